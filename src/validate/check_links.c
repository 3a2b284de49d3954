/* check_links.c - XBRL 2.1 linkbase rules on the whole DTS (any entry
 * point), on the tables rels.c builds:
 *   linkbaseRef roles (4.3.4); roleType and arcroleType declarations
 *   (5.1.3, 5.1.4: one per URI and schema, equivalent across schemas, no
 *   s-equal usedOn); roleRef and arcroleRef (3.5.2.4, 3.5.2.5: one per URI
 *   and linkbase, pointing to the declaration of that URI); roles and
 *   arcroles on the standard links, resources and arcs (a custom one needs
 *   its roleRef or arcroleRef and its usedOn; a standard one belongs to
 *   its element); locators of the standard links (link:loc, pointing to
 *   concepts); labels (xml:lang; label and reference arcs from concepts to
 *   label and reference resources, a resource of another link only to
 *   prohibit it); preferredLabel (5.2.4.2.1); summation-item arcs between
 *   numeric items, their weights against the balances (5.2.5.2, 5.1.1.2);
 *   the cycles each arcrole allows in its base sets (5.1.4.3).
 * Every rule is a pass over a table with hash lookups. */
#include "validate/layers.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "validate/dts.h"
#include "xbrl/vocab.h"
#include "xbrl/xml.h"
#include "base/hashmap.h"
#include "base/util.h"

#define ARCROLE_CALC11 "https://xbrl.org/2023/arcrole/summation-item"

typedef struct ck {
    const tx_dts *d;
    tx_report *rep;
    int nomem;
    tx_smap type_by_uri;    /* "R uri" / "A uri" -> first declaration */
    tx_smap used_on;        /* "type {ns}local" -> 1 */
    long *ref_type;         /* per roleRef/arcroleRef: the declaration it points to, or -1 */
} ck;

#define ERR(c, node, code, ...) \
    tx_xml_report((c)->rep, TX_ERROR, tx_dts_file((c)->d, node), node, code, __VA_ARGS__)

static char *key_of(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;

static char *key_of(const char *fmt, ...)
{
    tx_buf b = {0};
    va_list ap;
    va_start(ap, fmt);
    tx_buf_vprintf(&b, fmt, ap);
    va_end(ap);
    return tx_buf_take(&b);
}

/* "{ns}local" of an element (owned). */
static char *clark_of(xmlNodePtr n)
{
    return tx_clark(n->ns ? (const char *)n->ns->href : "", (const char *)n->name);
}

/* Trims s in place; returns its first non-space character. */
static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' || s[n - 1] == '\r'))
        s[--n] = '\0';
    return s;
}

static const char *concept_name(const tx_dts *d, xmlNodePtr t)
{
    for (size_t i = 0; t && i < d->nconcepts; i++)
        if (d->concepts[i].node == t)
            return d->concepts[i].name;
    return t ? (const char *)t->name : "?";
}

/* ------------------------------------------------------------ standard roles */

static const char *const label_roles[] = {
    "label", "terseLabel", "verboseLabel", "positiveLabel", "positiveTerseLabel",
    "positiveVerboseLabel", "negativeLabel", "negativeTerseLabel", "negativeVerboseLabel",
    "zeroLabel", "zeroTerseLabel", "zeroVerboseLabel", "totalLabel", "periodStartLabel",
    "periodEndLabel", "documentation", "definitionGuidance", "disclosureGuidance",
    "presentationGuidance", "measurementGuidance", "commentaryGuidance", "exampleGuidance",
    NULL,
};

static const char *const reference_roles[] = {
    "reference", "definitionRef", "disclosureRef", "mandatoryDisclosureRef",
    "recommendedDisclosureRef", "unspecifiedDisclosureRef", "presentationRef",
    "measurementRef", "commentaryRef", "exampleRef", NULL,
};

enum { K_NONE, K_LINK, K_LABEL, K_REFERENCE, K_FOOTNOTE, K_LINKBASEREF };

/* The kind of element a standard role of XBRL 2.1 belongs to (K_NONE: the
 * role is not a standard one). */
static int standard_role_kind(const char *r)
{
    if (strncmp(r, TX_ROLE_2003, sizeof TX_ROLE_2003 - 1) != 0)
        return K_NONE;
    const char *l = r + sizeof TX_ROLE_2003 - 1;
    if (strcmp(l, "link") == 0)
        return K_LINK;
    if (strcmp(l, "footnote") == 0)
        return K_FOOTNOTE;
    for (size_t i = 0; label_roles[i]; i++)
        if (strcmp(l, label_roles[i]) == 0)
            return K_LABEL;
    for (size_t i = 0; reference_roles[i]; i++)
        if (strcmp(l, reference_roles[i]) == 0)
            return K_REFERENCE;
    static const char *const lbref[] = {"calculationLinkbaseRef", "definitionLinkbaseRef",
                                        "labelLinkbaseRef", "presentationLinkbaseRef",
                                        "referenceLinkbaseRef", NULL};
    for (size_t i = 0; lbref[i]; i++)
        if (strcmp(l, lbref[i]) == 0)
            return K_LINKBASEREF;
    return K_NONE;
}

/* The standard links, resources and arcs (link namespace). */
static int std_link(xmlNodePtr n)
{
    static const char *const names[] = {"presentationLink", "definitionLink", "calculationLink",
                                        "labelLink", "referenceLink", "footnoteLink", NULL};
    for (size_t i = 0; tx_in_ns(n, TX_NS_LINK) && names[i]; i++)
        if (strcmp((const char *)n->name, names[i]) == 0)
            return 1;
    return 0;
}

static int resource_kind(xmlNodePtr n)
{
    if (tx_is_elem(n, TX_NS_LINK, "label"))
        return K_LABEL;
    if (tx_is_elem(n, TX_NS_LINK, "reference"))
        return K_REFERENCE;
    if (tx_is_elem(n, TX_NS_LINK, "footnote"))
        return K_FOOTNOTE;
    return K_NONE;
}

/* The standard arcroles each standard arc may carry ("" for an element
 * that is not a standard arc). */
static const char *std_arc_roles(xmlNodePtr n)
{
    static const struct { const char *arc, *roles; } t[] = {
        {"presentationArc", " parent-child "},
        {"calculationArc", " summation-item "},
        {"definitionArc", " general-special essence-alias similar-tuples requires-element "},
        {"labelArc", " concept-label "},
        {"referenceArc", " concept-reference "},
        {"footnoteArc", " fact-footnote "},
        {NULL, NULL},
    };
    for (size_t i = 0; tx_in_ns(n, TX_NS_LINK) && t[i].arc; i++)
        if (strcmp((const char *)n->name, t[i].arc) == 0)
            return t[i].roles;
    return "";
}

static int is_std_arcrole(const char *r)
{
    static const char all[] = " parent-child summation-item general-special essence-alias "
                              "similar-tuples requires-element concept-label concept-reference "
                              "fact-footnote ";
    if (strncmp(r, TX_ARCROLE_2003, sizeof TX_ARCROLE_2003 - 1) != 0)
        return 0;
    const char *l = r + sizeof TX_ARCROLE_2003 - 1;
    size_t n = strlen(l);
    for (const char *p = strstr(all, l); p; p = strstr(p + 1, l))
        if (p[-1] == ' ' && p[n] == ' ')
            return 1;
    return 0;
}

static int in_list(const char *list, const char *local)
{
    size_t n = strlen(local);
    for (const char *p = strstr(list, local); n && p; p = strstr(p + 1, local))
        if (p[-1] == ' ' && p[n] == ' ')
            return 1;
    return 0;
}

/* ------------------------------------------------------------ declarations */

static char *normalized_text(xmlNodePtr n)
{
    xmlChar *c = n ? xmlNodeGetContent(n) : NULL;
    tx_buf b = {0};
    tx_buf_puts(&b, "");
    int space = 0;
    for (const xmlChar *p = c; p && *p; p++) {
        if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') {
            space = 1;
            continue;
        }
        if (space && b.len)
            tx_buf_putc(&b, ' ');
        space = 0;
        tx_buf_putc(&b, (char)*p);
    }
    xmlFree(c);
    return tx_buf_take(&b);
}

/* The sorted usedOn set of a declaration as one string (owned). */
static int str_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *used_on_set(xmlNodePtr t)
{
    char **v = NULL;
    size_t n = 0, cap = 0;
    for (xmlNodePtr u = t->children; u; u = u->next) {
        if (!tx_is_elem(u, TX_NS_LINK, "usedOn"))
            continue;
        xmlChar *q = xmlNodeGetContent(u);
        char *qs = q ? tx_strdup((const char *)q) : NULL;
        xmlFree(q);
        char *k = qs ? tx_qname_key(u, trim(qs)) : NULL;
        free(qs);
        if (k && tx_grow((void **)&v, &cap, n + 1, sizeof *v) == 0)
            v[n++] = k;
        else
            free(k);
    }
    tx_sort(v, n, sizeof *v, str_cmp);
    tx_buf b = {0};
    tx_buf_puts(&b, "");
    for (size_t i = 0; i < n; i++) {
        tx_buf_printf(&b, "%s\n", v[i]);
        free(v[i]);
    }
    free(v);
    return tx_buf_take(&b);
}

static int equivalent_types(const tx_vtype *a, const tx_vtype *b)
{
    xmlNodePtr da = NULL, db = NULL;
    for (xmlNodePtr c = a->node->children; c; c = c->next)
        if (tx_is_elem(c, TX_NS_LINK, "definition"))
            da = c;
    for (xmlNodePtr c = b->node->children; c; c = c->next)
        if (tx_is_elem(c, TX_NS_LINK, "definition"))
            db = c;
    char *ta = normalized_text(da), *tb = normalized_text(db);
    char *ua = used_on_set(a->node), *ub = used_on_set(b->node);
    char *ca = tx_attr(a->node, "cyclesAllowed"), *cb = tx_attr(b->node, "cyclesAllowed");
    int eq = ta && tb && ua && ub && strcmp(ta, tb) == 0 && strcmp(ua, ub) == 0 &&
             ((!ca && !cb) || (ca && cb && strcmp(ca, cb) == 0));
    free(ta); free(tb); free(ua); free(ub); free(ca); free(cb);
    return eq;
}

/* roleType/arcroleType: one per URI in a schema, equivalent ones across
 * schemas, usedOn without repeats; indexes by URI and usedOn. */
static void check_types(ck *c)
{
    const tx_dts *d = c->d;
    for (size_t i = 0; i < d->nrtypes && !c->nomem; i++) {
        const tx_vtype *t = &d->rtypes[i];
        const char *what = t->arc ? "arcroleType" : "roleType";
        if (t->uri) {
            char *k = key_of("%c %s", t->arc ? 'A' : 'R', t->uri);
            size_t first;
            if (!k) {
                c->nomem = 1;
            } else if (tx_smap_get(&c->type_by_uri, k, &first)) {
                const tx_vtype *f = &d->rtypes[first];
                if (f->doc == t->doc)
                    ERR(c, t->node, "dts.roletype-duplicate",
                        "a second %s for '%s' in one schema (the first is on line %ld)", what,
                        t->uri, xmlGetLineNo(f->node));
                else if (!equivalent_types(f, t))
                    ERR(c, t->node, "dts.roletype-inconsistent",
                        "%s '%s' differs from its declaration in %s:%ld (definition, usedOn "
                        "or cyclesAllowed)", what, t->uri, tx_dts_file(d, f->node),
                        xmlGetLineNo(f->node));
            } else if (tx_smap_put(&c->type_by_uri, k, i) != 0) {
                c->nomem = 1;
            }
            free(k);
        }
        for (xmlNodePtr u = t->node->children; u && !c->nomem; u = u->next) {
            if (!tx_is_elem(u, TX_NS_LINK, "usedOn"))
                continue;
            xmlChar *q = xmlNodeGetContent(u);
            char *qs = q ? tx_strdup((const char *)q) : NULL;
            xmlFree(q);
            char *qn = qs ? tx_qname_key(u, trim(qs)) : NULL;
            char *k = qn ? key_of("%zu %s", i, qn) : NULL;
            if (k && tx_smap_get(&c->used_on, k, NULL))
                ERR(c, u, "dts.usedon-duplicate", "%s '%s' names %s twice in usedOn", what,
                    t->uri ? t->uri : "", qs ? trim(qs) : "");
            else if (k && tx_smap_put(&c->used_on, k, 1) != 0)
                c->nomem = 1;
            free(k);
            free(qn);
            free(qs);
        }
    }
}

static long type_index(const ck *c, xmlNodePtr n)
{
    for (size_t i = 0; n && i < c->d->nrtypes; i++)
        if (c->d->rtypes[i].node == n)
            return (long)i;
    return -1;
}

/* roleRef/arcroleRef: one per URI and linkbase; pointing to the
 * declaration of its URI. */
static void check_refs(ck *c)
{
    const tx_dts *d = c->d;
    c->ref_type = malloc((d->nrefs ? d->nrefs : 1) * sizeof *c->ref_type);
    if (!c->ref_type) {
        c->nomem = 1;
        return;
    }
    for (size_t i = 0; i < d->nrefs && !c->nomem; i++) {
        const tx_vref *r = &d->refs[i];
        const char *what = r->arc ? "arcroleRef" : "roleRef";
        c->ref_type[i] = -1;
        if (!r->uri)
            continue;
        char *k = key_of("%zu %c %s", r->lb, r->arc ? 'A' : 'R', r->uri);
        size_t first;
        if (k && tx_smap_get(&d->ref_index, k, &first) && first != i)
            ERR(c, r->node, "dts.duplicate-ref",
                "a second %s for '%s' in one linkbase (the first is on line %ld)", what, r->uri,
                xmlGetLineNo(d->refs[first].node));
        if (!k)
            c->nomem = 1;
        free(k);
        long ti = type_index(c, r->target);
        if (ti >= 0 && d->rtypes[ti].arc == r->arc && d->rtypes[ti].uri &&
            strcmp(d->rtypes[ti].uri, r->uri) == 0) {
            c->ref_type[i] = ti;
        } else if (ti >= 0 && d->rtypes[ti].arc == r->arc) {
            ERR(c, r->node, "dts.roleref-target",
                "%s for '%s' points to the %s of '%s'", what, r->uri,
                r->arc ? "arcroleType" : "roleType",
                d->rtypes[ti].uri ? d->rtypes[ti].uri : "");
        } else if (!r->unloaded) {
            ERR(c, r->node, "dts.roleref-target", "%s for '%s' points to no %s", what, r->uri,
                r->arc ? "arcroleType" : "roleType");
        }
    }
}

/* The declaration of a custom role or arcrole as the element's linkbase
 * refers to it: -1 with a finding when there is no roleRef/arcroleRef. */
static long declaration(ck *c, size_t lb, int arc, const char *uri, xmlNodePtr n)
{
    const tx_dts *d = c->d;
    char *k = key_of("%zu %c %s", lb, arc ? 'A' : 'R', uri);
    size_t ri;
    int found = k && tx_smap_get(&d->ref_index, k, &ri);
    free(k);
    if (!found) {
        char *qn = clark_of(n);
        ERR(c, n, arc ? "dts.arcroleref-missing" : "dts.roleref-missing",
            "%s '%s' on %s: its linkbase has no %s for it", arc ? "arcrole" : "role", uri,
            qn ? tx_clark_local(qn) : "", arc ? "arcroleRef" : "roleRef");
        free(qn);
        return -1;
    }
    if (c->ref_type[ri] >= 0)
        return c->ref_type[ri];
    k = key_of("%c %s", arc ? 'A' : 'R', uri);
    size_t ti;
    found = k && tx_smap_get(&c->type_by_uri, k, &ti);
    free(k);
    return found ? (long)ti : -1;   /* the roleRef's target was reported */
}

static void check_used_on(ck *c, long ti, xmlNodePtr n, const char *uri, int arc)
{
    if (ti < 0)
        return;
    char *qn = clark_of(n);
    char *k = qn ? key_of("%ld %s", ti, qn) : NULL;
    if (!k)
        c->nomem = 1;
    else if (!tx_smap_get(&c->used_on, k, NULL))
        ERR(c, n, arc ? "dts.arcrole-usedon" : "dts.role-usedon",
            "%s '%s' is used on %s, which its %s (%s:%ld) does not list in usedOn",
            arc ? "arcrole" : "role", uri, tx_clark_local(qn), arc ? "arcroleType" : "roleType",
            tx_dts_file(c->d, c->d->rtypes[ti].node), xmlGetLineNo(c->d->rtypes[ti].node));
    free(k);
    free(qn);
}

/* The role of a standard extended link or resource. */
static void check_role(ck *c, size_t lb, xmlNodePtr n, int kind)
{
    char *role = tx_attr_ns(n, TX_NS_XLINK, "role");
    if (role && *role) {
        int sk = standard_role_kind(role);
        if (sk != K_NONE) {
            if (sk != kind)
                ERR(c, n, "dts.standard-role", "the standard role '%s' does not belong on %s",
                    role, (const char *)n->name);
        } else {
            check_used_on(c, declaration(c, lb, 0, role, n), n, role, 0);
        }
    }
    free(role);
}

/* The arcrole of a standard arc. */
static void check_arcrole(ck *c, size_t lb, xmlNodePtr a)
{
    char *ar = tx_attr_ns(a, TX_NS_XLINK, "arcrole");
    if (ar && *ar) {
        if (is_std_arcrole(ar)) {
            if (!in_list(std_arc_roles(a), ar + sizeof TX_ARCROLE_2003 - 1))
                ERR(c, a, "dts.standard-arcrole",
                    "the standard arcrole '%s' does not belong on %s", ar,
                    (const char *)a->name);
        } else {
            check_used_on(c, declaration(c, lb, 1, ar, a), a, ar, 1);
        }
    }
    free(ar);
}

/* ------------------------------------------------------------ links */

static int link_kind(const tx_vlink *L)
{
    const char *n = tx_clark_local(L->name);
    if (strncmp(L->name, "{" TX_NS_LINK "}", sizeof TX_NS_LINK + 1) != 0)
        return 0;
    if (strcmp(n, "labelLink") == 0)
        return K_LABEL;
    if (strcmp(n, "referenceLink") == 0)
        return K_REFERENCE;
    if (strcmp(n, "presentationLink") == 0 || strcmp(n, "calculationLink") == 0 ||
        strcmp(n, "definitionLink") == 0)
        return K_LINK;
    return 0;
}

static void check_links_table(ck *c)
{
    const tx_dts *d = c->d;
    for (size_t li = 0; li < d->nlinks && !c->nomem; li++) {
        const tx_vlink *L = &d->links[li];
        int std = std_link(L->node);
        if (std)
            check_role(c, L->lb, L->node, K_LINK);
        int kind = link_kind(L);
        for (size_t e = L->first_end; e < L->first_end + L->nends; e++) {
            const tx_vend *en = &d->ends[e];
            xmlNodePtr n = en->node;
            if (!en->locator) {
                int rk = resource_kind(n);
                if (rk != K_NONE)
                    check_role(c, L->lb, n, rk);
                if (rk == K_LABEL) {
                    xmlChar *lang = xmlNodeGetLang(n);   /* xml:lang is inherited */
                    if (!lang)
                        ERR(c, n, "dts.label-lang", "a label without xml:lang in scope");
                    xmlFree(lang);
                }
                continue;
            }
            if (!kind)
                continue;
            if (!tx_is_elem(n, TX_NS_LINK, "loc")) {
                char *qn = clark_of(n);
                ERR(c, n, "dts.custom-locator",
                    "%s holds the locator %s: a standard extended link's locators are link:loc",
                    tx_clark_local(L->name), qn ? qn : "");
                free(qn);
                continue;
            }
            if (!en->target || en->concept >= 0)
                continue;   /* unresolved ones were reported */
            int ok = (kind == K_LABEL && tx_is_elem(en->target, TX_NS_LINK, "label")) ||
                     (kind == K_REFERENCE && tx_is_elem(en->target, TX_NS_LINK, "reference"));
            if (!ok) {
                char *href = tx_attr_ns(n, TX_NS_XLINK, "href");
                ERR(c, n, "dts.locator-target",
                    "locator '%s' in %s points to %s, not to a concept%s", href ? href : "",
                    tx_clark_local(L->name), (const char *)en->target->name,
                    kind == K_LABEL       ? " or a label"
                    : kind == K_REFERENCE ? " or a reference"
                                          : "");
                free(href);
            }
        }
    }
}

/* Roles and arcroles of the arcs (once per arc: its relationships are
 * consecutive); label and reference arc endpoints. */
static void check_arcs(ck *c)
{
    const tx_dts *d = c->d;
    xmlNodePtr last = NULL;
    for (size_t i = 0; i < d->nrels && !c->nomem; i++) {
        const tx_vrel *r = &d->rels[i];
        const tx_vlink *L = &d->links[r->link];
        if (r->arc != last && std_link(L->node) && tx_in_ns(r->arc, TX_NS_LINK))
            check_arcrole(c, L->lb, r->arc);
        last = r->arc;
        int lab = strcmp(r->arcrole, TX_ARCROLE_2003 "concept-label") == 0;
        int ref = strcmp(r->arcrole, TX_ARCROLE_2003 "concept-reference") == 0;
        if (!lab && !ref)
            continue;
        const tx_vend *f = &d->ends[r->from], *t = &d->ends[r->to];
        const char *want = lab ? "label" : "reference";
        const char *code = lab ? "dts.label-arc" : "dts.reference-arc";
        if (f->target && f->concept < 0)
            ERR(c, r->arc, code, "%s arc from '%s': its from end is not a concept",
                want, concept_name(d, f->target));
        if (!t->target)
            continue;
        if (!tx_is_elem(t->target, TX_NS_LINK, want))
            ERR(c, r->arc, code, "%s arc to %s: its to end is not a link:%s resource", want,
                concept_name(d, t->target), want);
        else if (t->locator && !r->prohibited)
            ERR(c, r->arc, code,
                "%s arc to a %s of another extended link (line %ld of %s): such an arc may "
                "only prohibit the relationship (use=\"prohibited\")", want, want,
                xmlGetLineNo(t->target), tx_dts_file(d, t->target));
    }
}

/* ------------------------------------------------------------ linkbaseRef */

static void check_lbrefs(ck *c)
{
    static const struct { const char *role, *link; } t[] = {
        {TX_ROLE_2003 "calculationLinkbaseRef", "calculationLink"},
        {TX_ROLE_2003 "definitionLinkbaseRef", "definitionLink"},
        {TX_ROLE_2003 "labelLinkbaseRef", "labelLink"},
        {TX_ROLE_2003 "presentationLinkbaseRef", "presentationLink"},
        {TX_ROLE_2003 "referenceLinkbaseRef", "referenceLink"},
        {NULL, NULL},
    };
    const tx_dts *d = c->d;
    for (size_t i = 0; i < d->nlbrefs; i++) {
        const tx_vlbref *r = &d->lbrefs[i];
        if (r->doc < 0 || !d->docs[r->doc].is_linkbase)
            continue;
        char *role = tx_attr_ns(r->node, TX_NS_XLINK, "role");
        const char *want = NULL;
        for (size_t k = 0; role && t[k].role && !want; k++)
            if (strcmp(role, t[k].role) == 0)
                want = t[k].link;
        xmlDocPtr doc = d->docs[r->doc].doc ? d->docs[r->doc].doc : d->entry;
        xmlNodePtr root = xmlDocGetRootElement(doc);
        for (xmlNodePtr l = root && want ? root->children : NULL; l; l = l->next) {
            if (!std_link(l) || strcmp((const char *)l->name, want) == 0)
                continue;
            tx_xml_report(c->rep, TX_ERROR, tx_dts_file(d, r->node), r->node,
                       "dts.linkbaseref-role",
                       "linkbaseRef with role '%s' leads to a linkbase holding a %s (line %ld "
                       "of %s); that role allows %s elements only", role, (const char *)l->name,
                       xmlGetLineNo(l), tx_dts_file(d, l), want);
            break;
        }
        free(role);
    }
}

/* ------------------------------------------------------------ relationships */

static int is_summation(const char *arcrole)
{
    return strcmp(arcrole, TX_ARCROLE_2003 "summation-item") == 0 ||
           strcmp(arcrole, ARCROLE_CALC11) == 0;
}

static void check_calc_rels(ck *c)
{
    const tx_dts *d = c->d;
    for (size_t i = 0; i < d->nrels; i++) {
        const tx_vrel *r = &d->rels[i];
        if (r->effective != 1 || !is_summation(r->arcrole))
            continue;
        long f = d->ends[r->from].concept, t = d->ends[r->to].concept;
        if (f < 0 || t < 0)
            continue;   /* locators of a calculation link point to concepts (checked) */
        const tx_vconcept *s = &d->concepts[f], *it = &d->concepts[t];
        const tx_vconcept *bad = !s->item || !s->numeric ? s : !it->item || !it->numeric ? it
                                                                                          : NULL;
        if (bad) {
            ERR(c, r->arc, "calc.arc-endpoints",
                "summation-item arc from %s to %s: %s is not a numeric item", s->name,
                it->name, bad->name);
            continue;
        }
        if (!s->balance || !it->balance || !tx_decimal_ok(r->weight) ||
            tx_decimal_is_zero(r->weight))
            continue;
        int same = strcmp(s->balance, it->balance) == 0;
        int positive = tx_decimal_sign(r->weight) > 0;
        if (same != positive) {
            char *w = tx_decimal_text(tx_decimal_trim(r->weight));
            ERR(c, r->arc, "calc.balance-weight",
                "summation-item arc from %s (%s) to %s (%s) with weight %s: items of %s "
                "balance need a %s weight", s->name, s->balance, it->name, it->balance,
                w ? w : "?", same ? "the same" : "opposite", same ? "positive" : "negative");
            free(w);
        }
    }
}

/* 5.2.4.2.1: a preferredLabel names a role of one of the labels the
 * target concept has in the DTS. */
static void check_preferred_labels(ck *c)
{
    const tx_dts *d = c->d;
    tx_smap has = {0};   /* "concept role" of every effective concept-label relationship */
    for (size_t i = 0; i < d->nrels && !c->nomem; i++) {
        const tx_vrel *r = &d->rels[i];
        long f = d->ends[r->from].concept;
        xmlNodePtr t = d->ends[r->to].target;
        if (r->effective != 1 || f < 0 || !t || strcmp(r->arcrole, TX_ARCROLE_2003 "concept-label") != 0)
            continue;
        char *role = tx_attr_ns(t, TX_NS_XLINK, "role");
        char *k = key_of("%ld %s", f, role && *role ? role : TX_ROLE_2003 "label");
        if (!k || tx_smap_put(&has, k, 1) != 0)
            c->nomem = 1;
        free(k);
        free(role);
    }
    for (size_t i = 0; i < d->nrels && !c->nomem; i++) {
        const tx_vrel *r = &d->rels[i];
        long t = d->ends[r->to].concept;
        if (r->effective != 1 || t < 0 || strcmp(r->arcrole, TX_ARCROLE_2003 "parent-child") != 0)
            continue;
        char *pl = tx_attr(r->arc, "preferredLabel");
        if (pl && *pl) {
            char *k = key_of("%ld %s", t, pl);
            if (!k)
                c->nomem = 1;
            else if (!tx_smap_get(&has, k, NULL))
                ERR(c, r->arc, "dts.preferred-label",
                    "preferredLabel '%s': %s has no label of that role in the DTS", pl,
                    d->concepts[t].name);
            free(k);
        }
        free(pl);
    }
    tx_smap_clear(&has);
}

/* ------------------------------------------------------------ cycles */

typedef struct graph {
    size_t nv;
    xmlNodePtr *vnode;          /* per vertex: the element */
    size_t *eu, *ev, *erel;     /* edges */
    unsigned char *tree;        /* per edge: accepted into the spanning forest */
    size_t ne;
} graph;

static size_t uf_find(size_t *p, size_t x)
{
    while (p[x] != x) {
        p[x] = p[p[x]];
        x = p[x];
    }
    return x;
}

static void report_cycle(ck *c, const graph *g, const size_t *path, size_t n, const tx_vrel *r,
                         int undirected)
{
    const tx_dts *d = c->d;
    tx_buf b = {0};
    for (size_t i = 0; i < n; i++)
        tx_buf_printf(&b, "%s%s", i ? (undirected ? " - " : " -> ") : "",
                      concept_name(d, g->vnode[path[i]]));
    ERR(c, r->arc, "dts.cycle",
        "%s cycle among the relationships of arcrole '%s' in link role '%s' (%s in %s): %s; "
        "the arcrole allows %s", undirected ? "an undirected" : "a directed", r->arcrole,
        d->links[r->link].role, tx_clark_local(r->name), tx_clark_local(d->links[r->link].name),
        b.data ? b.data : "", undirected ? "no cycles" : "undirected cycles only");
    tx_buf_free(&b);
}

/* Reports the undirected cycle edge e closes: e's ends joined by the path
 * of the tree edges accepted before it (breadth first from one end). */
static void tree_path(ck *c, const graph *g, size_t e)
{
    size_t nv = g->nv ? g->nv : 1;
    size_t *prev = malloc(nv * sizeof *prev), *queue = malloc(nv * sizeof *queue);
    size_t *path = malloc((nv + 1) * sizeof *path);
    if (!prev || !queue || !path) {
        c->nomem = 1;
        goto out;
    }
    for (size_t v = 0; v < g->nv; v++)
        prev[v] = (size_t)-1;
    size_t from = g->ev[e], to = g->eu[e], qh = 0, qt = 0;
    prev[from] = from;
    queue[qt++] = from;
    while (qh < qt && prev[to] == (size_t)-1) {
        size_t v = queue[qh++];
        for (size_t k = 0; k < g->ne; k++) {   /* the tree is small next to the cost of a finding */
            if (!g->tree[k])
                continue;
            size_t w = g->eu[k] == v ? g->ev[k] : g->ev[k] == v ? g->eu[k] : (size_t)-1;
            if (w != (size_t)-1 && prev[w] == (size_t)-1) {
                prev[w] = v;
                queue[qt++] = w;
            }
        }
    }
    size_t n = 0;
    path[n++] = to;
    for (size_t v = to; v != from && prev[v] != (size_t)-1 && n < nv; v = prev[v])
        path[n++] = prev[v];
    if (to != from)
        path[n++] = to;
    report_cycle(c, g, path, n, &c->d->rels[g->erel[e]], 1);
out:
    free(prev);
    free(queue);
    free(path);
}

/* cyclesAllowed="none": no cycle even without the directions (union-find;
 * parallel relationships in one direction are one edge). */
static void undirected_cycles(ck *c, const graph *g)
{
    size_t *p = malloc((g->nv ? g->nv : 1) * sizeof *p);
    tx_pmap seen = {0};
    if (!p) {
        c->nomem = 1;
        return;
    }
    for (size_t v = 0; v < g->nv; v++)
        p[v] = v;
    for (size_t e = 0; e < g->ne && !c->nomem; e++) {
        tx_pkey k = {{(const void *)(uintptr_t)(g->eu[e] + 1), (const void *)(uintptr_t)(g->ev[e] + 1)}};
        if (tx_pmap_get(&seen, &k, NULL))
            continue;
        if (tx_pmap_put(&seen, &k, 1) != 0) {
            c->nomem = 1;
            break;
        }
        size_t a = uf_find(p, g->eu[e]), b = uf_find(p, g->ev[e]);
        if (a == b) {
            tree_path(c, g, e);
            break;
        }
        p[a] = b;
        g->tree[e] = 1;
    }
    tx_pmap_clear(&seen);
    free(p);
}

/* cyclesAllowed="undirected": no directed cycle (Kahn's algorithm; a
 * cycle is then found by walking back along the edges left). */
static void directed_cycles(ck *c, const graph *g)
{
    size_t nv = g->nv ? g->nv : 1, ne = g->ne ? g->ne : 1;
    size_t *indeg = calloc(nv, sizeof *indeg), *outs = calloc(nv + 1, sizeof *outs);
    size_t *adj = malloc(ne * sizeof *adj), *queue = malloc(nv * sizeof *queue);
    size_t *back = malloc(nv * sizeof *back), *mark = calloc(nv, sizeof *mark);
    size_t *path = malloc((nv + 1) * sizeof *path);
    if (!indeg || !outs || !adj || !queue || !back || !mark || !path) {
        c->nomem = 1;
        goto out;
    }
    for (size_t e = 0; e < g->ne; e++) {
        indeg[g->ev[e]]++;
        outs[g->eu[e] + 1]++;
    }
    for (size_t v = 0; v < g->nv; v++)
        outs[v + 1] += outs[v];
    {
        size_t *fill = calloc(nv, sizeof *fill);
        if (!fill) {
            c->nomem = 1;
            goto out;
        }
        for (size_t e = 0; e < g->ne; e++)
            adj[outs[g->eu[e]] + fill[g->eu[e]]++] = e;
        free(fill);
    }
    size_t qh = 0, qt = 0;
    for (size_t v = 0; v < g->nv; v++)
        if (!indeg[v])
            queue[qt++] = v;
    while (qh < qt) {
        size_t v = queue[qh++];
        for (size_t k = outs[v]; k < outs[v + 1]; k++)
            if (--indeg[g->ev[adj[k]]] == 0)
                queue[qt++] = g->ev[adj[k]];
    }
    if (qt == g->nv)
        goto out;
    /* every vertex left has an edge from another vertex left */
    for (size_t e = 0; e < g->ne; e++)
        if (indeg[g->eu[e]] && indeg[g->ev[e]])
            back[g->ev[e]] = e;
    size_t v = 0;
    while (!indeg[v])
        v++;
    size_t step = 1;
    while (!mark[v]) {
        mark[v] = step++;
        v = g->eu[back[v]];
    }
    /* v is on the cycle: walk it forwards */
    size_t n = 0, start = v;
    do {
        path[n++] = v;
        v = g->eu[back[v]];
    } while (v != start && n < nv);
    /* path holds the cycle backwards; reverse it and close it */
    for (size_t i = 0; i < n / 2; i++) {
        size_t t = path[i];
        path[i] = path[n - 1 - i];
        path[n - 1 - i] = t;
    }
    path[n] = path[0];
    report_cycle(c, g, path, n + 1, &c->d->rels[g->erel[back[path[0]]]], 0);
out:
    free(indeg); free(outs); free(adj); free(queue); free(back); free(mark); free(path);
}

/* Base sets (link element, link role, arc element, arcrole) of the
 * effective relationships of the standard links and arcs whose arcrole
 * limits cycles (custom links and arcs follow their own specifications). */
static void check_cycles(ck *c)
{
    const tx_dts *d = c->d;
    size_t n = d->nrels;
    long *grp = malloc((n ? n : 1) * sizeof *grp);
    size_t *order = malloc((n ? n : 1) * sizeof *order);
    size_t ngroups = 0;
    tx_pmap groups = {0};
    graph g = {0};
    if (!grp || !order) {
        c->nomem = 1;
        goto out;
    }
    for (size_t i = 0; i < n && !c->nomem; i++) {
        const tx_vrel *r = &d->rels[i];
        grp[i] = -1;
        const tx_vlink *L = &d->links[r->link];
        if (r->effective != 1 ||
            (r->cycles != TX_CYCLES_UNDIRECTED && r->cycles != TX_CYCLES_NONE) ||
            !std_link(L->node) || !*std_arc_roles(r->arc))
            continue;   /* XBRL 2.1 limits the networks of its own links and arcs */
        tx_pkey k = {{L->name, L->role, r->name, r->arcrole}};
        size_t gi;
        if (!tx_pmap_get(&groups, &k, &gi)) {
            gi = ngroups++;
            if (tx_pmap_put(&groups, &k, gi) != 0)
                c->nomem = 1;
        }
        grp[i] = (long)gi;
    }
    /* relationships by group (counting sort, document order kept) */
    size_t *start = calloc(ngroups + 1, sizeof *start);
    if (!start) {
        c->nomem = 1;
        goto out;
    }
    for (size_t i = 0; i < n; i++)
        if (grp[i] >= 0)
            start[grp[i] + 1]++;
    for (size_t k = 0; k < ngroups; k++)
        start[k + 1] += start[k];
    {
        size_t *fill = calloc(ngroups ? ngroups : 1, sizeof *fill);
        if (!fill) {
            free(start);
            c->nomem = 1;
            goto out;
        }
        for (size_t i = 0; i < n; i++)
            if (grp[i] >= 0)
                order[start[grp[i]] + fill[grp[i]]++] = i;
        free(fill);
    }
    for (size_t k = 0; k < ngroups && !c->nomem; k++) {
        size_t m = start[k + 1] - start[k];
        tx_pmap vid = {0};
        g.nv = g.ne = 0;
        g.vnode = malloc(2 * m * sizeof *g.vnode);
        g.eu = malloc(m * sizeof *g.eu);
        g.ev = malloc(m * sizeof *g.ev);
        g.erel = malloc(m * sizeof *g.erel);
        g.tree = calloc(m ? m : 1, 1);
        if (!g.vnode || !g.eu || !g.ev || !g.erel || !g.tree)
            c->nomem = 1;
        for (size_t j = start[k]; j < start[k + 1] && !c->nomem; j++) {
            const tx_vrel *r = &d->rels[order[j]];
            xmlNodePtr ends[2] = {d->ends[r->from].target, d->ends[r->to].target};
            size_t ids[2];
            for (int s = 0; s < 2; s++) {
                tx_pkey key = {{ends[s]}};
                if (!tx_pmap_get(&vid, &key, &ids[s])) {
                    ids[s] = g.nv;
                    g.vnode[g.nv++] = ends[s];
                    if (tx_pmap_put(&vid, &key, ids[s]) != 0)
                        c->nomem = 1;
                }
            }
            g.eu[g.ne] = ids[0];
            g.ev[g.ne] = ids[1];
            g.erel[g.ne++] = order[j];
        }
        if (!c->nomem && m) {
            if (d->rels[order[start[k]]].cycles == TX_CYCLES_NONE)
                undirected_cycles(c, &g);
            else
                directed_cycles(c, &g);
        }
        tx_pmap_clear(&vid);
        free(g.vnode); free(g.eu); free(g.ev); free(g.erel); free(g.tree);
        memset(&g, 0, sizeof g);
    }
    free(start);
out:
    tx_pmap_clear(&groups);
    free(grp);
    free(order);
}

/* ------------------------------------------------------------ entry */

tx_status tx_check_links(const tx_dts *d, tx_report *rep)
{
    ck c = {d, rep, 0, {0}, {0}, NULL};
    check_types(&c);
    if (!c.nomem)
        check_refs(&c);
    if (!c.nomem)
        check_lbrefs(&c);
    if (!c.nomem)
        check_links_table(&c);
    if (!c.nomem)
        check_arcs(&c);
    if (!c.nomem)
        check_calc_rels(&c);
    if (!c.nomem)
        check_preferred_labels(&c);
    if (!c.nomem)
        check_cycles(&c);
    tx_smap_clear(&c.type_by_uri);
    tx_smap_clear(&c.used_on);
    free(c.ref_type);
    return c.nomem ? TX_ENOMEM : TX_OK;
}

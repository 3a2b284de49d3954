/* rels.c - the linkbases of a DTS as tables: linkbases (documents and
 * those embedded in appinfo), their roleRefs and arcroleRefs, extended
 * links, locators (resolved: shorthand and element() pointers) and
 * resources, every relationship and whether it is effective (prohibition
 * and override, XBRL 2.1 3.5.3.9.7); from these the concept relationships
 * the instance layers use (tx_dts.arcs).  Everything is indexed: no
 * comparison of every arc with every other. */
#include "validate/dts.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/uri.h>

#include "xbrl/lexical.h"
#include "xbrl/offline.h"
#include "xbrl/vocab.h"
#include "xbrl/xml.h"
#include "base/hashmap.h"
#include "base/util.h"


typedef struct builder {
    tx_dts *d;
    tx_offline *o;
    tx_report *rep;
    int nomem;
    char **attrs;           /* per relationship: the arc's non-exempt attributes */
    size_t capattrs;
    tx_pmap cycles;         /* (linkbase + 1, arcrole) -> cyclesAllowed */
} builder;

/* ------------------------------------------------------------ small helpers */

const char *tx_dts_intern(tx_dts *d, const char *s)
{
    size_t i;
    if (tx_smap_get(&d->strs, s, &i))
        return d->strv[i];
    if (tx_grow((void **)&d->strv, &d->capstrv, d->nstrv + 1, sizeof *d->strv) != 0)
        return NULL;
    char *c = tx_strdup(s);
    if (!c || tx_smap_put(&d->strs, s, d->nstrv) != 0) {
        free(c);
        return NULL;
    }
    d->strv[d->nstrv++] = c;
    return c;
}

static xmlDocPtr doc_at(const tx_dts *d, size_t i)
{
    return d->docs[i].doc ? d->docs[i].doc : d->entry;
}

long tx_dts_doc_of(const tx_dts *d, xmlNodePtr n)
{
    if (!n || !n->doc)
        return -1;
    for (size_t i = 0; i < d->ndocs; i++)
        if (doc_at(d, i) == n->doc)
            return (long)i;
    return -1;
}

const char *tx_dts_file(const tx_dts *d, xmlNodePtr n)
{
    if (!n || !n->doc || n->doc == d->entry)
        return d->entry_name ? d->entry_name : "-";
    return n->doc->URL ? (const char *)n->doc->URL : "-";
}

/* "{ns}local" of an element, interned. */
static const char *elem_name(builder *B, xmlNodePtr n)
{
    tx_pkey pk = {{n->ns, n->name}};
    size_t i;
    if (tx_pmap_get(&B->d->elem_names, &pk, &i))
        return B->d->strv[i];
    char *k = tx_clark(n->ns ? (const char *)n->ns->href : "", (const char *)n->name);
    const char *r = k ? tx_dts_intern(B->d, k) : NULL;
    free(k);
    if (!r || !tx_smap_get(&B->d->strs, r, &i) || tx_pmap_put(&B->d->elem_names, &pk, i) != 0) {
        B->nomem = 1;
        return r ? r : "";
    }
    return r;
}

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static const char *intern_attr(builder *B, xmlNodePtr n, const char *ns, const char *name)
{
    xmlAttrPtr a = xmlHasNsProp(n, (const xmlChar *)name, (const xmlChar *)ns);
    if (!a)
        return "";
    if (a->children && !a->children->next && a->children->type == XML_TEXT_NODE &&
        a->children->content) {
        const char *t = (const char *)a->children->content;
        size_t len = strlen(t);
        if (len && !is_space(t[0]) && !is_space(t[len - 1])) {
            const char *r = tx_dts_intern(B->d, t);
            if (!r)
                B->nomem = 1;
            return r ? r : "";
        }
    }
    char *v = ns ? tx_attr_ns(n, ns, name) : tx_attr(n, name);
    const char *r = tx_dts_intern(B->d, v ? v : "");
    free(v);
    if (!r)
        B->nomem = 1;
    return r ? r : "";
}

/* ------------------------------------------------------------ pointers */

/* Document index of a URL (cached: locators repeat their documents). */
static long doc_for_url(builder *B, const char *url)
{
    tx_dts *d = B->d;
    size_t v;
    if (tx_smap_get(&d->url_docs, url, &v))
        return (long)v - 1;
    long r = -1;
    char *path = tx_offline_resolve(B->o, url);
    size_t idx;
    if (path && tx_smap_get(&d->doc_index, path, &idx))
        r = (long)idx;
    free(path);
    if (tx_smap_put(&d->url_docs, url, (size_t)(r + 1)) != 0)
        B->nomem = 1;
    return r;
}

/* The ids of one document, indexed on first use. */
static void index_ids(builder *B, size_t di)
{
    tx_dts *d = B->d;
    d->ids_built[di] = 1;
    xmlNodePtr n = xmlDocGetRootElement(doc_at(d, di));
    while (n && !B->nomem) {
        if (n->type == XML_ELEMENT_NODE) {
            for (xmlAttrPtr a = n->properties; a; a = a->next) {
                if (a->ns || strcmp((const char *)a->name, "id") != 0 || !a->children)
                    continue;
                tx_buf b = {0};
                tx_buf_printf(&b, "%zu#%s", di, (const char *)a->children->content);
                char *k = tx_buf_take(&b);
                if (!k || tx_grow((void **)&d->idnodes, &d->capidnodes, d->nidnodes + 1,
                                  sizeof *d->idnodes) != 0) {
                    B->nomem = 1;
                } else if (!tx_smap_get(&d->ids, k, NULL)) {
                    if (tx_smap_put(&d->ids, k, d->nidnodes) != 0)
                        B->nomem = 1;
                    else
                        d->idnodes[d->nidnodes++] = n;
                }
                free(k);
            }
        }
        n = tx_xml_next(n, 1);
    }
}

static xmlNodePtr by_id(builder *B, size_t di, const char *id, size_t len)
{
    tx_dts *d = B->d;
    /* concepts first: their ids are indexed already */
    size_t plen = strlen(d->docs[di].path);
    char stack[1024];
    char *k = plen + len + 2 <= sizeof stack ? stack : malloc(plen + len + 2);
    size_t idx;
    xmlNodePtr r = NULL;
    if (!k) {
        B->nomem = 1;
        return NULL;
    }
    memcpy(k, d->docs[di].path, plen);
    k[plen] = '#';
    memcpy(k + plen + 1, id, len);
    k[plen + 1 + len] = '\0';
    if (tx_smap_get(&d->id_index, k, &idx))
        r = d->concepts[idx].node;
    if (k != stack)
        free(k);
    if (r)
        return r;
    if (!d->ids_built[di])
        index_ids(B, di);
    tx_buf b = {0};
    tx_buf_printf(&b, "%zu#%.*s", di, (int)len, id);
    k = tx_buf_take(&b);
    if (!k) {
        B->nomem = 1;
        return NULL;
    }
    if (tx_smap_get(&d->ids, k, &idx))
        r = d->idnodes[idx];
    free(k);
    return r;
}

/* The k-th (1-based) element child of n. */
static xmlNodePtr nth_child(xmlNodePtr n, long k)
{
    for (xmlNodePtr c = n ? n->children : NULL; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE && --k == 0)
            return c;
    return NULL;
}

/* An element() scheme pointer (XPointer element() Scheme): "id",
 * "id/1/2" or "/1/2". */
static xmlNodePtr element_scheme(builder *B, size_t di, const char *p, size_t len)
{
    const char *end = p + len;
    xmlNodePtr cur;
    if (p < end && *p == '/') {
        cur = (xmlNodePtr)doc_at(B->d, di);
    } else {
        const char *s = p;
        while (p < end && *p != '/')
            p++;
        if (p == s)
            return NULL;
        cur = by_id(B, di, s, (size_t)(p - s));
    }
    while (cur && p < end) {
        if (*p != '/')
            return NULL;
        p++;
        long k = 0;
        const char *s = p;
        while (p < end && *p >= '0' && *p <= '9' && k < 1000000)
            k = k * 10 + (*p++ - '0');
        if (p == s || k < 1)
            return NULL;
        cur = nth_child(cur, k);
    }
    return cur && cur->type == XML_ELEMENT_NODE ? cur : NULL;
}

enum { PTR_OK, PTR_NOTHING, PTR_SCHEME, PTR_UNLOADED };

/* The element an href points to.  XBRL 2.1 3.5.4: shorthand pointers and
 * element() scheme pointers only; a pointer of schemes is resolved by its
 * first element() part that identifies an element. */
/* 1 when xml:base is set on n or an ancestor (the base is not the
 * document's URL). */
static int has_xml_base(xmlNodePtr n)
{
    for (; n && n->type == XML_ELEMENT_NODE; n = n->parent)
        for (xmlAttrPtr a = n->properties; a; a = a->next)
            if (a->ns && a->ns->href && strcmp((const char *)a->name, "base") == 0 &&
                strcmp((const char *)a->ns->href, (const char *)XML_XML_NAMESPACE) == 0)
                return 1;
    return 0;
}

/* The document an href names and its fragment (owned).  Hrefs repeat
 * their document part: (document, document part) is cached when no
 * xml:base is in scope. */
static long href_doc(builder *B, xmlNodePtr n, const char *href, char **frag)
{
    *frag = NULL;
    const char *h = strchr(href, '#');
    size_t dl = h ? (size_t)(h - href) : strlen(href);
    int cache = dl < 1024 && n->doc && n->doc->URL && !has_xml_base(n);
    tx_pkey k = {{0}};
    if (cache) {
        char part[1024];
        memcpy(part, href, dl);
        part[dl] = '\0';
        const char *ip = tx_dts_intern(B->d, part);
        if (!ip) {
            B->nomem = 1;
            return -1;
        }
        k.p[0] = n->doc;
        k.p[1] = ip;
        size_t v;
        if (tx_pmap_get(&B->d->href_docs, &k, &v)) {
            if (h && h[1]) {
                /* %-escaped (IRI) fragments name ids with non-ASCII characters */
                char *u8 = strchr(h + 1, '%') ? xmlURIUnescapeString(h + 1, 0, NULL) : NULL;
                *frag = tx_strdup(u8 ? u8 : h + 1);
                xmlFree(u8);
                if (!*frag)
                    B->nomem = 1;
            }
            return (long)v - 1;
        }
    }
    char *url = tx_href_url(n, href, frag);
    if (!url) {
        B->nomem = 1;
        return -1;
    }
    long di = doc_for_url(B, url);
    free(url);
    if (cache && tx_pmap_put(&B->d->href_docs, &k, (size_t)(di + 1)) != 0)
        B->nomem = 1;
    return di;
}

static xmlNodePtr resolve_href(builder *B, xmlNodePtr n, const char *href, int *why)
{
    *why = PTR_NOTHING;
    char *frag = NULL;
    long di = href_doc(B, n, href, &frag);
    if (B->nomem) {
        free(frag);
        return NULL;
    }
    xmlNodePtr r = NULL;
    if (di < 0) {
        *why = PTR_UNLOADED;   /* dts.unresolved said so */
    } else if (!frag || !*frag) {
        r = xmlDocGetRootElement(doc_at(B->d, (size_t)di));   /* the document */
    } else if (!strchr(frag, '(')) {
        r = by_id(B, (size_t)di, frag, strlen(frag));
    } else {
        /* scheme(data)scheme(data)...: parentheses in data balance */
        const char *p = frag;
        while (*p) {
            while (*p == ' ')
                p++;
            const char *name = p;
            while (*p && *p != '(')
                p++;
            size_t nlen = (size_t)(p - name);
            if (!*p)
                break;
            const char *data = ++p;
            int depth = 1;
            while (*p && depth) {
                if (*p == '^' && p[1])
                    p++;
                else if (*p == '(')
                    depth++;
                else if (*p == ')')
                    depth--;
                p++;
            }
            size_t dlen = (size_t)(p - data) - (depth ? 0 : 1);
            if (nlen != 7 || strncmp(name, "element", 7) != 0) {
                *why = PTR_SCHEME;
                r = NULL;
                break;
            }
            if (!r)
                r = element_scheme(B, (size_t)di, data, dlen);
        }
        if (*p && *why != PTR_SCHEME)
            *why = PTR_SCHEME;   /* text that is no scheme(...) part */
        if (*why == PTR_SCHEME)
            r = NULL;
    }
    free(frag);
    if (r)
        *why = PTR_OK;
    return r;
}

/* The concept an element declares (a global xs:element of a DTS schema). */
static long concept_of(const tx_dts *d, xmlNodePtr t)
{
    tx_pkey k = {{t}};
    size_t i;
    return t && tx_pmap_get(&d->concept_nodes, &k, &i) ? (long)i : -1;
}

/* ------------------------------------------------------------ arcs */

static int attr_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Non-exempt attributes of an arc other than order and weight, sorted, for
 * relationship equivalence (3.5.3.9.7.4). */
static char *arc_attrs(xmlNodePtr arc)
{
    char *list[32];
    size_t n = 0;
    for (xmlAttrPtr a = arc->properties; a && n < 32; a = a->next) {
        const char *ns = a->ns ? (const char *)a->ns->href : "";
        const char *nm = (const char *)a->name;
        if (strcmp(ns, TX_NS_XLINK) == 0 || (!*ns && (strcmp(nm, "use") == 0 ||
                                                    strcmp(nm, "priority") == 0 ||
                                                    strcmp(nm, "order") == 0 ||
                                                    strcmp(nm, "weight") == 0)))
            continue;
        xmlChar *v = xmlNodeListGetString(arc->doc, a->children, 1);
        tx_buf b = {0};
        tx_buf_printf(&b, "{%s}%s=%s", ns, nm, v ? (const char *)v : "");
        xmlFree(v);
        list[n] = tx_buf_take(&b);
        if (!list[n])
            break;
        n++;
    }
    tx_sort(list, n, sizeof list[0], attr_cmp);
    tx_buf b = {0};
    tx_buf_puts(&b, "");
    for (size_t i = 0; i < n; i++) {
        tx_buf_puts(&b, list[i]);
        tx_buf_putc(&b, '\n');
        free(list[i]);
    }
    return tx_buf_take(&b);
}

/* The "{ns}name=value" lines of two arcs name the same attributes with
 * values equal by tx_lex_equal (typed values without a PSVI). */
static int attrs_equiv(const char *a, const char *b)
{
    while (*a && *b) {
        const char *ea = strchr(a, '\n'), *eb = strchr(b, '\n');
        const char *qa = strchr(a, '='), *qb = strchr(b, '=');
        if (!ea || !eb || !qa || !qb || qa > ea || qb > eb || qa - a != qb - b ||
            strncmp(a, b, (size_t)(qa - a)) != 0)
            return 0;
        char *va = tx_strndup(qa + 1, (size_t)(ea - qa - 1));
        char *vb = tx_strndup(qb + 1, (size_t)(eb - qb - 1));
        int eq = va && vb && tx_lex_equal(va, vb);
        free(va);
        free(vb);
        if (!eq)
            return 0;
        a = ea + 1;
        b = eb + 1;
    }
    return !*a && !*b;
}

static int rel_equiv(const builder *B, size_t i, size_t j)
{
    const tx_vrel *a = &B->d->rels[i], *b = &B->d->rels[j];
    return a->order == b->order && tx_decimal_cmp(a->weight, b->weight) == 0 &&
           (strcmp(B->attrs[i], B->attrs[j]) == 0 || attrs_equiv(B->attrs[i], B->attrs[j]));
}

/* ------------------------------------------------------------ tables */

static void add_lb(builder *B, xmlNodePtr lb, size_t di)
{
    tx_dts *d = B->d;
    if (tx_grow((void **)&d->lbs, &d->caplbs, d->nlbs + 1, sizeof *d->lbs) != 0) {
        B->nomem = 1;
        return;
    }
    d->lbs[d->nlbs].node = lb;
    d->lbs[d->nlbs++].doc = di;
}

static void add_ref(builder *B, xmlNodePtr n, size_t lb, int arc)
{
    tx_dts *d = B->d;
    if (tx_grow((void **)&d->refs, &d->caprefs, d->nrefs + 1, sizeof *d->refs) != 0) {
        B->nomem = 1;
        return;
    }
    tx_vref *r = &d->refs[d->nrefs];
    memset(r, 0, sizeof *r);
    r->node = n;
    r->lb = lb;
    r->arc = arc;
    r->uri = tx_attr(n, arc ? "arcroleURI" : "roleURI");
    char *href = tx_attr_ns(n, TX_NS_XLINK, "href");
    int why = PTR_NOTHING;
    if (href)
        r->target = resolve_href(B, n, href, &why);
    r->unloaded = why == PTR_UNLOADED;
    free(href);
    if (r->uri) {
        tx_buf b = {0};
        tx_buf_printf(&b, "%zu %c %s", lb, arc ? 'A' : 'R', r->uri);
        char *k = tx_buf_take(&b);
        if (!k || (!tx_smap_get(&d->ref_index, k, NULL) &&
                   tx_smap_put(&d->ref_index, k, d->nrefs) != 0))
            B->nomem = 1;
        free(k);
    }
    d->nrefs++;
}

static int add_rel(builder *B, const tx_vrel *r, char *attrs)
{
    tx_dts *d = B->d;
    if (tx_grow((void **)&d->rels, &d->caprels, d->nrels + 1, sizeof *d->rels) != 0 ||
        tx_grow((void **)&B->attrs, &B->capattrs, d->nrels + 1, sizeof *B->attrs) != 0)
        return -1;
    d->rels[d->nrels] = *r;
    B->attrs[d->nrels++] = attrs;
    return 0;
}

/* One extended link: its ends (locators resolved), then a relationship for
 * each arc and each pair of ends its labels name. */
static void add_link(builder *B, xmlNodePtr link, size_t lb)
{
    tx_dts *d = B->d;
    if (tx_grow((void **)&d->links, &d->caplinks, d->nlinks + 1, sizeof *d->links) != 0) {
        B->nomem = 1;
        return;
    }
    size_t li = d->nlinks++;
    tx_vlink *L = &d->links[li];
    L->node = link;
    L->lb = lb;
    L->role = intern_attr(B, link, TX_NS_XLINK, "role");
    L->name = elem_name(B, link);
    L->first_end = d->nends;
    tx_smap labels = {0};
    size_t *next = NULL;    /* per end of this link: the next end of its label */
    size_t capnext = 0;
    for (xmlNodePtr c = link->children; c && !B->nomem; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        int loc = tx_xlink_type_is(c, "locator");
        if (!loc && !tx_xlink_type_is(c, "resource"))
            continue;
        size_t k = d->nends - L->first_end;
        if (tx_grow((void **)&d->ends, &d->capends, d->nends + 1, sizeof *d->ends) != 0 ||
            tx_grow((void **)&next, &capnext, k + 1, sizeof *next) != 0) {
            B->nomem = 1;
            break;
        }
        tx_vend *e = &d->ends[d->nends];
        e->node = c;
        e->link = li;
        e->locator = loc;
        e->target = loc ? NULL : c;
        e->concept = -1;
        if (loc) {
            char *href = tx_attr_ns(c, TX_NS_XLINK, "href");
            int why = PTR_NOTHING;
            if (href)
                e->target = resolve_href(B, c, href, &why);
            if (why == PTR_SCHEME)
                tx_xml_report(B->rep, TX_ERROR, tx_dts_file(d, c), c, "dts.locator-pointer",
                           "locator href '%s': XBRL allows shorthand and element() pointers "
                           "only (3.5.4)", href);
            else if (why == PTR_NOTHING && href)
                tx_xml_report(B->rep, TX_ERROR, tx_dts_file(d, c), c, "dts.locator-target",
                           "locator href '%s' points to no element", href);
            free(href);
            e->concept = concept_of(d, e->target);
        }
        next[k] = (size_t)-1;
        char *label = tx_attr_ns(c, TX_NS_XLINK, "label");
        size_t first;
        if (label && tx_smap_get(&labels, label, &first)) {
            while (next[first - L->first_end] != (size_t)-1)
                first = next[first - L->first_end];
            next[first - L->first_end] = d->nends;
        } else if (label && tx_smap_put(&labels, label, d->nends) != 0) {
            B->nomem = 1;
        }
        free(label);
        d->nends++;
    }
    L = &d->links[li];
    L->nends = d->nends - L->first_end;
    tx_pmap pairs = {0};
    for (xmlNodePtr a = link->children; a && !B->nomem; a = a->next) {
        if (a->type != XML_ELEMENT_NODE || !tx_xlink_type_is(a, "arc"))
            continue;
        char *from = tx_attr_ns(a, TX_NS_XLINK, "from");
        char *to = tx_attr_ns(a, TX_NS_XLINK, "to");
        size_t f0 = 0, t0 = 0;
        int hf = from && tx_smap_get(&labels, from, &f0);
        int ht = to && tx_smap_get(&labels, to, &t0);
        if (from && !hf)
            tx_xml_report(B->rep, TX_ERROR, tx_dts_file(d, a), a, "dts.arc-label",
                       "arc from '%s': no locator or resource of its extended link has "
                       "that label", from);
        if (to && !ht)
            tx_xml_report(B->rep, TX_ERROR, tx_dts_file(d, a), a, "dts.arc-label",
                       "arc to '%s': no locator or resource of its extended link has "
                       "that label", to);
        if (hf && ht) {
            /* XLink 1.0 5.1.3: a from/to pair appears on one arc of a link (the
             * first end of a label stands for the label) */
            tx_pkey k = {{(const void *)(uintptr_t)(f0 + 1), (const void *)(uintptr_t)(t0 + 1)}};
            size_t prev;
            if (tx_pmap_get(&pairs, &k, &prev))
                tx_xml_report(B->rep, TX_ERROR, tx_dts_file(d, a), a, "dts.duplicate-arc",
                           "a second arc from '%s' to '%s' in one extended link (the first "
                           "is on line %ld); XLink allows one arc per pair of labels",
                           from, to, (long)prev);
            else if (tx_pmap_put(&pairs, &k, (size_t)xmlGetLineNo(a)) != 0)
                B->nomem = 1;
        }
        if (hf && ht && !B->nomem) {
            tx_vrel r = {0};
            r.arc = a;
            r.link = li;
            r.arcrole = intern_attr(B, a, TX_NS_XLINK, "arcrole");
            r.name = elem_name(B, a);
            char *w = tx_attr(a, "weight");
            char *o = tx_attr(a, "order");
            char *use = tx_attr(a, "use");
            char *pr = tx_attr(a, "priority");
            const char *wt = w ? w : "1";
            (void)tx_decimal_parse_xsd(wt, strlen(wt), &r.weight);
            r.order = o ? strtod(o, NULL) : 1.0;
            r.prohibited = use && strcmp(use, "prohibited") == 0;
            r.priority = pr ? atoi(pr) : 0;
            free(w); free(o); free(use); free(pr);
            char *attrs = arc_attrs(a);
            int owned = 0;
            for (size_t f = f0; f != (size_t)-1 && !B->nomem; f = next[f - d->links[li].first_end])
                for (size_t t = t0; t != (size_t)-1 && !B->nomem;
                     t = next[t - d->links[li].first_end]) {
                    r.from = f;
                    r.to = t;
                    if (!attrs || add_rel(B, &r, attrs) != 0)
                        B->nomem = 1;
                    else
                        owned = 1;
                }
            if (!owned)
                free(attrs);
        }
        free(from);
        free(to);
    }
    tx_pmap_clear(&pairs);
    tx_smap_clear(&labels);
    free(next);
}

static void add_linkbase(builder *B, xmlNodePtr lbn, size_t di)
{
    add_lb(B, lbn, di);
    size_t lb = B->d->nlbs - 1;
    for (xmlNodePtr c = lbn->children; c && !B->nomem; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (tx_is_elem(c, TX_NS_LINK, "roleRef"))
            add_ref(B, c, lb, 0);
        else if (tx_is_elem(c, TX_NS_LINK, "arcroleRef"))
            add_ref(B, c, lb, 1);
        else if (tx_xlink_type_is(c, "extended"))
            add_link(B, c, lb);
    }
}

/* ------------------------------------------------------------ effective */

/* Keeps, of each set of equivalent relationships, the one of the highest
 * priority unless a prohibiting one has that priority (3.5.3.9.7.5). */
static void effective(builder *B)
{
    tx_dts *d = B->d;
    size_t n = d->nrels;
    size_t *next = malloc((n ? n : 1) * sizeof *next);
    size_t *last = malloc((n ? n : 1) * sizeof *last);
    size_t *members = malloc((n ? n : 1) * sizeof *members);
    tx_pmap buckets = {0};
    if (!next || !last || !members) {
        B->nomem = 1;
        goto out;
    }
    /* buckets: same link element and role, arc element and arcrole, from
     * and to (the same XML elements) */
    for (size_t i = 0; i < n && !B->nomem; i++) {
        tx_vrel *r = &d->rels[i];
        next[i] = (size_t)-1;
        xmlNodePtr ft = d->ends[r->from].target, tt = d->ends[r->to].target;
        if (!ft || !tt)
            continue;   /* an end that points to nothing: no relationship */
        const tx_vlink *L = &d->links[r->link];
        tx_pkey key = {{L->name, L->role, r->name, r->arcrole, ft, tt}};
        size_t head;
        if (tx_pmap_get(&buckets, &key, &head)) {
            next[last[head]] = i;
            last[head] = i;
            r->effective = -1;   /* not a bucket head */
        } else if (tx_pmap_put(&buckets, &key, i) != 0) {
            B->nomem = 1;
        } else {
            last[i] = i;
            r->effective = -2;   /* a bucket head */
        }
    }
    for (size_t h = 0; h < n && !B->nomem; h++) {
        if (d->rels[h].effective != -2)
            continue;
        size_t m = 0;
        for (size_t i = h; i != (size_t)-1; i = next[i]) {
            members[m++] = i;
            d->rels[i].effective = 0;
        }
        for (size_t a = 0; a < m; a++) {
            size_t i = members[a];
            int best = 1, prohibited = 0, first = 1;
            for (size_t b = 0; b < m && best; b++) {
                size_t j = members[b];
                if (j == i || !rel_equiv(B, i, j))
                    continue;
                const tx_vrel *x = &d->rels[i], *y = &d->rels[j];
                if (y->priority > x->priority)
                    best = 0;
                else if (y->priority == x->priority && y->prohibited)
                    prohibited = 1;
                else if (y->priority == x->priority && j < i)
                    first = 0;   /* duplicates: one relationship */
            }
            d->rels[i].effective = best && first && !prohibited && !d->rels[i].prohibited;
        }
    }
out:
    tx_pmap_clear(&buckets);
    free(next);
    free(last);
    free(members);
}

/* cyclesAllowed of a relationship's arcrole: the standard arcroles' (5.1.4
 * table), or the arcroleType the arc's linkbase refers to with an
 * arcroleRef; unknown for an arcrole used without one. */
static int declared_cycles(builder *B, const tx_vrel *r);

static int cycles_of(builder *B, const tx_vrel *r)
{
    static const struct { const char *role; int cycles; } std[] = {
        {TX_ARCROLE_2003 "parent-child", TX_CYCLES_UNDIRECTED},
        {TX_ARCROLE_2003 "summation-item", TX_CYCLES_ANY},
        {TX_ARCROLE_2003 "general-special", TX_CYCLES_UNDIRECTED},
        {TX_ARCROLE_2003 "essence-alias", TX_CYCLES_UNDIRECTED},
        {TX_ARCROLE_2003 "similar-tuples", TX_CYCLES_ANY},
        {TX_ARCROLE_2003 "requires-element", TX_CYCLES_ANY},
        {TX_ARCROLE_2003 "fact-footnote", TX_CYCLES_ANY},
        {TX_ARCROLE_2003 "concept-label", TX_CYCLES_ANY},
        {TX_ARCROLE_2003 "concept-reference", TX_CYCLES_ANY},
        {NULL, 0},
    };
    for (size_t i = 0; std[i].role; i++)
        if (strcmp(r->arcrole, std[i].role) == 0)
            return std[i].cycles;
    tx_dts *d = B->d;
    tx_pkey ck = {{(const void *)(uintptr_t)(d->links[r->link].lb + 1), r->arcrole}};
    size_t cached;
    if (tx_pmap_get(&B->cycles, &ck, &cached))
        return (int)cached;
    int v = declared_cycles(B, r);
    if (tx_pmap_put(&B->cycles, &ck, (size_t)v) != 0)
        B->nomem = 1;
    return v;
}

static int declared_cycles(builder *B, const tx_vrel *r)
{
    tx_dts *d = B->d;
    tx_buf b = {0};
    tx_buf_printf(&b, "%zu A %s", d->links[r->link].lb, r->arcrole);
    char *k = tx_buf_take(&b);
    size_t ri;
    int found = k && tx_smap_get(&d->ref_index, k, &ri);
    free(k);
    if (!found)
        return TX_CYCLES_UNKNOWN;
    xmlNodePtr t = d->refs[ri].target;
    if (!t || !tx_is_elem(t, TX_NS_LINK, "arcroleType")) {
        t = NULL;
        for (size_t i = 0; i < d->nrtypes && !t; i++)
            if (d->rtypes[i].arc && d->rtypes[i].uri && strcmp(d->rtypes[i].uri, r->arcrole) == 0)
                t = d->rtypes[i].node;
    }
    char *c = t ? tx_attr(t, "cyclesAllowed") : NULL;
    int v = !c ? TX_CYCLES_UNKNOWN : strcmp(c, "any") == 0 ? TX_CYCLES_ANY
          : strcmp(c, "undirected") == 0 ? TX_CYCLES_UNDIRECTED
          : strcmp(c, "none") == 0 ? TX_CYCLES_NONE : TX_CYCLES_UNKNOWN;
    free(c);
    return v;
}

/* The effective concept relationships the instance layers use. */
static void concept_arcs(builder *B)
{
    tx_dts *d = B->d;
    for (size_t i = 0; i < d->nrels && !B->nomem; i++) {
        const tx_vrel *r = &d->rels[i];
        long f = d->ends[r->from].concept, t = d->ends[r->to].concept;
        if (r->effective != 1 || f < 0 || t < 0)
            continue;
        if (!strstr(r->arcrole, "summation-item") && !strstr(r->arcrole, "essence-alias") &&
            !strstr(r->arcrole, "/requires-element"))
            continue;
        if (tx_grow((void **)&d->arcs, &d->caparcs, d->narcs + 1, sizeof *d->arcs) != 0) {
            B->nomem = 1;
            return;
        }
        tx_varc *a = &d->arcs[d->narcs];
        memset(a, 0, sizeof *a);
        a->role = tx_strdup(d->links[r->link].role);
        a->arcrole = tx_strdup(r->arcrole);
        a->from = (size_t)f;
        a->to = (size_t)t;
        a->weight = r->weight;
        a->order = r->order;
        a->priority = r->priority;
        a->attrs = tx_strdup(B->attrs[i]);
        a->file = tx_strdup(tx_dts_file(d, r->arc));
        a->line = xmlGetLineNo(r->arc);
        d->narcs++;
        if (!a->role || !a->arcrole || !a->attrs || !a->file)
            B->nomem = 1;
    }
}

tx_status tx_dts_build_rels(tx_dts *d, tx_offline *o, tx_report *rep)
{
    builder B = {d, o, rep, 0, NULL, 0, {0}};
    d->ids_built = calloc(d->ndocs ? d->ndocs : 1, 1);
    if (!d->ids_built)
        return TX_ENOMEM;
    for (size_t i = 0; i < d->nconcepts; i++) {
        tx_pkey k = {{d->concepts[i].node}};
        if (tx_pmap_put(&d->concept_nodes, &k, i) != 0)
            return TX_ENOMEM;
    }
    for (size_t i = 0; i < d->ndocs && !B.nomem; i++) {
        xmlNodePtr root = xmlDocGetRootElement(doc_at(d, i));
        if (!root)
            continue;
        if (d->docs[i].is_linkbase && tx_is_elem(root, TX_NS_LINK, "linkbase")) {
            add_linkbase(&B, root, i);
            continue;
        }
        if (!d->docs[i].is_schema)
            continue;
        for (xmlNodePtr a = root->children; a; a = a->next) {
            if (!tx_is_elem(a, TX_NS_XS, "annotation"))
                continue;
            for (xmlNodePtr ai = a->children; ai; ai = ai->next) {
                if (!tx_is_elem(ai, TX_NS_XS, "appinfo"))
                    continue;
                for (xmlNodePtr lb = ai->children; lb && !B.nomem; lb = lb->next)
                    if (tx_is_elem(lb, TX_NS_LINK, "linkbase"))
                        add_linkbase(&B, lb, i);
            }
        }
    }
    if (!B.nomem)
        effective(&B);
    for (size_t i = 0; i < d->nrels && !B.nomem; i++)
        d->rels[i].cycles = cycles_of(&B, &d->rels[i]);
    if (!B.nomem)
        concept_arcs(&B);
    /* the attribute strings are shared by the relationships of one arc */
    for (size_t i = 0; i < d->nrels; i++)
        if (i + 1 == d->nrels || B.attrs[i + 1] != B.attrs[i])
            free(B.attrs[i]);
    free(B.attrs);
    tx_pmap_clear(&B.cycles);
    return B.nomem ? TX_ENOMEM : TX_OK;
}

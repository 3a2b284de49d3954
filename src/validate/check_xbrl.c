/* check_xbrl.c - XBRL 2.1 rules on an instance: reads the instance model
 * (instance.c) the other layers use, then duplicates, essence-alias and
 * requires-element relationships among its facts, footnote links,
 * roleRefs and arcroleRefs, and unused contexts and units. */
#include "validate/layers.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "validate/dts.h"
#include "validate/vinst.h"
#include "validate/calcmath.h"
#include "xbrl/vocab.h"
#include "xbrl/xml.h"
#include "base/hashmap.h"
#include "base/report.h"
#include "base/util.h"


typedef struct chk {
    tx_vinst *in;
    tx_report *rep;
    int nomem;
    tx_smap fact_ids;       /* id attribute -> fact, built when a footnote needs it */
    int fact_ids_built;
} chk;

#define ERR(c, node, code, ...) tx_xml_report((c)->rep, TX_ERROR, (c)->in->name, node, code, __VA_ARGS__)
#define WARN(c, node, code, ...) tx_xml_report((c)->rep, TX_WARNING, (c)->in->name, node, code, __VA_ARGS__)

/* ------------------------------------------------------------ duplicates */

static int same_value(const tx_vfact *a, const tx_vfact *b)
{
    if (a->nil || b->nil)
        return a->nil == b->nil;
    if (tx_decimal_ok(a->value) && tx_decimal_ok(b->value))
        return tx_decimal_cmp(a->value, b->value) == 0;
    return a->text && b->text && strcmp(a->text, b->text) == 0;
}

/* Two numbers that the same value rounds to at their decimals
 * (Calculations 1.1 consistent duplicates: 457510000 at -3 and 458000000
 * at -6). */
static int consistent_numbers(const tx_vfact *a, const tx_vfact *b)
{
    if (a->nil || b->nil || !a->concept->numeric || !tx_decimal_ok(a->value) ||
        !tx_decimal_ok(b->value))
        return 0;
    tx_decimal v[2] = {a->value, b->value};
    int d[2] = {tx_vfact_decimals(a), tx_vfact_decimals(b)};
    size_t best;
    return tx_calc11_duplicates(2, v, d, &best) == TX_DUP_CONSISTENT;
}

/* Facts in one run of the order (concept, context class, unit class,
 * parent) duplicate each other; each is reported against the one before. */
static void check_duplicates(chk *c)
{
    tx_vinst *in = c->in;
    for (size_t i = 0; i + 1 < in->nfacts; i++) {
        tx_vfact *a = &in->facts[in->order[i]];
        tx_vfact *b = &in->facts[in->order[i + 1]];
        if (a->ctx < 0 || b->ctx < 0 || a->ccls < 0 || a->concept != b->concept ||
            a->ccls != b->ccls || a->ucls != b->ucls || a->parent_id != b->parent_id)
            continue;
        a->dup = b->dup = 1;
        size_t before = tx_report_size(c->rep);
        if (same_value(a, b))
            WARN(c, b->node, "xbrl.duplicate",
                 "%s duplicates the fact on line %ld (same value)", a->concept->name, a->line);
        else if (consistent_numbers(a, b))
            WARN(c, b->node, "xbrl.duplicate",
                 "%s duplicates the fact on line %ld (%s): equal once rounded to the lesser "
                 "decimals", a->concept->name, a->line, a->text ? a->text : "");
        else
            WARN(c, b->node, "xbrl.inconsistent-duplicate",
                 "%s = %s contradicts the fact on line %ld (%s) for the same context and unit",
                 a->concept->name, b->text ? b->text : "", a->line, a->text ? a->text : "");
        const tx_vfact *both[2] = {b, a};
        tx_vreport_facts(c->rep, before, both, 2);
    }
}

/* ------------------------------------------------------------ essence-alias */

static int v_equal(const tx_vfact *a, const tx_vfact *b)
{
    if (a->nil || b->nil)
        return a->nil == b->nil;
    if (a->concept->numeric && b->concept->numeric && tx_decimal_ok(a->value) &&
        tx_decimal_ok(b->value)) {
        int da = tx_vfact_decimals(a), db = tx_vfact_decimals(b);
        int d = da < db ? da : db;
        if (d == INT_MIN)
            return 1;
        tx_decimal ra, rb;
        if (tx_decimal_round(a->value, d, TX_ROUND_HALF_EVEN, &ra) != 0 ||
            tx_decimal_round(b->value, d, TX_ROUND_HALF_EVEN, &rb) != 0)
            return tx_decimal_cmp(a->value, b->value) == 0;   /* beyond the exponent range */
        return tx_decimal_cmp(ra, rb) == 0;
    }
    return a->text && b->text && strcmp(a->text, b->text) == 0;
}

/* XBRL 2.1 5.2.6.2.2: c-equal, p-equal essence and alias items are u-equal
 * and v-equal. */
static void check_essence_alias(chk *c)
{
    tx_vinst *in = c->in;
    const tx_dts *d = in->dts;
    for (size_t a = 0; a < d->narcs; a++) {
        const tx_varc *arc = &d->arcs[a];
        if (!strstr(arc->arcrole, "/essence-alias"))
            continue;
        const tx_vconcept *ek = &d->concepts[arc->from], *ak = &d->concepts[arc->to];
        if (!in->present[arc->from] || !in->present[arc->to])
            continue;
        /* essence facts, by the order; their aliases of the same context class */
        size_t first = 0, lo = 0, hi = in->nfacts;
        while (lo < hi) {   /* the first fact of the essence concept */
            size_t mid = lo + (hi - lo) / 2;
            if (in->facts[in->order[mid]].concept < ek)
                lo = mid + 1;
            else
                hi = mid;
        }
        for (size_t i = lo; i < in->nfacts && in->facts[in->order[i]].concept == ek; i++) {
            const tx_vfact *e = &in->facts[in->order[i]];
            if (e->ccls < 0)
                continue;
            /* all alias facts of this context class, whatever their unit */
            size_t lo2 = 0, hi2 = in->nfacts;
            while (lo2 < hi2) {
                size_t mid = lo2 + (hi2 - lo2) / 2;
                const tx_vfact *m = &in->facts[in->order[mid]];
                if (m->concept < ak || (m->concept == ak && m->ccls < e->ccls))
                    lo2 = mid + 1;
                else
                    hi2 = mid;
            }
            for (first = lo2; first < in->nfacts; first++) {
                const tx_vfact *al = &in->facts[in->order[first]];
                if (al->concept != ak || al->ccls != e->ccls)
                    break;
                if (al->parent_id != e->parent_id)
                    continue;
                size_t before = tx_report_size(c->rep);
                if (ek->numeric && ak->numeric && e->ucls != al->ucls)
                    ERR(c, al->node, "xbrl.essence-alias-units",
                        "%s (alias of %s on line %ld) has a different unit in the same context",
                        ak->name, ek->name, e->line);
                else if (!v_equal(e, al))
                    ERR(c, al->node, "xbrl.essence-alias",
                        "%s = %s differs from its essence %s = %s (line %ld) in the same context",
                        ak->name, al->text ? al->text : "", ek->name, e->text ? e->text : "",
                        e->line);
                else
                    continue;
                const tx_vfact *both[2] = {al, e};
                tx_vreport_facts(c->rep, before, both, 2);
            }
        }
    }
}

/* XBRL 2.1 5.2.6.2.4: an item or tuple requires an element of the target. */
static void check_requires(chk *c)
{
    tx_vinst *in = c->in;
    const tx_dts *d = in->dts;
    xmlNodePtr root = xmlDocGetRootElement(in->doc);
    for (size_t a = 0; a < d->narcs; a++) {
        const tx_varc *arc = &d->arcs[a];
        if (!strstr(arc->arcrole, "/requires-element") || !in->present[arc->from] ||
            in->present[arc->to])
            continue;
        int seen = 0;
        for (size_t p = 0; p < a && !seen; p++)
            seen = d->arcs[p].from == arc->from && d->arcs[p].to == arc->to &&
                   strstr(d->arcs[p].arcrole, "/requires-element") != NULL;
        if (!seen)
            ERR(c, root, "xbrl.requires-element",
                "%s is reported, and it requires an element %s that is not",
                d->concepts[arc->from].name, d->concepts[arc->to].name);
    }
}

/* ------------------------------------------------------------ footnotes */

static int is_fact_node(chk *c, xmlNodePtr n)
{
    if (!n || n->type != XML_ELEMENT_NODE || tx_in_ns(n, TX_NS_XBRLI) || tx_in_ns(n, TX_NS_LINK))
        return 0;
    const tx_vconcept *k = tx_dts_concept(c->in->dts, n->ns ? (const char *)n->ns->href : "",
                                          (const char *)n->name);
    return k && (k->item || k->tuple);
}

static int label_in(xmlNodePtr link, const char *label, int want /* 1 loc, 2 footnote */)
{
    int found = 0;
    for (xmlNodePtr e = link->children; e; e = e->next) {
        if (e->type != XML_ELEMENT_NODE)
            continue;
        char *l = tx_attr_ns(e, TX_NS_XLINK, "label");
        if (l && strcmp(l, label) == 0) {
            int isloc = tx_xlink_type_is(e, "locator");
            int isres = tx_xlink_type_is(e, "resource");
            if (want == 0 && (isloc || isres))
                found = 1;
            else if (want == 1 && isloc)
                found = 1;
            else if (want == 2 && isres)
                found = 1;
            else if (!found)
                found = -1;
        }
        free(l);
    }
    return found;
}

static void index_fact_ids(chk *c)
{
    c->fact_ids_built = 1;
    for (size_t i = 0; i < c->in->nfacts && !c->nomem; i++) {
        char *id = tx_attr(c->in->facts[i].node, "id");
        if (id && tx_smap_put(&c->fact_ids, id, i) != 0)
            c->nomem = 1;
        free(id);
    }
}

static void check_footnote_link(chk *c, xmlNodePtr link)
{
    char *role = tx_attr_ns(link, TX_NS_XLINK, "role");
    if (role && strncmp(role, TX_ROLE_2003, sizeof TX_ROLE_2003 - 1) == 0 &&
        strcmp(role, TX_ROLE_2003 "link") != 0)
        ERR(c, link, "xbrl.footnote-role", "footnoteLink role '%s' is not the standard link role",
            role);
    free(role);
    for (xmlNodePtr e = link->children; e; e = e->next) {
        if (e->type != XML_ELEMENT_NODE)
            continue;
        if (tx_xlink_type_is(e, "locator")) {
            if (!tx_is_elem(e, TX_NS_LINK, "loc")) {
                ERR(c, e, "xbrl.footnote-locator", "footnoteLink holds a custom locator %s",
                    (const char *)e->name);
                continue;
            }
            char *href = tx_attr_ns(e, TX_NS_XLINK, "href");
            const char *h = href ? strchr(href, '#') : NULL;
            xmlNodePtr target = NULL;
            int local = 0;
            if (h) {
                char *frag = tx_strdup(h + 1);
                xmlAttrPtr ida = frag ? xmlGetID(c->in->doc, (const xmlChar *)frag) : NULL;
                target = ida ? ida->parent : NULL;
                if (!target && frag) {
                    /* ids that are not schema-typed: look the attribute up */
                    size_t fi;
                    if (!c->fact_ids_built)
                        index_fact_ids(c);
                    if (tx_smap_get(&c->fact_ids, frag, &fi))
                        target = c->in->facts[fi].node;
                }
                free(frag);
                local = h == href;
                if (!local) {
                    char *doc = tx_strndup(href, (size_t)(h - href));
                    const char *base = c->in->doc->URL ? strrchr((const char *)c->in->doc->URL, '/') : NULL;
                    local = doc && base && strcmp(doc, base + 1) == 0;
                    free(doc);
                }
            }
            if (!local || !is_fact_node(c, target))
                ERR(c, e, "xbrl.footnote-locator",
                    "footnote locator '%s' does not point to a fact of this instance",
                    href ? href : "");
            free(href);
        } else if (tx_xlink_type_is(e, "resource")) {
            if (!tx_is_elem(e, TX_NS_LINK, "footnote"))
                continue;
            char *r = tx_attr_ns(e, TX_NS_XLINK, "role");
            if (r && strncmp(r, TX_ROLE_2003, sizeof TX_ROLE_2003 - 1) == 0 &&
                strcmp(r, TX_ROLE_2003 "footnote") != 0)
                ERR(c, e, "xbrl.footnote-role", "footnote role '%s' is not the footnote role", r);
            free(r);
            xmlChar *lang = xmlNodeGetLang(e);   /* xml:lang is inherited */
            if (!lang)
                ERR(c, e, "xbrl.footnote-lang", "footnote without xml:lang");
            xmlFree(lang);
        } else if (tx_xlink_type_is(e, "arc")) {
            char *from = tx_attr_ns(e, TX_NS_XLINK, "from");
            char *to = tx_attr_ns(e, TX_NS_XLINK, "to");
            char *ar = tx_attr_ns(e, TX_NS_XLINK, "arcrole");
            int std = ar && strcmp(ar, TX_ARCROLE_FACT_FOOTNOTE) == 0;
            int fw = from ? label_in(link, from, std ? 1 : 0) : 0;
            int tw = to ? label_in(link, to, std ? 2 : 0) : 0;
            if (fw == 0 || tw == 0)
                ERR(c, e, "xbrl.footnote-arc", "footnoteArc %s -> %s: a label names nothing in "
                    "its extended link", from ? from : "", to ? to : "");
            else if (fw < 0 || tw < 0)
                ERR(c, e, "xbrl.footnote-arc", "fact-footnote arc %s -> %s must go from a fact "
                    "locator to a footnote", from ? from : "", to ? to : "");
            free(from);
            free(to);
            free(ar);
        }
    }
}

/* ------------------------------------------------------------ refs */

static void check_role_refs(chk *c, xmlNodePtr root)
{
    tx_smap seen = {0};
    for (xmlNodePtr n = root->children; n; n = n->next) {
        if (n->type == XML_ELEMENT_NODE && !tx_in_ns(n, TX_NS_LINK))
            break;   /* the references precede contexts, units and facts */
        int role = tx_is_elem(n, TX_NS_LINK, "roleRef");
        if (!role && !tx_is_elem(n, TX_NS_LINK, "arcroleRef"))
            continue;
        char *uri = tx_attr(n, role ? "roleURI" : "arcroleURI");
        if (!uri)
            continue;
        tx_buf b = {0};
        tx_buf_printf(&b, "%d %s", role, uri);
        char *k = tx_buf_take(&b);
        if (k && tx_smap_get(&seen, k, NULL))
            ERR(c, n, "xbrl.duplicate-ref", "a second %s for '%s'", (const char *)n->name, uri);
        else if (!k || tx_smap_put(&seen, k, 1) != 0)
            c->nomem = 1;
        free(k);
        free(uri);
    }
    tx_smap_clear(&seen);
}

/* ------------------------------------------------------------ entry */

tx_status tx_check_xbrl(tx_vinst *in, tx_report *rep)
{
    chk c = {in, rep, 0, {0}, 0};
    xmlNodePtr root = xmlDocGetRootElement(in->doc);
    if (!tx_is_elem(root, TX_NS_XBRLI, "xbrl"))
        return TX_OK;
    /* findings in the order of reading: contexts and units, the references,
     * the facts; then the rules on what was read */
    if (tx_vinst_read_contexts(in, rep) != 0)
        c.nomem = 1;
    check_role_refs(&c, root);
    if (!c.nomem) {
        tx_status st = tx_vinst_read_facts(in, rep);
        if (!in->present)
            return TX_ENOMEM;
        if (st != TX_OK)
            c.nomem = 1;
    }
    for (xmlNodePtr n = root->children; n && !c.nomem; n = n->next)
        if (tx_is_elem(n, TX_NS_LINK, "footnoteLink"))
            check_footnote_link(&c, n);
    if (!c.nomem) {
        check_duplicates(&c);
        check_essence_alias(&c);
        check_requires(&c);
    }
    for (size_t i = 0; i < in->nctxs; i++)
        if (!in->ctxs[i].used)
            WARN(&c, in->ctxs[i].node, "xbrl.unused-context", "context '%s' is not used by any fact",
                 in->ctxs[i].id ? in->ctxs[i].id : "");
    for (size_t i = 0; i < in->nunits; i++)
        if (!in->units[i].used)
            WARN(&c, in->units[i].node, "xbrl.unused-unit", "unit '%s' is not used by any fact",
                 in->units[i].id ? in->units[i].id : "");
    tx_smap_clear(&c.fact_ids);
    return c.nomem ? TX_ENOMEM : TX_OK;
}

/* vinst.c - the validator's model of an XBRL instance: its contexts,
 * units and facts as read (with what XBRL 2.1 says of each as it is read),
 * s-equality, and the index of facts by concept, context class and unit
 * class that the layers look facts up with. */
#include "validate/vinst.h"

#include <ctype.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "validate/dts.h"
#include "xbrl/lexical.h"
#include "xbrl/vocab.h"
#include "xbrl/xml.h"
#include "base/hashmap.h"
#include "base/report.h"
#include "base/util.h"

typedef struct reader {
    tx_vinst *in;
    tx_report *rep;
    int nomem;
    int too_many;   /* xbrl.fact-limit reported */
} reader;

#define ERR(c, node, code, ...) tx_xml_report((c)->rep, TX_ERROR, (c)->in->name, node, code, __VA_ARGS__)
#define WARN(c, node, code, ...) tx_xml_report((c)->rep, TX_WARNING, (c)->in->name, node, code, __VA_ARGS__)

void tx_vinst_clear(tx_vinst *in)
{
    for (size_t i = 0; i < in->nctxs; i++) {
        free(in->ctxs[i].id);
        free(in->ctxs[i].scheme);
        free(in->ctxs[i].ident);
    }
    free(in->ctxs);
    for (size_t i = 0; i < in->nunits; i++) {
        tx_vunit *u = &in->units[i];
        free(u->id);
        for (size_t k = 0; k < u->nnum; k++)
            free(u->num[k]);
        for (size_t k = 0; k < u->nden; k++)
            free(u->den[k]);
        free(u->num);
        free(u->den);
    }
    free(in->units);
    for (size_t i = 0; i < in->nfacts; i++)
        free(in->facts[i].text);
    free(in->facts);
    tx_smap_clear(&in->ctx_index);
    tx_smap_clear(&in->unit_index);
    free(in->order);
    free(in->present);
    tx_smap_clear(&in->period_index);
}

static char *content(xmlNodePtr n)
{
    xmlChar *v = xmlNodeGetContent(n);
    if (!v)
        return tx_strdup("");
    const char *s = (const char *)v;
    while (*s && isspace((unsigned char)*s))
        s++;
    size_t len = strlen(s);
    while (len && isspace((unsigned char)s[len - 1]))
        len--;
    char *r = tx_strndup(s, len);
    xmlFree(v);
    return r;
}



/* ------------------------------------------------------------ contexts */

static void check_sx(reader *c, xmlNodePtr holder, const char *what)
{
    if (!holder)
        return;
    for (xmlNodePtr e = holder->children; e; e = e->next) {
        if (e->type != XML_ELEMENT_NODE)
            continue;
        if (tx_in_ns(e, TX_NS_XBRLI)) {
            ERR(c, e, "xbrl.context-content",
                "%s holds xbrli:%s: elements of the XBRL instance namespace are not allowed",
                what, (const char *)e->name);
            continue;
        }
        const tx_vconcept *k = tx_dts_concept(c->in->dts, e->ns ? (const char *)e->ns->href : "",
                                              (const char *)e->name);
        if (k && (k->item || k->tuple))
            ERR(c, e, "xbrl.context-content",
                "%s holds %s, which is in the substitution group of xbrli:%s", what,
                (const char *)e->name, k->item ? "item" : "tuple");
        check_sx(c, e, what);
    }
}

static void read_context(reader *c, xmlNodePtr n)
{
    tx_vinst *in = c->in;
    if (tx_grow((void **)&in->ctxs, &in->capctxs, in->nctxs + 1, sizeof *in->ctxs) != 0) {
        c->nomem = 1;
        return;
    }
    tx_vctx *x = &in->ctxs[in->nctxs];
    memset(x, 0, sizeof *x);
    x->node = n;
    x->id = tx_attr(n, "id");
    xmlNodePtr ent = tx_xml_child(n, TX_NS_XBRLI, "entity");
    xmlNodePtr ident = tx_xml_child(ent, TX_NS_XBRLI, "identifier");
    if (ident) {
        x->scheme = tx_attr(ident, "scheme");
        x->ident = content(ident);
    }
    x->segment = tx_xml_child(ent, TX_NS_XBRLI, "segment");
    x->scenario = tx_xml_child(n, TX_NS_XBRLI, "scenario");
    xmlNodePtr per = tx_xml_child(n, TX_NS_XBRLI, "period");
    xmlNodePtr inst = tx_xml_child(per, TX_NS_XBRLI, "instant");
    xmlNodePtr sd = tx_xml_child(per, TX_NS_XBRLI, "startDate");
    xmlNodePtr ed = tx_xml_child(per, TX_NS_XBRLI, "endDate");
    if (inst) {
        char *t = content(inst);
        x->kind = t && tx_lex_seconds(t, 1, &x->end) == 0 ? 1 : 0;
        free(t);
    } else if (sd && ed) {
        char *a = content(sd), *b = content(ed);
        int ok = a && b && tx_lex_seconds(a, 0, &x->start) == 0 &&
                 tx_lex_seconds(b, 1, &x->end) == 0;
        x->kind = ok ? 2 : 0;
        if (x->kind == 2 && x->end <= x->start)
            ERR(c, ed, "xbrl.period-order", "context '%s': endDate %s is not after startDate %s",
                x->id ? x->id : "", b, a);
        free(a);
        free(b);
    } else if (tx_xml_child(per, TX_NS_XBRLI, "forever")) {
        x->kind = 3;
    }
    if (x->scheme && x->ident && strcmp(x->scheme, TX_SCHEME_CIK) == 0) {
        size_t len = strlen(x->ident);
        int digits = len == 10;
        for (size_t i = 0; digits && i < len; i++)
            digits = isdigit((unsigned char)x->ident[i]) != 0;
        /* an EDGAR filing rule, not XBRL 2.1's: a warning */
        if (!digits)
            WARN(c, ident, "xbrl.cik", "context '%s': the SEC scheme needs a 10-digit CIK, not '%s'",
                 x->id ? x->id : "", x->ident);
    }
    check_sx(c, x->segment, "segment");
    check_sx(c, x->scenario, "scenario");
    /* a context without id cannot be referred to (the schema layer reports
     * the missing attribute); no id where the attribute is: no memory */
    if (x->id ? tx_smap_put(&in->ctx_index, x->id, in->nctxs) != 0
              : xmlHasProp(n, (const xmlChar *)"id") != NULL)
        c->nomem = 1;
    in->nctxs++;
}

/* ------------------------------------------------------------ units */

static int str_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void read_measures(reader *c, tx_vunit *u, xmlNodePtr holder, char ***arr, size_t *n)
{
    size_t cap = 0;
    for (xmlNodePtr m = holder ? holder->children : NULL; m; m = m->next) {
        if (!tx_is_elem(m, TX_NS_XBRLI, "measure"))
            continue;
        char *q = content(m);
        char *k = q ? tx_qname_key(m, q) : NULL;
        if (!k) {
            ERR(c, m, "xbrl.unit-measure", "unit '%s': measure '%s' has an undeclared prefix",
                u->id ? u->id : "", q ? q : "");
            u->bad = 1;
            free(q);
            continue;
        }
        free(q);
        if (tx_grow((void **)arr, &cap, *n + 1, sizeof **arr) != 0) {
            free(k);
            c->nomem = 1;
            return;
        }
        (*arr)[(*n)++] = k;
    }
    if (*n > 1)
        tx_sort(*arr, *n, sizeof **arr, str_cmp);
}

static void read_unit(reader *c, xmlNodePtr n)
{
    tx_vinst *in = c->in;
    if (tx_grow((void **)&in->units, &in->capunits, in->nunits + 1, sizeof *in->units) != 0) {
        c->nomem = 1;
        return;
    }
    tx_vunit *u = &in->units[in->nunits];
    memset(u, 0, sizeof *u);
    u->node = n;
    u->id = tx_attr(n, "id");
    xmlNodePtr div = tx_xml_child(n, TX_NS_XBRLI, "divide");
    if (div) {
        read_measures(c, u, tx_xml_child(div, TX_NS_XBRLI, "unitNumerator"), &u->num, &u->nnum);
        read_measures(c, u, tx_xml_child(div, TX_NS_XBRLI, "unitDenominator"), &u->den, &u->nden);
        for (size_t i = 0; i < u->nnum; i++)
            for (size_t j = 0; j < u->nden; j++)
                if (strcmp(u->num[i], u->den[j]) == 0) {
                    ERR(c, div, "xbrl.unit-simplest",
                        "unit '%s': %s is both numerator and denominator (not in simplest form)",
                        u->id ? u->id : "", u->num[i]);
                    u->bad = 1;
                    i = u->nnum;
                    break;
                }
    } else {
        read_measures(c, u, n, &u->num, &u->nnum);
    }
    static const char xbrli_prefix[] = "{" TX_NS_XBRLI "}";
    for (size_t pass = 0; pass < 2; pass++) {
        char **arr = pass ? u->den : u->num;
        size_t cnt = pass ? u->nden : u->nnum;
        for (size_t i = 0; i < cnt; i++)
            if (strncmp(arr[i], xbrli_prefix, sizeof xbrli_prefix - 1) == 0) {
                const char *l = arr[i] + sizeof xbrli_prefix - 1;
                if (strcmp(l, "pure") != 0 && strcmp(l, "shares") != 0) {
                    ERR(c, n, "xbrl.unit-measure",
                        "unit '%s': xbrli:%s is not a measure of the XBRL namespace (pure, shares)",
                        u->id ? u->id : "", l);
                    u->bad = 1;
                }
            }
    }
    if (u->id ? tx_smap_put(&in->unit_index, u->id, in->nunits) != 0
              : xmlHasProp(n, (const xmlChar *)"id") != NULL)
        c->nomem = 1;
    in->nunits++;
}

static int measure_is(const char *key, const char *ns, const char *local)
{
    size_t nl = strlen(ns);
    return key[0] == '{' && strncmp(key + 1, ns, nl) == 0 && key[nl + 1] == '}' &&
           (!local || strcmp(key + nl + 2, local) == 0);
}

static int iso_code(const char *key)
{
    const char *l = strrchr(key, '}');
    if (!l || strlen(l + 1) != 3)
        return 0;
    for (int i = 1; i <= 3; i++)
        if (l[i] < 'A' || l[i] > 'Z')
            return 0;
    return 1;
}

static void check_unit_type(reader *c, const tx_vfact *f, const tx_vunit *u)
{
    const tx_vconcept *k = f->concept;
    const char *id = u->id ? u->id : "";
    if (strcmp(k->base, "monetaryItemType") == 0) {
        if (u->nnum != 1 || u->nden != 0 || !measure_is(u->num[0], TX_NS_ISO4217, NULL) ||
            !iso_code(u->num[0]))
            ERR(c, f->node, "xbrl.unit-monetary",
                "%s is monetary: its unit '%s' must be one ISO 4217 currency", k->name, id);
    } else if (strcmp(k->base, "sharesItemType") == 0) {
        if (u->nnum != 1 || u->nden != 0 || !measure_is(u->num[0], TX_NS_XBRLI, "shares"))
            ERR(c, f->node, "xbrl.unit-shares",
                "%s is a shares item: its unit '%s' must be xbrli:shares", k->name, id);
    } else if (k->per_share) {
        if (u->nnum != 1 || u->nden != 1 || !measure_is(u->num[0], TX_NS_ISO4217, NULL) ||
            !measure_is(u->den[0], TX_NS_XBRLI, "shares"))
            ERR(c, f->node, "xbrl.unit-per-share",
                "%s is a per-share item: its unit '%s' must divide a currency by xbrli:shares",
                k->name, id);
    }
}

/* ------------------------------------------------------------ facts */

static int parse_int_attr(const char *s, int *out)
{
    if (strcmp(s, "INF") == 0) {
        *out = INT_MAX;
        return 0;
    }
    char *end;
    long v = strtol(s, &end, 10);
    if (end == s || *end || v > 100000 || v < -100000)
        return -1;
    *out = (int)v;
    return 0;
}

static void read_fact(reader *c, xmlNodePtr n, const tx_vconcept *k, xmlNodePtr parent,
                      long parent_id)
{
    tx_vinst *in = c->in;
    if (in->nfacts >= TX_MAX_FACTS) {
        if (!c->too_many) {
            ERR(c, n, "xbrl.fact-limit",
                "more than %d facts: the facts from here on are not checked", TX_MAX_FACTS);
            c->too_many = 1;
        }
        return;
    }
    if (tx_grow((void **)&in->facts, &in->capfacts, in->nfacts + 1, sizeof *in->facts) != 0) {
        c->nomem = 1;
        return;
    }
    tx_vfact *f = &in->facts[in->nfacts];
    memset(f, 0, sizeof *f);
    f->value = tx_decimal_beyond();
    f->node = n;
    f->concept = k;
    f->ctx = f->unit = -1;
    f->parent = parent;
    f->parent_id = parent_id;
    f->ccls = f->ucls = -1;
    f->line = xmlGetLineNo(n);
    f->nil = tx_xsi_nil(n);
    char *cref = tx_attr(n, "contextRef");
    char *uref = tx_attr(n, "unitRef");
    char *dec = tx_attr(n, "decimals");
    char *prec = tx_attr(n, "precision");
    size_t idx;
    if (cref) {
        if (tx_smap_get(&in->ctx_index, cref, &idx)) {
            f->ctx = (long)idx;
            in->ctxs[idx].used = 1;
        } else {
            ERR(c, n, "xbrl.context-ref", "%s: contextRef '%s' is not a context", k->name, cref);
        }
    }
    if (uref) {
        if (tx_smap_get(&in->unit_index, uref, &idx)) {
            f->unit = (long)idx;
            in->units[idx].used = 1;
        } else {
            ERR(c, n, "xbrl.unit-ref", "%s: unitRef '%s' is not a unit", k->name, uref);
        }
    }
    f->has_dec = dec != NULL;
    f->has_prec = prec != NULL;
    if (dec && parse_int_attr(dec, &f->decimals) != 0)
        f->has_dec = 0;
    if (prec && parse_int_attr(prec, &f->precision) != 0)
        f->has_prec = 0;
    if (prec && f->has_prec && f->precision < 0)
        f->has_prec = 0;
    f->text = f->nil ? tx_strdup("") : content(n);
    if (!f->text)
        c->nomem = 1;
    if (k->numeric && !k->fraction && !f->nil && f->text)
        f->value_limit = tx_decimal_parse_xsd(f->text, strlen(f->text), &f->value) ==
                         TX_DECIMAL_ELIMIT;

    /* period type */
    if (f->ctx >= 0 && k->period_type) {
        const tx_vctx *x = &in->ctxs[f->ctx];
        if (strcmp(k->period_type, "instant") == 0 && x->kind != 1 && x->kind != 0)
            ERR(c, n, "xbrl.period-type",
                "%s has periodType instant but context '%s' is a %s", k->name, cref,
                x->kind == 2 ? "duration" : "forever period");
        else if (strcmp(k->period_type, "duration") == 0 && x->kind == 1)
            ERR(c, n, "xbrl.period-type",
                "%s has periodType duration but context '%s' is an instant", k->name, cref);
    }
    /* numeric attributes */
    if (k->numeric && !k->fraction) {
        if (f->nil && (dec || prec))
            ERR(c, n, "xbrl.nil-decimals", "%s is nil and must have neither decimals nor precision",
                k->name);
        else if (!f->nil && dec && prec)
            ERR(c, n, "xbrl.decimals-precision", "%s has both decimals and precision", k->name);
        else if (!f->nil && !dec && !prec)
            ERR(c, n, "xbrl.missing-decimals", "%s has neither decimals nor precision", k->name);
        if (f->value_limit)
            WARN(c, n, "xbrl.value-limit",
                 "%s: '%s' has more than the %d significant digits txbrl computes with (or an "
                 "exponent beyond %d): its calculations are not checked", k->name, f->text,
                 TX_DECIMAL_DIGITS, TX_DECIMAL_XSD_EXP_MAX);
        else if (!f->nil && f->text && !tx_decimal_ok(f->value))
            ERR(c, n, "xbrl.bad-value", "%s: '%s' is not a number", k->name, f->text);
        if (f->unit >= 0 && !in->units[f->unit].bad)
            check_unit_type(c, f, &in->units[f->unit]);
    }
    free(cref);
    free(uref);
    free(dec);
    free(prec);
    in->nfacts++;
}

/* XBRL 2.1 4.9: a tuple carries no attribute of the XBRL namespaces. */
static void check_tuple_attrs(reader *c, xmlNodePtr n)
{
    static const char *const xbrl_ns[] = {TX_NS_XBRLI, TX_NS_LINK, TX_NS_XLINK,
                                          TX_NS_XL, NULL};
    for (xmlAttrPtr a = n->properties; a; a = a->next) {
        if (!a->ns || !a->ns->href)
            continue;
        for (size_t i = 0; xbrl_ns[i]; i++)
            if (strcmp((const char *)a->ns->href, xbrl_ns[i]) == 0)
                ERR(c, n, "xbrl.tuple-attribute",
                    "tuple %s carries the attribute {%s}%s: tuples have no attributes of the "
                    "XBRL namespaces", (const char *)n->name, xbrl_ns[i], (const char *)a->name);
    }
}

static void read_facts(reader *c, xmlNodePtr parent, long parent_id)
{
    for (xmlNodePtr n = parent->children; n && !c->nomem; n = n->next) {
        if (n->type != XML_ELEMENT_NODE || tx_in_ns(n, TX_NS_XBRLI) || tx_in_ns(n, TX_NS_LINK))
            continue;
        const tx_vconcept *k = tx_dts_concept(c->in->dts, n->ns ? (const char *)n->ns->href : "",
                                              (const char *)n->name);
        if (!k)
            continue;   /* the schema layer reports undeclared elements */
        if (c->in->present)
            c->in->present[k - c->in->dts->concepts] = 1;
        if (k->item)
            read_fact(c, n, k, parent, parent_id);
        else if (k->tuple) {
            check_tuple_attrs(c, n);
            read_facts(c, n, ++c->in->ntuples);
        }
    }
}

/* ------------------------------------------------------------ equality */



static int attrs_equal(xmlNodePtr a, xmlNodePtr b)
{
    size_t na = 0, nb = 0;
    for (xmlAttrPtr x = a->properties; x; x = x->next)
        na++;
    for (xmlAttrPtr x = b->properties; x; x = x->next)
        nb++;
    if (na != nb)
        return 0;
    for (xmlAttrPtr x = a->properties; x; x = x->next) {
        const xmlChar *ns = x->ns ? x->ns->href : NULL;
        xmlChar *va = xmlNodeListGetString(a->doc, x->children, 1);
        xmlChar *vb = ns ? xmlGetNsProp(b, x->name, ns) : xmlGetNoNsProp(b, x->name);
        int eq = va && vb && tx_lex_equal((const char *)va, (const char *)vb);
        xmlFree(va);
        xmlFree(vb);
        if (!eq)
            return 0;
    }
    return 1;
}

static int text_equal(xmlNodePtr a, xmlNodePtr b)
{
    char *ta = content(a), *tb = content(b);
    int eq = ta && tb && tx_lex_equal(ta, tb);
    free(ta);
    free(tb);
    return eq;
}

static xmlNodePtr next_elem(xmlNodePtr n)
{
    while (n && n->type != XML_ELEMENT_NODE)
        n = n->next;
    return n;
}

static int x_equal(xmlNodePtr a, xmlNodePtr b)
{
    const char *nsa = a->ns ? (const char *)a->ns->href : "";
    const char *nsb = b->ns ? (const char *)b->ns->href : "";
    if (strcmp(nsa, nsb) != 0 || strcmp((const char *)a->name, (const char *)b->name) != 0)
        return 0;
    if (!attrs_equal(a, b))
        return 0;
    xmlNodePtr ca = next_elem(a->children), cb = next_elem(b->children);
    if (!ca && !cb)
        return text_equal(a, b);
    while (ca && cb) {
        if (!x_equal(ca, cb))
            return 0;
        ca = next_elem(ca->next);
        cb = next_elem(cb->next);
    }
    return !ca && !cb;
}

int tx_s_equal(xmlNodePtr a, xmlNodePtr b)
{
    xmlNodePtr ca = a ? next_elem(a->children) : NULL, cb = b ? next_elem(b->children) : NULL;
    while (ca && cb) {
        if (!x_equal(ca, cb))
            return 0;
        ca = next_elem(ca->next);
        cb = next_elem(cb->next);
    }
    return !ca && !cb;
}

int tx_c_equal(const tx_vinst *in, long a, long b)
{
    if (a == b)
        return 1;
    if (a < 0 || b < 0)
        return 0;
    const tx_vctx *x = &in->ctxs[a], *y = &in->ctxs[b];
    if (x->kind != y->kind || x->end != y->end || (x->kind == 2 && x->start != y->start))
        return 0;
    if (!x->scheme || !y->scheme || !x->ident || !y->ident ||
        strcmp(x->scheme, y->scheme) != 0 || strcmp(x->ident, y->ident) != 0)
        return 0;
    return tx_s_equal(x->segment, y->segment) && tx_s_equal(x->scenario, y->scenario);
}

int tx_u_equal(const tx_vinst *in, long a, long b)
{
    if (a == b)
        return 1;
    if (a < 0 || b < 0)
        return 0;
    const tx_vunit *x = &in->units[a], *y = &in->units[b];
    if (x->nnum != y->nnum || x->nden != y->nden)
        return 0;
    for (size_t i = 0; i < x->nnum; i++)
        if (strcmp(x->num[i], y->num[i]) != 0)
            return 0;
    for (size_t i = 0; i < x->nden; i++)
        if (strcmp(x->den[i], y->den[i]) != 0)
            return 0;
    return 1;
}

/* ------------------------------------------------------------ the index */

/* Hashes agree whenever tx_s_equal would: element names, and the text of
 * leaves as tx_lex_equal sees it (numbers and booleans by value);
 * attributes are left to the comparison. */
static uint64_t mix(uint64_t h, const char *s)
{
    for (; s && *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return (h ^ 0xff) * 1099511628211ULL;
}

static uint64_t hash_leaf(xmlNodePtr n, uint64_t h, int *nomem)
{
    char *t = content(n);
    if (!t) {
        *nomem = 1;
        return h;
    }
    tx_decimal v;
    if (tx_lex_number(t, &v) == 0) {
        /* the canonical text: equal numbers hash alike */
        char buf[160];
        v = tx_decimal_trim(v);
        if (tx_decimal_format(v, buf, sizeof buf) < (int)sizeof buf) {
            h = mix(h, buf);
        } else {
            char *big = tx_decimal_text(v);
            if (!big)
                *nomem = 1;
            h = mix(h, big);
            free(big);
        }
    } else {
        h = mix(h, t);
    }
    free(t);
    return h;
}

static uint64_t hash_elem(xmlNodePtr e, uint64_t h, int *nomem)
{
    h = mix(h, e->ns ? (const char *)e->ns->href : "");
    h = mix(h, (const char *)e->name);
    xmlNodePtr c = next_elem(e->children);
    if (!c)
        return hash_leaf(e, h, nomem);
    for (; c; c = next_elem(c->next))
        h = hash_elem(c, h, nomem);
    return mix(h, "/");
}

static uint64_t hash_holder(xmlNodePtr holder, uint64_t h, int *nomem)
{
    for (xmlNodePtr c = holder ? next_elem(holder->children) : NULL; c; c = next_elem(c->next))
        h = hash_elem(c, h, nomem);
    return mix(h, "|");
}

static int frame_equal(const tx_vctx *x, const tx_vctx *y)
{
    return x->scheme && y->scheme && x->ident && y->ident && strcmp(x->scheme, y->scheme) == 0 &&
           strcmp(x->ident, y->ident) == 0 && tx_s_equal(x->segment, y->segment) &&
           tx_s_equal(x->scenario, y->scenario);
}

/* Open addressing: (hash, representative) pairs; equal hashes are compared. */
typedef struct rep_table {
    uint64_t *h;
    long *rep;
    size_t cap;
} rep_table;

static int rep_table_init(rep_table *t, size_t n)
{
    t->cap = 16;
    while (t->cap < n * 2)
        t->cap *= 2;
    t->h = calloc(t->cap, sizeof *t->h);
    t->rep = malloc(t->cap * sizeof *t->rep);
    if (!t->h || !t->rep)
        return -1;
    for (size_t i = 0; i < t->cap; i++)
        t->rep[i] = -1;
    return 0;
}

static void rep_table_clear(rep_table *t)
{
    free(t->h);
    free(t->rep);
}

/* The representative of `i` (hash h) among those already in the table
 * for which same(rep, i) holds, or i itself (added). */
static long rep_table_find(rep_table *t, uint64_t h, long i, const tx_vinst *in,
                           int (*same)(const tx_vinst *, long, long))
{
    size_t j = (size_t)h & (t->cap - 1);
    while (t->rep[j] >= 0) {
        if (t->h[j] == h && same(in, t->rep[j], i))
            return t->rep[j];
        j = (j + 1) & (t->cap - 1);
    }
    t->h[j] = h;
    t->rep[j] = i;
    return i;
}

static int same_frame_ctx(const tx_vinst *in, long a, long b)
{
    return frame_equal(&in->ctxs[a], &in->ctxs[b]);
}

static int same_ctx(const tx_vinst *in, long a, long b)
{
    const tx_vctx *x = &in->ctxs[a], *y = &in->ctxs[b];
    return x->frame == y->frame && x->kind == y->kind && x->end == y->end &&
           (x->kind != 2 || x->start == y->start);
}

static int same_unit(const tx_vinst *in, long a, long b)
{
    return tx_u_equal(in, a, b);
}

static int period_key(tx_buf *b, long frame, int kind, int64_t start, int64_t end)
{
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
    tx_buf_printf(b, "%ld %d %lld %lld", frame, kind, (long long)(kind == 2 ? start : 0),
                  (long long)end);
    return b->failed ? -1 : 0;
}

static const tx_vinst *sort_in;

static int key_cmp(const tx_vinst *in, const tx_vfact *a, const tx_vfact *b)
{
    if (a->concept != b->concept)
        return a->concept < b->concept ? -1 : 1;
    if (a->ccls != b->ccls)
        return a->ccls < b->ccls ? -1 : 1;
    if (a->ucls != b->ucls)
        return a->ucls < b->ucls ? -1 : 1;
    (void)in;
    return 0;
}

static int fact_order(const void *pa, const void *pb)
{
    size_t ia = *(const size_t *)pa, ib = *(const size_t *)pb;
    const tx_vfact *a = &sort_in->facts[ia], *b = &sort_in->facts[ib];
    int r = key_cmp(sort_in, a, b);
    if (r)
        return r;
    if (a->parent_id != b->parent_id)
        return a->parent_id < b->parent_id ? -1 : 1;
    return ia < ib ? -1 : ia > ib;
}

size_t tx_vinst_lookup(const tx_vinst *in, const tx_vconcept *k, long ccls, long ucls,
                       size_t *first)
{
    tx_vfact key = {0};
    key.concept = k;
    key.ccls = ccls;
    key.ucls = ucls;
    size_t lo = 0, hi = in->order ? in->nfacts : 0;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (key_cmp(in, &in->facts[in->order[mid]], &key) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t end = lo;
    while (end < (in->order ? in->nfacts : 0) && key_cmp(in, &in->facts[in->order[end]], &key) == 0)
        end++;
    *first = lo;
    return end - lo;
}

long tx_vinst_context(const tx_vinst *in, long frame_of, int kind, int64_t start, int64_t end)
{
    if (frame_of < 0 || in->ctxs[frame_of].frame < 0)
        return -1;
    tx_buf b = {0};
    size_t v = 0;
    int found = period_key(&b, in->ctxs[frame_of].frame, kind, start, end) == 0 &&
                tx_smap_get(&in->period_index, b.data, &v);
    tx_buf_free(&b);
    return found ? (long)v : -1;
}

/* Context frames and classes, unit classes, the sorted fact order. */
static void build_index(reader *c)
{
    tx_vinst *in = c->in;
    rep_table ft = {0}, ct = {0}, ut = {0};
    tx_buf kb = {0};
    if (rep_table_init(&ft, in->nctxs) != 0 || rep_table_init(&ct, in->nctxs) != 0 ||
        rep_table_init(&ut, in->nunits) != 0) {
        c->nomem = 1;
        goto done;
    }
    for (size_t i = 0; i < in->nctxs && !c->nomem; i++) {
        tx_vctx *x = &in->ctxs[i];
        if (!x->scheme || !x->ident || x->kind == 0) {
            x->frame = x->cls = -1;
            continue;
        }
        uint64_t h = mix(mix(1469598103934665603ULL, x->scheme), x->ident);
        h = hash_holder(x->segment, h, &c->nomem);
        h = hash_holder(x->scenario, h, &c->nomem);
        x->frame = rep_table_find(&ft, h, (long)i, in, same_frame_ctx);
        h = (h ^ (uint64_t)x->kind) * 1099511628211ULL;
        h = (h ^ (uint64_t)x->end) * 1099511628211ULL;
        if (x->kind == 2)
            h = (h ^ (uint64_t)x->start) * 1099511628211ULL;
        x->cls = rep_table_find(&ct, h, (long)i, in, same_ctx);
        if (x->cls == (long)i &&
            (period_key(&kb, x->frame, x->kind, x->start, x->end) != 0 ||
             tx_smap_put(&in->period_index, kb.data, i) != 0))
            c->nomem = 1;
    }
    for (size_t i = 0; i < in->nunits; i++) {
        tx_vunit *u = &in->units[i];
        uint64_t h = 1469598103934665603ULL;
        for (size_t k = 0; k < u->nnum; k++)
            h = mix(h, u->num[k]);
        h = mix(h, "/");
        for (size_t k = 0; k < u->nden; k++)
            h = mix(h, u->den[k]);
        u->cls = rep_table_find(&ut, h, (long)i, in, same_unit);
    }
    for (size_t i = 0; i < in->nfacts; i++) {
        tx_vfact *f = &in->facts[i];
        f->ccls = f->ctx >= 0 ? in->ctxs[f->ctx].cls : -1;
        f->ucls = f->unit >= 0 ? in->units[f->unit].cls : -1;
    }
    in->order = malloc((in->nfacts ? in->nfacts : 1) * sizeof *in->order);
    if (!in->order) {
        c->nomem = 1;
        goto done;
    }
    for (size_t i = 0; i < in->nfacts; i++)
        in->order[i] = i;
    sort_in = in;
    tx_sort(in->order, in->nfacts, sizeof *in->order, fact_order);
done:
    tx_buf_free(&kb);
    rep_table_clear(&ft);
    rep_table_clear(&ct);
    rep_table_clear(&ut);
}

void tx_vreport_facts(tx_report *rep, size_t before, const tx_vfact *const *facts, size_t n)
{
    if (tx_report_size(rep) != before + 1)
        return;
    for (size_t i = 0; i < n; i++)
        if (facts[i])
            tx_report_add_fact(rep, facts[i]->concept->key, facts[i]->line);
}

int tx_vfact_decimals(const tx_vfact *f)
{
    if (f->has_dec)
        return f->decimals;
    if (f->has_prec)
        return tx_decimal_infer_decimals(f->value, f->precision);
    return INT_MAX;
}

/* ------------------------------------------------------------ entry */

int tx_vinst_read_contexts(tx_vinst *in, tx_report *rep)
{
    reader c = {in, rep, 0, 0};
    xmlNodePtr root = xmlDocGetRootElement(in->doc);
    for (xmlNodePtr n = root->children; n && !c.nomem; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (tx_is_elem(n, TX_NS_XBRLI, "context"))
            read_context(&c, n);
        else if (tx_is_elem(n, TX_NS_XBRLI, "unit"))
            read_unit(&c, n);
    }
    return c.nomem ? -1 : 0;
}

tx_status tx_vinst_read_facts(tx_vinst *in, tx_report *rep)
{
    reader c = {in, rep, 0, 0};
    in->present = calloc(in->dts->nconcepts ? in->dts->nconcepts : 1, 1);
    if (!in->present)
        return TX_ENOMEM;
    read_facts(&c, xmlDocGetRootElement(in->doc), 0);
    if (!c.nomem)
        build_index(&c);
    return c.nomem ? TX_ENOMEM : TX_OK;
}

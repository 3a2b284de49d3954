/* xbrlread.c - any XBRL 2.1 instance into a tx_factset; the tx_instance API. */
#include "xbrl/xbrlread.h"
#include "xbrl/ixbrlread.h"

#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#include "xbrl/lexical.h"
#include "xbrl/offline.h"
#include "xbrl/vocab.h"
#include "xbrl/xml.h"
#include "base/hashmap.h"
#include "base/util.h"

/* ------------------------------------------------------------ state */

typedef struct ctx_entry {
    char *id;
    long entity;
    tx_period period;
    tx_dim *dims;
    size_t ndims;
} ctx_entry;

typedef struct unit_entry {
    char *id;
    tx_unit_kind kind;
    char *text;                 /* TX_UNIT_OTHER only */
} unit_entry;

typedef struct rctx {
    tx_factset *fs;
    tx_report *rep;
    const char *name;
    ctx_entry *ctxs;
    size_t nctx, capctx;
    unit_entry *units;
    size_t nunits, capunits;
    int nomem;
    tx_smap fact_ids;   /* id attribute -> fact index, for footnote links */
    int too_many;       /* xbrl.fact-limit reported */
    size_t errors;
} rctx;

/* An error at n's line, counted. */
#define ERROR_AT(r, n, code, ...) \
    ((r)->errors++, tx_xml_report((r)->rep, TX_ERROR, (r)->name, n, code, __VA_ARGS__))

static void rctx_clear(rctx *r)
{
    for (size_t i = 0; i < r->nctx; i++) {
        free(r->ctxs[i].id);
        for (size_t k = 0; k < r->ctxs[i].ndims; k++) {
            free(r->ctxs[i].dims[k].axis);
            free(r->ctxs[i].dims[k].member);
        }
        free(r->ctxs[i].dims);
    }
    free(r->ctxs);
    for (size_t i = 0; i < r->nunits; i++) {
        free(r->units[i].id);
        free(r->units[i].text);
    }
    free(r->units);
    tx_smap_clear(&r->fact_ids);
}

/* ------------------------------------------------------------ helpers */

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/* The node's text content with XML white space trimmed (owned). */
static char *trimmed_content(xmlNodePtr n)
{
    xmlChar *c = xmlNodeGetContent(n);
    if (!c)
        return tx_strdup("");
    const char *s = (const char *)c;
    while (is_space(*s))
        s++;
    size_t len = strlen(s);
    while (len > 0 && is_space(s[len - 1]))
        len--;
    char *r = tx_strndup(s, len);
    xmlFree(c);
    return r;
}

static char *attr(xmlNodePtr n, const char *name)
{
    xmlChar *v = xmlGetNoNsProp(n, (const xmlChar *)name);
    if (!v)
        return NULL;
    char *r = tx_strdup((const char *)v);
    xmlFree(v);
    return r;
}

static char *trim_dup(const char *s)
{
    while (is_space(*s))
        s++;
    size_t len = strlen(s);
    while (len > 0 && is_space(s[len - 1]))
        len--;
    return tx_strndup(s, len);
}

/* ------------------------------------------------------------ prefixes */

static const char *bound_prefix(const tx_factset *fs, const char *uri)
{
    for (size_t i = 0; i < fs->nns; i++)
        if (strcmp(fs->ns[i].uri, uri) == 0)
            return fs->ns[i].prefix;
    return NULL;
}

static int prefix_taken(const tx_factset *fs, const char *prefix)
{
    for (size_t i = 0; i < fs->nns; i++)
        if (strcmp(fs->ns[i].prefix, prefix) == 0)
            return 1;
    return 0;
}

/* Our prefix for a namespace: the document's own unless it is taken. */
static const char *prefix_for(rctx *r, const char *uri, const char *doc_prefix)
{
    const char *p = bound_prefix(r->fs, uri);
    if (p)
        return p;
    const char *want = strcmp(uri, TX_NS_ISO4217) == 0 ? "iso4217"
                       : strcmp(uri, TX_NS_XBRLI) == 0 ? "xbrli"
                       : doc_prefix && *doc_prefix     ? doc_prefix
                                                       : NULL;
    for (int k = 1; k < 100000; k++) {
        tx_buf b = {0};
        if (!want)
            tx_buf_printf(&b, "ns%d", k);
        else if (k == 1)
            tx_buf_puts(&b, want);
        else
            tx_buf_printf(&b, "%s_%d", want, k);
        char *cand = tx_buf_take(&b);
        if (!cand)
            break;
        if (!prefix_taken(r->fs, cand)) {
            int ok = tx_factset_bind(r->fs, cand, uri) == 0;
            free(cand);
            return ok ? bound_prefix(r->fs, uri) : NULL;
        }
        free(cand);
    }
    r->nomem = 1;
    return NULL;
}

static char *qname_of(rctx *r, const char *uri, const char *doc_prefix, const char *local)
{
    if (!uri)
        return tx_strdup(local);
    const char *p = prefix_for(r, uri, doc_prefix);
    if (!p)
        return NULL;
    tx_buf b = {0};
    tx_buf_printf(&b, "%s:%s", p, local);
    return tx_buf_take(&b);
}

/* A QName written in content or an attribute value, resolved in scope of n.
 * Sets *bad when the prefix is not declared. */
static char *resolve_qname(rctx *r, xmlNodePtr n, const char *text, int *bad)
{
    char *q = trim_dup(text);
    if (!q)
        return NULL;
    char *colon = strchr(q, ':');
    const char *local = colon ? colon + 1 : q;
    if (colon)
        *colon = '\0';
    xmlNsPtr ns = xmlSearchNs(n->doc, n, colon ? (const xmlChar *)q : NULL);
    if (!*local || (colon && !ns)) {
        *bad = 1;
        free(q);
        return NULL;
    }
    char *res = qname_of(r, ns ? (const char *)ns->href : NULL,
                         ns && ns->prefix ? (const char *)ns->prefix : NULL, local);
    free(q);
    if (!res)
        r->nomem = 1;
    return res;
}

/* ------------------------------------------------------------ periods */

/* Reads a period element's date child; `end` selects end-of-day semantics. */
static int read_date(rctx *r, xmlNodePtr n, int end, tx_date *out)
{
    char *text = trimmed_content(n);
    if (!text) {
        r->nomem = 1;
        return -1;
    }
    int has_time = 0, midnight = 1;
    if (tx_lex_date(text, out, &has_time, &midnight) != 0) {
        ERROR_AT(r, n, "xbrl.bad-period", "'%s' is not a date or dateTime", text);
        free(text);
        return -1;
    }
    if (has_time && !midnight)
        tx_xml_report(r->rep, TX_WARNING, r->name, n, "xbrl.period-time",
                      "the time of day in '%s' is dropped", text);
    if (end && has_time && midnight == 1)
        *out = tx_date_add_days(*out, -1);   /* T00:00:00 ends the day before */
    free(text);
    return 0;
}

static void read_period(rctx *r, xmlNodePtr per, tx_period *p)
{
    memset(p, 0, sizeof *p);
    xmlNodePtr start = NULL, end = NULL, instant = NULL, forever = NULL;
    for (xmlNodePtr c = per->children; c; c = c->next) {
        if (tx_is_elem(c, TX_NS_XBRLI, "startDate"))
            start = c;
        else if (tx_is_elem(c, TX_NS_XBRLI, "endDate"))
            end = c;
        else if (tx_is_elem(c, TX_NS_XBRLI, "instant"))
            instant = c;
        else if (tx_is_elem(c, TX_NS_XBRLI, "forever"))
            forever = c;
    }
    if (instant) {
        if (read_date(r, instant, 1, &p->end) == 0)
            p->kind = TX_PERIOD_INSTANT;
    } else if (start && end) {
        if (read_date(r, start, 0, &p->start) == 0 && read_date(r, end, 1, &p->end) == 0)
            p->kind = TX_PERIOD_DURATION;
    } else if (!forever) {
        ERROR_AT(r, per, "xbrl.bad-period", "a period without instant, startDate/endDate or forever");
    }
}

/* ------------------------------------------------------------ contexts */

static int add_dim(rctx *r, ctx_entry *c, size_t *cap, char *axis, char *member)
{
    if (!axis || !member ||
        tx_grow((void **)&c->dims, cap, c->ndims + 1, sizeof *c->dims) != 0) {
        free(axis);
        free(member);
        r->nomem = 1;
        return -1;
    }
    c->dims[c->ndims++] = (tx_dim){axis, member};
    return 0;
}

static void read_dims(rctx *r, xmlNodePtr holder, ctx_entry *c, size_t *cap)
{
    for (xmlNodePtr m = holder->children; m && !r->nomem; m = m->next) {
        int explicit_dim = tx_is_elem(m, TX_NS_XBRLDI, "explicitMember");
        if (!explicit_dim && !tx_is_elem(m, TX_NS_XBRLDI, "typedMember"))
            continue;
        char *dim = attr(m, "dimension");
        int bad = 0;
        char *axis = dim ? resolve_qname(r, m, dim, &bad) : NULL;
        char *member = NULL;
        if (axis && explicit_dim) {
            char *text = trimmed_content(m);
            member = text ? resolve_qname(r, m, text, &bad) : NULL;
            free(text);
        } else if (axis) {
            member = trimmed_content(m);
        }
        if (!dim || bad)
            ERROR_AT(r, m, "xbrl.bad-qname", "dimension member with a bad or undeclared QName (dimension '%s')",
                     dim ? dim : "");
        free(dim);
        if (axis && member)
            add_dim(r, c, cap, axis, member);
        else {
            free(axis);
            free(member);
        }
    }
}

static void read_context(rctx *r, xmlNodePtr n)
{
    if (tx_grow((void **)&r->ctxs, &r->capctx, r->nctx + 1, sizeof *r->ctxs) != 0) {
        r->nomem = 1;
        return;
    }
    ctx_entry *c = &r->ctxs[r->nctx];
    memset(c, 0, sizeof *c);
    c->id = attr(n, "id");
    if (!c->id)
        return;   /* unreachable by any fact */
    r->nctx++;
    size_t cap = 0;
    char *scheme = NULL, *ident = NULL;
    for (xmlNodePtr e = n->children; e; e = e->next) {
        if (tx_is_elem(e, TX_NS_XBRLI, "entity")) {
            for (xmlNodePtr k = e->children; k; k = k->next) {
                if (tx_is_elem(k, TX_NS_XBRLI, "identifier") && !ident) {
                    scheme = attr(k, "scheme");
                    ident = trimmed_content(k);
                } else if (tx_is_elem(k, TX_NS_XBRLI, "segment")) {
                    read_dims(r, k, c, &cap);
                }
            }
        } else if (tx_is_elem(e, TX_NS_XBRLI, "period")) {
            read_period(r, e, &c->period);
        } else if (tx_is_elem(e, TX_NS_XBRLI, "scenario")) {
            read_dims(r, e, c, &cap);
        }
    }
    c->entity = tx_factset_entity(r->fs, NULL, scheme ? scheme : "", ident ? ident : "");
    if (c->entity < 0)
        r->nomem = 1;
    free(scheme);
    free(ident);
}

/* ------------------------------------------------------------ units */

static int str_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The measures under `n` as "a*b" (sorted), or NULL. */
static char *measures_text(rctx *r, xmlNodePtr n, size_t *count)
{
    char **ms = NULL;
    size_t nm = 0, cap = 0;
    for (xmlNodePtr m = n->children; m && !r->nomem; m = m->next) {
        if (!tx_is_elem(m, TX_NS_XBRLI, "measure"))
            continue;
        char *text = trimmed_content(m);
        int bad = 0;
        char *q = text ? resolve_qname(r, m, text, &bad) : NULL;
        if (bad)
            ERROR_AT(r, m, "xbrl.bad-qname", "measure '%s' has an undeclared prefix", text ? text : "");
        free(text);
        if (!q)
            continue;
        if (tx_grow((void **)&ms, &cap, nm + 1, sizeof *ms) != 0) {
            free(q);
            r->nomem = 1;
            break;
        }
        ms[nm++] = q;
    }
    if (nm > 1)
        tx_sort(ms, nm, sizeof *ms, str_cmp);
    tx_buf b = {0};
    for (size_t i = 0; i < nm; i++) {
        if (i)
            tx_buf_putc(&b, '*');
        tx_buf_puts(&b, ms[i]);
        free(ms[i]);
    }
    free(ms);
    *count = nm;
    char *s = tx_buf_take(&b);
    if (!s)
        r->nomem = 1;
    return s;
}

static char *unit_text_of(rctx *r, xmlNodePtr n)
{
    size_t count = 0;
    for (xmlNodePtr d = n->children; d; d = d->next) {
        if (!tx_is_elem(d, TX_NS_XBRLI, "divide"))
            continue;
        char *num = NULL, *den = NULL;
        for (xmlNodePtr k = d->children; k; k = k->next) {
            if (tx_is_elem(k, TX_NS_XBRLI, "unitNumerator") && !num)
                num = measures_text(r, k, &count);
            else if (tx_is_elem(k, TX_NS_XBRLI, "unitDenominator") && !den)
                den = measures_text(r, k, &count);
        }
        tx_buf b = {0};
        tx_buf_printf(&b, "%s/%s", num ? num : "", den ? den : "");
        free(num);
        free(den);
        char *s = tx_buf_take(&b);
        if (!s)
            r->nomem = 1;
        return s;
    }
    return measures_text(r, n, &count);
}

/* 1 unless `prefix` is bound to another namespace than `uri`. */
static int prefix_is(const tx_factset *fs, const char *prefix, const char *uri)
{
    for (size_t i = 0; i < fs->nns; i++)
        if (strcmp(fs->ns[i].prefix, prefix) == 0)
            return strcmp(fs->ns[i].uri, uri) == 0;
    return 1;
}

static void read_unit(rctx *r, xmlNodePtr n)
{
    if (tx_grow((void **)&r->units, &r->capunits, r->nunits + 1, sizeof *r->units) != 0) {
        r->nomem = 1;
        return;
    }
    unit_entry u = {attr(n, "id"), TX_UNIT_OTHER, NULL};
    if (!u.id)
        return;
    char *text = unit_text_of(r, n);
    if (!text) {
        free(u.id);
        return;
    }
    static const struct { const char *text; tx_unit_kind kind; } known[] = {
        {"iso4217:USD", TX_UNIT_USD}, {"xbrli:shares", TX_UNIT_SHARES},
        {"iso4217:USD/xbrli:shares", TX_UNIT_USD_PER_SHARE}, {"xbrli:pure", TX_UNIT_PURE},
    };
    int canonical = prefix_is(r->fs, "iso4217", TX_NS_ISO4217) &&
                    prefix_is(r->fs, "xbrli", TX_NS_XBRLI);
    for (size_t i = 0; canonical && i < sizeof known / sizeof known[0]; i++)
        if (strcmp(text, known[i].text) == 0)
            u.kind = known[i].kind;
    if (u.kind == TX_UNIT_OTHER)
        u.text = text;
    else
        free(text);
    r->units[r->nunits++] = u;
}

/* ------------------------------------------------------------ lookups */

static int ctx_cmp(const void *a, const void *b)
{
    return strcmp(((const ctx_entry *)a)->id, ((const ctx_entry *)b)->id);
}

static int unit_cmp(const void *a, const void *b)
{
    return strcmp(((const unit_entry *)a)->id, ((const unit_entry *)b)->id);
}

static const ctx_entry *find_ctx(const rctx *r, const char *id)
{
    ctx_entry key = {0};
    key.id = (char *)id;
    return r->nctx ? bsearch(&key, r->ctxs, r->nctx, sizeof *r->ctxs, ctx_cmp) : NULL;
}

static const unit_entry *find_unit(const rctx *r, const char *id)
{
    unit_entry key = {0};
    key.id = (char *)id;
    return r->nunits ? bsearch(&key, r->units, r->nunits, sizeof *r->units, unit_cmp) : NULL;
}

/* ------------------------------------------------------------ values */

static void set_numeric_value(rctx *r, xmlNodePtr n, tx_fact *f)
{
    xmlNodePtr num = NULL, den = NULL;
    for (xmlNodePtr c = n->children; c; c = c->next) {
        if (tx_is_elem(c, TX_NS_XBRLI, "numerator"))
            num = c;
        else if (tx_is_elem(c, TX_NS_XBRLI, "denominator"))
            den = c;
    }
    if (num && den) {       /* fractionItemType */
        char *a = trimmed_content(num), *b = trimmed_content(den);
        tx_buf t = {0};
        tx_buf_printf(&t, "%s/%s", a ? a : "", b ? b : "");
        free(a);
        free(b);
        if (!(f->text = tx_buf_take(&t)))
            r->nomem = 1;
        return;
    }
    char *raw = trimmed_content(n);
    if (!raw) {
        r->nomem = 1;
        return;
    }
    int rc = tx_decimal_parse_xsd(raw, strlen(raw), &f->value);
    if (rc == 0) {
        free(raw);
        return;
    }
    /* not a tx_decimal: the text as written is the value printed */
    if (rc == TX_DECIMAL_ELIMIT)
        tx_xml_report(r->rep, TX_WARNING, r->name, n, "xbrl.value-limit",
                      "numeric fact %s has the value '%s', beyond the %d significant digits "
                      "txbrl holds exactly (or an exponent beyond %d): printed as written",
                      f->concept, raw, TX_DECIMAL_DIGITS, TX_DECIMAL_XSD_EXP_MAX);
    else if (strcmp(raw, "INF") != 0 && strcmp(raw, "-INF") != 0 && strcmp(raw, "NaN") != 0)
        ERROR_AT(r, n, "xbrl.bad-value", "numeric fact %s has the value '%s', not a number",
                 f->concept, raw);
    f->text = raw;
}

static int read_decimals(rctx *r, xmlNodePtr n, const char *concept)
{
    char *d = attr(n, "decimals");
    char *p = d ? NULL : attr(n, "precision");
    int dec = TX_DECIMALS_NONE;
    char *v = d ? trim_dup(d) : p ? trim_dup(p) : NULL;
    if (v && strcmp(v, "INF") == 0) {
        dec = TX_DECIMALS_INF;
    } else if (v && d) {
        char *end;
        long x = strtol(v, &end, 10);
        if (*v && !*end && x > -100000 && x < 100000)
            dec = (int)x;
        else
            ERROR_AT(r, n, "xbrl.bad-decimals", "fact %s has decimals='%s'", concept, v);
    }
    free(v);
    free(d);
    free(p);
    return dec;
}

/* ------------------------------------------------------------ facts */

static int copy_dims(const ctx_entry *c, tx_fact *f)
{
    if (!c->ndims)
        return 0;
    f->dims = calloc(c->ndims, sizeof *f->dims);
    if (!f->dims)
        return -1;
    f->ndims = c->ndims;
    for (size_t i = 0; i < c->ndims; i++) {
        f->dims[i].axis = tx_strdup(c->dims[i].axis);
        f->dims[i].member = tx_strdup(c->dims[i].member);
        if (!f->dims[i].axis || !f->dims[i].member)
            return -1;
    }
    return 0;
}

static void fill_fact(rctx *r, xmlNodePtr n, const ctx_entry *c, const char *unit_ref, tx_fact *f)
{
    f->entity = (size_t)c->entity;
    f->period = c->period;
    f->src_line = xmlGetLineNo(n);
    if (copy_dims(c, f) != 0) {
        r->nomem = 1;
        return;
    }
    f->nil = tx_xsi_nil(n);
    if (unit_ref) {
        f->numeric = 1;
        const unit_entry *u = find_unit(r, unit_ref);
        f->unit = u ? u->kind : TX_UNIT_OTHER;
        if (!u)
            ERROR_AT(r, n, "xbrl.missing-unit", "fact %s refers to the unit '%s', which does not exist",
                     f->concept, unit_ref);
        else if (u->kind == TX_UNIT_OTHER && !(f->unit_text = tx_strdup(u->text)))
            r->nomem = 1;
        f->decimals = read_decimals(r, n, f->concept);
        if (!f->nil)
            set_numeric_value(r, n, f);
    } else {
        f->decimals = TX_DECIMALS_NONE;
        if (!f->nil) {
            xmlChar *t = xmlNodeGetContent(n);
            f->text = tx_strdup(t ? (const char *)t : "");
            xmlFree(t);
            if (!f->text)
                r->nomem = 1;
        }
    }
}

static void read_item(rctx *r, xmlNodePtr n, const char *ctx_ref)
{
    tx_fact f = {0};
    f.concept = qname_of(r, n->ns ? (const char *)n->ns->href : NULL,
                         n->ns && n->ns->prefix ? (const char *)n->ns->prefix : NULL,
                         (const char *)n->name);
    if (!f.concept) {
        r->nomem = 1;
        return;
    }
    char *ref = trim_dup(ctx_ref);
    const ctx_entry *c = ref ? find_ctx(r, ref) : NULL;
    if (!c) {
        if (ref)
            ERROR_AT(r, n, "xbrl.missing-context",
                     "fact %s refers to the context '%s', which does not exist", f.concept, ref);
        else
            r->nomem = 1;
        free(ref);
        free(f.concept);
        return;
    }
    free(ref);
    char *unit_ref = attr(n, "unitRef");
    char *uref = unit_ref ? trim_dup(unit_ref) : NULL;
    free(unit_ref);
    fill_fact(r, n, c, uref, &f);
    free(uref);
    if (r->nomem || tx_factset_add(r->fs, &f) != 0) {
        r->nomem = 1;
        tx_fact_clear(&f);
        return;
    }
    char *id = attr(n, "id");
    if (id && tx_smap_put(&r->fact_ids, id, r->fs->nfacts - 1) != 0)
        r->nomem = 1;
    free(id);
}

static void read_items(rctx *r, xmlNodePtr parent)
{
    for (xmlNodePtr n = parent->children; n && !r->nomem; n = n->next) {
        if (n->type != XML_ELEMENT_NODE || tx_in_ns(n, TX_NS_XBRLI) || tx_in_ns(n, TX_NS_LINK))
            continue;
        if (r->too_many)
            return;
        char *ctx_ref = attr(n, "contextRef");
        if (ctx_ref && r->fs->nfacts >= TX_MAX_FACTS) {
            ERROR_AT(r, n, "xbrl.fact-limit",
                     "more than %d facts: the facts from here on are not read", TX_MAX_FACTS);
            r->too_many = 1;
        } else if (ctx_ref)
            read_item(r, n, ctx_ref);
        else
            read_items(r, n);   /* a tuple */
        free(ctx_ref);
    }
}

/* ------------------------------------------------------------ driver */

static void read_schema_refs(rctx *r, xmlNodePtr root)
{
    for (xmlNodePtr n = root->children; n && !r->nomem; n = n->next) {
        if (!tx_is_elem(n, TX_NS_LINK, "schemaRef"))
            continue;
        xmlChar *h = xmlGetNsProp(n, (const xmlChar *)"href", (const xmlChar *)TX_NS_XLINK);
        if (!h)
            continue;
        tx_factset *fs = r->fs;
        size_t cap = fs->nschema_refs;   /* exact-size growth: rare and small */
        char *s = tx_strdup((const char *)h);
        xmlFree(h);
        if (!s || tx_grow((void **)&fs->schema_refs, &cap, fs->nschema_refs + 1,
                          sizeof *fs->schema_refs) != 0) {
            free(s);
            r->nomem = 1;
            return;
        }
        fs->schema_refs[fs->nschema_refs++] = s;
    }
}

/* The footnotes of the instance's footnote links (link:footnote resources
 * linked by fact-footnote arcs from locators of its facts), each with the
 * facts it applies to, in document order; a footnote no fact points to is
 * not read. */
static void read_footnote_link(rctx *r, xmlNodePtr link)
{
    size_t cap = 0, n = 0;
    size_t *facts = NULL;
    for (xmlNodePtr fn = link->children; fn && !r->nomem; fn = fn->next) {
        if (!tx_is_elem(fn, TX_NS_LINK, "footnote"))
            continue;
        xmlChar *label = xmlGetNsProp(fn, (const xmlChar *)"label", (const xmlChar *)TX_NS_XLINK);
        n = 0;
        for (xmlNodePtr a = link->children; a && label && !r->nomem; a = a->next) {
            if (!tx_is_elem(a, TX_NS_LINK, "footnoteArc"))
                continue;
            xmlChar *to = xmlGetNsProp(a, (const xmlChar *)"to", (const xmlChar *)TX_NS_XLINK);
            xmlChar *from = xmlGetNsProp(a, (const xmlChar *)"from", (const xmlChar *)TX_NS_XLINK);
            xmlChar *role = xmlGetNsProp(a, (const xmlChar *)"arcrole", (const xmlChar *)TX_NS_XLINK);
            int mine = to && from && role && xmlStrEqual(to, label) &&
                       xmlStrEqual(role, (const xmlChar *)TX_ARCROLE_FACT_FOOTNOTE);
            for (xmlNodePtr l = link->children; mine && l && !r->nomem; l = l->next) {
                if (!tx_is_elem(l, TX_NS_LINK, "loc"))
                    continue;
                xmlChar *ll = xmlGetNsProp(l, (const xmlChar *)"label", (const xmlChar *)TX_NS_XLINK);
                xmlChar *href = xmlGetNsProp(l, (const xmlChar *)"href", (const xmlChar *)TX_NS_XLINK);
                const char *hash = href ? strchr((const char *)href, '#') : NULL;
                size_t idx;
                if (ll && hash && xmlStrEqual(ll, from) && tx_smap_get(&r->fact_ids, hash + 1, &idx)) {
                    if (tx_grow((void **)&facts, &cap, n + 1, sizeof *facts) != 0)
                        r->nomem = 1;
                    else
                        facts[n++] = idx;
                }
                xmlFree(ll);
                xmlFree(href);
            }
            xmlFree(to);
            xmlFree(from);
            xmlFree(role);
        }
        xmlFree(label);
        if (n > 0 && !r->nomem) {
            char *text = trimmed_content(fn);
            if (!text || tx_factset_add_footnote(r->fs, text, "", facts, n) != 0)
                r->nomem = 1;
            free(text);
        }
    }
    free(facts);
}

static void read_footnotes(rctx *r, xmlNodePtr root)
{
    for (xmlNodePtr n = root->children; n && !r->nomem; n = n->next)
        if (tx_is_elem(n, TX_NS_LINK, "footnoteLink"))
            read_footnote_link(r, n);
}

static void read_document(rctx *r, xmlNodePtr root)
{
    read_schema_refs(r, root);
    for (xmlNodePtr n = root->children; n && !r->nomem; n = n->next) {
        if (tx_is_elem(n, TX_NS_XBRLI, "context"))
            read_context(r, n);
        else if (tx_is_elem(n, TX_NS_XBRLI, "unit"))
            read_unit(r, n);
    }
    if (r->nomem)
        return;
    if (r->nctx > 1)
        tx_sort(r->ctxs, r->nctx, sizeof *r->ctxs, ctx_cmp);
    if (r->nunits > 1)
        tx_sort(r->units, r->nunits, sizeof *r->units, unit_cmp);
    read_items(r, root);
    read_footnotes(r, root);
}

static char *stem_of_path(const char *path)
{
    const char *b = strrchr(path, '/');
    b = b ? b + 1 : path;
    const char *dot = strrchr(b, '.');
    return tx_strndup(b, dot && dot != b ? (size_t)(dot - b) : strlen(b));
}

static tx_status read_doc(xmlDocPtr doc, const char *path, tx_report *rep, tx_factset **out)
{
    xmlNodePtr root = xmlDocGetRootElement(doc);
    if (!root || !tx_is_elem(root, TX_NS_XBRLI, "xbrl")) {
        tx_xml_report(rep, TX_ERROR, path, root, "xbrl.not-instance",
                      "the root element is not xbrli:xbrl (namespace %s)", TX_NS_XBRLI);
        return TX_EINPUT;
    }
    char *stem = stem_of_path(path);
    rctx r = {0};
    r.rep = rep;
    r.name = path;
    r.fs = stem ? tx_factset_new(path, stem) : NULL;
    free(stem);
    if (!r.fs)
        return TX_ENOMEM;
    read_document(&r, root);
    rctx_clear(&r);
    if (r.nomem) {
        tx_factset_free(r.fs);
        return TX_ENOMEM;
    }
    *out = r.fs;
    return r.errors ? TX_EINPUT : TX_OK;
}

tx_status tx_xbrl_read(const char *path, const char *catalog, tx_report *rep, tx_factset **out)
{
    *out = NULL;
    if (!path)
        return TX_EUSAGE;
    tx_offline *o = NULL;
    tx_status st = tx_offline_open(catalog, path, rep, &o);
    if (st != TX_OK)
        return st;
    xmlDocPtr doc = NULL;
    st = tx_offline_parse(o, path, path, rep, &doc);
    if (st == TX_OK && tx_ixbrl_detect(doc))      /* Inline XBRL: ixbrlread.c */
        st = tx_ixbrl_to_instance(&doc, path, rep);
    if (st == TX_OK)
        st = read_doc(doc, path, rep, out);
    xmlFreeDoc(doc);
    tx_offline_close(o);
    return st;
}

/* ------------------------------------------------------------ public API */

tx_status tx_instance_read_file(const char *path, const char *catalog, tx_report *rep,
                                tx_instance **out)
{
    if (!out)
        return TX_EUSAGE;
    *out = NULL;
    tx_factset *fs = NULL;
    tx_status st = tx_xbrl_read(path, catalog, rep, &fs);
    if (!fs)
        return st;
    tx_instance *inst = calloc(1, sizeof *inst);
    if (!inst) {
        tx_factset_free(fs);
        return TX_ENOMEM;
    }
    inst->fs = fs;
    *out = inst;
    return st;
}

void tx_instance_free(tx_instance *inst)
{
    if (!inst)
        return;
    tx_factset_free(inst->fs);
    free(inst);
}

size_t tx_instance_fact_count(const tx_instance *inst) { return inst ? inst->fs->nfacts : 0; }

const tx_factset *tx_instance_factset(const tx_instance *inst) { return inst ? inst->fs : NULL; }

tx_status tx_instance_write_facts(const tx_instance *inst, FILE *out, tx_format fmt)
{
    if (!inst || !out)
        return TX_EUSAGE;
    if (fmt == TX_FORMAT_CSV)
        return tx_facts_write_csv(inst->fs, out);
    if (fmt == TX_FORMAT_JSON)
        return tx_facts_write_json(inst->fs, out);
    return TX_EUSAGE;
}

tx_status tx_instance_fact(const tx_instance *inst, size_t i, tx_fact_view *view)
{
    if (!inst || !view || i >= inst->fs->nfacts)
        return TX_EUSAGE;
    const tx_factset *fs = inst->fs;
    const tx_fact *f = &fs->facts[i];
    memset(view, 0, sizeof *view);
    view->concept = f->concept;
    const tx_entity *e = f->entity < fs->nentities ? &fs->entities[f->entity] : NULL;
    view->entity_scheme = e && e->scheme ? e->scheme : "";
    view->entity_id = e && e->identifier ? e->identifier : "";
    if (f->period.kind == TX_PERIOD_DURATION)
        tx_date_format(f->period.start, view->start);
    if (f->period.kind != TX_PERIOD_NONE)
        tx_date_format(f->period.end, view->end);
    view->ndims = f->ndims;
    view->numeric = f->numeric;
    view->nil = f->nil;
    view->unit = tx_unit_text(f);
    tx_fact_decimals_text(f, view->decimals);
    view->line = f->src_line;
    if (f->text || f->nil || !f->numeric) {
        view->value = f->nil ? "" : f->text ? f->text : "";
        return TX_OK;
    }
    int len = tx_fact_value_text(f, view->number, sizeof view->number);
    if (len < 0 || (size_t)len >= sizeof view->number) {
        view->number[0] = '\0';
        view->value = view->number;
        return TX_ENOMEM;
    }
    view->value = view->number;
    return TX_OK;
}

const char *tx_instance_fact_dim(const tx_instance *inst, size_t i, size_t k,
                                 const char **member)
{
    if (!inst || i >= inst->fs->nfacts || k >= inst->fs->facts[i].ndims)
        return NULL;
    const tx_dim *d = &inst->fs->facts[i].dims[k];
    if (member)
        *member = d->member;
    return d->axis;
}

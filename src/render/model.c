/* model.c - the presentation model of a rendition: instance + DTS ->
 * tables, columns, rows and cells (model.h). */
#include "config.h"

#include "render/model.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/hashmap.h"
#include "base/report.h"
#include "base/util.h"
#include "render/walk.h"
#include "xbrl/offline.h"
#include "xbrl/vocab.h"
#include "xbrl/xml.h"


enum { K_TEXT = 0, K_MONEY, K_SHARES, K_PERSHARE, K_OTHER };

/* ------------------------------------------------------------ instance */

typedef struct mdim {
    long axis, member;        /* concept indexes (member -1: typed) */
} mdim;

typedef struct mctx {
    char *id, *entity, *scheme;
    int instant, forever;
    char start[11], end[11];  /* instant: end */
    mdim *dims;
    size_t ndims;
    char *dimtext;            /* "Axis label: Member label; ..." (lazy) */
} mctx;

typedef struct munit {
    char *id;
    int kind;
    char *name;               /* "USD", "shares", "USD per share" */
} munit;

typedef struct mfact {
    xmlNodePtr node;
    char *id;
    char *qname;              /* as the instance names it */
    long concept;
    long ctx, unit;
    char *value;
    int nil, kind;
    char *dec;                /* decimals attribute, NULL when none */
    long line;
    int home;                 /* shown in a table's cell */
    long tab;                 /* the table of its home cell, -1 */
    size_t hrow, hcol;        /* and its row and column */
    size_t ent;               /* entity index */
} mfact;

typedef struct mfoot {
    char *id, *mk, *text;
    int printed;
    size_t *facts;
    size_t nfacts;
    long tab;                 /* the table it is shown under, -1 */
    char at;                  /* 't' title, 'c' columns, 'r' rows */
} mfoot;

typedef struct mentity {
    char *id, *scheme;
    char *name;               /* EntityRegistrantName, or NULL */
} mentity;

/* ------------------------------------------------------------ tables */

typedef struct mcell {
    size_t fact;
    int echo;
} mcell;

typedef struct mrow {
    long concept;             /* -1: heading of an abstract */
    int depth, heading;
    const char *pref;         /* preferred label role, or NULL */
    char *label;
    int occ;                  /* occurrence of its concept in the table */
    long *cells;              /* per column: fact index or -1 */
    int cls;                  /* 1 subtotal, 2 grand total */
} mrow;

typedef struct mcol {
    char *key;                /* period key + column members + unit kind */
    char pk[32];              /* "D:s:e" / "I:d" / "" (periods in rows) */
    int instant;
    char start[11], end[11];
    long *members;            /* per column axis: member or -1 */
    int kind;                 /* unit kind when the members split by it, else -1 */
    size_t first;             /* first fact (document order) */
    int sscale;               /* shares scale of the column */
} mcol;

typedef struct mtable {
    const char *role;
    char *title;
    char *kind;
    size_t ent;
    mrow *rows;
    size_t nrows;
    mcol *cols;
    size_t ncols;
    long *axes;               /* the role's axes */
    long **members;           /* per axis: its members, presentation order */
    size_t *nmembers;
    int *dflt_ok;             /* per axis: facts without it belong here */
    int *colaxis;             /* per axis: 1 column axis, 2 row axis */
    size_t naxes;
    int period_rows;
    int ms, ss;               /* money and shares scale */
    int nongaap;
    int secondary;            /* another entity's printed table (see owners) */
} mtable;

typedef struct model {
    tx_rdts d;                /* what the rendition needs of the DTS (walk.h) */
    xmlDocPtr inst;
    mctx *ctxs;
    size_t nctxs;
    tx_smap ctx_index;
    munit *units;
    size_t nunits;
    tx_smap unit_index;
    mfact *facts;
    size_t nfacts;
    tx_smap fact_index;
    mfoot *foots;
    size_t nfoots;
    mentity *ents;
    size_t nents;
    long *concept_facts_first;/* per concept: first fact, chained by fact_next */
    long *fact_next;
    mtable *tabs;
    size_t ntabs;
    int oom;
} model;

static void *xcalloc(model *m, size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size);
    if (!p)
        m->oom = 1;
    return p;
}

static char *xstrdup(model *m, const char *s)
{
    char *p = tx_strdup(s ? s : "");
    if (!p)
        m->oom = 1;
    return p;
}

static int grow(model *m, void **arr, size_t *cap, size_t need, size_t size)
{
    if (tx_grow(arr, cap, need, size) != 0) {
        m->oom = 1;
        return -1;
    }
    return 0;
}


/* The next node of the subtree of `top` in document order, or NULL. */
static xmlNodePtr next_in(xmlNodePtr n, xmlNodePtr top)
{
    if (n->children && n->type == XML_ELEMENT_NODE)
        return n->children;
    while (n && n != top && !n->next)
        n = n->parent;
    return n && n != top ? n->next : NULL;
}

/* ------------------------------------------------------------ reading */

static long concept_of_qname(model *m, xmlNodePtr n, const char *qname)
{
    char *key = tx_qname_key(n, qname);
    long r = tx_rdts_concept(&m->d, key);
    free(key);
    return r;
}

static void copy_date(char *dst, const char *s)
{
    size_t n = 0;
    while (s && s[n] && n < 10)
        n++;
    memcpy(dst, s ? s : "", n);
    dst[n] = '\0';
}

static int dim_cmp(const void *a, const void *b)
{
    const mdim *x = a, *y = b;
    return (x->axis > y->axis) - (x->axis < y->axis);
}

static void read_context(model *m, xmlNodePtr c)
{
    size_t cap = m->nctxs;
    if (grow(m, (void **)&m->ctxs, &cap, m->nctxs + 1, sizeof *m->ctxs) != 0)
        return;
    mctx *x = &m->ctxs[m->nctxs];
    memset(x, 0, sizeof *x);
    x->id = tx_attr(c, "id");
    size_t dcap = 0;
    for (xmlNodePtr n = c->children; n; n = next_in(n, c)) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (tx_is_elem(n, TX_NS_XBRLI, "identifier")) {
            x->entity = tx_rdts_text(n);
            x->scheme = tx_attr(n, "scheme");
        } else if (tx_is_elem(n, TX_NS_XBRLI, "instant")) {
            char *t = tx_rdts_text(n);
            x->instant = 1;
            copy_date(x->end, t);
            free(t);
        } else if (tx_is_elem(n, TX_NS_XBRLI, "startDate")) {
            char *t = tx_rdts_text(n);
            copy_date(x->start, t);
            free(t);
        } else if (tx_is_elem(n, TX_NS_XBRLI, "endDate")) {
            char *t = tx_rdts_text(n);
            copy_date(x->end, t);
            free(t);
        } else if (tx_is_elem(n, TX_NS_XBRLI, "forever")) {
            x->forever = 1;
        } else if (tx_is_elem(n, TX_NS_XBRLDI, "explicitMember") ||
                   tx_is_elem(n, TX_NS_XBRLDI, "typedMember")) {
            char *dim = tx_attr(n, "dimension");
            char *mem = tx_is_elem(n, TX_NS_XBRLDI, "explicitMember") ? tx_rdts_text(n) : NULL;
            if (grow(m, (void **)&x->dims, &dcap, x->ndims + 1, sizeof *x->dims) == 0) {
                x->dims[x->ndims].axis = dim ? concept_of_qname(m, n, dim) : -1;
                x->dims[x->ndims].member = mem ? concept_of_qname(m, n, mem) : -1;
                x->ndims++;
            }
            free(dim);
            free(mem);
        }
    }
    if (x->ndims > 1)
        qsort(x->dims, x->ndims, sizeof *x->dims, dim_cmp);
    if (!x->id || tx_smap_put(&m->ctx_index, x->id, m->nctxs) != 0) {
        m->oom = !x->id ? m->oom : 1;
    }
    m->nctxs++;
}

static void read_unit(model *m, xmlNodePtr u)
{
    size_t cap = m->nunits;
    if (grow(m, (void **)&m->units, &cap, m->nunits + 1, sizeof *m->units) != 0)
        return;
    munit *x = &m->units[m->nunits];
    memset(x, 0, sizeof *x);
    x->id = tx_attr(u, "id");
    tx_buf name = {0};
    int divide = 0, shares = 0, iso = 0, nmeas = 0;
    for (xmlNodePtr n = u->children; n; n = next_in(n, u)) {
        if (n->type == XML_ELEMENT_NODE && tx_is_elem(n, TX_NS_XBRLI, "divide"))
            divide = 1;
        if (n->type == XML_ELEMENT_NODE && tx_is_elem(n, TX_NS_XBRLI, "measure")) {
            char *t = tx_rdts_text(n);
            char *key = t ? tx_qname_key(n, t) : NULL;
            const char *local = key ? tx_clark_local(key) : "";
            if (key && strncmp(key, "{" TX_NS_ISO4217 "}", strlen(TX_NS_ISO4217) + 2) == 0)
                iso++;
            if (key && strcmp(key, "{" TX_NS_XBRLI "}shares") == 0)
                shares++;
            if (nmeas++)
                tx_buf_puts(&name, divide ? " per " : " ");
            tx_buf_puts(&name, strcmp(local, "shares") == 0 && nmeas > 1 ? "share" : local);
            free(t);
            free(key);
        }
    }
    x->kind = divide && iso ? K_PERSHARE : !divide && shares == 1 && nmeas == 1 ? K_SHARES
              : !divide && iso == 1 && nmeas == 1                            ? K_MONEY
                                                                             : K_OTHER;
    x->name = tx_buf_take(&name);
    if (!x->name)
        x->name = xstrdup(m, "");
    if (x->id && tx_smap_put(&m->unit_index, x->id, m->nunits) != 0)
        m->oom = 1;
    m->nunits++;
}

/* "line 42" in the comment right before a fact (instance.c writes them). */
static long fact_line(xmlNodePtr f)
{
    xmlNodePtr p = f->prev;
    while (p && p->type == XML_TEXT_NODE)
        p = p->prev;
    if (!p || p->type != XML_COMMENT_NODE || !p->content)
        return 0;
    const char *s = (const char *)p->content;
    while (*s == ' ')
        s++;
    return strncmp(s, "line ", 5) == 0 ? strtol(s + 5, NULL, 10) : 0;
}

static size_t entity_index(model *m, const mctx *c)
{
    const char *id = c && c->entity ? c->entity : "";
    for (size_t i = 0; i < m->nents; i++)
        if (strcmp(m->ents[i].id, id) == 0)
            return i;
    size_t cap = m->nents;
    if (grow(m, (void **)&m->ents, &cap, m->nents + 1, sizeof *m->ents) != 0)
        return 0;
    m->ents[m->nents] = (mentity){xstrdup(m, id), xstrdup(m, c && c->scheme ? c->scheme : ""),
                                  NULL};
    return m->nents++;
}

static void read_fact(model *m, xmlNodePtr n, size_t *cap)
{
    char *ctx = tx_attr(n, "contextRef");
    if (!ctx)
        return;
    if (grow(m, (void **)&m->facts, cap, m->nfacts + 1, sizeof *m->facts) != 0) {
        free(ctx);
        return;
    }
    mfact *f = &m->facts[m->nfacts];
    memset(f, 0, sizeof *f);
    f->node = n;
    f->id = tx_attr(n, "id");
    if (!f->id) {
        tx_buf b = {0};
        tx_buf_printf(&b, "fact-%zu", m->nfacts + 1);
        f->id = tx_buf_take(&b);
    }
    tx_buf q = {0};
    if (n->ns && n->ns->prefix)
        tx_buf_printf(&q, "%s:%s", (const char *)n->ns->prefix, (const char *)n->name);
    else
        tx_buf_puts(&q, (const char *)n->name);
    f->qname = tx_buf_take(&q);
    char *key = tx_clark(n->ns ? (const char *)n->ns->href : "", (const char *)n->name);
    f->concept = tx_rdts_concept(&m->d, key);
    free(key);
    size_t i;
    f->ctx = tx_smap_get(&m->ctx_index, ctx, &i) ? (long)i : -1;
    free(ctx);
    char *unit = tx_attr(n, "unitRef");
    f->unit = unit && tx_smap_get(&m->unit_index, unit, &i) ? (long)i : -1;
    f->kind = !unit ? K_TEXT : f->unit >= 0 ? m->units[f->unit].kind : K_OTHER;
    free(unit);
    char *nil = tx_attr_ns(n, TX_NS_XSI, "nil");
    f->nil = nil && (strcmp(nil, "true") == 0 || strcmp(nil, "1") == 0);
    free(nil);
    f->dec = tx_attr(n, "decimals");
    f->value = tx_rdts_text(n);
    f->line = fact_line(n);
    f->tab = -1;
    f->ent = entity_index(m, f->ctx >= 0 ? &m->ctxs[f->ctx] : NULL);
    if (!f->id || !f->qname || !f->value)
        m->oom = 1;
    else if (tx_smap_put(&m->fact_index, f->id, m->nfacts) != 0)
        m->oom = 1;
    m->nfacts++;
}

/* "(A) The balance ..." -> marker "A" and the text after it. */
static void footnote_marker(mfoot *fn, const char *t, size_t n)
{
    const char *close = t[0] == '(' ? ")" : t[0] == '[' ? "]" : t[0] == '{' ? "}" : NULL;
    size_t k = 1;
    while (close && k < 6 && ((t[k] >= 'A' && t[k] <= 'Z') || (t[k] >= 'a' && t[k] <= 'z') ||
                              (t[k] >= '0' && t[k] <= '9')))
        k++;
    if (close && k > 1 && t[k] == close[0]) {
        fn->printed = 1;
        fn->mk = tx_strndup(t + 1, k - 1);
        const char *r = t + k + 1;
        while (*r == ' ')
            r++;
        fn->text = tx_strdup(r);
    } else {
        tx_buf b = {0};
        tx_buf_printf(&b, "%zu", n);
        fn->mk = tx_buf_take(&b);
        fn->text = tx_strdup(t);
    }
}

static void read_footnotes(model *m, xmlNodePtr link)
{
    tx_smap locs = {0};       /* "label\nfact" pairs: label -> facts via chain */
    size_t cap = m->nfoots;
    /* footnotes first */
    for (xmlNodePtr n = link->children; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE || !tx_is_elem(n, TX_NS_LINK, "footnote"))
            continue;
        if (grow(m, (void **)&m->foots, &cap, m->nfoots + 1, sizeof *m->foots) != 0)
            break;
        mfoot *fn = &m->foots[m->nfoots];
        memset(fn, 0, sizeof *fn);
        char *t = tx_rdts_text(n);
        fn->id = tx_attr(n, "id");
        if (!fn->id) {
            tx_buf b = {0};
            tx_buf_printf(&b, "fn-%zu", m->nfoots + 1);
            fn->id = tx_buf_take(&b);
        }
        footnote_marker(fn, t ? t : "", m->nfoots + 1);
        free(t);
        fn->tab = -1;
        char *label = tx_attr_ns(n, TX_NS_XLINK, "label");
        if (label && tx_smap_put(&locs, label, m->nfoots) != 0)
            m->oom = 1;
        free(label);
        m->nfoots++;
    }
    /* arcs: locators of the from label -> facts of the footnote */
    for (xmlNodePtr a = link->children; a; a = a->next) {
        if (a->type != XML_ELEMENT_NODE || !tx_is_elem(a, TX_NS_LINK, "footnoteArc"))
            continue;
        char *from = tx_attr_ns(a, TX_NS_XLINK, "from");
        char *to = tx_attr_ns(a, TX_NS_XLINK, "to");
        size_t k;
        if (from && to && tx_smap_get(&locs, to, &k)) {
            mfoot *fn = &m->foots[k];
            size_t fcap = fn->nfacts;
            for (xmlNodePtr l = link->children; l; l = l->next) {
                if (l->type != XML_ELEMENT_NODE || !tx_is_elem(l, TX_NS_LINK, "loc"))
                    continue;
                char *lab = tx_attr_ns(l, TX_NS_XLINK, "label");
                char *href = lab && strcmp(lab, from) == 0 ? tx_attr_ns(l, TX_NS_XLINK, "href") : NULL;
                const char *h = href ? strchr(href, '#') : NULL;
                size_t fi;
                if (h && tx_smap_get(&m->fact_index, h + 1, &fi) &&
                    grow(m, (void **)&fn->facts, &fcap, fn->nfacts + 1, sizeof *fn->facts) == 0)
                    fn->facts[fn->nfacts++] = fi;
                free(lab);
                free(href);
            }
        }
        free(from);
        free(to);
    }
    tx_smap_clear(&locs);
}

static void read_instance(model *m)
{
    xmlNodePtr root = xmlDocGetRootElement(m->inst);
    for (xmlNodePtr n = root->children; n && !m->oom; n = n->next)
        if (n->type == XML_ELEMENT_NODE && tx_is_elem(n, TX_NS_XBRLI, "context"))
            read_context(m, n);
        else if (n->type == XML_ELEMENT_NODE && tx_is_elem(n, TX_NS_XBRLI, "unit"))
            read_unit(m, n);
    size_t cap = 0;
    for (xmlNodePtr n = root->children; n && !m->oom; n = n->next)
        if (n->type == XML_ELEMENT_NODE && xmlHasProp(n, (const xmlChar *)"contextRef"))
            read_fact(m, n, &cap);
    for (xmlNodePtr n = root->children; n && !m->oom; n = n->next)
        if (n->type == XML_ELEMENT_NODE && tx_is_elem(n, TX_NS_LINK, "footnoteLink"))
            read_footnotes(m, n);
    /* registrant names */
    for (size_t i = 0; i < m->nfacts; i++) {
        const mfact *f = &m->facts[i];
        if (strcmp((const char *)f->node->name, "EntityRegistrantName") == 0 &&
            !m->ents[f->ent].name)
            m->ents[f->ent].name = xstrdup(m, f->value);
    }
    m->concept_facts_first = xcalloc(m, m->d.nconcepts, sizeof(long));
    m->fact_next = xcalloc(m, m->nfacts, sizeof(long));
    if (m->oom)
        return;
    for (size_t c = 0; c < m->d.nconcepts; c++)
        m->concept_facts_first[c] = -1;
    for (size_t i = m->nfacts; i-- > 0;) {
        long c = m->facts[i].concept;
        m->fact_next[i] = c >= 0 ? m->concept_facts_first[c] : -1;
        if (c >= 0)
            m->concept_facts_first[c] = (long)i;
    }
}

/* ------------------------------------------------------------ DTS tables */


static int is_calc_parent(const model *m, long parent, long child)
{
    tx_pkey k = {{(void *)(size_t)(parent + 1), (void *)(size_t)(child + 1)}};
    size_t v;
    return parent >= 0 && child >= 0 && tx_pmap_get(&m->d.calc, &k, &v);
}

/* The label of concept c: the preferred role's, else the printed label
 * (txbrl's), else the standard, terse or any label (English first); else
 * its local name.  " [Member]" and such bracketed endings are dropped. */
static char *label_of(model *m, long c, const char *pref)
{
    static const char *const fallback[] = {TX_ROLE_PRINTED_LABEL, TX_ROLE_LABEL,
                                           TX_ROLE_2003 "terseLabel", NULL};
    const tx_rlabel *best = NULL;
    int best_rank = INT_MAX;
    for (long k = c >= 0 ? m->d.lab_first[c] : -1; k >= 0; k = m->d.labs[k].next) {
        const tx_rlabel *n = &m->d.labs[k];
        const char *r = n->role, *lang = n->lang;
        int rank = 100;
        if (pref && strcmp(r, pref) == 0)
            rank = 0;
        for (int i = 0; fallback[i] && rank == 100; i++)
            if (strcmp(r, fallback[i]) == 0)
                rank = 10 + i;
        if (!lang || strncmp(lang, "en", 2) != 0)
            rank += 50;
        if (rank < best_rank) {
            best_rank = rank;
            best = n;
        }
    }
    char *s = best ? tx_strdup(best->text) : NULL;
    if (!s && c >= 0)
        s = tx_strdup(m->d.concepts[c].name);
    if (!s)
        s = tx_strdup("");
    if (!s) {
        m->oom = 1;
        return NULL;
    }
    size_t n = strlen(s);
    if (n > 2 && s[n - 1] == ']') {
        char *o = strrchr(s, '[');
        if (o && o > s && o[-1] == ' ')
            o[-1] = '\0';
    }
    return s;
}

/* ------------------------------------------------------------ numbers */

/* The value as shown: `v` (an exact decimal) divided by 10^scale, with
 * `frac` digits after the point at least (more when the value has more),
 * thousands separated, without sign.  *neg: the shown value is negative;
 * *zero: it is zero.  Owned. */
static char *format_number(const char *v, int scale, int frac, int negate, int *neg, int *zero)
{
    const char *p = v;
    int minus = 0;
    while (*p == ' ')
        p++;
    if (*p == '-' || *p == '+')
        minus = *p++ == '-';
    /* digits without the point, and the position of the point */
    size_t n = strlen(p);
    char *dig = malloc(n + (size_t)(scale > 0 ? scale : 0) + 64);
    if (!dig)
        return NULL;
    size_t nd = 0;
    long point = -1;
    for (const char *q = p; *q; q++) {
        if (*q >= '0' && *q <= '9')
            dig[nd++] = *q;
        else if (*q == '.' && point < 0)
            point = (long)nd;
    }
    if (point < 0)
        point = (long)nd;
    /* scale: move the point left */
    point -= scale;
    while (point <= 0) {
        memmove(dig + 1, dig, nd);
        dig[0] = '0';
        nd++;
        point++;
    }
    /* fraction digits: at least frac, at most what is nonzero */
    long have = (long)nd - point;
    long keep = have;
    while (keep > frac && dig[point + keep - 1] == '0')
        keep--;
    while (keep < frac) {
        dig[nd++] = '0';
        keep++;
    }
    nd = (size_t)(point + keep);
    /* leading zeros of the integer part */
    long lead = 0;
    while (lead < point - 1 && dig[lead] == '0')
        lead++;
    int allzero = 1;
    for (size_t i = 0; i < nd; i++)
        if (dig[i] != '0')
            allzero = 0;
    *zero = allzero;
    *neg = !allzero && (minus != (negate != 0));
    tx_buf b = {0};
    long ip = point - lead;
    for (long i = 0; i < ip; i++) {
        tx_buf_putc(&b, dig[lead + i]);
        if ((ip - i - 1) % 3 == 0 && i < ip - 1)
            tx_buf_putc(&b, ',');
    }
    if (keep > 0) {
        tx_buf_putc(&b, '.');
        tx_buf_append(&b, dig + point, (size_t)keep);
    }
    free(dig);
    return tx_buf_take(&b);
}

static int dec_value(const char *dec, int *inf)
{
    *inf = !dec || strcmp(dec, "INF") == 0;
    return *inf ? 0 : atoi(dec);
}

/* The scale a fact of these decimals reads best in: 3, 6, 9 or 0. */
static int scale_of_dec(const char *dec)
{
    int inf;
    int d = dec_value(dec, &inf);
    if (inf || d >= 0)
        return 0;
    int s = -d;
    return s >= 9 ? 9 : s >= 6 ? 6 : s >= 3 ? 3 : 0;
}

static const char *scale_word(int s)
{
    return s == 9 ? "billions" : s == 6 ? "millions" : s == 3 ? "thousands" : "";
}

/* ------------------------------------------------------------ roles */

typedef struct mrel {
    const char *role;
    long from, to;
    double order;
    const char *pref;         /* interned */
    size_t idx;
} mrel;

static int mrel_cmp(const void *a, const void *b)
{
    const mrel *x = a, *y = b;
    if (x->role != y->role)
        return x->role < y->role ? -1 : 1;
    if (x->from != y->from)
        return x->from < y->from ? -1 : 1;
    if (x->order != y->order)
        return x->order < y->order ? -1 : 1;
    return (x->idx > y->idx) - (x->idx < y->idx);
}

typedef struct pnode {
    long concept;
    int depth;
    const char *pref;
} pnode;

typedef struct pres {
    mrel *rels;
    size_t nrels;
    tx_pmap first;            /* (role, from+1) -> first rel index + 1 */
} pres;

static void dfs(model *m, pres *P, const char *role, long c, int depth, const char *pref,
                pnode **out, size_t *n, size_t *cap, long *path, int npath)
{
    for (int i = 0; i < npath; i++)
        if (path[i] == c)
            return;   /* a cycle */
    if (npath >= 60 || grow(m, (void **)out, cap, *n + 1, sizeof **out) != 0)
        return;
    (*out)[(*n)++] = (pnode){c, depth, pref};
    path[npath] = c;
    tx_pkey k = {{role, (void *)(size_t)(c + 1)}};
    size_t at;
    if (!tx_pmap_get(&P->first, &k, &at))
        return;
    for (size_t i = at; i < P->nrels && P->rels[i].role == role && P->rels[i].from == c; i++)
        dfs(m, P, role, P->rels[i].to, depth + 1, P->rels[i].pref, out, n, cap, path, npath + 1);
}

/* ------------------------------------------------------------ tables */

static int is_abstract(const model *m, long c)
{
    return c < 0 || m->d.concepts[c].abstract;
}

static int concept_is_instant(const model *m, long c)
{
    return c >= 0 && m->d.concepts[c].instant;
}

static int pref_negated(const char *pref)
{
    if (!pref)
        return 0;
    const char *s = strrchr(pref, '/');
    return s && tx_strcasestr(s, "negated") != NULL;
}

/* The member of axis `axis` in a fact's context, -1 when none (the
 * default), -2 when typed. */
static long fact_member(const model *m, const mfact *f, long axis)
{
    const mctx *x = f->ctx >= 0 ? &m->ctxs[f->ctx] : NULL;
    for (size_t i = 0; x && i < x->ndims; i++)
        if (x->dims[i].axis == axis)
            return x->dims[i].member >= 0 ? x->dims[i].member : -2;
    return -1;
}

/* 1 if fact f belongs to table t: its entity, and each of its dimensions on
 * an axis of the table with a member listed. */
static int fact_fits(const model *m, const mtable *t, const mfact *f)
{
    if (f->ent != t->ent || f->ctx < 0)
        return 0;
    const mctx *x = &m->ctxs[f->ctx];
    for (size_t i = 0; i < x->ndims; i++) {
        size_t a = 0;
        while (a < t->naxes && t->axes[a] != x->dims[i].axis)
            a++;
        if (a == t->naxes || x->dims[i].member < 0)
            return 0;
        size_t k = 0;
        while (k < t->nmembers[a] && t->members[a][k] != x->dims[i].member)
            k++;
        if (k == t->nmembers[a] || m->d.dflt[t->axes[a]] == x->dims[i].member)
            return 0;
    }
    for (size_t a = 0; a < t->naxes; a++)
        if (!t->dflt_ok[a] && fact_member(m, f, t->axes[a]) == -1)
            return 0;
    return 1;
}

/* index of member mem among the axis' members, none (-1) last */
static size_t member_rank(const mtable *t, size_t a, long mem)
{
    for (size_t k = 0; k < t->nmembers[a]; k++)
        if (t->members[a][k] == mem)
            return k;
    return t->nmembers[a] + 1;
}

static void period_key(const mctx *x, char *pk, size_t n)
{
    if (!x || x->forever)
        snprintf(pk, n, "F");
    else if (x->instant)
        snprintf(pk, n, "I:%s", x->end);
    else
        snprintf(pk, n, "D:%s:%s", x->start, x->end);
}

/* The day before an ISO date. */
static void day_before(const char *d, char *out)
{
    int y = 0, mo = 0, da = 0;
    if (sscanf(d, "%d-%d-%d", &y, &mo, &da) != 3) {
        out[0] = '\0';
        return;
    }
    static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (--da == 0) {
        if (--mo == 0) {
            mo = 12;
            y--;
        }
        da = mdays[mo - 1] + (mo == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0));
    }
    snprintf(out, 11, "%04d-%02d-%02d", y, mo, da);
}

/* The key of a fact's column in table t. */
static char *col_key(const model *m, const mtable *t, const mfact *f, int with_unit)
{
    tx_buf b = {0};
    char pk[32] = "";
    if (!t->period_rows)
        period_key(f->ctx >= 0 ? &m->ctxs[f->ctx] : NULL, pk, sizeof pk);
    tx_buf_puts(&b, pk);
    for (size_t a = 0; a < t->naxes; a++)
        if (t->colaxis[a] == 1)
            tx_buf_printf(&b, "|%ld", fact_member(m, f, t->axes[a]));
    if (with_unit)
        tx_buf_printf(&b, "|k%d", f->kind == K_SHARES);
    return tx_buf_take(&b);
}

/* The columns of a table being filled, looked up by key: the column of a
 * key, and the first duration column a key's rest ("|members|kN") opens
 * the day after a date ("S" map) or closes on it ("E" map). */
typedef struct colmaps {
    tx_smap key, opens, closes;
} colmaps;

static long find_col(const colmaps *cm, const char *key)
{
    size_t v;
    return tx_smap_get(&cm->key, key, &v) ? (long)v : -1;
}

/* "date|rest" */
static int date_rest_key(char *out, size_t n, const char *date, const char *key)
{
    const char *rest = strchr(key, '|');
    return snprintf(out, n, "%s%s", date, rest ? rest : "") < (int)n;
}

static long add_col(model *m, mtable *t, colmaps *cm, char *key, const mfact *f, size_t fi,
                    size_t *cap)
{
    if (grow(m, (void **)&t->cols, cap, t->ncols + 1, sizeof *t->cols) != 0 ||
        tx_smap_put(&cm->key, key, t->ncols) != 0) {
        m->oom = 1;
        free(key);
        return -1;
    }
    mcol *c = &t->cols[t->ncols];
    memset(c, 0, sizeof *c);
    c->key = key;
    c->first = fi;
    c->kind = -1;
    const mctx *x = f->ctx >= 0 ? &m->ctxs[f->ctx] : NULL;
    if (!t->period_rows && x) {
        period_key(x, c->pk, sizeof c->pk);
        c->instant = x->instant;
        memcpy(c->start, x->start, sizeof c->start);
        memcpy(c->end, x->end, sizeof c->end);
    }
    c->members = xcalloc(m, t->naxes, sizeof(long));
    for (size_t a = 0; c->members && a < t->naxes; a++)
        c->members[a] = t->colaxis[a] == 1 ? fact_member(m, f, t->axes[a]) : -1;
    if (!c->instant && *c->start) {
        char before[11], k[160];
        day_before(c->start, before);
        if ((date_rest_key(k, sizeof k, before, key) && tx_smap_put(&cm->opens, k, t->ncols) != 0) ||
            (date_rest_key(k, sizeof k, c->end, key) && tx_smap_put(&cm->closes, k, t->ncols) != 0))
            m->oom = 1;
    }
    return (long)t->ncols++;
}

typedef struct occ_part {
    int how;                  /* 0 none, 1 axis, 2 period */
    size_t axis;
    long *vals;               /* distinct values sorted (axis: members; period: ctx) */
    size_t nvals;
} occ_part;

static int ctx_chrono(const model *m, long a, long b)
{
    const mctx *x = &m->ctxs[a], *y = &m->ctxs[b];
    int c = strcmp(x->end, y->end);
    return c ? c : strcmp(x->start, y->start);
}

/* Builds the table of role R for entity e from the presentation nodes. */
static void build_table(model *m, mtable *t, const pnode *nodes, size_t nn)
{
    /* skip a lone abstract root: it is the title */
    size_t roots = 0;
    for (size_t i = 0; i < nn; i++)
        roots += nodes[i].depth == 0;
    int skip_root = roots == 1 && is_abstract(m, nodes[0].concept);
    size_t rcap = 0, acap = 0;
    for (size_t i = 0; i < nn && !m->oom; i++) {
        const pnode *p = &nodes[i];
        if (skip_root && i == 0)
            continue;
        long c = p->concept;
        const tx_rconcept *vc = &m->d.concepts[c];
        if (vc->dimension) {
            /* an axis: its members are the nodes under it */
            if (grow(m, (void **)&t->axes, &acap, t->naxes + 1, sizeof *t->axes) != 0)
                break;
            size_t a = t->naxes;
            size_t c1 = a, c2 = a, c3 = a, c4 = a;
            if (grow(m, (void **)&t->members, &c1, a + 1, sizeof *t->members) != 0 ||
                grow(m, (void **)&t->nmembers, &c2, a + 1, sizeof *t->nmembers) != 0 ||
                grow(m, (void **)&t->dflt_ok, &c3, a + 1, sizeof *t->dflt_ok) != 0 ||
                grow(m, (void **)&t->colaxis, &c4, a + 1, sizeof *t->colaxis) != 0)
                break;
            t->axes[a] = c;
            t->members[a] = NULL;
            t->nmembers[a] = 0;
            t->dflt_ok[a] = 0;
            t->colaxis[a] = 0;
            size_t mcap = 0;
            size_t j = i + 1;
            for (; j < nn && nodes[j].depth > p->depth; j++) {
                long mem = nodes[j].concept;
                int dflt = m->d.dflt[c] == mem ||
                           (m->d.dflt[c] < 0 && strlen(m->d.concepts[mem].name) > 6 &&
                            strcmp(m->d.concepts[mem].name + strlen(m->d.concepts[mem].name) - 6,
                                   "Domain") == 0);
                if (dflt)
                    t->dflt_ok[a] = 1;
                if (grow(m, (void **)&t->members[a], &mcap, t->nmembers[a] + 1, sizeof(long)) == 0)
                    t->members[a][t->nmembers[a]++] = mem;
            }
            t->naxes++;
            i = j - 1;
            continue;
        }
        if (vc->hypercube)
            continue;
        if (grow(m, (void **)&t->rows, &rcap, t->nrows + 1, sizeof *t->rows) != 0)
            break;
        mrow *r = &t->rows[t->nrows];
        memset(r, 0, sizeof *r);
        r->depth = p->depth - skip_root;
        r->heading = is_abstract(m, c);
        r->concept = c;
        r->pref = p->pref;
        r->label = label_of(m, c, p->pref);
        t->nrows++;
    }
}

/* Fills the cells of table t (its rows and axes known). */
/* Whether fact f's member on a row axis of t is one that a row printed
 * once per member shows (parts: the partitions of t's rows). */
static int row_member_used(const model *m, const mtable *t, const occ_part *part, const mfact *f)
{
    for (size_t r = 0; r < t->nrows; r++) {
        if (part[r].how != 1)
            continue;
        long v = fact_member(m, f, t->axes[part[r].axis]);
        for (size_t k = 0; k < part[r].nvals; k++)
            if (part[r].vals[k] == v)
                return 1;
    }
    return 0;
}

static void fill_table(model *m, mtable *t)
{
    /* occurrences: the rows of each concept before a row (occ) and in all
       (times[concept]) */
    int *times = xcalloc(m, m->d.nconcepts, sizeof *times);
    occ_part *part = xcalloc(m, t->nrows, sizeof *part);
    size_t *cellcap = xcalloc(m, t->nrows, sizeof *cellcap);
    colmaps cm;
    memset(&cm, 0, sizeof cm);
    if (!times || !part || !cellcap) {
        free(times);
        free(part);
        free(cellcap);
        return;
    }
    for (size_t r = 0; r < t->nrows; r++) {
        mrow *row = &t->rows[r];
        if (!row->heading)
            row->occ = times[row->concept]++;
    }
    /* partitions of repeated concepts */
    for (size_t a = 0; a < t->naxes; a++) {
        /* column axis: some concept's facts take two values on it */
        for (size_t r = 0; r < t->nrows && !t->colaxis[a]; r++) {
            if (t->rows[r].heading)
                continue;
            long first = -3;
            for (long fi = m->concept_facts_first[t->rows[r].concept]; fi >= 0; fi = m->fact_next[fi]) {
                if (!fact_fits(m, t, &m->facts[fi]))
                    continue;
                long v = fact_member(m, &m->facts[fi], t->axes[a]);
                if (first == -3)
                    first = v;
                else if (v != first) {
                    t->colaxis[a] = 1;
                    break;
                }
            }
        }
    }
    /* a roll-forward: a balance (an instant) printed in several rows */
    int rollforward = 0;
    for (size_t r = 0; r < t->nrows && !rollforward; r++)
        rollforward = !t->rows[r].heading && t->rows[r].occ > 0 &&
                      concept_is_instant(m, t->rows[r].concept);
    for (size_t r = 0; r < t->nrows && !m->oom; r++) {
        mrow *row = &t->rows[r];
        if (row->heading)
            continue;
        size_t k = (size_t)times[row->concept];
        if (k < 2)
            continue;
        /* an axis with exactly k values, else the periods */
        for (size_t a = 0; a <= t->naxes && !part[r].how; a++) {
            /* (not an axis of the columns of a roll-forward: an equity
               statement's rows repeat per balance date and per year, its
               components are the columns) */
            if (a < t->naxes && t->colaxis[a] == 1 && rollforward)
                continue;
            long *vals = xcalloc(m, 64, sizeof(long));
            long first_line[64];      /* per value: the first exhibit line */
            size_t nv = 0;
            int over = 0;
            for (long fi = m->concept_facts_first[row->concept]; vals && fi >= 0; fi = m->fact_next[fi]) {
                const mfact *f = &m->facts[fi];
                if (!fact_fits(m, t, f))
                    continue;
                long v = a < t->naxes ? fact_member(m, f, t->axes[a]) : f->ctx;
                size_t j = 0;
                while (j < nv && vals[j] != v &&
                       !(a == t->naxes && ctx_chrono(m, vals[j], v) == 0 &&
                         strcmp(m->ctxs[vals[j]].start, m->ctxs[v].start) == 0))
                    j++;
                long line = f->line > 0 ? f->line : LONG_MAX;
                if (j == nv) {
                    if (nv == 64) {
                        over = 1;
                        break;
                    }
                    first_line[nv] = line;
                    vals[nv++] = v;
                } else if (line < first_line[j]) {
                    first_line[j] = line;
                }
            }
            if (vals && !over && nv == k) {
                /* sort: members in the order the exhibit printed their
                   facts (the rows are in printed order), else by rank
                   (none last); periods chronologically */
                for (size_t x = 1; x < nv; x++)
                    for (size_t y = x; y > 0; y--) {
                        int lines = first_line[y - 1] != LONG_MAX && first_line[y] != LONG_MAX;
                        int gt = a == t->naxes ? ctx_chrono(m, vals[y - 1], vals[y]) > 0
                                 : lines       ? first_line[y - 1] > first_line[y]
                                               : member_rank(t, a, vals[y - 1]) > member_rank(t, a, vals[y]);
                        if (!gt)
                            break;
                        long tmp = vals[y];
                        vals[y] = vals[y - 1];
                        vals[y - 1] = tmp;
                        tmp = first_line[y];
                        first_line[y] = first_line[y - 1];
                        first_line[y - 1] = tmp;
                    }
                part[r].how = a < t->naxes ? 1 : 2;
                part[r].axis = a;
                part[r].vals = vals;
                part[r].nvals = nv;
                if (a < t->naxes)
                    t->colaxis[a] = 2;
            } else {
                free(vals);
            }
            if (a == t->naxes && part[r].how == 2) {
                int any_col = 0;
                for (size_t b = 0; b < t->naxes; b++)
                    any_col |= t->colaxis[b] == 1;
                if (any_col)
                    t->period_rows = 1;
                else {
                    free(part[r].vals);
                    memset(&part[r], 0, sizeof part[r]);
                }
            }
        }
    }
    /* a unit split: a column member with shares and amounts */
    int unit_split = 0;
    for (size_t a = 0; a < t->naxes; a++)
        unit_split |= t->colaxis[a] == 1;
    /* columns and cells: instants of a table with durations go to the
       duration column they open or close */
    int has_dur = 0;
    for (size_t q = 0; q < t->nrows && !has_dur; q++) {
        if (t->rows[q].heading || concept_is_instant(m, t->rows[q].concept))
            continue;
        for (long g = m->concept_facts_first[t->rows[q].concept]; g >= 0 && !has_dur; g = m->fact_next[g])
            has_dur = fact_fits(m, t, &m->facts[g]) && m->facts[g].ctx >= 0 &&
                      !m->ctxs[m->facts[g].ctx].instant;
    }
    /* a row axis (a concept printed once per member: net income, GAAP and
       non-GAAP, in a reconciliation): the rows printed once show the facts
       of the members no such row shows (the adjustments), when they have any */
    unsigned char *other_member = xcalloc(m, t->nrows ? t->nrows : 1, 1);
    for (size_t r = 0; other_member && r < t->nrows; r++) {
        if (t->rows[r].heading || part[r].how)
            continue;
        for (long fi = m->concept_facts_first[t->rows[r].concept]; fi >= 0 && !other_member[r];
             fi = m->fact_next[fi])
            other_member[r] = fact_fits(m, t, &m->facts[fi]) &&
                              !row_member_used(m, t, part, &m->facts[fi]);
    }
    size_t ccap = 0;
    for (int pass = 0; pass < 2 && !m->oom; pass++) {
        /* pass 0: facts whose period fits a column of their own kind;
           pass 1: instants of duration tables, placed at a column's start
           or end */
        for (size_t r = 0; r < t->nrows && !m->oom; r++) {
            mrow *row = &t->rows[r];
            if (row->heading)
                continue;
            int inst = concept_is_instant(m, row->concept);
            for (long fi = m->concept_facts_first[row->concept]; fi >= 0; fi = m->fact_next[fi]) {
                const mfact *f = &m->facts[fi];
                if (!fact_fits(m, t, f))
                    continue;
                if (other_member && other_member[r] && row_member_used(m, t, part, f))
                    continue;
                if (part[r].how) {
                    long v = part[r].how == 1 ? fact_member(m, f, t->axes[part[r].axis]) : f->ctx;
                    if ((size_t)row->occ >= part[r].nvals)
                        continue;
                    long want = part[r].vals[row->occ];
                    if (part[r].how == 1 ? v != want
                                         : (ctx_chrono(m, v, want) != 0 ||
                                            strcmp(m->ctxs[v].start, m->ctxs[want].start) != 0))
                        continue;
                }
                long col = -1;
                int waits = inst && !t->period_rows && has_dur;
                if (pass == 0 && !waits) {
                    char *key = col_key(m, t, f, unit_split);
                    if (!key) {
                        m->oom = 1;
                        break;
                    }
                    col = find_col(&cm, key);
                    if (col < 0)
                        col = add_col(m, t, &cm, key, f, (size_t)fi, &ccap);
                    else
                        free(key);
                } else if (pass == 1 && waits) {
                    /* the duration column it opens (the day before its start)
                       or closes */
                    const mctx *x = &m->ctxs[f->ctx];
                    int k = times[row->concept];
                    int want_start = row->pref && strstr(row->pref, "periodStart")
                                         ? 1
                                         : row->pref && strstr(row->pref, "periodEnd") ? 0
                                                                                       : (k >= 2 && row->occ == 0);
                    char *key = col_key(m, t, f, unit_split);
                    if (!key) {
                        m->oom = 1;
                        break;
                    }
                    char dk[160];
                    size_t v;
                    for (int tries = 0; tries < 2 && col < 0; tries++) {
                        int st = tries == 0 ? want_start : !want_start;
                        if (tries == 1 && (k >= 2 || row->pref))
                            break;
                        if (date_rest_key(dk, sizeof dk, x->end, key) &&
                            tx_smap_get(st ? &cm.opens : &cm.closes, dk, &v))
                            col = (long)v;
                    }
                    free(key);
                    if (col < 0)
                        continue;   /* no column opens or closes there */
                } else {
                    continue;
                }
                if (col < 0)
                    continue;
                /* the row's cells grow with the columns (cls: the cells
                   set to -1 so far) */
                if (t->ncols > cellcap[r]) {
                    size_t cap = cellcap[r] ? cellcap[r] : 8;
                    while (cap < t->ncols)
                        cap *= 2;
                    long *cells = realloc(row->cells, cap * sizeof *cells);
                    if (!cells) {
                        m->oom = 1;
                        break;
                    }
                    row->cells = cells;
                    cellcap[r] = cap;
                }
                for (size_t q = (size_t)row->cls; q < t->ncols; q++)
                    row->cells[q] = -1;
                row->cls = (int)t->ncols;
                if (row->cells[col] < 0)
                    row->cells[col] = fi;
                if ((size_t)fi < t->cols[col].first)
                    t->cols[col].first = (size_t)fi;
            }
        }
    }
    free(other_member);
    for (size_t r = 0; r < t->nrows; r++) {
        free(part[r].vals);
        mrow *row = &t->rows[r];
        if (row->heading)
            continue;
        long *cells = realloc(row->cells, (t->ncols ? t->ncols : 1) * sizeof *cells);
        if (!cells) {
            m->oom = 1;
            continue;
        }
        for (size_t q = (size_t)row->cls; q < t->ncols; q++)
            cells[q] = -1;
        row->cells = cells;
        row->cls = 0;
    }
    free(part);
    free(times);
    free(cellcap);
    tx_smap_clear(&cm.key);
    tx_smap_clear(&cm.opens);
    tx_smap_clear(&cm.closes);
}

static const model *sort_m;
static const mtable *sort_t;

static int col_cmp(const void *a, const void *b)
{
    const mcol *x = a, *y = b;
    for (size_t k = 0; k < sort_t->naxes; k++) {
        if (sort_t->colaxis[k] != 1)
            continue;
        size_t rx = member_rank(sort_t, k, x->members[k]), ry = member_rank(sort_t, k, y->members[k]);
        if (rx != ry)
            return rx < ry ? -1 : 1;
    }
    return (x->first > y->first) - (x->first < y->first);
}

/* Orders the columns (members as the presentation lists them, then first
 * printed), merges rows of one printed line (equal labels, disjoint
 * cells), marks totals, scales. */
static void finish_table(model *m, mtable *t)
{
    /* columns of another table: a column that shows a few rows of a table
       of many (the cash balances of the years before, for the cash flow
       statement; the equity of the first year, for the equity statement)
       is not a printed column of it; its facts go to the tables that
       printed them.  (Not in tables with columns per member.) */
    int member_cols = 0;
    for (size_t a = 0; a < t->naxes; a++)
        member_cols |= t->colaxis[a] == 1;
    size_t most = 0;
    size_t *filled = t->ncols > 2 && !member_cols ? xcalloc(m, t->ncols, sizeof *filled) : NULL;
    for (size_t q = 0; filled && q < t->ncols; q++) {
        for (size_t r = 0; r < t->nrows; r++)
            filled[q] += t->rows[r].cells && t->rows[r].cells[q] >= 0;
        if (filled[q] > most)
            most = filled[q];
    }
    if (filled && most >= 8) {
        size_t w = 0;
        for (size_t q = 0; q < t->ncols; q++) {
            if (filled[q] * 5 < most) {
                free(t->cols[q].key);
                free(t->cols[q].members);
                continue;
            }
            for (size_t r = 0; r < t->nrows; r++)
                if (t->rows[r].cells)
                    t->rows[r].cells[w] = t->rows[r].cells[q];
            t->cols[w++] = t->cols[q];
        }
        t->ncols = w;
    }
    free(filled);
    if (t->ncols > 1) {
        /* sort columns and permute the cells */
        size_t *perm = xcalloc(m, t->ncols, sizeof *perm);
        mcol *copy = xcalloc(m, t->ncols, sizeof *copy);
        long *tmp = xcalloc(m, t->ncols, sizeof *tmp);
        if (perm && copy && tmp) {
            for (size_t i = 0; i < t->ncols; i++)
                t->cols[i].sscale = (int)i;   /* remember the old index */
            sort_m = m;
            sort_t = t;
            qsort(t->cols, t->ncols, sizeof *t->cols, col_cmp);
            for (size_t i = 0; i < t->ncols; i++)
                perm[i] = (size_t)t->cols[i].sscale;
            for (size_t r = 0; r < t->nrows; r++) {
                if (!t->rows[r].cells)
                    continue;
                for (size_t i = 0; i < t->ncols; i++)
                    tmp[i] = t->rows[r].cells[perm[i]];
                memcpy(t->rows[r].cells, tmp, t->ncols * sizeof *tmp);
            }
        }
        free(perm);
        free(copy);
        free(tmp);
    }
    /* merge: an item row after an item row of the same label and depth
       whose cells it does not overlap */
    size_t w = 0;
    for (size_t r = 0; r < t->nrows; r++) {
        mrow *row = &t->rows[r];
        if (w > 0 && !row->heading && !t->rows[w - 1].heading && row->cells &&
            t->rows[w - 1].cells && row->depth == t->rows[w - 1].depth &&
            strcmp(row->label, t->rows[w - 1].label) == 0 &&
            pref_negated(row->pref) == pref_negated(t->rows[w - 1].pref)) {
            int clash = 0;
            for (size_t q = 0; q < t->ncols; q++)
                clash |= row->cells[q] >= 0 && t->rows[w - 1].cells[q] >= 0;
            if (!clash) {
                for (size_t q = 0; q < t->ncols; q++)
                    if (row->cells[q] >= 0)
                        t->rows[w - 1].cells[q] = row->cells[q];
                free(row->label);
                free(row->cells);
                continue;
            }
        }
        t->rows[w++] = *row;
    }
    t->nrows = w;
    /* totals: a row summing rows above it; grand: no later row sums it */
    for (size_t r = 0; r < t->nrows; r++) {
        mrow *row = &t->rows[r];
        if (row->heading)
            continue;
        int sums = row->pref && strstr(row->pref, "totalLabel") != NULL;
        for (size_t q = 0; q < r && !sums; q++)
            sums = !t->rows[q].heading && is_calc_parent(m, row->concept, t->rows[q].concept);
        if (!sums)
            continue;
        int summed = 0;
        for (size_t q = r + 1; q < t->nrows && !summed; q++)
            summed = !t->rows[q].heading && is_calc_parent(m, t->rows[q].concept, row->concept);
        row->cls = summed ? 1 : 2;
    }
    /* scales: the most common of the money cells; shares per column */
    int count[10] = {0}, scount[10] = {0};
    for (size_t r = 0; r < t->nrows; r++)
        for (size_t q = 0; t->rows[r].cells && q < t->ncols; q++) {
            long fi = t->rows[r].cells[q];
            if (fi < 0)
                continue;
            const mfact *f = &m->facts[fi];
            if (f->kind == K_MONEY)
                count[scale_of_dec(f->dec)]++;
            else if (f->kind == K_SHARES)
                scount[scale_of_dec(f->dec)]++;
        }
    t->ms = t->ss = 0;
    for (int s = 0; s < 10; s++) {
        if (count[s] > count[t->ms])
            t->ms = s;
        if (scount[s] > scount[t->ss])
            t->ss = s;
    }
    for (size_t q = 0; q < t->ncols; q++) {
        int cs[10] = {0}, best = t->ss, n = 0;
        for (size_t r = 0; r < t->nrows; r++) {
            long fi = t->rows[r].cells ? t->rows[r].cells[q] : -1;
            if (fi >= 0 && m->facts[fi].kind == K_SHARES) {
                cs[scale_of_dec(m->facts[fi].dec)]++;
                n++;
            }
        }
        for (int s = 0; s < 10 && n; s++)
            if (cs[s] > cs[best])
                best = s;
        t->cols[q].sscale = best;
    }
}

/* ------------------------------------------------------------ output */

static xmlNodePtr add(xmlNodePtr parent, const char *name)
{
    return xmlNewChild(parent, NULL, (const xmlChar *)name, NULL);
}

static void set(xmlNodePtr n, const char *name, const char *value)
{
    if (n)
        xmlNewProp(n, (const xmlChar *)name, (const xmlChar *)(value ? value : ""));
}

static void setl(xmlNodePtr n, const char *name, long v)
{
    char b[32];
    snprintf(b, sizeof b, "%ld", v);
    set(n, name, b);
}

static const char *month_name(int mo)
{
    static const char *const names[] = {"January", "February", "March",     "April",
                                        "May",     "June",     "July",      "August",
                                        "September", "October", "November", "December"};
    return mo >= 1 && mo <= 12 ? names[mo - 1] : "";
}

/* "September 30, 2003" */
static void long_date(const char *d, char *out, size_t n)
{
    int y = 0, mo = 0, da = 0;
    if (sscanf(d, "%d-%d-%d", &y, &mo, &da) != 3)
        snprintf(out, n, "%s", d);
    else
        snprintf(out, n, "%s %d, %d", month_name(mo), da, y);
}

/* The period heading of a column: group ("Three months ended September
 * 30,") and year ("2003"); instants: "September 30," and the year. */
static void period_heading(const mcol *c, char *grp, size_t gn, char *yr, size_t yn)
{
    int sy = 0, sm = 0, sd = 0, ey = 0, em = 0, ed = 0;
    grp[0] = yr[0] = '\0';
    if (!c->pk[0])
        return;
    if (c->pk[0] == 'F') {
        snprintf(grp, gn, "%s", "");
        return;
    }
    if (sscanf(c->end, "%d-%d-%d", &ey, &em, &ed) != 3)
        return;
    snprintf(yr, yn, "%d", ey);
    if (c->instant) {
        snprintf(grp, gn, "%s %d,", month_name(em), ed);
        return;
    }
    if (sscanf(c->start, "%d-%d-%d", &sy, &sm, &sd) != 3)
        return;
    int months = (ey - sy) * 12 + em - sm + (sd == 1 ? 1 : 0);
    if (sd > 20 && ed > 20)
        months = (ey - sy) * 12 + em - sm;
    static const char *const words[] = {"", "One month", "Two months", "Three months",
                                        "Four months", "Five months", "Six months",
                                        "Seven months", "Eight months", "Nine months",
                                        "Ten months", "Eleven months", "Year"};
    if (months >= 1 && months <= 12)
        snprintf(grp, gn, "%s ended %s %d,", words[months], month_name(em), ed);
    else
        snprintf(grp, gn, "%d months ended %s %d,", months, month_name(em), ed);
}

/* The cell attributes of fact fi as shown in a table of scales ms/ss. */
static void cell_attrs(model *m, xmlNodePtr cell, size_t fi, int scale, int negate)
{
    mfact *f = &m->facts[fi];
    set(cell, "fact", f->id);
    set(cell, "ctx", f->ctx >= 0 ? m->ctxs[f->ctx].id : "");
    set(cell, "name", f->qname);
    if (f->unit >= 0)
        set(cell, "unit", m->units[f->unit].id);
    static const char *const kinds[] = {"", "money", "shares", "pershare", "other"};
    set(cell, "kind", kinds[f->kind]);
    setl(cell, "line", f->line);
    if (f->kind == K_TEXT) {
        set(cell, "text", f->value);
        return;
    }
    if (f->nil) {
        set(cell, "nil", "1");
        set(cell, "zero", "1");
        set(cell, "shown", "\xe2\x80\x94");
        return;
    }
    if (f->dec)
        set(cell, "dec", f->dec);
    int inf;
    int d = dec_value(f->dec, &inf);
    int frac = inf ? 0 : d + scale > 0 ? d + scale : 0;
    int neg = 0, zero = 0;
    char *s = format_number(f->value, scale, frac, negate, &neg, &zero);
    if (!s) {
        m->oom = 1;
        return;
    }
    setl(cell, "scale", scale);
    set(cell, "digits", s);
    if (f->value[0] == '-')
        set(cell, "sign", "-");
    if (zero) {
        set(cell, "zero", "1");
        set(cell, "shown", "\xe2\x80\x94");
    } else {
        tx_buf b = {0};
        tx_buf_printf(&b, neg ? "(%s)" : "%s", s);
        char *shown = tx_buf_take(&b);
        set(cell, "shown", shown);
        free(shown);
        if (neg)
            set(cell, "neg", "1");
    }
    free(s);
}

static char *title_case(const char *s)
{
    int upper = 0, lower = 0;
    for (const char *p = s; *p; p++) {
        upper += *p >= 'A' && *p <= 'Z';
        lower += *p >= 'a' && *p <= 'z';
    }
    char *r = tx_strdup(s);
    if (!r || lower || upper < 2)
        return r;
    int start = 1;
    for (char *p = r; *p; p++) {
        int letter = (*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z');
        if (letter && !start && *p >= 'A' && *p <= 'Z')
            *p = (char)(*p - 'A' + 'a');
        start = !(letter || (*p >= '0' && *p <= '9') || *p == '\'');
    }
    return r;
}

/* The scale note of a table: "In thousands of US dollars, except per-share
 * amounts; shares in thousands". */
static char *scale_note(const model *m, const mtable *t)
{
    int money = 0, shares = 0, ps = 0;
    for (size_t r = 0; r < t->nrows; r++)
        for (size_t q = 0; t->rows[r].cells && q < t->ncols; q++) {
            long fi = t->rows[r].cells[q];
            if (fi < 0)
                continue;
            money |= m->facts[fi].kind == K_MONEY;
            shares |= m->facts[fi].kind == K_SHARES;
            ps |= m->facts[fi].kind == K_PERSHARE;
        }
    tx_buf b = {0};
    if (money && t->ms)
        tx_buf_printf(&b, "In %s of US dollars", scale_word(t->ms));
    else if (money)
        tx_buf_puts(&b, "In US dollars");
    if (ps)
        tx_buf_puts(&b, money ? ", except per-share amounts" : "US dollars per share");
    if (shares)
        tx_buf_printf(&b, "%s%s%s", b.data && *b.data ? "; shares" : "Shares",
                      t->ss ? " in " : "", t->ss ? scale_word(t->ss) : "");
    return tx_buf_take(&b);
}

/* Header rows of a table: per column axis the member labels, then a
 * split of shares and amounts, the period group and the year; equal
 * neighbours under equal parents span. */
static void put_head(model *m, xmlNodePtr tn, const mtable *t)
{
    size_t nlev = 0;
    char ***cells = NULL;     /* [level][col] */
    size_t maxlev = t->naxes + 3;
    cells = xcalloc(m, maxlev, sizeof *cells);
    if (!cells)
        return;
    int any_split = 0;
    for (size_t a = 0; a < t->naxes; a++) {
        if (t->colaxis[a] != 1)
            continue;
        cells[nlev] = xcalloc(m, t->ncols, sizeof(char *));
        for (size_t q = 0; cells[nlev] && q < t->ncols; q++) {
            long mem = t->cols[q].members[a];
            cells[nlev][q] = mem >= 0 && m->d.dflt[t->axes[a]] != mem ? label_of(m, mem, NULL)
                                                                     : xstrdup(m, "Total");
        }
        nlev++;
        any_split = 1;
    }
    if (any_split) {
        /* shares and amounts of one member */
        int split = 0;
        for (size_t q = 0; q + 1 < t->ncols; q++)
            if (strchr(t->cols[q].key, 'k') && strcmp(strrchr(t->cols[q].key, '|'), "|k1") == 0)
                split = 1;
        if (split) {
            cells[nlev] = xcalloc(m, t->ncols, sizeof(char *));
            for (size_t q = 0; cells[nlev] && q < t->ncols; q++) {
                const char *k = strrchr(t->cols[q].key, '|');
                char word[64];
                snprintf(word, sizeof word, "%s%s%s", k && strcmp(k, "|k1") == 0 ? "Shares" : "Amount",
                         k && strcmp(k, "|k1") == 0 && t->cols[q].sscale != t->ss ? " (in " : "",
                         k && strcmp(k, "|k1") == 0 && t->cols[q].sscale != t->ss
                             ? (t->cols[q].sscale == 3 ? "thousands)" : t->cols[q].sscale == 6 ? "millions)" : "units)")
                             : "");
                cells[nlev][q] = xstrdup(m, word);
            }
            nlev++;
        }
    }
    /* a single column of text facts (document and entity information)
       names no period: its heading is the item and its value */
    int text_only = t->ncols == 1;
    for (size_t r = 0; text_only && r < t->nrows; r++)
        text_only = !t->rows[r].cells || t->rows[r].cells[0] < 0 ||
                    m->facts[t->rows[r].cells[0]].kind == K_TEXT;
    if (!t->period_rows && !text_only) {
        cells[nlev] = xcalloc(m, t->ncols, sizeof(char *));
        cells[nlev + 1] = xcalloc(m, t->ncols, sizeof(char *));
        for (size_t q = 0; cells[nlev] && cells[nlev + 1] && q < t->ncols; q++) {
            char g[96], y[16];
            period_heading(&t->cols[q], g, sizeof g, y, sizeof y);
            cells[nlev][q] = xstrdup(m, g);
            cells[nlev + 1][q] = xstrdup(m, y);
        }
        nlev += 2;
    }
    xmlNodePtr head = add(tn, "head");
    for (size_t l = 0; l < nlev && !m->oom; l++) {
        int empty = 1;
        for (size_t q = 0; q < t->ncols; q++)
            empty &= !cells[l][q] || !*cells[l][q];
        if (empty)
            continue;
        xmlNodePtr hr = add(head, "hr");
        if (l + 1 == nlev)
            set(hr, "last", "1");
        for (size_t q = 0; q < t->ncols;) {
            size_t e = q + 1;
            /* span while this level and every level above are equal */
            while (e < t->ncols && l + 1 < nlev) {
                int same = 1;
                for (size_t u = 0; u <= l && same; u++)
                    same = strcmp(cells[u][e], cells[u][q]) == 0;
                if (!same)
                    break;
                e++;
            }
            xmlNodePtr h = xmlNewTextChild(hr, NULL, (const xmlChar *)"h", (const xmlChar *)cells[l][q]);
            setl(h, "span", (long)(e - q));
            setl(h, "col", (long)q + 1);
            q = e;
        }
    }
    for (size_t l = 0; l < maxlev; l++) {
        for (size_t q = 0; cells[l] && q < t->ncols; q++)
            free(cells[l][q]);
        free(cells[l]);
    }
    free(cells);
}

static void put_fnotes(model *m, xmlNodePtr parent, long tab)
{
    for (size_t k = 0; k < m->nfoots; k++) {
        const mfoot *fn = &m->foots[k];
        if (fn->tab != tab || !fn->nfacts)
            continue;
        xmlNodePtr n = add(parent, "fnote");
        set(n, "id", fn->id);
        set(n, "mk", fn->mk);
        set(n, "text", fn->text);
        set(n, "printed", fn->printed ? "1" : "0");
        setl(n, "n", (long)fn->nfacts);
        for (size_t i = 0; i < fn->nfacts; i++)
            set(add(n, "ff"), "f", m->facts[fn->facts[i]].id);
    }
}

/* The markers of footnotes shown at a table's title, column or row. */
static char *fn_marks(const model *m, long tab, char at, const size_t *facts, size_t nf)
{
    tx_buf b = {0};
    for (size_t k = 0; k < m->nfoots; k++) {
        const mfoot *fn = &m->foots[k];
        if (fn->tab != tab || fn->at != at)
            continue;
        int hit = at == 't';
        for (size_t i = 0; i < nf && !hit; i++)
            for (size_t j = 0; j < fn->nfacts && !hit; j++)
                hit = fn->facts[j] == facts[i];
        if (hit)
            tx_buf_printf(&b, "%s%s", b.data && *b.data ? " " : "", fn->mk);
    }
    return tx_buf_take(&b);
}

/* Where each footnote is shown: under the table of the first home cell of
 * its facts; its marker on the title (every cell of the table is one of
 * its facts), on whole columns, or on the rows holding them. */
static void place_footnotes(model *m)
{
    for (size_t k = 0; k < m->nfoots; k++) {
        mfoot *fn = &m->foots[k];
        long tab = -1;
        for (size_t i = 0; i < fn->nfacts && tab < 0; i++)
            if (m->facts[fn->facts[i]].home)
                tab = m->facts[fn->facts[i]].tab;
        for (size_t i = 0; i < fn->nfacts && tab < 0; i++)
            tab = -2;   /* facts shown among the other facts */
        fn->tab = tab;
        if (tab < 0)
            continue;
        const mtable *t = &m->tabs[tab];
        size_t all = 0, linked = 0, wcols = 0, wsum = 0;
        for (size_t q = 0; q < t->ncols; q++) {
            size_t ca = 0, cl = 0;
            for (size_t r = 0; r < t->nrows; r++) {
                long fi = t->rows[r].cells ? t->rows[r].cells[q] : -1;
                if (fi < 0)
                    continue;
                ca++;
                for (size_t j = 0; j < fn->nfacts; j++)
                    if (fn->facts[j] == (size_t)fi) {
                        cl++;
                        break;
                    }
            }
            all += ca;
            linked += cl;
            if (ca && cl == ca) {
                wcols++;
                wsum += ca;
            }
        }
        fn->at = linked == all ? 't' : wcols && wsum == linked ? 'c' : 'r';
    }
}

/* A member of a non-GAAP presentation basis. */
static int is_nongaap(const model *m, long mem)
{
    return mem >= 0 && strstr(m->d.concepts[mem].name, "NonGaap") != NULL;
}

/* 1 when fact f is non-GAAP by a member of one of t's row axes (a row of a
 * GAAP table printed once per basis). */
static int row_fact_nongaap(const model *m, const mtable *t, const mfact *f)
{
    for (size_t a = 0; a < t->naxes; a++)
        if (t->colaxis[a] == 2 && is_nongaap(m, fact_member(m, f, t->axes[a])))
            return 1;
    return 0;
}

static void put_table(model *m, xmlNodePtr en, size_t ti)
{
    mtable *t = &m->tabs[ti];
    xmlNodePtr tn = add(en, "table");
    char id[32];
    snprintf(id, sizeof id, "t%zu", ti + 1);
    set(tn, "id", id);
    set(tn, "role", t->role);
    set(tn, "title", t->title);
    set(tn, "kind", t->kind);
    char *note = scale_note(m, t);
    set(tn, "note", note);
    free(note);
    /* axes of a single member in this table: the caption says them */
    for (size_t a = 0; a < t->naxes; a++) {
        if (t->colaxis[a])
            continue;
        long mem = -3;
        int one = 1;
        for (size_t r = 0; r < t->nrows && one; r++)
            for (size_t q = 0; t->rows[r].cells && q < t->ncols && one; q++) {
                long fi = t->rows[r].cells[q];
                if (fi < 0)
                    continue;
                long v = fact_member(m, &m->facts[fi], t->axes[a]);
                if (mem == -3)
                    mem = v;
                else if (v != mem)
                    one = 0;
            }
        if (!one || mem < 0)
            continue;
        xmlNodePtr dn = add(tn, "dim");
        char *al = label_of(m, t->axes[a], NULL), *ml = label_of(m, mem, NULL);
        set(dn, "axis", al);
        set(dn, "member", ml);
        if (is_nongaap(m, mem))
            t->nongaap = 1;
        free(al);
        free(ml);
    }
    /* a table with non-GAAP columns or rows (a reconciliation) or titled so */
    for (size_t a = 0; a < t->naxes && !t->nongaap; a++)
        for (size_t q = 0; t->colaxis[a] == 1 && q < t->ncols && !t->nongaap; q++)
            t->nongaap = is_nongaap(m, t->cols[q].members[a]);
    if (t->title && (tx_strcasestr(t->title, "non-gaap") || tx_strcasestr(t->title, "non gaap")))
        t->nongaap = 1;
    if (t->nongaap)
        set(tn, "nongaap", "1");
    /* footnote markers on the title */
    char *tm = fn_marks(m, (long)ti, 't', NULL, 0);
    if (tm && *tm)
        set(tn, "fn", tm);
    free(tm);
    put_head(m, tn, t);
    for (size_t q = 0; q < t->ncols; q++) {
        xmlNodePtr c = add(tn, "col");
        setl(c, "n", (long)q + 1);
        set(c, "period", t->cols[q].pk);
        size_t *facts = xcalloc(m, t->nrows, sizeof *facts);
        size_t nf = 0;
        for (size_t r = 0; facts && r < t->nrows; r++)
            if (t->rows[r].cells && t->rows[r].cells[q] >= 0)
                facts[nf++] = (size_t)t->rows[r].cells[q];
        char *cm = fn_marks(m, (long)ti, 'c', facts, nf);
        if (cm && *cm)
            set(c, "fn", cm);
        free(cm);
        free(facts);
    }
    /* headings only where something is shown under them */
    for (size_t r = 0; r < t->nrows; r++) {
        mrow *row = &t->rows[r];
        if (row->heading) {
            int shown = 0;
            for (size_t q = r + 1; q < t->nrows && t->rows[q].depth > row->depth && !shown; q++)
                for (size_t k = 0; t->rows[q].cells && k < t->ncols && !shown; k++)
                    shown = t->rows[q].cells[k] >= 0;
            if (!shown)
                continue;
            xmlNodePtr rn = add(tn, "row");
            set(rn, "kind", "heading");
            setl(rn, "depth", row->depth);
            set(rn, "label", row->label);
            continue;
        }
        int any = 0;
        for (size_t q = 0; row->cells && q < t->ncols; q++)
            any |= row->cells[q] >= 0;
        if (!any)
            continue;
        xmlNodePtr rn = add(tn, "row");
        set(rn, "kind", "item");
        setl(rn, "depth", row->depth);
        set(rn, "label", row->label);
        set(rn, "concept", m->d.concepts[row->concept].key);
        if (row->cls)
            set(rn, "class", row->cls == 2 ? "grand" : "subtotal");
        /* a non-GAAP row of a table that is not */
        int ngrow = 0;
        for (size_t q = 0; !t->nongaap && q < t->ncols && !ngrow; q++)
            ngrow = row->cells[q] >= 0 && row_fact_nongaap(m, t, &m->facts[row->cells[q]]);
        if (ngrow)
            set(rn, "nongaap", "1");
        int negate = pref_negated(row->pref);
        size_t *facts = xcalloc(m, t->ncols, sizeof *facts);
        size_t nf = 0;
        for (size_t q = 0; q < t->ncols; q++) {
            long fi = row->cells[q];
            if (fi < 0)
                continue;
            if (facts)
                facts[nf++] = (size_t)fi;
            mfact *f = &m->facts[fi];
            xmlNodePtr cn = add(rn, "cell");
            setl(cn, "col", (long)q + 1);
            int scale = f->kind == K_MONEY ? t->ms : f->kind == K_SHARES ? t->cols[q].sscale : 0;
            cell_attrs(m, cn, (size_t)fi, scale, negate);
            if (!(f->tab == (long)ti && f->hrow == r && f->hcol == q))
                set(cn, "echo", "1");
        }
        char *rm = fn_marks(m, (long)ti, 'r', facts, nf);
        if (rm && *rm)
            set(rn, "fn", rm);
        free(rm);
        free(facts);
    }
    put_fnotes(m, tn, (long)ti);
}

/* ------------------------------------------------------------ driver */

/* Frees what table t holds (not t). */
static void table_free(mtable *t)
{
    for (size_t r = 0; r < t->nrows; r++) {
        free(t->rows[r].label);
        free(t->rows[r].cells);
    }
    free(t->rows);
    for (size_t q = 0; q < t->ncols; q++) {
        free(t->cols[q].key);
        free(t->cols[q].members);
    }
    free(t->cols);
    for (size_t a = 0; a < t->naxes; a++)
        free(t->members[a]);
    free(t->axes);
    free(t->members);
    free(t->nmembers);
    free(t->dflt_ok);
    free(t->colaxis);
    free(t->title);
    free(t->kind);
}

/* The roles of the presentation, in order, and their trees. */
static void build_tables(model *m)
{
    tx_rdts *d = &m->d;
    /* presentation relationships: the filer's own (walk.c) */
    pres P = {0};
    P.rels = xcalloc(m, d->npres, sizeof *P.rels);
    for (size_t i = 0; P.rels && i < d->npres; i++)
        P.rels[P.nrels++] = (mrel){d->pres[i].role, d->pres[i].from, d->pres[i].to,
                                   d->pres[i].order, d->pres[i].pref, d->pres[i].seq};
    qsort(P.rels, P.nrels, sizeof *P.rels, mrel_cmp);
    for (size_t i = 0; i < P.nrels && !m->oom; i++)
        if (i == 0 || P.rels[i].role != P.rels[i - 1].role || P.rels[i].from != P.rels[i - 1].from) {
            tx_pkey k = {{P.rels[i].role, (void *)(size_t)(P.rels[i].from + 1)}};
            if (tx_pmap_put(&P.first, &k, i) != 0)
                m->oom = 1;
        }
    /* the roles in the order of their declarations (sort codes first) */
    const char **roles = xcalloc(m, P.nrels + 1, sizeof *roles);
    size_t nroles = 0;
    for (size_t i = 0; roles && i < d->nroles; i++) {
        const char *u = d->roles[i].uri;
        int used = 0, seen = 0;
        for (size_t k = 0; k < P.nrels && !used; k++)
            used = P.rels[k].role == u;
        for (size_t k = 0; k < nroles && !seen; k++)
            seen = roles[k] == u;
        if (used && !seen)
            roles[nroles++] = u;
    }
    for (size_t k = 0; roles && k < P.nrels; k++) {
        int seen = 0;
        for (size_t j = 0; j < nroles && !seen; j++)
            seen = roles[j] == P.rels[k].role;
        if (!seen)
            roles[nroles++] = P.rels[k].role;
    }
    /* a definition "NNN - ..." sorts by NNN (stable otherwise) */
    char **defs = xcalloc(m, nroles, sizeof *defs);
    for (size_t k = 0; defs && k < nroles; k++) {
        for (size_t i = 0; i < d->nroles && !defs[k]; i++)
            if (d->roles[i].uri == roles[k] && d->roles[i].def)
                defs[k] = tx_strdup(d->roles[i].def);
        if (!defs[k]) {
            const char *s = strrchr(roles[k], '/');
            defs[k] = tx_strdup(s ? s + 1 : roles[k]);
        }
    }
    for (size_t x = 1; defs && x < nroles; x++)
        for (size_t y = x; y > 0; y--) {
            long a = strtol(defs[y - 1], NULL, 10), b = strtol(defs[y], NULL, 10);
            if (!(a > b && strstr(defs[y - 1], " - ") && strstr(defs[y], " - ")))
                break;
            const char *tr = roles[y];
            roles[y] = roles[y - 1];
            roles[y - 1] = tr;
            char *td = defs[y];
            defs[y] = defs[y - 1];
            defs[y - 1] = td;
        }
    tx_pmap is_child = {0};
    for (size_t i = 0; i < P.nrels && !m->oom; i++) {
        tx_pkey k = {{P.rels[i].role, (void *)(size_t)(P.rels[i].to + 1)}};
        if (tx_pmap_put(&is_child, &k, 1) != 0)
            m->oom = 1;
    }
    /* the tables: per role, per entity with facts */
    size_t tcap = 0;
    for (size_t k = 0; defs && k < nroles && !m->oom; k++) {
        const char *role = roles[k];
        /* roots: parents that are nobody's child in the role */
        pnode *nodes = NULL;
        size_t nn = 0, ncap = 0;
        long path[64];
        for (size_t i = 0; i < P.nrels && !m->oom; i++) {
            if (P.rels[i].role != role || (i > 0 && P.rels[i - 1].role == role &&
                                           P.rels[i - 1].from == P.rels[i].from))
                continue;
            tx_pkey ck = {{role, (void *)(size_t)(P.rels[i].from + 1)}};
            size_t one;
            if (!tx_pmap_get(&is_child, &ck, &one))
                dfs(m, &P, role, P.rels[i].from, 0, NULL, &nodes, &nn, &ncap, path, 0);
        }
        /* title and kind: "NNN - Kind - Title" */
        char *def = defs[k];
        const char *title = def, *kind = "";
        char *kindbuf = NULL;
        const char *dash = strstr(def, " - ");
        if (dash && strspn(def, "0123456789") == (size_t)(dash - def)) {
            title = dash + 3;
            const char *d2 = strstr(title, " - ");
            if (d2) {
                kindbuf = tx_strndup(title, (size_t)(d2 - title));
                kind = kindbuf ? kindbuf : "";
                title = d2 + 3;
            }
        }
        for (size_t e = 0; e < m->nents && !m->oom; e++) {
            /* a title naming one entity of several is that entity's */
            int other = 0;
            for (size_t o = 0; o < m->nents && m->nents > 1; o++)
                if (o != e && m->ents[o].name && *m->ents[o].name &&
                    tx_strcasestr(title, m->ents[o].name) &&
                    !(m->ents[e].name && tx_strcasestr(title, m->ents[e].name)))
                    other = 1;
            if (other)
                continue;
            if (grow(m, (void **)&m->tabs, &tcap, m->ntabs + 1, sizeof *m->tabs) != 0)
                break;
            mtable *t = &m->tabs[m->ntabs];
            memset(t, 0, sizeof *t);
            t->role = role;
            t->ent = e;
            /* "JUNIPER NETWORKS, INC. - BALANCE SHEETS": the entity is the heading */
            const char *ti = title;
            if (m->ents[e].name && strncmp(ti, m->ents[e].name, strlen(m->ents[e].name)) == 0 &&
                strncmp(ti + strlen(m->ents[e].name), " - ", 3) == 0)
                ti += strlen(m->ents[e].name) + 3;
            t->title = xstrdup(m, ti);
            t->kind = xstrdup(m, kind);
            build_table(m, t, nodes, nn);
            fill_table(m, t);
            int cells = 0;
            for (size_t r = 0; r < t->nrows && !cells; r++)
                for (size_t q = 0; t->rows[r].cells && q < t->ncols && !cells; q++)
                    cells = t->rows[r].cells[q] >= 0;
            if (!cells) {
                table_free(t);
                continue;
            }
            finish_table(m, t);
            m->ntabs++;
        }
        free(kindbuf);
        free(nodes);
    }
    for (size_t k = 0; defs && k < nroles; k++)
        free(defs[k]);
    free(defs);
    free(roles);
    free(P.rels);
    tx_pmap_clear(&P.first);
    tx_pmap_clear(&is_child);
}

static int long_cmp(const void *a, const void *b)
{
    long x = *(const long *)a, y = *(const long *)b;
    return x < y ? -1 : x > y;
}

/* The median exhibit line of table t's facts (-1: none known). */
static long median_line(const model *m, const mtable *t)
{
    size_t n = 0;
    for (size_t r = 0; r < t->nrows; r++)
        for (size_t q = 0; t->rows[r].cells && q < t->ncols; q++)
            n += t->rows[r].cells[q] >= 0;
    long *v = n ? malloc(n * sizeof *v) : NULL;
    if (!v)
        return -1;
    size_t k = 0;
    for (size_t r = 0; r < t->nrows; r++)
        for (size_t q = 0; t->rows[r].cells && q < t->ncols; q++) {
            long fi = t->rows[r].cells[q];
            if (fi >= 0 && m->facts[fi].line > 0)
                v[k++] = m->facts[fi].line;
        }
    qsort(v, k, sizeof *v, long_cmp);
    long med = k ? v[k / 2] : -1;
    free(v);
    return med;
}

/* The rows of table t that show nothing (line items without a fact). */
static size_t empty_rows(const mtable *t)
{
    size_t n = 0;
    for (size_t r = 0; r < t->nrows; r++) {
        if (t->rows[r].heading)
            continue;
        int any = 0;
        for (size_t q = 0; t->rows[r].cells && q < t->ncols && !any; q++)
            any = t->rows[r].cells[q] >= 0;
        n += !any;
    }
    return n;
}

/* Which entity each role was printed for, when the instance has several
 * (a role has a table per entity with facts that fit it: the second
 * company's balance sheet fits the first's role too).  A role of the
 * exhibit's presentation has a row for each line the table printed, so the
 * printed table is the one that leaves the fewest rows empty; the role's
 * tables for the other entities are secondary: kept only where they are
 * home to facts no printed table shows.  Of tables that tie, the printed
 * one is the next down the exhibit: the least median exhibit line at or
 * after the previous role's printed table. */
static void owners(model *m)
{
    if (m->nents < 2)
        return;
    long prev = -1;            /* median line of the previous printed table */
    for (size_t k = 0; k < m->ntabs;) {
        size_t e = k + 1;
        while (e < m->ntabs && m->tabs[e].role == m->tabs[k].role)
            e++;
        size_t least = (size_t)-1;
        for (size_t i = k; i < e; i++) {
            size_t n = empty_rows(&m->tabs[i]);
            if (n < least)
                least = n;
        }
        /* of several that fill as many rows: the next down the exhibit */
        long pick = -1, pickmed = -1, low = -1, lowmed = -1;
        for (size_t i = k; i < e; i++) {
            m->tabs[i].secondary = 1;
            if (empty_rows(&m->tabs[i]) != least)
                continue;
            long med = median_line(m, &m->tabs[i]);
            if (med >= prev && (pick < 0 || med < pickmed)) {
                pick = (long)i;
                pickmed = med;
            }
            if (low < 0 || med < lowmed) {
                low = (long)i;
                lowmed = med;
            }
        }
        if (pick < 0) {
            pick = low;
            pickmed = lowmed;
        }
        if (pick >= 0) {
            m->tabs[pick].secondary = 0;
            prev = pickmed;
        }
        k = e;
    }
}

/* Homes: a fact's first cell (tables in entity order, then role order). */
static void mark_homes(model *m, const size_t *order, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        mtable *t = &m->tabs[order[k]];
        for (size_t r = 0; r < t->nrows; r++)
            for (size_t q = 0; t->rows[r].cells && q < t->ncols; q++) {
                long fi = t->rows[r].cells[q];
                if (fi >= 0 && !m->facts[fi].home) {
                    m->facts[fi].home = 1;
                    m->facts[fi].tab = (long)order[k];
                    m->facts[fi].hrow = r;
                    m->facts[fi].hcol = q;
                }
            }
    }
}

static void put_other(model *m, xmlNodePtr parent)
{
    xmlNodePtr on = NULL;
    for (size_t i = 0; i < m->nfacts && !m->oom; i++) {
        mfact *f = &m->facts[i];
        if (f->home)
            continue;
        if (!on)
            on = add(parent, "other");
        xmlNodePtr fn = add(on, "fact");
        char *label = label_of(m, f->concept, NULL);
        set(fn, "label", label);
        free(label);
        set(fn, "concept", f->qname);
        set(fn, "entity", m->ents[f->ent].name ? m->ents[f->ent].name : m->ents[f->ent].id);
        const mctx *x = f->ctx >= 0 ? &m->ctxs[f->ctx] : NULL;
        char p[64] = "";
        if (x && x->instant)
            snprintf(p, sizeof p, "%s", x->end);
        else if (x && !x->forever)
            snprintf(p, sizeof p, "%s to %s", x->start, x->end);
        else if (x)
            snprintf(p, sizeof p, "forever");
        set(fn, "period", p);
        tx_buf dims = {0};
        for (size_t k = 0; x && k < x->ndims; k++) {
            char *al = label_of(m, x->dims[k].axis, NULL);
            char *ml = x->dims[k].member >= 0 ? label_of(m, x->dims[k].member, NULL)
                                               : tx_strdup("(typed)");
            tx_buf_printf(&dims, "%s%s: %s", k ? "; " : "", al ? al : "", ml ? ml : "");
            free(al);
            free(ml);
        }
        char *dt = tx_buf_take(&dims);
        set(fn, "dims", dt ? dt : "");
        free(dt);
        int scale = f->kind == K_MONEY || f->kind == K_SHARES ? scale_of_dec(f->dec) : 0;
        set(fn, "unitname", f->unit >= 0 ? m->units[f->unit].name : "");
        set(fn, "scaleword", scale ? scale_word(scale) : "");
        cell_attrs(m, fn, i, scale, 0);
    }
    put_fnotes(m, on ? on : parent, -2);
}

static void build_model(model *m, const tx_render_options *opt, xmlDocPtr out)
{
    xmlNodePtr root = xmlNewNode(NULL, (const xmlChar *)"rendition");
    xmlDocSetRootElement(out, root);
    /* the instance's namespaces (QNames of Inline XBRL names) */
    xmlNodePtr iroot = xmlDocGetRootElement(m->inst);
    for (xmlNsPtr ns = iroot->nsDef; ns; ns = ns->next)
        if (ns->prefix)
            xmlNewNs(root, ns->href, ns->prefix);
    /* source, version, document date from the instance's comment and facts */
    const char *source = opt && opt->source ? opt->source : NULL;
    char *src = NULL, *ver = NULL;
    for (xmlNodePtr c = m->inst->children; c; c = c->next) {
        if (c->type != XML_COMMENT_NODE || !c->content)
            continue;
        const char *s = (const char *)c->content;
        const char *a = strstr(s, " instance of "), *b = strstr(s, ", written by txbrl ");
        if (a && b && b > a) {
            src = tx_strndup(a + 13, (size_t)(b - a - 13));
            const char *v = b + 19, *e = v;
            while (*e && *e != ' ' && *e != '-')
                e++;
            ver = tx_strndup(v, (size_t)(e - v));
        }
        break;
    }
    if (source) {
        const char *sl = strrchr(source, '/');
        set(root, "source", sl ? sl + 1 : source);
    } else {
        set(root, "source", src ? src : "");
    }
    set(root, "version", ver ? ver : "");
    free(src);
    free(ver);
    char date[11] = "";
    for (size_t i = 0; i < m->nfacts; i++)
        if (strcmp((const char *)m->facts[i].node->name, "DocumentPeriodEndDate") == 0 &&
            strcmp(m->facts[i].value, date) > 0)
            copy_date(date, m->facts[i].value);
    set(root, "date", date);
    /* the company: the first entity's name */
    char *company = NULL;
    for (size_t e = 0; e < m->nents && !company; e++)
        if (m->ents[e].name)
            company = title_case(m->ents[e].name);
    set(root, "company", company ? company : "");
    tx_buf title = {0};
    if (company && *company)
        tx_buf_printf(&title, "%s: ", company);
    tx_buf_puts(&title, company && *company ? "financial statements" : "Financial statements");
    if (*date) {
        char ld[64];
        long_date(date, ld, sizeof ld);
        tx_buf_printf(&title, ", %s", ld);
    }
    char *tt = tx_buf_take(&title);
    set(root, "title", tt);
    free(tt);
    free(company);
    /* a copy of schemaRef, contexts and units for Inline XBRL */
    xmlNodePtr ic = add(root, "instance");
    for (xmlNodePtr n = iroot->children; n; n = n->next)
        if (n->type == XML_ELEMENT_NODE &&
            (tx_is_elem(n, TX_NS_LINK, "schemaRef") || tx_is_elem(n, TX_NS_XBRLI, "context") ||
             tx_is_elem(n, TX_NS_XBRLI, "unit")))
            xmlAddChild(ic, xmlDocCopyNode(n, out, 1));
    /* tables per entity, entities in order of their first fact; the
       homes first in the tables each role was printed for (owners) */
    owners(m);
    size_t *order = xcalloc(m, m->ntabs, sizeof *order);
    size_t no = 0;
    for (int sec = 0; sec < 2; sec++)
        for (size_t e = 0; order && e < m->nents; e++)
            for (size_t k = 0; k < m->ntabs; k++)
                if (m->tabs[k].ent == e && m->tabs[k].secondary == sec)
                    order[no++] = k;
    mark_homes(m, order, no);
    /* a secondary table that is home to no fact shows nothing new: dropped */
    for (size_t k = 0; k < m->ntabs; k++) {
        mtable *t = &m->tabs[k];
        int homes = 0;
        for (size_t r = 0; t->secondary && r < t->nrows && !homes; r++)
            for (size_t q = 0; t->rows[r].cells && q < t->ncols && !homes; q++) {
                long fi = t->rows[r].cells[q];
                homes = fi >= 0 && m->facts[fi].home && m->facts[fi].tab == (long)k;
            }
        if (t->secondary && !homes)
            t->secondary = 2;
    }
    no = 0;
    for (size_t e = 0; order && e < m->nents; e++)
        for (size_t k = 0; k < m->ntabs; k++)
            if (m->tabs[k].ent == e && m->tabs[k].secondary != 2)
                order[no++] = k;
    place_footnotes(m);
    for (size_t e = 0; e < m->nents && !m->oom; e++) {
        xmlNodePtr en = add(root, "entity");
        set(en, "id", m->ents[e].id);
        set(en, "scheme", m->ents[e].scheme);
        char *nm = m->ents[e].name ? title_case(m->ents[e].name) : NULL;
        if (nm)
            set(en, "name", nm);
        free(nm);
        for (size_t k = 0; k < no; k++)
            if (m->tabs[order[k]].ent == e)
                put_table(m, en, order[k]);
    }
    put_other(m, root);
    free(order);
}

static void model_free(model *m)
{
    for (size_t i = 0; i < m->nctxs; i++) {
        free(m->ctxs[i].id);
        free(m->ctxs[i].entity);
        free(m->ctxs[i].scheme);
        free(m->ctxs[i].dims);
        free(m->ctxs[i].dimtext);
    }
    free(m->ctxs);
    tx_smap_clear(&m->ctx_index);
    for (size_t i = 0; i < m->nunits; i++) {
        free(m->units[i].id);
        free(m->units[i].name);
    }
    free(m->units);
    tx_smap_clear(&m->unit_index);
    for (size_t i = 0; i < m->nfacts; i++) {
        free(m->facts[i].id);
        free(m->facts[i].qname);
        free(m->facts[i].value);
        free(m->facts[i].dec);
    }
    free(m->facts);
    tx_smap_clear(&m->fact_index);
    for (size_t i = 0; i < m->nfoots; i++) {
        free(m->foots[i].id);
        free(m->foots[i].mk);
        free(m->foots[i].text);
        free(m->foots[i].facts);
    }
    free(m->foots);
    for (size_t i = 0; i < m->nents; i++) {
        free(m->ents[i].id);
        free(m->ents[i].scheme);
        free(m->ents[i].name);
    }
    free(m->ents);
    free(m->concept_facts_first);
    free(m->fact_next);
    for (size_t k = 0; k < m->ntabs; k++)
        table_free(&m->tabs[k]);
    free(m->tabs);
    tx_rdts_clear(&m->d);
}

/* 1 for what the DTS loader says of a document it did not load: refused
 * by the closed DTS, missing, or stopped by the safe parse (a DOCTYPE, a
 * document that is not well-formed, too deep, too large). */
static int not_loaded(const char *code)
{
    return strcmp(code, "dts.unresolved") == 0 || strcmp(code, "dts.outside") == 0 ||
           strcmp(code, "dts.not-regular") == 0 || strcmp(code, "dts.empty-href") == 0 ||
           strncmp(code, "xml.", 4) == 0 || strncmp(code, "read.", 5) == 0;
}

/* The closed DTS (xbrl/offline.h): the instance's folder, the folders the
 * caller allows. */
static tx_status allow_folders(tx_offline *o, const char *instance,
                               const tx_render_options *opt, tx_report *rep)
{
    (void)tx_offline_allow_entry(o, instance);
    for (size_t i = 0; opt && opt->allow && opt->allow[i]; i++)
        if (tx_offline_allow(o, opt->allow[i]) != 0) {
            tx_report_add(rep, TX_ERROR, opt->allow[i], 0, "read.open",
                          "cannot allow '%s': not a readable folder", opt->allow[i]);
            return TX_EIO;
        }
    return TX_OK;
}

/* Discovers the DTS of m->inst.  What discovery finds wrong with the
 * documents it loaded is the validator's to say; a document it could not
 * load (refused by the closed DTS, missing, with a DOCTYPE, not
 * well-formed) leaves the rendition short of it: reported here, and
 * TX_EINPUT (no page). */
static tx_status load_dts(model *m, tx_offline *o, const char *path, const char *instance,
                          const char *datadir, tx_report *rep, size_t errors_before)
{
    tx_report *scratch = tx_report_new();
    if (!scratch)
        return TX_ENOMEM;
    tx_status st = tx_rdts_load(&m->d, o, m->inst, path, instance, datadir, scratch);
    if (st == TX_EINPUT)
        st = TX_OK;
    for (size_t i = 0; st == TX_OK && i < tx_report_size(scratch); i++)
        if (tx_report_severity(scratch, i) == TX_ERROR &&
            not_loaded(tx_report_code(scratch, i)) && tx_report_copy(rep, scratch, i) != 0)
            st = TX_ENOMEM;
    tx_report_free(scratch);
    if (st == TX_OK &&
        (tx_report_count(rep, TX_ERROR) > errors_before || tx_offline_refusals(o) > 0)) {
        if (tx_report_count(rep, TX_ERROR) == errors_before)
            tx_report_add(rep, TX_ERROR, instance, 0, "render.dts",
                          "a document of the DTS was not loaded");
        st = TX_EINPUT;
    }
    return st;
}

tx_status tx_render_model(const char *instance, const tx_render_options *opt, tx_report *rep,
                          xmlDocPtr *out)
{
    *out = NULL;
    size_t errors_before = tx_report_count(rep, TX_ERROR);
    char *catalog = opt && opt->catalog ? tx_strdup(opt->catalog)
                                        : tx_datadir_catalog(opt ? opt->datadir : NULL);
    /* '-' is standard input, even beside a file named '-' */
    char *abs = strcmp(instance, "-") != 0 ? realpath(instance, NULL) : NULL;
    tx_offline *o = NULL;
    tx_status st = tx_offline_open(catalog, instance, rep, &o);
    free(catalog);
    model m;
    memset(&m, 0, sizeof m);
    if (st == TX_OK)
        st = allow_folders(o, instance, opt, rep);
    if (st == TX_OK)
        st = tx_offline_parse(o, abs ? abs : instance, instance, rep, &m.inst);
    if (st == TX_OK && !tx_is_elem(xmlDocGetRootElement(m.inst), TX_NS_XBRLI, "xbrl")) {
        tx_report_add(rep, TX_ERROR, instance, 0, "render.not-instance",
                      "the root element is not xbrli:xbrl: no XBRL instance to render");
        st = TX_EINPUT;
    }
    if (st == TX_OK)
        st = load_dts(&m, o, abs ? abs : instance, instance, opt ? opt->datadir : NULL, rep,
                      errors_before);
    if (st == TX_OK) {
        read_instance(&m);
        if (!m.oom)
            build_tables(&m);
        xmlDocPtr doc = m.oom ? NULL : xmlNewDoc((const xmlChar *)"1.0");
        if (doc) {
            build_model(&m, opt, doc);
            if (m.oom) {
                xmlFreeDoc(doc);
                doc = NULL;
            }
        }
        *out = doc;
        st = doc ? TX_OK : TX_ENOMEM;
    }
    model_free(&m);
    xmlFreeDoc(m.inst);
    tx_offline_close(o);
    free(abs);
    return st;
}

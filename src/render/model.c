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
#include "render/mint.h"
#include "render/walk.h"
#include "xbrl/offline.h"
#include "xbrl/vocab.h"
#include "xbrl/xml.h"


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
        tx_sort(x->dims, x->ndims, sizeof *x->dims, dim_cmp);
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

static const char *scale_word(int s)
{
    return s == 9 ? "billions" : s == 6 ? "millions" : s == 3 ? "thousands" : "";
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
            cells[nlev][q] = mem >= 0 && m->d.dflt[t->axes[a]] != mem ? tx_rm_label_of(m, mem, NULL)
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
        char *al = tx_rm_label_of(m, t->axes[a], NULL), *ml = tx_rm_label_of(m, mem, NULL);
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
    tx_sort(v, k, sizeof *v, long_cmp);
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
        char *label = tx_rm_label_of(m, f->concept, NULL);
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
            char *al = tx_rm_label_of(m, x->dims[k].axis, NULL);
            char *ml = x->dims[k].member >= 0 ? tx_rm_label_of(m, x->dims[k].member, NULL)
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
        tx_rm_table_free(&m->tabs[k]);
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
            tx_rm_build_tables(&m);
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

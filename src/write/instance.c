/* instance.c - a factset as an XBRL 2.1 instance, extension schema and linkbases. */
#include "write/instance.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "xbrl/offline.h"
#include "xbrl/xml.h"
#include "base/util.h"



/* ------------------------------------------------------------ state */

typedef struct schema_import {
    char *url;
    char *ns;
} schema_import;

typedef struct wctx {
    const tx_factset *fs;
    tx_report *rep;
    char *stem;
    char *ext_ns;
    char *source_name;            /* the exhibit's file name, for comments   */
    char *diag;                   /* DIR/STEM.xml, for findings              */
    int with_ext;                 /* extension schema and linkbases written  */
    tx_namespace *used;           /* prefixes the instance uses (owned)      */
    size_t nused, capused;
    schema_import *imports;
    size_t nimports, capimports;
    size_t *fact_ctx;             /* context of each fact                    */
    size_t *ctx_first;            /* first fact of each context              */
    size_t nctx;
    int use_usd, use_shares, use_ps, use_pure;
    const char **other;           /* other unit texts, first-use order       */
    size_t nother, capother;
    const char **roles;           /* calculation roles, first-use order      */
    char **role_href;             /* roleRef target; NULL for the standard   */
    int *role_here;               /* 1: declared in the extension schema     */
    size_t nroles;
    tx_status st;
} wctx;

static void fail(wctx *w, tx_status st)
{
    if (w->st == TX_OK || st == TX_ENOMEM)
        w->st = st;
}

static void wctx_free(wctx *w)
{
    for (size_t i = 0; i < w->nused; i++) {
        free(w->used[i].prefix);
        free(w->used[i].uri);
    }
    free(w->used);
    for (size_t i = 0; i < w->nimports; i++) {
        free(w->imports[i].url);
        free(w->imports[i].ns);
    }
    free(w->imports);
    free(w->fact_ctx);
    free(w->ctx_first);
    free(w->other);
    for (size_t i = 0; i < w->nroles; i++)
        free(w->role_href[i]);
    free(w->roles);
    free(w->role_href);
    free(w->role_here);
    free(w->stem);
    free(w->ext_ns);
    free(w->source_name);
    free(w->diag);
}

/* ------------------------------------------------------------ names */

static const char *base_name(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

static char *stem_of(const tx_factset *fs)
{
    if (fs->stem && *fs->stem)
        return tx_strdup(fs->stem);
    if (!fs->source)
        return NULL;
    const char *b = base_name(fs->source);
    const char *dot = strrchr(b, '.');
    return tx_strndup(b, dot && dot != b ? (size_t)(dot - b) : strlen(b));
}

static const char *known_prefix_uri(const char *prefix)
{
    static const struct { const char *prefix, *uri; } known[] = {
        {"xbrli", TX_NS_XBRLI}, {"iso4217", TX_NS_ISO4217}, {"tx-gaap", TX_NS_GAAP},
        {"txbrl", TX_NS_TXBRL}, {"tx-dei", TX_NS_DEI}, {"xbrldi", TX_NS_XBRLDI},
        {"link", TX_NS_LINK}, {"xlink", TX_NS_XLINK}, {"xsi", TX_NS_XSI},
        {"num", TX_NS_DTR_NUM}, {"nonnum", TX_NS_DTR_NONNUM},
    };
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
        if (strcmp(prefix, known[i].prefix) == 0)
            return known[i].uri;
    return NULL;
}

/* Prefixes the writer itself declares: always their standard namespaces. */
static const char *reserved_uri(const char *prefix)
{
    static const char *const reserved[] = {"xbrli", "link", "xlink", "xbrldi", "xsi", "iso4217"};
    for (size_t i = 0; i < sizeof reserved / sizeof reserved[0]; i++)
        if (strcmp(prefix, reserved[i]) == 0)
            return known_prefix_uri(prefix);
    return NULL;
}

static const char *prefix_uri(const wctx *w, const char *prefix)
{
    if (strcmp(prefix, "ext") == 0)
        return w->ext_ns;
    if (reserved_uri(prefix))
        return reserved_uri(prefix);
    for (size_t i = 0; i < w->fs->nns; i++)
        if (strcmp(w->fs->ns[i].prefix, prefix) == 0)
            return w->fs->ns[i].uri;
    return known_prefix_uri(prefix);
}

static int find_used(const wctx *w, const char *prefix)
{
    for (size_t i = 0; i < w->nused; i++)
        if (strcmp(w->used[i].prefix, prefix) == 0)
            return 1;
    return 0;
}

static void use_prefix(wctx *w, const char *prefix, size_t len, const char *what)
{
    char *p = tx_strndup(prefix, len);
    if (!p) {
        fail(w, TX_ENOMEM);
        return;
    }
    const char *uri = prefix_uri(w, p);
    if (!uri) {
        tx_report_add(w->rep, TX_ERROR, w->diag, 0, "write.prefix",
                      "prefix '%s' of %s is bound to no namespace", p, what);
        fail(w, TX_EUSAGE);
    } else if (!find_used(w, p)) {
        char *u = tx_strdup(uri);
        if (u && tx_grow((void **)&w->used, &w->capused, w->nused + 1, sizeof *w->used) == 0) {
            w->used[w->nused++] = (tx_namespace){p, u};
            return;
        }
        free(u);
        fail(w, TX_ENOMEM);
    }
    free(p);
}

/* Letters, digits, '_', '-', '.' and any non-ASCII byte: enough to keep
 * names from breaking the markup (the schema validation does the rest). */
static int name_chars_ok(const char *s, int colon_ok)
{
    if (!s || !*s)
        return 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p >= 0x80 || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
            (*p >= '0' && *p <= '9') || *p == '_' || *p == '-' || *p == '.' ||
            (colon_ok && *p == ':'))
            continue;
        return 0;
    }
    return 1;
}

static void use_qname(wctx *w, const char *qname)
{
    const char *colon = qname ? strchr(qname, ':') : NULL;
    if (!colon || colon == qname || !colon[1] || strchr(colon + 1, ':') ||
        !name_chars_ok(qname, 1)) {
        tx_report_add(w->rep, TX_ERROR, w->diag, 0, "write.prefix",
                      "'%s' is not a prefixed name", qname ? qname : "(null)");
        fail(w, TX_EUSAGE);
        return;
    }
    use_prefix(w, qname, (size_t)(colon - qname), qname);
}

static int used_cmp(const void *a, const void *b)
{
    return strcmp(((const tx_namespace *)a)->prefix, ((const tx_namespace *)b)->prefix);
}

/* ------------------------------------------------------------ XML text */

static void put_escaped(tx_buf *b, const char *s, int attr)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        switch (*p) {
        case '&': tx_buf_puts(b, "&amp;"); break;
        case '<': tx_buf_puts(b, "&lt;"); break;
        case '>': tx_buf_puts(b, "&gt;"); break;
        case '"':
            tx_buf_puts(b, attr ? "&quot;" : "\"");
            break;
        case '\t': case '\n': case '\r':
            if (attr)
                tx_buf_printf(b, "&#%d;", *p);
            else if (*p == '\r')
                tx_buf_puts(b, "&#13;");
            else
                tx_buf_putc(b, (char)*p);
            break;
        default:
            if (*p >= 0x20)
                tx_buf_putc(b, (char)*p);   /* other C0 controls are not XML */
        }
    }
}

static void put_attr(tx_buf *b, const char *name, const char *value)
{
    tx_buf_printf(b, " %s=\"", name);
    put_escaped(b, value, 1);
    tx_buf_putc(b, '"');
}

/* A comment naming the source exhibit and the writer ("--" cannot appear). */
static void put_comment(tx_buf *b, const wctx *w, const char *what)
{
    tx_buf_printf(b, "<!-- %s of ", what);
    for (const char *p = w->source_name; *p; p++) {
        if (*p == '-' && (p[1] == '-' || p[1] == '\0'))
            tx_buf_puts(b, "- ");
        else
            tx_buf_putc(b, *p);
    }
    tx_buf_printf(b, ", written by txbrl %s -->\n", tx_version());
}

/* ------------------------------------------------------------ contexts */

/* Order of contexts: entity, period, dimensions (sorted by axis). */
static int context_cmp(const tx_fact *a, const tx_fact *b)
{
    if (a->entity != b->entity)
        return a->entity < b->entity ? -1 : 1;
    if (a->period.kind != b->period.kind)
        return a->period.kind < b->period.kind ? -1 : 1;
    int c = tx_date_cmp(a->period.end, b->period.end);
    if (c == 0 && a->period.kind == TX_PERIOD_DURATION)
        c = tx_date_cmp(a->period.start, b->period.start);
    if (c != 0)
        return c;
    if (a->ndims != b->ndims)
        return a->ndims < b->ndims ? -1 : 1;
    for (size_t i = 0; i < a->ndims; i++) {
        if ((c = strcmp(a->dims[i].axis, b->dims[i].axis)) != 0 ||
            (c = strcmp(a->dims[i].member, b->dims[i].member)) != 0)
            return c;
    }
    return 0;
}

typedef struct fact_ref {
    const tx_fact *f;
    size_t idx;
} fact_ref;

static int fact_ref_cmp(const void *x, const void *y)
{
    const fact_ref *a = x, *b = y;
    int c = context_cmp(a->f, b->f);
    return c ? c : a->idx < b->idx ? -1 : a->idx > b->idx;
}

/* Contexts c1.. in order of first use: facts sorted by context, grouped,
 * then numbered walking the facts in order (n log n). */
static void assign_contexts(wctx *w)
{
    const tx_factset *fs = w->fs;
    size_t n = fs->nfacts ? fs->nfacts : 1;
    fact_ref *refs = calloc(n, sizeof *refs);
    size_t *group = calloc(n, sizeof *group), *number = calloc(n, sizeof *number);
    w->fact_ctx = calloc(n, sizeof *w->fact_ctx);
    w->ctx_first = calloc(n, sizeof *w->ctx_first);
    if (refs && group && number && w->fact_ctx && w->ctx_first) {
        for (size_t i = 0; i < fs->nfacts; i++)
            refs[i] = (fact_ref){&fs->facts[i], i};
        if (fs->nfacts > 1)
            qsort(refs, fs->nfacts, sizeof *refs, fact_ref_cmp);
        size_t g = 0;
        for (size_t i = 0; i < fs->nfacts; i++) {
            if (i > 0 && context_cmp(refs[i - 1].f, refs[i].f) != 0)
                g++;
            group[refs[i].idx] = g;
        }
        for (size_t i = 0; i < fs->nfacts; i++) {
            if (!number[group[i]]) {
                number[group[i]] = ++w->nctx;
                w->ctx_first[w->nctx - 1] = i;
            }
            w->fact_ctx[i] = number[group[i]] - 1;
        }
    } else {
        fail(w, TX_ENOMEM);
    }
    free(refs);
    free(group);
    free(number);
}

static void put_period(tx_buf *b, const tx_period *p)
{
    char s[11], e[11];
    tx_buf_puts(b, "    <xbrli:period>\n");
    if (p->kind == TX_PERIOD_DURATION) {
        tx_date_format(p->start, s);
        tx_date_format(p->end, e);
        tx_buf_printf(b, "      <xbrli:startDate>%s</xbrli:startDate>\n"
                         "      <xbrli:endDate>%s</xbrli:endDate>\n", s, e);
    } else if (p->kind == TX_PERIOD_INSTANT) {
        tx_date_format(p->end, e);
        tx_buf_printf(b, "      <xbrli:instant>%s</xbrli:instant>\n", e);
    } else {
        tx_buf_puts(b, "      <xbrli:forever/>\n");
    }
    tx_buf_puts(b, "    </xbrli:period>\n");
}

static void put_context(tx_buf *b, const wctx *w, size_t c)
{
    const tx_fact *f = &w->fs->facts[w->ctx_first[c]];
    const tx_entity *e = &w->fs->entities[f->entity];
    tx_buf_printf(b, "  <xbrli:context id=\"c%zu\">\n    <xbrli:entity>\n", c + 1);
    tx_buf_puts(b, "      <xbrli:identifier");
    put_attr(b, "scheme", e->scheme);
    tx_buf_putc(b, '>');
    put_escaped(b, e->identifier, 0);
    tx_buf_puts(b, "</xbrli:identifier>\n");
    if (f->ndims) {
        tx_buf_puts(b, "      <xbrli:segment>\n");
        for (size_t i = 0; i < f->ndims; i++) {
            tx_buf_puts(b, "        <xbrldi:explicitMember");
            put_attr(b, "dimension", f->dims[i].axis);
            tx_buf_putc(b, '>');
            put_escaped(b, f->dims[i].member, 0);
            tx_buf_puts(b, "</xbrldi:explicitMember>\n");
        }
        tx_buf_puts(b, "      </xbrli:segment>\n");
    }
    tx_buf_puts(b, "    </xbrli:entity>\n");
    put_period(b, &f->period);
    tx_buf_puts(b, "  </xbrli:context>\n");
}

/* ------------------------------------------------------------ units */

static size_t other_index(const wctx *w, const char *text)
{
    for (size_t i = 0; i < w->nother; i++)
        if (strcmp(w->other[i], text) == 0)
            return i;
    return (size_t)-1;
}

/* Measures of a unit text "a:b*c:d/e:f": each must have a bound prefix. */
static void use_measures(wctx *w, const char *text)
{
    const char *p = text;
    while (*p) {
        size_t n = strcspn(p, "*/");
        char *m = tx_strndup(p, n);
        if (!m) {
            fail(w, TX_ENOMEM);
            return;
        }
        use_qname(w, m);
        free(m);
        p += n;
        if (*p)
            p++;
    }
}

static void collect_units(wctx *w)
{
    for (size_t i = 0; i < w->fs->nfacts; i++) {
        const tx_fact *f = &w->fs->facts[i];
        if (!f->numeric)
            continue;
        switch (f->unit) {
        case TX_UNIT_USD: w->use_usd = 1; break;
        case TX_UNIT_SHARES: w->use_shares = 1; break;
        case TX_UNIT_USD_PER_SHARE: w->use_ps = 1; break;
        case TX_UNIT_PURE: w->use_pure = 1; break;
        case TX_UNIT_OTHER:
            if (f->unit_text && *f->unit_text) {
                if (other_index(w, f->unit_text) != (size_t)-1)
                    break;
                if (tx_grow((void **)&w->other, &w->capother, w->nother + 1,
                            sizeof *w->other) != 0) {
                    fail(w, TX_ENOMEM);
                    return;
                }
                w->other[w->nother++] = f->unit_text;
                use_measures(w, f->unit_text);
                break;
            }
            /* fall through */
        default:
            tx_report_add(w->rep, TX_ERROR, w->diag, 0, "write.unit",
                          "numeric fact %s (fact %zu) has no unit", f->concept, i + 1);
            fail(w, TX_EUSAGE);
        }
    }
    if (w->use_usd || w->use_ps)
        use_prefix(w, "iso4217", 7, "a unit");
}

static void unit_id(const wctx *w, const tx_fact *f, char *buf, size_t n)
{
    switch (f->unit) {
    case TX_UNIT_USD: snprintf(buf, n, "USD"); break;
    case TX_UNIT_SHARES: snprintf(buf, n, "shares"); break;
    case TX_UNIT_USD_PER_SHARE: snprintf(buf, n, "USDPerShare"); break;
    case TX_UNIT_PURE: snprintf(buf, n, "pure"); break;
    default: snprintf(buf, n, "u%zu", other_index(w, f->unit_text) + 1);
    }
}

static void put_measures(tx_buf *b, const char *s, size_t len, const char *indent)
{
    while (len > 0) {
        size_t n = strcspn(s, "*/");
        if (n > len)
            n = len;
        tx_buf_printf(b, "%s<xbrli:measure>%.*s</xbrli:measure>\n", indent, (int)n, s);
        s += n;
        len -= n;
        if (len > 0) {
            s++;
            len--;
        }
    }
}

static void put_unit(tx_buf *b, const char *id, const char *text)
{
    tx_buf_printf(b, "  <xbrli:unit id=\"%s\">\n", id);
    const char *slash = strchr(text, '/');
    if (!slash) {
        put_measures(b, text, strlen(text), "    ");
    } else {
        tx_buf_puts(b, "    <xbrli:divide>\n      <xbrli:unitNumerator>\n");
        put_measures(b, text, (size_t)(slash - text), "        ");
        tx_buf_puts(b, "      </xbrli:unitNumerator>\n      <xbrli:unitDenominator>\n");
        put_measures(b, slash + 1, strlen(slash + 1), "        ");
        tx_buf_puts(b, "      </xbrli:unitDenominator>\n    </xbrli:divide>\n");
    }
    tx_buf_puts(b, "  </xbrli:unit>\n");
}

static void put_units(tx_buf *b, const wctx *w)
{
    if (w->use_usd)
        put_unit(b, "USD", "iso4217:USD");
    if (w->use_shares)
        put_unit(b, "shares", "xbrli:shares");
    if (w->use_ps)
        put_unit(b, "USDPerShare", "iso4217:USD/xbrli:shares");
    if (w->use_pure)
        put_unit(b, "pure", "xbrli:pure");
    for (size_t i = 0; i < w->nother; i++) {
        char id[32];
        snprintf(id, sizeof id, "u%zu", i + 1);
        put_unit(b, id, w->other[i]);
    }
}

/* ------------------------------------------------------------ facts */

static void check_facts(wctx *w)
{
    const tx_factset *fs = w->fs;
    int dims = 0, nil = 0;
    for (size_t i = 0; i < fs->nns; i++) {
        const char *p = fs->ns[i].prefix;
        const char *want = strcmp(p, "ext") == 0 ? w->ext_ns : reserved_uri(p);
        if (want && strcmp(want, fs->ns[i].uri) != 0) {
            tx_report_add(w->rep, TX_ERROR, w->diag, 0, "write.prefix",
                          "prefix '%s' is bound to %s, not to %s", p, fs->ns[i].uri, want);
            fail(w, TX_EUSAGE);
        }
    }
    for (size_t i = 0; i < fs->nfacts; i++) {
        const tx_fact *f = &fs->facts[i];
        use_qname(w, f->concept);
        if (f->entity >= fs->nentities) {
            tx_report_add(w->rep, TX_ERROR, w->diag, 0, "write.entity",
                          "fact %zu (%s) names no entity", i + 1, f->concept);
            fail(w, TX_EUSAGE);
        }
        for (size_t k = 0; k < f->ndims; k++) {
            use_qname(w, f->dims[k].axis);
            use_qname(w, f->dims[k].member);
        }
        if (f->numeric && !f->nil && f->decimals == TX_DECIMALS_NONE) {
            tx_report_add(w->rep, TX_ERROR, w->diag, 0, "write.decimals",
                          "numeric fact %zu (%s) has no decimals", i + 1, f->concept);
            fail(w, TX_EUSAGE);
        }
        dims |= f->ndims > 0;
        nil |= f->nil;
    }
    if (dims)
        use_prefix(w, "xbrldi", 6, "dimensions");
    if (nil)
        use_prefix(w, "xsi", 3, "nil facts");
}

static void check_ext(wctx *w)
{
    const tx_factset *fs = w->fs;
    for (size_t i = 0; i < fs->next; i++) {
        const tx_ext_concept *c = &fs->ext[i];
        if (!name_chars_ok(c->name, 0) || strchr(c->name, '.') ||
            (c->name[0] >= '0' && c->name[0] <= '9') || c->name[0] == '-') {
            tx_report_add(w->rep, TX_ERROR, w->diag, 0, "write.prefix",
                          "'%s' is not a usable extension concept name", c->name);
            fail(w, TX_EUSAGE);
        }
    }
    for (size_t i = 0; i < fs->narcs; i++) {
        const char *ends[2] = {fs->arcs[i].parent, fs->arcs[i].child};
        for (int e = 0; e < 2; e++) {
            const char *colon = strchr(ends[e], ':');
            if (!colon || colon == ends[e] || !name_chars_ok(ends[e], 1)) {
                tx_report_add(w->rep, TX_ERROR, w->diag, 0, "write.prefix",
                              "'%s' of a calculation arc is not a prefixed name", ends[e]);
                fail(w, TX_EUSAGE);
            }
        }
    }
}

static int put_fact(tx_buf *b, const wctx *w, size_t i)
{
    const tx_fact *f = &w->fs->facts[i];
    /* Provenance: the exhibit line the fact was read from, as a comment
     * right before the element on the same line ("<!--line 165--><tx-gaap:...").
     * Comments carry no XBRL meaning, so the instance stays valid; the
     * stylesheets in xslt/ read it as preceding-sibling::node()[1]. */
    tx_buf_puts(b, "  ");
    if (f->src_line > 0)
        tx_buf_printf(b, "<!--line %ld-->", f->src_line);
    tx_buf_printf(b, "<%s id=\"f%zu\" contextRef=\"c%zu\"", f->concept, i + 1,
                  w->fact_ctx[i] + 1);
    if (f->numeric) {
        char id[32];
        unit_id(w, f, id, sizeof id);
        tx_buf_printf(b, " unitRef=\"%s\"", id);
        if (!f->nil) {
            if (f->decimals == TX_DECIMALS_INF)
                tx_buf_puts(b, " decimals=\"INF\"");
            else
                tx_buf_printf(b, " decimals=\"%d\"", f->decimals);
        }
    }
    if (f->nil) {
        tx_buf_puts(b, " xsi:nil=\"true\"/>\n");
        return 0;
    }
    char small[64];
    int len = tx_fact_value_text(f, small, sizeof small);
    char *value = small;
    if (len >= (int)sizeof small) {
        value = malloc((size_t)len + 1);
        if (!value)
            return -1;
        tx_fact_value_text(f, value, (size_t)len + 1);
    }
    tx_buf_putc(b, '>');
    put_escaped(b, value, 0);
    tx_buf_printf(b, "</%s>\n", f->concept);
    if (value != small)
        free(value);
    return 0;
}

/* The exhibit's footnotes: one footnoteLink (standard link role) after the
 * facts.  Footnote k is the resource "fnK" (id and label, role footnote,
 * xml:lang "en", the text as printed); the locators of its facts ("#fN")
 * share the label "fnK_facts", so one fact-footnote arc links them all. */
static void put_footnotes(tx_buf *b, wctx *w)
{
    const tx_factset *fs = w->fs;
    if (!fs->nfootnotes)
        return;
    tx_buf_puts(b, "  <link:footnoteLink xlink:type=\"extended\" xlink:role=\"" TX_ROLE_LINK "\">\n");
    for (size_t k = 0; k < fs->nfootnotes; k++) {
        const tx_footnote *fn = &fs->footnotes[k];
        for (size_t i = 0; i < fn->nfacts; i++) {
            if (fn->facts[i] >= fs->nfacts) {
                tx_report_add(w->rep, TX_ERROR, w->diag, 0, "write.footnote",
                              "footnote %zu names fact %zu of %zu", k + 1, fn->facts[i] + 1,
                              fs->nfacts);
                fail(w, TX_EUSAGE);
                continue;
            }
            tx_buf_printf(b, "    <link:loc xlink:type=\"locator\" xlink:href=\"#f%zu\""
                             " xlink:label=\"fn%zu_facts\"/>\n", fn->facts[i] + 1, k + 1);
        }
        tx_buf_printf(b, "    <link:footnote xlink:type=\"resource\" xlink:label=\"fn%zu\""
                         " xlink:role=\"" TX_ROLE_FOOTNOTE "\" xml:lang=\"en\" id=\"fn%zu\">",
                      k + 1, k + 1);
        put_escaped(b, fn->text ? fn->text : "", 0);
        tx_buf_puts(b, "</link:footnote>\n");
        tx_buf_printf(b, "    <link:footnoteArc xlink:type=\"arc\" xlink:arcrole=\"" TX_ARCROLE_FACT_FOOTNOTE "\""
                         " xlink:from=\"fn%zu_facts\" xlink:to=\"fn%zu\" order=\"%zu\"/>\n",
                      k + 1, k + 1, k + 1);
    }
    tx_buf_puts(b, "  </link:footnoteLink>\n");
}

static char *instance_text(wctx *w)
{
    tx_buf b = {0};
    tx_buf_puts(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    put_comment(&b, w, "XBRL 2.1 instance");
    tx_buf_puts(&b, "<xbrli:xbrl\n    xmlns:xbrli=\"" TX_NS_XBRLI "\"\n"
                    "    xmlns:link=\"" TX_NS_LINK "\"\n"
                    "    xmlns:xlink=\"" TX_NS_XLINK "\"");
    if (w->nused > 1)
        qsort(w->used, w->nused, sizeof *w->used, used_cmp);
    for (size_t i = 0; i < w->nused; i++) {
        const char *p = w->used[i].prefix;
        if (strcmp(p, "xbrli") == 0 || strcmp(p, "link") == 0 || strcmp(p, "xlink") == 0)
            continue;
        tx_buf_printf(&b, "\n    xmlns:%s=\"", p);
        put_escaped(&b, w->used[i].uri, 1);
        tx_buf_putc(&b, '"');
    }
    tx_buf_puts(&b, ">\n");
    if (w->with_ext) {
        tx_buf_printf(&b, "  <link:schemaRef xlink:type=\"simple\" xlink:href=\"%s.xsd\"/>\n",
                      w->stem);
    } else {
        for (size_t i = 0; i < w->nimports; i++) {
            tx_buf_puts(&b, "  <link:schemaRef xlink:type=\"simple\"");
            put_attr(&b, "xlink:href", w->imports[i].url);
            tx_buf_puts(&b, "/>\n");
        }
    }
    for (size_t c = 0; c < w->nctx; c++)
        put_context(&b, w, c);
    put_units(&b, w);
    for (size_t i = 0; i < w->fs->nfacts; i++)
        if (put_fact(&b, w, i) != 0)
            b.failed = 1;
    put_footnotes(&b, w);
    tx_buf_puts(&b, "</xbrli:xbrl>\n");
    return tx_buf_take(&b);
}

/* ------------------------------------------------------------ extension */

static const char *import_ns_of(const char *url)
{
    static const struct { const char *url, *ns; } known[] = {
        {TX_URL_GAAP_XSD, TX_NS_GAAP},
        {TX_URL_XBRLI_XSD, TX_NS_XBRLI},
        {TX_URL_XBRLDI_XSD, TX_NS_XBRLDI},
        {TX_URL_DTR_NUM_XSD, TX_NS_DTR_NUM},
        {TX_URL_DTR_NONNUM_XSD, TX_NS_DTR_NONNUM},
    };
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
        if (strcmp(url, known[i].url) == 0)
            return known[i].ns;
    return NULL;
}

static void add_import(wctx *w, const char *url, const char *ns)
{
    for (size_t i = 0; i < w->nimports; i++)
        if (strcmp(w->imports[i].url, url) == 0)
            return;
    schema_import im = {tx_strdup(url), tx_strdup(ns)};
    if (!im.url || !im.ns ||
        tx_grow((void **)&w->imports, &w->capimports, w->nimports + 1, sizeof *w->imports) != 0) {
        free(im.url);
        free(im.ns);
        fail(w, TX_ENOMEM);
        return;
    }
    w->imports[w->nimports++] = im;
}

/* The namespace of each schema URL: known ones from a table, others read
 * from the schema itself through the project's catalog. */
static void collect_imports(wctx *w, const char *const *urls, size_t n)
{
    tx_offline *o = NULL;
    for (size_t i = 0; i < n && w->st != TX_ENOMEM; i++) {
        if (!urls[i] || !*urls[i])
            continue;
        const char *ns = import_ns_of(urls[i]);
        if (ns || !w->with_ext) {
            add_import(w, urls[i], ns ? ns : "");
            continue;
        }
        if (!o) {
            tx_status st = tx_offline_open(NULL, w->diag, w->rep, &o);
            if (st != TX_OK) {
                fail(w, st);
                return;
            }
        }
        char *tns = NULL;
        tx_status st = tx_offline_schema_namespace(o, urls[i], w->rep, &tns);
        if (st == TX_OK)
            add_import(w, urls[i], tns);
        else
            fail(w, st == TX_EINPUT ? TX_EUSAGE : st);
        free(tns);
    }
    tx_offline_close(o);
}

static const char *import_url_for_ns(const wctx *w, const char *ns)
{
    for (size_t i = 0; i < w->nimports; i++)
        if (strcmp(w->imports[i].ns, ns) == 0)
            return w->imports[i].url;
    return NULL;
}

static int is_standard_role(const char *role)
{
    return !role || !*role || strcmp(role, TX_ROLE_LINK) == 0;
}

/* Non-standard roles of the arcs, in first-use order (borrowed). */
static size_t arc_roles(const wctx *w, const char **roles)
{
    size_t n = 0;
    for (size_t i = 0; i < w->fs->narcs; i++) {
        const char *r = is_standard_role(w->fs->arcs[i].role) ? TX_ROLE_LINK : w->fs->arcs[i].role;
        size_t k = 0;
        while (k < n && strcmp(roles[k], r) != 0)
            k++;
        if (k == n)
            roles[n++] = r;
    }
    return n;
}

/* roleType roleURI -> URL#id in one schema document (first match). */
static char *role_in_doc(xmlDocPtr doc, const char *url, const char *role)
{
    xmlNodePtr n = xmlDocGetRootElement(doc);
    while (n) {
        if (n->type == XML_ELEMENT_NODE && n->ns &&
            strcmp((const char *)n->ns->href, TX_NS_LINK) == 0 &&
            strcmp((const char *)n->name, "roleType") == 0) {
            xmlChar *uri = xmlGetNoNsProp(n, (const xmlChar *)"roleURI");
            xmlChar *id = xmlGetNoNsProp(n, (const xmlChar *)"id");
            char *r = NULL;
            if (uri && id && strcmp((const char *)uri, role) == 0) {
                tx_buf b = {0};
                tx_buf_printf(&b, "%s#%s", url, (const char *)id);
                r = tx_buf_take(&b);
            }
            xmlFree(uri);
            xmlFree(id);
            if (r)
                return r;
        }
        n = tx_xml_next(n, 1);
    }
    return NULL;
}

/* Where each non-standard role is defined: in a schema given (read through
 * the project's catalog), else in the extension schema itself. */
static void find_role_defs(wctx *w)
{
    tx_offline *o = NULL;
    size_t defined_here = 0;
    for (size_t r = 0; r < w->nroles && w->st == TX_OK; r++) {
        if (is_standard_role(w->roles[r]))
            continue;
        if (!o && tx_offline_open(NULL, w->diag, NULL, &o) != TX_OK)
            o = NULL;
        for (size_t i = 0; o && i < w->nimports && !w->role_href[r]; i++) {
            char *path = tx_offline_resolve(o, w->imports[i].url);
            xmlDocPtr doc = NULL;
            if (path && tx_offline_parse(o, path, path, NULL, &doc) == TX_OK) {
                w->role_href[r] = role_in_doc(doc, w->imports[i].url, w->roles[r]);
                xmlFreeDoc(doc);
            }
            free(path);
        }
        if (!w->role_href[r]) {
            tx_buf b = {0};
            tx_buf_printf(&b, "%s.xsd#role%zu", w->stem, ++defined_here);
            w->role_href[r] = tx_buf_take(&b);
            w->role_here[r] = 1;
            if (!w->role_href[r])
                fail(w, TX_ENOMEM);
        }
    }
    tx_offline_close(o);
}

static void collect_roles(wctx *w)
{
    size_t n = w->fs->narcs + 1;
    w->roles = calloc(n, sizeof *w->roles);
    w->role_href = calloc(n, sizeof *w->role_href);
    w->role_here = calloc(n, sizeof *w->role_here);
    if (!w->roles || !w->role_href || !w->role_here) {
        fail(w, TX_ENOMEM);
        return;
    }
    w->nroles = arc_roles(w, w->roles);
    find_role_defs(w);
}

static void put_linkbase_ref(tx_buf *b, const wctx *w, const char *suffix, const char *kind)
{
    tx_buf_printf(b, "      <link:linkbaseRef xlink:type=\"simple\" xlink:href=\"%s_%s.xml\"\n"
                     "          xlink:role=\"" TX_ROLE_2003 "%sLinkbaseRef\"\n"
                     "          xlink:arcrole=\"" TX_ARCROLE_XLINK_LINKBASE "\"/>\n",
                  w->stem, suffix, kind);
}

/* The extra namespace a concept type needs in the extension schema. */
static void type_prefix(wctx *w, const char *type, tx_buf *decls, const char **done, size_t *ndone)
{
    const char *colon = strchr(type, ':');
    if (!colon)
        return;
    size_t len = (size_t)(colon - type);
    if (len == 5 && strncmp(type, "xbrli", 5) == 0)
        return;
    for (size_t i = 0; i < *ndone; i++)
        if (strncmp(done[i], type, len) == 0 && done[i][len] == ':')
            return;  /* this prefix is declared already */
    char *p = tx_strndup(type, len);
    if (!p) {
        fail(w, TX_ENOMEM);
        return;
    }
    const char *uri = strcmp(p, "ext") == 0 ? NULL : prefix_uri(w, p);
    if (!uri) {
        tx_report_add(w->rep, TX_ERROR, w->diag, 0, "write.prefix",
                      "prefix '%s' of the type %s is bound to no namespace", p, type);
        fail(w, TX_EUSAGE);
    } else {
        tx_buf_printf(decls, "\n    xmlns:%s=\"", p);
        put_escaped(decls, uri, 1);
        tx_buf_putc(decls, '"');
        if (!import_url_for_ns(w, uri)) {
            if (strcmp(uri, TX_NS_DTR_NUM) == 0)
                add_import(w, TX_URL_DTR_NUM_XSD, TX_NS_DTR_NUM);
            else if (strcmp(uri, TX_NS_DTR_NONNUM) == 0)
                add_import(w, TX_URL_DTR_NONNUM_XSD, TX_NS_DTR_NONNUM);
            else {
                tx_report_add(w->rep, TX_ERROR, w->diag, 0, "write.prefix",
                              "no schema given for the namespace %s of the type %s", uri, type);
                fail(w, TX_EUSAGE);
            }
        }
        done[(*ndone)++] = type;
    }
    free(p);
}

static const char *ext_type(const tx_ext_concept *c)
{
    return c->type && *c->type ? c->type : "xbrli:monetaryItemType";
}

/* The project label roles of the printed labels (facts.h), each declared in
 * the extension schema as "#printedLabel" / "#printedHeading". */
static const struct { const char *uri, *id, *definition; } printed_roles[] = {
    {TX_ROLE_PRINTED_LABEL, "printedLabel", "Row label as the exhibit printed it"},
    {TX_ROLE_PRINTED_HEADING, "printedHeading", "Heading the exhibit printed the row under"},
};
#define NPRINTED_ROLES (sizeof printed_roles / sizeof printed_roles[0])

static int label_role_used(const tx_factset *fs, const char *role)
{
    for (size_t i = 0; i < fs->nlabels; i++)
        if (strcmp(fs->labels[i].role, role) == 0)
            return 1;
    return 0;
}

static char *schema_text(wctx *w)
{
    const tx_factset *fs = w->fs;
    tx_buf decls = {0};
    const char **done = calloc(fs->next + 1, sizeof *done);
    if (!done) {
        fail(w, TX_ENOMEM);
        return NULL;
    }
    size_t ndone = 0;
    for (size_t i = 0; i < fs->next; i++)
        type_prefix(w, ext_type(&fs->ext[i]), &decls, done, &ndone);
    free(done);

    tx_buf b = {0};
    tx_buf_puts(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    put_comment(&b, w, "Extension schema");
    tx_buf_puts(&b, "<xs:schema\n    xmlns:xs=\"" TX_NS_XS "\"\n"
                    "    xmlns:xbrli=\"" TX_NS_XBRLI "\"\n"
                    "    xmlns:link=\"" TX_NS_LINK "\"\n"
                    "    xmlns:xlink=\"" TX_NS_XLINK "\"\n    xmlns:ext=\"");
    put_escaped(&b, w->ext_ns, 1);
    tx_buf_putc(&b, '"');
    if (decls.data)
        tx_buf_puts(&b, decls.data);
    tx_buf_free(&decls);
    tx_buf_puts(&b, "\n    targetNamespace=\"");
    put_escaped(&b, w->ext_ns, 1);
    tx_buf_puts(&b, "\"\n    elementFormDefault=\"qualified\" attributeFormDefault=\"unqualified\">\n"
                    "  <xs:annotation>\n    <xs:appinfo>\n");
    for (size_t r = 0; r < w->nroles; r++) {
        if (!w->role_here[r])
            continue;
        const char *id = strchr(w->role_href[r], '#') + 1;
        tx_buf_printf(&b, "      <link:roleType id=\"%s\"", id);
        put_attr(&b, "roleURI", w->roles[r]);
        tx_buf_puts(&b, ">\n        <link:definition>");
        put_escaped(&b, w->roles[r], 0);
        tx_buf_puts(&b, "</link:definition>\n"
                        "        <link:usedOn>link:calculationLink</link:usedOn>\n"
                        "      </link:roleType>\n");
    }
    for (size_t r = 0; r < NPRINTED_ROLES; r++) {
        if (!label_role_used(fs, printed_roles[r].uri))
            continue;
        tx_buf_printf(&b, "      <link:roleType id=\"%s\" roleURI=\"%s\">\n"
                          "        <link:definition>%s</link:definition>\n"
                          "        <link:usedOn>link:label</link:usedOn>\n"
                          "      </link:roleType>\n", printed_roles[r].id, printed_roles[r].uri,
                      printed_roles[r].definition);
    }
    put_linkbase_ref(&b, w, "lab", "label");
    if (fs->narcs)
        put_linkbase_ref(&b, w, "cal", "calculation");
    tx_buf_puts(&b, "    </xs:appinfo>\n  </xs:annotation>\n");
    tx_buf_puts(&b, "  <xs:import namespace=\"" TX_NS_XBRLI "\" schemaLocation=\"" TX_URL_XBRLI_XSD "\"/>\n");
    for (size_t i = 0; i < w->nimports; i++) {
        if (strcmp(w->imports[i].url, TX_URL_XBRLI_XSD) == 0)
            continue;
        tx_buf_puts(&b, "  <xs:import");
        if (*w->imports[i].ns)
            put_attr(&b, "namespace", w->imports[i].ns);
        put_attr(&b, "schemaLocation", w->imports[i].url);
        tx_buf_puts(&b, "/>\n");
    }
    for (size_t i = 0; i < fs->next; i++) {
        const tx_ext_concept *c = &fs->ext[i];
        tx_buf_printf(&b, "  <xs:element id=\"ext_%s\" name=\"%s\"", c->name, c->name);
        put_attr(&b, "type", ext_type(c));
        tx_buf_puts(&b, " substitutionGroup=\"xbrli:item\"");
        put_attr(&b, "xbrli:periodType", c->period_type ? c->period_type : "duration");
        if (c->balance && *c->balance)
            put_attr(&b, "xbrli:balance", c->balance);
        tx_buf_puts(&b, " nillable=\"true\"/>\n");
    }
    tx_buf_puts(&b, "</xs:schema>\n");
    return tx_buf_take(&b);
}

static void linkbase_open(tx_buf *b, const wctx *w, const char *what)
{
    tx_buf_puts(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    put_comment(b, w, what);
    tx_buf_puts(b, "<link:linkbase\n    xmlns:link=\"" TX_NS_LINK "\"\n"
                   "    xmlns:xlink=\"" TX_NS_XLINK "\">\n");
}

static void put_loc_label(tx_buf *b, const char *qname);
static void put_locator(tx_buf *b, wctx *w, const char *qname);

static void put_printed_labels(tx_buf *b, wctx *w)
{
    const tx_factset *fs = w->fs;
    for (size_t i = 0; i < fs->nlabels; i++) {
        const tx_label *l = &fs->labels[i];
        int is_ext = strncmp(l->concept, "ext:", 4) == 0, seen = 0;
        for (size_t k = 0; k < i && !seen; k++)
            seen = strcmp(fs->labels[k].concept, l->concept) == 0;
        if (!is_ext && !seen)
            put_locator(b, w, l->concept);
        tx_buf_printf(b, "    <link:label xlink:type=\"resource\" xlink:label=\"printed_%zu\"", i + 1);
        put_attr(b, "xlink:role", l->role);
        tx_buf_puts(b, " xml:lang=\"en\">");
        put_escaped(b, l->text, 0);
        tx_buf_puts(b, "</link:label>\n    <link:labelArc xlink:type=\"arc\""
                       " xlink:arcrole=\"" TX_ARCROLE_CONCEPT_LABEL "\" xlink:from=\"");
        put_loc_label(b, l->concept);
        tx_buf_printf(b, "\" xlink:to=\"printed_%zu\"/>\n", i + 1);
    }
}

static char *label_text(wctx *w)
{
    tx_buf b = {0};
    linkbase_open(&b, w, "Labels of the extension concepts and the labels the exhibit printed");
    for (size_t r = 0; r < NPRINTED_ROLES; r++) {
        if (!label_role_used(w->fs, printed_roles[r].uri))
            continue;
        tx_buf_printf(&b, "  <link:roleRef roleURI=\"%s\" xlink:type=\"simple\""
                          " xlink:href=\"%s.xsd#%s\"/>\n", printed_roles[r].uri, w->stem,
                      printed_roles[r].id);
    }
    if (label_role_used(w->fs, TX_ROLE_NEGATED_LABEL))
        tx_buf_puts(&b, "  <link:roleRef roleURI=\"" TX_ROLE_NEGATED_LABEL "\" xlink:type=\"simple\""
                        " xlink:href=\"" TX_URL_LRR_NEGATED_XSD "#negatedLabel\"/>\n");
    tx_buf_puts(&b, "  <link:labelLink xlink:type=\"extended\" xlink:role=\"" TX_ROLE_LINK "\">\n");
    for (size_t i = 0; i < w->fs->next; i++) {
        const tx_ext_concept *c = &w->fs->ext[i];
        tx_buf_printf(&b, "    <link:loc xlink:type=\"locator\" xlink:href=\"%s.xsd#ext_%s\""
                          " xlink:label=\"ext_%s\"/>\n", w->stem, c->name, c->name);
        tx_buf_printf(&b, "    <link:label xlink:type=\"resource\" xlink:label=\"ext_%s_lbl\""
                          " xlink:role=\"" TX_ROLE_LABEL "\" xml:lang=\"en\">", c->name);
        put_escaped(&b, c->label && *c->label ? c->label : c->name, 0);
        tx_buf_puts(&b, "</link:label>\n");
        tx_buf_printf(&b, "    <link:labelArc xlink:type=\"arc\""
                          " xlink:arcrole=\"" TX_ARCROLE_CONCEPT_LABEL "\""
                          " xlink:from=\"ext_%s\" xlink:to=\"ext_%s_lbl\"/>\n", c->name, c->name);
    }
    put_printed_labels(&b, w);
    tx_buf_puts(&b, "  </link:labelLink>\n</link:linkbase>\n");
    return tx_buf_take(&b);
}

/* A locator's label: the QName with '_' for ':' ("tx-gaap_NetIncomeLoss"). */
static void put_loc_label(tx_buf *b, const char *qname)
{
    for (const char *p = qname; *p; p++)
        tx_buf_putc(b, *p == ':' ? '_' : *p);
}

static void put_locator(tx_buf *b, wctx *w, const char *qname)
{
    const char *colon = strchr(qname, ':');
    tx_buf_puts(b, "    <link:loc xlink:type=\"locator\" xlink:href=\"");
    if (strncmp(qname, "ext:", 4) == 0) {
        tx_buf_printf(b, "%s.xsd#ext_%s", w->stem, qname + 4);
    } else {
        char *p = tx_strndup(qname, (size_t)(colon - qname));
        const char *uri = p ? prefix_uri(w, p) : NULL;
        const char *url = uri ? import_url_for_ns(w, uri) : NULL;
        if (!p) {
            fail(w, TX_ENOMEM);
        } else if (!url) {
            tx_report_add(w->rep, TX_ERROR, w->diag, 0, "write.prefix",
                          "no schema given for the concept %s of a calculation arc", qname);
            fail(w, TX_EUSAGE);
        } else {
            put_escaped(b, url, 1);
            tx_buf_putc(b, '#');
            put_loc_label(b, qname);
        }
        free(p);
    }
    tx_buf_puts(b, "\" xlink:label=\"");
    put_loc_label(b, qname);
    tx_buf_puts(b, "\"/>\n");
}

static void put_calc_link(tx_buf *b, wctx *w, const char *role)
{
    const tx_factset *fs = w->fs;
    const char **locs = calloc(2 * fs->narcs + 1, sizeof *locs);
    if (!locs) {
        fail(w, TX_ENOMEM);
        return;
    }
    size_t nlocs = 0;
    tx_buf_puts(b, "  <link:calculationLink xlink:type=\"extended\"");
    put_attr(b, "xlink:role", role);
    tx_buf_puts(b, ">\n");
    for (size_t i = 0; i < fs->narcs; i++) {
        const tx_ext_arc *a = &fs->arcs[i];
        if (strcmp(is_standard_role(a->role) ? TX_ROLE_LINK : a->role, role) != 0)
            continue;
        const char *ends[2] = {a->parent, a->child};
        for (int e = 0; e < 2; e++) {
            size_t k = 0;
            while (k < nlocs && strcmp(locs[k], ends[e]) != 0)
                k++;
            if (k == nlocs) {
                locs[nlocs++] = ends[e];
                put_locator(b, w, ends[e]);
            }
        }
    }
    free(locs);
    for (size_t i = 0; i < fs->narcs; i++) {
        const tx_ext_arc *a = &fs->arcs[i];
        if (strcmp(is_standard_role(a->role) ? TX_ROLE_LINK : a->role, role) != 0)
            continue;
        tx_buf_puts(b, "    <link:calculationArc xlink:type=\"arc\""
                       " xlink:arcrole=\"" TX_ARCROLE_SUMMATION_ITEM "\""
                       " xlink:from=\"");
        put_loc_label(b, a->parent);
        tx_buf_puts(b, "\" xlink:to=\"");
        put_loc_label(b, a->child);
        tx_buf_printf(b, "\" weight=\"%d\" order=\"%d\"/>\n", a->weight, a->order);
    }
    tx_buf_puts(b, "  </link:calculationLink>\n");
}

static char *calc_text(wctx *w)
{
    tx_buf b = {0};
    linkbase_open(&b, w, "Calculations of the extension");
    for (size_t r = 0; r < w->nroles; r++) {
        if (!w->role_href[r])
            continue;
        tx_buf_puts(&b, "  <link:roleRef");
        put_attr(&b, "roleURI", w->roles[r]);
        tx_buf_puts(&b, " xlink:type=\"simple\"");
        put_attr(&b, "xlink:href", w->role_href[r]);
        tx_buf_puts(&b, "/>\n");
    }
    for (size_t r = 0; r < w->nroles; r++)
        put_calc_link(&b, w, w->roles[r]);
    tx_buf_puts(&b, "</link:linkbase>\n");
    return tx_buf_take(&b);
}

/* ------------------------------------------------------------ files */

typedef struct out_file {
    const char *suffix;        /* ".xml", ".xsd", "_lab.xml", "_cal.xml" */
    char *text;                /* NULL: not written this time            */
    char *path;
    char *tmp;
    int renamed;
} out_file;

static void write_io(wctx *w, const char *path, const char *what, int err)
{
    tx_report_add(w->rep, TX_ERROR, path, 0, "write.io", "cannot %s: %s", what, strerror(err));
    fail(w, TX_EIO);
}

static int write_all(int fd, const char *s, size_t n)
{
    while (n > 0) {
        ssize_t k = write(fd, s, n);
        if (k < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        s += k;
        n -= (size_t)k;
    }
    return 0;
}

/* Creates DIR/.STEM.SUFFIX.tmpPID-K exclusively (mode 0666 less the umask). */
static int open_temp(wctx *w, const char *dir, out_file *f)
{
    for (int k = 0; k < 100; k++) {
        tx_buf b = {0};
        tx_buf_printf(&b, "%s/.%s%s.tmp%ld-%d", dir, w->stem, f->suffix, (long)getpid(), k);
        char *tmp = tx_buf_take(&b);
        if (!tmp) {
            fail(w, TX_ENOMEM);
            return -1;
        }
        int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0) {
            f->tmp = tmp;
            return fd;
        }
        int err = errno;
        free(tmp);
        if (err != EEXIST) {
            write_io(w, f->path, "create a file in the output directory", err);
            return -1;
        }
    }
    write_io(w, f->path, "create a temporary file", EEXIST);
    return -1;
}

static int write_temp(wctx *w, const char *dir, out_file *f)
{
    int fd = open_temp(w, dir, f);
    if (fd < 0)
        return -1;
    int bad = write_all(fd, f->text, strlen(f->text)) != 0;
    int err = errno;
    if (close(fd) != 0 && !bad) {
        bad = 1;
        err = errno;
    }
    if (bad) {
        write_io(w, f->path, "write", err);
        return -1;
    }
    return 0;
}

static void undo(out_file *files, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (files[i].tmp)
            unlink(files[i].tmp);
        if (files[i].renamed)
            unlink(files[i].path);
    }
}

static void commit_files(wctx *w, const char *dir, out_file *files, size_t n)
{
    for (size_t i = 0; i < n && w->st == TX_OK; i++) {
        tx_buf b = {0};
        tx_buf_printf(&b, "%s/%s%s", dir, w->stem, files[i].suffix);
        files[i].path = tx_buf_take(&b);
        if (!files[i].path)
            fail(w, TX_ENOMEM);
    }
    for (size_t i = 0; i < n && w->st == TX_OK; i++)
        if (files[i].text)
            write_temp(w, dir, &files[i]);
    for (size_t i = 0; i < n && w->st == TX_OK; i++) {
        if (!files[i].text)
            continue;
        if (rename(files[i].tmp, files[i].path) != 0) {
            write_io(w, files[i].path, "rename the temporary file into place", errno);
            break;
        }
        free(files[i].tmp);
        files[i].tmp = NULL;
        files[i].renamed = 1;
    }
    if (w->st != TX_OK) {
        undo(files, n);
        return;
    }
    for (size_t i = 0; i < n; i++)      /* stale extension files of an earlier run */
        if (!files[i].text && files[i].path)
            unlink(files[i].path);
}

/* ------------------------------------------------------------ driver */

static void prepare(wctx *w, const tx_factset *fs, const char *dir, tx_report *rep)
{
    w->fs = fs;
    w->rep = rep;
    w->stem = stem_of(fs);
    if (!w->stem && (fs->source || fs->stem)) {
        fail(w, TX_ENOMEM);
        return;
    }
    if (!w->stem || !*w->stem || strchr(w->stem, '/') || w->stem[0] == '.') {
        tx_report_add(rep, TX_ERROR, fs->source ? fs->source : dir, 0, "write.stem",
                      "no usable output name (stem '%s')", w->stem ? w->stem : "");
        fail(w, TX_EUSAGE);
        return;
    }
    tx_buf b = {0};
    tx_buf_printf(&b, "%s%s", TX_NS_EXT_BASE, w->stem);
    w->ext_ns = tx_buf_take(&b);
    tx_buf_printf(&b, "%s/%s.xml", dir, w->stem);
    w->diag = tx_buf_take(&b);
    w->source_name = tx_strdup(fs->source ? base_name(fs->source) : w->stem);
    if (!w->ext_ns || !w->diag || !w->source_name)
        fail(w, TX_ENOMEM);
    w->with_ext = fs->next > 0 || fs->narcs > 0 || fs->nlabels > 0;
}

tx_status tx_instance_write(const tx_factset *fs, const char *dir, const char *const *schema_urls,
                            size_t nurls, tx_report *rep)
{
    if (!fs || !dir || (nurls && !schema_urls))
        return TX_EUSAGE;
    wctx w = {0};
    prepare(&w, fs, dir, rep);
    if (w.st == TX_OK)
        collect_imports(&w, schema_urls, nurls);
    if (w.st == TX_OK && !w.with_ext && w.nimports == 0) {
        tx_report_add(rep, TX_ERROR, w.diag, 0, "write.schema",
                      "no schema URL to name in schemaRef");
        fail(&w, TX_EUSAGE);
    }
    if (w.st == TX_OK) {
        check_facts(&w);
        collect_units(&w);
        check_ext(&w);
        assign_contexts(&w);
        if (w.with_ext && w.st == TX_OK)
            collect_roles(&w);
    }
    out_file files[4] = {{".xml", NULL, NULL, NULL, 0}, {".xsd", NULL, NULL, NULL, 0},
                         {"_lab.xml", NULL, NULL, NULL, 0}, {"_cal.xml", NULL, NULL, NULL, 0}};
    if (w.st == TX_OK) {
        files[0].text = instance_text(&w);
        if (w.with_ext) {
            files[1].text = schema_text(&w);
            files[2].text = label_text(&w);
            if (fs->narcs)
                files[3].text = calc_text(&w);
        }
        for (int i = 0; i < 4; i++)
            if (!files[i].text && (i == 0 || (w.with_ext && (i < 3 || fs->narcs))))
                fail(&w, TX_ENOMEM);
    }
    if (w.st == TX_OK)
        commit_files(&w, dir, files, 4);
    for (int i = 0; i < 4; i++) {
        free(files[i].text);
        free(files[i].path);
        free(files[i].tmp);
    }
    tx_status st = w.st;
    wctx_free(&w);
    return st;
}

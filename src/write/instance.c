/* instance.c - a factset as an XBRL 2.1 instance (contexts, units, facts,
 * footnotes), written with its extension taxonomy (write/extension.c). */
#include "write/instance.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "base/outfile.h"
#include "write/extension.h"
#include "write/writer.h"
#include "xbrl/prefixes.h"

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

static int find_used(const tx_writer *w, const char *prefix)
{
    for (size_t i = 0; i < w->nused; i++)
        if (strcmp(w->used[i].prefix, prefix) == 0)
            return 1;
    return 0;
}

static void use_prefix(tx_writer *w, const char *prefix, size_t len, const char *what)
{
    char *p = tx_strndup(prefix, len);
    if (!p) {
        tx_writer_fail(w, TX_ENOMEM);
        return;
    }
    const char *uri = tx_writer_prefix_uri(w, p);
    if (!uri) {
        tx_report_add(w->rep, TX_ERROR, w->diag, 0, "write.prefix",
                      "prefix '%s' of %s is bound to no namespace", p, what);
        tx_writer_fail(w, TX_EUSAGE);
    } else if (!find_used(w, p)) {
        char *u = tx_strdup(uri);
        if (u && tx_grow((void **)&w->used, &w->capused, w->nused + 1, sizeof *w->used) == 0) {
            w->used[w->nused++] = (tx_namespace){p, u};
            return;
        }
        free(u);
        tx_writer_fail(w, TX_ENOMEM);
    }
    free(p);
}

static void use_qname(tx_writer *w, const char *qname)
{
    const char *colon = qname ? strchr(qname, ':') : NULL;
    if (!colon || colon == qname || !colon[1] || strchr(colon + 1, ':') ||
        !tx_writer_name_ok(qname, 1)) {
        tx_report_add(w->rep, TX_ERROR, w->diag, 0, "write.prefix",
                      "'%s' is not a prefixed name", qname ? qname : "(null)");
        tx_writer_fail(w, TX_EUSAGE);
        return;
    }
    use_prefix(w, qname, (size_t)(colon - qname), qname);
}

static int used_cmp(const void *a, const void *b)
{
    return strcmp(((const tx_namespace *)a)->prefix, ((const tx_namespace *)b)->prefix);
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
static void assign_contexts(tx_writer *w)
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
            tx_sort(refs, fs->nfacts, sizeof *refs, fact_ref_cmp);
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
        tx_writer_fail(w, TX_ENOMEM);
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

static void put_context(tx_buf *b, const tx_writer *w, size_t c)
{
    const tx_fact *f = &w->fs->facts[w->ctx_first[c]];
    const tx_entity *e = &w->fs->entities[f->entity];
    tx_buf_printf(b, "  <xbrli:context id=\"c%zu\">\n    <xbrli:entity>\n", c + 1);
    tx_buf_puts(b, "      <xbrli:identifier");
    tx_writer_attr(b, "scheme", e->scheme);
    tx_buf_putc(b, '>');
    tx_writer_escaped(b, e->identifier, 0);
    tx_buf_puts(b, "</xbrli:identifier>\n");
    if (f->ndims) {
        tx_buf_puts(b, "      <xbrli:segment>\n");
        for (size_t i = 0; i < f->ndims; i++) {
            tx_buf_puts(b, "        <xbrldi:explicitMember");
            tx_writer_attr(b, "dimension", f->dims[i].axis);
            tx_buf_putc(b, '>');
            tx_writer_escaped(b, f->dims[i].member, 0);
            tx_buf_puts(b, "</xbrldi:explicitMember>\n");
        }
        tx_buf_puts(b, "      </xbrli:segment>\n");
    }
    tx_buf_puts(b, "    </xbrli:entity>\n");
    put_period(b, &f->period);
    tx_buf_puts(b, "  </xbrli:context>\n");
}

/* ------------------------------------------------------------ units */

static size_t other_index(const tx_writer *w, const char *text)
{
    for (size_t i = 0; i < w->nother; i++)
        if (strcmp(w->other[i], text) == 0)
            return i;
    return (size_t)-1;
}

/* Measures of a unit text "a:b*c:d/e:f": each must have a bound prefix. */
static void use_measures(tx_writer *w, const char *text)
{
    const char *p = text;
    while (*p) {
        size_t n = strcspn(p, "*/");
        char *m = tx_strndup(p, n);
        if (!m) {
            tx_writer_fail(w, TX_ENOMEM);
            return;
        }
        use_qname(w, m);
        free(m);
        p += n;
        if (*p)
            p++;
    }
}

static void collect_units(tx_writer *w)
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
                    tx_writer_fail(w, TX_ENOMEM);
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
            tx_writer_fail(w, TX_EUSAGE);
        }
    }
    if (w->use_usd || w->use_ps)
        use_prefix(w, "iso4217", 7, "a unit");
}

static void unit_id(const tx_writer *w, const tx_fact *f, char *buf, size_t n)
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

static void put_units(tx_buf *b, const tx_writer *w)
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

static void check_facts(tx_writer *w)
{
    const tx_factset *fs = w->fs;
    int dims = 0, nil = 0;
    for (size_t i = 0; i < fs->nns; i++) {
        const char *p = fs->ns[i].prefix;
        const char *want = strcmp(p, "ext") == 0 ? w->ext_ns : tx_writer_reserved_uri(p);
        if (want && strcmp(want, fs->ns[i].uri) != 0) {
            tx_report_add(w->rep, TX_ERROR, w->diag, 0, "write.prefix",
                          "prefix '%s' is bound to %s, not to %s", p, fs->ns[i].uri, want);
            tx_writer_fail(w, TX_EUSAGE);
        }
    }
    for (size_t i = 0; i < fs->nfacts; i++) {
        const tx_fact *f = &fs->facts[i];
        use_qname(w, f->concept);
        if (f->entity >= fs->nentities) {
            tx_report_add(w->rep, TX_ERROR, w->diag, 0, "write.entity",
                          "fact %zu (%s) names no entity", i + 1, f->concept);
            tx_writer_fail(w, TX_EUSAGE);
        }
        for (size_t k = 0; k < f->ndims; k++) {
            use_qname(w, f->dims[k].axis);
            use_qname(w, f->dims[k].member);
        }
        if (f->numeric && !f->nil && f->decimals == TX_DECIMALS_NONE) {
            tx_report_add(w->rep, TX_ERROR, w->diag, 0, "write.decimals",
                          "numeric fact %zu (%s) has no decimals", i + 1, f->concept);
            tx_writer_fail(w, TX_EUSAGE);
        }
        dims |= f->ndims > 0;
        nil |= f->nil;
    }
    if (dims)
        use_prefix(w, "xbrldi", 6, "dimensions");
    if (nil)
        use_prefix(w, "xsi", 3, "nil facts");
}

static int put_fact(tx_buf *b, const tx_writer *w, size_t i)
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
    tx_writer_escaped(b, value, 0);
    tx_buf_printf(b, "</%s>\n", f->concept);
    if (value != small)
        free(value);
    return 0;
}

/* The exhibit's footnotes: one footnoteLink (standard link role) after the
 * facts.  Footnote k is the resource "fnK" (id and label, role footnote,
 * xml:lang "en", the text as printed); the locators of its facts ("#fN")
 * share the label "fnK_facts", so one fact-footnote arc links them all. */
static void put_footnotes(tx_buf *b, tx_writer *w)
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
                tx_writer_fail(w, TX_EUSAGE);
                continue;
            }
            tx_buf_printf(b, "    <link:loc xlink:type=\"locator\" xlink:href=\"#f%zu\""
                             " xlink:label=\"fn%zu_facts\"/>\n", fn->facts[i] + 1, k + 1);
        }
        tx_buf_printf(b, "    <link:footnote xlink:type=\"resource\" xlink:label=\"fn%zu\""
                         " xlink:role=\"" TX_ROLE_FOOTNOTE "\" xml:lang=\"en\" id=\"fn%zu\">",
                      k + 1, k + 1);
        tx_writer_escaped(b, fn->text ? fn->text : "", 0);
        tx_buf_puts(b, "</link:footnote>\n");
        tx_buf_printf(b, "    <link:footnoteArc xlink:type=\"arc\" xlink:arcrole=\"" TX_ARCROLE_FACT_FOOTNOTE "\""
                         " xlink:from=\"fn%zu_facts\" xlink:to=\"fn%zu\" order=\"%zu\"/>\n",
                      k + 1, k + 1, k + 1);
    }
    tx_buf_puts(b, "  </link:footnoteLink>\n");
}

static char *instance_text(tx_writer *w)
{
    tx_buf b = {0};
    tx_buf_puts(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    tx_writer_comment(&b, w, "XBRL 2.1 instance");
    tx_buf_puts(&b, "<xbrli:xbrl\n    xmlns:xbrli=\"" TX_NS_XBRLI "\"\n"
                    "    xmlns:link=\"" TX_NS_LINK "\"\n"
                    "    xmlns:xlink=\"" TX_NS_XLINK "\"");
    if (w->nused > 1)
        tx_sort(w->used, w->nused, sizeof *w->used, used_cmp);
    for (size_t i = 0; i < w->nused; i++) {
        const char *p = w->used[i].prefix;
        if (strcmp(p, "xbrli") == 0 || strcmp(p, "link") == 0 || strcmp(p, "xlink") == 0)
            continue;
        tx_buf_printf(&b, "\n    xmlns:%s=\"", p);
        tx_writer_escaped(&b, w->used[i].uri, 1);
        tx_buf_putc(&b, '"');
    }
    tx_buf_puts(&b, ">\n");
    if (w->with_ext) {
        tx_buf_printf(&b, "  <link:schemaRef xlink:type=\"simple\" xlink:href=\"%s.xsd\"/>\n",
                      w->stem);
    } else {
        for (size_t i = 0; i < w->nimports; i++) {
            tx_buf_puts(&b, "  <link:schemaRef xlink:type=\"simple\"");
            tx_writer_attr(&b, "xlink:href", w->imports[i].url);
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

/* ------------------------------------------------------------ files */

/* The instance, the extension schema, its label, calculation and
 * presentation linkbases. */
static const char *const file_suffix[TX_INSTANCE_NFILES] = {".xml", ".xsd", "_lab.xml",
                                                            "_cal.xml", "_pre.xml"};

void tx_instance_files_clear(tx_instance_files *f)
{
    for (int i = 0; i < TX_INSTANCE_NFILES; i++) {
        free(f->name[i]);
        free(f->text[i]);
    }
    free(f->stem);
    memset(f, 0, sizeof *f);
}

/* ------------------------------------------------------------ driver */

static char *join_name(const char *stem, const char *suffix)
{
    tx_buf b = {0};
    tx_buf_printf(&b, "%s%s", stem, suffix);
    return tx_buf_take(&b);
}

static void prepare(tx_writer *w, const tx_factset *fs, const char *dir, tx_report *rep)
{
    w->fs = fs;
    w->rep = rep;
    w->stem = stem_of(fs);
    if (!w->stem && (fs->source || fs->stem)) {
        tx_writer_fail(w, TX_ENOMEM);
        return;
    }
    if (!w->stem || !*w->stem || strchr(w->stem, '/') || w->stem[0] == '.') {
        tx_report_add(rep, TX_ERROR, fs->source ? fs->source : dir, 0, "write.stem",
                      "no usable output name (stem '%s')", w->stem ? w->stem : "");
        tx_writer_fail(w, TX_EUSAGE);
        return;
    }
    w->ext_ns = tx_ext_namespace(w->stem);
    tx_buf b = {0};
    tx_buf_printf(&b, "%s/%s.xml", dir, w->stem);
    w->diag = tx_buf_take(&b);
    w->source_name = tx_strdup(fs->source ? base_name(fs->source) : w->stem);
    if (!w->ext_ns || !w->diag || !w->source_name)
        tx_writer_fail(w, TX_ENOMEM);
    w->with_ext = fs->next > 0 || fs->narcs > 0 || fs->nlabels > 0 || fs->npres > 0;
}

tx_status tx_instance_texts(const tx_factset *fs, const char *dir,
                            const char *const *schema_urls, size_t nurls, const char *catalog,
                            tx_report *rep, tx_instance_files *out)
{
    if (!out)
        return TX_EUSAGE;
    memset(out, 0, sizeof *out);
    if (!fs || !dir || (nurls && !schema_urls))
        return TX_EUSAGE;
    tx_writer w = {0};
    w.catalog = catalog;
    prepare(&w, fs, dir, rep);
    if (w.st == TX_OK)
        tx_writer_collect_imports(&w, schema_urls, nurls);
    if (w.st == TX_OK && !w.with_ext && w.nimports == 0) {
        tx_report_add(rep, TX_ERROR, w.diag, 0, "write.schema",
                      "no schema URL to name in schemaRef");
        tx_writer_fail(&w, TX_EUSAGE);
    }
    if (w.st == TX_OK) {
        check_facts(&w);
        collect_units(&w);
        tx_ext_check(&w);
        assign_contexts(&w);
        if (w.with_ext && w.st == TX_OK)
            tx_ext_collect_roles(&w);
    }
    if (w.st == TX_OK) {
        out->text[0] = instance_text(&w);
        if (w.with_ext) {
            out->text[1] = tx_ext_schema_text(&w);
            out->text[2] = tx_ext_label_text(&w);
            if (fs->narcs)
                out->text[3] = tx_ext_calc_text(&w);
            if (fs->npres)
                out->text[4] = tx_ext_pres_text(&w);
        }
        for (int i = 0; i < TX_INSTANCE_NFILES; i++)
            if (!out->text[i] && (i == 0 || (w.with_ext && (i < 3 || (i == 3 && fs->narcs) ||
                                                            (i == 4 && fs->npres)))))
                tx_writer_fail(&w, TX_ENOMEM);
        out->stem = tx_strdup(w.stem);
        if (!out->stem)
            tx_writer_fail(&w, TX_ENOMEM);
        for (int i = 0; i < TX_INSTANCE_NFILES && w.st == TX_OK; i++) {
            out->name[i] = join_name(w.stem, file_suffix[i]);
            if (!out->name[i])
                tx_writer_fail(&w, TX_ENOMEM);
        }
    }
    tx_status st = w.st;
    tx_writer_free(&w);
    if (st != TX_OK)
        tx_instance_files_clear(out);
    return st;
}

tx_status tx_instance_write(const tx_factset *fs, const char *dir, const char *const *schema_urls,
                            size_t nurls, const char *catalog, tx_report *rep)
{
    tx_instance_files f;
    tx_status st = tx_instance_texts(fs, dir, schema_urls, nurls, catalog, rep, &f);
    if (st != TX_OK)
        return st;
    tx_outfile files[TX_INSTANCE_NFILES];
    char *paths[TX_INSTANCE_NFILES] = {NULL};
    for (int i = 0; i < TX_INSTANCE_NFILES; i++) {
        tx_buf b = {0};
        tx_buf_printf(&b, "%s/%s", dir, f.name[i]);
        paths[i] = tx_buf_take(&b);
        if (!paths[i])
            st = TX_ENOMEM;
        files[i] = (tx_outfile){paths[i], f.text[i], f.text[i] ? strlen(f.text[i]) : 0};
    }
    tx_outfile_error e = {TX_OUTFILE_OK, 0, 0, 0};
    if (st == TX_OK && tx_outfile_commit(files, TX_INSTANCE_NFILES, 0, &e) != TX_OUTFILE_OK)
        st = tx_outfile_report(rep, files[e.file].path, &e);
    for (int i = 0; i < TX_INSTANCE_NFILES; i++)
        free(paths[i]);
    tx_instance_files_clear(&f);
    return st;
}

/* ex27map.c - EX-27 financial data schedules: the tag map, the facts and
 * the schedules' arithmetic. */
#include "map/ex27map.h"

#include <stdlib.h>
#include <string.h>

#include "base/tsv.h"
#include "map/entity.h"
#include "map/extname.h"
#include "base/util.h"

/* ================================================================ the map */

static const struct {
    const char *file;
    int article;
} tag_files[] = {
    {"taxonomy/src/ex27-article5.tsv", 5},
};
static const char checks_file[] = "taxonomy/mapping/ex27-checks.tsv";

/* ex27-articleN.tsv: tag concept values period balance sign member label note */
enum { TAG_TAG, TAG_CONCEPT, TAG_VALUES, TAG_PERIOD, TAG_BALANCE, TAG_SIGN, TAG_MEMBER, TAG_LABEL };
static const tx_tsv_spec tags_tsv = {
    .columns = 8, .header = "tag",
    .nonempty = 1u << TAG_TAG | 1u << TAG_MEMBER | 1u << TAG_LABEL,
    .shape = "a tag needs concept, values, period, balance, sign, member and label columns"};

/* One row of ex27-articleN.tsv: 0, or -1 (a finding, or no memory). */
static int load_tag(tx_ex27_map *m, const tx_taxonomy *tax, int article, tx_tsv *t, size_t *cap)
{
    const char *tag = tx_tsv_field(t, TAG_TAG), *concept = tx_tsv_field(t, TAG_CONCEPT);
    const char *values = tx_tsv_field(t, TAG_VALUES), *period = tx_tsv_field(t, TAG_PERIOD);
    const char *balance = tx_tsv_field(t, TAG_BALANCE), *sign = tx_tsv_field(t, TAG_SIGN);
    const char *member = tx_tsv_field(t, TAG_MEMBER), *label = tx_tsv_field(t, TAG_LABEL);
    if (strcmp(values, "money") != 0 && strcmp(values, "per-share") != 0)
        return tx_tsv_bad(t, "<%s>: values '%s' is neither money nor per-share", tag, values);
    if (strcmp(period, "instant") != 0 && strcmp(period, "duration") != 0)
        return tx_tsv_bad(t, "<%s>: period '%s' is neither instant nor duration", tag, period);
    if (strcmp(sign, "+") != 0 && strcmp(sign, "-") != 0 && strcmp(sign, "contra") != 0)
        return tx_tsv_bad(t, "<%s>: sign '%s' is none of +, - and contra", tag, sign);
    if (*balance && strcmp(balance, "debit") != 0 && strcmp(balance, "credit") != 0)
        return tx_tsv_bad(t, "<%s>: balance '%s' is neither debit nor credit", tag, balance);
    if (*concept) {
        const tx_concept *c = tx_taxonomy_concept(tax, concept);
        if (!c)
            return tx_tsv_bad(t, "<%s>: concept %s is not in the taxonomy", tag, concept);
        if (strcmp(c->period_type, period) != 0)
            return tx_tsv_bad(t, "<%s>: concept %s has another period type", tag, concept);
        int ps = strstr(c->type, "perShare") != NULL;
        if (ps != (strcmp(values, "per-share") == 0) || (!ps && !strstr(c->type, "monetary")))
            return tx_tsv_bad(t, "<%s>: concept %s has another item type", tag, concept);
    }
    const tx_concept *mc = tx_taxonomy_concept(tax, member);
    if (!mc || strcmp(mc->type, "nonnum:domainItemType") != 0)
        return tx_tsv_bad(t, "<%s>: member %s is no domain member of the taxonomy", tag, member);
    if (tx_ex27_lookup(m, article, tag))
        return tx_tsv_bad(t, "<%s>: given twice", tag);
    if (tx_grow((void **)&m->tags, cap, m->ntags + 1, sizeof(tx_ex27_tag)) != 0)
        return -1;
    tx_ex27_tag *x = &m->tags[m->ntags];
    memset(x, 0, sizeof *x);
    x->article = article;
    x->per_share = strcmp(values, "per-share") == 0;
    x->instant = strcmp(period, "instant") == 0;
    x->contra = strcmp(sign, "contra") == 0;
    x->negate = strcmp(sign, "-") == 0;
    x->line = t->line;
    x->tag = tx_strdup(tag);
    x->concept = tx_strdup(concept);
    x->balance = tx_strdup(balance);
    x->member = tx_strdup(member);
    x->label = tx_strdup(label);
    m->ntags++;
    return x->tag && x->concept && x->balance && x->member && x->label ? 0 : -1;
}

static int load_tags(tx_ex27_map *m, const tx_taxonomy *tax, int article, const char *path,
                     size_t *cap, tx_report *rep)
{
    tx_tsv t;
    if (tx_tsv_open(&t, path, &tags_tsv, rep) != 0)
        return -1;
    int r;
    while ((r = tx_tsv_next(&t)) > 0 && (r = load_tag(m, tax, article, &t, cap)) == 0)
        ;
    tx_tsv_close(&t);
    return r;
}

/* "INCOME-PRETAX - INCOME-TAX" -> terms of check c, on the right side or
 * not; 0, or -1 (a finding about row t, or no memory). */
static int parse_side(tx_ex27_map *m, tx_ex27_check *c, const char *side, int right, tx_tsv *t,
                      size_t *cap)
{
    int weight = 1, want_tag = 1;
    for (const char *p = side; *p;) {
        while (*p == ' ')
            p++;
        size_t k = strcspn(p, " ");
        if (!k)
            break;
        if (!want_tag) {
            if (k != 1 || (*p != '+' && *p != '-'))
                return tx_tsv_bad(t, "check %s: '+' or '-' expected, not '%s'", c->id, p);
            weight = *p == '-' ? -1 : 1;
            want_tag = 1;
            p += k;
            continue;
        }
        char *tag = tx_strndup(p, k);
        if (!tag)
            return -1;
        if (!tx_ex27_lookup(m, c->article, tag)) {
            tx_tsv_bad(t, "check %s: <%s> is no tag of the map", c->id, tag);
            free(tag);
            return -1;
        }
        if (tx_grow((void **)&c->terms, cap, c->nterms + 1, sizeof(tx_ex27_term)) != 0) {
            free(tag);
            return -1;
        }
        c->terms[c->nterms++] = (tx_ex27_term){tag, weight, right};
        want_tag = 0;
        p += k;
    }
    if (want_tag)
        return tx_tsv_bad(t, "check %s: a side ends without a tag", c->id);
    return 0;
}

/* ex27-checks.tsv: article id left relation right meaning */
enum { CHECK_ARTICLE, CHECK_ID, CHECK_LEFT, CHECK_RELATION, CHECK_RIGHT, CHECK_MEANING };
static const tx_tsv_spec checks_tsv = {
    .columns = 6, .shape = "a check needs article, id, left, relation, right and meaning"};

static int load_checks(tx_ex27_map *m, const char *path, tx_report *rep)
{
    tx_tsv t;
    if (tx_tsv_open(&t, path, &checks_tsv, rep) != 0)
        return -1;
    size_t cap = 0;
    int status;
    while ((status = tx_tsv_next(&t)) > 0) {
        const char *rel = tx_tsv_field(&t, CHECK_RELATION);
        if (strcmp(rel, "=") != 0 && strcmp(rel, "<=") != 0) {
            status = tx_tsv_bad(&t, "check %s: relation '%s' is neither = nor <=",
                                tx_tsv_field(&t, CHECK_ID), rel);
            break;
        }
        if (tx_grow((void **)&m->checks, &cap, m->nchecks + 1, sizeof(tx_ex27_check)) != 0) {
            status = -1;
            break;
        }
        tx_ex27_check *c = &m->checks[m->nchecks++];
        memset(c, 0, sizeof *c);
        c->article = atoi(tx_tsv_field(&t, CHECK_ARTICLE));
        c->le = strcmp(rel, "<=") == 0;
        c->line = t.line;
        c->id = tx_strdup(tx_tsv_field(&t, CHECK_ID));
        c->meaning = tx_strdup(tx_tsv_field(&t, CHECK_MEANING));
        if (!c->id || !c->meaning) {
            status = -1;
            break;
        }
        size_t tcap = 0;
        status = parse_side(m, c, tx_tsv_field(&t, CHECK_LEFT), 0, &t, &tcap);
        if (status == 0)
            status = parse_side(m, c, tx_tsv_field(&t, CHECK_RIGHT), 1, &t, &tcap);
        if (status != 0)
            break;
    }
    tx_tsv_close(&t);
    return status;
}

tx_status tx_ex27_map_load(const char *datadir, const tx_taxonomy *tax, tx_report *rep,
                           tx_ex27_map **out)
{
    *out = NULL;
    tx_ex27_map *m = calloc(1, sizeof *m);
    if (!m)
        return TX_ENOMEM;
    size_t errors = tx_report_count(rep, TX_ERROR);
    int status = 0;
    size_t cap = 0;
    for (size_t f = 0; f < sizeof tag_files / sizeof tag_files[0] && status == 0; f++) {
        char *path = tx_tsv_path(datadir, tag_files[f].file);
        status = path ? load_tags(m, tax, tag_files[f].article, path, &cap, rep) : -1;
        if (f == 0 && path)
            m->tags_path = path;
        else
            free(path);
    }
    if (status == 0) {
        char *path = tx_tsv_path(datadir, checks_file);
        status = path ? load_checks(m, path, rep) : -1;
        free(path);
    }
    if (status != 0) {
        tx_ex27_map_free(m);
        return tx_report_count(rep, TX_ERROR) > errors ? TX_EIO : TX_ENOMEM;
    }
    *out = m;
    return TX_OK;
}

void tx_ex27_map_free(tx_ex27_map *m)
{
    if (!m)
        return;
    for (size_t i = 0; i < m->ntags; i++) {
        tx_ex27_tag *x = &m->tags[i];
        free(x->tag), free(x->concept), free(x->balance), free(x->member), free(x->label);
    }
    free(m->tags);
    for (size_t i = 0; i < m->nchecks; i++) {
        tx_ex27_check *c = &m->checks[i];
        for (size_t k = 0; k < c->nterms; k++)
            free(c->terms[k].tag);
        free(c->terms), free(c->id), free(c->meaning);
    }
    free(m->checks);
    free(m->tags_path);
    free(m);
}

const tx_ex27_tag *tx_ex27_lookup(const tx_ex27_map *m, int article, const char *tag)
{
    for (size_t i = 0; m && i < m->ntags; i++)
        if (m->tags[i].article == article && strcmp(m->tags[i].tag, tag) == 0)
            return &m->tags[i];
    return NULL;
}

const tx_ex27_tag *tx_ex27_tag_of_member(const tx_ex27_map *m, const char *member)
{
    for (size_t i = 0; m && i < m->ntags; i++)
        if (strcmp(m->tags[i].member, member) == 0)
            return &m->tags[i];
    return NULL;
}

char *tx_ex27_concept(const tx_ex27_tag *t)
{
    tx_buf c = {0};
    if (*t->concept) {
        tx_buf_printf(&c, "tx-gaap:%s", t->concept);
    } else {
        char *name = tx_ext_name(t->label);
        if (!name)
            return NULL;
        tx_buf_printf(&c, "ext:%s", name);
        free(name);
    }
    return tx_buf_take(&c);
}

/* ================================================================ facts */

/* "<TOTAL-ASSETS>" 81490 x10^6 as text: "81,490" is what the filer printed. */
static const tx_ex27_value *find_value(const tx_ex27_schedule *s, const char *tag)
{
    for (size_t i = 0; i < s->nvalues; i++)
        if (strcmp(s->values[i].tag, tag) == 0)
            return &s->values[i];
    return NULL;
}

static int is_us_dollars(const char *c)
{
    char *n = tx_norm(c);
    int ok = !n || !*n || strncmp(n, "u s dollar", 10) == 0 || strncmp(n, "us dollar", 9) == 0 ||
             strcmp(n, "usd") == 0 || strncmp(n, "united states dollar", 20) == 0 ||
             strcmp(n, "dollars") == 0;
    free(n);
    return ok;
}

static int dims_of(tx_fact *f, const char *source, const char *tag_member)
{
    f->dims = calloc(2, sizeof(tx_dim));
    if (!f->dims)
        return -1;
    f->ndims = 2;
    /* sorted by axis: ...TagAxis < SourceAxis */
    f->dims[0].axis = tx_strdup(TX_AXIS_FDS_TAG);
    f->dims[0].member = tx_strdup(tag_member);
    f->dims[1].axis = tx_strdup(TX_AXIS_SOURCE);
    f->dims[1].member = tx_strdup(source);
    return f->dims[0].axis && f->dims[0].member && f->dims[1].axis && f->dims[1].member ? 0 : -1;
}

static int same_dims(const tx_fact *a, const tx_fact *b)
{
    if (a->ndims != b->ndims)
        return 0;
    for (size_t i = 0; i < a->ndims; i++)
        if (strcmp(a->dims[i].axis, b->dims[i].axis) != 0 ||
            strcmp(a->dims[i].member, b->dims[i].member) != 0)
            return 0;
    return 1;
}

/* An earlier fact of the same concept, entity, period, dimensions and unit. */
static const tx_fact *same_fact(const tx_factset *fs, const tx_fact *f)
{
    for (size_t i = 0; i < fs->nfacts; i++) {
        const tx_fact *g = &fs->facts[i];
        if (g->entity == f->entity && g->unit == f->unit && strcmp(g->concept, f->concept) == 0 &&
            tx_period_same(&g->period, &f->period) && same_dims(g, f))
            return g;
    }
    return NULL;
}

/* Evaluates one arithmetic check on a schedule. */
static void check_one(const tx_ex27_context *c, const tx_ex27_schedule *s, const tx_ex27_check *k,
                      tx_report *rep)
{
    tx_decimal side[2] = {tx_decimal_make(0, 0), tx_decimal_make(0, 0)};
    tx_decimal tol = tx_decimal_make(0, 0);
    const tx_ex27_value *first = NULL;
    for (size_t i = 0; i < k->nterms; i++) {
        const tx_ex27_value *v = find_value(s, k->terms[i].tag);
        if (!v || !v->ok)
            return;   /* evaluated only when every tag is there */
        if (!first && !k->terms[i].right)
            first = v;
        tx_decimal x = v->printed;
        if (k->terms[i].weight < 0 && tx_decimal_negate(&x) != 0)
            return;
        tx_decimal half = tx_decimal_make(5, (x.exp < 0 ? x.exp : 0) - 1);
        if (tx_decimal_add(side[k->terms[i].right], x, &side[k->terms[i].right]) != 0 ||
            tx_decimal_add(tol, half, &tol) != 0)
            return;
    }
    tx_decimal diff, neg = side[1];
    if (tx_decimal_negate(&neg) != 0 || tx_decimal_add(side[0], neg, &diff) != 0)
        return;
    tx_decimal adiff = diff;
    if (tx_decimal_sign(adiff) < 0 && tx_decimal_negate(&adiff) != 0)
        return;
    int fails = k->le ? tx_decimal_cmp(diff, tol) > 0 : tx_decimal_cmp(adiff, tol) > 0;
    if (!fails || !first)
        return;
    tx_buf m = {0};
    tx_buf_printf(&m, "%s: %s: ", k->id, k->meaning);
    for (int r = 0; r < 2; r++) {
        int n = 0;
        for (size_t i = 0; i < k->nterms; i++) {
            if (k->terms[i].right != r)
                continue;
            const tx_ex27_value *v = find_value(s, k->terms[i].tag);
            tx_buf_printf(&m, "%s<%s> %s (line %ld)",
                          n ? (k->terms[i].weight < 0 ? " - " : " + ")
                            : (k->terms[i].weight < 0 ? "-" : ""),
                          v->tag, v->text, v->line);
            n++;
        }
        if (r == 0) {
            if (n > 1) {
                tx_buf_puts(&m, " = ");
                tx_decimal_put(&m, side[0]);
            }
            tx_buf_printf(&m, k->le ? ", more than " : ", not ");
        } else if (n > 1) {
            tx_buf_puts(&m, " = ");
            tx_decimal_put(&m, side[1]);
        }
    }
    tx_buf_puts(&m, " (off by ");
    tx_decimal_put(&m, adiff);
    if (s->multiplier)
        tx_buf_printf(&m, " x10^%d", s->multiplier);
    tx_buf_puts(&m, ")");
    tx_report_add(rep, TX_WARNING, c->file, first->line, "ex27.arithmetic", "%s",
                  m.data && !m.failed ? m.data : k->id);
    tx_buf_free(&m);
}

/* The facts of one schedule; their indexes in fs go to idx[] (*n). */
static int schedule_facts(const tx_ex27_context *c, const tx_ex27_schedule *s, long entity,
                          tx_factset *fs, size_t *idx, size_t *n, tx_report *rep)
{
    int reported = 0, *period_reported = &reported;
    const char *source = s->restated ? TX_MEMBER_FDS_RESTATED : TX_MEMBER_FDS;
    int money_ok = is_us_dollars(s->currency);
    if (!money_ok)
        tx_report_add(rep, TX_WARNING, c->file, s->line_currency, "ex27.currency",
                      "<CURRENCY> %s: only U.S. dollar amounts are converted; the schedule's money "
                      "tags are not", s->currency);
    for (size_t i = 0; i < s->nvalues; i++) {
        const tx_ex27_value *v = &s->values[i];
        const tx_ex27_tag *t = tx_ex27_lookup(c->map, s->article, v->tag);
        if (!t) {
            tx_report_add(rep, TX_WARNING, c->file, v->line, "ex27.unknown-tag",
                          "<%s> is no tag of an Article %d schedule the map knows: not converted",
                          v->tag, s->article);
            continue;
        }
        if (!v->ok || (!t->per_share && !money_ok))
            continue;
        if (!t->instant && s->duration.kind != TX_PERIOD_DURATION) {
            if (!*period_reported && s->period_error)
                tx_report_add(rep, TX_WARNING, c->file, s->line_period_error, "ex27.period-type",
                              "%s", s->period_error);
            *period_reported = 1;
            continue;
        }
        tx_fact f;
        memset(&f, 0, sizeof f);
        f.value = v->printed;
        if (t->negate && tx_decimal_negate(&f.value) != 0)
            continue;
        if (t->contra && tx_decimal_sign(f.value) < 0)
            tx_report_add(rep, TX_WARNING, c->file, v->line, "ex27.contra-negative",
                          "<%s> %s is negative, but it is a positive amount deducted from "
                          "another tag; written as printed", v->tag, v->text);
        if (!t->per_share && tx_decimal_scale(&f.value, s->multiplier) != 0) {
            tx_report_add(rep, TX_WARNING, c->file, v->line, "ex27.value",
                          "<%s> %s times 10^%d is too large", v->tag, v->text, s->multiplier);
            continue;
        }
        f.decimals = -f.value.exp;
        f.entity = (size_t)entity;
        f.numeric = 1;
        f.unit = t->per_share ? TX_UNIT_USD_PER_SHARE : TX_UNIT_USD;
        f.src_line = v->line;
        if (t->instant) {
            f.period.kind = TX_PERIOD_INSTANT;
            f.period.end = s->period_end;
        } else {
            f.period = s->duration;
        }
        f.concept = tx_ex27_concept(t);
        if (!f.concept)
            return -1;
        if (!*t->concept) {
            tx_ext_concept ec = {f.concept + 4, t->instant ? "instant" : "duration",
                                 *t->balance && !t->per_share ? t->balance : NULL,
                                 t->per_share ? "num:perShareItemType" : "xbrli:monetaryItemType",
                                 t->label};
            if (tx_factset_add_ext(fs, &ec) != 0) {
                tx_fact_clear(&f);
                return -1;
            }
        }
        tx_buf ob = {0};
        tx_buf_printf(&ob, "EX-27 <%s>, %s:%ld", v->tag,
                      c->map->tags_path ? strrchr(c->map->tags_path, '/') + 1 : "", t->line);
        f.origin = tx_buf_take(&ob);
        if (!f.origin || dims_of(&f, source, t->member) != 0) {
            tx_fact_clear(&f);
            return -1;
        }
        const tx_fact *g = same_fact(fs, &f);
        if (g) {
            if (tx_decimal_cmp(g->value, f.value) != 0) {
                char *a = tx_decimal_text(f.value), *b = tx_decimal_text(g->value);
                tx_report_add(rep, TX_ERROR, c->file, v->line, "ex27.inconsistent-duplicate",
                              "<%s> %s is %s here but %s at line %ld (same entity, period and "
                              "schedule kind); the first is kept",
                              v->tag, f.concept, a ? a : "?", b ? b : "?", g->src_line);
                free(a);
                free(b);
            }
            tx_fact_clear(&f);
            continue;
        }
        if (tx_factset_add(fs, &f) != 0) {
            tx_fact_clear(&f);
            return -1;
        }
        idx[(*n)++] = fs->nfacts - 1;
    }
    return 0;
}

/* The <FN> paragraphs of a schedule as footnotes of its facts. */
static int schedule_footnotes(const tx_ex27_schedule *s, tx_factset *fs, const size_t *idx,
                              size_t n)
{
    size_t *sel = calloc(n ? n : 1, sizeof *sel);
    if (!sel)
        return -1;
    int status = 0;
    for (size_t k = 0; k < s->nnotes && status == 0; k++) {
        const tx_ex27_note *note = &s->notes[k];
        if (!*note->text)
            continue;
        size_t m = 0;
        int whole = !*note->marker || tx_ex27_has_marker(s->header_notes, note->marker);
        if (!whole) {
            for (size_t i = 0; i < n; i++) {
                const tx_fact *f = &fs->facts[idx[i]];
                for (size_t v = 0; v < s->nvalues; v++)
                    if (s->values[v].line == f->src_line &&
                        tx_ex27_has_marker(s->values[v].notes, note->marker))
                        sel[m++] = idx[i];
            }
            whole = m == 0;   /* a marker on nothing: the whole schedule */
        }
        if (whole) {
            m = n;
            memcpy(sel, idx, n * sizeof *idx);
        }
        if (m && tx_factset_add_footnote(fs, note->text, note->marker, sel, m) != 0)
            status = -1;
    }
    free(sel);
    return status;
}

tx_status tx_ex27_map_facts(const tx_ex27_set *set, const tx_ex27_context *c, tx_factset *fs,
                            tx_report *rep)
{
    if (!set || !c->map)
        return TX_OK;
    for (size_t i = 0; i < set->n; i++) {
        const tx_ex27_schedule *s = &set->schedules[i];
        int known = 0;
        for (size_t t = 0; t < c->map->ntags && !known; t++)
            known = c->map->tags[t].article == s->article;
        if (!known) {
            if (s->article)
                tx_report_add(rep, TX_WARNING, c->file, s->line_article, "ex27.article",
                              "Article %d financial data schedules are not converted (the map "
                              "knows Article 5 only)", s->article);
            else
                tx_report_add(rep, TX_WARNING, c->file, s->src_first, "ex27.article",
                              "financial data schedule without <ARTICLE>: not converted");
            continue;
        }
        for (size_t k = 0; k < c->map->nchecks; k++)
            if (c->map->checks[k].article == s->article)
                check_one(c, s, &c->map->checks[k], rep);
        if (!s->period_end.y) {
            if (s->nvalues)
                tx_report_add(rep, TX_WARNING, c->file, s->line_period_error, "ex27.no-period-end",
                              "%s", s->period_error ? s->period_error : "no <PERIOD-END>");
            continue;
        }
        long entity = tx_entity_of_schedule(fs, c->text, s, c->entities, c->file, rep);
        if (entity < 0)
            return TX_ENOMEM;
        size_t *idx = calloc(s->nvalues ? s->nvalues : 1, sizeof *idx), n = 0;
        if (!idx)
            return TX_ENOMEM;
        int st = schedule_facts(c, s, entity, fs, idx, &n, rep);
        if (st == 0)
            st = schedule_footnotes(s, fs, idx, n);
        free(idx);
        if (st != 0)
            return TX_ENOMEM;
    }
    return TX_OK;
}

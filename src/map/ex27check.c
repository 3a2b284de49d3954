/* ex27check.c - EX-27 schedules against the statements they summarise. */
#include "map/ex27check.h"

#include <stdlib.h>
#include <string.h>

#include "base/util.h"

static const char *dim_member(const tx_fact *f, const char *axis)
{
    for (size_t i = 0; i < f->ndims; i++)
        if (strcmp(f->dims[i].axis, axis) == 0)
            return f->dims[i].member;
    return NULL;
}

static int is_schedule_fact(const tx_fact *f)
{
    const char *m = dim_member(f, TX_AXIS_SOURCE);
    return m && (strcmp(m, TX_MEMBER_FDS) == 0 || strcmp(m, TX_MEMBER_FDS_RESTATED) == 0) &&
           strncmp(f->concept, "tx-gaap:", 8) == 0 && f->numeric && !f->nil;
}

static int same_entity(const tx_factset *a, size_t ea, const tx_factset *b, size_t eb)
{
    return strcmp(a->entities[ea].scheme, b->entities[eb].scheme) == 0 &&
           strcmp(a->entities[ea].identifier, b->entities[eb].identifier) == 0;
}

/* |a - b| within half a unit of the coarser precision */
static int agrees(const tx_fact *a, const tx_fact *b)
{
    int d = a->decimals < b->decimals ? a->decimals : b->decimals;
    tx_decimal nb = b->value, diff;
    if (tx_decimal_negate(&nb) != 0 || tx_decimal_add(a->value, nb, &diff) != 0)
        return 0;
    if (tx_decimal_sign(diff) < 0 && tx_decimal_negate(&diff) != 0)
        return 0;
    if (d == TX_DECIMALS_INF || d == TX_DECIMALS_NONE)
        return tx_decimal_is_zero(diff);
    return tx_decimal_cmp(diff, tx_decimal_make(5, -d - 1)) <= 0;
}

/* The statement fact of f's concept, entity, period and unit in `st`. */
static const tx_fact *statement_fact(const tx_factset *fs, const tx_fact *f, const tx_factset *st,
                                     const char *concept)
{
    for (size_t i = 0; i < st->nfacts; i++) {
        const tx_fact *g = &st->facts[i];
        if (g->ndims == 0 && g->numeric && !g->nil && g->unit == f->unit &&
            strcmp(g->concept, concept) == 0 && tx_period_same(&g->period, &f->period) &&
            same_entity(fs, f->entity, st, g->entity))
            return g;
    }
    return NULL;
}

static const char *tag_name(const tx_ex27_map *map, const tx_fact *f)
{
    const char *m = dim_member(f, TX_AXIS_FDS_TAG);
    const tx_ex27_tag *t = m ? tx_ex27_tag_of_member(map, m) : NULL;
    return t ? t->tag : "?";
}

static int hints(tx_buf *m, const tx_factset *fs, const tx_fact *f, const tx_fact *s,
                 const tx_factset *st, const tx_ex27_map *map)
{
    int n = 0;
    const char *src = dim_member(f, TX_AXIS_SOURCE);
    /* the statement's value under another tag of the schedule */
    for (size_t i = 0; i < fs->nfacts && !tx_decimal_is_zero(s->value); i++) {
        const tx_fact *g = &fs->facts[i];
        if (g != f && is_schedule_fact(g) && g->entity == f->entity && g->unit == f->unit &&
            tx_period_same(&g->period, &f->period) && strcmp(dim_member(g, TX_AXIS_SOURCE), src) == 0 &&
            agrees(g, s)) {
            tx_buf_printf(m, "; the schedule has that value as <%s> (line %ld)", tag_name(map, g),
                          g->src_line);
            n++;
        }
    }
    /* the tag's value as another of the schedule's concepts in the statements */
    for (size_t i = 0; i < st->nfacts && !tx_decimal_is_zero(f->value); i++) {
        const tx_fact *g = &st->facts[i];
        if (g == s || g->ndims != 0 || !g->numeric || g->nil || g->unit != f->unit ||
            !tx_period_same(&g->period, &f->period) || !same_entity(fs, f->entity, st, g->entity) ||
            strcmp(g->concept, f->concept) == 0 || !agrees(f, g))
            continue;
        int in_schedule = 0;
        for (size_t k = 0; k < fs->nfacts && !in_schedule; k++)
            in_schedule = is_schedule_fact(&fs->facts[k]) &&
                          strcmp(fs->facts[k].concept, g->concept) == 0;
        if (!in_schedule)
            continue;
        tx_buf_puts(m, "; the statement has ");
        tx_decimal_put(m, g->value);
        tx_buf_printf(m, " as %s (line %ld)", g->concept, g->src_line);
        n++;
    }
    return n;
}

tx_status tx_ex27_cross_check(const tx_factset *fs, const tx_factset *const *refs, size_t nrefs,
                              const tx_ex27_map *map, tx_report *rep)
{
    if (!fs)
        return TX_OK;
    size_t *matched = calloc(nrefs + 1, sizeof *matched);
    if (!matched)
        return TX_ENOMEM;
    long first_line = 0;
    for (size_t i = 0; i < fs->nfacts; i++) {
        const tx_fact *f = &fs->facts[i];
        if (!is_schedule_fact(f))
            continue;
        if (!first_line)
            first_line = f->src_line;
        for (size_t r = 0; r <= nrefs; r++) {
            const tx_factset *st = r == 0 ? fs : refs[r - 1];
            const tx_fact *s = statement_fact(fs, f, st, f->concept);
            if (!s)
                continue;
            matched[r]++;
            if (agrees(f, s))
                break;
            char p[32];
            tx_period_format(&f->period, p, sizeof p);
            tx_buf m = {0};
            tx_buf_printf(&m, "<%s> ", tag_name(map, f));
            tx_decimal_put(&m, f->value);
            tx_buf_printf(&m, " (%s, %s) differs from the statement's ", f->concept, p);
            tx_decimal_put(&m, s->value);
            tx_buf_printf(&m, " at %s:%ld", st->source ? st->source : "", s->src_line);
            hints(&m, fs, f, s, st, map);
            tx_status w = tx_report_add(rep, TX_WARNING, fs->source, f->src_line,
                                        "ex27.statement-mismatch", "%s",
                                        m.data && !m.failed ? m.data : "");
            tx_buf_free(&m);
            if (w != TX_OK) {
                free(matched);
                return TX_ENOMEM;
            }
            break;
        }
    }
    for (size_t r = 1; r <= nrefs && first_line; r++)
        if (!matched[r])
            tx_report_add(rep, TX_NOTE, fs->source, first_line, "ex27.not-cross-checked",
                          "no statement fact of %s has the schedules' entity, period and a "
                          "concept of theirs: not cross-checked against it",
                          refs[r - 1]->source ? refs[r - 1]->source : "");
    free(matched);
    return TX_OK;
}

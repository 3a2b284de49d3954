/* mapper.c - stage 5: rows of tables to XBRL facts, driven by taxonomy/ data:
 * the driver. */
#include "map/mapstate.h"

#include <stdlib.h>
#include <string.h>

#include "map/classify.h"
#include "map/entity.h"
#include "map/ex27map.h"

/* ------------------------------------------------------------ duplicates */

typedef struct keyed {
    char *key;
    int decimals;
    size_t index;
} keyed;

/* By key; the most precise first, then in the order collected. */
static int cmp_keyed(const void *a, const void *b)
{
    const keyed *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    if (c)
        return c;
    if (x->decimals != y->decimals)
        return x->decimals > y->decimals ? -1 : 1;
    return (x->index > y->index) - (x->index < y->index);
}

/* 1 when two values of one fact agree: equal, or the more precise one
 * (a) rounds to the other at the other's decimals (a table in millions
 * repeating a statement in thousands). */
static int consistent(const tx_fact *a, const tx_fact *b)
{
    if (tx_decimal_cmp(a->value, b->value) == 0)
        return 1;
    if (!a->numeric || a->decimals <= b->decimals)
        return 0;
    tx_decimal r;
    return tx_decimal_round(a->value, b->decimals, TX_ROUND_HALF_EVEN, &r) == 0 &&
           tx_decimal_cmp(r, b->value) == 0;
}

static char *fact_key(const tx_fact *f)
{
    char p[32];
    tx_period_format(&f->period, p, sizeof p);
    char *dims = tx_fact_dims_text(f);
    tx_buf b = {0};
    tx_buf_printf(&b, "%s|%zu|%s|%s|%s", f->concept, f->entity, p, dims ? dims : "",
                  tx_unit_text(f));
    free(dims);
    return tx_buf_take(&b);
}

/* Keeps the most precise (else the first) of facts printed twice;
 * reports values that disagree. */
static int drop_duplicates(tx_mapper *m, char *dropped)
{
    keyed *k = calloc(m->nfacts ? m->nfacts : 1, sizeof(keyed));
    if (!k)
        return -1;
    int status = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        k[i].key = fact_key(&m->facts[i]);
        k[i].index = i;
        k[i].decimals = m->facts[i].decimals;
        if (!k[i].key)
            status = -1;
    }
    if (status == 0) {
        tx_sort(k, m->nfacts, sizeof(keyed), cmp_keyed);
        for (size_t i = 1; i < m->nfacts; i++) {
            size_t first = i - 1;
            while (first > 0 && strcmp(k[first - 1].key, k[i].key) == 0)
                first--;
            if (strcmp(k[i - 1].key, k[i].key) != 0)
                continue;
            const tx_fact *a = &m->facts[k[first].index], *b = &m->facts[k[i].index];
            dropped[k[i].index] = 1;
            if (!consistent(a, b)) {
                char *va = tx_decimal_text(a->value), *vb = tx_decimal_text(b->value);
                tx_report_add(m->rep, TX_ERROR, m->ex->name, b->src_line,
                              "map.inconsistent-duplicate",
                              "%s is %s here but %s at line %ld (same entity, period, "
                              "dimensions and unit); the one at line %ld is kept",
                              a->concept, vb ? vb : "?", va ? va : "?", a->src_line,
                              a->src_line);
                free(va);
                free(vb);
            }
        }
    }
    for (size_t i = 0; i < m->nfacts; i++)
        free(k[i].key);
    free(k);
    return status;
}

/* ------------------------------------------------------------ dei */

static int add_text_fact(tx_mapper *m, size_t entity, const tx_period *p, const char *concept,
                         const char *value, long line)
{
    tx_fact f;
    memset(&f, 0, sizeof f);
    f.concept = tx_strdup(concept);
    f.entity = entity;
    f.period = *p;
    f.text = tx_strdup(value);
    f.src_line = line;
    f.decimals = 0;
    if (!f.concept || !f.text) {
        tx_fact_clear(&f);
        return -1;
    }
    return tx_factset_add(m->fs, &f) == 0 ? 0 : (tx_fact_clear(&f), -1);
}

/* Document and entity facts, in the context of each entity's latest and
 * shortest reporting period. */
static int add_dei(tx_mapper *m)
{
    for (size_t e = 0; e < m->fs->nentities; e++) {
        const tx_fact *best = NULL;
        for (size_t i = 0; i < m->fs->nfacts; i++) {
            const tx_fact *f = &m->fs->facts[i];
            if (f->entity != e || f->period.kind != TX_PERIOD_DURATION)
                continue;
            if (!best || tx_date_cmp(f->period.end, best->period.end) > 0 ||
                (tx_date_cmp(f->period.end, best->period.end) == 0 &&
                 tx_date_cmp(f->period.start, best->period.start) > 0))
                best = f;
        }
        if (!best)
            continue;
        tx_period p = best->period;
        long line = best->src_line;
        const tx_entity *ent = &m->fs->entities[e];
        char end[11];
        tx_date_format(p.end, end);
        if (*ent->name && add_text_fact(m, e, &p, "tx-dei:EntityRegistrantName", ent->name, line) != 0)
            return -1;
        if (strcmp(ent->scheme, TX_SCHEME_CIK) == 0 &&
            add_text_fact(m, e, &p, "tx-dei:EntityCentralIndexKey", ent->identifier, line) != 0)
            return -1;
        if (add_text_fact(m, e, &p, "tx-dei:DocumentPeriodEndDate", end, line) != 0)
            return -1;
        if (m->ex->text->form_type[0] &&
            add_text_fact(m, e, &p, "tx-dei:DocumentType", m->ex->text->form_type, line) != 0)
            return -1;
    }
    return 0;
}

/* ------------------------------------------------------------ driver */

void tx_mapping_free(tx_mapping *map)
{
    if (!map)
        return;
    for (size_t t = 0; t < map->ntables; t++) {
        tx_table_map *tm = &map->tables[t];
        for (size_t r = 0; r < tm->nrows; r++) {
            free(tm->rows[r].concept);
            free(tm->rows[r].why);
            free(tm->rows[r].runner);
        }
        free(tm->rows);
        free(tm->kind);
        free(tm->entity);
        free(tm->basis);
        free(tm->why);
    }
    free(map->tables);
    free(map);
}

/* The values printed in a table's rows, in the columns that hold facts. */
static size_t printed_numbers(const tx_table *t)
{
    size_t n = 0;
    for (size_t r = 0; r < t->nrows; r++) {
        const tx_row *row = &t->rows[r];
        if (row->kind != TX_ROW_ITEM || !row->cells)
            continue;
        for (size_t c = 0; c < t->ncols; c++)
            if (!t->cols[c].derived &&
                (row->cells[c].state == TX_CELL_VALUE || row->cells[c].state == TX_CELL_NIL))
                n++;
    }
    return n;
}

static void map_rows(tx_mapper *m, size_t ti, tx_table_map *tm);

static void map_table(tx_mapper *m, size_t ti, tx_table_map *tm)
{
    size_t before = m->nfacts;
    tm->numbers = printed_numbers(&m->ex->tables[ti]);
    map_rows(m, ti, tm);
    tm->converted = m->nfacts - before;
}

static void map_rows(tx_mapper *m, size_t ti, tx_table_map *tm)
{
    const tx_table *t = &m->ex->tables[ti];
    char *why = NULL;
    const tx_table *parent = t->parent >= 0 ? &m->ex->tables[t->parent] : NULL;
    const tx_statement_rule *st = tx_classify_table(m->opt->taxonomy, t, parent, &why);
    tm->why = why;
    tm->rows = calloc(t->nrows ? t->nrows : 1, sizeof(tx_row_map));
    if (!tm->rows || !why) {
        m->oom = 1;
        return;
    }
    tm->nrows = t->nrows;
    if (!st) {
        tm->kind = tx_strdup("");
        tm->basis = tx_strdup("");
        tx_report_add(m->rep, TX_WARNING, m->ex->name, t->src_title ? t->src_title : t->src_first,
                      "map.unknown-statement",
                      "table %zu ('%s') is no statement the mapping rules know; not converted",
                      ti + 1, *t->title ? t->title : "untitled");
        return;
    }
    tm->kind = tx_strdup(st->kind);
    tm->basis = tx_strdup(st->basis);
    if (t->ncols == 0)
        return;
    long entity = tx_entity_of_table(m->fs, m->ex->text, t, m->opt->entities, m->opt->cik,
                                     m->ex->name, m->rep);
    if (entity < 0 || !(tm->entity = tx_strdup(m->fs->entities[entity].identifier))) {
        m->oom = 1;
        return;
    }
    if (t->components) {
        tx_map_equity_table(m, ti, st, entity, tm);
        return;
    }
    tx_map_choose(m, ti, st->kind);   /* every row's concept and sign (rows.c) */
    for (size_t r = 0; r < t->nrows && !m->oom; r++) {
        const tx_row *row = &t->rows[r];
        int has = 0;
        for (size_t c = 0; row->kind == TX_ROW_ITEM && c < t->ncols; c++)
            if (row->cells[c].state == TX_CELL_VALUE || row->cells[c].state == TX_CELL_NIL)
                has = 1;
        if (has && !*row->label) {
            /* "1,843" under a rule with no words: a subtotal the footing
               check reads, but no concept can be named for it */
            tx_report_add(m->rep, TX_WARNING, m->ex->name, row->src_values, "map.unlabeled-row",
                          "table %zu: a row with values and no label (a subtotal the filer "
                          "left unnamed) is not converted",
                          ti + 1);
            continue;
        }
        if (has)
            tx_map_row(m, ti, row, st->kind, st->basis, st, entity, &tm->rows[r]);
    }
    tx_map_calc_links(m, ti, tm, st->kind);
    tx_map_choices_clear(m);
}

tx_status tx_map_exhibit(const tx_exhibit *ex, const tx_map_options *opt,
                         tx_report *rep, tx_mapping **mapping, tx_factset **facts)
{
    *mapping = NULL;
    *facts = NULL;
    size_t errors = tx_report_count(rep, TX_ERROR);
    tx_mapper m = {.ex = ex, .opt = opt, .rep = rep,
                   .fs = tx_factset_new(ex->name, opt->stem)};
    tx_mapping *map = calloc(1, sizeof *map);
    if (!m.fs || !map ||
        !(map->tables = calloc(ex->ntables ? ex->ntables : 1, sizeof(tx_table_map)))) {
        tx_factset_free(m.fs);
        free(map);
        return TX_ENOMEM;
    }
    map->ntables = ex->ntables;
    char *ext_ns = NULL;
    tx_buf ns = {0};
    tx_buf_printf(&ns, "%s%s", TX_NS_EXT_BASE, opt->stem);
    ext_ns = tx_buf_take(&ns);
    if (!ext_ns || tx_factset_bind(m.fs, "tx-gaap", TX_NS_GAAP) != 0 ||
        tx_factset_bind(m.fs, "tx-dei", TX_NS_DEI) != 0 ||
        tx_factset_bind(m.fs, "txbrl", TX_NS_TXBRL) != 0 ||
        tx_factset_bind(m.fs, "ext", ext_ns) != 0)
        m.oom = 1;
    free(ext_ns);
    for (size_t t = 0; t < ex->ntables && !m.oom; t++)
        map_table(&m, t, &map->tables[t]);
    if (!m.oom && tx_map_settle_members(&m) != 0)
        m.oom = 1;
    char *dropped = m.oom ? NULL : calloc(m.nfacts ? m.nfacts : 1, 1);
    if (!dropped || drop_duplicates(&m, dropped) != 0)
        m.oom = 1;
    for (size_t i = 0; i < m.nfacts; i++) {
        if (!m.oom && !dropped[i]) {
            if (tx_factset_add(m.fs, &m.facts[i]) != 0)
                m.oom = 1;
        }
        tx_fact_clear(&m.facts[i]);
    }
    free(m.facts);
    free(m.sectioned);
    for (size_t i = 0; i < m.nmembers; i++)
        free(m.members[i]);
    free(m.members);
    free(dropped);
    /* EX-27 financial data schedules (map/ex27map.c), in their own contexts */
    if (!m.oom && opt->ex27 && ex->ex27) {
        tx_ex27_context xc = {ex->name, ex->text, opt->taxonomy, opt->entities, opt->ex27};
        if (tx_ex27_map_facts(ex->ex27, &xc, m.fs, rep) != TX_OK)
            m.oom = 1;
    }
    map->ex27 = opt->ex27;
    if (!m.oom && add_dei(&m) != 0)
        m.oom = 1;
    if (!m.oom && tx_map_printed(&m, map) != 0)   /* footnotes and labels (printed.c) */
        m.oom = 1;
    if (m.oom) {
        tx_factset_free(m.fs);
        tx_mapping_free(map);
        return TX_ENOMEM;
    }
    *mapping = map;
    *facts = m.fs;
    return tx_report_count(rep, TX_ERROR) > errors ? TX_EINPUT : TX_OK;
}

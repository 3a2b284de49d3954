/* equity.c - statements of shareholders' equity, laid out by component. */
#include "map/mapstate.h"

#include <stdlib.h>
#include <string.h>

#define AXIS_COMPONENTS "tx-gaap:StatementEquityComponentsAxis"

/* The date of a "Balance at September 30, 1994" row; 0 when the row is no
 * balance. */
static int balance_date(const tx_row *row, tx_date *d)
{
    char *l = tx_norm(row->label);
    int is = l && strncmp(l, "balance", 7) == 0;
    free(l);
    tx_date ds[2];
    if (!is || tx_period_dates(row->label, ds, 2) != 1)
        return 0;
    *d = ds[0];
    return 1;
}

/* 1 if a balance dated d opens a period rather than closes one
 * ("BALANCE, JANUARY 1, 1991": the prior year's closing balance, dated the
 * day the year begins): dated the first of a month, and no column of the
 * exhibit has a period ending that day (a 52/53-week year ending "January
 * 1, 1994" closes on it). */
static int opening_balance(const tx_exhibit *ex, tx_date d)
{
    if (d.d != 1)
        return 0;
    for (size_t i = 0; i < ex->ntables; i++)
        for (size_t c = 0; c < ex->tables[i].ncols; c++) {
            const tx_period *p = &ex->tables[i].cols[c].period;
            if (p->kind == TX_PERIOD_DURATION && tx_date_cmp(p->end, d) == 0)
                return 0;
        }
    return 1;
}

/* The period of row r of an equity statement: the instant of a balance
 * row, else the span between the balances before and after it: from the
 * day after the closing balance before it (the day of an opening balance)
 * to the day of the closing balance after it (the day before an opening
 * one).  0, or -1 when the row stands between no two balances. */
static int equity_period(const tx_exhibit *ex, const tx_table *t, const int *isbal,
                         const tx_date *bal, size_t r, tx_period *p)
{
    memset(p, 0, sizeof *p);
    if (isbal[r]) {
        p->kind = TX_PERIOD_INSTANT;
        p->end = bal[r];
        return 0;
    }
    size_t a = r, b = r + 1;
    while (a > 0 && !isbal[a - 1])
        a--;
    while (b < t->nrows && !isbal[b])
        b++;
    if (a == 0 || b >= t->nrows || tx_date_cmp(bal[a - 1], bal[b]) >= 0)
        return -1;
    p->kind = TX_PERIOD_DURATION;
    p->start = opening_balance(ex, bal[a - 1]) ? bal[a - 1] : tx_date_add_days(bal[a - 1], 1);
    p->end = opening_balance(ex, bal[b]) ? tx_date_add_days(bal[b], -1) : bal[b];
    if (tx_date_cmp(p->start, p->end) > 0)
        return -1;
    return 0;
}

/* One cell of an equity statement to a fact. */
static void equity_fact(tx_mapper *m, size_t ti, const tx_row *row, size_t c,
                        const tx_row_target *tg, const tx_period *p, const char *member,
                        long entity, const char *why)
{
    const tx_table *t = &m->ex->tables[ti];
    const tx_cell *cell = &row->cells[c];
    tx_value_kind vk = tx_cell_kind(t, c, row->vkind);
    int want_instant = strcmp(tg->period_type, "instant") == 0;
    if (want_instant != (p->kind == TX_PERIOD_INSTANT)) {
        tx_report_add(m->rep, TX_WARNING, m->ex->name, row->src_values, "map.period-type",
                      "%s is a%s concept but the row '%s' is a%s; not converted", tg->concept,
                      want_instant ? "n instant" : " duration", row->label,
                      p->kind == TX_PERIOD_INSTANT ? " balance (an instant)" : " change over a period");
        return;
    }
    tx_fact f;
    memset(&f, 0, sizeof f);
    f.period = *p;
    f.entity = (size_t)entity;
    f.numeric = 1;
    f.unit = tx_map_unit(vk);
    if (cell->state == TX_CELL_NIL) {
        f.value = tx_decimal_make(0, tx_row_scale(t, row, c));
    } else {
        f.value = cell->value;
        if (tg->negate && tx_decimal_negate(&f.value) != 0)
            return;
    }
    f.decimals = -f.value.exp;
    f.src_line = row->src_values;
    f.concept = tx_strdup(tg->concept);
    tx_buf o = {0};
    tx_buf_printf(&o, "table %zu, %s", ti + 1, why);
    f.origin = tx_buf_take(&o);
    if (!f.concept || !f.origin || (*member && tx_map_add_dim(&f, AXIS_COMPONENTS, member) != 0)) {
        tx_fact_clear(&f);
        m->oom = 1;
        return;
    }
    tx_map_push_fact(m, &f);
}

/* 1 if the row prints a value (not a dash) in a column of kind vk. */
static int equity_kind_printed(const tx_table *t, const tx_row *row, tx_value_kind vk)
{
    for (size_t c = 0; c < t->ncols; c++)
        if (row->cells[c].state == TX_CELL_VALUE && tx_cell_kind(t, c, row->vkind) == vk)
            return 1;
    return 0;
}

/* A statement of shareholders' equity laid out by component: each column
 * is a member of StatementEquityComponentsAxis (taxonomy/mapping/
 * equity-columns.tsv; the total column has none), each "Balance at DATE"
 * row an instant, each row between two balances a change over the span
 * between them.  A row's concept comes from rules.tsv (kind "equity"),
 * per kind of column (amounts or shares). */
void tx_map_equity_table(tx_mapper *m, size_t ti, const tx_statement_rule *st, long entity,
                         tx_table_map *tm)
{
    const tx_table *t = &m->ex->tables[ti];
    const char **members = calloc(t->ncols ? t->ncols : 1, sizeof *members);
    int *isbal = calloc(t->nrows ? t->nrows : 1, sizeof *isbal);
    tx_date *bal = calloc(t->nrows ? t->nrows : 1, sizeof *bal);
    if (!members || !isbal || !bal) {
        m->oom = 1;
        goto done;
    }
    for (size_t c = 0; c < t->ncols; c++) {
        const tx_component_rule *cr = tx_taxonomy_component(m->opt->taxonomy, t->cols[c].words);
        members[c] = cr ? cr->member : NULL;
        if (!cr)
            tx_report_add(m->rep, TX_WARNING, m->ex->name, t->src_header, "map.equity-component",
                          "table %zu: column %zu ('%s') names no component of equity that "
                          "equity-columns.tsv knows; its values are not converted",
                          ti + 1, c + 1, t->cols[c].words);
    }
    for (size_t r = 0; r < t->nrows; r++)
        isbal[r] = t->rows[r].kind == TX_ROW_ITEM && balance_date(&t->rows[r], &bal[r]);
    for (size_t r = 0; r < t->nrows && !m->oom; r++) {
        const tx_row *row = &t->rows[r];
        if (row->kind != TX_ROW_ITEM || !row->cells)
            continue;
        tx_period p;
        if (equity_period(m->ex, t, isbal, bal, r, &p) != 0) {
            tx_report_add(m->rep, TX_WARNING, m->ex->name, row->src_values, "map.equity-period",
                          "'%s' stands between no two balances of the statement: its period "
                          "is unknown; not converted", row->label);
            continue;
        }
        char *path = tx_norm(row->path), *label = tx_norm(row->label);
        tx_row_target tgs[2];              /* amounts, shares */
        int have[2] = {0, 0};
        tx_buf why[2] = {{0}, {0}};
        for (size_t c = 0; c < t->ncols && path && label && !m->oom; c++) {
            const tx_cell *cell = &row->cells[c];
            if (!members[c] || (cell->state != TX_CELL_VALUE && cell->state != TX_CELL_NIL))
                continue;
            tx_value_kind vk = tx_cell_kind(t, c, row->vkind);
            int k = vk == TX_VK_SHARES;
            if (!have[k] && !equity_kind_printed(t, row, vk) &&
                !tx_map_find_rule(m->opt->taxonomy, "equity", path, label, tx_value_kind_name(vk)))
                have[k] = -1;  /* only dashes where no rule expects a value */
            if (!have[k]) {
                if (tx_map_resolve(m, t, row, vk, "equity", path, label, st, &tgs[k],
                                   &why[k]) != 0) {
                    have[k] = -1;
                    continue;
                }
                have[k] = 1;
            }
            if (have[k] > 0)
                equity_fact(m, ti, row, c, &tgs[k], &p, members[c], entity,
                            why[k].data ? why[k].data : "");
        }
        if (!path || !label)
            m->oom = 1;
        /* the row's concept shown by inspect: the amounts' (else the shares') */
        int k = have[0] > 0 ? 0 : have[1] > 0 ? 1 : -1;
        if (k >= 0) {
            tm->rows[r].concept = tgs[k].concept;
            tgs[k].concept = NULL;
            tm->rows[r].why = tx_buf_take(&why[k]);
        }
        for (int i = 0; i < 2; i++) {
            if (have[i] > 0)
                free(tgs[i].concept);
            tx_buf_free(&why[i]);
        }
        free(path);
        free(label);
    }
done:
    free(members);
    free(isbal);
    free(bal);
}

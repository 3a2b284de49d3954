/* rows.c - a row's concept, and the facts of an ordinary statement's rows. */
#include "map/mapstate.h"

#include <stdlib.h>
#include <string.h>

#include "map/extname.h"

/* ------------------------------------------------------------ helpers */

int tx_map_push_fact(tx_mapper *m, tx_fact *f)
{
    if (tx_grow((void **)&m->facts, &m->cap, m->nfacts + 1, sizeof(tx_fact)) != 0 ||
        tx_grow((void **)&m->sectioned, &m->sect_cap, m->nfacts + 1, 1) != 0) {
        tx_fact_clear(f);
        m->oom = 1;
        return -1;
    }
    m->sectioned[m->nfacts] = (unsigned char)m->section;
    m->facts[m->nfacts++] = *f;
    memset(f, 0, sizeof *f);
    m->section = 0;
    return 0;
}

int tx_map_add_dim(tx_fact *f, const char *axis, const char *member)
{
    tx_dim *d = realloc(f->dims, (f->ndims + 1) * sizeof(tx_dim));
    if (!d)
        return -1;
    f->dims = d;
    /* keep them sorted by axis */
    size_t at = f->ndims;
    while (at > 0 && strcmp(d[at - 1].axis, axis) > 0) {
        d[at] = d[at - 1];
        at--;
    }
    d[at].axis = tx_strdup(axis);
    d[at].member = tx_strdup(member);
    f->ndims++;
    return d[at].axis && d[at].member ? 0 : -1;
}

/* ------------------------------------------------------------ rules */

const tx_rule *tx_map_find_rule(const tx_taxonomy *tax, const char *kind, const char *path,
                                const char *label, const char *values)
{
    for (size_t i = 0; i < tax->nrules; i++) {
        const tx_rule *r = &tax->rules[i];
        if ((strcmp(r->kind, "*") == 0 || strcmp(r->kind, kind) == 0) &&
            (strcmp(r->values, "*") == 0 || strcmp(r->values, values) == 0) &&
            tx_glob(r->heading, path) && tx_glob(r->label, label))
            return r;
    }
    return NULL;
}

static const char *ext_balance(const tx_taxonomy *tax, const char *kind, const char *path,
                               const char *label)
{
    for (size_t i = 0; i < tax->nbalances; i++) {
        const tx_balance_rule *b = &tax->balances[i];
        if ((strcmp(b->kind, "*") == 0 || strcmp(b->kind, kind) == 0) &&
            tx_glob(b->heading, path) && tx_glob(b->label, label))
            return b->balance;
    }
    return "";
}

static const char *item_type(tx_value_kind k)
{
    return k == TX_VK_SHARES ? "xbrli:sharesItemType"
         : k == TX_VK_PER_SHARE ? "num:perShareItemType" : "xbrli:monetaryItemType";
}

static int type_fits(const char *type, tx_value_kind k)
{
    const char *want = item_type(k);
    const char *colon = strchr(want, ':');
    return strstr(type, colon ? colon + 1 : want) != NULL;
}

int tx_map_resolve(tx_mapper *m, const tx_table *t, const tx_row *row, tx_value_kind vk,
                   const char *kind, const char *path, const char *label,
                   const tx_statement_rule *st, tx_row_target *tg, tx_buf *why)
{
    const tx_taxonomy *tax = m->opt->taxonomy;
    const tx_rule *r = tx_map_find_rule(tax, kind, path, label, tx_value_kind_name(vk));
    if (!r && strcmp(kind, "selected") == 0) {
        /* selected financial data: rows of every statement, by the rules of
           the statement their section names (balance sheet data first) */
        static const char *const kinds[] = {"balance", "income", "cashflow", "balance", NULL};
        for (size_t i = strstr(path, "balance sheet") ? 0 : 1; kinds[i] && !r; i++)
            r = tx_map_find_rule(tax, kinds[i], path, label, tx_value_kind_name(vk));
    }
    memset(tg, 0, sizeof *tg);
    tg->rule = r;
    if (r) {
        tg->instant_at = strcmp(r->period, "start") == 0 ? -1 : strcmp(r->period, "end") == 0 ? 1 : 0;
        /* period=row (an equity statement's "Balance at DATE"): the row's
           own date, set by the caller */
        tx_buf_printf(why, "rules.tsv:%ld", r->line);
    }
    const char *concept = r ? r->concept : "";
    if (strcmp(concept, "=") == 0)
        concept = st && *st->concept ? st->concept : "";
    if (*concept && strncmp(concept, "ext:", 4) != 0) {
        const tx_concept *c = tx_taxonomy_concept(tax, concept);
        if (!c) {
            tx_report_add(m->rep, TX_ERROR, m->ex->name, row->src_values, "map.unknown-concept",
                          "rule at rules.tsv:%ld names '%s', which the taxonomy does not declare",
                          r ? r->line : 0L, concept);
            return -1;
        }
        if (!type_fits(c->type, vk)) {
            tx_report_add(m->rep, TX_ERROR, m->ex->name, row->src_values, "map.unit-mismatch",
                          "'%s' is %s but the row holds %s values", concept, c->type,
                          tx_value_kind_name(vk));
            return -1;
        }
        tx_buf b = {0};
        tx_buf_printf(&b, "tx-gaap:%s", concept);
        tg->concept = tx_buf_take(&b);
        tg->period_type = c->period_type;
        tg->balance = c->balance;
        return tg->concept ? 0 : -1;
    }
    /* an extension concept: named by the rule, or after the label */
    char *name = *concept ? tx_strdup(concept + 4) : tx_ext_name(row->label);
    if (name && !*concept && t->components && vk == TX_VK_SHARES) {
        /* the share column of an equity row: a concept of its own */
        tx_buf nb = {0};
        tx_buf_printf(&nb, "%sShares", name);
        free(name);
        name = tx_buf_take(&nb);
    }
    if (!name)
        return -1;
    const char *bal = r && *r->balance ? r->balance : ext_balance(tax, kind, path, label);
    if (vk != TX_VK_MONEY)
        bal = "";
    const char *ptype = (tg->instant_at || t->instants || (r && strcmp(r->period, "row") == 0) ||
                         (strcmp(kind, "selected") == 0 && strstr(path, "balance sheet")))
                            ? "instant" : "duration";
    tx_ext_concept ec = {name, (char *)ptype, *bal ? (char *)bal : NULL,
                         (char *)item_type(vk), row->label};
    if (tx_factset_add_ext(m->fs, &ec) != 0) {
        free(name);
        return -1;
    }
    if (!*concept)
        tx_report_add(m->rep, TX_WARNING, m->ex->name, row->src_values, "map.extension",
                      "'%s' matches no concept of the taxonomy: written as extension concept ext:%s",
                      row->label, name);
    tx_buf b = {0};
    tx_buf_printf(&b, "ext:%s", name);
    free(name);
    tg->concept = tx_buf_take(&b);
    tg->period_type = ptype;
    tg->balance = bal;
    if (!r)
        tx_buf_puts(why, "no rule: extension");
    else
        tx_buf_puts(why, " (extension)");
    return tg->concept ? 0 : -1;
}

/* ------------------------------------------------------------ facts */

tx_unit_kind tx_map_unit(tx_value_kind k)
{
    return k == TX_VK_SHARES ? TX_UNIT_SHARES : k == TX_VK_PER_SHARE ? TX_UNIT_USD_PER_SHARE
                                                                      : TX_UNIT_USD;
}

static int fact_period(tx_mapper *m, const tx_column *col, const tx_row_target *tg, long line,
                       const char *kind, tx_period *out)
{
    const tx_period *p = &col->period;
    if (p->kind == TX_PERIOD_NONE)
        return -1;  /* reported by the header stage */
    *out = *p;
    if (strcmp(kind, "selected") == 0 && p->kind == TX_PERIOD_DURATION &&
        strcmp(tg->period_type, "instant") == 0 && !tg->instant_at) {
        /* a balance in a summary by year: at the year's end */
        out->kind = TX_PERIOD_INSTANT;
        out->start = (tx_date){0, 0, 0};
        out->months = out->weeks = 0;
        return 0;
    }
    if (tg->instant_at) {
        if (p->kind != TX_PERIOD_DURATION) {
            tx_report_add(m->rep, TX_WARNING, m->ex->name, line, "map.period-type",
                          "%s needs a period to start or end, but the column is an instant; "
                          "not converted",
                          tg->concept);
            return -1;
        }
        out->kind = TX_PERIOD_INSTANT;
        out->end = tg->instant_at < 0 ? tx_date_add_days(p->start, -1) : p->end;
        out->start = (tx_date){0, 0, 0};
        out->months = out->weeks = 0;
        return 0;
    }
    int want_instant = strcmp(tg->period_type, "instant") == 0;
    if (want_instant != (p->kind == TX_PERIOD_INSTANT)) {
        tx_report_add(m->rep, TX_WARNING, m->ex->name, line, "map.period-type",
                      "%s is a%s concept but the column is a%s; not converted",
                      tg->concept, want_instant ? "n instant" : " duration",
                      p->kind == TX_PERIOD_INSTANT ? "n instant" : " duration");
        return -1;
    }
    return 0;
}

void tx_map_row(tx_mapper *m, size_t ti, const tx_row *row, const char *kind, const char *basis,
                const tx_statement_rule *st, long entity, tx_row_map *rm)
{
    const tx_table *t = &m->ex->tables[ti];
    char *path = tx_norm(row->path);
    char *label = tx_norm(row->label);
    tx_buf why = {0};
    tx_row_target tg;
    if (!path || !label) {
        m->oom = 1;
        goto done;
    }
    if (tx_map_resolve(m, t, row, row->vkind, kind, path, label, st, &tg, &why) != 0)
        goto done;
    rm->concept = tg.concept;
    int negate = tg.rule && (strcmp(tg.rule->sign, "-") == 0 ||
                             (strcmp(tg.rule->sign, "bal") == 0 && tg.balance &&
                              strcmp(tg.balance, "debit") == 0));
    if (!tg.rule && strcmp(kind, "reconciliation") == 0 && tg.balance &&
        strcmp(tg.balance, "debit") == 0)
        negate = 1;
    rm->negated = negate;
    for (size_t c = 0; c < t->ncols && !m->oom; c++) {
        const tx_cell *cell = &row->cells[c];
        if (cell->state != TX_CELL_VALUE && cell->state != TX_CELL_NIL)
            continue;
        tx_fact f;
        memset(&f, 0, sizeof f);
        if (fact_period(m, &t->cols[c], &tg, row->src_values, kind, &f.period) != 0)
            continue;
        f.entity = (size_t)entity;
        f.numeric = 1;
        f.unit = tx_map_unit(row->vkind);
        if (cell->state == TX_CELL_NIL) {
            /* documented rule: a nil marker is zero, at the column's precision */
            int s = tx_row_scale(t, row, c);
            f.value = tx_decimal_make(0, row->vkind == TX_VK_PER_SHARE ? -2 : s);
        } else {
            f.value = cell->value;
            if (negate && tx_decimal_negate(&f.value) != 0)
                continue;
        }
        f.decimals = -f.value.exp;
        f.src_line = row->src_values;
        f.concept = tx_strdup(tg.concept);
        tx_buf o = {0};
        tx_buf_printf(&o, "table %zu, %s", ti + 1, why.data ? why.data : "");
        f.origin = tx_buf_take(&o);
        if (!f.concept || !f.origin ||
            tx_map_basis_dims(m, &f, t, c, entity, kind, basis, tg.rule) != 0) {
            tx_fact_clear(&f);
            m->oom = 1;
            break;
        }
        tx_map_push_fact(m, &f);
    }
done:
    rm->why = tx_buf_take(&why);
    free(path);
    free(label);
}

/* mapper.c - stage 5: rows of tables to XBRL facts, driven by taxonomy/ data. */
#include "map/mapper.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "map/ex27map.h"
#include "map/extname.h"
#include "base/util.h"

#define AXIS_BASIS "txbrl:PresentationBasisAxis"
#define MEMBER_NONGAAP "txbrl:NonGaapMember"
#define MEMBER_ADJUSTMENT "txbrl:NonGaapAdjustmentsMember"

typedef struct mapper {
    const tx_exhibit *ex;
    const tx_map_options *opt;
    tx_report *rep;
    tx_factset *fs;
    tx_fact *facts;          /* collected before duplicates are removed */
    size_t nfacts, cap;
    int oom;
} mapper;

/* ------------------------------------------------------------ helpers */

static const char *kind_values(tx_value_kind k)
{
    return k == TX_VK_SHARES ? "shares" : k == TX_VK_PER_SHARE ? "per-share" : "money";
}

static int push_fact(mapper *m, tx_fact *f)
{
    if (tx_grow((void **)&m->facts, &m->cap, m->nfacts + 1, sizeof(tx_fact)) != 0) {
        tx_fact_clear(f);
        m->oom = 1;
        return -1;
    }
    m->facts[m->nfacts++] = *f;
    memset(f, 0, sizeof *f);
    return 0;
}

static int add_dim(tx_fact *f, const char *axis, const char *member)
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

/* ------------------------------------------------------------ statements */

static const tx_statement_rule *classify(const tx_taxonomy *tax, const tx_table *t)
{
    char *title = tx_norm(t->title);
    char *first = NULL;
    for (size_t i = 0; i < t->nrows && !first; i++)
        if (t->rows[i].kind == TX_ROW_ITEM)
            first = tx_norm(t->rows[i].label);
    const tx_statement_rule *found = NULL;
    for (size_t i = 0; i < tax->nstatements && !found; i++) {
        const tx_statement_rule *s = &tax->statements[i];
        const char *text = s->on_first_row ? first : title;
        if (text && *text && tx_glob(s->pattern, text))
            found = s;
    }
    free(title);
    free(first);
    return found;
}

/* ------------------------------------------------------------ entities */

static long entity_for(mapper *m, const tx_table *t)
{
    const tx_text *text = m->ex->text;
    const char *name = *t->entity ? t->entity : NULL;
    const char *cik = NULL;
    char *key = name ? tx_company_key(name) : NULL;
    for (size_t i = 0; i < text->nfilers && !cik; i++) {
        char *fk = tx_company_key(text->filers[i].name);
        if (text->filers[i].cik[0] && ((key && fk && strcmp(key, fk) == 0) ||
                                       (!name && text->nfilers == 1)))
            cik = text->filers[i].cik;
        free(fk);
    }
    if (!name && text->nfilers == 1)
        name = text->filers[0].name;
    if (!cik)
        cik = tx_entity_map_cik(m->opt->entities, name);
    if (!cik && !name && m->opt->cik) {
        /* an extract that names no entity: the one --cik gives */
        cik = m->opt->cik;
        name = tx_entity_map_name(m->opt->entities, cik);
    }
    size_t before = m->fs->nentities;
    long idx;
    if (cik) {
        idx = tx_factset_entity(m->fs, name ? name : "", TX_SCHEME_CIK, cik);
    } else {
        /* a name-based identifier: the normalised name, words joined by '-' */
        char *id = key ? tx_strdup(key) : tx_strdup("unknown-entity");
        for (char *p = id; p && *p; p++)
            if (*p == ' ')
                *p = '-';
        idx = id ? tx_factset_entity(m->fs, name ? name : "", TX_SCHEME_NAME, id) : -1;
        if (idx >= 0 && m->fs->nentities > before)
            tx_report_add(m->rep, TX_WARNING, m->ex->name, t->src_title ? t->src_title : t->src_first,
                          "map.unknown-entity",
                          "no CIK known for '%s' (EDGAR header or --entities); identified as '%s' in scheme %s",
                          name ? name : "(no name)", id, TX_SCHEME_NAME);
        free(id);
    }
    free(key);
    if (idx < 0)
        m->oom = 1;
    return idx;
}

/* ------------------------------------------------------------ rules */

static const tx_rule *find_rule(const tx_taxonomy *tax, const char *kind, const char *path,
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

/* What a row is: its concept and the facts' shape. */
typedef struct target {
    char *concept;          /* prefixed */
    const char *period_type;
    const char *balance;
    int instant_at;         /* 0 the column's period, -1 the day before it starts, +1 its end */
    const tx_rule *rule;
} target;

static int type_fits(const char *type, tx_value_kind k)
{
    const char *want = item_type(k);
    const char *colon = strchr(want, ':');
    return strstr(type, colon ? colon + 1 : want) != NULL;
}

static int resolve(mapper *m, const tx_table *t, const tx_row *row, tx_value_kind vk,
                   const char *kind, const char *path, const char *label,
                   const tx_statement_rule *st, target *tg, tx_buf *why)
{
    const tx_taxonomy *tax = m->opt->taxonomy;
    const tx_rule *r = find_rule(tax, kind, path, label, kind_values(vk));
    if (!r && strcmp(kind, "selected") == 0) {
        /* selected financial data: rows of every statement, by the rules of
           the statement their section names (balance sheet data first) */
        static const char *const kinds[] = {"balance", "income", "cashflow", "balance", NULL};
        for (size_t i = strstr(path, "balance sheet") ? 0 : 1; kinds[i] && !r; i++)
            r = find_rule(tax, kinds[i], path, label, kind_values(vk));
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
                          kind_values(vk));
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

static tx_unit_kind unit_of(tx_value_kind k)
{
    return k == TX_VK_SHARES ? TX_UNIT_SHARES : k == TX_VK_PER_SHARE ? TX_UNIT_USD_PER_SHARE
                                                                      : TX_UNIT_USD;
}

static int fact_period(mapper *m, const tx_column *col, const target *tg, long line,
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
            tx_report_add(m->rep, TX_ERROR, m->ex->name, line, "map.period-type",
                          "%s needs a period to start or end, but the column is an instant",
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
        tx_report_add(m->rep, TX_ERROR, m->ex->name, line, "map.period-type",
                      "%s is a%s concept but the column is a%s",
                      tg->concept, want_instant ? "n instant" : " duration",
                      p->kind == TX_PERIOD_INSTANT ? "n instant" : " duration");
        return -1;
    }
    return 0;
}

static int basis_dims(tx_fact *f, const char *kind, const char *basis, const tx_rule *r)
{
    const char *member = NULL;
    if (strcmp(kind, "reconciliation") == 0) {
        const char *b = r && *r->basis ? r->basis : "adjustment";
        member = strcmp(b, "gaap") == 0 ? NULL
               : strcmp(b, "nongaap") == 0 ? MEMBER_NONGAAP : MEMBER_ADJUSTMENT;
    } else if (strcmp(basis, "nongaap") == 0 || (r && strcmp(r->basis, "nongaap") == 0)) {
        /* a non-GAAP statement, or a non-GAAP line of a GAAP statement
           ("NET INCOME EXCLUDING ONE-TIME ITEMS") */
        member = MEMBER_NONGAAP;
    }
    if (member && add_dim(f, AXIS_BASIS, member) != 0)
        return -1;
    if (r && r->axis && add_dim(f, r->axis, r->member) != 0)
        return -1;
    return 0;
}

static void map_row(mapper *m, size_t ti, const tx_row *row, const char *kind,
                    const char *basis, const tx_statement_rule *st, long entity,
                    tx_row_map *rm)
{
    const tx_table *t = &m->ex->tables[ti];
    char *path = tx_norm(row->path);
    char *label = tx_norm(row->label);
    tx_buf why = {0};
    target tg;
    if (!path || !label) {
        m->oom = 1;
        goto done;
    }
    if (resolve(m, t, row, row->vkind, kind, path, label, st, &tg, &why) != 0)
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
        f.unit = unit_of(row->vkind);
        if (cell->state == TX_CELL_NIL) {
            /* documented rule: a nil marker is zero, at the column's precision */
            int s = tx_row_scale(t, row, c);
            f.value = (tx_decimal){0, row->vkind == TX_VK_PER_SHARE ? -2 : s};
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
        if (!f.concept || !f.origin || basis_dims(&f, kind, basis, tg.rule) != 0) {
            tx_fact_clear(&f);
            m->oom = 1;
            break;
        }
        push_fact(m, &f);
    }
done:
    rm->why = tx_buf_take(&why);
    free(path);
    free(label);
}

/* ------------------------------------------------------------ equity statements */

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

/* The period of row r of an equity statement: the instant of a balance
 * row, else the span between the balances before and after it.  0, or -1
 * when the row stands between no two balances. */
static int equity_period(const tx_table *t, const int *isbal, const tx_date *bal, size_t r,
                         tx_period *p)
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
    p->start = tx_date_add_days(bal[a - 1], 1);
    p->end = bal[b];
    return 0;
}

/* One cell of an equity statement to a fact. */
static void equity_fact(mapper *m, size_t ti, const tx_row *row, size_t c, const target *tg,
                        const tx_period *p, const char *member, long entity, const char *why)
{
    const tx_table *t = &m->ex->tables[ti];
    const tx_cell *cell = &row->cells[c];
    tx_value_kind vk = tx_cell_kind(t, c, row->vkind);
    int want_instant = strcmp(tg->period_type, "instant") == 0;
    if (want_instant != (p->kind == TX_PERIOD_INSTANT)) {
        tx_report_add(m->rep, TX_ERROR, m->ex->name, row->src_values, "map.period-type",
                      "%s is a%s concept but the row '%s' is a%s", tg->concept,
                      want_instant ? "n instant" : " duration", row->label,
                      p->kind == TX_PERIOD_INSTANT ? " balance (an instant)" : " change over a period");
        return;
    }
    tx_fact f;
    memset(&f, 0, sizeof f);
    f.period = *p;
    f.entity = (size_t)entity;
    f.numeric = 1;
    f.unit = unit_of(vk);
    if (cell->state == TX_CELL_NIL) {
        f.value = (tx_decimal){0, tx_row_scale(t, row, c)};
    } else {
        f.value = cell->value;
        if (tg->rule && strcmp(tg->rule->sign, "-") == 0 && tx_decimal_negate(&f.value) != 0)
            return;
    }
    f.decimals = -f.value.exp;
    f.src_line = row->src_values;
    f.concept = tx_strdup(tg->concept);
    tx_buf o = {0};
    tx_buf_printf(&o, "table %zu, %s", ti + 1, why);
    f.origin = tx_buf_take(&o);
    if (!f.concept || !f.origin || (*member && add_dim(&f, AXIS_COMPONENTS, member) != 0)) {
        tx_fact_clear(&f);
        m->oom = 1;
        return;
    }
    push_fact(m, &f);
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
static void map_equity_table(mapper *m, size_t ti, const tx_statement_rule *st, long entity,
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
        if (equity_period(t, isbal, bal, r, &p) != 0) {
            tx_report_add(m->rep, TX_WARNING, m->ex->name, row->src_values, "map.equity-period",
                          "'%s' stands between no two balances of the statement: its period "
                          "is unknown; not converted", row->label);
            continue;
        }
        char *path = tx_norm(row->path), *label = tx_norm(row->label);
        target tgs[2];              /* amounts, shares */
        int have[2] = {0, 0};
        tx_buf why[2] = {{0}, {0}};
        for (size_t c = 0; c < t->ncols && path && label && !m->oom; c++) {
            const tx_cell *cell = &row->cells[c];
            if (!members[c] || (cell->state != TX_CELL_VALUE && cell->state != TX_CELL_NIL))
                continue;
            tx_value_kind vk = tx_cell_kind(t, c, row->vkind);
            int k = vk == TX_VK_SHARES;
            if (!have[k] && !equity_kind_printed(t, row, vk) &&
                !find_rule(m->opt->taxonomy, "equity", path, label, kind_values(vk)))
                have[k] = -1;  /* only dashes where no rule expects a value */
            if (!have[k]) {
                if (resolve(m, t, row, vk, "equity", path, label, st, &tgs[k], &why[k]) != 0) {
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

/* ------------------------------------------------------------ duplicates */

typedef struct keyed {
    char *key;
    size_t index;
} keyed;

static int cmp_keyed(const void *a, const void *b)
{
    const keyed *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    return c ? c : (x->index > y->index) - (x->index < y->index);
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

/* Keeps the first of facts printed twice; reports different values. */
static int drop_duplicates(mapper *m, char *dropped)
{
    keyed *k = calloc(m->nfacts ? m->nfacts : 1, sizeof(keyed));
    if (!k)
        return -1;
    int status = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        k[i].key = fact_key(&m->facts[i]);
        k[i].index = i;
        if (!k[i].key)
            status = -1;
    }
    if (status == 0) {
        qsort(k, m->nfacts, sizeof(keyed), cmp_keyed);
        for (size_t i = 1; i < m->nfacts; i++) {
            size_t first = i - 1;
            while (first > 0 && strcmp(k[first - 1].key, k[i].key) == 0)
                first--;
            if (strcmp(k[i - 1].key, k[i].key) != 0)
                continue;
            const tx_fact *a = &m->facts[k[first].index], *b = &m->facts[k[i].index];
            dropped[k[i].index] = 1;
            if (tx_decimal_cmp(a->value, b->value) != 0) {
                char va[64], vb[64];
                tx_decimal_format(a->value, va, sizeof va);
                tx_decimal_format(b->value, vb, sizeof vb);
                tx_report_add(m->rep, TX_ERROR, m->ex->name, b->src_line,
                              "map.inconsistent-duplicate",
                              "%s is %s here but %s at line %ld (same entity, period, "
                              "dimensions and unit); the first is kept",
                              a->concept, vb, va, a->src_line);
            }
        }
    }
    for (size_t i = 0; i < m->nfacts; i++)
        free(k[i].key);
    free(k);
    return status;
}

/* ------------------------------------------------------------ dei */

static int add_text_fact(mapper *m, size_t entity, const tx_period *p, const char *concept,
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
static int add_dei(mapper *m)
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
        }
        free(tm->rows);
        free(tm->kind);
        free(tm->basis);
        free(tm->why);
    }
    free(map->tables);
    free(map);
}

/* ------------------------------------------------------------ calculations */

/* The calculation role of a statement kind, or NULL (non-GAAP statements
 * and reconciliations have no calculation network of their own). */
/* The role of a statement's calculation arcs.  A non-GAAP statement's arcs
 * go into the role of its GAAP kind: a summation applies in every context of
 * its parent, so the two statements' summations of one total must live in
 * one network (each context then sums the children it has: the GAAP
 * "Interest and other income", the non-GAAP "Interest income"). */
static const char *calc_role(const char *kind, const char *basis)
{
    (void)basis;
    if (strcmp(kind, "balance") == 0)
        return TX_ROLE_BALANCE_SHEET;
    if (strcmp(kind, "income") == 0)
        return TX_ROLE_INCOME_STATEMENT;
    if (strcmp(kind, "cashflow") == 0)
        return TX_ROLE_CASH_FLOW;
    return NULL;
}

/* What the writer needs to know of a concept, standard or extension. */
typedef struct concept_info {
    const char *balance, *period_type, *type;
} concept_info;

static concept_info info_of(const mapper *m, const char *prefixed)
{
    concept_info ci = {"", "", ""};
    if (strncmp(prefixed, "tx-gaap:", 8) == 0) {
        const tx_concept *c = tx_taxonomy_concept(m->opt->taxonomy, prefixed + 8);
        if (c)
            ci = (concept_info){c->balance, c->period_type, c->type};
    } else if (strncmp(prefixed, "ext:", 4) == 0) {
        for (size_t i = 0; i < m->fs->next; i++)
            if (strcmp(m->fs->ext[i].name, prefixed + 4) == 0) {
                const tx_ext_concept *e = &m->fs->ext[i];
                ci = (concept_info){e->balance ? e->balance : "", e->period_type, e->type};
            }
    }
    return ci;
}

/* What a statement prints under a subtotal sums into it.  Each mapped row
 * sums into the first later row printed under a single rule (or closing a
 * section) whose heading path is the start of its own ("Amortization ..."
 * under "Operating expenses:" -> "Total operating expenses"; "Interest and
 * other income, net" -> "Income before income taxes").  Where the
 * taxonomy's calculation network does not already sum the one into the
 * other, the exhibit's extension linkbase gets the arc (weight -1 when
 * their balances are opposite), as filers' extension linkbases do. */
/* Calculation arcs from what the statement itself adds up: every total
 * whose rows foot (body.c found which rows, with which signs) sums those
 * rows' concepts.  The taxonomy's entry point carries no calculation
 * network: an instance's calculations are its extension's, the exhibit's
 * own subtotals, so no total the exhibit does not print is missed.  The
 * weight carries the printed sign and both rows' sign conventions: the
 * facts are the printed values, negated where a rule negates them. */
static void link_rows(mapper *m, size_t ti, const tx_table_map *tm, const char *role)
{
    const tx_table *t = &m->ex->tables[ti];
    for (size_t r = 0; r < t->nrows && !m->oom; r++) {
        const tx_row *tot = &t->rows[r];
        const char *parent = tm->rows[r].concept;
        if (!parent || tot->nsums == 0)
            continue;
        concept_info pc = info_of(m, parent);
        if (!strstr(pc.type, "monetary"))
            continue;
        for (size_t i = 0; i < tot->nsums; i++) {
            size_t k = tot->sums[i];
            const char *child = k < tm->nrows ? tm->rows[k].concept : NULL;
            if (!child || strcmp(parent, child) == 0)
                continue;
            concept_info cc = info_of(m, child);
            if (!strstr(cc.type, "monetary") || strcmp(pc.period_type, cc.period_type) != 0)
                continue;
            int weight = tot->sum_signs[i];
            if (tm->rows[r].negated)
                weight = -weight;
            if (tm->rows[k].negated)
                weight = -weight;
            /* balances must agree with the weight (XBRL 2.1, 5.2.5.2): an
               extension item takes the balance its place in the sum gives
               it; two standard items that disagree were summed by luck (a
               row of dashes in the block) and are not joined */
            if (*pc.balance && strncmp(child, "ext:", 4) == 0) {
                const char *want = weight > 0 ? pc.balance
                                   : strcmp(pc.balance, "debit") == 0 ? "credit" : "debit";
                for (size_t e = 0; e < m->fs->next; e++) {
                    tx_ext_concept *ec = &m->fs->ext[e];
                    if (strcmp(ec->name, child + 4) != 0 || !strstr(ec->type, "monetary"))
                        continue;
                    int used = 0;
                    for (size_t a = 0; a < m->fs->narcs && !used; a++)
                        used = strcmp(m->fs->arcs[a].child, child) == 0 ||
                               strcmp(m->fs->arcs[a].parent, child) == 0;
                    if (!used && (!ec->balance || strcmp(ec->balance, want) != 0)) {
                        char *b = tx_strdup(want);
                        if (!b) {
                            m->oom = 1;
                            return;
                        }
                        free(ec->balance);
                        ec->balance = b;
                    }
                }
                cc = info_of(m, child);
            }
            if (*pc.balance && *cc.balance &&
                (strcmp(pc.balance, cc.balance) == 0) != (weight > 0))
                continue;
            int dup = 0;
            for (size_t a = 0; a < m->fs->narcs; a++)
                dup |= strcmp(m->fs->arcs[a].parent, parent) == 0 &&
                       strcmp(m->fs->arcs[a].child, child) == 0 &&
                       strcmp(m->fs->arcs[a].role, role) == 0;
            if (!dup) {
                tx_ext_arc arc = {(char *)role, (char *)parent, (char *)child, weight,
                                  (int)m->fs->narcs + 1};
                if (tx_factset_add_arc(m->fs, &arc) != 0)
                    m->oom = 1;
            }
        }
    }
}

static void map_table(mapper *m, size_t ti, tx_table_map *tm)
{
    const tx_table *t = &m->ex->tables[ti];
    const tx_statement_rule *st = classify(m->opt->taxonomy, t);
    tx_buf why = {0};
    tm->rows = calloc(t->nrows ? t->nrows : 1, sizeof(tx_row_map));
    if (!tm->rows) {
        m->oom = 1;
        return;
    }
    tm->nrows = t->nrows;
    if (!st) {
        tm->kind = tx_strdup("");
        tm->basis = tx_strdup("");
        tm->why = tx_strdup("no rule of statements.tsv matches its title or first row");
        tx_report_add(m->rep, TX_WARNING, m->ex->name, t->src_title ? t->src_title : t->src_first,
                      "map.unknown-statement",
                      "table %zu ('%s') is no statement the mapping rules know; not converted",
                      ti + 1, *t->title ? t->title : "untitled");
        return;
    }
    tx_buf_printf(&why, "statements.tsv:%ld", st->line);
    tm->kind = tx_strdup(st->kind);
    tm->basis = tx_strdup(st->basis);
    tm->why = tx_buf_take(&why);
    if (t->ncols == 0)
        return;
    long entity = entity_for(m, t);
    if (entity < 0)
        return;
    if (t->components) {
        map_equity_table(m, ti, st, entity, tm);
        return;
    }
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
            map_row(m, ti, row, st->kind, st->basis, st, entity, &tm->rows[r]);
    }
    const char *role = calc_role(st->kind, st->basis);
    if (role && !m->oom)
        link_rows(m, ti, tm, role);
}

static int map_printed(mapper *m, const tx_mapping *map);   /* end of file */

tx_status tx_map_exhibit(const tx_exhibit *ex, const tx_map_options *opt,
                         tx_report *rep, tx_mapping **mapping, tx_factset **facts)
{
    *mapping = NULL;
    *facts = NULL;
    size_t errors = tx_report_count(rep, TX_ERROR);
    mapper m = {ex, opt, rep, tx_factset_new(ex->name, opt->stem), NULL, 0, 0, 0};
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
    if (!m.oom && map_printed(&m, map) != 0)   /* issue 5: footnotes, labels; end of file */
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

/* ------------------------------------------------------------ printed words (issue 5) */

/* Hand-off to the writers (owned by the rendition work, issue 5) of what
 * the exhibit printed besides the numbers: footnotes and its own labels.
 *
 * Footnotes: the footnote paragraphs each table printed (tx_table.footnotes) become
 * tx_footnotes of the factset, linked to the facts they apply to:
 *   "(A)" marks a column  -> the facts of that column;
 *   "(1)" marks a row     -> the facts of that row;
 *   "(1)" on the title    -> every fact of the table;
 *   "(1)" titling a footnote table of this table (the allocation table
 *         under "(1) Amortization of deferred stock compensation relates
 *         to ...")         -> every fact of that table too;
 *   no marker, or one marking nothing -> every fact of the table.
 * A fact belongs to a table's cell when it was read from the cell's line
 * (src_line), maps to the row's concept and has the column's period (or an
 * instant at its start or end).  Facts dropped as repeats of an earlier
 * table's are not linked.  Only reads the exhibit; appends to m->fs. */

/* "(A) The balance ..." -> "A"; "" when the paragraph starts with no marker. */
static void fn_marker(const char *text, char *mk, size_t n)
{
    mk[0] = '\0';
    while (*text == ' ')
        text++;
    char close = *text == '(' ? ')' : *text == '[' ? ']' : *text == '{' ? '}' : 0;
    if (!close)
        return;
    size_t k = 1;
    while (k <= 3 && isalnum((unsigned char)text[k]))
        k++;
    if (k > 1 && k - 1 < n && text[k] == close) {
        memcpy(mk, text + 1, k - 1);
        mk[k - 1] = '\0';
    }
}

/* 1 if the comma-joined list holds the marker (case and spaces ignored). */
static int fn_has(const char *list, const char *mk)
{
    size_t n = strlen(mk);
    for (const char *p = list ? list : ""; n && *p;) {
        while (*p == ' ' || *p == ',')
            p++;
        size_t k = strcspn(p, ",");
        size_t e = k;
        while (e > 0 && p[e - 1] == ' ')
            e--;
        size_t i = 0;
        while (e == n && i < n && tolower((unsigned char)p[i]) == tolower((unsigned char)mk[i]))
            i++;
        if (e == n && i == n)
            return 1;
        p += k;
    }
    return 0;
}

static int fn_period_in(const tx_period *f, const tx_period *col)
{
    if (f->kind == col->kind)
        return tx_date_cmp(f->end, col->end) == 0 &&
               (f->kind != TX_PERIOD_DURATION || tx_date_cmp(f->start, col->start) == 0);
    return f->kind == TX_PERIOD_INSTANT && col->kind == TX_PERIOD_DURATION &&
           (tx_date_cmp(f->end, col->end) == 0 ||
            tx_date_cmp(f->end, tx_date_add_days(col->start, -1)) == 0);
}

/* The row and column of table ti a fact was read from; 0 if none. */
static int fn_cell(const mapper *m, const tx_mapping *map, size_t ti, const tx_fact *f,
                   size_t *row, size_t *col)
{
    const tx_table *t = &m->ex->tables[ti];
    const tx_table_map *tm = &map->tables[ti];
    for (size_t r = 0; r < t->nrows && r < tm->nrows; r++) {
        const tx_row *rw = &t->rows[r];
        if (rw->kind != TX_ROW_ITEM || rw->src_values != f->src_line || !tm->rows[r].concept ||
            strcmp(tm->rows[r].concept, f->concept) != 0)
            continue;
        for (size_t c = 0; c < t->ncols; c++)
            if ((rw->cells[c].state == TX_CELL_VALUE || rw->cells[c].state == TX_CELL_NIL) &&
                fn_period_in(&f->period, &t->cols[c].period)) {
                *row = r;
                *col = c;
                return 1;
            }
    }
    return 0;
}

static int map_footnotes(mapper *m, const tx_mapping *map)
{
    tx_factset *fs = m->fs;
    size_t *sel = calloc(fs->nfacts ? fs->nfacts : 1, sizeof *sel);
    if (!sel)
        return -1;
    int status = 0;
    for (size_t ti = 0; ti < m->ex->ntables && status == 0; ti++) {
        const tx_table *t = &m->ex->tables[ti];
        for (size_t k = 0; k < t->nfootnotes && status == 0; k++) {
            char *text = tx_collapse(t->footnotes[k], strlen(t->footnotes[k]));
            if (!text) {
                status = -1;
                break;
            }
            char mk[8];
            fn_marker(text, mk, sizeof mk);
            int whole = !*mk || fn_has(t->title_notes, mk), marked = whole;
            for (size_t c = 0; c < t->ncols; c++)
                marked |= fn_has(t->cols[c].notes, mk);
            for (size_t r = 0; r < t->nrows; r++)
                marked |= fn_has(t->rows[r].notes, mk);
            for (size_t u = 0; u < m->ex->ntables; u++)
                marked |= m->ex->tables[u].parent == (int)ti &&
                          fn_has(m->ex->tables[u].title_notes, mk);
            if (!marked)
                whole = 1;
            size_t n = 0;
            for (size_t i = 0; i < fs->nfacts; i++) {
                size_t r, c;
                if (fn_cell(m, map, ti, &fs->facts[i], &r, &c)) {
                    if (whole || fn_has(t->cols[c].notes, mk) || fn_has(t->rows[r].notes, mk))
                        sel[n++] = i;
                    continue;
                }
                for (size_t u = 0; u < m->ex->ntables; u++)
                    if (m->ex->tables[u].parent == (int)ti &&
                        fn_has(m->ex->tables[u].title_notes, mk) &&
                        fn_cell(m, map, u, &fs->facts[i], &r, &c)) {
                        sel[n++] = i;
                        break;
                    }
            }
            if (tx_factset_add_footnote(fs, text, mk, sel, n) != 0)
                status = -1;
            free(text);
        }
    }
    free(sel);
    return status;
}

/* Labels: each mapped row gives its concept the label it was printed with
 * (TX_ROLE_PRINTED_LABEL) and the innermost heading it was printed under
 * (TX_ROLE_PRINTED_HEADING, none when it was printed under no heading),
 * both from the first row printing the concept.
 * A concept printed on rows of one table under different labels (the
 * allocation table: one concept, a member per row) gets none from it. */
static int map_labels(mapper *m, const tx_mapping *map)
{
    for (size_t ti = 0; ti < m->ex->ntables; ti++) {
        const tx_table *t = &m->ex->tables[ti];
        const tx_table_map *tm = &map->tables[ti];
        for (size_t r = 0; r < t->nrows && r < tm->nrows; r++) {
            const char *c = tm->rows[r].concept;
            if (!c || t->rows[r].kind != TX_ROW_ITEM || !*t->rows[r].label)
                continue;
            int clash = 0;
            for (size_t q = 0; q < t->nrows && q < tm->nrows && !clash; q++)
                clash = q != r && tm->rows[q].concept && strcmp(tm->rows[q].concept, c) == 0 &&
                        strcmp(t->rows[q].label, t->rows[r].label) != 0;
            size_t before = m->fs->nlabels;
            if (clash)
                continue;
            if (tx_factset_add_label(m->fs, c, TX_ROLE_PRINTED_LABEL, t->rows[r].label) != 0)
                return -1;
            if (tm->rows[r].negated && strncmp(c, "ext:", 4) == 0 &&
                strcmp(tm->kind, "reconciliation") != 0 &&
                tx_factset_add_label(m->fs, c, TX_ROLE_NEGATED_LABEL, t->rows[r].label) != 0)
                return -1;
            if (m->fs->nlabels == before)
                continue;   /* printed by an earlier table: its heading (or none) stands */
            const char *path = t->rows[r].path, *last = path;
            for (const char *p = path; (p = strstr(p, " > ")) != NULL; p += 3)
                last = p + 3;
            if (*last && tx_factset_add_label(m->fs, c, TX_ROLE_PRINTED_HEADING, last) != 0)
                return -1;
        }
    }
    return 0;
}

static int map_printed(mapper *m, const tx_mapping *map)
{
    return map_footnotes(m, map) == 0 && map_labels(m, map) == 0 ? 0 : -1;
}

/* score.c - weighing a row's candidates with its context, the arithmetic of
 * its table, and the sign of its facts by meaning. */
#include "map/mapstate.h"

#include <stdlib.h>
#include <string.h>

#define HEADING_BONUS 150      /* all the heading's words are the concept's */
#define STATEMENT_PENALTY 120  /* a concept no statement of this kind shows */
#define FOREIGN_PENALTY 400    /* the same, with no filer label of this statement */
#define TOTAL_BONUS 40         /* a total row, a concept that sums others */
#define SUM_BONUS 200          /* the total's summation sums all its rows' choices */
#define PART_BONUS 120         /* the summation of the total a row foots into sums it */
#define TWICE_PENALTY 150      /* another row of the same sum already sums it */
#define BALANCE_PENALTY 400    /* a part of a total whose balance contradicts it */
#define OUTSIDE_PENALTY 500    /* a total that foots without the row sums it */
#define LATE_PENALTY 40        /* a concept first seen in 2009 (after the statements) */
#define CORE_BONUS 60          /* a concept of the statements' common vocabulary */
#define SECTION_PENALTY 600    /* a balance the row's section does not have */

/* ------------------------------------------------------------ context */

int tx_score_stm(const char *kind, const char *path)
{
    if (strcmp(kind, "balance") == 0)
        return TX_STM_BALANCE;
    if (strcmp(kind, "income") == 0 || strcmp(kind, "reconciliation") == 0 ||
        strcmp(kind, "allocation") == 0)
        return TX_STM_INCOME;
    if (strcmp(kind, "cashflow") == 0)
        return TX_STM_CASHFLOW;
    if (strcmp(kind, "equity") == 0)
        return TX_STM_EQUITY;
    if (strcmp(kind, "comprehensive") == 0)
        return TX_STM_OTHER;
    if (strcmp(kind, "selected") == 0 && path && tx_strcasestr(path, "balance sheet"))
        return TX_STM_BALANCE;
    return -1;
}

/* The presentation role of a statement kind, or NULL. */
static const char *kind_role(const char *kind)
{
    if (strcmp(kind, "balance") == 0)
        return "BalanceSheet";
    if (strcmp(kind, "income") == 0 || strcmp(kind, "reconciliation") == 0)
        return "IncomeStatement";
    if (strcmp(kind, "cashflow") == 0)
        return "CashFlow";
    if (strcmp(kind, "equity") == 0)
        return "StockholdersEquity";
    if (strcmp(kind, "comprehensive") == 0)
        return "ComprehensiveIncome";
    return NULL;
}

static int has_role(const char *roles, const char *role)
{
    size_t n = strlen(role);
    for (const char *p = roles; *p;) {
        size_t len = strcspn(p, ",");
        if (len == n && strncmp(p, role, n) == 0)
            return 1;
        p += len;
        if (*p == ',')
            p++;
    }
    return 0;
}

void tx_score_periods(const tx_table *t, const char *kind, const tx_rule *r, int *instant,
                      int *duration)
{
    if (r && (strcmp(r->period, "start") == 0 || strcmp(r->period, "end") == 0 ||
              strcmp(r->period, "row") == 0)) {
        *instant = 1;
        *duration = 0;
        return;
    }
    /* the statement says what its rows are: balances, or changes over a
       period (a column that disagrees is the reader's to report) */
    if (strcmp(kind, "balance") == 0) {
        *instant = 1;
        *duration = 0;
        return;
    }
    if (strcmp(kind, "income") == 0 || strcmp(kind, "cashflow") == 0 ||
        strcmp(kind, "reconciliation") == 0 || strcmp(kind, "allocation") == 0 ||
        strcmp(kind, "equity") == 0 || strcmp(kind, "comprehensive") == 0) {
        *instant = 0;
        *duration = 1;
        return;
    }
    if (strcmp(kind, "selected") == 0) {
        *instant = *duration = 1;
        return;
    }
    int ni = 0, nd = 0;
    for (size_t c = 0; c < t->ncols; c++) {
        if (t->cols[c].derived)
            continue;
        ni += t->cols[c].period.kind == TX_PERIOD_INSTANT;
        nd += t->cols[c].period.kind == TX_PERIOD_DURATION;
    }
    if (!ni && !nd) {
        ni = t->instants;
        nd = !t->instants;
    }
    *instant = ni > 0;
    *duration = nd > 0;
}

const char *tx_map_last_heading(const char *path)
{
    const char *last = path;
    for (const char *p = path; (p = strstr(p, " > ")) != NULL; p += 3)
        last = p + 3;
    return last;
}

static int cmp_cand(const void *a, const void *b, const tx_taxonomy *tax)
{
    const tx_cand *x = a, *y = b;
    if (x->score != y->score)
        return x->score > y->score ? -1 : 1;
    if (x->label != y->label)
        return x->label > y->label ? -1 : 1;
    return strcmp(tax->concepts[x->concept].name, tax->concepts[y->concept].name);
}

static void sort_cands(const tx_taxonomy *tax, tx_cands *c)
{
    /* insertion sort: few candidates, and a stable, deterministic order */
    for (size_t i = 1; i < c->n; i++) {
        tx_cand x = c->v[i];
        size_t j = i;
        while (j > 0 && cmp_cand(&c->v[j - 1], &x, tax) > 0) {
            c->v[j] = c->v[j - 1];
            j--;
        }
        c->v[j] = x;
    }
}

static void rescore(const tx_taxonomy *tax, tx_cands *c)
{
    for (size_t i = 0; i < c->n; i++) {
        tx_cand *k = &c->v[i];
        k->score = k->label + k->heading + k->statement + k->total + k->arith;
    }
    sort_cands(tax, c);
}

/* How many of the heading path's words (by weight, per mille) the concept
 * shares. */
static int heading_share(const tx_taxonomy *tax, const char *path, unsigned concept)
{
    const tx_label_index *ix = &tax->labels;
    char *key = tx_label_key(path);
    if (!key)
        return 0;
    unsigned ids[64];
    unsigned unknown = 0;
    size_t n = tx_label_tokens(ix, key, ids, 64, &unknown);
    free(key);
    unsigned all = unknown, common = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned w = ix->token_weight[ids[i]];
        all += w;
        for (size_t k = ix->ctok_first[concept]; k < ix->ctok_first[concept + 1]; k++)
            if (ix->ctok[k] == ids[i]) {
                common += w;
                break;
            }
    }
    return all ? (int)(1000UL * common / all) : 0;
}

/* The balance of a section of a balance sheet: that of the concept filers
 * most often gave its heading's words on balance sheets (the innermost
 * heading that names one: "Current liabilities" credit, "Accounts
 * receivable:" debit); NULL when no heading names a concept of one balance. */
static const char *section_balance(const tx_taxonomy *tax, const char *path)
{
    const tx_label_index *ix = &tax->labels;
    const char *found = NULL;
    for (const char *p = path; *p && ix->groups;) {
        const char *end = strstr(p, " > ");
        size_t len = end ? (size_t)(end - p) : strlen(p);
        char *heading = tx_strndup(p, len);
        char *key = heading ? tx_label_key(heading) : NULL;
        long g = key && *key ? tx_strtab_find(&ix->keys, key, strlen(key)) : -1;
        free(heading);
        free(key);
        for (size_t i = 0; g >= 0 && i < ix->groups[g].n; i++) {
            const tx_label_use *u = &ix->uses[ix->groups[g].first + i];
            if (u->stm != TX_STM_BALANCE)
                continue;
            const tx_concept *c = &tax->concepts[u->concept];
            if (*c->balance && !c->both_signs)
                found = c->balance;   /* the innermost heading's decides */
            break;
        }
        if (!end)
            break;
        p = end + 3;
    }
    return found;
}

int tx_score_row(const tx_taxonomy *tax, const tx_table *t, const tx_row *row, tx_value_kind vk,
                 const char *kind, const tx_rule *r, tx_cands *out)
{
    tx_row_query q;
    memset(&q, 0, sizeof q);
    q.label = row->label;
    q.heading = tx_map_last_heading(row->path);
    q.stm = tx_score_stm(kind, row->path);
    q.vk = vk;
    tx_score_periods(t, kind, r, &q.instant, &q.duration);
    if (tx_cands_gather(tax, &q, out) != 0)
        return -1;
    const char *role = kind_role(kind);
    int total = row->total || row->nsums > 0;
    /* a row printed as an addition in a section of the balance sheet has
       its section's balance, unless its concept is a deduction (contra
       accounts: accumulated depreciation, treasury stock); one printed in
       parentheses is a deduction, of the other balance ("Deferred income taxes" under current assets
       is an asset; "Affiliates" under accounts payable a liability) */
    const char *section = q.stm == TX_STM_BALANCE && vk == TX_VK_MONEY && *row->path
                              ? section_balance(tax, row->path)
                              : NULL;
    int contra = section && tx_printed_negative(t, row);
    for (size_t i = 0; i < out->n; i++) {
        tx_cand *c = &out->v[i];
        const tx_concept *cc = &tax->concepts[c->concept];
        /* a concept no statement of this kind presents is no row of it,
           unless filers printed this very label for it here */
        c->statement = !role || has_role(cc->roles, role) ? 0
                       : c->source == TX_EV_FILER ? -STATEMENT_PENALTY : -FOREIGN_PENALTY;
        c->heading = *row->path ? HEADING_BONUS * heading_share(tax, row->path, c->concept) / 1000
                                : 0;
        c->total = total && tx_taxonomy_is_total(tax, c->concept) ? TOTAL_BONUS : 0;
        if (cc->since >= 2009)
            c->statement -= LATE_PENALTY;
        if (cc->core)
            c->statement += CORE_BONUS;
        if (section && *cc->balance && !cc->both_signs &&
            (contra ? strcmp(cc->balance, section) == 0
                    : !cc->deducted && strcmp(cc->balance, section) != 0))
            c->statement -= SECTION_PENALTY;
    }
    rescore(tax, out);
    return 0;
}

/* ------------------------------------------------------------ arithmetic */

static long best_of(const tx_choice *ch)
{
    return ch->mapped && ch->cands.n ? (long)ch->cands.v[0].concept : -1;
}


/* The parts of a total that foots have the total's balance when they add
 * to it as printed, the opposite one when they are deducted: an asset
 * among the assets is no liability ("Deferred income taxes" between
 * "Total current assets" and "Total assets" is a deferred tax asset).
 * Concepts the total's summation relates, and those of either sign by
 * meaning, are left to the summations. */
static void balance_of_parts(const tx_taxonomy *tax, const tx_table *t, tx_choice *ch,
                             const long *best)
{
    for (size_t r = 0; r < t->nrows; r++) {
        const tx_row *tot = &t->rows[r];
        if (!tot->nsums || best[r] < 0 || tot->vkind != TX_VK_MONEY)
            continue;
        const tx_concept *p = &tax->concepts[best[r]];
        if (!*p->balance || p->both_signs)
            continue;
        int tneg = tx_printed_negative(t, tot);
        for (size_t i = 0; i < tot->nsums; i++) {
            size_t k = tot->sums[i];
            if (k >= t->nrows || !ch[k].mapped)
                continue;
            int rel = tot->sum_signs[i] * (tx_printed_negative(t, &t->rows[k]) ? -1 : 1) *
                      (tneg ? -1 : 1);
            for (size_t j = 0; j < ch[k].cands.n; j++) {
                tx_cand *c = &ch[k].cands.v[j];
                const tx_concept *cc = &tax->concepts[c->concept];
                if (!*cc->balance || cc->both_signs ||
                    tx_taxonomy_sum_weight(tax, (size_t)best[r], c->concept))
                    continue;
                int same = strcmp(cc->balance, p->balance) == 0;
                if (same != (rel > 0))
                    c->arith -= BALANCE_PENALTY;
            }
        }
    }
}

/* Marks in `in` the rows total r adds up, directly or through the
 * subtotals it sums. */
static void mark_parts(const tx_table *t, size_t r, unsigned char *in, int depth)
{
    const tx_row *tot = &t->rows[r];
    for (size_t i = 0; i < tot->nsums && depth < 16; i++) {
        size_t k = tot->sums[i];
        if (k < t->nrows && !in[k]) {
            in[k] = 1;
            mark_parts(t, k, in, depth + 1);
        }
    }
}

/* A total that foots is closed: a row it does not add up is none of the
 * concepts its choice sums ("Restricted cash" below "Total current assets"
 * is no RestrictedCashCurrent; "Deferred income taxes" among the current
 * assets is no part of "Total current liabilities"). */
static void outside_totals(const tx_taxonomy *tax, const tx_table *t, tx_choice *ch,
                           const long *best)
{
    unsigned char *in = malloc(t->nrows ? t->nrows : 1);
    if (!in)
        return;
    /* each candidate is rejected once, by the totals that sum it directly */
    for (size_t k = 0; k < t->nrows; k++)
        for (size_t j = 0; j < ch[k].cands.n; j++)
            ch[k].cands.v[j].outside = 0;
    for (size_t r = 0; r < t->nrows; r++) {
        if (!t->rows[r].nsums || best[r] < 0)
            continue;
        memset(in, 0, t->nrows);
        mark_parts(t, r, in, 0);
        in[r] = 1;
        for (size_t k = 0; k < t->nrows; k++) {
            if (in[k] || !ch[k].mapped || t->rows[k].vkind != t->rows[r].vkind)
                continue;
            for (size_t j = 0; j < ch[k].cands.n; j++) {
                tx_cand *c = &ch[k].cands.v[j];
                if (!c->outside &&
                    tx_taxonomy_sum_direct(tax, (size_t)best[r], c->concept)) {
                    c->arith -= OUTSIDE_PENALTY;
                    c->outside = 1;
                }
            }
        }
    }
    free(in);
}

void tx_score_table(const tx_taxonomy *tax, const tx_table *t, tx_choice *ch)
{
    for (int pass = 0; pass < 2; pass++) {
        long *best = malloc((t->nrows ? t->nrows : 1) * sizeof *best);
        if (!best)
            break;
        for (size_t r = 0; r < t->nrows; r++) {
            best[r] = ch[r].rule && ch[r].concept >= 0 && !ch[r].cands.n ? ch[r].concept
                                                                        : best_of(&ch[r]);
            for (size_t i = 0; i < ch[r].cands.n; i++)
                ch[r].cands.v[i].arith = 0;
        }
        for (size_t r = 0; r < t->nrows; r++) {
            const tx_row *tot = &t->rows[r];
            if (!tot->nsums)
                continue;
            /* the children's candidates that the total's choice sums; one
               that another row of the sum already sums (a subtotal: "Restricted
               cash" beside "Total current assets" is no current asset) would
               be counted twice */
            for (size_t i = 0; i < tot->nsums; i++) {
                size_t k = tot->sums[i];
                for (size_t j = 0; k < t->nrows && j < ch[k].cands.n; j++) {
                    tx_cand *c = &ch[k].cands.v[j];
                    if (best[r] >= 0 && tx_taxonomy_sum_weight(tax, (size_t)best[r], c->concept))
                        c->arith += PART_BONUS;
                    for (size_t i2 = 0; i2 < tot->nsums; i2++) {
                        size_t k2 = tot->sums[i2];
                        if (k2 != k && k2 < t->nrows && best[k2] >= 0 &&
                            tx_taxonomy_sum_weight(tax, (size_t)best[k2], c->concept)) {
                            c->arith -= TWICE_PENALTY;
                            break;
                        }
                    }
                }
            }
            /* the total's candidates that sum the children's choices */
            for (size_t j = 0; j < ch[r].cands.n; j++) {
                tx_cand *c = &ch[r].cands.v[j];
                size_t n = 0, hit = 0;
                for (size_t i = 0; i < tot->nsums; i++) {
                    size_t k = tot->sums[i];
                    if (k >= t->nrows || best[k] < 0)
                        continue;
                    n++;
                    hit += tx_taxonomy_sum_weight(tax, c->concept, (size_t)best[k]) != 0;
                }
                if (hit)
                    c->arith += (int)(SUM_BONUS * hit / n);
            }
        }
        outside_totals(tax, t, ch, best);
        balance_of_parts(tax, t, ch, best);
        for (size_t r = 0; r < t->nrows; r++)
            if (ch[r].mapped)
                rescore(tax, &ch[r].cands);
        free(best);
    }
}

/* ------------------------------------------------------------ signs */

int tx_printed_negative(const tx_table *t, const tx_row *row)
{
    int neg = 0, pos = 0;
    for (size_t c = 0; row->cells && c < t->ncols; c++) {
        const tx_cell *cell = &row->cells[c];
        if (cell->state != TX_CELL_VALUE || tx_decimal_is_zero(cell->printed))
            continue;
        if (tx_decimal_sign(cell->printed) < 0)
            neg++;
        else
            pos++;
    }
    return neg > pos;
}

/* The share (per mille) of filings that showed concept c negated on
 * statement stm (all statements when stm < 0 or it has none there). */
static int negated_share(const tx_taxonomy *tax, long c, int stm)
{
    const tx_label_index *ix = &tax->labels;
    if (c < 0 || (size_t)c >= ix->nconcepts || !ix->filings)
        return 0;
    unsigned f = 0, n = 0;
    if (stm >= 0) {
        f = ix->filings[c][stm];
        n = ix->negated[c][stm];
    }
    if (!f)
        for (int s = 0; s < TX_STM_COUNT; s++) {
            f += ix->filings[c][s];
            n += ix->negated[c][s];
        }
    return f ? (int)(1000UL * n / f) : 0;
}

int tx_sign_by_meaning(const tx_taxonomy *tax, const tx_table *t, const tx_row *row,
                       const char *kind, long concept, int deduct_layout)
{
    if (concept < 0)
        return 0;
    const tx_concept *c = &tax->concepts[concept];
    if (!tx_concept_holds(c, TX_VK_MONEY))
        return 0;   /* shares and per-share amounts: as printed */
    int neg = tx_printed_negative(t, row);
    int stm = tx_score_stm(kind, row->path);
    if (strcmp(kind, "selected") == 0)
        stm = strcmp(c->period_type, "instant") == 0 ? TX_STM_BALANCE : TX_STM_INCOME;
    if (stm < 0)
        return 0;
    int debit = strcmp(c->balance, "debit") == 0, credit = strcmp(c->balance, "credit") == 0;
    switch (stm) {
    case TX_STM_BALANCE:
        /* a contra amount (accumulated depreciation, treasury stock) in
           parentheses is a deduction; anything else is signed as printed
           (an accumulated deficit, a stockholders' deficit) */
        if (c->both_signs)
            return 0;
        return neg && (c->deducted || negated_share(tax, concept, stm) > 500);
    case TX_STM_CASHFLOW:
        /* a change shown as its effect on cash, as filers show it; a payment
           in parentheses is a positive payment */
        if (c->both_signs)
            return negated_share(tax, concept, stm) > 500;
        return neg;
    case TX_STM_INCOME:
    case TX_STM_OTHER:
        /* an expense in parentheses is a positive expense; a loss is a
           negative income; an expense-or-benefit is a benefit when printed
           negative among expenses printed positive */
        if (credit || !debit)
            return 0;
        return c->both_signs ? deduct_layout : neg;
    case TX_STM_EQUITY:
        return !c->both_signs && neg;
    default:
        return 0;
    }
}

/* 1 when the table prints its expenses in parentheses (most rows chosen as
 * expenses, amounts positive by meaning, are printed negative). */
static int deduct_layout(const tx_taxonomy *tax, const tx_table *t, const tx_choice *ch)
{
    int neg = 0, pos = 0;
    for (size_t r = 0; r < t->nrows; r++) {
        if (!ch[r].mapped || ch[r].concept < 0)
            continue;
        const tx_concept *c = &tax->concepts[ch[r].concept];
        if (c->both_signs || strcmp(c->balance, "debit") != 0 || !tx_concept_holds(c, TX_VK_MONEY))
            continue;
        if (tx_printed_negative(t, &t->rows[r]))
            neg++;
        else
            pos++;
    }
    return neg > pos;
}

void tx_sign_table(const tx_taxonomy *tax, const tx_table *t, const char *kind, tx_choice *ch)
{
    int deduct = deduct_layout(tax, t, ch);
    for (size_t r = 0; r < t->nrows; r++) {
        tx_choice *c = &ch[r];
        if (!c->mapped)
            continue;
        if (c->rule && strcmp(c->rule->sign, "*") != 0) {
            c->sign_by = TX_SIGN_RULE;
            c->negate = strcmp(c->rule->sign, "-") == 0 ||
                        (strcmp(c->rule->sign, "bal") == 0 && c->concept >= 0 &&
                         strcmp(tax->concepts[c->concept].balance, "debit") == 0);
            continue;
        }
        c->sign_by = TX_SIGN_MEANING;
        c->negate = tx_sign_by_meaning(tax, t, &t->rows[r], kind, c->concept, deduct);
    }
    /* the arithmetic: a total that foots gives the rows it sums their signs
       (the summation's weight, else the one the two balances imply), from
       the last total up */
    if (strcmp(kind, "reconciliation") == 0 || strcmp(kind, "allocation") == 0)
        return;
    for (size_t r = t->nrows; r-- > 0;) {
        const tx_row *tot = &t->rows[r];
        if (!tot->nsums || !ch[r].mapped || ch[r].concept < 0)
            continue;
        const tx_concept *p = &tax->concepts[ch[r].concept];
        if (!tx_concept_holds(p, TX_VK_MONEY))
            continue;
        int sp = ch[r].negate ? -1 : 1;
        for (size_t i = 0; i < tot->nsums; i++) {
            size_t k = tot->sums[i];
            if (k >= t->nrows || !ch[k].mapped || ch[k].concept < 0 ||
                ch[k].sign_by != TX_SIGN_MEANING)
                continue;
            const tx_concept *c = &tax->concepts[ch[k].concept];
            if (!tx_concept_holds(c, TX_VK_MONEY))
                continue;
            int w = tx_taxonomy_sum_weight(tax, (size_t)ch[r].concept, (size_t)ch[k].concept);
            if (!w && *p->balance && *c->balance)
                w = strcmp(p->balance, c->balance) == 0 ? 1 : -1;
            if (!w)
                continue;
            int s = tot->sum_signs[i] * sp * w;
            ch[k].negate = s < 0;
            ch[k].sign_by = TX_SIGN_SUM;
        }
    }
}

/* naming.c - what a claim is about: its entity, its metric and basis, and
 * its period.
 *
 * The entities are those of the tables; each one's current period is the
 * latest three-month column of its income or cash flow statements, and
 * which quarter of the fiscal year it is comes from a six- or nine-month
 * column ending with it.  A paragraph speaks of the first entity it names
 * (the first word of the entity's name), else of the exhibit's first.
 *
 * A group's metric is the last metric phrase before it (outside a "which
 * excludes ..." list), else the previous group's; "respectively" pairs the
 * metrics and the groups in order.  Its period is the last period phrase
 * before it, else the first after it, else the paragraph's current period
 * (unless it is a comparison, "compared with $152.0 million", which must
 * say its period).  A phrase is read against the entity's current quarter
 * ("third quarter", "the quarter") or the period the sentence last named
 * ("same period last year").
 */
#include <stdlib.h>
#include <string.h>

#include "disclose/prose.h"
#include "base/util.h"

/* ------------------------------------------------------------ entities */

int tx_prose_entity_of(const tx_prose_result *res, const tx_table *t)
{
    for (size_t i = 0; i < res->nentities; i++)
        if (t->entity && strcmp(res->entities[i], t->entity) == 0)
            return (int)i;
    return -1;
}

static int quarter_len(const tx_period *p)
{
    return p->kind == TX_PERIOD_DURATION && (p->months == 3 || p->weeks == 13);
}

static int period_months(const tx_period *p)
{
    if (p->months)
        return p->months;
    if (p->weeks)
        return p->weeks * 12 / 52;
    return 0;
}

int tx_claim_entities(const tx_exhibit *ex, const tx_mapping *map, tx_prose_result *res,
                      tx_claim_entity **out)
{
    *out = NULL;
    size_t cap = 0;
    for (size_t t = 0; t < ex->ntables; t++) {
        const char *e = ex->tables[t].entity;
        if (!e || !*e || tx_prose_entity_of(res, &ex->tables[t]) >= 0)
            continue;
        if (tx_grow((void **)&res->entities, &cap, res->nentities + 1, sizeof(char *)) != 0)
            return -1;
        res->entities[res->nentities++] = e;
    }
    tx_claim_entity *ec = calloc(res->nentities + 1, sizeof *ec);
    if (!ec)
        return -1;
    for (size_t i = 0; i < res->nentities; i++) {
        ec[i].name = res->entities[i];
        char *norm = tx_norm(ec[i].name);
        if (!norm) {
            free(ec);
            return -1;
        }
        size_t k = 0;
        while (norm[k] && norm[k] != ' ' && k + 1 < sizeof ec[i].key) {
            ec[i].key[k] = norm[k];
            k++;
        }
        free(norm);
        int unsure = 0;
        for (size_t t = 0; t < ex->ntables; t++) {
            const tx_table *tb = &ex->tables[t];
            const char *kind = map && t < map->ntables ? map->tables[t].kind : "";
            if (!tb->entity || strcmp(tb->entity, ec[i].name) != 0 ||
                (strcmp(kind, "income") != 0 && strcmp(kind, "cashflow") != 0))
                continue;
            for (size_t c = 0; c < tb->ncols; c++) {
                const tx_period *p = &tb->cols[c].period;
                if (p->kind == TX_PERIOD_INSTANT)
                    unsure = 1;
                if (quarter_len(p) && (ec[i].cur.kind == TX_PERIOD_NONE ||
                                       tx_date_cmp(p->end, ec[i].cur.end) > 0))
                    ec[i].cur = *p;
            }
        }
        /* a flow statement with a column of one date: its columns were not
           all read, and the latest quarter may be one of them */
        if (unsure)
            memset(&ec[i].cur, 0, sizeof ec[i].cur);
        for (size_t t = 0; t < ex->ntables; t++) {
            const tx_table *tb = &ex->tables[t];
            if (!tb->entity || strcmp(tb->entity, ec[i].name) != 0)
                continue;
            for (size_t c = 0; c < tb->ncols; c++) {
                const tx_period *p = &tb->cols[c].period;
                if (p->kind != TX_PERIOD_DURATION || (p->months != 12 && p->weeks != 52 &&
                                                      p->weeks != 53))
                    continue;
                size_t y = 0;
                while (y < ec[i].nyears && tx_date_cmp(ec[i].years[y].end, p->end) != 0)
                    y++;
                if (y == ec[i].nyears && y < sizeof ec[i].years / sizeof ec[i].years[0])
                    ec[i].years[ec[i].nyears++] = *p;
            }
        }
        if (ec[i].cur.kind == TX_PERIOD_NONE)
            continue;
        int longest = 3;
        for (size_t t = 0; t < ex->ntables; t++) {
            const tx_table *tb = &ex->tables[t];
            if (!tb->entity || strcmp(tb->entity, ec[i].name) != 0)
                continue;
            for (size_t c = 0; c < tb->ncols; c++) {
                const tx_period *p = &tb->cols[c].period;
                if (p->kind == TX_PERIOD_DURATION && tx_date_cmp(p->end, ec[i].cur.end) == 0 &&
                    period_months(p) > longest && period_months(p) <= 12) {
                    longest = period_months(p);
                    ec[i].ytd = *p;
                }
            }
        }
        /* a six- or nine-month column ending with the quarter says which
           quarter it is; three-month columns alone say nothing (a first
           quarter, or a release without year-to-date columns) */
        ec[i].ordinal = longest > 3 ? longest / 3 : 0;
    }
    *out = ec;
    return 0;
}

int tx_claim_para_entity(const tx_claim_run *c, const tx_para *p)
{
    size_t best = p->len;
    int who = c->nec ? 0 : -1;
    for (size_t i = 0; i < c->nec; i++) {
        if (!c->ec[i].key[0])
            continue;
        size_t k = find_word(p->low, 0, p->len, c->ec[i].key);
        if (k < best) {
            best = k;
            who = (int)i;
        }
    }
    return who;
}

/* ------------------------------------------------------------ periods */

static tx_date add_months(tx_date d, int k, int month_end)
{
    int m = d.y * 12 + (d.m - 1) + k;
    tx_date r = {m / 12, m % 12 + 1, d.d};
    int dim = tx_days_in_month(r.y, r.m);
    if (month_end || r.d > dim)
        r.d = dim;
    return r;
}

static tx_period shift(tx_period p, int months)
{
    if (p.kind == TX_PERIOD_NONE || months == 0)
        return p;
    int me = p.end.d == tx_days_in_month(p.end.y, p.end.m);
    p.end = add_months(p.end, months, me);
    if (p.kind == TX_PERIOD_DURATION)
        p.start = add_months(p.start, months, 0);
    return p;
}

/* The fiscal year of an entity's tables named by `year` (ending in it, or
 * in the first week of the next: 52/53-week years), or NULL. */
static const tx_period *fiscal_year(const tx_claim_entity *e, int year)
{
    const tx_period *r = NULL;
    for (size_t k = 0; k < e->nyears; k++) {
        const tx_date *d = &e->years[k].end;
        if (d->y == year || (d->y == year + 1 && d->m == 1 && d->d <= 7)) {
            if (r)
                return NULL;   /* two years answer to the name: neither is sure */
            r = &e->years[k];
        }
    }
    return r;
}

/* The fiscal year ending with the current quarter (within a week). */
static const tx_period *current_year(const tx_claim_entity *e)
{
    if (e->cur.kind == TX_PERIOD_NONE)
        return NULL;
    for (size_t k = 0; k < e->nyears; k++) {
        long d = tx_date_to_days(e->years[k].end) - tx_date_to_days(e->cur.end);
        if (d >= -7 && d <= 7)
            return &e->years[k];
    }
    return NULL;
}

/* what a period phrase says for an entity, `anchor` the period named last */
static tx_period resolve(const tx_claim_run *c, int entity, const tx_phrase *ph, const tx_period *anchor)
{
    tx_period none;
    memset(&none, 0, sizeof none);
    const tx_claim_entity *e = entity >= 0 ? &c->ec[entity] : NULL;
    switch (ph->kind) {
    case TX_PHRASE_SPAN:
        return ph->period;
    case TX_PHRASE_CURRENT:
        return e ? e->cur : none;
    case TX_PHRASE_PRIOR_QUARTER:
        if (quarter_len(anchor))
            return shift(*anchor, -3);
        return e ? shift(e->cur, -3) : none;
    case TX_PHRASE_YEAR: {
        const tx_period *y = e ? fiscal_year(e, ph->year) : NULL;
        return y ? *y : none;
    }
    case TX_PHRASE_FULL_YEAR: {
        const tx_period *y = e ? current_year(e) : NULL;
        return y ? *y : none;
    }
    case TX_PHRASE_YEAR_TO_DATE:
        return e ? e->ytd : none;
    case TX_PHRASE_PRIOR_YEAR:
        return shift(*anchor, -12);
    case TX_PHRASE_SAME_OF_YEAR:
        return anchor->kind == TX_PERIOD_NONE ? none : shift(*anchor, 12 * (ph->year - anchor->end.y));
    case TX_PHRASE_ORDINAL: {
        if (!e || e->cur.kind == TX_PERIOD_NONE)
            return none;
        tx_period p = e->cur;
        if (e->ordinal)
            p = shift(p, 3 * (ph->ordinal - e->ordinal));
        if (ph->year)
            p = shift(p, 12 * (ph->year - e->cur.end.y));
        return p;
    }
    default:
        return none;
    }
}

/* ------------------------------------------------------------ groups */

/* the end of the text before an exclusion list in [from, to) */
static size_t before_exclusion(const char *low, size_t from, size_t to)
{
    static const char *const cues[] = {"which excludes", "which exclude", "excluding",
                                       "exclusive of"};
    size_t e = to;
    for (size_t j = 0; j < sizeof cues / sizeof cues[0]; j++) {
        size_t k = find_word(low, from, to, cues[j]);
        if (k < e)
            e = k;
    }
    return e;
}

/* The period phrase that the words after an amount begin with, a comma
 * aside ("$5.7 million in 1997", "$6.9 million, in fiscal 1998"): in an
 * enumeration ("$372,000 in 1996 to $5.7 million in 1997") it is the
 * amount's own period, whatever the words before it name.  *list is set
 * when more years follow it ("$2.36 billion in 1993, 1994, and 1995"): the
 * amounts are then read "respectively" and no period is the amount's own. */
static int period_after(const tx_claim_run *c, const char *low, size_t at, size_t to,
                        tx_phrase *ph, int *list)
{
    *list = 0;
    size_t k = skip_sp(low, at, to);
    if (k < to && low[k] == ',')
        k = skip_sp(low, k + 1, to);
    if (!tx_prose_period(c->lex, low, k, to, 0, ph) || ph->start != k)
        return 0;
    size_t e = skip_sp(low, ph->end, to);
    if (e < to && low[e] == ',')
        e = skip_sp(low, e + 1, to);
    if (word_at(low, e, to, "and"))
        e = skip_sp(low, e + 3, to);
    if (e + 4 <= to && is_digit(low[e]) && is_digit(low[e + 1]) && is_digit(low[e + 2]) &&
        is_digit(low[e + 3]) && (e + 4 == to || !is_digit(low[e + 4])))
        *list = 1;
    return 1;
}

void tx_claim_name(const tx_claim_run *c, const tx_para *p, tx_claim_sentence *s, int entity,
                   tx_period *anchor)
{
    const char *low = p->low;
    size_t s0 = s->s0, s1 = s->s1, ng = s->ng;
    tx_claim_group *g = s->g;
    /* "respectively": the metrics before the first amount, in order */
    int respectively = find_word(low, s0, s1, "respectively") < s1;
    tx_metric_hit resp[8];
    size_t nresp = 0;
    if (respectively && ng > 1)
        nresp = tx_prose_metrics(c->lex, low, g[0].pre0, before_exclusion(low, g[0].pre0, g[0].pre1),
                                 resp, 8);
    size_t taken = (size_t)-1;   /* where the period phrase of the amount before starts */
    for (size_t k = 0; k < ng; k++) {
        tx_claim_group *gr = &g[k];
        size_t pe = before_exclusion(low, gr->pre0, gr->pre1);
        tx_metric_hit hits[16];
        size_t nh = tx_prose_metrics(c->lex, low, gr->pre0, pe, hits, 16);
        if (nresp == ng) {
            gr->metric = resp[k];
            gr->have_metric = 1;
        } else if (nh) {
            gr->metric = hits[nh - 1];
            gr->have_metric = 1;
        } else if (k > 0 && g[k - 1].have_metric) {
            gr->metric = g[k - 1].metric;
            /* "cash used in operations was $279,000 in 1996 and $1.2
               million in 1997": an enumeration keeps the sign */
            if (find_word(low, gr->pre0, gr->pre1, "compared") < gr->pre1 ||
                find_word(low, gr->pre0, gr->pre1, "versus") < gr->pre1 ||
                find_word(low, gr->pre0, gr->pre1, "from") < gr->pre1 ||
                find_word(low, gr->pre0, gr->pre1, "to") < gr->pre1)
                gr->metric.negative = 0;
            gr->have_metric = 1;
            /* "compared with a net loss of" is caught above; a bare
               "compared with $152.0 million" keeps the sign unsaid */
        }
        /* "earnings for the full year, excluding the one-time items, were
           $1.51 billion": the words between the metric and the amount */
        if (gr->have_metric && gr->metric.basis == 0 && gr->metric.start >= gr->pre0 &&
            gr->metric.end <= gr->start &&
            before_exclusion(low, gr->metric.end, gr->start) < gr->start)
            gr->metric.basis = 2;
        /* "net income excluding ... was $8.1 billion, up 29 percent from
           1998 net income of $6.3 billion": the second is of either basis */
        gr->basis_unsure = 0;
        if (gr->have_metric && gr->metric.basis == 0)
            for (size_t j = 0; j < k; j++)
                if (g[j].have_metric && g[j].metric.basis == 2)
                    gr->basis_unsure = 1;
        gr->comparison = find_word(low, gr->pre0, gr->pre1, "compared") < gr->pre1 ||
                         find_word(low, gr->pre0, gr->pre1, "versus") < gr->pre1 ||
                         find_word(low, gr->pre0, gr->pre1, "from") < gr->pre1;
        tx_phrase ph;
        int list = 0;
        size_t lim = k + 1 < ng ? g[k + 1].start : s1;
        int have = period_after(c, low, gr->end, lim, &ph, &list);
        if (have)
            taken = ph.start;
        else {
            have = tx_prose_period(c->lex, low, gr->pre0, pe, 1, &ph) ||
                   tx_prose_period(c->lex, low, gr->post0, gr->post1, 0, &ph);
            /* "from $372,000 in 1996 to $5.7 million": the phrase before it
               is the period of the amount before it, not its own */
            if (have && ph.start == taken) {
                memset(&gr->period, 0, sizeof gr->period);
                gr->explicit_period = 0;
                continue;
            }
        }
        if (list) {
            /* "$1.52 billion, $1.83 billion, and $2.36 billion in 1993,
               1994, and 1995": the amounts of the list have no period */
            for (size_t j = 0; j <= k; j++) {
                memset(&g[j].period, 0, sizeof g[j].period);
                g[j].explicit_period = 0;
            }
            continue;
        }
        if (have) {
            gr->period = resolve(c, entity, &ph, anchor);
            gr->explicit_period = 1;
            if (!gr->comparison && ph.kind != TX_PHRASE_PRIOR_YEAR &&
                ph.kind != TX_PHRASE_SAME_OF_YEAR && gr->period.kind != TX_PERIOD_NONE)
                *anchor = gr->period;
        } else if (!gr->comparison) {
            gr->period = *anchor;
        } else {
            memset(&gr->period, 0, sizeof gr->period);
        }
    }
}

int tx_claim_base_period(const tx_claim_run *c, const tx_para *p, size_t from, size_t to,
                         int entity, const tx_period *of, tx_period *out)
{
    const char *low = p->low;
    size_t k = skip_sp(low, from, to);
    while (k < to && (low[k] == ',' || low[k] == ' '))
        k++;
    static const char *const leads[] = {"from", "over", "compared with", "compared to",
                                        "versus", "against"};
    size_t at = k;
    for (size_t j = 0; j < sizeof leads / sizeof leads[0]; j++)
        if (word_at(low, k, to, leads[j])) {
            at = skip_sp(low, k + strlen(leads[j]), to);
            break;
        }
    tx_phrase ph;
    int have = tx_prose_period(c->lex, low, k, to, 0, &ph) && ph.start == k;   /* "from 1998" */
    if (!have) {
        if (word_at(low, at, to, "the"))
            at = skip_sp(low, at + 3, to);
        have = tx_prose_period(c->lex, low, at, to, 0, &ph) && ph.start == at;
    }
    if (!have)
        return 0;
    switch (ph.kind) {
    case TX_PHRASE_CURRENT:
    case TX_PHRASE_YEAR_TO_DATE:
    case TX_PHRASE_FULL_YEAR:
        return 0;   /* the period of the amount itself: no base */
    default:
        break;
    }
    if (at == k && ph.kind != TX_PHRASE_PRIOR_QUARTER && ph.kind != TX_PHRASE_PRIOR_YEAR)
        return 0;   /* a bare period after the percentage may be its own */
    *out = resolve(c, entity, &ph, of);
    return out->kind != TX_PERIOD_NONE;
}

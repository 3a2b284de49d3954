/* verify.c - a claim looked up in the tables and verified.
 *
 * The figure is looked up in the statements of the claim's entity, basis (a
 * non-GAAP metric in the non-GAAP statement) and period (within a week),
 * and the claim is verified when the table value rounded at the claim's
 * last digit is the claim ($172.1 million: 172,128 thousand rounded to 0.1
 * million), contradicted when it is not.  An amount the words make a change,
 * a part or an effect of the metric is never contradicted: an amount of
 * change is verified against the change from the year before, else it is
 * unverifiable.  A percentage of change is checked against the two amounts
 * before it.  Non-GAAP measures and earnings figures met on the way are
 * recorded for the checks of disclose.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "disclose/prose.h"
#include "base/util.h"

/* ------------------------------------------------------------ lookup */

/* 1 when two periods are the same within a week (52/53-week years) */
static int same_period(const tx_period *a, const tx_period *b)
{
    if (a->kind != b->kind || a->kind == TX_PERIOD_NONE)
        return 0;
    long de = tx_date_to_days(a->end) - tx_date_to_days(b->end);
    if (de < -7 || de > 7)
        return 0;
    if (a->kind == TX_PERIOD_INSTANT)
        return de == 0;
    long ds = tx_date_to_days(a->start) - tx_date_to_days(b->start);
    return ds >= -7 && ds <= 7;
}

/* 1 when `kind` is a word of the space-separated `kinds` */
static int has_kind(const char *kinds, const char *kind)
{
    size_t n = strlen(kind);
    if (n == 0)
        return 0;
    for (const char *p = kinds; (p = strstr(p, kind)) != NULL; p += n)
        if ((p == kinds || p[-1] == ' ') && (p[n] == 0 || p[n] == ' '))
            return 1;
    return 0;
}

/* The first cell of `concept` in a statement of one of `kinds`, of the
 * entity and basis, in a column of the target period (found 0: none). */
static tx_claim_cell lookup(const tx_exhibit *ex, const tx_mapping *map, const char *entity,
                            const char *concept, int nongaap, const char *kinds,
                            const tx_period *target)
{
    tx_claim_cell r;
    memset(&r, 0, sizeof r);
    if (!concept || !map || target->kind == TX_PERIOD_NONE)
        return r;
    for (size_t t = 0; t < ex->ntables && t < map->ntables; t++) {
        const tx_table *tb = &ex->tables[t];
        const tx_table_map *tm = &map->tables[t];
        if (!tb->entity || strcmp(tb->entity, entity) != 0 || !tm->kind || !has_kind(kinds, tm->kind) ||
            !tm->basis || strcmp(tm->basis, nongaap ? "nongaap" : "gaap") != 0)
            continue;
        for (size_t c = 0; c < tb->ncols; c++) {
            if (!same_period(&tb->cols[c].period, target))
                continue;
            for (size_t k = 0; k < tb->nrows && k < tm->nrows; k++) {
                const tx_row *row = &tb->rows[k];
                if (!row->cells || !tm->rows[k].concept || strcmp(tm->rows[k].concept, concept) != 0)
                    continue;
                const tx_cell *cell = &row->cells[c];
                if (cell->state != TX_CELL_VALUE && cell->state != TX_CELL_NIL)
                    continue;
                r.found = 1;
                r.value = cell->state == TX_CELL_NIL ? tx_decimal_make(0, 0) : cell->value;
                r.line = row->src_values ? row->src_values : row->src_first;
                r.text = cell->text ? cell->text : "--";
                r.concept = concept;
                return r;
            }
        }
    }
    return r;
}

/* ------------------------------------------------------------ claims */

/* a claim's period as messages name it */
static void fmt_period(const tx_period *p, char *buf, size_t n)
{
    if (p->kind == TX_PERIOD_NONE)
        snprintf(buf, n, "no period");
    else
        tx_period_format(p, buf, n);
}

/* a non-GAAP measure met in prose, once per entity and metric */
static void add_measure(tx_claim_run *c, int entity, const tx_metric *m, long line,
                        int headline)
{
    tx_prose_result *res = c->res;
    for (size_t i = 0; i < res->nmeasures; i++)
        if (res->measures[i].entity == entity && res->measures[i].metric == m) {
            if (headline)
                res->measures[i].headline = 1;
            return;
        }
    size_t cap = res->nmeasures;
    if (tx_grow((void **)&res->measures, &cap, res->nmeasures + 1, sizeof *res->measures) != 0) {
        c->l->failed = 1;
        return;
    }
    tx_prose_measure pm = {entity, m, line, headline};
    res->measures[res->nmeasures++] = pm;
}

/* an earnings figure met in prose, in document order */
static void add_earn(tx_claim_run *c, int entity, int nongaap, long line, size_t para)
{
    tx_prose_result *res = c->res;
    size_t cap = res->nearn;
    if (tx_grow((void **)&res->earn, &cap, res->nearn + 1, sizeof *res->earn) != 0) {
        c->l->failed = 1;
        return;
    }
    tx_earn_mention em = {entity, nongaap, line, para, c->order++};
    res->earn[res->nearn++] = em;
}

/* Why an amount is not a level of its metric that a table could confirm,
 * or NULL: a change ("increased $413 million", "declined $60 million",
 * "a decrease in accounts receivable of $59 million"), a part or an effect
 * ("excluding a $188 million gain", "increasing earnings by $24 million"),
 * or a period the words name but the claim grammar does not read ("for the
 * full year").  Such an amount is never called contradicted. */
static const char weak_change[] = "an amount of change, not a level";

static const char *weak_claim(const tx_claim_run *c, const tx_para *p, const tx_claim_group *g,
                              const tx_mention *mn)
{
    const char *low = p->low;
    static const int future[] = {TX_WORD_FORECAST};
    size_t w1 = g->post1 > g->end ? g->post1 : g->end;
    for (size_t i = g->pre0; i < w1; i++)
        if (tx_lex_word_at(c->lex, low, i, w1, future, 1, NULL))
            return "a forecast, not a reported figure";
    size_t from = mn->start > g->pre0 + 48 ? mn->start - 48 : g->pre0;
    if (g->have_metric && g->metric.end > from && g->metric.end <= mn->start)
        from = g->metric.end;   /* only the words between the metric and the amount */
    static const char *const change[] = {
        "increased", "decreased", "declined", "rose", "grew", "fell", "increase", "decrease",
        "increasing", "decreasing", "decline", "growth", "up", "down", "by", "improved",
        "improvement", "higher", "lower", NULL};
    for (size_t i = 0; change[i]; i++)
        if (find_word(low, from, mn->start, change[i]) < mn->start)
            return weak_change;
    static const char *const part[] = {"excluding", "gain", "gains", "charge", "charges",
                                       "effect", "impact", "adjusted", "including", "included",
                                       "of which", "segment", "international", "domestic", NULL};
    size_t after = mn->end + 24 < p->len ? mn->end + 24 : p->len;
    /* the words right before the amount; all of them from the metric on
       unless they hold a list of what the measure excludes */
    size_t near = mn->start > from + 16 ? mn->start - 16 : from;
    if (find_word(low, g->pre0, mn->start, "excludes") >= mn->start &&
        find_word(low, g->pre0, mn->start, "exclude") >= mn->start &&
        find_word(low, g->pre0, mn->start, "excluding") >= mn->start)
        near = from;
    for (size_t i = 0; part[i]; i++)
        if (find_word(low, near, mn->start, part[i]) < mn->start ||
            find_word(low, mn->end, after, part[i]) < after)
            return "a part or an effect of the measure, not its level";
    if (!g->explicit_period) {
        static const char *const years[] = {"full year", "for the year", "year to date",
                                            "year-to-date", "annual", NULL};
        for (size_t i = 0; years[i]; i++)
            if (find_word(low, g->pre0, mn->start, years[i]) < mn->start)
                return "a period the sentence names but the claim reader does not";
    }
    return NULL;
}

/* A claim more than ten times or less than a tenth of the table's figure
 * is not a misstatement of it but another figure (a segment's, a part's,
 * another period's or measure's) that the words did not let the reader
 * place. */
static const char far_apart[] =
    "another order of magnitude than the table's figure: not the figure looked up";

static int same_order(tx_decimal claim, tx_decimal table)
{
    tx_decimal a = claim, b = table, a10, b10, ten = tx_decimal_make(10, 0);
    if (tx_decimal_sign(a) < 0)
        tx_decimal_negate(&a);
    if (tx_decimal_sign(b) < 0)
        tx_decimal_negate(&b);
    if (tx_decimal_mul(a, ten, &a10) != 0 || tx_decimal_mul(b, ten, &b10) != 0)
        return 1;   /* too large to scale: compared as printed */
    return tx_decimal_cmp(a10, b) >= 0 && tx_decimal_cmp(b10, a) >= 0;
}

/* d in full with thousands separators ("-156,000,000"). */
static char *grouped(tx_decimal d)
{
    char *raw = tx_decimal_text(d);
    if (!raw)
        return NULL;
    const char *digits = raw + (raw[0] == '-');
    const char *dot = strchr(digits, '.');
    size_t ni = dot ? (size_t)(dot - digits) : strlen(digits);
    tx_buf b = {0};
    if (raw[0] == '-')
        tx_buf_putc(&b, '-');
    for (size_t i = 0; i < ni; i++) {
        if (i > 0 && (ni - i) % 3 == 0)
            tx_buf_putc(&b, ',');
        tx_buf_putc(&b, digits[i]);
    }
    if (dot)
        tx_buf_puts(&b, dot);
    free(raw);
    return tx_buf_take(&b);
}

/* The same period one year earlier (February 29 becomes the 28th); the
 * lookup's week of tolerance takes 52/53-week years. */
static tx_period year_before(const tx_period *t)
{
    tx_period p = *t;
    tx_date *d[2] = {&p.start, &p.end};
    for (int i = 0; i < 2; i++)
        if (d[i]->y > 1) {
            d[i]->y--;
            if (d[i]->m == 2 && d[i]->d == 29)
                d[i]->d = 28;
        }
    return p;
}

/* An amount of change ("net sales increased $413 million"): verified when
 * the tables show the measure for the period and for the year before it,
 * and the claim is their difference, in the direction the words give, as
 * the prose rounds it.  Never contradicted: the words may compare with
 * another period ("as compared to the second quarter").  Returns 1 when
 * verified (the finding is added); else 0, with the year-over-year change
 * the tables give in why[n] when there is one. */
static int check_change(tx_claim_run *c, const tx_para *p, const tx_mention *mn,
                        const tx_claim_group *g, const tx_metric *m, int nongaap,
                        const char *ename, const tx_claim_cell *cur, const char *quoted,
                        char *why, size_t n)
{
    why[0] = 0;
    if (g->metric.negative || m->absolute || tx_decimal_sign(mn->value) <= 0)
        return 0;
    int dir = tx_claim_direction(c->lex, p->low, g->pre0, mn->start);
    if (dir == 0)
        return 0;
    tx_period prior = year_before(&g->period);
    tx_claim_cell r0 = lookup(c->ex, c->map, ename, m->concept, nongaap, m->kinds, &prior);
    if (!r0.found && m->alt)
        r0 = lookup(c->ex, c->map, ename, m->alt, nongaap, m->kinds, &prior);
    tx_decimal neg = r0.value, d;
    if (!r0.found || tx_decimal_negate(&neg) != 0 || tx_decimal_add(cur->value, neg, &d) != 0)
        return 0;
    char *dtext = grouped(d);
    snprintf(why, n, "; year over year the tables give %s, from %s at line %ld to %s at line %ld",
             dtext ? dtext : "?", r0.text, r0.line, cur->text, cur->line);
    free(dtext);
    if ((dir > 0) != (tx_decimal_sign(d) > 0) || tx_decimal_is_zero(d))
        return 0;
    if (tx_decimal_sign(d) < 0)
        tx_decimal_negate(&d);
    if (tx_claim_rounds_to(d, mn->value, mn->place) != 1)
        return 0;
    char per[40];
    fmt_period(&g->period, per, sizeof per);
    c->sum->verified++;
    if (c->notes)
        tx_dlist_add(c->l, tx_para_line(p, mn->start), TX_NOTE, "disclosure.claim-verified",
                     "'%s' (%s%s of %s, %s): the change from %s at line %ld to %s at line %ld",
                     quoted, nongaap ? "non-GAAP " : "", m->name, ename, per, r0.text, r0.line,
                     cur->text, cur->line);
    return 1;
}

tx_claim_cell tx_claim_lookup(const tx_claim_run *c, const tx_claim_group *g, int entity,
                              const tx_period *period)
{
    tx_claim_cell none;
    memset(&none, 0, sizeof none);
    const tx_metric *m = g->have_metric ? g->metric.metric : NULL;
    if (!m || !m->concept || entity < 0 || g->basis_unsure || g->metric.part)
        return none;
    int nongaap = g->metric.basis == 2;
    tx_claim_cell r = lookup(c->ex, c->map, c->ec[entity].name, m->concept, nongaap, m->kinds,
                             period);
    if (!r.found && m->alt)
        r = lookup(c->ex, c->map, c->ec[entity].name, m->alt, nongaap, m->kinds, period);
    return r;
}

tx_claim_cell tx_claim_check_amount(tx_claim_run *c, const tx_para *p, const tx_mention *mn,
                                    int per_share, const tx_claim_group *g, int entity,
                                    size_t para)
{
    tx_claim_cell none;
    memset(&none, 0, sizeof none);
    char quoted[96];
    size_t ql = mn->end - mn->start < sizeof quoted - 1 ? mn->end - mn->start : sizeof quoted - 1;
    memcpy(quoted, p->text + mn->start, ql);
    quoted[ql] = 0;
    long line = tx_para_line(p, mn->start);
    c->sum->claims++;
    const tx_metric *m = g->have_metric ? g->metric.metric : NULL;
    if (m && per_share)
        m = c->lex->per_share;   /* "$7.2 million or $0.02 per share" */
    int nongaap = g->have_metric && g->metric.basis == 2;
    if (m && (m->earnings || nongaap) && entity >= 0) {
        add_earn(c, entity, nongaap, line, para);
        if (nongaap)
            add_measure(c, entity, m,
                        per_share || g->metric.start >= mn->start ? line
                                                                  : tx_para_line(p, g->metric.start),
                        para == c->res->headline);
    }
    const char *ename = entity >= 0 ? c->ec[entity].name : "the exhibit";
    char per[40];
    fmt_period(&g->period, per, sizeof per);
    if (!m) {
        c->sum->unverifiable++;
        if (c->notes)
            tx_dlist_add(c->l, line, TX_NOTE, "disclosure.claim-unverifiable",
                         "'%s': no metric named before it", quoted);
        return none;
    }
    const char *basis = nongaap ? "non-GAAP " : "";
    if (g->metric.part && !per_share) {
        c->sum->unverifiable++;
        if (c->notes)
            tx_dlist_add(c->l, line, TX_NOTE, "disclosure.claim-unverifiable",
                         "'%s' (%s%s of %s): it names a part of the measure, not its total",
                         quoted, basis, m->name, ename);
        return none;
    }
    if (g->period.kind == TX_PERIOD_NONE || entity < 0 || !m->concept) {
        c->sum->unverifiable++;
        if (c->notes)
            tx_dlist_add(c->l, line, TX_NOTE, "disclosure.claim-unverifiable",
                         "'%s' (%s%s of %s): %s", quoted, basis, m->name, ename,
                         !m->concept ? "no table line holds this measure"
                         : g->period.kind == TX_PERIOD_NONE ? "no period stated or implied"
                                                             : "no entity");
        return none;
    }
    tx_claim_cell r = lookup(c->ex, c->map, ename, m->concept, nongaap, m->kinds, &g->period);
    if (!r.found && m->alt)
        r = lookup(c->ex, c->map, ename, m->alt, nongaap, m->kinds, &g->period);
    if (!r.found) {
        c->sum->unverifiable++;
        if (c->notes)
            tx_dlist_add(c->l, line, TX_NOTE, "disclosure.claim-unverifiable",
                         "'%s' (%s%s of %s, %s): no %sstatement of the exhibit shows it",
                         quoted, basis, m->name, ename, per, basis);
        return none;
    }
    const char *weak = weak_claim(c, p, g, mn);
    if (weak) {
        char why[160] = "";
        if (weak == weak_change &&
            check_change(c, p, mn, g, m, nongaap, ename, &r, quoted, why, sizeof why))
            return none;
        c->sum->unverifiable++;
        if (c->notes)
            tx_dlist_add(c->l, line, TX_NOTE, "disclosure.claim-unverifiable",
                         "'%s' (%s%s of %s, %s): %s%s", quoted, basis, m->name, ename, per, weak,
                         why);
        return none;
    }
    if (g->basis_unsure) {
        c->sum->unverifiable++;
        if (c->notes)
            tx_dlist_add(c->l, line, TX_NOTE, "disclosure.claim-unverifiable",
                         "'%s' (%s of %s, %s): %s", quoted, m->name, ename, per,
                         "its basis is unsaid after a non-GAAP measure in the sentence");
        return none;
    }
    if (!same_order(mn->value, r.value)) {
        c->sum->unverifiable++;
        if (c->notes)
            tx_dlist_add(c->l, line, TX_NOTE, "disclosure.claim-unverifiable",
                         "'%s' (%s%s of %s, %s): %s (%s at line %ld)", quoted, basis, m->name,
                         ename, per, far_apart, r.text, r.line);
        return none;
    }
    tx_decimal claim = mn->value;
    int negative = g->metric.negative && !m->absolute;
    tx_decimal tv = r.value;
    if (m->absolute && tx_decimal_sign(tv) < 0)
        tx_decimal_negate(&tv);
    if (negative)
        tx_decimal_negate(&claim);
    int ok = tx_claim_rounds_to(tv, claim, mn->place);
    /* "$204.5 million" against a table in millions (204): the claim is
       finer than the table, which is the claim rounded at its own place */
    if (ok == 0 && tv.exp > mn->place)
        ok = tx_claim_rounds_to(claim, tv, tv.exp);
    if (ok == 1) {
        c->sum->verified++;
        if (c->notes)
            tx_dlist_add(c->l, line, TX_NOTE, "disclosure.claim-verified",
                         "'%s' (%s%s of %s, %s): %s at line %ld", quoted, basis, m->name, ename,
                         per, r.text, r.line);
    } else {
        c->sum->contradicted++;
        tx_dlist_add(c->l, line, TX_ERROR, "disclosure.claim-contradicted",
                     "'%s'%s (%s%s of %s, %s): the table prints %s at line %ld", quoted,
                     negative ? " (a loss)" : "", basis, m->name, ename, per, r.text, r.line);
    }
    return r;
}

void tx_claim_check_percent(tx_claim_run *c, const tx_para *p, const tx_mention *mn, int dir,
                            const tx_claim_group *a, const tx_claim_group *b)
{
    char quoted[64];
    size_t ql = mn->end - mn->start < sizeof quoted - 1 ? mn->end - mn->start : sizeof quoted - 1;
    memcpy(quoted, p->text + mn->start, ql);
    quoted[ql] = 0;
    long line = tx_para_line(p, mn->start);
    c->sum->claims++;
    if (!a || !b || !a->money.found || !b->money.found) {
        c->sum->unverifiable++;
        if (c->notes)
            tx_dlist_add(c->l, line, TX_NOTE, "disclosure.claim-unverifiable",
                         "'%s': no two table figures it compares", quoted);
        return;
    }
    const char *name = a->metric.metric ? a->metric.metric->name : "?";
    int ok = tx_claim_percent_ok(a->money.value, b->money.value, mn->value, mn->place, dir);
    if (ok < 0) {
        c->sum->unverifiable++;
        if (c->notes)
            tx_dlist_add(c->l, line, TX_NOTE, "disclosure.claim-unverifiable",
                         "'%s': the change from %s cannot be computed", quoted, b->money.text);
        return;
    }
    char pct[TX_DECIMAL_DIGITS + 8];
    tx_claim_change_text(a->money.value, b->money.value, pct, sizeof pct);
    if (!ok && (a->money_per_share || b->money_per_share) &&
        tx_claim_percent_plausible(a->money.value, b->money.value, mn->value, mn->place, dir,
                                   tx_decimal_make(5, (a->money.value.exp > b->money.value.exp
                                                           ? a->money.value.exp
                                                           : b->money.value.exp) - 1)) != 0) {
        /* per-share figures are printed rounded to the cent; the change may
           have been computed before that rounding */
        c->sum->unverifiable++;
        if (c->notes)
            tx_dlist_add(c->l, line, TX_NOTE, "disclosure.claim-unverifiable",
                         "'%s': the rounded per-share figures %s and %s give %s; the change "
                         "may be computed from unrounded ones", quoted, b->money.text,
                         a->money.text, pct);
        return;
    }
    if (ok) {
        c->sum->verified++;
        if (c->notes)
            tx_dlist_add(c->l, line, TX_NOTE, "disclosure.claim-verified",
                         "'%s' (%s from %s at line %ld to %s at line %ld): %s", quoted, name,
                         b->money.text, b->money.line, a->money.text, a->money.line, pct);
    } else {
        c->sum->contradicted++;
        tx_dlist_add(c->l, line, TX_ERROR, "disclosure.claim-contradicted",
                     "'%s' (%s%s from %s at line %ld to %s at line %ld): the tables give %s",
                     quoted, dir > 0 ? "increase of " : dir < 0 ? "decrease of " : "change of ",
                     name, b->money.text, b->money.line, a->money.text, a->money.line, pct);
    }
}

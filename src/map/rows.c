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

/* The first rule for a row; in selected financial data, the rules of the
 * statement its section names (balance sheet data first). */
static const tx_rule *row_rule(const tx_taxonomy *tax, const char *kind, const char *path,
                               const char *label, tx_value_kind vk)
{
    const tx_rule *r = tx_map_find_rule(tax, kind, path, label, tx_value_kind_name(vk));
    if (!r && strcmp(kind, "selected") == 0) {
        static const char *const kinds[] = {"balance", "income", "cashflow", "balance", NULL};
        for (size_t i = strstr(path, "balance sheet") ? 0 : 1; kinds[i] && !r; i++)
            r = tx_map_find_rule(tax, kinds[i], path, label, tx_value_kind_name(vk));
    }
    return r;
}

/* The concept a rule names itself ("" for none: an extension, or the
 * candidates' choice). */
static const char *rule_concept(const tx_rule *r, const tx_statement_rule *st)
{
    if (!r || strcmp(r->concept, "*") == 0)
        return "";
    if (strcmp(r->concept, "=") == 0)
        return st && *st->concept ? st->concept : "";
    return r->concept;
}

/* 1 when a rule decides the row's concept by itself (a concept, an
 * extension concept, or an extension named after the label). */
static int rule_decides(const tx_rule *r)
{
    return r && strcmp(r->concept, "*") != 0;
}

#define AMBIGUOUS_GAP 15   /* scores this close are equally good */

/* The concept and candidates of one row, before the table's arithmetic:
 * 0, or -1 when out of memory. */
static int choose_row(const tx_mapper *m, const tx_table *t, const tx_row *row,
                      tx_value_kind vk, const char *kind, const tx_statement_rule *st,
                      tx_choice *ch)
{
    const tx_taxonomy *tax = m->opt->taxonomy;
    char *path = tx_norm(row->path), *label = tx_norm(row->label);
    int status = path && label ? 0 : -1;
    memset(ch, 0, sizeof *ch);
    ch->mapped = 1;
    ch->concept = -1;
    if (status == 0) {
        ch->rule = row_rule(tax, kind, path, label, vk);
        const char *rc = rule_concept(ch->rule, st);
        if (*rc && strncmp(rc, "ext:", 4) != 0) {
            const tx_concept *c = tx_taxonomy_concept(tax, rc);
            ch->concept = c ? (long)(c - tax->concepts) : -1;
        }
        if (!rule_decides(ch->rule))
            status = tx_score_row(tax, t, row, vk, kind, ch->rule, &ch->cands);
    }
    free(path);
    free(label);
    return status;
}

/* 1 when one concept sums the other: the two are no rivals. */
static int related(const tx_taxonomy *tax, unsigned a, unsigned b)
{
    return tx_taxonomy_sum_weight(tax, a, b) || tx_taxonomy_sum_weight(tax, b, a);
}

/* The choice among the candidates (after the arithmetic). */
static void settle_row(const tx_taxonomy *tax, tx_choice *ch)
{
    if (rule_decides(ch->rule))
        return;
    const tx_cands *c = &ch->cands;
    if (!c->n) {
        ch->ext_why = "no filer label, standard label or concept name has its words (for "
                      "its kind of value and period type)";
        return;
    }
    if (c->v[0].score < TX_SCORE_MIN) {
        ch->ext_why = "no candidate is plausible";
        return;
    }
    ch->concept = c->v[0].concept;
    ch->ambiguous = c->n > 1 && c->v[1].score >= TX_SCORE_MIN &&
                    c->v[0].score - c->v[1].score <= AMBIGUOUS_GAP &&
                    !related(tax, c->v[0].concept, c->v[1].concept);
}

void tx_map_choices_clear(tx_mapper *m)
{
    for (size_t i = 0; i < m->nchoices; i++) {
        tx_cands_free(&m->choices[i].cands);
        free(m->choices[i].ext_label);
    }
    free(m->choices);
    m->choices = NULL;
    m->nchoices = 0;
}

/* 1 if the row is mapped: values in it, and a label. */
static int row_mapped(const tx_table *t, const tx_row *row)
{
    if (row->kind != TX_ROW_ITEM || !row->cells || !*row->label)
        return 0;
    for (size_t c = 0; c < t->ncols; c++)
        if (row->cells[c].state == TX_CELL_VALUE || row->cells[c].state == TX_CELL_NIL)
            return 1;
    return 0;
}

/* 1 when a row's facts take the period of its column (not a balance at
 * the start or end of it, or at the row's own date). */
static int column_period(const tx_choice *ch)
{
    return !ch->rule || !*ch->rule->period;
}

/* 1 when a row's rule leaves its facts in the plain context of their
 * column (no member, axis or basis of its own): two such rows of one
 * concept are one context. */
static int plain_context(const tx_choice *ch)
{
    const tx_rule *r = ch->rule;
    return !r || ((!r->axis || !*r->axis) && (!r->member || !*r->member) && !*r->basis);
}

/* 1 when two rows print the same values in every column: one fact
 * printed twice, not two amounts. */
static int same_values(const tx_table *t, const tx_row *a, const tx_row *b)
{
    for (size_t c = 0; c < t->ncols; c++) {
        const tx_cell *x = &a->cells[c], *y = &b->cells[c];
        int xv = x->state == TX_CELL_VALUE || x->state == TX_CELL_NIL;
        int yv = y->state == TX_CELL_VALUE || y->state == TX_CELL_NIL;
        if (xv != yv)
            return 0;
        if (x->state == TX_CELL_VALUE && (y->state != TX_CELL_VALUE ||
                                          tx_decimal_cmp(x->value, y->value) != 0))
            return 0;
    }
    return 1;
}

/* 1 when total row r adds up row k, directly or through the subtotals it
 * sums. */
static int sums_row(const tx_table *t, size_t r, size_t k, int depth)
{
    const tx_row *tot = &t->rows[r];
    for (size_t i = 0; i < tot->nsums && depth < 16; i++) {
        size_t j = tot->sums[i];
        if (j == k || (j < t->nrows && j != r && sums_row(t, j, k, depth + 1)))
            return 1;
    }
    return 0;
}

/* The total each row adds up into (the nearest that sums it), or -1. */
static void footing_parents(const tx_table *t, long *parent)
{
    for (size_t r = 0; r < t->nrows; r++)
        parent[r] = -1;
    for (size_t r = 0; r < t->nrows; r++)
        for (size_t i = 0; i < t->rows[r].nsums; i++) {
            size_t k = t->rows[r].sums[i];
            if (k < t->nrows && (parent[k] < 0 || (long)r < parent[k]))
                parent[k] = (long)r;
        }
}

/* How strongly row r of a table holds its concept against other rows of
 * the same concept: a total that adds up one of them cannot be it; a row
 * whose total's concept sums the concept fits its section; a rule's choice
 * outweighs the candidates'; then the better score. */
static long claim(const tx_taxonomy *tax, const tx_table *t, const tx_choice *ch,
                  const long *parent, size_t r)
{
    long s = 0;
    for (size_t k = 0; k < t->nrows; k++)
        if (k != r && ch[k].mapped && ch[k].concept == ch[r].concept && sums_row(t, r, k, 0))
            s -= 100000;
    long p = parent[r];
    if (p >= 0 && ch[p].mapped && ch[p].concept >= 0 && ch[p].concept != ch[r].concept &&
        tx_taxonomy_sum_weight(tax, (size_t)ch[p].concept, (size_t)ch[r].concept))
        s += 20000;
    if (rule_decides(ch[r].rule))
        s += 10000;
    else if (ch[r].cands.n)
        s += ch[r].cands.v[0].score;
    return s;
}

/* How many of the rows total r adds up concept c sums, with the signs it
 * adds them with (those of no standard concept aside); 0 unless it sums at
 * least two in three of them. */
static int sums_parts(const tx_taxonomy *tax, const tx_table *t, size_t r, const tx_choice *ch,
                      size_t c)
{
    const tx_row *tot = &t->rows[r];
    size_t hit = 0, miss = 0;
    for (size_t i = 0; i < tot->nsums; i++) {
        size_t k = tot->sums[i];
        if (k >= t->nrows || !ch[k].mapped || ch[k].concept < 0)
            continue;
        int w = tx_taxonomy_sum_weight(tax, c, (size_t)ch[k].concept);
        /* a part printed positive and added is summed with weight +1 (a
           total of costs is no income the costs are deducted from) */
        if (w && !tx_printed_negative(t, &t->rows[k]) && w * tot->sum_signs[i] < 0)
            return 0;
        if (w)
            hit++;
        else
            miss++;
    }
    /* the summations leave out some lines filers print ("Capital lease
       obligations" beside the liabilities' totals): two in three will do */
    return hit > 0 && miss * 2 <= hit ? (int)hit : 0;
}

/* Candidates from the arithmetic for a total: the concepts of the
 * taxonomy that sum the most of the concepts of the rows it adds up, the
 * nearest of them (none summing another that does).  0, or -1 when out of memory. */
static int sum_candidates(const tx_taxonomy *tax, const tx_table *t, size_t r,
                          const tx_choice *ch, int instant, int duration, tx_cands *out)
{
    const tx_row *tot = &t->rows[r];
    if (!tot->nsums)
        return 0;
    size_t nparts = 0;
    for (size_t i = 0; i < tot->nsums; i++) {
        size_t k = tot->sums[i];
        nparts += k < t->nrows && ch[k].mapped && ch[k].concept >= 0;
    }
    if (nparts < 2)
        return 0;   /* too few parts of known concepts to go by */
    size_t nfound = 0;
    unsigned found[16];
    int most = 0;
    for (size_t c = 0; c < tax->nconcepts; c++) {
        const tx_concept *cc = &tax->concepts[c];
        if (!tx_taxonomy_is_total(tax, c) || cc->abstract || !tx_concept_holds(cc, tot->vkind) ||
            !(strcmp(cc->period_type, "instant") == 0 ? instant : duration))
            continue;
        int hit = sums_parts(tax, t, r, ch, c);
        if (!hit || hit < most)
            continue;
        if (hit > most)
            nfound = 0;   /* the concepts that sum the most of them */
        most = hit;
        if (nfound < 16)
            found[nfound++] = (unsigned)c;
    }
    for (size_t i = 0; i < nfound; i++) {
        int nearest = 1;
        for (size_t j = 0; j < nfound && nearest; j++)
            nearest = j == i || !tx_taxonomy_sum_weight(tax, found[i], found[j]);
        if (!nearest)
            continue;
        if (tx_grow((void **)&out->v, &out->cap, out->n + 1, sizeof *out->v) != 0)
            return -1;
        tx_cand *k = &out->v[out->n++];
        memset(k, 0, sizeof *k);
        k->concept = found[i];
        k->source = TX_EV_SUMS;
        k->label = TX_SCORE_MIN;
        k->score = TX_SCORE_MIN;
    }
    return 0;
}

/* An extension named after the row's heading and label: another row of
 * the table has the label's own name.  0, or -1 when out of memory. */
static int qualify_extension(const tx_row *row, tx_choice *c)
{
    const char *h = tx_map_last_heading(row->path);
    if (!*h)
        return 0;
    tx_buf b = {0};
    tx_buf_printf(&b, "%s %s", h, row->label);
    free(c->ext_label);
    c->ext_label = tx_buf_take(&b);
    return c->ext_label ? 0 : -1;
}

/* Row r lost its concept to another row of the table: its next plausible
 * candidate no row has or chose (for a total, one that sums its rows:
 * first the concepts that sum them),
 * else an extension.  0, or -1. */
static int reassign(const tx_mapper *m, const tx_table *t, const char *kind, size_t r,
                    tx_choice *ch, const long *taken, const unsigned char *held)
{
    const tx_taxonomy *tax = m->opt->taxonomy;
    tx_choice *c = &ch[r];
    const tx_row *row = &t->rows[r];
    int instant, duration;
    tx_score_periods(t, kind, c->rule, &instant, &duration);
    long lost = c->concept;
    if (rule_decides(c->rule) && !c->cands.n &&
        tx_score_row(tax, t, row, row->vkind, kind, NULL, &c->cands) != 0)
        return -1;
    c->rule = NULL;   /* the rule's concept is another row's */
    if (sum_candidates(tax, t, r, ch, instant, duration, &c->cands) != 0)
        return -1;
    /* a total's arithmetic first (what its label says is what it lost);
       whatever a total becomes sums its rows */
    for (int pass = row->nsums ? 0 : 1; pass < 2; pass++)
        for (size_t j = 0; j < c->cands.n; j++) {
            tx_cand x = c->cands.v[j];
            if (x.score < TX_SCORE_MIN || (long)x.concept == lost || taken[x.concept] ||
                held[x.concept] || (pass == 0 && x.source != TX_EV_SUMS) ||
                (row->nsums && !sums_parts(tax, t, r, ch, x.concept)))
                continue;
            memmove(c->cands.v + 1, c->cands.v, j * sizeof *c->cands.v);
            c->cands.v[0] = x;
            c->concept = x.concept;
            c->ambiguous = 0;
            return 0;
        }
    c->concept = -1;
    c->ambiguous = 0;
    c->ext_why = "its plausible candidates are the concepts of other rows of the table";
    return 0;
}

/* Two rows of a table with facts for the same periods in the same context
 * are two amounts: they cannot be one concept (unless they print the same
 * values: one fact printed twice).  The row that holds the concept best
 * keeps it (claim()); the others take their next plausible candidate no
 * row has, or become extensions named after heading and label.  Two rows
 * that become extensions of one name likewise. */
static void one_row_per_concept(tx_mapper *m, const tx_table *t, const char *kind,
                                tx_choice *ch)
{
    const tx_taxonomy *tax = m->opt->taxonomy;
    long *taken = calloc(tax->nconcepts ? tax->nconcepts : 1, sizeof *taken);
    size_t *order = malloc((t->nrows ? t->nrows : 1) * sizeof *order);
    long *parent = malloc((t->nrows ? t->nrows : 1) * sizeof *parent);
    long *strength = malloc((t->nrows ? t->nrows : 1) * sizeof *strength);
    unsigned char *held = calloc(tax->nconcepts ? tax->nconcepts : 1, 1);
    size_t n = 0;
    if (!taken || !order || !parent || !strength || !held) {
        m->oom = 1;
        goto done;
    }
    footing_parents(t, parent);
    for (size_t r = 0; r < t->nrows; r++) {
        if (!ch[r].mapped || ch[r].concept < 0 || !column_period(&ch[r]) ||
            !plain_context(&ch[r]))
            continue;
        strength[r] = claim(tax, t, ch, parent, r);
        held[ch[r].concept] = 1;
        order[n++] = r;
    }
    /* strongest first (insertion sort: stable, rows in order on ties) */
    for (size_t i = 1; i < n; i++) {
        size_t x = order[i], j = i;
        while (j > 0 && strength[order[j - 1]] < strength[x]) {
            order[j] = order[j - 1];
            j--;
        }
        order[j] = x;
    }
    for (size_t i = 0; i < n; i++) {
        size_t r = order[i];
        long c = ch[r].concept;
        if (c < 0)
            continue;
        if (!taken[c]) {
            taken[c] = (long)r + 1;
            continue;
        }
        if (same_values(t, &t->rows[taken[c] - 1], &t->rows[r]))
            continue;
        if (reassign(m, t, kind, r, ch, taken, held) != 0) {
            m->oom = 1;
            goto done;
        }
        if (ch[r].concept >= 0)
            taken[ch[r].concept] = (long)r + 1;
    }
    /* extensions named after the label: one name per amount (each name
       looked up among the earlier rows' by hash: linear in the rows) */
    tx_smap names = {0};
    for (size_t r = 0; r < t->nrows && !m->oom; r++) {
        if (!ch[r].mapped || ch[r].concept >= 0 || ch[r].ext_label || !column_period(&ch[r]) ||
            !plain_context(&ch[r]) || *rule_concept(ch[r].rule, NULL))
            continue;
        char *name = tx_ext_name(t->rows[r].label);
        size_t k;
        if (!name)
            m->oom = 1;
        else if (!tx_smap_get(&names, name, &k)) {
            if (tx_smap_put(&names, name, r) != 0)
                m->oom = 1;
        } else if (!same_values(t, &t->rows[k], &t->rows[r]) &&
                   qualify_extension(&t->rows[r], &ch[r]) != 0) {
            m->oom = 1;
        }
        free(name);
    }
    tx_smap_clear(&names);
done:
    free(taken);
    free(order);
    free(parent);
    free(strength);
    free(held);
}

void tx_map_choose(tx_mapper *m, size_t ti, const char *kind)
{
    tx_map_choices_clear(m);
    const tx_table *t = &m->ex->tables[ti];
    const tx_taxonomy *tax = m->opt->taxonomy;
    const tx_statement_rule *st = NULL;
    for (size_t i = 0; i < tax->nstatements && !st; i++)
        if (strcmp(tax->statements[i].kind, kind) == 0 && *tax->statements[i].concept)
            st = &tax->statements[i];
    m->choices = calloc(t->nrows ? t->nrows : 1, sizeof *m->choices);
    if (!m->choices) {
        m->oom = 1;
        return;
    }
    m->nchoices = t->nrows;
    m->choice_table = ti;
    for (size_t r = 0; r < t->nrows && !m->oom; r++)
        if (row_mapped(t, &t->rows[r]) &&
            choose_row(m, t, &t->rows[r], t->rows[r].vkind, kind, st, &m->choices[r]) != 0)
            m->oom = 1;
    if (m->oom)
        return;
    tx_score_table(tax, t, m->choices);
    for (size_t r = 0; r < t->nrows; r++)
        if (m->choices[r].mapped)
            settle_row(tax, &m->choices[r]);
    one_row_per_concept(m, t, kind, m->choices);
    if (m->oom)
        return;
    tx_sign_table(tax, t, kind, m->choices);
}

/* What decided, for inspect and the facts' origin. */
static void explain(const tx_taxonomy *tax, const tx_choice *ch, tx_buf *why)
{
    if (rule_decides(ch->rule)) {
        tx_buf_printf(why, "rules.tsv:%ld", ch->rule->line);
        return;
    }
    if (ch->concept < 0 || !ch->cands.n) {
        tx_buf_printf(why, "extension: %s", ch->ext_why ? ch->ext_why : "no candidate");
        if (ch->cands.n)
            tx_buf_printf(why, " (best %s %d)", tax->concepts[ch->cands.v[0].concept].name,
                          ch->cands.v[0].score);
        return;
    }
    const tx_cand *c = &ch->cands.v[0];
    tx_buf_puts(why, tx_evidence_name(c->source));
    if (c->filers)
        tx_buf_printf(why, " (%u filer%s)", c->filers, c->filers == 1 ? "" : "s");
    if (c->source == TX_EV_FUZZY || c->source == TX_EV_WORDS)
        tx_buf_printf(why, " (words %d)", c->similar);
    tx_buf_printf(why, " %d", c->label);
    if (c->heading)
        tx_buf_printf(why, "; heading +%d", c->heading);
    if (c->statement)
        tx_buf_printf(why, "; statement %d", c->statement);
    if (c->total)
        tx_buf_printf(why, "; total +%d", c->total);
    if (c->arith)
        tx_buf_printf(why, "; sums +%d", c->arith);
    if (ch->rule)
        tx_buf_printf(why, "; rules.tsv:%ld", ch->rule->line);
}

/* The target of a chosen row: its concept (an extension concept added to
 * m->fs when no standard one fits) and the facts' shape. */
static int make_target(tx_mapper *m, const tx_table *t, const tx_row *row, tx_value_kind vk,
                       const char *kind, const char *path, const char *label,
                       const tx_statement_rule *st, const tx_choice *ch, tx_row_target *tg,
                       tx_buf *why)
{
    const tx_taxonomy *tax = m->opt->taxonomy;
    const tx_rule *r = ch->rule;
    memset(tg, 0, sizeof *tg);
    tg->rule = r;
    tg->negate = ch->negate;
    if (r)
        tg->instant_at = strcmp(r->period, "start") == 0 ? -1 : strcmp(r->period, "end") == 0 ? 1 : 0;
    /* period=row (an equity statement's "Balance at DATE"): the row's own
       date, set by the caller */
    explain(tax, ch, why);
    const char *concept = rule_concept(r, st);
    if (*concept && strncmp(concept, "ext:", 4) != 0 && ch->concept < 0) {
        tx_report_add(m->rep, TX_ERROR, m->ex->name, row->src_values, "map.unknown-concept",
                      "rule at rules.tsv:%ld names '%s', which the taxonomy does not declare",
                      r ? r->line : 0L, concept);
        return -1;
    }
    if (ch->concept >= 0) {
        const tx_concept *c = &tax->concepts[ch->concept];
        if (!tx_concept_holds(c, vk)) {
            tx_report_add(m->rep, TX_ERROR, m->ex->name, row->src_values, "map.unit-mismatch",
                          "'%s' is %s but the row holds %s values", c->name, c->type,
                          tx_value_kind_name(vk));
            return -1;
        }
        if (ch->ambiguous) {
            const tx_cand *a = &ch->cands.v[0], *b = &ch->cands.v[1];
            tx_report_add(m->rep, TX_WARNING, m->ex->name, row->src_values, "map.ambiguous",
                          "'%s' fits tx-gaap:%s (score %d) and tx-gaap:%s (score %d) about "
                          "equally: the first is written; a rule of rules.tsv would decide",
                          row->label, tax->concepts[a->concept].name, a->score,
                          tax->concepts[b->concept].name, b->score);
        }
        tx_buf b = {0};
        tx_buf_printf(&b, "tx-gaap:%s", c->name);
        tg->concept = tx_buf_take(&b);
        tg->period_type = c->period_type;
        tg->balance = c->balance;
        return tg->concept ? 0 : -1;
    }
    /* an extension concept: named by the rule, or after the label */
    char *name = *concept ? tx_strdup(concept + 4)
                          : tx_ext_name(ch->ext_label ? ch->ext_label : row->label);
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
    /* one name, one declaration: a name already declared with another
       period type or item type (a balance-sheet extension whose label a
       cash-flow change row repeats) takes a suffix that says which */
    const char *itype = item_type(vk);
    for (int k = 1; name; k++) {
        long at = tx_factset_find_ext(m->fs, name);
        if (at < 0 || (strcmp(m->fs->ext[at].period_type, ptype) == 0 &&
                       strcmp(m->fs->ext[at].type, itype) == 0))
            break;
        tx_buf nb = {0};
        size_t len = strlen(name);
        const char *sfx = strcmp(ptype, "instant") == 0 ? "Balance" : "ForPeriod";
        if (k > 1) {
            /* strip the previous try's suffix and number */
            while (len > 0 && name[len - 1] >= '0' && name[len - 1] <= '9')
                len--;
            len -= strlen(sfx);
        }
        if (k == 1)
            tx_buf_printf(&nb, "%.*s%s", (int)len, name, sfx);
        else
            tx_buf_printf(&nb, "%.*s%s%d", (int)len, name, sfx, k);
        free(name);
        name = tx_buf_take(&nb);
    }
    if (!name)
        return -1;
    tx_ext_concept ec = {name, (char *)ptype, *bal ? (char *)bal : NULL, (char *)itype,
                         row->label};
    if (tx_factset_add_ext(m->fs, &ec) != 0) {
        free(name);
        return -1;
    }
    if (!*concept)
        tx_report_add(m->rep, TX_WARNING, m->ex->name, row->src_values, "map.extension",
                      "'%s' matches no concept of the taxonomy (%s): written as extension "
                      "concept ext:%s",
                      row->label, ch->ext_why ? ch->ext_why : "its rule names none", name);
    tx_buf b = {0};
    tx_buf_printf(&b, "ext:%s", name);
    free(name);
    tg->concept = tx_buf_take(&b);
    tg->period_type = ptype;
    tg->balance = bal;
    return tg->concept ? 0 : -1;
}

int tx_map_resolve(tx_mapper *m, const tx_table *t, const tx_row *row, tx_value_kind vk,
                   const char *kind, const char *path, const char *label,
                   const tx_statement_rule *st, tx_row_target *tg, tx_buf *why)
{
    const tx_taxonomy *tax = m->opt->taxonomy;
    tx_choice ch;
    if (choose_row(m, t, row, vk, kind, st, &ch) != 0) {
        tx_cands_free(&ch.cands);
        m->oom = 1;
        return -1;
    }
    settle_row(tax, &ch);
    if (ch.rule && strcmp(ch.rule->sign, "*") != 0)
        ch.negate = strcmp(ch.rule->sign, "-") == 0 ||
                    (strcmp(ch.rule->sign, "bal") == 0 && ch.concept >= 0 &&
                     strcmp(tax->concepts[ch.concept].balance, "debit") == 0);
    else
        ch.negate = tx_sign_by_meaning(tax, t, row, kind, ch.concept, 0);
    int status = make_target(m, t, row, vk, kind, path, label, st, &ch, tg, why);
    tx_cands_free(&ch.cands);
    return status;
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
    size_t ri = (size_t)(row - t->rows);
    if (!path || !label) {
        m->oom = 1;
        goto done;
    }
    if (!m->choices || m->choice_table != ti || ri >= m->nchoices || !m->choices[ri].mapped) {
        if (tx_map_resolve(m, t, row, row->vkind, kind, path, label, st, &tg, &why) != 0)
            goto done;
    } else {
        const tx_choice *ch = &m->choices[ri];
        if (make_target(m, t, row, row->vkind, kind, path, label, st, ch, &tg, &why) != 0)
            goto done;
        if (!rule_decides(ch->rule) && ch->concept >= 0 && ch->cands.n) {
            rm->score = ch->cands.v[0].score;
            if (ch->cands.n > 1) {
                tx_buf rb = {0};
                tx_buf_printf(&rb, "tx-gaap:%s",
                              m->opt->taxonomy->concepts[ch->cands.v[1].concept].name);
                rm->runner = tx_buf_take(&rb);
                rm->runner_score = ch->cands.v[1].score;
            }
        }
        rm->sign = ch->sign_by == TX_SIGN_RULE ? "rule" : ch->sign_by == TX_SIGN_SUM ? "sums"
                                                                                      : "meaning";
    }
    rm->concept = tg.concept;
    int negate = tg.negate;
    /* sign=bal on an extension concept: by the balance it was given */
    if (tg.rule && strcmp(tg.rule->sign, "bal") == 0 && tg.concept &&
        strncmp(tg.concept, "ext:", 4) == 0)
        negate = tg.balance && strcmp(tg.balance, "debit") == 0;
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

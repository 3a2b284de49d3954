/* prose.c - the numbers in the narrative against the tables.
 *
 * The narrative is every line outside the tables, cut into paragraphs
 * (blank lines) and sentences (narrative.c).  Paragraph by paragraph, the
 * amounts and percentages are found (mentions.c); the first all-capitals
 * paragraph with an amount is the headline.  A paragraph speaks of one
 * entity; a claim that names no period is of the period the paragraph last
 * named, at first the entity's current quarter (naming.c).  Sentence by
 * sentence, the claims are grouped (groups.c), each group is given its
 * metric, basis and period (naming.c), and each amount, then each
 * percentage of change, is checked against the tables (verify.c).
 */
#include <stdlib.h>
#include <string.h>

#include "disclose/prose.h"
#include "base/util.h"

void tx_prose_result_free(tx_prose_result *res)
{
    for (size_t i = 0; i < res->nparas; i++)
        tx_para_free(&res->paras[i]);
    free(res->paras);
    free(res->measures);
    free(res->earn);
    free((void *)res->entities);
    memset(res, 0, sizeof *res);
}

/* the claims of text[s0, s1) of paragraph number `para` */
static void check_sentence(tx_claim_run *c, const tx_para *p, size_t para, size_t s0, size_t s1,
                           const tx_mention *mn, size_t nmn, int entity, tx_period *anchor)
{
    tx_claim_sentence s;
    if (tx_claim_groups(c, p, s0, s1, mn, nmn, &s) == 0)
        return;
    tx_claim_name(c, p, &s, entity, anchor);
    /* the amounts; the cell of a group's first amount found in the tables
       (not per share) is what the percentages after it compare */
    for (size_t k = 0; k < s.ng; k++) {
        tx_claim_group *gr = &s.g[k];
        for (size_t j = 0; j < gr->nm; j++) {
            const tx_mention *m = &mn[gr->m[j]];
            int ps = m->kind == TX_MENTION_PER_SHARE;
            tx_claim_cell r = tx_claim_check_amount(c, p, m, ps, gr, entity, para);
            if (!ps && !(gr->have_metric && gr->metric.metric == c->lex->per_share) && !gr->money.found)
                gr->money = r;
        }
        /* "earnings per share were $2.11, up 22 percent from $1.73": a
           group of per-share amounts alone is compared per share */
        for (size_t j = 0; j < gr->nm && !gr->money.found; j++) {
            const tx_mention *m = &mn[gr->m[j]];
            if (m->kind != TX_MENTION_PER_SHARE &&
                !(gr->have_metric && gr->metric.metric == c->lex->per_share))
                continue;
            tx_claim_group one = *gr;
            if (m->kind == TX_MENTION_PER_SHARE)
                one.metric.metric = c->lex->per_share;
            gr->money = tx_claim_lookup(c, &one, entity, &gr->period);
            gr->money_per_share = gr->money.found;
        }
    }
    /* percentages: the change between the two groups before them; else
       from the amount before them to the amount right after "from", or to
       the period named right after them ("up 8 percent from the fourth
       quarter of 1998", "up 12 percent sequentially") */
    for (size_t q = 0; q < s.npct; q++) {
        size_t before = s.pct_after[q];
        const tx_claim_group *a = before >= 2 ? &s.g[before - 2] : NULL;
        const tx_claim_group *b = before >= 2 ? &s.g[before - 1] : NULL;
        size_t k = s.pidx[q];
        const tx_mention *pm = &mn[s.idx[k]];
        tx_claim_group base;
        tx_period from;
        size_t to = before < s.ng ? s.g[before].start : s1;
        for (size_t j = q + 1; j < s.npct; j++)
            if (mn[s.idx[s.pidx[j]]].start < to)
                to = mn[s.idx[s.pidx[j]]].start;
        if (before >= 1 && s.g[before - 1].money.found &&
            tx_claim_base_period(c, p, pm->end, to, entity, &s.g[before - 1].period, &from)) {
            /* the period it is measured from is named: that one */
            a = &s.g[before - 1];
            base = *a;
            base.period = from;
            base.money = tx_claim_lookup(c, a, entity, &from);
            b = base.money.found ? &base : NULL;
        } else if (!(a && b && a->money.found && b->money.found) && before >= 1 &&
                   s.g[before - 1].money.found) {
            a = &s.g[before - 1];
            b = NULL;
            size_t w = skip_sp(p->low, pm->end, to);
            if (before < s.ng && to == s.g[before].start &&
                (word_at(p->low, w, to, "from") || word_at(p->low, w, to, "over")) &&
                skip_sp(p->low, w + 4, to) == to && s.g[before].money.found)
                b = &s.g[before];   /* "up 21 percent from $6.1 billion" */
        }
        tx_claim_check_percent(c, p, pm, s.dir[k] == 2 ? 0 : s.dir[k], a, b);
    }
}

int tx_prose_check(const tx_exhibit *ex, const tx_mapping *map, const tx_prose_lexicon *lex,
                   int notes, tx_dlist *l,
                   tx_disclose_summary *sum, tx_prose_result *res)
{
    memset(res, 0, sizeof *res);
    if (tx_prose_paras(ex, res) != 0)
        return -1;
    tx_claim_entity *ec = NULL;
    if (tx_claim_entities(ex, map, res, &ec) != 0)
        return -1;
    tx_claim_run c = {ex, lex, map, ec, res->nentities, notes, l, sum, res, 0};
    res->headline = res->nparas;
    int rc = 0;
    for (size_t i = 0; i < res->nparas && rc == 0; i++) {
        const tx_para *p = &res->paras[i];
        tx_mention *mn = NULL;
        size_t nmn = 0;
        if (tx_prose_mentions(p->text, &mn, &nmn) != 0) {
            rc = -1;
            break;
        }
        int money = 0;
        for (size_t k = 0; k < nmn; k++)
            money |= mn[k].kind != TX_MENTION_PERCENT;
        if (money && res->headline == res->nparas && tx_all_caps(p->text))
            res->headline = i;
        if (!money) {
            free(mn);
            continue;
        }
        size_t (*sent)[2] = malloc((p->len + 1) * sizeof *sent);
        if (!sent) {
            free(mn);
            rc = -1;
            break;
        }
        size_t ns = tx_prose_sentences(p->text, p->len, sent, p->len + 1);
        int entity = tx_claim_para_entity(&c, p);
        tx_period anchor = entity >= 0 ? ec[entity].cur : (tx_period){0};
        for (size_t s = 0; s < ns; s++)
            check_sentence(&c, p, i, sent[s][0], sent[s][1], mn, nmn, entity, &anchor);
        free(sent);
        free(mn);
        if (l->failed)
            rc = -1;
    }
    free(ec);
    return rc;
}

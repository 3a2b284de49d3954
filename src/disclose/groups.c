/* groups.c - the claims of a sentence and how they group.
 *
 * A claim is an amount ("$172.1 million", "$0.02 per share") or a
 * percentage of change ("an increase of 13 percent": a percentage without a
 * word of change, like the "4.75%" of a note's name, is no claim).  Amounts
 * joined by "or" are one group ("$7.2 million or $0.02 per share"); the text
 * between two groups is cut at its first comma (or "compared"): what is left
 * of the cut describes the group before, the rest the group after.
 */
#include <string.h>

#include "disclose/prose.h"

/* the first comma of [from, to) that is no part of a date ("September 30,
 * 2003"), or `to` */
static size_t first_comma(const char *low, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++) {
        if (low[i] != ',')
            continue;
        if (i > from && is_digit(low[i - 1]) && i + 6 <= to && low[i + 1] == ' ' &&
            is_digit(low[i + 2]) && is_digit(low[i + 3]) && is_digit(low[i + 4]) &&
            is_digit(low[i + 5]))
            continue;
        return i;
    }
    return to;
}

size_t tx_claim_groups(tx_claim_run *c, const tx_para *p, size_t s0, size_t s1,
                      const tx_mention *mn, size_t nmn, tx_claim_sentence *s)
{
    const char *low = p->low;
    s->s0 = s0;
    s->s1 = s1;
    s->n = s->ng = s->npct = 0;
    /* the mentions of the sentence: amounts, and percentages of change */
    size_t *idx = s->idx;
    int *dir = s->dir;
    size_t n = 0;
    for (size_t i = 0; i < nmn; i++) {
        if (mn[i].start < s0 || mn[i].end > s1)
            continue;
        if (n == TX_CLAIM_MAX) {
            /* a sentence no release writes: say what is left unchecked */
            size_t more = 0;
            for (size_t j = i; j < nmn; j++)
                more += mn[j].start >= s0 && mn[j].end <= s1;
            tx_dlist_add(c->l, tx_para_line(p, mn[i].start), TX_NOTE, "disclosure.claims-skipped",
                         "the sentence holds %zu more amounts and percentages after the first %d; "
                         "they are not checked", more, TX_CLAIM_MAX);
            break;
        }
        dir[n] = 0;
        if (mn[i].kind == TX_MENTION_PERCENT) {
            dir[n] = tx_claim_direction(c->lex, low, s0, mn[i].start);
            size_t back = mn[i].start >= s0 + 12 ? mn[i].start - 12 : s0;
            if (!dir[n] && find_word(low, back, mn[i].start, "change of") == mn[i].start)
                continue;   /* "4.75% Convertible Subordinated Notes": no claim */
            if (!dir[n])
                dir[n] = 2;
        }
        idx[n++] = i;
    }
    if (!n)
        return 0;
    /* groups: amounts joined by "or" */
    tx_claim_group *g = s->g;
    size_t ng = 0;
    size_t *pct_after = s->pct_after, *pidx = s->pidx, npct = 0;
    for (size_t k = 0; k < n; k++) {
        const tx_mention *m = &mn[idx[k]];
        if (m->kind == TX_MENTION_PERCENT) {
            pidx[npct] = k;
            pct_after[npct++] = ng;
            continue;
        }
        if (ng > 0 && g[ng - 1].nm < 4 && (k == 0 || mn[idx[k - 1]].kind != TX_MENTION_PERCENT)) {
            size_t gap0 = g[ng - 1].end, gap1 = m->start;
            size_t a = skip_sp(low, gap0, gap1);
            if (a < gap1 && low[a] == ',')   /* "$88,936,000, or $0.60 per share" */
                a = skip_sp(low, a + 1, gap1);
            if (a + 2 <= gap1 && word_at(low, a, gap1, "or") && skip_sp(low, a + 2, gap1) == gap1) {
                g[ng - 1].m[g[ng - 1].nm++] = idx[k];
                g[ng - 1].end = m->end;
                continue;
            }
        }
        memset(&g[ng], 0, sizeof g[ng]);
        g[ng].m[0] = idx[k];
        g[ng].nm = 1;
        g[ng].start = m->start;
        g[ng].end = m->end;
        ng++;
    }
    /* windows: the text between two items is cut at its first comma */
    size_t prev_end = s0;
    for (size_t k = 0; k < ng; k++) {
        /* boundary before group k: the end of the previous group or percentage */
        size_t b0 = k ? g[k - 1].end : s0;
        for (size_t q = 0; q < npct; q++)
            if (pct_after[q] == k && mn[idx[pidx[q]]].end > b0)
                b0 = mn[idx[pidx[q]]].end;
        size_t cut = b0;
        if (k > 0) {
            size_t comma = first_comma(low, b0, g[k].start);
            if (comma < g[k].start)
                cut = comma;
            else {
                size_t cmp = find_word(low, b0, g[k].start, "compared");
                cut = cmp < g[k].start ? cmp : b0;
            }
            g[k - 1].post0 = g[k - 1].end;
            g[k - 1].post1 = cut > g[k - 1].end ? cut : g[k - 1].end;
        }
        g[k].pre0 = cut;
        g[k].pre1 = g[k].start;
        prev_end = g[k].end;
    }
    if (ng) {
        size_t e = s1;
        for (size_t q = 0; q < npct; q++)
            if (pct_after[q] == ng && mn[idx[pidx[q]]].start < e)
                e = mn[idx[pidx[q]]].start;
        size_t comma = first_comma(low, prev_end, e);
        g[ng - 1].post0 = g[ng - 1].end;
        g[ng - 1].post1 = comma;
    }
    s->n = n;
    s->ng = ng;
    s->npct = npct;
    return n;
}

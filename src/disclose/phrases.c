/* phrases.c - the phrases that name what a claim is about, in lower-case
 * prose: metric phrases of the lexicon with their basis ("non-GAAP net
 * income", "net loss", "net income, excluding ..."), period phrases ("nine
 * months ended September 30, 2003", "third quarter of 2002", "Q3'03", "same
 * period last year", "the quarter") and words of change ("increased",
 * "declined"). */
#include <stdio.h>
#include <string.h>

#include "disclose/prose.h"
#include "base/util.h"

/* ------------------------------------------------------------ periods */

static const char *const ordinals[] = {"first", "second", "third", "fourth"};

/* "september 30, 2003" at s[i]: returns the end and fills *d, or i */
static size_t date_at(const char *s, size_t i, size_t to, tx_date *d)
{
    size_t used = 0;
    int m = tx_month_lookup(s + i, &used);
    if (!m || i + used > to)
        return i;
    size_t k = skip_sp(s, i + used, to);
    int day = 0, nd = 0;
    while (k < to && is_digit(s[k]) && nd < 2) {
        day = day * 10 + (s[k++] - '0');
        nd++;
    }
    if (!nd)
        return i;
    if (k < to && s[k] == ',')
        k++;
    k = skip_sp(s, k, to);
    int y = 0, ny = 0;
    while (k < to && is_digit(s[k]) && ny < 4) {
        y = y * 10 + (s[k++] - '0');
        ny++;
    }
    if (ny != 4 || (k < to && is_digit(s[k])))
        return i;
    tx_date r = {y, m, day};
    if (!tx_date_valid(r))
        return i;
    *d = r;
    return k;
}

/* a 4-digit year at s[i] (whole word), or 0 */
static int year_at(const char *s, size_t i, size_t to, size_t *end)
{
    if (i + 4 > to)
        return 0;
    for (size_t k = 0; k < 4; k++)
        if (!is_digit(s[i + k]))
            return 0;
    if (i + 4 < to && is_digit(s[i + 4]))
        return 0;
    *end = i + 4;
    return (s[i] - '0') * 1000 + (s[i + 1] - '0') * 100 + (s[i + 2] - '0') * 10 + (s[i + 3] - '0');
}

/* One phrase starting at s[i], or 0. */
static int phrase_at(const char *s, size_t i, size_t to, tx_phrase *ph)
{
    memset(ph, 0, sizeof *ph);
    if (i > 0 && (is_alpha(s[i - 1]) || is_digit(s[i - 1])))
        return 0;
    ph->start = i;
    /* N months ended DATE, quarter/year ended DATE */
    static const struct { const char *lead; const char *as; } spans[] = {
        {"three months", "three months"}, {"six months", "six months"},
        {"nine months", "nine months"}, {"twelve months", "twelve months"},
        {"3 months", "three months"}, {"6 months", "six months"},
        {"9 months", "nine months"}, {"12 months", "twelve months"},
        {"fiscal quarter", "three months"}, {"quarter", "three months"},
        {"fiscal year", "twelve months"}, {"year", "twelve months"},
    };
    for (size_t j = 0; j < sizeof spans / sizeof spans[0]; j++) {
        if (!word_at(s, i, to, spans[j].lead))
            continue;
        size_t k = skip_sp(s, i + strlen(spans[j].lead), to);
        size_t w = 0;
        if (word_at(s, k, to, "ended"))
            w = 5;
        else if (word_at(s, k, to, "ending"))
            w = 6;
        if (!w)
            break;
        tx_date d = {0, 0, 0};
        size_t e = date_at(s, skip_sp(s, k + w, to), to, &d);
        if (e == skip_sp(s, k + w, to))
            break;
        /* tx_period_parse reads column headers: "Nine months ended Month D, YYYY" */
        char words[80];
        static const char *const mn[12] = {"January", "February", "March", "April", "May",
                                           "June", "July", "August", "September", "October",
                                           "November", "December"};
        snprintf(words, sizeof words, "%s ended %s %d, %d", spans[j].as, mn[d.m - 1], d.d, d.y);
        char why[128];
        if (tx_period_parse(words, NULL, &ph->period, why, sizeof why) != 0)
            break;
        ph->kind = TX_PHRASE_SPAN;
        ph->end = e;
        return 1;
    }
    /* first/second/third/fourth [fiscal] quarter [of [fiscal] YYYY | YYYY] */
    for (int q = 0; q < 4; q++) {
        if (!word_at(s, i, to, ordinals[q]))
            continue;
        size_t k = skip_sp(s, i + strlen(ordinals[q]), to);
        if (word_at(s, k, to, "fiscal"))
            k = skip_sp(s, k + 6, to);
        if (!word_at(s, k, to, "quarter"))
            return 0;
        k += 7;
        ph->kind = TX_PHRASE_ORDINAL;
        ph->ordinal = q + 1;
        ph->end = k;
        size_t y = skip_sp(s, k, to), e;
        if (word_at(s, y, to, "of") || word_at(s, y, to, "in"))
            y = skip_sp(s, y + 2, to);
        if (word_at(s, y, to, "fiscal"))
            y = skip_sp(s, y + 6, to);
        int yr = year_at(s, y, to, &e);
        if (yr) {
            ph->year = yr;
            ph->end = e;
        }
        return 1;
    }
    /* q3'03, q3 2003, q3 fy03 */
    if (s[i] == 'q' && i + 1 < to && s[i + 1] >= '1' && s[i + 1] <= '4') {
        size_t k = i + 2, e;
        int yr = 0;
        if (k < to && (s[k] == '\'' || s[k] == ' ')) {
            size_t y = k + 1;
            if ((yr = year_at(s, y, to, &e)) == 0 && y + 2 <= to && is_digit(s[y]) &&
                is_digit(s[y + 1]) && (y + 2 == to || !is_digit(s[y + 2]))) {
                yr = 2000 + (s[y] - '0') * 10 + (s[y + 1] - '0');
                if (yr > 2050)
                    yr -= 100;
                e = y + 2;
            }
        }
        if (k < to && (is_alpha(s[k]) || is_digit(s[k])))
            return 0;
        ph->kind = TX_PHRASE_ORDINAL;
        ph->ordinal = s[i + 1] - '0';
        ph->year = yr;
        ph->end = yr ? e : k;
        return 1;
    }
    /* same period/quarter last year | of YYYY */
    static const char *const prior[] = {"same period last year", "same quarter last year",
                                        "same period a year ago", "same quarter a year ago",
                                        "same period of last year", "same quarter of last year",
                                        "same period in the prior year", "prior year period",
                                        "year-ago quarter", "year-ago period",
                                        "year ago quarter", "year ago period",
                                        "prior-year period", "prior-year quarter",
                                        "same period the prior year"};
    for (size_t j = 0; j < sizeof prior / sizeof prior[0]; j++)
        if (word_at(s, i, to, prior[j])) {
            ph->kind = TX_PHRASE_PRIOR_YEAR;
            ph->end = i + strlen(prior[j]);
            return 1;
        }
    static const char *const same[] = {"same quarter of", "same period of", "same quarter in",
                                       "same period in"};
    for (size_t j = 0; j < sizeof same / sizeof same[0]; j++)
        if (word_at(s, i, to, same[j])) {
            size_t e;
            int yr = year_at(s, skip_sp(s, i + strlen(same[j]), to), to, &e);
            if (!yr)
                return 0;
            ph->kind = TX_PHRASE_SAME_OF_YEAR;
            ph->year = yr;
            ph->end = e;
            return 1;
        }
    /* the quarter (not "the quarter ended ...": a span, found one word on) */
    static const char *const cur[] = {"the quarter", "this quarter", "the current quarter"};
    for (size_t j = 0; j < sizeof cur / sizeof cur[0]; j++)
        if (word_at(s, i, to, cur[j])) {
            size_t k = skip_sp(s, i + strlen(cur[j]), to);
            if (word_at(s, k, to, "ended") || word_at(s, k, to, "ending"))
                return 0;
            ph->kind = TX_PHRASE_CURRENT;
            ph->end = i + strlen(cur[j]);
            return 1;
        }
    return 0;
}

int tx_prose_period(const char *text, size_t from, size_t to, int last, tx_phrase *out)
{
    int found = 0;
    tx_phrase ph;
    for (size_t i = from; i < to; i++) {
        if (!phrase_at(text, i, to, &ph))
            continue;
        *out = ph;
        found = 1;
        if (!last)
            return 1;
        i = ph.end > i ? ph.end - 1 : i;
    }
    return found;
}

/* ------------------------------------------------------------ metrics */

/* 1 when s[from, at), spaces aside, ends with the whole word w */
static int ends_with_word(const char *s, size_t from, size_t at, const char *w)
{
    size_t n = strlen(w);
    size_t k = at;
    while (k > from && s[k - 1] == ' ')
        k--;
    if (k < from + n || strncmp(s + k - n, w, n) != 0)
        return 0;
    return k - n == from || !(is_alpha(s[k - n - 1]) || is_digit(s[k - n - 1]));
}

size_t tx_prose_metrics(const tx_prose_lexicon *lex, const char *text, size_t from,
                        size_t to, tx_metric_hit *out, size_t max)
{
    size_t n = 0;
    for (size_t i = from; i < to && n < max; i++) {
        size_t best = 0, bi = 0;
        for (size_t j = 0; j < lex->nphrases; j++) {
            size_t l = strlen(lex->phrases[j].phrase);
            if (l > best && word_at(text, i, to, lex->phrases[j].phrase)) {
                best = l;
                bi = j;
            }
        }
        if (!best)
            continue;
        tx_metric_hit h = {&lex->metrics[lex->phrases[bi].metric], i, i + best, 0,
                           lex->phrases[bi].negative};
        if (ends_with_word(text, from, i, "non-gaap") || ends_with_word(text, from, i, "non gaap") ||
            ends_with_word(text, from, i, "pro forma") || ends_with_word(text, from, i, "proforma") ||
            ends_with_word(text, from, i, "adjusted") || h.metric->nongaap)
            h.basis = 2;
        else if (ends_with_word(text, from, i, "gaap"))
            h.basis = 1;
        /* "net income, excluding ...", "net income before ..." */
        size_t k = h.end;
        if (k < to && text[k] == ',')
            k++;
        k = skip_sp(text, k, to);
        if (word_at(text, k, to, "excluding") || word_at(text, k, to, "which excludes") ||
            word_at(text, k, to, "which exclude") || word_at(text, k, to, "before"))
            h.basis = 2;
        out[n++] = h;
        i = h.end - 1;
    }
    return n;
}

/* ------------------------------------------------------------ change */

int tx_claim_direction(const char *low, size_t from, size_t at)
{
    static const char *const up[] = {"increase of", "increased", "increase", "up", "grew",
                                     "growth of", "rose", "higher", "improvement of", "gain of"};
    static const char *const down[] = {"decrease of", "decreased", "decrease", "down", "declined",
                                       "decline of", "fell", "lower", "drop of", "dropped",
                                       "reduction of"};
    size_t lo = at > from + 24 ? at - 24 : from;
    for (size_t i = lo; i < at; i++) {
        for (size_t j = 0; j < sizeof up / sizeof up[0]; j++)
            if (word_at(low, i, at, up[j]))
                return 1;
        for (size_t j = 0; j < sizeof down / sizeof down[0]; j++)
            if (word_at(low, i, at, down[j]))
                return -1;
    }
    return 0;
}

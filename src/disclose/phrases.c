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
static int phrase_at(const tx_prose_lexicon *lex, const char *s, size_t i, size_t to,
                     tx_phrase *ph)
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
    /* the words of the lexicon: "same period last year", "for 1999", ... */
    static const int periods[] = {TX_WORD_CURRENT, TX_WORD_PRIOR_QUARTER, TX_WORD_PRIOR_YEAR,
                                  TX_WORD_SAME_OF, TX_WORD_YEAR_OF, TX_WORD_FULL_YEAR,
                                  TX_WORD_YEAR_TO_DATE};
    size_t e = i;
    int role = tx_lex_word_at(lex, s, i, to, periods, sizeof periods / sizeof periods[0], &e);
    /* "same quarter of" and "for" take a year after them */
    size_t ye;
    int yr = role ? year_at(s, skip_sp(s, e, to), to, &ye) : 0;
    if ((role == TX_WORD_SAME_OF || role == TX_WORD_YEAR_OF) && !yr) {
        /* "for the year", shorter than "for 1999" never: look again without them */
        static const int plain[] = {TX_WORD_CURRENT, TX_WORD_PRIOR_QUARTER, TX_WORD_PRIOR_YEAR,
                                    TX_WORD_FULL_YEAR, TX_WORD_YEAR_TO_DATE};
        role = tx_lex_word_at(lex, s, i, to, plain, sizeof plain / sizeof plain[0], &e);
    }
    switch (role) {
    case TX_WORD_SAME_OF:
    case TX_WORD_YEAR_OF:
        ph->kind = role == TX_WORD_SAME_OF ? TX_PHRASE_SAME_OF_YEAR : TX_PHRASE_YEAR;
        ph->year = yr;
        ph->end = ye;
        return 1;
    case TX_WORD_CURRENT: {
        /* not "the quarter ended ...": a span, found one word on */
        size_t k = skip_sp(s, e, to);
        if (word_at(s, k, to, "ended") || word_at(s, k, to, "ending"))
            return 0;
        ph->kind = TX_PHRASE_CURRENT;
        ph->end = e;
        return 1;
    }
    case TX_WORD_PRIOR_QUARTER:
    case TX_WORD_PRIOR_YEAR:
    case TX_WORD_FULL_YEAR:
    case TX_WORD_YEAR_TO_DATE: {
        size_t k = skip_sp(s, e, to);
        if (word_at(s, k, to, "ended") || word_at(s, k, to, "ending"))
            return 0;
        ph->kind = role == TX_WORD_PRIOR_QUARTER ? TX_PHRASE_PRIOR_QUARTER
                   : role == TX_WORD_PRIOR_YEAR  ? TX_PHRASE_PRIOR_YEAR
                   : role == TX_WORD_FULL_YEAR   ? TX_PHRASE_FULL_YEAR
                                                 : TX_PHRASE_YEAR_TO_DATE;
        ph->end = e;
        return 1;
    }
    default:
        break;
    }
    /* a year standing alone before a word ("1999 earnings", "1998 net
       income"), not the year of a date ("april 16, 2004") */
    if ((yr = year_at(s, i, to, &ye)) >= 1900 && yr < 2100) {
        size_t k = i;
        while (k > 0 && s[k - 1] == ' ')
            k--;
        int in_date = k > 0 && (s[k - 1] == ',' || is_digit(s[k - 1]));
        if (!in_date && ye + 1 < to && s[ye] == ' ' && is_alpha(s[ye + 1])) {
            ph->kind = TX_PHRASE_YEAR;
            ph->year = yr;
            ph->end = ye;
            return 1;
        }
    }
    return 0;
}

int tx_prose_period(const tx_prose_lexicon *lex, const char *text, size_t from, size_t to,
                    int last, tx_phrase *out)
{
    int found = 0;
    tx_phrase ph;
    for (size_t i = from; i < to; i++) {
        if (!phrase_at(lex, text, i, to, &ph))
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

/* The word of role r1 or r2 that s[from, at) ends with, spaces aside, or
 * 0; the longest wins ("non-gaap" over "gaap"). */
static int word_before(const tx_prose_lexicon *lex, const char *s, size_t from, size_t at,
                       int r1, int r2)
{
    size_t k = at;
    while (k > from && s[k - 1] == ' ')
        k--;
    size_t best = 0;
    int role = 0;
    for (size_t j = 0; j < lex->nwords; j++) {
        const struct tx_lex_word *w = &lex->words[j];
        size_t n = strlen(w->phrase);
        if (n <= best || k < from + n || (w->role != r1 && w->role != r2))
            continue;
        if (word_at(s, k - n, k, w->phrase) &&
            (k - n == from || !(is_alpha(s[k - n - 1]) || is_digit(s[k - n - 1])))) {
            best = n;
            role = w->role;
        }
    }
    return role;
}

/* 1 if s[from, at) ends with "% of" or "percent of", spaces aside */
static int ratio_of(const char *s, size_t from, size_t at)
{
    size_t k = at;
    while (k > from && s[k - 1] == ' ')
        k--;
    if (k < from + 3 || !word_at(s, k - 2, k, "of"))
        return 0;
    k -= 2;
    while (k > from && s[k - 1] == ' ')
        k--;
    if (k > from && s[k - 1] == '%')
        return 1;
    return k >= from + 7 && word_at(s, k - 7, k, "percent");
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
                           lex->phrases[bi].negative, 0};
        /* "marketing and sales expenses", "cost of sales": another measure */
        static const int other[] = {TX_WORD_NOT_METRIC_AFTER};
        if (tx_lex_word_at(lex, text, skip_sp(text, h.end, to), to, other, 1, NULL) ||
            word_before(lex, text, from, i, TX_WORD_NOT_METRIC_BEFORE, 0)) {
            i = h.end - 1;
            continue;
        }
        /* "or 13.0% of net revenues", "21 percent of sales": the measure
           a ratio is of, not the measure of the amounts about it */
        if (ratio_of(text, from, i)) {
            i = h.end - 1;
            continue;
        }
        /* "product revenues", "international sales": a part of the measure */
        static const int part_after[] = {TX_WORD_PART_AFTER};
        h.part = word_before(lex, text, from, i, TX_WORD_PART_BEFORE, 0) != 0 ||
                 tx_lex_word_at(lex, text, skip_sp(text, h.end, to), to, part_after, 1, NULL) != 0;
        int before = word_before(lex, text, from, i, TX_WORD_NONGAAP_BEFORE, TX_WORD_GAAP_BEFORE);
        if (before == TX_WORD_NONGAAP_BEFORE || h.metric->nongaap)
            h.basis = 2;
        else if (before == TX_WORD_GAAP_BEFORE)
            h.basis = 1;
        /* "net income, excluding ...", "net income before ...": the words
           after the metric, even past `to` (which may end before them) */
        size_t all = to + strlen(text + to), k = h.end;
        if (k < all && text[k] == ',')
            k++;
        k = skip_sp(text, k, all);
        static const int after[] = {TX_WORD_NONGAAP_AFTER};
        if (tx_lex_word_at(lex, text, k, all, after, 1, NULL))
            h.basis = 2;
        out[n++] = h;
        i = h.end - 1;
    }
    return n;
}

/* ------------------------------------------------------------ change */

int tx_claim_direction(const tx_prose_lexicon *lex, const char *low, size_t from, size_t at)
{
    static const int roles[] = {TX_WORD_UP, TX_WORD_DOWN};
    size_t lo = at > from + 24 ? at - 24 : from;
    for (size_t i = lo; i < at; i++) {
        int r = tx_lex_word_at(lex, low, i, at, roles, 2, NULL);
        if (r)
            return r == TX_WORD_UP ? 1 : -1;
    }
    return 0;
}

/* disclose_prose.c - the numbers in the narrative against the tables.
 *
 * The narrative is every line outside the tables, cut into paragraphs
 * (blank lines) and sentences.  A claim is an amount ("$172.1 million",
 * "$172.1M", "$0.02 per share") or a percentage of change ("an increase of
 * 13 percent": a percentage without a word of change, like the "4.75%" of a
 * note's name, is no claim).  Each amount of a sentence belongs to a group
 * ("$7.2 million or $0.02 per share"); the text between two groups is cut at
 * its first comma (or "compared"): what is left of the cut describes the
 * group before, the rest the group after.  A group's metric is the last
 * metric phrase before it (outside a "which excludes ..." list), else the
 * previous group's; its period the last period phrase before it, else the
 * first after it, else the paragraph's current period (unless it is a
 * comparison, "compared with $152.0 million", which must say its period);
 * its entity is the paragraph's (the first entity named in it, else the
 * exhibit's first).  "respectively" pairs the metrics and the amounts in
 * order.  The figure is then looked up in the statements of that entity,
 * basis (a non-GAAP metric in the non-GAAP statement) and period, and the
 * claim is verified when the table value rounded at the claim's last digit
 * is the claim ($172.1 million: 172,128 thousand rounded to 0.1 million).
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "disclose/disclose.h"
#include "base/tsv.h"
#include "base/util.h"

/* ------------------------------------------------------------ findings */

void tx_dlist_add(tx_dlist *l, long line, tx_severity sev, const char *code,
                  const char *fmt, ...)
{
    if (l->failed)
        return;
    if (tx_grow((void **)&l->items, &l->cap, l->n + 1, sizeof *l->items) != 0) {
        l->failed = 1;
        return;
    }
    tx_buf b = {0};
    va_list ap;
    va_start(ap, fmt);
    tx_buf_vprintf(&b, fmt, ap);
    va_end(ap);
    char *msg = tx_buf_take(&b);
    if (!msg) {
        l->failed = 1;
        return;
    }
    tx_dfinding f = {line, sev, code, msg};
    l->items[l->n++] = f;
}

/* ------------------------------------------------------------ characters */

static int is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static int is_digit(char c) { return c >= '0' && c <= '9'; }
static char lower(char c) { return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c; }

/* 1 if `word` (lower case) is at s[i] as whole words, within [.., to) */
static int word_at(const char *s, size_t i, size_t to, const char *word)
{
    size_t n = strlen(word);
    if (i + n > to || strncmp(s + i, word, n) != 0)
        return 0;
    if (i > 0 && (is_alpha(s[i - 1]) || is_digit(s[i - 1])))
        return 0;
    if (i + n < to && (is_alpha(s[i + n]) || is_digit(s[i + n])))
        return 0;
    return 1;
}

/* position of the first whole-word `word` in s[from, to), or `to` */
static size_t find_word(const char *s, size_t from, size_t to, const char *word)
{
    for (size_t i = from; i < to; i++)
        if (word_at(s, i, to, word))
            return i;
    return to;
}

/* skips spaces */
static size_t skip_sp(const char *s, size_t i, size_t to)
{
    while (i < to && s[i] == ' ')
        i++;
    return i;
}

/* ------------------------------------------------------------ amounts */

/* A numeral at s[i]: digits with commas, an optional fraction.  Returns
 * its end, or i when there is none. */
static size_t numeral_end(const char *s, size_t i)
{
    size_t k = i;
    while (is_digit(s[k]) || (s[k] == ',' && is_digit(s[k + 1]) && k > i))
        k++;
    if (k == i)
        return i;
    if (s[k] == '.' && is_digit(s[k + 1])) {
        k++;
        while (is_digit(s[k]))
            k++;
    }
    return k;
}

static int ci_word(const char *s, size_t i, const char *word)
{
    size_t n = strlen(word);
    for (size_t k = 0; k < n; k++)
        if (!s[i + k] || lower(s[i + k]) != word[k])
            return 0;
    return !is_alpha(s[i + n]) && !is_digit(s[i + n]);
}

int tx_prose_mentions(const char *text, tx_mention **out, size_t *n)
{
    *out = NULL;
    *n = 0;
    size_t cap = 0;
    size_t len = strlen(text);
    for (size_t i = 0; i < len; i++) {
        tx_mention m;
        memset(&m, 0, sizeof m);
        size_t k;
        if (text[i] == '$') {
            size_t num = skip_sp(text, i + 1, len);
            k = numeral_end(text, num);
            if (k == num)
                continue;
            if (tx_decimal_parse_printed(text + num, k - num, &m.value) != 0)
                continue;
            m.kind = TX_MENTION_MONEY;
            int scale = 0;
            size_t w = skip_sp(text, k, len);
            static const struct { const char *word; int scale; } words[] = {
                {"million", 6}, {"billion", 9}, {"thousand", 3}, {"mil", 6}, {"mm", 6}};
            for (size_t j = 0; j < sizeof words / sizeof words[0]; j++)
                if (ci_word(text, w, words[j].word)) {
                    scale = words[j].scale;
                    k = w + strlen(words[j].word);
                    break;
                }
            if (scale == 0 && (text[k] == 'M' || text[k] == 'B' || text[k] == 'K') &&
                !is_alpha(text[k + 1])) {
                scale = text[k] == 'M' ? 6 : text[k] == 'B' ? 9 : 3;
                k++;
            }
            if (scale && tx_decimal_scale(&m.value, scale) != 0)
                continue;
            /* "per share", "per diluted share", "a share" */
            size_t p = skip_sp(text, k, len);
            static const char *const per[] = {"per share", "per diluted share",
                                              "per basic share", "per common share",
                                              "a share", "per basic and diluted share"};
            for (size_t j = 0; j < sizeof per / sizeof per[0]; j++)
                if (ci_word(text, p, per[j])) {
                    m.kind = TX_MENTION_PER_SHARE;
                    k = p + strlen(per[j]);
                    break;
                }
            m.place = m.value.exp;
            m.start = i;
            m.end = k;
        } else if (is_digit(text[i]) && (i == 0 || (!is_alpha(text[i - 1]) &&
                                                   !is_digit(text[i - 1]) &&
                                                   text[i - 1] != '.' && text[i - 1] != ',' &&
                                                   text[i - 1] != '$'))) {
            k = numeral_end(text, i);
            size_t w = skip_sp(text, k, len);
            size_t e;
            if (text[k] == '%')
                e = k + 1;
            else if (ci_word(text, w, "percent"))
                e = w + 7;
            else if (ci_word(text, w, "per cent"))
                e = w + 8;
            else {
                i = k > i ? k - 1 : i;
                continue;
            }
            if (tx_decimal_parse_printed(text + i, k - i, &m.value) != 0)
                continue;
            m.kind = TX_MENTION_PERCENT;
            m.place = m.value.exp;
            m.start = i;
            m.end = e;
        } else {
            continue;
        }
        if (tx_grow((void **)out, &cap, *n + 1, sizeof **out) != 0) {
            free(*out);
            *out = NULL;
            *n = 0;
            return -1;
        }
        (*out)[(*n)++] = m;
        i = m.end - 1;
    }
    return 0;
}

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

struct tx_prose_lexicon {
    tx_metric *metrics;
    size_t nmetrics;
    struct lex_phrase {
        char *phrase;
        size_t metric;
        int negative;
    } *phrases;
    size_t nphrases;
    const tx_metric *per_share;   /* the measure "$0.02 per share" refers to */
};

void tx_prose_lexicon_free(tx_prose_lexicon *lex)
{
    if (!lex)
        return;
    for (size_t i = 0; i < lex->nmetrics; i++) {
        free((char *)lex->metrics[i].name);
        free((char *)lex->metrics[i].concept);
        free((char *)lex->metrics[i].alt);
        free((char *)lex->metrics[i].kinds);
    }
    free(lex->metrics);
    for (size_t i = 0; i < lex->nphrases; i++)
        free(lex->phrases[i].phrase);
    free(lex->phrases);
    free(lex);
}

/* "Revenues" -> "tx-gaap:Revenues"; "-" -> NULL. */
static char *lex_concept(const char *f, int *oom)
{
    if (strcmp(f, "-") == 0 || !*f)
        return NULL;
    tx_buf b = {0};
    tx_buf_printf(&b, "tx-gaap:%s", f);
    char *r = tx_buf_take(&b);
    if (!r)
        *oom = 1;
    return r;
}

static int lex_flag(const char *flags, const char *flag)
{
    size_t n = strlen(flag);
    for (const char *p = flags; (p = strstr(p, flag)) != NULL; p += n)
        if ((p == flags || p[-1] == ',') && (p[n] == ',' || p[n] == '\0'))
            return 1;
    return 0;
}

/* taxonomy/mapping/prose-metrics.tsv: name concept alt kinds flags */
enum { METRIC_NAME, METRIC_CONCEPT, METRIC_ALT, METRIC_KINDS, METRIC_FLAGS };
static const tx_tsv_spec metrics_tsv = {
    .columns = 5, .shape = "a measure needs name, concept, alt, kinds, flags", .missing_bare = 1};

static tx_status lex_metrics(tx_prose_lexicon *lex, const char *path, tx_report *rep)
{
    tx_tsv t;
    if (tx_tsv_open(&t, path, &metrics_tsv, rep) != 0)
        return TX_EIO;
    size_t cap = 0;
    tx_status st = TX_OK;
    int oom = 0, r;
    long per_share = -1;   /* pointers into the array are taken once it is complete */
    while (!oom && (r = tx_tsv_next(&t)) != 0) {
        if (r < 0) {
            st = TX_EIO;
            oom = t.oom;
            break;
        }
        if (tx_grow((void **)&lex->metrics, &cap, lex->nmetrics + 1, sizeof(tx_metric)) != 0) {
            oom = 1;
            break;
        }
        const char *flags = tx_tsv_field(&t, METRIC_FLAGS);
        tx_metric *m = &lex->metrics[lex->nmetrics++];
        memset(m, 0, sizeof *m);
        m->name = tx_strdup(tx_tsv_field(&t, METRIC_NAME));
        m->concept = lex_concept(tx_tsv_field(&t, METRIC_CONCEPT), &oom);
        m->alt = lex_concept(tx_tsv_field(&t, METRIC_ALT), &oom);
        m->kinds = tx_strdup(tx_tsv_field(&t, METRIC_KINDS));
        m->absolute = lex_flag(flags, "absolute");
        m->earnings = lex_flag(flags, "earnings");
        m->nongaap = lex_flag(flags, "nongaap");
        if (lex_flag(flags, "pershare"))
            per_share = (long)lex->nmetrics - 1;
        if (!m->name || !m->kinds)
            oom = 1;
    }
    tx_tsv_close(&t);
    if (st == TX_OK && !oom && per_share >= 0)
        lex->per_share = &lex->metrics[per_share];
    return oom ? TX_ENOMEM : st;
}

/* taxonomy/mapping/prose-phrases.tsv: phrase measure negative */
enum { PHRASE_PHRASE, PHRASE_METRIC, PHRASE_NEGATIVE };
static const tx_tsv_spec phrases_tsv = {
    .columns = 3, .shape = "a phrase needs phrase, a measure of prose-metrics.tsv, negative",
    .missing_bare = 1};

static tx_status lex_phrases(tx_prose_lexicon *lex, const char *path, tx_report *rep)
{
    tx_tsv t;
    if (tx_tsv_open(&t, path, &phrases_tsv, rep) != 0)
        return TX_EIO;
    size_t cap = 0;
    tx_status st = TX_OK;
    int r;
    while (st == TX_OK && (r = tx_tsv_next(&t)) != 0) {
        if (r < 0) {
            st = t.oom ? TX_ENOMEM : TX_EIO;
            break;
        }
        const char *metric = tx_tsv_field(&t, PHRASE_METRIC);
        size_t m = 0;
        while (m < lex->nmetrics && strcmp(lex->metrics[m].name, metric) != 0)
            m++;
        if (m == lex->nmetrics) {
            tx_tsv_bad(&t, "%s", phrases_tsv.shape);
            st = TX_EIO;
            break;
        }
        if (tx_grow((void **)&lex->phrases, &cap, lex->nphrases + 1, sizeof *lex->phrases) != 0) {
            st = TX_ENOMEM;
            break;
        }
        struct lex_phrase *ph = &lex->phrases[lex->nphrases++];
        ph->phrase = tx_strdup(tx_tsv_field(&t, PHRASE_PHRASE));
        ph->metric = m;
        ph->negative = strcmp(tx_tsv_field(&t, PHRASE_NEGATIVE), "1") == 0;
        if (!ph->phrase)
            st = TX_ENOMEM;
    }
    tx_tsv_close(&t);
    return st;
}

tx_status tx_prose_lexicon_load(const char *datadir, tx_report *rep, tx_prose_lexicon **out)
{
    *out = NULL;
    tx_prose_lexicon *lex = calloc(1, sizeof *lex);
    char *metrics = tx_tsv_path(datadir, "taxonomy/mapping/prose-metrics.tsv");
    char *phrases = tx_tsv_path(datadir, "taxonomy/mapping/prose-phrases.tsv");
    tx_status st = !lex || !metrics || !phrases ? TX_ENOMEM : lex_metrics(lex, metrics, rep);
    if (st == TX_OK)
        st = lex_phrases(lex, phrases, rep);
    if (st == TX_OK && !lex->per_share) {
        tx_report_add(rep, TX_ERROR, metrics, 0, "taxonomy.bad-row", "%s",
                      "no measure has the flag pershare");
        st = TX_EIO;
    }
    free(metrics);
    free(phrases);
    if (st != TX_OK) {
        tx_prose_lexicon_free(lex);
        return st;
    }
    *out = lex;
    return TX_OK;
}

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

/* ------------------------------------------------------------ arithmetic */

/* The change from `prior` to `cur` as a percentage of |prior|, rounded
 * half away from zero to one decimal ("12.3%", "-0.5%"), into pct; "?"
 * when prior is zero or the quotient is beyond tx_decimal. */
static void change_percent(tx_decimal cur, tx_decimal prior, char *pct, size_t n)
{
    tx_decimal d, q;
    snprintf(pct, n, "?");
    if (tx_decimal_sign(prior) < 0)
        (void)tx_decimal_negate(&prior);
    /* tenths of a percent: 1000 * (cur - prior) / |prior|, to an integer */
    if (tx_decimal_sub(cur, prior, &d) != 0 || tx_decimal_scale(&d, 3) != 0 ||
        tx_decimal_div_round(d, prior, 0, TX_ROUND_HALF_AWAY, &q) != 0)
        return;
    char *t = tx_decimal_text(q);
    if (!t)
        return;
    const char *digits = t[0] == '-' ? t + 1 : t;
    size_t len = strlen(digits);
    if (len + 4 <= n)
        snprintf(pct, n, "%s%.*s.%c%%", t[0] == '-' ? "-" : "", len > 1 ? (int)(len - 1) : 1,
                 len > 1 ? digits : "0", digits[len - 1]);
    free(t);
}

int tx_claim_rounds_to(tx_decimal table, tx_decimal claim, int place)
{
    tx_decimal neg = claim, diff;
    if (tx_decimal_negate(&neg) != 0 || tx_decimal_add(table, neg, &diff) != 0)
        return -1;
    if (tx_decimal_sign(diff) < 0 && tx_decimal_negate(&diff) != 0)
        return -1;
    tx_decimal half = tx_decimal_make(5, place - 1);
    return tx_decimal_cmp(diff, half) <= 0;
}

int tx_claim_percent_ok(tx_decimal cur, tx_decimal prior, tx_decimal pct, int place,
                        int direction)
{
    tx_decimal d, ad, ap, lhs, rhs, diff, bound;
    if (tx_decimal_is_zero(prior) || tx_decimal_sub(cur, prior, &d) != 0)
        return -1;
    if ((direction > 0 && tx_decimal_sign(d) <= 0) || (direction < 0 && tx_decimal_sign(d) >= 0))
        return 0;
    /* |100 * |d| / |p| - |pct|| <= half a unit at `place`, multiplied out:
     * |200 * |d| - 2 * |pct| * |p|| <= |p| * 10^place */
    ad = d;
    ap = prior;
    if ((tx_decimal_sign(ad) < 0 && tx_decimal_negate(&ad) != 0) ||
        (tx_decimal_sign(ap) < 0 && tx_decimal_negate(&ap) != 0) ||
        (tx_decimal_sign(pct) < 0 && tx_decimal_negate(&pct) != 0))
        return -1;
    bound = ap;
    if (tx_decimal_mul(ad, tx_decimal_make(200, 0), &lhs) != 0 ||
        tx_decimal_mul(pct, tx_decimal_make(2, 0), &rhs) != 0 ||
        tx_decimal_mul(rhs, ap, &rhs) != 0 || tx_decimal_sub(lhs, rhs, &diff) != 0 ||
        tx_decimal_scale(&bound, place) != 0)
        return -1;
    if (tx_decimal_sign(diff) < 0 && tx_decimal_negate(&diff) != 0)
        return -1;
    return tx_decimal_cmp(diff, bound) <= 0;
}

/* ------------------------------------------------------------ sentences */

size_t tx_prose_sentences(const char *text, size_t len, size_t (*out)[2], size_t max)
{
    static const char *const abbrev[] = {"inc", "corp", "co", "ltd", "no", "p.m", "a.m",
                                         "mr", "ms", "mrs", "dr", "u.s", "st", "jr", "vs",
                                         "llc", "l.p", "n.a"};
    size_t n = 0, start = 0;
    for (size_t i = 0; i < len && n < max; i++) {
        int end = 0;
        char c = text[i];
        if (c == ';')
            end = 1;
        else if ((c == '.' || c == '?' || c == '!') && (i + 1 == len || text[i + 1] == ' ')) {
            size_t k = i + 1;
            while (k < len && text[k] == ' ')
                k++;
            char nx = k < len ? text[k] : 0;
            end = nx == 0 || (nx >= 'A' && nx <= 'Z') || is_digit(nx) || nx == '"' || nx == '$';
            if (end && c == '.') {
                size_t w = i;
                while (w > start && (is_alpha(text[w - 1]) || text[w - 1] == '.'))
                    w--;
                for (size_t a = 0; a < sizeof abbrev / sizeof abbrev[0]; a++) {
                    size_t al = strlen(abbrev[a]);
                    if (i - w == al) {
                        size_t q = 0;
                        while (q < al && lower(text[w + q]) == abbrev[a][q])
                            q++;
                        if (q == al)
                            end = 0;
                    }
                }
            }
        }
        if (end) {
            out[n][0] = start;
            out[n][1] = i + 1;
            n++;
            start = i + 1;
            while (start < len && text[start] == ' ')
                start++;
            i = start ? start - 1 : 0;
        }
    }
    if (start < len && n < max) {
        out[n][0] = start;
        out[n][1] = len;
        n++;
    }
    return n;
}

/* ------------------------------------------------------------ paragraphs */

long tx_para_line(const tx_para *p, size_t off)
{
    long line = p->nlines ? p->lines[0] : 0;
    for (size_t i = 0; i < p->nlines && p->starts[i] <= off; i++)
        line = p->lines[i];
    return line;
}

static void para_free(tx_para *p)
{
    free(p->text);
    free(p->low);
    free(p->starts);
    free(p->lines);
}

void tx_prose_result_free(tx_prose_result *res)
{
    for (size_t i = 0; i < res->nparas; i++)
        para_free(&res->paras[i]);
    free(res->paras);
    free(res->measures);
    free(res->earn);
    free((void *)res->entities);
    memset(res, 0, sizeof *res);
}

/* lines outside every table, in paragraphs */
static int read_paras(const tx_exhibit *ex, tx_prose_result *res)
{
    const tx_text *tx = ex->text;
    if (!tx)
        return 0;
    unsigned char *in = calloc(tx->nlines + 1, 1);
    if (!in)
        return -1;
    for (size_t t = 0; t < ex->ntables; t++) {
        const tx_table *tb = &ex->tables[t];
        size_t lo = tb->body_lo;
        if (tb->head_hi > tb->head_lo && tb->head_lo < lo)
            lo = tb->head_lo;
        if (tb->title_hi > tb->title_lo && tb->title_lo < lo)
            lo = tb->title_lo;
        for (size_t i = lo; i < tb->body_hi && i < tx->nlines; i++)
            in[i] = 1;
    }
    size_t cap = 0;
    int rc = 0;
    for (size_t i = 0; i < tx->nlines && rc == 0;) {
        while (i < tx->nlines && (in[i] || tx->lines[i].len == 0))
            i++;
        if (i >= tx->nlines)
            break;
        tx_para p;
        memset(&p, 0, sizeof p);
        tx_buf b = {0};
        size_t lcap = 0, lcap2 = 0;
        for (; i < tx->nlines && !in[i] && tx->lines[i].len > 0; i++) {
            const char *s = tx->lines[i].text;
            while (*s == ' ')
                s++;
            if (b.len)
                tx_buf_putc(&b, ' ');
            if (tx_grow((void **)&p.starts, &lcap, p.nlines + 1, sizeof *p.starts) != 0 ||
                tx_grow((void **)&p.lines, &lcap2, p.nlines + 1, sizeof *p.lines) != 0) {
                rc = -1;
                break;
            }
            p.starts[p.nlines] = b.len;
            p.lines[p.nlines] = tx->lines[i].src_line;
            p.nlines++;
            tx_buf_puts(&b, s);
        }
        p.text = tx_buf_take(&b);
        p.len = p.text ? strlen(p.text) : 0;
        p.low = p.text ? tx_strdup(p.text) : NULL;
        if (rc != 0 || !p.text || !p.low ||
            tx_grow((void **)&res->paras, &cap, res->nparas + 1, sizeof *res->paras) != 0) {
            para_free(&p);
            rc = -1;
            break;
        }
        for (size_t k = 0; k < p.len; k++)
            p.low[k] = lower(p.low[k]);
        res->paras[res->nparas++] = p;
    }
    free(in);
    return rc;
}

/* ------------------------------------------------------------ entities */

typedef struct ectx {
    const char *name;     /* the tables' entity string */
    char key[40];         /* first word of the name, lower case */
    tx_period cur;        /* the latest three-month period of its tables */
    int ordinal;          /* which quarter of the fiscal year it is, 0 unknown:
                             "third quarter" is then taken as this quarter */
} ectx;

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

static int build_entities(const tx_exhibit *ex, const tx_mapping *map, tx_prose_result *res,
                          ectx **out)
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
    ectx *ec = calloc(res->nentities + 1, sizeof *ec);
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
        for (size_t t = 0; t < ex->ntables; t++) {
            const tx_table *tb = &ex->tables[t];
            const char *kind = map && t < map->ntables ? map->tables[t].kind : "";
            if (!tb->entity || strcmp(tb->entity, ec[i].name) != 0 ||
                (strcmp(kind, "income") != 0 && strcmp(kind, "cashflow") != 0))
                continue;
            for (size_t c = 0; c < tb->ncols; c++) {
                const tx_period *p = &tb->cols[c].period;
                if (quarter_len(p) && (ec[i].cur.kind == TX_PERIOD_NONE ||
                                       tx_date_cmp(p->end, ec[i].cur.end) > 0))
                    ec[i].cur = *p;
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
                    period_months(p) > longest && period_months(p) <= 12)
                    longest = period_months(p);
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

/* ------------------------------------------------------------ period arithmetic */

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

/* ------------------------------------------------------------ lookup */

typedef struct cellref {
    int found;
    tx_decimal value;
    long line;
    const char *text;
    const char *concept;
} cellref;

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

static cellref lookup(const tx_exhibit *ex, const tx_mapping *map, const char *entity,
                      const char *concept, int nongaap, const char *kinds, const tx_period *target)
{
    cellref r;
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

typedef struct group {
    size_t m[4];          /* mention indexes */
    size_t nm;
    size_t start, end;    /* from the first mention's start to the last's end */
    size_t pre0, pre1, post0, post1;
    tx_metric_hit metric; /* metric.metric NULL when none */
    int have_metric;
    tx_period period;
    int explicit_period;
    int comparison;       /* "compared with ..." */
    cellref money, share; /* looked up */
} group;

typedef struct pctx {
    const tx_exhibit *ex;
    const tx_prose_lexicon *lex;
    const tx_mapping *map;
    const ectx *ec;
    size_t nec;
    int notes;
    tx_dlist *l;
    tx_disclose_summary *sum;
    tx_prose_result *res;
    size_t order;
} pctx;

static int change_direction(const char *low, size_t from, size_t at)
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

static void fmt_period(const tx_period *p, char *buf, size_t n)
{
    if (p->kind == TX_PERIOD_NONE)
        snprintf(buf, n, "no period");
    else
        tx_period_format(p, buf, n);
}

static void add_measure(pctx *c, int entity, const tx_metric *m, long line, int headline)
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

static void add_earn(pctx *c, int entity, int nongaap, long line, size_t para)
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

/* Checks one amount of a group; returns the cell it was checked against. */
/* Why an amount is not a level of its metric that a table could confirm,
 * or NULL: a change ("increased $413 million", "declined $60 million",
 * "a decrease in accounts receivable of $59 million"), a part or an effect
 * ("excluding a $188 million gain", "increasing earnings by $24 million"),
 * or a period the words name but the claim grammar does not read ("for the
 * full year").  Such an amount is never called contradicted. */
static const char weak_change[] = "an amount of change, not a level";

static const char *weak_claim(const tx_para *p, const group *g, const tx_mention *mn)
{
    const char *low = p->low;
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
static int check_change(pctx *c, const tx_para *p, const tx_mention *mn, const group *g,
                        const tx_metric *m, int nongaap, const char *ename, const cellref *cur,
                        const char *quoted, char *why, size_t n)
{
    why[0] = 0;
    if (g->metric.negative || m->absolute || tx_decimal_sign(mn->value) <= 0)
        return 0;
    int dir = change_direction(p->low, g->pre0, mn->start);
    if (dir == 0)
        return 0;
    tx_period prior = year_before(&g->period);
    cellref r0 = lookup(c->ex, c->map, ename, m->concept, nongaap, m->kinds, &prior);
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

static cellref check_amount(pctx *c, const tx_para *p, const tx_mention *mn, int per_share,
                            const group *g, int entity, size_t para)
{
    cellref none;
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
    cellref r = lookup(c->ex, c->map, ename, m->concept, nongaap, m->kinds, &g->period);
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
    const char *weak = weak_claim(p, g, mn);
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
    tx_decimal claim = mn->value;
    int negative = g->metric.negative && !m->absolute;
    tx_decimal tv = r.value;
    if (m->absolute && tx_decimal_sign(tv) < 0)
        tx_decimal_negate(&tv);
    if (negative)
        tx_decimal_negate(&claim);
    int ok = tx_claim_rounds_to(tv, claim, mn->place);
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

static void check_percent(pctx *c, const tx_para *p, const tx_mention *mn, int dir,
                          const group *a, const group *b)
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
    /* the change to a tenth of a percent, for the message */
    char pct[TX_DECIMAL_DIGITS + 8];
    change_percent(a->money.value, b->money.value, pct, sizeof pct);
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

static tx_period resolve(const pctx *c, int entity, const tx_phrase *ph, const tx_period *anchor)
{
    tx_period none;
    memset(&none, 0, sizeof none);
    const ectx *e = entity >= 0 ? &c->ec[entity] : NULL;
    switch (ph->kind) {
    case TX_PHRASE_SPAN:
        return ph->period;
    case TX_PHRASE_CURRENT:
        return e ? e->cur : none;
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

static int para_entity(const pctx *c, const tx_para *p)
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

#define MAXM 64

static void check_sentence(pctx *c, const tx_para *p, size_t para, size_t s0, size_t s1,
                           const tx_mention *mn, size_t nmn, int entity, tx_period *anchor)
{
    const char *low = p->low;
    /* the mentions of the sentence: amounts, and percentages of change */
    size_t idx[MAXM];
    int dir[MAXM];
    size_t n = 0;
    for (size_t i = 0; i < nmn; i++) {
        if (mn[i].start < s0 || mn[i].end > s1)
            continue;
        if (n == MAXM) {
            /* a sentence no release writes: say what is left unchecked */
            size_t more = 0;
            for (size_t j = i; j < nmn; j++)
                more += mn[j].start >= s0 && mn[j].end <= s1;
            tx_dlist_add(c->l, tx_para_line(p, mn[i].start), TX_NOTE, "disclosure.claims-skipped",
                         "the sentence holds %zu more amounts and percentages after the first %d; "
                         "they are not checked", more, MAXM);
            break;
        }
        dir[n] = 0;
        if (mn[i].kind == TX_MENTION_PERCENT) {
            dir[n] = change_direction(low, s0, mn[i].start);
            size_t back = mn[i].start >= s0 + 12 ? mn[i].start - 12 : s0;
            if (!dir[n] && find_word(low, back, mn[i].start, "change of") == mn[i].start)
                continue;   /* "4.75% Convertible Subordinated Notes": no claim */
            if (!dir[n])
                dir[n] = 2;
        }
        idx[n++] = i;
    }
    if (!n)
        return;
    /* groups: amounts joined by "or" */
    group g[MAXM];
    size_t ng = 0;
    size_t pct_after[MAXM];   /* for each percentage: the number of groups before it */
    size_t pidx[MAXM], npct = 0;
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
    /* "respectively": the metrics before the first amount, in order */
    int respectively = find_word(low, s0, s1, "respectively") < s1;
    tx_metric_hit resp[8];
    size_t nresp = 0;
    if (respectively && ng > 1)
        nresp = tx_prose_metrics(c->lex, low, g[0].pre0, before_exclusion(low, g[0].pre0, g[0].pre1),
                                 resp, 8);
    for (size_t k = 0; k < ng; k++) {
        group *gr = &g[k];
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
            gr->metric.negative = 0;
            gr->have_metric = 1;
            /* "compared with a net loss of" is caught above; a bare
               "compared with $152.0 million" keeps the sign unsaid */
        }
        gr->comparison = find_word(low, gr->pre0, gr->pre1, "compared") < gr->pre1 ||
                         find_word(low, gr->pre0, gr->pre1, "versus") < gr->pre1 ||
                         find_word(low, gr->pre0, gr->pre1, "from") < gr->pre1;
        tx_phrase ph;
        int have = tx_prose_period(low, gr->pre0, pe, 1, &ph) ||
                   tx_prose_period(low, gr->post0, gr->post1, 0, &ph);
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
        for (size_t j = 0; j < gr->nm; j++) {
            const tx_mention *m = &mn[gr->m[j]];
            int ps = m->kind == TX_MENTION_PER_SHARE;
            cellref r = check_amount(c, p, m, ps, gr, entity, para);
            if (!ps && !(gr->have_metric && gr->metric.metric == c->lex->per_share) && !gr->money.found)
                gr->money = r;
        }
    }
    /* percentages: the change between the two groups before them */
    for (size_t q = 0; q < npct; q++) {
        size_t before = pct_after[q];
        const group *a = before >= 2 ? &g[before - 2] : NULL;
        const group *b = before >= 2 ? &g[before - 1] : NULL;
        check_percent(c, p, &mn[idx[pidx[q]]], dir[pidx[q]] == 2 ? 0 : dir[pidx[q]], a, b);
    }
}

int tx_prose_check(const tx_exhibit *ex, const tx_mapping *map, const tx_prose_lexicon *lex,
                   int notes, tx_dlist *l,
                   tx_disclose_summary *sum, tx_prose_result *res)
{
    memset(res, 0, sizeof *res);
    if (read_paras(ex, res) != 0)
        return -1;
    ectx *ec = NULL;
    if (build_entities(ex, map, res, &ec) != 0)
        return -1;
    pctx c = {ex, lex, map, ec, res->nentities, notes, l, sum, res, 0};
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
        int entity = para_entity(&c, p);
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

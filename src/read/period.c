/*
 * period.c - reporting periods from the words of a column header.
 *
 * A column header is cut into tokens (words, numbers, commas), the tokens
 * are read into "facts" (dates, bare years, lengths, flags), and the facts
 * of the header and of the hint's context are combined.  Anything that
 * admits two readings fails with a reason.  Calendar arithmetic is
 * base/date.c's.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "read/period.h"
#include "base/util.h"

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static int is_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int is_alnum(char c)
{
    return is_digit(c) || is_alpha(c);
}

static char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

static int digits_value(const char *s, int n)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (!is_digit(s[i]))
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

int tx_month_lookup(const char *s, size_t *consumed)
{
    static const char *const full[12] = {
        "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"
    };
    if (!s)
        return 0;
    size_t n = 0;
    while (is_alpha(s[n]))
        n++;
    if (n < 3)
        return 0;
    int month = 0;
    for (int m = 0; m < 12 && !month; m++) {
        size_t fl = strlen(full[m]);
        /* the whole name, its first three letters, or "sept" */
        int ok = (n == fl || n == 3 || (m == 8 && n == 4)) && n <= fl;
        if (ok && tx_strncaseeq(s, full[m], n))
            month = m + 1;
    }
    if (!month)
        return 0;
    if (s[n] == '.')
        n++;
    if (consumed)
        *consumed = n;
    return month;
}

/* ================================================================ tokens */

#define MAX_TOKENS 128
#define WORD_MAX 24

typedef enum tok_kind {
    TK_WORD,      /* letters (with an inner '\''), lowercased in w[]        */
    TK_NUM,       /* a run of digits                                        */
    TK_COMMA,
    TK_DASH,      /* an inner '-': "13-week", "six-month", "twenty-six"     */
    TK_PERCENT,   /* '%': a rate, not a period                              */
    TK_YEAR2,     /* "'03"                                                  */
    TK_SLASH      /* "6/26/99"                                              */
} tok_kind;

typedef enum word_class {
    WC_UNKNOWN = 0,  /* not about time: ignored                             */
    WC_IGNORE,       /* known noise: "unaudited", "as", "of", ...          */
    WC_NONPERIOD,    /* "change", "vs", "first": the column is no period   */
    WC_MONTH,
    WC_NUMBER,       /* "three" .. "nineteen" (value 1..19)                 */
    WC_TENS,         /* "twenty" .. "fifty"                                */
    WC_UNIT_MONTH,   /* month(s), mos.                                      */
    WC_UNIT_WEEK,    /* week(s), wks.                                       */
    WC_QUARTER,
    WC_YEAR,         /* year(s)                                             */
    WC_FISCAL,
    WC_ENDED         /* ended, ending                                       */
} word_class;

typedef struct tok {
    tok_kind kind;
    const char *src;      /* the token in the input */
    size_t len;
    char w[WORD_MAX];     /* lowercased word (TK_WORD) */
    word_class wc;
    int value;            /* month number, number word value, TK_NUM value */
    int ndigits;          /* TK_NUM */
} tok;

typedef struct toks {
    tok t[MAX_TOKENS];
    int n;
    int overflow;
} toks;

static void push_tok(toks *ts, tok_kind kind, const char *src, size_t len)
{
    if (ts->n >= MAX_TOKENS) {
        ts->overflow = 1;
        return;
    }
    tok *t = &ts->t[ts->n++];
    memset(t, 0, sizeof *t);
    t->kind = kind;
    t->src = src;
    t->len = len;
}

/* Length of a bracketed group starting at s[0] == open, through its
 * closing bracket, or 0 if it does not close. */
static size_t group_len(const char *s, char close)
{
    for (size_t i = 1; s[i]; i++)
        if (s[i] == close)
            return i + 1;
    return 0;
}

/* "(A)", "(1)", "(12)", "(a)": a footnote reference in a header. */
static int is_paren_marker(const char *s, size_t glen)
{
    if (glen < 3 || glen > 4)
        return 0;
    for (size_t i = 1; i + 1 < glen; i++)
        if (!is_digit(s[i]) && !is_alpha(s[i]))
            return 0;
    return 1;
}

static size_t lex_word(toks *ts, const char *s)
{
    size_t i = 0;
    while (is_alpha(s[i]) || (s[i] == '\'' && i > 0 && is_alpha(s[i + 1])))
        i++;
    size_t len = i;
    int named = 0;
    while (is_alnum(s[i])) {            /* "NETWORK24": a name, not a number */
        i++;
        named = 1;
    }
    if (named)
        len = i;
    else if (s[i] == '.')
        i++;                            /* "Sept.", "mos." keep their point */
    push_tok(ts, TK_WORD, s, i);
    if (ts->n > 0 && !ts->overflow) {
        tok *t = &ts->t[ts->n - 1];
        size_t k = len < WORD_MAX - 1 ? len : WORD_MAX - 1;
        for (size_t j = 0; j < k; j++)
            t->w[j] = lower(s[j]);
        t->w[k] = '\0';
        if (len >= WORD_MAX - 1 || named)
            t->w[0] = '#';              /* too long, or a name: no word we know */
    }
    return i;
}

static size_t lex_number(toks *ts, const char *s)
{
    size_t i = 0;
    while (is_digit(s[i]))
        i++;
    if (s[i] == '/' && is_digit(s[i + 1])) {
        while (is_digit(s[i]) || s[i] == '/')
            i++;
        push_tok(ts, TK_SLASH, s, i);
        return i;
    }
    push_tok(ts, TK_NUM, s, i);
    if (ts->n > 0 && !ts->overflow) {
        tok *t = &ts->t[ts->n - 1];
        t->ndigits = (int)i;
        t->value = i <= 6 ? digits_value(s, (int)i) : 999999;
    }
    return i;
}

/* 1 if s[0..n) holds a word or number that can be part of a period: a
 * month name, a unit of length, "ended", a four-digit year or a numeric
 * date. */
static int has_time_words(const char *s, size_t n)
{
    static const char *const units[] = { "month", "week", "wks", "quarter", "year",
                                         "ended", "ending", "mos", NULL };
    for (size_t i = 0; i < n;) {
        if (is_alpha(s[i])) {
            size_t e = i;
            while (e < n && is_alpha(s[e]))
                e++;
            size_t used = 0;
            if (tx_month_lookup(s + i, &used) && used >= e - i)
                return 1;
            for (size_t k = 0; units[k]; k++) {
                size_t ul = strlen(units[k]);
                if (e - i >= ul && e - i <= ul + 1 && tx_strncaseeq(s + i, units[k], ul))
                    return 1;
            }
            i = e;
        } else if (is_digit(s[i])) {
            size_t e = i;
            while (e < n && (is_digit(s[e]) || s[e] == '/'))
                e++;
            if (e - i == 4 || memchr(s + i, '/', e - i))
                return 1;
            i = e;
        } else {
            i++;
        }
    }
    return 0;
}

/* Skips a footnote group or a bracket; returns the bytes to skip. */
static size_t skip_bracket(const char *s)
{
    size_t g;
    if (s[0] == '(') {
        g = group_len(s, ')');
        if (g && is_paren_marker(s, g))
            return g;
        /* "(Derived from audited statements)", "(in thousands)": words
           that say nothing about time; an unclosed group runs to the end */
        size_t n = g ? g : strlen(s);
        return has_time_words(s, n) ? 1 : n;         /* else lex the inside */
    }
    if (s[0] == '{') {
        g = group_len(s, '}');
        return g ? g : 1;
    }
    if (s[0] == '<') {
        g = group_len(s, '>');
        return g && g <= 8 ? g : 1;
    }
    return 1;
}

static void lex(const char *s, toks *ts)
{
    size_t i = 0;
    ts->n = 0;
    ts->overflow = 0;
    while (s[i]) {
        char c = s[i];
        if (is_alpha(c)) {
            i += lex_word(ts, s + i);
        } else if (is_digit(c)) {
            i += lex_number(ts, s + i);
        } else if (c == '\'' && is_digit(s[i + 1]) && is_digit(s[i + 2]) && !is_digit(s[i + 3])) {
            push_tok(ts, TK_YEAR2, s + i, 3);
            i += 3;
        } else if (c == ',') {
            push_tok(ts, TK_COMMA, s + i, 1);
            i++;
        } else if (c == '%') {
            push_tok(ts, TK_PERCENT, s + i, 1);
            i++;
        } else if (c == '-' && i > 0 && is_alnum(s[i - 1]) && is_alnum(s[i + 1])) {
            push_tok(ts, TK_DASH, s + i, 1);
            i++;
        } else if (c == '(' || c == '{' || c == '<') {
            i += skip_bracket(s + i);
        } else if (c == '/' && (i == 0 || !is_digit(s[i - 1])) && is_alnum(s[i + 1]) &&
                   (s[i + 2] == '/' || (is_alnum(s[i + 2]) && s[i + 3] == '/'))) {
            i += s[i + 2] == '/' ? 3 : 4;      /* "/1/", "/a/": a footnote marker */
        } else {
            i++;                        /* spaces, rules, ':', ')', '*', '$' */
        }
    }
}

/* ================================================================ words */

typedef struct word_entry {
    const char *w;
    word_class wc;
    int value;
} word_entry;

static const word_entry WORDS[] = {
    { "one", WC_NUMBER, 1 },        { "two", WC_NUMBER, 2 },
    { "three", WC_NUMBER, 3 },      { "four", WC_NUMBER, 4 },
    { "five", WC_NUMBER, 5 },       { "six", WC_NUMBER, 6 },
    { "seven", WC_NUMBER, 7 },      { "eight", WC_NUMBER, 8 },
    { "nine", WC_NUMBER, 9 },       { "ten", WC_NUMBER, 10 },
    { "eleven", WC_NUMBER, 11 },    { "twelve", WC_NUMBER, 12 },
    { "thirteen", WC_NUMBER, 13 },  { "fourteen", WC_NUMBER, 14 },
    { "fifteen", WC_NUMBER, 15 },   { "sixteen", WC_NUMBER, 16 },
    { "seventeen", WC_NUMBER, 17 }, { "eighteen", WC_NUMBER, 18 },
    { "nineteen", WC_NUMBER, 19 },
    { "twenty", WC_TENS, 20 },      { "thirty", WC_TENS, 30 },
    { "forty", WC_TENS, 40 },       { "fifty", WC_TENS, 50 },
    { "month", WC_UNIT_MONTH, 0 },  { "months", WC_UNIT_MONTH, 0 },
    { "mos", WC_UNIT_MONTH, 0 },    { "mo", WC_UNIT_MONTH, 0 },
    { "week", WC_UNIT_WEEK, 0 },    { "weeks", WC_UNIT_WEEK, 0 },
    { "wks", WC_UNIT_WEEK, 0 },     { "wk", WC_UNIT_WEEK, 0 },
    { "quarter", WC_QUARTER, 0 },   { "quarters", WC_QUARTER, 0 },
    { "qtr", WC_QUARTER, 0 },
    { "year", WC_YEAR, 0 },         { "years", WC_YEAR, 0 },
    { "yr", WC_YEAR, 0 },           { "yrs", WC_YEAR, 0 },
    { "fiscal", WC_FISCAL, 0 },
    { "ended", WC_ENDED, 0 },       { "ending", WC_ENDED, 0 },
    { "unaudited", WC_IGNORE, 0 },  { "audited", WC_IGNORE, 0 },
    { "actual", WC_IGNORE, 0 },     { "as", WC_IGNORE, 0 },
    { "reported", WC_IGNORE, 0 },   { "restated", WC_IGNORE, 0 },
    { "pro", WC_IGNORE, 0 },        { "forma", WC_IGNORE, 0 },
    { "notes", WC_IGNORE, 0 },
    { "note", WC_IGNORE, 0 },       { "of", WC_IGNORE, 0 },
    { "at", WC_IGNORE, 0 },         { "for", WC_IGNORE, 0 },
    { "the", WC_IGNORE, 0 },
    { "change", WC_NONPERIOD, 0 },  { "changes", WC_NONPERIOD, 0 },
    { "increase", WC_NONPERIOD, 0 }, { "decrease", WC_NONPERIOD, 0 },
    { "variance", WC_NONPERIOD, 0 }, { "vs", WC_NONPERIOD, 0 },
    { "versus", WC_NONPERIOD, 0 },  { "percent", WC_NONPERIOD, 0 },
    { "growth", WC_NONPERIOD, 0 },  { "compound", WC_NONPERIOD, 0 },
    { "from", WC_NONPERIOD, 0 },    { "through", WC_NONPERIOD, 0 },
    { "to", WC_NONPERIOD, 0 },      { "since", WC_NONPERIOD, 0 },
    { "inception", WC_NONPERIOD, 0 }, { "cumulative", WC_NONPERIOD, 0 },
    { "first", WC_NONPERIOD, 0 },   { "second", WC_NONPERIOD, 0 },
    { "third", WC_NONPERIOD, 0 },   { "fourth", WC_NONPERIOD, 0 },
    { "ytd", WC_NONPERIOD, 0 },
};

static const word_entry *find_word(const char *w)
{
    for (size_t i = 0; i < sizeof WORDS / sizeof WORDS[0]; i++)
        if (strcmp(WORDS[i].w, w) == 0)
            return &WORDS[i];
    return NULL;
}

static void classify(toks *ts)
{
    for (int i = 0; i < ts->n; i++) {
        tok *t = &ts->t[i];
        if (t->kind != TK_WORD)
            continue;
        size_t used = 0;
        int m = tx_month_lookup(t->src, &used);
        if (m && used == t->len) {
            t->wc = WC_MONTH;
            t->value = m;
            continue;
        }
        const word_entry *e = find_word(t->w);
        if (e) {
            t->wc = e->wc;
            t->value = e->value;
        }
    }
}

/* ================================================================ facts */

#define MAX_FACTS 8

typedef struct month_day {
    int m, d;      /* d == 0: a month alone */
} month_day;

typedef struct facts {
    int months, weeks;           /* stated length (0 = none)             */
    int length_conflict;         /* two different lengths                */
    int length_words;            /* any of: count+unit, quarter, year    */
    int ended;                   /* "ended" / "ending"                   */
    int fiscal_year;             /* "Fiscal 1997"                        */
    tx_date dates[MAX_FACTS];    /* complete dates, distinct             */
    int ndates;
    tx_date dayed[MAX_FACTS];    /* of them those printed with their day
                                    (not "December 2004"), distinct      */
    int ndayed;
    month_day partial[MAX_FACTS];/* dates without a year, distinct       */
    int npartial;
    int years[MAX_FACTS];        /* bare 4-digit years, distinct         */
    int nyears;
    int too_many;                /* more facts than the arrays hold      */
    const char *bad;             /* first problem seen (strict reading)  */
    const tok *badtok;
} facts;

static void note_bad(facts *f, const char *why, const tok *t)
{
    if (!f->bad) {
        f->bad = why;
        f->badtok = t;
    }
}

static void add_dayed(facts *f, tx_date d)
{
    for (int i = 0; i < f->ndayed; i++)
        if (tx_date_cmp(f->dayed[i], d) == 0)
            return;
    if (f->ndayed < MAX_FACTS)
        f->dayed[f->ndayed++] = d;
}

static void add_date(facts *f, tx_date d)
{
    for (int i = 0; i < f->ndates; i++)
        if (tx_date_cmp(f->dates[i], d) == 0)
            return;
    if (f->ndates < MAX_FACTS)
        f->dates[f->ndates++] = d;
    else
        f->too_many = 1;
}

static void add_partial(facts *f, int m, int d)
{
    for (int i = 0; i < f->npartial; i++)
        if (f->partial[i].m == m && f->partial[i].d == d)
            return;
    if (f->npartial < MAX_FACTS) {
        f->partial[f->npartial].m = m;
        f->partial[f->npartial].d = d;
        f->npartial++;
    } else {
        f->too_many = 1;
    }
}

static void add_year(facts *f, int y)
{
    for (int i = 0; i < f->nyears; i++)
        if (f->years[i] == y)
            return;
    if (f->nyears < MAX_FACTS)
        f->years[f->nyears++] = y;
    else
        f->too_many = 1;
}

static void add_length(facts *f, int months, int weeks)
{
    f->length_words = 1;
    if (months) {
        if (f->months && f->months != months)
            f->length_conflict = 1;
        f->months = months;
    }
    if (weeks) {
        if (f->weeks && f->weeks != weeks)
            f->length_conflict = 1;
        f->weeks = weeks;
    }
}

static int is_year_num(const tok *t)
{
    return t && t->kind == TK_NUM && t->ndigits == 4 && t->value >= 1900 && t->value <= 2099;
}

static int is_day_num(const tok *t)
{
    return t && t->kind == TK_NUM && t->ndigits <= 2 && t->value >= 1 && t->value <= 31;
}

/* The tokens that matter: everything except ignorable words. */
typedef struct view {
    const tok *t[MAX_TOKENS];
    int n;
} view;

static const tok *at(const view *v, int i)
{
    return i >= 0 && i < v->n ? v->t[i] : NULL;
}

static int is_word(const tok *t, word_class wc)
{
    return t && t->kind == TK_WORD && t->wc == wc;
}

/* A date starting with a month name at v[i]; returns the tokens used. */
static int read_month_first(const view *v, int i, facts *f)
{
    const tok *mt = at(v, i);
    int m = mt->value, k = i + 1;
    if (at(v, k) && at(v, k)->kind == TK_COMMA && is_day_num(at(v, k + 1)) &&
        is_year_num(at(v, k + 2)))
        k++;                                       /* "Dec, 31 1996" */
    if (is_day_num(at(v, k))) {
        int d = at(v, k)->value;
        k++;
        if (at(v, k) && at(v, k)->kind == TK_COMMA)
            k++;
        if (is_year_num(at(v, k))) {
            tx_date dt = { at(v, k)->value, m, d };
            if (tx_date_valid(dt)) {
                add_date(f, dt);
                add_dayed(f, dt);
            } else
                note_bad(f, "no such date", mt);
            return k + 1 - i;
        }
        add_partial(f, m, d);
        return k - i;
    }
    if (is_year_num(at(v, k))) {                   /* "December 2004" */
        int y = at(v, k)->value;
        tx_date dt = { y, m, tx_days_in_month(y, m) };
        add_date(f, dt);
        return 2;
    }
    add_partial(f, m, 0);                          /* "Ended December" */
    return 1;
}

/* A count ("three", "twenty six", "13") at v[i], followed by its unit.
 * Returns the tokens used, or 0 if v[i] does not start a count. */
static int read_count(const view *v, int i, int *count)
{
    const tok *t = at(v, i);
    int k = i + 1;
    if (t->kind == TK_NUM) {
        if (t->ndigits > 3)
            return 0;
        *count = t->value;
    } else if (is_word(t, WC_NUMBER)) {
        *count = t->value;
    } else if (is_word(t, WC_TENS)) {
        *count = t->value;
        int j = k;
        if (at(v, j) && at(v, j)->kind == TK_DASH)
            j++;
        if (is_word(at(v, j), WC_NUMBER) && at(v, j)->value <= 9) {
            *count += at(v, j)->value;             /* "twenty-six", "twenty six" */
            k = j + 1;
        }
    } else {
        return 0;
    }
    if (at(v, k) && at(v, k)->kind == TK_DASH)
        k++;                                       /* "13-week", "six-month" */
    if (is_word(at(v, k), WC_FISCAL))
        k++;                                       /* "three fiscal years" */
    const tok *u = at(v, k);
    if (!is_word(u, WC_UNIT_MONTH) && !is_word(u, WC_UNIT_WEEK) &&
        !is_word(u, WC_QUARTER) && !is_word(u, WC_YEAR))
        return 0;
    return k - i;                                  /* the unit is next */
}

/* A unit word with its `count` (0: none printed).  In a caption
 * (`context`) "three fiscal years" means one year per column. */
static void read_unit(const tok *u, int count, int context, facts *f)
{
    if (u->wc == WC_UNIT_MONTH) {
        add_length(f, count ? count : 1, 0);
    } else if (u->wc == WC_UNIT_WEEK) {
        add_length(f, 0, count ? count : 1);
    } else if (u->wc == WC_QUARTER) {
        add_length(f, 3 * (count ? count : 1), 0);
    } else if (count > 1 && !context) {
        note_bad(f, "a span of several years", u); /* "three years ended" */
    } else {
        add_length(f, 12, 0);                      /* each column a year */
    }
}

/* "6/26/99", "06/26/1999": month/day/year as US filers print them.  A
 * two-digit year is 19YY from 50 up and 20YY below (EDGAR's plain-text era
 * is 1993-2008).  Returns 0 and the date, or -1. */
static int slash_date(const tok *t, tx_date *out)
{
    int part[3] = { 0, 0, 0 }, nd[3] = { 0, 0, 0 }, k = 0;
    for (size_t i = 0; i < t->len; i++) {
        char c = t->src[i];
        if (c == '/') {
            if (++k > 2)
                return -1;
        } else if (is_digit(c) && nd[k] < 4) {
            part[k] = part[k] * 10 + (c - '0');
            nd[k]++;
        } else {
            return -1;
        }
    }
    if (k != 2 || nd[0] > 2 || nd[1] > 2 || nd[0] == 0 || nd[1] == 0 ||
        (nd[2] != 2 && nd[2] != 4))
        return -1;
    int y = nd[2] == 2 ? (part[2] >= 50 ? 1900 + part[2] : 2000 + part[2]) : part[2];
    tx_date d = { y, part[0], part[1] };
    if (!tx_date_valid(d) || y < 1900 || y > 2099)
        return -1;
    *out = d;
    return 0;
}

/* Reads the token at v[i]; returns how many tokens it used (>= 1). */
static int read_one(const view *v, int i, int context, facts *f)
{
    const tok *t = at(v, i);
    int count = 0, used;
    if (t->kind == TK_WORD && t->wc == WC_MONTH)
        return read_month_first(v, i, f);
    if (is_day_num(t) && is_word(at(v, i + 1), WC_MONTH)) {   /* "30 September 2003" */
        int m = at(v, i + 1)->value;
        if (is_year_num(at(v, i + 2))) {
            tx_date dt = { at(v, i + 2)->value, m, t->value };
            if (tx_date_valid(dt)) {
                add_date(f, dt);
                add_dayed(f, dt);
            } else
                note_bad(f, "no such date", t);
            return 3;
        }
        add_partial(f, m, t->value);
        return 2;
    }
    if ((used = read_count(v, i, &count)) > 0) {
        read_unit(at(v, i + used), count, context, f);
        return used + 1;
    }
    switch (t->kind) {
    case TK_NUM:
        if (is_year_num(t))
            add_year(f, t->value);
        else
            note_bad(f, "a number that is not a day, year or length", t);
        return 1;
    case TK_YEAR2:
        note_bad(f, "a two-digit year", t);
        return 1;
    case TK_SLASH: {
        tx_date dt;
        if (slash_date(t, &dt) == 0) {
            add_date(f, dt);
            add_dayed(f, dt);
        } else
            note_bad(f, "a numeric date that is no month/day/year", t);
        return 1;
    }
    case TK_PERCENT:
        note_bad(f, "a rate, not a period", t);
        return 1;
    case TK_COMMA:
    case TK_DASH:
        return 1;
    case TK_WORD:
        break;
    }
    switch (t->wc) {
    case WC_UNIT_MONTH:
    case WC_UNIT_WEEK:
    case WC_QUARTER:
    case WC_YEAR:
        read_unit(t, 0, context, f);
        break;
    case WC_FISCAL:
        if (is_year_num(at(v, i + 1)))
            f->fiscal_year = 1;                    /* "Fiscal 1997" */
        break;
    case WC_ENDED:
        f->ended = 1;
        break;
    case WC_NONPERIOD:
        note_bad(f, "words that are not a period", t);
        break;
    case WC_NUMBER:
    case WC_TENS:
        note_bad(f, "a count without a unit", t);
        break;
    default:
        break;
    }
    return 1;
}

/* Reads `s` into *f.  Problems are noted in f->bad; the caller ignores
 * them for the context, which is free text around the columns. */
static void read_facts(const char *s, int context, facts *f, toks *ts)
{
    memset(f, 0, sizeof *f);
    if (!s)
        return;
    lex(s, ts);
    classify(ts);
    view v;
    v.n = 0;
    for (int i = 0; i < ts->n; i++)
        if (!(ts->t[i].kind == TK_WORD && ts->t[i].wc == WC_IGNORE))
            v.t[v.n++] = &ts->t[i];
    for (int i = 0; i < v.n;)
        i += read_one(&v, i, context, f);
    if (ts->overflow)
        note_bad(f, "too many words", NULL);
}

/* ================================================================ reasons */

typedef struct why_out {
    char *buf;
    size_t n;
    const char *words;
} why_out;

static size_t quoted_len(const char *s, const char **start)
{
    while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' || s[n - 1] == '\r'))
        n--;
    *start = s;
    return n > 120 ? 120 : n;
}

/* "<what> in '<words>'" */
static int fail(const why_out *w, const char *what)
{
    if (w->buf && w->n) {
        const char *s;
        size_t n = quoted_len(w->words ? w->words : "", &s);
        snprintf(w->buf, w->n, "%s in '%.*s'", what, (int)n, s);
    }
    return -1;
}

/* "<what> '<token>' in '<words>'" */
static int fail_tok(const why_out *w, const char *what, const tok *t)
{
    if (!t)
        return fail(w, what);
    if (w->buf && w->n) {
        const char *s;
        size_t n = quoted_len(w->words ? w->words : "", &s);
        int tl = t->len > 40 ? 40 : (int)t->len;
        snprintf(w->buf, w->n, "%s ('%.*s') in '%.*s'", what, tl, t->src, (int)n, s);
    }
    return -1;
}

/* "<what> in context '<context>' for '<words>'" */
static int fail_ctx(const why_out *w, const char *what, const char *ctx)
{
    if (w->buf && w->n) {
        const char *s, *c;
        size_t n = quoted_len(w->words ? w->words : "", &s);
        size_t cn = quoted_len(ctx ? ctx : "", &c);
        snprintf(w->buf, w->n, "%s in context '%.*s' for '%.*s'", what, (int)cn, c, (int)n, s);
    }
    return -1;
}

static int fail_year(const why_out *w, const char *what, int year, const char *ctx)
{
    if (w->buf && w->n) {
        const char *s;
        size_t n = quoted_len(ctx ? ctx : "", &s);
        if (n)
            snprintf(w->buf, w->n, "%s for %d in context '%.*s'", what, year, (int)n, s);
        else
            snprintf(w->buf, w->n, "%s for %d (no context)", what, year);
    }
    return -1;
}

/* ================================================================ end date */

/* The end date when the header itself names it.  Returns 1 and sets *end,
 * 0 if the header has only a bare year (the context must help), -1 on
 * failure (reason written). */
static int end_from_words(const facts *f, tx_date *end, const why_out *w)
{
    int nmonthday = 0, nmonth = 0;
    const month_day *md = NULL, *mo = NULL;
    for (int i = 0; i < f->npartial; i++) {
        if (f->partial[i].d) {
            nmonthday++;
            md = &f->partial[i];
        } else {
            nmonth++;
            mo = &f->partial[i];
        }
    }
    if (f->ndates > 1 || nmonthday > 1 || nmonth > 1 || f->too_many)
        return fail(w, "two dates");
    if (f->ndates == 1) {
        tx_date d = f->dates[0];
        if (f->nyears > 1 || (f->nyears == 1 && f->years[0] != d.y) ||
            (md && (md->m != d.m || md->d != d.d)) || (mo && mo->m != d.m))
            return fail(w, "two dates");
        *end = d;
        return 1;
    }
    if (f->nyears > 1)
        return fail(w, "two years");
    if (md && mo && md->m != mo->m)
        return fail(w, "two dates");
    if (md || mo) {
        if (f->nyears == 0)
            return fail(w, "no year");
        int m = md ? md->m : mo->m;
        tx_date d = { f->years[0], m, md ? md->d : tx_days_in_month(f->years[0], m) };
        if (!tx_date_valid(d))
            return fail(w, "no such date");
        *end = d;
        return 1;
    }
    if (f->nyears == 1)
        return 0;
    if (f->length_words || f->ended)
        return fail(w, "no end date");
    return fail(w, "no date");
}

/* One month/day of the context (d == 0: the month alone), with the
 * context's own year (0 if none), applied to a bare year column: 0 and
 * the month's last day if it is a month end, -1 with a reason otherwise. */
static int anchor_end(int ctx_year, month_day a, int year, const char *ctx,
                      tx_date *end, const why_out *w)
{
    if (a.d != 0) {
        if (ctx_year && a.d != tx_days_in_month(ctx_year, a.m))
            return fail_year(w, "fiscal year end moves between years (not a month end): no date",
                             year, ctx);
        if (!ctx_year && a.d != tx_days_in_month(year, a.m))
            return fail_year(w, "not a month end: no date", year, ctx);
    }
    end->y = year;
    end->m = a.m;
    end->d = tx_days_in_month(year, a.m);
    return 0;
}

/* Day of the week, 0..6 (the same number for the same weekday). */
static int weekday(tx_date d)
{
    long k = tx_date_to_days(d) % 7;
    return (int)(k < 0 ? k + 7 : k);
}

#define MAX_CANDIDATES 8

/* A 52/53-week fiscal year end ("THREE FISCAL YEARS ENDED SEPTEMBER 26,
 * 1997" over 1997 1996 1995) moves from year to year, so the other years'
 * ends cannot be computed: they must be printed somewhere in the same
 * filing (a balance-sheet date, "Balance at September 29, 1995", the EDGAR
 * period of report).  Such years end on the same day of the week, so the
 * one known date of `year` within a week of the anchor's month and day on
 * the anchor's weekday is the end; none or two of them fail. */
static int end_from_evidence(int year, const tx_date *anchor, const tx_period_hint *hint,
                             tx_date *end)
{
    if (!hint || !hint->known || hint->nknown == 0)
        return -1;
    tx_date probe = { year, anchor->m, anchor->d };
    if (!tx_date_valid(probe))
        probe.d = tx_days_in_month(year, anchor->m);
    long at = tx_date_to_days(probe);
    int wd = weekday(*anchor);
    tx_date cand[MAX_CANDIDATES];
    int n = 0, same = 0, same_at = -1;
    for (size_t i = 0; i < hint->nknown; i++) {
        long k = tx_date_to_days(hint->known[i]);
        if (hint->known[i].y != year || k < at - 7 || k > at + 7)
            continue;
        int dup = 0;
        for (int j = 0; j < n && !dup; j++)
            dup = tx_date_cmp(cand[j], hint->known[i]) == 0;
        if (dup)
            continue;
        if (n == MAX_CANDIDATES)
            return -1;
        cand[n] = hint->known[i];
        if (weekday(cand[n]) == wd) {
            same++;
            same_at = n;
        }
        n++;
    }
    if (same != 1)
        return -1;
    *end = cand[same_at];
    return 0;
}

/* How the end date of a column was found. */
typedef struct end_how {
    int weekly;       /* a 52/53-week year end printed elsewhere: count weeks */
    int fiscal;       /* the filing's fiscal year end dated a bare year       */
} end_how;

/* A bare year column dated by the filing's fiscal year end (nothing around
 * the table names a month or day): the same month's end, or for a
 * 52/53-week year the year end printed for that year. */
static int end_from_fiscal(int year, const tx_period_hint *hint, const char *ctx, tx_date *end,
                           end_how *how, const why_out *w)
{
    tx_date fe = hint->fiscal_end;
    int y = year + hint->fiscal_offset;
    how->fiscal = 1;
    if (fe.d == tx_days_in_month(fe.y, fe.m)) {
        *end = (tx_date){ y, fe.m, tx_days_in_month(y, fe.m) };
        return 0;
    }
    how->weekly = 1;
    if (y == fe.y) {
        *end = fe;
        return 0;
    }
    if (end_from_evidence(y, &fe, hint, end) == 0)
        return 0;
    return fail_year(w, "no month or day, and the filing prints no 52/53-week year end near "
                        "its fiscal year end", year, ctx);
}

/* End date for a bare year column from the context's dates: the context
 * date of that year, else the one month end every context date names, else
 * (52/53-week years) the year end the filing prints elsewhere, else the
 * filing's fiscal year end. */
static int end_from_context(int year, const facts *c, const char *ctx,
                            const tx_period_hint *hint, tx_date *end, end_how *how,
                            const why_out *w)
{
    int matches = 0;
    for (int i = 0; i < c->ndates; i++)
        if (c->dates[i].y == year) {
            *end = c->dates[i];
            matches++;
        }
    if (matches == 1) {
        /* a 52/53-week year end among month ends: counted in weeks */
        for (int i = 0; i < c->ndates; i++)
            if (c->dates[i].d != tx_days_in_month(c->dates[i].y, c->dates[i].m))
                how->weekly = 1;
        return 0;
    }
    if (matches > 1)
        return fail_year(w, "two dates", year, ctx);
    int n = c->ndates + c->npartial;
    if (n == 0) {
        if (hint && hint->fiscal_end.y)
            return end_from_fiscal(year, hint, ctx, end, how, w);
        return fail_year(w, "no month or day", year, ctx);
    }
    for (int i = 0; i < n; i++) {
        int y = i < c->ndates ? c->dates[i].y : 0;
        month_day a;
        if (i < c->ndates) {
            a.m = c->dates[i].m;
            a.d = c->dates[i].d;
        } else {
            a = c->partial[i - c->ndates];
        }
        if (i > 0 && a.m != end->m)
            return fail_year(w, "two different months", year, ctx);
        if (y && a.d != 0 && a.d != tx_days_in_month(y, a.m)) {
            tx_date anchor = { y, a.m, a.d };
            how->weekly = 1;
            if (end_from_evidence(year, &anchor, hint, end) == 0)
                return 0;
            return fail_year(w, "fiscal year end moves between years (not a month end) and "
                                "the filing prints no year end near it: no date", year, ctx);
        }
        if (anchor_end(y, a, year, ctx, end, w) != 0)
            return -1;
    }
    return 0;
}

/* ================================================================ length */

/* Fills the duration of *p from months/weeks and p->end; `weekly`: a
 * fiscal year of 52/53 weeks, counted in weeks even when it happens to end
 * on a month's last day. */
static int make_duration(tx_period *p, int months, int weeks, int weekly, const why_out *w)
{
    tx_date e = p->end;
    int month_end = e.d == tx_days_in_month(e.y, e.m);
    if (months && weeks) {
        /* "Quarter ended ... (14 weeks)": the weeks must fit the months */
        int std = months % 3 == 0 && months <= 12 ? months / 3 * 13 : 0;
        if (!std || (weeks != std && weeks != std + 1))
            return fail(w, "months and weeks disagree");
    }
    if (!weeks && months && (!month_end || weekly)) {
        if (months % 3 != 0 || months > 12)
            return fail(w, "a length in months ending mid-month");
        weeks = months / 3 * 13;
    }
    if (months < 0 || months > 1200 || weeks < 0 || weeks > 5200)
        return fail(w, "a length out of range");
    p->kind = TX_PERIOD_DURATION;
    p->months = months;
    p->weeks = weeks;
    if (weeks) {
        p->start = tx_date_add_days(e, -7L * weeks + 1);
    } else {
        long idx = (long)e.y * 12 + (e.m - 1) - (months - 1);
        p->start.y = (int)(idx / 12);
        p->start.m = (int)(idx % 12) + 1;
        p->start.d = 1;
    }
    if (!tx_date_valid(p->start))
        return fail(w, "a start date out of range");
    return 0;
}

/* Decides instant or duration and its length. */
static int decide_length(const facts *f, const facts *c, const tx_period_hint *hint,
                         const end_how *how, tx_period *p, const why_out *w)
{
    if (f->length_conflict)
        return fail(w, "two lengths");
    if (f->months || f->weeks)
        return make_duration(p, f->months, f->weeks, how->weekly, w);
    if (f->fiscal_year)
        return make_duration(p, 12, 0, how->weekly, w);
    int ctx_has = c->months || c->weeks;
    if (f->ended) {
        if (!ctx_has)
            return fail(w, "no length");
        if (c->length_conflict)
            return fail_ctx(w, "two lengths", hint ? hint->context : NULL);
        return make_duration(p, c->months, c->weeks, how->weekly, w);
    }
    if (how->fiscal && !ctx_has && !(hint && hint->want_instant)) {
        /* a bare year dated by the filing's fiscal year end: the fiscal
           year in a statement of flows; in other tables it could as well
           be the balance at its end */
        if (hint && hint->want_duration)
            return make_duration(p, 12, 0, how->weekly, w);
        return fail(w, "a bare year in a table that is neither a balance sheet nor a statement "
                       "of flows: the year or its end");
    }
    if ((hint && hint->want_instant) || !ctx_has) {
        p->kind = TX_PERIOD_INSTANT;
        return 0;
    }
    if (c->length_conflict)
        return fail_ctx(w, "two lengths", hint ? hint->context : NULL);
    return make_duration(p, c->months, c->weeks, how->weekly, w);
}

/* ================================================================ ranges */

static int is_range_word(const char *w)
{
    static const char *const words[] = { "from", "inception", "period", "cumulative",
                                         "to", "through", "thru", NULL };
    for (size_t i = 0; words[i]; i++)
        if (strcmp(w, words[i]) == 0)
            return 1;
    return 0;
}

/* "Period from August 20, 1998 (inception) to December 31, 1998", "March
 * 5, 1995 (inception) to December 31, 1995": one complete date on each
 * side of one "to" or "through", the first before the second, and nothing
 * else about time.  1 with the duration between them, or 0. */
static int read_range(const toks *ts, tx_period *p)
{
    int split = -1;
    for (int i = 0; i < ts->n; i++) {
        const tok *t = &ts->t[i];
        if (t->kind == TK_WORD && (strcmp(t->w, "to") == 0 || strcmp(t->w, "through") == 0 ||
                                   strcmp(t->w, "thru") == 0)) {
            if (split >= 0)
                return 0;
            split = i;
        }
    }
    if (split < 0)
        return 0;
    tx_date d[2];
    for (int side = 0; side < 2; side++) {
        view v;
        facts f;
        v.n = 0;
        memset(&f, 0, sizeof f);
        for (int i = side ? split + 1 : 0; i < (side ? ts->n : split); i++) {
            const tok *t = &ts->t[i];
            if (t->kind == TK_WORD && (t->wc == WC_IGNORE || is_range_word(t->w)))
                continue;
            v.t[v.n++] = t;
        }
        for (int i = 0; i < v.n;)
            i += read_one(&v, i, 0, &f);
        if (f.bad || f.too_many || f.ndates != 1 || f.npartial || f.nyears || f.length_words ||
            f.ended)
            return 0;
        d[side] = f.dates[0];
    }
    if (tx_date_cmp(d[0], d[1]) >= 0)
        return 0;
    memset(p, 0, sizeof *p);
    p->kind = TX_PERIOD_DURATION;
    p->start = d[0];
    p->end = d[1];
    return 1;
}

/* ================================================================ parse */

typedef struct parse_state {
    toks wt, ct;          /* token storage of the header and the context */
    facts f, c;
} parse_state;

/* The one complete date of the context, for a column whose words name no
 * date at all; 0 when the context has none or several. */
static int end_from_one_date(const facts *c, tx_date *end)
{
    if (c->ndates != 1 || c->nyears != 0 || c->too_many)
        return 0;
    for (int i = 0; i < c->npartial; i++)
        if (c->partial[i].m != c->dates[0].m ||
            (c->partial[i].d && c->partial[i].d != c->dates[0].d))
            return 0;
    *end = c->dates[0];
    return 1;
}

static int parse_with(parse_state *st, const char *words, const tx_period_hint *hint,
                      tx_period *out, const why_out *w)
{
    const char *ctx = hint ? hint->context : NULL;
    read_facts(words, 0, &st->f, &st->wt);
    if (read_range(&st->wt, out))
        return 0;
    if (st->f.bad)
        return fail_tok(w, st->f.bad, st->f.badtok);
    read_facts(ctx, 1, &st->c, &st->ct);

    tx_period p;
    end_how how = { hint && hint->weekly, 0 };
    memset(&p, 0, sizeof p);
    int undated = st->f.ndates == 0 && st->f.npartial == 0 && st->f.nyears == 0 &&
                  !st->f.too_many;
    if (undated && hint && hint->undated && end_from_one_date(&st->c, &p.end)) {
        /* the one column of a statement dated in its title */
    } else {
        int r = end_from_words(&st->f, &p.end, w);
        if (r < 0)
            return -1;
        if (r == 0 &&
            end_from_context(st->f.years[0], &st->c, ctx, hint, &p.end, &how, w) != 0)
            return -1;
    }
    if (decide_length(&st->f, &st->c, hint, &how, &p, w) != 0)
        return -1;
    /* a fiscal year of 52 weeks unless the filing prints the year end 53
       weeks before (and none 52 weeks before) */
    if (p.kind == TX_PERIOD_DURATION && p.weeks == 52 && !st->f.weeks && hint && hint->known) {
        long e = tx_date_to_days(p.end);
        int at52 = 0, at53 = 0;
        for (size_t i = 0; i < hint->nknown; i++) {
            long k = tx_date_to_days(hint->known[i]);
            at52 |= k == e - 364;
            at53 |= k == e - 371;
        }
        if (at53 && !at52) {
            p.weeks = 53;
            p.start = tx_date_add_days(p.end, -7L * 53 + 1);
        }
    }
    /* a quarter-based period of whole weeks starts the day after the end
       of the period before it when the filing prints that end a few days
       off the week count (Apple moved its quarter ends from Friday to
       Saturday: nine months ended June 26, 1999 start 1998-09-26, the day
       after the printed fiscal 1998 year end) */
    if (p.kind == TX_PERIOD_DURATION && p.weeks > 0 && !st->f.weeks && hint && hint->known) {
        long before = tx_date_to_days(p.start) - 1;
        int exact = 0, near = 0;
        long nearest = 0;
        for (size_t i = 0; i < hint->nknown; i++) {
            long k = tx_date_to_days(hint->known[i]);
            if (k == before)
                exact = 1;
            else if (k >= before - 3 && k <= before + 3 && (!near || k != nearest)) {
                near++;
                nearest = k;
            }
        }
        if (!exact && near == 1)
            p.start = tx_date_add_days(p.start, nearest - before);
    }
    if (p.kind == TX_PERIOD_INSTANT)
        p.months = p.weeks = 0;
    *out = p;
    return 0;
}

int tx_period_parse(const char *words, const tx_period_hint *hint,
                    tx_period *out, char *why, size_t whylen)
{
    why_out w = { why, whylen, words };
    if (why && whylen)
        why[0] = '\0';
    if (out)
        memset(out, 0, sizeof *out);
    if (!words || !out)
        return fail(&w, "no header");
    parse_state st;
    return parse_with(&st, words, hint, out, &w);
}

static size_t dates_of(const char *s, int dayed, tx_date *out, size_t max)
{
    if (!s || !out || max == 0)
        return 0;
    toks *ts = malloc(sizeof *ts);
    facts *f = malloc(sizeof *f);
    size_t n = 0;
    if (ts && f) {
        read_facts(s, 1, f, ts);
        for (int i = 0; i < (dayed ? f->ndayed : f->ndates) && n < max; i++)
            out[n++] = dayed ? f->dayed[i] : f->dates[i];
    }
    free(ts);
    free(f);
    return n;
}

size_t tx_period_dates(const char *s, tx_date *out, size_t max)
{
    return dates_of(s, 0, out, max);
}

size_t tx_period_day_dates(const char *s, tx_date *out, size_t max)
{
    return dates_of(s, 1, out, max);
}

int tx_period_is_change(const char *words)
{
    static const char *const change[] = { "change", "changes", "increase", "decrease",
                                          "variance", "percent", "percentage", "growth", NULL };
    if (!words)
        return 0;
    toks *ts = malloc(sizeof *ts);
    int yes = 0;
    if (!ts)
        return 0;
    lex(words, ts);
    for (int i = 0; i < ts->n && !yes; i++) {
        const tok *t = &ts->t[i];
        if (t->kind == TK_PERCENT)
            yes = 1;
        for (size_t k = 0; t->kind == TK_WORD && change[k] && !yes; k++)
            yes = strcmp(t->w, change[k]) == 0;
    }
    free(ts);
    return yes;
}

int tx_period_shape(const char *words)
{
    if (!words)
        return 0;
    toks *ts = malloc(sizeof *ts);
    if (!ts)
        return 0;
    lex(words, ts);
    classify(ts);
    int shape = 0;
    for (int i = 0; i < ts->n; i++) {
        const tok *t = &ts->t[i];
        if (is_year_num(t))
            shape |= TX_SHAPE_YEAR;
        if (t->kind != TK_WORD)
            continue;
        switch (t->wc) {
        case WC_MONTH:
            shape |= TX_SHAPE_MONTH;
            break;
        case WC_UNIT_MONTH:
        case WC_UNIT_WEEK:
        case WC_QUARTER:
        case WC_YEAR:
            shape |= TX_SHAPE_LENGTH;
            break;
        case WC_ENDED:
            shape |= TX_SHAPE_ENDED;
            break;
        default:
            break;
        }
    }
    free(ts);
    return shape;
}

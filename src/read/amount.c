/*
 * amount.c - printed amounts: what one token of a table is (see amount.h).
 * The numeral itself is read by tx_decimal_parse_printed (base/decimal.c):
 * one with more significant digits than a tx_decimal holds
 * (TX_DECIMAL_DIGITS) is no amount.
 */
#include <string.h>

#include "read/amount.h"

#define TX_NOTE_MAX 7                 /* sizeof(tx_amount.note) - 1 */

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static int is_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

/* ------------------------------------------------------------ amounts */

/* A cursor over the token being recognised. */
typedef struct scan {
    const char *s;
    size_t i, n;
} scan;

static char peek(const scan *c)
{
    return c->i < c->n ? c->s[c->i] : '\0';
}

static char peek_at(const scan *c, size_t k)
{
    return c->i + k < c->n ? c->s[c->i + k] : '\0';
}

static int at_end(const scan *c)
{
    return c->i >= c->n;
}

static void skip_spaces(scan *c)
{
    while (c->i < c->n && is_space(c->s[c->i]))
        c->i++;
}

static void set_note(tx_amount *a, const char *s, size_t n)
{
    memcpy(a->note, s, n);
    a->note[n] = '\0';
}

/* Matches s[0..n) against a nil marker, case-insensitively. */
static int is_nil_core(const char *s, size_t n)
{
    static const char *const words[] = { "n/a", "na", "nm", "n/m", "-0-", "- -" };
    if (n >= 1 && n <= 3) {
        size_t k = 0;
        while (k < n && s[k] == '-')
            k++;
        if (k == n)
            return 1;                   /* "-", "--", "---" */
    }
    for (size_t w = 0; w < sizeof words / sizeof words[0]; w++) {
        size_t wl = strlen(words[w]);
        if (wl != n)
            continue;
        size_t k = 0;
        while (k < n) {
            char a = s[k], b = words[w][k];
            if (a >= 'A' && a <= 'Z')
                a = (char)(a - 'A' + 'a');
            if (a != b)
                break;
            k++;
        }
        if (k == n)
            return 1;
    }
    return 0;
}

/* Tries to read one glued footnote marker at the cursor, up to the end of
 * the token: "*", "**", "{6}", "{4,5}", "<F1>", and when allow_paren
 * "(a)" / "(1)".  Returns 1 if the rest of the token is exactly one marker
 * (then the note is stored), 0 otherwise. */
static int read_note(scan *c, tx_amount *a, int allow_paren)
{
    size_t rest = c->n - c->i;
    const char *p = c->s + c->i;
    if (rest == 0)
        return 0;
    if (p[0] == '*') {
        size_t k = 0;
        while (k < rest && p[k] == '*')
            k++;
        if (k != rest || k > 3)
            return 0;
        set_note(a, p, k);
        c->i = c->n;
        return 1;
    }
    char close = p[0] == '{' ? '}' : p[0] == '<' ? '>' : p[0] == '(' && allow_paren ? ')' : 0;
    if (!close || rest < 3 || p[rest - 1] != close)
        return 0;
    size_t inner = rest - 2;
    if (inner > TX_NOTE_MAX)
        return 0;
    for (size_t k = 1; k <= inner; k++) {
        char ch = p[k];
        int ok = is_digit(ch) || is_alpha(ch) || (close == '}' && ch == ',');
        if (!ok)
            return 0;
    }
    if (close == ')') {
        /* "(a)" / "(A)": one letter; "(1)": one or two digits */
        int letter = inner == 1 && is_alpha(p[1]);
        int number = inner <= 2 && is_digit(p[1]) && (inner == 1 || is_digit(p[2]));
        if (!letter && !number)
            return 0;
    }
    set_note(a, p + 1, inner);
    c->i = c->n;
    return 1;
}

/* "(1)" or "(A)" alone: a footnote reference, not an amount. */
static int is_bare_marker(const char *s, size_t n)
{
    return n == 3 && s[0] == '(' && s[2] == ')' &&
           (is_alpha(s[1]) || (s[1] >= '1' && s[1] <= '9'));
}

/* Nil markers, optionally after '$' and before a glued footnote. */
static int parse_nil(scan *c, tx_amount *a)
{
    scan t = *c;
    if (peek(&t) == '$') {
        a->dollar = 1;
        t.i++;
        skip_spaces(&t);
    }
    /* the nil core runs up to a footnote opener or the end */
    size_t start = t.i, end = t.i;
    while (end < t.n && t.s[end] != '*' && t.s[end] != '{' && t.s[end] != '<')
        end++;
    if (!is_nil_core(t.s + start, end - start))
        return 0;
    t.i = end;
    if (!at_end(&t) && !read_note(&t, a, 0))
        return 0;
    a->kind = TX_AMOUNT_NIL;
    a->value = tx_decimal_make(0, 0);
    *c = t;
    return 1;
}

/* The sign and currency prefix: any order of '$', one '(' and one '-' or
 * '+', but not both '(' and a sign. */
static int parse_prefix(scan *c, tx_amount *a, int *paren, int *plus)
{
    for (;;) {
        char ch = peek(c);
        if (ch == '$') {
            if (a->dollar)
                return -1;
            a->dollar = 1;
            c->i++;
            skip_spaces(c);
        } else if (ch == '(') {
            if (*paren || a->negative_minus || *plus)
                return -1;
            *paren = 1;
            c->i++;
        } else if (ch == '-' || ch == '+') {
            if (*paren || a->negative_minus || *plus)
                return -1;
            if (ch == '-')
                a->negative_minus = 1;
            else
                *plus = 1;
            c->i++;
        } else {
            return 0;
        }
    }
}

/* The numeral itself: digits, commas and one point. */
static int parse_numeral(scan *c, tx_amount *a)
{
    size_t start = c->i;
    while (c->i < c->n && (is_digit(c->s[c->i]) || c->s[c->i] == ',' || c->s[c->i] == '.'))
        c->i++;
    size_t len = c->i - start;
    if (len == 0 || tx_decimal_parse_printed(c->s + start, len, &a->value) != 0)
        return -1;
    a->frac_digits = -a->value.exp;
    return 0;
}

/* Optional spaces and a '%' sign. */
static int parse_percent(scan *c, tx_amount *a)
{
    scan t = *c;
    skip_spaces(&t);
    if (peek(&t) != '%')
        return 0;
    t.i++;
    *c = t;
    a->kind = TX_AMOUNT_PERCENT;
    return 1;
}

/* Everything after the numeral: percent, closing paren, trailing minus,
 * footnote.  Returns 0 if the token ends properly. */
static int parse_suffix(scan *c, tx_amount *a, int paren, int plus)
{
    (void)parse_percent(c, a);
    if (paren) {
        if (peek(c) != ')')
            return -1;
        c->i++;
        if (a->kind != TX_AMOUNT_PERCENT)
            (void)parse_percent(c, a);
    } else if (peek(c) == '-' && !a->negative_minus && !plus &&
               a->kind != TX_AMOUNT_PERCENT &&
               (c->i + 1 == c->n || peek_at(c, 1) == '*' || peek_at(c, 1) == '{' ||
                peek_at(c, 1) == '<' || peek_at(c, 1) == '(')) {
        a->negative_minus = 1;          /* trailing minus "1,234-" */
        c->i++;
    }
    if (at_end(c))
        return 0;
    return read_note(c, a, 1) ? 0 : -1;
}

static int parse_number(scan *c, tx_amount *a)
{
    int paren = 0, plus = 0;
    if (parse_prefix(c, a, &paren, &plus) != 0)
        return -1;
    if (!is_digit(peek(c)) && !(peek(c) == '.' && is_digit(peek_at(c, 1))))
        return -1;
    if (parse_numeral(c, a) != 0)
        return -1;
    a->kind = TX_AMOUNT_VALUE;
    if (parse_suffix(c, a, paren, plus) != 0)
        return -1;
    a->negative_parens = paren;
    if ((paren || a->negative_minus) && tx_decimal_negate(&a->value) != 0)
        return -1;
    return 0;
}

int tx_amount_parse(const char *tok, size_t len, tx_amount *out)
{
    if (!out)
        return 0;
    memset(out, 0, sizeof *out);
    if (!tok)
        return 0;
    scan c = { tok, 0, len };
    skip_spaces(&c);
    while (c.n > c.i && is_space(c.s[c.n - 1]))
        c.n--;
    if (at_end(&c) || is_bare_marker(c.s + c.i, c.n - c.i))
        return 0;

    tx_amount a;
    memset(&a, 0, sizeof a);
    scan t = c;
    if (parse_nil(&t, &a)) {
        *out = a;
        return 1;
    }
    memset(&a, 0, sizeof a);
    t = c;
    if (parse_number(&t, &a) != 0)
        return 0;
    *out = a;
    return 1;
}

/* layout.c - tokens, chunks, value parts and line classes of one line. */
#include "read/layout.h"

#include <stdlib.h>
#include <string.h>

#include "base/util.h"

static int is_space(char c) { return c == ' '; }

/* Display width of bytes [0, n): one column per UTF-8 code point. */
static int columns_of(const char *s, size_t n)
{
    int c = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            c++;
    return c;
}

static int tokenize(const char *text, tx_layout *lay)
{
    size_t cap = 0, i = 0;
    int col = 0;
    while (text[i]) {
        if (is_space(text[i])) {
            i++;
            col++;
            continue;
        }
        size_t start = i;
        while (text[i] && !is_space(text[i]))
            i++;
        if (tx_grow((void **)&lay->tokens, &cap, lay->ntokens + 1, sizeof(tx_token)) != 0)
            return -1;
        int w = columns_of(text + start, i - start);
        lay->tokens[lay->ntokens++] = (tx_token){start, i - start, col, col + w};
        col += w;
    }
    return 0;
}

static int token_is_dollar(const char *text, const tx_token *t)
{
    return t->len == 1 && text[t->off] == '$';
}

static int token_is_rule(const char *text, const tx_token *t, int *dbl)
{
    for (size_t i = 0; i < t->len; i++) {
        char c = text[t->off + i];
        if (c != '-' && c != '=' && c != '_')
            return 0;
        if (c == '=')
            *dbl = 1;
    }
    return 1;
}

int tx_token_is_year(const char *text, const tx_token *t)
{
    const char *s = text + t->off;
    size_t n = t->len;
    if (n < 4)
        return 0;
    for (size_t i = 0; i < 4; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    if (y < 1900 || y > 2099)
        return 0;
    if (n == 4)
        return 1;
    /* a glued footnote marker: 1997*, 1997(a), 1997{1}, 1997<F1> */
    char c = s[4];
    return c == '*' || c == '(' || c == '{' || c == '<';
}

/* Column just after the last digit of a printed amount (or its end). */
static int anchor_of(const char *text, const tx_token *t, int col_end)
{
    const char *s = text + t->off;
    size_t last = t->len;
    while (last > 0 && !(s[last - 1] >= '0' && s[last - 1] <= '9'))
        last--;
    if (last == 0)
        return col_end;
    return col_end - columns_of(s + last, t->len - last);
}

/* "(5)" or "(48)": a footnote marker in a label, but a negative amount
 * where it stands in the value part (two spaces right of the label). */
static int small_negative(const char *s, size_t n, tx_amount *a)
{
    if (n < 3 || n > 4 || s[0] != '(' || s[n - 1] != ')')
        return 0;
    for (size_t i = 1; i + 1 < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    memset(a, 0, sizeof *a);
    if (tx_decimal_parse_printed(s + 1, n - 2, &a->value) != 0 || tx_decimal_negate(&a->value) != 0)
        return 0;
    a->kind = TX_AMOUNT_VALUE;
    a->negative_parens = 1;
    return 1;
}

static int amount_token(const char *s, size_t n, tx_amount *a)
{
    return tx_amount_parse(s, n, a) || small_negative(s, n, a);
}

/* Finds the trailing value part; sets lay->values and lay->label_tokens. */
/* "-----" standing for nothing in a value column beside amounts ("26
 * 22 -----"): a nil, no rule, when no longer than a column is wide. */
static int dash_nil(const char *text, const tx_token *t)
{
    if (t->len < 4 || t->len > 12)
        return 0;
    for (size_t i = 0; i < t->len; i++)
        if (text[t->off + i] != '-')
            return 0;
    return 1;
}

static int find_values(const char *text, tx_layout *lay)
{
    size_t n = lay->ntokens, first = n, amounts = 0;
    while (first > 0) {
        const tx_token *t = &lay->tokens[first - 1];
        tx_amount a;
        if (amount_token(text + t->off, t->len, &a)) {
            first--;
            amounts += a.kind == TX_AMOUNT_VALUE;
        } else if ((token_is_dollar(text, t) && first < n) || dash_nil(text, t))
            first--;
        else
            break;
    }
    /* dash runs are nils only beside amounts: alone they are rules, and
       the value part starts after the last of them */
    for (size_t k = first; amounts == 0 && k < n; k++)
        if (dash_nil(text, &lay->tokens[k]))
            first = k + 1;
    /* The value part must stand two spaces right of the label. */
    while (first < n && first > 0 &&
           lay->tokens[first].col - lay->tokens[first - 1].end < 2)
        first++;
    /* A leading lone '$' with nothing after it is not a value. */
    size_t cap = 0;
    for (size_t i = first; i < n; i++) {
        const tx_token *t = &lay->tokens[i];
        if (token_is_dollar(text, t)) {
            if (i + 1 < n && !token_is_dollar(text, &lay->tokens[i + 1]))
                continue;  /* merged into the next amount */
            continue;      /* a stray '$': ignored        */
        }
        tx_vtoken v;
        memset(&v, 0, sizeof v);
        if (!amount_token(text + t->off, t->len, &v.amount) && dash_nil(text, t))
            v.amount.kind = TX_AMOUNT_NIL;
        if (i > first && token_is_dollar(text, &lay->tokens[i - 1]))
            v.amount.dollar = 1;
        v.col = t->col;
        v.end = t->end;
        v.anchor = anchor_of(text, t, t->end);
        v.off = t->off;
        v.len = t->len;
        if (tx_grow((void **)&lay->values, &cap, lay->nvalues + 1, sizeof(tx_vtoken)) != 0)
            return -1;
        lay->values[lay->nvalues++] = v;
    }
    if (lay->nvalues == 0)
        first = n;
    lay->label_tokens = first;
    lay->label_end = first > 0 ? lay->tokens[first - 1].end : 0;
    return 0;
}

static int all_years(const char *text, const tx_layout *lay)
{
    for (size_t i = 0; i < lay->nvalues; i++) {
        const tx_vtoken *v = &lay->values[i];
        tx_token t = {v->off, v->len, v->col, v->end};
        if (v->amount.kind != TX_AMOUNT_VALUE || v->amount.dollar ||
            !tx_token_is_year(text, &t))
            return 0;
    }
    return lay->nvalues > 0;
}

static int is_page_number(const char *text, const tx_layout *lay)
{
    if (lay->ntokens != 1 || lay->nvalues != 1 || lay->indent < 10)
        return 0;
    const tx_token *t = &lay->tokens[0];
    if (t->len > 3)
        return 0;
    for (size_t i = 0; i < t->len; i++)
        if (text[t->off + i] < '0' || text[t->off + i] > '9')
            return 0;
    return 1;
}

static tx_line_class classify(const char *text, tx_layout *lay)
{
    if (lay->ntokens == 0)
        return TX_LC_BLANK;
    int dbl = 0, rule = 1, longest = 0;
    for (size_t i = 0; i < lay->ntokens && rule; i++) {
        if (!token_is_rule(text, &lay->tokens[i], &dbl))
            rule = 0;
        else if ((int)lay->tokens[i].len > longest)
            longest = (int)lay->tokens[i].len;
    }
    if (rule && longest >= 3) {
        lay->rule_double = dbl;
        return TX_LC_RULE;
    }
    if (lay->nvalues == 0)
        return TX_LC_TEXT;
    if (is_page_number(text, lay))
        return TX_LC_PAGENUM;
    if (all_years(text, lay) && (lay->nvalues >= 2 || lay->label_tokens == 0))
        return TX_LC_YEARS;
    return TX_LC_DATA;
}

int tx_layout_line(const char *text, tx_layout *out)
{
    memset(out, 0, sizeof *out);
    if (tokenize(text, out) != 0 || find_values(text, out) != 0) {
        tx_layout_clear(out);
        return -1;
    }
    out->indent = out->ntokens ? out->tokens[0].col : -1;
    out->cls = classify(text, out);
    if (out->cls == TX_LC_RULE || out->cls == TX_LC_BLANK) {
        out->nvalues = 0;
        out->label_tokens = 0;
        out->label_end = 0;
    }
    return 0;
}

void tx_layout_clear(tx_layout *lay)
{
    free(lay->tokens);
    free(lay->values);
    memset(lay, 0, sizeof *lay);
}

size_t tx_layout_chunks(const tx_layout *lay, size_t from, size_t to,
                        tx_chunk *out, size_t max)
{
    size_t n = 0;
    for (size_t i = from; i < to; i++) {
        const tx_token *t = &lay->tokens[i];
        if (n > 0 && i > from && t->col - lay->tokens[i - 1].end < 2) {
            out[n - 1].count++;
            out[n - 1].end = t->end;
            continue;
        }
        if (n == max)
            break;
        out[n++] = (tx_chunk){i, 1, t->col, t->end};
    }
    return n;
}

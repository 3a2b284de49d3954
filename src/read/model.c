/* model.c - ownership and small text helpers of the reader's model. */
#include "read/model.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"

void tx_table_clear(tx_table *t)
{
    if (!t)
        return;
    free(t->entity);
    free(t->title);
    free(t->title_notes);
    free(t->scale_text);
    free(t->audit);
    free(t->lead_heading);
    for (size_t i = 0; i < t->ncols; i++) {
        free(t->cols[i].words);
        free(t->cols[i].notes);
        free(t->cols[i].period_error);
    }
    free(t->cols);
    for (size_t i = 0; i < t->nrows; i++) {
        tx_row *r = &t->rows[i];
        free(r->label);
        free(r->notes);
        free(r->path);
        free(r->sums);
        free(r->sum_signs);
        if (r->cells)
            for (size_t c = 0; c < t->ncols; c++)
                free(r->cells[c].text);
        free(r->cells);
    }
    free(t->rows);
    for (size_t i = 0; i < t->nfootnotes; i++)
        free(t->footnotes[i]);
    free(t->footnotes);
    memset(t, 0, sizeof *t);
    t->parent = -1;
}

char *tx_collapse(const char *s, size_t n)
{
    tx_buf b = {0};
    int space = 0;
    for (size_t i = 0; i < n && s[i]; i++) {
        if (s[i] == ' ' || s[i] == '\t') {
            space = 1;
            continue;
        }
        if (space && b.len)
            tx_buf_putc(&b, ' ');
        space = 0;
        tx_buf_putc(&b, s[i]);
    }
    return tx_buf_take(&b);
}

int tx_all_caps(const char *s)
{
    int letters = 0;
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (islower(c))
            return 0;
        if (isupper(c))
            letters++;
    }
    return letters >= 2;
}

size_t tx_count_words(const char *s, size_t n)
{
    size_t w = 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && (i == 0 || s[i - 1] == ' '))
            w++;
    return w;
}

static int is_stopword(const char *w, size_t n)
{
    static const char *const stop[] = {"and", "of", "the", "in", "by", "for", "to", NULL};
    for (size_t i = 0; stop[i]; i++)
        if (strlen(stop[i]) == n && tx_strncaseeq(w, stop[i], n))
            return 1;
    return 0;
}

static int word_char(char c)
{
    return isalnum((unsigned char)c) || c == '\'' || c == '-';
}

/* 1 if the word s[0..n) occurs as a whole word in label. */
static int has_word(const char *label, const char *w, size_t n)
{
    for (const char *p = label; *p;) {
        while (*p && !word_char(*p))
            p++;
        const char *q = p;
        while (*q && word_char(*q))
            q++;
        if ((size_t)(q - p) == n && tx_strncaseeq(p, w, n))
            return 1;
        p = q;
    }
    return 0;
}

int tx_repeats_heading(const char *label, const char *heading_text)
{
    /* "Other assets" is the last item of "ASSETS:", not its total */
    if (tx_strncaseeq(label, "other ", 6))
        return 0;
    int words = 0;
    for (const char *p = heading_text; *p;) {
        while (*p && !word_char(*p))
            p++;
        const char *q = p;
        while (*q && word_char(*q))
            q++;
        size_t n = (size_t)(q - p);
        if (n && !is_stopword(p, n)) {
            words++;
            if (!has_word(label, p, n))
                return 0;
        }
        p = q;
    }
    return words > 0;
}

/* Length of a footnote marker ending at s[n-1], or 0. */
static size_t marker_at_end(const char *s, size_t n, size_t *in_lo, size_t *in_len)
{
    if (n == 0)
        return 0;
    char last = s[n - 1];
    if (last == '*') {
        size_t k = n;
        while (k > 0 && s[k - 1] == '*')
            k--;
        *in_lo = k;
        *in_len = n - k;
        return n - k;
    }
    char open = last == ')' ? '(' : last == '}' ? '{' : last == '>' ? '<' : 0;
    if (!open)
        return 0;
    size_t k = n - 1;
    while (k > 0 && s[k - 1] != open && n - k < 8)
        k--;
    if (k == 0 || s[k - 1] != open)
        return 0;
    size_t lo = k, len = n - 1 - k;  /* inside the brackets */
    if (len == 0)
        return 0;
    const char *in = s + lo;
    int ok;
    if (open == '(') {
        /* (1), (12), (a), (A), (*) - not words such as (loss) */
        ok = (len <= 2 && isdigit((unsigned char)in[0]) &&
              (len == 1 || isdigit((unsigned char)in[1]))) ||
             (len == 1 && (isalpha((unsigned char)in[0]) || in[0] == '*'));
    } else if (open == '{') {
        ok = 1;
        for (size_t i = 0; i < len; i++)
            if (!isdigit((unsigned char)in[i]) && in[i] != ',')
                ok = 0;
    } else {
        ok = (in[0] == 'F' || in[0] == 'f');
        for (size_t i = 1; i < len; i++)
            if (!isdigit((unsigned char)in[i]))
                ok = 0;
    }
    if (!ok)
        return 0;
    *in_lo = lo;
    *in_len = len;
    return len + 2;
}

int tx_strip_markers(char *label, tx_buf *notes)
{
    size_t n = strlen(label);
    char found[8][8];
    size_t nfound = 0;
    for (;;) {
        while (n > 0 && label[n - 1] == ' ')
            n--;
        /* dot leaders: "Net sales ........" */
        size_t k = n, dots = 0;
        while (k > 0 && (label[k - 1] == '.' || label[k - 1] == ' ')) {
            if (label[k - 1] == '.')
                dots++;
            k--;
        }
        if (dots >= 2) {
            n = k;
            continue;
        }
        size_t lo, len, m = marker_at_end(label, n, &lo, &len);
        if (!m || m >= n || (n - m > 0 && label[n - m - 1] != ' ' && label[n - m - 1] != ')'))
            break;
        if (nfound < 8) {
            size_t c = len < 7 ? len : 7;
            memcpy(found[nfound], label + lo, c);
            found[nfound][c] = '\0';
            nfound++;
        }
        n -= m;
    }
    label[n] = '\0';
    for (size_t i = nfound; i-- > 0;) {
        if (notes->len)
            tx_buf_putc(notes, ',');
        tx_buf_puts(notes, found[i]);
    }
    return notes->failed ? -1 : 0;
}

const char *tx_value_kind_name(tx_value_kind k)
{
    return k == TX_VK_SHARES ? "shares" : k == TX_VK_PER_SHARE ? "per-share" : "money";
}

tx_value_kind tx_cell_kind(const tx_table *t, size_t c, tx_value_kind k)
{
    if (c < t->ncols && t->cols[c].own_kind)
        return t->cols[c].kind;
    /* an equity statement's component columns hold amounts unless they
       hold shares, whatever the row's words ("dividends of $0.48 per share") */
    return t->components ? TX_VK_MONEY : k;
}

int tx_cell_scale(const tx_table *t, size_t c, tx_value_kind k)
{
    k = tx_cell_kind(t, c, k);
    if (k == TX_VK_PER_SHARE)
        return 0;
    if (c < t->ncols && t->cols[c].own_scale)
        return t->cols[c].scale;
    return k == TX_VK_MONEY ? t->scale.money : t->scale.shares;
}

int tx_row_scale(const tx_table *t, const tx_row *row, size_t c)
{
    if (row->own_scale && tx_cell_kind(t, c, row->vkind) != TX_VK_PER_SHARE)
        return row->scale;
    return tx_cell_scale(t, c, row->vkind);
}

/* header.c - stage 3: find a table's columns and read their periods. */
#include "read/header.h"

#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"

#define ANCHOR_TOLERANCE 2   /* anchors this close belong to one column  */
#define YEAR_REACH 6         /* how far a header year may sit from values */

typedef struct cluster {
    int anchor;      /* most frequent anchor */
    int lo, hi;      /* anchor range         */
    int left, right; /* extent of the values */
    size_t count;
} cluster;

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/* Anchors and extents of every value in the body, clustered. */
static int cluster_values(const tx_text *text, const tx_table *t,
                          cluster **out, size_t *nout)
{
    int *anchors = NULL;
    size_t n = 0, cap = 0;
    int status = 0;
    for (size_t i = t->body_lo; i < t->body_hi && status == 0; i++) {
        tx_layout lay;
        if (tx_layout_line(text->lines[i].text, &lay) != 0)
            return -1;
        if (lay.cls == TX_LC_DATA)
            for (size_t v = 0; v < lay.nvalues; v++) {
                if (tx_grow((void **)&anchors, &cap, n + 1, sizeof(int)) != 0) {
                    status = -1;
                    break;
                }
                anchors[n++] = lay.values[v].anchor;
            }
        tx_layout_clear(&lay);
    }
    if (status != 0) {
        free(anchors);
        return -1;
    }
    tx_sort(anchors, n, sizeof(int), cmp_int);
    cluster *cl = NULL;
    size_t ncl = 0, ccap = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && anchors[j] - anchors[j - 1] <= ANCHOR_TOLERANCE)
            j++;
        /* the most frequent anchor of the run */
        int best = anchors[i];
        size_t bestc = 0;
        for (size_t k = i; k < j;) {
            size_t m = k;
            while (m < j && anchors[m] == anchors[k])
                m++;
            if (m - k > bestc) {
                bestc = m - k;
                best = anchors[k];
            }
            k = m;
        }
        if (tx_grow((void **)&cl, &ccap, ncl + 1, sizeof(cluster)) != 0) {
            free(anchors);
            free(cl);
            return -1;
        }
        cl[ncl++] = (cluster){best, anchors[i], anchors[j - 1], INT_MAX, INT_MIN, j - i};
        i = j;
    }
    free(anchors);
    *out = cl;
    *nout = ncl;
    return 0;
}

/* The bottom-most years line of the header, laid out; 0 if none. */
static int find_years(const tx_text *text, const tx_table *t, tx_layout *lay)
{
    for (size_t i = t->head_hi; i > t->head_lo; i--) {
        if (tx_layout_line(text->lines[i - 1].text, lay) != 0)
            return -1;
        if (lay->cls == TX_LC_YEARS)
            return (int)i;
        tx_layout_clear(lay);
    }
    return 0;
}

static int add_column(tx_table *t, size_t *cap, int anchor)
{
    if (tx_grow((void **)&t->cols, cap, t->ncols + 1, sizeof(tx_column)) != 0)
        return -1;
    tx_column *c = &t->cols[t->ncols++];
    memset(c, 0, sizeof *c);
    c->anchor = anchor;
    c->left = INT_MAX;
    c->right = INT_MIN;
    return 0;
}

static int cmp_col(const void *a, const void *b)
{
    const tx_column *x = a, *y = b;
    return (x->anchor > y->anchor) - (x->anchor < y->anchor);
}

int tx_column_for(const tx_table *t, const tx_vtoken *v, int *distance)
{
    if (t->hinted)
        for (size_t c = 0; c < t->ncols; c++)
            if (v->anchor > t->cols[c].hint_lo && v->anchor <= t->cols[c].hint_hi) {
                if (distance)
                    *distance = 0;
                return (int)c;
            }
    int best = -1, bestd = INT_MAX;
    for (size_t c = 0; c < t->ncols; c++) {
        int d = abs(v->anchor - t->cols[c].anchor);
        if (d < bestd) {
            bestd = d;
            best = (int)c;
        }
    }
    if (distance)
        *distance = bestd;
    return best;
}

/* The <S>/<C> markers that apply to the table's body: those of its first
 * hinted body line, when every hinted body line has the same ones and
 * there is a <C> at all; NULL otherwise. */
static const tx_line *body_hints(const tx_text *text, const tx_table *t)
{
    const tx_line *first = NULL;
    for (size_t i = t->body_lo; i < t->body_hi; i++) {
        const tx_line *l = &text->lines[i];
        if (!(l->flags & TX_LINE_HINTS) || l->nhints < 2)
            continue;
        if (!first)
            first = l;
        else if (l->nhints != first->nhints ||
                 memcmp(l->hints, first->hints, l->nhints * sizeof(int)) != 0)
            return NULL;
    }
    return first;
}

/* Columns from the <C> markers: a column runs from its marker to the next
 * one, and holds the values whose anchor falls in it.  Used when the
 * values do not line up well enough to cluster into as many columns as
 * there are markers (values set at different places within their column).
 * A marker column with no value and no header year under it is dropped
 * (the 'Notes' column of letters).  1 when the columns were made, 0 when
 * the markers do not fit the values, -1 on no memory. */
static int hint_columns(tx_table *t, size_t *cap, const tx_line *hl, const cluster *cl,
                        size_t ncl, const tx_layout *years)
{
    const int *h = hl->hints + 1;  /* hints[0] is <S>, the label column */
    size_t nc = hl->nhints - 1;
    for (size_t c = 0; c < ncl; c++)
        if (cl[c].lo <= h[0])
            return 0;  /* values left of the first <C>: the markers are off */
    for (size_t k = 0; k < nc; k++) {
        int lo = h[k], hi = k + 1 < nc ? h[k + 1] : INT_MAX;
        int best = -1;
        size_t bestn = 0;
        for (size_t c = 0; c < ncl; c++)
            if (cl[c].anchor > lo && cl[c].anchor <= hi && cl[c].count > bestn) {
                bestn = cl[c].count;
                best = cl[c].anchor;
            }
        for (size_t y = 0; best < 0 && years && y < years->nvalues; y++)
            if (years->values[y].anchor > lo && years->values[y].anchor <= hi)
                best = years->values[y].anchor;
        if (best < 0)
            continue;
        if (add_column(t, cap, best) != 0)
            return -1;
        t->cols[t->ncols - 1].hint_lo = lo;
        t->cols[t->ncols - 1].hint_hi = hi;
    }
    t->hinted = 1;
    return 1;
}

/* Columns = value clusters, with header years matched to them; years with
 * no values under them still make columns. */
static int make_columns(const tx_text *text, tx_table *t, tx_report *rep)
{
    cluster *cl = NULL;
    size_t ncl = 0, cap = 0;
    if (cluster_values(text, t, &cl, &ncl) != 0)
        return -1;
    tx_layout years;
    int yl = find_years(text, t, &years);
    if (yl < 0) {
        free(cl);
        return -1;
    }
    const tx_line *hl = body_hints(text, t);
    if (hl && ncl > hl->nhints - 1) {
        int r = hint_columns(t, &cap, hl, cl, ncl, yl > 0 ? &years : NULL);
        if (r != 0) {
            free(cl);
            if (yl > 0)
                tx_layout_clear(&years);
            return r < 0 ? -1 : 0;
        }
    }
    int *used = calloc(ncl ? ncl : 1, sizeof(int));
    if (!used) {
        free(cl);
        if (yl)
            tx_layout_clear(&years);
        return -1;
    }
    int status = 0;
    if (yl > 0) {
        for (size_t y = 0; y < years.nvalues && status == 0; y++) {
            const tx_vtoken *yv = &years.values[y];
            int best = -1, bestd = INT_MAX;
            for (size_t c = 0; c < ncl; c++) {
                int d = abs(cl[c].anchor - yv->anchor);
                if (!used[c] && d < bestd) {
                    bestd = d;
                    best = (int)c;
                }
            }
            if (best >= 0 && bestd <= YEAR_REACH) {
                used[best] = 1;
                status = add_column(t, &cap, cl[best].anchor);
            } else {
                status = add_column(t, &cap, yv->anchor);
            }
        }
    }
    for (size_t c = 0; c < ncl && status == 0; c++) {
        if (used[c])
            continue;
        if (yl > 0) {
            /* values that stand apart from every year column */
            int d;
            const tx_vtoken probe = {.anchor = cl[c].anchor};
            int near = tx_column_for(t, &probe, &d);
            if (near >= 0 && d <= YEAR_REACH)
                continue;
            tx_report_add(rep, TX_WARNING, text->name, t->src_header, "header.stray-values",
                          "values at column %d stand under no header year; read as a column of their own",
                          cl[c].anchor);
        }
        status = add_column(t, &cap, cl[c].anchor);
    }
    free(used);
    free(cl);
    if (yl > 0)
        tx_layout_clear(&years);
    if (status == 0 && t->ncols > 1)
        tx_sort(t->cols, t->ncols, sizeof(tx_column), cmp_col);
    return status;
}

/* Widens each column's extent to cover its values. */
static int measure_columns(const tx_text *text, tx_table *t)
{
    for (size_t i = t->body_lo; i < t->body_hi; i++) {
        tx_layout lay;
        if (tx_layout_line(text->lines[i].text, &lay) != 0)
            return -1;
        for (size_t v = 0; lay.cls == TX_LC_DATA && v < lay.nvalues; v++) {
            int c = tx_column_for(t, &lay.values[v], NULL);
            tx_column *col = &t->cols[c];
            if (lay.values[v].col < col->left)
                col->left = lay.values[v].col;
            if (lay.values[v].end > col->right)
                col->right = lay.values[v].end;
        }
        tx_layout_clear(&lay);
    }
    for (size_t c = 0; c < t->ncols; c++)
        if (t->cols[c].left == INT_MAX) {
            t->cols[c].left = t->cols[c].anchor - 4;
            t->cols[c].right = t->cols[c].anchor;
        }
    return 0;
}

/* Distance between a chunk [col, end) and a column's extent. */
static int gap_to(const tx_column *c, int col, int end)
{
    if (end <= c->left)
        return c->left - end;
    if (col >= c->right)
        return col - c->right;
    return 0;
}

/* How far from a column a header chunk may sit and still belong to it:
 * half the space to the nearest neighbour column. */
static int reach_of(const tx_table *t, size_t c)
{
    int r = 12;
    if (c > 0) {
        int g = t->cols[c].left - t->cols[c - 1].right;
        if (g / 2 < r)
            r = g / 2;
    }
    if (c + 1 < t->ncols) {
        int g = t->cols[c + 1].left - t->cols[c].right;
        if (g / 2 < r)
            r = g / 2;
    }
    return r < 2 ? 2 : r;
}

/* A year or a numeric date ("6/26/98") ends its chunk when words follow it
 * after a single space: "6/26/98 Change" are two columns' words. */
static int date_token(const char *s, const tx_token *t)
{
    if (tx_token_is_year(s, t))
        return 1;
    int slashes = 0;
    for (size_t i = 0; i < t->len; i++) {
        char c = s[t->off + i];
        if (c == '/')
            slashes++;
        else if (c < '0' || c > '9')
            return 0;
    }
    return slashes == 2;
}

static size_t split_after_dates(const char *s, const tx_layout *lay, tx_chunk *ch,
                                size_t nch, size_t max)
{
    for (size_t k = 0; k < nch; k++) {
        for (size_t j = 1; j < ch[k].count; j++) {
            const tx_token *prev = &lay->tokens[ch[k].first + j - 1];
            const tx_token *cur = &lay->tokens[ch[k].first + j];
            char c = s[cur->off];
            int wordy = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '%';
            if (!wordy || !date_token(s, prev) || nch >= max)
                continue;
            memmove(&ch[k + 2], &ch[k + 1], (nch - k - 1) * sizeof *ch);
            ch[k + 1] = (tx_chunk){ch[k].first + j, ch[k].count - j, cur->col, ch[k].end};
            ch[k].count = j;
            ch[k].end = prev->end;
            nch++;
            break;
        }
    }
    return nch;
}

static int rule_token(const char *s, const tx_token *t)
{
    for (size_t i = 0; i < t->len; i++)
        if (s[t->off + i] != '-' && s[t->off + i] != '=' && s[t->off + i] != '_')
            return 0;
    return t->len > 0;
}

/* Cuts chunk k before its token j. */
static size_t cut_chunk(const tx_layout *lay, tx_chunk *ch, size_t nch, size_t k, size_t j)
{
    const tx_token *prev = &lay->tokens[ch[k].first + j - 1];
    const tx_token *cur = &lay->tokens[ch[k].first + j];
    memmove(&ch[k + 2], &ch[k + 1], (nch - k - 1) * sizeof *ch);
    ch[k + 1] = (tx_chunk){ch[k].first + j, ch[k].count - j, cur->col, ch[k].end};
    ch[k].count = j;
    ch[k].end = prev->end;
    return nch + 1;
}

/* A rule set one space from words ("December 31, ----------------") is
 * no part of them: rules and words become chunks of their own. */
static size_t split_rules(const char *s, const tx_layout *lay, tx_chunk *ch, size_t nch,
                          size_t max)
{
    for (size_t k = 0; k < nch && nch < max; k++)
        for (size_t j = 1; j < ch[k].count; j++)
            if (rule_token(s, &lay->tokens[ch[k].first + j - 1]) !=
                rule_token(s, &lay->tokens[ch[k].first + j])) {
                nch = cut_chunk(lay, ch, nch, k, j);
                break;
            }
    return nch;
}

static char *chunk_text(const char *s, const tx_layout *lay, size_t first, size_t count)
{
    const tx_token *a = &lay->tokens[first];
    const tx_token *z = &lay->tokens[first + count - 1];
    return tx_strndup(s + a->off, z->off + z->len - a->off);
}

/* The period shape of tokens [first, first+count) of a line, or -1 on no
 * memory. */
static int part_shape(const char *s, const tx_layout *lay, size_t first, size_t count)
{
    char *w = chunk_text(s, lay, first, count);
    if (!w)
        return -1;
    int shape = tx_period_shape(w);
    free(w);
    return shape;
}

/* The headers of neighbouring columns printed one space apart read as one
 * chunk ("Month Ended Year Ended", "January 31, January 31," over two
 * columns).  A chunk over the extents of several columns is cut at the
 * space nearest the middle between each two of them when every part then
 * holds period words of the same kind (each a length, each a date); a
 * genuine spanning header ("Years Ended December 31," over two years)
 * cuts into parts of different kinds and stays whole. */
/* 1 if header line `below` prints a rule under any of display columns
 * [col, end): "Preferred Stock" underlined over its Shares and Amount
 * columns spans them.  -1 on no memory. */
static int underlined(const char *below, int col, int end)
{
    if (!below)
        return 0;
    tx_layout lay;
    if (tx_layout_line(below, &lay) != 0)
        return -1;
    int r = 0;
    for (size_t k = 0; k < lay.ntokens && !r; k++)
        r = rule_token(below, &lay.tokens[k]) && lay.tokens[k].col < end &&
            lay.tokens[k].end > col;
    tx_layout_clear(&lay);
    return r;
}

static int split_between_columns(const char *s, const char *below, const tx_layout *lay,
                                 const tx_table *t, tx_chunk *ch, size_t *pnch, size_t max)
{
    size_t nch = *pnch;
    for (size_t k = 0; k < nch; k++) {
        if (ch[k].count < 2)
            continue;
        size_t over[16], nover = 0;
        for (size_t c = 0; c < t->ncols && nover < 16; c++)
            if (ch[k].col < t->cols[c].right && ch[k].end > t->cols[c].left)
                over[nover++] = c;
        if (nover < 2 || nch + nover - 1 > max)
            continue;
        size_t cuts[16], ncuts = 0;
        for (size_t i = 0; i + 1 < nover; i++) {
            int mid2 = t->cols[over[i]].right + t->cols[over[i + 1]].left;  /* twice the middle */
            size_t bestj = 0;
            int bestd = INT_MAX;
            for (size_t j = 1; j < ch[k].count; j++) {
                const tx_token *prev = &lay->tokens[ch[k].first + j - 1];
                const tx_token *cur = &lay->tokens[ch[k].first + j];
                int d = abs(prev->end + cur->col - mid2);
                if (d < bestd) {
                    bestd = d;
                    bestj = j;
                }
            }
            if (bestj > 0 && (ncuts == 0 || bestj > cuts[ncuts - 1]))
                cuts[ncuts++] = bestj;
        }
        if (ncuts == 0)
            continue;
        int shape0 = -2, same = 1;
        for (size_t i = 0; i <= ncuts && same; i++) {
            size_t lo = i ? cuts[i - 1] : 0, hi = i < ncuts ? cuts[i] : ch[k].count;
            int sh = part_shape(s, lay, ch[k].first + lo, hi - lo);
            if (sh < 0)
                return -1;
            if (!(sh & (TX_SHAPE_LENGTH | TX_SHAPE_MONTH)) || (shape0 != -2 && sh != shape0))
                same = 0;
            shape0 = sh;
        }
        if (!same && ncuts + 1 == nover && ch[k].count == nover) {
            /* one word over each column, none of them period words, one of
               them a word a hyphen breaks over the next line, and no rule
               under them: the columns' own first header words printed one
               space apart ("Additional Deferred Accumu-" over "Paid-in
               Capital", "Compen- sation", "lated Deficit"); a spanning
               "Preferred Stock" over Shares and Amount breaks no word */
            int broken = 0;
            same = 1;
            for (size_t i = 0; i < nover && same; i++) {
                int sh = part_shape(s, lay, ch[k].first + i, 1);
                if (sh < 0)
                    return -1;
                const tx_token *w = &lay->tokens[ch[k].first + i];
                same = sh == 0 && gap_to(&t->cols[over[i]], w->col, w->end) == 0;
                broken |= w->len >= 3 && s[w->off + w->len - 1] == '-' &&
                          isalpha((unsigned char)s[w->off + w->len - 2]);
            }
            same = same && broken;
            int u = same ? underlined(below, ch[k].col, ch[k].end) : 0;
            if (u < 0)
                return -1;
            same = same && !u;
        }
        if (!same)
            continue;
        for (size_t i = ncuts; i > 0; i--)
            nch = cut_chunk(lay, ch, nch, k, cuts[i - 1]);
        k += ncuts;
    }
    *pnch = nch;
    return 0;
}

/* A period phrase printed on the years line before the first year
 * ("Years ended December 31, 1996      1995      1994") is said of every
 * year of the line: it is cut from its year and marked.  Only when the
 * other years of the line stand alone.  Returns the phrase chunk's index,
 * -1 if none, -2 on no memory. */
static long split_line_phrase(const char *s, const tx_layout *lay, tx_chunk *ch, size_t *pnch,
                              size_t max)
{
    size_t nch = *pnch, nyears = 0;
    long phrase = -1;
    for (size_t k = 0; k < nch; k++) {
        const tx_token *last = &lay->tokens[ch[k].first + ch[k].count - 1];
        if (!tx_token_is_year(s, last))
            continue;
        nyears++;
        if (ch[k].count == 1)
            continue;
        if (phrase >= 0)
            return -1;                      /* two phrases: each its own column's */
        phrase = (long)k;
    }
    if (phrase < 0 || nyears < 2 || nch >= max)
        return -1;
    size_t k = (size_t)phrase;
    int sh = part_shape(s, lay, ch[k].first, ch[k].count - 1);
    if (sh < 0)
        return -2;
    if (!(sh & (TX_SHAPE_LENGTH | TX_SHAPE_ENDED)) || (sh & TX_SHAPE_YEAR))
        return -1;
    for (size_t j = 0; j < k; j++)
        if (tx_token_is_year(s, &lay->tokens[ch[j].first + ch[j].count - 1]))
            return -1;                      /* the phrase must lead the years */
    *pnch = cut_chunk(lay, ch, nch, k, ch[k].count - 1);
    return phrase;
}

static void put_words(tx_buf *b, const char *s, const tx_layout *lay, const tx_chunk *c)
{
    const tx_token *a = &lay->tokens[c->first];
    const tx_token *z = &lay->tokens[c->first + c->count - 1];
    if (b->len)
        tx_buf_putc(b, ' ');
    tx_buf_append(b, s + a->off, z->off + z->len - a->off);
}

/* The column the body's labels begin at (the leftmost), INT_MAX if none;
 * -2 on no memory. */
static int label_margin(const tx_text *text, const tx_table *t)
{
    int m = INT_MAX;
    for (size_t i = t->body_lo; i < t->body_hi; i++) {
        tx_layout lay;
        if (tx_layout_line(text->lines[i].text, &lay) != 0)
            return -2;
        if (((lay.cls == TX_LC_DATA && lay.label_tokens > 0) || lay.cls == TX_LC_TEXT) &&
            lay.indent >= 0 && lay.indent < m)
            m = lay.indent;
        tx_layout_clear(&lay);
    }
    return m;
}

/* Stacks the words of every header line onto the columns: words[c] all of
 * them, own[c] the chunks only column c took, span[c] those it shares with
 * other columns (a spanning "Three Months Ended"); words that sit over no
 * column go to *context, and so do words that begin where the body's
 * labels begin (a title or sentence line caught in the header, "Three
 * Years Ended December 25, 1993" over the labels). */
static int stack_words(const tx_text *text, tx_table *t, tx_buf *words, tx_buf *own,
                       tx_buf *span, tx_buf *context)
{
    int margin = label_margin(text, t);
    int *best = calloc(t->ncols ? t->ncols : 1, sizeof(int));
    if (!best || margin == -2) {
        free(best);
        return -1;
    }
    for (size_t i = t->head_lo; i < t->head_hi; i++) {
        const char *s = text->lines[i].text;
        tx_layout lay;
        if (tx_layout_line(s, &lay) != 0) {
            free(best);
            return -1;
        }
        if (lay.cls == TX_LC_RULE || lay.cls == TX_LC_BLANK) {
            tx_layout_clear(&lay);
            continue;
        }
        /* a years line: the label part is chunked, each year is its own chunk */
        size_t nlabel = lay.cls == TX_LC_YEARS ? lay.label_tokens : lay.ntokens;
        tx_chunk ch[64];
        size_t nch = tx_layout_chunks(&lay, 0, nlabel, ch, 64);
        /* the words of a chunk that begins at the labels' margin, however
           it is cut below */
        int margin_end = nch > 0 && ch[0].col <= margin ? ch[0].end : INT_MIN;
        nch = split_rules(s, &lay, ch, nch, 64);
        nch = split_after_dates(s, &lay, ch, nch, 64);
        long phrase = -1;
        const char *below = NULL;
        for (size_t j = i + 1; j < t->head_hi && !below; j++)
            if (text->lines[j].text[strspn(text->lines[j].text, " \t")] != '\0')
                below = text->lines[j].text;
        int status = split_between_columns(s, below, &lay, t, ch, &nch, 64);
        if (status == 0)
            phrase = split_line_phrase(s, &lay, ch, &nch, 64);
        size_t nlabel_chunks = nch;
        for (size_t v = nlabel; v < lay.ntokens && nch < 64; v++)
            ch[nch++] = (tx_chunk){v, 1, lay.tokens[v].col, lay.tokens[v].end};
        int *taken = calloc(nch ? nch : 1, sizeof(int));
        if (!taken || status != 0 || phrase == -2) {
            free(taken);
            free(best);
            tx_layout_clear(&lay);
            return -1;
        }
        for (size_t c = 0; c < t->ncols; c++) {
            /* the nearest chunk; of chunks equally near (both over the
               column), the one whose middle is nearest the column's */
            int b = -1, bestd = INT_MAX, bestm = INT_MAX;
            int mid2 = t->cols[c].left + t->cols[c].right;
            for (size_t k = 0; k < nch; k++) {
                if ((long)k == phrase || (k < nlabel_chunks && ch[k].col < margin_end))
                    continue;
                int d = gap_to(&t->cols[c], ch[k].col, ch[k].end);
                int m = abs(ch[k].col + ch[k].end - mid2);
                if (d < bestd || (d == bestd && m < bestm)) {
                    bestd = d;
                    bestm = m;
                    b = (int)k;
                }
            }
            best[c] = b >= 0 && bestd <= reach_of(t, c) ? b : -1;
            if (best[c] >= 0)
                taken[best[c]]++;
        }
        for (size_t c = 0; c < t->ncols; c++) {
            if (best[c] < 0)
                continue;
            if (phrase >= 0 && (size_t)best[c] > (size_t)phrase) {
                /* the phrase of the years line, before the column's year */
                put_words(&words[c], s, &lay, &ch[phrase]);
                put_words(&span[c], s, &lay, &ch[phrase]);
            }
            put_words(&words[c], s, &lay, &ch[best[c]]);
            put_words(taken[best[c]] > 1 ? &span[c] : &own[c], s, &lay, &ch[best[c]]);
        }
        for (size_t k = 0; k < nch; k++) {
            int used = taken[k];
            for (size_t c = 0; (long)k == phrase && c < t->ncols && !used; c++)
                used = best[c] > phrase;
            if (!used)
                put_words(context, s, &lay, &ch[k]);
        }
        free(taken);
        tx_layout_clear(&lay);
    }
    free(best);
    return 0;
}

/* Drops the words that are only rule characters ("-----" under a
 * spanning "PREFERRED STOCK") from stacked header words and joins the
 * words a hyphen broke over two header lines ("Accumu- lated Deficit" ->
 * "Accumulated Deficit"; "Paid-in" stays), in place. */
static void tidy_words(char *w)
{
    char *out = w;
    const char *p = w;
    while (*p) {
        while (*p == ' ')
            p++;
        const char *e = p;
        int rule = 1;
        while (*e && *e != ' ') {
            rule &= *e == '-' || *e == '=' || *e == '_';
            e++;
        }
        if (e > p && !rule) {
            int broken = out - w >= 2 && out[-1] == '-' && isalpha((unsigned char)out[-2]) &&
                         islower((unsigned char)*p);
            if (broken)
                out--;
            else if (out != w)
                *out++ = ' ';
            memmove(out, p, (size_t)(e - p));
            out += e - p;
        }
        p = e;
    }
    *out = '\0';
}

/* "(A)", "(unaudited)" and other parenthesised words in a column header. */
static char *header_notes(const char *w)
{
    tx_buf b = {0};
    for (const char *p = w; (p = strchr(p, '(')) != NULL; p++) {
        const char *q = strchr(p, ')');
        if (!q)
            break;
        if (b.len)
            tx_buf_putc(&b, ',');
        tx_buf_append(&b, p + 1, (size_t)(q - p - 1));
        p = q;
    }
    return tx_buf_take(&b);
}

static int copy_parent_columns(tx_table *t, const tx_table *parent)
{
    t->cols = calloc(parent->ncols ? parent->ncols : 1, sizeof(tx_column));
    if (!t->cols)
        return -1;
    t->ncols = parent->ncols;
    for (size_t c = 0; c < parent->ncols; c++) {
        t->cols[c] = parent->cols[c];
        t->cols[c].words = tx_strdup(parent->cols[c].words);
        t->cols[c].notes = tx_strdup(parent->cols[c].notes);
        t->cols[c].period_error = tx_strdup(parent->cols[c].period_error);
        if (!t->cols[c].words || !t->cols[c].notes)
            return -1;
    }
    t->instants = parent->instants;
    t->hinted = parent->hinted;
    return 0;
}

/* The words the columns' headers begin with when at least two columns
 * share them and they hold more than rules ("Year Ended December 31,"),
 * or NULL. */
static char *shared_words(const tx_buf *words, size_t ncols)
{
    const char *best = NULL;
    size_t bestn = 0, count = 0;
    for (size_t a = 0; a < ncols; a++) {
        if (!words[a].data)
            continue;
        for (size_t b = a + 1; b < ncols; b++) {
            if (!words[b].data)
                continue;
            size_t n = 0;
            while (words[a].data[n] && words[a].data[n] == words[b].data[n])
                n++;
            while (n > 0 && words[a].data[n - 1] != ' ' && words[a].data[n])
                n--;  /* whole words */
            if (n > bestn) {
                best = words[a].data;
                bestn = n;
                count = 2;
            }
        }
    }
    if (!best || count < 2)
        return NULL;
    int letters = 0;
    for (size_t i = 0; i < bestn; i++)
        letters |= (best[i] >= 'A' && best[i] <= 'Z') || (best[i] >= 'a' && best[i] <= 'z');
    return letters ? tx_strndup(best, bestn) : NULL;
}

int tx_filing_dates_read(const tx_text *text, tx_filing_dates *fd)
{
    tx_date **out = &fd->dates;
    size_t *nout = &fd->n;
    int *por_printed = &fd->por_printed;
    memset(fd, 0, sizeof *fd);
    tx_date *d = NULL;
    size_t n = 0, cap = 0;
    tx_date por;
    int have_por = text->period_of_report[0] &&
                   tx_date_parse_iso(text->period_of_report, &por) == 0;
    if (have_por) {
        if (tx_grow((void **)&d, &cap, 1, sizeof(tx_date)) != 0)
            return -1;
        d[n++] = por;
    }
    /* in a filing with <TABLE> tags only the dates printed in tables: a
       date in a sentence ("hired on or before October 30, 1995") is no
       period's end */
    int tagged = 0;
    for (size_t i = 0; i < text->nlines && !tagged; i++)
        tagged = (text->lines[i].flags & TX_LINE_IN_TABLE) != 0;
    *por_printed = 0;
    for (size_t i = 0; i < text->nlines; i++) {
        const char *s = text->lines[i].text;
        if (!strchr(s, '/') && !strchr(s, ','))
            continue;  /* "Month D, YYYY" and "M/D/YY" need one of them */
        tx_date found[8];
        size_t k = tx_period_day_dates(s, found, 8);
        for (size_t j = 0; j < k && have_por; j++)
            *por_printed |= tx_date_cmp(found[j], por) == 0;
        if (tagged && !(text->lines[i].flags & TX_LINE_IN_TABLE))
            continue;
        if (k && tx_grow((void **)&d, &cap, n + k, sizeof(tx_date)) != 0) {
            free(d);
            return -1;
        }
        for (size_t j = 0; j < k; j++)
            d[n++] = found[j];
    }
    *out = d;
    *nout = n;
    return 0;
}

void tx_filing_dates_clear(tx_filing_dates *fd)
{
    free(fd->dates);
    memset(fd, 0, sizeof *fd);
}

static int is_equity_statement(const tx_table *t)
{
    return tx_strcasestr(t->title, "equity") &&
           (tx_strcasestr(t->title, "stockholders") || tx_strcasestr(t->title, "shareholders") ||
            tx_strcasestr(t->title, "changes in"));
}

/* 1 when the table is a statement of shareholders' equity laid out by
 * component: no column's words hold a period, and at least one names a
 * component of equity or its shares. */
static int component_columns(const tx_table *t, const tx_buf *words, const tx_period_hint *hint)
{
    if (!is_equity_statement(t) || t->ncols < 2)
        return 0;
    int named = 0;
    for (size_t c = 0; c < t->ncols; c++) {
        const char *w = words[c].data ? words[c].data : "";
        tx_period p;
        char why[160];
        tx_period_hint h = *hint;
        h.want_instant = 0;
        h.want_duration = 0;
        h.fiscal_end = (tx_date){0, 0, 0};
        h.context = "";
        if (*w && tx_period_parse(w, &h, &p, why, sizeof why) == 0)
            return 0;
        named |= tx_strcasestr(w, "stock") || tx_strcasestr(w, "capital") ||
                 tx_strcasestr(w, "earnings") || tx_strcasestr(w, "deficit") ||
                 tx_strcasestr(w, "shares") || tx_strcasestr(w, "total");
    }
    return named;
}

static int is_balance_sheet(const tx_table *t)
{
    return tx_strcasestr(t->title, "balance sheet") ||
           tx_strcasestr(t->title, "financial position") ||
           tx_strcasestr(t->title, "financial condition");
}

/* A statement of flows (income, operations, earnings, cash flows) or a
 * summary of years (selected financial data): a column named by a year
 * alone is that fiscal year. */
static int is_flow_statement(const tx_table *t)
{
    const char *ti = t->title;
    if (is_balance_sheet(t))
        return 0;
    return tx_strcasestr(ti, "cash flow") || tx_strcasestr(ti, "income statement") ||
           tx_strcasestr(ti, "selected financial data") ||
           tx_strcasestr(ti, "selected consolidated financial data") ||
           (tx_strcasestr(ti, "statement") &&
            (tx_strcasestr(ti, " operations") || tx_strcasestr(ti, " income") ||
             tx_strcasestr(ti, " earnings")));
}

/* The latest four-digit year in the columns' words, 0 if none. */
static int latest_year(const tx_buf *words, size_t ncols)
{
    int latest = 0;
    for (size_t c = 0; c < ncols; c++)
        for (const char *p = words[c].data; p && *p; p++) {
            if (!(p[0] >= '1' && p[0] <= '2') || (p > words[c].data && p[-1] >= '0' && p[-1] <= '9'))
                continue;
            int y = 0, n = 0;
            while (n < 5 && p[n] >= '0' && p[n] <= '9')
                y = y * 10 + (p[n++] - '0');
            if (n == 4 && y >= 1900 && y <= 2099 && y > latest)
                latest = y;
        }
    return latest;
}

/* The fiscal year end a filing without an EDGAR header states on its
 * cover: "ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) ... FOR THE FISCAL
 * YEAR ENDED DECEMBER 31, 1994" (the date on the same line or the next)
 * within its first lines.  1 with the date, or 0. */
static int cover_year_end(const tx_text *text, tx_date *d)
{
    size_t n = text->nlines < 200 ? text->nlines : 200;
    int annual = 0;
    for (size_t i = 0; i < n; i++) {
        const char *s = text->lines[i].text;
        if (tx_strcasestr(s, "annual report pursuant"))
            annual = 1;
        if (!annual || !tx_strcasestr(s, "fiscal year ended"))
            continue;
        tx_date f[2];
        size_t k = tx_period_day_dates(s, f, 2);
        if (k == 0 && i + 1 < n) {
            tx_buf b = {0};
            tx_buf_printf(&b, "%s %s", s, text->lines[i + 1].text);
            k = b.data ? tx_period_day_dates(b.data, f, 2) : 0;
            tx_buf_free(&b);
        }
        if (k != 1)
            return 0;
        *d = f[0];
        return 1;
    }
    return 0;
}

/* The fiscal year end an annual report's bare year columns ("1996 1995")
 * are dated by: the EDGAR period of report of a 10-K, when the filing also
 * prints that date, or the fiscal year end its cover states when it has no
 * EDGAR header; and the table's latest year is the fiscal year ending then
 * (named by the calendar year it ends in, or the one before for a
 * 52/53-week year ending in the first week of January).  0 if none. */
static int fiscal_year_end(const tx_text *text, int printed, int latest, tx_date *fe,
                           int *offset)
{
    tx_date por;
    if (!text->form_type[0] && !text->period_of_report[0]) {
        if (!cover_year_end(text, &por))
            return 0;
        printed = 1;
    } else if (strncmp(text->form_type, "10-K", 4) != 0 ||
               strncmp(text->form_type, "10-KT", 5) == 0 || !text->period_of_report[0] ||
               tx_date_parse_iso(text->period_of_report, &por) != 0) {
        return 0;
    }
    int name = por.m == 1 && por.d <= 7 ? por.y - 1 : por.y;
    if (!printed || latest != name)
        return 0;
    *fe = por;
    *offset = por.y - name;
    return 1;
}

/* Reads column c's period: its own and spanning header words under the
 * title (and the words over no column); failing that, its own words with
 * the spanning ones as context; failing that, with the words its
 * neighbours' headers share.  0, or -1 with the first reason in why. */
static int read_period(tx_column *col, const tx_buf *own, const tx_buf *span,
                       const char *spanning, const tx_period_hint *hint, char *why, size_t nwhy)
{
    if (tx_period_parse(col->words, hint, &col->period, why, nwhy) == 0)
        return 0;
    char why2[160];
    int ok = 0;
    if (own->len && span->len) {
        /* "1992" over four "QUARTER ENDED" columns: the column's own date
           first, the spanning words as its context */
        tx_buf c2 = {0};
        tx_buf_printf(&c2, "%s %s", span->data, hint->context ? hint->context : "");
        tx_period_hint h2 = *hint;
        h2.context = c2.data;
        ok = c2.data && tx_period_parse(own->data, &h2, &col->period, why2, sizeof why2) == 0;
        tx_buf_free(&c2);
    }
    if (!ok && spanning) {
        /* a spanning "Year Ended December 31," that did not reach this
           column's year: the words its neighbours share */
        tx_buf c2 = {0};
        tx_buf_printf(&c2, "%s %s", hint->context ? hint->context : "", spanning);
        tx_period_hint h2 = *hint;
        h2.context = c2.data;
        ok = c2.data && tx_period_parse(col->words, &h2, &col->period, why2, sizeof why2) == 0;
        tx_buf_free(&c2);
    }
    if (!ok)
        memset(&col->period, 0, sizeof col->period);
    return ok ? 0 : -1;
}

/* 1 if token t of line s is a bracketed footnote marker ("(1)", "(a)"). */
static int marker_token(const char *s, const tx_token *t)
{
    return t->len >= 3 && t->len <= 4 && s[t->off] == '(' && s[t->off + t->len - 1] == ')';
}

/* The period shape of the header words over column c: the tokens of the
 * header lines that overlap it.  -1 on no memory. */
static int column_shape(const tx_text *text, const tx_table *t, size_t c)
{
    tx_buf h = {0};
    tx_buf_putc(&h, ' ');
    for (size_t i = t->head_lo; i < t->head_hi; i++) {
        const char *s = text->lines[i].text;
        tx_layout lay;
        if (tx_layout_line(s, &lay) != 0) {
            tx_buf_free(&h);
            return -1;
        }
        for (size_t k = 0; k < lay.ntokens; k++)
            if (gap_to(&t->cols[c], lay.tokens[k].col, lay.tokens[k].end) == 0) {
                tx_buf_append(&h, s + lay.tokens[k].off, lay.tokens[k].len);
                tx_buf_putc(&h, ' ');
            }
        tx_layout_clear(&lay);
    }
    int sh = h.data ? tx_period_shape(h.data) : -1;
    tx_buf_free(&h);
    return sh;
}

/* A header whose dates print no year ("NOVEMBER 27," over one column,
 * "DECEMBER 31," over the next) above a first body line that holds only
 * four-digit years, footnote markers and words ("1992  1992  ADJUSTMENTS
 * 1992", "ASSETS  1999  1999 (1)", "(Unaudited) (Unaudited)  1997"), each
 * year under a column whose header names a month and no year: that line
 * is the header's line of years, not a row; it joins the header.  0, or
 * -1 on no memory. */
static int take_years_line(const tx_text *text, tx_table *t)
{
    if (t->head_hi <= t->head_lo || t->body_lo >= t->body_hi || t->body_lo < t->head_hi)
        return 0;
    for (size_t i = t->body_lo; i < t->body_hi; i++) {
        const char *s = text->lines[i].text;
        tx_layout lay;
        if (tx_layout_line(s, &lay) != 0)
            return -1;
        if (lay.cls == TX_LC_BLANK || lay.cls == TX_LC_RULE) {
            tx_layout_clear(&lay);
            continue;
        }
        size_t years = 0, others = 0;
        int status = 0;
        for (size_t k = 0; k < lay.ntokens && others == 0 && status == 0; k++) {
            const tx_token *tk = &lay.tokens[k];
            if (tx_token_is_year(s, tk)) {
                years++;
                size_t c = 0;
                while (c < t->ncols && gap_to(&t->cols[c], tk->col, tk->end) != 0)
                    c++;
                int sh = c < t->ncols ? column_shape(text, t, c) : 0;
                if (sh < 0)
                    status = -1;
                else if (!(sh & TX_SHAPE_MONTH) || (sh & TX_SHAPE_YEAR))
                    others++;
            } else if (!marker_token(s, tk)) {
                for (size_t j = 0; j < tk->len; j++)
                    if ((s[tk->off + j] >= '0' && s[tk->off + j] <= '9') || s[tk->off + j] == '$')
                        others++;
            }
        }
        tx_layout_clear(&lay);
        if (status == 0 && years > 0 && years <= t->ncols && others == 0) {
            t->head_hi = i + 1;
            t->body_lo = i + 1;
        }
        return status;
    }
    return 0;
}

static void free_bufs(tx_buf *b, size_t n)
{
    for (size_t i = 0; b && i < n; i++)
        tx_buf_free(&b[i]);
    free(b);
}

tx_status tx_header_read(const tx_text *text, const tx_filing_dates *fd, tx_table *t,
                         const tx_table *parent, tx_report *rep)
{
    if (parent)
        return copy_parent_columns(t, parent) == 0 ? TX_OK : TX_ENOMEM;
    if (make_columns(text, t, rep) != 0 || measure_columns(text, t) != 0)
        return TX_ENOMEM;
    if (t->ncols == 0) {
        tx_report_add(rep, TX_ERROR, text->name, t->src_first, "header.no-columns",
                      "table has no value columns");
        return TX_EINPUT;
    }
    tx_buf *words = calloc(t->ncols, sizeof(tx_buf));
    tx_buf *own = calloc(t->ncols, sizeof(tx_buf));
    tx_buf *span = calloc(t->ncols, sizeof(tx_buf));
    tx_buf context = {0};
    if (!words || !own || !span) {
        free(words);
        free(own);
        free(span);
        return TX_ENOMEM;
    }
    tx_status st = TX_OK;
    if (take_years_line(text, t) != 0 || stack_words(text, t, words, own, span, &context) != 0)
        st = TX_ENOMEM;
    if (st == TX_OK && t->ncols == 1 && words[0].len == 0 && context.len > 0) {
        /* one value column: the header's words are its words wherever they
           stand (a date centred under the title) */
        words[0] = context;
        memset(&context, 0, sizeof context);
    }
    tx_buf ctx = {0};
    tx_buf_printf(&ctx, "%s %s", t->title, context.data ? context.data : "");
    tx_period_hint hint;
    memset(&hint, 0, sizeof hint);
    hint.want_instant = is_balance_sheet(t);
    hint.want_duration = is_flow_statement(t);
    /* one value column, or columns whose words name no date at all (a pro
       forma statement's "Historical", "Adjustments", "Pro Forma Combined"
       under "BALANCE SHEET AS OF JUNE 30, 1995"): each takes the one date
       the title and header print */
    hint.undated = 1;
    for (size_t c = 0; c < t->ncols && hint.undated && st == TX_OK; c++)
        if (words[c].data &&
            (tx_period_shape(words[c].data) & (TX_SHAPE_MONTH | TX_SHAPE_YEAR)))
            hint.undated = 0;
    hint.context = ctx.data;
    tx_date *known = NULL;
    int por_printed = 0;
    /* the filing's dates, then the table's own */
    por_printed = fd->por_printed;
    if (st != TX_ENOMEM && fd->n) {
        size_t cap = 0;
        if (tx_grow((void **)&known, &cap, fd->n, sizeof(tx_date)) != 0)
            st = TX_ENOMEM;
        else {
            memcpy(known, fd->dates, fd->n * sizeof(tx_date));
            hint.nknown = fd->n;
        }
    }
    /* the dates the columns' own headers print ("Jan. 29," over "1995"),
       stacked from their lines */
    for (size_t c = 0; c < t->ncols && st == TX_OK; c++) {
        tx_date found[8];
        size_t k = words[c].data ? tx_period_day_dates(words[c].data, found, 8) : 0;
        size_t cap = hint.nknown;
        if (k && tx_grow((void **)&known, &cap, hint.nknown + k, sizeof(tx_date)) != 0) {
            st = TX_ENOMEM;
            break;
        }
        for (size_t j = 0; j < k; j++)
            known[hint.nknown++] = found[j];
    }
    hint.known = known;
    if (st == TX_OK)
        fiscal_year_end(text, por_printed, latest_year(words, t->ncols), &hint.fiscal_end,
                        &hint.fiscal_offset);
    char *spanning = st == TX_ENOMEM ? NULL : shared_words(words, t->ncols);
    int instants = 1;
    if (st == TX_OK && component_columns(t, words, &hint)) {
        /* a statement of shareholders' equity: the columns are its
           components, the periods are printed in the rows */
        t->components = 1;
        for (size_t c = 0; c < t->ncols && st != TX_ENOMEM; c++) {
            tx_column *col = &t->cols[c];
            col->words = tx_buf_take(&words[c]);
            if (!col->words)
                col->words = tx_strdup("");
            if (col->words)
                tidy_words(col->words);
            col->notes = col->words ? tx_strdup("") : NULL;
            if (!col->words || !col->notes) {
                st = TX_ENOMEM;
                break;
            }
            col->component = 1;
            if (tx_strcasestr(col->words, "shares")) {
                col->own_kind = 1;
                col->kind = TX_VK_SHARES;
            }
            tx_scale sc;
            if (col->own_kind && tx_scale_parse(col->words, &sc)) {
                /* "(IN THOUSANDS)" under the share columns of a table in
                   millions; the amount columns keep the table's scale */
                col->own_scale = 1;
                col->scale = sc.money;
            }
        }
        /* "COMMON STOCK" spanning SHARES and AMOUNT reached only the first:
           a bare "AMOUNT" or "SHARES" takes the words its left neighbour
           has before its own "SHARES" or "AMOUNT" */
        for (size_t c = 1; c < t->ncols && st == TX_OK; c++) {
            tx_column *col = &t->cols[c];
            const char *left = t->cols[c - 1].words;
            if (!(tx_strncaseeq(col->words, "amount", 6) || tx_strncaseeq(col->words, "shares", 6)))
                continue;
            const char *cut = tx_strcasestr(left, " shares");
            const char *cut2 = tx_strcasestr(left, " amount");
            if (!cut || (cut2 && cut2 < cut))
                cut = cut2;
            if (!cut || cut == left)
                continue;
            tx_buf b = {0};
            tx_buf_printf(&b, "%.*s %s", (int)(cut - left), left, col->words);
            char *w = tx_buf_take(&b);
            if (!w) {
                st = TX_ENOMEM;
                break;
            }
            free(col->words);
            col->words = w;
        }
        t->instants = 0;
        goto done;
    }
    for (size_t c = 0; c < t->ncols && st != TX_ENOMEM; c++) {
        tx_column *col = &t->cols[c];
        col->words = tx_buf_take(&words[c]);
        if (col->words)
            tidy_words(col->words);
        col->notes = header_notes(col->words ? col->words : "");
        if (!col->words || !col->notes) {
            st = TX_ENOMEM;
            break;
        }
        char why[160];
        if (tx_period_is_change(col->words)) {
            /* "Change", "% Change": a difference between the other columns */
            col->derived = 1;
            col->period_error = tx_strdup("a change or percent column: no facts of the table's unit");
            tx_report_add(rep, TX_WARNING, text->name, t->src_header ? t->src_header : t->src_first,
                          "header.change-column",
                          "column %zu (\"%s\") is a change between periods, not a period: its values are skipped",
                          c + 1, col->words);
            if (!col->period_error)
                st = TX_ENOMEM;
            continue;
        }
        if (own[c].data)
            tidy_words(own[c].data);
        if (span[c].data)
            tidy_words(span[c].data);
        if (read_period(col, &own[c], &span[c], spanning, &hint, why, sizeof why) != 0) {
            col->period_error = tx_strdup(why);
            tx_report_add(rep, TX_WARNING, text->name,
                          t->src_header ? t->src_header : t->src_first, "header.no-period",
                          "column %zu (\"%s\"): %s; its values are not converted", c + 1,
                          col->words, why);
            instants = 0;
        } else if (col->period.kind != TX_PERIOD_INSTANT) {
            instants = 0;
        }
    }
    /* quarters of a 52/53-week year that happen to end on a month's last
       day ("Apr. 30, 1995" among "Jan. 29, 1995" and "July 30, 1995"):
       counted in weeks like the table's other columns, when they end a
       whole number of 13-week quarters (give or take a week) from one of
       them (a calendar year of another company beside them, "December 31,
       1992" by "November 27, 1992", does not) */
    for (size_t c = 0; c < t->ncols && st == TX_OK; c++) {
        tx_column *col = &t->cols[c];
        const tx_period *p = &col->period;
        if (p->kind != TX_PERIOD_DURATION || p->weeks > 0 || p->months % 3 != 0 ||
            p->months > 12)
            continue;
        int weekly = 0;
        for (size_t o = 0; o < t->ncols && !weekly; o++) {
            const tx_period *q = &t->cols[o].period;
            if (q->kind != TX_PERIOD_DURATION || q->weeks == 0 ||
                q->end.d == tx_days_in_month(q->end.y, q->end.m))
                continue;
            long d = labs(tx_date_to_days(p->end) - tx_date_to_days(q->end));
            weekly = d % 7 == 0 && ((d / 7) % 13 <= 1 || (d / 7) % 13 == 12);
        }
        if (!weekly)
            continue;
        tx_period_hint h2 = hint;
        h2.weekly = 1;

        tx_period q;
        char why[160];
        if (tx_period_parse(col->words, &h2, &q, why, sizeof why) == 0 &&
            q.kind == TX_PERIOD_DURATION && tx_date_cmp(q.end, p->end) == 0)
            col->period = q;
    }
    t->instants = instants;
done:
    free_bufs(words, t->ncols);
    free_bufs(own, t->ncols);
    free_bufs(span, t->ncols);
    tx_buf_free(&context);
    tx_buf_free(&ctx);
    free(known);
    free(spanning);
    return st;
}

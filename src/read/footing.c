/*
 * footing.c - the self-check of a table by footing.
 *
 * For each total (a row under a single rule, closing a section, or named
 * "Total ..."), the rows it sums are looked for: the block of the section
 * it closes (the items of its section, the last subtotal of each section
 * inside it, earlier subtotals of its level), with every row added and then
 * with some subtracted; failing that, for a "Total ...", the fewest rows
 * right above it, the last rows of the sections above it, or the rows right
 * below a "Total ...-"; for an "... end of ..." row, its beginning balance
 * and the change above it.  What a total sums is kept in the row (sums,
 * sum_signs) for the mapper; a total sure to be one that nothing gives is
 * reported.  A statement of equity laid out by component foots down and
 * across instead (foot_rollforward).
 */
#include "read/footing.h"

#include <stdlib.h>
#include <string.h>

#include "base/util.h"

/* ------------------------------------------------------------ sums */

#define FOOT_MAX_SIGNED 12    /* rows whose signs are searched (2^12 patterns) */
#define FOOT_MAX_ROWS 48
#define FOOT_MAX_STEPS 6      /* earlier subtotals a total may reach back over */

static int has_amount(const tx_cell *c)
{
    return c->state == TX_CELL_VALUE || c->state == TX_CELL_NIL;
}

static tx_decimal cell_amount(const tx_cell *c)
{
    tx_decimal zero = tx_decimal_make(0, 0);
    return c->state == TX_CELL_VALUE ? c->value : zero;
}

/* 1 if path p is the first qlen bytes of q or inside them */
static int path_within(const char *p, const char *q, size_t qlen)
{
    return qlen == 0 || (strncmp(p, q, qlen) == 0 && (p[qlen] == '\0' || strncmp(p + qlen, " > ", 3) == 0));
}

/* Bytes of the first `level` headings of a path ("A > B" at level 1: "A"). */
static size_t path_prefix(const char *path, int level)
{
    if (level <= 0)
        return 0;
    const char *p = path;
    for (int i = 0; i < level; i++) {
        const char *q = strstr(p, " > ");
        if (!q)
            return strlen(path);
        p = q + 3;
    }
    return (size_t)(p - 3 - path);
}

/* Whether one choice of signs makes rows `idx` add up to `tot` in every
 * column where the total prints a value.  1 yes, 0 no (then *bad_col and
 * *bad_sum name a column that fails under the choice that fits most
 * columns, every row added when none fits better), -1 overflow. */
static int foots_with_signs(const tx_table *t, const size_t *idx, size_t n, const tx_row *tot,
                            size_t *bad_col, tx_decimal *bad_sum, size_t *fit, int signs,
                            int *fits_out)
{
    *fits_out = -1;
    size_t patterns = signs && n <= FOOT_MAX_SIGNED ? (size_t)1 << n : 1;
    int best = -1;
    for (size_t pat = 0; pat < patterns; pat++) {
        int fits = 0, fails = 0;
        size_t first_bad = 0;
        tx_decimal first_sum = tx_decimal_make(0, 0);
        for (size_t c = 0; c < t->ncols; c++) {
            if (t->cols[c].derived || !has_amount(&tot->cells[c]))
                continue;
            tx_decimal sum = tx_decimal_make(0, 0);
            for (size_t i = 0; i < n; i++) {
                tx_decimal v = cell_amount(&t->rows[idx[i]].cells[c]);
                if (((pat >> i) & 1) && tx_decimal_negate(&v) != 0)
                    return -1;
                if (tx_decimal_add(sum, v, &sum) != 0)
                    return -1;
            }
            if (tx_decimal_cmp(sum, cell_amount(&tot->cells[c])) == 0) {
                fits++;
            } else if (fails++ == 0) {
                first_bad = c;
                first_sum = sum;
            }
        }
        if (fails == 0) {
            *fit = pat;
            return 1;
        }
        if (fits > best) {
            best = fits;
            *bad_col = first_bad;
            *bad_sum = first_sum;
            *fits_out = fits;
        }
    }
    return 0;
}

/* Whether rows `idx` add up to `tot` as printed (every sign +), for the
 * fallbacks that only ask yes or no; *fit as foots_with_signs gives it. */
static int sums_to(const tx_table *t, const size_t *idx, size_t n, const tx_row *tot, size_t *fit)
{
    size_t bad_col = 0;
    tx_decimal bad_sum = tx_decimal_make(0, 0);
    int fits;
    return foots_with_signs(t, idx, n, tot, &bad_col, &bad_sum, fit, 0, &fits) == 1;
}

/* ------------------------------------------------------------ what a total sums */

/* The words of a label up to its first comma or parenthesis, less a
 * leading "Less": "Less treasury stock, at cost" -> "treasury stock". */
static size_t lead_words(const char *l, const char **start)
{
    if (tx_strncaseeq(l, "less ", 5))
        l += 5;
    *start = l;
    size_t n = strcspn(l, ",(;");
    while (n > 0 && l[n - 1] == ' ')
        n--;
    return n;
}

/* An unnamed subtotal that foots is named after what it sums:
 *   - the last of its section: "Total Inventories" for the rows under
 *     "Inventories:", "Property, plant, and equipment, net" when a row it
 *     sums takes something away ("Less allowances for depreciation");
 *   - inside its section, before a "Less ..." row: "Share-owners' equity
 *     before treasury stock";
 *   - inside its section otherwise: its rows' labels joined ("Cash and cash
 *     equivalents and Marketable securities"), when there are two or three;
 *   - of no section, as the table's last row under a heading that opens the
 *     table ("ASSETS"): "Total ASSETS".
 * Anything else stays unnamed.  0, or -1 on no memory. */
static int infer_label(tx_table *t, size_t r, int level, const size_t *idx, size_t n)
{
    tx_row *row = &t->rows[r];
    const char *h = NULL;
    size_t hn = 0;
    if (level > 0 && row->path && *row->path) {
        size_t len = path_prefix(row->path, level);
        h = row->path;
        for (const char *q; (q = strstr(h, " > ")) != NULL && (size_t)(q - row->path) < len;)
            h = q + 3;
        hn = len - (size_t)(h - row->path);
    } else if (t->nrows > 0 && t->rows[0].kind == TX_ROW_HEADING && t->rows[0].level == 0) {
        int last = 1;
        for (size_t k = r + 1; k < t->nrows; k++)
            last &= t->rows[k].kind != TX_ROW_ITEM;
        if (last || row->rule_below == 2) {
            h = t->rows[0].label;
            hn = strlen(h);
        }
    }
    while (h && hn > 0 && (h[hn - 1] == ':' || h[hn - 1] == ' '))
        hn--;
    if (!h || hn == 0)
        return 0;
    /* the next row of the same section, if any */
    const tx_row *next = NULL;
    for (size_t k = r + 1; k < t->nrows && !next && level > 0; k++) {
        const tx_row *x = &t->rows[k];
        if (x->kind == TX_ROW_ITEM && x->level >= level &&
            strncmp(x->path, row->path, path_prefix(row->path, level)) == 0)
            next = x;
        else if (x->kind == TX_ROW_HEADING && x->level < level)
            break;
    }
    int net = 0;
    for (size_t i = 0; i < n; i++) {
        const char *l = t->rows[idx[i]].label;
        net |= tx_strncaseeq(l, "less", 4) || tx_strcasestr(l, "accumulated depreciation") ||
               tx_strcasestr(l, "allowance");
    }
    tx_buf b = {0};
    if (net) {
        tx_buf_printf(&b, "%.*s, net", (int)hn, h);
    } else if (next && *next->label &&
               (tx_strncaseeq(next->label, "less ", 5) ||
                tx_strncaseeq(next->label, "accumulated depreciation", 24) ||
                tx_strncaseeq(next->label, "allowance", 9))) {
        const char *w;
        size_t wn = lead_words(next->label, &w);
        tx_buf_printf(&b, "%.*s before %.*s", (int)hn, h, (int)wn, w);
    } else if (next && *next->label) {
        if (n < 2 || n > 3)
            return 0;
        for (size_t i = n; i-- > 0;) {
            const char *w;
            size_t wn = lead_words(t->rows[idx[i]].label, &w);
            tx_buf_printf(&b, "%s%.*s", i + 1 < n ? " and " : "", (int)wn, w);
        }
    } else {
        tx_buf_printf(&b, "Total %.*s", (int)hn, h);
    }
    char *label = tx_buf_take(&b);
    if (!label)
        return -1;
    free(row->label);
    row->label = label;
    row->inferred = 1;
    return 0;
}

/* "Interest and other income (expense), net" summed with a gain into
 * "Total interest and other income (expense), net" is a part of that total,
 * not the whole: the row that prints the total's own words (less "Total")
 * gets them as an implied heading, so that mapping rules can tell the two
 * apart.  0, or -1 on no memory. */
static int part_of_total(tx_table *t, size_t r)
{
    const tx_row *tot = &t->rows[r];
    if (!tx_strncaseeq(tot->label, "total ", 6) || tot->nsums < 2)
        return 0;
    char *words = tx_norm(tot->label + 6);
    if (!words)
        return -1;
    int status = 0;
    for (size_t i = 0; i < tot->nsums && status == 0; i++) {
        tx_row *part = &t->rows[tot->sums[i]];
        char *l = tx_norm(part->label);
        if (!l) {
            status = -1;
            break;
        }
        if (strcmp(l, words) == 0) {
            tx_buf b = {0};
            tx_buf_printf(&b, "%s%s%s", part->path, *part->path ? " > " : "", tot->label + 6);
            char *path = tx_buf_take(&b);
            if (!path)
                status = -1;
            else {
                free(part->path);
                part->path = path;
            }
        }
        free(l);
    }
    free(words);
    return status;
}

/* The row that prints the beginning balance an "... end of ..." row closes:
 * the same words with "beginning of" for "end of".  t->nrows if none. */
static size_t find_beginning(const tx_table *t, size_t r)
{
    const char *l = t->rows[r].label;
    const char *e = tx_strcasestr(l, "end of");
    if (!e)
        return t->nrows;
    size_t pre = (size_t)(e - l);
    for (size_t k = 0; k < r; k++) {
        const char *m = t->rows[k].label;
        if (t->rows[k].kind == TX_ROW_ITEM && strlen(m) > pre &&
            tx_strncaseeq(m, l, pre) && tx_strncaseeq(m + pre, "beginning of", 12))
            return k;
    }
    return t->nrows;
}

/* Marks row r and, through the sums found for it, every row inside it. */
static void mark_inside(const tx_table *t, size_t r, char *in)
{
    for (size_t i = 0; i < t->rows[r].nsums; i++) {
        size_t k = t->rows[r].sums[i];
        if (k < t->nrows && !in[k]) {
            in[k] = 1;
            mark_inside(t, k, in);
        }
    }
}

/* 1 when a row of idx[] is inside another row of idx[] that is a subtotal
 * of it (Cash and Total assets summed together). */
static int counts_twice(const tx_table *t, const size_t *idx, size_t n)
{
    char *in = calloc(t->nrows ? t->nrows : 1, 1);
    if (!in)
        return 0;
    for (size_t i = 0; i < n; i++)
        mark_inside(t, idx[i], in);
    int twice = 0;
    for (size_t i = 0; i < n && !twice; i++)
        twice = in[idx[i]];
    free(in);
    return twice;
}

/* Keeps what a total that foots is the sum of, with the signs that made
 * it foot (bit i of `pattern` set: row idx[i] is subtracted). */
static int record_sum(tx_row *tot, const size_t *idx, size_t n, size_t pattern)
{
    free(tot->sums);
    free(tot->sum_signs);
    tot->nsums = 0;
    tot->sums = malloc(n * sizeof *tot->sums);
    tot->sum_signs = malloc(n);
    if (!tot->sums || !tot->sum_signs)
        return -1;
    for (size_t i = 0; i < n; i++) {
        tot->sums[i] = idx[i];
        tot->sum_signs[i] = (signed char)(n <= FOOT_MAX_SIGNED && ((pattern >> i) & 1) ? -1 : 1);
    }
    tot->nsums = n;
    return 0;
}

/* ------------------------------------------------------------ blocks */

typedef struct footing {
    tx_table *t;
    char *sub;        /* 1: the row is a subtotal (checked, or sure)       */
    size_t *cov;      /* first row of the block a subtotal sums            */
    int *level;       /* level of the section a subtotal closes            */
} footing;

/* The rows a subtotal sums: walking up from it, the items of its section
 * (at `level`), the last subtotal of each section inside it (not its
 * items), and at most `steps` earlier subtotals of its level (each stands
 * for the rows it summed).  The walk ends at the heading that opens the
 * section (a lower level, or one whose words the total repeats).  Returns
 * how many rows were put in idx[] (0: nothing to check). */
static size_t foot_block(const footing *f, size_t r, int level, int steps, size_t *idx,
                         size_t max)
{
    const tx_table *t = f->t;
    const tx_row *tot = &t->rows[r];
    size_t n = 0;
    const char *skip = NULL;   /* a section whose subtotal is taken */
    size_t skip_len = 0;
    for (size_t k = r; k-- > 0;) {
        const tx_row *row = &t->rows[k];
        if (row->kind == TX_ROW_CAPTION)
            continue;
        if (row->kind == TX_ROW_HEADING) {
            int opens_skipped = skip && strstr(skip, row->label) != NULL;
            if (row->level < level || (row->level == level && *tot->label && !opens_skipped &&
                                       tx_repeats_heading(tot->label, row->label)))
                break;
            continue;
        }
        if (row->vkind != tot->vkind || row->level < level || !row->cells)
            break;
        if (skip && path_within(row->path, skip, skip_len))
            continue;
        if (n == max)
            return 0;
        idx[n++] = k;
        if (row->level > level) {
            if (f->sub[k] || row->total) {
                skip = row->path;
                skip_len = path_prefix(row->path, f->level[k] > level ? f->level[k] : level + 1);
            }
            continue;
        }
        skip = NULL;
        /* a subtotal, a row under a double rule, or a row under a rule
           that closes the block above: the block may end here */
        if (f->sub[k] || row->rule_above == 2 || row->rule_above == 1) {
            if (steps-- <= 0)
                break;
            if (f->sub[k] && f->cov[k] < k)
                k = f->cov[k];  /* jump over the rows it summed */
        }
    }
    return n;
}

/* ------------------------------------------------------------ statements of equity */

/* "Balance at DATE" (or "Balance, DATE", "Balances as of ..."): 1. */
static int is_balance_row(const tx_row *row)
{
    return row->kind == TX_ROW_ITEM && tx_strncaseeq(row->label, "balance", 7);
}

static void not_footing(const tx_text *text, tx_table *t, tx_report *rep, const tx_row *row,
                        const char *what, size_t c, tx_decimal sum, tx_decimal printed)
{
    char *a = tx_decimal_text(sum), *b = tx_decimal_text(printed);
    t->foot_failed++;
    tx_report_add(rep, TX_WARNING, text->name, row->src_values, "body.not-footing",
                  "table at line %ld: '%s' does not foot: %s in column %zu come to %s, "
                  "it prints %s (a reading error or the filer's)",
                  t->src_first, row->label, what, c + 1, a ? a : "?", b ? b : "?");
    free(a);
    free(b);
}

/* A statement of shareholders' equity laid out by component foots two
 * ways: down, each balance is the balance before it plus the rows between
 * them, in every column; across, the total column is the sum of the
 * component amount columns, in every row. */
static void foot_rollforward(const tx_text *text, tx_table *t, tx_report *rep)
{
    size_t total = t->ncols;
    for (size_t c = 0; c < t->ncols; c++)
        if (tx_strcasestr(t->cols[c].words, "total"))
            total = c;
    size_t prev = t->nrows;
    for (size_t r = 0; r < t->nrows; r++) {
        const tx_row *row = &t->rows[r];
        if (row->kind != TX_ROW_ITEM || !row->cells)
            continue;
        if (total < t->ncols && has_amount(&row->cells[total])) {
            tx_decimal sum = tx_decimal_make(0, 0);
            size_t parts = 0;
            for (size_t c = 0; c < t->ncols; c++)
                if (c != total && !t->cols[c].own_kind && has_amount(&row->cells[c])) {
                    parts++;
                    if (tx_decimal_add(sum, cell_amount(&row->cells[c]), &sum) != 0)
                        parts = 0;
                }
            if (parts > 0) {
                t->foot_checked++;
                if (tx_decimal_cmp(sum, cell_amount(&row->cells[total])) != 0)
                    not_footing(text, t, rep, row, "the component columns", total, sum,
                                cell_amount(&row->cells[total]));
            }
        }
        if (!is_balance_row(row))
            continue;
        if (prev < t->nrows) {
            t->foot_checked++;
            for (size_t c = 0; c < t->ncols; c++) {
                if (!has_amount(&row->cells[c]))
                    continue;
                tx_decimal sum = cell_amount(&t->rows[prev].cells[c]);
                int ok = 1;
                for (size_t k = prev + 1; k < r && ok; k++)
                    if (t->rows[k].kind == TX_ROW_ITEM && t->rows[k].cells)
                        ok = tx_decimal_add(sum, cell_amount(&t->rows[k].cells[c]), &sum) == 0;
                if (ok && tx_decimal_cmp(sum, cell_amount(&row->cells[c])) != 0) {
                    not_footing(text, t, rep, row, "the balance before it and the changes since",
                                c, sum, cell_amount(&row->cells[c]));
                    break;
                }
            }
        }
        prev = r;
    }
}

/* ------------------------------------------------------------ one total */

/* The rows tried for one total, and the block its finding names when no
 * sum gives it. */
typedef struct search {
    size_t idx[FOOT_MAX_ROWS];  /* the rows tried last; the sum once it foots */
    size_t n;
    size_t fit;                 /* the signs that made it foot             */
    int result;                 /* 1 foots, 0 not (yet), -1 overflow       */
    size_t first_idx[FOOT_MAX_ROWS];   /* the block of its sections that  */
    size_t first_n;                    /* fits most columns (0: none)     */
    int best_fits;              /* how many columns that block fits        */
    size_t bad_col;             /* a column it fails in, and its sum there */
    tx_decimal bad_sum;
} search;

/* A row that prints a total: under a single rule, closing a section, or
 * named "Total" (Apple's 10-Q prints no rules at all); not a per-share
 * amount; a value in a column of its own. */
static int is_total(const tx_table *t, const tx_row *tot)
{
    if (!(tot->rule_above == 1 || tot->total || tx_strncaseeq(tot->label, "total ", 6)) ||
        tot->vkind == TX_VK_PER_SHARE)
        return 0;
    int any = 0;
    for (size_t c = 0; c < t->ncols; c++)
        any |= !t->cols[c].derived && tot->cells[c].state == TX_CELL_VALUE;
    return any;
}

/* Whether a total that foots with nothing is reported: a "Total ..." or an
 * unnamed number under a rule, or a rule under an ordinary row (`before`,
 * the item row above it); a rule under a subtotal may only close it. */
static int is_sure(const footing *f, const tx_row *tot, const tx_row *before)
{
    size_t before_i = before ? (size_t)(before - f->t->rows) : 0;
    return tot->total || !*tot->label || (!tot->rule_gap && (!before || !f->sub[before_i]));
}

/* Total r foots with rows s->idx[0..n): it covers the block from row `cov`
 * and closes the section at `level`. */
static void foots(footing *f, size_t r, search *s, size_t n, size_t cov, int level)
{
    s->result = 1;
    s->n = n;
    f->cov[r] = cov;
    f->level[r] = level;
}

/* Keeps the block just tried (s->idx[0..n)) for the finding when it fits
 * more columns than the one kept, or is the first. */
static void keep_best(search *s, size_t n, int fits, size_t bad_col, tx_decimal bad_sum)
{
    if (s->first_n == 0 || fits > s->best_fits) {
        s->best_fits = fits;
        s->first_n = n;
        memcpy(s->first_idx, s->idx, n * sizeof s->idx[0]);
        s->bad_col = bad_col;
        s->bad_sum = bad_sum;
    }
}

/* The blocks of the sections total r closes (foot_block): its own section
 * first, then the ones around it, each reaching back over more and more
 * earlier subtotals; every row added first, at every reach, and only then
 * with some subtracted (a single column fits too many choices of signs). */
static void foot_by_sections(footing *f, size_t r, search *s)
{
    const tx_table *t = f->t;
    const tx_row *tot = &t->rows[r];
    for (int signs = 0; signs < 2 && s->result == 0; signs++)
        for (int level = tot->level; level >= 0 && s->result == 0; level--) {
            s->n = 0;
            for (int steps = 0; steps < FOOT_MAX_STEPS && s->result == 0; steps++) {
                size_t m = foot_block(f, r, level, steps, s->idx, FOOT_MAX_ROWS);
                if (m == 0 || (steps > 0 && m == s->n))
                    break;
                s->n = m;
                size_t bad_col = 0;
                tx_decimal bad_sum = tx_decimal_make(0, 0);
                int fits = -1;
                s->result = foots_with_signs(t, s->idx, m, tot, &bad_col, &bad_sum, &s->fit,
                                             signs, &fits);
                if (s->result == 1 && counts_twice(t, s->idx, m))
                    s->result = 0;  /* a subtotal and a row inside it: luck, not a sum */
                keep_best(s, m, fits, bad_col, bad_sum);
                if (s->result == 1)
                    foots(f, r, s, m, s->idx[m - 1], level);
            }
        }
}

/* No rule or heading marks where a "Total ..." begins (Apple's 10-Q; IBM's
 * "Total liabilities" after "Total current liabilities"): the fewest rows
 * right above it that add up, all added, a subtotal standing for the rows
 * it sums. */
static void foot_by_rows_above(footing *f, size_t r, search *s)
{
    const tx_table *t = f->t;
    const tx_row *tot = &t->rows[r];
    size_t k = r, n = 0;
    while (k-- > 0 && n < FOOT_MAX_ROWS && s->result == 0) {
        const tx_row *x = &t->rows[k];
        if (x->kind == TX_ROW_HEADING)
            break;
        if (x->kind != TX_ROW_ITEM)
            continue;
        s->idx[n++] = k;
        if (n >= 2 && sums_to(t, s->idx, n, tot, &s->fit) && !counts_twice(t, s->idx, n))
            foots(f, r, s, n, s->idx[n - 1], tot->level);
    }
}

/* A "Total ..." over the last rows of the sections above it, nearest first
 * ("Total cash generated (used)" = financing + investing + operating,
 * Apple's 10-Q). */
static void foot_by_section_ends(footing *f, size_t r, search *s)
{
    const tx_table *t = f->t;
    const tx_row *tot = &t->rows[r];
    size_t m = 0;
    for (size_t k = r; k-- > 0 && m < FOOT_MAX_ROWS && s->result == 0;) {
        const tx_row *x = &t->rows[k];
        int closes = x->kind == TX_ROW_ITEM &&
                     (k + 1 == r || (k + 1 < t->nrows && t->rows[k + 1].kind == TX_ROW_HEADING));
        if (!closes)
            continue;
        s->idx[m++] = k;
        if (m >= 2 && sums_to(t, s->idx, m, tot, &s->fit) && !counts_twice(t, s->idx, m))
            foots(f, r, s, m, s->idx[m - 1], tot->level);
    }
}

/* A "Total ...-" printed before its rows ("Total Retail Sales-" over
 * Residential, Commercial, Industrial, Southern): the rows right below it. */
static void foot_by_rows_below(footing *f, size_t r, search *s)
{
    const tx_table *t = f->t;
    const tx_row *tot = &t->rows[r];
    size_t len = strlen(tot->label), m = 0;
    for (size_t k = r + 1; k < t->nrows && len && tot->label[len - 1] == '-' &&
                           m < FOOT_MAX_ROWS && s->result == 0; k++) {
        const tx_row *x = &t->rows[k];
        if (x->kind == TX_ROW_HEADING || tx_strncaseeq(x->label, "total", 5))
            break;
        if (x->kind != TX_ROW_ITEM)
            continue;
        s->idx[m++] = k;
        if (m >= 2 && sums_to(t, s->idx, m, tot, &s->fit))
            foots(f, r, s, m, r, tot->level);
    }
}

/* "Cash and cash equivalents, end of the period": the balance at the
 * beginning (printed at the top, Apple 1997) and the change just above. */
static void foot_by_beginning(footing *f, size_t r, search *s)
{
    const tx_table *t = f->t;
    const tx_row *tot = &t->rows[r];
    size_t b = find_beginning(t, r), k = r;
    while (k-- > 0 && t->rows[k].kind != TX_ROW_ITEM)
        ;
    if (b < r && k < r && k != b) {
        s->idx[0] = k;
        s->idx[1] = b;
        if (sums_to(t, s->idx, 2, tot, &s->fit))
            foots(f, r, s, 2, r, tot->level);
    }
}

/* The rows total r sums: its sections, then, while nothing fits, the
 * fallbacks for totals no rule or heading delimits. */
static void find_sum(footing *f, size_t r, search *s)
{
    const tx_row *tot = &f->t->rows[r];
    int named_total = tx_strncaseeq(tot->label, "total ", 6);
    foot_by_sections(f, r, s);
    if (s->result == 0 && named_total)
        foot_by_rows_above(f, r, s);
    if (s->result == 0 && named_total) {
        foot_by_section_ends(f, r, s);
        foot_by_rows_below(f, r, s);
    }
    if (s->result == 0 && tx_strcasestr(tot->label, "end of"))
        foot_by_beginning(f, r, s);
}

/* Keeps what total r sums, and names it when it is unnamed.  0, or -1 on
 * no memory. */
static int record_total(footing *f, size_t r, const search *s)
{
    tx_table *t = f->t;
    if (record_sum(&t->rows[r], s->idx, s->n, s->fit) != 0 || part_of_total(t, r) != 0)
        return -1;
    if (!*t->rows[r].label && infer_label(t, r, f->level[r], s->idx, s->n) != 0)
        return -1;
    return 0;
}

/* body.not-footing for a total no sum gives, naming the block of its
 * sections that came closest. */
static void report_no_sum(const tx_text *text, const tx_table *t, tx_report *rep,
                          const tx_row *tot, const search *s)
{
    char *sum = tx_decimal_text(s->bad_sum);
    char *printed = tx_decimal_text(cell_amount(&tot->cells[s->bad_col]));
    tx_report_add(rep, TX_WARNING, text->name, tot->src_values, "body.not-footing",
                  "table at line %ld: '%s' does not foot: no sum or difference of the "
                  "%zu rows above it (lines %ld-%ld) gives it in every column; in column "
                  "%zu they come to %s, it prints %s (a reading error or the filer's)",
                  t->src_first, *tot->label ? tot->label : "(unlabeled total)", s->first_n,
                  t->rows[s->first_idx[s->first_n - 1]].src_first,
                  t->rows[s->first_idx[0]].src_values, s->bad_col + 1, sum ? sum : "?",
                  printed ? printed : "?");
    free(sum);
    free(printed);
}

/* Checks total r (`before`: the item row above it, or NULL): what it sums
 * is recorded, or, when it is sure to be a total, it is reported.  0, or
 * -1 on no memory. */
static int check_total(footing *f, const tx_text *text, tx_report *rep, size_t r,
                       const tx_row *before)
{
    tx_table *t = f->t;
    const tx_row *tot = &t->rows[r];
    int sure = is_sure(f, tot, before);
    search s;
    memset(&s, 0, sizeof s);
    s.best_fits = -1;
    find_sum(f, r, &s);
    if (s.first_n == 0 || s.result < 0)
        return 0;
    if (s.result == 1 || sure)
        f->sub[r] = 1;
    if (s.result == 1) {
        t->foot_checked++;
        return record_total(f, r, &s);
    }
    if (!sure)
        return 0;  /* a row under the rule that closes a subtotal */
    t->foot_checked++;
    t->foot_failed++;
    f->cov[r] = s.first_idx[s.first_n - 1];
    report_no_sum(text, t, rep, tot, &s);
    return 0;
}

/* ------------------------------------------------------------ the table */

int tx_body_foot(const tx_text *text, tx_table *t, tx_report *rep)
{
    t->foot_checked = t->foot_failed = 0;
    if (t->nrows == 0 || t->ncols == 0)
        return 0;
    if (t->components) {
        foot_rollforward(text, t, rep);
        return 0;
    }
    footing f = {t, calloc(t->nrows, 1), calloc(t->nrows, sizeof(size_t)),
                 calloc(t->nrows, sizeof(int))};
    int status = f.sub && f.cov && f.level ? 0 : -1;
    const tx_row *prev_item = NULL;
    for (size_t r = 0; r < t->nrows && status == 0; r++) {
        const tx_row *row = &t->rows[r];
        f.cov[r] = r;
        f.level[r] = row->level;
        if (row->kind != TX_ROW_ITEM)
            continue;
        const tx_row *before = prev_item;
        prev_item = row;
        if (is_total(t, row))
            status = check_total(&f, text, rep, r, before);
    }
    free(f.sub);
    free(f.cov);
    free(f.level);
    return status;
}

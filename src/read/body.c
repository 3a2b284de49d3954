/* body.c - stage 4: rows, labels, heading paths and exact values. */
#include "read/body.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "read/header.h"
#include "base/util.h"

#define MAX_HEADINGS 16
#define VALUE_REACH 6   /* a value further than this from its column is reported */

typedef struct heading {
    char *text;
    int indent;
    int caps;
    int flat;    /* its rows stand no further right than it ("Revenue:" over
                    "Hardware sales" in IBM's statement): indentation does
                    not close it; a total, or a sibling heading after its
                    rows, does */
    int items;   /* rows placed under it so far */
} heading;

typedef struct reader {
    const tx_text *text;
    tx_table *t;
    tx_report *rep;
    size_t rows_cap;
    heading stack[MAX_HEADINGS];
    size_t depth;
    tx_buf pending;        /* label words waiting for their values       */
    int pending_indent;
    long pending_first, pending_last;
    int rule;              /* rule seen since the last row: 0, 1, 2      */
    int rule_gap;          /* a blank line came after that rule          */
    int oom;
} reader;

/* ------------------------------------------------------------ kinds */

static int text_kind(const char *s, tx_value_kind *k)
{
    static const char *const shares[] = {
        "shares used", "weighted average", "weighted-average", "number of shares",
        "shares outstanding", "average shares", "average common shares",
        "shares of common stock outstanding", "common shares outstanding",
        "common and common equivalent shares", NULL};
    static const char *const per_share[] = {
        "per share", "per common share", "per diluted share", "per basic share",
        "per common and common equivalent share",
        "earnings per", "eps", "per-share", NULL};
    for (size_t i = 0; shares[i]; i++)
        if (tx_strcasestr(s, shares[i])) {
            *k = TX_VK_SHARES;
            return 1;
        }
    /* "Preferred stock, par value $.01 per share": an amount of stock */
    if (tx_strcasestr(s, "par value") || tx_strcasestr(s, "stated value") ||
        tx_strcasestr(s, "authorized"))
        return 0;
    for (size_t i = 0; per_share[i]; i++) {
        const char *p = tx_strcasestr(s, per_share[i]);
        if (p && (strcmp(per_share[i], "eps") != 0 ||
                  ((p == s || !isalpha((unsigned char)p[-1])) && !isalpha((unsigned char)p[3])))) {
            *k = TX_VK_PER_SHARE;
            return 1;
        }
    }
    return 0;
}

tx_value_kind tx_value_kind_of(const char *label, const char *path)
{
    tx_value_kind k = TX_VK_MONEY;
    if (text_kind(label, &k))
        return k;
    /* innermost heading first: the path is "outer > inner" */
    size_t n = strlen(path);
    while (n > 0) {
        size_t start = n;
        while (start >= 3 && strncmp(path + start - 3, " > ", 3) != 0)
            start--;
        if (start < 3)
            start = 0;
        char *h = tx_strndup(path + start, n - start);
        int found = h && text_kind(h, &k);
        free(h);
        if (found)
            return k;
        n = start >= 3 ? start - 3 : 0;
    }
    return TX_VK_MONEY;
}

/* ------------------------------------------------------------ headings */

static char *path_of(const reader *r, size_t depth)
{
    tx_buf b = {0};
    for (size_t i = 0; i < depth; i++) {
        if (i)
            tx_buf_puts(&b, " > ");
        tx_buf_puts(&b, r->stack[i].text);
    }
    return tx_buf_take(&b);
}

static void pop_to(reader *r, size_t depth)
{
    while (r->depth > depth)
        free(r->stack[--r->depth].text);
}

/* Rule 3: a line indented no further than an open colon heading closes it. */
static void close_by_indent(reader *r, int indent)
{
    size_t keep = r->depth;
    for (size_t i = 0; i < r->depth; i++)
        if (!r->stack[i].caps && !r->stack[i].flat && indent <= r->stack[i].indent) {
            keep = i;
            break;
        }
    pop_to(r, keep);
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

/* 1 if every word of the heading (less stop words) is in the label. */
static int repeats_heading(const char *label, const char *heading_text)
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

/* ------------------------------------------------------------ rows */

static tx_row *new_row(reader *r, tx_row_kind kind, char *label, int indent)
{
    tx_table *t = r->t;
    if (tx_grow((void **)&t->rows, &r->rows_cap, t->nrows + 1, sizeof(tx_row)) != 0) {
        free(label);
        r->oom = 1;
        return NULL;
    }
    tx_row *row = &t->rows[t->nrows++];
    memset(row, 0, sizeof *row);
    row->kind = kind;
    row->indent = indent;
    row->rule_above = r->rule;
    row->rule_gap = r->rule ? r->rule_gap : 0;
    r->rule_gap = 0;
    tx_buf notes = {0};
    if (label && tx_strip_markers(label, &notes) != 0)
        r->oom = 1;
    row->label = label;
    row->notes = tx_buf_take(&notes);
    if (!row->label || !row->notes)
        r->oom = 1;
    r->rule = 0;
    return row;
}

static void add_heading(reader *r, char *text, int indent, long first, long last)
{
    int caps = tx_all_caps(text);
    /* a heading after the rows of a flat heading at its indent is its sibling */
    while (r->depth > 0 && r->stack[r->depth - 1].flat && r->stack[r->depth - 1].items > 0 &&
           indent <= r->stack[r->depth - 1].indent)
        pop_to(r, r->depth - 1);
    if (caps)
        pop_to(r, 0);
    else
        close_by_indent(r, indent);
    tx_row *row = new_row(r, TX_ROW_HEADING, text, indent);
    if (!row)
        return;
    row->src_first = first;
    row->src_last = last;
    row->path = path_of(r, r->depth);
    row->level = (int)r->depth;
    if (r->depth == MAX_HEADINGS)
        pop_to(r, MAX_HEADINGS - 1);
    char *copy = tx_strdup(row->label);
    if (!copy || !row->path) {
        free(copy);
        r->oom = 1;
        return;
    }
    r->stack[r->depth++] = (heading){copy, indent, caps, 0, 0};
}

static void flush_pending(reader *r)
{
    if (!r->pending.len)
        return;
    char *text = tx_buf_take(&r->pending);
    if (!text) {
        r->oom = 1;
        return;
    }
    size_t n = strlen(text);
    if ((n && text[n - 1] == ':') || tx_all_caps(text)) {
        add_heading(r, text, r->pending_indent, r->pending_first, r->pending_last);
        return;
    }
    close_by_indent(r, r->pending_indent);
    tx_row *row = new_row(r, TX_ROW_CAPTION, text, r->pending_indent);
    if (!row)
        return;
    row->src_first = r->pending_first;
    row->src_last = r->pending_last;
    row->path = path_of(r, r->depth);
    row->level = (int)r->depth;
}

/* The pending words end a heading: a colon, or capitals. */
static int pending_closed(const reader *r)
{
    size_t n = r->pending.len;
    return n == 0 || r->pending.data[n - 1] == ':' || tx_all_caps(r->pending.data);
}

static int ends_dangling(const char *s);

/* "SUPPLEMENTAL DISCLOSURE OF CASH FLOWS" over "INFORMATION": a heading in
 * capitals wrapped onto a line of one word, or after a word that leads on. */
static int wrapped_caps_heading(const reader *r, const char *line)
{
    size_t n = r->pending.len;
    if (n == 0 || r->pending.data[n - 1] == ':' || !tx_all_caps(r->pending.data) ||
        !tx_all_caps(line))
        return 0;
    return ends_dangling(r->pending.data) || strchr(line, ' ') == NULL;
}

static void add_pending(reader *r, const char *s, size_t n, int indent, long src)
{
    if (!r->pending.len) {
        r->pending_indent = indent;
        r->pending_first = src;
    } else {
        tx_buf_putc(&r->pending, ' ');
    }
    char *w = tx_collapse(s, n);
    tx_buf_puts(&r->pending, w ? w : "");
    if (!w)
        r->oom = 1;
    free(w);
    r->pending_last = src;
}

/* Places the row's path, applying rules 3 and 4. */
static void place_row(reader *r, tx_row *row)
{
    if (row->rule_above == 1) {
        for (size_t i = r->depth; i-- > 0;)
            if (repeats_heading(row->label, r->stack[i].text)) {
                pop_to(r, i + 1);
                row->total = 1;
                row->path = path_of(r, r->depth);
                row->level = (int)r->depth;
                pop_to(r, i);
                return;
            }
        if (tx_strncaseeq(row->label, "Total", 5) && r->depth > 0) {
            row->total = 1;
            row->path = path_of(r, r->depth);
            row->level = (int)r->depth;
            pop_to(r, r->depth - 1);
            return;
        }
    }
    if (r->depth > 0) {
        heading *h = &r->stack[r->depth - 1];
        if (h->items == 0 && !h->caps && row->indent <= h->indent &&
            h->text[strlen(h->text) - 1] == ':')
            h->flat = 1;
    }
    close_by_indent(r, row->indent);
    row->path = path_of(r, r->depth);
    row->level = (int)r->depth;
    if (r->depth > 0)
        r->stack[r->depth - 1].items++;
}

static void fill_cells(reader *r, tx_row *row, const char *s, const tx_layout *lay, long src)
{
    tx_table *t = r->t;
    row->cells = calloc(t->ncols ? t->ncols : 1, sizeof(tx_cell));
    if (!row->cells) {
        r->oom = 1;
        return;
    }
    for (size_t v = 0; v < lay->nvalues; v++) {
        const tx_vtoken *vt = &lay->values[v];
        int d, c = tx_column_for(t, vt, &d);
        if (c < 0)
            continue;
        if (d > VALUE_REACH)
            tx_report_add(r->rep, TX_WARNING, r->text->name, src, "body.unaligned-value",
                          "value '%.*s' stands %d columns from the nearest column (%d)",
                          (int)vt->len, s + vt->off, d, c + 1);
        tx_cell *cell = &row->cells[c];
        if (cell->state != TX_CELL_EMPTY) {
            tx_report_add(r->rep, TX_WARNING, r->text->name, src, "body.column-clash",
                          "two values in column %d ('%s' and '%.*s'); the second is ignored",
                          c + 1, cell->text, (int)vt->len, s + vt->off);
            continue;
        }
        cell->col = vt->col;
        cell->text = tx_strndup(s + vt->off, vt->len);
        if (!cell->text)
            r->oom = 1;
        memcpy(cell->note, vt->amount.note, sizeof cell->note);
        switch (vt->amount.kind) {
        case TX_AMOUNT_NIL:
            cell->state = TX_CELL_NIL;
            break;
        case TX_AMOUNT_PERCENT:
            cell->state = TX_CELL_PERCENT;
            cell->printed = cell->value = vt->amount.value;
            break;
        default:
            cell->state = TX_CELL_VALUE;
            cell->printed = cell->value = vt->amount.value;
            if (tx_decimal_scale(&cell->value, tx_row_scale(t, row, (size_t)c)) != 0) {
                tx_report_add(r->rep, TX_ERROR, r->text->name, src, "body.overflow",
                              "value '%s' is too large once scaled", cell->text);
                /* an empty cell owns no text: a later value may fill it */
                free(cell->text);
                cell->text = NULL;
                cell->state = TX_CELL_EMPTY;
            }
        }
    }
}

/* A "Notes" column between label and values (IBM 1997: "Q", "C & R",
 * "G & J"): the label's last chunk, three or more spaces after the words,
 * made of single capital letters joined by '&'.  Returns the number of
 * label tokens before it (0 if there is none) and copies it to note. */
static size_t notes_column(const char *s, const tx_layout *lay, char *note, size_t n)
{
    tx_chunk ch[32];
    size_t nch = tx_layout_chunks(lay, 0, lay->label_tokens, ch, 32);
    if (nch < 2 || ch[nch - 1].col - ch[nch - 2].end < 3)
        return 0;
    const tx_chunk *c = &ch[nch - 1];
    for (size_t i = 0; i < c->count; i++) {
        const tx_token *t = &lay->tokens[c->first + i];
        char k = s[t->off];
        if (t->len != 1 || !(i % 2 ? k == '&' : (k >= 'A' && k <= 'Z')))
            return 0;
    }
    if (c->count % 2 == 0)
        return 0;
    const tx_token *a = &lay->tokens[c->first], *z = &lay->tokens[c->first + c->count - 1];
    size_t len = z->off + z->len - a->off;
    if (len + 1 > n)
        return 0;
    memcpy(note, s + a->off, len);
    note[len] = '\0';
    return c->first;
}

/* A label line that cannot end there: its last word leads on ("Net loss
 * for year ended", "Reclassification of Debt into") or it ends in a comma
 * or a hyphen. */
static int ends_dangling(const char *s)
{
    static const char *const leads[] = {"and", "of", "for", "the", "to", "in", "into", "on",
                                        "from", "by", "with", "ended", "ending", "at", "or",
                                        "a", "an", "as", NULL};
    size_t n = strlen(s);
    while (n > 0 && s[n - 1] == ' ')
        n--;
    if (n == 0)
        return 0;
    if (s[n - 1] == ',' || s[n - 1] == '-')
        return 1;
    size_t b = n;
    while (b > 0 && s[b - 1] != ' ')
        b--;
    for (size_t i = 0; leads[i]; i++)
        if (strlen(leads[i]) == n - b && tx_strncaseeq(s + b, leads[i], n - b))
            return 1;
    return 0;
}

/* A label that begins with a word that joins it to the line before:
 * "AND CASH EQUIVALENTS" under "EFFECT OF EXCHANGE RATE CHANGES ON CASH". */
static int starts_joining(const char *s)
{
    static const char *const joins[] = {"and ", "or ", "of ", "to ", "in ", "for ", "on ",
                                        "from ", "net of ", "including ", NULL};
    for (size_t i = 0; joins[i]; i++)
        if (tx_strncaseeq(s, joins[i], strlen(joins[i])))
            return 1;
    return 0;
}

/* 1 when the next line with words after line i is a row with values at
 * the same indent (a row of a group). */
static int same_indent_next(const tx_text *text, const tx_table *t, size_t i, int indent)
{
    for (size_t k = i + 1; k < t->body_hi; k++) {
        tx_layout nx;
        if (tx_layout_line(text->lines[k].text, &nx) != 0)
            return 0;
        tx_line_class cls = nx.cls;
        int ind = nx.indent;
        tx_layout_clear(&nx);
        if (cls == TX_LC_BLANK)
            continue;
        return cls == TX_LC_DATA && ind == indent;
    }
    return 0;
}

/* A short heading in title case with no colon: "Current Assets",
 * "Investing Activities" (two to four words, each capitalised). */
static int title_case_heading(const char *s)
{
    size_t words = 0;
    for (const char *p = s; *p;) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        if (!isupper((unsigned char)*p))
            return 0;
        words++;
        while (*p && *p != ' ')
            p++;
    }
    return words >= 2 && words <= 4 && !tx_all_caps(s);
}

/* "(in thousands)" in a row's label, or in the heading it stands under
 * ("Shares used in computing earnings per share (in thousands):"): the
 * row's own scale. */
static void label_scale(tx_row *row)
{
    const char *texts[2] = {row->label, row->path};
    for (int i = 0; i < 2; i++) {
        const char *open = texts[i] ? strrchr(texts[i], '(') : NULL;
        tx_scale sc;
        if (open && tx_scale_parse(open, &sc)) {
            row->own_scale = 1;
            row->scale = sc.money;
            return;
        }
    }
}

static void add_item(reader *r, const char *s, const tx_layout *lay, long src, int group)
{
    int indent = lay->indent;
    size_t nlabel = lay->label_tokens;
    char notes_col[16] = "";
    size_t notes_at = notes_column(s, lay, notes_col, sizeof notes_col);
    if (notes_at)
        nlabel = notes_at;
    const tx_token *first = nlabel ? &lay->tokens[0] : NULL;
    const tx_token *last = nlabel ? &lay->tokens[nlabel - 1] : NULL;
    char *own = first ? tx_collapse(s + first->off, last->off + last->len - first->off)
                      : tx_strdup("");
    if (!own) {
        r->oom = 1;
        return;
    }
    long src_first = src;
    int rule = r->rule;
    if (r->pending.len) {
        size_t pn = r->pending.len;
        int ends_colon = r->pending.data[pn - 1] == ':';
        int dangling = ends_dangling(r->pending.data) || starts_joining(own);
        /* "Equity method investments" over indented "Coca-Cola Enterprises
           Inc." and "Coca-Cola Amatil Limited": a heading over a group */
        int titled = !dangling && indent > r->pending_indent &&
                     (title_case_heading(r->pending.data) ||
                      (group && isupper((unsigned char)own[0])));
        int join = !first || islower((unsigned char)own[0]) || own[0] == '(' ||
                   isdigit((unsigned char)own[0]) || dangling ||
                   (!ends_colon && !tx_all_caps(r->pending.data) && indent > r->pending_indent &&
                    !titled);
        if (titled && !join) {
            /* "Current Assets" over an indented "Cash and cash equivalents" */
            char *text = tx_buf_take(&r->pending);
            if (!text) {
                free(own);
                r->oom = 1;
                return;
            }
            add_heading(r, text, r->pending_indent, r->pending_first, r->pending_last);
            rule = 0;
        } else if (join) {
            if (*own) {
                tx_buf_putc(&r->pending, ' ');
                tx_buf_puts(&r->pending, own);
            }
            free(own);
            own = tx_buf_take(&r->pending);
            indent = r->pending_indent;
            src_first = r->pending_first;
            if (!own) {
                r->oom = 1;
                return;
            }
        } else {
            flush_pending(r);  /* a heading now stands between rule and row */
            rule = 0;
        }
    }
    tx_row *row = new_row(r, TX_ROW_ITEM, own, indent);
    if (!row)
        return;
    row->rule_above = rule;
    row->src_first = src_first;
    row->src_last = src;
    row->src_values = src;
    place_row(r, row);
    if (!row->path) {
        r->oom = 1;
        return;
    }
    row->vkind = tx_value_kind_of(row->label, row->path);
    label_scale(row);
    if (*notes_col) {
        tx_buf b = {0};
        tx_buf_printf(&b, "%s%s%s", row->notes, *row->notes ? "," : "", notes_col);
        char *joined = tx_buf_take(&b);
        if (!joined) {
            r->oom = 1;
            return;
        }
        free(row->notes);
        row->notes = joined;
    }
    fill_cells(r, row, s, lay, src);
}

/* Backward continuation: "notes" under "Gain on retirement of ... (14,108)". */
static int continues_row(const reader *r, const tx_layout *lay, const char *s,
                         size_t i, size_t last_data)
{
    if (r->pending.len || last_data == (size_t)-1 || last_data + 1 != i || r->t->nrows == 0)
        return 0;
    const tx_row *row = &r->t->rows[r->t->nrows - 1];
    if (row->kind != TX_ROW_ITEM || !islower((unsigned char)s[lay->indent]) ||
        lay->indent < row->indent)
        return 0;
    /* if the next data line also starts in lower case, the words lead into it */
    for (size_t k = i + 1; k < r->t->body_hi; k++) {
        tx_layout nx;
        if (tx_layout_line(r->text->lines[k].text, &nx) != 0)
            return 0;
        tx_line_class cls = nx.cls;
        int lower = nx.ntokens && islower((unsigned char)r->text->lines[k].text[nx.indent]);
        tx_layout_clear(&nx);
        if (cls == TX_LC_BLANK || cls == TX_LC_RULE)
            return 1;
        if (cls == TX_LC_DATA)
            return !lower;
        if (cls == TX_LC_TEXT)
            return !lower;
    }
    return 1;
}

static void append_to_row(reader *r, const char *s, size_t n, long src)
{
    tx_row *row = &r->t->rows[r->t->nrows - 1];
    char *w = tx_collapse(s, n);
    tx_buf b = {0};
    tx_buf_puts(&b, row->label);
    tx_buf_putc(&b, ' ');
    tx_buf_puts(&b, w ? w : "");
    free(w);
    tx_buf notes = {0};
    char *label = tx_buf_take(&b);
    if (!label) {
        r->oom = 1;
        return;
    }
    tx_strip_markers(label, &notes);
    if (notes.len) {
        if (*row->notes)
            tx_buf_printf(&notes, ",%s", row->notes);
        free(row->notes);
        row->notes = tx_buf_take(&notes);
    } else {
        tx_buf_free(&notes);
    }
    free(row->label);
    row->label = label;
    row->src_last = src;
    /* the completed label may say what kind of values the row holds */
    tx_value_kind k = tx_value_kind_of(row->label, row->path);
    if (k != row->vkind)
        tx_report_add(r->rep, TX_WARNING, r->text->name, src, "body.kind-changed",
                      "the wrapped label '%s' changes the row's kind of values", row->label);
}

/* A row whose words say nothing of its kind, between two share counts
 * ("AVERAGE SHARES OUTSTANDING / Dilutive effect of stock options /
 * AVERAGE SHARES OUTSTANDING ASSUMING DILUTION"), counts shares too; its
 * values are scaled again as share counts. */
static void shares_between_shares(tx_table *t)
{
    for (size_t r = 0; r < t->nrows; r++) {
        tx_row *row = &t->rows[r];
        tx_value_kind k;
        if (row->kind != TX_ROW_ITEM || row->vkind != TX_VK_MONEY || !row->cells ||
            row->rule_above == 2 || text_kind(row->label, &k))
            continue;
        const tx_row *before = NULL, *after = NULL;
        for (size_t i = r; i-- > 0 && !before;)
            if (t->rows[i].kind == TX_ROW_ITEM)
                before = &t->rows[i];
        for (size_t i = r + 1; i < t->nrows && !after; i++)
            if (t->rows[i].kind == TX_ROW_ITEM)
                after = &t->rows[i];
        if (!before || !after || before->vkind != TX_VK_SHARES || after->vkind != TX_VK_SHARES)
            continue;
        row->vkind = TX_VK_SHARES;
        for (size_t c = 0; c < t->ncols; c++) {
            tx_cell *cell = &row->cells[c];
            if (cell->state != TX_CELL_VALUE)
                continue;
            cell->value = cell->printed;
            if (tx_decimal_scale(&cell->value, tx_row_scale(t, row, c)) != 0)
                cell->state = TX_CELL_EMPTY;
        }
    }
}

tx_status tx_body_read(const tx_text *text, tx_table *t, tx_report *rep)
{
    reader r = {0};
    r.text = text;
    r.t = t;
    r.rep = rep;
    size_t last_data = (size_t)-1, last_rule = (size_t)-1;
    size_t start = t->body_lo;
    if (t->lead_heading) {
        /* "ASSETS:" printed over the <TABLE>: the first heading */
        char *h = tx_strdup(t->lead_heading);
        if (!h)
            return TX_ENOMEM;
        add_heading(&r, h, -1, t->src_title, t->src_title);
    }
    for (size_t i = start; i < t->body_hi && !r.oom; i++) {
        const tx_line *ln = &text->lines[i];
        tx_layout lay;
        if (tx_layout_line(ln->text, &lay) != 0) {
            r.oom = 1;
            break;
        }
        switch (lay.cls) {
        case TX_LC_BLANK:
            flush_pending(&r);
            if (r.rule)
                r.rule_gap = 1;
            break;
        case TX_LC_RULE:
            flush_pending(&r);
            if (last_rule != (size_t)-1 && last_rule + 1 == i && !lay.rule_double) {
                /* two single rules in a row are a double rule (Apple 1997) */
                if (t->nrows && t->rows[t->nrows - 1].kind == TX_ROW_ITEM &&
                    t->rows[t->nrows - 1].rule_below == 1 && last_data + 2 == i)
                    t->rows[t->nrows - 1].rule_below = 2;
                r.rule = 2;
                last_rule = i;
                break;
            }
            if (t->nrows && t->rows[t->nrows - 1].kind == TX_ROW_ITEM &&
                !t->rows[t->nrows - 1].rule_below && last_data + 1 == i)
                t->rows[t->nrows - 1].rule_below = lay.rule_double ? 2 : 1;
            r.rule = lay.rule_double ? 2 : 1;
            last_rule = i;
            break;
        case TX_LC_DATA:
        case TX_LC_YEARS:
        case TX_LC_PAGENUM:
            add_item(&r, ln->text, &lay, ln->src_line, same_indent_next(text, t, i, lay.indent));
            last_data = i;
            break;
        default: /* words with no values */
            if (continues_row(&r, &lay, ln->text, i, last_data)) {
                append_to_row(&r, ln->text + lay.tokens[0].off,
                              ln->len - lay.tokens[0].off, ln->src_line);
                last_data = i;
            } else {
                /* a line that starts in capitals starts a new label; "(972,812,731
                   shares ..." or "of $23 in 1997" goes on with the one before */
                if (r.pending.len && isupper((unsigned char)ln->text[lay.indent]) &&
                    !starts_joining(ln->text + lay.indent) &&
                    !(lay.indent > r.pending_indent && !pending_closed(&r)) &&
                    !wrapped_caps_heading(&r, ln->text + lay.indent))
                    flush_pending(&r);
                add_pending(&r, ln->text + lay.tokens[0].off,
                            ln->len - lay.tokens[0].off, lay.indent, ln->src_line);
            }
        }
        tx_layout_clear(&lay);
    }
    flush_pending(&r);
    pop_to(&r, 0);
    tx_buf_free(&r.pending);
    if (!r.oom)
        shares_between_shares(t);
    if (!r.oom && tx_body_foot(text, t, rep) != 0)
        r.oom = 1;
    return r.oom ? TX_ENOMEM : TX_OK;
}

/* ------------------------------------------------------------ footing */

#define FOOT_MAX_SIGNED 12    /* rows whose signs are searched (2^12 patterns) */
#define FOOT_MAX_ROWS 48
#define FOOT_MAX_STEPS 6      /* earlier subtotals a total may reach back over */

static int has_amount(const tx_cell *c)
{
    return c->state == TX_CELL_VALUE || c->state == TX_CELL_NIL;
}

static tx_decimal cell_amount(const tx_cell *c)
{
    tx_decimal zero = {0, 0};
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
        tx_decimal first_sum = {0, 0};
        for (size_t c = 0; c < t->ncols; c++) {
            if (t->cols[c].derived || !has_amount(&tot->cells[c]))
                continue;
            tx_decimal sum = {0, 0};
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
    tx_decimal bad_sum = {0, 0};
    int fits;
    return foots_with_signs(t, idx, n, tot, &bad_col, &bad_sum, fit, 0, &fits) == 1;
}

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

typedef struct footing {
    const tx_table *t;
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
                                       repeats_heading(tot->label, row->label)))
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

/* "Balance at DATE" (or "Balance, DATE", "Balances as of ..."): 1. */
static int is_balance_row(const tx_row *row)
{
    return row->kind == TX_ROW_ITEM && tx_strncaseeq(row->label, "balance", 7);
}

static void not_footing(const tx_text *text, tx_table *t, tx_report *rep, const tx_row *row,
                        const char *what, size_t c, tx_decimal sum, tx_decimal printed)
{
    char a[48], b[48];
    tx_decimal_format(sum, a, sizeof a);
    tx_decimal_format(printed, b, sizeof b);
    t->foot_failed++;
    tx_report_add(rep, TX_WARNING, text->name, row->src_values, "body.not-footing",
                  "table at line %ld: '%s' does not foot: %s in column %zu come to %s, "
                  "it prints %s (a reading error or the filer's)",
                  t->src_first, row->label, what, c + 1, a, b);
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
            tx_decimal sum = {0, 0};
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
    if (!f.sub || !f.cov || !f.level) {
        free(f.sub);
        free(f.cov);
        free(f.level);
        return -1;
    }
    const tx_row *prev_item = NULL;
    for (size_t r = 0; r < t->nrows; r++) {
        const tx_row *tot = &t->rows[r];
        f.cov[r] = r;
        f.level[r] = tot->level;
        if (tot->kind != TX_ROW_ITEM)
            continue;
        const tx_row *before = prev_item;
        size_t before_i = before ? (size_t)(before - t->rows) : 0;
        prev_item = tot;
        /* totals: under a single rule, closing a section, or named "Total"
           (Apple's 10-Q prints no rules at all) */
        if (!(tot->rule_above == 1 || tot->total || tx_strncaseeq(tot->label, "total ", 6)) ||
            tot->vkind == TX_VK_PER_SHARE)
            continue;
        int any = 0;
        for (size_t c = 0; c < t->ncols; c++)
            any |= !t->cols[c].derived && tot->cells[c].state == TX_CELL_VALUE;
        if (!any)
            continue;
        /* sure: a "Total ..." or an unnamed number under a rule, or a rule
           under an ordinary row; a rule under a subtotal may only close it */
        int sure = tot->total || !*tot->label ||
                   (!tot->rule_gap && (!before || !f.sub[before_i]));
        size_t idx[FOOT_MAX_ROWS], first_idx[FOOT_MAX_ROWS], n = 0, first_n = 0, bad_col = 0;
        size_t fit = 0;
        int best_fits = -1;
        tx_decimal bad_sum = {0, 0};
        int result = 0;
        int lowest = 0;   /* its own section first, then the ones around it */
        /* every row added first, at every reach; only then with some
           subtracted (a single column fits too many choices of signs) */
        for (int signs = 0; signs < 2 && result == 0; signs++)
        for (int level = tot->level; level >= lowest && result == 0; level--) {
            n = 0;
            for (int steps = 0; steps < FOOT_MAX_STEPS && result == 0; steps++) {
                size_t m = foot_block(&f, r, level, steps, idx, FOOT_MAX_ROWS);
                if (m == 0 || (steps > 0 && m == n))
                    break;
                n = m;
                size_t bc = 0;
                tx_decimal bs = {0, 0};
                int fits = -1;
                result = foots_with_signs(t, idx, n, tot, &bc, &bs, &fit, signs, &fits);
                if (result == 1 && counts_twice(t, idx, n))
                    result = 0;  /* a subtotal and a row inside it: luck, not a sum */
                /* the report names the block and signs that fit most columns */
                if (first_n == 0 || fits > best_fits) {
                    best_fits = fits;
                    first_n = n;
                    memcpy(first_idx, idx, n * sizeof idx[0]);
                    bad_col = bc;
                    bad_sum = bs;
                }
                if (result == 1) {
                    f.cov[r] = idx[n - 1];
                    f.level[r] = level;
                }
            }
        }
        if (result == 0 && tx_strncaseeq(tot->label, "total ", 6)) {
            /* no rule or heading marks where a "Total ..." begins (Apple's
               10-Q; IBM's "Total liabilities" after "Total current
               liabilities"): the fewest rows right above it that add up, all
               added, a subtotal standing for the rows it sums */
            size_t k = r;
            n = 0;
            while (k-- > 0 && n < FOOT_MAX_ROWS && result == 0) {
                const tx_row *x = &t->rows[k];
                if (x->kind == TX_ROW_HEADING)
                    break;
                if (x->kind != TX_ROW_ITEM)
                    continue;
                idx[n++] = k;
                if (n >= 2 && sums_to(t, idx, n, tot, &fit) && !counts_twice(t, idx, n)) {
                    result = 1;
                    f.cov[r] = idx[n - 1];
                    f.level[r] = tot->level;
                }
            }
        }
        if (result == 0 && tx_strncaseeq(tot->label, "total ", 6)) {
            /* the last rows of the sections above it, nearest first
               ("Total cash generated (used)" = financing + investing +
               operating, Apple's 10-Q), or, for a total printed before its
               rows ("Total Retail Sales-" over Residential, Commercial,
               Industrial, Southern), the rows right below it */
            size_t m = 0;
            for (size_t k = r; k-- > 0 && m < FOOT_MAX_ROWS && result == 0;) {
                const tx_row *x = &t->rows[k];
                int closes = x->kind == TX_ROW_ITEM &&
                             (k + 1 == r || (k + 1 < t->nrows && t->rows[k + 1].kind == TX_ROW_HEADING));
                if (!closes)
                    continue;
                idx[m++] = k;
                if (m >= 2 && sums_to(t, idx, m, tot, &fit) && !counts_twice(t, idx, m)) {
                    result = 1;
                    n = m;
                    f.cov[r] = idx[m - 1];
                    f.level[r] = tot->level;
                }
            }
            size_t len = strlen(tot->label);
            m = 0;
            for (size_t k = r + 1; k < t->nrows && len && tot->label[len - 1] == '-' &&
                                   m < FOOT_MAX_ROWS && result == 0; k++) {
                const tx_row *x = &t->rows[k];
                if (x->kind == TX_ROW_HEADING || tx_strncaseeq(x->label, "total", 5))
                    break;
                if (x->kind != TX_ROW_ITEM)
                    continue;
                idx[m++] = k;
                if (m >= 2 && sums_to(t, idx, m, tot, &fit)) {
                    result = 1;
                    n = m;
                    f.cov[r] = r;
                    f.level[r] = tot->level;
                }
            }
        }
        if (result == 0 && tx_strcasestr(tot->label, "end of")) {
            /* "Cash and cash equivalents, end of the period": the balance at
               the beginning (printed at the top, Apple 1997) and the change
               just above */
            size_t b = find_beginning(t, r), k = r;
            while (k-- > 0 && t->rows[k].kind != TX_ROW_ITEM)
                ;
            if (b < r && k < r && k != b) {
                idx[0] = k;
                idx[1] = b;
                if (sums_to(t, idx, 2, tot, &fit)) {
                    result = 1;
                    n = 2;
                    f.cov[r] = r;
                    f.level[r] = tot->level;
                }
            }
        }
        if (first_n == 0 || result < 0)
            continue;
        if (result == 1 || sure)
            f.sub[r] = 1;
        if (result == 1) {
            t->foot_checked++;
            if (record_sum(&t->rows[r], idx, n, fit) != 0 || part_of_total(t, r) != 0) {
                free(f.sub), free(f.cov), free(f.level);
                return -1;
            }
            if (!*tot->label && infer_label(t, r, f.level[r], idx, n) != 0) {
                free(f.sub), free(f.cov), free(f.level);
                return -1;
            }
            continue;
        }
        if (!sure)
            continue;  /* a row under the rule that closes a subtotal */
        t->foot_checked++;
        t->foot_failed++;
        f.cov[r] = first_idx[first_n - 1];
        char sum[48], printed[48];
        tx_decimal_format(bad_sum, sum, sizeof sum);
        tx_decimal_format(cell_amount(&tot->cells[bad_col]), printed, sizeof printed);
        tx_report_add(rep, TX_WARNING, text->name, tot->src_values, "body.not-footing",
                      "table at line %ld: '%s' does not foot: no sum or difference of the "
                      "%zu rows above it (lines %ld-%ld) gives it in every column; in column "
                      "%zu they come to %s, it prints %s (a reading error or the filer's)",
                      t->src_first, *tot->label ? tot->label : "(unlabeled total)", first_n,
                      t->rows[first_idx[first_n - 1]].src_first, t->rows[first_idx[0]].src_values,
                      bad_col + 1, sum, printed);
    }
    free(f.sub);
    free(f.cov);
    free(f.level);
    return 0;
}

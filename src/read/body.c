/* body.c - stage 4: rows, labels, heading paths and exact values. */
#include "read/body.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "read/footing.h"
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
            if (tx_repeats_heading(row->label, r->stack[i].text)) {
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

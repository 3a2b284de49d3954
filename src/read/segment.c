/* segment.c - stage 2: find the tables in a decoded exhibit. */
#include "read/segment.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"

#define MAX_TITLE_LINES 8
#define MAX_GAP_ABOVE_HEADER 3
#define MAX_GAP_IN_BODY 3       /* blank lines a statement's body may hold */
#define MAX_GAP_ABOVE_TITLE 5
#define MAX_ORPHAN_GAP 40   /* lines between a table and rows that belong to it */

/* ------------------------------------------------------------ scale */

int tx_scale_parse(const char *s, tx_scale *sc)
{
    int e = -1;
    const char *w = NULL;
    if ((w = tx_strcasestr(s, "thousand")) || tx_strcasestr(s, "000's omitted") ||
        tx_strcasestr(s, "000s omitted") || tx_strcasestr(s, "$000"))
        e = 3;
    else if ((w = tx_strcasestr(s, "million")))
        e = 6;
    else if ((w = tx_strcasestr(s, "billion")))
        e = 9;
    else if (tx_strcasestr(s, "in dollars") || tx_strcasestr(s, "in whole dollars"))
        e = 0;
    /* "(Thousands except per share amounts)": the scale word opens the
       parenthesis */
    int opens = w && w > s && w[-1] == '(';
    if (e < 0 || !(tx_strcasestr(s, "in ") || tx_strcasestr(s, "omitted") ||
                   tx_strcasestr(s, "$000") || opens))
        return 0;
    sc->money = e;
    sc->shares = e;
    sc->per_share = 0;
    sc->stated = 1;
    const char *ex = tx_strcasestr(s, "except");
    if (ex) {
        /* "except share and per share", "except share data", "except shares":
           share counts are not scaled; "except per share" alone keeps them scaled */
        for (const char *p = ex; (p = tx_strcasestr(p, "share")) != NULL; p += 5) {
            int per = (p - ex >= 4 && tx_strncaseeq(p - 4, "per ", 4));
            if (!per) {
                sc->shares = 0;
                break;
            }
        }
    }
    return 1;
}

/* ------------------------------------------------------------ geometry */

typedef struct seg {
    const tx_text *text;
    const tx_lineinfo *info;
    size_t n;
} seg;

static int is_blank(const seg *g, size_t i) { return g->info[i].cls == TX_LC_BLANK; }

#define NO_LINE ((size_t)-1)

static unsigned line_flags(const seg *g, size_t i) { return g->text->lines[i].flags; }

/* The first line of the <TABLE> that holds line i, or NO_LINE. */
static size_t sgml_table_start(const seg *g, size_t i)
{
    if (!(line_flags(g, i) & TX_LINE_IN_TABLE))
        return NO_LINE;
    while (!(line_flags(g, i) & TX_LINE_TABLE_START)) {
        if (i == 0 || !(line_flags(g, i - 1) & TX_LINE_IN_TABLE))
            return NO_LINE;
        i--;
    }
    return i;
}

/* 1 when line i has a run of three spaces or more between words. */
static int has_wide_gap(const seg *g, size_t i)
{
    const char *s = g->text->lines[i].text + (g->info[i].indent > 0 ? g->info[i].indent : 0);
    const char *gap = strstr(s, "   ");
    return gap != NULL && gap[strspn(gap, " ")] != '\0';
}

/* A rule under the value columns with words in the label column beside it
 * ("EXPENSES      --------   --------", the last line of a side heading
 * "COSTS AND / EXPENSES" printed left of the items): a rule of the body,
 * no column header.  -1 on no memory. */
static int label_beside_rules(const seg *g, size_t i, int vleft)
{
    if (g->info[i].cls != TX_LC_TEXT)
        return 0;
    const char *s = g->text->lines[i].text;
    tx_layout lay;
    if (tx_layout_line(s, &lay) != 0)
        return -1;
    int rules = 0, ok = lay.ntokens > 0;
    for (size_t k = 0; k < lay.ntokens && ok; k++) {
        const tx_token *tk = &lay.tokens[k];
        size_t r = strspn(s + tk->off, "-=_");
        if (r == tk->len && tk->len >= 3)
            rules += tk->col >= vleft - 4;
        else
            ok = tk->end <= vleft;
    }
    tx_layout_clear(&lay);
    return ok && rules > 0;
}

/* Label text that could sit in a table's label column: it ends before the
 * values, or, one run of words from the label column, a few columns into
 * them ("Capital stock, par value 1 2/3(cent) per share:"). */
static int labelish(const seg *g, size_t i, int vleft)
{
    const tx_lineinfo *li = &g->info[i];
    if (li->cls != TX_LC_TEXT || li->sentence)
        return 0;
    return li->end <= vleft ||
           (li->end <= vleft + 8 && li->indent < 12 && !has_wide_gap(g, i));
}

#define MAX_LABEL_LINES 8  /* lines of a wrapped label or headings over an item */

/* Whether line i leads to a data line within a few lines (a label that is
 * wrapped over several lines, or headings over items, possibly underlined:
 * "LIABILITIES" over "-----------"). */
static int leads_to_data(const seg *g, size_t i, int vleft)
{
    int blanks = 0;
    for (size_t k = i + 1, seen = 0; k < g->n && seen < MAX_LABEL_LINES; k++) {
        const tx_lineinfo *li = &g->info[k];
        if (li->cls == TX_LC_BLANK) {
            if (++blanks > 1)
                return 0;
            continue;
        }
        if (g->text->lines[k].flags & TX_LINE_PAGE_BREAK)
            return 0;
        if (li->cls == TX_LC_RULE)
            continue;
        seen++;
        if (li->cls == TX_LC_DATA)
            return 1;
        if (!labelish(g, k, vleft) || li->fn_start)
            return 0;
    }
    return 0;
}

/* Extends a body that starts with the data line `lo`; returns one past its
 * last line.  *vleft tracks the leftmost value column. */
static size_t extend_body(const seg *g, size_t lo, int *vleft)
{
    size_t last = lo;  /* last line that belongs */
    size_t i = lo + 1;
    size_t ts = sgml_table_start(g, lo);
    while (i < g->n) {
        const tx_lineinfo *li = &g->info[i];
        if (li->cls != TX_LC_BLANK && sgml_table_start(g, i) != ts)
            break;  /* a body ends with its <TABLE> */
        if (li->cls == TX_LC_DATA) {
            if (li->vleft < *vleft)
                *vleft = li->vleft;
            last = i++;
            continue;
        }
        if (li->cls == TX_LC_RULE || label_beside_rules(g, i, *vleft) == 1) {
            last = i++;
            continue;
        }
        if (li->cls == TX_LC_BLANK) {
            size_t k = i;
            while (k < g->n && is_blank(g, k))
                k++;
            if (k - i > MAX_GAP_IN_BODY || k == g->n)
                break;
            const tx_lineinfo *nx = &g->info[k];
            /* small-business filings leave two or three blank lines inside a
               statement; a label after more than one starts something else */
            if ((g->text->lines[k].flags & TX_LINE_PAGE_BREAK) == 0 &&
                (nx->cls == TX_LC_DATA || nx->cls == TX_LC_RULE ||
                 (k - i == 1 && labelish(g, k, *vleft) && !nx->fn_start &&
                  leads_to_data(g, k, *vleft)))) {
                i = k;
                continue;
            }
            break;
        }
        if (li->cls == TX_LC_TEXT && !li->fn_start && labelish(g, i, *vleft)) {
            const tx_lineinfo *pv = &g->info[last];
            int continues_prev = li->lower && pv->cls == TX_LC_DATA && last == i - 1;
            if (continues_prev || li->colon || leads_to_data(g, i, *vleft)) {
                last = i++;
                continue;
            }
        }
        break;  /* years (a new header), a page number, prose, a footnote */
    }
    return last + 1;
}

/* Words beside a column header: a few words at the left, then, past three
 * or more spaces, words or rules over the value columns ("EARNINGS
 * ------", "DECEMBER 29, 1996, AND DECEMBER 31, 1995      1996     1995"). */
static int beside_header(const seg *g, size_t i, int vleft)
{
    const char *s = g->text->lines[i].text;
    size_t n = g->text->lines[i].len;
    size_t gap = 0;  /* end of the last run of three spaces or more */
    for (size_t k = 0; k + 3 <= n; k++)
        if (s[k] == ' ' && s[k + 1] == ' ' && s[k + 2] == ' ' && k > (size_t)g->info[i].indent) {
            size_t e = k;
            while (e < n && s[e] == ' ')
                e++;
            if (e < n && gap == 0)
                gap = e;
            k = e;
        }
    return gap > 0 && (int)tx_utf8_columns(s, gap) >= vleft - 12 &&
           tx_count_words(s, gap) <= 8;
}

/* A line of a column header: rules, years, or words over the value columns
 * (with, possibly, a few words beside them at the left). */
static int headerish(const seg *g, size_t i, int vleft)
{
    const tx_lineinfo *li = &g->info[i];
    if (li->cls == TX_LC_RULE || li->cls == TX_LC_YEARS)
        return 1;
    return li->cls == TX_LC_TEXT && !li->sentence && !li->fn_start &&
           (li->indent >= vleft - 12 || beside_header(g, i, vleft));
}

static int has_statement_word(const char *s)
{
    static const char *const words[] = {
        "balance sheet", "statement", "operations", "income", "earnings",
        "cash flow", "financial position", "financial condition",
        "reconciliation", "stockholders", "shareholders", "comprehensive",
        "selected", "highlights", NULL};
    for (size_t i = 0; words[i]; i++)
        if (tx_strcasestr(s, words[i]))
            return 1;
    return 0;
}

/* "(Unaudited)", "Audited": an audit note, not "UNAUDITED STATEMENTS OF
 * OPERATIONS" (a title that says it is unaudited). */
static int is_audit_line(const char *s)
{
    const char *p = s;
    while (*p == ' ' || *p == '(')
        p++;
    return (tx_strncaseeq(p, "unaudited", 9) || tx_strncaseeq(p, "audited", 7)) &&
           !has_statement_word(p);
}

/* Words about time: a month, "ended", "months", a year, a numeric date. */
static int has_period_words(const char *s)
{
    tx_date d[1];
    if (tx_period_dates(s, d, 1) > 0)
        return 1;
    static const char *const words[] = {"ended", "ending", "months", "weeks", "year", NULL};
    for (size_t i = 0; words[i]; i++)
        if (tx_strcasestr(s, words[i]))
            return 1;
    for (const char *p = s; *p; p++) {
        size_t used = 0;
        if ((p == s || !isalpha((unsigned char)p[-1])) && isalpha((unsigned char)*p) &&
            tx_month_lookup(p, &used) && !isalpha((unsigned char)p[used]))
            return 1;
        if (isdigit((unsigned char)*p) && (p == s || !isalnum((unsigned char)p[-1]))) {
            size_t n = strspn(p, "0123456789");
            if (n == 4 && (p[0] == '1' || p[0] == '2') && !isalnum((unsigned char)p[n]))
                return 1;
        }
    }
    return 0;
}

/* A company's name: "THE COCA-COLA COMPANY AND SUBSIDIARIES",
 * "International Business Machines Corporation", "APPLE COMPUTER, INC." */
static int companyish(const char *s)
{
    static const char *const words[] = {"company", "corporation", "inc", "corp", "ltd",
                                        "incorporated", "co", NULL};
    if (has_statement_word(s))
        return 0;
    for (const char *p = s; *p;) {
        while (*p && !isalpha((unsigned char)*p))
            p++;
        const char *q = p;
        while (*q && isalpha((unsigned char)*q))
            q++;
        for (size_t i = 0; words[i] && q > p; i++)
            if (strlen(words[i]) == (size_t)(q - p) && tx_strncaseeq(p, words[i], (size_t)(q - p)))
                return 1;
        p = q;
    }
    return 0;
}


/* A title that names a statement ("CONSOLIDATED STATEMENTS OF INCOME"),
 * not a section of one ("LIABILITIES AND SHAREHOLDERS' EQUITY") nor a
 * continuation ("(Continued)"). */
static int names_statement(const char *title)
{
    static const char *const words[] = {"statement", "balance sheet", "cash flow",
                                        "financial position", "financial condition",
                                        "operations", "income", "earnings", NULL};
    if (tx_strcasestr(title, "continued"))
        return 0;
    for (size_t i = 0; words[i]; i++)
        if (tx_strcasestr(title, words[i]))
            return 1;
    return 0;
}

/* ------------------------------------------------------------ titles */

/* 1 when s prints an amount of money ("$66.0", "$ 1,284"): a line of prose
 * or of values, never a title's ("(in $ thousands)" holds no digit). */
static int has_amount(const char *s)
{
    for (const char *p = strchr(s, '$'); p; p = strchr(p + 1, '$')) {
        const char *q = p + 1;
        while (*q == ' ')
            q++;
        if (isdigit((unsigned char)*q))
            return 1;
    }
    return 0;
}

static char *line_words(const seg *g, size_t i)
{
    const tx_line *l = &g->text->lines[i];
    return tx_collapse(l->text, l->len);
}

/* The title window over a column header that starts at line `head_lo`:
 * title blocks separated by blank lines (up to three in a row), rules
 * skipped.  It ends at prose (its paragraph left out), a data line, a page
 * number, a footnote, the floor, or the first line of a page (kept), and
 * holds at most MAX_TITLE_LINES lines of words.  Sets [*lo, *hi) and
 * returns 1 when a line in it looks like a title (capitals, a statement
 * word or a scale); 0 otherwise. */
static int title_window(const seg *g, size_t floor, size_t head_lo, size_t *lo, size_t *hi)
{
    size_t k = head_lo, blanks = 0, words = 0;
    while (k > floor && is_blank(g, k - 1) && blanks < MAX_GAP_ABOVE_TITLE) {
        k--;
        blanks++;
    }
    size_t end = k, top = k;
    blanks = 0;
    while (k > floor && words < MAX_TITLE_LINES) {
        size_t i = k - 1;
        const tx_lineinfo *li = &g->info[i];
        if (li->cls == TX_LC_BLANK) {
            if (++blanks > 3)
                break;
            k--;
            continue;
        }
        blanks = 0;
        if (li->cls == TX_LC_RULE) {
            k--;
            if (g->text->lines[i].flags & TX_LINE_PAGE_BREAK)
                break;
            continue;
        }
        const char *s = g->text->lines[i].text + (li->indent > 0 ? li->indent : 0);
        int prose = li->cls == TX_LC_TEXT &&
                    (li->sentence || (li->lower && s[0] != '(' && strlen(s) >= 60) ||
                     has_amount(s));
        if (li->cls != TX_LC_TEXT || li->fn_start || prose ||
            ((g->text->lines[i].flags & TX_LINE_IN_TABLE) &&
             sgml_table_start(g, i) != sgml_table_start(g, head_lo))) {
            /* the paragraph of a prose line is no title: the window starts
               after it */
            if (prose) {
                size_t b = i + 1;
                while (b < end && !is_blank(g, b))
                    b++;
                if (b > top)
                    top = b;
            }
            break;
        }
        k--;
        top = k;
        words++;
        if (g->text->lines[i].flags & TX_LINE_PAGE_BREAK)
            break;
    }
    while (top < end && is_blank(g, top))
        top++;
    if (top >= end)
        return 0;
    int titled = 0;
    for (size_t i = top; i < end; i++) {
        const char *s = g->text->lines[i].text;
        tx_scale sc;
        if (g->info[i].cls == TX_LC_TEXT &&
            (g->info[i].caps || has_statement_word(s) || tx_scale_parse(s, &sc)))
            titled = 1;
    }
    if (!titled)
        return 0;
    *lo = top;
    *hi = end;
    return 1;
}

/* ------------------------------------------------------------ footnotes */

/* Collects footnote paragraphs printed after a body; returns the index
 * after the last one. */
static size_t read_footnotes(const seg *g, size_t from, tx_table *t, int *oom)
{
    size_t i = from;
    for (;;) {
        size_t k = i, blanks = 0;
        while (k < g->n && is_blank(g, k) && blanks < 3) {
            k++;
            blanks++;
        }
        if (k >= g->n || !g->info[k].fn_start)
            return i;
        if (g->info[k].cls != TX_LC_TEXT)
            return i;   /* a marker starting a line of values: no footnote text */
        tx_buf b = {0};
        size_t e = k;
        while (e < g->n && g->info[e].cls == TX_LC_TEXT && (e == k || !g->info[e].fn_start)) {
            if (b.len)
                tx_buf_putc(&b, ' ');
            char *w = line_words(g, e);
            tx_buf_puts(&b, w ? w : "");
            free(w);
            e++;
        }
        char *para = tx_buf_take(&b);
        size_t cap = t->nfootnotes;
        if (!para || tx_grow((void **)&t->footnotes, &cap, t->nfootnotes + 1, sizeof(char *)) != 0) {
            free(para);
            *oom = 1;
            return e;
        }
        t->footnotes[t->nfootnotes++] = para;
        i = e;
    }
}


/* ------------------------------------------------------------ SGML tables */

/* A running head or cross-reference printed among title lines, no part of
 * the title: "ITEM 8 continued...", "Item 8. Financial Statements and
 * Supplementary Data", "Item 7.", "PART II", "Exhibit 99.1", "Page 3". */
static int running_head(const char *s)
{
    while (*s == ' ')
        s++;
    if (tx_strncaseeq(s, "exhibit ", 8) || tx_strncaseeq(s, "page ", 5))
        return 1;
    if (tx_strncaseeq(s, "item ", 5)) {
        /* the heading of Item 8 or its running head, not "ITEM 6: SELECTED
           FINANCIAL DATA" */
        s += 5;
        while (*s == ' ')
            s++;
        return isdigit((unsigned char)*s) &&
               (tx_strcasestr(s, "continued") || tx_strcasestr(s, "financial statements") ||
                s[strspn(s, "0123456789.: ")] == '\0');
    }
    if (tx_strncaseeq(s, "part ", 5)) {
        s += 5;
        size_t n = strspn(s, "IVXivx");
        return n > 0 && (s[n] == '\0' || s[n] == ' ' || s[n] == '.');
    }
    return 0;
}

/* "The Coca-Cola Company and Subsidiaries" -> "The Coca-Cola Company", in
 * place. */
static void trim_entity_tail(char *entity)
{
    size_t n = strlen(entity);
    static const char *const tails[] = {" and subsidiaries", " and subsidiary companies",
                                        " and subsidiary", NULL};
    for (size_t i = 0; tails[i]; i++) {
        size_t k = strlen(tails[i]);
        if (n > k && tx_strncaseeq(entity + n - k, tails[i], k))
            entity[n - k] = '\0';
    }
}

/* Title words, entity, scale and audit note from the lines [lo, hi) over or
 * at the top of a <TABLE>: each line is cut where three or more spaces
 * stand ("CONSOLIDATED BALANCE SHEETS      THE COCA-COLA COMPANY AND
 * SUBSIDIARIES"); a company's name is the entity, "and Subsidiary
 * Companies" goes with it, "(In millions ...)" is the scale wherever it
 * stands, "Exhibit 99.02" and rules are dropped. */
static int sgml_title_words(const seg *g, size_t lo, size_t hi, tx_table *t, tx_buf *title,
                            char **entity)
{
    for (size_t i = lo; i < hi; i++) {
        const tx_lineinfo *li = &g->info[i];
        if (li->cls == TX_LC_BLANK || li->cls == TX_LC_RULE || li->cls == TX_LC_PAGENUM)
            continue;
        const char *s = g->text->lines[i].text;
        size_t p = 0;
        while (s[p]) {
            while (s[p] == ' ')
                p++;
            size_t e = p;
            while (s[e] && !(s[e] == ' ' && s[e + 1] == ' ' && s[e + 2] == ' '))
                e++;
            if (e == p)
                break;
            char *w = tx_collapse(s + p, e - p);
            if (!w)
                return -1;
            p = e;
            tx_scale sc;
            const char *open = strchr(w, '(');
            if (open && tx_scale_parse(open, &sc)) {
                if (!t->scale.stated) {
                    t->scale = sc;
                    free(t->scale_text);
                    const char *close = strchr(open, ')');
                    t->scale_text = close ? tx_strndup(open, (size_t)(close - open) + 1)
                                          : tx_strdup(open);
                }
                if (w[0] == '(') {
                    free(w);
                    continue;
                }
            }
            if (is_audit_line(w)) {
                free(t->audit);
                t->audit = w;
                continue;
            }
            if (running_head(w)) {
                free(w);
                continue;
            }
            if (!*entity && companyish(w)) {
                *entity = w;
                continue;
            }
            if (*entity && tx_strncaseeq(w, "and subsidiar", 13)) {
                free(w);
                continue;
            }
            if (title->len)
                tx_buf_putc(title, ' ');
            tx_buf_puts(title, w);
            free(w);
        }
    }
    return 0;
}

/* A line of a title window that says something: words that are no page
 * number, rule or running head. */
static int title_line(const seg *g, size_t i)
{
    return g->info[i].cls == TX_LC_TEXT && !running_head(g->text->lines[i].text);
}

/* Reads the title window [lo, hi) (title_window) into the table: title,
 * entity, scale and audit note as sgml_title_words finds them; when no line
 * names a company, a first line in capitals that names no statement, date
 * or scale ("GSI - PARTICIPATIONS") and has title lines under it is the
 * entity.  0, or -1 on no memory. */
static int read_title(const seg *g, size_t lo, size_t hi, tx_table *t)
{
    tx_buf title = {0}, notes = {0};
    char *entity = NULL;
    size_t first = NO_LINE, kept = 0;
    int named = 0;
    for (size_t i = lo; i < hi; i++) {
        if (!title_line(g, i))
            continue;
        if (first == NO_LINE)
            first = i;
        kept++;
        named |= companyish(g->text->lines[i].text);
    }
    size_t from = lo;
    if (first != NO_LINE && kept > 1 && !named && g->info[first].caps) {
        char *w = line_words(g, first);
        tx_scale sc;
        if (!w)
            return -1;
        if (!has_statement_word(w) && !has_period_words(w) && !tx_scale_parse(w, &sc) &&
            !is_audit_line(w) && !tx_strncaseeq(w, "note", 4) && strpbrk(w, "0123456789") == NULL) {
            entity = w;
            from = first + 1;
        } else {
            free(w);
        }
    }
    if (sgml_title_words(g, from, hi, t, &title, &entity) != 0)
        goto oom;
    if (title.data && tx_strip_markers(title.data, &notes) != 0)
        goto oom;
    free(t->title);
    t->title = tx_buf_take(&title);
    if (!t->title)
        t->title = tx_strdup("");
    free(t->title_notes);
    t->title_notes = tx_buf_take(&notes);
    if (entity) {
        trim_entity_tail(entity);
        free(t->entity);
        t->entity = entity;
    }
    return t->title && t->title_notes ? 0 : -1;
oom:
    free(entity);
    tx_buf_free(&title);
    tx_buf_free(&notes);
    return -1;
}

/* The words after the last run of three spaces or more in s ("Autodesk,
 * Inc." in "Consolidated Statement of Cash Flows      Autodesk, Inc."), or
 * s. */
static const char *last_chunk(const char *s)
{
    const char *last = s;
    for (const char *p = strstr(s, "   "); p; p = strstr(p, "   ")) {
        p += strspn(p, " ");
        if (*p)
            last = p;
    }
    return last;
}

/* The title block over a <TABLE> that starts at line ts: up to eight
 * title lines, up to two blank lines between them allowed, ending at a
 * prose line, a data line, another table, three blank lines, an "Item 1." or
 * "PART I" heading, or the first line after a <PAGE>. */
static size_t sgml_title_above(const seg *g, size_t floor, size_t ts)
{
    size_t k = ts, blanks = 0;
    while (k > floor && is_blank(g, k - 1) && blanks < 3) {
        k--;
        blanks++;
    }
    size_t top = k, lines = 0;
    while (k > floor && lines < 8) {
        size_t i = k - 1;
        const tx_lineinfo *li = &g->info[i];
        if (line_flags(g, i) & TX_LINE_IN_TABLE)
            break;
        if (li->cls == TX_LC_BLANK) {
            /* three blank lines end the title block */
            if (i > floor + 1 && is_blank(g, i - 1) && is_blank(g, i - 2))
                break;
            k--;
            continue;
        }
        const char *s = g->text->lines[i].text + (li->indent > 0 ? li->indent : 0);
        if (li->cls == TX_LC_RULE) {
            k--;
            continue;
        }
        if (li->cls == TX_LC_PAGENUM)
            break;  /* the foot or head of a page: the title starts under it */
        size_t n = strlen(s);
        int prose_lower = li->lower && s[0] != '(' && strlen(s) >= 60;  /* a filled line */
        if (li->cls != TX_LC_TEXT || li->sentence || li->fn_start || prose_lower ||
            has_amount(s) ||
            (n > 0 && s[n - 1] == '.' && !companyish(last_chunk(s))) ||
            tx_strncaseeq(s, "item ", 5) || tx_strncaseeq(s, "part ", 5) ||
            tx_strncaseeq(s, "see ", 4)) {
            /* prose right above: its paragraph is no title */
            if (!is_blank(g, i + 1) && i + 1 < ts) {
                size_t b = i + 1;
                while (b < ts && !is_blank(g, b))
                    b++;
                top = b < ts ? b + 1 : ts;
            }
            break;
        }
        k--;
        top = k;
        lines++;
        if (line_flags(g, i) & TX_LINE_PAGE_BREAK)
            break;
    }
    return top;
}

/* "ASSETS:" as the last line over a balance sheet's <TABLE>: a heading of
 * the body printed in the title block.  It is taken out of the title and
 * kept as the table's lead heading.  0, or -1 on no memory. */
static int lead_heading(const seg *g, size_t lo, size_t hi, tx_table *t)
{
    size_t k = hi;
    while (k > lo && is_blank(g, k - 1))
        k--;
    if (k == lo || !g->info[k - 1].caps || !g->info[k - 1].colon)
        return 0;
    char *w = line_words(g, k - 1);
    if (!w)
        return -1;
    size_t n = strlen(w), tn = strlen(t->title);
    if (tx_count_words(w, n) > 5 || tn <= n + 1 || strcmp(t->title + tn - n, w) != 0 ||
        t->title[tn - n - 1] != ' ') {
        free(w);
        return 0;
    }
    t->title[tn - n - 1] = '\0';
    free(t->lead_heading);
    t->lead_heading = w;
    return 0;
}

/* A table inside <TABLE> ... </TABLE>: the title is printed over the
 * <TABLE> or at its top (before or after <CAPTION>), the column header is
 * the rest of the caption down to the body, the scale may stand anywhere
 * in either (Coca-Cola prints it under the years).  Returns 1 when the
 * table has a header of its own, 0 when it has none (a continuation), -1
 * on no memory. */
static int sgml_table(const seg *g, size_t floor, size_t ts, size_t top, int vleft,
                      tx_table *t)
{
    size_t above = sgml_title_above(g, floor, ts);
    /* title lines at the top of the table: no words about time, not over
       the value columns alone */
    size_t hs = ts;
    while (hs < top) {
        const tx_lineinfo *li = &g->info[hs];
        const char *s = g->text->lines[hs].text;
        if (li->cls == TX_LC_BLANK) {
            hs++;
            continue;
        }
        /* a title centred over the columns ("CONSOLIDATED BALANCE SHEETS"
           at the top of the caption) is still a title */
        int title = li->cls == TX_LC_TEXT && names_statement(s) && !has_wide_gap(g, hs) &&
                    !has_period_words(s);
        if (!title &&
            (li->cls != TX_LC_TEXT || li->indent >= vleft - 12 || has_period_words(s)))
            break;
        hs++;
    }
    while (hs > ts && is_blank(g, hs - 1))
        hs--;
    tx_buf title = {0};
    char *entity = NULL;
    if (sgml_title_words(g, above, ts, t, &title, &entity) != 0 ||
        sgml_title_words(g, ts, hs, t, &title, &entity) != 0)
        goto oom;
    size_t hhi = top;
    while (hhi > hs && is_blank(g, hhi - 1))
        hhi--;
    int has_header = 0;
    for (size_t i = hs; i < hhi; i++)
        if (g->info[i].cls == TX_LC_YEARS || g->info[i].cls == TX_LC_TEXT)
            has_header = 1;
    /* the words left of the columns on the first header line name the
       table when nothing else does ("Inventories   06/26/99   9/25/98") */
    if (has_header && title.len == 0 && g->info[hs].cls != TX_LC_RULE) {
        const char *s = g->text->lines[hs].text;
        size_t n = 0;
        while (s[n] && !(s[n] == ' ' && s[n + 1] == ' ' && s[n + 2] == ' '))
            n++;
        char *w = tx_collapse(s, n);
        if (!w)
            goto oom;
        if (*w && !has_period_words(w) && (int)n < vleft - 12)
            tx_buf_puts(&title, w);
        free(w);
    }
    /* a scale among the header lines */
    for (size_t i = hs; i < hhi && !t->scale.stated; i++) {
        tx_scale sc;
        const char *line = g->text->lines[i].text;
        if (tx_scale_parse(line, &sc)) {
            t->scale = sc;
            free(t->scale_text);
            const char *open = strchr(line, '(');
            const char *end = open ? strchr(open, ')') : NULL;
            if (open && !end)
                for (end = open; *end && !(end[0] == ' ' && end[1] == ' ' && end[2] == ' '); end++)
                    ;
            t->scale_text = open ? tx_collapse(open, (size_t)(end - open) + (*end == ')'))
                                 : line_words(g, i);
        }
    }
    tx_buf notes = {0};
    if (title.data && tx_strip_markers(title.data, &notes) != 0) {
        tx_buf_free(&notes);
        goto oom;
    }
    free(t->title_notes);
    t->title_notes = tx_buf_take(&notes);
    free(t->title);
    t->title = tx_buf_take(&title);
    if (!t->title)
        t->title = tx_strdup("");
    if (t->title && lead_heading(g, above, hs, t) != 0)
        goto oom;
    if (entity) {
        trim_entity_tail(entity);
        free(t->entity);
        t->entity = entity;
        entity = NULL;
    }
    if (!t->title)
        return -1;
    t->untitled = *t->title == '\0';
    size_t first_title = above < ts ? above : ts;
    while (first_title < hs && is_blank(g, first_title))
        first_title++;
    if (!t->untitled) {
        t->title_lo = first_title;
        t->title_hi = hs;
        t->src_title = g->text->lines[first_title].src_line;
    }
    if (!has_header)
        return 0;
    t->head_lo = hs;
    t->head_hi = hhi;
    t->src_header = g->text->lines[hs].src_line;
    return 1;
oom:
    tx_buf_free(&title);
    free(entity);
    return -1;
}

/* The last line of a title block over `top` when it is a date ("December
 * 31, 2007") and the lines between it and the body are blank or short
 * capitalised headings ("ASSETS"); NO_LINE otherwise. */
static size_t title_date_line(const seg *g, size_t floor, size_t top)
{
    size_t k = top;
    for (size_t seen = 0; k > floor && seen < 8; seen++) {
        const tx_lineinfo *li = &g->info[k - 1];
        const char *s = g->text->lines[k - 1].text;
        if (li->cls == TX_LC_BLANK || (li->cls == TX_LC_TEXT && li->caps && !has_period_words(s) &&
                                       tx_count_words(s, strlen(s)) <= 6)) {
            k--;
            continue;
        }
        if (li->cls != TX_LC_TEXT || li->sentence || li->fn_start || !has_period_words(s))
            return NO_LINE;
        tx_date d[2];
        if (tx_period_dates(s, d, 2) != 1)
            return NO_LINE;
        /* the line above it (past a rule) must be part of a title */
        size_t a = k - 1;
        while (a > floor && g->info[a - 1].cls == TX_LC_RULE)
            a--;
        if (a == floor || g->info[a - 1].cls != TX_LC_TEXT)
            return NO_LINE;
        return k - 1;
    }
    return NO_LINE;
}

/* "(In millions except per share data)": a scale line, never a row. */
static int scale_line(const seg *g, size_t i)
{
    const char *s = g->text->lines[i].text;
    tx_scale sc;
    return g->info[i].indent >= 0 && s[g->info[i].indent] == '(' && tx_scale_parse(s, &sc);
}

/* ------------------------------------------------------------ driver */

static void inherit(tx_table *t, const tx_table *prev)
{
    if (!prev)
        return;
    if (!t->entity && prev->entity)
        t->entity = tx_strdup(prev->entity);
    if (!t->scale.stated) {
        t->scale = prev->scale;
        if (!t->scale_text)
            t->scale_text = tx_strdup(prev->scale_text);
    }
}

static void default_entity(const tx_text *text, tx_table *t)
{
    if (!t->entity && text->nfilers > 0)
        t->entity = tx_strdup(text->filers[0].name);
}

static int add_table(tx_table **tables, size_t *ntables, size_t *cap, tx_table *t)
{
    if (tx_grow((void **)tables, cap, *ntables + 1, sizeof(tx_table)) != 0)
        return -1;
    (*tables)[(*ntables)++] = *t;
    return 0;
}

static int fill_strings(tx_table *t)
{
    if (!t->entity)
        t->entity = tx_strdup("");
    if (!t->title)
        t->title = tx_strdup("");
    if (!t->title_notes)
        t->title_notes = tx_strdup("");
    if (!t->scale_text)
        t->scale_text = tx_strdup("");
    if (!t->audit)
        t->audit = tx_strdup("");
    return t->entity && t->title && t->title_notes && t->scale_text && t->audit ? 0 : -1;
}

/* A rule under a heading of the label column ("LIABILITIES" over
 * "-----------"): the line above it is a label, and the rule reaches no
 * value column or the label starts where the body's labels do (line lo). */
static int underline(const seg *g, size_t floor, size_t i, size_t lo, int vleft)
{
    return i > floor && g->info[i].cls == TX_LC_RULE && labelish(g, i - 1, vleft) &&
           !scale_line(g, i - 1) &&
           (g->info[i].end <= vleft || g->info[i - 1].indent <= g->info[lo].indent + 4);
}

/* A footnote that introduces rows: "(1) Amortization ... relates to the
 * following categories by period:" directly above the first data line, its
 * lines possibly reaching over the value columns.  Returns the footnote's
 * first line, or `lo` when there is none. */
static size_t footnote_intro(const seg *g, size_t floor, size_t lo)
{
    for (size_t k = lo, seen = 0; k > floor && seen < 5; k--, seen++) {
        const tx_lineinfo *li = &g->info[k - 1];
        if (li->cls != TX_LC_TEXT)
            return lo;
        if (li->fn_start)
            return k - 1;
        if (li->sentence && !li->colon)
            return lo;
    }
    return lo;
}

/* Whether rows at line i with no header of their own can belong to the
 * table `prev`: same document, at most MAX_ORPHAN_GAP lines after it. */
static int near_prev(const seg *g, const tx_table *prev, size_t i)
{
    return prev && g->text->lines[prev->body_lo].doc == g->text->lines[i].doc &&
           i <= prev->body_hi + MAX_ORPHAN_GAP;
}

/* Builds one table around the body that starts at data line `lo`. */
static int build_table(const seg *g, size_t floor, size_t lo, size_t hi, int vleft,
                       const tx_table *prev, tx_table *t)
{
    memset(t, 0, sizeof *t);
    t->parent = -1;
    /* labels and headings directly above the first data line, and a
       heading one blank line above them ("CASH FLOWS FROM OPERATING
       ACTIVITIES", blank, "Net loss"), when it starts where the labels do */
    size_t top = lo;
    /* labels of a body inside a <TABLE> start inside it */
    size_t lfloor = sgml_table_start(g, lo);
    if (lfloor == NO_LINE || lfloor < floor)
        lfloor = floor;
    for (;;) {
        while (top > lfloor && ((labelish(g, top - 1, vleft) && !g->info[top].fn_start &&
                                 !scale_line(g, top - 1)) ||
                                underline(g, lfloor, top - 1, lo, vleft)))
            top--;
        /* an underlined heading: the heading is what must start where the
           labels do */
        size_t hd =
            top >= lfloor + 3 && underline(g, lfloor, top - 2, lo, vleft) ? top - 3 : top - 2;
        if (top < lfloor + 2 || !is_blank(g, top - 1) || !labelish(g, hd, vleft) ||
            g->info[hd].fn_start || g->info[hd].indent > g->info[lo].indent + 4 ||
            scale_line(g, top - 2) ||
            has_period_words(g->text->lines[hd].text))
            break;
        top = hd;
    }
    size_t fn = footnote_intro(g, floor, lo);
    size_t ts;
    if (fn < lo) {
        /* a footnote table: "(1) ... by period:" then rows */
        t->title_lo = fn;
        t->title_hi = lo;
        t->body_lo = lo;
        tx_buf b = {0}, notes = {0};
        for (size_t i = fn; i < lo; i++) {
            char *w = line_words(g, i);
            if (b.len)
                tx_buf_putc(&b, ' ');
            tx_buf_puts(&b, w ? w : "");
            free(w);
        }
        /* the leading marker "(1)" becomes the title's note */
        char *s = tx_buf_take(&b);
        if (!s)
            return -1;
        const char *p = s;
        if (*p == '(' || *p == '*') {
            const char *q = *p == '(' ? strchr(p, ')') : p;
            if (*p == '*')
                while (*q == '*')
                    q++;
            else
                q++;
            tx_buf_append(&notes, *p == '(' ? p + 1 : p, (size_t)(q - p) - (*p == '(' ? 2 : 0));
            while (*q == ' ')
                q++;
            p = q;
        }
        t->title = tx_strdup(p);
        free(s);
        t->title_notes = tx_buf_take(&notes);
        t->src_title = g->text->lines[fn].src_line;
        t->parent = -2;  /* resolved by the caller: the table before */
    } else if ((ts = sgml_table_start(g, lo)) != NO_LINE && ts >= floor && ts <= top) {
        t->body_lo = top;
        int r = sgml_table(g, floor, ts, top, vleft, t);
        if (r < 0)
            return -1;
        size_t dl;
        if (r == 0 && (!near_prev(g, prev, ts) || has_statement_word(t->title)) &&
            (dl = title_date_line(g, floor, ts)) != NO_LINE) {
            /* a one-column statement dated in its title over the <TABLE>
               ("CONSOLIDATED BALANCE SHEET / For the year ended December
               31, 1998"): the date line is its column header */
            t->head_lo = dl;
            t->head_hi = dl + 1;
            t->src_header = g->text->lines[dl].src_line;
        } else if (r == 0) {
            /* no header of its own: the rest of the table before it (Apple
               prints its balance sheet in two <TABLE>s) */
            if (prev && prev->body_hi + 12 >= ts && t->title) {
                tx_buf b = {0};
                tx_buf_printf(&b, "%s%s%s", prev->title, *t->title ? " " : "", t->title);
                char *joined = tx_buf_take(&b);
                if (!joined)
                    return -1;
                free(t->title);
                t->title = joined;
                t->untitled = 0;
            }
            t->parent = -2;
        }
    } else {
        t->body_lo = top;
        size_t h = top, gap = 0;
        while (h > floor && is_blank(g, h - 1) && gap < MAX_GAP_ABOVE_HEADER) {
            h--;
            gap++;
        }
        t->head_hi = h;
        while (h > floor && headerish(g, h - 1, vleft))
            h--;
        t->head_lo = h;
        size_t dl = NO_LINE;
        if (t->head_lo == t->head_hi && (dl = title_date_line(g, floor, top)) != NO_LINE) {
            /* a one-column statement dated in its title ("BALANCE SHEET /
               December 31, 2007"): the date line is its column header */
            t->head_lo = dl;
            t->head_hi = dl + 1;
        }
        int words = 0;
        for (size_t i = t->head_lo; i < t->head_hi; i++)
            words |= g->info[i].cls != TX_LC_RULE;
        if (!words) {
            t->head_lo = t->head_hi;  /* rules alone are no column header */
            t->parent = -2;  /* rows with no header of their own */
        } else {
            size_t tlo, thi;
            if (title_window(g, floor, t->head_lo, &tlo, &thi)) {
                t->title_lo = tlo;
                t->title_hi = thi;
                t->src_title = g->text->lines[tlo].src_line;
                if (read_title(g, tlo, thi, t) != 0)
                    return -1;
                t->untitled = *t->title == '\0';
            } else {
                t->untitled = 1;
            }
            /* a scale printed among the header lines */
            for (size_t i = t->head_lo; i < t->head_hi && !t->scale.stated; i++) {
                tx_scale sc;
                if (tx_scale_parse(g->text->lines[i].text, &sc)) {
                    t->scale = sc;
                    t->scale_text = line_words(g, i);
                }
            }
            t->src_header = g->text->lines[t->head_lo].src_line;
        }
    }
    t->body_hi = hi;
    t->src_first = g->text->lines[t->body_lo].src_line;
    t->src_last = g->text->lines[hi - 1].src_line;
    if (t->parent == -2 && t->untitled == 0 && !t->title)
        t->untitled = 1;
    inherit(t, prev);
    default_entity(g->text, t);
    return fill_strings(t);
}

/* 1 when every number of the lines [lo, hi) is a bare run of five or more
 * digits: identifiers (tax numbers, zip codes, file numbers), no amounts.
 * -1 on no memory. */
static int identifiers_only(const seg *g, size_t lo, size_t hi)
{
    size_t ids = 0;
    for (size_t i = lo; i < hi; i++) {
        if (g->info[i].cls != TX_LC_DATA)
            continue;
        const char *s = g->text->lines[i].text;
        tx_layout lay;
        if (tx_layout_line(s, &lay) != 0)
            return -1;
        for (size_t v = 0; v < lay.nvalues; v++) {
            size_t n = lay.values[v].len;
            const char *p = s + lay.values[v].off;
            if (n < 5 || strspn(p, "0123456789") < n) {
                tx_layout_clear(&lay);
                return 0;
            }
            ids++;
        }
        tx_layout_clear(&lay);
    }
    return ids > 0;
}

/* ------------------------------------------------------------ continuations */

/* The number of values most data lines of [lo, hi) print. */
static int body_width(const seg *g, size_t lo, size_t hi)
{
    size_t count[16] = {0};
    for (size_t i = lo; i < hi; i++)
        if (g->info[i].cls == TX_LC_DATA && g->info[i].nvalues < 16)
            count[g->info[i].nvalues]++;
    int best = 0;
    for (int w = 1; w < 16; w++)
        if (count[w] > count[best])
            best = w;
    return best;
}

/* Whether table t, which has a column header of its own, goes on with the
 * statement `root` whose last part `prev` ends just before it: the
 * balance sheet's liabilities on the next page, the financing section of a
 * cash flow statement, a page that repeats the column header.  It must
 * name no statement of its own, print as many values a line, and only page
 * furniture (page number, running head, a "See accompanying notes" line,
 * the footnotes of prev) may stand between them. */
static int continues_statement(const seg *g, const tx_table *root, const tx_table *prev,
                               const tx_table *t)
{
    if (!root || root->untitled || !names_statement(root->title) || t->parent != -1 ||
        t->head_lo == t->head_hi)
        return 0;
    if (!t->untitled && names_statement(t->title))
        return 0;
    if (g->text->lines[prev->body_lo].doc != g->text->lines[t->body_lo].doc)
        return 0;
    size_t first = t->untitled ? t->head_lo : t->title_lo;
    if (first < prev->body_hi)
        return 0;
    size_t words = 0;
    int page = 0;
    for (size_t i = prev->body_hi; i <= first && i < g->n; i++) {
        page |= (g->text->lines[i].flags & TX_LINE_PAGE_BREAK) != 0;
        if (i == first)
            break;
        const tx_lineinfo *li = &g->info[i];
        if (li->cls == TX_LC_BLANK || li->cls == TX_LC_RULE || li->cls == TX_LC_PAGENUM)
            continue;
        if (li->cls != TX_LC_TEXT)
            return 0;
        words++;
    }
    if (words > (page ? 8u : 0u))
        return 0;
    int w = body_width(g, t->body_lo, t->body_hi);
    return w > 0 && w == body_width(g, root->body_lo, root->body_hi);
}

/* Joins `a` and `b` with a space into *out (owned); -1 on no memory. */
static int join_title(const char *a, const char *b, char **out)
{
    tx_buf j = {0};
    tx_buf_printf(&j, "%s%s%s", a, *a && *b ? " " : "", b);
    char *s = tx_buf_take(&j);
    if (!s)
        return -1;
    free(*out);
    *out = s;
    return 0;
}

tx_status tx_segment(const tx_text *text, const tx_lineinfo *info, int need_tables,
                     tx_report *rep, tx_table **tables, size_t *ntables)
{
    seg g = {text, info, text->nlines};
    size_t cap = *ntables, floor = 0, i = 0;
    size_t first_new = *ntables;
    while (i < g.n) {
        if (info[i].cls != TX_LC_DATA) {
            i++;
            continue;
        }
        int vleft = info[i].vleft;
        size_t hi = extend_body(&g, i, &vleft);
        int ids = identifiers_only(&g, i, hi);
        if (ids < 0)
            return TX_ENOMEM;
        if (ids) {
            /* a cover page's "942404110" and "95014": numbers, not amounts */
            i = hi;
            continue;
        }
        const tx_table *prev = *ntables > first_new ? &(*tables)[*ntables - 1] : NULL;
        tx_table t;
        if (build_table(&g, floor, i, hi, vleft, prev, &t) != 0) {
            tx_table_clear(&t);
            return TX_ENOMEM;
        }
        /* rows with no header of their own belong to the table just
           before them, in the same document, not to one pages away */
        if (t.parent == -2 && !near_prev(&g, prev, t.body_lo))
            prev = NULL;
        if (t.parent == -2) {
            if (!prev) {
                /* rows with neither header nor a table to belong to */
                tx_report_add(rep, TX_WARNING, text->name, text->lines[i].src_line,
                              "segment.no-header",
                              "numbers in columns with no column header; not read as a table");
                tx_table_clear(&t);
                i = hi;
                floor = hi;
                continue;
            }
            t.parent = (int)(*ntables - 1);
            while ((*tables)[t.parent].parent >= 0)
                t.parent = (*tables)[t.parent].parent;
            /* rows of the statement above, cut from it by a heading or a
               page: they are part of it and carry its title */
            if (t.untitled && !*t.title && !(*tables)[t.parent].untitled) {
                if (join_title((*tables)[t.parent].title, "", &t.title) != 0) {
                    tx_table_clear(&t);
                    return TX_ENOMEM;
                }
                t.untitled = 0;
            }
        } else if (prev) {
            const tx_table *root = prev;
            while (root->parent >= 0)
                root = &(*tables)[root->parent];
            if (continues_statement(&g, root, prev, &t)) {
                if (join_title(root->title, t.untitled ? "" : t.title, &t.title) != 0) {
                    tx_table_clear(&t);
                    return TX_ENOMEM;
                }
                if (t.untitled)
                    t.src_title = root->src_title;
                t.untitled = 0;
            }
        }
        int oom = 0;
        size_t after = read_footnotes(&g, hi, &t, &oom);
        (void)after;
        if (oom || add_table(tables, ntables, &cap, &t) != 0) {
            tx_table_clear(&t);
            return TX_ENOMEM;
        }
        /* footnote text after a body may be a footnote table's title, so the
           next search may look back to the end of this body */
        floor = hi;
        i = hi;
    }
    if (*ntables == first_new && need_tables) {
        tx_report_add(rep, TX_ERROR, text->name, 0, "segment.no-tables",
                      "no financial table found (no lines with numbers in columns)");
        return TX_EINPUT;
    }
    return TX_OK;
}

/* ex27.c - EX-27 financial data schedules: read, map to facts, check. */
#include "read/ex27.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "map/mapper.h"

/* ================================================================ reading */

typedef struct reader {
    const tx_text *text;
    tx_report *rep;
    tx_ex27_set *set;
    size_t cap;
    long cur;            /* index of the schedule being read, -1 none */
    int doc;             /* its document                              */
    int in_legend;
    tx_buf legend;
    long note;           /* index of the <FN> paragraph being read, -1 none */
    tx_buf note_text;
    int oom;
} reader;

static int is_ex27_doc(const tx_text *t, int doc)
{
    return doc >= 0 && (size_t)doc < t->ndocs && tx_strncaseeq(t->docs[doc].type, "EX-27", 5);
}

static const char *skip_sp(const char *s)
{
    while (*s == ' ')
        s++;
    return s;
}

/* "<TOTAL-ASSETS>" at s: the tag in name[] (upper case), bytes used; 0 if none. */
static size_t tag_at(const char *s, char *name, size_t cap)
{
    if (s[0] != '<')
        return 0;
    size_t i = 1, k = 0;
    if (s[i] == '/')
        name[k++] = s[i++];
    while (isalnum((unsigned char)s[i]) || s[i] == '-' || s[i] == '&' || s[i] == '_') {
        if (k + 1 >= cap)
            return 0;
        name[k++] = (char)toupper((unsigned char)s[i++]);
    }
    if (s[i] != '>' || k == 0 || (k == 1 && name[0] == '/'))
        return 0;
    name[k] = '\0';
    return i + 1;
}

/* "<F12>" at s: its length, the marker ("F12") in mk; 0 if none. */
static size_t fn_marker_at(const char *s, char *mk, size_t cap)
{
    if (s[0] != '<' || (s[1] != 'F' && s[1] != 'f') || !isdigit((unsigned char)s[2]))
        return 0;
    size_t i = 2;
    while (isdigit((unsigned char)s[i]))
        i++;
    if (s[i] != '>' || i > cap - 1)
        return 0;
    mk[0] = 'F';
    memcpy(mk + 1, s + 2, i - 2);
    mk[i - 1] = '\0';
    return i + 1;
}

/* Removes trailing footnote markers ("DEC-31-1995<F1>", "1.40 <F2>") from v
 * in place and appends them (comma-joined) to notes. */
static void strip_markers(char *v, tx_buf *notes)
{
    for (;;) {
        size_t n = strlen(v);
        while (n > 0 && v[n - 1] == ' ')
            v[--n] = '\0';
        if (n < 4 || v[n - 1] != '>')
            return;
        char *lt = strrchr(v, '<');
        char mk[16];
        if (!lt || fn_marker_at(lt, mk, sizeof mk) != (size_t)(v + n - lt))
            return;
        *lt = '\0';
        /* markers come last to first: keep them in printed order */
        tx_buf b = {0};
        tx_buf_puts(&b, mk);
        if (notes->len) {
            tx_buf_putc(&b, ',');
            tx_buf_puts(&b, notes->data);
        }
        tx_buf_free(notes);
        *notes = b;
    }
}

/* "DEC-31-1997" -> 1997-12-31; 0, or -1 when it is no such date. */
static int parse_date(const char *s, tx_date *out)
{
    size_t used = 0;
    int m = tx_month_lookup(s, &used);
    if (!m || used != 3 || s[3] != '-')
        return -1;
    const char *p = s + 4;
    int d = 0, y = 0, nd = 0, ny = 0;
    while (isdigit((unsigned char)*p) && nd < 2)
        d = d * 10 + (*p++ - '0'), nd++;
    if (!nd || *p++ != '-')
        return -1;
    while (isdigit((unsigned char)*p) && ny < 4)
        y = y * 10 + (*p++ - '0'), ny++;
    if (ny != 4 || *p)
        return -1;
    tx_date dt = {y, m, d};
    if (!tx_date_valid(dt))
        return -1;
    *out = dt;
    return 0;
}

/* "1,000,000" -> 6; -1 when it is no power of ten. */
static int parse_multiplier(const char *s)
{
    tx_decimal d;
    if (tx_decimal_parse(s, strlen(s), &d) != 0 || d.coef <= 0)
        return -1;
    int k = d.exp;
    int64_t c = d.coef;
    while (c % 10 == 0) {
        c /= 10;
        k++;
    }
    return c == 1 && k >= 0 && k <= 15 ? k : -1;
}

/* Comma-joined list `list` holds marker `mk`. */
static int has_marker(const char *list, const char *mk)
{
    size_t n = strlen(mk);
    for (const char *p = list ? list : ""; *p && n;) {
        size_t k = strcspn(p, ",");
        if (k == n && tx_strncaseeq(p, mk, n))
            return 1;
        p += k;
        if (*p == ',')
            p++;
    }
    return 0;
}

static void add_markers(char **list, const char *more, int *oom)
{
    if (!more || !*more)
        return;
    tx_buf b = {0};
    tx_buf_puts(&b, *list ? *list : "");
    for (const char *p = more; *p;) {
        size_t k = strcspn(p, ",");
        char mk[16];
        if (k < sizeof mk) {
            memcpy(mk, p, k);
            mk[k] = '\0';
            if (!has_marker(b.data, mk)) {
                if (b.len)
                    tx_buf_putc(&b, ',');
                tx_buf_puts(&b, mk);
            }
        }
        p += k;
        if (*p == ',')
            p++;
    }
    char *s = tx_buf_take(&b);
    if (!s) {
        *oom = 1;
        return;
    }
    free(*list);
    *list = s;
}

/* ------------------------------------------------------------ the legend */

static int word_is(const char *s, const char *w)
{
    size_t n = strlen(w);
    return tx_strncaseeq(s, w, n) && !isalpha((unsigned char)s[n]);
}

/* Words that follow "'S" when it closes the company's name. */
static int statement_word(const char *s)
{
    static const char *const w[] = {"FINANCIAL", "CONSOLIDATED", "CONDENSED", "BALANCE",
                                    "STATEMENT", "STATEMENTS", "ANNUAL", "QUARTERLY",
                                    "UNAUDITED", "AUDITED", "FORM", "INCOME", NULL};
    for (size_t i = 0; w[i]; i++)
        if (word_is(s, w[i]))
            return 1;
    return 0;
}

/* Words after "STATEMENTS OF" that name a statement, not a company. */
static int statement_name(const char *s)
{
    static const char *const w[] = {"INCOME", "OPERATIONS", "EARNINGS", "CASH", "FINANCIAL",
                                    "CONDITION", "STOCKHOLDERS", "SHAREHOLDERS", "CHANGES",
                                    "COMPREHENSIVE", "RETAINED", NULL};
    for (size_t i = 0; w[i]; i++)
        if (word_is(s, w[i]))
            return 1;
    return 0;
}

static char *name_range(const char *a, const char *b)
{
    while (a < b && *a == ' ')
        a++;
    while (b > a && (b[-1] == ' ' || b[-1] == ','))
        b--;
    if (b - a >= 4 && tx_strncaseeq(a, "THE ", 4))
        a += 4;   /* "THE COCA-COLA COMPANY": names are compared without it */
    return b > a ? tx_strndup(a, (size_t)(b - a)) : NULL;
}

/* The company a legend names: "... EXTRACTED FROM IBM CORPORATION'S
 * FINANCIAL STATEMENTS ..." -> "IBM CORPORATION"; "... FROM THE FINANCIAL
 * STATEMENTS OF THE COCA-COLA COMPANY FOR THE YEAR ..." -> "COCA-COLA
 * COMPANY".  NULL when it names none this way. */
static char *legend_name(const char *lg)
{
    for (const char *p = lg; (p = tx_strcasestr(p, "'S ")) != NULL; p += 3) {
        if (!statement_word(p + 3))
            continue;
        const char *start = lg;
        for (const char *q = lg; q < p; q++)
            if (q == lg || q[-1] == ' ') {
                if (word_is(q, "FROM") || word_is(q, "OF") || word_is(q, "IN"))
                    start = q + (word_is(q, "FROM") ? 4 : 2);
            }
        char *n = name_range(start, p);
        if (n)
            return n;
    }
    static const char *const lead[] = {"STATEMENTS OF ", "STATEMENT OF ", "SHEET OF ",
                                       "SHEETS OF ", NULL};
    for (size_t i = 0; lead[i]; i++) {
        for (const char *p = lg; (p = tx_strcasestr(p, lead[i])) != NULL; p++) {
            const char *s = p + strlen(lead[i]);
            if (statement_name(s))
                continue;
            static const char *const stop[] = {" FOR ", " AS ", " AND ", ",", " INCLUDED",
                                               " CONTAINED", " FILED", " IN ", " AT ", " ON ",
                                               ".", NULL};
            const char *e = s + strlen(s);
            for (size_t k = 0; stop[k]; k++) {
                const char *x = tx_strcasestr(s, stop[k]);
                if (x && x < e)
                    e = x;
            }
            char *n = name_range(s, e);
            if (n)
                return n;
        }
    }
    return NULL;
}

/* ------------------------------------------------------------ schedules */

static tx_ex27_schedule *cur(reader *r)
{
    return r->cur >= 0 ? &r->set->schedules[r->cur] : NULL;
}

static void flush_note(reader *r)
{
    if (r->note < 0)
        return;
    tx_ex27_schedule *s = cur(r);
    char *t = tx_buf_take(&r->note_text);
    if (!t) {
        r->oom = 1;
    } else if (s) {
        char *c = tx_collapse(t, strlen(t));
        if (!c)
            r->oom = 1;
        free(s->notes[r->note].text);
        s->notes[r->note].text = c;
    }
    free(t);
    r->note = -1;
}

static void flush_legend(reader *r)
{
    tx_ex27_schedule *s = cur(r);
    r->in_legend = 0;
    if (!s || !r->legend.len) {
        tx_buf_free(&r->legend);
        return;
    }
    char *c = tx_collapse(r->legend.data, r->legend.len);
    tx_buf_free(&r->legend);
    if (!c) {
        r->oom = 1;
        return;
    }
    free(s->legend);
    s->legend = c;
    if (!*s->name || s->name_from_legend) {
        char *n = legend_name(c);
        if (n) {
            free(s->name);
            s->name = n;
            s->name_from_legend = 1;
        }
    }
}

static const char *month_word(int m)
{
    static const char *const full[12] = {"January", "February", "March", "April", "May",
                                         "June", "July", "August", "September", "October",
                                         "November", "December"};
    return m >= 1 && m <= 12 ? full[m - 1] : "";
}

/* The length in months a PERIOD-TYPE gives: YEAR 12, "9-MOS" 9; 0 if none. */
static int type_months(const char *t)
{
    if (tx_strncaseeq(t, "YEAR", 4) && (t[4] == '\0' || t[4] == ' '))
        return 12;
    int n = 0, k = 0;
    while (isdigit((unsigned char)t[k]) && k < 3)
        n = n * 10 + (t[k++] - '0');
    if (k && (tx_strncaseeq(t + k, "-MOS", 4) || tx_strncaseeq(t + k, " MOS", 4) ||
              tx_strncaseeq(t + k, "-MONTHS", 7)))
        return n >= 1 && n <= 12 ? n : 0;
    return 0;
}

static void finish_schedule(reader *r)
{
    tx_ex27_schedule *s = cur(r);
    flush_note(r);
    if (r->in_legend)
        flush_legend(r);
    if (!s)
        return;
    r->cur = -1;
    const char *file = r->text->name;
    tx_buf why = {0};
    if (!s->period_end.y) {
        s->line_period_error = s->src_first;
        tx_buf_printf(&why, "financial data schedule (%s) without <PERIOD-END>: not converted",
                      s->doc_type);
        s->period_error = tx_buf_take(&why);
        if (!s->period_error)
            r->oom = 1;
        return;
    }
    char e[11];
    tx_date_format(s->period_end, e);
    if (s->period_start.y) {
        if (tx_date_cmp(s->period_start, s->period_end) > 0) {
            s->line_period_error = s->line_start;
            tx_buf_printf(&why, "<PERIOD-START> is after <PERIOD-END> (%s): income tags not "
                          "converted", e);
        } else {
            s->duration.kind = TX_PERIOD_DURATION;
            s->duration.start = s->period_start;
            s->duration.end = s->period_end;
            s->duration.months = s->months;
        }
    } else if (s->months) {
        /* the same reading as a column header would get */
        static const char *const words[13] = {"", "one", "two", "three", "four", "five", "six",
                                              "seven", "eight", "nine", "ten", "eleven", "twelve"};
        char phrase[96], reason[160];
        snprintf(phrase, sizeof phrase, "%s months ended %s %d, %d", words[s->months],
                 month_word(s->period_end.m), s->period_end.d, s->period_end.y);
        if (tx_period_parse(phrase, NULL, &s->duration, reason, sizeof reason) != 0 ||
            s->duration.kind != TX_PERIOD_DURATION) {
            memset(&s->duration, 0, sizeof s->duration);
            s->line_period_error = s->line_period_type;
            tx_buf_printf(&why, "<PERIOD-TYPE> %s ending %s gives no period (%s): income tags "
                          "not converted", s->period_type, e, reason);
        }
    } else {
        s->line_period_error = s->line_period_type ? s->line_period_type : s->line_end;
        tx_buf_printf(&why, "%s%s%s and no <PERIOD-START>: the period of income tags cannot be "
                      "known; they are not converted",
                      *s->period_type ? "<PERIOD-TYPE> " : "no <PERIOD-TYPE>", s->period_type,
                      *s->period_type ? " gives no length" : "");
    }
    if (why.len || why.failed) {
        s->period_error = tx_buf_take(&why);
        if (!s->period_error)
            r->oom = 1;
    }
    if (s->fiscal_year_end.y) {
        char f[11];
        tx_date_format(s->fiscal_year_end, f);
        tx_date year_before = s->fiscal_year_end;
        year_before.y--;
        if (year_before.m == 2 && year_before.d == 29 && !tx_date_valid(year_before))
            year_before.d = 28;
        if (s->months == 12 && tx_date_cmp(s->period_end, s->fiscal_year_end) != 0)
            tx_report_add(r->rep, TX_WARNING, file, s->line_fye, "ex27.fiscal-year-end",
                          "a %s schedule ending %s, but <FISCAL-YEAR-END> is %s", s->period_type,
                          e, f);
        else if (tx_date_cmp(s->period_end, s->fiscal_year_end) > 0 ||
                 tx_date_cmp(s->period_end, year_before) <= 0)
            tx_report_add(r->rep, TX_WARNING, file, s->line_fye, "ex27.fiscal-year-end",
                          "<PERIOD-END> %s is not in the fiscal year ending %s", e, f);
    }
}

static tx_ex27_schedule *open_schedule(reader *r, int doc, long line)
{
    flush_note(r);
    if (r->in_legend)
        flush_legend(r);
    const tx_ex27_schedule *prev = cur(r);
    int same_doc = prev && prev->doc == doc;
    /* a schedule that follows in the same document inherits its header */
    tx_ex27_schedule inherit;
    memset(&inherit, 0, sizeof inherit);
    if (same_doc)
        inherit = *prev;
    finish_schedule(r);
    if (tx_grow((void **)&r->set->schedules, &r->cap, r->set->n + 1, sizeof(tx_ex27_schedule)) != 0) {
        r->oom = 1;
        return NULL;
    }
    tx_ex27_schedule *s = &r->set->schedules[r->set->n];
    memset(s, 0, sizeof *s);
    s->doc = doc;
    s->doc_type = tx_strdup(r->text->docs[doc].type);
    s->src_first = s->src_last = line;
    s->legend = tx_strdup(same_doc ? inherit.legend : "");
    s->name = tx_strdup(same_doc ? inherit.name : "");
    s->currency = tx_strdup(same_doc ? inherit.currency : "");
    s->period_type = tx_strdup("");
    s->header_notes = tx_strdup("");
    if (same_doc) {
        s->name_from_legend = inherit.name_from_legend;
        s->article = inherit.article;
        s->line_article = inherit.line_article;
        s->multiplier = inherit.multiplier;
        s->line_multiplier = inherit.line_multiplier;
        memcpy(s->cik, inherit.cik, sizeof s->cik);
    }
    if (!s->doc_type || !s->legend || !s->name || !s->currency || !s->period_type ||
        !s->header_notes) {
        r->set->n++;   /* freed with the set */
        r->oom = 1;
        return NULL;
    }
    r->cur = (long)r->set->n++;
    r->doc = doc;
    return s;
}

static void footnote_line(reader *r, const char *s, long line)
{
    tx_ex27_schedule *sc = cur(r);
    if (!sc)
        return;
    char mk[16];
    size_t k = fn_marker_at(s, mk, sizeof mk);
    if (k || r->note < 0) {
        flush_note(r);
        if (tx_grow((void **)&sc->notes, &sc->notes_cap, sc->nnotes + 1,
                    sizeof(tx_ex27_note)) != 0) {
            r->oom = 1;
            return;
        }
        tx_ex27_note *n = &sc->notes[sc->nnotes];
        memset(n, 0, sizeof *n);
        n->marker = tx_strdup(k ? mk : "");
        n->text = tx_strdup("");
        n->line = line;
        if (!n->marker || !n->text) {
            free(n->marker);
            free(n->text);
            r->oom = 1;
            return;
        }
        r->note = (long)sc->nnotes++;
        s += k;
    }
    if (r->note_text.len)
        tx_buf_putc(&r->note_text, ' ');
    tx_buf_puts(&r->note_text, s);
    if (r->note_text.failed)
        r->oom = 1;
}

static void add_value(reader *r, tx_ex27_schedule *s, const char *tag, char *v, const char *notes,
                      long line)
{
    for (size_t i = 0; i < s->nvalues; i++)
        if (strcmp(s->values[i].tag, tag) == 0) {
            tx_report_add(r->rep, TX_WARNING, r->text->name, line, "ex27.duplicate-tag",
                          "<%s> is given twice in one schedule (first at line %ld); the first is kept",
                          tag, s->values[i].line);
            return;
        }
    if (tx_grow((void **)&s->values, &s->values_cap, s->nvalues + 1,
                sizeof(tx_ex27_value)) != 0) {
        r->oom = 1;
        return;
    }
    tx_ex27_value *x = &s->values[s->nvalues];
    memset(x, 0, sizeof *x);
    x->tag = tx_strdup(tag);
    x->text = tx_strdup(v);
    x->notes = tx_strdup(notes);
    x->line = line;
    if (!x->tag || !x->text || !x->notes) {
        free(x->tag), free(x->text), free(x->notes);
        r->oom = 1;
        return;
    }
    s->nvalues++;
    /* "(1,234)", "-1,234", "1.40", "--"; blanks inside are the filer's */
    char tok[128];
    size_t k = 0;
    for (const char *p = v; *p && k + 1 < sizeof tok; p++)
        if (*p != ' ')
            tok[k++] = *p;
    tok[k] = '\0';
    tx_amount a;
    if (!*tok) {
        tx_report_add(r->rep, TX_WARNING, r->text->name, line, "ex27.value",
                      "<%s> has no value: not converted", tag);
    } else if (tx_amount_parse(tok, k, &a) &&
               (a.kind == TX_AMOUNT_VALUE || a.kind == TX_AMOUNT_NIL)) {
        x->ok = 1;
        x->printed = a.kind == TX_AMOUNT_NIL ? (tx_decimal){0, 0} : a.value;
    } else if (k > 2 && tok[0] == '(' && tok[k - 1] == ')' &&
               tx_decimal_parse(tok + 1, k - 2, &x->printed) == 0 &&
               tx_decimal_negate(&x->printed) == 0) {
        /* "(3)": a table would read a footnote marker; a tag's value has
           none of those (its markers are <F1>), so it is a negative 3 */
        x->ok = 1;
    } else {
        tx_report_add(r->rep, TX_ERROR, r->text->name, line, "ex27.value",
                      "<%s> '%s' is no amount: not converted", tag, v);
    }
}

static void header_date(reader *r, const char *tag, const char *v, long line, tx_date *d,
                        long *dline)
{
    if (d->y) {
        tx_report_add(r->rep, TX_WARNING, r->text->name, line, "ex27.duplicate-tag",
                      "<%s> is given twice in one schedule (first at line %ld); the first is kept",
                      tag, *dline);
        return;
    }
    if (parse_date(v, d) != 0) {
        memset(d, 0, sizeof *d);
        tx_report_add(r->rep, TX_ERROR, r->text->name, line, "ex27.date",
                      "<%s> '%s' is no date of the form DEC-31-1997", tag, v);
        return;
    }
    *dline = line;
}

/* One kept line of an EX-27 document. */
static void ex27_line(reader *r, const tx_line *l)
{
    const char *s = skip_sp(l->text);
    if (l->flags & TX_LINE_FOOTNOTE) {
        if (*s)
            footnote_line(r, s, l->src_line);
        return;
    }
    flush_note(r);
    char tag[48];
    size_t k = tag_at(s, tag, sizeof tag);
    if (r->in_legend) {
        const char *close = tx_strcasestr(s, "</LEGEND>");
        size_t n = close ? (size_t)(close - s) : strlen(s);
        if (n) {
            if (r->legend.len)
                tx_buf_putc(&r->legend, ' ');
            tx_buf_append(&r->legend, s, n);
        }
        if (close)
            flush_legend(r);
        return;
    }
    if (!k)
        return;   /* blank lines, stray words */
    tx_ex27_schedule *sc = cur(r);
    if (!sc || sc->doc != l->doc ||
        (strcmp(tag, "ARTICLE") == 0 && (sc->article || sc->nvalues)) ||
        (strcmp(tag, "PERIOD-TYPE") == 0 && (*sc->period_type || sc->nvalues)))
        sc = open_schedule(r, l->doc, l->src_line);
    if (!sc)
        return;
    sc->src_last = l->src_line;
    tx_buf vb = {0}, notes = {0};
    tx_buf_puts(&vb, skip_sp(s + k));
    char *v = tx_buf_take(&vb);
    if (!v) {
        r->oom = 1;
        return;
    }
    long line = l->src_line;
    if (strcmp(tag, "LEGEND") == 0) {
        /* "<LEGEND> text </LEGEND>" on one line, or the text below */
        r->in_legend = 1;
        char *close = (char *)tx_strcasestr(v, "</LEGEND>");
        if (close)
            *close = '\0';
        if (*skip_sp(v))
            tx_buf_puts(&r->legend, skip_sp(v));
        if (close)
            flush_legend(r);
        free(v);
        return;
    }
    strip_markers(v, &notes);
    const char *mk = notes.data ? notes.data : "";
    int is_header = 1;
    if (strcmp(tag, "ARTICLE") == 0) {
        const char *d = v;
        while (*d && !isdigit((unsigned char)*d))
            d++;
        sc->article = atoi(d);
        sc->line_article = line;
    } else if (strcmp(tag, "MULTIPLIER") == 0) {
        int m = parse_multiplier(v);
        if (m < 0)
            tx_report_add(r->rep, TX_ERROR, r->text->name, line, "ex27.multiplier",
                          "<MULTIPLIER> '%s' is no power of ten: values read as printed", v);
        sc->multiplier = m < 0 ? 0 : m;
        sc->line_multiplier = line;
    } else if (strcmp(tag, "CURRENCY") == 0) {
        free(sc->currency);
        sc->currency = tx_strdup(v);
        sc->line_currency = line;
    } else if (strcmp(tag, "PERIOD-TYPE") == 0) {
        free(sc->period_type);
        sc->period_type = tx_strdup(v);
        sc->months = type_months(v);
        sc->line_period_type = line;
    } else if (strcmp(tag, "FISCAL-YEAR-END") == 0) {
        header_date(r, tag, v, line, &sc->fiscal_year_end, &sc->line_fye);
    } else if (strcmp(tag, "PERIOD-START") == 0) {
        header_date(r, tag, v, line, &sc->period_start, &sc->line_start);
    } else if (strcmp(tag, "PERIOD-END") == 0) {
        header_date(r, tag, v, line, &sc->period_end, &sc->line_end);
    } else if (strcmp(tag, "RESTATED") == 0) {
        sc->restated = 1;
        sc->line_restated = line;
    } else if (strcmp(tag, "NAME") == 0) {
        free(sc->name);
        sc->name = tx_strdup(v);
        sc->name_from_legend = 0;
    } else if (strcmp(tag, "CIK") == 0) {
        size_t n = strspn(v, "0123456789");
        if (n && n <= 10 && !v[n]) {
            memset(sc->cik, '0', 10 - n);
            memcpy(sc->cik + 10 - n, v, n + 1);
        }
    } else if (strcmp(tag, "EXCHANGE-RATE") == 0 || strcmp(tag, "SERIES") == 0 ||
               strcmp(tag, "NUMBER") == 0 || tag[0] == '/' || strcmp(tag, "TEXT") == 0 ||
               strcmp(tag, "FN") == 0) {
        /* nothing to convert */
    } else {
        is_header = 0;
        add_value(r, sc, tag, v, mk, line);
    }
    if (is_header && *mk) {
        add_markers(&sc->header_notes, mk, &r->oom);
        if (!sc->line_header_notes)
            sc->line_header_notes = line;
    }
    if (!sc->currency || !sc->period_type || notes.failed)
        r->oom = 1;
    tx_buf_free(&notes);
    free(v);
}

static void check_markers(reader *r)
{
    for (size_t i = 0; i < r->set->n; i++) {
        const tx_ex27_schedule *s = &r->set->schedules[i];
        for (size_t v = 0; v <= s->nvalues; v++) {
            const char *list = v < s->nvalues ? s->values[v].notes : s->header_notes;
            long line = v < s->nvalues ? s->values[v].line : s->line_header_notes;
            for (const char *p = list; *p;) {
                size_t k = strcspn(p, ",");
                int found = 0;
                for (size_t n = 0; n < s->nnotes && !found; n++)
                    found = strlen(s->notes[n].marker) == k &&
                            tx_strncaseeq(s->notes[n].marker, p, k);
                if (!found)
                    tx_report_add(r->rep, TX_WARNING, r->text->name, line, "ex27.footnote",
                                  "footnote marker <%.*s> has no <FN> paragraph", (int)k, p);
                p += k;
                if (*p == ',')
                    p++;
            }
        }
    }
}

tx_status tx_ex27_read(const tx_text *text, tx_report *rep, tx_ex27_set **out)
{
    *out = NULL;
    int any = 0;
    for (size_t d = 0; d < text->ndocs && !any; d++)
        any = is_ex27_doc(text, (int)d);
    if (!any)
        return TX_OK;
    reader r;
    memset(&r, 0, sizeof r);
    r.text = text;
    r.rep = rep;
    r.cur = r.note = -1;
    r.doc = -1;
    r.set = calloc(1, sizeof *r.set);
    if (!r.set)
        return TX_ENOMEM;
    for (size_t i = 0; i < text->nlines && !r.oom; i++) {
        const tx_line *l = &text->lines[i];
        if (!is_ex27_doc(text, l->doc))
            continue;
        if (r.cur >= 0 && r.doc != l->doc)
            finish_schedule(&r);
        ex27_line(&r, l);
    }
    if (!r.oom)
        finish_schedule(&r);
    tx_buf_free(&r.legend);
    tx_buf_free(&r.note_text);
    if (!r.oom)
        check_markers(&r);
    if (r.oom) {
        tx_ex27_set_free(r.set);
        return TX_ENOMEM;
    }
    if (r.set->n == 0) {
        tx_ex27_set_free(r.set);
        return TX_OK;
    }
    *out = r.set;
    return TX_OK;
}

void tx_ex27_set_free(tx_ex27_set *set)
{
    if (!set)
        return;
    for (size_t i = 0; i < set->n; i++) {
        tx_ex27_schedule *s = &set->schedules[i];
        free(s->doc_type), free(s->legend), free(s->name), free(s->currency);
        free(s->period_type), free(s->header_notes), free(s->period_error);
        for (size_t v = 0; v < s->nvalues; v++)
            free(s->values[v].tag), free(s->values[v].text), free(s->values[v].notes);
        free(s->values);
        for (size_t n = 0; n < s->nnotes; n++)
            free(s->notes[n].marker), free(s->notes[n].text);
        free(s->notes);
    }
    free(set->schedules);
    free(set);
}

/* ================================================================ the map */

static const struct {
    const char *file;
    int article;
} tag_files[] = {
    {"taxonomy/src/ex27-article5.tsv", 5},
};
static const char checks_file[] = "taxonomy/mapping/ex27-checks.tsv";

static const char *fld(const tx_tsv *t, size_t i) { return i < t->nfields ? t->fields[i] : ""; }

static char *join_path(const char *dir, const char *rel)
{
    tx_buf b = {0};
    tx_buf_printf(&b, "%s/%s", dir, rel);
    return tx_buf_take(&b);
}

static int bad(tx_report *rep, const char *path, long line, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;
static int bad(tx_report *rep, const char *path, long line, const char *fmt, ...)
{
    tx_buf m = {0};
    va_list ap;
    va_start(ap, fmt);
    tx_buf_vprintf(&m, fmt, ap);
    va_end(ap);
    tx_report_add(rep, TX_ERROR, path, line, "taxonomy.bad-row", "%s",
                  m.data && !m.failed ? m.data : fmt);
    tx_buf_free(&m);
    return -1;
}

/* One row of ex27-articleN.tsv: tag concept values period balance sign member label note */
static int load_tag(tx_ex27_map *m, const tx_taxonomy *tax, int article, const char *path,
                    const tx_tsv *t, size_t *cap, tx_report *rep)
{
    const char *tag = fld(t, 0), *concept = fld(t, 1), *values = fld(t, 2), *period = fld(t, 3);
    const char *balance = fld(t, 4), *sign = fld(t, 5), *member = fld(t, 6), *label = fld(t, 7);
    if (t->nfields < 8 || !*tag || !*member || !*label)
        return bad(rep, path, t->line, "a tag needs concept, values, period, balance, sign, "
                   "member and label columns");
    if (strcmp(values, "money") != 0 && strcmp(values, "per-share") != 0)
        return bad(rep, path, t->line, "<%s>: values '%s' is neither money nor per-share", tag, values);
    if (strcmp(period, "instant") != 0 && strcmp(period, "duration") != 0)
        return bad(rep, path, t->line, "<%s>: period '%s' is neither instant nor duration", tag, period);
    if (strcmp(sign, "+") != 0 && strcmp(sign, "-") != 0 && strcmp(sign, "contra") != 0)
        return bad(rep, path, t->line, "<%s>: sign '%s' is none of +, - and contra", tag, sign);
    if (*balance && strcmp(balance, "debit") != 0 && strcmp(balance, "credit") != 0)
        return bad(rep, path, t->line, "<%s>: balance '%s' is neither debit nor credit", tag, balance);
    if (*concept) {
        const tx_concept *c = tx_taxonomy_concept(tax, concept);
        if (!c)
            return bad(rep, path, t->line, "<%s>: concept %s is not in the taxonomy", tag, concept);
        if (strcmp(c->period_type, period) != 0)
            return bad(rep, path, t->line, "<%s>: concept %s has another period type", tag, concept);
        int ps = strstr(c->type, "perShare") != NULL;
        if (ps != (strcmp(values, "per-share") == 0) || (!ps && !strstr(c->type, "monetary")))
            return bad(rep, path, t->line, "<%s>: concept %s has another item type", tag, concept);
    }
    const tx_concept *mc = tx_taxonomy_concept(tax, member);
    if (!mc || strcmp(mc->type, "nonnum:domainItemType") != 0)
        return bad(rep, path, t->line, "<%s>: member %s is no domain member of the taxonomy", tag,
                   member);
    if (tx_ex27_lookup(m, article, tag))
        return bad(rep, path, t->line, "<%s>: given twice", tag);
    if (tx_grow((void **)&m->tags, cap, m->ntags + 1, sizeof(tx_ex27_tag)) != 0)
        return -1;
    tx_ex27_tag *x = &m->tags[m->ntags];
    memset(x, 0, sizeof *x);
    x->article = article;
    x->per_share = strcmp(values, "per-share") == 0;
    x->instant = strcmp(period, "instant") == 0;
    x->contra = strcmp(sign, "contra") == 0;
    x->negate = strcmp(sign, "-") == 0;
    x->line = t->line;
    x->tag = tx_strdup(tag);
    x->concept = tx_strdup(concept);
    x->balance = tx_strdup(balance);
    x->member = tx_strdup(member);
    x->label = tx_strdup(label);
    m->ntags++;
    return x->tag && x->concept && x->balance && x->member && x->label ? 0 : -1;
}

/* "INCOME-PRETAX - INCOME-TAX" -> terms */
static int parse_side(tx_ex27_map *m, tx_ex27_check *c, int article, const char *side, int right,
                      const char *path, long line, size_t *cap, tx_report *rep)
{
    int weight = 1, want_tag = 1;
    for (const char *p = side; *p;) {
        p = skip_sp(p);
        size_t k = strcspn(p, " ");
        if (!k)
            break;
        if (!want_tag) {
            if (k != 1 || (*p != '+' && *p != '-'))
                return bad(rep, path, line, "check %s: '+' or '-' expected, not '%s'", c->id, p);
            weight = *p == '-' ? -1 : 1;
            want_tag = 1;
            p += k;
            continue;
        }
        char *tag = tx_strndup(p, k);
        if (!tag)
            return -1;
        if (!tx_ex27_lookup(m, article, tag)) {
            bad(rep, path, line, "check %s: <%s> is no tag of the map", c->id, tag);
            free(tag);
            return -1;
        }
        if (tx_grow((void **)&c->terms, cap, c->nterms + 1, sizeof(tx_ex27_term)) != 0) {
            free(tag);
            return -1;
        }
        c->terms[c->nterms++] = (tx_ex27_term){tag, weight, right};
        want_tag = 0;
        p += k;
    }
    if (want_tag)
        return bad(rep, path, line, "check %s: a side ends without a tag", c->id);
    return 0;
}

static int load_checks(tx_ex27_map *m, const char *path, tx_report *rep)
{
    tx_tsv t;
    if (tx_tsv_open(&t, path) != 0) {
        tx_report_add(rep, TX_ERROR, path, 0, "taxonomy.missing", "cannot read: %s",
                      strerror(errno ? errno : EIO));
        return -1;
    }
    size_t cap = 0;
    int status = 0;
    while (status == 0 && tx_tsv_next(&t)) {
        if (t.nfields < 6) {
            status = bad(rep, path, t.line, "a check needs article, id, left, relation, right "
                         "and meaning");
            break;
        }
        const char *rel = fld(&t, 3);
        if (strcmp(rel, "=") != 0 && strcmp(rel, "<=") != 0) {
            status = bad(rep, path, t.line, "check %s: relation '%s' is neither = nor <=",
                         fld(&t, 1), rel);
            break;
        }
        if (tx_grow((void **)&m->checks, &cap, m->nchecks + 1, sizeof(tx_ex27_check)) != 0) {
            status = -1;
            break;
        }
        tx_ex27_check *c = &m->checks[m->nchecks++];
        memset(c, 0, sizeof *c);
        c->article = atoi(fld(&t, 0));
        c->le = strcmp(rel, "<=") == 0;
        c->line = t.line;
        c->id = tx_strdup(fld(&t, 1));
        c->meaning = tx_strdup(fld(&t, 5));
        if (!c->id || !c->meaning) {
            status = -1;
            break;
        }
        size_t tcap = 0;
        status = parse_side(m, c, c->article, fld(&t, 2), 0, path, t.line, &tcap, rep);
        if (status == 0)
            status = parse_side(m, c, c->article, fld(&t, 4), 1, path, t.line, &tcap, rep);
    }
    tx_tsv_close(&t);
    return status;
}

tx_status tx_ex27_map_load(const char *datadir, const tx_taxonomy *tax, tx_report *rep,
                           tx_ex27_map **out)
{
    *out = NULL;
    tx_ex27_map *m = calloc(1, sizeof *m);
    if (!m)
        return TX_ENOMEM;
    size_t errors = tx_report_count(rep, TX_ERROR);
    int status = 0;
    size_t cap = 0;
    for (size_t f = 0; f < sizeof tag_files / sizeof tag_files[0] && status == 0; f++) {
        char *path = join_path(datadir, tag_files[f].file);
        tx_tsv t;
        if (!path) {
            status = -1;
        } else if (tx_tsv_open(&t, path) != 0) {
            tx_report_add(rep, TX_ERROR, path, 0, "taxonomy.missing", "cannot read: %s",
                          strerror(errno ? errno : EIO));
            status = -1;
        } else {
            while (status == 0 && tx_tsv_next(&t))
                if (strcmp(fld(&t, 0), "tag") != 0)   /* the header row */
                    status = load_tag(m, tax, tag_files[f].article, path, &t, &cap, rep);
            tx_tsv_close(&t);
        }
        if (f == 0 && path)
            m->tags_path = path;
        else
            free(path);
    }
    if (status == 0) {
        char *path = join_path(datadir, checks_file);
        status = path ? load_checks(m, path, rep) : -1;
        free(path);
    }
    if (status != 0) {
        tx_ex27_map_free(m);
        return tx_report_count(rep, TX_ERROR) > errors ? TX_EIO : TX_ENOMEM;
    }
    *out = m;
    return TX_OK;
}

void tx_ex27_map_free(tx_ex27_map *m)
{
    if (!m)
        return;
    for (size_t i = 0; i < m->ntags; i++) {
        tx_ex27_tag *x = &m->tags[i];
        free(x->tag), free(x->concept), free(x->balance), free(x->member), free(x->label);
    }
    free(m->tags);
    for (size_t i = 0; i < m->nchecks; i++) {
        tx_ex27_check *c = &m->checks[i];
        for (size_t k = 0; k < c->nterms; k++)
            free(c->terms[k].tag);
        free(c->terms), free(c->id), free(c->meaning);
    }
    free(m->checks);
    free(m->tags_path);
    free(m);
}

const tx_ex27_tag *tx_ex27_lookup(const tx_ex27_map *m, int article, const char *tag)
{
    for (size_t i = 0; m && i < m->ntags; i++)
        if (m->tags[i].article == article && strcmp(m->tags[i].tag, tag) == 0)
            return &m->tags[i];
    return NULL;
}

static const tx_ex27_tag *tag_of_member(const tx_ex27_map *m, const char *member)
{
    for (size_t i = 0; m && i < m->ntags; i++)
        if (strcmp(m->tags[i].member, member) == 0)
            return &m->tags[i];
    return NULL;
}

/* ================================================================ facts */

/* "<TOTAL-ASSETS>" 81490 x10^6 as text: "81,490" is what the filer printed. */
static const tx_ex27_value *find_value(const tx_ex27_schedule *s, const char *tag)
{
    for (size_t i = 0; i < s->nvalues; i++)
        if (strcmp(s->values[i].tag, tag) == 0)
            return &s->values[i];
    return NULL;
}

static int is_us_dollars(const char *c)
{
    char *n = tx_norm(c);
    int ok = !n || !*n || strncmp(n, "u s dollar", 10) == 0 || strncmp(n, "us dollar", 9) == 0 ||
             strcmp(n, "usd") == 0 || strncmp(n, "united states dollar", 20) == 0 ||
             strcmp(n, "dollars") == 0;
    free(n);
    return ok;
}

/* The entity of a schedule (see ex27.h); -1 on allocation failure. */
static long schedule_entity(const tx_ex27_context *c, const tx_ex27_schedule *s, tx_factset *fs,
                            tx_report *rep)
{
    const tx_text *text = c->text;
    const char *name = *s->name ? s->name : NULL;
    const char *cik = NULL;
    char *key = name ? tx_company_key(name) : NULL;
    /* the EDGAR header: the one filer, or the filer the schedule names */
    for (size_t i = 0; i < text->nfilers && !cik; i++) {
        const tx_filer *f = &text->filers[i];
        char *fk = tx_company_key(f->name);
        if (f->cik[0] && (text->nfilers == 1 || (key && fk && strcmp(key, fk) == 0) ||
                          (s->cik[0] && strcmp(s->cik, f->cik) == 0))) {
            cik = f->cik;
            name = f->name;
        }
        free(fk);
    }
    if (!cik && s->cik[0])
        cik = s->cik;
    if (!cik && name)
        cik = tx_entity_map_cik(c->entities, name);
    size_t before = fs->nentities;
    long idx;
    if (cik) {
        idx = tx_factset_entity(fs, name ? name : "", TX_SCHEME_CIK, cik);
    } else {
        char *id = key && *key ? tx_strdup(key) : tx_strdup("unknown-entity");
        for (char *p = id; p && *p; p++)
            if (*p == ' ')
                *p = '-';
        idx = id ? tx_factset_entity(fs, name ? name : "", TX_SCHEME_NAME, id) : -1;
        if (idx >= 0 && fs->nentities > before)
            tx_report_add(rep, TX_WARNING, c->file, s->src_first, "map.unknown-entity",
                          "no CIK known for '%s' (EDGAR header, <CIK> or --entities); "
                          "identified as '%s' in scheme %s",
                          name ? name : "(no name in the schedule or its legend)", id,
                          TX_SCHEME_NAME);
        free(id);
    }
    free(key);
    return idx;
}

static int dims_of(tx_fact *f, const char *source, const char *tag_member)
{
    f->dims = calloc(2, sizeof(tx_dim));
    if (!f->dims)
        return -1;
    f->ndims = 2;
    /* sorted by axis: ...TagAxis < SourceAxis */
    f->dims[0].axis = tx_strdup(TX_AXIS_FDS_TAG);
    f->dims[0].member = tx_strdup(tag_member);
    f->dims[1].axis = tx_strdup(TX_AXIS_SOURCE);
    f->dims[1].member = tx_strdup(source);
    return f->dims[0].axis && f->dims[0].member && f->dims[1].axis && f->dims[1].member ? 0 : -1;
}

static int same_period(const tx_period *a, const tx_period *b)
{
    return a->kind == b->kind && tx_date_cmp(a->end, b->end) == 0 &&
           (a->kind != TX_PERIOD_DURATION || tx_date_cmp(a->start, b->start) == 0);
}

static int same_dims(const tx_fact *a, const tx_fact *b)
{
    if (a->ndims != b->ndims)
        return 0;
    for (size_t i = 0; i < a->ndims; i++)
        if (strcmp(a->dims[i].axis, b->dims[i].axis) != 0 ||
            strcmp(a->dims[i].member, b->dims[i].member) != 0)
            return 0;
    return 1;
}

/* An earlier fact of the same concept, entity, period, dimensions and unit. */
static const tx_fact *same_fact(const tx_factset *fs, const tx_fact *f)
{
    for (size_t i = 0; i < fs->nfacts; i++) {
        const tx_fact *g = &fs->facts[i];
        if (g->entity == f->entity && g->unit == f->unit && strcmp(g->concept, f->concept) == 0 &&
            same_period(&g->period, &f->period) && same_dims(g, f))
            return g;
    }
    return NULL;
}

static void fmt_dec(tx_decimal d, char *buf, size_t n) { tx_decimal_format(d, buf, n); }

/* Evaluates one arithmetic check on a schedule. */
static void check_one(const tx_ex27_context *c, const tx_ex27_schedule *s, const tx_ex27_check *k,
                      tx_report *rep)
{
    tx_decimal side[2] = {{0, 0}, {0, 0}}, tol = {0, 0};
    const tx_ex27_value *first = NULL;
    for (size_t i = 0; i < k->nterms; i++) {
        const tx_ex27_value *v = find_value(s, k->terms[i].tag);
        if (!v || !v->ok)
            return;   /* evaluated only when every tag is there */
        if (!first && !k->terms[i].right)
            first = v;
        tx_decimal x = v->printed;
        if (k->terms[i].weight < 0 && tx_decimal_negate(&x) != 0)
            return;
        tx_decimal half = {5, (x.exp < 0 ? x.exp : 0) - 1};
        if (tx_decimal_add(side[k->terms[i].right], x, &side[k->terms[i].right]) != 0 ||
            tx_decimal_add(tol, half, &tol) != 0)
            return;
    }
    tx_decimal diff, neg = side[1];
    if (tx_decimal_negate(&neg) != 0 || tx_decimal_add(side[0], neg, &diff) != 0)
        return;
    tx_decimal adiff = diff;
    if (adiff.coef < 0 && tx_decimal_negate(&adiff) != 0)
        return;
    int fails = k->le ? tx_decimal_cmp(diff, tol) > 0 : tx_decimal_cmp(adiff, tol) > 0;
    if (!fails || !first)
        return;
    tx_buf m = {0};
    tx_buf_printf(&m, "%s: %s: ", k->id, k->meaning);
    for (int r = 0; r < 2; r++) {
        int n = 0;
        for (size_t i = 0; i < k->nterms; i++) {
            if (k->terms[i].right != r)
                continue;
            const tx_ex27_value *v = find_value(s, k->terms[i].tag);
            tx_buf_printf(&m, "%s<%s> %s (line %ld)",
                          n ? (k->terms[i].weight < 0 ? " - " : " + ")
                            : (k->terms[i].weight < 0 ? "-" : ""),
                          v->tag, v->text, v->line);
            n++;
        }
        if (r == 0) {
            char l[48];
            fmt_dec(side[0], l, sizeof l);
            if (n > 1)
                tx_buf_printf(&m, " = %s", l);
            tx_buf_printf(&m, k->le ? ", more than " : ", not ");
        } else if (n > 1) {
            char rr[48];
            fmt_dec(side[1], rr, sizeof rr);
            tx_buf_printf(&m, " = %s", rr);
        }
    }
    char d[48];
    fmt_dec(adiff, d, sizeof d);
    tx_buf_printf(&m, " (off by %s", d);
    if (s->multiplier)
        tx_buf_printf(&m, " x10^%d", s->multiplier);
    tx_buf_puts(&m, ")");
    tx_report_add(rep, TX_WARNING, c->file, first->line, "ex27.arithmetic", "%s",
                  m.data && !m.failed ? m.data : k->id);
    tx_buf_free(&m);
}

/* The facts of one schedule; their indexes in fs go to idx[] (*n). */
static int schedule_facts(const tx_ex27_context *c, const tx_ex27_schedule *s, long entity,
                          tx_factset *fs, size_t *idx, size_t *n, tx_report *rep)
{
    int reported = 0, *period_reported = &reported;
    const char *source = s->restated ? TX_MEMBER_FDS_RESTATED : TX_MEMBER_FDS;
    int money_ok = is_us_dollars(s->currency);
    if (!money_ok)
        tx_report_add(rep, TX_WARNING, c->file, s->line_currency, "ex27.currency",
                      "<CURRENCY> %s: only U.S. dollar amounts are converted; the schedule's money "
                      "tags are not", s->currency);
    for (size_t i = 0; i < s->nvalues; i++) {
        const tx_ex27_value *v = &s->values[i];
        const tx_ex27_tag *t = tx_ex27_lookup(c->map, s->article, v->tag);
        if (!t) {
            tx_report_add(rep, TX_WARNING, c->file, v->line, "ex27.unknown-tag",
                          "<%s> is no tag of an Article %d schedule the map knows: not converted",
                          v->tag, s->article);
            continue;
        }
        if (!v->ok || (!t->per_share && !money_ok))
            continue;
        if (!t->instant && s->duration.kind != TX_PERIOD_DURATION) {
            if (!*period_reported && s->period_error)
                tx_report_add(rep, TX_ERROR, c->file, s->line_period_error, "ex27.period-type",
                              "%s", s->period_error);
            *period_reported = 1;
            continue;
        }
        tx_fact f;
        memset(&f, 0, sizeof f);
        f.value = v->printed;
        if (t->negate && tx_decimal_negate(&f.value) != 0)
            continue;
        if (t->contra && f.value.coef < 0)
            tx_report_add(rep, TX_WARNING, c->file, v->line, "ex27.contra-negative",
                          "<%s> %s is negative, but it is a positive amount deducted from "
                          "another tag; written as printed", v->tag, v->text);
        if (!t->per_share && tx_decimal_scale(&f.value, s->multiplier) != 0) {
            tx_report_add(rep, TX_ERROR, c->file, v->line, "ex27.value",
                          "<%s> %s times 10^%d is too large", v->tag, v->text, s->multiplier);
            continue;
        }
        f.decimals = -f.value.exp;
        f.entity = (size_t)entity;
        f.numeric = 1;
        f.unit = t->per_share ? TX_UNIT_USD_PER_SHARE : TX_UNIT_USD;
        f.src_line = v->line;
        if (t->instant) {
            f.period.kind = TX_PERIOD_INSTANT;
            f.period.end = s->period_end;
        } else {
            f.period = s->duration;
        }
        tx_buf cb = {0}, ob = {0};
        if (*t->concept) {
            tx_buf_printf(&cb, "tx-gaap:%s", t->concept);
        } else {
            char *name = tx_ext_name(t->label);
            tx_ext_concept ec = {name, t->instant ? "instant" : "duration",
                                 *t->balance && !t->per_share ? t->balance : NULL,
                                 t->per_share ? "num:perShareItemType" : "xbrli:monetaryItemType",
                                 t->label};
            if (!name || tx_factset_add_ext(fs, &ec) != 0) {
                free(name);
                return -1;
            }
            tx_buf_printf(&cb, "ext:%s", name);
            free(name);
        }
        tx_buf_printf(&ob, "EX-27 <%s>, %s:%ld", v->tag,
                      c->map->tags_path ? strrchr(c->map->tags_path, '/') + 1 : "", t->line);
        f.concept = tx_buf_take(&cb);
        f.origin = tx_buf_take(&ob);
        if (!f.concept || !f.origin || dims_of(&f, source, t->member) != 0) {
            tx_fact_clear(&f);
            return -1;
        }
        const tx_fact *g = same_fact(fs, &f);
        if (g) {
            if (tx_decimal_cmp(g->value, f.value) != 0) {
                char a[48], b[48];
                fmt_dec(f.value, a, sizeof a);
                fmt_dec(g->value, b, sizeof b);
                tx_report_add(rep, TX_ERROR, c->file, v->line, "ex27.inconsistent-duplicate",
                              "<%s> %s is %s here but %s at line %ld (same entity, period and "
                              "schedule kind); the first is kept",
                              v->tag, f.concept, a, b, g->src_line);
            }
            tx_fact_clear(&f);
            continue;
        }
        if (tx_factset_add(fs, &f) != 0) {
            tx_fact_clear(&f);
            return -1;
        }
        idx[(*n)++] = fs->nfacts - 1;
    }
    return 0;
}

/* The <FN> paragraphs of a schedule as footnotes of its facts. */
static int schedule_footnotes(const tx_ex27_schedule *s, tx_factset *fs, const size_t *idx,
                              size_t n)
{
    size_t *sel = calloc(n ? n : 1, sizeof *sel);
    if (!sel)
        return -1;
    int status = 0;
    for (size_t k = 0; k < s->nnotes && status == 0; k++) {
        const tx_ex27_note *note = &s->notes[k];
        if (!*note->text)
            continue;
        size_t m = 0;
        int whole = !*note->marker || has_marker(s->header_notes, note->marker);
        if (!whole) {
            for (size_t i = 0; i < n; i++) {
                const tx_fact *f = &fs->facts[idx[i]];
                for (size_t v = 0; v < s->nvalues; v++)
                    if (s->values[v].line == f->src_line &&
                        has_marker(s->values[v].notes, note->marker))
                        sel[m++] = idx[i];
            }
            whole = m == 0;   /* a marker on nothing: the whole schedule */
        }
        if (whole) {
            m = n;
            memcpy(sel, idx, n * sizeof *idx);
        }
        if (m && tx_factset_add_footnote(fs, note->text, note->marker, sel, m) != 0)
            status = -1;
    }
    free(sel);
    return status;
}

tx_status tx_ex27_map_facts(const tx_ex27_set *set, const tx_ex27_context *c, tx_factset *fs,
                            tx_report *rep)
{
    if (!set || !c->map)
        return TX_OK;
    for (size_t i = 0; i < set->n; i++) {
        const tx_ex27_schedule *s = &set->schedules[i];
        int known = 0;
        for (size_t t = 0; t < c->map->ntags && !known; t++)
            known = c->map->tags[t].article == s->article;
        if (!known) {
            if (s->article)
                tx_report_add(rep, TX_WARNING, c->file, s->line_article, "ex27.article",
                              "Article %d financial data schedules are not converted (the map "
                              "knows Article 5 only)", s->article);
            else
                tx_report_add(rep, TX_WARNING, c->file, s->src_first, "ex27.article",
                              "financial data schedule without <ARTICLE>: not converted");
            continue;
        }
        for (size_t k = 0; k < c->map->nchecks; k++)
            if (c->map->checks[k].article == s->article)
                check_one(c, s, &c->map->checks[k], rep);
        if (!s->period_end.y) {
            if (s->nvalues)
                tx_report_add(rep, TX_ERROR, c->file, s->line_period_error, "ex27.no-period-end",
                              "%s", s->period_error ? s->period_error : "no <PERIOD-END>");
            continue;
        }
        long entity = schedule_entity(c, s, fs, rep);
        if (entity < 0)
            return TX_ENOMEM;
        size_t *idx = calloc(s->nvalues ? s->nvalues : 1, sizeof *idx), n = 0;
        if (!idx)
            return TX_ENOMEM;
        int st = schedule_facts(c, s, entity, fs, idx, &n, rep);
        if (st == 0)
            st = schedule_footnotes(s, fs, idx, n);
        free(idx);
        if (st != 0)
            return TX_ENOMEM;
    }
    return TX_OK;
}

/* ================================================================ cross-check */

static const char *dim_member(const tx_fact *f, const char *axis)
{
    for (size_t i = 0; i < f->ndims; i++)
        if (strcmp(f->dims[i].axis, axis) == 0)
            return f->dims[i].member;
    return NULL;
}

static int is_schedule_fact(const tx_fact *f)
{
    const char *m = dim_member(f, TX_AXIS_SOURCE);
    return m && (strcmp(m, TX_MEMBER_FDS) == 0 || strcmp(m, TX_MEMBER_FDS_RESTATED) == 0) &&
           strncmp(f->concept, "tx-gaap:", 8) == 0 && f->numeric && !f->nil;
}

static int same_entity(const tx_factset *a, size_t ea, const tx_factset *b, size_t eb)
{
    return strcmp(a->entities[ea].scheme, b->entities[eb].scheme) == 0 &&
           strcmp(a->entities[ea].identifier, b->entities[eb].identifier) == 0;
}

/* |a - b| within half a unit of the coarser precision */
static int agrees(const tx_fact *a, const tx_fact *b)
{
    int d = a->decimals < b->decimals ? a->decimals : b->decimals;
    tx_decimal nb = b->value, diff;
    if (tx_decimal_negate(&nb) != 0 || tx_decimal_add(a->value, nb, &diff) != 0)
        return 0;
    if (diff.coef < 0 && tx_decimal_negate(&diff) != 0)
        return 0;
    if (d == TX_DECIMALS_INF || d == TX_DECIMALS_NONE)
        return tx_decimal_is_zero(diff);
    return tx_decimal_cmp(diff, (tx_decimal){5, -d - 1}) <= 0;
}

/* The statement fact of f's concept, entity, period and unit in `st`. */
static const tx_fact *statement_fact(const tx_factset *fs, const tx_fact *f, const tx_factset *st,
                                     const char *concept)
{
    for (size_t i = 0; i < st->nfacts; i++) {
        const tx_fact *g = &st->facts[i];
        if (g->ndims == 0 && g->numeric && !g->nil && g->unit == f->unit &&
            strcmp(g->concept, concept) == 0 && same_period(&g->period, &f->period) &&
            same_entity(fs, f->entity, st, g->entity))
            return g;
    }
    return NULL;
}

static const char *tag_name(const tx_ex27_map *map, const tx_fact *f)
{
    const char *m = dim_member(f, TX_AXIS_FDS_TAG);
    const tx_ex27_tag *t = m ? tag_of_member(map, m) : NULL;
    return t ? t->tag : "?";
}

static int hints(tx_buf *m, const tx_factset *fs, const tx_fact *f, const tx_fact *s,
                 const tx_factset *st, const tx_ex27_map *map)
{
    int n = 0;
    const char *src = dim_member(f, TX_AXIS_SOURCE);
    /* the statement's value under another tag of the schedule */
    for (size_t i = 0; i < fs->nfacts && !tx_decimal_is_zero(s->value); i++) {
        const tx_fact *g = &fs->facts[i];
        if (g != f && is_schedule_fact(g) && g->entity == f->entity && g->unit == f->unit &&
            same_period(&g->period, &f->period) && strcmp(dim_member(g, TX_AXIS_SOURCE), src) == 0 &&
            agrees(g, s)) {
            tx_buf_printf(m, "; the schedule has that value as <%s> (line %ld)", tag_name(map, g),
                          g->src_line);
            n++;
        }
    }
    /* the tag's value as another of the schedule's concepts in the statements */
    for (size_t i = 0; i < st->nfacts && !tx_decimal_is_zero(f->value); i++) {
        const tx_fact *g = &st->facts[i];
        if (g == s || g->ndims != 0 || !g->numeric || g->nil || g->unit != f->unit ||
            !same_period(&g->period, &f->period) || !same_entity(fs, f->entity, st, g->entity) ||
            strcmp(g->concept, f->concept) == 0 || !agrees(f, g))
            continue;
        int in_schedule = 0;
        for (size_t k = 0; k < fs->nfacts && !in_schedule; k++)
            in_schedule = is_schedule_fact(&fs->facts[k]) &&
                          strcmp(fs->facts[k].concept, g->concept) == 0;
        if (!in_schedule)
            continue;
        char v[48];
        fmt_dec(g->value, v, sizeof v);
        tx_buf_printf(m, "; the statement has %s as %s (line %ld)", v, g->concept, g->src_line);
        n++;
    }
    return n;
}

tx_status tx_ex27_cross_check(const tx_factset *fs, const tx_factset *const *refs, size_t nrefs,
                              const tx_ex27_map *map, tx_report *rep)
{
    if (!fs)
        return TX_OK;
    size_t *matched = calloc(nrefs + 1, sizeof *matched);
    if (!matched)
        return TX_ENOMEM;
    long first_line = 0;
    for (size_t i = 0; i < fs->nfacts; i++) {
        const tx_fact *f = &fs->facts[i];
        if (!is_schedule_fact(f))
            continue;
        if (!first_line)
            first_line = f->src_line;
        for (size_t r = 0; r <= nrefs; r++) {
            const tx_factset *st = r == 0 ? fs : refs[r - 1];
            const tx_fact *s = statement_fact(fs, f, st, f->concept);
            if (!s)
                continue;
            matched[r]++;
            if (agrees(f, s))
                break;
            char a[48], b[48], p[32];
            fmt_dec(f->value, a, sizeof a);
            fmt_dec(s->value, b, sizeof b);
            tx_period_format(&f->period, p, sizeof p);
            tx_buf m = {0};
            tx_buf_printf(&m, "<%s> %s (%s, %s) differs from the statement's %s at %s:%ld",
                          tag_name(map, f), a, f->concept, p, b, st->source ? st->source : "",
                          s->src_line);
            hints(&m, fs, f, s, st, map);
            tx_status w = tx_report_add(rep, TX_WARNING, fs->source, f->src_line,
                                        "ex27.statement-mismatch", "%s",
                                        m.data && !m.failed ? m.data : "");
            tx_buf_free(&m);
            if (w != TX_OK) {
                free(matched);
                return TX_ENOMEM;
            }
            break;
        }
    }
    for (size_t r = 1; r <= nrefs && first_line; r++)
        if (!matched[r])
            tx_report_add(rep, TX_NOTE, fs->source, first_line, "ex27.not-cross-checked",
                          "no statement fact of %s has the schedules' entity, period and a "
                          "concept of theirs: not cross-checked against it",
                          refs[r - 1]->source ? refs[r - 1]->source : "");
    free(matched);
    return TX_OK;
}

/* ================================================================ inspect */

/* "tx-gaap:Assets" or "ext:OtherStockholdersEquity" (owned) */
static char *concept_text(const tx_ex27_tag *t)
{
    tx_buf c = {0};
    if (*t->concept) {
        tx_buf_printf(&c, "tx-gaap:%s", t->concept);
    } else {
        char *n = tx_ext_name(t->label);
        tx_buf_printf(&c, "ext:%s", n ? n : "");
        free(n);
    }
    return tx_buf_take(&c);
}

static void date_text(tx_date d, char buf[11])
{
    if (d.y)
        tx_date_format(d, buf);
    else
        snprintf(buf, 11, "-");
}

static void value_text(const tx_ex27_schedule *s, const tx_ex27_value *v, const tx_ex27_tag *t,
                       char *buf, size_t n)
{
    if (!v->ok) {
        snprintf(buf, n, "?");
        return;
    }
    tx_decimal d = v->printed;
    if ((!t || !t->per_share) && tx_decimal_scale(&d, s->multiplier) != 0) {
        snprintf(buf, n, "?");
        return;
    }
    fmt_dec(d, buf, n);
}

void tx_ex27_inspect_text(const tx_ex27_set *set, const tx_ex27_map *map, tx_buf *b)
{
    if (!set || !set->n)
        return;
    tx_buf_printf(b, "schedules %zu\n", set->n);
    for (size_t i = 0; i < set->n; i++) {
        const tx_ex27_schedule *s = &set->schedules[i];
        char fye[11], st[11], en[11], p[32] = "?";
        date_text(s->fiscal_year_end, fye);
        date_text(s->period_start, st);
        date_text(s->period_end, en);
        if (s->duration.kind == TX_PERIOD_DURATION)
            tx_period_format(&s->duration, p, sizeof p);
        tx_buf_printf(b, "\n== EX-27 schedule %zu (%s), lines %ld-%ld ==\n", i + 1, s->doc_type,
                      s->src_first, s->src_last);
        tx_buf_printf(b, "article  %d%s\n", s->article, s->restated ? ", restated" : "");
        tx_buf_printf(b, "entity   %s%s\n", *s->name ? s->name : "(none named)",
                      s->name_from_legend ? " (from the legend)" : "");
        tx_buf_printf(b, "scale    money x10^%d, per-share x1\n", s->multiplier);
        tx_buf_printf(b, "period   %s, fiscal year end %s, start %s, end %s -> instants %s, "
                         "durations %s\n",
                      *s->period_type ? s->period_type : "(no type)", fye, st, en, en, p);
        for (size_t v = 0; v < s->nvalues; v++) {
            const tx_ex27_value *x = &s->values[v];
            const tx_ex27_tag *t = tx_ex27_lookup(map, s->article, x->tag);
            char val[48];
            value_text(s, x, t, val, sizeof val);
            tx_buf_printf(b, "  %5ld  %-28s %12s -> %s", x->line, x->tag, x->text, val);
            if (*x->notes)
                tx_buf_printf(b, " [note %s]", x->notes);
            char *ct = t ? concept_text(t) : NULL;
            if (ct)
                tx_buf_printf(b, "  %s", ct);
            free(ct);
            if (!t && map)
                tx_buf_puts(b, "  (not mapped)");
            tx_buf_putc(b, '\n');
        }
        for (size_t n = 0; n < s->nnotes; n++)
            tx_buf_printf(b, "footnote %s %s\n", s->notes[n].marker, s->notes[n].text);
    }
}

static void jkv(tx_buf *b, const char *k, const char *v)
{
    tx_buf_printf(b, ", \"%s\": ", k);
    tx_buf_json_string(b, v ? v : "");
}

void tx_ex27_inspect_json(const tx_ex27_set *set, const tx_ex27_map *map, tx_buf *b)
{
    tx_buf_puts(b, "[");
    for (size_t i = 0; set && i < set->n; i++) {
        const tx_ex27_schedule *s = &set->schedules[i];
        char fye[11], st[11], en[11], ds[11] = "", de[11] = "";
        date_text(s->fiscal_year_end, fye);
        date_text(s->period_start, st);
        date_text(s->period_end, en);
        if (s->duration.kind == TX_PERIOD_DURATION) {
            tx_date_format(s->duration.start, ds);
            tx_date_format(s->duration.end, de);
        }
        tx_buf_printf(b, "%s\n  {\"index\": %zu, \"line\": %ld, \"last_line\": %ld, \"article\": %d",
                      i ? "," : "", i + 1, s->src_first, s->src_last, s->article);
        jkv(b, "document", s->doc_type);
        jkv(b, "entity", s->name);
        jkv(b, "legend", s->legend);
        tx_buf_printf(b, ", \"multiplier\": %d, \"restated\": %s", s->multiplier,
                      s->restated ? "true" : "false");
        jkv(b, "period_type", s->period_type);
        jkv(b, "fiscal_year_end", fye);
        jkv(b, "period_start", st);
        jkv(b, "period_end", en);
        jkv(b, "duration_start", ds);
        jkv(b, "duration_end", de);
        tx_buf_puts(b, ",\n   \"values\": [");
        for (size_t v = 0; v < s->nvalues; v++) {
            const tx_ex27_value *x = &s->values[v];
            const tx_ex27_tag *t = tx_ex27_lookup(map, s->article, x->tag);
            char val[48];
            value_text(s, x, t, val, sizeof val);
            tx_buf_printf(b, "%s{\"line\": %ld", v ? ", " : "", x->line);
            jkv(b, "tag", x->tag);
            jkv(b, "printed", x->text);
            jkv(b, "value", val);
            jkv(b, "notes", x->notes);
            char *ct = t ? concept_text(t) : NULL;
            if (ct)
                jkv(b, "concept", ct);
            free(ct);
            tx_buf_puts(b, "}");
        }
        tx_buf_puts(b, "],\n   \"footnotes\": [");
        for (size_t n = 0; n < s->nnotes; n++) {
            tx_buf_printf(b, "%s{\"marker\": ", n ? ", " : "");
            tx_buf_json_string(b, s->notes[n].marker);
            jkv(b, "text", s->notes[n].text);
            tx_buf_puts(b, "}");
        }
        tx_buf_puts(b, "]}");
    }
    tx_buf_puts(b, "\n ]");
}

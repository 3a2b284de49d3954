/* ex27.c - EX-27 financial data schedules: the reader. */
#include "read/ex27.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "read/model.h"

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
    if (tx_decimal_parse_printed(s, strlen(s), &d) != 0)
        return -1;
    d = tx_decimal_trim(d);             /* "1,000,000" is 1 exp 6 */
    return d.exp >= 0 && d.exp <= 15 && tx_decimal_cmp(d, tx_decimal_make(1, d.exp)) == 0 ? d.exp
                                                                                        : -1;
}

int tx_ex27_has_marker(const char *list, const char *mk)
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
            if (!tx_ex27_has_marker(b.data, mk)) {
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
        x->printed = a.kind == TX_AMOUNT_NIL ? tx_decimal_make(0, 0) : a.value;
    } else if (k > 2 && tok[0] == '(' && tok[k - 1] == ')' &&
               tx_decimal_parse_printed(tok + 1, k - 2, &x->printed) == 0 &&
               tx_decimal_negate(&x->printed) == 0) {
        /* "(3)": a table would read a footnote marker; a tag's value has
           none of those (its markers are <F1>), so it is a negative 3 */
        x->ok = 1;
    } else {
        tx_report_add(r->rep, TX_WARNING, r->text->name, line, "ex27.value",
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
        tx_report_add(r->rep, TX_WARNING, r->text->name, line, "ex27.date",
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

/*
 * sgml.c - the EDGAR layer of decoding: the header read and dropped, SGML
 * tags removed and turned into line flags, <S>/<C> markers into hints.
 *
 * Each decoded line is looked at once, in order: inside the header it only
 * feeds the header fields; a line without '<' is kept as it is; otherwise
 * its tags are scanned, applied in line order (closing tags and <PAGE> that
 * follow the line's text act after the line is kept), blanked out, and the
 * rest of the line kept unless only tags were on it.
 */
#include "read/sgml.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"

#define NONE ((size_t)-1)

static const char PEM_BEGIN[] = "-----BEGIN PRIVACY-ENHANCED MESSAGE-----";
static const char PEM_END[] = "-----END PRIVACY-ENHANCED MESSAGE-----";

enum { HDR_NONE = 0, HDR_HARD, HDR_SOFT };

typedef struct tag {
    size_t off, len;
    int kind;
} tag;

struct tx_sgml {
    tx_text *t;
    tx_report *rep;
    size_t lines_cap, docs_cap, filers_cap;
    tag *tags;
    size_t tags_cap;
    /* input */
    const unsigned char *bytes;   /* the raw input, for header terminators */
    size_t len;
    size_t next;          /* offset just after the current source line */
    long src;             /* current source line                        */
    /* EDGAR header */
    int header;
    int filer;            /* the company whose fields are being read, or -1 */
    int role;             /* tx_filer_role of the section being read        */
    int term_valid;
    size_t term_from, term_at;
    /* documents and tables */
    int doc;
    int in_table;
    long table_src;
    size_t table_first;
    int caption, fn, page_pending;
    int *hints;           /* marker columns being collected             */
    size_t nhints, hints_cap;
    int *shared;          /* copy of hints[] owned by the lines, or NULL */
    int line_markers;
    size_t col_off, col; /* display column `col` starts at byte col_off */
    int edgar;            /* an EDGAR tag has been seen: dash-escaping applies */
};

/* ------------------------------------------------------------------ */
/* Output lines, documents, filers                                      */

static void clear_hints(tx_sgml *sg)
{
    sg->nhints = 0;
    sg->shared = NULL;
}

/* The hints of the kept lines.  Consecutive lines under the same marker
 * line share one array (a copy per line would make a table of n lines
 * under m markers cost n * m); tx_text_free() frees each array once. */
static int *shared_hints(tx_sgml *sg)
{
    if (!sg->shared) {
        sg->shared = malloc(sg->nhints * sizeof(int));
        if (sg->shared)
            memcpy(sg->shared, sg->hints, sg->nhints * sizeof(int));
    }
    return sg->shared;
}

static tx_status keep_line(tx_sgml *sg, char *s, size_t n)
{
    tx_text *t = sg->t;
    if (tx_grow((void **)&t->lines, &sg->lines_cap, t->nlines + 1,
                sizeof(tx_line)) != 0) {
        free(s);
        return TX_ENOMEM;
    }
    tx_line *l = &t->lines[t->nlines];
    memset(l, 0, sizeof *l);
    if (sg->nhints) {
        l->hints = shared_hints(sg);
        if (!l->hints) {
            free(s);
            return TX_ENOMEM;
        }
        l->nhints = sg->nhints;
        l->flags |= TX_LINE_HINTS;
    }
    /* EDGAR dash-escaping: a line that began with '-' was sent as "- -...";
       the escape becomes a space so the columns keep their places */
    if (sg->edgar && n >= 3 && s[0] == '-' && s[1] == ' ' && s[2] == '-')
        s[0] = ' ';
    l->text = s;
    l->len = n;
    l->src_line = sg->src;
    l->doc = sg->doc;
    if (sg->in_table) {
        l->flags |= TX_LINE_IN_TABLE;
        if (sg->table_first == NONE) {
            l->flags |= TX_LINE_TABLE_START;
            sg->table_first = t->nlines;
        }
    }
    if (sg->page_pending)
        l->flags |= TX_LINE_PAGE_BREAK;
    if (sg->caption)
        l->flags |= TX_LINE_CAPTION;
    if (sg->fn)
        l->flags |= TX_LINE_FOOTNOTE;
    sg->page_pending = 0;
    t->nlines++;
    return TX_OK;
}

static tx_status open_doc(tx_sgml *sg)
{
    tx_text *t = sg->t;
    if (tx_grow((void **)&t->docs, &sg->docs_cap, t->ndocs + 1,
                sizeof(tx_document)) != 0)
        return TX_ENOMEM;
    tx_document *doc = &t->docs[t->ndocs];
    doc->type = tx_strdup("");
    doc->description = tx_strdup("");
    if (!doc->type || !doc->description) {
        free(doc->type);
        free(doc->description);
        return TX_ENOMEM;
    }
    doc->src_first = sg->src;
    doc->src_last = sg->src;
    sg->doc = (int)t->ndocs++;
    return TX_OK;
}

static tx_status set_string(char **dst, const char *s, size_t n)
{
    char *v = tx_strndup(s, n);
    if (!v)
        return TX_ENOMEM;
    free(*dst);
    *dst = v;
    return TX_OK;
}

/* A company named `name`: of the header section being read (role), or
 * TX_FILER_FORMER (a former name of the company being read: same CIK, and
 * the fields that follow are still that company's). */
static tx_status add_filer(tx_sgml *sg, const char *name, size_t n, tx_filer_role role)
{
    tx_text *t = sg->t;
    if (tx_grow((void **)&t->filers, &sg->filers_cap, t->nfilers + 1,
                sizeof(tx_filer)) != 0)
        return TX_ENOMEM;
    tx_filer *f = &t->filers[t->nfilers];
    memset(f, 0, sizeof *f);
    while (n > 0 && name[n - 1] == ' ')
        n--;
    f->name = tx_strndup(name, n);
    if (!f->name)
        return TX_ENOMEM;
    f->role = role;
    if (role == TX_FILER_FORMER) {
        if (sg->filer >= 0)
            memcpy(f->cik, t->filers[sg->filer].cik, sizeof f->cik);
        t->nfilers++;
        return TX_OK;
    }
    sg->filer = (int)t->nfilers++;
    return TX_OK;
}

/* ------------------------------------------------------------------ */
/* Tables and tags                                                      */

enum {
    TK_SEC_DOCUMENT_END = 1, TK_SEC_HEADER_END, TK_IMS_HEADER_END,
    TK_DOCUMENT, TK_DOCUMENT_END, TK_TEXT, TK_TEXT_END, TK_PAGE,
    TK_TABLE, TK_TABLE_END, TK_CAPTION, TK_CAPTION_END, TK_FN, TK_FN_END,
    TK_S, TK_C,
    /* tags whose value is the rest of the line */
    TK_SEC_DOCUMENT, TK_SEC_HEADER, TK_IMS_HEADER, TK_SUBMISSION, TK_SUBMISSION_END,
    TK_TYPE, TK_SEQUENCE, TK_FILENAME, TK_DESCRIPTION
};

static const struct {
    const char *name;
    int kind;
} tag_names[] = {
    {"<S>", TK_S}, {"<C>", TK_C}, {"<PAGE>", TK_PAGE},
    {"<TABLE>", TK_TABLE}, {"</TABLE>", TK_TABLE_END},
    {"<CAPTION>", TK_CAPTION}, {"</CAPTION>", TK_CAPTION_END},
    {"<FN>", TK_FN}, {"</FN>", TK_FN_END},
    {"<TEXT>", TK_TEXT}, {"</TEXT>", TK_TEXT_END},
    {"<DOCUMENT>", TK_DOCUMENT}, {"</DOCUMENT>", TK_DOCUMENT_END},
    {"</SEC-DOCUMENT>", TK_SEC_DOCUMENT_END},
    {"</SEC-HEADER>", TK_SEC_HEADER_END}, {"</IMS-HEADER>", TK_IMS_HEADER_END},
    {"<SEC-DOCUMENT>", TK_SEC_DOCUMENT}, {"<SEC-HEADER>", TK_SEC_HEADER},
    {"<IMS-HEADER>", TK_IMS_HEADER}, {"<SUBMISSION>", TK_SUBMISSION},
    {"</SUBMISSION>", TK_SUBMISSION_END}, {"<TYPE>", TK_TYPE},
    {"<SEQUENCE>", TK_SEQUENCE}, {"<FILENAME>", TK_FILENAME},
    {"<DESCRIPTION>", TK_DESCRIPTION},
};

static int is_value_tag(int kind) { return kind >= TK_SEC_DOCUMENT; }

/* Closing tags (and <PAGE>) that follow the text of a line act after it. */
static int acts_after_text(int kind)
{
    switch (kind) {
    case TK_SEC_DOCUMENT_END: case TK_SEC_HEADER_END: case TK_IMS_HEADER_END:
    case TK_DOCUMENT_END: case TK_TEXT_END: case TK_PAGE: case TK_TABLE_END:
    case TK_CAPTION_END: case TK_FN_END:
        return 1;
    default:
        return 0;
    }
}

/* Kind of the tag starting at s[0] == '<', its length in *len; 0 if none. */
static int match_tag(const char *s, size_t n, int allow_value, size_t *len)
{
    for (size_t i = 0; i < sizeof tag_names / sizeof tag_names[0]; i++) {
        size_t k = strlen(tag_names[i].name);
        if (k <= n && tx_strncaseeq(s, tag_names[i].name, k) &&
            (allow_value || !is_value_tag(tag_names[i].kind))) {
            *len = k;
            return tag_names[i].kind;
        }
    }
    return 0;
}

static void end_table_flags(tx_sgml *sg)
{
    if (sg->table_first != NONE && sg->t->nlines > sg->table_first)
        sg->t->lines[sg->t->nlines - 1].flags |= TX_LINE_TABLE_END;
}

static void reset_table(tx_sgml *sg)
{
    sg->in_table = 0;
    sg->table_first = NONE;
    sg->caption = 0;
    sg->fn = 0;
    clear_hints(sg);
}

/* A <TABLE> left open when `why` arrives: end it there.  The end of its
 * document's text closes it for sure (EX-27 schedules often leave it open):
 * a warning; anything else leaves its extent in doubt: an error. */
static tx_status close_open_table(tx_sgml *sg, const char *why)
{
    if (!sg->in_table) {
        sg->caption = sg->fn = 0;
        clear_hints(sg);
        return TX_OK;
    }
    end_table_flags(sg);
    reset_table(sg);
    tx_severity sev = strcmp(why, "</TEXT>") == 0 || strcmp(why, "</DOCUMENT>") == 0
                          ? TX_WARNING : TX_ERROR;
    if (tx_report_add(sg->rep, sev, sg->t->name, sg->table_src,
                      "decode.unterminated-table",
                      "<TABLE> is not closed before %s", why) != TX_OK)
        return TX_ENOMEM;
    return TX_OK;
}

static tx_status add_marker(tx_sgml *sg, const char *s, size_t off)
{
    sg->caption = 0;
    if (!sg->line_markers) {
        clear_hints(sg);
        sg->line_markers = 1;
    }
    sg->shared = NULL;
    if (tx_grow((void **)&sg->hints, &sg->hints_cap, sg->nhints + 1,
                sizeof(int)) != 0)
        return TX_ENOMEM;
    /* markers come in line order: count columns from the previous one */
    if (off < sg->col_off)
        sg->col_off = sg->col = 0;
    sg->col += tx_utf8_columns(s + sg->col_off, off - sg->col_off);
    sg->col_off = off;
    sg->hints[sg->nhints++] = sg->col > INT_MAX ? INT_MAX : (int)sg->col;
    return TX_OK;
}

static tx_status end_document(tx_sgml *sg, const char *why)
{
    tx_status st = close_open_table(sg, why);
    if (sg->doc >= 0)
        sg->t->docs[sg->doc].src_last = sg->src;
    sg->doc = -1;
    return st;
}

static tx_status apply_tag(tx_sgml *sg, const char *s, const tag *g)
{
    sg->edgar = 1;
    switch (g->kind) {
    case TK_DOCUMENT: {
        tx_status st = close_open_table(sg, "<DOCUMENT>");
        if (st != TX_OK)
            return st;
        if (sg->doc >= 0)
            sg->t->docs[sg->doc].src_last = sg->src - 1;
        return open_doc(sg);
    }
    case TK_DOCUMENT_END: return end_document(sg, "</DOCUMENT>");
    case TK_TEXT_END: return close_open_table(sg, "</TEXT>");
    case TK_PAGE: sg->page_pending = 1; return TX_OK;
    case TK_TABLE: {
        tx_status st = close_open_table(sg, "another <TABLE>");
        reset_table(sg);
        sg->in_table = 1;
        sg->table_src = sg->src;
        return st;
    }
    case TK_TABLE_END:
        end_table_flags(sg);
        reset_table(sg);
        return TX_OK;
    case TK_CAPTION: sg->caption = 1; return TX_OK;
    case TK_CAPTION_END: sg->caption = 0; return TX_OK;
    case TK_FN: sg->fn = 1; return TX_OK;
    case TK_FN_END: sg->fn = 0; return TX_OK;
    case TK_S: case TK_C: return add_marker(sg, s, g->off);
    default: return TX_OK;
    }
}

/* ------------------------------------------------------------------ */
/* EDGAR header                                                         */

static int at_terminator(const unsigned char *p, size_t n)
{
    static const char *const ends[] = {"</SEC-HEADER>", "</IMS-HEADER>",
                                       "<DOCUMENT>"};
    for (size_t i = 0; i < 3; i++) {
        size_t k = strlen(ends[i]);
        if (k <= n && tx_strncaseeq((const char *)p, ends[i], k))
            return 1;
    }
    return 0;
}

/* Whether a header terminator follows offset `from`; cached so that many
 * header starts still cost one pass over the input. */
static int terminator_ahead(tx_sgml *sg, size_t from)
{
    if (sg->term_valid && from >= sg->term_from &&
        (sg->term_at == NONE || from <= sg->term_at))
        return sg->term_at != NONE;
    size_t at = NONE;
    for (size_t i = from; i < sg->len;) {
        const unsigned char *p = memchr(sg->bytes + i, '<', sg->len - i);
        if (!p)
            break;
        i = (size_t)(p - sg->bytes);
        if (at_terminator(p, sg->len - i)) {
            at = i;
            break;
        }
        i++;
    }
    sg->term_valid = 1;
    sg->term_from = from;
    sg->term_at = at;
    return at != NONE;
}

static void start_header(tx_sgml *sg)
{
    sg->edgar = 1;
    sg->header = terminator_ahead(sg, sg->next) ? HDR_HARD : HDR_SOFT;
}

static const char *skip_spaces(const char *s)
{
    while (*s == ' ')
        s++;
    return s;
}

/* Value after "KEY:" when line `s` (leading spaces skipped) starts with it. */
static const char *header_value(const char *s, const char *key)
{
    size_t k = strlen(key);
    if (!tx_strncaseeq(s, key, k))
        return NULL;
    return skip_spaces(s + k);
}

static void set_cik(tx_filer *f, const char *v)
{
    size_t n = strlen(v);
    f->cik[0] = '\0';
    if (n == 0 || n > 10)
        return;
    for (size_t i = 0; i < n; i++)
        if (v[i] < '0' || v[i] > '9')
            return;
    memset(f->cik, '0', 10 - n);
    memcpy(f->cik + 10 - n, v, n + 1);
}

static void set_period(tx_text *t, const char *v)
{
    size_t n = strlen(v);
    t->period_of_report[0] = '\0';
    if (n != 8)
        return;
    for (size_t i = 0; i < 8; i++)
        if (v[i] < '0' || v[i] > '9')
            return;
    memcpy(t->period_of_report, v, 9);
}

static void set_form_type(tx_text *t, const char *v)
{
    size_t n = strlen(v);
    if (n >= sizeof t->form_type) {
        n = sizeof t->form_type - 1;
        while (n > 0 && ((unsigned char)v[n] & 0xC0) == 0x80)
            n--;
    }
    memcpy(t->form_type, v, n);
    t->form_type[n] = '\0';
}

/* Value after the tag `tag` ("<CIK>") when line `s` starts with it: the
 * tagged form of the header (.nc files). */
static const char *tag_value(const char *s, const char *name)
{
    size_t k = strlen(name);
    if (!tx_strncaseeq(s, name, k))
        return NULL;
    return skip_spaces(s + k);
}

/* The section a header line opens ("FILER:", "<SUBJECT-COMPANY>"), as a
 * tx_filer_role, or -1. */
static int section_role(const char *s)
{
    static const struct { const char *key; int role; } sections[] = {
        {"FILER:", TX_FILER_FILER}, {"FILED BY:", TX_FILER_FILER},
        {"SUBJECT COMPANY:", TX_FILER_SUBJECT}, {"<FILER>", TX_FILER_FILER},
        {"<FILED-BY>", TX_FILER_FILER}, {"<SUBJECT-COMPANY>", TX_FILER_SUBJECT},
    };
    for (size_t i = 0; i < sizeof sections / sizeof sections[0]; i++) {
        size_t k = strlen(sections[i].key);
        if (tx_strncaseeq(s, sections[i].key, k) && *skip_spaces(s + k) == '\0')
            return sections[i].role;
    }
    return -1;
}

static tx_status header_fields(tx_sgml *sg, const char *line)
{
    const char *s = skip_spaces(line), *v;
    int role = section_role(s);
    if (role >= 0) {
        sg->role = role;
        return TX_OK;
    }
    if ((v = header_value(s, "COMPANY CONFORMED NAME:")) != NULL ||
        (v = tag_value(s, "<CONFORMED-NAME>")) != NULL)
        return add_filer(sg, v, strlen(v), (tx_filer_role)sg->role);
    if ((v = header_value(s, "FORMER CONFORMED NAME:")) != NULL ||
        (v = tag_value(s, "<FORMER-CONFORMED-NAME>")) != NULL)
        return sg->filer >= 0 ? add_filer(sg, v, strlen(v), TX_FILER_FORMER) : TX_OK;
    if ((v = header_value(s, "CENTRAL INDEX KEY:")) != NULL ||
        (v = tag_value(s, "<CIK>")) != NULL) {
        if (sg->filer < 0 && add_filer(sg, "", 0, (tx_filer_role)sg->role) != TX_OK)
            return TX_ENOMEM;
        set_cik(&sg->t->filers[sg->filer], v);
    } else if ((v = header_value(s, "CONFORMED PERIOD OF REPORT:")) != NULL ||
               (v = tag_value(s, "<PERIOD>")) != NULL) {
        set_period(sg->t, v);
    } else if ((v = header_value(s, "CONFORMED SUBMISSION TYPE:")) != NULL ||
               (sg->t->ndocs == 0 && (v = tag_value(s, "<TYPE>")) != NULL)) {
        set_form_type(sg->t, v);
    }
    return TX_OK;
}

/* A line inside the header.  *keep is set when the header ended at this
 * line and the line must go through the normal path (<DOCUMENT>). */
static tx_status header_line(tx_sgml *sg, const tx_dline *dl, int *keep)
{
    *keep = 0;
    if (tx_strcasestr(dl->s, "</SEC-HEADER>") ||
        tx_strcasestr(dl->s, "</IMS-HEADER>")) {
        sg->header = HDR_NONE;
        return TX_OK;
    }
    if (tx_strcasestr(dl->s, "<DOCUMENT>")) {
        sg->header = HDR_NONE;
        *keep = 1;
        return TX_OK;
    }
    if (sg->header == HDR_SOFT && dl->n == 0) {
        sg->header = HDR_NONE;
        return TX_OK;
    }
    return header_fields(sg, dl->s);
}

/* ------------------------------------------------------------------ */
/* SGML lines                                                           */

typedef struct scan {
    size_t ntags;
    int has_text;
    size_t first_text;
    size_t value; /* index of a value tag, or NONE */
} scan;

static tx_status scan_tags(tx_sgml *sg, const char *s, size_t n, scan *sc)
{
    memset(sc, 0, sizeof *sc);
    sc->value = NONE;
    size_t i = 0;
    while (i < n) {
        size_t k = 0;
        int kind = s[i] == '<' ? match_tag(s + i, n - i, !sc->has_text, &k) : 0;
        if (kind) {
            if (tx_grow((void **)&sg->tags, &sg->tags_cap, sc->ntags + 1,
                        sizeof(tag)) != 0)
                return TX_ENOMEM;
            sg->tags[sc->ntags++] = (tag){i, k, kind};
            if (is_value_tag(kind)) {
                sc->value = sc->ntags - 1;
                return TX_OK;
            }
            i += k;
            continue;
        }
        if (s[i] != ' ' && !sc->has_text) {
            sc->has_text = 1;
            sc->first_text = i;
        }
        i++;
    }
    return TX_OK;
}

static tx_status apply_value_tag(tx_sgml *sg, const char *s, size_t n,
                                 const tag *g)
{
    const char *v = skip_spaces(s + g->off + g->len);
    size_t vn = (size_t)(s + n - v);
    switch (g->kind) {
    case TK_SEC_HEADER: case TK_IMS_HEADER: case TK_SUBMISSION:
        /* <SUBMISSION>: the header of an EDGAR .nc file, in tags
           (<CONFORMED-NAME>, <CIK>), up to the first <DOCUMENT> */
        start_header(sg);
        return TX_OK;
    case TK_TYPE: case TK_DESCRIPTION: {
        if (sg->doc < 0 && open_doc(sg) != TX_OK)
            return TX_ENOMEM;
        tx_document *doc = &sg->t->docs[sg->doc];
        return set_string(g->kind == TK_TYPE ? &doc->type : &doc->description,
                          v, vn);
    }
    default:
        return TX_OK;
    }
}

/* Applies tags[0..to) in order: all of them (pass -1), those acting before
 * the line is kept (pass 0) or those acting after it (pass 1). */
static tx_status apply_tags(tx_sgml *sg, const char *s, const scan *sc,
                            size_t to, int pass)
{
    for (size_t i = 0; i < to; i++) {
        const tag *g = &sg->tags[i];
        int late = sc->has_text && g->off > sc->first_text &&
                   acts_after_text(g->kind);
        if (pass >= 0 && late != pass)
            continue;
        tx_status st = apply_tag(sg, s, g);
        if (st != TX_OK)
            return st;
    }
    return TX_OK;
}

static tx_status keep_text_line(tx_sgml *sg, tx_dline *dl)
{
    if (dl->n == 0 && dl->ff) {
        sg->page_pending = 1;
        free(dl->s);
        return TX_OK;
    }
    if (dl->ff & TX_FF_BEFORE)
        sg->page_pending = 1;
    tx_status st = keep_line(sg, dl->s, dl->n);
    if (dl->ff & TX_FF_AFTER)
        sg->page_pending = 1;
    return st;
}

static tx_status sgml_line(tx_sgml *sg, tx_dline *dl)
{
    scan sc;
    tx_status st = scan_tags(sg, dl->s, dl->n, &sc);
    if (st != TX_OK || sc.ntags == 0) {
        if (st != TX_OK)
            free(dl->s);
        return st != TX_OK ? st : keep_text_line(sg, dl);
    }
    if (sc.value != NONE || !sc.has_text) {
        size_t to = sc.value != NONE ? sc.value : sc.ntags;
        if (dl->ff)
            sg->page_pending = 1;
        st = apply_tags(sg, dl->s, &sc, to, -1);
        if (st == TX_OK && sc.value != NONE)
            st = apply_value_tag(sg, dl->s, dl->n, &sg->tags[sc.value]);
        free(dl->s);
        return st;
    }
    st = apply_tags(sg, dl->s, &sc, sc.ntags, 0);
    for (size_t i = 0; i < sc.ntags; i++)
        memset(dl->s + sg->tags[i].off, ' ', sg->tags[i].len);
    dl->n = tx_trim_spaces(dl->s, dl->n);
    dl->s[dl->n] = '\0';
    if (st != TX_OK) {
        free(dl->s);
        return st;
    }
    st = keep_text_line(sg, dl); /* the line is no longer ours */
    return st != TX_OK ? st : apply_tags(sg, NULL, &sc, sc.ntags, 1);
}

static int line_is(const tx_dline *dl, const char *what)
{
    const char *s = skip_spaces(dl->s);
    size_t k = strlen(what);
    return tx_strncaseeq(s, what, k) && s[k] == '\0';
}

/* An EDGAR header without PEM or <SEC-HEADER> wrapper at the top. */
static int bare_header(const tx_dline *dl)
{
    const char *s = skip_spaces(dl->s);
    return header_value(s, "ACCESSION NUMBER:") != NULL ||
           header_value(s, "CONFORMED SUBMISSION TYPE:") != NULL;
}

tx_status tx_sgml_line(tx_sgml *sg, tx_dline *dl)
{
    sg->src = dl->src;
    sg->next = dl->next;
    sg->line_markers = 0;
    sg->col_off = sg->col = 0;
    if (dl->first && sg->header == HDR_NONE && bare_header(dl))
        start_header(sg);
    if (sg->header != HDR_NONE) {
        int keep = 0;
        tx_status st = header_line(sg, dl, &keep);
        if (st != TX_OK || !keep) {
            free(dl->s);
            return st;
        }
    }
    if (line_is(dl, PEM_BEGIN) || line_is(dl, PEM_END)) {
        if (line_is(dl, PEM_BEGIN))
            start_header(sg);
        free(dl->s);
        return TX_OK;
    }
    if (!memchr(dl->s, '<', dl->n))
        return keep_text_line(sg, dl);
    return sgml_line(sg, dl);
}

/* The registrant a filing without an EDGAR header names on its cover: the
 * words over "(Exact name of registrant as specified in its charter)" (or
 * before it on the same line), within the first lines of the first
 * document.  Added as a filer of role TX_FILER_COVER, with no CIK. */
static tx_status cover_registrant(tx_sgml *sg)
{
    tx_text *t = sg->t;
    if (t->nfilers > 0)
        return TX_OK;
    for (size_t i = 0; i < t->nlines && i < 400; i++) {
        const char *s = t->lines[i].text;
        const char *at = tx_strcasestr(s, "exact name of registrant");
        if (!at)
            continue;
        const char *open = at;
        while (open > s && *open != '(')
            open--;
        const char *name = skip_spaces(s);
        size_t n = *open == '(' && open > name ? (size_t)(open - name) : 0;
        if (n == 0) {
            /* the name is on the line above */
            size_t k = i;
            while (k > 0 && t->lines[k - 1].len == 0)
                k--;
            if (k == 0)
                return TX_OK;
            name = skip_spaces(t->lines[k - 1].text);
            n = strlen(name);
        }
        /* the first of the line's columns */
        for (size_t j = 0; j + 2 < n; j++)
            if (name[j] == ' ' && name[j + 1] == ' ' && name[j + 2] == ' ')
                n = j;
        while (n > 0 && name[n - 1] == ' ')
            n--;
        int letters = 0;
        for (size_t j = 0; j < n; j++)
            if ((name[j] >= 'A' && name[j] <= 'Z') || (name[j] >= 'a' && name[j] <= 'z'))
                letters++;
        if (letters < 2 || n > 80 || memchr(name, '(', n) || name[0] == '-' || name[0] == '_')
            return TX_OK;
        return add_filer(sg, name, n, TX_FILER_COVER);
    }
    return TX_OK;
}

tx_status tx_sgml_finish(tx_sgml *sg, long last)
{
    sg->src = last;
    if (cover_registrant(sg) != TX_OK)
        return TX_ENOMEM;
    tx_status st = close_open_table(sg, "the end of the file");
    if (sg->doc >= 0)
        sg->t->docs[sg->doc].src_last = sg->src;
    return st;
}

tx_sgml *tx_sgml_new(tx_text *t, tx_report *rep, const unsigned char *bytes, size_t len)
{
    tx_sgml *sg = calloc(1, sizeof *sg);
    if (!sg)
        return NULL;
    sg->t = t;
    sg->rep = rep;
    sg->bytes = bytes;
    sg->len = len;
    sg->doc = sg->filer = -1;
    sg->table_first = NONE;
    return sg;
}

void tx_sgml_free(tx_sgml *sg)
{
    if (!sg)
        return;
    free(sg->tags);
    free(sg->hints);
    free(sg);
}

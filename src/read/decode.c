/*
 * decode.c - stage 1: bytes to normalised UTF-8 lines.
 *
 * The input is checked once (empty, binary, encoding) and then walked one
 * source line at a time, so that time and memory stay linear in its size:
 *
 *   raw bytes of a line -> UTF-16 (ICU converter) -> punctuation map ->
 *   NFKC -> punctuation map, controls, tabs -> UTF-8
 *
 * Lines of printable ASCII skip ICU entirely (they are already in NFKC and
 * nothing in them needs mapping).  Each decoded line then goes through the
 * EDGAR layer: the <SEC-HEADER> block is read into filers and dropped, SGML
 * tags are removed and turned into line flags, <S>/<C> markers into hints.
 */
#include "read/decode.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include "base/util.h"

#define NONE ((size_t)-1)
#define BINARY_WINDOW 65536u
#define TAB_STOP 8u

static const char ENC_UTF8[] = "UTF-8";
static const char ENC_CP1252[] = "windows-1252";
static const char ENC_LATIN1[] = "ISO-8859-1";

static const char PEM_BEGIN[] = "-----BEGIN PRIVACY-ENHANCED MESSAGE-----";
static const char PEM_END[] = "-----END PRIVACY-ENHANCED MESSAGE-----";

/* ------------------------------------------------------------------ */
/* Whole-input checks                                                   */

static int is_space_byte(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' ||
           c == '\v';
}

static int all_space(const unsigned char *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!is_space_byte(b[i]))
            return 0;
    return 1;
}

static int is_bad_control(unsigned char c)
{
    return (c < 0x20 && c != '\t' && c != '\r' && c != '\n' && c != '\f') ||
           c == 0x7F;
}

/* Source line (1-based) holding byte `off`; LF, CRLF and lone CR end lines. */
static long line_of_offset(const unsigned char *b, size_t len, size_t off)
{
    long line = 1;
    for (size_t i = 0; i < off && i < len; i++) {
        if (b[i] == '\n')
            line++;
        else if (b[i] == '\r' && !(i + 1 < len && b[i + 1] == '\n'))
            line++;
    }
    return line;
}

/* Returns 1 and the offending offset when the input is not text. */
static int find_binary(const unsigned char *b, size_t n, size_t *off,
                       size_t *bad, size_t *window)
{
    const unsigned char *z = memchr(b, 0, n);
    *bad = 0;
    *window = n < BINARY_WINDOW ? n : BINARY_WINDOW;
    if (z) {
        *off = (size_t)(z - b);
        return 1;
    }
    size_t first = NONE;
    for (size_t i = 0; i < *window; i++) {
        if (is_bad_control(b[i])) {
            if (first == NONE)
                first = i;
            (*bad)++;
        }
    }
    if (*bad * 10 > *window) {
        *off = first;
        return 1;
    }
    return 0;
}

static int ascii_block(const unsigned char *b)
{
    uint64_t w;
    memcpy(&w, b, sizeof w);
    return (w & 0x8080808080808080ull) == 0;
}

/* Length of the valid UTF-8 sequence at b[0..n), or 0 when invalid. */
static size_t utf8_seq(const unsigned char *b, size_t n)
{
    unsigned char c = b[0];
    size_t need;
    uint32_t cp, min;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
        min = 0x80;
        cp = c & 0x1Fu;
    } else if ((c & 0xF0) == 0xE0) {
        need = 2;
        min = 0x800;
        cp = c & 0x0Fu;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        min = 0x10000;
        cp = c & 0x07u;
    } else {
        return 0;
    }
    if (n <= need)
        return 0;
    for (size_t k = 1; k <= need; k++) {
        if ((b[k] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (b[k] & 0x3Fu);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return need + 1;
}

static int utf8_valid(const unsigned char *b, size_t n)
{
    size_t i = 0;
    while (i < n) {
        if (n - i >= 8 && ascii_block(b + i)) {
            i += 8;
        } else if (b[i] < 0x80) {
            i++;
        } else {
            size_t k = utf8_seq(b + i, n - i);
            if (!k)
                return 0;
            i += k;
        }
    }
    return 1;
}

static const char *detect_encoding(const unsigned char *b, size_t n, int bom)
{
    if (bom || utf8_valid(b, n))
        return ENC_UTF8;
    for (size_t i = 0; i < n; i++)
        if (b[i] >= 0x80 && b[i] <= 0x9F)
            return ENC_CP1252;
    return ENC_LATIN1;
}

/* ------------------------------------------------------------------ */
/* Decoder state                                                        */

typedef struct ubuf {
    UChar *p;
    size_t cap;
} ubuf;

enum { HDR_NONE = 0, HDR_HARD, HDR_SOFT };
enum { FF_BEFORE = 1, FF_AFTER = 2 };

typedef struct tag {
    size_t off, len;
    int kind;
} tag;

typedef struct decoder {
    tx_text *t;
    tx_report *rep;
    size_t lines_cap, docs_cap, filers_cap;
    UConverter *cnv;
    const UNormalizer2 *nfkc;
    ubuf u1, u2, u3, out;
    tag *tags;
    size_t tags_cap;
    /* input */
    const unsigned char *bytes;
    size_t len;
    size_t next;          /* offset just after the current source line */
    long src;             /* current source line                        */
    int any_content;
    /* EDGAR header */
    int header;
    int filer;
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
} decoder;

static int ubuf_reserve(ubuf *u, size_t n)
{
    return tx_grow((void **)&u->p, &u->cap, n, sizeof(UChar));
}

static tx_status icu_status(decoder *d, UErrorCode err)
{
    if (err == U_MEMORY_ALLOCATION_ERROR)
        return TX_ENOMEM;
    if (tx_report_add(d->rep, TX_ERROR, d->t->name, d->src, "decode.encoding",
                      "cannot convert from %s: %s", d->t->encoding,
                      u_errorName(err)) != TX_OK)
        return TX_ENOMEM;
    return TX_EINPUT;
}

/* ------------------------------------------------------------------ */
/* Character mapping                                                    */

/* Writes the replacement of `c` to rep[] and returns its length (0..2), or
 * returns -1 when `c` stays as it is. */
static int map_punct(UChar32 c, UChar rep[2])
{
    switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
        rep[0] = '\'';
        return 1;
    case 0x201C: case 0x201D: case 0x201E: case 0x2033:
        rep[0] = '"';
        return 1;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2212:
        rep[0] = '-';
        return 1;
    case 0x2014: case 0x2015:
        rep[0] = rep[1] = '-';
        return 2;
    case 0x2022:
        rep[0] = '*';
        return 1;
    case 0x00AD: /* soft hyphen */
    case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
        return 0;
    default:
        break;
    }
    if (c > 0x7F && u_charType(c) == U_SPACE_SEPARATOR) {
        rep[0] = ' ';
        return 1;
    }
    return -1;
}

/* u1[0..n) -> u2 with map_punct applied (every mapped character is BMP). */
static int premap(decoder *d, size_t n, size_t *outn)
{
    if (ubuf_reserve(&d->u2, 2 * n + 1) != 0)
        return -1;
    const UChar *s = d->u1.p;
    UChar *o = d->u2.p;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        UChar rep[2];
        int r = U16_IS_SURROGATE(s[i]) ? -1 : map_punct(s[i], rep);
        if (r < 0) {
            o[k++] = s[i];
        } else {
            for (int j = 0; j < r; j++)
                o[k++] = rep[j];
        }
    }
    *outn = k;
    return 0;
}

/* The last stage of a line: code points -> d->out, with tabs expanded and
 * the output held to TX_MAX_LINE bytes of UTF-8. */
typedef struct emitter {
    ubuf *o;
    size_t n;       /* UTF-16 units in o    */
    size_t cols;    /* display columns       */
    size_t bytes;   /* UTF-8 bytes           */
    int cut;        /* stopped at TX_MAX_LINE */
    int ff;         /* FF_BEFORE / FF_AFTER   */
    int text;       /* non-space seen         */
} emitter;

static int emit_cp(emitter *e, UChar32 c)
{
    if (e->cut)
        return 0;
    if (U_IS_SURROGATE(c))
        c = 0xFFFD;
    size_t w = (size_t)U8_LENGTH(c);
    if (e->bytes + w > TX_MAX_LINE) {
        e->cut = 1;
        return 0;
    }
    if (ubuf_reserve(e->o, e->n + 3) != 0)
        return -1;
    if (c <= 0xFFFF) {
        e->o->p[e->n++] = (UChar)c;
    } else {
        e->o->p[e->n++] = U16_LEAD(c);
        e->o->p[e->n++] = U16_TRAIL(c);
    }
    e->bytes += w;
    e->cols++;
    if (c != ' ')
        e->text = 1;
    return 0;
}

static int emit_char(emitter *e, UChar32 c)
{
    if (c == '\t') {
        do {
            if (emit_cp(e, ' ') != 0)
                return -1;
        } while (e->cols % TAB_STOP != 0 && !e->cut);
        return 0;
    }
    if (c == '\f') {
        e->ff |= e->text ? FF_AFTER : FF_BEFORE;
        return 0;
    }
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029)
        return emit_cp(e, ' ');
    UChar rep[2];
    int r = map_punct(c, rep);
    if (r < 0)
        return emit_cp(e, c);
    for (int j = 0; j < r; j++)
        if (emit_cp(e, rep[j]) != 0)
            return -1;
    return 0;
}

static int emit_all(emitter *e, const UChar *s, size_t n)
{
    size_t i = 0;
    while (i < n && !e->cut) {
        UChar32 c;
        U16_NEXT(s, i, n, c);
        if (emit_char(e, c) != 0)
            return -1;
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* One source line to UTF-8                                             */

typedef struct dline {
    char *s;
    size_t n;
    int ff;
    int cut;
} dline;

enum { RAW_CTRL = 1, RAW_HIGH = 2 };

static size_t rtrim(const char *s, size_t n)
{
    while (n > 0 && s[n - 1] == ' ')
        n--;
    return n;
}

static tx_status to_utf16(decoder *d, const unsigned char *raw, size_t n,
                          int kind, size_t *un)
{
    if (ubuf_reserve(&d->u1, n + 1) != 0)
        return TX_ENOMEM;
    if (!(kind & RAW_HIGH)) {
        for (size_t i = 0; i < n; i++)
            d->u1.p[i] = raw[i];
        *un = n;
        return TX_OK;
    }
    UErrorCode err = U_ZERO_ERROR;
    int32_t k = ucnv_toUChars(d->cnv, d->u1.p, (int32_t)d->u1.cap,
                              (const char *)raw, (int32_t)n, &err);
    if (U_FAILURE(err) && err != U_STRING_NOT_TERMINATED_WARNING)
        return icu_status(d, err);
    *un = (size_t)k;
    return TX_OK;
}

static tx_status nfkc(decoder *d, const UChar *s, size_t n, size_t *outn)
{
    for (;;) {
        UErrorCode err = U_ZERO_ERROR;
        int32_t k = unorm2_normalize(d->nfkc, s, (int32_t)n, d->u3.p,
                                     (int32_t)d->u3.cap, &err);
        if (err == U_BUFFER_OVERFLOW_ERROR) {
            if (ubuf_reserve(&d->u3, (size_t)k + 1) != 0)
                return TX_ENOMEM;
            continue;
        }
        if (U_FAILURE(err))
            return icu_status(d, err);
        *outn = (size_t)k;
        return TX_OK;
    }
}

static tx_status to_utf8(decoder *d, emitter *e, dline *dl)
{
    char *s = malloc(e->bytes + 1);
    if (!s)
        return TX_ENOMEM;
    UErrorCode err = U_ZERO_ERROR;
    int32_t k = 0;
    u_strToUTF8(s, (int32_t)e->bytes + 1, &k, e->o->p, (int32_t)e->n, &err);
    if (U_FAILURE(err)) {
        free(s);
        return icu_status(d, err);
    }
    dl->n = rtrim(s, (size_t)k);
    s[dl->n] = '\0';
    dl->s = s;
    dl->ff = e->ff;
    dl->cut = e->cut;
    return TX_OK;
}

static tx_status decode_line(decoder *d, const unsigned char *raw, size_t n,
                             int kind, dline *dl)
{
    memset(dl, 0, sizeof *dl);
    if (!kind) {
        dl->n = rtrim((const char *)raw, n);
        dl->s = tx_strndup((const char *)raw, dl->n);
        return dl->s ? TX_OK : TX_ENOMEM;
    }
    size_t un = 0;
    tx_status st = to_utf16(d, raw, n, kind, &un);
    if (st != TX_OK)
        return st;
    const UChar *src = d->u1.p;
    if (kind & RAW_HIGH) {
        size_t mn = 0;
        if (premap(d, un, &mn) != 0)
            return TX_ENOMEM;
        st = nfkc(d, d->u2.p, mn, &un);
        if (st != TX_OK)
            return st;
        src = d->u3.p;
    }
    emitter e = {&d->out, 0, 0, 0, 0, 0, 0};
    if (ubuf_reserve(&d->out, 1) != 0 || emit_all(&e, src, un) != 0)
        return TX_ENOMEM;
    return to_utf8(d, &e, dl);
}

/* ------------------------------------------------------------------ */
/* Output lines, documents, filers                                      */

static void clear_hints(decoder *d)
{
    d->nhints = 0;
    d->shared = NULL;
}

/* The hints of the kept lines.  Consecutive lines under the same marker
 * line share one array (a copy per line would make a table of n lines
 * under m markers cost n * m); tx_text_free() frees each array once. */
static int *shared_hints(decoder *d)
{
    if (!d->shared) {
        d->shared = malloc(d->nhints * sizeof(int));
        if (d->shared)
            memcpy(d->shared, d->hints, d->nhints * sizeof(int));
    }
    return d->shared;
}

static tx_status keep_line(decoder *d, char *s, size_t n)
{
    tx_text *t = d->t;
    if (tx_grow((void **)&t->lines, &d->lines_cap, t->nlines + 1,
                sizeof(tx_line)) != 0) {
        free(s);
        return TX_ENOMEM;
    }
    tx_line *l = &t->lines[t->nlines];
    memset(l, 0, sizeof *l);
    if (d->nhints) {
        l->hints = shared_hints(d);
        if (!l->hints) {
            free(s);
            return TX_ENOMEM;
        }
        l->nhints = d->nhints;
        l->flags |= TX_LINE_HINTS;
    }
    /* EDGAR dash-escaping: a line that began with '-' was sent as "- -...";
       the escape becomes a space so the columns keep their places */
    if (d->edgar && n >= 3 && s[0] == '-' && s[1] == ' ' && s[2] == '-')
        s[0] = ' ';
    l->text = s;
    l->len = n;
    l->src_line = d->src;
    l->doc = d->doc;
    if (d->in_table) {
        l->flags |= TX_LINE_IN_TABLE;
        if (d->table_first == NONE) {
            l->flags |= TX_LINE_TABLE_START;
            d->table_first = t->nlines;
        }
    }
    if (d->page_pending)
        l->flags |= TX_LINE_PAGE_BREAK;
    if (d->caption)
        l->flags |= TX_LINE_CAPTION;
    if (d->fn)
        l->flags |= TX_LINE_FOOTNOTE;
    d->page_pending = 0;
    t->nlines++;
    return TX_OK;
}

static tx_status open_doc(decoder *d)
{
    tx_text *t = d->t;
    if (tx_grow((void **)&t->docs, &d->docs_cap, t->ndocs + 1,
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
    doc->src_first = d->src;
    doc->src_last = d->src;
    d->doc = (int)t->ndocs++;
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

static tx_status add_filer(decoder *d, const char *name, size_t n)
{
    tx_text *t = d->t;
    if (tx_grow((void **)&t->filers, &d->filers_cap, t->nfilers + 1,
                sizeof(tx_filer)) != 0)
        return TX_ENOMEM;
    tx_filer *f = &t->filers[t->nfilers];
    memset(f, 0, sizeof *f);
    f->name = tx_strndup(name, n);
    if (!f->name)
        return TX_ENOMEM;
    d->filer = (int)t->nfilers++;
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
    TK_SEC_DOCUMENT, TK_SEC_HEADER, TK_IMS_HEADER, TK_TYPE, TK_SEQUENCE,
    TK_FILENAME, TK_DESCRIPTION
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
    {"<IMS-HEADER>", TK_IMS_HEADER}, {"<TYPE>", TK_TYPE},
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

static void end_table_flags(decoder *d)
{
    if (d->table_first != NONE && d->t->nlines > d->table_first)
        d->t->lines[d->t->nlines - 1].flags |= TX_LINE_TABLE_END;
}

static void reset_table(decoder *d)
{
    d->in_table = 0;
    d->table_first = NONE;
    d->caption = 0;
    d->fn = 0;
    clear_hints(d);
}

/* A <TABLE> left open when `why` arrives: end it there.  The end of its
 * document's text closes it for sure (EX-27 schedules often leave it open):
 * a warning; anything else leaves its extent in doubt: an error. */
static tx_status close_open_table(decoder *d, const char *why)
{
    if (!d->in_table) {
        d->caption = d->fn = 0;
        clear_hints(d);
        return TX_OK;
    }
    end_table_flags(d);
    reset_table(d);
    tx_severity sev = strcmp(why, "</TEXT>") == 0 || strcmp(why, "</DOCUMENT>") == 0
                          ? TX_WARNING : TX_ERROR;
    if (tx_report_add(d->rep, sev, d->t->name, d->table_src,
                      "decode.unterminated-table",
                      "<TABLE> is not closed before %s", why) != TX_OK)
        return TX_ENOMEM;
    return TX_OK;
}

static tx_status add_marker(decoder *d, const char *s, size_t off)
{
    d->caption = 0;
    if (!d->line_markers) {
        clear_hints(d);
        d->line_markers = 1;
    }
    d->shared = NULL;
    if (tx_grow((void **)&d->hints, &d->hints_cap, d->nhints + 1,
                sizeof(int)) != 0)
        return TX_ENOMEM;
    /* markers come in line order: count columns from the previous one */
    if (off < d->col_off)
        d->col_off = d->col = 0;
    d->col += tx_utf8_columns(s + d->col_off, off - d->col_off);
    d->col_off = off;
    d->hints[d->nhints++] = d->col > INT_MAX ? INT_MAX : (int)d->col;
    return TX_OK;
}

static tx_status end_document(decoder *d, const char *why)
{
    tx_status st = close_open_table(d, why);
    if (d->doc >= 0)
        d->t->docs[d->doc].src_last = d->src;
    d->doc = -1;
    return st;
}

static tx_status apply_tag(decoder *d, const char *s, const tag *g)
{
    d->edgar = 1;
    switch (g->kind) {
    case TK_DOCUMENT: {
        tx_status st = close_open_table(d, "<DOCUMENT>");
        if (st != TX_OK)
            return st;
        if (d->doc >= 0)
            d->t->docs[d->doc].src_last = d->src - 1;
        return open_doc(d);
    }
    case TK_DOCUMENT_END: return end_document(d, "</DOCUMENT>");
    case TK_TEXT_END: return close_open_table(d, "</TEXT>");
    case TK_PAGE: d->page_pending = 1; return TX_OK;
    case TK_TABLE: {
        tx_status st = close_open_table(d, "another <TABLE>");
        reset_table(d);
        d->in_table = 1;
        d->table_src = d->src;
        return st;
    }
    case TK_TABLE_END:
        end_table_flags(d);
        reset_table(d);
        return TX_OK;
    case TK_CAPTION: d->caption = 1; return TX_OK;
    case TK_CAPTION_END: d->caption = 0; return TX_OK;
    case TK_FN: d->fn = 1; return TX_OK;
    case TK_FN_END: d->fn = 0; return TX_OK;
    case TK_S: case TK_C: return add_marker(d, s, g->off);
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
static int terminator_ahead(decoder *d, size_t from)
{
    if (d->term_valid && from >= d->term_from &&
        (d->term_at == NONE || from <= d->term_at))
        return d->term_at != NONE;
    size_t at = NONE;
    for (size_t i = from; i < d->len;) {
        const unsigned char *p = memchr(d->bytes + i, '<', d->len - i);
        if (!p)
            break;
        i = (size_t)(p - d->bytes);
        if (at_terminator(p, d->len - i)) {
            at = i;
            break;
        }
        i++;
    }
    d->term_valid = 1;
    d->term_from = from;
    d->term_at = at;
    return at != NONE;
}

static void start_header(decoder *d)
{
    d->edgar = 1;
    d->header = terminator_ahead(d, d->next) ? HDR_HARD : HDR_SOFT;
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

static tx_status header_fields(decoder *d, const char *line)
{
    const char *s = skip_spaces(line), *v;
    if ((v = header_value(s, "COMPANY CONFORMED NAME:")) != NULL)
        return add_filer(d, v, strlen(v));
    if ((v = header_value(s, "CENTRAL INDEX KEY:")) != NULL) {
        if (d->filer < 0 && add_filer(d, "", 0) != TX_OK)
            return TX_ENOMEM;
        set_cik(&d->t->filers[d->filer], v);
    } else if ((v = header_value(s, "CONFORMED PERIOD OF REPORT:")) != NULL) {
        set_period(d->t, v);
    } else if ((v = header_value(s, "CONFORMED SUBMISSION TYPE:")) != NULL) {
        set_form_type(d->t, v);
    }
    return TX_OK;
}

/* A line inside the header.  *keep is set when the header ended at this
 * line and the line must go through the normal path (<DOCUMENT>). */
static tx_status header_line(decoder *d, const dline *dl, int *keep)
{
    *keep = 0;
    if (tx_strcasestr(dl->s, "</SEC-HEADER>") ||
        tx_strcasestr(dl->s, "</IMS-HEADER>")) {
        d->header = HDR_NONE;
        return TX_OK;
    }
    if (tx_strcasestr(dl->s, "<DOCUMENT>")) {
        d->header = HDR_NONE;
        *keep = 1;
        return TX_OK;
    }
    if (d->header == HDR_SOFT && dl->n == 0) {
        d->header = HDR_NONE;
        return TX_OK;
    }
    return header_fields(d, dl->s);
}

/* ------------------------------------------------------------------ */
/* SGML lines                                                           */

typedef struct scan {
    size_t ntags;
    int has_text;
    size_t first_text;
    size_t value; /* index of a value tag, or NONE */
} scan;

static tx_status scan_tags(decoder *d, const char *s, size_t n, scan *sc)
{
    memset(sc, 0, sizeof *sc);
    sc->value = NONE;
    size_t i = 0;
    while (i < n) {
        size_t k = 0;
        int kind = s[i] == '<' ? match_tag(s + i, n - i, !sc->has_text, &k) : 0;
        if (kind) {
            if (tx_grow((void **)&d->tags, &d->tags_cap, sc->ntags + 1,
                        sizeof(tag)) != 0)
                return TX_ENOMEM;
            d->tags[sc->ntags++] = (tag){i, k, kind};
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

static tx_status apply_value_tag(decoder *d, const char *s, size_t n,
                                 const tag *g)
{
    const char *v = skip_spaces(s + g->off + g->len);
    size_t vn = (size_t)(s + n - v);
    switch (g->kind) {
    case TK_SEC_HEADER: case TK_IMS_HEADER:
        start_header(d);
        return TX_OK;
    case TK_TYPE: case TK_DESCRIPTION: {
        if (d->doc < 0 && open_doc(d) != TX_OK)
            return TX_ENOMEM;
        tx_document *doc = &d->t->docs[d->doc];
        return set_string(g->kind == TK_TYPE ? &doc->type : &doc->description,
                          v, vn);
    }
    default:
        return TX_OK;
    }
}

/* Applies tags[0..to) in order: all of them (pass -1), those acting before
 * the line is kept (pass 0) or those acting after it (pass 1). */
static tx_status apply_tags(decoder *d, const char *s, const scan *sc,
                            size_t to, int pass)
{
    for (size_t i = 0; i < to; i++) {
        const tag *g = &d->tags[i];
        int late = sc->has_text && g->off > sc->first_text &&
                   acts_after_text(g->kind);
        if (pass >= 0 && late != pass)
            continue;
        tx_status st = apply_tag(d, s, g);
        if (st != TX_OK)
            return st;
    }
    return TX_OK;
}

static tx_status keep_text_line(decoder *d, dline *dl)
{
    if (dl->n == 0 && dl->ff) {
        d->page_pending = 1;
        free(dl->s);
        return TX_OK;
    }
    if (dl->ff & FF_BEFORE)
        d->page_pending = 1;
    tx_status st = keep_line(d, dl->s, dl->n);
    if (dl->ff & FF_AFTER)
        d->page_pending = 1;
    return st;
}

static tx_status sgml_line(decoder *d, dline *dl)
{
    scan sc;
    tx_status st = scan_tags(d, dl->s, dl->n, &sc);
    if (st != TX_OK || sc.ntags == 0) {
        if (st != TX_OK)
            free(dl->s);
        return st != TX_OK ? st : keep_text_line(d, dl);
    }
    if (sc.value != NONE || !sc.has_text) {
        size_t to = sc.value != NONE ? sc.value : sc.ntags;
        if (dl->ff)
            d->page_pending = 1;
        st = apply_tags(d, dl->s, &sc, to, -1);
        if (st == TX_OK && sc.value != NONE)
            st = apply_value_tag(d, dl->s, dl->n, &d->tags[sc.value]);
        free(dl->s);
        return st;
    }
    st = apply_tags(d, dl->s, &sc, sc.ntags, 0);
    for (size_t i = 0; i < sc.ntags; i++)
        memset(dl->s + d->tags[i].off, ' ', d->tags[i].len);
    dl->n = rtrim(dl->s, dl->n);
    dl->s[dl->n] = '\0';
    if (st != TX_OK) {
        free(dl->s);
        return st;
    }
    st = keep_text_line(d, dl); /* the line is no longer ours */
    return st != TX_OK ? st : apply_tags(d, NULL, &sc, sc.ntags, 1);
}

static int line_is(const dline *dl, const char *what)
{
    const char *s = skip_spaces(dl->s);
    size_t k = strlen(what);
    return tx_strncaseeq(s, what, k) && s[k] == '\0';
}

/* An EDGAR header without PEM or <SEC-HEADER> wrapper at the top. */
static int bare_header(const dline *dl)
{
    const char *s = skip_spaces(dl->s);
    return header_value(s, "ACCESSION NUMBER:") != NULL ||
           header_value(s, "CONFORMED SUBMISSION TYPE:") != NULL;
}

/* Takes ownership of dl->s. */
static tx_status process_line(decoder *d, dline *dl)
{
    int first = !d->any_content && dl->n;
    d->line_markers = 0;
    d->col_off = d->col = 0;
    if (dl->n)
        d->any_content = 1;
    if (first && d->header == HDR_NONE && bare_header(dl))
        start_header(d);
    if (d->header != HDR_NONE) {
        int keep = 0;
        tx_status st = header_line(d, dl, &keep);
        if (st != TX_OK || !keep) {
            free(dl->s);
            return st;
        }
    }
    if (line_is(dl, PEM_BEGIN) || line_is(dl, PEM_END)) {
        if (line_is(dl, PEM_BEGIN))
            start_header(d);
        free(dl->s);
        return TX_OK;
    }
    if (!memchr(dl->s, '<', dl->n))
        return keep_text_line(d, dl);
    return sgml_line(d, dl);
}

/* ------------------------------------------------------------------ */
/* Main loop                                                            */

/* End of the line starting at `pos`, and what kind of bytes it holds. */
static size_t line_end(const unsigned char *b, size_t len, size_t pos,
                       int *kind)
{
    int k = 0;
    size_t e = pos;
    for (; e < len; e++) {
        unsigned char c = b[e];
        if (c == '\n' || c == '\r')
            break;
        if (c >= 0x80)
            k |= RAW_HIGH;
        else if (c < 0x20 || c == 0x7F)
            k |= RAW_CTRL;
    }
    *kind = k;
    return e;
}

static size_t cut_point(const decoder *d, const unsigned char *raw)
{
    size_t n = TX_MAX_LINE;
    if (d->t->encoding == ENC_UTF8)
        while (n > TX_MAX_LINE - 3 && (raw[n] & 0xC0) == 0x80)
            n--;
    return n;
}

/* n: bytes of the source line, or 0 when the line grew past the limit
 * only once decoded (tabs expanded, NFKC). */
static tx_status report_long(decoder *d, size_t n)
{
    tx_status st;
    d->any_content = 1;
    if (n)
        st = tx_report_add(d->rep, TX_ERROR, d->t->name, d->src,
                           "decode.line-too-long",
                           "line of %zu bytes is longer than %d bytes; cut",
                           n, TX_MAX_LINE);
    else
        st = tx_report_add(d->rep, TX_ERROR, d->t->name, d->src,
                           "decode.line-too-long",
                           "line is longer than %d bytes once tabs are "
                           "expanded; cut", TX_MAX_LINE);
    return st == TX_OK ? TX_OK : TX_ENOMEM;
}

static tx_status one_line(decoder *d, size_t pos)
{
    int kind = 0;
    size_t e = line_end(d->bytes, d->len, pos, &kind);
    d->next = e;
    if (e < d->len)
        d->next += (d->bytes[e] == '\r' && e + 1 < d->len &&
                    d->bytes[e + 1] == '\n') ? 2 : 1;
    size_t n = e - pos;
    int cut = 0;
    if (n > TX_MAX_LINE) {
        if (report_long(d, n) != TX_OK)
            return TX_ENOMEM;
        n = cut_point(d, d->bytes + pos);
        cut = 1;
    }
    dline dl;
    tx_status st = decode_line(d, d->bytes + pos, n, kind, &dl);
    if (st != TX_OK)
        return st;
    if (dl.cut && !cut && report_long(d, 0) != TX_OK) {
        free(dl.s);
        return TX_ENOMEM;
    }
    return process_line(d, &dl);
}

static tx_status finish(decoder *d)
{
    tx_status st = close_open_table(d, "the end of the file");
    if (d->doc >= 0)
        d->t->docs[d->doc].src_last = d->src;
    return st;
}

static tx_status run(decoder *d, size_t start)
{
    for (size_t pos = start; pos < d->len; pos = d->next) {
        d->src++;
        tx_status st = one_line(d, pos);
        if (st != TX_OK)
            return st;
    }
    tx_status st = finish(d);
    if (st == TX_OK && !d->any_content) {
        st = tx_report_add(d->rep, TX_ERROR, d->t->name, 0, "decode.empty",
                           "the input holds only white space");
        st = st == TX_OK ? TX_EINPUT : TX_ENOMEM;
    }
    return st;
}

static tx_status open_icu(decoder *d)
{
    UErrorCode err = U_ZERO_ERROR;
    d->nfkc = unorm2_getNFKCInstance(&err);
    if (U_FAILURE(err))
        return icu_status(d, err);
    d->cnv = ucnv_open(d->t->encoding, &err);
    if (U_FAILURE(err)) {
        d->cnv = NULL;
        return icu_status(d, err);
    }
    return TX_OK;
}

static void decoder_free(decoder *d)
{
    if (d->cnv)
        ucnv_close(d->cnv);
    free(d->u1.p);
    free(d->u2.p);
    free(d->u3.p);
    free(d->out.p);
    free(d->tags);
    free(d->hints);
}

/* Errors found before any line is read: empty or binary input. */
static tx_status precheck(const char *name, const unsigned char *b,
                          size_t len, size_t start, tx_report *rep)
{
    tx_status st = TX_OK;
    size_t off = 0, bad = 0, window = 0;
    if (all_space(b + start, len - start)) {
        st = tx_report_add(rep, TX_ERROR, name, 0, "decode.empty",
                           len ? "the input holds only white space"
                               : "the input is empty");
    } else if (find_binary(b, len, &off, &bad, &window)) {
        long line = line_of_offset(b, len, off);
        if (bad == 0)
            st = tx_report_add(rep, TX_ERROR, name, line, "decode.binary",
                               "NUL byte at offset %zu: not a text exhibit",
                               off);
        else
            st = tx_report_add(rep, TX_ERROR, name, line, "decode.binary",
                               "%zu of the first %zu bytes are control "
                               "characters: not a text exhibit", bad, window);
    } else {
        return TX_OK;
    }
    return st == TX_OK ? TX_EINPUT : TX_ENOMEM;
}

tx_status tx_decode(const char *name, const unsigned char *bytes, size_t len,
                    tx_report *rep, tx_text **out)
{
    if (!out || (!bytes && len))
        return TX_EUSAGE;
    *out = NULL;
    if (!name)
        name = "-";
    if (!bytes)
        bytes = (const unsigned char *)"";
    int bom = len >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB &&
              bytes[2] == 0xBF;
    size_t start = bom ? 3 : 0;
    tx_status st = precheck(name, bytes, len, start, rep);
    if (st != TX_OK)
        return st;

    decoder d;
    memset(&d, 0, sizeof d);
    d.t = calloc(1, sizeof(tx_text));
    if (!d.t || !(d.t->name = tx_strdup(name))) {
        free(d.t);
        return TX_ENOMEM;
    }
    d.t->encoding = detect_encoding(bytes + start, len - start, bom);
    d.rep = rep;
    d.bytes = bytes;
    d.len = len;
    d.doc = d.filer = -1;
    d.table_first = NONE;
    st = open_icu(&d);
    if (st == TX_OK)
        st = run(&d, start);
    decoder_free(&d);
    if (st != TX_OK) {
        tx_text_free(d.t);
        return st;
    }
    *out = d.t;
    return TX_OK;
}

void tx_text_free(tx_text *text)
{
    if (!text)
        return;
    for (size_t i = 0; i < text->nlines; i++) {
        free(text->lines[i].text);
        if (i == 0 || text->lines[i].hints != text->lines[i - 1].hints)
            free(text->lines[i].hints);
    }
    free(text->lines);
    for (size_t i = 0; i < text->ndocs; i++) {
        free(text->docs[i].type);
        free(text->docs[i].description);
    }
    free(text->docs);
    for (size_t i = 0; i < text->nfilers; i++)
        free(text->filers[i].name);
    free(text->filers);
    free(text->name);
    free(text);
}

size_t tx_utf8_columns(const char *s, size_t nbytes)
{
    size_t cols = 0;
    if (!s)
        return 0;
    for (size_t i = 0; i < nbytes && s[i]; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            cols++;
    return cols;
}

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
 * nothing in them needs mapping).  Each decoded line then goes to the EDGAR
 * layer (read/sgml.c), which builds the tx_text's lines, documents and
 * filers out of them.
 */
#include "read/decode.h"

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
#include "read/sgml.h"

#define NONE ((size_t)-1)
#define BINARY_WINDOW 65536u
#define TAB_STOP 8u

static const char ENC_UTF8[] = "UTF-8";
static const char ENC_CP1252[] = "windows-1252";
static const char ENC_LATIN1[] = "ISO-8859-1";

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

typedef struct decoder {
    tx_text *t;
    tx_report *rep;
    tx_sgml *sgml;        /* the EDGAR layer the decoded lines go to    */
    UConverter *cnv;
    const UNormalizer2 *nfkc;
    ubuf u1, u2, u3, out;
    /* input */
    const unsigned char *bytes;
    size_t len;
    size_t next;          /* offset just after the current source line */
    long src;             /* current source line                        */
    int any_content;      /* a line with content (or cut) has been read */
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
    int ff;         /* TX_FF_BEFORE / TX_FF_AFTER   */
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
        e->ff |= e->text ? TX_FF_AFTER : TX_FF_BEFORE;
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
    dl->n = tx_trim_spaces(s, (size_t)k);
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
        dl->n = tx_trim_spaces((const char *)raw, n);
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
    tx_dline line = {dl.s, dl.n, dl.ff, d->src, d->next, !d->any_content && dl.n};
    if (dl.n)
        d->any_content = 1;
    return tx_sgml_line(d->sgml, &line);
}

static tx_status run(decoder *d, size_t start)
{
    for (size_t pos = start; pos < d->len; pos = d->next) {
        d->src++;
        tx_status st = one_line(d, pos);
        if (st != TX_OK)
            return st;
    }
    tx_status st = tx_sgml_finish(d->sgml, d->src);
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
    tx_sgml_free(d->sgml);
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
    d.sgml = tx_sgml_new(d.t, rep, bytes, len);
    st = d.sgml ? open_icu(&d) : TX_ENOMEM;
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

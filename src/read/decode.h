/*
 * decode.h - stage 1: bytes to normalised UTF-8 lines (internal).
 *
 * tx_decode() takes the raw bytes of an exhibit and returns a tx_text:
 *   - the encoding is detected (UTF-8 with or without BOM, Windows-1252,
 *     ISO-8859-1) and the text converted to UTF-8 with ICU;
 *   - every line is normalised: NFKC (so NBSP becomes a space), curly
 *     quotes become ASCII quotes, en dash and minus sign become '-', em dash
 *     becomes "--", tabs are expanded to 8-column stops, CR/CRLF line ends
 *     and trailing white space are dropped, other control characters become
 *     spaces;
 *   - EDGAR SGML wrappers are removed from the text but remembered: lines
 *     holding only tags are dropped, and the lines that follow carry flags
 *     saying what surrounded them (inside <TABLE>, after a <PAGE>, ...);
 *     column-marker lines ("<S>   <C>   <C>") become hint positions;
 *   - the EDGAR header (<SEC-HEADER> / "COMPANY CONFORMED NAME:" /
 *     "CENTRAL INDEX KEY:" / "CONFORMED PERIOD OF REPORT:") is read into
 *     filers and is not part of the lines;
 *   - each output line keeps the 1-based number of the source line it came
 *     from, for every later diagnostic.
 *
 * Ownership: the tx_text and everything it points to belongs to the caller
 * and is released with tx_text_free().
 */
#ifndef TX_DECODE_H
#define TX_DECODE_H

#include "txbrl.h"

/* Flags of a line (bit set). */
enum {
    TX_LINE_IN_TABLE = 1u << 0,    /* between <TABLE> and </TABLE>              */
    TX_LINE_TABLE_START = 1u << 1, /* first kept line after a <TABLE> tag       */
    TX_LINE_TABLE_END = 1u << 2,   /* last kept line before a </TABLE> tag      */
    TX_LINE_PAGE_BREAK = 1u << 3,  /* a <PAGE> tag (or form feed) came before it */
    TX_LINE_CAPTION = 1u << 4,     /* between <CAPTION> and </CAPTION>          */
    TX_LINE_FOOTNOTE = 1u << 5,    /* between <FN> and </FN>                    */
    TX_LINE_HINTS = 1u << 6        /* hints[] holds <S>/<C> column positions that
                                      applied to this line (the marker line itself
                                      is dropped; hints go on the following lines
                                      of the same <TABLE>)                      */
};

typedef struct tx_line {
    char *text;        /* NUL-terminated UTF-8, no line terminator, no
                          trailing spaces; never NULL ("" for blank)        */
    size_t len;        /* strlen(text)                                        */
    long src_line;     /* 1-based line number in the original file          */
    unsigned flags;    /* TX_LINE_* bits                                      */
    int doc;           /* index into tx_text.docs, -1 outside any <DOCUMENT> */
    int *hints;        /* display columns (0-based) of <S>/<C> markers, or NULL;
                          read-only: consecutive lines share one array        */
    size_t nhints;
} tx_line;

/* One <DOCUMENT> of an EDGAR submission. */
typedef struct tx_document {
    char *type;        /* <TYPE> value, e.g. "EX-99.1", "10-Q", "EX-27"; "" if none */
    char *description; /* <DESCRIPTION> value or ""                              */
    long src_first;    /* source line of <DOCUMENT>                               */
    long src_last;     /* source line of </DOCUMENT> (or last line)               */
} tx_document;

/* A filer named in the EDGAR header. */
typedef struct tx_filer {
    char *name;        /* COMPANY CONFORMED NAME                                 */
    char cik[11];      /* CENTRAL INDEX KEY, 10 digits zero-padded, "" if absent */
} tx_filer;

typedef struct tx_text {
    char *name;               /* file name used in diagnostics                */
    const char *encoding;     /* "UTF-8", "windows-1252" or "ISO-8859-1"       */
    tx_line *lines;
    size_t nlines;
    tx_document *docs;
    size_t ndocs;
    tx_filer *filers;
    size_t nfilers;
    char period_of_report[9]; /* "YYYYMMDD" from CONFORMED PERIOD OF REPORT, or "" */
    char form_type[32];       /* CONFORMED SUBMISSION TYPE, or ""                   */
} tx_text;

/* Decodes `len` bytes.  `name` is copied and used in diagnostics.
 * Errors (exit-1 class, reported to `rep` with file and line):
 *   decode.empty      the input has no bytes, or only white space
 *   decode.binary     NUL bytes or mostly control bytes: not a text exhibit
 *   decode.line-too-long  a line longer than TX_MAX_LINE bytes (64 KiB) is
 *                     cut to that length (error; decoding goes on)
 *   decode.unterminated-table  <TABLE> without </TABLE> (error; a warning
 *                     when </TEXT> or </DOCUMENT> closes it; the lines
 *                     are still read)
 * Returns TX_OK (errors that do not stop decoding are in the report),
 * TX_EINPUT (then *out is NULL), or TX_ENOMEM.
 *   decode.encoding   ICU failed for a reason other than memory (error) */
#define TX_MAX_LINE (64 * 1024)  /* no real exhibit line comes near it */
tx_status tx_decode(const char *name, const unsigned char *bytes, size_t len,
                    tx_report *rep, tx_text **out);

void tx_text_free(tx_text *text);

/* Display width helpers used by later stages: number of code points in the
 * first `nbytes` bytes of a UTF-8 string (every code point is one column
 * after normalisation). */
size_t tx_utf8_columns(const char *s, size_t nbytes);

#endif /* TX_DECODE_H */

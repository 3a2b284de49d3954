/*
 * text.h - a decoded exhibit: normalised UTF-8 lines with the EDGAR
 * structure around them (internal).
 *
 * read/decode.c turns bytes into lines (charset, normalisation, tabs);
 * read/sgml.c, the stage after it, removes the EDGAR SGML wrappers and
 * records them here: the flags of each line (inside <TABLE>, after a
 * <PAGE>, ...), the <S>/<C> column hints, the <DOCUMENT>s, and the filers,
 * period and form type of the EDGAR header.  Every later stage reads a
 * tx_text.
 *
 * Ownership: the tx_text and everything it points to belongs to the caller
 * of tx_decode() and is released with tx_text_free().
 */
#ifndef TX_TEXT_H
#define TX_TEXT_H

#include <stddef.h>

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

/* What a company named in the EDGAR header (or on the cover) is to the
 * filing. */
typedef enum tx_filer_role {
    TX_FILER_FILER = 0, /* FILER: the registrant                                */
    TX_FILER_SUBJECT,   /* SUBJECT COMPANY: another company the filing is about */
    TX_FILER_FORMER,    /* FORMER CONFORMED NAME of the company before it (same CIK) */
    TX_FILER_COVER      /* no EDGAR header: the registrant the cover page names
                           ("XEROX CORPORATION / (Exact name of registrant as
                           specified in its charter)"); no CIK                */
} tx_filer_role;

/* A company named in the EDGAR header. */
typedef struct tx_filer {
    char *name;        /* COMPANY CONFORMED NAME                                 */
    char cik[11];      /* CENTRAL INDEX KEY, 10 digits zero-padded, "" if absent */
    tx_filer_role role;
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

void tx_text_free(tx_text *text);

/* Display width helpers used by later stages: number of code points in the
 * first `nbytes` bytes of a UTF-8 string (every code point is one column
 * after normalisation). */
size_t tx_utf8_columns(const char *s, size_t nbytes);

/* Length of s[0..n) less its trailing spaces: the form of every line. */
size_t tx_trim_spaces(const char *s, size_t n);

#endif /* TX_TEXT_H */

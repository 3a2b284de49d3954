/*
 * sgml.h - the EDGAR layer of decoding: SGML wrappers to line flags
 * (internal).
 *
 * The stage after read/decode.c: it takes the decoded lines one at a time
 * and builds the tx_text (read/text.h) out of them:
 *   - the EDGAR header (<SEC-HEADER>, <IMS-HEADER>, a PEM wrapper, or a bare
 *     "ACCESSION NUMBER:" / "CONFORMED SUBMISSION TYPE:" block at the top)
 *     is read into filers, period of report and form type, and dropped;
 *   - <DOCUMENT> ... </DOCUMENT> become tx_documents (<TYPE>,
 *     <DESCRIPTION>);
 *   - the tags it knows (<TEXT>, <PAGE>, <TABLE>, <CAPTION>, <FN>, <S>,
 *     <C> and their ends) are removed from the lines: a line of tags only is
 *     dropped, the lines after them carry TX_LINE_* flags, <S>/<C> marker
 *     columns become hints;
 *   - form feeds set TX_LINE_PAGE_BREAK; EDGAR's dash-escaping ("- -" at the
 *     start of a line) is undone once an EDGAR tag has been seen.
 * Finding: decode.unterminated-table (<TABLE> without </TABLE>: a warning
 * when </TEXT> or </DOCUMENT> closes it, else an error).
 */
#ifndef TX_SGML_H
#define TX_SGML_H

#include <stddef.h>

#include "read/text.h"

/* Form feeds on a decoded line (bit set). */
enum {
    TX_FF_BEFORE = 1,   /* before the first non-space character of the line */
    TX_FF_AFTER = 2     /* after it                                          */
};

/* One decoded source line. */
typedef struct tx_dline {
    char *s;        /* NUL-terminated normalised UTF-8 without trailing
                       spaces; tx_sgml_line() takes it                       */
    size_t n;       /* strlen(s)                                              */
    int ff;         /* TX_FF_* bits                                           */
    long src;       /* 1-based source line                                    */
    size_t next;    /* offset in the raw input just after the line           */
    int first;      /* not blank, and no line before it had content (or was
                       cut for its length)                                   */
} tx_dline;

typedef struct tx_sgml tx_sgml;

/* A new stage filling `t` (lines, docs, filers, period, form type) and
 * reporting to `rep` under t->name.  bytes[0..len) is the raw input: where
 * an EDGAR header ends is looked for ahead in it.  NULL on no memory. */
tx_sgml *tx_sgml_new(tx_text *t, tx_report *rep, const unsigned char *bytes, size_t len);

/* Takes the next line (and ownership of line->s).  TX_OK or TX_ENOMEM. */
tx_status tx_sgml_line(tx_sgml *sg, tx_dline *line);

/* The input ended after source line `last`: closes an open <TABLE> and the
 * open document.  TX_OK or TX_ENOMEM. */
tx_status tx_sgml_finish(tx_sgml *sg, long last);

void tx_sgml_free(tx_sgml *sg);

#endif /* TX_SGML_H */

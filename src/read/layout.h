/*
 * layout.h - the geometry of one line of fixed-width text (internal).
 *
 * A line is cut into tokens (runs of non-space characters) with their
 * display columns, and into chunks (runs of tokens separated by single
 * spaces; two or more spaces end a chunk).  The trailing run of amount
 * tokens that stands at least two spaces right of the label is the line's
 * value part.  Every later stage works on these positions, never on bytes.
 */
#ifndef TX_LAYOUT_H
#define TX_LAYOUT_H

#include <stddef.h>

#include "read/amount.h"

typedef struct tx_token {
    size_t off, len;   /* bytes in the line                                 */
    int col, end;      /* display columns [col, end)                        */
} tx_token;

/* One amount printed on a line: a '$' token standing alone is merged into
 * the amount that follows it. */
typedef struct tx_vtoken {
    tx_amount amount;
    int col, end;      /* columns of the whole printed token ('$' excluded) */
    int anchor;        /* column just after the last digit (or after the nil
                          marker): right-aligned amounts share anchors       */
    size_t off, len;   /* bytes of the printed token, for display            */
} tx_vtoken;

typedef enum tx_line_class {
    TX_LC_BLANK = 0,
    TX_LC_TEXT,        /* words, no value part                             */
    TX_LC_DATA,        /* a value part (with or without a label)           */
    TX_LC_RULE,        /* only runs of '-', '=' or '_'                     */
    TX_LC_YEARS,       /* only four-digit years (a column header line)     */
    TX_LC_PAGENUM      /* a lone small number: a page number               */
} tx_line_class;

typedef struct tx_layout {
    tx_line_class cls;
    int indent;              /* column of the first non-space character, -1 if blank */
    tx_token *tokens;
    size_t ntokens;
    tx_vtoken *values;       /* the value part, left to right                */
    size_t nvalues;
    size_t label_tokens;     /* tokens [0, label_tokens) are the label        */
    int label_end;           /* column after the label's last character (0 if none) */
    int rule_double;         /* TX_LC_RULE: 1 if made of '=' (a double rule)   */
} tx_layout;

/* Analyses `text`.  Returns 0, or -1 on allocation failure.  Release with
 * tx_layout_clear(). */
int tx_layout_line(const char *text, tx_layout *out);
void tx_layout_clear(tx_layout *lay);

/* A chunk: tokens [first, first+count) with no double space inside. */
typedef struct tx_chunk {
    size_t first, count;
    int col, end;
} tx_chunk;

/* Cuts tokens [from, to) of a laid-out line into chunks.  Returns the
 * number of chunks written to out (at most max). */
size_t tx_layout_chunks(const tx_layout *lay, size_t from, size_t to,
                        tx_chunk *out, size_t max);

/* 1 if the token is a four-digit year 1900..2099 (optionally with a glued
 * footnote marker). */
int tx_token_is_year(const char *text, const tx_token *t);

#endif

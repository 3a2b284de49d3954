/*
 * lineinfo.h - a compact summary of every line of a decoded exhibit
 * (internal): its layout class, indentation, where its values start, and
 * whether it reads as a footnote, prose, capitals or a heading; a lone
 * number before a page break is a page number (TX_LC_PAGENUM) and the lines
 * of EX-27 documents are text.  Built once per exhibit; segmentation
 * (read/segment.h) decides with it where tables are.
 */
#ifndef TX_LINEINFO_H
#define TX_LINEINFO_H

#include "read/layout.h"
#include "read/text.h"

typedef struct tx_lineinfo {
    tx_line_class cls;
    int indent;          /* -1 for blank lines                          */
    int end;             /* column after the last character             */
    int vleft;           /* column of the first value token, -1 if none */
    int label_end;
    int nvalues;         /* values on the line                          */
    unsigned fn_start : 1;  /* starts with a footnote marker and words: "(1) The ..." */
    unsigned sentence : 1;  /* prose: ". " inside or a final '.'         */
    unsigned caps : 1;      /* all letters upper case                    */
    unsigned colon : 1;     /* ends with ':'                             */
    unsigned lower : 1;     /* first letter is lower case                */
} tx_lineinfo;

/* Summarises every line (one pass).  Returns NULL on allocation failure. */
tx_lineinfo *tx_lineinfo_build(const tx_text *text);

#endif /* TX_LINEINFO_H */

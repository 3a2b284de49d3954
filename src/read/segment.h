/*
 * segment.h - stage 2: lines to tables (internal).
 *
 * Finds every block of numbers laid out in columns and, around it, the
 * column header (lines over the value columns), the title block (centred
 * entity, statement title, scale, audit note), the footnotes printed after
 * it, and footnote tables that share a parent's columns ("(1) ... relates
 * to the following categories:" followed by rows).  Narrative, contact
 * blocks and page numbers are left out.
 */
#ifndef TX_SEGMENT_H
#define TX_SEGMENT_H

#include "read/model.h"

/* A compact per-line summary that segment, header and body share. */
typedef struct tx_lineinfo {
    tx_line_class cls;
    int indent;          /* -1 for blank lines                          */
    int end;             /* column after the last character             */
    int vleft;           /* column of the first value token, -1 if none */
    int label_end;
    unsigned fn_start : 1;  /* starts with a footnote marker and words: "(1) The ..." */
    unsigned sentence : 1;  /* prose: ". " inside or a final '.'         */
    unsigned caps : 1;      /* all letters upper case                    */
    unsigned colon : 1;     /* ends with ':'                             */
    unsigned lower : 1;     /* first letter is lower case                */
} tx_lineinfo;

/* Summarises every line (one pass).  Returns NULL on allocation failure. */
tx_lineinfo *tx_lineinfo_build(const tx_text *text);

/* Cuts the text into tables (title, header and body line ranges, parent,
 * entity, title, scale, audit note, footnotes).  Appends to *tables.
 * Findings: segment.no-tables (error, TX_EINPUT) when none is found and
 * `need_tables` (0 for an exhibit whose EX-27 schedules are what it holds:
 * finding no table there is no error). */
tx_status tx_segment(const tx_text *text, const tx_lineinfo *info, int need_tables,
                     tx_report *rep, tx_table **tables, size_t *ntables);

/* Reads a scale phrase ("(in thousands, except per share amounts)",
 * "(Dollars in millions except per share data)", "(000's omitted)").
 * Returns 1 and fills *sc when `s` states a scale, else 0. */
int tx_scale_parse(const char *s, tx_scale *sc);

#endif

/*
 * body.h - stage 4: a table's body lines to rows of exact values (internal).
 *
 * Each body line is a data line (label and values), a rule, a blank, or
 * words with no values.  Words with no values are either part of a wrapped
 * label (joined forward onto the next data line, or backward onto the data
 * line above when they continue it in lower case), a section heading
 * (ending in ':' or in capitals), or a caption ("Commitments and
 * contingencies").  Headings nest:
 *   - a capitals heading is outermost and closes every other heading;
 *   - a colon heading closes open colon headings indented as far or further;
 *   - a line indented no further than an open colon heading closes it;
 *   - a row under a single rule is a total: it closes the innermost heading
 *     whose words its label repeats ("Total current assets" closes
 *     "Current assets:"), and is recorded inside it; a "Total ..." that
 *     matches none closes the innermost heading.
 * Values are placed in the nearest column and scaled by the table's rule
 * for the row's kind (money, share counts, per-share amounts).
 */
#ifndef TX_BODY_H
#define TX_BODY_H

#include "read/model.h"

/* Fills t->rows.  Findings: body.unaligned-value, body.column-clash
 * (warnings), body.overflow (error). */
tx_status tx_body_read(const tx_text *text, tx_table *t, tx_report *rep);

/* Self-check by footing: every row printed under a single rule (or that
 * closes a section) must be a sum of the rows it stands for, with one
 * choice of signs for every column: the items of its section, the totals
 * of the sections inside it, and earlier subtotals of its level ("Gross
 * profit" = "Total revenue" - "Total cost").  A total no sign choice
 * reaches is reported with the rows involved (body.not-footing, warning);
 * t->foot_checked and t->foot_failed count them.  0, or -1 on no memory.
 * tx_body_read() calls it. */
int tx_body_foot(const tx_text *text, tx_table *t, tx_report *rep);

/* The kind of values a row holds, from its label and heading path. */
tx_value_kind tx_value_kind_of(const char *label, const char *path);

#endif

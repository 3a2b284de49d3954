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

/* Fills t->rows, then checks them by footing (read/footing.h).  Findings:
 * body.unaligned-value, body.column-clash (warnings), body.overflow
 * (error), and those of tx_body_foot(). */
tx_status tx_body_read(const tx_text *text, tx_table *t, tx_report *rep);

/* The kind of values a row holds, from its label and heading path. */
tx_value_kind tx_value_kind_of(const char *label, const char *path);

#endif

/*
 * basis.h - on which basis a table's numbers are, and of which part of the
 * entity (internal).
 *
 * Read after a table's columns and their periods (header.c), from the words
 * the reader already has (each column's stacked header words, the title)
 * and from the lines over the body:
 *
 *   - each column's basis: "Pro Forma", "Pro Forma Combined", a date column
 *     of a pro forma statement (TX_BASIS_PRO_FORMA); "Pro Forma
 *     Adjustments", or "Adjustments" in a pro forma statement
 *     (TX_BASIS_PRO_FORMA_ADJ); "As previously reported", "As reported"
 *     (TX_BASIS_PREVIOUS); "Adjustments" beside them, "Restatement
 *     adjustments" (TX_BASIS_RESTATEMENT_ADJ); other adjustments,
 *     reclassifications, eliminations (TX_BASIS_OTHER, named by their
 *     words).  "Restated", "As restated" and "Historical" are the reported
 *     amounts: TX_BASIS_REPORTED.
 *   - each column's part: a company it names ("GSI Historical", "FRAME
 *     TECHNOLOGY CORPORATION SEPTEMBER 30,", a name under a spanning
 *     "Historical"), the parent company ("Parent Company"), a group of
 *     subsidiaries ("Guarantor Subsidiaries"); and columns of one period
 *     side by side ("Automotive" / "Financial Services" of one year): each
 *     is the part its own words name, "Total" / "Consolidated" the whole.
 *   - the table's part: parent-company-only statements (a title or entity
 *     line "Parent Company", "Condensed Financial Information of
 *     Registrant"); a fund, division or segment its title block names on
 *     a line of its own ("POOLED MONEY MARKET FUND"); a section line framed
 *     by rules over the body ("Document Processing", "Insurance": one
 *     section of a statement split by segment; "Total Company" is the
 *     whole).
 *   - the table's kind is TX_BASIS_PRO_FORMA for a pro forma combination:
 *     a pro forma statement whose columns name companies or adjustments
 *     (its columns' bases, not the statement's, say what each is).
 *
 * Whether a company a column names is the table's own entity is the
 * mapper's to decide (map/entity.c).
 */
#ifndef TX_BASIS_H
#define TX_BASIS_H

#include "read/model.h"

/* Sets t->basis and every column's basis.  TX_OK or TX_ENOMEM. */
tx_status tx_basis_read(const tx_text *text, tx_table *t);

#endif

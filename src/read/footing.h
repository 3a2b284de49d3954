/*
 * footing.h - the self-check of a table's rows by footing (internal).
 *
 * Every row printed under a single rule (or that closes a section, or is
 * named "Total ...") must be a sum of the rows it stands for, with one
 * choice of signs for every column: the items of its section, the totals
 * of the sections inside it, and earlier subtotals of its level ("Gross
 * profit" = "Total revenue" - "Total cost").  What a total sums is kept in
 * its row (sums, sum_signs; an unnamed subtotal is named after them).  A
 * statement of equity laid out by component columns foots down (each
 * balance is the one before plus the changes) and across (the total column
 * is the sum of the others).
 */
#ifndef TX_FOOTING_H
#define TX_FOOTING_H

#include "read/model.h"

/* Foots the rows of `t` (tx_body_read() calls it once they are read).  A
 * total no sign choice reaches is reported with the rows involved
 * (body.not-footing, warning); t->foot_checked and t->foot_failed count
 * the totals checked and those that fail.  0, or -1 on no memory. */
int tx_body_foot(const tx_text *text, tx_table *t, tx_report *rep);

#endif /* TX_FOOTING_H */

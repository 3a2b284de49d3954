/*
 * header.h - stage 3: a table's columns and their periods (internal).
 *
 * Columns come from where the numbers stand: the anchors (the column after
 * the last digit) of every value in the body are clustered, and the years
 * printed in the header are matched to the clusters.  Each header line is
 * cut into chunks (runs of words separated by two or more spaces), and each
 * column takes the nearest chunk of every line, so a spanning "Three months
 * ended" lands on both columns under it.  The stacked words of a column are
 * read into a period with tx_period_parse().
 */
#ifndef TX_HEADER_H
#define TX_HEADER_H

#include "read/model.h"
#include "read/segment.h"

/* What the headers of all tables of one text share, found once per text:
 * the dates printed in the filing (sorted, each once) and whether the
 * EDGAR period of report is among them.  NULL on no memory. */
typedef struct tx_header_dates tx_header_dates;
tx_header_dates *tx_header_dates_new(const tx_text *text);
void tx_header_dates_free(tx_header_dates *d);

/* Fills t->cols.  A footnote table (t->parent >= 0) takes a copy of its
 * parent's columns.  `dates` is tx_header_dates_new(text) (used, left as
 * it was).  Findings: header.no-columns (error), header.no-period
 * (error, one per column whose period cannot be read),
 * header.stray-values (warning). */
tx_status tx_header_read(const tx_text *text, tx_table *t, const tx_table *parent,
                         tx_header_dates *dates, tx_report *rep);

/* The column a printed value belongs to: nearest anchor.  Returns the
 * column index, or -1 if the table has no columns; *distance gets how far
 * the value's anchor is from the column's. */
int tx_column_for(const tx_table *t, const tx_vtoken *v, int *distance);

#endif

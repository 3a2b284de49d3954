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

/* Every complete date a filing prints in its tables (and its EDGAR period
 * of report): the evidence for 52/53-week fiscal year ends, read once per
 * exhibit; por_printed is 1 when the filing prints its period of report
 * anywhere. */
typedef struct tx_filing_dates {
    tx_date *dates;
    size_t n;
    int por_printed;
} tx_filing_dates;

/* Fills *fd (tx_filing_dates_clear frees it).  0, or -1 on no memory. */
int tx_filing_dates_read(const tx_text *text, tx_filing_dates *fd);
void tx_filing_dates_clear(tx_filing_dates *fd);

/* Fills t->cols, with the filing's dates fd.  A footnote table (t->parent >= 0) takes a copy of its
 * parent's columns.  Findings: header.no-columns (error), header.no-period
 * (error, one per column whose period cannot be read),
 * header.stray-values (warning). */
tx_status tx_header_read(const tx_text *text, const tx_filing_dates *fd, tx_table *t,
                         const tx_table *parent, tx_report *rep);

/* The column a printed value belongs to: nearest anchor.  Returns the
 * column index, or -1 if the table has no columns; *distance gets how far
 * the value's anchor is from the column's. */
int tx_column_for(const tx_table *t, const tx_vtoken *v, int *distance);

#endif

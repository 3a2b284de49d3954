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

#include "read/lineinfo.h"
#include "read/model.h"

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

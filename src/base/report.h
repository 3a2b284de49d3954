/*
 * report.h - what the library's stages do with a tx_report beyond the public
 * API (internal): pass findings on, promote them, attach facts.
 */
#ifndef TX_BASE_REPORT_H
#define TX_BASE_REPORT_H

#include <stddef.h>

#include "base/util.h"
#include "txbrl.h"

/* Appends finding i of `from` to `to` as it is; 0 or -1 (no memory).  For
 * stages that report to a scratch report and pass on part of it. */
int tx_report_copy(tx_report *to, const tx_report *from, size_t i);

/* In the file names and messages of the findings from `from` on, replaces
 * every `old` with `new` (a staged file's path with its target's).  0 or
 * -1 (no memory: findings left as they were from the failing one on). */
int tx_report_replace(tx_report *rep, size_t from, const char *old, const char *new_text);

/* Turns the warnings from finding `from` on into errors (validation with
 * warnings as errors). */
void tx_report_promote_warnings(tx_report *rep, size_t from);

/* Attaches a fact (concept, instance line) to the last finding: shown in
 * the JSON form as "facts". */
tx_status tx_report_add_fact(tx_report *rep, const char *concept, long line);

/* Appends the report as a SARIF 2.1.0 log (sarif.c); 0 or -1 (no memory). */
int tx_report_sarif(const tx_report *rep, tx_buf *b);

#endif /* TX_BASE_REPORT_H */

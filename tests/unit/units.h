/* units.h - CUnit suites of libtxbrl; each test_*.c registers one or more. */
#ifndef TX_UNITS_H
#define TX_UNITS_H

#include <CUnit/CUnit.h>

#include "base/decimal.h"

/* Each returns 0 on success, -1 if the suite could not be added. */
int tx_suite_decimal(void);
int tx_suite_amount(void);
int tx_suite_period(void);
int tx_suite_decode(void);
int tx_suite_layout(void);
int tx_suite_body(void);
int tx_suite_header(void);
int tx_suite_mapper(void);
int tx_suite_facts(void);
int tx_suite_validate(void);
int tx_suite_disclose(void);
int tx_suite_exhibits(void);
int tx_suite_ex27(void);
int tx_suite_outfile(void);
int tx_suite_tsv(void);
int tx_suite_entity(void);
int tx_suite_basis(void);
int tx_suite_readall(void);
int tx_suite_score(void);
int tx_suite_segment(void);
int tx_suite_classify(void);
int tx_suite_render(void);
int tx_suite_view(void);
int tx_suite_convert(void);

/* Adds a suite with the given tests (NULL-terminated name/function pairs). */
int tx_add_suite(const char *name, const CU_TestInfo *tests);

/* The coefficient of d as held (d times 10^-exp: 1250 for "12.50"), or 0
 * when it does not fit an int64. */
long long tx_test_coef(tx_decimal d);

/* Directory holding test data (tests/), from $top_srcdir or ".". */
const char *tx_test_srcdir(void);
/* The project's XML catalog in that tree (taxonomy/catalog.xml). */
const char *tx_test_catalog(void);

#endif

/* units.c - runs every CUnit suite of libtxbrl; exit 1 if any test fails. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <CUnit/Basic.h>

#include "units.h"

int tx_add_suite(const char *name, const CU_TestInfo *tests)
{
    CU_pSuite s = CU_add_suite(name, NULL, NULL);
    if (!s)
        return -1;
    for (const CU_TestInfo *t = tests; t->pName; t++)
        if (!CU_add_test(s, t->pName, t->pTestFunc))
            return -1;
    return 0;
}

long long tx_test_coef(tx_decimal d)
{
    int64_t v = 0;
    if (tx_decimal_scale(&d, -d.exp) != 0 || tx_decimal_to_int64(d, &v) != 0)
        return 0;
    return v;
}

const char *tx_test_srcdir(void)
{
    const char *d = getenv("top_srcdir");
    return d && *d ? d : ".";
}

const char *tx_test_catalog(void)
{
    static char path[4096];
    if (!path[0])
        snprintf(path, sizeof path, "%s/taxonomy/catalog.xml", tx_test_srcdir());
    return path;
}

int main(void)
{
    if (CU_initialize_registry() != CUE_SUCCESS)
        return 2;
    int (*suites[])(void) = {
        tx_suite_decimal, tx_suite_amount, tx_suite_period, tx_suite_decode,
        tx_suite_layout, tx_suite_body, tx_suite_header,
        tx_suite_mapper, tx_suite_facts, tx_suite_validate,
        tx_suite_disclose, tx_suite_exhibits, tx_suite_ex27, tx_suite_tsv,
        tx_suite_outfile, tx_suite_entity, tx_suite_basis, tx_suite_readall, tx_suite_score,
        tx_suite_segment, tx_suite_classify, tx_suite_render,
        tx_suite_view,
        tx_suite_segment, tx_suite_classify, tx_suite_convert,
    };
    for (size_t i = 0; i < sizeof suites / sizeof suites[0]; i++)
        if (suites[i]() != 0) {
            fprintf(stderr, "units: cannot register suite %zu: %s\n", i, CU_get_error_msg());
            CU_cleanup_registry();
            return 2;
        }
    CU_basic_set_mode(CU_BRM_VERBOSE);
    CU_basic_run_tests();
    unsigned failed = CU_get_number_of_failures() + CU_get_number_of_tests_failed();
    unsigned run = CU_get_number_of_tests_run();
    printf("%u passed, %u failed\n", run - CU_get_number_of_tests_failed(), CU_get_number_of_tests_failed());
    CU_cleanup_registry();
    return failed ? 1 : 0;
}

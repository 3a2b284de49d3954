/* test_convert.c - the converter's count of the facts it wrote
 * (tx_converter_facts_written). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <CUnit/CUnit.h>

#include "txbrl.h"
#include "units.h"

/* The numeric facts of an instance, read back through the public API. */
static size_t numeric_facts(const char *path)
{
    tx_report *rep = tx_report_new();
    tx_instance *inst = NULL;
    size_t n = 0;
    if (tx_instance_read_file(path, tx_test_catalog(), rep, &inst) == TX_OK) {
        for (size_t i = 0; i < tx_instance_fact_count(inst); i++) {
            tx_fact_view v;
            if (tx_instance_fact(inst, i, &v) == TX_OK && v.numeric)
                n++;
        }
    }
    tx_instance_free(inst);
    tx_report_free(rep);
    return n;
}

static void test_facts_written(void)
{
    char dir[] = "/tmp/txbrl-unit-convert.XXXXXX";
    CU_ASSERT_PTR_NOT_NULL_FATAL(mkdtemp(dir));
    char in[4096], empty[4096], inst[4096];
    snprintf(in, sizeof in, "%s/samples/000_d7aca33587365376.txt", tx_test_srcdir());
    snprintf(empty, sizeof empty, "%s/empty.txt", dir);
    snprintf(inst, sizeof inst, "%s/000_d7aca33587365376.xml", dir);
    FILE *f = fopen(empty, "w");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    fputs("No tables here.\n", f);
    fclose(f);

    tx_report *rep = tx_report_new();
    tx_converter *conv = NULL;
    CU_ASSERT_EQUAL_FATAL(tx_converter_new(tx_test_srcdir(), NULL, rep, &conv), TX_OK);
    CU_ASSERT_EQUAL(tx_converter_facts_written(conv), 0);
    CU_ASSERT_EQUAL(tx_converter_convert(conv, in, dir, rep), TX_OK);
    size_t n = numeric_facts(inst);
    CU_ASSERT(n > 0);
    CU_ASSERT_EQUAL(tx_converter_facts_written(conv), n);
    /* a conversion that writes nothing counts none, not the last one's */
    CU_ASSERT_NOT_EQUAL(tx_converter_convert(conv, empty, dir, rep), TX_OK);
    CU_ASSERT_EQUAL(tx_converter_facts_written(conv), 0);
    CU_ASSERT_EQUAL(tx_converter_facts_written(NULL), 0);
    tx_converter_free(conv);
    tx_report_free(rep);

    static const char *const files[] = {"empty.txt", "000_d7aca33587365376.xml",
                                        "000_d7aca33587365376.html", "000_d7aca33587365376.xsd",
                                        "000_d7aca33587365376_lab.xml",
                                        "000_d7aca33587365376_cal.xml",
                                        "000_d7aca33587365376_pre.xml"};
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        char p[4200];
        snprintf(p, sizeof p, "%s/%s", dir, files[i]);
        unlink(p);
    }
    CU_ASSERT_EQUAL(rmdir(dir), 0);
}

int tx_suite_convert(void)
{
    static const CU_TestInfo tests[] = {
        {"facts written: the numeric facts of the instance, 0 when none", test_facts_written},
        CU_TEST_INFO_NULL,
    };
    return tx_add_suite("convert", tests);
}

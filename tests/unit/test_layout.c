/* test_layout.c - tokens, value parts and line classes. */
#include <string.h>

#include "read/layout.h"
#include "units.h"

static tx_layout lay;

static void run(const char *s)
{
    tx_layout_clear(&lay);
    CU_ASSERT_FATAL(tx_layout_line(s, &lay) == 0);
}

static char num[64];
static const char *val(size_t i)
{
    tx_decimal_format(lay.values[i].amount.value, num, sizeof num);
    return num;
}

static void test_data_line(void)
{
    /* columns counted by hand: label at 2, '$' at 55, 457,510 at 59..65 */
    run("  Cash and cash equivalents                            $   457,510           $   194,435");
    CU_ASSERT_EQUAL(lay.cls, TX_LC_DATA);
    CU_ASSERT_EQUAL(lay.indent, 2);
    CU_ASSERT_EQUAL(lay.label_tokens, 4);
    CU_ASSERT_EQUAL(lay.label_end, 27);
    CU_ASSERT_EQUAL_FATAL(lay.nvalues, 2);
    CU_ASSERT_STRING_EQUAL(val(0), "457510");
    CU_ASSERT_EQUAL(lay.values[0].col, 59);
    CU_ASSERT_EQUAL(lay.values[0].anchor, 66);
    CU_ASSERT(lay.values[0].amount.dollar);
    CU_ASSERT_STRING_EQUAL(val(1), "194435");
}

static void test_parens_and_nil(void)
{
    run("Net income (loss)                                    $   7,205      $ (88,330)     $  24,466      $(128,102)");
    CU_ASSERT_EQUAL_FATAL(lay.nvalues, 4);
    CU_ASSERT_STRING_EQUAL(val(1), "-88330");
    CU_ASSERT_STRING_EQUAL(val(3), "-128102");
    CU_ASSERT(lay.values[3].amount.dollar);
    /* the anchor is after the last digit: ")" hangs one column right */
    CU_ASSERT_EQUAL(lay.values[3].anchor, lay.values[3].end - 1);
    run("Restricted cash                                             24,983                    --");
    CU_ASSERT_EQUAL_FATAL(lay.nvalues, 2);
    CU_ASSERT_EQUAL(lay.values[1].amount.kind, TX_AMOUNT_NIL);
}

/* A run of dashes in a value column beside amounts is a nil; dashes with
 * no amount beside them are a rule. */
static void test_dash_run_nil(void)
{
    run(" Warrant costs related to customer purchases          26        22     -----");
    CU_ASSERT_EQUAL(lay.cls, TX_LC_DATA);
    CU_ASSERT_EQUAL_FATAL(lay.nvalues, 3);
    CU_ASSERT_STRING_EQUAL(val(0), "26");
    CU_ASSERT_EQUAL(lay.values[2].amount.kind, TX_AMOUNT_NIL);
    run(" Issuance of preferred securities                    484     -----     -----");
    CU_ASSERT_EQUAL_FATAL(lay.nvalues, 3);
    CU_ASSERT_EQUAL(lay.values[1].amount.kind, TX_AMOUNT_NIL);
    run("EXPENSES                                             --------      --------");
    CU_ASSERT_EQUAL(lay.nvalues, 0);
    CU_ASSERT_EQUAL(lay.cls, TX_LC_TEXT);
    run("                                                     --------      --------");
    CU_ASSERT_EQUAL(lay.cls, TX_LC_RULE);
}

static void test_marker_vs_small_negative(void)
{
    /* "(1)" one space after the label is a footnote marker ... */
    run("     deferred stock compensation (1)                          1,998");
    CU_ASSERT_EQUAL(lay.nvalues, 1);
    CU_ASSERT_EQUAL(lay.label_tokens, 4);
    /* ... "(5)" in the value part is minus five */
    run("    long-term assets                                             5,915              (5)");
    CU_ASSERT_EQUAL_FATAL(lay.nvalues, 2);
    CU_ASSERT_STRING_EQUAL(val(1), "-5");
}

static void test_text_lines(void)
{
    run("Convertible notes due 2007");
    CU_ASSERT_EQUAL(lay.cls, TX_LC_TEXT); /* a number one space from words is text */
    run("compared with $152.0 million for the same period last year, an increase of 13");
    CU_ASSERT_EQUAL(lay.cls, TX_LC_TEXT);
    run("");
    CU_ASSERT_EQUAL(lay.cls, TX_LC_BLANK);
    CU_ASSERT_EQUAL(lay.indent, -1);
}

static void test_rules_years_pages(void)
{
    run("                                                       -----------           -----------");
    CU_ASSERT_EQUAL(lay.cls, TX_LC_RULE);
    CU_ASSERT_FALSE(lay.rule_double);
    run("                                                          =========      =========");
    CU_ASSERT_EQUAL(lay.cls, TX_LC_RULE);
    CU_ASSERT_TRUE(lay.rule_double);
    run("                                                             2003           2002          2003            2002");
    CU_ASSERT_EQUAL(lay.cls, TX_LC_YEARS);
    CU_ASSERT_EQUAL(lay.nvalues, 4);
    run("                                       3");
    CU_ASSERT_EQUAL(lay.cls, TX_LC_PAGENUM);
    run("- - bandwidth - into a dependable, secure, and highly valuable corporate asset.");
    CU_ASSERT_EQUAL(lay.cls, TX_LC_TEXT);
}

static void test_columns_are_code_points(void)
{
    /* "é" is two bytes but one column */
    run("Caf\xc3\xa9 sales                 1,234");
    CU_ASSERT_EQUAL_FATAL(lay.nvalues, 1);
    CU_ASSERT_EQUAL(lay.values[0].col, 27);
    CU_ASSERT_EQUAL(lay.tokens[1].col, 5);
}

static void test_chunks(void)
{
    run("          Three months ended             Nine months ended");
    tx_chunk ch[8];
    size_t n = tx_layout_chunks(&lay, 0, lay.ntokens, ch, 8);
    CU_ASSERT_EQUAL_FATAL(n, 2);
    CU_ASSERT_EQUAL(ch[0].col, 10);
    CU_ASSERT_EQUAL(ch[0].end, 28);
    CU_ASSERT_EQUAL(ch[0].count, 3);
    CU_ASSERT_EQUAL(ch[1].col, 41);
    tx_layout_clear(&lay);
}

int tx_suite_layout(void)
{
    static const CU_TestInfo tests[] = {
        {"data line", test_data_line},
        {"parentheses and nil", test_parens_and_nil},
        {"marker vs small negative", test_marker_vs_small_negative},
        {"dash run beside amounts is nil", test_dash_run_nil},
        {"text lines", test_text_lines},
        {"rules, years, page numbers", test_rules_years_pages},
        {"columns are code points", test_columns_are_code_points},
        {"chunks", test_chunks},
        CU_TEST_INFO_NULL,
    };
    return tx_add_suite("layout", tests);
}

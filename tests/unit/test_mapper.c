/* test_mapper.c - rows to facts: rules, signs, periods, dimensions, duplicates. */
#include <stdlib.h>
#include <string.h>

#include "map/mapper.h"
#include "units.h"
#include "base/util.h"

static tx_taxonomy *tax;
static tx_entity_map *ents;
static tx_exhibit *ex;
static tx_report *rep;
static tx_mapping *map;
static tx_factset *fs;

static void release(void)
{
    tx_mapping_free(map);
    tx_factset_free(fs);
    tx_exhibit_free(ex);
    tx_report_free(rep);
    map = NULL;
    fs = NULL;
    ex = NULL;
    rep = NULL;
}

static tx_status convert(const char *text)
{
    release();
    rep = tx_report_new();
    if (!tax) {
        CU_ASSERT_EQUAL_FATAL(tx_taxonomy_load(tx_test_srcdir(), rep, &tax), TX_OK);
        char path[4096];
        snprintf(path, sizeof path, "%s/samples/entities.tsv", tx_test_srcdir());
        CU_ASSERT_EQUAL_FATAL(tx_entity_map_load(path, rep, &ents), TX_OK);
    }
    tx_status st = tx_exhibit_read_buffer("m.txt", text, strlen(text), rep, &ex);
    CU_ASSERT_PTR_NOT_NULL_FATAL(ex);
    if (st == TX_ENOMEM)
        return st;
    tx_map_options opt = {tax, ents, "m", NULL, NULL};
    return tx_map_exhibit(ex, &opt, rep, &map, &fs);
}

/* The fact of `concept` ending on `end` (YYYY-MM-DD) with dims text `dims`;
 * its value as text, or "(missing)". */
static const char *value_of(const char *concept, const char *end, const char *dims)
{
    static char buf[64];
    for (size_t i = 0; fs && i < fs->nfacts; i++) {
        const tx_fact *f = &fs->facts[i];
        char e[11];
        tx_date_format(f->period.end, e);
        char *d = tx_fact_dims_text(f);
        int match = strcmp(f->concept, concept) == 0 && strcmp(e, end) == 0 &&
                    strcmp(d ? d : "", dims) == 0;
        free(d);
        if (match) {
            tx_fact_value_text(f, buf, sizeof buf);
            return buf;
        }
    }
    return "(missing)";
}

static int count_code(const char *code)
{
    int n = 0;
    for (size_t i = 0; i < tx_report_size(rep); i++)
        n += strcmp(tx_report_code(rep, i), code) == 0;
    return n;
}

#define JUNIPER "                             JUNIPER NETWORKS, INC.\n"
#define NINE_MONTHS                                                       \
    "                                                Nine months ended\n" \
    "                                                  September 30,\n"  \
    "                                                 2003      2002\n"   \
    "                                               --------  --------\n"

static void test_cash_flow_signs_and_instants(void)
{
    /* seed 000, cash flows (lines 339-387, shortened) */
    tx_status st = convert(JUNIPER
        "                 CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS\n"
        "                                 (in thousands)\n"
        "\n" NINE_MONTHS
        "OPERATING ACTIVITIES:\n"
        "Net income (loss)                              $ 24,466  $(128,102)\n"
        "  Changes in operating assets and liabilities:\n"
        "   Accounts receivable, net                      29,975    40,563\n"
        "   Accounts payable                               5,783   (18,351)\n"
        "INVESTING ACTIVITIES:\n"
        "Purchases of property and equipment, net        (14,136)  (24,755)\n"
        "Cash and cash equivalents at beginning of period  194,435   606,845\n");
    CU_ASSERT_EQUAL(st, TX_OK);
    CU_ASSERT_STRING_EQUAL(value_of("tx-gaap:NetIncomeLoss", "2002-09-30", ""), "-128102000");
    CU_ASSERT_STRING_EQUAL(value_of("tx-gaap:IncreaseDecreaseInAccountsReceivable", "2003-09-30", ""),
                           "-29975000");
    CU_ASSERT_STRING_EQUAL(value_of("tx-gaap:IncreaseDecreaseInAccountsPayable", "2002-09-30", ""),
                           "-18351000");
    CU_ASSERT_STRING_EQUAL(value_of("tx-gaap:PaymentsToAcquirePropertyPlantAndEquipment",
                                    "2003-09-30", ""), "14136000");
    /* beginning balance: the instant before the period starts */
    CU_ASSERT_STRING_EQUAL(value_of("tx-gaap:CashAndCashEquivalentsAtCarryingValue",
                                    "2002-12-31", ""), "194435000");
    CU_ASSERT_STRING_EQUAL(value_of("tx-gaap:CashAndCashEquivalentsAtCarryingValue",
                                    "2001-12-31", ""), "606845000");
    CU_ASSERT_EQUAL_FATAL(fs->nentities, 1);
    CU_ASSERT_STRING_EQUAL(fs->entities[0].identifier, "0001043604");
    CU_ASSERT_STRING_EQUAL(fs->entities[0].scheme, TX_SCHEME_CIK);
}

static void test_equity_and_expense_signs(void)
{
    tx_status st = convert(JUNIPER
        "                      CONDENSED CONSOLIDATED BALANCE SHEETS\n"
        "                                 (in thousands)\n"
        "\n"
        "                                               September 30,  December 31,\n"
        "                                                   2003          2002\n"
        "                                               ------------  ------------\n"
        "Stockholders' equity:\n"
        "  Deferred stock compensation                       (1,849)      (11,113)\n"
        "  Accumulated deficit                              (12,852)      (37,318)\n"
        "Restricted cash                                     24,983            --\n");
    CU_ASSERT_EQUAL(st, TX_OK);
    CU_ASSERT_STRING_EQUAL(value_of("tx-gaap:DeferredCompensationEquity", "2003-09-30", ""), "1849000");
    CU_ASSERT_STRING_EQUAL(value_of("tx-gaap:RetainedEarningsAccumulatedDeficit", "2002-12-31", ""),
                           "-37318000");
    /* a nil marker is a zero at the column's precision */
    CU_ASSERT_STRING_EQUAL(value_of("tx-gaap:RestrictedCashNoncurrent", "2002-12-31", ""), "0");
}

#define STATEMENT_HEAD(title)                                             \
    JUNIPER "                 " title "\n"                                \
    "                    (in thousands, except per share amounts)\n"      \
    "\n"                                                                  \
    "                                                Three months ended\n" \
    "                                                  September 30,\n"  \
    "                                                 2003      2002\n"   \
    "                                               --------  --------\n"

static void test_non_gaap_and_reconciliation(void)
{
    tx_status st = convert(
        STATEMENT_HEAD("CONDENSED CONSOLIDATED STATEMENT OF OPERATIONS")
        "Interest and other expense                       (9,386)  (13,631)\n"
        "Provision for income taxes                        7,700     1,500\n"
        "     Net income (loss)                          $ 7,205  $(88,330)\n"
        "Net income (loss) per share:\n"
        "     Basic                                      $  0.02  $  (0.24)\n"
        "\n\n"
        STATEMENT_HEAD("NON-GAAP CONDENSED CONSOLIDATED STATEMENT OF OPERATIONS")
        "Provision for income taxes                        6,934    (3,933)\n"
        "Net income (loss)                              $ 14,734  $ (8,358)\n"
        "\n\n"
        JUNIPER
        "     RECONCILIATION OF NON-GAAP TO GAAP CONDENSED CONSOLIDATED STATEMENTS OF\n"
        "                                   OPERATIONS\n"
        "                                 (in thousands)\n"
        "\n"
        "                                                Three months ended\n"
        "                                                  September 30,\n"
        "                                                 2003      2002\n"
        "                                               --------  --------\n"
        "Non-GAAP net income (loss)                     $ 14,734  $ (8,358)\n"
        "Restructuring                                   (13,985)  (22,830)\n"
        "Income tax effect                                  (766)   (5,433)\n"
        "GAAP net income (loss)                         $  7,205  $(88,330)\n");
    CU_ASSERT_EQUAL(st, TX_OK);
    /* an expense printed in parentheses is a positive expense */
    CU_ASSERT_STRING_EQUAL(value_of("ext:InterestAndOtherExpense", "2003-09-30", ""), "9386000");
    CU_ASSERT_STRING_EQUAL(value_of("tx-gaap:EarningsPerShareBasic", "2002-09-30", ""), "-0.24");
    const char *ng = "txbrl:PresentationBasisAxis=txbrl:NonGaapMember";
    const char *adj = "txbrl:PresentationBasisAxis=txbrl:NonGaapAdjustmentsMember";
    CU_ASSERT_STRING_EQUAL(value_of("tx-gaap:IncomeTaxExpenseBenefit", "2003-09-30", ng), "6934000");
    CU_ASSERT_STRING_EQUAL(value_of("tx-gaap:NetIncomeLoss", "2003-09-30", ng), "14734000");
    /* reconciling items: GAAP minus non-GAAP (7,700 - 6,934 = 766) */
    CU_ASSERT_STRING_EQUAL(value_of("tx-gaap:IncomeTaxExpenseBenefit", "2003-09-30", adj), "766000");
    CU_ASSERT_STRING_EQUAL(value_of("tx-gaap:IncomeTaxExpenseBenefit", "2002-09-30", adj), "5433000");
    CU_ASSERT_STRING_EQUAL(value_of("tx-gaap:RestructuringCharges", "2003-09-30", adj), "13985000");
    /* the GAAP net income of the reconciliation is the statement's: written once */
    int n = 0;
    for (size_t i = 0; i < fs->nfacts; i++) {
        const tx_fact *f = &fs->facts[i];
        char e[11];
        tx_date_format(f->period.end, e);
        n += strcmp(f->concept, "tx-gaap:NetIncomeLoss") == 0 && f->ndims == 0 &&
             strcmp(e, "2003-09-30") == 0;
    }
    CU_ASSERT_EQUAL(n, 1);
    CU_ASSERT_EQUAL(count_code("map.inconsistent-duplicate"), 0);
}

static void test_allocation_table(void)
{
    tx_status st = convert(
        STATEMENT_HEAD("CONDENSED CONSOLIDATED STATEMENT OF OPERATIONS")
        "   Research and development                      44,932    48,771\n"
        "(1) Amortization of deferred stock compensation\n"
        "relates to the following cost and expense categories\n"
        "by period:\n"
        "   Cost of revenues                              $ (287)   $  294\n"
        "   Research and development                      (2,098)    2,197\n"
        "                                               --------  --------\n"
        "   Total                                       $ (3,304) $  3,425\n");
    CU_ASSERT_EQUAL(st, TX_OK);
    const char *alloc = "tx-gaap:AllocatedShareBasedCompensationExpense";
    CU_ASSERT_STRING_EQUAL(value_of(alloc, "2003-09-30",
        "tx-gaap:IncomeStatementLocationAxis=tx-gaap:ResearchAndDevelopmentExpenseMember"), "-2098000");
    CU_ASSERT_STRING_EQUAL(value_of(alloc, "2002-09-30",
        "tx-gaap:IncomeStatementLocationAxis=tx-gaap:CostOfSalesMember"), "294000");
    CU_ASSERT_STRING_EQUAL(value_of(alloc, "2003-09-30", ""), "-3304000");
    /* "Research and development" of the allocation is not R&D expense */
    CU_ASSERT_STRING_EQUAL(value_of("tx-gaap:ResearchAndDevelopmentExpense", "2003-09-30", ""),
                           "44932000");
}

static void test_inconsistent_duplicate_and_unknown_entity(void)
{
    tx_status st = convert(
        "                                ACME WIDGETS, INC.\n"
        "                    CONDENSED CONSOLIDATED STATEMENT OF OPERATIONS\n"
        "                                 (in thousands)\n"
        "\n"
        "                                                Three months ended\n"
        "                                                  September 30,\n"
        "                                                 2003      2002\n"
        "                                               --------  --------\n"
        "Net income                                       $ 1,000   $   900\n"
        "\n\n"
        "                                ACME WIDGETS, INC.\n"
        "                 CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS\n"
        "                                 (in thousands)\n"
        "\n"
        "                                                Three months ended\n"
        "                                                  September 30,\n"
        "                                                 2003      2002\n"
        "                                               --------  --------\n"
        "Net income                                       $ 1,001   $   900\n");
    CU_ASSERT_EQUAL(st, TX_EINPUT);
    CU_ASSERT_EQUAL(count_code("map.inconsistent-duplicate"), 1);
    CU_ASSERT_EQUAL(count_code("map.unknown-entity"), 1);
    CU_ASSERT_STRING_EQUAL(fs->entities[0].scheme, TX_SCHEME_NAME);
    CU_ASSERT_STRING_EQUAL(fs->entities[0].identifier, "acme-widgets");
    /* the first print is kept */
    CU_ASSERT_STRING_EQUAL(value_of("tx-gaap:NetIncomeLoss", "2003-09-30", ""), "1000000");
}

static void test_norm_and_glob(void)
{
    char *n = tx_norm("  Net income (loss) per share:");
    CU_ASSERT_STRING_EQUAL(n, "net income loss per share");
    free(n);
    CU_ASSERT_TRUE(tx_glob("*net cash*operating activities", "net cash provided by used in operating activities"));
    CU_ASSERT_FALSE(tx_glob("net cash*investing activities", "net cash provided by operating activities"));
    CU_ASSERT_TRUE(tx_glob("*", ""));
    CU_ASSERT_TRUE(tx_glob("a*b*c", "axxbyyc"));
    CU_ASSERT_FALSE(tx_glob("a*b*c", "axxbyy"));
}

static void test_cleanup(void)
{
    release();
    tx_taxonomy_free(tax);
    tx_entity_map_free(ents);
    tax = NULL;
    ents = NULL;
    CU_PASS("freed");
}

int tx_suite_mapper(void)
{
    static const CU_TestInfo tests[] = {
        {"normalise and glob", test_norm_and_glob},
        {"cash flow signs and instants", test_cash_flow_signs_and_instants},
        {"equity and expense signs, nil", test_equity_and_expense_signs},
        {"non-GAAP and reconciliation", test_non_gaap_and_reconciliation},
        {"allocation table", test_allocation_table},
        {"inconsistent duplicate, unknown entity", test_inconsistent_duplicate_and_unknown_entity},
        {"cleanup", test_cleanup},
        CU_TEST_INFO_NULL,
    };
    return tx_add_suite("mapper", tests);
}

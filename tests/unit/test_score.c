/* test_score.c - concepts chosen from filer labels, context and arithmetic:
 * the label normaliser, candidates by filer label under a heading, signs by
 * meaning, the balance of a total's parts, closed totals, one row per
 * concept (a label under two sections, a total printed with no label), the
 * balance of a balance sheet's sections, repeats at another precision. */
#include <stdlib.h>
#include <string.h>

#include "map/labels.h"
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
    tx_status st = tx_exhibit_read_buffer("s.txt", text, strlen(text), rep, &ex);
    CU_ASSERT_PTR_NOT_NULL_FATAL(ex);
    if (st == TX_ENOMEM)
        return st;
    tx_map_options opt = {tax, ents, "s", NULL, NULL};
    return tx_map_exhibit(ex, &opt, rep, &map, &fs);
}

/* The value of `concept` at / ending on `end`, no dimensions, or "(missing)". */
static const char *value_of(const char *concept, const char *end)
{
    static char buf[64];
    for (size_t i = 0; fs && i < fs->nfacts; i++) {
        const tx_fact *f = &fs->facts[i];
        char e[11];
        tx_date_format(f->period.end, e);
        char *d = tx_fact_dims_text(f);
        int match = strcmp(f->concept, concept) == 0 && strcmp(e, end) == 0 && !(d && *d);
        free(d);
        if (match) {
            tx_fact_value_text(f, buf, sizeof buf);
            return buf;
        }
    }
    return "(missing)";
}

#define HEAD(title)                                                       \
    "                             JUNIPER NETWORKS, INC.\n"               \
    "                      " title "\n"                                   \
    "                                 (in thousands)\n"                   \
    "\n"

#define YEARS                                                             \
    "                                                  Year ended December 31,\n" \
    "                                                 2003      2002\n"   \
    "                                               --------  --------\n"

#define AT_DEC31                                                          \
    "                                               December 31,  December 31,\n" \
    "                                                   2003          2002\n" \
    "                                               ------------  ------------\n"

static void test_label_key(void)
{
    static const char *const cases[][2] = {
        {"Less: Accumulated depreciation (Note 4)", "accumulated depreciation"},
        {"Long-term debt, net of current portion", "long term debt net"},
        {"Income taxes", "income tax"},
        {"Stockholders' equity", "stockholder equity"},
        {"Cash & equivalents........", "cash equivalent"},
        {"Net income (loss)", "net income"},
        {"(1,234)", ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *k = tx_label_key(cases[i][0]);
        CU_ASSERT_PTR_NOT_NULL_FATAL(k);
        CU_ASSERT_STRING_EQUAL(k, cases[i][1]);
        free(k);
    }
}

static void test_expenses_in_parentheses(void)
{
    /* labels no rule names: the filer labels choose; expenses printed in
       parentheses are positive expenses */
    tx_status st = convert(HEAD("CONSOLIDATED STATEMENTS OF INCOME") YEARS
        "Net sales                                       100,000    90,000\n"
        "Cost of products sold                           (60,000)  (55,000)\n"
        "Selling, general and administrative expenses    (20,000)  (18,000)\n"
        "Interest expense                                 (5,000)   (4,000)\n"
        "                                               --------  --------\n"
        "Income before income taxes                       15,000    13,000\n");
    CU_ASSERT_EQUAL(st, TX_OK);
    CU_ASSERT_STRING_EQUAL(value_of("tx-gaap:CostOfGoodsSold", "2003-12-31"), "60000000");
    CU_ASSERT_STRING_EQUAL(value_of("tx-gaap:SellingGeneralAndAdministrativeExpense",
                                    "2002-12-31"), "18000000");
    CU_ASSERT_STRING_EQUAL(value_of("tx-gaap:InterestExpense", "2003-12-31"), "5000000");
}

static void test_heading_and_one_row_per_concept(void)
{
    /* "Products" says what it is under its heading; the two "Products"
       rows are two amounts, never one concept */
    tx_status st = convert(HEAD("CONSOLIDATED STATEMENTS OF INCOME") YEARS
        "Revenues:\n"
        "  Products                                       70,000    60,000\n"
        "  Services                                       30,000    30,000\n"
        "                                               --------  --------\n"
        "    Total revenues                              100,000    90,000\n"
        "Costs:\n"
        "  Products                                       40,000    35,000\n"
        "  Services                                       10,000    12,000\n"
        "                                               --------  --------\n"
        "    Total costs                                  50,000    47,000\n");
    CU_ASSERT_EQUAL(st, TX_OK);
    CU_ASSERT_STRING_EQUAL(value_of("tx-gaap:SalesRevenueGoodsNet", "2003-12-31"), "70000000");
    CU_ASSERT_STRING_EQUAL(value_of("tx-gaap:CostOfGoodsSold", "2003-12-31"), "40000000");
    CU_ASSERT_STRING_EQUAL(value_of("tx-gaap:CostOfServices", "2002-12-31"), "12000000");
}

static void test_asset_is_no_liability(void)
{
    /* a part of "Total assets" added as printed has the total's balance:
       "Deferred income taxes" there is an asset */
    tx_status st = convert(HEAD("CONSOLIDATED BALANCE SHEETS") AT_DEC31
        "Current assets:\n"
        "  Cash and equivalents                               10,000        9,000\n"
        "  Merchandise inventories                             5,000        4,000\n"
        "                                               ------------  ------------\n"
        "    Total current assets                             15,000       13,000\n"
        "Deferred income taxes                                 2,000        1,500\n"
        "                                               ------------  ------------\n"
        "    Total assets                                     17,000       14,500\n");
    CU_ASSERT_EQUAL(st, TX_OK);
    CU_ASSERT_STRING_EQUAL(value_of("tx-gaap:DeferredTaxLiabilitiesNoncurrent", "2003-12-31"),
                           "(missing)");
    CU_ASSERT_STRING_EQUAL(value_of("tx-gaap:DeferredTaxAssetsNetNoncurrent", "2003-12-31"),
                           "2000000");
    CU_ASSERT_STRING_EQUAL(value_of("tx-gaap:InventoryNet", "2002-12-31"), "4000000");
}

static void test_closed_total(void)
{
    /* "Prepaid expenses" below "Total current assets" is none of the
       concepts AssetsCurrent sums */
    tx_status st = convert(HEAD("CONSOLIDATED BALANCE SHEETS") AT_DEC31
        "Current assets:\n"
        "  Cash and equivalents                               10,000        9,000\n"
        "  Prepaid expenses                                    5,000        4,000\n"
        "                                               ------------  ------------\n"
        "    Total current assets                             15,000       13,000\n"
        "Prepaid expenses                                      2,000        1,500\n"
        "                                               ------------  ------------\n"
        "    Total assets                                     17,000       14,500\n");
    CU_ASSERT_EQUAL(st, TX_OK);
    CU_ASSERT_STRING_EQUAL(value_of("tx-gaap:PrepaidExpenseCurrent", "2003-12-31"), "5000000");
    CU_ASSERT_STRING_EQUAL(value_of("tx-gaap:PrepaidExpenseNoncurrent", "2003-12-31"), "2000000");
    size_t dup = 0;
    for (size_t i = 0; i < tx_report_size(rep); i++)
        dup += strcmp(tx_report_code(rep, i), "map.inconsistent-duplicate") == 0;
    CU_ASSERT_EQUAL(dup, 0);
}

/* The concept of the fact valued `value` ending on `end`, or "(missing)". */
static const char *concept_of(const char *value, const char *end)
{
    for (size_t i = 0; fs && i < fs->nfacts; i++) {
        const tx_fact *f = &fs->facts[i];
        char e[11], v[64];
        tx_date_format(f->period.end, e);
        if (!f->numeric || strcmp(e, end) != 0)
            continue;
        tx_fact_value_text(f, v, sizeof v);
        if (strcmp(v, value) == 0)
            return f->concept;
    }
    return "(missing)";
}

static size_t count_code(const char *code)
{
    size_t n = 0;
    for (size_t i = 0; i < tx_report_size(rep); i++)
        n += strcmp(tx_report_code(rep, i), code) == 0;
    return n;
}

static void test_same_label_two_sections(void)
{
    /* "Other" under current liabilities and under stockholders' equity
       are two amounts: a rule for the equity's "Other" names the row whose
       total sums its concept; the other row takes a concept of its own */
    tx_status st = convert(HEAD("CONSOLIDATED BALANCE SHEETS") AT_DEC31
        "LIABILITIES AND STOCKHOLDERS' EQUITY\n"
        "Current liabilities:\n"
        "  Accounts payable                                    4,000        3,500\n"
        "  Other                                                  49           31\n"
        "                                               ------------  ------------\n"
        "    Total current liabilities                         4,049        3,531\n"
        "Stockholders' equity:\n"
        "  Common stock                                       10,000       10,000\n"
        "  Other                                                 (41)         (36)\n"
        "                                               ------------  ------------\n"
        "    Total stockholders' equity                        9,959        9,964\n");
    CU_ASSERT_EQUAL(st, TX_OK);
    CU_ASSERT_EQUAL(count_code("map.inconsistent-duplicate"), 0);
    CU_ASSERT_STRING_EQUAL(value_of("tx-gaap:AccumulatedOtherComprehensiveIncomeLossNetOfTax",
                                    "2003-12-31"), "-41000");
    CU_ASSERT_STRING_EQUAL(value_of("tx-gaap:OtherLiabilitiesCurrent", "2003-12-31"), "49000");
}

static void test_unlabeled_grand_total(void)
{
    /* a total printed with no label that adds up "Total current assets"
       and the other assets is the total of assets, never current assets */
    tx_status st = convert(HEAD("CONSOLIDATED BALANCE SHEETS") AT_DEC31
        "Current assets:\n"
        "  Cash and equivalents                               10,000        9,000\n"
        "  Inventories                                         5,000        4,000\n"
        "                                               ------------  ------------\n"
        "    Total current assets                             15,000       13,000\n"
        "Property and equipment, net                           6,000        5,000\n"
        "Goodwill                                              1,000        1,000\n"
        "                                               ------------  ------------\n"
        "                                                     22,000       19,000\n"
        "                                               ============  ============\n");
    CU_ASSERT_EQUAL(st, TX_OK);
    CU_ASSERT_EQUAL(count_code("map.inconsistent-duplicate"), 0);
    CU_ASSERT_STRING_EQUAL(value_of("tx-gaap:AssetsCurrent", "2003-12-31"), "15000000");
    CU_ASSERT_STRING_EQUAL(value_of("tx-gaap:Assets", "2003-12-31"), "22000000");
}

static void test_section_balance(void)
{
    /* a balance sheet line has its section's balance: "Affiliate" among
       the current liabilities is no amount due from affiliates (an asset);
       a deduction printed in parentheses among the equity is of the other
       balance */
    tx_status st = convert(HEAD("CONSOLIDATED BALANCE SHEETS") AT_DEC31
        "Current liabilities:\n"
        "  Debt maturing within one year:\n"
        "    Affiliate                                         5,790        3,890\n"
        "  Accounts payable                                    4,000        3,500\n"
        "Stockholders' equity:\n"
        "  Common stock                                       10,000       10,000\n"
        "  Deferred compensation                                (780)        (900)\n"
        "  Retained earnings                                   2,000        1,000\n"
        "                                               ------------  ------------\n"
        "    Total stockholders' equity                       11,220       10,100\n");
    CU_ASSERT_EQUAL(st, TX_OK);
    const char *aff = concept_of("5790000", "2003-12-31");
    CU_ASSERT_STRING_NOT_EQUAL(aff, "(missing)");
    CU_ASSERT_PTR_NULL(strstr(aff, "DueFrom"));
    CU_ASSERT_STRING_EQUAL(value_of("tx-gaap:DeferredCompensationEquity", "2003-12-31"),
                           "780000");
}

static void test_duplicate_at_lesser_precision(void)
{
    /* the same total printed in thousands and, in a second statement, in
       millions agrees at the lesser precision: no error, the thousands kept */
    tx_status st = convert(HEAD("CONSOLIDATED BALANCE SHEETS") AT_DEC31
        "Cash and equivalents                                 10,123        9,000\n"
        "Inventories                                           5,000        4,000\n"
        "                                               ------------  ------------\n"
        "    Total assets                                     15,123       13,000\n"
        "\n\n\n"
        "                             JUNIPER NETWORKS, INC.\n"
        "                      CONSOLIDATED BALANCE SHEETS\n"
        "                                 (in millions)\n"
        "\n" AT_DEC31
        "Total assets                                           15.1         13.0\n");
    CU_ASSERT_EQUAL(count_code("map.inconsistent-duplicate"), 0);
    CU_ASSERT_STRING_EQUAL(value_of("tx-gaap:Assets", "2003-12-31"), "15123000");
    (void)st;
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

int tx_suite_score(void)
{
    static const CU_TestInfo tests[] = {
        {"label key", test_label_key},
        {"expenses in parentheses", test_expenses_in_parentheses},
        {"heading, one row per concept", test_heading_and_one_row_per_concept},
        {"an asset is no liability", test_asset_is_no_liability},
        {"closed total", test_closed_total},
        {"same label, two sections", test_same_label_two_sections},
        {"unlabeled grand total", test_unlabeled_grand_total},
        {"section balance", test_section_balance},
        {"duplicate at lesser precision", test_duplicate_at_lesser_precision},
        {"cleanup", test_cleanup},
        CU_TEST_INFO_NULL,
    };
    return tx_add_suite("score", tests);
}

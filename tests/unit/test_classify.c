/* test_classify.c - which statement a table is: its title, else its rows. */
#include <stdlib.h>
#include <string.h>

#include "map/classify.h"
#include "read/model.h"
#include "units.h"

static tx_taxonomy *tax;
static tx_exhibit *ex;
static tx_report *rep;
static char *why;

/* The kind of the first table of `text` ("" when no statement), *why set. */
static const char *kind_of(const char *text)
{
    tx_exhibit_free(ex);
    tx_report_free(rep);
    free(why);
    why = NULL;
    ex = NULL;
    rep = tx_report_new();
    if (!tax)
        CU_ASSERT_EQUAL_FATAL(tx_taxonomy_load(tx_test_srcdir(), rep, &tax), TX_OK);
    tx_exhibit_read_buffer("c.txt", text, strlen(text), rep, &ex);
    CU_ASSERT_PTR_NOT_NULL_FATAL(ex);
    CU_ASSERT_FATAL(ex->ntables > 0);
    const tx_statement_rule *st = tx_classify_table(tax, &ex->tables[0], NULL, &why);
    CU_ASSERT_PTR_NOT_NULL_FATAL(why);
    return st ? st->kind : "";
}

/* Titles worded another way than the first rules knew. */
static void test_titles(void)
{
    static const char body[] =
        "\n"
        "                                        1996        1995\n"
        "Net revenues                         $ 1,000     $   900\n"
        "Net income                           $   100     $    90\n";
    static const struct {
        const char *title, *kind;
    } cases[] = {
        {"STATEMENTS OF STOCKHOLDER'S EQUITY", "equity"},
        {"STATEMENT OF CONSOLIDATED INCOME", "income"},
        {"CONSOLIDATED STATEMENTS OF CHANGES IN FINANCIAL POSITION", "cashflow"},
        {"STATEMENTS OF CONSOLIDATED CASH FLOWS", "cashflow"},
        {"SELECTED QUARTERLY FINANCIAL DATA", ""},
        {"FIVE-YEAR FINANCIAL SUMMARY", ""},
        {"4. BALANCE SHEET DETAIL", ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char text[512];
        snprintf(text, sizeof text, "                %s\n%s", cases[i].title, body);
        CU_ASSERT_STRING_EQUAL(kind_of(text), cases[i].kind);
    }
    CU_ASSERT_PTR_NOT_NULL(strstr(why, "statements.tsv:"));
}

/* An untitled table of assets and liabilities is a balance sheet. */
static const char balance[] =
    "                                                      December 31,\n"
    "                                                    1998        1997\n"
    "                                                 -------     -------\n"
    "Cash and cash equivalents                        $   311     $ 1,928\n"
    "Accounts receivable                                2,453       2,150\n"
    "Inventories                                        1,016         732\n"
    "Prepaid expenses and other current assets            499         486\n"
    "                                                 -------     -------\n"
    "  Total current assets                             4,279       5,296\n"
    "Property, plant and equipment, net                 7,318       6,261\n"
    "                                                 -------     -------\n"
    "  Total assets                                   $22,660     $20,101\n"
    "Accounts payable                                   3,870       3,617\n"
    "Income taxes payable                                 123         640\n"
    "  Total current liabilities                        7,914       4,257\n"
    "Long-term debt                                     4,028       4,946\n"
    "Retained earnings                                 12,800      11,567\n"
    "  Total liabilities and shareholders' equity     $22,660     $20,101\n";

static void test_balance_by_rows(void)
{
    CU_ASSERT_STRING_EQUAL(kind_of(balance), "balance");
    CU_ASSERT_PTR_NOT_NULL(strstr(why, "by its rows"));
    CU_ASSERT_PTR_NOT_NULL(strstr(why, "Total"));
}

/* A note table (one line item's detail) does not vote strongly enough. */
static const char note[] =
    "Property and equipment consist of:\n"
    "                                                    1998        1997\n"
    "Land                                             $   311     $   228\n"
    "Buildings                                          2,453       2,150\n"
    "Machinery and equipment                            1,016         732\n"
    "Less accumulated depreciation                       (499)       (486)\n"
    "                                                 -------     -------\n"
    "                                                   3,281       2,624\n";

static void test_note_stays_other(void)
{
    CU_ASSERT_STRING_EQUAL(kind_of(note), "");
    CU_ASSERT_PTR_NOT_NULL(strstr(why, "not a statement"));
}

/* Quarterly data votes for an income statement, but its columns are
 * quarters. */
static const char quarters[] =
    "                                    First     Second      Third     Fourth\n"
    "                                   Quarter    Quarter    Quarter    Quarter\n"
    "Net revenues                       $ 1,000    $ 1,100    $ 1,200    $ 1,300\n"
    "Cost of revenues                       400        420        450        470\n"
    "Gross profit                           600        680        750        830\n"
    "Research and development               100        110        120        130\n"
    "Operating income                       300        350        400        450\n"
    "Income before income taxes             320        370        420        470\n"
    "Provision for income taxes             120        140        160        180\n"
    "Net income                         $   200    $   230    $   260    $   290\n";

static void test_quarters_stay_other(void)
{
    CU_ASSERT_STRING_EQUAL(kind_of(quarters), "");
    CU_ASSERT_PTR_NOT_NULL(strstr(why, "column words"));
}

/* The same rows as percentages of revenue: MD&A, no statement. */
static const char percents[] =
    "                                                 1996       1995\n"
    "Net revenues                                    100.0%     100.0%\n"
    "Cost of revenues                                 40.0       42.0\n"
    "Gross profit                                     60.0       58.0\n"
    "Research and development                         10.0       11.0\n"
    "Operating income                                 30.0       28.0\n"
    "Income before income taxes                       32.0       29.0\n"
    "Provision for income taxes                       12.0       11.0\n"
    "Net income                                       20.0%      18.0%\n";

static void test_percents_stay_other(void)
{
    kind_of(percents);
    CU_ASSERT_PTR_NULL(strstr(why, "by its rows"));
}

/* The liabilities half of a balance sheet in a <TABLE> of its own: its
 * title is the statement's and its own heading, and it is the balance
 * sheet, not a footnote's table. */
static const char halves[] =
    "               CONDENSED CONSOLIDATED BALANCE SHEETS (Unaudited)\n"
    "                      (in millions, except share amounts)\n"
    "<TABLE>\n"
    "<CAPTION>\n"
    "                                    ASSETS\n"
    "                                         June 26, 1999      September 25,1998\n"
    "<S>                                                  <C>                    <C>\n"
    "Cash and cash equivalents                        $1,773                 $1,481\n"
    "         Total assets                            $5,019                 $4,289\n"
    "</TABLE>\n"
    "<TABLE>\n"
    "<CAPTION>\n"
    "                     LIABILITIES AND SHAREHOLDERS' EQUITY\n"
    "<S>                                                  <C>                    <C>\n"
    "    Accounts payable                             $  792                 $  719\n"
    "         Total current liabilities                1,539                  1,520\n"
    "</TABLE>\n";

static void test_continued_half(void)
{
    kind_of(halves);
    CU_ASSERT_EQUAL_FATAL(ex->ntables, 2);
    const tx_table *t = &ex->tables[1];
    const tx_table *parent = t->parent >= 0 ? &ex->tables[t->parent] : NULL;
    free(why);
    why = NULL;
    const tx_statement_rule *st = tx_classify_table(tax, t, parent, &why);
    CU_ASSERT_PTR_NOT_NULL_FATAL(st);
    CU_ASSERT_STRING_EQUAL(st->kind, "balance");
}

static void test_cleanup(void)
{
    tx_exhibit_free(ex);
    tx_report_free(rep);
    tx_taxonomy_free(tax);
    free(why);
    ex = NULL;
    rep = NULL;
    tax = NULL;
    why = NULL;
}

int tx_suite_classify(void)
{
    static const CU_TestInfo tests[] = {
        {"statement titles", test_titles},
        {"balance sheet by its rows", test_balance_by_rows},
        {"note table stays other", test_note_stays_other},
        {"quarterly data stays other", test_quarters_stay_other},
        {"percentages stay other", test_percents_stay_other},
        {"continued half of a balance sheet", test_continued_half},
        {"cleanup", test_cleanup},
        CU_TEST_INFO_NULL,
    };
    return tx_add_suite("classify", tests);
}

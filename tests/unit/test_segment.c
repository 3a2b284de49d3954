/* test_segment.c - finding tables: titles above and beside the header, page
 * numbers, bodies cut by headings and pages, continued statements. */
#include <stdlib.h>
#include <string.h>

#include "read/model.h"
#include "read/segment.h"
#include "units.h"

static tx_exhibit *ex;
static tx_report *rep;

static tx_status read_text(const char *s)
{
    tx_exhibit_free(ex);
    tx_report_free(rep);
    ex = NULL;
    rep = tx_report_new();
    return tx_exhibit_read_buffer("s.txt", s, strlen(s), rep, &ex);
}

/* The table whose body holds source line `line`, or NULL. */
static const tx_table *table_at(long line)
{
    for (size_t i = 0; ex && i < ex->ntables; i++)
        if (ex->tables[i].src_first <= line && line <= ex->tables[i].src_last)
            return &ex->tables[i];
    return NULL;
}

/* A statement with no <TABLE> tags, its title in three blocks above the
 * header under a page break: the foot of the page before ("F-4"), the
 * title, the scale, the company and the date. */
static const char window[] =
    "See accompanying Notes to Consolidated Financial Statements.\n"
    "\n"
    "                                       F-4\n"
    "<PAGE>\n"
    "\n"
    "Consolidated Balance Sheet\n"
    "\n"
    "(in millions)\n"
    "PepsiCo, Inc. and Subsidiaries\n"
    "December 26, 1998 and December 27, 1997\n"
    "\n"
    "                                                1998        1997\n"
    "- -----------------------------------------------------------------\n"
    "Cash and cash equivalents................    $   311     $ 1,928\n"
    "Short-term investments...................      4,896       1,888\n"
    "                                             -------     -------\n"
    "  Total Current Assets...................      5,207       3,816\n";

static void test_title_window(void)
{
    CU_ASSERT_EQUAL_FATAL(read_text(window), TX_OK);
    CU_ASSERT_EQUAL_FATAL(ex->ntables, 1);
    const tx_table *t = &ex->tables[0];
    CU_ASSERT_STRING_EQUAL(t->title, "Consolidated Balance Sheet December 26, 1998 and December 27, 1997");
    CU_ASSERT_STRING_EQUAL(t->entity, "PepsiCo, Inc.");
    CU_ASSERT_EQUAL(t->scale.money, 6);
    CU_ASSERT_EQUAL(t->src_title, 6);
}

/* "<PAGE>   5" is the page number, no one-row table; "27." at the foot of
 * a page and the running head "ITEM 8 continued..." are no title. */
static const char pages[] =
    "  Net income                          $127,122    $ 29,508\n"
    "\n"
    "        The accompanying notes are an integral part of the\n"
    "                consolidated financial statements.\n"
    "                               27.\n"
    "<PAGE>   5\n"
    "ITEM 8 continued...\n"
    "                         EMC CORPORATION\n"
    "              CONDENSED STATEMENTS OF CASH FLOWS\n"
    "                     (amounts in thousands)\n"
    "\n"
    "                                     1993        1992\n"
    "  Net income                      $127,122    $29,508\n"
    "  Depreciation                      20,000     10,000\n";

static void test_page_numbers(void)
{
    read_text(pages);
    CU_ASSERT_PTR_NULL(table_at(6));
    const tx_table *t = table_at(13);
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_STRING_EQUAL(t->title, "CONDENSED STATEMENTS OF CASH FLOWS");
    CU_ASSERT_STRING_EQUAL(t->entity, "EMC CORPORATION");
    CU_ASSERT_EQUAL(t->scale.money, 3);
}

/* Words beside the column header ("EARNINGS" left of its rule) are a header
 * line; the title and scale stand above, the title over two lines. */
static const char beside[] =
    "                       BRISTOL-MYERS SQUIBB COMPANY\n"
    "          CONSOLIDATED STATEMENT OF EARNINGS, COMPREHENSIVE INCOME and\n"
    "                           RETAINED EARNINGS\n"
    "                  (in millions, except per share amounts)\n"
    "\n"
    "                                                     Year Ended December 31,\n"
    "EARNINGS                                           ---------------------------\n"
    "                                                      1998      1997      1996\n"
    "                                                   -------   -------   -------\n"
    "Net Sales                                          $18,284   $16,701   $15,065\n"
    "Cost of products sold                                4,856     4,464     3,965\n";

static void test_words_beside_header(void)
{
    CU_ASSERT_EQUAL_FATAL(read_text(beside), TX_OK);
    CU_ASSERT_EQUAL_FATAL(ex->ntables, 1);
    const tx_table *t = &ex->tables[0];
    CU_ASSERT_STRING_EQUAL(t->title, "CONSOLIDATED STATEMENT OF EARNINGS, COMPREHENSIVE INCOME and "
                                     "RETAINED EARNINGS");
    CU_ASSERT_STRING_EQUAL(t->entity, "BRISTOL-MYERS SQUIBB COMPANY");
    CU_ASSERT_EQUAL(t->scale.money, 6);
    CU_ASSERT_EQUAL(t->src_header, 6);
    CU_ASSERT_EQUAL_FATAL(t->ncols, 3);
    CU_ASSERT_EQUAL(t->cols[0].period.end.y, 1998);
}

/* A heading underlined in the label column, a heading over a rule and a
 * label wrapped over five lines stay inside one <TABLE>'s body. */
static const char headings[] =
    "                           SEAGATE TECHNOLOGY, INC.\n"
    "                     CONSOLIDATED CONDENSED BALANCE SHEETS\n"
    "                                 (In Millions)\n"
    "\n"
    "<TABLE>\n"
    "<CAPTION>\n"
    "                                                       December 31,    July 2,\n"
    "                                                           1999         1999\n"
    "<S>                                                   <C>             <C>\n"
    "ASSETS\n"
    "- ------\n"
    "\n"
    "Cash and cash equivalents                              $   486      $   396\n"
    "  Total Assets                                         $ 6,939      $ 7,072\n"
    "LIABILITIES\n"
    "  -----------\n"
    "Accounts payable                                       $   630      $   714\n"
    "Preferred stock, no par value, 5 shares authorized:\n"
    "  none issued or outstanding at December 31, 1999\n"
    "  and July 2, 1999; common stock and additional\n"
    "  paid-in capital, $0.001 par value, 10,000 shares\n"
    "  authorized: 3,315 shares issued and outstanding\n"
    "  at December 31, 1999                                   6,794        5,578\n"
    "  Total Liabilities and Stockholders' Equity           $ 6,939      $ 7,072\n"
    "</TABLE>\n";

static void test_headings_in_body(void)
{
    CU_ASSERT_EQUAL_FATAL(read_text(headings), TX_OK);
    CU_ASSERT_EQUAL_FATAL(ex->ntables, 1);
    const tx_table *t = &ex->tables[0];
    CU_ASSERT_STRING_EQUAL(t->title, "CONSOLIDATED CONDENSED BALANCE SHEETS");
    CU_ASSERT_EQUAL(t->src_first, 10);
    CU_ASSERT_EQUAL(t->src_last, 24);
}

/* Rows cut from a statement by a line with no values carry its title and
 * columns. */
static const char orphans[] =
    "                         EMC CORPORATION\n"
    "                   CONSOLIDATED BALANCE SHEETS\n"
    "                     (amounts in thousands)\n"
    "\n"
    "                                           1993          1992\n"
    "\n"
    "Total current liabilities              133,134        83,817\n"
    "         Total liabilities             410,552       170,514\n"
    "\n"
    "Commitments and contingencies (Notes H and J)\n"
    "The company's stockholders' equity is shown next, in two lines:\n"
    "\n"
    "Additional paid-in capital             226,668       105,873\n"
    "Retained earnings                      193,045        65,923\n";

static void test_rows_cut_from_statement(void)
{
    read_text(orphans);
    CU_ASSERT_EQUAL_FATAL(ex->ntables, 2);
    const tx_table *t = &ex->tables[1];
    CU_ASSERT_EQUAL(t->parent, 0);
    CU_ASSERT_STRING_EQUAL(t->title, "CONSOLIDATED BALANCE SHEETS");
    CU_ASSERT_EQUAL(t->untitled, 0);
    CU_ASSERT_EQUAL(t->ncols, 2);
}

/* The liabilities half of a balance sheet on the next page, under a
 * repeated header and a heading that names no statement, continues it. */
static const char continued[] =
    "                       BRISTOL-MYERS SQUIBB COMPANY\n"
    "                        CONSOLIDATED BALANCE SHEET\n"
    "                          (dollars in millions)\n"
    "\n"
    "                                                     1998      1997\n"
    "                                                  -------   -------\n"
    "Cash and cash equivalents                         $ 2,244   $ 1,456\n"
    "    Total Assets                                  $16,272   $14,977\n"
    "\n"
    "The accompanying notes are an integral part of these financial statements.\n"
    "\n"
    "                                        35\n"
    "<PAGE>\n"
    "                  LIABILITIES AND STOCKHOLDERS' EQUITY\n"
    "\n"
    "                                                     1998      1997\n"
    "                                                  -------   -------\n"
    "Short-term borrowings                             $   482   $   543\n"
    "Accounts payable                                    1,380     1,017\n";

static void test_continued_statement(void)
{
    CU_ASSERT_EQUAL_FATAL(read_text(continued), TX_OK);
    CU_ASSERT_EQUAL_FATAL(ex->ntables, 2);
    const tx_table *t = &ex->tables[1];
    CU_ASSERT_EQUAL(t->parent, -1);
    CU_ASSERT_STRING_EQUAL(t->title, "CONSOLIDATED BALANCE SHEET LIABILITIES AND STOCKHOLDERS' EQUITY");
    CU_ASSERT_EQUAL(t->ncols, 2);
}

/* A table after a statement that names a statement of its own, or stands
 * after prose, is no continuation. */
static const char not_continued[] =
    "                        CONSOLIDATED BALANCE SHEET\n"
    "\n"
    "                                                     1998      1997\n"
    "Cash and cash equivalents                         $ 2,244   $ 1,456\n"
    "    Total Assets                                  $16,272   $14,977\n"
    "\n"
    "Property and equipment of the company, at cost, is shown below. The\n"
    "amounts are in millions. Depreciation is on a straight line basis.\n"
    "Property and equipment consist of:\n"
    "\n"
    "                                                     1998      1997\n"
    "Land                                              $   482   $   543\n"
    "Buildings                                           1,380     1,017\n";

static void test_not_continued(void)
{
    CU_ASSERT_EQUAL_FATAL(read_text(not_continued), TX_OK);
    CU_ASSERT_EQUAL_FATAL(ex->ntables, 2);
    CU_ASSERT_PTR_NULL(strstr(ex->tables[1].title, "BALANCE SHEET"));
}

/* A one-column statement in a <TABLE> with no header: the date line of its
 * title over the <TABLE> is its column header. */
static const char dated[] =
    "COMPUTING RESOURCES, INC.\n"
    "\n"
    "CONSOLIDATED BALANCE SHEET\n"
    "- --------------------------------------------------------------------\n"
    "For the year ended December 31, 1998\n"
    "<TABLE>\n"
    "<S>                                                   <C>\n"
    " ASSETS\n"
    "   Cash and cash equivalents                          $1,949,547\n"
    "   Accounts receivable - trade                           488,216\n"
    "</TABLE>\n";

static void test_dated_title(void)
{
    CU_ASSERT_EQUAL_FATAL(read_text(dated), TX_OK);
    CU_ASSERT_EQUAL_FATAL(ex->ntables, 1);
    const tx_table *t = &ex->tables[0];
    CU_ASSERT_EQUAL(t->parent, -1);
    CU_ASSERT_EQUAL(t->src_header, 5);
    CU_ASSERT_EQUAL_FATAL(t->ncols, 1);
    CU_ASSERT_EQUAL(t->cols[0].period.end.y, 1998);
}

/* A side heading printed left of the items ("COSTS AND / EXPENSES"), its
 * last line beside the rule under the items: the rule is part of the body,
 * the rows after it the same table's. */
static const char side_heading[] =
    "                         CONSOLIDATED STATEMENTS OF INCOME\n"
    "\n"
    "Years ended October 28, 1995 and October 29, 1994\n"
    "(thousands)                                              1995          1994\n"
    "---------------------------------------------------------------------------\n"
    "REVENUE     Net sales . . . . . . . . . . . . . .    $941,546      $773,474\n"
    "\n"
    "COSTS AND   Cost of sales . . . . . . . . . . . .     464,571       394,448\n"
    "EXPENSES                                             --------      --------\n"
    "\n"
    "            Gross margin  . . . . . . . . . . . .     476,975       379,026\n";

static void test_side_heading_rule(void)
{
    CU_ASSERT_EQUAL_FATAL(read_text(side_heading), TX_OK);
    CU_ASSERT_EQUAL_FATAL(ex->ntables, 1);
    const tx_table *t = table_at(11);
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_PTR_EQUAL(t, table_at(6));
    CU_ASSERT_EQUAL(t->ncols, 2);
}

static void test_cleanup(void)
{
    tx_exhibit_free(ex);
    tx_report_free(rep);
    ex = NULL;
    rep = NULL;
}

int tx_suite_segment(void)
{
    static const CU_TestInfo tests[] = {
        {"title window over the header", test_title_window},
        {"page numbers", test_page_numbers},
        {"words beside the header", test_words_beside_header},
        {"headings inside a body", test_headings_in_body},
        {"rows cut from a statement", test_rows_cut_from_statement},
        {"continued statement", test_continued_statement},
        {"no continuation", test_not_continued},
        {"date line of a title as header", test_dated_title},
        {"side heading beside a rule", test_side_heading_rule},
        {"cleanup", test_cleanup},
        CU_TEST_INFO_NULL,
    };
    return tx_add_suite("segment", tests);
}

/* test_exhibits.c - formats of the real legacy exhibits (../shared/exhibits):
 * <TABLE>/<CAPTION> titles and scales, balance sheets in two <TABLE>s,
 * numeric dates, change columns, page numbers, the Notes column, EX-27
 * documents, and the self-check by footing.  Every snippet is cut from an
 * exhibit of the development set (line numbers in the comments). */
#include <stdlib.h>
#include <string.h>

#include "read/model.h"
#include "units.h"

static tx_exhibit *ex;
static tx_report *rep;

static tx_status read_text(const char *s)
{
    tx_exhibit_free(ex);
    tx_report_free(rep);
    ex = NULL;
    rep = tx_report_new();
    return tx_exhibit_read_buffer("t.txt", s, strlen(s), rep, &ex);
}

static const char *period(size_t t, size_t c)
{
    static char buf[32];
    tx_period_format(&ex->tables[t].cols[c].period, buf, sizeof buf);
    return buf;
}

/* How many findings carry `code`; the line of the first in *line. */
static size_t count_code(const char *code, long *line)
{
    size_t n = 0;
    for (size_t i = 0; i < tx_report_size(rep); i++)
        if (strcmp(tx_report_code(rep, i), code) == 0) {
            if (n == 0 && line)
                *line = tx_report_line(rep, i);
            n++;
        }
    return n;
}

static const tx_row *row_at(size_t t, long src)
{
    for (size_t r = 0; r < ex->tables[t].nrows; r++)
        if (ex->tables[t].rows[r].src_values == src)
            return &ex->tables[t].rows[r];
    return NULL;
}

/* Coca-Cola 1997 (exhibit 06, lines 1-61): the title inside <TABLE> before
 * <CAPTION>, the entity on the same line, the scale under the year header,
 * unlabeled subtotals, a page number "- 44 -" before the next <PAGE>. */
static const char coke_bs[] =
    "<PAGE>\n"
    "<PAGE>\n"
    "\n"
    "<TABLE>\n"
    "CONSOLIDATED BALANCE SHEETS              THE COCA-COLA COMPANY AND SUBSIDIARIES\n"
    "<CAPTION>\n"
    "\n"
    "December 31,                                             1997                1996\n"
    "- ------------------------------------------------------------------------------------\n"
    "(In millions except share data)\n"
    "\n"
    "\n"
    "ASSETS\n"
    "\n"
    "<S>                                                  <C>                 <C>\n"
    "CURRENT\n"
    "Cash and cash equivalents                            $  1,737            $  1,433\n"
    "Marketable securities                                     106                 225\n"
    "- ------------------------------------------------------------------------------------\n"
    "                                                        1,843               1,658\n"
    "Trade accounts receivable, less allowances\n"
    " of $23 in 1997 and $30 in 1996                         1,639               1,641\n"
    "Inventories                                               959                 952\n"
    "Prepaid expenses and other assets                       1,528               1,659\n"
    "- ------------------------------------------------------------------------------------\n"
    "TOTAL CURRENT ASSETS                                    5,969               5,910\n"
    "- ------------------------------------------------------------------------------------\n"
    "\n"
    "PROPERTY, PLANT AND EQUIPMENT\n"
    "Land                                                      183               204\n"
    "Buildings and improvements                              1,535             1,528\n"
    "Machinery and equipment                                 3,896             3,649\n"
    "Containers                                                157               200\n"
    "- ------------------------------------------------------------------------------------\n"
    "                                                        5,771             5,581\n"
    "Less allowances for depreciation                        2,028             2,031\n"
    "- ------------------------------------------------------------------------------------\n"
    "                                                        3,743             3,550\n"
    "- ------------------------------------------------------------------------------------\n"
    "\n"
    "GOODWILL AND OTHER INTANGIBLE ASSETS                      727               753\n"
    "- ------------------------------------------------------------------------------------\n"
    "                                                     $ 10,439          $ 10,213\n"
    "====================================================================================\n"
    "See Notes to Consolidated Financial Statements.\n"
    "</TABLE>\n"
    "\n"
    "                                         - 44 -\n"
    "<PAGE>\n";

static void test_caption_title_and_scale(void)
{
    CU_ASSERT_EQUAL_FATAL(read_text(coke_bs), TX_OK);
    CU_ASSERT_EQUAL_FATAL(ex->ntables, 1);  /* the page number is no table */
    const tx_table *t = &ex->tables[0];
    CU_ASSERT_STRING_EQUAL(t->title, "CONSOLIDATED BALANCE SHEETS");
    CU_ASSERT_STRING_EQUAL(t->entity, "THE COCA-COLA COMPANY");
    CU_ASSERT_STRING_EQUAL(t->scale_text, "(In millions except share data)");
    CU_ASSERT_EQUAL(t->scale.money, 6);
    CU_ASSERT_EQUAL(t->scale.shares, 0);
    CU_ASSERT_EQUAL_FATAL(t->ncols, 2);
    CU_ASSERT_STRING_EQUAL(period(0, 0), "1997-12-31");
    CU_ASSERT_STRING_EQUAL(period(0, 1), "1996-12-31");
    /* every total foots: 1,737 + 106; 1,843 + 1,639 + 959 + 1,528; the
       property block; 5,969 + 3,743 + 727 = 10,439 (the grand total of
       this cut-down sheet) */
    CU_ASSERT_EQUAL(count_code("body.not-footing", NULL), 0);
    CU_ASSERT_TRUE(t->foot_checked >= 5);
    CU_ASSERT_EQUAL(t->foot_failed, 0);
}

static void test_not_footing_reported(void)
{
    /* the same sheet with one value misread: 1,639 -> 1,693 */
    char *bad = malloc(sizeof coke_bs);
    CU_ASSERT_PTR_NOT_NULL_FATAL(bad);
    memcpy(bad, coke_bs, sizeof coke_bs);
    char *p = strstr(bad, "1,639");
    CU_ASSERT_PTR_NOT_NULL_FATAL(p);
    memcpy(p, "1,693", 5);
    CU_ASSERT_EQUAL_FATAL(read_text(bad), TX_OK);  /* a warning, not an error */
    free(bad);
    long line = 0;
    CU_ASSERT_EQUAL(count_code("body.not-footing", &line), 1);
    CU_ASSERT_EQUAL(line, 26);  /* TOTAL CURRENT ASSETS */
    CU_ASSERT_EQUAL(ex->tables[0].foot_failed, 1);
    const char *msg = NULL;
    for (size_t i = 0; i < tx_report_size(rep); i++)
        if (strcmp(tx_report_code(rep, i), "body.not-footing") == 0)
            msg = tx_report_message(rep, i);
    CU_ASSERT_PTR_NOT_NULL_FATAL(msg);
    CU_ASSERT_PTR_NOT_NULL(strstr(msg, "'TOTAL CURRENT ASSETS' does not foot"));
    CU_ASSERT_PTR_NOT_NULL(strstr(msg, "(lines 20-24)"));
    CU_ASSERT_PTR_NOT_NULL(strstr(msg, "they come to 6023000000, it prints 5969000000"));
}

/* Apple 10-Q 1999 (exhibit 02, lines 158-210): the balance sheet in two
 * <TABLE>s, the second with only a caption; "September 25,1998". */
static const char apple_bs[] =
    "<PAGE>\n"
    "                             APPLE COMPUTER, INC.\n"
    "\n"
    "               CONDENSED CONSOLIDATED BALANCE SHEETS (Unaudited)\n"
    "                      (in millions, except share amounts)\n"
    "<TABLE>\n"
    "<CAPTION>\n"
    "                                    ASSETS\n"
    "                                         June 26, 1999      September 25,1998\n"
    "<S>                                                  <C>                    <C>\n"
    "Current assets:\n"
    "Cash and cash equivalents                        $1,773                 $1,481\n"
    "         Total assets                            $5,019                 $4,289\n"
    "</TABLE>\n"
    "<TABLE>\n"
    "<CAPTION>\n"
    "                     LIABILITIES AND SHAREHOLDERS' EQUITY\n"
    "<S>                                                  <C>                    <C>\n"
    "Current liabilities:\n"
    "    Accounts payable                             $  792                 $  719\n"
    "         Total liabilities and\n"
    "           shareholders' equity                  $5,019                 $4,289\n"
    "</TABLE>\n"
    "     See accompanying notes to condensed consolidated financial statements.\n";

static void test_table_continued(void)
{
    CU_ASSERT_EQUAL_FATAL(read_text(apple_bs), TX_OK);
    CU_ASSERT_EQUAL_FATAL(ex->ntables, 2);
    CU_ASSERT_STRING_EQUAL(ex->tables[0].entity, "APPLE COMPUTER, INC.");
    CU_ASSERT_STRING_EQUAL(ex->tables[0].title,
                           "CONDENSED CONSOLIDATED BALANCE SHEETS (Unaudited) ASSETS");
    CU_ASSERT_STRING_EQUAL(period(0, 0), "1999-06-26");
    CU_ASSERT_STRING_EQUAL(period(0, 1), "1998-09-25");
    /* the second part: the first part's columns and title */
    CU_ASSERT_EQUAL(ex->tables[1].parent, 0);
    CU_ASSERT_STRING_EQUAL(ex->tables[1].title,
                           "CONDENSED CONSOLIDATED BALANCE SHEETS (Unaudited) ASSETS "
                           "LIABILITIES AND SHAREHOLDERS' EQUITY");
    CU_ASSERT_STRING_EQUAL(period(1, 1), "1998-09-25");
    CU_ASSERT_EQUAL(ex->tables[1].scale.money, 6);
}

/* Apple 10-Q (lines 392-437): numeric dates, the caption's words left of
 * the columns as the title, the title over the first of three <TABLE>s. */
static const char apple_notes[] =
    "Note 3 - Consolidated Financial Statement Details (in millions)\n"
    "\n"
    "<TABLE>\n"
    "<CAPTION>\n"
    "Inventories                                             06/26/99        9/25/98\n"
    "<S>                                                          <C>            <C>\n"
    "         Purchased parts                                 $     1        $   32\n"
    "         Work in process                                       0             5\n"
    "         Finished goods                                        6            41\n"
    "\n"
    "         Total inventories                               $     7        $   78\n"
    "</TABLE>\n"
    "<TABLE>\n"
    "<CAPTION>\n"
    "Interest and Other Income (Expense)                        Nine Months Ended\n"
    "                                                        06/26/99       06/26/98\n"
    "<S>                                                          <C>            <C>\n"
    "         Interest income                                 $  102         $   71\n"
    "         Interest expense                                   (42)           (47)\n"
    "</TABLE>\n";

static void test_numeric_date_captions(void)
{
    CU_ASSERT_EQUAL_FATAL(read_text(apple_notes), TX_OK);
    CU_ASSERT_EQUAL_FATAL(ex->ntables, 2);
    CU_ASSERT_STRING_EQUAL(ex->tables[0].title,
                           "Note 3 - Consolidated Financial Statement Details (in millions)");
    CU_ASSERT_EQUAL(ex->tables[0].scale.money, 6);
    CU_ASSERT_STRING_EQUAL(period(0, 0), "1999-06-26");
    CU_ASSERT_STRING_EQUAL(period(0, 1), "1998-09-25");
    CU_ASSERT_STRING_EQUAL(ex->tables[1].title, "Interest and Other Income (Expense)");
    CU_ASSERT_EQUAL(ex->tables[1].scale.money, 6);  /* from the table before */
    /* 39 weeks back from June 26, 1999 is September 27, 1998, but the text
       prints the fiscal year end before it, 9/25/98: the day after */
    CU_ASSERT_STRING_EQUAL(period(1, 0), "1998-09-26..1999-06-26");
    CU_ASSERT_STRING_EQUAL(period(1, 1), "1997-09-27..1998-06-26");
}

/* Southern 2004 (exhibit 12, lines 669-694) and Apple's MD&A (lines
 * 661-671): "Change" columns, and "6/26/98 Change" with one space. */
static const char change_cols[] =
    "<TABLE>\n"
    "<CAPTION>\n"
    "                   Significant Factors Impacting EPS (Notes)\n"
    "\n"
    "                                     3 Months Ended December         12 Months Ended December\n"
    "                                     -----------------------         ------------------------\n"
    "                                       2004    2003  Change            2004    2003 Change\n"
    "                                      ----     ----   ------           ----    ---- ------\n"
    "\n"
    "<S>                                  <C>     <C>      <C>             <C>     <C>    <C>\n"
    "Consolidated Earnings-               $ 0.24  $ 0.22   $0.02           $2.04   $1.97  $0.07\n"
    "</TABLE>\n"
    "<TABLE>\n"
    "<CAPTION>\n"
    "Results of Operations\n"
    "Tabular information (dollars in millions, except per share amounts):\n"
    "\n"
    "                              Three Months Ended          Nine Months Ended\n"
    "                           6/26/99   6/26/98  Change   6/26/99   6/26/98 Change\n"
    "<S>                           <C>      <C>     <C>        <C>      <C>      <C>\n"
    "Net sales                   $1,558    $1,402    11%     $4,798    $4,385     9%\n"
    "</TABLE>\n";

static void test_change_columns(void)
{
    CU_ASSERT_EQUAL_FATAL(read_text(change_cols), TX_OK);
    CU_ASSERT_EQUAL_FATAL(ex->ntables, 2);
    const tx_table *s = &ex->tables[0];
    CU_ASSERT_EQUAL_FATAL(s->ncols, 6);
    CU_ASSERT_STRING_EQUAL(period(0, 0), "2004-10-01..2004-12-31");
    CU_ASSERT_STRING_EQUAL(period(0, 4), "2003-01-01..2003-12-31");
    CU_ASSERT_TRUE(s->cols[2].derived);
    CU_ASSERT_TRUE(s->cols[5].derived);
    CU_ASSERT_FALSE(s->cols[3].derived);
    const tx_table *a = &ex->tables[1];
    CU_ASSERT_STRING_EQUAL(a->title,
                           "Results of Operations Tabular information (dollars in millions, "
                           "except per share amounts):");
    CU_ASSERT_EQUAL(a->scale.money, 6);
    CU_ASSERT_EQUAL_FATAL(a->ncols, 6);
    CU_ASSERT_STRING_EQUAL(a->cols[4].words, "Nine Months Ended 6/26/98");
    CU_ASSERT_STRING_EQUAL(period(1, 4), "1997-09-27..1998-06-26");
    CU_ASSERT_TRUE(a->cols[5].derived);
    CU_ASSERT_EQUAL(count_code("header.change-column", NULL), 4);
    CU_ASSERT_EQUAL(count_code("header.no-period", NULL), 0);
}

/* Apple 10-K 1997 (exhibit 03, lines 1-118): the title over the <TABLE>
 * with blank lines between its lines, dot leaders, two '---' lines as a
 * double rule, and the 52/53-week years dated by the balance sheet and
 * the equity statement of the same filing. */
static const char apple_10k[] =
    "<PAGE>\n"
    "                          CONSOLIDATED BALANCE SHEETS\n"
    " \n"
    "                             (DOLLARS IN MILLIONS)\n"
    " \n"
    "<TABLE>\n"
    "<CAPTION>\n"
    "SEPTEMBER 26, 1997 AND SEPTEMBER 27, 1996                  1997       1996\n"
    "- ------------------------------------------------------  ---------  ---------\n"
    "<S>                                                       <C>        <C>\n"
    "Cash and cash equivalents...............................  $   1,230  $   1,552\n"
    "</TABLE>\n"
    "<PAGE>\n"
    "                     CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    " \n"
    "                (DOLLARS IN MILLIONS, EXCEPT PER SHARE AMOUNTS)\n"
    " \n"
    "<TABLE>\n"
    "<CAPTION>\n"
    "THREE FISCAL YEARS ENDED SEPTEMBER 26, 1997                 1997       1996       1995\n"
    "- -------------------------------------------------------  ---------  ---------  ---------\n"
    "<S>                                                        <C>        <C>        <C>\n"
    "Net sales...............................................  $   7,081  $   9,833  $  11,062\n"
    "Cost of sales...........................................      5,713      8,865      8,204\n"
    "                                                          ---------  ---------  ---------\n"
    "                                                              1,368        968      2,858\n"
    "                                                          ---------  ---------  ---------\n"
    "                                                          ---------  ---------  ---------\n"
    "Earnings (loss) per common and common equivalent share..  $   (8.29) $   (6.59) $    3.45\n"
    "</TABLE>\n"
    "<TABLE>\n"
    "Balance as of September 29, 1995\n"
    "</TABLE>\n";

static void test_fiscal_years_from_the_filing(void)
{
    CU_ASSERT_EQUAL_FATAL(read_text(apple_10k), TX_OK);
    CU_ASSERT_EQUAL_FATAL(ex->ntables, 2);
    CU_ASSERT_STRING_EQUAL(ex->tables[0].title, "CONSOLIDATED BALANCE SHEETS");
    CU_ASSERT_STRING_EQUAL(ex->tables[0].scale_text, "(DOLLARS IN MILLIONS)");
    CU_ASSERT_STRING_EQUAL(ex->tables[1].title, "CONSOLIDATED STATEMENTS OF OPERATIONS");
    CU_ASSERT_STRING_EQUAL(period(1, 0), "1996-09-28..1997-09-26");
    CU_ASSERT_STRING_EQUAL(period(1, 1), "1995-09-30..1996-09-27");
    CU_ASSERT_STRING_EQUAL(period(1, 2), "1994-10-01..1995-09-29");
    const tx_row *sub = row_at(1, 26);
    CU_ASSERT_PTR_NOT_NULL_FATAL(sub);
    CU_ASSERT_EQUAL(sub->rule_below, 2);  /* two '---' lines: a double rule */
    const tx_row *eps = row_at(1, 29);
    CU_ASSERT_PTR_NOT_NULL_FATAL(eps);
    CU_ASSERT_EQUAL(eps->rule_above, 2);
    CU_ASSERT_STRING_EQUAL(eps->label, "Earnings (loss) per common and common equivalent share");
    CU_ASSERT_EQUAL(ex->tables[1].foot_checked, 1);
    CU_ASSERT_EQUAL(ex->tables[1].foot_failed, 0);
}

static void test_fiscal_years_not_guessed(void)
{
    /* without the equity statement's "September 29, 1995" the 1995 column
       cannot be dated */
    char *cut = malloc(sizeof apple_10k);
    CU_ASSERT_PTR_NOT_NULL_FATAL(cut);
    memcpy(cut, apple_10k, sizeof apple_10k);
    *strstr(cut, "<TABLE>\nBalance as of") = '\0';
    CU_ASSERT_EQUAL(read_text(cut), TX_OK);   /* the column is not converted: a warning */
    free(cut);
    CU_ASSERT_EQUAL(count_code("header.no-period", NULL), 1);
    CU_ASSERT_STRING_EQUAL(period(1, 1), "1995-09-30..1996-09-27");
    CU_ASSERT_EQUAL(ex->tables[1].cols[2].period.kind, TX_PERIOD_NONE);
}

/* IBM 1997 (exhibit 04, lines 15-24, 58): the Notes column of letters
 * and '*' glued to values; EX-27 documents hold no tables (exhibit 05). */
static const char ibm[] =
    "<DOCUMENT>\n"
    "<TYPE>EX-13\n"
    "<TEXT>\n"
    "                       consolidated statement of earnings\n"
    "\n"
    "                  International Business Machines Corporation\n"
    "                            and Subsidiary Companies\n"
    "\n"
    "<TABLE>\n"
    "<CAPTION>\n"
    "(Dollars in millions except per share amounts)\n"
    "\n"
    "For the year ended December 31:                   Notes      1997      1996       1995\n"
    "<S>                                               <C>     <C>       <C>        <C>\n"
    "Revenue:\n"
    "Maintenance                                                 6,402     6,981      7,409\n"
    "Rentals and financing                             Q         3,731     3,725      3,560\n"
    "- --------------------------------------------------------------------------------------\n"
    "Total revenue                                              10,133    10,706     10,969\n"
    "Net earnings per share of common stock            C & R   $  6.18   $  5.12*   $  3.61*\n"
    "</TABLE>\n"
    "</TEXT>\n"
    "</DOCUMENT>\n"
    "<DOCUMENT>\n"
    "<TYPE>EX-27\n"
    "<TEXT>\n"
    "<TABLE> <S> <C>\n"
    "<MULTIPLIER>                                   1,000,000\n"
    "<CASH>                                             7,553\n"
    "<TOTAL-ASSETS>                                    81,499\n"
    "</TABLE>\n"
    "</TEXT>\n"
    "</DOCUMENT>\n";

static void test_notes_column_and_ex27(void)
{
    CU_ASSERT_EQUAL_FATAL(read_text(ibm), TX_OK);
    CU_ASSERT_EQUAL_FATAL(ex->ntables, 1);
    const tx_table *t = &ex->tables[0];
    CU_ASSERT_STRING_EQUAL(t->title, "consolidated statement of earnings");
    CU_ASSERT_STRING_EQUAL(t->entity, "International Business Machines Corporation");
    CU_ASSERT_EQUAL_FATAL(t->ncols, 3);
    CU_ASSERT_STRING_EQUAL(period(0, 2), "1995-01-01..1995-12-31");
    const tx_row *r = row_at(0, 17);
    CU_ASSERT_PTR_NOT_NULL_FATAL(r);
    CU_ASSERT_STRING_EQUAL(r->label, "Rentals and financing");
    CU_ASSERT_STRING_EQUAL(r->notes, "Q");
    const tx_row *eps = row_at(0, 20);
    CU_ASSERT_PTR_NOT_NULL_FATAL(eps);
    CU_ASSERT_STRING_EQUAL(eps->label, "Net earnings per share of common stock");
    CU_ASSERT_STRING_EQUAL(eps->notes, "C & R");
    CU_ASSERT_STRING_EQUAL(eps->cells[1].note, "*");
    CU_ASSERT_EQUAL(tx_test_coef(eps->cells[1].value), 512);
    CU_ASSERT_EQUAL(t->foot_checked, 1);
    CU_ASSERT_EQUAL(t->foot_failed, 0);
}


/* 24Holdings 2007 (exhibit 13, lines 91-127): a statement of shareholders'
 * equity laid out by component, values set anywhere inside their <C>
 * columns (only the markers make 7 columns of them), "Balance at DATE"
 * rows, a label wrapped onto its value line. */
static const char holdings_equity[] =
    "                                 24HOLDINGS INC\n"
    "             STATEMENTS OF CHANGES IN SHAREHOLDERS' EQUITY (DEFICIT)\n"
    "\n"
    "<TABLE>\n"
    "<CAPTION>\n"
    "                                                                                                                          TOTAL\n"
    "                                        PREFERRED STOCK             COMMON STOCK        ADDITIONAL                    SHAREHOLDERS'\n"
    "                                   ------------------------- ---------------------------  PAID-IN        ACCUMULATED     EQUITY\n"
    "                                       SHARES      AMOUNT         SHARES    AMOUNT        CAPITAL          DEFICIT      (DEFICIT)\n"
    "                                   ------------------------------------------------------------------------------------------------\n"
    "<S>                                   <C>        <C>        <C>           <C>           <C>             <C>             <C>\n"
    "Balance at December 31, 2006                -           -      1,244,902       1,245      10,647,358     (10,633,586)        15,017\n"
    "\n"
    "Capital Contribution                        -           -           -           -             40,000                         40,000\n"
    "\n"
    "Net loss for year ended\n"
    "December 31, 2007                           -           -           -           -                            (44,562)       (44,562)\n"
    "                                   ------------------------------------------------------------------------------------------------\n"
    "\n"
    "Balance at December 31, 2007                -   $       -      1,244,902  $    1,245    $ 10,687,358    $(10,678,148)   $    10,455\n"
    "                                   ================================================================================================\n"
    "</TABLE>\n";

static void test_equity_components(void)
{
    CU_ASSERT_EQUAL_FATAL(read_text(holdings_equity), TX_OK);
    CU_ASSERT_EQUAL_FATAL(ex->ntables, 1);
    const tx_table *t = &ex->tables[0];
    CU_ASSERT_EQUAL(t->components, 1);
    CU_ASSERT_EQUAL(t->hinted, 1);
    CU_ASSERT_EQUAL_FATAL(t->ncols, 7);
    CU_ASSERT_STRING_EQUAL(t->cols[0].words, "PREFERRED STOCK SHARES");
    CU_ASSERT_STRING_EQUAL(t->cols[3].words, "COMMON STOCK AMOUNT");
    CU_ASSERT(t->cols[2].own_kind && t->cols[2].kind == TX_VK_SHARES);
    CU_ASSERT(!t->cols[3].own_kind);
    CU_ASSERT_EQUAL(count_code("header.no-period", NULL), 0);
    /* the net loss row: its label wrapped onto the value line */
    const tx_row *nl = row_at(0, 17);
    CU_ASSERT_PTR_NOT_NULL_FATAL(nl);
    CU_ASSERT_STRING_EQUAL(nl->label, "Net loss for year ended December 31, 2007");
    CU_ASSERT_EQUAL(tx_test_coef(nl->cells[5].value), -44562);
    CU_ASSERT_EQUAL(nl->cells[4].state, TX_CELL_EMPTY);  /* nothing printed there */
    /* 10,647,358 + 40,000 = 10,687,358; 15,017 + 40,000 - 44,562 = 10,455;
       each row's total is the sum of its amount columns */
    const tx_row *end = row_at(0, 20);
    CU_ASSERT_PTR_NOT_NULL_FATAL(end);
    CU_ASSERT_EQUAL(tx_test_coef(end->cells[4].value), 10687358);
    CU_ASSERT_EQUAL(tx_test_coef(end->cells[6].value), 10455);
    CU_ASSERT(t->foot_checked >= 4);
    CU_ASSERT_EQUAL(t->foot_failed, 0);
}

/* The same statement with the 2007 capital contribution changed: the
 * roll-forward and the cross-foot catch it. */
static void test_equity_not_footing(void)
{
    char *s = strdup(holdings_equity);
    CU_ASSERT_PTR_NOT_NULL_FATAL(s);
    char *p = strstr(s, "40,000                         40,000");
    CU_ASSERT_PTR_NOT_NULL_FATAL(p);
    memcpy(p, "41,000", 6);
    CU_ASSERT_EQUAL_FATAL(read_text(s), TX_OK);
    long line = 0;
    CU_ASSERT(count_code("body.not-footing", &line) >= 1);
    CU_ASSERT_EQUAL(line, 14);
    free(s);
}

/* 24Holdings 2007 (exhibit 13, lines 1-45): a one-column balance sheet dated
 * in its title; a title-case heading over indented rows; two blank lines
 * inside the statement. */
static const char holdings_bs[] =
    "<PAGE>\n"
    "\n"
    "                                 24HOLDINGS INC.\n"
    "                                  BALANCE SHEET\n"
    "                                December 31, 2007\n"
    "\n"
    "                                     ASSETS\n"
    "\n"
    "Current Assets\n"
    "     Cash and cash equivalents                                 $      28,604\n"
    "                                                              ------------------\n"
    "     Total current Assets                                             28,604\n"
    "\n"
    "\n"
    "        TOTAL SHAREHOLDERS' EQUITY                                    10,455\n";

static void test_dated_title_one_column(void)
{
    CU_ASSERT_EQUAL_FATAL(read_text(holdings_bs), TX_OK);
    CU_ASSERT_EQUAL_FATAL(ex->ntables, 1);
    CU_ASSERT_STRING_EQUAL(ex->tables[0].title, "BALANCE SHEET");
    CU_ASSERT_EQUAL_FATAL(ex->tables[0].ncols, 1);
    CU_ASSERT_STRING_EQUAL(period(0, 0), "2007-12-31");
    const tx_row *cash = row_at(0, 10);
    CU_ASSERT_PTR_NOT_NULL_FATAL(cash);
    CU_ASSERT_STRING_EQUAL(cash->label, "Cash and cash equivalents");
    CU_ASSERT_STRING_EQUAL(cash->path, "Current Assets");
    CU_ASSERT_PTR_NOT_NULL(row_at(0, 15));  /* after two blank lines */
}

/* Coca-Cola 1997 (exhibit 06, lines 38-56): subtotals the filer left
 * unnamed are named after what they sum. */
static const char coke_unnamed[] =
    "<TABLE>\n"
    "CONSOLIDATED BALANCE SHEETS              THE COCA-COLA COMPANY AND SUBSIDIARIES\n"
    "<CAPTION>\n"
    "December 31,                                             1997                1996\n"
    "<S>                                                  <C>                 <C>\n"
    "PROPERTY, PLANT AND EQUIPMENT\n"
    "Land                                                      183               204\n"
    "Buildings and improvements                              1,535             1,528\n"
    "Machinery and equipment                                 3,896             3,649\n"
    "Containers                                                157               200\n"
    "------------------------------------------------------------------------------------\n"
    "                                                        5,771             5,581\n"
    "Less allowances for depreciation                        2,028             2,031\n"
    "------------------------------------------------------------------------------------\n"
    "                                                        3,743             3,550\n"
    "------------------------------------------------------------------------------------\n"
    "</TABLE>\n";

static void test_unnamed_subtotals(void)
{
    CU_ASSERT_EQUAL_FATAL(read_text(coke_unnamed), TX_OK);
    const tx_row *gross = row_at(0, 12);
    const tx_row *net = row_at(0, 15);
    CU_ASSERT_PTR_NOT_NULL_FATAL(gross);
    CU_ASSERT_PTR_NOT_NULL_FATAL(net);
    /* 183 + 1,535 + 3,896 + 157 = 5,771; 5,771 - 2,028 = 3,743 */
    CU_ASSERT_STRING_EQUAL(gross->label,
                           "PROPERTY, PLANT AND EQUIPMENT before allowances for depreciation");
    CU_ASSERT_STRING_EQUAL(net->label, "PROPERTY, PLANT AND EQUIPMENT, net");
    CU_ASSERT(gross->inferred && net->inferred);
    CU_ASSERT_EQUAL(net->nsums, 2);
    CU_ASSERT_EQUAL(ex->tables[0].foot_failed, 0);
}

/* IBM 1997 (exhibit 04, lines 15-34): "Revenue:" and "Cost:" over rows not
 * indented under them, each closed by its total; the same label under each. */
static const char ibm_flat[] =
    "<TABLE>\n"
    "<CAPTION>\n"
    "For the year ended December 31:                   Notes      1997      1996\n"
    "<S>                                               <C>     <C>       <C>\n"
    "Revenue:\n"
    "Hardware sales                                            $36,229   $36,316\n"
    "Services                                                   19,302    15,873\n"
    "- --------------------------------------------------------------------------\n"
    "Total revenue                                              55,531    52,189\n"
    "- --------------------------------------------------------------------------\n"
    "Cost:\n"
    "Hardware sales                                             23,538    23,396\n"
    "Services                                                   15,281    12,647\n"
    "- --------------------------------------------------------------------------\n"
    "Total cost                                                 38,819    36,043\n"
    "</TABLE>\n";

static void test_flat_headings(void)
{
    CU_ASSERT_EQUAL_FATAL(read_text(ibm_flat), TX_OK);
    const tx_row *rev = row_at(0, 6);
    const tx_row *cost = row_at(0, 12);
    CU_ASSERT_PTR_NOT_NULL_FATAL(rev);
    CU_ASSERT_PTR_NOT_NULL_FATAL(cost);
    CU_ASSERT_STRING_EQUAL(rev->path, "Revenue:");
    CU_ASSERT_STRING_EQUAL(cost->path, "Cost:");
    CU_ASSERT_EQUAL(ex->tables[0].foot_failed, 0);
}

static const CU_TestInfo exhibit_tests[] = {
    {"caption title, scale under the years (Coca-Cola)", test_caption_title_and_scale},
    {"a total that does not foot is reported", test_not_footing_reported},
    {"balance sheet in two <TABLE>s (Apple 10-Q)", test_table_continued},
    {"numeric dates in captions (Apple 10-Q)", test_numeric_date_captions},
    {"change columns (Southern, Apple)", test_change_columns},
    {"52/53-week years from the filing (Apple 10-K)", test_fiscal_years_from_the_filing},
    {"52/53-week years not guessed", test_fiscal_years_not_guessed},
    {"Notes column, EX-27 (IBM)", test_notes_column_and_ex27},
    {"equity statement by component (24Holdings)", test_equity_components},
    {"equity roll-forward that does not foot", test_equity_not_footing},
    {"one column dated in the title (24Holdings)", test_dated_title_one_column},
    {"unnamed subtotals named (Coca-Cola)", test_unnamed_subtotals},
    {"flat headings (IBM)", test_flat_headings},
    CU_TEST_INFO_NULL,
};

static int cleanup(void)
{
    tx_exhibit_free(ex);
    tx_report_free(rep);
    ex = NULL;
    rep = NULL;
    return 0;
}

int tx_suite_exhibits(void)
{
    CU_pSuite s = CU_add_suite("exhibits", NULL, cleanup);
    if (!s)
        return -1;
    for (const CU_TestInfo *t = exhibit_tests; t->pName; t++)
        if (!CU_add_test(s, t->pName, t->pTestFunc))
            return -1;
    return 0;
}

/* test_header.c - segmentation, multi-level column headers and periods. */
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
    return tx_exhibit_read_buffer("t.txt", s, strlen(s), rep, &ex);
}

static const char *period(size_t t, size_t c)
{
    static char buf[32];
    tx_period_format(&ex->tables[t].cols[c].period, buf, sizeof buf);
    return buf;
}

/* NetScreen's header (seed 001, lines 396-400): "Three Months / Ended March 31,"
 * sits over two columns, "Six Months Ended / March 31," over the other two,
 * and their rules do not overlap the years under them. */
static const char netscreen[] =
    "                          NETSCREEN TECHNOLOGIES, INC.\n"
    "              CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "                  (in thousands, except per share amounts)\n"
    "\n"
    "                                                                          Three Months              Six Months Ended\n"
    "                                                                         Ended March 31,                March 31,\n"
    "                                                                         ---------------                ---------\n"
    "                                                                       2004           2003          2004          2003\n"
    "                                                                     --------       --------      --------      --------\n"
    "Net revenues:\n"
    "  Product                                                            $ 74,791       $ 47,937      $139,713      $ 90,388\n"
    "Net income (loss) per share:\n"
    "   Basic                                                             $  (0.03)      $   0.08      $   0.04      $   0.12\n";

static void test_spanning_header(void)
{
    CU_ASSERT_EQUAL_FATAL(read_text(netscreen), TX_OK);
    CU_ASSERT_EQUAL_FATAL(ex->ntables, 1);
    tx_table *t = &ex->tables[0];
    CU_ASSERT_STRING_EQUAL(t->entity, "NETSCREEN TECHNOLOGIES, INC.");
    CU_ASSERT_STRING_EQUAL(t->title, "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS");
    CU_ASSERT_EQUAL(t->scale.money, 3);
    CU_ASSERT_EQUAL(t->scale.shares, 3);
    CU_ASSERT_EQUAL_FATAL(t->ncols, 4);
    CU_ASSERT_STRING_EQUAL(t->cols[0].words, "Three Months Ended March 31, 2004");
    CU_ASSERT_STRING_EQUAL(t->cols[3].words, "Six Months Ended March 31, 2003");
    CU_ASSERT_STRING_EQUAL(period(0, 0), "2004-01-01..2004-03-31");
    CU_ASSERT_STRING_EQUAL(period(0, 1), "2003-01-01..2003-03-31");
    CU_ASSERT_STRING_EQUAL(period(0, 2), "2003-10-01..2004-03-31");
    CU_ASSERT_STRING_EQUAL(period(0, 3), "2002-10-01..2003-03-31");
}

/* Balance sheet instants with notes under the dates (seed 000, 100-103). */
static const char balance[] =
    "                             JUNIPER NETWORKS, INC.\n"
    "                      CONDENSED CONSOLIDATED BALANCE SHEETS\n"
    "                                 (in thousands)\n"
    "\n"
    "                                                       September 30,         December 31,\n"
    "                                                           2003                 2002\n"
    "                                                       ------------          ------------\n"
    "                                                       (unaudited)               (A)\n"
    "\n"
    "  Cash and cash equivalents                            $   457,510           $   194,435\n"
    "  Restricted cash                                           24,983                    --\n";

static void test_instants_and_notes(void)
{
    CU_ASSERT_EQUAL_FATAL(read_text(balance), TX_OK);
    tx_table *t = &ex->tables[0];
    CU_ASSERT_EQUAL_FATAL(t->ncols, 2);
    CU_ASSERT_TRUE(t->instants);
    CU_ASSERT_STRING_EQUAL(period(0, 0), "2003-09-30");
    CU_ASSERT_STRING_EQUAL(period(0, 1), "2002-12-31");
    CU_ASSERT_STRING_EQUAL(t->cols[0].notes, "unaudited");
    CU_ASSERT_STRING_EQUAL(t->cols[1].notes, "A");
    CU_ASSERT_EQUAL(t->rows[1].cells[1].state, TX_CELL_NIL);
}

static void test_no_period(void)
{
    const char *s =
        "                      SEGMENT REVENUE COMPARISON\n"
        "                            (in thousands)\n"
        "\n"
        "                                             Actual          Budget\n"
        "                                           ---------       ---------\n"
        "Widgets                                     $ 12,400        $ 11,000\n"
        "Gadgets                                        3,100           3,500\n";
    /* a column without a period is not converted: a warning, not an error */
    CU_ASSERT_EQUAL(read_text(s), TX_OK);
    CU_ASSERT_PTR_NOT_NULL_FATAL(ex);
    CU_ASSERT_EQUAL_FATAL(ex->ntables, 1);
    CU_ASSERT_PTR_NOT_NULL(ex->tables[0].cols[0].period_error);
    CU_ASSERT_EQUAL(tx_report_severity(rep, 0), TX_WARNING);
    CU_ASSERT_EQUAL_FATAL(tx_report_size(rep), 2);
    CU_ASSERT_STRING_EQUAL(tx_report_code(rep, 0), "header.no-period");
    CU_ASSERT_EQUAL(tx_report_line(rep, 0), 4);
}

/* A footnote table shares its parent's columns; an untitled table with a
 * header of its own takes the entity and scale of the table before it. */
static const char footnoted[] =
    "                             ACME CORP.\n"
    "                       STATEMENT OF OPERATIONS\n"
    "                    (in thousands, except per share amounts)\n"
    "\n"
    "                                         Year ended December 31,\n"
    "                                          2004            2003\n"
    "                                        --------        --------\n"
    "Revenues                                $ 10,000        $  9,000\n"
    "Stock compensation (1)                       300             200\n"
    "                                        --------        --------\n"
    "Net income                              $  2,000        $  1,500\n"
    "                                        ========        ========\n"
    "(1) Stock compensation relates to the following\n"
    "categories:\n"
    "  Research and development              $    100        $     50\n"
    "  Sales and marketing                        200             150\n"
    "\n"
    "\n"
    "(2) Non-GAAP net income excludes stock compensation. See the reconciliation below.\n"
    "\n"
    "\n"
    "                                         Year ended December 31,\n"
    "                                          2004            2003\n"
    "                                        --------        --------\n"
    "Non-GAAP net income                     $  2,300        $  1,700\n"
    "Stock compensation                          (300)           (200)\n"
    "                                        --------        --------\n"
    "Net income                              $  2,000        $  1,500\n";

static void test_footnote_and_untitled_tables(void)
{
    CU_ASSERT_EQUAL_FATAL(read_text(footnoted), TX_OK);
    CU_ASSERT_EQUAL_FATAL(ex->ntables, 3);
    tx_table *fn = &ex->tables[1], *rec = &ex->tables[2];
    CU_ASSERT_EQUAL(fn->parent, 0);
    CU_ASSERT_STRING_EQUAL(fn->title, "Stock compensation relates to the following categories:");
    CU_ASSERT_STRING_EQUAL(fn->title_notes, "1");
    CU_ASSERT_EQUAL(fn->src_title, 13);
    CU_ASSERT_EQUAL_FATAL(fn->ncols, 2);
    CU_ASSERT_STRING_EQUAL(period(1, 0), "2004-01-01..2004-12-31");
    CU_ASSERT_EQUAL(rec->parent, -1);
    CU_ASSERT_TRUE(rec->untitled);
    CU_ASSERT_STRING_EQUAL(rec->entity, "ACME CORP.");
    CU_ASSERT_EQUAL(rec->scale.money, 3);
    CU_ASSERT_EQUAL(rec->src_header, 22);
    /* the parent keeps its footnote texts */
    CU_ASSERT_EQUAL_FATAL(ex->tables[0].nfootnotes, 1);
    CU_ASSERT_STRING_EQUAL(ex->tables[0].footnotes[0],
                           "(1) Stock compensation relates to the following categories:");
}

static void test_no_tables(void)
{
    CU_ASSERT_EQUAL(read_text("Net revenues were $172.1 million, up 13 percent.\n"), TX_EINPUT);
    CU_ASSERT_EQUAL_FATAL(tx_report_size(rep), 1);
    CU_ASSERT_STRING_EQUAL(tx_report_code(rep, 0), "segment.no-tables");
}

static void test_scale_phrases(void)
{
    tx_scale sc;
    CU_ASSERT_TRUE(tx_scale_parse("(in thousands, except per share amounts)", &sc));
    CU_ASSERT_EQUAL(sc.money, 3);
    CU_ASSERT_EQUAL(sc.shares, 3);
    CU_ASSERT_TRUE(tx_scale_parse("(in millions, except share and per share amounts)", &sc));
    CU_ASSERT_EQUAL(sc.money, 6);
    CU_ASSERT_EQUAL(sc.shares, 0);
    CU_ASSERT_TRUE(tx_scale_parse("(In millions except share data)", &sc));
    CU_ASSERT_EQUAL(sc.shares, 0);
    CU_ASSERT_TRUE(tx_scale_parse("(Dollars in millions except per share amounts)", &sc));
    CU_ASSERT_EQUAL(sc.money, 6);
    CU_ASSERT_EQUAL(sc.shares, 6);
    CU_ASSERT_TRUE(tx_scale_parse("(Thousands except per share amounts)", &sc));
    CU_ASSERT_EQUAL(sc.money, 3);
    CU_ASSERT_FALSE(tx_scale_parse("(unaudited)", &sc));
    CU_ASSERT_FALSE(tx_scale_parse("Three months ended", &sc));
}

/* Two columns' headers printed one space apart ("Month Ended Year Ended",
 * "January 31, January 31,") are cut between the columns. */
static const char neighbours[] =
    "                    CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "                              (in thousands)\n"
    "\n"
    "                                             Month Ended Year Ended\n"
    "                                             January 31, January 31,\n"
    "                                                1999        1999\n"
    "                                              --------    --------\n"
    "Net sales                                     $ 12,400    $ 99,100\n"
    "Cost of sales                                    8,100      66,000\n";

/* A period phrase leading the years line is said of every year. */
static const char phrase_line[] =
    "                         CONSOLIDATED STATEMENTS OF INCOME\n"
    "                     (in thousands, except per share amounts)\n"
    "\n"
    "Years ended December 31,                      1996          1995          1994\n"
    "                                          ----------    ----------    ----------\n"
    "Net sales                                 $  120,400    $  110,200    $   99,100\n"
    "Cost of sales                                 80,100        72,300        66,000\n";

/* The period only in a title line; the columns give years. */
static const char title_period[] =
    "                    CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "                      SIX MONTHS ENDED JULY 31, 1999 AND 1998\n"
    "                              (in thousands)\n"
    "\n"
    "                                                 1999          1998\n"
    "                                              --------      --------\n"
    "Net sales                                     $ 12,400      $ 11,100\n"
    "Cost of sales                                    8,100         6,000\n";

/* One column with no date under a title that gives one. */
static const char title_date[] =
    "                      PRO FORMA CONDENSED BALANCE SHEET\n"
    "                            AT DECEMBER 31, 1999\n"
    "                              (in thousands)\n"
    "\n"
    "                                                 Pro Forma\n"
    "                                                 Combined\n"
    "                                                 --------\n"
    "Cash                                             $ 12,400\n"
    "Receivables                                         8,100\n";

/* "Period from ... (inception) to ..." beside a year. */
static const char inception[] =
    "                    CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "                              (in thousands)\n"
    "\n"
    "                                        Period from\n"
    "                                        August 20, 1998\n"
    "                                        (inception) to        Year Ended\n"
    "                                        December 31, 1998   December 31, 1999\n"
    "                                        -----------------   -----------------\n"
    "Net sales                                     $ 12,400         $ 11,100\n"
    "Cost of sales                                    8,100            6,000\n";

/* Dates without years over a line of years read as the first row. */
static const char years_line[] =
    "                          CONSOLIDATED BALANCE SHEETS\n"
    "                                 (In Millions)\n"
    "\n"
    "<TABLE>\n"
    "<CAPTION>\n"
    "                                                       December 31,    July 2,\n"
    "ASSETS                                                     1999       1999  (1)\n"
    "- ------                                                 -------------  ---------\n"
    "<S>                                                    <C>            <C>\n"
    "Cash and cash equivalents                                   $   486    $   396\n"
    "Short-term investments                                        1,057      1,227\n"
    "</TABLE>\n";

/* The year of one column on the line of notes under the others' years. */
static const char notes_year[] =
    "                            CONDENSED BALANCE SHEETS\n"
    "                                 (IN THOUSANDS)\n"
    "\n"
    "<TABLE>\n"
    "<CAPTION>\n"
    "                                                                   Pro Forma\n"
    "                                                       March 31,   March 31,\n"
    "                                                         1998        1998      December 31,\n"
    "                                                      (Unaudited) (Unaudited)      1997\n"
    "                                                      ----------- -----------  ------------\n"
    "<S>                                                   <C>         <C>         <C>\n"
    "   Cash and cash equivalents                          $  29,765   $ 108,313    $  22,116\n"
    "   Accounts receivable, net                              16,128      16,128        9,913\n"
    "</TABLE>\n";

/* A filing with no EDGAR header: its cover states the fiscal year end
 * that dates the bare years of its statements. */
static const char cover[] =
    "                                   FORM 10-K\n"
    "/X/        ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(D) OF THE\n"
    "           SECURITIES EXCHANGE ACT OF 1934\n"
    "                  FOR THE FISCAL YEAR ENDED DECEMBER 31, 1994\n"
    "\n"
    "                        CONDENSED STATEMENT OF INCOME\n"
    "                            (MILLIONS OF DOLLARS)\n"
    "\n"
    "                                                 1994      1993      1992\n"
    "                                               ------    ------    ------\n"
    "Net sales                                     $ 12,400  $ 11,100  $ 10,000\n"
    "Cost of sales                                    8,100     6,000     5,000\n";

/* A 52/53-week year beside another company's calendar year: the calendar
 * year is not counted in weeks; the years line in the body joins the
 * header. */
static const char two_companies[] =
    "                    PRO FORMA COMBINED STATEMENT OF INCOME\n"
    "                              (in thousands)\n"
    "\n"
    "                                  ALPHA         BETA\n"
    "                               YEAR ENDED    YEAR ENDED     PRO FORMA\n"
    "                              NOVEMBER 27,  DECEMBER 31,    COMBINED\n"
    "                                 1992          1992      ADJUSTMENTS\n"
    "                              ----------    ----------    ----------\n"
    "Revenue                         $152,701       $79,968      $232,669\n"
    "Direct costs                      87,871        11,854        99,725\n";

/* A pro forma statement dated only in its title: the companies,
 * adjustments and combined columns name no date, so each takes the title's
 * one date; a company named with digits ("DELTA9") is a name. */
static const char pro_forma_title[] =
    "                   UNAUDITED PRO FORMA COMBINED BALANCE SHEET\n"
    "                              AT MARCH 31, 1998\n"
    "                                (in thousands)\n"
    "\n"
    "                                                            PRO FORMA     PRO FORMA\n"
    "                                   GAMMA       DELTA9      ADJUSTMENTS     COMBINED\n"
    "                                 --------     --------     -----------    ---------\n"
    "Cash and cash equivalents        $ 12,400     $  3,100       $ (1,000)     $ 14,500\n"
    "Accounts receivable, net            2,250          410             --         2,660\n";

/* The same columns under a title with two dates: which one is no guess. */
static const char pro_forma_two_dates[] =
    "                   UNAUDITED PRO FORMA COMBINED BALANCE SHEETS\n"
    "                        MARCH 31, 1998 AND DECEMBER 31, 1997\n"
    "\n"
    "                                                            PRO FORMA     PRO FORMA\n"
    "                                   GAMMA        DELTA      ADJUSTMENTS     COMBINED\n"
    "                                 --------     --------     -----------    ---------\n"
    "Cash and cash equivalents        $ 12,400     $  3,100       $ (1,000)     $ 14,500\n"
    "Accounts receivable, net            2,250          410             --         2,660\n";

static void test_undated_columns(void)
{
    CU_ASSERT_EQUAL_FATAL(read_text(pro_forma_title), TX_OK);
    CU_ASSERT_EQUAL_FATAL(ex->ntables, 1);
    CU_ASSERT_EQUAL_FATAL(ex->tables[0].ncols, 4);
    for (size_t c = 0; c < 4; c++)
        CU_ASSERT_STRING_EQUAL(period(0, c), "1998-03-31");

    CU_ASSERT_EQUAL_FATAL(read_text(pro_forma_two_dates), TX_OK);
    CU_ASSERT_EQUAL_FATAL(ex->ntables, 1);
    CU_ASSERT_EQUAL_FATAL(ex->tables[0].ncols, 4);
    for (size_t c = 0; c < 4; c++)
        CU_ASSERT_EQUAL(ex->tables[0].cols[c].period.kind, TX_PERIOD_NONE);
}

/* Component headings printed one space apart over their own columns
 * ("Additional Deferred Accumu-") are each their column's; a heading
 * underlined over two columns ("Common Stock") spans them; words a hyphen
 * broke over two lines are joined. */
static const char equity_heads[] =
    "                    STATEMENTS OF STOCKHOLDERS' EQUITY\n"
    "                            (in thousands)\n"
    "\n"
    "                          Common Stock    Additional Deferred Accumu-      Total\n"
    "                       -----------------   Paid-in   Compen-   lated   Stockholders'\n"
    "                         Shares   Amount   Capital    sation  Deficit     Equity\n"
    "                       -------- -------- ---------- -------- -------  -------------\n"
    "Balances, December 31,\n"
    " 1995...............     1,300      $11    $12,216    $   --  $(8,223)    $ 4,004\n"
    "Net loss............        --       --         --        --   (3,077)     (3,077)\n"
    "Balances, December 31,\n"
    " 1996...............     1,300       11     12,216        --  (11,300)        927\n";

/* A heading printed over two columns with no rule under it and no word
 * broken ("Preferred Stock" over Shares and Amount) spans them. */
static const char equity_spanning[] =
    "                    STATEMENTS OF STOCKHOLDERS' EQUITY\n"
    "                            (in thousands)\n"
    "\n"
    "                         Preferred Stock       Accumulated      Total\n"
    "                        Shares    Amount         Deficit       Equity\n"
    "                       -------- --------      ----------    ---------\n"
    "Balance at December 31,\n"
    " 1995...............     1,300      $11        $(8,223)     $ (8,212)\n"
    "Net loss............        --       --         (3,077)       (3,077)\n"
    "Balance at December 31,\n"
    " 1996...............     1,300       11        (11,300)      (11,289)\n";

static void test_component_heads(void)
{
    CU_ASSERT_EQUAL_FATAL(read_text(equity_spanning), TX_OK);
    CU_ASSERT_EQUAL_FATAL(ex->ntables, 1);
    CU_ASSERT_EQUAL_FATAL(ex->tables[0].ncols, 4);
    CU_ASSERT_STRING_EQUAL(ex->tables[0].cols[0].words, "Preferred Stock Shares");
    CU_ASSERT_STRING_EQUAL(ex->tables[0].cols[1].words, "Preferred Stock Amount");

    CU_ASSERT_EQUAL_FATAL(read_text(equity_heads), TX_OK);
    CU_ASSERT_EQUAL_FATAL(ex->ntables, 1);
    tx_table *t = &ex->tables[0];
    CU_ASSERT_EQUAL_FATAL(t->ncols, 6);
    CU_ASSERT_STRING_EQUAL(t->cols[0].words, "Common Stock Shares");
    CU_ASSERT_STRING_EQUAL(t->cols[1].words, "Common Stock Amount");
    CU_ASSERT_STRING_EQUAL(t->cols[2].words, "Additional Paid-in Capital");
    CU_ASSERT_STRING_EQUAL(t->cols[3].words, "Deferred Compensation");
    CU_ASSERT_STRING_EQUAL(t->cols[4].words, "Accumulated Deficit");
    CU_ASSERT_STRING_EQUAL(t->cols[5].words, "Total Stockholders' Equity");
}

static void test_column_period_classes(void)
{
    CU_ASSERT_EQUAL_FATAL(read_text(neighbours), TX_OK);
    CU_ASSERT_EQUAL_FATAL(ex->tables[0].ncols, 2);
    CU_ASSERT_STRING_EQUAL(period(0, 0), "1999-01-01..1999-01-31");
    CU_ASSERT_STRING_EQUAL(period(0, 1), "1998-02-01..1999-01-31");

    CU_ASSERT_EQUAL_FATAL(read_text(phrase_line), TX_OK);
    CU_ASSERT_EQUAL_FATAL(ex->tables[0].ncols, 3);
    CU_ASSERT_STRING_EQUAL(period(0, 0), "1996-01-01..1996-12-31");
    CU_ASSERT_STRING_EQUAL(period(0, 2), "1994-01-01..1994-12-31");

    CU_ASSERT_EQUAL_FATAL(read_text(title_period), TX_OK);
    CU_ASSERT_EQUAL_FATAL(ex->tables[0].ncols, 2);
    CU_ASSERT_STRING_EQUAL(period(0, 0), "1999-02-01..1999-07-31");
    CU_ASSERT_STRING_EQUAL(period(0, 1), "1998-02-01..1998-07-31");

    CU_ASSERT_EQUAL_FATAL(read_text(title_date), TX_OK);
    CU_ASSERT_EQUAL_FATAL(ex->tables[0].ncols, 1);
    CU_ASSERT_STRING_EQUAL(period(0, 0), "1999-12-31");

    CU_ASSERT_EQUAL_FATAL(read_text(inception), TX_OK);
    CU_ASSERT_EQUAL_FATAL(ex->tables[0].ncols, 2);
    CU_ASSERT_STRING_EQUAL(period(0, 0), "1998-08-20..1998-12-31");
    CU_ASSERT_STRING_EQUAL(period(0, 1), "1999-01-01..1999-12-31");

    CU_ASSERT_EQUAL_FATAL(read_text(years_line), TX_OK);
    CU_ASSERT_EQUAL_FATAL(ex->tables[0].ncols, 2);
    CU_ASSERT_STRING_EQUAL(period(0, 0), "1999-12-31");
    CU_ASSERT_STRING_EQUAL(period(0, 1), "1999-07-02");
    CU_ASSERT_EQUAL_FATAL(ex->tables[0].nrows, 2);
    CU_ASSERT_STRING_EQUAL(ex->tables[0].rows[0].label, "Cash and cash equivalents");

    CU_ASSERT_EQUAL_FATAL(read_text(notes_year), TX_OK);
    CU_ASSERT_EQUAL_FATAL(ex->tables[0].ncols, 3);
    CU_ASSERT_STRING_EQUAL(period(0, 0), "1998-03-31");
    CU_ASSERT_STRING_EQUAL(period(0, 2), "1997-12-31");
    CU_ASSERT_EQUAL(ex->tables[0].nrows, 2);

    CU_ASSERT_EQUAL_FATAL(read_text(cover), TX_OK);
    CU_ASSERT_EQUAL_FATAL(ex->ntables, 1);
    CU_ASSERT_EQUAL_FATAL(ex->tables[0].ncols, 3);
    CU_ASSERT_STRING_EQUAL(period(0, 0), "1994-01-01..1994-12-31");
    CU_ASSERT_STRING_EQUAL(period(0, 2), "1992-01-01..1992-12-31");

    CU_ASSERT_EQUAL_FATAL(read_text(two_companies), TX_OK);
    CU_ASSERT_EQUAL_FATAL(ex->tables[0].ncols, 3);
    CU_ASSERT_STRING_EQUAL(period(0, 0), "1991-11-30..1992-11-27");
    CU_ASSERT_STRING_EQUAL(period(0, 1), "1992-01-01..1992-12-31");
    CU_ASSERT_EQUAL(ex->tables[0].cols[2].period.kind, TX_PERIOD_NONE);
    CU_ASSERT_EQUAL(ex->tables[0].nrows, 2);
}

static void cleanup(void)
{
    tx_exhibit_free(ex);
    tx_report_free(rep);
    ex = NULL;
    rep = NULL;
}

static void test_cleanup(void) { cleanup(); CU_PASS("freed"); }

int tx_suite_header(void)
{
    static const CU_TestInfo tests[] = {
        {"spanning multi-level header", test_spanning_header},
        {"instants and header notes", test_instants_and_notes},
        {"header with no period", test_no_period},
        {"footnote and untitled tables", test_footnote_and_untitled_tables},
        {"no tables", test_no_tables},
        {"scale phrases", test_scale_phrases},
        {"column period classes", test_column_period_classes},
        {"columns dated by the title", test_undated_columns},
        {"component headings one space apart", test_component_heads},
        {"cleanup", test_cleanup},
        CU_TEST_INFO_NULL,
    };
    return tx_add_suite("segment+header", tests);
}

/* test_period.c - calendar dates and column-header periods. */
#include <stdio.h>
#include <string.h>

#include "read/period.h"
#include "units.h"

/* ------------------------------------------------------------ helpers */

static void report(int ok, int line, const char *msg)
{
    CU_assertImplementation(ok ? CU_TRUE : CU_FALSE, (unsigned)line, msg, __FILE__, "", CU_FALSE);
}

static tx_date ymd(int y, int m, int d)
{
    tx_date r = { y, m, d };
    return r;
}

static int date_eq(tx_date a, tx_date b)
{
    return a.y == b.y && a.m == b.m && a.d == b.d;
}

/* Parses `words` under (want_instant, context) and expects the formatted
 * period `want` with the given months/weeks fields. */
#define PERIOD(words, inst, ctx, want, months, weeks) \
    check_period(__LINE__, (words), (inst), (ctx), (want), (months), (weeks))
static void check_period(int line, const char *words, int inst, const char *ctx,
                         const char *want, int months, int weeks)
{
    tx_period_hint h = { .want_instant = inst, .context = ctx };
    tx_period p;
    char why[256] = "", got[40];
    int r = tx_period_parse(words, &h, &p, why, sizeof why);
    tx_period_format(&p, got, sizeof got);
    int ok = r == 0 && strcmp(got, want) == 0 && p.months == months && p.weeks == weeks;
    char msg[700];
    snprintf(msg, sizeof msg, "'%s' [%d, '%s']: got r=%d '%s' m=%d w=%d (%s), want '%s' m=%d w=%d",
             words, inst, ctx ? ctx : "", r, got, p.months, p.weeks, why, want, months, weeks);
    report(ok, line, msg);
}

/* Expects failure with exactly the reason `want_why`. */
#define FAILS(words, inst, ctx, want_why) check_fails(__LINE__, (words), (inst), (ctx), (want_why))
static void check_fails(int line, const char *words, int inst, const char *ctx, const char *want_why)
{
    tx_period_hint h = { .want_instant = inst, .context = ctx };
    tx_period p;
    char why[256] = "";
    int r = tx_period_parse(words, &h, &p, why, sizeof why);
    int ok = r == -1 && p.kind == TX_PERIOD_NONE && strcmp(why, want_why) == 0;
    char msg[700];
    snprintf(msg, sizeof msg, "'%s' [%d, '%s']: got r=%d why='%s', want why='%s'",
             words, inst, ctx ? ctx : "", r, why, want_why);
    report(ok, line, msg);
}

/* ------------------------------------------------------------ dates */

static void test_days_anchors(void)
{
    /* day numbers checked against an independent proleptic calendar */
    CU_ASSERT_EQUAL(tx_date_to_days(ymd(1970, 1, 1)), 0);
    CU_ASSERT_EQUAL(tx_date_to_days(ymd(1969, 12, 31)), -1);
    CU_ASSERT_EQUAL(tx_date_to_days(ymd(1, 1, 1)), -719162);
    CU_ASSERT_EQUAL(tx_date_to_days(ymd(9999, 12, 31)), 2932896);
    CU_ASSERT_EQUAL(tx_date_to_days(ymd(1900, 2, 28)), -25509);
    CU_ASSERT_EQUAL(tx_date_to_days(ymd(1900, 3, 1)), -25508);   /* 1900 not leap */
    CU_ASSERT_EQUAL(tx_date_to_days(ymd(2000, 2, 29)), 11016);
    CU_ASSERT_EQUAL(tx_date_to_days(ymd(2000, 3, 1)), 11017);
    CU_ASSERT_EQUAL(tx_date_to_days(ymd(2004, 2, 29)), 12477);
    CU_ASSERT_EQUAL(tx_date_to_days(ymd(1600, 3, 1)), -135080);
    CU_ASSERT_EQUAL(tx_date_to_days(ymd(1582, 10, 15)), -141427);
    CU_ASSERT_EQUAL(tx_date_to_days(ymd(2099, 12, 31)), 47481);
    CU_ASSERT_EQUAL(tx_date_to_days(ymd(1996, 9, 27)), 9766);
    CU_ASSERT_TRUE(date_eq(tx_days_to_date(0), ymd(1970, 1, 1)));
    CU_ASSERT_TRUE(date_eq(tx_days_to_date(-1), ymd(1969, 12, 31)));
    CU_ASSERT_TRUE(date_eq(tx_days_to_date(-719162), ymd(1, 1, 1)));
    CU_ASSERT_TRUE(date_eq(tx_days_to_date(2932896), ymd(9999, 12, 31)));
    CU_ASSERT_TRUE(date_eq(tx_days_to_date(11016), ymd(2000, 2, 29)));
    CU_ASSERT_TRUE(date_eq(tx_days_to_date(-25508), ymd(1900, 3, 1)));
}

/* The day after d, by the rules of the calendar (independent of the code
 * under test). */
static tx_date next_day(tx_date d)
{
    if (d.d < tx_days_in_month(d.y, d.m))
        return ymd(d.y, d.m, d.d + 1);
    if (d.m < 12)
        return ymd(d.y, d.m + 1, 1);
    return ymd(d.y + 1, 1, 1);
}

static void test_days_round_trip(void)
{
    /* every day from 0001-01-01 to 9999-12-31 */
    tx_date d = ymd(1, 1, 1);
    long first = tx_date_to_days(d), bad = 0, n = 0;
    for (long k = first; k <= 2932896; k++, n++) {
        tx_date back = tx_days_to_date(k);
        if (!date_eq(back, d) || tx_date_to_days(d) != k || !tx_date_valid(back))
            bad++;
        d = next_day(d);
    }
    CU_ASSERT_EQUAL(bad, 0);
    CU_ASSERT_EQUAL(n, 3652059);
    CU_ASSERT_TRUE(date_eq(d, ymd(10000, 1, 1)));
}

static void test_days_in_month(void)
{
    CU_ASSERT_EQUAL(tx_days_in_month(2003, 2), 28);
    CU_ASSERT_EQUAL(tx_days_in_month(2004, 2), 29);
    CU_ASSERT_EQUAL(tx_days_in_month(1900, 2), 28);
    CU_ASSERT_EQUAL(tx_days_in_month(2000, 2), 29);
    CU_ASSERT_EQUAL(tx_days_in_month(2100, 2), 28);
    CU_ASSERT_EQUAL(tx_days_in_month(1999, 1), 31);
    CU_ASSERT_EQUAL(tx_days_in_month(1999, 4), 30);
    CU_ASSERT_EQUAL(tx_days_in_month(1999, 9), 30);
    CU_ASSERT_EQUAL(tx_days_in_month(1999, 12), 31);
    CU_ASSERT_EQUAL(tx_days_in_month(1999, 0), 0);
    CU_ASSERT_EQUAL(tx_days_in_month(1999, 13), 0);
}

static void test_date_valid(void)
{
    CU_ASSERT_TRUE(tx_date_valid(ymd(2004, 2, 29)));
    CU_ASSERT_TRUE(tx_date_valid(ymd(2000, 2, 29)));
    CU_ASSERT_FALSE(tx_date_valid(ymd(2003, 2, 29)));
    CU_ASSERT_FALSE(tx_date_valid(ymd(1900, 2, 29)));
    CU_ASSERT_FALSE(tx_date_valid(ymd(2003, 4, 31)));
    CU_ASSERT_FALSE(tx_date_valid(ymd(2003, 13, 1)));
    CU_ASSERT_FALSE(tx_date_valid(ymd(2003, 0, 1)));
    CU_ASSERT_FALSE(tx_date_valid(ymd(2003, 1, 0)));
    CU_ASSERT_FALSE(tx_date_valid(ymd(0, 0, 0)));
    CU_ASSERT_TRUE(tx_date_valid(ymd(1, 1, 1)));
    CU_ASSERT_TRUE(tx_date_valid(ymd(9999, 12, 31)));
    CU_ASSERT_FALSE(tx_date_valid(ymd(10000, 1, 1)));
}

static void test_add_days_cmp(void)
{
    CU_ASSERT_TRUE(date_eq(tx_date_add_days(ymd(2003, 12, 31), 1), ymd(2004, 1, 1)));
    CU_ASSERT_TRUE(date_eq(tx_date_add_days(ymd(2004, 2, 28), 1), ymd(2004, 2, 29)));
    CU_ASSERT_TRUE(date_eq(tx_date_add_days(ymd(2004, 3, 1), -1), ymd(2004, 2, 29)));
    CU_ASSERT_TRUE(date_eq(tx_date_add_days(ymd(2003, 3, 1), -1), ymd(2003, 2, 28)));
    CU_ASSERT_TRUE(date_eq(tx_date_add_days(ymd(1999, 6, 26), -90), ymd(1999, 3, 28)));
    CU_ASSERT_TRUE(date_eq(tx_date_add_days(ymd(1997, 9, 26), -363), ymd(1996, 9, 28)));
    CU_ASSERT_TRUE(date_eq(tx_date_add_days(ymd(2003, 9, 30), 0), ymd(2003, 9, 30)));
    CU_ASSERT_TRUE(date_eq(tx_date_add_days(ymd(2000, 1, 1), 366), ymd(2001, 1, 1)));
    CU_ASSERT(tx_date_cmp(ymd(2003, 9, 30), ymd(2003, 9, 30)) == 0);
    CU_ASSERT(tx_date_cmp(ymd(2003, 9, 30), ymd(2003, 10, 1)) < 0);
    CU_ASSERT(tx_date_cmp(ymd(2004, 1, 1), ymd(2003, 12, 31)) > 0);
    CU_ASSERT(tx_date_cmp(ymd(2003, 9, 29), ymd(2003, 9, 30)) < 0);
}

static void test_date_format_parse(void)
{
    char buf[11];
    tx_date_format(ymd(2003, 9, 30), buf);
    CU_ASSERT_STRING_EQUAL(buf, "2003-09-30");
    tx_date_format(ymd(1, 1, 1), buf);
    CU_ASSERT_STRING_EQUAL(buf, "0001-01-01");
    tx_date_format(ymd(1999, 12, 31), buf);
    CU_ASSERT_STRING_EQUAL(buf, "1999-12-31");

    tx_date d;
    CU_ASSERT_EQUAL(tx_date_parse_iso("2003-09-30", &d), 0);
    CU_ASSERT_TRUE(date_eq(d, ymd(2003, 9, 30)));
    CU_ASSERT_EQUAL(tx_date_parse_iso("20040229", &d), 0);
    CU_ASSERT_TRUE(date_eq(d, ymd(2004, 2, 29)));
    CU_ASSERT_EQUAL(tx_date_parse_iso("2003-02-29", &d), -1);
    CU_ASSERT_EQUAL(tx_date_parse_iso("20030229", &d), -1);
    CU_ASSERT_EQUAL(tx_date_parse_iso("2003-9-30", &d), -1);
    CU_ASSERT_EQUAL(tx_date_parse_iso("2003-09-30x", &d), -1);
    CU_ASSERT_EQUAL(tx_date_parse_iso("2003/09/30", &d), -1);
    CU_ASSERT_EQUAL(tx_date_parse_iso("abcd-ef-gh", &d), -1);
    CU_ASSERT_EQUAL(tx_date_parse_iso("", &d), -1);
    CU_ASSERT_EQUAL(tx_date_parse_iso(NULL, &d), -1);
    CU_ASSERT_TRUE(date_eq(d, ymd(2004, 2, 29)));   /* untouched by failures */
}

static void test_month_lookup(void)
{
    size_t n = 0;
    CU_ASSERT_EQUAL(tx_month_lookup("September 30, 2003", &n), 9);
    CU_ASSERT_EQUAL(n, 9);
    CU_ASSERT_EQUAL(tx_month_lookup("Sept. 30, 2003", &n), 9);
    CU_ASSERT_EQUAL(n, 5);
    CU_ASSERT_EQUAL(tx_month_lookup("Sept 30", &n), 9);
    CU_ASSERT_EQUAL(n, 4);
    CU_ASSERT_EQUAL(tx_month_lookup("SEP", &n), 9);
    CU_ASSERT_EQUAL(n, 3);
    CU_ASSERT_EQUAL(tx_month_lookup("SEPTEMBER", &n), 9);
    CU_ASSERT_EQUAL(tx_month_lookup("Dec. 31, 2002", &n), 12);
    CU_ASSERT_EQUAL(n, 4);
    CU_ASSERT_EQUAL(tx_month_lookup("DEC-31-1997", &n), 12);
    CU_ASSERT_EQUAL(n, 3);
    CU_ASSERT_EQUAL(tx_month_lookup("May", &n), 5);
    CU_ASSERT_EQUAL(tx_month_lookup("june", &n), 6);
    CU_ASSERT_EQUAL(tx_month_lookup("Jun", &n), 6);
    CU_ASSERT_EQUAL(tx_month_lookup("February", &n), 2);
    CU_ASSERT_EQUAL(tx_month_lookup("jan", &n), 1);
    n = 77;
    CU_ASSERT_EQUAL(tx_month_lookup("Decrease", &n), 0);
    CU_ASSERT_EQUAL(n, 77);
    CU_ASSERT_EQUAL(tx_month_lookup("Mayor", &n), 0);
    CU_ASSERT_EQUAL(tx_month_lookup("Months", &n), 0);
    CU_ASSERT_EQUAL(tx_month_lookup("Septem", &n), 0);
    CU_ASSERT_EQUAL(tx_month_lookup("Ju", &n), 0);
    CU_ASSERT_EQUAL(tx_month_lookup("", &n), 0);
    CU_ASSERT_EQUAL(tx_month_lookup(" March", &n), 0);
    CU_ASSERT_EQUAL(tx_month_lookup(NULL, &n), 0);
    CU_ASSERT_EQUAL(tx_month_lookup("March", NULL), 3);
}

/* ------------------------------------------------------------ headers */

static void test_seed_headers(void)
{
    /* Juniper Q3'03 and Q1'04 releases */
    PERIOD("Three months ended September 30, 2003", 0, NULL, "2003-07-01..2003-09-30", 3, 0);
    PERIOD("Three months ended September 30, 2002", 0, NULL, "2002-07-01..2002-09-30", 3, 0);
    PERIOD("Nine months ended September 30, 2003", 0, NULL, "2003-01-01..2003-09-30", 9, 0);
    PERIOD("Nine months ended September 30, 2002", 0, NULL, "2002-01-01..2002-09-30", 9, 0);
    PERIOD("Nine months ended September 30, 2002", 1, NULL, "2002-01-01..2002-09-30", 9, 0);
    PERIOD("Six Months Ended March 31, 2003", 0, NULL, "2002-10-01..2003-03-31", 6, 0);
    PERIOD("Six Months Ended March 31, 2004", 0, NULL, "2003-10-01..2004-03-31", 6, 0);
    PERIOD("Three Months Ended March 31, 2004", 0, NULL, "2004-01-01..2004-03-31", 3, 0);
    PERIOD("September 30, 2003 (unaudited)", 1, NULL, "2003-09-30", 0, 0);
    PERIOD("September 30, 2003 (unaudited)", 0, NULL, "2003-09-30", 0, 0);
    PERIOD("December 31, 2002 (A)", 1, NULL, "2002-12-31", 0, 0);
    PERIOD("September 30, 2003", 0, NULL, "2003-09-30", 0, 0);
    PERIOD("Year ended December 31, 1997", 0, NULL, "1997-01-01..1997-12-31", 12, 0);
}

static void test_apple_headers(void)
{
    /* 52/53-week fiscal periods: 13/39 weeks back from the end */
    PERIOD("Three Months Ended June 26, 1999", 0, NULL, "1999-03-28..1999-06-26", 3, 13);
    PERIOD("Nine Months Ended June 26, 1999", 0, NULL, "1998-09-27..1999-06-26", 9, 39);
    PERIOD("NINE MONTHS ENDED June 26, 1998", 1, NULL, "1997-09-27..1998-06-26", 9, 39);
    PERIOD("For the Three Months Ended June 26, 1999", 0, NULL, "1999-03-28..1999-06-26", 3, 13);
    PERIOD("June 26, 1999", 1, NULL, "1999-06-26", 0, 0);
    PERIOD("September 25,1998", 1, NULL, "1998-09-25", 0, 0);     /* filer typo */
    PERIOD("Six months ended March 27, 1999", 0, NULL, "1998-09-27..1999-03-27", 6, 26);
    PERIOD("Fiscal year ended September 26, 1997", 0, NULL, "1996-09-28..1997-09-26", 12, 52);
}

static void test_southern_headers(void)
{
    PERIOD("12 Months Ended December 2004", 0, NULL, "2004-01-01..2004-12-31", 12, 0);
    PERIOD("12 Months Ended December 2003 (Notes)", 0, NULL, "2003-01-01..2003-12-31", 12, 0);
    PERIOD("3 Months Ended December 2004", 0, NULL, "2004-10-01..2004-12-31", 3, 0);
    PERIOD("3 Months Ended December 2004 (Notes)", 0, NULL, "2004-10-01..2004-12-31", 3, 0);
    PERIOD("December 2004", 1, NULL, "2004-12-31", 0, 0);
    PERIOD("February 2004", 1, NULL, "2004-02-29", 0, 0);
    /* the group header as context, the year as the column */
    PERIOD("2004", 0, "3 Months Ended December", "2004-10-01..2004-12-31", 3, 0);
    PERIOD("2003 (Notes)", 0, "12 Months Ended December", "2003-01-01..2003-12-31", 12, 0);
}

static void test_number_words(void)
{
    PERIOD("Twelve months ended December 31, 2003", 0, NULL, "2003-01-01..2003-12-31", 12, 0);
    PERIOD("Six months ended June 30, 2004", 0, NULL, "2004-01-01..2004-06-30", 6, 0);
    PERIOD("Six-Month Period Ended June 30, 2004", 0, NULL, "2004-01-01..2004-06-30", 6, 0);
    PERIOD("Fifty-two-week period ended September 26, 1997", 0, NULL,
           "1996-09-28..1997-09-26", 0, 52);
    PERIOD("Thirteen weeks ended June 26, 1999", 0, NULL, "1999-03-28..1999-06-26", 0, 13);
    PERIOD("13 weeks ended June 26, 1999", 0, NULL, "1999-03-28..1999-06-26", 0, 13);
    PERIOD("13-week period ended June 26, 1999", 0, NULL, "1999-03-28..1999-06-26", 0, 13);
    PERIOD("Twenty-six weeks ended June 26, 1999", 0, NULL, "1998-12-27..1999-06-26", 0, 26);
    PERIOD("twenty six weeks ended June 26, 1999", 0, NULL, "1998-12-27..1999-06-26", 0, 26);
    PERIOD("Thirty-nine weeks ended June 26, 1999", 0, NULL, "1998-09-27..1999-06-26", 0, 39);
    PERIOD("Fifty-two weeks ended September 26, 1997", 0, NULL, "1996-09-28..1997-09-26", 0, 52);
    PERIOD("Fifty-three weeks ended October 1, 2005", 0, NULL, "2004-09-26..2005-10-01", 0, 53);
    PERIOD("fifty three weeks ended October 1, 2005", 0, NULL, "2004-09-26..2005-10-01", 0, 53);
    PERIOD("53 weeks ended October 1, 2005", 0, NULL, "2004-09-26..2005-10-01", 0, 53);
    /* stated weeks are used as given, even at a month end: 364 days */
    PERIOD("52 weeks ended December 31, 2005", 0, NULL, "2005-01-02..2005-12-31", 0, 52);
    PERIOD("3 mos. ended Sept. 30, 2003", 0, NULL, "2003-07-01..2003-09-30", 3, 0);
    PERIOD("Three Month Ended March 31, 2004", 0, NULL, "2004-01-01..2004-03-31", 3, 0);
    PERIOD("Nine months ending September 30, 2003", 0, NULL, "2003-01-01..2003-09-30", 9, 0);
    PERIOD("Quarter ended March 31, 2004", 0, NULL, "2004-01-01..2004-03-31", 3, 0);
    PERIOD("Quarter ended June 26, 1999", 0, NULL, "1999-03-28..1999-06-26", 3, 13);
    PERIOD("Years ended December 31, 1997", 0, NULL, "1997-01-01..1997-12-31", 12, 0);
    PERIOD("Fiscal years ended: September 30, 2003", 0, NULL, "2002-10-01..2003-09-30", 12, 0);
    PERIOD("Year Ended December 31, 2007", 1, NULL, "2007-01-01..2007-12-31", 12, 0);
    /* a stated 14-week quarter (53-week year) is taken as printed */
    PERIOD("Quarter ended March 31, 2004 (14 weeks)", 0, NULL, "2003-12-25..2004-03-31", 3, 14);
    PERIOD("Year ended October 1, 2005 (53 weeks)", 0, NULL, "2004-09-26..2005-10-01", 12, 53);
}

static void test_date_forms(void)
{
    PERIOD("September 30 2003", 1, NULL, "2003-09-30", 0, 0);
    PERIOD("Sept. 30, 2003", 1, NULL, "2003-09-30", 0, 0);
    PERIOD("SEPTEMBER 30, 2003", 1, NULL, "2003-09-30", 0, 0);
    PERIOD("30 September 2003", 1, NULL, "2003-09-30", 0, 0);
    PERIOD("Dec. 31, 2002", 1, NULL, "2002-12-31", 0, 0);
    PERIOD("DEC 31 2002", 1, NULL, "2002-12-31", 0, 0);
    PERIOD("As of December 31, 2003", 0, NULL, "2003-12-31", 0, 0);
    PERIOD("At December 31, 2003", 0, NULL, "2003-12-31", 0, 0);
    PERIOD("December 31, 2003 Actual", 1, NULL, "2003-12-31", 0, 0);
    PERIOD("As reported December 31, 2003", 1, NULL, "2003-12-31", 0, 0);
    PERIOD("December 31, 2003 Restated", 1, NULL, "2003-12-31", 0, 0);
    PERIOD("Pro forma December 31, 2003", 1, NULL, "2003-12-31", 0, 0);
    PERIOD("December 31, 2003 (Notes)", 1, NULL, "2003-12-31", 0, 0);
    PERIOD("December 31, 2003 (audited)", 1, NULL, "2003-12-31", 0, 0);
    PERIOD("December 31, 2003 (1)", 1, NULL, "2003-12-31", 0, 0);
    PERIOD("December 31, 2003{2}", 1, NULL, "2003-12-31", 0, 0);
    PERIOD("December 31, 2003 <F1>", 1, NULL, "2003-12-31", 0, 0);
    PERIOD("December 31, 2003*", 1, NULL, "2003-12-31", 0, 0);
    PERIOD("  December   31,\n 2003  ", 1, NULL, "2003-12-31", 0, 0);
    PERIOD("February 29, 2004", 1, NULL, "2004-02-29", 0, 0);
    /* the same date twice is one date */
    PERIOD("June 26, 1999 June 26, 1999", 1, NULL, "1999-06-26", 0, 0);
    /* stacked lines "Ended September 30," over "2003" */
    PERIOD("Nine months ended September 30, (unaudited) 2003", 0, NULL,
           "2003-01-01..2003-09-30", 9, 0);
}

static void test_leap_years(void)
{
    PERIOD("Three months ended February 28, 2003", 0, NULL, "2002-12-01..2003-02-28", 3, 0);
    PERIOD("Three months ended February 29, 2004", 0, NULL, "2003-12-01..2004-02-29", 3, 0);
    PERIOD("Twelve months ended February 29, 2000", 0, NULL, "1999-03-01..2000-02-29", 12, 0);
    /* Feb 28 in a leap year is not a month end: 13 weeks */
    PERIOD("Three months ended February 28, 2004", 0, NULL, "2003-11-30..2004-02-28", 3, 13);
    PERIOD("Six months ended August 31, 2004", 0, NULL, "2004-03-01..2004-08-31", 6, 0);
    PERIOD("Year ended February 28, 1900", 0, NULL, "1899-03-01..1900-02-28", 12, 0);
    FAILS("February 29, 2003", 1, NULL, "no such date ('February') in 'February 29, 2003'");
    FAILS("February 29, 1900", 1, NULL, "no such date ('February') in 'February 29, 1900'");
}

static void test_context_years(void)
{
    const char *apple = "THREE FISCAL YEARS ENDED SEPTEMBER 26, 1997";
    PERIOD("1997", 0, apple, "1996-09-28..1997-09-26", 12, 52);
    PERIOD("Fiscal 1997", 0, apple, "1996-09-28..1997-09-26", 12, 52);
    FAILS("1996", 0, apple, "fiscal year end moves between years (not a month end) and the filing prints "
          "no year end near it: no date "
          "for 1996 in context 'THREE FISCAL YEARS ENDED SEPTEMBER 26, 1997'");
    FAILS("1995", 0, apple, "fiscal year end moves between years (not a month end) and the filing prints "
          "no year end near it: no date "
          "for 1995 in context 'THREE FISCAL YEARS ENDED SEPTEMBER 26, 1997'");

    const char *bs = "SEPTEMBER 26, 1997 AND SEPTEMBER 27, 1996";
    PERIOD("1997", 1, bs, "1997-09-26", 0, 0);
    PERIOD("1996", 1, bs, "1996-09-27", 0, 0);
    FAILS("1995", 1, bs, "fiscal year end moves between years (not a month end) and the filing prints "
          "no year end near it: no date "
          "for 1995 in context 'SEPTEMBER 26, 1997 AND SEPTEMBER 27, 1996'");

    PERIOD("1997", 0, "Years ended December 31", "1997-01-01..1997-12-31", 12, 0);
    PERIOD("1996", 0, "Year Ended December 31,", "1996-01-01..1996-12-31", 12, 0);
    PERIOD("1995", 0, "For the year ended December 31:", "1995-01-01..1995-12-31", 12, 0);
    PERIOD("1994{2}", 0, "Year Ended December 31,", "1994-01-01..1994-12-31", 12, 0);
    PERIOD("1997", 1, "December 31,", "1997-12-31", 0, 0);
    PERIOD("1996", 0, "December 31,", "1996-12-31", 0, 0);
    PERIOD("2003", 0, "Three months ended September 30, 2003", "2003-07-01..2003-09-30", 3, 0);
    PERIOD("2002", 0, "Three months ended September 30, 2003", "2002-07-01..2002-09-30", 3, 0);
    PERIOD("2002", 0, "Nine months ended September 30,", "2002-01-01..2002-09-30", 9, 0);
    PERIOD("1998", 0, "Three months ended June 26, 1998", "1998-03-28..1998-06-26", 3, 13);
    /* month-end February follows the column's year */
    PERIOD("2004", 0, "Years ended February 28, 2003", "2003-03-01..2004-02-29", 12, 0);
    PERIOD("2003", 0, "Years ended February 28", "2002-03-01..2003-02-28", 12, 0);
    FAILS("2004", 0, "Years ended February 28",
          "not a month end: no date for 2004 in context 'Years ended February 28'");
    FAILS("1997", 0, "Fiscal years ended September 26",
          "not a month end: no date for 1997 in context 'Fiscal years ended September 26'");
    /* a balance sheet ignores a length in its caption; a statement of
     * operations takes it */
    PERIOD("1997", 1, "Years ended December 31", "1997-12-31", 0, 0);
    PERIOD("December 31, 2003", 0, "Year ended", "2003-01-01..2003-12-31", 12, 0);
    PERIOD("December 31, 2003", 1, "Year ended", "2003-12-31", 0, 0);
    /* "Ended" in the header with the length only in the context */
    PERIOD("Ended December 31, 2003", 0, "Three months", "2003-10-01..2003-12-31", 3, 0);
}

static void test_context_failures(void)
{
    FAILS("1997", 0, NULL, "no month or day for 1997 (no context)");
    FAILS("1997", 0, "", "no month or day for 1997 (no context)");
    FAILS("1997", 0, "(in millions)", "no month or day for 1997 in context '(in millions)'");
    FAILS("Fiscal 1997", 0, NULL, "no month or day for 1997 (no context)");
    FAILS("1997", 0, "March 31, 1997 and December 31, 1997",
          "two dates for 1997 in context 'March 31, 1997 and December 31, 1997'");
    FAILS("1996", 0, "March 31, 1997 and December 31, 1997",
          "two different months for 1996 in context 'March 31, 1997 and December 31, 1997'");
    FAILS("2003", 0, "Three months and nine months ended September 30,",
          "two lengths in context 'Three months and nine months ended September 30,' for '2003'");
    FAILS("Ended September 30, 2003", 1, "Three months and nine months ended",
          "two lengths in context 'Three months and nine months ended' "
          "for 'Ended September 30, 2003'");
    FAILS("Ended December 31, 2003", 0, NULL, "no length in 'Ended December 31, 2003'");
}

static void test_header_failures(void)
{
    FAILS("September 30,", 0, NULL, "no year in 'September 30,'");
    /* the year of the context is not guessed for "Month D," */
    FAILS("September 30,", 1, "September 30, 2003", "no year in 'September 30,'");
    FAILS("Three months ended June 26,", 0, "1999", "no year in 'Three months ended June 26,'");
    FAILS("March 31, 2004 December 31, 2003", 1, NULL,
          "two dates in 'March 31, 2004 December 31, 2003'");
    FAILS("December 31, 2003 2002", 1, NULL, "two dates in 'December 31, 2003 2002'");
    FAILS("2004 2003", 0, "Years ended December 31", "two years in '2004 2003'");
    FAILS("Three months ended", 0, NULL, "no end date in 'Three months ended'");
    FAILS("Nine months ended", 0, "September 30, 2003", "no end date in 'Nine months ended'");
    FAILS("Three months ended Nine months ended September 30, 2003", 0, NULL,
          "two lengths in 'Three months ended Nine months ended September 30, 2003'");
    FAILS("Quarter ended June 30, 2004 (9 weeks)", 0, NULL,
          "months and weeks disagree in 'Quarter ended June 30, 2004 (9 weeks)'");
    FAILS("Two months ended June 26, 1999", 0, NULL,
          "a length in months ending mid-month in 'Two months ended June 26, 1999'");
    FAILS("Three fiscal years ended September 26, 1997", 0, NULL,
          "a span of several years ('years') in 'Three fiscal years ended September 26, 1997'");
    FAILS("5 Years", 0, NULL, "a span of several years ('Years') in '5 Years'");
    FAILS("", 0, NULL, "no date in ''");
    FAILS("Total", 0, NULL, "no date in 'Total'");
    FAILS("Change", 0, NULL, "words that are not a period ('Change') in 'Change'");
    FAILS("% Change", 0, NULL, "a rate, not a period ('%') in '% Change'");
    FAILS("2004 vs 2003", 0, NULL, "words that are not a period ('vs') in '2004 vs 2003'");
    FAILS("First Quarter 2004", 0, NULL,
          "words that are not a period ('First') in 'First Quarter 2004'");
    FAILS("6/31/99", 0, NULL,
          "a numeric date that is no month/day/year ('6/31/99') in '6/31/99'");
    FAILS("26/6/1999", 0, NULL,
          "a numeric date that is no month/day/year ('26/6/1999') in '26/6/1999'");
    FAILS("6/26", 0, NULL, "a numeric date that is no month/day/year ('6/26') in '6/26'");
    FAILS("Sept. 30, '03", 0, NULL, "a two-digit year (''03') in 'Sept. 30, '03'");
    FAILS("September 30, 03", 0, NULL,
          "a number that is not a day, year or length ('03') in 'September 30, 03'");
    FAILS("September 30, 1899", 0, NULL,
          "a number that is not a day, year or length ('1899') in 'September 30, 1899'");
    FAILS("Three ended September 30, 2003", 0, NULL,
          "a count without a unit ('Three') in 'Three ended September 30, 2003'");
    FAILS("April 31, 2003", 1, NULL, "no such date ('April') in 'April 31, 2003'");
    FAILS("December", 1, NULL, "no year in 'December'");
    FAILS("Period from inception to December 31, 2003", 0, NULL,
          "words that are not a period ('from') in 'Period from inception to December 31, 2003'");
}

/* Apple's 10-Q (exhibit 02): numeric dates, month/day/two-digit year. */
static void test_numeric_dates(void)
{
    PERIOD("For the Three Months Ended 6/26/99", 0, NULL, "1999-03-28..1999-06-26", 3, 13);
    PERIOD("For the Nine Months Ended 6/26/98", 0, NULL, "1997-09-27..1998-06-26", 9, 39);
    PERIOD("06/26/99", 1, NULL, "1999-06-26", 0, 0);
    PERIOD("9/25/98", 1, NULL, "1998-09-25", 0, 0);
    PERIOD("12/31/2004", 1, NULL, "2004-12-31", 0, 0);
    PERIOD("3/31/03", 1, NULL, "2003-03-31", 0, 0);
    PERIOD("06/26/99", 0, "Interest and Other Income (Expense) Nine Months Ended",
           "1998-09-27..1999-06-26", 9, 39);
    tx_date d[4];
    CU_ASSERT_EQUAL(tx_period_dates("Balance as of September 30, 1994....", d, 4), 1);
    CU_ASSERT_TRUE(date_eq(d[0], ymd(1994, 9, 30)));
    CU_ASSERT_EQUAL(tx_period_dates("SEPTEMBER 26, 1997 AND SEPTEMBER 27, 1996   1997", d, 4), 2);
    CU_ASSERT_TRUE(date_eq(d[1], ymd(1996, 9, 27)));
    CU_ASSERT_EQUAL(tx_period_dates("Inventories      06/26/99        9/25/98", d, 4), 2);
    CU_ASSERT_TRUE(date_eq(d[1], ymd(1998, 9, 25)));
    CU_ASSERT_EQUAL(tx_period_dates("Net sales  $1,558  $1,402", d, 4), 0);
}

/* Apple's 10-K (exhibit 03): "THREE FISCAL YEARS ENDED SEPTEMBER 26, 1997"
 * over 1997 1996 1995.  The other years' ends are printed elsewhere in the
 * filing (balance sheet, equity statement); without them nothing is
 * guessed; a year end printed 53 weeks before makes a 53-week year. */
static void test_fiscal_year_evidence(void)
{
    const char *apple = "THREE FISCAL YEARS ENDED SEPTEMBER 26, 1997";
    const tx_date known[] = { { 1997, 9, 26 }, { 1996, 9, 27 }, { 1995, 9, 29 },
                              { 1994, 9, 30 }, { 1995, 3, 31 } };
    tx_period_hint h = { .want_instant = 0, .context = apple, .known = known, .nknown = 5 };
    tx_period p;
    char why[256], got[40];
    CU_ASSERT_EQUAL(tx_period_parse("1996", &h, &p, why, sizeof why), 0);
    tx_period_format(&p, got, sizeof got);
    CU_ASSERT_STRING_EQUAL(got, "1995-09-30..1996-09-27");
    CU_ASSERT_EQUAL(p.weeks, 52);
    CU_ASSERT_EQUAL(tx_period_parse("1995", &h, &p, why, sizeof why), 0);
    tx_period_format(&p, got, sizeof got);
    CU_ASSERT_STRING_EQUAL(got, "1994-10-01..1995-09-29");
    CU_ASSERT_EQUAL(tx_period_parse("1997", &h, &p, why, sizeof why), 0);
    tx_period_format(&p, got, sizeof got);
    CU_ASSERT_STRING_EQUAL(got, "1996-09-28..1997-09-26");
    /* no evidence for 1993: refused */
    CU_ASSERT_EQUAL(tx_period_parse("1993", &h, &p, why, sizeof why), -1);
    /* two candidate year ends within a week on the anchor's weekday (a
       Friday): refused */
    const tx_date two[] = { { 1996, 9, 27 }, { 1996, 9, 20 } };
    tx_period_hint h2 = { .want_instant = 0, .context = apple, .known = two, .nknown = 2 };
    CU_ASSERT_EQUAL(tx_period_parse("1996", &h2, &p, why, sizeof why), -1);
    /* a date on another weekday (Monday September 30, 1996) is no year end
       of a year ending on Fridays; one on no weekday of it is refused */
    const tx_date mon[] = { { 1996, 9, 27 }, { 1996, 9, 30 } };
    tx_period_hint h5 = { .want_instant = 0, .context = apple, .known = mon, .nknown = 2 };
    CU_ASSERT_EQUAL(tx_period_parse("1996", &h5, &p, why, sizeof why), 0);
    tx_period_format(&p, got, sizeof got);
    CU_ASSERT_STRING_EQUAL(got, "1995-09-30..1996-09-27");
    const tx_date sat[] = { { 1996, 9, 28 } };
    tx_period_hint h6 = { .want_instant = 0, .context = apple, .known = sat, .nknown = 1 };
    CU_ASSERT_EQUAL(tx_period_parse("1996", &h6, &p, why, sizeof why), -1);
    /* balance-sheet columns take the printed date of their year */
    tx_period_hint bs = { .want_instant = 1, .context = "SEPTEMBER 26, 1997 AND SEPTEMBER 27, 1996", .known = known, .nknown = 5 };
    CU_ASSERT_EQUAL(tx_period_parse("1995", &bs, &p, why, sizeof why), 0);
    tx_period_format(&p, got, sizeof got);
    CU_ASSERT_STRING_EQUAL(got, "1995-09-29");
    /* a 53-week year: the previous year end is printed 53 weeks before */
    const tx_date w53[] = { { 1999, 9, 25 }, { 1998, 9, 26 }, { 1997, 9, 27 } };
    tx_period_hint h3 = { .want_instant = 0, .context = "THREE FISCAL YEARS ENDED SEPTEMBER 25, 1999", .known = w53, .nknown = 3 };
    CU_ASSERT_EQUAL(tx_period_parse("1998", &h3, &p, why, sizeof why), 0);
    tx_period_format(&p, got, sizeof got);
    CU_ASSERT_STRING_EQUAL(got, "1997-09-28..1998-09-26");
    CU_ASSERT_EQUAL(p.weeks, 52);
    const tx_date w53b[] = { { 1999, 9, 25 }, { 1998, 9, 19 } };
    tx_period_hint h4 = { .want_instant = 0, .context = "THREE FISCAL YEARS ENDED SEPTEMBER 25, 1999", .known = w53b, .nknown = 2 };
    CU_ASSERT_EQUAL(tx_period_parse("1999", &h4, &p, why, sizeof why), 0);
    tx_period_format(&p, got, sizeof got);
    CU_ASSERT_STRING_EQUAL(got, "1998-09-20..1999-09-25");
    CU_ASSERT_EQUAL(p.weeks, 53);
}

/* "Change", "% Change", "Increase (Decrease)": no period, and said so. */
static void test_change_columns(void)
{
    CU_ASSERT_TRUE(tx_period_is_change("Three Months Ended Change"));
    CU_ASSERT_TRUE(tx_period_is_change("12 Months Ended December % Change"));
    CU_ASSERT_TRUE(tx_period_is_change("Increase (Decrease)"));
    CU_ASSERT_TRUE(tx_period_is_change("Percent"));
    CU_ASSERT_FALSE(tx_period_is_change("Three Months Ended June 26, 1999"));
    CU_ASSERT_FALSE(tx_period_is_change("2004 vs 2003"));
    CU_ASSERT_FALSE(tx_period_is_change(NULL));
}

static void test_api_edges(void)
{
    tx_period p;
    char why[64];
    /* NULL hint and no room for a reason are fine */
    CU_ASSERT_EQUAL(tx_period_parse("September 30, 2003", NULL, &p, NULL, 0), 0);
    CU_ASSERT_EQUAL(p.kind, TX_PERIOD_INSTANT);
    CU_ASSERT_EQUAL(tx_period_parse("September 30,", NULL, &p, NULL, 0), -1);
    CU_ASSERT_EQUAL(p.kind, TX_PERIOD_NONE);
    CU_ASSERT_EQUAL(tx_period_parse(NULL, NULL, &p, why, sizeof why), -1);
    CU_ASSERT_EQUAL(tx_period_parse("2003", NULL, NULL, why, sizeof why), -1);
    /* a short reason buffer is truncated, never overrun */
    char small[8];
    CU_ASSERT_EQUAL(tx_period_parse("September 30,", NULL, &p, small, sizeof small), -1);
    CU_ASSERT_STRING_EQUAL(small, "no year");
    /* a header of too many words fails instead of being cut */
    char big[1200] = "";
    for (int i = 0; i < 150; i++)
        strcat(big, "word ");
    strcat(big, "September 30, 2003");
    CU_ASSERT_EQUAL(tx_period_parse(big, NULL, &p, why, sizeof why), -1);
    CU_ASSERT_NSTRING_EQUAL(why, "too many words in", 17);
    /* instants carry no lengths; durations carry start and end */
    CU_ASSERT_EQUAL(tx_period_parse("Three months ended June 26, 1999", NULL, &p, why, sizeof why), 0);
    CU_ASSERT_EQUAL(p.kind, TX_PERIOD_DURATION);
    CU_ASSERT_TRUE(date_eq(p.start, ymd(1999, 3, 28)));
    CU_ASSERT_TRUE(date_eq(p.end, ymd(1999, 6, 26)));
}

static void test_period_format(void)
{
    tx_period p;
    char buf[40];
    memset(&p, 0, sizeof p);
    strcpy(buf, "junk");
    tx_period_format(&p, buf, sizeof buf);
    CU_ASSERT_STRING_EQUAL(buf, "");
    tx_period_format(NULL, buf, sizeof buf);
    CU_ASSERT_STRING_EQUAL(buf, "");
    p.kind = TX_PERIOD_INSTANT;
    p.end = ymd(2003, 9, 30);
    tx_period_format(&p, buf, sizeof buf);
    CU_ASSERT_STRING_EQUAL(buf, "2003-09-30");
    p.kind = TX_PERIOD_DURATION;
    p.start = ymd(2003, 7, 1);
    tx_period_format(&p, buf, sizeof buf);
    CU_ASSERT_STRING_EQUAL(buf, "2003-07-01..2003-09-30");
    CU_ASSERT_EQUAL(strlen(buf), 22);
    tx_period_format(&p, buf, 11);
    CU_ASSERT_STRING_EQUAL(buf, "2003-07-01");
}

/* Column header forms: a range between two dates, words in parentheses
 * with no time in them, "/1/" markers, "Dec, 31 1996". */
static void test_header_forms(void)
{
    PERIOD("Period from August 20, 1998 (inception) to December 31, 1998", 0, NULL,
           "1998-08-20..1998-12-31", 0, 0);
    PERIOD("March 5, 1995 (inception) through December 31, 1995", 0, NULL,
           "1995-03-05..1995-12-31", 0, 0);
    PERIOD("Dec. 31, 1998 (Derived from audited statements)", 1, NULL, "1998-12-31", 0, 0);
    PERIOD("December 31, 1997 /1/", 1, NULL, "1997-12-31", 0, 0);
    PERIOD("Dec, 31 1996", 1, NULL, "1996-12-31", 0, 0);
    /* the one column of a statement dated in its title */
    tx_period_hint h = { .want_instant = 1, .context = "BALANCE SHEET AT DECEMBER 31, 1999",
                         .undated = 1 };
    tx_period p;
    char why[256], got[40];
    CU_ASSERT_EQUAL(tx_period_parse("Pro Forma Combined", &h, &p, why, sizeof why), 0);
    tx_period_format(&p, got, sizeof got);
    CU_ASSERT_STRING_EQUAL(got, "1999-12-31");
    h.undated = 0;
    CU_ASSERT_EQUAL(tx_period_parse("Pro Forma Combined", &h, &p, why, sizeof why), -1);
}

/* Bare years dated by the filing's fiscal year end when nothing around
 * the table names a month or day. */
static void test_fiscal_end(void)
{
    tx_period_hint h = { .want_duration = 1, .context = "STATEMENTS OF INCOME",
                         .fiscal_end = { 1996, 12, 31 } };
    tx_period p;
    char why[256], got[40];
    CU_ASSERT_EQUAL(tx_period_parse("1995", &h, &p, why, sizeof why), 0);
    tx_period_format(&p, got, sizeof got);
    CU_ASSERT_STRING_EQUAL(got, "1995-01-01..1995-12-31");
    /* a 52/53-week year: the year end printed for that year, on the same
       weekday (Saturdays) */
    const tx_date known[] = { { 1995, 9, 30 }, { 1995, 10, 2 } };
    tx_period_hint w = { .want_duration = 1, .context = "", .fiscal_end = { 1996, 9, 28 },
                         .known = known, .nknown = 2 };
    CU_ASSERT_EQUAL(tx_period_parse("1995", &w, &p, why, sizeof why), 0);
    tx_period_format(&p, got, sizeof got);
    CU_ASSERT_STRING_EQUAL(got, "1994-10-02..1995-09-30");
    CU_ASSERT_EQUAL(p.weeks, 52);
    CU_ASSERT_EQUAL(tx_period_parse("1993", &w, &p, why, sizeof why), -1);
    /* without a fiscal year end nothing is guessed */
    tx_period_hint none = { .want_duration = 1, .context = "STATEMENTS OF INCOME" };
    CU_ASSERT_EQUAL(tx_period_parse("1995", &none, &p, why, sizeof why), -1);
}

/* The shape of header words, to cut neighbouring headers apart. */
static void test_shape(void)
{
    CU_ASSERT_EQUAL(tx_period_shape("Three Months Ended"), TX_SHAPE_LENGTH | TX_SHAPE_ENDED);
    CU_ASSERT_EQUAL(tx_period_shape("January 31,"), TX_SHAPE_MONTH);
    CU_ASSERT_EQUAL(tx_period_shape("Sept. 30, 1996"), TX_SHAPE_MONTH | TX_SHAPE_YEAR);
    CU_ASSERT_EQUAL(tx_period_shape("Pro Forma"), 0);
    CU_ASSERT_EQUAL(tx_period_shape(NULL), 0);
}

static const CU_TestInfo period_tests[] = {
    { "days anchors", test_days_anchors },
    { "days round trip 1..9999", test_days_round_trip },
    { "days in month", test_days_in_month },
    { "date valid", test_date_valid },
    { "add days, cmp", test_add_days_cmp },
    { "date format/parse", test_date_format_parse },
    { "month lookup", test_month_lookup },
    { "seed headers", test_seed_headers },
    { "apple headers", test_apple_headers },
    { "southern headers", test_southern_headers },
    { "number words", test_number_words },
    { "date forms", test_date_forms },
    { "leap years", test_leap_years },
    { "context years", test_context_years },
    { "context failures", test_context_failures },
    { "header failures", test_header_failures },
    { "numeric dates", test_numeric_dates },
    { "fiscal year evidence", test_fiscal_year_evidence },
    { "change columns", test_change_columns },
    { "api edges", test_api_edges },
    { "period format", test_period_format },
    { "header forms", test_header_forms },
    { "fiscal year end", test_fiscal_end },
    { "period shape", test_shape },
    CU_TEST_INFO_NULL,
};

int tx_suite_period(void)
{
    return tx_add_suite("period", period_tests);
}

/*
 * period.h - the grammar that turns a column header's words into a
 * reporting period (internal; dates and periods are base/date.h's):
 *
 *   "Three months ended September 30, 2003"  -> duration 2003-07-01..2003-09-30
 *   "Six Months Ended March 31, 2004"        -> duration 2003-10-01..2004-03-31
 *   "September 30, 2003"                     -> instant 2003-09-30
 *   "Year ended December 31, 1997"           -> duration 1997-01-01..1997-12-31
 *   "Three months ended June 26, 1999"       -> 13 weeks: 1999-03-28..1999-06-26
 *
 * Durations ending on the last day of a month run whole calendar months:
 * start = first day of the month (N-1) months before the end month.
 * Durations ending on any other day are 52/53-week fiscal periods: a quarter
 * is 13 weeks, six months 26, nine months 39, a year 52 unless the header
 * states 53 weeks ("fifty-three weeks ended", "(53 weeks)").
 */
#ifndef TX_PERIOD_H
#define TX_PERIOD_H

#include <stddef.h>

#include "base/date.h"

/* Month name or abbreviation ("September", "Sept.", "SEP", "Dec") at the
 * start of `s` (case-insensitive, whole word).  Returns 1..12 and sets
 * *consumed to the bytes used (including a trailing '.'), or 0. */
int tx_month_lookup(const char *s, size_t *consumed);

/* What the table around the column says, for headers that leave things out. */
typedef struct tx_period_hint {
    int want_instant;      /* 1: a balance sheet, columns are instants        */
    const char *context;   /* title/caption words, e.g. "Years ended December 31"
                              or "THREE FISCAL YEARS ENDED SEPTEMBER 26, 1997";
                              may be NULL                                        */
    const tx_date *known;  /* dates printed elsewhere in the same filing (balance-
                              sheet dates, "Balance at September 29, 1995", the
                              EDGAR period of report): the only way to date the
                              other columns of a 52/53-week year ("THREE FISCAL
                              YEARS ENDED SEPTEMBER 26, 1997" over 1997 1996
                              1995), and to tell a 53-week year; may be NULL    */
    size_t nknown;
    tx_date fiscal_end;    /* the end of the fiscal year the filing reports on
                              (an annual report's EDGAR period of report), or
                              0,0,0: dates a bare year column ("1996") when
                              nothing around the table names a month or day    */
    int fiscal_offset;     /* fiscal year Y ends in calendar year Y + offset
                              (-1 ... 1; 0 when years are named by their end)   */
    int want_duration;     /* 1: a statement of flows (income, cash flows): a
                              bare year column dated by fiscal_end is the
                              fiscal year, not its end                          */
    int undated;           /* 1: the table has one value column and its words
                              name no date: they take the context's one complete
                              date                                             */
    int weekly;            /* 1: the table's other columns are 52/53-week periods:
                              a length in months is counted in weeks even when
                              it ends on a month's last day ("Apr. 30, 1995"
                              among "Jan. 29, 1995" quarters)                   */
} tx_period_hint;

/* Turns a column's header words (its stacked header lines joined with
 * spaces, e.g. "Three months ended September 30, 2003" or
 * "December 31, 2002 (A)") into a period.  Words that are not about time
 * ("(unaudited)", "(A)", "Actual", "As reported") are ignored.
 *
 * Understood: "N months/weeks ended|ending", N as a word or digits
 * (three, six, nine, twelve, thirteen, twenty-six, thirty-nine, fifty-two,
 * fifty-three, 3, 12, 13, 52, 53); "Quarter ended", "Year(s) ended",
 * "Fiscal year ended", "Fiscal YYYY"; "Month D, YYYY", "Month D YYYY",
 * "Month YYYY" (the month's last day), "D Month YYYY"; "As of"/"At"
 * before a date; a bare year when the hint's context supplies month/day
 * and length ("Years ended December 31" over "1997 1996 1995");
 * "Month D," with the year in the hint context is NOT guessed; numeric
 * dates "6/26/99", "06/26/1999" (month/day/year; 19YY from 50 up);
 * "Period from August 20, 1998 (inception) to December 31, 1998": the
 * duration between the two printed dates.  Parenthesised words without a
 * date or length in them ("(Derived from audited statements)", "(in
 * thousands)") and "/1/" footnote markers are skipped.
 *
 * A column with no date of its own takes the hint context's one complete
 * date ("BALANCE SHEET AT DECEMBER 31, 1999" over "Pro Forma Combined");
 * a bare year takes the month and day the context names, else the
 * fiscal_end of the hint (the same month's end, or for a 52/53-week year
 * the year end of that year printed elsewhere in the filing, on the same
 * weekday).  A fiscal year dated by a year end printed elsewhere counts
 * its length in weeks (52, or 53 when the year end before it is printed
 * 53 weeks earlier).
 *
 * Returns 0 and fills *out, or -1 and writes a one-line reason (no trailing
 * period) to why[0..whylen). Never guesses: anything ambiguous fails. */
int tx_period_parse(const char *words, const tx_period_hint *hint,
                    tx_period *out, char *why, size_t whylen);

/* The complete dates printed in `s` ("September 26, 1997", "6/26/99",
 * "July 1992" as its last day), at most `max` of them, distinct, in order.
 * Returns how many. */
size_t tx_period_dates(const char *s, tx_date *out, size_t max);
/* The same, only those printed with their day (not "July 1992"): the
 * evidence for year ends printed elsewhere in a filing. */
size_t tx_period_day_dates(const char *s, tx_date *out, size_t max);

/* What kinds of period words `words` holds, as TX_SHAPE_ bits: a length
 * ("Three Months", "Year", "52 Weeks", "Quarter"), "Ended"/"Ending", a
 * month ("January 31,", "Sept."), a four-digit year.  Two neighbouring
 * columns' headers merged into one run of words ("Month Ended Year
 * Ended", "January 31, January 31,") split into parts of one shape. */
#define TX_SHAPE_LENGTH 1
#define TX_SHAPE_ENDED 2
#define TX_SHAPE_MONTH 4
#define TX_SHAPE_YEAR 8
int tx_period_shape(const char *words);

/* 1 if a column's header words name a change between periods rather than a
 * period ("Change", "% Change", "Increase (Decrease)", "Variance",
 * "Percent", "Compound Growth Rates"): its values are no facts of the
 * table's unit. */
int tx_period_is_change(const char *words);

#endif /* TX_PERIOD_H */

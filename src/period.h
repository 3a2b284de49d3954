/*
 * period.h - calendar dates and reporting periods (internal).
 *
 * Exact proleptic Gregorian arithmetic of our own (no floating point, no
 * time zones), and the grammar that turns a column header's words into a
 * period:
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

typedef struct tx_date {
    int y, m, d;      /* 0,0,0 means "no date" */
} tx_date;

/* Days since 1970-01-01 (negative before); exact for any y in 1..9999. */
long tx_date_to_days(tx_date d);
tx_date tx_days_to_date(long days);
int tx_date_valid(tx_date d);                 /* 1 if a real calendar date */
int tx_days_in_month(int y, int m);
tx_date tx_date_add_days(tx_date d, long n);
int tx_date_cmp(tx_date a, tx_date b);        /* <0, 0, >0 */
/* Writes "YYYY-MM-DD" (11 bytes with the NUL). */
void tx_date_format(tx_date d, char buf[11]);
/* Parses "YYYY-MM-DD" or "YYYYMMDD"; returns 0 on success. */
int tx_date_parse_iso(const char *s, tx_date *out);

/* Month name or abbreviation ("September", "Sept.", "SEP", "Dec") at the
 * start of `s` (case-insensitive, whole word).  Returns 1..12 and sets
 * *consumed to the bytes used (including a trailing '.'), or 0. */
int tx_month_lookup(const char *s, size_t *consumed);

typedef enum tx_period_kind {
    TX_PERIOD_NONE = 0,
    TX_PERIOD_INSTANT = 1,
    TX_PERIOD_DURATION = 2
} tx_period_kind;

typedef struct tx_period {
    tx_period_kind kind;
    tx_date start;    /* durations only */
    tx_date end;      /* the instant, or the last day of the duration */
    int months;       /* length in months when stated (3, 6, 9, 12), else 0 */
    int weeks;        /* length in weeks when counted in weeks (13, 26, 39, 52, 53), else 0 */
} tx_period;

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
 * dates "6/26/99", "06/26/1999" (month/day/year; 19YY from 50 up).
 *
 * Returns 0 and fills *out, or -1 and writes a one-line reason (no trailing
 * period) to why[0..whylen). Never guesses: anything ambiguous fails. */
int tx_period_parse(const char *words, const tx_period_hint *hint,
                    tx_period *out, char *why, size_t whylen);

/* The complete dates printed in `s` ("September 26, 1997", "6/26/99"), at
 * most `max` of them, distinct, in order.  Returns how many. */
size_t tx_period_dates(const char *s, tx_date *out, size_t max);

/* 1 if a column's header words name a change between periods rather than a
 * period ("Change", "% Change", "Increase (Decrease)", "Variance",
 * "Percent", "Compound Growth Rates"): its values are no facts of the
 * table's unit. */
int tx_period_is_change(const char *words);

/* "2003-07-01..2003-09-30" or "2003-09-30" into buf (at least 24 bytes). */
void tx_period_format(const tx_period *p, char *buf, size_t n);

#endif /* TX_PERIOD_H */

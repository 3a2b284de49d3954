/*
 * date.h - calendar dates and reporting periods (internal).
 *
 * Exact proleptic Gregorian arithmetic of our own: no floating point, no
 * time zones.  One date model for the whole library: the reader's periods,
 * the facts of an instance, EX-27 schedules and the validator's contexts.
 */
#ifndef TX_DATE_H
#define TX_DATE_H

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

/* "2003-07-01..2003-09-30" or "2003-09-30" into buf (at least 24 bytes). */
void tx_period_format(const tx_period *p, char *buf, size_t n);
/* 1 if a and b are one period: the same kind and end, and for durations
 * the same start (the stated months and weeks do not count). */
int tx_period_same(const tx_period *a, const tx_period *b);

#endif /* TX_DATE_H */

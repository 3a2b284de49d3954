/*
 * date.c - calendar dates and periods.
 *
 * Proleptic Gregorian day numbers computed with integer arithmetic only.
 * The year is shifted so that it starts in March (the leap day then falls at
 * the end of a year) and split into 400-year eras of 146097 days.
 */
#include <stdio.h>
#include <string.h>

#include "base/date.h"

#define DAYS_PER_ERA 146097L          /* days in 400 Gregorian years */
#define EPOCH_SHIFT 719468L           /* days from 0000-03-01 to 1970-01-01 */

static int is_leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int tx_days_in_month(int y, int m)
{
    static const int len[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (m < 1 || m > 12)
        return 0;
    return m == 2 && is_leap(y) ? 29 : len[m - 1];
}

int tx_date_valid(tx_date d)
{
    return d.y >= 1 && d.y <= 9999 && d.m >= 1 && d.m <= 12 &&
           d.d >= 1 && d.d <= tx_days_in_month(d.y, d.m);
}

static long floor_div(long a, long b)
{
    long q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

long tx_date_to_days(tx_date d)
{
    long y = d.y - (d.m <= 2);                 /* year starting in March */
    long era = floor_div(y, 400);
    long yoe = y - era * 400;                  /* 0..399 */
    long mp = d.m > 2 ? d.m - 3 : d.m + 9;     /* March = 0 .. February = 11 */
    long doy = (153 * mp + 2) / 5 + d.d - 1;   /* day of the March-based year */
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * DAYS_PER_ERA + doe - EPOCH_SHIFT;
}

tx_date tx_days_to_date(long days)
{
    long z = days + EPOCH_SHIFT;
    long era = floor_div(z, DAYS_PER_ERA);
    long doe = z - era * DAYS_PER_ERA;                               /* 0..146096 */
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365; /* 0..399 */
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);              /* 0..365 */
    long mp = (5 * doy + 2) / 153;                                   /* 0..11 */
    tx_date r;
    r.d = (int)(doy - (153 * mp + 2) / 5 + 1);
    r.m = (int)(mp < 10 ? mp + 3 : mp - 9);
    r.y = (int)(yoe + era * 400 + (r.m <= 2));
    return r;
}

tx_date tx_date_add_days(tx_date d, long n)
{
    return tx_days_to_date(tx_date_to_days(d) + n);
}

int tx_date_cmp(tx_date a, tx_date b)
{
    if (a.y != b.y)
        return a.y < b.y ? -1 : 1;
    if (a.m != b.m)
        return a.m < b.m ? -1 : 1;
    if (a.d != b.d)
        return a.d < b.d ? -1 : 1;
    return 0;
}

static void put_digits(char *p, int v, int width)
{
    for (int i = width - 1; i >= 0; i--) {
        p[i] = (char)('0' + v % 10);
        v /= 10;
    }
}

void tx_date_format(tx_date d, char buf[11])
{
    int y = d.y < 0 ? 0 : d.y % 10000;
    int m = d.m < 0 ? 0 : d.m % 100;
    int dd = d.d < 0 ? 0 : d.d % 100;
    put_digits(buf, y, 4);
    buf[4] = '-';
    put_digits(buf + 5, m, 2);
    buf[7] = '-';
    put_digits(buf + 8, dd, 2);
    buf[10] = '\0';
}

static int digits_value(const char *s, int n)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

int tx_date_parse_iso(const char *s, tx_date *out)
{
    if (!s || !out)
        return -1;
    size_t n = strlen(s);
    tx_date d;
    if (n == 10 && s[4] == '-' && s[7] == '-') {
        d.y = digits_value(s, 4);
        d.m = digits_value(s + 5, 2);
        d.d = digits_value(s + 8, 2);
    } else if (n == 8) {
        d.y = digits_value(s, 4);
        d.m = digits_value(s + 4, 2);
        d.d = digits_value(s + 6, 2);
    } else {
        return -1;
    }
    if (!tx_date_valid(d))
        return -1;
    *out = d;
    return 0;
}

void tx_period_format(const tx_period *p, char *buf, size_t n)
{
    if (!buf || n == 0)
        return;
    buf[0] = '\0';
    if (!p || p->kind == TX_PERIOD_NONE)
        return;
    char a[11], b[11];
    tx_date_format(p->end, b);
    if (p->kind == TX_PERIOD_INSTANT) {
        snprintf(buf, n, "%s", b);
        return;
    }
    tx_date_format(p->start, a);
    snprintf(buf, n, "%s..%s", a, b);
}

int tx_period_same(const tx_period *a, const tx_period *b)
{
    return a->kind == b->kind && tx_date_cmp(a->end, b->end) == 0 &&
           (a->kind != TX_PERIOD_DURATION || tx_date_cmp(a->start, b->start) == 0);
}

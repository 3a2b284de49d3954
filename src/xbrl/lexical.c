/* lexical.c - XBRL values as written: dates and lexical equality. */
#include "xbrl/lexical.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

/* ------------------------------------------------------------ dates */

int tx_lex_date(const char *s, tx_date *d, int *has_time, int *midnight)
{
    int y, m, dd, n = 0;
    if (sscanf(s, "%4d-%2d-%2d%n", &y, &m, &dd, &n) != 3 || n != 10)
        return -1;
    *d = (tx_date){y, m, dd};
    if (!tx_date_valid(*d))
        return -1;
    *has_time = 0;
    *midnight = 1;
    s += 10;
    if (*s == '\0' || *s == 'Z' || *s == '+' || *s == '-')
        return 0;
    int hh, mm, ss, k = 0;
    if (sscanf(s, "T%2d:%2d:%2d%n", &hh, &mm, &ss, &k) != 3 || k != 9)
        return -1;
    *has_time = 1;
    const char *frac = s + 9;
    int frac_zero = 1;
    if (*frac == '.')
        for (frac++; *frac >= '0' && *frac <= '9'; frac++)
            frac_zero &= *frac == '0';
    if (hh == 24 && mm == 0 && ss == 0 && frac_zero)
        *midnight = 2;
    else
        *midnight = hh == 0 && mm == 0 && ss == 0 && frac_zero;
    return hh <= 24 && mm < 60 && ss < 61 ? 0 : -1;
}

/* p[0] and p[1] are digits (p[0] a NUL stops before p[1] is read). */
static int two_digits(const char *p)
{
    return p[0] >= '0' && p[0] <= '9' && p[1] >= '0' && p[1] <= '9';
}

int tx_lex_seconds(const char *s, int end, int64_t *out)
{
    int y, mo, d, h = 0, mi = 0, sec = 0, n = 0;
    const char *dash = strchr(s + (*s == '-'), '-');   /* years of 4 or more digits */
    if (!dash || dash - s - (*s == '-') < 4 || dash - s - (*s == '-') > 9 ||
        sscanf(s, "%d-%2d-%2d%n", &y, &mo, &d, &n) != 3 || n != (int)(dash - s) + 6)
        return -1;
    if (mo < 1 || mo > 12 || d < 1 || d > 31)
        return -1;
    const char *p = s + n;
    int has_time = 0;
    if (*p == 'T') {
        /* hh:mm:ss, two digits each */
        if (!two_digits(p + 1) || p[3] != ':' || !two_digits(p + 4) || p[6] != ':' ||
            !two_digits(p + 7))
            return -1;
        h = (p[1] - '0') * 10 + (p[2] - '0');
        mi = (p[4] - '0') * 10 + (p[5] - '0');
        sec = (p[7] - '0') * 10 + (p[8] - '0');
        p += 9;
        if (*p == '.')
            for (p++; isdigit((unsigned char)*p); p++)
                ;
        has_time = 1;
    }
    int64_t tz = 0;
    if (*p == 'Z') {
        p++;
    } else if (*p == '+' || *p == '-') {
        /* (+|-)hh:mm exactly: a shorter zone ("+1:00") is not one, and is
         * never read past its end */
        if (!two_digits(p + 1) || p[3] != ':' || !two_digits(p + 4))
            return -1;
        int th = (p[1] - '0') * 10 + (p[2] - '0'), tm = (p[4] - '0') * 10 + (p[5] - '0');
        if (th > 14 || tm > 59)
            return -1;
        tz = (int64_t)(th * 3600 + tm * 60) * (*p == '+' ? 1 : -1);
        p += 6;
    }
    if (*p)
        return -1;
    int64_t t = (int64_t)tx_date_to_days((tx_date){y, mo, d}) * 86400 +
                h * 3600 + mi * 60 + sec - tz;
    if (!has_time && end)
        t += 86400;
    *out = t;
    return 0;
}

/* ------------------------------------------------------------ equality */

static const char *bool_as_number(const char *s)
{
    if (strcmp(s, "true") == 0)
        return "1";
    if (strcmp(s, "false") == 0)
        return "0";
    return s;
}

int tx_lex_number(const char *s, tx_decimal *out)
{
    const char *t = bool_as_number(s);
    return tx_decimal_parse_xsd(t, strlen(t), out);
}

int tx_lex_equal(const char *a, const char *b)
{
    if (strcmp(a, "NaN") == 0 || strcmp(b, "NaN") == 0)
        return 0;
    if (strcmp(a, b) == 0)
        return 1;
    tx_decimal p, q;
    return tx_lex_number(a, &p) == 0 && tx_lex_number(b, &q) == 0 && tx_decimal_cmp(p, q) == 0;
}

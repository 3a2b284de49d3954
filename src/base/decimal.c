/*
 * decimal.c - exact decimal values.
 *
 * A tx_decimal is coef * 10^exp.  Nothing here uses floating point; every
 * operation that could leave the int64 range checks first and reports -1.
 * Magnitudes are handled as uint64_t so that INT64_MIN never needs to be
 * negated as a signed value.
 */
#include <limits.h>
#include <stdint.h>
#include <string.h>

#include "base/decimal.h"

#define TX_DEC_MAX_DIGITS 18          /* significant digits tx_decimal_parse keeps */

/* ------------------------------------------------------------ helpers */

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static uint64_t magnitude(int64_t v)
{
    return v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
}

static int digit_count(uint64_t v)
{
    int n = 1;
    while (v >= 10) {
        v /= 10;
        n++;
    }
    return n;
}

/* *v *= 10^k for k >= 0; -1 (and *v unchanged) if the result would exceed
 * `limit`. */
static int mul_pow10(uint64_t *v, int k, uint64_t limit)
{
    uint64_t x = *v;
    for (int i = 0; i < k; i++) {
        if (x > limit / 10)
            return -1;
        x *= 10;
    }
    if (x > limit)
        return -1;
    *v = x;
    return 0;
}

/* Signed coef * 10^k (k >= 0) into *out; -1 on int64 overflow. */
static int scale_coef(int64_t coef, int k, int64_t *out)
{
    uint64_t m = magnitude(coef);
    uint64_t limit = coef < 0 ? (uint64_t)INT64_MAX + 1u : (uint64_t)INT64_MAX;
    if (mul_pow10(&m, k, limit) != 0)
        return -1;
    if (coef < 0)
        *out = m == (uint64_t)INT64_MAX + 1u ? INT64_MIN : -(int64_t)m;
    else
        *out = (int64_t)m;
    return 0;
}

static int add_i64(int64_t a, int64_t b, int64_t *out)
{
    if ((b > 0 && a > INT64_MAX - b) || (b < 0 && a < INT64_MIN - b))
        return -1;
    *out = a + b;
    return 0;
}

/* Removes trailing zeros of the coefficient into the exponent. */
static tx_decimal normalize(tx_decimal d)
{
    if (d.coef == 0) {
        d.exp = 0;
        return d;
    }
    while (d.coef % 10 == 0 && d.exp < INT_MAX) {
        d.coef /= 10;
        d.exp++;
    }
    return d;
}

/* ------------------------------------------------------------ parse */

/* Checks the integer part s[0..n): digits, or 1-3 digits then groups of
 * ",ddd".  Returns 0 if well formed. */
static int check_grouping(const char *s, size_t n)
{
    const char *comma = memchr(s, ',', n);
    if (!comma) {
        for (size_t i = 0; i < n; i++)
            if (!is_digit(s[i]))
                return -1;
        return 0;
    }
    size_t lead = (size_t)(comma - s);
    if (lead < 1 || lead > 3)
        return -1;
    for (size_t i = 0; i < n; i++) {
        size_t from_comma = (i - lead) % 4;   /* 0 at each comma position */
        if (i < lead || from_comma != 0) {
            if (!is_digit(s[i]))
                return -1;
        } else if (s[i] != ',') {
            return -1;
        }
    }
    return (n - lead) % 4 == 0 ? 0 : -1;
}

int tx_decimal_parse(const char *s, size_t len, tx_decimal *out)
{
    if (!s || !out || len == 0)
        return -1;
    const char *dot = memchr(s, '.', len);
    size_t int_len = dot ? (size_t)(dot - s) : len;
    size_t frac_len = dot ? len - int_len - 1 : 0;
    if (int_len == 0 && frac_len == 0)
        return -1;
    if (dot && frac_len == 0)
        return -1;                      /* "12." is not a numeral */
    if (check_grouping(s, int_len) != 0)
        return -1;
    for (size_t i = 0; i < frac_len; i++)
        if (!is_digit(dot[1 + i]))
            return -1;
    if (frac_len > (size_t)INT_MAX / 2)
        return -1;

    uint64_t coef = 0;
    int sig = 0;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (!is_digit(c))
            continue;
        if (coef == 0 && c == '0')
            continue;                   /* leading zeros are not significant */
        if (++sig > TX_DEC_MAX_DIGITS)
            return -1;
        coef = coef * 10 + (uint64_t)(c - '0');
    }
    out->coef = (int64_t)coef;
    out->exp = -(int)frac_len;
    return 0;
}

/* ------------------------------------------------------------ arithmetic */

int tx_decimal_scale(tx_decimal *d, int k)
{
    if (!d)
        return -1;
    long long e = (long long)d->exp + k;
    if (e > INT_MAX || e < INT_MIN)
        return -1;
    if (d->coef != 0 && e > 0) {
        int64_t probe;
        if (e > 19 || scale_coef(d->coef, (int)e, &probe) != 0)
            return -1;
    }
    d->exp = (int)e;
    return 0;
}

int tx_decimal_negate(tx_decimal *d)
{
    if (!d || d->coef == INT64_MIN)
        return -1;
    d->coef = -d->coef;
    return 0;
}

/* Adds with the exponents aligned to the smaller one. */
static int add_aligned(tx_decimal a, tx_decimal b, tx_decimal *out)
{
    if (a.exp < b.exp) {
        tx_decimal t = a;
        a = b;
        b = t;
    }
    /* now a.exp >= b.exp: bring a down to b.exp */
    long long diff = (long long)a.exp - b.exp;
    int64_t ac;
    if (diff > 19 || scale_coef(a.coef, (int)diff, &ac) != 0)
        return -1;
    int64_t sum;
    if (add_i64(ac, b.coef, &sum) != 0)
        return -1;
    out->coef = sum;
    out->exp = b.exp;
    return 0;
}

int tx_decimal_add(tx_decimal a, tx_decimal b, tx_decimal *out)
{
    if (!out)
        return -1;
    if (a.coef == 0) {
        *out = b;
        return 0;
    }
    if (b.coef == 0) {
        *out = a;
        return 0;
    }
    if (add_aligned(a, b, out) == 0)
        return 0;
    /* Trailing zeros may have made the alignment overflow needlessly
     * ("5.000" + 10^16): retry with both normalised. */
    return add_aligned(normalize(a), normalize(b), out);
}

static int sign_of(int64_t v)
{
    return (v > 0) - (v < 0);
}

/* Compares |a| and |b| (both non-zero). */
static int cmp_magnitude(tx_decimal a, tx_decimal b)
{
    a = normalize(a);
    b = normalize(b);
    uint64_t ma = magnitude(a.coef), mb = magnitude(b.coef);
    /* order of magnitude: the value lies in [10^(o-1), 10^o) */
    long long oa = (long long)digit_count(ma) + a.exp;
    long long ob = (long long)digit_count(mb) + b.exp;
    if (oa != ob)
        return oa < ob ? -1 : 1;
    /* Same order: the one with the larger exponent has fewer digits;
     * scaling it up gives at most 19 digits, which fits in uint64. */
    if (a.exp > b.exp)
        (void)mul_pow10(&ma, (int)((long long)a.exp - b.exp), UINT64_MAX);
    else if (b.exp > a.exp)
        (void)mul_pow10(&mb, (int)((long long)b.exp - a.exp), UINT64_MAX);
    return (ma > mb) - (ma < mb);
}

int tx_decimal_cmp(tx_decimal a, tx_decimal b)
{
    int sa = sign_of(a.coef), sb = sign_of(b.coef);
    if (sa != sb)
        return sa < sb ? -1 : 1;
    if (sa == 0)
        return 0;
    int m = cmp_magnitude(a, b);
    return sa > 0 ? m : -m;
}

int tx_decimal_is_zero(tx_decimal d)
{
    return d.coef == 0;
}

/* ------------------------------------------------------------ format */

/* A bounded writer that counts what it would have written. */
typedef struct writer {
    char *buf;
    size_t n;
    size_t len;
} writer;

static void put(writer *w, char c)
{
    if (w->buf && w->len + 1 < w->n)
        w->buf[w->len] = c;
    w->len++;
}

static void put_repeat(writer *w, char c, long long count)
{
    for (long long i = 0; i < count; i++)
        put(w, c);
}

int tx_decimal_format(tx_decimal d, char *buf, size_t n)
{
    writer w = { buf, n, 0 };
    char digits[24];
    int nd = 0;
    uint64_t m = magnitude(d.coef);
    do {
        digits[nd++] = (char)('0' + m % 10);
        m /= 10;
    } while (m);
    /* digits[] holds the coefficient least significant first */

    if (d.coef < 0)
        put(&w, '-');
    if (d.exp >= 0) {
        for (int i = nd - 1; i >= 0; i--)
            put(&w, digits[i]);
        if (d.coef != 0)
            put_repeat(&w, '0', d.exp);
    } else {
        long long frac = -(long long)d.exp;
        if (nd > frac) {
            for (int i = nd - 1; i >= 0; i--) {
                put(&w, digits[i]);
                if (i == frac)
                    put(&w, '.');
            }
        } else {
            put(&w, '0');
            put(&w, '.');
            put_repeat(&w, '0', frac - nd);
            for (int i = nd - 1; i >= 0; i--)
                put(&w, digits[i]);
        }
    }
    if (buf && n > 0)
        buf[w.len < n ? w.len : n - 1] = '\0';
    return w.len > INT_MAX ? INT_MAX : (int)w.len;
}

/*
 * decimal.c - the exact decimal type (decimal.h): a sign, a coefficient of
 * up to TX_DECIMAL_DIGITS digits in base-10^9 limbs and a decimal exponent.
 *
 * Nothing here uses floating point.  The arithmetic works on magnitudes in
 * a wider scratch buffer (`mag`, twice the limbs of a value and two more),
 * so that every exact result that fits a tx_decimal is found: an aligned
 * sum whose operands overlap, a full product, a rounding carry.  Storing a
 * result that has more than TX_DECIMAL_DIGITS digits first moves its
 * trailing zeros into the exponent; what still does not fit is "beyond".
 */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/decimal.h"

#define BASE 1000000000u                /* one limb: nine decimal digits */
#define NLIMB TX_DECIMAL_LIMBS
#define WIDE (2 * NLIMB + 2)            /* scratch magnitude: products, sums */

static const uint32_t pow10_u32[10] = {
    1u, 10u, 100u, 1000u, 10000u, 100000u, 1000000u, 10000000u, 100000000u, 1000000000u,
};

/* ------------------------------------------------------------ helpers */

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

static int exp_in_range(long long e)
{
    return e >= TX_DECIMAL_EXP_MIN && e <= TX_DECIMAL_EXP_MAX;
}

static tx_decimal zero_at(int exp)
{
    tx_decimal d;
    memset(&d, 0, sizeof d);
    d.exp = exp;
    return d;
}

tx_decimal tx_decimal_beyond(void)
{
    tx_decimal d;
    memset(&d, 0, sizeof d);
    d.beyond = 1;
    return d;
}

int tx_decimal_ok(tx_decimal d)
{
    return !d.beyond;
}

/* Decimal digits of one limb value (1 for 0). */
static int limb_digits(uint32_t v)
{
    int n = 1;
    while (n < 10 && v >= pow10_u32[n])
        n++;
    return n;
}

/* Digits of the coefficient: 0 for zero. */
static int coef_digits(const tx_decimal *d)
{
    return d->nlimbs ? (d->nlimbs - 1) * 9 + limb_digits(d->limb[d->nlimbs - 1]) : 0;
}

/* ------------------------------------------------------------ magnitudes */

/* A magnitude in base 10^9, least significant limb first; n is 0 for zero
 * and l[n - 1] is never 0. */
typedef struct mag {
    uint32_t l[WIDE];
    int n;
} mag;

static void mag_load(mag *m, const tx_decimal *d)
{
    m->n = d->nlimbs;
    memcpy(m->l, d->limb, (size_t)d->nlimbs * sizeof m->l[0]);
}

static void mag_top(mag *m)
{
    while (m->n > 0 && m->l[m->n - 1] == 0)
        m->n--;
}

static int mag_digits(const mag *m)
{
    return m->n ? (m->n - 1) * 9 + limb_digits(m->l[m->n - 1]) : 0;
}

static int mag_cmp(const mag *a, const mag *b)
{
    if (a->n != b->n)
        return a->n < b->n ? -1 : 1;
    for (int i = a->n - 1; i >= 0; i--)
        if (a->l[i] != b->l[i])
            return a->l[i] < b->l[i] ? -1 : 1;
    return 0;
}

/* m *= 10^k (k >= 0); -1 when the result would need more than `cap` limbs
 * (m is then unspecified). */
static int mag_shift_up(mag *m, long long k, int cap)
{
    if (m->n == 0 || k == 0)
        return 0;
    if (k > (long long)cap * 9)
        return -1;
    int q = (int)(k / 9), r = (int)(k % 9);
    if (m->n + q > cap)
        return -1;
    if (r) {
        uint64_t f = pow10_u32[r], carry = 0;
        for (int i = 0; i < m->n; i++) {
            uint64_t v = (uint64_t)m->l[i] * f + carry;
            m->l[i] = (uint32_t)(v % BASE);
            carry = v / BASE;
        }
        if (carry) {
            if (m->n + q + 1 > cap)
                return -1;
            m->l[m->n++] = (uint32_t)carry;
        }
    }
    if (q) {
        memmove(m->l + q, m->l, (size_t)m->n * sizeof m->l[0]);
        memset(m->l, 0, (size_t)q * sizeof m->l[0]);
        m->n += q;
    }
    return 0;
}

/* m /= 10^k (k >= 0), truncating. */
static void mag_shift_down(mag *m, long long k)
{
    if (m->n == 0 || k == 0)
        return;
    if (k >= (long long)m->n * 9) {
        m->n = 0;
        return;
    }
    int q = (int)(k / 9), r = (int)(k % 9);
    if (q) {
        memmove(m->l, m->l + q, (size_t)(m->n - q) * sizeof m->l[0]);
        m->n -= q;
    }
    if (r) {
        uint64_t div = pow10_u32[r], rem = 0;
        for (int i = m->n - 1; i >= 0; i--) {
            uint64_t v = rem * BASE + m->l[i];
            m->l[i] = (uint32_t)(v / div);
            rem = v % div;
        }
    }
    mag_top(m);
}

/* The digit at position p (0: the units digit of the coefficient). */
static int mag_digit(const mag *m, long long p)
{
    long long q = p / 9;
    if (q >= m->n)
        return 0;
    return (int)(m->l[q] / pow10_u32[p % 9] % 10);
}

/* 1 when a digit below position p is not zero. */
static int mag_any_below(const mag *m, long long p)
{
    long long q = p / 9;
    for (long long i = 0; i < q && i < m->n; i++)
        if (m->l[i])
            return 1;
    return q < m->n && m->l[q] % pow10_u32[p % 9] != 0;
}

/* Trailing zero digits (0 for zero). */
static long long mag_trailing_zeros(const mag *m)
{
    int i = 0;
    while (i < m->n && m->l[i] == 0)
        i++;
    if (i == m->n)
        return 0;
    uint32_t v = m->l[i];
    int z = 0;
    while (v % 10 == 0) {
        v /= 10;
        z++;
    }
    return (long long)i * 9 + z;
}

/* r = a + b (r may be a or b); a and b have fewer than WIDE limbs. */
static void mag_add(const mag *a, const mag *b, mag *r)
{
    int n = a->n > b->n ? a->n : b->n;
    uint32_t carry = 0;
    for (int i = 0; i < n; i++) {
        uint32_t v = (i < a->n ? a->l[i] : 0) + (i < b->n ? b->l[i] : 0) + carry;
        carry = v >= BASE;
        r->l[i] = carry ? v - BASE : v;
    }
    r->n = n;
    if (carry)
        r->l[r->n++] = 1;
}

/* r = a - b for a >= b (r may be a). */
static void mag_sub(const mag *a, const mag *b, mag *r)
{
    uint32_t borrow = 0;
    for (int i = 0; i < a->n; i++) {
        uint32_t s = (i < b->n ? b->l[i] : 0) + borrow;
        borrow = a->l[i] < s;
        r->l[i] = borrow ? a->l[i] + BASE - s : a->l[i] - s;
    }
    r->n = a->n;
    mag_top(r);
}

/* m += 1 (m has fewer than WIDE limbs). */
static void mag_increment(mag *m)
{
    for (int i = 0; i < m->n; i++) {
        if (++m->l[i] < BASE)
            return;
        m->l[i] = 0;
    }
    m->l[m->n++] = 1;
}

/* Stores sign * m * 10^exp in *out: trailing zeros go into the exponent when
 * m has more limbs than a value holds.  A zero keeps `exp` when it is in
 * range and is 0 exp 0 otherwise.  0, or -1 (and "beyond") when it does not
 * fit. */
static int store(mag *m, long long exp, int neg, tx_decimal *out)
{
    if (m->n == 0) {
        *out = zero_at(exp_in_range(exp) ? (int)exp : 0);
        return 0;
    }
    if (m->n > NLIMB) {
        long long tz = mag_trailing_zeros(m);
        mag_shift_down(m, tz);
        exp += tz;
    }
    if (m->n > NLIMB || !exp_in_range(exp)) {
        *out = tx_decimal_beyond();
        return -1;
    }
    memset(out, 0, sizeof *out);
    memcpy(out->limb, m->l, (size_t)m->n * sizeof m->l[0]);
    out->nlimbs = (uint8_t)m->n;
    out->neg = neg ? 1 : 0;
    out->exp = (int)exp;
    return 0;
}

/* ------------------------------------------------------------ making */

tx_decimal tx_decimal_make(int64_t coef, int exp)
{
    if (!exp_in_range(exp))
        return tx_decimal_beyond();
    tx_decimal d = zero_at(exp);
    uint64_t m = coef < 0 ? (uint64_t)0 - (uint64_t)coef : (uint64_t)coef;
    while (m) {
        d.limb[d.nlimbs++] = (uint32_t)(m % BASE);
        m /= BASE;
    }
    d.neg = coef < 0;
    return d;
}

int tx_decimal_to_int64(tx_decimal d, int64_t *out)
{
    if (!out || d.beyond)
        return -1;
    mag m;
    mag_load(&m, &d);
    if (d.exp < 0) {
        if (m.n && mag_trailing_zeros(&m) < -(long long)d.exp)
            return -1;                  /* a fraction */
        mag_shift_down(&m, -(long long)d.exp);
    } else if (m.n && (mag_digits(&m) + (long long)d.exp > 19 ||
                       mag_shift_up(&m, d.exp, WIDE) != 0)) {
        return -1;
    }
    if (m.n > 3 || (m.n == 3 && m.l[2] > 9))
        return -1;
    uint64_t v = 0;
    for (int i = m.n - 1; i >= 0; i--)
        v = v * BASE + m.l[i];          /* < 10^19: no overflow */
    uint64_t limit = d.neg ? (uint64_t)INT64_MAX + 1u : (uint64_t)INT64_MAX;
    if (v > limit)
        return -1;
    if (!d.neg)
        *out = (int64_t)v;
    else
        *out = v == (uint64_t)INT64_MAX + 1u ? INT64_MIN : -(int64_t)v;
    return 0;
}

/* ------------------------------------------------------------ parsing */

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

/* Fills d's limbs from the digits of s[from..to) read right to left,
 * skipping anything else (commas, the point). */
static void fill_limbs(tx_decimal *d, const char *s, size_t from, size_t to)
{
    long long k = 0;                    /* digit position from the right */
    for (size_t i = to; i > from; i--) {
        char c = s[i - 1];
        if (!is_digit(c))
            continue;
        if (c != '0')
            d->limb[k / 9] += (uint32_t)(c - '0') * pow10_u32[k % 9];
        k++;
    }
    int n = (int)((k + 8) / 9);
    while (n > 0 && d->limb[n - 1] == 0)
        n--;
    d->nlimbs = (uint8_t)n;
}

int tx_decimal_parse_printed(const char *s, size_t len, tx_decimal *out)
{
    if (!out)
        return TX_DECIMAL_ESYNTAX;
    *out = tx_decimal_beyond();
    if (!s || len == 0)
        return TX_DECIMAL_ESYNTAX;
    const char *dot = memchr(s, '.', len);
    size_t int_len = dot ? (size_t)(dot - s) : len;
    size_t frac_len = dot ? len - int_len - 1 : 0;
    if (int_len == 0 && frac_len == 0)
        return TX_DECIMAL_ESYNTAX;
    if (dot && frac_len == 0)
        return TX_DECIMAL_ESYNTAX;      /* "12." is not a numeral */
    if (check_grouping(s, int_len) != 0)
        return TX_DECIMAL_ESYNTAX;
    for (size_t i = 0; i < frac_len; i++)
        if (!is_digit(dot[1 + i]))
            return TX_DECIMAL_ESYNTAX;
    if (frac_len > (size_t)-(long long)TX_DECIMAL_EXP_MIN)
        return TX_DECIMAL_ELIMIT;

    /* significant digits: from the first non-zero digit to the end */
    size_t first = 0;
    while (first < len && (s[first] < '1' || s[first] > '9'))
        first++;
    size_t sig = 0;
    for (size_t i = first; i < len; i++)
        sig += is_digit(s[i]);
    if (sig > TX_DECIMAL_DIGITS)
        return TX_DECIMAL_ELIMIT;
    tx_decimal d = zero_at(-(int)frac_len);
    if (sig)
        fill_limbs(&d, s, first, len);
    *out = d;
    return 0;
}

int tx_decimal_parse_xsd(const char *s, size_t len, tx_decimal *out)
{
    if (!out)
        return TX_DECIMAL_ESYNTAX;
    *out = tx_decimal_beyond();
    if (!s)
        return TX_DECIMAL_ESYNTAX;
    size_t i = 0, end = len;
    while (i < end && is_space(s[i]))
        i++;
    while (end > i && is_space(s[end - 1]))
        end--;
    int neg = 0;
    if (i < end && (s[i] == '+' || s[i] == '-'))
        neg = s[i++] == '-';
    /* the mantissa s[m0..m1): digits and at most one point */
    size_t m0 = i;
    long long nd = 0, point = -1;       /* digits, digits before the point */
    long long first = -1, last = -1;    /* first and last non-zero digit */
    for (; i < end; i++) {
        if (s[i] == '.' && point < 0) {
            point = nd;
        } else if (is_digit(s[i])) {
            if (s[i] != '0') {
                if (first < 0)
                    first = nd;
                last = nd;
            }
            nd++;
        } else {
            break;
        }
    }
    size_t m1 = i;
    if (nd == 0)
        return TX_DECIMAL_ESYNTAX;
    if (point < 0)
        point = nd;
    long long e = 0;
    int huge = 0;
    if (i < end && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        int eneg = 0;
        if (i < end && (s[i] == '+' || s[i] == '-'))
            eneg = s[i++] == '-';
        size_t e0 = i;
        for (; i < end && is_digit(s[i]); i++) {
            if (e > TX_DECIMAL_XSD_EXP_MAX)
                huge = 1;
            else
                e = e * 10 + (s[i] - '0');
        }
        if (i == e0)
            return TX_DECIMAL_ESYNTAX;
        if (e > TX_DECIMAL_XSD_EXP_MAX)
            huge = 1;
        if (eneg)
            e = -e;
    }
    if (i != end)
        return TX_DECIMAL_ESYNTAX;
    if (huge)
        return TX_DECIMAL_ELIMIT;
    if (first < 0) {
        *out = zero_at(0);
        return 0;
    }
    if (last - first + 1 > TX_DECIMAL_DIGITS)
        return TX_DECIMAL_ELIMIT;
    /* the digits first..last stand for units at 10^(point - last - 1) */
    long long exp = point - last - 1 + e;
    if (!exp_in_range(exp))
        return TX_DECIMAL_ELIMIT;
    /* the bytes of digits first..last */
    size_t from = m0, to = m1;
    for (long long k = -1; from < m1; from++)
        if (is_digit(s[from]) && ++k == first)
            break;
    for (long long k = nd; to > m0; to--)
        if (is_digit(s[to - 1]) && --k == last)
            break;
    tx_decimal d = zero_at((int)exp);
    fill_limbs(&d, s, from, to);
    d.neg = neg ? 1 : 0;
    *out = d;
    return 0;
}

/* ------------------------------------------------------------ text */

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

static void put_digits(writer *w, const char *d, int n)
{
    for (int i = 0; i < n; i++)
        put(w, d[i]);
}

/* The coefficient's digits, most significant first, into d; their count
 * (1, "0", for zero). */
static int coef_text(const tx_decimal *x, char *d)
{
    if (x->nlimbs == 0) {
        d[0] = '0';
        return 1;
    }
    int n = 0;
    uint32_t top = x->limb[x->nlimbs - 1];
    for (int k = limb_digits(top) - 1; k >= 0; k--)
        d[n++] = (char)('0' + top / pow10_u32[k] % 10);
    for (int i = x->nlimbs - 2; i >= 0; i--) {
        uint32_t v = x->limb[i];
        for (int k = 8; k >= 0; k--) {
            d[n + k] = (char)('0' + v % 10);
            v /= 10;
        }
        n += 9;
    }
    return n;
}

int tx_decimal_format(tx_decimal d, char *buf, size_t n)
{
    writer w = {buf, n, 0};
    if (d.beyond) {
        put(&w, '?');
    } else {
        char digits[TX_DECIMAL_DIGITS];
        int nd = coef_text(&d, digits);
        if (d.neg)
            put(&w, '-');
        if (d.exp >= 0) {
            put_digits(&w, digits, nd);
            if (d.nlimbs)
                put_repeat(&w, '0', d.exp);
        } else {
            long long frac = -(long long)d.exp;
            if (nd > frac) {
                put_digits(&w, digits, (int)(nd - frac));
                put(&w, '.');
                put_digits(&w, digits + (nd - frac), (int)frac);
            } else {
                put(&w, '0');
                put(&w, '.');
                put_repeat(&w, '0', frac - nd);
                put_digits(&w, digits, nd);
            }
        }
    }
    if (buf && n > 0)
        buf[w.len < n ? w.len : n - 1] = '\0';
    return w.len > INT_MAX ? INT_MAX : (int)w.len;
}

int tx_decimal_put(tx_buf *b, tx_decimal d)
{
    char small[160];
    int len = tx_decimal_format(d, small, sizeof small);
    if (len < (int)sizeof small)
        return tx_buf_append(b, small, (size_t)len);
    char *big = malloc((size_t)len + 1);
    if (!big) {
        b->failed = 1;
        return -1;
    }
    tx_decimal_format(d, big, (size_t)len + 1);
    int rc = tx_buf_append(b, big, (size_t)len);
    free(big);
    return rc;
}

char *tx_decimal_text(tx_decimal d)
{
    int len = tx_decimal_format(d, NULL, 0);
    char *s = malloc((size_t)len + 1);
    if (s)
        tx_decimal_format(d, s, (size_t)len + 1);
    return s;
}

/* ------------------------------------------------------------ arithmetic */

int tx_decimal_scale(tx_decimal *d, int k)
{
    if (!d)
        return -1;
    long long e = (long long)d->exp + k;
    if (d->beyond || !exp_in_range(e)) {
        *d = tx_decimal_beyond();
        return -1;
    }
    d->exp = (int)e;
    return 0;
}

int tx_decimal_negate(tx_decimal *d)
{
    if (!d || d->beyond)
        return -1;
    if (d->nlimbs)
        d->neg = !d->neg;
    return 0;
}

int tx_decimal_is_zero(tx_decimal d)
{
    return !d.beyond && d.nlimbs == 0;
}

int tx_decimal_sign(tx_decimal d)
{
    if (d.beyond || d.nlimbs == 0)
        return 0;
    return d.neg ? -1 : 1;
}

tx_decimal tx_decimal_trim(tx_decimal d)
{
    if (d.beyond)
        return d;
    if (d.nlimbs == 0)
        return zero_at(0);
    if (d.limb[0] % 10 != 0)
        return d;
    mag m;
    mag_load(&m, &d);
    long long tz = mag_trailing_zeros(&m);
    if ((long long)d.exp + tz > TX_DECIMAL_EXP_MAX)
        tz = TX_DECIMAL_EXP_MAX - (long long)d.exp;
    mag_shift_down(&m, tz);
    tx_decimal out;
    (void)store(&m, (long long)d.exp + tz, d.neg, &out);
    return out;
}

/* a + b at the smaller exponent, both non-zero; -1 when the aligned
 * operands do not fit the scratch width or the sum does not fit a value. */
static int add_aligned(const tx_decimal *a, const tx_decimal *b, tx_decimal *out)
{
    const tx_decimal *hi = a->exp >= b->exp ? a : b, *lo = hi == a ? b : a;
    mag x, y, r;
    mag_load(&x, hi);
    mag_load(&y, lo);
    if (mag_shift_up(&x, (long long)hi->exp - lo->exp, WIDE - 1) != 0)
        return -1;
    int neg = hi->neg;
    if (hi->neg == lo->neg) {
        mag_add(&x, &y, &r);
    } else if (mag_cmp(&x, &y) >= 0) {
        mag_sub(&x, &y, &r);
    } else {
        mag_sub(&y, &x, &r);
        neg = lo->neg;
    }
    return store(&r, lo->exp, neg, out);
}

int tx_decimal_add(tx_decimal a, tx_decimal b, tx_decimal *out)
{
    if (!out)
        return -1;
    if (a.beyond || b.beyond) {
        *out = tx_decimal_beyond();
        return -1;
    }
    if (a.nlimbs == 0) {
        *out = b;
        return 0;
    }
    if (b.nlimbs == 0) {
        *out = a;
        return 0;
    }
    if (add_aligned(&a, &b, out) == 0)
        return 0;
    /* Trailing zeros may have made the alignment too wide: with the fewest
     * digits, operands that overlap always fit the scratch width, and
     * operands that do not overlap have no sum within the limits. */
    tx_decimal ta = tx_decimal_trim(a), tb = tx_decimal_trim(b);
    if (add_aligned(&ta, &tb, out) == 0)
        return 0;
    *out = tx_decimal_beyond();
    return -1;
}

int tx_decimal_sub(tx_decimal a, tx_decimal b, tx_decimal *out)
{
    if (tx_decimal_negate(&b) != 0) {
        if (out)
            *out = tx_decimal_beyond();
        return -1;
    }
    return tx_decimal_add(a, b, out);
}

int tx_decimal_mul(tx_decimal a, tx_decimal b, tx_decimal *out)
{
    if (!out)
        return -1;
    if (a.beyond || b.beyond) {
        *out = tx_decimal_beyond();
        return -1;
    }
    long long exp = (long long)a.exp + b.exp;
    mag r;
    r.n = a.nlimbs + b.nlimbs;
    memset(r.l, 0, (size_t)r.n * sizeof r.l[0]);
    for (int i = 0; i < a.nlimbs; i++) {
        uint64_t carry = 0;
        for (int j = 0; j < b.nlimbs; j++) {
            uint64_t v = (uint64_t)a.limb[i] * b.limb[j] + r.l[i + j] + carry;
            r.l[i + j] = (uint32_t)(v % BASE);
            carry = v / BASE;
        }
        r.l[i + b.nlimbs] = (uint32_t)carry;
    }
    mag_top(&r);
    return store(&r, exp, a.neg != b.neg, out);
}

int tx_decimal_cmp(tx_decimal a, tx_decimal b)
{
    if (a.beyond || b.beyond)
        return (int)a.beyond - (int)b.beyond;
    int sa = tx_decimal_sign(a), sb = tx_decimal_sign(b);
    if (sa != sb)
        return sa < sb ? -1 : 1;
    if (sa == 0)
        return 0;
    /* the same sign: compare magnitudes, first by their leading digit */
    long long ta = (long long)a.exp + coef_digits(&a), tb = (long long)b.exp + coef_digits(&b);
    int m;
    if (ta != tb) {
        m = ta < tb ? -1 : 1;
    } else {
        /* the one with the larger exponent has fewer digits: scaled down to
         * the other's exponent it has as many, so it fits */
        mag x, y;
        mag_load(&x, &a);
        mag_load(&y, &b);
        if (a.exp > b.exp)
            (void)mag_shift_up(&x, (long long)a.exp - b.exp, WIDE);
        else if (b.exp > a.exp)
            (void)mag_shift_up(&y, (long long)b.exp - a.exp, WIDE);
        m = mag_cmp(&x, &y);
    }
    return sa > 0 ? m : -m;
}

int tx_decimal_round(tx_decimal d, int decimals, tx_rounding mode, tx_decimal *out)
{
    if (!out)
        return -1;
    if (d.beyond) {
        *out = tx_decimal_beyond();
        return -1;
    }
    long long target = -(long long)decimals;    /* the exponent of the result */
    if (d.exp >= target) {
        *out = d;
        return 0;
    }
    long long drop = target - d.exp;            /* digits dropped, > 0 */
    mag m;
    mag_load(&m, &d);
    int up = 0;
    if (drop > mag_digits(&m)) {
        m.n = 0;                                /* below a tenth of the unit */
    } else {
        int first = mag_digit(&m, drop - 1);
        int rest = mag_any_below(&m, drop - 1);
        mag_shift_down(&m, drop);
        if (first > 5 || (first == 5 && rest))
            up = 1;
        else if (first == 5)
            up = mode == TX_ROUND_HALF_AWAY || (m.n > 0 && (m.l[0] & 1));
    }
    if (up)
        mag_increment(&m);
    return store(&m, target, d.neg, out);
}

/* m = m * 10 + digit (m has fewer than WIDE limbs). */
static void mag_push_digit(mag *m, int digit)
{
    uint64_t carry = (uint64_t)digit;
    for (int i = 0; i < m->n; i++) {
        uint64_t v = (uint64_t)m->l[i] * 10 + carry;
        m->l[i] = (uint32_t)(v % BASE);
        carry = v / BASE;
    }
    if (carry)
        m->l[m->n++] = (uint32_t)carry;
}

int tx_decimal_div_round(tx_decimal a, tx_decimal b, int decimals, tx_rounding mode,
                         tx_decimal *out)
{
    if (!out)
        return -1;
    *out = tx_decimal_beyond();
    if (a.beyond || b.beyond || b.nlimbs == 0)
        return -1;
    long long target = -(long long)decimals;    /* the exponent of the result */
    if (!exp_in_range(target))
        return -1;
    mag q = {{0}, 0}, r = {{0}, 0};
    /* |a| / |b| / 10^target is N / D * 10^(k - 1): the quotient
     * N * 10^k / D has one digit more than the result, and that digit and
     * the remainder decide the rounding */
    long long k = (long long)a.exp - b.exp - target + 1;
    mag num, den;
    mag_load(&num, &a);
    mag_load(&den, &b);
    long long nd = mag_digits(&num), ndig = nd;
    if (nd == 0 || (k < 0 && mag_digits(&den) - k > nd))
        return store(&q, target, 0, out);       /* below a tenth of the unit */
    if (k < 0)
        (void)mag_shift_up(&den, -k, WIDE - 1); /* fits: no more digits than N */
    else
        ndig += k;                              /* N followed by k zeros */
    /* the quotient has ndig - digits(D) or one more digits; one of them is
     * the rounding digit, and store() decides whether the rest fits */
    if (ndig - mag_digits(&den) + 1 > TX_DECIMAL_DIGITS + 2)
        return -1;
    for (long long i = 0; i < ndig; i++) {
        mag_push_digit(&r, i < nd ? mag_digit(&num, nd - 1 - i) : 0);
        int qd = 0;
        while (mag_cmp(&r, &den) >= 0) {
            mag_sub(&r, &den, &r);
            qd++;
        }
        mag_push_digit(&q, qd);
        mag_top(&q);
    }
    int first = q.n ? (int)(q.l[0] % 10) : 0, rest = r.n > 0, up = 0;
    mag_shift_down(&q, 1);
    if (first > 5 || (first == 5 && rest))
        up = 1;
    else if (first == 5)
        up = mode == TX_ROUND_HALF_AWAY || (q.n > 0 && (q.l[0] & 1));
    if (up)
        mag_increment(&q);
    return store(&q, target, a.neg != b.neg, out);
}

int tx_decimal_magnitude(tx_decimal d)
{
    if (d.beyond || d.nlimbs == 0)
        return 0;
    return d.exp + coef_digits(&d) - 1;
}

int tx_decimal_infer_decimals(tx_decimal d, int precision)
{
    if (precision == INT_MAX)
        return INT_MAX;
    if (precision == 0)
        return INT_MIN;
    if (d.beyond || d.nlimbs == 0)
        return INT_MAX;
    long long r = (long long)precision - tx_decimal_magnitude(d) - 1;
    if (r >= INT_MAX)
        return INT_MAX - 1;             /* INT_MAX means INF */
    if (r <= INT_MIN)
        return INT_MIN + 1;             /* INT_MIN means precision 0 */
    return (int)r;
}

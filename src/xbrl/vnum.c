/* vnum.c - exact decimals with a 128-bit coefficient for the calculation
 * arithmetic: parsing, rounding, sums and products, and the consistency of
 * one summation under XBRL 2.1 and under Calculations 1.1. */
#include "xbrl/vnum.h"

#include <ctype.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

#include "base/util.h"

/* ------------------------------------------------------------ numbers */

#define COEF_MAX ((__int128)1 << 120)

static tx_vnum bad_num(void)
{
    tx_vnum v = {0, 0, 0};
    return v;
}

static __int128 pow10_128(int k)
{
    __int128 p = 1;
    for (int i = 0; i < k; i++)
        p *= 10;
    return p;
}

static tx_vnum normalize(tx_vnum v)
{
    if (!v.ok)
        return v;
    if (v.coef == 0) {
        v.exp = 0;
        return v;
    }
    while (v.coef % 10 == 0) {
        v.coef /= 10;
        v.exp++;
    }
    return v;
}

tx_vnum tx_vnum_parse(const char *s)
{
    tx_vnum v = {0, 0, 1};
    while (*s && isspace((unsigned char)*s))
        s++;
    int neg = 0;
    if (*s == '+' || *s == '-')
        neg = *s++ == '-';
    int digits = 0, frac = 0, point = 0;
    for (; *s; s++) {
        if (*s == '.' && !point) {
            point = 1;
            continue;
        }
        if (!isdigit((unsigned char)*s))
            break;
        digits++;
        if (v.coef < COEF_MAX / 10) {
            v.coef = v.coef * 10 + (*s - '0');
            if (point)
                frac++;
        } else if (!point) {
            v.exp++;   /* beyond our width: drop low digits */
        }
    }
    if (!digits)
        return bad_num();
    v.exp -= frac;
    if (*s == 'e' || *s == 'E') {
        char *end;
        long e = strtol(s + 1, &end, 10);
        if (end == s + 1 || e > 1000 || e < -1000)
            return bad_num();
        v.exp += (int)e;
        s = end;
    }
    while (*s && isspace((unsigned char)*s))
        s++;
    if (*s)
        return bad_num();
    if (neg)
        v.coef = -v.coef;
    return normalize(v);
}

static tx_vnum round_mode(tx_vnum v, int decimals, int half_even)
{
    if (!v.ok || decimals == INT_MAX || v.exp >= -decimals)
        return v;
    if (decimals == INT_MIN)
        return bad_num();
    int drop = -decimals - v.exp;
    if (drop > 38) {
        tx_vnum z = {0, 0, 1};
        return z;
    }
    __int128 p = pow10_128(drop);
    __int128 q = v.coef / p, r = v.coef % p;
    __int128 ar = r < 0 ? -r : r;
    int sign = v.coef < 0 ? -1 : 1;
    if (ar * 2 > p || (ar * 2 == p && (!half_even || (q % 2 != 0))))
        q += sign;
    tx_vnum out = {q, -decimals, 1};
    return normalize(out);
}

tx_vnum tx_vnum_round(tx_vnum v, int decimals) { return round_mode(v, decimals, 1); }
tx_vnum tx_vnum_round_half_up(tx_vnum v, int decimals) { return round_mode(v, decimals, 0); }

static int align(tx_vnum *a, tx_vnum *b)
{
    while (a->exp > b->exp) {
        if (a->coef > COEF_MAX / 10 || a->coef < -COEF_MAX / 10)
            return -1;
        a->coef *= 10;
        a->exp--;
    }
    while (b->exp > a->exp) {
        if (b->coef > COEF_MAX / 10 || b->coef < -COEF_MAX / 10)
            return -1;
        b->coef *= 10;
        b->exp--;
    }
    return 0;
}

tx_vnum tx_vnum_add(tx_vnum a, tx_vnum b)
{
    if (!a.ok || !b.ok || align(&a, &b) != 0)
        return bad_num();
    tx_vnum r = {a.coef + b.coef, a.exp, 1};
    return normalize(r);
}

tx_vnum tx_vnum_mul(tx_vnum a, tx_vnum b)
{
    if (!a.ok || !b.ok)
        return bad_num();
    __int128 aa = a.coef < 0 ? -a.coef : a.coef, bb = b.coef < 0 ? -b.coef : b.coef;
    if (aa && bb > COEF_MAX / aa)
        return bad_num();
    tx_vnum r = {a.coef * b.coef, a.exp + b.exp, 1};
    return normalize(r);
}

tx_vnum tx_vnum_neg(tx_vnum a)
{
    a.coef = -a.coef;
    return a;
}

int tx_vnum_cmp(tx_vnum a, tx_vnum b)
{
    if (align(&a, &b) != 0)
        return a.coef < 0 ? -1 : 1;   /* huge difference in scale */
    return a.coef < b.coef ? -1 : a.coef > b.coef;
}

int tx_vnum_is_zero(tx_vnum a) { return a.ok && a.coef == 0; }

int tx_vnum_magnitude(tx_vnum v)
{
    if (!v.ok || v.coef == 0)
        return 0;
    __int128 c = v.coef < 0 ? -v.coef : v.coef;
    int digits = 0;
    while (c) {
        c /= 10;
        digits++;
    }
    return v.exp + digits - 1;
}

void tx_vnum_format(tx_vnum v, char *buf, size_t n)
{
    if (!n)
        return;
    if (!v.ok) {
        snprintf(buf, n, "NaN");
        return;
    }
    char digits[64];
    int len = 0;
    __int128 c = v.coef < 0 ? -v.coef : v.coef;
    do {
        digits[len++] = (char)('0' + (int)(c % 10));
        c /= 10;
    } while (c && len < 60);
    tx_buf b = {0};
    if (v.coef < 0)
        tx_buf_putc(&b, '-');
    if (v.exp >= 0) {
        for (int i = len - 1; i >= 0; i--)
            tx_buf_putc(&b, digits[i]);
        for (int i = 0; i < v.exp && i < 400; i++)
            tx_buf_putc(&b, '0');
    } else {
        int fr = -v.exp;
        if (len <= fr) {
            tx_buf_puts(&b, "0.");
            for (int i = 0; i < fr - len; i++)
                tx_buf_putc(&b, '0');
            for (int i = len - 1; i >= 0; i--)
                tx_buf_putc(&b, digits[i]);
        } else {
            for (int i = len - 1; i >= 0; i--) {
                tx_buf_putc(&b, digits[i]);
                if (i == fr)
                    tx_buf_putc(&b, '.');
            }
        }
    }
    snprintf(buf, n, "%s", b.data && !b.failed ? b.data : "?");
    tx_buf_free(&b);
}

int tx_infer_decimals(tx_vnum v, int precision)
{
    if (precision == INT_MAX)
        return INT_MAX;
    if (precision == 0)
        return INT_MIN;
    if (!v.ok || v.coef == 0)
        return INT_MAX;
    return precision - tx_vnum_magnitude(v) - 1;
}

/* ------------------------------------------------------------ calculation consistency */

int tx_calc21_consistent(tx_vnum total, int total_dec, size_t n, const tx_vnum *vals,
                         const int *decs, const tx_vnum *weights, tx_vnum *computed)
{
    tx_vnum sum = {0, 0, 1};
    for (size_t i = 0; i < n; i++) {
        if (decs[i] == INT_MIN)
            return 0;
        sum = tx_vnum_add(sum, tx_vnum_mul(tx_vnum_round(vals[i], decs[i]), weights[i]));
    }
    *computed = sum;
    if (total_dec == INT_MIN || !sum.ok)
        return 0;
    return tx_vnum_cmp(tx_vnum_round(sum, total_dec), tx_vnum_round(total, total_dec)) == 0;
}

/* Half a unit of the last place of `decimals`: 5 * 10^(-decimals-1). */
static tx_vnum half_ulp(int decimals)
{
    tx_vnum h = {5, -decimals - 1, 1};
    return h;
}

int tx_calc11_consistent(tx_vnum total, int total_dec, size_t n, const tx_vnum *vals,
                         const int *decs, const tx_vnum *weights, tx_vnum *computed)
{
    /* the sum's interval: every contribution's rounding interval, weighted */
    tx_vnum lo = {0, 0, 1}, hi = {0, 0, 1}, sum = {0, 0, 1};
    for (size_t i = 0; i < n; i++) {
        tx_vnum v = tx_vnum_mul(vals[i], weights[i]);
        sum = tx_vnum_add(sum, v);
        if (decs[i] == INT_MAX) {
            lo = tx_vnum_add(lo, v);
            hi = tx_vnum_add(hi, v);
            continue;
        }
        tx_vnum w = weights[i];
        if (w.coef < 0)
            w = tx_vnum_neg(w);
        tx_vnum h = tx_vnum_mul(half_ulp(decs[i]), w);
        lo = tx_vnum_add(lo, tx_vnum_add(v, tx_vnum_neg(h)));
        hi = tx_vnum_add(hi, tx_vnum_add(v, h));
    }
    *computed = sum;
    if (!lo.ok || !hi.ok || !total.ok)
        return 0;
    tx_vnum tlo = total, thi = total;
    if (total_dec != INT_MAX) {
        tx_vnum h = half_ulp(total_dec);
        tlo = tx_vnum_add(total, tx_vnum_neg(h));
        thi = tx_vnum_add(total, h);
    }
    return tx_vnum_cmp(tlo, hi) <= 0 && tx_vnum_cmp(lo, thi) <= 0;
}

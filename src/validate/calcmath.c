/* calcmath.c - the consistency of one summation under XBRL 2.1 and under
 * Calculations 1.1, exactly, on tx_decimal (calcmath.h). */
#include "validate/calcmath.h"

#include <limits.h>

/* sum += v * w; -1 beyond the limits. */
static int add_weighted(tx_decimal *sum, tx_decimal v, tx_decimal w)
{
    tx_decimal p;
    return tx_decimal_mul(v, w, &p) == 0 && tx_decimal_add(*sum, p, sum) == 0 ? 0 : -1;
}

int tx_calc21_consistent(tx_decimal total, int total_dec, size_t n, const tx_decimal *vals,
                         const int *decs, const tx_decimal *weights, tx_decimal *computed)
{
    *computed = tx_decimal_beyond();
    tx_decimal sum = tx_decimal_make(0, 0);
    for (size_t i = 0; i < n; i++) {
        if (decs[i] == INT_MIN)
            return TX_CALC_INCONSISTENT;
        tx_decimal r;
        if (tx_decimal_round(vals[i], decs[i], TX_ROUND_HALF_EVEN, &r) != 0 ||
            add_weighted(&sum, r, weights[i]) != 0)
            return TX_CALC_LIMIT;
    }
    *computed = sum;
    if (total_dec == INT_MIN)
        return TX_CALC_INCONSISTENT;
    tx_decimal rs, rt;
    if (tx_decimal_round(sum, total_dec, TX_ROUND_HALF_EVEN, &rs) != 0 ||
        tx_decimal_round(total, total_dec, TX_ROUND_HALF_EVEN, &rt) != 0)
        return TX_CALC_LIMIT;
    return tx_decimal_cmp(rs, rt) == 0 ? TX_CALC_CONSISTENT : TX_CALC_INCONSISTENT;
}

/* [v - h, v + h] for h half a unit of the last place of `decimals`
 * (5 * 10^(-decimals - 1)) times |w|; the interval of v itself for INF.
 * -1 beyond the limits. */
static int interval(tx_decimal v, int decimals, tx_decimal w, tx_decimal *lo, tx_decimal *hi)
{
    if (decimals == INT_MAX) {
        *lo = *hi = v;
        return 0;
    }
    tx_decimal h = tx_decimal_make(5, (int)(-(long long)decimals - 1));
    if (tx_decimal_sign(w) < 0)
        (void)tx_decimal_negate(&w);
    if (tx_decimal_mul(h, w, &h) != 0)
        return -1;
    return tx_decimal_sub(v, h, lo) == 0 && tx_decimal_add(v, h, hi) == 0 ? 0 : -1;
}

int tx_calc11_consistent(tx_decimal total, int total_dec, size_t n, const tx_decimal *vals,
                         const int *decs, const tx_decimal *weights, tx_decimal *computed)
{
    /* the weighted sum, and its interval: every contribution's rounding
     * interval, weighted */
    tx_decimal lo = tx_decimal_make(0, 0), hi = lo, sum = lo;
    int precision0 = total_dec == INT_MIN;
    *computed = tx_decimal_beyond();
    for (size_t i = 0; i < n; i++) {
        tx_decimal v, vlo, vhi;
        if (tx_decimal_mul(vals[i], weights[i], &v) != 0 || tx_decimal_add(sum, v, &sum) != 0)
            return TX_CALC_LIMIT;
        if (decs[i] == INT_MIN) {
            precision0 = 1;
            continue;
        }
        if (interval(v, decs[i], weights[i], &vlo, &vhi) != 0 ||
            tx_decimal_add(lo, vlo, &lo) != 0 || tx_decimal_add(hi, vhi, &hi) != 0)
            return TX_CALC_LIMIT;
    }
    *computed = sum;
    if (precision0)
        return TX_CALC_INCONSISTENT;
    tx_decimal tlo, thi;
    if (interval(total, total_dec, tx_decimal_make(1, 0), &tlo, &thi) != 0)
        return TX_CALC_LIMIT;
    return tx_decimal_cmp(tlo, hi) <= 0 && tx_decimal_cmp(lo, thi) <= 0 ? TX_CALC_CONSISTENT
                                                                       : TX_CALC_INCONSISTENT;
}

int tx_calc11_excess_digits(tx_decimal v, int d)
{
    if (d == INT_MAX || d == INT_MIN)
        return 0;
    tx_decimal r;
    if (tx_decimal_round(v, d, TX_ROUND_HALF_EVEN, &r) != 0)
        return -1;
    return tx_decimal_cmp(r, v) != 0;
}

int tx_calc11_duplicates(size_t n, const tx_decimal *vals, const int *decs, size_t *best)
{
    *best = 0;
    for (size_t i = 0; i < n; i++) {
        int x = tx_calc11_excess_digits(vals[i], decs[i]);
        if (x < 0)
            return TX_CALC_LIMIT;
        if (x) {
            *best = i;
            return TX_DUP_EXCESS;
        }
        if (decs[i] == INT_MIN) {
            *best = i;
            return TX_DUP_NO_VALUE;
        }
    }
    /* the greatest lower bound and the least upper bound of the intervals */
    tx_decimal lo = tx_decimal_beyond(), hi = lo;
    for (size_t i = 0; i < n; i++) {
        if (decs[i] > decs[*best])
            *best = i;
        for (size_t j = 0; j < i; j++)
            if (decs[j] == decs[i] && tx_decimal_cmp(vals[j], vals[i]) != 0)
                return TX_DUP_INCONSISTENT;
        tx_decimal a, b;
        if (interval(vals[i], decs[i], tx_decimal_make(1, 0), &a, &b) != 0)
            return TX_CALC_LIMIT;
        if (!tx_decimal_ok(lo) || tx_decimal_cmp(a, lo) > 0)
            lo = a;
        if (!tx_decimal_ok(hi) || tx_decimal_cmp(b, hi) < 0)
            hi = b;
    }
    return n == 0 || tx_decimal_cmp(lo, hi) <= 0 ? TX_DUP_CONSISTENT : TX_DUP_INCONSISTENT;
}

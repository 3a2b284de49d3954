/* arith.c - the arithmetic of claims: whether a table value is a claim as
 * the prose rounds it, whether a percentage of change is the change between
 * two table values, and that change as a message prints it.  Every integer
 * step is checked for overflow (-1). */
#include <stdint.h>
#include <stdio.h>

#include "disclose/prose.h"

/* a and b as integers at the smaller exponent */
static int align(tx_decimal a, tx_decimal b, int64_t *x, int64_t *y, int *exp)
{
    int e = a.exp < b.exp ? a.exp : b.exp;
    int64_t va = a.coef, vb = b.coef;
    for (int k = a.exp; k > e; k--) {
        if (va > INT64_MAX / 10 || va < INT64_MIN / 10)
            return -1;
        va *= 10;
    }
    for (int k = b.exp; k > e; k--) {
        if (vb > INT64_MAX / 10 || vb < INT64_MIN / 10)
            return -1;
        vb *= 10;
    }
    *x = va;
    *y = vb;
    *exp = e;
    return 0;
}

static int mul(int64_t a, int64_t b, int64_t *r)
{
    if (a != 0 && b != 0) {
        int64_t aa = a < 0 ? -a : a, bb = b < 0 ? -b : b;
        if (a == INT64_MIN || b == INT64_MIN || aa > INT64_MAX / bb)
            return -1;
    }
    *r = a * b;
    return 0;
}

int tx_claim_rounds_to(tx_decimal table, tx_decimal claim, int place)
{
    tx_decimal neg = claim, diff;
    if (tx_decimal_negate(&neg) != 0 || tx_decimal_add(table, neg, &diff) != 0)
        return -1;
    if (diff.coef < 0 && tx_decimal_negate(&diff) != 0)
        return -1;
    tx_decimal half = {5, place - 1};
    return tx_decimal_cmp(diff, half) <= 0;
}

int tx_claim_percent_ok(tx_decimal cur, tx_decimal prior, tx_decimal pct, int place,
                        int direction)
{
    int64_t c, p;
    int e;
    if (align(cur, prior, &c, &p, &e) != 0 || p == 0 || c - p == INT64_MIN)
        return -1;
    int64_t d = c - p, ap = p < 0 ? -p : p;
    if ((direction > 0 && d <= 0) || (direction < 0 && d >= 0))
        return 0;
    int64_t ad = d < 0 ? -d : d;
    /* |200 * ad * 10^-place - 2 * P * 10^(pct.exp - place) * ap| <= ap */
    int64_t lhs, P = pct.coef < 0 ? -pct.coef : pct.coef, rhs;
    if (mul(ad, 200, &lhs) != 0)
        return -1;
    for (int k = place; k < 0; k++)
        if (mul(lhs, 10, &lhs) != 0)
            return -1;
    for (int k = place; k > 0; k--)
        if (mul(ap, 10, &ap) != 0 || mul(lhs, 1, &lhs) != 0)
            return -1;
    for (int k = pct.exp; k > place; k--)
        if (mul(P, 10, &P) != 0)
            return -1;
    if (mul(P, 2, &rhs) != 0 || mul(rhs, ap, &rhs) != 0)
        return -1;
    int64_t diff = lhs - rhs;
    if (diff < 0)
        diff = -diff;
    int64_t bound = p < 0 ? -p : p;
    for (int k = place; k > 0; k--)
        if (mul(bound, 10, &bound) != 0)
            return -1;
    return diff <= bound;
}


void tx_claim_change_text(tx_decimal cur, tx_decimal prior, char *buf, size_t n)
{
    /* the change in tenths of a percent */
    int64_t x, y, q = 0;
    int e;
    snprintf(buf, n, "?");
    if (align(cur, prior, &x, &y, &e) == 0 && y != 0) {
        int64_t d = x - y, ay = y < 0 ? -y : y;
        if (mul(d, 2000, &q) == 0) {
            q = q / ay;
            q = q >= 0 ? (q + 1) / 2 : (q - 1) / 2;
            snprintf(buf, n, "%s%lld.%lld%%", q < 0 ? "-" : "",
                     (long long)((q < 0 ? -q : q) / 10), (long long)((q < 0 ? -q : q) % 10));
        }
    }
}

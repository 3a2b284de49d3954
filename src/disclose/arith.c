/* arith.c - the arithmetic of claims: whether a table value is a claim as
 * the prose rounds it, whether a percentage of change is the change between
 * two table values, and that change as a message prints it.  Exact decimal
 * arithmetic throughout; a step beyond tx_decimal is -1 (or "?"). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "disclose/prose.h"

int tx_claim_rounds_to(tx_decimal table, tx_decimal claim, int place)
{
    tx_decimal neg = claim, diff;
    if (tx_decimal_negate(&neg) != 0 || tx_decimal_add(table, neg, &diff) != 0)
        return -1;
    if (tx_decimal_sign(diff) < 0 && tx_decimal_negate(&diff) != 0)
        return -1;
    tx_decimal half = tx_decimal_make(5, place - 1);
    return tx_decimal_cmp(diff, half) <= 0;
}

int tx_claim_percent_ok(tx_decimal cur, tx_decimal prior, tx_decimal pct, int place,
                        int direction)
{
    tx_decimal d, ad, ap, lhs, rhs, diff, bound;
    if (tx_decimal_is_zero(prior) || tx_decimal_sub(cur, prior, &d) != 0)
        return -1;
    if ((direction > 0 && tx_decimal_sign(d) <= 0) || (direction < 0 && tx_decimal_sign(d) >= 0))
        return 0;
    /* |100 * |d| / |p| - |pct|| <= half a unit at `place`, multiplied out:
     * |200 * |d| - 2 * |pct| * |p|| <= |p| * 10^place */
    ad = d;
    ap = prior;
    if ((tx_decimal_sign(ad) < 0 && tx_decimal_negate(&ad) != 0) ||
        (tx_decimal_sign(ap) < 0 && tx_decimal_negate(&ap) != 0) ||
        (tx_decimal_sign(pct) < 0 && tx_decimal_negate(&pct) != 0))
        return -1;
    bound = ap;
    if (tx_decimal_mul(ad, tx_decimal_make(200, 0), &lhs) != 0 ||
        tx_decimal_mul(pct, tx_decimal_make(2, 0), &rhs) != 0 ||
        tx_decimal_mul(rhs, ap, &rhs) != 0 || tx_decimal_sub(lhs, rhs, &diff) != 0 ||
        tx_decimal_scale(&bound, place) != 0)
        return -1;
    if (tx_decimal_sign(diff) < 0 && tx_decimal_negate(&diff) != 0)
        return -1;
    return tx_decimal_cmp(diff, bound) <= 0;
}

void tx_claim_change_text(tx_decimal cur, tx_decimal prior, char *buf, size_t n)
{
    /* the change from prior to cur as a percentage of |prior|, rounded half
     * away from zero to one decimal ("12.3%", "-0.5%"); "?" when prior is
     * zero or the quotient is beyond tx_decimal */
    tx_decimal d, q;
    snprintf(buf, n, "?");
    if (tx_decimal_sign(prior) < 0)
        (void)tx_decimal_negate(&prior);
    /* tenths of a percent: 1000 * (cur - prior) / |prior|, to an integer */
    if (tx_decimal_sub(cur, prior, &d) != 0 || tx_decimal_scale(&d, 3) != 0 ||
        tx_decimal_div_round(d, prior, 0, TX_ROUND_HALF_AWAY, &q) != 0)
        return;
    char *t = tx_decimal_text(q);
    if (!t)
        return;
    const char *digits = t[0] == '-' ? t + 1 : t;
    size_t len = strlen(digits);
    if (len + 4 <= n)
        snprintf(buf, n, "%s%.*s.%c%%", t[0] == '-' ? "-" : "", len > 1 ? (int)(len - 1) : 1,
                 len > 1 ? digits : "0", digits[len - 1]);
    free(t);
}

int tx_claim_percent_plausible(tx_decimal cur, tx_decimal prior, tx_decimal pct, int place,
                               int direction, tx_decimal half)
{
    /* the unrounded figures lie in [cur - h, cur + h] and [prior - h,
     * prior + h]; their change runs from 100 ((cur - h) - (prior + h)) /
     * (prior + h) to 100 ((cur + h) - (prior - h)) / (prior - h), and the
     * claim covers [pct - u/2, pct + u/2] (u a unit at `place`): 1 when the
     * two meet, multiplied out so that nothing is divided */
    tx_decimal d, plo, phi, clo, chi, lo, hi, lhs, rhs, u2 = tx_decimal_make(5, place - 1);
    if (tx_decimal_sub(prior, half, &plo) != 0 || tx_decimal_sign(plo) <= 0)
        return -1;   /* a loss or a figure within rounding of zero: no bound */
    if (tx_decimal_sub(cur, prior, &d) != 0)
        return -1;
    if (tx_decimal_sign(pct) < 0 && tx_decimal_negate(&pct) != 0)
        return -1;
    if ((direction < 0 || (direction == 0 && tx_decimal_sign(d) < 0)) &&
        tx_decimal_negate(&pct) != 0)
        return -1;
    if (tx_decimal_add(prior, half, &phi) != 0 || tx_decimal_sub(cur, half, &clo) != 0 ||
        tx_decimal_add(cur, half, &chi) != 0 || tx_decimal_sub(pct, u2, &lo) != 0 ||
        tx_decimal_add(pct, u2, &hi) != 0)
        return -1;
    /* lowest change <= hi: 100 (clo - phi) <= hi * phi */
    if (tx_decimal_sub(clo, phi, &lhs) != 0 || tx_decimal_scale(&lhs, 2) != 0 ||
        tx_decimal_mul(hi, phi, &rhs) != 0)
        return -1;
    if (tx_decimal_cmp(lhs, rhs) > 0)
        return 0;
    /* highest change >= lo: 100 (chi - plo) >= lo * plo */
    if (tx_decimal_sub(chi, plo, &lhs) != 0 || tx_decimal_scale(&lhs, 2) != 0 ||
        tx_decimal_mul(lo, plo, &rhs) != 0)
        return -1;
    return tx_decimal_cmp(lhs, rhs) >= 0;
}

/*
 * calcmath.h - the arithmetic of calculation consistency (internal): one
 * summation checked on the library's exact decimals (base/decimal.h), as
 * the calculation layer (check_calc.c) and the ties (check_ties.c) use it.
 */
#ifndef TX_VALIDATE_CALCMATH_H
#define TX_VALIDATE_CALCMATH_H

#include <stddef.h>

#include "base/decimal.h"

/* What tx_calc11_consistent and tx_calc21_consistent return. */
#define TX_CALC_INCONSISTENT 0
#define TX_CALC_CONSISTENT 1
#define TX_CALC_LIMIT (-1)       /* the arithmetic goes beyond tx_decimal's
                                    limits (TX_DECIMAL_DIGITS digits, the
                                    exponent range): not checked           */

/* Calculation consistency of one summation: `total` with its decimals
 * (INT_MAX: INF, INT_MIN: precision 0) against n contributions vals[i]
 * with decimals decs[i] and weights weights[i].  *computed gets the
 * weighted sum (1.1: of the values as reported; 2.1: of the values rounded
 * to their decimals), or "beyond" when there is none to give.
 *   1.1: XBRL Calculations 1.1 - each value stands for the interval of
 *        values that round to it at its decimals; consistent when the
 *        summation's interval meets the interval of the weighted sum;
 *   2.1: XBRL 2.1 5.2.5.2 - contributions rounded (half to even) to their
 *        inferred decimals, summed, rounded to the summation's decimals and
 *        compared with the summation rounded the same way.
 * A value with precision 0 (decimals INT_MIN) stands for no number at any
 * precision: the summation is inconsistent (2.1: *computed is "beyond"
 * when a contribution has it). */
int tx_calc11_consistent(tx_decimal total, int total_dec, size_t n, const tx_decimal *vals,
                         const int *decs, const tx_decimal *weights, tx_decimal *computed);
int tx_calc21_consistent(tx_decimal total, int total_dec, size_t n, const tx_decimal *vals,
                         const int *decs, const tx_decimal *weights, tx_decimal *computed);

/* Calculations 1.1: 1 when value v has digits below its decimals d (a
 * value that rounding to d decimals would change: 0.01 at decimals 0,
 * 1234 at decimals -2), 0 when it has none or d is INF (INT_MAX) or
 * precision 0 (INT_MIN), -1 beyond the limits. */
int tx_calc11_excess_digits(tx_decimal v, int d);

/* What tx_calc11_duplicates returns. */
#define TX_DUP_CONSISTENT 1      /* *best: the most precise of the set      */
#define TX_DUP_INCONSISTENT 0    /* two values that no one number rounds to */
#define TX_DUP_EXCESS 2          /* *best: a value with excess digits       */
#define TX_DUP_NO_VALUE 3        /* *best: a value with precision 0         */

/* Calculations 1.1: a set of n duplicate facts (values vals[i] with
 * decimals decs[i], INT_MAX for INF, INT_MIN for precision 0) reduced to
 * the one the calculation uses.  Consistent when facts of equal decimals
 * have equal values and the rounding intervals of all of them have a
 * number in common (457510000 at -3 and 458000000 at -6: the first is the
 * most precise and the one used; complete duplicates are one fact);
 * inconsistent otherwise.  A value with excess digits or precision 0 is
 * reported first (its set has no interval to use), the first such in
 * *best.  -1 (TX_CALC_LIMIT) beyond the limits. */
int tx_calc11_duplicates(size_t n, const tx_decimal *vals, const int *decs, size_t *best);

#endif /* TX_VALIDATE_CALCMATH_H */

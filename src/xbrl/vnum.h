/*
 * vnum.h - exact decimals for the calculation arithmetic (internal): the
 * tx_vnum type, its operations, and the consistency of one summation.
 * Everything about the type is declared here: one place to change when it
 * gives way to another decimal type.
 */
#ifndef TX_VNUM_H
#define TX_VNUM_H

#include <stddef.h>

/* A decimal value coef * 10^exp with a wide coefficient, for the calculation
 * arithmetic (values of instances fit easily; overflow is reported). */
typedef struct tx_vnum {
    __int128 coef;
    int exp;
    int ok;          /* 0: not a number we can hold */
} tx_vnum;

/* Parses an xs:decimal (or xs:double/float in plain or E notation) lexical
 * form with surrounding whitespace. */
tx_vnum tx_vnum_parse(const char *s);
/* Rounds to `decimals` digits after the point, half to even (decimals may be
 * negative).  INT_MAX: unchanged. */
tx_vnum tx_vnum_round(tx_vnum v, int decimals);
/* Rounds half away from zero (XBRL 2.1 inferred-precision rounding). */
tx_vnum tx_vnum_round_half_up(tx_vnum v, int decimals);
tx_vnum tx_vnum_add(tx_vnum a, tx_vnum b);
/* v * w where w is a weight as a decimal. */
tx_vnum tx_vnum_mul(tx_vnum a, tx_vnum b);
tx_vnum tx_vnum_neg(tx_vnum a);
int tx_vnum_cmp(tx_vnum a, tx_vnum b);
int tx_vnum_is_zero(tx_vnum a);
/* Decimal exponent of the most significant digit (floor(log10|v|)); 0 for 0. */
int tx_vnum_magnitude(tx_vnum v);
/* Canonical text into buf. */
void tx_vnum_format(tx_vnum v, char *buf, size_t n);
/* decimals inferred from a precision attribute (XBRL 2.1 4.6.6); INT_MAX
 * for INF, INT_MIN for precision 0. */
int tx_infer_decimals(tx_vnum v, int precision);

/* Calculation consistency of one summation: `total` with its decimals
 * (INT_MAX: INF, INT_MIN: precision 0) against n contributions.  1 when
 * consistent; *computed gets the (unrounded) weighted sum.
 *   1.1: XBRL Calculations 1.1 - each value stands for the interval of
 *        values that round to it at its decimals; consistent when the
 *        summation's interval meets the interval of the weighted sum;
 *   2.1: XBRL 2.1 5.2.5.2 - contributions rounded (half even) to their
 *        inferred decimals, summed, rounded to the summation's decimals and
 *        compared with the summation rounded the same way. */
int tx_calc11_consistent(tx_vnum total, int total_dec, size_t n, const tx_vnum *vals,
                         const int *decs, const tx_vnum *weights, tx_vnum *computed);
int tx_calc21_consistent(tx_vnum total, int total_dec, size_t n, const tx_vnum *vals,
                         const int *decs, const tx_vnum *weights, tx_vnum *computed);

#endif /* TX_VNUM_H */

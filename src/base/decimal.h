/*
 * decimal.h - exact decimal values (internal).
 *
 * Money is exact: a tx_decimal is coef * 10^exp with a 64-bit coefficient,
 * never a double.  "457,510" in a table "(in thousands)" is coef 457510,
 * exp 3 (= 457510000); "0.02" is coef 2, exp -2.  Every operation detects
 * overflow and reports it instead of wrapping.
 */
#ifndef TX_DECIMAL_H
#define TX_DECIMAL_H

#include <stddef.h>
#include <stdint.h>

typedef struct tx_decimal {
    int64_t coef;
    int exp;
} tx_decimal;

/* Parses an unsigned decimal numeral: digits with optional thousands
 * commas in the right places ("1,234,567"), an optional fraction
 * (".99", "0.02", "12.50"); no sign, no '$', no spaces.  The number of
 * fraction digits is kept (exp = -digits after the point), so "12.50" is
 * coef 1250 exp -2.  Returns 0 on success, -1 if `s` is not such a
 * numeral or does not fit in 18 significant digits. */
int tx_decimal_parse(const char *s, size_t len, tx_decimal *out);

/* Multiplies by 10^k exactly (adds k to exp).  Returns 0, or -1 if the
 * result would overflow when later formatted as a plain integer. */
int tx_decimal_scale(tx_decimal *d, int k);

/* Negates in place (returns -1 on INT64_MIN). */
int tx_decimal_negate(tx_decimal *d);

/* Exact sum / comparison (aligns exponents; -1 on overflow). */
int tx_decimal_add(tx_decimal a, tx_decimal b, tx_decimal *out);
int tx_decimal_cmp(tx_decimal a, tx_decimal b);
int tx_decimal_is_zero(tx_decimal d);

/* Canonical plain text: no exponent, no thousands separators, '-' for
 * negatives, fraction digits only when exp < 0 and kept as parsed:
 *   {457510,3} -> "457510000"   {-128102,3} -> "-128102000"
 *   {2,-2} -> "0.02"            {-24,-2} -> "-0.24"     {0,3} -> "0"
 * Writes at most n bytes including the NUL; returns the length that was
 * needed (like snprintf). */
int tx_decimal_format(tx_decimal d, char *buf, size_t n);

#endif /* TX_DECIMAL_H */

/*
 * decimal.h - exact decimal values and printed amounts (internal).
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

/* What one printed amount token is. */
typedef enum tx_amount_kind {
    TX_AMOUNT_NONE = 0,    /* not an amount                                   */
    TX_AMOUNT_VALUE = 1,   /* a number                                         */
    TX_AMOUNT_NIL = 2,     /* "--", "-", "- -", "-0-", "—" (after decoding: "--"), "n/a", "nm" */
    TX_AMOUNT_PERCENT = 3  /* "13%", "(4.1)%", "-4.1%", "106.2 %"               */
} tx_amount_kind;

typedef struct tx_amount {
    tx_amount_kind kind;
    tx_decimal value;      /* signed as printed: "(1,849)" -> -1849           */
    int negative_parens;   /* 1 if printed in parentheses                      */
    int negative_minus;    /* 1 if printed with a '-' sign (leading or trailing) */
    int dollar;            /* 1 if a '$' was attached or inside the token      */
    int frac_digits;       /* digits after the point as printed (0 for 457,510) */
    char note[8];          /* a footnote marker glued to the token, without its
                              brackets: "5.12*" -> "*", "1,516{6}" -> "6",
                              "1.40<F2>" -> "F2"; "" if none                    */
} tx_amount;

/* Recognises one whitespace-free token (or a "$ 1,234"-style pair already
 * joined by the caller) as an amount.  Accepted forms:
 *   1,234   1234   0.02   .99   (1,849)   $(128,102)   $457,510   ($1,849)
 *   -1,234  -0.24   (0.24)   1,234-  (trailing minus, rare)   13%   (4.1)%
 *   --  -  -0-  n/a  N/A  nm  NM  (nil markers)
 *   with an optional glued footnote marker at the end: *, **, {6}, {4,5},
 *   <F1>, (a) only when glued to a number as in "1,234(a)".
 * A lone "(1)".."(9)" or "(A)" is a footnote marker, not an amount: the
 * layout decides from its position when such a token is a small negative
 * value.  Years are NOT rejected here (context decides).  Returns 1 and fills *out
 * when the token is an amount, 0 otherwise (then *out->kind is NONE). */
int tx_amount_parse(const char *tok, size_t len, tx_amount *out);

#endif /* TX_DECIMAL_H */

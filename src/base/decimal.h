/*
 * decimal.h - the one exact decimal type of the library (internal).
 *
 * Money is exact: a tx_decimal is (-1)^neg * coefficient * 10^exp, never a
 * double.  "457,510" in a table "(in thousands)" is coefficient 457510,
 * exp 3 (= 457510000); "0.02" is coefficient 2, exp -2.  The reader, the
 * mapper, the facts, the writer, EX-27, the disclosure checks and the
 * validator's calculation arithmetic all use this one type.
 *
 * It is a value type: no heap, callers copy it freely (56 bytes).  Its
 * limits are documented constants:
 *   - TX_DECIMAL_DIGITS (108) significant digits in the coefficient, held
 *     as TX_DECIMAL_LIMBS limbs of base 10^9;
 *   - an exponent in [TX_DECIMAL_EXP_MIN, TX_DECIMAL_EXP_MAX].
 * A result beyond them is never rounded or wrapped: it is the explicit
 * "beyond" state (tx_decimal_ok() is 0), the operation returns -1, and
 * every later operation on it gives "beyond" again.  Callers report it as
 * the documented limit.
 *
 * The coefficient is kept as written: "12.50" is 1250 at exp -2, not 125 at
 * exp -1, so that the printed precision survives (formatting prints
 * "12.50"; a fact's decimals come from the exponent).  tx_decimal_trim()
 * gives the fewest digits when a canonical value is wanted.
 */
#ifndef TX_DECIMAL_H
#define TX_DECIMAL_H

#include <stddef.h>
#include <stdint.h>

#include "base/util.h"

#define TX_DECIMAL_LIMBS 12                       /* base-10^9 limbs        */
#define TX_DECIMAL_DIGITS (9 * TX_DECIMAL_LIMBS)  /* 108 significant digits */
#define TX_DECIMAL_EXP_MAX 999999999              /* exp + digits fits int  */
#define TX_DECIMAL_EXP_MIN (-999999999)
/* The largest exponent tx_decimal_parse_xsd() accepts after 'E': xs:double
 * and xs:float never need more than three digits, and it keeps the plain
 * text of any value read from an instance to about ten thousand bytes. */
#define TX_DECIMAL_XSD_EXP_MAX 9999

typedef struct tx_decimal {
    uint32_t limb[TX_DECIMAL_LIMBS]; /* |coefficient| in base 10^9, least
                                        significant first; limb[i] is 0 for
                                        i >= nlimbs                        */
    int exp;                         /* the power of ten; readable by callers
                                        ("12.50" has exp -2)               */
    uint8_t nlimbs;                  /* limbs in use: 0 for zero           */
    uint8_t neg;                     /* 1 for a negative value, never for 0 */
    uint8_t beyond;                  /* 1: not representable (see above)   */
} tx_decimal;

/* Return codes of the parsers (0 on success). */
#define TX_DECIMAL_ESYNTAX (-1)      /* not such a numeral                 */
#define TX_DECIMAL_ELIMIT (-2)       /* a numeral beyond the limits         */

/* ------------------------------------------------------------ making */

/* coef * 10^exp; "beyond" when exp is outside the exponent range. */
tx_decimal tx_decimal_make(int64_t coef, int exp);
/* The "beyond" value. */
tx_decimal tx_decimal_beyond(void);
/* 1 when d holds a value, 0 when it is "beyond". */
int tx_decimal_ok(tx_decimal d);
/* The value as an int64 when it is an integer that fits ("12.00" is 12):
 * 0, or -1 (*out unchanged). */
int tx_decimal_to_int64(tx_decimal d, int64_t *out);

/* ------------------------------------------------------------ parsing */

/* A printed numeral, as the reader sees one: digits with optional thousands
 * commas in the right places ("1,234,567"), an optional fraction (".99",
 * "0.02", "12.50"); no sign, no '$', no spaces, only `len` bytes read.  The
 * digits are kept as printed (leading zeros aside): "12.50" is 1250 at exp
 * -2.  0; TX_DECIMAL_ESYNTAX when `s` is no such numeral;
 * TX_DECIMAL_ELIMIT when it has more than TX_DECIMAL_DIGITS significant
 * digits (counted from the first non-zero digit) or too many fraction
 * digits.  On failure *out is "beyond". */
int tx_decimal_parse_printed(const char *s, size_t len, tx_decimal *out);

/* An xs:decimal, xs:double or xs:float lexical form (the validator, `txbrl
 * facts`): optional white space, an optional sign, digits with at most one
 * point (at least one digit), optionally 'e' or 'E' and a signed integer,
 * optional white space; only `len` bytes read.  "INF" and "NaN" are not
 * numbers here.  The value is exact, with the fewest digits ("+0012.3400"
 * is 1234 at exp -2, "1.5E3" is 15 at exp 2).  0; TX_DECIMAL_ESYNTAX;
 * TX_DECIMAL_ELIMIT when the value has more than TX_DECIMAL_DIGITS
 * significant digits, an exponent beyond the range, or more than
 * TX_DECIMAL_XSD_EXP_MAX after 'E'.  On failure *out is "beyond". */
int tx_decimal_parse_xsd(const char *s, size_t len, tx_decimal *out);

/* ------------------------------------------------------------ text */

/* Canonical plain text: no exponent, no thousands separators, '-' for
 * negatives, fraction digits exactly as held when exp < 0:
 *   457510 exp 3 -> "457510000"   -128102 exp 3 -> "-128102000"
 *   2 exp -2 -> "0.02"            -24 exp -2 -> "-0.24"     0 exp 3 -> "0"
 *   0 exp -2 -> "0.00"            "beyond" -> "?"
 * Writes at most n bytes including the NUL; returns the length that was
 * needed (like snprintf). */
int tx_decimal_format(tx_decimal d, char *buf, size_t n);
/* The same text appended to a tx_buf (0 or -1 on allocation failure). */
int tx_decimal_put(tx_buf *b, tx_decimal d);
/* The same text as a new string (the caller frees it); NULL when memory
 * ran out.  For messages: a fixed buffer could cut a long value. */
char *tx_decimal_text(tx_decimal d);

/* ------------------------------------------------------------ arithmetic */

/* Every operation below is exact.  Those returning int return 0, or -1
 * when an operand or the result is "beyond" (then the result is "beyond"
 * too), or when an output pointer is NULL. */

/* Multiplies by 10^k (adds k to the exponent). */
int tx_decimal_scale(tx_decimal *d, int k);
/* Negates in place. */
int tx_decimal_negate(tx_decimal *d);
/* a + b, a - b.  The result has the smaller exponent of the two ("5" +
 * "0.02" is "5.02", "-0.24" + "0.24" is "0.00"); a zero operand leaves the
 * other as it is ("0.00" + "5" is "5").  When that needs more than
 * TX_DECIMAL_DIGITS digits, the result has the fewest digits instead. */
int tx_decimal_add(tx_decimal a, tx_decimal b, tx_decimal *out);
int tx_decimal_sub(tx_decimal a, tx_decimal b, tx_decimal *out);
/* a * b (calculation weights): exponents add ("1.5" * "2.0" is "3.00");
 * the fewest digits when that does not fit. */
int tx_decimal_mul(tx_decimal a, tx_decimal b, tx_decimal *out);
/* -1, 0 or 1 by value, whatever the exponents ("12.50" = "12.5").
 * "beyond" equals "beyond" and is greater than every value. */
int tx_decimal_cmp(tx_decimal a, tx_decimal b);
/* 1 for zero (any exponent); 0 otherwise and for "beyond". */
int tx_decimal_is_zero(tx_decimal d);
/* -1, 0 or 1; 0 for "beyond". */
int tx_decimal_sign(tx_decimal d);
/* The same value with the fewest digits (trailing zeros moved into the
 * exponent: "12.50" -> 125 exp -1, "1000" -> 1 exp 3); zero is 0 exp 0. */
tx_decimal tx_decimal_trim(tx_decimal d);

typedef enum tx_rounding {
    TX_ROUND_HALF_EVEN = 0,   /* XBRL 2.1 calculation rounding              */
    TX_ROUND_HALF_AWAY        /* half away from zero                        */
} tx_rounding;

/* Rounds to `decimals` digits after the point (negative: to tens, hundreds,
 * ...): "1234567" to -3 is 1235000 (coefficient 1235, exp 3).  A value
 * with no more digits than that is returned as it is (so INT_MAX, "INF",
 * changes nothing). */
int tx_decimal_round(tx_decimal d, int decimals, tx_rounding mode, tx_decimal *out);

/* a / b rounded to `decimals` digits after the point (negative: to tens,
 * hundreds, ...) in `mode`: 2 / 3 to 2 decimals is "0.67" (67 exp -2),
 * 1000 / 3 to -1 is 330 (33 exp 1).  The result's exponent is the place
 * rounded to (or larger, when the coefficient would otherwise need more than
 * TX_DECIMAL_DIGITS digits and has trailing zeros).  -1 (and "beyond") when
 * b is zero, an operand is "beyond", or the rounded quotient does not fit. */
int tx_decimal_div_round(tx_decimal a, tx_decimal b, int decimals, tx_rounding mode,
                         tx_decimal *out);

/* The exponent of the most significant digit, floor(log10 |d|): 2 for
 * "123", -2 for "0.0123"; 0 for zero and "beyond". */
int tx_decimal_magnitude(tx_decimal d);

/* The decimals a precision attribute infers for the value (XBRL 2.1
 * 4.6.6): precision - magnitude - 1.  INT_MAX for precision INT_MAX
 * ("INF"), for zero and for "beyond"; INT_MIN for precision 0. */
int tx_decimal_infer_decimals(tx_decimal d, int precision);

#endif /* TX_DECIMAL_H */

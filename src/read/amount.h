/*
 * amount.h - printed amounts (internal): the reader's recognition of one
 * token of a table ("$(128,102)", "13%", "--", "1.40<F2>") as a value, a
 * percentage or a nil marker, with its exact value (base/decimal.h).
 */
#ifndef TX_AMOUNT_H
#define TX_AMOUNT_H

#include <stddef.h>

#include "base/decimal.h"

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
 * value.  Years are NOT rejected here (context decides).  A numeral of more
 * than TX_DECIMAL_DIGITS significant digits is no amount (the value would
 * be beyond the decimal type).  Returns 1 and fills *out when the token is
 * an amount, 0 otherwise (then *out->kind is NONE). */
int tx_amount_parse(const char *tok, size_t len, tx_amount *out);

#endif /* TX_AMOUNT_H */

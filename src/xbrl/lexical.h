/*
 * lexical.h - XBRL values as written (internal): xs:date and xs:dateTime
 * lexical forms read on the calendar of base/date.h, and the equality of
 * lexical forms that an s-equal comparison uses without a PSVI.
 *
 * Two readings of dates serve two readers that accept different texts:
 * tx_lex_date gives `txbrl facts` (xbrlread.c) calendar days, tx_lex_seconds
 * gives the validator instants to compare.  Both count days with
 * tx_date_to_days.
 */
#ifndef TX_LEXICAL_H
#define TX_LEXICAL_H

#include <stdint.h>

#include "base/date.h"
#include "base/decimal.h"

/* A period date as `txbrl facts` reads it: "YYYY-MM-DD" (a four-digit year,
 * a real calendar date), optionally followed by "Thh:mm:ss[.f]" (hh <= 24,
 * mm < 60, ss < 61).  What follows the time, or follows the date when it
 * begins with Z, + or -, is not looked at: time zones are ignored.
 * *has_time: 1 when a time is written; *midnight: 1 for no time or
 * 00:00:00, 2 for 24:00:00, 0 for any other time.  0, or -1 when
 * malformed. */
int tx_lex_date(const char *s, tx_date *d, int *has_time, int *midnight);

/* An xs:date or xs:dateTime as seconds since 1970-01-01T00:00:00Z, as the
 * validator compares periods: a year of 4 to 9 digits, negative with a
 * leading '-'; month 1-12, day 1-31 (not checked against the month);
 * optionally "Thh:mm:ss[.f]" (the fields not range-checked); optionally a
 * zone, Z or +hh:mm / -hh:mm, which is applied; nothing after.  `end`
 * moves a bare date to the end of its day (the next midnight).  0, or -1
 * when malformed. */
int tx_lex_seconds(const char *s, int end, int64_t *out);

/* The number a lexical form stands for under tx_lex_equal: decimal or
 * double notation, "true" as 1 and "false" as 0.  The return and *out of
 * tx_decimal_parse_xsd: 0, TX_DECIMAL_ESYNTAX when it is no number,
 * TX_DECIMAL_ELIMIT when it is one beyond tx_decimal's limits. */
int tx_lex_number(const char *s, tx_decimal *out);
/* Lexical equality under the types an s-equal comparison meets without a
 * PSVI: identical text, equal numbers (decimal or double notation), equal
 * booleans (1/true, 0/false); NaN equals nothing.  Numbers beyond
 * tx_decimal's limits are equal only as identical text. */
int tx_lex_equal(const char *a, const char *b);

#endif /* TX_LEXICAL_H */

/*
 * decode.h - stage 1: bytes to normalised UTF-8 lines (internal).
 *
 * tx_decode() takes the raw bytes of an exhibit and returns a tx_text:
 *   - the encoding is detected (UTF-8 with or without BOM, Windows-1252,
 *     ISO-8859-1) and the text converted to UTF-8 with ICU;
 *   - every line is normalised: NFKC (so NBSP becomes a space), curly
 *     quotes become ASCII quotes, en dash and minus sign become '-', em dash
 *     becomes "--", tabs are expanded to 8-column stops, CR/CRLF line ends
 *     and trailing white space are dropped, other control characters become
 *     spaces;
 *   - then, in the EDGAR layer (read/sgml.h), EDGAR SGML wrappers are
 *     removed from the text but remembered: lines
 *     holding only tags are dropped, and the lines that follow carry flags
 *     saying what surrounded them (inside <TABLE>, after a <PAGE>, ...);
 *     column-marker lines ("<S>   <C>   <C>") become hint positions;
 *   - the EDGAR header (<SEC-HEADER> / "COMPANY CONFORMED NAME:" /
 *     "CENTRAL INDEX KEY:" / "CONFORMED PERIOD OF REPORT:") is read into
 *     filers and is not part of the lines;
 *   - each output line keeps the 1-based number of the source line it came
 *     from, for every later diagnostic.
 *
 * Ownership: the tx_text (read/text.h) and everything it points to belongs
 * to the caller and is released with tx_text_free().
 */
#ifndef TX_DECODE_H
#define TX_DECODE_H

#include "read/text.h"
#include "txbrl.h"

/* Decodes `len` bytes.  `name` is copied and used in diagnostics.
 * Errors (exit-1 class, reported to `rep` with file and line):
 *   decode.empty      the input has no bytes, or only white space
 *   decode.binary     NUL bytes or mostly control bytes: not a text exhibit
 *   decode.line-too-long  a line longer than TX_MAX_LINE bytes (64 KiB) is
 *                     cut to that length (error; decoding goes on)
 *   decode.unterminated-table  <TABLE> without </TABLE> (error; a warning
 *                     when </TEXT> or </DOCUMENT> closes it; the lines
 *                     are still read)
 * Returns TX_OK (errors that do not stop decoding are in the report),
 * TX_EINPUT (then *out is NULL), or TX_ENOMEM.
 *   decode.encoding   ICU failed for a reason other than memory (error) */
#define TX_MAX_LINE (64 * 1024)  /* no real exhibit line comes near it */
tx_status tx_decode(const char *name, const unsigned char *bytes, size_t len,
                    tx_report *rep, tx_text **out);

#endif /* TX_DECODE_H */

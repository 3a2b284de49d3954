/* inspect.h - the printers of `txbrl inspect` (internal). */
#ifndef TX_INSPECT_H
#define TX_INSPECT_H

#include "map/mapper.h"

/* Prints what the reader saw; with `map` (may be NULL) also each table's
 * statement kind, each row's concept and the rule that chose it, and each
 * EX-27 tag's concept. */
tx_status tx_inspect_write(const tx_exhibit *ex, const tx_mapping *map, FILE *out,
                           tx_format fmt);

#endif

/*
 * ex27check.h - EX-27 schedules against the statements (internal).
 *
 * A schedule restates, tag by tag, amounts its filing's statements print.
 * Where the statements of the same exhibit, or of the other exhibits of the
 * filing (`txbrl convert --with FILE`), carry a fact of a tag's concept,
 * the two must agree.
 */
#ifndef TX_EX27CHECK_H
#define TX_EX27CHECK_H

#include "map/ex27map.h"

/* Cross-check of the schedules' facts in `fs` against the statement facts
 * (facts without dimensions) of `fs` itself and of `refs` (other exhibits
 * of the same filing, `txbrl convert --with FILE`): a tag's value and the
 * statement fact of the same concept, entity (scheme and identifier),
 * period and unit must agree within half a unit of the coarser of the two
 * precisions.  ex27.statement-mismatch (warning, at the tag's line; the
 * statement's file and line in the message, and where the schedule or the
 * statement has the other's value under another concept); for each ref in
 * which no statement fact has a schedule's entity and period,
 * ex27.not-cross-checked (note).  TX_OK or TX_ENOMEM. */
tx_status tx_ex27_cross_check(const tx_factset *fs, const tx_factset *const *refs, size_t nrefs,
                              const tx_ex27_map *map, tx_report *rep);

#endif /* TX_EX27CHECK_H */

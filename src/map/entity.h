/*
 * entity.h - who the facts are about: the entity of a table or of an EX-27
 * schedule (internal).
 *
 * An entity is identified by its CIK (scheme TX_SCHEME_CIK) when the filing
 * or the entities file tells it; else by a name-based identifier
 * (TX_SCHEME_NAME): the company key of its name (tx_company_key) with its
 * words joined by '-', or "unknown-entity" when it has no name.  Each
 * name-based entity added to a factset is reported: map.unknown-entity
 * (warning), saying where a CIK could have come from.
 */
#ifndef TX_ENTITY_H
#define TX_ENTITY_H

#include "map/taxonomy.h"
#include "read/ex27.h"
#include "read/model.h"
#include "xbrl/facts.h"

/* The entity of table `t` of exhibit `file` in `fs`, found or added: the
 * filer of the EDGAR header the table's entity words name (or the one
 * filer, when the table names none), else the CIK `entities` gives the
 * name, else `cik` (the --cik of an extract that names no entity).  Its
 * index, or -1 on allocation failure. */
long tx_entity_of_table(tx_factset *fs, const tx_text *text, const tx_table *t,
                        const tx_entity_map *entities, const char *cik, const char *file,
                        tx_report *rep);

/* The entity of an EX-27 schedule in `fs`, found or added: the EDGAR
 * header's one filer, or the filer the schedule names (by <NAME>, the
 * legend or <CIK>), else <CIK>, else the CIK `entities` gives the name.
 * Its index, or -1 on allocation failure. */
long tx_entity_of_schedule(tx_factset *fs, const tx_text *text, const tx_ex27_schedule *s,
                           const tx_entity_map *entities, const char *file, tx_report *rep);

#endif

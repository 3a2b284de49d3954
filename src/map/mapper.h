/*
 * mapper.h - stage 5: rows of tables to XBRL facts (internal).
 *
 * Each table gets a statement kind (balance, income, cashflow,
 * reconciliation, allocation, ...) and a basis (GAAP or non-GAAP) from
 * taxonomy/mapping/statements.tsv.  Each row with values gets a concept from
 * the first matching rule of taxonomy/mapping/rules.tsv, or an extension
 * concept named after its label; each printed value becomes a fact with the
 * column's period (or the instant before or at it), the row's unit, the
 * sign of the concept's meaning, decimals from the printed digits and the
 * table's scale, and the dimensions of its table and rule.
 *
 * Conventions (documented in the README):
 *   - a nil marker ("--") is a fact of value 0 with the column's decimals;
 *   - non-GAAP statements: txbrl:PresentationBasisAxis = txbrl:NonGaapMember;
 *   - reconciling items: txbrl:PresentationBasisAxis =
 *     txbrl:NonGaapAdjustmentsMember, valued GAAP minus non-GAAP;
 *   - the same fact printed twice is written once; two different values for
 *     one concept, entity, period, dimensions and unit is an error.
 */
#ifndef TX_MAPPER_H
#define TX_MAPPER_H

#include "xbrl/facts.h"
#include "read/model.h"
#include "map/taxonomy.h"

/* How one row was mapped (for `txbrl inspect`). */
typedef struct tx_row_map {
    char *concept;   /* prefixed, or NULL for rows without values          */
    char *why;       /* the evidence that decided: "filer label (388 filers);
                        heading +150; sums +200", "rules.tsv:57", or why it
                        is an extension                                    */
    int negated;     /* 1: the facts are the printed values negated        */
    int score;       /* the chosen candidate's score (per mille), or -1     */
    char *runner;    /* the runner-up (prefixed), or NULL                   */
    int runner_score;
    const char *sign;  /* what decided the sign: "rule", "sums", "meaning"  */
} tx_row_map;

typedef struct tx_table_map {
    char *kind;      /* statement kind, "" when unknown                     */
    char *basis;     /* gaap | nongaap                                      */
    char *why;       /* "statements.tsv:12" or why not                      */
    char *entity;    /* the identifier of its entity (a CIK, or a name-based
                        one), or NULL when it was not mapped                */
    tx_row_map *rows;  /* one per tx_row                                     */
    size_t nrows;
    size_t numbers;    /* values printed in its rows (nil markers included;
                          "change" columns left out)                         */
    size_t converted;  /* of which became facts (a repeat of a fact printed
                          elsewhere included: it is written once)           */
} tx_table_map;

struct tx_ex27_map;

typedef struct tx_mapping {
    tx_table_map *tables;
    size_t ntables;
    const struct tx_ex27_map *ex27;  /* borrowed from the options (for inspect), or NULL */
} tx_mapping;

void tx_mapping_free(tx_mapping *m);

typedef struct tx_map_options {
    const tx_taxonomy *taxonomy;
    const tx_entity_map *entities;   /* may be NULL */
    const char *stem;                /* output stem (extension namespace) */
    const char *cik;                 /* 10-digit CIK of an entity the exhibit
                                        does not name, or NULL             */
    const struct tx_ex27_map *ex27;  /* EX-27 tag map; NULL: schedules not mapped */
} tx_map_options;

/* Maps every table of the exhibit.  *mapping and *facts are owned by the
 * caller.  Findings: map.unknown-statement, map.extension,
 * map.unknown-entity (warnings); map.unknown-concept, map.period-type,
 * map.unit-mismatch, map.inconsistent-duplicate (errors).  With opt->ex27,
 * the exhibit's EX-27 schedules are mapped too (tx_ex27_map_facts). */
tx_status tx_map_exhibit(const tx_exhibit *ex, const tx_map_options *opt,
                         tx_report *rep, tx_mapping **mapping, tx_factset **facts);

#endif

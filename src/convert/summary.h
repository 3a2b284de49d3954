/*
 * summary.h - what one conversion converted, counted (internal).
 *
 * Every exhibit's conversion ends with a convert.summary note: how many
 * tables the reader found, how many of them are statements the mapper knows
 * and how many of those became facts, how many numbers were printed in them
 * and how many of those became facts, how many totals were checked by
 * footing, how many facts were written (and how many on extension concepts),
 * and which entities.  The counts are also what --strict tests: a strict
 * conversion is complete only when every table with numbers is a known
 * statement and every number printed in one became a fact.
 */
#ifndef TX_CONVERT_SUMMARY_H
#define TX_CONVERT_SUMMARY_H

#include "map/mapper.h"
#include "read/model.h"
#include "xbrl/facts.h"

typedef struct tx_convert_counts {
    size_t tables;            /* tables the reader found                         */
    size_t statements;        /* of which the mapper knows the statement kind    */
    size_t statements_converted;  /* ... with at least one fact                  */
    size_t others;            /* tables with numbers whose kind is unknown       */
    size_t numbers;           /* numbers printed in the statements               */
    size_t converted;         /* ... that became facts                           */
    size_t other_numbers;     /* numbers printed in the other tables             */
    size_t footed_tables;     /* tables with totals the footing checked          */
    size_t footing_tables;    /* ... whose every total foots                     */
    size_t schedules;         /* EX-27 financial data schedules                  */
    size_t facts;             /* numeric facts written                           */
    size_t ext_facts;         /* ... on extension concepts                       */
} tx_convert_counts;

/* Counts what the mapping of `ex` made of it (map and fs may be NULL). */
void tx_convert_count(const tx_exhibit *ex, const tx_mapping *map, const tx_factset *fs,
                      tx_convert_counts *out);

/* Adds the convert.summary note (line 0 of `file`) with the counts and the
 * entity identifiers of `fs`.  With `strict`, an incomplete conversion is
 * also an error, convert.incomplete.  0, or -1 on no memory. */
int tx_convert_summarize(const char *file, const tx_convert_counts *k, const tx_factset *fs,
                         int strict, tx_report *rep);

#endif /* TX_CONVERT_SUMMARY_H */

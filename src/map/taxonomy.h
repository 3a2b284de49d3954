/*
 * taxonomy.h - the mapping knowledge, loaded from taxonomy/ (internal).
 *
 * Concepts come from taxonomy/src/concepts.tsv (the same source the
 * taxonomy's schema is generated from); statement kinds, mapping rules and
 * extension balances from the files of taxonomy/mapping/; entity CIKs from an
 * entities file.  No mapping knowledge lives in C.
 */
#ifndef TX_TAXONOMY_H
#define TX_TAXONOMY_H

#include "txbrl.h"

typedef struct tx_concept {
    char *name;          /* local name in tx-gaap                        */
    char *period_type;   /* "instant" | "duration"                      */
    char *balance;       /* "debit" | "credit" | ""                     */
    char *type;          /* "xbrli:monetaryItemType", ...                */
    int abstract;
    char *label;         /* standard label                               */
} tx_concept;

typedef struct tx_statement_rule {
    char *kind;          /* balance, income, cashflow, equity, reconciliation, allocation */
    char *basis;         /* gaap | nongaap                               */
    int on_first_row;    /* 1: matched against the first row's label     */
    int on_total;        /* 1: pattern is a concept, a total typical of the
                            kind (map/classify.h)                        */
    int on_columns;      /* 1: column words that are no statement's      */
    char *pattern;
    char *concept;       /* allocated concept, or ""                      */
    long line;
} tx_statement_rule;

typedef struct tx_rule {
    char *kind, *heading, *label, *values, *concept, *sign;
    char *period;        /* "", "start", "end"                          */
    char *basis;         /* "", "gaap", "nongaap", "adjustment"          */
    char *axis, *member; /* one extra dimension, or NULL                  */
    char *balance;       /* for ext: concepts, or ""                      */
    long line;           /* line in rules.tsv                            */
} tx_rule;

/* A column of a statement of shareholders' equity: its component. */
typedef struct tx_component_rule {
    char *pattern;       /* glob over the normalised column words         */
    char *member;        /* prefixed member, or "" for the total column   */
    long line;
} tx_component_rule;

typedef struct tx_balance_rule {
    char *kind, *heading, *label, *balance;
} tx_balance_rule;

typedef struct tx_calc_arc {
    char *role;          /* role name ("IncomeStatement")                */
    char *parent, *child;/* local names (tx-gaap) or prefixed (tx-dei:..) */
    int weight;
} tx_calc_arc;

typedef struct tx_taxonomy {
    tx_concept *concepts;       /* sorted by name */
    size_t nconcepts;
    tx_statement_rule *statements;
    size_t nstatements;
    tx_rule *rules;
    size_t nrules;
    tx_balance_rule *balances;
    size_t nbalances;
    tx_calc_arc *calcs;         /* taxonomy/src/calculation.tsv */
    tx_component_rule *components;  /* taxonomy/mapping/equity-columns.tsv */
    size_t ncomponents;
    size_t ncalcs;
    char *rules_path;           /* for "rules.tsv:57" in explanations */
    struct tx_label_votes *votes;  /* taxonomy/mapping/filer-labels.tsv (map/classify.h) */
} tx_taxonomy;

/* Loads everything from `datadir` (the folder holding taxonomy/).
 * Findings: taxonomy.missing (a file cannot be read), taxonomy.bad-row. */
tx_status tx_taxonomy_load(const char *datadir, tx_report *rep, tx_taxonomy **out);
void tx_taxonomy_free(tx_taxonomy *tax);
const tx_concept *tx_taxonomy_concept(const tx_taxonomy *tax, const char *name);
/* The component rule for an equity statement's column words, or NULL. */
const tx_component_rule *tx_taxonomy_component(const tx_taxonomy *tax, const char *words);
/* 1 if `child` is summed into `parent`, directly or through subtotals, by
 * the taxonomy's calculation network of `role` (a role name). */
int tx_taxonomy_calc_reaches(const tx_taxonomy *tax, const char *role, const char *parent,
                             const char *child);

/* Entity names to CIKs (names compared normalised, less a trailing
 * Inc/Corp/Co/Ltd/Corporation/Incorporated/Company). */
typedef struct tx_entity_map {
    char **names;     /* normalised */
    char **ciks;      /* 10 digits  */
    char **printed;   /* the names as the file gives them */
    size_t n;
} tx_entity_map;

tx_status tx_entity_map_load(const char *path, tx_report *rep, tx_entity_map **out);
void tx_entity_map_free(tx_entity_map *m);
/* The CIK for a printed name, or NULL. */
const char *tx_entity_map_cik(const tx_entity_map *m, const char *name);
/* The first name the map gives a CIK (as the file prints it), or NULL. */
const char *tx_entity_map_name(const tx_entity_map *m, const char *cik);
/* Normalised company name (owned). */
char *tx_company_key(const char *name);

#endif

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

#include "map/labels.h"
#include "txbrl.h"

typedef struct tx_concept {
    char *name;          /* local name in tx-gaap                        */
    char *period_type;   /* "instant" | "duration"                      */
    char *balance;       /* "debit" | "credit" | ""                     */
    char *type;          /* "xbrli:monetaryItemType", ...                */
    int abstract;
    char *label;         /* standard label                               */
    char *roles;         /* statement roles of its presentation ("IncomeStatement,CashFlow") */
    int both_signs;      /* 1: takes either sign by meaning ("Net Income (Loss)",
                            mapping/concept-traits.tsv); 0: an amount positive by
                            meaning (an expense, a payment, an asset)      */
    int since;           /* first US-GAAP taxonomy seen in (2008, 2009), or 0 */
    int core;            /* 1: the vocabulary of the statements of 1993-2008   */
    int deducted;        /* 1: summed with weight -1 into some total
                            (mapping/summations.tsv): a contra amount       */
} tx_concept;

/* A summation arc of mapping/summations.tsv, by concept index. */
typedef struct tx_sum_arc {
    unsigned parent, child;
    int weight;          /* +1 or -1 */
} tx_sum_arc;

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
    char *kind, *heading, *label, *values;
    char *concept;       /* local name; "ext:Name"; "=" (an allocation's concept);
                            "*" (the mapper's choice among the candidates); ""
                            (an extension concept named after the label)   */
    char *sign;          /* "+", "-", "bal", or "*" (by meaning)          */
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
    tx_label_index labels;      /* mapping/filer-labels.tsv and the concepts' labels */
    char **own_labels;          /* src/labels.tsv: the taxonomy's other labels (terse,
                                   total, negated, period start and end) ... */
    unsigned *own_concepts;     /* ... of these concepts */
    size_t nown;
    tx_sum_arc *sums;           /* mapping/summations.tsv, sorted by parent */
    size_t nsums;
    size_t *sum_first;          /* arcs of parent p: sums[sum_first[p] .. sum_first[p+1]) */
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
/* The weight with which concept `child` adds into `parent` (indexes of
 * tax->concepts) through mapping/summations.tsv, directly or through
 * subtotals (the product of the weights on the way): +1, -1, or 0 when
 * `parent` does not sum `child`. */
int tx_taxonomy_sum_weight(const tx_taxonomy *tax, size_t parent, size_t child);
/* The same, for `child` summed into `parent` directly (no subtotal
 * between them). */
int tx_taxonomy_sum_direct(const tx_taxonomy *tax, size_t parent, size_t child);
/* 1 if the concept at index `c` is the parent of some summation. */
int tx_taxonomy_is_total(const tx_taxonomy *tax, size_t c);

/* Entity names to CIKs (names compared by tx_company_key). */
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
/* The key a company's name is compared by (owned): normalised (tx_norm:
 * lower case, punctuation to single spaces, "McDonald's" as "mcdonalds"),
 * without the state an EDGAR conformed name ends with ("VERISIGN INC/CA"),
 * its corporate form (Inc, Corp, Corporation, Co, Company, Companies, Ltd,
 * Limited, (Pty), LLC, L.P., PLC, S.A., N.V., AG, GmbH), the group it heads
 * ("and Subsidiaries", "and Consolidated Subsidiaries", "Group of
 * Companies", "Parent Company") and a leading "The" or "Consolidated": a
 * corporate suffix never changes who the entity is.  NULL on no memory. */
char *tx_company_key(const char *name);

#endif

/*
 * candidates.h - the concepts a row could be, and how well each fits it
 * (internal to map/).
 *
 * candidates.c gathers them from what its label says: the filer labels of
 * the label index (exactly, or by their words), the standard labels and
 * names of the concepts, and the label read under its heading ("Product"
 * under "Cost of revenues:").  score.c weighs each with the row's context
 * (statement, headings, totals, the arithmetic of its table) and chooses.
 * Scores are integers, per mille.
 */
#ifndef TX_CANDIDATES_H
#define TX_CANDIDATES_H

#include "map/taxonomy.h"
#include "read/model.h"

/* Where a candidate's label evidence comes from (the strongest kept). */
typedef enum tx_evidence {
    TX_EV_NONE = 0,
    TX_EV_WORDS,         /* the words of the concept's name or standard label */
    TX_EV_FUZZY,         /* a filer label with nearly the same words */
    TX_EV_OTHER,         /* a filer label, printed on another statement */
    TX_EV_HEADING,       /* a filer label matching the heading and label together */
    TX_EV_STANDARD,      /* the concept's standard label */
    TX_EV_FILER,         /* a filer label, exactly, on this statement */
    TX_EV_RULE,          /* a rule of rules.tsv */
    TX_EV_SUMS           /* a total: the concept sums its rows' concepts */
} tx_evidence;

const char *tx_evidence_name(tx_evidence e);

typedef struct tx_cand {
    unsigned concept;       /* index in tax->concepts */
    int label;              /* what the label says, per mille */
    int score;              /* with the context */
    tx_evidence source;     /* of the label evidence */
    unsigned filers;        /* filers behind it (filer-label evidence) */
    int similar;            /* word similarity of a fuzzy or word match, per mille */
    int heading;            /* heading words the concept shares (bonus) */
    int statement;          /* statement fit (penalty when it is no concept of it) */
    int total;              /* a total row and a total concept */
    int arith;              /* the arithmetic of the table */
    int outside;            /* 1: a total that foots without the row sums it */
} tx_cand;

typedef struct tx_cands {
    tx_cand *v;
    size_t n, cap;
} tx_cands;

void tx_cands_free(tx_cands *c);

/* A row, as far as its candidates go. */
typedef struct tx_row_query {
    const char *label;      /* as printed */
    const char *heading;    /* the innermost heading as printed, or "" */
    int stm;                /* tx_stm of the filer labels to prefer; -1: any */
    tx_value_kind vk;       /* the concept's item type must hold it */
    int instant, duration;  /* period types the concept may have */
} tx_row_query;

/* Adds the candidates of a row to *out (one per concept, with its best
 * label evidence).  0, or -1 when out of memory. */
int tx_cands_gather(const tx_taxonomy *tax, const tx_row_query *q, tx_cands *out);

/* 1 if concept c holds values of kind vk (its item type). */
int tx_concept_holds(const tx_concept *c, tx_value_kind vk);

#endif /* TX_CANDIDATES_H */

/*
 * labels.h - how filers label the concepts: the one label normaliser and the
 * label index the mapper draws its candidates from (internal).
 *
 * The index holds what taxonomy/mapping/filer-labels.tsv says (each label
 * as real filers printed it, on which statement, for which concept, by how
 * many filers, and how often shown negated), grouped by the normalised
 * label; the standard label of every concept of the taxonomy; and the words
 * of labels and concept names, for labels no filer printed exactly.
 */
#ifndef TX_LABELS_H
#define TX_LABELS_H

#include <stddef.h>

#include "base/hashmap.h"
#include "txbrl.h"

/* The statements of filer-labels.tsv. */
typedef enum tx_stm {
    TX_STM_BALANCE = 0,
    TX_STM_INCOME,
    TX_STM_CASHFLOW,
    TX_STM_EQUITY,
    TX_STM_OTHER,        /* comprehensive income and statements not told apart */
    TX_STM_COUNT
} tx_stm;

/* "balance" -> TX_STM_BALANCE ...; -1 for another word. */
int tx_stm_code(const char *statement);
const char *tx_stm_name(int stm);

/* The normalised form of a label, for the data and the rows alike: lower
 * case; parenthesised text left out (the sign's other sense "(loss)",
 * "(benefit)", "(used in)"; note references "(Note 11)"; amounts); a leading
 * operator word ("Less:", "Add:", "Deduct:", "Plus:") left out; a
 * qualifier "net of ...", ", less ..." or "including ..." shortened to
 * "net" (or nothing); numbers, amounts and "respectively" left out;
 * punctuation and a possessive "'s" a space; each word singular
 * ("liabilities" -> "liability", "taxes" -> "tax"); "the", "a", "an",
 * "of", "and" left out; words joined by one space.  Owned; NULL when out
 * of memory.  "" when nothing is left. */
char *tx_label_key(const char *label);

/* The words of a concept name ("PaymentsToAcquirePropertyPlantAndEquipment"
 * -> "Payments To Acquire Property Plant And Equipment").  Owned. */
char *tx_name_words(const char *name);

/* One use of a normalised label for a concept on a statement. */
typedef struct tx_label_use {
    unsigned concept;        /* index in the taxonomy's concepts */
    unsigned char stm;       /* tx_stm */
    unsigned filers;         /* filers that printed it (summed over the
                                printed forms of one normalised label) */
    unsigned filings;
    unsigned negated;        /* filings that showed it negated */
} tx_label_use;

/* A table of distinct strings, kept in one block: each gets an id. */
typedef struct tx_strtab {
    char *chars;             /* the strings, NUL-terminated, one after another */
    size_t len, cap;
    size_t *off;             /* per id: where its string starts in chars */
    size_t n, ocap;
    unsigned *slots;         /* open addressing: id + 1, 0 for an empty slot */
    size_t nslots;
} tx_strtab;

/* The id of s[0..n) in the table, or -1. */
long tx_strtab_find(const tx_strtab *t, const char *s, size_t n);
/* The string of an id. */
const char *tx_strtab_str(const tx_strtab *t, size_t id);

/* A normalised label and its uses (sorted by statement, then filers
 * descending). */
typedef struct tx_label_group {
    size_t first, n;         /* in uses[] */
    size_t tok, ntokens;     /* its distinct words: tokens[tok .. tok+ntokens) */
    unsigned weight;         /* sum of its words' weights */
} tx_label_group;

typedef struct tx_label_index {
    tx_label_use *uses;
    size_t nuses;
    tx_strtab keys;          /* normalised labels: the id is the group */
    tx_label_group *groups;
    size_t ngroups;
    unsigned *tokens;        /* the groups' words, by token id */
    /* words */
    tx_strtab words;         /* word -> token id */
    unsigned *token_weight;  /* per token: rarer words weigh more (64 per bit) */
    size_t *post_first;      /* groups holding token t: post[post_first[t] .. post_first[t+1]) */
    unsigned *post;
    size_t ntokens;
    /* concepts: the standard label's key, and the words of label and name */
    tx_strtab std_keys;      /* label keys of the taxonomy: the project's own labels
                                (ids below nown_keys), then the standard labels;
                                std_concept[id] is the concept */
    unsigned *std_concept;
    size_t nown_keys;
    size_t *ctok_first;      /* the words of concept c: ctok[ctok_first[c] .. ctok_first[c+1]) */
    unsigned *ctok;
    unsigned *concept_weight;
    size_t *cpost_first;     /* concepts with token t */
    unsigned *cpost;
    size_t nconcepts;
    /* per concept and statement: filings and negated filings over all labels */
    unsigned (*filings)[TX_STM_COUNT];
    unsigned (*negated)[TX_STM_COUNT];
} tx_label_index;

struct tx_taxonomy;

/* Builds the index from filer-labels.tsv at `path` and the concepts of
 * `tax` (which must be loaded).  Findings: taxonomy.missing,
 * taxonomy.bad-row.  0, or -1. */
int tx_label_index_load(struct tx_taxonomy *tax, const char *path, tx_report *rep);
void tx_label_index_free(tx_label_index *ix);

/* The distinct token ids of a normalised key's words that the index knows
 * (at most `max`); the weight of the words it does not know is added to
 * *unknown_weight (each weighs as a word no label has). */
size_t tx_label_tokens(const tx_label_index *ix, const char *key, unsigned *ids, size_t max,
                       unsigned *unknown_weight);

#endif /* TX_LABELS_H */

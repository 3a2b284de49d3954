/*
 * prose.h - the narrative and its claims: what the files of disclose/ share
 * (internal to disclose/).
 *
 *   disclose.c   non-GAAP measures, reconciliations, prominence and
 *                justification; the driver of the checks
 *   prose.c      the claims of the narrative, paragraph by paragraph and
 *                sentence by sentence
 *   groups.c     which amounts and percentages of a sentence are claims,
 *                grouped, and the words around each group
 *   naming.c     the tables' entities and their current quarter; the
 *                metric, basis and period of each group
 *   verify.c     a claim looked up in the tables: verified, contradicted or
 *                unverifiable; amounts of change, percentages of change
 *   phrases.c    metric phrases, period phrases, words of change
 *   mentions.c   amounts and percentages in a run of text
 *   narrative.c  the lines outside the tables in paragraphs, and sentences
 *   arith.c      rounding and percentages of change
 *   lexicon.c    the measures and their phrases, loaded from taxonomy/mapping/
 *   findings.c   the findings of an exhibit, collected, then reported by line
 *
 * Calls go down the list, never up: disclose.c calls prose.c, prose.c calls
 * groups.c, naming.c and verify.c, and these call the files below them.
 */
#ifndef TX_PROSE_H
#define TX_PROSE_H

#include <string.h>

#include "disclose/disclose.h"

/* ------------------------------------------------------------ findings.c */

/* One finding, collected and sorted by line before it is reported. */
typedef struct tx_dfinding {
    long line;
    tx_severity sev;
    const char *code;
    char *msg;
} tx_dfinding;

typedef struct tx_dlist {
    tx_dfinding *items;
    size_t n, cap;
    int failed;                /* an allocation failed: findings are lost  */
} tx_dlist;

void tx_dlist_add(tx_dlist *l, long line, tx_severity sev, const char *code,
                  const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;
/* The findings into `rep` (named `name`) by line, in the order they were
 * found within a line.  TX_OK or TX_ENOMEM. */
tx_status tx_dlist_report(const tx_dlist *l, tx_report *rep, const char *name);
/* 1 when a finding is an error. */
int tx_dlist_has_errors(const tx_dlist *l);
void tx_dlist_free(tx_dlist *l);

/* ------------------------------------------------------------ narrative.c */

/* A paragraph of narrative: lines joined by one space. */
typedef struct tx_para {
    char *text;                /* as printed                                */
    char *low;                 /* lower case ASCII copy                     */
    size_t len;
    size_t *starts;            /* byte offset where each line begins        */
    long *lines;               /* its source line                           */
    size_t nlines;
} tx_para;

/* The source line of byte `off` of a paragraph. */
long tx_para_line(const tx_para *p, size_t off);
void tx_para_free(tx_para *p);

/* ------------------------------------------------------------ prose.c */

/* A non-GAAP measure met in prose (first mention per entity and metric). */
typedef struct tx_prose_measure {
    int entity;
    const tx_metric *metric;
    long line;
    int headline;              /* met in the headline                        */
} tx_prose_measure;

/* An earnings claim's place, for the prominence check. */
typedef struct tx_earn_mention {
    int entity;
    int nongaap;
    long line;
    size_t para;
    size_t order;              /* position in the document                  */
} tx_earn_mention;

typedef struct tx_prose_result {
    tx_para *paras;
    size_t nparas;
    size_t headline;           /* index of the headline paragraph, or nparas */
    tx_prose_measure *measures;
    size_t nmeasures;
    tx_earn_mention *earn;
    size_t nearn;
    const char **entities;     /* distinct table entities, in table order
                                  (borrowed from the exhibit)               */
    size_t nentities;
} tx_prose_result;

/* Reads the narrative, checks every claim into `l` (codes claim-*), and
 * collects the non-GAAP measures and earnings mentions.  -1 on allocation
 * failure; `res` is to be freed either way. */
int tx_prose_check(const tx_exhibit *ex, const tx_mapping *map, const tx_prose_lexicon *lex,
                   int notes, tx_dlist *l,
                   tx_disclose_summary *sum, tx_prose_result *res);
void tx_prose_result_free(tx_prose_result *res);

/* The paragraphs of the narrative (every line outside the tables) into
 * res->paras; 0, or -1 on allocation failure (narrative.c). */
int tx_prose_paras(const tx_exhibit *ex, tx_prose_result *res);

/* ------------------------------------------------------------ claims */

/* An entity of the tables, as the prose speaks of it. */
typedef struct tx_claim_entity {
    const char *name;          /* the tables' entity string                  */
    char key[40];              /* first word of the name, lower case         */
    tx_period cur;             /* the latest three-month period of its tables */
    int ordinal;               /* which quarter of the fiscal year it is, 0
                                  unknown: "third quarter" is then taken as
                                  this quarter                               */
    tx_period ytd;             /* the longest period of its tables ending with
                                  the current quarter (kind NONE: none)      */
    tx_period years[8];        /* the twelve-month periods of its tables     */
    size_t nyears;
} tx_claim_entity;

/* A table cell a claim was looked up in. */
typedef struct tx_claim_cell {
    int found;
    tx_decimal value;
    long line;
    const char *text;
    const char *concept;
} tx_claim_cell;

/* Amounts of one claim: "$7.2 million or $0.02 per share". */
typedef struct tx_claim_group {
    size_t m[4];               /* mention indexes                            */
    size_t nm;
    size_t start, end;         /* from the first mention's start to the last's end */
    size_t pre0, pre1, post0, post1;   /* the words before and after it     */
    tx_metric_hit metric;      /* metric.metric NULL when none               */
    int have_metric;
    tx_period period;
    int explicit_period;
    int comparison;            /* "compared with ..."                       */
    int basis_unsure;          /* the basis is unsaid and the sentence speaks
                                  of a non-GAAP measure before it           */
    tx_claim_cell money;       /* the amount's cell, for percentages        */
    int money_per_share;       /* it is a per-share cell (the group has no
                                  other amount found)                       */
} tx_claim_group;

/* The claims of one sentence. */
#define TX_CLAIM_MAX 64        /* amounts and percentages checked per sentence */
typedef struct tx_claim_sentence {
    size_t s0, s1;             /* the sentence in its paragraph             */
    size_t idx[TX_CLAIM_MAX];  /* the mentions that are claims, in order    */
    int dir[TX_CLAIM_MAX];     /* a percentage's direction: 1 up, -1 down,
                                  2 unsaid; 0 for an amount                 */
    size_t n;
    tx_claim_group g[TX_CLAIM_MAX];
    size_t ng;
    size_t pct_after[TX_CLAIM_MAX];   /* for each percentage: the number of
                                         groups before it                   */
    size_t pidx[TX_CLAIM_MAX];        /* and its index in idx               */
    size_t npct;
} tx_claim_sentence;

/* One run of the claim checks over an exhibit. */
typedef struct tx_claim_run {
    const tx_exhibit *ex;
    const tx_prose_lexicon *lex;
    const tx_mapping *map;
    const tx_claim_entity *ec;
    size_t nec;
    int notes;
    tx_dlist *l;
    tx_disclose_summary *sum;
    tx_prose_result *res;
    size_t order;              /* earnings mentions met so far              */
} tx_claim_run;

/* groups.c: the claims of text[s0, s1) of paragraph p among its mentions
 * mn[nmn], grouped, each group with the words before and after it.  Returns
 * how many amounts and percentages are claims (0: none). */
size_t tx_claim_groups(tx_claim_run *c, const tx_para *p, size_t s0, size_t s1,
                      const tx_mention *mn, size_t nmn, tx_claim_sentence *s);

/* naming.c: the distinct entities of the tables into res->entities, and
 * for each its current quarter (*out, freed by the caller); 0 or -1. */
int tx_claim_entities(const tx_exhibit *ex, const tx_mapping *map, tx_prose_result *res,
                      tx_claim_entity **out);
/* naming.c: index of a table's entity in res->entities (-1 when none). */
int tx_prose_entity_of(const tx_prose_result *res, const tx_table *t);
/* naming.c: the entity a paragraph speaks of (-1 when the tables name none). */
int tx_claim_para_entity(const tx_claim_run *c, const tx_para *p);
/* naming.c: the metric, basis and period of each group of a sentence of
 * paragraph p; *anchor is the period a claim without one is of, and moves
 * with the periods the sentence names. */
void tx_claim_name(const tx_claim_run *c, const tx_para *p, tx_claim_sentence *s, int entity,
                   tx_period *anchor);

/* naming.c: the period a percentage of change is measured from, named in
 * text[from, to) right after it ("from the fourth quarter of 1998",
 * "over 1998", "sequentially"), read against `of`, the period of the
 * amount it changes; 1 when one is placed. */
int tx_claim_base_period(const tx_claim_run *c, const tx_para *p, size_t from, size_t to,
                         int entity, const tx_period *of, tx_period *out);

/* verify.c: the cell of group g's metric and basis for the entity and
 * `period` (found 0 when none). */
tx_claim_cell tx_claim_lookup(const tx_claim_run *c, const tx_claim_group *g, int entity,
                              const tx_period *period);

/* verify.c: checks one amount of group g (of paragraph number `para`) and
 * returns the cell it was checked against (found 0 when none). */
tx_claim_cell tx_claim_check_amount(tx_claim_run *c, const tx_para *p, const tx_mention *mn,
                                    int per_share, const tx_claim_group *g, int entity,
                                    size_t para);
/* verify.c: checks a percentage of change (dir 1 up, -1 down, 0 unsaid)
 * against the amounts of groups a (now) and b (before it), NULL when none. */
void tx_claim_check_percent(tx_claim_run *c, const tx_para *p, const tx_mention *mn, int dir,
                            const tx_claim_group *a, const tx_claim_group *b);

/* phrases.c: 1 when words of increase, -1 when words of decrease come in
 * the 24 bytes before `at` (not before `from`), else 0. */
int tx_claim_direction(const tx_prose_lexicon *lex, const char *low, size_t from, size_t at);

/* arith.c: the change from `prior` to `cur` in percent, rounded to a tenth
 * ("13.2%", "-4.0%"), or "?" when it cannot be computed. */
void tx_claim_change_text(tx_decimal cur, tx_decimal prior, char *buf, size_t n);

/* ------------------------------------------------------------ lexicon.c */

struct tx_prose_lexicon {
    tx_metric *metrics;
    size_t nmetrics;
    struct tx_lex_phrase {
        char *phrase;
        size_t metric;          /* index in metrics                          */
        int negative;
    } *phrases;
    size_t nphrases;
    const tx_metric *per_share;   /* the measure "$0.02 per share" refers to */
    struct tx_lex_word {
        char *phrase;
        int role;               /* tx_word_role                              */
    } *words;
    size_t nwords;
};

/* What the words of prose-words.tsv say. */
typedef enum tx_word_role {
    TX_WORD_CURRENT = 1, TX_WORD_PRIOR_QUARTER, TX_WORD_PRIOR_YEAR, TX_WORD_SAME_OF,
    TX_WORD_YEAR_OF, TX_WORD_FULL_YEAR, TX_WORD_YEAR_TO_DATE, TX_WORD_NONGAAP_BEFORE,
    TX_WORD_NONGAAP_AFTER, TX_WORD_GAAP_BEFORE, TX_WORD_UP, TX_WORD_DOWN,
    TX_WORD_NOT_METRIC_AFTER, TX_WORD_NOT_METRIC_BEFORE, TX_WORD_FORECAST, TX_WORD_PART_BEFORE,
    TX_WORD_PART_AFTER
} tx_word_role;

/* lexicon.c: the role of the longest word of the lexicon at low[i] (whole
 * words, within [.., to)) among roles[nroles]; *end is where it ends.
 * 0 when none. */
int tx_lex_word_at(const tx_prose_lexicon *lex, const char *low, size_t i, size_t to,
                   const int *roles, size_t nroles, size_t *end);

/* ------------------------------------------------------------ words */

static inline int is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static inline int is_digit(char c) { return c >= '0' && c <= '9'; }
static inline char lower(char c) { return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c; }

/* 1 if `word` (lower case) is at s[i] as whole words, within [.., to) */
static inline int word_at(const char *s, size_t i, size_t to, const char *word)
{
    size_t n = strlen(word);
    if (i + n > to || strncmp(s + i, word, n) != 0)
        return 0;
    if (i > 0 && (is_alpha(s[i - 1]) || is_digit(s[i - 1])))
        return 0;
    if (i + n < to && (is_alpha(s[i + n]) || is_digit(s[i + n])))
        return 0;
    return 1;
}

/* position of the first whole-word `word` in s[from, to), or `to` */
static inline size_t find_word(const char *s, size_t from, size_t to, const char *word)
{
    for (size_t i = from; i < to; i++)
        if (word_at(s, i, to, word))
            return i;
    return to;
}

/* skips spaces */
static inline size_t skip_sp(const char *s, size_t i, size_t to)
{
    while (i < to && s[i] == ' ')
        i++;
    return i;
}

#endif /* TX_PROSE_H */

/*
 * disclose.h - disclosure checks of an exhibit (internal).
 *
 * Two families of checks on what a release says, not on how it is tagged:
 *
 *   non-GAAP measures (disclose.c): every non-GAAP measure the exhibit
 *     presents (non-GAAP statements; prose "non-GAAP net income", "pro forma",
 *     "adjusted", "EBITDA", non-GAAP EPS, the headline) must be reconciled to
 *     GAAP in the exhibit, the reconciliation must foot column by column and
 *     tie to the GAAP and non-GAAP statements, the GAAP figure must come first
 *     (equal or greater prominence), and the measure must be justified (the
 *     four points of an SEC comment: usefulness, management's use, economic
 *     substance, limitations);
 *
 *   prose against tables (prose.c and the files it calls; see prose.h):
 *     every numeric claim of the narrative ("$172.1 million", "$0.02 per
 *     share", "an increase of 13 percent") is resolved to a metric, an
 *     entity, a basis and a period ("third quarter", "nine months ended
 *     September 30, 2003", "same period last year") and checked against the
 *     table cell with the rounding the prose used: verified, contradicted or
 *     unverifiable.
 *
 * Codes (layer "disclosure"):
 *   disclosure.nongaap-unreconciled   error    a non-GAAP measure with no reconciliation
 *   disclosure.reconciliation-mismatch error   a reconciliation that does not foot or tie
 *   disclosure.gaap-not-prominent     error    non-GAAP before (or without) its GAAP figure
 *   disclosure.nongaap-justification  warning  comment 7's points not stated
 *   disclosure.claim-contradicted     error    prose disagrees with the table
 *   disclosure.claim-unverifiable     note     no table holds the figure
 *   disclosure.claim-verified         note     prose agrees with the table
 *   disclosure.reconciliation-verified note    a reconciliation foots and ties
 *   disclosure.claims-skipped         note     a sentence with more amounts than are checked
 *   disclosure.summary                note     the counts
 */
#ifndef TX_DISCLOSE_H
#define TX_DISCLOSE_H

#include "base/decimal.h"
#include "map/mapper.h"
#include "read/model.h"
#include "read/period.h"

/* ------------------------------------------------------------ prose */

typedef enum tx_mention_kind {
    TX_MENTION_MONEY = 0,      /* "$172.1 million", "$172.1M", "$0.02"    */
    TX_MENTION_PER_SHARE,      /* "$0.02 per share", "$0.08 per diluted share" */
    TX_MENTION_PERCENT         /* "13 percent", "13%"                       */
} tx_mention_kind;

typedef struct tx_mention {
    tx_mention_kind kind;
    size_t start, end;         /* byte offsets in the text                   */
    tx_decimal value;          /* as printed and scaled: "$172.1 million" is
                                  {1721, 5}; "13 percent" is {13, 0}          */
    int place;                 /* exponent of the last printed digit (5 above):
                                  the claim is the table value rounded there  */
} tx_mention;

/* The amounts in a run of prose, in order.  *out is owned by the caller
 * (free()); 0, or -1 on allocation failure. */
int tx_prose_mentions(const char *text, tx_mention **out, size_t *n);

/* Sentences of a paragraph as printed (`text`, `len` bytes): [start, end)
 * pairs, at most max; a sentence ends at ';' or at '.', '?', '!' before a
 * capital, a digit, '$', a quote or the end, unless the word is an
 * abbreviation ("Inc.", "p.m.").  Returns how many. */
size_t tx_prose_sentences(const char *text, size_t len, size_t (*out)[2], size_t max);

/* What a period phrase says. */
typedef enum tx_phrase_kind {
    TX_PHRASE_NONE = 0,
    TX_PHRASE_SPAN,            /* "nine months ended September 30, 2003",
                                  "quarter ending March 31, 2004": period set */
    TX_PHRASE_ORDINAL,         /* "third quarter" [of 2002], "Q3'03": ordinal,
                                  year (0: the current one)                  */
    TX_PHRASE_PRIOR_YEAR,      /* "same period last year", "year-ago quarter" */
    TX_PHRASE_SAME_OF_YEAR,    /* "same quarter of 2003": year               */
    TX_PHRASE_CURRENT,         /* "the quarter", "the period"                */
    TX_PHRASE_PRIOR_QUARTER,   /* "the preceding quarter"                    */
    TX_PHRASE_YEAR,            /* "for 1999", "fiscal 2005", "1999 earnings":
                                  year, the fiscal year ending in it          */
    TX_PHRASE_FULL_YEAR,       /* "for the year": the fiscal year ending with
                                  the current quarter                         */
    TX_PHRASE_YEAR_TO_DATE     /* "year to date"                             */
} tx_phrase_kind;

typedef struct tx_phrase {
    tx_phrase_kind kind;
    tx_period period;
    int ordinal;
    int year;
    size_t start, end;
} tx_phrase;

/* The measures prose states and the words for them, loaded from
 * taxonomy/mapping/prose-metrics.tsv, prose-phrases.tsv and prose-words.tsv. */
typedef struct tx_prose_lexicon tx_prose_lexicon;

/* The last (last=1) or first (last=0) period phrase in text[from, to);
 * text is lower case; the words are those of the lexicon.  Returns 1 when
 * one was found. */
int tx_prose_period(const tx_prose_lexicon *lex, const char *text, size_t from, size_t to,
                    int last, tx_phrase *out);

/* A metric the prose talks about, and where its figures are. */
typedef struct tx_metric {
    const char *name;          /* "net revenues", "net income", ...         */
    const char *concept;       /* tx-gaap concept, NULL when none (EBITDA)   */
    const char *alt;           /* second choice (basic EPS), or NULL          */
    const char *kinds;         /* statement kinds holding it: "income"      */
    int absolute;              /* compare magnitudes (capital expenditures) */
    int earnings;              /* net income and EPS: the earnings family   */
    int nongaap;               /* a non-GAAP measure by nature (EBITDA)     */
} tx_metric;

typedef struct tx_metric_hit {
    const tx_metric *metric;
    size_t start, end;
    int basis;                 /* 0 unsaid, 1 "GAAP", 2 non-GAAP ("non-GAAP",
                                  "pro forma", "adjusted", "excluding")      */
    int negative;              /* "net loss", "cash used in"                */
    int part;                  /* a word before it names a part of the
                                  measure ("product revenues")              */
} tx_metric_hit;

/* The metric phrases of text[from, to) (lower case), in order, at most max;
 * returns how many. */
size_t tx_prose_metrics(const tx_prose_lexicon *lex, const char *text, size_t from,
                        size_t to, tx_metric_hit *out, size_t max);

/* 1 when `table` rounded at 10^place is `claim` (|table - claim| <= half a
 * unit of the place), 0 when not, -1 on overflow. */
int tx_claim_rounds_to(tx_decimal table, tx_decimal claim, int place);

/* 1 when the change from `prior` to `cur`, in percent of |prior| and rounded
 * at 10^place, is `pct` (direction +1 increase, -1 decrease, 0 unsaid); 0
 * when not; -1 when it cannot be computed (prior zero, overflow). */
int tx_claim_percent_ok(tx_decimal cur, tx_decimal prior, tx_decimal pct, int place,
                        int direction);

/* 1 when the percentage `pct` (rounded at 10^place, direction as
 * for tx_claim_percent_ok) can be the change between two figures printed
 * rounded as `cur` and `prior`, each within `half` of what was rounded; 0
 * when no such figures give it; -1 when it cannot be said (prior within
 * `half` of zero or below it, overflow). */
int tx_claim_percent_plausible(tx_decimal cur, tx_decimal prior, tx_decimal pct, int place,
                               int direction, tx_decimal half);

/* ------------------------------------------------------------ checks */

typedef struct tx_disclose_summary {
    size_t claims, verified, contradicted, unverifiable;
    size_t measures, unreconciled;
    size_t reconciliations, reconciliations_ok;
    size_t columns, columns_ok;
} tx_disclose_summary;

/* Loads the lexicon from `datadir` (the folder holding taxonomy/).
 * Findings: taxonomy.missing, taxonomy.bad-row.  Free with
 * tx_prose_lexicon_free(). */
tx_status tx_prose_lexicon_load(const char *datadir, tx_report *rep, tx_prose_lexicon **out);
void tx_prose_lexicon_free(tx_prose_lexicon *lex);

typedef struct tx_disclose_options {
    int notes;    /* 1: a note for every verified or unverifiable claim and
                     every verified reconciliation; 0: the summary note only */
    const tx_prose_lexicon *lexicon;   /* required; borrowed */
} tx_disclose_options;

/* Runs every check on an exhibit and its mapping.  Findings go to `rep`
 * (named after ex->name) in source order, then the summary note.  TX_OK
 * (no error found), TX_EINPUT (errors found) or TX_ENOMEM. */
tx_status tx_disclose_exhibit(const tx_exhibit *ex, const tx_mapping *map,
                              const tx_disclose_options *opt, tx_report *rep,
                              tx_disclose_summary *sum);

#endif /* TX_DISCLOSE_H */

/*
 * ex27.h - EX-27 financial data schedules (internal).
 *
 * Filings of 1997-2000 carry EX-27 <DOCUMENT>s: one tag per line and its
 * value, no table to read.
 *
 *     <ARTICLE> 5
 *     <LEGEND> ... </LEGEND>
 *     <RESTATED>
 *     <MULTIPLIER> 1,000,000
 *     <PERIOD-TYPE>                   YEAR
 *     <FISCAL-YEAR-END>                          DEC-31-1996
 *     <PERIOD-END>                               DEC-31-1996<F1>
 *     <TOTAL-ASSETS>                                  16,161
 *     <EPS-PRIMARY>                                     1.40<F2>
 *     <FN>
 *     <F1>RESTATEMENT REFLECTED HEREIN ...
 *
 * The decoder keeps every such line (only the tags it knows, <TABLE>,
 * <S>/<C>, <FN>, <PAGE>, are taken out) and marks the <FN> text
 * TX_LINE_FOOTNOTE; the segmenter leaves EX-27 documents alone.
 *
 * tx_ex27_read() turns every EX-27 document of a tx_text into schedules
 * (a new one at each <ARTICLE>, or at a second <PERIOD-TYPE>): article,
 * multiplier, period type, fiscal year end, period start/end, restated
 * flag, entity words, footnotes, and each tagged value as an exact decimal
 * with its source line and footnote markers.  The durations of income tags
 * are PERIOD-START..PERIOD-END, or read from PERIOD-TYPE as a column header
 * "Nine months ended June 26, 1999" would be (src/period.c: whole months to
 * a month end, 13-week quarters otherwise); FISCAL-YEAR-END is checked.
 *
 * The mapping knowledge is data: taxonomy/src/ex27-article5.tsv (tag ->
 * concept, kind of value, period type, sign convention, tag member) and
 * taxonomy/mapping/ex27-checks.tsv (the internal arithmetic).
 * tx_ex27_map_facts() writes the schedules' facts into the exhibit's
 * factset, each in the context
 *     txbrl:SourceAxis = txbrl:FinancialDataScheduleMember
 *                        (txbrl:FinancialDataScheduleRestatedMember for a
 *                        <RESTATED> schedule)
 *     txbrl:FinancialDataScheduleTagAxis = the tag's member
 * so that they never collide with the statements' facts, and so that no
 * calculation of the taxonomy binds the partial sums of a schedule (a
 * schedule's tags are fields of a form, not the lines of a statement).
 *
 * Ownership: everything is owned by the set or map and released with the
 * matching _free().  The library never prints: findings go to the report.
 */
#ifndef TX_EX27_H
#define TX_EX27_H

#include "base/decimal.h"
#include "read/decode.h"
#include "xbrl/facts.h"
#include "read/period.h"
#include "map/taxonomy.h"
#include "base/util.h"

#define TX_AXIS_SOURCE "txbrl:SourceAxis"
#define TX_MEMBER_FDS "txbrl:FinancialDataScheduleMember"
#define TX_MEMBER_FDS_RESTATED "txbrl:FinancialDataScheduleRestatedMember"
#define TX_AXIS_FDS_TAG "txbrl:FinancialDataScheduleTagAxis"

/* One tagged value: "<TOTAL-ASSETS>  81,490" or "<EPS-PRIMARY> 1.40<F2>". */
typedef struct tx_ex27_value {
    char *tag;            /* upper case, without brackets: "TOTAL-ASSETS"       */
    char *text;           /* the value as printed, markers removed: "81,490"    */
    char *notes;          /* footnote markers, comma-joined ("F2"), or ""        */
    int ok;               /* 1 when text is an amount (a nil marker is 0)       */
    tx_decimal printed;   /* signed as printed, not multiplied: {81490, 0}      */
    long line;            /* source line                                         */
} tx_ex27_value;

/* A <FN> paragraph: "<F1>RESTATEMENT ..." */
typedef struct tx_ex27_note {
    char *marker;         /* "F1", or "" when the paragraph has none            */
    char *text;           /* white space collapsed, marker removed              */
    long line;
} tx_ex27_note;

typedef struct tx_ex27_schedule {
    int doc;              /* index into tx_text.docs                            */
    char *doc_type;       /* "EX-27.2"                                          */
    long src_first;       /* first line of the schedule (its first tag)          */
    long src_last;
    int article;          /* <ARTICLE> 5 -> 5; 0 when not stated                 */
    long line_article;
    char *legend;         /* the legend, white space collapsed, or ""           */
    char *name;           /* entity: <NAME>, else read from the legend, or ""   */
    int name_from_legend; /* 1 when `name` was read from the legend             */
    char cik[11];         /* <CIK>, 10 digits, or ""                            */
    char *currency;       /* <CURRENCY> as printed, or ""                       */
    long line_currency;
    int multiplier;       /* power of ten of <MULTIPLIER> (1,000,000 -> 6)      */
    long line_multiplier; /* 0 when not stated (then 1)                         */
    char *period_type;    /* "YEAR", "9-MOS", ... as printed, or ""              */
    int months;           /* length in months read from it, 0 when unknown      */
    tx_date fiscal_year_end, period_start, period_end;   /* {0,0,0}: absent     */
    long line_period_type, line_fye, line_start, line_end;
    int restated;         /* <RESTATED> present                                 */
    long line_restated;
    char *header_notes;   /* markers on header tags (PERIOD-END ...): whole schedule */
    long line_header_notes;
    tx_period duration;   /* of income tags; kind NONE when it cannot be known  */
    char *period_error;   /* why there is no duration (or period end), or NULL */
    long line_period_error;
    tx_ex27_value *values;
    size_t nvalues;
    tx_ex27_note *notes;
    size_t nnotes;
    size_t values_cap, notes_cap;   /* private: allocated lengths */
} tx_ex27_schedule;

typedef struct tx_ex27_set {
    tx_ex27_schedule *schedules;
    size_t n;
} tx_ex27_set;

/* Reads every EX-27 document of `text` (documents whose <TYPE> starts with
 * "EX-27").  *out is NULL when there is none.  Findings (with the line of
 * the tag):
 *   ex27.value        a value that is no amount (error; not converted)
 *   ex27.multiplier   a MULTIPLIER that is no power of ten (error)
 *   ex27.date         a date that is not MON-DD-YYYY (error)
 *   ex27.fiscal-year-end  a YEAR that does not end at FISCAL-YEAR-END, or a
 *                     period outside the fiscal year (warning)
 *   ex27.duplicate-tag  a tag twice in one schedule (warning; first kept)
 *   ex27.footnote     a marker with no <FN> paragraph (warning)
 * TX_OK or TX_ENOMEM (input errors are findings, reading goes on). */
tx_status tx_ex27_read(const tx_text *text, tx_report *rep, tx_ex27_set **out);
void tx_ex27_set_free(tx_ex27_set *set);

/* ------------------------------------------------------------ the map */

typedef struct tx_ex27_tag {
    int article;
    char *tag;            /* "TOTAL-ASSETS"                                     */
    char *concept;        /* "Assets" (tx-gaap local name), or "" (extension)  */
    int per_share;        /* values column: 1 per-share (never multiplied)      */
    int instant;          /* period column                                       */
    char *balance;        /* of an extension concept: debit, credit or ""       */
    int contra;           /* sign column 'contra': a positive amount deducted   */
    int negate;           /* sign column '-'                                     */
    char *member;         /* "txbrl:FdsTotalAssetsMember"                       */
    char *label;          /* "Total assets"                                     */
    long line;            /* in the data file                                    */
} tx_ex27_tag;

typedef struct tx_ex27_term {
    char *tag;
    int weight;           /* +1 or -1 */
    int right;            /* 0 left side, 1 right side */
} tx_ex27_term;

typedef struct tx_ex27_check {
    int article;
    char *id;
    int le;               /* 1: left <= right; 0: left = right */
    tx_ex27_term *terms;
    size_t nterms;
    char *meaning;
    long line;
} tx_ex27_check;

typedef struct tx_ex27_map {
    tx_ex27_tag *tags;
    size_t ntags;
    tx_ex27_check *checks;
    size_t nchecks;
    char *tags_path;      /* for "ex27-article5.tsv:9" in inspect            */
} tx_ex27_map;

/* Loads taxonomy/src/ex27-article5.tsv and taxonomy/mapping/ex27-checks.tsv
 * under `datadir`; every concept and member must be in `tax` with the
 * period type the row says.  Findings: taxonomy.missing, taxonomy.bad-row.
 * TX_OK, TX_EIO (a file cannot be read or is wrong) or TX_ENOMEM. */
tx_status tx_ex27_map_load(const char *datadir, const tx_taxonomy *tax, tx_report *rep,
                           tx_ex27_map **out);
void tx_ex27_map_free(tx_ex27_map *map);
const tx_ex27_tag *tx_ex27_lookup(const tx_ex27_map *map, int article, const char *tag);

/* ------------------------------------------------------------ facts */

typedef struct tx_ex27_context {
    const char *file;             /* the exhibit's name, for findings          */
    const tx_text *text;          /* EDGAR header filers                        */
    const tx_taxonomy *taxonomy;
    const tx_entity_map *entities;   /* may be NULL */
    const tx_ex27_map *map;
} tx_ex27_context;

/* Appends the facts of every schedule of `set` to `fs` (a schedule of
 * another article, or one without a period end, is not converted), the
 * extension concepts they need, and the <FN> paragraphs as footnotes of
 * the facts they mark (a marker on a header tag, or none: every fact of
 * the schedule).  Then checks each schedule's arithmetic.  Entities: the
 * EDGAR header's filer (its CIK), else <CIK>, else the name of <NAME> or of
 * the legend through the entities file, else a name-based identifier.
 * Findings: ex27.article, ex27.currency, ex27.unknown-tag,
 * ex27.contra-negative, ex27.arithmetic (warnings); map.unknown-entity
 * (warning); ex27.no-period-end (a schedule with values but no PERIOD-END:
 * not converted), ex27.period-type (no PERIOD-START and a PERIOD-TYPE that
 * gives no length, or a PERIOD-START after PERIOD-END: its income tags not
 * converted),
 * ex27.inconsistent-duplicate (errors).  TX_OK or TX_ENOMEM. */
tx_status tx_ex27_map_facts(const tx_ex27_set *set, const tx_ex27_context *ctx,
                            tx_factset *fs, tx_report *rep);

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

/* ------------------------------------------------------------ inspect */

/* What `txbrl inspect` shows of the schedules: text (one block per
 * schedule: header, then one line per tag with its value and concept) or
 * the JSON array of "schedules".  `map` may be NULL (no concepts). */
void tx_ex27_inspect_text(const tx_ex27_set *set, const tx_ex27_map *map, tx_buf *b);
void tx_ex27_inspect_json(const tx_ex27_set *set, const tx_ex27_map *map, tx_buf *b);

#endif /* TX_EX27_H */

/*
 * ex27map.h - EX-27 financial data schedules as XBRL facts (internal).
 *
 * The mapping knowledge is data: taxonomy/src/ex27-article5.tsv (tag ->
 * concept, kind of value, period type, sign convention, tag member) and
 * taxonomy/mapping/ex27-checks.tsv (the internal arithmetic).
 * tx_ex27_map_facts() writes the schedules (read/ex27.h) as facts of the
 * exhibit's factset, each in the context
 *     txbrl:SourceAxis = txbrl:FinancialDataScheduleMember
 *                        (txbrl:FinancialDataScheduleRestatedMember for a
 *                        <RESTATED> schedule)
 *     txbrl:FinancialDataScheduleTagAxis = the tag's member
 * so that they never collide with the statements' facts, and so that no
 * calculation of the taxonomy binds the partial sums of a schedule (a
 * schedule's tags are fields of a form, not the lines of a statement).
 * The cross-check of those facts with the statements is ex27check.h's.
 *
 * Ownership: everything is owned by the map and released with
 * tx_ex27_map_free().  The library never prints: findings go to the report.
 */
#ifndef TX_EX27MAP_H
#define TX_EX27MAP_H

#include "map/taxonomy.h"
#include "read/ex27.h"
#include "xbrl/facts.h"

#define TX_AXIS_SOURCE "txbrl:SourceAxis"
#define TX_MEMBER_FDS "txbrl:FinancialDataScheduleMember"
#define TX_MEMBER_FDS_RESTATED "txbrl:FinancialDataScheduleRestatedMember"
#define TX_AXIS_FDS_TAG "txbrl:FinancialDataScheduleTagAxis"

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
    char *tags_path;      /* for "ex27-article5.tsv:9" in the facts' origin  */
} tx_ex27_map;

/* Loads taxonomy/src/ex27-article5.tsv and taxonomy/mapping/ex27-checks.tsv
 * under `datadir`; every concept and member must be in `tax` with the
 * period type the row says.  Findings: taxonomy.missing, taxonomy.bad-row.
 * TX_OK, TX_EIO (a file cannot be read or is wrong) or TX_ENOMEM. */
tx_status tx_ex27_map_load(const char *datadir, const tx_taxonomy *tax, tx_report *rep,
                           tx_ex27_map **out);
void tx_ex27_map_free(tx_ex27_map *map);
/* The tag of an article, or NULL (also when `map` is NULL). */
const tx_ex27_tag *tx_ex27_lookup(const tx_ex27_map *map, int article, const char *tag);
/* The tag whose member is `member` ("txbrl:FdsTotalAssetsMember"), or NULL. */
const tx_ex27_tag *tx_ex27_tag_of_member(const tx_ex27_map *map, const char *member);
/* The concept of a tag's facts, prefixed: "tx-gaap:Assets", or for a tag
 * no standard concept fits the extension concept named after its label,
 * "ext:OtherStockholdersEquity".  Owned; NULL on allocation failure. */
char *tx_ex27_concept(const tx_ex27_tag *t);

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

#endif /* TX_EX27MAP_H */

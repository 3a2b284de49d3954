/*
 * classify.h - which statement a table is (internal).
 *
 * By its title first: the first rule of taxonomy/mapping/statements.tsv
 * whose pattern matches the normalised title (or, for rules "on firstrow",
 * the first row's label) names the kind; a rule of kind "other" says the
 * title names no statement (quarterly data, a five-year summary).
 *
 * When no rule matches, by its rows: every row label that filers printed on
 * one kind of statement (taxonomy/mapping/filer-labels.tsv: label, kind,
 * concept, filers) votes for that kind.  A kind wins only on strong
 * evidence: at least CLASSIFY_MIN_VOTES distinct labels vote for it, three
 * in four of all votes are its own, most of the table's labels are known
 * statement labels, and a total typical of the kind is among them (a
 * concept named by a statements.tsv rule "on total": Assets for a balance
 * sheet, NetCashProvidedByUsedInOperatingActivities for a cash flow
 * statement).  Tables of percentages ('%' on one of the first two rows or
 * on one value in ten), tables with "change" columns or a column with no
 * period, tables whose columns
 * end on five dates or more (a summary of years or quarters) and tables
 * whose column words match a rule "on columns" (quarters) never win by
 * their rows: a note table, an MD&A analysis, selected or quarterly data
 * stays "other".
 */
#ifndef TX_CLASSIFY_H
#define TX_CLASSIFY_H

#include "base/report.h"
#include "map/taxonomy.h"
#include "read/model.h"

#define CLASSIFY_MIN_VOTES 8

/* Filer labels by the kind of statement they were printed on. */
typedef struct tx_label_votes tx_label_votes;

/* The votes of the filer labels, drawn at classification from the
 * taxonomy's label index (the one reading of filer-labels.tsv); `totals`
 * (nconcepts bytes, taken over) has bit k (the order of tx_stm) set for a
 * concept that is a total typical of statement kind k.  0, or -1 when out
 * of memory (totals freed). */
int tx_label_votes_build(unsigned char *totals, size_t nconcepts, tx_label_votes **out);
void tx_label_votes_free(tx_label_votes *v);

/* The statement rule table t is printed as, or NULL when it is no statement
 * the rules know.  `parent` is the table t belongs to (rows cut from it, or
 * a footnote's table), or NULL; a footnote's table (its title is not its
 * parent's) is only ever an allocation, and a table titled as a note ("7.
 * Summarized ...", "Note 5 ...") is never a statement by its rows.  *why
 * (owned; NULL on no memory) says what decided: "statements.tsv:27, title",
 * "rows: 14 of 18 labels are filer labels, 12 vote balance (3 typical
 * totals: 'Total assets', ...), 1 income: a balance statement by its
 * rows", or why not. */
const tx_statement_rule *tx_classify_table(const tx_taxonomy *tax, const tx_table *t,
                                           const tx_table *parent, char **why);

#endif /* TX_CLASSIFY_H */

/*
 * mapstate.h - one run of the statements' mapper, shared by its files
 * (internal to map/).
 *
 *   mapper.c   the driver: each table's statement kind and entity, its rows,
 *              repeated facts, document and entity facts, the EX-27
 *              schedules (ex27map.c)
 *   rows.c     a row's concept (rules.tsv, or an extension concept named
 *              after its label) and the facts of an ordinary statement's rows
 *   equity.c   statements of shareholders' equity laid out by component
 *   calc.c     calculation arcs from the totals a statement foots
 *   printed.c  footnotes and the exhibit's own labels
 *   entity.c   the entity of a table or of a schedule (entity.h)
 *
 * Facts of the tables are collected in tx_mapper.facts; the driver drops
 * repeats before they go into the factset.
 */
#ifndef TX_MAPSTATE_H
#define TX_MAPSTATE_H

#include "map/candidates.h"
#include "map/mapper.h"
#include "base/util.h"

/* How one row's concept and sign were chosen (rows.c, score.c). */
typedef struct tx_choice {
    int mapped;             /* 1: a row with values and a label, chosen   */
    const tx_rule *rule;    /* the rule of rules.tsv that matched, or NULL */
    tx_cands cands;         /* the candidates, best first                 */
    long concept;           /* index in tax->concepts; -1: no standard concept */
    int ambiguous;          /* 1: the runner-up fits as well               */
    int negate;             /* 1: the facts are the printed values negated */
    int sign_by;            /* what decided the sign: TX_SIGN_*            */
    const char *ext_why;    /* why no candidate was plausible (static text) */
    char *ext_label;        /* an extension's name is made of this, not the row's
                               label (owned; NULL: the label)              */
} tx_choice;

enum { TX_SIGN_MEANING = 0, TX_SIGN_RULE, TX_SIGN_SUM };

typedef struct tx_mapper {
    const tx_exhibit *ex;
    const tx_map_options *opt;
    tx_report *rep;
    tx_factset *fs;
    tx_fact *facts;          /* collected before duplicates are removed */
    size_t nfacts, cap;
    unsigned char *sectioned; /* per collected fact, TX_FROM_* bits: where its
                                 segment or legal entity member came from  */
    size_t sect_cap;
    int section;             /* the bits of the fact being pushed         */
    char **members;          /* extension members used: name, label, ...  */
    size_t nmembers, members_cap;
    int oom;                 /* an allocation failed: the run gives up */
    tx_choice *choices;      /* per row of the table being mapped (tx_map_choose) */
    size_t nchoices;
    size_t choice_table;     /* that table */
} tx_mapper;

enum {
    TX_FROM_SECTION = 1,    /* its segment member is the section of a statement
                               split by segment: kept only where another
                               section prints the same concept and period   */
    TX_FROM_PARENT_TABLE = 2 /* its parent company member is its table's (a
                               parent-company-only statement): kept only when
                               the filing has statements of the entity that
                               are not the parent's alone                   */
};

/* What a row is: its concept and the facts' shape. */
typedef struct tx_row_target {
    char *concept;          /* prefixed */
    const char *period_type;
    const char *balance;
    int instant_at;         /* 0 the column's period, -1 the day before it starts, +1 its end */
    const tx_rule *rule;
    int negate;             /* 1: the facts are the printed values negated */
} tx_row_target;

/* ------------------------------------------------------------ rows.c */

/* Moves *f into m->facts (f is left empty); 0, or -1 (f cleared, m->oom). */
int tx_map_push_fact(tx_mapper *m, tx_fact *f);
/* The dimensions of a fact in column c of table t (a statement of `kind`
 * and `basis`, of entity `entity`) whose row follows rule r (or none): the
 * presentation basis (non-GAAP statements, reconciliations, the column's
 * pro forma / as previously reported / adjustments basis), the legal entity
 * (another company of a combination, the parent company alone) and the
 * segment (of the column, or of the table); rule dimensions.  Sets
 * m->section (TX_FROM_* bits) for the fact.
 * 0, or -1 on allocation failure. */
int tx_map_basis_dims(tx_mapper *m, tx_fact *f, const tx_table *t, size_t c, long entity,
                      const char *kind, const char *basis, const tx_rule *r);
/* The segment members of sections no other section of the statement shares
 * a concept and period with are dropped (such a line is the whole
 * entity's); so are the parent company members of parent-company-only
 * statements of an entity the filing has no other statement of (they are
 * the registrant's only statements); the extension members still used are
 * declared.  0 or -1. */
int tx_map_settle_members(tx_mapper *m);
/* The unit of facts of a kind of value. */
tx_unit_kind tx_map_unit(tx_value_kind k);
/* The first rule of rules.tsv for a statement kind, a normalised heading
 * path and label, and a kind of value ("money", ...), or NULL. */
const tx_rule *tx_map_find_rule(const tx_taxonomy *tax, const char *kind, const char *path,
                                const char *label, const char *values);
/* The concept of a row's values of kind vk in a statement of `kind`
 * (path and label normalised): the rule's standard concept, or an extension
 * concept (added to m->fs; map.extension when no rule named it).  *tg gets
 * the concept (owned) and the facts' shape, `why` the rule that chose it.
 * Findings: map.unknown-concept, map.unit-mismatch.  0, or -1: no concept
 * (a finding, or an allocation failure; m->oom is left as it is). */
int tx_map_resolve(tx_mapper *m, const tx_table *t, const tx_row *row, tx_value_kind vk,
                   const char *kind, const char *path, const char *label,
                   const tx_statement_rule *st, tx_row_target *tg, tx_buf *why);
/* Chooses the concept and sign of every row of table ti, a statement of
 * `kind` (into m->choices), before its rows are mapped; and releases them
 * after. */
void tx_map_choose(tx_mapper *m, size_t ti, const char *kind);
void tx_map_choices_clear(tx_mapper *m);
/* The facts of one row of table ti, a statement of `kind` and `basis`; *rm
 * gets how it was mapped. */
void tx_map_row(tx_mapper *m, size_t ti, const tx_row *row, const char *kind, const char *basis,
                const tx_statement_rule *st, long entity, tx_row_map *rm);

/* ------------------------------------------------------------ score.c */

/* The period types a row of table t may take (rules' period=start/end/row:
 * an instant). */
void tx_score_periods(const tx_table *t, const char *kind, const tx_rule *r, int *instant,
                      int *duration);
/* 1 when most of a row's printed values are negative. */
int tx_printed_negative(const tx_table *t, const tx_row *row);
/* The innermost heading of a path "A > B > C" ("C"; "" for none). */
const char *tx_map_last_heading(const char *path);
/* The filer-label statement of a row of a statement of `kind`; -1: any. */
int tx_score_stm(const char *kind, const char *path);
/* Gathers and scores the candidates of one row (label, headings, statement,
 * total); best first.  0, or -1 when out of memory. */
int tx_score_row(const tx_taxonomy *tax, const tx_table *t, const tx_row *row, tx_value_kind vk,
                 const char *kind, const tx_rule *r, tx_cands *out);
/* The arithmetic of table t: each total that foots favours the candidates
 * the summations relate to the rows it sums; then each row's choice. */
void tx_score_table(const tx_taxonomy *tax, const tx_table *t, tx_choice *ch);
/* The least score of a plausible candidate. */
#define TX_SCORE_MIN 400
/* The sign of every chosen row of table t (by rule, by the arithmetic of
 * the totals it foots into, else by meaning). */
void tx_sign_table(const tx_taxonomy *tax, const tx_table *t, const char *kind, tx_choice *ch);
/* The sign of one row by meaning (equity statements, rows outside a table
 * pass): 1 to negate. */
int tx_sign_by_meaning(const tx_taxonomy *tax, const tx_table *t, const tx_row *row,
                       const char *kind, long concept, int deduct_layout);

/* ------------------------------------------------------------ equity.c */

/* The facts of table ti, a statement of shareholders' equity by component. */
void tx_map_equity_table(tx_mapper *m, size_t ti, const tx_statement_rule *st, long entity,
                         tx_table_map *tm);

/* ------------------------------------------------------------ calc.c */

/* The calculation arcs of table ti, a statement of `kind`: each total the
 * statement foots sums the concepts of its rows. */
void tx_map_calc_links(tx_mapper *m, size_t ti, const tx_table_map *tm, const char *kind);

/* ------------------------------------------------------------ printed.c */

/* The tables' footnotes and the rows' own labels, into m->fs; 0 or -1. */
int tx_map_printed(tx_mapper *m, const tx_mapping *map);

#endif /* TX_MAPSTATE_H */

/*
 * facts.h - XBRL facts in memory, between the mapper and the writers (internal).
 *
 * A tx_factset is what one exhibit says as XBRL: entities, facts with their
 * periods, dimensions and units, the extension concepts the taxonomy lacks,
 * and where each fact was printed.  mapper.c builds it from a tx_exhibit;
 * instance.c writes it as an XBRL 2.1 instance (plus an extension schema);
 * xbrlread.c reads any instance back into one (for `txbrl facts` and the
 * validator).  Everything in it is owned by the factset.
 */
#ifndef TX_FACTS_H
#define TX_FACTS_H

#include <limits.h>
#include <stddef.h>

#include "base/decimal.h"
#include "base/hashmap.h"
#include "base/date.h"
#include "txbrl.h"
#include "xbrl/vocab.h"

/* Namespaces and schema URLs of the project's taxonomy. */

#define TX_DECIMALS_INF INT_MAX   /* decimals="INF" */
#define TX_DECIMALS_NONE INT_MIN  /* no decimals: nil facts, precision-only facts read back */

typedef enum tx_unit_kind {
    TX_UNIT_NONE = 0,         /* non-numeric facts                         */
    TX_UNIT_USD,              /* iso4217:USD                               */
    TX_UNIT_SHARES,           /* xbrli:shares                              */
    TX_UNIT_USD_PER_SHARE,    /* iso4217:USD / xbrli:shares                */
    TX_UNIT_PURE,             /* xbrli:pure                                */
    TX_UNIT_OTHER             /* read from another tool's instance: see unit_text */
} tx_unit_kind;

typedef struct tx_dim {
    char *axis;               /* prefixed QName, e.g. "txbrl:PresentationBasisAxis" */
    char *member;             /* prefixed QName, e.g. "txbrl:NonGaapMember"         */
} tx_dim;

typedef struct tx_entity {
    char *name;               /* as printed ("JUNIPER NETWORKS, INC.")     */
    char *scheme;             /* TX_SCHEME_CIK or TX_SCHEME_NAME           */
    char *identifier;         /* 10-digit CIK, or a name-based identifier   */
} tx_entity;

typedef struct tx_fact {
    char *concept;            /* prefixed QName: "tx-gaap:Revenues"         */
    size_t entity;            /* index into tx_factset.entities             */
    tx_period period;         /* instant or duration (end inclusive)        */
    tx_dim *dims;             /* sorted by axis; NULL when none             */
    size_t ndims;
    tx_unit_kind unit;
    char *unit_text;          /* "iso4217:EUR" etc. for TX_UNIT_OTHER, else NULL */
    int numeric;              /* 1 for items with a unit                    */
    int nil;                  /* xsi:nil="true"                             */
    tx_decimal value;         /* numeric value (exact): every number a
                                 numeric fact has is its decimal             */
    char *text;               /* non-numeric value, or NULL; for a numeric
                                 fact read back, the text as written of a
                                 value that is no tx_decimal: a fraction
                                 ("1/3"), INF, NaN, not a number, or beyond
                                 TX_DECIMAL_DIGITS (reported)                */
    int decimals;             /* e.g. -3, 2, or TX_DECIMALS_INF             */
    long src_line;            /* line of the exhibit (or instance) it came from */
    char *origin;             /* how it was derived, for inspect: "rule 12: ..." or NULL */
} tx_fact;

/* A concept the taxonomy lacks, declared in the exhibit's extension schema. */
typedef struct tx_ext_concept {
    char *name;               /* local name, e.g. "AmortizationOfPurchasedIntangibleAssetsAndDeferredStockCompensation" */
    char *period_type;        /* "duration" or "instant"                    */
    char *balance;            /* "debit", "credit" or NULL                  */
    char *type;               /* "xbrli:monetaryItemType", ...              */
    char *label;              /* standard label: the row's label as printed */
} tx_ext_concept;

/* A calculation arc of the extension (parent sums children * weight). */
typedef struct tx_ext_arc {
    char *role;               /* extended link role URI                     */
    char *parent;             /* prefixed QNames                            */
    char *child;
    int weight;               /* +1 or -1                                   */
    int order;
} tx_ext_arc;

typedef struct tx_namespace {
    char *prefix;
    char *uri;
} tx_namespace;

/* A footnote the exhibit printed under a table ("(A) The balance sheet at
 * December 31, 2002 has been derived from ..."), written as an XBRL
 * footnote (link:footnote, role footnote, xml:lang "en") linked by
 * fact-footnote arcs from the facts it applies to.  map/printed.c fills
 * them (map/ex27map.c those of EX-27 schedules), instance.c writes them;
 * xbrlread.c reads those of any instance back (marker "": the text is as
 * written) and the xBRL-JSON writer writes them as OIM notes.
 * The factset owns text, marker and facts. */
typedef struct tx_footnote {
    char *text;               /* the paragraph as printed, white space collapsed,
                                 marker included: "(A) The balance sheet ..." */
    char *marker;             /* "A", "1", or "" when it printed none        */
    size_t *facts;            /* indexes into tx_factset.facts, ascending,
                                 no repeats; nfacts > 0                      */
    size_t nfacts;
} tx_footnote;

/* A label the exhibit itself gives a concept, written to the extension
 * label linkbase with a project label role, so that a rendition can use
 * the exhibit's own words: TX_ROLE_PRINTED_LABEL, the row label as printed
 * ("Product", "Gross margin"); TX_ROLE_PRINTED_HEADING, the heading the row
 * was printed under ("Net revenues:").  The factset owns the strings. */
/* An extension concept whose facts are the printed values negated (an
 * expense printed "(9,386)") gets its printed label as a negated label too:
 * renditions show its values negated, as the exhibit printed them. */

typedef struct tx_label {
    char *concept;            /* prefixed QName ("tx-gaap:Revenues", "ext:X") */
    char *role;               /* one of the TX_ROLE_PRINTED_* roles          */
    char *text;
} tx_label;

/* The exhibit's own presentation: one tx_pres_table per table it printed
 * (and per group of EX-27 schedules, and the document and entity facts),
 * in printed order, each written as an extended link role of the extension
 * presentation linkbase (STEM_pre.xml) with its roleType in STEM.xsd.
 * Its nodes, depth-first in printed order, hang under the table's root (an
 * abstract extension concept titled as printed): axes (with their members,
 * the default member first when the table printed facts without the
 * dimension) and then the rows: headings (abstract extension concepts)
 * and line items, each with the label role of its printed wording
 * (TX_ROLE_PRINTED_LABEL, or a numbered variant when the concept was
 * printed with other words elsewhere).  map/printed.c fills them;
 * write/extension.c writes them. */
typedef struct tx_pres_node {
    char *concept;            /* prefixed QName                               */
    int depth;                /* 1: a child of the root, 2: of the node above */
    char *label_role;         /* preferredLabel, or NULL                      */
} tx_pres_node;

typedef struct tx_pres_table {
    char *title;              /* as printed                                   */
    char *root;               /* "ext:...Abstract"                            */
    tx_pres_node *nodes;
    size_t nnodes;
} tx_pres_table;

typedef struct tx_factset {
    char *source;             /* the exhibit or instance the facts came from */
    char *stem;               /* output stem ("000_d7aca33587365376")       */
    char **schema_refs;       /* schemaRef hrefs of an instance read back    */
    size_t nschema_refs;
    tx_namespace *ns;         /* prefixes used by the facts                 */
    size_t nns;
    tx_entity *entities;
    size_t nentities;
    tx_fact *facts;
    size_t nfacts;
    tx_ext_concept *ext;      /* extension concepts (prefix "ext")           */
    size_t next;
    tx_ext_arc *arcs;
    size_t narcs;
    tx_footnote *footnotes;   /* in the order the exhibit printed them      */
    size_t nfootnotes;
    tx_label *labels;         /* first one per concept and role              */
    size_t nlabels;
    tx_pres_table *pres;      /* the exhibit's presentation, printed order   */
    size_t npres;
    char **abstracts;         /* names of the extension concepts that are
                                 abstract (its titles and headings)          */
    size_t nabstracts;
    /* lookups kept by the tx_factset_add_* functions (the arrays above are
       appended to only through them) */
    tx_smap ext_index;        /* name -> index in ext                         */
    tx_smap label_index;      /* "concept\x1frole" -> index in labels         */
    tx_smap abstract_index;   /* name -> index in abstracts                   */
} tx_factset;

tx_factset *tx_factset_new(const char *source, const char *stem);
/* Frees what a fact owns and zeroes it (a fact not in any factset). */
void tx_fact_clear(tx_fact *f);
void tx_factset_free(tx_factset *fs);

/* Adds (copies) a namespace binding unless the prefix is bound already. */
int tx_factset_bind(tx_factset *fs, const char *prefix, const char *uri);
/* Index of the entity with this scheme and identifier, added if new; -1 on
 * allocation failure. */
long tx_factset_entity(tx_factset *fs, const char *name, const char *scheme,
                       const char *identifier);
/* Appends a fact; takes ownership of f's strings and dims on success (f is
 * zeroed), leaves them to the caller on failure (-1). */
int tx_factset_add(tx_factset *fs, tx_fact *f);
/* Adds an extension concept (copied) unless one of that name exists. */
int tx_factset_add_ext(tx_factset *fs, const tx_ext_concept *c);
/* The index in fs->ext of the extension concept `name`, or -1. */
long tx_factset_find_ext(const tx_factset *fs, const char *name);
int tx_factset_add_arc(tx_factset *fs, const tx_ext_arc *a);
/* Adds a footnote (text and marker copied) applying to the facts listed
 * (indexes into fs->facts, in any order, repeats allowed: they are sorted
 * and made unique).  0, or -1 on allocation failure or a bad index; a
 * footnote with no facts is not added (0). */
int tx_factset_add_footnote(tx_factset *fs, const char *text, const char *marker,
                            const size_t *facts, size_t nfacts);

/* Adds (copies) a label unless the concept has one of that role: 0, or -1
 * on allocation failure or an empty argument. */
int tx_factset_add_label(tx_factset *fs, const char *concept, const char *role,
                         const char *text);

/* Appends a presentation table (title and root copied, no nodes): its
 * index, or -1 on allocation failure. */
long tx_factset_add_pres(tx_factset *fs, const char *title, const char *root);
/* Appends a node to presentation table t (strings copied; role may be
 * NULL): 0 or -1. */
int tx_factset_add_pres_node(tx_factset *fs, size_t t, const char *concept, int depth,
                             const char *label_role);
/* Marks the extension concept `name` (without prefix) abstract: 0 or -1. */
int tx_factset_set_abstract(tx_factset *fs, const char *name);
/* 1 if the extension concept `name` is abstract. */
int tx_factset_is_abstract(const tx_factset *fs, const char *name);
/* The text of the label of `concept` with `role`, or NULL. */
const char *tx_factset_label(const tx_factset *fs, const char *concept, const char *role);
/* The label of `concept` with `role` (borrowed), or NULL. */
const tx_label *tx_factset_find_label(const tx_factset *fs, const char *concept,
                                      const char *role);

/* Text forms shared by every printer:
 *   unit:  "iso4217:USD", "xbrli:shares", "iso4217:USD/xbrli:shares", "xbrli:pure"
 *   dims:  "axis=member;axis=member" sorted, "" when none
 *   value: exact canonical decimal ("-128102000", "0.02"), "" for nil */
const char *tx_unit_text(const tx_fact *f);
char *tx_fact_dims_text(const tx_fact *f);      /* owned result */
/* Adds the dimension axis=member (prefixed QNames, copied), keeping the
 * dimensions sorted by axis; 0 or -1 (no memory). */
int tx_fact_add_dim(tx_fact *f, const char *axis, const char *member);
int tx_fact_value_text(const tx_fact *f, char *buf, size_t n);
/* decimals as written ("-3", "INF"), or "" for a fact without (text, nil,
 * precision only). */
void tx_fact_decimals_text(const tx_fact *f, char buf[16]);

/* Writes the facts as CSV with the header
 *   concept,entity,start,end,dimensions,unit,decimals,value
 * one row per fact in the factset's order: the output of `txbrl facts`
 * (README, txbrl(1)), which tools compare, so it does not change. */
tx_status tx_facts_write_csv(const tx_factset *fs, FILE *out);
/* Writes the facts as xBRL-JSON (OIM 1.0). */
tx_status tx_facts_write_json(const tx_factset *fs, FILE *out);

#endif /* TX_FACTS_H */

/*
 * validate.h - the offline validator's layers (internal).
 *
 *   validate.c     driver: parse, DTS, schema, then the layers below
 *   dtsload.c      DTS discovery and the concept / arc / dimension tables
 *   check_xbrl.c   XBRL 2.1 instance rules (and the fact table the rest use)
 *   check_calc.c   calculation consistency
 *   check_ties.c   cross-statement ties of the project taxonomy
 *   check_dim.c    XBRL Dimensions: explicit members
 *
 * Everything is owned by the structure that holds it; xmlDoc trees are
 * owned by the tx_dts (DTS documents) or by the driver (the instance).
 */
#ifndef TX_VALIDATE_H
#define TX_VALIDATE_H

#include <stdint.h>

#include <libxml/tree.h>

#include "base/hashmap.h"
#include "xbrl/offline.h"
#include "xbrl/vnum.h"
#include "xbrl/xml.h"
#include "txbrl.h"


/* ------------------------------------------------------------ DTS */

typedef struct tx_vconcept {
    char *key;            /* "{ns}name" */
    char *ns, *name;
    char *type_key;       /* "{ns}type", or a synthetic key for anonymous types */
    char *subst_key;      /* "{ns}name" of the substitution group head or NULL */
    char *file;           /* schema path */
    long line;
    int item, tuple, dimension, hypercube;
    int numeric, fraction, per_share;
    const char *base;     /* xbrli item type local name the type derives from */
    char *period_type;    /* "instant", "duration" or NULL */
    char *balance;
    int abstract, nillable;
    int typed_dimension;
    char *requires;       /* "{ns}name" of xbrl:requires-element target, or NULL */
    xmlNodePtr node;      /* its xs:element declaration */
} tx_vconcept;

typedef struct tx_varc {
    char *role;           /* extended link role */
    char *arcrole;
    size_t from, to;      /* concept indexes */
    tx_vnum weight;
    double order;
    int prohibited;
    int priority;
    char *attrs;          /* other attributes "name=value\n" sorted (equivalence) */
    char *file;
    long line;
} tx_varc;

typedef struct tx_vdoc {
    char *path;           /* local path */
    char *url;            /* as referenced */
    xmlDocPtr doc;
    int is_schema, is_linkbase;
    int included;         /* referenced by xs:include or xs:redefine */
    char *tns;
} tx_vdoc;

/* cyclesAllowed of an arcrole (XBRL 2.1 5.1.4.3). */
enum { TX_CYCLES_UNKNOWN = 0, TX_CYCLES_ANY, TX_CYCLES_UNDIRECTED, TX_CYCLES_NONE };

/* A roleType or arcroleType declaration (in a DTS schema's appinfo). */
typedef struct tx_vtype {
    xmlNodePtr node;
    char *uri;            /* roleURI / arcroleURI (NULL: missing) */
    int arc;              /* 1: arcroleType */
    size_t doc;           /* the schema that declares it */
} tx_vtype;

/* A link:linkbaseRef of a DTS schema or of the instance. */
typedef struct tx_vlbref {
    xmlNodePtr node;
    long doc;             /* the document it leads to, or -1 */
} tx_vlbref;

/* A link:linkbase element: a linkbase document's root or a linkbase embedded
 * in a schema's appinfo. */
typedef struct tx_vlb {
    xmlNodePtr node;
    size_t doc;
} tx_vlb;

/* A roleRef or arcroleRef of a linkbase. */
typedef struct tx_vref {
    xmlNodePtr node;
    size_t lb;            /* its linkbase */
    int arc;              /* 1: arcroleRef */
    char *uri;            /* roleURI / arcroleURI */
    xmlNodePtr target;    /* the element its href points to, or NULL */
    int unloaded;         /* its document did not load (dts.unresolved said so) */
} tx_vref;

/* An extended link of a linkbase. */
typedef struct tx_vlink {
    xmlNodePtr node;
    size_t lb;            /* its linkbase */
    const char *role;     /* interned (tx_dts.strs); "" when missing */
    const char *name;     /* interned "{ns}local" of the link element */
    size_t first_end, nends;   /* its locators and resources in tx_dts.ends */
} tx_vlink;

/* A locator or resource of an extended link. */
typedef struct tx_vend {
    xmlNodePtr node;
    size_t link;
    xmlNodePtr target;    /* what it stands for (a resource: itself); NULL unresolved */
    long concept;         /* the concept the target declares, or -1 */
    int locator;
} tx_vend;

/* A relationship: one arc between one from-end and one to-end. */
typedef struct tx_vrel {
    xmlNodePtr arc;
    size_t link;
    size_t from, to;      /* indexes into tx_dts.ends */
    const char *arcrole;  /* interned; "" when missing */
    const char *name;     /* interned "{ns}local" of the arc element */
    double order;
    int priority, prohibited;
    int effective;        /* 1: neither prohibited nor overridden (3.5.3.9.7) */
    int cycles;           /* TX_CYCLES_* the arcrole allows, as declared for this arc */
    tx_vnum weight;
} tx_vrel;

typedef struct tx_dts {
    tx_vdoc *docs;
    size_t ndocs, capdocs;
    tx_smap doc_index;    /* path -> doc */
    tx_vconcept *concepts;
    size_t nconcepts, capconcepts;
    tx_smap concept_index;  /* "{ns}name" -> concept */
    tx_smap id_index;       /* "path#id" -> concept */
    tx_smap types;          /* "{ns}type" -> index into type_base */
    char **type_base;       /* base "{ns}type" of each type (NULL: none) */
    char **type_names;
    xmlNodePtr *type_nodes; /* each type's definition */
    size_t ntypes, captypes;
    tx_smap attr_decls;     /* "{ns}name" of a global attribute -> attr_nodes */
    xmlNodePtr *attr_nodes;
    size_t nattr_nodes, capattr_nodes;
    tx_varc *arcs;          /* calculation and essence-alias arcs, effective ones only */
    size_t narcs, caparcs;
    tx_smap role_types;     /* roleURI -> 1 (declared roleType) */
    tx_smap arcrole_types;
    size_t nresolved_loads; /* documents loaded */
    /* the entry document (not owned) and its name in findings */
    xmlDocPtr entry;
    const char *entry_name;
    /* role and arcrole types, linkbaseRefs, linkbases, their roleRefs and
     * arcroleRefs, extended links, locators and resources, relationships
     * (dtsrels.c) */
    tx_vtype *rtypes;
    size_t nrtypes, caprtypes;
    tx_vlbref *lbrefs;
    size_t nlbrefs, caplbrefs;
    tx_vlb *lbs;
    size_t nlbs, caplbs;
    tx_vref *refs;
    size_t nrefs, caprefs;
    tx_smap ref_index;      /* "linkbase R|A uri" -> first ref */
    tx_vlink *links;
    size_t nlinks, caplinks;
    tx_vend *ends;
    size_t nends, capends;
    tx_vrel *rels;
    size_t nrels, caprels;
    tx_smap strs;           /* interned strings */
    char **strv;
    size_t nstrv, capstrv;
    tx_smap ids;            /* "doc#id" -> index into idnodes (documents indexed lazily) */
    xmlNodePtr *idnodes;
    size_t nidnodes, capidnodes;
    unsigned char *ids_built;   /* per document */
    tx_smap url_docs;       /* resolved URL -> document index + 1 (0: unresolved) */
    tx_pmap concept_nodes;  /* declaration node -> concept */
    tx_pmap href_docs;      /* (document, interned href without fragment) -> doc + 1 */
    tx_pmap elem_names;     /* (xmlNs, name) of an element -> interned "{ns}local" */
} tx_dts;

/* Discovers the DTS from the entry document `doc` (already parsed, at
 * `path`) through the offline context `o`.  Findings: dts.unresolved (with
 * the line of the referencing element), dts.not-schema (a schemaRef or
 * import that is not a schema), xml.malformed of DTS documents. */
tx_status tx_dts_load(tx_dts *d, tx_offline *o, xmlDocPtr doc, const char *path,
                      const char *name, tx_report *rep);
void tx_dts_free(tx_dts *d);
/* Builds the linkbase, link, locator and relationship tables of a loaded
 * DTS and its effective relationships (dtsrels.c).  Findings:
 * dts.locator-pointer (a pointer scheme XBRL does not allow),
 * dts.locator-target (a locator that points to nothing), dts.arc-label (an
 * arc label that names nothing in its link), dts.duplicate-arc (two arcs
 * with the same from and to labels in one link). */
tx_status tx_dts_build_rels(tx_dts *d, tx_offline *o, tx_report *rep);
/* The file name of a DTS node in findings. */
const char *tx_dts_file(const tx_dts *d, xmlNodePtr n);
/* The DTS document index of a node's document, or -1. */
long tx_dts_doc_of(const tx_dts *d, xmlNodePtr n);
/* The interned copy of s (NULL on no memory). */
const char *tx_dts_intern(tx_dts *d, const char *s);
/* Linkbase and taxonomy rules of XBRL 2.1 on the whole DTS (check_links.c,
 * check_taxonomy.c). */
tx_status tx_check_links(const tx_dts *d, tx_report *rep);
tx_status tx_check_taxonomy(const tx_dts *d, tx_report *rep);

/* The concept declared for an element (NULL when none). */
const tx_vconcept *tx_dts_concept(const tx_dts *d, const char *ns, const char *local);
/* 1 when the "{ns}name" concept derives by substitution from `head_key`. */
int tx_dts_subst_from(const tx_dts *d, const char *key, const char *head_key);

/* ------------------------------------------------------------ instance model */

typedef struct tx_vctx {
    char *id;
    xmlNodePtr node;
    int kind;               /* 1 instant, 2 duration, 3 forever, 0 bad */
    int64_t start, end;     /* seconds since an epoch (instant: end) */
    char *scheme, *ident;
    xmlNodePtr segment, scenario;
    int used;
    long frame;             /* first context with the same entity, segment, scenario */
    long cls;               /* first c-equal context (-1: equal to none, itself only) */
} tx_vctx;

typedef struct tx_vunit {
    char *id;
    xmlNodePtr node;
    char **num, **den;      /* "{ns}local" sorted */
    size_t nnum, nden;
    int used;
    int bad;
    long cls;               /* first u-equal unit */
} tx_vunit;

typedef struct tx_vfact {
    xmlNodePtr node;
    const tx_vconcept *concept;
    long ctx, unit;         /* indexes or -1 */
    xmlNodePtr parent;      /* the tuple (or xbrl root) holding it */
    int nil;
    int has_dec, has_prec;
    int decimals;           /* INT_MAX for INF */
    int precision;          /* INT_MAX for INF */
    tx_vnum value;
    char *text;             /* trimmed text value */
    long line;
    long parent_id;         /* 0: the xbrl root, else the tuple's ordinal */
    long ccls, ucls;        /* context and unit class (-1: none) */
    int dup;                /* another fact has the same concept, parent, context, unit */
} tx_vfact;

typedef struct tx_vinst {
    const char *name;       /* file name in findings */
    xmlDocPtr doc;
    tx_dts *dts;
    tx_vctx *ctxs;
    size_t nctxs, capctxs;
    tx_smap ctx_index;
    tx_vunit *units;
    size_t nunits, capunits;
    tx_smap unit_index;
    tx_vfact *facts;
    size_t nfacts, capfacts;
    int calc11;             /* 1: Calculations 1.1 semantics, 0: XBRL 2.1 */
    /* the fact index (built by tx_check_xbrl) */
    size_t *order;          /* fact indexes by concept, context class, unit class, parent */
    unsigned char *present; /* per concept: 1 when an item or tuple of it is reported */
    tx_smap period_index;   /* "frame kind start end" -> context class */
    long ntuples;
} tx_vinst;

void tx_vinst_free(tx_vinst *in);
/* Reading the model of the instance in->doc (its root xbrli:xbrl) against
 * in->dts.  tx_vinst_read_contexts: the contexts and units (one pass over
 * the root's children); -1 when memory ran out or a context or unit has no
 * id.  tx_vinst_read_facts: the facts, in document order and inside
 * tuples, in->present, then the index (in->order, the context and unit
 * classes); TX_ENOMEM with in->present NULL when it could not begin.  Each
 * reports what XBRL 2.1 says of a context, unit, tuple or fact as it reads
 * it. */
int tx_vinst_read_contexts(tx_vinst *in, tx_report *rep);
tx_status tx_vinst_read_facts(tx_vinst *in, tx_report *rep);
/* The decimals of a numeric fact: its decimals attribute, or those its
 * precision infers (tx_infer_decimals); INT_MAX when it has neither. */
int tx_vfact_decimals(const tx_vfact *f);
/* The facts of concept k in context class ccls and unit class ucls: the
 * count, and *first their start in in->order. */
size_t tx_vinst_lookup(const tx_vinst *in, const tx_vconcept *k, long ccls, long ucls,
                       size_t *first);
/* The class of the context with the frame (entity, segment, scenario) of
 * context `frame_of` and the given period; -1 when there is none. */
long tx_vinst_context(const tx_vinst *in, long frame_of, int kind, int64_t start, int64_t end);
/* Reports the facts of the last finding (JSON "facts"), when `before` (the
 * report size before the finding) shows that the finding was added. */
void tx_vreport_facts(tx_report *rep, size_t before, const tx_vfact *const *facts, size_t n);
/* XBRL 2.1 rules on the DTS itself (any entry point): essence-alias arcs join
 * items of one type, period type and balance. */
tx_status tx_check_dts(const tx_dts *d, const char *name, tx_report *rep);

/* The layers.  Each adds findings and returns TX_OK, or TX_ENOMEM. */
tx_status tx_check_xbrl(tx_vinst *in, tx_report *rep);
tx_status tx_check_calc(tx_vinst *in, tx_report *rep);
tx_status tx_check_ties(tx_vinst *in, tx_report *rep);
tx_status tx_check_dim(tx_vinst *in, tx_report *rep);

/* s-equality of two segment/scenario elements (either may be NULL). */
int tx_s_equal(xmlNodePtr a, xmlNodePtr b);
/* c-equal contexts and u-equal units. */
int tx_c_equal(const tx_vinst *in, long a, long b);
int tx_u_equal(const tx_vinst *in, long a, long b);

#endif /* TX_VALIDATE_H */

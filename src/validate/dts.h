/*
 * dts.h - the validator's model of a DTS (internal): its documents,
 * concepts, types, role and arcrole types, linkbaseRefs, linkbases with
 * their roleRefs, arcroleRefs, extended links, locators and resources,
 * every relationship, and the effective concept relationships (tx_varc)
 * the instance layers use.
 *
 *   dts.c    discovery (tx_dts_load) and the concept, type and role tables
 *   rels.c   the linkbase tables and relationships (tx_dts_build_rels)
 *
 * Everything is owned by the tx_dts, the xmlDoc trees of the DTS documents
 * too; the entry document is the caller's.
 */
#ifndef TX_VALIDATE_DTS_H
#define TX_VALIDATE_DTS_H

#include <stddef.h>

#include <libxml/tree.h>

#include "base/hashmap.h"
#include "xbrl/offline.h"
#include "base/decimal.h"
#include "txbrl.h"

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
    tx_decimal weight;    /* "beyond" when it is no number */
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
    tx_decimal weight;    /* "beyond" when it is no number */
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
     * (rels.c) */
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
/* Frees what the DTS holds (the struct is the caller's) and zeroes it. */
void tx_dts_clear(tx_dts *d);
/* Builds the linkbase, link, locator and relationship tables of a loaded
 * DTS and its effective relationships (rels.c).  Findings:
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
/* The concept declared for an element (NULL when none). */
const tx_vconcept *tx_dts_concept(const tx_dts *d, const char *ns, const char *local);
/* 1 when the "{ns}name" concept derives by substitution from `head_key`. */
int tx_dts_subst_from(const tx_dts *d, const char *key, const char *head_key);

#endif /* TX_VALIDATE_DTS_H */

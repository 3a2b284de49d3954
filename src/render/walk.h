/*
 * walk.h - what a rendition needs of an instance's DTS (internal): its
 * concepts, labels, calculation parents, dimension defaults, presentation
 * relationships and role definitions, read one of two ways:
 *
 *   light: an instance whose schemaRefs name its own extension schemas
 *          (local files, as txbrl writes STEM.xsd), which import nothing
 *          but the project taxonomy and the XBRL specifications' schemas
 *          and reference their own presentation linkbase: the extension
 *          schemas and their linkbases are read, the project taxonomy's
 *          concepts, standard labels, calculation arcs and dimension
 *          defaults come from its source tables (taxonomy/src/ TSV files, the
 *          tables the taxonomy is generated from), and nothing else of the
 *          DTS is loaded;
 *   full:  any other instance: the whole DTS, discovered and resolved as
 *          the validator does (validate/dts.h), its effective relationships.
 *
 * Both read under the closed-DTS rule of the offline context; the light
 * walk hands over to the full one whenever a document it would read is not
 * a plain local file the context allows, so that refusals are reported the
 * one way (render/model.h).
 */
#ifndef TX_RENDER_WALK_H
#define TX_RENDER_WALK_H

#include <libxml/tree.h>

#include "base/hashmap.h"
#include "txbrl.h"
#include "validate/dts.h"
#include "xbrl/offline.h"

typedef struct tx_rconcept {
    char *key;                /* "{ns}name" */
    const char *name;         /* local name (inside key) */
    int abstract, instant, dimension, hypercube;
} tx_rconcept;

typedef struct tx_rlabel {
    const char *role;         /* interned */
    char *lang;               /* NULL: none */
    char *text;               /* white space collapsed */
    long next;                /* the concept's next label, -1 */
} tx_rlabel;

typedef struct tx_rpres {
    const char *role;         /* extended link role, interned */
    long from, to;            /* concepts */
    double order;
    const char *pref;         /* preferredLabel, interned, or NULL */
    size_t seq;               /* document order */
} tx_rpres;

typedef struct tx_rrole {
    const char *uri;          /* interned */
    char *def;                /* its definition, or NULL */
} tx_rrole;

typedef struct tx_rdts {
    tx_rconcept *concepts;
    size_t nconcepts, capconcepts;
    tx_smap index;            /* "{ns}name" -> concept */
    long *lab_first;          /* per concept: first label, chained in order */
    long *lab_last;
    tx_rlabel *labs;
    size_t nlabs, caplabs;
    tx_pmap calc;             /* (parent+1, child+1) -> 1: summation-item */
    long *dflt;               /* per axis: default member, -1 */
    tx_rpres *pres;           /* the filer's own when it has any, else all */
    size_t npres, cappres;
    tx_rrole *roles;          /* roleType declarations, in document order */
    size_t nroles, caproles;
    tx_smap strs;             /* interned strings */
    char **strv;
    size_t nstrv, capstrv;
    int light;                /* 1: read the light way */
    int oom;
} tx_rdts;

/* Reads what the rendition of `inst` (at `path`, named `name` in findings)
 * needs of its DTS through the offline context `o`; the project taxonomy's
 * tables from `datadir` (NULL: always the full walk).  The full walk's
 * findings go to `rep` as tx_dts_load reports them (the caller keeps what
 * it needs).  TX_OK, TX_EINPUT (the DTS discovery reported errors; what
 * loaded is read), TX_ENOMEM. */
tx_status tx_rdts_load(tx_rdts *r, tx_offline *o, xmlDocPtr inst, const char *path,
                       const char *name, const char *datadir, tx_report *rep);
void tx_rdts_clear(tx_rdts *r);
/* The text of a node, white space collapsed and trimmed (owned). */
char *tx_rdts_text(xmlNodePtr n);
/* The interned copy of s (NULL for NULL or on no memory). */
const char *tx_rdts_intern(tx_rdts *r, const char *s);
/* The concept of "{ns}name", -1 when none. */
long tx_rdts_concept(const tx_rdts *r, const char *key);

#endif /* TX_RENDER_WALK_H */

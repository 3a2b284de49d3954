/*
 * vinst.h - the validator's model of an XBRL instance (internal): its
 * contexts, units and facts read against a DTS, s-equality, and the index
 * of facts by concept, context class and unit class (vinst.c).  The
 * instance's xmlDoc and the tx_dts are the caller's.
 */
#ifndef TX_VALIDATE_INSTANCE_H
#define TX_VALIDATE_INSTANCE_H

#include <stddef.h>
#include <stdint.h>

#include <libxml/tree.h>

#include "base/hashmap.h"
#include "validate/dts.h"
#include "base/decimal.h"
#include "txbrl.h"

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
    tx_decimal value;       /* the number of a numeric item (not nil, not a
                               fraction); "beyond" when it has none */
    int value_limit;        /* 1: a number beyond tx_decimal's limits
                               (reported, xbrl.value-limit)                */
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
    /* the fact index (built by tx_vinst_read_facts) */
    size_t *order;          /* fact indexes by concept, context class, unit class, parent */
    unsigned char *present; /* per concept: 1 when an item or tuple of it is reported */
    tx_smap period_index;   /* "frame kind start end" -> context class */
    long ntuples;
} tx_vinst;

/* Frees what the model holds (not in->doc, not in->dts); the struct is the
 * caller's. */
void tx_vinst_clear(tx_vinst *in);
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
 * precision infers (tx_decimal_infer_decimals); INT_MAX when it has neither. */
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
/* s-equality of two segment/scenario elements (either may be NULL). */
int tx_s_equal(xmlNodePtr a, xmlNodePtr b);
/* c-equal contexts and u-equal units. */
int tx_c_equal(const tx_vinst *in, long a, long b);
int tx_u_equal(const tx_vinst *in, long a, long b);

#endif /* TX_VALIDATE_INSTANCE_H */

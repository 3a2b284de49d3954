/*
 * mint.h - the presentation model's own structures (internal to
 * src/render): the instance as read (contexts, units, facts, footnotes,
 * entities), the tables being built (rows, columns, cells) and the small
 * helpers model.c, which reads the instance and writes the model, and
 * table.c, which builds the tables from the presentation, share.
 */
#ifndef TX_RENDER_MINT_H
#define TX_RENDER_MINT_H

#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#include "base/hashmap.h"
#include "base/util.h"
#include "render/walk.h"

enum { K_TEXT = 0, K_MONEY, K_SHARES, K_PERSHARE, K_OTHER };

/* ------------------------------------------------------------ instance */

typedef struct mdim {
    long axis, member;        /* concept indexes (member -1: typed) */
} mdim;

typedef struct mctx {
    char *id, *entity, *scheme;
    int instant, forever;
    char start[11], end[11];  /* instant: end */
    mdim *dims;
    size_t ndims;
    char *dimtext;            /* "Axis label: Member label; ..." (lazy) */
} mctx;

typedef struct munit {
    char *id;
    int kind;
    char *name;               /* "USD", "shares", "USD per share" */
} munit;

typedef struct mfact {
    xmlNodePtr node;
    char *id;
    char *qname;              /* as the instance names it */
    long concept;
    long ctx, unit;
    char *value;
    int nil, kind;
    char *dec;                /* decimals attribute, NULL when none */
    long line;
    int home;                 /* shown in a table's cell */
    long tab;                 /* the table of its home cell, -1 */
    size_t hrow, hcol;        /* and its row and column */
    size_t ent;               /* entity index */
} mfact;

typedef struct mfoot {
    char *id, *mk, *text;
    int printed;
    size_t *facts;
    size_t nfacts;
    long tab;                 /* the table it is shown under, -1 */
    char at;                  /* 't' title, 'c' columns, 'r' rows */
} mfoot;

typedef struct mentity {
    char *id, *scheme;
    char *name;               /* EntityRegistrantName, or NULL */
} mentity;

/* ------------------------------------------------------------ tables */

typedef struct mcell {
    size_t fact;
    int echo;
} mcell;

typedef struct mrow {
    long concept;             /* -1: heading of an abstract */
    int depth, heading;
    const char *pref;         /* preferred label role, or NULL */
    char *label;
    int occ;                  /* occurrence of its concept in the table */
    long *cells;              /* per column: fact index or -1 */
    int cls;                  /* 1 subtotal, 2 grand total */
} mrow;

typedef struct mcol {
    char *key;                /* period key + column members + unit kind */
    char pk[32];              /* "D:s:e" / "I:d" / "" (periods in rows) */
    int instant;
    char start[11], end[11];
    long *members;            /* per column axis: member or -1 */
    int kind;                 /* unit kind when the members split by it, else -1 */
    size_t first;             /* first fact (document order) */
    int sscale;               /* shares scale of the column */
} mcol;

typedef struct mtable {
    const char *role;
    char *title;
    char *kind;
    size_t ent;
    mrow *rows;
    size_t nrows;
    mcol *cols;
    size_t ncols;
    long *axes;               /* the role's axes */
    long **members;           /* per axis: its members, presentation order */
    size_t *nmembers;
    int *dflt_ok;             /* per axis: facts without it belong here */
    int *colaxis;             /* per axis: 1 column axis, 2 row axis */
    size_t naxes;
    int period_rows;
    int ms, ss;               /* money and shares scale */
    int nongaap;
    int secondary;            /* another entity's printed table (see owners) */
} mtable;

typedef struct model {
    tx_rdts d;                /* what the rendition needs of the DTS (walk.h) */
    xmlDocPtr inst;
    mctx *ctxs;
    size_t nctxs;
    tx_smap ctx_index;
    munit *units;
    size_t nunits;
    tx_smap unit_index;
    mfact *facts;
    size_t nfacts;
    tx_smap fact_index;
    mfoot *foots;
    size_t nfoots;
    mentity *ents;
    size_t nents;
    long *concept_facts_first;/* per concept: first fact, chained by fact_next */
    long *fact_next;
    mtable *tabs;
    size_t ntabs;
    int oom;
} model;


static inline void *xcalloc(model *m, size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size);
    if (!p)
        m->oom = 1;
    return p;
}

static inline char *xstrdup(model *m, const char *s)
{
    char *p = tx_strdup(s ? s : "");
    if (!p)
        m->oom = 1;
    return p;
}

static inline int grow(model *m, void **arr, size_t *cap, size_t need, size_t size)
{
    if (tx_grow(arr, cap, need, size) != 0) {
        m->oom = 1;
        return -1;
    }
    return 0;
}

/* ------------------------------------------------------------ DTS tables */


static inline int is_calc_parent(const model *m, long parent, long child)
{
    tx_pkey k = {{(void *)(size_t)(parent + 1), (void *)(size_t)(child + 1)}};
    size_t v;
    return parent >= 0 && child >= 0 && tx_pmap_get(&m->d.calc, &k, &v);
}

static inline int dec_value(const char *dec, int *inf)
{
    *inf = !dec || strcmp(dec, "INF") == 0;
    return *inf ? 0 : atoi(dec);
}

/* The scale a fact of these decimals reads best in: 3, 6, 9 or 0. */
static inline int scale_of_dec(const char *dec)
{
    int inf;
    int d = dec_value(dec, &inf);
    if (inf || d >= 0)
        return 0;
    int s = -d;
    return s >= 9 ? 9 : s >= 6 ? 6 : s >= 3 ? 3 : 0;
}

/* The member of axis `axis` in a fact's context, -1 when none (the
 * default), -2 when typed. */
static inline long fact_member(const model *m, const mfact *f, long axis)
{
    const mctx *x = f->ctx >= 0 ? &m->ctxs[f->ctx] : NULL;
    for (size_t i = 0; x && i < x->ndims; i++)
        if (x->dims[i].axis == axis)
            return x->dims[i].member >= 0 ? x->dims[i].member : -2;
    return -1;
}

static inline int pref_negated(const char *pref)
{
    if (!pref)
        return 0;
    const char *s = strrchr(pref, '/');
    return s && tx_strcasestr(s, "negated") != NULL;
}

/* table.c: the label of concept c (the preferred role's, else the printed,
 * standard or terse label; else its name; owned), the tables of the
 * presentation (m->tabs), and what a table holds. */
char *tx_rm_label_of(model *m, long c, const char *pref);
void tx_rm_build_tables(model *m);
void tx_rm_table_free(mtable *t);

#endif /* TX_RENDER_MINT_H */

/* table.c - the tables of a rendition's model: per presentation role and
 * entity, its rows in presentation order, its axes (column or row), its
 * columns and the fact of each cell; columns ordered, rows of one printed
 * line merged, totals and scales marked (mint.h). */
#include "config.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render/mint.h"
#include "xbrl/vocab.h"
#include "xbrl/xml.h"

/* The label of concept c: the preferred role's, else the printed label
 * (txbrl's), else the standard, terse or any label (English first); else
 * its local name.  " [Member]" and such bracketed endings are dropped. */
char *tx_rm_label_of(model *m, long c, const char *pref)
{
    static const char *const fallback[] = {TX_ROLE_PRINTED_LABEL, TX_ROLE_LABEL,
                                           TX_ROLE_2003 "terseLabel", NULL};
    const tx_rlabel *best = NULL;
    int best_rank = INT_MAX;
    for (long k = c >= 0 ? m->d.lab_first[c] : -1; k >= 0; k = m->d.labs[k].next) {
        const tx_rlabel *n = &m->d.labs[k];
        const char *r = n->role, *lang = n->lang;
        int rank = 100;
        if (pref && strcmp(r, pref) == 0)
            rank = 0;
        for (int i = 0; fallback[i] && rank == 100; i++)
            if (strcmp(r, fallback[i]) == 0)
                rank = 10 + i;
        if (!lang || strncmp(lang, "en", 2) != 0)
            rank += 50;
        if (rank < best_rank) {
            best_rank = rank;
            best = n;
        }
    }
    char *s = best ? tx_strdup(best->text) : NULL;
    if (!s && c >= 0)
        s = tx_strdup(m->d.concepts[c].name);
    if (!s)
        s = tx_strdup("");
    if (!s) {
        m->oom = 1;
        return NULL;
    }
    size_t n = strlen(s);
    if (n > 2 && s[n - 1] == ']') {
        char *o = strrchr(s, '[');
        if (o && o > s && o[-1] == ' ')
            o[-1] = '\0';
    }
    return s;
}

/* ------------------------------------------------------------ roles */

typedef struct mrel {
    const char *role;
    long from, to;
    double order;
    const char *pref;         /* interned */
    size_t idx;
} mrel;

static int mrel_cmp(const void *a, const void *b)
{
    const mrel *x = a, *y = b;
    if (x->role != y->role)
        return x->role < y->role ? -1 : 1;
    if (x->from != y->from)
        return x->from < y->from ? -1 : 1;
    if (x->order != y->order)
        return x->order < y->order ? -1 : 1;
    return (x->idx > y->idx) - (x->idx < y->idx);
}

typedef struct pnode {
    long concept;
    int depth;
    const char *pref;
} pnode;

typedef struct pres {
    mrel *rels;
    size_t nrels;
    tx_pmap first;            /* (role, from+1) -> first rel index + 1 */
} pres;

static void dfs(model *m, pres *P, const char *role, long c, int depth, const char *pref,
                pnode **out, size_t *n, size_t *cap, long *path, int npath)
{
    for (int i = 0; i < npath; i++)
        if (path[i] == c)
            return;   /* a cycle */
    if (npath >= 60 || grow(m, (void **)out, cap, *n + 1, sizeof **out) != 0)
        return;
    (*out)[(*n)++] = (pnode){c, depth, pref};
    path[npath] = c;
    tx_pkey k = {{role, (void *)(size_t)(c + 1)}};
    size_t at;
    if (!tx_pmap_get(&P->first, &k, &at))
        return;
    for (size_t i = at; i < P->nrels && P->rels[i].role == role && P->rels[i].from == c; i++)
        dfs(m, P, role, P->rels[i].to, depth + 1, P->rels[i].pref, out, n, cap, path, npath + 1);
}

/* ------------------------------------------------------------ tables */

static int is_abstract(const model *m, long c)
{
    return c < 0 || m->d.concepts[c].abstract;
}

static int concept_is_instant(const model *m, long c)
{
    return c >= 0 && m->d.concepts[c].instant;
}



/* 1 if fact f belongs to table t: its entity, and each of its dimensions on
 * an axis of the table with a member listed. */
static int fact_fits(const model *m, const mtable *t, const mfact *f)
{
    if (f->ent != t->ent || f->ctx < 0)
        return 0;
    const mctx *x = &m->ctxs[f->ctx];
    for (size_t i = 0; i < x->ndims; i++) {
        size_t a = 0;
        while (a < t->naxes && t->axes[a] != x->dims[i].axis)
            a++;
        if (a == t->naxes || x->dims[i].member < 0)
            return 0;
        size_t k = 0;
        while (k < t->nmembers[a] && t->members[a][k] != x->dims[i].member)
            k++;
        if (k == t->nmembers[a] || m->d.dflt[t->axes[a]] == x->dims[i].member)
            return 0;
    }
    for (size_t a = 0; a < t->naxes; a++)
        if (!t->dflt_ok[a] && fact_member(m, f, t->axes[a]) == -1)
            return 0;
    return 1;
}

/* index of member mem among the axis' members, none (-1) last */
static size_t member_rank(const mtable *t, size_t a, long mem)
{
    for (size_t k = 0; k < t->nmembers[a]; k++)
        if (t->members[a][k] == mem)
            return k;
    return t->nmembers[a] + 1;
}

static void period_key(const mctx *x, char *pk, size_t n)
{
    if (!x || x->forever)
        snprintf(pk, n, "F");
    else if (x->instant)
        snprintf(pk, n, "I:%s", x->end);
    else
        snprintf(pk, n, "D:%s:%s", x->start, x->end);
}

/* The day before an ISO date. */
static void day_before(const char *d, char *out)
{
    int y = 0, mo = 0, da = 0;
    if (sscanf(d, "%d-%d-%d", &y, &mo, &da) != 3) {
        out[0] = '\0';
        return;
    }
    static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (--da == 0) {
        if (--mo == 0) {
            mo = 12;
            y--;
        }
        da = mdays[mo - 1] + (mo == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0));
    }
    snprintf(out, 11, "%04d-%02d-%02d", y, mo, da);
}

/* The key of a fact's column in table t. */
static char *col_key(const model *m, const mtable *t, const mfact *f, int with_unit)
{
    tx_buf b = {0};
    char pk[32] = "";
    if (!t->period_rows)
        period_key(f->ctx >= 0 ? &m->ctxs[f->ctx] : NULL, pk, sizeof pk);
    tx_buf_puts(&b, pk);
    for (size_t a = 0; a < t->naxes; a++)
        if (t->colaxis[a] == 1)
            tx_buf_printf(&b, "|%ld", fact_member(m, f, t->axes[a]));
    if (with_unit)
        tx_buf_printf(&b, "|k%d", f->kind == K_SHARES);
    return tx_buf_take(&b);
}

/* The columns of a table being filled, looked up by key: the column of a
 * key, and the first duration column a key's rest ("|members|kN") opens
 * the day after a date ("S" map) or closes on it ("E" map). */
typedef struct colmaps {
    tx_smap key, opens, closes;
} colmaps;

static long find_col(const colmaps *cm, const char *key)
{
    size_t v;
    return tx_smap_get(&cm->key, key, &v) ? (long)v : -1;
}

/* "date|rest" */
static int date_rest_key(char *out, size_t n, const char *date, const char *key)
{
    const char *rest = strchr(key, '|');
    return snprintf(out, n, "%s%s", date, rest ? rest : "") < (int)n;
}

static long add_col(model *m, mtable *t, colmaps *cm, char *key, const mfact *f, size_t fi,
                    size_t *cap)
{
    if (grow(m, (void **)&t->cols, cap, t->ncols + 1, sizeof *t->cols) != 0 ||
        tx_smap_put(&cm->key, key, t->ncols) != 0) {
        m->oom = 1;
        free(key);
        return -1;
    }
    mcol *c = &t->cols[t->ncols];
    memset(c, 0, sizeof *c);
    c->key = key;
    c->first = fi;
    c->kind = -1;
    const mctx *x = f->ctx >= 0 ? &m->ctxs[f->ctx] : NULL;
    if (!t->period_rows && x) {
        period_key(x, c->pk, sizeof c->pk);
        c->instant = x->instant;
        memcpy(c->start, x->start, sizeof c->start);
        memcpy(c->end, x->end, sizeof c->end);
    }
    c->members = xcalloc(m, t->naxes, sizeof(long));
    for (size_t a = 0; c->members && a < t->naxes; a++)
        c->members[a] = t->colaxis[a] == 1 ? fact_member(m, f, t->axes[a]) : -1;
    if (!c->instant && *c->start) {
        char before[11], k[160];
        day_before(c->start, before);
        if ((date_rest_key(k, sizeof k, before, key) && tx_smap_put(&cm->opens, k, t->ncols) != 0) ||
            (date_rest_key(k, sizeof k, c->end, key) && tx_smap_put(&cm->closes, k, t->ncols) != 0))
            m->oom = 1;
    }
    return (long)t->ncols++;
}

typedef struct occ_part {
    int how;                  /* 0 none, 1 axis, 2 period */
    size_t axis;
    long *vals;               /* distinct values sorted (axis: members; period: ctx) */
    size_t nvals;
} occ_part;

static int ctx_chrono(const model *m, long a, long b)
{
    const mctx *x = &m->ctxs[a], *y = &m->ctxs[b];
    int c = strcmp(x->end, y->end);
    return c ? c : strcmp(x->start, y->start);
}

/* Builds the table of role R for entity e from the presentation nodes. */
static void build_table(model *m, mtable *t, const pnode *nodes, size_t nn)
{
    /* skip a lone abstract root: it is the title */
    size_t roots = 0;
    for (size_t i = 0; i < nn; i++)
        roots += nodes[i].depth == 0;
    int skip_root = roots == 1 && is_abstract(m, nodes[0].concept);
    size_t rcap = 0, acap = 0;
    for (size_t i = 0; i < nn && !m->oom; i++) {
        const pnode *p = &nodes[i];
        if (skip_root && i == 0)
            continue;
        long c = p->concept;
        const tx_rconcept *vc = &m->d.concepts[c];
        if (vc->dimension) {
            /* an axis: its members are the nodes under it */
            if (grow(m, (void **)&t->axes, &acap, t->naxes + 1, sizeof *t->axes) != 0)
                break;
            size_t a = t->naxes;
            size_t c1 = a, c2 = a, c3 = a, c4 = a;
            if (grow(m, (void **)&t->members, &c1, a + 1, sizeof *t->members) != 0 ||
                grow(m, (void **)&t->nmembers, &c2, a + 1, sizeof *t->nmembers) != 0 ||
                grow(m, (void **)&t->dflt_ok, &c3, a + 1, sizeof *t->dflt_ok) != 0 ||
                grow(m, (void **)&t->colaxis, &c4, a + 1, sizeof *t->colaxis) != 0)
                break;
            t->axes[a] = c;
            t->members[a] = NULL;
            t->nmembers[a] = 0;
            t->dflt_ok[a] = 0;
            t->colaxis[a] = 0;
            size_t mcap = 0;
            size_t j = i + 1;
            for (; j < nn && nodes[j].depth > p->depth; j++) {
                long mem = nodes[j].concept;
                int dflt = m->d.dflt[c] == mem ||
                           (m->d.dflt[c] < 0 && strlen(m->d.concepts[mem].name) > 6 &&
                            strcmp(m->d.concepts[mem].name + strlen(m->d.concepts[mem].name) - 6,
                                   "Domain") == 0);
                if (dflt)
                    t->dflt_ok[a] = 1;
                if (grow(m, (void **)&t->members[a], &mcap, t->nmembers[a] + 1, sizeof(long)) == 0)
                    t->members[a][t->nmembers[a]++] = mem;
            }
            t->naxes++;
            i = j - 1;
            continue;
        }
        if (vc->hypercube)
            continue;
        if (grow(m, (void **)&t->rows, &rcap, t->nrows + 1, sizeof *t->rows) != 0)
            break;
        mrow *r = &t->rows[t->nrows];
        memset(r, 0, sizeof *r);
        r->depth = p->depth - skip_root;
        r->heading = is_abstract(m, c);
        r->concept = c;
        r->pref = p->pref;
        r->label = tx_rm_label_of(m, c, p->pref);
        t->nrows++;
    }
}

/* Fills the cells of table t (its rows and axes known). */
/* Whether fact f's member on a row axis of t is one that a row printed
 * once per member shows (parts: the partitions of t's rows). */
static int row_member_used(const model *m, const mtable *t, const occ_part *part, const mfact *f)
{
    for (size_t r = 0; r < t->nrows; r++) {
        if (part[r].how != 1)
            continue;
        long v = fact_member(m, f, t->axes[part[r].axis]);
        for (size_t k = 0; k < part[r].nvals; k++)
            if (part[r].vals[k] == v)
                return 1;
    }
    return 0;
}

static void fill_table(model *m, mtable *t)
{
    /* occurrences: the rows of each concept before a row (occ) and in all
       (times[concept]) */
    int *times = xcalloc(m, m->d.nconcepts, sizeof *times);
    occ_part *part = xcalloc(m, t->nrows, sizeof *part);
    size_t *cellcap = xcalloc(m, t->nrows, sizeof *cellcap);
    colmaps cm;
    memset(&cm, 0, sizeof cm);
    if (!times || !part || !cellcap) {
        free(times);
        free(part);
        free(cellcap);
        return;
    }
    for (size_t r = 0; r < t->nrows; r++) {
        mrow *row = &t->rows[r];
        if (!row->heading)
            row->occ = times[row->concept]++;
    }
    /* partitions of repeated concepts */
    for (size_t a = 0; a < t->naxes; a++) {
        /* column axis: some concept's facts take two values on it */
        for (size_t r = 0; r < t->nrows && !t->colaxis[a]; r++) {
            if (t->rows[r].heading)
                continue;
            long first = -3;
            for (long fi = m->concept_facts_first[t->rows[r].concept]; fi >= 0; fi = m->fact_next[fi]) {
                if (!fact_fits(m, t, &m->facts[fi]))
                    continue;
                long v = fact_member(m, &m->facts[fi], t->axes[a]);
                if (first == -3)
                    first = v;
                else if (v != first) {
                    t->colaxis[a] = 1;
                    break;
                }
            }
        }
    }
    /* a roll-forward: a balance (an instant) printed in several rows */
    int rollforward = 0;
    for (size_t r = 0; r < t->nrows && !rollforward; r++)
        rollforward = !t->rows[r].heading && t->rows[r].occ > 0 &&
                      concept_is_instant(m, t->rows[r].concept);
    for (size_t r = 0; r < t->nrows && !m->oom; r++) {
        mrow *row = &t->rows[r];
        if (row->heading)
            continue;
        size_t k = (size_t)times[row->concept];
        if (k < 2)
            continue;
        /* an axis with exactly k values, else the periods */
        for (size_t a = 0; a <= t->naxes && !part[r].how; a++) {
            /* (not an axis of the columns of a roll-forward: an equity
               statement's rows repeat per balance date and per year, its
               components are the columns) */
            if (a < t->naxes && t->colaxis[a] == 1 && rollforward)
                continue;
            long *vals = xcalloc(m, 64, sizeof(long));
            long first_line[64];      /* per value: the first exhibit line */
            size_t nv = 0;
            int over = 0;
            for (long fi = m->concept_facts_first[row->concept]; vals && fi >= 0; fi = m->fact_next[fi]) {
                const mfact *f = &m->facts[fi];
                if (!fact_fits(m, t, f))
                    continue;
                long v = a < t->naxes ? fact_member(m, f, t->axes[a]) : f->ctx;
                size_t j = 0;
                while (j < nv && vals[j] != v &&
                       !(a == t->naxes && ctx_chrono(m, vals[j], v) == 0 &&
                         strcmp(m->ctxs[vals[j]].start, m->ctxs[v].start) == 0))
                    j++;
                long line = f->line > 0 ? f->line : LONG_MAX;
                if (j == nv) {
                    if (nv == 64) {
                        over = 1;
                        break;
                    }
                    first_line[nv] = line;
                    vals[nv++] = v;
                } else if (line < first_line[j]) {
                    first_line[j] = line;
                }
            }
            if (vals && !over && nv == k) {
                /* sort: members in the order the exhibit printed their
                   facts (the rows are in printed order), else by rank
                   (none last); periods chronologically */
                for (size_t x = 1; x < nv; x++)
                    for (size_t y = x; y > 0; y--) {
                        int lines = first_line[y - 1] != LONG_MAX && first_line[y] != LONG_MAX;
                        int gt = a == t->naxes ? ctx_chrono(m, vals[y - 1], vals[y]) > 0
                                 : lines       ? first_line[y - 1] > first_line[y]
                                               : member_rank(t, a, vals[y - 1]) > member_rank(t, a, vals[y]);
                        if (!gt)
                            break;
                        long tmp = vals[y];
                        vals[y] = vals[y - 1];
                        vals[y - 1] = tmp;
                        tmp = first_line[y];
                        first_line[y] = first_line[y - 1];
                        first_line[y - 1] = tmp;
                    }
                part[r].how = a < t->naxes ? 1 : 2;
                part[r].axis = a;
                part[r].vals = vals;
                part[r].nvals = nv;
                if (a < t->naxes)
                    t->colaxis[a] = 2;
            } else {
                free(vals);
            }
            if (a == t->naxes && part[r].how == 2) {
                int any_col = 0;
                for (size_t b = 0; b < t->naxes; b++)
                    any_col |= t->colaxis[b] == 1;
                if (any_col)
                    t->period_rows = 1;
                else {
                    free(part[r].vals);
                    memset(&part[r], 0, sizeof part[r]);
                }
            }
        }
    }
    /* a unit split: a column member with shares and amounts */
    int unit_split = 0;
    for (size_t a = 0; a < t->naxes; a++)
        unit_split |= t->colaxis[a] == 1;
    /* columns and cells: instants of a table with durations go to the
       duration column they open or close */
    int has_dur = 0;
    for (size_t q = 0; q < t->nrows && !has_dur; q++) {
        if (t->rows[q].heading || concept_is_instant(m, t->rows[q].concept))
            continue;
        for (long g = m->concept_facts_first[t->rows[q].concept]; g >= 0 && !has_dur; g = m->fact_next[g])
            has_dur = fact_fits(m, t, &m->facts[g]) && m->facts[g].ctx >= 0 &&
                      !m->ctxs[m->facts[g].ctx].instant;
    }
    /* a row axis (a concept printed once per member: net income, GAAP and
       non-GAAP, in a reconciliation): the rows printed once show the facts
       of the members no such row shows (the adjustments), when they have any */
    unsigned char *other_member = xcalloc(m, t->nrows ? t->nrows : 1, 1);
    for (size_t r = 0; other_member && r < t->nrows; r++) {
        if (t->rows[r].heading || part[r].how)
            continue;
        for (long fi = m->concept_facts_first[t->rows[r].concept]; fi >= 0 && !other_member[r];
             fi = m->fact_next[fi])
            other_member[r] = fact_fits(m, t, &m->facts[fi]) &&
                              !row_member_used(m, t, part, &m->facts[fi]);
    }
    size_t ccap = 0;
    for (int pass = 0; pass < 2 && !m->oom; pass++) {
        /* pass 0: facts whose period fits a column of their own kind;
           pass 1: instants of duration tables, placed at a column's start
           or end */
        for (size_t r = 0; r < t->nrows && !m->oom; r++) {
            mrow *row = &t->rows[r];
            if (row->heading)
                continue;
            int inst = concept_is_instant(m, row->concept);
            for (long fi = m->concept_facts_first[row->concept]; fi >= 0; fi = m->fact_next[fi]) {
                const mfact *f = &m->facts[fi];
                if (!fact_fits(m, t, f))
                    continue;
                if (other_member && other_member[r] && row_member_used(m, t, part, f))
                    continue;
                if (part[r].how) {
                    long v = part[r].how == 1 ? fact_member(m, f, t->axes[part[r].axis]) : f->ctx;
                    if ((size_t)row->occ >= part[r].nvals)
                        continue;
                    long want = part[r].vals[row->occ];
                    if (part[r].how == 1 ? v != want
                                         : (ctx_chrono(m, v, want) != 0 ||
                                            strcmp(m->ctxs[v].start, m->ctxs[want].start) != 0))
                        continue;
                }
                long col = -1;
                int waits = inst && !t->period_rows && has_dur;
                if (pass == 0 && !waits) {
                    char *key = col_key(m, t, f, unit_split);
                    if (!key) {
                        m->oom = 1;
                        break;
                    }
                    col = find_col(&cm, key);
                    if (col < 0)
                        col = add_col(m, t, &cm, key, f, (size_t)fi, &ccap);
                    else
                        free(key);
                } else if (pass == 1 && waits) {
                    /* the duration column it opens (the day before its start)
                       or closes */
                    const mctx *x = &m->ctxs[f->ctx];
                    int k = times[row->concept];
                    int want_start = row->pref && strstr(row->pref, "periodStart")
                                         ? 1
                                         : row->pref && strstr(row->pref, "periodEnd") ? 0
                                                                                       : (k >= 2 && row->occ == 0);
                    char *key = col_key(m, t, f, unit_split);
                    if (!key) {
                        m->oom = 1;
                        break;
                    }
                    char dk[160];
                    size_t v;
                    for (int tries = 0; tries < 2 && col < 0; tries++) {
                        int st = tries == 0 ? want_start : !want_start;
                        if (tries == 1 && (k >= 2 || row->pref))
                            break;
                        if (date_rest_key(dk, sizeof dk, x->end, key) &&
                            tx_smap_get(st ? &cm.opens : &cm.closes, dk, &v))
                            col = (long)v;
                    }
                    free(key);
                    if (col < 0)
                        continue;   /* no column opens or closes there */
                } else {
                    continue;
                }
                if (col < 0)
                    continue;
                /* the row's cells grow with the columns (cls: the cells
                   set to -1 so far) */
                if (t->ncols > cellcap[r]) {
                    size_t cap = cellcap[r] ? cellcap[r] : 8;
                    while (cap < t->ncols)
                        cap *= 2;
                    long *cells = realloc(row->cells, cap * sizeof *cells);
                    if (!cells) {
                        m->oom = 1;
                        break;
                    }
                    row->cells = cells;
                    cellcap[r] = cap;
                }
                for (size_t q = (size_t)row->cls; q < t->ncols; q++)
                    row->cells[q] = -1;
                row->cls = (int)t->ncols;
                if (row->cells[col] < 0)
                    row->cells[col] = fi;
                if ((size_t)fi < t->cols[col].first)
                    t->cols[col].first = (size_t)fi;
            }
        }
    }
    free(other_member);
    for (size_t r = 0; r < t->nrows; r++) {
        free(part[r].vals);
        mrow *row = &t->rows[r];
        if (row->heading)
            continue;
        long *cells = realloc(row->cells, (t->ncols ? t->ncols : 1) * sizeof *cells);
        if (!cells) {
            m->oom = 1;
            continue;
        }
        for (size_t q = (size_t)row->cls; q < t->ncols; q++)
            cells[q] = -1;
        row->cells = cells;
        row->cls = 0;
    }
    free(part);
    free(times);
    free(cellcap);
    tx_smap_clear(&cm.key);
    tx_smap_clear(&cm.opens);
    tx_smap_clear(&cm.closes);
}

static const model *sort_m;
static const mtable *sort_t;

static int col_cmp(const void *a, const void *b)
{
    const mcol *x = a, *y = b;
    for (size_t k = 0; k < sort_t->naxes; k++) {
        if (sort_t->colaxis[k] != 1)
            continue;
        size_t rx = member_rank(sort_t, k, x->members[k]), ry = member_rank(sort_t, k, y->members[k]);
        if (rx != ry)
            return rx < ry ? -1 : 1;
    }
    return (x->first > y->first) - (x->first < y->first);
}

/* Orders the columns (members as the presentation lists them, then first
 * printed), merges rows of one printed line (equal labels, disjoint
 * cells), marks totals, scales. */
static void finish_table(model *m, mtable *t)
{
    /* columns of another table: a column that shows a few rows of a table
       of many (the cash balances of the years before, for the cash flow
       statement; the equity of the first year, for the equity statement)
       is not a printed column of it; its facts go to the tables that
       printed them.  (Not in tables with columns per member.) */
    int member_cols = 0;
    for (size_t a = 0; a < t->naxes; a++)
        member_cols |= t->colaxis[a] == 1;
    size_t most = 0;
    size_t *filled = t->ncols > 2 && !member_cols ? xcalloc(m, t->ncols, sizeof *filled) : NULL;
    for (size_t q = 0; filled && q < t->ncols; q++) {
        for (size_t r = 0; r < t->nrows; r++)
            filled[q] += t->rows[r].cells && t->rows[r].cells[q] >= 0;
        if (filled[q] > most)
            most = filled[q];
    }
    if (filled && most >= 8) {
        size_t w = 0;
        for (size_t q = 0; q < t->ncols; q++) {
            if (filled[q] * 5 < most) {
                free(t->cols[q].key);
                free(t->cols[q].members);
                continue;
            }
            for (size_t r = 0; r < t->nrows; r++)
                if (t->rows[r].cells)
                    t->rows[r].cells[w] = t->rows[r].cells[q];
            t->cols[w++] = t->cols[q];
        }
        t->ncols = w;
    }
    free(filled);
    if (t->ncols > 1) {
        /* sort columns and permute the cells */
        size_t *perm = xcalloc(m, t->ncols, sizeof *perm);
        mcol *copy = xcalloc(m, t->ncols, sizeof *copy);
        long *tmp = xcalloc(m, t->ncols, sizeof *tmp);
        if (perm && copy && tmp) {
            for (size_t i = 0; i < t->ncols; i++)
                t->cols[i].sscale = (int)i;   /* remember the old index */
            sort_m = m;
            sort_t = t;
            tx_sort(t->cols, t->ncols, sizeof *t->cols, col_cmp);
            for (size_t i = 0; i < t->ncols; i++)
                perm[i] = (size_t)t->cols[i].sscale;
            for (size_t r = 0; r < t->nrows; r++) {
                if (!t->rows[r].cells)
                    continue;
                for (size_t i = 0; i < t->ncols; i++)
                    tmp[i] = t->rows[r].cells[perm[i]];
                memcpy(t->rows[r].cells, tmp, t->ncols * sizeof *tmp);
            }
        }
        free(perm);
        free(copy);
        free(tmp);
    }
    /* merge: an item row after an item row of the same label and depth
       whose cells it does not overlap */
    size_t w = 0;
    for (size_t r = 0; r < t->nrows; r++) {
        mrow *row = &t->rows[r];
        if (w > 0 && !row->heading && !t->rows[w - 1].heading && row->cells &&
            t->rows[w - 1].cells && row->depth == t->rows[w - 1].depth &&
            strcmp(row->label, t->rows[w - 1].label) == 0 &&
            pref_negated(row->pref) == pref_negated(t->rows[w - 1].pref)) {
            int clash = 0;
            for (size_t q = 0; q < t->ncols; q++)
                clash |= row->cells[q] >= 0 && t->rows[w - 1].cells[q] >= 0;
            if (!clash) {
                for (size_t q = 0; q < t->ncols; q++)
                    if (row->cells[q] >= 0)
                        t->rows[w - 1].cells[q] = row->cells[q];
                free(row->label);
                free(row->cells);
                continue;
            }
        }
        t->rows[w++] = *row;
    }
    t->nrows = w;
    /* totals: a row summing rows above it; grand: no later row sums it */
    for (size_t r = 0; r < t->nrows; r++) {
        mrow *row = &t->rows[r];
        if (row->heading)
            continue;
        int sums = row->pref && strstr(row->pref, "totalLabel") != NULL;
        for (size_t q = 0; q < r && !sums; q++)
            sums = !t->rows[q].heading && is_calc_parent(m, row->concept, t->rows[q].concept);
        if (!sums)
            continue;
        int summed = 0;
        for (size_t q = r + 1; q < t->nrows && !summed; q++)
            summed = !t->rows[q].heading && is_calc_parent(m, t->rows[q].concept, row->concept);
        row->cls = summed ? 1 : 2;
    }
    /* scales: the most common of the money cells; shares per column */
    int count[10] = {0}, scount[10] = {0};
    for (size_t r = 0; r < t->nrows; r++)
        for (size_t q = 0; t->rows[r].cells && q < t->ncols; q++) {
            long fi = t->rows[r].cells[q];
            if (fi < 0)
                continue;
            const mfact *f = &m->facts[fi];
            if (f->kind == K_MONEY)
                count[scale_of_dec(f->dec)]++;
            else if (f->kind == K_SHARES)
                scount[scale_of_dec(f->dec)]++;
        }
    t->ms = t->ss = 0;
    for (int s = 0; s < 10; s++) {
        if (count[s] > count[t->ms])
            t->ms = s;
        if (scount[s] > scount[t->ss])
            t->ss = s;
    }
    for (size_t q = 0; q < t->ncols; q++) {
        int cs[10] = {0}, best = t->ss, n = 0;
        for (size_t r = 0; r < t->nrows; r++) {
            long fi = t->rows[r].cells ? t->rows[r].cells[q] : -1;
            if (fi >= 0 && m->facts[fi].kind == K_SHARES) {
                cs[scale_of_dec(m->facts[fi].dec)]++;
                n++;
            }
        }
        for (int s = 0; s < 10 && n; s++)
            if (cs[s] > cs[best])
                best = s;
        t->cols[q].sscale = best;
    }
}

/* Frees what table t holds (not t). */
void tx_rm_table_free(mtable *t)
{
    for (size_t r = 0; r < t->nrows; r++) {
        free(t->rows[r].label);
        free(t->rows[r].cells);
    }
    free(t->rows);
    for (size_t q = 0; q < t->ncols; q++) {
        free(t->cols[q].key);
        free(t->cols[q].members);
    }
    free(t->cols);
    for (size_t a = 0; a < t->naxes; a++)
        free(t->members[a]);
    free(t->axes);
    free(t->members);
    free(t->nmembers);
    free(t->dflt_ok);
    free(t->colaxis);
    free(t->title);
    free(t->kind);
}

/* The roles of the presentation, in order, and their trees. */
void tx_rm_build_tables(model *m)
{
    tx_rdts *d = &m->d;
    /* presentation relationships: the filer's own (walk.c) */
    pres P = {0};
    P.rels = xcalloc(m, d->npres, sizeof *P.rels);
    for (size_t i = 0; P.rels && i < d->npres; i++)
        P.rels[P.nrels++] = (mrel){d->pres[i].role, d->pres[i].from, d->pres[i].to,
                                   d->pres[i].order, d->pres[i].pref, d->pres[i].seq};
    tx_sort(P.rels, P.nrels, sizeof *P.rels, mrel_cmp);
    for (size_t i = 0; i < P.nrels && !m->oom; i++)
        if (i == 0 || P.rels[i].role != P.rels[i - 1].role || P.rels[i].from != P.rels[i - 1].from) {
            tx_pkey k = {{P.rels[i].role, (void *)(size_t)(P.rels[i].from + 1)}};
            if (tx_pmap_put(&P.first, &k, i) != 0)
                m->oom = 1;
        }
    /* the roles in the order of their declarations (sort codes first) */
    const char **roles = xcalloc(m, P.nrels + 1, sizeof *roles);
    size_t nroles = 0;
    for (size_t i = 0; roles && i < d->nroles; i++) {
        const char *u = d->roles[i].uri;
        int used = 0, seen = 0;
        for (size_t k = 0; k < P.nrels && !used; k++)
            used = P.rels[k].role == u;
        for (size_t k = 0; k < nroles && !seen; k++)
            seen = roles[k] == u;
        if (used && !seen)
            roles[nroles++] = u;
    }
    for (size_t k = 0; roles && k < P.nrels; k++) {
        int seen = 0;
        for (size_t j = 0; j < nroles && !seen; j++)
            seen = roles[j] == P.rels[k].role;
        if (!seen)
            roles[nroles++] = P.rels[k].role;
    }
    /* a definition "NNN - ..." sorts by NNN (stable otherwise) */
    char **defs = xcalloc(m, nroles, sizeof *defs);
    for (size_t k = 0; defs && k < nroles; k++) {
        for (size_t i = 0; i < d->nroles && !defs[k]; i++)
            if (d->roles[i].uri == roles[k] && d->roles[i].def)
                defs[k] = tx_strdup(d->roles[i].def);
        if (!defs[k]) {
            const char *s = strrchr(roles[k], '/');
            defs[k] = tx_strdup(s ? s + 1 : roles[k]);
        }
    }
    for (size_t x = 1; defs && x < nroles; x++)
        for (size_t y = x; y > 0; y--) {
            long a = strtol(defs[y - 1], NULL, 10), b = strtol(defs[y], NULL, 10);
            if (!(a > b && strstr(defs[y - 1], " - ") && strstr(defs[y], " - ")))
                break;
            const char *tr = roles[y];
            roles[y] = roles[y - 1];
            roles[y - 1] = tr;
            char *td = defs[y];
            defs[y] = defs[y - 1];
            defs[y - 1] = td;
        }
    tx_pmap is_child = {0};
    for (size_t i = 0; i < P.nrels && !m->oom; i++) {
        tx_pkey k = {{P.rels[i].role, (void *)(size_t)(P.rels[i].to + 1)}};
        if (tx_pmap_put(&is_child, &k, 1) != 0)
            m->oom = 1;
    }
    /* the tables: per role, per entity with facts */
    size_t tcap = 0;
    for (size_t k = 0; defs && k < nroles && !m->oom; k++) {
        const char *role = roles[k];
        /* roots: parents that are nobody's child in the role */
        pnode *nodes = NULL;
        size_t nn = 0, ncap = 0;
        long path[64];
        for (size_t i = 0; i < P.nrels && !m->oom; i++) {
            if (P.rels[i].role != role || (i > 0 && P.rels[i - 1].role == role &&
                                           P.rels[i - 1].from == P.rels[i].from))
                continue;
            tx_pkey ck = {{role, (void *)(size_t)(P.rels[i].from + 1)}};
            size_t one;
            if (!tx_pmap_get(&is_child, &ck, &one))
                dfs(m, &P, role, P.rels[i].from, 0, NULL, &nodes, &nn, &ncap, path, 0);
        }
        /* title and kind: "NNN - Kind - Title" */
        char *def = defs[k];
        const char *title = def, *kind = "";
        char *kindbuf = NULL;
        const char *dash = strstr(def, " - ");
        if (dash && strspn(def, "0123456789") == (size_t)(dash - def)) {
            title = dash + 3;
            const char *d2 = strstr(title, " - ");
            if (d2) {
                kindbuf = tx_strndup(title, (size_t)(d2 - title));
                kind = kindbuf ? kindbuf : "";
                title = d2 + 3;
            }
        }
        for (size_t e = 0; e < m->nents && !m->oom; e++) {
            /* a title naming one entity of several is that entity's */
            int other = 0;
            for (size_t o = 0; o < m->nents && m->nents > 1; o++)
                if (o != e && m->ents[o].name && *m->ents[o].name &&
                    tx_strcasestr(title, m->ents[o].name) &&
                    !(m->ents[e].name && tx_strcasestr(title, m->ents[e].name)))
                    other = 1;
            if (other)
                continue;
            if (grow(m, (void **)&m->tabs, &tcap, m->ntabs + 1, sizeof *m->tabs) != 0)
                break;
            mtable *t = &m->tabs[m->ntabs];
            memset(t, 0, sizeof *t);
            t->role = role;
            t->ent = e;
            /* "JUNIPER NETWORKS, INC. - BALANCE SHEETS": the entity is the heading */
            const char *ti = title;
            if (m->ents[e].name && strncmp(ti, m->ents[e].name, strlen(m->ents[e].name)) == 0 &&
                strncmp(ti + strlen(m->ents[e].name), " - ", 3) == 0)
                ti += strlen(m->ents[e].name) + 3;
            t->title = xstrdup(m, ti);
            t->kind = xstrdup(m, kind);
            build_table(m, t, nodes, nn);
            fill_table(m, t);
            int cells = 0;
            for (size_t r = 0; r < t->nrows && !cells; r++)
                for (size_t q = 0; t->rows[r].cells && q < t->ncols && !cells; q++)
                    cells = t->rows[r].cells[q] >= 0;
            if (!cells) {
                tx_rm_table_free(t);
                continue;
            }
            finish_table(m, t);
            m->ntabs++;
        }
        free(kindbuf);
        free(nodes);
    }
    for (size_t k = 0; defs && k < nroles; k++)
        free(defs[k]);
    free(defs);
    free(roles);
    free(P.rels);
    tx_pmap_clear(&P.first);
    tx_pmap_clear(&is_child);
}

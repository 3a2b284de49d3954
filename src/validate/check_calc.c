/* check_calc.c - calculation consistency: XBRL Calculations 1.1 (interval
 * semantics on rounded values, the default) or XBRL 2.1 (inferred
 * precision, round half to even; the conformance suite's semantics). */
#include "validate/layers.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "validate/dts.h"
#include "validate/vinst.h"
#include "validate/calcmath.h"
#include "xbrl/xml.h"
#include "base/util.h"

/* ------------------------------------------------------------ binding */

static int is_ancestor_or_self(xmlNodePtr anc, xmlNodePtr n)
{
    for (; n; n = n->parent)
        if (n == anc)
            return 1;
    return 0;
}

static const tx_dts *arc_sort_dts;

/* Summation arcs by (from, role, document order). */
static int arc_group_cmp(const void *pa, const void *pb)
{
    size_t ia = *(const size_t *)pa, ib = *(const size_t *)pb;
    const tx_varc *a = &arc_sort_dts->arcs[ia], *b = &arc_sort_dts->arcs[ib];
    if (a->from != b->from)
        return a->from < b->from ? -1 : 1;
    int r = strcmp(a->role, b->role);
    if (r)
        return r;
    return ia < ib ? -1 : ia > ib;
}

static int usable(const tx_vfact *f)
{
    return f->concept->numeric && !f->nil && f->ctx >= 0 && f->unit >= 0 &&
           tx_decimal_ok(f->value) && f->ccls >= 0;
}

/* A fact that would take part but whose number is beyond tx_decimal's
 * limits (reported as xbrl.value-limit when it was read). */
static int beyond_limit(const tx_vfact *f)
{
    return f->concept->numeric && !f->nil && f->ctx >= 0 && f->unit >= 0 && f->value_limit &&
           f->ccls >= 0;
}

typedef struct sum_buf {
    tx_decimal *vals, *ws;
    int *decs;
    size_t *which;
    size_t cap;
} sum_buf;

static int sum_buf_room(sum_buf *b, size_t n)
{
    if (n <= b->cap)
        return 0;
    size_t cap = b->cap ? b->cap : 16;
    while (cap < n)
        cap *= 2;
    tx_decimal *v = realloc(b->vals, cap * sizeof *v);
    if (!v)
        return -1;
    b->vals = v;
    tx_decimal *w = realloc(b->ws, cap * sizeof *w);
    if (!w)
        return -1;
    b->ws = w;
    int *d = realloc(b->decs, cap * sizeof *d);
    if (!d)
        return -1;
    b->decs = d;
    size_t *x = realloc(b->which, cap * sizeof *x);
    if (!x)
        return -1;
    b->which = x;
    b->cap = cap;
    return 0;
}

static void sum_buf_free(sum_buf *b)
{
    free(b->vals);
    free(b->ws);
    free(b->decs);
    free(b->which);
}

/* calc.inconsistent, or calc.value-limit when the arithmetic went beyond
 * tx_decimal's limits (TX_CALC_LIMIT). */
static void report_summation(const tx_vinst *in, tx_report *rep, const tx_vfact *sf,
                             const tx_varc *arc, const sum_buf *b, size_t n, tx_decimal computed,
                             int sdec, int result)
{
    tx_buf m = {0};
    tx_buf_printf(&m, "%s = ", sf->concept->name);
    for (size_t k = 0; k < n; k++) {
        const tx_vfact *cf = &in->facts[b->which[k]];
        tx_decimal w = tx_decimal_trim(b->ws[k]);
        tx_buf_puts(&m, k ? " + " : "");
        if (tx_decimal_cmp(w, tx_decimal_make(1, 0)) != 0) {
            tx_decimal_put(&m, w);
            tx_buf_puts(&m, " * ");
        }
        tx_buf_printf(&m, "%s (line %ld)", cf->concept->name, cf->line);
    }
    if (result == TX_CALC_LIMIT) {
        tx_buf_printf(&m, ": not checked, the sum needs more than the %d significant digits txbrl "
                          "computes with (or an exponent beyond its range)", TX_DECIMAL_DIGITS);
    } else if (tx_decimal_ok(computed)) {
        tx_buf_puts(&m, ": computed ");
        tx_decimal_put(&m, tx_decimal_trim(computed));
    } else {
        tx_buf_puts(&m, ": computed nothing (a contribution has precision 0)");
    }
    if (result != TX_CALC_LIMIT)
        tx_buf_printf(&m, ", reported %s", sf->text ? sf->text : "");
    if (sdec != INT_MAX && sdec != INT_MIN)
        tx_buf_printf(&m, " (decimals %d)", sdec);
    tx_buf_printf(&m, "; role %s", arc->role);
    size_t before = tx_report_size(rep);
    if (result == TX_CALC_LIMIT)
        tx_xml_report(rep, TX_WARNING, in->name, sf->node, "calc.value-limit", "%s",
                      m.data && !m.failed ? m.data : "");
    else
        tx_xml_report(rep, TX_ERROR, in->name, sf->node, "calc.inconsistent", "%s",
                      m.data && !m.failed ? m.data : "");
    tx_buf_free(&m);
    const tx_vfact *one[1] = {sf};
    tx_vreport_facts(rep, before, one, 1);
    for (size_t k = 0; k < n && tx_report_size(rep) == before + 1; k++) {
        one[0] = &in->facts[b->which[k]];
        tx_vreport_facts(rep, before, one, 1);
    }
}

/* Calculations 1.1: why a summation is not checked. */
static void report_unchecked(const tx_vinst *in, tx_report *rep, const tx_vfact *sf,
                             const tx_varc *arc, const tx_vfact *why, int what)
{
    size_t before = tx_report_size(rep);
    if (what == TX_DUP_EXCESS)
        tx_xml_report(rep, TX_ERROR, in->name, sf->node, "calc.excess-digits",
                      "%s: not checked, %s = %s (line %ld) has more digits than its decimals (%d) "
                      "allow; role %s", sf->concept->name, why->concept->name,
                      why->text ? why->text : "", why->line, tx_vfact_decimals(why), arc->role);
    else if (what == TX_DUP_NO_VALUE)
        tx_xml_report(rep, TX_WARNING, in->name, sf->node, "calc.unverifiable",
                      "%s: not checked, %s (line %ld) has precision 0 (no number); role %s",
                      sf->concept->name, why->concept->name, why->line, arc->role);
    else
        tx_xml_report(rep, TX_WARNING, in->name, sf->node, "calc.unverifiable",
                      "%s: not checked, %s (line %ld) has inconsistent duplicates; role %s",
                      sf->concept->name, why->concept->name, why->line, arc->role);
    const tx_vfact *f[2] = {sf, why};
    tx_vreport_facts(rep, before, f, why == sf ? 1 : 2);
}

/* Calculations 1.1: the facts in[order[from..to)] are one set of duplicates
 * (one concept, context class, unit class and parent); *one gets the fact
 * the calculation uses, NULL when none is usable (all nil, or no number).
 * TX_DUP_* (*why: the fact that makes the set unusable), or TX_CALC_LIMIT. */
static int reduce_duplicates(const tx_vinst *in, size_t from, size_t to, sum_buf *d,
                             const tx_vfact **one, const tx_vfact **why)
{
    size_t n = 0, nil = 0;
    *one = *why = NULL;
    for (size_t k = from; k < to; k++) {
        const tx_vfact *f = &in->facts[in->order[k]];
        if (f->nil) {
            nil++;
            *why = f;
            continue;
        }
        if (!usable(f))
            continue;
        if (sum_buf_room(d, n + 1) != 0)
            return TX_CALC_LIMIT;
        d->vals[n] = f->value;
        d->decs[n] = tx_vfact_decimals(f);
        d->which[n] = in->order[k];
        n++;
    }
    if (n == 0)
        return TX_DUP_CONSISTENT;   /* nil or nothing: not reported */
    if (nil)
        return TX_DUP_INCONSISTENT; /* nil and a number */
    size_t best;
    int r = tx_calc11_duplicates(n, d->vals, d->decs, &best);
    *why = &in->facts[d->which[r == TX_DUP_INCONSISTENT ? 0 : best]];
    if (r == TX_DUP_CONSISTENT)
        *one = *why;
    return r;
}

/* The end of the set of duplicates starting at order[i]. */
static size_t duplicates_end(const tx_vinst *in, size_t i, size_t end)
{
    const tx_vfact *a = &in->facts[in->order[i]];
    size_t j = i + 1;
    while (j < end) {
        const tx_vfact *b = &in->facts[in->order[j]];
        if (b->concept != a->concept || b->ccls != a->ccls || b->ucls != a->ucls ||
            b->parent_id != a->parent_id)
            break;
        j++;
    }
    return j;
}

/* Calculations 1.1: the summation `sf` (its set of duplicates reduced to
 * it) against the children of its group of arcs, each set of duplicates
 * of a contributing concept reduced to its most precise fact. */
static tx_status check_summation11(const tx_vinst *in, tx_report *rep, const size_t *group,
                                   size_t ng, const tx_vfact *sf, sum_buf *b, sum_buf *d)
{
    const tx_dts *dts = in->dts;
    size_t n = 0;
    for (size_t g = 0; g < ng; g++) {
        const tx_varc *ca = &dts->arcs[group[g]];
        size_t first;
        size_t cnt = tx_vinst_lookup(in, &dts->concepts[ca->to], sf->ccls, sf->ucls, &first);
        for (size_t k = first; k < first + cnt;) {
            size_t e = duplicates_end(in, k, first + cnt);
            const tx_vfact *cf = &in->facts[in->order[k]];
            if (!is_ancestor_or_self(sf->parent, cf->parent)) {
                k = e;
                continue;
            }
            for (size_t x = k; x < e; x++)
                if (beyond_limit(&in->facts[in->order[x]]))
                    return TX_OK;   /* not checked: reported as xbrl.value-limit */
            const tx_vfact *one, *why;
            int r = reduce_duplicates(in, k, e, d, &one, &why);
            if (r == TX_CALC_LIMIT)
                return TX_OK;
            if (r != TX_DUP_CONSISTENT) {
                report_unchecked(in, rep, sf, ca, why, r);
                return TX_OK;
            }
            k = e;
            if (!one)
                continue;
            if (sum_buf_room(b, n + 1) != 0)
                return TX_ENOMEM;
            b->vals[n] = one->value;
            b->decs[n] = tx_vfact_decimals(one);
            b->ws[n] = ca->weight;
            b->which[n] = (size_t)(one - in->facts);
            n++;
        }
    }
    if (n == 0)
        return TX_OK;
    tx_decimal computed;
    int sdec = tx_vfact_decimals(sf);
    int r = tx_calc11_consistent(sf->value, sdec, n, b->vals, b->decs, b->ws, &computed);
    if (r != TX_CALC_CONSISTENT)
        report_summation(in, rep, sf, &dts->arcs[group[0]], b, n, computed, sdec, r);
    return TX_OK;
}

/* One summation fact against the children of its group of arcs (XBRL 2.1). */
static tx_status check_summation(const tx_vinst *in, tx_report *rep, const size_t *group,
                                 size_t ng, const tx_vfact *sf, sum_buf *b)
{
    const tx_dts *d = in->dts;
    size_t n = 0;
    for (size_t g = 0; g < ng; g++) {
        const tx_varc *ca = &d->arcs[group[g]];
        size_t first;
        size_t cnt = tx_vinst_lookup(in, &d->concepts[ca->to], sf->ccls, sf->ucls, &first);
        for (size_t k = 0; k < cnt; k++) {
            size_t ci = in->order[first + k];
            const tx_vfact *cf = &in->facts[ci];
            if (beyond_limit(cf) && is_ancestor_or_self(sf->parent, cf->parent))
                return TX_OK;   /* not checked: reported as xbrl.value-limit */
            if (!usable(cf) || !is_ancestor_or_self(sf->parent, cf->parent))
                continue;
            if (cf->dup)
                return TX_OK;   /* XBRL 2.1: duplicated contributions bind nothing */
            if (sum_buf_room(b, n + 1) != 0)
                return TX_ENOMEM;
            b->vals[n] = cf->value;
            b->decs[n] = tx_vfact_decimals(cf);
            b->ws[n] = ca->weight;
            b->which[n] = ci;
            n++;
        }
    }
    if (n == 0)
        return TX_OK;
    tx_decimal computed;
    int sdec = tx_vfact_decimals(sf);
    int r = tx_calc21_consistent(sf->value, sdec, n, b->vals, b->decs, b->ws, &computed);
    if (r != TX_CALC_CONSISTENT)
        report_summation(in, rep, sf, &d->arcs[group[0]], b, n, computed, sdec, r);
    return TX_OK;
}

tx_status tx_check_calc(tx_vinst *in, tx_report *rep)
{
    const tx_dts *d = in->dts;
    if (!d->narcs || !in->nfacts || !in->order)
        return TX_OK;
    size_t *sums = malloc(d->narcs * sizeof *sums);
    if (!sums)
        return TX_ENOMEM;
    size_t ns = 0;
    for (size_t a = 0; a < d->narcs; a++)
        if (strstr(d->arcs[a].arcrole, "summation-item"))
            sums[ns++] = a;
    arc_sort_dts = d;
    tx_sort(sums, ns, sizeof *sums, arc_group_cmp);
    sum_buf b = {0}, dsum = {0}, dset = {0};
    tx_status st = TX_OK;
    /* each (parent, role) group once; its summation facts by the index */
    for (size_t g0 = 0; g0 < ns && st == TX_OK;) {
        const tx_varc *arc = &d->arcs[sums[g0]];
        size_t g1 = g0 + 1;
        while (g1 < ns && d->arcs[sums[g1]].from == arc->from &&
               strcmp(d->arcs[sums[g1]].role, arc->role) == 0)
            g1++;
        const tx_vconcept *k = &d->concepts[arc->from];
        if (in->present[arc->from]) {
            size_t lo = 0, hi = in->nfacts;
            while (lo < hi) {
                size_t mid = lo + (hi - lo) / 2;
                if (in->facts[in->order[mid]].concept < k)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            size_t end = lo;
            while (end < in->nfacts && in->facts[in->order[end]].concept == k)
                end++;
            for (size_t i = lo; i < end && st == TX_OK;) {
                const tx_vfact *sf = &in->facts[in->order[i]];
                if (!in->calc11) {
                    i++;
                    if (usable(sf) && !sf->dup)
                        st = check_summation(in, rep, sums + g0, g1 - g0, sf, &b);
                    continue;
                }
                /* Calculations 1.1: each set of duplicates of the summation once */
                size_t e = duplicates_end(in, i, end);
                int limit = 0;
                for (size_t x = i; x < e; x++)
                    limit |= beyond_limit(&in->facts[in->order[x]]);
                const tx_vfact *one, *why;
                int r = limit ? TX_CALC_LIMIT : reduce_duplicates(in, i, e, &dsum, &one, &why);
                if (r == TX_DUP_CONSISTENT && one)
                    st = check_summation11(in, rep, sums + g0, g1 - g0, one, &b, &dset);
                else if (r != TX_DUP_CONSISTENT && r != TX_CALC_LIMIT)
                    report_unchecked(in, rep, why, arc, why, r);
                i = e;
            }
        }
        g0 = g1;
    }
    sum_buf_free(&b);
    sum_buf_free(&dsum);
    sum_buf_free(&dset);
    free(sums);
    return st;
}

/* ------------------------------------------------------------ DTS rules */

static int same_str(const char *a, const char *b)
{
    return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

tx_status tx_check_dts(const tx_dts *d, const char *name, tx_report *rep)
{
    (void)name;
    for (size_t a = 0; a < d->narcs; a++) {
        const tx_varc *arc = &d->arcs[a];
        if (!strstr(arc->arcrole, "/essence-alias"))
            continue;
        const tx_vconcept *e = &d->concepts[arc->from], *al = &d->concepts[arc->to];
        const char *what = NULL;
        if (!same_str(e->type_key, al->type_key))
            what = "item type";
        else if (!same_str(e->period_type, al->period_type))
            what = "periodType";
        else if (!same_str(e->balance, al->balance))
            what = "balance";
        if (what &&
            tx_report_add(rep, TX_ERROR, arc->file, arc->line, "dts.essence-alias",
                          "essence-alias arc from %s to %s: the two concepts differ in %s",
                          e->name, al->name, what) != TX_OK)
            return TX_ENOMEM;
    }
    return TX_OK;
}

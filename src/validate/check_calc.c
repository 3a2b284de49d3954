/* check_calc.c - calculation consistency: XBRL Calculations 1.1 (interval
 * semantics on rounded values, the default) or XBRL 2.1 (inferred
 * precision, round half to even; the conformance suite's semantics). */
#include "validate/validate.h"

#include <ctype.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"

/* ------------------------------------------------------------ numbers */

#define COEF_MAX ((__int128)1 << 120)

static tx_vnum bad_num(void)
{
    tx_vnum v = {0, 0, 0};
    return v;
}

static __int128 pow10_128(int k)
{
    __int128 p = 1;
    for (int i = 0; i < k; i++)
        p *= 10;
    return p;
}

static tx_vnum normalize(tx_vnum v)
{
    if (!v.ok)
        return v;
    if (v.coef == 0) {
        v.exp = 0;
        return v;
    }
    while (v.coef % 10 == 0) {
        v.coef /= 10;
        v.exp++;
    }
    return v;
}

tx_vnum tx_vnum_parse(const char *s)
{
    tx_vnum v = {0, 0, 1};
    while (*s && isspace((unsigned char)*s))
        s++;
    int neg = 0;
    if (*s == '+' || *s == '-')
        neg = *s++ == '-';
    int digits = 0, frac = 0, point = 0;
    for (; *s; s++) {
        if (*s == '.' && !point) {
            point = 1;
            continue;
        }
        if (!isdigit((unsigned char)*s))
            break;
        digits++;
        if (v.coef < COEF_MAX / 10) {
            v.coef = v.coef * 10 + (*s - '0');
            if (point)
                frac++;
        } else if (!point) {
            v.exp++;   /* beyond our width: drop low digits */
        }
    }
    if (!digits)
        return bad_num();
    v.exp -= frac;
    if (*s == 'e' || *s == 'E') {
        char *end;
        long e = strtol(s + 1, &end, 10);
        if (end == s + 1 || e > 1000 || e < -1000)
            return bad_num();
        v.exp += (int)e;
        s = end;
    }
    while (*s && isspace((unsigned char)*s))
        s++;
    if (*s)
        return bad_num();
    if (neg)
        v.coef = -v.coef;
    return normalize(v);
}

static tx_vnum round_mode(tx_vnum v, int decimals, int half_even)
{
    if (!v.ok || decimals == INT_MAX || v.exp >= -decimals)
        return v;
    if (decimals == INT_MIN)
        return bad_num();
    int drop = -decimals - v.exp;
    if (drop > 38) {
        tx_vnum z = {0, 0, 1};
        return z;
    }
    __int128 p = pow10_128(drop);
    __int128 q = v.coef / p, r = v.coef % p;
    __int128 ar = r < 0 ? -r : r;
    int sign = v.coef < 0 ? -1 : 1;
    if (ar * 2 > p || (ar * 2 == p && (!half_even || (q % 2 != 0))))
        q += sign;
    tx_vnum out = {q, -decimals, 1};
    return normalize(out);
}

tx_vnum tx_vnum_round(tx_vnum v, int decimals) { return round_mode(v, decimals, 1); }
tx_vnum tx_vnum_round_half_up(tx_vnum v, int decimals) { return round_mode(v, decimals, 0); }

static int align(tx_vnum *a, tx_vnum *b)
{
    while (a->exp > b->exp) {
        if (a->coef > COEF_MAX / 10 || a->coef < -COEF_MAX / 10)
            return -1;
        a->coef *= 10;
        a->exp--;
    }
    while (b->exp > a->exp) {
        if (b->coef > COEF_MAX / 10 || b->coef < -COEF_MAX / 10)
            return -1;
        b->coef *= 10;
        b->exp--;
    }
    return 0;
}

tx_vnum tx_vnum_add(tx_vnum a, tx_vnum b)
{
    if (!a.ok || !b.ok || align(&a, &b) != 0)
        return bad_num();
    tx_vnum r = {a.coef + b.coef, a.exp, 1};
    return normalize(r);
}

tx_vnum tx_vnum_mul(tx_vnum a, tx_vnum b)
{
    if (!a.ok || !b.ok)
        return bad_num();
    __int128 aa = a.coef < 0 ? -a.coef : a.coef, bb = b.coef < 0 ? -b.coef : b.coef;
    if (aa && bb > COEF_MAX / aa)
        return bad_num();
    tx_vnum r = {a.coef * b.coef, a.exp + b.exp, 1};
    return normalize(r);
}

tx_vnum tx_vnum_neg(tx_vnum a)
{
    a.coef = -a.coef;
    return a;
}

int tx_vnum_cmp(tx_vnum a, tx_vnum b)
{
    if (align(&a, &b) != 0)
        return a.coef < 0 ? -1 : 1;   /* huge difference in scale */
    return a.coef < b.coef ? -1 : a.coef > b.coef;
}

int tx_vnum_is_zero(tx_vnum a) { return a.ok && a.coef == 0; }

int tx_vnum_magnitude(tx_vnum v)
{
    if (!v.ok || v.coef == 0)
        return 0;
    __int128 c = v.coef < 0 ? -v.coef : v.coef;
    int digits = 0;
    while (c) {
        c /= 10;
        digits++;
    }
    return v.exp + digits - 1;
}

void tx_vnum_format(tx_vnum v, char *buf, size_t n)
{
    if (!n)
        return;
    if (!v.ok) {
        snprintf(buf, n, "NaN");
        return;
    }
    char digits[64];
    int len = 0;
    __int128 c = v.coef < 0 ? -v.coef : v.coef;
    do {
        digits[len++] = (char)('0' + (int)(c % 10));
        c /= 10;
    } while (c && len < 60);
    tx_buf b = {0};
    if (v.coef < 0)
        tx_buf_putc(&b, '-');
    if (v.exp >= 0) {
        for (int i = len - 1; i >= 0; i--)
            tx_buf_putc(&b, digits[i]);
        for (int i = 0; i < v.exp && i < 400; i++)
            tx_buf_putc(&b, '0');
    } else {
        int fr = -v.exp;
        if (len <= fr) {
            tx_buf_puts(&b, "0.");
            for (int i = 0; i < fr - len; i++)
                tx_buf_putc(&b, '0');
            for (int i = len - 1; i >= 0; i--)
                tx_buf_putc(&b, digits[i]);
        } else {
            for (int i = len - 1; i >= 0; i--) {
                tx_buf_putc(&b, digits[i]);
                if (i == fr)
                    tx_buf_putc(&b, '.');
            }
        }
    }
    snprintf(buf, n, "%s", b.data && !b.failed ? b.data : "?");
    tx_buf_free(&b);
}

int tx_infer_decimals(tx_vnum v, int precision)
{
    if (precision == INT_MAX)
        return INT_MAX;
    if (precision == 0)
        return INT_MIN;
    if (!v.ok || v.coef == 0)
        return INT_MAX;
    return precision - tx_vnum_magnitude(v) - 1;
}

/* ------------------------------------------------------------ rules */

int tx_calc21_consistent(tx_vnum total, int total_dec, size_t n, const tx_vnum *vals,
                         const int *decs, const tx_vnum *weights, tx_vnum *computed)
{
    tx_vnum sum = {0, 0, 1};
    for (size_t i = 0; i < n; i++) {
        if (decs[i] == INT_MIN)
            return 0;
        sum = tx_vnum_add(sum, tx_vnum_mul(tx_vnum_round(vals[i], decs[i]), weights[i]));
    }
    *computed = sum;
    if (total_dec == INT_MIN || !sum.ok)
        return 0;
    return tx_vnum_cmp(tx_vnum_round(sum, total_dec), tx_vnum_round(total, total_dec)) == 0;
}

/* Half a unit of the last place of `decimals`: 5 * 10^(-decimals-1). */
static tx_vnum half_ulp(int decimals)
{
    tx_vnum h = {5, -decimals - 1, 1};
    return h;
}

int tx_calc11_consistent(tx_vnum total, int total_dec, size_t n, const tx_vnum *vals,
                         const int *decs, const tx_vnum *weights, tx_vnum *computed)
{
    /* the sum's interval: every contribution's rounding interval, weighted */
    tx_vnum lo = {0, 0, 1}, hi = {0, 0, 1}, sum = {0, 0, 1};
    for (size_t i = 0; i < n; i++) {
        tx_vnum v = tx_vnum_mul(vals[i], weights[i]);
        sum = tx_vnum_add(sum, v);
        if (decs[i] == INT_MAX) {
            lo = tx_vnum_add(lo, v);
            hi = tx_vnum_add(hi, v);
            continue;
        }
        tx_vnum w = weights[i];
        if (w.coef < 0)
            w = tx_vnum_neg(w);
        tx_vnum h = tx_vnum_mul(half_ulp(decs[i]), w);
        lo = tx_vnum_add(lo, tx_vnum_add(v, tx_vnum_neg(h)));
        hi = tx_vnum_add(hi, tx_vnum_add(v, h));
    }
    *computed = sum;
    if (!lo.ok || !hi.ok || !total.ok)
        return 0;
    tx_vnum tlo = total, thi = total;
    if (total_dec != INT_MAX) {
        tx_vnum h = half_ulp(total_dec);
        tlo = tx_vnum_add(total, tx_vnum_neg(h));
        thi = tx_vnum_add(total, h);
    }
    return tx_vnum_cmp(tlo, hi) <= 0 && tx_vnum_cmp(lo, thi) <= 0;
}

/* ------------------------------------------------------------ binding */

static int fact_decimals(const tx_vfact *f)
{
    if (f->has_dec)
        return f->decimals;
    if (f->has_prec)
        return tx_infer_decimals(f->value, f->precision);
    return INT_MAX;
}

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
    return f->concept->numeric && !f->nil && f->ctx >= 0 && f->unit >= 0 && f->value.ok &&
           f->ccls >= 0;
}

typedef struct sum_buf {
    tx_vnum *vals, *ws;
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
    tx_vnum *v = realloc(b->vals, cap * sizeof *v);
    if (!v)
        return -1;
    b->vals = v;
    tx_vnum *w = realloc(b->ws, cap * sizeof *w);
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

static void report_inconsistent(const tx_vinst *in, tx_report *rep, const tx_vfact *sf,
                                const tx_varc *arc, const sum_buf *b, size_t n, tx_vnum computed,
                                int sdec)
{
    tx_buf m = {0};
    char buf[96];
    tx_buf_printf(&m, "%s = ", sf->concept->name);
    for (size_t k = 0; k < n; k++) {
        const tx_vfact *cf = &in->facts[b->which[k]];
        tx_vnum_format(b->ws[k], buf, sizeof buf);
        tx_buf_printf(&m, "%s%s%s%s (line %ld)", k ? " + " : "", strcmp(buf, "1") == 0 ? "" : buf,
                      strcmp(buf, "1") == 0 ? "" : " * ", cf->concept->name, cf->line);
    }
    tx_vnum_format(computed, buf, sizeof buf);
    tx_buf_printf(&m, ": computed %s, reported %s", buf, sf->text ? sf->text : "");
    if (sdec != INT_MAX && sdec != INT_MIN)
        tx_buf_printf(&m, " (decimals %d)", sdec);
    tx_buf_printf(&m, "; role %s", arc->role);
    size_t before = tx_report_size(rep);
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

/* One summation fact against the children of its group of arcs. */
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
            if (!usable(cf) || !is_ancestor_or_self(sf->parent, cf->parent))
                continue;
            if (!in->calc11 && cf->dup)
                return TX_OK;   /* XBRL 2.1: duplicated contributions bind nothing */
            if (sum_buf_room(b, n + 1) != 0)
                return TX_ENOMEM;
            b->vals[n] = cf->value;
            b->decs[n] = fact_decimals(cf);
            b->ws[n] = ca->weight;
            b->which[n] = ci;
            n++;
        }
    }
    if (n == 0)
        return TX_OK;
    tx_vnum computed;
    int sdec = fact_decimals(sf);
    int ok = in->calc11 ? tx_calc11_consistent(sf->value, sdec, n, b->vals, b->decs, b->ws, &computed)
                        : tx_calc21_consistent(sf->value, sdec, n, b->vals, b->decs, b->ws, &computed);
    if (!ok)
        report_inconsistent(in, rep, sf, &d->arcs[group[0]], b, n, computed, sdec);
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
    qsort(sums, ns, sizeof *sums, arc_group_cmp);
    sum_buf b = {0};
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
            for (size_t i = lo; i < in->nfacts && st == TX_OK; i++) {
                const tx_vfact *sf = &in->facts[in->order[i]];
                if (sf->concept != k)
                    break;
                if (!usable(sf) || (!in->calc11 && sf->dup))
                    continue;
                st = check_summation(in, rep, sums + g0, g1 - g0, sf, &b);
            }
        }
        g0 = g1;
    }
    free(b.vals);
    free(b.ws);
    free(b.decs);
    free(b.which);
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

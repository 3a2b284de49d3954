/* check_ties.c - cross-statement ties of the project taxonomy (tx-gaap):
 *   tie.balance-sheet   Assets = LiabilitiesAndStockholdersEquity, or
 *                       Assets = Liabilities + StockholdersEquity;
 *   tie.cash            cash at the instant before a period starts +
 *                       CashAndCashEquivalentsPeriodIncreaseDecrease = cash
 *                       at the period's end instant (beginning cash is the
 *                       prior instant's balance sheet cash, ending cash the
 *                       end instant's);
 *   tie.net-income      ProfitLoss = NetIncomeLoss when no noncontrolling
 *                       interest is reported (cash flow vs income statement
 *                       when the two statements used different concepts).
 * A value stands for the interval that rounds to it at its decimals
 * (Calculations 1.1), so rounded tables do not raise false alarms.  Facts
 * tie when they share entity, dimensions and unit; the same fact used by two
 * statements ties trivially. */
#include "validate/layers.h"

#include <stdint.h>
#include <stdlib.h>

#include "validate/calcmath.h"
#include "validate/dts.h"
#include "validate/vinst.h"
#include "xbrl/vocab.h"
#include "xbrl/xml.h"
#include "base/hashmap.h"
#include "base/util.h"

typedef struct tie {
    const tx_vinst *in;
    tx_report *rep;
    size_t assets, les, liab, equity, cash, cash_delta, profit, netinc, nci;
} tie;

#define NONE ((size_t)-1)

static size_t concept_index(const tx_dts *d, const char *local)
{
    char *k = tx_clark(TX_NS_GAAP, local);
    size_t i;
    int ok = k && tx_smap_get(&d->concept_index, k, &i);
    free(k);
    return ok ? i : NONE;
}

static int usable(const tx_vfact *f, size_t concept, const tx_dts *d)
{
    return concept != NONE && f->concept == &d->concepts[concept] && !f->nil && f->ctx >= 0 &&
           f->unit >= 0 && tx_decimal_ok(f->value);
}

/* Finds a fact of `concept` in the frame (entity, dimensions, unit) of
 * `like` whose context has the period kind/start/end: through the index. */
static const tx_vfact *find(const tie *t, size_t concept, const tx_vfact *like, int kind,
                            int64_t start, int64_t end)
{
    const tx_vinst *in = t->in;
    if (concept == NONE || !in->present[concept])
        return NULL;
    long cls = tx_vinst_context(in, like->ctx, kind, start, end);
    if (cls < 0)
        return NULL;
    size_t first;
    size_t n = tx_vinst_lookup(in, &in->dts->concepts[concept], cls, like->ucls, &first);
    for (size_t i = 0; i < n; i++) {
        const tx_vfact *f = &in->facts[in->order[first + i]];
        if (usable(f, concept, in->dts))
            return f;
    }
    return NULL;
}

static void report(const tie *t, const tx_vfact *at, const char *code, const char *what,
                   const tx_vfact *const *parts, size_t n, tx_decimal computed)
{
    tx_buf m = {0};
    tx_buf_printf(&m, "%s: %s", what, at->concept->name);
    tx_buf_printf(&m, " = %s (line %ld) but ", at->text ? at->text : "", at->line);
    for (size_t i = 0; i < n; i++)
        tx_buf_printf(&m, "%s%s %s (line %ld)", i ? " + " : "", parts[i]->concept->name,
                      parts[i]->text ? parts[i]->text : "", parts[i]->line);
    tx_buf_puts(&m, " = ");
    tx_decimal_put(&m, tx_decimal_trim(computed));
    size_t before = tx_report_size(t->rep);
    tx_xml_report(t->rep, TX_ERROR, t->in->name, at->node, code, "%s",
               m.data && !m.failed ? m.data : "");
    tx_buf_free(&m);
    const tx_vfact *one[1] = {at};
    tx_vreport_facts(t->rep, before, one, 1);
    if (tx_report_size(t->rep) == before + 1)
        tx_vreport_facts(t->rep, before, parts, n);
}

static void check_sum(const tie *t, const tx_vfact *total, const tx_vfact *const *parts,
                      size_t n, const char *code, const char *what)
{
    tx_decimal vals[4], ws[4];
    int decs[4];
    for (size_t i = 0; i < n; i++) {
        vals[i] = parts[i]->value;
        decs[i] = tx_vfact_decimals(parts[i]);
        ws[i] = tx_decimal_make(1, 0);
    }
    tx_decimal computed;
    /* a tie beyond tx_decimal's limits is not checked (TX_CALC_LIMIT) */
    if (tx_calc11_consistent(total->value, tx_vfact_decimals(total), n, vals, decs, ws,
                             &computed) == TX_CALC_INCONSISTENT)
        report(t, total, code, what, parts, n, computed);
}

tx_status tx_check_ties(tx_vinst *in, tx_report *rep)
{
    const tx_dts *d = in->dts;
    tie t = {in, rep, concept_index(d, "Assets"), concept_index(d, "LiabilitiesAndStockholdersEquity"),
             concept_index(d, "Liabilities"), concept_index(d, "StockholdersEquity"),
             concept_index(d, "CashAndCashEquivalentsAtCarryingValue"),
             concept_index(d, "CashAndCashEquivalentsPeriodIncreaseDecrease"),
             concept_index(d, "ProfitLoss"), concept_index(d, "NetIncomeLoss"),
             concept_index(d, "NetIncomeLossAttributableToNoncontrollingInterest")};
    if ((t.assets == NONE && t.cash == NONE && t.profit == NONE) || !in->order)
        return TX_OK;
    for (size_t i = 0; i < in->nfacts; i++) {
        const tx_vfact *f = &in->facts[i];
        if (usable(f, t.assets, d)) {
            const tx_vctx *x = &in->ctxs[f->ctx];
            const tx_vfact *les = find(&t, t.les, f, x->kind, x->start, x->end);
            if (les) {
                const tx_vfact *parts[1] = {les};
                check_sum(&t, f, parts, 1, "tie.balance-sheet",
                          "the balance sheet does not balance");
            } else {
                const tx_vfact *l = find(&t, t.liab, f, x->kind, x->start, x->end);
                const tx_vfact *e = find(&t, t.equity, f, x->kind, x->start, x->end);
                if (l && e) {
                    const tx_vfact *parts[2] = {l, e};
                    check_sum(&t, f, parts, 2, "tie.balance-sheet",
                              "the balance sheet does not balance");
                }
            }
        } else if (usable(f, t.cash_delta, d)) {
            const tx_vctx *x = &in->ctxs[f->ctx];
            if (x->kind != 2)
                continue;
            const tx_vfact *begin = find(&t, t.cash, f, 1, 0, x->start);
            const tx_vfact *end = find(&t, t.cash, f, 1, 0, x->end);
            if (begin && end) {
                const tx_vfact *parts[2] = {begin, f};
                check_sum(&t, end, parts, 2, "tie.cash",
                          "cash at the end of the period is not the beginning cash plus the "
                          "period's change");
            }
        } else if (usable(f, t.profit, d)) {
            const tx_vctx *x = &in->ctxs[f->ctx];
            if (find(&t, t.nci, f, x->kind, x->start, x->end))
                continue;
            const tx_vfact *ni = find(&t, t.netinc, f, x->kind, x->start, x->end);
            if (ni) {
                const tx_vfact *parts[1] = {ni};
                check_sum(&t, f, parts, 1, "tie.net-income",
                          "net income on the cash flow statement differs from the income "
                          "statement");
            }
        }
    }
    return TX_OK;
}

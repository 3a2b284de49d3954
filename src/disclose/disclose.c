/* disclose.c - disclosure checks: non-GAAP measures and their
 * reconciliations, prominence, justification; the driver.
 *
 * What counts as a non-GAAP measure: every non-GAAP statement (a table the
 * mapping rules call basis "nongaap", kind "income"), and every metric the
 * prose gives a figure for as non-GAAP ("non-GAAP net income ... was $14.7
 * million or $0.04 per share": non-GAAP net income and non-GAAP net income
 * per share; "NON-GAAP EPS $0.04" in the headline; "pro forma", "adjusted",
 * "excluding ...", EBITDA), once per entity and metric.
 *
 * Reconciled: the exhibit holds a reconciliation (kind "reconciliation") of
 * the same entity whose first line is the measure (its concept; a per-share
 * measure is reconciled through net income, which with the shares of the
 * non-GAAP statement gives it; a statement through its bottom line).
 *
 * A reconciliation foots when, in every column, its first line plus the
 * reconciling items equals its last line within rounding (each printed
 * term may be off by half a unit of its last digit), and ties when its first
 * line is the non-GAAP statement's figure and its last the GAAP statement's.
 *
 * Prominence: a non-GAAP earnings figure (net income, EPS) of the headline
 * needs the GAAP one before it in the headline; in the narrative, the first
 * non-GAAP earnings figure of an entity needs a GAAP one before it; a
 * non-GAAP statement needs the GAAP statement before it.
 *
 * Justification (comment 7 of the SEC letter, points i-iv), searched
 * sentence by sentence in the whole narrative and the notes under tables:
 *   i   usefulness: "useful", "meaningful", "helpful", "insight" with
 *       "investor(s)" or "reader(s)";
 *   ii  management's use: "management" with "use(s/d)", "evaluat",
 *       "internally", "budget", "compensat", "plan";
 *   iii economic substance: "substance", "not indicative", "non-recurring",
 *       "nonrecurring", "unusual", "core operat", "ongoing operat",
 *       "underlying";
 *   iv  limitations: "limitation", "in isolation", "substitute for",
 *       "superior to", "compensate for".
 * A list of what the measure excludes ("which excludes ...", "(1) The
 * non-GAAP statements exclude ...") says what it leaves out, and is named in
 * the warning (the nearest such sentence to the measure); it is none of i-iv: saying what is removed is not saying why
 * removing it helps investors, how management uses the result, or what the
 * measure then fails to show.  A missing point is a warning (it is true of
 * the seeds), once per measure.
 */
#include <stdlib.h>
#include <string.h>

#include "disclose/prose.h"
#include "base/util.h"

/* ------------------------------------------------------------ justification */

typedef struct just {
    long useful, manage, substance, limits;   /* first line, 0 none */
    long excl[64];                            /* lines saying what is excluded */
    size_t nexcl;
} just;

static int has(const char *s, size_t from, size_t to, const char *w)
{
    size_t n = strlen(w);
    for (size_t i = from; i + n <= to; i++)
        if (strncmp(s + i, w, n) == 0 &&
            (i == 0 || !((s[i - 1] >= 'a' && s[i - 1] <= 'z') || (s[i - 1] >= '0' && s[i - 1] <= '9'))))
            return 1;
    return 0;
}

static int any(const char *s, size_t from, size_t to, const char *const *ws, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (has(s, from, to, ws[i]))
            return 1;
    return 0;
}

#define ANY(s, a, b, list) any(s, a, b, list, sizeof list / sizeof list[0])

static int justification(const tx_prose_result *res, just *j)
{
    static const char *const useful[] = {"useful", "meaningful", "helpful", "insight"};
    static const char *const readers[] = {"investor", "reader", "shareholder", "user"};
    static const char *const uses[] = {"use", "uses", "used", "using", "evaluat", "internally",
                                       "budget", "compensat", "plan"};
    static const char *const subst[] = {"substance", "not indicative", "non-recurring",
                                        "nonrecurring", "unusual", "core operat",
                                        "ongoing operat", "underlying"};
    static const char *const limits[] = {"limitation", "in isolation", "substitute for",
                                         "superior to", "compensate for"};
    static const char *const excl[] = {"exclude", "excludes", "excluding", "exclusive of"};
    memset(j, 0, sizeof *j);
    for (size_t i = 0; i < res->nparas; i++) {
        const tx_para *p = &res->paras[i];
        size_t (*sent)[2] = malloc((p->len + 1) * sizeof *sent);
        if (!sent)
            return -1;
        size_t ns = tx_prose_sentences(p->text, p->len, sent, p->len + 1);
        for (size_t s = 0; s < ns; s++) {
            size_t a = sent[s][0], b = sent[s][1];
            long line = tx_para_line(p, a);
            if (!j->useful && ANY(p->low, a, b, useful) && ANY(p->low, a, b, readers))
                j->useful = line;
            if (!j->manage && has(p->low, a, b, "management") && ANY(p->low, a, b, uses))
                j->manage = line;
            if (!j->substance && ANY(p->low, a, b, subst))
                j->substance = line;
            if (!j->limits && ANY(p->low, a, b, limits))
                j->limits = line;
            if (j->nexcl < sizeof j->excl / sizeof j->excl[0] && ANY(p->low, a, b, excl))
                j->excl[j->nexcl++] = line;
        }
        free(sent);
    }
    return 0;
}

/* ------------------------------------------------------------ tables */

static const char *kind_of(const tx_mapping *map, size_t t)
{
    return map && t < map->ntables && map->tables[t].kind ? map->tables[t].kind : "";
}

static const char *basis_of(const tx_mapping *map, size_t t)
{
    return map && t < map->ntables && map->tables[t].basis ? map->tables[t].basis : "";
}

static const char *concept_of(const tx_mapping *map, size_t t, size_t r)
{
    if (!map || t >= map->ntables || r >= map->tables[t].nrows)
        return NULL;
    return map->tables[t].rows[r].concept;
}

static long table_line(const tx_table *tb)
{
    return tb->src_title ? tb->src_title : tb->src_header ? tb->src_header : tb->src_first;
}

static long row_line(const tx_row *r)
{
    return r->src_values ? r->src_values : r->src_first;
}

/* the value of `concept` in a statement (kind income, the given basis) of
 * the entity, in a column of the same period; 1 when found */
static int statement_value(const tx_exhibit *ex, const tx_mapping *map, const char *entity,
                           const char *basis, const char *concept, const tx_period *per,
                           tx_decimal *v, long *line, const char **text)
{
    for (size_t t = 0; t < ex->ntables; t++) {
        const tx_table *tb = &ex->tables[t];
        if (!tb->entity || strcmp(tb->entity, entity) != 0 || strcmp(kind_of(map, t), "income") != 0 ||
            strcmp(basis_of(map, t), basis) != 0)
            continue;
        for (size_t c = 0; c < tb->ncols; c++) {
            const tx_period *p = &tb->cols[c].period;
            if (p->kind != per->kind || tx_date_cmp(p->end, per->end) != 0 ||
                (p->kind == TX_PERIOD_DURATION && tx_date_cmp(p->start, per->start) != 0))
                continue;
            for (size_t r = 0; r < tb->nrows; r++) {
                const char *cn = concept_of(map, t, r);
                const tx_cell *cell = tb->rows[r].cells ? &tb->rows[r].cells[c] : NULL;
                if (!cn || strcmp(cn, concept) != 0 || !cell ||
                    (cell->state != TX_CELL_VALUE && cell->state != TX_CELL_NIL))
                    continue;
                *v = cell->state == TX_CELL_NIL ? tx_decimal_make(0, 0) : cell->value;
                *line = row_line(&tb->rows[r]);
                *text = cell->text ? cell->text : "--";
                return 1;
            }
        }
    }
    return 0;
}

/* "7295" -> "7,295", "-3035" -> "(3,035)": as a table prints it */
static char *printed_form(tx_decimal d)
{
    char *raw = tx_decimal_text(d);
    if (!raw)
        return NULL;
    const char *digits = raw[0] == '-' ? raw + 1 : raw;
    const char *dot = strchr(digits, '.');
    size_t ilen = dot ? (size_t)(dot - digits) : strlen(digits);
    tx_buf b = {0};
    if (raw[0] == '-')
        tx_buf_putc(&b, '(');
    for (size_t i = 0; i < ilen; i++) {
        if (i && (ilen - i) % 3 == 0)
            tx_buf_putc(&b, ',');
        tx_buf_putc(&b, digits[i]);
    }
    if (dot)
        tx_buf_puts(&b, dot);
    if (raw[0] == '-')
        tx_buf_putc(&b, ')');
    free(raw);
    return tx_buf_take(&b);
}

typedef struct recon {
    int entity;
    const char *concept;   /* of its first line */
    size_t table;
} recon;

/* Checks one reconciliation; returns 1 when it foots and ties. */
static int check_recon(const tx_exhibit *ex, const tx_mapping *map, size_t t, int notes,
                       tx_dlist *l, tx_disclose_summary *sum)
{
    const tx_table *tb = &ex->tables[t];
    size_t first = tb->nrows, last = tb->nrows;
    for (size_t r = 0; r < tb->nrows; r++)
        if (tb->rows[r].kind == TX_ROW_ITEM && tb->rows[r].cells) {
            if (first == tb->nrows)
                first = r;
            last = r;
        }
    if (first == tb->nrows || first == last)
        return 0;
    const tx_row *fr = &tb->rows[first], *lr = &tb->rows[last];
    int ok = 1;
    size_t cols_ok = 0;
    for (size_t c = 0; c < tb->ncols; c++) {
        char per[40];
        tx_period_format(&tb->cols[c].period, per, sizeof per);
        sum->columns++;
        int col_ok = 1;
        /* foot: first + items = last, on the printed figures */
        tx_decimal total = tx_decimal_make(0, 0);
        int terms = 0, min_exp = 0, overflow = 0, have = 1;
        for (size_t r = first; r < last; r++) {
            const tx_cell *cell = tb->rows[r].cells ? &tb->rows[r].cells[c] : NULL;
            if (!cell || cell->state != TX_CELL_VALUE) {
                if (r == first)
                    have = 0;
                continue;
            }
            if (tx_decimal_add(total, cell->printed, &total) != 0)
                overflow = 1;
            if (cell->printed.exp < min_exp || terms == 0)
                min_exp = cell->printed.exp;
            terms++;
        }
        const tx_cell *lc = &lr->cells[c];
        if (!have || (lc->state != TX_CELL_VALUE && lc->state != TX_CELL_NIL) || overflow) {
            sum->columns--;
            continue;
        }
        tx_decimal target = lc->state == TX_CELL_NIL ? tx_decimal_make(0, 0) : lc->printed;
        tx_decimal neg = target, diff;
        if (lc->printed.exp < min_exp)
            min_exp = lc->printed.exp;
        if (tx_decimal_negate(&neg) != 0 || tx_decimal_add(total, neg, &diff) != 0)
            continue;
        if (tx_decimal_sign(diff) < 0)
            tx_decimal_negate(&diff);
        /* each of the terms + 1 printed figures may be off by half a unit */
        tx_decimal tol = tx_decimal_make((int64_t)(terms + 1) * 5, min_exp - 1);
        if (tx_decimal_cmp(diff, tol) > 0) {
            char *sb = printed_form(total);
            tx_dlist_add(l, row_line(lr), TX_ERROR, "disclosure.reconciliation-mismatch",
                         "column %zu (%s): '%s' %s plus the reconciling items is %s, but '%s' "
                         "is printed %s", c + 1, per, fr->label, fr->cells[c].text,
                         sb ? sb : "?", lr->label, lc->text ? lc->text : "--");
            free(sb);
            col_ok = 0;
        }
        /* tie: the first line to the non-GAAP statement, the last to GAAP */
        const char *fc = concept_of(map, t, first), *lcn = concept_of(map, t, last);
        tx_decimal v;
        long line;
        const char *text;
        if (fc && tb->entity &&
            statement_value(ex, map, tb->entity, "nongaap", fc, &tb->cols[c].period, &v, &line, &text) &&
            tx_decimal_cmp(v, fr->cells[c].value) != 0) {
            tx_dlist_add(l, row_line(fr), TX_ERROR, "disclosure.reconciliation-mismatch",
                         "column %zu (%s): '%s' is %s here but %s in the non-GAAP statement "
                         "(line %ld)", c + 1, per, fr->label, fr->cells[c].text, text, line);
            col_ok = 0;
        }
        if (lcn && tb->entity &&
            statement_value(ex, map, tb->entity, "gaap", lcn, &tb->cols[c].period, &v, &line, &text) &&
            tx_decimal_cmp(v, lc->state == TX_CELL_NIL ? tx_decimal_make(0, 0) : lc->value) != 0) {
            tx_dlist_add(l, row_line(lr), TX_ERROR, "disclosure.reconciliation-mismatch",
                         "column %zu (%s): '%s' is %s here but %s in the GAAP statement "
                         "(line %ld)", c + 1, per, lr->label, lc->text ? lc->text : "--", text, line);
            col_ok = 0;
        }
        if (col_ok)
            cols_ok++;
        else
            ok = 0;
    }
    sum->columns_ok += cols_ok;
    if (ok && notes)
        tx_dlist_add(l, table_line(tb), TX_NOTE, "disclosure.reconciliation-verified",
                     "reconciliation of '%s' to '%s' (%s): foots and ties in %zu of %zu columns",
                     fr->label, lr->label, tb->entity ? tb->entity : "", cols_ok, tb->ncols);
    return ok;
}

/* 1 when, in row r, column c is the sum of columns [c0, c) within rounding
 * (a missing or nil cell counts zero; each printed term may be off by half
 * a unit); -1 when column c holds no figure in that row. */
static int column_sum(const tx_row *row, size_t c0, size_t c)
{
    if (!row->cells || row->cells[c].state != TX_CELL_VALUE)
        return -1;
    tx_decimal total = tx_decimal_make(0, 0), diff;
    int terms = 0, min_exp = row->cells[c].printed.exp;
    for (size_t k = c0; k < c; k++) {
        const tx_cell *cell = &row->cells[k];
        if (cell->state != TX_CELL_VALUE)
            continue;
        if (tx_decimal_add(total, cell->printed, &total) != 0)
            return 0;
        if (cell->printed.exp < min_exp)
            min_exp = cell->printed.exp;
        terms++;
    }
    if (terms < 1 || tx_decimal_sub(total, row->cells[c].printed, &diff) != 0)
        return 0;
    if (tx_decimal_sign(diff) < 0)
        tx_decimal_negate(&diff);
    tx_decimal tol = tx_decimal_make((int64_t)(terms + 1) * 5, min_exp - 1);
    return tx_decimal_cmp(diff, tol) <= 0;
}

/* A statement reconciled in its columns: "historical A", "historical B",
 * "pro forma adjustments", "pro forma combined", where the combined column
 * is the sum of the columns before it (since the last such sum) in most
 * money rows and in the net income row.  Returns how many such sums the
 * table holds. */
static int column_reconciliations(const tx_exhibit *ex, const tx_mapping *map, size_t t)
{
    const tx_table *tb = &ex->tables[t];
    size_t c0 = 0;
    int found = 0;
    for (size_t c = 1; c < tb->ncols; c++) {
        if (c - c0 < 2)
            continue;
        size_t rows = 0, sums = 0;
        int income = 1;   /* the net income row, when there is one, sums */
        for (size_t r = 0; r < tb->nrows; r++) {
            if (tb->rows[r].kind != TX_ROW_ITEM)
                continue;
            int k = column_sum(&tb->rows[r], c0, c);
            if (k < 0)
                continue;
            rows++;
            sums += (size_t)k;
            const char *cn = concept_of(map, t, r);
            if (cn && strcmp(cn, "tx-gaap:NetIncomeLoss") == 0 && !k)
                income = 0;
        }
        if (sums >= 3 && 2 * sums >= rows && income) {
            found++;
            c0 = c + 1;
        }
    }
    return found;
}

/* The basis (0 unsaid, 1 GAAP, 2 non-GAAP) that a row label gives net
 * income ("Net income as reported", "Net income excluding one-time
 * items"), or -1 when the label names another measure, -2 on allocation
 * failure. */
static int net_income_label(const tx_prose_lexicon *lex, const char *label)
{
    char *norm = tx_norm(label ? label : "");
    if (!norm)
        return -2;
    tx_metric_hit h[4];
    size_t n = tx_prose_metrics(lex, norm, 0, strlen(norm), h, 4);
    int basis = n == 1 && h[0].metric->concept &&
                        strcmp(h[0].metric->concept, "tx-gaap:NetIncomeLoss") == 0
                    ? h[0].basis
                    : -1;
    free(norm);
    return basis;
}

/* A two-row summary: a table printing net income as reported and net
 * income on a non-GAAP basis ("excluding one-time items", "pro forma") in
 * the same columns; what lies between them is told in the notes, so it is
 * found but cannot be footed.  1 when table t is one, 0 not, -1 on
 * allocation failure. */
static int two_row_summary(const tx_exhibit *ex, const tx_mapping *map,
                           const tx_prose_lexicon *lex, size_t t)
{
    const tx_table *tb = &ex->tables[t];
    int gaap = 0, nongaap = 0;
    for (size_t r = 0; r < tb->nrows; r++) {
        if (tb->rows[r].kind != TX_ROW_ITEM || !tb->rows[r].cells)
            continue;
        const char *cn = concept_of(map, t, r);
        if (!cn || strcmp(cn, "tx-gaap:NetIncomeLoss") != 0)
            continue;
        int b = net_income_label(lex, tb->rows[r].label);
        if (b == -2)
            return -1;
        if (b == 2)
            nongaap = 1;
        else if (b >= 0)
            gaap = 1;
    }
    return gaap && nongaap;
}

/* ------------------------------------------------------------ measures */

typedef struct measure {
    int entity;
    char name[96];
    const char *concept;   /* what a reconciliation must start from */
    long line;
} measure;

static int reconciled(const recon *rc, size_t nrc, int entity, const char *concept)
{
    for (size_t i = 0; i < nrc; i++)
        if (rc[i].entity == entity && rc[i].concept && concept && strcmp(rc[i].concept, concept) == 0)
            return 1;
    return 0;
}

static int find_checks(const tx_exhibit *ex, const tx_mapping *map,
                       const tx_prose_lexicon *lex, int notes, tx_dlist *l,
                       tx_disclose_summary *sum, tx_prose_result *res)
{
    recon *rc = calloc(ex->ntables + 1, sizeof *rc);
    measure *ms = calloc(ex->ntables + res->nmeasures + 1, sizeof *ms);
    if (!rc || !ms) {
        free(rc);
        free(ms);
        return -1;
    }
    size_t nrc = 0, nms = 0;
    for (size_t t = 0; t < ex->ntables; t++) {
        const tx_table *tb = &ex->tables[t];
        /* reconciliations and non-GAAP statements are checked below */
        int two = strcmp(kind_of(map, t), "reconciliation") != 0 &&
                          strcmp(basis_of(map, t), "nongaap") != 0
                      ? two_row_summary(ex, map, lex, t)
                      : 0;
        if (two < 0) {
            free(rc);
            free(ms);
            return -1;
        }
        if (two) {
            sum->reconciliations++;
            recon x = {tx_prose_entity_of(res, tb), "tx-gaap:NetIncomeLoss", t};
            rc[nrc++] = x;
            continue;
        }
        if (strcmp(basis_of(map, t), "nongaap") != 0)
            continue;
        int ent = tx_prose_entity_of(res, tb);
        if (strcmp(kind_of(map, t), "reconciliation") == 0) {
            sum->reconciliations++;
            if (check_recon(ex, map, t, notes, l, sum))
                sum->reconciliations_ok++;
            const char *fc = NULL;
            for (size_t r = 0; r < tb->nrows && !fc; r++)
                if (tb->rows[r].kind == TX_ROW_ITEM && tb->rows[r].cells)
                    fc = concept_of(map, t, r);
            recon x = {ent, fc, t};
            rc[nrc++] = x;
        } else if (strcmp(kind_of(map, t), "income") == 0 &&
                   column_reconciliations(ex, map, t) > 0) {
            /* pro forma columns that are the sum of the historical columns
               and the adjustments: reconciled where it is printed */
            sum->reconciliations++;
            sum->reconciliations_ok++;
            recon x = {ent, "tx-gaap:NetIncomeLoss", t};
            rc[nrc++] = x;
            if (notes)
                tx_dlist_add(l, table_line(tb), TX_NOTE, "disclosure.reconciliation-verified",
                             "'%s' (%s): a column is the sum of the columns before it",
                             tb->title && *tb->title ? tb->title : "(untitled)",
                             tb->entity ? tb->entity : "");
        } else if (strcmp(kind_of(map, t), "income") == 0) {
            measure m;
            memset(&m, 0, sizeof m);
            m.entity = ent;
            snprintf(m.name, sizeof m.name, "the non-GAAP statement '%s'",
                     tb->title && *tb->title ? tb->title : "(untitled)");
            m.concept = "tx-gaap:NetIncomeLoss";
            m.line = table_line(tb);
            ms[nms++] = m;
            /* prominence: the GAAP statement first */
            int gaap_before = 0;
            for (size_t u = 0; u < t; u++)
                if (strcmp(kind_of(map, u), "income") == 0 && strcmp(basis_of(map, u), "gaap") == 0 &&
                    tx_prose_entity_of(res, &ex->tables[u]) == ent)
                    gaap_before = 1;
            if (!gaap_before)
                tx_dlist_add(l, m.line, TX_ERROR, "disclosure.gaap-not-prominent",
                             "%s comes before any GAAP statement of operations of %s", m.name,
                             tb->entity ? tb->entity : "the entity");
        }
    }
    for (size_t i = 0; i < res->nmeasures; i++) {
        const tx_prose_measure *pm = &res->measures[i];
        measure m;
        memset(&m, 0, sizeof m);
        m.entity = pm->entity;
        snprintf(m.name, sizeof m.name, "%s%s", pm->metric->nongaap ? "" : "non-GAAP ",
                 pm->metric->name);
        m.concept = pm->metric->concept;
        if (m.concept && strstr(m.concept, "EarningsPerShare"))
            m.concept = "tx-gaap:NetIncomeLoss";   /* per share: through net income */
        m.line = pm->line;
        ms[nms++] = m;
    }
    just j;
    if (justification(res, &j) != 0) {
        free(rc);
        free(ms);
        return -1;
    }
    sum->measures = nms;
    for (size_t i = 0; i < nms; i++) {
        const measure *m = &ms[i];
        const char *ename = m->entity >= 0 ? res->entities[m->entity] : "the exhibit";
        if (!reconciled(rc, nrc, m->entity, m->concept)) {
            sum->unreconciled++;
            tx_dlist_add(l, m->line, TX_ERROR, "disclosure.nongaap-unreconciled",
                         "%s (%s) is reconciled to no GAAP measure in the exhibit", m->name, ename);
        }
        if (!j.useful || !j.manage || !j.substance || !j.limits) {
            tx_buf b = {0};
            const char *sep = "";
            if (!j.useful) {
                tx_buf_printf(&b, "%swhy it is useful to investors (i)", sep);
                sep = "; ";
            }
            if (!j.manage) {
                tx_buf_printf(&b, "%show management uses it (ii)", sep);
                sep = "; ";
            }
            if (!j.substance) {
                tx_buf_printf(&b, "%sthe economic substance of using it (iii)", sep);
                sep = "; ";
            }
            if (!j.limits)
                tx_buf_printf(&b, "%sits limitations against the GAAP measure and how they are "
                                  "compensated for (iv)", sep);
            char *missing = tx_buf_take(&b);
            /* what it excludes: the nearest such statement */
            long near = 0;
            for (size_t k = 0; k < j.nexcl; k++) {
                long d = j.excl[k] - m->line, dn = near - m->line;
                if (!near || (d < 0 ? -d : d) < (dn < 0 ? -dn : dn))
                    near = j.excl[k];
            }
            char excl[64] = "";
            if (near)
                snprintf(excl, sizeof excl, " (what it excludes is stated, line %ld)", near);
            tx_dlist_add(l, m->line, TX_WARNING, "disclosure.nongaap-justification",
                         "%s (%s): the exhibit does not say %s%s", m->name, ename,
                         missing ? missing : "", excl);
            free(missing);
        }
    }
    /* prominence of the earnings figures */
    for (size_t e = 0; e < res->nentities; e++) {
        for (int head = 1; head >= 0; head--) {
            for (size_t i = 0; i < res->nearn; i++) {
                const tx_earn_mention *em = &res->earn[i];
                if (em->entity != (int)e || !em->nongaap || (em->para == res->headline) != head)
                    continue;
                int gaap = 0;
                for (size_t k = 0; k < res->nearn; k++) {
                    const tx_earn_mention *g = &res->earn[k];
                    if (g->entity == (int)e && !g->nongaap && g->order < em->order &&
                        (g->para == res->headline) == head)
                        gaap = 1;
                }
                if (!gaap)
                    tx_dlist_add(l, em->line, TX_ERROR, "disclosure.gaap-not-prominent",
                                 head ? "the headline gives a non-GAAP earnings figure of %s "
                                        "without the GAAP figure before it"
                                      : "the narrative gives a non-GAAP earnings figure of %s "
                                        "before any GAAP earnings figure",
                                 res->entities[e]);
                break;   /* the first non-GAAP figure decides */
            }
        }
    }
    free(rc);
    free(ms);
    return 0;
}

/* ------------------------------------------------------------ driver */

tx_status tx_disclose_exhibit(const tx_exhibit *ex, const tx_mapping *map,
                              const tx_disclose_options *opt, tx_report *rep,
                              tx_disclose_summary *sum_out)
{
    tx_disclose_summary sum;
    memset(&sum, 0, sizeof sum);
    int notes = opt ? opt->notes : 0;
    tx_dlist l = {0};
    tx_prose_result res;
    tx_status st = TX_OK;
    if (!opt || !opt->lexicon)
        return TX_EUSAGE;
    if (tx_prose_check(ex, map, opt->lexicon, notes, &l, &sum, &res) != 0 ||
        find_checks(ex, map, opt->lexicon, notes, &l, &sum, &res) != 0 || l.failed)
        st = TX_ENOMEM;
    tx_prose_result_free(&res);
    if (st == TX_OK)
        st = tx_dlist_report(&l, rep, ex->name);
    if (st == TX_OK &&
        tx_report_add(rep, TX_NOTE, ex->name, 0, "disclosure.summary",
                      "claims: %zu (%zu verified, %zu contradicted, %zu unverifiable); "
                      "non-GAAP measures: %zu (%zu unreconciled); reconciliations: %zu (%zu "
                      "footing and tying; columns %zu of %zu)",
                      sum.claims, sum.verified, sum.contradicted, sum.unverifiable, sum.measures,
                      sum.unreconciled, sum.reconciliations, sum.reconciliations_ok, sum.columns_ok,
                      sum.columns) != TX_OK)
        st = TX_ENOMEM;
    int errors = tx_dlist_has_errors(&l);
    tx_dlist_free(&l);
    if (sum_out)
        *sum_out = sum;
    if (st != TX_OK)
        return st;
    return errors ? TX_EINPUT : TX_OK;
}

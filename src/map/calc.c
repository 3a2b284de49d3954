/* calc.c - calculation arcs from the totals a statement foots. */
#include "map/mapstate.h"

#include <stdlib.h>
#include <string.h>

/* The role of a statement's calculation arcs, by its kind; NULL for kinds
 * with no calculation network (reconciliations, allocations, ...).  A
 * non-GAAP statement's arcs go into the role of its GAAP kind: a summation
 * applies in every context of its parent, so the two statements'
 * summations of one total must live in one network (each context then sums
 * the children it has: the GAAP "Interest and other income", the non-GAAP
 * "Interest income"). */
static const char *calc_role(const char *kind)
{
    if (strcmp(kind, "balance") == 0)
        return TX_ROLE_BALANCE_SHEET;
    if (strcmp(kind, "income") == 0)
        return TX_ROLE_INCOME_STATEMENT;
    if (strcmp(kind, "cashflow") == 0)
        return TX_ROLE_CASH_FLOW;
    return NULL;
}

/* What the writer needs to know of a concept, standard or extension. */
typedef struct concept_info {
    const char *balance, *period_type, *type;
} concept_info;

static concept_info info_of(const tx_mapper *m, const char *prefixed)
{
    concept_info ci = {"", "", ""};
    if (strncmp(prefixed, "tx-gaap:", 8) == 0) {
        const tx_concept *c = tx_taxonomy_concept(m->opt->taxonomy, prefixed + 8);
        if (c)
            ci = (concept_info){c->balance, c->period_type, c->type};
    } else if (strncmp(prefixed, "ext:", 4) == 0) {
        for (size_t i = 0; i < m->fs->next; i++)
            if (strcmp(m->fs->ext[i].name, prefixed + 4) == 0) {
                const tx_ext_concept *e = &m->fs->ext[i];
                ci = (concept_info){e->balance ? e->balance : "", e->period_type, e->type};
            }
    }
    return ci;
}

/* Calculation arcs from what the statement itself adds up: every total
 * whose rows foot (body.c found which rows, with which signs) sums those
 * rows' concepts.  The taxonomy's entry point carries no calculation
 * network: an instance's calculations are its extension's, the exhibit's
 * own subtotals, so no total the exhibit does not print is missed.  The
 * weight carries the printed sign and both rows' sign conventions: the
 * facts are the printed values, negated where a rule negates them. */
void tx_map_calc_links(tx_mapper *m, size_t ti, const tx_table_map *tm, const char *kind)
{
    const char *role = calc_role(kind);
    if (!role || m->oom)
        return;
    const tx_table *t = &m->ex->tables[ti];
    for (size_t r = 0; r < t->nrows && !m->oom; r++) {
        const tx_row *tot = &t->rows[r];
        const char *parent = tm->rows[r].concept;
        if (!parent || tot->nsums == 0)
            continue;
        concept_info pc = info_of(m, parent);
        if (!strstr(pc.type, "monetary"))
            continue;
        for (size_t i = 0; i < tot->nsums; i++) {
            size_t k = tot->sums[i];
            const char *child = k < tm->nrows ? tm->rows[k].concept : NULL;
            if (!child || strcmp(parent, child) == 0)
                continue;
            concept_info cc = info_of(m, child);
            if (!strstr(cc.type, "monetary") || strcmp(pc.period_type, cc.period_type) != 0)
                continue;
            int weight = tot->sum_signs[i];
            if (tm->rows[r].negated)
                weight = -weight;
            if (tm->rows[k].negated)
                weight = -weight;
            /* balances must agree with the weight (XBRL 2.1, 5.2.5.2): an
               extension item takes the balance its place in the sum gives
               it; two standard items that disagree were summed by luck (a
               row of dashes in the block) and are not joined */
            if (*pc.balance && strncmp(child, "ext:", 4) == 0) {
                const char *want = weight > 0 ? pc.balance
                                   : strcmp(pc.balance, "debit") == 0 ? "credit" : "debit";
                for (size_t e = 0; e < m->fs->next; e++) {
                    tx_ext_concept *ec = &m->fs->ext[e];
                    if (strcmp(ec->name, child + 4) != 0 || !strstr(ec->type, "monetary"))
                        continue;
                    int used = 0;
                    for (size_t a = 0; a < m->fs->narcs && !used; a++)
                        used = strcmp(m->fs->arcs[a].child, child) == 0 ||
                               strcmp(m->fs->arcs[a].parent, child) == 0;
                    if (!used && (!ec->balance || strcmp(ec->balance, want) != 0)) {
                        char *b = tx_strdup(want);
                        if (!b) {
                            m->oom = 1;
                            return;
                        }
                        free(ec->balance);
                        ec->balance = b;
                    }
                }
                cc = info_of(m, child);
            }
            if (*pc.balance && *cc.balance &&
                (strcmp(pc.balance, cc.balance) == 0) != (weight > 0))
                continue;
            int dup = 0;
            for (size_t a = 0; a < m->fs->narcs; a++)
                dup |= strcmp(m->fs->arcs[a].parent, parent) == 0 &&
                       strcmp(m->fs->arcs[a].child, child) == 0 &&
                       strcmp(m->fs->arcs[a].role, role) == 0;
            if (!dup) {
                tx_ext_arc arc = {(char *)role, (char *)parent, (char *)child, weight,
                                  (int)m->fs->narcs + 1};
                if (tx_factset_add_arc(m->fs, &arc) != 0)
                    m->oom = 1;
            }
        }
    }
}

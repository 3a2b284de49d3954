/* basisdims.c - the dimensions that say on which basis a statement's
 * numbers are and of which part of the entity (the column's and the table's
 * tx_basis, read/basis.c), and the members settled once every table is
 * mapped. */
#include "map/mapstate.h"

#include <stdlib.h>
#include <string.h>

#include "map/extname.h"
#include "xbrl/vocab.h"

#define AXIS_BASIS "txbrl:PresentationBasisAxis"
#define MEMBER_NONGAAP "txbrl:NonGaapMember"
#define MEMBER_ADJUSTMENT "txbrl:NonGaapAdjustmentsMember"
#define AXIS_LEGAL "txbrl:LegalEntityAxis"
#define MEMBER_PARENT "txbrl:ParentCompanyMember"
#define AXIS_SEGMENT "txbrl:SegmentAxis"

/* The members of txbrl:PresentationBasisAxis per tx_basis_kind (none for
 * the reported amounts and for TX_BASIS_OTHER, named after its words). */
static const char *const basis_members[] = {
    NULL, "txbrl:ProFormaMember", "txbrl:ProFormaAdjustmentsMember",
    "txbrl:AsPreviouslyReportedMember", "txbrl:RestatementAdjustmentsMember", NULL};

/* The extension member named after `words` ("Document Processing" ->
 * "ext:DocumentProcessingMember"), remembered with its words as label for
 * tx_map_settle_members.  Owned; NULL on no memory. */
static char *ext_member(tx_mapper *m, const char *words)
{
    char *name = tx_ext_name(words);
    if (!name)
        return NULL;
    tx_buf b = {0};
    tx_buf_printf(&b, "ext:%sMember", name);
    free(name);
    char *member = tx_buf_take(&b);
    if (!member)
        return NULL;
    for (size_t i = 0; i < m->nmembers; i += 2)
        if (strcmp(m->members[i], member) == 0)
            return member;
    if (tx_grow((void **)&m->members, &m->members_cap, m->nmembers + 2, sizeof(char *)) != 0) {
        free(member);
        return NULL;
    }
    m->members[m->nmembers] = tx_strdup(member);
    m->members[m->nmembers + 1] = tx_strdup(words);
    m->nmembers += 2;
    if (!m->members[m->nmembers - 2] || !m->members[m->nmembers - 1]) {
        free(member);
        return NULL;
    }
    return member;
}

/* 1 when the company `words` is entity `entity` itself: the same company
 * key as its name or a header company of the same identifier, or its
 * initials ("ADP Historical" of Automatic Data Processing). */
static int own_company(const tx_mapper *m, long entity, const char *words)
{
    const tx_entity *e = &m->fs->entities[entity];
    char *k = tx_company_key(words);
    if (!k)
        return 0;
    int own = 0;
    const tx_text *text = m->ex->text;
    for (size_t i = 0; !own && i <= text->nfilers; i++) {
        const char *name = i < text->nfilers ? text->filers[i].name : e->name;
        if (i < text->nfilers && strcmp(text->filers[i].cik, e->identifier) != 0)
            continue;
        char *ek = tx_company_key(name);
        if (!ek)
            continue;
        own = strcmp(ek, k) == 0;
        if (!own && !strchr(k, ' ') && strlen(k) >= 2) {
            /* initials */
            char ini[16];
            size_t n = 0;
            for (const char *p = ek; *p && n + 1 < sizeof ini; p++)
                if (p == ek || p[-1] == ' ')
                    ini[n++] = *p;
            ini[n] = '\0';
            own = n >= 2 && strcmp(ini, k) == 0;
        }
        free(ek);
    }
    free(k);
    return own;
}

int tx_map_basis_dims(tx_mapper *m, tx_fact *f, const tx_table *t, size_t c, long entity,
                      const char *kind, const char *basis, const tx_rule *r)
{
    const tx_basis *cb = &t->cols[c].basis, *tb = &t->basis;
    const char *member = NULL;
    char *own = NULL;
    int combination = tb->kind == TX_BASIS_PRO_FORMA;
    if (strcmp(kind, "reconciliation") == 0) {
        const char *b = r && *r->basis ? r->basis : "adjustment";
        member = strcmp(b, "gaap") == 0 ? NULL
               : strcmp(b, "nongaap") == 0 ? MEMBER_NONGAAP : MEMBER_ADJUSTMENT;
    } else if ((strcmp(basis, "nongaap") == 0 && !combination) ||
               (r && strcmp(r->basis, "nongaap") == 0)) {
        /* a non-GAAP statement (an earnings release's "pro forma"
           statement of operations), or a non-GAAP line of a GAAP statement
           ("NET INCOME EXCLUDING ONE-TIME ITEMS") */
        member = MEMBER_NONGAAP;
    } else if (cb->kind == TX_BASIS_OTHER) {
        /* "Reclassifications", "U.S. GAAP Adjustments" */
        member = own = ext_member(m, cb->basis_words);
        if (!own)
            return -1;
    } else {
        member = basis_members[cb->kind];
    }
    int st = member ? tx_fact_add_dim(f, AXIS_BASIS, member) : 0;
    free(own);
    own = NULL;
    if (st != 0)
        return -1;
    /* the legal entity: another company of a combination, the parent alone */
    member = NULL;
    if (cb->part == TX_PART_COMPANY && !own_company(m, entity, cb->part_words)) {
        /* a company by its name less its corporate form; a group of
           subsidiaries by its words ("Guarantor Subsidiaries") */
        char *k = tx_company_key(cb->part_words);
        if (!k)
            return -1;
        int group = tx_strcasestr(cb->part_words, "subsidiar") != NULL;
        member = own = ext_member(m, *k && !group ? k : cb->part_words);
        free(k);
        if (!own)
            return -1;
    } else if (cb->part == TX_PART_PARENT || tb->part == TX_PART_PARENT) {
        member = MEMBER_PARENT;
        if (cb->part != TX_PART_PARENT)
            m->section |= TX_FROM_PARENT_TABLE;
    }
    st = member ? tx_fact_add_dim(f, AXIS_LEGAL, member) : 0;
    free(own);
    own = NULL;
    if (st != 0)
        return -1;
    /* the segment: of the column, or of the table */
    const tx_basis *sb = cb->part == TX_PART_SEGMENT ? cb : tb->part == TX_PART_SEGMENT ? tb : NULL;
    if (sb) {
        own = ext_member(m, sb->part_words);
        if (!own || tx_fact_add_dim(f, AXIS_SEGMENT, own) != 0) {
            free(own);
            return -1;
        }
        free(own);
        if (sb == tb && tb->section)
            m->section |= TX_FROM_SECTION;
    }
    if (r && r->axis && tx_fact_add_dim(f, r->axis, r->member) != 0)
        return -1;
    return 0;
}

/* ------------------------------------------------------------ sections */

typedef struct seg_key {
    char *key;        /* the fact less its segment */
    const char *member;
    size_t index;
} seg_key;

static int cmp_seg(const void *a, const void *b)
{
    const seg_key *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    return c ? c : (x->index > y->index) - (x->index < y->index);
}

/* The fact's segment member, or NULL. */
static const char *segment_of(const tx_fact *f)
{
    for (size_t d = 0; d < f->ndims; d++)
        if (strcmp(f->dims[d].axis, AXIS_SEGMENT) == 0)
            return f->dims[d].member;
    return NULL;
}

static void drop_axis(tx_fact *f, const char *axis)
{
    for (size_t d = 0; d < f->ndims; d++)
        if (strcmp(f->dims[d].axis, axis) == 0) {
            free(f->dims[d].axis);
            free(f->dims[d].member);
            memmove(&f->dims[d], &f->dims[d + 1], (f->ndims - d - 1) * sizeof(tx_dim));
            f->ndims--;
            return;
        }
}

int tx_map_settle_members(tx_mapper *m)
{
    seg_key *k = calloc(m->nfacts ? m->nfacts : 1, sizeof *k);
    if (!k)
        return -1;
    size_t n = 0;
    int status = 0;
    for (size_t i = 0; i < m->nfacts && status == 0; i++) {
        const tx_fact *f = &m->facts[i];
        const char *seg = m->sectioned[i] & TX_FROM_SECTION ? segment_of(f) : NULL;
        if (!seg)
            continue;
        char p[32];
        tx_period_format(&f->period, p, sizeof p);
        tx_buf b = {0};
        tx_buf_printf(&b, "%s|%zu|%s|%s", f->concept, f->entity, p, tx_unit_text(f));
        for (size_t d = 0; d < f->ndims; d++)
            if (strcmp(f->dims[d].axis, AXIS_SEGMENT) != 0)
                tx_buf_printf(&b, "|%s=%s", f->dims[d].axis, f->dims[d].member);
        k[n] = (seg_key){tx_buf_take(&b), seg, i};
        if (!k[n].key)
            status = -1;
        n++;
    }
    if (status == 0) {
        tx_sort(k, n, sizeof *k, cmp_seg);
        for (size_t a = 0; a < n;) {
            size_t e = a + 1;
            int shared = 0;
            while (e < n && strcmp(k[e].key, k[a].key) == 0) {
                if (strcmp(k[e].member, k[a].member) != 0)
                    shared = 1;
                e++;
            }
            /* printed in one section only: the whole entity's line */
            for (size_t j = a; j < e && !shared; j++)
                drop_axis(&m->facts[k[j].index], AXIS_SEGMENT);
            a = e;
        }
    }
    for (size_t i = 0; i < n; i++)
        free(k[i].key);
    free(k);
    if (status != 0)
        return -1;
    /* parent-company-only statements of an entity the filing prints no other
       statement of: the registrant's own (nothing to tell them from) */
    for (size_t e = 0; e < m->fs->nentities; e++) {
        int other = 0, parent = 0;
        for (size_t i = 0; i < m->nfacts && !other; i++)
            if (m->facts[i].entity == e) {
                if (m->sectioned[i] & TX_FROM_PARENT_TABLE)
                    parent = 1;
                else
                    other = 1;
            }
        for (size_t i = 0; i < m->nfacts && parent && !other; i++)
            if (m->facts[i].entity == e && (m->sectioned[i] & TX_FROM_PARENT_TABLE))
                drop_axis(&m->facts[i], AXIS_LEGAL);
    }
    /* declare the extension members still used */
    for (size_t i = 0; i < m->nmembers; i += 2) {
        int used = 0;
        for (size_t j = 0; j < m->nfacts && !used; j++)
            for (size_t d = 0; d < m->facts[j].ndims && !used; d++)
                used = strcmp(m->facts[j].dims[d].member, m->members[i]) == 0;
        if (!used)
            continue;
        if (tx_factset_bind(m->fs, "nonnum", TX_NS_DTR_NONNUM) != 0)
            return -1;
        tx_ext_concept ec = {m->members[i] + 4, "duration", NULL, "nonnum:domainItemType",
                             m->members[i + 1]};
        if (tx_factset_add_ext(m->fs, &ec) != 0)
            return -1;
    }
    return 0;
}


/* candidates.c - the concepts a row's label could name, from the label
 * index (map/labels.h). */
#include "map/candidates.h"

#include <stdlib.h>
#include <string.h>

#include "base/util.h"

#define MAX_WORDS 64
#define FUZZY_KEEP 8          /* filer labels kept per fuzzy lookup */
#define FUZZY_MIN 550         /* least word similarity of a fuzzy filer label */
#define WORDS_MIN 600         /* least word similarity of a concept's words */
#define COVER_MIN 800         /* least share of the row's words a near match must have */
#define COMMON_WORD 4000      /* words in more labels than this start no fuzzy match */
#define OWN_LABEL 1000        /* the label the taxonomy gives the concept */
#define STANDARD_LABEL 850    /* the concept's standard label */
#define OTHER_STATEMENTS 250  /* per mille: a filer of another statement counts this much */
#define CLEAR_LABEL 750       /* label evidence that needs no heading to be read */

const char *tx_evidence_name(tx_evidence e)
{
    switch (e) {
    case TX_EV_WORDS: return "concept words";
    case TX_EV_FUZZY: return "similar filer label";
    case TX_EV_OTHER: return "filer label of another statement";
    case TX_EV_HEADING: return "filer label of heading and label";
    case TX_EV_STANDARD: return "standard label";
    case TX_EV_FILER: return "filer label";
    case TX_EV_RULE: return "rule";
    case TX_EV_SUMS: return "sums its rows";
    default: return "none";
    }
}

void tx_cands_free(tx_cands *c)
{
    free(c->v);
    memset(c, 0, sizeof *c);
}

int tx_concept_holds(const tx_concept *c, tx_value_kind vk)
{
    const char *t = c->type;
    switch (vk) {
    case TX_VK_SHARES: return strcmp(t, "xbrli:sharesItemType") == 0;
    case TX_VK_PER_SHARE: return strcmp(t, "num:perShareItemType") == 0;
    default: return strcmp(t, "xbrli:monetaryItemType") == 0;
    }
}

static int fits(const tx_taxonomy *tax, const tx_row_query *q, unsigned ci)
{
    const tx_concept *c = &tax->concepts[ci];
    if (c->abstract || strchr(c->name, ':') || !tx_concept_holds(c, q->vk))
        return 0;
    return strcmp(c->period_type, "instant") == 0 ? q->instant : q->duration;
}

static int add(tx_cands *out, unsigned concept, int label, tx_evidence src, unsigned filers,
               int similar)
{
    for (size_t i = 0; i < out->n; i++) {
        tx_cand *c = &out->v[i];
        if (c->concept != concept)
            continue;
        if (label > c->label) {
            c->label = label;
            c->source = src;
            c->filers = filers;
            c->similar = similar;
        }
        return 0;
    }
    if (tx_grow((void **)&out->v, &out->cap, out->n + 1, sizeof *out->v) != 0)
        return -1;
    tx_cand *c = &out->v[out->n++];
    memset(c, 0, sizeof *c);
    c->concept = concept;
    c->label = label;
    c->source = src;
    c->filers = filers;
    c->similar = similar;
    return 0;
}

/* The label evidence a filer label gives its concepts: 300 for a concept
 * filers rarely chose, up to 1000 for the one nearly all of many filers
 * chose.  Filers of the row's statement count in full, those of the other
 * statements OTHER_STATEMENTS per mille ("Net income" in a cash flow
 * statement is NetIncomeLoss, which filers printed on their income
 * statements).  `scale` (per mille) weakens a fuzzy match. */
static int add_group(const tx_taxonomy *tax, const tx_row_query *q, size_t g, int scale,
                     int bonus, tx_evidence src, int similar, tx_cands *out)
{
    const tx_label_index *ix = &tax->labels;
    const tx_label_group *gr = &ix->groups[g];
    const tx_label_use *u = ix->uses + gr->first;
    /* per concept (uses are sorted by statement: one concept may come back) */
    unsigned long total = 0;
    for (size_t i = 0; i < gr->n; i++) {
        if (!fits(tax, q, u[i].concept))
            continue;
        int here = q->stm < 0 || u[i].stm == (unsigned)q->stm;
        total += here ? 1000UL * u[i].filers : (unsigned long)OTHER_STATEMENTS * u[i].filers;
    }
    if (!total)
        return 0;
    for (size_t i = 0; i < gr->n; i++) {
        if (!fits(tax, q, u[i].concept))
            continue;
        int seen = 0;
        for (size_t j = 0; j < i && !seen; j++)
            seen = u[j].concept == u[i].concept;
        if (seen)
            continue;
        unsigned long w = 0;
        unsigned here_filers = 0;
        for (size_t j = i; j < gr->n; j++) {
            if (u[j].concept != u[i].concept)
                continue;
            int here = q->stm < 0 || u[j].stm == (unsigned)q->stm;
            w += here ? 1000UL * u[j].filers : (unsigned long)OTHER_STATEMENTS * u[j].filers;
            if (here)
                here_filers += u[j].filers;
        }
        /* share of the filers, times the confidence many filers give */
        unsigned long share = 1000UL * w / total;
        unsigned long conf = 1000UL * total / (total + 1000);
        int label = 300 + (int)(700UL * share / 1000 * conf / 1000) + bonus;
        label = (int)((long)label * scale / 1000);
        tx_evidence e = src == TX_EV_FILER && !here_filers ? TX_EV_OTHER : src;
        if (add(out, u[i].concept, label, e, (unsigned)((w + 500) / 1000), similar) != 0)
            return -1;
    }
    return 0;
}

/* An item (a filer label or a concept) and the weight of the words it
 * shares with a key. */
typedef struct shared {
    unsigned item, weight;
} shared;

static int cmp_shared(const void *a, const void *b)
{
    const shared *x = a, *y = b;
    return x->item < y->item ? -1 : x->item > y->item;
}

/* The items the postings give the key's words, with the weight of the
 * words each shares (words in more than `common` items start none);
 * sorted by item.  *n gets the count; NULL with *n = 0 for none, or when
 * out of memory (*oom). */
static shared *share_words(const tx_label_index *ix, const unsigned *ids, size_t n,
                           const size_t *first, const unsigned *post, size_t common,
                           size_t *nout, int *oom)
{
    size_t total = 0;
    for (size_t i = 0; i < n; i++) {
        size_t len = first[ids[i] + 1] - first[ids[i]];
        if (len <= common)
            total += len;
    }
    *nout = 0;
    if (!total)
        return NULL;
    shared *v = malloc(total * sizeof *v);
    if (!v) {
        *oom = 1;
        return NULL;
    }
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        size_t a = first[ids[i]], b = first[ids[i] + 1];
        if (b - a > common)
            continue;
        for (size_t j = a; j < b; j++)
            v[k++] = (shared){post[j], ix->token_weight[ids[i]]};
    }
    tx_sort(v, k, sizeof *v, cmp_shared);
    size_t m = 0;
    for (size_t j = 0; j < k; j++) {
        if (m && v[m - 1].item == v[j].item)
            v[m - 1].weight += v[j].weight;
        else
            v[m++] = v[j];
    }
    *nout = m;
    return v;
}

/* 1 when a row whose words `ids` include "other" ("Convertible notes and
 * other") is matched to words without it: the row sums more than they
 * name. */
static int lacks_other(const tx_label_index *ix, const unsigned *ids, size_t n,
                       const unsigned *words, size_t nwords)
{
    long other = tx_strtab_find(&ix->words, "other", 5);
    if (other < 0)
        return 0;
    int has = 0;
    for (size_t i = 0; i < n && !has; i++)
        has = ids[i] == (unsigned)other;
    if (!has)
        return 0;
    for (size_t j = 0; j < nwords; j++)
        if (words[j] == (unsigned)other)
            return 0;
    return 1;
}

/* Filer labels whose words are nearly the key's: their concepts, weakened
 * by the difference. */
static int add_fuzzy(const tx_taxonomy *tax, const tx_row_query *q, const char *key,
                     long exact, tx_evidence src, int bonus, tx_cands *out)
{
    const tx_label_index *ix = &tax->labels;
    unsigned ids[MAX_WORDS];
    unsigned unknown = 0;
    size_t n = tx_label_tokens(ix, key, ids, MAX_WORDS, &unknown);
    if (!n || !ix->ngroups)
        return 0;
    unsigned wrow = unknown;
    for (size_t i = 0; i < n; i++)
        wrow += ix->token_weight[ids[i]];
    size_t nsh = 0;
    int oom = 0;
    shared *sh = share_words(ix, ids, n, ix->post_first, ix->post, COMMON_WORD, &nsh, &oom);
    if (oom)
        return -1;
    size_t best[FUZZY_KEEP];
    int bsim[FUZZY_KEEP];
    size_t nbest = 0;
    for (size_t k = 0; k < nsh; k++) {
        unsigned g = sh[k].item;
        if ((long)g == exact)
            continue;
        const tx_label_group *gr = &ix->groups[g];
        /* the common words count too where they start no match */
        const unsigned *gt = ix->tokens + gr->tok;
        unsigned c = 0;
        for (size_t i = 0; i < n; i++)
            for (size_t j = 0; j < gr->ntokens; j++)
                if (gt[j] == ids[i])
                    c += ix->token_weight[ids[i]];
        unsigned uni = wrow + gr->weight - c;
        int sim = uni ? (int)(1000UL * c / uni) : 0;
        /* a label that names more than the filer label ("Amortization of
           intangibles and deferred stock compensation") is not that label */
        if (sim < FUZZY_MIN || 1000UL * c < (unsigned long)COVER_MIN * wrow ||
            lacks_other(ix, ids, n, gt, gr->ntokens))
            continue;
        /* keep the most similar (ties: the earlier group) */
        size_t at = nbest;
        while (at > 0 && bsim[at - 1] < sim)
            at--;
        if (at >= FUZZY_KEEP)
            continue;
        if (nbest < FUZZY_KEEP)
            nbest++;
        for (size_t j = nbest - 1; j > at; j--)
            best[j] = best[j - 1], bsim[j] = bsim[j - 1];
        best[at] = g;
        bsim[at] = sim;
    }
    free(sh);
    for (size_t k = 0; k < nbest; k++) {
        /* similarity 1000 keeps the evidence, FUZZY_MIN halves it and more */
        int scale = 400 + 600 * (bsim[k] - FUZZY_MIN) / (1000 - FUZZY_MIN);
        if (add_group(tax, q, best[k], scale * 9 / 10, bonus, src, bsim[k], out) != 0)
            return -1;
    }
    return 0;
}

/* Concepts whose name and standard label have the key's words. */
static int add_words(const tx_taxonomy *tax, const tx_row_query *q, const char *key,
                     tx_cands *out)
{
    const tx_label_index *ix = &tax->labels;
    unsigned ids[MAX_WORDS];
    unsigned unknown = 0;
    size_t n = tx_label_tokens(ix, key, ids, MAX_WORDS, &unknown);
    if (!n || !ix->cpost_first)
        return 0;
    unsigned wrow = unknown;
    for (size_t i = 0; i < n; i++)
        wrow += ix->token_weight[ids[i]];
    size_t nsh = 0;
    int oom = 0;
    shared *sh = share_words(ix, ids, n, ix->cpost_first, ix->cpost, (size_t)-1, &nsh, &oom);
    if (oom)
        return -1;
    int status = 0;
    for (size_t k = 0; k < nsh && status == 0; k++) {
        unsigned c = sh[k].item;
        if (!fits(tax, q, c))
            continue;
        unsigned uni = wrow + ix->concept_weight[c] - sh[k].weight;
        int sim = uni ? (int)(1000UL * sh[k].weight / uni) : 0;
        if (sim < WORDS_MIN || 1000UL * sh[k].weight < (unsigned long)COVER_MIN * wrow ||
            lacks_other(ix, ids, n, ix->ctok + ix->ctok_first[c],
                        ix->ctok_first[c + 1] - ix->ctok_first[c]))
            continue;
        int label = 250 + 450 * (sim - WORDS_MIN) / (1000 - WORDS_MIN);
        status = add(out, c, label, TX_EV_WORDS, 0, sim);
    }
    free(sh);
    return status;
}

/* Everything one key says: the filer labels, exactly and nearly, and the
 * standard labels. */
static int gather_key(const tx_taxonomy *tax, const tx_row_query *q, const char *key,
                      int heading, tx_cands *out)
{
    const tx_label_index *ix = &tax->labels;
    long exact = tx_strtab_find(&ix->keys, key, strlen(key));
    int bonus = heading ? 30 : 0;
    if (exact >= 0) {
        size_t g = (size_t)exact;
        if (add_group(tax, q, g, 1000, bonus, heading ? TX_EV_HEADING : TX_EV_FILER, 1000,
                      out) != 0)
            return -1;
    }
    /* the taxonomy's own labels (terse, total ...: the words the statements
       of the time used) count more than the standard labels */
    long si = tx_strtab_find(&ix->std_keys, key, strlen(key));
    if (si >= 0 && fits(tax, q, ix->std_concept[si]) &&
        add(out, ix->std_concept[si], ((size_t)si < ix->nown_keys ? OWN_LABEL : STANDARD_LABEL) + bonus,
            heading ? TX_EV_HEADING : TX_EV_STANDARD, 0, 1000) != 0)
        return -1;
    if (add_fuzzy(tax, q, key, exact, heading ? TX_EV_HEADING : TX_EV_FUZZY,
                  heading ? bonus - 60 : 0, out) != 0)
        return -1;
    return 0;
}

int tx_cands_gather(const tx_taxonomy *tax, const tx_row_query *q, tx_cands *out)
{
    char *key = tx_label_key(q->label);
    if (!key)
        return -1;
    int status = 0;
    if (*key) {
        status = gather_key(tax, q, key, 0, out);
        if (status == 0)
            status = add_words(tax, q, key, out);
        /* a label of a word or two that says little by itself says what it
           is under its heading ("Product" under "Cost of revenues:") */
        size_t words = 1;
        int best = 0;
        for (const char *p = key; *p; p++)
            words += *p == ' ';
        for (size_t i = 0; i < out->n; i++)
            if (out->v[i].label > best)
                best = out->v[i].label;
        char *hk = status == 0 && words <= 2 && best < CLEAR_LABEL && q->heading && *q->heading
                       ? tx_label_key(q->heading) : NULL;
        if (hk && *hk) {
            tx_buf b = {0};
            tx_buf_printf(&b, "%s %s", hk, key);
            char *both = tx_buf_take(&b);
            status = both ? gather_key(tax, q, both, 1, out) : -1;
            free(both);
        }
        free(hk);
    }
    free(key);
    return status;
}

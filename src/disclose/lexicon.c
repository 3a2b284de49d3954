/* lexicon.c - the measures prose states and the words for them, loaded
 * from taxonomy/mapping/prose-metrics.tsv (name, concept, second concept,
 * statement kinds, flags), prose-phrases.tsv (phrase, measure, whether
 * it names a loss) and prose-words.tsv (the words that say a claim's
 * period, its basis and its direction of change). */
#include <stdlib.h>
#include <string.h>

#include "disclose/prose.h"
#include "base/tsv.h"
#include "base/util.h"

void tx_prose_lexicon_free(tx_prose_lexicon *lex)
{
    if (!lex)
        return;
    for (size_t i = 0; i < lex->nmetrics; i++) {
        free((char *)lex->metrics[i].name);
        free((char *)lex->metrics[i].concept);
        free((char *)lex->metrics[i].alt);
        free((char *)lex->metrics[i].kinds);
    }
    free(lex->metrics);
    for (size_t i = 0; i < lex->nphrases; i++)
        free(lex->phrases[i].phrase);
    free(lex->phrases);
    for (size_t i = 0; i < lex->nwords; i++)
        free(lex->words[i].phrase);
    free(lex->words);
    free(lex);
}

/* "Revenues" -> "tx-gaap:Revenues"; "-" -> NULL. */
static char *lex_concept(const char *f, int *oom)
{
    if (strcmp(f, "-") == 0 || !*f)
        return NULL;
    tx_buf b = {0};
    tx_buf_printf(&b, "tx-gaap:%s", f);
    char *r = tx_buf_take(&b);
    if (!r)
        *oom = 1;
    return r;
}

static int lex_flag(const char *flags, const char *flag)
{
    size_t n = strlen(flag);
    for (const char *p = flags; (p = strstr(p, flag)) != NULL; p += n)
        if ((p == flags || p[-1] == ',') && (p[n] == ',' || p[n] == '\0'))
            return 1;
    return 0;
}

/* taxonomy/mapping/prose-metrics.tsv: name concept alt kinds flags */
enum { METRIC_NAME, METRIC_CONCEPT, METRIC_ALT, METRIC_KINDS, METRIC_FLAGS };
static const tx_tsv_spec metrics_tsv = {
    .columns = 5, .shape = "a measure needs name, concept, alt, kinds, flags", .missing_bare = 1};

static tx_status lex_metrics(tx_prose_lexicon *lex, const char *path, tx_report *rep)
{
    tx_tsv t;
    if (tx_tsv_open(&t, path, &metrics_tsv, rep) != 0)
        return TX_EIO;
    size_t cap = 0;
    tx_status st = TX_OK;
    int oom = 0, r;
    long per_share = -1;   /* pointers into the array are taken once it is complete */
    while (!oom && (r = tx_tsv_next(&t)) != 0) {
        if (r < 0) {
            st = TX_EIO;
            oom = t.oom;
            break;
        }
        if (tx_grow((void **)&lex->metrics, &cap, lex->nmetrics + 1, sizeof(tx_metric)) != 0) {
            oom = 1;
            break;
        }
        const char *flags = tx_tsv_field(&t, METRIC_FLAGS);
        tx_metric *m = &lex->metrics[lex->nmetrics++];
        memset(m, 0, sizeof *m);
        m->name = tx_strdup(tx_tsv_field(&t, METRIC_NAME));
        m->concept = lex_concept(tx_tsv_field(&t, METRIC_CONCEPT), &oom);
        m->alt = lex_concept(tx_tsv_field(&t, METRIC_ALT), &oom);
        m->kinds = tx_strdup(tx_tsv_field(&t, METRIC_KINDS));
        m->absolute = lex_flag(flags, "absolute");
        m->earnings = lex_flag(flags, "earnings");
        m->nongaap = lex_flag(flags, "nongaap");
        if (lex_flag(flags, "pershare"))
            per_share = (long)lex->nmetrics - 1;
        if (!m->name || !m->kinds)
            oom = 1;
    }
    tx_tsv_close(&t);
    if (st == TX_OK && !oom && per_share >= 0)
        lex->per_share = &lex->metrics[per_share];
    return oom ? TX_ENOMEM : st;
}

/* taxonomy/mapping/prose-phrases.tsv: phrase measure negative */
enum { PHRASE_PHRASE, PHRASE_METRIC, PHRASE_NEGATIVE };
static const tx_tsv_spec phrases_tsv = {
    .columns = 3, .shape = "a phrase needs phrase, a measure of prose-metrics.tsv, negative",
    .missing_bare = 1};

static tx_status lex_phrases(tx_prose_lexicon *lex, const char *path, tx_report *rep)
{
    tx_tsv t;
    if (tx_tsv_open(&t, path, &phrases_tsv, rep) != 0)
        return TX_EIO;
    size_t cap = 0;
    tx_status st = TX_OK;
    int r;
    while (st == TX_OK && (r = tx_tsv_next(&t)) != 0) {
        if (r < 0) {
            st = t.oom ? TX_ENOMEM : TX_EIO;
            break;
        }
        const char *metric = tx_tsv_field(&t, PHRASE_METRIC);
        size_t m = 0;
        while (m < lex->nmetrics && strcmp(lex->metrics[m].name, metric) != 0)
            m++;
        if (m == lex->nmetrics) {
            tx_tsv_bad(&t, "%s", phrases_tsv.shape);
            st = TX_EIO;
            break;
        }
        if (tx_grow((void **)&lex->phrases, &cap, lex->nphrases + 1, sizeof *lex->phrases) != 0) {
            st = TX_ENOMEM;
            break;
        }
        struct tx_lex_phrase *ph = &lex->phrases[lex->nphrases++];
        ph->phrase = tx_strdup(tx_tsv_field(&t, PHRASE_PHRASE));
        ph->metric = m;
        ph->negative = strcmp(tx_tsv_field(&t, PHRASE_NEGATIVE), "1") == 0;
        if (!ph->phrase)
            st = TX_ENOMEM;
    }
    tx_tsv_close(&t);
    return st;
}

/* taxonomy/mapping/prose-words.tsv: phrase role */
enum { WORD_PHRASE, WORD_ROLE };
static const tx_tsv_spec words_tsv = {
    .columns = 2, .shape = "a word needs phrase and role (see the file's head)", .missing_bare = 1};

static const char *const role_names[] = {
    NULL, "current", "prior-quarter", "prior-year", "same-of", "year-of", "full-year",
    "year-to-date", "nongaap-before", "nongaap-after", "gaap-before", "up", "down",
    "not-metric-after", "not-metric-before", "forecast", "part-before", "part-after"};

static tx_status lex_words(tx_prose_lexicon *lex, const char *path, tx_report *rep)
{
    tx_tsv t;
    if (tx_tsv_open(&t, path, &words_tsv, rep) != 0)
        return TX_EIO;
    size_t cap = 0;
    tx_status st = TX_OK;
    int r;
    while (st == TX_OK && (r = tx_tsv_next(&t)) != 0) {
        if (r < 0) {
            st = t.oom ? TX_ENOMEM : TX_EIO;
            break;
        }
        const char *role = tx_tsv_field(&t, WORD_ROLE);
        int k = 1;
        while (k < (int)(sizeof role_names / sizeof role_names[0]) && strcmp(role_names[k], role) != 0)
            k++;
        if (k == (int)(sizeof role_names / sizeof role_names[0])) {
            tx_tsv_bad(&t, "%s", words_tsv.shape);
            st = TX_EIO;
            break;
        }
        if (tx_grow((void **)&lex->words, &cap, lex->nwords + 1, sizeof *lex->words) != 0) {
            st = TX_ENOMEM;
            break;
        }
        struct tx_lex_word *w = &lex->words[lex->nwords++];
        w->phrase = tx_strdup(tx_tsv_field(&t, WORD_PHRASE));
        w->role = k;
        if (!w->phrase)
            st = TX_ENOMEM;
    }
    tx_tsv_close(&t);
    return st;
}

int tx_lex_word_at(const tx_prose_lexicon *lex, const char *low, size_t i, size_t to,
                   const int *roles, size_t nroles, size_t *end)
{
    size_t best = 0;
    int role = 0;
    for (size_t j = 0; lex && j < lex->nwords; j++) {
        const struct tx_lex_word *w = &lex->words[j];
        size_t l = strlen(w->phrase);
        if (l <= best || !word_at(low, i, to, w->phrase))
            continue;
        for (size_t k = 0; k < nroles; k++)
            if (roles[k] == w->role) {
                best = l;
                role = w->role;
                break;
            }
    }
    if (role && end)
        *end = i + best;
    return role;
}

tx_status tx_prose_lexicon_load(const char *datadir, tx_report *rep, tx_prose_lexicon **out)
{
    *out = NULL;
    tx_prose_lexicon *lex = calloc(1, sizeof *lex);
    char *metrics = tx_tsv_path(datadir, "taxonomy/mapping/prose-metrics.tsv");
    char *phrases = tx_tsv_path(datadir, "taxonomy/mapping/prose-phrases.tsv");
    char *words = tx_tsv_path(datadir, "taxonomy/mapping/prose-words.tsv");
    tx_status st = !lex || !metrics || !phrases || !words ? TX_ENOMEM
                                                          : lex_metrics(lex, metrics, rep);
    if (st == TX_OK)
        st = lex_phrases(lex, phrases, rep);
    if (st == TX_OK)
        st = lex_words(lex, words, rep);
    if (st == TX_OK && !lex->per_share) {
        tx_report_add(rep, TX_ERROR, metrics, 0, "taxonomy.bad-row", "%s",
                      "no measure has the flag pershare");
        st = TX_EIO;
    }
    free(metrics);
    free(phrases);
    free(words);
    if (st != TX_OK) {
        tx_prose_lexicon_free(lex);
        return st;
    }
    *out = lex;
    return TX_OK;
}

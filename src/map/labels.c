/* labels.c - the label normaliser and the index of how filers label the
 * concepts (filer-labels.tsv, the concepts' standard labels and names). */
#include "map/labels.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/tsv.h"
#include "base/util.h"
#include "map/taxonomy.h"

static const char *const stm_names[TX_STM_COUNT] = {"balance", "income", "cashflow", "equity",
                                                   "other"};

int tx_stm_code(const char *statement)
{
    for (int i = 0; i < TX_STM_COUNT; i++)
        if (strcmp(statement, stm_names[i]) == 0)
            return i;
    if (strcmp(statement, "comprehensive") == 0)
        return TX_STM_OTHER;
    return -1;
}

const char *tx_stm_name(int stm)
{
    return stm >= 0 && stm < TX_STM_COUNT ? stm_names[stm] : "any";
}

/* ------------------------------------------------------------ normaliser */

static int is_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* The singular of a lower-case word w[0..n): its new length. */
static size_t singular(char *w, size_t n)
{
    if (n > 4 && memcmp(w + n - 3, "ies", 3) == 0) {
        w[n - 3] = 'y';
        return n - 2;
    }
    if (n > 4 && (memcmp(w + n - 4, "sses", 4) == 0 || memcmp(w + n - 3, "xes", 3) == 0))
        return n - 2;
    if (n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u' && w[n - 2] != 'i')
        return n - 1;
    return n;
}

typedef struct word {
    const char *w;
    size_t n;
} word;

#define WORD(s) {s, sizeof s - 1}

static int word_is(const char *w, size_t n, const word *list)
{
    for (size_t i = 0; list[i].w; i++)
        if (list[i].n == n && w[0] == list[i].w[0] && memcmp(w, list[i].w, n) == 0)
            return 1;
    return 0;
}

/* Words of the normaliser's grammar: operators that may open a label,
 * words left out anywhere, and the words that open a qualifier. */
static const word operators[] = {WORD("less"), WORD("add"), WORD("deduct"), WORD("plus"),
                                 {NULL, 0}};
static const word dropped[] = {WORD("the"), WORD("a"), WORD("an"), WORD("of"), WORD("and"),
                               WORD("respectively"), {NULL, 0}};
static const word including[] = {WORD("including"), WORD("include"), WORD("includes"), {NULL, 0}};

/* Each byte as the first pass of the normaliser writes it: a letter in
 * lower case, a digit, or a space. */
static char fold[256];

static void init_fold(void)
{
    if (fold['a'])
        return;
    for (int c = 0; c < 256; c++)
        fold[c] = ' ';
    for (int c = 'a'; c <= 'z'; c++)
        fold[c] = (char)c, fold[c - 'a' + 'A'] = (char)c;
    for (int c = '0'; c <= '9'; c++)
        fold[c] = (char)c;
}

/* The key of label[0..n) into out (at least n * 5 + 8 bytes; `stage` as
 * many, for the first pass): its length. */
static size_t label_key_into(const char *label, size_t n, char *s, char *key)
{
    init_fold();
    /* 1. lower case, '&' as "and", parentheses resolved, possessives out */
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        char c = label[i];
        char f = fold[(unsigned char)c];
        if (f != ' ') {
            s[o++] = f;
            continue;
        }
        if (c == '(') {
            size_t depth = 1, j = i + 1;
            while (j < n && depth) {
                if (label[j] == '(')
                    depth++;
                else if (label[j] == ')')
                    depth--;
                j++;
            }
            /* a parenthesised text qualifies the label: the sign's other
               sense ("(loss)", "(benefit)", "(used in)"), a note, an amount */
            s[o++] = ' ';
            i = j - 1;
            continue;
        }
        if (c == '&') {
            memcpy(s + o, " and ", 5);
            o += 5;
            continue;
        }
        if (c == '\'' && i + 1 < n && lower(label[i + 1]) == 's' &&
            (i + 2 >= n || !is_alpha(label[i + 2]))) {
            i++;
            s[o++] = ' ';
            continue;
        }
        s[o++] = ' ';
    }
    /* 2. words, into the key */
    size_t k = 0;
    int first = 1;
    for (size_t i = 0; i < o;) {
        while (i < o && s[i] == ' ')
            i++;
        if (i >= o)
            break;
        size_t a = i;
        int digits = 0;
        while (i < o && s[i] != ' ')
            digits |= is_digit(s[i++]);
        char *w = s + a;
        size_t len = i - a;
        if (digits)
            continue;
        size_t rest = i;
        while (rest < o && s[rest] == ' ')
            rest++;
        if (first && rest < o && len <= 6 && word_is(w, len, operators))
            continue;
        if (!first && len == 4 && memcmp(w, "less", 4) == 0) {
            memcpy(key + k, " net", 4);
            k += 4;
            break;
        }
        if (len == 3 && memcmp(w, "net", 3) == 0 && rest + 2 <= o &&
            memcmp(s + rest, "of", 2) == 0 && (rest + 2 == o || s[rest + 2] == ' ')) {
            if (!first)
                key[k++] = ' ';
            memcpy(key + k, "net", 3);
            k += 3;
            first = 0;
            break;
        }
        if (len >= 7 && len <= 9 && w[0] == 'i' && word_is(w, len, including)) {
            /* "including a restricted balance of $18,200": a qualifier with
               amounts; "Including Portion Attributable to ..." names more */
            int amounts = 0;
            for (size_t j = i; j < o && !amounts; j++)
                amounts = is_digit(s[j]);
            if (amounts)
                break;
        }
        if ((len <= 3 || len == 12) && word_is(w, len, dropped))
            continue;
        len = singular(w, len);
        if (!first)
            key[k++] = ' ';
        memcpy(key + k, w, len);
        k += len;
        first = 0;
    }
    key[k] = '\0';
    return k;
}

char *tx_label_key(const char *label)
{
    if (!label)
        return NULL;
    size_t n = strlen(label);
    char small[1024];
    char *s = 2 * (n * 5 + 8) <= sizeof small ? small : malloc(2 * (n * 5 + 8));
    if (!s)
        return NULL;
    label_key_into(label, n, s, s + n * 5 + 8);
    char *key = tx_strdup(s + n * 5 + 8);
    if (s != small)
        free(s);
    return key;
}

char *tx_name_words(const char *name)
{
    tx_buf b = {0};
    for (size_t i = 0; name[i]; i++) {
        char c = name[i];
        if (i > 0 && ((c >= 'A' && c <= 'Z' && !(name[i - 1] >= 'A' && name[i - 1] <= 'Z')) ||
                      (is_digit(c) && !is_digit(name[i - 1]))))
            tx_buf_putc(&b, ' ');
        tx_buf_putc(&b, c);
    }
    char *r = tx_buf_take(&b);
    return r ? r : tx_strdup("");
}

/* ------------------------------------------------------------ strings */

/* A hash of s[0..n), eight bytes at a time (the table's order of ids is
 * the order strings were added, whatever the hash). */
static size_t hash_bytes(const char *s, size_t n)
{
    uint64_t h = 0x9e3779b97f4a7c15ULL ^ n;
    while (n >= 8) {
        uint64_t v;
        memcpy(&v, s, 8);
        h = (h ^ v) * 0xff51afd7ed558ccdULL;
        h ^= h >> 32;
        s += 8;
        n -= 8;
    }
    uint64_t v = 0;
    memcpy(&v, s, n);
    h = (h ^ v) * 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 29;
    return (size_t)h;
}

/* The slot of s[0..n) (hash h): its id + 1, or 0 where it would go. */
static size_t strtab_slot(const tx_strtab *t, const char *s, size_t n, size_t h)
{
    size_t j = h & (t->nslots - 1);
    while (t->slots[j]) {
        const char *x = t->chars + t->off[t->slots[j] - 1];
        if (x[0] == s[0] && memcmp(x, s, n) == 0 && x[n] == '\0')
            return j;
        j = (j + 1) & (t->nslots - 1);
    }
    return j;
}

long tx_strtab_find(const tx_strtab *t, const char *s, size_t n)
{
    if (!t->nslots || !n)
        return -1;
    size_t j = strtab_slot(t, s, n, hash_bytes(s, n));
    return t->slots[j] ? (long)t->slots[j] - 1 : -1;
}

const char *tx_strtab_str(const tx_strtab *t, size_t id)
{
    return t->chars + t->off[id];
}

static int strtab_rehash(tx_strtab *t)
{
    size_t ns = t->nslots ? t->nslots * 2 : 1024;
    unsigned *slots = calloc(ns, sizeof *slots);
    if (!slots)
        return -1;
    for (size_t id = 0; id < t->n; id++) {
        const char *x = t->chars + t->off[id];
        size_t j = hash_bytes(x, strlen(x)) & (ns - 1);
        while (slots[j])
            j = (j + 1) & (ns - 1);
        slots[j] = (unsigned)id + 1;
    }
    free(t->slots);
    t->slots = slots;
    t->nslots = ns;
    return 0;
}

/* The id of s[0..n), added when new; -1 when out of memory. */
static long strtab_add(tx_strtab *t, const char *s, size_t n)
{
    size_t h = hash_bytes(s, n);
    if (t->nslots && n) {
        size_t j = strtab_slot(t, s, n, h);
        if (t->slots[j])
            return (long)t->slots[j] - 1;
    }
    if ((t->n + 1) * 2 > t->nslots && strtab_rehash(t) != 0)
        return -1;
    if (tx_grow((void **)&t->chars, &t->cap, t->len + n + 1, 1) != 0 ||
        tx_grow((void **)&t->off, &t->ocap, t->n + 1, sizeof *t->off) != 0)
        return -1;
    memcpy(t->chars + t->len, s, n);
    t->chars[t->len + n] = '\0';
    t->off[t->n] = t->len;
    t->len += n + 1;
    size_t j = h & (t->nslots - 1);
    while (t->slots[j])
        j = (j + 1) & (t->nslots - 1);
    t->slots[j] = (unsigned)t->n + 1;
    return (long)t->n++;
}

static void strtab_free(tx_strtab *t)
{
    free(t->chars);
    free(t->off);
    free(t->slots);
    memset(t, 0, sizeof *t);
}

/* ------------------------------------------------------------ index */

/* 64 * log2(x) for x >= 1, to about 1/8 (integer arithmetic). */
static unsigned log2_64(unsigned long x)
{
    unsigned r = 0;
    while (x >= 16) {
        x >>= 1;
        r += 64;
    }
    static const unsigned small[16] = {0, 0, 64, 101, 128, 149, 165, 180,
                                       192, 203, 213, 221, 229, 237, 244, 250};
    return r + small[x];
}

typedef struct raw_use {
    unsigned group, concept;
    unsigned char stm;
    unsigned filers, filings, negated;
} raw_use;

static int cmp_use(const tx_label_use *x, const tx_label_use *y)
{
    if (x->stm != y->stm)
        return x->stm < y->stm ? -1 : 1;
    if (x->filers != y->filers)
        return x->filers > y->filers ? -1 : 1;
    return x->concept < y->concept ? -1 : x->concept > y->concept;
}

/* The words of a key, as distinct token ids appended to *ids (each word
 * added to the table when new); 0, or -1 when out of memory. */
static int key_tokens(tx_strtab *words, const char *key, unsigned **ids, size_t *n,
                      size_t *cap)
{
    size_t start = *n;
    for (const char *p = key; *p;) {
        size_t len = strcspn(p, " ");
        if (len) {
            long id = strtab_add(words, p, len);
            if (id < 0)
                return -1;
            int seen = 0;
            for (size_t i = start; i < *n && !seen; i++)
                seen = (*ids)[i] == (unsigned)id;
            if (!seen) {
                if (tx_grow((void **)ids, cap, *n + 1, sizeof **ids) != 0)
                    return -1;
                (*ids)[(*n)++] = (unsigned)id;
            }
        }
        p += len;
        while (*p == ' ')
            p++;
    }
    return 0;
}

/* filer-labels.tsv: label statement concept n_filers n_filings negated_share */
enum { FL_LABEL, FL_STATEMENT, FL_CONCEPT, FL_FILERS, FL_FILINGS, FL_NEGATED };
static const tx_tsv_spec filer_tsv = {
    .columns = 6, .header = "label",
    .shape = "a filer label needs label, statement, concept, n_filers, n_filings, negated_share"};

/* "0.37" -> 370 */
static unsigned per_mille(const char *s)
{
    unsigned v = 0, frac = 0, digits = 0;
    for (; *s && *s != '.'; s++)
        if (is_digit(*s))
            v = v * 10 + (unsigned)(*s - '0');
    if (*s == '.')
        for (s++; *s && digits < 3; s++, digits++)
            frac = frac * 10 + (unsigned)(is_digit(*s) ? *s - '0' : 0);
    while (digits < 3)
        frac *= 10, digits++;
    return v * 1000 + frac;
}

/* Postings: for each token, the items (groups or concepts) that hold it. */
static int build_postings(size_t ntokens, size_t nitems, const size_t *first_tok,
                          const size_t *count, const unsigned *tok, size_t **first_out,
                          unsigned **post_out)
{
    size_t *first = calloc(ntokens + 1, sizeof *first);
    if (!first)
        return -1;
    size_t total = 0;
    for (size_t g = 0; g < nitems; g++)
        for (size_t k = 0; k < count[g]; k++)
            first[tok[first_tok[g] + k] + 1]++, total++;
    for (size_t t = 0; t < ntokens; t++)
        first[t + 1] += first[t];
    unsigned *post = malloc((total ? total : 1) * sizeof *post);
    size_t *fill = malloc((ntokens ? ntokens : 1) * sizeof *fill);
    if (!post || !fill) {
        free(first), free(post), free(fill);
        return -1;
    }
    memcpy(fill, first, ntokens * sizeof *fill);
    for (size_t g = 0; g < nitems; g++)
        for (size_t k = 0; k < count[g]; k++)
            post[fill[tok[first_tok[g] + k]]++] = (unsigned)g;
    free(fill);
    *first_out = first;
    *post_out = post;
    return 0;
}

/* The uses of the filer labels, grouped by normalised label. */
static int read_uses(tx_taxonomy *tax, const char *path, tx_report *rep, raw_use **out,
                     size_t *nout)
{
    tx_label_index *ix = &tax->labels;
    tx_strtab names = {0};
    for (size_t i = 0; i < tax->nconcepts; i++)
        if (strtab_add(&names, tax->concepts[i].name, strlen(tax->concepts[i].name)) < 0) {
            strtab_free(&names);
            return -1;
        }
    tx_tsv t;
    if (tx_tsv_open(&t, path, &filer_tsv, rep) != 0) {
        strtab_free(&names);
        return -1;
    }
    raw_use *raw = NULL;
    size_t nraw = 0, rcap = 0, bcap = 0;
    /* about a row per 90 bytes: room for them at once */
    if (tx_grow((void **)&raw, &rcap, t.len / 90 + 64, sizeof *raw) != 0) {
        tx_tsv_close(&t);
        strtab_free(&names);
        return -1;
    }
    char *buf = NULL, *last = NULL;
    size_t lastcap = 0;
    long group = -1;
    int r;
    while ((r = tx_tsv_next(&t)) > 0) {
        int stm = tx_stm_code(tx_tsv_field(&t, FL_STATEMENT));
        const char *cname = tx_tsv_field(&t, FL_CONCEPT);
        long ci = tx_strtab_find(&names, cname, strlen(cname));
        if (stm < 0 || ci < 0 || tax->concepts[ci].abstract)
            continue;   /* a concept the taxonomy lacks, or a heading */
        const char *label = tx_tsv_field(&t, FL_LABEL);
        size_t n = strlen(label);
        if (!last || strcmp(last, label) != 0) {
            /* the rows come sorted by label: one key per printed label */
            if (tx_grow((void **)&buf, &bcap, 2 * (n * 5 + 8), 1) != 0 ||
                tx_grow((void **)&last, &lastcap, n + 1, 1) != 0) {
                r = -1;
                break;
            }
            memcpy(last, label, n + 1);
            size_t k = label_key_into(label, n, buf, buf + n * 5 + 8);
            group = k ? strtab_add(&ix->keys, buf + n * 5 + 8, k) : -2;
            if (group == -1) {
                r = -1;
                break;
            }
        }
        if (group < 0)
            continue;
        if (tx_grow((void **)&raw, &rcap, nraw + 1, sizeof *raw) != 0) {
            r = -1;
            break;
        }
        raw_use *u = &raw[nraw++];
        u->group = (unsigned)group;
        u->concept = (unsigned)ci;
        u->stm = (unsigned char)stm;
        u->filers = (unsigned)strtoul(tx_tsv_field(&t, FL_FILERS), NULL, 10);
        u->filings = (unsigned)strtoul(tx_tsv_field(&t, FL_FILINGS), NULL, 10);
        u->negated = (u->filings * per_mille(tx_tsv_field(&t, FL_NEGATED)) + 500) / 1000;
    }
    tx_tsv_close(&t);
    strtab_free(&names);
    free(buf);
    free(last);
    if (r < 0) {
        free(raw);
        return -1;
    }
    *out = raw;
    *nout = nraw;
    return 0;
}

/* A label of the taxonomy for a concept: the first concept given a key
 * keeps it (the project's own labels come first).  0, or -1 when out of
 * memory. */
static int add_std(tx_label_index *ix, const char *key, unsigned concept, size_t *cap)
{
    if (!*key)
        return 0;
    size_t before = ix->std_keys.n;
    long id = strtab_add(&ix->std_keys, key, strlen(key));
    if (id < 0)
        return -1;
    if (ix->std_keys.n == before)
        return 0;   /* a key some concept already has */
    if (tx_grow((void **)&ix->std_concept, cap, ix->std_keys.n, sizeof *ix->std_concept) != 0)
        return -1;
    ix->std_concept[id] = concept;
    return 0;
}

int tx_label_index_load(tx_taxonomy *tax, const char *path, tx_report *rep)
{
    tx_label_index *ix = &tax->labels;
    raw_use *raw = NULL;
    size_t nraw = 0;
    if (read_uses(tax, path, rep, &raw, &nraw) != 0)
        return -1;
    size_t ng = ix->keys.n, nc = tax->nconcepts;
    ix->ngroups = ng;
    ix->nconcepts = nc;
    ix->groups = calloc(ng ? ng : 1, sizeof *ix->groups);
    ix->uses = malloc((nraw ? nraw : 1) * sizeof *ix->uses);
    ix->filings = calloc(nc ? nc : 1, sizeof *ix->filings);
    ix->negated = calloc(nc ? nc : 1, sizeof *ix->negated);
    size_t *fill = calloc(ng + 1, sizeof *fill);
    int status = ix->groups && ix->uses && ix->filings && ix->negated && fill ? 0 : -1;
    /* the uses by group (a counting sort), one per group, statement and
       concept, best first */
    for (size_t i = 0; status == 0 && i < nraw; i++)
        fill[raw[i].group + 1]++;
    for (size_t g = 0; status == 0 && g < ng; g++)
        fill[g + 1] += fill[g];
    for (size_t g = 0; status == 0 && g < ng; g++)
        ix->groups[g].first = fill[g];
    for (size_t i = 0; status == 0 && i < nraw; i++) {
        const raw_use *x = &raw[i];
        ix->filings[x->concept][x->stm] += x->filings;
        ix->negated[x->concept][x->stm] += x->negated;
        tx_label_group *gr = &ix->groups[x->group];
        tx_label_use *u = NULL;
        for (size_t k = gr->first; k < gr->first + gr->n && !u; k++)
            if (ix->uses[k].stm == x->stm && ix->uses[k].concept == x->concept)
                u = &ix->uses[k];
        if (u) {
            u->filers += x->filers;
            u->filings += x->filings;
            u->negated += x->negated;
            continue;
        }
        u = &ix->uses[gr->first + gr->n++];
        u->concept = x->concept;
        u->stm = x->stm;
        u->filers = x->filers;
        u->filings = x->filings;
        u->negated = x->negated;
    }
    free(raw);
    free(fill);
    ix->nuses = nraw;
    for (size_t g = 0; status == 0 && g < ng; g++) {
        tx_label_use *u = ix->uses + ix->groups[g].first;
        for (size_t i = 1; i < ix->groups[g].n; i++) {
            tx_label_use x = u[i];
            size_t j = i;
            while (j > 0 && cmp_use(&u[j - 1], &x) > 0) {
                u[j] = u[j - 1];
                j--;
            }
            u[j] = x;
        }
    }
    /* the words of the labels */
    size_t tcap = 0, ntok = 0;
    size_t *gfirst = malloc((ng ? ng : 1) * sizeof *gfirst);
    size_t *gcount = malloc((ng ? ng : 1) * sizeof *gcount);
    if (!gfirst || !gcount)
        status = -1;
    for (size_t g = 0; status == 0 && g < ng; g++) {
        ix->groups[g].tok = ntok;
        if (key_tokens(&ix->words, tx_strtab_str(&ix->keys, g), &ix->tokens, &ntok, &tcap) != 0)
            status = -1;
        ix->groups[g].ntokens = ntok - ix->groups[g].tok;
        gfirst[g] = ix->groups[g].tok;
        gcount[g] = ix->groups[g].ntokens;
    }
    /* the words of the concepts: standard label and name */
    size_t ccap = 0, nctok = 0;
    ix->ctok_first = calloc(nc + 1, sizeof *ix->ctok_first);
    ix->concept_weight = calloc(nc ? nc : 1, sizeof *ix->concept_weight);
    size_t *ccount = calloc(nc ? nc : 1, sizeof *ccount);
    if (!ix->ctok_first || !ix->concept_weight || !ccount)
        status = -1;
    size_t scap = 0;
    /* the taxonomy's own labels (terse, total, negated, period start and
       end): what the concepts are called besides their standard label */
    for (size_t i = 0; status == 0 && i < tax->nown; i++) {
        char *k = tx_label_key(tax->own_labels[i]);
        if (!k || add_std(ix, k, tax->own_concepts[i], &scap) != 0)
            status = -1;
        free(k);
    }
    ix->nown_keys = ix->std_keys.n;
    for (size_t i = 0; status == 0 && i < nc; i++) {
        const tx_concept *c = &tax->concepts[i];
        ix->ctok_first[i] = nctok;
        if (c->abstract || strchr(c->name, ':'))
            continue;
        char *lk = tx_label_key(c->label);
        char *nw = tx_name_words(c->name);
        char *nk = nw ? tx_label_key(nw) : NULL;
        if (!lk || !nk || key_tokens(&ix->words, lk, &ix->ctok, &nctok, &ccap) != 0)
            status = -1;
        /* the name's words beside the label's */
        size_t before = nctok;
        if (status == 0 && key_tokens(&ix->words, nk, &ix->ctok, &nctok, &ccap) != 0)
            status = -1;
        for (size_t k = before; status == 0 && k < nctok; k++)
            for (size_t j = ix->ctok_first[i]; j < before; j++)
                if (ix->ctok[j] == ix->ctok[k]) {
                    ix->ctok[k--] = ix->ctok[--nctok];
                    break;
                }
        if (status == 0 && add_std(ix, lk, (unsigned)i, &scap) != 0)
            status = -1;
        ccount[i] = nctok - ix->ctok_first[i];
        free(lk), free(nw), free(nk);
    }
    if (status == 0)
        ix->ctok_first[nc] = nctok;
    ix->ntokens = ix->words.n;
    if (status == 0 &&
        (build_postings(ix->ntokens, ng, gfirst, gcount, ix->tokens, &ix->post_first,
                        &ix->post) != 0 ||
         build_postings(ix->ntokens, nc, ix->ctok_first, ccount, ix->ctok, &ix->cpost_first,
                        &ix->cpost) != 0))
        status = -1;
    free(gfirst);
    free(gcount);
    free(ccount);
    if (status != 0)
        return -1;
    /* a word's weight: how rare it is among the labels (a word only concept
       names use weighs most) */
    ix->token_weight = malloc((ix->ntokens ? ix->ntokens : 1) * sizeof *ix->token_weight);
    if (!ix->token_weight)
        return -1;
    for (size_t w = 0; w < ix->ntokens; w++) {
        size_t df = ix->post_first[w + 1] - ix->post_first[w];
        ix->token_weight[w] = 64 + log2_64((ng + 1) / (df + 1));
    }
    for (size_t g = 0; g < ng; g++)
        for (size_t k = 0; k < ix->groups[g].ntokens; k++)
            ix->groups[g].weight += ix->token_weight[ix->tokens[ix->groups[g].tok + k]];
    for (size_t i = 0; i < nc; i++)
        for (size_t k = ix->ctok_first[i]; k < ix->ctok_first[i + 1]; k++)
            ix->concept_weight[i] += ix->token_weight[ix->ctok[k]];
    return 0;
}

void tx_label_index_free(tx_label_index *ix)
{
    free(ix->uses);
    strtab_free(&ix->keys);
    free(ix->groups);
    free(ix->tokens);
    strtab_free(&ix->words);
    free(ix->token_weight);
    free(ix->post_first);
    free(ix->post);
    strtab_free(&ix->std_keys);
    free(ix->std_concept);
    free(ix->ctok_first);
    free(ix->ctok);
    free(ix->concept_weight);
    free(ix->cpost_first);
    free(ix->cpost);
    free(ix->filings);
    free(ix->negated);
    memset(ix, 0, sizeof *ix);
}

size_t tx_label_tokens(const tx_label_index *ix, const char *key, unsigned *ids, size_t max,
                       unsigned *unknown_weight)
{
    size_t n = 0;
    for (const char *p = key; *p;) {
        size_t len = strcspn(p, " ");
        if (len) {
            long id = tx_strtab_find(&ix->words, p, len);
            if (id >= 0) {
                int seen = 0;
                for (size_t i = 0; i < n; i++)
                    seen |= ids[i] == (unsigned)id;
                if (!seen && n < max)
                    ids[n++] = (unsigned)id;
            } else if (unknown_weight) {
                *unknown_weight += 64 + log2_64(ix->ngroups + 1);
            }
        }
        p += len;
        while (*p == ' ')
            p++;
    }
    return n;
}

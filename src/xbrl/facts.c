/* facts.c - the fact model: ownership, shared text forms, CSV and xBRL-JSON. */
#include "xbrl/facts.h"

#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "xbrl/prefixes.h"


/* ------------------------------------------------------------ ownership */

/* The factset's arrays have no capacity fields: their capacity is a pure
 * function of their length (0, then powers of two from 8), so appending
 * grows them exactly when the length reaches such a capacity. */
static size_t implied_cap(size_t n)
{
    if (n == 0)
        return 0;
    size_t c = 8;
    while (c < n)
        c *= 2;
    return c;
}

static int grow_one(void **arr, size_t n, size_t size)
{
    size_t cap = implied_cap(n);
    return tx_grow(arr, &cap, n + 1, size);
}

tx_factset *tx_factset_new(const char *source, const char *stem)
{
    tx_factset *fs = calloc(1, sizeof *fs);
    if (!fs)
        return NULL;
    if ((source && !(fs->source = tx_strdup(source))) ||
        (stem && !(fs->stem = tx_strdup(stem)))) {
        tx_factset_free(fs);
        return NULL;
    }
    return fs;
}

void tx_fact_clear(tx_fact *f)
{
    free(f->concept);
    for (size_t i = 0; i < f->ndims; i++) {
        free(f->dims[i].axis);
        free(f->dims[i].member);
    }
    free(f->dims);
    free(f->unit_text);
    free(f->text);
    free(f->origin);
    memset(f, 0, sizeof *f);
}

static void ext_clear(tx_ext_concept *c)
{
    free(c->name);
    free(c->period_type);
    free(c->balance);
    free(c->type);
    free(c->label);
}

static void arc_clear(tx_ext_arc *a)
{
    free(a->role);
    free(a->parent);
    free(a->child);
}

void tx_factset_free(tx_factset *fs)
{
    if (!fs)
        return;
    for (size_t i = 0; i < fs->nschema_refs; i++)
        free(fs->schema_refs[i]);
    free(fs->schema_refs);
    for (size_t i = 0; i < fs->nns; i++) {
        free(fs->ns[i].prefix);
        free(fs->ns[i].uri);
    }
    free(fs->ns);
    for (size_t i = 0; i < fs->nentities; i++) {
        free(fs->entities[i].name);
        free(fs->entities[i].scheme);
        free(fs->entities[i].identifier);
    }
    free(fs->entities);
    for (size_t i = 0; i < fs->nfacts; i++)
        tx_fact_clear(&fs->facts[i]);
    free(fs->facts);
    for (size_t i = 0; i < fs->next; i++)
        ext_clear(&fs->ext[i]);
    free(fs->ext);
    for (size_t i = 0; i < fs->narcs; i++)
        arc_clear(&fs->arcs[i]);
    free(fs->arcs);
    for (size_t i = 0; i < fs->npres; i++) {
        free(fs->pres[i].title);
        free(fs->pres[i].root);
        for (size_t k = 0; k < fs->pres[i].nnodes; k++) {
            free(fs->pres[i].nodes[k].concept);
            free(fs->pres[i].nodes[k].label_role);
        }
        free(fs->pres[i].nodes);
    }
    free(fs->pres);
    for (size_t i = 0; i < fs->nabstracts; i++)
        free(fs->abstracts[i]);
    free(fs->abstracts);
    for (size_t i = 0; i < fs->nfootnotes; i++) {
        free(fs->footnotes[i].text);
        free(fs->footnotes[i].marker);
        free(fs->footnotes[i].facts);
    }
    free(fs->footnotes);
    for (size_t i = 0; i < fs->nlabels; i++) {
        free(fs->labels[i].concept);
        free(fs->labels[i].role);
        free(fs->labels[i].text);
    }
    free(fs->labels);
    tx_smap_clear(&fs->ext_index);
    tx_smap_clear(&fs->label_index);
    tx_smap_clear(&fs->abstract_index);
    free(fs->source);
    free(fs->stem);
    free(fs);
}

/* tx_strdup that keeps NULL as NULL: 0 on success, -1 on failure. */
static int dup_opt(char **dst, const char *src)
{
    *dst = NULL;
    if (!src)
        return 0;
    *dst = tx_strdup(src);
    return *dst ? 0 : -1;
}

int tx_factset_bind(tx_factset *fs, const char *prefix, const char *uri)
{
    if (!fs || !prefix || !uri)
        return -1;
    for (size_t i = 0; i < fs->nns; i++)
        if (strcmp(fs->ns[i].prefix, prefix) == 0)
            return 0;
    if (grow_one((void **)&fs->ns, fs->nns, sizeof *fs->ns) != 0)
        return -1;
    tx_namespace b = {tx_strdup(prefix), tx_strdup(uri)};
    if (!b.prefix || !b.uri) {
        free(b.prefix);
        free(b.uri);
        return -1;
    }
    fs->ns[fs->nns++] = b;
    return 0;
}

long tx_factset_entity(tx_factset *fs, const char *name, const char *scheme,
                       const char *identifier)
{
    if (!fs || !scheme || !identifier)
        return -1;
    for (size_t i = 0; i < fs->nentities; i++)
        if (strcmp(fs->entities[i].scheme, scheme) == 0 &&
            strcmp(fs->entities[i].identifier, identifier) == 0)
            return (long)i;
    if (grow_one((void **)&fs->entities, fs->nentities, sizeof *fs->entities) != 0)
        return -1;
    tx_entity e = {0};
    if (dup_opt(&e.name, name) != 0 || dup_opt(&e.scheme, scheme) != 0 ||
        dup_opt(&e.identifier, identifier) != 0) {
        free(e.name);
        free(e.scheme);
        free(e.identifier);
        return -1;
    }
    fs->entities[fs->nentities] = e;
    return (long)fs->nentities++;
}

static int dim_cmp(const void *a, const void *b)
{
    const tx_dim *x = a, *y = b;
    int c = strcmp(x->axis ? x->axis : "", y->axis ? y->axis : "");
    return c ? c : strcmp(x->member ? x->member : "", y->member ? y->member : "");
}

int tx_factset_add(tx_factset *fs, tx_fact *f)
{
    if (!fs || !f || !f->concept || f->entity >= fs->nentities)
        return -1;
    if (grow_one((void **)&fs->facts, fs->nfacts, sizeof *fs->facts) != 0)
        return -1;
    if (f->ndims > 1)
        tx_sort(f->dims, f->ndims, sizeof *f->dims, dim_cmp);
    fs->facts[fs->nfacts++] = *f;
    memset(f, 0, sizeof *f);
    return 0;
}

int tx_factset_add_ext(tx_factset *fs, const tx_ext_concept *c)
{
    if (!fs || !c || !c->name)
        return -1;
    if (tx_factset_find_ext(fs, c->name) >= 0)
        return 0;
    if (grow_one((void **)&fs->ext, fs->next, sizeof *fs->ext) != 0)
        return -1;
    tx_ext_concept e = {0};
    if (dup_opt(&e.name, c->name) != 0 || dup_opt(&e.period_type, c->period_type) != 0 ||
        dup_opt(&e.balance, c->balance) != 0 || dup_opt(&e.type, c->type) != 0 ||
        dup_opt(&e.label, c->label) != 0 || tx_smap_put(&fs->ext_index, c->name, fs->next) != 0) {
        ext_clear(&e);
        return -1;
    }
    fs->ext[fs->next++] = e;
    return 0;
}

long tx_factset_find_ext(const tx_factset *fs, const char *name)
{
    size_t i;
    return fs && name && tx_smap_get(&fs->ext_index, name, &i) && i < fs->next ? (long)i : -1;
}

/* The key of a label in label_index ("concept\x1frole", owned), or NULL. */
static char *label_key(const char *concept, const char *role)
{
    tx_buf b = {0};
    tx_buf_printf(&b, "%s\x1f%s", concept, role);
    return tx_buf_take(&b);
}

const tx_label *tx_factset_find_label(const tx_factset *fs, const char *concept,
                                      const char *role)
{
    if (!fs || !concept || !role)
        return NULL;
    char *key = label_key(concept, role);
    size_t i;
    int found = key && tx_smap_get(&fs->label_index, key, &i) && i < fs->nlabels;
    free(key);
    return found ? &fs->labels[i] : NULL;
}

int tx_factset_add_arc(tx_factset *fs, const tx_ext_arc *a)
{
    if (!fs || !a || !a->parent || !a->child)
        return -1;
    if (grow_one((void **)&fs->arcs, fs->narcs, sizeof *fs->arcs) != 0)
        return -1;
    tx_ext_arc c = {0};
    if (dup_opt(&c.role, a->role) != 0 || dup_opt(&c.parent, a->parent) != 0 ||
        dup_opt(&c.child, a->child) != 0) {
        arc_clear(&c);
        return -1;
    }
    c.weight = a->weight;
    c.order = a->order;
    fs->arcs[fs->narcs++] = c;
    return 0;
}

static int cmp_size(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return (x > y) - (x < y);
}

int tx_factset_add_footnote(tx_factset *fs, const char *text, const char *marker,
                            const size_t *facts, size_t nfacts)
{
    if (!fs || !text || (nfacts && !facts))
        return -1;
    for (size_t i = 0; i < nfacts; i++)
        if (facts[i] >= fs->nfacts)
            return -1;
    if (nfacts == 0)
        return 0;
    if (grow_one((void **)&fs->footnotes, fs->nfootnotes, sizeof *fs->footnotes) != 0)
        return -1;
    tx_footnote fn = {tx_strdup(text), tx_strdup(marker ? marker : ""),
                      malloc(nfacts * sizeof(size_t)), 0};
    if (!fn.text || !fn.marker || !fn.facts) {
        free(fn.text);
        free(fn.marker);
        free(fn.facts);
        return -1;
    }
    memcpy(fn.facts, facts, nfacts * sizeof(size_t));
    tx_sort(fn.facts, nfacts, sizeof(size_t), cmp_size);
    for (size_t i = 0; i < nfacts; i++)
        if (fn.nfacts == 0 || fn.facts[fn.nfacts - 1] != fn.facts[i])
            fn.facts[fn.nfacts++] = fn.facts[i];
    fs->footnotes[fs->nfootnotes++] = fn;
    return 0;
}

int tx_factset_add_label(tx_factset *fs, const char *concept, const char *role,
                         const char *text)
{
    if (!fs || !concept || !*concept || !role || !*role || !text || !*text)
        return -1;
    if (tx_factset_find_label(fs, concept, role))
        return 0;
    if (grow_one((void **)&fs->labels, fs->nlabels, sizeof *fs->labels) != 0)
        return -1;
    char *key = label_key(concept, role);
    tx_label l = {tx_strdup(concept), tx_strdup(role), tx_strdup(text)};
    int bad = !key || !l.concept || !l.role || !l.text ||
              tx_smap_put(&fs->label_index, key, fs->nlabels) != 0;
    free(key);
    if (bad) {
        free(l.concept);
        free(l.role);
        free(l.text);
        return -1;
    }
    fs->labels[fs->nlabels++] = l;
    return 0;
}

long tx_factset_add_pres(tx_factset *fs, const char *title, const char *root)
{
    if (!fs || !title || !root || grow_one((void **)&fs->pres, fs->npres, sizeof *fs->pres) != 0)
        return -1;
    tx_pres_table t = {tx_strdup(title), tx_strdup(root), NULL, 0};
    if (!t.title || !t.root) {
        free(t.title);
        free(t.root);
        return -1;
    }
    fs->pres[fs->npres] = t;
    return (long)fs->npres++;
}

int tx_factset_add_pres_node(tx_factset *fs, size_t t, const char *concept, int depth,
                             const char *label_role)
{
    if (!fs || t >= fs->npres || !concept)
        return -1;
    tx_pres_table *p = &fs->pres[t];
    if (grow_one((void **)&p->nodes, p->nnodes, sizeof *p->nodes) != 0)
        return -1;
    tx_pres_node n = {tx_strdup(concept), depth, label_role ? tx_strdup(label_role) : NULL};
    if (!n.concept || (label_role && !n.label_role)) {
        free(n.concept);
        free(n.label_role);
        return -1;
    }
    p->nodes[p->nnodes++] = n;
    return 0;
}

int tx_factset_set_abstract(tx_factset *fs, const char *name)
{
    if (!fs || !name)
        return -1;
    if (tx_factset_is_abstract(fs, name))
        return 0;
    char *n = tx_strdup(name);
    if (!n || grow_one((void **)&fs->abstracts, fs->nabstracts, sizeof *fs->abstracts) != 0 ||
        tx_smap_put(&fs->abstract_index, name, fs->nabstracts) != 0) {
        free(n);
        return -1;
    }
    fs->abstracts[fs->nabstracts++] = n;
    return 0;
}

int tx_factset_is_abstract(const tx_factset *fs, const char *name)
{
    size_t i;
    return fs && name && tx_smap_get(&fs->abstract_index, name, &i) && i < fs->nabstracts;
}

const char *tx_factset_label(const tx_factset *fs, const char *concept, const char *role)
{
    const tx_label *l = tx_factset_find_label(fs, concept, role);
    return l ? l->text : NULL;
}

/* ------------------------------------------------------------ text forms */

const char *tx_unit_text(const tx_fact *f)
{
    switch (f->unit) {
    case TX_UNIT_USD: return "iso4217:USD";
    case TX_UNIT_SHARES: return "xbrli:shares";
    case TX_UNIT_USD_PER_SHARE: return "iso4217:USD/xbrli:shares";
    case TX_UNIT_PURE: return "xbrli:pure";
    case TX_UNIT_OTHER: return f->unit_text ? f->unit_text : "";
    default: return "";
    }
}

static int dim_text_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

char *tx_fact_dims_text(const tx_fact *f)
{
    if (f->ndims == 0)
        return tx_strdup("");
    char **pairs = calloc(f->ndims, sizeof *pairs);
    if (!pairs)
        return NULL;
    int failed = 0;
    for (size_t i = 0; i < f->ndims && !failed; i++) {
        tx_buf b = {0};
        tx_buf_printf(&b, "%s=%s", f->dims[i].axis ? f->dims[i].axis : "",
                      f->dims[i].member ? f->dims[i].member : "");
        pairs[i] = tx_buf_take(&b);
        failed = pairs[i] == NULL;
    }
    tx_buf out = {0};
    if (!failed) {
        tx_sort(pairs, f->ndims, sizeof *pairs, dim_text_cmp);
        for (size_t i = 0; i < f->ndims; i++) {
            if (i)
                tx_buf_putc(&out, ';');
            tx_buf_puts(&out, pairs[i]);
        }
    }
    for (size_t i = 0; i < f->ndims; i++)
        free(pairs[i]);
    free(pairs);
    if (failed) {
        tx_buf_free(&out);
        return NULL;
    }
    return tx_buf_take(&out);
}

static int copy_text(const char *s, char *buf, size_t n)
{
    size_t len = strlen(s);
    if (buf && n > 0) {
        size_t k = len < n ? len : n - 1;
        memcpy(buf, s, k);
        buf[k] = '\0';
    }
    return len > INT_MAX ? INT_MAX : (int)len;
}

/* A number in canonical form: no fraction zeros ("12.50" -> "12.5").  A
 * numeric fact read back whose value is no tx_decimal (a fraction, INF,
 * beyond the limits) has its text as written in `text`. */
int tx_fact_value_text(const tx_fact *f, char *buf, size_t n)
{
    if (f->nil)
        return copy_text("", buf, n);
    if (f->text)
        return copy_text(f->text, buf, n);
    if (!f->numeric)
        return copy_text("", buf, n);
    return tx_decimal_format(tx_decimal_trim(f->value), buf, n);
}

/* The value as an owned string (NULL on allocation failure). */
static char *value_dup(const tx_fact *f)
{
    char small[64];
    int len = tx_fact_value_text(f, small, sizeof small);
    if (len < (int)sizeof small)
        return tx_strdup(small);
    char *s = malloc((size_t)len + 1);
    if (s)
        tx_fact_value_text(f, s, (size_t)len + 1);
    return s;
}

static int has_decimals(const tx_fact *f)
{
    return f->numeric && !f->nil && f->decimals != TX_DECIMALS_NONE;
}

void tx_fact_decimals_text(const tx_fact *f, char buf[16])
{
    buf[0] = '\0';
    if (!has_decimals(f))
        return;
    if (f->decimals == TX_DECIMALS_INF)
        strcpy(buf, "INF");
    else
        snprintf(buf, 16, "%d", f->decimals);
}

/* ------------------------------------------------------------ CSV */

static void csv_field(tx_buf *b, const char *s)
{
    if (!strpbrk(s, ",\"\r\n")) {
        tx_buf_puts(b, s);
        return;
    }
    tx_buf_putc(b, '"');
    for (; *s; s++) {
        if (*s == '"')
            tx_buf_putc(b, '"');
        tx_buf_putc(b, *s);
    }
    tx_buf_putc(b, '"');
}

static const tx_entity *fact_entity(const tx_factset *fs, const tx_fact *f)
{
    return f->entity < fs->nentities ? &fs->entities[f->entity] : NULL;
}

static int csv_row(tx_buf *b, const tx_factset *fs, const tx_fact *f)
{
    const tx_entity *e = fact_entity(fs, f);
    char start[11] = "", end[11] = "", dec[16] = "";
    if (f->period.kind == TX_PERIOD_DURATION)
        tx_date_format(f->period.start, start);
    if (f->period.kind != TX_PERIOD_NONE)
        tx_date_format(f->period.end, end);
    tx_fact_decimals_text(f, dec);
    char *dims = tx_fact_dims_text(f);
    char *value = value_dup(f);
    if (!dims || !value) {
        free(dims);
        free(value);
        return -1;
    }
    const char *fields[8] = {f->concept, e && e->identifier ? e->identifier : "",
                             start, end, dims, tx_unit_text(f), dec, value};
    for (int i = 0; i < 8; i++) {
        if (i)
            tx_buf_putc(b, ',');
        csv_field(b, fields[i]);
    }
    tx_buf_putc(b, '\n');
    free(dims);
    free(value);
    return b->failed ? -1 : 0;
}

static tx_status flush_buf(tx_buf *b, FILE *out)
{
    if (b->failed) {
        tx_buf_free(b);
        return TX_ENOMEM;
    }
    int ok = b->len == 0 || fwrite(b->data, 1, b->len, out) == b->len;
    tx_buf_free(b);
    return ok ? TX_OK : TX_EIO;
}

tx_status tx_facts_write_csv(const tx_factset *fs, FILE *out)
{
    if (!fs || !out)
        return TX_EUSAGE;
    tx_buf b = {0};
    tx_buf_puts(&b, "concept,entity,start,end,dimensions,unit,decimals,value\n");
    for (size_t i = 0; i < fs->nfacts; i++) {
        if (csv_row(&b, fs, &fs->facts[i]) != 0) {
            tx_buf_free(&b);
            return TX_ENOMEM;
        }
        if (b.len >= 65536) {
            tx_status st = flush_buf(&b, out);
            if (st != TX_OK)
                return st;
        }
    }
    return flush_buf(&b, out);
}

/* ------------------------------------------------------------ xBRL-JSON */

typedef struct ns_map {
    tx_namespace *items;     /* borrowed strings, except those in `owned` */
    size_t n, cap;
    char **owned;
    size_t nowned, capowned;
} ns_map;

static const char *ns_map_prefix_of(const ns_map *m, const char *uri)
{
    for (size_t i = 0; i < m->n; i++)
        if (strcmp(m->items[i].uri, uri) == 0)
            return m->items[i].prefix;
    return NULL;
}

static const char *ns_map_uri_of(const ns_map *m, const char *prefix)
{
    for (size_t i = 0; i < m->n; i++)
        if (strcmp(m->items[i].prefix, prefix) == 0)
            return m->items[i].uri;
    return NULL;
}

static int ns_map_put(ns_map *m, const char *prefix, const char *uri)
{
    if (ns_map_uri_of(m, prefix))
        return 0;
    if (tx_grow((void **)&m->items, &m->cap, m->n + 1, sizeof *m->items) != 0)
        return -1;
    m->items[m->n++] = (tx_namespace){(char *)prefix, (char *)uri};
    return 0;
}

static char *ns_map_own(ns_map *m, char *s)
{
    if (!s)
        return NULL;
    if (tx_grow((void **)&m->owned, &m->capowned, m->nowned + 1, sizeof *m->owned) != 0) {
        free(s);
        return NULL;
    }
    m->owned[m->nowned++] = s;
    return s;
}

static void ns_map_free(ns_map *m)
{
    for (size_t i = 0; i < m->nowned; i++)
        free(m->owned[i]);
    free(m->owned);
    free(m->items);
}

/* Prefixes of names the project binds (xbrl/prefixes.c) and the exhibit's
 * extension prefix, used when the factset does not bind them itself. */
static const char *known_uri(const tx_factset *fs, ns_map *m, const char *prefix)
{
    const char *uri = tx_prefix_uri(prefix, TX_PREFIX_NAMES);
    if (uri)
        return uri;
    if (strcmp(prefix, "ext") == 0 && fs->stem)
        return ns_map_own(m, tx_ext_namespace(fs->stem));
    return NULL;
}

/* Makes sure the prefix of a QName is in the map (when it can be known). */
static int need_prefix_of(const tx_factset *fs, ns_map *m, const char *qname)
{
    const char *colon = qname ? strchr(qname, ':') : NULL;
    if (!colon)
        return 0;
    char *prefix = tx_strndup(qname, (size_t)(colon - qname));
    if (!prefix)
        return -1;
    int r = 0;
    if (!ns_map_uri_of(m, prefix)) {
        const char *uri = known_uri(fs, m, prefix);
        if (uri) {
            r = ns_map_own(m, prefix) && ns_map_put(m, prefix, uri) == 0 ? 0 : -1;
            prefix = NULL;
        }
    }
    free(prefix);
    return r;
}

/* The prefix for an entity scheme: "cik" for the SEC's, "txbrl-entity" for
 * the project's name scheme, "scheme", "scheme2", ... otherwise. */
static const char *scheme_prefix(ns_map *m, const char *scheme)
{
    const char *p = ns_map_prefix_of(m, scheme);
    if (p)
        return p;
    const char *want = strcmp(scheme, TX_SCHEME_CIK) == 0 ? "cik"
                       : strcmp(scheme, TX_SCHEME_NAME) == 0 ? "txbrl-entity"
                                                              : "scheme";
    for (int k = 1; k < 100000; k++) {
        tx_buf b = {0};
        if (k == 1)
            tx_buf_puts(&b, want);
        else
            tx_buf_printf(&b, "%s%d", want, k);
        char *cand = tx_buf_take(&b);
        if (!cand)
            return NULL;
        if (!ns_map_uri_of(m, cand)) {
            if (!ns_map_own(m, cand) || ns_map_put(m, cand, scheme) != 0)
                return NULL;
            return cand;
        }
        free(cand);
    }
    return NULL;
}

static int build_ns_map(const tx_factset *fs, ns_map *m)
{
    for (size_t i = 0; i < fs->nns; i++)
        if (ns_map_put(m, fs->ns[i].prefix, fs->ns[i].uri) != 0)
            return -1;
    if (ns_map_put(m, "xbrli", TX_NS_XBRLI) != 0 || ns_map_put(m, "iso4217", TX_NS_ISO4217) != 0)
        return -1;
    /* the OIM core namespace: notes are facts of xbrl:note */
    if (fs->nfootnotes && ns_map_put(m, "xbrl", TX_NS_OIM) != 0)
        return -1;
    for (size_t i = 0; i < fs->nfacts; i++) {
        const tx_fact *f = &fs->facts[i];
        if (need_prefix_of(fs, m, f->concept) != 0)
            return -1;
        for (size_t k = 0; k < f->ndims; k++)
            if (need_prefix_of(fs, m, f->dims[k].axis) != 0 ||
                need_prefix_of(fs, m, f->dims[k].member) != 0)
                return -1;
    }
    for (size_t i = 0; i < fs->nentities; i++)
        if (!scheme_prefix(m, fs->entities[i].scheme))
            return -1;
    return 0;
}

static int ns_item_cmp(const void *a, const void *b)
{
    return strcmp(((const tx_namespace *)a)->prefix, ((const tx_namespace *)b)->prefix);
}

/* OIM periods: instants and ends are the start of the following day. */
static void oim_day_after(tx_date d, char out[20])
{
    char buf[11];
    tx_date_format(tx_date_add_days(d, 1), buf);
    snprintf(out, 20, "%sT00:00:00", buf);
}

static void json_period(tx_buf *b, const tx_period *p)
{
    char s[20], e[20];
    oim_day_after(p->end, e);
    if (p->kind == TX_PERIOD_DURATION) {
        char buf[11];
        tx_date_format(p->start, buf);
        snprintf(s, sizeof s, "%sT00:00:00", buf);
        tx_buf_printf(b, ",\n        \"period\": \"%s/%s\"", s, e);
    } else {
        tx_buf_printf(b, ",\n        \"period\": \"%s\"", e);
    }
}

static void json_key_string(tx_buf *b, const char *indent, const char *key, const char *val)
{
    tx_buf_puts(b, indent);
    tx_buf_json_string(b, key);
    tx_buf_puts(b, ": ");
    tx_buf_json_string(b, val);
}

/* The footnotes of each fact (OIM fact-footnote links), CSR: those of fact
 * i are note[start[i] .. start[i + 1]). */
typedef struct fact_notes {
    size_t *start, *note;
} fact_notes;

static int fact_notes_build(const tx_factset *fs, fact_notes *fn)
{
    fn->start = calloc(fs->nfacts + 1, sizeof *fn->start);
    size_t total = 0;
    for (size_t i = 0; i < fs->nfootnotes; i++)
        total += fs->footnotes[i].nfacts;
    fn->note = malloc((total ? total : 1) * sizeof *fn->note);
    if (!fn->start || !fn->note)
        return -1;
    for (size_t i = 0; i < fs->nfootnotes; i++)
        for (size_t k = 0; k < fs->footnotes[i].nfacts; k++)
            fn->start[fs->footnotes[i].facts[k] + 1]++;
    for (size_t i = 0; i < fs->nfacts; i++)
        fn->start[i + 1] += fn->start[i];
    size_t *at = malloc((fs->nfacts ? fs->nfacts : 1) * sizeof *at);
    if (!at)
        return -1;
    memcpy(at, fn->start, fs->nfacts * sizeof *at);
    for (size_t i = 0; i < fs->nfootnotes; i++)
        for (size_t k = 0; k < fs->footnotes[i].nfacts; k++)
            fn->note[at[fs->footnotes[i].facts[k]]++] = i;
    free(at);
    return 0;
}

static void fact_notes_free(fact_notes *fn)
{
    free(fn->start);
    free(fn->note);
}

/* A note (OIM 1.0: concept xbrl:note, its noteId and language). */
static void json_note(tx_buf *b, const tx_footnote *n, size_t idx)
{
    tx_buf_printf(b, "    \"fn%zu\": {\n      \"value\": ", idx + 1);
    tx_buf_json_string(b, n->text ? n->text : "");
    tx_buf_printf(b, ",\n      \"dimensions\": {\n"
                     "        \"concept\": \"xbrl:note\",\n"
                     "        \"noteId\": \"fn%zu\",\n"
                     "        \"language\": \"en\"\n      }\n    }", idx + 1);
}

static int json_fact(tx_buf *b, const tx_factset *fs, ns_map *m, const tx_fact *f, size_t idx,
                     const fact_notes *fn)
{
    const tx_entity *e = fact_entity(fs, f);
    char *value = f->nil ? NULL : value_dup(f);
    if (!f->nil && !value)
        return -1;
    tx_buf_printf(b, "    \"f%zu\": {\n", idx + 1);
    tx_buf_puts(b, "      \"value\": ");
    if (value)
        tx_buf_json_string(b, value);
    else
        tx_buf_puts(b, "null");
    free(value);
    if (has_decimals(f) && f->decimals != TX_DECIMALS_INF)
        tx_buf_printf(b, ",\n      \"decimals\": %d", f->decimals);
    tx_buf_puts(b, ",\n      \"dimensions\": {\n");
    json_key_string(b, "        ", "concept", f->concept);
    if (e) {
        const char *sp = scheme_prefix(m, e->scheme);
        if (!sp)
            return -1;
        tx_buf q = {0};
        tx_buf_printf(&q, "%s:%s", sp, e->identifier);
        char *ent = tx_buf_take(&q);
        if (!ent)
            return -1;
        tx_buf_puts(b, ",\n");
        json_key_string(b, "        ", "entity", ent);
        free(ent);
    }
    if (f->period.kind != TX_PERIOD_NONE)
        json_period(b, &f->period);
    if (f->numeric && f->unit != TX_UNIT_PURE && *tx_unit_text(f)) {
        tx_buf_puts(b, ",\n");
        json_key_string(b, "        ", "unit", tx_unit_text(f));
    }
    for (size_t k = 0; k < f->ndims; k++) {
        tx_buf_puts(b, ",\n");
        json_key_string(b, "        ", f->dims[k].axis ? f->dims[k].axis : "",
                        f->dims[k].member ? f->dims[k].member : "");
    }
    tx_buf_puts(b, "\n      }");
    if (fn->start[idx] < fn->start[idx + 1]) {
        tx_buf_puts(b, ",\n      \"links\": {\n        \"footnote\": {\n          \"_\": [");
        for (size_t k = fn->start[idx]; k < fn->start[idx + 1]; k++)
            tx_buf_printf(b, "%s\"fn%zu\"", k > fn->start[idx] ? ", " : "", fn->note[k] + 1);
        tx_buf_puts(b, "]\n        }\n      }");
    }
    tx_buf_puts(b, "\n    }");
    return b->failed ? -1 : 0;
}

static void json_document_info(tx_buf *b, const tx_factset *fs, ns_map *m)
{
    tx_buf_puts(b, "{\n  \"documentInfo\": {\n"
                   "    \"documentType\": \"https://xbrl.org/2021/xbrl-json\",\n"
                   "    \"namespaces\": {");
    if (m->n > 1)
        tx_sort(m->items, m->n, sizeof *m->items, ns_item_cmp);
    for (size_t i = 0; i < m->n; i++) {
        tx_buf_puts(b, i ? ",\n" : "\n");
        json_key_string(b, "      ", m->items[i].prefix, m->items[i].uri);
    }
    tx_buf_puts(b, "\n    },\n    \"taxonomy\": [");
    size_t nrefs = 0;
    for (size_t i = 0; i < fs->nschema_refs; i++, nrefs++) {
        tx_buf_puts(b, i ? ",\n      " : "\n      ");
        tx_buf_json_string(b, fs->schema_refs[i]);
    }
    if (nrefs == 0 && fs->stem && (fs->next > 0 || fs->narcs > 0)) {
        tx_buf_puts(b, "\n      ");
        tx_buf q = {0};
        tx_buf_printf(&q, "%s.xsd", fs->stem);
        char *s = tx_buf_take(&q);
        if (s)
            tx_buf_json_string(b, s);
        else
            b->failed = 1;
        free(s);
        nrefs++;
    }
    tx_buf_puts(b, nrefs ? "\n    ]" : "]");
    if (fs->nfootnotes)
        tx_buf_puts(b, ",\n    \"linkTypes\": {\n"
                       "      \"footnote\": \"" TX_ARCROLE_FACT_FOOTNOTE "\"\n    },\n"
                       "    \"linkGroups\": {\n"
                       "      \"_\": \"" TX_ROLE_LINK "\"\n    }");
    tx_buf_puts(b, "\n  },\n");
}

tx_status tx_facts_write_json(const tx_factset *fs, FILE *out)
{
    if (!fs || !out)
        return TX_EUSAGE;
    ns_map m = {0};
    tx_buf b = {0};
    if (build_ns_map(fs, &m) != 0) {
        ns_map_free(&m);
        return TX_ENOMEM;
    }
    fact_notes fn = {0};
    if (fact_notes_build(fs, &fn) != 0) {
        fact_notes_free(&fn);
        ns_map_free(&m);
        return TX_ENOMEM;
    }
    json_document_info(&b, fs, &m);
    tx_buf_puts(&b, "  \"facts\": {");
    for (size_t i = 0; i < fs->nfacts; i++) {
        tx_buf_puts(&b, i ? ",\n" : "\n");
        if (json_fact(&b, fs, &m, &fs->facts[i], i, &fn) != 0) {
            tx_buf_free(&b);
            ns_map_free(&m);
            fact_notes_free(&fn);
            return TX_ENOMEM;
        }
        if (b.len >= 65536) {
            tx_status st = flush_buf(&b, out);
            if (st != TX_OK) {
                ns_map_free(&m);
                fact_notes_free(&fn);
                return st;
            }
        }
    }
    for (size_t i = 0; i < fs->nfootnotes; i++) {
        tx_buf_puts(&b, fs->nfacts || i ? ",\n" : "\n");
        json_note(&b, &fs->footnotes[i], i);
    }
    tx_buf_puts(&b, fs->nfacts || fs->nfootnotes ? "\n  }\n}\n" : "}\n}\n");
    fact_notes_free(&fn);
    ns_map_free(&m);
    return flush_buf(&b, out);
}

int tx_fact_add_dim(tx_fact *f, const char *axis, const char *member)
{
    tx_dim *d = realloc(f->dims, (f->ndims + 1) * sizeof(tx_dim));
    if (!d)
        return -1;
    f->dims = d;
    /* keep them sorted by axis */
    size_t at = f->ndims;
    while (at > 0 && strcmp(d[at - 1].axis, axis) > 0) {
        d[at] = d[at - 1];
        at--;
    }
    d[at].axis = tx_strdup(axis);
    d[at].member = tx_strdup(member);
    f->ndims++;
    return d[at].axis && d[at].member ? 0 : -1;
}

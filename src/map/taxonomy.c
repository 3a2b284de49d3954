/* taxonomy.c - load concepts, statement kinds, mapping rules and entities. */
#include "map/taxonomy.h"

#include "map/classify.h"

#include <stdlib.h>
#include <string.h>

#include "base/tsv.h"
#include "base/util.h"

static int cmp_concept(const void *a, const void *b)
{
    return strcmp(((const tx_concept *)a)->name, ((const tx_concept *)b)->name);
}

const tx_concept *tx_taxonomy_concept(const tx_taxonomy *tax, const char *name)
{
    tx_concept key = {0};
    key.name = (char *)name;
    return bsearch(&key, tax->concepts, tax->nconcepts, sizeof(tx_concept), cmp_concept);
}

/* Each loader reads one file of the taxonomy (tx_taxonomy_load): 0, or -1
 * (a finding, or no memory). */

/* taxonomy/src/concepts.tsv: name periodType balance type abstract label ... */
enum { CONCEPT_NAME, CONCEPT_PERIOD, CONCEPT_BALANCE, CONCEPT_TYPE, CONCEPT_ABSTRACT,
       CONCEPT_LABEL };
static const tx_tsv_spec concepts_tsv = {
    .columns = 6, .shape = "a concept needs name, periodType, balance, type, abstract, label"};

static int load_concepts(tx_taxonomy *tax, const char *path, tx_report *rep)
{
    tx_tsv t;
    if (tx_tsv_open(&t, path, &concepts_tsv, rep) != 0)
        return -1;
    size_t cap = 0;
    int r;
    while ((r = tx_tsv_next(&t)) > 0) {
        /* the header row has the columns of a concept too */
        if (strcmp(tx_tsv_field(&t, CONCEPT_NAME), "name") == 0)
            continue;
        if (tx_grow((void **)&tax->concepts, &cap, tax->nconcepts + 1, sizeof(tx_concept)) != 0) {
            r = -1;
            break;
        }
        tx_concept *c = &tax->concepts[tax->nconcepts++];
        c->name = tx_strdup(tx_tsv_field(&t, CONCEPT_NAME));
        c->period_type = tx_strdup(tx_tsv_field(&t, CONCEPT_PERIOD));
        c->balance = tx_strdup(tx_tsv_field(&t, CONCEPT_BALANCE));
        c->type = tx_strdup(tx_tsv_field(&t, CONCEPT_TYPE));
        c->abstract = strcmp(tx_tsv_field(&t, CONCEPT_ABSTRACT), "true") == 0;
        c->label = tx_strdup(tx_tsv_field(&t, CONCEPT_LABEL));
        if (!c->name || !c->period_type || !c->balance || !c->type || !c->label) {
            r = -1;
            break;
        }
    }
    tx_tsv_close(&t);
    if (tax->nconcepts)
        qsort(tax->concepts, tax->nconcepts, sizeof(tx_concept), cmp_concept);
    return r;
}

/* taxonomy/mapping/statements.tsv: kind basis on pattern [concept] */
enum { STATEMENT_KIND, STATEMENT_BASIS, STATEMENT_ON, STATEMENT_PATTERN, STATEMENT_CONCEPT };
static const tx_tsv_spec statements_tsv = {
    .columns = 4, .shape = "a statement rule needs kind, basis, on, pattern"};

/* taxonomy/mapping/filer-labels.tsv: the labels filers printed on each kind
 * of statement (map/classify.c) */
static int load_votes(tx_taxonomy *tax, const char *path, tx_report *rep)
{
    return tx_label_votes_load(tax, path, rep, &tax->votes);
}

static int load_statements(tx_taxonomy *tax, const char *path, tx_report *rep)
{
    tx_tsv t;
    if (tx_tsv_open(&t, path, &statements_tsv, rep) != 0)
        return -1;
    size_t cap = 0;
    int r;
    while ((r = tx_tsv_next(&t)) > 0) {
        if (tx_grow((void **)&tax->statements, &cap, tax->nstatements + 1,
                    sizeof(tx_statement_rule)) != 0) {
            r = -1;
            break;
        }
        tx_statement_rule *s = &tax->statements[tax->nstatements++];
        s->kind = tx_strdup(tx_tsv_field(&t, STATEMENT_KIND));
        s->basis = tx_strdup(tx_tsv_field(&t, STATEMENT_BASIS));
        const char *on = tx_tsv_field(&t, STATEMENT_ON);
        s->on_first_row = strcmp(on, "firstrow") == 0;
        s->on_total = strcmp(on, "total") == 0;
        s->on_columns = strcmp(on, "columns") == 0;
        if (!s->on_first_row && !s->on_total && !s->on_columns && strcmp(on, "title") != 0) {
            tax->nstatements--;
            r = tx_tsv_bad(&t, "on must be title, firstrow, total or columns");
            break;
        }
        s->pattern = tx_strdup(tx_tsv_field(&t, STATEMENT_PATTERN));
        s->concept = tx_strdup(tx_tsv_field(&t, STATEMENT_CONCEPT));
        s->line = t.line;
        if (!s->kind || !s->basis || !s->pattern || !s->concept) {
            r = -1;
            break;
        }
    }
    tx_tsv_close(&t);
    return r;
}

/* "period=start;member=AXIS=MEMBER;basis=gaap;balance=debit" */
static int parse_extra(tx_rule *r, const char *extra)
{
    r->period = tx_strdup("");
    r->basis = tx_strdup("");
    r->balance = tx_strdup("");
    char *copy = tx_strdup(extra);
    if (!r->period || !r->basis || !r->balance || !copy) {
        free(copy);
        return -1;
    }
    int status = 0;
    for (char *item = strtok(copy, ";"); item && status == 0; item = strtok(NULL, ";")) {
        char *eq = strchr(item, '=');
        if (!eq)
            return free(copy), -2;
        *eq = '\0';
        const char *v = eq + 1;
        if (strcmp(item, "period") == 0) {
            free(r->period);
            r->period = tx_strdup(v);
        } else if (strcmp(item, "basis") == 0) {
            free(r->basis);
            r->basis = tx_strdup(v);
        } else if (strcmp(item, "balance") == 0) {
            free(r->balance);
            r->balance = tx_strdup(v);
        } else if (strcmp(item, "member") == 0) {
            const char *eq2 = strchr(v, '=');
            if (!eq2)
                status = -2;
            else {
                r->axis = tx_strndup(v, (size_t)(eq2 - v));
                r->member = tx_strdup(eq2 + 1);
            }
        } else {
            status = -2;
        }
    }
    free(copy);
    return status;
}

/* taxonomy/mapping/equity-columns.tsv: pattern member ("" for the total) */
enum { COMPONENT_PATTERN, COMPONENT_MEMBER };
static const tx_tsv_spec components_tsv = {
    .columns = 1, .nonempty = 1u << COMPONENT_PATTERN,
    .shape = "a component rule needs a pattern and a member"};

static int load_components(tx_taxonomy *tax, const char *path, tx_report *rep)
{
    tx_tsv t;
    if (tx_tsv_open(&t, path, &components_tsv, rep) != 0)
        return -1;
    size_t cap = 0;
    int r;
    while ((r = tx_tsv_next(&t)) > 0) {
        if (tx_grow((void **)&tax->components, &cap, tax->ncomponents + 1,
                    sizeof(tx_component_rule)) != 0) {
            r = -1;
            break;
        }
        tx_component_rule *c = &tax->components[tax->ncomponents++];
        c->pattern = tx_strdup(tx_tsv_field(&t, COMPONENT_PATTERN));
        c->member = tx_strdup(tx_tsv_field(&t, COMPONENT_MEMBER));
        c->line = t.line;
        if (!c->pattern || !c->member) {
            r = -1;
            break;
        }
    }
    tx_tsv_close(&t);
    return r;
}

const tx_component_rule *tx_taxonomy_component(const tx_taxonomy *tax, const char *words)
{
    char *w = tx_norm(words);
    const tx_component_rule *found = NULL;
    for (size_t i = 0; w && i < tax->ncomponents && !found; i++)
        if (tx_glob(tax->components[i].pattern, w))
            found = &tax->components[i];
    free(w);
    return found;
}

/* taxonomy/mapping/rules.tsv: kind heading label values concept sign [extra] */
enum { RULE_KIND, RULE_HEADING, RULE_LABEL, RULE_VALUES, RULE_CONCEPT, RULE_SIGN, RULE_EXTRA };
static const tx_tsv_spec rules_tsv = {
    .columns = 6, .shape = "a rule needs kind, heading, label, values, concept, sign"};

static int load_rules(tx_taxonomy *tax, const char *path, tx_report *rep)
{
    tx_tsv t;
    if (tx_tsv_open(&t, path, &rules_tsv, rep) != 0)
        return -1;
    size_t cap = 0;
    int status;
    while ((status = tx_tsv_next(&t)) > 0) {
        const char *sign = tx_tsv_field(&t, RULE_SIGN);
        if (strcmp(sign, "+") && strcmp(sign, "-") && strcmp(sign, "bal")) {
            status = tx_tsv_bad(&t, "sign must be +, - or bal");
            break;
        }
        if (tx_grow((void **)&tax->rules, &cap, tax->nrules + 1, sizeof(tx_rule)) != 0) {
            status = -1;
            break;
        }
        tx_rule *r = &tax->rules[tax->nrules++];
        memset(r, 0, sizeof *r);
        r->kind = tx_strdup(tx_tsv_field(&t, RULE_KIND));
        r->heading = tx_strdup(tx_tsv_field(&t, RULE_HEADING));
        r->label = tx_strdup(tx_tsv_field(&t, RULE_LABEL));
        r->values = tx_strdup(tx_tsv_field(&t, RULE_VALUES));
        r->concept = tx_strdup(tx_tsv_field(&t, RULE_CONCEPT));
        r->sign = tx_strdup(sign);
        r->line = t.line;
        int e = parse_extra(r, tx_tsv_field(&t, RULE_EXTRA));
        if (e == -2) {
            status = tx_tsv_bad(&t, "extra must be period=, basis=, member=AXIS=MEMBER or balance=");
            break;
        }
        if (e != 0 || !r->kind || !r->heading || !r->label || !r->values || !r->concept ||
            !r->sign) {
            status = -1;
            break;
        }
    }
    tx_tsv_close(&t);
    return status;
}

/* taxonomy/mapping/extension-balance.tsv: kind heading label balance */
enum { BALANCE_KIND, BALANCE_HEADING, BALANCE_LABEL, BALANCE_BALANCE };
static const tx_tsv_spec balances_tsv = {
    .columns = 4, .shape = "a balance rule needs kind, heading, label, balance"};

static int load_balances(tx_taxonomy *tax, const char *path, tx_report *rep)
{
    tx_tsv t;
    if (tx_tsv_open(&t, path, &balances_tsv, rep) != 0)
        return -1;
    size_t cap = 0;
    int r;
    while ((r = tx_tsv_next(&t)) > 0) {
        if (tx_grow((void **)&tax->balances, &cap, tax->nbalances + 1, sizeof(tx_balance_rule)) != 0) {
            r = -1;
            break;
        }
        tx_balance_rule *b = &tax->balances[tax->nbalances++];
        b->kind = tx_strdup(tx_tsv_field(&t, BALANCE_KIND));
        b->heading = tx_strdup(tx_tsv_field(&t, BALANCE_HEADING));
        b->label = tx_strdup(tx_tsv_field(&t, BALANCE_LABEL));
        b->balance = tx_strdup(tx_tsv_field(&t, BALANCE_BALANCE));
        if (!b->kind || !b->heading || !b->label || !b->balance) {
            r = -1;
            break;
        }
    }
    tx_tsv_close(&t);
    return r;
}

/* taxonomy/src/calculation.tsv: role parent child weight ..., a header row */
enum { CALC_ROLE, CALC_PARENT, CALC_CHILD, CALC_WEIGHT };
static const tx_tsv_spec calcs_tsv = {
    .columns = 4, .header = "role", .shape = "a calculation arc needs role, parent, child, weight"};

static int load_calcs(tx_taxonomy *tax, const char *path, tx_report *rep)
{
    tx_tsv t;
    if (tx_tsv_open(&t, path, &calcs_tsv, rep) != 0)
        return -1;
    size_t cap = 0;
    int r;
    while ((r = tx_tsv_next(&t)) > 0) {
        if (tx_grow((void **)&tax->calcs, &cap, tax->ncalcs + 1, sizeof(tx_calc_arc)) != 0) {
            r = -1;
            break;
        }
        tx_calc_arc *a = &tax->calcs[tax->ncalcs++];
        a->role = tx_strdup(tx_tsv_field(&t, CALC_ROLE));
        a->parent = tx_strdup(tx_tsv_field(&t, CALC_PARENT));
        a->child = tx_strdup(tx_tsv_field(&t, CALC_CHILD));
        a->weight = atoi(tx_tsv_field(&t, CALC_WEIGHT));
        if (!a->role || !a->parent || !a->child) {
            r = -1;
            break;
        }
    }
    tx_tsv_close(&t);
    return r;
}

/* Depth-first over the arcs of one role; `depth` bounds cycles. */
static int reaches(const tx_taxonomy *tax, const char *role, const char *parent,
                   const char *child, int depth)
{
    if (depth > 32)
        return 0;
    for (size_t i = 0; i < tax->ncalcs; i++) {
        const tx_calc_arc *a = &tax->calcs[i];
        if (strcmp(a->role, role) != 0 || strcmp(a->parent, parent) != 0)
            continue;
        if (strcmp(a->child, child) == 0 || reaches(tax, role, a->child, child, depth + 1))
            return 1;
    }
    return 0;
}

int tx_taxonomy_calc_reaches(const tx_taxonomy *tax, const char *role, const char *parent,
                             const char *child)
{
    return reaches(tax, role, parent, child, 0);
}

tx_status tx_taxonomy_load(const char *datadir, tx_report *rep, tx_taxonomy **out)
{
    *out = NULL;
    tx_taxonomy *tax = calloc(1, sizeof *tax);
    if (!tax)
        return TX_ENOMEM;
    static const char *const files[] = {
        "taxonomy/src/concepts.tsv", "taxonomy/mapping/statements.tsv",
        "taxonomy/mapping/rules.tsv", "taxonomy/mapping/extension-balance.tsv",
        "taxonomy/src/calculation.tsv", "taxonomy/mapping/equity-columns.tsv",
        "taxonomy/mapping/filer-labels.tsv"};
    int (*const loaders[])(tx_taxonomy *, const char *, tx_report *) = {
        load_concepts, load_statements, load_rules, load_balances, load_calcs, load_components,
        load_votes};
    size_t errors = tx_report_count(rep, TX_ERROR);
    int status = 0;
    for (size_t i = 0; i < sizeof files / sizeof files[0] && status == 0; i++) {
        char *path = tx_tsv_path(datadir, files[i]);
        if (!path) {
            status = -1;
            break;
        }
        status = loaders[i](tax, path, rep);
        if (i == 2)
            tax->rules_path = path;
        else
            free(path);
    }
    if (status != 0) {
        tx_taxonomy_free(tax);
        return tx_report_count(rep, TX_ERROR) > errors ? TX_EIO : TX_ENOMEM;
    }
    *out = tax;
    return TX_OK;
}

void tx_taxonomy_free(tx_taxonomy *tax)
{
    if (!tax)
        return;
    for (size_t i = 0; i < tax->nconcepts; i++) {
        tx_concept *c = &tax->concepts[i];
        free(c->name), free(c->period_type), free(c->balance), free(c->type), free(c->label);
    }
    free(tax->concepts);
    for (size_t i = 0; i < tax->nstatements; i++) {
        tx_statement_rule *s = &tax->statements[i];
        free(s->kind), free(s->basis), free(s->pattern), free(s->concept);
    }
    free(tax->statements);
    tx_label_votes_free(tax->votes);
    for (size_t i = 0; i < tax->nrules; i++) {
        tx_rule *r = &tax->rules[i];
        free(r->kind), free(r->heading), free(r->label), free(r->values), free(r->concept);
        free(r->sign), free(r->period), free(r->basis), free(r->axis), free(r->member);
        free(r->balance);
    }
    free(tax->rules);
    for (size_t i = 0; i < tax->nbalances; i++) {
        tx_balance_rule *b = &tax->balances[i];
        free(b->kind), free(b->heading), free(b->label), free(b->balance);
    }
    free(tax->balances);
    for (size_t i = 0; i < tax->ncalcs; i++) {
        tx_calc_arc *a = &tax->calcs[i];
        free(a->role), free(a->parent), free(a->child);
    }
    free(tax->calcs);
    for (size_t i = 0; i < tax->ncomponents; i++)
        free(tax->components[i].pattern), free(tax->components[i].member);
    free(tax->components);
    free(tax->rules_path);
    free(tax);
}

/* ------------------------------------------------------------ entities */

char *tx_company_key(const char *name)
{
    char *k = tx_norm(name);
    if (!k)
        return NULL;
    static const char *const suffixes[] = {" inc", " incorporated", " corp", " corporation",
                                           " co", " company", " ltd", " the", NULL};
    for (int again = 1; again;) {
        again = 0;
        size_t n = strlen(k);
        for (size_t i = 0; suffixes[i]; i++) {
            size_t m = strlen(suffixes[i]);
            if (n > m && strcmp(k + n - m, suffixes[i]) == 0) {
                k[n - m] = '\0';
                again = 1;
                break;
            }
        }
    }
    /* "THE COCA-COLA COMPANY" is "Coca-Cola Co" */
    if (strncmp(k, "the ", 4) == 0)
        memmove(k, k + 4, strlen(k + 4) + 1);
    return k;
}

/* An entities file (--entities): name CIK; its findings are its own. */
enum { ENTITY_NAME, ENTITY_CIK };
static const tx_tsv_spec entities_tsv = {
    .columns = 2, .shape = "expected NAME<TAB>CIK (1 to 10 digits)",
    .missing_code = "read.open", .missing_text = "cannot read the entities file",
    .bad_code = "entities.bad-row"};

tx_status tx_entity_map_load(const char *path, tx_report *rep, tx_entity_map **out)
{
    *out = NULL;
    tx_entity_map *m = calloc(1, sizeof *m);
    if (!m)
        return TX_ENOMEM;
    if (!path) {
        *out = m;
        return TX_OK;
    }
    tx_tsv t;
    if (tx_tsv_open(&t, path, &entities_tsv, rep) != 0) {
        free(m);
        return TX_EIO;
    }
    size_t cap1 = 0, cap2 = 0, cap3 = 0;
    tx_status st = TX_OK;
    int r;
    while (st == TX_OK && (r = tx_tsv_next(&t)) != 0) {
        if (r < 0) {
            st = t.oom ? TX_ENOMEM : TX_EINPUT;
            break;
        }
        const char *cik = tx_tsv_field(&t, ENTITY_CIK);
        size_t n = strlen(cik);
        int digits = n >= 1 && n <= 10;
        for (size_t i = 0; i < n; i++)
            if (cik[i] < '0' || cik[i] > '9')
                digits = 0;
        if (!digits) {
            tx_tsv_bad(&t, "%s", entities_tsv.shape);
            st = TX_EINPUT;
            break;
        }
        if (tx_grow((void **)&m->names, &cap1, m->n + 1, sizeof(char *)) != 0 ||
            tx_grow((void **)&m->ciks, &cap2, m->n + 1, sizeof(char *)) != 0 ||
            tx_grow((void **)&m->printed, &cap3, m->n + 1, sizeof(char *)) != 0) {
            st = TX_ENOMEM;
            break;
        }
        tx_buf b = {0};
        tx_buf_printf(&b, "%010lu", strtoul(cik, NULL, 10));
        m->names[m->n] = tx_company_key(tx_tsv_field(&t, ENTITY_NAME));
        m->ciks[m->n] = tx_buf_take(&b);
        m->printed[m->n] = tx_strdup(tx_tsv_field(&t, ENTITY_NAME));
        m->n++;
        if (!m->names[m->n - 1] || !m->ciks[m->n - 1] || !m->printed[m->n - 1])
            st = TX_ENOMEM;
    }
    tx_tsv_close(&t);
    if (st != TX_OK) {
        tx_entity_map_free(m);
        return st;
    }
    *out = m;
    return TX_OK;
}

void tx_entity_map_free(tx_entity_map *m)
{
    if (!m)
        return;
    for (size_t i = 0; i < m->n; i++) {
        free(m->names[i]);
        free(m->ciks[i]);
        free(m->printed[i]);
    }
    free(m->printed);
    free(m->names);
    free(m->ciks);
    free(m);
}

const char *tx_entity_map_cik(const tx_entity_map *m, const char *name)
{
    if (!m || !name)
        return NULL;
    char *k = tx_company_key(name);
    const char *found = NULL;
    for (size_t i = 0; k && i < m->n && !found; i++)
        if (strcmp(m->names[i], k) == 0)
            found = m->ciks[i];
    free(k);
    return found;
}

const char *tx_entity_map_name(const tx_entity_map *m, const char *cik)
{
    for (size_t i = 0; m && cik && i < m->n; i++)
        if (strcmp(m->ciks[i], cik) == 0)
            return m->printed[i];
    return NULL;
}

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
       CONCEPT_LABEL, CONCEPT_ROLES };
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
        c->roles = tx_strdup(tx_tsv_field(&t, CONCEPT_ROLES));
        c->both_signs = c->deducted = c->since = c->core = 0;
        if (!c->name || !c->period_type || !c->balance || !c->type || !c->label || !c->roles) {
            r = -1;
            break;
        }
    }
    tx_tsv_close(&t);
    if (tax->nconcepts)
        tx_sort(tax->concepts, tax->nconcepts, sizeof(tx_concept), cmp_concept);
    return r;
}

/* taxonomy/mapping/statements.tsv: kind basis on pattern [concept] */
enum { STATEMENT_KIND, STATEMENT_BASIS, STATEMENT_ON, STATEMENT_PATTERN, STATEMENT_CONCEPT };
static const tx_tsv_spec statements_tsv = {
    .columns = 4, .shape = "a statement rule needs kind, basis, on, pattern"};


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
        if (strcmp(sign, "+") && strcmp(sign, "-") && strcmp(sign, "bal") && strcmp(sign, "*")) {
            status = tx_tsv_bad(&t, "sign must be +, -, bal or *");
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

/* taxonomy/mapping/summations.tsv: parent child weight, a header row */
enum { SUM_PARENT, SUM_CHILD, SUM_WEIGHT };
static const tx_tsv_spec sums_tsv = {
    .columns = 3, .header = "parent", .shape = "a summation needs parent, child, weight"};

static int cmp_sum(const void *a, const void *b)
{
    const tx_sum_arc *x = a, *y = b;
    if (x->parent != y->parent)
        return x->parent < y->parent ? -1 : 1;
    return x->child < y->child ? -1 : x->child > y->child;
}

static int load_sums(tx_taxonomy *tax, const char *path, tx_report *rep)
{
    tx_tsv t;
    if (tx_tsv_open(&t, path, &sums_tsv, rep) != 0)
        return -1;
    size_t cap = 0;
    int r;
    while ((r = tx_tsv_next(&t)) > 0) {
        const tx_concept *p = tx_taxonomy_concept(tax, tx_tsv_field(&t, SUM_PARENT));
        const tx_concept *c = tx_taxonomy_concept(tax, tx_tsv_field(&t, SUM_CHILD));
        int w = atoi(tx_tsv_field(&t, SUM_WEIGHT));
        if (!p || !c || (w != 1 && w != -1)) {
            r = tx_tsv_bad(&t, "a summation needs two concepts of the taxonomy and a weight of 1 or -1");
            break;
        }
        if (tx_grow((void **)&tax->sums, &cap, tax->nsums + 1, sizeof *tax->sums) != 0) {
            r = -1;
            break;
        }
        tx_sum_arc *a = &tax->sums[tax->nsums++];
        a->parent = (unsigned)(p - tax->concepts);
        a->child = (unsigned)(c - tax->concepts);
        a->weight = w;
    }
    tx_tsv_close(&t);
    if (r < 0)
        return -1;
    if (tax->nsums)
        tx_sort(tax->sums, tax->nsums, sizeof *tax->sums, cmp_sum);
    tax->sum_first = calloc(tax->nconcepts + 1, sizeof *tax->sum_first);
    if (!tax->sum_first)
        return -1;
    for (size_t i = 0; i < tax->nsums; i++) {
        tax->sum_first[tax->sums[i].parent + 1]++;
        if (tax->sums[i].weight < 0)
            tax->concepts[tax->sums[i].child].deducted = 1;
    }
    for (size_t i = 0; i < tax->nconcepts; i++)
        tax->sum_first[i + 1] += tax->sum_first[i];
    return 0;
}

/* taxonomy/mapping/concept-traits.tsv: concept signs since [words], a header row */
enum { TRAIT_CONCEPT, TRAIT_SIGNS, TRAIT_SINCE, TRAIT_CORE };
static const tx_tsv_spec traits_tsv = {
    .columns = 4, .header = "concept", .shape = "a row needs concept, signs, since, core"};

static int load_traits(tx_taxonomy *tax, const char *path, tx_report *rep)
{
    tx_tsv t;
    if (tx_tsv_open(&t, path, &traits_tsv, rep) != 0)
        return -1;
    int r;
    while ((r = tx_tsv_next(&t)) > 0) {
        tx_concept *c = (tx_concept *)tx_taxonomy_concept(tax, tx_tsv_field(&t, TRAIT_CONCEPT));
        if (!c) {
            r = tx_tsv_bad(&t, "'%s' is no concept of the taxonomy",
                           tx_tsv_field(&t, TRAIT_CONCEPT));
            break;
        }
        c->both_signs = strcmp(tx_tsv_field(&t, TRAIT_SIGNS), "both") == 0;
        c->since = atoi(tx_tsv_field(&t, TRAIT_SINCE));
        c->core = strcmp(tx_tsv_field(&t, TRAIT_CORE), "1") == 0;
    }
    tx_tsv_close(&t);
    return r;
}

/* taxonomy/src/labels.tsv: concept role text, a header row */
enum { LABEL_CONCEPT, LABEL_ROLE, LABEL_TEXT };
static const tx_tsv_spec labels_tsv = {
    .columns = 3, .header = "concept", .shape = "a label needs concept, role, text"};

static int load_own_labels(tx_taxonomy *tax, const char *path, tx_report *rep)
{
    tx_tsv t;
    if (tx_tsv_open(&t, path, &labels_tsv, rep) != 0)
        return -1;
    size_t cap1 = 0, cap2 = 0;
    int r;
    while ((r = tx_tsv_next(&t)) > 0) {
        const tx_concept *c = tx_taxonomy_concept(tax, tx_tsv_field(&t, LABEL_CONCEPT));
        if (!c || strcmp(tx_tsv_field(&t, LABEL_ROLE), "documentation") == 0)
            continue;
        if (tx_grow((void **)&tax->own_labels, &cap1, tax->nown + 1, sizeof(char *)) != 0 ||
            tx_grow((void **)&tax->own_concepts, &cap2, tax->nown + 1, sizeof(unsigned)) != 0 ||
            !(tax->own_labels[tax->nown] = tx_strdup(tx_tsv_field(&t, LABEL_TEXT)))) {
            r = -1;
            break;
        }
        tax->own_concepts[tax->nown++] = (unsigned)(c - tax->concepts);
    }
    tx_tsv_close(&t);
    return r;
}

static int load_labels(tx_taxonomy *tax, const char *path, tx_report *rep)
{
    return tx_label_index_load(tax, path, rep);
}

static int weight_to(const tx_taxonomy *tax, size_t parent, size_t child, int depth)
{
    if (depth > 12 || !tax->sum_first)
        return 0;
    for (size_t i = tax->sum_first[parent]; i < tax->sum_first[parent + 1]; i++) {
        const tx_sum_arc *a = &tax->sums[i];
        if (a->child == child)
            return a->weight;
    }
    for (size_t i = tax->sum_first[parent]; i < tax->sum_first[parent + 1]; i++) {
        const tx_sum_arc *a = &tax->sums[i];
        int w = weight_to(tax, a->child, child, depth + 1);
        if (w)
            return w * a->weight;
    }
    return 0;
}

int tx_taxonomy_sum_weight(const tx_taxonomy *tax, size_t parent, size_t child)
{
    if (parent >= tax->nconcepts || child >= tax->nconcepts || parent == child)
        return 0;
    return weight_to(tax, parent, child, 0);
}

int tx_taxonomy_sum_direct(const tx_taxonomy *tax, size_t parent, size_t child)
{
    if (parent >= tax->nconcepts || child >= tax->nconcepts || !tax->sum_first)
        return 0;
    for (size_t i = tax->sum_first[parent]; i < tax->sum_first[parent + 1]; i++)
        if (tax->sums[i].child == child)
            return tax->sums[i].weight;
    return 0;
}

int tx_taxonomy_is_total(const tx_taxonomy *tax, size_t c)
{
    return tax->sum_first && c < tax->nconcepts && tax->sum_first[c + 1] > tax->sum_first[c];
}

/* The classifier's votes: the totals typical of each statement kind are
 * the concepts of the rules "on total". */
static int build_votes(tx_taxonomy *tax)
{
    unsigned char *totals = calloc(tax->nconcepts ? tax->nconcepts : 1, 1);
    if (!totals)
        return -1;
    for (size_t i = 0; i < tax->nstatements; i++) {
        const tx_statement_rule *s = &tax->statements[i];
        int k = tx_stm_code(s->kind);
        const tx_concept *c = s->on_total ? tx_taxonomy_concept(tax, s->pattern) : NULL;
        if (c && k >= 0 && k < TX_STM_OTHER)
            totals[c - tax->concepts] |= (unsigned char)(1u << k);
    }
    return tx_label_votes_build(totals, tax->nconcepts, &tax->votes);
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
        "taxonomy/mapping/summations.tsv", "taxonomy/mapping/concept-traits.tsv",
        "taxonomy/src/labels.tsv", "taxonomy/mapping/filer-labels.tsv"};
    int (*const loaders[])(tx_taxonomy *, const char *, tx_report *) = {
        load_concepts, load_statements, load_rules, load_balances, load_calcs, load_components,
        load_sums, load_traits, load_own_labels, load_labels};
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
    /* the classifier's votes, from the label index: one reading of
       filer-labels.tsv */
    if (status == 0 && build_votes(tax) != 0)
        status = -1;
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
        free(c->roles);
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
    tx_label_index_free(&tax->labels);
    for (size_t i = 0; i < tax->nown; i++)
        free(tax->own_labels[i]);
    free(tax->own_labels);
    free(tax->own_concepts);
    free(tax->sums);
    free(tax->sum_first);
    free(tax);
}

/* ------------------------------------------------------------ entities */

/* Words that end a company's name without telling which company it is:
 * its corporate form, and the group it heads ("AND SUBSIDIARIES"), stripped
 * from the end of a normalised name, longest first. */
static const char *const name_tails[] = {
    " and its consolidated subsidiaries", " and consolidated subsidiaries",
    " and its subsidiaries", " and subsidiary companies", " and its subsidiary",
    " and subsidiaries", " and subsidiary", " and affiliated companies", " and affiliates",
    " group of companies", " parent company only", " parent company", " consolidated",
    " subsidiaries", " incorporated", " corporation", " companies", " company", " limited",
    " inc", " corp", " co", " ltd", " llc", " l l c", " lp", " l p", " plc", " pty", " sa",
    " s a", " nv", " n v", " ag", " bv", " b v", " gmbh", " the", NULL};

char *tx_company_key(const char *name)
{
    /* an EDGAR conformed name's state of incorporation: "VERISIGN INC/CA",
       "EMC CORP /MA/" */
    size_t n = strlen(name);
    while (n > 0 && (name[n - 1] == ' ' || name[n - 1] == '/'))
        n--;
    size_t a = n;
    while (a > 0 && ((name[a - 1] >= 'A' && name[a - 1] <= 'Z') ||
                     (name[a - 1] >= 'a' && name[a - 1] <= 'z')))
        a--;
    if (a > 0 && name[a - 1] == '/' && n - a >= 2 && n - a <= 3)
        n = a - 1;
    /* "McDonald's" is "MCDONALDS" */
    char *raw = malloc(n + 1);
    if (!raw)
        return NULL;
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (name[i] != '\'')
            raw[m++] = name[i];
    raw[m] = '\0';
    char *k = tx_norm(raw);
    free(raw);
    if (!k)
        return NULL;
    for (int again = 1; again;) {
        again = 0;
        size_t len = strlen(k);
        for (size_t i = 0; name_tails[i]; i++) {
            size_t t = strlen(name_tails[i]);
            if (len > t && strcmp(k + len - t, name_tails[i]) == 0) {
                k[len - t] = '\0';
                again = 1;
                break;
            }
        }
    }
    /* "THE COCA-COLA COMPANY" is "Coca-Cola Co"; "CONSOLIDATED" heads no name */
    static const char *const heads[] = {"the ", "consolidated ", NULL};
    for (int again = 1; again;) {
        again = 0;
        for (size_t i = 0; heads[i]; i++) {
            size_t h = strlen(heads[i]);
            if (strncmp(k, heads[i], h) == 0 && k[h]) {
                memmove(k, k + h, strlen(k + h) + 1);
                again = 1;
            }
        }
    }
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

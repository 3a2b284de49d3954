/* printed.c - what the exhibit printed besides the numbers: footnotes and
 * its own labels, which the instance writer and the renditions use. */
#include "map/mapstate.h"
#include "map/extname.h"

#include <ctype.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

/* Footnotes: the footnote paragraphs each table printed (tx_table.footnotes) become
 * tx_footnotes of the factset, linked to the facts they apply to:
 *   "(A)" marks a column  -> the facts of that column;
 *   "(1)" marks a row     -> the facts of that row;
 *   "(1)" on the title    -> every fact of the table;
 *   "(1)" titling a footnote table of this table (the allocation table
 *         under "(1) Amortization of deferred stock compensation relates
 *         to ...")         -> every fact of that table too;
 *   no marker, or one marking nothing -> every fact of the table.
 * A fact belongs to a table's cell when it was read from the cell's line
 * (src_line), maps to the row's concept and has the column's period (or an
 * instant at its start or end).  Facts dropped as repeats of an earlier
 * table's are not linked.  Only reads the exhibit; appends to m->fs. */

/* "(A) The balance ..." -> "A"; "" when the paragraph starts with no marker. */
static void fn_marker(const char *text, char *mk, size_t n)
{
    mk[0] = '\0';
    while (*text == ' ')
        text++;
    char close = *text == '(' ? ')' : *text == '[' ? ']' : *text == '{' ? '}' : 0;
    if (!close)
        return;
    size_t k = 1;
    while (k <= 3 && isalnum((unsigned char)text[k]))
        k++;
    if (k > 1 && k - 1 < n && text[k] == close) {
        memcpy(mk, text + 1, k - 1);
        mk[k - 1] = '\0';
    }
}

/* 1 if the comma-joined list holds the marker (case and spaces ignored). */
static int fn_has(const char *list, const char *mk)
{
    size_t n = strlen(mk);
    for (const char *p = list ? list : ""; n && *p;) {
        while (*p == ' ' || *p == ',')
            p++;
        size_t k = strcspn(p, ",");
        size_t e = k;
        while (e > 0 && p[e - 1] == ' ')
            e--;
        size_t i = 0;
        while (e == n && i < n && tolower((unsigned char)p[i]) == tolower((unsigned char)mk[i]))
            i++;
        if (e == n && i == n)
            return 1;
        p += k;
    }
    return 0;
}

/* 1 if a fact of period f belongs to a column of period col: the same
 * period, or an instant at the start or end of the column's duration. */
static int fn_period_in(const tx_period *f, const tx_period *col)
{
    if (f->kind == col->kind)
        return tx_period_same(f, col);
    return f->kind == TX_PERIOD_INSTANT && col->kind == TX_PERIOD_DURATION &&
           (tx_date_cmp(f->end, col->end) == 0 ||
            tx_date_cmp(f->end, tx_date_add_days(col->start, -1)) == 0);
}

/* The row and column of table ti a fact was read from; 0 if none. */
static int fn_cell(const tx_mapper *m, const tx_mapping *map, size_t ti, const tx_fact *f,
                   size_t *row, size_t *col)
{
    const tx_table *t = &m->ex->tables[ti];
    const tx_table_map *tm = &map->tables[ti];
    for (size_t r = 0; r < t->nrows && r < tm->nrows; r++) {
        const tx_row *rw = &t->rows[r];
        if (rw->kind != TX_ROW_ITEM || rw->src_values != f->src_line || !tm->rows[r].concept ||
            strcmp(tm->rows[r].concept, f->concept) != 0)
            continue;
        for (size_t c = 0; c < t->ncols; c++)
            if ((rw->cells[c].state == TX_CELL_VALUE || rw->cells[c].state == TX_CELL_NIL) &&
                fn_period_in(&f->period, &t->cols[c].period)) {
                *row = r;
                *col = c;
                return 1;
            }
    }
    return 0;
}

static int map_footnotes(tx_mapper *m, const tx_mapping *map)
{
    tx_factset *fs = m->fs;
    size_t *sel = calloc(fs->nfacts ? fs->nfacts : 1, sizeof *sel);
    if (!sel)
        return -1;
    int status = 0;
    for (size_t ti = 0; ti < m->ex->ntables && status == 0; ti++) {
        const tx_table *t = &m->ex->tables[ti];
        for (size_t k = 0; k < t->nfootnotes && status == 0; k++) {
            char *text = tx_collapse(t->footnotes[k], strlen(t->footnotes[k]));
            if (!text) {
                status = -1;
                break;
            }
            char mk[8];
            fn_marker(text, mk, sizeof mk);
            int whole = !*mk || fn_has(t->title_notes, mk), marked = whole;
            for (size_t c = 0; c < t->ncols; c++)
                marked |= fn_has(t->cols[c].notes, mk);
            for (size_t r = 0; r < t->nrows; r++)
                marked |= fn_has(t->rows[r].notes, mk);
            for (size_t u = 0; u < m->ex->ntables; u++)
                marked |= m->ex->tables[u].parent == (int)ti &&
                          fn_has(m->ex->tables[u].title_notes, mk);
            if (!marked)
                whole = 1;
            size_t n = 0;
            for (size_t i = 0; i < fs->nfacts; i++) {
                size_t r, c;
                if (fn_cell(m, map, ti, &fs->facts[i], &r, &c)) {
                    if (whole || fn_has(t->cols[c].notes, mk) || fn_has(t->rows[r].notes, mk))
                        sel[n++] = i;
                    continue;
                }
                for (size_t u = 0; u < m->ex->ntables; u++)
                    if (m->ex->tables[u].parent == (int)ti &&
                        fn_has(m->ex->tables[u].title_notes, mk) &&
                        fn_cell(m, map, u, &fs->facts[i], &r, &c)) {
                        sel[n++] = i;
                        break;
                    }
            }
            if (tx_factset_add_footnote(fs, text, mk, sel, n) != 0)
                status = -1;
            free(text);
        }
    }
    free(sel);
    return status;
}

/* Labels: each mapped row gives its concept the label it was printed with
 * (TX_ROLE_PRINTED_LABEL) and the innermost heading it was printed under
 * (TX_ROLE_PRINTED_HEADING, none when it was printed under no heading),
 * both from the first row printing the concept.
 * A concept printed on rows of one table under different labels (the
 * allocation table: one concept, a member per row) gets none from it. */
/* 1 for each row whose concept is printed on rows of the table under
 * different labels; NULL on no memory. */
static unsigned char *label_clashes(const tx_table *t, const tx_table_map *tm)
{
    size_t n = t->nrows < tm->nrows ? t->nrows : tm->nrows;
    unsigned char *bad = calloc(n ? n : 1, 1);
    size_t *first = malloc((n ? n : 1) * sizeof *first);
    tx_smap seen = {0};   /* concept -> its first row */
    int oom = !bad || !first;
    for (size_t q = 0; q < n && !oom; q++) {
        const char *c = tm->rows[q].concept;
        size_t f;
        if (!c)
            continue;
        if (!tx_smap_get(&seen, c, &f))
            oom = tx_smap_put(&seen, c, q) != 0;
        else if (strcmp(t->rows[f].label, t->rows[q].label) != 0)
            bad[f] = 1;
        first[q] = tx_smap_get(&seen, c, &f) ? f : q;
    }
    for (size_t q = 0; q < n && !oom; q++)
        if (tm->rows[q].concept)
            bad[q] = bad[first[q]];
    tx_smap_clear(&seen);
    free(first);
    if (oom) {
        free(bad);
        return NULL;
    }
    return bad;
}

static int map_labels(tx_mapper *m, const tx_mapping *map)
{
    for (size_t ti = 0; ti < m->ex->ntables; ti++) {
        const tx_table *t = &m->ex->tables[ti];
        const tx_table_map *tm = &map->tables[ti];
        unsigned char *clashes = label_clashes(t, tm);
        if (!clashes)
            return -1;
        for (size_t r = 0; r < t->nrows && r < tm->nrows; r++) {
            const char *c = tm->rows[r].concept;
            if (!c || t->rows[r].kind != TX_ROW_ITEM || !*t->rows[r].label)
                continue;
            int clash = clashes[r];
            size_t before = m->fs->nlabels;
            if (clash)
                continue;
            if (tx_factset_add_label(m->fs, c, TX_ROLE_PRINTED_LABEL, t->rows[r].label) != 0 ||
                (tm->rows[r].negated && strncmp(c, "ext:", 4) == 0 &&
                 strcmp(tm->kind, "reconciliation") != 0 &&
                 tx_factset_add_label(m->fs, c, TX_ROLE_NEGATED_LABEL, t->rows[r].label) != 0)) {
                free(clashes);
                return -1;
            }
            if (m->fs->nlabels == before)
                continue;   /* printed by an earlier table: its heading (or none) stands */
            const char *path = t->rows[r].path, *last = path;
            for (const char *p = path; (p = strstr(p, " > ")) != NULL; p += 3)
                last = p + 3;
            if (*last && tx_factset_add_label(m->fs, c, TX_ROLE_PRINTED_HEADING, last) != 0) {
                free(clashes);
                return -1;
            }
        }
        free(clashes);
    }
    return 0;
}


/* ------------------------------------------------------------ presentation */

/* The exhibit's own presentation (facts.h, tx_pres_table): one table per
 * statement the mapper converted, in printed order, then one per group of
 * EX-27 schedules (as filed, restated), and the document and entity facts
 * first.  A table's rows are its printed rows: headings as abstract
 * extension concepts named after their words, line items as the concepts
 * their values were mapped to (the amounts' and, in an equity statement by
 * component, the shares' concept), each with the label role of its printed
 * words.  Its axes are those of the facts it printed (the facts read from
 * its rows, and the earlier facts its repeats were dropped for), each with
 * the members in the order first printed, the axis' default first when the
 * table printed facts without it. */


/* The default member of the project's axes (tx-gaap-2026_def.xml). */
static const char *axis_default(const char *axis)
{
    static const struct { const char *axis, *member; } d[] = {
        {"txbrl:PresentationBasisAxis", "txbrl:GaapMember"},
        {"tx-gaap:StatementEquityComponentsAxis", "tx-gaap:EquityComponentDomain"},
        {"tx-gaap:IncomeStatementLocationAxis", "tx-gaap:IncomeStatementLocationDomain"},
        {"txbrl:SourceAxis", "txbrl:FinancialStatementsMember"},
        {"txbrl:FinancialDataScheduleTagAxis", "txbrl:FinancialDataScheduleTagDomain"},
    };
    for (size_t i = 0; i < sizeof d / sizeof d[0]; i++)
        if (strcmp(d[i].axis, axis) == 0)
            return d[i].member;
    return NULL;
}

/* The label role under which `concept` has the printed words `text`: the
 * printed-label role, or its numbered variant (…/printedLabel2, …) added
 * for another wording.  Borrowed from the factset; NULL on no memory. */
static const char *printed_role(tx_factset *fs, const char *concept, const char *text)
{
    for (int k = 1; k < 1000; k++) {
        char role[128];
        if (k == 1)
            snprintf(role, sizeof role, "%s", TX_ROLE_PRINTED_LABEL);
        else
            snprintf(role, sizeof role, "%s%d", TX_ROLE_PRINTED_LABEL, k);
        const char *have = tx_factset_label(fs, concept, role);
        if (have && strcmp(have, text) != 0)
            continue;
        if (!have && tx_factset_add_label(fs, concept, role, text) != 0)
            return NULL;
        const tx_label *l = tx_factset_find_label(fs, concept, role);
        return l ? l->role : NULL;
    }
    /* a concept printed under more wordings than that (one amount repeated
       down a generated table): the rest show under its first wording */
    const tx_label *l = tx_factset_find_label(fs, concept, TX_ROLE_PRINTED_LABEL);
    return l ? l->role : NULL;
}

/* An abstract extension concept for the words `text` ("Current assets:"
 * -> ext:CurrentAssetsAbstract), with them as its standard label; a name
 * taken by other words, or used already in this table (used[]), gets a
 * number; so does any name taken when `fresh` (a table's root).  Owned "ext:..." or NULL. */
static char *abstract_concept(tx_factset *fs, const char *text, char ***used, size_t *nused,
                              int fresh)
{
    char *base = tx_ext_name(text);
    if (!base)
        return NULL;
    size_t n = strlen(base);
    while (n > 0 && base[n - 1] == ':')
        base[--n] = '\0';
    char *out = NULL;
    for (int k = 1; k < 100000 && !out; k++) {
        tx_buf b = {0};
        if (k == 1)
            tx_buf_printf(&b, "%sAbstract", base);
        else
            tx_buf_printf(&b, "%sAbstract%d", base, k);
        char *name = tx_buf_take(&b);
        if (!name)
            break;
        int clash = 0;
        long at = tx_factset_find_ext(fs, name);
        if (at >= 0)
            clash = fresh || !tx_factset_is_abstract(fs, name) || !fs->ext[at].label ||
                    strcmp(fs->ext[at].label, text) != 0 ? 1 : 2;
        for (size_t i = 0; i < *nused && clash != 1; i++)
            if (strcmp((*used)[i] + 4, name) == 0)
                clash = 1;
        if (clash == 1) {
            free(name);
            continue;
        }
        tx_ext_concept ec = {name, "duration", NULL, "xbrli:stringItemType", (char *)text};
        tx_buf q = {0};
        tx_buf_printf(&q, "ext:%s", name);
        out = tx_buf_take(&q);
        char **u = out ? realloc(*used, (*nused + 1) * sizeof *u) : NULL;
        if (!out || !u ||
            (clash == 0 && (tx_factset_add_ext(fs, &ec) != 0 ||
                            tx_factset_set_abstract(fs, name) != 0))) {
            free(out);
            out = NULL;
            if (u)
                *used = u;
            free(name);
            break;
        }
        *used = u;
        (*used)[(*nused)++] = out;
        free(name);
    }
    free(base);
    return out ? tx_strdup(out) : NULL;
}

/* What one table of the presentation is being built from. */
typedef struct pres_build {
    tx_factset *fs;
    long t;                   /* its index in fs->pres */
    char **used;              /* abstract concepts named in it */
    size_t nused;
    const char **axes;        /* its axes, first-printed order */
    const char ***members;    /* per axis, its members */
    size_t *nmembers;
    int *none;                /* per axis: a fact of it printed without it */
    size_t naxes;
    int oom;
} pres_build;

static void pb_free(pres_build *b)
{
    for (size_t i = 0; i < b->nused; i++)
        free(b->used[i]);
    free(b->used);
    for (size_t i = 0; i < b->naxes; i++)
        free(b->members[i]);
    free(b->axes);
    free(b->members);
    free(b->nmembers);
    free(b->none);
    memset(b, 0, sizeof *b);
}

/* Notes the dimensions of a fact the table printed. */
static void pb_fact(pres_build *b, const tx_fact *f)
{
    for (size_t d = 0; d < f->ndims && !b->oom; d++) {
        size_t a = 0;
        while (a < b->naxes && strcmp(b->axes[a], f->dims[d].axis) != 0)
            a++;
        if (a == b->naxes) {
            const char **ax = realloc(b->axes, (a + 1) * sizeof *ax);
            if (ax)
                b->axes = ax;
            const char ***mm = realloc(b->members, (a + 1) * sizeof *mm);
            if (mm)
                b->members = mm;
            size_t *nm = realloc(b->nmembers, (a + 1) * sizeof *nm);
            if (nm)
                b->nmembers = nm;
            int *no = realloc(b->none, (a + 1) * sizeof *no);
            if (no)
                b->none = no;
            if (!ax || !mm || !nm || !no) {
                b->oom = 1;
                return;
            }
            b->axes[a] = f->dims[d].axis;
            b->members[a] = NULL;
            b->nmembers[a] = 0;
            b->none[a] = 0;
            b->naxes++;
        }
        size_t k = 0;
        while (k < b->nmembers[a] && strcmp(b->members[a][k], f->dims[d].member) != 0)
            k++;
        if (k == b->nmembers[a]) {
            const char **m = realloc(b->members[a], (k + 1) * sizeof *m);
            if (!m) {
                b->oom = 1;
                return;
            }
            m[k] = f->dims[d].member;
            b->members[a] = m;
            b->nmembers[a]++;
        }
    }
}

/* The axes of facts printed without them (after every pb_fact). */
static void pb_fact_none(pres_build *b, const tx_fact *f)
{
    for (size_t a = 0; a < b->naxes; a++) {
        int has = 0;
        for (size_t d = 0; d < f->ndims && !has; d++)
            has = strcmp(f->dims[d].axis, b->axes[a]) == 0;
        if (!has)
            b->none[a] = 1;
    }
}

/* Writes the axes and their members under the root. */
static void pb_axes(pres_build *b)
{
    for (size_t a = 0; a < b->naxes && !b->oom; a++) {
        const char *dflt = b->none[a] ? axis_default(b->axes[a]) : NULL;
        if (tx_factset_add_pres_node(b->fs, (size_t)b->t, b->axes[a], 1, NULL) != 0 ||
            (dflt && tx_factset_add_pres_node(b->fs, (size_t)b->t, dflt, 2, NULL) != 0))
            b->oom = 1;
        for (size_t k = 0; k < b->nmembers[a] && !b->oom; k++)
            if ((!dflt || strcmp(dflt, b->members[a][k]) != 0) &&
                tx_factset_add_pres_node(b->fs, (size_t)b->t, b->members[a][k], 2, NULL) != 0)
                b->oom = 1;
    }
}

static int pb_start(pres_build *b, tx_factset *fs, const char *title)
{
    memset(b, 0, sizeof *b);
    b->fs = fs;
    char *root = abstract_concept(fs, title, &b->used, &b->nused, 1);
    b->t = root ? tx_factset_add_pres(fs, title, root) : -1;
    free(root);
    return b->t < 0 ? -1 : 0;
}

/* 1 if fact f has the period of column col of table t (or, for an instant
 * fact, the instant before it starts or at its end). */
static int fact_in_col(const tx_table *t, size_t col, const tx_fact *f)
{
    return fn_period_in(&f->period, &t->cols[col].period);
}

/* "table 3, ..." -> 2 (the table's index), or -1 for a fact from no table. */
static long origin_table(const tx_fact *f)
{
    const char *s = f->origin;
    if (!s || strncmp(s, "table ", 6) != 0 || s[6] < '1' || s[6] > '9')
        return -1;
    long n = 0;
    for (s += 6; *s >= '0' && *s <= '9'; s++) {
        if (n > (LONG_MAX - 9) / 10)
            return -1;
        n = n * 10 + (*s - '0');
    }
    return *s == ',' ? n - 1 : -1;
}

/* The facts of the presentation, found without going through all of them
 * for each table, row and cell: chains (in fact order) of the facts read
 * from one line by one table, and of the numeric facts of one concept and
 * magnitude.  next[i] is the fact after fact i in its chain, SIZE_MAX at
 * the end; each chain's first and last facts are in head[] and tail[] by
 * the number the map gives its key. */
typedef struct fact_index {
    tx_pmap lines;             /* (table + 1, line) -> chain     */
    tx_smap values;            /* "concept\x1f|value|" -> chain  */
    size_t *line_next, *value_next;
    size_t *head, *tail;       /* per chain, both maps' chains    */
    size_t nchains, capchains;
    size_t *first;             /* per table, its first fact, or SIZE_MAX */
    size_t ntables;
} fact_index;

/* The key of a value chain: the concept and the magnitude, trimmed (one
 * text for every printing of one value).  Owned, or NULL. */
static char *value_key(const char *concept, tx_decimal v)
{
    if (tx_decimal_sign(v) < 0)
        tx_decimal_negate(&v);
    tx_buf b = {0};
    tx_buf_printf(&b, "%s\x1f", concept);
    if (tx_decimal_put(&b, tx_decimal_trim(v)) != 0) {
        tx_buf_free(&b);
        return NULL;
    }
    return tx_buf_take(&b);
}

static void fi_free(fact_index *x)
{
    tx_pmap_clear(&x->lines);
    tx_smap_clear(&x->values);
    free(x->line_next);
    free(x->value_next);
    free(x->head);
    free(x->tail);
    free(x->first);
    memset(x, 0, sizeof *x);
}

/* Appends fact i to the chain `c` (a new one when c == nchains). */
static int fi_append(fact_index *x, size_t *next, size_t c, size_t i)
{
    if (c == x->nchains) {
        size_t cap = x->capchains;
        if (tx_grow((void **)&x->head, &cap, c + 1, sizeof *x->head) != 0 ||
            tx_grow((void **)&x->tail, &x->capchains, c + 1, sizeof *x->tail) != 0)
            return -1;
        x->head[c] = i;
        x->nchains++;
    } else {
        next[x->tail[c]] = i;
    }
    x->tail[c] = i;
    next[i] = SIZE_MAX;
    return 0;
}

static int fi_build(fact_index *x, const tx_factset *fs, size_t ntables)
{
    memset(x, 0, sizeof *x);
    size_t n = fs->nfacts ? fs->nfacts : 1;
    x->line_next = malloc(n * sizeof *x->line_next);
    x->value_next = malloc(n * sizeof *x->value_next);
    x->first = malloc((ntables ? ntables : 1) * sizeof *x->first);
    x->ntables = ntables;
    if (!x->line_next || !x->value_next || !x->first)
        return -1;
    for (size_t t = 0; t < ntables; t++)
        x->first[t] = SIZE_MAX;
    for (size_t i = 0; i < fs->nfacts; i++) {
        const tx_fact *f = &fs->facts[i];
        long t = origin_table(f);
        if (t >= 0 && (size_t)t < ntables) {
            if (x->first[t] == SIZE_MAX)
                x->first[t] = i;
            tx_pkey k = {{(const void *)(uintptr_t)(t + 1), (const void *)(intptr_t)f->src_line}};
            size_t c = x->nchains;
            if ((!tx_pmap_get(&x->lines, &k, &c) && tx_pmap_put(&x->lines, &k, c) != 0) ||
                fi_append(x, x->line_next, c, i) != 0)
                return -1;
        }
        if (f->numeric) {
            char *key = value_key(f->concept, f->value);
            size_t c = x->nchains;
            int bad = !key || (!tx_smap_get(&x->values, key, &c) && tx_smap_put(&x->values, key, c) != 0) ||
                      fi_append(x, x->value_next, c, i) != 0;
            free(key);
            if (bad)
                return -1;
        }
    }
    return 0;
}

/* The first fact read from `line` by table ti, SIZE_MAX for none. */
static size_t fi_line(const fact_index *x, size_t ti, long line)
{
    tx_pkey k = {{(const void *)(uintptr_t)(ti + 1), (const void *)(intptr_t)line}};
    size_t c;
    return tx_pmap_get(&x->lines, &k, &c) ? x->head[c] : SIZE_MAX;
}

/* The first numeric fact of `concept` with the magnitude of v, SIZE_MAX
 * for none (-1 on no memory). */
static int fi_value(const fact_index *x, const char *concept, tx_decimal v, size_t *first)
{
    char *key = value_key(concept, v);
    size_t c;
    *first = key && tx_smap_get(&x->values, key, &c) ? x->head[c] : SIZE_MAX;
    free(key);
    return key ? 0 : -1;
}

/* 1 if fact f is one of `concepts` and has the value of the cell. */
static int fact_is_cell(const tx_fact *f, const tx_cell *cell, const char *const *concepts,
                        size_t nconcepts, long entity)
{
    if (!f->numeric || (entity >= 0 && f->entity != (size_t)entity))
        return 0;
    size_t k = 0;
    while (k < nconcepts && strcmp(concepts[k], f->concept) != 0)
        k++;
    if (k == nconcepts)
        return 0;
    tx_decimal v = f->value, nv = f->value;
    return tx_decimal_cmp(v, cell->value) == 0 ||
           (tx_decimal_negate(&nv) == 0 && tx_decimal_cmp(nv, cell->value) == 0) ||
           (cell->state == TX_CELL_NIL && tx_decimal_is_zero(v));
}

/* The fact a printed cell became: one of the row's concepts, read from
 * its line by this table, else (a repeat dropped for an earlier fact) the
 * first fact of a row concept with the cell's value and the column's
 * period.  NULL for none; *oom set when memory ran out. */
static const tx_fact *cell_fact(const tx_factset *fs, const fact_index *x, const tx_table *t,
                                size_t ti, const tx_row *row, size_t c,
                                const char *const *concepts, size_t nconcepts, long entity,
                                int *oom)
{
    const tx_cell *cell = &row->cells[c];
    for (size_t i = fi_line(x, ti, row->src_values); i != SIZE_MAX; i = x->line_next[i])
        if (fact_is_cell(&fs->facts[i], cell, concepts, nconcepts, entity))
            return &fs->facts[i];
    /* the values a cell matches: its own magnitude, and zero for a nil */
    tx_decimal want[2] = {cell->value, tx_decimal_make(0, 0)};
    size_t nwant = cell->state == TX_CELL_NIL ? 2 : 1;
    size_t best = SIZE_MAX;
    for (size_t k = 0; k < nconcepts; k++)
        for (size_t w = 0; w < nwant; w++) {
            size_t i;
            if (fi_value(x, concepts[k], want[w], &i) != 0) {
                *oom = 1;
                return NULL;
            }
            for (; i != SIZE_MAX && i < best; i = x->value_next[i]) {
                const tx_fact *f = &fs->facts[i];
                if (fact_is_cell(f, cell, concepts, nconcepts, entity) &&
                    (t->components || fact_in_col(t, c, f)))
                    best = i;
            }
        }
    return best == SIZE_MAX ? NULL : &fs->facts[best];
}

static int add_concept(const char ***v, size_t *n, const char *c)
{
    for (size_t i = 0; i < *n; i++)
        if (strcmp((*v)[i], c) == 0)
            return 0;
    const char **p = realloc(*v, (*n + 1) * sizeof *p);
    if (!p)
        return -1;
    p[(*n)++] = c;
    *v = p;
    return 0;
}

/* The presentation of table ti (a statement the mapper converted). */
static int pres_table(tx_mapper *m, const tx_mapping *map, const fact_index *x, size_t ti)
{
    tx_factset *fs = m->fs;
    const tx_table *t = &m->ex->tables[ti];
    const tx_table_map *tm = &map->tables[ti];
    if (!tm->kind || !*tm->kind || !tm->rows)
        return 0;
    /* the concepts of each row: the mapped one, then those of the facts
       read from its line by this table (the shares of an equity row) */
    const char ***rc = calloc(t->nrows ? t->nrows : 1, sizeof *rc);
    size_t *nrc = calloc(t->nrows ? t->nrows : 1, sizeof *nrc);
    if (!rc || !nrc) {
        free(rc);
        free(nrc);
        return -1;
    }
    int status = 0, any = 0;
    long entity = ti < x->ntables && x->first[ti] != SIZE_MAX
                      ? (long)fs->facts[x->first[ti]].entity
                      : -1;
    for (size_t r = 0; r < t->nrows && r < tm->nrows && status == 0; r++) {
        const tx_row *row = &t->rows[r];
        if (row->kind != TX_ROW_ITEM)
            continue;
        if (tm->rows[r].concept && add_concept(&rc[r], &nrc[r], tm->rows[r].concept) != 0)
            status = -1;
        for (size_t i = fi_line(x, ti, row->src_values); i != SIZE_MAX && status == 0;
             i = x->line_next[i])
            if (add_concept(&rc[r], &nrc[r], fs->facts[i].concept) != 0)
                status = -1;
        any |= nrc[r] > 0;
    }
    pres_build b;
    const char *title = *t->title ? t->title : tm->kind;
    if (status == 0 && any && pb_start(&b, fs, title) == 0) {
        /* the dimensions of the facts the table printed */
        const tx_fact **shown = NULL;
        size_t nshown = 0, capshown = 0;
        for (size_t r = 0; r < t->nrows && r < tm->nrows && !b.oom; r++) {
            const tx_row *row = &t->rows[r];
            for (size_t c = 0; nrc[r] && row->cells && c < t->ncols; c++) {
                if (row->cells[c].state != TX_CELL_VALUE && row->cells[c].state != TX_CELL_NIL)
                    continue;
                const tx_fact *f = cell_fact(fs, x, t, ti, row, c, rc[r], nrc[r], entity, &b.oom);
                if (!f)
                    continue;
                if (tx_grow((void **)&shown, &capshown, nshown + 1, sizeof *shown) != 0) {
                    b.oom = 1;
                    break;
                }
                shown[nshown++] = f;
                pb_fact(&b, f);
            }
        }
        for (size_t i = 0; i < nshown; i++)
            pb_fact_none(&b, shown[i]);
        free(shown);
        pb_axes(&b);
        /* the rows: headings by level, line items under the nearest one */
        int hdepth[64];
        int hlevel[64];
        size_t nh = 0;
        for (size_t r = 0; r < t->nrows && r < tm->nrows && !b.oom; r++) {
            const tx_row *row = &t->rows[r];
            if (!*row->label)
                continue;
            while (nh > 0 && hlevel[nh - 1] >= row->level)
                nh--;
            int depth = nh ? hdepth[nh - 1] + 1 : 1;
            if (row->kind == TX_ROW_HEADING) {
                char *h = abstract_concept(fs, row->label, &b.used, &b.nused, 0);
                if (!h || tx_factset_add_pres_node(fs, (size_t)b.t, h, depth, NULL) != 0)
                    b.oom = 1;
                free(h);
                if (nh < 64) {
                    hdepth[nh] = depth;
                    hlevel[nh++] = row->level;
                }
                continue;
            }
            for (size_t k = 0; k < nrc[r] && !b.oom; k++) {
                const char *role = printed_role(fs, rc[r][k], row->label);
                if (!role || tx_factset_add_pres_node(fs, (size_t)b.t, rc[r][k], depth, role) != 0)
                    b.oom = 1;
            }
        }
        status = b.oom ? -1 : 0;
        pb_free(&b);
    } else if (status == 0 && any) {
        status = -1;
    }
    for (size_t r = 0; r < t->nrows; r++)
        free(rc[r]);
    free(rc);
    free(nrc);
    return status;
}

/* "EX-27 <TOTAL-ASSETS>, ..." -> "TOTAL-ASSETS" (owned), or NULL. */
static char *ex27_tag(const tx_fact *f)
{
    if (!f->origin || strncmp(f->origin, "EX-27 <", 7) != 0)
        return NULL;
    const char *s = f->origin + 7, *e = strchr(s, '>');
    return e ? tx_strndup(s, (size_t)(e - s)) : NULL;
}

/* The facts of a dimension member, of the EX-27 schedules. */
static const char *source_member(const tx_fact *f)
{
    for (size_t d = 0; d < f->ndims; d++)
        if (strcmp(f->dims[d].axis, "txbrl:SourceAxis") == 0)
            return f->dims[d].member;
    return NULL;
}

/* One table per source member of the EX-27 facts (the schedules as filed,
 * the restated ones), rows in the order of their tags. */
static int pres_ex27(tx_mapper *m)
{
    tx_factset *fs = m->fs;
    const char *done[8];
    size_t ndone = 0;
    for (size_t i = 0; i < fs->nfacts; i++) {
        const char *src = source_member(&fs->facts[i]);
        char *tag0 = src ? ex27_tag(&fs->facts[i]) : NULL;
        if (!tag0)
            continue;
        free(tag0);
        size_t k = 0;
        while (k < ndone && strcmp(done[k], src) != 0)
            k++;
        if (k < ndone || ndone == 8)
            continue;
        done[ndone++] = src;
        int restated = strstr(src, "Restated") != NULL;
        pres_build b;
        if (pb_start(&b, fs, restated ? "Financial Data Schedule (EX-27), restated"
                                      : "Financial Data Schedule (EX-27)") != 0)
            return -1;
        for (size_t j = i; j < fs->nfacts && !b.oom; j++) {
            const char *s = source_member(&fs->facts[j]);
            if (s && strcmp(s, src) == 0)
                pb_fact(&b, &fs->facts[j]);
        }
        pb_axes(&b);
        const char **seen = NULL;
        size_t nseen = 0;
        for (size_t j = i; j < fs->nfacts && !b.oom; j++) {
            const char *s = source_member(&fs->facts[j]);
            if (!s || strcmp(s, src) != 0)
                continue;
            size_t before = nseen;
            if (add_concept(&seen, &nseen, fs->facts[j].concept) != 0) {
                b.oom = 1;
                break;
            }
            if (nseen == before)
                continue;
            char *tag = ex27_tag(&fs->facts[j]);
            const char *role = tag ? printed_role(fs, fs->facts[j].concept, tag) : NULL;
            if (!role || tx_factset_add_pres_node(fs, (size_t)b.t, fs->facts[j].concept, 1, role) != 0)
                b.oom = 1;
            free(tag);
        }
        free(seen);
        int bad = b.oom;
        pb_free(&b);
        if (bad)
            return -1;
    }
    return 0;
}

/* The document and entity facts (tx-dei), first. */
static int pres_dei(tx_mapper *m)
{
    tx_factset *fs = m->fs;
    pres_build b;
    int have = 0;
    for (size_t i = 0; i < fs->nfacts && !have; i++)
        have = strncmp(fs->facts[i].concept, "tx-dei:", 7) == 0;
    if (!have)
        return 0;
    if (pb_start(&b, fs, "Document and Entity Information") != 0)
        return -1;
    const char **seen = NULL;
    size_t nseen = 0;
    for (size_t i = 0; i < fs->nfacts && !b.oom; i++) {
        size_t before = nseen;
        if (strncmp(fs->facts[i].concept, "tx-dei:", 7) != 0)
            continue;
        if (add_concept(&seen, &nseen, fs->facts[i].concept) != 0)
            b.oom = 1;
        else if (nseen > before &&
                 tx_factset_add_pres_node(fs, (size_t)b.t, fs->facts[i].concept, 1, NULL) != 0)
            b.oom = 1;
    }
    free(seen);
    int bad = b.oom;
    pb_free(&b);
    return bad ? -1 : 0;
}

static int map_presentation(tx_mapper *m, const tx_mapping *map)
{
    if (pres_dei(m) != 0)
        return -1;
    fact_index x;
    int st = fi_build(&x, m->fs, m->ex->ntables) == 0 ? 0 : -1;
    for (size_t ti = 0; st == 0 && ti < m->ex->ntables && ti < map->ntables; ti++)
        st = pres_table(m, map, &x, ti);
    fi_free(&x);
    return st == 0 ? pres_ex27(m) : -1;
}

int tx_map_printed(tx_mapper *m, const tx_mapping *map)
{
    return map_footnotes(m, map) == 0 && map_labels(m, map) == 0 &&
                   map_presentation(m, map) == 0
               ? 0
               : -1;
}

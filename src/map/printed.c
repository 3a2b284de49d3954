/* printed.c - what the exhibit printed besides the numbers: footnotes and
 * its own labels, which the instance writer and the renditions use. */
#include "map/mapstate.h"

#include <ctype.h>
#include <stdlib.h>
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
static int map_labels(tx_mapper *m, const tx_mapping *map)
{
    for (size_t ti = 0; ti < m->ex->ntables; ti++) {
        const tx_table *t = &m->ex->tables[ti];
        const tx_table_map *tm = &map->tables[ti];
        for (size_t r = 0; r < t->nrows && r < tm->nrows; r++) {
            const char *c = tm->rows[r].concept;
            if (!c || t->rows[r].kind != TX_ROW_ITEM || !*t->rows[r].label)
                continue;
            int clash = 0;
            for (size_t q = 0; q < t->nrows && q < tm->nrows && !clash; q++)
                clash = q != r && tm->rows[q].concept && strcmp(tm->rows[q].concept, c) == 0 &&
                        strcmp(t->rows[q].label, t->rows[r].label) != 0;
            size_t before = m->fs->nlabels;
            if (clash)
                continue;
            if (tx_factset_add_label(m->fs, c, TX_ROLE_PRINTED_LABEL, t->rows[r].label) != 0)
                return -1;
            if (tm->rows[r].negated && strncmp(c, "ext:", 4) == 0 &&
                strcmp(tm->kind, "reconciliation") != 0 &&
                tx_factset_add_label(m->fs, c, TX_ROLE_NEGATED_LABEL, t->rows[r].label) != 0)
                return -1;
            if (m->fs->nlabels == before)
                continue;   /* printed by an earlier table: its heading (or none) stands */
            const char *path = t->rows[r].path, *last = path;
            for (const char *p = path; (p = strstr(p, " > ")) != NULL; p += 3)
                last = p + 3;
            if (*last && tx_factset_add_label(m->fs, c, TX_ROLE_PRINTED_HEADING, last) != 0)
                return -1;
        }
    }
    return 0;
}

int tx_map_printed(tx_mapper *m, const tx_mapping *map)
{
    return map_footnotes(m, map) == 0 && map_labels(m, map) == 0 ? 0 : -1;
}

/* inspect.c - prints what the reader saw, and how it was mapped: text,
 * JSON or TSV. */
#include "map/inspect.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "map/ex27map.h"
#include "read/model.h"
#include "base/util.h"

static void put_value(tx_buf *b, const tx_cell *c)
{
    switch (c->state) {
    case TX_CELL_NIL:
        tx_buf_puts(b, "nil");
        break;
    case TX_CELL_VALUE:
        tx_decimal_put(b, c->value);
        break;
    case TX_CELL_PERCENT:
        tx_decimal_put(b, c->value);
        tx_buf_putc(b, '%');
        break;
    default:
        break;
    }
}

static int has_values(const tx_table *t, const tx_row *r)
{
    if (r->kind != TX_ROW_ITEM || !r->cells)
        return 0;
    for (size_t c = 0; c < t->ncols; c++)
        if (r->cells[c].state != TX_CELL_EMPTY)
            return 1;
    return 0;
}

static void period_text(const tx_column *c, char *buf, size_t n)
{
    if (c->period_error)
        snprintf(buf, n, "?");
    else
        tx_period_format(&c->period, buf, n);
}

static long table_line(const tx_table *t)
{
    return t->src_title ? t->src_title : t->src_header ? t->src_header : t->src_first;
}

/* ------------------------------------------------------------ TSV */

static void write_tsv(const tx_exhibit *ex, tx_buf *b)
{
    for (size_t i = 0; i < ex->ntables; i++) {
        const tx_table *t = &ex->tables[i];
        tx_buf_printf(b, "table\t%zu\t%ld\t%s\t%s\tmoney=%d shares=%d pershare=%d\n",
                      i + 1, table_line(t), t->entity, t->title, t->scale.money,
                      t->scale.shares, t->scale.per_share);
        for (size_t c = 0; c < t->ncols; c++) {
            char p[32];
            period_text(&t->cols[c], p, sizeof p);
            tx_buf_printf(b, "column\t%zu.%zu\t%s\n", i + 1, c + 1, p);
        }
        for (size_t r = 0; r < t->nrows; r++) {
            const tx_row *row = &t->rows[r];
            if (!has_values(t, row))
                continue;
            tx_buf_printf(b, "row\t%ld\t%s\t%s\t%s", row->src_values, row->path,
                          row->label, row->notes);
            for (size_t c = 0; c < t->ncols; c++) {
                tx_buf_putc(b, '\t');
                put_value(b, &row->cells[c]);
            }
            tx_buf_putc(b, '\n');
        }
    }
}

static void json_kv(tx_buf *b, const char *k, const char *v, int comma)
{
    tx_buf_printf(b, "%s\"%s\": ", comma ? ", " : "", k);
    tx_buf_json_string(b, v ? v : "");
}

/* ------------------------------------------------------------ EX-27 schedules */

/* What inspect shows of the schedules: text (one block per schedule:
 * header, then one line per tag with its value and concept) or the JSON
 * array of "schedules".  `map` may be NULL (no concepts). */

static void date_text(tx_date d, char buf[11])
{
    if (d.y)
        tx_date_format(d, buf);
    else
        snprintf(buf, 11, "-");
}

/* The value a schedule's tag stands for, as a new string ("?" when there
 * is none); NULL when memory ran out. */
static char *value_text(const tx_ex27_schedule *s, const tx_ex27_value *v, const tx_ex27_tag *t)
{
    tx_decimal d = v->printed;
    if (!v->ok || ((!t || !t->per_share) && tx_decimal_scale(&d, s->multiplier) != 0))
        return tx_strdup("?");
    return tx_decimal_text(d);
}

static void schedules_text(const tx_ex27_set *set, const tx_ex27_map *map, tx_buf *b)
{
    if (!set || !set->n)
        return;
    tx_buf_printf(b, "schedules %zu\n", set->n);
    for (size_t i = 0; i < set->n; i++) {
        const tx_ex27_schedule *s = &set->schedules[i];
        char fye[11], st[11], en[11], p[32] = "?";
        date_text(s->fiscal_year_end, fye);
        date_text(s->period_start, st);
        date_text(s->period_end, en);
        if (s->duration.kind == TX_PERIOD_DURATION)
            tx_period_format(&s->duration, p, sizeof p);
        tx_buf_printf(b, "\n== EX-27 schedule %zu (%s), lines %ld-%ld ==\n", i + 1, s->doc_type,
                      s->src_first, s->src_last);
        tx_buf_printf(b, "article  %d%s\n", s->article, s->restated ? ", restated" : "");
        tx_buf_printf(b, "entity   %s%s\n", *s->name ? s->name : "(none named)",
                      s->name_from_legend ? " (from the legend)" : "");
        tx_buf_printf(b, "scale    money x10^%d, per-share x1\n", s->multiplier);
        tx_buf_printf(b, "period   %s, fiscal year end %s, start %s, end %s -> instants %s, "
                         "durations %s\n",
                      *s->period_type ? s->period_type : "(no type)", fye, st, en, en, p);
        for (size_t v = 0; v < s->nvalues; v++) {
            const tx_ex27_value *x = &s->values[v];
            const tx_ex27_tag *t = tx_ex27_lookup(map, s->article, x->tag);
            char *val = value_text(s, x, t);
            tx_buf_printf(b, "  %5ld  %-28s %12s -> %s", x->line, x->tag, x->text,
                          val ? val : "?");
            free(val);
            if (*x->notes)
                tx_buf_printf(b, " [note %s]", x->notes);
            char *ct = t ? tx_ex27_concept(t) : NULL;
            if (ct)
                tx_buf_printf(b, "  %s", ct);
            free(ct);
            if (!t && map)
                tx_buf_puts(b, "  (not mapped)");
            tx_buf_putc(b, '\n');
        }
        for (size_t n = 0; n < s->nnotes; n++)
            tx_buf_printf(b, "footnote %s %s\n", s->notes[n].marker, s->notes[n].text);
    }
}

static void schedules_json(const tx_ex27_set *set, const tx_ex27_map *map, tx_buf *b)
{
    tx_buf_puts(b, "[");
    for (size_t i = 0; set && i < set->n; i++) {
        const tx_ex27_schedule *s = &set->schedules[i];
        char fye[11], st[11], en[11], ds[11] = "", de[11] = "";
        date_text(s->fiscal_year_end, fye);
        date_text(s->period_start, st);
        date_text(s->period_end, en);
        if (s->duration.kind == TX_PERIOD_DURATION) {
            tx_date_format(s->duration.start, ds);
            tx_date_format(s->duration.end, de);
        }
        tx_buf_printf(b, "%s\n  {\"index\": %zu, \"line\": %ld, \"last_line\": %ld, \"article\": %d",
                      i ? "," : "", i + 1, s->src_first, s->src_last, s->article);
        json_kv(b, "document", s->doc_type, 1);
        json_kv(b, "entity", s->name, 1);
        json_kv(b, "legend", s->legend, 1);
        tx_buf_printf(b, ", \"multiplier\": %d, \"restated\": %s", s->multiplier,
                      s->restated ? "true" : "false");
        json_kv(b, "period_type", s->period_type, 1);
        json_kv(b, "fiscal_year_end", fye, 1);
        json_kv(b, "period_start", st, 1);
        json_kv(b, "period_end", en, 1);
        json_kv(b, "duration_start", ds, 1);
        json_kv(b, "duration_end", de, 1);
        tx_buf_puts(b, ",\n   \"values\": [");
        for (size_t v = 0; v < s->nvalues; v++) {
            const tx_ex27_value *x = &s->values[v];
            const tx_ex27_tag *t = tx_ex27_lookup(map, s->article, x->tag);
            char *val = value_text(s, x, t);
            tx_buf_printf(b, "%s{\"line\": %ld", v ? ", " : "", x->line);
            json_kv(b, "tag", x->tag, 1);
            json_kv(b, "printed", x->text, 1);
            json_kv(b, "value", val ? val : "?", 1);
            free(val);
            json_kv(b, "notes", x->notes, 1);
            char *ct = t ? tx_ex27_concept(t) : NULL;
            if (ct)
                json_kv(b, "concept", ct, 1);
            free(ct);
            tx_buf_puts(b, "}");
        }
        tx_buf_puts(b, "],\n   \"footnotes\": [");
        for (size_t n = 0; n < s->nnotes; n++) {
            tx_buf_printf(b, "%s{\"marker\": ", n ? ", " : "");
            tx_buf_json_string(b, s->notes[n].marker);
            json_kv(b, "text", s->notes[n].text, 1);
            tx_buf_puts(b, "}");
        }
        tx_buf_puts(b, "]}");
    }
    tx_buf_puts(b, "\n ]");
}

/* ------------------------------------------------------------ text */

static const char *const part_names[] = {"", "company", "parent company", "segment"};

/* " [pro forma adjustments; company Frame Technology Corporation]": what a
 * column's basis says, when it is not as reported of the whole entity. */
static void basis_text(const tx_basis *bs, tx_buf *b)
{
    static const char *const kinds[] = {"", "pro forma", "pro forma adjustments",
                                        "as previously reported", "restatement adjustments",
                                        "basis"};
    if (bs->kind == TX_BASIS_REPORTED && bs->part == TX_PART_WHOLE)
        return;
    tx_buf_puts(b, "  [");
    if (bs->kind != TX_BASIS_REPORTED)
        tx_buf_printf(b, "%s%s%s", kinds[bs->kind], *bs->basis_words ? " " : "",
                      bs->basis_words);
    if (bs->part != TX_PART_WHOLE)
        tx_buf_printf(b, "%s%s%s%s", bs->kind != TX_BASIS_REPORTED ? "; " : "",
                      part_names[bs->part], *bs->part_words ? " " : "", bs->part_words);
    tx_buf_putc(b, ']');
}

static void write_text(const tx_exhibit *ex, const tx_mapping *map, tx_buf *b)
{
    tx_buf_printf(b, "exhibit %s (%s, %zu lines)\n", ex->name, ex->text->encoding,
                  ex->text->nlines);
    static const char *const roles[] = {"filer  ", "subject", "former ", "cover  "};
    for (size_t f = 0; f < ex->text->nfilers; f++)
        tx_buf_printf(b, "%s %s (CIK %s)\n", roles[ex->text->filers[f].role],
                      ex->text->filers[f].name,
                      ex->text->filers[f].cik[0] ? ex->text->filers[f].cik : "unknown");
    tx_buf_printf(b, "tables  %zu\n", ex->ntables);
    for (size_t i = 0; i < ex->ntables; i++) {
        const tx_table *t = &ex->tables[i];
        tx_buf_printf(b, "\n== table %zu, lines %ld-%ld", i + 1, table_line(t), t->src_last);
        if (t->parent >= 0)
            tx_buf_printf(b, ", footnote table of table %d", t->parent + 1);
        tx_buf_puts(b, " ==\n");
        const tx_table_map *tme = map && i < map->ntables ? &map->tables[i] : NULL;
        tx_buf_printf(b, "entity   %s", *t->entity ? t->entity : "(unknown)");
        if (tme && tme->entity)
            tx_buf_printf(b, " -> %s", tme->entity);
        tx_buf_putc(b, '\n');
        tx_buf_printf(b, "title    %s%s%s%s\n", t->untitled ? "(untitled)" : t->title,
                      *t->title_notes ? " [note " : "", t->title_notes,
                      *t->title_notes ? "]" : "");
        tx_buf_printf(b, "scale    %s -> money x10^%d, shares x10^%d, per-share x1\n",
                      *t->scale_text ? t->scale_text : "(none stated)", t->scale.money,
                      t->scale.shares);
        if (*t->audit)
            tx_buf_printf(b, "audit    %s\n", t->audit);
        if (t->basis.kind == TX_BASIS_PRO_FORMA)
            tx_buf_puts(b, "basis    pro forma combination: each column's own\n");
        if (t->basis.part != TX_PART_WHOLE)
            tx_buf_printf(b, "part     %s%s%s%s\n", part_names[t->basis.part],
                          *t->basis.part_words ? " " : "", t->basis.part_words,
                          t->basis.section ? " (a section of the statement)" : "");
        const tx_table_map *tm = map && i < map->ntables ? &map->tables[i] : NULL;
        if (tm && tm->kind)
            tx_buf_printf(b, "statement %s%s%s  (%s)\n", *tm->kind ? tm->kind : "unknown",
                          *tm->basis ? ", " : "", tm->basis, tm->why ? tm->why : "");
        tx_buf_puts(b, "columns\n");
        for (size_t c = 0; c < t->ncols; c++) {
            const tx_column *col = &t->cols[c];
            char p[32];
            period_text(col, p, sizeof p);
            tx_buf_printf(b, "  %zu  %-22s %-8s \"%s\"", c + 1, p,
                          col->period.kind == TX_PERIOD_INSTANT ? "instant"
                          : col->period.kind == TX_PERIOD_DURATION ? "duration" : "none",
                          col->words ? col->words : "");
            if (col->period_error)
                tx_buf_printf(b, "  (no period: %s)", col->period_error);
            basis_text(&col->basis, b);
            tx_buf_putc(b, '\n');
        }
        tx_buf_puts(b, "rows\n");
        for (size_t r = 0; r < t->nrows; r++) {
            const tx_row *row = &t->rows[r];
            if (row->rule_above)
                tx_buf_printf(b, "         %s\n", row->rule_above == 2 ? "=====" : "-----");
            if (row->src_first != row->src_last)
                tx_buf_printf(b, "  %ld-%ld", row->src_first, row->src_last);
            else
                tx_buf_printf(b, "  %ld", row->src_first);
            tx_buf_printf(b, "  %-9s ", row->kind == TX_ROW_HEADING ? "heading"
                                        : row->kind == TX_ROW_CAPTION ? "caption"
                                        : tx_value_kind_name(row->vkind));
            for (int l = 0; l < row->level; l++)
                tx_buf_puts(b, "  ");
            tx_buf_puts(b, row->label);
            if (*row->notes)
                tx_buf_printf(b, " [note %s]", row->notes);
            if (row->total)
                tx_buf_puts(b, " [total]");
            if (row->inferred)
                tx_buf_puts(b, " [label inferred]");
            if (*row->path)
                tx_buf_printf(b, "  {%s}", row->path);
            const tx_row_map *rm = tm && r < tm->nrows ? &tm->rows[r] : NULL;
            if (rm && rm->concept) {
                tx_buf_printf(b, "\n        -> %s", rm->concept);
                if (rm->score)
                    tx_buf_printf(b, "  score %d", rm->score);
                tx_buf_printf(b, "  (%s)", rm->why ? rm->why : "");
                if (rm->runner)
                    tx_buf_printf(b, "\n           runner-up %s  score %d", rm->runner,
                                  rm->runner_score);
                if (rm->sign)
                    tx_buf_printf(b, "\n           sign by %s%s", rm->sign,
                                  rm->negated ? ": printed values negated" : "");
            } else if (rm && rm->why) {
                tx_buf_printf(b, "\n        -> not mapped  (%s)", rm->why);
            }
            if (row->nsums > 0) {
                /* what the footing check found this total to be the sum of */
                tx_buf_puts(b, "\n        foots: =");
                for (size_t k = row->nsums; k-- > 0;)
                    tx_buf_printf(b, " %s line %ld", row->sum_signs[k] < 0 ? "-" : "+",
                                  t->rows[row->sums[k]].src_values);
            }
            if (has_values(t, row)) {
                tx_buf_puts(b, "\n");
                for (size_t c = 0; c < t->ncols; c++) {
                    const tx_cell *cell = &row->cells[c];
                    tx_buf_printf(b, "        col %zu: ", c + 1);
                    if (cell->state == TX_CELL_EMPTY)
                        tx_buf_puts(b, "(empty)");
                    else {
                        put_value(b, cell);
                        tx_buf_printf(b, "   printed \"%s\"", cell->text);
                    }
                    tx_buf_putc(b, '\n');
                }
            } else {
                tx_buf_putc(b, '\n');
            }
        }
        for (size_t f = 0; f < t->nfootnotes; f++)
            tx_buf_printf(b, "footnote %s\n", t->footnotes[f]);
    }
    if (ex->ex27) {   /* EX-27 financial data schedules */
        tx_buf_putc(b, '\n');
        schedules_text(ex->ex27, map ? map->ex27 : NULL, b);
    }
}

/* ------------------------------------------------------------ JSON */

static void write_json(const tx_exhibit *ex, const tx_mapping *map, tx_buf *b)
{
    tx_buf_puts(b, "{");
    json_kv(b, "file", ex->name, 0);
    json_kv(b, "encoding", ex->text->encoding, 1);
    tx_buf_puts(b, ", \"filers\": [");
    for (size_t f = 0; f < ex->text->nfilers; f++) {
        tx_buf_puts(b, f ? ", {" : "{");
        json_kv(b, "name", ex->text->filers[f].name, 0);
        json_kv(b, "cik", ex->text->filers[f].cik, 1);
        static const char *const jroles[] = {"filer", "subject", "former", "cover"};
        json_kv(b, "role", jroles[ex->text->filers[f].role], 1);
        tx_buf_puts(b, "}");
    }
    tx_buf_puts(b, "],\n \"tables\": [");
    for (size_t i = 0; i < ex->ntables; i++) {
        const tx_table *t = &ex->tables[i];
        tx_buf_printf(b, "%s\n  {\"index\": %zu, \"line\": %ld, \"last_line\": %ld",
                      i ? "," : "", i + 1, table_line(t), t->src_last);
        if (t->parent >= 0)
            tx_buf_printf(b, ", \"parent\": %d", t->parent + 1);
        json_kv(b, "entity", t->entity, 1);
        json_kv(b, "title", t->title, 1);
        json_kv(b, "title_notes", t->title_notes, 1);
        tx_buf_printf(b, ", \"untitled\": %s", t->untitled ? "true" : "false");
        json_kv(b, "scale_text", t->scale_text, 1);
        tx_buf_printf(b, ", \"scale\": {\"money\": %d, \"shares\": %d, \"per_share\": %d}",
                      t->scale.money, t->scale.shares, t->scale.per_share);
        json_kv(b, "audit", t->audit, 1);
        const tx_table_map *tm = map && i < map->ntables ? &map->tables[i] : NULL;
        if (tm && tm->kind) {
            tx_buf_puts(b, ", \"statement\": {");
            json_kv(b, "kind", tm->kind, 0);
            json_kv(b, "basis", tm->basis, 1);
            json_kv(b, "why", tm->why, 1);
            tx_buf_puts(b, "}");
        }
        tx_buf_puts(b, ",\n   \"columns\": [");
        for (size_t c = 0; c < t->ncols; c++) {
            const tx_column *col = &t->cols[c];
            char s[11] = "", e[11] = "";
            if (col->period.kind == TX_PERIOD_DURATION)
                tx_date_format(col->period.start, s);
            if (col->period.kind != TX_PERIOD_NONE)
                tx_date_format(col->period.end, e);
            tx_buf_printf(b, "%s{\"index\": %zu", c ? ", " : "", c + 1);
            json_kv(b, "header", col->words, 1);
            json_kv(b, "notes", col->notes, 1);
            json_kv(b, "period", col->period.kind == TX_PERIOD_INSTANT ? "instant"
                                 : col->period.kind == TX_PERIOD_DURATION ? "duration" : "none", 1);
            json_kv(b, "start", s, 1);
            json_kv(b, "end", e, 1);
            if (col->period_error)
                json_kv(b, "error", col->period_error, 1);
            tx_buf_puts(b, "}");
        }
        tx_buf_puts(b, "],\n   \"rows\": [");
        for (size_t r = 0; r < t->nrows; r++) {
            const tx_row *row = &t->rows[r];
            tx_buf_printf(b, "%s\n    {\"line\": %ld, \"last_line\": %ld", r ? "," : "",
                          row->src_first, row->src_last);
            json_kv(b, "kind", row->kind == TX_ROW_HEADING ? "heading"
                               : row->kind == TX_ROW_CAPTION ? "caption" : "item", 1);
            json_kv(b, "label", row->label, 1);
            json_kv(b, "notes", row->notes, 1);
            json_kv(b, "path", row->path, 1);
            const tx_row_map *rm = tm && r < tm->nrows ? &tm->rows[r] : NULL;
            if (rm && rm->concept)
                json_kv(b, "concept", rm->concept, 1);
            if (rm && rm->why)
                json_kv(b, "why", rm->why, 1);
            if (rm && rm->concept) {
                if (rm->score)
                    tx_buf_printf(b, ", \"score\": %d", rm->score);
                if (rm->runner) {
                    json_kv(b, "runner_up", rm->runner, 1);
                    tx_buf_printf(b, ", \"runner_up_score\": %d", rm->runner_score);
                }
                if (rm->sign)
                    json_kv(b, "sign", rm->sign, 1);
                tx_buf_printf(b, ", \"negated\": %s", rm->negated ? "true" : "false");
            }
            tx_buf_printf(b, ", \"level\": %d, \"indent\": %d, \"rule_above\": %d, "
                             "\"rule_below\": %d, \"total\": %s",
                          row->level, row->indent, row->rule_above, row->rule_below,
                          row->total ? "true" : "false");
            if (row->kind == TX_ROW_ITEM) {
                json_kv(b, "values_kind", tx_value_kind_name(row->vkind), 1);
                tx_buf_printf(b, ", \"values_line\": %ld, \"values\": [", row->src_values);
                for (size_t c = 0; c < t->ncols; c++) {
                    const tx_cell *cell = &row->cells[c];
                    if (c)
                        tx_buf_puts(b, ", ");
                    if (cell->state == TX_CELL_EMPTY) {
                        tx_buf_puts(b, "null");
                        continue;
                    }
                    tx_buf_puts(b, "{");
                    tx_buf *v = &(tx_buf){0};
                    put_value(v, cell);
                    json_kv(b, "value", v->data, 0);
                    tx_buf_free(v);
                    json_kv(b, "printed", cell->text, 1);
                    if (cell->note[0])
                        json_kv(b, "note", cell->note, 1);
                    tx_buf_puts(b, "}");
                }
                tx_buf_puts(b, "]");
            }
            tx_buf_puts(b, "}");
        }
        tx_buf_puts(b, "],\n   \"footnotes\": [");
        for (size_t f = 0; f < t->nfootnotes; f++) {
            if (f)
                tx_buf_puts(b, ", ");
            tx_buf_json_string(b, t->footnotes[f]);
        }
        tx_buf_puts(b, "]}");
    }
    tx_buf_puts(b, "\n ]");
    if (ex->ex27) {
        tx_buf_puts(b, ",\n \"schedules\": ");
        schedules_json(ex->ex27, map ? map->ex27 : NULL, b);
    }
    tx_buf_puts(b, "}\n");
}

tx_status tx_exhibit_inspect(const tx_exhibit *ex, FILE *out, tx_format fmt)
{
    return tx_inspect_write(ex, NULL, out, fmt);
}

tx_status tx_inspect_write(const tx_exhibit *ex, const tx_mapping *map, FILE *out,
                           tx_format fmt)
{
    if (!ex || !out)
        return TX_EUSAGE;
    tx_buf b = {0};
    if (fmt == TX_FORMAT_JSON)
        write_json(ex, map, &b);
    else if (fmt == TX_FORMAT_TSV)
        write_tsv(ex, &b);
    else
        write_text(ex, map, &b);
    if (b.failed) {
        tx_buf_free(&b);
        return TX_ENOMEM;
    }
    int ok = b.len == 0 || fwrite(b.data, 1, b.len, out) == b.len;
    tx_buf_free(&b);
    return ok ? TX_OK : TX_EIO;
}

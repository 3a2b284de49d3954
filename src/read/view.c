/* view.c - the public walk over what the reader saw: tables, columns,
 * rows and cells of an exhibit as views (txbrl.h). */
#include <string.h>

#include "base/decimal.h"
#include "read/model.h"

static const char *str(const char *s)
{
    return s ? s : "";
}

static const tx_table *table_at(const tx_exhibit *ex, size_t i)
{
    return ex && i < ex->ntables ? &ex->tables[i] : NULL;
}

tx_status tx_exhibit_table(const tx_exhibit *ex, size_t table, tx_table_view *view)
{
    if (!view)
        return TX_EUSAGE;
    memset(view, 0, sizeof *view);
    const tx_table *t = table_at(ex, table);
    if (!t)
        return TX_EUSAGE;
    view->title = t->untitled ? "" : str(t->title);
    view->entity = str(t->entity);
    view->scale_text = str(t->scale_text);
    view->scale_money = t->scale.money;
    view->scale_shares = t->scale.shares;
    view->audit = str(t->audit);
    view->line = t->src_title ? t->src_title : t->src_header ? t->src_header : t->src_first;
    view->last_line = t->src_last;
    view->parent = t->parent;
    view->ncolumns = t->ncols;
    view->nrows = t->nrows;
    return TX_OK;
}

tx_status tx_exhibit_column(const tx_exhibit *ex, size_t table, size_t column,
                            tx_column_view *view)
{
    if (!view)
        return TX_EUSAGE;
    memset(view, 0, sizeof *view);
    const tx_table *t = table_at(ex, table);
    if (!t || column >= t->ncols)
        return TX_EUSAGE;
    const tx_column *c = &t->cols[column];
    view->words = str(c->words);
    view->derived = c->derived;
    if (c->period_error || c->period.kind == TX_PERIOD_NONE) {
        view->no_period = c->period_error ? c->period_error : "no period";
        return TX_OK;
    }
    if (c->period.kind == TX_PERIOD_DURATION)
        tx_date_format(c->period.start, view->start);
    tx_date_format(c->period.end, view->end);
    return TX_OK;
}

tx_status tx_exhibit_row(const tx_exhibit *ex, size_t table, size_t row, tx_row_view *view)
{
    if (!view)
        return TX_EUSAGE;
    memset(view, 0, sizeof *view);
    const tx_table *t = table_at(ex, table);
    if (!t || row >= t->nrows)
        return TX_EUSAGE;
    const tx_row *r = &t->rows[row];
    view->kind = r->kind == TX_ROW_HEADING ? "heading"
                 : r->kind == TX_ROW_CAPTION ? "caption" : "item";
    view->label = str(r->label);
    view->path = str(r->path);
    view->notes = str(r->notes);
    view->values = tx_value_kind_name(r->vkind);
    view->line = r->src_first;
    view->last_line = r->src_last;
    view->values_line = r->src_values;
    view->level = r->level;
    view->total = r->total;
    view->ncells = r->kind == TX_ROW_ITEM && r->cells ? t->ncols : 0;
    return TX_OK;
}

tx_status tx_exhibit_cell(const tx_exhibit *ex, size_t table, size_t row, size_t column,
                          tx_cell_view *view)
{
    if (!view)
        return TX_EUSAGE;
    memset(view, 0, sizeof *view);
    view->printed = view->value = "";
    const tx_table *t = table_at(ex, table);
    if (!t || row >= t->nrows || column >= t->ncols || t->rows[row].kind != TX_ROW_ITEM ||
        !t->rows[row].cells)
        return TX_EUSAGE;
    const tx_cell *c = &t->rows[row].cells[column];
    view->value = view->number;
    switch (c->state) {
    case TX_CELL_EMPTY:
        view->empty = 1;
        return TX_OK;
    case TX_CELL_NIL:
        view->nil = 1;
        break;
    case TX_CELL_PERCENT:
        view->percent = 1;
        /* fall through */
    case TX_CELL_VALUE: {
        int len = tx_decimal_format(c->value, view->number, sizeof view->number);
        if (len < 0 || (size_t)len >= sizeof view->number) {
            view->number[0] = '\0';
            return TX_ENOMEM;
        }
        break;
    }
    }
    view->printed = str(c->text);
    return TX_OK;
}

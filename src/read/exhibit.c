/* exhibit.c - the reader's driver: file (any kind: base/readall.h) -> decode
 * -> segment -> header -> body. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "read/basis.h"
#include "base/readall.h"
#include "read/body.h"
#include "read/ex27.h"
#include "read/header.h"
#include "read/model.h"
#include "read/segment.h"
#include "base/report.h"
#include "base/util.h"


void tx_exhibit_free(tx_exhibit *ex)
{
    if (!ex)
        return;
    for (size_t i = 0; i < ex->ntables; i++)
        tx_table_clear(&ex->tables[i]);
    free(ex->tables);
    tx_ex27_set_free(ex->ex27);
    tx_text_free(ex->text);
    free(ex->name);
    free(ex);
}

size_t tx_exhibit_table_count(const tx_exhibit *ex) { return ex ? ex->ntables : 0; }

size_t tx_exhibit_schedule_count(const tx_exhibit *ex)
{
    return ex && ex->ex27 ? ex->ex27->n : 0;
}

static tx_status worse(tx_status a, tx_status b)
{
    if (a == TX_ENOMEM || b == TX_ENOMEM)
        return TX_ENOMEM;
    return a > b ? a : b;
}

static tx_status read_tables(tx_exhibit *ex, tx_report *rep)
{
    tx_lineinfo *info = tx_lineinfo_build(ex->text);
    if (!info)
        return TX_ENOMEM;
    /* an exhibit of EX-27 schedules needs no table: the schedules are what
       it holds */
    tx_status st = tx_segment(ex->text, info, ex->ex27 == NULL, rep, &ex->tables, &ex->ntables);
    free(info);
    if (st == TX_ENOMEM)
        return st;
    tx_header_dates *dates = ex->ntables ? tx_header_dates_new(ex->text) : NULL;
    if (ex->ntables && !dates)
        return TX_ENOMEM;
    for (size_t i = 0; i < ex->ntables; i++) {
        tx_table *t = &ex->tables[i];
        const tx_table *parent = t->parent >= 0 ? &ex->tables[t->parent] : NULL;
        tx_status h = tx_header_read(ex->text, t, parent, dates, rep);
        if (h == TX_OK && !parent)
            h = tx_basis_read(ex->text, t);
        st = worse(st, h);
        if (h == TX_ENOMEM)
            break;
        if (t->ncols == 0)
            continue;
        st = worse(st, tx_body_read(ex->text, t, rep));
        if (st == TX_ENOMEM)
            break;
    }
    tx_header_dates_free(dates);
    return st;
}

tx_status tx_exhibit_read_buffer(const char *name, const void *data, size_t len,
                                 tx_report *rep, tx_exhibit **out)
{
    *out = NULL;
    if (len > TX_MAX_INPUT) {
        tx_report_add(rep, TX_ERROR, name, 0, "read.too-large",
                      "input of %zu bytes is larger than the limit of %d MiB", len,
                      TX_MAX_INPUT >> 20);
        return TX_EINPUT;
    }
    size_t errors_before = tx_report_count(rep, TX_ERROR);
    tx_exhibit *ex = calloc(1, sizeof *ex);
    if (!ex || !(ex->name = tx_strdup(name))) {
        free(ex);
        return TX_ENOMEM;
    }
    tx_status st = tx_decode(name, data, len, rep, &ex->text);
    if (st != TX_OK) {
        tx_exhibit_free(ex);
        return st;
    }
    st = tx_ex27_read(ex->text, rep, &ex->ex27);
    if (st == TX_OK)
        st = read_tables(ex, rep);
    if (st == TX_ENOMEM) {
        tx_exhibit_free(ex);
        return st;
    }
    /* any error found on the way makes the input invalid, even when every
       stage could go on */
    if (st == TX_OK && tx_report_count(rep, TX_ERROR) > errors_before)
        st = TX_EINPUT;
    *out = ex;
    return st;
}

tx_status tx_exhibit_read_named(const char *path, const char *name, tx_report *rep,
                                tx_exhibit **out)
{
    *out = NULL;
    if (!name)
        name = strcmp(path, "-") == 0 ? TX_STDIN_NAME : path;
    char *data = NULL;
    size_t len = 0;
    int err = 0;
    switch (tx_read_all(path, TX_MAX_INPUT, &data, &len, &err)) {
    case TX_READALL_OK:
        break;
    case TX_READALL_OPEN:
        tx_report_add(rep, TX_ERROR, name, 0, "read.open", "cannot open: %s", strerror(err));
        return TX_EIO;
    case TX_READALL_DIR:
        tx_report_add(rep, TX_ERROR, name, 0, "read.open", "is a directory");
        return TX_EIO;
    case TX_READALL_READ:
        tx_report_add(rep, TX_ERROR, name, 0, "read.io", "cannot read: %s", strerror(err));
        return TX_EIO;
    case TX_READALL_TOOBIG:
        if (len > TX_MAX_INPUT + (size_t)1)
            tx_report_add(rep, TX_ERROR, name, 0, "read.too-large",
                          "input of %zu bytes is larger than the limit of %d MiB", len,
                          TX_MAX_INPUT >> 20);
        else   /* a pipe: read up to the limit */
            tx_report_add(rep, TX_ERROR, name, 0, "read.too-large",
                          "input larger than the limit of %d MiB", TX_MAX_INPUT >> 20);
        return TX_EINPUT;
    case TX_READALL_NOMEM:
    default:
        return TX_ENOMEM;
    }
    tx_status st = tx_exhibit_read_buffer(name, data, len, rep, out);
    free(data);
    return st;
}

tx_status tx_exhibit_read_file(const char *path, tx_report *rep, tx_exhibit **out)
{
    return tx_exhibit_read_named(path, NULL, rep, out);
}

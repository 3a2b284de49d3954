/* exhibit.c - the reader's driver: file -> decode -> segment -> header -> body. */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "body.h"
#include "header.h"
#include "model.h"
#include "segment.h"
#include "util.h"

const char *tx_version(void) { return PACKAGE_VERSION; }

void tx_exhibit_free(tx_exhibit *ex)
{
    if (!ex)
        return;
    for (size_t i = 0; i < ex->ntables; i++)
        tx_table_clear(&ex->tables[i]);
    free(ex->tables);
    tx_text_free(ex->text);
    free(ex->name);
    free(ex);
}

size_t tx_exhibit_table_count(const tx_exhibit *ex) { return ex ? ex->ntables : 0; }

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
    tx_status st = tx_segment(ex->text, info, rep, &ex->tables, &ex->ntables);
    free(info);
    if (st == TX_ENOMEM)
        return st;
    for (size_t i = 0; i < ex->ntables; i++) {
        tx_table *t = &ex->tables[i];
        const tx_table *parent = t->parent >= 0 ? &ex->tables[t->parent] : NULL;
        tx_status h = tx_header_read(ex->text, t, parent, rep);
        st = worse(st, h);
        if (h == TX_ENOMEM)
            return h;
        if (t->ncols == 0)
            continue;
        st = worse(st, tx_body_read(ex->text, t, rep));
        if (st == TX_ENOMEM)
            return st;
    }
    return st;
}

tx_status tx_exhibit_read_buffer(const char *name, const void *data, size_t len,
                                 tx_report *rep, tx_exhibit **out)
{
    *out = NULL;
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
    st = read_tables(ex, rep);
    if (st == TX_ENOMEM) {
        tx_exhibit_free(ex);
        return st;
    }
    *out = ex;
    return st;
}

tx_status tx_exhibit_read_file(const char *path, tx_report *rep, tx_exhibit **out)
{
    *out = NULL;
    FILE *f = fopen(path, "rb");
    if (!f) {
        tx_report_add(rep, TX_ERROR, path, 0, "read.open", "cannot open: %s", strerror(errno));
        return TX_EIO;
    }
    tx_buf b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        if (tx_buf_append(&b, chunk, n) != 0)
            break;
    int err = ferror(f);
    fclose(f);
    if (b.failed) {
        tx_buf_free(&b);
        return TX_ENOMEM;
    }
    if (err) {
        tx_buf_free(&b);
        tx_report_add(rep, TX_ERROR, path, 0, "read.io", "read error");
        return TX_EIO;
    }
    tx_status st = tx_exhibit_read_buffer(path, b.data ? b.data : "", b.len, rep, out);
    tx_buf_free(&b);
    return st;
}

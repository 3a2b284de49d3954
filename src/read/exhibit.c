/* exhibit.c - the reader's driver: file -> decode -> segment -> header -> body. */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "read/basis.h"
#include "read/body.h"
#include "read/ex27.h"
#include "read/header.h"
#include "read/model.h"
#include "read/segment.h"
#include "base/report.h"
#include "base/util.h"

const char *tx_version(void) { return PACKAGE_VERSION; }

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
    for (size_t i = 0; i < ex->ntables; i++) {
        tx_table *t = &ex->tables[i];
        const tx_table *parent = t->parent >= 0 ? &ex->tables[t->parent] : NULL;
        tx_status h = tx_header_read(ex->text, t, parent, rep);
        if (h == TX_OK && !parent)
            h = tx_basis_read(ex->text, t);
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

tx_status tx_exhibit_read_file(const char *path, tx_report *rep, tx_exhibit **out)
{
    *out = NULL;
    FILE *f = fopen(path, "rb");
    if (!f) {
        tx_report_add(rep, TX_ERROR, path, 0, "read.open", "cannot open: %s", strerror(errno));
        return TX_EIO;
    }
    struct stat sb;
    if (fstat(fileno(f), &sb) == 0 && S_ISDIR(sb.st_mode)) {
        fclose(f);
        tx_report_add(rep, TX_ERROR, path, 0, "read.open", "is a directory");
        return TX_EIO;
    }
    if (fstat(fileno(f), &sb) == 0 && S_ISREG(sb.st_mode) && sb.st_size > TX_MAX_INPUT) {
        fclose(f);
        tx_report_add(rep, TX_ERROR, path, 0, "read.too-large",
                      "input of %lld bytes is larger than the limit of %d MiB",
                      (long long)sb.st_size, TX_MAX_INPUT >> 20);
        return TX_EINPUT;
    }
    tx_buf b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        if (tx_buf_append(&b, chunk, n) != 0)
            break;
        if (b.len > TX_MAX_INPUT)  /* a pipe or a growing file */
            break;
    }
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

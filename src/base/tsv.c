/* tsv.c - data files: tab-separated rows with checked columns. */
#include "base/tsv.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/readall.h"
#include "base/util.h"

/* The bytes of a file (any kind: base/readall.h) into t->data; 0 or -1
 * (errno tells why). */
static int read_all(tx_tsv *t, const char *path)
{
    int err = 0;
    switch (tx_read_all(path, TX_MAX_INPUT, &t->data, &t->len, &err)) {
    case TX_READALL_OK:
        return 0;
    case TX_READALL_DIR:
        errno = EISDIR;
        return -1;
    case TX_READALL_TOOBIG:
        errno = EFBIG;
        return -1;
    case TX_READALL_NOMEM:
        errno = ENOMEM;
        return -1;
    default:
        errno = err ? err : EIO;
        return -1;
    }
}

int tx_tsv_open(tx_tsv *t, const char *path, const tx_tsv_spec *spec, tx_report *rep)
{
    memset(t, 0, sizeof *t);
    t->path = path;
    t->spec = spec;
    t->rep = rep;
    if (read_all(t, path) == 0)
        return 0;
    const char *code = spec->missing_code ? spec->missing_code : "taxonomy.missing";
    const char *text = spec->missing_text ? spec->missing_text : "cannot read";
    if (spec->missing_bare)
        tx_report_add(rep, TX_ERROR, path, 0, code, "%s", text);
    else
        tx_report_add(rep, TX_ERROR, path, 0, code, "%s: %s", text, strerror(errno ? errno : EIO));
    tx_tsv_close(t);
    return -1;
}

/* The next line that is no comment and not blank, cut into fields: 1, 0 at
 * the end, -1 no memory. */
static int next_line(tx_tsv *t)
{
    while (t->pos < t->len) {
        char *line = t->data + t->pos;
        char *nl = memchr(line, '\n', t->len - t->pos);
        size_t n = nl ? (size_t)(nl - line) : t->len - t->pos;
        t->pos += n + (nl ? 1 : 0);
        t->line++;
        line[n] = '\0';
        if (n && line[n - 1] == '\r')
            line[--n] = '\0';
        if (n == 0 || line[0] == '#')
            continue;
        t->nfields = 0;
        for (char *f = line;;) {
            if (tx_grow((void **)&t->fields, &t->cap, t->nfields + 1, sizeof(char *)) != 0)
                return -1;
            t->fields[t->nfields++] = f;
            char *tab = strchr(f, '\t');
            if (!tab)
                break;
            *tab = '\0';
            f = tab + 1;
        }
        return 1;
    }
    return 0;
}

int tx_tsv_next(tx_tsv *t)
{
    for (;;) {
        int r = next_line(t);
        if (r < 0)
            t->oom = 1;
        if (r <= 0)
            return r;
        const tx_tsv_spec *s = t->spec;
        if (s->header && strcmp(tx_tsv_field(t, 0), s->header) == 0)
            continue;
        int ok = t->nfields >= s->columns;
        for (size_t i = 0; ok && i < 8 * sizeof s->nonempty; i++)
            if ((s->nonempty >> i & 1u) && !*tx_tsv_field(t, i))
                ok = 0;
        return ok ? 1 : tx_tsv_bad(t, "%s", s->shape ? s->shape : "");
    }
}

const char *tx_tsv_field(const tx_tsv *t, size_t i)
{
    return i < t->nfields ? t->fields[i] : "";
}

int tx_tsv_bad(tx_tsv *t, const char *fmt, ...)
{
    tx_buf m = {0};
    va_list ap;
    va_start(ap, fmt);
    tx_buf_vprintf(&m, fmt, ap);
    va_end(ap);
    tx_report_add(t->rep, TX_ERROR, t->path, t->line,
                  t->spec->bad_code ? t->spec->bad_code : "taxonomy.bad-row", "%s",
                  m.data && !m.failed ? m.data : fmt);
    tx_buf_free(&m);
    return -1;
}

void tx_tsv_close(tx_tsv *t)
{
    free(t->data);
    free(t->fields);
    memset(t, 0, sizeof *t);
}

char *tx_tsv_path(const char *dir, const char *rel)
{
    tx_buf b = {0};
    tx_buf_printf(&b, "%s/%s", dir, rel);
    return tx_buf_take(&b);
}

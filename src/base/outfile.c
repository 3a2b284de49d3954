/* outfile.c - output files written whole or not at all: temporary file,
 * fsync, rename. */
#include "base/outfile.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/util.h"

#define TEMP_TRIES 100

typedef struct pending {
    char *tmp;      /* the temporary file, while it exists */
    int renamed;    /* the target holds this run's bytes   */
} pending;

static tx_outfile_step failed(tx_outfile_error *e, tx_outfile_step step, size_t file, int err)
{
    if (e) {
        e->step = step;
        e->file = file;
        e->err = err;
    }
    return step;
}

static int write_all(int fd, const char *s, size_t n)
{
    while (n > 0) {
        ssize_t k = write(fd, s, n);
        if (k < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        s += k;
        n -= (size_t)k;
    }
    return 0;
}

/* "DIR/.NAME.tmpPID-K" for the target "DIR/NAME" (".NAME.tmpPID-K" when the
 * target names no directory). */
static char *temp_name(const char *path, int k)
{
    const char *slash = strrchr(path, '/');
    size_t dir = slash ? (size_t)(slash + 1 - path) : 0;
    tx_buf b = {0};
    tx_buf_printf(&b, "%.*s.%s.tmp%ld-%d", (int)dir, path, path + dir, (long)getpid(), k);
    return tx_buf_take(&b);
}

/* Creates the temporary file of `path` exclusively: its descriptor, or -1
 * (*step and *err say why). */
static int open_temp(const char *path, pending *p, tx_outfile_step *step, int *err)
{
    for (int k = 0; k < TEMP_TRIES; k++) {
        char *tmp = temp_name(path, k);
        if (!tmp) {
            *step = TX_OUTFILE_NOMEM;
            *err = 0;
            return -1;
        }
        int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0) {
            p->tmp = tmp;
            return fd;
        }
        *err = errno;
        free(tmp);
        if (*err != EEXIST) {
            *step = TX_OUTFILE_CREATE;
            return -1;
        }
    }
    *step = TX_OUTFILE_CREATE;
    *err = EEXIST;
    return -1;
}

/* Writes one file's temporary file: its bytes, its mode, to disk. */
static tx_outfile_step write_temp(const tx_outfile *f, mode_t mode, pending *p, int *err)
{
    tx_outfile_step step = TX_OUTFILE_OK;
    int fd = open_temp(f->path, p, &step, err);
    if (fd < 0)
        return step;
    int bad = write_all(fd, f->text, f->len) != 0 || (mode && fchmod(fd, mode) != 0) ||
              fsync(fd) != 0;
    if (bad)
        *err = errno;
    if (close(fd) != 0 && !bad) {
        bad = 1;
        *err = errno;
    }
    return bad ? TX_OUTFILE_WRITE : TX_OUTFILE_OK;
}

/* Removes what a failed commit wrote: temporaries and renamed targets. */
static void undo(const tx_outfile *files, pending *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (p[i].tmp)
            unlink(p[i].tmp);
        if (p[i].renamed)
            unlink(files[i].path);
    }
}

/* Every file with text to its temporary file, in order; stops at the
 * first failure. */
static tx_outfile_step write_temps(const tx_outfile *files, size_t n, mode_t mode, pending *p,
                                   tx_outfile_error *e)
{
    for (size_t i = 0; i < n; i++) {
        if (!files[i].text)
            continue;
        int err = 0;
        tx_outfile_step step = write_temp(&files[i], mode, &p[i], &err);
        if (step != TX_OUTFILE_OK)
            return failed(e, step, i, err);
    }
    return TX_OUTFILE_OK;
}

/* Every temporary file renamed to its target, in order; stops at the first
 * failure. */
static tx_outfile_step rename_temps(const tx_outfile *files, size_t n, pending *p,
                                    tx_outfile_error *e)
{
    for (size_t i = 0; i < n; i++) {
        if (!files[i].text)
            continue;
        if (rename(p[i].tmp, files[i].path) != 0)
            return failed(e, TX_OUTFILE_RENAME, i, errno);
        free(p[i].tmp);
        p[i].tmp = NULL;
        p[i].renamed = 1;
    }
    return TX_OUTFILE_OK;
}

tx_outfile_step tx_outfile_commit(const tx_outfile *files, size_t n, mode_t mode,
                                  tx_outfile_error *e)
{
    pending *p = calloc(n ? n : 1, sizeof *p);
    if (!p)
        return failed(e, TX_OUTFILE_NOMEM, 0, 0);
    tx_outfile_step step = write_temps(files, n, mode, p, e);
    if (step == TX_OUTFILE_OK)
        step = rename_temps(files, n, p, e);
    if (step != TX_OUTFILE_OK) {
        undo(files, p, n);
    } else {
        for (size_t i = 0; i < n; i++)   /* files of an earlier run not written now */
            if (!files[i].text)
                unlink(files[i].path);
    }
    for (size_t i = 0; i < n; i++)
        free(p[i].tmp);
    free(p);
    return step;
}

tx_outfile_step tx_outfile_write(const char *path, const char *text, size_t len, mode_t mode,
                                 tx_outfile_error *e)
{
    tx_outfile f = {path, text, len};
    return tx_outfile_commit(&f, 1, mode, e);
}

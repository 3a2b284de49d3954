/* outfile.c - output files written whole or not at all, a set of them
 * together or not at all: a locked stage beside the targets, fsync, checked
 * renames with the replaced files kept until the end, a commit record that
 * lets the next run finish a killed one (outfile.h). */
#include "base/outfile.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/readall.h"
#include "base/util.h"

#define STAGE_SUFFIX ".txbrl"
#define KEY_MAX 200          /* bytes of the first name in the stage's name */
#define LOCK_TRIES 100
#define MANIFEST_MAX (1 << 20)

typedef struct entry {
    char *name;
    char *target;      /* DIR/NAME                                      */
    char *staged;      /* DIR/.KEY.txbrl/new/NAME                       */
    int put;           /* staged this time                              */
    int backup;        /* old/NAME holds the file the target had        */
    int moved;         /* ... moved there: the target is absent for now */
    int installed;     /* the staged file is at the target              */
    int removed;       /* not staged: the target was moved to old/      */
} entry;

struct tx_outset {
    char *dir;         /* the target directory ("." for none)           */
    char *stage_name;  /* .KEY.txbrl                                    */
    char *infix;       /* .KEY.txbrl/new/                               */
    int dirfd, stagefd, newfd, oldfd;
    entry *e;
    size_t n;
    int keep;          /* leave the stage for the next run to finish    */
};

static tx_outfile_step failed(tx_outfile_error *e, tx_outfile_step step, size_t file, int err)
{
    if (e) {
        e->step = step;
        e->file = file;
        e->err = step == TX_OUTFILE_NOTREG ? 0 : err;
        e->type = step == TX_OUTFILE_NOTREG ? (mode_t)err : 0;
    }
    return step;
}

/* The failure of not_regular() (1: not a regular file, -1: error). */
static tx_outfile_step not_regular_failed(tx_outfile_error *e, int bad, size_t file, int err)
{
    return failed(e, bad > 0 ? TX_OUTFILE_NOTREG : TX_OUTFILE_CREATE, file, err);
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
        if (k == 0) {
            errno = EIO;
            return -1;
        }
        s += k;
        n -= (size_t)k;
    }
    return 0;
}

static int valid_name(const char *s)
{
    return s && *s && !strchr(s, '/') && !strchr(s, '\n') && strcmp(s, ".") != 0 &&
           strcmp(s, "..") != 0;
}

static char *join(const char *a, const char *b, const char *c)
{
    tx_buf buf = {0};
    tx_buf_printf(&buf, "%s%s%s", a, b, c ? c : "");
    return tx_buf_take(&buf);
}

/* 1: NAME exists in dirfd and is not a regular file (lstat: a symbolic link
 * is not one, wherever it points; *err: its S_IFMT type); 0: a regular file
 * or nothing; -1: it cannot be examined (*err: errno). */
static int not_regular(int dirfd, const char *name, int *err)
{
    struct stat st;
    if (fstatat(dirfd, name, &st, AT_SYMLINK_NOFOLLOW) == 0) {
        *err = (int)(st.st_mode & S_IFMT);
        return S_ISREG(st.st_mode) ? 0 : 1;
    }
    if (errno == ENOENT)
        return 0;
    *err = errno;
    return -1;
}

static int exists_regular(int dirfd, const char *name)
{
    struct stat st;
    return fstatat(dirfd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(st.st_mode);
}

/* The directory's data (renames in it) to disk; file systems that cannot
 * flush a directory say EINVAL. */
static int sync_dir(int fd)
{
    if (fsync(fd) == 0 || errno == EINVAL || errno == ENOTSUP)
        return 0;
    return -1;
}

static int open_dir_at(int dirfd, const char *name)
{
    return openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
}

/* Removes every entry of the directory NAME in parent (one level of
 * subdirectories), then the directory itself. */
static void remove_dir_at(int parent, const char *name)
{
    int fd = open_dir_at(parent, name);
    if (fd >= 0) {
        int dup_fd = dup(fd);
        DIR *d = dup_fd >= 0 ? fdopendir(dup_fd) : NULL;
        if (!d && dup_fd >= 0)
            close(dup_fd);
        struct dirent *de;
        while (d && (de = readdir(d)) != NULL) {
            if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
                continue;
            if (unlinkat(fd, de->d_name, 0) != 0)
                remove_dir_at(fd, de->d_name);
        }
        if (d)
            closedir(d);
        close(fd);
    }
    unlinkat(parent, name, AT_REMOVEDIR);
}

/* ------------------------------------------------------------ the stage */

/* Creates (or finds) the stage and locks it: its descriptor, or -1 (*err).
 * A stage removed by its owner between our open and our lock is not ours:
 * the lock is taken again on whatever has the name then. */
static int lock_stage(int dirfd, const char *name, int *err)
{
    for (int tries = 0; tries < LOCK_TRIES; tries++) {
        if (mkdirat(dirfd, name, 0700) != 0 && errno != EEXIST) {
            *err = errno;
            return -1;
        }
        int fd = open_dir_at(dirfd, name);
        if (fd < 0) {
            if (errno == ENOENT)
                continue;
            *err = errno;   /* ENOTDIR, ELOOP: something else has its name */
            return -1;
        }
        while (flock(fd, LOCK_EX) != 0) {
            if (errno == EINTR)
                continue;
            if (errno == ENOLCK || errno == EINVAL || errno == ENOTSUP)
                break;      /* a file system without locks: go on unlocked */
            *err = errno;
            close(fd);
            return -1;
        }
        struct stat a, b;
        if (fstat(fd, &a) == 0 && fstatat(dirfd, name, &b, AT_SYMLINK_NOFOLLOW) == 0 &&
            a.st_dev == b.st_dev && a.st_ino == b.st_ino)
            return fd;
        close(fd);
    }
    *err = EAGAIN;
    return -1;
}

static size_t index_of(const tx_outset *s, const char *name)
{
    for (size_t i = 0; i < s->n; i++)
        if (strcmp(s->e[i].name, name) == 0)
            return i;
    return 0;
}

/* The commit record of a stage: whole, or NULL (none or unreadable). */
static char *read_manifest(int stagefd)
{
    int fd = openat(stagefd, "commit", O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return NULL;
    char *data = NULL;
    size_t len = 0;
    int err = 0;
    tx_readall_step step = tx_read_all_fd(fd, MANIFEST_MAX, &data, &len, &err);
    close(fd);
    if (step != TX_READALL_OK)
        errno = err ? err : EIO;
    return data;
}

/* Finishes what a run that held this stage and ended without closing it
 * left: a recorded commit is completed (every staged file still in new/
 * renamed into place, the targets to drop removed); anything else is
 * discarded.  Fails, leaving the stage as it is, when a file cannot be put
 * in place. */
static tx_outfile_step recover(tx_outset *s, tx_outfile_error *e)
{
    struct stat st;
    if (fstatat(s->stagefd, "commit", &st, AT_SYMLINK_NOFOLLOW) == 0) {
        char *m = read_manifest(s->stagefd);
        if (!m)
            return failed(e, TX_OUTFILE_RENAME, 0, errno ? errno : EIO);
        int nfd = open_dir_at(s->stagefd, "new");
        tx_outfile_step step = TX_OUTFILE_OK;
        for (char *line = m, *next; line && *line && step == TX_OUTFILE_OK; line = next) {
            next = strchr(line, '\n');
            if (next)
                *next++ = '\0';
            int put = strncmp(line, "put ", 4) == 0, drop = strncmp(line, "drop ", 5) == 0;
            const char *name = put ? line + 4 : drop ? line + 5 : NULL;
            if (!valid_name(name))
                continue;
            int err = 0;
            int bad = not_regular(s->dirfd, name, &err);
            if (bad)
                step = not_regular_failed(e, bad, index_of(s, name), err);
            else if (put && nfd >= 0 && exists_regular(nfd, name) &&
                     renameat(nfd, name, s->dirfd, name) != 0)
                step = failed(e, TX_OUTFILE_RENAME, index_of(s, name), errno);
            else if (drop && unlinkat(s->dirfd, name, 0) != 0 && errno != ENOENT)
                step = failed(e, TX_OUTFILE_RENAME, index_of(s, name), errno);
        }
        free(m);
        if (nfd >= 0)
            close(nfd);
        if (step == TX_OUTFILE_OK && sync_dir(s->dirfd) != 0)
            step = failed(e, TX_OUTFILE_WRITE, 0, errno);
        if (step != TX_OUTFILE_OK)
            return step;
        unlinkat(s->stagefd, "commit", 0);
    }
    remove_dir_at(s->stagefd, "new");
    remove_dir_at(s->stagefd, "old");
    unlinkat(s->stagefd, "commit.tmp", 0);
    return TX_OUTFILE_OK;
}

/* ------------------------------------------------------------ sets */

static void free_set(tx_outset *s)
{
    for (size_t i = 0; i < s->n; i++) {
        free(s->e[i].name);
        free(s->e[i].target);
        free(s->e[i].staged);
    }
    free(s->e);
    free(s->dir);
    free(s->stage_name);
    free(s->infix);
    free(s);
}

static void close_fds(tx_outset *s)
{
    int *fds[] = {&s->oldfd, &s->newfd, &s->stagefd, &s->dirfd};
    for (size_t i = 0; i < sizeof fds / sizeof fds[0]; i++) {
        if (*fds[i] >= 0)
            close(*fds[i]);
        *fds[i] = -1;
    }
}

static tx_outset *new_set(const char *dir, const char *const *names, size_t n)
{
    tx_outset *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    s->dirfd = s->stagefd = s->newfd = s->oldfd = -1;
    s->dir = tx_strdup(dir && *dir ? dir : ".");
    s->e = calloc(n, sizeof *s->e);
    size_t klen = strlen(names[0]) > KEY_MAX ? KEY_MAX : strlen(names[0]);
    tx_buf b = {0};
    tx_buf_printf(&b, ".%.*s%s", (int)klen, names[0], STAGE_SUFFIX);
    s->stage_name = tx_buf_take(&b);
    s->infix = s->stage_name ? join(s->stage_name, "/new/", NULL) : NULL;
    if (!s->dir || !s->e || !s->infix) {
        free_set(s);
        return NULL;
    }
    s->n = n;
    const char *sep = s->dir[strlen(s->dir) - 1] == '/' ? "" : "/";
    for (size_t i = 0; i < n; i++) {
        s->e[i].name = tx_strdup(names[i]);
        tx_buf t = {0};
        tx_buf_printf(&t, "%s%s%s", s->dir, sep, names[i]);
        s->e[i].target = tx_buf_take(&t);
        tx_buf_printf(&t, "%s%s%s%s", s->dir, sep, s->infix, names[i]);
        s->e[i].staged = tx_buf_take(&t);
        if (!s->e[i].name || !s->e[i].target || !s->e[i].staged) {
            free_set(s);
            return NULL;
        }
    }
    return s;
}

/* Every target a regular file or nothing: NOTREG, or CREATE when one
 * cannot be examined. */
static tx_outfile_step check_targets(const tx_outset *s, tx_outfile_error *e)
{
    for (size_t i = 0; i < s->n; i++) {
        int err = 0;
        int bad = not_regular(s->dirfd, s->e[i].name, &err);
        if (bad)
            return not_regular_failed(e, bad, i, err);
    }
    return TX_OUTFILE_OK;
}

tx_outfile_step tx_outset_open(const char *dir, const char *const *names, size_t n,
                               tx_outset **out, tx_outfile_error *e)
{
    *out = NULL;
    if (n == 0 || !names)
        return failed(e, TX_OUTFILE_CREATE, 0, EINVAL);
    for (size_t i = 0; i < n; i++)
        if (!valid_name(names[i]))
            return failed(e, TX_OUTFILE_CREATE, i, EINVAL);
    tx_outset *s = new_set(dir, names, n);
    if (!s)
        return failed(e, TX_OUTFILE_NOMEM, 0, 0);
    tx_outfile_step step = TX_OUTFILE_OK;
    int err = 0;
    s->dirfd = open(s->dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (s->dirfd < 0)
        step = failed(e, TX_OUTFILE_CREATE, 0, errno);
    if (step == TX_OUTFILE_OK)
        step = check_targets(s, e);   /* before anything is created */
    if (step == TX_OUTFILE_OK && (s->stagefd = lock_stage(s->dirfd, s->stage_name, &err)) < 0)
        step = failed(e, TX_OUTFILE_CREATE, 0, err);
    if (step == TX_OUTFILE_OK && (step = recover(s, e)) != TX_OUTFILE_OK)
        s->keep = 1;
    if (step == TX_OUTFILE_OK) {
        if ((mkdirat(s->stagefd, "new", 0700) != 0 && errno != EEXIST) ||
            (mkdirat(s->stagefd, "old", 0700) != 0 && errno != EEXIST) ||
            (s->newfd = open_dir_at(s->stagefd, "new")) < 0 ||
            (s->oldfd = open_dir_at(s->stagefd, "old")) < 0)
            step = failed(e, TX_OUTFILE_CREATE, 0, errno);
    }
    if (step != TX_OUTFILE_OK) {
        tx_outset_close(s);
        return step;
    }
    *out = s;
    return TX_OUTFILE_OK;
}

tx_outfile_step tx_outset_put(tx_outset *s, size_t i, const char *text, size_t len,
                              mode_t mode, tx_outfile_error *e)
{
    if (!s || i >= s->n || (!text && len))
        return failed(e, TX_OUTFILE_CREATE, i, EINVAL);
    const char *name = s->e[i].name;
    s->e[i].put = 0;
    if (unlinkat(s->newfd, name, 0) != 0 && errno != ENOENT)
        return failed(e, TX_OUTFILE_CREATE, i, errno);
    int fd = openat(s->newfd, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
    if (fd < 0)
        return failed(e, TX_OUTFILE_CREATE, i, errno);
    int err = 0;
    if (write_all(fd, text, len) != 0 || (mode && fchmod(fd, mode) != 0) || fsync(fd) != 0)
        err = errno ? errno : EIO;
    if (close(fd) != 0 && !err)
        err = errno;
    if (err) {
        unlinkat(s->newfd, name, 0);
        return failed(e, TX_OUTFILE_WRITE, i, err);
    }
    s->e[i].put = 1;
    return TX_OUTFILE_OK;
}

const char *tx_outset_target(const tx_outset *s, size_t i)
{
    return s && i < s->n ? s->e[i].target : NULL;
}

const char *tx_outset_staged(const tx_outset *s, size_t i)
{
    return s && i < s->n ? s->e[i].staged : NULL;
}

const char *tx_outset_stage_infix(const tx_outset *s) { return s ? s->infix : NULL; }

/* The record of the commit about to happen: "put NAME" / "drop NAME" lines,
 * written whole (a temporary renamed) and flushed with the stage. */
static int write_manifest(tx_outset *s)
{
    tx_buf b = {0};
    for (size_t i = 0; i < s->n; i++)
        tx_buf_printf(&b, "%s %s\n", s->e[i].put ? "put" : "drop", s->e[i].name);
    if (b.failed) {
        errno = ENOMEM;
        return -1;
    }
    int fd = openat(s->stagefd, "commit.tmp",
                    O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0600);
    int err = fd < 0 ? errno : 0;
    if (!err && (write_all(fd, b.data ? b.data : "", b.len) != 0 || fsync(fd) != 0))
        err = errno ? errno : EIO;
    if (fd >= 0 && close(fd) != 0 && !err)
        err = errno;
    tx_buf_free(&b);
    if (!err && renameat(s->stagefd, "commit.tmp", s->stagefd, "commit") != 0)
        err = errno;
    if (!err && sync_dir(s->stagefd) != 0)
        err = errno;
    if (err) {
        unlinkat(s->stagefd, "commit.tmp", 0);
        errno = err;
        return -1;
    }
    return 0;
}

/* Puts DIR back as it was before the commit began: each new file back into
 * the stage, each replaced or removed file back at its name.  0, or -1 when
 * a step failed: then the commit record stays, for the next run to
 * complete the commit. */
static int roll_back(tx_outset *s)
{
    int ok = 1;
    for (size_t k = s->n; k-- > 0;) {
        entry *en = &s->e[k];
        const char *name = en->name;
        if (en->installed) {
            /* the new file back to the stage, the one it replaced back */
            if (renameat(s->dirfd, name, s->newfd, name) != 0) {
                ok = 0;
                continue;
            }
            en->installed = 0;
            if (en->backup && renameat(s->oldfd, name, s->dirfd, name) != 0)
                ok = 0;
        } else if (en->moved || en->removed) {
            /* moved out of the way and not replaced yet, or dropped */
            if (renameat(s->oldfd, name, s->dirfd, name) != 0)
                ok = 0;
            else
                en->moved = en->removed = 0;
        }
    }
    if (!ok || sync_dir(s->dirfd) != 0)
        return -1;
    unlinkat(s->stagefd, "commit", 0);
    sync_dir(s->stagefd);
    return 0;
}

/* Renames the staged file of entry i into place, keeping the file it
 * replaces in old/ (a hard link; moved there where links are not
 * supported). */
static tx_outfile_step install(tx_outset *s, size_t i, tx_outfile_error *e)
{
    entry *en = &s->e[i];
    int err = 0;
    int bad = not_regular(s->dirfd, en->name, &err);
    if (bad)
        return not_regular_failed(e, bad, i, err);
    if (exists_regular(s->dirfd, en->name)) {
        if (linkat(s->dirfd, en->name, s->oldfd, en->name, 0) == 0) {
            en->backup = 1;
        } else if (errno == EPERM || errno == EMLINK || errno == ENOTSUP || errno == EXDEV) {
            if (renameat(s->dirfd, en->name, s->oldfd, en->name) != 0)
                return failed(e, TX_OUTFILE_RENAME, i, errno);
            en->backup = en->moved = 1;
        } else {
            return failed(e, TX_OUTFILE_RENAME, i, errno);
        }
    }
    /* checked again right before the rename: what came since is not
       replaced either */
    bad = not_regular(s->dirfd, en->name, &err);
    if (bad)
        return not_regular_failed(e, bad, i, err);
    if (renameat(s->newfd, en->name, s->dirfd, en->name) != 0)
        return failed(e, TX_OUTFILE_RENAME, i, errno);
    en->installed = 1;   /* the replaced file is in old/ either way now */
    return TX_OUTFILE_OK;
}

/* Moves the target of an entry not staged (an earlier run's file) out of
 * DIR, into old/. */
static tx_outfile_step drop(tx_outset *s, size_t i, tx_outfile_error *e)
{
    entry *en = &s->e[i];
    int err = 0;
    int bad = not_regular(s->dirfd, en->name, &err);
    if (bad)
        return not_regular_failed(e, bad, i, err);
    if (!exists_regular(s->dirfd, en->name))
        return TX_OUTFILE_OK;
    if (renameat(s->dirfd, en->name, s->oldfd, en->name) != 0)
        return failed(e, TX_OUTFILE_RENAME, i, errno);
    en->removed = 1;
    return TX_OUTFILE_OK;
}

tx_outfile_step tx_outset_commit(tx_outset *s, tx_outfile_error *e)
{
    if (!s)
        return failed(e, TX_OUTFILE_CREATE, 0, EINVAL);
    if (sync_dir(s->newfd) != 0)
        return failed(e, TX_OUTFILE_WRITE, 0, errno);
    tx_outfile_step step = check_targets(s, e);
    if (step != TX_OUTFILE_OK)
        return step;
    if (write_manifest(s) != 0)
        return failed(e, errno == ENOMEM ? TX_OUTFILE_NOMEM : TX_OUTFILE_WRITE, 0,
                      errno == ENOMEM ? 0 : errno);
    for (size_t i = 0; i < s->n && step == TX_OUTFILE_OK; i++)
        if (s->e[i].put)
            step = install(s, i, e);
    for (size_t i = 0; i < s->n && step == TX_OUTFILE_OK; i++)
        if (!s->e[i].put)
            step = drop(s, i, e);
    if (step == TX_OUTFILE_OK && sync_dir(s->dirfd) != 0)
        step = failed(e, TX_OUTFILE_WRITE, 0, errno);
    if (step != TX_OUTFILE_OK) {
        if (roll_back(s) != 0)
            s->keep = 1;
        return step;
    }
    unlinkat(s->stagefd, "commit", 0);
    for (size_t i = 0; i < s->n; i++)
        s->e[i].put = 0;
    return TX_OUTFILE_OK;
}

void tx_outset_close(tx_outset *s)
{
    if (!s)
        return;
    if (s->stagefd >= 0 && !s->keep) {
        remove_dir_at(s->stagefd, "new");
        remove_dir_at(s->stagefd, "old");
        unlinkat(s->stagefd, "commit.tmp", 0);
        unlinkat(s->stagefd, "commit", 0);
        unlinkat(s->dirfd, s->stage_name, AT_REMOVEDIR);
    }
    close_fds(s);   /* unlocks the stage */
    free_set(s);
}

/* ------------------------------------------------------------ one call */

/* The directory part of a path (NULL: none), owned in *dir; its file name. */
static const char *split_path(const char *path, char **dir, int *nomem)
{
    const char *slash = strrchr(path, '/');
    *dir = NULL;
    if (!slash)
        return path;
    *dir = slash == path ? tx_strdup("/") : tx_strndup(path, (size_t)(slash - path));
    if (!*dir)
        *nomem = 1;
    return slash + 1;
}

tx_outfile_step tx_outfile_commit(const tx_outfile *files, size_t n, mode_t mode,
                                  tx_outfile_error *e)
{
    if (n == 0)
        return TX_OUTFILE_OK;
    const char **names = calloc(n, sizeof *names);
    char *dir = NULL;
    int nomem = !names;
    tx_outfile_step step = TX_OUTFILE_OK;
    for (size_t i = 0; i < n && !nomem && step == TX_OUTFILE_OK; i++) {
        char *d = NULL;
        names[i] = split_path(files[i].path, &d, &nomem);
        if (i == 0)
            dir = d;
        else if ((d == NULL) != (dir == NULL) || (d && strcmp(d, dir) != 0))
            step = failed(e, TX_OUTFILE_CREATE, i, EINVAL);
        if (i > 0)
            free(d);
    }
    if (nomem)
        step = failed(e, TX_OUTFILE_NOMEM, 0, 0);
    tx_outset *s = NULL;
    if (step == TX_OUTFILE_OK)
        step = tx_outset_open(dir, names, n, &s, e);
    for (size_t i = 0; i < n && step == TX_OUTFILE_OK; i++)
        if (files[i].text)
            step = tx_outset_put(s, i, files[i].text, files[i].len, mode, e);
    if (step == TX_OUTFILE_OK)
        step = tx_outset_commit(s, e);
    tx_outset_close(s);
    free(dir);
    free(names);
    return step;
}

tx_outfile_step tx_outfile_write(const char *path, const char *text, size_t len, mode_t mode,
                                 tx_outfile_error *e)
{
    tx_outfile f = {path, text, len};
    return tx_outfile_commit(&f, 1, mode, e);
}

static const char *type_name(mode_t type)
{
    switch (type & S_IFMT) {
    case S_IFCHR: return "a character device";
    case S_IFBLK: return "a block device";
    case S_IFIFO: return "a FIFO";
    case S_IFSOCK: return "a socket";
    case S_IFDIR: return "a directory";
    case S_IFLNK: return "a symbolic link";
    default: return "something";
    }
}

tx_status tx_outfile_report(tx_report *rep, const char *path, const tx_outfile_error *e)
{
    const char *why = strerror(e->err ? e->err : EIO);
    switch (e->step) {
    case TX_OUTFILE_OK:
        return TX_OK;
    case TX_OUTFILE_NOMEM:
        return TX_ENOMEM;
    case TX_OUTFILE_NOTREG:
        tx_report_add(rep, TX_ERROR, path, 0, "write.not-regular",
                      "is %s, not a regular file: not replaced, nothing written",
                      type_name(e->type));
        return TX_EIO;
    case TX_OUTFILE_CREATE:
        tx_report_add(rep, TX_ERROR, path, 0, "write.io",
                      "cannot create a file in the output directory: %s", why);
        return TX_EIO;
    case TX_OUTFILE_WRITE:
        tx_report_add(rep, TX_ERROR, path, 0, "write.io", "cannot write: %s", why);
        return TX_EIO;
    case TX_OUTFILE_RENAME:
    default:
        tx_report_add(rep, TX_ERROR, path, 0, "write.io", "cannot put the file in place: %s",
                      why);
        return TX_EIO;
    }
}

int tx_make_dirs(const char *dir)
{
    if (!dir || !*dir) {
        errno = ENOENT;
        return -1;
    }
    char *path = tx_strdup(dir);
    if (!path) {
        errno = ENOMEM;
        return -1;
    }
    size_t n = strlen(path);
    for (size_t i = 1; i <= n; i++) {
        if (path[i] != '/' && path[i] != '\0')
            continue;
        char c = path[i];
        path[i] = '\0';
        if (mkdir(path, 0777) != 0 && errno != EEXIST) {
            int err = errno;
            free(path);
            errno = err;
            return -1;
        }
        path[i] = c;
    }
    free(path);
    struct stat st;
    if (stat(dir, &st) != 0)
        return -1;
    if (!S_ISDIR(st.st_mode)) {
        errno = ENOTDIR;
        return -1;
    }
    return 0;
}

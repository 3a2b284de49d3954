/* inject.c - a fault injector for tests/faults.sh, loaded with LD_PRELOAD
 * into txbrl (and into nothing else: other programs, such as the shell of
 * a libtool wrapper, run untouched).  Built by the test, never installed.
 *
 *   FAULT_CALLS  the calls that fail, comma-separated: write, fsync,
 *                rename, open (opens that write or create), mkdir, link
 *   FAULT_ERRNO  ENOSPC, EROFS, EACCES, EPIPE or EIO
 *   FAULT_AFTER  how many of those calls succeed first (default 0)
 *   FAULT_TIMES  how many fail after them (default: all that follow)
 *   FAULT_MATCH  only calls whose path (or, for write and fsync, the file
 *                the descriptor names) contains this text
 *   FAULT_STDOUT 1: write and fsync fail on standard output only; else
 *                never on descriptors 0 to 2 (standard output written
 *                through stdio is out of reach: glibc calls its own write)
 * A mkdir of a path that exists is left to fail as it does (EEXIST).
 * Each failure is counted in the file FAULT_LOG, if set (one line per
 * failed call), so a test can tell that the fault was met. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

static int active = -1;
static long remaining, times;

static int on(void)
{
    if (active < 0) {
        char exe[4096];
        ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
        exe[n > 0 ? n : 0] = '\0';
        const char *base = strrchr(exe, '/');
        active = strstr(base ? base : exe, "txbrl") != NULL && getenv("FAULT_CALLS") != NULL;
        const char *a = getenv("FAULT_AFTER");
        remaining = a ? atol(a) : 0;
        const char *t = getenv("FAULT_TIMES");
        times = t && *t ? atol(t) : -1;
    }
    return active;
}

static int err_code(void)
{
    const char *e = getenv("FAULT_ERRNO");
    if (!e || strcmp(e, "ENOSPC") == 0)
        return ENOSPC;
    if (strcmp(e, "EROFS") == 0)
        return EROFS;
    if (strcmp(e, "EACCES") == 0)
        return EACCES;
    if (strcmp(e, "EPIPE") == 0)
        return EPIPE;
    return EIO;
}

static int wanted(const char *call)
{
    const char *c = getenv("FAULT_CALLS");
    size_t n = strlen(call);
    for (const char *p = c; p && (p = strstr(p, call)) != NULL; p += n)
        if ((p == c || p[-1] == ',') && (p[n] == '\0' || p[n] == ','))
            return 1;
    return 0;
}

static int matches(const char *path)
{
    const char *m = getenv("FAULT_MATCH");
    return !m || !*m || (path && strstr(path, m));
}

static int fd_matches(int fd)
{
    int out = getenv("FAULT_STDOUT") && strcmp(getenv("FAULT_STDOUT"), "1") == 0;
    if (out ? fd != 1 : fd <= 2)
        return 0;
    char link[64], target[4096];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(link, target, sizeof target - 1);
    target[n > 0 ? n : 0] = '\0';
    return matches(target);
}

/* 1 (errno set) when this call is to fail. */
static int fail(const char *call, int match)
{
    if (!on() || !wanted(call) || !match)
        return 0;
    if (remaining > 0) {
        remaining--;
        return 0;
    }
    if (times == 0)
        return 0;
    if (times > 0)
        times--;
    const char *log = getenv("FAULT_LOG");
    if (log) {
        static ssize_t (*real_write)(int, const void *, size_t);
        if (!real_write)
            real_write = (ssize_t (*)(int, const void *, size_t))dlsym(RTLD_NEXT, "write");
        int fd = ((int (*)(const char *, int, ...))dlsym(RTLD_NEXT, "open"))(
            log, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
        if (fd >= 0) {
            real_write(fd, call, strlen(call));
            real_write(fd, "\n", 1);
            close(fd);
        }
    }
    errno = err_code();
    return 1;
}

#define REAL(fn) static __typeof__(fn) *real; if (!real) real = (__typeof__(fn) *)dlsym(RTLD_NEXT, #fn)

ssize_t write(int fd, const void *buf, size_t n)
{
    REAL(write);
    if (fail("write", fd_matches(fd)))
        return -1;
    return real(fd, buf, n);
}

int fsync(int fd)
{
    REAL(fsync);
    if (fail("fsync", fd_matches(fd)))
        return -1;
    return real(fd);
}

int rename(const char *a, const char *b)
{
    REAL(rename);
    if (fail("rename", matches(a) || matches(b)))
        return -1;
    return real(a, b);
}

int renameat(int da, const char *a, int db, const char *b)
{
    REAL(renameat);
    if (fail("rename", matches(a) || matches(b)))
        return -1;
    return real(da, a, db, b);
}

static int writes(int flags)
{
    return (flags & (O_CREAT | O_WRONLY | O_RDWR | O_TRUNC)) != 0;
}

int open(const char *path, int flags, ...)
{
    REAL(open);
    va_list ap;
    va_start(ap, flags);
    mode_t mode = (flags & O_CREAT) ? (mode_t)va_arg(ap, int) : 0;
    va_end(ap);
    if (writes(flags) && fail("open", matches(path)))
        return -1;
    return real(path, flags, mode);
}

int open64(const char *path, int flags, ...)
{
    REAL(open64);
    va_list ap;
    va_start(ap, flags);
    mode_t mode = (flags & O_CREAT) ? (mode_t)va_arg(ap, int) : 0;
    va_end(ap);
    if (writes(flags) && fail("open", matches(path)))
        return -1;
    return real(path, flags, mode);
}

int openat(int dir, const char *path, int flags, ...)
{
    REAL(openat);
    va_list ap;
    va_start(ap, flags);
    mode_t mode = (flags & O_CREAT) ? (mode_t)va_arg(ap, int) : 0;
    va_end(ap);
    if (writes(flags) && fail("open", matches(path)))
        return -1;
    return real(dir, path, flags, mode);
}

int openat64(int dir, const char *path, int flags, ...)
{
    REAL(openat64);
    va_list ap;
    va_start(ap, flags);
    mode_t mode = (flags & O_CREAT) ? (mode_t)va_arg(ap, int) : 0;
    va_end(ap);
    if (writes(flags) && fail("open", matches(path)))
        return -1;
    return real(dir, path, flags, mode);
}

int mkdir(const char *path, mode_t mode)
{
    REAL(mkdir);
    struct stat st;
    if (stat(path, &st) != 0 && fail("mkdir", matches(path)))
        return -1;
    return real(path, mode);
}

int mkdirat(int dir, const char *path, mode_t mode)
{
    REAL(mkdirat);
    struct stat st;
    if (fstatat(dir, path, &st, 0) != 0 && fail("mkdir", matches(path)))
        return -1;
    return real(dir, path, mode);
}

int linkat(int da, const char *a, int db, const char *b, int flags)
{
    REAL(linkat);
    if (fail("link", matches(a) || matches(b)))
        return -1;
    return real(da, a, db, b, flags);
}

/* readall.c - a file read whole into memory: regular file, pipe, FIFO,
 * device, standard input (readall.h). */
#include "base/readall.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define CHUNK 65536

static tx_readall_step fail(tx_readall_step step, int *err, int e)
{
    if (err)
        *err = e;
    return step;
}

tx_readall_step tx_read_all_fd(int fd, size_t limit, char **data, size_t *len, int *err)
{
    *data = NULL;
    *len = 0;
    struct stat st;
    if (fstat(fd, &st) == 0) {
        if (S_ISDIR(st.st_mode))
            return fail(TX_READALL_DIR, err, EISDIR);
        if (S_ISREG(st.st_mode) && st.st_size > 0 && (unsigned long long)st.st_size > limit) {
            *len = (size_t)st.st_size;
            return fail(TX_READALL_TOOBIG, err, 0);
        }
    }
    size_t cap = 0, n = 0;
    char *buf = NULL;
    /* never much more room than the limit (and the byte past it) needs */
    size_t ceiling = limit < (size_t)-1 / 2 ? limit + CHUNK + 2 : (size_t)-1 / 2;
    for (;;) {
        if (cap - n < CHUNK + 1) {
            size_t want = cap ? cap * 2 : CHUNK * 2;
            if (want > ceiling)
                want = ceiling;
            if (want <= cap) {
                free(buf);
                *len = limit + 1;
                return fail(TX_READALL_TOOBIG, err, 0);
            }
            char *nb = realloc(buf, want);
            if (!nb) {
                free(buf);
                return fail(TX_READALL_NOMEM, err, ENOMEM);
            }
            buf = nb;
            cap = want;
        }
        ssize_t k = read(fd, buf + n, cap - n - 1);
        if (k == 0)
            break;
        if (k < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK) {
                /* a non-blocking descriptor handed down: wait for data */
                struct pollfd p = {fd, POLLIN, 0};
                if (poll(&p, 1, -1) >= 0 || errno == EINTR)
                    continue;
            }
            int e = errno;
            free(buf);
            return fail(TX_READALL_READ, err, e);
        }
        n += (size_t)k;
        if (n > limit) {
            free(buf);
            *len = limit + 1;
            return fail(TX_READALL_TOOBIG, err, 0);
        }
    }
    if (!buf && !(buf = malloc(1)))
        return fail(TX_READALL_NOMEM, err, ENOMEM);
    buf[n] = '\0';
    *data = buf;
    *len = n;
    return TX_READALL_OK;
}

tx_readall_step tx_read_all(const char *path, size_t limit, char **data, size_t *len,
                            int *err)
{
    *data = NULL;
    *len = 0;
    if (strcmp(path, "-") == 0)
        return tx_read_all_fd(STDIN_FILENO, limit, data, len, err);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return fail(errno == EISDIR ? TX_READALL_DIR : TX_READALL_OPEN, err, errno);
    tx_readall_step step = tx_read_all_fd(fd, limit, data, len, err);
    close(fd);
    return step;
}

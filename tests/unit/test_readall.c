/* test_readall.c - a file read whole, whatever it is (base/readall.c):
 * regular files, pipes (from the first byte, past what one read returns),
 * standard input as "-", a non-blocking descriptor, the limit. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "base/readall.h"
#include "base/util.h"
#include "units.h"

static char *tmp_path(const char *name)
{
    const char *base = getenv("TMPDIR");
    tx_buf b = {0};
    tx_buf_printf(&b, "%s/txbrl-readall-%ld-%s", base && *base ? base : "/tmp", (long)getpid(),
                  name);
    return tx_buf_take(&b);
}

/* n bytes of a pattern that shows a lost or repeated byte: "0123...". */
static char *pattern(size_t n)
{
    char *p = malloc(n + 1);
    for (size_t i = 0; p && i < n; i++)
        p[i] = (char)('0' + i % 61);
    if (p)
        p[n] = '\0';
    return p;
}

/* A child that writes `data` into a pipe in small pieces, pausing, then
 * closes it; returns the read end (-1 on failure) and the child's pid. */
static int pipe_from_child(const char *data, size_t len, int nonblock, pid_t *pid)
{
    int fds[2];
    if (pipe(fds) != 0)
        return -1;
    *pid = fork();
    if (*pid < 0)
        return -1;
    if (*pid == 0) {
        close(fds[0]);
        size_t off = 0;
        while (off < len) {
            size_t k = len - off < 10000 ? len - off : 10000;
            ssize_t w = write(fds[1], data + off, k);
            if (w <= 0)
                _exit(1);
            off += (size_t)w;
            if (off < 30000)
                usleep(2000);   /* the reader meets an empty pipe */
        }
        _exit(0);
    }
    close(fds[1]);
    if (nonblock)
        (void)fcntl(fds[0], F_SETFL, fcntl(fds[0], F_GETFL) | O_NONBLOCK);
    return fds[0];
}

static int child_ok(pid_t pid)
{
    int status = 0;
    return waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

static void test_regular(void)
{
    char *p = tmp_path("regular");
    char *want = pattern(200000);
    FILE *f = fopen(p, "wb");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    fwrite(want, 1, 200000, f);
    fclose(f);
    char *data = NULL;
    size_t len = 0;
    int err = -1;
    CU_ASSERT_EQUAL(tx_read_all(p, 1 << 20, &data, &len, &err), TX_READALL_OK);
    CU_ASSERT_EQUAL(len, 200000);
    CU_ASSERT(data && memcmp(data, want, len) == 0 && data[len] == '\0');
    free(data);
    /* exactly the limit is allowed; a byte less is too big, with the size */
    CU_ASSERT_EQUAL(tx_read_all(p, 200000, &data, &len, &err), TX_READALL_OK);
    free(data);
    CU_ASSERT_EQUAL(tx_read_all(p, 199999, &data, &len, &err), TX_READALL_TOOBIG);
    CU_ASSERT_PTR_NULL(data);
    CU_ASSERT_EQUAL(len, 200000);
    /* empty: OK, an empty NUL-terminated buffer */
    f = fopen(p, "wb");
    fclose(f);
    CU_ASSERT_EQUAL(tx_read_all(p, 10, &data, &len, &err), TX_READALL_OK);
    CU_ASSERT_EQUAL(len, 0);
    CU_ASSERT(data && data[0] == '\0');
    free(data);
    unlink(p);
    free(p);
    free(want);
}

static void test_missing_and_directory(void)
{
    char *data = (char *)1;
    size_t len = 7;
    int err = 0;
    CU_ASSERT_EQUAL(tx_read_all("/nonexistent-txbrl/x", 10, &data, &len, &err),
                    TX_READALL_OPEN);
    CU_ASSERT_EQUAL(err, ENOENT);
    CU_ASSERT_PTR_NULL(data);
    CU_ASSERT_EQUAL(len, 0);
    CU_ASSERT_EQUAL(tx_read_all("/", 10, &data, &len, &err), TX_READALL_DIR);
    CU_ASSERT_EQUAL(err, EISDIR);
    CU_ASSERT_PTR_NULL(data);
}

/* A pipe is read from its first byte to its end, across many reads and
 * empty moments (the first byte was lost when a check read from it). */
static void test_pipe(void)
{
    size_t n = 300000;   /* several times what a pipe holds */
    char *want = pattern(n);
    for (int nonblock = 0; nonblock <= 1; nonblock++) {
        pid_t pid;
        int fd = pipe_from_child(want, n, nonblock, &pid);
        CU_ASSERT_FATAL(fd >= 0);
        char *data = NULL;
        size_t len = 0;
        int err = 0;
        CU_ASSERT_EQUAL(tx_read_all_fd(fd, 1 << 20, &data, &len, &err), TX_READALL_OK);
        CU_ASSERT_EQUAL(len, n);
        CU_ASSERT(data && memcmp(data, want, n) == 0);
        /* the descriptor is the caller's: still open */
        CU_ASSERT(fcntl(fd, F_GETFD) != -1);
        close(fd);
        free(data);
        CU_ASSERT(child_ok(pid));
    }
    free(want);
}

/* A pipe longer than the limit: TOOBIG (len = limit + 1), no more read
 * than the limit needs. */
static void test_pipe_limit(void)
{
    size_t n = 300000;
    char *want = pattern(n);
    pid_t pid;
    int fd = pipe_from_child(want, n, 0, &pid);
    CU_ASSERT_FATAL(fd >= 0);
    char *data = NULL;
    size_t len = 0;
    int err = 0;
    CU_ASSERT_EQUAL(tx_read_all_fd(fd, 100000, &data, &len, &err), TX_READALL_TOOBIG);
    CU_ASSERT_PTR_NULL(data);
    CU_ASSERT_EQUAL(len, 100001);
    close(fd);   /* the writer gets EPIPE and exits 1 */
    int status;
    waitpid(pid, &status, 0);
    free(want);
}

/* "-" is standard input itself, read where it stands and left open. */
static void test_stdin(void)
{
    const char *text = "<xbrl/>\nline two\n";
    pid_t pid;
    int fd = pipe_from_child(text, strlen(text), 0, &pid);
    CU_ASSERT_FATAL(fd >= 0);
    int saved = dup(STDIN_FILENO);
    CU_ASSERT_FATAL(saved >= 0);
    CU_ASSERT_FATAL(dup2(fd, STDIN_FILENO) == STDIN_FILENO);
    close(fd);
    char *data = NULL;
    size_t len = 0;
    int err = 0;
    tx_readall_step step = tx_read_all("-", 1000, &data, &len, &err);
    int still_open = fcntl(STDIN_FILENO, F_GETFL) != -1;
    dup2(saved, STDIN_FILENO);
    close(saved);
    CU_ASSERT_EQUAL(step, TX_READALL_OK);
    CU_ASSERT(data && len == strlen(text) && memcmp(data, text, len) == 0);
    CU_ASSERT(still_open);
    free(data);
    CU_ASSERT(child_ok(pid));
}

/* A FIFO named by its path: opened and read whole like a pipe. */
static void test_fifo(void)
{
    char *p = tmp_path("fifo");
    unlink(p);
    CU_ASSERT_FATAL(mkfifo(p, 0600) == 0);
    const char *text = "from a FIFO";
    pid_t pid = fork();
    CU_ASSERT_FATAL(pid >= 0);
    if (pid == 0) {
        int w = open(p, O_WRONLY);
        if (w < 0 || write(w, text, strlen(text)) != (ssize_t)strlen(text))
            _exit(1);
        _exit(0);
    }
    char *data = NULL;
    size_t len = 0;
    int err = 0;
    CU_ASSERT_EQUAL(tx_read_all(p, 1000, &data, &len, &err), TX_READALL_OK);
    CU_ASSERT(data && len == strlen(text) && memcmp(data, text, len) == 0);
    free(data);
    CU_ASSERT(child_ok(pid));
    unlink(p);
    free(p);
}

int tx_suite_readall(void)
{
    static const CU_TestInfo tests[] = {
        {"a regular file, its limit, empty", test_regular},
        {"missing, a directory", test_missing_and_directory},
        {"a pipe from its first byte, blocking and not", test_pipe},
        {"a pipe over the limit", test_pipe_limit},
        {"- is standard input", test_stdin},
        {"a FIFO by its path", test_fifo},
        CU_TEST_INFO_NULL,
    };
    return tx_add_suite("readall", tests);
}

/* test_outfile.c - files written whole or not at all (base/outfile.c). */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "base/outfile.h"
#include "base/util.h"
#include "units.h"

static char *path_join(const char *dir, const char *name)
{
    tx_buf b = {0};
    tx_buf_printf(&b, "%s/%s", dir, name);
    return tx_buf_take(&b);
}

static char *make_tmpdir(void)
{
    const char *base = getenv("TMPDIR");
    char *tmpl = path_join(base && *base ? base : "/tmp", "txbrl-outfile-XXXXXX");
    if (tmpl && !mkdtemp(tmpl)) {
        free(tmpl);
        return NULL;
    }
    return tmpl;
}

/* Removes a directory with its files and flat subdirectories. */
static void remove_tree(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        char *p = path_join(dir, e->d_name);
        if (p && unlink(p) != 0)
            remove_tree(p);
        free(p);
    }
    closedir(d);
    rmdir(dir);
}

/* Names in a directory, sorted and joined by ' ' (owned). */
static char *dir_listing(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return NULL;
    char *names[16];
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL && n < 16)
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
            names[n++] = tx_strdup(e->d_name);
    closedir(d);
    for (size_t i = 1; i < n; i++)
        for (size_t k = i; k > 0 && strcmp(names[k - 1], names[k]) > 0; k--) {
            char *t = names[k];
            names[k] = names[k - 1];
            names[k - 1] = t;
        }
    tx_buf b = {0};
    for (size_t i = 0; i < n; i++) {
        tx_buf_printf(&b, "%s%s", i ? " " : "", names[i]);
        free(names[i]);
    }
    return tx_buf_take(&b);
}

static char *read_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    tx_buf b = {0};
    char chunk[256];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        tx_buf_append(&b, chunk, n);
    fclose(f);
    return tx_buf_take(&b);
}

static int write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return -1;
    int ok = fputs(text, f) >= 0;
    return fclose(f) == 0 && ok ? 0 : -1;
}

static unsigned mode_of(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 ? (unsigned)(st.st_mode & 07777) : 0;
}

/* A set of two: both written, nothing else left; mode 0 is 0666 less the
 * umask, any other mode is given as it is. */
static void test_commit_set(void)
{
    char *dir = make_tmpdir();
    CU_ASSERT_PTR_NOT_NULL_FATAL(dir);
    char *a = path_join(dir, "a.xml"), *b = path_join(dir, "b.xml");
    mode_t old = umask(027);
    tx_outfile files[] = {{a, "first\n", 6}, {b, "sec\0nd", 6}};
    tx_outfile_error e = {TX_OUTFILE_OK, 0, 0, 0};
    CU_ASSERT_EQUAL(tx_outfile_commit(files, 2, 0, &e), TX_OUTFILE_OK);
    char *ls = dir_listing(dir);
    CU_ASSERT_STRING_EQUAL(ls, "a.xml b.xml");
    free(ls);
    char *text = read_file(a);
    CU_ASSERT_STRING_EQUAL(text, "first\n");
    free(text);
    struct stat st;
    CU_ASSERT_EQUAL(stat(b, &st), 0);
    CU_ASSERT_EQUAL(st.st_size, 6);   /* the bytes given, NUL included */
    CU_ASSERT_EQUAL(mode_of(a), 0640);
    CU_ASSERT_EQUAL(tx_outfile_write(a, "again\n", 6, 0644, &e), TX_OUTFILE_OK);
    CU_ASSERT_EQUAL(mode_of(a), 0644);
    text = read_file(a);
    CU_ASSERT_STRING_EQUAL(text, "again\n");
    free(text);
    umask(old);
    free(a);
    free(b);
    remove_tree(dir);
    free(dir);
}

/* An entry without text removes its target once the rest is in place. */
static void test_stale_removed(void)
{
    char *dir = make_tmpdir();
    CU_ASSERT_PTR_NOT_NULL_FATAL(dir);
    char *a = path_join(dir, "a.xml"), *b = path_join(dir, "b.xsd");
    CU_ASSERT_EQUAL(write_file(b, "old"), 0);
    tx_outfile files[] = {{a, "new", 3}, {b, NULL, 0}};
    CU_ASSERT_EQUAL(tx_outfile_commit(files, 2, 0, NULL), TX_OUTFILE_OK);
    char *ls = dir_listing(dir);
    CU_ASSERT_STRING_EQUAL(ls, "a.xml");
    free(ls);
    free(a);
    free(b);
    remove_tree(dir);
    free(dir);
}

/* A target that is a directory is refused before anything is written:
 * the other files of the set are not written, a stale one stays, no stage
 * is left. */
static void test_directory_target_refused(void)
{
    char *dir = make_tmpdir();
    CU_ASSERT_PTR_NOT_NULL_FATAL(dir);
    char *a = path_join(dir, "a.xml"), *stale = path_join(dir, "s.xml");
    char *blocker = path_join(dir, "c.xml");
    CU_ASSERT_EQUAL(mkdir(blocker, 0755), 0);
    char *inner = path_join(blocker, "keep");
    CU_ASSERT_EQUAL(write_file(inner, "x"), 0);
    CU_ASSERT_EQUAL(write_file(stale, "old"), 0);
    tx_outfile files[] = {{a, "a", 1}, {stale, NULL, 0}, {blocker, "c", 1}};
    tx_outfile_error e = {TX_OUTFILE_OK, 0, 0, 0};
    CU_ASSERT_EQUAL(tx_outfile_commit(files, 3, 0, &e), TX_OUTFILE_NOTREG);
    CU_ASSERT_EQUAL(e.step, TX_OUTFILE_NOTREG);
    CU_ASSERT_EQUAL(e.file, 2);
    CU_ASSERT_EQUAL(e.type, S_IFDIR);
    char *ls = dir_listing(dir);
    CU_ASSERT_STRING_EQUAL(ls, "c.xml s.xml");
    free(ls);
    free(inner);
    free(blocker);
    free(stale);
    free(a);
    remove_tree(dir);
    free(dir);
}

/* A symbolic link, a FIFO and (as root) a character device are never
 * replaced: the link and what it points to, the FIFO, the device stay as
 * they were, and the finding says what the target is. */
static void test_special_targets_refused(void)
{
    char *dir = make_tmpdir();
    CU_ASSERT_PTR_NOT_NULL_FATAL(dir);
    char *real = path_join(dir, "real.html"), *link = path_join(dir, "link.html");
    char *fifo = path_join(dir, "fifo.html"), *dev = path_join(dir, "null.html");
    CU_ASSERT_EQUAL(write_file(real, "kept"), 0);
    CU_ASSERT_EQUAL(symlink(real, link), 0);
    CU_ASSERT_EQUAL(mkfifo(fifo, 0644), 0);
    int have_dev = geteuid() == 0 && mknod(dev, S_IFCHR | 0666, makedev(1, 3)) == 0;
    const char *targets[] = {link, fifo, dev};
    const mode_t types[] = {S_IFLNK, S_IFIFO, S_IFCHR};
    for (int i = 0; i < (have_dev ? 3 : 2); i++) {
        tx_outfile_error e = {TX_OUTFILE_OK, 0, 0, 0};
        CU_ASSERT_EQUAL(tx_outfile_write(targets[i], "new", 3, 0644, &e), TX_OUTFILE_NOTREG);
        CU_ASSERT_EQUAL(e.type, types[i]);
        struct stat st;
        CU_ASSERT_EQUAL(lstat(targets[i], &st), 0);
        CU_ASSERT_EQUAL(st.st_mode & S_IFMT, types[i]);
        tx_report *rep = tx_report_new();
        CU_ASSERT_EQUAL(tx_outfile_report(rep, targets[i], &e), TX_EIO);
        CU_ASSERT_STRING_EQUAL(tx_report_code(rep, 0), "write.not-regular");
        tx_report_free(rep);
    }
    char *text = read_file(real);
    CU_ASSERT_STRING_EQUAL(text, "kept");
    free(text);
    char *ls = dir_listing(dir);
    CU_ASSERT_STRING_EQUAL(ls, have_dev ? "fifo.html link.html null.html real.html"
                                        : "fifo.html link.html real.html");
    free(ls);
    free(real);
    free(link);
    free(fifo);
    free(dev);
    remove_tree(dir);
    free(dir);
}

/* A staged set: the staged files have their final names side by side in
 * the stage (relative references between them resolve), the targets do
 * not change until the commit, and closing without a commit leaves the
 * directory as it was. */
static void test_staged_set(void)
{
    char *dir = make_tmpdir();
    CU_ASSERT_PTR_NOT_NULL_FATAL(dir);
    char *a = path_join(dir, "a.xml");
    CU_ASSERT_EQUAL(write_file(a, "old a"), 0);
    const char *names[] = {"a.xml", "a.xsd", "a.html"};
    tx_outset *s = NULL;
    tx_outfile_error e = {TX_OUTFILE_OK, 0, 0, 0};
    CU_ASSERT_EQUAL_FATAL(tx_outset_open(dir, names, 3, &s, &e), TX_OUTFILE_OK);
    CU_ASSERT_EQUAL(tx_outset_put(s, 0, "new a", 5, 0, &e), TX_OUTFILE_OK);
    CU_ASSERT_EQUAL(tx_outset_put(s, 1, "new xsd", 7, 0, &e), TX_OUTFILE_OK);
    char *xsd = path_join(dir, "a.xsd");
    CU_ASSERT_STRING_EQUAL(tx_outset_target(s, 1), xsd);
    free(xsd);
    CU_ASSERT_STRING_EQUAL(tx_outset_stage_infix(s), ".a.xml.txbrl/new/");
    char *text = read_file(tx_outset_staged(s, 1));
    CU_ASSERT_STRING_EQUAL(text, "new xsd");
    free(text);
    text = read_file(a);
    CU_ASSERT_STRING_EQUAL(text, "old a");
    free(text);
    tx_outset_close(s);   /* no commit */
    char *ls = dir_listing(dir);
    CU_ASSERT_STRING_EQUAL(ls, "a.xml");
    free(ls);
    /* again, committed: the set replaces and adds together */
    CU_ASSERT_EQUAL_FATAL(tx_outset_open(dir, names, 3, &s, &e), TX_OUTFILE_OK);
    CU_ASSERT_EQUAL(tx_outset_put(s, 0, "new a", 5, 0, &e), TX_OUTFILE_OK);
    CU_ASSERT_EQUAL(tx_outset_put(s, 1, "new xsd", 7, 0, &e), TX_OUTFILE_OK);
    CU_ASSERT_EQUAL(tx_outset_commit(s, &e), TX_OUTFILE_OK);
    tx_outset_close(s);
    ls = dir_listing(dir);
    CU_ASSERT_STRING_EQUAL(ls, "a.xml a.xsd");
    free(ls);
    text = read_file(a);
    CU_ASSERT_STRING_EQUAL(text, "new a");
    free(text);
    free(a);
    remove_tree(dir);
    free(dir);
}

/* What a run killed in the middle of a commit left (the stage with its
 * commit record, one file already renamed into place) is finished by the
 * next set opened under that name: the rest renamed into place, the
 * dropped file removed; a stage without a record (killed before its
 * commit) is discarded and changes nothing. */
static void test_killed_run_finished(void)
{
    char *dir = make_tmpdir();
    CU_ASSERT_PTR_NOT_NULL_FATAL(dir);
    char *stage = path_join(dir, ".x.xml.txbrl");
    char *newdir = path_join(stage, "new");
    CU_ASSERT_EQUAL(mkdir(stage, 0700), 0);
    CU_ASSERT_EQUAL(mkdir(newdir, 0700), 0);
    char *p = path_join(dir, "x.xml");
    CU_ASSERT_EQUAL(write_file(p, "new x"), 0);      /* renamed before the kill */
    free(p);
    p = path_join(newdir, "x.xsd");
    CU_ASSERT_EQUAL(write_file(p, "new xsd"), 0);    /* still staged */
    free(p);
    p = path_join(dir, "x_cal.xml");
    CU_ASSERT_EQUAL(write_file(p, "stale"), 0);      /* to be dropped */
    free(p);
    p = path_join(stage, "commit");
    CU_ASSERT_EQUAL(write_file(p, "put x.xml\nput x.xsd\ndrop x_cal.xml\n"), 0);
    free(p);
    const char *names[] = {"x.xml"};
    tx_outset *s = NULL;
    tx_outfile_error e = {TX_OUTFILE_OK, 0, 0, 0};
    CU_ASSERT_EQUAL_FATAL(tx_outset_open(dir, names, 1, &s, &e), TX_OUTFILE_OK);
    tx_outset_close(s);
    char *ls = dir_listing(dir);
    CU_ASSERT_STRING_EQUAL(ls, "x.xml x.xsd");
    free(ls);
    p = path_join(dir, "x.xsd");
    char *text = read_file(p);
    CU_ASSERT_STRING_EQUAL(text, "new xsd");
    free(text);
    free(p);
    /* killed before the commit: discarded */
    CU_ASSERT_EQUAL(mkdir(stage, 0700), 0);
    CU_ASSERT_EQUAL(mkdir(newdir, 0700), 0);
    p = path_join(newdir, "x.xml");
    CU_ASSERT_EQUAL(write_file(p, "half-done"), 0);
    free(p);
    CU_ASSERT_EQUAL_FATAL(tx_outset_open(dir, names, 1, &s, &e), TX_OUTFILE_OK);
    tx_outset_close(s);
    ls = dir_listing(dir);
    CU_ASSERT_STRING_EQUAL(ls, "x.xml x.xsd");
    free(ls);
    p = path_join(dir, "x.xml");
    text = read_file(p);
    CU_ASSERT_STRING_EQUAL(text, "new x");
    free(text);
    free(p);
    free(newdir);
    free(stage);
    remove_tree(dir);
    free(dir);
}

/* A commit that fails half-way (the second staged file is gone when its
 * turn comes: its rename fails after the first was renamed into place)
 * puts back what it replaced: the earlier set whole, byte for byte, the
 * stale file it was to drop still there, no stage left. */
static void test_failed_commit_restores(void)
{
    char *dir = make_tmpdir();
    CU_ASSERT_PTR_NOT_NULL_FATAL(dir);
    const char *names[] = {"r.xml", "r.html", "r.xsd"};
    const char *old[] = {"old xml", "old html", "old xsd"};
    for (size_t i = 0; i < 3; i++) {
        char *p = path_join(dir, names[i]);
        CU_ASSERT_EQUAL(write_file(p, old[i]), 0);
        free(p);
    }
    tx_outset *s = NULL;
    tx_outfile_error e = {TX_OUTFILE_OK, 0, 0, 0};
    CU_ASSERT_EQUAL_FATAL(tx_outset_open(dir, names, 3, &s, &e), TX_OUTFILE_OK);
    CU_ASSERT_EQUAL(tx_outset_put(s, 0, "new xml", 7, 0, &e), TX_OUTFILE_OK);
    CU_ASSERT_EQUAL(tx_outset_put(s, 1, "new html", 8, 0, &e), TX_OUTFILE_OK);
    /* r.xsd not staged: the commit would drop it */
    CU_ASSERT_EQUAL(unlink(tx_outset_staged(s, 1)), 0);
    CU_ASSERT_EQUAL(tx_outset_commit(s, &e), TX_OUTFILE_RENAME);
    CU_ASSERT_EQUAL(e.file, 1);
    CU_ASSERT_EQUAL(e.err, ENOENT);
    tx_outset_close(s);
    char *ls = dir_listing(dir);
    CU_ASSERT_STRING_EQUAL(ls, "r.html r.xml r.xsd");
    free(ls);
    for (size_t i = 0; i < 3; i++) {
        char *p = path_join(dir, names[i]);
        char *text = read_file(p);
        CU_ASSERT_STRING_EQUAL(text, old[i]);
        free(text);
        free(p);
    }
    remove_tree(dir);
    free(dir);
}

/* No directory to write in: the create step fails with its errno. */
static void test_create_failure(void)
{
    tx_outfile_error e = {TX_OUTFILE_OK, 0, 0, 0};
    CU_ASSERT_EQUAL(tx_outfile_write("/nonexistent-txbrl-dir/x.html", "x", 1, 0644, &e),
                    TX_OUTFILE_CREATE);
    CU_ASSERT_EQUAL(e.file, 0);
    CU_ASSERT_EQUAL(e.err, ENOENT);
    /* a target with no directory part is written in the working directory */
    char *dir = make_tmpdir();
    CU_ASSERT_PTR_NOT_NULL_FATAL(dir);
    char cwd[4096];
    CU_ASSERT_PTR_NOT_NULL_FATAL(getcwd(cwd, sizeof cwd));
    CU_ASSERT_EQUAL_FATAL(chdir(dir), 0);
    CU_ASSERT_EQUAL(tx_outfile_write("plain.html", "p", 1, 0644, &e), TX_OUTFILE_OK);
    char *ls = dir_listing(".");
    CU_ASSERT_STRING_EQUAL(ls, "plain.html");
    free(ls);
    CU_ASSERT_EQUAL(chdir(cwd), 0);
    remove_tree(dir);
    free(dir);
}

int tx_suite_outfile(void)
{
    static const CU_TestInfo tests[] = {
        {"a set written, modes", test_commit_set},
        {"stale targets removed", test_stale_removed},
        {"a directory target refused", test_directory_target_refused},
        {"link, FIFO, device targets refused", test_special_targets_refused},
        {"a staged set", test_staged_set},
        {"a killed run finished", test_killed_run_finished},
        {"create failure", test_create_failure},
        {"a failed commit restores", test_failed_commit_restores},
        CU_TEST_INFO_NULL,
    };
    return tx_add_suite("outfile", tests);
}

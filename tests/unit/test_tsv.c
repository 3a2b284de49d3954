/* test_tsv.c - the data-file loader: rows, columns, header rows and the
 * findings of a missing file or a bad row. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/tsv.h"
#include "units.h"

static char path[64];

/* Writes `text` to a fresh temporary file (its name in path[]). */
static int write_file(const char *text)
{
    snprintf(path, sizeof path, "/tmp/txbrl-tsv-XXXXXX");
    int fd = mkstemp(path);
    if (fd < 0)
        return -1;
    size_t n = strlen(text);
    int ok = write(fd, text, n) == (ssize_t)n;
    close(fd);
    return ok ? 0 : -1;
}

enum { COL_A, COL_B, COL_C };
static const tx_tsv_spec spec = {
    .columns = 2, .nonempty = 1u << COL_B, .header = "a", .shape = "a row needs a and b"};

static void test_rows(void)
{
    CU_ASSERT_EQUAL_FATAL(write_file("# comment\n"
                                     "a\tb\tc\n"          /* line 2: the header */
                                     "\n"
                                     "x\ty\r\n"           /* line 4: CRLF */
                                     "p\tq\tr\ts\n"       /* line 5 */
                                     "a\n"                /* line 6: a header again */
                                     "\tlast"),           /* line 7, no newline */
                          0);
    tx_report *rep = tx_report_new();
    tx_tsv t;
    CU_ASSERT_EQUAL_FATAL(tx_tsv_open(&t, path, &spec, rep), 0);
    CU_ASSERT_EQUAL(tx_tsv_next(&t), 1);
    CU_ASSERT_EQUAL(t.line, 4);
    CU_ASSERT_EQUAL(t.nfields, 2);
    CU_ASSERT_STRING_EQUAL(tx_tsv_field(&t, COL_A), "x");
    CU_ASSERT_STRING_EQUAL(tx_tsv_field(&t, COL_B), "y");
    CU_ASSERT_STRING_EQUAL(tx_tsv_field(&t, COL_C), "");   /* past the last column */
    CU_ASSERT_EQUAL(tx_tsv_next(&t), 1);
    CU_ASSERT_EQUAL(t.line, 5);
    CU_ASSERT_EQUAL(t.nfields, 4);
    CU_ASSERT_STRING_EQUAL(tx_tsv_field(&t, 3), "s");
    CU_ASSERT_EQUAL(tx_tsv_next(&t), 1);
    CU_ASSERT_EQUAL(t.line, 7);
    CU_ASSERT_STRING_EQUAL(tx_tsv_field(&t, COL_A), "");
    CU_ASSERT_STRING_EQUAL(tx_tsv_field(&t, COL_B), "last");
    CU_ASSERT_EQUAL(tx_tsv_next(&t), 0);
    CU_ASSERT_EQUAL(tx_report_size(rep), 0);
    tx_tsv_close(&t);
    tx_report_free(rep);
    unlink(path);
}

static void test_bad_rows(void)
{
    static const char *const files[] = {"x\ty\nshort\n", "x\ty\nz\t\n"};
    for (size_t i = 0; i < 2; i++) {
        CU_ASSERT_EQUAL_FATAL(write_file(files[i]), 0);
        tx_report *rep = tx_report_new();
        tx_tsv t;
        CU_ASSERT_EQUAL_FATAL(tx_tsv_open(&t, path, &spec, rep), 0);
        CU_ASSERT_EQUAL(tx_tsv_next(&t), 1);
        CU_ASSERT_EQUAL(tx_tsv_next(&t), -1);   /* too few columns; column b empty */
        CU_ASSERT_FALSE(t.oom);
        CU_ASSERT_EQUAL_FATAL(tx_report_size(rep), 1);
        CU_ASSERT_STRING_EQUAL(tx_report_code(rep, 0), "taxonomy.bad-row");
        CU_ASSERT_STRING_EQUAL(tx_report_file(rep, 0), path);
        CU_ASSERT_EQUAL(tx_report_line(rep, 0), 2);
        CU_ASSERT_STRING_EQUAL(tx_report_message(rep, 0), "a row needs a and b");
        tx_tsv_close(&t);
        tx_report_free(rep);
        unlink(path);
    }
    /* a row the loader rejects, with a file's own code */
    static const tx_tsv_spec own = {.columns = 1, .bad_code = "entities.bad-row"};
    CU_ASSERT_EQUAL_FATAL(write_file("one\ntwo\n"), 0);
    tx_report *rep = tx_report_new();
    tx_tsv t;
    CU_ASSERT_EQUAL_FATAL(tx_tsv_open(&t, path, &own, rep), 0);
    CU_ASSERT_EQUAL(tx_tsv_next(&t), 1);
    CU_ASSERT_EQUAL(tx_tsv_next(&t), 1);
    CU_ASSERT_EQUAL(tx_tsv_bad(&t, "<%s> is %d", tx_tsv_field(&t, 0), 2), -1);
    CU_ASSERT_EQUAL_FATAL(tx_report_size(rep), 1);
    CU_ASSERT_STRING_EQUAL(tx_report_code(rep, 0), "entities.bad-row");
    CU_ASSERT_EQUAL(tx_report_line(rep, 0), 2);
    CU_ASSERT_STRING_EQUAL(tx_report_message(rep, 0), "<two> is 2");
    tx_tsv_close(&t);
    tx_report_free(rep);
    unlink(path);
}

static void test_missing(void)
{
    static const tx_tsv_spec bare = {.columns = 1, .missing_bare = 1};
    static const tx_tsv_spec own = {.columns = 1, .missing_code = "read.open",
                                    .missing_text = "cannot read the entities file"};
    const tx_tsv_spec *specs[] = {&spec, &bare, &own};
    static const char *const want[][2] = {
        {"taxonomy.missing", "cannot read: No such file or directory"},
        {"taxonomy.missing", "cannot read"},
        {"read.open", "cannot read the entities file: No such file or directory"},
    };
    for (size_t i = 0; i < 3; i++) {
        tx_report *rep = tx_report_new();
        tx_tsv t;
        CU_ASSERT_EQUAL(tx_tsv_open(&t, "/nonexistent/x.tsv", specs[i], rep), -1);
        CU_ASSERT_EQUAL_FATAL(tx_report_size(rep), 1);
        CU_ASSERT_STRING_EQUAL(tx_report_file(rep, 0), "/nonexistent/x.tsv");
        CU_ASSERT_EQUAL(tx_report_line(rep, 0), 0);
        CU_ASSERT_STRING_EQUAL(tx_report_code(rep, 0), want[i][0]);
        CU_ASSERT_STRING_EQUAL(tx_report_message(rep, 0), want[i][1]);
        tx_report_free(rep);
    }
}

static void test_path(void)
{
    char *p = tx_tsv_path("/usr/share/txbrl", "taxonomy/src/concepts.tsv");
    CU_ASSERT_STRING_EQUAL(p, "/usr/share/txbrl/taxonomy/src/concepts.tsv");
    free(p);
}

int tx_suite_tsv(void)
{
    static const CU_TestInfo tests[] = {
        {"rows, comments, header rows, CRLF", test_rows},
        {"bad rows: the spec's finding, or the loader's", test_bad_rows},
        {"a file that cannot be read", test_missing},
        {"data file paths", test_path},
        CU_TEST_INFO_NULL,
    };
    return tx_add_suite("tsv", tests);
}

/* test_view.c - the public walk over an exhibit (tx_exhibit_table, _column,
 * _row, _cell), the statement a table is printed as, and conversion from
 * memory with the paths it wrote into a folder it created. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "txbrl.h"
#include "units.h"

/* A balance sheet in thousands: two instants, a heading, a nil marker and
 * a total (line numbers below are of this text, from 1). */
static const char sheet[] =
    "                          ACME CORPORATION\n"                         /* 1 */
    "                    CONSOLIDATED BALANCE SHEETS\n"                    /* 2 */
    "                          (In thousands)\n"                           /* 3 */
    "\n"                                                                   /* 4 */
    "                                          December 31,\n"             /* 5 */
    "                                       2003          2002\n"          /* 6 */
    "                                     --------      --------\n"       /* 7 */
    "Current assets:\n"                                                    /* 8 */
    "  Cash and cash equivalents          $  1,250      $    900\n"       /* 9 */
    "  Accounts receivable                     500            --\n"       /* 10 */
    "                                     --------      --------\n"       /* 11 */
    "    Total current assets                1,750           900\n"       /* 12 */
    "Property and equipment                    250           300\n"       /* 13 */
    "                                     --------      --------\n"       /* 14 */
    "    Total assets                     $  2,000      $  1,200\n"       /* 15 */
    "                                     ========      ========\n";      /* 16 */

static size_t find_row(const tx_exhibit *ex, const char *label)
{
    tx_table_view tv;
    if (tx_exhibit_table(ex, 0, &tv) != TX_OK)
        return (size_t)-1;
    for (size_t r = 0; r < tv.nrows; r++) {
        tx_row_view rv;
        if (tx_exhibit_row(ex, 0, r, &rv) == TX_OK && strcmp(rv.label, label) == 0)
            return r;
    }
    return (size_t)-1;
}

static void test_walk(void)
{
    tx_report *rep = tx_report_new();
    tx_exhibit *ex = NULL;
    CU_ASSERT_EQUAL_FATAL(tx_exhibit_read_buffer("acme.txt", sheet, strlen(sheet), rep, &ex),
                          TX_OK);
    CU_ASSERT_EQUAL_FATAL(tx_exhibit_table_count(ex), 1);
    tx_table_view tv;
    CU_ASSERT_EQUAL_FATAL(tx_exhibit_table(ex, 0, &tv), TX_OK);
    CU_ASSERT_STRING_EQUAL(tv.title, "CONSOLIDATED BALANCE SHEETS");
    CU_ASSERT_STRING_EQUAL(tv.entity, "ACME CORPORATION");
    CU_ASSERT_EQUAL(tv.scale_money, 3);
    CU_ASSERT_EQUAL(tv.parent, -1);
    CU_ASSERT_EQUAL(tv.line, 1);
    CU_ASSERT_EQUAL(tv.last_line, 16);   /* the closing double rule */
    CU_ASSERT_EQUAL_FATAL(tv.ncolumns, 2);

    tx_column_view cv;
    CU_ASSERT_EQUAL(tx_exhibit_column(ex, 0, 0, &cv), TX_OK);
    CU_ASSERT_STRING_EQUAL(cv.start, "");
    CU_ASSERT_STRING_EQUAL(cv.end, "2003-12-31");
    CU_ASSERT_PTR_NULL(cv.no_period);
    CU_ASSERT_EQUAL(tx_exhibit_column(ex, 0, 1, &cv), TX_OK);
    CU_ASSERT_STRING_EQUAL(cv.end, "2002-12-31");
    CU_ASSERT_EQUAL(tx_exhibit_column(ex, 0, 2, &cv), TX_EUSAGE);

    size_t heading = find_row(ex, "Current assets:");
    if (heading == (size_t)-1)
        heading = find_row(ex, "Current assets");
    CU_ASSERT_FATAL(heading != (size_t)-1);
    tx_row_view rv;
    CU_ASSERT_EQUAL(tx_exhibit_row(ex, 0, heading, &rv), TX_OK);
    CU_ASSERT_STRING_EQUAL(rv.kind, "heading");
    CU_ASSERT_EQUAL(rv.line, 8);
    CU_ASSERT_EQUAL(rv.ncells, 0);
    tx_cell_view cell;
    CU_ASSERT_EQUAL(tx_exhibit_cell(ex, 0, heading, 0, &cell), TX_EUSAGE);

    size_t cash = find_row(ex, "Cash and cash equivalents");
    CU_ASSERT_FATAL(cash != (size_t)-1);
    CU_ASSERT_EQUAL(tx_exhibit_row(ex, 0, cash, &rv), TX_OK);
    CU_ASSERT_STRING_EQUAL(rv.kind, "item");
    CU_ASSERT_STRING_EQUAL(rv.values, "money");
    CU_ASSERT_EQUAL(rv.values_line, 9);
    CU_ASSERT_EQUAL(rv.ncells, 2);
    CU_ASSERT_EQUAL(tx_exhibit_cell(ex, 0, cash, 0, &cell), TX_OK);
    CU_ASSERT_STRING_EQUAL(cell.value, "1250000");
    CU_ASSERT_PTR_NOT_NULL(strstr(cell.printed, "1,250"));
    CU_ASSERT_EQUAL(cell.nil + cell.empty + cell.percent, 0);
    CU_ASSERT_EQUAL(tx_exhibit_cell(ex, 0, cash, 1, &cell), TX_OK);
    CU_ASSERT_STRING_EQUAL(cell.value, "900000");

    size_t recv = find_row(ex, "Accounts receivable");
    CU_ASSERT_FATAL(recv != (size_t)-1);
    CU_ASSERT_EQUAL(tx_exhibit_cell(ex, 0, recv, 1, &cell), TX_OK);
    CU_ASSERT_EQUAL(cell.nil, 1);
    CU_ASSERT_STRING_EQUAL(cell.value, "");

    /* out of range and NULL arguments */
    CU_ASSERT_EQUAL(tx_exhibit_table(ex, 1, &tv), TX_EUSAGE);
    CU_ASSERT_EQUAL(tx_exhibit_table(NULL, 0, &tv), TX_EUSAGE);
    CU_ASSERT_EQUAL(tx_exhibit_row(ex, 0, tv.nrows + 100, &rv), TX_EUSAGE);
    CU_ASSERT_EQUAL(tx_exhibit_cell(ex, 0, cash, 2, &cell), TX_EUSAGE);
    CU_ASSERT_EQUAL(tx_exhibit_row(ex, 0, 0, NULL), TX_EUSAGE);
    tx_exhibit_free(ex);
    tx_report_free(rep);
}

static int is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static int ends_with(const char *s, const char *tail)
{
    size_t n = strlen(s), m = strlen(tail);
    return n >= m && strcmp(s + n - m, tail) == 0;
}

/* Converted from memory into a folder that does not exist yet: the
 * converter creates it and says which files it wrote. */
static void test_convert_buffer(void)
{
    char tmp[] = "/tmp/txbrl-view-XXXXXX";
    CU_ASSERT_PTR_NOT_NULL_FATAL(mkdtemp(tmp));
    char outdir[64];
    snprintf(outdir, sizeof outdir, "%s/a/b", tmp);
    tx_report *rep = tx_report_new();
    tx_converter *conv = NULL;
    CU_ASSERT_EQUAL_FATAL(tx_converter_new(tx_test_srcdir(), NULL, rep, &conv), TX_OK);
    CU_ASSERT_EQUAL(tx_converter_set_cik(conv, "1234"), TX_OK);

    tx_exhibit *ex = NULL;
    CU_ASSERT_EQUAL_FATAL(tx_exhibit_read_buffer("acme.txt", sheet, strlen(sheet), rep, &ex),
                          TX_OK);
    const char *basis = NULL;
    CU_ASSERT_STRING_EQUAL(tx_converter_statement(conv, ex, 0, &basis), "balance");
    CU_ASSERT_STRING_EQUAL(basis, "gaap");
    CU_ASSERT_PTR_NULL(tx_converter_statement(conv, ex, 1, NULL));
    tx_exhibit_free(ex);

    CU_ASSERT_EQUAL(tx_converter_output_count(conv), 0);
    CU_ASSERT_EQUAL(tx_converter_convert_buffer(conv, "q3/acme.txt", sheet, strlen(sheet),
                                                outdir, rep), TX_OK);
    size_t n = tx_converter_output_count(conv);
    CU_ASSERT_FATAL(n >= 2);
    char want[128];
    snprintf(want, sizeof want, "%s/acme.xml", outdir);
    CU_ASSERT_STRING_EQUAL(tx_converter_output(conv, 0), want);
    CU_ASSERT(ends_with(tx_converter_output(conv, n - 1), "/acme.html"));
    for (size_t i = 0; i < n; i++)
        CU_ASSERT(is_file(tx_converter_output(conv, i)));
    CU_ASSERT_PTR_NULL(tx_converter_output(conv, n));
    CU_ASSERT_EQUAL(tx_converter_convert_buffer(conv, NULL, sheet, 1, outdir, rep), TX_EUSAGE);

    /* a conversion that writes nothing leaves no paths */
    CU_ASSERT_EQUAL(tx_converter_convert_buffer(conv, "empty.txt", "no tables\n", 10, outdir,
                                                rep), TX_EINPUT);
    CU_ASSERT_EQUAL(tx_converter_output_count(conv), 0);

    /* a folder that cannot be made: write.io */
    char file[96];
    snprintf(file, sizeof file, "%s/plain", tmp);
    FILE *f = fopen(file, "w");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    fclose(f);
    snprintf(outdir, sizeof outdir, "%s/plain/sub", tmp);
    size_t before = tx_report_size(rep);
    CU_ASSERT_EQUAL(tx_converter_convert_buffer(conv, "acme.txt", sheet, strlen(sheet), outdir,
                                                rep), TX_EIO);
    int found = 0;
    for (size_t i = before; i < tx_report_size(rep); i++)
        found |= strcmp(tx_report_code(rep, i), "write.io") == 0;
    CU_ASSERT(found);
    tx_converter_free(conv);
    tx_report_free(rep);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmp);
    CU_ASSERT_EQUAL(system(cmd), 0);
}

int tx_suite_view(void)
{
    static const CU_TestInfo tests[] = {
        {"tables, columns, rows and cells", test_walk},
        {"convert from memory, paths written", test_convert_buffer},
        CU_TEST_INFO_NULL,
    };
    return tx_add_suite("view", tests);
}

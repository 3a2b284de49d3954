/* test_body.c - rows: wrapped labels, headings, totals, kinds and scaling. */
#include <string.h>

#include "read/body.h"
#include "read/model.h"
#include "units.h"

static tx_exhibit *ex;
static tx_report *rep;

static tx_table *read_table(const char *s)
{
    tx_exhibit_free(ex);
    tx_report_free(rep);
    ex = NULL;
    rep = tx_report_new();
    tx_status st = tx_exhibit_read_buffer("b.txt", s, strlen(s), rep, &ex);
    CU_ASSERT_EQUAL(st, TX_OK);
    return ex && ex->ntables ? &ex->tables[0] : NULL;
}

/* The n-th row that carries values. */
static const tx_row *item(const tx_table *t, size_t n)
{
    for (size_t i = 0; i < t->nrows; i++)
        if (t->rows[i].kind == TX_ROW_ITEM && n-- == 0)
            return &t->rows[i];
    return NULL;
}

static const char *cell(const tx_row *r, size_t c)
{
    static char buf[64];
    if (r->cells[c].state == TX_CELL_NIL)
        return "nil";
    if (r->cells[c].state == TX_CELL_EMPTY)
        return "";
    tx_decimal_format(r->cells[c].value, buf, sizeof buf);
    return buf;
}

#define HEAD                                                              \
    "                             ACME CORP.\n"                           \
    "                 CONDENSED STATEMENTS OF CASH FLOWS\n"               \
    "                (in thousands, except per share amounts)\n"          \
    "\n"                                                                  \
    "                                                  Nine months ended\n" \
    "                                                    September 30,\n" \
    "                                                 ------------------\n" \
    "                                                   2003      2002\n"  \
    "                                                 --------  --------\n"

/* Both ways of wrapping, from seed 000's cash flow statement. */
static void test_wrapped_labels(void)
{
    tx_table *t = read_table(HEAD
        "OPERATING ACTIVITIES:\n"
        "Net income (loss)                                $ 24,466  $(128,102)\n"
        "  Amortization of purchased intangibles, deferred\n"
        "   stock compensation, debt costs and other\n"
        "   non-cash transactions                            23,597    25,735\n"
        "  Gain on retirement of convertible subordinated   (14,108)  (62,855)\n"
        "   notes\n"
        "  Changes in operating assets and liabilities:\n"
        "   Accounts receivable, net                         29,975    40,563\n"
        "                                                 --------  --------\n"
        "    Net cash provided by (used in) operating\n"
        "      activities                                   115,609    (3,866)\n");
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    const tx_row *r = item(t, 1);
    CU_ASSERT_STRING_EQUAL(r->label, "Amortization of purchased intangibles, deferred stock "
                                     "compensation, debt costs and other non-cash transactions");
    CU_ASSERT_EQUAL(r->src_first, 12);
    CU_ASSERT_EQUAL(r->src_values, 14);
    r = item(t, 2);
    CU_ASSERT_STRING_EQUAL(r->label, "Gain on retirement of convertible subordinated notes");
    CU_ASSERT_EQUAL(r->src_values, 15);
    CU_ASSERT_EQUAL(r->src_last, 16);
    CU_ASSERT_STRING_EQUAL(cell(r, 0), "-14108000");
    r = item(t, 3);
    CU_ASSERT_STRING_EQUAL(r->path, "OPERATING ACTIVITIES: > Changes in operating assets and liabilities:");
    r = item(t, 4);
    CU_ASSERT_STRING_EQUAL(r->label, "Net cash provided by (used in) operating activities");
    CU_ASSERT_EQUAL(r->rule_above, 1);
    CU_ASSERT_TRUE(r->total);
    /* the total repeats "operating activities": it closes that section */
    CU_ASSERT_STRING_EQUAL(r->path, "OPERATING ACTIVITIES:");
    CU_ASSERT_STRING_EQUAL(cell(r, 1), "-3866000");
}

static void test_headings_and_totals(void)
{
    tx_table *t = read_table(HEAD
        "                       ASSETS\n"
        "Current assets:\n"
        "  Cash and cash equivalents                      $ 457,510  $ 194,435\n"
        "                                                 --------  --------\n"
        "   Total current assets                            839,588   680,929\n"
        "Goodwill                                           983,397   987,661\n"
        "Commitments and contingencies\n"
        "Stockholders' equity:\n"
        "  Deferred stock compensation                       (1,849)  (11,113)\n");
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_EQUAL(t->rows[0].kind, TX_ROW_HEADING);
    CU_ASSERT_STRING_EQUAL(t->rows[0].label, "ASSETS");
    CU_ASSERT_STRING_EQUAL(item(t, 0)->path, "ASSETS > Current assets:");
    CU_ASSERT_EQUAL(item(t, 0)->level, 2);
    CU_ASSERT_STRING_EQUAL(item(t, 1)->path, "ASSETS > Current assets:");
    CU_ASSERT_TRUE(item(t, 1)->total);
    CU_ASSERT_STRING_EQUAL(item(t, 2)->path, "ASSETS");
    int captions = 0;
    for (size_t i = 0; i < t->nrows; i++)
        if (t->rows[i].kind == TX_ROW_CAPTION) {
            captions++;
            CU_ASSERT_STRING_EQUAL(t->rows[i].label, "Commitments and contingencies");
        }
    CU_ASSERT_EQUAL(captions, 1);
    CU_ASSERT_STRING_EQUAL(item(t, 3)->path, "ASSETS > Stockholders' equity:");
    CU_ASSERT_STRING_EQUAL(cell(item(t, 3), 0), "-1849000");
}

/* "(in thousands, except per share amounts)": per-share as printed, share
 * counts in thousands. */
static void test_kinds_and_scaling(void)
{
    tx_table *t = read_table(HEAD
        "Net income (loss) per share:\n"
        "     Basic                                       $    0.02  $   (0.24)\n"
        "                                                 ========  ========\n"
        "     Diluted                                     $    0.02  $   (0.24)\n"
        "Shares used in computing net income (loss)\n"
        "  per share:\n"
        "     Basic                                         384,795   369,944\n");
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_EQUAL(item(t, 0)->vkind, TX_VK_PER_SHARE);
    CU_ASSERT_STRING_EQUAL(cell(item(t, 0), 1), "-0.24");
    CU_ASSERT_EQUAL(item(t, 1)->rule_above, 2);
    CU_ASSERT_FALSE(item(t, 1)->total);
    CU_ASSERT_STRING_EQUAL(item(t, 1)->path, "Net income (loss) per share:");
    CU_ASSERT_EQUAL(item(t, 2)->vkind, TX_VK_SHARES);
    CU_ASSERT_STRING_EQUAL(item(t, 2)->path, "Shares used in computing net income (loss) per share:");
    CU_ASSERT_STRING_EQUAL(cell(item(t, 2), 0), "384795000");
}

static void test_share_counts_excepted(void)
{
    const char *s =
        "                             ACME CORP.\n"
        "                       STATEMENT OF OPERATIONS\n"
        "          (in millions, except share and per share amounts)\n"
        "\n"
        "                                                  Years ended June 30,\n"
        "                                                   2003      2002\n"
        "                                                 --------  --------\n"
        "Net income                                           1.5        12\n"
        "Weighted average shares outstanding              384,795   369,944\n";
    tx_table *t = read_table(s);
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_STRING_EQUAL(cell(item(t, 0), 0), "1500000");
    CU_ASSERT_STRING_EQUAL(cell(item(t, 1), 0), "384795");
}

static void test_value_kind_of(void)
{
    CU_ASSERT_EQUAL(tx_value_kind_of("Basic", "Net income per share:"), TX_VK_PER_SHARE);
    CU_ASSERT_EQUAL(tx_value_kind_of("Basic", "Shares used in computing net income per share:"),
                    TX_VK_SHARES);
    CU_ASSERT_EQUAL(tx_value_kind_of("Diluted EPS", ""), TX_VK_PER_SHARE);
    CU_ASSERT_EQUAL(tx_value_kind_of("Depreciation", "OPERATING ACTIVITIES: > Adjustments:"),
                    TX_VK_MONEY);
    CU_ASSERT_EQUAL(tx_value_kind_of("Common stock issued", ""), TX_VK_MONEY);
}

static void test_cleanup(void)
{
    tx_exhibit_free(ex);
    tx_report_free(rep);
    ex = NULL;
    rep = NULL;
    CU_PASS("freed");
}

int tx_suite_body(void)
{
    static const CU_TestInfo tests[] = {
        {"wrapped labels both ways", test_wrapped_labels},
        {"headings, totals, captions", test_headings_and_totals},
        {"kinds and scaling", test_kinds_and_scaling},
        {"share counts excepted from scale", test_share_counts_excepted},
        {"value kind of label and path", test_value_kind_of},
        {"cleanup", test_cleanup},
        CU_TEST_INFO_NULL,
    };
    return tx_add_suite("body", tests);
}

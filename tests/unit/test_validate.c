/* test_validate.c - the validator's calculation arithmetic: exact decimals,
 * rounding (half even), inferred decimals, Calculations 1.1 intervals and
 * XBRL 2.1 rounding. */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <CUnit/CUnit.h>

#include "units.h"
#include "xbrl/lexical.h"
#include "xbrl/vnum.h"

static tx_vnum N(const char *s) { return tx_vnum_parse(s); }

static void check_text(tx_vnum v, const char *want)
{
    char buf[64];
    tx_vnum_format(v, buf, sizeof buf);
    CU_ASSERT_STRING_EQUAL(buf, want);
}

static void test_parse_format(void)
{
    check_text(N(" +0012.3400 "), "12.34");
    check_text(N("-128102000"), "-128102000");
    check_text(N("1.5E3"), "1500");
    CU_ASSERT_FALSE(N("abc").ok);
    CU_ASSERT_FALSE(N("").ok);
}

static void test_round_half_even(void)
{
    check_text(tx_vnum_round(N("-26.5"), 0), "-26");
    check_text(tx_vnum_round(N("2.5"), 0), "2");
    check_text(tx_vnum_round(N("3.5"), 0), "4");
    check_text(tx_vnum_round(N("1234567"), -3), "1235000");
    check_text(tx_vnum_round(N("0.02"), 2), "0.02");
    check_text(tx_vnum_round(N("5"), INT_MAX), "5");
}

static void test_infer_decimals(void)
{
    CU_ASSERT_EQUAL(tx_infer_decimals(N("123"), 2), -1);
    CU_ASSERT_EQUAL(tx_infer_decimals(N("0.0123"), 2), 3);
    CU_ASSERT_EQUAL(tx_infer_decimals(N("5"), INT_MAX), INT_MAX);
    CU_ASSERT_EQUAL(tx_infer_decimals(N("5"), 0), INT_MIN);
}

static void test_calc11(void)
{
    /* a rounded press-release table: 1,000 + 2,000 (thousands) vs 3,001 */
    tx_vnum vals[2] = {N("1000400"), N("2000400")};
    int decs[2] = {-3, -3};
    tx_vnum w[2] = {N("1"), N("1")};
    tx_vnum computed;
    CU_ASSERT_TRUE(tx_calc11_consistent(N("3001000"), -3, 2, vals, decs, w, &computed));
    check_text(computed, "3000800");
    CU_ASSERT_FALSE(tx_calc11_consistent(N("3003000"), -3, 2, vals, decs, w, &computed));
    tx_vnum ww[2] = {N("1"), N("-1")};
    CU_ASSERT_TRUE(tx_calc11_consistent(N("-1000000"), -3, 2, vals, decs, ww, &computed));
}

static void test_calc21(void)
{
    tx_vnum vals[2] = {N("0.5"), N("0.5")};
    int decs[2] = {0, 0};
    tx_vnum w[2] = {N("1"), N("1")};
    tx_vnum computed;
    /* 0.5 and 0.5 round (half even) to 0 each: 0 != 1 */
    CU_ASSERT_FALSE(tx_calc21_consistent(N("1"), INT_MAX, 2, vals, decs, w, &computed));
    int zero[2] = {INT_MIN, INT_MIN};
    CU_ASSERT_FALSE(tx_calc21_consistent(N("1"), 0, 2, vals, zero, w, &computed));
    tx_vnum v2[2] = {N("1200"), N("2000")};
    int d2[2] = {-2, -3};
    CU_ASSERT_TRUE(tx_calc21_consistent(N("3200"), -2, 2, v2, d2, w, &computed));
}

static void test_lex_equal(void)
{
    CU_ASSERT_TRUE(tx_lex_equal("abc", "abc"));
    CU_ASSERT_FALSE(tx_lex_equal("abc", "abd"));
    CU_ASSERT_TRUE(tx_lex_equal("0001.234", "1.234"));
    CU_ASSERT_TRUE(tx_lex_equal("123456E-3", "123.456"));
    CU_ASSERT_TRUE(tx_lex_equal("1", "true"));
    CU_ASSERT_TRUE(tx_lex_equal("false", "0"));
    CU_ASSERT_FALSE(tx_lex_equal("true", "0"));
    CU_ASSERT_FALSE(tx_lex_equal("NaN", "NaN"));
}

/* Dates and zones as XBRL writes them; a one-digit zone hour ("+1:00",
 * one byte shorter than "+01:00") is refused without reading past its end
 * (the string is copied to the end of a heap block, where ASan or valgrind
 * would catch the over-read). */
static void test_lex_seconds(void)
{
    int64_t a = 0, b = 0;
    CU_ASSERT_EQUAL(tx_lex_seconds("2003-09-30", 0, &a), 0);
    CU_ASSERT_EQUAL(tx_lex_seconds("2003-09-30T00:00:00Z", 0, &b), 0);
    CU_ASSERT_EQUAL(a, b);
    CU_ASSERT_EQUAL(tx_lex_seconds("2003-09-30T01:00:00+01:00", 0, &b), 0);
    CU_ASSERT_EQUAL(a, b);
    CU_ASSERT_EQUAL(tx_lex_seconds("2003-09-30", 1, &b), 0);
    CU_ASSERT_EQUAL(b - a, 86400);
    static const char *const bad[] = {
        "2003-09-30+1:00", "2003-09-30-1:00", "2003-09-30+01:0", "2003-09-30+", "2003-09-30+01",
        "2003-09-30T1:00:00", "2003-09-30T01:00", "2003-09-30T01:00:0", "2003-09-30+15:00",
        "2003-09-30+01:60", "2003-09-30T01:00:00+1:00", NULL,
    };
    for (size_t i = 0; bad[i]; i++) {
        size_t n = strlen(bad[i]) + 1;
        char *copy = malloc(n);
        CU_ASSERT_PTR_NOT_NULL_FATAL(copy);
        memcpy(copy, bad[i], n);
        CU_ASSERT_EQUAL(tx_lex_seconds(copy, 0, &b), -1);
        free(copy);
    }
}

int tx_suite_validate(void)
{
    static const CU_TestInfo tests[] = {
        {"vnum parse/format", test_parse_format},
        {"round half even", test_round_half_even},
        {"inferred decimals", test_infer_decimals},
        {"calculations 1.1 intervals", test_calc11},
        {"XBRL 2.1 calculation rounding", test_calc21},
        {"typed lexical equality (s-equal, arc equivalence)", test_lex_equal},
        {"date and zone lexical forms, no over-read", test_lex_seconds},
        CU_TEST_INFO_NULL,
    };
    return tx_add_suite("validate", tests);
}

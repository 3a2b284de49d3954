/* test_validate.c - the validator's calculation arithmetic on tx_decimal:
 * Calculations 1.1 intervals, XBRL 2.1 rounding, sums of 42 digits, the
 * limits, and the typed lexical equality of s-equal comparisons.  The type
 * itself is tested in test_decimal.c. */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <CUnit/CUnit.h>

#include "units.h"
#include "validate/calcmath.h"
#include "xbrl/lexical.h"

static tx_decimal N(const char *s)
{
    tx_decimal d;
    CU_ASSERT_EQUAL(tx_decimal_parse_xsd(s, strlen(s), &d), 0);
    return d;
}

/* The canonical text of a computed sum, as the validator prints it. */
static void check_text(tx_decimal v, const char *want)
{
    char buf[256];
    tx_decimal_format(tx_decimal_trim(v), buf, sizeof buf);
    CU_ASSERT_STRING_EQUAL(buf, want);
}

static void test_calc11(void)
{
    /* a rounded press-release table: 1,000 + 2,000 (thousands) vs 3,001 */
    tx_decimal vals[2] = {N("1000400"), N("2000400")};
    int decs[2] = {-3, -3};
    tx_decimal w[2] = {N("1"), N("1")};
    tx_decimal computed;
    CU_ASSERT_EQUAL(tx_calc11_consistent(N("3001000"), -3, 2, vals, decs, w, &computed),
                    TX_CALC_CONSISTENT);
    check_text(computed, "3000800");
    CU_ASSERT_EQUAL(tx_calc11_consistent(N("3003000"), -3, 2, vals, decs, w, &computed),
                    TX_CALC_INCONSISTENT);
    tx_decimal ww[2] = {N("1"), N("-1")};
    CU_ASSERT_EQUAL(tx_calc11_consistent(N("-1000000"), -3, 2, vals, decs, ww, &computed),
                    TX_CALC_CONSISTENT);
    /* weights other than 1: 0.5 * 3.0 + 2 * 1.25 = 4 */
    tx_decimal v2[2] = {N("3.0"), N("1.25")};
    int d2[2] = {INT_MAX, INT_MAX};
    tx_decimal w2[2] = {N("0.5"), N("2")};
    CU_ASSERT_EQUAL(tx_calc11_consistent(N("4"), INT_MAX, 2, v2, d2, w2, &computed),
                    TX_CALC_CONSISTENT);
    check_text(computed, "4");
    /* precision 0 stands for no number: inconsistent, the sum still shown */
    int p0[2] = {-3, INT_MIN};
    CU_ASSERT_EQUAL(tx_calc11_consistent(N("3001000"), -3, 2, vals, p0, w, &computed),
                    TX_CALC_INCONSISTENT);
    check_text(computed, "3000800");
}

/* Calculations 1.1: intervals meet at their bounds (bounds included). */
static void test_calc11_bounds(void)
{
    tx_decimal vals[2] = {N("1"), N("1")};
    int decs[2] = {0, 0};
    tx_decimal w[2] = {N("1"), N("1")};
    tx_decimal computed;
    /* 1 + 1 at decimals 0 is [1, 3]: 3 [2.5, 3.5] meets it, 1 [0.5, 1.5]
     * meets it at 1, 4 [3.5, 4.5] does not */
    CU_ASSERT_EQUAL(tx_calc11_consistent(N("3"), 0, 2, vals, decs, w, &computed),
                    TX_CALC_CONSISTENT);
    CU_ASSERT_EQUAL(tx_calc11_consistent(N("1"), 0, 2, vals, decs, w, &computed),
                    TX_CALC_CONSISTENT);
    CU_ASSERT_EQUAL(tx_calc11_consistent(N("4"), 0, 2, vals, decs, w, &computed),
                    TX_CALC_INCONSISTENT);
    /* 0.5 is exactly the bound of 1 at decimals 0 */
    tx_decimal one[1] = {N("1")};
    int d0[1] = {0};
    CU_ASSERT_EQUAL(tx_calc11_consistent(N("0.5"), INT_MAX, 1, one, d0, w, &computed),
                    TX_CALC_CONSISTENT);
    CU_ASSERT_EQUAL(tx_calc11_consistent(N("0.49"), INT_MAX, 1, one, d0, w, &computed),
                    TX_CALC_INCONSISTENT);
}

/* Calculations 1.1: a value with more digits than its decimals allow. */
static void test_calc11_excess(void)
{
    CU_ASSERT_EQUAL(tx_calc11_excess_digits(N("0.01"), 0), 1);
    CU_ASSERT_EQUAL(tx_calc11_excess_digits(N("1234"), -2), 1);
    CU_ASSERT_EQUAL(tx_calc11_excess_digits(N("-27.5"), 0), 1);
    CU_ASSERT_EQUAL(tx_calc11_excess_digits(N("1200"), -2), 0);
    CU_ASSERT_EQUAL(tx_calc11_excess_digits(N("1.50"), 1), 0);    /* a zero is no digit */
    CU_ASSERT_EQUAL(tx_calc11_excess_digits(N("457510000"), -3), 0);
    CU_ASSERT_EQUAL(tx_calc11_excess_digits(N("0.333"), INT_MAX), 0);   /* INF */
    CU_ASSERT_EQUAL(tx_calc11_excess_digits(N("0.5"), INT_MIN), 0);     /* precision 0 */
}

/* Calculations 1.1: sets of duplicates reduced to the fact a calculation
 * uses. */
static void test_calc11_duplicates(void)
{
    size_t best = 99;
    /* consistent after rounding: the most precise, whichever comes first */
    tx_decimal a[2] = {N("457510000"), N("458000000")};
    int da[2] = {-3, -6};
    CU_ASSERT_EQUAL(tx_calc11_duplicates(2, a, da, &best), TX_DUP_CONSISTENT);
    CU_ASSERT_EQUAL(best, 0);
    tx_decimal b[2] = {N("458000000"), N("457510000")};
    int db[2] = {-6, -3};
    CU_ASSERT_EQUAL(tx_calc11_duplicates(2, b, db, &best), TX_DUP_CONSISTENT);
    CU_ASSERT_EQUAL(best, 1);
    /* complete duplicates are one fact */
    tx_decimal c[3] = {N("839588000"), N("839588000"), N("839588000")};
    int dc[3] = {-3, -3, -3};
    CU_ASSERT_EQUAL(tx_calc11_duplicates(3, c, dc, &best), TX_DUP_CONSISTENT);
    CU_ASSERT_EQUAL(best, 0);
    /* INF is the most precise of all */
    tx_decimal i[2] = {N("1000"), N("1000.4")};
    int di[2] = {0, INT_MAX};
    CU_ASSERT_EQUAL(tx_calc11_duplicates(2, i, di, &best), TX_DUP_CONSISTENT);
    CU_ASSERT_EQUAL(best, 1);
    /* equal decimals, different values: inconsistent, though 1 and 2 at
     * decimals 0 touch at 1.5 */
    tx_decimal e[2] = {N("1"), N("2")};
    int de[2] = {0, 0};
    CU_ASSERT_EQUAL(tx_calc11_duplicates(2, e, de, &best), TX_DUP_INCONSISTENT);
    /* 457000000 at -6 is [456500000, 457500000]: no number in common with
     * 457510000 at -3 */
    tx_decimal f[2] = {N("457510000"), N("457000000")};
    CU_ASSERT_EQUAL(tx_calc11_duplicates(2, f, da, &best), TX_DUP_INCONSISTENT);
    /* 1.4 and 1.6 (decimals 1) each meet 1 (decimals 0) but not each other */
    tx_decimal g[3] = {N("1.4"), N("1"), N("1.6")};
    int dg[3] = {1, 0, 1};
    CU_ASSERT_EQUAL(tx_calc11_duplicates(3, g, dg, &best), TX_DUP_INCONSISTENT);
    /* excess digits and precision 0 come first */
    tx_decimal h[2] = {N("5"), N("0.01")};
    int dh[2] = {0, 0};
    CU_ASSERT_EQUAL(tx_calc11_duplicates(2, h, dh, &best), TX_DUP_EXCESS);
    CU_ASSERT_EQUAL(best, 1);
    int dp[2] = {INT_MIN, 0};
    CU_ASSERT_EQUAL(tx_calc11_duplicates(2, e, dp, &best), TX_DUP_NO_VALUE);
    CU_ASSERT_EQUAL(best, 0);
}

static void test_calc21(void)
{
    tx_decimal vals[2] = {N("0.5"), N("0.5")};
    int decs[2] = {0, 0};
    tx_decimal w[2] = {N("1"), N("1")};
    tx_decimal computed;
    /* 0.5 and 0.5 round (half even) to 0 each: 0 != 1 */
    CU_ASSERT_EQUAL(tx_calc21_consistent(N("1"), INT_MAX, 2, vals, decs, w, &computed),
                    TX_CALC_INCONSISTENT);
    check_text(computed, "0");
    int zero[2] = {INT_MIN, INT_MIN};
    CU_ASSERT_EQUAL(tx_calc21_consistent(N("1"), 0, 2, vals, zero, w, &computed),
                    TX_CALC_INCONSISTENT);
    CU_ASSERT_FALSE(tx_decimal_ok(computed));
    tx_decimal v2[2] = {N("1200"), N("2000")};
    int d2[2] = {-2, -3};
    CU_ASSERT_EQUAL(tx_calc21_consistent(N("3200"), -2, 2, v2, d2, w, &computed),
                    TX_CALC_CONSISTENT);
    check_text(computed, "3200");
}

/* The sums that printed "computed NaN" with a 128-bit coefficient. */
static void test_calc_42_digits(void)
{
    tx_decimal vals[2] = {N("123456789012345678901234567890123456789012"),
                          N("987654321098765432109876543210987654321098")};
    int decs[2] = {0, 0};
    tx_decimal w[2] = {N("1"), N("1")};
    tx_decimal computed;
    const char *sum = "1111111110111111111011111111101111111110110";
    CU_ASSERT_EQUAL(tx_calc11_consistent(N(sum), 0, 2, vals, decs, w, &computed),
                    TX_CALC_CONSISTENT);
    check_text(computed, sum);
    CU_ASSERT_EQUAL(tx_calc21_consistent(N(sum), 0, 2, vals, decs, w, &computed),
                    TX_CALC_CONSISTENT);
    check_text(computed, sum);
    /* off by one in the last digit: inconsistent, with the exact sum (1.1:
     * exact values, for rounded ones the intervals would meet) */
    int inf[2] = {INT_MAX, INT_MAX};
    CU_ASSERT_EQUAL(tx_calc11_consistent(N("1111111110111111111011111111101111111110111"),
                                         INT_MAX, 2, vals, inf, w, &computed),
                    TX_CALC_INCONSISTENT);
    check_text(computed, sum);
    CU_ASSERT_EQUAL(tx_calc21_consistent(N("1111111110111111111011111111101111111110111"), 0, 2,
                                         vals, decs, w, &computed),
                    TX_CALC_INCONSISTENT);
    check_text(computed, sum);
    /* a difference, and rounding at -20 */
    tx_decimal ww[2] = {N("1"), N("-1")};
    CU_ASSERT_EQUAL(tx_calc21_consistent(N("-864197532086419753208600000000000000000000"), -20,
                                         2, vals, decs, ww, &computed),
                    TX_CALC_CONSISTENT);
    check_text(computed, "-864197532086419753208641975320864197532086");
}

static void test_calc_limit(void)
{
    /* 10^200 + 1 needs 201 digits: not checked rather than wrong */
    tx_decimal vals[2] = {N("1E200"), N("1")};
    int decs[2] = {INT_MAX, INT_MAX};
    tx_decimal w[2] = {N("1"), N("1")};
    tx_decimal computed;
    CU_ASSERT_EQUAL(tx_calc11_consistent(N("1E200"), INT_MAX, 2, vals, decs, w, &computed),
                    TX_CALC_LIMIT);
    CU_ASSERT_FALSE(tx_decimal_ok(computed));
    CU_ASSERT_EQUAL(tx_calc21_consistent(N("1E200"), INT_MAX, 2, vals, decs, w, &computed),
                    TX_CALC_LIMIT);
    /* rounded to -200 first, 2.1 can check it */
    int d200[2] = {-200, -200};
    CU_ASSERT_EQUAL(tx_calc21_consistent(N("1E200"), -200, 2, vals, d200, w, &computed),
                    TX_CALC_CONSISTENT);
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
    /* 42 digits: equal, and one apart */
    CU_ASSERT_TRUE(tx_lex_equal("123456789012345678901234567890123456789012",
                                "1.23456789012345678901234567890123456789012E41"));
    CU_ASSERT_FALSE(tx_lex_equal("123456789012345678901234567890123456789012",
                                 "123456789012345678901234567890123456789013"));
    tx_decimal d;
    CU_ASSERT_EQUAL(tx_lex_number("true", &d), 0);
    CU_ASSERT_EQUAL(tx_decimal_cmp(d, tx_decimal_make(1, 0)), 0);
    CU_ASSERT_EQUAL(tx_lex_number("abc", &d), TX_DECIMAL_ESYNTAX);
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
        {"calculations 1.1 intervals", test_calc11},
        {"calculations 1.1 interval bounds", test_calc11_bounds},
        {"calculations 1.1 excess digits", test_calc11_excess},
        {"calculations 1.1 duplicates", test_calc11_duplicates},
        {"XBRL 2.1 calculation rounding", test_calc21},
        {"42-digit calculations", test_calc_42_digits},
        {"calculations beyond the limits", test_calc_limit},
        {"typed lexical equality (s-equal, arc equivalence)", test_lex_equal},
        {"date and zone lexical forms, no over-read", test_lex_seconds},
        CU_TEST_INFO_NULL,
    };
    return tx_add_suite("validate", tests);
}

/* test_decimal.c - exact decimals. */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "base/decimal.h"
#include "units.h"

/* ------------------------------------------------------------ helpers */

static void report(int ok, int line, const char *msg)
{
    CU_assertImplementation(ok ? CU_TRUE : CU_FALSE, (unsigned)line, msg, __FILE__, "", CU_FALSE);
}

static tx_decimal dec(int64_t coef, int exp)
{
    tx_decimal d = { coef, exp };
    return d;
}

/* tx_decimal_parse(s) must give coef/exp, or fail when rc is -1. */
#define PARSE(s, rc, coef, exp) check_parse(__LINE__, (s), (rc), (coef), (exp))
static void check_parse(int line, const char *s, int rc, int64_t coef, int exp)
{
    tx_decimal d = { 77, 77 };
    int r = tx_decimal_parse(s, strlen(s), &d);
    int ok = r == rc && (rc != 0 || (d.coef == coef && d.exp == exp));
    char msg[256];
    snprintf(msg, sizeof msg, "parse '%s': got rc=%d {%lld,%d}, want rc=%d {%lld,%d}",
             s, r, (long long)d.coef, d.exp, rc, (long long)coef, exp);
    report(ok, line, msg);
}

#define FORMAT(c, e, want) check_format(__LINE__, dec((c), (e)), (want))
static void check_format(int line, tx_decimal d, const char *want)
{
    char buf[128];
    int n = tx_decimal_format(d, buf, sizeof buf);
    int ok = strcmp(buf, want) == 0 && n == (int)strlen(want);
    char msg[400];
    snprintf(msg, sizeof msg, "format {%lld,%d}: got '%s' (%d), want '%s'",
             (long long)d.coef, d.exp, buf, n, want);
    report(ok, line, msg);
}

#define CMP(a, b, want) check_cmp(__LINE__, (a), (b), (want))
static void check_cmp(int line, tx_decimal a, tx_decimal b, int want)
{
    int r = tx_decimal_cmp(a, b), back = tx_decimal_cmp(b, a);
    int ok = r == want && back == -want;
    char msg[256];
    snprintf(msg, sizeof msg, "cmp {%lld,%d} {%lld,%d}: got %d/%d, want %d",
             (long long)a.coef, a.exp, (long long)b.coef, b.exp, r, back, want);
    report(ok, line, msg);
}

/* The exact sum as text, or "ERR" when tx_decimal_add fails. */
#define ADD(a, b, want) check_add(__LINE__, (a), (b), (want))
static void check_add(int line, tx_decimal a, tx_decimal b, const char *want)
{
    tx_decimal s = { 0, 0 };
    char got[128] = "ERR";
    if (tx_decimal_add(a, b, &s) == 0)
        tx_decimal_format(s, got, sizeof got);
    char msg[400];
    snprintf(msg, sizeof msg, "add {%lld,%d}+{%lld,%d}: got %s, want %s",
             (long long)a.coef, a.exp, (long long)b.coef, b.exp, got, want);
    report(strcmp(got, want) == 0, line, msg);
}

/* ------------------------------------------------------------ parse */

static void test_parse_plain(void)
{
    PARSE("0", 0, 0, 0);
    PARSE("7", 0, 7, 0);
    PARSE("1234", 0, 1234, 0);
    PARSE("1,234", 0, 1234, 0);
    PARSE("457,510", 0, 457510, 0);
    PARSE("1,234,567", 0, 1234567, 0);
    PARSE("12,852", 0, 12852, 0);
    PARSE("007", 0, 7, 0);
}

static void test_parse_fraction(void)
{
    PARSE(".99", 0, 99, -2);
    PARSE("0.02", 0, 2, -2);
    PARSE("0.24", 0, 24, -2);
    PARSE("12.50", 0, 1250, -2);
    PARSE("5.12", 0, 512, -2);
    PARSE("1,234.56", 0, 123456, -2);
    PARSE("0.0", 0, 0, -1);
    PARSE("106.2", 0, 1062, -1);
    PARSE("0.000000000000000000000000000001", 0, 1, -30);
}

static void test_parse_grouping(void)
{
    PARSE("12,34", -1, 0, 0);
    PARSE("1,2345", -1, 0, 0);
    PARSE("1234,567", -1, 0, 0);
    PARSE(",123", -1, 0, 0);
    PARSE("123,", -1, 0, 0);
    PARSE("1,,234", -1, 0, 0);
    PARSE("1,234,56", -1, 0, 0);
    PARSE("1.234,5", -1, 0, 0);
    PARSE("0,123", 0, 123, 0);          /* odd but well-formed groups */
}

static void test_parse_rejects(void)
{
    PARSE("", -1, 0, 0);
    PARSE(".", -1, 0, 0);
    PARSE("12.", -1, 0, 0);
    PARSE("1.2.3", -1, 0, 0);
    PARSE("-1", -1, 0, 0);
    PARSE("$1", -1, 0, 0);
    PARSE(" 1", -1, 0, 0);
    PARSE("1 ", -1, 0, 0);
    PARSE("1e5", -1, 0, 0);
    PARSE("(1)", -1, 0, 0);
    tx_decimal d;
    CU_ASSERT_EQUAL(tx_decimal_parse(NULL, 3, &d), -1);
    CU_ASSERT_EQUAL(tx_decimal_parse("1", 1, NULL), -1);
    /* only `len` bytes are read */
    CU_ASSERT_EQUAL(tx_decimal_parse("1234xyz", 4, &d), 0);
    CU_ASSERT_EQUAL(d.coef, 1234);
    CU_ASSERT_EQUAL(tx_decimal_parse("1,234,567", 5, &d), 0);
    CU_ASSERT_EQUAL(d.coef, 1234);
}

static void test_parse_digits_limit(void)
{
    PARSE("123456789012345678", 0, 123456789012345678LL, 0);           /* 18 digits */
    PARSE("999,999,999,999,999,999", 0, 999999999999999999LL, 0);
    PARSE("1234567890123456789", -1, 0, 0);                            /* 19 digits */
    PARSE("1,000,000,000,000,000,000", -1, 0, 0);
    PARSE("12345678901234567.89", -1, 0, 0);                           /* 19 with fraction */
    PARSE("1234567890123456.78", 0, 123456789012345678LL, -2);
    PARSE("000000000000000000000001", 0, 1, 0);                        /* zeros lead */
    PARSE("0.000000000000000000123456789012345678", 0, 123456789012345678LL, -36);
}

/* ------------------------------------------------------------ arithmetic */

static void test_scale(void)
{
    tx_decimal d = dec(457510, 0);
    CU_ASSERT_EQUAL(tx_decimal_scale(&d, 3), 0);
    CU_ASSERT_EQUAL(d.coef, 457510);
    CU_ASSERT_EQUAL(d.exp, 3);
    check_format(__LINE__, d, "457510000");

    d = dec(1250, -2);
    CU_ASSERT_EQUAL(tx_decimal_scale(&d, 6), 0);
    check_format(__LINE__, d, "12500000");

    d = dec(5, -3);
    CU_ASSERT_EQUAL(tx_decimal_scale(&d, -2), 0);
    CU_ASSERT_EQUAL(d.exp, -5);

    d = dec(0, 0);
    CU_ASSERT_EQUAL(tx_decimal_scale(&d, 100), 0);      /* zero never overflows */
    check_format(__LINE__, d, "0");
}

static void test_scale_overflow(void)
{
    tx_decimal d = dec(1, 0);
    CU_ASSERT_EQUAL(tx_decimal_scale(&d, 18), 0);       /* 10^18 fits */
    d = dec(1, 0);
    CU_ASSERT_EQUAL(tx_decimal_scale(&d, 19), -1);      /* 10^19 does not */
    CU_ASSERT_EQUAL(d.coef, 1);                         /* unchanged */
    CU_ASSERT_EQUAL(d.exp, 0);
    d = dec(9, 0);
    CU_ASSERT_EQUAL(tx_decimal_scale(&d, 18), 0);       /* 9 * 10^18 < INT64_MAX */
    d = dec(-9, 0);
    CU_ASSERT_EQUAL(tx_decimal_scale(&d, 18), 0);
    d = dec(10, 0);
    CU_ASSERT_EQUAL(tx_decimal_scale(&d, 18), -1);
    d = dec(457510, 9);
    CU_ASSERT_EQUAL(tx_decimal_scale(&d, 6), -1);       /* 4.5e20 */
    d = dec(5, 1);
    CU_ASSERT_EQUAL(tx_decimal_scale(&d, INT_MAX), -1); /* exponent overflow */
    d = dec(5, -1);
    CU_ASSERT_EQUAL(tx_decimal_scale(&d, INT_MIN), -1);
    d = dec(5, -30);
    CU_ASSERT_EQUAL(tx_decimal_scale(&d, 40), 0);       /* 5 * 10^10 */
    check_format(__LINE__, d, "50000000000");
    CU_ASSERT_EQUAL(tx_decimal_scale(NULL, 1), -1);
}

static void test_negate(void)
{
    tx_decimal d = dec(1849, 0);
    CU_ASSERT_EQUAL(tx_decimal_negate(&d), 0);
    CU_ASSERT_EQUAL(d.coef, -1849);
    CU_ASSERT_EQUAL(tx_decimal_negate(&d), 0);
    CU_ASSERT_EQUAL(d.coef, 1849);
    d = dec(0, -2);
    CU_ASSERT_EQUAL(tx_decimal_negate(&d), 0);
    CU_ASSERT_EQUAL(d.coef, 0);
    d = dec(INT64_MIN, 0);
    CU_ASSERT_EQUAL(tx_decimal_negate(&d), -1);
    CU_ASSERT_EQUAL(d.coef, INT64_MIN);
    d = dec(INT64_MAX, 0);
    CU_ASSERT_EQUAL(tx_decimal_negate(&d), 0);
    CU_ASSERT_EQUAL(d.coef, -INT64_MAX);
}

static void test_add(void)
{
    /* Juniper 2003-09-30: cash 457,510 + short-term 309,143 (thousands) */
    ADD(dec(457510, 3), dec(309143, 3), "766653000");
    ADD(dec(1849, 0), dec(-1849, 0), "0");
    ADD(dec(2, -2), dec(5, 0), "5.02");
    ADD(dec(1, 0), dec(1, -1), "1.1");
    ADD(dec(-24, -2), dec(24, -2), "0.00");
    ADD(dec(7205, 3), dec(-88330, 3), "-81125000");
    ADD(dec(5, 3), dec(1, -3), "5000.001");
    ADD(dec(0, -2), dec(5, 3), "5000");                 /* zero adds nothing */
    ADD(dec(5, 3), dec(0, -9), "5000");
    ADD(dec(-1, 30), dec(0, 0), "-1000000000000000000000000000000");
}

static void test_add_overflow(void)
{
    ADD(dec(INT64_MAX, 0), dec(1, 0), "ERR");
    ADD(dec(INT64_MIN, 0), dec(-1, 0), "ERR");
    ADD(dec(INT64_MAX, 0), dec(-1, 0), "9223372036854775806");
    ADD(dec(INT64_MIN, 0), dec(1, 0), "-9223372036854775807");
    ADD(dec(INT64_MAX, 0), dec(INT64_MIN, 0), "-1");
    ADD(dec(922337203685477580LL, 1), dec(7, 0), "9223372036854775807");
    ADD(dec(922337203685477580LL, 1), dec(8, 0), "ERR");
    ADD(dec(1, 20), dec(1, 0), "ERR");                  /* needs 21 digits */
    ADD(dec(1, 0), dec(1, -19), "ERR");
    /* trailing zeros must not cause a false overflow: 5.000 + 10^16 */
    ADD(dec(5000, -3), dec(1, 16), "10000000000000005");
    ADD(dec(1, 20), dec(1, 20), "200000000000000000000");
    tx_decimal out;
    CU_ASSERT_EQUAL(tx_decimal_add(dec(1, 0), dec(1, 0), NULL), -1);
    CU_ASSERT_EQUAL(tx_decimal_add(dec(1, 0), dec(2, 0), &out), 0);
    CU_ASSERT_EQUAL(out.coef, 3);
}

static void test_cmp(void)
{
    CMP(dec(5, 1), dec(50, 0), 0);
    CMP(dec(5, 1), dec(49, 0), 1);
    CMP(dec(5, 1), dec(51, 0), -1);
    CMP(dec(-5, 1), dec(-49, 0), -1);
    CMP(dec(1250, -2), dec(125, -1), 0);
    CMP(dec(100, 0), dec(1, 2), 0);
    CMP(dec(123, 0), dec(1, 2), 1);
    CMP(dec(0, 5), dec(0, -3), 0);
    CMP(dec(1, -30), dec(0, 0), 1);
    CMP(dec(-1, -30), dec(0, 7), -1);
    CMP(dec(-1, 30), dec(1, -30), -1);
    CMP(dec(2, -2), dec(-24, -2), 1);
    CMP(dec(457510, 3), dec(457510000, 0), 0);
    CMP(dec(457510, 3), dec(457510001, 0), -1);
}

static void test_cmp_extremes(void)
{
    CMP(dec(INT64_MAX, 0), dec(1, 19), -1);
    CMP(dec(INT64_MIN, 0), dec(INT64_MIN, 0), 0);
    CMP(dec(INT64_MIN, 0), dec(-9, 18), -1);
    CMP(dec(INT64_MIN, 0), dec(INT64_MAX, 0), -1);
    CMP(dec(1, 30), dec(999999999999999999LL, 0), 1);
    CMP(dec(999999999999999999LL, 1), dec(1, 19), -1);
    CMP(dec(INT64_MAX, 1000), dec(INT64_MAX, 999), 1);
    CMP(dec(1, INT_MAX), dec(1, INT_MIN), 1);
    CMP(dec(INT64_MAX, -19), dec(1, 0), -1);
    CMP(dec(9223372036854775800LL, -1), dec(922337203685477580LL, 0), 0);
}

static void test_is_zero(void)
{
    CU_ASSERT_TRUE(tx_decimal_is_zero(dec(0, 0)));
    CU_ASSERT_TRUE(tx_decimal_is_zero(dec(0, -2)));
    CU_ASSERT_TRUE(tx_decimal_is_zero(dec(0, 30)));
    CU_ASSERT_FALSE(tx_decimal_is_zero(dec(1, -30)));
    CU_ASSERT_FALSE(tx_decimal_is_zero(dec(-1, 0)));
}

/* ------------------------------------------------------------ format */

static void test_format_documented(void)
{
    FORMAT(457510, 3, "457510000");
    FORMAT(-128102, 3, "-128102000");
    FORMAT(2, -2, "0.02");
    FORMAT(-24, -2, "-0.24");
    FORMAT(1250, -2, "12.50");
    FORMAT(0, 3, "0");
    FORMAT(5, -3, "0.005");
}

static void test_format_more(void)
{
    FORMAT(0, 0, "0");
    FORMAT(0, -2, "0.00");
    FORMAT(7, 0, "7");
    FORMAT(-7, 0, "-7");
    FORMAT(123, -1, "12.3");
    FORMAT(123, -3, "0.123");
    FORMAT(-123, -4, "-0.0123");
    FORMAT(99, -2, "0.99");
    FORMAT(1516, 6, "1516000000");
    FORMAT(INT64_MAX, 0, "9223372036854775807");
    FORMAT(INT64_MIN, 0, "-9223372036854775808");
    FORMAT(INT64_MIN, -5, "-92233720368547.75808");
    FORMAT(INT64_MAX, -19, "0.9223372036854775807");
    FORMAT(1, 30, "1000000000000000000000000000000");
    FORMAT(-25, 30, "-25000000000000000000000000000000");
    FORMAT(1, -30, "0.000000000000000000000000000001");
    FORMAT(-7, -30, "-0.000000000000000000000000000007");
}

static void test_format_truncates(void)
{
    char buf[4];
    CU_ASSERT_EQUAL(tx_decimal_format(dec(457510, 3), buf, sizeof buf), 9);
    CU_ASSERT_STRING_EQUAL(buf, "457");
    CU_ASSERT_EQUAL(tx_decimal_format(dec(457510, 3), NULL, 0), 9);
    buf[0] = 'x';
    CU_ASSERT_EQUAL(tx_decimal_format(dec(-24, -2), buf, 1), 5);
    CU_ASSERT_STRING_EQUAL(buf, "");
    CU_ASSERT_EQUAL(tx_decimal_format(dec(1, 30), NULL, 0), 31);
}

static void test_format_round_trip(void)
{
    static const char *const s[] = {
        "0", "7", "1234", "457510", "0.02", "0.99", "12.50", "1062.0", "0.005",
        "123456789012345678", "0.000000000000000000000000000001",
    };
    for (size_t i = 0; i < sizeof s / sizeof s[0]; i++) {
        tx_decimal d;
        char buf[64];
        CU_ASSERT_EQUAL_FATAL(tx_decimal_parse(s[i], strlen(s[i]), &d), 0);
        tx_decimal_format(d, buf, sizeof buf);
        CU_ASSERT_STRING_EQUAL(buf, s[i]);
    }
}

static const CU_TestInfo decimal_tests[] = {
    { "parse plain", test_parse_plain },
    { "parse fraction", test_parse_fraction },
    { "parse grouping", test_parse_grouping },
    { "parse rejects", test_parse_rejects },
    { "parse 18 digits", test_parse_digits_limit },
    { "scale", test_scale },
    { "scale overflow", test_scale_overflow },
    { "negate", test_negate },
    { "add", test_add },
    { "add overflow", test_add_overflow },
    { "cmp", test_cmp },
    { "cmp extremes", test_cmp_extremes },
    { "is_zero", test_is_zero },
    { "format documented", test_format_documented },
    { "format more", test_format_more },
    { "format truncates", test_format_truncates },
    { "format round trip", test_format_round_trip },
    CU_TEST_INFO_NULL,
};

int tx_suite_decimal(void)
{
    return tx_add_suite("decimal", decimal_tests);
}

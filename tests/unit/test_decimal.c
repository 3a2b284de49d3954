/* test_decimal.c - the exact decimal type (base/decimal.c). */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
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
    return tx_decimal_make(coef, exp);
}

/* A value from its xs:decimal text (the test fails when it is none). */
static tx_decimal N(const char *s)
{
    tx_decimal d;
    int rc = tx_decimal_parse_xsd(s, strlen(s), &d);
    CU_ASSERT_EQUAL(rc, 0);
    return d;
}

/* The text of d in one of a few rotating buffers. */
static const char *text(tx_decimal d)
{
    static char buf[8][12000];
    static int k;
    k = (k + 1) % 8;
    tx_decimal_format(d, buf[k], sizeof buf[k]);
    return buf[k];
}

/* prefix, n copies of c, then tail, in one of a few rotating buffers. */
static const char *S(const char *prefix, char c, int n, const char *tail)
{
    static char buf[8][12000];
    static int k;
    k = (k + 1) % 8;
    size_t p = strlen(prefix);
    memcpy(buf[k], prefix, p);
    memset(buf[k] + p, c, (size_t)n);
    snprintf(buf[k] + p + (size_t)n, sizeof buf[k] - p - (size_t)n, "%s", tail);
    return buf[k];
}

static void check_text(int line, tx_decimal d, const char *want)
{
    const char *got = text(d);
    char msg[25000];
    snprintf(msg, sizeof msg, "got %s, want %s", got, want);
    report(strcmp(got, want) == 0, line, msg);
}
#define TEXT(d, want) check_text(__LINE__, (d), (want))

/* tx_decimal_parse_printed(s): rc, and on success the text and exponent. */
#define PARSE(s, rc, want, exp) check_parse(__LINE__, (s), (rc), (want), (exp))
static void check_parse(int line, const char *s, int rc, const char *want, int exp)
{
    tx_decimal d = dec(77, 77);
    int r = tx_decimal_parse_printed(s, strlen(s), &d);
    const char *got = text(d);
    int ok = r == rc && (rc != 0 ? !tx_decimal_ok(d) : strcmp(got, want) == 0 && d.exp == exp);
    char msg[25000];
    snprintf(msg, sizeof msg, "parse '%s': got rc=%d %s exp %d, want rc=%d %s exp %d", s, r, got,
             d.exp, rc, want, exp);
    report(ok, line, msg);
}

/* tx_decimal_parse_xsd(s): rc, and on success the canonical text. */
#define XSD(s, rc, want) check_xsd(__LINE__, (s), (rc), (want))
static void check_xsd(int line, const char *s, int rc, const char *want)
{
    tx_decimal d = dec(77, 77);
    int r = tx_decimal_parse_xsd(s, strlen(s), &d);
    const char *got = text(d);
    int ok = r == rc && (rc != 0 ? !tx_decimal_ok(d) : strcmp(got, want) == 0);
    char msg[25000];
    snprintf(msg, sizeof msg, "xsd '%s': got rc=%d %s, want rc=%d %s", s, r, got, rc, want);
    report(ok, line, msg);
}

#define CMP(a, b, want) check_cmp(__LINE__, (a), (b), (want))
static void check_cmp(int line, tx_decimal a, tx_decimal b, int want)
{
    int r = tx_decimal_cmp(a, b), back = tx_decimal_cmp(b, a);
    char msg[25000];
    snprintf(msg, sizeof msg, "cmp %s %s: got %d/%d, want %d", text(a), text(b), r, back, want);
    report(r == want && back == -want, line, msg);
}

/* The exact result as text, or "ERR" when the operation fails (then the
 * result must be "beyond"). */
typedef int (*binop)(tx_decimal, tx_decimal, tx_decimal *);
#define OP(op, a, b, want) check_op(__LINE__, #op, op, (a), (b), (want))
static void check_op(int line, const char *name, binop op, tx_decimal a, tx_decimal b,
                     const char *want)
{
    tx_decimal s = dec(0, 0);
    int r = op(a, b, &s);
    const char *got = r == 0 ? text(s) : tx_decimal_ok(s) ? "ERR but a value" : "ERR";
    char msg[25000];
    snprintf(msg, sizeof msg, "%s %s %s: got %s, want %s", name, text(a), text(b), got, want);
    report(strcmp(got, want) == 0, line, msg);
}
#define ADD(a, b, want) OP(tx_decimal_add, (a), (b), (want))
#define SUB(a, b, want) OP(tx_decimal_sub, (a), (b), (want))
#define MUL(a, b, want) OP(tx_decimal_mul, (a), (b), (want))

/* Rounding both ways: the half-even and the half-away text. */
#define ROUND(s, d, even, away) check_round(__LINE__, (s), (d), (even), (away))
static void check_round(int line, const char *s, int decimals, const char *even,
                        const char *away)
{
    tx_decimal e = dec(7, 7), a = dec(7, 7);
    int re = tx_decimal_round(N(s), decimals, TX_ROUND_HALF_EVEN, &e);
    int ra = tx_decimal_round(N(s), decimals, TX_ROUND_HALF_AWAY, &a);
    /* compare by value: the rounded coefficient may keep its zeros */
    const char *ge = text(tx_decimal_trim(e)), *ga = text(tx_decimal_trim(a));
    char msg[25000];
    snprintf(msg, sizeof msg, "round %s to %d: got %s / %s, want %s / %s", s, decimals, ge, ga,
             even, away);
    report(re == 0 && ra == 0 && strcmp(ge, even) == 0 && strcmp(ga, away) == 0, line, msg);
}

/* 42 and 96 significant digits. */
#define D42 "123456789012345678901234567890123456789012"
#define E42 "987654321098765432109876543210987654321098"
#define D96 "314159265358979323846264338327950288419716939937510582097494459230781640628620899862803482534211"

/* ------------------------------------------------------------ layout */

static void test_layout(void)
{
    /* a value type: 12 limbs of nine digits, an int exponent, three flags */
    CU_ASSERT_EQUAL(TX_DECIMAL_DIGITS, 108);
    CU_ASSERT_TRUE(TX_DECIMAL_DIGITS >= 96);
    CU_ASSERT_TRUE(sizeof(tx_decimal) <= 56);
    tx_decimal z;
    memset(&z, 0, sizeof z);            /* all-zero bytes are the value 0 */
    CU_ASSERT_TRUE(tx_decimal_ok(z));
    CU_ASSERT_TRUE(tx_decimal_is_zero(z));
    TEXT(z, "0");
    tx_decimal a = N(D42), b = a;       /* copies are values */
    CU_ASSERT_EQUAL(tx_decimal_negate(&b), 0);
    TEXT(a, D42);
    TEXT(b, "-" D42);
}

/* ------------------------------------------------------------ parse printed */

static void test_parse_plain(void)
{
    PARSE("0", 0, "0", 0);
    PARSE("7", 0, "7", 0);
    PARSE("1234", 0, "1234", 0);
    PARSE("1,234", 0, "1234", 0);
    PARSE("457,510", 0, "457510", 0);
    PARSE("1,234,567", 0, "1234567", 0);
    PARSE("12,852", 0, "12852", 0);
    PARSE("007", 0, "7", 0);
    PARSE("1,000", 0, "1000", 0);       /* the zeros stay in the coefficient */
}

static void test_parse_fraction(void)
{
    PARSE(".99", 0, "0.99", -2);
    PARSE("0.02", 0, "0.02", -2);
    PARSE("0.24", 0, "0.24", -2);
    PARSE("12.50", 0, "12.50", -2);     /* printed precision kept */
    PARSE("5.12", 0, "5.12", -2);
    PARSE("1,234.56", 0, "1234.56", -2);
    PARSE("0.0", 0, "0.0", -1);
    PARSE("106.2", 0, "106.2", -1);
    PARSE("0.000000000000000000000000000001", 0, "0.000000000000000000000000000001", -30);
}

static void test_parse_grouping(void)
{
    PARSE("12,34", -1, "", 0);
    PARSE("1,2345", -1, "", 0);
    PARSE("1234,567", -1, "", 0);
    PARSE(",123", -1, "", 0);
    PARSE("123,", -1, "", 0);
    PARSE("1,,234", -1, "", 0);
    PARSE("1,234,56", -1, "", 0);
    PARSE("1.234,5", -1, "", 0);
    PARSE("0,123", 0, "123", 0);        /* odd but well-formed groups */
}

static void test_parse_rejects(void)
{
    PARSE("", -1, "", 0);
    PARSE(".", -1, "", 0);
    PARSE("12.", -1, "", 0);
    PARSE("1.2.3", -1, "", 0);
    PARSE("-1", -1, "", 0);
    PARSE("$1", -1, "", 0);
    PARSE(" 1", -1, "", 0);
    PARSE("1 ", -1, "", 0);
    PARSE("1e5", -1, "", 0);
    PARSE("(1)", -1, "", 0);
    tx_decimal d;
    CU_ASSERT_EQUAL(tx_decimal_parse_printed(NULL, 3, &d), TX_DECIMAL_ESYNTAX);
    CU_ASSERT_EQUAL(tx_decimal_parse_printed("1", 1, NULL), TX_DECIMAL_ESYNTAX);
    /* only `len` bytes are read */
    CU_ASSERT_EQUAL(tx_decimal_parse_printed("1234xyz", 4, &d), 0);
    TEXT(d, "1234");
    CU_ASSERT_EQUAL(tx_decimal_parse_printed("1,234,567", 5, &d), 0);
    TEXT(d, "1234");
}

static void test_parse_digits_limit(void)
{
    PARSE("123456789012345678", 0, "123456789012345678", 0);            /* 18 digits */
    PARSE("1234567890123456789", 0, "1234567890123456789", 0);          /* 19: fine now */
    PARSE("1,000,000,000,000,000,000", 0, "1000000000000000000", 0);
    PARSE("12345678901234567.89", 0, "12345678901234567.89", -2);
    PARSE(D42, 0, D42, 0);
    PARSE("123,456,789,012,345,678,901,234,567,890,123,456,789,012", 0, D42, 0);
    PARSE("1234567890123456789012345678901234567890.12", 0,
          "1234567890123456789012345678901234567890.12", -2);
    PARSE(D96, 0, D96, 0);
    PARSE(S("", '9', 108, ""), 0, S("", '9', 108, ""), 0);                 /* the limit */
    PARSE(S("", '9', 109, ""), TX_DECIMAL_ELIMIT, "", 0);                /* beyond it */
    PARSE(S("", '1', 100, ".000000000"), TX_DECIMAL_ELIMIT, "", 0);      /* printed zeros count */
    PARSE(S("", '0', 300, "1"), 0, "1", 0);                              /* zeros lead */
    PARSE(S("", '0', 300, ".5"), 0, "0.5", -1);
}

/* ------------------------------------------------------------ parse xsd */

static void test_parse_xsd(void)
{
    XSD("0", 0, "0");
    XSD("12.34", 0, "12.34");
    XSD("+0012.3400", 0, "12.34");
    XSD("-0012.3400", 0, "-12.34");
    XSD("-0", 0, "0");
    XSD("-0.000", 0, "0");
    XSD(".5", 0, "0.5");
    XSD("5.", 0, "5");
    XSD("  42\n", 0, "42");
    XSD("\t-7 ", 0, "-7");
    XSD("172128000", 0, "172128000");
    XSD(D42, 0, D42);
    XSD("-" D42 ".5000", 0, "-" D42 ".5");
    XSD(D96, 0, D96);
    XSD(S("", '9', 108, ""), 0, S("", '9', 108, ""));
    XSD(S("", '9', 109, ""), TX_DECIMAL_ELIMIT, "");
    /* zeros at either end are no significant digits */
    XSD(S("", '0', 200, "1"), 0, "1");
    XSD(S("1", '0', 200, ""), 0, S("1", '0', 200, ""));
    XSD(S("1", '0', 200, ".000"), 0, S("1", '0', 200, ""));
    XSD(S(S("", '9', 100, ""), '0', 100, ""), 0, S(S("", '9', 100, ""), '0', 100, ""));
    XSD(S(S("", '9', 100, ""), '0', 100, "1"), TX_DECIMAL_ELIMIT, "");
}

static void test_parse_xsd_exponent(void)
{
    XSD("1.5E3", 0, "1500");
    XSD("1.5e3", 0, "1500");
    XSD("1.5E+3", 0, "1500");
    XSD("1.5E-3", 0, "0.0015");
    XSD("-2.50e2", 0, "-250");
    XSD("123E-5", 0, "0.00123");
    XSD("0E99", 0, "0");
    XSD("1E0", 0, "1");
    XSD("1.23456789012345678901234567890123456789012E41", 0, D42);
    XSD("1E9999", 0, S("1", '0', 9999, ""));
    XSD("1E-9999", 0, S("0.", '0', 9998, "1"));
    XSD("1E10000", TX_DECIMAL_ELIMIT, "");
    XSD("1E-10000", TX_DECIMAL_ELIMIT, "");
    XSD("1E99999999999999999999", TX_DECIMAL_ELIMIT, "");
    XSD("0.0001E9999", 0, S("1", '0', 9995, ""));
}

static void test_parse_xsd_rejects(void)
{
    XSD("", -1, "");
    XSD("   ", -1, "");
    XSD(".", -1, "");
    XSD("+", -1, "");
    XSD("-.", -1, "");
    XSD("INF", -1, "");
    XSD("-INF", -1, "");
    XSD("NaN", -1, "");
    XSD("1e", -1, "");
    XSD("1e+", -1, "");
    XSD("e5", -1, "");
    XSD("1 e5", -1, "");
    XSD("1e 5", -1, "");
    XSD("1 2", -1, "");
    XSD("--1", -1, "");
    XSD("1.2.3", -1, "");
    XSD("0x10", -1, "");
    XSD("1,234", -1, "");
    XSD("true", -1, "");
    tx_decimal d;
    CU_ASSERT_EQUAL(tx_decimal_parse_xsd(NULL, 1, &d), TX_DECIMAL_ESYNTAX);
    CU_ASSERT_EQUAL(tx_decimal_parse_xsd("1", 1, NULL), TX_DECIMAL_ESYNTAX);
    CU_ASSERT_EQUAL(tx_decimal_parse_xsd("12junk", 2, &d), 0);          /* `len` bytes */
    TEXT(d, "12");
}

/* ------------------------------------------------------------ making */

static void test_make_int64(void)
{
    TEXT(dec(INT64_MAX, 0), "9223372036854775807");
    TEXT(dec(INT64_MIN, 0), "-9223372036854775808");
    TEXT(dec(0, 5), "0");
    TEXT(dec(5, TX_DECIMAL_EXP_MAX + 1), "?");
    CU_ASSERT_FALSE(tx_decimal_ok(dec(5, TX_DECIMAL_EXP_MIN - 1)));
    CU_ASSERT_FALSE(tx_decimal_ok(tx_decimal_beyond()));

    int64_t v = 0;
    CU_ASSERT_EQUAL(tx_decimal_to_int64(N("12.00"), &v), 0);
    CU_ASSERT_EQUAL(v, 12);
    CU_ASSERT_EQUAL(tx_decimal_to_int64(dec(457510, 3), &v), 0);
    CU_ASSERT_EQUAL(v, 457510000);
    CU_ASSERT_EQUAL(tx_decimal_to_int64(dec(INT64_MIN, 0), &v), 0);
    CU_ASSERT_EQUAL(v, INT64_MIN);
    CU_ASSERT_EQUAL(tx_decimal_to_int64(N("9223372036854775807"), &v), 0);
    CU_ASSERT_EQUAL(v, INT64_MAX);
    CU_ASSERT_EQUAL(tx_decimal_to_int64(dec(-9, 18), &v), 0);
    CU_ASSERT_EQUAL(v, -9000000000000000000LL);
    CU_ASSERT_EQUAL(tx_decimal_to_int64(dec(0, -3), &v), 0);
    CU_ASSERT_EQUAL(v, 0);
    v = 99;
    CU_ASSERT_EQUAL(tx_decimal_to_int64(N("9223372036854775808"), &v), -1);
    CU_ASSERT_EQUAL(tx_decimal_to_int64(N("-9223372036854775809"), &v), -1);
    CU_ASSERT_EQUAL(tx_decimal_to_int64(dec(1, 19), &v), -1);
    CU_ASSERT_EQUAL(tx_decimal_to_int64(N("12.5"), &v), -1);
    CU_ASSERT_EQUAL(tx_decimal_to_int64(N(D42), &v), -1);
    CU_ASSERT_EQUAL(tx_decimal_to_int64(tx_decimal_beyond(), &v), -1);
    CU_ASSERT_EQUAL(v, 99);             /* unchanged on failure */
}

/* ------------------------------------------------------------ format */

static void test_format_documented(void)
{
    TEXT(dec(457510, 3), "457510000");
    TEXT(dec(-128102, 3), "-128102000");
    TEXT(dec(2, -2), "0.02");
    TEXT(dec(-24, -2), "-0.24");
    TEXT(dec(1250, -2), "12.50");
    TEXT(dec(0, 3), "0");
    TEXT(dec(0, -2), "0.00");
    TEXT(dec(5, -3), "0.005");
    TEXT(tx_decimal_beyond(), "?");
}

static void test_format_more(void)
{
    TEXT(dec(0, 0), "0");
    TEXT(dec(7, 0), "7");
    TEXT(dec(-7, 0), "-7");
    TEXT(dec(123, -1), "12.3");
    TEXT(dec(123, -3), "0.123");
    TEXT(dec(-123, -4), "-0.0123");
    TEXT(dec(99, -2), "0.99");
    TEXT(dec(1516, 6), "1516000000");
    TEXT(dec(1000000000, 0), "1000000000");         /* a limb boundary */
    TEXT(dec(1000000001, -9), "1.000000001");
    TEXT(dec(INT64_MIN, -5), "-92233720368547.75808");
    TEXT(dec(INT64_MAX, -19), "0.9223372036854775807");
    TEXT(dec(1, 30), "1000000000000000000000000000000");
    TEXT(dec(-25, 30), "-25000000000000000000000000000000");
    TEXT(dec(1, -30), "0.000000000000000000000000000001");
    TEXT(dec(-7, -30), "-0.000000000000000000000000000007");
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
    CU_ASSERT_EQUAL(tx_decimal_format(N(D96), NULL, 0), 96);

    /* the whole text, however long */
    char *t = tx_decimal_text(N("-1E500"));
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_EQUAL(strlen(t), 502);
    CU_ASSERT_STRING_EQUAL(t, S("-1", '0', 500, ""));
    free(t);
    tx_buf b = {0};
    CU_ASSERT_EQUAL(tx_decimal_put(&b, dec(-24, -2)), 0);
    CU_ASSERT_EQUAL(tx_decimal_put(&b, N("1E300")), 0);
    CU_ASSERT_STRING_EQUAL(b.data, S("-0.241", '0', 300, ""));
    tx_buf_free(&b);
}

static void test_format_round_trip(void)
{
    static const char *const s[] = {
        "0", "7", "1234", "457510", "0.02", "0.99", "12.50", "1062.0", "0.005",
        "123456789012345678", "0.000000000000000000000000000001", D42, D96,
        "1000000000", "999999999", "1000000000000000000", "0.000000001000000000",
    };
    for (size_t i = 0; i < sizeof s / sizeof s[0]; i++) {
        tx_decimal d;
        CU_ASSERT_EQUAL_FATAL(tx_decimal_parse_printed(s[i], strlen(s[i]), &d), 0);
        TEXT(d, s[i]);
        /* the xs:decimal reading is the same value with the fewest digits */
        tx_decimal x = N(s[i]);
        CU_ASSERT_EQUAL(tx_decimal_cmp(d, x), 0);
        TEXT(x, text(tx_decimal_trim(d)));
    }
    TEXT(N("-" D42), "-" D42);
    TEXT(N("0." D96), "0." D96);
    TEXT(N(D42 "." D42), D42 "." D42);              /* 84 digits */
}

/* ------------------------------------------------------------ arithmetic */

static void test_scale(void)
{
    tx_decimal d = dec(457510, 0);
    CU_ASSERT_EQUAL(tx_decimal_scale(&d, 3), 0);
    CU_ASSERT_EQUAL(d.exp, 3);
    TEXT(d, "457510000");

    d = dec(1250, -2);
    CU_ASSERT_EQUAL(tx_decimal_scale(&d, 6), 0);
    TEXT(d, "12500000");

    d = dec(5, -3);
    CU_ASSERT_EQUAL(tx_decimal_scale(&d, -2), 0);
    CU_ASSERT_EQUAL(d.exp, -5);

    d = dec(0, 0);
    CU_ASSERT_EQUAL(tx_decimal_scale(&d, 100), 0);
    TEXT(d, "0");

    d = dec(1, 0);
    CU_ASSERT_EQUAL(tx_decimal_scale(&d, 19), 0);      /* beyond int64: fine */
    TEXT(d, "10000000000000000000");
    d = dec(457510, 9);
    CU_ASSERT_EQUAL(tx_decimal_scale(&d, 6), 0);
    TEXT(d, "457510000000000000000");
    d = N(D42);
    CU_ASSERT_EQUAL(tx_decimal_scale(&d, 3), 0);
    TEXT(d, D42 "000");
    d = dec(5, -30);
    CU_ASSERT_EQUAL(tx_decimal_scale(&d, 40), 0);
    TEXT(d, "50000000000");
}

static void test_scale_limit(void)
{
    tx_decimal d = dec(5, TX_DECIMAL_EXP_MAX - 1);
    CU_ASSERT_EQUAL(tx_decimal_scale(&d, 1), 0);
    CU_ASSERT_EQUAL(tx_decimal_scale(&d, 1), -1);       /* the exponent's range */
    CU_ASSERT_FALSE(tx_decimal_ok(d));
    CU_ASSERT_EQUAL(tx_decimal_scale(&d, -1), -1);      /* beyond stays beyond */
    d = dec(5, 1);
    CU_ASSERT_EQUAL(tx_decimal_scale(&d, INT_MAX), -1);
    d = dec(5, -1);
    CU_ASSERT_EQUAL(tx_decimal_scale(&d, INT_MIN), -1);
    CU_ASSERT_EQUAL(tx_decimal_scale(NULL, 1), -1);
}

static void test_negate(void)
{
    tx_decimal d = dec(1849, 0);
    CU_ASSERT_EQUAL(tx_decimal_negate(&d), 0);
    TEXT(d, "-1849");
    CU_ASSERT_EQUAL(tx_decimal_sign(d), -1);
    CU_ASSERT_EQUAL(tx_decimal_negate(&d), 0);
    TEXT(d, "1849");
    d = dec(0, -2);
    CU_ASSERT_EQUAL(tx_decimal_negate(&d), 0);
    TEXT(d, "0.00");                                    /* no negative zero */
    CU_ASSERT_EQUAL(tx_decimal_sign(d), 0);
    d = dec(INT64_MIN, 0);
    CU_ASSERT_EQUAL(tx_decimal_negate(&d), 0);          /* no int64 edge any more */
    TEXT(d, "9223372036854775808");
    d = tx_decimal_beyond();
    CU_ASSERT_EQUAL(tx_decimal_negate(&d), -1);
    CU_ASSERT_EQUAL(tx_decimal_negate(NULL), -1);
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
    ADD(dec(999999999, 0), dec(1, 0), "1000000000");   /* a carry across limbs */
    ADD(dec(1000000000, 0), dec(-1, 0), "999999999");  /* a borrow */
    ADD(dec(-5, 0), dec(3, 0), "-2");
    ADD(dec(5, 0), dec(-3, 0), "2");
    ADD(dec(3, 0), dec(-5, 0), "-2");
}

static void test_add_beyond_int64(void)
{
    /* what overflowed an int64 coefficient is exact now */
    ADD(dec(INT64_MAX, 0), dec(1, 0), "9223372036854775808");
    ADD(dec(INT64_MIN, 0), dec(-1, 0), "-9223372036854775809");
    ADD(dec(INT64_MAX, 0), dec(INT64_MIN, 0), "-1");
    ADD(dec(1, 20), dec(1, 0), "100000000000000000001");
    ADD(dec(1, 0), dec(1, -19), "1.0000000000000000001");
    ADD(dec(5000, -3), dec(1, 16), "10000000000000005.000");
    ADD(dec(1, 20), dec(1, 20), "200000000000000000000");
    /* 42 digits */
    ADD(N(D42), N(E42), "1111111110111111111011111111101111111110110");
    ADD(N(D42), N("-" D42), "0");
    ADD(N(D42), N("0.5"), D42 ".5");
    ADD(N(S("", '9', 96, "")), dec(1, 0), S("1", '0', 96, ""));
    tx_decimal out;
    CU_ASSERT_EQUAL(tx_decimal_add(dec(1, 0), dec(1, 0), NULL), -1);
    CU_ASSERT_EQUAL(tx_decimal_add(dec(1, 0), dec(2, 0), &out), 0);
    TEXT(out, "3");
}

static void test_add_limit(void)
{
    /* 108 digits, and what goes past them */
    ADD(N(S("", '9', 107, "")), dec(1, 0), S("1", '0', 107, ""));
    ADD(N(S("", '9', 108, "")), dec(1, 0), S("1", '0', 108, ""));  /* 1 exp 108 */
    ADD(N(S("", '9', 108, "")), dec(2, 0), "ERR");        /* 109 significant digits */
    ADD(dec(1, 200), dec(1, 0), "ERR");
    ADD(dec(1, 200), dec(-1, 0), "ERR");
    ADD(dec(1, 107), dec(1, 0), S("1", '0', 106, "1"));
    ADD(dec(1, 108), dec(1, 0), "ERR");
    /* operands far apart: what the exact result needs decides */
    ADD(dec(1, 108), N("-" D96),
        "999999999999685840734641020676153735661672049711580283060062489417902505540769218359371379100137196517465789");
    ADD(dec(1, 108), N(S("-", '9', 108, "")), "1");
    ADD(N(S("5", '0', 100, ".5")), N(S("-5", '0', 100, "")), "0.5");
    /* trailing zeros do not count */
    ADD(dec(1, 300), dec(1, 300), S("2", '0', 300, ""));
    ADD(dec(1, 300), dec(1, 250), S("1", '0', 49, S("1", '0', 250, "")));
    /* beyond is contagious */
    ADD(tx_decimal_beyond(), dec(1, 0), "ERR");
    ADD(dec(1, 0), tx_decimal_beyond(), "ERR");
    ADD(tx_decimal_beyond(), dec(0, 0), "ERR");
}

static void test_sub(void)
{
    SUB(dec(172128, 3), dec(152026, 3), "20102000");
    SUB(dec(152026, 3), dec(172128, 3), "-20102000");
    SUB(dec(5, 0), dec(2, -2), "4.98");
    SUB(N(E42), N(D42), "864197532086419753208641975320864197532086");
    SUB(dec(0, 0), dec(5, 0), "-5");
    SUB(tx_decimal_beyond(), dec(5, 0), "ERR");
    SUB(dec(5, 0), tx_decimal_beyond(), "ERR");
}

static void test_mul(void)
{
    MUL(dec(1849, 0), dec(1, 0), "1849");
    MUL(dec(1849, 0), dec(-1, 0), "-1849");
    MUL(dec(-1849, 0), dec(-1, 0), "1849");
    MUL(dec(15, -1), dec(20, -1), "3.00");             /* exponents add */
    MUL(dec(123, -2), dec(5, -1), "0.615");
    MUL(dec(0, -2), dec(5, 0), "0.00");
    MUL(dec(457510, 0), dec(1000, -3), "457510.000");
    MUL(N(D42), N(E42),
        "121932631137021795226185032733866788594511071482512624295040014144182876585886175176");
    MUL(N(D42), N("-0.5"), "-61728394506172839450617283945061728394506.0");
    MUL(dec(INT64_MAX, 0), dec(INT64_MAX, 0), "85070591730234615847396907784232501249");
    /* beyond the limit, and trailing zeros that bring the product back */
    MUL(N(S("", '9', 60, "")), N(S("", '9', 60, "")), "ERR");
    MUL(N(S("1", '0', 60, "")), N(S("1", '0', 60, "")),
        S("1", '0', 120, ""));
    MUL(dec(5, TX_DECIMAL_EXP_MAX), dec(5, 1), "ERR");  /* the exponent's range */
    MUL(tx_decimal_beyond(), dec(0, 0), "ERR");
    tx_decimal p;
    CU_ASSERT_EQUAL(tx_decimal_mul(dec(2, 0), dec(3, 0), NULL), -1);
    CU_ASSERT_EQUAL(tx_decimal_mul(dec(2, 0), dec(3, 0), &p), 0);
    TEXT(p, "6");
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
    CMP(dec(1, TX_DECIMAL_EXP_MAX), dec(1, TX_DECIMAL_EXP_MIN), 1);
    CMP(dec(INT64_MAX, -19), dec(1, 0), -1);
    CMP(dec(9223372036854775800LL, -1), dec(922337203685477580LL, 0), 0);
    /* 42 and 108 digits across exponents */
    CMP(N(D42), N(D42 ".000"), 0);
    CMP(N(D42), N(D42 ".0001"), -1);
    CMP(N("-" D42), N("-" D42 ".0001"), 1);
    CMP(N(D42), N(E42), -1);
    CMP(N("1.23456789012345678901234567890123456789012E41"), N(D42), 0);
    CMP(N(S("", '9', 108, "")), dec(1, 108), -1);
    CMP(N(S("", '9', 108, "")), N(S("", '9', 107, "8")), 1);
    /* "beyond" is equal to itself and above every value */
    CMP(tx_decimal_beyond(), tx_decimal_beyond(), 0);
    CMP(tx_decimal_beyond(), dec(INT64_MAX, TX_DECIMAL_EXP_MAX), 1);
    CMP(tx_decimal_beyond(), dec(0, 0), 1);
}

static void test_is_zero_sign(void)
{
    CU_ASSERT_TRUE(tx_decimal_is_zero(dec(0, 0)));
    CU_ASSERT_TRUE(tx_decimal_is_zero(dec(0, -2)));
    CU_ASSERT_TRUE(tx_decimal_is_zero(dec(0, 30)));
    CU_ASSERT_FALSE(tx_decimal_is_zero(dec(1, -30)));
    CU_ASSERT_FALSE(tx_decimal_is_zero(dec(-1, 0)));
    CU_ASSERT_FALSE(tx_decimal_is_zero(tx_decimal_beyond()));
    CU_ASSERT_EQUAL(tx_decimal_sign(dec(5, -3)), 1);
    CU_ASSERT_EQUAL(tx_decimal_sign(N("-" D42)), -1);
    CU_ASSERT_EQUAL(tx_decimal_sign(dec(0, 0)), 0);
    CU_ASSERT_EQUAL(tx_decimal_sign(tx_decimal_beyond()), 0);
}

static void test_trim(void)
{
    tx_decimal d = tx_decimal_trim(dec(1250, -2));
    TEXT(d, "12.5");
    CU_ASSERT_EQUAL(d.exp, -1);
    d = tx_decimal_trim(dec(1000, 0));
    TEXT(d, "1000");
    CU_ASSERT_EQUAL(d.exp, 3);
    d = tx_decimal_trim(dec(0, -5));
    TEXT(d, "0");
    CU_ASSERT_EQUAL(d.exp, 0);
    d = tx_decimal_trim(dec(-1000000000, -9));
    TEXT(d, "-1");
    CU_ASSERT_EQUAL(d.exp, 0);
    tx_decimal p;
    CU_ASSERT_EQUAL(tx_decimal_parse_printed(D42 ".000", strlen(D42) + 4, &p), 0);
    TEXT(tx_decimal_trim(p), D42);
    TEXT(tx_decimal_trim(tx_decimal_beyond()), "?");
}

/* ------------------------------------------------------------ rounding */

static void test_round_decimals(void)
{
    /* half to even, half away from zero, at 0 decimals */
    ROUND("2.5", 0, "2", "3");
    ROUND("3.5", 0, "4", "4");
    ROUND("-2.5", 0, "-2", "-3");
    ROUND("-26.5", 0, "-26", "-27");
    ROUND("2.4999", 0, "2", "2");
    ROUND("2.5001", 0, "3", "3");
    ROUND("999.5", 0, "1000", "1000");
    /* positive decimals */
    ROUND("0.125", 2, "0.12", "0.13");
    ROUND("-0.125", 2, "-0.12", "-0.13");
    ROUND("0.135", 2, "0.14", "0.14");
    ROUND("0.005", 2, "0", "0.01");
    ROUND("0.004", 2, "0", "0");
    ROUND("0.0049999", 2, "0", "0");
    ROUND("0.02", 2, "0.02", "0.02");                   /* nothing to drop */
    ROUND("0.02", 5, "0.02", "0.02");
    ROUND("5", INT_MAX, "5", "5");                      /* INF */
    /* negative decimals */
    ROUND("1234567", -3, "1235000", "1235000");
    ROUND("1234500", -3, "1234000", "1235000");
    ROUND("1235500", -3, "1236000", "1236000");
    ROUND("-1234500", -3, "-1234000", "-1235000");
    ROUND("499", -3, "0", "0");
    ROUND("500", -3, "0", "1000");
    ROUND("1500", -3, "2000", "2000");
    ROUND("49", -3, "0", "0");
    ROUND("172128000", -6, "172000000", "172000000");
    ROUND("5", INT_MIN, "0", "0");
}

static void test_round_wide(void)
{
    /* 42 digits to -20: the first dropped digit decides, then the rest */
    ROUND(D42, -20, "123456789012345678901200000000000000000000",
          "123456789012345678901200000000000000000000");
    ROUND("123456789012345678901250000000000000000000", -20,
          "123456789012345678901200000000000000000000",
          "123456789012345678901300000000000000000000");
    ROUND("123456789012345678901250000000000000000001", -20,
          "123456789012345678901300000000000000000000",
          "123456789012345678901300000000000000000000");
    ROUND(D42 ".5", 0, "123456789012345678901234567890123456789012",
          "123456789012345678901234567890123456789013");
    /* a carry through every digit of 108 */
    ROUND(S("", '9', 107, ".5"), 0, S("1", '0', 107, ""),
          S("1", '0', 107, ""));
    ROUND(S("", '9', 108, ""), -1, S("1", '0', 108, ""),
          S("1", '0', 108, ""));
    /* the rounded value's exponent is the place rounded to */
    tx_decimal r;
    CU_ASSERT_EQUAL(tx_decimal_round(N("1234567"), -3, TX_ROUND_HALF_EVEN, &r), 0);
    CU_ASSERT_EQUAL(r.exp, 3);
    CU_ASSERT_EQUAL(tx_decimal_round(tx_decimal_beyond(), 0, TX_ROUND_HALF_EVEN, &r), -1);
    CU_ASSERT_FALSE(tx_decimal_ok(r));
    CU_ASSERT_EQUAL(tx_decimal_round(N("1"), 0, TX_ROUND_HALF_EVEN, NULL), -1);
}

static void test_magnitude_infer(void)
{
    CU_ASSERT_EQUAL(tx_decimal_magnitude(N("123")), 2);
    CU_ASSERT_EQUAL(tx_decimal_magnitude(N("-123")), 2);
    CU_ASSERT_EQUAL(tx_decimal_magnitude(N("0.0123")), -2);
    CU_ASSERT_EQUAL(tx_decimal_magnitude(N("1")), 0);
    CU_ASSERT_EQUAL(tx_decimal_magnitude(N("9.99")), 0);
    CU_ASSERT_EQUAL(tx_decimal_magnitude(dec(1000, 0)), 3);
    CU_ASSERT_EQUAL(tx_decimal_magnitude(dec(1, 3)), 3);
    CU_ASSERT_EQUAL(tx_decimal_magnitude(N(D42)), 41);
    CU_ASSERT_EQUAL(tx_decimal_magnitude(N("1E-9999")), -9999);
    CU_ASSERT_EQUAL(tx_decimal_magnitude(dec(0, 5)), 0);
    CU_ASSERT_EQUAL(tx_decimal_magnitude(tx_decimal_beyond()), 0);

    CU_ASSERT_EQUAL(tx_decimal_infer_decimals(N("123"), 2), -1);
    CU_ASSERT_EQUAL(tx_decimal_infer_decimals(N("0.0123"), 2), 3);
    CU_ASSERT_EQUAL(tx_decimal_infer_decimals(N("172128000"), 3), -6);
    CU_ASSERT_EQUAL(tx_decimal_infer_decimals(N(D42), 42), 0);
    CU_ASSERT_EQUAL(tx_decimal_infer_decimals(N("5"), INT_MAX), INT_MAX);
    CU_ASSERT_EQUAL(tx_decimal_infer_decimals(N("5"), 0), INT_MIN);
    CU_ASSERT_EQUAL(tx_decimal_infer_decimals(N("0"), 4), INT_MAX);
    CU_ASSERT_EQUAL(tx_decimal_infer_decimals(tx_decimal_beyond(), 4), INT_MAX);
    /* no overflow into the INF and precision-0 markers */
    CU_ASSERT_EQUAL(tx_decimal_infer_decimals(N("1E-9999"), INT_MAX - 1), INT_MAX - 1);
}

/* ------------------------------------------------------------ division */

/* a / b rounded to `decimals` both ways, as text, or "ERR" (then "beyond"). */
#define DIV(a, b, d, even, away) check_div(__LINE__, (a), (b), (d), (even), (away))
static void check_div(int line, tx_decimal a, tx_decimal b, int decimals, const char *even,
                      const char *away)
{
    tx_decimal e = dec(7, 7), w = dec(7, 7);
    int re = tx_decimal_div_round(a, b, decimals, TX_ROUND_HALF_EVEN, &e);
    int rw = tx_decimal_div_round(a, b, decimals, TX_ROUND_HALF_AWAY, &w);
    const char *ge = re == 0 ? text(e) : tx_decimal_ok(e) ? "ERR but a value" : "ERR";
    const char *gw = rw == 0 ? text(w) : tx_decimal_ok(w) ? "ERR but a value" : "ERR";
    char msg[25000];
    snprintf(msg, sizeof msg, "div %s / %s to %d: got %s / %s, want %s / %s", text(a), text(b),
             decimals, ge, gw, even, away);
    report(strcmp(ge, even) == 0 && strcmp(gw, away) == 0, line, msg);
}

static void test_div_round(void)
{
    DIV(dec(2, 0), dec(3, 0), 2, "0.67", "0.67");
    DIV(dec(1000, 0), dec(3, 0), -1, "330", "330");
    DIV(dec(-1, 0), dec(3, 0), 2, "-0.33", "-0.33");
    DIV(dec(1, 0), dec(-3, 0), 2, "-0.33", "-0.33");
    DIV(dec(-2, 0), dec(-3, 0), 2, "0.67", "0.67");
    /* ties: the exact quotient decides, not a binary approximation */
    DIV(dec(1, 0), dec(8, 0), 2, "0.12", "0.13");
    DIV(dec(-1, 0), dec(8, 0), 2, "-0.12", "-0.13");
    DIV(dec(3, 0), dec(8, 0), 2, "0.38", "0.38");
    DIV(dec(5, 0), dec(2, 0), 0, "2", "3");
    DIV(dec(15, -1), dec(1, 0), 0, "2", "2");
    DIV(dec(1, 0), dec(3, 0), 0, "0", "0");
    /* a change of 2,008 on 8,004 thousand: 250.875 tenths of a percent */
    DIV(dec(2008000, 3), dec(8004, 3), 0, "251", "251");
    DIV(dec(2008, 3), dec(8004000, 0), 3, "0.251", "0.251");
    /* exponents far apart, and results at the exponent rounded to */
    DIV(dec(1, 20), dec(4, -3), 0, "25000000000000000000000", "25000000000000000000000");
    DIV(dec(1, -20), dec(3, 0), 2, "0.00", "0.00");
    DIV(dec(5, -3), dec(1, 0), 2, "0.00", "0.01");
    DIV(dec(6, -3), dec(1, 0), 2, "0.01", "0.01");
    DIV(dec(1, 0), dec(1, 30), 2, "0.00", "0.00");
    DIV(dec(0, 5), dec(7, 0), 2, "0.00", "0.00");
    /* 42 digits */
    DIV(N(D42), dec(1, 0), 0, D42, D42);
    DIV(N(D42 "0"), dec(10, 0), 0, D42, D42);
    DIV(N(D42), N(D42), 3, "1.000", "1.000");
    DIV(N(E42), N(D42), 10, "8.0000000729", "8.0000000729");
    DIV(N(S("", '9', 108, "")), dec(9, 0), 0, S("", '1', 108, ""), S("", '1', 108, ""));
    DIV(N(S("", '9', 108, "")), N("0.1"), 0, S("", '9', 108, "0"), S("", '9', 108, "0"));
    DIV(N(S("", '9', 108, "")), N("0.4"), 0, "ERR", "ERR");     /* 109 digits, no zero */
    /* what has no result */
    DIV(dec(1, 0), dec(0, 0), 0, "ERR", "ERR");
    DIV(dec(1, 0), dec(0, -2), 2, "ERR", "ERR");
    DIV(tx_decimal_beyond(), dec(1, 0), 0, "ERR", "ERR");
    DIV(dec(1, 0), tx_decimal_beyond(), 0, "ERR", "ERR");
    DIV(dec(1, 0), dec(3, 0), 200, "ERR", "ERR");     /* 200 digits at that place */
    DIV(dec(1, 0), dec(3, 0), INT_MIN, "ERR", "ERR");  /* the exponent's range */
    CU_ASSERT_EQUAL(tx_decimal_div_round(dec(1, 0), dec(1, 0), 0, TX_ROUND_HALF_EVEN, NULL), -1);
}

/* ------------------------------------------------------------ edge cases */

/* Carries and borrows that cross the base-10^9 limbs. */
static void test_limb_carry(void)
{
    ADD(N(S("", '9', 18, "")), dec(1, 0), S("1", '0', 18, ""));
    ADD(N(S("", '9', 27, "")), dec(1, 0), S("1", '0', 27, ""));
    SUB(N(S("1", '0', 18, "")), dec(1, 0), S("", '9', 18, ""));
    SUB(N(S("1", '0', 27, "")), N(S("", '9', 27, "")), "1");
    ADD(N(S("-1", '0', 18, "")), dec(1, 0), S("-", '9', 18, ""));
    ADD(N("999999999.999999999"), N("0.000000001"), "1000000000.000000000");
    MUL(dec(999999999, 0), dec(999999999, 0), "999999998000000001");
    MUL(N(S("", '9', 27, "")), N(S("", '9', 27, "")),
        S("", '9', 26, S("8", '0', 26, "1")));
    ROUND("999999999.5", 0, "1000000000", "1000000000");
    ROUND(S("", '9', 18, ".5"), 0, S("1", '0', 18, ""), S("1", '0', 18, ""));
    ROUND("-999999999999999999.5", 0, "-1000000000000000000", "-1000000000000000000");
    tx_decimal r;
    CU_ASSERT_EQUAL(tx_decimal_round(N("999999999.5"), 0, TX_ROUND_HALF_EVEN, &r), 0);
    CU_ASSERT_EQUAL(r.nlimbs, 2);
    CU_ASSERT_EQUAL(r.limb[0], 0);
    CU_ASSERT_EQUAL(r.limb[1], 1);
}

/* "beyond" in, "beyond" out, for every operation. */
static void test_beyond_everywhere(void)
{
    tx_decimal b = tx_decimal_beyond(), r = dec(1, 0), x = b;
    int64_t v = 5;
    CU_ASSERT_FALSE(tx_decimal_ok(b));
    TEXT(b, "?");
    CU_ASSERT_EQUAL(tx_decimal_scale(&x, 0), -1);
    CU_ASSERT_FALSE(tx_decimal_ok(x));
    CU_ASSERT_EQUAL(tx_decimal_negate(&x), -1);
    CU_ASSERT_FALSE(tx_decimal_ok(x));
    CU_ASSERT_FALSE(tx_decimal_ok(tx_decimal_trim(b)));
    CU_ASSERT_EQUAL(tx_decimal_to_int64(b, &v), -1);
    CU_ASSERT_EQUAL(v, 5);
    CU_ASSERT_EQUAL(tx_decimal_round(b, 2, TX_ROUND_HALF_AWAY, &r), -1);
    CU_ASSERT_FALSE(tx_decimal_ok(r));
    CU_ASSERT_EQUAL(tx_decimal_magnitude(b), 0);
    CU_ASSERT_FALSE(tx_decimal_is_zero(b));
    CU_ASSERT_EQUAL(tx_decimal_sign(b), 0);
    MUL(b, b, "ERR");
    /* a sum that went beyond stays beyond through later operations */
    tx_decimal big = N(S("", '9', 108, "")), s;
    CU_ASSERT_EQUAL(tx_decimal_add(big, dec(2, 0), &s), -1);
    CU_ASSERT_FALSE(tx_decimal_ok(s));
    CU_ASSERT_EQUAL(tx_decimal_sub(s, dec(2, 0), &s), -1);
    CU_ASSERT_FALSE(tx_decimal_ok(s));
    CU_ASSERT_EQUAL(tx_decimal_mul(s, dec(0, 0), &s), -1);
    CU_ASSERT_FALSE(tx_decimal_ok(s));
    CMP(s, big, 1);
    /* the parsers leave "beyond" on failure */
    tx_decimal p = dec(1, 0);
    CU_ASSERT_EQUAL(tx_decimal_parse_xsd(S("", '7', 109, ""), 109, &p), TX_DECIMAL_ELIMIT);
    CU_ASSERT_FALSE(tx_decimal_ok(p));
    p = dec(1, 0);
    CU_ASSERT_EQUAL(tx_decimal_parse_printed("12x", 3, &p), TX_DECIMAL_ESYNTAX);
    CU_ASSERT_FALSE(tx_decimal_ok(p));
}

/* Equal values under different exponents compare equal; order does not
 * depend on how many digits a value holds. */
static void test_cmp_exponents(void)
{
    tx_decimal p;
    CU_ASSERT_EQUAL_FATAL(tx_decimal_parse_printed("12.50", 5, &p), 0);
    CMP(p, N("12.5"), 0);
    CMP(p, dec(125, -1), 0);
    CMP(p, dec(1250000, -5), 0);
    CMP(dec(1, 9), dec(1000000000, 0), 0);              /* a limb boundary */
    CMP(dec(1, 9), dec(999999999, 0), 1);
    CMP(dec(1, 9), N("1000000000.000000001"), -1);
    CMP(dec(-1, 9), N("-999999999.999999999"), -1);
    CMP(dec(5, 100), N(S("5", '0', 100, ".0")), 0);
    CMP(N(S("0.", '0', 50, "1")), dec(1, -51), 0);
    CMP(N(S("0.", '0', 50, "1")), dec(2, -52), 1);
    CMP(dec(0, -2), dec(0, 9), 0);
}

/* Zero has no sign, however it is reached. */
static void test_negative_zero(void)
{
    static const char *const zeros[] = {"-0", "-0.00", "-0E5", "-000.000E-3", "+0", "0.0"};
    for (size_t i = 0; i < sizeof zeros / sizeof zeros[0]; i++) {
        tx_decimal z = N(zeros[i]);
        CU_ASSERT_EQUAL(z.neg, 0);
        CU_ASSERT_EQUAL(tx_decimal_sign(z), 0);
        CU_ASSERT_TRUE(tx_decimal_is_zero(z));
        CMP(z, dec(0, 0), 0);
        TEXT(z, "0");
    }
    tx_decimal r;
    CU_ASSERT_EQUAL(tx_decimal_add(dec(-5, 0), dec(5, 0), &r), 0);
    CU_ASSERT_EQUAL(r.neg, 0);
    TEXT(r, "0");
    CU_ASSERT_EQUAL(tx_decimal_add(dec(-25, -1), dec(250, -2), &r), 0);
    CU_ASSERT_EQUAL(r.neg, 0);
    TEXT(r, "0.00");
    CU_ASSERT_EQUAL(tx_decimal_sub(N("-" D42), N("-" D42), &r), 0);
    CU_ASSERT_EQUAL(r.neg, 0);
    CU_ASSERT_EQUAL(tx_decimal_mul(dec(-5, 0), dec(0, -2), &r), 0);
    CU_ASSERT_EQUAL(r.neg, 0);
    TEXT(r, "0.00");
    CU_ASSERT_EQUAL(tx_decimal_mul(dec(0, 0), dec(-1, 0), &r), 0);
    CU_ASSERT_EQUAL(r.neg, 0);
    CU_ASSERT_EQUAL(tx_decimal_round(N("-0.4"), 0, TX_ROUND_HALF_EVEN, &r), 0);
    CU_ASSERT_EQUAL(r.neg, 0);
    TEXT(r, "0");
    CU_ASSERT_EQUAL(tx_decimal_round(N("-0.5"), 0, TX_ROUND_HALF_EVEN, &r), 0);
    CU_ASSERT_EQUAL(r.neg, 0);
    TEXT(r, "0");
    CU_ASSERT_EQUAL(tx_decimal_round(N("-0.5"), 0, TX_ROUND_HALF_AWAY, &r), 0);
    TEXT(r, "-1");
    CU_ASSERT_EQUAL(tx_decimal_round(N("-0.001"), -3, TX_ROUND_HALF_AWAY, &r), 0);
    CU_ASSERT_EQUAL(r.neg, 0);
    CU_ASSERT_EQUAL(tx_decimal_div_round(dec(-1, 0), dec(3, 0), 0, TX_ROUND_HALF_AWAY, &r), 0);
    CU_ASSERT_EQUAL(r.neg, 0);
    TEXT(r, "0");
    CU_ASSERT_EQUAL(tx_decimal_div_round(dec(0, 0), dec(-3, 0), 2, TX_ROUND_HALF_AWAY, &r), 0);
    CU_ASSERT_EQUAL(r.neg, 0);
    TEXT(r, "0.00");
    r = dec(0, 0);
    CU_ASSERT_EQUAL(tx_decimal_negate(&r), 0);
    CU_ASSERT_EQUAL(r.neg, 0);
    CU_ASSERT_EQUAL(tx_decimal_to_int64(N("-0.000"), &(int64_t){7}), 0);
}

/* Rounding to decimals as XBRL 2.1 calculations use it: a value rounded to
 * d decimals is the nearest multiple of 10^-d, and a value exactly half-way
 * goes to the even multiple.  The cases are those of the conformance suite's
 * 320-CalculationBinding V-32 to V-35, which cite XBRL 2.1 section 4.6.7.2. */
static void test_round_xbrl21(void)
{
    ROUND("-26.5", 0, "-26", "-27");                    /* V-32 */
    ROUND("-27.5", 0, "-28", "-28");                    /* V-33 */
    ROUND("2.85", 1, "2.8", "2.9");                     /* V-34: exact, not binary */
    ROUND("2.95", 1, "3", "3");
    ROUND("2.8500000000000000001", 1, "2.9", "2.9");
    ROUND("10.005", 2, "10", "10.01");                  /* 10.00 */
    ROUND("10.015", 2, "10.02", "10.02");
    ROUND("-10.025", 2, "-10.02", "-10.03");
    ROUND("1250", -2, "1200", "1300");
    ROUND("1350", -2, "1400", "1400");
    ROUND("-1250", -2, "-1200", "-1300");
    ROUND("0.05", 1, "0", "0.1");
    ROUND("0.15", 1, "0.2", "0.2");
    /* |v - rounded| <= half a unit of the place kept */
    tx_decimal r, diff;
    CU_ASSERT_EQUAL(tx_decimal_round(N("2.85"), 1, TX_ROUND_HALF_EVEN, &r), 0);
    CU_ASSERT_EQUAL(r.exp, -1);
    CU_ASSERT_EQUAL(tx_decimal_sub(N("2.85"), r, &diff), 0);
    CMP(diff, N("0.05"), 0);
}

static const CU_TestInfo decimal_tests[] = {
    { "layout", test_layout },
    { "parse plain", test_parse_plain },
    { "parse fraction", test_parse_fraction },
    { "parse grouping", test_parse_grouping },
    { "parse rejects", test_parse_rejects },
    { "parse digits limit", test_parse_digits_limit },
    { "parse xsd", test_parse_xsd },
    { "parse xsd exponent", test_parse_xsd_exponent },
    { "parse xsd rejects", test_parse_xsd_rejects },
    { "make and int64", test_make_int64 },
    { "format documented", test_format_documented },
    { "format more", test_format_more },
    { "format truncates", test_format_truncates },
    { "format round trip", test_format_round_trip },
    { "scale", test_scale },
    { "scale limit", test_scale_limit },
    { "negate", test_negate },
    { "add", test_add },
    { "add beyond int64", test_add_beyond_int64 },
    { "add limit", test_add_limit },
    { "sub", test_sub },
    { "mul", test_mul },
    { "cmp", test_cmp },
    { "cmp extremes", test_cmp_extremes },
    { "is_zero and sign", test_is_zero_sign },
    { "trim", test_trim },
    { "round decimals", test_round_decimals },
    { "round wide", test_round_wide },
    { "magnitude and inferred decimals", test_magnitude_infer },
    { "div round", test_div_round },
    { "carries across limbs", test_limb_carry },
    { "beyond everywhere", test_beyond_everywhere },
    { "cmp across exponents", test_cmp_exponents },
    { "negative zero", test_negative_zero },
    { "round as XBRL 2.1 calculations", test_round_xbrl21 },
    CU_TEST_INFO_NULL,
};

int tx_suite_decimal(void)
{
    return tx_add_suite("decimal", decimal_tests);
}

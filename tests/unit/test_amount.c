/* test_amount.c - printed amounts (read/amount.c). */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "read/amount.h"
#include "units.h"

static void report(int ok, int line, const char *msg)
{
    CU_assertImplementation(ok ? CU_TRUE : CU_FALSE, (unsigned)line, msg, __FILE__, "", CU_FALSE);
}

typedef struct want_amount {
    tx_amount_kind kind;
    const char *value;     /* tx_decimal_format of the value */
    int parens, minus, dollar, frac;
    const char *note;
} want_amount;

#define AMOUNT(tok, ...) check_amount(__LINE__, (tok), (want_amount){ __VA_ARGS__ })
static void check_amount(int line, const char *tok, want_amount w)
{
    tx_amount a;
    memset(&a, 0x5a, sizeof a);
    int r = tx_amount_parse(tok, strlen(tok), &a);
    char v[64];
    tx_decimal_format(a.value, v, sizeof v);
    int ok = r == 1 && a.kind == w.kind && strcmp(v, w.value) == 0 &&
             a.negative_parens == w.parens && a.negative_minus == w.minus &&
             a.dollar == w.dollar && a.frac_digits == w.frac && strcmp(a.note, w.note) == 0;
    char msg[400];
    snprintf(msg, sizeof msg,
             "amount '%s': got r=%d kind=%d %s parens=%d minus=%d $=%d frac=%d note='%.8s'",
             tok, r, a.kind, v, a.negative_parens, a.negative_minus, a.dollar, a.frac_digits,
             r == 1 ? a.note : "");
    report(ok, line, msg);
}

#define NOT_AMOUNT(tok) check_not_amount(__LINE__, (tok))
static void check_not_amount(int line, const char *tok)
{
    tx_amount a;
    memset(&a, 0x5a, sizeof a);
    int r = tx_amount_parse(tok, strlen(tok), &a);
    char msg[200];
    snprintf(msg, sizeof msg, "'%s' must not be an amount: got r=%d kind=%d", tok, r, a.kind);
    report(r == 0 && a.kind == TX_AMOUNT_NONE, line, msg);
}

static void test_amount_values(void)
{
    AMOUNT("1,234", TX_AMOUNT_VALUE, "1234", 0, 0, 0, 0, "");
    AMOUNT("1234", TX_AMOUNT_VALUE, "1234", 0, 0, 0, 0, "");
    AMOUNT("0.02", TX_AMOUNT_VALUE, "0.02", 0, 0, 0, 2, "");
    AMOUNT(".99", TX_AMOUNT_VALUE, "0.99", 0, 0, 0, 2, "");
    AMOUNT("12.50", TX_AMOUNT_VALUE, "12.50", 0, 0, 0, 2, "");
    AMOUNT("457,510", TX_AMOUNT_VALUE, "457510", 0, 0, 0, 0, "");
    AMOUNT("1996", TX_AMOUNT_VALUE, "1996", 0, 0, 0, 0, "");     /* years: caller decides */
    AMOUNT("0", TX_AMOUNT_VALUE, "0", 0, 0, 0, 0, "");
    AMOUNT("  1,234 ", TX_AMOUNT_VALUE, "1234", 0, 0, 0, 0, "");
    AMOUNT("123456789012345678", TX_AMOUNT_VALUE, "123456789012345678", 0, 0, 0, 0, "");
    AMOUNT("1234567890123456789", TX_AMOUNT_VALUE, "1234567890123456789", 0, 0, 0, 0, "");
    AMOUNT("(123,456,789,012,345,678,901,234,567,890,123,456,789,012)", TX_AMOUNT_VALUE,
           "-123456789012345678901234567890123456789012", 1, 0, 0, 0, "");
}

static void test_amount_negative(void)
{
    AMOUNT("(1,849)", TX_AMOUNT_VALUE, "-1849", 1, 0, 0, 0, "");
    AMOUNT("(0.24)", TX_AMOUNT_VALUE, "-0.24", 1, 0, 0, 2, "");
    AMOUNT("(12)", TX_AMOUNT_VALUE, "-12", 1, 0, 0, 0, "");
    AMOUNT("(0)", TX_AMOUNT_VALUE, "0", 1, 0, 0, 0, "");
    AMOUNT("-1,234", TX_AMOUNT_VALUE, "-1234", 0, 1, 0, 0, "");
    AMOUNT("-0.24", TX_AMOUNT_VALUE, "-0.24", 0, 1, 0, 2, "");
    AMOUNT("1,234-", TX_AMOUNT_VALUE, "-1234", 0, 1, 0, 0, "");  /* trailing minus */
    AMOUNT("+4", TX_AMOUNT_VALUE, "4", 0, 0, 0, 0, "");
}

static void test_amount_dollar(void)
{
    AMOUNT("$457,510", TX_AMOUNT_VALUE, "457510", 0, 0, 1, 0, "");
    AMOUNT("$(128,102)", TX_AMOUNT_VALUE, "-128102", 1, 0, 1, 0, "");
    AMOUNT("($1,849)", TX_AMOUNT_VALUE, "-1849", 1, 0, 1, 0, "");
    AMOUNT("$(1,849)", TX_AMOUNT_VALUE, "-1849", 1, 0, 1, 0, "");
    AMOUNT("$ 2,727,916", TX_AMOUNT_VALUE, "2727916", 0, 0, 1, 0, "");
    AMOUNT("$0.02", TX_AMOUNT_VALUE, "0.02", 0, 0, 1, 2, "");
    AMOUNT("$-0.37", TX_AMOUNT_VALUE, "-0.37", 0, 1, 1, 2, "");
    AMOUNT("-$0.37", TX_AMOUNT_VALUE, "-0.37", 0, 1, 1, 2, "");
    AMOUNT("$(1)", TX_AMOUNT_VALUE, "-1", 1, 0, 1, 0, "");      /* '$' makes it a value */
    AMOUNT("$1,558", TX_AMOUNT_VALUE, "1558", 0, 0, 1, 0, "");
}

static void test_amount_percent(void)
{
    AMOUNT("13%", TX_AMOUNT_PERCENT, "13", 0, 0, 0, 0, "");
    AMOUNT("(4.1)%", TX_AMOUNT_PERCENT, "-4.1", 1, 0, 0, 1, "");
    AMOUNT("(4.1%)", TX_AMOUNT_PERCENT, "-4.1", 1, 0, 0, 1, "");
    AMOUNT("-4.1%", TX_AMOUNT_PERCENT, "-4.1", 0, 1, 0, 1, "");
    AMOUNT("106.2%", TX_AMOUNT_PERCENT, "106.2", 0, 0, 0, 1, "");
    AMOUNT("106.2 %", TX_AMOUNT_PERCENT, "106.2", 0, 0, 0, 1, "");
    AMOUNT("7.5%", TX_AMOUNT_PERCENT, "7.5", 0, 0, 0, 1, "");
    AMOUNT("+4.6%", TX_AMOUNT_PERCENT, "4.6", 0, 0, 0, 1, "");
    AMOUNT("(1)%", TX_AMOUNT_PERCENT, "-1", 1, 0, 0, 0, "");
}

static void test_amount_nil(void)
{
    AMOUNT("--", TX_AMOUNT_NIL, "0", 0, 0, 0, 0, "");
    AMOUNT("-", TX_AMOUNT_NIL, "0", 0, 0, 0, 0, "");
    AMOUNT("---", TX_AMOUNT_NIL, "0", 0, 0, 0, 0, "");
    AMOUNT("- -", TX_AMOUNT_NIL, "0", 0, 0, 0, 0, "");
    AMOUNT("-0-", TX_AMOUNT_NIL, "0", 0, 0, 0, 0, "");
    AMOUNT("n/a", TX_AMOUNT_NIL, "0", 0, 0, 0, 0, "");
    AMOUNT("N/A", TX_AMOUNT_NIL, "0", 0, 0, 0, 0, "");
    AMOUNT("nm", TX_AMOUNT_NIL, "0", 0, 0, 0, 0, "");
    AMOUNT("NM", TX_AMOUNT_NIL, "0", 0, 0, 0, 0, "");
    AMOUNT("$ -", TX_AMOUNT_NIL, "0", 0, 0, 1, 0, "");         /* 24Holdings "$        -" */
    AMOUNT("$--", TX_AMOUNT_NIL, "0", 0, 0, 1, 0, "");
    AMOUNT("--*", TX_AMOUNT_NIL, "0", 0, 0, 0, 0, "*");
    NOT_AMOUNT("----");                                          /* a rule, not a nil */
    NOT_AMOUNT("=====");
    AMOUNT("-0", TX_AMOUNT_VALUE, "0", 0, 1, 0, 0, "");         /* a value, not a nil */
}

static void test_amount_notes(void)
{
    AMOUNT("5.12*", TX_AMOUNT_VALUE, "5.12", 0, 0, 0, 2, "*");
    AMOUNT("5.12**", TX_AMOUNT_VALUE, "5.12", 0, 0, 0, 2, "**");
    AMOUNT("1,516{6}", TX_AMOUNT_VALUE, "1516", 0, 0, 0, 0, "6");
    AMOUNT("$ 1,516{6}", TX_AMOUNT_VALUE, "1516", 0, 0, 1, 0, "6");
    AMOUNT("1994{2}", TX_AMOUNT_VALUE, "1994", 0, 0, 0, 0, "2");
    AMOUNT("1,234{4,5}", TX_AMOUNT_VALUE, "1234", 0, 0, 0, 0, "4,5");
    AMOUNT("1.40<F2>", TX_AMOUNT_VALUE, "1.40", 0, 0, 0, 2, "F2");
    AMOUNT("4,129<F1>", TX_AMOUNT_VALUE, "4129", 0, 0, 0, 0, "F1");
    AMOUNT("1,234(a)", TX_AMOUNT_VALUE, "1234", 0, 0, 0, 0, "a");
    AMOUNT("1,234(A)", TX_AMOUNT_VALUE, "1234", 0, 0, 0, 0, "A");
    AMOUNT("(1,849)(a)", TX_AMOUNT_VALUE, "-1849", 1, 0, 0, 0, "a");
    AMOUNT("13%*", TX_AMOUNT_PERCENT, "13", 0, 0, 0, 0, "*");
    AMOUNT("1,234-*", TX_AMOUNT_VALUE, "-1234", 0, 1, 0, 0, "*");
    NOT_AMOUNT("1,234{12345678}");                               /* note too long for note[] */
    NOT_AMOUNT("1,234{}");
    NOT_AMOUNT("1,234(ab)");
    NOT_AMOUNT("1,234*x");
    NOT_AMOUNT("1,234****");
}

static void test_amount_not(void)
{
    NOT_AMOUNT("");
    NOT_AMOUNT("   ");
    NOT_AMOUNT("*");
    NOT_AMOUNT("**");
    NOT_AMOUNT("{6}");
    NOT_AMOUNT("{4,5}");
    NOT_AMOUNT("<F1>");
    NOT_AMOUNT("(1)");          /* footnote markers */
    NOT_AMOUNT("(2)");
    NOT_AMOUNT("(A)");
    NOT_AMOUNT("(a)");
    NOT_AMOUNT("(loss)");
    NOT_AMOUNT("Q3");
    NOT_AMOUNT("10-K");
    NOT_AMOUNT("3/31/04");
    NOT_AMOUNT("4.75%-notes");
    NOT_AMOUNT("DEC-31-1995<F1>");
    NOT_AMOUNT("12,34");
    NOT_AMOUNT("1,2345");
    NOT_AMOUNT("12.");
    NOT_AMOUNT("1.2.3");
    NOT_AMOUNT(",123");
    NOT_AMOUNT("$");
    NOT_AMOUNT("%");
    NOT_AMOUNT("$$5");
    NOT_AMOUNT("((5))");
    NOT_AMOUNT("(-5)");
    NOT_AMOUNT("--5");
    NOT_AMOUNT("-5-");
    NOT_AMOUNT("(5");
    NOT_AMOUNT("5)");
    NOT_AMOUNT("(1,234)-");
    NOT_AMOUNT("4.1%-");
    /* more significant digits than a tx_decimal holds (TX_DECIMAL_DIGITS) */
    NOT_AMOUNT("1234567890123456789012345678901234567890123456789012345678901234567890"
               "1234567890123456789012345678901234567890");
    NOT_AMOUNT("abc");
    NOT_AMOUNT("n/a/b");
    NOT_AMOUNT("1 234");
}

static void test_amount_api(void)
{
    tx_amount a;
    CU_ASSERT_EQUAL(tx_amount_parse(NULL, 3, &a), 0);
    CU_ASSERT_EQUAL(a.kind, TX_AMOUNT_NONE);
    CU_ASSERT_EQUAL(tx_amount_parse("12", 2, NULL), 0);
    /* only `len` bytes count */
    int64_t v = 0;
    CU_ASSERT_EQUAL(tx_amount_parse("1,234 junk", 5, &a), 1);
    CU_ASSERT_EQUAL(tx_decimal_to_int64(a.value, &v), 0);
    CU_ASSERT_EQUAL(v, 1234);
    CU_ASSERT_EQUAL(tx_amount_parse("(1,849) x", 7, &a), 1);
    CU_ASSERT_EQUAL(tx_decimal_to_int64(a.value, &v), 0);
    CU_ASSERT_EQUAL(v, -1849);
}

static const CU_TestInfo amount_tests[] = {
    { "amount values", test_amount_values },
    { "amount negative", test_amount_negative },
    { "amount dollar", test_amount_dollar },
    { "amount percent", test_amount_percent },
    { "amount nil", test_amount_nil },
    { "amount notes", test_amount_notes },
    { "amount not", test_amount_not },
    { "amount api", test_amount_api },
    CU_TEST_INFO_NULL,
};

int tx_suite_amount(void)
{
    return tx_add_suite("amount", amount_tests);
}

/* test_disclose.c - the claim parser of the disclosure checks: amounts,
 * period phrases, metric phrases, sentences, rounding and percentages. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "disclose/disclose.h"
#include "units.h"

static void report(int ok, int line, const char *msg)
{
    CU_assertImplementation(ok ? CU_TRUE : CU_FALSE, (unsigned)line, msg, __FILE__, "", CU_FALSE);
}

static tx_decimal dec(long long coef, int exp)
{
    return tx_decimal_make(coef, exp);
}

/* the first mention of `text` is (kind, coef, exp, place) and covers `covered` */
#define MENTION(text, kind, coef, exp, place, covered) \
    check_mention(__LINE__, text, kind, coef, exp, place, covered)
static void check_mention(int line, const char *text, tx_mention_kind kind, long long coef,
                          int exp, int place, const char *covered)
{
    tx_mention *m = NULL;
    size_t n = 0;
    int r = tx_prose_mentions(text, &m, &n);
    char msg[300];
    int ok = r == 0 && n >= 1;
    if (ok) {
        tx_decimal want = dec(coef, exp);
        ok = m[0].kind == kind && tx_decimal_cmp(m[0].value, want) == 0 && m[0].place == place &&
             m[0].end - m[0].start == strlen(covered) &&
             strncmp(text + m[0].start, covered, strlen(covered)) == 0;
    }
    snprintf(msg, sizeof msg, "'%s': got n=%zu kind=%d %lld e%d place %d", text, n,
             n ? (int)m[0].kind : -1, n ? tx_test_coef(m[0].value) : 0LL, n ? m[0].value.exp : 0,
             n ? m[0].place : 0);
    report(ok, line, msg);
    free(m);
}

static void test_mentions(void)
{
    MENTION("were $172.1 million, compared", TX_MENTION_MONEY, 1721, 5, 5, "$172.1 million");
    MENTION("NET REVENUE $172.1M; GAAP", TX_MENTION_MONEY, 1721, 5, 5, "$172.1M");
    MENTION("was $7.2 million or $0.02 per share", TX_MENTION_MONEY, 72, 5, 5, "$7.2 million");
    MENTION("or $0.02 per share, compared", TX_MENTION_PER_SHARE, 2, -2, -2, "$0.02 per share");
    MENTION("GAAP EPS $0.02;", TX_MENTION_MONEY, 2, -2, -2, "$0.02");
    MENTION("an increase of 13 percent.", TX_MENTION_PERCENT, 13, 0, 0, "13 percent");
    MENTION("up 13.5% from", TX_MENTION_PERCENT, 135, -1, -1, "13.5%");
    MENTION("of $1.2 billion", TX_MENTION_MONEY, 12, 8, 8, "$1.2 billion");
    MENTION("paid $500,000 in", TX_MENTION_MONEY, 500000, 0, 0, "$500,000");
    MENTION("the 4.75% Convertible", TX_MENTION_PERCENT, 475, -2, -2, "4.75%");
    /* no amounts: dates, phone numbers, times */
    tx_mention *m = NULL;
    size_t n = 9;
    int r = tx_prose_mentions("on October 9, 2003 at 1:45 p.m. call 800-633-8284", &m, &n);
    report(r == 0 && n == 0, __LINE__, "dates, times and phone numbers are no amounts");
    free(m);
    /* all of a sentence, in order */
    r = tx_prose_mentions("$7.2 million or $0.02 per share, compared with $88.3 million, "
                          "an increase of 26 percent", &m, &n);
    report(r == 0 && n == 4 && m[0].kind == TX_MENTION_MONEY && m[1].kind == TX_MENTION_PER_SHARE &&
           m[2].kind == TX_MENTION_MONEY && m[3].kind == TX_MENTION_PERCENT, __LINE__,
           "four mentions in order");
    free(m);
}

static tx_prose_lexicon *lexicon(void);

#define PHRASE(text, last, kind, want, ord, year) \
    check_phrase(__LINE__, text, last, kind, want, ord, year)
static void check_phrase(int line, const char *text, int last, tx_phrase_kind kind,
                         const char *want, int ord, int year)
{
    tx_phrase ph;
    memset(&ph, 0, sizeof ph);
    int r = tx_prose_period(lexicon(), text, 0, strlen(text), last, &ph);
    char got[40] = "";
    if (r && ph.kind == TX_PHRASE_SPAN)
        tx_period_format(&ph.period, got, sizeof got);
    int ok = (kind == TX_PHRASE_NONE) ? r == 0
             : r == 1 && ph.kind == kind && strcmp(got, want) == 0 && ph.ordinal == ord &&
               ph.year == year;
    char msg[300];
    snprintf(msg, sizeof msg, "'%s': r=%d kind=%d '%s' ord=%d year=%d", text, r, (int)ph.kind, got,
             ph.ordinal, ph.year);
    report(ok, line, msg);
}

static void test_periods(void)
{
    PHRASE("net revenues for the nine months ended september 30, 2003 were", 1, TX_PHRASE_SPAN,
           "2003-01-01..2003-09-30", 0, 0);
    PHRASE("had net revenues for the quarter ending march 31, 2004 of", 1, TX_PHRASE_SPAN,
           "2004-01-01..2004-03-31", 0, 0);
    PHRASE("for the year ended december 31, 2002", 1, TX_PHRASE_SPAN, "2002-01-01..2002-12-31", 0, 0);
    PHRASE("net revenues for the third quarter were", 1, TX_PHRASE_ORDINAL, "", 3, 0);
    PHRASE("in the third quarter of 2002.", 0, TX_PHRASE_ORDINAL, "", 3, 2002);
    PHRASE("in the first quarter of fiscal 2003", 0, TX_PHRASE_ORDINAL, "", 1, 2003);
    PHRASE("juniper networks, inc. reports q3'03 financial results", 1, TX_PHRASE_ORDINAL, "", 3, 2003);
    PHRASE("q1'04 net revenue", 1, TX_PHRASE_ORDINAL, "", 1, 2004);
    PHRASE("for the same period last year, an increase", 0, TX_PHRASE_PRIOR_YEAR, "", 0, 0);
    PHRASE("in the same quarter of 2003.", 0, TX_PHRASE_SAME_OF_YEAR, "", 0, 2003);
    PHRASE("gaap net loss for the quarter was", 1, TX_PHRASE_CURRENT, "", 0, 0);
    PHRASE("the quarter ended march 31, 2003", 1, TX_PHRASE_SPAN, "2003-01-01..2003-03-31", 0, 0);
    PHRASE("which was acquired by juniper networks on april 16, 2004, had", 1, TX_PHRASE_NONE, "", 0, 0);
    PHRASE("an increase of 13 percent", 1, TX_PHRASE_NONE, "", 0, 0);
    /* the words of prose-words.tsv */
    PHRASE("for 1999, amd reported a net loss of", 1, TX_PHRASE_YEAR, "", 0, 1999);
    PHRASE("revenue in fiscal 2005 was", 1, TX_PHRASE_YEAR, "", 0, 2005);
    PHRASE("1999 earnings per share were", 1, TX_PHRASE_YEAR, "", 0, 1999);
    PHRASE("up 29 percent from 1998 net income of", 1, TX_PHRASE_YEAR, "", 0, 1998);
    PHRASE("in the immediate-prior quarter, amd reported", 1, TX_PHRASE_PRIOR_QUARTER, "", 0, 0);
    PHRASE("and up 12 percent sequentially", 1, TX_PHRASE_PRIOR_QUARTER, "", 0, 0);
    PHRASE("net income for the year was", 1, TX_PHRASE_FULL_YEAR, "", 0, 0);
    PHRASE("year-to-date revenue was", 1, TX_PHRASE_YEAR_TO_DATE, "", 0, 0);
    PHRASE("by 23 percent from the like period of 1998", 1, TX_PHRASE_SAME_OF_YEAR, "", 0, 1998);
    PHRASE("compared with $0.22 a year ago", 1, TX_PHRASE_PRIOR_YEAR, "", 0, 0);
    PHRASE("for the year ended december 31, 2002 were", 1, TX_PHRASE_SPAN,
           "2002-01-01..2002-12-31", 0, 0);
    PHRASE("a 4.75% note due in 2001,", 1, TX_PHRASE_YEAR, "", 0, 2001);
    PHRASE("report of cash payments over $10,000", 1, TX_PHRASE_NONE, "", 0, 0);
}

/* The lexicon of taxonomy/mapping/, loaded once for the suite. */
static tx_prose_lexicon *lexicon(void)
{
    static tx_prose_lexicon *lex;
    if (!lex) {
        tx_report *rep = tx_report_new();
        if (tx_prose_lexicon_load(tx_test_srcdir(), rep, &lex) != TX_OK)
            lex = NULL;
        tx_report_free(rep);
    }
    return lex;
}

#define METRIC(text, name, basis, negative) check_metric(__LINE__, text, name, basis, negative)
static void check_metric(int line, const char *text, const char *name, int basis, int negative)
{
    tx_metric_hit h[8];
    size_t n = tx_prose_metrics(lexicon(), text, 0, strlen(text), h, 8);
    int ok = name ? n >= 1 && strcmp(h[n - 1].metric->name, name) == 0 && h[n - 1].basis == basis &&
                        h[n - 1].negative == negative
                  : n == 0;
    char msg[300];
    snprintf(msg, sizeof msg, "'%s': n=%zu %s basis=%d neg=%d", text, n, n ? h[n - 1].metric->name : "-",
             n ? h[n - 1].basis : -1, n ? h[n - 1].negative : -1);
    report(ok, line, msg);
}

static void test_metrics(void)
{
    CU_ASSERT_PTR_NOT_NULL_FATAL(lexicon());
    METRIC("net revenues for the third quarter were", "net revenues", 0, 0);
    METRIC("gaap net income for the third quarter was", "net income", 1, 0);
    METRIC("compared with a gaap net loss of", "net income", 1, 1);
    METRIC("compared with non-gaap net loss of", "net income", 2, 1);
    METRIC("non-gaap net income, which excludes", "net income", 2, 0);
    METRIC("net income, excluding charges, was", "net income", 2, 0);
    METRIC("pro forma net income was", "net income", 2, 0);
    METRIC("adjusted ebitda was", "EBITDA", 2, 0);
    METRIC("non-gaap eps", "net income per share", 2, 0);
    METRIC("compared to cash used in operations of", "cash provided by operations", 0, 1);
    METRIC("cash flow provided by operations for the quarter", "cash provided by operations", 0, 0);
    METRIC("capital expenditures and depreciation during", "depreciation", 0, 0);
    METRIC("the replays will be available", NULL, 0, 0);
    tx_metric_hit h[8];
    const char *s = "capital expenditures and depreciation during the third quarter were";
    size_t n = tx_prose_metrics(lexicon(), s, 0, strlen(s), h, 8);
    report(n == 2 && strcmp(h[0].metric->name, "capital expenditures") == 0, __LINE__,
           "two metrics in order (respectively)");
    /* a part of a measure: found, marked as a part */
    s = "product revenue was";
    n = tx_prose_metrics(lexicon(), s, 0, strlen(s), h, 8);
    report(n == 1 && strcmp(h[0].metric->name, "net revenues") == 0 && h[0].part == 1, __LINE__,
           "'product revenue': net revenues, a part of them");
    s = "net revenues were";
    n = tx_prose_metrics(lexicon(), s, 0, strlen(s), h, 8);
    report(n == 1 && h[0].part == 0, __LINE__, "'net revenues': the whole measure");
    s = "net revenues derived from cartridge products were";
    n = tx_prose_metrics(lexicon(), s, 0, strlen(s), h, 8);
    report(n == 1 && h[0].part == 1, __LINE__, "'net revenues derived from': a part of them");
    s = "net revenues from $372,000";
    n = tx_prose_metrics(lexicon(), s, 0, strlen(s), h, 8);
    report(n == 1 && h[0].part == 0, __LINE__, "'net revenues from $372,000': the whole measure");
    /* the measure a ratio is of is not a metric of the amounts */
    METRIC("in 1996 to $746,000, or 13.0% of net revenues, in", NULL, 0, 0);
    METRIC("or 21 percent of net revenues in fiscal 1996 from", NULL, 0, 0);
    METRIC("net revenues, or 13.0% of", "net revenues", 0, 0);
}

static void test_sentences(void)
{
    const char *t = "Juniper Networks, Inc. (NASDAQ: JNPR) today reported. Net revenues were "
                    "$172.1 million. GAAP EPS $0.02; NON-GAAP EPS $0.04 at 1:45 p.m. PT today.";
    size_t s[10][2];
    size_t n = tx_prose_sentences(t, strlen(t), s, 10);
    char msg[200];
    snprintf(msg, sizeof msg, "4 sentences, got %zu", n);
    report(n == 4, __LINE__, msg);
    if (n == 4) {
        report(strncmp(t + s[1][0], "Net revenues", 12) == 0, __LINE__, "second sentence");
        report(strncmp(t + s[3][0], "NON-GAAP EPS", 12) == 0, __LINE__, "';' ends a sentence");
    }
}

static void test_rounding(void)
{
    /* $172.1 million = 172,128 thousand rounded to 0.1 million */
    report(tx_claim_rounds_to(dec(172128, 3), dec(1721, 5), 5) == 1, __LINE__, "172,128 -> $172.1M");
    report(tx_claim_rounds_to(dec(172128, 3), dec(1722, 5), 5) == 0, __LINE__, "172,128 is not $172.2M");
    report(tx_claim_rounds_to(dec(152026, 3), dec(1520, 5), 5) == 1, __LINE__, "152,026 -> $152.0M");
    report(tx_claim_rounds_to(dec(-88330, 3), dec(-883, 5), 5) == 1, __LINE__, "(88,330) -> loss $88.3M");
    report(tx_claim_rounds_to(dec(-88330, 3), dec(883, 5), 5) == 0, __LINE__, "a loss is no income");
    report(tx_claim_rounds_to(dec(7205, 3), dec(72, 5), 5) == 1, __LINE__, "7,205 -> $7.2M");
    report(tx_claim_rounds_to(dec(7250, 3), dec(73, 5), 5) == 1, __LINE__, "a half rounds either way");
    report(tx_claim_rounds_to(dec(2, -2), dec(2, -2), -2) == 1, __LINE__, "0.02 per share");
    report(tx_claim_rounds_to(dec(8, -2), dec(9, -2), -2) == 0, __LINE__, "0.08 is not 0.09");
    /* 13 percent = (172,128 - 152,026) / 152,026 = 13.2% */
    report(tx_claim_percent_ok(dec(172128, 3), dec(152026, 3), dec(13, 0), 0, 1) == 1, __LINE__, "13%");
    report(tx_claim_percent_ok(dec(172128, 3), dec(152026, 3), dec(15, 0), 0, 1) == 0, __LINE__, "not 15%");
    report(tx_claim_percent_ok(dec(172128, 3), dec(152026, 3), dec(13, 0), 0, -1) == 0, __LINE__,
           "an increase is no decrease");
    report(tx_claim_percent_ok(dec(494438, 3), dec(391281, 3), dec(26, 0), 0, 1) == 1, __LINE__, "26%");
    report(tx_claim_percent_ok(dec(224053, 3), dec(157207, 3), dec(43, 0), 0, 1) == 1, __LINE__, "42.5% -> 43");
    report(tx_claim_percent_ok(dec(93518, 3), dec(58342, 3), dec(60, 0), 0, 1) == 1, __LINE__, "60%");
    report(tx_claim_percent_ok(dec(172128, 3), dec(152026, 3), dec(132, -1), -1, 1) == 1, __LINE__, "13.2%");
    report(tx_claim_percent_ok(dec(172128, 3), dec(152026, 3), dec(131, -1), -1, 1) == 0, __LINE__, "not 13.1%");
    report(tx_claim_percent_ok(dec(5, 0), dec(0, 0), dec(13, 0), 0, 1) == -1, __LINE__, "from zero");
    /* a change between figures printed to the cent: 2.11 / 1.73 = +21.97%;
       unrounded they give +21.3% to +22.6% */
    tx_decimal cent = dec(5, -3);
    report(tx_claim_percent_plausible(dec(211, -2), dec(173, -2), dec(22, 0), 0, 1, cent) == 1,
           __LINE__, "22% from 1.73 to 2.11");
    report(tx_claim_percent_plausible(dec(211, -2), dec(173, -2), dec(21, 0), 0, 1, cent) == 1,
           __LINE__, "21%: 1.7349 to 2.1051 is +21.3%");
    report(tx_claim_percent_plausible(dec(211, -2), dec(173, -2), dec(32, 0), 0, 1, cent) == 0,
           __LINE__, "32% is out of reach");
    report(tx_claim_percent_plausible(dec(4, -2), dec(3, -2), dec(40, 0), 0, 1, cent) == 1,
           __LINE__, "0.03 to 0.04 may be anything from 0% (0.035 both) to +80% (0.025 to 0.045)");
    report(tx_claim_percent_plausible(dec(4, -2), dec(3, -2), dec(90, 0), 0, 1, cent) == 0,
           __LINE__, "but not +90%");
    report(tx_claim_percent_plausible(dec(4, -2), dec(-3, -2), dec(40, 0), 0, 1, cent) == -1,
           __LINE__, "from a loss: cannot be said");
}

/* The statement of operations of the small releases below. */
#define ACME_STATEMENT \
    "          CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n" \
    "             (in thousands, except per share amounts)\n" \
    "\n" \
    "                                       Three months ended\n" \
    "                                          September 30,\n" \
    "                                       2003          2002\n" \
    "                                     --------      --------\n" \
    "Total net revenues                   $ 10,012      $  8,004\n" \
    "Net income                           $  1,013      $    800\n"

/* Reads, maps and checks one exhibit from memory; findings of the check go
 * to `out`.  *read is 1 when the exhibit was read with one table. */
static tx_status disclose_text(const char *name, const char *text, size_t len, tx_report *out,
                               tx_disclose_summary *sum, int *read)
{
    tx_report *rep = tx_report_new();
    tx_exhibit *ex = NULL;
    tx_taxonomy *tax = NULL;
    tx_mapping *map = NULL;
    tx_factset *fs = NULL;
    tx_status st = tx_exhibit_read_buffer(name, text, len, rep, &ex);
    *read = st == TX_OK && ex && ex->ntables == 1;
    memset(sum, 0, sizeof *sum);
    if (*read && tx_taxonomy_load(tx_test_srcdir(), rep, &tax) == TX_OK) {
        tx_map_options mo = {tax, NULL, "acme", NULL, NULL};
        tx_map_exhibit(ex, &mo, rep, &map, &fs);
        tx_disclose_options opt = {1, lexicon()};
        st = tx_disclose_exhibit(ex, map, &opt, out, sum);
    }
    tx_mapping_free(map);
    tx_factset_free(fs);
    tx_taxonomy_free(tax);
    tx_exhibit_free(ex);
    tx_report_free(rep);
    return st;
}

/* The whole check on a small release: verified, contradicted, unverifiable. */
static void test_release(void)
{
    static const char text[] =
        "ACME CORP. REPORTS Q3'03 RESULTS\n"
        "GAAP EPS $0.10; NON-GAAP EPS $0.12\n"
        "\n"
        "Net revenues for the third quarter were $10.0 million, compared with $8.0\n"
        "million for the same period last year, an increase of 30 percent. Net income\n"
        "for the third quarter was $1.0 million or $0.10 per share. Cash provided by\n"
        "operations was $2.0 million for the third quarter.\n"
        "\n"
        "                         ACME CORP.\n"
        ACME_STATEMENT
        "Net income per share:\n"
        "   Basic                             $   0.11      $   0.09\n"
        "   Diluted                           $   0.10      $   0.08\n";
    tx_report *r2 = tx_report_new();
    tx_disclose_summary sum;
    int read = 0;
    tx_status st = disclose_text("acme.txt", text, sizeof text - 1, r2, &sum, &read);
    report(read, __LINE__, "the release reads");
    if (read) {
        char msg[300];
        snprintf(msg, sizeof msg, "claims %zu verified %zu contradicted %zu unverifiable %zu",
                 sum.claims, sum.verified, sum.contradicted, sum.unverifiable);
        /* $0.10, $10.0M, $8.0M, 30% (25.1%: contradicted), $1.0M, $0.10,
           $2.0M (no cash flow: unverifiable); NON-GAAP EPS $0.12: no
           non-GAAP statement: unverifiable, and unreconciled */
        report(sum.claims == 8 && sum.verified == 5 && sum.contradicted == 1 &&
               sum.unverifiable == 2, __LINE__, msg);
        report(st == TX_EINPUT, __LINE__, "errors found");
        int pct = 0, unrec = 0;
        for (size_t i = 0; i < tx_report_size(r2); i++) {
            if (strcmp(tx_report_code(r2, i), "disclosure.claim-contradicted") == 0 &&
                tx_report_line(r2, i) == 5 &&
                strstr(tx_report_message(r2, i), "the tables give 25.1%"))
                pct = 1;
            if (strcmp(tx_report_code(r2, i), "disclosure.nongaap-unreconciled") == 0 &&
                tx_report_line(r2, i) == 2)
                unrec = 1;
        }
        report(pct, __LINE__, "30 percent contradicted at line 5: the tables give 25.1%");
        report(unrec, __LINE__, "NON-GAAP EPS unreconciled at line 2");
    }
    tx_report_free(r2);
}

/* Amounts of change: verified when they are the difference between the
 * period and the year before it, in the direction the words say; else
 * unverifiable (the words may compare with another period), never
 * contradicted.  Revenues 10,012 against 8,004 thousand: up 2,008 thousand. */
static void test_changes(void)
{
    static const char text[] =
        "ACME CORP. REPORTS Q3'03 RESULTS\n"
        "\n"
        "Net revenues for the third quarter of 2003 increased $2.0 million, compared\n"
        "with the same period last year. Net revenues for the third quarter of 2003\n"
        "increased $3.0 million. Net revenues for the third quarter of 2003 decreased\n"
        "$2.0 million.\n"
        "\n"
        "                         ACME CORP.\n"
        ACME_STATEMENT;
    tx_report *r2 = tx_report_new();
    tx_disclose_summary sum;
    int read = 0;
    disclose_text("changes.txt", text, sizeof text - 1, r2, &sum, &read);
    report(read, __LINE__, "the release reads");
    char msg[200];
    snprintf(msg, sizeof msg, "claims %zu verified %zu contradicted %zu unverifiable %zu",
             sum.claims, sum.verified, sum.contradicted, sum.unverifiable);
    report(sum.claims == 3 && sum.verified == 1 && sum.contradicted == 0 &&
           sum.unverifiable == 2, __LINE__, msg);
    int up = 0, wrong_size = 0, wrong_way = 0;
    for (size_t i = 0; i < tx_report_size(r2); i++) {
        const char *code = tx_report_code(r2, i), *m = tx_report_message(r2, i);
        long line = tx_report_line(r2, i);
        if (strcmp(code, "disclosure.claim-verified") == 0 && line == 3 &&
            strstr(m, "from 8,004 at line 16 to 10,012 at line 16"))
            up = 1;
        if (strcmp(code, "disclosure.claim-unverifiable") == 0 && line == 5 &&
            strstr(m, "year over year the tables give 2,008,000"))
            wrong_size = 1;
        if (strcmp(code, "disclosure.claim-unverifiable") == 0 && line == 6)
            wrong_way = 1;
    }
    report(up, __LINE__, "$2.0 million increase verified at line 3 (8,004 to 10,012)");
    report(wrong_size, __LINE__, "$3.0 million increase unverifiable at line 5, with 2,008,000");
    report(wrong_way, __LINE__, "$2.0 million decrease unverifiable at line 6");
    tx_report_free(r2);
}

/* A sentence of 70 amounts: the first 64 are claims, the rest are said to
 * be skipped (one note, at the line of the 65th). */
static void test_long_sentence(void)
{
    char text[8192];
    size_t n = 0;
    n += (size_t)snprintf(text + n, sizeof text - n, "Net revenues for the third quarter were");
    for (int i = 1; i <= 70; i++)   /* one amount per line: line i holds amount i */
        n += (size_t)snprintf(text + n, sizeof text - n, " $%d.0\nmillion,", i);
    n += (size_t)snprintf(text + n, sizeof text - n, " in all.\n\n" ACME_STATEMENT);
    tx_report *r2 = tx_report_new();
    tx_disclose_summary sum;
    int read = 0;
    disclose_text("long.txt", text, n, r2, &sum, &read);
    report(read, __LINE__, "the release reads");
    size_t skipped = 0;
    long line = 0;
    const char *msg = "";
    for (size_t i = 0; i < tx_report_size(r2); i++)
        if (strcmp(tx_report_code(r2, i), "disclosure.claims-skipped") == 0) {
            skipped++;
            line = tx_report_line(r2, i);
            msg = tx_report_message(r2, i);
        }
    report(read && sum.claims == 64, __LINE__, "64 claims checked");
    report(skipped == 1 && line == 65 && strstr(msg, " 6 more ") != NULL, __LINE__,
           "one note: 6 more amounts, from line 65");
    tx_report_free(r2);
}

int tx_suite_disclose(void)
{
    static const CU_TestInfo tests[] = {
        {"amounts and percentages in prose", test_mentions},
        {"period phrases", test_periods},
        {"metric phrases and basis", test_metrics},
        {"sentences", test_sentences},
        {"rounding and percentages of change", test_rounding},
        {"a small release, checked whole", test_release},
        {"amounts of change, year over year", test_changes},
        {"a sentence of 70 amounts", test_long_sentence},
        CU_TEST_INFO_NULL,
    };
    return tx_add_suite("disclose", tests);
}

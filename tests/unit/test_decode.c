/* test_decode.c - stage 1: encodings, normalisation, lines, EDGAR SGML. */
#include <stdlib.h>
#include <string.h>

#include "read/decode.h"
#include "units.h"

/* Decodes `n` bytes of `s` as "t.txt"; *rep is new and must be freed. */
static tx_status run(const char *s, size_t n, tx_text **t, tx_report **rep)
{
    *rep = tx_report_new();
    *t = NULL;
    return tx_decode("t.txt", (const unsigned char *)s, n, *rep, t);
}

/* String literals may hold NUL bytes: take their size, not strlen. */
#define RUN(lit, t, rep) run((lit), sizeof(lit) - 1, (t), (rep))

static const unsigned LINE_MASK = TX_LINE_IN_TABLE | TX_LINE_TABLE_START |
                                  TX_LINE_TABLE_END | TX_LINE_PAGE_BREAK |
                                  TX_LINE_CAPTION | TX_LINE_FOOTNOTE |
                                  TX_LINE_HINTS;

static void check_line(const tx_text *t, size_t i, const char *text,
                       long src, unsigned flags)
{
    CU_ASSERT_FATAL(i < t->nlines);
    const tx_line *l = &t->lines[i];
    CU_ASSERT_STRING_EQUAL(l->text, text);
    CU_ASSERT_EQUAL(l->len, strlen(text));
    CU_ASSERT_EQUAL(l->src_line, src);
    CU_ASSERT_EQUAL(l->flags & LINE_MASK, flags);
}

static void check_hints(const tx_line *l, const int *want, size_t n)
{
    CU_ASSERT_EQUAL_FATAL(l->nhints, n);
    CU_ASSERT_PTR_NOT_NULL_FATAL(l->hints);
    for (size_t i = 0; i < n; i++)
        CU_ASSERT_EQUAL(l->hints[i], want[i]);
}

static void check_finding(const tx_report *rep, size_t i, tx_severity sev,
                          long line, const char *code)
{
    CU_ASSERT_FATAL(i < tx_report_size(rep));
    CU_ASSERT_EQUAL(tx_report_severity(rep, i), sev);
    CU_ASSERT_EQUAL(tx_report_line(rep, i), line);
    CU_ASSERT_STRING_EQUAL(tx_report_code(rep, i), code);
    CU_ASSERT_STRING_EQUAL(tx_report_file(rep, i), "t.txt");
}

/* ------------------------------------------------------------------ */
/* Encodings                                                            */

static void test_utf8_bom(void)
{
    tx_text *t;
    tx_report *rep;
    CU_ASSERT_EQUAL(RUN("\xEF\xBB\xBF" "caf\xC3\xA9 \xE2\x80\x9Cok\xE2\x80\x9D\n"
                        "x\n", &t, &rep), TX_OK);
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_STRING_EQUAL(t->encoding, "UTF-8");
    CU_ASSERT_STRING_EQUAL(t->name, "t.txt");
    CU_ASSERT_EQUAL(t->nlines, 2);
    check_line(t, 0, "caf\xC3\xA9 \"ok\"", 1, 0);
    check_line(t, 1, "x", 2, 0);
    CU_ASSERT_EQUAL(t->lines[0].doc, -1);
    CU_ASSERT_PTR_NULL(t->lines[0].hints);
    CU_ASSERT_EQUAL(tx_report_size(rep), 0);
    tx_text_free(t);
    tx_report_free(rep);
}

static void test_utf8_without_bom(void)
{
    tx_text *t;
    tx_report *rep;
    CU_ASSERT_EQUAL(RUN("Soci\xC3\xA9t\xC3\xA9\n", &t, &rep), TX_OK);
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_STRING_EQUAL(t->encoding, "UTF-8");
    check_line(t, 0, "Soci\xC3\xA9t\xC3\xA9", 1, 0);
    tx_text_free(t);
    tx_report_free(rep);
}

static void test_windows_1252(void)
{
    tx_text *t;
    tx_report *rep;
    /* 0x93/0x94 curly quotes, 0x96 en dash, 0x97 em dash, 0xA0 NBSP,
     * 0x92 right single quote, 0x95 bullet. */
    CU_ASSERT_EQUAL(RUN("\x93Net\x94 \x96 1\x97" "2 a\xA0" "b\n"
                        "Company\x92s \x95 item\xA0\xA0\n", &t, &rep), TX_OK);
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_STRING_EQUAL(t->encoding, "windows-1252");
    CU_ASSERT_EQUAL(t->nlines, 2);
    check_line(t, 0, "\"Net\" - 1--2 a b", 1, 0);
    check_line(t, 1, "Company's * item", 2, 0);
    tx_text_free(t);
    tx_report_free(rep);
}

static void test_latin1(void)
{
    tx_text *t;
    tx_report *rep;
    CU_ASSERT_EQUAL(RUN("Soci\xE9t\xE9 G\xE9n\xE9rale\t1\n", &t, &rep), TX_OK);
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_STRING_EQUAL(t->encoding, "ISO-8859-1");
    /* 16 code points, then the tab goes to column 24. */
    check_line(t, 0, "Soci\xC3\xA9t\xC3\xA9 G\xC3\xA9n\xC3\xA9rale        1",
               1, 0);
    const tx_line *l = &t->lines[0];
    CU_ASSERT_EQUAL(l->len, 29);
    CU_ASSERT_EQUAL(tx_utf8_columns(l->text, l->len), 25);
    CU_ASSERT_EQUAL(tx_utf8_columns(l->text, 6), 5);   /* "Soci" + e-acute */
    CU_ASSERT_EQUAL(tx_utf8_columns(l->text, 20), 16); /* "Societe Generale" */
    tx_text_free(t);
    tx_report_free(rep);
}

static void test_utf8_columns(void)
{
    CU_ASSERT_EQUAL(tx_utf8_columns("", 0), 0);
    CU_ASSERT_EQUAL(tx_utf8_columns(NULL, 5), 0);
    CU_ASSERT_EQUAL(tx_utf8_columns("abc", 3), 3);
    CU_ASSERT_EQUAL(tx_utf8_columns("abc", 2), 2);
    CU_ASSERT_EQUAL(tx_utf8_columns("a\xC3\xA9" "b", 4), 3);
    CU_ASSERT_EQUAL(tx_utf8_columns("\xE2\x82\xAC" "5", 4), 2); /* euro sign */
    CU_ASSERT_EQUAL(tx_utf8_columns("\xF0\x9F\x98\x80", 4), 1);
}

/* ------------------------------------------------------------------ */
/* Normalisation, lines, tabs                                           */

static void test_unicode_mapping(void)
{
    tx_text *t;
    tx_report *rep;
    CU_ASSERT_EQUAL(RUN("\xE2\x80\x98" "a\xE2\x80\x99 "      /* 'a'        */
                        "\xE2\x88\x92" "5 "                   /* minus 5    */
                        "x\xE2\x80\x94y "                     /* em dash    */
                        "so\xC2\xAD" "ft "                    /* soft hyphen */
                        "\xE2\x80\xA2 "                       /* bullet     */
                        "p\xE2\x80\x83q "                     /* em space   */
                        "\xEF\xAC\x81n "                      /* fi ligature */
                        "5\xE2\x80\xB3 "                      /* double prime */
                        "\xEF\xBC\x91\xEF\xBC\x92 "           /* fullwidth 12 */
                        "\xE2\x80\x9E" "d\xE2\x80\x9C "       /* low-9 quotes */
                        "1\xE2\x80\x93" "2\xE2\x80\x95" "3\n", &t, &rep),
                    TX_OK);
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_EQUAL(t->nlines, 1);
    check_line(t, 0, "'a' -5 x--y soft * p q fin 5\" 12 \"d\" 1-2--3", 1, 0);
    tx_text_free(t);
    tx_report_free(rep);
}

static void test_line_ends(void)
{
    tx_text *t;
    tx_report *rep;
    CU_ASSERT_EQUAL(RUN("one\r\ntwo\rthree   \n\r\nfour \t", &t, &rep), TX_OK);
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_EQUAL(t->nlines, 5);
    check_line(t, 0, "one", 1, 0);
    check_line(t, 1, "two", 2, 0);
    check_line(t, 2, "three", 3, 0);
    check_line(t, 3, "", 4, 0);
    check_line(t, 4, "four", 5, 0);
    tx_text_free(t);
    tx_report_free(rep);
}

static void test_tabs(void)
{
    tx_text *t;
    tx_report *rep;
    CU_ASSERT_EQUAL(RUN("a\tb\n"
                        "\tc\n"
                        "12345678\td\n"
                        "1234567\t\te\n"
                        "\xC3\xA9\tx\n"
                        "\xE2\x80\x94\ty\n", &t, &rep), TX_OK);
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_EQUAL(t->nlines, 6);
    check_line(t, 0, "a       b", 1, 0);
    check_line(t, 1, "        c", 2, 0);
    check_line(t, 2, "12345678        d", 3, 0);
    check_line(t, 3, "1234567         e", 4, 0);
    check_line(t, 4, "\xC3\xA9       x", 5, 0); /* e-acute is one column */
    check_line(t, 5, "--      y", 6, 0);         /* em dash is two      */
    tx_text_free(t);
    tx_report_free(rep);
}

static void test_controls_and_form_feed(void)
{
    tx_text *t;
    tx_report *rep;
    CU_ASSERT_EQUAL(RUN("Revenue for the year\x01was up \x1b strongly.\n"
                        "\fPage two starts here\n"
                        "more text on page two\n"
                        "\f\n"
                        "Page three\n"
                        "end of page three\f\n"
                        "Page four\n", &t, &rep), TX_OK);
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_EQUAL(t->nlines, 6);
    check_line(t, 0, "Revenue for the year was up   strongly.", 1, 0);
    check_line(t, 1, "Page two starts here", 2, TX_LINE_PAGE_BREAK);
    check_line(t, 2, "more text on page two", 3, 0);
    check_line(t, 3, "Page three", 5, TX_LINE_PAGE_BREAK);
    check_line(t, 4, "end of page three", 6, 0);
    check_line(t, 5, "Page four", 7, TX_LINE_PAGE_BREAK);
    CU_ASSERT_EQUAL(tx_report_size(rep), 0);
    tx_text_free(t);
    tx_report_free(rep);
}

/* In an EDGAR filing a line that began with '-' was sent as "- -": the
 * escape becomes a space (columns keep their places); plain text keeps it. */
static void test_dash_escape(void)
{
    tx_text *t;
    tx_report *rep;
    CU_ASSERT_EQUAL(RUN("<PAGE>\n"
                        "Weighted average number of common shares\n"
                        "- - basic and diluted          1,244,902\n"
                        "- ----------------------  ---------\n"
                        "-- not escaped\n", &t, &rep), TX_OK);
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_EQUAL(t->nlines, 4);
    check_line(t, 1, "  - basic and diluted          1,244,902", 3, 0);
    check_line(t, 2, "  ----------------------  ---------", 4, 0);
    check_line(t, 3, "-- not escaped", 5, 0);
    tx_text_free(t);
    tx_report_free(rep);
}

static void test_plain_text_unchanged(void)
{
    tx_text *t;
    tx_report *rep;
    CU_ASSERT_EQUAL(RUN("                 JUNIPER NETWORKS, INC.\n"
                        "Net loss             $(128,102)     --      (0.24)\n"
                        "- - Excluding items    $ 0.24\n"
                        "<ARTICLE> 5   <F1>\n", &t, &rep), TX_OK);
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_EQUAL(t->nlines, 4);
    check_line(t, 0, "                 JUNIPER NETWORKS, INC.", 1, 0);
    check_line(t, 1, "Net loss             $(128,102)     --      (0.24)", 2, 0);
    check_line(t, 2, "- - Excluding items    $ 0.24", 3, 0);
    check_line(t, 3, "<ARTICLE> 5   <F1>", 4, 0);
    CU_ASSERT_EQUAL(t->ndocs, 0);
    CU_ASSERT_EQUAL(t->nfilers, 0);
    CU_ASSERT_STRING_EQUAL(t->period_of_report, "");
    CU_ASSERT_STRING_EQUAL(t->form_type, "");
    tx_text_free(t);
    tx_report_free(rep);
}

/* ------------------------------------------------------------------ */
/* EDGAR SGML                                                           */

static const char SUBMISSION[] =
    "-----BEGIN PRIVACY-ENHANCED MESSAGE-----\n"                /*  1 */
    "Proc-Type: 2001,MIC-CLEAR\n"                               /*  2 */
    "\n"                                                        /*  3 */
    "<SEC-DOCUMENT>0000320193-99-000009.txt : 19990809\n"       /*  4 */
    "<SEC-HEADER>0000320193-99-000009.hdr.sgml : 19990809\n"    /*  5 */
    "CONFORMED SUBMISSION TYPE:\t10-Q\n"                        /*  6 */
    "CONFORMED PERIOD OF REPORT:\t19990626\n"                   /*  7 */
    "\n"                                                        /*  8 */
    "FILER:\n"                                                  /*  9 */
    "\tCOMPANY DATA:\t\n"                                       /* 10 */
    "\t\tCOMPANY CONFORMED NAME:\t\t\tAPPLE COMPUTER INC\n"     /* 11 */
    "\t\tCENTRAL INDEX KEY:\t\t\t320193\n"                      /* 12 */
    "FILER:\n"                                                  /* 13 */
    "\t\tCOMPANY CONFORMED NAME:\t\t\tSECOND FILER CO\n"        /* 14 */
    "\t\tCENTRAL INDEX KEY:\t\t\t0000012345\n"                  /* 15 */
    "</SEC-HEADER>\n"                                           /* 16 */
    "<DOCUMENT>\n"                                              /* 17 */
    "<TYPE>10-Q\n"                                              /* 18 */
    "<SEQUENCE>1\n"                                             /* 19 */
    "<TEXT>\n"                                                  /* 20 */
    "Quarterly report\n"                                        /* 21 */
    "<PAGE>\n"                                                  /* 22 */
    "<TABLE>\n"                                                 /* 23 */
    "<CAPTION>  Statement of Operations\n"                      /* 24 */
    "                    1999    1998\n"                        /* 25 */
    "<S>                 <C>     <C>\n"                         /* 26 */
    "Net sales           1,558   1,402\n"                       /* 27 */
    "<PAGE>\n"                                                  /* 28 */
    "Net income            203     101\n"                       /* 29 */
    "</TABLE>\n"                                                /* 30 */
    "After table\n"                                             /* 31 */
    "</TEXT>\n"                                                 /* 32 */
    "</DOCUMENT>\n"                                             /* 33 */
    "<DOCUMENT>\n"                                              /* 34 */
    "<TYPE>EX-27\n"                                             /* 35 */
    "<DESCRIPTION>ART. 5 FDS\n"                                 /* 36 */
    "<TEXT>\n"                                                  /* 37 */
    "<TABLE>\n"                                                 /* 38 */
    "<CASH>   1,773\n"                                          /* 39 */
    "</TEXT>\n"                                                 /* 40 */
    "</DOCUMENT>\n"                                             /* 41 */
    "</SEC-DOCUMENT>\n"                                         /* 42 */
    "-----END PRIVACY-ENHANCED MESSAGE-----\n";                 /* 43 */

static void test_submission_header(void)
{
    tx_text *t;
    tx_report *rep;
    CU_ASSERT_EQUAL(RUN(SUBMISSION, &t, &rep), TX_OK);
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_STRING_EQUAL(t->form_type, "10-Q");
    CU_ASSERT_STRING_EQUAL(t->period_of_report, "19990626");
    CU_ASSERT_EQUAL_FATAL(t->nfilers, 2);
    CU_ASSERT_STRING_EQUAL(t->filers[0].name, "APPLE COMPUTER INC");
    CU_ASSERT_STRING_EQUAL(t->filers[0].cik, "0000320193");
    CU_ASSERT_STRING_EQUAL(t->filers[1].name, "SECOND FILER CO");
    CU_ASSERT_STRING_EQUAL(t->filers[1].cik, "0000012345");
    CU_ASSERT_EQUAL_FATAL(t->ndocs, 2);
    CU_ASSERT_STRING_EQUAL(t->docs[0].type, "10-Q");
    CU_ASSERT_STRING_EQUAL(t->docs[0].description, "");
    CU_ASSERT_EQUAL(t->docs[0].src_first, 17);
    CU_ASSERT_EQUAL(t->docs[0].src_last, 33);
    CU_ASSERT_STRING_EQUAL(t->docs[1].type, "EX-27");
    CU_ASSERT_STRING_EQUAL(t->docs[1].description, "ART. 5 FDS");
    CU_ASSERT_EQUAL(t->docs[1].src_first, 34);
    CU_ASSERT_EQUAL(t->docs[1].src_last, 41);
    tx_text_free(t);
    tx_report_free(rep);
}

static void test_submission_lines(void)
{
    tx_text *t;
    tx_report *rep;
    const unsigned T = TX_LINE_IN_TABLE;
    CU_ASSERT_EQUAL(RUN(SUBMISSION, &t, &rep), TX_OK);
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_EQUAL_FATAL(t->nlines, 7);
    check_line(t, 0, "Quarterly report", 21, 0);
    check_line(t, 1, "           Statement of Operations", 24,
               T | TX_LINE_TABLE_START | TX_LINE_CAPTION | TX_LINE_PAGE_BREAK);
    check_line(t, 2, "                    1999    1998", 25, T | TX_LINE_CAPTION);
    check_line(t, 3, "Net sales           1,558   1,402", 27, T | TX_LINE_HINTS);
    check_line(t, 4, "Net income            203     101", 29,
               T | TX_LINE_HINTS | TX_LINE_PAGE_BREAK | TX_LINE_TABLE_END);
    check_line(t, 5, "After table", 31, 0);
    check_line(t, 6, "<CASH>   1,773", 39,
               T | TX_LINE_TABLE_START | TX_LINE_TABLE_END);
    static const int hints[] = {0, 20, 28};
    check_hints(&t->lines[3], hints, 3);
    check_hints(&t->lines[4], hints, 3);
    CU_ASSERT_PTR_NULL(t->lines[1].hints);
    CU_ASSERT_PTR_NULL(t->lines[5].hints);
    for (size_t i = 0; i < 6; i++)
        CU_ASSERT_EQUAL(t->lines[i].doc, 0);
    CU_ASSERT_EQUAL(t->lines[6].doc, 1);
    /* the EX-27 <TABLE> of line 38 is closed by the end of its text only */
    CU_ASSERT_EQUAL(tx_report_size(rep), 1);
    CU_ASSERT_EQUAL(tx_report_count(rep, TX_ERROR), 0);
    check_finding(rep, 0, TX_WARNING, 38, "decode.unterminated-table");
    tx_text_free(t);
    tx_report_free(rep);
}

static void test_bare_header(void)
{
    tx_text *t;
    tx_report *rep;
    CU_ASSERT_EQUAL(RUN("\n"
                        "ACCESSION NUMBER:\t\t0000320193-99-000009\n"
                        "CONFORMED SUBMISSION TYPE:\t10-K405\n"
                        "CONFORMED PERIOD OF REPORT:\t1997123\n"
                        "\n"
                        "\t\tCENTRAL INDEX KEY:\t\t\t51143\n"
                        "</SEC-HEADER>\n"
                        "Body\n", &t, &rep), TX_OK);
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_STRING_EQUAL(t->form_type, "10-K405");
    CU_ASSERT_STRING_EQUAL(t->period_of_report, ""); /* only 7 digits */
    CU_ASSERT_EQUAL_FATAL(t->nfilers, 1);
    CU_ASSERT_STRING_EQUAL(t->filers[0].name, "");
    CU_ASSERT_STRING_EQUAL(t->filers[0].cik, "0000051143");
    CU_ASSERT_EQUAL_FATAL(t->nlines, 2);
    check_line(t, 0, "", 1, 0);
    check_line(t, 1, "Body", 8, 0);
    CU_ASSERT_EQUAL(t->ndocs, 0);
    tx_text_free(t);
    tx_report_free(rep);
}

static void test_caption_footnote(void)
{
    tx_text *t;
    tx_report *rep;
    const unsigned T = TX_LINE_IN_TABLE, H = TX_LINE_HINTS;
    CU_ASSERT_EQUAL(RUN("<table>\n"          /*  1 */
                        "<CAPTION>\n"        /*  2 */
                        "Title\n"            /*  3 */
                        "</CAPTION>\n"       /*  4 */
                        "Between\n"          /*  5 */
                        "<S>  <C>\n"         /*  6 */
                        "Row      5\n"       /*  7 */
                        "<FN>\n"             /*  8 */
                        "(1) note\n"         /*  9 */
                        "</FN>\n"            /* 10 */
                        "</TABLE>\n"         /* 11 */
                        "Outside\n"          /* 12 */
                        "<TABLE> <S> <C>\n"  /* 13 */
                        "<CASH>  1\n"        /* 14 */
                        "</table>\n",        /* 15 */
                        &t, &rep), TX_OK);
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_EQUAL_FATAL(t->nlines, 6);
    check_line(t, 0, "Title", 3, T | TX_LINE_TABLE_START | TX_LINE_CAPTION);
    check_line(t, 1, "Between", 5, T);
    check_line(t, 2, "Row      5", 7, T | H);
    check_line(t, 3, "(1) note", 9, T | H | TX_LINE_FOOTNOTE | TX_LINE_TABLE_END);
    check_line(t, 4, "Outside", 12, 0);
    check_line(t, 5, "<CASH>  1", 14,
               T | H | TX_LINE_TABLE_START | TX_LINE_TABLE_END);
    static const int h1[] = {0, 5}, h2[] = {8, 12};
    check_hints(&t->lines[2], h1, 2);
    check_hints(&t->lines[3], h1, 2);
    check_hints(&t->lines[5], h2, 2);
    CU_ASSERT_EQUAL(t->ndocs, 0);
    CU_ASSERT_EQUAL(t->lines[0].doc, -1);
    CU_ASSERT_EQUAL(tx_report_size(rep), 0);
    tx_text_free(t);
    tx_report_free(rep);
}

static void test_caption_until_markers(void)
{
    tx_text *t;
    tx_report *rep;
    const unsigned T = TX_LINE_IN_TABLE;
    CU_ASSERT_EQUAL(RUN("<TABLE>\n"
                        "<CAPTION>\n"
                        "            1999\n"
                        "<S>         <C>\n"
                        "Sales        10\n"
                        "</TABLE>\n", &t, &rep), TX_OK);
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_EQUAL_FATAL(t->nlines, 2);
    check_line(t, 0, "            1999", 3,
               T | TX_LINE_TABLE_START | TX_LINE_CAPTION);
    check_line(t, 1, "Sales        10", 5,
               T | TX_LINE_HINTS | TX_LINE_TABLE_END);
    static const int h[] = {0, 12};
    check_hints(&t->lines[1], h, 2);
    tx_text_free(t);
    tx_report_free(rep);
}

static void test_tags_sharing_text(void)
{
    tx_text *t;
    tx_report *rep;
    const unsigned T = TX_LINE_IN_TABLE, H = TX_LINE_HINTS;
    CU_ASSERT_EQUAL(RUN("<TABLE>\n"
                        "<S>Net sales   <C>  12\n"
                        "Total         <C>  20</TABLE>\n"
                        "<PAGE>  12\n", &t, &rep), TX_OK);
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_EQUAL_FATAL(t->nlines, 3);
    /* tags become spaces: the other text keeps its columns */
    check_line(t, 0, "   Net sales        12", 2, T | H | TX_LINE_TABLE_START);
    check_line(t, 1, "Total              20", 3, T | H | TX_LINE_TABLE_END);
    check_line(t, 2, "        12", 4, TX_LINE_PAGE_BREAK);
    static const int h1[] = {0, 15}, h2[] = {14};
    check_hints(&t->lines[0], h1, 2);
    check_hints(&t->lines[1], h2, 1);
    CU_ASSERT_EQUAL(t->lines[2].nhints, 0);
    tx_text_free(t);
    tx_report_free(rep);
}

static void test_src_line_after_dropped_tags(void)
{
    tx_text *t;
    tx_report *rep;
    CU_ASSERT_EQUAL(RUN("<PAGE>\r\n"
                        "\r\n"
                        "Text\r\n"
                        "<page>\r\n"
                        "<TEXT>\r\n"
                        "More\r\n", &t, &rep), TX_OK);
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_EQUAL_FATAL(t->nlines, 3);
    check_line(t, 0, "", 2, TX_LINE_PAGE_BREAK);
    check_line(t, 1, "Text", 3, 0);
    check_line(t, 2, "More", 6, TX_LINE_PAGE_BREAK);
    tx_text_free(t);
    tx_report_free(rep);
}

static void test_unterminated_table(void)
{
    tx_text *t;
    tx_report *rep;
    const unsigned T = TX_LINE_IN_TABLE;
    CU_ASSERT_EQUAL(RUN("Intro\n"
                        "<TABLE>\n"
                        "row 1\n"
                        "row 2\n", &t, &rep), TX_OK);
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_EQUAL_FATAL(t->nlines, 3);
    check_line(t, 0, "Intro", 1, 0);
    check_line(t, 1, "row 1", 3, T | TX_LINE_TABLE_START);
    check_line(t, 2, "row 2", 4, T | TX_LINE_TABLE_END);
    CU_ASSERT_EQUAL(tx_report_size(rep), 1);
    check_finding(rep, 0, TX_ERROR, 2, "decode.unterminated-table");
    tx_text_free(t);
    tx_report_free(rep);
}

static void test_unterminated_table_at_document_end(void)
{
    tx_text *t;
    tx_report *rep;
    CU_ASSERT_EQUAL(RUN("<DOCUMENT>\n"
                        "<TYPE>EX-99\n"
                        "<TABLE>\n"
                        "a\n"
                        "</DOCUMENT>\n"
                        "b\n", &t, &rep), TX_OK);
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_EQUAL_FATAL(t->nlines, 2);
    check_line(t, 0, "a", 4, TX_LINE_IN_TABLE | TX_LINE_TABLE_START |
                                 TX_LINE_TABLE_END);
    check_line(t, 1, "b", 6, 0);
    CU_ASSERT_EQUAL(t->lines[0].doc, 0);
    CU_ASSERT_EQUAL(t->lines[1].doc, -1);
    CU_ASSERT_EQUAL_FATAL(t->ndocs, 1);
    CU_ASSERT_STRING_EQUAL(t->docs[0].type, "EX-99");
    CU_ASSERT_EQUAL(t->docs[0].src_first, 1);
    CU_ASSERT_EQUAL(t->docs[0].src_last, 5);
    /* the end of the document closes it for sure: a warning */
    CU_ASSERT_EQUAL(tx_report_size(rep), 1);
    check_finding(rep, 0, TX_WARNING, 3, "decode.unterminated-table");
    tx_text_free(t);
    tx_report_free(rep);
}

/* ------------------------------------------------------------------ */
/* Errors                                                               */

static void test_empty(void)
{
    tx_text *t = (tx_text *)&t;
    tx_report *rep = tx_report_new();
    CU_ASSERT_EQUAL(tx_decode("t.txt", NULL, 0, rep, &t), TX_EINPUT);
    CU_ASSERT_PTR_NULL(t);
    CU_ASSERT_EQUAL(tx_report_size(rep), 1);
    check_finding(rep, 0, TX_ERROR, 0, "decode.empty");
    tx_report_free(rep);

    CU_ASSERT_EQUAL(RUN(" \r\n\t\n\f\n  ", &t, &rep), TX_EINPUT);
    CU_ASSERT_PTR_NULL(t);
    CU_ASSERT_EQUAL(tx_report_size(rep), 1);
    check_finding(rep, 0, TX_ERROR, 0, "decode.empty");
    tx_report_free(rep);

    /* Latin-1 no-break spaces only: blank once decoded */
    CU_ASSERT_EQUAL(RUN("\xA0\xA0\n\xA0\n", &t, &rep), TX_EINPUT);
    CU_ASSERT_PTR_NULL(t);
    CU_ASSERT_EQUAL(tx_report_count(rep, TX_ERROR), 1);
    check_finding(rep, 0, TX_ERROR, 0, "decode.empty");
    tx_report_free(rep);
}

static void test_binary(void)
{
    tx_text *t;
    tx_report *rep;
    CU_ASSERT_EQUAL(RUN("abc\r\ndef\n gh\0i\n", &t, &rep), TX_EINPUT);
    CU_ASSERT_PTR_NULL(t);
    CU_ASSERT_EQUAL(tx_report_size(rep), 1);
    check_finding(rep, 0, TX_ERROR, 3, "decode.binary");
    tx_report_free(rep);

    /* 3 control bytes in 13 is more than 10% */
    CU_ASSERT_EQUAL(RUN("text\nab\x01\x02\x03" "cd\n", &t, &rep), TX_EINPUT);
    CU_ASSERT_PTR_NULL(t);
    check_finding(rep, 0, TX_ERROR, 2, "decode.binary");
    tx_report_free(rep);

    /* 1 in 14 is not: it becomes a space */
    CU_ASSERT_EQUAL(RUN("text\nab\x01" "cdefg\n", &t, &rep), TX_OK);
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    check_line(t, 1, "ab cdefg", 2, 0);
    tx_text_free(t);
    tx_report_free(rep);
}

static void test_long_line(void)
{
    size_t n = TX_MAX_LINE + 10;
    char *buf = malloc(n + 8);
    CU_ASSERT_PTR_NOT_NULL_FATAL(buf);
    memset(buf, 'x', n);
    memcpy(buf + n, "\nok\n", 4);
    tx_text *t;
    tx_report *rep;
    CU_ASSERT_EQUAL(run(buf, n + 4, &t, &rep), TX_OK);
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_EQUAL_FATAL(t->nlines, 2);
    CU_ASSERT_EQUAL(t->lines[0].len, TX_MAX_LINE);
    CU_ASSERT_EQUAL(strlen(t->lines[0].text), TX_MAX_LINE);
    CU_ASSERT_EQUAL(t->lines[0].src_line, 1);
    check_line(t, 1, "ok", 2, 0);
    CU_ASSERT_EQUAL(tx_report_size(rep), 1);
    check_finding(rep, 0, TX_ERROR, 1, "decode.line-too-long");
    tx_text_free(t);
    tx_report_free(rep);
    free(buf);
}

static void test_long_line_utf8_boundary(void)
{
    /* "a" then two-byte characters: the cut must not split one */
    size_t n = TX_MAX_LINE + 4;
    char *buf = malloc(n + 1);
    CU_ASSERT_PTR_NOT_NULL_FATAL(buf);
    buf[0] = 'a';
    for (size_t i = 1; i + 1 < n; i += 2)
        memcpy(buf + i, "\xC3\xA9", 2);
    buf[n - 1] = '\n';
    tx_text *t;
    tx_report *rep;
    CU_ASSERT_EQUAL(run(buf, n, &t, &rep), TX_OK);
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_EQUAL_FATAL(t->nlines, 1);
    CU_ASSERT_STRING_EQUAL(t->encoding, "UTF-8");
    CU_ASSERT_EQUAL(t->lines[0].len, TX_MAX_LINE - 1);
    CU_ASSERT_EQUAL(tx_utf8_columns(t->lines[0].text, t->lines[0].len),
                    1 + (TX_MAX_LINE - 2) / 2);
    check_finding(rep, 0, TX_ERROR, 1, "decode.line-too-long");
    tx_text_free(t);
    tx_report_free(rep);
    free(buf);
}

static void test_bad_arguments(void)
{
    tx_text *t = NULL;
    CU_ASSERT_EQUAL(tx_decode("t.txt", NULL, 3, NULL, &t), TX_EUSAGE);
    CU_ASSERT_PTR_NULL(t);
    CU_ASSERT_EQUAL(tx_decode("t.txt", (const unsigned char *)"a", 1, NULL,
                              NULL), TX_EUSAGE);
    /* no report: findings are dropped, decoding still works */
    CU_ASSERT_EQUAL(tx_decode(NULL, (const unsigned char *)"<TABLE>\nx", 9,
                              NULL, &t), TX_OK);
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_EQUAL(t->nlines, 1);
    tx_text_free(t);
    tx_text_free(NULL);
}

int tx_suite_decode(void)
{
    static const CU_TestInfo tests[] = {
        {"UTF-8 with BOM", test_utf8_bom},
        {"UTF-8 without BOM", test_utf8_without_bom},
        {"Windows-1252", test_windows_1252},
        {"ISO-8859-1", test_latin1},
        {"tx_utf8_columns", test_utf8_columns},
        {"Unicode punctuation and NFKC", test_unicode_mapping},
        {"LF, CRLF, CR and trailing space", test_line_ends},
        {"tabs to 8-column stops", test_tabs},
        {"control characters and form feed", test_controls_and_form_feed},
        {"plain text passes unchanged", test_plain_text_unchanged},
        {"EDGAR dash-escaping undone", test_dash_escape},
        {"EDGAR header and documents", test_submission_header},
        {"EDGAR lines, flags and hints", test_submission_lines},
        {"EDGAR header without wrapper", test_bare_header},
        {"caption, footnote, marker lines", test_caption_footnote},
        {"caption ends at the <S> line", test_caption_until_markers},
        {"tags sharing a line with text", test_tags_sharing_text},
        {"src_line after dropped tag lines", test_src_line_after_dropped_tags},
        {"unterminated table at end of file", test_unterminated_table},
        {"unterminated table at </DOCUMENT>",
         test_unterminated_table_at_document_end},
        {"empty input", test_empty},
        {"binary input", test_binary},
        {"line longer than TX_MAX_LINE", test_long_line},
        {"long UTF-8 line cut on a boundary", test_long_line_utf8_boundary},
        {"bad arguments", test_bad_arguments},
        CU_TEST_INFO_NULL,
    };
    return tx_add_suite("decode", tests);
}

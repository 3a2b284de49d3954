/* test_entity.c - who a statement belongs to: the companies of the EDGAR
 * header (filer, subject company, former names; the tagged header of .nc
 * files), the registrant of a cover page, company names compared without
 * their corporate form, and the entity of each table. */
#include <stdlib.h>
#include <string.h>

#include "map/mapper.h"
#include "read/decode.h"
#include "units.h"
#include "base/util.h"

static tx_taxonomy *tax;
static tx_exhibit *ex;
static tx_report *rep;
static tx_mapping *map;
static tx_factset *fs;

static void release(void)
{
    tx_mapping_free(map);
    tx_factset_free(fs);
    tx_exhibit_free(ex);
    tx_report_free(rep);
    map = NULL;
    fs = NULL;
    ex = NULL;
    rep = NULL;
}

static tx_status convert(const char *text, const tx_entity_map *ents)
{
    release();
    rep = tx_report_new();
    if (!tax)
        CU_ASSERT_EQUAL_FATAL(tx_taxonomy_load(tx_test_srcdir(), rep, &tax), TX_OK);
    tx_status st = tx_exhibit_read_buffer("e.txt", text, strlen(text), rep, &ex);
    CU_ASSERT_PTR_NOT_NULL_FATAL(ex);
    if (st == TX_ENOMEM)
        return st;
    tx_map_options opt = {tax, ents, "e", NULL, NULL};
    return tx_map_exhibit(ex, &opt, rep, &map, &fs);
}

/* The identifier of table i's entity, or "(none)". */
static const char *table_entity(size_t i)
{
    return map && i < map->ntables && map->tables[i].entity ? map->tables[i].entity : "(none)";
}

static int count_code(const char *code)
{
    int n = 0;
    for (size_t i = 0; i < tx_report_size(rep); i++)
        n += strcmp(tx_report_code(rep, i), code) == 0;
    return n;
}

static tx_text *decode(const char *s, tx_report *r)
{
    tx_text *t = NULL;
    CU_ASSERT_EQUAL(tx_decode("t.txt", (const unsigned char *)s, strlen(s), r, &t), TX_OK);
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    return t;
}

/* ------------------------------------------------------------ header */

static void test_header_roles(void)
{
    tx_report *r = tx_report_new();
    tx_text *t = decode(
        "<SEC-HEADER>0000000000-99-000002.hdr.sgml : 19990101\n"
        "CONFORMED SUBMISSION TYPE:\tSC 14D1\n"
        "SUBJECT COMPANY:\n"
        "\tCOMPANY DATA:\n"
        "\t\tCOMPANY CONFORMED NAME:\t\t\tTARGET CORP\n"
        "\t\tCENTRAL INDEX KEY:\t\t\t0000000777\n"
        "FILED BY:\n"
        "\tCOMPANY DATA:\n"
        "\t\tCOMPANY CONFORMED NAME:\t\t\tBIDDER INC\n"
        "\t\tCENTRAL INDEX KEY:\t\t\t0000000888\n"
        "\tFORMER COMPANY:\n"
        "\t\tFORMER CONFORMED NAME:\tBIDDER HOLDING CO\n"
        "\t\tDATE OF NAME CHANGE:\t19900101\n"
        "</SEC-HEADER>\n"
        "<DOCUMENT>\n<TYPE>SC 14D1\n<TEXT>\nText\n</TEXT>\n</DOCUMENT>\n", r);
    CU_ASSERT_EQUAL_FATAL(t->nfilers, 3);
    CU_ASSERT_STRING_EQUAL(t->filers[0].name, "TARGET CORP");
    CU_ASSERT_EQUAL(t->filers[0].role, TX_FILER_SUBJECT);
    CU_ASSERT_STRING_EQUAL(t->filers[1].name, "BIDDER INC");
    CU_ASSERT_STRING_EQUAL(t->filers[1].cik, "0000000888");
    CU_ASSERT_EQUAL(t->filers[1].role, TX_FILER_FILER);
    /* a former name: the same company, the same CIK */
    CU_ASSERT_STRING_EQUAL(t->filers[2].name, "BIDDER HOLDING CO");
    CU_ASSERT_STRING_EQUAL(t->filers[2].cik, "0000000888");
    CU_ASSERT_EQUAL(t->filers[2].role, TX_FILER_FORMER);
    tx_text_free(t);
    tx_report_free(r);
}

static void test_nc_header(void)
{
    /* the tagged header of an EDGAR .nc file */
    tx_report *r = tx_report_new();
    tx_text *t = decode(
        "<SUBMISSION>\n"
        "<ACCESSION-NUMBER>0000950123-99-000001\n"
        "<TYPE>10-K\n"
        "<PUBLIC-DOCUMENT-COUNT>2\n"
        "<PERIOD>19981231\n"
        "<FILER>\n"
        "<COMPANY-DATA>\n"
        "<CONFORMED-NAME>ACME WIDGETS INC\n"
        "<CIK>0000012345\n"
        "</COMPANY-DATA>\n"
        "<FORMER-COMPANY>\n"
        "<FORMER-CONFORMED-NAME>ACME TOOL CO\n"
        "</FORMER-COMPANY>\n"
        "</FILER>\n"
        "<DOCUMENT>\n"
        "<TYPE>10-K\n"
        "<TEXT>\n"
        "Annual report\n"
        "</TEXT>\n"
        "</DOCUMENT>\n"
        "</SUBMISSION>\n", r);
    CU_ASSERT_STRING_EQUAL(t->form_type, "10-K");
    CU_ASSERT_STRING_EQUAL(t->period_of_report, "19981231");
    CU_ASSERT_EQUAL_FATAL(t->nfilers, 2);
    CU_ASSERT_STRING_EQUAL(t->filers[0].name, "ACME WIDGETS INC");
    CU_ASSERT_STRING_EQUAL(t->filers[0].cik, "0000012345");
    CU_ASSERT_EQUAL(t->filers[0].role, TX_FILER_FILER);
    CU_ASSERT_EQUAL(t->filers[1].role, TX_FILER_FORMER);
    CU_ASSERT_STRING_EQUAL(t->filers[1].cik, "0000012345");
    /* nothing of the header is text */
    CU_ASSERT_EQUAL_FATAL(t->nlines, 1);
    CU_ASSERT_STRING_EQUAL(t->lines[0].text, "Annual report");
    CU_ASSERT_EQUAL_FATAL(t->ndocs, 1);
    CU_ASSERT_STRING_EQUAL(t->docs[0].type, "10-K");
    tx_text_free(t);
    tx_report_free(r);
}

static void test_cover_registrant(void)
{
    /* no header: the registrant the cover names, with no CIK */
    tx_report *r = tx_report_new();
    tx_text *t = decode(
        "<DOCUMENT>\n<TYPE>10-K\n<TEXT>\n"
        "                  FORM 10-K\n"
        "\n"
        "              XEROX CORPORATION\n"
        "(Exact name of registrant as specified in its charter)\n"
        "</TEXT>\n</DOCUMENT>\n", r);
    CU_ASSERT_EQUAL_FATAL(t->nfilers, 1);
    CU_ASSERT_STRING_EQUAL(t->filers[0].name, "XEROX CORPORATION");
    CU_ASSERT_STRING_EQUAL(t->filers[0].cik, "");
    CU_ASSERT_EQUAL(t->filers[0].role, TX_FILER_COVER);
    tx_text_free(t);
    t = decode("<DOCUMENT>\n<TYPE>10-K\n<TEXT>\n"
               "  PFIZER INC.      (Exact name of registrant as specified in its charter)\n"
               "</TEXT>\n</DOCUMENT>\n", r);
    CU_ASSERT_EQUAL_FATAL(t->nfilers, 1);
    CU_ASSERT_STRING_EQUAL(t->filers[0].name, "PFIZER INC.");
    tx_text_free(t);
    tx_report_free(r);
}

/* ------------------------------------------------------------ names */

static int same_company(const char *a, const char *b)
{
    char *ka = tx_company_key(a), *kb = tx_company_key(b);
    int same = ka && kb && strcmp(ka, kb) == 0;
    free(ka);
    free(kb);
    return same;
}

static void test_company_key(void)
{
    /* a corporate suffix never changes who the entity is */
    CU_ASSERT_TRUE(same_company("MOTOROLA, INC. AND CONSOLIDATED SUBSIDIARIES", "MOTOROLA INC"));
    CU_ASSERT_TRUE(same_company("ELECTRONIC ARTS INC. AND SUBSIDIARIES", "ELECTRONIC ARTS INC"));
    CU_ASSERT_TRUE(same_company("Xerox Corporation - Parent Company", "XEROX CORP"));
    CU_ASSERT_TRUE(same_company("THAWTE HOLDINGS (PTY) LTD.", "Thawte Holdings"));
    CU_ASSERT_TRUE(same_company("The Bear Stearns Companies Inc.", "BEAR STEARNS COMPANIES INC"));
    CU_ASSERT_TRUE(same_company("KRUSE INTERNATIONAL GROUP OF COMPANIES", "Kruse International"));
    /* the state of an EDGAR conformed name */
    CU_ASSERT_TRUE(same_company("NVIDIA CORP/CA", "NVIDIA CORPORATION"));
    CU_ASSERT_TRUE(same_company("EMC CORP /MA/", "EMC Corporation"));
    CU_ASSERT_TRUE(same_company("McDonald's Corporation", "MCDONALDS CORP"));
    CU_ASSERT_TRUE(same_company("Bell Atlantic - New Jersey, Inc.", "BELL ATLANTIC NEW JERSEY INC"));
    CU_ASSERT_FALSE(same_company("Network Solutions, Inc.", "VERISIGN INC/CA"));
    char *k = tx_company_key("TEXAS INSTRUMENTS INCORPORATED");
    CU_ASSERT_STRING_EQUAL(k, "texas instruments");
    free(k);
}

/* ------------------------------------------------------------ tables */

/* An 8-K/A of ACME WIDGETS (CIK 12345) with an acquired business's
 * statements in an exhibit: one without a name over it (the auditors'
 * report names the company), one under its own name, and the pro forma
 * statement of the combined company. */
static const char ACQUIREE[] =
    "<SEC-DOCUMENT>0000000000-99-000001.txt : 19990101\n"
    "<SEC-HEADER>0000000000-99-000001.hdr.sgml : 19990101\n"
    "ACCESSION NUMBER:\t\t0000000000-99-000001\n"
    "CONFORMED SUBMISSION TYPE:\t8-K/A\n"
    "CONFORMED PERIOD OF REPORT:\t19990315\n"
    "\n"
    "FILER:\n"
    "\n"
    "\tCOMPANY DATA:\t\n"
    "\t\tCOMPANY CONFORMED NAME:\t\t\tACME WIDGETS INC/DE/\n"
    "\t\tCENTRAL INDEX KEY:\t\t\t0000012345\n"
    "\n"
    "\tFORMER COMPANY:\t\n"
    "\t\tFORMER CONFORMED NAME:\tACME TOOL CO\n"
    "\t\tDATE OF NAME CHANGE:\t19800101\n"
    "</SEC-HEADER>\n"
    "<DOCUMENT>\n"
    "<TYPE>8-K/A\n"
    "<TEXT>\n"
    "Item 7. The financial statements of the acquired business are filed as Exhibit 99.\n"
    "</TEXT>\n"
    "</DOCUMENT>\n"
    "<DOCUMENT>\n"
    "<TYPE>EX-99\n"
    "<TEXT>\n"
    "                       REPORT OF INDEPENDENT ACCOUNTANTS\n"
    "\n"
    "To the Associates of Bolt-Participations.\n"
    "\n"
    "We have audited the accompanying balance sheets.\n"
    "\n"
    "\n"
    "                                 BALANCE SHEETS\n"
    "                                 (in thousands)\n"
    "\n"
    "                                                   December 31,\n"
    "                                                 1998      1997\n"
    "                                               --------  --------\n"
    "Cash                                             1,000       900\n"
    "Total assets                                     5,000     4,500\n"
    "\n"
    "\n"
    "                                  BOLT HOLDINGS (PTY) LTD.\n"
    "                               STATEMENTS OF OPERATIONS\n"
    "                                 (in thousands)\n"
    "\n"
    "                                                Year ended December 31,\n"
    "                                                 1998      1997\n"
    "                                               --------  --------\n"
    "Revenues                                         7,000     6,000\n"
    "Net income                                         700       600\n"
    "\n"
    "\n"
    "                     PRO FORMA COMBINED STATEMENT OF OPERATIONS\n"
    "                                 (in thousands)\n"
    "\n"
    "                                                Year ended December 31,\n"
    "                                                 1998      1997\n"
    "                                               --------  --------\n"
    "Revenues                                        17,000    16,000\n"
    "Net income                                       1,700     1,600\n"
    "</TEXT>\n"
    "</DOCUMENT>\n"
    "</SEC-DOCUMENT>\n";

static void test_acquiree_statements(void)
{
    CU_ASSERT_EQUAL(convert(ACQUIREE, NULL), TX_OK);
    CU_ASSERT_EQUAL_FATAL(map->ntables, 3);
    /* the report's addressee: "To the Associates of Bolt-Participations." */
    CU_ASSERT_STRING_EQUAL(table_entity(0), "bolt-participations");
    /* its own name over it */
    CU_ASSERT_STRING_EQUAL(table_entity(1), "bolt-holdings");
    /* pro forma: the registrant's */
    CU_ASSERT_STRING_EQUAL(table_entity(2), "0000012345");
    CU_ASSERT_EQUAL(count_code("map.unknown-entity"), 2);
}

/* A 10-K with no EDGAR header: the cover names the registrant; a line of
 * prose over a statement is no entity; a title may start with the name. */
static const char COVER[] =
    "<DOCUMENT>\n"
    "<TYPE>10-K\n"
    "<TEXT>\n"
    "                                   FORM 10-K\n"
    "\n"
    "                             GLOBEX CORPORATION\n"
    "           (Exact name of registrant as specified in its charter)\n"
    "\n"
    "\n"
    "                   Employees of the Company numbered 1,200 at year end\n"
    "                     GLOBEX CORPORATION AND CONSOLIDATED SUBSIDIARIES\n"
    "                         CONSOLIDATED STATEMENTS OF INCOME\n"
    "                                 (in thousands)\n"
    "\n"
    "                                                Year ended December 31,\n"
    "                                                 1998      1997\n"
    "                                               --------  --------\n"
    "Revenues                                         7,000     6,000\n"
    "Net income                                         700       600\n"
    "\n"
    "\n"
    "            The Company's effective tax rate varies as follows:\n"
    "                         CONSOLIDATED BALANCE SHEETS\n"
    "                                 (in thousands)\n"
    "\n"
    "                                                   December 31,\n"
    "                                                 1998      1997\n"
    "                                               --------  --------\n"
    "Cash                                             1,000       900\n"
    "Total assets                                     5,000     4,500\n"
    "\n"
    "\n"
    "            INITECH INTERNATIONAL GROUP OF COMPANIES COMBINED STATEMENTS OF CASH FLOWS\n"
    "                                 (in thousands)\n"
    "\n"
    "                                                Year ended December 31,\n"
    "                                                 1998      1997\n"
    "                                               --------  --------\n"
    "Net income                                         300       200\n"
    "Cash at end of year                                900       800\n"
    "</TEXT>\n"
    "</DOCUMENT>\n";

static void test_cover_and_prose(void)
{
    CU_ASSERT_EQUAL(convert(COVER, NULL), TX_OK);
    CU_ASSERT_EQUAL_FATAL(map->ntables, 3);
    /* no CIK anywhere: named after the cover, with a warning */
    CU_ASSERT_STRING_EQUAL(table_entity(0), "globex");
    CU_ASSERT_STRING_EQUAL(table_entity(1), "globex");
    CU_ASSERT_STRING_EQUAL(table_entity(2), "initech-international");
    CU_ASSERT_EQUAL(count_code("map.unknown-entity"), 2);
    /* the CIK of the registrant from the entities file */
    tx_entity_map em = {0};
    char *names[] = {"globex"}, *ciks[] = {"0000004242"}, *printed[] = {"Globex Corp"};
    em.names = names;
    em.ciks = ciks;
    em.printed = printed;
    em.n = 1;
    CU_ASSERT_EQUAL(convert(COVER, &em), TX_OK);
    CU_ASSERT_STRING_EQUAL(table_entity(0), "0000004242");
    CU_ASSERT_STRING_EQUAL(table_entity(1), "0000004242");
    CU_ASSERT_STRING_EQUAL(table_entity(2), "initech-international");
    CU_ASSERT_EQUAL(count_code("map.unknown-entity"), 1);
}

static void test_cleanup(void)
{
    release();
    tx_taxonomy_free(tax);
    tax = NULL;
    CU_PASS("freed");
}

int tx_suite_entity(void)
{
    static const CU_TestInfo tests[] = {
        {"header: filer, subject company, former name", test_header_roles},
        {"header: .nc <SUBMISSION> tags", test_nc_header},
        {"cover page registrant", test_cover_registrant},
        {"company names without corporate form", test_company_key},
        {"acquired business, report addressee, pro forma", test_acquiree_statements},
        {"cover registrant, prose is no entity, name in title", test_cover_and_prose},
        {"cleanup", test_cleanup},
        CU_TEST_INFO_NULL,
    };
    return tx_add_suite("entity", tests);
}

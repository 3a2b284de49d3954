/* test_basis.c - on which basis a statement's numbers are and of which part
 * of the entity: pro forma combinations, restatements, parent-company-only
 * statements, consolidating columns and side-by-side segments, read from
 * the columns' words and the title (read/basis.c) and written as members of
 * the project's axes (map/basisdims.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "map/mapper.h"
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

static tx_status convert(const char *text)
{
    release();
    rep = tx_report_new();
    if (!tax)
        CU_ASSERT_EQUAL_FATAL(tx_taxonomy_load(tx_test_srcdir(), rep, &tax), TX_OK);
    tx_status st = tx_exhibit_read_buffer("b.txt", text, strlen(text), rep, &ex);
    CU_ASSERT_PTR_NOT_NULL_FATAL(ex);
    if (st == TX_ENOMEM)
        return st;
    tx_map_options opt = {tax, NULL, "b", NULL, NULL};
    return tx_map_exhibit(ex, &opt, rep, &map, &fs);
}

/* "axis=member;..." of the first fact whose value is `value` (as printed,
 * scaled), "" when it has none, "(no fact)" when there is no such fact. */
static const char *dims_of(const char *value)
{
    static char out[512];
    strcpy(out, "(no fact)");
    for (size_t i = 0; fs && i < fs->nfacts; i++) {
        char v[64];
        if (!fs->facts[i].numeric || tx_decimal_format(fs->facts[i].value, v, sizeof v) >= (int)sizeof v ||
            strcmp(v, value) != 0)
            continue;
        out[0] = '\0';
        for (size_t d = 0; d < fs->facts[i].ndims; d++) {
            size_t n = strlen(out);
            snprintf(out + n, sizeof out - n, "%s%s=%s", d ? ";" : "", fs->facts[i].dims[d].axis,
                     fs->facts[i].dims[d].member);
        }
        return out;
    }
    return out;
}

static int count_code(const char *code)
{
    int n = 0;
    for (size_t i = 0; i < tx_report_size(rep); i++)
        n += strcmp(tx_report_code(rep, i), code) == 0;
    return n;
}

/* ------------------------------------------------------------ pro forma */

static const char PRO_FORMA[] =
    "<SEC-HEADER>\n"
    "FILER:\n"
    "\tCOMPANY DATA:\n"
    "\t\tCOMPANY CONFORMED NAME:\t\t\tACME CORP\n"
    "\t\tCENTRAL INDEX KEY:\t\t\t0000012345\n"
    "</SEC-HEADER>\n"
    "<DOCUMENT>\n"
    "<TYPE>8-K\n"
    "<TEXT>\n"
    "                              ACME CORPORATION\n"
    "                    PRO FORMA COMBINED STATEMENT OF OPERATIONS\n"
    "                             (in thousands)\n"
    "\n"
    "                                   Year Ended December 31, 1998\n"
    "                     ----------------------------------------------------------\n"
    "                        Acme         Bolt        Pro Forma      Pro Forma\n"
    "                     Historical   Historical    Adjustments     Combined\n"
    "                     ----------   ----------    -----------     ---------\n"
    "Revenues               $ 10,101      $ 2,202      $   (303)      $ 12,000\n"
    "Net income                1,111          222          (33)         1,300\n"
    "</TEXT>\n"
    "</DOCUMENT>\n";

static void test_pro_forma(void)
{
    CU_ASSERT_EQUAL(convert(PRO_FORMA), TX_OK);
    CU_ASSERT_EQUAL_FATAL(ex->ntables, 1);
    const tx_table *t = &ex->tables[0];
    CU_ASSERT_EQUAL(t->basis.kind, TX_BASIS_PRO_FORMA);
    CU_ASSERT_EQUAL_FATAL(t->ncols, 4);
    CU_ASSERT_EQUAL(t->cols[0].basis.kind, TX_BASIS_REPORTED);
    CU_ASSERT_EQUAL(t->cols[0].basis.part, TX_PART_COMPANY);
    CU_ASSERT_EQUAL(t->cols[1].basis.part, TX_PART_COMPANY);
    CU_ASSERT_STRING_EQUAL(t->cols[1].basis.part_words, "Bolt");
    CU_ASSERT_EQUAL(t->cols[2].basis.kind, TX_BASIS_PRO_FORMA_ADJ);
    CU_ASSERT_EQUAL(t->cols[3].basis.kind, TX_BASIS_PRO_FORMA);
    /* the registrant's own historical amounts are its reported facts */
    CU_ASSERT_STRING_EQUAL(dims_of("10101000"), "");
    /* the acquiree's, under its name on the legal entity axis */
    CU_ASSERT_STRING_EQUAL(dims_of("2202000"), "txbrl:LegalEntityAxis=ext:BoltMember");
    CU_ASSERT_STRING_EQUAL(dims_of("-303000"),
                           "txbrl:PresentationBasisAxis=txbrl:ProFormaAdjustmentsMember");
    CU_ASSERT_STRING_EQUAL(dims_of("12000000"), "txbrl:PresentationBasisAxis=txbrl:ProFormaMember");
    /* four bases of one concept and period: no duplicate */
    CU_ASSERT_EQUAL(count_code("map.inconsistent-duplicate"), 0);
    CU_ASSERT_STRING_EQUAL(map->tables[0].entity, "0000012345");
    /* under the acquiree's name, a combination is still the registrant's */
    char *text = tx_strdup(PRO_FORMA);
    CU_ASSERT_PTR_NOT_NULL_FATAL(text);
    char *name = strstr(text, "ACME CORPORATION");
    CU_ASSERT_PTR_NOT_NULL_FATAL(name);
    memcpy(name, "BOLT, INC.      ", 16);
    CU_ASSERT_EQUAL(convert(text), TX_OK);
    free(text);
    CU_ASSERT_EQUAL_FATAL(map->ntables, 1);
    CU_ASSERT_STRING_EQUAL(map->tables[0].entity, "0000012345");
    CU_ASSERT_STRING_EQUAL(dims_of("2202000"), "txbrl:LegalEntityAxis=ext:BoltMember");
}

#define HEADER_8K                                          \
    "<SEC-HEADER>\n"                                       \
    "FILER:\n"                                             \
    "\tCOMPANY DATA:\n"                                    \
    "\t\tCOMPANY CONFORMED NAME:\t\t\tACME CORP\n"          \
    "\t\tCENTRAL INDEX KEY:\t\t\t0000012345\n"              \
    "</SEC-HEADER>\n"                                      \
    "<DOCUMENT>\n"                                         \
    "<TYPE>8-K\n"                                          \
    "<TEXT>\n"

/* The company named before "Historical" whatever follows it; a word a
 * hyphen broke over two header lines read whole. */
static const char RECLASSIFIED[] =
    HEADER_8K
    "                              ACME CORPORATION\n"
    "                  PRO FORMA COMBINED STATEMENT OF OPERATIONS\n"
    "                             (in thousands)\n"
    "\n"
    "                                   Year Ended December 31, 1998\n"
    "                     ----------------------------------------------------------\n"
    "                        Bolt       Reclassif-       Acme         Pro Forma\n"
    "                     Historical      ications    Historical       Combined\n"
    "                     French GAAP\n"
    "                     ----------   ----------    -----------     ---------\n"
    "Revenues               $  4,404      $  (44)      $  8,808       $ 13,168\n"
    "Net income                  505          (5)           909          1,409\n"
    "</TEXT>\n</DOCUMENT>\n";

static void test_historical_name(void)
{
    CU_ASSERT_EQUAL(convert(RECLASSIFIED), TX_OK);
    CU_ASSERT_EQUAL_FATAL(ex->ntables, 1);
    const tx_table *t = &ex->tables[0];
    CU_ASSERT_EQUAL_FATAL(t->ncols, 4);
    CU_ASSERT_EQUAL(t->cols[0].basis.part, TX_PART_COMPANY);
    CU_ASSERT_STRING_EQUAL(t->cols[0].basis.part_words, "Bolt");
    CU_ASSERT_EQUAL(t->cols[1].basis.kind, TX_BASIS_OTHER);
    CU_ASSERT_STRING_EQUAL(t->cols[1].basis.basis_words, "Reclassifications");
    CU_ASSERT_STRING_EQUAL(dims_of("4404000"), "txbrl:LegalEntityAxis=ext:BoltMember");
    CU_ASSERT_STRING_EQUAL(dims_of("-44000"),
                           "txbrl:PresentationBasisAxis=ext:ReclassificationsMember");
    CU_ASSERT_STRING_EQUAL(dims_of("8808000"), "");
    CU_ASSERT_STRING_EQUAL(dims_of("13168000"), "txbrl:PresentationBasisAxis=txbrl:ProFormaMember");
}

/* Companies side by side with pro forma columns, named without
 * "Historical"; two readings of one instant are no parts. */
static const char SIDE_BY_SIDE[] =
    HEADER_8K
    "                              ACME CORPORATION\n"
    "                  PRO FORMA COMBINED STATEMENT OF OPERATIONS\n"
    "                             (in thousands)\n"
    "\n"
    "                                   Year Ended December 31, 1998\n"
    "                     -----------------------------------------------\n"
    "                           Acme          Bolt         Pro Forma\n"
    "                                                       Combined\n"
    "                     ----------   ----------        ---------\n"
    "Revenues               $  6,606      $ 3,303         $  9,909\n"
    "Net income                  707          303            1,010\n"
    "\n"
    "\n"
    "                        FAIR VALUE OF FINANCIAL INSTRUMENTS\n"
    "                                 (in thousands)\n"
    "\n"
    "                                            December 31, 1998\n"
    "                                     ------------------------------\n"
    "                                      Carrying               Fair\n"
    "                                       Amount                Value\n"
    "                                     ----------           ---------\n"
    "Long-term debt                          12,012               12,512\n"
    "</TEXT>\n</DOCUMENT>\n";

static void test_companies_side_by_side(void)
{
    CU_ASSERT_EQUAL(convert(SIDE_BY_SIDE), TX_OK);
    CU_ASSERT_EQUAL_FATAL(ex->ntables, 2);
    const tx_table *t = &ex->tables[0];
    CU_ASSERT_EQUAL(t->basis.kind, TX_BASIS_PRO_FORMA);
    CU_ASSERT_EQUAL_FATAL(t->ncols, 3);
    CU_ASSERT_EQUAL(t->cols[0].basis.part, TX_PART_COMPANY);
    CU_ASSERT_EQUAL(t->cols[1].basis.part, TX_PART_COMPANY);
    CU_ASSERT_STRING_EQUAL(t->cols[1].basis.part_words, "Bolt");
    CU_ASSERT_STRING_EQUAL(dims_of("6606000"), "");
    CU_ASSERT_STRING_EQUAL(dims_of("3303000"), "txbrl:LegalEntityAxis=ext:BoltMember");
    CU_ASSERT_STRING_EQUAL(dims_of("9909000"), "txbrl:PresentationBasisAxis=txbrl:ProFormaMember");
    t = &ex->tables[1];
    CU_ASSERT_EQUAL_FATAL(t->ncols, 2);
    CU_ASSERT_EQUAL(t->cols[0].basis.part, TX_PART_WHOLE);
    CU_ASSERT_EQUAL(t->cols[1].basis.part, TX_PART_WHOLE);
}

/* ------------------------------------------------------------ restatement */

static const char RESTATED[] =
    "<SEC-HEADER>\n"
    "FILER:\n"
    "\tCOMPANY DATA:\n"
    "\t\tCOMPANY CONFORMED NAME:\t\t\tACME CORP\n"
    "\t\tCENTRAL INDEX KEY:\t\t\t0000012345\n"
    "</SEC-HEADER>\n"
    "<DOCUMENT>\n"
    "<TYPE>10-K\n"
    "<TEXT>\n"
    "                              ACME CORPORATION\n"
    "                    CONSOLIDATED STATEMENT OF OPERATIONS\n"
    "                             (in thousands)\n"
    "\n"
    "                                   Year Ended December 31, 1998\n"
    "                          ------------------------------------------------\n"
    "                          As Previously                        As\n"
    "                            Reported        Adjustments      Restated\n"
    "                          ------------      -----------     ---------\n"
    "Revenues                     $ 10,404          $  (404)      $ 10,000\n"
    "Net income                      1,505             (105)         1,400\n"
    "</TEXT>\n"
    "</DOCUMENT>\n";

static void test_restatement(void)
{
    CU_ASSERT_EQUAL(convert(RESTATED), TX_OK);
    CU_ASSERT_EQUAL_FATAL(ex->ntables, 1);
    const tx_table *t = &ex->tables[0];
    CU_ASSERT_EQUAL_FATAL(t->ncols, 3);
    CU_ASSERT_EQUAL(t->cols[0].basis.kind, TX_BASIS_PREVIOUS);
    CU_ASSERT_EQUAL(t->cols[1].basis.kind, TX_BASIS_RESTATEMENT_ADJ);
    CU_ASSERT_EQUAL(t->cols[2].basis.kind, TX_BASIS_REPORTED);
    CU_ASSERT_STRING_EQUAL(dims_of("10404000"),
                           "txbrl:PresentationBasisAxis=txbrl:AsPreviouslyReportedMember");
    CU_ASSERT_STRING_EQUAL(dims_of("-404000"),
                           "txbrl:PresentationBasisAxis=txbrl:RestatementAdjustmentsMember");
    /* the restated amounts are the reported ones: no member */
    CU_ASSERT_STRING_EQUAL(dims_of("10000000"), "");
    CU_ASSERT_EQUAL(count_code("map.inconsistent-duplicate"), 0);
}

/* ------------------------------------------------------- parent company */

#define HEADER_10K                                         \
    "<SEC-HEADER>\n"                                       \
    "FILER:\n"                                             \
    "\tCOMPANY DATA:\n"                                    \
    "\t\tCOMPANY CONFORMED NAME:\t\t\tACME CORP\n"          \
    "\t\tCENTRAL INDEX KEY:\t\t\t0000012345\n"              \
    "</SEC-HEADER>\n"                                      \
    "<DOCUMENT>\n"                                         \
    "<TYPE>10-K\n"                                         \
    "<TEXT>\n"

#define CONSOLIDATED_BS \
    "                     ACME CORPORATION AND SUBSIDIARIES\n" \
    "                         CONSOLIDATED BALANCE SHEETS\n" \
    "                               (in thousands)\n" \
    "\n" \
    "                                                   December 31,\n" \
    "                                                 1998      1997\n" \
    "                                               --------  --------\n" \
    "Cash                                             5,050     4,040\n" \
    "Total assets                                    90,090    80,080\n" \
    "\n" \
    "\n"

#define PARENT_BS \
    "                SCHEDULE I - CONDENSED FINANCIAL INFORMATION OF REGISTRANT\n" \
    "                              ACME CORPORATION\n" \
    "                               BALANCE SHEETS\n" \
    "                               (in thousands)\n" \
    "\n" \
    "                                                   December 31,\n" \
    "                                                 1998      1997\n" \
    "                                               --------  --------\n" \
    "Cash                                               707       606\n" \
    "Total assets                                    70,070    60,060\n"

static const char PARENT_AND_GROUP[] = HEADER_10K CONSOLIDATED_BS PARENT_BS "</TEXT>\n</DOCUMENT>\n";
static const char PARENT_ONLY[] = HEADER_10K PARENT_BS "</TEXT>\n</DOCUMENT>\n";

static void test_parent_only(void)
{
    CU_ASSERT_EQUAL(convert(PARENT_AND_GROUP), TX_OK);
    CU_ASSERT_EQUAL_FATAL(ex->ntables, 2);
    CU_ASSERT_EQUAL(ex->tables[0].basis.part, TX_PART_WHOLE);
    CU_ASSERT_EQUAL(ex->tables[1].basis.part, TX_PART_PARENT);
    CU_ASSERT_STRING_EQUAL(dims_of("5050000"), "");
    CU_ASSERT_STRING_EQUAL(dims_of("707000"), "txbrl:LegalEntityAxis=txbrl:ParentCompanyMember");
    CU_ASSERT_EQUAL(count_code("map.inconsistent-duplicate"), 0);
    /* the registrant's only statements: nothing to tell them from */
    CU_ASSERT_EQUAL(convert(PARENT_ONLY), TX_OK);
    CU_ASSERT_EQUAL(ex->tables[0].basis.part, TX_PART_PARENT);
    CU_ASSERT_STRING_EQUAL(dims_of("707000"), "");
}

/* ------------------------------------------------- consolidating columns */

static const char CONSOLIDATING[] =
    HEADER_10K
    "                     ACME CORPORATION AND SUBSIDIARIES\n"
    "                     CONDENSED CONSOLIDATING BALANCE SHEET\n"
    "                               (in thousands)\n"
    "\n"
    "                            Parent       Finance\n"
    "                            Company    Subsidiaries  Eliminations  Consolidated\n"
    "                           --------    ------------  ------------  ------------\n"
    "                           12/31/98        12/31/98      12/31/98      12/31/98\n"
    "Cash                          3,303          1,101            --         4,404\n"
    "Total assets                 50,505         20,202       (7,707)        63,000\n"
    "</TEXT>\n</DOCUMENT>\n";

static void test_consolidating(void)
{
    CU_ASSERT_EQUAL(convert(CONSOLIDATING), TX_OK);
    CU_ASSERT_EQUAL_FATAL(ex->ntables, 1);
    const tx_table *t = &ex->tables[0];
    CU_ASSERT_EQUAL_FATAL(t->ncols, 4);
    CU_ASSERT_EQUAL(t->cols[0].basis.part, TX_PART_PARENT);
    CU_ASSERT_EQUAL(t->cols[1].basis.part, TX_PART_COMPANY);
    CU_ASSERT_STRING_EQUAL(t->cols[1].basis.part_words, "Finance Subsidiaries");
    CU_ASSERT_EQUAL(t->cols[2].basis.kind, TX_BASIS_OTHER);
    CU_ASSERT_EQUAL(t->cols[3].basis.kind, TX_BASIS_REPORTED);
    CU_ASSERT_EQUAL(t->cols[3].basis.part, TX_PART_WHOLE);
    CU_ASSERT_STRING_EQUAL(dims_of("3303000"), "txbrl:LegalEntityAxis=txbrl:ParentCompanyMember");
    CU_ASSERT_STRING_EQUAL(dims_of("1101000"),
                           "txbrl:LegalEntityAxis=ext:FinanceSubsidiariesMember");
    CU_ASSERT_STRING_EQUAL(dims_of("-7707000"),
                           "txbrl:PresentationBasisAxis=ext:EliminationsMember");
    CU_ASSERT_STRING_EQUAL(dims_of("63000000"), "");
    CU_ASSERT_EQUAL(count_code("map.inconsistent-duplicate"), 0);
}

/* ------------------------------------------------ segments side by side */

static const char SECTORS[] =
    HEADER_10K
    "                     ACME CORPORATION AND SUBSIDIARIES\n"
    "                     CONSOLIDATED STATEMENT OF INCOME\n"
    "                               (in millions)\n"
    "\n"
    "                                   Year Ended December 31, 1994\n"
    "                              ----------------------------------------\n"
    "                                            Financial\n"
    "                              Automotive     Services        Total\n"
    "                              ----------    ---------     --------\n"
    "Revenues                          $ 811       $ 122        $ 933\n"
    "Net income                           71          12           83\n"
    "</TEXT>\n</DOCUMENT>\n";

static void test_sectors(void)
{
    CU_ASSERT_EQUAL(convert(SECTORS), TX_OK);
    CU_ASSERT_EQUAL_FATAL(ex->ntables, 1);
    const tx_table *t = &ex->tables[0];
    CU_ASSERT_EQUAL_FATAL(t->ncols, 3);
    CU_ASSERT_EQUAL(t->cols[0].basis.part, TX_PART_SEGMENT);
    CU_ASSERT_STRING_EQUAL(t->cols[0].basis.part_words, "Automotive");
    CU_ASSERT_EQUAL(t->cols[1].basis.part, TX_PART_SEGMENT);
    CU_ASSERT_STRING_EQUAL(t->cols[1].basis.part_words, "Financial Services");
    CU_ASSERT_EQUAL(t->cols[2].basis.part, TX_PART_WHOLE);
    CU_ASSERT_STRING_EQUAL(dims_of("811000000"), "txbrl:SegmentAxis=ext:AutomotiveMember");
    CU_ASSERT_STRING_EQUAL(dims_of("122000000"), "txbrl:SegmentAxis=ext:FinancialServicesMember");
    CU_ASSERT_STRING_EQUAL(dims_of("933000000"), "");
    CU_ASSERT_EQUAL(count_code("map.inconsistent-duplicate"), 0);
}

static void test_cleanup(void)
{
    release();
    tx_taxonomy_free(tax);
    tax = NULL;
    CU_PASS("freed");
}

int tx_suite_basis(void)
{
    static const CU_TestInfo tests[] = {
        {"pro forma combination: historical, adjustments, combined", test_pro_forma},
        {"company named before Historical, hyphen-broken words", test_historical_name},
        {"companies side by side, two readings of one instant", test_companies_side_by_side},
        {"restatement: as previously reported, adjustments, restated", test_restatement},
        {"parent-company-only statements", test_parent_only},
        {"consolidating columns: parent, subsidiaries, eliminations", test_consolidating},
        {"segments side by side", test_sectors},
        {"cleanup", test_cleanup},
        CU_TEST_INFO_NULL,
    };
    return tx_add_suite("basis", tests);
}

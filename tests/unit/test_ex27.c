/* test_ex27.c - EX-27 financial data schedules: reading, periods, facts,
 * footnotes, the arithmetic checks and the cross-check with statements.
 * Expected values are read by hand from tests/exhibits/05_ibm_1997_ex27.txt
 * (IBM, FY1997) and 07_cocacola_1997_ex27.txt (Coca-Cola, FY1995 and FY1996
 * restated, FY1997), and from the small schedules written below. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "map/ex27check.h"
#include "map/ex27map.h"
#include "map/mapper.h"
#include "read/model.h"
#include "units.h"
#include "base/util.h"

static tx_taxonomy *tax;
static tx_ex27_map *xmap;
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

static int load_data(void)
{
    if (tax)
        return 0;
    tx_report *r = tx_report_new();
    int ok = tx_taxonomy_load(tx_test_srcdir(), r, &tax) == TX_OK &&
             tx_ex27_map_load(tx_test_srcdir(), tax, r, &xmap) == TX_OK;
    for (size_t i = 0; i < tx_report_size(r); i++)
        fprintf(stderr, "%s:%ld: %s %s\n", tx_report_file(r, i), tx_report_line(r, i),
                tx_report_code(r, i), tx_report_message(r, i));
    tx_report_free(r);
    return ok ? 0 : -1;
}

static tx_status read_file(const char *name)
{
    release();
    rep = tx_report_new();
    char path[4096];
    snprintf(path, sizeof path, "%s/tests/exhibits/%s", tx_test_srcdir(), name);
    return tx_exhibit_read_file(path, rep, &ex);
}

static tx_status read_text(const char *text)
{
    release();
    rep = tx_report_new();
    return tx_exhibit_read_buffer("x.txt", text, strlen(text), rep, &ex);
}

/* Maps what was read (tables and schedules); entities may be NULL. */
static tx_status map_it(const tx_entity_map *ents)
{
    if (load_data() != 0)
        return TX_EIO;
    tx_map_options opt = {tax, ents, "x", NULL, xmap};
    return tx_map_exhibit(ex, &opt, rep, &map, &fs);
}

static const tx_ex27_schedule *sched(size_t i)
{
    return ex && ex->ex27 && i < ex->ex27->n ? &ex->ex27->schedules[i] : NULL;
}

static const tx_ex27_value *value(const tx_ex27_schedule *s, const char *tag)
{
    for (size_t i = 0; s && i < s->nvalues; i++)
        if (strcmp(s->values[i].tag, tag) == 0)
            return &s->values[i];
    return NULL;
}

static const char *date(tx_date d)
{
    static char buf[4][11];
    static int k;
    k = (k + 1) % 4;
    tx_date_format(d, buf[k]);
    return buf[k];
}

static int count_code(const char *code)
{
    int n = 0;
    for (size_t i = 0; rep && i < tx_report_size(rep); i++)
        n += strcmp(tx_report_code(rep, i), code) == 0;
    return n;
}

/* Line of the first finding with this code, or -1. */
static long line_of(const char *code, size_t nth)
{
    for (size_t i = 0; rep && i < tx_report_size(rep); i++)
        if (strcmp(tx_report_code(rep, i), code) == 0 && nth-- == 0)
            return tx_report_line(rep, i);
    return -1;
}

static const char *message_at(const char *code, long line)
{
    for (size_t i = 0; rep && i < tx_report_size(rep); i++)
        if (strcmp(tx_report_code(rep, i), code) == 0 && tx_report_line(rep, i) == line)
            return tx_report_message(rep, i);
    return "";
}

/* The fact of `concept` with period text `period` and member `member` of
 * the tag axis ("" for none): its value text, or "(missing)". */
static const char *fact(const char *concept, const char *period, const char *tag_member,
                        const char *source_member)
{
    static char buf[64];
    for (size_t i = 0; fs && i < fs->nfacts; i++) {
        const tx_fact *f = &fs->facts[i];
        char p[32];
        tx_period_format(&f->period, p, sizeof p);
        const char *tm = "", *sm = "";
        for (size_t d = 0; d < f->ndims; d++) {
            if (strcmp(f->dims[d].axis, TX_AXIS_FDS_TAG) == 0)
                tm = f->dims[d].member;
            if (strcmp(f->dims[d].axis, TX_AXIS_SOURCE) == 0)
                sm = f->dims[d].member;
        }
        if (strcmp(f->concept, concept) == 0 && strcmp(p, period) == 0 &&
            strcmp(tm, tag_member) == 0 && strcmp(sm, source_member) == 0) {
            tx_fact_value_text(f, buf, sizeof buf);
            return buf;
        }
    }
    return "(missing)";
}

static const tx_fact *fact_ptr(const char *concept, const char *period)
{
    for (size_t i = 0; fs && i < fs->nfacts; i++) {
        char p[32];
        tx_period_format(&fs->facts[i].period, p, sizeof p);
        if (strcmp(fs->facts[i].concept, concept) == 0 && strcmp(p, period) == 0)
            return &fs->facts[i];
    }
    return NULL;
}

static size_t schedule_fact_count(const char *source_member)
{
    size_t n = 0;
    for (size_t i = 0; fs && i < fs->nfacts; i++)
        for (size_t d = 0; d < fs->facts[i].ndims; d++)
            n += strcmp(fs->facts[i].dims[d].axis, TX_AXIS_SOURCE) == 0 &&
                 strcmp(fs->facts[i].dims[d].member, source_member) == 0;
    return n;
}

#define FDS TX_MEMBER_FDS
#define RESTATED TX_MEMBER_FDS_RESTATED

/* ------------------------------------------------------------ reading */

static void test_read_ibm(void)
{
    CU_ASSERT_EQUAL_FATAL(read_file("05_ibm_1997_ex27.txt"), TX_OK);
    CU_ASSERT_EQUAL(ex->ntables, 0);
    CU_ASSERT_EQUAL(count_code("segment.no-tables"), 0);
    CU_ASSERT_EQUAL_FATAL(tx_exhibit_schedule_count(ex), 1);
    const tx_ex27_schedule *s = sched(0);
    CU_ASSERT_STRING_EQUAL(s->doc_type, "EX-27");
    CU_ASSERT_EQUAL(s->article, 5);
    CU_ASSERT_EQUAL(s->line_article, 10);
    CU_ASSERT_EQUAL(s->multiplier, 6);          /* <MULTIPLIER> 1,000,000 */
    CU_ASSERT_EQUAL(s->line_multiplier, 16);
    CU_ASSERT_STRING_EQUAL(s->period_type, "YEAR");
    CU_ASSERT_EQUAL(s->months, 12);
    CU_ASSERT_STRING_EQUAL(date(s->fiscal_year_end), "1997-12-31");
    CU_ASSERT_STRING_EQUAL(date(s->period_end), "1997-12-31");
    CU_ASSERT_EQUAL(s->period_start.y, 0);
    CU_ASSERT_EQUAL(s->restated, 0);
    /* "... EXTRACTED FROM IBM CORPORATION'S FINANCIAL STATEMENTS ..." */
    CU_ASSERT_STRING_EQUAL(s->name, "IBM CORPORATION");
    CU_ASSERT_EQUAL(s->name_from_legend, 1);
    CU_ASSERT_PTR_NOT_NULL(strstr(s->legend, "TWELVE MONTHS ENDED DECEMBER 31, 1997 AND IS"));
    CU_ASSERT_EQUAL(s->duration.kind, TX_PERIOD_DURATION);
    CU_ASSERT_STRING_EQUAL(date(s->duration.start), "1997-01-01");
    CU_ASSERT_STRING_EQUAL(date(s->duration.end), "1997-12-31");
    CU_ASSERT_EQUAL(s->nvalues, 32);             /* CASH .. EPS-DILUTED */
    CU_ASSERT_EQUAL(s->nnotes, 0);
    const tx_ex27_value *v = value(s, "TOTAL-ASSETS");
    CU_ASSERT_PTR_NOT_NULL_FATAL(v);
    CU_ASSERT_EQUAL(v->line, 30);
    CU_ASSERT_STRING_EQUAL(v->text, "81,490");
    CU_ASSERT_EQUAL(tx_test_coef(v->printed), 81490);
    CU_ASSERT_EQUAL(v->printed.exp, 0);
    v = value(s, "TOTAL-LIABILITY-AND-EQUITY");
    CU_ASSERT_PTR_NOT_NULL_FATAL(v);
    CU_ASSERT_EQUAL(v->line, 37);
    CU_ASSERT_EQUAL(tx_test_coef(v->printed), 81499);
    v = value(s, "PP&E");
    CU_ASSERT_PTR_NOT_NULL_FATAL(v);
    CU_ASSERT_EQUAL(v->line, 28);
    CU_ASSERT_EQUAL(tx_test_coef(v->printed), 42133);
    v = value(s, "EPS-PRIMARY");
    CU_ASSERT_PTR_NOT_NULL_FATAL(v);
    CU_ASSERT_EQUAL(v->line, 52);
    CU_ASSERT_EQUAL(tx_test_coef(v->printed), 618);
    CU_ASSERT_EQUAL(v->printed.exp, -2);
    v = value(s, "BONDS");
    CU_ASSERT_PTR_NOT_NULL_FATAL(v);
    CU_ASSERT_EQUAL(v->ok, 1);
    CU_ASSERT_EQUAL(tx_test_coef(v->printed), 0);
}

static void test_read_cocacola(void)
{
    CU_ASSERT_EQUAL_FATAL(read_file("07_cocacola_1997_ex27.txt"), TX_OK);
    CU_ASSERT_EQUAL_FATAL(tx_exhibit_schedule_count(ex), 3);
    const char *ends[3] = {"1995-12-31", "1996-12-31", "1997-12-31"};
    const char *types[3] = {"EX-27.1", "EX-27.2", "EX-27.3"};
    int restated[3] = {1, 1, 0};
    for (size_t i = 0; i < 3; i++) {
        const tx_ex27_schedule *s = sched(i);
        CU_ASSERT_STRING_EQUAL(s->doc_type, types[i]);
        CU_ASSERT_EQUAL(s->restated, restated[i]);
        CU_ASSERT_STRING_EQUAL(date(s->period_end), ends[i]);
        CU_ASSERT_STRING_EQUAL(date(s->fiscal_year_end), ends[i]);
        CU_ASSERT_EQUAL(s->multiplier, 6);
        CU_ASSERT_EQUAL(s->nvalues, 32);
        /* "... FINANCIAL STATEMENTS OF THE COCA-COLA COMPANY FOR THE YEAR ..." */
        CU_ASSERT_STRING_EQUAL(s->name, "COCA-COLA COMPANY");
    }
    /* "<PERIOD-END> DEC-31-1995<F1>": F1 marks the whole schedule */
    CU_ASSERT_STRING_EQUAL(sched(0)->header_notes, "F1");
    CU_ASSERT_STRING_EQUAL(sched(1)->header_notes, "F1");
    CU_ASSERT_STRING_EQUAL(sched(2)->header_notes, "");
    CU_ASSERT_EQUAL(sched(0)->line_restated, 17);
    CU_ASSERT_EQUAL(sched(1)->line_restated, 81);
    CU_ASSERT_EQUAL_FATAL(sched(0)->nnotes, 1);
    CU_ASSERT_STRING_EQUAL(sched(0)->notes[0].marker, "F1");
    CU_ASSERT_EQUAL(sched(0)->notes[0].line, 57);
    CU_ASSERT_STRING_EQUAL(sched(0)->notes[0].text,
                           "RESTATEMENT REFLECTED HEREIN IS THE RESULT OF RECLASSIFICATIONS TO "
                           "PRIOR PERIODS' FINANCIAL STATEMENTS TO CONFORM TO THE CURRENT PERIOD "
                           "PRESENTATION.");
    CU_ASSERT_EQUAL_FATAL(sched(1)->nnotes, 2);
    CU_ASSERT_STRING_EQUAL(sched(1)->notes[1].marker, "F2");
    CU_ASSERT_EQUAL(sched(1)->notes[1].line, 123);
    CU_ASSERT_PTR_NOT_NULL(strstr(sched(1)->notes[1].text, "A TWO-FOR-ONE STOCK SPLIT"));
    CU_ASSERT_PTR_NOT_NULL(strstr(sched(1)->notes[1].text, "RECAPITALIZATION."));
    CU_ASSERT_EQUAL(sched(2)->nnotes, 0);
    /* "<EPS-PRIMARY> 1.40<F2>" */
    const tx_ex27_value *v = value(sched(1), "EPS-PRIMARY");
    CU_ASSERT_PTR_NOT_NULL_FATAL(v);
    CU_ASSERT_EQUAL(v->line, 118);
    CU_ASSERT_STRING_EQUAL(v->text, "1.40");
    CU_ASSERT_STRING_EQUAL(v->notes, "F2");
    CU_ASSERT_EQUAL(tx_test_coef(v->printed), 140);
    CU_ASSERT_EQUAL(v->printed.exp, -2);
    v = value(sched(1), "EPS-DILUTED");
    CU_ASSERT_PTR_NOT_NULL_FATAL(v);
    CU_ASSERT_STRING_EQUAL(v->notes, "F2");
    v = value(sched(0), "ALLOWANCES");
    CU_ASSERT_PTR_NOT_NULL_FATAL(v);
    CU_ASSERT_EQUAL(v->line, 27);
    CU_ASSERT_EQUAL(tx_test_coef(v->printed), 34);
    v = value(sched(2), "BONDS");
    CU_ASSERT_PTR_NOT_NULL_FATAL(v);
    CU_ASSERT_EQUAL(v->line, 164);
    CU_ASSERT_EQUAL(tx_test_coef(v->printed), 801);
    CU_ASSERT_EQUAL(count_code("ex27.footnote"), 0);
}

#define DOC_HEAD "<DOCUMENT>\n<TYPE>EX-27\n<TEXT>\n<TABLE> <S> <C>\n"
#define DOC_TAIL "</TABLE>\n</TEXT>\n</DOCUMENT>\n"

/* Apple's 10-Q schedule: nine months to June 26, 1999 (a 52/53-week year):
 * 39 weeks, 1998-09-27..1999-06-26, as the 10-Q's own column header reads */
static void test_periods(void)
{
    CU_ASSERT_EQUAL_FATAL(read_text(DOC_HEAD
                                    "<ARTICLE>\t5\n"
                                    "<MULTIPLIER>\t                   1,000,000\n"
                                    "<S>                          <C>\n"
                                    "<PERIOD-TYPE>                      9-MOS\n"
                                    "<FISCAL-YEAR-END>            SEP-25-1999\n"
                                    "<PERIOD-END>\t                JUN-26-1999\n"
                                    "<NET-INCOME>                         490\n"
                                    DOC_TAIL),
                          TX_OK);
    const tx_ex27_schedule *s = sched(0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(s);
    CU_ASSERT_EQUAL(s->months, 9);
    CU_ASSERT_EQUAL(s->duration.kind, TX_PERIOD_DURATION);
    CU_ASSERT_STRING_EQUAL(date(s->duration.start), "1998-09-27");
    CU_ASSERT_STRING_EQUAL(date(s->duration.end), "1999-06-26");
    CU_ASSERT_EQUAL(count_code("ex27.fiscal-year-end"), 0);

    /* six months to a month end: whole months */
    CU_ASSERT_EQUAL_FATAL(read_text(DOC_HEAD "<ARTICLE> 5\n<PERIOD-TYPE> 6-MOS\n"
                                    "<FISCAL-YEAR-END> DEC-31-1998\n<PERIOD-END> JUN-30-1998\n"
                                    "<NET-INCOME> 12\n" DOC_TAIL),
                          TX_OK);
    CU_ASSERT_STRING_EQUAL(date(sched(0)->duration.start), "1998-01-01");
    CU_ASSERT_STRING_EQUAL(date(sched(0)->duration.end), "1998-06-30");
    CU_ASSERT_EQUAL(sched(0)->multiplier, 0);   /* no MULTIPLIER: 1 */

    /* PERIOD-START is taken as printed */
    CU_ASSERT_EQUAL_FATAL(read_text(DOC_HEAD "<ARTICLE> 5\n<PERIOD-TYPE> 3-MOS\n"
                                    "<FISCAL-YEAR-END> DEC-31-1998\n<PERIOD-START> APR-01-1998\n"
                                    "<PERIOD-END> JUN-30-1998\n<NET-INCOME> 12\n" DOC_TAIL),
                          TX_OK);
    CU_ASSERT_STRING_EQUAL(date(sched(0)->duration.start), "1998-04-01");

    /* a YEAR that does not end at the fiscal year end is reported */
    CU_ASSERT_EQUAL_FATAL(read_text(DOC_HEAD "<ARTICLE> 5\n<PERIOD-TYPE> YEAR\n"
                                    "<FISCAL-YEAR-END> DEC-31-1998\n<PERIOD-END> JUN-30-1998\n"
                                    "<NET-INCOME> 12\n" DOC_TAIL),
                          TX_OK);
    CU_ASSERT_EQUAL(count_code("ex27.fiscal-year-end"), 1);
    CU_ASSERT_EQUAL(line_of("ex27.fiscal-year-end", 0), 7);

    /* no PERIOD-TYPE length and no PERIOD-START: income tags cannot be dated;
       the balance tag still can */
    CU_ASSERT_EQUAL_FATAL(read_text(DOC_HEAD "<ARTICLE> 5\n<MULTIPLIER> 1,000\n"
                                    "<PERIOD-TYPE> OTHER\n<PERIOD-END> JUN-30-1998\n"
                                    "<TOTAL-ASSETS> 100\n<NET-INCOME> 12\n" DOC_TAIL),
                          TX_OK);
    CU_ASSERT_EQUAL(sched(0)->duration.kind, TX_PERIOD_NONE);
    CU_ASSERT_EQUAL(map_it(NULL), TX_OK);   /* income tags not converted: a warning */
    CU_ASSERT_EQUAL(count_code("ex27.period-type"), 1);
    CU_ASSERT_EQUAL(line_of("ex27.period-type", 0), 7);
    CU_ASSERT_STRING_EQUAL(fact("tx-gaap:Assets", "1998-06-30", "txbrl:FdsTotalAssetsMember", FDS),
                           "100000");
    CU_ASSERT_STRING_EQUAL(fact("tx-gaap:NetIncomeLoss", "1998-06-30", "", ""), "(missing)");
}

static void test_bad_input(void)
{
    CU_ASSERT_EQUAL_FATAL(read_text(DOC_HEAD "<ARTICLE> 5\n"
                                    "<MULTIPLIER> 1,500\n"          /* line 6 */
                                    "<PERIOD-TYPE> YEAR\n"
                                    "<FISCAL-YEAR-END> 12/31/97\n"   /* line 8 */
                                    "<PERIOD-END> DEC-31-1997\n"
                                    "<CASH> SEE NOTE\n"              /* line 10 */
                                    "<CASH> 5\n"                     /* line 11: twice */
                                    "<INVENTORY> 7<F3>\n"            /* line 12: no <FN> */
                                    "<TOTAL-ASSETS>\n"               /* line 13: no value */
                                    DOC_TAIL),
                          TX_EINPUT);
    CU_ASSERT_EQUAL(line_of("ex27.multiplier", 0), 6);
    CU_ASSERT_EQUAL(line_of("ex27.date", 0), 8);
    CU_ASSERT_EQUAL(line_of("ex27.value", 0), 10);
    CU_ASSERT_EQUAL(line_of("ex27.value", 1), 13);
    CU_ASSERT_EQUAL(line_of("ex27.duplicate-tag", 0), 11);
    CU_ASSERT_EQUAL(line_of("ex27.footnote", 0), 12);
    const tx_ex27_schedule *s = sched(0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(s);
    CU_ASSERT_EQUAL(s->fiscal_year_end.y, 0);
    CU_ASSERT_EQUAL(value(s, "CASH")->ok, 0);

    /* a schedule without PERIOD-END: nothing of it is converted */
    CU_ASSERT_EQUAL_FATAL(read_text(DOC_HEAD "<ARTICLE> 5\n<MULTIPLIER> 1\n<CASH> 5\n" DOC_TAIL),
                          TX_OK);
    CU_ASSERT_EQUAL(map_it(NULL), TX_OK);   /* not converted: a warning */
    CU_ASSERT_EQUAL(line_of("ex27.no-period-end", 0), 5);
    CU_ASSERT_EQUAL(schedule_fact_count(FDS), 0);
}

/* ------------------------------------------------------------ facts */

static void test_facts_ibm(void)
{
    CU_ASSERT_EQUAL_FATAL(read_file("05_ibm_1997_ex27.txt"), TX_OK);
    CU_ASSERT_EQUAL_FATAL(map_it(NULL), TX_OK);
    /* balance tags at PERIOD-END, income tags over the year, times 10^6 */
    CU_ASSERT_STRING_EQUAL(fact("tx-gaap:Assets", "1997-12-31", "txbrl:FdsTotalAssetsMember", FDS),
                           "81490000000");
    CU_ASSERT_STRING_EQUAL(fact("tx-gaap:LiabilitiesAndStockholdersEquity", "1997-12-31",
                                "txbrl:FdsTotalLiabilityAndEquityMember", FDS),
                           "81499000000");
    CU_ASSERT_STRING_EQUAL(fact("tx-gaap:AccumulatedDepreciationDepletionAndAmortizationPropertyPlantAndEquipment",
                                "1997-12-31", "txbrl:FdsDepreciationMember", FDS),
                           "23786000000");
    CU_ASSERT_STRING_EQUAL(fact("tx-gaap:LongTermDebtNoncurrent", "1997-12-31",
                                "txbrl:FdsBondsMember", FDS), "0");
    CU_ASSERT_STRING_EQUAL(fact("tx-gaap:NetIncomeLoss", "1997-01-01..1997-12-31",
                                "txbrl:FdsNetIncomeMember", FDS), "6093000000");
    CU_ASSERT_STRING_EQUAL(fact("tx-gaap:InterestExpense", "1997-01-01..1997-12-31",
                                "txbrl:FdsInterestExpenseMember", FDS), "728000000");
    /* per-share amounts are not multiplied */
    CU_ASSERT_STRING_EQUAL(fact("tx-gaap:EarningsPerShareBasic", "1997-01-01..1997-12-31",
                                "txbrl:FdsEPSPrimaryMember", FDS), "6.18");
    CU_ASSERT_STRING_EQUAL(fact("tx-gaap:EarningsPerShareDiluted", "1997-01-01..1997-12-31",
                                "txbrl:FdsEPSDilutedMember", FDS), "6.01");
    const tx_fact *f = fact_ptr("tx-gaap:EarningsPerShareBasic", "1997-01-01..1997-12-31");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    CU_ASSERT_EQUAL(f->unit, TX_UNIT_USD_PER_SHARE);
    CU_ASSERT_EQUAL(f->decimals, 2);
    CU_ASSERT_EQUAL(f->src_line, 52);
    f = fact_ptr("tx-gaap:Assets", "1997-12-31");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    CU_ASSERT_EQUAL(f->decimals, -6);
    CU_ASSERT_EQUAL(f->unit, TX_UNIT_USD);
    CU_ASSERT_EQUAL(f->src_line, 30);
    /* OTHER-SE: no US-GAAP meaning, an extension concept */
    CU_ASSERT_STRING_EQUAL(fact("ext:OtherStockholdersEquity", "1997-12-31",
                                "txbrl:FdsOtherSEMember", FDS), "10963000000");
    int found = 0;
    for (size_t i = 0; i < fs->next; i++)
        if (strcmp(fs->ext[i].name, "OtherStockholdersEquity") == 0) {
            found = 1;
            CU_ASSERT_STRING_EQUAL(fs->ext[i].period_type, "instant");
            CU_ASSERT_STRING_EQUAL(fs->ext[i].balance, "credit");
        }
    CU_ASSERT_EQUAL(found, 1);
    CU_ASSERT_EQUAL(schedule_fact_count(FDS), 32);
    /* the entity: read from the legend, no CIK known */
    CU_ASSERT_EQUAL_FATAL(fs->nentities, 1);
    CU_ASSERT_STRING_EQUAL(fs->entities[0].identifier, "ibm");
    CU_ASSERT_EQUAL(count_code("map.unknown-entity"), 1);
    /* the filer's error: TOTAL-ASSETS 81,490 vs TOTAL-LIABILITY-AND-EQUITY 81,499 */
    CU_ASSERT_EQUAL(count_code("ex27.arithmetic"), 1);
    CU_ASSERT_EQUAL(line_of("ex27.arithmetic", 0), 30);
    const char *m = message_at("ex27.arithmetic", 30);
    CU_ASSERT_PTR_NOT_NULL(strstr(m, "<TOTAL-ASSETS> 81,490 (line 30)"));
    CU_ASSERT_PTR_NOT_NULL(strstr(m, "<TOTAL-LIABILITY-AND-EQUITY> 81,499 (line 37)"));
    CU_ASSERT_PTR_NOT_NULL(strstr(m, "off by 9"));
    /* the document facts name the entity */
    CU_ASSERT_STRING_NOT_EQUAL(fact("tx-dei:EntityRegistrantName", "1997-01-01..1997-12-31", "", ""),
                               "(missing)");

    /* with an entities file the name gives the CIK */
    tx_entity_map ents = {0};
    char name[] = "ibm", cik[] = "0000051143";
    char *names[1] = {name}, *ciks[1] = {cik};
    ents.names = names;
    ents.ciks = ciks;
    ents.n = 1;
    CU_ASSERT_EQUAL_FATAL(read_file("05_ibm_1997_ex27.txt"), TX_OK);
    CU_ASSERT_EQUAL_FATAL(map_it(&ents), TX_OK);
    CU_ASSERT_STRING_EQUAL(fs->entities[0].scheme, TX_SCHEME_CIK);
    CU_ASSERT_STRING_EQUAL(fs->entities[0].identifier, "0000051143");
    CU_ASSERT_EQUAL(count_code("map.unknown-entity"), 0);
}

static void test_facts_cocacola(void)
{
    CU_ASSERT_EQUAL_FATAL(read_file("07_cocacola_1997_ex27.txt"), TX_OK);
    CU_ASSERT_EQUAL_FATAL(map_it(NULL), TX_OK);
    /* the restated schedules in their own member */
    CU_ASSERT_EQUAL(schedule_fact_count(RESTATED), 64);
    CU_ASSERT_EQUAL(schedule_fact_count(FDS), 32);
    CU_ASSERT_STRING_EQUAL(fact("tx-gaap:Assets", "1995-12-31", "txbrl:FdsTotalAssetsMember",
                                RESTATED), "15041000000");
    CU_ASSERT_STRING_EQUAL(fact("tx-gaap:Assets", "1996-12-31", "txbrl:FdsTotalAssetsMember",
                                RESTATED), "16161000000");
    CU_ASSERT_STRING_EQUAL(fact("tx-gaap:Assets", "1997-12-31", "txbrl:FdsTotalAssetsMember", FDS),
                           "16940000000");
    CU_ASSERT_STRING_EQUAL(fact("tx-gaap:Assets", "1997-12-31", "txbrl:FdsTotalAssetsMember",
                                RESTATED), "(missing)");
    CU_ASSERT_STRING_EQUAL(fact("tx-gaap:EarningsPerShareBasic", "1996-01-01..1996-12-31",
                                "txbrl:FdsEPSPrimaryMember", RESTATED), "1.4");
    CU_ASSERT_STRING_EQUAL(fact("tx-gaap:AllowanceForDoubtfulAccountsReceivableCurrent",
                                "1995-12-31", "txbrl:FdsAllowancesMember", RESTATED), "34000000");
    CU_ASSERT_STRING_EQUAL(fact("tx-gaap:IncomeTaxExpenseBenefit", "1997-01-01..1997-12-31",
                                "txbrl:FdsIncomeTaxMember", FDS), "1926000000");
    /* Coca-Cola's schedules add up */
    CU_ASSERT_EQUAL(count_code("ex27.arithmetic"), 0);
    /* footnotes: F1 (on PERIOD-END) marks every fact of its schedule, F2
       the two EPS facts of 1996 */
    CU_ASSERT_EQUAL_FATAL(fs->nfootnotes, 3);
    CU_ASSERT_STRING_EQUAL(fs->footnotes[0].marker, "F1");
    CU_ASSERT_EQUAL(fs->footnotes[0].nfacts, 32);
    CU_ASSERT_STRING_EQUAL(fs->footnotes[1].marker, "F1");
    CU_ASSERT_EQUAL(fs->footnotes[1].nfacts, 32);
    CU_ASSERT_STRING_EQUAL(fs->footnotes[2].marker, "F2");
    CU_ASSERT_EQUAL_FATAL(fs->footnotes[2].nfacts, 2);
    CU_ASSERT_EQUAL(fs->facts[fs->footnotes[2].facts[0]].src_line, 118);
    CU_ASSERT_EQUAL(fs->facts[fs->footnotes[2].facts[1]].src_line, 119);
}

/* A schedule that does not add up, one of another article, a negative contra */
static void test_checks(void)
{
    CU_ASSERT_EQUAL_FATAL(read_text(DOC_HEAD "<ARTICLE> 5\n<MULTIPLIER> 1,000\n"
                                    "<PERIOD-TYPE> YEAR\n<PERIOD-END> DEC-31-1998\n"
                                    "<ALLOWANCES> (3)\n"            /* line 9 */
                                    "<INCOME-PRETAX> 100\n"         /* line 10 */
                                    "<INCOME-TAX> 30\n"
                                    "<INCOME-CONTINUING> 72\n"      /* 100 - 30 is 70 */
                                    "<DISCONTINUED> 0\n<EXTRAORDINARY> 0\n<CHANGES> 0\n"
                                    "<NET-INCOME> 72\n"
                                    "<SALES> 200\n<TOTAL-REVENUES> 150\n"  /* line 17, 18 */
                                    "<WIDGETS> 5\n"                 /* line 19 */
                                    DOC_TAIL),
                          TX_OK);
    CU_ASSERT_EQUAL_FATAL(map_it(NULL), TX_OK);
    CU_ASSERT_EQUAL(count_code("ex27.arithmetic"), 2);
    CU_ASSERT_PTR_NOT_NULL(strstr(message_at("ex27.arithmetic", 10), "income-continuing"));
    CU_ASSERT_PTR_NOT_NULL(strstr(message_at("ex27.arithmetic", 17), "sales"));
    CU_ASSERT_EQUAL(line_of("ex27.contra-negative", 0), 9);
    CU_ASSERT_EQUAL(line_of("ex27.unknown-tag", 0), 19);
    CU_ASSERT_STRING_EQUAL(fact("tx-gaap:AllowanceForDoubtfulAccountsReceivableCurrent",
                                "1998-12-31", "txbrl:FdsAllowancesMember", FDS), "-3000");

    /* half a unit per printed value: 100 - 30 against 71 is within 1.5 */
    CU_ASSERT_EQUAL_FATAL(read_text(DOC_HEAD "<ARTICLE> 5\n<PERIOD-TYPE> YEAR\n"
                                    "<PERIOD-END> DEC-31-1998\n<INCOME-PRETAX> 100\n"
                                    "<INCOME-TAX> 30\n<INCOME-CONTINUING> 71\n" DOC_TAIL),
                          TX_OK);
    CU_ASSERT_EQUAL_FATAL(map_it(NULL), TX_OK);
    CU_ASSERT_EQUAL(count_code("ex27.arithmetic"), 0);

    /* Article 9 (banks) is not mapped */
    CU_ASSERT_EQUAL_FATAL(read_text(DOC_HEAD "<ARTICLE> 9\n<PERIOD-TYPE> YEAR\n"
                                    "<PERIOD-END> DEC-31-1998\n<CASH> 5\n" DOC_TAIL),
                          TX_OK);
    CU_ASSERT_EQUAL_FATAL(map_it(NULL), TX_OK);
    CU_ASSERT_EQUAL(line_of("ex27.article", 0), 5);
    CU_ASSERT_EQUAL(schedule_fact_count(FDS), 0);
}

/* ------------------------------------------------------------ cross-check */

static int add_stmt(tx_factset *st, size_t entity, const char *concept, int64_t millions,
                    long line)
{
    tx_fact f;
    memset(&f, 0, sizeof f);
    f.concept = tx_strdup(concept);
    f.entity = entity;
    f.period.kind = TX_PERIOD_INSTANT;
    f.period.end = (tx_date){1997, 12, 31};
    f.numeric = 1;
    f.unit = TX_UNIT_USD;
    f.value = tx_decimal_make(millions, 6);
    f.decimals = -6;
    f.src_line = line;
    return tx_factset_add(st, &f);
}

/* IBM's statement of financial position (04_ibm_1997_ex13_statements.txt):
 * total assets 81,499 (line 111), long-term debt 13,696 (line 124),
 * preferred stock 252 (line 134), common stock 8,601 (line 137).  The
 * schedule swapped PREFERRED-MANDATORY 8,601 and COMMON 252, left BONDS 0
 * and printed TOTAL-ASSETS 81,490. */
static void test_cross_check(void)
{
    CU_ASSERT_EQUAL_FATAL(read_file("05_ibm_1997_ex27.txt"), TX_OK);
    CU_ASSERT_EQUAL_FATAL(map_it(NULL), TX_OK);
    tx_factset *st = tx_factset_new("04_ibm_1997_ex13_statements.txt", "04");
    CU_ASSERT_PTR_NOT_NULL_FATAL(st);
    long e = tx_factset_entity(st, "International Business Machines Corporation", TX_SCHEME_NAME,
                               "ibm");
    CU_ASSERT_EQUAL_FATAL(e, 0);
    CU_ASSERT_EQUAL(add_stmt(st, 0, "tx-gaap:Assets", 81499, 111), 0);
    CU_ASSERT_EQUAL(add_stmt(st, 0, "tx-gaap:LongTermDebtNoncurrent", 13696, 124), 0);
    CU_ASSERT_EQUAL(add_stmt(st, 0, "tx-gaap:PreferredStockValue", 252, 134), 0);
    CU_ASSERT_EQUAL(add_stmt(st, 0, "tx-gaap:CommonStockValue", 8601, 137), 0);
    CU_ASSERT_EQUAL(add_stmt(st, 0, "tx-gaap:LiabilitiesCurrent", 33507, 122), 0);
    const tx_factset *refs[1] = {st};
    size_t before = tx_report_size(rep);
    CU_ASSERT_EQUAL(tx_ex27_cross_check(fs, refs, 1, xmap, rep), TX_OK);
    CU_ASSERT_EQUAL(tx_report_size(rep) - before, 4);
    CU_ASSERT_EQUAL(count_code("ex27.statement-mismatch"), 4);
    const char *m = message_at("ex27.statement-mismatch", 30);
    CU_ASSERT_PTR_NOT_NULL(strstr(m, "<TOTAL-ASSETS> 81490000000"));
    CU_ASSERT_PTR_NOT_NULL(strstr(m, "81499000000 at 04_ibm_1997_ex13_statements.txt:111"));
    CU_ASSERT_PTR_NOT_NULL(strstr(m, "as <TOTAL-LIABILITY-AND-EQUITY> (line 37)"));
    m = message_at("ex27.statement-mismatch", 32);
    CU_ASSERT_PTR_NOT_NULL(strstr(m, "<BONDS> 0"));
    CU_ASSERT_PTR_NOT_NULL(strstr(m, "13696000000 at 04_ibm_1997_ex13_statements.txt:124"));
    m = message_at("ex27.statement-mismatch", 34);
    CU_ASSERT_PTR_NOT_NULL(strstr(m, "<PREFERRED> 0"));
    CU_ASSERT_PTR_NOT_NULL(strstr(m, "as <COMMON> (line 35)"));
    m = message_at("ex27.statement-mismatch", 35);
    CU_ASSERT_PTR_NOT_NULL(strstr(m, "<COMMON> 252000000"));
    CU_ASSERT_PTR_NOT_NULL(strstr(m, "8601000000 at 04_ibm_1997_ex13_statements.txt:137"));
    CU_ASSERT_PTR_NOT_NULL(strstr(m, "as <PREFERRED-MANDATORY> (line 33)"));
    CU_ASSERT_PTR_NOT_NULL(strstr(m, "252000000 as tx-gaap:PreferredStockValue (line 134)"));

    /* another entity: nothing compared, said once */
    tx_factset *other = tx_factset_new("other.txt", "o");
    CU_ASSERT_PTR_NOT_NULL_FATAL(other);
    tx_factset_entity(other, "Other", TX_SCHEME_NAME, "other");
    CU_ASSERT_EQUAL(add_stmt(other, 0, "tx-gaap:Assets", 81499, 9), 0);
    refs[0] = other;
    before = tx_report_size(rep);
    CU_ASSERT_EQUAL(tx_ex27_cross_check(fs, refs, 1, xmap, rep), TX_OK);
    CU_ASSERT_EQUAL_FATAL(tx_report_size(rep) - before, 1);
    CU_ASSERT_STRING_EQUAL(tx_report_code(rep, before), "ex27.not-cross-checked");
    tx_factset_free(other);
    tx_factset_free(st);
}

/* A submission with the statements and the schedule in one file: the
 * schedule is checked against the statements of its own exhibit. */
static void test_cross_check_same_exhibit(void)
{
    static const char text[] =
        "<SEC-HEADER>\n"
        "CONFORMED SUBMISSION TYPE:\t10-K\n"
        "COMPANY CONFORMED NAME:\t\t\tACME WIDGETS INC\n"
        "CENTRAL INDEX KEY:\t\t\t0000999999\n"
        "</SEC-HEADER>\n"
        "<DOCUMENT>\n"
        "<TYPE>10-K\n"
        "<TEXT>\n"
        "                          ACME WIDGETS INC\n"
        "                     CONSOLIDATED BALANCE SHEETS\n"
        "                           (in thousands)\n"
        "\n"
        "                                          December 31,\n"
        "                                       1998          1997\n"
        "                                     --------      --------\n"
        "Cash                                 $  1,200      $  1,000\n"
        "Total current assets                    3,000         2,500\n"
        "Total assets                            9,000         8,000\n"
        "Total current liabilities               2,000         1,900\n"
        "Total liabilities and stockholders'\n"
        "  equity                              $  9,000      $  8,000\n"
        "</TEXT>\n"
        "</DOCUMENT>\n"
        "<DOCUMENT>\n"
        "<TYPE>EX-27\n"
        "<TEXT>\n"
        "<TABLE> <S> <C>\n"
        "<ARTICLE> 5\n"
        "<MULTIPLIER> 1,000\n"
        "<PERIOD-TYPE> YEAR\n"
        "<FISCAL-YEAR-END> DEC-31-1998\n"
        "<PERIOD-END> DEC-31-1998\n"
        "<CASH> 1,200\n"                       /* line 33 */
        "<CURRENT-ASSETS> 3,100\n"             /* line 34: the statement says 3,000 */
        "<TOTAL-ASSETS> 9,000\n"
        "<CURRENT-LIABILITIES> 2,000\n"
        "<TOTAL-LIABILITY-AND-EQUITY> 9,000\n"
        "</TABLE>\n"
        "</TEXT>\n"
        "</DOCUMENT>\n";
    CU_ASSERT_EQUAL_FATAL(read_text(text), TX_OK);
    CU_ASSERT_EQUAL(ex->ntables, 1);
    CU_ASSERT_EQUAL_FATAL(map_it(NULL), TX_OK);
    /* one entity: the filer of the EDGAR header */
    CU_ASSERT_EQUAL(fs->nentities, 1);
    CU_ASSERT_STRING_EQUAL(fs->entities[0].identifier, "0000999999");
    CU_ASSERT_STRING_EQUAL(fact("tx-gaap:AssetsCurrent", "1998-12-31", "", ""), "3000000");
    CU_ASSERT_STRING_EQUAL(fact("tx-gaap:AssetsCurrent", "1998-12-31",
                                "txbrl:FdsCurrentAssetsMember", FDS), "3100000");
    CU_ASSERT_EQUAL(tx_ex27_cross_check(fs, NULL, 0, xmap, rep), TX_OK);
    CU_ASSERT_EQUAL(count_code("ex27.statement-mismatch"), 1);
    const char *m = message_at("ex27.statement-mismatch", 34);
    CU_ASSERT_PTR_NOT_NULL(strstr(m, "<CURRENT-ASSETS> 3100000"));
    CU_ASSERT_PTR_NOT_NULL(strstr(m, "3000000 at x.txt:17"));
}

static void test_map_data(void)
{
    CU_ASSERT_EQUAL_FATAL(load_data(), 0);
    const tx_ex27_tag *t = tx_ex27_lookup(xmap, 5, "DEPRECIATION");
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_EQUAL(t->contra, 1);
    CU_ASSERT_EQUAL(t->instant, 1);
    t = tx_ex27_lookup(xmap, 5, "ALLOWANCES");
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_EQUAL(t->contra, 1);
    t = tx_ex27_lookup(xmap, 5, "EPS-DILUTED");
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_EQUAL(t->per_share, 1);
    CU_ASSERT_EQUAL(t->instant, 0);
    t = tx_ex27_lookup(xmap, 5, "OTHER-SE");
    CU_ASSERT_PTR_NOT_NULL_FATAL(t);
    CU_ASSERT_STRING_EQUAL(t->concept, "");
    CU_ASSERT_STRING_EQUAL(t->balance, "credit");
    CU_ASSERT_PTR_NULL(tx_ex27_lookup(xmap, 9, "CASH"));
    CU_ASSERT(xmap->nchecks >= 8);
    /* every tag's member is distinct: no two tags share a context */
    for (size_t i = 0; i < xmap->ntags; i++)
        for (size_t k = i + 1; k < xmap->ntags; k++)
            CU_ASSERT(strcmp(xmap->tags[i].member, xmap->tags[k].member) != 0);
}

static void test_cleanup(void)
{
    release();
    tx_ex27_map_free(xmap);
    tx_taxonomy_free(tax);
    xmap = NULL;
    tax = NULL;
}

static const CU_TestInfo ex27_tests[] = {
    {"read: IBM's schedule (05)", test_read_ibm},
    {"read: Coca-Cola's three schedules, restated, footnotes (07)", test_read_cocacola},
    {"periods from PERIOD-TYPE, PERIOD-START, FISCAL-YEAR-END", test_periods},
    {"bad values, dates, multipliers, markers", test_bad_input},
    {"tag map data", test_map_data},
    {"facts of IBM's schedule, its arithmetic error", test_facts_ibm},
    {"facts of Coca-Cola's schedules, restated member, footnotes", test_facts_cocacola},
    {"arithmetic, contra and article checks", test_checks},
    {"cross-check with IBM's statements (swap, bonds, total assets)", test_cross_check},
    {"cross-check with the statements of the same submission", test_cross_check_same_exhibit},
    {"cleanup", test_cleanup},
    CU_TEST_INFO_NULL,
};

int tx_suite_ex27(void) { return tx_add_suite("ex27", ex27_tests); }

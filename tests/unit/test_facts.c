/* test_facts.c - the fact model, CSV/xBRL-JSON, the instance writer, the
 * instance reader and offline schema validation. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <CUnit/CUnit.h>

#include "xbrl/offline.h"
#include "xbrl/facts.h"
#include "write/instance.h"
#include "units.h"
#include "base/report.h"
#include "base/util.h"
#include "xbrl/xbrlread.h"

#define STEM "000_test"

static const char *const gaap_urls[] = {TX_URL_GAAP_XSD};

/* ------------------------------------------------------------ helpers */

static char *path_join(const char *dir, const char *name)
{
    tx_buf b = {0};
    tx_buf_printf(&b, "%s/%s", dir, name);
    return tx_buf_take(&b);
}

static char *make_tmpdir(void)
{
    const char *base = getenv("TMPDIR");
    char *tmpl = path_join(base && *base ? base : "/tmp", "txbrl-facts-XXXXXX");
    if (tmpl && !mkdtemp(tmpl)) {
        free(tmpl);
        return NULL;
    }
    return tmpl;
}

/* Removes a directory with its files and (empty or flat) subdirectories. */
static void remove_tree(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        char *p = path_join(dir, e->d_name);
        if (p && unlink(p) != 0)
            remove_tree(p);
        free(p);
    }
    closedir(d);
    rmdir(dir);
}

/* Names in a directory, sorted and joined by ' ' (owned). */
static char *dir_listing(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return NULL;
    char *names[64];
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL && n < 64)
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
            names[n++] = tx_strdup(e->d_name);
    closedir(d);
    for (size_t i = 1; i < n; i++)
        for (size_t k = i; k > 0 && strcmp(names[k - 1], names[k]) > 0; k--) {
            char *t = names[k];
            names[k] = names[k - 1];
            names[k - 1] = t;
        }
    tx_buf b = {0};
    for (size_t i = 0; i < n; i++) {
        tx_buf_printf(&b, "%s%s", i ? " " : "", names[i]);
        free(names[i]);
    }
    return tx_buf_take(&b);
}

static char *read_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    tx_buf b = {0};
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        tx_buf_append(&b, chunk, n);
    fclose(f);
    return tx_buf_take(&b);
}

static int write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return -1;
    int ok = fputs(text, f) >= 0;
    return fclose(f) == 0 && ok ? 0 : -1;
}

static char *csv_text(const tx_factset *fs)
{
    char *s = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&s, &len);
    if (!f)
        return NULL;
    tx_status st = tx_facts_write_csv(fs, f);
    fclose(f);
    if (st != TX_OK) {
        free(s);
        return NULL;
    }
    return s;
}

static char *json_text(const tx_factset *fs)
{
    char *s = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&s, &len);
    if (!f)
        return NULL;
    tx_status st = tx_facts_write_json(fs, f);
    fclose(f);
    if (st != TX_OK) {
        free(s);
        return NULL;
    }
    return s;
}

/* 1 if the report holds a finding with this code (and line, when >= 0). */
static int has_finding(const tx_report *rep, const char *code, long line)
{
    for (size_t i = 0; i < tx_report_size(rep); i++)
        if (strcmp(tx_report_code(rep, i), code) == 0 &&
            (line < 0 || tx_report_line(rep, i) == line))
            return 1;
    return 0;
}

static void print_report(const tx_report *rep)
{
    if (tx_report_size(rep))
        tx_report_write(rep, stderr, TX_FORMAT_TEXT);
}

/* The project's taxonomy and catalog, when the tree has them. */
static char *project_catalog(void)
{
    char *cat = tx_datadir_catalog(tx_test_srcdir());
    char *gaap = path_join(tx_test_srcdir(),
                           "taxonomy/package/txbrl.example.org/taxonomy/gaap/2026/tx-gaap-2026.xsd");
    int ok = cat && gaap && access(cat, R_OK) == 0 && access(gaap, R_OK) == 0;
    free(gaap);
    if (!ok) {
        free(cat);
        return NULL;
    }
    return cat;
}

/* ------------------------------------------------------------ a factset */

static tx_period duration(int y1, int m1, int d1, int y2, int m2, int d2)
{
    tx_period p = {0};
    p.kind = TX_PERIOD_DURATION;
    p.start = (tx_date){y1, m1, d1};
    p.end = (tx_date){y2, m2, d2};
    return p;
}

static tx_period instant(int y, int m, int d)
{
    tx_period p = {0};
    p.kind = TX_PERIOD_INSTANT;
    p.end = (tx_date){y, m, d};
    return p;
}

static int add_num(tx_factset *fs, const char *concept, long ent, tx_period p, tx_unit_kind u,
                   int64_t coef, int exp, int decimals, const char *axis, const char *member)
{
    tx_fact f = {0};
    f.concept = tx_strdup(concept);
    f.entity = (size_t)ent;
    f.period = p;
    f.unit = u;
    f.numeric = 1;
    f.value = tx_decimal_make(coef, exp);
    f.decimals = decimals;
    f.src_line = 10;
    if (axis) {
        f.dims = calloc(1, sizeof *f.dims);
        f.ndims = 1;
        f.dims[0].axis = tx_strdup(axis);
        f.dims[0].member = tx_strdup(member);
    }
    return tx_factset_add(fs, &f);
}

static int add_text(tx_factset *fs, const char *concept, long ent, tx_period p, const char *text)
{
    tx_fact f = {0};
    f.concept = tx_strdup(concept);
    f.entity = (size_t)ent;
    f.period = p;
    f.text = tx_strdup(text);
    f.decimals = -3;   /* ignored for non-numeric facts */
    return tx_factset_add(fs, &f);
}

/* Two entities, instants and durations, a dimension, USD/shares/per-share,
 * a nil fact, negative values, a per-share decimal, an extension concept
 * with a calculation arc, and text with a comma and quotes. */
static tx_factset *sample_factset(void)
{
    tx_factset *fs = tx_factset_new("exhibits/" STEM ".txt", STEM);
    if (!fs)
        return NULL;
    tx_buf ext = {0};
    tx_buf_printf(&ext, "%s%s", TX_NS_EXT_BASE, STEM);
    char *ext_ns = tx_buf_take(&ext);
    tx_factset_bind(fs, "tx-gaap", TX_NS_GAAP);
    tx_factset_bind(fs, "tx-dei", TX_NS_DEI);
    tx_factset_bind(fs, "txbrl", TX_NS_TXBRL);
    tx_factset_bind(fs, "ext", ext_ns);
    free(ext_ns);
    long jnpr = tx_factset_entity(fs, "JUNIPER NETWORKS, INC.", TX_SCHEME_CIK, "0001043604");
    long nscn = tx_factset_entity(fs, "NETSCREEN TECHNOLOGIES, INC.", TX_SCHEME_CIK, "0001088454");
    tx_period q3 = duration(2003, 7, 1, 2003, 9, 30);
    tx_period h1 = duration(2003, 10, 1, 2004, 3, 31);
    int bad = 0;
    bad |= add_num(fs, "tx-gaap:Revenues", jnpr, q3, TX_UNIT_USD, 457510, 3, -3, NULL, NULL);
    bad |= add_num(fs, "tx-gaap:NetIncomeLoss", jnpr, q3, TX_UNIT_USD, -128102, 3, -3, NULL, NULL);
    bad |= add_num(fs, "tx-gaap:NetIncomeLoss", jnpr, q3, TX_UNIT_USD, 14734, 3, -3,
                   "txbrl:PresentationBasisAxis", "txbrl:NonGaapMember");
    bad |= add_num(fs, "tx-gaap:EarningsPerShareBasic", jnpr, q3, TX_UNIT_USD_PER_SHARE, 20, -3, 2,
                   NULL, NULL);
    bad |= add_num(fs, "tx-gaap:EarningsPerShareBasic", nscn, h1, TX_UNIT_USD_PER_SHARE, -24, -2, 2,
                   NULL, NULL);
    bad |= add_num(fs, "tx-gaap:WeightedAverageNumberOfSharesOutstandingBasic", nscn, h1,
                   TX_UNIT_SHARES, 384795, 3, TX_DECIMALS_INF, NULL, NULL);
    bad |= add_num(fs, "tx-gaap:CashAndCashEquivalentsAtCarryingValue", nscn, instant(2004, 3, 31),
                   TX_UNIT_USD, 12345, 3, -3, NULL, NULL);
    bad |= add_num(fs, "tx-gaap:Revenues", nscn, h1, TX_UNIT_USD, 0, 0, -3, NULL, NULL);
    fs->facts[fs->nfacts - 1].nil = 1;
    bad |= add_num(fs, "ext:OtherOperatingItems", jnpr, q3, TX_UNIT_USD, 1849, 3, -3, NULL, NULL);
    bad |= add_text(fs, "tx-dei:EntityRegistrantName", jnpr, q3, "Juniper Networks, Inc.");
    bad |= add_text(fs, "tx-dei:AmendmentDescription", jnpr, q3, "Restated \"Q3\" & <more>, see note");
    tx_ext_concept c = {"OtherOperatingItems", "duration", "debit", "xbrli:monetaryItemType",
                        "Other operating items, net"};
    bad |= tx_factset_add_ext(fs, &c);
    tx_ext_arc a = {NULL, "tx-gaap:NetIncomeLoss", "ext:OtherOperatingItems", -1, 1};
    bad |= tx_factset_add_arc(fs, &a);
    if (bad || jnpr < 0 || nscn < 0) {
        tx_factset_free(fs);
        return NULL;
    }
    return fs;
}

static const char sample_csv[] =
    "concept,entity,start,end,dimensions,unit,decimals,value\n"
    "tx-gaap:Revenues,0001043604,2003-07-01,2003-09-30,,iso4217:USD,-3,457510000\n"
    "tx-gaap:NetIncomeLoss,0001043604,2003-07-01,2003-09-30,,iso4217:USD,-3,-128102000\n"
    "tx-gaap:NetIncomeLoss,0001043604,2003-07-01,2003-09-30,"
    "txbrl:PresentationBasisAxis=txbrl:NonGaapMember,iso4217:USD,-3,14734000\n"
    "tx-gaap:EarningsPerShareBasic,0001043604,2003-07-01,2003-09-30,,iso4217:USD/xbrli:shares,2,0.02\n"
    "tx-gaap:EarningsPerShareBasic,0001088454,2003-10-01,2004-03-31,,iso4217:USD/xbrli:shares,2,-0.24\n"
    "tx-gaap:WeightedAverageNumberOfSharesOutstandingBasic,0001088454,2003-10-01,2004-03-31,,"
    "xbrli:shares,INF,384795000\n"
    "tx-gaap:CashAndCashEquivalentsAtCarryingValue,0001088454,,2004-03-31,,iso4217:USD,-3,12345000\n"
    "tx-gaap:Revenues,0001088454,2003-10-01,2004-03-31,,iso4217:USD,,\n"
    "ext:OtherOperatingItems,0001043604,2003-07-01,2003-09-30,,iso4217:USD,-3,1849000\n"
    "tx-dei:EntityRegistrantName,0001043604,2003-07-01,2003-09-30,,,,\"Juniper Networks, Inc.\"\n"
    "tx-dei:AmendmentDescription,0001043604,2003-07-01,2003-09-30,,,,"
    "\"Restated \"\"Q3\"\" & <more>, see note\"\n";

/* Writes the sample into a new directory; NULL on failure. */
static char *write_sample(tx_report *rep, tx_status *st)
{
    char *dir = make_tmpdir();
    tx_factset *fs = sample_factset();
    *st = dir && fs ? tx_instance_write(fs, dir, gaap_urls, 1, tx_test_catalog(), rep) : TX_ENOMEM;
    tx_factset_free(fs);
    return dir;
}

/* ------------------------------------------------------------ model */

static void test_factset_ownership(void)
{
    tx_factset *fs = tx_factset_new(NULL, NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(fs);
    CU_ASSERT_EQUAL(tx_factset_bind(fs, "a", "urn:a"), 0);
    CU_ASSERT_EQUAL(tx_factset_bind(fs, "a", "urn:other"), 0);
    CU_ASSERT_EQUAL(fs->nns, 1);
    CU_ASSERT_STRING_EQUAL(fs->ns[0].uri, "urn:a");
    long e0 = tx_factset_entity(fs, "X", TX_SCHEME_CIK, "1");
    long e1 = tx_factset_entity(fs, NULL, TX_SCHEME_NAME, "1");
    CU_ASSERT_EQUAL(e0, 0);
    CU_ASSERT_EQUAL(e1, 1);
    CU_ASSERT_EQUAL(tx_factset_entity(fs, "Y", TX_SCHEME_CIK, "1"), 0);
    /* many facts: growth, dims sorted, the fact handed over and zeroed */
    for (int i = 0; i < 100; i++) {
        tx_fact f = {0};
        f.concept = tx_strdup("a:B");
        f.dims = calloc(2, sizeof *f.dims);
        f.ndims = 2;
        f.dims[0] = (tx_dim){tx_strdup("a:Z"), tx_strdup("a:M1")};
        f.dims[1] = (tx_dim){tx_strdup("a:A"), tx_strdup("a:M2")};
        CU_ASSERT_EQUAL(tx_factset_add(fs, &f), 0);
        CU_ASSERT_PTR_NULL(f.concept);
        CU_ASSERT_PTR_NULL(f.dims);
    }
    CU_ASSERT_EQUAL(fs->nfacts, 100);
    CU_ASSERT_STRING_EQUAL(fs->facts[99].dims[0].axis, "a:A");
    char *dims = tx_fact_dims_text(&fs->facts[5]);
    CU_ASSERT_STRING_EQUAL(dims, "a:A=a:M2;a:Z=a:M1");
    free(dims);
    /* a fact naming no entity is refused and stays the caller's */
    tx_fact bad = {0};
    bad.concept = tx_strdup("a:B");
    bad.entity = 7;
    CU_ASSERT_EQUAL(tx_factset_add(fs, &bad), -1);
    CU_ASSERT_PTR_NOT_NULL(bad.concept);
    free(bad.concept);
    tx_ext_concept c = {"N", "instant", NULL, NULL, "Label"};
    CU_ASSERT_EQUAL(tx_factset_add_ext(fs, &c), 0);
    CU_ASSERT_EQUAL(tx_factset_add_ext(fs, &c), 0);
    CU_ASSERT_EQUAL(fs->next, 1);
    tx_ext_arc a = {"urn:role", "a:P", "ext:N", 1, 2};
    CU_ASSERT_EQUAL(tx_factset_add_arc(fs, &a), 0);
    CU_ASSERT_STRING_EQUAL(fs->arcs[0].role, "urn:role");
    tx_factset_free(fs);
    tx_factset_free(NULL);
}

static void test_text_forms(void)
{
    tx_fact f = {0};
    char buf[64];
    f.numeric = 1;
    struct { int64_t coef; int exp; const char *text; } cases[] = {
        {457510, 3, "457510000"}, {-128102, 3, "-128102000"}, {2, -2, "0.02"},
        {1250, -2, "12.5"}, {20, -3, "0.02"}, {0, -2, "0"}, {0, 3, "0"},
        {-24, -2, "-0.24"}, {1000, -3, "1"}, {5, 0, "5"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        f.value = tx_decimal_make(cases[i].coef, cases[i].exp);
        tx_fact_value_text(&f, buf, sizeof buf);
        CU_ASSERT_STRING_EQUAL(buf, cases[i].text);
    }
    f.nil = 1;
    tx_fact_value_text(&f, buf, sizeof buf);
    CU_ASSERT_STRING_EQUAL(buf, "");
    f.nil = 0;
    f.numeric = 0;
    f.text = "a long text value";
    CU_ASSERT_EQUAL(tx_fact_value_text(&f, buf, 5), 17);
    CU_ASSERT_STRING_EQUAL(buf, "a lo");
    f.text = NULL;
    f.unit = TX_UNIT_USD;
    CU_ASSERT_STRING_EQUAL(tx_unit_text(&f), "iso4217:USD");
    f.unit = TX_UNIT_SHARES;
    CU_ASSERT_STRING_EQUAL(tx_unit_text(&f), "xbrli:shares");
    f.unit = TX_UNIT_USD_PER_SHARE;
    CU_ASSERT_STRING_EQUAL(tx_unit_text(&f), "iso4217:USD/xbrli:shares");
    f.unit = TX_UNIT_PURE;
    CU_ASSERT_STRING_EQUAL(tx_unit_text(&f), "xbrli:pure");
    f.unit = TX_UNIT_OTHER;
    f.unit_text = "iso4217:EUR";
    CU_ASSERT_STRING_EQUAL(tx_unit_text(&f), "iso4217:EUR");
    f.unit = TX_UNIT_NONE;
    CU_ASSERT_STRING_EQUAL(tx_unit_text(&f), "");
    char *dims = tx_fact_dims_text(&f);
    CU_ASSERT_STRING_EQUAL(dims, "");
    free(dims);
}

static void test_csv_exact(void)
{
    tx_factset *fs = sample_factset();
    CU_ASSERT_PTR_NOT_NULL_FATAL(fs);
    char *csv = csv_text(fs);
    CU_ASSERT_PTR_NOT_NULL_FATAL(csv);
    CU_ASSERT_STRING_EQUAL(csv, sample_csv);
    free(csv);
    tx_factset_free(fs);
}

static void test_json(void)
{
    tx_factset *fs = tx_factset_new("x.txt", "x");
    CU_ASSERT_PTR_NOT_NULL_FATAL(fs);
    tx_factset_bind(fs, "tx-gaap", TX_NS_GAAP);
    char *ref = tx_strdup(TX_URL_GAAP_XSD);
    fs->schema_refs = calloc(1, sizeof *fs->schema_refs);
    fs->schema_refs[0] = ref;
    fs->nschema_refs = 1;
    long e = tx_factset_entity(fs, NULL, TX_SCHEME_CIK, "0001043604");
    add_num(fs, "tx-gaap:Revenues", e, duration(2003, 7, 1, 2003, 9, 30), TX_UNIT_USD, 457510, 3,
            -3, "txbrl:PresentationBasisAxis", "txbrl:NonGaapMember");
    add_num(fs, "tx-gaap:Assets", e, instant(2003, 9, 30), TX_UNIT_USD, 0, 0, -3, NULL, NULL);
    fs->facts[1].nil = 1;
    add_num(fs, "tx-gaap:SharesOutstanding", e, instant(2003, 12, 31), TX_UNIT_SHARES, 7, 0,
            TX_DECIMALS_INF, NULL, NULL);
    char *json = json_text(fs);
    CU_ASSERT_PTR_NOT_NULL_FATAL(json);
    static const char expected[] =
        "{\n"
        "  \"documentInfo\": {\n"
        "    \"documentType\": \"https://xbrl.org/2021/xbrl-json\",\n"
        "    \"namespaces\": {\n"
        "      \"cik\": \"http://www.sec.gov/CIK\",\n"
        "      \"iso4217\": \"http://www.xbrl.org/2003/iso4217\",\n"
        "      \"tx-gaap\": \"http://txbrl.example.org/taxonomy/gaap/2026\",\n"
        "      \"txbrl\": \"http://txbrl.example.org/taxonomy/txbrl/2026\",\n"
        "      \"xbrli\": \"http://www.xbrl.org/2003/instance\"\n"
        "    },\n"
        "    \"taxonomy\": [\n"
        "      \"http://txbrl.example.org/taxonomy/gaap/2026/tx-gaap-2026.xsd\"\n"
        "    ]\n"
        "  },\n"
        "  \"facts\": {\n"
        "    \"f1\": {\n"
        "      \"value\": \"457510000\",\n"
        "      \"decimals\": -3,\n"
        "      \"dimensions\": {\n"
        "        \"concept\": \"tx-gaap:Revenues\",\n"
        "        \"entity\": \"cik:0001043604\",\n"
        "        \"period\": \"2003-07-01T00:00:00/2003-10-01T00:00:00\",\n"
        "        \"unit\": \"iso4217:USD\",\n"
        "        \"txbrl:PresentationBasisAxis\": \"txbrl:NonGaapMember\"\n"
        "      }\n"
        "    },\n"
        "    \"f2\": {\n"
        "      \"value\": null,\n"
        "      \"dimensions\": {\n"
        "        \"concept\": \"tx-gaap:Assets\",\n"
        "        \"entity\": \"cik:0001043604\",\n"
        "        \"period\": \"2003-10-01T00:00:00\",\n"
        "        \"unit\": \"iso4217:USD\"\n"
        "      }\n"
        "    },\n"
        "    \"f3\": {\n"
        "      \"value\": \"7\",\n"
        "      \"dimensions\": {\n"
        "        \"concept\": \"tx-gaap:SharesOutstanding\",\n"
        "        \"entity\": \"cik:0001043604\",\n"
        "        \"period\": \"2004-01-01T00:00:00\",\n"
        "        \"unit\": \"xbrli:shares\"\n"
        "      }\n"
        "    }\n"
        "  }\n"
        "}\n";
    CU_ASSERT_STRING_EQUAL(json, expected);
    free(json);
    tx_factset_free(fs);
}

/* ------------------------------------------------------------ writer */

static void test_write_files(void)
{
    tx_report *rep = tx_report_new();
    tx_status st;
    char *dir = write_sample(rep, &st);
    CU_ASSERT_PTR_NOT_NULL_FATAL(dir);
    CU_ASSERT_EQUAL(st, TX_OK);
    print_report(rep);
    CU_ASSERT_EQUAL(tx_report_size(rep), 0);
    char *ls = dir_listing(dir);
    /* every file, and no temporary left (they start with '.') */
    CU_ASSERT_STRING_EQUAL(ls, STEM ".xml " STEM ".xsd " STEM "_cal.xml " STEM "_lab.xml");
    free(ls);
    char *p = path_join(dir, STEM ".xml");
    char *xml = read_file(p);
    free(p);
    CU_ASSERT_PTR_NOT_NULL_FATAL(xml);
    CU_ASSERT_PTR_NOT_NULL(strstr(xml, "<!-- XBRL 2.1 instance of " STEM ".txt, written by txbrl "));
    CU_ASSERT_PTR_NOT_NULL(strstr(xml, "<link:schemaRef xlink:type=\"simple\" xlink:href=\"" STEM ".xsd\"/>"));
    CU_ASSERT_PTR_NOT_NULL(strstr(xml, "<xbrli:unit id=\"USDPerShare\">"));
    CU_ASSERT_PTR_NULL(strstr(xml, "id=\"pure\""));
    CU_ASSERT_PTR_NOT_NULL(strstr(xml, "<tx-gaap:Revenues id=\"f8\" contextRef=\"c3\" unitRef=\"USD\" xsi:nil=\"true\"/>"));
    CU_ASSERT_PTR_NOT_NULL(strstr(xml, "decimals=\"INF\">384795000<"));
    CU_ASSERT_PTR_NOT_NULL(strstr(xml, "unitRef=\"USDPerShare\" decimals=\"2\">0.02<"));
    CU_ASSERT_PTR_NOT_NULL(strstr(xml, ">Restated \"Q3\" &amp; &lt;more&gt;, see note<"));
    CU_ASSERT_PTR_NOT_NULL(strstr(xml, "<tx-dei:EntityRegistrantName id=\"f10\" contextRef=\"c1\">"));
    CU_ASSERT_PTR_NOT_NULL(strstr(xml, "<xbrldi:explicitMember dimension=\"txbrl:PresentationBasisAxis\">txbrl:NonGaapMember</xbrldi:explicitMember>"));
    /* c1 Juniper Q3, c2 Juniper Q3 non-GAAP, c3 NetScreen H1, c4 NetScreen instant */
    CU_ASSERT_PTR_NOT_NULL(strstr(xml, "<xbrli:context id=\"c4\">"));
    CU_ASSERT_PTR_NULL(strstr(xml, "<xbrli:context id=\"c5\">"));
    CU_ASSERT_PTR_NOT_NULL(strstr(xml, "<xbrli:instant>2004-03-31</xbrli:instant>"));
    free(xml);
    p = path_join(dir, STEM ".xsd");
    char *xsd = read_file(p);
    free(p);
    CU_ASSERT_PTR_NOT_NULL_FATAL(xsd);
    CU_ASSERT_PTR_NOT_NULL(strstr(xsd, "targetNamespace=\"" TX_NS_EXT_BASE STEM "\""));
    CU_ASSERT_PTR_NOT_NULL(strstr(xsd, "<xs:import namespace=\"" TX_NS_GAAP "\" schemaLocation=\"" TX_URL_GAAP_XSD "\"/>"));
    CU_ASSERT_PTR_NOT_NULL(strstr(xsd, "<xs:element id=\"ext_OtherOperatingItems\" name=\"OtherOperatingItems\" "
                                       "type=\"xbrli:monetaryItemType\" substitutionGroup=\"xbrli:item\" "
                                       "xbrli:periodType=\"duration\" xbrli:balance=\"debit\" nillable=\"true\"/>"));
    CU_ASSERT_PTR_NOT_NULL(strstr(xsd, "xlink:href=\"" STEM "_cal.xml\""));
    free(xsd);
    p = path_join(dir, STEM "_cal.xml");
    char *cal = read_file(p);
    free(p);
    CU_ASSERT_PTR_NOT_NULL_FATAL(cal);
    CU_ASSERT_PTR_NOT_NULL(strstr(cal, "xlink:href=\"" TX_URL_GAAP_XSD "#tx-gaap_NetIncomeLoss\""));
    CU_ASSERT_PTR_NOT_NULL(strstr(cal, "xlink:from=\"tx-gaap_NetIncomeLoss\" xlink:to=\"ext_OtherOperatingItems\" weight=\"-1\" order=\"1\""));
    free(cal);
    p = path_join(dir, STEM "_lab.xml");
    char *lab = read_file(p);
    free(p);
    CU_ASSERT_PTR_NOT_NULL_FATAL(lab);
    CU_ASSERT_PTR_NOT_NULL(strstr(lab, "xml:lang=\"en\">Other operating items, net</link:label>"));
    free(lab);
    remove_tree(dir);
    free(dir);
    tx_report_free(rep);
}

static int same_file(const char *a, const char *b)
{
    char *x = read_file(a), *y = read_file(b);
    int same = x && y && strcmp(x, y) == 0;
    free(x);
    free(y);
    return same;
}

static void test_write_deterministic(void)
{
    tx_report *rep = tx_report_new();
    tx_status st1, st2;
    char *d1 = write_sample(rep, &st1);
    char *d2 = write_sample(rep, &st2);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d1);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d2);
    CU_ASSERT_EQUAL(st1, TX_OK);
    CU_ASSERT_EQUAL(st2, TX_OK);
    const char *names[] = {STEM ".xml", STEM ".xsd", STEM "_lab.xml", STEM "_cal.xml"};
    for (size_t i = 0; i < 4; i++) {
        char *a = path_join(d1, names[i]), *b = path_join(d2, names[i]);
        CU_ASSERT(same_file(a, b));
        free(a);
        free(b);
    }
    /* writing again over the same directory: same bytes, no temporaries */
    char *before = path_join(d1, STEM ".xml");
    char *old = read_file(before);
    tx_factset *fs = sample_factset();
    CU_ASSERT_EQUAL(tx_instance_write(fs, d1, gaap_urls, 1, tx_test_catalog(), rep), TX_OK);
    char *again = read_file(before);
    CU_ASSERT(old && again && strcmp(old, again) == 0);
    char *ls = dir_listing(d1);
    CU_ASSERT_STRING_EQUAL(ls, STEM ".xml " STEM ".xsd " STEM "_cal.xml " STEM "_lab.xml");
    free(ls);
    /* without extension concepts the stale extension files go, and the
       instance names the taxonomy itself */
    fs->next = 0;
    fs->narcs = 0;
    tx_factset *plain = tx_factset_new("x/" STEM ".txt", STEM);
    tx_factset_bind(plain, "tx-gaap", TX_NS_GAAP);
    long e = tx_factset_entity(plain, NULL, TX_SCHEME_CIK, "0001043604");
    add_num(plain, "tx-gaap:Revenues", e, duration(2003, 7, 1, 2003, 9, 30), TX_UNIT_USD, 1, 3, -3,
            NULL, NULL);
    CU_ASSERT_EQUAL(tx_instance_write(plain, d1, gaap_urls, 1, tx_test_catalog(), rep), TX_OK);
    ls = dir_listing(d1);
    CU_ASSERT_STRING_EQUAL(ls, STEM ".xml");
    free(ls);
    char *now = read_file(before);
    CU_ASSERT_PTR_NOT_NULL(now && strstr(now, "xlink:href=\"" TX_URL_GAAP_XSD "\""));
    free(now);
    tx_factset_free(plain);
    fs->next = 1;   /* restore the counts so everything is freed */
    fs->narcs = 1;
    tx_factset_free(fs);
    free(old);
    free(again);
    free(before);
    print_report(rep);
    CU_ASSERT_EQUAL(tx_report_size(rep), 0);
    remove_tree(d1);
    remove_tree(d2);
    free(d1);
    free(d2);
    tx_report_free(rep);
}

static void test_write_unwritable(void)
{
    tx_factset *fs = sample_factset();
    CU_ASSERT_PTR_NOT_NULL_FATAL(fs);
    /* a directory that does not exist */
    tx_report *rep = tx_report_new();
    CU_ASSERT_EQUAL(tx_instance_write(fs, "/nonexistent-txbrl-dir/out", gaap_urls, 1, tx_test_catalog(), rep), TX_EIO);
    CU_ASSERT(has_finding(rep, "write.io", 0));
    CU_ASSERT_STRING_EQUAL(tx_report_file(rep, 0), "/nonexistent-txbrl-dir/out/" STEM ".xml");
    tx_report_free(rep);
    /* a file where the directory should be */
    char *dir = make_tmpdir();
    CU_ASSERT_PTR_NOT_NULL_FATAL(dir);
    char *file = path_join(dir, "plain-file");
    CU_ASSERT_EQUAL(write_file(file, "x"), 0);
    rep = tx_report_new();
    CU_ASSERT_EQUAL(tx_instance_write(fs, file, gaap_urls, 1, tx_test_catalog(), rep), TX_EIO);
    CU_ASSERT(has_finding(rep, "write.io", 0));
    tx_report_free(rep);
    char *ls = dir_listing(dir);
    CU_ASSERT_STRING_EQUAL(ls, "plain-file");
    free(ls);
    /* a read-only directory (root writes anyway: only checked for others) */
    if (geteuid() != 0) {
        char *ro = path_join(dir, "ro");
        CU_ASSERT_EQUAL(mkdir(ro, 0555), 0);
        rep = tx_report_new();
        CU_ASSERT_EQUAL(tx_instance_write(fs, ro, gaap_urls, 1, tx_test_catalog(), rep), TX_EIO);
        CU_ASSERT(has_finding(rep, "write.io", 0));
        tx_report_free(rep);
        ls = dir_listing(ro);
        CU_ASSERT_STRING_EQUAL(ls, "");
        free(ls);
        chmod(ro, 0755);
        free(ro);
    }
    free(file);
    remove_tree(dir);
    free(dir);
    tx_factset_free(fs);
}

/* The last file's target is a directory: refused before anything is
 * written (write.not-regular), no other file of the set written, no stage
 * left. */
static void test_write_failure_leaves_nothing(void)
{
    char *dir = make_tmpdir();
    CU_ASSERT_PTR_NOT_NULL_FATAL(dir);
    char *blocker = path_join(dir, STEM "_cal.xml");
    CU_ASSERT_EQUAL(mkdir(blocker, 0755), 0);
    char *inner = path_join(blocker, "keep");
    CU_ASSERT_EQUAL(write_file(inner, "x"), 0);
    tx_factset *fs = sample_factset();
    tx_report *rep = tx_report_new();
    CU_ASSERT_EQUAL(tx_instance_write(fs, dir, gaap_urls, 1, tx_test_catalog(), rep), TX_EIO);
    CU_ASSERT(has_finding(rep, "write.not-regular", 0));
    char *ls = dir_listing(dir);
    CU_ASSERT_STRING_EQUAL(ls, STEM "_cal.xml");
    free(ls);
    tx_report_free(rep);
    tx_factset_free(fs);
    free(inner);
    free(blocker);
    remove_tree(dir);
    free(dir);
}

static void test_write_bad_factset(void)
{
    tx_factset *fs = tx_factset_new("x.txt", "x");
    long e = tx_factset_entity(fs, NULL, TX_SCHEME_CIK, "1");
    add_num(fs, "nope:Thing", e, instant(2003, 1, 1), TX_UNIT_USD, 1, 0, 0, NULL, NULL);
    add_num(fs, "tx-gaap:Assets", e, instant(2003, 1, 1), TX_UNIT_USD, 1, 0, TX_DECIMALS_NONE, NULL,
            NULL);
    char *dir = make_tmpdir();
    tx_report *rep = tx_report_new();
    CU_ASSERT_EQUAL(tx_instance_write(fs, dir, gaap_urls, 1, tx_test_catalog(), rep), TX_EUSAGE);
    CU_ASSERT(has_finding(rep, "write.prefix", 0));
    CU_ASSERT(has_finding(rep, "write.decimals", 0));
    char *ls = dir_listing(dir);
    CU_ASSERT_STRING_EQUAL(ls, "");
    free(ls);
    remove_tree(dir);
    free(dir);
    tx_report_free(rep);
    tx_factset_free(fs);
}

static void test_write_roles(void)
{
    char *cat = project_catalog();
    tx_factset *fs = sample_factset();
    CU_ASSERT_PTR_NOT_NULL_FATAL(fs);
    tx_ext_arc a1 = {"http://txbrl.example.org/role/IncomeStatement", "tx-gaap:NetIncomeLoss",
                     "ext:OtherOperatingItems", -1, 2};
    tx_ext_arc a2 = {"http://txbrl.example.org/exhibit/role/Own", "tx-gaap:NetIncomeLoss",
                     "ext:OtherOperatingItems", 1, 1};
    tx_factset_add_arc(fs, &a1);
    tx_factset_add_arc(fs, &a2);
    char *dir = make_tmpdir();
    tx_report *rep = tx_report_new();
    CU_ASSERT_EQUAL(tx_instance_write(fs, dir, gaap_urls, 1, tx_test_catalog(), rep), TX_OK);
    char *p = path_join(dir, STEM "_cal.xml");
    char *cal = read_file(p);
    free(p);
    p = path_join(dir, STEM ".xsd");
    char *xsd = read_file(p);
    free(p);
    CU_ASSERT_PTR_NOT_NULL_FATAL(cal);
    CU_ASSERT_PTR_NOT_NULL_FATAL(xsd);
    /* the taxonomy's own role is referenced, ours is declared in the extension */
    if (cat)
        CU_ASSERT_PTR_NOT_NULL(strstr(cal, "xlink:href=\"" TX_URL_GAAP_XSD "#IncomeStatement\""));
    CU_ASSERT_PTR_NOT_NULL(strstr(cal, "roleURI=\"http://txbrl.example.org/exhibit/role/Own\""));
    CU_ASSERT_PTR_NOT_NULL(strstr(xsd, "roleURI=\"http://txbrl.example.org/exhibit/role/Own\""));
    if (cat)
        CU_ASSERT_PTR_NULL(strstr(xsd, "roleURI=\"http://txbrl.example.org/role/IncomeStatement\""));
    CU_ASSERT_PTR_NOT_NULL(strstr(cal, "xlink:role=\"http://www.xbrl.org/2003/role/link\""));
    if (cat) {
        p = path_join(dir, STEM ".xml");
        CU_ASSERT_EQUAL(tx_schema_validate_instance(p, tx_test_catalog(), rep), TX_OK);
        char *calp = path_join(dir, STEM "_cal.xml");
        const char *ns[] = {TX_NS_LINK};
        const char *loc[] = {"http://www.xbrl.org/2003/xbrl-linkbase-2003-12-31.xsd"};
        CU_ASSERT_EQUAL(tx_schema_validate_file(calp, ns, loc, 1, tx_test_catalog(), rep), TX_OK);
        free(calp);
        free(p);
    }
    print_report(rep);
    free(cal);
    free(xsd);
    remove_tree(dir);
    free(dir);
    free(cat);
    tx_report_free(rep);
    tx_factset_free(fs);
}

/* ------------------------------------------------------------ reader */

static void test_read_back(void)
{
    tx_report *rep = tx_report_new();
    tx_status st;
    char *dir = write_sample(rep, &st);
    CU_ASSERT_PTR_NOT_NULL_FATAL(dir);
    CU_ASSERT_EQUAL_FATAL(st, TX_OK);
    char *p = path_join(dir, STEM ".xml");
    tx_instance *inst = NULL;
    st = tx_instance_read_file(p, tx_test_catalog(), rep, &inst);
    print_report(rep);
    CU_ASSERT_EQUAL(st, TX_OK);
    CU_ASSERT_PTR_NOT_NULL_FATAL(inst);
    tx_factset *orig = sample_factset();
    const tx_factset *back = tx_instance_factset(inst);
    CU_ASSERT_EQUAL_FATAL(tx_instance_fact_count(inst), orig->nfacts);
    CU_ASSERT_EQUAL(back->nschema_refs, 1);
    CU_ASSERT_STRING_EQUAL(back->schema_refs[0], STEM ".xsd");
    for (size_t i = 0; i < orig->nfacts; i++) {
        const tx_fact *a = &orig->facts[i], *b = &back->facts[i];
        CU_ASSERT_STRING_EQUAL(a->concept, b->concept);
        CU_ASSERT_STRING_EQUAL(orig->entities[a->entity].scheme, back->entities[b->entity].scheme);
        CU_ASSERT_STRING_EQUAL(orig->entities[a->entity].identifier,
                               back->entities[b->entity].identifier);
        CU_ASSERT_EQUAL(a->period.kind, b->period.kind);
        CU_ASSERT_EQUAL(tx_date_cmp(a->period.end, b->period.end), 0);
        if (a->period.kind == TX_PERIOD_DURATION)
            CU_ASSERT_EQUAL(tx_date_cmp(a->period.start, b->period.start), 0);
        char *da = tx_fact_dims_text(a), *db = tx_fact_dims_text(b);
        CU_ASSERT_STRING_EQUAL(da, db);
        free(da);
        free(db);
        CU_ASSERT_EQUAL(a->numeric, b->numeric);
        CU_ASSERT_EQUAL(a->nil, b->nil);
        CU_ASSERT_EQUAL(a->unit, b->unit);
        CU_ASSERT_STRING_EQUAL(tx_unit_text(a), tx_unit_text(b));
        if (a->numeric && !a->nil) {
            CU_ASSERT_EQUAL(a->decimals, b->decimals);
            CU_ASSERT_EQUAL(tx_decimal_cmp(a->value, b->value), 0);
        }
        char va[128], vb[128];
        tx_fact_value_text(a, va, sizeof va);
        tx_fact_value_text(b, vb, sizeof vb);
        CU_ASSERT_STRING_EQUAL(va, vb);
        CU_ASSERT(b->src_line > 0);
    }
    /* and the printed forms agree */
    char *c1 = csv_text(orig), *c2 = csv_text(back);
    CU_ASSERT_STRING_EQUAL(c2, sample_csv);
    CU_ASSERT_STRING_EQUAL(c1, c2);
    free(c1);
    free(c2);
    tx_factset_free(orig);
    tx_instance_free(inst);
    free(p);
    remove_tree(dir);
    free(dir);
    tx_report_free(rep);
}

/* Another tool's instance: other prefixes, default namespace, a tuple,
 * scenario and typed dimensions, dateTime periods, forever, precision,
 * lexical forms, missing context and unit, values of 24 and 42 significant
 * digits (one in exponent notation), and one beyond the 108 a tx_decimal
 * holds (printed as written, with a warning). */
static const char other_instance[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"                                    /* 1 */
    "<xbrl xmlns=\"http://www.xbrl.org/2003/instance\"\n"
    "      xmlns:l=\"http://www.xbrl.org/2003/linkbase\" xmlns:xl=\"http://www.w3.org/1999/xlink\"\n"
    "      xmlns:g=\"http://txbrl.example.org/taxonomy/gaap/2026\"\n"
    "      xmlns:ISO=\"http://www.xbrl.org/2003/iso4217\" xmlns:d=\"http://xbrl.org/2006/xbrldi\"\n" /* 5 */
    "      xmlns:t=\"http://txbrl.example.org/taxonomy/txbrl/2026\"\n"
    "      xmlns:i=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:o=\"http://example.com/other\">\n"
    "  <l:schemaRef xl:type=\"simple\" xl:href=\"other.xsd\"/>\n"
    "  <context id=\"D\"><entity><identifier scheme=\"http://www.sec.gov/CIK\"> 0001043604 </identifier></entity>\n"
    "    <period><startDate>2003-07-01T00:00:00</startDate><endDate>2003-10-01T00:00:00</endDate></period>\n" /* 10 */
    "    <scenario><d:explicitMember dimension=\"t:PresentationBasisAxis\"> t:NonGaapMember </d:explicitMember></scenario>\n"
    "  </context>\n"
    "  <context id=\"I\"><entity><identifier scheme=\"http://www.sec.gov/CIK\">0001043604</identifier></entity>\n"
    "    <period><instant>2003-09-30</instant></period></context>\n"
    "  <context id=\"F\"><entity><identifier scheme=\"http://example.com/ids\">ABC</identifier>\n" /* 15 */
    "    <segment><d:typedMember dimension=\"o:RegionAxis\"><o:region> West </o:region></d:typedMember></segment>\n"
    "    </entity><period><forever/></period></context>\n"
    "  <unit id=\"u-eur\"><measure>ISO:EUR</measure></unit>\n"
    "  <unit id=\"u-usd\"><measure>ISO:USD</measure></unit>\n"
    "  <unit id=\"ps\"><divide><unitNumerator><measure>ISO:USD</measure></unitNumerator>\n" /* 20 */
    "    <unitDenominator><measure>shares</measure></unitDenominator></divide></unit>\n"
    "  <g:Revenues contextRef=\"D\" unitRef=\"u-usd\" decimals=\" -3 \"> +0012.3400 </g:Revenues>\n"
    "  <o:Tuple>\n"
    "    <o:Amount contextRef=\"F\" unitRef=\"u-eur\" precision=\"4\">1.5E3</o:Amount>\n"
    "  </o:Tuple>\n"                                                                     /* 25 */
    "  <g:EarningsPerShareBasic contextRef=\"D\" unitRef=\"ps\" precision=\"INF\">-.50</g:EarningsPerShareBasic>\n"
    "  <g:Assets contextRef=\"I\" unitRef=\"u-usd\" i:nil=\"true\"/>\n"
    "  <g:Assets contextRef=\"NOPE\" unitRef=\"u-usd\" decimals=\"0\">5</g:Assets>\n"
    "  <g:Liabilities contextRef=\"I\" unitRef=\"NOUNIT\" decimals=\"0\">7</g:Liabilities>\n"
    "  <o:Note contextRef=\"F\">a, \"quoted\" note</o:Note>\n"                         /* 30 */
    "  <g:Big contextRef=\"I\" unitRef=\"u-usd\" decimals=\"INF\">123456789012345678901234.500</g:Big>\n"
    "  <g:Tiny contextRef=\"I\" unitRef=\"u-usd\" decimals=\"INF\">-0.000</g:Tiny>\n"
    "  <g:Wide contextRef=\"I\" unitRef=\"u-usd\" decimals=\"INF\">-1.23456789012345678901234567890123456789012E44</g:Wide>\n"
    "  <g:Huge contextRef=\"I\" unitRef=\"u-usd\" decimals=\"INF\">111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111</g:Huge>\n" /* 34 */
    "</xbrl>\n";

static void test_read_other_tool(void)
{
    char *dir = make_tmpdir();
    CU_ASSERT_PTR_NOT_NULL_FATAL(dir);
    char *p = path_join(dir, "other.xml");
    CU_ASSERT_EQUAL_FATAL(write_file(p, other_instance), 0);
    tx_report *rep = tx_report_new();
    tx_instance *inst = NULL;
    CU_ASSERT_EQUAL(tx_instance_read_file(p, tx_test_catalog(), rep, &inst), TX_EINPUT);
    CU_ASSERT_PTR_NOT_NULL_FATAL(inst);
    CU_ASSERT(has_finding(rep, "xbrl.missing-context", 28));
    CU_ASSERT(has_finding(rep, "xbrl.missing-unit", 29));
    CU_ASSERT_EQUAL(tx_report_count(rep, TX_ERROR), 2);
    CU_ASSERT(has_finding(rep, "xbrl.value-limit", 34));
    const tx_factset *fs = tx_instance_factset(inst);
    CU_ASSERT_EQUAL(fs->facts[0].src_line, 22);
    CU_ASSERT_EQUAL(fs->facts[1].src_line, 24);
    char *csv = csv_text(fs);
    static const char expected[] =
        "concept,entity,start,end,dimensions,unit,decimals,value\n"
        "g:Revenues,0001043604,2003-07-01,2003-09-30,t:PresentationBasisAxis=t:NonGaapMember,iso4217:USD,-3,12.34\n"
        "o:Amount,ABC,,,o:RegionAxis=West,iso4217:EUR,,1500\n"
        "g:EarningsPerShareBasic,0001043604,2003-07-01,2003-09-30,t:PresentationBasisAxis=t:NonGaapMember,"
        "iso4217:USD/xbrli:shares,INF,-0.5\n"
        "g:Assets,0001043604,,2003-09-30,,iso4217:USD,,\n"
        "g:Liabilities,0001043604,,2003-09-30,,,0,7\n"
        "o:Note,ABC,,,o:RegionAxis=West,,,\"a, \"\"quoted\"\" note\"\n"
        "g:Big,0001043604,,2003-09-30,,iso4217:USD,INF,123456789012345678901234.5\n"
        "g:Tiny,0001043604,,2003-09-30,,iso4217:USD,INF,0\n"
        "g:Wide,0001043604,,2003-09-30,,iso4217:USD,INF,-123456789012345678901234567890123456789012000\n"
        "g:Huge,0001043604,,2003-09-30,,iso4217:USD,INF,111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111\n";
    CU_ASSERT_STRING_EQUAL(csv, expected);
    free(csv);
    char *json = json_text(fs);
    CU_ASSERT_PTR_NOT_NULL_FATAL(json);
    CU_ASSERT_PTR_NOT_NULL(strstr(json, "\"scheme\": \"http://example.com/ids\""));
    CU_ASSERT_PTR_NOT_NULL(strstr(json, "\"entity\": \"scheme:ABC\""));
    CU_ASSERT_PTR_NOT_NULL(strstr(json, "\"o\": \"http://example.com/other\""));
    CU_ASSERT_PTR_NOT_NULL(strstr(json, "\"taxonomy\": [\n      \"other.xsd\"\n    ]"));
    free(json);
    tx_instance_free(inst);
    tx_report_free(rep);
    free(p);
    remove_tree(dir);
    free(dir);
}

static void test_read_not_instance(void)
{
    char *dir = make_tmpdir();
    char *p = path_join(dir, "bad.xml");
    tx_instance *inst = NULL;
    /* not well-formed */
    write_file(p, "<?xml version=\"1.0\"?>\n<a>\n<b></a>\n");
    tx_report *rep = tx_report_new();
    CU_ASSERT_EQUAL(tx_instance_read_file(p, tx_test_catalog(), rep, &inst), TX_EINPUT);
    CU_ASSERT_PTR_NULL(inst);
    CU_ASSERT(has_finding(rep, "xml.malformed", 3));
    tx_report_free(rep);
    /* well-formed, not XBRL */
    write_file(p, "<?xml version=\"1.0\"?>\n<a/>\n");
    rep = tx_report_new();
    CU_ASSERT_EQUAL(tx_instance_read_file(p, tx_test_catalog(), rep, &inst), TX_EINPUT);
    CU_ASSERT_PTR_NULL(inst);
    CU_ASSERT(has_finding(rep, "xbrl.not-instance", 2));
    tx_report_free(rep);
    /* missing file */
    rep = tx_report_new();
    CU_ASSERT_EQUAL(tx_instance_read_file("/nonexistent-txbrl.xml", tx_test_catalog(), rep, &inst), TX_EIO);
    CU_ASSERT(has_finding(rep, "read.open", 0));
    tx_report_free(rep);
    /* a catalog given that does not exist */
    rep = tx_report_new();
    CU_ASSERT_EQUAL(tx_instance_read_file(p, "/nonexistent-catalog.xml", rep, &inst), TX_EIO);
    CU_ASSERT(has_finding(rep, "read.open", 0));
    tx_report_free(rep);
    free(p);
    remove_tree(dir);
    free(dir);
}

/* ------------------------------------------------------------ validation */

static void test_validate_written(void)
{
    char *cat = project_catalog();
    if (!cat)
        return;   /* the taxonomy is not in this tree */
    tx_report *rep = tx_report_new();
    tx_status st;
    char *dir = write_sample(rep, &st);
    CU_ASSERT_EQUAL_FATAL(st, TX_OK);
    char *p = path_join(dir, STEM ".xml");
    CU_ASSERT_EQUAL(tx_schema_validate_instance(p, tx_test_catalog(), rep), TX_OK);
    CU_ASSERT_EQUAL(tx_schema_validate_instance(p, cat, rep), TX_OK);
    const char *ns[] = {TX_NS_LINK};
    const char *loc[] = {"http://www.xbrl.org/2003/xbrl-linkbase-2003-12-31.xsd"};
    const char *lbs[] = {STEM "_lab.xml", STEM "_cal.xml"};
    for (int i = 0; i < 2; i++) {
        char *lb = path_join(dir, lbs[i]);
        CU_ASSERT_EQUAL(tx_schema_validate_file(lb, ns, loc, 1, cat, rep), TX_OK);
        free(lb);
    }
    print_report(rep);
    CU_ASSERT_EQUAL(tx_report_size(rep), 0);
    free(p);
    remove_tree(dir);
    free(dir);
    free(cat);
    tx_report_free(rep);
}

/* Two per-share extension concepts share one "num" prefix declaration in
 * the extension schema (once declared twice, which is not XML). */
static void test_validate_two_per_share_ext(void)
{
    char *cat = project_catalog();
    if (!cat)
        return;
    tx_report *rep = tx_report_new();
    tx_factset *fs = tx_factset_new("ps.txt", "ps");
    CU_ASSERT_PTR_NOT_NULL_FATAL(fs);
    tx_factset_bind(fs, "tx-gaap", TX_NS_GAAP);
    tx_factset_bind(fs, "ext", TX_NS_EXT_BASE "ps");
    long e = tx_factset_entity(fs, "Acme", TX_SCHEME_CIK, "0000000042");
    const char *names[] = {"NetIncomePerShareBeforeItems", "NetIncomePerShareAfterItems"};
    for (int i = 0; i < 2; i++) {
        tx_ext_concept c = {(char *)names[i], "duration", NULL, "num:perShareItemType", "x"};
        CU_ASSERT_EQUAL(tx_factset_add_ext(fs, &c), 0);
        tx_fact f;
        memset(&f, 0, sizeof f);
        char q[80];
        snprintf(q, sizeof q, "ext:%s", names[i]);
        f.concept = tx_strdup(q);
        f.entity = (size_t)e;
        f.period = (tx_period){TX_PERIOD_DURATION, {2003, 7, 1}, {2003, 9, 30}, 3, 0};
        f.unit = TX_UNIT_USD_PER_SHARE;
        f.numeric = 1;
        f.value = tx_decimal_make(2 + i, -2);
        f.decimals = 2;
        CU_ASSERT_EQUAL(tx_factset_add(fs, &f), 0);
    }
    char *dir = make_tmpdir();
    CU_ASSERT_EQUAL(tx_instance_write(fs, dir, gaap_urls, 1, tx_test_catalog(), rep), TX_OK);
    char *p = path_join(dir, "ps.xml");
    CU_ASSERT_EQUAL(tx_schema_validate_instance(p, cat, rep), TX_OK);
    print_report(rep);
    free(p);
    remove_tree(dir);
    free(dir);
    free(cat);
    tx_factset_free(fs);
    tx_report_free(rep);
}

static const char broken_instance[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<xbrli:xbrl xmlns:xbrli=\"http://www.xbrl.org/2003/instance\"\n"
    "    xmlns:link=\"http://www.xbrl.org/2003/linkbase\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"\n"
    "    xmlns:iso4217=\"http://www.xbrl.org/2003/iso4217\" xmlns:tx-gaap=\"http://txbrl.example.org/taxonomy/gaap/2026\">\n"
    "  <link:schemaRef xlink:type=\"simple\" xlink:href=\"http://txbrl.example.org/taxonomy/gaap/2026/tx-gaap-2026.xsd\"/>\n"
    "  <xbrli:context id=\"c1\">\n"
    "    <xbrli:entity><xbrli:identifier scheme=\"http://www.sec.gov/CIK\">0001043604</xbrli:identifier></xbrli:entity>\n"
    "    <xbrli:period><xbrli:startDate>2003-07-01</xbrli:startDate><xbrli:endDate>2003-09-30</xbrli:endDate></xbrli:period>\n"
    "  </xbrli:context>\n"
    "  <xbrli:unit id=\"USD\"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>\n"
    "  <tx-gaap:Revenues contextRef=\"c1\" unitRef=\"USD\" decimals=\"-3\">457510000</tx-gaap:Revenues>\n"
    "  <tx-gaap:NetIncomeLoss contextRef=\"c1\" unitRef=\"USD\" decimals=\"minus three\">7205000</tx-gaap:NetIncomeLoss>\n"
    "  <tx-gaap:NoSuchConcept contextRef=\"c1\" unitRef=\"USD\" decimals=\"-3\">1</tx-gaap:NoSuchConcept>\n"
    "</xbrli:xbrl>\n";

static void test_validate_broken(void)
{
    char *cat = project_catalog();
    if (!cat)
        return;
    char *dir = make_tmpdir();
    char *p = path_join(dir, "broken.xml");
    CU_ASSERT_EQUAL_FATAL(write_file(p, broken_instance), 0);
    tx_report *rep = tx_report_new();
    CU_ASSERT_EQUAL(tx_schema_validate_instance(p, cat, rep), TX_EINPUT);
    CU_ASSERT(has_finding(rep, "schema.invalid", 12));
    CU_ASSERT(has_finding(rep, "schema.invalid", 13));
    for (size_t i = 0; i < tx_report_size(rep); i++) {
        CU_ASSERT_STRING_EQUAL(tx_report_code(rep, i), "schema.invalid");
        CU_ASSERT_STRING_EQUAL(tx_report_file(rep, i), p);
    }
    tx_report_free(rep);
    /* not well-formed: xml.malformed with its line, no validation */
    write_file(p, "<?xml version=\"1.0\"?>\n<xbrli:xbrl xmlns:xbrli=\"http://www.xbrl.org/2003/instance\">\n"
                  "<oops>\n</xbrli:xbrl>\n");
    rep = tx_report_new();
    CU_ASSERT_EQUAL(tx_schema_validate_instance(p, cat, rep), TX_EINPUT);
    CU_ASSERT(has_finding(rep, "xml.malformed", 4));
    CU_ASSERT(!has_finding(rep, "schema.invalid", -1));
    tx_report_free(rep);
    rep = tx_report_new();
    CU_ASSERT_EQUAL(tx_schema_validate_instance("/nonexistent-txbrl.xml", cat, rep), TX_EIO);
    CU_ASSERT(has_finding(rep, "read.open", 0));
    tx_report_free(rep);
    free(p);
    remove_tree(dir);
    free(dir);
    free(cat);
}

static void test_validate_sample(void)
{
    char *cat = project_catalog();
    char *sample = path_join(tx_test_srcdir(), "taxonomy/examples/sample.xml");
    if (cat && sample && access(sample, R_OK) == 0) {
        tx_report *rep = tx_report_new();
        CU_ASSERT_EQUAL(tx_schema_validate_instance(sample, tx_test_catalog(), rep), TX_OK);
        print_report(rep);
        CU_ASSERT_EQUAL(tx_report_size(rep), 0);
        tx_instance *inst = NULL;
        CU_ASSERT_EQUAL(tx_instance_read_file(sample, tx_test_catalog(), rep, &inst), TX_OK);
        CU_ASSERT(tx_instance_fact_count(inst) > 0);
        tx_instance_free(inst);
        tx_report_free(rep);
    }
    free(sample);
    free(cat);
}

/* ------------------------------------------------------------ offline */

static const char unresolved_instance[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<xbrli:xbrl xmlns:xbrli=\"http://www.xbrl.org/2003/instance\"\n"
    "    xmlns:link=\"http://www.xbrl.org/2003/linkbase\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n"
    "  <link:schemaRef xlink:type=\"simple\" xlink:href=\"%s\"/>\n"
    "</xbrli:xbrl>\n";

static void write_instance_with_ref(const char *path, const char *href)
{
    tx_buf b = {0};
    tx_buf_printf(&b, unresolved_instance, href);
    write_file(path, b.data);
    tx_buf_free(&b);
}

static void test_offline_unresolved(void)
{
    char *cat = project_catalog();
    char *dir = make_tmpdir();
    char *p = path_join(dir, "i.xml");
    unsigned long net_before = tx_offline_network_refusals();
    /* a schemaRef to a URL no catalog maps */
    write_instance_with_ref(p, "http://unknown.example.com/none.xsd");
    tx_report *rep = tx_report_new();
    CU_ASSERT_EQUAL(tx_schema_validate_instance(p, cat, rep), TX_EINPUT);
    CU_ASSERT(has_finding(rep, "dts.unresolved", 4));
    CU_ASSERT(tx_report_size(rep) > 0 &&
              strstr(tx_report_message(rep, 0), "http://unknown.example.com/none.xsd") != NULL);
    tx_report_free(rep);
    /* a local schema that imports an unknown URL */
    char *xsd = path_join(dir, "imp.xsd");
    write_file(xsd, "<?xml version=\"1.0\"?>\n"
                    "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" targetNamespace=\"urn:imp\">\n"
                    "  <xs:import namespace=\"urn:far\" schemaLocation=\"http://unknown.example.net/far.xsd\"/>\n"
                    "</xs:schema>\n");
    write_instance_with_ref(p, "imp.xsd");
    rep = tx_report_new();
    tx_status st = tx_schema_validate_instance(p, cat, rep);
    if (cat) {
        CU_ASSERT_EQUAL(st, TX_EINPUT);
        CU_ASSERT(has_finding(rep, "dts.unresolved", 0));
        int named = 0;
        for (size_t i = 0; i < tx_report_size(rep); i++)
            named |= strstr(tx_report_message(rep, i), "http://unknown.example.net/far.xsd") != NULL;
        CU_ASSERT(named);
    }
    tx_report_free(rep);
    /* the loader refused before any I/O: no network open was even tried */
    CU_ASSERT_EQUAL(tx_offline_network_refusals(), net_before);
    /* and the last lock holds for whatever gets past it */
    tx_offline *o = NULL;
    CU_ASSERT_EQUAL(tx_offline_open(cat, p, NULL, &o), TX_OK);
    char *r = o ? tx_offline_resolve(o, "http://unknown.example.com/none.xsd") : NULL;
    CU_ASSERT_PTR_NULL(r);
    free(r);
    if (cat) {
        char *gaap = tx_offline_resolve(o, TX_URL_GAAP_XSD "#frag");
        CU_ASSERT_PTR_NOT_NULL(gaap);
        /* a local file (relative when the catalog was named relatively) */
        CU_ASSERT(gaap && strstr(gaap, "tx-gaap-2026.xsd") != NULL && access(gaap, R_OK) == 0);
        free(gaap);
    }
    tx_offline_close(o);
    free(xsd);
    free(p);
    remove_tree(dir);
    free(dir);
    free(cat);
}

static void test_offline_entities(void)
{
    char *dir = make_tmpdir();
    char *secret = path_join(dir, "secret.txt");
    write_file(secret, "SECRET-CONTENT");
    char *p = path_join(dir, "e.xml");
    tx_buf b = {0};
    tx_buf_printf(&b,
                  "<?xml version=\"1.0\"?>\n"
                  "<!DOCTYPE xbrli:xbrl SYSTEM \"http://unknown.example.com/x.dtd\" [\n"
                  "  <!ENTITY secret SYSTEM \"%s\">\n"
                  "]>\n"
                  "<xbrli:xbrl xmlns:xbrli=\"http://www.xbrl.org/2003/instance\" xmlns:o=\"urn:o\">\n"
                  "  <xbrli:context id=\"c\"><xbrli:entity><xbrli:identifier scheme=\"urn:s\">1</xbrli:identifier>"
                  "</xbrli:entity><xbrli:period><xbrli:forever/></xbrli:period></xbrli:context>\n"
                  "  <o:Note contextRef=\"c\">[&secret;]</o:Note>\n"
                  "</xbrli:xbrl>\n",
                  secret);
    write_file(p, b.data);
    tx_buf_free(&b);
    unsigned long net_before = tx_offline_network_refusals();
    tx_report *rep = tx_report_new();
    tx_instance *inst = NULL;
    /* a DOCTYPE stops the parse before anything in it is processed */
    CU_ASSERT_EQUAL(tx_instance_read_file(p, tx_test_catalog(), rep, &inst), TX_EINPUT);
    CU_ASSERT_PTR_NULL(inst);
    CU_ASSERT(has_finding(rep, "xml.dtd", 2));
    for (size_t i = 0; i < tx_report_size(rep); i++)
        CU_ASSERT_PTR_NULL(strstr(tx_report_message(rep, i), "SECRET"));
    CU_ASSERT_EQUAL(tx_offline_network_refusals(), net_before);
    tx_instance_free(inst);
    tx_report_free(rep);
    /* a schema that pulls in an external entity: refused by the loader */
    char *cat = project_catalog();
    if (cat) {
        char *xsd = path_join(dir, "evil.xsd");
        b = (tx_buf){0};
        tx_buf_printf(&b,
                      "<?xml version=\"1.0\"?>\n"
                      "<!DOCTYPE xs:schema [ <!ENTITY secret SYSTEM \"%s\"> ]>\n"
                      "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" targetNamespace=\"urn:evil\">\n"
                      "  <xs:annotation><xs:documentation>&secret;</xs:documentation></xs:annotation>\n"
                      "</xs:schema>\n",
                      secret);
        write_file(xsd, b.data);
        tx_buf_free(&b);
        write_instance_with_ref(p, "evil.xsd");
        rep = tx_report_new();
        CU_ASSERT_EQUAL(tx_schema_validate_instance(p, cat, rep), TX_EINPUT);
        CU_ASSERT(has_finding(rep, "xml.dtd", -1));
        for (size_t i = 0; i < tx_report_size(rep); i++)
            CU_ASSERT_PTR_NULL(strstr(tx_report_message(rep, i), "SECRET"));
        tx_report_free(rep);
        free(xsd);
    }
    free(cat);
    free(secret);
    free(p);
    remove_tree(dir);
    free(dir);
}

/* ------------------------------------------------------------ suite */


/* ------------------------------------------------------------ hardening */

static const char no_id_instance[] =
    "<?xml version=\"1.0\"?>\n"
    "<xbrli:xbrl xmlns:xbrli=\"http://www.xbrl.org/2003/instance\"\n"
    "            xmlns:link=\"http://www.xbrl.org/2003/linkbase\"\n"
    "            xmlns:xlink=\"http://www.w3.org/1999/xlink\"\n"
    "            xmlns:iso4217=\"http://www.xbrl.org/2003/iso4217\"\n"
    "            xmlns:g=\"http://txbrl.example.org/taxonomy/gaap/2026\">\n"
    "  <link:schemaRef xlink:type=\"simple\" xlink:href=\"http://txbrl.example.org/taxonomy/gaap/2026/tx-gaap-2026.xsd\"/>\n"
    "  <xbrli:context><xbrli:entity><xbrli:identifier scheme=\"urn:s\">1</xbrli:identifier>"
    "</xbrli:entity><xbrli:period><xbrli:instant>2003-09-30</xbrli:instant></xbrli:period></xbrli:context>\n"
    "  <xbrli:unit><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>\n"
    "  <xbrli:context id=\"c\"><xbrli:entity><xbrli:identifier scheme=\"urn:s\">1</xbrli:identifier>"
    "</xbrli:entity><xbrli:period><xbrli:instant>2003-09-30</xbrli:instant></xbrli:period></xbrli:context>\n"
    "  <xbrli:unit id=\"u\"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>\n"
    "  <g:Assets contextRef=\"c\" unitRef=\"u\" decimals=\"0\">1</g:Assets>\n"
    "  <g:Liabilities contextRef=\"nope\" unitRef=\"u\" decimals=\"0\">1</g:Liabilities>\n"
    "</xbrli:xbrl>\n";

/* A context or unit without id: the schema layer says so, the reading goes
 * on (the facts after it are checked), and nothing says "out of memory". */
static void test_validate_no_id(void)
{
    char *dir = make_tmpdir();
    char *p = path_join(dir, "noid.xml");
    write_file(p, no_id_instance);
    tx_validate_options opt = {tx_test_srcdir(), NULL, TX_CALC_11, 0, NULL};
    tx_report *rep = tx_report_new();
    CU_ASSERT_EQUAL(tx_validate_file(p, &opt, rep), TX_EINPUT);
    CU_ASSERT_FALSE(has_finding(rep, "read.memory", -1));
    CU_ASSERT(has_finding(rep, "schema.invalid", 8));
    CU_ASSERT(has_finding(rep, "xbrl.context-ref", 13));   /* read on after them */
    tx_report_free(rep);
    free(p);
    remove_tree(dir);
    free(dir);
}

/* The closed DTS through the API: a schema in a sibling folder is refused
 * (dts.outside) until opt.allow names that folder. */
static void test_validate_allow(void)
{
    char *dir = make_tmpdir();
    char *a = path_join(dir, "a"), *b = path_join(dir, "b");
    CU_ASSERT_EQUAL_FATAL(mkdir(a, 0755), 0);
    CU_ASSERT_EQUAL_FATAL(mkdir(b, 0755), 0);
    char *xsd = path_join(b, "s.xsd"), *p = path_join(a, "i.xml");
    write_file(xsd, "<?xml version=\"1.0\"?>\n"
                    "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" targetNamespace=\"urn:s\"/>\n");
    write_instance_with_ref(p, "../b/s.xsd");
    tx_validate_options opt = {tx_test_srcdir(), NULL, TX_CALC_11, 0, NULL};
    tx_report *rep = tx_report_new();
    CU_ASSERT_EQUAL(tx_validate_file(p, &opt, rep), TX_EINPUT);
    CU_ASSERT(has_finding(rep, "dts.outside", 4));
    tx_report_free(rep);
    const char *allow[] = {b, NULL};
    opt.allow = allow;
    rep = tx_report_new();
    tx_validate_file(p, &opt, rep);
    CU_ASSERT_FALSE(has_finding(rep, "dts.outside", -1));
    CU_ASSERT_FALSE(has_finding(rep, "dts.unresolved", -1));
    tx_report_free(rep);
    /* a symlink inside the folder that leads out of it */
    char *link = path_join(a, "link.xsd");
    CU_ASSERT_EQUAL(symlink(xsd, link), 0);
    write_instance_with_ref(p, "link.xsd");
    opt.allow = NULL;
    rep = tx_report_new();
    CU_ASSERT_EQUAL(tx_validate_file(p, &opt, rep), TX_EINPUT);
    CU_ASSERT(has_finding(rep, "dts.outside", 4));
    tx_report_free(rep);
    /* a folder named as a schema */
    write_instance_with_ref(p, ".");
    rep = tx_report_new();
    CU_ASSERT_EQUAL(tx_validate_file(p, &opt, rep), TX_EINPUT);
    CU_ASSERT(has_finding(rep, "dts.not-regular", 4));
    tx_report_free(rep);
    /* an allowed folder that does not exist: the caller's mistake, said */
    const char *bad[] = {"/nonexistent-txbrl-folder", NULL};
    opt.allow = bad;
    rep = tx_report_new();
    CU_ASSERT_EQUAL(tx_validate_file(p, &opt, rep), TX_EIO);
    CU_ASSERT(has_finding(rep, "read.open", 0));
    tx_report_free(rep);
    free(link);
    free(xsd);
    free(p);
    free(a);
    free(b);
    remove_tree(dir);
    free(dir);
}

/* Every echoed value is cut to TX_MAX_ECHO characters, every message to
 * TX_MAX_MESSAGE bytes, in tx_report_add itself; a cut message added again
 * (tx_report_copy, replays) stays as it is. */
static void test_report_echo_limit(void)
{
    size_t n = 100000;
    char *big = malloc(n + 1);
    CU_ASSERT_PTR_NOT_NULL_FATAL(big);
    memset(big, 'x', n);
    big[n] = '\0';
    tx_report *rep = tx_report_new();
    tx_report_add(rep, TX_ERROR, "f", 1, "xbrl.bad-value", "Assets: '%s' is not a number", big);
    tx_report_add(rep, TX_ERROR, "f", 1, "xml.malformed", "%s", big);
    tx_report_add(rep, TX_ERROR, "f", 1, "xbrl.x", "the exhibit's '%s' isn't short", "short");
    const char *m = tx_report_message(rep, 0);
    CU_ASSERT_EQUAL(strlen(m), strlen("Assets: '' is not a number") + TX_MAX_ECHO + 3);
    CU_ASSERT_PTR_NOT_NULL(strstr(m, "xxx...' is not a number"));
    CU_ASSERT(strlen(tx_report_message(rep, 1)) <= TX_MAX_MESSAGE);
    CU_ASSERT_STRING_EQUAL(tx_report_message(rep, 2), "the exhibit's 'short' isn't short");
    tx_report *copy = tx_report_new();
    CU_ASSERT_EQUAL(tx_report_copy(copy, rep, 0), 0);
    CU_ASSERT_STRING_EQUAL(tx_report_message(copy, 0), m);
    /* UTF-8: characters, not bytes, and never half a character */
    size_t nu = TX_MAX_ECHO + 100;
    char *u = malloc(2 * nu + 1);
    CU_ASSERT_PTR_NOT_NULL_FATAL(u);
    for (size_t i = 0; i < nu; i++)
        memcpy(u + 2 * i, "\xc3\xa9", 2);
    u[2 * nu] = '\0';
    tx_report_add(rep, TX_ERROR, "f", 1, "xbrl.y", "'%s'", u);
    CU_ASSERT_EQUAL(strlen(tx_report_message(rep, 3)), 2 + 2 * TX_MAX_ECHO + 3);
    /* a value in double quotes, as the reader's findings print a column's
       words, is cut the same way and the rest of the message kept; an
       inch mark after a digit opens no quote */
    tx_report_add(rep, TX_WARNING, "f", 1, "header.no-period",
                  "column 3 (\"%s\"): no date in '%s'; its values are not converted", big, big);
    const char *d = tx_report_message(rep, 4);
    CU_ASSERT_EQUAL(strlen(d), strlen("column 3 (\"\"): no date in ''; its values are not converted") +
                                   2 * (TX_MAX_ECHO + 3));
    CU_ASSERT_PTR_NOT_NULL(strstr(d, "xxx...\"): no date in 'xxx"));
    CU_ASSERT_PTR_NOT_NULL(strstr(d, "xxx...'; its values are not converted"));
    tx_report_add(rep, TX_WARNING, "f", 1, "x.y", "a 5\" screen: '%s'", "short");
    CU_ASSERT_STRING_EQUAL(tx_report_message(rep, 5), "a 5\" screen: 'short'");
    tx_report_free(copy);
    tx_report_free(rep);
    free(u);
    free(big);
}

/* The limits of the safe parse, each with its code, the parse stopped. */
static void test_parse_limits(void)
{
    char *dir = make_tmpdir();
    char *p = path_join(dir, "deep.xml");
    tx_buf b = {0};
    tx_buf_puts(&b, "<?xml version=\"1.0\"?>\n");
    for (int i = 0; i < TX_MAX_XML_DEPTH + 1; i++)
        tx_buf_puts(&b, "<a>");
    for (int i = 0; i < TX_MAX_XML_DEPTH + 1; i++)
        tx_buf_puts(&b, "</a>");
    write_file(p, b.data);
    tx_buf_free(&b);
    tx_report *rep = tx_report_new();
    tx_instance *inst = NULL;
    CU_ASSERT_EQUAL(tx_instance_read_file(p, NULL, rep, &inst), TX_EINPUT);
    CU_ASSERT(has_finding(rep, "xml.depth", -1));
    tx_report_free(rep);
    b = (tx_buf){0};
    tx_buf_puts(&b, "<?xml version=\"1.0\"?>\n<a v=\"");
    for (int i = 0; i <= TX_MAX_XML_ATTRIBUTE; i++)
        tx_buf_putc(&b, 'v');
    tx_buf_puts(&b, "\"/>\n");
    write_file(p, b.data);
    tx_buf_free(&b);
    rep = tx_report_new();
    CU_ASSERT_EQUAL(tx_instance_read_file(p, NULL, rep, &inst), TX_EINPUT);
    CU_ASSERT(has_finding(rep, "xml.attribute-size", 2));
    tx_report_free(rep);
    b = (tx_buf){0};
    tx_buf_puts(&b, "<?xml version=\"1.0\"?>\n<a>");
    for (int i = 0; i < TX_MAX_XML_TEXT / 64 + 1; i++)
        tx_buf_puts(&b, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde&amp;");
    tx_buf_puts(&b, "</a>\n");
    write_file(p, b.data);
    tx_buf_free(&b);
    rep = tx_report_new();
    CU_ASSERT_EQUAL(tx_instance_read_file(p, NULL, rep, &inst), TX_EINPUT);
    CU_ASSERT(has_finding(rep, "xml.text-size", -1));
    for (size_t i = 0; i < tx_report_size(rep); i++)
        CU_ASSERT(strlen(tx_report_message(rep, i)) <= TX_MAX_MESSAGE);
    tx_report_free(rep);
    free(p);
    remove_tree(dir);
    free(dir);
}

int tx_suite_facts(void)
{
    static const CU_TestInfo tests[] = {
        {"factset ownership and binding", test_factset_ownership},
        {"value, unit and dimension text", test_text_forms},
        {"CSV exact text", test_csv_exact},
        {"xBRL-JSON exact text", test_json},
        {"instance, schema and linkbases written", test_write_files},
        {"writing is byte-for-byte deterministic", test_write_deterministic},
        {"unwritable directory: EIO, nothing left", test_write_unwritable},
        {"failure midway leaves nothing", test_write_failure_leaves_nothing},
        {"factset that cannot be written", test_write_bad_factset},
        {"calculation roles referenced or declared", test_write_roles},
        {"written instance read back fact by fact", test_read_back},
        {"another tool's instance", test_read_other_tool},
        {"not an instance, missing files", test_read_not_instance},
        {"written instance schema-valid offline", test_validate_written},
        {"two per-share extension concepts", test_validate_two_per_share_ext},
        {"broken instance: schema.invalid lines", test_validate_broken},
        {"taxonomy sample instance valid", test_validate_sample},
        {"unresolved URLs refused, no network", test_offline_unresolved},
        {"external entities never loaded", test_offline_entities},
        {"context and unit without id: no read.memory", test_validate_no_id},
        {"closed DTS: outside, symlink, folder, allow", test_validate_allow},
        {"echoed values and messages cut", test_report_echo_limit},
        {"parse limits: depth, attribute, text", test_parse_limits},
        CU_TEST_INFO_NULL,
    };
    return tx_add_suite("facts", tests);
}

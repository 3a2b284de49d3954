/* test_render.c - what a rendition reads of an instance's DTS (render/walk.h):
 * the light walk over an instance's own extension documents and the project
 * taxonomy's tables, and the full walk for any other instance. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libxml/parser.h>

#include "render/walk.h"
#include "units.h"
#include "xbrl/vocab.h"

static char dir[64];

static void put(const char *name, const char *text)
{
    char p[128];
    snprintf(p, sizeof p, "%s/%s", dir, name);
    FILE *f = fopen(p, "w");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    fputs(text, f);
    fclose(f);
}

#define NS_DECL "xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" " \
    "xmlns:link=\"http://www.xbrl.org/2003/linkbase\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" " \
    "xmlns:xbrli=\"http://www.xbrl.org/2003/instance\""
#define GAAP_XSD "http://txbrl.example.org/taxonomy/gaap/2026/tx-gaap-2026.xsd"

/* An extension schema importing `import_ns` (the GAAP taxonomy's or
 * another), one concept of its own (ext:Widgets, instant), one role, and
 * its label and presentation linkbases. */
static void write_extension(const char *import_ns)
{
    char xsd[4096];
    snprintf(xsd, sizeof xsd,
             "<xs:schema " NS_DECL " xmlns:ext=\"http://example.org/ext\" "
             "targetNamespace=\"http://example.org/ext\">\n"
             "<xs:annotation><xs:appinfo>\n"
             "<link:roleType id=\"r1\" roleURI=\"http://example.org/role/BS\">"
             "<link:definition>100 - Statement - Balance sheet</link:definition>"
             "<link:usedOn>link:presentationLink</link:usedOn></link:roleType>\n"
             "<link:linkbaseRef xlink:type=\"simple\" xlink:href=\"e_lab.xml\" "
             "xlink:role=\"http://www.xbrl.org/2003/role/labelLinkbaseRef\" "
             "xlink:arcrole=\"http://www.w3.org/1999/xlink/properties/linkbase\"/>\n"
             "<link:linkbaseRef xlink:type=\"simple\" xlink:href=\"e_pre.xml\" "
             "xlink:role=\"http://www.xbrl.org/2003/role/presentationLinkbaseRef\" "
             "xlink:arcrole=\"http://www.w3.org/1999/xlink/properties/linkbase\"/>\n"
             "</xs:appinfo></xs:annotation>\n"
             "<xs:import namespace=\"http://www.xbrl.org/2003/instance\" "
             "schemaLocation=\"http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd\"/>\n"
             "<xs:import namespace=\"%s\" schemaLocation=\"" GAAP_XSD "\"/>\n"
             "<xs:element id=\"ext_Widgets\" name=\"Widgets\" type=\"xbrli:monetaryItemType\" "
             "substitutionGroup=\"xbrli:item\" xbrli:periodType=\"instant\" abstract=\"false\"/>\n"
             "</xs:schema>\n",
             import_ns);
    put("e.xsd", xsd);
    put("e_lab.xml",
        "<link:linkbase " NS_DECL ">\n"
        "<link:labelLink xlink:type=\"extended\" xlink:role=\"http://www.xbrl.org/2003/role/link\">\n"
        "<link:loc xlink:type=\"locator\" xlink:href=\"" GAAP_XSD "#tx-gaap_Assets\" xlink:label=\"a\"/>\n"
        "<link:label xlink:type=\"resource\" xlink:label=\"al\" xml:lang=\"en\" "
        "xlink:role=\"" TX_ROLE_PRINTED_LABEL "\">Total  assets\n as printed</link:label>\n"
        "<link:labelArc xlink:type=\"arc\" xlink:arcrole=\"http://www.xbrl.org/2003/arcrole/concept-label\" "
        "xlink:from=\"a\" xlink:to=\"al\"/>\n"
        "</link:labelLink></link:linkbase>\n");
    put("e_pre.xml",
        "<link:linkbase " NS_DECL ">\n"
        "<link:presentationLink xlink:type=\"extended\" xlink:role=\"http://example.org/role/BS\">\n"
        "<link:loc xlink:type=\"locator\" xlink:href=\"" GAAP_XSD "#tx-gaap_AssetsAbstract\" xlink:label=\"h\"/>\n"
        "<link:loc xlink:type=\"locator\" xlink:href=\"e.xsd#ext_Widgets\" xlink:label=\"w\"/>\n"
        "<link:loc xlink:type=\"locator\" xlink:href=\"" GAAP_XSD "#tx-gaap_Assets\" xlink:label=\"a\"/>\n"
        "<link:presentationArc xlink:type=\"arc\" xlink:arcrole=\"" TX_ARCROLE_PARENT_CHILD "\" "
        "xlink:from=\"h\" xlink:to=\"w\" order=\"1\"/>\n"
        "<link:presentationArc xlink:type=\"arc\" xlink:arcrole=\"" TX_ARCROLE_PARENT_CHILD "\" "
        "xlink:from=\"h\" xlink:to=\"a\" order=\"2\" preferredLabel=\"" TX_ROLE_PRINTED_LABEL "\"/>\n"
        "</link:presentationLink></link:linkbase>\n");
}

static void write_instance(const char *href)
{
    char x[1024];
    snprintf(x, sizeof x,
             "<xbrli:xbrl " NS_DECL ">\n"
             "<link:schemaRef xlink:type=\"simple\" xlink:href=\"%s\"/>\n"
             "</xbrli:xbrl>\n", href);
    put("i.xml", x);
}

/* Reads the DTS of dir/i.xml: TX_OK etc.; r filled. */
static tx_status walk(tx_rdts *r)
{
    char inst[128];
    const char *catalog = tx_test_catalog();
    snprintf(inst, sizeof inst, "%s/i.xml", dir);
    tx_report *rep = tx_report_new();
    tx_offline *o = NULL;
    CU_ASSERT_EQUAL_FATAL(tx_offline_open(catalog, inst, rep, &o), TX_OK);
    tx_offline_allow_entry(o, inst);
    xmlDocPtr doc = NULL;
    CU_ASSERT_EQUAL_FATAL(tx_offline_parse(o, inst, inst, rep, &doc), TX_OK);
    tx_status st = tx_rdts_load(r, o, doc, inst, inst, tx_test_srcdir(), rep);
    xmlFreeDoc(doc);
    tx_offline_close(o);
    tx_report_free(rep);
    return st;
}

/* The label of concept c with role `role`, or NULL. */
static const char *label(const tx_rdts *r, long c, const char *role)
{
    for (long k = c >= 0 ? r->lab_first[c] : -1; k >= 0; k = r->labs[k].next)
        if (strcmp(r->labs[k].role, role) == 0)
            return r->labs[k].text;
    return NULL;
}

static void setup(void)
{
    snprintf(dir, sizeof dir, "/tmp/txbrl-walk-XXXXXX");
    CU_ASSERT_PTR_NOT_NULL_FATAL(mkdtemp(dir));
}

static void teardown(void)
{
    static const char *const files[] = {"e.xsd", "e_lab.xml", "e_pre.xml", "i.xml"};
    char p[128];
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        snprintf(p, sizeof p, "%s/%s", dir, files[i]);
        unlink(p);
    }
    rmdir(dir);
}

/* The instance's own extension: read the light way; the GAAP concepts and
 * their standard labels from the taxonomy's tables (taxonomy/src/concepts.tsv:
 * Assets is an instant, labelled "Assets"; AssetsAbstract is abstract). */
static void test_light(void)
{
    setup();
    write_extension(TX_NS_GAAP);
    write_instance("e.xsd");
    tx_rdts r;
    CU_ASSERT_EQUAL(walk(&r), TX_OK);
    CU_ASSERT_EQUAL(r.light, 1);
    long assets = tx_rdts_concept(&r, "{" TX_NS_GAAP "}Assets");
    long abs = tx_rdts_concept(&r, "{" TX_NS_GAAP "}AssetsAbstract");
    long widgets = tx_rdts_concept(&r, "{http://example.org/ext}Widgets");
    CU_ASSERT_FATAL(assets >= 0 && abs >= 0 && widgets >= 0);
    CU_ASSERT_EQUAL(r.concepts[assets].instant, 1);
    CU_ASSERT_EQUAL(r.concepts[assets].abstract, 0);
    CU_ASSERT_EQUAL(r.concepts[abs].abstract, 1);
    CU_ASSERT_EQUAL(r.concepts[widgets].instant, 1);
    CU_ASSERT_STRING_EQUAL(label(&r, assets, TX_ROLE_LABEL), "Assets");
    CU_ASSERT_STRING_EQUAL(label(&r, assets, TX_ROLE_PRINTED_LABEL), "Total assets as printed");
    /* two relationships of the role, in order, the preferred label kept */
    CU_ASSERT_EQUAL_FATAL(r.npres, 2);
    CU_ASSERT_STRING_EQUAL(r.pres[0].role, "http://example.org/role/BS");
    CU_ASSERT_EQUAL(r.pres[0].from, abs);
    CU_ASSERT_EQUAL(r.pres[0].to, widgets);
    CU_ASSERT_EQUAL(r.pres[1].to, assets);
    CU_ASSERT_PTR_NOT_NULL(r.pres[1].pref);
    CU_ASSERT_EQUAL_FATAL(r.nroles, 1);
    CU_ASSERT_STRING_EQUAL(r.roles[0].def, "100 - Statement - Balance sheet");
    tx_rdts_clear(&r);
    teardown();
}

/* An instance of the GAAP taxonomy itself (no extension of its own) and an
 * extension importing a namespace the tables do not hold: the full walk. */
static void test_full(void)
{
    setup();
    write_instance(GAAP_XSD);
    tx_rdts r;
    CU_ASSERT_EQUAL(walk(&r), TX_OK);
    CU_ASSERT_EQUAL(r.light, 0);
    CU_ASSERT(tx_rdts_concept(&r, "{" TX_NS_GAAP "}Assets") >= 0);
    CU_ASSERT(r.npres > 0);   /* the taxonomy's own presentation */
    tx_rdts_clear(&r);

    write_extension("http://example.org/unknown");
    write_instance("e.xsd");
    walk(&r);
    CU_ASSERT_EQUAL(r.light, 0);
    tx_rdts_clear(&r);
    teardown();
}

int tx_suite_render(void)
{
    static const CU_TestInfo tests[] = {{"light walk: own extension and taxonomy tables", test_light},
                                        {"full walk: other instances", test_full},
                                        CU_TEST_INFO_NULL};
    return tx_add_suite("render walk", tests);
}

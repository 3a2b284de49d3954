/* validate.c - the offline validator's driver: parse, discover the DTS,
 * XML Schema validity (compiled once per DTS), then the XBRL layers. */
#include "txbrl.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libxml/uri.h>
#include <libxml/xmlschemas.h>

#include "validate/dts.h"
#include "validate/vinst.h"
#include "validate/layers.h"
#include "xbrl/offline.h"
#include "xbrl/vocab.h"
#include "xbrl/xml.h"
#include "base/report.h"
#include "base/util.h"


typedef struct cached_schema {
    char *key;              /* the import list, joined */
    xmlSchemaPtr schema;    /* NULL: did not compile */
    tx_report *findings;    /* what compiling said, replayed for each file */
} cached_schema;

struct tx_validator {
    tx_validate_options opt;
    char *catalog;            /* opt.catalog, or DATADIR's; NULL: none */
    cached_schema *cache;
    size_t ncache, capcache;
};

tx_status tx_validator_new(const tx_validate_options *opt, tx_validator **out)
{
    *out = calloc(1, sizeof **out);
    if (!*out)
        return TX_ENOMEM;
    if (opt)
        (*out)->opt = *opt;
    const char *cat = opt ? opt->catalog : NULL;
    (*out)->catalog = cat ? tx_strdup(cat) : tx_datadir_catalog(opt ? opt->datadir : NULL);
    if ((cat || (opt && opt->datadir)) && !(*out)->catalog) {
        free(*out);
        *out = NULL;
        return TX_ENOMEM;
    }
    return TX_OK;
}

void tx_validator_free(tx_validator *v)
{
    if (!v)
        return;
    for (size_t i = 0; i < v->ncache; i++) {
        free(v->cache[i].key);
        if (v->cache[i].schema)
            xmlSchemaFree(v->cache[i].schema);
        tx_report_free(v->cache[i].findings);
    }
    free(v->cache);
    free(v->catalog);
    free(v);
}

static char *absolute(const char *path)
{
    if (path[0] == '/')
        return tx_strdup(path);
    char cwd[4096];
    if (!getcwd(cwd, sizeof cwd))
        return NULL;
    tx_buf b = {0};
    tx_buf_printf(&b, "%s/%s", cwd, path);
    return tx_buf_take(&b);
}

static void free_list(char **a, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(a[i]);
    free(a);
}

static void replay(const tx_report *from, const char *file, tx_report *to)
{
    for (size_t i = 0; i < tx_report_size(from); i++) {
        const char *f = tx_report_file(from, i);
        tx_report_add(to, tx_report_severity(from, i), strcmp(f, "-") == 0 ? file : f,
                      tx_report_line(from, i), tx_report_code(from, i), "%s",
                      tx_report_message(from, i));
    }
}

/* The compiled schema for these imports, from the cache or compiled now. */
static tx_status schema_for(tx_validator *v, tx_offline *o, char **ns, char **loc, size_t n,
                            const char *name, tx_report *rep, xmlSchemaPtr *out)
{
    *out = NULL;
    tx_buf kb = {0};
    for (size_t i = 0; i < n; i++)
        tx_buf_printf(&kb, "%s %s\n", ns[i] ? ns[i] : "", loc[i]);
    char *key = tx_buf_take(&kb);
    if (!key)
        return TX_ENOMEM;
    for (size_t i = 0; i < v->ncache; i++)
        if (strcmp(v->cache[i].key, key) == 0) {
            free(key);
            replay(v->cache[i].findings, name, rep);
            *out = v->cache[i].schema;
            return *out ? TX_OK : TX_EINPUT;
        }
    tx_report *found = tx_report_new();
    if (!found || tx_grow((void **)&v->cache, &v->capcache, v->ncache + 1, sizeof *v->cache) != 0) {
        tx_report_free(found);
        free(key);
        return TX_ENOMEM;
    }
    xmlSchemaPtr s = NULL;
    tx_status st = tx_schema_compile(o, (const char *const *)ns, (const char *const *)loc, n, "-",
                                     found, &s);
    if (st == TX_ENOMEM) {
        tx_report_free(found);
        free(key);
        return st;
    }
    cached_schema *c = &v->cache[v->ncache++];
    c->key = key;
    c->schema = s;
    c->findings = found;
    replay(found, name, rep);
    *out = s;
    return s ? TX_OK : TX_EINPUT;
}

/* ------------------------------------------------------------ imports */

/* The (namespace, location) pairs the wrapper schema imports: one location
 * per namespace, the first. */
typedef struct imports {
    char **ns, **loc;
    size_t n, capns, caploc;
} imports;

static int imports_has(const imports *l, const char *ns)
{
    for (size_t i = 0; i < l->n; i++)
        if (strcmp(l->ns[i], ns) == 0)
            return 1;
    return 0;
}

static int imports_add(imports *l, const char *ns, const char *loc)
{
    if (imports_has(l, ns))
        return 0;
    if (tx_grow((void **)&l->ns, &l->capns, l->n + 1, sizeof *l->ns) != 0 ||
        tx_grow((void **)&l->loc, &l->caploc, l->n + 1, sizeof *l->loc) != 0)
        return -1;
    char *a = tx_strdup(ns), *b = tx_strdup(loc);
    if (!a || !b) {
        free(a);
        free(b);
        return -1;
    }
    l->ns[l->n] = a;
    l->loc[l->n++] = b;
    return 0;
}

static void imports_clear(imports *l)
{
    free_list(l->ns, l->n);
    free_list(l->loc, l->n);
    memset(l, 0, sizeof *l);
}

typedef struct {
    tx_offline *o;
    xmlChar *base;
    imports *l;
} hint_ctx;

static int add_hint(void *ctx, const char *ns, const char *tok)
{
    hint_ctx *h = ctx;
    if (imports_has(h->l, ns))
        return 0;
    xmlChar *u = xmlBuildURI((const xmlChar *)tok, h->base);
    int nomem = 0;
    char *path = tx_offline_hint(h->o, u ? (const char *)u : tok, ns, &nomem);
    int rc = nomem || (path && imports_add(h->l, ns, path) != 0) ? -1 : 0;
    free(path);
    xmlFree(u);
    return rc;
}

/* xsi:schemaLocation hints of element e for namespaces not imported yet
 * (schemas of custom links, generic links and laxly validated content); a
 * hint that does not resolve locally, or names a schema of another target
 * namespace, is left out.  -1 on no memory. */
static int add_hints(tx_offline *o, xmlNodePtr e, imports *l)
{
    if (!e)
        return 0;
    hint_ctx h = {o, xmlNodeGetBase(e->doc, e), l};
    int rc = tx_schema_location_each(e, add_hint, &h);
    xmlFree(h.base);
    return rc;
}

/* Embedded linkbases of a schema (xs:annotation/xs:appinfo/link:linkbase). */
static int embedded_hints(tx_offline *o, xmlNodePtr root, imports *l)
{
    for (xmlNodePtr a = root ? root->children : NULL; a; a = a->next) {
        if (!tx_is_elem(a, TX_NS_XS, "annotation"))
            continue;
        for (xmlNodePtr ai = a->children; ai; ai = ai->next) {
            if (!tx_is_elem(ai, TX_NS_XS, "appinfo"))
                continue;
            for (xmlNodePtr lb = ai->children; lb; lb = lb->next)
                if (tx_is_elem(lb, TX_NS_LINK, "linkbase") && add_hints(o, lb, l) != 0)
                    return -1;
        }
    }
    return 0;
}

/* Every schema of the DTS (one per namespace; schemas without a target
 * namespace come in through the schema that includes them) and the hints
 * of the entry and of the DTS documents. */
static int add_dts(tx_offline *o, const tx_dts *d, xmlDocPtr entry, imports *l)
{
    for (size_t i = 0; i < d->ndocs; i++) {
        const tx_vdoc *vd = &d->docs[i];
        if (vd->is_schema && vd->tns && *vd->tns && imports_add(l, vd->tns, vd->path) != 0)
            return -1;
    }
    if (add_hints(o, xmlDocGetRootElement(entry), l) != 0)
        return -1;
    for (size_t i = 0; i < d->ndocs; i++) {
        xmlNodePtr root = xmlDocGetRootElement(d->docs[i].doc ? d->docs[i].doc : entry);
        if (add_hints(o, root, l) != 0 ||
            (d->docs[i].is_schema && embedded_hints(o, root, l) != 0))
            return -1;
    }
    return 0;
}

/* ------------------------------------------------------------ DTS content */

/* The global elements of the linkbase schema that appinfo holds (always
 * compiled: the schema of the link namespace is known without an import). */
static int link_appinfo_elem(xmlNodePtr c)
{
    static const char *const names[] = {"linkbase", "linkbaseRef", "roleType", "arcroleType",
                                        "roleRef", "arcroleRef", NULL};
    if (!tx_in_ns(c, TX_NS_LINK))
        return 0;
    for (size_t i = 0; names[i]; i++)
        if (strcmp((const char *)c->name, names[i]) == 0)
            return 1;
    return 0;
}

/* Lax validation of appinfo content: an element the DTS declares is
 * validated; the children of one it does not are looked at the same way. */
static tx_status lax(xmlSchemaPtr s, const tx_dts *d, xmlNodePtr e, const char *file,
                     tx_report *rep)
{
    tx_status worst = TX_OK;
    for (xmlNodePtr c = e->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        tx_status st;
        if (c->ns && (link_appinfo_elem(c) ||
                      tx_dts_concept(d, (const char *)c->ns->href, (const char *)c->name)))
            st = tx_schema_validate_elem(s, c, file, rep);
        else
            st = lax(s, d, c, file, rep);
        if (st == TX_ENOMEM)
            return st;
        if (st != TX_OK)
            worst = st;
    }
    return worst;
}

static tx_status lax_appinfo(xmlSchemaPtr s, const tx_dts *d, xmlNodePtr n, const char *file,
                             tx_report *rep)
{
    tx_status worst = TX_OK;
    for (xmlNodePtr c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || !tx_in_ns(c, TX_NS_XS))
            continue;
        tx_status st = tx_is_elem(c, TX_NS_XS, "appinfo") ? lax(s, d, c, file, rep)
                                                           : lax_appinfo(s, d, c, file, rep);
        if (st == TX_ENOMEM)
            return st;
        if (st != TX_OK)
            worst = st;
    }
    return worst;
}

/* Schema validity of the DTS's linkbases and of its schemas' appinfo
 * content (the entry itself excepted when it is a linkbase: the caller
 * validated it whole). */
static tx_status validate_dts_content(xmlSchemaPtr s, const tx_dts *d, xmlDocPtr entry,
                                      const char *name, tx_report *rep)
{
    tx_status worst = TX_OK;
    for (size_t i = 0; i < d->ndocs; i++) {
        const tx_vdoc *vd = &d->docs[i];
        xmlNodePtr root = xmlDocGetRootElement(vd->doc ? vd->doc : entry);
        const char *file = vd->doc ? vd->path : name;
        tx_status st = TX_OK;
        if (vd->is_linkbase && vd->doc)
            st = tx_schema_validate_elem(s, root, file, rep);
        else if (vd->is_schema)
            st = lax_appinfo(s, d, root, file, rep);
        if (st == TX_ENOMEM)
            return st;
        if (st != TX_OK)
            worst = st;
    }
    return worst;
}

/* What the instance schema's content model of xbrli:xbrl says and the
 * project's copy of that schema leaves to this check (its wildcard keeps the
 * compilation linear in the taxonomy's size): one or more link:schemaRef
 * first, then link:linkbaseRef, link:roleRef and link:arcroleRef in that
 * order, then only items, tuples, contexts, units and footnote links.
 * Elements without a declaration were reported by the schema validation. */
static void check_root_content(const tx_dts *d, xmlDocPtr doc, const char *name, tx_report *rep)
{
    static const char *const refs[] = {"schemaRef", "linkbaseRef", "roleRef", "arcroleRef"};
    enum { NREFS = sizeof refs / sizeof refs[0] };
    xmlNodePtr root = xmlDocGetRootElement(doc);
    size_t stage = 0;       /* 0..NREFS-1: in that reference's run; NREFS: the facts */
    int schema_refs = 0;
    for (xmlNodePtr n = root ? root->children : NULL; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        const char *ns = n->ns ? (const char *)n->ns->href : "";
        const char *local = (const char *)n->name;
        const char *why = NULL;
        size_t ref = NREFS;
        if (strcmp(ns, TX_NS_LINK) == 0)
            for (size_t r = 0; r < NREFS; r++)
                if (strcmp(local, refs[r]) == 0)
                    ref = r;
        if (ref < NREFS) {
            if (ref < stage)
                why = "references come first, in the order schemaRef, linkbaseRef, roleRef, "
                      "arcroleRef";
            else if (ref > 0 && schema_refs == 0)
                why = "expected is link:schemaRef";
            else
                stage = ref;
            schema_refs += ref == 0;
        } else {
            if (schema_refs == 0)
                why = "expected is link:schemaRef";
            stage = NREFS;
            if (!why && strcmp(ns, TX_NS_LINK) == 0 && strcmp(local, "footnoteLink") != 0)
                why = "expected is an item, a tuple, a context, a unit or a footnote link";
            if (!why && strcmp(ns, TX_NS_LINK) != 0 && strcmp(ns, TX_NS_XBRLI) != 0) {
                const tx_vconcept *k = tx_dts_concept(d, ns, local);
                if (k && !k->item && !k->tuple)
                    why = "expected is an item, a tuple, a context, a unit or a footnote link";
            }
        }
        if (why)
            tx_xml_report(rep, TX_ERROR, name, n, "schema.invalid",
                          "Element '{%s}%s': This element is not expected (%s).", ns, local, why);
    }
    if (root && schema_refs == 0)
        tx_xml_report(rep, TX_ERROR, name, root, "schema.invalid",
                      "Element '{%s}xbrl': Missing child element link:schemaRef.", TX_NS_XBRLI);
}

/* XML Schema validity of an instance against its DTS, and of the DTS's
 * linkbases and appinfo content. */
static tx_status schema_instance(tx_validator *v, tx_offline *o, const tx_dts *d, xmlDocPtr doc,
                                 const char *abs, const char *name, int dts_failed,
                                 tx_report *rep)
{
    imports l = {0};
    /* tx_dts_load resolved the same references the same way (tx_href_url,
     * the closed DTS) and reported what does not resolve: its findings
     * are not repeated.  What does not resolve never shrinks what is
     * validated: the instance is validated against the schemas that do
     * (elements of the missing ones are reported undeclared); and should
     * discovery have had nothing to say, what the imports found is. */
    tx_report *scratch = tx_report_new();
    if (!scratch)
        return TX_ENOMEM;
    tx_status st = tx_instance_schema_imports(o, doc, abs, name, scratch, &l.ns, &l.loc, &l.n);
    l.capns = l.caploc = l.n;
    if (st == TX_EINPUT) {
        if (!dts_failed)
            for (size_t i = 0; i < tx_report_size(scratch); i++)
                if (tx_report_copy(rep, scratch, i) != 0)
                    st = TX_ENOMEM;
        if (st != TX_ENOMEM)
            st = TX_OK;
    }
    tx_report_free(scratch);
    if (st == TX_OK && add_dts(o, d, doc, &l) != 0)
        st = TX_ENOMEM;
    if (st == TX_OK) {
        xmlSchemaPtr s = NULL;
        st = schema_for(v, o, l.ns, l.loc, l.n, name, rep, &s);
        if (st == TX_OK) {
            size_t errors = tx_report_count(rep, TX_ERROR);
            st = tx_schema_validate_doc(s, doc, name, rep);
            if (st != TX_ENOMEM) {
                check_root_content(d, doc, name, rep);
                if (tx_report_count(rep, TX_ERROR) > errors && st == TX_OK)
                    st = TX_EINPUT;
            }
        }
        if (s && st != TX_ENOMEM) {
            tx_status ds = validate_dts_content(s, d, doc, name, rep);
            if (ds == TX_ENOMEM || st == TX_OK)
                st = ds;
        }
    }
    imports_clear(&l);
    return st;
}

/* A schema or linkbase entry point: compile the DTS's schemas; validate a
 * linkbase against them and the linkbase schema; then the DTS's content. */
static tx_status schema_dts(tx_validator *v, tx_offline *o, const tx_dts *d, xmlDocPtr doc,
                            int is_linkbase, const char *name, tx_report *rep)
{
    imports l = {0};
    tx_status st = TX_OK;
    (void)is_linkbase;
    if (imports_add(&l, TX_NS_LINK, TX_URL_LINK_XSD) != 0 || add_dts(o, d, doc, &l) != 0)
        st = TX_ENOMEM;
    if (st == TX_OK) {
        xmlSchemaPtr s = NULL;
        st = schema_for(v, o, l.ns, l.loc, l.n, name, rep, &s);
        if (st == TX_OK && is_linkbase)
            st = tx_schema_validate_doc(s, doc, name, rep);
        if (s && st != TX_ENOMEM) {
            tx_status ds = validate_dts_content(s, d, doc, name, rep);
            if (ds == TX_ENOMEM || st == TX_OK)
                st = ds;
        }
    }
    imports_clear(&l);
    return st;
}

/* The folders the DTS may use: the entry's own and the options' (the
 * closed DTS, txbrl.h). */
static tx_status allow_folders(tx_offline *o, const tx_validate_options *opt, const char *abs,
                               const char *name, tx_report *rep)
{
    if (tx_offline_allow_entry(o, abs) != 0) {
        /* the entry's folder is gone or unreadable: the parse reports it */
        (void)name;
    }
    for (size_t i = 0; opt->allow && opt->allow[i]; i++)
        if (tx_offline_allow(o, opt->allow[i]) != 0) {
            tx_report_add(rep, TX_ERROR, opt->allow[i], 0, "read.open",
                          "cannot allow '%s': not a readable folder", opt->allow[i]);
            return TX_EIO;
        }
    return TX_OK;
}

static tx_status run_layers(tx_validator *v, tx_vinst *in, tx_report *rep)
{
    tx_status st = tx_check_xbrl(in, rep);
    if (st == TX_OK)
        st = tx_check_calc(in, rep);
    if (st == TX_OK && v->opt.calc == TX_CALC_11)
        st = tx_check_ties(in, rep);
    if (st == TX_OK)
        st = tx_check_dim(in, rep);
    return st;
}

tx_status tx_validator_run(tx_validator *v, const char *path, tx_report *rep)
{
    size_t first = tx_report_size(rep);
    size_t errors_before = tx_report_count(rep, TX_ERROR);
    char *abs = absolute(path);
    if (!abs)
        return TX_ENOMEM;
    tx_offline *o = NULL;
    tx_status st = tx_offline_open(v->catalog, path, rep, &o);
    if (st == TX_OK)
        st = allow_folders(o, &v->opt, abs, path, rep);
    xmlDocPtr doc = NULL;
    if (st == TX_OK)
        st = tx_offline_parse(o, abs, path, rep, &doc);
    tx_dts dts = {0};
    tx_vinst in = {0};
    if (st == TX_OK) {
        xmlNodePtr root = xmlDocGetRootElement(doc);
        int inst = tx_is_elem(root, TX_NS_XBRLI, "xbrl");
        int schema = tx_is_elem(root, TX_NS_XS, "schema");
        int linkbase = tx_is_elem(root, TX_NS_LINK, "linkbase");
        if (!inst && !schema && !linkbase) {
            tx_xml_report(rep, TX_ERROR, path, root, "xbrl.not-xbrl",
                       "the root element is not xbrli:xbrl, xs:schema or link:linkbase");
        } else {
            tx_status ds = tx_dts_load(&dts, o, doc, abs, path, rep);
            if (ds == TX_ENOMEM)
                st = ds;
            if (st == TX_OK)
                st = tx_check_dts(&dts, path, rep);
            if (st == TX_OK)
                st = tx_check_taxonomy(&dts, rep);
            if (st == TX_OK)
                st = tx_check_links(&dts, rep);
            if (st == TX_OK) {
                tx_status ss = inst ? schema_instance(v, o, &dts, doc, abs, path,
                                                      ds != TX_OK, rep)
                                    : schema_dts(v, o, &dts, doc, linkbase, path, rep);
                if (ss == TX_ENOMEM)
                    st = ss;
            }
            if (st == TX_OK && inst) {
                in.name = path;
                in.doc = doc;
                in.dts = &dts;
                in.calc11 = v->opt.calc == TX_CALC_11;
                st = run_layers(v, &in, rep);
            }
        }
    }
    tx_vinst_clear(&in);
    tx_dts_clear(&dts);
    xmlFreeDoc(doc);
    tx_offline_close(o);
    free(abs);
    if (st == TX_ENOMEM || st == TX_EIO)
        return st;
    if (v->opt.werror)
        tx_report_promote_warnings(rep, first);
    return tx_report_count(rep, TX_ERROR) > errors_before ? TX_EINPUT : TX_OK;
}

tx_status tx_validate_file(const char *path, const tx_validate_options *opt, tx_report *rep)
{
    tx_validator *v = NULL;
    tx_status st = tx_validator_new(opt, &v);
    if (st != TX_OK)
        return st;
    st = tx_validator_run(v, path, rep);
    tx_validator_free(v);
    return st;
}

/* validate.c - the offline validator's driver: parse, discover the DTS,
 * XML Schema validity (compiled once per DTS), then the XBRL layers. */
#include "validate.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "facts.h"
#include "util.h"

#define TX_URL_LINK_XSD "http://www.xbrl.org/2003/xbrl-linkbase-2003-12-31.xsd"

typedef struct cached_schema {
    char *key;              /* the import list, joined */
    xmlSchemaPtr schema;    /* NULL: did not compile */
    tx_report *findings;    /* what compiling said, replayed for each file */
} cached_schema;

struct tx_validator {
    tx_validate_options opt;
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

static void free_list(char **a, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(a[i]);
    free(a);
}

/* XML Schema validity of an instance against its DTS. */
static tx_status schema_instance(tx_validator *v, tx_offline *o, xmlDocPtr doc, const char *abs,
                                 const char *name, tx_report *rep)
{
    char **ns = NULL, **loc = NULL;
    size_t n = 0;
    tx_report *scratch = tx_report_new();   /* dtsload reported the unresolved */
    if (!scratch)
        return TX_ENOMEM;
    tx_status st = tx_instance_schema_imports(o, doc, abs, name, scratch, &ns, &loc, &n);
    tx_report_free(scratch);
    if (st == TX_OK) {
        xmlSchemaPtr s = NULL;
        st = schema_for(v, o, ns, loc, n, name, rep, &s);
        if (st == TX_OK)
            st = tx_schema_validate_doc(s, doc, name, rep);
    }
    free_list(ns, n);
    free_list(loc, n);
    return st;
}

/* A schema or linkbase entry point: compile the DTS's schemas; validate a
 * linkbase against them and the linkbase schema. */
static tx_status schema_dts(tx_validator *v, tx_offline *o, const tx_dts *d, xmlDocPtr doc,
                            int is_linkbase, const char *name, tx_report *rep)
{
    char **ns = calloc(d->ndocs + 2, sizeof *ns), **loc = calloc(d->ndocs + 2, sizeof *loc);
    size_t n = 0;
    tx_status st = ns && loc ? TX_OK : TX_ENOMEM;
    if (st == TX_OK && is_linkbase) {
        ns[n] = tx_strdup(TX_NS_LINK);
        loc[n] = tx_strdup(TX_URL_LINK_XSD);
        if (!ns[n] || !loc[n])
            st = TX_ENOMEM;
        n++;
    }
    for (size_t i = 0; i < d->ndocs && st == TX_OK; i++) {
        if (!d->docs[i].is_schema)
            continue;
        const char *tns = d->docs[i].tns ? d->docs[i].tns : "";
        int dup = 0;
        for (size_t k = 0; k < n && !dup; k++)
            dup = strcmp(ns[k], tns) == 0;
        if (dup)
            continue;   /* one location per namespace: the first */
        ns[n] = tx_strdup(tns);
        loc[n] = tx_strdup(d->docs[i].path);
        if (!ns[n] || !loc[n])
            st = TX_ENOMEM;
        n++;
    }
    if (st == TX_OK) {
        xmlSchemaPtr s = NULL;
        st = schema_for(v, o, ns, loc, n, name, rep, &s);
        if (st == TX_OK && is_linkbase)
            st = tx_schema_validate_doc(s, doc, name, rep);
    }
    if (ns)
        free_list(ns, n);
    if (loc)
        free_list(loc, n);
    return st;
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
    tx_status st = tx_offline_open(v->opt.catalog, path, rep, &o);
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
            tx_vreport(rep, TX_ERROR, path, root, "xbrl.not-xbrl",
                       "the root element is not xbrli:xbrl, xs:schema or link:linkbase");
        } else {
            tx_status ds = tx_dts_load(&dts, o, doc, abs, path, rep);
            if (ds == TX_ENOMEM)
                st = ds;
            if (st == TX_OK)
                st = tx_check_dts(&dts, path, rep);
            if (st == TX_OK) {
                tx_status ss = inst ? schema_instance(v, o, doc, abs, path, rep)
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
    tx_vinst_free(&in);
    tx_dts_free(&dts);
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

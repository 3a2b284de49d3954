/* offline.c - offline XML: catalog resolution, safe parsing, schema validation. */
#include "config.h"

#include "xbrl/offline.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libxml/catalog.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/uri.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>

#include "xbrl/facts.h"
#include "base/util.h"

#if LIBXML_VERSION >= 21200
typedef const xmlError *tx_xml_error;
#else
typedef xmlErrorPtr tx_xml_error;
#endif

#define TX_PARSE_OPTIONS (XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_COMPACT)

/* ------------------------------------------------------------ data dir */

char *tx_datadir_catalog(const char *datadir)
{
    if (!datadir)
        return NULL;
    tx_buf b = {0};
    tx_buf_printf(&b, "%s/taxonomy/catalog.xml", datadir);
    return tx_buf_take(&b);
}

/* ------------------------------------------------------------ network lock */

/* libxml2 tries its input handlers from the last registered one; these
 * claim every network URL and fail on the first read, without any I/O. */
static unsigned long net_refusals;
static int net_token;

static int net_match(const char *uri)
{
    if (!uri)
        return 0;
    return tx_strncaseeq(uri, "http://", 7) || tx_strncaseeq(uri, "https://", 8) ||
           tx_strncaseeq(uri, "ftp://", 6);
}

static void *net_open(const char *uri)
{
    (void)uri;
    net_refusals++;
    return &net_token;
}

static int net_read(void *ctx, char *buf, int len)
{
    (void)ctx;
    (void)buf;
    (void)len;
    return -1;
}

static int net_close(void *ctx)
{
    (void)ctx;
    return 0;
}

unsigned long tx_offline_network_refusals(void) { return net_refusals; }

static void xml_setup(void)
{
    static int done;
    if (done)
        return;
    xmlInitParser();
    if (xmlRegisterInputCallbacks(net_match, net_open, net_read, net_close) >= 0)
        done = 1;
}

/* ------------------------------------------------------------ errors */

/* Where libxml2's errors go while we work: findings with one code. */
typedef struct err_sink {
    tx_report *rep;
    const char *file;     /* name used for the document being processed     */
    const char *code;     /* "xml.malformed", "schema.dts", "schema.invalid" */
    int name_err_file;    /* name the file libxml2 names (schema documents)  */
    int skip_io;          /* drop I/O errors (the loader reported them)      */
    size_t errors;
} err_sink;

typedef struct err_scope {
    xmlStructuredErrorFunc prev_s;
    void *prev_sctx;
    xmlGenericErrorFunc prev_g;
    void *prev_gctx;
} err_scope;

static void quiet_generic(void *ctx, const char *msg, ...)
{
    (void)ctx;
    (void)msg;
}

static void sink_error(void *ud, tx_xml_error e)
{
    err_sink *s = ud;
    if (!e || e->level == XML_ERR_NONE || e->level == XML_ERR_WARNING)
        return;
    if (s->skip_io && e->domain == XML_FROM_IO)
        return;
    const char *msg = e->message ? e->message : "error";
    size_t len = strlen(msg);
    while (len > 0 && (msg[len - 1] == '\n' || msg[len - 1] == ' '))
        len--;
    const char *file = s->file;
    if (s->name_err_file && e->file && *e->file)
        file = e->file;
    s->errors++;
    tx_report_add(s->rep, TX_ERROR, file, e->line > 0 ? e->line : 0, s->code, "%.*s",
                  (int)len, msg);
}

static void scope_enter(err_scope *sc, err_sink *s)
{
    sc->prev_s = xmlStructuredError;
    sc->prev_sctx = xmlStructuredErrorContext;
    sc->prev_g = xmlGenericError;
    sc->prev_gctx = xmlGenericErrorContext;
    xmlSetStructuredErrorFunc(s, (xmlStructuredErrorFunc)sink_error);
    xmlSetGenericErrorFunc(NULL, quiet_generic);
}

static void scope_leave(const err_scope *sc)
{
    xmlSetStructuredErrorFunc(sc->prev_sctx, sc->prev_s);
    xmlSetGenericErrorFunc(sc->prev_gctx, sc->prev_g);
}

/* ------------------------------------------------------------ contexts */

struct tx_offline {
    xmlCatalogPtr cat;            /* NULL when there is no catalog        */
    char *catalog;                /* its path, for messages               */
    char *file;                   /* the document we work for             */
    tx_report *rep;
    char **reported;              /* URLs already reported unresolved     */
    size_t nreported, capreported;
    size_t unresolved;            /* dts.unresolved findings              */
    xmlExternalEntityLoader prev_loader;
    tx_offline *prev;
};

static tx_offline *current;

static int has_scheme(const char *s)
{
    const char *p = s;
    while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
           *p == '+' || *p == '-' || *p == '.')
        p++;
    return *p == ':' && p - s >= 2;   /* one letter would be a drive */
}

/* "file:///a/b%20c" -> "/a/b c"; plain paths stay as they are. */
static char *local_path(const char *url)
{
    if (!has_scheme(url))
        return tx_strdup(url);
    if (!tx_strncaseeq(url, "file:", 5))
        return NULL;
    const char *p = url + 5;
    if (strncmp(p, "//", 2) == 0) {
        p += 2;
        if (tx_strncaseeq(p, "localhost/", 10))
            p += 9;
        else if (*p != '/')
            return NULL;          /* file://host/...: not local */
    }
    char *s = xmlURIUnescapeString(p, 0, NULL);
    if (!s)
        return NULL;
    char *r = tx_strdup(s);
    xmlFree(s);
    return r;
}

static int readable(const char *path)
{
    return path && access(path, R_OK) == 0;
}

static char *strip_fragment(const char *url)
{
    const char *h = strchr(url, '#');
    return h ? tx_strndup(url, (size_t)(h - url)) : tx_strdup(url);
}

static char *catalog_lookup(tx_offline *o, const char *url)
{
    if (!o || !o->cat)
        return NULL;
    xmlChar *r = xmlACatalogResolveURI(o->cat, (const xmlChar *)url);
    if (!r)
        r = xmlACatalogResolveSystem(o->cat, (const xmlChar *)url);
    if (!r)
        return NULL;
    char *p = local_path((const char *)r);
    xmlFree(r);
    return p;
}

char *tx_offline_resolve(tx_offline *o, const char *url)
{
    if (!url || !*url)
        return NULL;
    char *u = strip_fragment(url);
    if (!u)
        return NULL;
    char *p = catalog_lookup(o, u);
    if (!p && !net_match(u))
        p = local_path(u);
    free(u);
    if (p && !readable(p)) {
        free(p);
        p = NULL;
    }
    return p;
}

static void report_unresolved(tx_offline *o, const char *url)
{
    for (size_t i = 0; i < o->nreported; i++)
        if (strcmp(o->reported[i], url) == 0)
            return;
    char *copy = tx_strdup(url);
    if (copy && tx_grow((void **)&o->reported, &o->capreported, o->nreported + 1,
                        sizeof *o->reported) == 0)
        o->reported[o->nreported++] = copy;
    else
        free(copy);
    o->unresolved++;
    if (o->cat)
        tx_report_add(o->rep, TX_ERROR, o->file, 0, "dts.unresolved",
                      "'%s' does not resolve to a local file through the catalog %s "
                      "(network access is never used)", url, o->catalog);
    else
        tx_report_add(o->rep, TX_ERROR, o->file, 0, "dts.unresolved",
                      "'%s' does not resolve to a local file: no catalog (%s missing; "
                      "set TXBRL_DATADIR) and network access is never used",
                      url, o->catalog ? o->catalog : "-");
}

static xmlParserInputPtr offline_loader(const char *url, const char *id,
                                        xmlParserCtxtPtr ctxt)
{
    (void)id;
    tx_offline *o = current;
    if (!o || !url || !ctxt)
        return NULL;
    if (ctxt->inputNr > 0 || ctxt->input_id > 1) {
        /* asked for from inside a document: an external DTD or entity.
         * Parameter entities come on the document's own context (inputNr >
         * 0); general entities on a sub-context that libxml2 numbers after
         * its parent's inputs (input_id > 1), where a document of its own
         * starts at 1. */
        long line = ctxt->input ? ctxt->input->line : 0;
        const char *file = ctxt->input && ctxt->input->filename ? ctxt->input->filename
                                                                : o->file;
        tx_report_add(o->rep, TX_ERROR, file, line, "xml.external-entity",
                      "external entity or DTD '%s' is not loaded", url);
        o->unresolved++;
        return NULL;
    }
    char *path = tx_offline_resolve(o, url);
    if (!path) {
        report_unresolved(o, url);
        return NULL;
    }
    xmlParserInputPtr in = xmlNewInputFromFile(ctxt, path);
    free(path);
    return in;
}

tx_status tx_offline_open(const char *catalog, const char *file, tx_report *rep,
                          tx_offline **out)
{
    *out = NULL;
    xml_setup();
    tx_offline *o = calloc(1, sizeof *o);
    if (!o)
        return TX_ENOMEM;
    o->rep = rep;
    o->catalog = catalog ? tx_strdup(catalog) : NULL;
    o->file = tx_strdup(file ? file : "-");
    if ((catalog && !o->catalog) || !o->file) {
        tx_offline_close(o);
        return TX_ENOMEM;
    }
    if (o->catalog && readable(o->catalog)) {
        err_sink sink = {rep, o->catalog, "dts.catalog", 1, 0, 0};
        err_scope sc;
        scope_enter(&sc, &sink);
        o->cat = xmlLoadACatalog(o->catalog);
        scope_leave(&sc);
    }
    if (!o->cat && catalog) {
        tx_report_add(rep, TX_ERROR, catalog, 0, "read.open",
                      "cannot read the XML catalog: %s",
                      readable(catalog) ? "not a catalog" : strerror(errno));
        tx_offline_close(o);
        return TX_EIO;
    }
    o->prev = current;
    o->prev_loader = xmlGetExternalEntityLoader();
    current = o;
    xmlSetExternalEntityLoader(offline_loader);
    *out = o;
    return TX_OK;
}

void tx_offline_close(tx_offline *o)
{
    if (!o)
        return;
    if (current == o) {
        current = o->prev;
        xmlSetExternalEntityLoader(o->prev_loader);
    }
    if (o->cat)
        xmlFreeCatalog(o->cat);
    for (size_t i = 0; i < o->nreported; i++)
        free(o->reported[i]);
    free(o->reported);
    free(o->catalog);
    free(o->file);
    free(o);
}

/* ------------------------------------------------------------ parsing */

static tx_status check_readable(const char *path, const char *name, tx_report *rep)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        tx_report_add(rep, TX_ERROR, name, 0, "read.open", "cannot open: %s", strerror(errno));
        return TX_EIO;
    }
    char c;
    size_t n = fread(&c, 1, 1, f);
    int bad = ferror(f);
    int e = errno;
    fclose(f);
    if (bad) {
        tx_report_add(rep, TX_ERROR, name, 0, "read.io", "cannot read: %s", strerror(e));
        return TX_EIO;
    }
    (void)n;
    return TX_OK;
}

tx_status tx_offline_parse(tx_offline *o, const char *path, const char *name,
                           tx_report *rep, xmlDocPtr *out)
{
    *out = NULL;
    if (!name)
        name = path;
    tx_status st = check_readable(path, name, rep);
    if (st != TX_OK)
        return st;
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (!ctxt)
        return TX_ENOMEM;
    err_sink sink = {rep, name, "xml.malformed", 0, 1, 0};
    err_scope sc;
    scope_enter(&sc, &sink);
    size_t before = o ? o->unresolved : 0;
    xmlDocPtr doc = xmlCtxtReadFile(ctxt, path, NULL, TX_PARSE_OPTIONS);
    int wf = ctxt->wellFormed;
    scope_leave(&sc);
    xmlFreeParserCtxt(ctxt);
    if (doc && wf && (!o || o->unresolved == before)) {
        *out = doc;
        return TX_OK;
    }
    xmlFreeDoc(doc);
    if (sink.errors == 0 && (!o || o->unresolved == before))
        tx_report_add(rep, TX_ERROR, name, 0, "xml.malformed", "not a well-formed XML document");
    return TX_EINPUT;
}

static xmlNodePtr root_element(xmlDocPtr doc) { return doc ? xmlDocGetRootElement(doc) : NULL; }

tx_status tx_offline_schema_namespace(tx_offline *o, const char *url, tx_report *rep,
                                      char **out)
{
    *out = NULL;
    char *path = tx_offline_resolve(o, url);
    if (!path) {
        report_unresolved(o, url);
        return TX_EINPUT;
    }
    xmlDocPtr doc = NULL;
    tx_status st = tx_offline_parse(o, path, path, rep, &doc);
    free(path);
    if (st != TX_OK)
        return st == TX_EIO ? TX_EINPUT : st;
    xmlNodePtr root = root_element(doc);
    if (!root || !root->ns || strcmp((const char *)root->name, "schema") != 0 ||
        strcmp((const char *)root->ns->href, TX_NS_XS) != 0) {
        tx_report_add(rep, TX_ERROR, o ? o->file : url, 0, "schema.dts",
                      "'%s' is not an XML Schema document", url);
        xmlFreeDoc(doc);
        return TX_EINPUT;
    }
    xmlChar *tns = xmlGetNoNsProp(root, (const xmlChar *)"targetNamespace");
    *out = tx_strdup(tns ? (const char *)tns : "");
    xmlFree(tns);
    xmlFreeDoc(doc);
    return *out ? TX_OK : TX_ENOMEM;
}

/* ------------------------------------------------------------ validation */

static void put_attr_escaped(tx_buf *b, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '&': tx_buf_puts(b, "&amp;"); break;
        case '<': tx_buf_puts(b, "&lt;"); break;
        case '>': tx_buf_puts(b, "&gt;"); break;
        case '"': tx_buf_puts(b, "&quot;"); break;
        default: tx_buf_putc(b, *s);
        }
    }
}

static char *wrapper_text(const char *const *ns, const char *const *loc, size_t n)
{
    tx_buf b = {0};
    tx_buf_puts(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    "<xs:schema xmlns:xs=\"" TX_NS_XS "\">\n");
    for (size_t i = 0; i < n; i++) {
        tx_buf_puts(&b, "  <xs:import");
        if (ns[i] && *ns[i]) {
            tx_buf_puts(&b, " namespace=\"");
            put_attr_escaped(&b, ns[i]);
            tx_buf_puts(&b, "\"");
        }
        tx_buf_puts(&b, " schemaLocation=\"");
        put_attr_escaped(&b, loc[i]);
        tx_buf_puts(&b, "\"/>\n");
    }
    tx_buf_puts(&b, "</xs:schema>\n");
    return tx_buf_take(&b);
}

/* Compiles the wrapper; NULL with schema.dts / dts.unresolved findings when
 * the DTS does not compile cleanly. */
static tx_status compile_dts(tx_offline *o, const char *const *ns, const char *const *loc,
                             size_t n, const char *file, tx_report *rep, xmlSchemaPtr *out)
{
    *out = NULL;
    char *text = wrapper_text(ns, loc, n);
    if (!text)
        return TX_ENOMEM;
    xmlSchemaParserCtxtPtr pc = xmlSchemaNewMemParserCtxt(text, (int)strlen(text));
    if (!pc) {
        free(text);
        return TX_ENOMEM;
    }
    err_sink sink = {rep, file, "schema.dts", 1, 1, 0};
    err_scope sc;
    scope_enter(&sc, &sink);
    xmlSchemaSetParserStructuredErrors(pc, (xmlStructuredErrorFunc)sink_error, &sink);
    size_t before = o->unresolved;
    xmlSchemaPtr schema = xmlSchemaParse(pc);
    scope_leave(&sc);
    xmlSchemaFreeParserCtxt(pc);
    free(text);
    if (schema && sink.errors == 0 && o->unresolved == before) {
        *out = schema;
        return TX_OK;
    }
    if (schema)
        xmlSchemaFree(schema);
    if (sink.errors == 0 && o->unresolved == before)
        tx_report_add(rep, TX_ERROR, file, 0, "schema.dts", "the schemas do not compile");
    return TX_EINPUT;
}

/* Validity of a document (elem NULL: default and fixed attributes of the
 * schemas go into the tree, as the XBRL layers must see them: decimals or
 * precision given by a type) or of one element and its subtree (the tree
 * is left as it is). */
static tx_status validate_node(xmlSchemaPtr schema, xmlDocPtr doc, xmlNodePtr elem,
                               const char *name, tx_report *rep)
{
    xmlSchemaValidCtxtPtr vc = xmlSchemaNewValidCtxt(schema);
    if (!vc)
        return TX_ENOMEM;
    if (!elem)
        xmlSchemaSetValidOptions(vc, XML_SCHEMA_VAL_VC_I_CREATE);
    err_sink sink = {rep, name, "schema.invalid", 0, 0, 0};
    err_scope sc;
    scope_enter(&sc, &sink);
    xmlSchemaSetValidStructuredErrors(vc, (xmlStructuredErrorFunc)sink_error, &sink);
    int r = elem ? xmlSchemaValidateOneElement(vc, elem) : xmlSchemaValidateDoc(vc, doc);
    scope_leave(&sc);
    xmlSchemaFreeValidCtxt(vc);
    if (r == 0 && sink.errors == 0)
        return TX_OK;
    if (sink.errors == 0)
        tx_report_add(rep, TX_ERROR, name, elem ? xmlGetLineNo(elem) : 0, "schema.invalid",
                      r < 0 ? "the validator failed internally" : "not valid");
    return TX_EINPUT;
}

static char *absolute_path(const char *path)
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

/* A schemaRef href as a location: URLs as they are, relative references
 * joined to the instance's directory (unescaped: they are URI references). */
static char *href_location(const char *href, const char *abs_doc)
{
    char *h = strip_fragment(href);
    if (!h)
        return NULL;
    if (has_scheme(h))
        return h;
    char *un = xmlURIUnescapeString(h, 0, NULL);
    free(h);
    if (!un)
        return NULL;
    tx_buf b = {0};
    if (un[0] == '/') {
        tx_buf_puts(&b, un);
    } else {
        const char *slash = strrchr(abs_doc, '/');
        tx_buf_append(&b, abs_doc, slash ? (size_t)(slash - abs_doc) + 1 : 0);
        tx_buf_puts(&b, un);
    }
    xmlFree(un);
    return tx_buf_take(&b);
}

typedef struct import_list {
    char **ns;
    char **loc;
    size_t n, cap, capl;
} import_list;

static int imports_add(import_list *l, const char *ns, const char *loc)
{
    if (tx_grow((void **)&l->ns, &l->cap, l->n + 1, sizeof *l->ns) != 0 ||
        tx_grow((void **)&l->loc, &l->capl, l->n + 1, sizeof *l->loc) != 0)
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

static void imports_free(import_list *l)
{
    for (size_t i = 0; i < l->n; i++) {
        free(l->ns[i]);
        free(l->loc[i]);
    }
    free(l->ns);
    free(l->loc);
}

static int is_elem(xmlNodePtr n, const char *ns, const char *name)
{
    return n->type == XML_ELEMENT_NODE && n->ns && strcmp((const char *)n->ns->href, ns) == 0 &&
           strcmp((const char *)n->name, name) == 0;
}

/* Adds one schemaRef to the imports; dts.unresolved when it cannot be read. */
static tx_status add_schema_ref(tx_offline *o, xmlNodePtr ref, const char *abs_doc,
                                const char *name, tx_report *rep, import_list *l)
{
    xmlChar *href = xmlGetNsProp(ref, (const xmlChar *)"href", (const xmlChar *)TX_NS_XLINK);
    if (!href)
        return TX_OK;   /* the schema validation says what is missing */
    tx_status st = TX_OK;
    char *loc = href_location((const char *)href, abs_doc);
    char *path = loc ? tx_offline_resolve(o, loc) : NULL;
    char *tns = NULL;
    if (!loc) {
        st = TX_ENOMEM;
    } else if (!path) {
        o->unresolved++;
        tx_report_add(rep, TX_ERROR, name, xmlGetLineNo(ref), "dts.unresolved",
                      "schemaRef '%s' does not resolve to a local file (catalog %s; "
                      "network access is never used)", (const char *)href,
                      o->cat ? o->catalog : "missing");
        st = TX_EINPUT;
    } else {
        st = tx_offline_schema_namespace(o, loc, rep, &tns);
        if (st == TX_OK && imports_add(l, tns, loc) != 0)
            st = TX_ENOMEM;
    }
    free(tns);
    free(path);
    free(loc);
    xmlFree(href);
    return st;
}

int tx_schema_location_each(xmlNodePtr e, int (*fn)(void *ctx, const char *ns, const char *loc),
                            void *ctx)
{
    xmlChar *v = e ? xmlGetNsProp(e, (const xmlChar *)"schemaLocation",
                                  (const xmlChar *)TX_NS_XSI)
                   : NULL;
    if (!v)
        return 0;
    int rc = 0;
    char *ns = NULL;
    char *p = (char *)v;
    while (rc == 0) {
        while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')
            p++;
        if (!*p)
            break;
        char *tok = p;
        while (*p && *p != ' ' && *p != '\t' && *p != '\r' && *p != '\n')
            p++;
        if (*p)
            *p++ = '\0';
        if (!ns) {
            ns = tok;
            continue;
        }
        rc = fn(ctx, ns, tok);
        ns = NULL;
    }
    xmlFree(v);
    return rc;
}

char *tx_offline_hint(tx_offline *o, const char *url, const char *ns, int *nomem)
{
    char *path = tx_offline_resolve(o, url);
    if (!path)
        return NULL;
    tx_report *scratch = tx_report_new();
    char *tns = NULL;
    if (!scratch)
        *nomem = 1;
    else if (tx_offline_schema_namespace(o, url, scratch, &tns) != TX_OK || !tns ||
             strcmp(tns, ns) != 0) {
        free(path);
        path = NULL;
    }
    tx_report_free(scratch);
    free(tns);
    if (*nomem) {
        free(path);
        return NULL;
    }
    return path;
}

typedef struct {
    tx_offline *o;
    const char *abs_doc;
    import_list *l;
} hint_ctx;

static int add_location_hint(void *ctx, const char *ns, const char *tok)
{
    hint_ctx *h = ctx;
    for (size_t i = 0; i < h->l->n; i++)
        if (strcmp(h->l->ns[i], ns) == 0)
            return 0;
    char *loc = href_location(tok, h->abs_doc);
    if (!loc)
        return -1;
    int nomem = 0;
    char *path = tx_offline_hint(h->o, loc, ns, &nomem);
    int rc = nomem || (path && imports_add(h->l, ns, loc) != 0) ? -1 : 0;
    free(path);
    free(loc);
    return rc;
}

/* xsi:schemaLocation hints of the root for namespaces the DTS does not
 * define (schemas of attributes and elements validated laxly); a hint that
 * does not resolve locally is left out.  -1 on no memory. */
static int add_location_hints(tx_offline *o, xmlNodePtr root, const char *abs_doc,
                              import_list *l)
{
    hint_ctx h = {o, abs_doc, l};
    return tx_schema_location_each(root, add_location_hint, &h);
}

static tx_status collect_imports(tx_offline *o, xmlDocPtr doc, const char *abs_doc,
                                 const char *name, tx_report *rep, import_list *l)
{
    if (imports_add(l, TX_NS_XBRLI, TX_URL_XBRLI_XSD) != 0)
        return TX_ENOMEM;
    char *di = tx_offline_resolve(o, TX_URL_XBRLDI_XSD);
    if (di && imports_add(l, TX_NS_XBRLDI, TX_URL_XBRLDI_XSD) != 0) {
        free(di);
        return TX_ENOMEM;
    }
    free(di);
    tx_status worst = TX_OK;
    xmlNodePtr root = root_element(doc);
    for (xmlNodePtr c = root ? root->children : NULL; c; c = c->next) {
        if (c->type == XML_ELEMENT_NODE && c->ns && strcmp((const char *)c->ns->href, TX_NS_LINK) != 0)
            break;   /* the references precede contexts, units and facts */
        if (!is_elem(c, TX_NS_LINK, "schemaRef"))
            continue;
        tx_status st = add_schema_ref(o, c, abs_doc, name, rep, l);
        if (st == TX_ENOMEM)
            return st;
        if (st != TX_OK)
            worst = TX_EINPUT;
    }
    return add_location_hints(o, root, abs_doc, l) != 0 ? TX_ENOMEM : worst;
}

static tx_status validate_with(tx_offline *o, xmlDocPtr doc, const import_list *l,
                               const char *name, tx_report *rep)
{
    xmlSchemaPtr schema = NULL;
    tx_status st = compile_dts(o, (const char *const *)l->ns, (const char *const *)l->loc,
                               l->n, name, rep, &schema);
    if (st != TX_OK)
        return st;
    st = validate_node(schema, doc, NULL, name, rep);
    xmlSchemaFree(schema);
    return st;
}

tx_status tx_schema_validate_instance(const char *instance_path, const char *catalog,
                                      tx_report *rep)
{
    char *abs = absolute_path(instance_path);
    if (!abs)
        return TX_ENOMEM;
    tx_offline *o = NULL;
    tx_status st = tx_offline_open(catalog, instance_path, rep, &o);
    xmlDocPtr doc = NULL;
    if (st == TX_OK)
        st = tx_offline_parse(o, abs, instance_path, rep, &doc);
    import_list l = {0};
    if (st == TX_OK)
        st = collect_imports(o, doc, abs, instance_path, rep, &l);
    if (st == TX_OK)
        st = validate_with(o, doc, &l, instance_path, rep);
    imports_free(&l);
    xmlFreeDoc(doc);
    tx_offline_close(o);
    free(abs);
    return st;
}

tx_status tx_schema_validate_file(const char *path, const char *const *namespaces,
                                  const char *const *locations, size_t n,
                                  const char *catalog, tx_report *rep)
{
    tx_offline *o = NULL;
    tx_status st = tx_offline_open(catalog, path, rep, &o);
    xmlDocPtr doc = NULL;
    if (st == TX_OK)
        st = tx_offline_parse(o, path, path, rep, &doc);
    import_list l = {0};
    for (size_t i = 0; st == TX_OK && i < n; i++) {
        char *loc = has_scheme(locations[i]) ? tx_strdup(locations[i])
                                             : absolute_path(locations[i]);
        if (!loc || imports_add(&l, namespaces[i], loc) != 0)
            st = TX_ENOMEM;
        free(loc);
    }
    if (st == TX_OK)
        st = validate_with(o, doc, &l, path, rep);
    imports_free(&l);
    xmlFreeDoc(doc);
    tx_offline_close(o);
    return st;
}

/* ------------------------------------------------------------ for the validator */

tx_status tx_schema_compile(tx_offline *o, const char *const *namespaces,
                            const char *const *locations, size_t n, const char *file,
                            tx_report *rep, xmlSchemaPtr *out)
{
    return compile_dts(o, namespaces, locations, n, file, rep, out);
}

tx_status tx_schema_validate_doc(xmlSchemaPtr schema, xmlDocPtr doc, const char *name,
                                 tx_report *rep)
{
    return validate_node(schema, doc, NULL, name, rep);
}

tx_status tx_schema_validate_elem(xmlSchemaPtr schema, xmlNodePtr elem, const char *name,
                                  tx_report *rep)
{
    return validate_node(schema, elem->doc, elem, name, rep);
}

tx_status tx_instance_schema_imports(tx_offline *o, xmlDocPtr doc, const char *abs_doc,
                                     const char *name, tx_report *rep, char ***namespaces,
                                     char ***locations, size_t *n)
{
    import_list l = {0};
    tx_status st = collect_imports(o, doc, abs_doc, name, rep, &l);
    *namespaces = l.ns;
    *locations = l.loc;
    *n = l.n;
    return st;
}

/* offline.c - offline XML: catalog resolution, safe parsing, schema validation. */
#include "config.h"

#include "xbrl/offline.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <sys/stat.h>
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
#include "xbrl/xml.h"
#include "base/hashmap.h"
#include "base/readall.h"
#include "base/report.h"
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

/* The state of one guarded parse (see guard_install): the limits and the
 * DTD refusal, checked by SAX hooks before libxml2 builds or expands
 * anything. */
typedef struct guard {
    tx_report *rep;
    char *name;               /* the document in findings */
    unsigned depth;
    size_t text;              /* bytes of the current text run */
    int stopped;              /* a finding was reported and parsing stopped */
    startElementNsSAX2Func start;
    endElementNsSAX2Func end;
    charactersSAXFunc characters, whitespace;
    cdataBlockSAXFunc cdata;
    commentSAXFunc comment;
    processingInstructionSAXFunc pi;
    struct guard *next;
} guard;

struct tx_offline {
    xmlCatalogPtr cat;            /* NULL when there is no catalog        */
    char *catalog;                /* its path, for messages               */
    char *file;                   /* the document we work for             */
    tx_report *rep;
    char **reported;              /* URLs already reported unresolved     */
    size_t nreported, capreported;
    size_t unresolved;            /* dts.* refusals and xml.* stops       */
    char **roots;                 /* real paths of the allowed folders    */
    size_t nroots, caproots;
    tx_smap from_catalog;         /* real paths the catalog resolved to   */
    guard *guards;                /* of parses libxml2 runs (schemas, XSLT) */
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

static char *absolute_path(const char *path)
{
    if (path[0] == '/')
        return tx_strdup(path);
    char cwd[4096];
    if (!getcwd(cwd, sizeof cwd))
        return NULL;
    tx_buf b = {0};
    tx_buf_printf(&b, "%s/%s", strcmp(cwd, "/") == 0 ? "" : cwd, path);
    return tx_buf_take(&b);
}

/* ------------------------------------------------------------ the closed DTS */

static int under(const char *root, const char *p)
{
    size_t n = strlen(root);
    if (n == 1 && root[0] == '/')
        return p[0] == '/';
    return strncmp(root, p, n) == 0 && (p[n] == '\0' || p[n] == '/');
}

/* 1 when the real path `rp` may be read: a file the catalog resolved to, or
 * one under an allowed folder. */
static int allowed(const tx_offline *o, const char *rp)
{
    if (!o)
        return 0;
    if (tx_smap_get(&o->from_catalog, rp, NULL))
        return 1;
    for (size_t i = 0; i < o->nroots; i++)
        if (under(o->roots[i], rp))
            return 1;
    return 0;
}

int tx_offline_allow(tx_offline *o, const char *dir)
{
    if (!o || !dir)
        return -1;
    char *rp = realpath(dir, NULL);
    struct stat sb;
    if (!rp || stat(rp, &sb) != 0 || !S_ISDIR(sb.st_mode)) {
        free(rp);
        return -1;
    }
    if (tx_grow((void **)&o->roots, &o->caproots, o->nroots + 1, sizeof *o->roots) != 0) {
        free(rp);
        return -1;
    }
    o->roots[o->nroots++] = rp;
    return 0;
}

int tx_offline_allow_entry(tx_offline *o, const char *path)
{
    char *abs = path ? absolute_path(path) : NULL;
    if (!abs)
        return -1;
    char *slash = strrchr(abs, '/');
    if (slash == abs)
        slash[1] = '\0';
    else
        *slash = '\0';
    int r = tx_offline_allow(o, abs);
    free(abs);
    return r;
}

static const char *const why_text[] = {
    [TX_LOC_OK] = "",
    [TX_LOC_EMPTY] = "names no document (an empty or fragment-only reference)",
    [TX_LOC_UNRESOLVED] = "does not resolve to a local file",
    [TX_LOC_NETWORK] = "is not mapped by the XML catalog, and network access is never used",
    [TX_LOC_OUTSIDE] = "is outside the instance's folder and the allowed folders (--allow)",
    [TX_LOC_NOT_REGULAR] = "is not a regular file (a device, FIFO, socket or folder)",
    [TX_LOC_NOMEM] = "out of memory",
};

const char *tx_offline_why_code(tx_loc_why why)
{
    switch (why) {
    case TX_LOC_EMPTY: return "dts.empty-href";
    case TX_LOC_OUTSIDE: return "dts.outside";
    case TX_LOC_NOT_REGULAR: return "dts.not-regular";
    case TX_LOC_NOMEM: return "read.memory";
    default: return "dts.unresolved";
    }
}

const char *tx_offline_why_text(tx_loc_why why)
{
    return why >= TX_LOC_OK && why <= TX_LOC_NOMEM ? why_text[why] : "";
}

/* Checks a local path against the closed-DTS rule without opening it:
 * lstat, then the real path (symlinks resolved) under an allowed folder
 * (or named by the catalog), then a regular file. */
static tx_loc_why check_local(const tx_offline *o, const char *path, int catalog_ok,
                              char **real)
{
    *real = NULL;
    struct stat sb;
    if (lstat(path, &sb) != 0)
        return TX_LOC_UNRESOLVED;
    char *rp = realpath(path, NULL);
    if (!rp)
        return errno == ENOMEM ? TX_LOC_NOMEM : TX_LOC_UNRESOLVED;
    if (!catalog_ok && !allowed(o, rp)) {
        free(rp);
        return TX_LOC_OUTSIDE;
    }
    if (stat(rp, &sb) != 0) {
        free(rp);
        return TX_LOC_UNRESOLVED;
    }
    if (!S_ISREG(sb.st_mode)) {
        free(rp);
        return TX_LOC_NOT_REGULAR;
    }
    if (access(rp, R_OK) != 0) {
        free(rp);
        return TX_LOC_UNRESOLVED;
    }
    *real = rp;
    return TX_LOC_OK;
}

char *tx_offline_locate(tx_offline *o, const char *url, tx_loc_why *why)
{
    tx_loc_why dummy;
    if (!why)
        why = &dummy;
    *why = TX_LOC_EMPTY;
    if (!url)
        return NULL;
    const char *s = url;
    while (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
        s++;
    if (!*s || *s == '#')
        return NULL;
    char *u = strip_fragment(url);
    if (!u) {
        *why = TX_LOC_NOMEM;
        return NULL;
    }
    char *p = catalog_lookup(o, u);
    int from_cat = p != NULL;
    if (!p && (net_match(u) || (has_scheme(u) && !tx_strncaseeq(u, "file:", 5)))) {
        free(u);
        *why = TX_LOC_NETWORK;
        return NULL;
    }
    if (!p)
        p = local_path(u);
    free(u);
    if (!p) {
        *why = TX_LOC_UNRESOLVED;
        return NULL;
    }
    if (!*p) {
        free(p);
        return NULL;            /* TX_LOC_EMPTY */
    }
    char *abs = absolute_path(p);
    free(p);
    if (!abs) {
        *why = TX_LOC_NOMEM;
        return NULL;
    }
    char *rp = NULL;
    *why = check_local(o, abs, from_cat, &rp);
    if (*why == TX_LOC_OK && from_cat && tx_smap_put(&o->from_catalog, rp, 1) != 0)
        *why = TX_LOC_NOMEM;
    free(rp);
    if (*why != TX_LOC_OK) {
        free(abs);
        return NULL;
    }
    return abs;
}

char *tx_offline_resolve(tx_offline *o, const char *url)
{
    return tx_offline_locate(o, url, NULL);
}

static void report_refused(tx_offline *o, const char *url, tx_loc_why why)
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
    if (why != TX_LOC_UNRESOLVED && why != TX_LOC_NETWORK)
        tx_report_add(o->rep, TX_ERROR, o->file, 0, tx_offline_why_code(why),
                      "'%s' is not loaded: it %s", url, tx_offline_why_text(why));
    else if (o->cat)
        tx_report_add(o->rep, TX_ERROR, o->file, 0, "dts.unresolved",
                      "'%s' does not resolve to a local file through the catalog %s "
                      "(network access is never used)", url, o->catalog);
    else
        tx_report_add(o->rep, TX_ERROR, o->file, 0, "dts.unresolved",
                      "'%s' does not resolve to a local file: no catalog (%s missing; "
                      "set TXBRL_DATADIR) and network access is never used",
                      url, o->catalog ? o->catalog : "-");
}

/* ------------------------------------------------------------ reading */

/* Words what base/readall.h says went wrong reading `name`. */
static tx_status read_failed(tx_readall_step step, int err, size_t len, const char *name,
                             tx_report *rep)
{
    switch (step) {
    case TX_READALL_OK:
        return TX_OK;
    case TX_READALL_OPEN:
    case TX_READALL_DIR:
        tx_report_add(rep, TX_ERROR, name, 0, "read.open", "cannot open: %s",
                      strerror(step == TX_READALL_DIR ? EISDIR : err));
        return TX_EIO;
    case TX_READALL_READ:
        tx_report_add(rep, TX_ERROR, name, 0, "read.io", "cannot read: %s", strerror(err));
        return TX_EIO;
    case TX_READALL_TOOBIG:
        if (len > (size_t)TX_MAX_XML_INPUT + 1)
            tx_report_add(rep, TX_ERROR, name, 0, "read.too-large",
                          "%zu bytes: larger than the largest XML document read (%d bytes)",
                          len, TX_MAX_XML_INPUT);
        else
            tx_report_add(rep, TX_ERROR, name, 0, "read.too-large",
                          "larger than the largest XML document read (%d bytes)",
                          TX_MAX_XML_INPUT);
        return TX_EINPUT;
    case TX_READALL_NOMEM:
    default:
        return TX_ENOMEM;
    }
}

/* Reads a whole file into memory (base/readall.h).  `entry`: the document
 * the caller named (any readable file but a folder, opened as it is: a
 * pipe, a FIFO, /dev/stdin; `name` "-" is standard input).  Otherwise a
 * DTS document: its real path must be allowed and a regular file; it is
 * opened without following a symlink, without blocking, and the
 * descriptor is checked again (fstat, and its /proc link) against what was
 * checked. */
static tx_status read_whole(tx_offline *o, const char *path, int entry, const char *name,
                            tx_report *rep, char **out, size_t *outlen)
{
    *out = NULL;
    *outlen = 0;
    int fd = -1, err = 0;
    char *rp = NULL;
    struct stat sb, fb;
    tx_readall_step step;
    if (entry) {
        step = tx_read_all(strcmp(name, "-") == 0 ? "-" : path, TX_MAX_XML_INPUT, out, outlen,
                           &err);
        return read_failed(step, err, *outlen, name, rep);
    }
    tx_loc_why why = check_local(o, path, 0, &rp);
    if (why == TX_LOC_OUTSIDE && o) {
        /* the catalog's files are checked against what it resolved to */
        char *r2 = realpath(path, NULL);
        if (r2 && tx_smap_get(&o->from_catalog, r2, NULL)) {
            free(rp);
            rp = NULL;
            why = check_local(o, path, 1, &rp);
        }
        free(r2);
    }
    if (why != TX_LOC_OK) {
        if (why == TX_LOC_NOMEM)
            return TX_ENOMEM;
        if (o)
            o->unresolved++;
        tx_report_add(rep, TX_ERROR, name, 0, tx_offline_why_code(why),
                      "'%s' is not loaded: it %s", path, tx_offline_why_text(why));
        return TX_EINPUT;
    }
    if (lstat(rp, &sb) != 0 || !S_ISREG(sb.st_mode))
        goto refused;
    fd = open(rp, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        goto refused;
    if (fstat(fd, &fb) != 0 || !S_ISREG(fb.st_mode) || fb.st_dev != sb.st_dev ||
        fb.st_ino != sb.st_ino)
        goto refused;
    char link[64], target[4096];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t tl = readlink(link, target, sizeof target - 1);
    if (tl > 0) {
        target[tl] = '\0';
        if (strcmp(target, rp) != 0)
            goto refused;
    }
    /* the descriptor reads as an ordinary file from here on */
    int fl = fcntl(fd, F_GETFL);
    if (fl >= 0)
        (void)fcntl(fd, F_SETFL, fl & ~O_NONBLOCK);
    free(rp);
    step = tx_read_all_fd(fd, TX_MAX_XML_INPUT, out, outlen, &err);
    close(fd);
    return read_failed(step, err, *outlen, name, rep);

refused:
    if (fd >= 0)
        close(fd);
    free(rp);
    if (o)
        o->unresolved++;
    tx_report_add(rep, TX_ERROR, name, 0, "dts.not-regular",
                  "'%s' is not loaded: it changed while being opened, or %s", path,
                  tx_offline_why_text(TX_LOC_NOT_REGULAR));
    return TX_EINPUT;
}

/* ------------------------------------------------------------ the parse guard */

static void guard_stop(xmlParserCtxtPtr ctxt, guard *g, const char *code, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

static void guard_stop(xmlParserCtxtPtr ctxt, guard *g, const char *code, const char *fmt, ...)
{
    if (!g->stopped) {
        tx_buf b = {0};
        va_list ap;
        va_start(ap, fmt);
        tx_buf_vprintf(&b, fmt, ap);
        va_end(ap);
        tx_report_add(g->rep, TX_ERROR, g->name,
                      ctxt->input ? ctxt->input->line : 0, code, "%s",
                      b.data && !b.failed ? b.data : code);
        tx_buf_free(&b);
        g->stopped = 1;
        if (current)
            current->unresolved++;
    }
    ctxt->wellFormed = 0;
    xmlStopParser(ctxt);
}

static guard *guard_of(void *ctx)
{
    xmlParserCtxtPtr ctxt = ctx;
    return ctxt ? ctxt->_private : NULL;
}

static void g_internal_subset(void *ctx, const xmlChar *name, const xmlChar *eid,
                              const xmlChar *sid)
{
    (void)name;
    (void)eid;
    (void)sid;
    guard *g = guard_of(ctx);
    guard_stop(ctx, g, "xml.dtd",
               "the document has a document type declaration (DOCTYPE): DTDs and entities "
               "are not processed, and the document is not read further");
}

static void g_entity_decl(void *ctx, const xmlChar *name, int type, const xmlChar *pid,
                          const xmlChar *sid, xmlChar *content)
{
    (void)name;
    (void)type;
    (void)pid;
    (void)sid;
    (void)content;
    guard_stop(ctx, guard_of(ctx), "xml.dtd", "entity declarations are not processed");
}

static void g_text(xmlParserCtxtPtr ctxt, guard *g, size_t len)
{
    g->text += len;
    if (g->text > TX_MAX_XML_TEXT)
        guard_stop(ctxt, g, "xml.text-size",
                   "a text node longer than %d bytes (the limit of one text node)",
                   TX_MAX_XML_TEXT);
}

static void g_characters(void *ctx, const xmlChar *ch, int len)
{
    guard *g = guard_of(ctx);
    g_text(ctx, g, (size_t)len);
    if (!g->stopped && g->characters)
        g->characters(ctx, ch, len);
}

static void g_whitespace(void *ctx, const xmlChar *ch, int len)
{
    guard *g = guard_of(ctx);
    g_text(ctx, g, (size_t)len);
    if (!g->stopped && g->whitespace)
        g->whitespace(ctx, ch, len);
}

static void g_cdata(void *ctx, const xmlChar *ch, int len)
{
    guard *g = guard_of(ctx);
    g_text(ctx, g, (size_t)len);
    if (!g->stopped && g->cdata)
        g->cdata(ctx, ch, len);
}

static void g_comment(void *ctx, const xmlChar *value)
{
    guard *g = guard_of(ctx);
    g->text = 0;
    if (g->comment)
        g->comment(ctx, value);
}

static void g_pi(void *ctx, const xmlChar *target, const xmlChar *data)
{
    guard *g = guard_of(ctx);
    g->text = 0;
    if (g->pi)
        g->pi(ctx, target, data);
}

static void g_start(void *ctx, const xmlChar *localname, const xmlChar *prefix,
                    const xmlChar *URI, int nb_namespaces, const xmlChar **namespaces,
                    int nb_attributes, int nb_defaulted, const xmlChar **attributes)
{
    guard *g = guard_of(ctx);
    g->text = 0;
    if (++g->depth > TX_MAX_XML_DEPTH) {
        guard_stop(ctx, g, "xml.depth", "elements nested deeper than %d levels",
                   TX_MAX_XML_DEPTH);
        return;
    }
    for (int i = 0; i < nb_attributes; i++) {
        const xmlChar *v = attributes[i * 5 + 3], *ve = attributes[i * 5 + 4];
        if (v && ve && (size_t)(ve - v) > TX_MAX_XML_ATTRIBUTE) {
            guard_stop(ctx, g, "xml.attribute-size",
                       "attribute %s of %s has a value longer than %d bytes",
                       (const char *)attributes[i * 5], (const char *)localname,
                       TX_MAX_XML_ATTRIBUTE);
            return;
        }
    }
    if (g->start)
        g->start(ctx, localname, prefix, URI, nb_namespaces, namespaces, nb_attributes,
                 nb_defaulted, attributes);
}

static void g_end(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *URI)
{
    guard *g = guard_of(ctx);
    g->text = 0;
    if (g->depth)
        g->depth--;
    if (g->end)
        g->end(ctx, localname, prefix, URI);
}

/* Puts the guard's hooks on a parser context (its own SAX handler, as
 * xmlNewParserCtxt makes one), the original callbacks chained behind. */
static int guard_install(xmlParserCtxtPtr ctxt, guard *g)
{
    xmlSAXHandlerPtr sax = ctxt->sax;
    if (!sax || ctxt->userData != ctxt || ctxt->_private || sax->initialized != XML_SAX2_MAGIC)
        return -1;
    g->start = sax->startElementNs;
    g->end = sax->endElementNs;
    g->characters = sax->characters;
    g->whitespace = sax->ignorableWhitespace;
    g->cdata = sax->cdataBlock;
    g->comment = sax->comment;
    g->pi = sax->processingInstruction;
    sax->startElementNs = g_start;
    sax->endElementNs = g_end;
    sax->characters = g_characters;
    sax->ignorableWhitespace = g_whitespace;
    if (g->cdata)
        sax->cdataBlock = g_cdata;
    sax->comment = g_comment;
    sax->processingInstruction = g_pi;
    sax->internalSubset = g_internal_subset;
    sax->externalSubset = NULL;
    sax->entityDecl = g_entity_decl;
    sax->unparsedEntityDecl = NULL;
    sax->elementDecl = NULL;
    sax->attributeDecl = NULL;
    sax->notationDecl = NULL;
    sax->resolveEntity = NULL;
    sax->getEntity = NULL;
    sax->getParameterEntity = NULL;
    ctxt->_private = g;
    return 0;
}

static guard *guard_new(tx_report *rep, const char *name)
{
    guard *g = calloc(1, sizeof *g);
    if (!g)
        return NULL;
    g->rep = rep;
    g->name = tx_strdup(name ? name : "-");
    if (!g->name) {
        free(g);
        return NULL;
    }
    return g;
}

static void guard_free(guard *g)
{
    if (g) {
        free(g->name);
        free(g);
    }
}

/* ------------------------------------------------------------ the loader */

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
    /* a document libxml2 or libxslt parses on its own (a schema import,
     * include or redefine; an XSLT import, include or document()): the
     * closed-DTS rule, a checked read, and the parse guard */
    tx_loc_why why;
    char *path = tx_offline_locate(o, url, &why);
    if (!path) {
        if (why == TX_LOC_NOMEM)
            return NULL;
        report_refused(o, url, why);
        return NULL;
    }
    char *buf = NULL;
    size_t len = 0;
    tx_status st = read_whole(o, path, 0, path, o->rep, &buf, &len);
    if (st != TX_OK) {
        free(path);
        return NULL;
    }
    guard *g = guard_new(o->rep, path);
    if (!g || guard_install(ctxt, g) != 0) {
        if (g)
            tx_report_add(o->rep, TX_ERROR, path, 0, "xml.parser",
                          "cannot guard the parse of '%s': not loaded", path);
        o->unresolved++;
        guard_free(g);
        free(buf);
        free(path);
        return NULL;
    }
    g->next = o->guards;
    o->guards = g;
    xmlParserInputBufferPtr ib = xmlParserInputBufferCreateMem(buf, (int)len,
                                                               XML_CHAR_ENCODING_NONE);
    free(buf);
    xmlParserInputPtr in = ib ? xmlNewIOInputStream(ctxt, ib, XML_CHAR_ENCODING_NONE) : NULL;
    if (!in) {
        if (ib)
            xmlFreeParserInputBuffer(ib);
        free(path);
        return NULL;
    }
    in->filename = (const char *)xmlCanonicPath((const xmlChar *)path);
    if (!ctxt->directory)
        ctxt->directory = xmlParserGetDirectory(path);
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
    /* the catalog's own local files: those under its folder (the relative
     * references between them), and those it resolves URLs to */
    if (o->cat && tx_offline_allow_entry(o, o->catalog) != 0) {
        tx_offline_close(o);
        return TX_ENOMEM;
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
    for (size_t i = 0; i < o->nroots; i++)
        free(o->roots[i]);
    free(o->roots);
    tx_smap_clear(&o->from_catalog);
    while (o->guards) {
        guard *g = o->guards;
        o->guards = g->next;
        guard_free(g);
    }
    free(o->catalog);
    free(o->file);
    free(o);
}

size_t tx_offline_refusals(const tx_offline *o) { return o ? o->unresolved : 0; }

/* ------------------------------------------------------------ parsing */

/* 0 for the entry read from standard input ("-"), from a descriptor
 * (/dev/stdin, /dev/fd/63 of `<(...)`, /proc/self/fd/N: whatever it is
 * open on, a pipe or a redirected file) or from another pipe or device
 * under /dev or /proc: no folder of its own to resolve against.  A named
 * FIFO in a folder has one. */
static int has_folder(const char *path, const char *name)
{
    if (strcmp(name, "-") == 0 || strcmp(path, "/dev/stdin") == 0 ||
        strncmp(path, "/dev/fd/", 8) == 0 ||
        (strncmp(path, "/proc/", 6) == 0 && strstr(path, "/fd/")))
        return 0;
    if (strncmp(path, "/dev/", 5) != 0 && strncmp(path, "/proc/", 6) != 0)
        return 1;
    struct stat sb;
    return stat(path, &sb) == 0 && S_ISREG(sb.st_mode);
}

/* The one parse of the project: a document read whole (read_whole), parsed
 * from memory with the offline options and the guard: no DTD, no entity,
 * nothing loaded from inside it, the limits of txbrl.h. */
static tx_status parse_checked(tx_offline *o, const char *path, int entry, const char *name,
                               tx_report *rep, xmlDocPtr *out)
{
    *out = NULL;
    if (!name)
        name = path;
    char *buf = NULL;
    size_t len = 0;
    tx_status st = read_whole(o, path, entry, name, rep, &buf, &len);
    if (st != TX_OK)
        return st;
    /* A document with no folder of its own (standard input; a pipe named
     * /dev/stdin or /dev/fd/N, as `<(...)` names it) resolves its relative
     * references against the current directory, which its DTS may use. */
    char *base = NULL;
    if (entry && !has_folder(path, name)) {
        base = absolute_path("-");
        if (!base) {
            free(buf);
            return TX_ENOMEM;
        }
        if (o && tx_offline_allow(o, ".") != 0) {
            free(base);
            free(buf);
            tx_report_add(rep, TX_ERROR, name, 0, "read.open",
                          "cannot resolve against the current directory: not readable");
            return TX_EIO;
        }
        path = base;
    }
    if (len > INT_MAX) {
        free(base);
        free(buf);
        return TX_EINPUT;
    }
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    guard *g = guard_new(rep, name);
    if (!ctxt || !g || guard_install(ctxt, g) != 0) {
        if (ctxt)
            xmlFreeParserCtxt(ctxt);
        guard_free(g);
        free(buf);
        free(base);
        return TX_ENOMEM;
    }
    err_sink sink = {rep, name, "xml.malformed", 0, 1, 0};
    err_scope sc;
    scope_enter(&sc, &sink);
    size_t before = o ? o->unresolved : 0;
    xmlDocPtr doc = xmlCtxtReadMemory(ctxt, buf, (int)len, path, NULL, TX_PARSE_OPTIONS);
    int wf = ctxt->wellFormed;
    scope_leave(&sc);
    ctxt->_private = NULL;
    xmlFreeParserCtxt(ctxt);
    free(buf);
    free(base);
    int stopped = g->stopped;
    guard_free(g);
    if (doc && wf && !stopped && (!o || o->unresolved == before)) {
        *out = doc;
        return TX_OK;
    }
    xmlFreeDoc(doc);
    if (!stopped && sink.errors == 0 && (!o || o->unresolved == before))
        tx_report_add(rep, TX_ERROR, name, 0, "xml.malformed", "not a well-formed XML document");
    return TX_EINPUT;
}

tx_status tx_offline_parse(tx_offline *o, const char *path, const char *name,
                           tx_report *rep, xmlDocPtr *out)
{
    return parse_checked(o, path, 1, name, rep, out);
}

tx_status tx_offline_parse_dts(tx_offline *o, const char *path, const char *name,
                               tx_report *rep, xmlDocPtr *out)
{
    return parse_checked(o, path, 0, name, rep, out);
}

static xmlNodePtr root_element(xmlDocPtr doc) { return doc ? xmlDocGetRootElement(doc) : NULL; }

tx_status tx_offline_schema_namespace(tx_offline *o, const char *url, tx_report *rep,
                                      char **out)
{
    *out = NULL;
    tx_loc_why why;
    char *path = tx_offline_locate(o, url, &why);
    if (!path) {
        if (why == TX_LOC_NOMEM)
            return TX_ENOMEM;
        if (o)
            report_refused(o, url, why);
        return TX_EINPUT;
    }
    xmlDocPtr doc = NULL;
    tx_status st = tx_offline_parse_dts(o, path, path, rep, &doc);
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

/* Adds one schemaRef to the imports: its href resolved as DTS discovery
 * resolves it (xml:base, tx_href_url) under the closed-DTS rule; a finding
 * (dts.empty-href, dts.outside, dts.not-regular, dts.unresolved) when it
 * cannot be. */
static tx_status add_schema_ref(tx_offline *o, xmlNodePtr ref, const char *name,
                                tx_report *rep, import_list *l)
{
    xmlChar *href = xmlGetNsProp(ref, (const xmlChar *)"href", (const xmlChar *)TX_NS_XLINK);
    if (!href)
        return TX_OK;   /* the schema validation says what is missing */
    tx_status st = TX_OK;
    const char *h = (const char *)href;
    while (*h == ' ' || *h == '\t' || *h == '\r' || *h == '\n')
        h++;
    char *loc = *h && *h != '#' ? tx_href_url(ref, (const char *)href, NULL) : NULL;
    tx_loc_why why = TX_LOC_EMPTY;
    char *path = loc && *loc ? tx_offline_locate(o, loc, &why) : NULL;
    char *tns = NULL;
    if (*h && *h != '#' && !loc) {
        st = TX_ENOMEM;
    } else if (!path) {
        if (why == TX_LOC_NOMEM) {
            st = TX_ENOMEM;
        } else {
            o->unresolved++;
            if (why == TX_LOC_UNRESOLVED || why == TX_LOC_NETWORK)
                tx_report_add(rep, TX_ERROR, name, xmlGetLineNo(ref), "dts.unresolved",
                              "schemaRef '%s' does not resolve to a local file (catalog %s; "
                              "network access is never used)", (const char *)href,
                              o->cat ? o->catalog : "missing");
            else
                tx_report_add(rep, TX_ERROR, name, xmlGetLineNo(ref), tx_offline_why_code(why),
                              "schemaRef '%s' is not loaded: it %s", (const char *)href,
                              tx_offline_why_text(why));
            st = TX_EINPUT;
        }
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
    tx_loc_why why;
    char *path = tx_offline_locate(o, url, &why);
    if (!path) {
        if (why == TX_LOC_NOMEM)
            *nomem = 1;
        else if (o)
            report_refused(o, url, why);   /* a hint is a DTS document too */
        return NULL;
    }
    tx_report *scratch = tx_report_new();
    char *tns = NULL;
    if (!scratch) {
        *nomem = 1;
    } else {
        size_t before = o ? o->unresolved : 0;
        tx_status st = tx_offline_schema_namespace(o, path, scratch, &tns);
        if (st == TX_ENOMEM)
            *nomem = 1;
        /* a hint that cannot be read safely (outside, not a regular file, a
         * DTD, a limit) is reported; one of another namespace is left out */
        if (st != TX_OK && o && o->unresolved != before)
            for (size_t i = 0; i < tx_report_size(scratch); i++)
                if (tx_report_copy(o->rep, scratch, i) != 0)
                    *nomem = 1;
        if (st != TX_OK || !tns || strcmp(tns, ns) != 0) {
            free(path);
            path = NULL;
        }
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
    xmlNodePtr root;
    import_list *l;
} hint_ctx;

static int add_location_hint(void *ctx, const char *ns, const char *tok)
{
    hint_ctx *h = ctx;
    for (size_t i = 0; i < h->l->n; i++)
        if (strcmp(h->l->ns[i], ns) == 0)
            return 0;
    char *loc = tx_href_url(h->root, tok, NULL);
    if (!loc)
        return -1;
    int nomem = 0;
    char *path = tx_offline_hint(h->o, loc, ns, &nomem);
    int rc = nomem || (path && imports_add(h->l, ns, path) != 0) ? -1 : 0;
    free(path);
    free(loc);
    return rc;
}

/* xsi:schemaLocation hints of the root for namespaces the DTS does not
 * define (schemas of attributes and elements validated laxly); a hint that
 * does not resolve locally is reported (tx_offline_hint).  -1 on no memory. */
static int add_location_hints(tx_offline *o, xmlNodePtr root, import_list *l)
{
    hint_ctx h = {o, root, l};
    return root ? tx_schema_location_each(root, add_location_hint, &h) : 0;
}

static tx_status collect_imports(tx_offline *o, xmlDocPtr doc, const char *name,
                                 tx_report *rep, import_list *l)
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
        tx_status st = add_schema_ref(o, c, name, rep, l);
        if (st == TX_ENOMEM)
            return st;
        if (st != TX_OK)
            worst = TX_EINPUT;
    }
    return add_location_hints(o, root, l) != 0 ? TX_ENOMEM : worst;
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
    if (st == TX_OK && tx_offline_allow_entry(o, abs) != 0)
        st = TX_ENOMEM;
    xmlDocPtr doc = NULL;
    if (st == TX_OK)
        st = tx_offline_parse(o, abs, instance_path, rep, &doc);
    import_list l = {0};
    if (st == TX_OK)
        st = collect_imports(o, doc, instance_path, rep, &l);
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
    if (st == TX_OK && tx_offline_allow_entry(o, path) != 0)
        st = TX_ENOMEM;
    xmlDocPtr doc = NULL;
    if (st == TX_OK)
        st = tx_offline_parse(o, path, path, rep, &doc);
    import_list l = {0};
    for (size_t i = 0; st == TX_OK && i < n; i++) {
        char *loc = has_scheme(locations[i]) ? tx_strdup(locations[i])
                                             : absolute_path(locations[i]);
        /* the locations are the caller's: their folders are allowed */
        if (!loc || imports_add(&l, namespaces[i], loc) != 0 ||
            (!has_scheme(loc) && tx_offline_allow_entry(o, loc) != 0))
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
    (void)abs_doc;
    tx_status st = collect_imports(o, doc, name, rep, &l);
    *namespaces = l.ns;
    *locations = l.loc;
    *n = l.n;
    return st;
}

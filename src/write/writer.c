/* writer.c - what the instance and the extension writers share: their
 * state, the prefixes the files bind, the schemas they import, XML text. */
#include "write/writer.h"

#include <stdlib.h>
#include <string.h>

#include "xbrl/offline.h"
#include "xbrl/prefixes.h"

void tx_writer_fail(tx_writer *w, tx_status st)
{
    if (w->st == TX_OK || st == TX_ENOMEM)
        w->st = st;
}

void tx_writer_free(tx_writer *w)
{
    for (size_t i = 0; i < w->nused; i++) {
        free(w->used[i].prefix);
        free(w->used[i].uri);
    }
    free(w->used);
    for (size_t i = 0; i < w->nimports; i++) {
        free(w->imports[i].url);
        free(w->imports[i].ns);
    }
    free(w->imports);
    free(w->fact_ctx);
    free(w->ctx_first);
    free(w->other);
    for (size_t i = 0; i < w->nroles; i++)
        free(w->role_href[i]);
    free(w->roles);
    free(w->role_href);
    free(w->role_here);
    free(w->stem);
    free(w->ext_ns);
    free(w->source_name);
    free(w->diag);
}

/* ------------------------------------------------------------ prefixes */

/* Prefixes the writer itself declares: always their standard namespaces. */
const char *tx_writer_reserved_uri(const char *prefix)
{
    static const char *const reserved[] = {"xbrli", "link", "xlink", "xbrldi", "xsi", "iso4217"};
    for (size_t i = 0; i < sizeof reserved / sizeof reserved[0]; i++)
        if (strcmp(prefix, reserved[i]) == 0)
            return tx_prefix_uri(prefix, TX_PREFIX_NAMES | TX_PREFIX_MARKUP);
    return NULL;
}

const char *tx_writer_prefix_uri(const tx_writer *w, const char *prefix)
{
    if (strcmp(prefix, "ext") == 0)
        return w->ext_ns;
    if (tx_writer_reserved_uri(prefix))
        return tx_writer_reserved_uri(prefix);
    for (size_t i = 0; i < w->fs->nns; i++)
        if (strcmp(w->fs->ns[i].prefix, prefix) == 0)
            return w->fs->ns[i].uri;
    return tx_prefix_uri(prefix, TX_PREFIX_NAMES | TX_PREFIX_MARKUP);
}

/* Letters, digits, '_', '-', '.' and any non-ASCII byte: enough to keep
 * names from breaking the markup (the schema validation does the rest). */
int tx_writer_name_ok(const char *s, int colon_ok)
{
    if (!s || !*s)
        return 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p >= 0x80 || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
            (*p >= '0' && *p <= '9') || *p == '_' || *p == '-' || *p == '.' ||
            (colon_ok && *p == ':'))
            continue;
        return 0;
    }
    return 1;
}

/* ------------------------------------------------------------ XML text */

void tx_writer_escaped(tx_buf *b, const char *s, int attr)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        switch (*p) {
        case '&': tx_buf_puts(b, "&amp;"); break;
        case '<': tx_buf_puts(b, "&lt;"); break;
        case '>': tx_buf_puts(b, "&gt;"); break;
        case '"':
            tx_buf_puts(b, attr ? "&quot;" : "\"");
            break;
        case '\t': case '\n': case '\r':
            if (attr)
                tx_buf_printf(b, "&#%d;", *p);
            else if (*p == '\r')
                tx_buf_puts(b, "&#13;");
            else
                tx_buf_putc(b, (char)*p);
            break;
        default:
            if (*p >= 0x20)
                tx_buf_putc(b, (char)*p);   /* other C0 controls are not XML */
        }
    }
}

void tx_writer_attr(tx_buf *b, const char *name, const char *value)
{
    tx_buf_printf(b, " %s=\"", name);
    tx_writer_escaped(b, value, 1);
    tx_buf_putc(b, '"');
}

/* A comment naming the source exhibit and the writer ("--" cannot appear). */
void tx_writer_comment(tx_buf *b, const tx_writer *w, const char *what)
{
    tx_buf_printf(b, "<!-- %s of ", what);
    for (const char *p = w->source_name; *p; p++) {
        if (*p == '-' && (p[1] == '-' || p[1] == '\0'))
            tx_buf_puts(b, "- ");
        else
            tx_buf_putc(b, *p);
    }
    tx_buf_printf(b, ", written by txbrl %s -->\n", tx_version());
}

/* ------------------------------------------------------------ schema imports */

static const char *import_ns_of(const char *url)
{
    static const struct { const char *url, *ns; } known[] = {
        {TX_URL_GAAP_XSD, TX_NS_GAAP},
        {TX_URL_XBRLI_XSD, TX_NS_XBRLI},
        {TX_URL_XBRLDI_XSD, TX_NS_XBRLDI},
        {TX_URL_DTR_NUM_XSD, TX_NS_DTR_NUM},
        {TX_URL_DTR_NONNUM_XSD, TX_NS_DTR_NONNUM},
    };
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
        if (strcmp(url, known[i].url) == 0)
            return known[i].ns;
    return NULL;
}

void tx_writer_add_import(tx_writer *w, const char *url, const char *ns)
{
    for (size_t i = 0; i < w->nimports; i++)
        if (strcmp(w->imports[i].url, url) == 0)
            return;
    tx_schema_import im = {tx_strdup(url), tx_strdup(ns)};
    if (!im.url || !im.ns ||
        tx_grow((void **)&w->imports, &w->capimports, w->nimports + 1, sizeof *w->imports) != 0) {
        free(im.url);
        free(im.ns);
        tx_writer_fail(w, TX_ENOMEM);
        return;
    }
    w->imports[w->nimports++] = im;
}

/* The namespace of each schema URL: known ones from a table, others read
 * from the schema itself through the project's catalog. */
void tx_writer_collect_imports(tx_writer *w, const char *const *urls, size_t n)
{
    tx_offline *o = NULL;
    for (size_t i = 0; i < n && w->st != TX_ENOMEM; i++) {
        if (!urls[i] || !*urls[i])
            continue;
        const char *ns = import_ns_of(urls[i]);
        if (ns || !w->with_ext) {
            tx_writer_add_import(w, urls[i], ns ? ns : "");
            continue;
        }
        if (!o) {
            tx_status st = tx_offline_open(w->catalog, w->diag, w->rep, &o);
            if (st != TX_OK) {
                tx_writer_fail(w, st);
                return;
            }
        }
        char *tns = NULL;
        tx_status st = tx_offline_schema_namespace(o, urls[i], w->rep, &tns);
        if (st == TX_OK)
            tx_writer_add_import(w, urls[i], tns);
        else
            tx_writer_fail(w, st == TX_EINPUT ? TX_EUSAGE : st);
        free(tns);
    }
    tx_offline_close(o);
}

const char *tx_writer_import_url(const tx_writer *w, const char *ns)
{
    for (size_t i = 0; i < w->nimports; i++)
        if (strcmp(w->imports[i].ns, ns) == 0)
            return w->imports[i].url;
    return NULL;
}

/* render.c - the XSLT driver: instance + linkbases -> one HTML5 page (or an
 * Inline XBRL 1.1 document), offline, deterministic, written whole or not at
 * all (base/outfile.c). */
#include "config.h"

#include "render/render.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxslt/extensions.h>
#include <libxslt/extra.h>
#include <libxslt/security.h>
#include <libxslt/transform.h>
#include <libxslt/variables.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/xsltutils.h>

#include "base/outfile.h"
#include "base/util.h"
#include "render/model.h"
#include "xbrl/offline.h"

/* libxslt reports through a generic error callback: collect the messages
 * (the library never prints) and report them once. */
static void collect(void *ctx, const char *fmt, ...)
{
    tx_buf *b = ctx;
    va_list ap;
    va_start(ap, fmt);
    tx_buf_vprintf(b, fmt, ap);
    va_end(ap);
}

static void report_collected(tx_report *rep, const char *file, tx_buf *msgs,
                             const char *code, const char *what)
{
    char *m = tx_buf_take(msgs);
    if (m) {
        /* one line: libxslt messages end with newlines */
        for (char *p = m; *p; p++)
            if (*p == '\n' || *p == '\r')
                *p = ' ';
        size_t n = strlen(m);
        if (n > 600) {            /* the first messages say what went wrong */
            memcpy(m + 596, " ...", 5);
            n = 600;
        }
        while (n > 0 && m[n - 1] == ' ')
            m[--n] = '\0';
    }
    tx_report_add(rep, TX_ERROR, file, 0, code, "%s%s%s", what,
                  m && *m ? ": " : "", m ? m : "");
    free(m);
}

static char *stylesheet_path(const tx_render_options *opt)
{
    tx_buf b = {0};
    const char *dir = opt && opt->stylesheet_dir ? opt->stylesheet_dir : NULL;
    const char *name = opt && opt->inline_xbrl ? TX_XSLT_IXBRL : TX_XSLT_HTML;
    if (dir)
        tx_buf_printf(&b, "%s/%s", dir, name);
    else if (opt && opt->datadir)
        tx_buf_printf(&b, "%s/xslt/%s", opt->datadir, name);
    else
        return NULL;
    return tx_buf_take(&b);
}

/* Forbids every write to the stylesheet.  Reads go through libxml2's
 * entity loader, which tx_offline_open() replaced by the catalog-only,
 * network-refusing one of offline.c (http URLs of the DTS map to local files);
 * libxslt's own READ_NETWORK check would refuse them before that mapping. */
static xsltSecurityPrefsPtr locked_prefs(void)
{
    xsltSecurityPrefsPtr sec = xsltNewSecurityPrefs();
    if (!sec)
        return NULL;
    if (xsltSetSecurityPrefs(sec, XSLT_SECPREF_WRITE_FILE, xsltSecurityForbid) != 0 ||
        xsltSetSecurityPrefs(sec, XSLT_SECPREF_CREATE_DIRECTORY, xsltSecurityForbid) != 0 ||
        xsltSetSecurityPrefs(sec, XSLT_SECPREF_WRITE_NETWORK, xsltSecurityForbid) != 0) {
        xsltFreeSecurityPrefs(sec);
        return NULL;
    }
    return sec;
}

tx_status tx_render_buffer(const char *instance, const tx_render_options *opt,
                           tx_report *rep, char **out, size_t *len)
{
    if (!instance || !out || !len)
        return TX_EUSAGE;
    *out = NULL;
    *len = 0;
    size_t errors_before = tx_report_count(rep, TX_ERROR);
    if (!opt || (!opt->stylesheet_dir && !opt->datadir)) {
        tx_report_add(rep, TX_ERROR, instance, 0, "render.stylesheet",
                      "no stylesheet: neither a stylesheet directory nor a data directory given");
        return TX_EUSAGE;
    }
    char *xsl = stylesheet_path(opt);
    if (!xsl)
        return TX_ENOMEM;
    if (access(xsl, R_OK) != 0) {
        tx_report_add(rep, TX_ERROR, xsl, 0, "render.stylesheet",
                      "cannot read the stylesheet: %s (set TXBRL_DATADIR to the "
                      "directory holding xslt/)", strerror(errno));
        free(xsl);
        return TX_EIO;
    }

    /* exsl:node-set (txbrl-ixbrl.xsl moves the page into XHTML), without
       libexslt */
    xsltRegisterExtModuleFunction((const xmlChar *)"node-set",
                                  (const xmlChar *)TX_NS_EXSLT_COMMON,
                                  xsltFunctionNodeSet);

    /* the presentation model: every lookup of the DTS, in C */
    xmlDocPtr doc = NULL;
    tx_status st = tx_render_model(instance, opt, rep, &doc);
    if (st != TX_OK) {
        free(xsl);
        return st;
    }
    if (opt->model) {
        xmlChar *mtext = NULL;
        int mlen = 0;
        xmlDocDumpFormatMemoryEnc(doc, &mtext, &mlen, "UTF-8", 1);
        xmlFreeDoc(doc);
        free(xsl);
        if (!mtext)
            return TX_ENOMEM;
        *out = malloc((size_t)mlen + 1);
        if (*out) {
            memcpy(*out, mtext, (size_t)mlen);
            (*out)[mlen] = '\0';
            *len = (size_t)mlen;
        }
        xmlFree(mtext);
        return *out ? TX_OK : TX_ENOMEM;
    }

    tx_offline *o = NULL;
    char *catalog = opt && opt->catalog ? tx_strdup(opt->catalog)
                                        : tx_datadir_catalog(opt ? opt->datadir : NULL);
    st = tx_offline_open(catalog, instance, rep, &o);
    free(catalog);
    if (st != TX_OK) {
        xmlFreeDoc(doc);
        free(xsl);
        return st;
    }
    /* the closed DTS of the transform: the stylesheets' folder (their
     * xsl:include); the instance's DTS was read by the model builder */
    (void)tx_offline_allow_entry(o, xsl);
    tx_buf msgs = {0};
    xmlGenericErrorFunc prev_xml = xmlGenericError;
    void *prev_xml_ctx = xmlGenericErrorContext;
    xsltSetGenericErrorFunc(&msgs, collect);
    xmlSetGenericErrorFunc(&msgs, collect);

    xsltStylesheetPtr style = NULL;
    xsltTransformContextPtr ctxt = NULL;
    xsltSecurityPrefsPtr sec = NULL;
    xmlDocPtr res = NULL;
    xmlChar *text = NULL;
    int tlen = 0;

    xmlDocPtr sdoc = NULL;
    st = tx_offline_parse(o, xsl, xsl, rep, &sdoc);
    if (st != TX_OK) {
        if (st == TX_EINPUT)
            st = TX_EIO;            /* a broken installation, not bad input */
        goto done;
    }
    style = xsltParseStylesheetDoc(sdoc);   /* owns sdoc on success */
    if (!style) {
        xmlFreeDoc(sdoc);
        report_collected(rep, xsl, &msgs, "render.stylesheet", "the stylesheet does not compile");
        st = TX_EIO;
        goto done;
    }
    ctxt = xsltNewTransformContext(style, doc);
    sec = locked_prefs();
    if (!ctxt || !sec || xsltSetCtxtSecurityPrefs(sec, ctxt) != 0) {
        st = TX_ENOMEM;
        goto done;
    }
    xsltSetTransformErrorFunc(ctxt, &msgs, collect);

    const char *params[] = {"version", tx_version(), NULL};
    if (xsltQuoteUserParams(ctxt, params) != 0) {
        report_collected(rep, instance, &msgs, "render.xslt", "bad stylesheet parameters");
        st = TX_EINPUT;
        goto done;
    }
    res = xsltApplyStylesheetUser(style, doc, NULL, NULL, NULL, ctxt);
    if (!res || ctxt->state == XSLT_STATE_ERROR || ctxt->state == XSLT_STATE_STOPPED) {
        report_collected(rep, instance, &msgs, "render.xslt", "the rendition failed");
        st = TX_EINPUT;
        goto done;
    }
    if (xsltSaveResultToString(&text, &tlen, res, style) != 0 || !text) {
        st = TX_ENOMEM;
        goto done;
    }
    *out = malloc((size_t)tlen + 1);
    if (!*out) {
        st = TX_ENOMEM;
        goto done;
    }
    /* libxml2's HTML serialiser adds <meta http-equiv="Content-Type"> to
       the head; the page declares its charset once, with <meta charset> */
    {
        static const char meta[] = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">";
        const char *m = opt->inline_xbrl ? NULL : strstr((const char *)text, meta);
        size_t k = 0;
        for (int i = 0; i < tlen; i++) {
            if (m && (const char *)text + i == m) {
                i += (int)sizeof meta - 2;
                continue;
            }
            (*out)[k++] = (char)text[i];
        }
        (*out)[k] = '\0';
        *len = k;
    }
    st = TX_OK;
    /* a document of the DTS that did not load (refused, unresolved, not
     * well-formed) leaves a rendition short of it: an error, no page */
    if (tx_report_count(rep, TX_ERROR) > errors_before || tx_offline_refusals(o) > 0) {
        if (tx_report_count(rep, TX_ERROR) == errors_before)
            tx_report_add(rep, TX_ERROR, instance, 0, "render.dts",
                          "a document of the DTS was not loaded");
        free(*out);
        *out = NULL;
        *len = 0;
        st = TX_EINPUT;
    }

done:
    xmlFree(text);
    xmlFreeDoc(res);
    if (ctxt)
        xsltFreeTransformContext(ctxt);
    if (sec)
        xsltFreeSecurityPrefs(sec);
    if (style)
        xsltFreeStylesheet(style);
    xmlFreeDoc(doc);
    xsltSetGenericErrorFunc(NULL, NULL);
    xmlSetGenericErrorFunc(prev_xml_ctx, prev_xml);
    tx_buf_free(&msgs);
    tx_offline_close(o);
    free(xsl);
    return st;
}

tx_status tx_render_stream(const char *instance, FILE *out, const tx_render_options *opt,
                           tx_report *rep)
{
    if (!out)
        return TX_EUSAGE;
    char *text = NULL;
    size_t len = 0;
    tx_status st = tx_render_buffer(instance, opt, rep, &text, &len);
    if (st != TX_OK)
        return st;
    /* as the other stream writers: the caller, who knows what the stream
       is, reports the failure (errno says why) */
    if (fwrite(text, 1, len, out) != len) {
        int err = errno;
        free(text);
        errno = err ? err : EIO;
        return TX_EIO;
    }
    free(text);
    return st;
}

tx_status tx_render_file(const char *instance, const char *out_path,
                         const tx_render_options *opt, tx_report *rep)
{
    if (!out_path || !*out_path)
        return TX_EUSAGE;
    char *text = NULL;
    size_t len = 0;
    tx_status st = tx_render_buffer(instance, opt, rep, &text, &len);
    if (st != TX_OK)
        return st;
    /* whole or not at all: staged beside the target, renamed into place;
       a target that is not a regular file is not replaced */
    tx_outfile_error e = {TX_OUTFILE_OK, 0, 0, 0};
    if (tx_outfile_write(out_path, text, len, 0644, &e) != TX_OUTFILE_OK)
        st = tx_outfile_report(rep, out_path, &e);
    free(text);
    return st;
}

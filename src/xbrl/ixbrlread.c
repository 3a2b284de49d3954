/* ixbrlread.c - Inline XBRL 1.1 -> the XBRL 2.1 instance it carries. */
#include "config.h"

#include "xbrl/ixbrlread.h"

#include <stdlib.h>
#include <string.h>

#include "xbrl/offline.h"
#include "xbrl/facts.h"
#include "base/util.h"

int tx_ixbrl_detect(xmlDocPtr doc)
{
    xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL;
    return root && strcmp((const char *)root->name, "html") == 0 &&
           (!root->ns || strcmp((const char *)root->ns->href, TX_NS_XHTML) == 0);
}

typedef struct ictx {
    xmlDocPtr out;
    xmlNodePtr root;
    const char *path;
    tx_report *rep;
    int errors;
    int nomem;
} ictx;

static int is_ix(xmlNodePtr n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && n->ns &&
           strcmp((const char *)n->ns->href, TX_NS_IX) == 0 &&
           strcmp((const char *)n->name, name) == 0;
}

static void copy_children(ictx *c, xmlNodePtr from)
{
    for (xmlNodePtr k = from->children; k; k = k->next) {
        /* contexts, units, schemaRefs; not ix:relationship (footnote links
         * are no facts, and `txbrl facts` reads facts only) */
        if (k->type != XML_ELEMENT_NODE ||
            (k->ns && strcmp((const char *)k->ns->href, TX_NS_IX) == 0))
            continue;
        xmlNodePtr cp = xmlDocCopyNode(k, c->out, 1);
        if (!cp || !xmlAddChild(c->root, cp)) {
            xmlFreeNode(cp);
            c->nomem = 1;
            return;
        }
    }
}

/* The namespace `href` on the output root, declared with `prefix` if new. */
static xmlNsPtr out_ns(ictx *c, const xmlChar *href, const xmlChar *prefix)
{
    xmlNsPtr ns = xmlSearchNsByHref(c->out, c->root, href);
    if (!ns)
        ns = xmlNewNs(c->root, href, prefix);
    if (!ns)
        c->nomem = 1;
    return ns;
}

static void copy_attr(ictx *c, xmlNodePtr src, xmlNodePtr dst, const char *name)
{
    xmlChar *v = xmlGetNoNsProp(src, (const xmlChar *)name);
    if (v && !xmlNewProp(dst, (const xmlChar *)name, v))
        c->nomem = 1;
    xmlFree(v);
}

/* Digits with at most one '.', shifted by `scale` places: "128102", 3 ->
 * "128102000".  NULL when `s` is not such a number (or out of memory). */
static char *apply_scale(const char *s, long scale)
{
    size_t n = strlen(s);
    if (n == 0 || scale > 64 || scale < -64)
        return NULL;
    const char *dot = strchr(s, '.');
    for (const char *p = s; *p; p++)
        if (!(*p >= '0' && *p <= '9') && p != dot)
            return NULL;
    size_t ilen = dot ? (size_t)(dot - s) : n;
    const char *frac = dot ? dot + 1 : "";
    tx_buf all = {0};          /* all digits, and where the point goes */
    tx_buf_append(&all, s, ilen);
    tx_buf_puts(&all, frac);
    long point = (long)ilen + scale;
    tx_buf b = {0};
    if (all.failed) {
        tx_buf_free(&all);
        return NULL;
    }
    const char *d = all.data ? all.data : "";
    long len = (long)all.len;
    if (point <= 0) {
        tx_buf_puts(&b, "0.");
        for (long i = point; i < 0; i++)
            tx_buf_putc(&b, '0');
        tx_buf_puts(&b, d);
    } else if (point >= len) {
        tx_buf_puts(&b, len ? d : "0");
        for (long i = len; i < point; i++)
            tx_buf_putc(&b, '0');
    } else {
        tx_buf_append(&b, d, (size_t)point);
        tx_buf_putc(&b, '.');
        tx_buf_puts(&b, d + point);
    }
    tx_buf_free(&all);
    return tx_buf_take(&b);
}

/* The xs:decimal value of an ix:nonFraction, or NULL (reported). */
static char *nonfraction_value(ictx *c, xmlNodePtr n)
{
    xmlChar *text = xmlNodeGetContent(n);
    xmlChar *fmt = xmlGetNoNsProp(n, (const xmlChar *)"format");
    xmlChar *scale = xmlGetNoNsProp(n, (const xmlChar *)"scale");
    xmlChar *sign = xmlGetNoNsProp(n, (const xmlChar *)"sign");
    const char *f = fmt ? (const char *)fmt : "";
    const char *colon = strchr(f, ':');
    const char *local = colon ? colon + 1 : f;
    char *clean = NULL, *out = NULL;
    int zero = 0;
    if (!text) {
        c->nomem = 1;
        goto done;
    }
    if (strcmp(local, "fixed-zero") == 0 || strcmp(local, "zerodash") == 0 ||
        strcmp(local, "numdash") == 0) {
        zero = 1;
    } else if (*local == '\0' || strcmp(local, "num-dot-decimal") == 0 ||
               strcmp(local, "numdotdecimal") == 0 ||
               strcmp(local, "num-comma-decimal") == 0 ||
               strcmp(local, "numcommadecimal") == 0) {
        int comma = strstr(local, "comma") != NULL;
        size_t len = strlen((const char *)text);
        clean = malloc(len + 1);
        if (!clean) {
            c->nomem = 1;
            goto done;
        }
        size_t k = 0;
        for (const char *p = (const char *)text; *p; p++) {
            char ch = *p;
            if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || (unsigned char)ch == 0xC2 ||
                (unsigned char)ch == 0xA0)
                continue;     /* spaces, also U+00A0 */
            if (ch == (comma ? '.' : ','))
                continue;     /* group separator */
            if (comma && ch == ',')
                ch = '.';
            clean[k++] = ch;
        }
        clean[k] = '\0';
    } else {
        tx_report_add(c->rep, TX_ERROR, c->path, xmlGetLineNo(n), "ixbrl.bad-format",
                      "unsupported transformation '%s': fact skipped", f);
        c->errors++;
        goto done;
    }
    char *end = NULL;
    long sc = scale ? strtol((const char *)scale, &end, 10) : 0;
    if (scale && (end == (char *)scale || *end != '\0')) {
        tx_report_add(c->rep, TX_ERROR, c->path, xmlGetLineNo(n), "ixbrl.bad-format",
                      "scale '%s' is not an integer: fact skipped", (const char *)scale);
        c->errors++;
        goto done;
    }
    if (zero) {
        out = tx_strdup("0");
        if (!out)
            c->nomem = 1;
        goto done;
    }
    char *v = apply_scale(clean, sc);
    if (!v) {
        tx_report_add(c->rep, TX_ERROR, c->path, xmlGetLineNo(n), "ixbrl.bad-format",
                      "'%s' is not a number in format '%s': fact skipped",
                      (const char *)text, *f ? f : "(none)");
        c->errors++;
        goto done;
    }
    if (sign && strcmp((const char *)sign, "-") == 0) {
        tx_buf b = {0};
        tx_buf_putc(&b, '-');
        tx_buf_puts(&b, v);
        free(v);
        v = tx_buf_take(&b);
        if (!v)
            c->nomem = 1;
    }
    out = v;
done:
    free(clean);
    xmlFree(text);
    xmlFree(fmt);
    xmlFree(scale);
    xmlFree(sign);
    return out;
}

static void add_fact(ictx *c, xmlNodePtr n, int numeric)
{
    xmlChar *name = xmlGetNoNsProp(n, (const xmlChar *)"name");
    if (!name) {
        tx_report_add(c->rep, TX_ERROR, c->path, xmlGetLineNo(n), "ixbrl.bad-name",
                      "fact without a name: skipped");
        c->errors++;
        return;
    }
    const char *colon = strchr((const char *)name, ':');
    xmlChar *prefix = colon ? xmlStrndup(name, (int)(colon - (const char *)name)) : NULL;
    const char *local = colon ? colon + 1 : (const char *)name;
    xmlNsPtr src_ns = xmlSearchNs(n->doc, n, prefix);
    xmlNodePtr f = NULL;
    char *value = NULL;
    if (!src_ns) {
        tx_report_add(c->rep, TX_ERROR, c->path, xmlGetLineNo(n), "ixbrl.bad-name",
                      "'%s': prefix not bound: fact skipped", (const char *)name);
        c->errors++;
        goto done;
    }
    xmlChar *nil = xmlGetNsProp(n, (const xmlChar *)"nil", (const xmlChar *)TX_NS_XSI);
    int is_nil = nil && (strcmp((const char *)nil, "true") == 0 || strcmp((const char *)nil, "1") == 0);
    xmlFree(nil);
    if (!is_nil) {
        if (numeric) {
            value = nonfraction_value(c, n);
            if (!value)
                goto done;
        } else {
            xmlChar *t = xmlNodeGetContent(n);
            value = t ? tx_strdup((const char *)t) : NULL;
            xmlFree(t);
            if (!value) {
                c->nomem = 1;
                goto done;
            }
        }
    }
    xmlNsPtr ns = out_ns(c, src_ns->href, src_ns->prefix);
    if (!ns)
        goto done;
    f = xmlNewDocNode(c->out, ns, (const xmlChar *)local, NULL);
    if (!f || !xmlAddChild(c->root, f)) {
        xmlFreeNode(f);
        c->nomem = 1;
        goto done;
    }
    f->line = n->line;
    copy_attr(c, n, f, "id");
    copy_attr(c, n, f, "contextRef");
    if (numeric) {
        copy_attr(c, n, f, "unitRef");
        copy_attr(c, n, f, "decimals");
        copy_attr(c, n, f, "precision");
    }
    if (is_nil) {
        xmlNsPtr xsi = out_ns(c, (const xmlChar *)TX_NS_XSI, (const xmlChar *)"xsi");
        if (xsi && !xmlNewNsProp(f, xsi, (const xmlChar *)"nil", (const xmlChar *)"true"))
            c->nomem = 1;
    } else {
        xmlNodePtr t = xmlNewDocText(c->out, (const xmlChar *)value);
        if (!t || !xmlAddChild(f, t)) {
            xmlFreeNode(t);
            c->nomem = 1;
        }
    }
done:
    free(value);
    xmlFree(prefix);
    xmlFree(name);
}

static void walk(ictx *c, xmlNodePtr n)
{
    for (xmlNodePtr k = n->children; k && !c->nomem; k = k->next) {
        if (k->type != XML_ELEMENT_NODE)
            continue;
        if (is_ix(k, "references") || is_ix(k, "resources"))
            copy_children(c, k);
        else if (is_ix(k, "nonFraction"))
            add_fact(c, k, 1);        /* nested facts (nonFraction in nonFraction) are not allowed */
        else if (is_ix(k, "nonNumeric")) {
            add_fact(c, k, 0);
            walk(c, k);               /* a nonNumeric may contain other facts */
        } else
            walk(c, k);
    }
}

tx_status tx_ixbrl_to_instance(xmlDocPtr *doc, const char *path, tx_report *rep)
{
    xmlNodePtr html = xmlDocGetRootElement(*doc);
    ictx c = {0};
    c.path = path;
    c.rep = rep;
    c.out = xmlNewDoc((const xmlChar *)"1.0");
    if (!c.out)
        return TX_ENOMEM;
    c.root = xmlNewDocNode(c.out, NULL, (const xmlChar *)"xbrl", NULL);
    if (!c.root) {
        xmlFreeDoc(c.out);
        return TX_ENOMEM;
    }
    xmlDocSetRootElement(c.out, c.root);
    xmlNsPtr xbrli = xmlNewNs(c.root, (const xmlChar *)TX_NS_XBRLI, (const xmlChar *)"xbrli");
    if (!xbrli) {
        xmlFreeDoc(c.out);
        return TX_ENOMEM;
    }
    xmlSetNs(c.root, xbrli);
    /* the prefixes of the document, so that QName values keep theirs */
    for (xmlNsPtr ns = html ? html->nsDef : NULL; ns; ns = ns->next) {
        if (!ns->prefix || xmlSearchNs(c.out, c.root, ns->prefix))
            continue;
        if (!xmlNewNs(c.root, ns->href, ns->prefix))
            c.nomem = 1;
    }
    if (html)
        walk(&c, html);
    if (!c.nomem && xmlReconciliateNs(c.out, c.root) < 0)
        c.nomem = 1;
    if (c.nomem) {
        xmlFreeDoc(c.out);
        return TX_ENOMEM;
    }
    xmlFreeDoc(*doc);
    *doc = c.out;
    return c.errors ? TX_EINPUT : TX_OK;
}

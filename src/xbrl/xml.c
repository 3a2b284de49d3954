/* xml.c - small helpers on libxml2 trees. */
#include "xbrl/xml.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/uri.h>

#include "xbrl/vocab.h"
#include "base/util.h"

/* ------------------------------------------------------------ elements */

int tx_in_ns(xmlNodePtr n, const char *ns)
{
    return n && n->type == XML_ELEMENT_NODE && n->ns && n->ns->href &&
           strcmp((const char *)n->ns->href, ns) == 0;
}

int tx_is_elem(xmlNodePtr n, const char *ns, const char *name)
{
    /* the local name first: it tells elements apart sooner than namespaces */
    return n && n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0 &&
           tx_in_ns(n, ns);
}

xmlNodePtr tx_xml_child(xmlNodePtr n, const char *ns, const char *name)
{
    for (xmlNodePtr c = n ? n->children : NULL; c; c = c->next)
        if (tx_is_elem(c, ns, name))
            return c;
    return NULL;
}

xmlNodePtr tx_xml_next(xmlNodePtr n, int into)
{
    if (into && n->children && n->type == XML_ELEMENT_NODE)
        return n->children;
    while (n && !n->next)
        n = n->parent && n->parent->type == XML_ELEMENT_NODE ? n->parent : NULL;
    return n ? n->next : NULL;
}

/* ------------------------------------------------------------ attributes */

static char *trim_owned(xmlChar *v)
{
    if (!v)
        return NULL;
    const char *s = (const char *)v;
    while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
        s++;
    size_t len = strlen(s);
    while (len && (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '\n' ||
                   s[len - 1] == '\r'))
        len--;
    char *r = tx_strndup(s, len);
    xmlFree(v);
    return r;
}

char *tx_attr(xmlNodePtr n, const char *name)
{
    return trim_owned(xmlGetNoNsProp(n, (const xmlChar *)name));
}

char *tx_attr_ns(xmlNodePtr n, const char *ns, const char *name)
{
    return trim_owned(xmlGetNsProp(n, (const xmlChar *)name, (const xmlChar *)ns));
}

/* xlink:type is an xs:string restricted to an enumeration (the XLink
 * schema of XBRL 2.1, xlink-2003-12-31.xsd): its whitespace is preserved,
 * so " extended " is none of the values, and the element is no XLink
 * element of that type (the schema layer reports the value).  DTS
 * discovery, the relationship tables and the XBRL layer compare it
 * exactly, here. */
int tx_xlink_type_is(xmlNodePtr n, const char *type)
{
    xmlAttrPtr a = xmlHasNsProp(n, (const xmlChar *)"type", (const xmlChar *)TX_NS_XLINK);
    if (!a || a->type != XML_ATTRIBUTE_NODE)
        return 0;      /* absent, or a DTD default (never: DTDs are refused) */
    if (a->children && !a->children->next && a->children->content)
        return strcmp((const char *)a->children->content, type) == 0;
    xmlChar *v = xmlNodeGetContent((xmlNodePtr)a);
    int r = v && strcmp((const char *)v, type) == 0;
    xmlFree(v);
    return r;
}

int tx_xsi_nil(xmlNodePtr n)
{
    char *v = tx_attr_ns(n, TX_NS_XSI, "nil");
    int r = v && (strcmp(v, "true") == 0 || strcmp(v, "1") == 0);
    free(v);
    return r;
}

/* ------------------------------------------------------------ names and references */

char *tx_clark(const char *ns, const char *local)
{
    tx_buf b = {0};
    tx_buf_printf(&b, "{%s}%s", ns ? ns : "", local ? local : "");
    return tx_buf_take(&b);
}

const char *tx_clark_local(const char *key)
{
    const char *rb = strrchr(key, '}');
    return rb ? rb + 1 : key;
}

char *tx_qname_key(xmlNodePtr n, const char *qname)
{
    if (!qname)
        return NULL;
    const char *colon = strchr(qname, ':');
    char *prefix = colon ? tx_strndup(qname, (size_t)(colon - qname)) : NULL;
    if (colon && !prefix)
        return NULL;
    xmlNsPtr ns = xmlSearchNs(n->doc, n, (const xmlChar *)prefix);
    free(prefix);
    if (colon && !ns)
        return NULL;
    return tx_clark(ns && ns->href ? (const char *)ns->href : "", colon ? colon + 1 : qname);
}

static char *base_of(xmlNodePtr n)
{
    xmlChar *b = xmlNodeGetBase(n->doc, n);
    char *r = tx_strdup(b ? (const char *)b : (n->doc && n->doc->URL ? (const char *)n->doc->URL : ""));
    xmlFree(b);
    return r;
}

char *tx_href_url(xmlNodePtr n, const char *href, char **fragment)
{
    if (fragment)
        *fragment = NULL;
    char *base = base_of(n);
    if (!base)
        return NULL;
    xmlChar *u = xmlBuildURI((const xmlChar *)href, (const xmlChar *)base);
    free(base);
    char *r = tx_strdup(u ? (const char *)u : href);
    xmlFree(u);
    if (!r)
        return NULL;
    char *h = strchr(r, '#');
    if (h) {
        if (fragment) {
            /* %-escaped (IRI) fragments name ids with non-ASCII characters */
            char *u8 = strchr(h + 1, '%') ? xmlURIUnescapeString(h + 1, 0, NULL) : NULL;
            *fragment = tx_strdup(u8 ? u8 : h + 1);
            xmlFree(u8);
            if (!*fragment) {
                free(r);
                return NULL;
            }
        }
        *h = '\0';
    }
    return r;
}

/* ------------------------------------------------------------ findings */

void tx_xml_report(tx_report *rep, tx_severity sev, const char *file, xmlNodePtr n,
                   const char *code, const char *fmt, ...)
{
    tx_buf msg = {0};
    va_list ap;
    va_start(ap, fmt);
    tx_buf_vprintf(&msg, fmt, ap);
    va_end(ap);
    tx_report_add(rep, sev, file, n ? xmlGetLineNo(n) : 0, code, "%s",
                  msg.data && !msg.failed ? msg.data : "");
    tx_buf_free(&msg);
}

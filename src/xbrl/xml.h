/*
 * xml.h - small helpers on libxml2 trees (internal): element and namespace
 * tests, trimmed attribute values, QNames as "{ns}local" keys, hrefs
 * resolved against xml:base, a depth-first element walk, and findings at an
 * element's line.  Owned results are the caller's (free()); NULL from a
 * function returning an owned string also means no memory.
 */
#ifndef TX_XML_H
#define TX_XML_H

#include <libxml/tree.h>

#include "txbrl.h"

/* 1 when n is an element in namespace ns. */
int tx_in_ns(xmlNodePtr n, const char *ns);
/* 1 when n is the element {ns}name. */
int tx_is_elem(xmlNodePtr n, const char *ns, const char *name);
/* The first child of n that is the element {ns}name, or NULL (also for a
 * NULL n). */
xmlNodePtr tx_xml_child(xmlNodePtr n, const char *ns, const char *name);
/* The node after n in a depth-first walk of its document's elements: its
 * first child when n is an element and `into` is set, else the next sibling
 * of n or of its nearest element ancestor that has one; NULL at the end.
 * Walks a tree without recursion: for (n = root; n; n = tx_xml_next(n, 1)). */
xmlNodePtr tx_xml_next(xmlNodePtr n, int into);

/* The value of an attribute without namespace, or of {ns}name, trimmed of
 * XML white space (owned); NULL when absent. */
char *tx_attr(xmlNodePtr n, const char *name);
char *tx_attr_ns(xmlNodePtr n, const char *ns, const char *name);
/* 1 when n's xlink:type is exactly `type`: the attribute is an xs:string
 * enumeration (XLink schema of XBRL 2.1), so white space around the value
 * makes it none of the XLink types.  DTS discovery (dts.c), the linkbase
 * tables (rels.c) and the XBRL layer (check_xbrl.c) all use this one test.
 * No copy: the linkbase tables classify every child of every extended
 * link with it. */
int tx_xlink_type_is(xmlNodePtr n, const char *type);
/* 1 when n carries xsi:nil "true" or "1" (trimmed). */
int tx_xsi_nil(xmlNodePtr n);

/* "{ns}local" (owned); NULL ns or local count as "". */
char *tx_clark(const char *ns, const char *local);
/* The local part of a "{ns}local" key (the whole key when it has no '}'). */
const char *tx_clark_local(const char *key);
/* Resolves a QName in the scope of n: owned "{ns}local"; NULL if the
 * prefix is undeclared, qname is NULL, or memory ran out. */
char *tx_qname_key(xmlNodePtr n, const char *qname);
/* The absolute URL of href in the scope of n (xml:base), without its
 * fragment; *fragment (when asked) gets the unescaped fragment or NULL. */
char *tx_href_url(xmlNodePtr n, const char *href, char **fragment);

/* Adds a finding at n's line (0 for a NULL n). */
void tx_xml_report(tx_report *rep, tx_severity sev, const char *file, xmlNodePtr n,
                   const char *code, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 6, 7)))
#endif
    ;

#endif /* TX_XML_H */

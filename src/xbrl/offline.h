/*
 * offline.h - offline XML: catalog resolution, safe parsing, XML Schema
 * validation of instances against their DTS (internal).
 *
 * Nothing here touches the network, loads external entities or processes
 * a DTD:
 *   - documents are parsed with XML_PARSE_NONET and without NOENT, DTDLOAD
 *     or DTDATTR, and a DOCTYPE stops the parse (xml.dtd);
 *   - while a tx_offline is open, libxml2's external entity loader is ours:
 *     every URL (schema import, include, redefine) is resolved through the
 *     XML catalog to a local file; an http/https/ftp URL the catalog does not
 *     map is refused with `dts.unresolved`; anything a document asks to load
 *     from inside itself (external DTD subsets, external entities) is refused
 *     with `xml.external-entity`;
 *   - as a second lock, libxml2's own http/ftp input handlers are shadowed
 *     for the whole process by handlers that fail without any I/O.
 * Relative references resolve against the referencing document (libxml2
 * does that before asking the loader).
 *
 * The loader is process-wide state: open/close contexts in LIFO order and
 * from one thread at a time.
 */
#ifndef TX_OFFLINE_H
#define TX_OFFLINE_H

#include <libxml/tree.h>

#include "txbrl.h"
#include "xbrl/vocab.h"

/* The URL of the XBRL 2.1 instance schema and of the XBRL Dimensions
 * instance schema (both mapped by the project's catalog). */

/* The project's catalog under a data directory: DATADIR/taxonomy/catalog.xml
 * (owned result; NULL for a NULL datadir or on no memory). */
char *tx_datadir_catalog(const char *datadir);

typedef struct tx_offline tx_offline;

/* Opens an offline context.  `catalog` is an XML catalog file; NULL means
 * none: then no URL resolves (relative paths still do).  A `catalog` given explicitly that cannot be read is `read.open`
 * (TX_EIO).  `file` names the document the context works for in findings
 * that have no better place (dts.unresolved for nested imports).  `rep`
 * may be NULL. */
tx_status tx_offline_open(const char *catalog, const char *file, tx_report *rep,
                          tx_offline **out);
void tx_offline_close(tx_offline *o);

/* The closed DTS.  A DTS document (schema, linkbase, hint, and every
 * document libxml2 or libxslt loads while the context is open) is read only
 * when its URL resolves through the catalog to a regular file, or names a
 * regular file whose real path (symlinks resolved) lies under a folder the
 * context allows: the entry document's own folder (tx_offline_allow_entry)
 * and the folders the user named (tx_offline_allow).  A context allows
 * nothing else: with no folder allowed only the catalog's files resolve. */
int tx_offline_allow(tx_offline *o, const char *dir);          /* 0, or -1: not a folder */
int tx_offline_allow_entry(tx_offline *o, const char *path);   /* the folder of path */

/* Why a URL did not resolve. */
typedef enum tx_loc_why {
    TX_LOC_OK = 0,
    TX_LOC_EMPTY,          /* dts.empty-href: empty, blank or fragment-only   */
    TX_LOC_UNRESOLVED,     /* dts.unresolved: no such file                    */
    TX_LOC_NETWORK,        /* dts.unresolved: a network URL the catalog lacks */
    TX_LOC_OUTSIDE,        /* dts.outside: not under an allowed folder        */
    TX_LOC_NOT_REGULAR,    /* dts.not-regular: device, FIFO, socket, folder   */
    TX_LOC_NOMEM
} tx_loc_why;
const char *tx_offline_why_code(tx_loc_why why);
const char *tx_offline_why_text(tx_loc_why why);   /* "is outside ..." */

/* Resolves a URL or path to a local path (owned; absolute) that the closed
 * DTS allows, or NULL with the reason: through the catalog first, then
 * file: URLs and plain paths; never a network URL.  Nothing is opened:
 * lstat, realpath and stat only. */
char *tx_offline_locate(tx_offline *o, const char *url, tx_loc_why *why);
/* The same without the reason. */
char *tx_offline_resolve(tx_offline *o, const char *url);

/* The safe parse, the only one of the project: the file is read whole
 * (at most TX_MAX_XML_INPUT bytes), then parsed from memory with
 * XML_PARSE_NONET, without NOENT, DTDLOAD or DTDATTR, under SAX hooks that
 * stop the parse before anything is built from a DOCTYPE (xml.dtd) and at
 * the limits of txbrl.h (xml.depth, xml.text-size, xml.attribute-size).
 * The same hooks guard the documents libxml2 and libxslt load themselves
 * (schema imports, XSLT includes and document()) through the entity loader.
 *
 * tx_offline_parse: the entry document the caller named (any readable file
 * but a folder).  tx_offline_parse_dts: a DTS document, under the closed-DTS
 * rule, opened with O_NOFOLLOW | O_NONBLOCK and checked again on the open
 * descriptor (fstat: the same regular file as checked).  `name` names it in
 * findings (NULL: the path).  read.open/read.io -> TX_EIO; xml.malformed,
 * xml.dtd, xml.depth, xml.text-size, xml.attribute-size, read.too-large,
 * dts.* -> TX_EINPUT. */
tx_status tx_offline_parse(tx_offline *o, const char *path, const char *name,
                           tx_report *rep, xmlDocPtr *out);
tx_status tx_offline_parse_dts(tx_offline *o, const char *path, const char *name,
                               tx_report *rep, xmlDocPtr *out);
/* Number of refusals so far (unresolved or refused URLs, stopped parses). */
size_t tx_offline_refusals(const tx_offline *o);

/* The targetNamespace of the schema at `url` (resolved offline), owned.
 * Findings: dts.unresolved, schema.dts. */
tx_status tx_offline_schema_namespace(tx_offline *o, const char *url, tx_report *rep,
                                      char **out);

/* Number of network opens refused by the process-wide lock since start
 * (for tests: it stays 0 when the loader refuses first). */
unsigned long tx_offline_network_refusals(void);

/* XML Schema validation of an XBRL instance against its DTS: the instance
 * schema and every link:schemaRef'd schema, compiled through the catalog
 * (`catalog`, or the project's when NULL).  Findings: xml.malformed,
 * dts.unresolved, schema.dts (the DTS does not compile), schema.invalid
 * (with the instance's line).  TX_OK valid, TX_EINPUT invalid, TX_EIO
 * unreadable. */
tx_status tx_schema_validate_instance(const char *instance_path, const char *catalog,
                                      tx_report *rep);

/* The same for any document against a wrapper schema importing the given
 * (namespace, location) pairs; locations are URLs or paths (relative paths
 * against the current directory). */
tx_status tx_schema_validate_file(const char *path, const char *const *namespaces,
                                  const char *const *locations, size_t n,
                                  const char *catalog, tx_report *rep);

/* For the validator (validate.c), which compiles a DTS once for many
 * documents.  tx_schema_compile: a wrapper schema importing the (namespace,
 * location) pairs, compiled inside the offline context `o` (schema.dts,
 * dts.unresolved).  tx_schema_validate_doc: schema.invalid findings with
 * the document's lines.  tx_instance_schema_imports: the pairs an
 * instance's DTS needs (the XBRL instance and dimension schemas, each
 * schemaRef), owned arrays of owned strings. */
#include <libxml/xmlschemas.h>
tx_status tx_schema_compile(tx_offline *o, const char *const *namespaces,
                            const char *const *locations, size_t n, const char *file,
                            tx_report *rep, xmlSchemaPtr *out);
/* The (namespace, location) pairs of element e's xsi:schemaLocation, in
 * order: fn(ctx, ns, location) for each, until one returns non-zero, which
 * is returned.  0 when e has none. */
int tx_schema_location_each(xmlNodePtr e, int (*fn)(void *ctx, const char *ns, const char *loc),
                            void *ctx);
/* The local path of a schemaLocation hint: url resolved offline, when the
 * schema there has target namespace ns; else NULL (*nomem set to 1 when
 * memory ran out).  Owned by the caller. */
char *tx_offline_hint(tx_offline *o, const char *url, const char *ns, int *nomem);
tx_status tx_schema_validate_doc(xmlSchemaPtr schema, xmlDocPtr doc, const char *name,
                                 tx_report *rep);
/* Validity of one element and its subtree (a DTS linkbase, or content of
 * an xs:appinfo), without adding default attributes to the tree. */
tx_status tx_schema_validate_elem(xmlSchemaPtr schema, xmlNodePtr elem, const char *name,
                                  tx_report *rep);
tx_status tx_instance_schema_imports(tx_offline *o, xmlDocPtr doc, const char *abs_doc,
                                     const char *name, tx_report *rep, char ***namespaces,
                                     char ***locations, size_t *n);

#endif /* TX_OFFLINE_H */

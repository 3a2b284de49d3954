/*
 * writer.h - what the instance writer and the extension writer share
 * (internal): the state of one tx_instance_write() call, the prefixes the
 * files may bind, the schemas they import, and XML text.
 *
 * write/instance.c writes the instance (contexts, units, facts, footnotes)
 * and drives the whole; write/extension.c writes the extension taxonomy
 * (schema, label and calculation linkbases).  Both work on one tx_writer.
 * Failures are recorded in w->st (tx_writer_fail) and findings go to w->rep
 * with w->diag (DIR/STEM.xml) as their file.
 */
#ifndef TX_WRITER_H
#define TX_WRITER_H

#include "base/util.h"
#include "xbrl/facts.h"

/* A schema the instance names in schemaRef or the extension schema imports. */
typedef struct tx_schema_import {
    char *url;
    char *ns;                     /* its target namespace, "" when unknown   */
} tx_schema_import;

/* What one tx_instance_write() call knows: the factset, the names of the
 * files, the prefixes and schemas the instance uses, its contexts and units,
 * and the calculation roles of the extension.  Zero-initialised, filled by
 * write/instance.c, released with tx_writer_free(). */
typedef struct tx_writer {
    const tx_factset *fs;
    tx_report *rep;
    const char *catalog;          /* XML catalog for schema URLs, or NULL   */
    char *stem;                   /* file names: STEM.xml, STEM.xsd, ...     */
    char *ext_ns;                 /* namespace of the extension (prefix ext) */
    char *source_name;            /* the exhibit's file name, for comments   */
    char *diag;                   /* DIR/STEM.xml, for findings              */
    int with_ext;                 /* extension schema and linkbases written  */
    tx_namespace *used;           /* prefixes the instance uses (owned)      */
    size_t nused, capused;
    tx_schema_import *imports;
    size_t nimports, capimports;
    size_t *fact_ctx;             /* context of each fact                    */
    size_t *ctx_first;            /* first fact of each context              */
    size_t nctx;
    int use_usd, use_shares, use_ps, use_pure;
    const char **other;           /* other unit texts, first-use order       */
    size_t nother, capother;
    const char **roles;           /* calculation roles, first-use order      */
    char **role_href;             /* roleRef target; NULL for the standard   */
    int *role_here;               /* 1: declared in the extension schema     */
    size_t nroles;
    tx_status st;                 /* the first failure (TX_ENOMEM wins)      */
} tx_writer;

/* Records a failure: the first one is kept, except that TX_ENOMEM wins. */
void tx_writer_fail(tx_writer *w, tx_status st);
void tx_writer_free(tx_writer *w);

/* ------------------------------------------------------------ prefixes */

/* The namespace of a prefix the writer declares itself (xbrli, link, xlink,
 * xbrldi, xsi, iso4217), or NULL: these are always their standard ones. */
const char *tx_writer_reserved_uri(const char *prefix);
/* The namespace `prefix` stands for in the files written: ext is the
 * extension, the reserved ones their standard namespaces, then the
 * factset's bindings, then the project's table (xbrl/prefixes.h); NULL when
 * none binds it. */
const char *tx_writer_prefix_uri(const tx_writer *w, const char *prefix);
/* Letters, digits, '_', '-', '.', any non-ASCII byte, and ':' when
 * colon_ok: a name that cannot break the markup.  0 for NULL or "". */
int tx_writer_name_ok(const char *s, int colon_ok);

/* ------------------------------------------------------------ XML text */

/* Appends `s` escaped for XML text (attr 0) or a double-quoted attribute
 * value (attr 1); C0 controls other than tab, LF and CR are dropped. */
void tx_writer_escaped(tx_buf *b, const char *s, int attr);
/* Appends ` name="value"`, the value escaped. */
void tx_writer_attr(tx_buf *b, const char *name, const char *value);
/* Appends the comment naming `what`, the source exhibit and the writer. */
void tx_writer_comment(tx_buf *b, const tx_writer *w, const char *what);

/* ------------------------------------------------------------ schema imports */

/* Adds a schema (URL and namespace) unless its URL is there already. */
void tx_writer_add_import(tx_writer *w, const char *url, const char *ns);
/* The namespace of each schema URL given: known ones from a table, others
 * (when an extension schema is written) read from the schema itself through
 * the project's catalog. */
void tx_writer_collect_imports(tx_writer *w, const char *const *urls, size_t n);
/* The URL of the imported schema of namespace `ns`, or NULL. */
const char *tx_writer_import_url(const tx_writer *w, const char *ns);

#endif /* TX_WRITER_H */

/*
 * txbrl.h - the one public header of libtxbrl.
 *
 * libtxbrl reads legacy plain-text financial exhibits (EDGAR text filings,
 * earnings releases) and turns them into structured data.  The pipeline is
 *
 *     decode -> segment -> header/period -> body -> (map -> write -> validate -> render)
 *
 * Ownership rules, everywhere in this header:
 *   - every tx_X_new()/tx_X_read*() result is owned by the caller and is
 *     released with the matching tx_X_free(); tx_X_free(NULL) is a no-op;
 *   - strings returned by accessors are borrowed: they live as long as the
 *     object they came from and must not be freed;
 *   - the library never exits, aborts, prints or reads the environment:
 *     problems go into a tx_report that the caller owns, functions return
 *     a tx_status, and where the project's data (taxonomy/, xslt/) is comes
 *     in as a parameter (`datadir`).
 *
 * Every function of this header, and nothing else, is exported by the
 * shared library (TX_API).
 */
#ifndef TXBRL_H
#define TXBRL_H

#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__)
#define TX_API __attribute__((visibility("default")))
#else
#define TX_API
#endif

/* Version of the library (also `txbrl --version`). */
TX_API const char *tx_version(void);

/* ------------------------------------------------------------------ */
/* Status codes: the CLI maps them to exit codes 0, 1 and 2.           */

typedef enum tx_status {
    TX_OK = 0,       /* success (warnings may have been reported)     */
    TX_EINPUT = 1,   /* the input has errors (reported in the report) */
    TX_EIO = 2,      /* could not read or write a file                */
    TX_ENOMEM = 3,   /* out of memory                                 */
    TX_EUSAGE = 4    /* bad arguments to a library call               */
} tx_status;

typedef enum tx_format {
    TX_FORMAT_TEXT = 0,
    TX_FORMAT_JSON = 1,
    TX_FORMAT_TSV = 2,    /* tab-separated, one record per line (inspect only) */
    TX_FORMAT_CSV = 3,    /* comma-separated (facts only)                       */
    TX_FORMAT_SARIF = 4   /* SARIF 2.1.0 log (reports only)                     */
} tx_format;

/* ------------------------------------------------------------------ */
/* Diagnostics.  A report is an ordered list of findings, each with a  */
/* source file, a 1-based line (0 when no line applies), a severity,   */
/* a stable code ("decode.binary", "segment.no-tables", ...) and a     */
/* message.  Text form:  FILE:LINE: error|warning: [code] message      */

typedef enum tx_severity {
    TX_NOTE = 0,
    TX_WARNING = 1,
    TX_ERROR = 2
} tx_severity;

typedef struct tx_report tx_report;

TX_API tx_report *tx_report_new(void);
TX_API void tx_report_free(tx_report *rep);

/* Adds a finding; `file` and `code` are copied.  Returns TX_ENOMEM on
 * allocation failure (the finding is then lost, but the report stays valid). */
TX_API tx_status tx_report_add(tx_report *rep, tx_severity sev, const char *file,
                               long line, const char *code, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 6, 7)))
#endif
    ;

TX_API size_t tx_report_size(const tx_report *rep);
/* Number of findings at or above `sev`. */
TX_API size_t tx_report_count(const tx_report *rep, tx_severity sev);

/* Accessors for finding `i` (0-based, in the order they were added). */
TX_API tx_severity tx_report_severity(const tx_report *rep, size_t i);
TX_API const char *tx_report_file(const tx_report *rep, size_t i);
TX_API long tx_report_line(const tx_report *rep, size_t i);
TX_API const char *tx_report_code(const tx_report *rep, size_t i);
TX_API const char *tx_report_message(const tx_report *rep, size_t i);

/* Writes every finding: TX_FORMAT_TEXT (one line each), TX_FORMAT_JSON
 * (one array of objects: file, line, severity, layer, code, message and,
 * for calculation findings, facts) or TX_FORMAT_SARIF (one SARIF 2.1.0 log
 * with one run: a rule per code in order of first use, a result per
 * finding with its level, message, file as a URI reference and line). */
TX_API tx_status tx_report_write(const tx_report *rep, FILE *out, tx_format fmt);

/* Removes findings from the report, keeping the order of the others: every
 * finding of severity below `below` (TX_NOTE: none by severity;
 * TX_WARNING: the notes), and every finding whose code is `code`, or whose
 * layer it is when it has no dot ("calc" removes calc.inconsistent, ...);
 * NULL: none by code.  Returns how many were removed.  For a caller that
 * silences what its user asked not to see (txbrl --quiet, --disable CODE):
 * the library's own decisions (what is written, the status it returns)
 * were made with every finding. */
TX_API size_t tx_report_remove(tx_report *rep, const char *code, tx_severity below);

/* Moves the findings whose code is `code` or of its layer (as for
 * tx_report_remove) from `from` to the end of `to`, both keeping their
 * order.  TX_OK (also when none matched), TX_EUSAGE for a NULL argument or
 * one report twice, TX_ENOMEM (then nothing moved). */
TX_API tx_status tx_report_move(tx_report *to, tx_report *from, const char *code);

/* ------------------------------------------------------------------ */
/* Reading an exhibit: decode, segment into tables, read the column    */
/* headers into periods and the body lines into rows of exact values.  */

typedef struct tx_exhibit tx_exhibit;

/* The largest exhibit read (read.too-large beyond it): real EDGAR text
 * exhibits are a few MiB at most. */
#define TX_MAX_INPUT (64 * 1024 * 1024)

/* The name standard input goes by in findings and output file names. */
#define TX_STDIN_NAME "stdin"

/* Reads the file at `path`, whatever it is: a regular file, a pipe or FIFO
 * (/dev/fd/N of `<(...)`), a device, /dev/stdin; "-" is standard input
 * itself (named TX_STDIN_NAME; a file named "-" is "./-").  Read whole
 * until end of file, at most TX_MAX_INPUT bytes (read.too-large).  On
 * TX_OK or TX_EINPUT *out holds what was read (possibly with no tables); on
 * TX_EIO/TX_ENOMEM *out is NULL.  Findings go to `rep`, named after `path`
 * (read.open, read.io with the system's reason). */
TX_API tx_status tx_exhibit_read_file(const char *path, tx_report *rep,
                                      tx_exhibit **out);

/* The same from memory; `name` is the file name used in diagnostics. */
TX_API tx_status tx_exhibit_read_buffer(const char *name, const void *data,
                                        size_t len, tx_report *rep,
                                        tx_exhibit **out);

TX_API void tx_exhibit_free(tx_exhibit *ex);

TX_API size_t tx_exhibit_table_count(const tx_exhibit *ex);
/* Number of EX-27 financial data schedules read (EX-27 documents of an
 * EDGAR submission; they are converted with the tables). */
TX_API size_t tx_exhibit_schedule_count(const tx_exhibit *ex);

/* Writes what the reader saw (tables, columns, periods, rows, values,
 * source lines) as text, JSON or TSV.  Deterministic.  The TSV form has
 * three kinds of record, tab-separated, in source order:
 *   table  N  LINE  ENTITY  TITLE  money=E shares=E pershare=0
 *   column N.I  PERIOD            (YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD)
 *   row    LINE  PATH  LABEL  NOTES  V1 ... Vn
 * (rows with values only; a value is the exact scaled decimal, "nil" for a
 * nil marker, empty for an empty cell). */
TX_API tx_status tx_exhibit_inspect(const tx_exhibit *ex, FILE *out, tx_format fmt);

/* Walking what the reader saw: tables in source order, each with its
 * columns and rows, each item row with one cell per column.  Indexes are
 * 0-based.  Each function fills a view owned by the caller (a local
 * variable will do): its strings are borrowed from the exhibit (valid until
 * tx_exhibit_free) or held in the view itself, and are never NULL unless
 * said.  Every function returns TX_OK, or TX_EUSAGE for a NULL argument or
 * an index out of range (the view is then zeroed when it is not NULL);
 * tx_exhibit_cell returns TX_ENOMEM, with an empty value, for a value too
 * long for its view (none that an exhibit prints is).
 * The statement a table is printed as needs the mapping rules:
 * tx_converter_statement. */

typedef struct tx_table_view {
    const char *title;      /* the title, white space collapsed; "" if untitled */
    const char *entity;     /* the entity line over it (or inherited), or ""   */
    const char *scale_text; /* the scale line as printed ("(In thousands)"), or "" */
    int scale_money;        /* power of ten money values are scaled by (3)     */
    int scale_shares;       /* the same for share counts                       */
    const char *audit;      /* "(Unaudited)" as printed, or ""                 */
    long line;              /* its first line: the title, else the column
                               headers, else the body                         */
    long last_line;         /* the last line of its body (a closing rule
                               included)                                      */
    long parent;            /* the table a footnote table belongs to, or -1    */
    size_t ncolumns;        /* tx_exhibit_column                               */
    size_t nrows;           /* tx_exhibit_row                                  */
} tx_table_view;

TX_API tx_status tx_exhibit_table(const tx_exhibit *ex, size_t table, tx_table_view *view);

/* A column of a table.  Dates are "YYYY-MM-DD". */
typedef struct tx_column_view {
    const char *words;      /* the header words, top to bottom, or ""          */
    char start[11];         /* first day of a duration; "" for an instant or
                               when there is no period                         */
    char end[11];           /* last day of the duration, or the instant; ""
                               when no period was read                         */
    const char *no_period;  /* why no period was read; NULL when there is one */
    int derived;            /* 1: a "Change" or "%" column: no facts           */
} tx_column_view;

TX_API tx_status tx_exhibit_column(const tx_exhibit *ex, size_t table, size_t column,
                                   tx_column_view *view);

/* A row of a table, as printed. */
typedef struct tx_row_view {
    const char *kind;       /* "item" (a line item), "heading" (a section
                               heading such as "Current assets:") or "caption"
                               (words with no values)                         */
    const char *label;      /* joined over its lines, footnote markers removed */
    const char *path;       /* the headings above it joined by " > ", or ""   */
    const char *notes;      /* its footnote markers, comma-joined, or ""       */
    const char *values;     /* what its values are: "money", "per-share" or
                               "shares"                                       */
    long line;              /* first line of the label                         */
    long last_line;         /* last line of the label                          */
    long values_line;       /* line of the values; 0 when it has none          */
    int level;              /* depth in the heading path                       */
    int total;              /* 1 when it closes a section (below a rule)       */
    size_t ncells;          /* the table's columns for an item, 0 otherwise    */
} tx_row_view;

TX_API tx_status tx_exhibit_row(const tx_exhibit *ex, size_t table, size_t row,
                                tx_row_view *view);

/* A cell of an item row: what was printed in column `column`. */
typedef struct tx_cell_view {
    const char *printed;    /* the token as printed ("$(128,102)"), or "" for
                               an empty cell                                   */
    const char *value;      /* the exact value, signed as printed and scaled by
                               the table's scale ("-128102000"); a percentage
                               in percent ("12.5"); "" for an empty cell or
                               a nil marker                                    */
    int empty;              /* 1: nothing printed in the column                */
    int nil;                /* 1: a nil marker ("--", "-"), a fact of 0 when
                               converted                                       */
    int percent;            /* 1: a percentage (never a fact)                  */
    char number[160];       /* storage of the value                            */
} tx_cell_view;

/* TX_EUSAGE also for a row with no cells (a heading or caption). */
TX_API tx_status tx_exhibit_cell(const tx_exhibit *ex, size_t table, size_t row,
                                 size_t column, tx_cell_view *view);

/* ------------------------------------------------------------------ */
/* Project data.  The functions below that need the project's taxonomy, */
/* mapping rules or stylesheets take `datadir`: the directory holding    */
/* taxonomy/ and xslt/ (the installed one is PREFIX/share/txbrl).  The   */
/* project's XML catalog is DATADIR/taxonomy/catalog.xml.                */

/* ------------------------------------------------------------------ */
/* Conversion: exhibit -> XBRL 2.1 instance (+ extension schema).       */
/* A converter holds the taxonomy, the mapping rules and the entities   */
/* file, loaded once for any number of exhibits.                        */

typedef struct tx_converter tx_converter;

/* `datadir` holds taxonomy/ (required: TX_EUSAGE when NULL); `entities` is
 * a NAME<TAB>CIK file, or NULL. */
TX_API tx_status tx_converter_new(const char *datadir, const char *entities, tx_report *rep,
                                  tx_converter **out);
TX_API void tx_converter_free(tx_converter *conv);
/* The CIK (one to ten digits) of the entity an exhibit does not name (an
 * extract without EDGAR header or entity line): its tables get it.  NULL
 * clears it.  TX_EUSAGE if `cik` is not a CIK. */
TX_API tx_status tx_converter_set_cik(tx_converter *conv, const char *cik);

/* With `strict` set, a conversion that leaves anything printed unconverted
 * (a table with numbers whose statement is unknown, a number of a statement
 * that became no fact) is an error, convert.incomplete (TX_EINPUT); every
 * conversion ends with a convert.summary note of what it converted either
 * way.  TX_EUSAGE for a NULL converter. */
TX_API tx_status tx_converter_set_strict(tx_converter *conv, int strict);

/* Converts one exhibit: writes OUTDIR/STEM.xml (STEM = file name less
 * ".txt"), OUTDIR/STEM.xsd with its linkbases when the exhibit needs
 * extension concepts, and the rendition OUTDIR/STEM.html, as one set: the
 * files are staged beside their targets (OUTDIR/.STEM.xml.txbrl/), the
 * staged instance is validated against the schemas of its DTS and
 * rendered, and only then do they replace the files of an earlier
 * conversion, all together (its extension files that this conversion does
 * not write are removed in the same commit).  An instance that is not
 * valid or cannot be rendered writes nothing (convert.not-written); a
 * failure to write leaves nothing half-done (write.io,
 * write.not-regular); either way the files of an earlier conversion stay
 * as they were.  Returns TX_OK, TX_EINPUT (errors in the exhibit: a valid
 * instance is still written when there were facts to write; or the
 * instance is not valid: nothing written), TX_EIO or TX_ENOMEM. */
TX_API tx_status tx_converter_convert(tx_converter *conv, const char *exhibit,
                                      const char *outdir, tx_report *rep);

/* tx_converter_convert with the exhibit going by `name` (NULL: its path;
 * TX_STDIN_NAME for "-", standard input) in findings, in the instance and
 * rendition, and for the output files (STEM = `name` less directory and
 * extension). */
TX_API tx_status tx_converter_convert_named(tx_converter *conv, const char *exhibit,
                                            const char *name, const char *outdir,
                                            tx_report *rep);

/* tx_converter_convert of an exhibit already read (tx_exhibit_read_file or
 * tx_exhibit_read_buffer; it goes by the name it was read with).  `ex` is
 * not changed and stays the caller's.  TX_EINPUT when it has neither
 * tables nor EX-27 schedules. */
TX_API tx_status tx_converter_convert_exhibit(tx_converter *conv, const tx_exhibit *ex,
                                              const char *outdir, tx_report *rep);

/* tx_converter_convert of an exhibit in memory: `len` bytes at `data`
 * (copied; TX_MAX_INPUT at most: read.too-large), going by `name` (required:
 * TX_EUSAGE when NULL) in findings and for the output files. */
TX_API tx_status tx_converter_convert_buffer(tx_converter *conv, const char *name,
                                             const void *data, size_t len,
                                             const char *outdir, tx_report *rep);

/* Creates `dir` and its parents when missing, as every tx_converter_convert*
 * does before writing: TX_OK, or TX_EIO with the finding
 *     DIR:0: error: [write.io] cannot create the output directory: REASON
 * in `rep` (which may be NULL).  For a caller that wants to fail before a
 * long run rather than on its first exhibit. */
TX_API tx_status tx_make_output_dir(const char *dir, tx_report *rep);

/* Every tx_converter_convert* creates OUTDIR (and its parents) when missing
 * (write.io when it cannot).  The files the last of them wrote, in this
 * order: the instance (OUTDIR/STEM.xml), the extension schema and its
 * label, calculation and presentation linkbases when there were any, and
 * the rendition (OUTDIR/STEM.html); none when it wrote nothing.  The paths
 * (OUTDIR joined with the file name) are borrowed from the converter:
 * valid until the next conversion or tx_converter_free.  Index out of
 * range or a NULL converter: NULL (and a count of 0). */
TX_API size_t tx_converter_output_count(const tx_converter *conv);
TX_API const char *tx_converter_output(const tx_converter *conv, size_t i);

/* The statement table `table` of `ex` is printed as, by the mapping rules
 * (taxonomy/mapping/statements.tsv by its title, else by its row labels):
 * "balance", "income", "cashflow", "equity", "reconciliation" or
 * "allocation"; "" when it is no statement the rules know.  With `basis`
 * not NULL, *basis is set to "gaap" or "nongaap" ("" when unknown).  The
 * strings are borrowed from the converter.  NULL for a NULL argument, an
 * index out of range or no memory. */
TX_API const char *tx_converter_statement(tx_converter *conv, const tx_exhibit *ex,
                                          size_t table, const char **basis);
/* The number of facts (numeric; the "facts:" of convert.summary) of the
 * instance the last tx_converter_convert(_named) call wrote; 0 when it
 * wrote none. */
TX_API size_t tx_converter_facts_written(const tx_converter *conv);

/* Reads and maps another exhibit of the same filing (an EX-13 with the
 * statements of an exhibit's EX-27 schedules) without writing it: every
 * later tx_converter_convert cross-checks its EX-27 schedules against the
 * statement facts of these exhibits as well as its own (same entity and
 * period; ex27.statement-mismatch).  What reading and mapping it find
 * belongs to its own conversion and is not reported, except that it cannot
 * be read.  TX_OK, TX_EIO or TX_ENOMEM. */
TX_API tx_status tx_converter_add_reference(tx_converter *conv, const char *exhibit, tx_report *rep);

/* Disclosure checks of one exhibit (layer "disclosure"): its non-GAAP
 * measures (reconciled, footing and tying, GAAP first, justified) and every
 * numeric claim of its narrative against its tables (verified, contradicted,
 * unverifiable).  Every claim and reconciliation gets a finding (notes for
 * the verified and the unverifiable), then a disclosure.summary note with
 * the counts.  Errors of reading the exhibit are reported too (its warnings
 * are convert's business and are left out).  TX_OK (no error), TX_EINPUT,
 * TX_EIO (cannot be read) or TX_ENOMEM.  tx_converter_convert runs the same
 * checks, reporting warnings, errors and the summary. */
TX_API tx_status tx_converter_check(tx_converter *conv, const char *exhibit, tx_report *rep);

/* Like tx_exhibit_inspect, with each row's concept and the rule that
 * chose it (text and JSON forms). */
TX_API tx_status tx_converter_inspect(tx_converter *conv, const tx_exhibit *ex,
                                      FILE *out, tx_format fmt, tx_report *rep);

/* ------------------------------------------------------------------ */
/* XML input: every XML document (instance, schema, linkbase, catalog    */
/* aside) is parsed by one safe parser.  A document with a document type */
/* declaration (DOCTYPE) is refused before anything in it is processed   */
/* (xml.dtd): no DTD is loaded, no entity declared or expanded.  Limits, */
/* each reported with its code when hit (the document is not read       */
/* further):                                                             */

#define TX_MAX_XML_INPUT (256 * 1024 * 1024)  /* bytes of one document    (read.too-large)      */
#define TX_MAX_XML_DEPTH 128                  /* element nesting          (xml.depth)           */
#define TX_MAX_XML_TEXT (8 * 1024 * 1024)     /* bytes of one text node   (xml.text-size)       */
#define TX_MAX_XML_ATTRIBUTE (64 * 1024)      /* bytes of one attribute value (xml.attribute-size) */
#define TX_MAX_FACTS 1000000                  /* facts of one instance    (xbrl.fact-limit)     */

/* Diagnostics: a value quoted in a message ('...') is cut to
 * TX_MAX_ECHO characters followed by "...", and a whole message to
 * TX_MAX_MESSAGE bytes (tx_report_add does it for every finding).  The
 * echo limit is above the longest value a real exhibit makes the converter
 * quote (a table title of 485 characters in the corpus), so that only
 * hostile values are cut. */
#define TX_MAX_ECHO 1000
#define TX_MAX_MESSAGE 4096

/* The closed DTS.  Every schema, linkbase, roleRef/arcroleRef target,     */
/* locator target and xsi:schemaLocation hint of a document, and every     */
/* document the XSLT renditions load, is read only when it resolves        */
/*   - through the XML catalog to a regular file (the catalog's own local  */
/*     copies: the files it resolves URLs to, and the files under the      */
/*     catalog's folder, which refer to each other by relative paths), or  */
/*   - to a regular file whose real path (symlinks resolved) is under the  */
/*     folder of the document given (an instance, schema or linkbase), or  */
/*     under one of the folders of the `allow` list of the options.        */
/* Anything else is an error finding and is never opened: dts.empty-href   */
/* (an empty or fragment-only reference where a document is needed),       */
/* dts.outside (an absolute path or a ../ escape out of the allowed        */
/* folders, or a symlink leading out of them), dts.not-regular (a device,  */
/* FIFO, socket or folder), dts.unresolved (no such file, or a network URL */
/* the catalog does not map: the network is never used).  Files are        */
/* checked with lstat/stat before they are opened, opened without          */
/* following a last symlink and without blocking, and checked again on the */
/* open descriptor.  xml:base is honoured (XBRL 2.1 3.5.1.2: it changes    */
/* the base URL of the references in its scope); what it leads to is under */
/* the same rule.                                                          */

/* ------------------------------------------------------------------ */
/* XBRL instances: read any XBRL 2.1 instance (offline: no network, no */
/* DTD (xml.dtd), the limits above; it opens no file but the instance; */
/* schemas resolve through the XML catalog                             */
/* `catalog`, e.g. DATADIR/taxonomy/catalog.xml; NULL: no catalog, so  */
/* only files next to the instance resolve) and list its facts.        */

typedef struct tx_instance tx_instance;

TX_API tx_status tx_instance_read_file(const char *path, const char *catalog,
                                       tx_report *rep, tx_instance **out);
TX_API void tx_instance_free(tx_instance *inst);
TX_API size_t tx_instance_fact_count(const tx_instance *inst);

/* One fact of an instance, as tx_instance_fact fills it: every string is
 * borrowed from the instance (valid until tx_instance_free) or held in the
 * view itself.  Dates are "YYYY-MM-DD"; an XBRL end date written as
 * midnight of the next day is given as the inclusive day before. */
typedef struct tx_fact_view {
    const char *concept;       /* prefixed QName as written, "tx-gaap:Revenues"   */
    const char *entity_scheme; /* the identifier's scheme URI                      */
    const char *entity_id;     /* the identifier (a 10-digit CIK for the SEC scheme) */
    char start[11];            /* first day of a duration; "" for an instant       */
    char end[11];              /* last day, or the instant; "" for forever         */
    size_t ndims;              /* explicit dimensions: tx_instance_fact_dim        */
    int numeric;               /* 1 for an item with a unit                        */
    int nil;                   /* 1 for xsi:nil="true" (value is "")              */
    const char *unit;          /* "iso4217:USD", "xbrli:shares",
                                  "iso4217:USD/xbrli:shares", ...; "" for text     */
    char decimals[16];         /* "-3", "INF", or "" (none: text, nil, precision)  */
    const char *value;         /* the exact value as canonical text, or the text   */
    long line;                 /* line of the fact in the instance                 */
    char number[160];          /* storage of a numeric value                       */
} tx_fact_view;

/* Fills *view with fact `i` (0 .. tx_instance_fact_count - 1, in document
 * order).  TX_EUSAGE for a NULL argument or an index out of range. */
TX_API tx_status tx_instance_fact(const tx_instance *inst, size_t i, tx_fact_view *view);

/* Dimension `k` (0 .. view.ndims - 1) of fact `i`: returns the axis and
 * sets *member (prefixed QNames, borrowed); NULL when out of range. */
TX_API const char *tx_instance_fact_dim(const tx_instance *inst, size_t i, size_t k,
                                        const char **member);

/* Writes the facts: TX_FORMAT_CSV (header
 * concept,entity,start,end,dimensions,unit,decimals,value) or
 * TX_FORMAT_JSON (xBRL-JSON, OIM 1.0). */
TX_API tx_status tx_instance_write_facts(const tx_instance *inst, FILE *out, tx_format fmt);

/* ------------------------------------------------------------------ */
/* Validation: an XBRL 2.1 instance, taxonomy schema or linkbase,       */
/* offline (no network, no external entities; every URL through the    */
/* XML catalog).  Layers and the first part of their codes: xml (well-  */
/* formedness), dts (discovery), schema (XML Schema), xbrl (XBRL 2.1    */
/* instance rules), calc (calculation consistency), tie (cross-         */
/* statement ties of the project taxonomy), dim (XBRL Dimensions).      */

typedef enum tx_calc_mode {
    TX_CALC_11 = 0,   /* XBRL Calculations 1.1: interval semantics (default) */
    TX_CALC_21 = 1    /* XBRL 2.1 5.2.5.2: inferred precision; duplicates
                         are warnings and disable the summations they touch */
} tx_calc_mode;

typedef struct tx_validate_options {
    const char *datadir;      /* the project's data; NULL: none            */
    const char *catalog;      /* XML catalog; NULL: DATADIR's (none without
                                 a datadir: only local files resolve)      */
    tx_calc_mode calc;
    int werror;               /* report warnings as errors                 */
    const char *const *allow; /* NULL-terminated list of folders whose
                                 files the DTS may use besides the folder
                                 of the validated file and the catalog's
                                 (the closed DTS, above); NULL: none.  A
                                 folder that does not exist is read.open */
} tx_validate_options;

/* A validator keeps what can be shared between files (compiled schemas of
 * a DTS) for any number of tx_validator_run calls.  Owned by the caller. */
typedef struct tx_validator tx_validator;

/* `opt` is copied (NULL: defaults; its strings must outlive the
 * validator). */
TX_API tx_status tx_validator_new(const tx_validate_options *opt, tx_validator **out);
TX_API void tx_validator_free(tx_validator *v);

/* Validates one file (an instance, a schema or a linkbase).  Findings go
 * to `rep`, named after `path`.  TX_OK: valid (warnings allowed, none with
 * werror); TX_EINPUT: invalid; TX_EIO: cannot be read; TX_ENOMEM. */
TX_API tx_status tx_validator_run(tx_validator *v, const char *path, tx_report *rep);

/* One-shot convenience: a validator for one file. */
TX_API tx_status tx_validate_file(const char *path, const tx_validate_options *opt,
                                  tx_report *rep);

/* ------------------------------------------------------------------ */
/* Renditions: an instance and its linkbases as one self-contained     */
/* HTML5 page (inline CSS, no scripts, nothing fetched), or the same   */
/* page as an Inline XBRL 1.1 document.  Rendered by the XSLT 1.0      */
/* stylesheets in DATADIR/xslt/, offline (the DTS resolves through the */
/* XML catalog).  Deterministic: the page carries no clock             */
/* time.  Every amount carries data-source-line, the exhibit line it   */
/* was read from (see README "Renditions").                            */

typedef struct tx_render_options {
    int inline_xbrl;            /* 1: Inline XBRL 1.1 (XHTML), 0: HTML5      */
    const char *source;         /* the exhibit's file name shown in the page;
                                   NULL: the one the instance names          */
    const char *datadir;        /* the project's data (required unless both
                                   catalog and stylesheet_dir are given)     */
    const char *catalog;        /* XML catalog; NULL: DATADIR's              */
    const char *stylesheet_dir; /* NULL: DATADIR/xslt                        */
    int model;                  /* 1: write the presentation model (XML: the
                                   tables, columns, rows and cells the
                                   stylesheets lay out) instead of the page */
    const char *const *allow;   /* NULL-terminated folders the DTS may use
                                   besides the instance's folder and the
                                   catalog's (the closed DTS, above)         */
} tx_render_options;

/* Writes the rendition of `instance` to `out_path`, whole or not at all
 * (staged beside it and renamed into place).  A target that exists and is
 * not a regular file (a device such as /dev/null, a FIFO, a socket, a
 * directory, a symbolic link) is never replaced: write.not-regular.
 * `opt` may be NULL (HTML5).  TX_OK, TX_EINPUT (the instance cannot be
 * read or rendered, or an error was reported: a document of its DTS
 * refused or missing, dts.*; then nothing is written), TX_EIO, TX_ENOMEM;
 * findings (render.stylesheet, render.xslt, render.dts, dts.*, write.io,
 * write.not-regular) go to rep. */
TX_API tx_status tx_render_file(const char *instance, const char *out_path,
                                const tx_render_options *opt, tx_report *rep);
/* The same, written to a stream.  A failed write is TX_EIO with errno
 * set and no finding (as tx_instance_write_facts, tx_exhibit_inspect,
 * tx_report_write: the caller knows what the stream is). */
TX_API tx_status tx_render_stream(const char *instance, FILE *out,
                                  const tx_render_options *opt, tx_report *rep);

#ifdef __cplusplus
}
#endif

#endif /* TXBRL_H */

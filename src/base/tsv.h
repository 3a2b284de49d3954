/*
 * tsv.h - data files: tab-separated rows with checked columns (internal).
 *
 * Every table of knowledge the library loads (the .tsv files of
 * taxonomy/src and taxonomy/mapping, an entities file) is read by this one
 * loader.
 * Blank lines and lines starting with '#' are skipped, and so is a header
 * row (its first column holds the spec's header word, anywhere in the
 * file).  Every other row must have the columns its spec asks for, or it
 * is a bad row.  The findings are made one way for every file:
 *   taxonomy.missing  the file cannot be read: "cannot read: REASON"
 *   taxonomy.bad-row  a row without the columns it needs (the spec's text),
 *                     or a row its loader rejects (tx_tsv_bad)
 * at the file's path and the row's line.  A file that is no part of the
 * taxonomy (the entities file) names its own codes and texts in its spec.
 *
 *     static const tx_tsv_spec spec = {.columns = 4, .header = "role",
 *         .shape = "a calculation arc needs role, parent, child, weight"};
 *     tx_tsv t;
 *     if (tx_tsv_open(&t, path, &spec, rep) != 0)
 *         return -1;
 *     int r;
 *     while ((r = tx_tsv_next(&t)) > 0)
 *         ... tx_tsv_field(&t, ROLE) ...
 *     tx_tsv_close(&t);
 */
#ifndef TX_TSV_H
#define TX_TSV_H

#include <stddef.h>

#include "txbrl.h"

/* What the rows of one data file hold, and how its findings read. */
typedef struct tx_tsv_spec {
    size_t columns;            /* a row needs at least this many columns      */
    unsigned nonempty;         /* and these not empty: bit i for column i     */
    const char *header;        /* first column of a header row; NULL: none    */
    const char *shape;         /* the bad-row text of a row that lacks them   */
    /* NULL (0) for the taxonomy's findings: */
    const char *missing_code;  /* the file cannot be read: "taxonomy.missing" */
    const char *missing_text;  /* "cannot read", then ": REASON"              */
    int missing_bare;          /* 1: the text without ": REASON"               */
    const char *bad_code;      /* a bad row: "taxonomy.bad-row"                */
} tx_tsv_spec;

/* A data file being read; the fields of the current row are valid until the
 * next call. */
typedef struct tx_tsv {
    const char *path;          /* as opened (not copied)                      */
    long line;                 /* 1-based line of the current row             */
    size_t nfields;            /* columns of the current row                  */
    int oom;                   /* reading stopped: no memory                  */
    /* private */
    char **fields;
    size_t cap;
    const tx_tsv_spec *spec;
    tx_report *rep;
    char *data;
    size_t len, pos;
} tx_tsv;

/* Reads the whole file; 0, or -1 when it cannot be read (reported: the
 * spec's missing finding).  `spec` and `rep` must outlive `t`. */
int tx_tsv_open(tx_tsv *t, const char *path, const tx_tsv_spec *spec, tx_report *rep);
/* Advances to the next row: 1, 0 at the end, -1 when reading stops: a row
 * without the spec's columns (reported: the spec's bad-row finding), or no
 * memory (t->oom). */
int tx_tsv_next(tx_tsv *t);
/* Column i of the current row; "" past its last column. */
const char *tx_tsv_field(const tx_tsv *t, size_t i);
/* Reports the current row as bad (the spec's bad-row code, the message
 * formatted); returns -1. */
int tx_tsv_bad(tx_tsv *t, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
void tx_tsv_close(tx_tsv *t);

/* The path of data file `rel` ("taxonomy/src/concepts.tsv") under the data
 * folder `dir`: "dir/rel".  Owned; NULL on allocation failure. */
char *tx_tsv_path(const char *dir, const char *rel);

#endif /* TX_TSV_H */

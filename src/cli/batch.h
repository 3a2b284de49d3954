/* batch.h - txbrl convert over many inputs: one converter loaded once,
 * shared by N worker processes (fork), per-exhibit diagnostics streamed as
 * each finishes, progress, a closing summary, a JSON Lines report, and
 * resumption (inputs whose sets are complete and newer than the input and
 * the data are skipped). */
#ifndef TX_CLI_BATCH_H
#define TX_CLI_BATCH_H

#include <stddef.h>
#include <stdio.h>

#include "txbrl.h"

typedef struct tx_batch_input {
    char *path;        /* as given or found under a folder; "-" standard input */
    char *outdir;      /* the folder its set goes to */
    char *stem;        /* its output files are OUTDIR/STEM.* */
} tx_batch_input;

typedef struct tx_batch {
    /* the options of convert */
    const char *entities, *cik, *name;
    const char *const *with;
    size_t nwith;
    int strict;
    tx_format fmt;
    int jobs;            /* worker processes; <= 0: the number of processors */
    int force;           /* convert even the inputs whose sets are up to date */
    int listed;          /* inputs from a folder or a list: a batch, even of one */
    int quiet;           /* no progress, no summary */
    const char *report;  /* --report FILE, or NULL */
    int to_stdout;       /* -o -: the instance of one exhibit on standard output */
    /* the inputs, in order */
    tx_batch_input *in;
    size_t n, cap;
} tx_batch;

/* s as a JSON string (quoted, escaped). */
void tx_batch_json_string(FILE *f, const char *s);
/* Adds an input whose set goes to `outdir`.  -1 on no memory. */
int tx_batch_add(tx_batch *b, const char *path, const char *outdir);
/* Adds the *.txt files under `dir`, recursively, in name order, each with
 * its set in the same subfolder of `outdir` as it is of `dir`.  -1 when
 * the folder cannot be read (said on stderr) or on no memory. */
int tx_batch_add_dir(tx_batch *b, const char *dir, const char *outdir);
/* Adds the paths of `list` (one per line; "-": standard input), each with
 * its set in `outdir`.  -1 when it cannot be read (said on stderr). */
int tx_batch_add_list(tx_batch *b, const char *list, const char *outdir);
/* Converts every input; returns the exit status of convert. */
int tx_batch_run(tx_batch *b);
void tx_batch_clear(tx_batch *b);

#endif

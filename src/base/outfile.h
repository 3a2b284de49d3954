/*
 * outfile.h - output files written whole or not at all (internal).
 *
 * tx_outfile_commit() writes a set of files.  Each is first written to a
 * temporary file in its target's directory, "DIR/.NAME.tmpPID-K" (created
 * exclusively, K = 0..99, mode 0666 less the umask), flushed to disk
 * (fsync) and closed; only once every file of the set is written are they
 * renamed into place, in order.  When anything fails, the temporaries are
 * removed and so are the files of the set already renamed: nothing of the
 * set is left behind.  When everything succeeds, the targets of the entries
 * without text are removed (files an earlier run wrote and this one does
 * not).
 *
 * The writer reports nothing: it says which file failed, at which step and
 * with which errno, and the caller words the finding.
 */
#ifndef TX_OUTFILE_H
#define TX_OUTFILE_H

#include <stddef.h>
#include <sys/types.h>

typedef struct tx_outfile {
    const char *path;   /* the target                                        */
    const char *text;   /* the bytes to write, or NULL: remove the target once
                           the rest of the set is in place                    */
    size_t len;         /* bytes of text                                      */
} tx_outfile;

typedef enum tx_outfile_step {
    TX_OUTFILE_OK = 0,
    TX_OUTFILE_CREATE,  /* no temporary file could be created (errno EEXIST:
                           every temporary name was taken)                    */
    TX_OUTFILE_WRITE,   /* writing, setting the mode, fsync or close failed   */
    TX_OUTFILE_RENAME,  /* the temporary file could not be renamed into place */
    TX_OUTFILE_NOMEM    /* no memory for a temporary file's name              */
} tx_outfile_step;

typedef struct tx_outfile_error {
    tx_outfile_step step;
    size_t file;        /* index of the file that failed                     */
    int err;            /* errno of the failing call (0 for TX_OUTFILE_NOMEM) */
} tx_outfile_error;

/* Writes files[0..n) as described above.  `mode` 0 keeps the mode the
 * temporary file was created with (0666 less the umask); any other value is
 * given to every file as it is.  Returns TX_OUTFILE_OK, or the failing step
 * (then *e, when not NULL, says where and why). */
tx_outfile_step tx_outfile_commit(const tx_outfile *files, size_t n, mode_t mode,
                                  tx_outfile_error *e);

/* One file: tx_outfile_commit() of a set of one. */
tx_outfile_step tx_outfile_write(const char *path, const char *text, size_t len, mode_t mode,
                                 tx_outfile_error *e);

#endif /* TX_OUTFILE_H */

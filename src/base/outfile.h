/*
 * outfile.h - output files written whole or not at all, a set of them
 * together or not at all (internal).
 *
 * A set is files of one directory DIR that belong together (an instance,
 * its extension schema and linkbases, its rendition).  Its new contents
 * are first written to a stage, the private directory DIR/.NAME.txbrl/
 * (NAME: the set's first file name), under their final names in
 * DIR/.NAME.txbrl/new/: files of the set that refer to each other by
 * relative URL (STEM.xml -> STEM.xsd -> STEM_lab.xml) can be validated and
 * rendered there before anything in DIR changes.  Each staged file is
 * written, flushed to disk (fsync) and closed.  The commit then
 *   1. checks every target again: one that exists and is not a regular
 *      file (a device such as /dev/null, a FIFO, a socket, a directory, a
 *      symbolic link, wherever it points) is never replaced or removed:
 *      TX_OUTFILE_NOTREG, and nothing changes;
 *   2. records what it is about to do (DIR/.NAME.txbrl/commit);
 *   3. renames each staged file into place, in order, keeping the file it
 *      replaces (a hard link in DIR/.NAME.txbrl/old/) and checking the
 *      target (lstat) right before the rename; then moves the files of the
 *      set that were not staged this time (an earlier run's extension
 *      schema, say) out of DIR;
 *   4. flushes DIR to disk and removes the stage.
 * When step 3 or 4 fails, what was renamed is put back as it was: the
 * files replaced return, new ones go, and nothing in DIR has changed.
 * Nothing that existed is ever lost.
 *
 * The stage is locked (flock) while a set uses it: two processes writing
 * the same set into the same directory take turns.  A process killed while
 * it held a stage (kill -9, power loss) leaves it behind, and the next one
 * to open a set with that name finishes its work first: a stage with the
 * record of step 2 is committed (its set was complete and approved), any
 * other is discarded.  So a killed run leaves each set either as it was or
 * complete, and a rerun repairs the rare set caught in the middle of its
 * renames.
 *
 * The writer reports nothing: it says which file failed, at which step and
 * with which errno; tx_outfile_report() words the finding.
 */
#ifndef TX_OUTFILE_H
#define TX_OUTFILE_H

#include <stddef.h>
#include <sys/types.h>

#include "txbrl.h"

typedef enum tx_outfile_step {
    TX_OUTFILE_OK = 0,
    TX_OUTFILE_CREATE,  /* the stage or a staged file could not be created,
                           or the target directory not opened or examined  */
    TX_OUTFILE_WRITE,   /* writing, setting the mode, fsync or close failed   */
    TX_OUTFILE_RENAME,  /* a file could not be renamed into (or out of) place */
    TX_OUTFILE_NOMEM,   /* no memory                                          */
    TX_OUTFILE_NOTREG   /* the target exists and is not a regular file: left
                           as it is, nothing written (err 0)                  */
} tx_outfile_step;

typedef struct tx_outfile_error {
    tx_outfile_step step;
    size_t file;        /* index of the file that failed                      */
    int err;            /* errno of the failing call (0: NOMEM, NOTREG)       */
    mode_t type;        /* NOTREG: the target's file type (S_IFCHR, ...)      */
} tx_outfile_error;

/* ------------------------------------------------------------ sets */

typedef struct tx_outset tx_outset;

/* Opens the set of files names[0..n) of directory `dir` (NULL or "": the
 * working directory): checks that no target exists as anything but a
 * regular file (TX_OUTFILE_NOTREG, nothing created), then creates and locks
 * the stage, finishing first what a killed run left in it.  Names are file
 * names: no '/', newline, "." or "..". */
tx_outfile_step tx_outset_open(const char *dir, const char *const *names, size_t n,
                               tx_outset **out, tx_outfile_error *e);

/* Stages the new content of file i: `len` bytes of `text`, with `mode`
 * (0: the mode of a new file, 0666 less the umask).  A file staged twice
 * keeps the last content. */
tx_outfile_step tx_outset_put(tx_outset *s, size_t i, const char *text, size_t len,
                              mode_t mode, tx_outfile_error *e);

/* DIR/NAME of file i, and where its staged content is
 * (DIR/.NAME0.txbrl/new/NAME; exists once tx_outset_put succeeded), for
 * reading the staged set before the commit.  Valid until tx_outset_close. */
const char *tx_outset_target(const tx_outset *s, size_t i);
const char *tx_outset_staged(const tx_outset *s, size_t i);

/* The part of a staged path between DIR/ and NAME (".NAME0.txbrl/new/"):
 * findings about staged files name their target once it is taken out. */
const char *tx_outset_stage_infix(const tx_outset *s);

/* Replaces the targets of the staged files with them and removes the
 * targets of the others, as described above; TX_OUTFILE_OK, or the failing
 * step with nothing in DIR changed (*e says where and why). */
tx_outfile_step tx_outset_commit(tx_outset *s, tx_outfile_error *e);

/* Discards what was staged and not committed, removes the stage, unlocks.
 * NULL is a no-op. */
void tx_outset_close(tx_outset *s);

/* ------------------------------------------------------------ one call */

typedef struct tx_outfile {
    const char *path;   /* the target                                        */
    const char *text;   /* the bytes to write, or NULL: remove the target once
                           the rest of the set is in place                    */
    size_t len;         /* bytes of text                                      */
} tx_outfile;

/* Writes files[0..n), all in one directory, as one set: open, put every
 * entry with text, commit, close.  `mode` 0 keeps the mode of a new file
 * (0666 less the umask); any other value is given to every file as it is.
 * Returns TX_OUTFILE_OK, or the failing step (then *e, when not NULL, says
 * which entry and why; targets in different directories: TX_OUTFILE_CREATE
 * with EINVAL). */
tx_outfile_step tx_outfile_commit(const tx_outfile *files, size_t n, mode_t mode,
                                  tx_outfile_error *e);

/* One file: tx_outfile_commit() of a set of one. */
tx_outfile_step tx_outfile_write(const char *path, const char *text, size_t len, mode_t mode,
                                 tx_outfile_error *e);

/* The finding for a failure *e of writing `path` (the target of e->file):
 * write.not-regular for TX_OUTFILE_NOTREG, write.io with the errno's text
 * otherwise (none for TX_OUTFILE_NOMEM).  Returns TX_EIO, or TX_ENOMEM. */
tx_status tx_outfile_report(tx_report *rep, const char *path, const tx_outfile_error *e);

/* mkdir -p: creates the folder `dir` and its missing parents (mode 0777
 * less the umask).  0 when `dir` is a folder afterwards, else -1 with
 * errno set (ENOTDIR when it names something else). */
int tx_make_dirs(const char *dir);

#endif /* TX_OUTFILE_H */

/*
 * readall.h - a file read whole into memory, whatever kind of file it is
 * (internal).
 *
 * A regular file, a pipe or FIFO (`txbrl inspect <(cat x.txt)` names
 * /dev/fd/63), a character device, /dev/stdin, and "-" for standard input
 * itself (descriptor 0, read where it stands and left open) are all read
 * the same way: read() until end of file, never more than a limit (a pipe
 * has no size to check first; a regular file's size is checked before
 * reading).  Nothing is parsed from the path a second time, so a pipe is
 * read once, from its first byte.
 *
 * The one reader of whole files: exhibits (read/exhibit.c), every XML
 * document (xbrl/offline.c: the entry as it is, "-" included; a DTS
 * document from the descriptor its checks opened), data files and
 * --entities (base/tsv.c), a stage's commit record (base/outfile.c).
 *
 * The reader reports nothing: it says what failed and the errno, and the
 * caller words the finding.
 */
#ifndef TX_READALL_H
#define TX_READALL_H

#include <stddef.h>

typedef enum tx_readall_step {
    TX_READALL_OK = 0,
    TX_READALL_OPEN,      /* the path cannot be opened (err)                 */
    TX_READALL_DIR,       /* it is a directory                               */
    TX_READALL_READ,      /* reading failed (err)                            */
    TX_READALL_TOOBIG,    /* more than `limit` bytes (*len: a regular file's
                             size; limit + 1 for what has no size)            */
    TX_READALL_NOMEM
} tx_readall_step;

/* Reads `path` ("-": standard input) whole: *data (NUL-terminated, owned,
 * free()) and *len on TX_READALL_OK; *data NULL otherwise, *err the errno
 * for OPEN and READ. */
tx_readall_step tx_read_all(const char *path, size_t limit, char **data, size_t *len,
                            int *err);

/* The same from an open descriptor, left open. */
tx_readall_step tx_read_all_fd(int fd, size_t limit, char **data, size_t *len, int *err);

#endif /* TX_READALL_H */

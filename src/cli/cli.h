/* cli.h - the txbrl command line: one function per subcommand. */
#ifndef TX_CLI_H
#define TX_CLI_H

#include "txbrl.h"

/* Exit status of every subcommand, as README and txbrl(1) document it:
 * 0 success (warnings allowed), 1 the input has errors, 2 usage or I/O
 * failure. */
enum { TX_EXIT_OK = 0, TX_EXIT_INVALID = 1, TX_EXIT_FAILURE = 2 };

int tx_cmd_inspect(int argc, char **argv);
int tx_cmd_facts(int argc, char **argv);
int tx_cmd_convert(int argc, char **argv);
int tx_cmd_validate(int argc, char **argv);
int tx_cmd_render(int argc, char **argv);
int tx_cmd_check(int argc, char **argv);

/* Shared helpers of the subcommands (main.c). */
int tx_cli_exit_code(tx_status st);
/* The exit status of a subcommand that ends with status `st` and printed
 * the findings of `rep`: tx_cli_exit_code(st), and at least 1 when a
 * finding is an error (a subcommand that reported an error never exits
 * 0). */
int tx_cli_exit_status(tx_status st, const tx_report *rep);
int tx_cli_parse_format(const char *s, tx_format *fmt, int allow_tsv);
void tx_cli_print_version(void);
/* The data directory (taxonomy/, xslt/): $TXBRL_DATADIR when set; else, for
 * a txbrl run from its build tree, the source tree; else the directory it
 * was installed with, or when that holds no taxonomy, ../share/txbrl beside
 * the program (an installed tree moved elsewhere). */
const char *tx_cli_datadir(void);
/* The project's XML catalog under tx_cli_datadir() (static storage). */
const char *tx_cli_catalog(void);
/* The --allow list: room for every argument (NULL-terminated, static
 * storage; NULL on no memory), and adding one folder to it. */
const char **tx_cli_allow_list(int argc);
void tx_cli_allow_add(const char **list, const char *dir);
/* 0 when '-' (standard input) is among argv[from..argc) at most once, plus
 * `extra` more uses; else prints "txbrl CMD: standard input ('-') can be
 * read only once" and returns -1. */
int tx_cli_stdin_once(const char *cmd, int argc, char **argv, int from, int extra);
/* Prints the report to stderr in the given format. */
void tx_cli_print_report(const tx_report *rep, tx_format fmt);

/* Standard output, once a subcommand has written to it: flushed, and a
 * write that failed now or earlier (`err`: the errno of a library call
 * that returned TX_EIO on stdout, else 0) is the finding
 *     -:0: error: [write.io] cannot write standard output: REASON
 * in `rep` (once per run) and TX_EIO.  A reader that went away (EPIPE) is
 * TX_EIO without a finding: see main.c. */
tx_status tx_cli_flush_stdout(tx_report *rep, int err);
/* errno, or EIO when it is 0: the reason of a library call on a stream that
 * returned TX_EIO. */
int tx_cli_errno(void);

#endif

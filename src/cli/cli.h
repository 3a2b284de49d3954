/* cli.h - the txbrl command line: one function per subcommand. */
#ifndef TX_CLI_H
#define TX_CLI_H

#include <stdio.h>

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
/* Prints the report to stderr in the given format (JSON: one array, even
 * when empty; text: nothing when empty), less what --quiet and --disable
 * silence (tx_cli_filter). */
void tx_cli_print_report(tx_report *rep, tx_format fmt);

/* ------------------------------------------------------------ options
 * Every subcommand takes -h/--help, -V/--version, -q/--quiet (no notes:
 * no summaries) and --disable CODE (repeatable: findings of CODE, or of
 * every code of a layer when CODE has no dot, are not shown).  A short
 * option means one thing in every subcommand. */
enum { TX_OPT_DISABLE = 0x101, TX_OPT_CALC, TX_OPT_CIK, TX_OPT_SOURCE,
       TX_OPT_REPORT, TX_OPT_FORCE };
#define TX_CLI_COMMON_OPTIONS \
    {"help", no_argument, NULL, 'h'}, {"version", no_argument, NULL, 'V'}, \
    {"quiet", no_argument, NULL, 'q'}, {"disable", required_argument, NULL, TX_OPT_DISABLE}
/* The short options of TX_CLI_COMMON_OPTIONS, for the end of an optstring
 * that starts with ':' (missing arguments reported apart). */
#define TX_CLI_COMMON_SHORT "hVq"

/* Handles an option of TX_CLI_COMMON_OPTIONS or a getopt error for `cmd`:
 * returns -1 when `c` is none of them (the subcommand's own), else the exit
 * status to end with (help and version: 0 after printing; a usage error: 2
 * after tx_cli_usage_error), or -2 to go on (--quiet, --disable).
 * `help` prints the subcommand's help. */
int tx_cli_common_option(const char *cmd, int c, char **argv, void (*help)(FILE *));

/* A usage error: "txbrl CMD: MESSAGE" and "try 'txbrl CMD --help'" on
 * stderr; returns TX_EXIT_FAILURE. */
int tx_cli_usage_error(const char *cmd, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* 1 under --quiet. */
int tx_cli_quiet(void);
/* Applies --quiet and --disable to a report before it is shown. */
void tx_cli_filter(tx_report *rep);
/* The exit status once the report is filtered: `code` (1: the input has
 * errors), or 0 when every error of the input was silenced by --disable
 * (failures to read or write stay 2). */
int tx_cli_filtered_exit(int code, const tx_report *rep);

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

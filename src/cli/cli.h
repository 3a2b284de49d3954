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
/* Prints the report to stderr in the given format. */
void tx_cli_print_report(const tx_report *rep, tx_format fmt);

#endif

/* main.c - txbrl: dispatch to a subcommand. */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

static const struct {
    const char *name;
    int (*run)(int, char **);
    const char *summary;
} commands[] = {
    {"check", tx_cmd_check, "check non-GAAP reconciliations and the numbers in the prose"},
    {"convert", tx_cmd_convert, "convert legacy text exhibits to XBRL 2.1 instances"},
    {"facts", tx_cmd_facts, "print the facts of an XBRL instance as CSV or xBRL-JSON"},
    {"inspect", tx_cmd_inspect, "show the tables, columns, periods, rows and concepts found"},
    {"render", tx_cmd_render, "render an XBRL instance as HTML5 or Inline XBRL"},
    {"validate", tx_cmd_validate, "validate XBRL instances, schemas and linkbases offline"},
};

static void usage(FILE *out)
{
    fprintf(out, "usage: txbrl COMMAND [OPTIONS] ARGS...\n"
                 "       txbrl --help | --version\n\ncommands:\n");
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(out, "  %-10s %s\n", commands[i].name, commands[i].summary);
    fprintf(out, "\n'txbrl COMMAND --help' describes a command.\n"
                 "Exit status: 0 success (warnings allowed), 1 the input has errors,\n"
                 "2 usage or I/O failure.\n");
}

int tx_cli_exit_code(tx_status st)
{
    switch (st) {
    case TX_OK: return TX_EXIT_OK;
    case TX_EINPUT: return TX_EXIT_INVALID;
    default: return TX_EXIT_FAILURE;
    }
}

int tx_cli_exit_status(tx_status st, const tx_report *rep)
{
    int code = tx_cli_exit_code(st);
    if (code == TX_EXIT_OK && tx_report_count(rep, TX_ERROR) > 0)
        code = TX_EXIT_INVALID;
    return code;
}

int tx_cli_parse_format(const char *s, tx_format *fmt, int allow_tsv)
{
    if (strcmp(s, "text") == 0)
        *fmt = TX_FORMAT_TEXT;
    else if (strcmp(s, "json") == 0)
        *fmt = TX_FORMAT_JSON;
    else if (allow_tsv && strcmp(s, "tsv") == 0)
        *fmt = TX_FORMAT_TSV;
    else
        return -1;
    return 0;
}

void tx_cli_print_version(void)
{
    printf("txbrl %s\nLicense: MIT (see LICENSE). No warranty.\n", tx_version());
}

/* The folder of the running program into dir (PATH_MAX bytes); 0, or -1. */
static int program_dir(char *dir)
{
    ssize_t n = readlink("/proc/self/exe", dir, PATH_MAX - 1);
    if (n <= 0)
        return -1;
    dir[n] = '\0';
    char *slash = strrchr(dir, '/');
    if (!slash)
        return -1;
    *slash = '\0';
    return 0;
}

/* 1 when the running program is the one built in TX_ABS_BUILDDIR (libtool
 * runs it from .libs/ there, as lt-txbrl or txbrl). */
static int run_from_build_tree(void)
{
    char exe[PATH_MAX];
    if (program_dir(exe) != 0)
        return 0;
    size_t len = strlen(exe);
    if (len >= 6 && strcmp(exe + len - 6, "/.libs") == 0)
        exe[len - 6] = '\0';
    char real_build[PATH_MAX];
    if (!realpath(TX_ABS_BUILDDIR, real_build))
        return 0;
    char real_exe[PATH_MAX];
    return realpath(exe, real_exe) && strcmp(real_exe, real_build) == 0;
}

/* BIN/../share/txbrl for the program at BIN/txbrl (an installed tree that
 * was moved, or installed with DESTDIR), into buf; 0, or -1 if none. */
static int datadir_beside_program(char *buf, size_t n)
{
    char exe[PATH_MAX];
    if (program_dir(exe) != 0)
        return -1;
    char probe[PATH_MAX + 64];
    struct stat st;
    int w = snprintf(probe, sizeof probe, "%s/../share/txbrl/taxonomy/catalog.xml", exe);
    if (w <= 0 || (size_t)w >= sizeof probe || stat(probe, &st) != 0)
        return -1;
    w = snprintf(buf, n, "%s/../share/txbrl", exe);
    return w > 0 && (size_t)w < n ? 0 : -1;
}

const char *tx_cli_datadir(void)
{
    static const char *dir;
    static char beside[PATH_MAX + 32];
    if (dir)
        return dir;
    const char *env = getenv("TXBRL_DATADIR");
    if (env && *env)
        return dir = env;
    struct stat st;
    if (run_from_build_tree() && stat(TX_ABS_SRCDIR "/taxonomy/catalog.xml", &st) == 0)
        return dir = TX_ABS_SRCDIR;
    if (stat(TX_PKGDATADIR "/taxonomy/catalog.xml", &st) != 0 &&
        datadir_beside_program(beside, sizeof beside) == 0)
        return dir = beside;
    return dir = TX_PKGDATADIR;
}

const char *tx_cli_catalog(void)
{
    static char path[PATH_MAX + 32];
    if (!path[0])
        snprintf(path, sizeof path, "%s/taxonomy/catalog.xml", tx_cli_datadir());
    return path;
}

void tx_cli_print_report(tx_report *rep, tx_format fmt)
{
    tx_cli_filter(rep);
    if (fmt == TX_FORMAT_JSON || tx_report_size(rep) > 0)
        tx_report_write(rep, stderr, fmt == TX_FORMAT_JSON ? TX_FORMAT_JSON : TX_FORMAT_TEXT);
}

/* ------------------------------------------------------------ common options */

static struct {
    int quiet;
    const char **disabled;
    size_t ndisabled;
    size_t errors_silenced;   /* errors removed by --disable */
} filter;

int tx_cli_usage_error(const char *cmd, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "txbrl %s: ", cmd);
    vfprintf(stderr, fmt, ap);
    fprintf(stderr, "\ntry 'txbrl %s --help'\n", cmd);
    va_end(ap);
    return TX_EXIT_FAILURE;
}

int tx_cli_common_option(const char *cmd, int c, char **argv, void (*help)(FILE *))
{
    const char *arg = optind > 0 ? argv[optind - 1] : "";
    switch (c) {
    case 'h':
        help(stdout);
        return TX_EXIT_OK;
    case 'V':
        tx_cli_print_version();
        return TX_EXIT_OK;
    case 'q':
        filter.quiet = 1;
        return -2;
    case TX_OPT_DISABLE: {
        const char **more = realloc(filter.disabled, (filter.ndisabled + 1) * sizeof *more);
        if (!more) {
            fprintf(stderr, "txbrl %s: out of memory\n", cmd);
            return TX_EXIT_FAILURE;
        }
        filter.disabled = more;
        filter.disabled[filter.ndisabled++] = optarg;
        return -2;
    }
    case ':':
        if (optopt && optopt < 0x100)
            return tx_cli_usage_error(cmd, "option '-%c' needs an argument", optopt);
        return tx_cli_usage_error(cmd, "option '%s' needs an argument", arg);
    case '?':
        if (optopt && optopt < 0x100)
            return tx_cli_usage_error(cmd, "unknown option '-%c'", optopt);
        return tx_cli_usage_error(cmd, "unknown option '%s'", arg);
    default:
        return -1;
    }
}

void tx_cli_filter(tx_report *rep)
{
    size_t before = tx_report_count(rep, TX_ERROR);
    for (size_t i = 0; i < filter.ndisabled; i++)
        tx_report_remove(rep, filter.disabled[i], TX_NOTE);
    filter.errors_silenced += before - tx_report_count(rep, TX_ERROR);
    if (filter.quiet)
        tx_report_remove(rep, NULL, TX_WARNING);
}

int tx_cli_quiet(void)
{
    return filter.quiet;
}

int tx_cli_filtered_exit(int code, const tx_report *rep)
{
    if (code == TX_EXIT_INVALID && filter.errors_silenced > 0 &&
        tx_report_count(rep, TX_ERROR) == 0)
        return TX_EXIT_OK;
    return code;
}

/* ------------------------------------------------------------ standard output
 *
 * Every write to standard output is checked: a full disk, an I/O error, a
 * closed descriptor is `-:0: error: [write.io] cannot write standard
 * output: REASON` and exit 2, never a silent truncation.
 *
 * The one exception is a pipe whose reader has gone (`txbrl facts x.xml |
 * head -1`): the reader closing it is the reader's choice, and, like cat or
 * grep, txbrl ends quietly.  main() sets SIGPIPE to its default action, so
 * the first write after the reader left ends the process by SIGPIPE (the
 * shell sees 141; with `set -o pipefail` the pipeline fails, as for any
 * program).  Were SIGPIPE blocked by the caller, the write fails with EPIPE
 * instead: no diagnostic either, exit 2.  Nothing is lost either way: what
 * goes to standard output is a listing, and every file txbrl writes is
 * committed whole or not at all, before any diagnostic is printed. */

static int stdout_reported;

int tx_cli_errno(void) { return errno ? errno : EIO; }   /* the finding has been made (or EPIPE seen) */

tx_status tx_cli_flush_stdout(tx_report *rep, int err)
{
    if (fflush(stdout) != 0 && !err)
        err = errno;
    if (!err && ferror(stdout))
        err = EIO;
    if (!err)
        return TX_OK;
    if (!stdout_reported && err != EPIPE)
        tx_report_add(rep, TX_ERROR, "-", 0, "write.io", "cannot write standard output: %s",
                      strerror(err));
    stdout_reported = 1;
    return TX_EIO;
}

/* At exit: standard output closed (what no subcommand checked, such as
 * --help, reported here), standard error written.  The exit status
 * becomes 2 when either failed; a failure of standard error itself has no
 * one to be told to. */
static int close_streams(int code)
{
    int err = 0;
    errno = 0;
    if (fflush(stdout) != 0 || ferror(stdout))
        err = errno ? errno : EIO;
    errno = 0;
    if (fclose(stdout) != 0 && !err)
        err = errno ? errno : EIO;
    if (err) {
        if (!stdout_reported && err != EPIPE)
            fprintf(stderr, "-:0: error: [write.io] cannot write standard output: %s\n",
                    strerror(err));
        code = TX_EXIT_FAILURE;
    }
    if (fflush(stderr) != 0 || ferror(stderr))
        code = TX_EXIT_FAILURE;
    return code;
}

static int run(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "txbrl: no command given\ntry 'txbrl --help'\n");
        return TX_EXIT_FAILURE;
    }
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
        usage(stdout);
        return TX_EXIT_OK;
    }
    if (strcmp(argv[1], "--version") == 0) {
        tx_cli_print_version();
        return TX_EXIT_OK;
    }
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(argv[1], commands[i].name) == 0)
            return commands[i].run(argc - 1, argv + 1);
    fprintf(stderr, "txbrl: unknown command '%s'\ntry 'txbrl --help'\n", argv[1]);
    return TX_EXIT_FAILURE;
}

const char **tx_cli_allow_list(int argc)
{
    static const char **list;
    free(list);
    list = calloc((size_t)(argc > 0 ? argc : 0) + 1, sizeof *list);
    return list;
}

int tx_cli_stdin_once(const char *cmd, int argc, char **argv, int from, int extra)
{
    int uses = extra;
    for (int i = from; i < argc; i++)
        uses += strcmp(argv[i], "-") == 0;
    if (uses <= 1)
        return 0;
    tx_cli_usage_error(cmd, "standard input ('-') can be read only once");
    return -1;
}

void tx_cli_allow_add(const char **list, const char *dir)
{
    size_t n = 0;
    while (list[n])
        n++;
    list[n] = dir;
}

int main(int argc, char **argv)
{
    /* a reader that left ends txbrl quietly, whatever the caller ignored
       (see tx_cli_flush_stdout) */
    signal(SIGPIPE, SIG_DFL);
    return close_streams(run(argc, argv));
}

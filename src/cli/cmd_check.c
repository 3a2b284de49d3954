/* cmd_check.c - txbrl check: disclosure checks of legacy text exhibits. */
#include <getopt.h>
#include <stdio.h>

#include "cli.h"

static void help(FILE *out)
{
    fprintf(out,
            "usage: txbrl check [--format text|json] [--entities FILE] [--quiet]\n"
            "                   [--disable CODE]... EXHIBIT...\n\n"
            "Checks what each exhibit says against its own tables: every non-GAAP\n"
            "measure must be reconciled to GAAP (and the reconciliation must foot and\n"
            "tie), the GAAP figure must come first, and the measure must be justified;\n"
            "every numeric claim of the narrative is verified, contradicted or\n"
            "unverifiable.  Codes: disclosure.* (see the README).  An EXHIBIT may be\n"
            "any file, a pipe included; '-' is standard input (named stdin).\n\n"
            "  -f, --format FMT      text (default): FILE:LINE: SEVERITY: [code] message;\n"
            "                        json: one array of findings\n"
            "  -e, --entities FILE   NAME<TAB>CIK lines (as for convert)\n"
            "  -q, --quiet           no notes (no verified claims, no summaries)\n"
            "      --disable CODE    do not show findings of CODE (or of a layer);\n"
            "                        repeatable\n"
            "  -h, --help            this help\n"
            "  -V, --version         the version\n\n"
            "The disclosure.* findings are the output, on stdout (one JSON array with\n"
            "--format json), one disclosure.summary note per exhibit last; any other\n"
            "finding (an exhibit that cannot be read) goes to stderr.\n"
            "Exit status: 0 no error (warnings allowed), 1 an exhibit has errors,\n"
            "2 usage or I/O failure.\n");
}

int tx_cmd_check(int argc, char **argv)
{
    static const struct option opts[] = {
        {"format", required_argument, NULL, 'f'},
        {"entities", required_argument, NULL, 'e'},
        TX_CLI_COMMON_OPTIONS,
        {NULL, 0, NULL, 0},
    };
    const char *entities = NULL;
    tx_format fmt = TX_FORMAT_TEXT;
    int c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":f:e:" TX_CLI_COMMON_SHORT, opts, NULL)) != -1) {
        switch (c) {
        case 'e': entities = optarg; break;
        case 'f':
            if (tx_cli_parse_format(optarg, &fmt, 0) != 0)
                return tx_cli_usage_error("check", "unknown format '%s' (text or json)", optarg);
            break;
        default: {
            int r = tx_cli_common_option("check", c, argv, help);
            if (r != -2)
                return r < 0 ? TX_EXIT_FAILURE : r;
        }
        }
    }
    if (optind >= argc)
        return tx_cli_usage_error("check", "no exhibit given");
    if (tx_cli_stdin_once("check", argc, argv, optind, 0) != 0)
        return TX_EXIT_FAILURE;
    tx_report *rep = tx_report_new();
    tx_report *out = tx_report_new();
    tx_converter *conv = NULL;
    if (!rep || !out) {
        fprintf(stderr, "txbrl check: out of memory\n");
        tx_report_free(rep);
        tx_report_free(out);
        return TX_EXIT_FAILURE;
    }
    tx_status st = tx_converter_new(tx_cli_datadir(), entities, rep, &conv);
    if (st != TX_OK) {
        tx_cli_print_report(rep, fmt);
        tx_report_free(rep);
        tx_report_free(out);
        return TX_EXIT_FAILURE;
    }
    int exit_code = TX_EXIT_OK;
    for (int i = optind; i < argc; i++) {
        st = tx_converter_check(conv, argv[i], rep);
        int code = tx_cli_exit_code(st);
        if (code > exit_code)
            exit_code = code;
    }
    if (exit_code == TX_EXIT_OK)
        exit_code = tx_cli_exit_status(TX_OK, rep);
    /* the disclosure findings are this command's output, on stdout; the
       rest (and a failure to write stdout) are diagnostics, on stderr */
    if (tx_report_move(out, rep, "disclosure") != TX_OK) {
        fprintf(stderr, "txbrl check: out of memory\n");
        exit_code = TX_EXIT_FAILURE;
    }
    tx_cli_filter(out);
    tx_status w = TX_OK;
    if (fmt == TX_FORMAT_JSON || tx_report_size(out) > 0)
        w = tx_report_write(out, stdout, fmt);
    if (tx_cli_flush_stdout(rep, w == TX_EIO ? tx_cli_errno() : 0) != TX_OK || w == TX_ENOMEM)
        exit_code = TX_EXIT_FAILURE;
    tx_cli_print_report(rep, fmt);
    if (tx_report_count(out, TX_ERROR) == 0)
        exit_code = tx_cli_filtered_exit(exit_code, rep);
    tx_converter_free(conv);
    tx_report_free(out);
    tx_report_free(rep);
    return exit_code;
}

/* cmd_check.c - txbrl check: disclosure checks of legacy text exhibits. */
#include <getopt.h>
#include <stdio.h>

#include "cli.h"

static void help(FILE *out)
{
    fprintf(out,
            "usage: txbrl check [--format text|json] [--entities FILE] EXHIBIT...\n\n"
            "Checks what each exhibit says against its own tables: every non-GAAP\n"
            "measure must be reconciled to GAAP (and the reconciliation must foot and\n"
            "tie), the GAAP figure must come first, and the measure must be justified;\n"
            "every numeric claim of the narrative is verified, contradicted or\n"
            "unverifiable.  Codes: disclosure.* (see the README).  An EXHIBIT may be\n"
            "any file, a pipe included; '-' is standard input (named stdin).\n\n"
            "  -f, --format FMT      text (default): FILE:LINE: SEVERITY: [code] message;\n"
            "                        json: one array of findings\n"
            "  -e, --entities FILE   NAME<TAB>CIK lines (as for convert)\n"
            "  -h, --help            this help\n"
            "  -V, --version         the version\n\n"
            "Findings go to stdout, one disclosure.summary note per exhibit last.\n"
            "Exit status: 0 no error (warnings allowed), 1 an exhibit has errors,\n"
            "2 usage or I/O failure.\n");
}

int tx_cmd_check(int argc, char **argv)
{
    static const struct option opts[] = {
        {"format", required_argument, NULL, 'f'},
        {"entities", required_argument, NULL, 'e'},
        {"help", no_argument, NULL, 'h'},
        {"version", no_argument, NULL, 'V'},
        {NULL, 0, NULL, 0},
    };
    const char *entities = NULL;
    tx_format fmt = TX_FORMAT_TEXT;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "f:e:hV", opts, NULL)) != -1) {
        switch (c) {
        case 'e': entities = optarg; break;
        case 'f':
            if (tx_cli_parse_format(optarg, &fmt, 0) != 0) {
                fprintf(stderr, "txbrl check: unknown format '%s' (text or json)\n", optarg);
                return TX_EXIT_FAILURE;
            }
            break;
        case 'h': help(stdout); return TX_EXIT_OK;
        case 'V': tx_cli_print_version(); return TX_EXIT_OK;
        default: help(stderr); return TX_EXIT_FAILURE;
        }
    }
    if (optind >= argc) {
        fprintf(stderr, "txbrl check: no exhibit given\n");
        help(stderr);
        return TX_EXIT_FAILURE;
    }
    if (tx_cli_stdin_once("check", argc, argv, optind, 0) != 0)
        return TX_EXIT_FAILURE;
    tx_report *rep = tx_report_new();
    tx_converter *conv = NULL;
    if (!rep)
        return TX_EXIT_FAILURE;
    tx_status st = tx_converter_new(tx_cli_datadir(), entities, rep, &conv);
    if (st != TX_OK) {
        tx_cli_print_report(rep, fmt);
        tx_report_free(rep);
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
    /* the findings are this command's output: when standard output fails,
       the write.io finding goes to standard error */
    tx_status w = tx_report_write(rep, stdout, fmt);
    tx_report *io = tx_report_new();
    if (!io || tx_cli_flush_stdout(io, w == TX_EIO ? tx_cli_errno() : 0) != TX_OK ||
        w == TX_ENOMEM) {
        exit_code = TX_EXIT_FAILURE;
        if (io && tx_report_size(io) > 0)
            tx_cli_print_report(io, fmt);
    }
    tx_report_free(io);
    tx_converter_free(conv);
    tx_report_free(rep);
    return exit_code;
}

/* cmd_inspect.c - txbrl inspect: what the reader saw. */
#include <getopt.h>
#include <stdio.h>

#include "cli.h"

static void help(FILE *out)
{
    fprintf(out,
            "usage: txbrl inspect [--format text|json|tsv] EXHIBIT...\n\n"
            "Reads each legacy text exhibit and prints, table by table, its entity,\n"
            "title, scale, each column with its period, and each row with its label,\n"
            "heading path, kind, values and source line numbers.\n\n"
            "  -f, --format FMT  text (default), json, or tsv (one record per line)\n"
            "  -h, --help        this help\n"
            "  -V, --version     the version\n\n"
            "Diagnostics go to stderr as FILE:LINE: error|warning: [code] message\n"
            "(as JSON with --format json).  Exit status: 0 read (warnings allowed),\n"
            "1 an exhibit has errors, 2 usage or I/O failure.\n");
}

int tx_cmd_inspect(int argc, char **argv)
{
    static const struct option opts[] = {
        {"format", required_argument, NULL, 'f'},
        {"help", no_argument, NULL, 'h'},
        {"version", no_argument, NULL, 'V'},
        {NULL, 0, NULL, 0},
    };
    tx_format fmt = TX_FORMAT_TEXT;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "f:hV", opts, NULL)) != -1) {
        switch (c) {
        case 'f':
            if (tx_cli_parse_format(optarg, &fmt, 1) != 0) {
                fprintf(stderr, "txbrl inspect: unknown format '%s' (text, json or tsv)\n", optarg);
                return TX_EXIT_FAILURE;
            }
            break;
        case 'h':
            help(stdout);
            return TX_EXIT_OK;
        case 'V':
            tx_cli_print_version();
            return TX_EXIT_OK;
        default:
            help(stderr);
            return TX_EXIT_FAILURE;
        }
    }
    if (optind >= argc) {
        fprintf(stderr, "txbrl inspect: no exhibit given\n");
        help(stderr);
        return TX_EXIT_FAILURE;
    }
    int exit_code = TX_EXIT_OK;
    for (int i = optind; i < argc; i++) {
        tx_report *rep = tx_report_new();
        if (!rep) {
            fprintf(stderr, "txbrl inspect: out of memory\n");
            return TX_EXIT_FAILURE;
        }
        tx_exhibit *ex = NULL;
        tx_status st = tx_exhibit_read_file(argv[i], rep, &ex);
        if (ex) {
            tx_status w = tx_exhibit_inspect(ex, stdout, fmt);
            if (w != TX_OK)
                st = w;
        }
        if (fflush(stdout) != 0)
            st = TX_EIO;
        tx_cli_print_report(rep, fmt);
        int code = tx_cli_exit_code(st);
        if (code > exit_code)
            exit_code = code;
        tx_exhibit_free(ex);
        tx_report_free(rep);
    }
    return exit_code;
}

/* cmd_inspect.c - txbrl inspect: what the reader saw. */
#include <getopt.h>
#include <stdio.h>

#include "cli.h"

static void help(FILE *out)
{
    fprintf(out,
            "usage: txbrl inspect [--format text|json|tsv] [--entities FILE] EXHIBIT...\n\n"
            "Reads each legacy text exhibit and prints, table by table, its entity,\n"
            "title, scale, statement kind, each column with its period, and each row\n"
            "with its label, heading path, kind, values, source line numbers, and the\n"
            "concept it maps to with the rule that chose it.  An EXHIBIT may be any file,\n"
            "a pipe included; '-' is standard input (named stdin).\n\n"
            "  -f, --format FMT     text (default), json, or tsv (one record per line;\n"
            "                       what the reader saw, without concepts)\n"
            "  -e, --entities FILE  NAME<TAB>CIK lines (as for convert)\n"
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
        {"entities", required_argument, NULL, 'e'},
        {"help", no_argument, NULL, 'h'},
        {"version", no_argument, NULL, 'V'},
        {NULL, 0, NULL, 0},
    };
    tx_format fmt = TX_FORMAT_TEXT;
    const char *entities = NULL;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "f:e:hV", opts, NULL)) != -1) {
        switch (c) {
        case 'e':
            entities = optarg;
            break;
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
    if (tx_cli_stdin_once("inspect", argc, argv, optind, 0) != 0)
        return TX_EXIT_FAILURE;
    int exit_code = TX_EXIT_OK;
    /* Concepts are shown when the taxonomy can be loaded; the reader's view
       is printed either way. */
    tx_converter *conv = NULL;
    if (fmt != TX_FORMAT_TSV) {
        tx_report *trep = tx_report_new();
        tx_status st = trep ? tx_converter_new(tx_cli_datadir(), entities, trep, &conv)
                            : TX_ENOMEM;
        if (st != TX_OK) {
            /* the reader's view is still printed; the status says the
               concepts are missing */
            tx_cli_print_report(trep, fmt);
            exit_code = tx_cli_exit_status(st, trep);
        }
        tx_report_free(trep);
    }
    for (int i = optind; i < argc; i++) {
        tx_report *rep = tx_report_new();
        if (!rep) {
            fprintf(stderr, "txbrl inspect: out of memory\n");
            tx_converter_free(conv);
            return TX_EXIT_FAILURE;
        }
        tx_exhibit *ex = NULL;
        tx_status st = tx_exhibit_read_file(argv[i], rep, &ex);
        int out_failed = 0;
        if (ex) {
            int any = tx_exhibit_table_count(ex) || tx_exhibit_schedule_count(ex);
            tx_status w = conv && any ? tx_converter_inspect(conv, ex, stdout, fmt, rep)
                                      : tx_exhibit_inspect(ex, stdout, fmt);
            if (w == TX_EIO)
                w = tx_cli_flush_stdout(rep, tx_cli_errno());
            if (w > st)
                st = w;
        }
        if (tx_cli_flush_stdout(rep, 0) != TX_OK) {
            st = TX_EIO;
            out_failed = 1;
        }
        tx_cli_print_report(rep, fmt);
        int code = tx_cli_exit_status(st, rep);
        if (code > exit_code)
            exit_code = code;
        tx_exhibit_free(ex);
        tx_report_free(rep);
        if (out_failed)
            break;   /* nothing more can be shown */
    }
    tx_converter_free(conv);
    return exit_code;
}

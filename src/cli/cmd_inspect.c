/* cmd_inspect.c - txbrl inspect: what the reader saw. */
#include <getopt.h>
#include <stdio.h>

#include "cli.h"

static void help(FILE *out)
{
    fprintf(out,
            "usage: txbrl inspect [--format text|json|tsv] [--entities FILE] [--quiet]\n"
            "                     [--disable CODE]... EXHIBIT...\n\n"
            "Reads each legacy text exhibit and prints, table by table, its entity,\n"
            "title, scale, statement kind, each column with its period, and each row\n"
            "with its label, heading path, kind, values, source line numbers, and the\n"
            "concept it maps to with the rule that chose it.  An EXHIBIT may be any file,\n"
            "a pipe included; '-' is standard input (named stdin).\n\n"
            "  -f, --format FMT     text (default), json (one document per run: the\n"
            "                       exhibit's object, or for several exhibits an array\n"
            "                       of them in the order given, null for one that could\n"
            "                       not be read), or tsv (one record per line; what the\n"
            "                       reader saw, without concepts)\n"
            "  -e, --entities FILE  NAME<TAB>CIK lines (as for convert)\n"
            "  -q, --quiet          no notes\n"
            "      --disable CODE   do not show findings of CODE (or of a layer: 'map');\n"
            "                       repeatable\n"
            "  -h, --help           this help\n"
            "  -V, --version        the version\n\n"
            "Diagnostics go to stderr as FILE:LINE: error|warning: [code] message\n"
            "(one JSON array with --format json), after the output.  Exit status: 0 read\n"
            "(warnings allowed), 1 an exhibit has errors, 2 usage or I/O failure.\n");
}

int tx_cmd_inspect(int argc, char **argv)
{
    static const struct option opts[] = {
        {"format", required_argument, NULL, 'f'},
        {"entities", required_argument, NULL, 'e'},
        TX_CLI_COMMON_OPTIONS,
        {NULL, 0, NULL, 0},
    };
    tx_format fmt = TX_FORMAT_TEXT;
    const char *entities = NULL;
    int c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":f:e:" TX_CLI_COMMON_SHORT, opts, NULL)) != -1) {
        switch (c) {
        case 'e':
            entities = optarg;
            break;
        case 'f':
            if (tx_cli_parse_format(optarg, &fmt, 1) != 0)
                return tx_cli_usage_error("inspect", "unknown format '%s' (text, json or tsv)",
                                          optarg);
            break;
        default: {
            int r = tx_cli_common_option("inspect", c, argv, help);
            if (r != -2)
                return r < 0 ? TX_EXIT_FAILURE : r;
        }
        }
    }
    if (optind >= argc)
        return tx_cli_usage_error("inspect", "no exhibit given");
    if (tx_cli_stdin_once("inspect", argc, argv, optind, 0) != 0)
        return TX_EXIT_FAILURE;
    tx_report *rep = tx_report_new();
    if (!rep) {
        fprintf(stderr, "txbrl inspect: out of memory\n");
        return TX_EXIT_FAILURE;
    }
    int exit_code = TX_EXIT_OK;
    /* Concepts are shown when the taxonomy can be loaded; the reader's view
       is printed either way (the status says the concepts are missing). */
    tx_converter *conv = NULL;
    if (fmt != TX_FORMAT_TSV) {
        size_t errors = tx_report_count(rep, TX_ERROR);
        tx_status st = tx_converter_new(tx_cli_datadir(), entities, rep, &conv);
        if (st != TX_OK) {
            int code = tx_cli_exit_code(st);
            exit_code = code == TX_EXIT_OK && tx_report_count(rep, TX_ERROR) > errors
                            ? TX_EXIT_INVALID : code;
        }
    }
    /* several exhibits in JSON: one array of their documents */
    int array = fmt == TX_FORMAT_JSON && argc - optind > 1;
    if (array)
        fputs("[", stdout);
    for (int i = optind; i < argc; i++) {
        size_t errors = tx_report_count(rep, TX_ERROR);
        tx_exhibit *ex = NULL;
        tx_status st = tx_exhibit_read_file(argv[i], rep, &ex);
        if (array && i > optind)
            fputs(",", stdout);
        if (array && !ex)
            fputs("null\n", stdout);
        if (ex) {
            int any = tx_exhibit_table_count(ex) || tx_exhibit_schedule_count(ex);
            tx_status w = conv && any ? tx_converter_inspect(conv, ex, stdout, fmt, rep)
                                      : tx_exhibit_inspect(ex, stdout, fmt);
            if (w == TX_EIO)
                w = tx_cli_flush_stdout(rep, tx_cli_errno());
            if (w > st)
                st = w;
        }
        tx_exhibit_free(ex);
        int code = tx_cli_exit_code(st);
        if (code == TX_EXIT_OK && tx_report_count(rep, TX_ERROR) > errors)
            code = TX_EXIT_INVALID;
        if (tx_cli_flush_stdout(rep, 0) != TX_OK)
            code = TX_EXIT_FAILURE;
        if (code > exit_code)
            exit_code = code;
        if (code == TX_EXIT_FAILURE && tx_cli_flush_stdout(rep, 0) != TX_OK)
            break;   /* standard output failed: nothing more can be shown */
    }
    if (array) {
        fputs("]\n", stdout);
        if (tx_cli_flush_stdout(rep, 0) != TX_OK)
            exit_code = TX_EXIT_FAILURE;
    }
    tx_cli_print_report(rep, fmt == TX_FORMAT_JSON ? TX_FORMAT_JSON : TX_FORMAT_TEXT);
    exit_code = tx_cli_filtered_exit(exit_code, rep);
    tx_converter_free(conv);
    tx_report_free(rep);
    return exit_code;
}

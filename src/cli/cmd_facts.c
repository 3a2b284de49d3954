/* cmd_facts.c - txbrl facts: the facts of an XBRL instance as CSV or xBRL-JSON. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

static void help(FILE *out)
{
    fprintf(out,
            "usage: txbrl facts [--format csv|json] [--catalog FILE] [--quiet]\n"
            "                   [--disable CODE]... INSTANCE\n\n"
            "Reads an XBRL 2.1 instance (offline: no network, no external entities)\n"
            "and prints its facts, one per fact in document order.\n"
            "The INSTANCE may be any readable file, a pipe included (read whole); '-' is\n"
            "standard input.  Without a folder of its own ('-', /dev/stdin, /dev/fd/N)\n"
            "its relative references resolve against the current directory.\n\n"
            "  -f, --format FMT   csv (default): the header\n"
            "                       concept,entity,start,end,dimensions,unit,decimals,value\n"
            "                     and one row per fact; json: xBRL-JSON (OIM 1.0)\n"
            "  -c, --catalog FILE XML catalog to resolve URLs with (default: the\n"
            "                     project's taxonomy/catalog.xml)\n"
            "  -q, --quiet        no notes\n"
            "      --disable CODE do not show findings of CODE (or of a layer);\n"
            "                     repeatable\n"
            "  -h, --help         this help\n"
            "  -V, --version      the version\n\n"
            "Diagnostics go to stderr as FILE:LINE: error|warning: [code] message\n"
            "(as JSON with --format json).  Exit status: 0 read (warnings allowed),\n"
            "1 the instance has errors, 2 usage or I/O failure.\n");
}

static int parse_facts_format(const char *s, tx_format *fmt)
{
    if (strcmp(s, "csv") == 0)
        *fmt = TX_FORMAT_CSV;
    else if (strcmp(s, "json") == 0)
        *fmt = TX_FORMAT_JSON;
    else
        return -1;
    return 0;
}

static int run(const char *path, const char *catalog, tx_format fmt)
{
    tx_report *rep = tx_report_new();
    if (!rep) {
        fprintf(stderr, "txbrl facts: out of memory\n");
        return TX_EXIT_FAILURE;
    }
    tx_instance *inst = NULL;
    tx_status st = tx_instance_read_file(path, catalog ? catalog : tx_cli_catalog(), rep, &inst);
    if (inst) {
        tx_status w = tx_instance_write_facts(inst, stdout, fmt);
        if (w == TX_OK || w == TX_EIO)
            w = tx_cli_flush_stdout(rep, w == TX_EIO ? tx_cli_errno() : 0);
        if (w != TX_OK)
            st = w;
    }
    if (st == TX_ENOMEM)
        tx_report_add(rep, TX_ERROR, path, 0, "read.memory", "out of memory");
    tx_cli_print_report(rep, fmt == TX_FORMAT_JSON ? TX_FORMAT_JSON : TX_FORMAT_TEXT);
    int code = tx_cli_filtered_exit(tx_cli_exit_status(st, rep), rep);
    tx_instance_free(inst);
    tx_report_free(rep);
    return code;
}

int tx_cmd_facts(int argc, char **argv)
{
    static const struct option opts[] = {
        {"format", required_argument, NULL, 'f'},
        {"catalog", required_argument, NULL, 'c'},
        TX_CLI_COMMON_OPTIONS,
        {NULL, 0, NULL, 0},
    };
    tx_format fmt = TX_FORMAT_CSV;
    const char *catalog = NULL;
    int c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":f:c:" TX_CLI_COMMON_SHORT, opts, NULL)) != -1) {
        switch (c) {
        case 'f':
            if (parse_facts_format(optarg, &fmt) != 0)
                return tx_cli_usage_error("facts", "unknown format '%s' (csv or json)", optarg);
            break;
        case 'c':
            catalog = optarg;
            break;
        default: {
            int r = tx_cli_common_option("facts", c, argv, help);
            if (r != -2)
                return r < 0 ? TX_EXIT_FAILURE : r;
        }
        }
    }
    if (optind >= argc)
        return tx_cli_usage_error("facts", "no instance given");
    if (argc - optind > 1)
        return tx_cli_usage_error("facts", "one instance at a time");
    return run(argv[optind], catalog, fmt);
}

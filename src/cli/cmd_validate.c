/* cmd_validate.c - txbrl validate: offline validation of XBRL instances,
 * taxonomy schemas and linkbases. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "cli/batch.h"

static void help(FILE *out)
{
    fprintf(out,
            "usage: txbrl validate [--format text|json|sarif] [--catalog FILE] [--werror]\n"
            "                      [--calc 1.1|2.1] [--allow DIR]... [--report FILE]\n"
            "                      [--quiet] [--disable CODE]... FILE...\n\n"
            "Validates XBRL 2.1 instances (or taxonomy schemas and linkbases) offline:\n"
            "well-formedness (xml.*), DTS discovery through the XML catalog (dts.*),\n"
            "XML Schema validity (schema.*), XBRL 2.1 instance rules (xbrl.*),\n"
            "calculation consistency (calc.*), cross-statement ties (tie.*) and\n"
            "XBRL Dimensions (dim.*).  Nothing is fetched from the network.\n"
            "A FILE may be any readable file, a pipe included (read whole); '-' is\n"
            "standard input.  Without a folder of its own ('-', /dev/stdin, /dev/fd/N)\n"
            "its relative references resolve against the current directory.\n\n"
            "  -f, --format FMT   text (default): FILE:LINE: error|warning: [code] message\n"
            "                     on stderr, then a summary line;\n"
            "                     json: one array of findings on stdout;\n"
            "                     sarif: one SARIF 2.1.0 log on stdout\n"
            "  -c, --catalog FILE XML catalog to resolve URLs with (default: the\n"
            "                     project's taxonomy/catalog.xml)\n"
            "  -A, --allow DIR    the DTS may also use the files under DIR (repeatable);\n"
            "                     by default only the catalog's files and those under\n"
            "                     the validated file's own folder are read: an absolute\n"
            "                     path or ../ out of them, a device, FIFO, socket or\n"
            "                     folder is an error (dts.outside, dts.not-regular)\n"
            "  -W, --werror       treat warnings as errors\n"
            "      --calc MODE    1.1 (default): XBRL Calculations 1.1 interval semantics;\n"
            "                     2.1: XBRL 2.1 inferred-precision semantics\n"
            "      --report FILE  one JSON object per line and FILE validated: file,\n"
            "                     status (valid, invalid, error), exit, errors, warnings\n"
            "  -q, --quiet        no notes, no summary line\n"
            "      --disable CODE do not show findings of CODE (or of a layer: 'calc');\n"
            "                     repeatable; silenced errors do not make the exit\n"
            "                     status 1\n"
            "  -h, --help         this help\n"
            "  -V, --version      the version\n\n"
            "Files validated in one run share what they can: each set of DTS schemas is\n"
            "compiled once.  In text form findings go to stderr, then 'N errors, M warnings in K files';\n"
            "json and sarif write one document to stdout and nothing else.\n"
            "Exit status: 0 valid (warnings allowed), 1 invalid, 2 could not run.\n");
}

int tx_cmd_validate(int argc, char **argv)
{
    static const struct option opts[] = {
        {"format", required_argument, NULL, 'f'},
        {"catalog", required_argument, NULL, 'c'},
        {"werror", no_argument, NULL, 'W'},
        {"allow", required_argument, NULL, 'A'},
        {"calc", required_argument, NULL, TX_OPT_CALC},
        {"report", required_argument, NULL, TX_OPT_REPORT},
        TX_CLI_COMMON_OPTIONS,
        {NULL, 0, NULL, 0},
    };
    tx_format fmt = TX_FORMAT_TEXT;
    const char *report = NULL;
    tx_validate_options opt = {tx_cli_datadir(), NULL, TX_CALC_11, 0, NULL};
    const char **allow = tx_cli_allow_list(argc);
    if (!allow) {
        fprintf(stderr, "txbrl validate: out of memory\n");
        return TX_EXIT_FAILURE;
    }
    opt.allow = allow;
    int c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":f:c:A:W" TX_CLI_COMMON_SHORT, opts, NULL)) != -1) {
        switch (c) {
        case 'f':
            if (strcmp(optarg, "sarif") == 0)
                fmt = TX_FORMAT_SARIF;
            else if (tx_cli_parse_format(optarg, &fmt, 0) != 0)
                return tx_cli_usage_error("validate", "unknown format '%s' (text, json or sarif)",
                                          optarg);
            break;
        case 'c':
            opt.catalog = optarg;
            break;
        case 'W':
            opt.werror = 1;
            break;
        case 'A':
            tx_cli_allow_add(allow, optarg);
            break;
        case TX_OPT_REPORT:
            report = optarg;
            break;
        case TX_OPT_CALC:
            if (strcmp(optarg, "1.1") == 0)
                opt.calc = TX_CALC_11;
            else if (strcmp(optarg, "2.1") == 0)
                opt.calc = TX_CALC_21;
            else
                return tx_cli_usage_error("validate", "unknown calculation mode '%s' (1.1 or 2.1)",
                                          optarg);
            break;
        default: {
            int r = tx_cli_common_option("validate", c, argv, help);
            if (r != -2)
                return r < 0 ? TX_EXIT_FAILURE : r;
        }
        }
    }
    if (optind >= argc)
        return tx_cli_usage_error("validate", "no file given");
    if (tx_cli_stdin_once("validate", argc, argv, optind, 0) != 0)
        return TX_EXIT_FAILURE;
    tx_report *rep = tx_report_new();
    tx_validator *v = NULL;
    if (!rep || tx_validator_new(&opt, &v) != TX_OK) {
        fprintf(stderr, "txbrl validate: out of memory\n");
        tx_report_free(rep);
        return TX_EXIT_FAILURE;
    }
    FILE *rf = report ? fopen(report, "w") : NULL;
    if (report && !rf) {
        fprintf(stderr, "%s:0: error: [write.io] cannot write the report: %s\n", report,
                strerror(errno));
        tx_validator_free(v);
        tx_report_free(rep);
        return TX_EXIT_FAILURE;
    }
    tx_status worst = TX_OK;
    int nfiles = 0;
    for (int i = optind; i < argc; i++) {
        size_t e0 = tx_report_count(rep, TX_ERROR), w0 = tx_report_count(rep, TX_WARNING);
        tx_status st = tx_validator_run(v, argv[i], rep);
        nfiles++;
        if (st == TX_ENOMEM)
            tx_report_add(rep, TX_ERROR, argv[i], 0, "read.memory", "out of memory");
        if (rf) {
            /* this file's findings are the ones added since */
            size_t errors = tx_report_count(rep, TX_ERROR) - e0;
            size_t warnings = tx_report_count(rep, TX_WARNING) - w0 - errors;
            int code = tx_cli_exit_code(st);
            if (code == TX_EXIT_OK && errors)
                code = TX_EXIT_INVALID;
            fputs("{\"file\": ", rf);
            tx_batch_json_string(rf, argv[i]);
            fprintf(rf, ", \"status\": \"%s\", \"exit\": %d, \"errors\": %zu, "
                        "\"warnings\": %zu}\n",
                    code == TX_EXIT_OK ? "valid" : code == TX_EXIT_INVALID ? "invalid" : "error",
                    code, errors, warnings);
        }
        if (st != TX_OK && (worst == TX_OK || (worst == TX_EINPUT && st != TX_EINPUT)))
            worst = st;
    }
    tx_cli_filter(rep);
    if (fmt == TX_FORMAT_TEXT) {
        tx_cli_print_report(rep, fmt);
        size_t errors = tx_report_count(rep, TX_ERROR);
        size_t warnings = tx_report_count(rep, TX_WARNING) - errors;
        if (!tx_cli_quiet())
            fprintf(stderr, "%zu error%s, %zu warning%s in %d file%s\n", errors,
                    errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s", nfiles,
                    nfiles == 1 ? "" : "s");
    } else {
        tx_status ws = tx_report_write(rep, stdout, fmt);
        ws = tx_cli_flush_stdout(rep, ws == TX_EIO ? tx_cli_errno() : 0);
        if (ws != TX_OK) {
            tx_cli_print_report(rep, TX_FORMAT_TEXT);
            worst = TX_EIO;
        }
    }
    int code = tx_cli_filtered_exit(tx_cli_exit_status(worst, rep), rep);
    if (rf && fclose(rf) != 0) {
        fprintf(stderr, "%s:0: error: [write.io] cannot write the report: %s\n", report,
                strerror(errno));
        code = TX_EXIT_FAILURE;
    }
    tx_validator_free(v);
    tx_report_free(rep);
    return code;
}

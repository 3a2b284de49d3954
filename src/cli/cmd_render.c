/* cmd_render.c - txbrl render: an instance as an HTML5 page or Inline XBRL. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

static void help(FILE *out)
{
    fprintf(out,
            "usage: txbrl render [-o FILE] [--inline | --model] [--source NAME]\n"
            "                    [--catalog FILE] [--allow DIR]... INSTANCE\n\n"
            "Renders an XBRL 2.1 instance and its linkbases (labels, presentation,\n"
            "calculation; loaded offline through the XML catalog) as one self-contained\n"
            "HTML5 page: one table per role of the instance's presentation linkbase (for\n"
            "txbrl's instances the exhibit's own: its tables and rows in the order and\n"
            "words it printed them; else the taxonomy's), in the order of the roles,\n"
            "inline CSS with a print stylesheet, no scripts, nothing to fetch.  Every\n"
            "amount carries the exhibit line it came from (data-source-line, title).\n"
            "The INSTANCE may be any readable file, a pipe included (read whole); '-' is\n"
            "standard input.  Without a folder of its own ('-', /dev/stdin, /dev/fd/N)\n"
            "its relative references resolve against the current directory.\n\n"
            "  -o, --output FILE   write FILE (whole or not at all; default: stdout)\n"
            "  -i, --inline        write Inline XBRL 1.1 (XHTML) instead: the same page\n"
            "                      with every fact tagged (ix:nonFraction, ix:nonNumeric);\n"
            "                      `txbrl facts` reads it back.  Write it next to the\n"
            "                      instance: its schemaRef is relative.\n"
            "  -m, --model         write the presentation model instead (XML: the tables,\n"
            "                      columns, rows and cells the stylesheets lay out;\n"
            "                      `xsltproc xslt/txbrl-html.xsl MODEL` makes the page)\n"
            "  -s, --source NAME   the exhibit's file name shown in the page (default:\n"
            "                      the one the instance names)\n"
            "  -c, --catalog FILE  XML catalog (default: the project's)\n"
            "  -A, --allow DIR     the DTS may also use the files under DIR (repeatable;\n"
            "                      by default the catalog's and the instance's folder)\n"
            "  -f, --format FMT    diagnostics as text (default) or json\n"
            "  -h, --help          this help\n"
            "  -V, --version       the version\n\n"
            "Exit status: 0 rendered, 1 the instance cannot be read or rendered (an error\n"
            "was reported, such as a DTS that does not resolve: nothing is written),\n"
            "2 usage or I/O failure (an output that is not a regular file, such as a\n"
            "device, FIFO or symbolic link, is never replaced).\n");
}

int tx_cmd_render(int argc, char **argv)
{
    static const struct option opts[] = {
        {"output", required_argument, NULL, 'o'},
        {"inline", no_argument, NULL, 'i'},
        {"model", no_argument, NULL, 'm'},
        {"source", required_argument, NULL, 's'},
        {"catalog", required_argument, NULL, 'c'},
        {"allow", required_argument, NULL, 'A'},
        {"format", required_argument, NULL, 'f'},
        {"help", no_argument, NULL, 'h'},
        {"version", no_argument, NULL, 'V'},
        {NULL, 0, NULL, 0},
    };
    tx_render_options opt = {0};
    opt.datadir = tx_cli_datadir();
    const char **allow = tx_cli_allow_list(argc);
    if (!allow) {
        fprintf(stderr, "txbrl render: out of memory\n");
        return TX_EXIT_FAILURE;
    }
    opt.allow = allow;
    const char *output = NULL;
    tx_format fmt = TX_FORMAT_TEXT;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:ims:c:A:f:hV", opts, NULL)) != -1) {
        switch (c) {
        case 'o':
            output = optarg;
            break;
        case 'i':
            opt.inline_xbrl = 1;
            break;
        case 'm':
            opt.model = 1;
            break;
        case 's':
            opt.source = optarg;
            break;
        case 'c':
            opt.catalog = optarg;
            break;
        case 'A':
            tx_cli_allow_add(allow, optarg);
            break;
        case 'f':
            if (tx_cli_parse_format(optarg, &fmt, 0) != 0) {
                fprintf(stderr, "txbrl render: unknown format '%s' (text or json)\n", optarg);
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
    if (argc - optind != 1) {
        fprintf(stderr, "txbrl render: %s\n",
                optind >= argc ? "no instance given" : "one instance at a time");
        help(stderr);
        return TX_EXIT_FAILURE;
    }
    tx_report *rep = tx_report_new();
    if (!rep) {
        fprintf(stderr, "txbrl render: out of memory\n");
        return TX_EXIT_FAILURE;
    }
    const char *instance = argv[optind];
    tx_status st;
    if (output && strcmp(output, "-") != 0) {
        st = tx_render_file(instance, output, &opt, rep);
    } else {
        st = tx_render_stream(instance, stdout, &opt, rep);
        /* TX_EIO is also an input that could not be read (reported):
           standard output failed only when its error flag says so */
        if (st == TX_OK || (st == TX_EIO && ferror(stdout)))
            st = tx_cli_flush_stdout(rep, st == TX_EIO ? tx_cli_errno() : 0);
    }
    if (st == TX_ENOMEM)
        tx_report_add(rep, TX_ERROR, instance, 0, "read.memory", "out of memory");
    tx_cli_print_report(rep, fmt);
    int code = tx_cli_exit_status(st, rep);
    tx_report_free(rep);
    return code;
}

/* cmd_convert.c - txbrl convert: exhibits to XBRL 2.1 instances. */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "cli/batch.h"

static void help(FILE *out)
{
    fprintf(out,
            "usage: txbrl convert [-o DIR|-] [--entities FILE] [--cik CIK] [--with FILE]...\n"
            "                     [--strict] [--name NAME] [--format text|json]\n"
            "                     [-r] [--files-from FILE|-] [-j N] [--report FILE]\n"
            "                     [--force] [--quiet] [--disable CODE]... EXHIBIT|FOLDER...\n\n"
            "Converts each legacy text exhibit STEM.txt into an XBRL 2.1 instance\n"
            "DIR/STEM.xml, with an extension schema DIR/STEM.xsd and its linkbases when\n"
            "the exhibit needs concepts the taxonomy lacks, and its rendition DIR/STEM.html.\n"
            "The files of an exhibit are validated and rendered before they are written,\n"
            "then replace those of an earlier conversion together; an instance that is not\n"
            "valid is not written.  An EXHIBIT may be any file, a pipe included; '-' is\n"
            "standard input.\n\n"
            "  -o, --output DIR      where to write (default: the current directory;\n"
            "                        created when missing); '-': the instance of the one\n"
            "                        exhibit on standard output, nothing else written\n"
            "  -e, --entities FILE   NAME<TAB>CIK lines: entity identifiers when the\n"
            "                        exhibit has no EDGAR header\n"
            "      --cik CIK         the CIK of the entity when the exhibit names none\n"
            "                        (an extract without header or entity line)\n"
            "  -w, --with FILE       another exhibit of the same filing (the EX-13 with the\n"
            "                        statements): EX-27 schedules are cross-checked against\n"
            "                        its statements too; it is read, not converted\n"
            "  -n, --name NAME       the name standard input ('-') goes by, in diagnostics\n"
            "                        and for its files (STEM: NAME less its extension;\n"
            "                        default: stdin)\n"
            "  -s, --strict          anything printed that is not converted (a table whose\n"
            "                        statement is unknown, a number that becomes no fact)\n"
            "                        is an error (convert.incomplete)\n"
            "  -f, --format FMT      diagnostics as text (default) or json\n"
            "  -r, --recursive       a FOLDER given: its *.txt files, in its subfolders too,\n"
            "                        each written in the same subfolder of DIR\n"
            "  -T, --files-from FILE the exhibits named in FILE, one per line ('-': read\n"
            "                        the list from standard input)\n"
            "  -j, --jobs N          N worker processes (default: the number of processors)\n"
            "      --report FILE     one JSON object per line and exhibit: input, outputs,\n"
            "                        status, exit, errors, warnings, facts, diagnostics\n"
            "      --force           convert the exhibits whose files are up to date too\n"
            "  -q, --quiet           no notes (no convert.summary), no progress line and\n"
            "                        no closing summary\n"
            "      --disable CODE    do not show findings of CODE (or of a layer: 'map');\n"
            "                        repeatable\n"
            "  -h, --help            this help\n"
            "  -V, --version         the version\n\n"
            "Each exhibit ends with a convert.summary note: tables found and converted,\n"
            "numbers printed in the statements and converted, facts written.  The findings\n"
            "of each exhibit are printed together when it is done.  With several exhibits a\n"
            "progress line is shown (on a terminal; a line each 10 s otherwise) and a closing\n"
            "summary.  In a batch (several exhibits, a FOLDER or --files-from), an exhibit\n"
            "whose files are complete and newer than it, than the taxonomy and stylesheets,\n"
            "--entities and --with files is skipped (--force); one exhibit given alone is\n"
            "always converted.\n"
            "Two exhibits whose files would have the same names are not both converted\n"
            "(convert.name-collision).\n\n"
            "Exit status: 0 a valid instance was written for every exhibit (tables or\n"
            "columns it could not convert are warnings), 1 an exhibit has errors or no\n"
            "instance could be written, 2 usage or I/O failure.\n");
}

static int is_dir(const char *path)
{
    struct stat st;
    return strcmp(path, "-") != 0 && stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

int tx_cmd_convert(int argc, char **argv)
{
    static const struct option opts[] = {
        {"output", required_argument, NULL, 'o'},
        {"entities", required_argument, NULL, 'e'},
        {"cik", required_argument, NULL, TX_OPT_CIK},
        {"with", required_argument, NULL, 'w'},
        {"format", required_argument, NULL, 'f'},
        {"strict", no_argument, NULL, 's'},
        {"name", required_argument, NULL, 'n'},
        {"recursive", no_argument, NULL, 'r'},
        {"files-from", required_argument, NULL, 'T'},
        {"jobs", required_argument, NULL, 'j'},
        {"report", required_argument, NULL, TX_OPT_REPORT},
        {"force", no_argument, NULL, TX_OPT_FORCE},
        TX_CLI_COMMON_OPTIONS,
        {NULL, 0, NULL, 0},
    };
    const char *outdir = ".", *files_from = NULL;
    const char *with[64];
    int recursive = 0;
    tx_batch b = {0};
    b.fmt = TX_FORMAT_TEXT;
    int c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":o:e:w:f:n:srT:j:" TX_CLI_COMMON_SHORT, opts, NULL)) != -1) {
        switch (c) {
        case 'o': outdir = optarg; break;
        case 'e': b.entities = optarg; break;
        case TX_OPT_CIK: b.cik = optarg; break;
        case 'w':
            if (b.nwith == sizeof with / sizeof with[0])
                return tx_cli_usage_error("convert", "at most %zu --with files", b.nwith);
            with[b.nwith++] = optarg;
            break;
        case 'f':
            if (tx_cli_parse_format(optarg, &b.fmt, 0) != 0)
                return tx_cli_usage_error("convert", "unknown format '%s' (text or json)", optarg);
            break;
        case 's': b.strict = 1; break;
        case 'n': b.name = optarg; break;
        case 'r': recursive = 1; break;
        case 'T': files_from = optarg; break;
        case 'j': {
            char *end;
            long n = strtol(optarg, &end, 10);
            if (*end || n < 1 || n > 1024)
                return tx_cli_usage_error("convert", "--jobs takes a number from 1 to 1024, not '%s'",
                                          optarg);
            b.jobs = (int)n;
            break;
        }
        case TX_OPT_REPORT: b.report = optarg; break;
        case TX_OPT_FORCE: b.force = 1; break;
        default: {
            int r = tx_cli_common_option("convert", c, argv, help);
            if (r != -2)
                return r < 0 ? TX_EXIT_FAILURE : r;
        }
        }
    }
    b.quiet = tx_cli_quiet();
    b.with = with;
    if (optind >= argc && !files_from)
        return tx_cli_usage_error("convert", "no exhibit given");
    /* standard input can be read once */
    int stdin_uses = b.entities && strcmp(b.entities, "-") == 0;
    for (size_t i = 0; i < b.nwith; i++)
        stdin_uses += strcmp(with[i], "-") == 0;
    stdin_uses += files_from && strcmp(files_from, "-") == 0;
    if (tx_cli_stdin_once("convert", argc, argv, optind, stdin_uses) != 0)
        return TX_EXIT_FAILURE;
    for (int i = optind; i < argc; i++)
        stdin_uses += strcmp(argv[i], "-") == 0;
    if (b.name && (!*b.name || stdin_uses == 0))
        return tx_cli_usage_error("convert", "--name names standard input: give '-' as an exhibit");
    b.to_stdout = strcmp(outdir, "-") == 0;
    int rc = 0;
    for (int i = optind; i < argc && rc == 0; i++) {
        if (is_dir(argv[i])) {
            if (!recursive) {
                /* read.open, as every subcommand reports a folder, with the way out */
                fprintf(stderr, "%s:0: error: [read.open] cannot open: Is a directory (-r "
                                "converts the exhibits under it)\n", argv[i]);
                tx_batch_clear(&b);
                return TX_EXIT_FAILURE;
            }
            rc = tx_batch_add_dir(&b, argv[i], outdir);
            b.listed = 1;
        } else {
            rc = tx_batch_add(&b, argv[i], outdir);
        }
    }
    if (rc == 0 && files_from)
        rc = tx_batch_add_list(&b, files_from, outdir);
    b.listed |= files_from != NULL;
    if (rc != 0) {
        tx_batch_clear(&b);
        return TX_EXIT_FAILURE;
    }
    if (b.to_stdout && b.n != 1) {
        size_t n = b.n;
        tx_batch_clear(&b);
        return tx_cli_usage_error("convert", "-o - writes the instance of one exhibit to "
                                  "standard output: give exactly one (%zu given)", n);
    }
    if (b.n == 0) {
        fprintf(stderr, "txbrl convert: no exhibit found\n");
        return TX_EXIT_FAILURE;
    }
    if (!b.to_stdout) {
        /* an output folder that cannot be made fails the run before it starts */
        tx_report *rep = tx_report_new();
        tx_status st = rep ? tx_make_output_dir(outdir, rep) : TX_ENOMEM;
        if (st != TX_OK) {
            if (rep)
                tx_cli_print_report(rep, b.fmt);
            tx_report_free(rep);
            tx_batch_clear(&b);
            return TX_EXIT_FAILURE;
        }
        tx_report_free(rep);
    }
    int code = tx_batch_run(&b);
    tx_batch_clear(&b);
    return code;
}

/* cmd_convert.c - txbrl convert: exhibits to XBRL 2.1 instances. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

static void help(FILE *out)
{
    fprintf(out,
            "usage: txbrl convert [-o DIR] [--entities FILE] [--cik CIK] [--with FILE]...\n"
            "                     [--strict] [--name NAME] [--format text|json] [--quiet]\n"
            "                     [--disable CODE]... EXHIBIT...\n\n"
            "Converts each legacy text exhibit STEM.txt into an XBRL 2.1 instance\n"
            "DIR/STEM.xml, with an extension schema DIR/STEM.xsd and its linkbases when\n"
            "the exhibit needs concepts the taxonomy lacks, and its rendition DIR/STEM.html.\n"
            "The files of an exhibit are validated and rendered before they are written,\n"
            "then replace those of an earlier conversion together; an instance that is not\n"
            "valid is not written.  An EXHIBIT may be any file, a pipe included; '-' is\n"
            "standard input.\n\n"
            "  -o, --output DIR      where to write (default: the current directory;\n"
            "                        created when missing)\n"
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
            "  -q, --quiet           no notes (no convert.summary)\n"
            "      --disable CODE    do not show findings of CODE (or of a layer: 'map');\n"
            "                        repeatable\n"
            "  -h, --help            this help\n"
            "  -V, --version         the version\n\n"
            "Each exhibit ends with a convert.summary note: tables found and converted,\n"
            "numbers printed in the statements and converted, facts written.\n\n"
            "Exit status: 0 a valid instance was written for every exhibit (tables or\n"
            "columns it could not convert are warnings), 1 an exhibit has errors or no\n"
            "instance could be written, 2 usage or I/O failure.\n");
}

/* mkdir -p */
static int make_dirs(const char *dir)
{
    char path[4096];
    size_t n = strlen(dir);
    if (n == 0 || n >= sizeof path)
        return -1;
    memcpy(path, dir, n + 1);
    for (size_t i = 1; i <= n; i++) {
        if (path[i] != '/' && path[i] != '\0')
            continue;
        char c = path[i];
        path[i] = '\0';
        if (mkdir(path, 0777) != 0 && errno != EEXIST)
            return -1;
        path[i] = c;
    }
    struct stat st;
    return stat(dir, &st) == 0 && S_ISDIR(st.st_mode) ? 0 : -1;
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
        TX_CLI_COMMON_OPTIONS,
        {NULL, 0, NULL, 0},
    };
    const char *outdir = ".", *entities = NULL, *cik = NULL, *name = NULL;
    const char *with[64];
    size_t nwith = 0;
    tx_format fmt = TX_FORMAT_TEXT;
    int strict = 0;
    int c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":o:e:w:f:n:s" TX_CLI_COMMON_SHORT, opts, NULL)) != -1) {
        switch (c) {
        case 'o': outdir = optarg; break;
        case 'e': entities = optarg; break;
        case TX_OPT_CIK: cik = optarg; break;
        case 'w':
            if (nwith == sizeof with / sizeof with[0])
                return tx_cli_usage_error("convert", "at most %zu --with files", nwith);
            with[nwith++] = optarg;
            break;
        case 'f':
            if (tx_cli_parse_format(optarg, &fmt, 0) != 0)
                return tx_cli_usage_error("convert", "unknown format '%s' (text or json)", optarg);
            break;
        case 's': strict = 1; break;
        case 'n': name = optarg; break;
        default: {
            int r = tx_cli_common_option("convert", c, argv, help);
            if (r != -2)
                return r < 0 ? TX_EXIT_FAILURE : r;
        }
        }
    }
    if (optind >= argc)
        return tx_cli_usage_error("convert", "no exhibit given");
    /* standard input can be read once */
    int stdin_uses = entities && strcmp(entities, "-") == 0;
    for (size_t i = 0; i < nwith; i++)
        stdin_uses += strcmp(with[i], "-") == 0;
    if (tx_cli_stdin_once("convert", argc, argv, optind, stdin_uses) != 0)
        return TX_EXIT_FAILURE;
    for (int i = optind; i < argc; i++)
        stdin_uses += strcmp(argv[i], "-") == 0;
    if (name && (!*name || stdin_uses == 0))
        return tx_cli_usage_error("convert", "--name names standard input: give '-' as an exhibit");
    if (make_dirs(outdir) != 0) {
        fprintf(stderr, "%s:0: error: [write.io] cannot create the output directory: %s\n",
                outdir, strerror(errno));
        return TX_EXIT_FAILURE;
    }
    tx_report *rep = tx_report_new();
    tx_converter *conv = NULL;
    if (!rep)
        return TX_EXIT_FAILURE;
    tx_status st = tx_converter_new(tx_cli_datadir(), entities, rep, &conv);
    int exit_code = tx_cli_exit_code(st);
    if (st == TX_OK && cik && tx_converter_set_cik(conv, cik) != TX_OK) {
        tx_converter_free(conv);
        tx_report_free(rep);
        return tx_cli_usage_error("convert", "--cik takes one to ten digits, not '%s'", cik);
    }
    if (st == TX_OK)
        tx_converter_set_strict(conv, strict);
    if (st != TX_OK) {
        tx_cli_print_report(rep, fmt);
        tx_report_free(rep);
        return exit_code == TX_EXIT_INVALID ? TX_EXIT_FAILURE : exit_code;
    }
    for (size_t i = 0; i < nwith; i++) {
        st = tx_converter_add_reference(conv, with[i], rep);
        int code = tx_cli_exit_code(st);
        if (code > exit_code)
            exit_code = code;
    }
    for (int i = optind; i < argc; i++) {
        st = tx_converter_convert_named(conv, argv[i], strcmp(argv[i], "-") == 0 ? name : NULL,
                                        outdir, rep);
        int code = tx_cli_exit_code(st);
        if (code > exit_code)
            exit_code = code;
    }
    if (exit_code == TX_EXIT_OK)
        exit_code = tx_cli_exit_status(TX_OK, rep);
    tx_cli_print_report(rep, fmt);
    exit_code = tx_cli_filtered_exit(exit_code, rep);
    tx_converter_free(conv);
    tx_report_free(rep);
    return exit_code;
}

/* fuzz_exhibit.c - fuzz target for the converter's reading stages.
 *
 * One input is one legacy text exhibit.  It goes through every stage that
 * reads untrusted text: decode, segment, header and body parsing, the
 * EX-27 reader, mapping (tx_converter_inspect, text and JSON), then the
 * disclosure checks (tx_converter_check) and, with FUZZ_CONVERT=1 in the
 * environment, a whole conversion (instance, schema, linkbases, validation
 * and rendition) into a scratch directory.
 *
 * Built two ways:
 *   - with libFuzzer (clang -fsanitize=fuzzer,address,undefined), see
 *     tests/fuzz/README.md: LLVMFuzzerTestOneInput is the entry point;
 *   - without it (-DTX_FUZZ_MAIN), a plain program that runs each file
 *     named on the command line once: `make check` runs it on the
 *     regression inputs of tests/fuzz/regress/ (inputs that once crashed
 *     or hung), so a fixed bug stays fixed without fuzzing tools.
 *
 * TXBRL_DATADIR must name the source tree (the taxonomy and mapping data).
 */
#include "txbrl.h"
#include "fuzz_common.h"

static tx_converter *conv;
static FILE *devnull;
static char scratch[64];
static int do_convert;

static int fuzz_init(void)
{
    tx_report *rep = tx_report_new();
    if (rep == NULL)
        return -1;
    if (tx_converter_new(fuzz_datadir(), NULL, rep, &conv) != TX_OK) {
        tx_report_write(rep, stderr, TX_FORMAT_TEXT);
        tx_report_free(rep);
        return -1;
    }
    tx_report_free(rep);
    devnull = fopen("/dev/null", "w");
    if (devnull == NULL)
        return -1;
    if (fuzz_scratch_make(scratch, sizeof scratch) != 0)
        return -1;
    const char *c = getenv("FUZZ_CONVERT");
    do_convert = c != NULL && strcmp(c, "1") == 0;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (conv == NULL && fuzz_init() != 0)
        abort(); /* the harness, not the library: nothing to fuzz without data */

    tx_report *rep = tx_report_new();
    tx_exhibit *ex = NULL;
    if (rep == NULL)
        return 0;
    if (tx_exhibit_read_buffer("fuzz.txt", data, size, rep, &ex) == TX_OK && ex != NULL) {
        tx_exhibit_inspect(ex, devnull, TX_FORMAT_TSV);
        tx_converter_inspect(conv, ex, devnull, TX_FORMAT_TEXT, rep);
        tx_converter_inspect(conv, ex, devnull, TX_FORMAT_JSON, rep);
    }
    tx_exhibit_free(ex);

    /* check and convert take a path */
    char path[128];
    if (fuzz_write(scratch, "fuzz.txt", data, size, path, sizeof path) == 0) {
        tx_converter_check(conv, path, rep);
        if (do_convert)
            tx_converter_convert(conv, path, scratch, rep);
    }
    tx_report_write(rep, devnull, TX_FORMAT_JSON);
    tx_report_free(rep);
    return 0;
}

#ifdef TX_FUZZ_MAIN
static void fuzz_done(void)
{
    tx_converter_free(conv);
    if (devnull != NULL)
        fclose(devnull);
    fuzz_scratch_remove(scratch);
}
#endif

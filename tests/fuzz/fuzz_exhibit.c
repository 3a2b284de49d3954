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
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <unistd.h>

#include "txbrl.h"

static tx_converter *conv;
static FILE *devnull;
static char scratch[64];
static int do_convert;

static int fuzz_init(void)
{
    tx_report *rep = tx_report_new();
    if (rep == NULL)
        return -1;
    if (tx_converter_new(NULL, rep, &conv) != TX_OK) {
        tx_report_write(rep, stderr, TX_FORMAT_TEXT);
        tx_report_free(rep);
        return -1;
    }
    tx_report_free(rep);
    devnull = fopen("/dev/null", "w");
    if (devnull == NULL)
        return -1;
    const char *tmp = getenv("TMPDIR");
    snprintf(scratch, sizeof scratch, "%s/txfuzzXXXXXX", tmp && strlen(tmp) < 40 ? tmp : "/tmp");
    if (mkdtemp(scratch) == NULL)
        return -1;
    const char *c = getenv("FUZZ_CONVERT");
    do_convert = c != NULL && strcmp(c, "1") == 0;
    return 0;
}

/* The converter's check and convert take a path: the input is written to
 * SCRATCH/fuzz.txt first. */
static int write_input(const uint8_t *data, size_t size, char *path, size_t cap)
{
    snprintf(path, cap, "%s/fuzz.txt", scratch);
    FILE *f = fopen(path, "wb");
    if (f == NULL)
        return -1;
    size_t n = size ? fwrite(data, 1, size, f) : 0;
    if (fclose(f) != 0 || n != size)
        return -1;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

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

    char path[128];
    if (write_input(data, size, path, sizeof path) == 0) {
        tx_converter_check(conv, path, rep);
        if (do_convert)
            tx_converter_convert(conv, path, scratch, rep);
    }
    tx_report_write(rep, devnull, TX_FORMAT_JSON);
    tx_report_free(rep);
    return 0;
}

#ifdef TX_FUZZ_MAIN
static int run_file(const char *name)
{
    FILE *f = fopen(name, "rb");
    if (f == NULL) {
        perror(name);
        return -1;
    }
    size_t cap = 1 << 16, len = 0;
    uint8_t *buf = malloc(cap);
    size_t n;
    while (buf != NULL && (n = fread(buf + len, 1, cap - len, f)) > 0) {
        len += n;
        if (len == cap) {
            uint8_t *nb = realloc(buf, cap * 2);
            if (nb == NULL) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = nb;
            cap *= 2;
        }
    }
    fclose(f);
    if (buf == NULL)
        return -1;
    LLVMFuzzerTestOneInput(buf, len);
    free(buf);
    return 0;
}

/* Empties and removes the scratch directory. */
static void cleanup(void)
{
    if (scratch[0] == '\0')
        return;
    DIR *d = opendir(scratch);
    if (d != NULL) {
        struct dirent *e;
        char p[512];
        while ((e = readdir(d)) != NULL) {
            if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
                continue;
            snprintf(p, sizeof p, "%s/%s", scratch, e->d_name);
            unlink(p);
        }
        closedir(d);
    }
    rmdir(scratch);
}

int main(int argc, char **argv)
{
    int bad = 0;
    for (int i = 1; i < argc; i++) {
        if (run_file(argv[i]) != 0)
            bad = 1;
        else
            printf("ok %s\n", argv[i]);
    }
    tx_converter_free(conv);
    if (devnull != NULL)
        fclose(devnull);
    cleanup();
    return bad;
}
#endif

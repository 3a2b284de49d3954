/* fuzz_validate.c - fuzz target for the stages that read XBRL.
 *
 * One input is one XML document, written to SCRATCH/fuzz.xml and given to
 * the validator (every layer: well-formedness, DTS discovery, XML Schema,
 * XBRL 2.1 rules, calculations, ties, dimensions), to the instance reader
 * behind `txbrl facts` (CSV and xBRL-JSON), and with FUZZ_RENDER=1 to the
 * renderer.  The files of FUZZ_DTS_DIR (extension schemas and linkbases
 * that the corpus's instances name by relative paths) are copied into the
 * scratch directory first.  TXBRL_DATADIR must name the source tree.
 * Built like fuzz_exhibit.c (tests/fuzz/README.md); -DTX_FUZZ_MAIN gives a
 * plain program that runs each file named on its command line once.
 */
#include "txbrl.h"
#include "fuzz_common.h"

static tx_validator *val;
static FILE *devnull;
static char scratch[64];
static int do_render;

static int copy_file(const char *from, const char *to)
{
    FILE *in = fopen(from, "rb"), *out = in ? fopen(to, "wb") : NULL;
    char buf[65536];
    size_t n;
    int ok = in && out;
    while (ok && (n = fread(buf, 1, sizeof buf, in)) > 0)
        ok = fwrite(buf, 1, n, out) == n;
    if (in)
        fclose(in);
    if (out && fclose(out) != 0)
        ok = 0;
    return ok ? 0 : -1;
}

static int fuzz_init(void)
{
    tx_validate_options opt = {fuzz_datadir(), NULL, TX_CALC_11, 0, NULL};
    if (tx_validator_new(&opt, &val) != TX_OK)
        return -1;
    devnull = fopen("/dev/null", "w");
    if (devnull == NULL)
        return -1;
    if (fuzz_scratch_make(scratch, sizeof scratch) != 0)
        return -1;
    const char *dts = getenv("FUZZ_DTS_DIR");
    DIR *d = dts ? opendir(dts) : NULL;
    if (d != NULL) {
        struct dirent *e;
        char from[1024], to[512];
        while ((e = readdir(d)) != NULL) {
            if (e->d_name[0] == '.')
                continue;
            snprintf(from, sizeof from, "%s/%s", dts, e->d_name);
            snprintf(to, sizeof to, "%s/%s", scratch, e->d_name);
            copy_file(from, to);
        }
        closedir(d);
    }
    const char *r = getenv("FUZZ_RENDER");
    do_render = r != NULL && strcmp(r, "1") == 0;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (val == NULL && fuzz_init() != 0)
        abort(); /* the harness, not the library: nothing to fuzz without data */

    char path[128], html[128];
    if (fuzz_write(scratch, "fuzz.xml", data, size, path, sizeof path) != 0)
        return 0;
    snprintf(html, sizeof html, "%s/fuzz.html", scratch);

    tx_report *rep = tx_report_new();
    if (rep == NULL)
        return 0;
    tx_validator_run(val, path, rep);
    tx_report_write(rep, devnull, TX_FORMAT_JSON);
    tx_report_write(rep, devnull, TX_FORMAT_TEXT);

    tx_instance *inst = NULL;
    if (tx_instance_read_file(path, fuzz_catalog(), rep, &inst) == TX_OK && inst != NULL) {
        tx_instance_write_facts(inst, devnull, TX_FORMAT_CSV);
        tx_instance_write_facts(inst, devnull, TX_FORMAT_JSON);
    }
    tx_instance_free(inst);
    if (do_render) {
        tx_render_options ro = {0};
        ro.datadir = fuzz_datadir();
        tx_render_file(path, html, &ro, rep);
    }
    tx_report_free(rep);
    return 0;
}

#ifdef TX_FUZZ_MAIN
static void fuzz_done(void)
{
    tx_validator_free(val);
    if (devnull != NULL)
        fclose(devnull);
    fuzz_scratch_remove(scratch);
}
#endif

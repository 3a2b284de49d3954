/* walk-facts.c - the library in a few calls: convert a text exhibit to an
 * XBRL instance, read the instance back and print each of its facts.
 *
 *   cc walk-facts.c $(pkg-config --cflags --libs txbrl) -o walk-facts
 *   ./walk-facts DATADIR EXHIBIT OUTDIR [ENTITIES]
 *
 * DATADIR is the folder holding taxonomy/ (an installed txbrl's is
 * PREFIX/share/txbrl); OUTDIR must exist.  Prints one line per fact:
 *   concept <TAB> entity <TAB> period <TAB> dimensions <TAB> value <TAB> unit <TAB> decimals
 * then "N facts", and the findings of the conversion on stderr.  Exit
 * status 0, or 1 when the conversion or the reading failed. */
#include <stdio.h>
#include <string.h>

#include <txbrl.h>

/* OUTDIR/STEM.xml for EXHIBIT: the stem is the file name less ".txt". */
static int instance_path(const char *outdir, const char *exhibit, char *buf, size_t n)
{
    const char *base = strrchr(exhibit, '/');
    base = base ? base + 1 : exhibit;
    size_t len = strlen(base);
    if (len > 4 && strcmp(base + len - 4, ".txt") == 0)
        len -= 4;
    int w = snprintf(buf, n, "%s/%.*s.xml", outdir, (int)len, base);
    return w > 0 && (size_t)w < n ? 0 : -1;
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: walk-facts DATADIR EXHIBIT OUTDIR [ENTITIES]\n");
        return 2;
    }
    const char *datadir = argv[1], *exhibit = argv[2], *outdir = argv[3];
    tx_report *rep = tx_report_new();
    tx_converter *conv = NULL;
    if (!rep || tx_converter_new(datadir, argc > 4 ? argv[4] : NULL, rep, &conv) != TX_OK) {
        tx_report_write(rep, stderr, TX_FORMAT_TEXT);
        tx_report_free(rep);
        return 1;
    }
    tx_status st = tx_converter_convert(conv, exhibit, outdir, rep);
    tx_converter_free(conv);

    char path[4096], catalog[4096];
    tx_instance *inst = NULL;
    if (st == TX_OK && instance_path(outdir, exhibit, path, sizeof path) == 0 &&
        snprintf(catalog, sizeof catalog, "%s/taxonomy/catalog.xml", datadir) < (int)sizeof catalog)
        st = tx_instance_read_file(path, catalog, rep, &inst);
    tx_report_write(rep, stderr, TX_FORMAT_TEXT);
    tx_report_free(rep);
    if (st != TX_OK || !inst) {
        tx_instance_free(inst);
        return 1;
    }

    size_t n = tx_instance_fact_count(inst);
    for (size_t i = 0; i < n; i++) {
        tx_fact_view f;
        if (tx_instance_fact(inst, i, &f) != TX_OK)
            continue;
        printf("%s\t%s\t%s%s%s\t", f.concept, f.entity_id, f.start, f.start[0] ? ".." : "", f.end);
        for (size_t k = 0; k < f.ndims; k++) {
            const char *member = NULL;
            const char *axis = tx_instance_fact_dim(inst, i, k, &member);
            printf("%s%s=%s", k ? " " : "", axis, member);
        }
        printf("\t%s\t%s\t%s\n", f.nil ? "(nil)" : f.value, f.unit, f.decimals);
    }
    printf("%zu facts\n", n);
    tx_instance_free(inst);
    return 0;
}

/* walk-facts.c - the library in a few calls: read a text exhibit and walk
 * its tables and rows, convert it to an XBRL instance, read the instance
 * back and print each of its facts.
 *
 *   cc walk-facts.c $(pkg-config --cflags --libs txbrl) -o walk-facts
 *   ./walk-facts DATADIR EXHIBIT OUTDIR [ENTITIES]
 *
 * DATADIR is the folder holding taxonomy/ (an installed txbrl's is
 * PREFIX/share/txbrl); OUTDIR is created when missing.  Prints, tab-
 * separated:
 *   table  N  LINE  STATEMENT  TITLE  scale=POWER      one per table,
 *   column N.I  PERIOD  WORDS                            its columns,
 *   row  LINE  LABEL  V1 ... Vn                          its item rows
 *        (a value is exact and scaled, "nil" for a nil marker such as
 *        "--", "" for an empty cell);
 *   wrote  PATH                                          each file written;
 *   concept  entity  period  dimensions  value  unit  decimals
 *                                                        one per fact;
 * then "N facts", and the findings on stderr.  Exit status 0, or 1 when
 * reading, converting or reading back failed. */
#include <stdio.h>
#include <string.h>

#include <txbrl.h>

/* Every table of the exhibit: title, statement, scale, columns, rows. */
static void walk_tables(tx_converter *conv, const tx_exhibit *ex)
{
    for (size_t t = 0; t < tx_exhibit_table_count(ex); t++) {
        tx_table_view tv;
        if (tx_exhibit_table(ex, t, &tv) != TX_OK)
            continue;
        const char *kind = tx_converter_statement(conv, ex, t, NULL);
        printf("table\t%zu\t%ld\t%s\t%s\tscale=%d\n", t + 1, tv.line,
               kind && *kind ? kind : "-", tv.title, tv.scale_money);
        for (size_t c = 0; c < tv.ncolumns; c++) {
            tx_column_view cv;
            if (tx_exhibit_column(ex, t, c, &cv) != TX_OK)
                continue;
            printf("column\t%zu.%zu\t%s%s%s\t%s\n", t + 1, c + 1, cv.start,
                   cv.start[0] ? ".." : "", cv.no_period ? "?" : cv.end, cv.words);
        }
        for (size_t r = 0; r < tv.nrows; r++) {
            tx_row_view rv;
            if (tx_exhibit_row(ex, t, r, &rv) != TX_OK || rv.ncells == 0)
                continue;
            printf("row\t%ld\t%s", rv.values_line, rv.label);
            for (size_t c = 0; c < rv.ncells; c++) {
                tx_cell_view cell;
                if (tx_exhibit_cell(ex, t, r, c, &cell) != TX_OK)
                    printf("\t?");
                else
                    printf("\t%s", cell.nil ? "nil" : cell.value);
            }
            printf("\n");
        }
    }
}

static void walk_facts(const tx_instance *inst)
{
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
    tx_exhibit *ex = NULL;
    if (!rep || tx_converter_new(datadir, argc > 4 ? argv[4] : NULL, rep, &conv) != TX_OK) {
        tx_report_write(rep, stderr, TX_FORMAT_TEXT);
        tx_report_free(rep);
        return 1;
    }
    /* read once: walked here, then converted */
    tx_status st = tx_exhibit_read_file(exhibit, rep, &ex);
    if (ex) {
        walk_tables(conv, ex);
        st = tx_converter_convert_exhibit(conv, ex, outdir, rep);
    }
    tx_exhibit_free(ex);

    /* the files written, the instance first */
    for (size_t i = 0; i < tx_converter_output_count(conv); i++)
        printf("wrote\t%s\n", tx_converter_output(conv, i));
    char catalog[4096];
    tx_instance *inst = NULL;
    if (st == TX_OK && tx_converter_output_count(conv) > 0 &&
        snprintf(catalog, sizeof catalog, "%s/taxonomy/catalog.xml", datadir) < (int)sizeof catalog)
        st = tx_instance_read_file(tx_converter_output(conv, 0), catalog, rep, &inst);
    tx_converter_free(conv);
    tx_report_write(rep, stderr, TX_FORMAT_TEXT);
    tx_report_free(rep);
    if (st != TX_OK || !inst) {
        tx_instance_free(inst);
        return 1;
    }
    walk_facts(inst);
    tx_instance_free(inst);
    return 0;
}

/* summary.c - what one conversion converted, counted and reported. */
#include "convert/summary.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"

void tx_convert_count(const tx_exhibit *ex, const tx_mapping *map, const tx_factset *fs,
                      tx_convert_counts *k)
{
    memset(k, 0, sizeof *k);
    k->tables = ex ? ex->ntables : 0;
    k->schedules = ex ? tx_exhibit_schedule_count(ex) : 0;
    for (size_t i = 0; ex && i < ex->ntables; i++) {
        const tx_table *t = &ex->tables[i];
        if (t->foot_checked > 0) {
            k->footed_tables++;
            k->footing_tables += t->foot_failed == 0;
        }
        const tx_table_map *tm = map && i < map->ntables ? &map->tables[i] : NULL;
        if (!tm)
            continue;
        if (tm->kind && *tm->kind) {
            k->statements++;
            k->statements_converted += tm->converted > 0;
            k->numbers += tm->numbers;
            k->converted += tm->converted;
        } else if (tm->numbers > 0) {
            k->others++;
            k->other_numbers += tm->numbers;
        }
    }
    for (size_t i = 0; fs && i < fs->nfacts; i++) {
        if (!fs->facts[i].numeric)
            continue;
        k->facts++;
        k->ext_facts += strncmp(fs->facts[i].concept, "ext:", 4) == 0;
    }
}

/* "97.3" for 973 of 1000: a share in tenths of a percent, without floating
 * point (rounded down, so a share below 100% never prints as 100.0). */
static void share(size_t part, size_t whole, char *buf, size_t n)
{
    if (whole == 0) {
        snprintf(buf, n, "-");
        return;
    }
    unsigned long long permille = (unsigned long long)part * 1000u / whole;
    snprintf(buf, n, "%llu.%llu%%", permille / 10, permille % 10);
}

int tx_convert_summarize(const char *file, const tx_convert_counts *k, const tx_factset *fs,
                         int strict, tx_report *rep)
{
    tx_buf ent = {0};
    for (size_t i = 0; fs && i < fs->nentities; i++) {
        if (i)
            tx_buf_puts(&ent, ", ");
        tx_buf_puts(&ent, fs->entities[i].identifier);
    }
    char *entities = tx_buf_take(&ent);
    if (!entities)
        return -1;
    char cov[32];
    share(k->converted, k->numbers, cov, sizeof cov);
    tx_status st = tx_report_add(
        rep, TX_NOTE, file, 0, "convert.summary",
        "tables: %zu found, %zu statements (%zu converted), %zu other tables with numbers "
        "not converted; numbers in statements: %zu printed, %zu converted (%s); numbers in "
        "other tables: %zu; tables with totals: %zu, of which foot: %zu; EX-27 schedules: "
        "%zu; facts: %zu (%zu on extension concepts); entities: %s",
        k->tables, k->statements, k->statements_converted, k->others, k->numbers,
        k->converted, cov, k->other_numbers, k->footed_tables, k->footing_tables,
        k->schedules, k->facts, k->ext_facts, *entities ? entities : "none");
    free(entities);
    if (st == TX_ENOMEM)
        return -1;
    if (strict && (k->others > 0 || k->converted < k->numbers ||
                   k->statements_converted < k->statements)) {
        st = tx_report_add(rep, TX_ERROR, file, 0, "convert.incomplete",
                           "not everything printed was converted (--strict): %zu of %zu "
                           "numbers of the statements, %zu of %zu statements, %zu other "
                           "tables with numbers",
                           k->converted, k->numbers, k->statements_converted, k->statements,
                           k->others);
        if (st == TX_ENOMEM)
            return -1;
    }
    return 0;
}

/* convert.c - the converter: read -> map -> write -> validate. */
#include <stdlib.h>
#include <string.h>

#include "convert/summary.h"
#include "disclose/disclose.h"
#include "xbrl/offline.h"
#include "map/ex27check.h"
#include "map/ex27map.h"
#include "map/inspect.h"
#include "write/instance.h"
#include "map/mapper.h"
#include "read/model.h"
#include "map/taxonomy.h"
#include "base/report.h"
#include "base/util.h"

/* The taxonomy's entry point: instances without extension concepts name it
 * in schemaRef; extension schemas import it. */
static const char *const schema_urls[] = {
    TX_URL_GAAP_XSD,
};

struct tx_converter {
    char *datadir;               /* taxonomy/ and xslt/ */
    char *catalog;               /* DATADIR/taxonomy/catalog.xml */
    tx_taxonomy *taxonomy;
    tx_entity_map *entities;
    tx_prose_lexicon *lexicon;   /* for the disclosure checks */
    char cik[11];                /* of an entity the exhibit does not name, or "" */
    int strict;                  /* an incomplete conversion is an error */
    tx_ex27_map *ex27;           /* EX-27 tag map and checks */
    tx_factset **refs;           /* other exhibits of the filing (--with) */
    size_t nrefs;
};

tx_status tx_converter_new(const char *datadir, const char *entities, tx_report *rep,
                           tx_converter **out)
{
    if (!out)
        return TX_EUSAGE;
    *out = NULL;
    if (!datadir)
        return TX_EUSAGE;
    tx_converter *c = calloc(1, sizeof *c);
    if (!c)
        return TX_ENOMEM;
    c->datadir = tx_strdup(datadir);
    c->catalog = tx_datadir_catalog(datadir);
    if (!c->datadir || !c->catalog) {
        tx_converter_free(c);
        return TX_ENOMEM;
    }
    tx_status st = tx_taxonomy_load(c->datadir, rep, &c->taxonomy);
    if (st == TX_OK)
        st = tx_entity_map_load(entities, rep, &c->entities);
    if (st == TX_OK)
        st = tx_prose_lexicon_load(c->datadir, rep, &c->lexicon);
    if (st == TX_OK)
        st = tx_ex27_map_load(c->datadir, c->taxonomy, rep, &c->ex27);
    if (st != TX_OK) {
        tx_converter_free(c);
        return st;
    }
    *out = c;
    return TX_OK;
}

tx_status tx_converter_set_cik(tx_converter *c, const char *cik)
{
    if (!c)
        return TX_EUSAGE;
    if (!cik) {
        c->cik[0] = '\0';
        return TX_OK;
    }
    size_t n = strlen(cik);
    if (n == 0 || n > 10 || strspn(cik, "0123456789") != n)
        return TX_EUSAGE;
    memset(c->cik, '0', 10 - n);
    memcpy(c->cik + 10 - n, cik, n + 1);
    return TX_OK;
}

tx_status tx_converter_set_strict(tx_converter *c, int strict)
{
    if (!c)
        return TX_EUSAGE;
    c->strict = strict != 0;
    return TX_OK;
}

void tx_converter_free(tx_converter *c)
{
    if (!c)
        return;
    tx_taxonomy_free(c->taxonomy);
    tx_entity_map_free(c->entities);
    tx_prose_lexicon_free(c->lexicon);
    tx_ex27_map_free(c->ex27);
    for (size_t i = 0; i < c->nrefs; i++)
        tx_factset_free(c->refs[i]);
    free(c->refs);
    free(c->datadir);
    free(c->catalog);
    free(c);
}

/* "dir/000_x.txt" -> "000_x" */
static char *stem_of(const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    size_t n = strlen(base);
    const char *dot = strrchr(base, '.');
    if (dot && dot != base)
        n = (size_t)(dot - base);
    return tx_strndup(base, n);
}

static tx_status worse(tx_status a, tx_status b)
{
    if (a == TX_ENOMEM || b == TX_ENOMEM)
        return TX_ENOMEM;
    return a > b ? a : b;
}

static tx_status map_it(tx_converter *c, const tx_exhibit *ex, tx_report *rep,
                        tx_mapping **map, tx_factset **fs)
{
    char *stem = stem_of(ex->name);
    if (!stem)
        return TX_ENOMEM;
    tx_map_options opt = {c->taxonomy, c->entities, stem, c->cik[0] ? c->cik : NULL, c->ex27};
    tx_status st = tx_map_exhibit(ex, &opt, rep, map, fs);
    free(stem);
    return st;
}

tx_status tx_converter_convert(tx_converter *c, const char *exhibit,
                               const char *outdir, tx_report *rep)
{
    tx_exhibit *ex = NULL;
    tx_status st = tx_exhibit_read_file(exhibit, rep, &ex);
    if (!ex)
        return st;
    if (ex->ntables == 0 && tx_exhibit_schedule_count(ex) == 0) {
        tx_exhibit_free(ex);
        return worse(st, TX_EINPUT);
    }
    tx_mapping *map = NULL;
    tx_factset *fs = NULL;
    st = worse(st, map_it(c, ex, rep, &map, &fs));
    size_t numeric = 0;
    for (size_t i = 0; fs && i < fs->nfacts; i++)
        numeric += fs->facts[i].numeric;
    tx_convert_counts counts;
    tx_convert_count(ex, map, fs, &counts);
    /* the EX-27 schedules against the statements of the filing */
    if (fs && st != TX_ENOMEM && ex->ex27)
        st = worse(st, tx_ex27_cross_check(fs, (const tx_factset *const *)c->refs, c->nrefs,
                                           c->ex27, rep));
    if (fs && numeric > 0 && map && ex->ntables > 0 && st != TX_ENOMEM) {
        /* the disclosure checks, reported with the rest (the verified and
           unverifiable claims only as counts in the summary) */
        tx_disclose_options dopt = {0, c->lexicon};
        st = worse(st, tx_disclose_exhibit(ex, map, &dopt, rep, NULL));
    }
    tx_exhibit_free(ex);
    tx_mapping_free(map);
    if (!fs)
        return st;
    if (tx_convert_summarize(exhibit, &counts, fs, c->strict, rep) != 0)
        st = TX_ENOMEM;
    else if (c->strict && tx_report_count(rep, TX_ERROR) > 0)
        st = worse(st, TX_EINPUT);
    if (numeric == 0) {
        tx_report_add(rep, TX_ERROR, exhibit, 0, "convert.no-facts",
                      "no table could be converted: nothing written");
        tx_factset_free(fs);
        return worse(st, TX_EINPUT);
    }
    tx_status w = tx_instance_write(fs, outdir, schema_urls,
                                    sizeof schema_urls / sizeof schema_urls[0], c->catalog, rep);
    if (w == TX_OK) {
        tx_buf path = {0};
        tx_buf_printf(&path, "%s/%s.xml", outdir, fs->stem);
        char *p = tx_buf_take(&path);
        w = p ? tx_schema_validate_instance(p, c->catalog, rep) : TX_ENOMEM;
        if (w == TX_OK) {
            /* the rendition, DIR/STEM.html, once the instance is valid */
            tx_buf html = {0};
            tx_buf_printf(&html, "%s/%s.html", outdir, fs->stem);
            char *h = tx_buf_take(&html);
            tx_render_options ro = {0};
            ro.source = exhibit;
            ro.datadir = c->datadir;
            w = h ? tx_render_file(p, h, &ro, rep) : TX_ENOMEM;
            free(h);
        }
        free(p);
    }
    tx_factset_free(fs);
    return worse(st, w);
}

tx_status tx_converter_add_reference(tx_converter *c, const char *exhibit, tx_report *rep)
{
    if (!c || !exhibit)
        return TX_EUSAGE;
    /* what reading and mapping it find belongs to its own conversion: only
       a file that cannot be read is reported */
    tx_report *scratch = tx_report_new();
    if (!scratch)
        return TX_ENOMEM;
    tx_exhibit *ex = NULL;
    tx_mapping *map = NULL;
    tx_factset *fs = NULL;
    tx_status st = tx_exhibit_read_file(exhibit, scratch, &ex);
    if (st == TX_EIO)
        for (size_t i = 0; i < tx_report_size(scratch); i++)
            if (tx_report_copy(rep, scratch, i) != 0)
                st = TX_ENOMEM;
    if (ex && st != TX_ENOMEM && map_it(c, ex, scratch, &map, &fs) == TX_ENOMEM)
        st = TX_ENOMEM;
    tx_report_free(scratch);
    tx_mapping_free(map);
    tx_exhibit_free(ex);
    if (fs && st != TX_ENOMEM) {
        tx_factset **r = realloc(c->refs, (c->nrefs + 1) * sizeof *r);
        if (!r) {
            st = TX_ENOMEM;
        } else {
            c->refs = r;
            c->refs[c->nrefs++] = fs;
            fs = NULL;
        }
    }
    tx_factset_free(fs);
    return st == TX_EIO || st == TX_ENOMEM ? st : TX_OK;
}

tx_status tx_converter_inspect(tx_converter *c, const tx_exhibit *ex, FILE *out,
                               tx_format fmt, tx_report *rep)
{
    tx_mapping *map = NULL;
    tx_factset *fs = NULL;
    tx_status st = map_it(c, ex, rep, &map, &fs);
    if (st == TX_ENOMEM)
        return st;
    tx_status w = tx_inspect_write(ex, map, out, fmt);
    tx_mapping_free(map);
    tx_factset_free(fs);
    return worse(st, w);
}

tx_status tx_converter_check(tx_converter *c, const char *exhibit, tx_report *rep)
{
    if (!c || !exhibit)
        return TX_EUSAGE;
    /* reading and mapping speak to a scratch report: their errors are
       passed on, their warnings (extension concepts, ...) are convert's */
    tx_report *scratch = tx_report_new();
    if (!scratch)
        return TX_ENOMEM;
    tx_exhibit *ex = NULL;
    tx_mapping *map = NULL;
    tx_factset *fs = NULL;
    tx_status st = tx_exhibit_read_file(exhibit, scratch, &ex);
    if (ex && ex->ntables > 0)
        st = worse(st, map_it(c, ex, scratch, &map, &fs));
    for (size_t i = 0; i < tx_report_size(scratch); i++)
        if (tx_report_severity(scratch, i) == TX_ERROR && tx_report_copy(rep, scratch, i) != 0)
            st = TX_ENOMEM;
    tx_report_free(scratch);
    if (ex && st != TX_ENOMEM && st != TX_EIO) {
        tx_disclose_options opt = {1, c->lexicon};
        st = worse(st, tx_disclose_exhibit(ex, map, &opt, rep, NULL));
    }
    tx_factset_free(fs);
    tx_mapping_free(map);
    tx_exhibit_free(ex);
    return st;
}

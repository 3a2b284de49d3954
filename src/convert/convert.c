/* convert.c - the converter: read -> map -> stage the outputs -> validate
 * and render the staged instance -> commit the set. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "base/outfile.h"
#include "render/render.h"

#include "convert/summary.h"
#include "disclose/disclose.h"
#include "xbrl/offline.h"
#include "map/classify.h"
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
    char **outputs;              /* the paths the last conversion wrote */
    size_t noutputs;
    size_t facts_written;        /* by the last conversion (0: none written) */
    tx_validator *validator;     /* every layer, on the staged instance;
                                    made at the first conversion         */
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

/* Forgets what the last conversion wrote (its paths and fact count). */
static void clear_outputs(tx_converter *c)
{
    for (size_t i = 0; i < c->noutputs; i++)
        free(c->outputs[i]);
    free(c->outputs);
    c->outputs = NULL;
    c->noutputs = 0;
    c->facts_written = 0;
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
    clear_outputs(c);
    tx_validator_free(c->validator);
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

/* ------------------------------------------------------------ the outputs */

/* The files of one exhibit's set: the instance's, then the rendition. */
enum { SET_HTML = TX_INSTANCE_NFILES, SET_N };

/* Findings about the staged files name their targets: DIR/.X.txbrl/new/F
 * is DIR/F. */
static tx_status name_targets(tx_report *rep, size_t from, const tx_outset *s)
{
    tx_buf b = {0};
    tx_buf_printf(&b, "/%s", tx_outset_stage_infix(s));
    char *infix = tx_buf_take(&b);
    int bad = !infix || tx_report_replace(rep, from, infix, "/") != 0;
    free(infix);
    return bad ? TX_ENOMEM : TX_OK;
}

/* Validates the staged instance and renders it into the set: TX_OK, or
 * why the set is not to be committed (said by convert.not-written). */
/* 1 when every error from finding `from` on is arithmetic: a calculation
 * (calc.*) or a cross-statement tie (tie.*) that the instance's values do
 * not meet.  Those instances are still written: their facts are what the
 * filing printed (originals have typos, and a misread row should be seen in
 * the rendition, not lost with the whole exhibit); the errors are reported
 * and the exit status is 1.  Any other error (schema, XBRL 2.1 structure,
 * dimensions) means a broken instance, never written. */
static int only_arithmetic_errors(const tx_report *rep, size_t from)
{
    for (size_t i = from; i < tx_report_size(rep); i++) {
        if (tx_report_severity(rep, i) != TX_ERROR)
            continue;
        const char *code = tx_report_code(rep, i);
        if (strncmp(code, "calc.", 5) != 0 && strncmp(code, "tie.", 4) != 0)
            return 0;
    }
    return 1;
}

static tx_status check_and_render(tx_converter *c, tx_outset *s, const char *exhibit,
                                  tx_report *rep)
{
    size_t from = tx_report_size(rep);
    const char *inst = tx_outset_staged(s, 0);
    const char *why = "the instance is not valid";
    tx_status st = tx_schema_validate_instance(inst, c->catalog, rep);
    /* then every layer of `txbrl validate` (XBRL 2.1, calculations 1.1,
     * dimensions, ties): their findings are the conversion's */
    if (st == TX_OK && !c->validator) {
        tx_validate_options vo = {c->datadir, c->catalog, TX_CALC_11, 0, NULL};
        st = tx_validator_new(&vo, &c->validator);
    }
    if (st == TX_OK) {
        size_t before = tx_report_size(rep);
        st = tx_validator_run(c->validator, inst, rep);
        if (st == TX_EINPUT && only_arithmetic_errors(rep, before))
            st = TX_OK;   /* written, and its errors make the exit status 1 */
    }
    char *html = NULL;
    size_t len = 0;
    if (st == TX_OK) {
        tx_render_options ro = {0};
        ro.source = exhibit;
        ro.datadir = c->datadir;
        why = "the instance cannot be rendered";
        st = tx_render_buffer(inst, &ro, rep, &html, &len);
    }
    if (name_targets(rep, from, s) != TX_OK)
        st = TX_ENOMEM;
    if (st == TX_EINPUT || st == TX_EIO)
        tx_report_add(rep, TX_ERROR, tx_outset_target(s, 0), 0, "convert.not-written",
                      "%s: nothing written (the files of an earlier conversion, if any, are "
                      "left as they were)", why);
    tx_outfile_error e = {TX_OUTFILE_OK, 0, 0, 0};
    if (st == TX_OK && tx_outset_put(s, SET_HTML, html, len, 0644, &e) != TX_OUTFILE_OK)
        st = tx_outfile_report(rep, tx_outset_target(s, e.file), &e);
    free(html);
    return st;
}

/* Keeps the paths of the files a committed set wrote (texts[i] NULL: the
 * instance's file i was not written; the rendition always is). */
static int record_outputs(tx_converter *c, const char *outdir, const char *const *names,
                          char *const *texts)
{
    c->outputs = calloc(SET_N, sizeof *c->outputs);
    if (!c->outputs)
        return -1;
    for (size_t i = 0; i < SET_N; i++) {
        if (i < TX_INSTANCE_NFILES && !texts[i])
            continue;
        tx_buf b = {0};
        tx_buf_printf(&b, "%s/%s", outdir, names[i]);
        if (!(c->outputs[c->noutputs] = tx_buf_take(&b)))
            return -1;
        c->noutputs++;
    }
    return 0;
}

/* Writes the outputs of one exhibit as one set (base/outfile.h): the
 * instance and its extension files are staged beside their targets, the
 * staged instance is validated and rendered, and only a valid instance
 * with its rendition replaces the files of an earlier conversion, all
 * together, the extension files this conversion does not write removed in
 * the same commit.  Anything less leaves the directory as it was. */
static tx_status write_set(tx_converter *c, const tx_factset *fs, const char *exhibit,
                           const char *outdir, tx_report *rep)
{
    tx_instance_files f;
    tx_status st = tx_instance_texts(fs, outdir, schema_urls,
                                     sizeof schema_urls / sizeof schema_urls[0], c->catalog,
                                     rep, &f);
    if (st != TX_OK)
        return st;
    tx_buf b = {0};
    tx_buf_printf(&b, "%s.html", f.stem);
    char *html_name = tx_buf_take(&b);
    if (!html_name) {
        tx_instance_files_clear(&f);
        return TX_ENOMEM;
    }
    const char *names[SET_N];
    for (int i = 0; i < TX_INSTANCE_NFILES; i++)
        names[i] = f.name[i];
    names[SET_HTML] = html_name;
    tx_outset *s = NULL;
    tx_outfile_error e = {TX_OUTFILE_OK, 0, 0, 0};
    if (tx_outset_open(outdir, names, SET_N, &s, &e) != TX_OUTFILE_OK) {
        b = (tx_buf){0};
        tx_buf_printf(&b, "%s/%s", outdir, names[e.file]);
        char *path = tx_buf_take(&b);
        st = path ? tx_outfile_report(rep, path, &e) : TX_ENOMEM;
        free(path);
    }
    for (int i = 0; i < TX_INSTANCE_NFILES && st == TX_OK; i++)
        if (f.text[i] &&
            tx_outset_put(s, (size_t)i, f.text[i], strlen(f.text[i]), 0, &e) != TX_OUTFILE_OK)
            st = tx_outfile_report(rep, tx_outset_target(s, e.file), &e);
    if (st == TX_OK)
        st = check_and_render(c, s, exhibit, rep);
    if (st == TX_OK && tx_outset_commit(s, &e) != TX_OUTFILE_OK)
        st = tx_outfile_report(rep, tx_outset_target(s, e.file), &e);
    if (st == TX_OK && record_outputs(c, outdir, names, f.text) != 0)
        st = TX_ENOMEM;
    tx_outset_close(s);
    free(html_name);
    tx_instance_files_clear(&f);
    return st;
}

tx_status tx_converter_convert(tx_converter *c, const char *exhibit,
                               const char *outdir, tx_report *rep)
{
    return tx_converter_convert_named(c, exhibit, NULL, outdir, rep);
}

tx_status tx_converter_convert_named(tx_converter *c, const char *path, const char *name,
                                     const char *outdir, tx_report *rep)
{
    if (!c || !path || !outdir)
        return TX_EUSAGE;
    clear_outputs(c);
    tx_exhibit *ex = NULL;
    tx_status st = tx_exhibit_read_named(path, name, rep, &ex);
    if (!ex)
        return st;
    st = worse(st, tx_converter_convert_exhibit(c, ex, outdir, rep));
    tx_exhibit_free(ex);
    return st;
}

tx_status tx_converter_convert_buffer(tx_converter *c, const char *name, const void *data,
                                      size_t len, const char *outdir, tx_report *rep)
{
    if (!c || !name || (!data && len) || !outdir)
        return TX_EUSAGE;
    clear_outputs(c);
    tx_exhibit *ex = NULL;
    tx_status st = tx_exhibit_read_buffer(name, data ? data : "", len, rep, &ex);
    if (!ex)
        return st;
    st = worse(st, tx_converter_convert_exhibit(c, ex, outdir, rep));
    tx_exhibit_free(ex);
    return st;
}

tx_status tx_converter_convert_exhibit(tx_converter *c, const tx_exhibit *ex,
                                       const char *outdir, tx_report *rep)
{
    if (!c || !ex || !outdir)
        return TX_EUSAGE;
    clear_outputs(c);
    tx_status st = TX_OK;
    /* from here on the exhibit goes by its name */
    char *exhibit = tx_strdup(ex->name);
    if (!exhibit)
        return TX_ENOMEM;
    if (ex->ntables == 0 && tx_exhibit_schedule_count(ex) == 0) {
        free(exhibit);
        return TX_EINPUT;
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
    tx_mapping_free(map);
    if (!fs) {
        free(exhibit);
        return st;
    }
    if (tx_convert_summarize(exhibit, &counts, fs, c->strict, rep) != 0)
        st = TX_ENOMEM;
    else if (c->strict && tx_report_count(rep, TX_ERROR) > 0)
        st = worse(st, TX_EINPUT);
    if (numeric == 0) {
        tx_report_add(rep, TX_ERROR, exhibit, 0, "convert.no-facts",
                      "no table could be converted: nothing written");
        tx_factset_free(fs);
        free(exhibit);
        return worse(st, TX_EINPUT);
    }
    if (tx_make_output_dir(outdir, rep) != TX_OK) {
        tx_factset_free(fs);
        free(exhibit);
        return worse(st, TX_EIO);
    }
    tx_status w = write_set(c, fs, exhibit, outdir, rep);
    if (w == TX_OK)
        c->facts_written = counts.facts;
    tx_factset_free(fs);
    free(exhibit);
    return worse(st, w);
}

tx_status tx_make_output_dir(const char *dir, tx_report *rep)
{
    if (!dir)
        return TX_EUSAGE;
    if (tx_make_dirs(dir) == 0)
        return TX_OK;
    if (rep)
        tx_report_add(rep, TX_ERROR, dir, 0, "write.io", "cannot create the output directory: %s",
                      strerror(errno));
    return TX_EIO;
}

size_t tx_converter_facts_written(const tx_converter *c)
{
    return c ? c->facts_written : 0;
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

size_t tx_converter_output_count(const tx_converter *c)
{
    return c ? c->noutputs : 0;
}

const char *tx_converter_output(const tx_converter *c, size_t i)
{
    return c && i < c->noutputs ? c->outputs[i] : NULL;
}

const char *tx_converter_statement(tx_converter *c, const tx_exhibit *ex, size_t table,
                                   const char **basis)
{
    if (basis)
        *basis = NULL;
    if (!c || !ex || table >= ex->ntables)
        return NULL;
    const tx_table *t = &ex->tables[table];
    const tx_table *parent = t->parent >= 0 ? &ex->tables[t->parent] : NULL;
    char *why = NULL;
    const tx_statement_rule *rule = tx_classify_table(c->taxonomy, t, parent, &why);
    if (!why)
        return NULL;
    free(why);
    if (basis)
        *basis = rule ? rule->basis : "";
    return rule ? rule->kind : "";
}

/* entity.c - the entity of a table or of an EX-27 schedule. */
#include "map/entity.h"

#include <stdlib.h>
#include <string.h>

#include "base/util.h"

/* Where a name-based entity is reported, and how. */
typedef struct unknown_note {
    const char *file;
    long line;
    const char *sources;   /* where a CIK could have come from             */
    const char *unnamed;   /* the name shown for an entity that has none   */
} unknown_note;

/* The entity `name` (NULL: none) in fs, found or added: scheme CIK with
 * `cik`, else a name-based identifier made from `key` (the company key of
 * the name; NULL: "unknown-entity"), reported when it is new.  Its index,
 * or -1 on allocation failure. */
static long entity_add(tx_factset *fs, const char *name, const char *cik, const char *key,
                       const unknown_note *note, tx_report *rep)
{
    if (cik)
        return tx_factset_entity(fs, name ? name : "", TX_SCHEME_CIK, cik);
    size_t before = fs->nentities;
    char *id = key ? tx_strdup(key) : tx_strdup("unknown-entity");
    for (char *p = id; p && *p; p++)
        if (*p == ' ')
            *p = '-';
    long idx = id ? tx_factset_entity(fs, name ? name : "", TX_SCHEME_NAME, id) : -1;
    if (idx >= 0 && fs->nentities > before)
        tx_report_add(rep, TX_WARNING, note->file, note->line, "map.unknown-entity",
                      "no CIK known for '%s' (%s); identified as '%s' in scheme %s",
                      name ? name : note->unnamed, note->sources, id, TX_SCHEME_NAME);
    free(id);
    return idx;
}

long tx_entity_of_table(tx_factset *fs, const tx_text *text, const tx_table *t,
                        const tx_entity_map *entities, const char *cik, const char *file,
                        tx_report *rep)
{
    const char *name = *t->entity ? t->entity : NULL;
    const char *found = NULL;
    char *key = name ? tx_company_key(name) : NULL;
    for (size_t i = 0; i < text->nfilers && !found; i++) {
        char *fk = tx_company_key(text->filers[i].name);
        if (text->filers[i].cik[0] && ((key && fk && strcmp(key, fk) == 0) ||
                                       (!name && text->nfilers == 1)))
            found = text->filers[i].cik;
        free(fk);
    }
    if (!name && text->nfilers == 1)
        name = text->filers[0].name;
    if (!found)
        found = tx_entity_map_cik(entities, name);
    if (!found && !name && cik) {
        /* an extract that names no entity: the one --cik gives */
        found = cik;
        name = tx_entity_map_name(entities, cik);
    }
    unknown_note note = {file, t->src_title ? t->src_title : t->src_first,
                         "EDGAR header or --entities", "(no name)"};
    long idx = entity_add(fs, name, found, key, &note, rep);
    free(key);
    return idx;
}

long tx_entity_of_schedule(tx_factset *fs, const tx_text *text, const tx_ex27_schedule *s,
                           const tx_entity_map *entities, const char *file, tx_report *rep)
{
    const char *name = *s->name ? s->name : NULL;
    const char *cik = NULL;
    char *key = name ? tx_company_key(name) : NULL;
    /* the EDGAR header: the one filer, or the filer the schedule names */
    for (size_t i = 0; i < text->nfilers && !cik; i++) {
        const tx_filer *f = &text->filers[i];
        char *fk = tx_company_key(f->name);
        if (f->cik[0] && (text->nfilers == 1 || (key && fk && strcmp(key, fk) == 0) ||
                          (s->cik[0] && strcmp(s->cik, f->cik) == 0))) {
            cik = f->cik;
            name = f->name;
        }
        free(fk);
    }
    if (!cik && s->cik[0])
        cik = s->cik;
    if (!cik && name)
        cik = tx_entity_map_cik(entities, name);
    unknown_note note = {file, s->src_first, "EDGAR header, <CIK> or --entities",
                         "(no name in the schedule or its legend)"};
    long idx = entity_add(fs, name, cik, key && *key ? key : NULL, &note, rep);
    free(key);
    return idx;
}

/* walk.c - what a rendition needs of an instance's DTS: the light walk
 * (the instance's own extension documents and the project taxonomy's source
 * tables) or the full one (validate/dts.h); see walk.h. */
#include "config.h"

#include "render/walk.h"

#include <stdlib.h>
#include <string.h>

#include "base/tsv.h"
#include "base/util.h"
#include "xbrl/prefixes.h"
#include "xbrl/vocab.h"
#include "xbrl/xml.h"

#define ARC_LABEL "http://www.xbrl.org/2003/arcrole/concept-label"
#define ARC_SUM "http://www.xbrl.org/2003/arcrole/summation-item"
#define ARC_DEFAULT "http://xbrl.org/int/dim/arcrole/dimension-default"
#define PRES_LINK "{" TX_NS_LINK "}presentationLink"

char *tx_rdts_text(xmlNodePtr n)
{
    xmlChar *t = xmlNodeGetContent(n);
    if (!t)
        return tx_strdup("");
    char *s = malloc(strlen((const char *)t) + 1);
    if (s) {
        size_t k = 0;
        int sp = 0;
        for (const unsigned char *p = t; *p; p++) {
            if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') {
                sp = k > 0;
                continue;
            }
            if (sp)
                s[k++] = ' ';
            sp = 0;
            s[k++] = (char)*p;
        }
        s[k] = '\0';
    }
    xmlFree(t);
    return s;
}

const char *tx_rdts_intern(tx_rdts *r, const char *s)
{
    if (!s)
        return NULL;
    size_t i;
    if (tx_smap_get(&r->strs, s, &i))
        return r->strv[i];
    char *c = tx_strdup(s);
    if (!c || tx_grow((void **)&r->strv, &r->capstrv, r->nstrv + 1, sizeof *r->strv) != 0 ||
        tx_smap_put(&r->strs, s, r->nstrv) != 0) {
        free(c);
        r->oom = 1;
        return NULL;
    }
    r->strv[r->nstrv++] = c;
    return c;
}

long tx_rdts_concept(const tx_rdts *r, const char *key)
{
    size_t i;
    return key && tx_smap_get(&r->index, key, &i) ? (long)i : -1;
}

/* Adds concept `key` (taken); its index, or -1 (no memory, or already
 * there: then the first stays and -1 - index is returned). */
static long add_concept(tx_rdts *r, char *key, int abstract, int instant, int dimension,
                        int hypercube)
{
    if (!key) {
        r->oom = 1;
        return -1;
    }
    long have = tx_rdts_concept(r, key);
    if (have >= 0) {
        free(key);
        return -1 - have;
    }
    if (tx_grow((void **)&r->concepts, &r->capconcepts, r->nconcepts + 1, sizeof *r->concepts) != 0 ||
        tx_smap_put(&r->index, key, r->nconcepts) != 0) {
        free(key);
        r->oom = 1;
        return -1;
    }
    const char *local = strrchr(key, '}');
    r->concepts[r->nconcepts] = (tx_rconcept){key, local ? local + 1 : key, abstract, instant,
                                              dimension, hypercube};
    return (long)r->nconcepts++;
}

/* The per-concept arrays, once the concepts are known. */
static void concept_arrays(tx_rdts *r)
{
    size_t n = r->nconcepts ? r->nconcepts : 1;
    r->lab_first = malloc(n * sizeof(long));
    r->lab_last = malloc(n * sizeof(long));
    r->dflt = malloc(n * sizeof(long));
    if (!r->lab_first || !r->lab_last || !r->dflt) {
        r->oom = 1;
        return;
    }
    for (size_t c = 0; c < r->nconcepts; c++)
        r->lab_first[c] = r->lab_last[c] = r->dflt[c] = -1;
}

/* A label of concept c (text taken). */
static void add_label(tx_rdts *r, long c, const char *role, char *lang, char *text)
{
    if (c < 0 || !text ||
        tx_grow((void **)&r->labs, &r->caplabs, r->nlabs + 1, sizeof *r->labs) != 0) {
        r->oom |= !text;
        free(lang);
        free(text);
        return;
    }
    r->labs[r->nlabs] = (tx_rlabel){tx_rdts_intern(r, role ? role : TX_ROLE_LABEL), lang, text, -1};
    if (r->lab_last[c] >= 0)
        r->labs[r->lab_last[c]].next = (long)r->nlabs;
    else
        r->lab_first[c] = (long)r->nlabs;
    r->lab_last[c] = (long)r->nlabs++;
}

static void add_calc(tx_rdts *r, long from, long to)
{
    tx_pkey k = {{(void *)(size_t)(from + 1), (void *)(size_t)(to + 1)}};
    if (from >= 0 && to >= 0 && tx_pmap_put(&r->calc, &k, 1) != 0)
        r->oom = 1;
}

static void add_pres(tx_rdts *r, const char *role, long from, long to, double order,
                     const char *pref)
{
    if (from < 0 || to < 0 ||
        tx_grow((void **)&r->pres, &r->cappres, r->npres + 1, sizeof *r->pres) != 0) {
        r->oom |= from >= 0 && to >= 0;
        return;
    }
    r->pres[r->npres] = (tx_rpres){tx_rdts_intern(r, role), from, to, order,
                                   pref ? tx_rdts_intern(r, pref) : NULL, r->npres};
    r->npres++;
}

static void add_role(tx_rdts *r, xmlNodePtr rt)
{
    char *uri = tx_attr(rt, "roleURI");
    if (!uri)
        return;
    char *def = NULL;
    for (xmlNodePtr c = rt->children; c && !def; c = c->next)
        if (c->type == XML_ELEMENT_NODE && tx_is_elem(c, TX_NS_LINK, "definition"))
            def = tx_rdts_text(c);
    if (tx_grow((void **)&r->roles, &r->caproles, r->nroles + 1, sizeof *r->roles) != 0) {
        r->oom = 1;
        free(def);
    } else {
        r->roles[r->nroles++] = (tx_rrole){tx_rdts_intern(r, uri), def};
    }
    free(uri);
}

/* ------------------------------------------------------------ full */

static tx_status walk_full(tx_rdts *r, tx_offline *o, xmlDocPtr inst, const char *path,
                           const char *name, tx_report *rep)
{
    tx_dts d;
    memset(&d, 0, sizeof d);
    tx_status st = tx_dts_load(&d, o, inst, path, name, rep);
    if (st == TX_ENOMEM) {
        tx_dts_clear(&d);
        return st;
    }
    /* the DTS's concept c is the model's concept cmap[c] (a key the DTS
       declares twice is one concept here) */
    long *cmap = malloc((d.nconcepts ? d.nconcepts : 1) * sizeof *cmap);
    if (!cmap)
        r->oom = 1;
    for (size_t c = 0; c < d.nconcepts && !r->oom; c++) {
        const tx_vconcept *vc = &d.concepts[c];
        long k = add_concept(r, tx_strdup(vc->key), vc->abstract,
                             vc->period_type && strcmp(vc->period_type, "instant") == 0,
                             vc->dimension, vc->hypercube);
        cmap[c] = k >= 0 ? k : r->oom ? -1 : -1 - k;
    }
    concept_arrays(r);
    /* the filer's linkbases: those the schemaRef'd schemas reference */
    unsigned char *filer_doc = calloc(d.ndocs ? d.ndocs : 1, 1);
    unsigned char *filer_lb = calloc(d.ndocs ? d.ndocs : 1, 1);
    if (!filer_doc || !filer_lb)
        r->oom = 1;
    xmlNodePtr root = xmlDocGetRootElement(inst);
    for (xmlNodePtr n = root->children; n && !r->oom; n = n->next) {
        if (n->type != XML_ELEMENT_NODE || !tx_is_elem(n, TX_NS_LINK, "schemaRef"))
            continue;
        char *href = tx_attr_ns(n, TX_NS_XLINK, "href");
        /* the URL discovery loaded it by (relative to the instance) */
        char *url = href ? tx_href_url(n, href, NULL) : NULL;
        for (size_t i = 0; url && i < d.ndocs; i++)
            if (d.docs[i].url && strcmp(d.docs[i].url, url) == 0)
                filer_doc[i] = 1;
        free(url);
        free(href);
    }
    for (size_t i = 0; !r->oom && i < d.nlbrefs; i++) {
        long from = tx_dts_doc_of(&d, d.lbrefs[i].node);
        if (from >= 0 && filer_doc[from] && d.lbrefs[i].doc >= 0)
            filer_lb[d.lbrefs[i].doc] = 1;
    }
    int filer_has = 0;
    for (size_t i = 0; !r->oom && i < d.nrels; i++) {
        const tx_vrel *v = &d.rels[i];
        const tx_vlink *L = &d.links[v->link];
        filer_has |= v->effective == 1 && strcmp(L->name, PRES_LINK) == 0 &&
                     strcmp(v->arcrole, TX_ARCROLE_PARENT_CHILD) == 0 &&
                     d.ends[v->from].concept >= 0 && d.ends[v->to].concept >= 0 &&
                     filer_lb[d.lbs[L->lb].doc];
    }
    for (size_t i = 0; !r->oom && i < d.nrels; i++) {
        const tx_vrel *v = &d.rels[i];
        if (v->effective != 1)
            continue;
        const tx_vlink *L = &d.links[v->link];
        long from = d.ends[v->from].concept, to = d.ends[v->to].concept;
        from = from >= 0 ? cmap[from] : -1;
        to = to >= 0 ? cmap[to] : -1;
        if (strcmp(v->arcrole, ARC_LABEL) == 0 && from >= 0 && d.ends[v->to].target) {
            xmlNodePtr n = d.ends[v->to].target;
            char *role = tx_attr_ns(n, TX_NS_XLINK, "role");
            xmlChar *lang = xmlNodeGetLang(n);
            add_label(r, from, role, lang ? tx_strdup((const char *)lang) : NULL, tx_rdts_text(n));
            xmlFree(lang);
            free(role);
        } else if (strcmp(v->arcrole, ARC_SUM) == 0) {
            add_calc(r, from, to);
        } else if (strcmp(v->arcrole, ARC_DEFAULT) == 0 && from >= 0 && to >= 0) {
            r->dflt[from] = to;
        } else if (strcmp(L->name, PRES_LINK) == 0 &&
                   strcmp(v->arcrole, TX_ARCROLE_PARENT_CHILD) == 0 &&
                   (!filer_has || filer_lb[d.lbs[L->lb].doc])) {
            char *pref = tx_attr(v->arc, "preferredLabel");
            add_pres(r, L->role, from, to, v->order, pref);
            free(pref);
        }
    }
    free(filer_doc);
    free(filer_lb);
    free(cmap);
    for (size_t i = 0; i < d.nrtypes && !r->oom; i++)
        if (!d.rtypes[i].arc)
            add_role(r, d.rtypes[i].node);
    tx_dts_clear(&d);
    if (r->oom)
        return TX_ENOMEM;
    return st;
}

/* ------------------------------------------------------------ light */

/* The key and id of a concept of the project taxonomy's tables: "Name"
 * (the GAAP taxonomy's) or "prefix:Name". */
static char *table_key(const char *qname, char *id, size_t idn)
{
    const char *colon = strchr(qname, ':');
    const char *prefix = colon ? "" : "tx-gaap";
    char pbuf[32];
    if (colon) {
        size_t n = (size_t)(colon - qname);
        if (n >= sizeof pbuf)
            return NULL;
        memcpy(pbuf, qname, n);
        pbuf[n] = '\0';
        prefix = pbuf;
    }
    const char *ns = tx_prefix_uri(prefix, TX_PREFIX_NAMES);
    const char *local = colon ? colon + 1 : qname;
    if (!ns)
        return NULL;
    if (id)
        snprintf(id, idn, "%s_%s", prefix, local);
    return tx_clark(ns, local);
}

static const tx_tsv_spec concepts_spec = {
    .columns = 6, .shape = "a concept needs name, periodType, balance, type, abstract, label"};
static const tx_tsv_spec labels_spec = {.columns = 3, .shape = "a label needs concept, role, text"};
static const tx_tsv_spec dims_spec = {.columns = 4, .shape = "an arc needs role, arcrole, from, to"};

/* The project taxonomy's concepts (ids into `ids`), or -1: a table that
 * cannot be read (then the full walk reads the DTS). */
static int table_concepts(tx_rdts *r, const char *datadir, tx_smap *ids, tx_report *scratch)
{
    char *path = tx_tsv_path(datadir, "taxonomy/src/concepts.tsv");
    tx_tsv t;
    if (!path || tx_tsv_open(&t, path, &concepts_spec, scratch) != 0) {
        free(path);
        return -1;
    }
    int row;
    while ((row = tx_tsv_next(&t)) > 0 && !r->oom) {
        const char *nm = tx_tsv_field(&t, 0);
        if (strcmp(nm, "name") == 0)
            continue;
        char id[256];
        char *key = table_key(nm, id, sizeof id);
        size_t n = key ? strlen(key) : 0;
        long c = add_concept(r, key, strcmp(tx_tsv_field(&t, 4), "true") == 0,
                             strcmp(tx_tsv_field(&t, 1), "instant") == 0,
                             n > 4 && strcmp(key + n - 4, "Axis") == 0,
                             n > 5 && strcmp(key + n - 5, "Table") == 0);
        if (c >= 0 && tx_smap_put(ids, id, (size_t)c) != 0)
            r->oom = 1;
    }
    tx_tsv_close(&t);
    free(path);
    return row < 0 ? -1 : 0;
}

/* The tables' standard labels (concepts.tsv), other labels (labels.tsv)
 * and dimension defaults: what the taxonomy's schemas reference (its
 * calculation linkbase is an entry point of its own, not in an
 * extension's DTS). */
static int table_relations(tx_rdts *r, const char *datadir, tx_report *scratch)
{
    static const char *const files[] = {"taxonomy/src/concepts.tsv", "taxonomy/src/labels.tsv",
                                        "taxonomy/src/dimensions.tsv"};
    const tx_tsv_spec *specs[] = {&concepts_spec, &labels_spec, &dims_spec};
    int status = 0;
    for (size_t f = 0; f < 3 && status == 0 && !r->oom; f++) {
        char *path = tx_tsv_path(datadir, files[f]);
        tx_tsv t;
        if (!path || tx_tsv_open(&t, path, specs[f], scratch) != 0) {
            free(path);
            return -1;
        }
        int row;
        while ((row = tx_tsv_next(&t)) > 0 && !r->oom) {
            const char *a = tx_tsv_field(&t, 0), *b = tx_tsv_field(&t, 1),
                       *c = tx_tsv_field(&t, 2), *d = tx_tsv_field(&t, 3);
            char *k1 = NULL, *k2 = NULL;
            if (f == 0 && strcmp(a, "name") != 0) {
                k1 = table_key(a, NULL, 0);
                add_label(r, tx_rdts_concept(r, k1), TX_ROLE_LABEL, tx_strdup("en"), tx_strdup(tx_tsv_field(&t, 5)));
            } else if (f == 1 && strcmp(a, "concept") != 0) {
                /* the roles of the 2009 LRR are the negated ones */
                k1 = table_key(a, NULL, 0);
                char role[128];
                snprintf(role, sizeof role, "%s%s",
                         strncmp(b, "negated", 7) == 0 ? "http://www.xbrl.org/2009/role/" : TX_ROLE_2003, b);
                add_label(r, tx_rdts_concept(r, k1), role, tx_strdup("en"), tx_strdup(c));
            } else if (f == 2 && strcmp(b, "dimension-default") == 0) {
                k1 = table_key(c, NULL, 0);
                k2 = table_key(d, NULL, 0);
                long ax = tx_rdts_concept(r, k1), mem = tx_rdts_concept(r, k2);
                if (ax >= 0 && mem >= 0)
                    r->dflt[ax] = mem;
            }
            free(k1);
            free(k2);
        }
        tx_tsv_close(&t);
        free(path);
        status = row < 0 ? -1 : 0;
    }
    return status;
}

/* The namespaces an extension schema may import in the light walk: the
 * project taxonomy's (its tables) and the XBRL specifications' (no
 * concepts of their own that facts or rows use). */
static int known_import(const char *ns)
{
    return ns && (strcmp(ns, TX_NS_GAAP) == 0 || strcmp(ns, TX_NS_DEI) == 0 ||
                  strcmp(ns, TX_NS_TXBRL) == 0 || strncmp(ns, "http://www.xbrl.org/", 20) == 0 ||
                  strncmp(ns, "http://xbrl.org/", 16) == 0);
}

typedef struct light {
    tx_rdts *r;
    tx_offline *o;
    xmlDocPtr *docs;          /* the documents read (owned) */
    size_t ndocs, capdocs;
    tx_smap paths;            /* path -> 1 */
    tx_smap ids;              /* concept id (any document) -> concept */
    tx_report *scratch;
    int refuse;               /* the full walk must read this DTS */
} light;

/* Reads the local document `href` of node n; NULL when the light walk
 * cannot (then the full walk reads the DTS and reports why). */
static xmlDocPtr light_doc(light *L, xmlNodePtr n, const char *href)
{
    if (!href || !*href || *href == '#' || strstr(href, "://")) {
        L->refuse = 1;
        return NULL;
    }
    char *url = tx_href_url(n, href, NULL);
    tx_loc_why why;
    char *path = url ? tx_offline_locate(L->o, url, &why) : NULL;
    free(url);
    size_t one;
    xmlDocPtr doc = NULL;
    if (!path || tx_smap_get(&L->paths, path, &one) ||
        tx_offline_parse_dts(L->o, path, path, L->scratch, &doc) != TX_OK ||
        tx_grow((void **)&L->docs, &L->capdocs, L->ndocs + 1, sizeof *L->docs) != 0 ||
        tx_smap_put(&L->paths, path, 1) != 0) {
        /* (a document read twice: a cycle the full walk handles) */
        xmlFreeDoc(doc);
        free(path);
        L->refuse = 1;
        return NULL;
    }
    free(path);
    L->docs[L->ndocs++] = doc;
    return doc;
}

/* An extension schema: its concepts, role types and linkbaseRefs (the
 * linkbases returned in lbs). */
static void light_schema(light *L, xmlDocPtr doc, xmlNodePtr **lbrefs, size_t *nlb, size_t *caplb)
{
    tx_rdts *r = L->r;
    xmlNodePtr root = xmlDocGetRootElement(doc);
    if (!tx_is_elem(root, TX_NS_XS, "schema")) {
        L->refuse = 1;
        return;
    }
    char *tns = tx_attr(root, "targetNamespace");
    for (xmlNodePtr c = root->children; c && !L->refuse && !r->oom; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (tx_is_elem(c, TX_NS_XS, "import")) {
            char *ns = tx_attr(c, "namespace");
            L->refuse |= !known_import(ns);
            free(ns);
        } else if (tx_is_elem(c, TX_NS_XS, "include") || tx_is_elem(c, TX_NS_XS, "redefine")) {
            L->refuse = 1;
        } else if (tx_is_elem(c, TX_NS_XS, "annotation")) {
            for (xmlNodePtr a = c->children; a; a = a->next) {
                if (!tx_is_elem(a, TX_NS_XS, "appinfo"))
                    continue;
                for (xmlNodePtr e = a->children; e && !r->oom; e = e->next) {
                    if (tx_is_elem(e, TX_NS_LINK, "roleType"))
                        add_role(r, e);
                    else if (tx_is_elem(e, TX_NS_LINK, "linkbaseRef") &&
                             tx_grow((void **)lbrefs, caplb, *nlb + 1, sizeof **lbrefs) == 0)
                        (*lbrefs)[(*nlb)++] = e;
                    else if (tx_is_elem(e, TX_NS_LINK, "linkbase") ||
                             tx_is_elem(e, TX_NS_LINK, "arcroleType"))
                        L->refuse = 1;   /* embedded linkbases, arcroles */
                }
            }
        } else if (tx_is_elem(c, TX_NS_XS, "element")) {
            char *name = tx_attr(c, "name"), *id = tx_attr(c, "id");
            char *abs = tx_attr(c, "abstract"), *sg = tx_attr(c, "substitutionGroup");
            char *pt = tx_attr_ns(c, TX_NS_XBRLI, "periodType");
            char *sgkey = sg ? tx_qname_key(c, sg) : NULL;
            if (name && tns) {
                long k = add_concept(r, tx_clark(tns, name), abs && strcmp(abs, "true") == 0,
                                     pt && strcmp(pt, "instant") == 0,
                                     sgkey && strcmp(sgkey, "{" TX_NS_XBRLDT "}dimensionItem") == 0,
                                     sgkey && strcmp(sgkey, "{" TX_NS_XBRLDT "}hypercubeItem") == 0);
                if (k < 0 && k != -1)
                    L->refuse = 1;   /* declared twice */
                if (k >= 0 && id && tx_smap_put(&L->ids, id, (size_t)k) != 0)
                    r->oom = 1;
            }
            free(name);
            free(id);
            free(abs);
            free(sg);
            free(pt);
            free(sgkey);
        }
    }
    free(tns);
}

typedef struct lend {
    const char *label;        /* xlink:label (inside the node) */
    xmlNodePtr node;
    long concept;             /* a locator's concept, -1 */
} lend;

/* One extended link of a linkbase: its label, calculation, definition and
 * presentation relationships. */
static void light_link(light *L, xmlNodePtr link)
{
    tx_rdts *r = L->r;
    char *lrole = tx_attr_ns(link, TX_NS_XLINK, "role");
    int pres = tx_is_elem(link, TX_NS_LINK, "presentationLink");
    lend *ends = NULL;
    size_t ne = 0, cap = 0;
    char **labels = NULL;
    for (xmlNodePtr c = link->children; c && !r->oom; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        int loc = tx_xlink_type_is(c, "locator"), res = tx_xlink_type_is(c, "resource");
        if (!loc && !res)
            continue;
        char *label = tx_attr_ns(c, TX_NS_XLINK, "label");
        long concept = -1;
        if (loc) {
            char *href = tx_attr_ns(c, TX_NS_XLINK, "href");
            const char *frag = href ? strchr(href, '#') : NULL;
            size_t v;
            if (frag && tx_smap_get(&L->ids, frag + 1, &v))
                concept = (long)v;
            free(href);
        }
        if (!label || tx_grow((void **)&ends, &cap, ne + 1, sizeof *ends) != 0 ||
            !(labels = realloc(labels, (ne + 1) * sizeof *labels))) {
            free(label);
            r->oom = 1;
            break;
        }
        labels[ne] = label;
        ends[ne++] = (lend){label, loc ? NULL : c, concept};
    }
    for (xmlNodePtr a = link->children; a && !r->oom; a = a->next) {
        if (a->type != XML_ELEMENT_NODE || !tx_xlink_type_is(a, "arc"))
            continue;
        char *from = tx_attr_ns(a, TX_NS_XLINK, "from"), *to = tx_attr_ns(a, TX_NS_XLINK, "to");
        char *arcrole = tx_attr_ns(a, TX_NS_XLINK, "arcrole"), *use = tx_attr(a, "use");
        char *ord = tx_attr(a, "order"), *pref = tx_attr(a, "preferredLabel");
        double order = ord ? strtod(ord, NULL) : 1.0;
        if (use && strcmp(use, "prohibited") == 0)
            L->refuse = 1;   /* prohibitions: the full walk's effective rules */
        for (size_t i = 0; from && to && arcrole && !L->refuse && i < ne; i++) {
            if (strcmp(ends[i].label, from) != 0)
                continue;
            for (size_t j = 0; j < ne; j++) {
                if (strcmp(ends[j].label, to) != 0)
                    continue;
                long fc = ends[i].concept, tc = ends[j].concept;
                if (strcmp(arcrole, ARC_LABEL) == 0 && fc >= 0 && ends[j].node) {
                    char *role = tx_attr_ns(ends[j].node, TX_NS_XLINK, "role");
                    xmlChar *lang = xmlNodeGetLang(ends[j].node);
                    add_label(r, fc, role, lang ? tx_strdup((const char *)lang) : NULL,
                              tx_rdts_text(ends[j].node));
                    xmlFree(lang);
                    free(role);
                } else if (strcmp(arcrole, ARC_SUM) == 0) {
                    add_calc(r, fc, tc);
                } else if (strcmp(arcrole, ARC_DEFAULT) == 0 && fc >= 0 && tc >= 0) {
                    r->dflt[fc] = tc;
                } else if (pres && strcmp(arcrole, TX_ARCROLE_PARENT_CHILD) == 0) {
                    add_pres(r, lrole ? lrole : TX_ROLE_LINK, fc, tc, order, pref);
                }
            }
        }
        free(from);
        free(to);
        free(arcrole);
        free(use);
        free(ord);
        free(pref);
    }
    for (size_t i = 0; i < ne; i++)
        free(labels[i]);
    free(labels);
    free(ends);
    free(lrole);
}

/* The light walk: 1 done, 0 the full walk must read this DTS. */
static int walk_light(tx_rdts *r, tx_offline *o, xmlDocPtr inst, const char *datadir)
{
    tx_report *scratch = tx_report_new();
    if (!scratch) {
        r->oom = 1;
        return 0;
    }
    light L = {r, o, NULL, 0, 0, {0}, {0}, scratch, 0};
    xmlNodePtr *lbrefs = NULL;
    size_t nlb = 0, caplb = 0;
    size_t schemas = 0;
    if (table_concepts(r, datadir, &L.ids, scratch) != 0)
        L.refuse = 1;
    xmlNodePtr root = xmlDocGetRootElement(inst);
    for (xmlNodePtr n = root->children; n && !L.refuse && !r->oom; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (!tx_in_ns(n, TX_NS_LINK))
            break;   /* the references precede contexts, units and facts */
        if (!tx_is_elem(n, TX_NS_LINK, "schemaRef")) {
            L.refuse = 1;   /* the instance's own linkbaseRefs, roleRefs */
            break;
        }
        char *href = tx_attr_ns(n, TX_NS_XLINK, "href");
        xmlDocPtr doc = light_doc(&L, n, href);
        free(href);
        if (doc) {
            light_schema(&L, doc, &lbrefs, &nlb, &caplb);
            schemas++;
        }
    }
    if (!L.refuse && !r->oom && schemas) {
        concept_arrays(r);
        if (!r->oom && table_relations(r, datadir, scratch) != 0)
            L.refuse = 1;
    }
    for (size_t i = 0; i < nlb && !L.refuse && !r->oom; i++) {
        char *href = tx_attr_ns(lbrefs[i], TX_NS_XLINK, "href");
        xmlDocPtr doc = light_doc(&L, lbrefs[i], href);
        free(href);
        xmlNodePtr lb = doc ? xmlDocGetRootElement(doc) : NULL;
        if (lb && !tx_is_elem(lb, TX_NS_LINK, "linkbase"))
            L.refuse = 1;
        for (xmlNodePtr c = lb ? lb->children : NULL; c && !L.refuse && !r->oom; c = c->next)
            if (c->type == XML_ELEMENT_NODE && tx_xlink_type_is(c, "extended"))
                light_link(&L, c);
    }
    /* the filer's own presentation, or the full walk's (every one of the DTS) */
    int done = !L.refuse && !r->oom && schemas && r->npres > 0;
    for (size_t i = 0; i < L.ndocs; i++)
        xmlFreeDoc(L.docs[i]);
    free(L.docs);
    free(lbrefs);
    tx_smap_clear(&L.paths);
    tx_smap_clear(&L.ids);
    tx_report_free(scratch);
    return done;
}

void tx_rdts_clear(tx_rdts *r)
{
    for (size_t c = 0; c < r->nconcepts; c++)
        free(r->concepts[c].key);
    free(r->concepts);
    tx_smap_clear(&r->index);
    for (size_t i = 0; i < r->nlabs; i++) {
        free(r->labs[i].lang);
        free(r->labs[i].text);
    }
    free(r->labs);
    free(r->lab_first);
    free(r->lab_last);
    free(r->dflt);
    tx_pmap_clear(&r->calc);
    free(r->pres);
    for (size_t i = 0; i < r->nroles; i++)
        free(r->roles[i].def);
    free(r->roles);
    for (size_t i = 0; i < r->nstrv; i++)
        free(r->strv[i]);
    free(r->strv);
    tx_smap_clear(&r->strs);
    memset(r, 0, sizeof *r);
}

tx_status tx_rdts_load(tx_rdts *r, tx_offline *o, xmlDocPtr inst, const char *path,
                       const char *name, const char *datadir, tx_report *rep)
{
    memset(r, 0, sizeof *r);
    if (datadir && walk_light(r, o, inst, datadir)) {
        r->light = 1;
        return TX_OK;
    }
    if (r->oom) {
        tx_rdts_clear(r);
        return TX_ENOMEM;
    }
    tx_rdts_clear(r);
    return walk_full(r, o, inst, path, name, rep);
}

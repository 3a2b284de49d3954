/* dts.c - DTS discovery: schemaRef, linkbaseRef, roleRef, imports,
 * includes and locators, every location resolved offline; the concept,
 * type, role and arc tables of the DTS. */
#include "validate/dts.h"

#include <stdlib.h>
#include <string.h>

#include "xbrl/offline.h"
#include "xbrl/vocab.h"
#include "xbrl/xml.h"
#include "base/hashmap.h"
#include "base/util.h"


/* ------------------------------------------------------------ loading */

typedef struct loader {
    tx_dts *d;
    tx_offline *o;
    tx_report *rep;
    const char *name;       /* entry file name for findings */
    int nomem;
    size_t errors;
} loader;

/* Document idx, loaded before, referenced again by element ref. */
static long known_doc(loader *L, xmlNodePtr ref, const char *refname, const char *url,
                      size_t idx, int want, int inc, const char *what)
{
    tx_vdoc *vd = &L->d->docs[idx];
    vd->included |= inc;
    if (want == 1 && !vd->is_schema) {
        L->errors++;
        tx_xml_report(L->rep, TX_ERROR, refname, ref, "dts.not-schema",
                   "%s '%s' is not an XML Schema", what, url);
    }
    return (long)idx;
}

/* Loads the document at url (referenced by element ref); returns its index
 * or -1 (reported).  `want`: 1 schema, 2 linkbase, 0 either. */
static long load_url(loader *L, xmlNodePtr ref, const char *url, int want, const char *what)
{
    tx_dts *d = L->d;
    const char *refname = ref && ref->doc && ref->doc->URL ? (const char *)ref->doc->URL : L->name;
    if (ref && ref->doc && ref->doc->_private)
        refname = L->name;
    int inc = strcmp(what, "include") == 0;
    size_t idx;
    /* a URL that loaded once is that document again (locators repeat their
       schema thousands of times: no second resolution) */
    if (tx_smap_get(&d->url_docs, url, &idx) && idx > 0)
        return known_doc(L, ref, refname, url, idx - 1, want, inc, what);
    tx_loc_why why;
    char *path = tx_offline_locate(L->o, url, &why);
    if (!path) {
        if (why == TX_LOC_NOMEM) {
            L->nomem = 1;
            return -1;
        }
        L->errors++;
        if (why == TX_LOC_UNRESOLVED || why == TX_LOC_NETWORK)
            tx_xml_report(L->rep, TX_ERROR, refname, ref, "dts.unresolved",
                       "%s '%s' does not resolve to a local file (catalog; network access is "
                       "never used)", what, url);
        else
            tx_xml_report(L->rep, TX_ERROR, refname, ref, tx_offline_why_code(why),
                       "%s '%s' is not loaded: it %s", what, url, tx_offline_why_text(why));
        return -1;
    }
    if (tx_smap_get(&d->doc_index, path, &idx)) {
        free(path);
        if (tx_smap_put(&d->url_docs, url, idx + 1) != 0) {
            L->nomem = 1;
            return -1;
        }
        return known_doc(L, ref, refname, url, idx, want, inc, what);
    }
    xmlDocPtr doc = NULL;
    tx_status st = tx_offline_parse_dts(L->o, path, path, L->rep, &doc);
    if (st == TX_ENOMEM) {
        L->nomem = 1;
        free(path);
        return -1;
    }
    if (st != TX_OK) {
        L->errors++;
        free(path);
        return -1;
    }
    if (tx_grow((void **)&d->docs, &d->capdocs, d->ndocs + 1, sizeof *d->docs) != 0 ||
        tx_smap_put(&d->doc_index, path, d->ndocs) != 0) {
        L->nomem = 1;
        xmlFreeDoc(doc);
        free(path);
        return -1;
    }
    tx_vdoc *vd = &d->docs[d->ndocs];
    memset(vd, 0, sizeof *vd);
    vd->path = path;
    vd->url = tx_strdup(url);
    vd->doc = doc;
    vd->included = inc;
    xmlNodePtr root = xmlDocGetRootElement(doc);
    vd->is_schema = tx_is_elem(root, TX_NS_XS, "schema");
    vd->is_linkbase = tx_is_elem(root, TX_NS_LINK, "linkbase");
    if (vd->is_schema)
        vd->tns = tx_attr(root, "targetNamespace");
    d->ndocs++;
    if (tx_smap_put(&d->url_docs, url, d->ndocs) != 0)   /* index + 1 */
        L->nomem = 1;
    if (want == 1 && !vd->is_schema) {
        L->errors++;
        tx_xml_report(L->rep, TX_ERROR, refname, ref, "dts.not-schema",
                   "%s '%s' is not an XML Schema", what, url);
    } else if (want == 2 && !vd->is_linkbase) {
        L->errors++;
        tx_xml_report(L->rep, TX_ERROR, refname, ref, "dts.not-linkbase",
                   "%s '%s' is not a linkbase", what, url);
    }
    return (long)(d->ndocs - 1);
}

/* 1 when href names no document of its own: empty, blank, or a bare
 * fragment (the referencing document itself). */
static int names_no_document(const char *href)
{
    while (*href == ' ' || *href == '\t' || *href == '\r' || *href == '\n')
        href++;
    return !*href || *href == '#';
}

static long load_href(loader *L, xmlNodePtr ref, const char *href, int want, const char *what)
{
    if (!href)
        return -1;
    if (names_no_document(href)) {
        const char *refname = ref && ref->doc && ref->doc->URL && !ref->doc->_private
                                  ? (const char *)ref->doc->URL : L->name;
        L->errors++;
        tx_xml_report(L->rep, TX_ERROR, refname, ref, "dts.empty-href",
                   "%s '%s' names no document to load (%s)", what, href,
                   *href ? "a bare fragment" : "an empty reference");
        return -1;
    }
    char *url = tx_href_url(ref, href, NULL);
    if (!url) {
        L->nomem = 1;
        return -1;
    }
    long r = *url ? load_url(L, ref, url, want, what) : -1;
    free(url);
    return r;
}

/* A schemaRef or linkbaseRef must name another document: an empty, blank
 * or fragment-only href (the referencing document itself) is
 * dts.empty-href, never skipped.  For a locator, roleRef or arcroleRef it
 * is a same-document reference (XLink; conformance 202-02b): nothing to
 * load. */
static long load_xlink_href(loader *L, xmlNodePtr n, int want, const char *what)
{
    char *href = tx_attr_ns(n, TX_NS_XLINK, "href");
    long r = -1;
    int must = strcmp(what, "schemaRef") == 0 || strcmp(what, "linkbaseRef") == 0;
    if (href && (must || !names_no_document(href)))
        r = load_href(L, n, href, want, what);
    free(href);
    return r;
}

/* A linkbaseRef, for the rule on its role (4.3.4). */
static void add_lbref(loader *L, xmlNodePtr n)
{
    long doc = load_xlink_href(L, n, 2, "linkbaseRef");
    tx_dts *d = L->d;
    if (tx_grow((void **)&d->lbrefs, &d->caplbrefs, d->nlbrefs + 1, sizeof *d->lbrefs) != 0) {
        L->nomem = 1;
        return;
    }
    d->lbrefs[d->nlbrefs].node = n;
    d->lbrefs[d->nlbrefs++].doc = doc;
}

/* ------------------------------------------------------------ schemas */

static int add_type(tx_dts *d, const char *key, const char *base, xmlNodePtr node)
{
    size_t i;
    if (tx_smap_get(&d->types, key, &i))
        return 0;
    if (tx_grow((void **)&d->type_base, &d->captypes, d->ntypes + 1, sizeof *d->type_base) != 0)
        return -1;
    size_t cap2 = d->captypes;
    char **names = realloc(d->type_names, cap2 * sizeof *names);
    if (!names)
        return -1;
    d->type_names = names;
    xmlNodePtr *nodes = realloc(d->type_nodes, cap2 * sizeof *nodes);
    if (!nodes)
        return -1;
    d->type_nodes = nodes;
    d->type_nodes[d->ntypes] = node;
    d->type_base[d->ntypes] = base ? tx_strdup(base) : NULL;
    d->type_names[d->ntypes] = tx_strdup(key);
    if ((base && !d->type_base[d->ntypes]) || !d->type_names[d->ntypes] ||
        tx_smap_put(&d->types, key, d->ntypes) != 0) {
        free(d->type_base[d->ntypes]);
        free(d->type_names[d->ntypes]);
        return -1;
    }
    d->ntypes++;
    return 0;
}

/* The base type QName of a complexType/simpleType definition (owned key). */
static char *type_base_key(xmlNodePtr t)
{
    for (xmlNodePtr c = t->children; c; c = c->next) {
        if (!tx_in_ns(c, TX_NS_XS))
            continue;
        const char *nm = (const char *)c->name;
        if (strcmp(nm, "complexContent") == 0 || strcmp(nm, "simpleContent") == 0) {
            for (xmlNodePtr r = c->children; r; r = r->next)
                if (tx_is_elem(r, TX_NS_XS, "restriction") || tx_is_elem(r, TX_NS_XS, "extension")) {
                    char *b = tx_attr(r, "base");
                    char *k = tx_qname_key(r, b);
                    free(b);
                    return k;
                }
        } else if (strcmp(nm, "restriction") == 0) {
            char *b = tx_attr(c, "base");
            char *k = tx_qname_key(c, b);
            free(b);
            return k;
        }
    }
    return NULL;
}

static int add_concept(loader *L, tx_vdoc *vd, xmlNodePtr el)
{
    tx_dts *d = L->d;
    char *name = tx_attr(el, "name");
    if (!name)
        return 0;
    tx_vconcept c = {0};
    c.ns = tx_strdup(vd->tns ? vd->tns : "");
    c.name = name;
    c.key = tx_clark(c.ns, name);
    c.file = tx_strdup(vd->path);
    c.line = xmlGetLineNo(el);
    c.node = el;
    char *type = tx_attr(el, "type");
    if (type) {
        c.type_key = tx_qname_key(el, type);
        free(type);
    } else {
        for (xmlNodePtr t = el->children; t; t = t->next)
            if (tx_is_elem(t, TX_NS_XS, "complexType") || tx_is_elem(t, TX_NS_XS, "simpleType")) {
                char *base = type_base_key(t);
                tx_buf b = {0};
                tx_buf_printf(&b, "#anon:%s", c.key ? c.key : "");
                c.type_key = tx_buf_take(&b);
                if (c.type_key && add_type(d, c.type_key, base, t) != 0)
                    L->nomem = 1;
                free(base);
            }
    }
    char *sg = tx_attr(el, "substitutionGroup");
    if (sg) {
        c.subst_key = tx_qname_key(el, sg);
        free(sg);
    }
    c.period_type = tx_attr_ns(el, TX_NS_XBRLI, "periodType");
    c.balance = tx_attr_ns(el, TX_NS_XBRLI, "balance");
    char *a = tx_attr(el, "abstract");
    c.abstract = a && (strcmp(a, "true") == 0 || strcmp(a, "1") == 0);
    free(a);
    a = tx_attr(el, "nillable");
    c.nillable = a && (strcmp(a, "true") == 0 || strcmp(a, "1") == 0);
    free(a);
    char *id = tx_attr(el, "id");
    int bad = !c.ns || !c.key || !c.file;
    if (!bad && tx_grow((void **)&d->concepts, &d->capconcepts, d->nconcepts + 1,
                        sizeof *d->concepts) != 0)
        bad = 1;
    if (!bad && tx_smap_put(&d->concept_index, c.key, d->nconcepts) != 0)
        bad = 1;
    if (!bad && id) {
        tx_buf b = {0};
        tx_buf_printf(&b, "%s#%s", vd->path, id);
        char *k = tx_buf_take(&b);
        if (!k || tx_smap_put(&d->id_index, k, d->nconcepts) != 0)
            bad = 1;
        free(k);
    }
    free(id);
    if (bad) {
        free(c.ns); free(c.name); free(c.key); free(c.file); free(c.type_key);
        free(c.subst_key); free(c.period_type); free(c.balance);
        L->nomem = 1;
        return -1;
    }
    d->concepts[d->nconcepts++] = c;
    return 0;
}

static void process_linkbase(loader *L, xmlNodePtr lb);

static void register_role(loader *L, size_t di, xmlNodePtr n, int arc)
{
    tx_dts *d = L->d;
    char *uri = tx_attr(n, arc ? "arcroleURI" : "roleURI");
    if ((uri && tx_smap_put(arc ? &d->arcrole_types : &d->role_types, uri, 1) != 0) ||
        tx_grow((void **)&d->rtypes, &d->caprtypes, d->nrtypes + 1, sizeof *d->rtypes) != 0) {
        free(uri);
        L->nomem = 1;
        return;
    }
    tx_vtype *t = &d->rtypes[d->nrtypes++];
    t->node = n;
    t->uri = uri;
    t->arc = arc;
    t->doc = di;
}

static void process_appinfo(loader *L, size_t di, xmlNodePtr ai)
{
    for (xmlNodePtr c = ai->children; c; c = c->next) {
        if (tx_is_elem(c, TX_NS_LINK, "linkbaseRef"))
            add_lbref(L, c);
        else if (tx_is_elem(c, TX_NS_LINK, "linkbase"))
            process_linkbase(L, c);
        else if (tx_is_elem(c, TX_NS_LINK, "roleType"))
            register_role(L, di, c, 0);
        else if (tx_is_elem(c, TX_NS_LINK, "arcroleType"))
            register_role(L, di, c, 1);
    }
}

static void process_schema(loader *L, size_t di, xmlDocPtr doc)
{
    xmlNodePtr root = xmlDocGetRootElement(doc);
    for (xmlNodePtr c = root->children; c && !L->nomem; c = c->next) {
        if (!tx_in_ns(c, TX_NS_XS))
            continue;
        const char *nm = (const char *)c->name;
        if (strcmp(nm, "import") == 0 || strcmp(nm, "include") == 0 ||
            strcmp(nm, "redefine") == 0) {
            char *loc = tx_attr(c, "schemaLocation");
            if (loc)
                load_href(L, c, loc, 1, strcmp(nm, "import") == 0 ? "import" : "include");
            free(loc);
        } else if (strcmp(nm, "element") == 0) {
            add_concept(L, &L->d->docs[di], c);
        } else if (strcmp(nm, "complexType") == 0 || strcmp(nm, "simpleType") == 0) {
            char *name = tx_attr(c, "name");
            if (name) {
                const char *tns = L->d->docs[di].tns;
                char *key = tx_clark(tns ? tns : "", name);
                char *base = type_base_key(c);
                if (!key || add_type(L->d, key, base, c) != 0)
                    L->nomem = 1;
                free(key);
                free(base);
            }
            free(name);
        } else if (strcmp(nm, "attribute") == 0) {
            char *name = tx_attr(c, "name");
            const char *tns = L->d->docs[di].tns;
            char *key = name ? tx_clark(tns ? tns : "", name) : NULL;
            tx_dts *d = L->d;
            if (name && (!key || tx_grow((void **)&d->attr_nodes, &d->capattr_nodes,
                                         d->nattr_nodes + 1, sizeof *d->attr_nodes) != 0)) {
                L->nomem = 1;
            } else if (key && !tx_smap_get(&d->attr_decls, key, NULL)) {
                if (tx_smap_put(&d->attr_decls, key, d->nattr_nodes) != 0)
                    L->nomem = 1;
                else
                    d->attr_nodes[d->nattr_nodes++] = c;
            }
            free(key);
            free(name);
        } else if (strcmp(nm, "annotation") == 0) {
            for (xmlNodePtr a = c->children; a; a = a->next)
                if (tx_is_elem(a, TX_NS_XS, "appinfo"))
                    process_appinfo(L, di, a);
        }
    }
}

/* ------------------------------------------------------------ linkbases */

static void process_linkbase(loader *L, xmlNodePtr lb)
{
    for (xmlNodePtr c = lb->children; c && !L->nomem; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (tx_is_elem(c, TX_NS_LINK, "roleRef") || tx_is_elem(c, TX_NS_LINK, "arcroleRef")) {
            load_xlink_href(L, c, 1, (const char *)c->name);
            continue;
        }
        if (!tx_xlink_type_is(c, "extended"))   /* exact, as rels.c (xs:string) */
            continue;
        for (xmlNodePtr l = c->children; l; l = l->next)
            if (tx_is_elem(l, TX_NS_LINK, "loc"))   /* only link:loc discovers (4.3) */
                load_xlink_href(L, l, 0, "locator");
    }
}

/* ------------------------------------------------------------ types */

static const char *const numeric_types[] = {
    "decimalItemType", "floatItemType", "doubleItemType", "monetaryItemType",
    "sharesItemType", "pureItemType", "integerItemType", "nonPositiveIntegerItemType",
    "negativeIntegerItemType", "longItemType", "intItemType", "shortItemType",
    "byteItemType", "nonNegativeIntegerItemType", "unsignedLongItemType",
    "unsignedIntItemType", "unsignedShortItemType", "unsignedByteItemType",
    "positiveIntegerItemType", "fractionItemType", NULL,
};

static const char *const xsd_numeric[] = {
    "decimal", "float", "double", "integer", "nonPositiveInteger", "negativeInteger",
    "long", "int", "short", "byte", "nonNegativeInteger", "unsignedLong", "unsignedInt",
    "unsignedShort", "unsignedByte", "positiveInteger", NULL,
};

static const char *xbrli_base(const tx_dts *d, const char *type_key, int *per_share)
{
    static const char xbrli_prefix[] = "{" TX_NS_XBRLI "}";
    static const char xs_prefix[] = "{" TX_NS_XS "}";
    const char *k = type_key;
    for (int guard = 0; k && guard < 64; guard++) {
        if (strncmp(k, xbrli_prefix, sizeof xbrli_prefix - 1) == 0) {
            const char *local = k + sizeof xbrli_prefix - 1;
            for (size_t i = 0; numeric_types[i]; i++)
                if (strcmp(local, numeric_types[i]) == 0)
                    return numeric_types[i];
            return "nonNumeric";
        }
        if (strncmp(k, xs_prefix, sizeof xs_prefix - 1) == 0) {
            const char *local = k + sizeof xs_prefix - 1;
            for (size_t i = 0; xsd_numeric[i]; i++)
                if (strcmp(local, xsd_numeric[i]) == 0)
                    return "decimalItemType";
            return "nonNumeric";
        }
        const char *rb = strrchr(k, '}');
        if (rb && (strcmp(rb + 1, "perShareItemType") == 0 ||
                   strcmp(rb + 1, "perShareDerivedItemType") == 0))
            *per_share = 1;
        size_t idx;
        if (!tx_smap_get(&d->types, k, &idx))
            return NULL;
        k = d->type_base[idx];
    }
    return NULL;
}

int tx_dts_subst_from(const tx_dts *d, const char *key, const char *head_key)
{
    const char *k = key;
    for (int guard = 0; k && guard < 64; guard++) {
        if (strcmp(k, head_key) == 0)
            return 1;
        size_t idx;
        if (!tx_smap_get(&d->concept_index, k, &idx))
            return 0;
        k = d->concepts[idx].subst_key;
    }
    return 0;
}

static void classify(tx_dts *d)
{
    for (size_t i = 0; i < d->nconcepts; i++) {
        tx_vconcept *c = &d->concepts[i];
        c->item = tx_dts_subst_from(d, c->key, "{" TX_NS_XBRLI "}item");
        c->tuple = tx_dts_subst_from(d, c->key, "{" TX_NS_XBRLI "}tuple");
        c->dimension = tx_dts_subst_from(d, c->key, "{" TX_NS_XBRLDT "}dimensionItem");
        c->hypercube = tx_dts_subst_from(d, c->key, "{" TX_NS_XBRLDT "}hypercubeItem");
        if (strcmp(c->ns, TX_NS_XBRLI) == 0 || strcmp(c->ns, TX_NS_XBRLDT) == 0)
            c->item = c->tuple = c->dimension = c->hypercube = 0;
        c->base = c->type_key ? xbrli_base(d, c->type_key, &c->per_share) : NULL;
        c->fraction = c->base && strcmp(c->base, "fractionItemType") == 0;
        c->numeric = c->base && strcmp(c->base, "nonNumeric") != 0;
    }
}

/* ------------------------------------------------------------ entry */

tx_status tx_dts_load(tx_dts *d, tx_offline *o, xmlDocPtr doc, const char *path,
                      const char *name, tx_report *rep)
{
    loader L = {d, o, rep, name, 0, 0};
    xmlNodePtr root = xmlDocGetRootElement(doc);
    if (!root)
        return TX_EINPUT;
    (void)path;
    doc->_private = &L;   /* marks the entry document: findings use `name` */
    if (tx_is_elem(root, TX_NS_XBRLI, "xbrl")) {
        for (xmlNodePtr c = root->children; c && !L.nomem; c = c->next) {
            if (c->type == XML_ELEMENT_NODE && !tx_in_ns(c, TX_NS_LINK))
                break;   /* the references precede contexts, units and facts */
            if (tx_is_elem(c, TX_NS_LINK, "schemaRef"))
                load_xlink_href(&L, c, 1, "schemaRef");
            else if (tx_is_elem(c, TX_NS_LINK, "linkbaseRef"))
                add_lbref(&L, c);
            else if (tx_is_elem(c, TX_NS_LINK, "roleRef") ||
                     tx_is_elem(c, TX_NS_LINK, "arcroleRef"))
                load_xlink_href(&L, c, 1, (const char *)c->name);
        }
    }
    /* the entry itself as a DTS document when it is a schema or linkbase */
    size_t first = d->ndocs;
    int entry_is_dts = tx_is_elem(root, TX_NS_XS, "schema") || tx_is_elem(root, TX_NS_LINK, "linkbase");
    if (entry_is_dts && doc->URL) {
        /* register it so that references back to it do not reload it */
        if (tx_grow((void **)&d->docs, &d->capdocs, d->ndocs + 1, sizeof *d->docs) != 0 ||
            tx_smap_put(&d->doc_index, (const char *)doc->URL, d->ndocs) != 0) {
            doc->_private = NULL;
            return TX_ENOMEM;
        }
        tx_vdoc *vd = &d->docs[d->ndocs];
        memset(vd, 0, sizeof *vd);
        vd->path = tx_strdup((const char *)doc->URL);
        vd->url = tx_strdup((const char *)doc->URL);
        vd->doc = NULL;   /* owned by the caller */
        vd->is_schema = tx_is_elem(root, TX_NS_XS, "schema");
        vd->is_linkbase = !vd->is_schema;
        vd->tns = vd->is_schema ? tx_attr(root, "targetNamespace") : NULL;
        d->ndocs++;
        first = d->ndocs - 1;
    }
    (void)first;
    for (size_t i = 0; i < d->ndocs && !L.nomem; i++) {
        xmlDocPtr dd = d->docs[i].doc ? d->docs[i].doc : doc;
        if (d->docs[i].is_schema)
            process_schema(&L, i, dd);
        else if (d->docs[i].is_linkbase)
            process_linkbase(&L, xmlDocGetRootElement(dd));
    }
    classify(d);
    d->entry = doc;
    d->entry_name = name;
    if (!L.nomem && tx_dts_build_rels(d, o, rep) == TX_ENOMEM)
        L.nomem = 1;
    doc->_private = NULL;
    d->nresolved_loads = d->ndocs;
    if (L.nomem)
        return TX_ENOMEM;
    return L.errors ? TX_EINPUT : TX_OK;
}

void tx_dts_clear(tx_dts *d)
{
    if (!d)
        return;
    for (size_t i = 0; i < d->ndocs; i++) {
        free(d->docs[i].path);
        free(d->docs[i].url);
        free(d->docs[i].tns);
        if (d->docs[i].doc)
            xmlFreeDoc(d->docs[i].doc);
    }
    free(d->docs);
    for (size_t i = 0; i < d->nconcepts; i++) {
        tx_vconcept *c = &d->concepts[i];
        free(c->key); free(c->ns); free(c->name); free(c->type_key); free(c->subst_key);
        free(c->file); free(c->period_type); free(c->balance); free(c->requires);
    }
    free(d->concepts);
    for (size_t i = 0; i < d->ntypes; i++) {
        free(d->type_base[i]);
        free(d->type_names[i]);
    }
    free(d->type_base);
    free(d->type_names);
    free(d->type_nodes);
    free(d->attr_nodes);
    tx_smap_clear(&d->attr_decls);
    for (size_t i = 0; i < d->narcs; i++) {
        free(d->arcs[i].role);
        free(d->arcs[i].arcrole);
        free(d->arcs[i].attrs);
        free(d->arcs[i].file);
    }
    free(d->arcs);
    for (size_t i = 0; i < d->nrtypes; i++)
        free(d->rtypes[i].uri);
    free(d->rtypes);
    free(d->lbrefs);
    free(d->lbs);
    for (size_t i = 0; i < d->nrefs; i++)
        free(d->refs[i].uri);
    free(d->refs);
    tx_smap_clear(&d->ref_index);
    free(d->links);
    free(d->ends);
    free(d->rels);
    for (size_t i = 0; i < d->nstrv; i++)
        free(d->strv[i]);
    free(d->strv);
    tx_smap_clear(&d->strs);
    tx_smap_clear(&d->ids);
    free(d->idnodes);
    free(d->ids_built);
    tx_smap_clear(&d->url_docs);
    tx_pmap_clear(&d->concept_nodes);
    tx_pmap_clear(&d->href_docs);
    tx_pmap_clear(&d->elem_names);
    tx_smap_clear(&d->doc_index);
    tx_smap_clear(&d->concept_index);
    tx_smap_clear(&d->id_index);
    tx_smap_clear(&d->types);
    tx_smap_clear(&d->role_types);
    tx_smap_clear(&d->arcrole_types);
    memset(d, 0, sizeof *d);
}

const tx_vconcept *tx_dts_concept(const tx_dts *d, const char *ns, const char *local)
{
    char stack[512];
    size_t nl = ns ? strlen(ns) : 0, ll = local ? strlen(local) : 0;
    char *k = nl + ll + 3 <= sizeof stack ? stack : malloc(nl + ll + 3);
    if (!k)
        return NULL;
    k[0] = '{';
    if (nl)
        memcpy(k + 1, ns, nl);
    k[nl + 1] = '}';
    if (ll)
        memcpy(k + nl + 2, local, ll);
    k[nl + ll + 2] = '\0';
    size_t idx;
    int found = tx_smap_get(&d->concept_index, k, &idx);
    if (k != stack)
        free(k);
    return found ? &d->concepts[idx] : NULL;
}

/* extension.c - the extension taxonomy of an instance: its schema (the
 * extension concepts, the roles it declares, the schemas it imports) and its
 * label and calculation linkbases. */
#include "write/extension.h"

#include <stdlib.h>
#include <string.h>

#include "xbrl/offline.h"
#include "xbrl/xml.h"

/* ------------------------------------------------------------ names */

void tx_ext_check(tx_writer *w)
{
    const tx_factset *fs = w->fs;
    for (size_t i = 0; i < fs->next; i++) {
        const tx_ext_concept *c = &fs->ext[i];
        if (!tx_writer_name_ok(c->name, 0) || strchr(c->name, '.') ||
            (c->name[0] >= '0' && c->name[0] <= '9') || c->name[0] == '-') {
            tx_report_add(w->rep, TX_ERROR, w->diag, 0, "write.prefix",
                          "'%s' is not a usable extension concept name", c->name);
            tx_writer_fail(w, TX_EUSAGE);
        }
    }
    for (size_t i = 0; i < fs->narcs; i++) {
        const char *ends[2] = {fs->arcs[i].parent, fs->arcs[i].child};
        for (int e = 0; e < 2; e++) {
            const char *colon = strchr(ends[e], ':');
            if (!colon || colon == ends[e] || !tx_writer_name_ok(ends[e], 1)) {
                tx_report_add(w->rep, TX_ERROR, w->diag, 0, "write.prefix",
                              "'%s' of a calculation arc is not a prefixed name", ends[e]);
                tx_writer_fail(w, TX_EUSAGE);
            }
        }
    }
}

/* ------------------------------------------------------------ roles */

static int is_standard_role(const char *role)
{
    return !role || !*role || strcmp(role, TX_ROLE_LINK) == 0;
}

/* Non-standard roles of the arcs, in first-use order (borrowed). */
static size_t arc_roles(const tx_writer *w, const char **roles)
{
    size_t n = 0;
    for (size_t i = 0; i < w->fs->narcs; i++) {
        const char *r = is_standard_role(w->fs->arcs[i].role) ? TX_ROLE_LINK : w->fs->arcs[i].role;
        size_t k = 0;
        while (k < n && strcmp(roles[k], r) != 0)
            k++;
        if (k == n)
            roles[n++] = r;
    }
    return n;
}

/* roleType roleURI -> URL#id in one schema document (first match). */
static char *role_in_doc(xmlDocPtr doc, const char *url, const char *role)
{
    xmlNodePtr n = xmlDocGetRootElement(doc);
    while (n) {
        if (n->type == XML_ELEMENT_NODE && n->ns &&
            strcmp((const char *)n->ns->href, TX_NS_LINK) == 0 &&
            strcmp((const char *)n->name, "roleType") == 0) {
            xmlChar *uri = xmlGetNoNsProp(n, (const xmlChar *)"roleURI");
            xmlChar *id = xmlGetNoNsProp(n, (const xmlChar *)"id");
            char *r = NULL;
            if (uri && id && strcmp((const char *)uri, role) == 0) {
                tx_buf b = {0};
                tx_buf_printf(&b, "%s#%s", url, (const char *)id);
                r = tx_buf_take(&b);
            }
            xmlFree(uri);
            xmlFree(id);
            if (r)
                return r;
        }
        n = tx_xml_next(n, 1);
    }
    return NULL;
}

/* Where each non-standard role is defined: in a schema given (read through
 * the project's catalog), else in the extension schema itself. */
static void find_role_defs(tx_writer *w)
{
    tx_offline *o = NULL;
    size_t defined_here = 0;
    for (size_t r = 0; r < w->nroles && w->st == TX_OK; r++) {
        if (is_standard_role(w->roles[r]))
            continue;
        if (!o && tx_offline_open(w->catalog, w->diag, NULL, &o) != TX_OK)
            o = NULL;
        for (size_t i = 0; o && i < w->nimports && !w->role_href[r]; i++) {
            char *path = tx_offline_resolve(o, w->imports[i].url);
            xmlDocPtr doc = NULL;
            if (path && tx_offline_parse(o, path, path, NULL, &doc) == TX_OK) {
                w->role_href[r] = role_in_doc(doc, w->imports[i].url, w->roles[r]);
                xmlFreeDoc(doc);
            }
            free(path);
        }
        if (!w->role_href[r]) {
            tx_buf b = {0};
            tx_buf_printf(&b, "%s.xsd#role%zu", w->stem, ++defined_here);
            w->role_href[r] = tx_buf_take(&b);
            w->role_here[r] = 1;
            if (!w->role_href[r])
                tx_writer_fail(w, TX_ENOMEM);
        }
    }
    tx_offline_close(o);
}

void tx_ext_collect_roles(tx_writer *w)
{
    size_t n = w->fs->narcs + 1;
    w->roles = calloc(n, sizeof *w->roles);
    w->role_href = calloc(n, sizeof *w->role_href);
    w->role_here = calloc(n, sizeof *w->role_here);
    if (!w->roles || !w->role_href || !w->role_here) {
        tx_writer_fail(w, TX_ENOMEM);
        return;
    }
    w->nroles = arc_roles(w, w->roles);
    find_role_defs(w);
}

/* ------------------------------------------------------------ schema */

static void put_linkbase_ref(tx_buf *b, const tx_writer *w, const char *suffix, const char *kind)
{
    tx_buf_printf(b, "      <link:linkbaseRef xlink:type=\"simple\" xlink:href=\"%s_%s.xml\"\n"
                     "          xlink:role=\"" TX_ROLE_2003 "%sLinkbaseRef\"\n"
                     "          xlink:arcrole=\"" TX_ARCROLE_XLINK_LINKBASE "\"/>\n",
                  w->stem, suffix, kind);
}

/* The extra namespace a concept type needs in the extension schema. */
static void type_prefix(tx_writer *w, const char *type, tx_buf *decls, const char **done, size_t *ndone)
{
    const char *colon = strchr(type, ':');
    if (!colon)
        return;
    size_t len = (size_t)(colon - type);
    if (len == 5 && strncmp(type, "xbrli", 5) == 0)
        return;
    for (size_t i = 0; i < *ndone; i++)
        if (strncmp(done[i], type, len) == 0 && done[i][len] == ':')
            return;  /* this prefix is declared already */
    char *p = tx_strndup(type, len);
    if (!p) {
        tx_writer_fail(w, TX_ENOMEM);
        return;
    }
    const char *uri = strcmp(p, "ext") == 0 ? NULL : tx_writer_prefix_uri(w, p);
    if (!uri) {
        tx_report_add(w->rep, TX_ERROR, w->diag, 0, "write.prefix",
                      "prefix '%s' of the type %s is bound to no namespace", p, type);
        tx_writer_fail(w, TX_EUSAGE);
    } else {
        tx_buf_printf(decls, "\n    xmlns:%s=\"", p);
        tx_writer_escaped(decls, uri, 1);
        tx_buf_putc(decls, '"');
        if (!tx_writer_import_url(w, uri)) {
            if (strcmp(uri, TX_NS_DTR_NUM) == 0)
                tx_writer_add_import(w, TX_URL_DTR_NUM_XSD, TX_NS_DTR_NUM);
            else if (strcmp(uri, TX_NS_DTR_NONNUM) == 0)
                tx_writer_add_import(w, TX_URL_DTR_NONNUM_XSD, TX_NS_DTR_NONNUM);
            else {
                tx_report_add(w->rep, TX_ERROR, w->diag, 0, "write.prefix",
                              "no schema given for the namespace %s of the type %s", uri, type);
                tx_writer_fail(w, TX_EUSAGE);
            }
        }
        done[(*ndone)++] = type;
    }
    free(p);
}

static const char *ext_type(const tx_ext_concept *c)
{
    return c->type && *c->type ? c->type : "xbrli:monetaryItemType";
}

/* The project label roles of the printed labels (facts.h): printedLabel,
 * its numbered variants (printedLabel2, ...: a concept printed with other
 * words in another table) and printedHeading, each declared in the
 * extension schema as "#printedLabel" ... in first-use order. */
static int is_printed_role(const char *role)
{
    return strncmp(role, TX_ROLE_PRINTED_LABEL, strlen(TX_ROLE_PRINTED_LABEL)) == 0 ||
           strcmp(role, TX_ROLE_PRINTED_HEADING) == 0;
}

/* The distinct printed-label roles of the labels, first-use order
 * (borrowed; *n of them). */
static const char **printed_roles_used(const tx_factset *fs, size_t *n)
{
    const char **v = calloc(fs->nlabels + 1, sizeof *v);
    *n = 0;
    for (size_t i = 0; v && i < fs->nlabels; i++) {
        if (!is_printed_role(fs->labels[i].role))
            continue;
        size_t k = 0;
        while (k < *n && strcmp(v[k], fs->labels[i].role) != 0)
            k++;
        if (k == *n)
            v[(*n)++] = fs->labels[i].role;
    }
    return v;
}

static int label_role_used(const tx_factset *fs, const char *role)
{
    for (size_t i = 0; i < fs->nlabels; i++)
        if (strcmp(fs->labels[i].role, role) == 0)
            return 1;
    return 0;
}

static const char *role_id(const char *uri)
{
    const char *s = strrchr(uri, '/');
    return s ? s + 1 : uri;
}

static void put_role_type(tx_buf *b, const char *id, const char *uri, const char *definition,
                          const char *used_on)
{
    tx_buf_printf(b, "      <link:roleType id=\"%s\"", id);
    tx_writer_attr(b, "roleURI", uri);
    tx_buf_puts(b, ">\n        <link:definition>");
    tx_writer_escaped(b, definition, 0);
    tx_buf_printf(b, "</link:definition>\n        <link:usedOn>%s</link:usedOn>\n"
                     "      </link:roleType>\n", used_on);
}

/* The extended link role of presentation table t: the extension namespace
 * + "/role/" + its root's name less "Abstract"; id "pre_" + that name. */
static char *pres_role_uri(const tx_writer *w, size_t t)
{
    const char *root = w->fs->pres[t].root;
    root = strncmp(root, "ext:", 4) == 0 ? root + 4 : root;
    const char *a = strstr(root, "Abstract");
    while (a && strstr(a + 1, "Abstract"))
        a = strstr(a + 1, "Abstract");
    tx_buf b = {0};
    if (a)   /* "BalanceSheetsAbstract2" -> "BalanceSheets2" */
        tx_buf_printf(&b, "%s/role/%.*s%s", w->ext_ns, (int)(a - root), root, a + 8);
    else
        tx_buf_printf(&b, "%s/role/%s", w->ext_ns, root);
    return tx_buf_take(&b);
}

char *tx_ext_schema_text(tx_writer *w)
{
    const tx_factset *fs = w->fs;
    tx_buf decls = {0};
    const char **done = calloc(fs->next + 1, sizeof *done);
    if (!done) {
        tx_writer_fail(w, TX_ENOMEM);
        return NULL;
    }
    size_t ndone = 0;
    for (size_t i = 0; i < fs->next; i++)
        type_prefix(w, ext_type(&fs->ext[i]), &decls, done, &ndone);
    free(done);

    tx_buf b = {0};
    tx_buf_puts(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    tx_writer_comment(&b, w, "Extension schema");
    tx_buf_puts(&b, "<xs:schema\n    xmlns:xs=\"" TX_NS_XS "\"\n"
                    "    xmlns:xbrli=\"" TX_NS_XBRLI "\"\n"
                    "    xmlns:link=\"" TX_NS_LINK "\"\n"
                    "    xmlns:xlink=\"" TX_NS_XLINK "\"\n    xmlns:ext=\"");
    tx_writer_escaped(&b, w->ext_ns, 1);
    tx_buf_putc(&b, '"');
    if (decls.data)
        tx_buf_puts(&b, decls.data);
    tx_buf_free(&decls);
    tx_buf_puts(&b, "\n    targetNamespace=\"");
    tx_writer_escaped(&b, w->ext_ns, 1);
    tx_buf_puts(&b, "\"\n    elementFormDefault=\"qualified\" attributeFormDefault=\"unqualified\">\n"
                    "  <xs:annotation>\n    <xs:appinfo>\n");
    for (size_t r = 0; r < w->nroles; r++) {
        if (!w->role_here[r])
            continue;
        const char *id = strchr(w->role_href[r], '#') + 1;
        tx_buf_printf(&b, "      <link:roleType id=\"%s\"", id);
        tx_writer_attr(&b, "roleURI", w->roles[r]);
        tx_buf_puts(&b, ">\n        <link:definition>");
        tx_writer_escaped(&b, w->roles[r], 0);
        tx_buf_puts(&b, "</link:definition>\n"
                        "        <link:usedOn>link:calculationLink</link:usedOn>\n"
                        "      </link:roleType>\n");
    }
    size_t npr = 0;
    const char **pr = printed_roles_used(fs, &npr);
    if (!pr)
        tx_writer_fail(w, TX_ENOMEM);
    for (size_t r = 0; pr && r < npr; r++) {
        char def[160];
        if (strcmp(pr[r], TX_ROLE_PRINTED_HEADING) == 0)
            snprintf(def, sizeof def, "Heading the exhibit printed the row under");
        else if (strcmp(pr[r], TX_ROLE_PRINTED_LABEL) == 0)
            snprintf(def, sizeof def, "Row label as the exhibit printed it");
        else
            snprintf(def, sizeof def, "Row label as the exhibit printed it (wording %s)",
                     pr[r] + strlen(TX_ROLE_PRINTED_LABEL));
        put_role_type(&b, role_id(pr[r]), pr[r], def, "link:label");
    }
    free(pr);
    /* the exhibit's tables, in printed order: their titles as printed */
    for (size_t t = 0; t < fs->npres; t++) {
        char *uri = pres_role_uri(w, t);
        if (!uri) {
            tx_writer_fail(w, TX_ENOMEM);
            break;
        }
        tx_buf id = {0};
        tx_buf_printf(&id, "pre_%s", role_id(uri));
        char *ids = tx_buf_take(&id);
        if (ids)
            put_role_type(&b, ids, uri, fs->pres[t].title, "link:presentationLink");
        else
            tx_writer_fail(w, TX_ENOMEM);
        free(ids);
        free(uri);
    }
    put_linkbase_ref(&b, w, "lab", "label");
    if (fs->narcs)
        put_linkbase_ref(&b, w, "cal", "calculation");
    if (fs->npres)
        put_linkbase_ref(&b, w, "pre", "presentation");
    tx_buf_puts(&b, "    </xs:appinfo>\n  </xs:annotation>\n");
    tx_buf_puts(&b, "  <xs:import namespace=\"" TX_NS_XBRLI "\" schemaLocation=\"" TX_URL_XBRLI_XSD "\"/>\n");
    for (size_t i = 0; i < w->nimports; i++) {
        if (strcmp(w->imports[i].url, TX_URL_XBRLI_XSD) == 0)
            continue;
        tx_buf_puts(&b, "  <xs:import");
        if (*w->imports[i].ns)
            tx_writer_attr(&b, "namespace", w->imports[i].ns);
        tx_writer_attr(&b, "schemaLocation", w->imports[i].url);
        tx_buf_puts(&b, "/>\n");
    }
    for (size_t i = 0; i < fs->next; i++) {
        const tx_ext_concept *c = &fs->ext[i];
        tx_buf_printf(&b, "  <xs:element id=\"ext_%s\" name=\"%s\"", c->name, c->name);
        tx_writer_attr(&b, "type", ext_type(c));
        tx_buf_puts(&b, " substitutionGroup=\"xbrli:item\"");
        if (tx_factset_is_abstract(fs, c->name))
            tx_buf_puts(&b, " abstract=\"true\"");
        tx_writer_attr(&b, "xbrli:periodType", c->period_type ? c->period_type : "duration");
        if (c->balance && *c->balance)
            tx_writer_attr(&b, "xbrli:balance", c->balance);
        tx_buf_puts(&b, " nillable=\"true\"/>\n");
    }
    tx_buf_puts(&b, "</xs:schema>\n");
    return tx_buf_take(&b);
}

/* ------------------------------------------------------------ linkbases */

static void linkbase_open(tx_buf *b, const tx_writer *w, const char *what)
{
    tx_buf_puts(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    tx_writer_comment(b, w, what);
    tx_buf_puts(b, "<link:linkbase\n    xmlns:link=\"" TX_NS_LINK "\"\n"
                   "    xmlns:xlink=\"" TX_NS_XLINK "\">\n");
}

/* A locator's label: the QName with '_' for ':' ("tx-gaap_NetIncomeLoss"). */
static void put_loc_label(tx_buf *b, const char *qname)
{
    for (const char *p = qname; *p; p++)
        tx_buf_putc(b, *p == ':' ? '_' : *p);
}

static void put_locator(tx_buf *b, tx_writer *w, const char *qname)
{
    const char *colon = strchr(qname, ':');
    tx_buf_puts(b, "    <link:loc xlink:type=\"locator\" xlink:href=\"");
    if (strncmp(qname, "ext:", 4) == 0) {
        tx_buf_printf(b, "%s.xsd#ext_%s", w->stem, qname + 4);
    } else {
        char *p = tx_strndup(qname, (size_t)(colon - qname));
        const char *uri = p ? tx_writer_prefix_uri(w, p) : NULL;
        const char *url = uri ? tx_writer_import_url(w, uri) : NULL;
        if (!url && uri)      /* schemas the taxonomy imports */
            url = strcmp(uri, TX_NS_TXBRL) == 0 ? TX_URL_TXBRL_XSD
                  : strcmp(uri, TX_NS_DEI) == 0 ? TX_URL_DEI_XSD
                                                : NULL;
        if (!p) {
            tx_writer_fail(w, TX_ENOMEM);
        } else if (!url) {
            tx_report_add(w->rep, TX_ERROR, w->diag, 0, "write.prefix",
                          "no schema given for the concept %s of a linkbase", qname);
            tx_writer_fail(w, TX_EUSAGE);
        } else {
            tx_writer_escaped(b, url, 1);
            tx_buf_putc(b, '#');
            put_loc_label(b, qname);
        }
        free(p);
    }
    tx_buf_puts(b, "\" xlink:label=\"");
    put_loc_label(b, qname);
    tx_buf_puts(b, "\"/>\n");
}

static void put_printed_labels(tx_buf *b, tx_writer *w)
{
    const tx_factset *fs = w->fs;
    for (size_t i = 0; i < fs->nlabels; i++) {
        const tx_label *l = &fs->labels[i];
        int is_ext = strncmp(l->concept, "ext:", 4) == 0, seen = 0;
        for (size_t k = 0; k < i && !seen; k++)
            seen = strcmp(fs->labels[k].concept, l->concept) == 0;
        if (!is_ext && !seen)
            put_locator(b, w, l->concept);
        tx_buf_printf(b, "    <link:label xlink:type=\"resource\" xlink:label=\"printed_%zu\"", i + 1);
        tx_writer_attr(b, "xlink:role", l->role);
        tx_buf_puts(b, " xml:lang=\"en\">");
        tx_writer_escaped(b, l->text, 0);
        tx_buf_puts(b, "</link:label>\n    <link:labelArc xlink:type=\"arc\""
                       " xlink:arcrole=\"" TX_ARCROLE_CONCEPT_LABEL "\" xlink:from=\"");
        put_loc_label(b, l->concept);
        tx_buf_printf(b, "\" xlink:to=\"printed_%zu\"/>\n", i + 1);
    }
}

char *tx_ext_label_text(tx_writer *w)
{
    tx_buf b = {0};
    linkbase_open(&b, w, "Labels of the extension concepts and the labels the exhibit printed");
    size_t npr = 0;
    const char **pr = printed_roles_used(w->fs, &npr);
    if (!pr)
        tx_writer_fail(w, TX_ENOMEM);
    for (size_t r = 0; pr && r < npr; r++)
        tx_buf_printf(&b, "  <link:roleRef roleURI=\"%s\" xlink:type=\"simple\""
                          " xlink:href=\"%s.xsd#%s\"/>\n", pr[r], w->stem, role_id(pr[r]));
    free(pr);
    if (label_role_used(w->fs, TX_ROLE_NEGATED_LABEL))
        tx_buf_puts(&b, "  <link:roleRef roleURI=\"" TX_ROLE_NEGATED_LABEL "\" xlink:type=\"simple\""
                        " xlink:href=\"" TX_URL_LRR_NEGATED_XSD "#negatedLabel\"/>\n");
    tx_buf_puts(&b, "  <link:labelLink xlink:type=\"extended\" xlink:role=\"" TX_ROLE_LINK "\">\n");
    for (size_t i = 0; i < w->fs->next; i++) {
        const tx_ext_concept *c = &w->fs->ext[i];
        tx_buf_printf(&b, "    <link:loc xlink:type=\"locator\" xlink:href=\"%s.xsd#ext_%s\""
                          " xlink:label=\"ext_%s\"/>\n", w->stem, c->name, c->name);
        tx_buf_printf(&b, "    <link:label xlink:type=\"resource\" xlink:label=\"ext_%s_lbl\""
                          " xlink:role=\"" TX_ROLE_LABEL "\" xml:lang=\"en\">", c->name);
        tx_writer_escaped(&b, c->label && *c->label ? c->label : c->name, 0);
        tx_buf_puts(&b, "</link:label>\n");
        tx_buf_printf(&b, "    <link:labelArc xlink:type=\"arc\""
                          " xlink:arcrole=\"" TX_ARCROLE_CONCEPT_LABEL "\""
                          " xlink:from=\"ext_%s\" xlink:to=\"ext_%s_lbl\"/>\n", c->name, c->name);
    }
    put_printed_labels(&b, w);
    tx_buf_puts(&b, "  </link:labelLink>\n</link:linkbase>\n");
    return tx_buf_take(&b);
}

/* ------------------------------------------------------------ calculations */

static void put_calc_link(tx_buf *b, tx_writer *w, const char *role)
{
    const tx_factset *fs = w->fs;
    const char **locs = calloc(2 * fs->narcs + 1, sizeof *locs);
    if (!locs) {
        tx_writer_fail(w, TX_ENOMEM);
        return;
    }
    size_t nlocs = 0;
    tx_buf_puts(b, "  <link:calculationLink xlink:type=\"extended\"");
    tx_writer_attr(b, "xlink:role", role);
    tx_buf_puts(b, ">\n");
    for (size_t i = 0; i < fs->narcs; i++) {
        const tx_ext_arc *a = &fs->arcs[i];
        if (strcmp(is_standard_role(a->role) ? TX_ROLE_LINK : a->role, role) != 0)
            continue;
        const char *ends[2] = {a->parent, a->child};
        for (int e = 0; e < 2; e++) {
            size_t k = 0;
            while (k < nlocs && strcmp(locs[k], ends[e]) != 0)
                k++;
            if (k == nlocs) {
                locs[nlocs++] = ends[e];
                put_locator(b, w, ends[e]);
            }
        }
    }
    free(locs);
    for (size_t i = 0; i < fs->narcs; i++) {
        const tx_ext_arc *a = &fs->arcs[i];
        if (strcmp(is_standard_role(a->role) ? TX_ROLE_LINK : a->role, role) != 0)
            continue;
        tx_buf_puts(b, "    <link:calculationArc xlink:type=\"arc\""
                       " xlink:arcrole=\"" TX_ARCROLE_SUMMATION_ITEM "\""
                       " xlink:from=\"");
        put_loc_label(b, a->parent);
        tx_buf_puts(b, "\" xlink:to=\"");
        put_loc_label(b, a->child);
        tx_buf_printf(b, "\" weight=\"%d\" order=\"%d\"/>\n", a->weight, a->order);
    }
    tx_buf_puts(b, "  </link:calculationLink>\n");
}

char *tx_ext_calc_text(tx_writer *w)
{
    tx_buf b = {0};
    linkbase_open(&b, w, "Calculations of the extension");
    for (size_t r = 0; r < w->nroles; r++) {
        if (!w->role_href[r])
            continue;
        tx_buf_puts(&b, "  <link:roleRef");
        tx_writer_attr(&b, "roleURI", w->roles[r]);
        tx_buf_puts(&b, " xlink:type=\"simple\"");
        tx_writer_attr(&b, "xlink:href", w->role_href[r]);
        tx_buf_puts(&b, "/>\n");
    }
    for (size_t r = 0; r < w->nroles; r++)
        put_calc_link(&b, w, w->roles[r]);
    tx_buf_puts(&b, "</link:linkbase>\n");
    return tx_buf_take(&b);
}

/* ------------------------------------------------------------ presentation */

/* One presentationLink per table of the exhibit, in printed order: a
 * locator per node (labels n0 for the root, nK for node K: a concept may be
 * printed on several rows), parent-child arcs from the node's parent (the
 * nearest node above it one level up) ordered as printed, with the
 * preferred label of the row's printed words. */
char *tx_ext_pres_text(tx_writer *w)
{
    const tx_factset *fs = w->fs;
    tx_buf b = {0};
    linkbase_open(&b, w, "The exhibit's own presentation: its tables, rows and headings as printed");
    for (size_t t = 0; t < fs->npres; t++) {
        char *uri = pres_role_uri(w, t);
        if (!uri) {
            tx_writer_fail(w, TX_ENOMEM);
            break;
        }
        tx_buf_puts(&b, "  <link:roleRef");
        tx_writer_attr(&b, "roleURI", uri);
        tx_buf_printf(&b, " xlink:type=\"simple\" xlink:href=\"%s.xsd#pre_%s\"/>\n", w->stem,
                      role_id(uri));
        free(uri);
    }
    for (size_t t = 0; t < fs->npres && w->st == TX_OK; t++) {
        const tx_pres_table *p = &fs->pres[t];
        char *uri = pres_role_uri(w, t);
        size_t *parent = calloc(p->nnodes + 1, sizeof *parent);
        if (!uri || !parent) {
            free(uri);
            free(parent);
            tx_writer_fail(w, TX_ENOMEM);
            break;
        }
        tx_buf_puts(&b, "  <link:presentationLink xlink:type=\"extended\"");
        tx_writer_attr(&b, "xlink:role", uri);
        tx_buf_puts(&b, ">\n");
        free(uri);
        tx_buf loc = {0};
        put_locator(&loc, w, p->root);
        /* put_locator labels by QName: relabel n0 */
        char *l0 = tx_buf_take(&loc);
        if (l0) {
            char *lab = strstr(l0, "xlink:label=\"");
            if (lab) {
                *lab = '\0';
                tx_buf_printf(&b, "%sxlink:label=\"n0\"/>\n", l0);
            }
            free(l0);
        }
        for (size_t k = 0; k < p->nnodes; k++) {
            loc = (tx_buf){0};
            put_locator(&loc, w, p->nodes[k].concept);
            char *lk = tx_buf_take(&loc);
            char *lab = lk ? strstr(lk, "xlink:label=\"") : NULL;
            if (lab) {
                *lab = '\0';
                tx_buf_printf(&b, "%sxlink:label=\"n%zu\"/>\n", lk, k + 1);
            }
            free(lk);
            /* the parent: the nearest node above one level up, else the root */
            size_t par = 0;
            for (size_t q = k; q-- > 0;)
                if (p->nodes[q].depth == p->nodes[k].depth - 1) {
                    par = q + 1;
                    break;
                } else if (p->nodes[q].depth < p->nodes[k].depth - 1) {
                    break;
                }
            parent[k + 1] = par;
        }
        size_t *order = calloc(p->nnodes + 1, sizeof *order);
        for (size_t k = 0; order && k < p->nnodes; k++) {
            size_t par = parent[k + 1];
            tx_buf_printf(&b, "    <link:presentationArc xlink:type=\"arc\""
                              " xlink:arcrole=\"" TX_ARCROLE_PARENT_CHILD "\""
                              " xlink:from=\"n%zu\" xlink:to=\"n%zu\" order=\"%zu\"",
                          par, k + 1, ++order[par]);
            if (p->nodes[k].label_role)
                tx_writer_attr(&b, "preferredLabel", p->nodes[k].label_role);
            tx_buf_puts(&b, "/>\n");
        }
        if (!order)
            tx_writer_fail(w, TX_ENOMEM);
        free(order);
        free(parent);
        tx_buf_puts(&b, "  </link:presentationLink>\n");
    }
    tx_buf_puts(&b, "</link:linkbase>\n");
    return tx_buf_take(&b);
}

/* check_taxonomy.c - XBRL 2.1 rules on the taxonomy schemas of a DTS (any
 * entry point):
 *   5.1: a taxonomy schema has a targetNamespace (a schema without one
 *        comes in only through xs:include); xs:redefine is not used;
 *   5.1.1: an item declares xbrli:periodType; xbrli:balance only on items
 *        of monetaryItemType or a type derived from it; an item's type has
 *        simple content unless it is derived by restriction from
 *        xbrli:fractionItemType;
 *   4.9, 5.1.1: a tuple declares neither periodType nor balance, its type
 *        has no mixed content, no local element declarations, children that
 *        are items or tuples only and no attribute of the XBRL namespaces;
 *   attributes of other namespaces on schema components are validated
 *   laxly: a value must suit the global attribute declaration the DTS has
 *   for it (built-in type, enumerations of its restrictions). */
#include "validate/layers.h"

#include <stdlib.h>
#include <string.h>

#include <libxml/xmlschemastypes.h>

#include "validate/dts.h"
#include "xbrl/vocab.h"
#include "xbrl/xml.h"
#include "base/hashmap.h"
#include "base/util.h"


typedef struct tk {
    const tx_dts *d;
    tx_report *rep;
} tk;

#define ERR(c, node, code, ...) \
    tx_xml_report((c)->rep, TX_ERROR, tx_dts_file((c)->d, node), node, code, __VA_ARGS__)

static int has_prefix(const char *key, const char *ns)
{
    size_t n = strlen(ns);
    return key && key[0] == '{' && strncmp(key + 1, ns, n) == 0 && key[n + 1] == '}';
}

static long type_index(const tx_dts *d, const char *key)
{
    size_t i;
    return key && tx_smap_get(&d->types, key, &i) ? (long)i : -1;
}

static int attr_true(xmlNodePtr n, const char *name)
{
    char *v = tx_attr(n, name);
    int r = v && (strcmp(v, "true") == 0 || strcmp(v, "1") == 0);
    free(v);
    return r;
}

/* ------------------------------------------------------------ attributes */

/* 1 when value suits the simple type the declaration gives (the built-in
 * type it derives from, and the enumerations of its restrictions). */
static int value_ok(const tx_dts *d, xmlNodePtr decl, const char *value)
{
    char *tq = tx_attr(decl, "type");
    char *key = tq ? tx_qname_key(decl, tq) : NULL;
    free(tq);
    xmlNodePtr st = key ? NULL : tx_xml_child(decl, TX_NS_XS, "simpleType");
    int ok = 1;
    for (int guard = 0; guard < 32; guard++) {
        if (key && has_prefix(key, TX_NS_XS)) {
            xmlSchemaTypePtr t = xmlSchemaGetPredefinedType((const xmlChar *)tx_clark_local(key),
                                                            (const xmlChar *)TX_NS_XS);
            ok = !t || xmlSchemaValidatePredefinedType(t, (const xmlChar *)value, NULL) == 0;
            break;
        }
        if (key) {
            long ti = type_index(d, key);
            st = ti >= 0 ? d->type_nodes[ti] : NULL;
        }
        free(key);
        key = NULL;
        xmlNodePtr r = st && tx_is_elem(st, TX_NS_XS, "simpleType")
                           ? tx_xml_child(st, TX_NS_XS, "restriction")
                           : NULL;
        if (!r)
            break;   /* lists, unions, unknown types: not checked */
        int enums = 0, match = 0;
        for (xmlNodePtr e = r->children; e; e = e->next) {
            if (!tx_is_elem(e, TX_NS_XS, "enumeration"))
                continue;
            char *v = tx_attr(e, "value");
            enums = 1;
            match |= v && strcmp(v, value) == 0;
            free(v);
        }
        if (enums && !match) {
            ok = 0;
            break;
        }
        char *bq = tx_attr(r, "base");
        key = bq ? tx_qname_key(r, bq) : NULL;
        free(bq);
        st = key ? NULL : tx_xml_child(r, TX_NS_XS, "simpleType");
    }
    free(key);
    return ok;
}

/* Attributes of other namespaces on the elements of a schema. */
static void check_foreign_attrs(tk *c, xmlNodePtr n)
{
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (tx_in_ns(n, TX_NS_XS)) {
            for (xmlAttrPtr a = n->properties; a; a = a->next) {
                if (!a->ns || !a->ns->href ||
                    strcmp((const char *)a->ns->href, TX_NS_XS) == 0)
                    continue;
                char *k = tx_clark((const char *)a->ns->href, (const char *)a->name);
                size_t i;
                if (k && tx_smap_get(&c->d->attr_decls, k, &i)) {
                    xmlChar *v = xmlNodeListGetString(n->doc, a->children, 1);
                    const char *val = v ? (const char *)v : "";
                    if (!value_ok(c->d, c->d->attr_nodes[i], val))
                        ERR(c, n, "schema.invalid",
                            "attribute %s='%s' does not suit its declaration (%s:%ld)", k, val,
                            tx_dts_file(c->d, c->d->attr_nodes[i]),
                            xmlGetLineNo(c->d->attr_nodes[i]));
                    xmlFree(v);
                }
                free(k);
            }
            if (tx_is_elem(n, TX_NS_XS, "appinfo"))
                continue;   /* validated laxly against the DTS (validate.c) */
        }
        check_foreign_attrs(c, n->children);
    }
}

/* ------------------------------------------------------------ items */

/* 1 when an item type has complex content (and is not a restriction of
 * xbrli:fractionItemType). */
static int complex_item_type(const tx_dts *d, const char *key)
{
    for (int guard = 0; key && guard < 32; guard++) {
        if (has_prefix(key, TX_NS_XBRLI) || has_prefix(key, TX_NS_XS))
            return 0;   /* the XBRL item types; fractionItemType is the one allowed */
        long ti = type_index(d, key);
        xmlNodePtr t = ti >= 0 ? d->type_nodes[ti] : NULL;
        if (!t || !tx_is_elem(t, TX_NS_XS, "complexType") ||
            tx_xml_child(t, TX_NS_XS, "simpleContent"))
            return 0;
        xmlNodePtr cc = tx_xml_child(t, TX_NS_XS, "complexContent");
        if (!cc || attr_true(t, "mixed") || !tx_xml_child(cc, TX_NS_XS, "restriction"))
            return 1;   /* a content model of its own, or an extension */
        key = d->type_base[ti];
    }
    return 0;
}

/* ------------------------------------------------------------ tuples */

static int xbrl_ns(const char *ns)
{
    return strcmp(ns, TX_NS_XBRLI) == 0 || strcmp(ns, TX_NS_LINK) == 0 ||
           strcmp(ns, TX_NS_XLINK) == 0 || strcmp(ns, TX_NS_XL) == 0;
}

/* The content model of a tuple's type (and of the DTS types it derives
 * from, up to the XBRL and XML Schema types). */
static void check_tuple_model(tk *c, const tx_vconcept *k, xmlNodePtr n)
{
    for (; n; n = n->next) {
        if (!tx_in_ns(n, TX_NS_XS))
            continue;
        const char *nm = (const char *)n->name;
        if ((strcmp(nm, "complexType") == 0 || strcmp(nm, "complexContent") == 0) &&
            attr_true(n, "mixed")) {
            ERR(c, n, "dts.tuple-content", "tuple %s: its type has mixed content", k->name);
        } else if (strcmp(nm, "element") == 0) {
            char *ref = tx_attr(n, "ref");
            char *key = ref ? tx_qname_key(n, ref) : NULL;
            size_t i;
            if (!ref) {
                char *name = tx_attr(n, "name");
                ERR(c, n, "dts.tuple-content",
                    "tuple %s declares the local element %s: a tuple's children are global "
                    "items and tuples", k->name, name ? name : "");
                free(name);
            } else if (key && tx_smap_get(&c->d->concept_index, key, &i) &&
                       !tx_dts_subst_from(c->d, key, "{" TX_NS_XBRLI "}item") &&
                       !tx_dts_subst_from(c->d, key, "{" TX_NS_XBRLI "}tuple")) {
                ERR(c, n, "dts.tuple-content",
                    "tuple %s holds %s, which is neither an item nor a tuple", k->name, ref);
            }
            free(key);
            free(ref);
            continue;   /* nothing inside an element reference or declaration */
        } else if (strcmp(nm, "attribute") == 0) {
            char *ref = tx_attr(n, "ref");
            char *key = ref ? tx_qname_key(n, ref) : NULL;
            if (key && key[0] == '{') {
                const char *rb = strchr(key, '}');
                char *ns = rb ? tx_strndup(key + 1, (size_t)(rb - key - 1)) : NULL;
                if (ns && xbrl_ns(ns))
                    ERR(c, n, "dts.tuple-attribute",
                        "tuple %s declares the attribute %s of an XBRL namespace", k->name, ref);
                free(ns);
            }
            free(key);
            free(ref);
            continue;
        }
        check_tuple_model(c, k, n->children);
    }
}

static void check_tuple(tk *c, const tx_vconcept *k)
{
    if (k->period_type)
        ERR(c, k->node, "dts.tuple-attribute", "tuple %s declares xbrli:periodType", k->name);
    if (k->balance)
        ERR(c, k->node, "dts.tuple-attribute", "tuple %s declares xbrli:balance", k->name);
    const char *key = k->type_key;
    for (int guard = 0; key && guard < 32; guard++) {
        if (has_prefix(key, TX_NS_XBRLI) || has_prefix(key, TX_NS_XS))
            break;
        long ti = type_index(c->d, key);
        if (ti < 0 || !c->d->type_nodes[ti])
            break;
        xmlNodePtr t = c->d->type_nodes[ti];
        if (attr_true(t, "mixed"))
            ERR(c, t, "dts.tuple-content", "tuple %s: its type has mixed content", k->name);
        check_tuple_model(c, k, t->children);
        key = c->d->type_base[ti];
    }
}

/* ------------------------------------------------------------ entry */

tx_status tx_check_taxonomy(const tx_dts *d, tx_report *rep)
{
    tk c = {d, rep};
    for (size_t i = 0; i < d->ndocs; i++) {
        const tx_vdoc *vd = &d->docs[i];
        if (!vd->is_schema)
            continue;
        xmlNodePtr root = xmlDocGetRootElement(vd->doc ? vd->doc : d->entry);
        if (!root)
            continue;
        if ((!vd->tns || !*vd->tns) && !vd->included)
            ERR(&c, root, "dts.target-namespace",
                "a taxonomy schema needs a non-empty targetNamespace (5.1)");
        for (xmlNodePtr n = root->children; n; n = n->next)
            if (tx_is_elem(n, TX_NS_XS, "redefine"))
                ERR(&c, n, "dts.redefine", "xs:redefine is not allowed in a taxonomy schema");
        check_foreign_attrs(&c, root);
    }
    for (size_t i = 0; i < d->nconcepts; i++) {
        const tx_vconcept *k = &d->concepts[i];
        if (k->item) {
            if (!k->period_type)
                ERR(&c, k->node, "dts.item-period-type", "item %s has no xbrli:periodType",
                    k->name);
            if (k->balance && (!k->base || strcmp(k->base, "monetaryItemType") != 0))
                ERR(&c, k->node, "dts.balance-type",
                    "item %s has xbrli:balance but its type does not derive from "
                    "xbrli:monetaryItemType", k->name);
            if (complex_item_type(d, k->type_key))
                ERR(&c, k->node, "dts.item-type",
                    "item %s has a type of complex content not derived by restriction from "
                    "xbrli:fractionItemType", k->name);
        } else if (k->tuple) {
            check_tuple(&c, k);
        }
    }
    return TX_OK;
}

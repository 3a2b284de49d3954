/* check_dim.c - XBRL Dimensions 1.0 in contexts: every explicit member names
 * a declared dimension and a declared member, every typed member a
 * declared dimension. */
#include "validate/layers.h"

#include <stdlib.h>
#include <string.h>

#include "validate/dts.h"
#include "validate/vinst.h"
#include "xbrl/vocab.h"
#include "xbrl/xml.h"
#include "base/hashmap.h"
#include "base/util.h"

static const tx_vconcept *concept_of_key(const tx_dts *d, const char *key)
{
    size_t i;
    return key && tx_smap_get(&d->concept_index, key, &i) ? &d->concepts[i] : NULL;
}

static void check_holder(const tx_vinst *in, xmlNodePtr holder, tx_report *rep, int *nomem)
{
    for (xmlNodePtr m = holder ? holder->children : NULL; m; m = m->next) {
        int expl = tx_is_elem(m, TX_NS_XBRLDI, "explicitMember");
        if (!expl && !tx_is_elem(m, TX_NS_XBRLDI, "typedMember"))
            continue;
        char *dim = tx_attr(m, "dimension");
        char *dkey = dim ? tx_qname_key(m, dim) : NULL;
        const tx_vconcept *dc = concept_of_key(in->dts, dkey);
        if (!dkey)
            tx_xml_report(rep, TX_ERROR, in->name, m, "dim.undeclared-dimension",
                       "dimension '%s' has an undeclared prefix", dim ? dim : "");
        else if (!dc)
            tx_xml_report(rep, TX_ERROR, in->name, m, "dim.undeclared-dimension",
                       "dimension %s is not declared in the DTS", dim);
        else if (!dc->dimension)
            tx_xml_report(rep, TX_ERROR, in->name, m, "dim.not-dimension",
                       "%s is not in the substitution group of xbrldt:dimensionItem", dim);
        if (expl) {
            xmlChar *v = xmlNodeGetContent(m);
            char *t = v ? tx_strdup((const char *)v) : NULL;
            xmlFree(v);
            if (!t) {
                *nomem = 1;
            } else {
                char *s = t, *e = t + strlen(t);
                while (*s == ' ' || *s == '\n' || *s == '\t' || *s == '\r')
                    s++;
                while (e > s && (e[-1] == ' ' || e[-1] == '\n' || e[-1] == '\t' || e[-1] == '\r'))
                    *--e = '\0';
                char *mkey = tx_qname_key(m, s);
                if (!mkey)
                    tx_xml_report(rep, TX_ERROR, in->name, m, "dim.undeclared-member",
                               "member '%s' has an undeclared prefix", s);
                else if (!concept_of_key(in->dts, mkey))
                    tx_xml_report(rep, TX_ERROR, in->name, m, "dim.undeclared-member",
                               "member %s of dimension %s is not declared in the DTS", s,
                               dim ? dim : "");
                free(mkey);
            }
            free(t);
        }
        free(dim);
        free(dkey);
    }
}

tx_status tx_check_dim(tx_vinst *in, tx_report *rep)
{
    int nomem = 0;
    for (size_t i = 0; i < in->nctxs; i++) {
        check_holder(in, in->ctxs[i].segment, rep, &nomem);
        check_holder(in, in->ctxs[i].scenario, rep, &nomem);
    }
    return nomem ? TX_ENOMEM : TX_OK;
}

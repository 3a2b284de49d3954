/*
 * model.h - the presentation model of a rendition (internal).
 *
 * tx_render_model() reads an instance and what it needs of its DTS
 * (render/walk.h: the instance's own extension documents and the project
 * taxonomy's tables, or the whole DTS as the validator discovers it) and
 * builds the small XML document the stylesheets turn into a page: tables,
 * their columns, rows and cells, in the order of the DTS's presentation
 * relationships.  Every lookup (labels, presentation trees, calculation
 * parents, contexts, units, footnotes) is done here, once, through hash
 * maps; the stylesheets only lay the model out.
 *
 * Which presentation: the filer's own (the presentation links of the
 * linkbases the instance's schemaRef'd schemas reference: the exhibit's
 * STEM_pre.xml for txbrl's instances), else every presentation link of the
 * DTS.  Roles come in the order of their roleType declarations (a
 * definition "NNN - Kind - Title" sorts by NNN), a table per role and
 * entity with facts.
 *
 * The model (no namespace; attributes in parentheses are optional):
 *
 *   <rendition source version date title company>     namespaces of the instance
 *     <instance> schemaRef, contexts, units (copies, for Inline XBRL)
 *     <entity id scheme name (cik)>
 *       <table id role title kind (nongaap) ms ss note>
 *         <dim axis member/>...            single-member axes of the table
 *         <head><hr><h span>text</h>...</hr>...</head>
 *         <col n period (scale-note)/>...
 *         <row n depth kind=heading|item label (concept) (class) (fn)
 *              (nongaap: a non-GAAP row of a table that is not)>
 *           <cell col fact (echo) ctx name (unit) kind dec scale shown
 *                 (neg) (zero) (nil) (sign) line (text)/>
 *         <fnote id mk text n/>...      footnotes shown under the table
 *       </table>
 *     </entity>
 *     <other>  facts no table shows
 *       <fact .. cell attributes .. label concept entity period unitname
 *             dims scaleword/>
 *     <fnote .../>  footnotes of facts no table shows
 *   </rendition>
 *
 * Numbers are formatted here, as the exhibit printed them: scaled by the
 * table's (or column's) scale, thousands separated, negatives in
 * parentheses (a row whose preferred label is a negated one shows the value
 * negated), zero and nil as a dash; the digits shown are always the exact
 * value (Inline XBRL reads them back).
 */
#ifndef TX_RENDER_MODEL_H
#define TX_RENDER_MODEL_H

#include <libxml/tree.h>

#include "txbrl.h"

/* Builds the model of `instance` (*out owned by the caller, xmlFreeDoc).
 * The DTS is closed (xbrl/offline.h): read through opt->catalog (or
 * DATADIR's), from the instance's folder and the folders of opt->allow.
 * Findings: what reading the instance reports; render.not-instance when
 * the root is not xbrli:xbrl; read.open for a folder of opt->allow that
 * cannot be allowed (TX_EIO); of what discovering the DTS reports, the
 * documents it could not load (dts.unresolved, dts.outside,
 * dts.not-regular, dts.empty-href, xml.*, read.*; else render.dts for a
 * refusal reported nowhere else): then TX_EINPUT, no model.  The rest of
 * what discovery finds wrong is the validator's to say. */
tx_status tx_render_model(const char *instance, const tx_render_options *opt, tx_report *rep,
                          xmlDocPtr *out);

#endif /* TX_RENDER_MODEL_H */

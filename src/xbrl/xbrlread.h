/*
 * xbrlread.h - reading any XBRL 2.1 instance into a tx_factset (internal).
 *
 * The document is parsed offline (xbrl/offline.c: no network, no external
 * entities); its schemas are not loaded, so reading needs no taxonomy.
 * What is read:
 *   - schemaRef hrefs (fs->schema_refs) in document order;
 *   - prefixes as the document declares them: a concept is written with the
 *     document's own prefix for its namespace (a default namespace, or a
 *     prefix bound to two namespaces, gets "ns1", "PREFIX_2", ...); measures
 *     of the iso4217 and xbrli namespaces always use those two prefixes;
 *   - contexts: entity scheme and identifier, period (instant, startDate and
 *     endDate, forever), xbrldi:explicitMember in segment or scenario
 *     (axis=member QNames), xbrldi:typedMember as axis=<text content>;
 *     XBRL's date/dateTime rules: an instant or endDate written as a date
 *     is the end of that day, a dateTime at 00:00:00 the end of the day
 *     before;
 *   - units: measure, divide; USD, shares, USD/shares and pure map to their
 *     tx_unit_kind, anything else is TX_UNIT_OTHER with unit_text
 *     "a:b*c:d/e:f" (measures sorted);
 *   - items anywhere under xbrli:xbrl, also inside tuples, in document
 *     order: numeric when they carry unitRef; decimals (INF allowed),
 *     precision="INF" as decimals INF, any other precision as unknown
 *     (TX_DECIMALS_NONE); xsi:nil; values canonicalised from the xs:decimal
 *     lexical form (" +0012.3400 " -> "12.34"); values beyond 18
 *     significant digits keep their canonical text in `text`; the line of
 *     each fact element in src_line.
 *
 * Findings (the layer is "xbrl"): xbrl.not-instance (root is not
 * xbrli:xbrl), xbrl.missing-context (the fact is skipped), xbrl.missing-unit
 * (the fact is kept with an empty unit), xbrl.bad-value (a numeric value
 * that is not a decimal: kept as text), xbrl.bad-period, xbrl.bad-decimals,
 * all errors; xbrl.period-time (a time of day other than midnight, dropped)
 * is a warning; and xml.malformed / read.open from parsing.
 */
#ifndef TX_XBRLREAD_H
#define TX_XBRLREAD_H

#include "xbrl/facts.h"


struct tx_instance {
    tx_factset *fs;
};

/* Reads `path` into a new factset (source = path, stem = its base name
 * without extension).  TX_OK or TX_EINPUT with *out set (errors reported);
 * TX_EINPUT with *out NULL when the file is not well-formed XML or not an
 * instance; TX_EIO (unreadable), TX_ENOMEM with *out NULL. */
tx_status tx_xbrl_read(const char *path, const char *catalog, tx_report *rep,
                       tx_factset **out);

/* The factset inside an instance (borrowed). */
const tx_factset *tx_instance_factset(const tx_instance *inst);

#endif /* TX_XBRLREAD_H */

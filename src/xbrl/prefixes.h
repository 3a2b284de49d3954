/*
 * prefixes.h - the prefixes txbrl binds by itself, each to its one
 * namespace (internal).
 *
 * A factset binds the prefixes of its facts (tx_factset_bind); the writers
 * fall back on this table for a prefix the factset leaves unbound.  Two
 * kinds of prefix are in it:
 *   TX_PREFIX_NAMES   prefixes of the names facts carry: concepts, axes,
 *                     members and measures (xbrli, iso4217, tx-gaap, txbrl,
 *                     tx-dei);
 *   TX_PREFIX_MARKUP  prefixes of the XBRL markup and of the type libraries
 *                     an extension schema names (xbrldi, link, xlink, xsi,
 *                     num, nonnum).
 * The fact writers (CSV, JSON) look up names only; the instance writer both.
 */
#ifndef TX_XBRL_PREFIXES_H
#define TX_XBRL_PREFIXES_H

enum {
    TX_PREFIX_NAMES = 1u << 0,
    TX_PREFIX_MARKUP = 1u << 1
};

/* The namespace of `prefix` among the kinds `kinds` (TX_PREFIX_* bits), or
 * NULL when the table does not bind it. */
const char *tx_prefix_uri(const char *prefix, unsigned kinds);

/* The namespace of the extension of the exhibit `stem`: TX_NS_EXT_BASE
 * followed by the stem.  Owned by the caller; NULL on no memory. */
char *tx_ext_namespace(const char *stem);

#endif /* TX_XBRL_PREFIXES_H */

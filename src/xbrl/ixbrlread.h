/*
 * ixbrlread.h - reading Inline XBRL 1.1 documents (internal).
 *
 * xbrlread.c's entry point hands a parsed document here when its root is an
 * XHTML <html> element; tx_ixbrl_to_instance() turns it into the XBRL 2.1
 * instance it carries (ix:references -> schemaRef, ix:resources -> contexts
 * and units, ix:nonFraction / ix:nonNumeric -> facts in document order), which
 * the ordinary instance reader then reads.  Numbers: the transformation
 * (ixt:num-dot-decimal, ixt:num-comma-decimal, ixt:fixed-zero, ixt:zerodash,
 * or none), then `scale`, then `sign`; xsi:nil kept.  Findings (layer
 * "ixbrl"): ixbrl.bad-format (an unknown format or a value it cannot read:
 * the fact is skipped), ixbrl.bad-name (a name with an unbound prefix).
 */
#ifndef TX_IXBRLREAD_H
#define TX_IXBRLREAD_H

#include <libxml/tree.h>

#include "txbrl.h"
#include "xbrl/vocab.h"


/* 1 when `doc` is an (X)HTML document, so perhaps Inline XBRL. */
int tx_ixbrl_detect(xmlDocPtr doc);

/* Replaces *doc by the XBRL instance it carries (the old one is freed).
 * TX_OK, TX_EINPUT (findings reported), TX_ENOMEM (*doc unchanged). */
tx_status tx_ixbrl_to_instance(xmlDocPtr *doc, const char *path, tx_report *rep);

#endif /* TX_IXBRLREAD_H */

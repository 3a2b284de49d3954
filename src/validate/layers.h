/*
 * layers.h - the validator's layers (internal).  validate.c runs them in
 * this order: on the DTS of any entry point tx_check_dts, tx_check_taxonomy
 * and tx_check_links; on an instance then tx_check_xbrl, tx_check_calc,
 * tx_check_ties (Calculations 1.1 only) and tx_check_dim.  Each adds
 * findings and returns TX_OK, or TX_ENOMEM.
 *
 *   check_calc.c       essence-alias arcs in the DTS; calculation consistency
 *   check_taxonomy.c   XBRL 2.1 rules on the taxonomy schemas
 *   check_links.c      XBRL 2.1 rules on the linkbases
 *   check_xbrl.c       XBRL 2.1 rules on the instance
 *   check_ties.c       cross-statement ties of the project taxonomy
 *   check_dim.c        XBRL Dimensions: members in contexts
 */
#ifndef TX_VALIDATE_LAYERS_H
#define TX_VALIDATE_LAYERS_H

#include "validate/dts.h"
#include "validate/vinst.h"
#include "txbrl.h"

/* On the DTS.  tx_check_dts: essence-alias arcs join items of one type,
 * period type and balance (XBRL 2.1 5.2.6.2.2). */
tx_status tx_check_dts(const tx_dts *d, const char *name, tx_report *rep);
tx_status tx_check_taxonomy(const tx_dts *d, tx_report *rep);
tx_status tx_check_links(const tx_dts *d, tx_report *rep);

/* On an instance (tx_check_xbrl reads the instance model first). */
tx_status tx_check_xbrl(tx_vinst *in, tx_report *rep);
tx_status tx_check_calc(tx_vinst *in, tx_report *rep);
tx_status tx_check_ties(tx_vinst *in, tx_report *rep);
tx_status tx_check_dim(tx_vinst *in, tx_report *rep);

#endif /* TX_VALIDATE_LAYERS_H */

/*
 * extension.h - the extension taxonomy the instance writer writes beside an
 * instance (internal): STEM.xsd, STEM_lab.xml, STEM_cal.xml and STEM_pre.xml.
 *
 * The schema declares the factset's extension concepts (prefix ext), the
 * calculation roles no schema given defines, and the printed-label roles it
 * uses; it imports every schema given (and the type libraries its concept
 * types need) and names the linkbases.  The label linkbase holds the
 * extension concepts' standard labels and the labels the exhibit printed;
 * the calculation linkbase the factset's summation-item arcs, one
 * calculationLink per role.  tx_instance_write() (write/instance.c) calls
 * these in order: check, roles, then the texts.
 */
#ifndef TX_EXTENSION_H
#define TX_EXTENSION_H

#include "write/writer.h"

/* Checks the extension concept names and the ends of the calculation arcs
 * (write.prefix, TX_EUSAGE). */
void tx_ext_check(tx_writer *w);
/* The calculation roles of the arcs and where each is defined: a schema
 * given (read through the project's catalog), else the extension schema. */
void tx_ext_collect_roles(tx_writer *w);

/* The files' texts (owned; NULL on no memory).  Findings: write.prefix
 * (TX_EUSAGE) for a prefix or a concept no schema given binds. */
char *tx_ext_schema_text(tx_writer *w);
char *tx_ext_label_text(tx_writer *w);
char *tx_ext_calc_text(tx_writer *w);
/* STEM_pre.xml: the exhibit's own presentation (tx_pres_table). */
char *tx_ext_pres_text(tx_writer *w);

#endif /* TX_EXTENSION_H */

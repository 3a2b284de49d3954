/*
 * instance.h - writing a factset as an XBRL 2.1 instance (internal).
 *
 * tx_instance_write() writes, in `dir`:
 *   STEM.xml       the instance: schemaRef, contexts c1.. (in order of first
 *                  use by the facts, one per entity + period + dimensions),
 *                  units (USD, shares, USDPerShare, pure, then u1.. for
 *                  others; each once, only when used), facts f1.. in
 *                  factset order;
 *   STEM.xsd       when the factset has extension concepts or arcs: the
 *                  extension schema (namespace TX_NS_EXT_BASE + stem, prefix
 *                  ext), importing every schema URL given;
 *   STEM_lab.xml   its standard labels (en);
 *   STEM_cal.xml   when there are arcs: summation-item arcs;
 *   STEM_pre.xml   when the factset has a presentation (fs->npres): the
 *                  exhibit's tables, one extended link role each.
 * The instance's schemaRef names STEM.xsd when it is written, else each
 * schema URL given.  STEM is fs->stem, or the source's file name without its
 * extension.
 *
 * Output is byte-for-byte deterministic.  The files are written as one set
 * (base/outfile.h): each is staged beside its target and flushed to disk,
 * and they replace their targets together once every one is written; on
 * any failure the directory is left as it was (earlier files kept, nothing
 * new), and extension files of an earlier run that this run does not
 * write are removed in the same commit.  tx_instance_texts() gives the
 * texts without writing them, for a caller that adds files to the set and
 * checks it before the commit (convert/convert.c).
 *
 * Conventions the taxonomy must share: a concept of a schema given in
 * schema_urls is located as URL#PREFIX_LocalName (e.g.
 * ...tx-gaap-2026.xsd#tx-gaap_NetIncomeLoss) by the calculation linkbase.
 *
 * Findings: write.io, write.not-regular (TX_EIO) naming the path; write.prefix, write.unit,
 * write.decimals, write.entity, write.schema, write.stem (TX_EUSAGE: the
 * factset cannot be written as it is); dts.* when the namespace of a
 * schema URL not in the built-in table has to be read through the catalog.
 * A non-standard calculation role is referenced (roleRef) where a schema
 * given defines it, read through the project's catalog, and else declared
 * in the extension schema.
 */
#ifndef TX_INSTANCE_H
#define TX_INSTANCE_H

#include "xbrl/facts.h"

/* The files of one instance: STEM.xml, STEM.xsd, STEM_lab.xml, STEM_cal.xml,
 * STEM_pre.xml, in this order. */
#define TX_INSTANCE_NFILES 5

typedef struct tx_instance_files {
    char *stem;
    char *name[TX_INSTANCE_NFILES];   /* file names, no directory            */
    char *text[TX_INSTANCE_NFILES];   /* contents; NULL: not written this time
                                         (an earlier run's file to remove)    */
} tx_instance_files;

/* The texts tx_instance_write() writes (`dir` names the files in
 * findings), in *out (zeroed first; owned, tx_instance_files_clear()).
 * Findings and statuses as tx_instance_write() but write.io. */
tx_status tx_instance_texts(const tx_factset *fs, const char *dir,
                            const char *const *schema_urls, size_t nurls, const char *catalog,
                            tx_report *rep, tx_instance_files *out);
void tx_instance_files_clear(tx_instance_files *f);

tx_status tx_instance_write(const tx_factset *fs, const char *dir, const char *const *schema_urls,
                            size_t nurls, const char *catalog, tx_report *rep);

#endif /* TX_INSTANCE_H */

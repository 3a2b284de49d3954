/*
 * extname.h - the names of extension concepts (internal).
 *
 * A row or an EX-27 tag that no concept of the taxonomy fits becomes an
 * extension concept ("ext:" prefix, the exhibit's own schema) named after
 * its label.  The statements' mapper and the EX-27 map both name them here,
 * so one label gives one name wherever it is printed.
 */
#ifndef TX_EXTNAME_H
#define TX_EXTNAME_H

/* The extension concept name of a label ("Other stockholders' equity" ->
 * "OtherStockholdersEquity"): its words capitalised and joined, an "X"
 * before a leading digit, at most 160 characters, "UnlabeledItem" for a
 * label with no letter or digit.  Owned; NULL on allocation failure. */
char *tx_ext_name(const char *label);

#endif

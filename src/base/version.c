/* version.c - the library's version, as configure set it. */
#include "config.h"

#include "txbrl.h"

const char *tx_version(void) { return PACKAGE_VERSION; }

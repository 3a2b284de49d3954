/* prefixes.c - the table of the prefixes txbrl binds by itself. */
#include "xbrl/prefixes.h"

#include <stddef.h>
#include <string.h>

#include "base/util.h"
#include "xbrl/vocab.h"

static const struct {
    const char *prefix, *uri;
    unsigned kind;
} known[] = {
    {"xbrli", TX_NS_XBRLI, TX_PREFIX_NAMES},
    {"iso4217", TX_NS_ISO4217, TX_PREFIX_NAMES},
    {"tx-gaap", TX_NS_GAAP, TX_PREFIX_NAMES},
    {"txbrl", TX_NS_TXBRL, TX_PREFIX_NAMES},
    {"tx-dei", TX_NS_DEI, TX_PREFIX_NAMES},
    {"xbrldi", TX_NS_XBRLDI, TX_PREFIX_MARKUP},
    {"link", TX_NS_LINK, TX_PREFIX_MARKUP},
    {"xlink", TX_NS_XLINK, TX_PREFIX_MARKUP},
    {"xsi", TX_NS_XSI, TX_PREFIX_MARKUP},
    {"num", TX_NS_DTR_NUM, TX_PREFIX_MARKUP},
    {"nonnum", TX_NS_DTR_NONNUM, TX_PREFIX_MARKUP},
};

const char *tx_prefix_uri(const char *prefix, unsigned kinds)
{
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
        if ((known[i].kind & kinds) && strcmp(prefix, known[i].prefix) == 0)
            return known[i].uri;
    return NULL;
}

char *tx_ext_namespace(const char *stem)
{
    tx_buf b = {0};
    tx_buf_printf(&b, "%s%s", TX_NS_EXT_BASE, stem);
    return tx_buf_take(&b);
}

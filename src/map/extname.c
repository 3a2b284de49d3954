/* extname.c - extension concept names from labels. */
#include "map/extname.h"

#include <ctype.h>

#include "base/util.h"

#define MAX_EXT_NAME 160

/* "Purchased intangible assets, net and other" -> "PurchasedIntangibleAssetsNetAndOther" */
char *tx_ext_name(const char *label)
{
    tx_buf b = {0};
    int up = 1;
    const char *lead = label;
    while (*lead && !isalnum((unsigned char)*lead))
        lead++;
    if (isdigit((unsigned char)*lead))
        tx_buf_putc(&b, 'X');  /* "(972,812,731 shares ...)": names start with a letter */
    int caps = 0;  /* the current word is in capitals: "DEFERRED" -> "Deferred" */
    for (const unsigned char *p = (const unsigned char *)label; *p && b.len < MAX_EXT_NAME; p++) {
        if (isalnum(*p)) {
            if (up) {
                const unsigned char *e = p;
                caps = 1;
                while (isalnum(*e))
                    caps &= !islower(*e++);
            }
            tx_buf_putc(&b, (char)(up ? toupper(*p) : caps ? tolower(*p) : *p));
            up = 0;
        } else {
            up = 1;
        }
    }
    if (!b.len)
        tx_buf_puts(&b, "UnlabeledItem");
    return tx_buf_take(&b);
}

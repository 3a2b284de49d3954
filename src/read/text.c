/* text.c - release and small helpers of a decoded exhibit (tx_text). */
#include "read/text.h"

#include <stdlib.h>

void tx_text_free(tx_text *text)
{
    if (!text)
        return;
    for (size_t i = 0; i < text->nlines; i++) {
        free(text->lines[i].text);
        if (i == 0 || text->lines[i].hints != text->lines[i - 1].hints)
            free(text->lines[i].hints);
    }
    free(text->lines);
    for (size_t i = 0; i < text->ndocs; i++) {
        free(text->docs[i].type);
        free(text->docs[i].description);
    }
    free(text->docs);
    for (size_t i = 0; i < text->nfilers; i++)
        free(text->filers[i].name);
    free(text->filers);
    free(text->name);
    free(text);
}

size_t tx_utf8_columns(const char *s, size_t nbytes)
{
    size_t cols = 0;
    if (!s)
        return 0;
    for (size_t i = 0; i < nbytes && s[i]; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            cols++;
    return cols;
}

size_t tx_trim_spaces(const char *s, size_t n)
{
    while (n > 0 && s[n - 1] == ' ')
        n--;
    return n;
}

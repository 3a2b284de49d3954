/* mentions.c - the amounts and percentages in a run of prose: "$172.1
 * million", "$172.1M", "$0.02 per diluted share", "13 percent", "13%".
 * Which of them are claims, and about what, is for the sentence to say
 * (groups.c, naming.c). */
#include <stdlib.h>
#include <string.h>

#include "disclose/prose.h"
#include "base/util.h"

/* A numeral at s[i]: digits with commas, an optional fraction.  Returns
 * its end, or i when there is none. */
static size_t numeral_end(const char *s, size_t i)
{
    size_t k = i;
    while (is_digit(s[k]) || (s[k] == ',' && is_digit(s[k + 1]) && k > i))
        k++;
    if (k == i)
        return i;
    if (s[k] == '.' && is_digit(s[k + 1])) {
        k++;
        while (is_digit(s[k]))
            k++;
    }
    return k;
}

static int ci_word(const char *s, size_t i, const char *word)
{
    size_t n = strlen(word);
    for (size_t k = 0; k < n; k++)
        if (!s[i + k] || lower(s[i + k]) != word[k])
            return 0;
    return !is_alpha(s[i + n]) && !is_digit(s[i + n]);
}

int tx_prose_mentions(const char *text, tx_mention **out, size_t *n)
{
    *out = NULL;
    *n = 0;
    size_t cap = 0;
    size_t len = strlen(text);
    for (size_t i = 0; i < len; i++) {
        tx_mention m;
        memset(&m, 0, sizeof m);
        size_t k;
        if (text[i] == '$') {
            size_t num = skip_sp(text, i + 1, len);
            k = numeral_end(text, num);
            if (k == num)
                continue;
            if (tx_decimal_parse_printed(text + num, k - num, &m.value) != 0)
                continue;
            m.kind = TX_MENTION_MONEY;
            int scale = 0;
            size_t w = skip_sp(text, k, len);
            static const struct { const char *word; int scale; } words[] = {
                {"million", 6}, {"billion", 9}, {"thousand", 3}, {"mil", 6}, {"mm", 6}};
            for (size_t j = 0; j < sizeof words / sizeof words[0]; j++)
                if (ci_word(text, w, words[j].word)) {
                    scale = words[j].scale;
                    k = w + strlen(words[j].word);
                    break;
                }
            if (scale == 0 && (text[k] == 'M' || text[k] == 'B' || text[k] == 'K') &&
                !is_alpha(text[k + 1])) {
                scale = text[k] == 'M' ? 6 : text[k] == 'B' ? 9 : 3;
                k++;
            }
            if (scale && tx_decimal_scale(&m.value, scale) != 0)
                continue;
            /* "per share", "per diluted share", "a share" */
            size_t p = skip_sp(text, k, len);
            static const char *const per[] = {"per share", "per diluted share",
                                              "per basic share", "per common share",
                                              "a share", "per basic and diluted share"};
            for (size_t j = 0; j < sizeof per / sizeof per[0]; j++)
                if (ci_word(text, p, per[j])) {
                    m.kind = TX_MENTION_PER_SHARE;
                    k = p + strlen(per[j]);
                    break;
                }
            m.place = m.value.exp;
            m.start = i;
            m.end = k;
        } else if (is_digit(text[i]) && (i == 0 || (!is_alpha(text[i - 1]) &&
                                                   !is_digit(text[i - 1]) &&
                                                   text[i - 1] != '.' && text[i - 1] != ',' &&
                                                   text[i - 1] != '$'))) {
            k = numeral_end(text, i);
            size_t w = skip_sp(text, k, len);
            size_t e;
            if (text[k] == '%')
                e = k + 1;
            else if (ci_word(text, w, "percent"))
                e = w + 7;
            else if (ci_word(text, w, "per cent"))
                e = w + 8;
            else {
                i = k > i ? k - 1 : i;
                continue;
            }
            if (tx_decimal_parse_printed(text + i, k - i, &m.value) != 0)
                continue;
            m.kind = TX_MENTION_PERCENT;
            m.place = m.value.exp;
            m.start = i;
            m.end = e;
        } else {
            continue;
        }
        if (tx_grow((void **)out, &cap, *n + 1, sizeof **out) != 0) {
            free(*out);
            *out = NULL;
            *n = 0;
            return -1;
        }
        (*out)[(*n)++] = m;
        i = m.end - 1;
    }
    return 0;
}

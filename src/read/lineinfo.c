/* lineinfo.c - the per-line summary segmentation works on. */
#include "read/lineinfo.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "read/layout.h"
#include "read/model.h"

/* "(1) The ...", "(A) The ...", "* Excludes ...": a marker then words. */
static int starts_footnote(const char *s, int indent)
{
    if (indent < 0 || indent > 6)
        return 0;
    s += indent;
    size_t m = 0;
    if (s[0] == '(') {
        size_t k = 1;
        while (k < 4 && isalnum((unsigned char)s[k]))
            k++;
        if (s[k] != ')' || k == 1)
            return 0;
        if (k > 2 && !isdigit((unsigned char)s[1]))
            return 0; /* "(loss)" is not a marker */
        m = k + 1;
    } else if (s[0] == '*') {
        while (s[m] == '*')
            m++;
    } else {
        return 0;
    }
    if (s[m] != ' ')
        return 0;
    while (s[m] == ' ')
        m++;
    return isalpha((unsigned char)s[m]) || s[m] == '"';
}

/* A line ending in an abbreviated company form ("Autodesk, Inc.", "ACME
 * CORP.") or cut in chunks by runs of three spaces or more (a title with the
 * company beside it): its final full stop closes no sentence. */
static int stop_closes_nothing(const char *s, size_t n)
{
    static const char *const forms[] = {" inc.", " corp.", " co.", " ltd.", " l.p.", " n.a.",
                                        NULL};
    for (size_t i = 0; forms[i]; i++) {
        size_t k = strlen(forms[i]);
        if (n >= k && tx_strncaseeq(s + n - k, forms[i], k))
            return 1;
    }
    size_t i = 0;
    while (i < n && s[i] == ' ')
        i++;
    const char *gap = strstr(s + i, "   ");
    return gap != NULL && (size_t)(gap - s) < n && gap[strspn(gap, " ")] != '\0';
}

/* Prose: a full stop inside ("costs. See the") or closing a line of five or
 * more words.  "ACME CORP." and "Juniper Networks, Inc." are not prose. */
static int is_sentence(const char *s, size_t n)
{
    if (n > 0 && s[n - 1] == '.' && tx_count_words(s, n) >= 5 && !stop_closes_nothing(s, n))
        return 1;
    for (size_t i = 1; i + 2 < n; i++)
        if (s[i] == '.' && s[i + 1] == ' ' && islower((unsigned char)s[i - 1]) &&
            (isupper((unsigned char)s[i + 2]) || s[i + 2] == ' '))
            return 1;
    return 0;
}

static int first_letter_lower(const char *s)
{
    for (; *s; s++)
        if (isalpha((unsigned char)*s))
            return islower((unsigned char)*s) != 0;
    return 0;
}

/* A page number as printed at the foot or head of a page: "50", "- 44 -",
 * "-28-", "27.", "F-6", "S-1", "A-12", "Page 3", "(5)".  Up to four digits. */
static int page_number_text(const char *s)
{
    while (*s == ' ')
        s++;
    if (tx_strncaseeq(s, "page ", 5))
        s += 5;
    size_t a = 0;
    if (isalpha((unsigned char)s[0]) && s[1] == '-')
        a = 2;
    else if (isalpha((unsigned char)s[0]) && isalpha((unsigned char)s[1]) && s[2] == '-')
        a = 3;
    else
        a = strspn(s, "-( ");
    size_t n = strspn(s + a, "0123456789");
    if (n == 0 || n > 4)
        return 0;
    const char *e = s + a + n;
    e += strspn(e, "-). ");
    return *e == '\0';
}

tx_lineinfo *tx_lineinfo_build(const tx_text *text)
{
    tx_lineinfo *info = calloc(text->nlines ? text->nlines : 1, sizeof *info);
    if (!info)
        return NULL;
    for (size_t i = 0; i < text->nlines; i++) {
        const char *s = text->lines[i].text;
        tx_layout lay;
        if (tx_layout_line(s, &lay) != 0) {
            free(info);
            return NULL;
        }
        tx_lineinfo *li = &info[i];
        li->cls = lay.cls;
        li->indent = lay.indent;
        li->end = lay.ntokens ? lay.tokens[lay.ntokens - 1].end : 0;
        li->vleft = lay.nvalues ? lay.values[0].col : -1;
        li->label_end = lay.label_end;
        li->nvalues = (int)lay.nvalues;
        if (lay.cls == TX_LC_TEXT || lay.cls == TX_LC_DATA) {
            size_t n = text->lines[i].len;
            li->fn_start = starts_footnote(s, lay.indent) != 0;
            li->sentence = is_sentence(s, n) != 0;
            li->caps = tx_all_caps(s) != 0;
            li->colon = n > 0 && s[n - 1] == ':';
            li->lower = first_letter_lower(s) != 0;
        }
        tx_layout_clear(&lay);
    }
    for (size_t i = 0; i < text->nlines; i++) {
        tx_lineinfo *li = &info[i];
        /* EX-27 financial data schedules are tagged values, no tables */
        int d = text->lines[i].doc;
        if (d >= 0 && (size_t)d < text->ndocs && tx_strncaseeq(text->docs[d].type, "EX-27", 5) &&
            li->cls != TX_LC_BLANK) {
            li->cls = TX_LC_TEXT;
            li->vleft = -1;
            li->nvalues = 0;
            continue;
        }
        /* a lone number right before a <PAGE> (or the end) is its page
           number; so is one on the line of the <PAGE> tag ("<PAGE>   6") */
        if ((li->cls == TX_LC_DATA && li->label_end == 0) ||
            (li->cls == TX_LC_TEXT && !li->sentence)) {
            if (text->lines[i].flags & TX_LINE_IN_TABLE)
                continue;
            if (!page_number_text(text->lines[i].text))
                continue;
            size_t k = i + 1;
            int page = (text->lines[i].flags & TX_LINE_PAGE_BREAK) != 0;
            while (k < text->nlines && info[k].cls == TX_LC_BLANK)
                page |= (text->lines[k++].flags & TX_LINE_PAGE_BREAK) != 0;
            if (k == text->nlines || page || (text->lines[k].flags & TX_LINE_PAGE_BREAK))
                li->cls = TX_LC_PAGENUM;
        }
    }
    return info;
}

/* util.c - growable strings and arrays. */
#include "base/util.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int buf_reserve(tx_buf *b, size_t extra)
{
    if (b->failed)
        return -1;
    if (b->len + extra + 1 <= b->cap)
        return 0;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + extra + 1) {
        if (cap > ((size_t)-1) / 2) {
            b->failed = 1;
            return -1;
        }
        cap *= 2;
    }
    char *p = realloc(b->data, cap);
    if (!p) {
        b->failed = 1;
        return -1;
    }
    b->data = p;
    b->cap = cap;
    return 0;
}

int tx_buf_append(tx_buf *b, const char *s, size_t n)
{
    if (buf_reserve(b, n) != 0)
        return -1;
    if (n)
        memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
}

int tx_buf_puts(tx_buf *b, const char *s) { return tx_buf_append(b, s, strlen(s)); }
int tx_buf_putc(tx_buf *b, char c) { return tx_buf_append(b, &c, 1); }

int tx_buf_vprintf(tx_buf *b, const char *fmt, va_list ap)
{
    va_list cp;
    va_copy(cp, ap);
    int n = vsnprintf(NULL, 0, fmt, cp);
    va_end(cp);
    if (n < 0 || buf_reserve(b, (size_t)n) != 0)
        return -1;
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
    return 0;
}

int tx_buf_printf(tx_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = tx_buf_vprintf(b, fmt, ap);
    va_end(ap);
    return r;
}

char *tx_buf_take(tx_buf *b)
{
    if (b->failed) {
        tx_buf_free(b);
        return NULL;
    }
    char *s = b->data ? b->data : tx_strdup("");
    b->data = NULL;
    b->len = b->cap = 0;
    return s;
}

void tx_buf_free(tx_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
    b->failed = 0;
}

int tx_buf_json_string(tx_buf *b, const char *s)
{
    tx_buf_putc(b, '"');
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        switch (*p) {
        case '"': tx_buf_puts(b, "\\\""); break;
        case '\\': tx_buf_puts(b, "\\\\"); break;
        case '\n': tx_buf_puts(b, "\\n"); break;
        case '\r': tx_buf_puts(b, "\\r"); break;
        case '\t': tx_buf_puts(b, "\\t"); break;
        default:
            if (*p < 0x20)
                tx_buf_printf(b, "\\u%04x", *p);
            else
                tx_buf_putc(b, (char)*p);
        }
    }
    return tx_buf_putc(b, '"');
}

char *tx_strndup(const char *s, size_t n)
{
    if (!s)
        return NULL;
    char *p = malloc(n + 1);
    if (!p)
        return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *tx_strdup(const char *s) { return s ? tx_strndup(s, strlen(s)) : NULL; }

void tx_sort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
    if (base && n > 1)
        qsort(base, n, size, cmp);
}

int tx_grow(void **arr, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return 0;
    size_t c = *cap ? *cap : 8;
    while (c < need) {
        if (c > ((size_t)-1) / 2 / size)
            return -1;
        c *= 2;
    }
    void *p = realloc(*arr, c * size);
    if (!p)
        return -1;
    *arr = p;
    *cap = c;
    return 0;
}

int tx_strncaseeq(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (tolower((unsigned char)a[i]) != tolower((unsigned char)b[i]))
            return 0;
        if (!a[i])
            return 1;
    }
    return 1;
}

const char *tx_strcasestr(const char *hay, const char *needle)
{
    size_t n = strlen(needle);
    if (!n)
        return hay;
    for (; *hay; hay++)
        if (tx_strncaseeq(hay, needle, n))
            return hay;
    return NULL;
}

char *tx_norm(const char *s)
{
    tx_buf b = {0};
    int space = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (isalnum(*p)) {
            if (space && b.len)
                tx_buf_putc(&b, ' ');
            space = 0;
            tx_buf_putc(&b, (char)tolower(*p));
        } else {
            space = 1;
        }
    }
    return tx_buf_take(&b);
}

int tx_glob(const char *p, const char *t)
{
    const char *star = NULL, *mark = NULL;
    while (*t) {
        if (*p == '*') {
            star = p++;
            mark = t;
        } else if (*p == *t) {
            p++;
            t++;
        } else if (star) {
            p = star + 1;
            t = ++mark;
        } else {
            return 0;
        }
    }
    while (*p == '*')
        p++;
    return *p == '\0';
}

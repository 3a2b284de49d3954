/* util.h - small shared helpers: growable strings and arrays (internal).
 * Allocation failures are returned, never fatal. */
#ifndef TX_UTIL_H
#define TX_UTIL_H

#include <stdarg.h>
#include <stddef.h>

/* A growable NUL-terminated byte string.  Zero-initialise, use, then
 * tx_buf_free(); or take ownership of .data with tx_buf_take(). */
typedef struct tx_buf {
    char *data;     /* NULL until the first append */
    size_t len;
    size_t cap;
    int failed;     /* set when an allocation failed; appends become no-ops */
} tx_buf;

int tx_buf_append(tx_buf *b, const char *s, size_t n);   /* 0 or -1 */
int tx_buf_puts(tx_buf *b, const char *s);
int tx_buf_putc(tx_buf *b, char c);
int tx_buf_printf(tx_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
int tx_buf_vprintf(tx_buf *b, const char *fmt, va_list ap);
/* Returns the string (never NULL unless failed: "" for empty) and resets b. */
char *tx_buf_take(tx_buf *b);
void tx_buf_free(tx_buf *b);
/* Appends `s` as a JSON string literal with quotes. */
int tx_buf_json_string(tx_buf *b, const char *s);

char *tx_strdup(const char *s);                 /* NULL on failure or NULL s */
char *tx_strndup(const char *s, size_t n);

/* Grows an array of `size`-byte elements so that it holds at least
 * `need` elements.  Returns 0 or -1 (then *arr is unchanged). */
int tx_grow(void **arr, size_t *cap, size_t need, size_t size);

/* qsort that accepts an empty array with a NULL base (qsort itself may not
 * be given NULL, even for 0 elements). */
void tx_sort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *));

/* ASCII case-insensitive helpers (the text is normalised UTF-8). */
int tx_strncaseeq(const char *a, const char *b, size_t n);
const char *tx_strcasestr(const char *hay, const char *needle);

/* Normalised text for matching: lower case ASCII, every run of characters
 * other than letters and digits one space, trimmed.  Owned result. */
char *tx_norm(const char *s);
/* Glob match with '*' (any run, possibly empty) as the only wildcard. */
int tx_glob(const char *pattern, const char *text);

#endif

/* hashmap.h - open-addressing hash maps to a size_t (internal).
 *
 *   tx_smap   string keys (copied into the map);
 *   tx_pmap   keys of up to six pointers (or integers cast to pointers).
 *
 * Zero-initialise a map, put and get, then tx_smap_clear() / tx_pmap_clear()
 * to free what it holds (the struct itself belongs to the caller).  A put
 * of a key already present keeps the first value.  Allocation failures are
 * returned, never fatal. */
#ifndef TX_HASHMAP_H
#define TX_HASHMAP_H

#include <stddef.h>

/* Map from a string key (copied) to a size_t. */
typedef struct tx_smap {
    char **keys;
    size_t *vals;
    size_t cap, n;
} tx_smap;

int tx_smap_put(tx_smap *m, const char *key, size_t val);   /* 0 / -1; keeps the first */
int tx_smap_get(const tx_smap *m, const char *key, size_t *val);   /* 1 found */
void tx_smap_clear(tx_smap *m);

/* Map from a tuple of up to six pointers (or integers cast to pointers;
 * unused places NULL) to a size_t. */
typedef struct tx_pkey {
    const void *p[6];
} tx_pkey;

typedef struct tx_pmap {
    tx_pkey *keys;
    size_t *vals;
    unsigned char *used;
    size_t cap, n;
} tx_pmap;

int tx_pmap_put(tx_pmap *m, const tx_pkey *key, size_t val);   /* 0 / -1; keeps the first */
int tx_pmap_get(const tx_pmap *m, const tx_pkey *key, size_t *val);   /* 1 found */
void tx_pmap_clear(tx_pmap *m);

#endif /* TX_HASHMAP_H */

/* hashmap.c - open-addressing hash maps: FNV-style hashes, linear probing,
 * capacities a power of two, grown at half full. */
#include "base/hashmap.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"

/* ------------------------------------------------------------ string map */

static size_t hash_str(const char *s)
{
    size_t h = 1469598103934665603ULL;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return h;
}

static int smap_grow(tx_smap *m)
{
    size_t cap = m->cap ? m->cap * 2 : 64;
    char **keys = calloc(cap, sizeof *keys);
    size_t *vals = calloc(cap, sizeof *vals);
    if (!keys || !vals) {
        free(keys);
        free(vals);
        return -1;
    }
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->keys[i])
            continue;
        size_t j = hash_str(m->keys[i]) & (cap - 1);
        while (keys[j])
            j = (j + 1) & (cap - 1);
        keys[j] = m->keys[i];
        vals[j] = m->vals[i];
    }
    free(m->keys);
    free(m->vals);
    m->keys = keys;
    m->vals = vals;
    m->cap = cap;
    return 0;
}

int tx_smap_put(tx_smap *m, const char *key, size_t val)
{
    if ((m->n + 1) * 2 > m->cap && smap_grow(m) != 0)
        return -1;
    size_t j = hash_str(key) & (m->cap - 1);
    while (m->keys[j]) {
        if (strcmp(m->keys[j], key) == 0)
            return 0;
        j = (j + 1) & (m->cap - 1);
    }
    char *k = tx_strdup(key);
    if (!k)
        return -1;
    m->keys[j] = k;
    m->vals[j] = val;
    m->n++;
    return 0;
}

int tx_smap_get(const tx_smap *m, const char *key, size_t *val)
{
    if (!m->cap || !key)
        return 0;
    size_t j = hash_str(key) & (m->cap - 1);
    while (m->keys[j]) {
        if (strcmp(m->keys[j], key) == 0) {
            if (val)
                *val = m->vals[j];
            return 1;
        }
        j = (j + 1) & (m->cap - 1);
    }
    return 0;
}

void tx_smap_clear(tx_smap *m)
{
    for (size_t i = 0; i < m->cap; i++)
        free(m->keys[i]);
    free(m->keys);
    free(m->vals);
    memset(m, 0, sizeof *m);
}

/* ------------------------------------------------------------ pointer map */

static size_t hash_key(const tx_pkey *k)
{
    size_t h = 1469598103934665603ULL;
    for (int i = 0; i < 6; i++) {
        h ^= (size_t)(uintptr_t)k->p[i];
        h *= 1099511628211ULL;
        h ^= h >> 29;
    }
    return h;
}

static int key_eq(const tx_pkey *a, const tx_pkey *b)
{
    return memcmp(a->p, b->p, sizeof a->p) == 0;
}

static int pmap_grow(tx_pmap *m)
{
    size_t cap = m->cap ? m->cap * 2 : 64;
    tx_pkey *keys = malloc(cap * sizeof *keys);
    size_t *vals = malloc(cap * sizeof *vals);
    unsigned char *used = calloc(cap, 1);
    if (!keys || !vals || !used) {
        free(keys);
        free(vals);
        free(used);
        return -1;
    }
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->used[i])
            continue;
        size_t j = hash_key(&m->keys[i]) & (cap - 1);
        while (used[j])
            j = (j + 1) & (cap - 1);
        keys[j] = m->keys[i];
        vals[j] = m->vals[i];
        used[j] = 1;
    }
    free(m->keys);
    free(m->vals);
    free(m->used);
    m->keys = keys;
    m->vals = vals;
    m->used = used;
    m->cap = cap;
    return 0;
}

int tx_pmap_put(tx_pmap *m, const tx_pkey *key, size_t val)
{
    if ((m->n + 1) * 2 > m->cap && pmap_grow(m) != 0)
        return -1;
    size_t j = hash_key(key) & (m->cap - 1);
    while (m->used[j]) {
        if (key_eq(&m->keys[j], key))
            return 0;
        j = (j + 1) & (m->cap - 1);
    }
    m->keys[j] = *key;
    m->vals[j] = val;
    m->used[j] = 1;
    m->n++;
    return 0;
}

int tx_pmap_get(const tx_pmap *m, const tx_pkey *key, size_t *val)
{
    if (!m->cap)
        return 0;
    size_t j = hash_key(key) & (m->cap - 1);
    while (m->used[j]) {
        if (key_eq(&m->keys[j], key)) {
            if (val)
                *val = m->vals[j];
            return 1;
        }
        j = (j + 1) & (m->cap - 1);
    }
    return 0;
}

void tx_pmap_clear(tx_pmap *m)
{
    free(m->keys);
    free(m->vals);
    free(m->used);
    memset(m, 0, sizeof *m);
}

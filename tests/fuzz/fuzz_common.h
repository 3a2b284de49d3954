/* fuzz_common.h - what the fuzz targets share: a scratch directory for the
 * files the library reads and writes by path, and, in the plain-program
 * build (TX_FUZZ_MAIN), a main() that runs each file named on the command
 * line once.  Each target defines LLVMFuzzerTestOneInput and fuzz_done(). */
#ifndef TX_FUZZ_COMMON_H
#define TX_FUZZ_COMMON_H

#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The project's data (taxonomy/, xslt/): $TXBRL_DATADIR, which the harness
 * sets to the source tree. */
static inline const char *fuzz_datadir(void)
{
    const char *d = getenv("TXBRL_DATADIR");
    return d && *d ? d : ".";
}

/* Its XML catalog (static storage). */
static inline const char *fuzz_catalog(void)
{
    static char path[1024];
    if (!path[0])
        snprintf(path, sizeof path, "%s/taxonomy/catalog.xml", fuzz_datadir());
    return path;
}

/* Makes $TMPDIR/txfuzzXXXXXX (or under /tmp) in dir[cap]; 0 or -1. */
static int fuzz_scratch_make(char *dir, size_t cap)
{
    const char *tmp = getenv("TMPDIR");
    snprintf(dir, cap, "%s/txfuzzXXXXXX", tmp && strlen(tmp) + 14 < cap ? tmp : "/tmp");
    return mkdtemp(dir) != NULL ? 0 : -1;
}

/* Writes data to dir/name, path[cap] receiving the path; 0 or -1. */
static int fuzz_write(const char *dir, const char *name, const uint8_t *data, size_t size,
                      char *path, size_t cap)
{
    snprintf(path, cap, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    if (f == NULL)
        return -1;
    size_t n = size ? fwrite(data, 1, size, f) : 0;
    if (fclose(f) != 0 || n != size)
        return -1;
    return 0;
}

#ifdef TX_FUZZ_MAIN
static void fuzz_done(void);

/* Empties and removes the scratch directory dir. */
static void fuzz_scratch_remove(const char *dir)
{
    DIR *d = dir[0] ? opendir(dir) : NULL;
    if (d == NULL)
        return;
    struct dirent *e;
    char p[512];
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
        unlink(p);
    }
    closedir(d);
    rmdir(dir);
}

int main(int argc, char **argv)
{
    int bad = 0;
    for (int i = 1; i < argc; i++) {
        FILE *f = fopen(argv[i], "rb");
        uint8_t *buf = NULL;
        long len = -1;
        if (f != NULL && fseek(f, 0, SEEK_END) == 0 && (len = ftell(f)) >= 0 &&
            fseek(f, 0, SEEK_SET) == 0 && (buf = malloc((size_t)len + 1)) != NULL &&
            fread(buf, 1, (size_t)len, f) == (size_t)len) {
            LLVMFuzzerTestOneInput(buf, (size_t)len);
            printf("ok %s\n", argv[i]);
        } else {
            perror(argv[i]);
            bad = 1;
        }
        free(buf);
        if (f != NULL)
            fclose(f);
    }
    fuzz_done();
    return bad;
}
#endif

#endif /* TX_FUZZ_COMMON_H */

/* batch.c - txbrl convert over many inputs.
 *
 * The converter (taxonomy, mapping rules, entities, lexicon, --with
 * exhibits) is loaded once, in this process; with more than one job the
 * process then forks its workers, which share it as it was loaded (copy on
 * write) and each convert one input at a time, as the parent hands them
 * out.  A worker sends back, for each input, its status, counts and
 * findings already formatted; only the parent writes to stderr, one whole
 * block per exhibit, in the order the exhibits finish.  Output sets are
 * written by the library as sets (whole or absent), so a batch killed at
 * any moment leaves nothing partial; the next run skips the inputs whose
 * sets are complete and newer than the input and the data. */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

#include "cli.h"
#include "cli/batch.h"

/* ------------------------------------------------------------ inputs */

static char *dup_str(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = malloc(n);
    if (d)
        memcpy(d, s, n);
    return d;
}

static char *join(const char *a, const char *b)
{
    size_t na = strlen(a), nb = strlen(b);
    char *s = malloc(na + nb + 2);
    if (!s)
        return NULL;
    memcpy(s, a, na);
    s[na] = '/';
    memcpy(s + na + 1, b, nb + 1);
    return s;
}

/* "dir/000_x.txt" -> "000_x": the stem the library names the files by */
static char *stem_of(const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    size_t n = strlen(base);
    const char *dot = strrchr(base, '.');
    if (dot && dot != base)
        n = (size_t)(dot - base);
    char *s = malloc(n + 1);
    if (s) {
        memcpy(s, base, n);
        s[n] = '\0';
    }
    return s;
}

int tx_batch_add(tx_batch *b, const char *path, const char *outdir)
{
    if (b->n == b->cap) {
        size_t cap = b->cap ? 2 * b->cap : 64;
        tx_batch_input *in = realloc(b->in, cap * sizeof *in);
        if (!in)
            return -1;
        b->in = in;
        b->cap = cap;
    }
    tx_batch_input *x = &b->in[b->n];
    x->path = dup_str(path);
    x->outdir = dup_str(outdir);
    int std_in = strcmp(path, "-") == 0;
    x->stem = stem_of(std_in ? (b->name ? b->name : TX_STDIN_NAME) : path);
    if (!x->path || !x->outdir || !x->stem) {
        free(x->path);
        free(x->outdir);
        free(x->stem);
        return -1;
    }
    b->n++;
    return 0;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int has_txt_ext(const char *name)
{
    size_t n = strlen(name);
    return n > 4 && strcasecmp(name + n - 4, ".txt") == 0;
}

int tx_batch_add_dir(tx_batch *b, const char *dir, const char *outdir)
{
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "%s:0: error: [read.open] cannot read the folder: %s\n", dir,
                strerror(errno));
        return -1;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    int rc = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;   /* ., .., hidden files and the stages of sets */
        if (n == cap) {
            cap = cap ? 2 * cap : 64;
            char **nn = realloc(names, cap * sizeof *nn);
            if (!nn) {
                rc = -1;
                break;
            }
            names = nn;
        }
        if (!(names[n] = dup_str(e->d_name))) {
            rc = -1;
            break;
        }
        n++;
    }
    closedir(d);
    if (rc == 0 && n)
        qsort(names, n, sizeof *names, by_name);
    for (size_t i = 0; i < n && rc == 0; i++) {
        char *p = join(dir, names[i]);
        char *o = join(outdir, names[i]);
        struct stat st;
        if (!p || !o)
            rc = -1;
        else if (stat(p, &st) != 0)
            ;   /* gone, or a dangling link: not an input */
        else if (S_ISDIR(st.st_mode))
            rc = tx_batch_add_dir(b, p, o);
        else if (S_ISREG(st.st_mode) && has_txt_ext(names[i]))
            rc = tx_batch_add(b, p, outdir);
        free(p);
        free(o);
    }
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    return rc;
}

int tx_batch_add_list(tx_batch *b, const char *list, const char *outdir)
{
    int std_in = strcmp(list, "-") == 0;
    FILE *f = std_in ? stdin : fopen(list, "r");
    if (!f) {
        fprintf(stderr, "%s:0: error: [read.open] cannot open the list of inputs: %s\n", list,
                strerror(errno));
        return -1;
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    int rc = 0;
    while (rc == 0 && (len = getline(&line, &cap, f)) >= 0) {
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            line[--len] = '\0';
        if (len > 0)
            rc = tx_batch_add(b, line, outdir);
    }
    if (rc == 0 && ferror(f)) {
        fprintf(stderr, "%s:0: error: [read.io] cannot read the list of inputs: %s\n",
                std_in ? "-" : list, strerror(errno));
        rc = -1;
    }
    free(line);
    if (!std_in)
        fclose(f);
    return rc;
}

void tx_batch_clear(tx_batch *b)
{
    for (size_t i = 0; i < b->n; i++) {
        free(b->in[i].path);
        free(b->in[i].outdir);
        free(b->in[i].stem);
    }
    free(b->in);
    b->in = NULL;
    b->n = b->cap = 0;
}

/* ------------------------------------------------------------ results */

enum { ST_CONVERTED, ST_WARNINGS, ST_FAILED, ST_SKIPPED };
static const char *const status_name[] = {"converted", "warnings", "failed", "skipped"};

typedef struct result {
    int code;             /* exit status of this input */
    int status;           /* ST_* */
    uint32_t errors, warnings;
    uint64_t facts;
    char *text;           /* the findings as text */
    char *json;           /* the findings as one JSON array */
} result;

static void result_clear(result *r)
{
    free(r->text);
    free(r->json);
    memset(r, 0, sizeof *r);
}

static char *report_text(const tx_report *rep, tx_format fmt)
{
    char *s = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&s, &n);
    if (!f)
        return NULL;
    tx_report_write(rep, f, fmt);
    if (fclose(f) != 0) {
        free(s);
        return NULL;
    }
    return s;
}

/* A finding of the batch itself about an input: it failed. */
static void finding(result *r, const char *file, const char *code, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void finding(result *r, const char *file, const char *code, const char *fmt, ...)
{
    char msg[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    tx_report *rep = tx_report_new();
    if (rep)
        tx_report_add(rep, TX_ERROR, file, 0, code, "%s", msg);
    r->code = TX_EXIT_INVALID;
    r->status = ST_FAILED;
    r->errors = 1;
    r->text = report_text(rep, TX_FORMAT_TEXT);
    r->json = report_text(rep, TX_FORMAT_JSON);
    tx_report_free(rep);
}

static void convert_one(tx_converter *conv, const tx_batch *b, const tx_batch_input *x,
                        result *r)
{
    memset(r, 0, sizeof *r);
    tx_report *rep = tx_report_new();
    if (!rep) {
        r->code = TX_EXIT_FAILURE;
        r->status = ST_FAILED;
        return;
    }
    int std_in = strcmp(x->path, "-") == 0;
    tx_status st = TX_OK;
    /* the library creates the output folder (and its parents) */
    st = tx_converter_convert_named(conv, x->path, std_in ? b->name : NULL, x->outdir, rep);
    int code = tx_cli_exit_status(st, rep);
    tx_cli_filter(rep);   /* --quiet, --disable */
    r->errors = (uint32_t)tx_report_count(rep, TX_ERROR);
    r->warnings = (uint32_t)(tx_report_count(rep, TX_WARNING) - r->errors);
    r->facts = tx_converter_facts_written(conv);
    r->code = tx_cli_filtered_exit(code, rep);
    r->status = r->code != TX_EXIT_OK || r->errors ? ST_FAILED
                : r->warnings ? ST_WARNINGS : ST_CONVERTED;
    r->text = report_text(rep, TX_FORMAT_TEXT);
    r->json = report_text(rep, TX_FORMAT_JSON);
    tx_report_free(rep);
}

/* ------------------------------------------------------------ resumption */

static int newer(const struct timespec *a, const struct timespec *b)
{
    return a->tv_sec > b->tv_sec || (a->tv_sec == b->tv_sec && a->tv_nsec >= b->tv_nsec);
}

/* The newest modification time of the files under dir. */
static void newest_under(const char *dir, struct timespec *t, int depth)
{
    DIR *d = depth < 16 ? opendir(dir) : NULL;
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        char *p = join(dir, e->d_name);
        struct stat st;
        if (p && stat(p, &st) == 0) {
            if (S_ISDIR(st.st_mode))
                newest_under(p, t, depth + 1);
            else if (!newer(t, &st.st_mtim))
                *t = st.st_mtim;
        }
        free(p);
    }
    closedir(d);
}

static void newest_file(const char *path, struct timespec *t)
{
    struct stat st;
    if (path && strcmp(path, "-") != 0 && stat(path, &st) == 0 && !newer(t, &st.st_mtim))
        *t = st.st_mtim;
}

/* The files of a set besides the instance: the rendition, then the
 * extension schema and its linkbases when the exhibit needed them. */
static const char *const set_suffix[] = {".xml", ".html", ".xsd", "_lab.xml", "_cal.xml",
                                         "_pre.xml"};
enum { NSUFFIX = sizeof set_suffix / sizeof set_suffix[0] };

static char *set_file(const tx_batch_input *x, int k)
{
    size_t n = strlen(x->outdir) + strlen(x->stem) + 16;
    char *p = malloc(n);
    if (p)
        snprintf(p, n, "%s/%s%s", x->outdir, x->stem, set_suffix[k]);
    return p;
}

/* 1 when the set of x is complete (its instance and rendition there, no
 * stage left by a run killed between its renames) and its instance is
 * newer than x and than `since` (the data, the entities and --with files). */
static int up_to_date(const tx_batch_input *x, const struct timespec *since)
{
    if (strcmp(x->path, "-") == 0)
        return 0;
    struct stat in, xml, html, stage;
    char *pxml = set_file(x, 0), *phtml = set_file(x, 1);
    size_t n = strlen(x->outdir) + strlen(x->stem) + 16;
    char *pstage = malloc(n);
    if (pstage)
        snprintf(pstage, n, "%s/.%s.xml.txbrl", x->outdir, x->stem);
    int ok = pxml && phtml && pstage && stat(x->path, &in) == 0 && lstat(pxml, &xml) == 0 &&
             S_ISREG(xml.st_mode) && lstat(phtml, &html) == 0 && S_ISREG(html.st_mode) &&
             lstat(pstage, &stage) != 0 && newer(&xml.st_mtim, &in.st_mtim) &&
             newer(&xml.st_mtim, since);
    free(pxml);
    free(phtml);
    free(pstage);
    return ok;
}

/* ------------------------------------------------------------ collisions */

static const tx_batch *sort_b;

static int by_target(const void *a, const void *b)
{
    const tx_batch_input *x = &sort_b->in[*(const size_t *)a];
    const tx_batch_input *y = &sort_b->in[*(const size_t *)b];
    int c = strcmp(x->outdir, y->outdir);
    if (c == 0)
        c = strcmp(x->stem, y->stem);
    if (c == 0)
        c = *(const size_t *)a < *(const size_t *)b ? -1 : 1;
    return c;
}

/* first[i]: the earlier input whose set is the one of input i, or i. */
static int find_collisions(const tx_batch *b, size_t *first)
{
    size_t *ord = malloc((b->n ? b->n : 1) * sizeof *ord);
    if (!ord)
        return -1;
    for (size_t i = 0; i < b->n; i++)
        ord[i] = first[i] = i;
    sort_b = b;
    qsort(ord, b->n, sizeof *ord, by_target);
    for (size_t k = 1; k < b->n; k++) {
        const tx_batch_input *x = &b->in[ord[k]], *y = &b->in[ord[k - 1]];
        if (strcmp(x->outdir, y->outdir) == 0 && strcmp(x->stem, y->stem) == 0)
            first[ord[k]] = first[ord[k - 1]];
    }
    free(ord);
    return 0;
}

/* ------------------------------------------------------------ output */

typedef struct progress {
    size_t total, done, failed, skipped, todo;
    struct timespec start, last;
    int tty;          /* a line rewritten in place on a terminal */
    int shown;        /* that line is on the screen */
    int quiet;
} progress;

static double since(const struct timespec *t)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - t->tv_sec) + (double)(now.tv_nsec - t->tv_nsec) / 1e9;
}

static void progress_clear(progress *p)
{
    if (p->shown) {
        fputs("\r\033[K", stderr);
        p->shown = 0;
    }
}

static void progress_show(progress *p, int force)
{
    if (p->quiet || p->total < 2)
        return;
    double el = since(&p->start);
    if (!p->tty && !force && since(&p->last) < 10.0)
        return;   /* plain lines: one each 10 seconds */
    size_t worked = p->done - p->skipped;
    double rate = el > 0 ? (double)worked / el : 0;
    char eta[32] = "-";
    if (rate > 0) {
        long s = (long)((double)(p->total - p->done) / rate + 0.5);
        snprintf(eta, sizeof eta, "%ld:%02ld", s / 60, s % 60);
    }
    fprintf(stderr, "%stxbrl convert: %zu/%zu done, %zu failed, %.1f/s, ETA %s%s",
            p->tty ? "\r\033[K" : "", p->done, p->total, p->failed, rate, eta,
            p->tty ? "" : "\n");
    p->shown = p->tty;
    clock_gettime(CLOCK_MONOTONIC, &p->last);
}

void tx_batch_json_string(FILE *f, const char *s)
{
    fputc('"', f);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\')
            fprintf(f, "\\%c", *p);
        else if (*p < 0x20)
            fprintf(f, "\\u%04x", *p);
        else
            fputc(*p, f);
    }
    fputc('"', f);
}

/* One line of --report: the input, its files, status, counts, findings. */
static void report_line(FILE *f, const tx_batch_input *x, const result *r)
{
    fputs("{\"input\": ", f);
    tx_batch_json_string(f, x->path);
    fputs(", \"outputs\": [", f);
    int k0 = 0;
    for (int k = 0; k < NSUFFIX && (r->status != ST_FAILED); k++) {
        char *p = set_file(x, k);
        struct stat st;
        if (p && lstat(p, &st) == 0 && S_ISREG(st.st_mode)) {
            fputs(k0++ ? ", " : "", f);
            tx_batch_json_string(f, p);
        }
        free(p);
    }
    fprintf(f, "], \"status\": \"%s\", \"exit\": %d, \"errors\": %u, \"warnings\": %u, "
               "\"facts\": %llu, \"diagnostics\": ",
            status_name[r->status], r->code, (unsigned)r->errors, (unsigned)r->warnings,
            (unsigned long long)r->facts);
    /* the array on one line: its line breaks are between elements */
    for (const char *p = r->json ? r->json : "[]"; *p; p++)
        if (*p != '\n')
            fputc(*p, f);
    fputs("}\n", f);
    fflush(f);
}

typedef struct sink {
    const tx_batch *b;
    progress p;
    FILE *report;
    size_t converted, warned, failed, skipped;
    unsigned long long facts;
    int exit_code;
    char *json;           /* --format json: the findings of every input */
    size_t jlen;
    FILE *jf;
} sink;

static void take(sink *s, size_t i, result *r)
{
    const tx_batch_input *x = &s->b->in[i];
    progress_clear(&s->p);
    if (s->b->fmt == TX_FORMAT_JSON) {
        /* the elements of each input's array, into one array */
        const char *a = r->json ? strchr(r->json, '[') : NULL;
        const char *z = r->json ? strrchr(r->json, ']') : NULL;
        if (a && z && z > a + 1) {
            if (ftell(s->jf) > 0)
                fputc(',', s->jf);
            fwrite(a + 1, 1, (size_t)(z - a - 1), s->jf);
        }
    } else if (r->text) {
        fputs(r->text, stderr);
        fflush(stderr);
    }
    if (s->report)
        report_line(s->report, x, r);
    switch (r->status) {
    case ST_CONVERTED: s->converted++; break;
    case ST_WARNINGS: s->warned++; break;
    case ST_SKIPPED: s->skipped++; s->p.skipped++; break;
    default: s->failed++; s->p.failed++; break;
    }
    s->facts += r->facts;
    if (r->code > s->exit_code)
        s->exit_code = r->code;
    s->p.done++;
    progress_show(&s->p, 0);
}

/* ------------------------------------------------------------ workers */

typedef struct msg {
    uint32_t idx;
    int32_t code, status;
    uint32_t errors, warnings;
    uint64_t facts, textlen, jsonlen;
} msg;

static int write_all(int fd, const void *p, size_t n)
{
    const char *c = p;
    while (n > 0) {
        ssize_t w = write(fd, c, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return -1;
        c += w;
        n -= (size_t)w;
    }
    return 0;
}

/* 1 read whole, 0 end of file before anything, -1 error or short */
static int read_all(int fd, void *p, size_t n)
{
    char *c = p;
    size_t got = 0;
    while (got < n) {
        ssize_t r = read(fd, c + got, n - got);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0)
            return -1;
        if (r == 0)
            return got == 0 ? 0 : -1;
        got += (size_t)r;
    }
    return 1;
}

static void worker(tx_converter *conv, const tx_batch *b, int tasks, int results)
{
    uint32_t idx;
    while (read_all(tasks, &idx, sizeof idx) == 1 && idx < b->n) {
        result r;
        convert_one(conv, b, &b->in[idx], &r);
        msg m = {idx, r.code, r.status, r.errors, r.warnings, r.facts,
                 r.text ? strlen(r.text) : 0, r.json ? strlen(r.json) : 0};
        int bad = write_all(results, &m, sizeof m) != 0 ||
                  write_all(results, r.text, (size_t)m.textlen) != 0 ||
                  write_all(results, r.json, (size_t)m.jsonlen) != 0;
        result_clear(&r);
        if (bad)
            break;
    }
}

typedef struct proc {
    pid_t pid;
    int tasks, results;     /* the parent's ends */
    long current;           /* the input it converts, or -1 */
} proc;

static int send_next(proc *w, const size_t *todo, size_t ntodo, size_t *next)
{
    if (*next >= ntodo) {
        if (w->tasks >= 0)
            close(w->tasks);
        w->tasks = -1;
        w->current = -1;
        return 0;
    }
    uint32_t idx = (uint32_t)todo[*next];
    if (write_all(w->tasks, &idx, sizeof idx) != 0)
        return -1;
    w->current = (long)todo[(*next)++];
    return 0;
}

static void run_forked(tx_converter *conv, sink *s, const size_t *todo, size_t ntodo,
                       int jobs)
{
    proc *w = calloc((size_t)jobs, sizeof *w);
    if (!w) {
        s->exit_code = TX_EXIT_FAILURE;
        return;
    }
    void (*prev_pipe)(int) = signal(SIGPIPE, SIG_IGN);
    pid_t parent = getpid();
    int started = 0;
    for (int k = 0; k < jobs; k++) {
        int t[2], r[2];
        if (pipe(t) != 0)
            break;
        if (pipe(r) != 0) {
            close(t[0]);
            close(t[1]);
            break;
        }
        fflush(NULL);
        pid_t pid = fork();
        if (pid < 0) {
            close(t[0]); close(t[1]); close(r[0]); close(r[1]);
            break;
        }
        if (pid == 0) {
            /* a worker ends with its parent: a killed batch stops whole */
#ifdef __linux__
            prctl(PR_SET_PDEATHSIG, SIGKILL);
#endif
            if (getppid() != parent)
                _exit(TX_EXIT_FAILURE);
            signal(SIGPIPE, SIG_DFL);
            close(t[1]);
            close(r[0]);
            for (int j = 0; j < k; j++) {
                if (w[j].tasks >= 0)
                    close(w[j].tasks);
                close(w[j].results);
            }
            worker(conv, s->b, t[0], r[1]);
            _exit(0);
        }
        close(t[0]);
        close(r[1]);
        w[k] = (proc){pid, t[1], r[0], -1};
        started++;
    }
    if (started == 0) {
        fprintf(stderr, "txbrl convert: cannot start a worker: %s\n", strerror(errno));
        s->exit_code = TX_EXIT_FAILURE;
        free(w);
        signal(SIGPIPE, prev_pipe);
        return;
    }
    size_t next = 0;
    for (int k = 0; k < started; k++)
        send_next(&w[k], todo, ntodo, &next);
    struct pollfd *pf = calloc((size_t)started, sizeof *pf);
    int alive = started;
    while (pf && alive > 0) {
        for (int k = 0; k < started; k++) {
            pf[k].fd = w[k].results;
            pf[k].events = POLLIN;
            pf[k].revents = 0;
        }
        if (poll(pf, (nfds_t)started, 1000) < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        progress_show(&s->p, 0);
        for (int k = 0; k < started; k++) {
            if (w[k].results < 0 || !(pf[k].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            msg m;
            result r = {0};
            int got = read_all(w[k].results, &m, sizeof m);
            if (got == 1 && m.idx < s->b->n && (long)m.idx == w[k].current) {
                r.code = m.code;
                r.status = m.status;
                r.errors = m.errors;
                r.warnings = m.warnings;
                r.facts = m.facts;
                r.text = calloc(1, (size_t)m.textlen + 1);
                r.json = calloc(1, (size_t)m.jsonlen + 1);
                if (!r.text || !r.json || read_all(w[k].results, r.text, (size_t)m.textlen) < 0 ||
                    read_all(w[k].results, r.json, (size_t)m.jsonlen) < 0)
                    got = -1;
            }
            if (got == 1) {
                take(s, m.idx, &r);
                result_clear(&r);
                if (send_next(&w[k], todo, ntodo, &next) == 0)
                    continue;
            } else {
                result_clear(&r);
            }
            /* the worker ended: its input (if any) failed; the others go on */
            close(w[k].results);
            w[k].results = -1;
            if (w[k].tasks >= 0)
                close(w[k].tasks);
            w[k].tasks = -1;
            int wst = 0;
            waitpid(w[k].pid, &wst, 0);
            w[k].pid = -1;
            alive--;
            if (w[k].current >= 0) {
                const tx_batch_input *x = &s->b->in[w[k].current];
                finding(&r, strcmp(x->path, "-") == 0 && s->b->name ? s->b->name : x->path,
                        "convert.worker",
                        "the worker converting it ended (%s %d): not converted",
                        WIFSIGNALED(wst) ? "signal" : "exit status",
                        WIFSIGNALED(wst) ? WTERMSIG(wst) : WEXITSTATUS(wst));
                take(s, (size_t)w[k].current, &r);
                result_clear(&r);
                w[k].current = -1;
            }
        }
    }
    /* inputs never handed out (every worker gone) */
    for (; next < ntodo; next++) {
        result r;
        finding(&r, s->b->in[todo[next]].path, "convert.worker",
                "no worker left to convert it: not converted");
        take(s, todo[next], &r);
        result_clear(&r);
    }
    for (int k = 0; k < started; k++) {
        if (w[k].tasks >= 0)
            close(w[k].tasks);
        if (w[k].results >= 0)
            close(w[k].results);
        if (w[k].pid > 0)
            waitpid(w[k].pid, NULL, 0);
    }
    free(pf);
    free(w);
    signal(SIGPIPE, prev_pipe);
}

/* ------------------------------------------------------------ the filter */

/* -o -: the exhibit converted in a private folder, its instance copied to
 * standard output, the folder removed. */
static int run_filter(tx_converter *conv, tx_batch *b)
{
    const char *tmp = getenv("TMPDIR");
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/txbrl-convert.XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(dir)) {
        fprintf(stderr, "%s:0: error: [write.io] cannot create a private folder: %s\n", dir,
                strerror(errno));
        return TX_EXIT_FAILURE;
    }
    free(b->in[0].outdir);
    b->in[0].outdir = dup_str(dir);
    result r;
    int code = TX_EXIT_FAILURE;
    if (b->in[0].outdir) {
        convert_one(conv, b, &b->in[0], &r);
        code = r.code;
        if (b->fmt == TX_FORMAT_JSON)
            fputs(r.json ? r.json : "[]\n", stderr);
        else if (r.text)
            fputs(r.text, stderr);
        char *inst = set_file(&b->in[0], 0);
        FILE *f = inst ? fopen(inst, "rb") : NULL;
        if (f) {
            char buf[65536];
            size_t n;
            while ((n = fread(buf, 1, sizeof buf, f)) > 0)
                if (fwrite(buf, 1, n, stdout) != n)
                    break;
            fclose(f);
            tx_report *rep = tx_report_new();
            if (rep && tx_cli_flush_stdout(rep, 0) != TX_OK) {
                tx_cli_print_report(rep, b->fmt);
                code = TX_EXIT_FAILURE;
            }
            tx_report_free(rep);
        }
        free(inst);
        for (int k = 0; k < NSUFFIX; k++) {
            char *p = set_file(&b->in[0], k);
            if (p)
                unlink(p);
            free(p);
        }
        result_clear(&r);
    }
    rmdir(dir);
    return code;
}

/* ------------------------------------------------------------ the batch */

int tx_batch_run(tx_batch *b)
{
    tx_report *rep = tx_report_new();
    tx_converter *conv = NULL;
    if (!rep)
        return TX_EXIT_FAILURE;
    tx_status st = tx_converter_new(tx_cli_datadir(), b->entities, rep, &conv);
    if (st == TX_OK && b->cik && tx_converter_set_cik(conv, b->cik) != TX_OK) {
        fprintf(stderr, "txbrl convert: --cik takes one to ten digits, not '%s'\n", b->cik);
        tx_converter_free(conv);
        tx_report_free(rep);
        return TX_EXIT_FAILURE;
    }
    if (st != TX_OK) {
        tx_cli_print_report(rep, b->fmt);
        tx_report_free(rep);
        int code = tx_cli_exit_code(st);
        return code == TX_EXIT_INVALID ? TX_EXIT_FAILURE : code;
    }
    tx_converter_set_strict(conv, b->strict);
    int ref_code = TX_EXIT_OK;
    for (size_t i = 0; i < b->nwith; i++) {
        int code = tx_cli_exit_code(tx_converter_add_reference(conv, b->with[i], rep));
        if (code > ref_code)
            ref_code = code;
    }
    /* what loading said comes first */
    if (tx_report_size(rep) > 0 && b->fmt != TX_FORMAT_JSON)
        tx_cli_print_report(rep, b->fmt);
    if (b->to_stdout) {
        int code = run_filter(conv, b);
        tx_converter_free(conv);
        tx_report_free(rep);
        return code > ref_code ? code : ref_code;
    }

    sink s = {0};
    s.b = b;
    s.exit_code = ref_code;
    s.p.total = b->n;
    s.p.quiet = b->quiet;
    s.p.tty = isatty(STDERR_FILENO);
    clock_gettime(CLOCK_MONOTONIC, &s.p.start);
    s.p.last = s.p.start;
    if (b->fmt == TX_FORMAT_JSON) {
        s.jf = open_memstream(&s.json, &s.jlen);
        if (!s.jf) {
            tx_converter_free(conv);
            tx_report_free(rep);
            return TX_EXIT_FAILURE;
        }
        /* the findings of loading, then those of each input */
        char *lj = report_text(rep, TX_FORMAT_JSON);
        const char *a = lj ? strchr(lj, '[') : NULL, *z = lj ? strrchr(lj, ']') : NULL;
        if (a && z && z > a + 1)
            fwrite(a + 1, 1, (size_t)(z - a - 1), s.jf);
        free(lj);
    }
    if (b->report) {
        s.report = fopen(b->report, "w");
        if (!s.report) {
            fprintf(stderr, "%s:0: error: [write.io] cannot write the report: %s\n", b->report,
                    strerror(errno));
            if (s.jf)
                fclose(s.jf);
            free(s.json);
            tx_converter_free(conv);
            tx_report_free(rep);
            return TX_EXIT_FAILURE;
        }
    }

    /* what is left to do: not refused, not up to date */
    size_t *first = malloc((b->n ? b->n : 1) * sizeof *first);
    size_t *todo = malloc((b->n ? b->n : 1) * sizeof *todo);
    size_t ntodo = 0;
    if (!first || !todo || find_collisions(b, first) != 0) {
        free(first);
        free(todo);
        tx_converter_free(conv);
        tx_report_free(rep);
        return TX_EXIT_FAILURE;
    }
    /* a batch resumes; one exhibit named alone is converted whatever its
       files are */
    int resume = !b->force && (b->n > 1 || b->listed);
    struct timespec data = {0, 0};
    if (resume) {
        const char *dd = tx_cli_datadir();
        char *tax = join(dd, "taxonomy"), *xsl = join(dd, "xslt");
        if (tax)
            newest_under(tax, &data, 0);
        if (xsl)
            newest_under(xsl, &data, 0);
        free(tax);
        free(xsl);
        newest_file(b->entities, &data);
        for (size_t i = 0; i < b->nwith; i++)
            newest_file(b->with[i], &data);
    }
    for (size_t i = 0; i < b->n; i++) {
        const tx_batch_input *x = &b->in[i];
        result r = {0};
        if (first[i] != i) {
            const tx_batch_input *y = &b->in[first[i]];
            finding(&r, strcmp(x->path, "-") == 0 && b->name ? b->name : x->path,
                    "convert.name-collision",
                    "its files would be %s/%s.* as those of %s: not converted (convert it "
                    "into another folder, or give its folder with -r to keep subfolders)",
                    x->outdir, x->stem, y->path);
            take(&s, i, &r);
        } else if (resume && up_to_date(x, &data)) {
            r.status = ST_SKIPPED;
            take(&s, i, &r);
        } else {
            todo[ntodo++] = i;
        }
        result_clear(&r);
    }
    int jobs = b->jobs > 0 ? b->jobs : (int)sysconf(_SC_NPROCESSORS_ONLN);
    if (jobs < 1)
        jobs = 1;
    if ((size_t)jobs > ntodo)
        jobs = (int)ntodo;
    if (jobs > 1) {
        run_forked(conv, &s, todo, ntodo, jobs);
    } else {
        for (size_t k = 0; k < ntodo; k++) {
            result r;
            convert_one(conv, b, &b->in[todo[k]], &r);
            take(&s, todo[k], &r);
            result_clear(&r);
        }
    }
    progress_clear(&s.p);
    if (s.jf) {
        fclose(s.jf);
        /* the elements keep the line breaks of the library's arrays */
        fprintf(stderr, "[%s]\n", s.json ? s.json : "");
        free(s.json);
    }
    if (s.report && fclose(s.report) != 0) {
        fprintf(stderr, "%s:0: error: [write.io] cannot write the report: %s\n", b->report,
                strerror(errno));
        if (s.exit_code < TX_EXIT_FAILURE)
            s.exit_code = TX_EXIT_FAILURE;
    }
    if (!b->quiet && b->n > 1) {
        double el = since(&s.p.start);
        size_t worked = s.converted + s.warned + s.failed;
        fprintf(stderr,
                "txbrl convert: %zu inputs: %zu converted, %zu converted with warnings, "
                "%zu failed, %zu skipped (up to date%s); %llu facts written; %.1f s, "
                "%.1f exhibits/s\n",
                b->n, s.converted, s.warned, s.failed, s.skipped,
                s.skipped ? "; --force converts them again" : "", s.facts, el,
                el > 0 ? (double)worked / el : 0.0);
    }
    free(first);
    free(todo);
    tx_converter_free(conv);
    tx_report_free(rep);
    return s.exit_code;
}

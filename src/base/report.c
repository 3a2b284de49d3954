/* report.c - the report: an ordered list of findings and its printers. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "base/hashmap.h"
#include "base/report.h"
#include "base/util.h"

typedef struct finding {
    tx_severity sev;
    char *file;
    long line;
    char *code;
    char *message;
    char *facts;        /* JSON array members, or NULL */
} finding;

struct tx_report {
    finding *items;
    size_t n, cap;
};

tx_report *tx_report_new(void)
{
    return calloc(1, sizeof(tx_report));
}

void tx_report_free(tx_report *rep)
{
    if (!rep)
        return;
    for (size_t i = 0; i < rep->n; i++) {
        free(rep->items[i].file);
        free(rep->items[i].code);
        free(rep->items[i].message);
        free(rep->items[i].facts);
    }
    free(rep->items);
    free(rep);
}

/* ------------------------------------------------------------ echoes */

static int word_char(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c >= 0x80;
}

/* The byte length of the first `chars` characters (UTF-8) of s[0..len). */
static size_t utf8_prefix(const char *s, size_t len, size_t chars)
{
    size_t i = 0;
    while (i < len && chars > 0) {
        i++;
        while (i < len && ((unsigned char)s[i] & 0xC0) == 0x80)
            i++;
        chars--;
    }
    return i;
}

static size_t utf8_chars(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

/* The message with every quoted value ('...' or "...", the forms the
 * findings echo values in) cut to TX_MAX_ECHO characters and "...", and
 * the whole cut to TX_MAX_MESSAGE bytes: a hostile value echoed whole must
 * not make a line of megabytes, nor push the rest of the message off it.
 * A quote opens after a non-word character and closes, with the same
 * mark, before one (an apostrophe inside a word is no quote). */
static char *shorten(char *msg)
{
    size_t len = strlen(msg);
    if (len <= TX_MAX_ECHO + 2)
        return msg;
    tx_buf b = {0};
    size_t i = 0;
    while (i < len) {
        char c = msg[i];
        if ((c == '\'' || c == '"') && (i == 0 || !word_char((unsigned char)msg[i - 1]))) {
            size_t j = i + 1;
            while (j < len && !(msg[j] == c &&
                                (j + 1 == len || !word_char((unsigned char)msg[j + 1]))))
                j++;
            size_t vlen = j - i - 1;
            size_t vchars = utf8_chars(msg + i + 1, vlen);
            int cut_before = vchars == TX_MAX_ECHO + 3 && vlen >= 3 &&
                             memcmp(msg + i + 1 + vlen - 3, "...", 3) == 0;
            if (vchars > TX_MAX_ECHO && !cut_before) {
                tx_buf_putc(&b, c);
                tx_buf_append(&b, msg + i + 1, utf8_prefix(msg + i + 1, vlen, TX_MAX_ECHO));
                tx_buf_puts(&b, "...");
                if (j < len)
                    tx_buf_putc(&b, c);
                i = j + 1;
                continue;
            }
            tx_buf_append(&b, msg + i, j < len ? j - i + 1 : j - i);
            i = j < len ? j + 1 : j;
            continue;
        }
        tx_buf_putc(&b, c);
        i++;
    }
    char *r = tx_buf_take(&b);
    if (!r)
        return msg;     /* no memory: the whole cut below still holds */
    free(msg);
    return r;
}

static char *cap_message(char *msg)
{
    msg = shorten(msg);
    size_t len = strlen(msg);
    if (len > TX_MAX_MESSAGE) {
        size_t keep = TX_MAX_MESSAGE - 3;
        while (keep > 0 && ((unsigned char)msg[keep] & 0xC0) == 0x80)
            keep--;
        memcpy(msg + keep, "...", 4);
    }
    return msg;
}

tx_status tx_report_add(tx_report *rep, tx_severity sev, const char *file,
                        long line, const char *code, const char *fmt, ...)
{
    if (!rep)
        return TX_OK;
    if (tx_grow((void **)&rep->items, &rep->cap, rep->n + 1, sizeof(finding)) != 0)
        return TX_ENOMEM;
    tx_buf msg = {0};
    va_list ap;
    va_start(ap, fmt);
    tx_buf_vprintf(&msg, fmt, ap);
    va_end(ap);
    char *text = tx_buf_take(&msg);
    finding f = {sev, tx_strdup(file ? file : "-"), line, tx_strdup(code),
                 text ? cap_message(text) : NULL, NULL};
    if (!f.file || !f.code || !f.message) {
        free(f.file);
        free(f.code);
        free(f.message);
        return TX_ENOMEM;
    }
    rep->items[rep->n++] = f;
    return TX_OK;
}

int tx_report_copy(tx_report *to, const tx_report *from, size_t i)
{
    if (!from || i >= from->n)
        return 0;
    const finding *f = &from->items[i];
    if (tx_report_add(to, f->sev, f->file, f->line, f->code, "%s", f->message) != TX_OK)
        return -1;
    if (to && f->facts) {
        char *facts = tx_strdup(f->facts);
        if (!facts)
            return -1;
        to->items[to->n - 1].facts = facts;
    }
    return 0;
}

/* `s` with every `old` replaced by `new_text` (owned), or NULL. */
static char *replaced(const char *s, const char *old, const char *new_text)
{
    size_t n = strlen(old);
    tx_buf b = {0};
    for (const char *p; (p = strstr(s, old)) != NULL; s = p + n) {
        tx_buf_append(&b, s, (size_t)(p - s));
        tx_buf_puts(&b, new_text);
    }
    tx_buf_puts(&b, s);
    return tx_buf_take(&b);
}

int tx_report_replace(tx_report *rep, size_t from, const char *old, const char *new_text)
{
    if (!old || !*old || !new_text)
        return 0;
    for (size_t i = from; rep && i < rep->n; i++) {
        finding *f = &rep->items[i];
        if (!strstr(f->file, old) && !strstr(f->message, old))
            continue;
        char *file = replaced(f->file, old, new_text);
        char *message = replaced(f->message, old, new_text);
        if (!file || !message) {
            free(file);
            free(message);
            return -1;
        }
        free(f->file);
        free(f->message);
        f->file = file;
        f->message = message;
    }
    return 0;
}

void tx_report_promote_warnings(tx_report *rep, size_t from)
{
    for (size_t i = from; rep && i < rep->n; i++)
        if (rep->items[i].sev == TX_WARNING)
            rep->items[i].sev = TX_ERROR;
}

tx_status tx_report_add_fact(tx_report *rep, const char *concept, long line)
{
    if (!rep || !rep->n)
        return TX_OK;
    finding *f = &rep->items[rep->n - 1];
    tx_buf b = {0};
    if (f->facts) {
        tx_buf_puts(&b, f->facts);
        tx_buf_puts(&b, ", ");
    }
    tx_buf_puts(&b, "{\"concept\": ");
    tx_buf_json_string(&b, concept ? concept : "");
    tx_buf_printf(&b, ", \"line\": %ld}", line);
    if (b.failed) {
        tx_buf_free(&b);
        return TX_ENOMEM;
    }
    free(f->facts);
    f->facts = tx_buf_take(&b);
    return f->facts ? TX_OK : TX_ENOMEM;
}

size_t tx_report_size(const tx_report *rep) { return rep ? rep->n : 0; }

size_t tx_report_count(const tx_report *rep, tx_severity sev)
{
    size_t c = 0;
    for (size_t i = 0; rep && i < rep->n; i++)
        if (rep->items[i].sev >= sev)
            c++;
    return c;
}

tx_severity tx_report_severity(const tx_report *rep, size_t i) { return rep->items[i].sev; }
const char *tx_report_file(const tx_report *rep, size_t i) { return rep->items[i].file; }
long tx_report_line(const tx_report *rep, size_t i) { return rep->items[i].line; }
const char *tx_report_code(const tx_report *rep, size_t i) { return rep->items[i].code; }
const char *tx_report_message(const tx_report *rep, size_t i) { return rep->items[i].message; }

static const char *sev_name(tx_severity s)
{
    switch (s) {
    case TX_ERROR: return "error";
    case TX_WARNING: return "warning";
    default: return "note";
    }
}

/* The stage ("layer") that spoke is the code's first dotted part. */
static void put_layer(tx_buf *b, const char *code)
{
    const char *dot = strchr(code, '.');
    tx_buf *tmp = &(tx_buf){0};
    tx_buf_append(tmp, code, dot ? (size_t)(dot - code) : strlen(code));
    tx_buf_json_string(b, tmp->data ? tmp->data : "");
    tx_buf_free(tmp);
}

/* ------------------------------------------------------------ SARIF */

/* The report as a SARIF 2.1.0 log, for code-scanning dashboards: one run
 * of the tool "txbrl"; its rules are the finding codes in the order they
 * are first used (rule id = code, its stage as a property), and each
 * finding is a result with the rule's id and index, a level (error,
 * warning, note), the message, and a location: the file as a relative or
 * absolute URI reference (percent-encoded where RFC 3986 requires it) and,
 * when the finding has one, its line.  0, or -1 (no memory). */

/* A path as a URI reference: unreserved characters and '/' as they are,
 * every other byte as %XX. */
static void sarif_uri(tx_buf *b, const char *path)
{
    static const char hex[] = "0123456789ABCDEF";
    tx_buf tmp = {0};
    for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
        if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
            strchr("-._~/", *p)) {
            char c = (char)*p;
            tx_buf_append(&tmp, &c, 1);
        } else {
            char esc[3] = {'%', hex[*p >> 4], hex[*p & 15]};
            tx_buf_append(&tmp, esc, 3);
        }
    }
    tx_buf_json_string(b, tmp.data ? tmp.data : "");
    tx_buf_free(&tmp);
}

static int write_sarif(const tx_report *rep, tx_buf *b)
{
    size_t n = tx_report_size(rep);
    tx_smap rules = {0};
    size_t *index = n ? calloc(n, sizeof *index) : NULL;
    if (n && !index)
        return -1;
    size_t nrules = 0;
    tx_buf_puts(b, "{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n"
                   "  \"version\": \"2.1.0\",\n  \"runs\": [{\n"
                   "    \"tool\": {\"driver\": {\"name\": \"txbrl\", \"version\": ");
    tx_buf_json_string(b, tx_version());
    tx_buf_puts(b, ", \"rules\": [");
    for (size_t i = 0; i < n; i++) {
        const char *code = tx_report_code(rep, i);
        if (tx_smap_get(&rules, code, &index[i]))
            continue;
        index[i] = nrules;
        if (tx_smap_put(&rules, code, nrules) != 0) {
            free(index);
            tx_smap_clear(&rules);
            return -1;
        }
        tx_buf_puts(b, nrules ? ",\n      {\"id\": " : "\n      {\"id\": ");
        tx_buf_json_string(b, code);
        tx_buf_puts(b, ", \"properties\": {\"stage\": ");
        put_layer(b, code);
        tx_buf_puts(b, "}}");
        nrules++;
    }
    tx_buf_puts(b, nrules ? "\n    ]}},\n    \"results\": [" : "]}},\n    \"results\": [");
    for (size_t i = 0; i < n; i++) {
        tx_buf_puts(b, i ? ",\n      {\"ruleId\": " : "\n      {\"ruleId\": ");
        tx_buf_json_string(b, tx_report_code(rep, i));
        tx_buf_printf(b, ", \"ruleIndex\": %zu, \"level\": \"%s\", \"message\": {\"text\": ",
                      index[i], sev_name(tx_report_severity(rep, i)));
        tx_buf_json_string(b, tx_report_message(rep, i));
        tx_buf_puts(b, "},\n       \"locations\": [{\"physicalLocation\": {\"artifactLocation\": "
                       "{\"uri\": ");
        sarif_uri(b, tx_report_file(rep, i));
        tx_buf_puts(b, "}");
        long line = tx_report_line(rep, i);
        if (line > 0)
            tx_buf_printf(b, ", \"region\": {\"startLine\": %ld}", line);
        tx_buf_puts(b, "}}]}");
    }
    tx_buf_puts(b, n ? "\n    ]\n  }]\n}\n" : "]\n  }]\n}\n");
    free(index);
    tx_smap_clear(&rules);
    return 0;
}

tx_status tx_report_write(const tx_report *rep, FILE *out, tx_format fmt)
{
    tx_buf b = {0};
    if (fmt == TX_FORMAT_SARIF) {
        if (write_sarif(rep, &b) != 0)
            b.failed = 1;
        goto out;
    }
    if (fmt == TX_FORMAT_JSON)
        tx_buf_puts(&b, "[");
    for (size_t i = 0; rep && i < rep->n; i++) {
        const finding *f = &rep->items[i];
        if (fmt == TX_FORMAT_JSON) {
            tx_buf_puts(&b, i ? ",\n {" : "\n {");
            tx_buf_puts(&b, "\"file\": ");
            tx_buf_json_string(&b, f->file);
            tx_buf_printf(&b, ", \"line\": %ld, \"severity\": \"%s\", \"layer\": ",
                          f->line, sev_name(f->sev));
            put_layer(&b, f->code);
            tx_buf_puts(&b, ", \"code\": ");
            tx_buf_json_string(&b, f->code);
            tx_buf_puts(&b, ", \"message\": ");
            tx_buf_json_string(&b, f->message);
            if (f->facts)
                tx_buf_printf(&b, ", \"facts\": [%s]", f->facts);
            tx_buf_puts(&b, "}");
        } else {
            tx_buf_printf(&b, "%s:%ld: %s: [%s] %s\n", f->file, f->line,
                          sev_name(f->sev), f->code, f->message);
        }
    }
    if (fmt == TX_FORMAT_JSON)
        tx_buf_puts(&b, rep && rep->n ? "\n]\n" : "]\n");
out:
    if (b.failed) {
        tx_buf_free(&b);
        return TX_ENOMEM;
    }
    size_t n = b.len;
    int ok = n == 0 || fwrite(b.data, 1, n, out) == n;
    tx_buf_free(&b);
    return ok ? TX_OK : TX_EIO;
}

/* 1 when finding code `have` is `code`, or `code` names its layer (no dot:
 * "calc" for "calc.inconsistent"). */
static int code_matches(const char *code, const char *have)
{
    if (strcmp(code, have) == 0)
        return 1;
    size_t n = strlen(code);
    return n > 0 && !strchr(code, '.') && strncmp(have, code, n) == 0 && have[n] == '.';
}

size_t tx_report_remove(tx_report *rep, const char *code, tx_severity below)
{
    if (!rep)
        return 0;
    size_t kept = 0;
    for (size_t i = 0; i < rep->n; i++) {
        finding *f = &rep->items[i];
        if (f->sev < below || (code && code_matches(code, f->code))) {
            free(f->file);
            free(f->code);
            free(f->message);
            free(f->facts);
            continue;
        }
        rep->items[kept++] = *f;
    }
    size_t removed = rep->n - kept;
    rep->n = kept;
    return removed;
}

tx_status tx_report_move(tx_report *to, tx_report *from, const char *code)
{
    if (!to || !from || !code || to == from)
        return TX_EUSAGE;
    size_t n = 0;
    for (size_t i = 0; i < from->n; i++)
        n += code_matches(code, from->items[i].code);
    if (n == 0)
        return TX_OK;
    if (tx_grow((void **)&to->items, &to->cap, to->n + n, sizeof(finding)) != 0)
        return TX_ENOMEM;
    size_t kept = 0;
    for (size_t i = 0; i < from->n; i++) {
        if (code_matches(code, from->items[i].code))
            to->items[to->n++] = from->items[i];
        else
            from->items[kept++] = from->items[i];
    }
    from->n = kept;
    return TX_OK;
}

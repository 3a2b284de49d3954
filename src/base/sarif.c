/* sarif.c - a report as a SARIF 2.1.0 log, for code-scanning dashboards.
 *
 * One run of the tool "txbrl": its rules are the finding codes in the order
 * they are first used (rule id = code, its stage as a property), and each
 * finding is a result with the rule's id and index, a level (error, warning,
 * note), the message, and a location: the file as a relative or absolute URI
 * reference (percent-encoded where RFC 3986 requires it) and, when the
 * finding has one, its line. */
#include <stdlib.h>
#include <string.h>

#include "base/hashmap.h"
#include "base/report.h"
#include "base/util.h"

static const char *level_name(tx_severity s)
{
    switch (s) {
    case TX_ERROR: return "error";
    case TX_WARNING: return "warning";
    default: return "note";
    }
}

/* A path as a URI reference: unreserved characters and '/' as they are,
 * every other byte as %XX. */
static void put_uri(tx_buf *b, const char *path)
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

static void put_stage(tx_buf *b, const char *code)
{
    const char *dot = strchr(code, '.');
    tx_buf tmp = {0};
    tx_buf_append(&tmp, code, dot ? (size_t)(dot - code) : strlen(code));
    tx_buf_json_string(b, tmp.data ? tmp.data : "");
    tx_buf_free(&tmp);
}

int tx_report_sarif(const tx_report *rep, tx_buf *b)
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
        put_stage(b, code);
        tx_buf_puts(b, "}}");
        nrules++;
    }
    tx_buf_puts(b, nrules ? "\n    ]}},\n    \"results\": [" : "]}},\n    \"results\": [");
    for (size_t i = 0; i < n; i++) {
        tx_buf_puts(b, i ? ",\n      {\"ruleId\": " : "\n      {\"ruleId\": ");
        tx_buf_json_string(b, tx_report_code(rep, i));
        tx_buf_printf(b, ", \"ruleIndex\": %zu, \"level\": \"%s\", \"message\": {\"text\": ",
                      index[i], level_name(tx_report_severity(rep, i)));
        tx_buf_json_string(b, tx_report_message(rep, i));
        tx_buf_puts(b, "},\n       \"locations\": [{\"physicalLocation\": {\"artifactLocation\": "
                       "{\"uri\": ");
        put_uri(b, tx_report_file(rep, i));
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

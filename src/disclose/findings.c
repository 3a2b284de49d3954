/* findings.c - the findings of an exhibit's disclosure checks: collected as
 * the checks meet them, then reported in line order. */
#include <stdarg.h>
#include <stdlib.h>

#include "disclose/prose.h"
#include "base/util.h"

void tx_dlist_add(tx_dlist *l, long line, tx_severity sev, const char *code,
                  const char *fmt, ...)
{
    if (l->failed)
        return;
    if (tx_grow((void **)&l->items, &l->cap, l->n + 1, sizeof *l->items) != 0) {
        l->failed = 1;
        return;
    }
    tx_buf b = {0};
    va_list ap;
    va_start(ap, fmt);
    tx_buf_vprintf(&b, fmt, ap);
    va_end(ap);
    char *msg = tx_buf_take(&b);
    if (!msg) {
        l->failed = 1;
        return;
    }
    tx_dfinding f = {line, sev, code, msg};
    l->items[l->n++] = f;
}

tx_status tx_dlist_report(const tx_dlist *l, tx_report *rep, const char *name)
{
    /* by line, keeping the order of finding within a line (insertion
       sort: stable, and the lists are short) */
    size_t *ord = malloc((l->n + 1) * sizeof *ord);
    if (!ord)
        return TX_ENOMEM;
    for (size_t i = 0; i < l->n; i++) {
        size_t k = i;
        while (k > 0 && l->items[ord[k - 1]].line > l->items[i].line) {
            ord[k] = ord[k - 1];
            k--;
        }
        ord[k] = i;
    }
    tx_status st = TX_OK;
    for (size_t i = 0; i < l->n && st == TX_OK; i++) {
        const tx_dfinding *f = &l->items[ord[i]];
        if (tx_report_add(rep, f->sev, name, f->line, f->code, "%s", f->msg) != TX_OK)
            st = TX_ENOMEM;
    }
    free(ord);
    return st;
}

int tx_dlist_has_errors(const tx_dlist *l)
{
    int errors = 0;
    for (size_t i = 0; i < l->n; i++)
        errors |= l->items[i].sev == TX_ERROR;
    return errors;
}

void tx_dlist_free(tx_dlist *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->items[i].msg);
    free(l->items);
    l->items = NULL;
    l->n = l->cap = 0;
}

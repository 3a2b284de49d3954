/* narrative.c - the narrative of an exhibit: every line outside the tables
 * (their titles, headers and bodies), in paragraphs separated by blank
 * lines, each paragraph cut into sentences. */
#include <stdlib.h>
#include <string.h>

#include "disclose/prose.h"
#include "base/util.h"

/* ------------------------------------------------------------ paragraphs */

long tx_para_line(const tx_para *p, size_t off)
{
    long line = p->nlines ? p->lines[0] : 0;
    for (size_t i = 0; i < p->nlines && p->starts[i] <= off; i++)
        line = p->lines[i];
    return line;
}

void tx_para_free(tx_para *p)
{
    free(p->text);
    free(p->low);
    free(p->starts);
    free(p->lines);
}

/* lines outside every table, in paragraphs */
int tx_prose_paras(const tx_exhibit *ex, tx_prose_result *res)
{
    const tx_text *tx = ex->text;
    if (!tx)
        return 0;
    unsigned char *in = calloc(tx->nlines + 1, 1);
    if (!in)
        return -1;
    for (size_t t = 0; t < ex->ntables; t++) {
        const tx_table *tb = &ex->tables[t];
        size_t lo = tb->body_lo;
        if (tb->head_hi > tb->head_lo && tb->head_lo < lo)
            lo = tb->head_lo;
        if (tb->title_hi > tb->title_lo && tb->title_lo < lo)
            lo = tb->title_lo;
        for (size_t i = lo; i < tb->body_hi && i < tx->nlines; i++)
            in[i] = 1;
    }
    size_t cap = 0;
    int rc = 0;
    for (size_t i = 0; i < tx->nlines && rc == 0;) {
        while (i < tx->nlines && (in[i] || tx->lines[i].len == 0))
            i++;
        if (i >= tx->nlines)
            break;
        tx_para p;
        memset(&p, 0, sizeof p);
        tx_buf b = {0};
        size_t lcap = 0, lcap2 = 0;
        for (; i < tx->nlines && !in[i] && tx->lines[i].len > 0; i++) {
            const char *s = tx->lines[i].text;
            while (*s == ' ')
                s++;
            if (b.len)
                tx_buf_putc(&b, ' ');
            if (tx_grow((void **)&p.starts, &lcap, p.nlines + 1, sizeof *p.starts) != 0 ||
                tx_grow((void **)&p.lines, &lcap2, p.nlines + 1, sizeof *p.lines) != 0) {
                rc = -1;
                break;
            }
            p.starts[p.nlines] = b.len;
            p.lines[p.nlines] = tx->lines[i].src_line;
            p.nlines++;
            tx_buf_puts(&b, s);
        }
        p.text = tx_buf_take(&b);
        p.len = p.text ? strlen(p.text) : 0;
        p.low = p.text ? tx_strdup(p.text) : NULL;
        if (rc != 0 || !p.text || !p.low ||
            tx_grow((void **)&res->paras, &cap, res->nparas + 1, sizeof *res->paras) != 0) {
            tx_para_free(&p);
            rc = -1;
            break;
        }
        for (size_t k = 0; k < p.len; k++)
            p.low[k] = lower(p.low[k]);
        res->paras[res->nparas++] = p;
    }
    free(in);
    return rc;
}

/* ------------------------------------------------------------ sentences */

size_t tx_prose_sentences(const char *text, size_t len, size_t (*out)[2], size_t max)
{
    static const char *const abbrev[] = {"inc", "corp", "co", "ltd", "no", "p.m", "a.m",
                                         "mr", "ms", "mrs", "dr", "u.s", "st", "jr", "vs",
                                         "llc", "l.p", "n.a"};
    size_t n = 0, start = 0;
    for (size_t i = 0; i < len && n < max; i++) {
        int end = 0;
        char c = text[i];
        if (c == ';')
            end = 1;
        else if ((c == '.' || c == '?' || c == '!') && (i + 1 == len || text[i + 1] == ' ')) {
            size_t k = i + 1;
            while (k < len && text[k] == ' ')
                k++;
            char nx = k < len ? text[k] : 0;
            end = nx == 0 || (nx >= 'A' && nx <= 'Z') || is_digit(nx) || nx == '"' || nx == '$';
            if (end && c == '.') {
                size_t w = i;
                while (w > start && (is_alpha(text[w - 1]) || text[w - 1] == '.'))
                    w--;
                for (size_t a = 0; a < sizeof abbrev / sizeof abbrev[0]; a++) {
                    size_t al = strlen(abbrev[a]);
                    if (i - w == al) {
                        size_t q = 0;
                        while (q < al && lower(text[w + q]) == abbrev[a][q])
                            q++;
                        if (q == al)
                            end = 0;
                    }
                }
            }
        }
        if (end) {
            out[n][0] = start;
            out[n][1] = i + 1;
            n++;
            start = i + 1;
            while (start < len && text[start] == ' ')
                start++;
            i = start ? start - 1 : 0;
        }
    }
    if (start < len && n < max) {
        out[n][0] = start;
        out[n][1] = len;
        n++;
    }
    return n;
}

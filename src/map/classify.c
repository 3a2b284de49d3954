/* classify.c - which statement a table is: by its title, else by its rows. */
#include "map/classify.h"

#include <stdlib.h>
#include <string.h>

#include "base/hashmap.h"
#include "map/labels.h"
#include "base/util.h"

enum { K_BALANCE, K_INCOME, K_CASHFLOW, K_EQUITY, K_OTHER, NKINDS };
#define NSTATEMENTS K_OTHER  /* the kinds a table can be by its rows */
static const char *const kind_names[NKINDS] = {"balance", "income", "cashflow", "equity",
                                               "other"};

/* Distinct period ends no statement's columns reach. */
#define MAX_STATEMENT_ENDS 5

/* A label's share of the filers that printed it needed for its vote. */
#define VOTE_SHARE_NUM 3
#define VOTE_SHARE_DEN 4

/* What filers printed a label on each kind of statement. */
typedef struct label_stat {
    unsigned filers[NKINDS];      /* filers that printed the label on each kind */
    unsigned char total[NKINDS];  /* 1: there it named a total typical of the kind */
} label_stat;

struct tx_label_votes {
    unsigned char *totals;        /* per concept: bit k, a total typical of kind k */
    size_t nconcepts;
    tx_statement_rule by_rows[NSTATEMENTS];  /* the rules of kinds decided by rows */
};

void tx_label_votes_free(tx_label_votes *v)
{
    if (!v)
        return;
    free(v->totals);
    for (int k = 0; k < NSTATEMENTS; k++) {
        tx_statement_rule *r = &v->by_rows[k];
        free(r->kind), free(r->basis), free(r->pattern), free(r->concept);
    }
    free(v);
}

int tx_label_votes_build(unsigned char *totals, size_t nconcepts, tx_label_votes **out)
{
    *out = NULL;
    tx_label_votes *v = calloc(1, sizeof *v);
    if (!v) {
        free(totals);
        return -1;
    }
    v->nconcepts = nconcepts;
    v->totals = totals;
    for (int k = 0; k < NSTATEMENTS; k++) {
        tx_statement_rule *r = &v->by_rows[k];
        r->kind = tx_strdup(kind_names[k]);
        r->basis = tx_strdup("gaap");
        r->pattern = tx_strdup("");
        r->concept = tx_strdup("");
        if (!r->kind || !r->basis || !r->pattern || !r->concept) {
            tx_label_votes_free(v);
            return -1;
        }
    }
    *out = v;
    return 0;
}

/* What the label index says of a row label (by its normalised key):
 * 1, or 0 when no filer printed it. */
static int label_stat_of(const tx_taxonomy *tax, const char *key, label_stat *s)
{
    const tx_label_index *ix = &tax->labels;
    const tx_label_votes *v = tax->votes;
    memset(s, 0, sizeof *s);
    long g = *key ? tx_strtab_find(&ix->keys, key, strlen(key)) : -1;
    if (g < 0)
        return 0;
    for (size_t i = 0; i < ix->groups[g].n; i++) {
        const tx_label_use *u = &ix->uses[ix->groups[g].first + i];
        if (u->stm >= NKINDS)
            continue;
        s->filers[u->stm] += u->filers;
        if (u->concept < v->nconcepts && (v->totals[u->concept] >> u->stm & 1))
            s->total[u->stm] = 1;
    }
    return 1;
}

/* ------------------------------------------------------------ by rows */

typedef struct tally {
    unsigned votes[NKINDS];   /* distinct labels voting for each kind      */
    unsigned totals[NKINDS];  /* of which totals typical of the kind       */
    unsigned labels, known;   /* distinct labels; of them filer labels      */
    const char *first_total[NKINDS];
} tally;

/* The kind label key votes for (three in four of the filers that printed
 * it printed it there), or -1. */
static int vote_of(const label_stat *s)
{
    unsigned sum = 0;
    for (int k = 0; k < NKINDS; k++)
        sum += s->filers[k];
    for (int k = 0; k < NKINDS; k++)
        if (sum > 0 && s->filers[k] * VOTE_SHARE_DEN >= sum * VOTE_SHARE_NUM)
            return k;
    return -1;
}

/* Counts the votes of the distinct labels of t's rows with values.  -1 on
 * no memory. */
static int count_votes(const tx_taxonomy *tax, const tx_table *t, tally *ty)
{
    memset(ty, 0, sizeof *ty);
    tx_smap seen = {0};
    int status = 0;
    for (size_t r = 0; r < t->nrows && status == 0; r++) {
        const tx_row *row = &t->rows[r];
        if (row->kind != TX_ROW_ITEM || !*row->label)
            continue;
        char *key = tx_label_key(row->label);
        if (!key) {
            status = -1;
            break;
        }
        size_t at;
        if (!*key || tx_smap_get(&seen, key, &at)) {
            free(key);
            continue;
        }
        if (tx_smap_put(&seen, key, r) != 0)
            status = -1;
        ty->labels++;
        label_stat s;
        if (label_stat_of(tax, key, &s)) {
            ty->known++;
            int k = vote_of(&s);
            if (k >= 0) {
                ty->votes[k]++;
                if (k < NSTATEMENTS && s.total[k]) {
                    if (!ty->totals[k])
                        ty->first_total[k] = row->label;
                    ty->totals[k]++;
                }
            }
        }
        free(key);
    }
    tx_smap_clear(&seen);
    return status;
}

/* Why a table's values are no statement's whatever its rows say: they are
 * percentages (one in ten, or one on the first two rows, printed with '%'),
 * a column holds changes or has no period, or a column's words match
 * a rule "on columns" (quarters).  NULL when none of these holds. */
static const char *not_by_rows(const tx_taxonomy *tax, const tx_table *t, long *line)
{
    size_t values = 0, percents = 0, items = 0;
    int leading = 0;  /* a '%' on one of the first two rows */
    for (size_t r = 0; r < t->nrows; r++) {
        const tx_row *row = &t->rows[r];
        if (row->kind != TX_ROW_ITEM || !row->cells)
            continue;
        items++;
        for (size_t c = 0; c < t->ncols; c++) {
            values += row->cells[c].state != TX_CELL_EMPTY;
            percents += row->cells[c].state == TX_CELL_PERCENT;
            leading |= items <= 2 && row->cells[c].state == TX_CELL_PERCENT;
        }
    }
    if (leading || percents * 10 > values)
        return "it is a table of percentages";
    /* a statement compares two or three periods, a 10-Q's four; five
       distinct period ends are a multi-year summary or quarterly data */
    size_t ends = 0;
    for (size_t c = 0; c < t->ncols; c++) {
        const tx_period *p = &t->cols[c].period;
        if (p->kind == TX_PERIOD_NONE || t->cols[c].derived)
            continue;
        size_t d = 0;
        while (d < c && !(t->cols[d].period.kind != TX_PERIOD_NONE &&
                          tx_date_cmp(t->cols[d].period.end, p->end) == 0))
            d++;
        ends += d == c;
    }
    if (ends >= MAX_STATEMENT_ENDS)
        return "its columns end on five dates or more: a summary of years or quarters";
    for (size_t c = 0; c < t->ncols; c++) {
        if (t->cols[c].derived)
            return "a column holds changes, no period's values";
        char *w = tx_norm(t->cols[c].words ? t->cols[c].words : "");
        if (!w)
            return NULL;
        for (size_t i = 0; i < tax->nstatements; i++) {
            const tx_statement_rule *s = &tax->statements[i];
            if (s->on_columns && *w && tx_glob(s->pattern, w)) {
                free(w);
                *line = s->line;
                return "its column words are no statement's";
            }
        }
        free(w);
    }
    for (size_t c = 0; c < t->ncols; c++)
        if (t->cols[c].period.kind == TX_PERIOD_NONE)
            return "a column has no period (quarters, market prices, a summary)";
    return NULL;
}

static const tx_statement_rule *by_rows(const tx_taxonomy *tax, const tx_table *t, tx_buf *why)
{
    const tx_label_votes *v = tax->votes;
    if (!v || t->nrows == 0) {
        tx_buf_puts(why, "no rule of statements.tsv matches its title or first row");
        return NULL;
    }
    tally ty;
    if (count_votes(tax, t, &ty) != 0)
        return NULL;
    int best = 0;
    unsigned all = 0;
    for (int k = 0; k < NKINDS; k++) {
        all += ty.votes[k];
        if (k < NSTATEMENTS && ty.votes[k] > ty.votes[best])
            best = k;
    }
    tx_buf_printf(why, "no rule of statements.tsv matches its title; rows: %u of %u labels "
                       "are filer labels, %u vote %s",
                  ty.known, ty.labels, ty.votes[best], kind_names[best]);
    if (ty.totals[best])
        tx_buf_printf(why, " (%u typical totals: '%s'%s)", ty.totals[best],
                      ty.first_total[best], ty.totals[best] > 1 ? ", ..." : "");
    for (int k = 0; k < NKINDS; k++)
        if (k != best && ty.votes[k])
            tx_buf_printf(why, ", %u %s", ty.votes[k], kind_names[k]);
    const char *no = NULL;
    long line = 0;
    if (ty.votes[best] < CLASSIFY_MIN_VOTES)
        no = "too few rows vote";
    else if (ty.votes[best] * VOTE_SHARE_DEN < all * VOTE_SHARE_NUM)
        no = "the votes are split";
    else if (ty.known * 2 < ty.labels)
        no = "most labels are no statement's";
    else if (ty.totals[best] == 0)
        no = "no total typical of the kind";
    else
        no = not_by_rows(tax, t, &line);
    if (no) {
        tx_buf_printf(why, ": not a statement (%s", no);
        if (line)
            tx_buf_printf(why, ", statements.tsv:%ld", line);
        tx_buf_puts(why, ")");
        return NULL;
    }
    tx_buf_printf(why, ": a %s statement by its rows", kind_names[best]);
    return &v->by_rows[best];
}

/* ------------------------------------------------------------ driver */

/* "7. Summarized operating results ...", "NOTE 5 - ...": a note's heading. */
static int note_heading(const char *title)
{
    const char *p = title;
    while (*p == ' ')
        p++;
    if (tx_strncaseeq(p, "note ", 5) || tx_strncaseeq(p, "notes ", 6))
        return 1;
    size_t n = strspn(p, "0123456789");
    return n > 0 && n <= 2 && (p[n] == '.' || p[n] == ')') && p[n + 1] == ' ';
}

const tx_statement_rule *tx_classify_table(const tx_taxonomy *tax, const tx_table *t,
                                           const tx_table *parent, char **why)
{
    /* a footnote's table ("(1) Stock compensation relates to the following
       categories:") is an allocation or nothing; rows cut from a statement
       carry its title, a continuation its title and its own words after
       ("... BALANCE SHEETS ASSETS LIABILITIES AND SHAREHOLDERS' EQUITY") */
    int footnote = parent && !*parent->title && *t->title;
    if (parent && *parent->title) {
        size_t n = strlen(parent->title);
        footnote = strncmp(parent->title, t->title, n) != 0 ||
                   (t->title[n] != '\0' && t->title[n] != ' ');
    }
    char *title = tx_norm(t->title);
    char *first = NULL;
    for (size_t i = 0; i < t->nrows && !first; i++)
        if (t->rows[i].kind == TX_ROW_ITEM)
            first = tx_norm(t->rows[i].label);
    const tx_statement_rule *found = NULL;
    for (size_t i = 0; i < tax->nstatements && !found; i++) {
        const tx_statement_rule *s = &tax->statements[i];
        if (s->on_total || s->on_columns)
            continue;
        const char *text = s->on_first_row ? first : title;
        if (footnote && strcmp(s->kind, "allocation") != 0)
            continue;
        if (text && *text && tx_glob(s->pattern, text))
            found = s;
    }
    free(title);
    free(first);
    tx_buf b = {0};
    if (found) {
        tx_buf_printf(&b, "statements.tsv:%ld, %s", found->line,
                      found->on_first_row ? "first row" : "title");
        if (strcmp(found->kind, "other") == 0) {
            tx_buf_puts(&b, ": its title names no statement");
            found = NULL;
        }
    } else if (footnote) {
        tx_buf_puts(&b, "a footnote's table that allocates nothing");
    } else if (note_heading(t->title)) {
        tx_buf_puts(&b, "its title is a note's heading");
    } else {
        found = by_rows(tax, t, &b);
    }
    *why = tx_buf_take(&b);
    return found;
}

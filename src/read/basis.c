/* basis.c - the basis and the part of the entity of a table's columns and
 * of the table itself. */
#include "read/basis.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"

/* ------------------------------------------------------------ words */

/* 1 when the normalised text `n` holds the normalised `phrase` as whole
 * words. */
static int has(const char *n, const char *phrase)
{
    size_t k = strlen(phrase);
    for (const char *p = n; (p = strstr(p, phrase)) != NULL; p++)
        if ((p == n || p[-1] == ' ') && (p[k] == '\0' || p[k] == ' '))
            return 1;
    return 0;
}

/* 1 when a word of `n` starts with `stem` ("reclassif", "eliminat"). */
static int has_stem(const char *n, const char *stem)
{
    for (const char *p = n; (p = strstr(p, stem)) != NULL; p++)
        if (p == n || p[-1] == ' ')
            return 1;
    return 0;
}

static int in_list(const char *const *list, const char *w, size_t n)
{
    for (size_t i = 0; list[i]; i++)
        if (strlen(list[i]) == n && strncmp(list[i], w, n) == 0)
            return 1;
    return 0;
}

/* Words of a column header that say when, not what: dates and periods,
 * audit and scale notes, footnote letters. */
static const char *const period_words[] = {
    "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
    "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
    "november", "dec", "december", "year", "years", "ended", "ending", "end", "month", "months",
    "week", "weeks", "quarter", "quarters", "fiscal", "as", "of", "at", "the", "period",
    "periods", "from", "to", "through", "inception", "three", "six", "nine", "twelve",
    "thirteen", "twenty", "fifty", "one", "two", "unaudited", "audited", "in", "thousands",
    "millions", "except", "per", "share", "data", "amounts", "dollars", "note", "notes",
    "ref", "and", "for", "on", NULL};

/* Words that name a basis (read separately), not a company or segment. */
static const char *const basis_words[] = {
    "historical", "pro", "forma", "proforma", "adjustment", "adjustments", "adjusted",
    "combined", "restated", "as", "reported", "previously", "originally", "restatement",
    "amount", "amounts", NULL};

/* Words that end a company's name (its corporate form). */
static const char *const designators[] = {
    "inc", "incorporated", "corp", "corporation", "co", "company", "companies", "ltd",
    "limited", "llc", "lp", "plc", "pty", "sa", "nv", "ag", "bv", "gmbh", NULL};

/* Words that tell a column or section line is no part of the entity: the
 * whole, another reading or measure of the same amounts ("Actual",
 * "Change", "Gross", "Amortization and provisions", "Carrying amount" /
 * "Fair value", "Operating Profit" / "Assets" of one year), a heading of
 * the statement itself ("Assets", "Financing activities"), a kind of
 * earnings per share ("Primary", "Fully diluted"). */
static const char *const not_part[] = {
    "total", "totals", "consolidated", "combined", "company", "actual", "budget", "change",
    "percent", "increase", "decrease", "variance", "gross", "net", "cost", "costs",
    "amortization", "depreciation", "provisions", "allowance", "accumulated", "value", "amount",
    "amounts", "capital", "stock", "shares", "unrealized", "gains", "losses", "principal",
    "interest", "rate", "balance", "carrying", "fair", "market", "assets", "liabilities",
    "equity", "revenues", "sales", "income", "profit", "expenses", "expenditures", "operations",
    "operating", "investing", "financing", "activities", "current", "primary", "fully", "diluted",
    "basic", NULL};

/* The words of `s` (as printed, each stripped of outer punctuation) whose
 * normalised form is in none of the lists given, joined by one space,
 * into out[0..size); keep_letters keeps single letters ("(f)"). */
static void name_words(const char *s, const char *const *drop1, const char *const *drop2,
                       int keep_letters, char *out, size_t size)
{
    size_t o = 0;
    out[0] = '\0';
    for (const char *p = s; *p;) {
        while (*p == ' ')
            p++;
        const char *q = p;
        while (*q && *q != ' ')
            q++;
        const char *a = p, *b = q;
        while (a < b && !isalnum((unsigned char)*a))
            a++;
        while (b > a && !isalnum((unsigned char)b[-1]))
            b--;
        char low[32];
        size_t n = 0, letters = 0, digits = 0;
        for (const char *c = a; c < b && n + 1 < sizeof low; c++)
            if (isalnum((unsigned char)*c)) {
                low[n++] = (char)tolower((unsigned char)*c);
                letters += isalpha((unsigned char)*c) != 0;
                digits += isdigit((unsigned char)*c) != 0;
            }
        low[n] = '\0';
        int keep = n > 0 && digits == 0 && (letters > 1 || keep_letters) &&
                   !in_list(drop1, low, n) && !(drop2 && in_list(drop2, low, n));
        if (keep && o + (size_t)(b - a) + 2 < size) {
            if (o)
                out[o++] = ' ';
            memcpy(out + o, a, (size_t)(b - a));
            o += (size_t)(b - a);
            out[o] = '\0';
        }
        p = q;
    }
}

static void set_words(char *dst, size_t size, const char *src)
{
    size_t n = strlen(src);
    if (n >= size)
        n = size - 1;
    memcpy(dst, src, n);
    dst[n] = '\0';
}

/* 1 when the last word of `words` is a corporate form. */
static int ends_in_company(const char *words)
{
    char *n = tx_norm(words);
    if (!n)
        return 0;
    const char *last = strrchr(n, ' ');
    last = last ? last + 1 : n;
    int yes = *last && in_list(designators, last, strlen(last));
    free(n);
    return yes;
}

/* ------------------------------------------------------------ columns */

/* The basis and part one column's words name; *historical is set when they
 * say "Historical".  Adjustments, reclassifications and eliminations are a
 * basis of their own only in a table of several bases (`bases`: pro forma,
 * a restatement, columns of companies or of the parent): elsewhere
 * "Translation Adjustment" is an equity component.  -1 on no memory. */
static int column_basis(const tx_column *col, int pro_forma_title, int restatement, int bases,
                        tx_basis *b, int *historical)
{
    memset(b, 0, sizeof *b);
    *historical = 0;
    /* the header's words, hyphen-broken words joined (header.c) */
    char w[256];
    snprintf(w, sizeof w, "%s", col->words ? col->words : "");
    char *n = tx_norm(w);
    if (!n)
        return -1;
    int pf = has(n, "pro forma") || has(n, "proforma");
    int adj = has_stem(n, "adjust");
    int prev = has(n, "previously reported") || has(n, "originally reported") ||
               has(n, "as reported") || has(n, "previously stated");
    char name[64];
    name_words(w, period_words, basis_words, 0, name, sizeof name);
    const char *hist = tx_strcasestr(w, "historical");
    if (hist && hist > w) {
        /* the company is named before "Historical": "GSI Historical French
           GAAP and Format" is GSI's */
        char before[256], who[64];
        memcpy(before, w, (size_t)(hist - w));
        before[hist - w] = '\0';
        name_words(before, period_words, basis_words, 0, who, sizeof who);
        if (*who)
            memcpy(name, who, sizeof name);
    }
    if (pf)
        b->kind = adj ? TX_BASIS_PRO_FORMA_ADJ : TX_BASIS_PRO_FORMA;
    else if (prev)
        b->kind = TX_BASIS_PREVIOUS;
    else if (has_stem(n, "restatement") || (adj && restatement && !*name))
        b->kind = TX_BASIS_RESTATEMENT_ADJ;
    else if (adj && pro_forma_title && !*name)
        b->kind = TX_BASIS_PRO_FORMA_ADJ;
    else if (bases && (adj || has_stem(n, "reclassif") || has_stem(n, "eliminat"))) {
        b->kind = TX_BASIS_OTHER;
        char words[48];
        name_words(w, period_words, NULL, 0, words, sizeof words);
        set_words(b->basis_words, sizeof b->basis_words, *words ? words : w);
    } else if (pro_forma_title && has(n, "combined"))
        b->kind = TX_BASIS_PRO_FORMA;
    *historical = has(n, "historical");
    if (pro_forma_title && !*historical && b->kind == TX_BASIS_REPORTED && !*name &&
        !has(n, "parent"))
        b->kind = TX_BASIS_PRO_FORMA;  /* a date of a pro forma statement */
    if (b->kind != TX_BASIS_OTHER) {
        if (has(n, "parent")) {
            b->part = TX_PART_PARENT;
        } else if (*name && (has_stem(n, "subsidiar") || ends_in_company(name) ||
                             (*historical && !has(n, "consolidated")))) {
            /* "GSI Historical", "FRAME TECHNOLOGY CORPORATION SEPTEMBER
               30,", "Guarantor Subsidiaries" */
            b->part = TX_PART_COMPANY;
            set_words(b->part_words, sizeof b->part_words, name);
        }
    }
    free(n);
    return 0;
}

static int same_period(const tx_period *a, const tx_period *b)
{
    return a->kind != TX_PERIOD_NONE && a->kind == b->kind &&
           tx_date_cmp(a->end, b->end) == 0 &&
           (a->kind == TX_PERIOD_INSTANT || tx_date_cmp(a->start, b->start) == 0);
}

static int same_basis(const tx_basis *a, const tx_basis *b)
{
    return a->kind == b->kind && a->part == b->part &&
           strcmp(a->part_words, b->part_words) == 0 &&
           strcmp(a->basis_words, b->basis_words) == 0;
}

/* Columns of one period and one basis side by side ("Automotive" and
 * "Financial Services" of 1994): each is the part its own words name, or,
 * when the basis is not the reported one, a basis of its own ("Pro Forma
 * Adjustments (f)" and "(k)").  A column whose words name no part (none
 * left, "Total", "Consolidated", or words of a reading: "Unaudited",
 * "Change") stays as it is. */
static int side_by_side(tx_table *t, int pro_forma)
{
    /* which columns share their period and basis with another, before any
       is renamed */
    unsigned char *clash = calloc(t->ncols ? t->ncols : 1, 1);
    if (!clash)
        return -1;
    for (size_t i = 0; i < t->ncols; i++) {
        const tx_column *c = &t->cols[i];
        if (c->derived || c->component || c->period.kind == TX_PERIOD_NONE)
            continue;
        for (size_t j = 0; j < t->ncols && !clash[i]; j++)
            clash[i] = j != i && !t->cols[j].derived && same_period(&c->period, &t->cols[j].period) &&
                       same_basis(&c->basis, &t->cols[j].basis);
    }
    for (size_t i = 0; i < t->ncols; i++) {
        tx_column *c = &t->cols[i];
        if (!clash[i])
            continue;
        const char *w = c->words ? c->words : "";
        char name[64];
        if (c->basis.kind != TX_BASIS_REPORTED) {
            name_words(w, period_words, NULL, 1, name, sizeof name);
            if (*name) {
                c->basis.kind = TX_BASIS_OTHER;
                set_words(c->basis.basis_words, sizeof c->basis.basis_words, name);
            }
            continue;
        }
        if (c->basis.part != TX_PART_WHOLE)
            continue;
        name_words(w, period_words, basis_words, 0, name, sizeof name);
        char *n = tx_norm(name);
        int part = n && *n;
        for (size_t k = 0; part && not_part[k]; k++)
            if (has(n, not_part[k]))
                part = 0;
        free(n);
        if (part) {
            /* beside pro forma columns a name is a company's ("eBay",
               "Kruse" and "Pro Forma Combined") */
            c->basis.part = pro_forma || ends_in_company(name) ? TX_PART_COMPANY : TX_PART_SEGMENT;
            set_words(c->basis.part_words, sizeof c->basis.part_words, name);
        }
    }
    free(clash);
    return 0;
}

/* ------------------------------------------------------------ the table */

static int is_rule(const tx_line *l)
{
    int dashes = 0;
    for (const char *p = l->text; *p; p++) {
        if (*p == '-' || *p == '=' || *p == '_')
            dashes++;
        else if (*p != ' ')
            return 0;
    }
    return dashes >= 3;
}

static int is_blank(const tx_line *l)
{
    for (const char *p = l->text; *p; p++)
        if (*p != ' ')
            return 0;
    return 1;
}

/* A line of a few capitalised words, no digits: a name, not prose. */
static int name_line(const char *s, size_t max_words)
{
    size_t words = 0;
    for (const char *p = s; *p;) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        const char *q = p;
        while (*q && *q != ' ')
            q++;
        if (isdigit((unsigned char)*p))
            return 0;
        for (const char *c = p; c < q; c++)
            if (isdigit((unsigned char)*c) || *c == ':' || *c == '$' || *c == '(')
                return 0;
        if (islower((unsigned char)*p) && !(q - p == 3 && strncmp(p, "and", 3) == 0) &&
            !(q - p == 2 && strncmp(p, "of", 2) == 0))
            return 0;
        words++;
        p = q;
    }
    return words > 0 && words <= max_words;
}

/* The section a rule-framed line over the body names ("------- /
 * Document Processing / -------"), at the left margin where the row
 * labels stand, clear of the columns; into part; 1 when found. */
static int section_line(const tx_text *text, const tx_table *t, size_t lo, size_t hi, char *part,
                        size_t size)
{
    int left = -1;
    for (size_t c = 0; c < t->ncols; c++)
        if (left < 0 || t->cols[c].left < left)
            left = t->cols[c].left;
    for (size_t i = lo; i < hi && i < text->nlines; i++) {
        const tx_line *l = &text->lines[i];
        if (is_blank(l) || is_rule(l) || !name_line(l->text, 5))
            continue;
        size_t indent = strspn(l->text, " ");
        if (indent > 4 || (left >= 0 && tx_utf8_columns(l->text, l->len) >= (size_t)left))
            continue;
        size_t a = i, b = i + 1;
        while (a > lo && is_blank(&text->lines[a - 1]))
            a--;
        while (b < hi && b < text->nlines && is_blank(&text->lines[b]))
            b++;
        if (a > lo && is_rule(&text->lines[a - 1]) && b < hi && b < text->nlines &&
            is_rule(&text->lines[b])) {
            char *c = tx_collapse(l->text, l->len);
            if (!c)
                return -1;
            set_words(part, size, c);
            free(c);
            return 1;
        }
    }
    return 0;
}

/* A fund, division or segment its title block (or the few lines over it)
 * names on a line of its own ("POOLED MONEY MARKET FUND"), into part; 1
 * when found. */
static int part_line(const tx_text *text, const tx_table *t, char *part, size_t size)
{
    static const char *const parts[] = {"fund", "division", "segment", "sector", NULL};
    if (!t->src_title || t->title_lo >= text->nlines)
        return 0;
    size_t floor = t->title_lo > 8 ? t->title_lo - 8 : 0, lo = t->title_lo;
    /* up from the title, not into the table before it nor over a page break */
    while (lo > floor && !(text->lines[lo - 1].flags & TX_LINE_IN_TABLE) &&
           !(text->lines[lo].flags & TX_LINE_PAGE_BREAK))
        lo--;
    size_t hi = t->title_hi > t->title_lo ? t->title_hi : t->title_lo + 1;
    for (size_t i = lo; i < hi && i < text->nlines; i++) {
        const tx_line *l = &text->lines[i];
        if (is_blank(l) || is_rule(l))
            continue;
        char *n = tx_norm(l->text);
        if (!n)
            return -1;
        /* a name that ends in the word ("TRW STOCK FUND"), or a fund of a
           plan ("POOLED MONEY MARKET FUND EMPLOYEES PROFIT SHARING PLAN") */
        const char *last = strrchr(n, ' ');
        last = last ? last + 1 : n;
        int found = in_list(parts, last, strlen(last)) ||
                    (strcmp(last, "plan") == 0 && has(n, "fund"));
        free(n);
        if (found && name_line(l->text, 10)) {
            char *c = tx_collapse(l->text, l->len);
            if (!c)
                return -1;
            set_words(part, size, c);
            free(c);
            return 1;
        }
    }
    return 0;
}

tx_status tx_basis_read(const tx_text *text, tx_table *t)
{
    memset(&t->basis, 0, sizeof t->basis);
    char *title = tx_norm(t->title ? t->title : "");
    char *entity = tx_norm(t->entity ? t->entity : "");
    if (!title || !entity) {
        free(title);
        free(entity);
        return TX_ENOMEM;
    }
    int pro_forma_title = has(title, "pro forma") || has(title, "proforma");
    /* parent-company-only statements, named by the title or by the line
       the reader took for the entity ("SCHEDULE I - CONDENSED FINANCIAL
       INFORMATION OF REGISTRANT" over "ACME CORPORATION / BALANCE SHEETS") */
    static const char *const parent_only[] = {
        "parent company", "parent only", "registrant only", "financial information of registrant",
        "financial statements of registrant", NULL};
    for (size_t k = 0; parent_only[k]; k++)
        if (has(title, parent_only[k]) || has(entity, parent_only[k]))
            t->basis.part = TX_PART_PARENT;
    free(title);
    free(entity);
    if (!t->components) {
        int restatement = 0;
        for (size_t c = 0; c < t->ncols && !restatement; c++) {
            char *n = tx_norm(t->cols[c].words ? t->cols[c].words : "");
            if (!n)
                return TX_ENOMEM;
            restatement = has(n, "previously reported") || has(n, "as reported") ||
                          has(n, "originally reported") || has(n, "restated");
            free(n);
        }
        /* a table of several bases: pro forma, a restatement, or columns of
           companies, of the parent or historical */
        int bases = pro_forma_title || restatement;
        for (size_t c = 0; c < t->ncols && !bases; c++) {
            tx_basis b;
            int historical;
            if (!t->cols[c].derived &&
                column_basis(&t->cols[c], 0, 0, 0, &b, &historical) != 0)
                return TX_ENOMEM;
            bases = !t->cols[c].derived && (historical || b.kind != TX_BASIS_REPORTED ||
                                            b.part == TX_PART_COMPANY || b.part == TX_PART_PARENT);
        }
        int combination = 0, any_pf = 0;
        for (size_t c = 0; c < t->ncols; c++) {
            tx_column *col = &t->cols[c];
            int historical;
            if (col->derived || column_basis(col, pro_forma_title, restatement, bases,
                                             &col->basis, &historical) != 0) {
                if (!col->derived)
                    return TX_ENOMEM;
                continue;
            }
            if (col->basis.part == TX_PART_COMPANY || historical ||
                col->basis.kind == TX_BASIS_PRO_FORMA_ADJ || col->basis.kind == TX_BASIS_OTHER)
                combination = 1;
            if (col->basis.kind == TX_BASIS_PRO_FORMA || col->basis.kind == TX_BASIS_PRO_FORMA_ADJ)
                any_pf = 1;
        }
        if (side_by_side(t, pro_forma_title || any_pf) != 0)
            return TX_ENOMEM;
        for (size_t c = 0; c < t->ncols; c++)
            if (!t->cols[c].derived && t->cols[c].basis.part == TX_PART_COMPANY)
                combination = 1;
        if ((pro_forma_title || any_pf) && combination)
            t->basis.kind = TX_BASIS_PRO_FORMA;
    }
    if (t->basis.part == TX_PART_WHOLE) {
        size_t top = t->src_title ? t->title_lo : t->src_header ? t->head_lo : t->body_lo;
        /* an untitled table continued under a <CAPTION> of its own: from there */
        for (size_t k = 0; k < 6 && !t->src_title && top > 0 &&
                           (text->lines[top - 1].flags & TX_LINE_CAPTION); k++)
            top--;
        char part[64];
        /* over the body, or at its top (a section line the reader took for
           the first rows of a continued table) */
        size_t end = t->body_lo + 4 < t->body_hi ? t->body_lo + 4 : t->body_hi;
        int r = section_line(text, t, top, end, part, sizeof part);
        if (r < 0)
            return TX_ENOMEM;
        if (r > 0) {
            char *n = tx_norm(part);
            if (!n)
                return TX_ENOMEM;
            int whole = 0;
            for (size_t k = 0; not_part[k] && !whole; k++)
                whole = has(n, not_part[k]);
            free(n);
            if (!whole) {
                t->basis.part = TX_PART_SEGMENT;
                t->basis.section = 1;
                set_words(t->basis.part_words, sizeof t->basis.part_words, part);
            }
        } else {
            r = part_line(text, t, part, sizeof part);
            if (r < 0)
                return TX_ENOMEM;
            if (r > 0) {
                t->basis.part = TX_PART_SEGMENT;
                set_words(t->basis.part_words, sizeof t->basis.part_words, part);
            }
        }
    }
    return TX_OK;
}

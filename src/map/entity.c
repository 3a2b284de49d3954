/* entity.c - the entity of a table or of an EX-27 schedule. */
#include "map/entity.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"

/* ------------------------------------------------------------ names */

/* Words that end a company's name (its corporate form, or a plan or trust
 * of its own). */
static const char *const designators[] = {
    "inc", "incorporated", "corp", "corporation", "co", "company", "companies", "ltd",
    "limited", "llc", "lp", "plc", "pty", "sa", "nv", "ag", "bv", "gmbh", "plan", "trust",
    "partnership", NULL};

/* Lower-case words a company's name may hold ("Bank of America", "Group of
 * Companies"); any other word that starts in lower case and has no capital
 * ("employees)", "the Company's effective tax rate ...") is prose. */
static const char *const connectors[] = {"and", "of", "the", "de", "du", "des", "la", "le",
                                         "et", "y", "van", "von", "der", "for", NULL};

/* What a company heads, stripped before its last word is looked at. */
static const char *const group_tails[] = {
    " and its consolidated subsidiaries", " and consolidated subsidiaries",
    " and its subsidiaries", " and subsidiary companies", " and its subsidiary",
    " and subsidiaries", " and subsidiary", " and affiliated companies", " and affiliates",
    " parent company only", " parent company", " subsidiaries", NULL};

/* Words that lead a heading but name nobody: "Item 1 Xerox Corporation",
 * "EXHIBIT 12", "SCHEDULE I", "-2-". */
static const char *const lead_words[] = {"item", "exhibit", "exihibit", "schedule", "part",
                                         "note", "annex", "appendix", NULL};

static int in_list(const char *const *list, const char *w, size_t n)
{
    for (size_t i = 0; list[i]; i++)
        if (strlen(list[i]) == n && strncmp(list[i], w, n) == 0)
            return 1;
    return 0;
}

/* 1 when `s` reads as prose rather than a name: too many words, a
 * signature ("/s/ KPMG"), or a word in lower case that is no connector. */
static int prose(const char *s)
{
    if (strstr(s, "/s/"))
        return 1;
    size_t words = 0;
    for (const char *p = s; *p;) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        const char *q = p;
        while (*q && *q != ' ')
            q++;
        words++;
        /* the word's letters */
        const char *a = p;
        while (a < q && !isalpha((unsigned char)*a))
            a++;
        const char *b = a;
        while (b < q && (isalpha((unsigned char)*b) || *b == '\''))
            b++;
        if (a < b && islower((unsigned char)*a)) {
            int capital = 0;
            for (const char *c = a; c < b; c++)
                if (isupper((unsigned char)*c))
                    capital = 1;
            if (!capital && !in_list(connectors, a, (size_t)(b - a)))
                return 1;
        }
        p = q;
    }
    return words == 0 || words > 12;
}

/* The normalised words of a printed name without what leads it ("Item 1",
 * "-2-") and without what follows it ("and Subsidiaries"), owned; NULL
 * on no memory. */
static char *name_words(const char *s)
{
    char *k = tx_norm(s);
    if (!k)
        return NULL;
    for (int again = 1; again;) {
        again = 0;
        const char *w = k;
        size_t n = strcspn(w, " ");
        int digits = 1;
        for (size_t i = 0; i < n; i++)
            if (!isdigit((unsigned char)w[i]))
                digits = 0;
        size_t cut = 0;
        if (n && digits && w[n] == ' ')
            cut = n + 1;                       /* a page number */
        else if (in_list(lead_words, w, n) && w[n] == ' ')
            cut = n + 1 + strcspn(w + n + 1, " ") + (w[n + 1 + strcspn(w + n + 1, " ")] ? 1 : 0);
        if (cut) {
            memmove(k, k + cut, strlen(k + cut) + 1);
            again = *k != '\0';
        }
    }
    for (int again = 1; again;) {
        again = 0;
        size_t len = strlen(k);
        for (size_t i = 0; group_tails[i]; i++) {
            size_t t = strlen(group_tails[i]);
            if (len > t && strcmp(k + len - t, group_tails[i]) == 0) {
                k[len - t] = '\0';
                again = 1;
                break;
            }
        }
    }
    return k;
}

/* The company `words` name (its tx_company_key, owned), or NULL: prose,
 * words that end in no corporate form and are no name the filing or the
 * entities file knows ("EXHIBIT 12", "CURRENCY", "Form Annual"), or no
 * memory. */
static char *company_named(const char *words, const tx_text *text,
                           const tx_entity_map *entities)
{
    if (!words || !*words || prose(words))
        return NULL;
    char *nw = name_words(words);
    if (!nw || !*nw) {
        free(nw);
        return NULL;
    }
    const char *last = strrchr(nw, ' ');
    last = last ? last + 1 : nw;
    int named = in_list(designators, last, strlen(last));
    char *key = tx_company_key(nw);
    free(nw);
    if (!key || !*key) {
        free(key);
        return NULL;
    }
    for (size_t i = 0; !named && i < text->nfilers; i++) {
        char *fk = tx_company_key(text->filers[i].name);
        named = fk && strcmp(fk, key) == 0;
        free(fk);
    }
    if (!named && tx_entity_map_cik(entities, words))
        named = 1;
    if (!named) {
        free(key);
        return NULL;
    }
    return key;
}

/* ------------------------------------------------------------ where printed */

/* First line index of a table: its title, header or body. */
static size_t table_top(const tx_table *t)
{
    return t->src_title ? t->title_lo : t->src_header ? t->head_lo : t->body_lo;
}

/* 1 when line i prints `words` (case and spacing aside). */
static int line_prints(const tx_text *text, size_t i, const char *words, const char *first)
{
    const tx_line *l = &text->lines[i];
    if (!tx_strcasestr(l->text, first))
        return 0;
    char *c = tx_collapse(l->text, l->len);
    int yes = c && tx_strcasestr(c, words) != NULL;
    free(c);
    return yes;
}

/* Where the table's entity words are printed: 2 over the table (its title
 * block, or the two lines above it), 1 earlier in the same <DOCUMENT>
 * (a statement continued from the one before), 0 not at all (the name
 * segmentation gave a table that prints none). */
static int printed_where(const tx_text *text, const tx_table *t)
{
    const char *w = t->entity;
    if (!w || !*w)
        return 0;
    size_t n = strcspn(w, " ");
    char first[64];
    if (n >= sizeof first)
        n = sizeof first - 1;
    memcpy(first, w, n);
    first[n] = '\0';
    size_t top = table_top(t);
    if (top >= text->nlines)
        return 0;
    int doc = text->lines[top].doc;
    size_t near = top > 2 ? top - 2 : 0;
    size_t end = t->body_lo > top ? t->body_lo : top + 1;
    for (size_t i = near; i < end && i < text->nlines; i++)
        if (text->lines[i].doc == doc && line_prints(text, i, w, first))
            return 2;
    for (size_t i = near, seen = 0; i > 0 && seen < 5000; i--, seen++) {
        if (text->lines[i - 1].doc != doc)
            break;
        if (line_prints(text, i - 1, w, first))
            return 1;
    }
    return 0;
}

/* The company the title names before its statement words ("KRUSE
 * INTERNATIONAL GROUP OF COMPANIES COMBINED STATEMENT OF OPERATIONS"), as
 * a key (owned), with those words in *printed (owned); or NULL. */
static char *title_company(const tx_table *t, const tx_text *text,
                           const tx_entity_map *entities, char **printed)
{
    *printed = NULL;
    static const char *const statement_words[] = {
        "consolidated", "combined", "condensed", "balance", "balances", "statement",
        "statements", "income", "operations", "earnings", "cash", "financial", "supplemental",
        "selected", "unaudited", "pro", "interim", "comparative", "summary", NULL};
    const char *s = t->title;
    if (!s || !*s)
        return NULL;
    const char *p = s;
    while (*p) {
        while (*p == ' ')
            p++;
        const char *q = p;
        while (*q && *q != ' ')
            q++;
        char w[32];
        size_t n = 0;
        for (const char *c = p; c < q && n + 1 < sizeof w; c++)
            if (isalpha((unsigned char)*c))
                w[n++] = (char)tolower((unsigned char)*c);
        w[n] = '\0';
        if (n && in_list(statement_words, w, n))
            break;
        p = q;
    }
    if (p == s || !*p)
        return NULL;
    size_t n = (size_t)(p - s);
    while (n > 0 && s[n - 1] == ' ')
        n--;
    char *prefix = tx_strndup(s, n);
    char *key = prefix ? company_named(prefix, text, entities) : NULL;
    if (key)
        *printed = prefix;
    else
        free(prefix);
    return key;
}

/* The company an auditors' report addresses ("To the Associates of
 * GSI-Participations.", "To the Board of Directors and Shareholders of
 * Signio, Inc.:"), nearest before line `top` in the same <DOCUMENT>: the
 * words after "of" up to the end of the sentence, over at most three
 * lines.  Owned, or NULL. */
static char *report_addressee(const tx_text *text, size_t top)
{
    static const char *const whom[] = {"board", "directors", "stockholders", "shareholders",
                                       "shareowner", "shareowners", "associates", "partners",
                                       "participants", "members", "owners", "trustees", NULL};
    if (top >= text->nlines)
        return NULL;
    int doc = text->lines[top].doc;
    for (size_t i = top, seen = 0; i > 0 && seen < 5000; i--, seen++) {
        const tx_line *l = &text->lines[i - 1];
        if (l->doc != doc)
            return NULL;
        const char *s = l->text;
        while (*s == ' ')
            s++;
        if (!tx_strncaseeq(s, "to the ", 7))
            continue;
        const char *w = s + 7;
        size_t n = 0;
        while (isalpha((unsigned char)w[n]))
            n++;
        char word[16];
        if (n == 0 || n >= sizeof word)
            continue;
        for (size_t j = 0; j < n; j++)
            word[j] = (char)tolower((unsigned char)w[j]);
        if (!in_list(whom, word, n))
            continue;
        /* the sentence, joined over the next lines */
        tx_buf b = {0};
        for (size_t k = i - 1; k < text->nlines && k < i + 2 && text->lines[k].len; k++) {
            if (b.len)
                tx_buf_putc(&b, ' ');
            tx_buf_puts(&b, text->lines[k].text);
        }
        char *all = tx_buf_take(&b);
        if (!all)
            return NULL;
        char *c = tx_collapse(all, strlen(all));
        free(all);
        if (!c)
            return NULL;
        /* "of" the company, not "Board of Directors" */
        static const char *const bodies[] = {"directors", "administration", "trustees",
                                             "managers", "the board", NULL};
        const char *of = c;
        while ((of = tx_strcasestr(of, " of ")) != NULL) {
            of += 4;
            int body = 0;
            for (size_t j = 0; bodies[j] && !body; j++)
                body = tx_strncaseeq(of, bodies[j], strlen(bodies[j]));
            if (!body)
                break;
        }
        char *name = NULL;
        if (of) {
            if (tx_strncaseeq(of, "the ", 4))
                of += 4;
            size_t e = 0;
            while (of[e] && of[e] != ':' && of[e] != ';' &&
                   !(of[e] == '.' && (of[e + 1] == '\0' || of[e + 1] == ' ') &&
                     (e < 3 || !(tx_strncaseeq(of + e - 3, "inc", 3) ||
                                 tx_strncaseeq(of + e - 3, "ltd", 3) ||
                                 tx_strncaseeq(of + e - 2, "co", 2)))))
                e++;
            /* several companies ("Thawte Holdings (Pty) Ltd., Thawte
               Consulting ..."): the first */
            name = tx_strndup(of, e);
        }
        free(c);
        return name;
    }
    return NULL;
}

/* ------------------------------------------------------------ entities */

/* Where a name-based entity is reported, and how. */
typedef struct unknown_note {
    const char *file;
    long line;
    const char *sources;   /* where a CIK could have come from             */
    const char *unnamed;   /* the name shown for an entity that has none   */
} unknown_note;

/* The entity `name` (NULL: none) in fs, found or added: scheme CIK with
 * `cik`, else a name-based identifier made from `key` (the company key of
 * the name; NULL: "unknown-entity"), reported when it is new.  Its index,
 * or -1 on allocation failure. */
static long entity_add(tx_factset *fs, const char *name, const char *cik, const char *key,
                       const unknown_note *note, tx_report *rep)
{
    if (cik)
        return tx_factset_entity(fs, name ? name : "", TX_SCHEME_CIK, cik);
    size_t before = fs->nentities;
    char *id = key && *key ? tx_strdup(key) : tx_strdup("unknown-entity");
    for (char *p = id; p && *p; p++)
        if (*p == ' ')
            *p = '-';
    long idx = id ? tx_factset_entity(fs, name ? name : "", TX_SCHEME_NAME, id) : -1;
    if (idx >= 0 && fs->nentities > before)
        tx_report_add(rep, TX_WARNING, note->file, note->line, "map.unknown-entity",
                      "no CIK known for '%s' (%s); identified as '%s' in scheme %s",
                      name ? name : note->unnamed, note->sources, id, TX_SCHEME_NAME);
    free(id);
    return idx;
}

/* The registrant: the first company of the FILER section of the EDGAR
 * header, else the first company the header names, else the one the cover
 * names; NULL when there is none. */
static const tx_filer *registrant(const tx_text *text)
{
    for (size_t i = 0; i < text->nfilers; i++)
        if (text->filers[i].role == TX_FILER_FILER || text->filers[i].role == TX_FILER_COVER)
            return &text->filers[i];
    for (size_t i = 0; i < text->nfilers; i++)
        if (text->filers[i].role != TX_FILER_FORMER)
            return &text->filers[i];
    return NULL;
}

/* The company of the header (any role: filer, subject company, former
 * name) whose key is `key`, or NULL. */
static const tx_filer *header_company(const tx_text *text, const char *key)
{
    for (size_t i = 0; key && i < text->nfilers; i++) {
        char *fk = tx_company_key(text->filers[i].name);
        int same = fk && strcmp(fk, key) == 0;
        free(fk);
        if (same)
            return &text->filers[i];
    }
    return NULL;
}

/* The entity of company `name` (printed; key its company key) in fs: the
 * CIK of the header company of that name (a former name is the company
 * it became), else the one `entities` gives, else a name-based identifier
 * (map.unknown-entity).  The registrant when name is NULL: its CIK, else
 * the one `entities` gives its name, else `cik` (--cik), else name-based. */
static long company_entity(tx_factset *fs, const tx_text *text, const char *name,
                           const char *key, const tx_entity_map *entities, const char *cik,
                           const unknown_note *note, tx_report *rep)
{
    const tx_filer *f = name ? header_company(text, key) : registrant(text);
    const char *found = NULL;
    char *own = NULL;
    if (f) {
        if (f->role == TX_FILER_FORMER) {
            /* the company under its present name */
            for (size_t i = 0; i < text->nfilers; i++)
                if (text->filers[i].role != TX_FILER_FORMER && f->cik[0] &&
                    strcmp(text->filers[i].cik, f->cik) == 0) {
                    f = &text->filers[i];
                    break;
                }
        }
        name = f->name;
        if (f->cik[0])
            found = f->cik;
    }
    if (!found && name)
        found = tx_entity_map_cik(entities, name);
    if (!found && !name && cik) {
        /* an extract that names no entity: the one --cik gives */
        found = cik;
        name = tx_entity_map_name(entities, cik);
    }
    if (!found && name && !key)
        key = own = tx_company_key(name);
    long idx = entity_add(fs, name, found, key, note, rep);
    free(own);
    return idx;
}

/* 1 when the lines over the table call it pro forma (its title, or the
 * lines the reader took for its entity or audit note: "UNAUDITED PRO FORMA
 * CONDENSED CONSOLIDATED FINANCIAL INFORMATION"). */
static int pro_forma(const tx_table *t)
{
    const char *lines[] = {t->title, t->entity, t->audit};
    int yes = 0;
    for (size_t i = 0; i < 3 && !yes; i++) {
        char *n = tx_norm(lines[i] ? lines[i] : "");
        yes = n && strstr(n, "pro forma") != NULL;
        free(n);
    }
    return yes;
}

/* 1 when statements of another company may stand in document `doc` with
 * no name over them: an exhibit other than the annual report (EX-13) and
 * the financial data schedule (EX-27): the acquired business's statements
 * of an 8-K, a plan's statements of a 10-K. */
static int exhibit_of_others(const tx_text *text, int doc)
{
    if (doc <= 0 || (size_t)doc >= text->ndocs)
        return 0;
    const char *type = text->docs[doc].type;
    return tx_strncaseeq(type, "EX-", 3) && !tx_strncaseeq(type, "EX-13", 5) &&
           !tx_strncaseeq(type, "EX-27", 5);
}

long tx_entity_of_table(tx_factset *fs, const tx_text *text, const tx_table *t,
                        const tx_entity_map *entities, const char *cik, const char *file,
                        tx_report *rep)
{
    unknown_note note = {file, t->src_title ? t->src_title : t->src_first,
                         "EDGAR header or --entities", "(no name)"};
    const tx_filer *reg = registrant(text);
    /* segmentation names the registrant when it finds no name */
    int defaulted = reg && t->entity && strcmp(t->entity, reg->name) == 0;
    char *key = defaulted ? NULL : company_named(t->entity, text, entities);
    const char *name = key ? t->entity : NULL;
    int where = key ? printed_where(text, t) : 0;
    char *other = NULL;
    if (where < 2) {
        /* no company named over the table: its title may name one */
        char *tk = title_company(t, text, entities, &other);
        if (tk) {
            free(key);
            key = tk;
            name = other;
            where = 2;
        }
    }
    if ((where < 2 && pro_forma(t)) || t->basis.kind == TX_BASIS_PRO_FORMA) {
        /* pro forma statements are the registrant's (the combined company);
           so is a pro forma combination whatever name stands over it (its
           columns name the companies it combines) */
        free(key);
        key = NULL;
        name = NULL;
    } else if (where == 0) {
        free(key);
        key = NULL;
        name = NULL;
        size_t top = table_top(t);
        if (top < text->nlines && exhibit_of_others(text, text->lines[top].doc)) {
            char *to = report_addressee(text, top);
            char *tk = to ? tx_company_key(to) : NULL;
            if (tk && *tk && !prose(to)) {
                key = tk;
                other = to;
                to = NULL;
                name = other;
            } else {
                free(tk);
            }
            free(to);
        }
    }
    long idx = company_entity(fs, text, name, key, entities, cik, &note, rep);
    free(key);
    free(other);
    return idx;
}

long tx_entity_of_schedule(tx_factset *fs, const tx_text *text, const tx_ex27_schedule *s,
                           const tx_entity_map *entities, const char *file, tx_report *rep)
{
    const char *name = *s->name ? s->name : NULL;
    const char *cik = NULL;
    char *key = name ? tx_company_key(name) : NULL;
    /* the companies of the header (a header printed twice names one) */
    size_t companies = 0;
    const tx_filer *reg = registrant(text);
    for (size_t i = 0; i < text->nfilers; i++) {
        const tx_filer *f = &text->filers[i];
        if (f->role != TX_FILER_FORMER &&
            (f == reg || strcmp(f->cik, reg->cik) != 0 || strcmp(f->name, reg->name) != 0))
            companies++;
    }
    /* the EDGAR header: the one company, or the one the schedule names */
    for (size_t i = 0; i < text->nfilers && !cik; i++) {
        const tx_filer *f = &text->filers[i];
        char *fk = tx_company_key(f->name);
        if (f->cik[0] && ((companies == 1 && f->role != TX_FILER_FORMER) ||
                          (key && fk && strcmp(key, fk) == 0) ||
                          (s->cik[0] && strcmp(s->cik, f->cik) == 0))) {
            cik = f->cik;
            name = f->name;
        }
        free(fk);
    }
    if (!cik && s->cik[0])
        cik = s->cik;
    if (!cik && !name && companies == 1) {
        /* a filing with no header: the registrant of its cover */
        name = reg->name;
        free(key);
        key = tx_company_key(name);
    }
    if (!cik && name)
        cik = tx_entity_map_cik(entities, name);
    unknown_note note = {file, s->src_first, "EDGAR header, <CIK> or --entities",
                         "(no name in the schedule or its legend)"};
    long idx = entity_add(fs, name, cik, key && *key ? key : NULL, &note, rep);
    free(key);
    return idx;
}

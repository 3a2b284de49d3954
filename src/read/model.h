/*
 * model.h - what the reader builds: an exhibit of tables (internal).
 *
 * Data flows one way: decode.c and sgml.c make a tx_text; segment.c cuts
 * it into tx_block ranges; header.c turns each block's header lines into
 * tx_columns with periods; body.c turns its body lines into tx_rows of
 * tx_cells, and footing.c records what each total sums.
 * A tx_exhibit owns all of it; tx_exhibit_free() releases everything.
 */
#ifndef TX_MODEL_H
#define TX_MODEL_H

#include "base/decimal.h"
#include "read/decode.h"
#include "read/layout.h"
#include "read/period.h"
#include "txbrl.h"
#include "base/util.h"

/* The table's scale rule: powers of ten per kind of value. */
typedef struct tx_scale {
    int money;        /* "(in thousands)" -> 3, "(in millions)" -> 6       */
    int shares;       /* share counts: same as money unless excepted        */
    int per_share;    /* always 0: per-share amounts are never scaled       */
    int stated;       /* 1 if the table (or its parent) printed a scale line */
} tx_scale;

typedef enum tx_value_kind {
    TX_VK_MONEY = 0,
    TX_VK_PER_SHARE,
    TX_VK_SHARES
} tx_value_kind;

typedef enum tx_cell_state {
    TX_CELL_EMPTY = 0,
    TX_CELL_VALUE,
    TX_CELL_NIL,
    TX_CELL_PERCENT
} tx_cell_state;

typedef struct tx_cell {
    tx_cell_state state;
    tx_decimal printed;   /* signed as printed, unscaled                   */
    tx_decimal value;     /* scaled by the table's rule for the row's kind */
    int col;              /* display column of the printed token           */
    char *text;           /* the printed token ("$(128,102)"), owned        */
    char note[8];         /* glued footnote marker                         */
} tx_cell;

typedef enum tx_row_kind {
    TX_ROW_ITEM = 0,      /* a line item with values                       */
    TX_ROW_HEADING,       /* a section heading ("Current assets:")          */
    TX_ROW_CAPTION        /* words with no values that are not a heading   */
} tx_row_kind;

typedef struct tx_row {
    tx_row_kind kind;
    char *label;          /* joined, whitespace collapsed, markers removed */
    char *notes;          /* footnote markers, comma-joined ("1"), or ""   */
    char *path;           /* enclosing headings joined by " > ", or ""     */
    int indent;           /* column of the label's first character         */
    int level;            /* depth in the heading path                     */
    int rule_above;       /* 0 none, 1 single rule, 2 double rule          */
    int rule_below;
    int rule_gap;         /* 1 if a blank line stands between the rule above and the row */
    int total;            /* 1 if it closes a section (below a single rule) */
    int own_scale;        /* 1: the label states the row's scale ("shares used
                             ... (in thousands)" in a table in millions)    */
    int scale;
    size_t *sums;         /* a total that foots: the rows it is the sum of  */
    signed char *sum_signs;  /* +1 or -1 per row of sums: the sign the printed
                                value is added with                          */
    size_t nsums;
    int inferred;         /* 1: the filer printed no label; it was named after
                             the section it foots with ("Total Inventories:") */
    tx_value_kind vkind;
    tx_cell *cells;       /* ncols cells (NULL for headings and captions)  */
    long src_first;       /* first source line of the label                */
    long src_last;        /* last source line of the label                 */
    long src_values;      /* source line of the values (0 if none)         */
} tx_row;

/* What a column's numbers (or a whole table's) are: on which basis, and of
 * which part of the entity (read/basis.c).  Fixed-size words: a column is
 * copied by value. */
typedef enum tx_basis_kind {
    TX_BASIS_REPORTED = 0,    /* as reported (a restated statement included)  */
    TX_BASIS_PRO_FORMA,       /* "Pro Forma", "Pro Forma Combined"             */
    TX_BASIS_PRO_FORMA_ADJ,   /* "Pro Forma Adjustments"                       */
    TX_BASIS_PREVIOUS,        /* "As previously reported", "As reported"       */
    TX_BASIS_RESTATEMENT_ADJ, /* the adjustments of a restatement              */
    TX_BASIS_OTHER            /* another basis, named by basis_words
                                 ("Reclassifications", "U.S. GAAP Adjustments") */
} tx_basis_kind;

typedef enum tx_part_kind {
    TX_PART_WHOLE = 0,        /* the entity as a whole (consolidated)          */
    TX_PART_COMPANY,          /* another company of a combination, or a group
                                 of subsidiaries, named by part_words          */
    TX_PART_PARENT,           /* the parent company alone                      */
    TX_PART_SEGMENT           /* a segment, sector, fund or division, named by
                                 part_words                                    */
} tx_part_kind;

typedef struct tx_basis {
    tx_basis_kind kind;
    tx_part_kind part;
    int section;              /* a table's part: the table is one section of a
                                 statement split by segment (its lines that no
                                 other section prints are the whole entity's) */
    char basis_words[48];     /* TX_BASIS_OTHER: the words that name it        */
    char part_words[64];      /* TX_PART_COMPANY / TX_PART_SEGMENT: its name   */
} tx_basis;

typedef struct tx_column {
    int left, right;      /* display extent of its values and header       */
    int anchor;           /* typical column after the last digit           */
    char *words;          /* header words stacked top to bottom            */
    char *notes;          /* markers and audit words in the header ("A")   */
    tx_period period;
    char *period_error;   /* why no period could be read, or NULL          */
    int derived;          /* 1: a "Change" / "% Change" column, no period:
                             its values are read but are no facts          */
    int component;        /* 1: an equity component ("COMMON STOCK SHARES") of
                             a statement of shareholders' equity whose
                             periods are printed in its rows               */
    int own_kind;         /* 1: every value of the column is of `kind`      */
    tx_value_kind kind;
    int own_scale;        /* 1: the column states its scale ("(IN THOUSANDS)"
                             under a share column of a table in millions) */
    int scale;            /* power of ten of that scale                     */
    int hint_lo, hint_hi; /* with t->hinted: the column holds the values whose
                             anchor is in (hint_lo, hint_hi] (EDGAR <C>
                             markers: a column runs to the next marker)     */
    tx_basis basis;       /* the basis and part its words name (basis.c)    */
} tx_column;

typedef struct tx_table {
    int parent;           /* index of the table a footnote table belongs to, or -1 */
    char *entity;         /* centred entity line, or inherited             */
    char *title;          /* statement title (footnote text for a footnote table) */
    char *title_notes;    /* footnote markers on the title                 */
    char *scale_text;     /* the scale line as printed, or ""             */
    tx_scale scale;
    char *audit;          /* "(unaudited)" as printed, or ""               */
    char *lead_heading;   /* a heading printed over the table ("ASSETS:"), or NULL */
    int untitled;         /* 1 when the table printed no title             */
    int instants;         /* 1 when the columns are instants (balance sheet) */
    int hinted;           /* 1 when the columns come from <S>/<C> markers   */
    int components;       /* 1 when the columns are equity components and the
                             periods come from "Balance at DATE" rows      */
    tx_basis basis;       /* the table's own: kind TX_BASIS_PRO_FORMA for a
                             pro forma combination (its columns name the
                             companies, adjustments and combined amounts),
                             the part its title block or section line names
                             (basis.c)                                      */
    long src_title;       /* first title line (0 if untitled)              */
    long src_header;      /* first column header line                      */
    long src_first, src_last;  /* body                                     */
    tx_column *cols;
    size_t ncols;
    tx_row *rows;
    size_t nrows;
    int foot_checked;     /* totals checked by footing (footing.c)        */
    int foot_failed;      /* of which no sum of their rows gives them      */
    char **footnotes;     /* footnote paragraphs printed after the table   */
    size_t nfootnotes;
    /* line ranges in the tx_text (indexes), set by segment.c */
    size_t title_lo, title_hi, head_lo, head_hi, body_lo, body_hi;
} tx_table;

struct tx_ex27_set;

struct tx_exhibit {
    char *name;
    tx_text *text;
    tx_table *tables;
    size_t ntables;
    struct tx_ex27_set *ex27;   /* EX-27 financial data schedules (ex27.h), or NULL */
};

/* tx_exhibit_read_file() (read/exhibit.c: any kind of file, "-" standard
 * input), the exhibit named `name` in findings and in ex->name (NULL: the
 * path, TX_STDIN_NAME for "-"). */
tx_status tx_exhibit_read_named(const char *path, const char *name, tx_report *rep,
                                tx_exhibit **out);

/* The name of a kind of value, as rules.tsv's values column and inspect
 * write it: "money", "per-share" or "shares". */
const char *tx_value_kind_name(tx_value_kind k);

/* The kind of the values in column c of a row of kind k: the column's own
 * kind where it has one (share columns of an equity statement), else k. */
tx_value_kind tx_cell_kind(const tx_table *t, size_t c, tx_value_kind k);
/* The power of ten values of kind k in column c are scaled by: the column's
 * own scale where it states one, else the table's rule. */
int tx_cell_scale(const tx_table *t, size_t c, tx_value_kind k);

/* The power of ten the values of a row in column c are scaled by: the
 * row's own scale where its label states one, else tx_cell_scale(). */
int tx_row_scale(const tx_table *t, const tx_row *row, size_t c);

/* Frees the contents of a table (not the struct itself). */
void tx_table_clear(tx_table *t);

/* Normalises a run of words: collapses white space, trims. Owned result. */
char *tx_collapse(const char *s, size_t n);

/* Removes trailing footnote markers ("(1)", "(a)", "*", "{2}", "<F1>") and
 * dot leaders from a label in place; appends the markers (comma-joined,
 * without brackets) to *notes.  Returns 0 or -1 on allocation failure. */
int tx_strip_markers(char *label, tx_buf *notes);

/* 1 if every letter of s is upper case and it has at least two letters. */
int tx_all_caps(const char *s);

/* Words (runs of non-spaces) in s[0..n). */
size_t tx_count_words(const char *s, size_t n);

/* 1 if every word of the heading (less stop words) is in the label, as a
 * whole word in any case ("Total current assets" repeats "Current
 * assets:"); 0 for a label starting "Other " and for a heading without
 * words. */
int tx_repeats_heading(const char *label, const char *heading_text);

#endif

/*
 * ex27.h - EX-27 financial data schedules: the schedules and their reader
 * (internal).
 *
 * Filings of 1997-2000 carry EX-27 <DOCUMENT>s: one tag per line and its
 * value, no table to read.
 *
 *     <ARTICLE> 5
 *     <LEGEND> ... </LEGEND>
 *     <RESTATED>
 *     <MULTIPLIER> 1,000,000
 *     <PERIOD-TYPE>                   YEAR
 *     <FISCAL-YEAR-END>                          DEC-31-1996
 *     <PERIOD-END>                               DEC-31-1996<F1>
 *     <TOTAL-ASSETS>                                  16,161
 *     <EPS-PRIMARY>                                     1.40<F2>
 *     <FN>
 *     <F1>RESTATEMENT REFLECTED HEREIN ...
 *
 * The decoder keeps every such line (only the tags it knows, <TABLE>,
 * <S>/<C>, <FN>, <PAGE>, are taken out) and marks the <FN> text
 * TX_LINE_FOOTNOTE; the segmenter leaves EX-27 documents alone.
 *
 * tx_ex27_read() turns every EX-27 document of a tx_text into schedules
 * (a new one at each <ARTICLE>, or at a second <PERIOD-TYPE>): article,
 * multiplier, period type, fiscal year end, period start/end, restated
 * flag, entity words, footnotes, and each tagged value as an exact decimal
 * with its source line and footnote markers.  The durations of income tags
 * are PERIOD-START..PERIOD-END, or read from PERIOD-TYPE as a column header
 * "Nine months ended June 26, 1999" would be (read/period.c: whole months
 * to a month end, 13-week quarters otherwise); FISCAL-YEAR-END is checked.
 *
 * The reader knows no taxonomy: what the tags mean, their facts and the
 * schedules' arithmetic are the map's (map/ex27map.h).
 *
 * Ownership: everything is owned by the set and released with
 * tx_ex27_set_free().  The library never prints: findings go to the report.
 */
#ifndef TX_EX27_H
#define TX_EX27_H

#include "base/decimal.h"
#include "read/decode.h"
#include "read/period.h"
#include "base/util.h"

/* One tagged value: "<TOTAL-ASSETS>  81,490" or "<EPS-PRIMARY> 1.40<F2>". */
typedef struct tx_ex27_value {
    char *tag;            /* upper case, without brackets: "TOTAL-ASSETS"       */
    char *text;           /* the value as printed, markers removed: "81,490"    */
    char *notes;          /* footnote markers, comma-joined ("F2"), or ""        */
    int ok;               /* 1 when text is an amount (a nil marker is 0)       */
    tx_decimal printed;   /* signed as printed, not multiplied: {81490, 0}      */
    long line;            /* source line                                         */
} tx_ex27_value;

/* A <FN> paragraph: "<F1>RESTATEMENT ..." */
typedef struct tx_ex27_note {
    char *marker;         /* "F1", or "" when the paragraph has none            */
    char *text;           /* white space collapsed, marker removed              */
    long line;
} tx_ex27_note;

typedef struct tx_ex27_schedule {
    int doc;              /* index into tx_text.docs                            */
    char *doc_type;       /* "EX-27.2"                                          */
    long src_first;       /* first line of the schedule (its first tag)          */
    long src_last;
    int article;          /* <ARTICLE> 5 -> 5; 0 when not stated                 */
    long line_article;
    char *legend;         /* the legend, white space collapsed, or ""           */
    char *name;           /* entity: <NAME>, else read from the legend, or ""   */
    int name_from_legend; /* 1 when `name` was read from the legend             */
    char cik[11];         /* <CIK>, 10 digits, or ""                            */
    char *currency;       /* <CURRENCY> as printed, or ""                       */
    long line_currency;
    int multiplier;       /* power of ten of <MULTIPLIER> (1,000,000 -> 6)      */
    long line_multiplier; /* 0 when not stated (then 1)                         */
    char *period_type;    /* "YEAR", "9-MOS", ... as printed, or ""              */
    int months;           /* length in months read from it, 0 when unknown      */
    tx_date fiscal_year_end, period_start, period_end;   /* {0,0,0}: absent     */
    long line_period_type, line_fye, line_start, line_end;
    int restated;         /* <RESTATED> present                                 */
    long line_restated;
    char *header_notes;   /* markers on header tags (PERIOD-END ...): whole schedule */
    long line_header_notes;
    tx_period duration;   /* of income tags; kind NONE when it cannot be known  */
    char *period_error;   /* why there is no duration (or period end), or NULL */
    long line_period_error;
    tx_ex27_value *values;
    size_t nvalues;
    tx_ex27_note *notes;
    size_t nnotes;
    size_t values_cap, notes_cap;   /* private: allocated lengths */
} tx_ex27_schedule;

typedef struct tx_ex27_set {
    tx_ex27_schedule *schedules;
    size_t n;
} tx_ex27_set;

/* Reads every EX-27 document of `text` (documents whose <TYPE> starts with
 * "EX-27").  *out is NULL when there is none.  Findings (with the line of
 * the tag):
 *   ex27.value        a value that is no amount (error; not converted)
 *   ex27.multiplier   a MULTIPLIER that is no power of ten (error)
 *   ex27.date         a date that is not MON-DD-YYYY (error)
 *   ex27.fiscal-year-end  a YEAR that does not end at FISCAL-YEAR-END, or a
 *                     period outside the fiscal year (warning)
 *   ex27.duplicate-tag  a tag twice in one schedule (warning; first kept)
 *   ex27.footnote     a marker with no <FN> paragraph (warning)
 * TX_OK or TX_ENOMEM (input errors are findings, reading goes on). */
tx_status tx_ex27_read(const tx_text *text, tx_report *rep, tx_ex27_set **out);
void tx_ex27_set_free(tx_ex27_set *set);

/* 1 if the comma-joined marker list `list` ("F1,F2"; may be NULL) holds the
 * marker `mk` (case ignored). */
int tx_ex27_has_marker(const char *list, const char *mk);

#endif /* TX_EX27_H */

#!/bin/sh
# bench/corpus.sh - how much of real archives txbrl converts.
#
# Converts every filing of a corpus (default: ../shared/corpus beside the
# repository), one `txbrl convert` each, and prints per filing and in total
# what its convert.summary note counts:
#   stm      statement tables found / converted (with at least one fact)
#   oth      other tables with numbers (statement kind unknown: not converted)
#   numbers  numbers printed in the statement tables / converted to facts (cov%)
#   foot     tables whose totals foot / tables with totals
#   facts    numeric facts written / of them on extension concepts (ext%)
#   exit     convert's exit status; secs the wall time
#   entities the entity identifiers used
# then the warnings and errors by code over the whole corpus.
#   usage: bench/corpus.sh [BUILDDIR] [CORPUSDIR]      (TSV=FILE also writes
#          one tab-separated line per filing to FILE; ENTITIES=FILE is the
#          --entities file, tests/corpus/entities.tsv unless set)
set -u
src=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-.}" && pwd)
corpus=${2:-$src/../shared/corpus}
bin=$build/txbrl
# the CIKs of registrants whose filings print none (ENTITIES= for none)
entities=${ENTITIES-$src/tests/corpus/entities.tsv}
[ -d "$corpus" ] || { echo "corpus.sh: no corpus at $corpus" >&2; exit 2; }
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
: >"$tmp/codes"
: >"$tmp/rows"
printf '%-36s %9s %4s %13s %6s %9s %6s %4s %6s  %s\n' filing stm oth numbers cov foot facts ext% exit secs entities
for f in "$corpus"/*.txt; do
    stem=$(basename "$f" .txt)
    rm -rf "$tmp/out"
    start=$(date +%s.%N)
    set -- convert -o "$tmp/out"
    [ -f "$entities" ] && set -- "$@" --entities "$entities"
    "$bin" "$@" "$f" >/dev/null 2>"$tmp/err"
    rc=$?
    end=$(date +%s.%N)
    secs=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
    grep -o ': \(error\|warning\): \[[a-z0-9.-]*\]' "$tmp/err" >>"$tmp/codes"
    line=$(grep '\[convert.summary\]' "$tmp/err" | tail -n 1)
    echo "$line" | awk -v stem="$stem" -v rc="$rc" -v secs="$secs" '
    function num(pat,    s) {                 # the number right after pat
        s = $0
        if (!match(s, pat)) return 0
        s = substr(s, RSTART + RLENGTH)
        match(s, /[0-9]+/)
        return substr(s, RSTART, RLENGTH) + 0
    }
    {
        tables = num("tables: "); stm = num("found, "); stmc = num("statements \\(")
        oth = num("converted\\), "); printed = num("numbers in statements: ")
        conv = num("printed, "); othn = num("numbers in other tables: ")
        tot = num("tables with totals: "); foot = num("of which foot: ")
        facts = num("facts: "); ext = num("facts: [0-9]+ \\(")
        ents = $0; sub(/.*entities: /, "", ents)
        if ($0 == "") { ents = "-" }
        cov = printed ? sprintf("%.1f", 100 * conv / printed) : "-"
        extp = facts ? sprintf("%.0f", 100 * ext / facts) : "-"
        printf "%-36s %4d/%-4d %4d %6d/%-6d %6s %4d/%-4d %6d %4s %4d %6s  %s\n",
               stem, stm, stmc, oth, printed, conv, cov, foot, tot, facts, extp, rc, secs, ents
        printf "%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%s\t%s\n", stem, tables, stm, stmc,
               oth, printed, conv, othn, tot, foot, facts, ext, rc, secs >> "'"$tmp/rows"'"
    }'
done
awk -F'\t' '
    { n++; stm += $3; stmc += $4; oth += $5; pr += $6; cv += $7; tot += $9; ft += $10
      facts += $11; ext += $12; secs += $14; if ($13 == 0) ok++; if ($14 > max) max = $14 }
    END {
        printf "total: %d filings (%d exit 0); statement tables %d, converted %d; other tables %d;\n", n, ok, stm, stmc, oth
        printf "       numbers printed in statements %d, converted %d (coverage %.1f%%);\n", pr, cv, pr ? 100 * cv / pr : 0
        printf "       tables with totals %d, footing %d (%.1f%%); facts %d, on extension concepts %d (%.1f%%);\n", tot, ft, tot ? 100 * ft / tot : 0, facts, ext, facts ? 100 * ext / facts : 0
        printf "       wall time %.1f s (slowest filing %.2f s)\n", secs, max
    }' "$tmp/rows"
echo "findings by code:"
sed 's/^: //' "$tmp/codes" | sort | uniq -c | sort -rn | sed 's/^/  /'
[ -n "${TSV:-}" ] && cp "$tmp/rows" "$TSV"
exit 0

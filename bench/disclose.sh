#!/bin/sh
# bench/disclose.sh - what `txbrl check` finds in the narrative of real
# releases.
#
# Runs `txbrl check` on every exhibit of three sets and prints, per exhibit
# and per set, what its disclosure.summary note and its findings count:
#   claims   amounts and percentages of the narrative checked
#   ver      verified against a table
#   con      contradicted (each one is listed after the table, to be read
#            by hand against the filing)
#   unv      unverifiable
#   ng/unr   non-GAAP measures met / of them unreconciled
#   rec/ok   reconciliations found / footing and tying
#   secs     wall time
# then, per set, the unverifiable claims by reason.
# The sets:
#   seeds     samples/*.txt and ../shared/seeds/*.txt (one of each name)
#   exhibits  tests/exhibits/*.txt and ../shared/exhibits/*.txt (one of each name)
#   corpus    the 8-K and 8-K/A filings of ../shared/corpus (SOURCES.tsv's
#             form column); those whose notes say "Earnings release" are
#             marked * and also totalled alone (set "releases")
#   filings   the 10-K and 10-Q filings of ../shared/corpus (10-K405, 10-Q/A
#             and the like too)
# usage: bench/disclose.sh [BUILDDIR] [SHAREDDIR]    (TSV=FILE also writes one
#        tab-separated line per exhibit to FILE)
set -u
src=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-.}" && pwd)
shared=${2:-$src/../shared}
bin=$build/txbrl
[ -x "$bin" ] || { echo "disclose.sh: no txbrl in $build" >&2; exit 2; }
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM

# the exhibits of each set: SET<TAB>MARK<TAB>PATH
{
    for f in "$src"/samples/*.txt "$shared"/seeds/*.txt; do
        [ -f "$f" ] && printf 'seeds\t \t%s\n' "$f"
    done | awk -F'\t' '{ n = $3; sub(/.*\//, "", n); if (!(n in seen)) { seen[n] = 1; print } }'
    for f in "$src"/tests/exhibits/*.txt "$shared"/exhibits/*.txt; do
        [ -f "$f" ] && printf 'exhibits\t \t%s\n' "$f"
    done | awk -F'\t' '{ n = $3; sub(/.*\//, "", n); if (!(n in seen)) { seen[n] = 1; print } }'
    if [ -f "$shared/corpus/SOURCES.tsv" ]; then
        awk -F'\t' -v dir="$shared/corpus" 'NR > 1 && $7 ~ /^8-K/ && !($1 in seen) {
            seen[$1] = 1
            printf "corpus\t%s\t%s/%s\n", ($11 ~ /Earnings release/ ? "*" : " "), dir, $1 }' \
            "$shared/corpus/SOURCES.tsv"
        awk -F'\t' -v dir="$shared/corpus" 'NR > 1 && $7 ~ /^10-[KQ]/ && !($1 in seen) {
            seen[$1] = 1
            printf "filings\t \t%s/%s\n", dir, $1 }' "$shared/corpus/SOURCES.tsv"
    fi
} >"$tmp/list"

: >"$tmp/rows"
: >"$tmp/reasons"
: >"$tmp/contra"
printf '%-9s %-40s %6s %5s %5s %5s %7s %7s %6s\n' set exhibit claims ver con unv ng/unr rec/ok secs
while IFS="$(printf '\t')" read -r set mark f; do
    name=$(basename "$f" .txt)
    start=$(date +%s.%N)
    "$bin" check "$f" >"$tmp/out" 2>/dev/null
    end=$(date +%s.%N)
    secs=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
    sum=$(sed -n 's/^.*\[disclosure\.summary\] //p' "$tmp/out")
    # claims: N (V verified, C contradicted, U unverifiable); non-GAAP
    # measures: M (R unreconciled); reconciliations: K (F footing and tying; ...)
    set -- $(echo "$sum" | sed 's/[^0-9 ]/ /g')
    claims=${1:-0} ver=${2:-0} con=${3:-0} unv=${4:-0} ng=${5:-0} unr=${6:-0} rec=${7:-0} ok=${8:-0}
    printf '%-9s %-40s %6s %5s %5s %5s %7s %7s %6s\n' "$set" "$mark$name" "$claims" "$ver" "$con" \
        "$unv" "$ng/$unr" "$rec/$ok" "$secs"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$set" "$mark" "$name" "$claims" "$ver" "$con" \
        "$unv" "$ng" "$unr" "$rec" >>"$tmp/rows"
    # the reason of each unverifiable claim: the words after its quoted
    # figure and its (metric of entity, period), a trailing "; ..." aside
    grep '\[disclosure\.claim-unverifiable\]' "$tmp/out" |
        sed -e 's/^.*\[disclosure\.claim-unverifiable\] //' -e 's/; .*$//' \
            -e 's/ ([^()]* at line [0-9]*)$//' -e 's/^.*): //' -e "s/^'[^']*': //" |
        sed "s/^/$set	/" >>"$tmp/reasons"
    [ "$mark" = "*" ] && grep '\[disclosure\.claim-unverifiable\]' "$tmp/out" |
        sed -e 's/^.*\[disclosure\.claim-unverifiable\] //' -e 's/; .*$//' \
            -e 's/ ([^()]* at line [0-9]*)$//' -e 's/^.*): //' -e "s/^'[^']*': //" | sed 's/^/releases	/' >>"$tmp/reasons"
    grep -e '\[disclosure\.claim-contradicted\]' -e '\[disclosure\.reconciliation-mismatch\]' \
        -e '\[disclosure\.nongaap-unreconciled\]' "$tmp/out" | sed "s|^$shared/||; s|^$src/||" >>"$tmp/contra"
done <"$tmp/list"
[ -n "${TSV:-}" ] && cp "$tmp/rows" "$TSV"

echo
printf '%-9s %6s %6s %6s %6s %6s %6s %6s\n' total exh claims ver con unv ng/unr rec
awk -F'\t' '{
        for (k = 0; k < 2; k++) {
            s = k ? ($2 == "*" ? "releases" : "") : $1
            if (s == "") continue
            if (!(s in n)) order[++ns] = s
            n[s]++; c[s] += $4; v[s] += $5; x[s] += $6; u[s] += $7; g[s] += $8; r[s] += $9; q[s] += $10
        }
    }
    END { for (i = 1; i <= ns; i++) { s = order[i]
        printf "%-9s %6d %6d %6d %6d %6d %6s %6d\n", s, n[s], c[s], v[s], x[s], u[s], g[s] "/" r[s], q[s] } }' \
    "$tmp/rows"

echo
echo "claims about table metrics (all claims but those naming no metric or a"
echo "metric no table line holds) and the share of them verified:"
awk -F'\t' 'FNR == NR { if ($2 == "no metric named before it" || $2 == "no table line holds this measure") off[$1]++; next }
    { for (k = 0; k < 2; k++) { s = k ? ($2 == "*" ? "releases" : "") : $1
          if (s == "") continue
          if (!(s in c)) order[++ns] = s
          c[s] += $4; v[s] += $5 } }
    END { for (i = 1; i <= ns; i++) { s = order[i]; m = c[s] - off[s]
          printf "  %-9s %5d of %5d claims  verified %5d (%s)\n", s, m, c[s], v[s],
              m ? sprintf("%.0f%%", 100 * v[s] / m) : "-" } }' "$tmp/reasons" "$tmp/rows"

echo
echo "unverifiable by reason:"
sort "$tmp/reasons" | uniq -c | sort -k2,2 -k1,1nr | awk '{ printf "  %s\n", $0 }'
echo
echo "errors to read by hand against the filing:"
sed 's/^/  /' "$tmp/contra"

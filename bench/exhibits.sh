#!/bin/sh
# bench/exhibits.sh - how well the reader reads the real legacy exhibits.
#
# Converts every exhibit in DIR (default ../shared/exhibits beside the
# repository) and prints, per exhibit: tables found, item rows read (rows
# with values), facts written (numeric facts of the converted instance),
# tables that foot (tables with no body.not-footing finding: every total
# printed under a rule is a sum of its rows), warnings and errors; then a
# total line.  Run by hand from a build directory:
#   sh ../bench/exhibits.sh [DIR]
# TXBRL names the binary (default ./txbrl); TXBRL_DATADIR defaults to the
# source tree.
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:-$here/../shared/exhibits}
bin=${TXBRL:-./txbrl}
TXBRL_DATADIR=${TXBRL_DATADIR:-$here}
export TXBRL_DATADIR
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if [ ! -d "$dir" ]; then
    echo "exhibits.sh: no directory $dir" >&2
    exit 2
fi

printf '%-42s %6s %6s %6s %9s %8s %6s\n' exhibit tables rows facts footing warnings errors
T=0 R=0 F=0 O=0 W=0 E=0
for f in "$dir"/*.txt; do
    [ -f "$f" ] || continue
    stem=$(basename "$f" .txt)
    "$bin" inspect "$f" >"$tmp/out" 2>"$tmp/err"
    tables=$(sed -n 's/^tables  *\([0-9]*\).*/\1/p' "$tmp/out" | head -n 1)
    tables=${tables:-0}
    rows=$(grep -cE '^  [0-9]+(-[0-9]+)?  +(money|shares|per-share) ' "$tmp/out")
    bad=$(sed -n 's/.*\[body\.not-footing\] table at line \([0-9]*\):.*/\1/p' "$tmp/err" | sort -u | wc -l)
    foot=$((tables - bad))
    mkdir -p "$tmp/o"
    "$bin" convert -o "$tmp/o" "$f" >/dev/null 2>"$tmp/cerr"
    facts=0
    if [ -f "$tmp/o/$stem.xml" ]; then
        facts=$("$bin" facts "$tmp/o/$stem.xml" 2>/dev/null | tail -n +2 | grep -vc ',tx-dei:\|^tx-dei:')
    fi
    # findings of reading and converting, each counted once
    cat "$tmp/err" "$tmp/cerr" | sort -u >"$tmp/all"
    warnings=$(grep -c ': warning: ' "$tmp/all")
    errors=$(grep -c ': error: ' "$tmp/all")
    printf '%-42s %6d %6d %6d %5d/%-3d %8d %6d\n' "$stem" "$tables" "$rows" "$facts" \
        "$foot" "$tables" "$warnings" "$errors"
    T=$((T + tables)) R=$((R + rows)) F=$((F + facts)) O=$((O + foot))
    W=$((W + warnings)) E=$((E + errors))
    rm -rf "$tmp/o"
done
printf '%-42s %6d %6d %6d %5d/%-3d %8d %6d\n' total "$T" "$R" "$F" "$O" "$T" "$W" "$E"

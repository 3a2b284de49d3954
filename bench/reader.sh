#!/bin/sh
# bench/reader.sh - how fast the reader is, as a ratio to a named baseline.
#
# Input: the two seed releases repeated to about SIZE_MB megabytes (default 50,
# under the 64 MiB input limit).  Baseline: `awk '{ n += NF } END { print n }'`,
# one pass that splits every line into fields - the least any reader of the
# file must do.  Measured: `txbrl inspect --format tsv` (decode, segment,
# header, body, print).  Prints wall seconds, peak memory and the ratio.
# Run by hand from a build directory: sh ../bench/reader.sh [SIZE_MB]
set -eu
size=${1:-50}
here=$(cd "$(dirname "$0")/.." && pwd)
bin=${TXBRL:-./txbrl}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
one="$here/samples/000_d7aca33587365376.txt $here/samples/001_cb80689da7aea96e.txt"
: >"$tmp/big.txt"
while [ "$(wc -c <"$tmp/big.txt")" -lt $((size * 1000000)) ]; do
    cat $one $one $one $one $one $one $one $one >>"$tmp/big.txt"
done
bytes=$(wc -c <"$tmp/big.txt")
measure() {  # label command...
    label=$1; shift
    /usr/bin/time -f "%e %M" -o "$tmp/t" "$@" >/dev/null 2>&1 || true
    read -r secs kb <"$tmp/t"
    echo "$label: ${secs}s, peak ${kb} KiB"
    eval "${label}_s=$secs"
}
echo "input: $bytes bytes"
measure baseline awk '{ n += NF } END { print n }' "$tmp/big.txt"
measure txbrl "$bin" inspect --format tsv "$tmp/big.txt"
awk -v a="$baseline_s" -v b="$txbrl_s" 'BEGIN { if (a > 0) printf "ratio txbrl/awk: %.2f\n", b / a }'

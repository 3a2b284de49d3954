#!/bin/sh
# exhibits.sh - real legacy exhibits with hand-checked expected facts.
# For every tests/exhibits/STEM.expected-facts.csv (written by reading
# tests/exhibits/STEM.txt, see STEM.notes.md), the exhibit is converted with
# tests/exhibits/entities.tsv, listed by `txbrl facts`, and compared with the
# expectation: tx-dei rows and '#' lines dropped, rows sorted (LC_ALL=C).
# The instance must validate first (`txbrl validate --werror`: schema,
# XBRL 2.1, the calculations of its own footing, ties, dimensions).
# Options for one exhibit (an extract that names no entity: --cik) come
# from tests/exhibits/STEM.args.  Facts of EX-27 schedules (dimension
# txbrl:SourceAxis) are compared only where the expectation lists some
# (tests/ex27.sh checks the schedules).
# Prints PASS/FAIL per exhibit (with the first differences) and a closing
# line `exhibits: N passed, N failed`.
set -u
srcdir=${top_srcdir:-.}
bin=${top_builddir:-.}/txbrl
dir="$srcdir/tests/exhibits"
: "${TXBRL_DATADIR:=$srcdir}"
export TXBRL_DATADIR
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0 fail=0
# keep: drop '#' lines and tx-dei rows, header first, rows sorted.
keep() {
    grep -v '^#' "$1" | grep -v '^tx-dei:' >"$tmp/k" || true
    head -n 1 "$tmp/k"
    tail -n +2 "$tmp/k" | LC_ALL=C sort
}
for exp in "$dir"/*.expected-facts.csv; do
    [ -f "$exp" ] || continue
    stem=$(basename "$exp" .expected-facts.csv)
    input="$dir/$stem.txt"
    if [ ! -f "$input" ]; then
        echo "FAIL $stem: no exhibit $input"; fail=$((fail + 1)); continue
    fi
    rm -rf "$tmp/out"
    args=""
    [ -f "$dir/$stem.args" ] && args=$(cat "$dir/$stem.args")
    # shellcheck disable=SC2086
    "$bin" convert --entities "$dir/entities.tsv" $args -o "$tmp/out" "$input" \
        >/dev/null 2>"$tmp/err"
    rc=$?
    if [ ! -f "$tmp/out/$stem.xml" ]; then
        echo "FAIL $stem: txbrl convert wrote no instance (exit $rc)"
        head -20 "$tmp/err"; fail=$((fail + 1)); continue
    fi
    # what was written validates: every layer, warnings as errors
    if ! "$bin" validate --werror "$tmp/out/$stem.xml" >"$tmp/verr" 2>&1; then
        echo "FAIL $stem: the instance does not validate"; head -10 "$tmp/verr"
        fail=$((fail + 1)); continue
    fi
    if ! "$bin" facts "$tmp/out/$stem.xml" >"$tmp/facts.csv" 2>"$tmp/err"; then
        echo "FAIL $stem: txbrl facts exited non-zero"; head -20 "$tmp/err"
        fail=$((fail + 1)); continue
    fi
    keep "$exp" >"$tmp/want"
    if grep -q 'txbrl:SourceAxis' "$tmp/want"; then
        keep "$tmp/facts.csv" >"$tmp/got"
    else
        keep "$tmp/facts.csv" | grep -v 'txbrl:SourceAxis' >"$tmp/got"
    fi
    nwant=$(($(wc -l <"$tmp/want") - 1))
    if diff -u "$tmp/want" "$tmp/got" >"$tmp/diff"; then
        echo "PASS $stem ($nwant facts)"
        pass=$((pass + 1))
    else
        tail -n +2 "$tmp/want" >"$tmp/w"; tail -n +2 "$tmp/got" >"$tmp/g"
        same=$(LC_ALL=C comm -12 "$tmp/w" "$tmp/g" | wc -l)
        missing=$(LC_ALL=C comm -23 "$tmp/w" "$tmp/g" | wc -l)
        extra=$(LC_ALL=C comm -13 "$tmp/w" "$tmp/g" | wc -l)
        echo "FAIL $stem: $same of $nwant facts match, $missing missing or different, $extra unexpected (convert exit $rc)"
        head -40 "$tmp/diff"
        fail=$((fail + 1))
    fi
done
echo "exhibits: $pass passed, $fail failed"
[ "$fail" -eq 0 ]

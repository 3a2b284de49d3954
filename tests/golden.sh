#!/bin/sh
# golden.sh - every sample exhibit with a hand-checked expectation in
# tests/golden/STEM.expected.tsv is read by `txbrl inspect --format tsv`
# and must match it exactly ('#' lines in the expectation are comments).
# The expectations were written by reading the exhibits, not from output.
set -u
srcdir=${top_srcdir:-.}
bin=${top_builddir:-.}/txbrl
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0 fail=0
for exp in "$srcdir"/tests/golden/*.expected.tsv; do
    stem=$(basename "$exp" .expected.tsv)
    input="$srcdir/samples/$stem.txt"
    [ -f "$input" ] || input="$srcdir/tests/golden/$stem.txt"
    if ! "$bin" inspect --format tsv "$input" >"$tmp/got" 2>"$tmp/err"; then
        echo "FAIL $stem: txbrl inspect exited non-zero"; cat "$tmp/err"
        fail=$((fail + 1)); continue
    fi
    grep -v '^#' "$exp" >"$tmp/want"
    if diff -u "$tmp/want" "$tmp/got" >"$tmp/diff"; then
        echo "PASS $stem ($(grep -c '^row' "$tmp/want") rows)"
        pass=$((pass + 1))
    else
        echo "FAIL $stem"; head -40 "$tmp/diff"
        fail=$((fail + 1))
    fi
    # The JSON form is JSON (checked where python3 is there to parse it).
    if command -v python3 >/dev/null 2>&1; then
        if "$bin" inspect --format json "$input" 2>/dev/null |
           python3 -c 'import json,sys; json.load(sys.stdin)' 2>"$tmp/jerr"; then
            pass=$((pass + 1))
        else
            echo "FAIL $stem: --format json is not JSON"; cat "$tmp/jerr"; fail=$((fail + 1))
        fi
    else
        echo "SKIP $stem: no python3 to check the JSON"
    fi
    # Same input, same output: byte for byte, in every format.
    for fmt in text json tsv; do
        "$bin" inspect --format $fmt "$input" >"$tmp/a" 2>/dev/null
        "$bin" inspect --format $fmt "$input" >"$tmp/b" 2>/dev/null
        if cmp -s "$tmp/a" "$tmp/b"; then pass=$((pass + 1)); else
            echo "FAIL $stem: --format $fmt output differs between runs"; fail=$((fail + 1)); fi
    done
done
# Conversion: each sample with tests/golden/STEM.expected-facts.csv (written
# by reading the exhibit) converts, and `txbrl facts` lists exactly those
# facts (compared sorted); converting again gives byte-identical files.
for exp in "$srcdir"/tests/golden/*.expected-facts.csv; do
    stem=$(basename "$exp" .expected-facts.csv)
    input="$srcdir/samples/$stem.txt"
    rm -rf "$tmp/out" "$tmp/again"
    if ! "$bin" convert --entities "$srcdir/samples/entities.tsv" -o "$tmp/out" "$input" \
         >/dev/null 2>"$tmp/err"; then
        echo "FAIL $stem: txbrl convert exited non-zero"; cat "$tmp/err"
        fail=$((fail + 1)); continue
    fi
    "$bin" facts "$tmp/out/$stem.xml" >"$tmp/facts.csv" 2>"$tmp/err" || {
        echo "FAIL $stem: txbrl facts exited non-zero"; cat "$tmp/err"; fail=$((fail + 1)); continue; }
    { head -n 1 "$tmp/facts.csv"; tail -n +2 "$tmp/facts.csv" | LC_ALL=C sort; } >"$tmp/got"
    if diff -u "$exp" "$tmp/got" >"$tmp/diff"; then
        echo "PASS $stem facts ($(($(wc -l <"$exp") - 1)) facts)"
        pass=$((pass + 1))
    else
        echo "FAIL $stem facts"; head -40 "$tmp/diff"
        fail=$((fail + 1))
    fi
    "$bin" convert --entities "$srcdir/samples/entities.tsv" -o "$tmp/again" "$input" >/dev/null 2>&1
    if diff -r "$tmp/out" "$tmp/again" >/dev/null; then pass=$((pass + 1)); else
        echo "FAIL $stem: a second conversion differs"; fail=$((fail + 1)); fi
done
echo "golden: $pass passed, $fail failed"
[ "$fail" -eq 0 ]

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
echo "golden: $pass passed, $fail failed"
[ "$fail" -eq 0 ]

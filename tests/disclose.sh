#!/bin/sh
# disclose.sh - `txbrl check`: the disclosure checks of the seeds and of
# copies of them with planted errors.
#
# tests/disclose/STEM.expect lists every finding of `txbrl check` on
# samples/STEM*.txt (LINE<TAB>CODE<TAB># why, in output order, written by
# reading the seed) and the exact summary ("summary<TAB>MESSAGE").
# tests/disclose/planted-NAME.sed plants one error in a copy of a seed (its
# first line names the seed); planted-NAME.expect gives the exit status
# ("exit N") and every error expected (LINE<TAB>CODE): the planted error is
# caught with its code, and nothing else is an error.
set -u
srcdir=${top_srcdir:-.}
bin=$(cd "${top_builddir:-.}" && pwd)/txbrl
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0 fail=0
ok() { echo "PASS $1"; pass=$((pass + 1)); }
nok() { echo "FAIL $1"; fail=$((fail + 1)); }
tab=$(printf '\t')

# LINE<TAB>CODE of each finding of a text report
codes() { sed -n 's/^.*:\([0-9][0-9]*\): [a-z]*: \[\([^]]*\)\].*$/\1\t\2/p' "$1"; }
# the expected LINE<TAB>CODE lines of an .expect file
wanted() { grep -v -e '^#' -e '^exit ' -e '^summary' "$1" | cut -f1,2; }

for expect in "$srcdir"/tests/disclose/[0-9]*.expect; do
    stem=$(basename "$expect" .expect)
    input=$(ls "$srcdir"/samples/"$stem"_*.txt)
    "$bin" check "$input" >"$tmp/out" 2>"$tmp/err"; rc=$?
    [ "$rc" -eq 0 ] && ok "$stem: exit 0 (no error in a seed)" || { nok "$stem: exit $rc"; cat "$tmp/err"; }
    codes "$tmp/out" >"$tmp/got"
    wanted "$expect" >"$tmp/want"
    if diff -u "$tmp/want" "$tmp/got" >"$tmp/diff"; then
        ok "$stem: $(wc -l <"$tmp/want") findings, each code and line as expected"
    else
        nok "$stem: findings"; head -30 "$tmp/diff"
    fi
    want_sum=$(sed -n "s/^summary$tab//p" "$expect")
    got_sum=$(sed -n 's/^.*\[disclosure\.summary\] //p' "$tmp/out")
    [ "$want_sum" = "$got_sum" ] && ok "$stem: $got_sum" || nok "$stem: summary '$got_sum', want '$want_sum'"
    # deterministic, and the JSON form holds the same findings
    "$bin" check "$input" >"$tmp/again" 2>/dev/null
    cmp -s "$tmp/out" "$tmp/again" && ok "$stem: same output twice" || nok "$stem: output differs between runs"
    "$bin" check --format json "$input" >"$tmp/json" 2>/dev/null
    n_json=$(grep -c '"layer": "disclosure"' "$tmp/json")
    [ "$n_json" -eq "$(wc -l <"$tmp/got")" ] && ok "$stem: JSON, $n_json findings of layer disclosure" \
        || nok "$stem: JSON has $n_json findings"
    if command -v python3 >/dev/null 2>&1; then
        python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$tmp/json" \
            && ok "$stem: JSON parses" || nok "$stem: JSON does not parse"
    fi
    # convert reports the same warnings and errors, and the summary
    "$bin" convert --entities "$srcdir/samples/entities.tsv" -o "$tmp/conv" "$input" >/dev/null 2>"$tmp/cerr"
    crc=$?
    grep -e ' warning: \[disclosure' -e ' error: \[disclosure' -e '\[disclosure.summary\]' "$tmp/out" >"$tmp/w1"
    grep -e '\[disclosure' "$tmp/cerr" >"$tmp/w2"
    [ "$crc" -eq 0 ] && diff "$tmp/w1" "$tmp/w2" >/dev/null && ok "$stem: convert reports the disclosure findings" \
        || { nok "$stem: convert (exit $crc)"; diff "$tmp/w1" "$tmp/w2" | head; }
done

# tests/disclose/release-NAME.txt are excerpts of real earnings releases;
# release-NAME.expect lists every claim verified and every disclosure error
# (LINE<TAB>CODE<TAB># why), written by reading the excerpt: nothing else is
# verified or an error (no claim contradicted that the text does not
# contradict).
for expect in "$srcdir"/tests/disclose/release-*.expect; do
    name=$(basename "$expect" .expect)
    input="$srcdir/tests/disclose/$name.txt"
    "$bin" check "$input" >"$tmp/out" 2>"$tmp/err"; rc=$?
    sed -n -e 's/^.*:\([0-9][0-9]*\): note: \[\(disclosure\.claim-verified\)\].*$/\1\t\2/p' \
        -e 's/^.*:\([0-9][0-9]*\): error: \[\(disclosure\.[^]]*\)\].*$/\1\t\2/p' "$tmp/out" >"$tmp/got"
    wanted "$expect" >"$tmp/want"
    if diff -u "$tmp/want" "$tmp/got" >"$tmp/diff"; then
        ok "$name: $(grep -c verified "$tmp/want") claims verified, $(grep -vc verified "$tmp/want") errors, as read"
    else
        nok "$name: findings (exit $rc)"; head -30 "$tmp/diff"
    fi
done

# the dev exhibits: no claim contradicted (none of their figures is wrong);
# Southern's two-row summary (net income as reported and excluding one-time
# items, lines 773-775) reconciles its non-GAAP earnings
for f in "$srcdir"/tests/exhibits/*.txt; do
    name=$(basename "$f" .txt)
    "$bin" check "$f" >"$tmp/out" 2>/dev/null
    n=$(grep -c '\[disclosure\.claim-contradicted\]' "$tmp/out")
    [ "$n" -eq 0 ] && ok "$name: no claim contradicted" || { nok "$name: $n claims contradicted"; grep contradicted "$tmp/out" | head -5; }
    case $name in
    12_southern*)
        if grep -q '\[disclosure\.nongaap-unreconciled\]' "$tmp/out"; then
            nok "$name: the two-row summary is not taken as a reconciliation"
        else
            ok "$name: the two-row summary reconciles the non-GAAP earnings"
        fi ;;
    esac
done

for sedf in "$srcdir"/tests/disclose/planted-*.sed; do
    name=$(basename "$sedf" .sed)
    expect="$srcdir/tests/disclose/$name.expect"
    # "# seed NNN: ..." plants in samples/NNN_*.txt, "# release NAME: ..."
    # in tests/disclose/release-NAME.txt
    seed=$(sed -n '1s/^# seed \([0-9]*\):.*/\1/p' "$sedf")
    release=$(sed -n '1s/^# release \([a-z0-9-]*\):.*/\1/p' "$sedf")
    if [ -n "$release" ]; then
        input="$srcdir/tests/disclose/release-$release.txt"
    else
        input=$(ls "$srcdir"/samples/"$seed"_*.txt)
    fi
    sed -f "$sedf" "$input" >"$tmp/$name.txt"
    if cmp -s "$input" "$tmp/$name.txt"; then nok "$name: the sed script changed nothing"; continue; fi
    "$bin" check "$tmp/$name.txt" >"$tmp/out" 2>"$tmp/err"; rc=$?
    want_rc=$(sed -n 's/^exit //p' "$expect")
    # disclosure errors only: the planted one, nothing else
    sed -n 's/^.*:\([0-9][0-9]*\): error: \[\(disclosure\.[^]]*\)\].*$/\1\t\2/p' "$tmp/out" >"$tmp/got"
    wanted "$expect" >"$tmp/want"
    if [ "$rc" = "$want_rc" ] && diff -u "$tmp/want" "$tmp/got" >"$tmp/diff"; then
        ok "$name: caught: $(cut -f2 "$tmp/want" | sort -u | tr '\n' ' ')"
    else
        nok "$name: exit $rc (want $want_rc)"; cat "$tmp/diff" 2>/dev/null | head -20
    fi
done

# usage and I/O
"$bin" check >/dev/null 2>&1; [ $? -eq 2 ] && ok "no exhibit: exit 2" || nok "no exhibit: exit status"
"$bin" check "$tmp/does-not-exist.txt" >"$tmp/out" 2>"$tmp/err"; rc=$?
[ $rc -eq 2 ] && grep -q '\[read.open\]' "$tmp/err" && [ ! -s "$tmp/out" ] \
    && ok "missing file: exit 2, read.open on stderr, nothing on stdout" || nok "missing file: exit $rc"
"$bin" check --format xml "$srcdir/samples/000_d7aca33587365376.txt" >/dev/null 2>&1
[ $? -eq 2 ] && ok "bad format: exit 2" || nok "bad format: exit status"

echo "disclose: $pass passed, $fail failed"
[ "$fail" -eq 0 ]

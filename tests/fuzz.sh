#!/bin/sh
# fuzz.sh - inputs that once broke the reader, and pathological ones.
#
# 1. tests/fuzz/regress/: inputs the fuzzers (tests/fuzz/README.md) found
#    crashing, leaking or hanging, kept after the fix.  Each goes through its
#    fuzz target built as a plain program (*.txt: tests/fuzz/fuzz_exhibit:
#    read, inspect, map, disclosure checks; *.xml: tests/fuzz/fuzz_validate:
#    validate, read the facts), under valgrind when it is installed
#    (./setup.sh installs it; TX_VALGRIND=0 turns it off), so that leaks and
#    bad reads fail too, not only crashes.
# 2. Pathological inputs made here (cmark's idea): shapes that drive a
#    careless reader quadratic or into a loop (3,000 rows of extension
#    concepts, a label wrapped over 2,000 lines, 60 columns, 5,000 unclosed <TABLE>
#    tags, a sentence of 20,000 amounts, ...).  `txbrl convert` must end
#    with exit 0 or 1, never a signal, within a hang guard of 120 s (not a
#    speed target: those are in bench/), and leave no temporary file.
set -u
srcdir=${top_srcdir:-.}
build=$(cd "${top_builddir:-.}" && pwd)
bin=$build/txbrl
harness=$build/tests/fuzz/fuzz_exhibit
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0 fail=0
guard=${TX_HANG_GUARD:-120}

ok() { echo "PASS $1"; pass=$((pass + 1)); }
ko() { echo "FAIL $1"; fail=$((fail + 1)); }

# ------------------------------------------------------------ regressions
vg=""
if [ "${TX_VALGRIND:-1}" = 1 ] && command -v valgrind >/dev/null 2>&1; then
    vg="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite"
fi
for f in "$srcdir"/tests/fuzz/regress/*.txt "$srcdir"/tests/fuzz/regress/*.xml; do
    [ -f "$f" ] || continue
    name=regress/$(basename "$f")
    case $f in *.xml) target=$build/tests/fuzz/fuzz_validate ;; *) target=$harness ;; esac
    # shellcheck disable=SC2086
    TMPDIR=$tmp timeout "$guard" $vg "$target" "$f" >"$tmp/out" 2>"$tmp/err"
    rc=$?
    if [ "$rc" -eq 0 ]; then ok "$name${vg:+ (valgrind)}"; else ko "$name (exit $rc)"; head -20 "$tmp/err"; fi
done

# ------------------------------------------------------------ pathological
# A statement of income: three standard rows, N extension rows and their
# total (which foots).
tall() {
    echo "                         EXAMPLE CORP."
    echo "                  CONSOLIDATED STATEMENTS OF INCOME"
    echo "                         (in thousands)"
    echo
    echo "                                              Year ended December 31,"
    echo "                                              1999            1998"
    echo "                                            --------        --------"
    # labels without digits (in "Expense 1999" the 1999 reads as a year):
    # "Expense aaab", "Expense aaac", ...; amounts with thousands separators,
    # as statements print them
    awk -v n="$1" 'function name(i,  s, k) { s = ""; for (k = 0; k < 4; k++) { s = sprintf("%c", 97 + i % 26) s; i = int(i / 26) } return s }
                   function th(v,  s) { s = ""; while (v >= 1000) { s = sprintf(",%03d", v % 1000) s; v = int(v / 1000) } return v s }
                   BEGIN { print "Selling, general and administrative          1,000           1,000"
                           print "Cost of sales                                   600             600"
                           print "Research and development                        100             100"
                           for (i = 1; i <= n; i++) printf "Expense %-23s           %8s        %8s\n", name(i), th(10000 + i), th(10001 + i)
                           print "                                            --------        --------"
                           printf "Total costs and expenses                  %8s        %8s\n", th(n * (n + 1) / 2 + 10000 * n + 1700), th(n * (n + 3) / 2 + 10000 * n + 1700)
                           print "                                            ========        ========" }'
}
# One label wrapped over N lines before its values.
wrapped() {
    echo "                  CONSOLIDATED BALANCE SHEETS"
    echo "                         (in thousands)"
    echo "                                             December 31,"
    echo "                                          1999          1998"
    echo "                                        --------      --------"
    awk -v n="$1" 'BEGIN { for (i = 1; i < n; i++) print "  and other current assets of the kind"
                           print "  Cash and cash equivalents                  1,000         2,000"
                           print "Total assets                               1,000         2,000" }'
}
# A header of N year columns.
wide() {
    echo "                  CONSOLIDATED STATEMENTS OF INCOME"
    echo "                         (in millions)"
    echo
    echo "                    Year ended December 31,"
    awk -v n="$1" 'BEGIN { h = "                    "; for (i = 0; i < n; i++) h = h sprintf("%10d", 1999 - i); print h; print ""
                           for (r = 0; r < 5; r++) { l = sprintf("%-20s", "Net sales " r); for (i = 0; i < n; i++) l = l sprintf("%10d", i + r); print l } }'
}
# N <TABLE> tags that are never closed, each with a caption line.
unclosed() {
    awk -v n="$1" 'BEGIN { for (i = 0; i < n; i++) { print "<TABLE>"; print "<CAPTION>"; print "Balance sheet " i; print "<S>   <C>" } }'
}
# One paragraph of N amounts and percentages.
prose() {
    awk -v n="$1" 'BEGIN { printf "Net revenues for the third quarter were"; for (i = 0; i < n; i++) printf " $%d.%d million, an\nincrease of %d percent,", i, i % 10, i % 100; print " compared with the same period last year." }'
    echo
    tall 3
}
# N <PAGE> breaks inside one table.
pages() {
    echo "<TABLE>"
    echo "<CAPTION>"
    echo "                  CONSOLIDATED STATEMENTS OF INCOME"
    echo "                         (in thousands)"
    echo "</CAPTION>"
    echo "<S>                                     <C>           <C>"
    echo "                                         Year ended December 31,"
    echo "                                           1999          1998"
    awk -v n="$1" 'BEGIN { for (i = 0; i < n; i++) { printf "Net sales %-24d      %8s      %8s\n", i, "1,000", "2,000"; print "<PAGE>" } }'
    echo "</TABLE>"
}
# N lines of dashes, equals signs and parentheses only.
rules() {
    awk -v n="$1" 'BEGIN { for (i = 0; i < n; i++) print (i % 3 ? "   --------   ========   (   )   $" : "((((((((((((((((((((((((((((((((((((") }'
}
# Every byte value, repeated.
bytes() {
    awk -v n="$1" 'BEGIN { for (k = 0; k < n; k++) for (i = 1; i < 256; i++) printf "%c", i; print "" }'
}

for case in "tall 3000" "wrapped 2000" "wide 60" "unclosed 5000" "prose 20000" "pages 5000" "rules 50000" "bytes 2000"; do
    set -- $case
    name="pathological/$1-$2"
    "$1" "$2" >"$tmp/$1.txt"
    rm -rf "$tmp/out"
    timeout "$guard" "$bin" convert --cik 320193 -o "$tmp/out" "$tmp/$1.txt" >/dev/null 2>"$tmp/err"
    rc=$?
    if [ "$rc" -eq 124 ]; then
        ko "$name: still running after ${guard} s"
    elif [ "$rc" -gt 1 ]; then
        ko "$name: exit $rc"; tail -5 "$tmp/err"
    elif [ -n "$(find "$tmp/out" -name '*.tmp*' 2>/dev/null)" ]; then
        ko "$name: temporary files left behind"
    else
        ok "$name (exit $rc)"
    fi
done

echo "fuzz.sh: $pass passed, $fail failed"
[ "$fail" -eq 0 ]

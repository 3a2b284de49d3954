#!/bin/sh
# agreement.sh - txbrl validate against outcomes stored in the repository,
# on a corpus of instances (tests/agreement/README.md):
#   - one-change mutants of seed 000's converted instance (agreement/mutants.tsv),
#     in both calculation modes: exit status and the exact set of finding codes;
#   - the converted exhibits of samples/ and tests/exhibits/ (agreement/exhibits.tsv),
#     in both modes.
# The XBRL 2.1 conformance suite's instances, the third part of the corpus,
# are run by tests/conformance.sh (both modes: tests/conformance-calc11.txt).
set -u
srcdir=$(cd "${top_srcdir:-.}" && pwd)
bin=$(cd "${top_builddir:-.}" && pwd)/txbrl
[ -x "$bin" ] || { echo "agreement: no txbrl binary at $bin"; exit 99; }
: "${TXBRL_DATADIR:=$srcdir}"; export TXBRL_DATADIR
dir=$srcdir/tests/agreement
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0 fail=0

# "EXIT codes,..." of `txbrl validate [ARGS] FILE` run in FILE's folder
outcome() {  # FILE ARGS...
    f=$1; shift
    (cd "$(dirname "$f")" && "$bin" validate "$@" "$(basename "$f")" >/dev/null 2>"$tmp/err"); rc=$?
    codes=$(sed -n 's/^[^[]*: \(error\|warning\): \[\([a-z0-9.-]*\)\].*/\2/p' "$tmp/err" | sort -u | paste -sd, -)
    echo "$rc ${codes:--}"
}

check() {  # NAME WANT GOT
    if [ "$2" = "$3" ]; then echo "PASS $1"; pass=$((pass + 1)); else
        echo "FAIL $1: want '$2', got '$3'"; head -5 "$tmp/err"; fail=$((fail + 1)); fi
}

# the mutants
"$bin" convert --entities "$srcdir/samples/entities.tsv" -o "$tmp/seed" \
    "$srcdir/samples/000_d7aca33587365376.txt" >/dev/null 2>&1
inst=$tmp/seed/000_d7aca33587365376.xml
[ -f "$inst" ] || { echo "FAIL: seed 000 did not convert"; exit 1; }
check "seed 000 (calculations 1.1)" "0 -" "$(outcome "$inst")"
check "seed 000 (--calc 2.1)" "0 -" "$(outcome "$inst" --calc 2.1)"
while IFS='	' read -r name script want11 want21; do
    case $name in ''|'#'*) continue ;; esac
    m=$tmp/seed/$name.xml
    sed "$script" "$inst" >"$m"
    if cmp -s "$inst" "$m"; then echo "FAIL $name: the sed script changed nothing"; fail=$((fail + 1)); continue; fi
    check "$name (calculations 1.1)" "$want11" "$(outcome "$m")"
    check "$name (--calc 2.1)" "$want21" "$(outcome "$m" --calc 2.1)"
    rm -f "$m"
done <"$dir/mutants.tsv"

# the converted exhibits
while IFS='	' read -r exhibit args want11 want21; do
    case $exhibit in ''|'#'*) continue ;; esac
    stem=$(basename "$exhibit" .txt)
    [ "$args" = - ] && args=
    # shellcheck disable=SC2086
    "$bin" convert --entities "$srcdir/samples/entities.tsv" $args -o "$tmp/ex" \
        "$srcdir/$exhibit" >/dev/null 2>&1
    if [ ! -f "$tmp/ex/$stem.xml" ]; then echo "FAIL $exhibit: not converted"; fail=$((fail + 1)); continue; fi
    check "$stem (calculations 1.1)" "$want11" "$(outcome "$tmp/ex/$stem.xml")"
    check "$stem (--calc 2.1)" "$want21" "$(outcome "$tmp/ex/$stem.xml" --calc 2.1)"
done <"$dir/exhibits.tsv"

echo "agreement: $pass passed, $fail failed"
[ "$fail" = 0 ]

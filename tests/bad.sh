#!/bin/sh
# bad.sh - bad input gives an exact diagnostic and exit status, never a crash.
#
# Each tests/bad/NAME.expect holds the expected exit status on its first line
# ("exit N"), then the exact stderr of `txbrl inspect NAME.txt` run in the
# folder of the input (or of the command in NAME.args: usage-*, dir-*,
# missing-file, convert-*).  Inputs are tests/bad/NAME.txt, or made here when they
# are too big or too binary to keep in git (see make_input below).
set -u
srcdir=${top_srcdir:-.}
bin=$(cd "${top_builddir:-.}" && pwd)/txbrl
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0 fail=0

make_input() {  # NAME -> writes $tmp/NAME.txt when the case is generated
    case $1 in
    binary) printf 'PK\003\004\000\000\010\000binary\000\377\376junk\n' >"$tmp/binary.txt" ;;
    huge)   # 100 MB of a real exhibit repeated: over the input size limit
            i=0; : >"$tmp/huge.txt"
            while [ $i -lt 3700 ]; do cat "$srcdir/samples/000_d7aca33587365376.txt"; i=$((i + 1)); done >"$tmp/huge.txt" ;;
    longline) { echo "A line of a megabyte:"; head -c 1000000 /dev/zero | tr '\0' 'x'; echo; } >"$tmp/longline.txt" ;;
    *) cp "$srcdir/tests/bad/$1.txt" "$tmp/$1.txt" ;;
    esac
}

check() {  # NAME EXPECTFILE ARGS...
    name=$1 expect=$2; shift 2
    want_exit=$(sed -n '1s/^exit //p' "$expect")
    sed '1d' "$expect" >"$tmp/want"
    rm -rf "$tmp/out"
    (cd "$tmp" && "$bin" "$@" >/dev/null 2>"$tmp/got"); got_exit=$?
    # a failed conversion leaves no file behind, not even a temporary one
    leftovers=$(find "$tmp/out" -type f 2>/dev/null | wc -l)
    if [ "$got_exit" != 0 ] && [ "$leftovers" != 0 ]; then
        echo "FAIL $name: files left in the output directory"; fail=$((fail + 1)); return
    fi
    if [ "$got_exit" = "$want_exit" ] && diff -u "$tmp/want" "$tmp/got" >"$tmp/diff"; then
        echo "PASS $name"; pass=$((pass + 1))
    else
        echo "FAIL $name: exit $got_exit (want $want_exit)"; cat "$tmp/diff" 2>/dev/null | head -20
        fail=$((fail + 1))
    fi
}

for expect in "$srcdir"/tests/bad/*.expect; do
    name=$(basename "$expect" .expect)
    case $name in
    usage-*|missing-file) args=$(sed -n '1p' "$srcdir/tests/bad/$name.args") ;;
    dir-*)  # a folder where a file is wanted: the same finding in every subcommand
        args=$(sed -n '1p' "$srcdir/tests/bad/$name.args"); mkdir -p "$tmp/adir" ;;
    convert-*)  # convert-INPUT: the args file names its input
        args=$(sed -n '1p' "$srcdir/tests/bad/$name.args")
        make_input "$(sed -n '2p' "$srcdir/tests/bad/$name.args")"
        : >"$tmp/notadir" ;;
    *) make_input "$name"; args="inspect $name.txt" ;;
    esac
    # shellcheck disable=SC2086
    check "$name" "$expect" $args
done
echo "bad inputs: $pass passed, $fail failed"
[ "$fail" -eq 0 ]

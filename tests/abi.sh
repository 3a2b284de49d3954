#!/bin/sh
# abi.sh - the shared library exports exactly the public API: the functions
# that src/txbrl.h declares (with TX_API), no internal tx_* symbol and nothing
# else.  Skipped (77) when the library was built without a shared object or
# nm is missing.
set -u
srcdir=${top_srcdir:-.}
build=${top_builddir:-.}
so=$build/.libs/libtxbrl.so
if [ ! -f "$so" ] || ! command -v nm >/dev/null 2>&1; then
    echo "SKIP: no shared library ($so) or no nm"
    exit 77
fi
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT INT TERM
# every defined dynamic symbol of the library (functions and data)
nm -D --defined-only "$so" | awk '{ print $3 }' | LC_ALL=C sort -u >"$tmp/exported"
# every function the header declares: "TX_API type name(" at the start of a line
grep -E '^TX_API ' "$srcdir/src/txbrl.h" | grep -oE 'tx_[a-z0-9_]+\(' | tr -d '(' |
    LC_ALL=C sort -u >"$tmp/declared"
pass=0 fail=0
n=$(wc -l <"$tmp/declared")
if [ "$n" -lt 20 ]; then
    echo "FAIL: only $n functions read from txbrl.h"; fail=$((fail + 1))
else
    pass=$((pass + 1))
fi
extra=$(LC_ALL=C comm -23 "$tmp/exported" "$tmp/declared")
missing=$(LC_ALL=C comm -13 "$tmp/exported" "$tmp/declared")
if [ -z "$extra" ]; then
    echo "PASS: nothing exported beyond txbrl.h ($(wc -l <"$tmp/exported") symbols)"; pass=$((pass + 1))
else
    echo "FAIL: exported but not in txbrl.h:"; echo "$extra" | sed 's/^/  /'; fail=$((fail + 1))
fi
if [ -z "$missing" ]; then
    echo "PASS: every function of txbrl.h is exported ($n)"; pass=$((pass + 1))
else
    echo "FAIL: declared in txbrl.h but not exported:"; echo "$missing" | sed 's/^/  /'; fail=$((fail + 1))
fi
# the soname carries the interface's current version
soname=$(objdump -p "$so" 2>/dev/null | awk '$1 == "SONAME" { print $2 }')
case $soname in
libtxbrl.so.[0-9]*) echo "PASS: soname $soname"; pass=$((pass + 1)) ;;
*) echo "FAIL: soname '$soname'"; fail=$((fail + 1)) ;;
esac
echo "abi: $pass passed, $fail failed"
[ "$fail" -eq 0 ]

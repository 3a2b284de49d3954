#!/bin/sh
# faults.sh - every write failure is a diagnostic and exit 2, leaves no
# partial or staged file and never loses a good output: convert and render
# run with a fault injector (tests/faults/inject.c, built here and loaded
# with LD_PRELOAD) that makes write, fsync, rename, open, mkdir or link
# fail with ENOSPC, EROFS, EACCES or EIO, at the first call or once after
# some succeeded; a read-only output folder (as root chmod does not stop
# writes: the injector refuses every create, rename and link); validate's
# documents on a full standard output; a read error on standard output is
# no write error.  (Targets that are not regular files, full, closed and
# broken standard output of facts, render, inspect and check, kill -9 in
# the middle of a batch and its rerun: tests/io.sh.)
set -u
srcdir=${top_srcdir:-.}
bin=$(cd "${top_builddir:-.}" && pwd)/txbrl
TXBRL_DATADIR=${TXBRL_DATADIR:-$(cd "$srcdir" && pwd)}
export TXBRL_DATADIR
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0 fail=0
ok() { echo "PASS $1"; pass=$((pass + 1)); }
nok() { echo "FAIL $1"; fail=$((fail + 1)); sed 's/^/  | /' "$tmp/err" 2>/dev/null | head -5; }
# expect NAME WANT_EXIT GOT_EXIT [CONDITION_STATUS]
expect() {
    if [ "$3" = "$2" ] && [ "${4:-0}" = 0 ]; then ok "$1"; else nok "$1 (exit $3, want $2)"; fi
}

if [ ! -d /proc/self/fd ] || ! ${CC:-cc} -shared -fPIC -o "$tmp/inject.so" \
        "$srcdir/tests/faults/inject.c" -ldl 2>"$tmp/cc.err"; then
    echo "SKIP: cannot build the fault injector (needs a C compiler and /proc)"
    cat "$tmp/cc.err"
    exit 77
fi
# a sanitizer build's runtime wants to be the first library loaded
ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0
export ASAN_OPTIONS
# faulty CALLS ERRNO AFTER TIMES MATCH command...: the command with the
# fault (TIMES empty: every call after the first AFTER fails)
faulty() {
    calls=$1 errno=$2 after=$3 times=$4 match=$5
    shift 5
    rm -f "$tmp/log"
    FAULT_CALLS=$calls FAULT_ERRNO=$errno FAULT_AFTER=$after FAULT_TIMES=$times \
        FAULT_MATCH=$match FAULT_LOG=$tmp/log LD_PRELOAD=$tmp/inject.so "$@"
}
met() { [ -s "$tmp/log" ]; }   # the fault was met

sample=$srcdir/samples/000_d7aca33587365376.txt
stem=000_d7aca33587365376
"$bin" convert -o "$tmp/good" "$sample" >/dev/null 2>"$tmp/err"
expect "a sample converts" 0 $?
(cd "$tmp/good" && cksum ./* >"$tmp/good.sums")
nfiles=$(ls -A "$tmp/good" | wc -l)
inst=$tmp/good/$stem.xml

# the injector is met, and the sample converts under it when nothing fails
faulty write ENOSPC 1000000 "" "" "$bin" convert -o "$tmp/nofault" "$sample" >/dev/null 2>"$tmp/err"
expect "with the injector loaded and no fault: converts" 0 $?

# ------------------------------------------------------------ 1. convert
# Each fault (CALL:ERRNO:AFTER:TIMES:MATCH) at the first call, or once
# after some calls succeeded (a later file of the set, a rename of the
# commit, whose undoing then succeeds): into an empty folder nothing is
# left; over the good set of an earlier run the set is left byte for byte;
# a rerun without the fault writes the set.
for f in write:ENOSPC:0 write:EIO:4:1 fsync:EIO:0 fsync:ENOSPC:3:1 open:EACCES:0 \
         open:EROFS:2:1 rename:EROFS:0 rename:EACCES:3:1 link:EACCES:0 mkdir:EROFS:0::.txbrl; do
    IFS=: read -r call errno after times match <<E
$f
E
    rm -rf "$tmp/new" "$tmp/old"
    mkdir "$tmp/new"
    faulty "$call" "$errno" "$after" "$times" "$match" "$bin" convert -o "$tmp/new" "$sample" \
        >/dev/null 2>"$tmp/err"; rc=$?
    if met; then
        grep -q "^$tmp/new/$stem[._a-z]*:0: error: \[write.io\] .*: [A-Z]" "$tmp/err" &&
            [ -z "$(ls -A "$tmp/new")" ]
        expect "convert, $f: write.io naming the file, nothing left" 2 $rc $?
    else
        # (link is used only when replacing files)
        expect "convert, $f: not met, converts" 0 $rc
    fi
    cp -R "$tmp/good" "$tmp/old"
    faulty "$call" "$errno" "$after" "$times" "$match" "$bin" convert -o "$tmp/old" "$sample" \
        >/dev/null 2>"$tmp/err"; rc=$?
    met && grep -q "^$tmp/old/$stem[._a-z]*:0: error: \[write.io\]" "$tmp/err" &&
        (cd "$tmp/old" && cksum ./* | cmp -s - "$tmp/good.sums") &&
        [ "$(ls -A "$tmp/old" | wc -l)" = "$nfiles" ]
    expect "convert over a good set, $f: the set left whole, nothing else" 2 $rc $?
done
"$bin" convert -o "$tmp/old" "$sample" >/dev/null 2>"$tmp/err"; rc=$?
(cd "$tmp/old" && cksum ./* | cmp -s - "$tmp/good.sums") && [ "$(ls -A "$tmp/old" | wc -l)" = "$nfiles" ]
expect "convert: the rerun without the fault writes the set" 0 $rc $?
# renames that keep failing from the middle of the commit on: nothing can
# be undone, so the stage is kept with its commit record, and the rerun
# finishes the set
rm -rf "$tmp/mid"
mkdir "$tmp/mid"
faulty rename EACCES 3 "" "" "$bin" convert -o "$tmp/mid" "$sample" >/dev/null 2>"$tmp/err"; rc=$?
met && grep -q "^$tmp/mid/$stem[._a-z]*:0: error: \[write.io\] cannot put the file in place: Permission denied" "$tmp/err"
expect "convert, renames failing from the 4th on: write.io naming the file" 2 $rc $?
"$bin" convert -o "$tmp/mid" "$sample" >/dev/null 2>"$tmp/err"; rc=$?
(cd "$tmp/mid" && cksum ./* | cmp -s - "$tmp/good.sums") && [ "$(ls -A "$tmp/mid" | wc -l)" = "$nfiles" ]
expect "... the rerun finishes: the set whole, the stage gone" 0 $rc $?

# ------------------------------------------------------------ 2. read-only folder
# every create, rename and link refused, as in a folder of mode 555
cp -R "$tmp/good" "$tmp/ro"
faulty open,mkdir,rename,link EACCES 0 "" "" "$bin" convert -o "$tmp/ro" "$sample" \
    >/dev/null 2>"$tmp/err"; rc=$?
grep -q "^$tmp/ro/$stem.xml:0: error: \[write.io\] .*Permission denied" "$tmp/err" &&
    (cd "$tmp/ro" && cksum ./* | cmp -s - "$tmp/good.sums")
expect "convert into a read-only folder: write.io, the set left" 2 $rc $?
faulty open,mkdir,rename,link EROFS 0 "" "" "$bin" render -o "$tmp/ro/$stem.html" "$inst" \
    >/dev/null 2>"$tmp/err"; rc=$?
grep -q "^$tmp/ro/$stem.html:0: error: \[write.io\] .*Read-only file system" "$tmp/err" &&
    (cd "$tmp/ro" && cksum ./* | cmp -s - "$tmp/good.sums")
expect "render into a read-only file system: write.io, the rendition left" 2 $rc $?

# ------------------------------------------------------------ 3. render -o
for f in write:ENOSPC:0 write:EIO:1 fsync:ENOSPC:0 open:EACCES:0 rename:EROFS:0; do
    IFS=: read -r call errno after <<E
$f
E
    rm -rf "$tmp/r"
    cp -R "$tmp/good" "$tmp/r"
    faulty "$call" "$errno" "$after" "" "" "$bin" render -o "$tmp/r/$stem.html" "$inst" \
        >/dev/null 2>"$tmp/err"; rc=$?
    met && grep -q "^$tmp/r/$stem.html:0: error: \[write.io\]" "$tmp/err" &&
        (cd "$tmp/r" && cksum ./* | cmp -s - "$tmp/good.sums")
    expect "render -o over a rendition, $f: write.io, the old one left, nothing else" 2 $rc $?
done

# ------------------------------------------------------------ 4. standard output
# (stdio's writes are beyond the injector; a full standard output for
# facts, render, inspect and check is in tests/io.sh) validate's JSON and
# SARIF documents on a full standard output: write.io, exit 2
if [ -c /dev/full ]; then
    for fmt in json sarif; do
        "$bin" validate --format $fmt "$inst" >/dev/full 2>"$tmp/err"; rc=$?
        grep -q 'write.io' "$tmp/err"
        expect "validate --format $fmt >/dev/full: write.io" 2 $rc $?
    done
fi

# ------------------------------------------------------------ 5. a read error is no write error
# an input that cannot be read, rendered to standard output: its read.open,
# and no write.io for the standard output nothing was written to
"$bin" render -A "$tmp/missing" "$inst" >"$tmp/out" 2>"$tmp/err"; rc=$?
grep -q "^$tmp/missing:0: error: \[read.open\]" "$tmp/err" && ! grep -q 'write.io' "$tmp/err" &&
    [ ! -s "$tmp/out" ]
expect "render -A missing-folder to standard output: read.open only" 2 $rc $?
"$bin" render "$tmp/missing.xml" >"$tmp/out" 2>"$tmp/err"; rc=$?
grep -q "^$tmp/missing.xml:0: error: \[read.open\]" "$tmp/err" && ! grep -q 'write.io' "$tmp/err"
expect "render missing.xml to standard output: read.open only" 2 $rc $?

echo "faults: $pass passed, $fail failed"
[ "$fail" -eq 0 ]

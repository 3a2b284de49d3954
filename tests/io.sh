#!/bin/sh
# io.sh - outputs are never lost or wrong, and every I/O failure is a
# diagnostic with its exit status: the txbrl command line against targets
# that are not regular files, conversions that turn invalid, full and
# closed standard output, inputs from pipes and standard input, errors that
# must not exit 0.  (tests/faults.sh injects write, fsync and rename
# failures and kills conversions.)
set -u
srcdir=${top_srcdir:-.}
bin=$(cd "${top_builddir:-.}" && pwd)/txbrl
TXBRL_DATADIR=${TXBRL_DATADIR:-$(cd "$srcdir" && pwd)}
export TXBRL_DATADIR
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0 fail=0
ok() { echo "PASS $1"; pass=$((pass + 1)); }
nok() { echo "FAIL $1"; fail=$((fail + 1)); }
# expect NAME WANT_EXIT GOT_EXIT [CONDITION_STATUS]
expect() {
    if [ "$3" = "$2" ] && [ "${4:-0}" = 0 ]; then ok "$1"; else
        nok "$1 (exit $3, want $2)"; sed 's/^/  | /' "$tmp/err" 2>/dev/null | head -5
    fi
}
sample=$srcdir/samples/000_d7aca33587365376.txt
stem=000_d7aca33587365376

"$bin" convert -o "$tmp/good" "$sample" >/dev/null 2>"$tmp/err"
expect "a sample converts" 0 $?
inst=$tmp/good/$stem.xml

# ------------------------------------------------------------ 1. targets
# A target that exists and is not a regular file is refused, never
# replaced: a character device like /dev/null (made here as root; never the
# real one), a FIFO, a symbolic link (and what it points to), a directory.
mkdir "$tmp/t"
echo kept >"$tmp/t/real.html"
ln -s "$tmp/t/real.html" "$tmp/t/link.html"
mkfifo "$tmp/t/fifo.html"
mkdir "$tmp/t/dir.html"
kinds="link.html:symbolic fifo.html:FIFO dir.html:directory"
if [ "$(id -u)" = 0 ] && mknod "$tmp/t/null.html" c 1 3 2>/dev/null; then
    kinds="null.html:character $kinds"
else
    echo "SKIP character device target (needs root)"
fi
for k in $kinds; do
    name=${k%%:*} kind=${k#*:}
    before=$(ls -ld "$tmp/t/$name" | cut -c1)
    "$bin" render -o "$tmp/t/$name" "$inst" >/dev/null 2>"$tmp/err"; rc=$?
    after=$(ls -ld "$tmp/t/$name" | cut -c1)
    grep -q "^$tmp/t/$name:0: error: \[write.not-regular\] is a $kind" "$tmp/err" &&
        [ "$before" = "$after" ]
    expect "render -o $name ($kind) refused, left as it was" 2 $rc $?
done
[ "$(cat "$tmp/t/real.html")" = kept ] && [ -z "$(ls -A "$tmp/t/dir.html")" ] &&
    [ "$(ls -A "$tmp/t" | grep -c txbrl)" = 0 ]
expect "the link's target, the directory untouched, no stage left" 0 $?
# convert refuses a set with such a target, and writes none of the set
mkdir "$tmp/c1"
ln -s /nonexistent "$tmp/c1/$stem.html"
"$bin" convert -o "$tmp/c1" "$sample" >/dev/null 2>"$tmp/err"; rc=$?
grep -q "$stem.html:0: error: \[write.not-regular\] is a symbolic link" "$tmp/err" &&
    [ "$(ls -A "$tmp/c1")" = "$stem.html" ]
expect "convert: a symbolic link among the outputs refuses the set" 2 $rc $?
# standard output as -
"$bin" render -o - "$inst" >"$tmp/stdout.html" 2>"$tmp/err"; rc=$?
cmp -s "$tmp/stdout.html" "$tmp/good/$stem.html"
expect "render -o - writes standard output" 0 $rc $?

# ------------------------------------------------------------ 2. invalid never replaces
# A taxonomy in which tx-gaap:InventoryNet is abstract (the rest links to
# the project's): the sample, which has no inventories, converts to a valid
# set; a new version of it whose "Restricted cash" row reads "Inventories"
# converts to an instance that is not valid.  The earlier set stays whole:
# instance, extension files and rendition byte for byte, no stage left.
xsd=taxonomy/package/txbrl.example.org/taxonomy/gaap/2026/tx-gaap-2026.xsd
mkdir "$tmp/data"
# (copies, not links: the closed DTS follows a link to where it points,
# outside the instance's folder and the data directory)
cp -R "$TXBRL_DATADIR/taxonomy" "$tmp/data/taxonomy" &&
    cp -R "$TXBRL_DATADIR/xslt" "$tmp/data/xslt" && rm "$tmp/data/$xsd" &&
    sed 's/\(<xs:element[^>]*name="InventoryNet"[^>]*\)abstract="false"/\1abstract="true"/' \
        "$TXBRL_DATADIR/$xsd" >"$tmp/data/$xsd"
grep -q 'name="InventoryNet"[^>]*abstract="true"' "$tmp/data/$xsd"
expect "a taxonomy with an abstract InventoryNet" 0 $?
mkdir "$tmp/v2"
sed 's/^Restricted cash    /Inventories        /' "$sample" >"$tmp/v2/$stem.txt"
TXBRL_DATADIR=$tmp/data "$bin" convert -o "$tmp/p2" "$sample" >/dev/null 2>"$tmp/err"
expect "version 1 converts to a valid set" 0 $?
(cd "$tmp/p2" && cksum ./* >"$tmp/p2.sums")
TXBRL_DATADIR=$tmp/data "$bin" convert -o "$tmp/p2" "$tmp/v2/$stem.txt" >/dev/null 2>"$tmp/err"; rc=$?
(cd "$tmp/p2" && cksum ./* | diff - "$tmp/p2.sums" >/dev/null) &&
    [ "$(ls -A "$tmp/p2" | wc -l)" = 5 ] &&
    grep -q "^$tmp/p2/$stem.xml:[0-9]*: error: \[schema.invalid\].*InventoryNet" "$tmp/err" &&
    grep -q "^$tmp/p2/$stem.xml:0: error: \[convert.not-written\]" "$tmp/err"
expect "version 2, invalid, exits 1 and leaves the valid set of version 1 whole" 1 $rc $?
"$bin" validate "$tmp/p2/$stem.xml" >/dev/null 2>&1
expect "the set left validates" 0 $?

# ------------------------------------------------------------ 3. standard output
# A full standard output is a diagnostic and exit 2, for every command that
# writes to it; a full standard error is exit 2 (no one to tell); a reader
# that leaves (| head) ends txbrl quietly, by SIGPIPE.
if [ -c /dev/full ]; then
    full="-:0: error: [write.io] cannot write standard output: No space left on device"
    for cmd in "facts $inst" "render $inst" "inspect $sample" "check $sample" "--version"; do
        # shellcheck disable=SC2086
        "$bin" $cmd >/dev/full 2>"$tmp/err"; rc=$?
        grep -qxF -e "$full" "$tmp/err" && [ "$(grep -c 'write.io' "$tmp/err")" = 1 ]
        expect "${cmd%% *} >/dev/full: one write.io finding on standard output" 2 $rc $?
    done
    "$bin" facts --format json "$inst" >/dev/full 2>"$tmp/err"; rc=$?
    grep -q '"file": "-", "line": 0, "severity": "error", "layer": "write", "code": "write.io"' "$tmp/err"
    expect "facts --format json >/dev/full: the finding in the JSON array" 2 $rc $?
    "$bin" validate "$inst" 2>/dev/full; rc=$?
    expect "validate 2>/dev/full: findings cannot be printed, exits 2" 2 $rc
else
    echo "SKIP /dev/full cases (no /dev/full)"
fi
"$bin" facts "$inst" >&- 2>"$tmp/err"; rc=$?
grep -q "^-:0: error: \[write.io\] cannot write standard output: Bad file descriptor" "$tmp/err"
expect "facts with standard output closed" 2 $rc $?
# a rendition (100 KB, more than a pipe holds) into a reader that takes 10 bytes
{ "$bin" render "$inst" 2>"$tmp/err"; echo $? >"$tmp/rc"; } | head -c 10 >/dev/null
[ ! -s "$tmp/err" ]
expect "render | head -c 10: ended by SIGPIPE, nothing on standard error" 141 "$(cat "$tmp/rc")" $?
(trap '' PIPE; { "$bin" render "$inst" 2>"$tmp/err"; echo $? >"$tmp/rc"; } | head -c 10 >/dev/null)
[ ! -s "$tmp/err" ]
expect "the same with SIGPIPE ignored by the caller" 141 "$(cat "$tmp/rc")" $?

# ------------------------------------------------------------ 5. errors exit non-zero
# An instance away from its extension schema: the DTS does not resolve.
mkdir "$tmp/r5"
cp "$inst" "$tmp/r5/"
"$bin" render -o "$tmp/r5/x.html" "$tmp/r5/$stem.xml" >/dev/null 2>"$tmp/err"; rc=$?
grep -q 'error: \[dts.unresolved\]' "$tmp/err" && [ ! -e "$tmp/r5/x.html" ]
expect "render: an unresolved DTS exits 1, nothing written" 1 $rc $?
"$bin" render "$tmp/r5/$stem.xml" >"$tmp/out" 2>"$tmp/err"; rc=$?
[ ! -s "$tmp/out" ]
expect "render to stdout: an unresolved DTS exits 1, nothing printed" 1 $rc $?
TXBRL_DATADIR=$tmp/nowhere "$bin" inspect "$sample" >/dev/null 2>"$tmp/err"; rc=$?
grep -q 'error: \[taxonomy.missing\]' "$tmp/err"
expect "inspect without a taxonomy: reported, exits 2" 2 $rc $?
TXBRL_DATADIR=$tmp/nowhere "$bin" check "$sample" >/dev/null 2>"$tmp/err"
expect "check without a taxonomy exits 2" 2 $?
"$bin" facts "$tmp/r5/nothing.xml" >/dev/null 2>"$tmp/err"
expect "facts of a missing file exits 2" 2 $?
"$bin" validate "$tmp/r5/$stem.xml" >/dev/null 2>"$tmp/err"
expect "validate: an unresolved DTS exits 1" 1 $?

echo "io: $pass passed, $fail failed"
[ "$fail" -eq 0 ]

#!/bin/sh
# io.sh - outputs are never lost or wrong, and every I/O failure is a
# diagnostic with its exit status: the txbrl command line against targets
# that are not regular files, conversions that turn invalid, full and
# closed standard output, inputs from pipes, FIFOs and standard input ('-'),
# errors that must not exit 0, a batch killed with kill -9.  (Failed
# renames: tests/unit/test_outfile.c; pipes read whole:
# tests/unit/test_readall.c.)
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
# a FIFO as the instance's name: refused (no reader: nothing may block),
# nothing of the set written, the FIFO left
mkdir "$tmp/c2"
mkfifo "$tmp/c2/$stem.xml"
timeout 20 "$bin" convert -o "$tmp/c2" "$sample" >/dev/null 2>"$tmp/err"; rc=$?
grep -q "$stem.xml:0: error: \[write.not-regular\] is a FIFO" "$tmp/err" &&
    [ -p "$tmp/c2/$stem.xml" ] && [ "$(ls -A "$tmp/c2")" = "$stem.xml" ]
expect "convert: a FIFO among the outputs refuses the set, left as it was" 2 $rc $?
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
    [ "$(ls -A "$tmp/p2" | wc -l)" = 6 ] &&
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

# ------------------------------------------------------------ 4. inputs of every kind
# '-' is standard input; pipes, /dev/stdin and a named FIFO are read whole,
# from the first byte, with the findings the file gives.
mkdir "$tmp/in"
"$bin" convert -o "$tmp/in" - <"$sample" >/dev/null 2>"$tmp/err"; rc=$?
ls "$tmp/in" >"$tmp/ls"
grep -q '^stdin:94: warning: \[map.unknown-entity\]' "$tmp/err" &&
    printf 'stdin.html\nstdin.xml\nstdin.xsd\nstdin_cal.xml\nstdin_lab.xml\nstdin_pre.xml\n' | cmp -s - "$tmp/ls" &&
    "$bin" facts "$tmp/in/stdin.xml" >"$tmp/f1" && "$bin" facts "$inst" >"$tmp/f2" &&
    cmp -s "$tmp/f1" "$tmp/f2" && "$bin" validate "$tmp/in/stdin.xml" >/dev/null 2>&1
expect "convert - <exhibit: the set stdin.*, named stdin, the facts of the file, valid" 0 $rc $?
cat "$sample" | "$bin" convert -o "$tmp/in" --name q3.txt - >/dev/null 2>"$tmp/err"; rc=$?
grep -q '^q3.txt:94: warning: \[map.unknown-entity\]' "$tmp/err" && [ -f "$tmp/in/q3.xml" ] &&
    [ -f "$tmp/in/q3.html" ] && [ ! -e "$tmp/in/q3.txt.xml" ]
expect "cat exhibit | convert --name q3.txt -: the set q3.*, findings name q3.txt" 0 $rc $?
"$bin" convert -o "$tmp/in" --name x.txt "$sample" >/dev/null 2>"$tmp/err"; rc=$?
grep -q -- "--name names standard input" "$tmp/err"
expect "convert --name without '-' is a usage error" 2 $rc $?
for cmd in convert check inspect validate; do
    "$bin" $cmd - - </dev/null >/dev/null 2>"$tmp/err"; rc=$?
    grep -q "standard input ('-') can be read only once" "$tmp/err"
    expect "$cmd - -: standard input can be read once" 2 $rc $?
done
for cmd in check inspect; do
    "$bin" $cmd "$sample" >"$tmp/o1" 2>&1; rc1=$?
    cat "$sample" | "$bin" $cmd - 2>&1 | sed "s|stdin|$sample|g" >"$tmp/o2"
    cmp -s "$tmp/o1" "$tmp/o2"
    expect "cat exhibit | $cmd -: what $cmd says of the file" 0 $rc1 $?
done
# an instance from standard input resolves its schemaRef (STEM.xsd) in the
# current directory: valid from the instance's folder, not elsewhere
(cd "$tmp/good" && "$bin" validate - <"$stem.xml") >/dev/null 2>"$tmp/err"
expect "validate - <instance, in its folder: valid" 0 $?
(cd "$tmp/good" && cat "$stem.xml" | "$bin" validate /dev/stdin) >/dev/null 2>"$tmp/err"
expect "cat instance | validate /dev/stdin, in its folder: valid" 0 $?
(cd "$tmp" && "$bin" validate - <"$inst") >/dev/null 2>"$tmp/err"; rc=$?
grep -q "^-:13: error: \[dts.unresolved\] schemaRef '$tmp/$stem.xsd'" "$tmp/err"
expect "validate - elsewhere: its schemaRef resolves in the current directory (dts.unresolved)" 1 $rc $?
# the findings of an invalid instance from standard input are those of the file
# (an instance away from its extension schema)
mkdir "$tmp/r4"
cp "$inst" "$tmp/r4/"
"$bin" validate "$tmp/r4/$stem.xml" 2>&1 | sed "s|^$tmp/r4/$stem.xml:|-:|" >"$tmp/o1"
(cd "$tmp/r4" && "$bin" validate - <"$stem.xml") >"$tmp/o2" 2>&1
cmp -s "$tmp/o1" "$tmp/o2" && [ "$(grep -c 'error:' "$tmp/o2")" -gt 1 ]
expect "validate - of an invalid instance: the findings of the file" 0 $?
(cd "$tmp/good" && cat "$stem.xml" | "$bin" facts -) >"$tmp/f1" 2>"$tmp/err"; rc=$?
cmp -s "$tmp/f1" "$tmp/f2"
expect "cat instance | facts -: the facts of the file" 0 $rc $?
(cd "$tmp/good" && "$bin" render - <"$stem.xml") >"$tmp/h1" 2>"$tmp/err"; rc=$?
cmp -s "$tmp/h1" "$tmp/good/$stem.html"
expect "render - <instance: the rendition of the file" 0 $rc $?
# a named FIFO as the instance: read whole, against its own folder
mkfifo "$tmp/good/fifo.xml"
(cat "$inst" >"$tmp/good/fifo.xml" &)
timeout 20 "$bin" validate "$tmp/good/fifo.xml" >/dev/null 2>"$tmp/err"
expect "validate FIFO: read whole, resolved in its folder, valid" 0 $?
rm -f "$tmp/good/fifo.xml"

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

# ------------------------------------------------------------ 6. kill -9
# A batch killed with kill -9 in the middle: every file in the output folder
# is whole (each instance ends with its root's end tag, each rendition with
# </html>) and every set is complete or absent; a rerun completes the batch
# and leaves no stage.
mkdir "$tmp/k" "$tmp/kin"
for i in 1 2 3 4 5 6 7 8; do cp "$sample" "$tmp/kin/k$i.txt"; done
"$bin" convert -o "$tmp/k" "$tmp/kin"/*.txt >/dev/null 2>&1 &
kpid=$!
# killed once the first set is in place, in the middle of the second
n=0
while [ ! -e "$tmp/k/k1.html" ] && [ $n -lt 600 ]; do sleep 0.1; n=$((n + 1)); done
kill -9 $kpid 2>/dev/null
wait $kpid 2>/dev/null
whole=0
for f in "$tmp/k"/k*.xml; do
    [ -e "$f" ] || continue
    case $f in *_lab.xml|*_cal.xml|*_pre.xml) continue ;; esac
    s=${f%.xml}
    [ "$(tail -c 14 "$f")" = "</xbrli:xbrl>" ] && [ -f "$s.xsd" ] && [ -f "$s.html" ] &&
        tail -c 8 "$s.html" | grep -q '</html>' || whole=1
done
for f in "$tmp/k"/k*.html; do
    [ -e "$f" ] || continue
    [ -f "${f%.html}.xml" ] || whole=1
done
expect "kill -9 mid-batch: every set left whole or absent ($(ls "$tmp/k" | grep -c '\.html$') of 8 written)" 0 $whole
"$bin" convert -o "$tmp/k" "$tmp/kin"/*.txt >/dev/null 2>&1; rc=$?
[ "$(ls "$tmp/k" | grep -c '\.html$')" = 8 ] && [ -z "$(ls -A "$tmp/k" | grep txbrl)" ]
expect "the rerun completes the batch, no stage left" 0 $rc $?

echo "io: $pass passed, $fail failed"
[ "$fail" -eq 0 ]

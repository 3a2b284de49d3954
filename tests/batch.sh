#!/bin/sh
# batch.sh - txbrl convert over many inputs: folders (-r), --files-from,
# -j workers, each exhibit's findings printed as one block, the closing
# summary, --report (one JSON object per input), outputs that would collide
# refused, resumption (up-to-date sets skipped, --force, a batch killed with
# kill -9 and run again), the filter mode (-o -: exhibit on standard
# input, instance on standard output, findings on standard error), and
# `validate --report` over many files in one run.
set -u
srcdir=$(cd "${top_srcdir:-.}" && pwd)
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
other=$srcdir/samples/001_cb80689da7aea96e.txt
entities=$srcdir/samples/entities.tsv
# the numeric facts of an instance: the elements with a unit
nfacts() { grep -o 'unitRef=' "$1" | wc -l | tr -d ' '; }
# every set whole: an instance ends with its root's end tag, beside it its
# rendition ending with </html>; a rendition never without its instance
sets_whole() {
    for f in "$1"/*.xml; do
        [ -e "$f" ] || continue
        case $f in *_lab.xml|*_cal.xml|*_pre.xml) continue ;; esac
        [ "$(tail -c 14 "$f")" = "</xbrli:xbrl>" ] && [ -f "${f%.xml}.html" ] &&
            tail -c 8 "${f%.xml}.html" | grep -q '</html>' || return 1
    done
    for f in "$1"/*.html; do
        [ -e "$f" ] || continue
        [ -f "${f%.html}.xml" ] || return 1
    done
    return 0
}

# ------------------------------------------------------------ 1. a folder, -r, -j 2, --report
# Two exhibits of the same base name in two subfolders: each set in its
# subfolder of the output folder, none overwriting the other.
mkdir -p "$tmp/in/x" "$tmp/in/y/z"
cp "$sample" "$tmp/in/x/q.txt"
cp "$other" "$tmp/in/y/z/q.txt"
cp "$sample" "$tmp/in/r.txt"
echo "not an exhibit" >"$tmp/in/notes.md"
"$bin" convert -r -j 2 --entities "$entities" --report "$tmp/rep.jsonl" -o "$tmp/out" \
    "$tmp/in" >/dev/null 2>"$tmp/err"; rc=$?
[ -f "$tmp/out/x/q.xml" ] && [ -f "$tmp/out/y/z/q.xml" ] && [ -f "$tmp/out/r.xml" ] &&
    [ ! -e "$tmp/out/q.xml" ] && [ ! -e "$tmp/out/notes.xml" ] &&
    [ "$(nfacts "$tmp/out/x/q.xml")" = "$(nfacts "$tmp/out/r.xml")" ] &&
    [ "$(nfacts "$tmp/out/x/q.xml")" != "$(nfacts "$tmp/out/y/z/q.xml")" ]
expect "-r -j 2: the *.txt files of the folder, same names in two subfolders kept apart" 0 $rc $?
# the report: one JSON object per input, its files, status and counts
python3 - "$tmp/rep.jsonl" "$tmp/out" >"$tmp/py" 2>&1 <<'EOF'
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1])]
assert len(recs) == 3, recs
by = {r["input"].split("/in/")[1]: r for r in recs}
assert sorted(by) == ["r.txt", "x/q.txt", "y/z/q.txt"], sorted(by)
for k, r in by.items():
    assert r["status"] in ("converted", "warnings"), r["status"]
    assert r["exit"] == 0 and r["errors"] == 0
    outs = [o.split("/out/")[1] for o in r["outputs"]]
    stem = k[:-4]
    assert stem + ".xml" in outs and stem + ".html" in outs, outs
    assert r["warnings"] == sum(d["severity"] == "warning" for d in r["diagnostics"])
    assert any(d["code"] == "convert.summary" for d in r["diagnostics"])
    print(k, r["facts"])
EOF
rc=$?
ok_facts=0
while read -r k n; do
    [ "$(nfacts "$tmp/out/${k%.txt}.xml")" = "$n" ] || ok_facts=1
done <"$tmp/py"
expect "--report: one object per input with its files, status, counts and findings; facts as in the instance" 0 $rc $ok_facts
[ $rc = 0 ] || sed 's/^/  | /' "$tmp/py" | tail -5
# each exhibit's findings are one block: the file named by consecutive lines
# changes at most twice for three exhibits
changes=$(grep -o '^[^:]*' "$tmp/err" | grep '/in/' | uniq | wc -l | tr -d ' ')
[ "$changes" = 3 ]
expect "-j 2: the findings of each exhibit printed together ($changes blocks)" 0 0 $?
grep -q '^txbrl convert: 3 inputs: .*0 failed, 0 skipped.*facts written' "$tmp/err"
expect "the closing summary counts the inputs" 0 0 $?

# ------------------------------------------------------------ 2. resumption
ls -l --time-style=full-iso "$tmp/out/r.xml" >"$tmp/r.before"
"$bin" convert -r --entities "$entities" -o "$tmp/out" "$tmp/in" >/dev/null 2>"$tmp/err"; rc=$?
ls -l --time-style=full-iso "$tmp/out/r.xml" >"$tmp/r.after"
grep -q '3 inputs: 0 converted, 0 converted with warnings, 0 failed, 3 skipped' "$tmp/err" &&
    [ "$(wc -l <"$tmp/err")" = 1 ] && cmp -s "$tmp/r.before" "$tmp/r.after"
expect "a rerun skips the inputs whose sets are complete and newer (said in the summary)" 0 $rc $?
sleep 1
touch "$tmp/in/r.txt"
"$bin" convert -r --entities "$entities" -o "$tmp/out" "$tmp/in" >/dev/null 2>"$tmp/err"; rc=$?
grep -q '3 inputs: .*2 skipped' "$tmp/err" && grep -q "in/r.txt:0: note: \[convert.summary\]" "$tmp/err"
expect "an input newer than its set is converted again" 0 $rc $?
rm "$tmp/out/y/z/q.html"
"$bin" convert -r --entities "$entities" -o "$tmp/out" "$tmp/in" >/dev/null 2>"$tmp/err"; rc=$?
grep -q '3 inputs: .*2 skipped' "$tmp/err" && [ -f "$tmp/out/y/z/q.html" ]
expect "a set missing a file is converted again" 0 $rc $?
"$bin" convert -r --force --entities "$entities" -o "$tmp/out" "$tmp/in" >/dev/null 2>"$tmp/err"; rc=$?
[ "$(grep -c 'note: \[convert.summary\]' "$tmp/err")" = 3 ] && grep -q '3 inputs: .*0 skipped' "$tmp/err"
expect "--force converts every input again" 0 $rc $?
"$bin" convert -r --force -q --entities "$entities" -o "$tmp/out" "$tmp/in" >/dev/null 2>"$tmp/err"; rc=$?
! grep -q 'note: ' "$tmp/err" && ! grep -q '^txbrl convert:' "$tmp/err"
expect "--quiet: no notes, no progress line, no closing summary" 0 $rc $?

# ------------------------------------------------------------ 3. collisions
mkdir "$tmp/c"
"$bin" convert --entities "$entities" -o "$tmp/c" "$tmp/in/x/q.txt" "$tmp/in/y/z/q.txt" >/dev/null 2>"$tmp/err"; rc=$?
grep -q "in/y/z/q.txt:0: error: \[convert.name-collision\] .*in/x/q.txt" "$tmp/err" &&
    cmp -s "$tmp/c/q.xml" "$tmp/out/x/q.xml"
expect "two inputs whose files would have the same names: the second refused, the first written" 1 $rc $?

# ------------------------------------------------------------ 4. --files-from
printf '%s\n\n%s\n' "$tmp/in/r.txt" "$tmp/in/x/q.txt" >"$tmp/list"
"$bin" convert -q --files-from - -o "$tmp/ff" <"$tmp/list" >/dev/null 2>"$tmp/err"
rc=$?
# (r and q are the same exhibit: two sets, two names)
[ -f "$tmp/ff/r.xml" ] && [ -f "$tmp/ff/q.xml" ] && [ "$(ls "$tmp/ff" | grep -c '\.html$')" = 2 ]
expect "--files-from -: the paths read from standard input, empty lines skipped" 0 $rc $?
"$bin" convert -o "$tmp/ff" "$tmp/in" >/dev/null 2>"$tmp/err"; rc=$?
grep -q "in:0: error: \[read.open\] cannot open: Is a directory (-r converts" "$tmp/err"
expect "a folder without -r: read.open, as in every subcommand, naming -r" 2 $rc $?

# ------------------------------------------------------------ 5. kill -9 and rerun
mkdir "$tmp/kin" "$tmp/k"
for i in 1 2 3 4 5 6 7 8; do cp "$sample" "$tmp/kin/k$i.txt"; done
"$bin" convert -j 2 -o "$tmp/k" "$tmp/kin" -r >/dev/null 2>&1 &
kpid=$!
n=0
while [ ! -e "$tmp/k/k1.html" ] && [ ! -e "$tmp/k/k2.html" ] && [ $n -lt 600 ]; do
    sleep 0.1; n=$((n + 1))
done
kill -9 $kpid 2>/dev/null
wait $kpid 2>/dev/null
sleep 1
done1=$(ls "$tmp/k" | grep -c '\.html$')
# the workers went with the batch
left=$(ps -eo args | grep -c "[t]xbrl convert -j 2 -o $tmp/k")
sets_whole "$tmp/k"
expect "kill -9 mid-batch: every set whole or absent ($done1 of 8), no worker left ($left)" 0 "$left" $?
"$bin" convert -j 2 -o "$tmp/k" "$tmp/kin" -r >/dev/null 2>"$tmp/err"; rc=$?
skipped=$(sed -n 's/.* failed, \([0-9]*\) skipped.*/\1/p' "$tmp/err")
sets_whole "$tmp/k" && [ "$(ls "$tmp/k" | grep -c '\.html$')" = 8 ] &&
    [ -z "$(ls -A "$tmp/k" | grep txbrl)" ] && [ "${skipped:-99}" -le "$done1" ] &&
    [ "$skipped" -ge $((done1 - 2)) ] && [ "$skipped" -lt 8 ]
# (a set a worker was committing when killed, its stage still there, is
# converted again: at most one per worker)
expect "the rerun skips the finished sets ($skipped of $done1) and completes the rest, no stage left" 0 $rc $?

# ------------------------------------------------------------ 6. the filter
mkdir "$tmp/f"
(cd "$tmp/f" && "$bin" convert -o - --name q3.txt --entities "$entities" - <"$sample" \
    >"$tmp/f.xml" 2>"$tmp/err"); rc=$?
[ "$(tail -c 14 "$tmp/f.xml")" = "</xbrli:xbrl>" ] && [ -z "$(ls -A "$tmp/f")" ] &&
    grep -q '>0001043604</xbrli:identifier>' "$tmp/f.xml" &&
    grep -q '^q3.txt:0: note: \[convert.summary\]' "$tmp/err" &&
    [ "$(nfacts "$tmp/f.xml")" = "$(nfacts "$tmp/out/r.xml")" ] &&
    ! grep -q '^txbrl convert:' "$tmp/err"
expect "-o -: exhibit on stdin, instance on stdout (entity from --entities), findings on stderr named --name, nothing written" 0 $rc $?
(cd "$tmp/f" && "$bin" convert -o - --cik 320193 --name apple.txt - <"$srcdir/tests/exhibits/03_apple_1997_10k_statements.txt" \
    >"$tmp/f2.xml" 2>"$tmp/err"); rc=$?
grep -q '>0000320193</xbrli:identifier>' "$tmp/f2.xml" && [ -z "$(ls -A "$tmp/f")" ]
expect "-o - --cik: the entity the exhibit does not name" 0 $rc $?
"$bin" convert -o - "$sample" "$other" >"$tmp/f3.xml" 2>"$tmp/err"
expect "-o - takes one exhibit" 2 $?

# ------------------------------------------------------------ 7. validate of many files
# one run, one line of --report per file, in order, with its own counts
printf '<xbrl xmlns="http://www.xbrl.org/2003/instance"><bad' >"$tmp/broken.xml"
"$bin" validate --report "$tmp/v.jsonl" "$tmp/out/r.xml" "$tmp/broken.xml" "$tmp/out/x/q.xml" \
    "$tmp/missing.xml" >/dev/null 2>"$tmp/err"; rc=$?
python3 - "$tmp/v.jsonl" "$tmp" >"$tmp/py" 2>&1 <<'EOF2'
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1])]
t = sys.argv[2]
assert [r["file"] for r in recs] == [t + "/out/r.xml", t + "/broken.xml", t + "/out/x/q.xml",
                                     t + "/missing.xml"], recs
assert [(r["status"], r["exit"]) for r in recs] == [("valid", 0), ("invalid", 1), ("valid", 0),
                                                    ("error", 2)], recs
assert recs[0]["errors"] == 0 and recs[1]["errors"] >= 1 and recs[2]["errors"] == 0
EOF2
pyrc=$?
[ $pyrc = 0 ] || cp "$tmp/py" "$tmp/err"
expect "validate --report: each file's status, exit and counts, one line each, in order" 2 $rc $pyrc

echo "batch: $pass passed, $fail failed"
[ "$fail" -eq 0 ]

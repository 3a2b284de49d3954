#!/bin/sh
# cli.sh - the command line as documented: every option of every
# subcommand's --help is in txbrl(1), every public function in libtxbrl(3),
# a short option means one thing everywhere, JSON output is one document
# that parses (python3), --quiet and --disable silence what they say, and
# the bash completion loads and completes subcommands and options.
set -u
srcdir=${top_srcdir:-.}
bin=$(cd "${top_builddir:-.}" && pwd)/txbrl
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0 fail=0
ok() { echo "PASS $1"; pass=$((pass + 1)); }
ko() { echo "FAIL $1"; fail=$((fail + 1)); }
s0=$srcdir/samples/000_d7aca33587365376.txt
s1=$srcdir/samples/001_cb80689da7aea96e.txt
cmds="check convert facts inspect render validate"

# --- the manual pages
sed 's/\\//g' "$srcdir/doc/txbrl.1" >"$tmp/man1"
for c in $cmds; do
    "$bin" "$c" --help >"$tmp/help" || ko "$c --help exits non-zero"
    for o in $(grep -oE -- '--[a-z][a-z-]*' "$tmp/help" | sort -u); do
        grep -qF -- "$o" "$tmp/man1" || ko "txbrl.1 lacks $c $o"
    done
    grep -q "^\.SS txbrl $c\$" "$srcdir/doc/txbrl.1" && ok "txbrl.1 has a section for $c" \
        || ko "txbrl.1 has no section for $c"
    # short options: "-X, --long" pairs of every help
    grep -oE -- '-[A-Za-z], --[a-z-]+' "$tmp/help" >>"$tmp/shorts"
done
[ "$fail" = 0 ] && ok "every option of every --help is in txbrl.1"
for s in EXIT STATUS ENVIRONMENT FILES; do
    grep -q "^\.SH.*$s" "$srcdir/doc/txbrl.1" && ok "txbrl.1 has $s" || ko "txbrl.1 lacks $s"
done
bad=$(sort -u "$tmp/shorts" | cut -d, -f1 | uniq -d)
[ -z "$bad" ] && ok "one meaning per short option ($(sort -u "$tmp/shorts" | wc -l) pairs)" \
    || ko "short options with two meanings: $bad"
missing=
for f in $(grep -E '^TX_API ' "$srcdir/src/txbrl.h" | grep -oE 'tx_[a-z0-9_]+\(' | tr -d '('); do
    grep -qw "$f" "$srcdir/doc/libtxbrl.3" || missing="$missing $f"
done
[ -z "$missing" ] && ok "every function of txbrl.h is in libtxbrl.3" || ko "libtxbrl.3 lacks:$missing"

# --- JSON: one document per run, nothing after it
json() {  # FILE TYPE(list|dict) -> 0 when FILE is one JSON value of that type
    python3 -c 'import json,sys; v=json.load(open(sys.argv[1])); sys.exit(0 if type(v).__name__==sys.argv[2] else 1)' "$1" "$2"
}
if command -v python3 >/dev/null 2>&1; then
    "$bin" inspect --format json "$s0" >"$tmp/one" 2>"$tmp/one.err"
    json "$tmp/one" dict && ok "inspect json, one exhibit: one object" || ko "inspect json, one exhibit"
    json "$tmp/one.err" list && ok "inspect json: the findings are one array on stderr" \
        || ko "inspect json: stderr is not one array"
    "$bin" inspect --format json "$s0" "$s1" "$tmp/nothing.txt" >"$tmp/two" 2>"$tmp/two.err"
    python3 -c 'import json,sys; v=json.load(open(sys.argv[1])); sys.exit(0 if len(v)==3 and v[2] is None and v[0]["tables"] else 1)' "$tmp/two" \
        && ok "inspect json, three arguments: one array of 3 (null for the missing one)" \
        || ko "inspect json, several exhibits"
    python3 -c 'import json,sys; v=json.load(open(sys.argv[1])); sys.exit(0 if [f["code"] for f in v if f["severity"]=="error"]==["read.open"] else 1)' "$tmp/two.err" \
        && ok "inspect json: the missing file is read.open in the one array on stderr" \
        || ko "inspect json: stderr $(head -c 300 "$tmp/two.err")"
    "$bin" check --format json "$s0" "$tmp/nothing.txt" >"$tmp/check" 2>"$tmp/check.err"
    python3 -c 'import json,sys; v=json.load(open(sys.argv[1])); sys.exit(0 if v and all(f["layer"]=="disclosure" for f in v) else 1)' "$tmp/check" \
        && ok "check json: one array on stdout, disclosure findings only" || ko "check json stdout"
    python3 -c 'import json,sys; v=json.load(open(sys.argv[1])); sys.exit(0 if [f["code"] for f in v]==["read.open"] else 1)' "$tmp/check.err" \
        && ok "check json: the unreadable exhibit on stderr, as JSON" || ko "check json stderr"
    "$bin" convert --entities "$srcdir/samples/entities.tsv" -o "$tmp/out" "$s0" 2>/dev/null
    "$bin" facts --format json "$tmp/out/000_d7aca33587365376.xml" >"$tmp/facts" 2>"$tmp/facts.err"
    json "$tmp/facts" dict && json "$tmp/facts.err" list && ok "facts json: one document, one array" \
        || ko "facts json"
else
    echo "SKIP: no python3: JSON not parsed"
fi

# --- --quiet and --disable
"$bin" convert --entities "$srcdir/samples/entities.tsv" -o "$tmp/q" "$s0" 2>"$tmp/loud"
"$bin" convert --quiet --entities "$srcdir/samples/entities.tsv" -o "$tmp/q" "$s0" 2>"$tmp/quiet"
grep -q ' note: ' "$tmp/loud" && ! grep -q ' note: ' "$tmp/quiet" && grep -q ' warning: ' "$tmp/quiet" \
    && ok "convert --quiet: no notes, warnings kept" || ko "convert --quiet"
"$bin" convert --disable map.extension --entities "$srcdir/samples/entities.tsv" -o "$tmp/q" "$s0" 2>"$tmp/d1"
grep -q 'map.extension' "$tmp/loud" && ! grep -q 'map.extension' "$tmp/d1" && grep -q 'disclosure' "$tmp/d1" \
    && ok "--disable map.extension silences that code only" || ko "--disable CODE"
"$bin" check --disable disclosure.nongaap-justification --disable disclosure.summary "$s0" >"$tmp/d2"
! grep -q 'nongaap-justification\|disclosure.summary' "$tmp/d2" && ok "--disable is repeatable (check)" \
    || ko "--disable repeated"
"$bin" validate --quiet "$tmp/q/000_d7aca33587365376.xml" 2>"$tmp/vq"; rc=$?
[ "$rc" = 0 ] && [ ! -s "$tmp/vq" ] && ok "validate --quiet: nothing on stderr for a valid instance" \
    || ko "validate --quiet: exit $rc, $(head -2 "$tmp/vq")"
cp "$srcdir/tests/bad/narrative.txt" "$tmp/narrative.txt"
"$bin" convert -o "$tmp/n" "$tmp/narrative.txt" 2>/dev/null; rc1=$?
"$bin" convert --disable segment -o "$tmp/n" "$tmp/narrative.txt" 2>"$tmp/n.err"; rc2=$?
[ "$rc1" = 1 ] && [ "$rc2" = 0 ] && ! grep -q 'segment\.' "$tmp/n.err" \
    && ok "--disable LAYER: a silenced error does not make the exit status 1" \
    || ko "--disable segment: exit $rc1 then $rc2"
"$bin" inspect --disable read "$tmp/nothing.txt" 2>/dev/null; rc=$?
[ "$rc" = 2 ] && ok "--disable read: a file that cannot be read is still exit 2" || ko "silenced read.open: exit $rc"

# --- bash completion
if command -v bash >/dev/null 2>&1; then
    got=$(bash -c '. "$1/doc/txbrl.bash" || exit 1
        COMP_WORDS=(txbrl c); COMP_CWORD=1; _txbrl; echo "${COMPREPLY[*]}"
        COMP_WORDS=(txbrl validate --ca); COMP_CWORD=2; _txbrl; echo "${COMPREPLY[*]}"
        complete -p txbrl' sh "$srcdir" 2>&1)
    want="check convert
--catalog --calc
complete -o filenames -F _txbrl txbrl"
    [ "$got" = "$want" ] && ok "bash completion loads and completes subcommands and options" \
        || { ko "bash completion"; echo "$got"; }
else
    echo "SKIP: no bash"
fi
echo "cli: $pass passed, $fail failed"
[ "$fail" = 0 ]

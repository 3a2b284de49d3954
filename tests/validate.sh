#!/bin/sh
# validate.sh - the broken-instance corpus of tests/validate/: each file
# breaks one rule and must fail with its code (cases.tsv); valid files exit
# 0; --werror turns a warning into exit 1.
set -u
srcdir=${top_srcdir:-.}
bin=$(cd "${top_builddir:-.}" && pwd)/txbrl
dir=$srcdir/tests/validate
pass=0 fail=0
while IFS='	' read -r file want code; do
    case $file in ''|'#'*) continue ;; esac
    out=$("$bin" validate "$dir/$file" 2>&1); got=$?
    if [ "$got" = "$want" ] && { [ "$code" = - ] || printf '%s\n' "$out" | grep -qF "[$code]"; }; then
        echo "PASS $file"; pass=$((pass + 1))
    else
        echo "FAIL $file: exit $got (want $want), code $code"; printf '%s\n' "$out" | head -5; fail=$((fail + 1))
    fi
done <"$dir/cases.tsv"
"$bin" validate --werror "$dir/unused-context.xml" >/dev/null 2>&1
if [ $? = 1 ]; then echo "PASS werror"; pass=$((pass + 1)); else echo "FAIL werror"; fail=$((fail + 1)); fi
"$bin" validate --format json "$dir/cik.xml" 2>&1 | grep -q '"layer": "xbrl", "code": "xbrl.cik"'
if [ $? = 0 ]; then echo "PASS json"; pass=$((pass + 1)); else echo "FAIL json"; fail=$((fail + 1)); fi
# JSON findings name the facts involved: the summation, then its contributions
"$bin" validate --format json "$dir/calc.xml" 2>&1 | grep -q '"facts": \[{"concept": "{http://txbrl.example.org/taxonomy/gaap/2026}GrossProfit", "line": 125}, {"concept": "{http://txbrl.example.org/taxonomy/gaap/2026}Revenues", "line": 123}'
if [ $? = 0 ]; then echo "PASS json facts"; pass=$((pass + 1)); else echo "FAIL json facts"; fail=$((fail + 1)); fi
# Machine formats: one document on stdout, nothing on stderr, findings intact.
"$bin" validate --format json "$dir/cik.xml" "$dir/calc.xml" >"${TMPDIR:-/tmp}/tx-v-$$.json" 2>"${TMPDIR:-/tmp}/tx-v-$$.err"
if [ $? = 1 ] && [ ! -s "${TMPDIR:-/tmp}/tx-v-$$.err" ] &&
   python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert isinstance(d, list) and {f["code"] for f in d} >= {"xbrl.cik", "calc.inconsistent"}' \
       "${TMPDIR:-/tmp}/tx-v-$$.json"; then
    echo "PASS json on stdout alone"; pass=$((pass + 1)); else echo "FAIL json on stdout alone"; fail=$((fail + 1)); fi
"$bin" validate --format sarif "$dir/cik.xml" "$dir/calc.xml" "$dir/unused-context.xml" >"${TMPDIR:-/tmp}/tx-v-$$.sarif" 2>"${TMPDIR:-/tmp}/tx-v-$$.err"
if [ $? = 1 ] && [ ! -s "${TMPDIR:-/tmp}/tx-v-$$.err" ] && python3 - "${TMPDIR:-/tmp}/tx-v-$$.sarif" "$dir" <<'PY'
import json, sys
log = json.load(open(sys.argv[1]))
assert log["version"] == "2.1.0" and "$schema" in log
(run,) = log["runs"]
driver = run["tool"]["driver"]
assert driver["name"] == "txbrl" and driver["version"]
ids = [r["id"] for r in driver["rules"]]
assert len(ids) == len(set(ids))
results = run["results"]
assert {r["ruleId"] for r in results} == set(ids)
levels = {r["level"] for r in results}
assert levels <= {"error", "warning", "note"} and {"error", "warning"} <= levels
for r in results:
    assert ids[r["ruleIndex"]] == r["ruleId"] and r["message"]["text"]
    (loc,) = r["locations"]
    uri = loc["physicalLocation"]["artifactLocation"]["uri"]
    assert uri.endswith((".xml", ".xsd")), uri
    region = loc["physicalLocation"].get("region")
    assert region is None or region["startLine"] >= 1
assert any(r["ruleId"] == "xbrl.cik" and r["level"] == "warning" and
           r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("/cik.xml")
           for r in results)
PY
then echo "PASS sarif"; pass=$((pass + 1)); else echo "FAIL sarif"; fail=$((fail + 1)); fi
# A clean run is still one document: an empty array, a log without results.
j=$("$bin" validate --format json "$dir/valid-sample.xml" 2>&1); jst=$?
sa=$("$bin" validate --format sarif "$dir/valid-sample.xml" 2>&1); sst=$?
if [ "$jst" = 0 ] && [ "$j" = "[]" ] && [ "$sst" = 0 ] &&
   printf '%s' "$sa" | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["runs"][0]["results"] == [] and d["runs"][0]["tool"]["driver"]["rules"] == []'; then
    echo "PASS clean run: [] and a log without results"; pass=$((pass + 1)); else echo "FAIL clean run documents"; fail=$((fail + 1)); fi
rm -f "${TMPDIR:-/tmp}/tx-v-$$.json" "${TMPDIR:-/tmp}/tx-v-$$.sarif" "${TMPDIR:-/tmp}/tx-v-$$.err"
# 42 significant digits: the consistent summation passes, the other one gives
# the exact computed sum (a 128-bit coefficient printed "computed NaN")
out=$("$bin" validate "$dir/calc-42-digits.xml" 2>&1)
if [ "$(printf '%s\n' "$out" | grep -c '\[calc\.')" = 1 ] &&
   printf '%s\n' "$out" | grep -qF ':47: error: [calc.inconsistent] GrossProfit = Revenues (line 45) + -1 * CostOfRevenue (line 46): computed 24691356902469135690246913569024691356903000, reported 24691356902469135690246913569024691357903000 (decimals -3)'
then echo "PASS 42-digit sums"; pass=$((pass + 1)); else echo "FAIL 42-digit sums"; printf '%s\n' "$out" | grep calc; fail=$((fail + 1)); fi
"$bin" validate "$dir/no-such-file.xml" >/dev/null 2>&1
if [ $? = 2 ]; then echo "PASS unreadable"; pass=$((pass + 1)); else echo "FAIL unreadable"; fail=$((fail + 1)); fi
# The seed conversions validate with zero errors and zero warnings, every
# layer (schema, XBRL 2.1, calculations, ties, dimensions).
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT INT TERM
"$bin" convert --entities "$srcdir/samples/entities.tsv" -o "$tmp" "$srcdir"/samples/*.txt >/dev/null 2>&1
out=$("$bin" validate --werror "$tmp"/*.xml 2>&1); got=$?
if [ "$got" = 0 ]; then echo "PASS seed conversions validate clean"; pass=$((pass + 1)); else
    echo "FAIL seed conversions: exit $got"; printf '%s\n' "$out" | head -10; fail=$((fail + 1)); fi
# xBRL-JSON carries the footnotes: every fact-footnote arc of the seed
# instances (read from the XML here) is a link from the fact to a note with
# the footnote's text in `txbrl facts --format json`, and no other.
for x in "$tmp"/0*.xml; do
    case $x in *_lab.xml|*_cal.xml|*_pre.xml|*_def.xml) continue ;; esac
    "$bin" facts --format json "$x" >"$tmp/facts.json" 2>/dev/null
    if python3 - "$x" "$tmp/facts.json" <<'PY'
import collections, json, sys
import xml.etree.ElementTree as ET
L = "{http://www.xbrl.org/2003/linkbase}"
X = "{http://www.w3.org/1999/xlink}"
root = ET.parse(sys.argv[1]).getroot()
facts = {e.get("id"): e for e in root.iter() if e.get("contextRef") and e.get("id")}
want = collections.Counter()
for link in root.iter(L + "footnoteLink"):
    locs = collections.defaultdict(list)   # an XLink label may name many locators
    for l in link.iter(L + "loc"):
        locs[l.get(X + "label")].append(l.get(X + "href").split("#")[1])
    notes = {n.get(X + "label"): " ".join("".join(n.itertext()).split()) for n in link.iter(L + "footnote")}
    for a in link.iter(L + "footnoteArc"):
        for i in locs[a.get(X + "from")]:
            f = facts[i]
            want[(f.tag.split("}")[1], f.text.strip(), notes[a.get(X + "to")])] += 1
d = json.load(open(sys.argv[2]))
fs = d["facts"]
got = collections.Counter()
for f in fs.values():
    for n in f.get("links", {}).get("footnote", {}).get("_", []):
        note = fs[n]
        assert note["dimensions"]["concept"] == "xbrl:note" and note["dimensions"]["noteId"] == n
        got[(f["dimensions"]["concept"].split(":")[1], f["value"], " ".join(note["value"].split()))] += 1
assert d["documentInfo"]["linkTypes"]["footnote"] == "http://www.xbrl.org/2003/arcrole/fact-footnote"
assert want and got == want, (sum(want.values()), sum(got.values()))
PY
    then echo "PASS json footnotes $(basename "$x")"; pass=$((pass + 1)); else
        echo "FAIL json footnotes $(basename "$x")"; fail=$((fail + 1)); fi
done
# convert runs every layer on what it wrote: with a data directory whose
# taxonomy declares NetIncomeLoss an instant (schema-valid, XBRL-invalid on
# an income statement's durations), the seed's instance is reported with
# xbrl.period-type, not written, exit 1.
mkdir "$tmp/dd" && cp -R "${TXBRL_DATADIR:-$srcdir}/taxonomy" "${TXBRL_DATADIR:-$srcdir}/xslt" "$tmp/dd/" &&
sed -i 's|name="NetIncomeLoss" type="xbrli:monetaryItemType" substitutionGroup="xbrli:item" xbrli:periodType="duration"|name="NetIncomeLoss" type="xbrli:monetaryItemType" substitutionGroup="xbrli:item" xbrli:periodType="instant"|' \
    "$tmp/dd/taxonomy/package/txbrl.example.org/taxonomy/gaap/2026/tx-gaap-2026.xsd"
out=$(TXBRL_DATADIR="$tmp/dd" "$bin" convert --entities "$srcdir/samples/entities.tsv" -o "$tmp/bad" \
      "$srcdir/samples/000_d7aca33587365376.txt" 2>&1); got=$?
if [ "$got" = 1 ] && printf '%s\n' "$out" | grep -q '000_d7aca33587365376.xml:[0-9]*: error: \[xbrl.period-type\] NetIncomeLoss has periodType instant' &&
   printf '%s\n' "$out" | grep -qF '[convert.not-written] the instance is not valid' && [ ! -e "$tmp/bad/000_d7aca33587365376.xml" ]
then echo "PASS convert reports every layer"; pass=$((pass + 1)); else
    echo "FAIL convert reports every layer: exit $got"; printf '%s\n' "$out" | grep error | head -5; fail=$((fail + 1)); fi
echo "validate: $pass passed, $fail failed"
[ "$fail" = 0 ]

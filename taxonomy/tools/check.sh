#!/bin/sh
# Verify the txbrl taxonomy, offline.
#
#   taxonomy/tools/check.sh
#
# 1. generated files are up to date: generate.sh writes into a temporary
#    directory and the result must equal the committed copy byte for byte;
#    likewise the merged sources (src/concepts.tsv, labels.tsv,
#    presentation.tsv, calculation.tsv) and mapping/filer-labels.tsv and
#    deprecated.tsv against import-reference.sh, when the reference data is
#    present;
# 2. every standard (tx-gaap) concept name is a real US-GAAP element name, when
#    the reference list is present (USGAAP_NAMES, default
#    ../shared/taxonomy-reference/usgaap-names.txt beside the repository);
#    the EX-27 mapping (src/ex27-article5.tsv) names only concepts of the
#    FinancialDataSchedule role, and the converter's mapping rules
#    (mapping/rules.tsv, mapping/statements.tsv) name only concepts, axes and
#    members the taxonomy has;
# 3. every .xml and .xsd file under taxonomy/ is well-formed;
# 4. every schema compiles (libxml2), with every import resolved through
#    taxonomy/catalog.xml and no network access (--nonet), and the XBRL
#    content of its appinfo (linkbaseRef, roleType, arcroleType) is valid;
# 5. every linkbase is valid against the XBRL 2.1 linkbase schema (with the
#    XBRL Dimensions schema for the xbrldt attributes);
# 6. both XML catalogs are valid OASIS XML Catalogs, and taxonomyPackage.xml
#    is valid against the Taxonomy Packages 1.0 schema; its entry points
#    resolve through META-INF/catalog.xml to files of the package, and the
#    package loads with that catalog alone (plus the XBRL core schemas);
# 7. the sample instances under taxonomy/examples/ are schema-valid against
#    the DTS.
#
# Prints one line per check and "check.sh: N passed, M failed"; exit status
# 0 when everything passed, 1 otherwise, 2 when a tool is missing.
set -u

LC_ALL=C
export LC_ALL

here=$(cd "$(dirname "$0")/.." && pwd)
names=${USGAAP_NAMES:-$here/../../shared/taxonomy-reference/usgaap-names.txt}
XMLLINT=${XMLLINT:-xmllint}
AWK=${AWK:-awk}

if ! command -v "$XMLLINT" >/dev/null 2>&1; then
  echo "check.sh: $XMLLINT not found (Debian: apt-get install libxml2-utils)" >&2
  exit 2
fi

XML_CATALOG_FILES=$here/catalog.xml
export XML_CATALOG_FILES
unset SGML_CATALOG_FILES 2>/dev/null || true

tmp=$(mktemp -d "${TMPDIR:-/tmp}/txcheck.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

pass=0
fail=0
ok()   { pass=$((pass + 1)); echo "ok   - $*"; }
bad()  { fail=$((fail + 1)); echo "FAIL - $*"; }
skip() { echo "skip - $*"; }
# run xmllint quietly; on failure show its messages (minus libxml2's harmless
# "Skipping import ... already imported" warnings)
lint() {
  if "$XMLLINT" --nonet "$@" >"$tmp/lint.out" 2>&1; then
    return 0
  fi
  grep -v 'Skipping import of schema' "$tmp/lint.out" | sed 's/^/       /' | head -40
  return 1
}

gen=$here/package/txbrl.example.org/taxonomy

# ------------------------------------------------------------------ 1. drift
if sh "$here/tools/generate.sh" "$tmp/gen" 2>"$tmp/gen.err"; then
  if diff -r "$tmp/gen" "$gen" >"$tmp/diff.out" 2>&1; then
    ok "generated files are up to date ($(find "$gen" -type f | wc -l | tr -d ' ') files)"
  else
    bad "generated files differ from taxonomy/src (run taxonomy/tools/generate.sh):"
    sed 's/^/       /' "$tmp/diff.out" | head -40
  fi
else
  bad "generate.sh failed:"
  sed 's/^/       /' "$tmp/gen.err" | head -40
fi

# ------------------------------------------------------------------ 1b. import drift
# the merged sources and the mapping data are what import-reference.sh makes
# of the hand-kept rows (src/own/) and the reference data, when it is present
refdir=$(dirname "$names")
if [ -r "$refdir/elements.tsv" ] && [ -r "$refdir/linkbases/pre_stm.tsv" ]; then
  if sh "$here/tools/import-reference.sh" "$refdir" "$tmp/imp" >"$tmp/imp.err" 2>&1; then
    ibad=0
    for f in src/concepts.tsv src/labels.tsv src/presentation.tsv src/calculation.tsv \
             mapping/filer-labels.tsv mapping/deprecated.tsv; do
      if ! cmp -s "$tmp/imp/$f" "$here/$f"; then ibad=$((ibad + 1)); echo "       $f differs"; fi
    done
    if [ "$ibad" -eq 0 ]; then ok "merged sources and mapping data are up to date with src/own and the reference data"
    else bad "$ibad generated source(s) differ (run taxonomy/tools/import-reference.sh)"; fi
  else
    bad "import-reference.sh failed:"
    sed 's/^/       /' "$tmp/imp.err" | head -20
  fi
else
  skip "reference data not found ($refdir); import-reference.sh not rerun"
fi

# ------------------------------------------------------------------ 2. names
if [ -r "$names" ]; then
  "$AWK" -F '\t' 'NR > 1 && index($1, ":") == 0 { print $1 }' "$here/src/concepts.tsv" | sort -u >"$tmp/std.txt"
  sort -u "$names" | tr -d '\r' >"$tmp/ref.txt"
  comm -23 "$tmp/std.txt" "$tmp/ref.txt" >"$tmp/unknown.txt"
  n=$(wc -l <"$tmp/std.txt" | tr -d ' ')
  if [ -s "$tmp/unknown.txt" ]; then
    bad "standard concept names not in $(basename "$names"):"
    sed 's/^/       /' "$tmp/unknown.txt"
  else
    ok "all $n standard concept names are US-GAAP element names"
  fi
else
  skip "US-GAAP name list not found ($names); set USGAAP_NAMES to check standard names"
fi

# ------------------------------------------------------------------ 2b. EX-27 mapping
if [ -r "$here/src/ex27-article5.tsv" ]; then
  "$AWK" -F '\t' '
    FNR == 1 { next }
    FILENAME ~ /concepts.tsv$/ { c[$1] = 1; if ($7 ~ /(^|,)FinancialDataSchedule(,|$)/) fds[$1] = 1; next }
    $2 == "" { next }
    !($2 in c) { print "       " $1 ": unknown concept " $2; next }
    !($2 in fds) { print "       " $1 ": " $2 " is not in the FinancialDataSchedule presentation" }
  ' "$here/src/concepts.tsv" "$here/src/ex27-article5.tsv" >"$tmp/ex27.out"
  if [ -s "$tmp/ex27.out" ]; then bad "src/ex27-article5.tsv: unknown concepts or concepts outside the FinancialDataSchedule role:"; cat "$tmp/ex27.out"
  else ok "EX-27 Article 5 mapping names only concepts of the FinancialDataSchedule role"; fi
fi

# ------------------------------------------------------------------ 2c. mapping rules
if [ -r "$here/mapping/rules.tsv" ]; then
  "$AWK" -F '\t' '
    function std(n) { sub(/^tx-gaap:/, "", n); return n }
    FILENAME ~ /concepts.tsv$/ { if (FNR > 1) c[$1] = 1; next }
    /^#/ || NF < 5 { next }
    FILENAME ~ /rules.tsv$/ {
      if ($5 != "" && $5 != "=" && $5 != "*" && $5 !~ /^ext:/ && !(std($5) in c)) print "       rules.tsv:" FNR ": unknown concept " $5
      n = split($7, x, ";")
      for (i = 1; i <= n; i++) if (x[i] ~ /^member=/) {
        split(substr(x[i], 8), am, "=")
        if (!(std(am[1]) in c)) print "       rules.tsv:" FNR ": unknown axis " am[1]
        if (!(std(am[2]) in c)) print "       rules.tsv:" FNR ": unknown member " am[2]
      }
      next
    }
    FILENAME ~ /statements.tsv$/ { if ($5 != "" && !(std($5) in c)) print "       statements.tsv:" FNR ": unknown concept " $5 }
  ' "$here/src/concepts.tsv" "$here/mapping/rules.tsv" "$here/mapping/statements.tsv" >"$tmp/rules.out"
  if [ -s "$tmp/rules.out" ]; then bad "mapping rules name concepts the taxonomy lacks:"; cat "$tmp/rules.out"
  else ok "mapping rules (mapping/*.tsv) name only concepts of the taxonomy"; fi
fi

# ------------------------------------------------------------------ 3. well-formedness
find "$here" \( -name '*.xml' -o -name '*.xsd' \) -type f | sort >"$tmp/allxml.txt"
nw=0; wbad=0
while read -r f; do
  nw=$((nw + 1))
  if ! lint --noout "$f"; then wbad=$((wbad + 1)); echo "       ^ $f"; fi
done <"$tmp/allxml.txt"
if [ "$wbad" -eq 0 ]; then ok "$nw XML files are well-formed"; else bad "$wbad of $nw XML files are not well-formed"; fi

# ------------------------------------------------------------------ 4. schemas compile
echo '<dummy xmlns="urn:txbrl:check"/>' >"$tmp/dummy.xml"
wrapper() { # wrapper FILE NS LOCATION...   (pairs of namespace and location)
  w=$1; shift
  {
    echo '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:txbrl:check" elementFormDefault="qualified">'
    while [ $# -ge 2 ]; do
      echo "  <xs:import namespace=\"$1\" schemaLocation=\"$2\"/>"
      shift 2
    done
    echo '  <xs:element name="dummy"/>'
    echo '</xs:schema>'
  } >"$w"
}
grep '\.xsd$' "$tmp/allxml.txt" >"$tmp/xsd.txt"
ns=0; sbad=0
while read -r f; do
  ns=$((ns + 1))
  tns=$(sed -n 's/.*targetNamespace="\([^"]*\)".*/\1/p' "$f" | head -1)
  wrapper "$tmp/w.xsd" "$tns" "$f"
  if ! lint --noout --schema "$tmp/w.xsd" "$tmp/dummy.xml"; then sbad=$((sbad + 1)); echo "       ^ $f"; fi
done <"$tmp/xsd.txt"
if [ "$sbad" -eq 0 ]; then ok "$ns schemas compile (offline, through the catalog)"; else bad "$sbad of $ns schemas do not compile"; fi

# the XBRL content of the schemas' appinfo (linkbaseRef, roleType, arcroleType)
wrapper "$tmp/ai.xsd" http://www.xbrl.org/2003/linkbase http://www.xbrl.org/2003/xbrl-linkbase-2003-12-31.xsd
sed -e 's|<xs:element name="dummy"/>|<xs:element name="appinfo"><xs:complexType><xs:sequence><xs:any namespace="http://www.xbrl.org/2003/linkbase" processContents="strict" minOccurs="0" maxOccurs="unbounded"/></xs:sequence></xs:complexType></xs:element>|' "$tmp/ai.xsd" >"$tmp/ai2.xsd"
na=0; abad=0
while read -r f; do
  grep -q '<[a-z:]*appinfo>' "$f" || continue
  na=$((na + 1))
  {
    echo '<c:appinfo xmlns:c="urn:txbrl:check" xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:gen="http://xbrl.org/2008/generic" xmlns:label="http://xbrl.org/2008/label">'
    sed -n '/<[a-z:]*appinfo>/,/<\/[a-z:]*appinfo>/p' "$f" | sed '/appinfo>/d'
    echo '</c:appinfo>'
  } >"$tmp/ai.xml"
  if ! lint --noout --schema "$tmp/ai2.xsd" "$tmp/ai.xml"; then abad=$((abad + 1)); echo "       ^ $f"; fi
done <"$tmp/xsd.txt"
if [ "$abad" -eq 0 ]; then ok "linkbaseRef, roleType and arcroleType declarations of $na schemas are valid"; else bad "$abad of $na schemas have invalid appinfo"; fi

# ------------------------------------------------------------------ 5. linkbases
wrapper "$tmp/lb.xsd" \
  http://www.xbrl.org/2003/linkbase http://www.xbrl.org/2003/xbrl-linkbase-2003-12-31.xsd \
  http://xbrl.org/2005/xbrldt http://www.xbrl.org/2005/xbrldt-2005.xsd
nl=0; lbad=0
for f in "$gen"/*/2026/*_lab.xml "$gen"/*/2026/*_pre.xml "$gen"/*/2026/*_cal.xml "$gen"/*/2026/*_def.xml; do
  [ -f "$f" ] || continue
  nl=$((nl + 1))
  if ! lint --noout --schema "$tmp/lb.xsd" "$f"; then lbad=$((lbad + 1)); echo "       ^ $f"; fi
done
if [ "$nl" -gt 0 ] && [ "$lbad" -eq 0 ]; then ok "$nl linkbases are valid XBRL 2.1 linkbases"; else bad "$lbad of $nl linkbases are invalid"; fi

# ------------------------------------------------------------------ 6. catalogs and package
cbad=0
for c in "$here/catalog.xml" "$here/package/META-INF/catalog.xml"; do
  if ! lint --noout --schema "$here/tools/oasis-catalog.xsd" "$c"; then cbad=$((cbad + 1)); echo "       ^ $c"; fi
done
if [ "$cbad" -eq 0 ]; then ok "XML catalogs are valid OASIS XML Catalogs"; else bad "$cbad XML catalogs are invalid"; fi

tp=$here/package/META-INF/taxonomyPackage.xml
if lint --noout --schema http://www.xbrl.org/2016/taxonomy-package.xsd "$tp"; then
  ok "META-INF/taxonomyPackage.xml is a valid Taxonomy Package 1.0 document"
else
  bad "META-INF/taxonomyPackage.xml is invalid"
fi

# entry points through the package catalog (rewriteURI, relative to META-INF/)
"$AWK" '
  { s = $0
    while (match(s, /<rewriteURI[^>]*>/)) {
      e = substr(s, RSTART, RLENGTH); s = substr(s, RSTART + RLENGTH)
      a = e; sub(/.*uriStartString="/, "", a); sub(/".*/, "", a)
      b = e; sub(/.*rewritePrefix="/, "", b); sub(/".*/, "", b)
      print a "\t" b
    } }' "$here/package/META-INF/catalog.xml" >"$tmp/rewrites.txt"
sed -n 's/.*<tp:entryPointDocument href="\([^"]*\)".*/\1/p' "$tp" >"$tmp/eps.txt"
ne=0; ebad=0
while read -r ep; do
  ne=$((ne + 1))
  file=$("$AWK" -F '\t' -v u="$ep" 'index(u, $1) == 1 { print substr(u, length($1) + 1) "\t" $2; exit }' "$tmp/rewrites.txt")
  rest=$(printf '%s' "$file" | cut -f1); prefix=$(printf '%s' "$file" | cut -f2)
  if [ -z "$file" ] || [ ! -f "$here/package/META-INF/$prefix$rest" ]; then
    ebad=$((ebad + 1)); echo "       entry point $ep does not resolve to a file of the package"
  fi
done <"$tmp/eps.txt"
# the package with its own catalog only (plus the XBRL core schemas, which a
# processor brings itself): a core-only catalog with absolute paths
sed -e '/txbrl\.example\.org/d' \
    -e "s|rewritePrefix=\"xbrl/|rewritePrefix=\"$here/xbrl/|" \
    -e "s|uri=\"xbrl/|uri=\"$here/xbrl/|" "$here/catalog.xml" >"$tmp/core-catalog.xml"
while read -r ep; do
  wrapper "$tmp/ep.xsd" http://txbrl.example.org/taxonomy/gaap/2026 "$ep"
  if ! XML_CATALOG_FILES="$tmp/core-catalog.xml $here/package/META-INF/catalog.xml" \
       lint --noout --schema "$tmp/ep.xsd" "$tmp/dummy.xml"; then
    ebad=$((ebad + 1)); echo "       entry point $ep does not load with META-INF/catalog.xml"
  fi
done <"$tmp/eps.txt"
if [ "$ne" -gt 0 ] && [ "$ebad" -eq 0 ]; then ok "$ne package entry point(s) resolve and load through META-INF/catalog.xml"; else bad "package entry points: $ebad problem(s) in $ne"; fi

# ------------------------------------------------------------------ 7. sample instances
wrapper "$tmp/dts.xsd" \
  http://www.xbrl.org/2003/instance http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd \
  http://txbrl.example.org/taxonomy/gaap/2026 http://txbrl.example.org/taxonomy/gaap/2026/tx-gaap-2026.xsd \
  http://xbrl.org/2006/xbrldi http://www.xbrl.org/2006/xbrldi-2006.xsd
ni=0; ibad=0
for f in "$here"/examples/*.xml; do
  [ -f "$f" ] || continue
  ni=$((ni + 1))
  if ! lint --noout --schema "$tmp/dts.xsd" "$f"; then ibad=$((ibad + 1)); echo "       ^ $f"; fi
done
if [ "$ni" -gt 0 ] && [ "$ibad" -eq 0 ]; then ok "$ni sample instance(s) valid against the DTS"; else bad "sample instances: $ibad of $ni invalid"; fi

echo "check.sh: $pass passed, $fail failed"
[ "$fail" -eq 0 ]

#!/bin/sh
# render-scale.sh - rendering stays near-linear in the facts of an instance.
# Generates instances of the project taxonomy's monetary concepts at two
# sizes 10x apart, in two shapes: a wide table (10 concepts over N periods:
# N columns) and a tall one (N concepts over 5 periods: N rows), renders
# each (best CPU seconds of 2 runs) and fails when the larger took more than
# LIMIT times the smaller (default 25: linear is about 10, less with the
# fixed cost of a run; a cost growing with the square of the columns or
# rows is about 100).  Times are compared with each other, never with an
# absolute figure.
#   usage: sh tests/render-scale.sh   (top_srcdir, top_builddir as make check)
set -u
srcdir=${top_srcdir:-.}
bin=${top_builddir:-.}/txbrl
TXBRL_DATADIR=${TXBRL_DATADIR:-$(cd "$srcdir" && pwd)}
export TXBRL_DATADIR
limit=${LIMIT:-25}
command -v python3 >/dev/null 2>&1 || { echo "SKIP python3 not installed"; exit 77; }
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0 fail=0

# gen NCONCEPTS NPERIODS > instance: monthly instants and durations of one
# entity, a fact of each concept in each period of its period type
gen() {
    awk -F'\t' -v nc="$1" -v np="$2" '
    BEGIN {
      print "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      print "<xbrli:xbrl xmlns:xbrli=\"http://www.xbrl.org/2003/instance\" xmlns:link=\"http://www.xbrl.org/2003/linkbase\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns:iso4217=\"http://www.xbrl.org/2003/iso4217\" xmlns:tx-gaap=\"http://txbrl.example.org/taxonomy/gaap/2026\">"
      print "  <link:schemaRef xlink:type=\"simple\" xlink:href=\"http://txbrl.example.org/taxonomy/gaap/2026/tx-gaap-2026.xsd\"/>"
      ent = "<xbrli:entity><xbrli:identifier scheme=\"http://www.sec.gov/CIK\">0000000001</xbrli:identifier></xbrli:entity>"
      for (p = 0; p < np; p++) {
        y = 1900 + int(p / 12); m = p % 12 + 1
        printf "  <xbrli:context id=\"i%d\">%s<xbrli:period><xbrli:instant>%d-%02d-28</xbrli:instant></xbrli:period></xbrli:context>\n", p, ent, y, m
        printf "  <xbrli:context id=\"d%d\">%s<xbrli:period><xbrli:startDate>%d-%02d-01</xbrli:startDate><xbrli:endDate>%d-%02d-28</xbrli:endDate></xbrli:period></xbrli:context>\n", p, ent, y, m, y, m
      }
      print "  <xbrli:unit id=\"usd\"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>"
    }
    NR > 1 && $5 == "false" && $4 ~ /monetaryItemType/ && $1 !~ /:/ && n < nc {
      n++
      for (p = 0; p < np; p++)
        printf "  <tx-gaap:%s contextRef=\"%s%d\" unitRef=\"usd\" decimals=\"-3\">%d000</tx-gaap:%s>\n", $1, ($2 == "instant" ? "i" : "d"), p, n * 7 + p, $1
    }
    END { print "</xbrli:xbrl>" }' "$srcdir/taxonomy/src/concepts.tsv"
}

# cpu CMD...: the CPU seconds (user + system) of CMD and its children
cpu() {
    python3 -c '
import resource, subprocess, sys
rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
r = resource.getrusage(resource.RUSAGE_CHILDREN)
print("%.3f" % (r.ru_utime + r.ru_stime) if rc == 0 else "fail")' "$@"
}

# best of 2 runs of rendering instance $1 (empty when a run failed)
best() {
    a=$(cpu "$bin" render -o "$tmp/page.html" "$1")
    b=$(cpu "$bin" render -o "$tmp/page.html" "$1")
    case "$a$b" in *fail*) echo ""; return ;; esac
    awk -v a="$a" -v b="$b" 'BEGIN { print (a < b ? a : b) }'
}

# shape NAME C1 P1 C2 P2: instances C1 x P1 and C2 x P2 facts (10x apart)
shape() {
    gen "$2" "$3" >"$tmp/small.xml"
    gen "$4" "$5" >"$tmp/large.xml"
    small=$(grep -c 'contextRef=' "$tmp/small.xml")
    large=$(grep -c 'contextRef=' "$tmp/large.xml")
    ts=$(best "$tmp/small.xml")
    shown=$(grep -o 'data-fact=' "$tmp/page.html" 2>/dev/null | wc -l)
    tl=$(best "$tmp/large.xml")
    shownl=$(grep -o 'data-fact=' "$tmp/page.html" 2>/dev/null | wc -l)
    if [ -z "$ts" ] || [ -z "$tl" ]; then
        echo "FAIL $1: render failed"; fail=$((fail + 1)); return
    fi
    # every fact on the page, so that the times are of the whole work
    if [ "$shown" -ne "$small" ] || [ "$shownl" -ne "$large" ]; then
        echo "FAIL $1: $shown of $small and $shownl of $large facts shown"; fail=$((fail + 1)); return
    fi
    ratio=$(awk -v a="$tl" -v b="$ts" 'BEGIN { printf "%.1f", (b > 0 ? a / b : 0) }')
    if awk -v r="$ratio" -v l="$limit" 'BEGIN { exit !(r <= l) }'; then
        echo "PASS $1: $small facts $ts s, $large facts $tl s: x$ratio (limit x$limit)"; pass=$((pass + 1))
    else
        echo "FAIL $1: $small facts $ts s, $large facts $tl s: x$ratio, more than x$limit"; fail=$((fail + 1))
    fi
}

shape "wide table (columns grow)" 10 300 10 3000
shape "tall table (rows grow)" 200 5 2000 5

echo "render-scale: $pass passed, $fail failed"
[ "$fail" -eq 0 ]

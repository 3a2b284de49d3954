#!/bin/sh
# scale.sh - costs near-linear in rows, tables and facts: each case runs a
# generated input at a small size and at ten times it and fails when the
# larger takes more than 30 times as long (best of two runs each; the cost
# of a nearly empty input, which both pay, taken off first; the small size
# doubled until its own cost is at least 0.2 s, so that timer noise cannot
# decide).  The large run is stopped at its allowance: a super-linear cost
# fails without running its course.  Never absolute times.  Cases: the text
# reader (inspect) on one very tall table and on thousands of small tables;
# read and map (check) of both; validate of an instance with many facts,
# with its peak memory per fact reported when /usr/bin/time -v is there;
# and findings on values of hundreds of kilobytes stay short lines.
set -u
srcdir=${top_srcdir:-.}
bin=$(cd "${top_builddir:-.}" && pwd)/txbrl
TXBRL_DATADIR=${TXBRL_DATADIR:-$(cd "$srcdir" && pwd)}
export TXBRL_DATADIR
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0 fail=0
RATIO=30

# tall N: one balance sheet of N rows
tall() {
    awk -v n="$1" 'BEGIN {
        print "                             EXAMPLE CORP."
        print "                      CONDENSED CONSOLIDATED BALANCE SHEETS"
        print "                                 (in thousands)"
        print ""
        print "                                                       September 30,         December 31,"
        print "                                                           2003                 2002"
        print "                                                       ------------          ------------"
        for (i = 1; i <= n; i++)
            printf "  Item number %-6d of the assets                     %11s           %11s\n", i,
                sprintf("%d,%03d", 1 + i % 900, i % 1000), sprintf("%d,%03d", 2 + i % 800, (i * 7) % 1000)
        print "                                                       -----------           -----------"
    }'
}
# many N: N tables of two rows, each with its title, between paragraphs
many() {
    awk -v n="$1" 'BEGIN {
        for (t = 1; t <= n; t++) {
            printf "\n\n                      SCHEDULE %d OF OTHER ITEMS\n                                 (in thousands)\n\n", t
            print "                                                       September 30,         December 31,"
            print "                                                           2003                 2002"
            print "                                                       ------------          ------------"
            printf "  Cash item                                            %11d           %11d\n", t, t + 1
            printf "  Other item                                           %11d           %11d\n", t * 2, t + 3
            print ""
            print "Some words of text in a paragraph between the tables of the release."
        }
    }'
}
# facts N: an instance of N facts (a quarter of them contexts), each
# balance sheet balancing
facts() {
    awk -v n="$1" -v gaap=http://txbrl.example.org/taxonomy/gaap/2026/tx-gaap-2026.xsd 'BEGIN {
        print "<?xml version=\"1.0\"?>"
        print "<xbrli:xbrl xmlns:xbrli=\"http://www.xbrl.org/2003/instance\" xmlns:link=\"http://www.xbrl.org/2003/linkbase\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns:iso4217=\"http://www.xbrl.org/2003/iso4217\" xmlns:tx-gaap=\"http://txbrl.example.org/taxonomy/gaap/2026\">"
        print "<link:schemaRef xlink:type=\"simple\" xlink:href=\"" gaap "\"/>"
        print "<xbrli:unit id=\"usd\"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>"
        for (c = 0; c < n / 4; c++) {
            printf "<xbrli:context id=\"c%d\"><xbrli:entity><xbrli:identifier scheme=\"http://www.sec.gov/CIK\">%010d</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:instant>2003-09-30</xbrli:instant></xbrli:period></xbrli:context>\n", c, c + 1
            l = c + 1; e = c + 2
            printf "<tx-gaap:Assets contextRef=\"c%d\" unitRef=\"usd\" decimals=\"-3\">%d000</tx-gaap:Assets>\n", c, l + e
            printf "<tx-gaap:Liabilities contextRef=\"c%d\" unitRef=\"usd\" decimals=\"-3\">%d000</tx-gaap:Liabilities>\n", c, l
            printf "<tx-gaap:StockholdersEquity contextRef=\"c%d\" unitRef=\"usd\" decimals=\"-3\">%d000</tx-gaap:StockholdersEquity>\n", c, e
            printf "<tx-gaap:LiabilitiesAndStockholdersEquity contextRef=\"c%d\" unitRef=\"usd\" decimals=\"-3\">%d000</tx-gaap:LiabilitiesAndStockholdersEquity>\n", c, l + e
        }
        print "</xbrli:xbrl>" }'
}

now() { date +%s.%N; }
# secs LIMIT COMMAND...: the best of two runs' wall seconds ("" when a run
# failed or was stopped at LIMIT seconds)
secs() {
    limit=$1
    shift
    best=
    for run in 1 2; do
        t0=$(now)
        timeout "$limit" "$@" >/dev/null 2>&1
        rc=$?
        t1=$(now)
        # check's exit 1 is its findings; 124 is the timeout
        if [ $rc -ge 2 ]; then echo ""; return; fi
        best=$(awk -v a="$best" -v b="$t0" -v c="$t1" 'BEGIN { d = c - b; if (a == "" || d < a) a = d; print a }')
    done
    echo "$best"
}
gt() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a > b) }'; }

# case NAME GENERATOR EXT SIZE MAXSIZE COMMAND...: the input is written to
# FILE.EXT and COMMAND's last word is the file
case_() {
    name=$1 gen=$2 ext=$3 size=$4 max=$5
    shift 5
    $gen 1 >"$tmp/zero.$ext"
    base=$(secs 120 "$@" "$tmp/zero.$ext")
    while :; do
        $gen "$size" >"$tmp/small.$ext"
        small=$(secs 300 "$@" "$tmp/small.$ext")
        if [ -z "$base" ] || [ -z "$small" ]; then
            echo "FAIL $name: the run failed"; fail=$((fail + 1)); return
        fi
        own=$(awk -v s="$small" -v b="$base" 'BEGIN { print s - b }')
        if gt "$own" 0.2 || [ $((size * 2)) -gt "$max" ]; then break; fi
        size=$((size * 2))
    done
    big=$((size * 10))
    $gen "$big" >"$tmp/big.$ext"
    allow=$(awk -v o="$own" -v b="$base" -v r="$RATIO" 'BEGIN { printf "%d", b + r * o + 5 }')
    large=$(secs "$allow" "$@" "$tmp/big.$ext")
    if [ -z "$large" ]; then
        echo "FAIL $name: $size -> $big took more than ${allow}s (small: ${small}s, empty input: ${base}s)"
        fail=$((fail + 1)); return
    fi
    ratio=$(awk -v l="$large" -v b="$base" -v o="$own" 'BEGIN { printf "%.1f", (l - b) / o }')
    line="$name: $size -> $big: ${small}s -> ${large}s (empty input ${base}s): x$ratio"
    if gt "$ratio" "$RATIO"; then echo "FAIL $line, more than x$RATIO"; fail=$((fail + 1))
    else echo "PASS $line"; pass=$((pass + 1)); fi
}

case_ "inspect, one tall table (rows)" tall txt 2000 64000 "$bin" inspect --format tsv
case_ "inspect, many small tables" many txt 400 16000 "$bin" inspect --format tsv
case_ "check, one tall table (rows)" tall txt 1000 16000 "$bin" check
case_ "check, many small tables" many txt 200 8000 "$bin" check
case_ "validate, facts" facts xml 2000 64000 "$bin" validate

# Long values: a header word of 786 KB and a row label of 524 KB (lines
# longer than the reader takes, cut), echoed by the reader's and the
# mapper's findings: every diagnostic line of inspect and convert at most
# 4200 bytes (TX_MAX_MESSAGE and the location), a value cut with "..."
awk 'BEGIN { w = "Change"; for (i = 0; i < 17; i++) w = w w
    l = "Revenues"; for (i = 0; i < 16; i++) l = l l
    print "                             EXAMPLE CORP."
    print "                      CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS"
    print ""
    printf "%60s%22s%22s\n", "Three months ended", "Three months ended", w
    printf "%60s%22s\n", "September 30, 2003", "September 30, 2002"
    printf "%-40s%20s%22s%22s\n", "  Net revenues", "172,100", "152,000", "13%"
    printf "%-40s%20s%22s\n", "  " l, "1,100", "1,000"
}' >"$tmp/long.txt"
for cmd in inspect convert; do
    if [ $cmd = convert ]; then set -- convert -o "$tmp/long"; else set -- inspect; fi
    "$bin" "$@" "$tmp/long.txt" >/dev/null 2>"$tmp/long.err"
    longest=$(awk '{ if (length($0) > m) m = length($0) } END { print m + 0 }' "$tmp/long.err")
    if [ "$longest" -le 4200 ] && [ "$longest" -gt 0 ] && grep -q '\.\.\.' "$tmp/long.err"; then
        echo "PASS $cmd of 786 KB and 524 KB values: findings cut, longest line $longest bytes"
        pass=$((pass + 1))
    else
        echo "FAIL $cmd of 786 KB and 524 KB values: longest finding line $longest bytes"
        fail=$((fail + 1))
    fi
done

# validate's peak memory per fact (reported, not judged: the allocator's
# and the taxonomy's share vary)
if /usr/bin/time -v true >/dev/null 2>&1; then
    for n in 4000 40000; do
        facts $n >"$tmp/m.xml"
        /usr/bin/time -v "$bin" validate "$tmp/m.xml" >/dev/null 2>"$tmp/time" || true
        kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$tmp/time")
        echo "NOTE validate of $n facts: peak ${kb} KiB"
        eval "kb_$n=\$kb"
    done
    echo "NOTE validate: $(awk -v a="$kb_4000" -v b="$kb_40000" 'BEGIN { printf "%.0f", (b - a) * 1024 / 36000 }') bytes per fact"
fi

echo "scale: $pass passed, $fail failed"
[ "$fail" -eq 0 ]

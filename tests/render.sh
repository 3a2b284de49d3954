#!/bin/sh
# render.sh - the HTML renditions of the seed conversions (issue 5).
# For each sample: `txbrl convert` writes STEM.html; every fact of the
# instance appears in exactly one home cell (data-fact) with the right
# concept and context; order follows the presentation linkbase for known
# rows; statements come in the exhibit's order; the page is self-contained
# (no script, no src/href to fetch) and deterministic; every amount names
# its exhibit line; html-validate (when installed) accepts it.  Inline XBRL:
# `txbrl render --inline` is well-formed XHTML and `txbrl facts` reads back
# exactly the facts of the instance.
#   sh tests/render.sh --screenshots DIR   also photographs each rendition
#   with headless Chromium (when installed) into DIR/STEM.png.
set -u
srcdir=${top_srcdir:-.}
bin=${top_builddir:-.}/txbrl
TXBRL_DATADIR=${TXBRL_DATADIR:-$(cd "$srcdir" && pwd)}
export TXBRL_DATADIR
shots=
if [ "${1:-}" = --screenshots ]; then shots=${2:-screenshots}; fi
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0 fail=0
ok() { echo "PASS $1"; pass=$((pass + 1)); }
nok() { echo "FAIL $1"; fail=$((fail + 1)); }
check() { if [ "$1" -eq 0 ]; then ok "$2"; else nok "$2"; fi; }

"$bin" convert --entities "$srcdir/samples/entities.tsv" -o "$tmp/out" \
    "$srcdir"/samples/*.txt >/dev/null 2>"$tmp/convert.err"
check $? "convert with renditions"

# the position of the first line matching $2 in file $1 (0 when none)
at() { grep -n -m1 -e "$2" "$1" | cut -d: -f1 | grep . || echo 0; }
# $1 file; the following patterns must occur in this order
in_order() {
    f=$1; shift; prev=0
    for p in "$@"; do
        n=$(at "$f" "$p")
        if [ "$n" -le "$prev" ]; then echo "  out of order or missing: $p"; return 1; fi
        prev=$n
    done
    return 0
}

for input in "$srcdir"/samples/*.txt; do
    stem=$(basename "$input" .txt)
    inst="$tmp/out/$stem.xml"
    html="$tmp/out/$stem.html"
    if [ ! -f "$html" ]; then nok "$stem: no rendition written"; continue; fi
    # one cell per line for grep
    sed 's/<tr/\n<tr/g; s/<td/\n<td/g; s/<caption/\n<caption/g' "$html" >"$tmp/lines"

    # every fact once, in the cell of its concept and context
    sed -n 's/.*<\([A-Za-z][-A-Za-z0-9_.]*:[A-Za-z0-9_]*\) id="\([^"]*\)" contextRef="\([^"]*\)".*/\2 \1 \3/p' "$inst" | sort >"$tmp/want"
    sed -n 's/.*data-fact="\([^"]*\)" data-context="\([^"]*\)" title="\([^ "]*\).*/\1 \3 \2/p' "$tmp/lines" | sort >"$tmp/got"
    nfacts=$(($("$bin" facts "$inst" | wc -l) - 1))
    [ "$(wc -l <"$tmp/want")" -eq "$nfacts" ] && diff "$tmp/want" "$tmp/got" >"$tmp/diff"
    r=$?; [ $r -ne 0 ] && head -10 "$tmp/diff"
    check $r "$stem: all $nfacts facts, each in one cell of its concept and context"
    [ -z "$(cut -d' ' -f1 "$tmp/got" | uniq -d)" ]
    check $? "$stem: no fact in two home cells"

    # provenance: every amount names its exhibit line, the one the instance records
    n=$(grep -c 'data-fact=' "$tmp/lines"); m=$(grep 'data-fact=' "$tmp/lines" | grep -c 'data-source-line="[1-9][0-9]*".*title="[^"]*line [1-9]')
    [ "$n" -eq "$m" ]; check $? "$stem: every amount carries data-source-line and a title naming it ($m)"
    l1=$(sed -n 's/.*<!--line \([0-9]*\)--><[^ ]* id="f1" .*/\1/p' "$inst")
    grep -q "data-source-line=\"$l1\"[^>]*data-fact=\"f1\"" "$tmp/lines"
    check $? "$stem: f1 names line $l1 of the exhibit"

    # self-contained, semantic, deterministic
    ! grep -qi -e '<script' -e ' src=' -e ' href=' -e '@import' -e 'url(' "$html"
    check $? "$stem: self-contained (no script, nothing to fetch)"
    grep -q '<html lang="en">' "$html" && grep -q '<meta charset="utf-8">' "$html" &&
        grep -q '<title>' "$html" && grep -q '@media print' "$html" &&
        grep -q 'break-inside: avoid' "$html" && grep -q 'name="txbrl-source" content="'"$stem"'.txt"' "$html" &&
        grep -q '<th scope="col"' "$html" && [ "$(grep -o '<table' "$html" | wc -l)" -eq "$(grep -o '<caption' "$html" | wc -l)" ]
    check $? "$stem: lang, charset, title, metadata, print CSS, captions, th scope"
    "$bin" render -s "$stem.txt" "$inst" >"$tmp/again.html" 2>/dev/null && cmp -s "$html" "$tmp/again.html"
    check $? "$stem: txbrl render gives the same bytes as convert"

    # order: statements as the exhibit printed them, rows as the presentation linkbase
    in_order "$tmp/lines" '<span class="title">Balance Sheet' '<span class="title">Income Statement' \
        '<span class="title">Share-Based Compensation' '<span class="title">Non-GAAP: Income Statement' \
        '<span class="title">Non-GAAP: Reconciliation' '<span class="title">Cash Flow'
    check $? "$stem: statements in the exhibit's order"
    in_order "$tmp/lines" 'Total current assets<' 'Goodwill<' 'Total assets<' 'Total current liabilities<' \
        'Total liabilities and stockholders' 'Total revenues<' 'Gross profit<' 'Operating income (loss)<' \
        'Net income (loss)<' 'Net income (loss) per share, basic<'
    check $? "$stem: rows in presentation order"
    [ "$(grep -o 'class="badge">NON-GAAP' "$html" | wc -l)" -ge 2 ]
    check $? "$stem: non-GAAP statements marked"

    # the printed numbers, signs and dashes of a few known cells
    case $stem in
    000_*) cells='f1:457,510 f16:— f43:(12,852) f156:(0.37) f157:384,795 f148:(128,102)' ;;
    001_*) cells='f1:' ;;
    esac
    bad=0
    for c in $cells; do
        id=${c%%:*}; want=${c#*:}
        [ -z "$want" ] && continue
        grep "data-fact=\"$id\"" "$tmp/lines" | grep -Fq ">$want</td>" || { echo "  $id is not $want"; bad=1; }
    done
    check $bad "$stem: known cells printed as the exhibit printed them"

    if command -v html-validate >/dev/null 2>&1; then
        html-validate "$html" >"$tmp/hv" 2>&1; r=$?
        [ $r -ne 0 ] && head -20 "$tmp/hv"
        check $r "$stem: html-validate"
    else
        echo "SKIP $stem: html-validate (not installed)"
    fi

    # Inline XBRL round trip
    xhtml="$tmp/out/$stem.xhtml"
    "$bin" render --inline -o "$xhtml" "$inst" 2>"$tmp/err"
    check $? "$stem: render --inline"
    if command -v xmllint >/dev/null 2>&1; then
        xmllint --noout --nonet "$xhtml"; check $? "$stem: Inline XBRL is well-formed XML"
    fi
    "$bin" facts "$inst" | sort >"$tmp/a.csv"
    "$bin" facts "$xhtml" 2>"$tmp/err" | sort >"$tmp/b.csv"
    diff "$tmp/a.csv" "$tmp/b.csv" >"$tmp/diff"; r=$?
    [ $r -ne 0 ] && { head -10 "$tmp/diff"; cat "$tmp/err"; }
    check $r "$stem: txbrl facts of the Inline XBRL = facts of the instance ($nfacts)"
    [ "$(grep -o '<ix:nonFraction' "$xhtml" | wc -l)" -gt 0 ] && grep -q 'format="ixt:fixed-zero"' "$xhtml" &&
        grep -q 'sign="-"' "$xhtml" && grep -q '<ix:resources>' "$xhtml"
    check $? "$stem: ix:nonFraction with format, sign; ix:resources"

    if [ -n "$shots" ]; then
        mkdir -p "$shots" && cp "$html" "$shots/$stem.html"
        chrome=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
        if [ -n "$chrome" ]; then
            prof=$(mktemp -d)
            "$chrome" --headless --no-sandbox --disable-gpu --disable-background-networking \
                --disable-component-update --disable-sync --no-first-run --user-data-dir="$prof" \
                --screenshot="$(cd "$shots" && pwd)/$stem.png" --window-size=1200,2000 \
                "file://$(cd "$shots" && pwd)/$stem.html" >/dev/null 2>&1
            check $? "$stem: screenshot $shots/$stem.png"
            rm -rf "$prof"
        else
            echo "SKIP $stem: screenshot (no chromium)"
        fi
    fi
done

# a rendition that cannot be made says so (exit 1), writes nothing
printf 'not xml' >"$tmp/bad.xml"
"$bin" render -o "$tmp/bad.html" "$tmp/bad.xml" 2>/dev/null
[ $? -eq 1 ] && [ ! -e "$tmp/bad.html" ]
check $? "render of a broken instance: exit 1, nothing written"

echo "render: $pass passed, $fail failed"
[ "$fail" -eq 0 ]

#!/bin/sh
# render.sh - the HTML renditions of the seed conversions.
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
    "$bin" render --source "$stem.txt" "$inst" >"$tmp/again.html" 2>/dev/null && cmp -s "$html" "$tmp/again.html"
    check $? "$stem: txbrl render gives the same bytes as convert"

    # order: statements as the exhibit printed them, rows as the presentation linkbase
    # (titled as printed: the roles of the exhibit's own presentation linkbase)
    in_order "$tmp/lines" '<span class="title">CONDENSED CONSOLIDATED BALANCE SHEETS' \
        '<span class="title">CONDENSED CONSOLIDATED STATEMENTS\{0,1\} OF OPERATIONS' \
        '<span class="title">Amortization of deferred stock compensation relates' \
        '<span class="title">NON-GAAP CONDENSED CONSOLIDATED STATEMENTS\{0,1\} OF OPERATIONS' \
        '<span class="title">\(RECONCILIATION\|reconciliation\)' '<span class="title">CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS'
    check $? "$stem: statements in the exhibit's order"
    ! grep -q -e 'Other facts' -e 'Facts of the instance outside' "$html"
    check $? "$stem: every fact in a table of the exhibit (no list of other facts)"
    in_order "$tmp/lines" 'Total current assets<' 'Goodwill<' 'Total assets<' 'Total current liabilities<' \
        'Total liabilities and stockholders' 'Total net revenues<' 'Gross margin<' '>Operating income' \
        '>Net income' '>Basic<'
    check $? "$stem: rows in presentation order"
    # the exhibit's own words: printed row labels and section headings
    # (extension label linkbase, printedLabel / printedHeading roles)
    in_order "$tmp/lines" 'scope="rowgroup"[^>]*>Current assets:<' '>Cash and cash equivalents<' \
        'scope="rowgroup"[^>]*>Current liabilities:<' 'scope="rowgroup"[^>]*>Net revenues:<' '>Product<' \
        'scope="rowgroup"[^>]*>Cost of revenues:<' 'scope="rowgroup"[^>]*>Operating expenses:<'
    check $? "$stem: row labels and headings as the exhibit printed them"
    ! grep -q -e '>Assets, Current<' -e '>Revenues<' "$tmp/lines"
    check $? "$stem: no taxonomy label where the exhibit printed its own heading"
    [ "$(grep -o 'class="badge">NON-GAAP' "$html" | wc -l)" -ge 2 ]
    check $? "$stem: non-GAAP statements marked"

    # footnotes: each link:footnote of the instance (valid XBRL: txbrl
    # validate is clean) appears once, under the table of its facts
    "$bin" validate "$inst" >"$tmp/val" 2>&1; r=$?
    [ $r -ne 0 ] && head -5 "$tmp/val"
    check $r "$stem: the instance with its footnotes validates"
    nfn=$(grep -c '<link:footnote ' "$inst")
    [ "$nfn" -gt 0 ] && [ "$(grep -c '<p class="fn"' "$tmp/lines")" -eq "$nfn" ] &&
        [ "$(grep -c '<link:footnoteArc [^>]*arcrole="http://www.xbrl.org/2003/arcrole/fact-footnote"' "$inst")" -eq "$nfn" ]
    check $? "$stem: $nfn footnotes, each shown once"
    sed -n 's/.*<link:footnote [^>]*>\([^<]*\)<.*/\1/p' "$inst" >"$tmp/fn"
    bad=0
    while IFS= read -r fn; do
        body=$(printf '%s' "$fn" | sed 's/^([A-Za-z0-9]*) //' | cut -c1-60)
        [ "$(grep -cF "$body" "$html")" -eq 1 ] || { echo "  not once: $body"; bad=1; }
    done <"$tmp/fn"
    check $bad "$stem: every footnote text appears exactly once"
    # under the right table: after its title, before the next statement
    under() { # $1 title of the statement ($3: its Nth one), $2 start of the footnote text
        t=$(grep -n -e "<span class=\"title\">$1" "$tmp/lines" | sed -n "${3:-1}p" | cut -d: -f1)
        t=${t:-0}; f=$(grep -n -m1 -F "$2" "$tmp/lines" | cut -d: -f1)
        n=$(awk -v t="$t" 'NR > t && /<caption/ { print NR; exit }' "$tmp/lines")
        [ -n "$f" ] && [ "$t" -gt 0 ] && [ "$f" -gt "$t" ] && { [ -z "$n" ] || [ "$f" -lt "$n" ]; } ||
            { echo "  not under $1: $2"; return 1; }
    }
    case $stem in
    000_*)
        under 'CONDENSED CONSOLIDATED BALANCE SHEETS' 'The balance sheet at December 31, 2002 has been derived' &&
        under 'CONDENSED CONSOLIDATED STATEMENT OF OPERATIONS' 'Amortization of deferred stock compensation relates to the following' &&
        under 'NON-GAAP CONDENSED CONSOLIDATED STATEMENT OF OPERATIONS' 'The non-GAAP statements exclude an adjustment' &&
        # (A) marks the December 31, 2002 column only, (1) the amortization row and the non-GAAP title
        grep -q '<th scope="col" data-period="I:2002-12-31">2002<sup class="fnref"[^>]*>(A)</sup>' "$tmp/lines" &&
        [ "$(grep -o '>(A)</sup>' "$html" | wc -l)" -eq 1 ] &&
        grep -q 'deferred stock compensation<sup class="fnref"[^>]*>(1)</sup>' "$tmp/lines" &&
        grep -q '<span class="title">NON-GAAP CONDENSED CONSOLIDATED STATEMENT OF OPERATIONS<sup class="fnref"[^>]*>(1)</sup>' "$tmp/lines" ;;
    001_*)
        under 'CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS' 'Amortization of deferred stock compensation relates to the following' &&
        under 'NON-GAAP CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS' 'The non-GAAP statements exclude the amortization of purchased intangibles and deferred stock compensation and the gain' &&
        under 'NON-GAAP CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS' 'The non-GAAP statements exclude the amortization of purchased intangibles and deferred stock compensation and merger' 2 ;;
    esac
    check $? "$stem: footnotes under their tables, markers on column, row or title"

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
    # XHTML 1.1 (the host language of Inline XBRL 1.1): only the elements of
    # its modules (XHTML 1.1 section 3 and its module list), xml:lang not
    # lang, no data-* attributes, no empty class, no HTML5 meta charset,
    # style with its type
    if command -v python3 >/dev/null 2>&1; then
        python3 - "$xhtml" <<'PY'
import sys, xml.etree.ElementTree as ET
X = "{http://www.w3.org/1999/xhtml}"
XHTML11 = set("""html head title base meta link style script noscript body
abbr acronym address blockquote br cite code dfn div em h1 h2 h3 h4 h5 h6
kbd p pre q samp span strong a dl dt dd ol ul li object param b big hr i
small sub sup tt del ins bdo form input select option textarea button
fieldset label legend optgroup caption table td th tr col colgroup tbody
thead tfoot img area map ruby rbc rtc rb rt rp""".split())
bad = []
for e in ET.parse(sys.argv[1]).iter():
    if not isinstance(e.tag, str) or not e.tag.startswith(X):
        continue
    n = e.tag[len(X):]
    if n not in XHTML11:
        bad.append("element " + n)
    for a, v in e.attrib.items():
        if a == "lang" or a.startswith("data-") or a == "charset" or (a == "class" and not v.strip()):
            bad.append("%s/@%s" % (n, a))
    if n == "style" and e.get("type") != "text/css":
        bad.append("style without type")
for b in sorted(set(bad))[:10]:
    print("  not XHTML 1.1:", b)
sys.exit(1 if bad else 0)
PY
        check $? "$stem: Inline XBRL page is XHTML 1.1 (elements, xml:lang, no data-*, no empty class)"
    fi
    "$bin" facts "$inst" | sort >"$tmp/a.csv"
    "$bin" facts "$xhtml" 2>"$tmp/err" | sort >"$tmp/b.csv"
    diff "$tmp/a.csv" "$tmp/b.csv" >"$tmp/diff"; r=$?
    [ $r -ne 0 ] && { head -10 "$tmp/diff"; cat "$tmp/err"; }
    check $r "$stem: txbrl facts of the Inline XBRL = facts of the instance ($nfacts)"
    [ "$(grep -o '<ix:nonFraction' "$xhtml" | wc -l)" -gt 0 ] && grep -q 'format="ixt:fixed-zero"' "$xhtml" &&
        grep -q 'sign="-"' "$xhtml" && grep -q '<ix:resources>' "$xhtml"
    check $? "$stem: ix:nonFraction with format, sign; ix:resources"
    # footnotes as ix:footnote, tied to facts of the page by ix:relationship
    bad=0
    [ "$(grep -o '<ix:footnote ' "$xhtml" | wc -l)" -eq "$nfn" ] &&
        [ "$(grep -o '<ix:relationship ' "$xhtml" | wc -l)" -eq "$nfn" ] || bad=1
    for id in $(grep -o 'fromRefs="[^"]*"' "$xhtml" | sed 's/fromRefs="//; s/"//' | tr ' ' '\n' | sort -u); do
        grep -q "<ix:non[A-Za-z]* [^>]*id=\"$id\"" "$xhtml" || { echo "  fromRefs $id names no fact"; bad=1; break; }
    done
    for id in $(grep -o 'toRefs="[^"]*"' "$xhtml" | sed 's/toRefs="//; s/"//'); do
        grep -q "<ix:footnote id=\"$id\" xml:lang=\"en\"" "$xhtml" || { echo "  toRefs $id names no ix:footnote"; bad=1; }
    done
    check $bad "$stem: Inline XBRL footnotes: ix:footnote and ix:relationship ($nfn)"

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

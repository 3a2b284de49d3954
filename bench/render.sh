#!/bin/sh
# bench/render.sh - times `txbrl render` (HTML) and `txbrl render --inline`
# on the seed conversions and the hand-checked exhibits, against a baseline:
# the same stylesheets as they were at git revision REV, run by `xsltproc`
# (same files, same run; no REV, no baseline).  Prints each time,
# the ratio new/baseline, and whether the baseline and current stylesheets
# write byte-identical pages (both by xsltproc, same parameters).
#   usage: bench/render.sh [BUILDDIR] [REV]
set -u
src=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-.}" && pwd)
bin=$build/txbrl
export TXBRL_DATADIR=${TXBRL_DATADIR:-$src}
rev=${2:-}
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM

"$bin" convert --entities "$src/samples/entities.tsv" -o "$tmp" "$src"/samples/*.txt >/dev/null 2>&1
for f in "$src"/tests/exhibits/[0-9]*.txt; do
    args=""
    [ -f "${f%.txt}.args" ] && args=$(cat "${f%.txt}.args")
    # shellcheck disable=SC2086
    "$bin" convert $args -o "$tmp" "$f" >/dev/null 2>&1
done

have_base=0
if [ -n "$rev" ] && command -v xsltproc >/dev/null 2>&1; then
    mkdir -p "$tmp/base"
    ok=1
    for s in txbrl-common.xsl txbrl-html.xsl txbrl-ixbrl.xsl; do
        git -C "$src" show "$rev:xslt/$s" >"$tmp/base/$s" 2>/dev/null || ok=0
    done
    [ "$ok" -eq 1 ] && have_base=1 || echo "render.sh: no stylesheets at $rev; no baseline" >&2
fi

secs() {  # CMD... -> wall seconds
    /usr/bin/time -f "%e" -o "$tmp/t" "$@" >/dev/null 2>&1
    tail -n 1 "$tmp/t"
}
printf '%-40s %8s %8s %8s %8s %s\n' instance html inline base ratio same
tn=0 tb=0
for x in "$tmp"/*.xml; do
    case $x in *_lab.xml|*_cal.xml|*_pre.xml|*_def.xml) continue ;; esac
    name=$(basename "$x" .xml)
    h=$(secs "$bin" render -o "$tmp/$name.new.html" "$x")
    i=$(secs "$bin" render --inline -o "$tmp/$name.new.xhtml" "$x")
    b=- r=- same=-
    if [ "$have_base" -eq 1 ]; then
        b=$(cd "$tmp" && XML_CATALOG_FILES=$src/taxonomy/catalog.xml \
            secs xsltproc --nonet --stringparam version "$("$bin" --version | awk '{print $2}')" \
                 -o "$tmp/$name.base.html" "$tmp/base/txbrl-html.xsl" "$x")
        (cd "$tmp" && XML_CATALOG_FILES=$src/taxonomy/catalog.xml \
            xsltproc --nonet --stringparam version "$("$bin" --version | awk '{print $2}')" \
                 -o "$tmp/$name.cur.html" "$src/xslt/txbrl-html.xsl" "$x" >/dev/null 2>&1)
        cmp -s "$tmp/$name.base.html" "$tmp/$name.cur.html" && same=yes || same=no
        r=$(awk -v a="$h" -v b="$b" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }')
        tb=$(awk -v a="$tb" -v b="$b" 'BEGIN { print a + b }')
    fi
    tn=$(awk -v a="$tn" -v b="$h" 'BEGIN { print a + b }')
    printf '%-40s %8s %8s %8s %8s %s\n' "$name" "$h" "$i" "$b" "$r" "$same"
done
if [ "$have_base" -eq 1 ]; then
    printf 'total: txbrl render %.2f s, baseline (%s) %.2f s, ratio %.3f\n' "$tn" "$rev" "$tb" \
        "$(awk -v a="$tn" -v b="$tb" 'BEGIN { print (b > 0 ? a / b : 0) }')"
else
    printf 'total: txbrl render %.2f s\n' "$tn"
fi

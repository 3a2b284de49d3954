#!/bin/sh
# bench/render.sh - times `txbrl render` (HTML and Inline XBRL) on the seed
# conversions and the hand-checked exhibits against a named baseline measured
# in the same run, on the same instances:
#   BASELINE an executable: another txbrl (e.g. the previous commit's binary,
#            `make` in a checkout of it); it renders the same instances
#   BASELINE a git revision: its stylesheets, run by `xsltproc` on the
#            instances (the renderer before the presentation model)
# Times are CPU seconds (user + system: the machine may be shared, wall
# time then measures the others' load); the program itself is timed, not
# libtool's wrapper script of an uninstalled build.
# Prints per instance the seconds of each and the ratio new/baseline, the
# facts each page shows (data-fact cells; they must be equal), and the share
# of a whole conversion (`txbrl convert`, which renders too) the render takes.
#   usage: bench/render.sh [BUILDDIR] [BASELINE]
set -u
src=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-.}" && pwd)
bin=$build/txbrl
# an uninstalled build: the program behind libtool's wrapper script
if [ -x "$build/.libs/txbrl" ] && head -c 2 "$bin" | grep -q '#!'; then
    bin=$build/.libs/txbrl
    LD_LIBRARY_PATH=$build/.libs${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}
    export LD_LIBRARY_PATH
fi
export TXBRL_DATADIR=${TXBRL_DATADIR:-$src}
base=${2:-}
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM

secs() {  # CMD... -> CPU seconds (user + system)
    /usr/bin/time -f "%U %S" -o "$tmp/t" "$@" >/dev/null 2>&1
    tail -n 1 "$tmp/t" | awk '{ printf "%.2f", $1 + $2 }'
}
add() { awk -v a="$1" -v b="$2" 'BEGIN { print a + b }'; }

tc=0
"$bin" convert --entities "$src/samples/entities.tsv" -o "$tmp" "$src"/samples/*.txt >/dev/null 2>&1
for f in "$src"/samples/*.txt; do
    tc=$(add "$tc" "$(secs "$bin" convert --entities "$src/samples/entities.tsv" -o "$tmp/c" "$f")")
done
for f in "$src"/tests/exhibits/[0-9]*.txt; do
    args=""
    [ -f "${f%.txt}.args" ] && args=$(cat "${f%.txt}.args")
    # shellcheck disable=SC2086
    tc=$(add "$tc" "$(secs "$bin" convert $args -o "$tmp" "$f")")
done

mode=none
if [ -n "$base" ] && [ -x "$base" ] && [ -f "$base" ]; then
    mode=bin
elif [ -n "$base" ] && command -v xsltproc >/dev/null 2>&1; then
    mkdir -p "$tmp/base" && mode=xsl
    for s in txbrl-common.xsl txbrl-html.xsl; do
        git -C "$src" show "$base:xslt/$s" >"$tmp/base/$s" 2>/dev/null || mode=none
    done
    [ "$mode" = none ] && echo "render.sh: no stylesheets at $base; no baseline" >&2
fi

printf '%-36s %8s %8s %8s %8s %7s %7s\n' instance html inline base ratio facts bfacts
tn=0 tb=0 n=0
for x in "$tmp"/*.xml; do
    case $x in *_lab.xml|*_cal.xml|*_pre.xml|*_def.xml) continue ;; esac
    name=$(basename "$x" .xml)
    h=$(secs "$bin" render -o "$tmp/$name.new.html" "$x")
    i=$(secs "$bin" render --inline -o "$tmp/$name.new.xhtml" "$x")
    b=- r=- bf=-
    case $mode in
    bin) b=$(secs "$base" render -o "$tmp/$name.base.html" "$x") ;;
    xsl) b=$(cd "$tmp" && XML_CATALOG_FILES=$src/taxonomy/catalog.xml \
             secs xsltproc --nonet -o "$tmp/$name.base.html" "$tmp/base/txbrl-html.xsl" "$x") ;;
    esac
    if [ "$mode" != none ]; then
        r=$(awk -v a="$h" -v b="$b" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }')
        tb=$(add "$tb" "$b")
        bf=$(grep -o 'data-fact=' "$tmp/$name.base.html" 2>/dev/null | wc -l)
    fi
    nf=$(grep -o 'data-fact=' "$tmp/$name.new.html" | wc -l)
    tn=$(add "$tn" "$h"); n=$((n + 1))
    printf '%-36s %8s %8s %8s %8s %7s %7s\n' "$name" "$h" "$i" "$b" "$r" "$nf" "$bf"
done
printf 'pages: %d; txbrl render %.2f s (%.3f s a page); whole conversions %.2f s; render %.0f%% of a conversion\n' \
    "$n" "$tn" "$(awk -v a="$tn" -v n="$n" 'BEGIN { print (n ? a / n : 0) }')" "$tc" \
    "$(awk -v a="$tn" -v c="$tc" 'BEGIN { print (c > 0 ? 100 * a / c : 0) }')"
if [ "$mode" != none ]; then
    printf 'baseline %s: %.2f s; ratio new/baseline %.3f (%.1fx faster)\n' "$base" "$tb" \
        "$(awk -v a="$tn" -v b="$tb" 'BEGIN { print (b > 0 ? a / b : 0) }')" \
        "$(awk -v a="$tn" -v b="$tb" 'BEGIN { print (a > 0 ? b / a : 0) }')"
fi

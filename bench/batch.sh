#!/bin/sh
# bench/batch.sh - batch conversion (convert + validate + render) of N
# exhibits, copies of the seed releases (samples/) and of the hand-checked
# exhibits (tests/exhibits/) under distinct names, by one `txbrl convert -j
# JOBS` over a --files-from list; then, in the same run and on the same
# outputs, the same work by the stock tools: `xmllint --noout --schema` of
# every instance against its schema (through the project's catalog, no
# network) plus `xsltproc` of the HTML stylesheet over it, JOBS at a time
# (xargs -P).  Prints wall and CPU seconds, exhibits per second, peak memory
# and the ratios txbrl / stock tools.
#   usage: bench/batch.sh [BUILDDIR] [N (default 1000)] [JOBS (default 2)]
set -u
src=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-.}" && pwd)
n=${2:-1000}
jobs=${3:-2}
bin=$build/txbrl
export TXBRL_DATADIR=${TXBRL_DATADIR:-$src}
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
for tool in xmllint xsltproc; do
    command -v $tool >/dev/null 2>&1 || { echo "batch.sh: $tool missing" >&2; exit 2; }
done

# N inputs, cycling over the seeds and the exhibits
mkdir "$tmp/in"
set -- "$src"/samples/*.txt "$src"/tests/exhibits/[0-9]*.txt
k=0
while [ $k -lt "$n" ]; do
    for f in "$@"; do
        [ $k -lt "$n" ] || break
        cp "$f" "$tmp/in/$(printf '%06d' $k)_$(basename "$f")"
        k=$((k + 1))
    done
done
ls "$tmp/in"/*.txt >"$tmp/list"

# run CMD... -> "wall cpu maxrss_kb"
run() {
    /usr/bin/time -f "%e %U %S %M" -o "$tmp/t" "$@" >/dev/null 2>"$tmp/err"
    awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' "$tmp/t" | tail -n 1
}
set -- $(run "$bin" convert -q -j "$jobs" --force --entities "$src/samples/entities.tsv" \
    -o "$tmp/out" --files-from "$tmp/list")
tw=$1 tc=$2 tm=$3
ninst=$(ls "$tmp/out" | grep -c '\.html$')
[ "$ninst" -gt 0 ] || { echo "batch.sh: no instance written" >&2; sed 5q "$tmp/err" >&2; exit 1; }

# the stock tools on the same instances: each against its own extension
# schema when it has one, else the taxonomy's entry point
gaap=$(ls "$src"/taxonomy/package/*/taxonomy/gaap/*/tx-gaap-*.xsd | head -n 1)
cat >"$tmp/one.sh" <<EOF
#!/bin/sh
x=\$1
s=\${x%.xml}.xsd
[ -f "\$s" ] || s=$gaap
XML_CATALOG_FILES=$src/taxonomy/catalog.xml xmllint --nonet --noout --schema "\$s" "\$x" 2>/dev/null
xsltproc --nonet "$src/xslt/txbrl-html.xsl" "\$x" >/dev/null 2>&1
exit 0
EOF
chmod +x "$tmp/one.sh"
ls "$tmp/out"/*.xml | grep -v '_lab.xml$\|_cal.xml$\|_pre.xml$' >"$tmp/instances"
set -- $(run sh -c "xargs -P $jobs -n 1 '$tmp/one.sh' <'$tmp/instances'")
bw=$1 bc=$2 bm=$3

rate() { awk -v n="$1" -v t="$2" 'BEGIN { if (t > 0) printf "%.1f", n / t; else print "-" }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
printf '%-34s %8s %8s %10s %10s %9s\n' "" wall cpu "ex/s wall" "ex/s cpu" "maxrss kB"
printf '%-34s %8s %8s %10s %10s %9s\n' "txbrl convert -j $jobs ($n inputs)" "$tw" "$tc" \
    "$(rate "$n" "$tw")" "$(rate "$n" "$tc")" "$tm"
printf '%-34s %8s %8s %10s %10s %9s\n' "xmllint --schema + xsltproc ($ninst)" "$bw" "$bc" \
    "$(rate "$ninst" "$bw")" "$(rate "$ninst" "$bc")" "$bm"
echo "instances written: $ninst of $n; txbrl/stock time: wall $(ratio "$tw" "$bw"), cpu $(ratio "$tc" "$bc")"

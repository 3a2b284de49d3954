#!/bin/sh
# bench/validate.sh - times `txbrl validate` (all layers) against
# `xmllint --noout --schema` (schema validation only) on the same files in
# the same run: the seed conversions and a generated instance of N facts
# (default 100000).  Prints each CPU time (user + system), the ratio and
# peak memory (KiB); a validation that fails is reported, not timed.
#   usage: bench/validate.sh [BUILDDIR] [NFACTS]
set -u
src=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-.}" && pwd)
n=${2:-100000}
bin=$build/txbrl
# in a build tree, ./txbrl is libtool's wrapper script (a shell that sets up
# the library path, then runs the program): time the program itself
if [ -x "$build/.libs/txbrl" ]; then
    bin=$build/.libs/txbrl
    LD_LIBRARY_PATH=$build/.libs${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}; export LD_LIBRARY_PATH
fi
export TXBRL_DATADIR=${TXBRL_DATADIR:-$src}
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
"$bin" convert --entities "$src/samples/entities.tsv" -o "$tmp" "$src"/samples/*.txt >/dev/null 2>&1
# a large instance: balance sheet facts over many instants
{
  sed -n '1,/<!-- =* contexts -->/p' "$src/taxonomy/examples/sample.xml"
  per=$(( n / 10 + 1 ))
  awk -v per="$per" 'BEGIN {
    for (i = 0; i < per; i++) {
      d = sprintf("%04d-%02d-28", 1000 + int(i / 12), i % 12 + 1);
      printf "<xbrli:context id=\"I%d\"><xbrli:entity><xbrli:identifier scheme=\"http://www.sec.gov/CIK\">0001043604</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:instant>%s</xbrli:instant></xbrli:period></xbrli:context>\n", i, d;
    }
    print "<xbrli:unit id=\"USD\"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>";
    # values that add up (calculations and the balance sheet tie hold)
    split("Cash AccountsReceivableNetCurrent InventoryNet AssetsCurrent PropertyPlantAndEquipmentNet Goodwill AssetsNoncurrent Assets LiabilitiesCurrent LiabilitiesAndStockholdersEquity", c, " ");
    split("1000 2000 3000 6000 4000 5000 9000 15000 15000 15000", v, " ");
    for (i = 0; i < per; i++)
      for (k = 1; k <= 10; k++)
        printf "<tx-gaap:%s contextRef=\"I%d\" unitRef=\"USD\" decimals=\"-3\">%d000</tx-gaap:%s>\n", c[k], i, v[k] * (1 + i % 7), c[k];
  }'
  echo "</xbrli:xbrl>"
} >"$tmp/large.xml"
measure() {  # CMD... -> "cpu-seconds peak-KiB exit-status" (user + system time:
             # the elapsed time of a shared machine measures its other users)
    /usr/bin/time -f "%U %S %M %x" -o "$tmp/t" "$@" >/dev/null 2>"$tmp/err"
    tail -n 1 "$tmp/t" | awk 'NF == 4 { printf "%.2f %s %s\n", $1 + $2, $3, $4 }'
}
# xmllint validates each instance against the schema its schemaRef names
# (the exhibit's extension schema beside it, or the taxonomy by URL through
# the catalog), as txbrl does; a failed validation is reported, not timed.
for f in "$tmp"/0*.xml "$tmp/large.xml"; do
    case $f in *_lab.xml|*_cal.xml|*_pre.xml|*_def.xml) continue ;; esac
    xsd=$(head -c 20000 "$f" | tr '\n' ' ' | grep -o '<link:schemaRef[^>]*>' | head -1 |
          sed 's/.*xlink:href="\([^"]*\)".*/\1/')
    case $xsd in http*) ;; *) xsd=$(dirname "$f")/$xsd ;; esac
    v=$(measure "$bin" validate "$f")
    x=$(XML_CATALOG_FILES=$src/taxonomy/catalog.xml measure xmllint --nonet --noout --schema "$xsd" "$f")
    set -- $v; vt=$1 vm=$2 vx=$3
    set -- $x; xt=$1 xm=$2 xx=$3
    if [ "$vx" != 0 ] || [ "$xx" != 0 ]; then
        echo "$(basename "$f"): FAILED (txbrl validate exit $vx, xmllint exit $xx: $(head -c 200 "$tmp/err"))"
        continue
    fi
    r=$(echo "$vt $xt" | awk '{ printf "%.2f", ($2 > 0 ? $1 / $2 : 0) }')
    echo "$(basename "$f"): txbrl validate ${vt}s ${vm}KiB; xmllint --schema $(basename "$xsd") ${xt}s ${xm}KiB; ratio $r"
done

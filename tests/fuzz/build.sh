#!/bin/sh
# tests/fuzz/build.sh - builds the fuzz targets for libFuzzer with
# AddressSanitizer and UndefinedBehaviorSanitizer, in DIR (default
# /tmp/txbrl-fuzz), from the tracked files of this work tree (copied there:
# a build with other compiler flags must not share the tree's objects), and
# gathers their seed inputs.  Needs clang with libFuzzer (Debian: clang).
#   DIR/fuzz_exhibit    legacy text exhibits; seeds in DIR/exhibit-seeds
#                       (120-line windows of the samples and test exhibits)
#   DIR/fuzz_validate   XBRL instances; seeds in DIR/validate-seeds (the
#                       conversions of the samples and test exhibits, and
#                       tests/validate), their schemas and linkbases in
#                       DIR/dts (FUZZ_DTS_DIR)
# tests/fuzz/README.md shows how to run them.
set -eu
src=$(cd "$(dirname "$0")/../.." && pwd)
dir=${1:-/tmp/txbrl-fuzz}
cc=${CC:-clang}
mkdir -p "$dir/src" "$dir/exhibit-seeds" "$dir/validate-seeds" "$dir/dts" "$dir/art"
(cd "$src" && git ls-files -z | tar --null -T - -cf -) | tar -xf - -C "$dir/src"
flags="-g -O1 -fno-omit-frame-pointer -fsanitize=address,undefined"
cd "$dir/src"
[ -x configure ] || autoreconf -fi >/dev/null
[ -f Makefile ] || ./configure CC="$cc" CFLAGS="$flags -fsanitize=fuzzer-no-link" \
    --disable-shared >/dev/null
make -s -j"$(nproc 2>/dev/null || echo 2)" libtxbrl.la txbrl
libs=$(pkg-config --cflags --libs libxml-2.0 libxslt libexslt icu-uc icu-i18n)
for t in fuzz_exhibit fuzz_validate; do
    # shellcheck disable=SC2086
    "$cc" $flags -fsanitize=fuzzer -Isrc "tests/fuzz/$t.c" .libs/libtxbrl.a $libs -lm -o "$dir/$t"
done

i=0
for f in "$src"/samples/*.txt "$src"/tests/exhibits/*.txt "$src"/tests/fuzz/regress/*.txt; do
    [ -f "$f" ] || continue
    n=$(wc -l <"$f")
    s=1
    while [ "$s" -le "$n" ]; do
        sed -n "${s},$((s + 119))p" "$f" >"$dir/exhibit-seeds/w$i.txt"
        i=$((i + 1)) s=$((s + 80))
    done
done
# the conversions (with the sanitizers on: a finding here is a finding too)
export TXBRL_DATADIR="$src"
./txbrl convert --entities "$src/samples/entities.tsv" -o "$dir/conv" "$src"/samples/*.txt >/dev/null 2>&1 || true
for f in "$src"/tests/exhibits/[0-9]*.txt; do
    args=""
    [ -f "${f%.txt}.args" ] && args=$(cat "${f%.txt}.args")
    # shellcheck disable=SC2086
    ./txbrl convert $args -o "$dir/conv" "$f" >/dev/null 2>&1 || true
done
for f in "$dir"/conv/* "$src"/tests/validate/*.xml "$src"/tests/validate/*.xsd "$src"/tests/fuzz/regress/*.xml; do
    [ -f "$f" ] || continue
    case $f in
    *.html) ;;
    *.xsd|*_lab.xml|*_cal.xml|*_pre.xml|*_def.xml) cp "$f" "$dir/dts/" ;;
    *.xml) cp "$f" "$dir/validate-seeds/"; cp "$f" "$dir/dts/" ;;
    esac
done
echo "built $dir/fuzz_exhibit ($i seeds) and $dir/fuzz_validate ($(ls "$dir/validate-seeds" | wc -l) seeds)"

#!/bin/sh
# tests/fuzz/build.sh - builds the fuzz target for libFuzzer with AddressSanitizer
# and UndefinedBehaviorSanitizer, in DIR (default /tmp/txbrl-fuzz), from the
# tracked files of this work tree (copied there: a build with other compiler
# flags must not share the tree's objects).  Needs clang with libFuzzer
# (Debian: clang).  Then, from the source tree:
#   TXBRL_DATADIR=$PWD DIR/fuzz_exhibit -max_len=20000 -timeout=10 \
#       -artifact_prefix=DIR/art/ DIR/corpus DIR/seeds
# DIR/seeds holds 120-line windows of the samples and the hand-checked
# exhibits; set FUZZ_CONVERT=1 to run whole conversions too (slower).
set -eu
src=$(cd "$(dirname "$0")/../.." && pwd)
dir=${1:-/tmp/txbrl-fuzz}
cc=${CC:-clang}
mkdir -p "$dir/src" "$dir/corpus" "$dir/seeds" "$dir/art"
(cd "$src" && git ls-files -z | tar --null -T - -cf -) | tar -xf - -C "$dir/src"
flags="-g -O1 -fno-omit-frame-pointer -fsanitize=address,undefined"
cd "$dir/src"
[ -x configure ] || autoreconf -fi >/dev/null
[ -f Makefile ] || ./configure CC="$cc" CFLAGS="$flags -fsanitize=fuzzer-no-link" \
    --disable-shared >/dev/null
make -s -j"$(nproc 2>/dev/null || echo 2)" libtxbrl.la
# shellcheck disable=SC2046
"$cc" $flags -fsanitize=fuzzer -Isrc tests/fuzz/fuzz_exhibit.c .libs/libtxbrl.a \
    $(pkg-config --cflags --libs libxml-2.0 libxslt libexslt icu-uc icu-i18n) -lm \
    -o "$dir/fuzz_exhibit"
i=0
for f in "$src"/samples/*.txt "$src"/tests/exhibits/*.txt "$src"/tests/fuzz/regress/*.txt; do
    n=$(wc -l <"$f")
    s=1
    while [ "$s" -le "$n" ]; do
        sed -n "${s},$((s + 119))p" "$f" >"$dir/seeds/w$i.txt"
        i=$((i + 1)) s=$((s + 80))
    done
done
echo "built $dir/fuzz_exhibit; $i seed inputs in $dir/seeds"

#!/bin/sh
# bench/same-output.sh - proves that a change kept every output byte for byte.
#
# Builds git revision REV (default: HEAD) in a scratch worktree, then runs it and
# the build in BUILDDIR (default: .) over the same inputs:
#   - every exhibit of samples/, tests/exhibits/ and, when present beside the
#     repository, ../shared/corpus/: `convert` (instance, extension, rendition,
#     diagnostics and exit status), `inspect --format tsv`;
#   - every instance written: `validate`, `facts` (CSV and JSON), `render`
#     (HTML and Inline XBRL).
# Each program reads the taxonomy and stylesheets of its own tree; its paths are
# replaced by @DATADIR@ and the scratch folder by @OUT@ before comparing.
# Prints one line per output that differs and a closing count; exits 1 when any
# differs, 0 when all are identical.
#   usage: bench/same-output.sh [BUILDDIR] [REV]
#   KEEP=1 keeps the scratch folder; CACHE=DIR keeps REV's outputs in
#   DIR/COMMIT and reuses them on the next run (a refactoring is compared
#   many times against one revision).
set -u
src=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-.}" && pwd)
rev=${2:-HEAD}
tmp=$(mktemp -d) || exit 2
[ -n "${KEEP:-}" ] && echo "same-output: scratch in $tmp" ||
    trap 'git -C "$src" worktree remove --force "$tmp/rev" >/dev/null 2>&1; rm -rf "$tmp"' EXIT INT TERM

commit=$(git -C "$src" rev-parse "$rev" 2>/dev/null) || { echo "same-output: no revision $rev" >&2; exit 2; }
cached=""
[ -n "${CACHE:-}" ] && cached=$CACHE/$commit
if [ -n "$cached" ] && [ -d "$cached" ]; then
    echo "same-output: outputs of $rev from $cached"
else
echo "same-output: building $rev ($(git -C "$src" rev-parse --short "$rev"))"
git -C "$src" worktree add --detach "$tmp/rev" "$rev" >/dev/null 2>&1 || { echo "same-output: no revision $rev" >&2; exit 2; }
(cd "$tmp/rev" && autoreconf -fi >/dev/null 2>&1 && ./configure >/dev/null 2>&1 &&
    make -s -j"$(nproc 2>/dev/null || echo 2)" >/dev/null 2>&1) ||
    { echo "same-output: $rev does not build" >&2; exit 2; }
fi

# inputs by paths relative to the source tree, where both programs run
cd "$src" || exit 2
inputs=""
for f in samples/*.txt tests/exhibits/[0-9]*.txt ../shared/corpus/[0-9]*.txt; do
    [ -f "$f" ] && inputs="$inputs $f"
done

# run NAME BIN DATADIR: every output of one program into $tmp/NAME
run() {
    name=$1 bin=$2 data=$3 out=$tmp/$1
    mkdir -p "$out/conv"
    for f in $inputs; do
        stem=$(basename "$f" .txt)
        args=""
        case $f in
        samples/*) args="--entities samples/entities.tsv" ;;
        tests/exhibits/*)
            args="--entities tests/exhibits/entities.tsv"
            [ -f "${f%.txt}.args" ] && args="$args $(cat "${f%.txt}.args")" ;;
        esac
        # shellcheck disable=SC2086
        TXBRL_DATADIR=$data "$bin" convert $args -o "$out/conv" "$f" >"$out/$stem.convert.out" 2>"$out/$stem.convert.err"
        echo "exit $?" >>"$out/$stem.convert.err"
        # shellcheck disable=SC2086
        TXBRL_DATADIR=$data "$bin" inspect --format tsv $args "$f" >"$out/$stem.inspect.tsv" 2>&1
        echo "exit $?" >>"$out/$stem.inspect.tsv"
    done
    for x in "$out"/conv/*.xml; do
        [ -f "$x" ] || continue
        case $x in *_lab.xml|*_cal.xml|*_pre.xml|*_def.xml) continue ;; esac
        stem=$(basename "$x" .xml)
        for cmd in "validate" "facts" "facts --format json"; do
            tag=$(echo "$cmd" | tr ' ' '_')
            # shellcheck disable=SC2086
            TXBRL_DATADIR=$data "$bin" $cmd "$x" >"$out/$stem.$tag.out" 2>&1
            echo "exit $?" >>"$out/$stem.$tag.out"
        done
        TXBRL_DATADIR=$data "$bin" render -o "$out/$stem.render.html" "$x" >"$out/$stem.render.out" 2>&1
        echo "exit $?" >>"$out/$stem.render.out"
        TXBRL_DATADIR=$data "$bin" render --inline -o "$out/$stem.render.xhtml" "$x" >>"$out/$stem.render.out" 2>&1
        echo "exit $?" >>"$out/$stem.render.out"
    done
    # paths that differ between the two runs only because they are two runs
    find "$out" -type f | while read -r g; do
        sed -e "s#$data/taxonomy#@DATADIR@/taxonomy#g" -e "s#$data/xslt#@DATADIR@/xslt#g" -e "s#$out#@OUT@#g" "$g" >"$g.n" && mv "$g.n" "$g"
    done
}

if [ -n "$cached" ] && [ -d "$cached" ]; then
    cp -R "$cached" "$tmp/base"
else
    echo "same-output: $(echo $inputs | wc -w) exhibits; running $rev"
    run base "$tmp/rev/txbrl" "$tmp/rev"
    [ -n "$cached" ] && mkdir -p "$CACHE" && cp -R "$tmp/base" "$cached"
fi
echo "same-output: running $build"
run new "$build/txbrl" "$src"

n=$(cd "$tmp/base" && find . -type f | wc -l)
diff -rq "$tmp/base" "$tmp/new" >"$tmp/diff" 2>&1
d=$(wc -l <"$tmp/diff")
sed -e "s#$tmp/##g" "$tmp/diff"
echo "same-output: $n outputs of $rev compared, $d differ"
[ "$d" -eq 0 ]

#!/bin/sh
# install.sh - txbrl as a user gets it: `make install` into a temporary
# folder (DESTDIR), then from there, with no TXBRL_DATADIR: the quick start
# (convert the samples, validate them), the taxonomy package zip, the man
# page, and doc/examples/walk-facts.c built with plain `pkg-config --cflags
# --libs txbrl` and run: it converts a sample and walks its facts, which
# must include the facts read by hand from the sample below.  Then
# `make uninstall` must leave no file behind.
set -u
srcdir=$(cd "${top_srcdir:-.}" && pwd)
builddir=$(cd "${top_builddir:-.}" && pwd)
command -v pkg-config >/dev/null 2>&1 || { echo "SKIP: no pkg-config"; exit 77; }
cc=${CC:-cc}
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0 fail=0
ok() { echo "PASS $1"; pass=$((pass + 1)); }
ko() { echo "FAIL $1"; fail=$((fail + 1)); }
unset TXBRL_DATADIR MAKEFLAGS MFLAGS MAKELEVEL

dest=$tmp/root
if make -C "$builddir" install DESTDIR="$dest" >"$tmp/install.log" 2>&1; then ok "make install DESTDIR"
else ko "make install DESTDIR"; tail -20 "$tmp/install.log"; echo "install: $pass passed, $fail failed"; exit 1; fi

bin=$(find "$dest" -path '*/bin/txbrl' -type f | head -n 1)
pc=$(find "$dest" -name txbrl.pc | head -n 1)
lib=$(find "$dest" -name 'libtxbrl.so' | head -n 1)
[ -n "$bin" ] && [ -n "$pc" ] && [ -n "$lib" ] && ok "installed: bin/txbrl, txbrl.pc, libtxbrl.so" \
    || ko "installed files: bin '$bin' pc '$pc' lib '$lib'"
libdir=$(dirname "$lib")
find "$dest" -name 'txbrl-taxonomy-*.zip' | grep -q . && ok "taxonomy package zip installed" || ko "no taxonomy package zip"
find "$dest" -name 'txbrl.1' | grep -q . && ok "man page installed" || ko "no man page"
find "$dest" -name 'libtxbrl.3' | grep -q . && ok "libtxbrl(3) installed" || ko "no libtxbrl.3"
find "$dest" -path '*/bash-completion/completions/txbrl' -type f | grep -q . \
    && ok "bash completion installed" || ko "no bash completion"
find "$dest" -path '*/doc/txbrl/README.md' -type f | grep -q . && ok "README installed" || ko "no README"

# The quick start from the installed program (its data found beside it).
LD_LIBRARY_PATH=$libdir "$bin" convert --entities "$srcdir/samples/entities.tsv" -o "$tmp/out" \
    "$srcdir"/samples/*.txt >"$tmp/convert.log" 2>&1
rc=$?
n=$(ls "$tmp/out"/*.xml 2>/dev/null | wc -l)
[ "$rc" = 0 ] && [ "$n" -ge 2 ] && ok "installed txbrl converts the samples ($n instances)" \
    || { ko "installed convert: exit $rc, $n instances"; tail -5 "$tmp/convert.log"; }
inst=$(ls "$tmp/out"/000_*.xml 2>/dev/null | head -n 1)
LD_LIBRARY_PATH=$libdir "$bin" validate --werror "$tmp/out"/0*.xml >"$tmp/validate.log" 2>&1 \
    && ok "installed txbrl validates them clean" || { ko "installed validate"; tail -5 "$tmp/validate.log"; }

# The example program, built as a user builds it.
export PKG_CONFIG_PATH="$(dirname "$pc")" PKG_CONFIG_SYSROOT_DIR="$dest"
flags=$(pkg-config --cflags --libs txbrl) || flags=
if [ -n "$flags" ] && $cc "$srcdir/doc/examples/walk-facts.c" $flags -o "$tmp/walk-facts" 2>"$tmp/cc.log"; then
    ok "walk-facts.c builds with pkg-config --cflags --libs txbrl"
else ko "walk-facts.c does not build ($flags)"; cat "$tmp/cc.log"; fi
data=$(cd "$(dirname "$bin")/../share/txbrl" 2>/dev/null && pwd)
# OUTDIR does not exist: the library creates it
if [ -x "$tmp/walk-facts" ] && LD_LIBRARY_PATH=$libdir "$tmp/walk-facts" "$data" \
        "$srcdir/samples/000_d7aca33587365376.txt" "$tmp/walk/new" "$srcdir/samples/entities.tsv" \
        >"$tmp/walk.out" 2>"$tmp/walk.err"; then
    ok "walk-facts runs: $(tail -n 1 "$tmp/walk.out")"
else ko "walk-facts failed"; tail -5 "$tmp/walk.err"; fi
# Facts read by hand from samples/000 (Juniper Networks, CIK 0001043604 in
# samples/entities.tsv; amounts in thousands): line 168 "Total net
# revenues ... 172,128" for the three months ended September 30, 2003;
# line 120 "Total assets $ 2,727,916" at September 30, 2003; line 202 basic
# net income per share "$ 0.02" for that quarter (per-share, not scaled).
for want in \
    '	0001043604	2003-07-01..2003-09-30		172128000	iso4217:USD	-3' \
    '	0001043604	2003-09-30		2727916000	iso4217:USD	-3' \
    '	0001043604	2003-07-01..2003-09-30		0.02	iso4217:USD/xbrli:shares	2'
do
    if grep -qF "$want" "$tmp/walk.out"; then ok "walk-facts prints:$want"
    else ko "walk-facts lacks:$want"; fi
done

# Its tables and rows, read by hand from the same sample: the statement of
# operations, whose title block (the entity line over the title) starts on
# line 151, in thousands, its first column the three
# months ended September 30, 2003; line 115 "Restricted cash  24,983  --"
# (a nil marker in the second column); the files written, the instance
# first, in the folder the library created.
for want in \
    'table	2	151	income	CONDENSED CONSOLIDATED STATEMENT OF OPERATIONS	scale=3' \
    'column	2.1	2003-07-01..2003-09-30	Three months ended September 30, 2003' \
    'row	115	Restricted cash	24983000	nil' \
    "wrote	$tmp/walk/new/000_d7aca33587365376.xml"
do
    if grep -qxF "$want" "$tmp/walk.out"; then ok "walk-facts prints:$want"
    else ko "walk-facts lacks:$want"; fi
done
[ "$(grep '^wrote' "$tmp/walk.out" | head -n 1 | cut -f2)" = "$tmp/walk/new/000_d7aca33587365376.xml" ] \
    && [ "$(grep '^wrote' "$tmp/walk.out" | tail -n 1 | cut -f2)" = "$tmp/walk/new/000_d7aca33587365376.html" ] \
    && ok "the paths written: the instance first, the rendition last" || ko "wrote lines"

# make uninstall leaves no file.
make -C "$builddir" uninstall DESTDIR="$dest" >"$tmp/uninstall.log" 2>&1
left=$(find "$dest" -type f | head -n 5)
[ -z "$left" ] && ok "make uninstall leaves no file" || { ko "make uninstall left files:"; echo "$left"; }

echo "install: $pass passed, $fail failed"
[ "$fail" = 0 ]

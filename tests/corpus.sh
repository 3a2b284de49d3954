#!/bin/sh
# corpus.sh - txbrl against facts a person checked by reading real filings.
#
# For every tests/corpus/STEM.truth.tsv (see tests/corpus/README.md) the
# filing STEM.txt is converted and its facts listed with the line each was
# read from (tests/corpus-facts.xsl).  A hand-checked fact is
#   exact    when a fact of the instance has its value, period, unit, entity
#            and dimensions, read from its line (or, for a fact printed in
#            several tables and written once, from another line, with one of
#            the acceptable concepts);
#   concept-right  when that fact's concept is one the truth accepts (an
#            extension where the truth says "-").
# Prints per filing and in total: facts, exact, concept right, and the
# facts missed (with MISSES=1: every one).  Fails when a total share falls
# below the floor in tests/corpus/floor.txt (raised as the reader and the
# mapper improve; never lowered to make a change pass).
#   usage: tests/corpus.sh            (from make check, or by hand in a build)
set -u
srcdir=${top_srcdir:-.}
bin=${top_builddir:-.}/txbrl
dir="$srcdir/tests/corpus"
xsl="$srcdir/tests/corpus-facts.xsl"
: "${TXBRL_DATADIR:=$srcdir}"
export TXBRL_DATADIR
command -v xsltproc >/dev/null 2>&1 || { echo "SKIP: no xsltproc"; exit 77; }
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT INT TERM

: >"$tmp/all"
for truth in "$dir"/*.truth.tsv; do
    [ -f "$truth" ] || continue
    stem=$(basename "$truth" .truth.tsv)
    input="$dir/$stem.txt"
    rm -rf "$tmp/out"
    # the CIKs of registrants whose filings print none (tests/corpus/entities.tsv)
    set -- convert -o "$tmp/out"
    [ -f "$dir/entities.tsv" ] && set -- "$@" --entities "$dir/entities.tsv"
    "$bin" "$@" "$input" >/dev/null 2>"$tmp/$stem.err"
    rc=$?
    : >"$tmp/$stem.facts"
    [ -f "$tmp/out/$stem.xml" ] && xsltproc "$xsl" "$tmp/out/$stem.xml" >"$tmp/$stem.facts" 2>/dev/null
    # one line per hand-checked fact: STEM  exact(0/1)  concept(0/1)  decimals(0/1)  line label
    awk -F'\t' -v stem="$stem" -v rc="$rc" '
    function norm_dims(d,    n, a, i, j, t, out) {
        n = split(d, a, ";")
        for (i = 1; i <= n; i++) { sub(/^[^:=]*:/, "", a[i]); sub(/=[^:]*:/, "=", a[i]) }
        for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
        out = ""
        for (i = 1; i <= n; i++) out = out (i > 1 ? ";" : "") a[i]
        return out
    }
    function canon(v,    neg) {      # exact decimal text: no +, no leading or trailing zeros
        neg = (v ~ /^-/); sub(/^[-+]/, "", v)
        if (v ~ /\./) { sub(/0+$/, "", v); sub(/\.$/, "", v) }
        sub(/^0+/, "", v); if (v == "" || v ~ /^\./) v = "0" v
        if (v == "0") neg = 0
        return (neg ? "-" : "") v
    }
    function entity_ok(want, got,    slug, g) {
        if (want == got) return 1
        if (want !~ /^name:/) return 0
        if (got ~ /^[0-9]+$/) return 0
        slug = tolower(substr(want, 6)); gsub(/[^a-z0-9]/, "", slug)
        g = tolower(got); gsub(/[^a-z0-9]/, "", g)
        return index(g, slug) > 0
    }
    function concept_ok(list, local, prefix,    n, a, i) {
        if (list == "-") return prefix == "ext"
        if (prefix == "ext") return 0
        n = split(list, a, "|")
        for (i = 1; i <= n; i++) if (a[i] == local) return 1
        return 0
    }
    FILENAME == ARGV[1] {             # the instance facts (possibly none)
        nf++; fl[nf] = $1; fc[nf] = $2; fp[nf] = $3; fe[nf] = $4; fs[nf] = $5
        fend[nf] = $6; fd[nf] = norm_dims($7); fu[nf] = $8; fdec[nf] = $9; fv[nf] = canon($10)
        next
    }
    FNR == 1 || /^#/ || NF < 11 { next }
    {
        line = $1; label = $3; concepts = $4; ent = $5; st = $6; en = $7
        dims = norm_dims($8); unit = $9; dec = $10; val = canon($11)
        best = 0; bc = 0; bd = 0
        for (i = 1; i <= nf; i++) {
            if (fv[i] != val || fs[i] != st || fend[i] != en || fu[i] != unit || fd[i] != dims) continue
            if (!entity_ok(ent, fe[i])) continue
            same_line = (fl[i] == line)
            cok = concept_ok(concepts, fc[i], fp[i])
            if (!same_line && !(cok && val != 0)) continue
            score = 2 * same_line + cok
            if (score > best || best == 0) { best = score; bc = cok; bd = (fdec[i] == dec) }
        }
        printf "%s\t%d\t%d\t%d\t%s\t%s\t%s %s..%s %s %s\n", stem, (best > 0), bc, bd, line, label, concepts, st, en, unit, val
    }' "$tmp/$stem.facts" "$truth" >"$tmp/$stem.score"
    cat "$tmp/$stem.score" >>"$tmp/all"
    awk -F'\t' -v stem="$stem" -v rc="$rc" '
        { n++; e += $2; c += $3; d += $4 }
        END { printf "%-36s facts %3d  exact %3d (%5.1f%%)  concept %3d (%5.1f%%)  decimals %3d  convert exit %d\n",
              stem, n, e, n ? 100 * e / n : 0, c, n ? 100 * c / n : 0, d, rc }' "$tmp/$stem.score"
    if [ -n "${MISSES:-}" ]; then
        awk -F'\t' '$2 == 0 { printf "    missed  line %s: %s  [%s]\n", $5, $6, $7 }
                    $2 == 1 && $3 == 0 { printf "    concept line %s: %s  [%s]\n", $5, $6, $7 }' "$tmp/$stem.score"
    fi
done

read -r min_exact min_concept <<EOF
$(grep -v '^#' "$dir/floor.txt" 2>/dev/null | head -n 1)
EOF
awk -F'\t' -v fe="${min_exact:-0}" -v fc="${min_concept:-0}" '
    { n++; e += $2; c += $3 }
    END {
        pe = n ? 100 * e / n : 0; pc = n ? 100 * c / n : 0
        printf "total: %d hand-checked facts in %d filings; exact %d (%.1f%%), concept right %d (%.1f%%); floor %s%% / %s%%\n",
               n, nfiles, e, pe, c, pc, fe, fc
        pass = (n > 0) + (pe >= fe) + (pc >= fc)
        printf "corpus: %d passed, %d failed\n", pass, 3 - pass
        exit (pass == 3 ? 0 : 1)
    }' nfiles="$(ls "$dir"/*.truth.tsv 2>/dev/null | wc -l)" "$tmp/all"

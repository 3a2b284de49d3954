#!/bin/sh
# Build the mapper's concept knowledge from the taxonomy and the US-GAAP
# reference data (shared/taxonomy-reference).
#
#   taxonomy/tools/mapping-data.sh [REFDIR [OUTDIR]]
#
# REFDIR defaults to ../shared/taxonomy-reference beside the repository.
# Reads (never writes):
#   taxonomy/src/concepts.tsv, taxonomy/src/calculation.tsv (the taxonomy)
#   taxonomy/mapping/deprecated.tsv
#   REFDIR/linkbases/calc.tsv (every FASB calculation network, statements and
#   disclosures, 2019 and 2020), REFDIR/elements.tsv (versions seen),
#   REFDIR/core-elements.tsv, taxonomy/src/own/concepts.tsv
# Writes (OUTDIR defaults to taxonomy/; check.sh passes a scratch directory):
#   OUTDIR/mapping/summations.tsv   parent child weight: which concepts add up
#       to which, for the mapper's arithmetic evidence (a printed total that
#       foots from the rows above it) and its signs.  The taxonomy's own
#       calculation arcs, then every arc of the FASB networks whose two ends
#       are concepts of the taxonomy; a legacy concept that deprecated.tsv
#       replaces one for one (kind "concept") takes its replacement's arcs.
#       One row per (parent, child), the first weight seen; a row whose
#       weight contradicts the two balances (equal balances +1, opposite -1)
#       is left out.
#   OUTDIR/mapping/concept-traits.tsv  concept signs since words: what the
#       mapper knows of a concept beside its attributes.
#       signs: "both" for a monetary concept whose value takes either sign by
#       meaning, because its standard label names the opposite in
#       parentheses ("Net Income (Loss)", "Increase (Decrease) in ...",
#       "Income Tax Expense (Benefit)", "Proceeds from (Repayments of) ...");
#       "positive" for every other monetary concept: an amount positive by
#       meaning (an expense, a payment, an asset), so a printed negative is a
#       deduction shown in parentheses; "" for shares and per-share amounts.
#       since: the first US-GAAP taxonomy the reference saw the concept in
#       (2008, or 2009 for one the 1993-2008 statements could not have
#       used: ProfitLoss came with noncontrolling interests); "" when the
#       reference does not list it (the project's own vocabulary).
#       core: 1 for the concepts condensed statements of a 1993-2008
#       company commonly need (REFDIR/core-elements.tsv) and the concepts
#       the project keeps by hand (src/own/concepts.tsv): the vocabulary the
#       statements of the time are written in; 0 otherwise.
#       words: the parenthesised words that made it "both".
# POSIX sh + awk; deterministic (LC_ALL=C, fixed order): a second run writes
# the same bytes.
set -eu

LC_ALL=C
export LC_ALL

here=$(cd "$(dirname "$0")/.." && pwd)
ref=${1:-$here/../../shared/taxonomy-reference}
out=${2:-$here}
AWK=${AWK:-awk}

for f in "$ref/linkbases/calc.tsv" "$ref/elements.tsv" "$ref/core-elements.tsv" \
         "$here/src/own/concepts.tsv" "$here/src/concepts.tsv" "$here/src/calculation.tsv" \
         "$here/mapping/deprecated.tsv"; do
  if [ ! -r "$f" ]; then
    echo "mapping-data.sh: missing $f" >&2
    exit 2
  fi
done
mkdir -p "$out/mapping"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/txmapdata.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

# ---------------------------------------------------------------- summations
"$AWK" -F '\t' -v OFS='\t' -v f_c="$here/src/concepts.tsv" -v f_own="$here/src/calculation.tsv" \
  -v f_dep="$here/mapping/deprecated.tsv" '
function strip(n) { sub(/^us-gaap:/, "", n); return n }
function add(p, c, w) {
  if (!(p in bal) || !(c in bal) || p == c || ((p, c) in seen)) return
  if (bal[p] != "" && bal[c] != "" && ((bal[p] == bal[c]) != (w > 0))) return
  seen[p, c] = 1; n++; ap[n] = p; ac[n] = c; aw[n] = w
}
FILENAME == f_c {
  if (FNR == 1 || $1 ~ /:/ || $4 != "xbrli:monetaryItemType") next
  bal[$1] = $3; next
}
FILENAME == f_dep { if (FNR > 1 && $3 == "concept" && ($2 in bal) && ($1 in bal)) { nl[$2]++; legacy[$2, nl[$2]] = $1 } next }
FILENAME == f_own { add($2, $3, $4 + 0); next }
FNR == 1 { next }
{ add(strip($4), strip($5), $6 + 0) }
END {
  m = n
  for (i = 1; i <= m; i++) {
    for (k = 1; k <= nl[ap[i]]; k++) add(legacy[ap[i], k], ac[i], aw[i])
    for (k = 1; k <= nl[ac[i]]; k++) add(ap[i], legacy[ac[i], k], aw[i])
  }
  print "parent", "child", "weight"
  for (i = 1; i <= n; i++) print ap[i], ac[i], aw[i]
}' "$here/src/concepts.tsv" "$here/mapping/deprecated.tsv" "$here/src/calculation.tsv" \
   "$ref/linkbases/calc.tsv" >"$tmp/summations.tsv"

# ---------------------------------------------------------------- traits
# The parenthesised words that name the opposite of a concept's sense.
"$AWK" -F '\t' -v OFS='\t' -v f_el="$ref/elements.tsv" -v f_core="$ref/core-elements.tsv" \
  -v f_own="$here/src/own/concepts.tsv" '
BEGIN {
  n = split("Loss|Losses|Gain|Gains|Decrease|Increase|Used in|Proceeds from|Repayments of|" \
            "Payments for|Payments to|Payments to Fund|Repurchase of|Income|Expense|Benefit|" \
            "Credit|Reversal|Reversal of Cost|Recovery|Refund|Accumulated Deficit|Deficit|" \
            "Liability|Assets|Payables|Premium|Amortization|under", w, "|")
  for (i = 1; i <= n; i++) opposite[w[i]] = 1
  print "concept", "signs", "since", "core", "words"
}
FILENAME == f_core || FILENAME == f_own { if (FNR > 1) core[$1] = 1; next }
FILENAME == f_el { if (FNR > 1) { v = $8; sub(/,.*/, "", v); sub(/.*\//, "", v); since[$1] = v } next }
FNR == 1 || $1 ~ /:/ || $5 == "true" { next }
$4 != "xbrli:monetaryItemType" && $4 != "xbrli:sharesItemType" && $4 != "num:perShareItemType" { next }
{
  l = $6; found = ""
  while (match(l, /\([^)]*\)/)) {
    x = substr(l, RSTART + 1, RLENGTH - 2); l = substr(l, RSTART + RLENGTH)
    if (x in opposite) found = found (found == "" ? "" : ",") x
  }
  signs = $4 != "xbrli:monetaryItemType" ? "" : found != "" ? "both" : "positive"
  print $1, signs, ($1 in since ? since[$1] : ""), ($1 in core ? 1 : 0), found
}' "$ref/core-elements.tsv" "$here/src/own/concepts.tsv" "$ref/elements.tsv" "$here/src/concepts.tsv" >"$tmp/concept-traits.tsv"

for f in summations concept-traits; do
  {
    case $f in
      summations) echo "# Generated by taxonomy/tools/mapping-data.sh (do not edit): which concepts add up to which.";;
      concept-traits) echo "# Generated by taxonomy/tools/mapping-data.sh (do not edit): signs by meaning, first taxonomy.";;
    esac
    cat "$tmp/$f.tsv"
  } >"$out/mapping/$f.tsv"
done

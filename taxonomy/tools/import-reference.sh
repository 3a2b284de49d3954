#!/bin/sh
# Build the generated sources of the txbrl taxonomy from the US-GAAP reference
# data (shared/taxonomy-reference) and the project's hand-kept rows.
#
#   taxonomy/tools/import-reference.sh [REFDIR [OUTDIR]]
#
# REFDIR defaults to ../shared/taxonomy-reference beside the repository.
# Reads (never writes):
#   taxonomy/src/own/{concepts,labels,presentation,calculation}.tsv  hand-kept rows
#   taxonomy/src/roles.tsv                                           hand-kept roles
#   REFDIR/usgaap-names.txt, elements.tsv, labels.tsv,
#   REFDIR/linkbases/{pre_stm,calc,depcon}.tsv
# Writes (OUTDIR defaults to taxonomy/; check.sh passes a scratch directory):
#   OUTDIR/src/{concepts,labels,presentation,calculation}.tsv        merged sources
#   OUTDIR/mapping/filer-labels.tsv   how filers labelled the taxonomy's concepts
#   OUTDIR/mapping/deprecated.tsv     deprecated concept -> replacement
# then run taxonomy/tools/generate.sh.  The rules (what is included, where it
# goes, how conflicts are settled) are in taxonomy/README.md, "Built from the
# reference data".  POSIX sh + awk (mawk is enough); deterministic (LC_ALL=C,
# fixed order, no dates): a second run writes the same bytes.
set -eu

LC_ALL=C
export LC_ALL

here=$(cd "$(dirname "$0")/.." && pwd)
ref=${1:-$here/../../shared/taxonomy-reference}
out=${2:-$here}
AWK=${AWK:-awk}

for f in usgaap-names.txt elements.tsv labels.tsv linkbases/pre_stm.tsv linkbases/calc.tsv linkbases/depcon.tsv; do
  if [ ! -r "$ref/$f" ]; then
    echo "import-reference.sh: missing $ref/$f" >&2
    exit 2
  fi
done
for f in own/concepts.tsv own/labels.tsv own/presentation.tsv own/calculation.tsv roles.tsv; do
  if [ ! -r "$here/src/$f" ]; then
    echo "import-reference.sh: missing $here/src/$f" >&2
    exit 2
  fi
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/tximport.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir -p "$tmp/src" "$tmp/mapping"

# Which FASB statement networks feed which project role, in order of
# precedence (first = wins a conflict).  kind: pre (presentation) or cal
# (calculation); the FASB role is the last part of its URI
# http://fasb.org/us-gaap/role/statement/...  Both years are read, 2020 first.
cat >"$tmp/sources.tsv" <<'EOF'
pre	StatementOfFinancialPositionClassified	BalanceSheet
pre	StatementOfFinancialPositionUnclassified-DepositBasedOperations	BalanceSheet
pre	StatementOfFinancialPositionUnclassified-InvestmentBasedOperations	BalanceSheet
pre	StatementOfFinancialPositionUnclassified-SecuritiesBasedOperations	BalanceSheet
pre	StatementOfFinancialPositionClassified-RealEstateOperations	BalanceSheet
pre	StatementOfFinancialPositionUnclassified-RealEstateOperations	BalanceSheet
pre	StatementOfIncome	IncomeStatement
pre	StatementOfIncomeInterestBasedRevenue	IncomeStatement
pre	StatementOfIncomeInsuranceBasedRevenue	IncomeStatement
pre	StatementOfIncomeSecuritiesBasedIncome	IncomeStatement
pre	StatementOfIncomeRealEstateInvestmentTrusts	IncomeStatement
pre	StatementOfIncomeRealEstateExcludingREITs	IncomeStatement
pre	StatementOfIncomeAlternative	IncomeStatement
pre	StatementOfIncomeAlternateAggregations	IncomeStatement
pre	StatementOfOtherComprehensiveIncome	ComprehensiveIncome
pre	StatementOfOtherComprehensiveIncomeAlternative	ComprehensiveIncome
pre	StatementOfShareholdersEquityAndOtherComprehensiveIncome	StockholdersEquity
pre	StatementOfPartnersCapital	StockholdersEquity
pre	StatementOfCashFlowsIndirect	CashFlow
pre	StatementOfCashFlowsIndirectDepositBasedOperations	CashFlow
pre	StatementOfCashFlowsIndirectInvestmentBasedOperations	CashFlow
pre	StatementOfCashFlowsIndirectSecuritiesBasedOperations	CashFlow
pre	StatementOfCashFlowsIndirectRealEstate	CashFlow
pre	StatementOfCashFlowsIndirectAdditionalElements	CashFlow
pre	StatementOfCashFlowsDirect	CashFlow
pre	StatementOfCashFlowsSupplementalDisclosures	CashFlow
cal	StatementOfFinancialPositionClassified	BalanceSheet
cal	StatementOfFinancialPositionClassifiedFirstAlternative	BalanceSheet
cal	StatementOfFinancialPositionClassifiedSecondAlternative	BalanceSheet
cal	StatementOfFinancialPositionUnclassified-DepositBasedOperations	BalanceSheet
cal	StatementOfFinancialPositionUnclassified-DepositBasedOperationsFirstAlternate	BalanceSheet
cal	StatementOfIncome	IncomeStatement
cal	StatementOfIncomeFirstAlternative	IncomeStatement
cal	StatementOfIncomeDiscontinuedOperationsAlternate	IncomeStatement
cal	StatementOfOtherComprehensiveIncome	ComprehensiveIncome
cal	StatementOfOtherComprehensiveIncomeAlternative	ComprehensiveIncome
cal	StatementOfOtherComprehensiveIncomeSecondAlternative	ComprehensiveIncome
cal	StatementOfOtherComprehensiveIncomeThirdAlternative	ComprehensiveIncome
cal	StatementOfOtherComprehensiveIncomeFouthAlternative	ComprehensiveIncome
cal	StatementOfCashFlowsIndirect	CashFlow
cal	StatementOfCashFlowsIndirectDepositBasedOperations	CashFlow
cal	StatementOfCashFlowsIndirectInvestmentBasedOperations	CashFlow
cal	StatementOfCashFlowsDirect	CashFlow
EOF

# ---------------------------------------------------------------- taxonomy
"$AWK" -F '\t' -v OFS='\t' -v out="$tmp/src" \
  -v f_src="$tmp/sources.tsv" -v f_roles="$here/src/roles.tsv" \
  -v f_names="$ref/usgaap-names.txt" -v f_el="$ref/elements.tsv" \
  -v f_oc="$here/src/own/concepts.tsv" -v f_ol="$here/src/own/labels.tsv" \
  -v f_op="$here/src/own/presentation.tsv" -v f_ocal="$here/src/own/calculation.tsv" \
  -v f_dep="$ref/linkbases/depcon.tsv" -v f_pre="$ref/linkbases/pre_stm.tsv" \
  -v f_cal="$ref/linkbases/calc.tsv" '
function strip(n) { sub(/^us-gaap:/, "", n); return n }   # other prefixes (srt:, dei:) stay: never included
function isort_num(k, v, n,   i, j, x, y) {   # sort keys k[1..n] by numeric v[k[i]], stable
  for (i = 2; i <= n; i++) { x = k[i]; y = v[x] + 0; j = i - 1; while (j > 0 && v[k[j]] + 0 > y) { k[j + 1] = k[j]; j-- } k[j + 1] = x }
}
function isort_str(k, n,   i, j, x) {
  for (i = 2; i <= n; i++) { x = k[i]; j = i - 1; while (j > 0 && k[j] > x) { k[j + 1] = k[j]; j-- } k[j + 1] = x }
}
function note(what) { cnt[what]++ }
function plshort(u) {
  if (u == "") return ""
  sub(/.*\/role\//, "", u)
  return (u == "totalLabel" || u == "periodStartLabel" || u == "periodEndLabel") ? u : ""
}

FNR == 1 && FILENAME != f_names { next }

FILENAME == f_src { nsrc++; s_kind[nsrc] = $1; s_fasb[nsrc] = $2; s_role[nsrc] = $3; next }
FILENAME == f_roles { nrole++; rolelist[nrole] = $1; roleidx[$1] = nrole; next }
FILENAME == f_names { sub(/\r$/, ""); usg[$1] = 1; next }

# ------------------------------------------------------------ concepts
FILENAME == f_oc {
  nown++; ownlist[nown] = $1; own[$1] = 1
  cper[$1] = $2; cbal[$1] = $3; ctype[$1] = $4; cabs[$1] = $5; clab[$1] = $6
  next
}
FILENAME == f_el {
  n = $1; dt = $4
  if (n in own) { note("elements: already hand-kept (own row kept)")
    if ($5 == 0 && dt != "member" && dt != "axis" && (cper[n] != $2 || cbal[n] != $3)) note("elements: hand-kept row differs from the reference in period type or balance")
    next }
  if (!(n in usg)) { note("left out: name not in usgaap-names.txt"); next }
  if (dt == "member" || dt == "axis") { note("left out: axis or member"); next }
  if (dt == "textBlock") { note("left out: text block"); next }
  if (n ~ /(Table|LineItems|Domain|Member|Axis)$/) { note("left out: table, line items, domain (abstract)"); next }
  if ($5 == 1) { t = "xbrli:stringItemType"; p = "duration"; b = "" }
  else {
    p = $2; b = $3
    if (dt == "monetary") t = "xbrli:monetaryItemType"
    else if (dt == "shares") t = "xbrli:sharesItemType"
    else if (dt == "perShare" || dt == "perUnit") t = "num:perShareItemType"
    else if (dt == "percent") t = "num:percentItemType"
    else if (dt == "pure") t = "xbrli:pureItemType"
    else if (dt == "string") t = "xbrli:stringItemType"
    else if (dt == "date") t = "xbrli:dateItemType"
    else { note("left out: unknown datatype " dt); next }
    if (t != "xbrli:monetaryItemType") b = ""
    if (p != "instant" && p != "duration") { note("left out: no period type"); next }
  }
  newc[n] = 1; nnew++; newlist[nnew] = n
  cper[n] = p; cbal[n] = b; ctype[n] = t; cabs[n] = ($5 == 1 ? "true" : "false"); clab[n] = $6
  estm[n] = $9; edep[n] = ($7 != "")
  next
}

# ------------------------------------------------------------ own rows
FILENAME == f_ol { nol++; ol[nol] = $0; haslab[$1, $2] = 1; next }
FILENAME == f_op {
  nop++; op_r[nop] = $1; op_p[nop] = $2; op_c[nop] = $3; op_o[nop] = $4; op_l[nop] = $5
  placed[$1, $3] = 1; placed[$1, $2] = 1; inrole[$3] = 1; inrole[$2] = 1
  if (!(($1, $2) in ownpar)) { ownpar[$1, $2] = 1; npar[$1]++; parlist[$1, npar[$1]] = $2 }
  isch[$1, $3] = 1
  k = ++nown_ch[$1, $2]; own_ch[$1, $2, k] = nop
  next
}
FILENAME == f_ocal {
  nocal++; ocal[nocal] = $0; owncalpar[$1, $2] = 1
  ncalarc[$1]++; ca_p[$1, ncalarc[$1]] = $2; ca_c[$1, ncalarc[$1]] = $3; ca_src[$1, ncalarc[$1]] = "own"
  next
}

# ------------------------------------------------------------ deprecations
FILENAME == f_dep {
  a = $3; sub(/.*\//, "", a)
  if (a == "parent-child") next
  fr = strip($4); to = strip($5)
  # every dep-* arc and essence-alias: from = replacement (or qualifier), to = deprecated
  if (!((to, fr) in depseen)) { depseen[to, fr] = 1; ndr[to]++; dr[to, ndr[to]] = fr }
  next
}

# ------------------------------------------------------------ FASB presentation
FILENAME == f_pre {
  r = $3; sub(/.*\/statement\//, "", r)
  for (i = 1; i <= nsrc; i++) if (s_kind[i] == "pre" && s_fasb[i] == r) break
  if (i > nsrc) next
  s = ($1 == "2020" ? 0 : 100) + i
  p = strip($4); c = strip($5)
  k = ++npa[s, p]; pa_c[s, p, k] = c; pa_o[s, p, k] = $6 + 0; pa_l[s, p, k] = plshort($7)
  if (!((s, p) in pparent)) { pparent[s, p] = 1; nsp[s]++; sp[s, nsp[s]] = p }
  pchild[s, c] = 1; srcused[s] = 1
  next
}

# ------------------------------------------------------------ FASB calculation
FILENAME == f_cal {
  r = $3; sub(/.*\/statement\//, "", r)
  if ($3 !~ /\/statement\//) next
  for (i = 1; i <= nsrc; i++) if (s_kind[i] == "cal" && s_fasb[i] == r) break
  if (i > nsrc) { note("calculation arcs of other FASB statement roles (not read)"); next }
  s = ($1 == "2020" ? 0 : 100) + i
  p = strip($4); c = strip($5); w = $6 + 0
  if ((s, p, c) in rcseen) next
  rcseen[s, p, c] = 1
  R = s_role[i]
  k = ++nrc[R, p, s]; rc_c[R, p, s, k] = c; rc_w[R, p, s, k] = (w < 0 ? -1 : 1); rc_o[R, p, s, k] = $7 + 0
  if (!((R, p) in rcpar)) { rcpar[R, p] = 1; nrcp[R]++; rcp[R, nrcp[R]] = p }
  next
}

# place concept c under p in role R (a reference row)
function place(R, p, c, pl,   k) {
  k = ++nnew_ch[R, p]; new_ch[R, p, k] = c; new_pl[R, p, k] = pl
  if (!((R, c) in placed)) nplaced[c]++
  placed[R, c] = 1; ppar[R, c] = p; plset[R, c, pl] = 1; isch[R, c] = 1
  if (!((R, p) in refpar)) { refpar[R, p] = 1 }
  note("presentation: rows from the reference")
}
function placeable(c) { return (c in newc) }
# depth-first over FASB network s, attaching what it shows in role R
function visit(s, node, ep, pl, R, depth,   nep, k, n, kk, ord) {
  if (depth > 40) return
  if ((R, node) in placed) {
    nep = node
    # a second row of one concept: beginning and end balances
    if ((node in newc) && (pl == "periodStartLabel" || pl == "periodEndLabel") && !((R, node, pl) in plset) && ppar[R, node] == ep)
      place(R, ep, node, pl)
  } else if (placeable(node)) { place(R, ep, node, pl); nep = node }
  else nep = ep
  if ((s, node) in expanded) return
  expanded[s, node] = 1
  n = npa[s, node]
  for (k = 1; k <= n; k++) { kk[k] = k; ord[k] = pa_o[s, node, k] }
  isort_num(kk, ord, n)
  for (k = 1; k <= n; k++) visit(s, pa_c[s, node, kk[k]], nep, pa_l[s, node, kk[k]], R, depth + 1)
}
function rootof(R,   i, p) {
  for (i = 1; i <= npar[R]; i++) { p = parlist[R, i]; if (!((R, p) in isch)) return p }
  return ""
}
# children of p in R: own parents that are roots keep their rows first and get
# the reference rows after them; other own parents get the reference rows
# before their own (a reference row never comes between two hand-kept rows);
# parents the reference added have only reference rows
function kids(R, p, seq, pls,   n, k, kk, ord, m, isroot) {
  n = 0
  isroot = ((R, p) in ownpar) && !((R, p) in ownch_any)
  if (!isroot) for (k = 1; k <= nnew_ch[R, p]; k++) if (!((R, p, k) in dropped)) { n++; seq[n] = new_ch[R, p, k]; pls[n] = new_pl[R, p, k] }
  m = nown_ch[R, p]
  for (k = 1; k <= m; k++) { kk[k] = own_ch[R, p, k]; ord[kk[k]] = op_o[kk[k]] }
  isort_num(kk, ord, m)
  for (k = 1; k <= m; k++) { n++; seq[n] = op_c[kk[k]]; pls[n] = op_l[kk[k]] }
  if (isroot) for (k = 1; k <= nnew_ch[R, p]; k++) if (!((R, p, k) in dropped)) { n++; seq[n] = new_ch[R, p, k]; pls[n] = new_pl[R, p, k] }
  return n
}
function emit(R, p, depth,   seq, pls, n, k, c) {
  if (depth > 60 || ((R, p) in emitted)) return
  emitted[R, p] = 1
  n = kids(R, p, seq, pls)
  for (k = 1; k <= n; k++) {
    c = seq[k]
    print R, p, c, k, pls[k] > (out "/presentation.tsv")
    npos++; if (!((R, c) in pos)) pos[R, c] = npos
    if (!(c in firstrole)) firstrole[c] = roleidx[R]
    stmseen[R, c] = 1
    emit(R, c, depth + 1)
  }
}
# does calculation parent a reach b in role R (arcs kept so far)?
function reaches(R, a, b, depth,   k) {
  if (depth > 30) return 0
  for (k = 1; k <= ncalarc[R]; k++) {
    if (((R, k) in cadrop) || ca_p[R, k] != a) continue
    if (ca_c[R, k] == b || reaches(R, ca_c[R, k], b, depth + 1)) return 1
  }
  return 0
}

END {
  for (i = 1; i <= nop; i++) ownch_any[op_r[i], op_c[i]] = 1

  # ---------------------------------------------------------- presentation
  for (ri = 1; ri <= nrole; ri++) {
    R = rolelist[ri]; root = rootof(R)
    for (s = 1; s <= 200; s++) {
      i = (s > 100) ? s - 100 : s
      if (!(s in srcused) || s_role[i] != R) continue
      for (j = 1; j <= nsp[s]; j++) {
        p = sp[s, j]
        if ((s, p) in pchild) continue
        # a FASB root stands for the root of the hand-kept tree of the role
        if ((R, p) in placed) visit(s, p, "", "", R, 0)
        else visit2root(s, p, root, R)
      }
    }
  }
  # what no FASB statement shows: a deprecated concept goes under the parent
  # of its replacement, anything else by the statement filers used it on
  stmrole["balance"] = "BalanceSheet"; stmrole["income"] = "IncomeStatement"
  stmrole["cashflow"] = "CashFlow"; stmrole["equity"] = "StockholdersEquity"; stmrole["other"] = "ComprehensiveIncome"
  for (i = 1; i <= nnew; i++) {
    c = newlist[i]
    if (nplaced[c] || cabs[c] == "true") continue
    R = stmrole[estm[c]]; done = 0
    for (k = 1; k <= ndr[c] && !done; k++) {
      rep = dr[c, k]
      if (R != "" && ((R, rep) in ppar)) { place(R, ppar[R, rep], c, ""); done = 1; note("presentation: deprecated concept placed beside its replacement") }
    }
    for (k = 1; k <= ndr[c] && !done && R == ""; k++) {
      rep = dr[c, k]
      for (ri = 1; ri <= nrole && !done; ri++) if ((rolelist[ri], rep) in ppar) { place(rolelist[ri], ppar[rolelist[ri], rep], c, ""); done = 1; note("presentation: deprecated concept placed beside its replacement") }
    }
    if (!done && R != "") { place(R, rootof(R), c, ""); done = 1; note("presentation: placed at the end of its statement (no FASB row)") }
    if (!done) note("presentation: concept in no statement")
  }
  # an abstract heads something: reference abstracts left without children go
  do {
    changed = 0
    for (ri = 1; ri <= nrole; ri++) {
      R = rolelist[ri]
      for (i = 1; i <= nnew; i++) {
        c = newlist[i]
        if (cabs[c] != "true" || !((R, c) in placed) || ((R, c) in gone)) continue
        live = 0
        for (k = 1; k <= nnew_ch[R, c]; k++) if (!((R, c, k) in dropped)) live = 1
        if (live) continue
        p = ppar[R, c]
        for (k = 1; k <= nnew_ch[R, p]; k++) if (new_ch[R, p, k] == c) dropped[R, p, k] = 1
        gone[R, c] = 1; delete placed[R, c]; nplaced[c]--; changed = 1
        note("presentation: empty abstract dropped")
      }
    }
  } while (changed)

  print "role", "parent", "child", "order", "preferredLabel" > (out "/presentation.tsv")
  for (ri = 1; ri <= nrole; ri++) {
    R = rolelist[ri]
    for (i = 1; i <= npar[R]; i++) { p = parlist[R, i]; if (!((R, p) in isch)) emit(R, p, 0) }
  }
  close(out "/presentation.tsv")
  # roots are in the presentation too
  for (ri = 1; ri <= nrole; ri++) {
    R = rolelist[ri]
    for (i = 1; i <= npar[R]; i++) { p = parlist[R, i]; if (!((R, p) in isch)) {
      if (!(p in firstrole) || roleidx[R] < firstrole[p]) firstrole[p] = roleidx[R]
      stmseen[R, p] = 1
      if (!((R, p) in pos)) pos[R, p] = 0
    } }
  }

  # ---------------------------------------------------------- calculation
  for (ri = 1; ri <= nrole; ri++) {
    R = rolelist[ri]
    for (j = 1; j <= nrcp[R]; j++) {
      p = rcp[R, j]
      if ((R, p) in owncalpar) { note("calculation: parent summed by hand-kept rows (reference rows not used)"); continue }
      best = 0
      for (s = 1; s <= 200 && !best; s++) {
        if (!((R, p, s) in nrc)) continue
        ok = 0
        for (k = 1; k <= nrc[R, p, s]; k++) if (calok(R, p, rc_c[R, p, s, k], rc_w[R, p, s, k], 0)) ok++
        if (ok) best = s
      }
      if (!best) continue
      for (k = 1; k <= nrc[R, p, best]; k++) {
        c = rc_c[R, p, best, k]
        if (!calok(R, p, c, rc_w[R, p, best, k], 1)) continue
        n = ++ncalarc[R]; ca_p[R, n] = p; ca_c[R, n] = c; ca_w[R, n] = rc_w[R, p, best, k]; ca_o[R, n] = rc_o[R, p, best, k]; ca_src[R, n] = best
      }
    }
    # a concept counted twice: two parents of one child where one parent
    # sums into the other, or a cycle; the summation taken from the later
    # FASB network (never a hand-kept one) is dropped, whole
    do {
      changed = 0
      for (a = 1; a <= ncalarc[R] && !changed; a++) {
        if ((R, a) in cadrop) continue
        for (b = 1; b <= ncalarc[R] && !changed; b++) {
          if (a == b || ((R, b) in cadrop) || ca_c[R, a] != ca_c[R, b] || ca_p[R, a] == ca_p[R, b]) continue
          if (reaches(R, ca_p[R, a], ca_p[R, b], 0)) {
            # ca_p[a] sums ca_p[b] and both sum the child
            victim = (ca_src[R, a] == "own") ? ca_p[R, b] : (ca_src[R, b] == "own") ? ca_p[R, a] : (ca_src[R, a] + 0 >= ca_src[R, b] + 0 ? ca_p[R, a] : ca_p[R, b])
            if (ca_src[R, a] == "own" && ca_src[R, b] == "own") continue
            dropsum(R, victim, "calculation: summation dropped (a child counted twice)"); changed = 1
          }
        }
        if (!changed && !((R, a) in cadrop) && ca_src[R, a] != "own" && reaches(R, ca_c[R, a], ca_p[R, a], 0)) {
          dropsum(R, ca_p[R, a], "calculation: summation dropped (cycle)"); changed = 1
        }
      }
    } while (changed)
    # what is left: a total that reaches one concept along two paths (two
    # of its summations both sum it) is reported in the log, not changed
    for (a = 1; a <= ncalarc[R]; a++) {
      if (((R, a) in cadrop) || ((R, ca_p[R, a]) in twice_done)) continue
      twice_done[R, ca_p[R, a]] = 1
      split("", seen); twice = countpaths(R, ca_p[R, a], seen, 0)
      if (twice != "") { note("calculation: total reaching a concept twice (kept; see log)"); dsum[R "\t" ca_p[R, a] "\t" "reaches twice: " twice] = 1 }
    }
  }

  # ---------------------------------------------------------- write
  # concepts: hand-kept and reference rows, by first statement and position
  f = out "/concepts.tsv"
  print "name", "periodType", "balance", "type", "abstract", "standard_label", "statements" > f
  nall = 0
  for (i = 1; i <= nown; i++) { c = ownlist[i]; nall++; all[nall] = c; key[c] = sortkey(c, i) }
  for (i = 1; i <= nnew; i++) {
    c = newlist[i]
    if (cabs[c] == "true" && !nplaced[c]) { note("left out: abstract heading nothing"); continue }
    nall++; all[nall] = c; key[c] = sortkey(c, 100000 + i)
  }
  for (i = 1; i <= nall; i++) sk[i] = key[all[i]] "\t" all[i]
  isort_str(sk, nall)
  for (i = 1; i <= nall; i++) {
    c = sk[i]; sub(/.*\t/, "", c)
    st = ""
    for (ri = 1; ri <= nrole; ri++) if ((rolelist[ri], c) in stmseen) st = st (st == "" ? "" : ",") rolelist[ri]
    print c, cper[c], cbal[c], ctype[c], cabs[c], clab[c], st > f
    if (c in newc) { note("concepts: from the reference"); tally["concepts\t" ctype[c] "\t" (cabs[c] == "true" ? "abstract" : cper[c])]++ }
    else note("concepts: hand-kept")
  }
  close(f)

  # labels: hand-kept rows, then those the reference rows ask for
  f = out "/labels.tsv"
  for (i = 1; i <= nol; i++) print ol[i] > f
  nlab = 0
  for (ri = 1; ri <= nrole; ri++) {
    R = rolelist[ri]
    for (i = 1; i <= nnew; i++) {
      c = newlist[i]
      if (!((R, c) in placed)) continue
      for (j = 1; j <= 3; j++) {
        r = (j == 1) ? "totalLabel" : (j == 2) ? "periodStartLabel" : "periodEndLabel"
        if (((R, c, r) in plset) && !((c, r) in haslab)) {
          haslab[c, r] = 1
          t = clab[c] ((r == "totalLabel") ? ", Total" : (r == "periodStartLabel") ? ", Beginning Balance" : ", Ending Balance")
          nlab++; lk[nlab] = c "\t" r "\t" t
        }
      }
    }
  }
  isort_str(lk, nlab)
  for (i = 1; i <= nlab; i++) { print lk[i] > f; note("labels: from the reference (preferred label roles)") }
  close(f)

  # calculation: hand-kept rows, then the reference rows by role and parent position
  f = out "/calculation.tsv"
  for (i = 1; i <= nocal; i++) print ocal[i] > f
  for (ri = 1; ri <= nrole; ri++) {
    R = rolelist[ri]; m = 0
    for (k = 1; k <= ncalarc[R]; k++) {
      if (ca_src[R, k] == "own" || ((R, k) in cadrop)) continue
      m++; ck[m] = sprintf("%08d\t%08d\t%s", pos[R, ca_p[R, k]], ca_o[R, k], ca_c[R, k]) "\t" k
    }
    isort_str(ck, m)
    for (i = 1; i <= m; i++) {
      k = ck[i]; sub(/.*\t/, "", k)
      print R, ca_p[R, k], ca_c[R, k], ca_w[R, k], ca_o[R, k] > f
      note("calculation: rows from the reference"); tally["calculation\t" R]++
    }
  }
  close(f)

  for (k in cnt) print "count\t" k "\t" cnt[k] > (out "/import.log")
  for (k in tally) print "tally\t" k "\t" tally[k] > (out "/import.log")
  for (k in dsum) print "dropped\t" k > (out "/import.log")
}
function visit2root(s, p, root, R,   n, k, kk, ord) {
  # the FASB root itself is not shown: its rows go under the hand-kept root
  if (root == "") return
  expanded[s, p] = 1
  n = npa[s, p]
  for (k = 1; k <= n; k++) { kk[k] = k; ord[k] = pa_o[s, p, k] }
  isort_num(kk, ord, n)
  for (k = 1; k <= n; k++) visit(s, pa_c[s, p, kk[k]], root, pa_l[s, p, kk[k]], R, 1)
}
# may p -> c (weight w) be a summation-item row of role R?
function calok(R, p, c, w, count) {
  if (!(p in cper) || !(c in cper) || !((p in newc) || (p in own)) || !((c in newc) || (c in own))) { if (count) note("calculation: row dropped (concept not in the taxonomy)"); return 0 }
  if (!((R, p) in placed) || !((R, c) in placed)) { if (count) note("calculation: row dropped (concept not in that statement)"); return 0 }
  if (ctype[p] != "xbrli:monetaryItemType" || ctype[c] != "xbrli:monetaryItemType") { if (count) note("calculation: row dropped (not monetary)"); return 0 }
  if (cper[p] != cper[c]) { if (count) note("calculation: row dropped (period types differ)"); return 0 }
  if (cbal[p] != "" && cbal[c] != "" && ((cbal[p] == cbal[c]) != (w > 0))) { if (count) note("calculation: row dropped (weight contradicts balances)"); return 0 }
  return 1
}
# the first concept that total a reaches twice in role R, or ""
function countpaths(R, a, seen, depth,   k, r) {
  if (depth > 30) return ""
  for (k = 1; k <= ncalarc[R]; k++) {
    if (((R, k) in cadrop) || ca_p[R, k] != a) continue
    if (ca_c[R, k] in seen) return ca_c[R, k]
    seen[ca_c[R, k]] = 1
    r = countpaths(R, ca_c[R, k], seen, depth + 1)
    if (r != "") return r
  }
  return ""
}
function dropsum(R, p, why,   k) {
  for (k = 1; k <= ncalarc[R]; k++) if (ca_p[R, k] == p && ca_src[R, k] != "own" && !((R, k) in cadrop)) { cadrop[R, k] = 1; note(why " (rows)") }
  note(why); dsum[R "\t" p "\t" why] = 1
}
function sortkey(c, i) {
  if (c in firstrole) return sprintf("%03d%08d", firstrole[c], pos[rolelist[firstrole[c]], c])
  return sprintf("999%08d", i)
}
' "$tmp/sources.tsv" "$here/src/roles.tsv" "$ref/usgaap-names.txt" "$here/src/own/concepts.tsv" "$ref/elements.tsv" \
  "$here/src/own/labels.tsv" "$here/src/own/presentation.tsv" "$here/src/own/calculation.tsv" \
  "$ref/linkbases/depcon.tsv" "$ref/linkbases/pre_stm.tsv" "$ref/linkbases/calc.tsv"


# ---------------------------------------------------------------- mapping data
# the concepts the taxonomy now has (standard ones: no prefix)
"$AWK" -F '\t' 'NR > 1 && index($1, ":") == 0 { print $1 }' "$tmp/src/concepts.tsv" >"$tmp/have.txt"

# filer-labels.tsv: label as printed (whitespace cleaned and CSV quoting
# undone, nothing else),
# statement, concept, n_filers, n_filings, negated_share.  Rows whose label
# (after the cleaning) coincides are merged (counts added, the share weighted
# by filings).  Kept: a label two or more filers used for the concept; a label
# only one filer used when that filer printed it in two or more filings, it
# names no other concept on that statement and is at most 100 characters.
"$AWK" -F '\t' -v OFS='\t' -v f_have="$tmp/have.txt" '
FILENAME == f_have { have[$1] = 1; next }
FNR == 1 || $3 != "filer" || !($1 in have) { next }
{
  l = $2
  # 51 labels come CSV-quoted ("Bank-owned life insurance (""BOLI"")"),
  # some twice: undo the quoting, which is not part of the printed label
  while (length(l) >= 2 && l ~ /^".*"$/) {
    t = substr(l, 2, length(l) - 2); u = t; gsub(/""/, "", u)
    if (index(u, "\"") > 0) break
    gsub(/""/, "\"", t); l = t
  }
  gsub(/\302\240/, " ", l); gsub(/[ \t\r\n\f\v]+/, " ", l); sub(/^ /, "", l); sub(/ $/, "", l)
  if (l == "") next
  s = $4; if (s != "balance" && s != "income" && s != "cashflow" && s != "equity" && s != "comprehensive") s = "other"
  k = l SUBSEP s SUBSEP $1
  if (!(k in nf)) { nk++; keys[nk] = k; if (!((l, s) in nc)) nc[l, s] = 0; nc[l, s]++ }
  nf[k] += $5; ng[k] += $6; neg[k] += $7 * $6
}
END {
  for (i = 1; i <= nk; i++) {
    k = keys[i]; split(k, f, SUBSEP)
    if (nf[k] < 2 && (ng[k] < 2 || nc[f[1], f[2]] > 1 || length(f[1]) > 100)) continue
    print f[1], f[2], f[3], nf[k], ng[k], sprintf("%.2f", ng[k] ? neg[k] / ng[k] : 0)
  }
}' "$tmp/have.txt" "$ref/labels.tsv" | sort -t '	' -k1,1 -k2,2 -k3,3 >"$tmp/fl.tsv"
{ printf 'label\tstatement\tconcept\tn_filers\tn_filings\tnegated_share\n'; cat "$tmp/fl.tsv"; } >"$tmp/mapping/filer-labels.tsv"

# deprecated.tsv: deprecated concept -> replacement, from the FASB
# deprecation linkbases (2020 where it has the concept, else 2019).  kind:
# concept (dep-concept), alias (essence-alias), part / aggregate (the
# replacement is a part of / an aggregate of the deprecated concept),
# qualified (the replacement with the dimension members in `qualifiers`).
# Only rows whose two concepts are both in the taxonomy.
"$AWK" -F '\t' -v OFS='\t' -v f_have="$tmp/have.txt" '
function strip(n) { sub(/^us-gaap:/, "", n); return n }
FILENAME == f_have { have[$1] = 1; next }
FNR == 1 { next }
{
  a = $3; sub(/.*\//, "", a)
  if (a == "parent-child") next
  d = strip($5); r = strip($4)
  if (!(d in have)) next
  y = $1
  if ((d in year) && year[d] > y) next
  if ((d in year) && year[d] < y) { for (k in rows) { split(k, kk, SUBSEP); if (kk[1] == d) delete rows[k] } delete q[d] }
  year[d] = y
  kind = (a == "essence-alias") ? "alias" : (a ~ /dimensionallyQualified/) ? "qualified" : (a ~ /deprecatedPartConcept/) ? "aggregate" : (a ~ /deprecatedAggregateConcept/) ? "part" : "concept"
  if (kind == "qualified" && r ~ /(Axis|Member|Domain)$/) { if (index(";" q[d] ";", ";" r ";") == 0) q[d] = q[d] (q[d] == "" ? "" : ";") r; next }
  rows[d, r, kind] = 1
}
END {
  for (k in rows) {
    split(k, f, SUBSEP)
    if (!(f[2] in have)) continue
    print f[1], f[2], f[3], (f[3] == "qualified" ? q[f[1]] : "")
  }
}' "$tmp/have.txt" "$ref/linkbases/depcon.tsv" | sort -t '	' -k1,1 -k2,2 -k3,3 >"$tmp/dep.tsv"
{ printf 'deprecated\treplacement\tkind\tqualifiers\n'; cat "$tmp/dep.tsv"; } >"$tmp/mapping/deprecated.tsv"

# ---------------------------------------------------------------- install
mkdir -p "$out/src" "$out/mapping"
for f in concepts labels presentation calculation; do cp "$tmp/src/$f.tsv" "$out/src/$f.tsv"; done
for f in filer-labels deprecated; do cp "$tmp/mapping/$f.tsv" "$out/mapping/$f.tsv"; done
if [ -n "${IMPORT_LOG:-}" ]; then sort "$tmp/src/import.log" >"$IMPORT_LOG"; fi

#!/bin/sh
# ex27.sh - EX-27 financial data schedules through the command line:
# tests/exhibits/05_ibm_1997_ex27.txt (IBM FY1997, one schedule) and
# 07_cocacola_1997_ex27.txt (Coca-Cola FY1995 and FY1996 restated, FY1997)
# convert to instances that `txbrl validate` passes with no error; hand-checked
# facts are in them; the ex27.* warnings are exactly the expected ones, at
# their lines; planted errors in a copy of 07 are caught at their lines; and
# IBM's schedule is cross-checked against IBM's statements (04) with --with.
set -u
srcdir=${top_srcdir:-.}
bin=$(cd "${top_builddir:-.}" && pwd)/txbrl
ex="$srcdir/tests/exhibits"
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0 fail=0
ok() { echo "PASS $1"; pass=$((pass + 1)); }
nok() { echo "FAIL $1"; fail=$((fail + 1)); }

# LINE<TAB>CODE of each ex27.* finding of a text report
ex27_codes() { sed -n 's/^.*:\([0-9][0-9]*\): [a-z]*: \[\(ex27\.[^]]*\)\].*$/\1\t\2/p' "$1"; }

# has FACTS_CSV LINE: the exact CSV row is among the facts
has() {
    if grep -qxF "$2" "$1"; then ok "fact: $2"; else nok "fact missing: $2"; fi
}

T=txbrl:FinancialDataScheduleTagAxis
S=txbrl:SourceAxis
FDS=$S=txbrl:FinancialDataScheduleMember
RST=$S=txbrl:FinancialDataScheduleRestatedMember

# ---------------------------------------------------------------- IBM (05)
"$bin" convert -o "$tmp/out" "$ex/05_ibm_1997_ex27.txt" 2>"$tmp/05.err"; rc=$?
[ "$rc" -eq 0 ] && ok "05: convert exit 0" || { nok "05: convert exit $rc"; cat "$tmp/05.err"; }
"$bin" validate "$tmp/out/05_ibm_1997_ex27.xml" >"$tmp/05.val" 2>&1; rc=$?
[ "$rc" -eq 0 ] && grep -q '^0 errors, 0 warnings' "$tmp/05.val" \
    && ok "05: txbrl validate: 0 errors, 0 warnings" || { nok "05: validate exit $rc"; cat "$tmp/05.val"; }
# only the filer's own error: TOTAL-ASSETS 81,490 (line 30) vs
# TOTAL-LIABILITY-AND-EQUITY 81,499 (line 37)
ex27_codes "$tmp/05.err" >"$tmp/05.got"
printf '30\tex27.arithmetic\n' >"$tmp/05.want"
diff -u "$tmp/05.want" "$tmp/05.got" >/dev/null && ok "05: ex27 findings: 30 ex27.arithmetic" \
    || { nok "05: ex27 findings"; cat "$tmp/05.got"; }
grep -q '<TOTAL-ASSETS> 81,490 (line 30), not <TOTAL-LIABILITY-AND-EQUITY> 81,499 (line 37)' "$tmp/05.err" \
    && ok "05: the warning names both tags and lines" || nok "05: arithmetic message"
"$bin" facts "$tmp/out/05_ibm_1997_ex27.xml" >"$tmp/05.csv"
# entity from the legend ("IBM CORPORATION'S FINANCIAL STATEMENTS"), no CIK
has "$tmp/05.csv" "tx-gaap:Assets,ibm,,1997-12-31,$T=txbrl:FdsTotalAssetsMember;$FDS,iso4217:USD,-6,81490000000"
has "$tmp/05.csv" "tx-gaap:LiabilitiesAndStockholdersEquity,ibm,,1997-12-31,$T=txbrl:FdsTotalLiabilityAndEquityMember;$FDS,iso4217:USD,-6,81499000000"
has "$tmp/05.csv" "tx-gaap:TemporaryEquityCarryingAmountAttributableToParent,ibm,,1997-12-31,$T=txbrl:FdsPreferredMandatoryMember;$FDS,iso4217:USD,-6,8601000000"
has "$tmp/05.csv" "tx-gaap:CommonStockValue,ibm,,1997-12-31,$T=txbrl:FdsCommonMember;$FDS,iso4217:USD,-6,252000000"
has "$tmp/05.csv" "ext:OtherStockholdersEquity,ibm,,1997-12-31,$T=txbrl:FdsOtherSEMember;$FDS,iso4217:USD,-6,10963000000"
has "$tmp/05.csv" "tx-gaap:Revenues,ibm,1997-01-01,1997-12-31,$T=txbrl:FdsTotalRevenuesMember;$FDS,iso4217:USD,-6,78508000000"
has "$tmp/05.csv" "tx-gaap:NetIncomeLoss,ibm,1997-01-01,1997-12-31,$T=txbrl:FdsNetIncomeMember;$FDS,iso4217:USD,-6,6093000000"
has "$tmp/05.csv" "tx-gaap:EarningsPerShareBasic,ibm,1997-01-01,1997-12-31,$T=txbrl:FdsEPSPrimaryMember;$FDS,iso4217:USD/xbrli:shares,2,6.18"
has "$tmp/05.csv" "tx-gaap:EarningsPerShareDiluted,ibm,1997-01-01,1997-12-31,$T=txbrl:FdsEPSDilutedMember;$FDS,iso4217:USD/xbrli:shares,2,6.01"
n=$(grep -c "$FDS" "$tmp/05.csv")
[ "$n" -eq 32 ] && ok "05: 32 schedule facts (CASH .. EPS-DILUTED)" || nok "05: $n schedule facts"

# the same with an entities file: IBM's CIK
printf 'IBM Corporation\t0000051143\nInternational Business Machines Corporation\t0000051143\n' >"$tmp/ibm.tsv"
"$bin" convert --entities "$tmp/ibm.tsv" -o "$tmp/cik" "$ex/05_ibm_1997_ex27.txt" 2>/dev/null
"$bin" facts "$tmp/cik/05_ibm_1997_ex27.xml" >"$tmp/05cik.csv"
has "$tmp/05cik.csv" "tx-gaap:Assets,0000051143,,1997-12-31,$T=txbrl:FdsTotalAssetsMember;$FDS,iso4217:USD,-6,81490000000"

# inspect shows the schedule: tag, printed value, value, concept
"$bin" inspect "$ex/05_ibm_1997_ex27.txt" >"$tmp/05.inspect" 2>/dev/null
grep -q '^schedules 1$' "$tmp/05.inspect" && ok "05: inspect: schedules 1" || nok "05: inspect schedules"
grep -Eq '^ +30 +TOTAL-ASSETS +81,490 -> 81490000000  tx-gaap:Assets$' "$tmp/05.inspect" \
    && ok "05: inspect: line 30 TOTAL-ASSETS" || { nok "05: inspect TOTAL-ASSETS"; grep TOTAL-ASSETS "$tmp/05.inspect"; }
grep -Eq '^ +52 +EPS-PRIMARY +6.18 -> 6.18  tx-gaap:EarningsPerShareBasic$' "$tmp/05.inspect" \
    && ok "05: inspect: EPS not multiplied" || nok "05: inspect EPS-PRIMARY"

# deterministic
"$bin" convert -o "$tmp/again" "$ex/05_ibm_1997_ex27.txt" 2>/dev/null
cmp -s "$tmp/out/05_ibm_1997_ex27.xml" "$tmp/again/05_ibm_1997_ex27.xml" \
    && ok "05: same instance twice" || nok "05: instance differs between runs"

# ---------------------------------------------------------------- Coca-Cola (07)
"$bin" convert -o "$tmp/out" "$ex/07_cocacola_1997_ex27.txt" 2>"$tmp/07.err"; rc=$?
[ "$rc" -eq 0 ] && ok "07: convert exit 0" || { nok "07: convert exit $rc"; cat "$tmp/07.err"; }
"$bin" validate "$tmp/out/07_cocacola_1997_ex27.xml" >"$tmp/07.val" 2>&1; rc=$?
[ "$rc" -eq 0 ] && grep -q '^0 errors, 0 warnings' "$tmp/07.val" \
    && ok "07: txbrl validate: 0 errors, 0 warnings" || { nok "07: validate exit $rc"; cat "$tmp/07.val"; }
ex27_codes "$tmp/07.err" >"$tmp/07.got"
[ ! -s "$tmp/07.got" ] && ok "07: no ex27 finding (the three schedules add up)" \
    || { nok "07: ex27 findings"; cat "$tmp/07.got"; }
"$bin" facts "$tmp/out/07_cocacola_1997_ex27.xml" >"$tmp/07.csv"
# legend "... OF THE COCA-COLA COMPANY FOR ..." -> coca-cola
has "$tmp/07.csv" "tx-gaap:Assets,coca-cola,,1995-12-31,$T=txbrl:FdsTotalAssetsMember;$RST,iso4217:USD,-6,15041000000"
has "$tmp/07.csv" "tx-gaap:Assets,coca-cola,,1996-12-31,$T=txbrl:FdsTotalAssetsMember;$RST,iso4217:USD,-6,16161000000"
has "$tmp/07.csv" "tx-gaap:Assets,coca-cola,,1997-12-31,$T=txbrl:FdsTotalAssetsMember;$FDS,iso4217:USD,-6,16940000000"
has "$tmp/07.csv" "tx-gaap:AllowanceForDoubtfulAccountsReceivableCurrent,coca-cola,,1995-12-31,$T=txbrl:FdsAllowancesMember;$RST,iso4217:USD,-6,34000000"
has "$tmp/07.csv" "tx-gaap:LongTermDebtNoncurrent,coca-cola,,1997-12-31,$T=txbrl:FdsBondsMember;$FDS,iso4217:USD,-6,801000000"
has "$tmp/07.csv" "tx-gaap:NetIncomeLoss,coca-cola,1996-01-01,1996-12-31,$T=txbrl:FdsNetIncomeMember;$RST,iso4217:USD,-6,3492000000"
has "$tmp/07.csv" "tx-gaap:EarningsPerShareBasic,coca-cola,1996-01-01,1996-12-31,$T=txbrl:FdsEPSPrimaryMember;$RST,iso4217:USD/xbrli:shares,2,1.4"
has "$tmp/07.csv" "tx-gaap:EarningsPerShareDiluted,coca-cola,1997-01-01,1997-12-31,$T=txbrl:FdsEPSDilutedMember;$FDS,iso4217:USD/xbrli:shares,2,1.64"
n=$(grep -c "$RST" "$tmp/07.csv"); m=$(grep -c "$FDS" "$tmp/07.csv")
[ "$n" -eq 64 ] && [ "$m" -eq 32 ] && ok "07: 64 restated facts (1995, 1996), 32 of 1997" \
    || nok "07: $n restated, $m plain schedule facts"
# the <FN> paragraphs are footnotes of the instance: F1 twice, F2 once
n=$(grep -c '<link:footnote ' "$tmp/out/07_cocacola_1997_ex27.xml")
[ "$n" -eq 3 ] && ok "07: 3 footnotes" || nok "07: $n footnotes"
grep -q 'A TWO-FOR-ONE STOCK SPLIT' "$tmp/out/07_cocacola_1997_ex27.xml" \
    && ok "07: the stock split footnote is written" || nok "07: F2 footnote"

# ---------------------------------------------------------------- planted errors
# schedule 3: TOTAL-ASSETS 16,940 -> 16,950 (line 162); INCOME-TAX 1,926 ->
# 1,936 (line 178): pre-tax 6,055 (line 177) less 1,936 is not 4,129
sed -e '162s/16,940/16,950/' -e '178s/1,926/1,936/' "$ex/07_cocacola_1997_ex27.txt" >"$tmp/07p.txt"
"$bin" convert -o "$tmp/planted" "$tmp/07p.txt" 2>"$tmp/07p.err"; rc=$?
ex27_codes "$tmp/07p.err" >"$tmp/07p.got"
printf '162\tex27.arithmetic\n177\tex27.arithmetic\n' >"$tmp/07p.want"
[ "$rc" -eq 0 ] && diff -u "$tmp/07p.want" "$tmp/07p.got" >/dev/null \
    && ok "planted: balance at 162 and income-continuing at 177 caught" \
    || { nok "planted (exit $rc)"; cat "$tmp/07p.got"; }
"$bin" validate "$tmp/planted/07p.xml" >/dev/null 2>&1 && ok "planted: still a valid instance" \
    || nok "planted: instance invalid"

# ---------------------------------------------------------------- cross-check (04 + 05)
# the copy in tests/exhibits: make check never depends on ../shared
ibm04="$ex/04_ibm_1997_ex13_statements.txt"
if [ -r "$ibm04" ]; then
    "$bin" convert --entities "$tmp/ibm.tsv" --with "$ibm04" -o "$tmp/with" \
        "$ex/05_ibm_1997_ex27.txt" 2>"$tmp/with.err"; rc=$?
    [ "$rc" -eq 0 ] && ok "--with: exit 0" || nok "--with: exit $rc"
    # 04 prints total assets $ 81,499 on its line 111
    grep -q '05_ibm_1997_ex27.txt:30: warning: \[ex27.statement-mismatch\] <TOTAL-ASSETS> 81490000000 (tx-gaap:Assets, 1997-12-31) differs from the statement.s 81499000000 at .*04_ibm_1997_ex13_statements.txt:111' "$tmp/with.err" \
        && ok "--with: TOTAL-ASSETS against 04's line 111" || { nok "--with: TOTAL-ASSETS"; cat "$tmp/with.err"; }
    [ ! -e "$tmp/with/04_ibm_1997_ex13_statements.xml" ] && ok "--with: 04 is read, not written" \
        || nok "--with: 04 was written"
    # without the entities file IBM's names differ: said, not guessed
    "$bin" convert --with "$ibm04" -o "$tmp/with2" "$ex/05_ibm_1997_ex27.txt" 2>"$tmp/with2.err"
    grep -q '\[ex27.not-cross-checked\]' "$tmp/with2.err" && ! grep -q 'ex27.statement-mismatch' "$tmp/with2.err" \
        && ok "--with: other entity names: not cross-checked (note)" || nok "--with: entity mismatch"
else
    echo "SKIP cross-check: $ibm04 not found"
fi

echo "ex27.sh: $pass passed, $fail failed"
[ "$fail" -eq 0 ]

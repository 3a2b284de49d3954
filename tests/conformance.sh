#!/bin/sh
# conformance.sh - runs the XBRL 2.1 conformance suite through `txbrl validate`.
#
# The suite lives beside the repository, in ../shared/conformance (it is not
# copied into the project).  Every variation's readMeFirst entry point (an
# instance, a schema or a linkbase) is validated with `txbrl validate --calc
# 2.1 --allow SUITE` (the suite tests XBRL 2.1 calculation semantics; its
# variations may refer to files anywhere in the suite); valid/invalid is
# compared with the expected result.  Then the instances of 300-instance
# and 104-tuple again in the default mode, Calculations 1.1, against
# tests/conformance-calc11.txt.  Prints PASS/FAIL per variation, a
# line per group, the total and "conformance: N passed, M failed".
#
# Exit status (make check): 0 unless a variation listed in
# tests/conformance-expected.txt fails (a regression); every other failure
# is reported but does not fail the run (tests/conformance-known-failures.txt
# names each with its reason).  77 (skip) when the suite is missing.
#   CONFORMANCE_GROUPS="300-instance 200-linkbase" limits the groups.
set -u
here=$(cd "$(dirname "$0")" && pwd)
srcdir=$(cd "$here/.." && pwd)
suite_root=${CONFORMANCE_DIR:-$srcdir/../shared/conformance}
suite=$suite_root/XBRL-CONF-2025-07-16
if [ ! -f "$suite/xbrl.xml" ]; then
    echo "SKIP: no conformance suite (looked in $suite_root)"
    exit 77
fi
bin=$(cd "${top_builddir:-.}" && pwd)/txbrl
[ -x "$bin" ] || { echo "conformance: no txbrl binary at $bin"; exit 99; }
: "${TXBRL_DATADIR:=$srcdir}"; export TXBRL_DATADIR
expected=$here/conformance-expected.txt
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT INT TERM

# group<TAB>testcase<TAB>id<TAB>expected<TAB>entry (one line per variation)
(cd "$suite" && xsltproc --nonet "$here/conformance-list.xsl" xbrl.xml) | \
    awk -F'\t' 'BEGIN{OFS="\t"} { n=split($1, p, "/"); print p[2], $1, $2, $3, $4 }' >"$tmp/list" || exit 99

groups=${CONFORMANCE_GROUPS:-}
# the variations to run: group<TAB>name<TAB>expected<TAB>folder<TAB>entry
: >"$tmp/run"
while IFS='	' read -r group tc id want entry; do
    if [ -n "$groups" ]; then
        case " $groups " in *" $group "*) ;; *) continue ;; esac
    fi
    printf '%s\t%s\t%s\t%s\t%s\n' "$group" "$(basename "$tc" .xml)/$id" "$want" \
        "$(dirname "$suite/$tc")" "$entry" >>"$tmp/run"
done <"$tmp/list"
# One txbrl validate for the whole suite (the DTS is closed (README): a
# variation may refer to files of sibling folders of the suite (202-03:
# xml:base into Common/), so the allowed tree is the suite's root); its
# --report gives each entry's exit status, one line per entry in order.
# CONFORMANCE_ONE_PROCESS=0 runs one process per variation instead.
if [ "${CONFORMANCE_ONE_PROCESS:-1}" != 0 ]; then
    # (one process when the arguments fit one command line, as they do here;
    # else xargs runs a few, each appending its report)
    : >"$tmp/report"
    awk -F'\t' '{ print $4 "/" $5 }' "$tmp/run" | tr '\n' '\0' |
        xargs -0 -s 1000000 sh -c 'b=$0 s=$1 r=$2; shift 2
            "$b" validate --calc 2.1 --allow "$s" --report "$r.part" "$@" >/dev/null 2>&1
            cat "$r.part" >>"$r"' "$bin" "$suite" "$tmp/report"
    sed 's/.*"exit": \([0-9]*\).*/\1/' "$tmp/report" >"$tmp/codes"
    if [ "$(wc -l <"$tmp/codes")" != "$(wc -l <"$tmp/run")" ]; then
        echo "conformance: the report has $(wc -l <"$tmp/codes") of $(wc -l <"$tmp/run") entries"
        exit 99
    fi
else
    while IFS='	' read -r group name want dir entry; do
        (cd "$dir" && "$bin" validate --calc 2.1 --allow "$suite" "$entry" >/dev/null 2>&1)
        echo $?
    done <"$tmp/run" >"$tmp/codes"
fi

pass=0 fail=0 regress=0
: >"$tmp/groups"
exec 3<"$tmp/codes"
while IFS='	' read -r group name want dir entry; do
    read -r rc <&3
    case $rc in
    0) got=valid ;;
    1) got=invalid ;;
    *) got="error(exit $rc)" ;;
    esac
    if [ "$got" = "$want" ]; then
        echo "PASS $group $name"; pass=$((pass + 1)); echo "$group pass" >>"$tmp/groups"
    else
        # why: the first finding of this variation validated alone
        (cd "$dir" && "$bin" validate --calc 2.1 --allow "$suite" "$entry" >/dev/null 2>"$tmp/err")
        why=$(grep -m1 -E ': (error|warning): ' "$tmp/err" | sed 's/^[^[]*//' | cut -c1-150)
        if grep -qxF "$name" "$expected" 2>/dev/null; then
            echo "FAIL $group $name: expected $want, got $got $why (REGRESSION)"
            regress=$((regress + 1))
        else
            echo "FAIL $group $name: expected $want, got $got $why"
        fi
        fail=$((fail + 1)); echo "$group fail" >>"$tmp/groups"
    fi
done <"$tmp/run"
exec 3<&-

# The same instances in the default mode, XBRL Calculations 1.1: the
# variations of 300-instance and of 104-tuple, expected as the suite says
# unless tests/conformance-calc11.txt gives their outcome under 1.1 (with
# the reason).  Every one is a regression test.
calc11=$here/conformance-calc11.txt
pass11=0 fail11=0
while IFS='	' read -r group tc id want entry; do
    if [ -n "$groups" ]; then
        case " $groups " in *" $group "*) ;; *) continue ;; esac
    fi
    case $tc in */300-instance/*|*/104-tuple.xml) ;; *) continue ;; esac
    dir=$(dirname "$suite/$tc")
    name="$(basename "$tc" .xml)/$id"
    want11=$(awk -F'\t' -v n="$name" '$1 == n { print $2 }' "$calc11")
    [ -n "$want11" ] || want11=$want
    (cd "$dir" && "$bin" validate --allow "$suite" "$entry" >/dev/null 2>"$tmp/err"); rc=$?
    case $rc in
    0) got=valid ;;
    1) got=invalid ;;
    *) got="error(exit $rc)" ;;
    esac
    if [ "$got" = "$want11" ]; then
        echo "PASS calc1.1 $name"; pass11=$((pass11 + 1))
    else
        why=$(grep -m1 -E ': (error|warning): ' "$tmp/err" | sed 's/^[^[]*//' | cut -c1-150)
        echo "FAIL calc1.1 $name: expected $want11, got $got $why (REGRESSION)"
        fail11=$((fail11 + 1))
    fi
done <"$tmp/list"
echo "calculations 1.1: $pass11 of $((pass11 + fail11)) instances as tests/conformance-calc11.txt expects"

echo "per group:"
sort "$tmp/groups" | uniq -c | awk '{ c[$2] = c[$2] " " $3 "=" $1 } END { for (g in c) print "  " g ":" c[g] }' | sort
# The closing line counts a variation as failed only when it regressed (it is
# in tests/conformance-expected.txt); the others not yet passing are listed
# with their reasons in tests/conformance-known-failures.txt and counted as
# skipped.
echo "suite totals: $pass of $((pass + fail)) variations pass"
if [ "$regress" -gt 0 ]; then
    echo "conformance: $regress regressions (variations of tests/conformance-expected.txt)"
fi
regress=$((regress + fail11))
echo "conformance: $((pass + pass11)) passed, $regress failed, $((fail + fail11 - regress)) skipped"
[ "$regress" -eq 0 ]

#!/bin/sh
# setup.sh - one step from a fresh Debian 12 clone to a built, working txbrl.
#   ./setup.sh samples   install what is missing, build, run the main job on samples/
#   ./setup.sh check     install what is missing, build, run the whole test suite
set -eu
cd "$(dirname "$0")"
what=${1:-check}

packages="build-essential autoconf automake libtool pkg-config libxml2-dev
libxslt1-dev libicu-dev libcunit1-dev libxml2-utils xsltproc zip valgrind python3"
missing=""
for p in $packages; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    echo "setup: installing$missing"
    $sudo apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

[ -x configure ] && [ configure -nt configure.ac ] && [ configure -nt Makefile.am ] || autoreconf -fi >/dev/null
[ -f Makefile ] && [ Makefile -nt Makefile.am ] && [ config.status -nt configure ] || ./configure --enable-werror >/dev/null
jobs=$(nproc 2>/dev/null || echo 2)
make -s -j"$jobs"

case $what in
samples)
    make -s run-samples
    ;;
check)
    status=0
    # tests/render.sh runs html-validate on the renditions when it is installed;
    # try to install it, never failing (offline machines skip that check).
    if ! command -v html-validate >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
        timeout 300 npm install -g html-validate >/dev/null 2>&1 || true
    fi
    make -s -j"$jobs" check >/dev/null 2>&1 || status=$?
    # Every test prints a closing "N passed, N failed" line; show them and their sum.
    total_pass=0 total_fail=0 total_skip=0 skipped_suites=0
    for log in tests/unit/units.log tests/*.log taxonomy/tools/*.log; do
        [ -f "$log" ] || continue
        case $log in tests/test-suite.log) continue ;; esac
        line=$(grep -E '[0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1)
        if [ -z "$line" ] && grep -q '^SKIP .*exit status: 77' "$log"; then
            # a suite that could not run here (the conformance suite without ../shared)
            echo "$log: skipped: $(grep -m 1 '^SKIP: ' "$log" | sed 's/^SKIP: //')"
            skipped_suites=$((skipped_suites + 1))
            continue
        fi
        echo "$log: ${line:-no summary}"
        p=$(echo "$line" | awk '{ for (i = 2; i <= NF; i++) if ($i ~ /^passed/) print $(i - 1) }')
        f=$(echo "$line" | awk '{ for (i = 2; i <= NF; i++) if ($i ~ /^failed/) print $(i - 1) }')
        k=$(echo "$line" | awk '{ for (i = 2; i <= NF; i++) if ($i ~ /^skipped/) print $(i - 1) }')
        total_pass=$((total_pass + ${p:-0})); total_fail=$((total_fail + ${f:-0}))
        total_skip=$((total_skip + ${k:-0}))
    done
    if [ "$status" -ne 0 ]; then
        echo "setup: make check failed; the failing logs follow"
        for log in tests/unit/*.log tests/*.log taxonomy/tools/*.log; do
            [ -f "$log" ] && grep -qE '^(FAIL|ERROR)|FAILED| [1-9][0-9]* failed' "$log" && { echo "==== $log"; cat "$log"; }
        done
        [ "$total_fail" -gt 0 ] || total_fail=1
    fi
    summary="$total_pass passed, $total_fail failed"
    [ "$total_skip" -gt 0 ] && summary="$summary, $total_skip skipped"
    [ "$skipped_suites" -gt 0 ] && summary="$summary ($skipped_suites suite(s) skipped: see above)"
    echo "$summary"
    exit "$status"
    ;;
*)
    echo "usage: ./setup.sh samples|check" >&2
    exit 2
    ;;
esac

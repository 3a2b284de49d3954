#!/bin/sh
# deps.sh - the library's dependencies point one way: from the symbols each
# object of libtxbrl-core defines and uses (nm), no file uses a file that
# uses it back (directly or through others), and no subsystem folder of
# src/ (base, read, xbrl, map, write, validate, render, disclose, convert)
# uses a folder that uses it back.  Prints every cycle found.
set -u
build=$(cd "${top_builddir:-.}" && pwd)
command -v nm >/dev/null 2>&1 && command -v python3 >/dev/null 2>&1 || { echo "SKIP: no nm or python3"; exit 77; }
python3 - "$build" <<'PY'
import collections, glob, os, subprocess, sys
build = sys.argv[1]
objs = sorted(o for o in glob.glob(os.path.join(build, 'src', '*', 'libtxbrl_core_la-*.o')))
if not objs:
    print("deps: no objects of libtxbrl-core under", build); sys.exit(99)
defs, uses = {}, collections.defaultdict(set)
for o in objs:
    name = os.path.basename(os.path.dirname(o)) + '/' + os.path.basename(o)[len('libtxbrl_core_la-'):-2]
    for line in subprocess.run(['nm', o], capture_output=True, text=True, check=True).stdout.splitlines():
        p = line.split()
        if len(p) == 3 and p[1] in 'TDBR':
            defs[p[2]] = name
        elif len(p) == 2 and p[0] == 'U':
            uses[name].add(p[1])
files = collections.defaultdict(set)
for n, us in uses.items():
    for u in us:
        if u in defs and defs[u] != n:
            files[n].add(defs[u])
folders = collections.defaultdict(set)
for a, bs in files.items():
    for b in bs:
        if a.split('/')[0] != b.split('/')[0]:
            folders[a.split('/')[0]].add(b.split('/')[0])
def cycles(g):
    state, stack, found = {}, [], []
    def visit(u):
        state[u] = 1; stack.append(u)
        for v in sorted(g.get(u, ())):
            if state.get(v) == 1:
                found.append(stack[stack.index(v):] + [v])
            elif not state.get(v):
                visit(v)
        stack.pop(); state[u] = 2
    for n in sorted(g):
        if not state.get(n):
            visit(n)
    return found
fail = 0
for what, g in (("files", files), ("folders", folders)):
    c = cycles(g)
    if c:
        fail += 1
        print("FAIL %s in a cycle: %s" % (what, "; ".join(" -> ".join(x) for x in c)))
    else:
        print("PASS no cycle between %d %s" % (len(g), what))
print("deps: %d passed, %d failed" % (2 - fail, fail))
sys.exit(1 if fail else 0)
PY

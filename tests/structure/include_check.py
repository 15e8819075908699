#!/usr/bin/env python3
"""The picture of includes, checked: which room of the tree may include which.

Fails on any #include from core/ into ui/ or app/, and from ui/ into app/ (a quoted include is resolved the way
the compiler does: the including file's folder, then the include directories of its library). The rooms of core/
built as libraries of their own, above lpdesk_core (UPPER_ROOMS: report rendering, the store simulator), may be
included by ui/, app/ and tests but by no other room of core/, not even each other. Prints every circle
between the folders of core/ (strongly connected components of "a file in core/A includes a file in core/B"), with
one include per edge as evidence. The circles that exist today are listed in include_cycles_known.txt; a circle
that is not listed there (a new one, or a known one that grew) fails the check, so that the house can only get
tidier. A listed circle that is gone fails it too: remove its line when a circle is broken.

usage: include_check.py SOURCE_ROOT
       include_check.py --self-test    (plants each kind of problem in a scratch tree and expects a failure)
       include_check.py --rooms SOURCE_ROOT    (each core folder and the folders it includes, lowest first)
"""
import os
import re
import sys

import structure_check

INCLUDE = re.compile(r'^\s*#\s*include\s*"([^"]+)"', re.M)
SUFFIXES = (".h", ".hpp", ".cpp", ".cc")
# core folder -> its library (core/CMakeLists.txt leaves these out of lpdesk_core).
UPPER_ROOMS = {"report": "lpdesk_report", "sim": "lpdesk_sim"}


def files(root, top):
    for dirpath, _, names in os.walk(os.path.join(root, top)):
        for n in sorted(names):
            if n.endswith(SUFFIXES):
                yield os.path.join(dirpath, n)


def search_path(root, rel):
    top = rel.split(os.sep)[0]
    core, ui = os.path.join(root, "core"), os.path.join(root, "ui")
    apps = [os.path.join(root, "app", d) for d in sorted(os.listdir(os.path.join(root, "app")))
            if os.path.isdir(os.path.join(root, "app", d))]
    if top == "core":
        return [core]
    if top == "ui":
        return [ui, core]
    return apps + [ui, core]


def resolve(root, path, name):
    rel = os.path.relpath(path, root)
    for base in [os.path.dirname(path)] + search_path(root, rel):
        candidate = os.path.normpath(os.path.join(base, name))
        if os.path.isfile(candidate):
            return os.path.relpath(candidate, root)
    # Not found where the compiler would look: a file of another room reached by a path of its own?
    for base in (root, os.path.join(root, "ui"), os.path.join(root, "app")):
        candidate = os.path.normpath(os.path.join(base, name))
        if os.path.isfile(candidate):
            return os.path.relpath(candidate, root)
    return None  # a system or generated header


def sccs(graph):
    index, low, on, stack, out, counter = {}, {}, set(), [], [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def self_test():
    clean = {"core/a/A.h": "", "core/b/B.h": '#include "a/A.h"\n', "ui/w/W.h": '#include "b/B.h"\n',
             "app/cli/main.cpp": '#include "w/W.h"\n#include "a/A.h"\n'}
    cases = [("clean", clean, "", 0),
             ("core includes ui", dict(clean, **{"core/a/A.cpp": '#include "w/W.h"\n'}), "", 1),
             ("core includes app", dict(clean, **{"core/a/A.cpp": '#include "../../app/cli/main.cpp"\n'}), "", 1),
             ("ui includes app", dict(clean, **{"ui/w/W.cpp": '#include "../../app/cli/main.cpp"\n'}), "", 1),
             ("upper rooms used above", dict(clean, **{"core/sim/S.h": '#include "a/A.h"\n',
                                                      "ui/w/W.cpp": '#include "sim/S.h"\n'}), "", 0),
             ("core includes sim", dict(clean, **{"core/sim/S.h": "", "core/b/B.cpp": '#include "sim/S.h"\n'}), "", 1),
             ("report includes sim", dict(clean, **{"core/sim/S.h": "",
                                                   "core/report/R.cpp": '#include "sim/S.h"\n'}), "", 1),
             ("new circle", dict(clean, **{"core/a/A.cpp": '#include "b/B.h"\n'}), "", 1),
             ("known circle", dict(clean, **{"core/a/A.cpp": '#include "b/B.h"\n'}), "a b\n", 0),
             ("known circle gone", clean, "a b\n", 1),
             ("known circle grew", dict(clean, **{"core/a/A.cpp": '#include "b/B.h"\n', "core/c/C.h": '#include "a/A.h"\n',
                                                 "core/b/B.cpp": '#include "c/C.h"\n'}), "a b\n", 1)]
    return structure_check.run_self_test(check, cases, folders=("app/cli",))


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--rooms":
        return rooms(os.path.abspath(sys.argv[2]))
    return structure_check.main(__file__, check, self_test, "include_cycles_known.txt")


def includes(root):
    """The includes between rooms: (graph {core folder: set of core folders it includes}, evidence {(a, b): one
    include}, errors for includes from core into ui/app and from ui into app)."""
    errors = []
    graph, evidence = {}, {}
    for top in ("core", "ui", "app"):
        for path in files(root, top):
            rel = os.path.relpath(path, root)
            with open(path, encoding="utf-8", errors="replace") as f:
                text = f.read()
            for m in INCLUDE.finditer(text):
                target = resolve(root, path, m.group(1))
                if target is None:
                    continue
                line = text.count("\n", 0, m.start()) + 1
                where = "%s:%d includes %s" % (rel, line, target)
                ttop = target.split(os.sep)[0]
                if top == "core" and ttop in ("ui", "app"):
                    errors.append("core may not include %s: %s" % (ttop, where))
                if top == "ui" and ttop == "app":
                    errors.append("ui may not include app: %s" % where)
                if top == "core" and ttop == "core":
                    a, b = rel.split(os.sep)[1], target.split(os.sep)[1]
                    if b in UPPER_ROOMS and a != b:
                        errors.append("core/%s may not include core/%s (%s, above lpdesk_core): %s"
                                      % (a, b, UPPER_ROOMS[b], where))
                    if a != b and not a.endswith((".h", ".cpp")) and not b.endswith((".h", ".cpp")):
                        graph.setdefault(a, set()).add(b)
                        evidence.setdefault((a, b), where)
    return graph, evidence, errors


def rooms(root):
    """Prints every core folder and the folders it includes, lowest first (a circle's folders together): the table of
    rooms in docs/ARCHITECTURE.md."""
    graph = includes(root)[0]
    names = sorted(d for d in os.listdir(os.path.join(root, "core")) if os.path.isdir(os.path.join(root, "core", d)))
    circle = {n: set(c) for c in sccs(graph) for n in c}
    placed = []
    while len(placed) < len(names):
        ready = []
        for n in names:
            group = circle.get(n, {n})
            below = set().union(*(graph.get(m, set()) for m in group)) - group
            if n not in placed and below <= set(placed):
                ready.append((len(below), n, group))
        placed.extend(sorted(min(ready)[2]))
    for n in placed:
        print("%-11s %s" % (n, " ".join(sorted(graph.get(n, ())))))
    return 0


def check(root, known_file):
    graph, evidence, errors = includes(root)
    known = []
    if os.path.exists(known_file):
        with open(known_file, encoding="utf-8") as f:
            for raw in f:
                raw = raw.split("#")[0].strip()
                if raw:
                    known.append(set(raw.split()))
    circles = sccs(graph)
    print("include_check: %d core folders, %d edges between them" % (len(graph), sum(len(v) for v in graph.values())))
    for comp in circles:
        members = set(comp)
        status = "known" if any(members <= k for k in known) else "NEW"
        print("circle (%s) between core folders: %s" % (status, " ".join(comp)))
        for a in comp:
            for b in sorted(graph.get(a, ())):
                if b in members:
                    print("    %s -> %s   e.g. %s" % (a, b, evidence[(a, b)]))
        if status == "NEW":
            errors.append("a circle between core folders that is not in include_cycles_known.txt: %s" % " ".join(comp))
    for k in known:
        if not any(k & set(c) for c in circles):
            # A stale line would let the circle come back unnoticed.
            errors.append("the known circle '%s' is gone: remove it from include_cycles_known.txt" % " ".join(sorted(k)))
    if not circles:
        print("no circles between core folders")
    for e in errors:
        print("ERROR: " + e)
    print("include_check: %s" % ("FAILED (%d problems)" % len(errors) if errors else "ok"))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

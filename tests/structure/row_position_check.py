#!/usr/bin/env python3
"""No new reads of a query's row by position in core (issue 18: a house that is easy to change).

q.value(3) reads whatever the SELECT's fourth column is: a column added, removed or moved in the SELECT silently fills
the field from another column. core/db/SqlRow reads by column name and stops a test build on a name the result does
not hold. This check counts the uses of value(<number>) in every .cpp and .h under core/ (SqlRow's own code has
none): a file with one fails the check unless it is listed in row_position_known.txt, and a listed file fails once
its count grows past the count written next to it, so that the list can only shrink. Lower or remove a line of the
list when a file's rows are read by name.

It reads text, not types: value(0) on a list counts too (three of the listed uses are lists); write such a read
another way (first() after an isEmpty() check) rather than list a file for it.

usage: row_position_check.py SOURCE_ROOT
       row_position_check.py --self-test    (plants each kind of problem in a scratch tree and expects a failure)
"""
import re
import sys

import structure_check

SUFFIXES = (".h", ".cpp")
BY_POSITION = re.compile(r"\bvalue\(\s*\d+\s*\)")


def uses(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return len(BY_POSITION.findall(f.read()))


def check(root, known_file):
    known = {path: count for (path,), count in structure_check.read_known(known_file, "PATH").items()}
    errors, seen, total = [], set(), 0
    for path, rel in structure_check.production_files(root, SUFFIXES):
        if not rel.startswith("core/"):
            continue
        count = uses(path)
        seen.add(rel)
        total += count
        if count == 0:
            if rel in known:
                print("note: %s reads no row by position now: remove it from row_position_known.txt" % rel)
            continue
        if rel not in known:
            errors.append("%s reads %d row value(s) by position (value(N)): read them by name with db/SqlRow"
                          % (rel, count))
        elif count > known[rel]:
            errors.append("%s grew to %d value(N) reads (listed at %d): read the new ones by name with db/SqlRow"
                          % (rel, count, known[rel]))
        else:
            print("known: %s has %d value(N) reads (listed at %d)%s" % (
                rel, count, known[rel], "" if count == known[rel] else ": lower its count in row_position_known.txt"))
    for rel in sorted(set(known) - seen):
        print("note: %s is gone: remove it from row_position_known.txt" % rel)
    for e in errors:
        print("ERROR: " + e)
    print("row_position_check: %d value(N) reads in core, %s" % (total, "FAILED (%d problems)" % len(errors)
                                                                  if errors else "ok"))
    return 1 if errors else 0


def self_test():
    def reads(n):
        return "".join("    r.f%d = q.value(%d).toString();\n" % (k, k) for k in range(n))

    by_name = '    r.id = row.string("id");\n    r.n = q.value(QStringLiteral("n")).toInt();\n'
    clean = {"core/a/A.cpp": reads(3), "core/a/B.cpp": by_name, "core/a/A.h": "// q.value(N) is by position\n",
             "tests/T.cpp": reads(50), "ui/w/W.cpp": reads(2), "core/a/notes.txt": reads(50)}
    listed = "core/a/A.cpp 3\n"
    cases = [("clean", clean, listed, 0),
             ("new file", dict(clean, **{"core/b/C.cpp": reads(1)}), listed, 1),
             ("in a header", dict(clean, **{"core/a/A.h": "int f() { return q.value(0).toInt(); }\n"}), listed, 1),
             ("spaced", dict(clean, **{"core/a/B.cpp": by_name + "    x = q.value( 12 ).toInt();\n"}), listed, 1),
             ("list value(0)", dict(clean, **{"core/a/B.cpp": "    s = l.split(',').value(0);\n"}), listed, 1),
             ("known shrank", dict(clean, **{"core/a/A.cpp": reads(2)}), listed, 0),
             ("known gone to 0", dict(clean, **{"core/a/A.cpp": by_name}), listed, 0),
             ("known grew", dict(clean, **{"core/a/A.cpp": reads(4)}), listed, 1),
             ("unlisted at all", clean, "", 1)]
    return structure_check.run_self_test(check, cases)


def main():
    return structure_check.main(__file__, check, self_test, "row_position_known.txt")


if __name__ == "__main__":
    sys.exit(main())

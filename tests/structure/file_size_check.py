#!/usr/bin/env python3
"""No production source file over 600 lines (issue 18: a house that is easy to change).

Counts the lines of every .cpp and .h under core/, ui/ and app/. A file over the limit fails the check unless it is
listed in file_size_known.txt, and a listed file fails once it grows past the count written next to it, so that the
house can only get tidier. Lower or remove a line of the list when a file shrinks or is split.

usage: file_size_check.py SOURCE_ROOT
       file_size_check.py --self-test    (plants each kind of problem in a scratch tree and expects a failure)
"""
import sys

import structure_check

LIMIT = 600
SUFFIXES = (".h", ".cpp")


def line_count(path):
    with open(path, "rb") as f:
        data = f.read()
    return data.count(b"\n") + (1 if data and not data.endswith(b"\n") else 0)  # what `wc -l` says, plus a last line


def check(root, known_file):
    known = {path: count for (path,), count in structure_check.read_known(known_file, "PATH").items()}
    errors, seen, oversized = [], set(), 0
    for path, rel in structure_check.production_files(root, SUFFIXES):
        lines = line_count(path)
        seen.add(rel)
        if lines <= LIMIT:
            if rel in known:
                print("note: %s has %d lines now (limit %d): remove it from file_size_known.txt"
                      % (rel, lines, LIMIT))
            continue
        oversized += 1
        if rel not in known:
            errors.append("%s has %d lines (limit %d): split it by responsibility" % (rel, lines, LIMIT))
        elif lines > known[rel]:
            errors.append("%s grew to %d lines (listed at %d, limit %d): split it instead"
                          % (rel, lines, known[rel], LIMIT))
        else:
            print("known: %s has %d lines (listed at %d)%s" % (rel, lines, known[rel],
                  "" if lines == known[rel] else ": lower its count in file_size_known.txt"))
    for rel in sorted(set(known) - seen):
        print("note: %s is gone: remove it from file_size_known.txt" % rel)
    for e in errors:
        print("ERROR: " + e)
    print("file_size_check: %d files over %d lines, %s" % (oversized, LIMIT,
          "FAILED (%d problems)" % len(errors) if errors else "ok"))
    return 1 if errors else 0


def self_test():
    def lines(n):
        return "// line\n" * n

    clean = {"core/a/A.cpp": lines(600), "core/a/A.h": lines(40), "ui/w/W.cpp": lines(300),
             "app/cli/main.cpp": lines(100), "tests/T.cpp": lines(5000), "core/a/notes.txt": lines(5000)}
    cases = [("clean", clean, "", 0),
             ("core file too long", dict(clean, **{"core/a/A.cpp": lines(601)}), "", 1),
             ("ui header too long", dict(clean, **{"ui/w/W.h": lines(700)}), "", 1),
             ("app file too long", dict(clean, **{"app/cli/main.cpp": lines(900)}), "", 1),
             ("known file", dict(clean, **{"core/a/A.cpp": lines(800)}), "core/a/A.cpp 800\n", 0),
             ("known file shrank", dict(clean, **{"core/a/A.cpp": lines(700)}), "core/a/A.cpp 800\n", 0),
             ("known file grew", dict(clean, **{"core/a/A.cpp": lines(801)}), "core/a/A.cpp 800\n", 1),
             ("other file too long", dict(clean, **{"core/a/A.cpp": lines(800), "core/a/B.cpp": lines(650)}),
              "core/a/A.cpp 800\n", 1)]
    return structure_check.run_self_test(check, cases)


def main():
    return structure_check.main(__file__, check, self_test, "file_size_known.txt")


if __name__ == "__main__":
    sys.exit(main())

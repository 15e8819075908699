#!/usr/bin/env python3
"""No production function over 80 lines (issue 18: a house that is easy to change).

Measures every function defined in the .cpp and .h files under core/, ui/ and app/, from the first line of its
signature (constructor initialisers included) to its closing brace; lambdas count as part of the function that holds
them. It reads the layout clang-format gives the tree (.clang-format: a function's opening brace alone on its line,
its closing brace alone at the same indentation; a class's closes with '};'), so it needs no compiler. A function over
the limit fails the check unless it is listed in function_size_known.txt, and a listed function fails once it grows
past the count written next to it, so that the list can only shrink. Lower or remove a line of the list when a
function is split into named steps.

usage: function_size_check.py SOURCE_ROOT
       function_size_check.py --self-test    (plants each kind of problem in a scratch tree and expects a failure)
"""
import re
import sys

import structure_check

LIMIT = 80
SUFFIXES = (".h", ".cpp")
OPEN = re.compile(r"^(\s*)\{\s*(//.*)?$")
NOT_A_FUNCTION = re.compile(r"^\s*(template\s*<.*>\s*)?(class|struct|union|enum|namespace)\b|=\s*$")
CLASS = re.compile(r"^(?:template\s*<.*>\s*)?(?:class|struct)\s+(?:[A-Z_]+_EXPORT\s+)?([A-Za-z_][A-Za-z_0-9]*)")
NAME = re.compile(r"((?:[A-Za-z_~][A-Za-z_0-9]*(?:<[^()]*>)?::)*(?:operator\s*[^\s(]+|~?[A-Za-z_][A-Za-z_0-9]*))"
                  r"\s*\($")


def signature_start(lines, brace):
    """The first line of the signature above the opening brace at index brace (comments and blank lines stop it)."""
    start = brace
    while start > 0:
        prev = lines[start - 1].strip()
        if not prev or prev.endswith((";", "{", "}")) or prev.startswith(("//", "/*", "*", "#")) \
                or prev in ("public:", "private:", "protected:") or prev.endswith("Q_SLOTS:"):
            break
        start -= 1
    return start


def function_name(signature):
    """Class::name of a signature ('Foo::Foo(int a)\\n    : m_a(a)' -> 'Foo::Foo'), or None."""
    depth = 0
    for i, ch in enumerate(signature):  # the text before the first '(' outside template arguments
        if ch == "<" and not signature[:i].rstrip().endswith("operator"):
            depth += 1
        elif ch == ">" and depth > 0:
            depth -= 1
        elif ch == "(" and depth == 0:
            m = NAME.search(" ".join(signature[:i + 1].split()))
            return re.sub(r"\s+", "", m.group(1)) if m else None
    return None


def functions(path):
    """(name, first line number, line count) of each function defined in the file."""
    with open(path, encoding="utf-8", errors="replace") as f:
        lines = f.read().split("\n")
    out, classes, i = [], [], 0
    while i < len(lines):
        m = OPEN.match(lines[i])
        if not m:
            i += 1
            continue
        indent = m.group(1)
        start = signature_start(lines, i)
        signature = "\n".join(lines[start:i])
        end = i + 1
        while end < len(lines) and not lines[end].startswith(indent + "}"):
            end += 1
        closing = lines[end].strip() if end < len(lines) else ""
        name = function_name(signature) if signature.strip() else None
        if end >= len(lines) or closing.startswith("};") or not name or NOT_A_FUNCTION.search(signature.strip()):
            klass = CLASS.match(signature.strip())
            if klass and end < len(lines):
                classes.append((i, end, klass.group(1)))
            i += 1  # a class, an aggregate or a block: look inside it for functions
            continue
        owner = [c for first, last, c in classes if first < i < last]
        if owner and "::" not in name:
            name = owner[-1] + "::" + name  # a member function written inside its class
        out.append((name, start + 1, end - start + 1))
        i = end + 1
    return out


def check(root, known_file):
    known = structure_check.read_known(known_file, "PATH FUNCTION")
    errors, seen, oversized = [], set(), 0
    for path, rel in structure_check.production_files(root, SUFFIXES):
        for name, line, count in functions(path):
            key = (rel, name)
            if count <= LIMIT:
                if key in known and key not in seen:
                    seen.add(key)
                    print("note: %s:%d %s has %d lines now (limit %d): remove it from function_size_known.txt"
                          % (rel, line, name, count, LIMIT))
                continue
            seen.add(key)
            oversized += 1
            if key not in known:
                errors.append("%s:%d %s has %d lines (limit %d): split it into named steps" % (rel, line, name, count,
                                                                                            LIMIT))
            elif count > known[key]:
                errors.append("%s:%d %s grew to %d lines (listed at %d, limit %d): split it instead"
                              % (rel, line, name, count, known[key], LIMIT))
            else:
                print("known: %s:%d %s has %d lines (listed at %d)%s" % (
                    rel, line, name, count, known[key],
                    "" if count == known[key] else ": lower its count in function_size_known.txt"))
    for rel, name in sorted(set(known) - seen):
        print("note: %s %s is gone: remove it from function_size_known.txt" % (rel, name))
    for e in errors:
        print("ERROR: " + e)
    print("function_size_check: %d functions over %d lines, %s" % (oversized, LIMIT,
          "FAILED (%d problems)" % len(errors) if errors else "ok"))
    return 1 if errors else 0


def self_test():
    def body(n, indent=""):
        return "".join("%s    x += %d;\n" % (indent, k) for k in range(n))

    def function(name, n, indent=""):  # n lines in all: signature, braces and body
        return "%sint %s(int x)\n%s{\n%s%s    return x;\n%s}\n" % (indent, name, indent, body(n - 4, indent), indent,
                                                                    indent)

    ctor = ("Foo::Foo(int a, int b)\n    : m_a(a),\n      m_b(b)\n{\n" + body(76) + "}\n")  # 4 + 76 + 1 = 81 lines
    klass = "class W\n{\npublic:\n    int f()\n    {\n%s    }\n};\n" % body(90, "    ")
    table = "const int kTable[] =\n{\n%s};\n" % "".join("    %d,\n" % k for k in range(200))
    clean = {"core/a/A.cpp": "namespace lpdesk {\n\n" + function("Foo::small", 80) + "\n} // namespace lpdesk\n",
             "ui/w/W.h": "class W\n{\npublic:\n    int f() { return 1; }\n};\n",
             "core/a/T.cpp": table, "tests/T.cpp": function("huge", 500), "core/a/notes.txt": function("huge", 500)}
    cases = [("clean", clean, "", 0),
             ("core function long", dict(clean, **{"core/a/B.cpp": function("Foo::big", 81)}), "", 1),
             ("constructor long", dict(clean, **{"core/a/C.cpp": ctor}), "", 1),
             ("inline in header", dict(clean, **{"ui/w/W.h": klass}), "", 1),
             ("app function long", dict(clean, **{"app/cli/main.cpp": function("main", 200)}), "", 1),
             ("known function", dict(clean, **{"core/a/B.cpp": function("Foo::big", 120)}),
              "core/a/B.cpp Foo::big 120\n", 0),
             ("known shrank", dict(clean, **{"core/a/B.cpp": function("Foo::big", 100)}),
              "core/a/B.cpp Foo::big 120\n", 0),
             ("known grew", dict(clean, **{"core/a/B.cpp": function("Foo::big", 121)}),
              "core/a/B.cpp Foo::big 120\n", 1),
             ("other function long", dict(clean, **{"core/a/B.cpp": function("Foo::big", 120)
                                                    + "\n" + function("Foo::other", 90)}),
              "core/a/B.cpp Foo::big 120\n", 1)]
    return structure_check.run_self_test(check, cases)


def main():
    return structure_check.main(__file__, check, self_test, "function_size_known.txt")


if __name__ == "__main__":
    sys.exit(main())

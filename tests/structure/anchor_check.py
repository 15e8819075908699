#!/usr/bin/env python3
"""Patterns that judge input end with \\z, never with $ (issue 12: bad input is refused whole).

In a QRegularExpression (PCRE), $ also matches before a final newline: "^[a-z0-9-]+$" accepts "store-1\\n", and the
newline travels on into paths, SQL and packages. \\z matches only at the very end. This check reads every pattern
literal given to a QRegularExpression in core/, ui/ and app/ (QStringLiteral, QLatin1String, u"..." or a plain
literal) and fails on one whose last character is an unescaped $. No known-list: there is none to keep.

usage: anchor_check.py SOURCE_ROOT
       anchor_check.py --self-test    (plants each kind of problem in a scratch tree and expects a failure)
"""
import re
import sys

import structure_check

# QRegularExpression [name] ( [QStringLiteral( | QLatin1String( | u] "literal"
PATTERN = re.compile(r'QRegularExpression\s*(?:\w+\s*)?[({]\s*(?:QStringLiteral\s*\(\s*|QLatin1String\s*\(\s*|u)?'
                     r'"((?:[^"\\]|\\.)*)"')


def ends_with_dollar(literal):
    """The C++ literal's pattern ends in a $ that is an anchor (not \\$, written "\\\\$" in C++)."""
    if not literal.endswith("$"):
        return False
    backslashes = len(literal[:-1]) - len(literal[:-1].rstrip("\\"))
    # In C++ source two backslashes make one in the pattern; one pattern backslash escapes the $.
    return (backslashes // 2) % 2 == 0


def check(root, _known_file):
    errors, seen = [], 0
    for path, rel in structure_check.production_files(root):
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        for m in PATTERN.finditer(text):
            seen += 1
            if ends_with_dollar(m.group(1)):
                line = text.count("\n", 0, m.start()) + 1
                errors.append('%s:%d: pattern "%s" ends with $, which also matches before a final newline: end it '
                              'with \\\\z' % (rel, line, m.group(1)))
    for e in errors:
        print("ERROR: " + e)
    print("anchor_check: %d QRegularExpression patterns, %s" % (seen, "FAILED (%d problems)" % len(errors)
                                                                 if errors else "ok"))
    return 1 if errors else 0


def self_test():
    good = ('static const QRegularExpression id(QStringLiteral("^[a-z0-9-]{1,64}\\\\z"));\n'
            'QRegularExpression price(QStringLiteral("\\\\d+\\\\$"));\n')
    cases = [("clean", {"core/a/A.cpp": good}, "", 0),
             ("dollar", {"core/a/A.cpp": good + 'static const QRegularExpression r(QStringLiteral("^a+$"));\n'}, "", 1),
             ("latin1", {"ui/w/W.cpp": 'QRegularExpression re(QLatin1String("^[0-9]+$"));\n'}, "", 1),
             ("u literal", {"app/c/C.cpp": 'const QRegularExpression r{u"^x$"_qs};\n'}, "", 1),
             ("plain", {"core/a/B.h": 'inline QRegularExpression r() { return QRegularExpression("^b$"); }\n'}, "", 1),
             ("escaped dollar", {"core/a/A.cpp": 'QRegularExpression r(QStringLiteral("cost \\\\$"));\n'}, "", 0),
             ("not production", {"tests/T.cpp": 'QRegularExpression r(QStringLiteral("^a$"));\n'}, "", 0)]
    return structure_check.run_self_test(check, cases)


def main():
    return structure_check.main(__file__, check, self_test, "anchor_known.txt")


if __name__ == "__main__":
    sys.exit(main())

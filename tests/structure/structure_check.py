"""What the structure checks (include_check.py, file_size_check.py) share: each compares the tree with a known-list
beside the script, and proves with --self-test that it fails on each kind of problem planted in a scratch tree."""
import contextlib
import io
import os
import shutil
import sys
import tempfile

PRODUCTION = ("core", "ui", "app")


def production_files(root, suffixes=(".h", ".cpp")):
    """(path, path relative to root with '/') of every production source file, in a stable order."""
    for top in PRODUCTION:
        for dirpath, dirs, names in os.walk(os.path.join(root, top)):
            dirs.sort()
            for n in sorted(names):
                if n.endswith(suffixes):
                    path = os.path.join(dirpath, n)
                    yield path, os.path.relpath(path, root).replace(os.sep, "/")


def read_known(known_file, what):
    """A known-list: lines of words ending in a count ('#' starts a comment); {tuple of the words: count}. what names
    the words for the error on a malformed line ('PATH', 'PATH FUNCTION')."""
    known, width = {}, len(what.split()) + 1
    if os.path.exists(known_file):
        with open(known_file, encoding="utf-8") as f:
            for number, raw in enumerate(f, 1):
                raw = raw.split("#")[0].strip()
                if not raw:
                    continue
                parts = raw.split()
                if len(parts) != width or not parts[-1].isdigit():
                    raise SystemExit("%s:%d: expected '%s LINES', got '%s'" % (known_file, number, what, raw))
                known[tuple(parts[:-1])] = int(parts[-1])
    return known


def scratch_tree(files_and_text, known, folders=()):
    """A scratch source tree with these files (path -> text), these empty folders, and known.txt holding known."""
    d = tempfile.mkdtemp()
    for name, text in files_and_text.items():
        os.makedirs(os.path.dirname(os.path.join(d, name)), exist_ok=True)
        with open(os.path.join(d, name), "w") as f:
            f.write(text)
    for folder in folders:
        os.makedirs(os.path.join(d, folder), exist_ok=True)
    with open(os.path.join(d, "known.txt"), "w") as f:
        f.write(known)
    return d


def run_self_test(check, cases, folders=()):
    """cases: (name, files_and_text, known, expected exit code); check(root, known_file) is run quietly on each."""
    bad = 0
    for name, files_and_text, known, expected in cases:
        d = scratch_tree(files_and_text, known, folders)
        with contextlib.redirect_stdout(io.StringIO()):
            got = check(d, os.path.join(d, "known.txt"))
        shutil.rmtree(d)
        print("self-test %-20s exit %d (expected %d)%s" % (name, got, expected, "" if got == expected else "  WRONG"))
        bad += got != expected
    return 1 if bad else 0


def main(script, check, self_test, known_name):
    """usage: SCRIPT [SOURCE_ROOT] | SCRIPT --self-test; the known-list is known_name beside the script."""
    if len(sys.argv) > 1 and sys.argv[1] == "--self-test":
        return self_test()
    here = os.path.dirname(os.path.abspath(script))
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", ".."))
    return check(root, os.path.join(here, known_name))

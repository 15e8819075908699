"""What the structure checks (include_check.py, file_size_check.py) share: each compares the tree with a known-list
beside the script, and proves with --self-test that it fails on each kind of problem planted in a scratch tree."""
import contextlib
import io
import os
import shutil
import sys
import tempfile


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

#!/usr/bin/env python3
"""What each library and program links, checked on the built files (issue 18: a house that is easy to change).

lpdesk_core uses no Qt text layout, painting or PDF writer (those need a QGuiApplication: lpdesk_report holds them)
and no Qt Concurrent (ui/ runs the background jobs), and holds neither the store simulator (lpdesk_sim) nor the
report renderer; the GUI program carries no part of the simulator; lpdesk-cli does (so the check can see a symbol
that is there). Reads the symbol tables with `nm -C`.

usage: link_check.py LIBLPDESK_CORE.a LPDESK LPDESK_CLI
"""
import re
import subprocess
import sys

SIMULATOR = re.compile(r"\blpdesk::(StoreSimulator|SimulatorHistory|ClipSynthesizer|BitmapFont|PosJournalWriter)\b")
REPORT = re.compile(r"\blpdesk::(CaseReport|PdfPages|AuditLogReport)::")
GUI_ONLY = re.compile(r"\b(QPdfWriter|QTextDocument|QAbstractTextDocumentLayout|QPainter|QGuiApplication|QFont|"
                      r"QtConcurrent)\b")


def symbols(path, kind):
    """Demangled names of the defined (kind 'defined') or undefined ('undefined') symbols of an archive or program."""
    flag = "--defined-only" if kind == "defined" else "--undefined-only"
    out = subprocess.run(["nm", "-C", flag, path], capture_output=True, text=True, check=True).stdout
    names = set()
    for line in out.splitlines():
        parts = line.split(None, 2 if kind == "defined" else 1)
        if len(parts) >= 2 and not line.endswith(":"):
            names.add(parts[-1])
    return names


def problems(core, gui, cli):
    errors = []
    core_defined = symbols(core, "defined")
    core_used = symbols(core, "undefined")
    for name in sorted(n for n in core_used if GUI_ONLY.search(n))[:10]:
        errors.append("lpdesk_core uses %s (text layout, painting, PDF and Concurrent live above core)" % name)
    for name in sorted(n for n in core_defined if SIMULATOR.search(n) or REPORT.search(n))[:10]:
        errors.append("lpdesk_core defines %s (lpdesk_sim or lpdesk_report)" % name)
    for name in sorted(n for n in symbols(gui, "defined") if SIMULATOR.search(n))[:10]:
        errors.append("the GUI program carries the store simulator: %s" % name)
    if not any(SIMULATOR.search(n) for n in symbols(cli, "defined")):
        errors.append("lpdesk-cli shows no simulator symbol: this check cannot see the symbols it looks for")
    return errors


def main():
    if len(sys.argv) != 4:
        print(__doc__)
        return 2
    errors = problems(*sys.argv[1:])
    for e in errors:
        print("ERROR: " + e)
    print("link_check: %s" % ("FAILED (%d problems)" % len(errors) if errors else "ok"))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

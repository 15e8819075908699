#!/usr/bin/env python3
"""Prints every benchmark's measurements into the CI log.

`ctest --output-on-failure` shows a test's output only when it fails, and benchmarks never fail on time, so their
ratios were in build/Testing/Temporary/LastTest.log and nowhere a reader of the CI log looks. `dev.sh test` calls
this after the suite: for each test labelled "bench" (name bench_*) it prints the lines of its output that carry a
measurement, and it exits 1 when a benchmark that ran printed no ratio at all (a benchmark that compares with
nothing is not one; issue 18). It never judges the figures themselves.

usage: print_results.py LastTest.log
"""
import re
import sys

MEASUREMENT = re.compile(r'\d')
RATIO = re.compile(r'ratio|×|\bx\b|\d\s*x\b|speed-?up|vs\.?\s', re.I)


def outputs(log):
    """(test name, output text) for each test in a ctest LastTest.log."""
    for m in re.finditer(r'^\d+/\d+ Test: (\S+)\n(.*?)^<end of output>', log, re.M | re.S):
        body = m.group(2)
        start = body.find('\nOutput:\n')
        if start < 0:
            continue
        text = body[start + len('\nOutput:\n'):]
        text = re.sub(r'^-{20,}\n', '', text)
        yield m.group(1), text


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    try:
        log = open(sys.argv[1], encoding='utf-8', errors='replace').read()
    except OSError as e:
        sys.exit(f'print_results: {e}')
    benches = [(name, text) for name, text in outputs(log) if name.startswith('bench_')]
    if not benches:
        print('print_results: no benchmark ran in this suite (ctest -L bench)')
        return 0
    silent = []
    for name, text in benches:
        lines = [l.rstrip() for l in text.splitlines()
                 if MEASUREMENT.search(l) and not l.startswith(('PASS', 'Totals:', 'Config:', '*****'))]
        print(f'--- {name}')
        for line in lines[:60]:
            print('    ' + line)
        if len(lines) > 60:
            print(f'    … {len(lines) - 60} more lines in {sys.argv[1]}')
        if not any(RATIO.search(l) for l in lines):
            silent.append(name)
    if silent:
        print('print_results: these benchmarks printed no ratio against a baseline: ' + ', '.join(silent))
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())

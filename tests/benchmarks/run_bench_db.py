#!/usr/bin/env python3
"""Runs the database benchmark on SQLCipher and on plain SQLite in the same session; prints times and ratios.
Never fails on time: only a crash or a wrong result fails."""
import json, subprocess, sys, tempfile, os

cipher, plain = sys.argv[1], sys.argv[2]
rows = sys.argv[3] if len(sys.argv) > 3 else '100000'
with tempfile.TemporaryDirectory() as d:
    results = {}
    for exe in (plain, cipher, plain, cipher):  # interleaved, best of two
        out = json.loads(subprocess.run([exe, os.path.join(d, 'bench.db'), rows], check=True,
                                        capture_output=True, text=True).stdout)
        prev = results.get(out['engine'])
        if prev is None or out['insert_s'] + out['query_s'] < prev['insert_s'] + prev['query_s']:
            results[out['engine']] = out
c, p = results['sqlcipher'], results['sqlite']
assert c['found'] == p['found'], 'engines disagree on query results'
print(f"rows={rows}")
print(f"insert: sqlcipher {c['insert_s']:.3f}s  sqlite {p['insert_s']:.3f}s  ratio {c['insert_s']/p['insert_s']:.2f}x")
print(f"query : sqlcipher {c['query_s']:.3f}s  sqlite {p['query_s']:.3f}s  ratio {c['query_s']/p['query_s']:.2f}x")
tot_c, tot_p = c['insert_s'] + c['query_s'], p['insert_s'] + p['query_s']
print(f"total : sqlcipher {tot_c:.3f}s  sqlite {tot_p:.3f}s  ratio {tot_c/tot_p:.2f}x (encrypted / plain)")

#!/usr/bin/env python3
"""A script of N lpdesk-cli commands (LPDESK_BENCH_COMMANDS, default 50), run as N separate calls and as one `lpdesk-cli shell`, in the same session.

Both do the same work: the same N commands on the same database, with the passphrase KDF tuned as a real database
is (LPDESK_KDF_MS is not set here). Prints seconds per command for each and the ratio. Never fails on time: only a
command that fails, or results that differ between the two ways, fail the benchmark."""
import json, os, subprocess, sys, tempfile, time

cli = sys.argv[1]
env = dict(os.environ)
env.pop('LPDESK_KDF_MS', None)
env.update(LPDESK_USER='admin', LPDESK_PASSPHRASE='bench admin pass')
commands = [['whoami'] if i % 2 else ['case', 'list'] for i in range(int(os.environ.get('LPDESK_BENCH_COMMANDS', '50')))]

with tempfile.TemporaryDirectory() as d:
    db = os.path.join(d, 'bench.lpdb')
    subprocess.run([cli, '--db', db, 'init', '--admin', 'admin'], env=env, check=True, capture_output=True)
    subprocess.run([cli, '--db', db, 'user', 'add', 'ivy', '--role', 'investigator'],
                   env=dict(env, LPDESK_NEW_PASSPHRASE='bench ivy pass'), check=True, capture_output=True)
    env.update(LPDESK_USER='ivy', LPDESK_PASSPHRASE='bench ivy pass')
    subprocess.run([cli, '--db', db, 'case', 'new', '--title', 'Bench case'], env=env, check=True,
                   capture_output=True)

    t0 = time.monotonic()
    separate = []
    for c in commands:
        r = subprocess.run([cli, '--db', db, '--json'] + c, env=env, check=True, capture_output=True, text=True)
        separate.append(json.loads(r.stdout))
    t_separate = time.monotonic() - t0

    script = ''.join(' '.join(c) + '\n' for c in commands)
    t0 = time.monotonic()
    r = subprocess.run([cli, '--db', db, '--json', 'shell'], env=env, input=script, check=True,
                       capture_output=True, text=True)
    t_shell = time.monotonic() - t0
    shell = [json.loads(line) for line in r.stdout.splitlines() if line.strip()]

assert len(shell) == len(commands), f'shell gave {len(shell)} results for {len(commands)} commands'
assert all(s['exit'] == 0 for s in shell), 'a command failed in the shell'
assert [s['result'] for s in shell] == separate, 'the shell and separate calls disagree'
n = len(commands)
print(f'commands={n}')
print(f'separate calls: {t_separate:.2f}s  ({t_separate / n * 1000:.1f} ms per command, one unlock each)')
print(f'one shell     : {t_shell:.2f}s  ({t_shell / n * 1000:.1f} ms per command, one unlock in all)')
print(f'ratio         : {t_separate / t_shell:.1f}x (separate / shell)')

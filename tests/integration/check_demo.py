#!/usr/bin/env python3
"""The headless demo (packaging/demo.sh, what `./packaging/dev.sh demo` runs without a display), run as a test.

demo.sh runs under `set -euo pipefail`, so any step that fails ends it with a non-zero exit; this script also checks
that every step the script announces was reached, that the refusals the demo shows were refusals, and it checks the
demo's outputs with tools that are not LP Desk: the package's SHA256SUMS with hashlib, its CMS signature with
`openssl cms -verify` against the exported CA, the redacted derivative and the still with ffprobe, and the audit PDF
with qpdf. Without this test a change that breaks the demo was found only by a person running it.

usage: check_demo.py SOURCE_ROOT BUILD_DIR WORKDIR
"""
import hashlib
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys

root, build, work = (pathlib.Path(a) for a in sys.argv[1:4])
demo = work / 'demo'
shutil.rmtree(work, ignore_errors=True)
work.mkdir(parents=True)
env = dict(os.environ, LPDESK_DEMO_DIR=str(demo), LPDESK_DEMO_HEADLESS='1', LPDESK_KDF_MS='20')
env.pop('DISPLAY', None)
env.pop('WAYLAND_DISPLAY', None)
run = subprocess.run(['bash', str(root / 'packaging' / 'demo.sh'), str(build)], env=env, cwd=work,
                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=1200)
out = run.stdout.decode('utf-8', 'replace')
(work / 'demo-output.txt').write_text(out)
failures = []


def check(ok, what):
    print(('ok   ' if ok else 'FAIL ') + what)
    if not ok:
        failures.append(what)


check(run.returncode == 0, f'demo.sh exits 0 (exit {run.returncode}; output in {work / "demo-output.txt"})')

# Every step the script announces must have been reached, in order.
script = (root / 'packaging' / 'demo.sh').read_text()
announced = [s for s in re.findall(r'^\s*step "([^"$]+)', script, re.M) if 'GUI' not in s]
printed = re.findall(r'^--- (.*)$', re.sub(r'\x1b\[[0-9;]*m', '', out), re.M)
missing = [s for s in announced if not any(p.startswith(s) for p in printed)]
check(len(announced) >= 15 and not missing, f'{len(announced)} steps announced, missing: {missing}')
check('Headless demo finished' in out, 'the demo reaches its end')

# The refusals the demo shows must be refusals (a command that suddenly succeeds would print no such line).
check(out.count('(refused as it should be: exit') == 3,
      'a common password, a journal of an unknown store and a broken journal are refused')
check('(refused as it should be: exit 2)' in out and 'names its store 2301' in out,
      'the journal of an unknown store is refused as a usage error that names the id')
check('(refused: the requester never approves' in out, 'the requester cannot approve their own release')
check('sha256sum -c: all files OK' in out, "the package's SHA256SUMS hold (sha256sum -c)")
check('Traceback' not in out, 'no Python traceback in the output')

# The package, checked here with hashlib and openssl, not with LP Desk.
package = demo / 'package'
sums = package / 'SHA256SUMS'
check(sums.is_file(), 'the package was unpacked with its SHA256SUMS')
if sums.is_file():
    lines = [l for l in sums.read_text().splitlines() if l.strip()]
    bad = []
    for line in lines:
        digest, name = line.split(None, 1)
        name = name.lstrip('*')
        data = (package / name).read_bytes()
        if hashlib.sha256(data).hexdigest() != digest:
            bad.append(name)
    check(len(lines) >= 5 and not bad, f'{len(lines)} files in SHA256SUMS, mismatches: {bad}')
    media = [l.split(None, 1)[1] for l in lines if re.search(r'\.(mp4|mkv|mov)$', l)]
    check(bool(media), f'the package holds footage ({media})')
cms = subprocess.run(['openssl', 'cms', '-verify', '-binary', '-inform', 'DER', '-in', str(package / 'manifest.json.p7s'),
                      '-content', str(package / 'manifest.json'), '-CAfile', str(demo / 'org-ca.pem'), '-purpose', 'any',
                      '-out', os.devnull], capture_output=True, text=True)
check(cms.returncode == 0 and 'Verification successful' in cms.stderr, 'openssl cms verifies the manifest signature')


def probe(path):
    p = subprocess.run(['ffprobe', '-v', 'error', '-show_entries', 'stream=codec_type,codec_name,width,height',
                        '-of', 'csv=p=0', str(path)], capture_output=True, text=True)
    return p.stdout.strip() if p.returncode == 0 else None


still = probe(demo / 'still.png')
check(bool(still) and still.startswith('png,video'), f'the exported still is a PNG picture ({still})')
pdf = subprocess.run(['qpdf', '--check', str(demo / 'audit.pdf')], capture_output=True, text=True)
check(pdf.returncode == 0, 'the audit PDF passes qpdf --check')
check((demo / 'suggested.json').is_file() and '"regions"' in (demo / 'suggested.json').read_text(),
      'assisted redaction wrote a suggested plan')
check((demo / 'quarter' / 'cases.lpdb').is_file(), "the quarter's database was built")

# The DVR export and the HEVC channel the demo imports: each file a native master whose SHA-256 is hashlib's of the
# file handed over, and a working copy derived from each recording (the .ts, the .dav and the raw .h265).
demo_env = dict(os.environ, LPDESK_DB=str(demo / 'cases.lpdb'), LPDESK_USER='ivy',
                LPDESK_PASSPHRASE='demo investigator passphrase', LPDESK_KDF_MS='20')
cli = str(build / 'bin' / 'lpdesk-cli')
listed = subprocess.run([cli, '--json', 'case', 'list'], env=demo_env, capture_output=True, text=True)
robbery = [c['id'] for c in json.loads(listed.stdout or '[]') if c.get('title', '').startswith('Robbery at register 2')]
check(listed.returncode == 0 and len(robbery) == 1, f'the demo database lists the robbery case ({listed.stderr.strip()})')
media = []
if robbery:
    m = subprocess.run([cli, '--json', 'media', 'list', robbery[0]], env=demo_env, capture_output=True, text=True)
    media = json.loads(m.stdout or '[]')
# The archive is kept as it came, and each member as "archive!path inside it".
handed = {'dvr-export.zip!' + p.relative_to(demo / 'dvr-export').as_posix(): p
          for p in (demo / 'dvr-export').rglob('*') if p.is_file()}
handed['dvr-export.zip'] = demo / 'dvr-export.zip'
handed['CH03_20261204_141500.h265'] = demo / 'CH03_20261204_141500.h265'
check(len(handed) == 6, f'the DVR export (four files and the archive) and the HEVC channel: six files ({sorted(handed)})')
for name, path in sorted(handed.items()):
    masters = [x for x in media if x.get('original_name') == name and x.get('kind') == 'original']
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    check(len(masters) == 1 and masters[0]['sha256'] == digest,
          f'{name}: kept as a master with the SHA-256 of the file handed over ({digest[:16]}…)')
    if masters and re.search(r'\.(ts|dav|h265)$', name):
        copies = [x for x in media if x.get('parent') == masters[0]['id']]
        check(bool(copies), f'{name}: a working copy derived from the master')

# The program view over the quarter: the demo prints `kpi --by store` and `kpi --by month` of the quarter's database;
# every figure line must be the quarter's, as `kpi --json` gives it here (incidents and cases per store and month).
plain = re.sub(r'\x1b\[[0-9;]*m', '', out)
section = plain.split('--- The program view over the quarter', 1)[-1].split('\n--- ', 1)[0] if \
    '--- The program view over the quarter' in plain else ''
shown = {}
for m in re.finditer(r'^(\S+)\s+incidents (\d+)\s+cases (\d+)\s+MTTR', section, re.M):
    shown.setdefault(m.group(1), []).append((int(m.group(2)), int(m.group(3))))
quarter_env = dict(os.environ, LPDESK_DB=str(demo / 'quarter' / 'cases.lpdb'), LPDESK_USER='ivy',
                   LPDESK_PASSPHRASE='Ivy-Kpi-History-Pass-2', LPDESK_KDF_MS='20')
expected = {}
for by in ('store', 'month'):
    k = subprocess.run([str(build / 'bin' / 'lpdesk-cli'), '--json', 'kpi', '--by', by], env=quarter_env,
                       capture_output=True, text=True)
    if k.returncode != 0:
        check(False, f'kpi --json --by {by} on the quarter: exit {k.returncode} {k.stderr.strip()}')
        continue
    report = json.loads(k.stdout)
    expected.setdefault('all', []).append((report['incidents'], report['cases']))
    for row in report['rows']:
        expected.setdefault(row['key'], []).append((row['incidents'], row['cases']))
months = [k for k in expected if re.fullmatch(r'\d{4}-\d{2}', k)]
check(len(months) >= 3 and len(expected) - len(months) >= 4,
      f"the quarter has three months and three stores ({sorted(expected)})")
check(shown == expected, f"the demo prints the quarter's KPIs by store and by month ({shown} == {expected})")

if failures:
    print(f'\n{len(failures)} check(s) failed; the last 40 lines of the demo:\n' + '\n'.join(out.splitlines()[-40:]))
    sys.exit(1)
print('the headless demo ran end to end')

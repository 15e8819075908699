#!/usr/bin/env python3
"""Known answers for the program KPIs (issue 15): `store-sim --history 90` writes a 90-day drop for three stores in
three time zones (daylight-saving changes inside the period), the desk work to apply to it (history-script.json) and
the KPI figures that work must give (expected-kpis.json), worked out by the simulator from what it generated. This
script builds a case database with lpdesk-cli, every command under libfaketime with the clock frozen at the event's
time (so every time stamp the database records is the script's), applies the script, and compares `kpi --json`
(overall, by store, by region, by month, each region with --region, and periods asked for with --from/--to, some
at one store) with the expected figures exactly — loss from the linked POS transactions per currency included (the
stores' journals carry the incidents' own transactions; the script links them to their cases). `db check` must stay
clean.

usage: check_kpi_history.py LPDESK_CLI [WORKDIR]   (WORKDIR: keep the database and drop there, as the demo does)
"""
import atexit, glob, json, os, pathlib, shutil, subprocess, sys, tempfile, time
from datetime import datetime, timedelta, timezone

cli = sys.argv[1]
DAY = '2026-03-31'
INIT_AT = datetime(2026, 4, 1, 9, 0, tzinfo=timezone.utc)  # before the pull (noon UTC the next day minus 1 h)
PASS = {'admin': 'Admin-Kpi-History-Pass-1', 'ivy': 'Ivy-Kpi-History-Pass-2', 'lee': 'Lee-Kpi-History-Pass-3'}

keep = len(sys.argv) > 2
work = pathlib.Path(sys.argv[2]) if keep else pathlib.Path(tempfile.mkdtemp(prefix='kpi-history-'))
work.mkdir(parents=True, exist_ok=True)
db = work / 'cases.lpdb'
# libfaketime preloaded directly: the faketime(1) wrapper names a semaphore after its process id and fails now and
# then ("sem_open: File exists") when an earlier process with the same id left one behind.
libfaketime = sorted(glob.glob('/usr/lib/*/faketime/libfaketime.so.1'))
if not libfaketime:
    sys.exit('FAIL: libfaketime is not installed (packaging/deps.txt: faketime)')
# TZ=UTC: libfaketime reads an absolute FAKETIME in the local time zone, and the script's times are UTC.
base_env = dict(os.environ, LPDESK_DB=str(db), LPDESK_KDF_MS='20', LD_PRELOAD=libfaketime[0],
                FAKETIME_DONT_FAKE_MONOTONIC='1', TZ='UTC')
failures = []


def stamp(when):
    return when.astimezone(timezone.utc).strftime('%Y-%m-%d %H:%M:%S')


def parse(text):
    return datetime.strptime(text, '%Y-%m-%dT%H:%M:%S.%fZ').replace(tzinfo=timezone.utc)


def run(when, user, *args, new_pass=None, want_json=False):
    env = dict(base_env, LPDESK_USER=user, LPDESK_PASSPHRASE=PASS[user], FAKETIME=stamp(when))
    if new_pass:
        env['LPDESK_NEW_PASSPHRASE'] = new_pass
    cmd = [cli] + (['--json'] if want_json else []) + list(args)
    r = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    if r.returncode != 0:
        sys.exit(f'FAIL: {" ".join(args)} at {stamp(when)} as {user}: exit {r.returncode}\n{r.stdout}\n{r.stderr}')
    return json.loads(r.stdout) if want_json else r.stdout.strip()


run(INIT_AT, 'admin', 'init', '--admin', 'admin', '--org', 'KPI history')
run(INIT_AT, 'admin', 'user', 'add', 'ivy', '--role', 'investigator', new_pass=PASS['ivy'])
run(INIT_AT, 'admin', 'user', 'add', 'lee', '--role', 'legal', new_pass=PASS['lee'])
# The agency the script submits to: tests/integration/agency_server.py on 127.0.0.1 with its own CA (certificates
# made with the clock a month before the history, so that they are valid at its times), trusting ivy's signing
# certificate; its clock is the script's too (libfaketime reading FAKETIME_TIMESTAMP_FILE before every answer).
agency = work / 'agency'
agency.mkdir(exist_ok=True)
cert_env = dict(base_env, FAKETIME=stamp(INIT_AT - timedelta(days=30)))
for args in (['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', 'ca.key',
              '-out', 'ca.pem', '-subj', '/CN=History Police CA', '-days', '400'],
             ['req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', 'server.key', '-out',
              'server.csr', '-subj', '/CN=127.0.0.1'],
             ['x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-set_serial', '2', '-days', '400',
              '-extfile', 'ext.cnf', '-out', 'server.pem']):
    (agency / 'ext.cnf').write_text('subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n')
    subprocess.run(['openssl'] + args, cwd=agency, env=cert_env, check=True, capture_output=True)
(agency / 'signer.pem').write_text(run(INIT_AT, 'ivy', 'key', 'show', want_json=True)['signing_certificate'])
(agency / 'api-key.txt').write_text('history-agency-key\n')
clock = agency / 'clock.txt'
clock.write_text(stamp(INIT_AT) + '\n')
server_out = open(agency / 'server.out', 'w')
server = subprocess.Popen(['/usr/bin/python3', str(pathlib.Path(__file__).with_name('agency_server.py')), '0',
                           str(agency)], stdout=server_out, stderr=subprocess.STDOUT,
                          env=dict(base_env, FAKETIME_TIMESTAMP_FILE=str(clock), FAKETIME_NO_CACHE='1'))
atexit.register(server.kill)  # also when a step fails (sys.exit)
for _ in range(100):
    text = (agency / 'server.out').read_text()
    if 'ready' in text:
        break
    time.sleep(0.1)
port = text.split('ready')[1].split()[0]
run(INIT_AT, 'admin', 'agency', 'add', 'history-pd', '--url', f'https://127.0.0.1:{port}/api', '--name',
    'History Police', '--ca', str(agency / 'ca.pem'), '--auth', 'apikey', '--api-key-file', str(agency / 'api-key.txt'))
recipient = work / 'recipient.txt'
run(INIT_AT, 'admin', 'key', 'export-recipient', str(recipient))
drop = work / 'drop'
subprocess.run([cli, 'store-sim', '--out', str(drop), '--recipient', str(recipient), '--stores', '3', '--incidents',
                '15', '--clip-seconds', '1', '--size', '160x120', '--seed', '7', '--day', DAY, '--history', '90'],
               check=True, capture_output=True)
script = json.loads((drop / 'history-script.json').read_text())
expected = json.loads((drop / 'expected-kpis.json').read_text())
stores = sorted(p.name for p in drop.iterdir() if p.is_dir())
for s in stores:
    run(INIT_AT, 'admin', 'store', 'add', s, '--path', str(drop / s))
pull_at = parse(script['pull_at'])
assert pull_at > INIT_AT, 'the pull must come after the set-up'
run(pull_at, 'ivy', 'pull')

statement = work / 'statement.txt'
statement.write_text('I was on the floor and saw the person leave without paying.\n')
cases, releases = {}, {}
last = pull_at
for e in script['events']:
    at, key, action = parse(e['at']), e.get('case'), e['action']
    assert at >= last, 'the script is in time order'
    last = at
    if action == 'checklist':
        run(at, 'admin', 'kpi', 'checklist', e['type'], *e['items'])
    elif action == 'region':
        run(at, 'admin', 'store', 'region', e['store'], e['region'])
    elif action == 'pos_link':
        run(at, 'ivy', 'pos', 'link', cases[key])
    elif action == 'open':
        cases[key] = run(at, 'ivy', 'case', 'new', '--title', f'History {key}', '--incident', e['incident'],
                         want_json=True)['id']
    elif action == 'statement':
        run(at, 'ivy', 'statement', 'add', cases[key], '--author', 'Store staff', '--role', 'staff',
            '--text-file', str(statement), '--sign')
    elif action == 'request':
        purpose = 'agency:history-pd' if e['purpose'] == 'agency' else 'usb'
        releases[key] = run(at, 'ivy', 'release', 'request', cases[key], '--all', '--purpose', purpose, '--note',
                            'KPI history', want_json=True)['id']
    elif action in ('submit', 'deliver'):
        # The agency answers the first attempt 503 (Retry-After: 1): the submission waits in the outbox until the
        # outbox runs at 'deliver'.
        clock.write_text(stamp(at) + '\n')
        if action == 'submit':
            (agency / 'control.json').write_text('{"create_503": 1}')
            out = run(at, 'ivy', 'submit', releases[key], '--agency', 'history-pd', '--wait', '0', want_json=True)
        else:
            run(at, 'ivy', 'outbox', 'run', '--wait', '0')
            out = [s for s in run(at, 'ivy', 'outbox', 'list', want_json=True) if s['release_id'] == releases[key]]
        state = out[0]['state']
        if state != ('waiting' if action == 'submit' else 'delivered'):
            sys.exit(f'FAIL: {action} of {key}: submission {state}\n{json.dumps(out, indent=1)}')
    elif action == 'approve':
        run(at, 'lee', 'release', 'approve', releases[key], '--note', 'Proportionate; faces of staff withheld.')
    elif action == 'reject':
        run(at, 'lee', 'release', 'reject', releases[key], '--note', 'Not enough to go on.')
    elif action == 'export':
        run(at, 'ivy', 'export', releases[key], '--out', str(work / f'{key}.zip'))
    elif action == 'close':
        run(at, 'ivy', 'case', 'status', cases[key], 'closed')
    elif action == 'followup':
        args = ['followup', 'add', cases[key], '--kind', e['kind'], '--at', e['at']]
        if 'amount' in e:
            args += ['--amount', str(e['amount'])]
        run(at, 'ivy', *args)
    else:
        sys.exit(f'FAIL: unknown action {action}')

end = last + timedelta(minutes=1)
server.terminate()
server.wait()


def compare(where, want, got):
    for k, v in want.items():
        if k not in got:
            failures.append(f'{where}: {k} missing')
        elif isinstance(v, dict):
            compare(f'{where}.{k}', v, got[k])
        elif got[k] != v:
            failures.append(f'{where}.{k}: kpi says {got[k]!r}, the simulator {v!r}')


overall = run(end, 'ivy', 'kpi', want_json=True)
compare('overall', expected['overall'], overall)
for by, name in (('store', 'by_store'), ('region', 'by_region'), ('month', 'by_month')):
    rows = run(end, 'ivy', 'kpi', '--by', by, want_json=True)['rows']
    got = {r['key']: r for r in rows}
    want = {r['key']: r for r in expected[name]}
    if sorted(got) != sorted(want):
        failures.append(f'{name}: groups {sorted(got)} != {sorted(want)}')
    for k in sorted(set(got) & set(want)):
        compare(f'{name}[{k}]', want[k], got[k])
# Loss from linked POS (each store's own currency) and the regions: the simulator's figures must hold some of each.
if not expected['overall']['loss'] or len(expected['by_region']) != 2:
    failures.append(f'expected-kpis.json: loss {expected["overall"]["loss"]}, {len(expected["by_region"])} regions')
for region in sorted({r for r in expected['regions'].values()}):
    want = next(r for r in expected['by_region'] if r['key'] == region)
    got = run(end, 'ivy', 'kpi', '--region', region, want_json=True)
    compare(f'region {region}', {k: v for k, v in want.items() if k != 'key'}, got)
# Top repeat stores: the stores ranked by their 30-day repeats (most first, ties by id, at most ten), from the
# simulator's own per-store figures (repeat rate x incidents).
want_top = sorted(((r['key'], round(r['repeat_incident_rate'] * r['incidents'])) for r in expected['by_store']
                   if r['incidents'] and r['repeat_incident_rate']), key=lambda p: (-p[1], p[0]))
want_top = [list(p) for p in want_top if p[1] > 0][:10]
got_top = [[s['store'], s['repeats']] for s in overall.get('top_repeat_stores', [])]
if not want_top or got_top != want_top:
    failures.append(f'top_repeat_stores: kpi says {got_top}, the simulator {want_top}')
# The text output says what --json has: incidents by type and trigger, the top repeat stores.
text = run(end, 'ivy', 'kpi')
for label, counts in (('type', expected['overall']['by_type']), ('trigger', expected['overall']['by_trigger'])):
    line = f'incidents by {label}: ' + ', '.join(f'{k} {v}' for k, v in sorted(counts.items()) if v)
    if line not in text.splitlines():
        failures.append(f'kpi text lacks "{line}"')
top_line = 'top repeat stores (repeat incidents within 30 days): ' + ', '.join(f'{k} {n}' for k, n in want_top)
if top_line not in text.splitlines():
    failures.append(f'kpi text lacks "{top_line}"')
# Periods (--from/--to, store-local dates, some at one store) whose figures the simulator worked out itself.
windows = expected.get('windows', [])
if len(windows) < 3:
    failures.append(f'expected-kpis.json has {len(windows)} windows, not 3')
for w in windows:
    args = ['kpi', '--from', w['from'], '--to', w['to']] + (['--store', w['store']] if 'store' in w else [])
    name = f'window[{w["from"]}..{w["to"]}{" " + w["store"] if "store" in w else ""}]'
    if not 0 < w['figures']['incidents'] < expected['overall']['incidents']:
        failures.append(f'{name}: {w["figures"]["incidents"]} incidents: the window must hold some, not all')
    compare(name, w['figures'], run(end, 'ivy', *args, want_json=True))
run(end, 'admin', 'db', 'check')

o = expected['overall']
print(f'{len(stores)} stores, {o["incidents"]} incidents over 90 days, {o["cases"]} cases, {o["reported"]} reported, '
      f'{len(script["events"])} scripted commands; {len(expected["by_month"])} months')
print('loss from linked POS: ' + '; '.join(f'{l["currency"]} {l["total"]} over {l["cases"]} cases' for l in o['loss'])
      + '; regions ' + ', '.join(f'{r["key"]} {r["incidents"]} incidents' for r in expected['by_region']))
print(f'MTTR median {o["mttr_median_s"]} s, p90 {o["mttr_p90_s"]} s; completeness {o["evidence_completeness"]}; '
      f'follow-up {o["followup_rate"]}; repeats {o["repeat_incident_rate"]} (30 d), {o["repeat_incident_rate_90d"]} (90 d)')
print('windows: ' + '; '.join(f'{w["from"]}..{w["to"]} {w.get("store", "all")}: {w["figures"]["incidents"]} incidents, '
                               f'{w["figures"]["cases"]} cases' for w in windows))
if failures:
    print('\n'.join('FAIL: ' + f for f in failures))
    sys.exit(f'(kept {work})')
if not keep:
    shutil.rmtree(work)
print('PASS: kpi --json equals the simulator\'s expected figures')

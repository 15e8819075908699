#!/usr/bin/env python3
"""store-sim output against the JSON Schemas in resources/schemas, with Debian's python3-jsonschema (an
independent validator), plus coverage (every incident type, trigger and severity over a large run) and
determinism (same seed -> same documents and same plaintext hashes).

usage: check_store_sim.py LPDESK_CLI SCHEMA_DIR
"""
import base64, json, os, pathlib, subprocess, sys, tempfile

import jsonschema
from jsonschema import Draft202012Validator

cli, schema_dir = sys.argv[1], pathlib.Path(sys.argv[2])
schemas = {p.name: json.loads(p.read_text()) for p in schema_dir.glob('*-v1.json')}

try:  # jsonschema >= 4.18
    from referencing import Registry, Resource
    registry = Registry().with_resources(
        [(s['$id'], Resource.from_contents(s)) for s in schemas.values()])
    def validator(name):
        return Draft202012Validator(schemas[name], registry=registry)
except ImportError:  # Debian 12's jsonschema 4.10
    store = {s['$id']: s for s in schemas.values()}
    def validator(name):
        resolver = jsonschema.RefResolver.from_schema(schemas[name], store=store)
        return Draft202012Validator(schemas[name], resolver=resolver)

V = {n: validator(n) for n in ('store-v1.json', 'feed-page-v1.json', 'incident-v1.json')}

def sim(out, recipient, seed):
    subprocess.run([cli, 'store-sim', '--out', out, '--recipient', recipient, '--stores', '6', '--incidents', '20',
                    '--clip-seconds', '1', '--seed', str(seed), '--size', '160x120'],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

def documents(root):
    docs = {}
    for p in sorted(pathlib.Path(root).rglob('*')):
        if p.suffix in ('.json', '.xml', '.csv') and p.is_file():
            docs[str(p.relative_to(root))] = p.read_bytes()
    return docs

errors = 0
with tempfile.TemporaryDirectory() as tmp:
    recipient = os.path.join(tmp, 'recipient.txt')
    pathlib.Path(recipient).write_text('lpdesk-recipient-v1 ' + base64.b64encode(os.urandom(32)).decode() + '\n')
    a, b, c = (os.path.join(tmp, x) for x in 'abc')
    sim(a, recipient, 7)
    sim(b, recipient, 7)
    sim(c, recipient, 8)
    types, triggers, severities, incidents = set(), set(), set(), 0
    for store_dir in sorted(pathlib.Path(a).iterdir()):
        store = json.loads((store_dir / 'store.json').read_text())
        for e in V['store-v1.json'].iter_errors(store):
            errors += 1; print(f'{store_dir.name}/store.json: {e.message}')
        page = store['feed']['first_page']
        while page:
            doc = json.loads((store_dir / page).read_text())
            for e in V['feed-page-v1.json'].iter_errors(doc):
                errors += 1; print(f'{store_dir.name}/{page}: {e.message}')
            for iid in doc['incidents']:
                inc = json.loads((store_dir / 'incidents' / f'{iid}.json').read_text())
                for e in V['incident-v1.json'].iter_errors(inc):
                    errors += 1; print(f'{store_dir.name}/incidents/{iid}.json: {e.message}')
                for m in inc['media']:
                    f = store_dir / m['file']
                    if f.stat().st_size != m['size'] or f.read_bytes()[:8] != b'LPENC\r\n\x1a':
                        errors += 1; print(f'{f}: size or magic differs from the incident')
                types.add(inc['type']); triggers.add(inc['trigger']); severities.add(inc['severity'])
                incidents += 1
            page = doc['next']
        for j in store.get('pos_journals', []):
            if (store_dir / j['file']).stat().st_size != j['size']:
                errors += 1; print(f"{j['file']}: size differs")
    want_types = set(schemas['incident-v1.json']['properties']['type']['enum'])
    want_triggers = set(schemas['incident-v1.json']['properties']['trigger']['enum'])
    if types != want_types: errors += 1; print('missing types:', want_types - types)
    if triggers != want_triggers: errors += 1; print('missing triggers:', want_triggers - triggers)
    if severities != {1, 2, 3, 4, 5}: errors += 1; print('missing severities:', {1, 2, 3, 4, 5} - severities)
    if incidents != 120: errors += 1; print('expected 120 incidents, found', incidents)
    if documents(a) != documents(b): errors += 1; print('same seed, different documents')
    if documents(a) == documents(c): errors += 1; print('different seeds, same documents')
    print(f'{incidents} incidents in 6 stores validated; {len(types)} types, {len(triggers)} triggers, '
          f'severities {sorted(severities)}')
sys.exit(1 if errors else 0)

#!/usr/bin/env python3
"""Fill translations/lpdesk_{es,fr}.ts from batch files and mark those messages finished.

    apply.py [BATCH.tsv ...]    # default: every translations/tools/batches/*.tsv

A batch line is `key<TAB>spanish<TAB>french` (key from extract.py, i.e. a hash of context and source);
an empty column leaves that language alone; a later file (by name) overrides an earlier one. `\\n` is a newline; numerus forms are separated by `||`
(Spanish and French: singular||plural). Lines starting with '#' are comments. A translation that loses a
placeholder (%1, %n, %L1) or the keyboard accelerator (&) of its source is reported and not applied.
The files are rewritten by lconvert so that their layout stays the one lupdate writes.
"""
import re, subprocess, sys
from tslib import LANGS, ROOT, key, messages, parse, ts_path, unescape

PLACEHOLDER = re.compile(r'%(?:n|L?[1-9][0-9]?)')


def accelerators(text):
    return len(re.findall(r'&(?!&)(?![a-zA-Z]+;)(?=\S)', text.replace('&&', '')))


def load(files):
    table = {}
    for path in files:
        for n, line in enumerate(path.read_text(encoding='utf-8').splitlines(), 1):
            if not line.strip() or line.startswith('#'):
                continue
            cols = line.split('\t')
            if len(cols) != 3:
                sys.exit(f'{path}:{n}: expected key<TAB>es<TAB>fr, got {len(cols)} columns')
            entry = table.setdefault(cols[0].strip(), {})
            entry.update({lang: unescape(c) for lang, c in zip(LANGS, cols[1:]) if c})
    return table


def problem(src, forms, numerus):
    for form in forms:
        if not form.strip():
            return 'empty form'
        if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(src)) and not (
                numerus and '%n' not in form and len(forms) > 1):
            return f'placeholders differ in {form!r}'
        if accelerators(form) != accelerators(src):
            return f'accelerator differs in {form!r}'
    return None


def main():
    files = [ROOT / a for a in sys.argv[1:]] or sorted((ROOT / 'translations/tools/batches').glob('*.tsv'))
    table = load(files)
    used, bad = set(), 0
    for lang in LANGS:
        tree = parse(lang)
        changed = 0
        for ctx, msg in messages(tree):
            src = msg.findtext('source')
            k = key(ctx, src)
            text = table.get(k, {}).get(lang)
            if not text:
                continue
            used.add(k)
            tr = msg.find('translation')
            numerus = msg.get('numerus') == 'yes'
            forms = text.split('||') if numerus else [text]
            if numerus and len(forms) != len(list(tr.iter('numerusform'))):
                print(f'{lang} {k} [{ctx}] {src!r}: {len(forms)} forms, the file wants {len(list(tr.iter("numerusform")))}')
                bad += 1
                continue
            why = problem(src, forms, numerus)
            if why:
                print(f'{lang} {k} [{ctx}] {src!r}: {why}')
                bad += 1
                continue
            if numerus:
                for el, form in zip(tr.iter('numerusform'), forms):
                    el.text = form
            else:
                tr.text = text
            tr.attrib.pop('type', None)
            changed += 1
        tree.write(ts_path(lang), encoding='utf-8', xml_declaration=True)
        subprocess.run(['/usr/lib/qt6/bin/lconvert', '-i', str(ts_path(lang)), '-o', str(ts_path(lang))], check=True)
        print(f'{lang}: {changed} translations applied')
    unknown = set(table) - used
    for k in sorted(unknown):
        print(f'unknown key {k} (source changed or typo)')
    return 1 if bad else 0


sys.exit(main())

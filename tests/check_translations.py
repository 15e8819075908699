#!/usr/bin/env python3
"""Fail if the .ts files miss a tr() string of the sources, or keep one that no longer exists, or if a shipped
language (es, fr) has an unfinished string.

Runs lupdate on copies of translations/*.ts over core/, ui/ and app/ and compares the sets of
(context, source) pairs with the committed files. Refresh with:
    cmake --build build --target update_translations
"""
import pathlib, re, shutil, subprocess, sys, tempfile, xml.etree.ElementTree as ET

def messages(path):
    root = ET.parse(path).getroot()
    out = set()
    for ctx in root.iter('context'):
        name = ctx.findtext('name')
        for msg in ctx.iter('message'):
            tr = msg.find('translation')
            if tr is not None and tr.get('type') in ('obsolete', 'vanished'):
                continue
            out.add((name, msg.findtext('source')))
    return out

PLACEHOLDER = re.compile(r'%(?:n|L?[1-9][0-9]?)')

def accelerators(text):
    """Mnemonic markers: '&' before a character other than '&' (and not an HTML entity)."""
    return len(re.findall(r'&(?!&)(?![a-zA-Z]+;)(?=\S)', text.replace('&&', '')))

def finished_problems(path):
    """A finished translation keeps every placeholder of its source and its keyboard accelerator."""
    problems = []
    for ctx in ET.parse(path).getroot().iter('context'):
        name = ctx.findtext('name')
        for msg in ctx.iter('message'):
            tr = msg.find('translation')
            if tr is None or tr.get('type') in ('unfinished', 'obsolete', 'vanished'):
                continue
            src = msg.findtext('source')
            forms = [f.text or '' for f in tr.iter('numerusform')] or [tr.text or '']
            for form in forms:
                if not form.strip():
                    problems.append(f'[{name}] {src!r}: finished but empty')
                elif sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(src)) and not (
                        msg.get('numerus') == 'yes' and '%n' not in form and len(forms) > 1):
                    problems.append(f'[{name}] {src!r}: placeholders differ in {form!r}')
                elif accelerators(form) != accelerators(src):
                    problems.append(f'[{name}] {src!r}: keyboard accelerator differs in {form!r}')
    return problems

SHIPPED = ('es', 'fr')  # every string finished; English is the source language


def unfinished(path):
    """(context, source) of every message still marked unfinished."""
    out = []
    for ctx in ET.parse(path).getroot().iter('context'):
        for msg in ctx.iter('message'):
            tr = msg.find('translation')
            if tr is not None and tr.get('type') == 'unfinished':
                out.append((ctx.findtext('name'), msg.findtext('source')))
    return out


def main():
    lupdate, root = sys.argv[1], pathlib.Path(sys.argv[2])
    sources = sorted(str(p) for d in ('core', 'ui', 'app') for ext in ('*.h', '*.cpp') for p in (root / d).rglob(ext))
    includes = [arg for d in ('core', 'ui', 'app/cli') for arg in ('-I', str(root / d))]
    ok = True
    # A file-local tr() helper makes lupdate guess a context that differs from the one used at run time.
    for src in sources:
        text = pathlib.Path(src).read_text(encoding='utf-8')
        if 'QString tr(const char' in text:
            print(f'{src}: defines a free tr() helper; use Q_DECLARE_TR_FUNCTIONS(lpdesk::Class) instead')
            ok = False
    for lang in ('en', 'es', 'fr'):
        for problem in finished_problems(root / 'translations' / f'lpdesk_{lang}.ts'):
            print(f'lpdesk_{lang}.ts: {problem}')
            ok = False
    for lang in SHIPPED:
        left = unfinished(root / 'translations' / f'lpdesk_{lang}.ts')
        if left:
            ok = False
            print(f'lpdesk_{lang}.ts: {len(left)} unfinished strings (translate them: translations/tools/README.md)')
            for ctx, src in left[:10]:
                print(f'  unfinished: [{ctx}] {src!r}')
    # English is the source, but its plural forms come from lpdesk_en.ts ("1 file", "2 files"): none left empty.
    english = ET.parse(root / 'translations' / 'lpdesk_en.ts').getroot()
    for ctx in english.iter('context'):
        for msg in ctx.iter('message'):
            if msg.get('numerus') == 'yes':
                forms = [f.text or '' for f in msg.iter('numerusform')]
                if len(forms) < 2 or not all(f.strip() for f in forms):
                    ok = False
                    print(f'lpdesk_en.ts: no English plural forms for [{ctx.findtext("name")}] '
                          f'{msg.findtext("source")!r} (run translations/tools/english_plurals.py)')
    with tempfile.TemporaryDirectory() as work:
        for lang in ('en', 'es', 'fr'):
            committed = root / 'translations' / f'lpdesk_{lang}.ts'
            copy = pathlib.Path(work) / committed.name
            shutil.copy(committed, copy)
            subprocess.run([lupdate, '-no-obsolete', '-locations', 'none', '-silent', *includes, *sources, '-ts', str(copy)],
                           check=True)
            before, after = messages(committed), messages(copy)
            missing, stale = after - before, before - after
            if missing or stale:
                ok = False
                print(f'{committed.name}: {len(missing)} strings missing, {len(stale)} stale')
                for ctx, src in sorted(missing)[:10]:
                    print(f'  missing: [{ctx}] {src!r}')
                for ctx, src in sorted(stale)[:10]:
                    print(f'  stale:   [{ctx}] {src!r}')
    if not ok:
        print('Refresh with: cmake --build build --target update_translations; then translate what it adds')
        return 1
    print('translations are current')
    return 0

sys.exit(main())

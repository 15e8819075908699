#!/usr/bin/env python3
"""List the strings still to translate, one context at a time, for writing a batch file.

    extract.py [CONTEXT_SUBSTRING ...]   # default: every context with work left

Prints `key<TAB>source` (newlines as \\n); with a finished Spanish translation it follows as `  es: ...`.
A batch file (batches/*.tsv) then holds `key<TAB>spanish<TAB>french` lines; see apply.py.
"""
import sys
from tslib import LANGS, escape, finished, key, messages, parse, text_of

trees = {lang: parse(lang) for lang in LANGS}
state = {}
for lang, tree in trees.items():
    for ctx, msg in messages(tree):
        k = (ctx, msg.findtext('source'))
        state.setdefault(k, {'numerus': msg.get('numerus') == 'yes'})[lang] = text_of(msg) if finished(msg) else None
filters = sys.argv[1:]
current = None
todo = 0
for (ctx, src), st in state.items():
    if filters and not any(f in ctx for f in filters):
        continue
    if all(st.get(lang) for lang in LANGS):
        continue
    if ctx != current:
        print(f'## {ctx}')
        current = ctx
    todo += 1
    print(f'{key(ctx, src)}\t{"[N] " if st["numerus"] else ""}{escape(src)}')
    if st.get('es'):
        print(f'  es: {escape(st["es"])}')
print(f'# {todo} to do', file=sys.stderr)

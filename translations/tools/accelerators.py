#!/usr/bin/env python3
"""List accelerator letters that one translation uses twice in a context where the English uses two letters.

A context can hold several menus, so not every line is a clash: check the ones in the same menu or dialog.
"""
import re
from tslib import LANGS, messages, parse, text_of


def letter(text):
    m = re.search(r'&(?!&)(?![a-zA-Z]+;)(\S)', text.replace('&&', ''))
    return m.group(1).lower() if m else None


for lang in LANGS:
    by_context = {}
    for ctx, msg in messages(parse(lang)):
        src, tr = msg.findtext('source'), text_of(msg)
        if letter(src):
            by_context.setdefault(ctx, {}).setdefault(letter(tr), []).append((src, tr))
    for ctx, letters in by_context.items():
        for key, items in letters.items():
            if len(items) > 1 and len({letter(s) for s, _ in items}) > 1:
                print(f'{lang} {ctx} &{key}: ' + ' | '.join(t for _, t in items))

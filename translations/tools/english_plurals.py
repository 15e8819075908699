#!/usr/bin/env python3
"""Fill the English numerus forms of translations/lpdesk_en.ts from the source text, so that English reads
"1 file" / "2 files" instead of "file(s)". The word after %n that carries "(s)" is made singular or plural, and
the verb that agrees with it; sources written in the plural ("%n tracks found") get a singular form too.
Run after lupdate (the English file's numerus messages are otherwise left unfinished)."""
import pathlib, re

ROOT = pathlib.Path(__file__).resolve().parents[2]
TS = ROOT / 'translations' / 'lpdesk_en.ts'

# Singular agreement after the counted word, and plural-only sources.
SINGULAR_FIXES = [(' were ', ' was '), (' are ', ' is '), (' have ', ' has '), (' wait ', ' waits ')]
PLURAL_ONLY = [('notifications:', 'notification:'), ('tracks found', 'track found'), ('%n frames', '%n frame'),
               ('%n suggestions', '%n suggestion')]


def forms(source):
    at = source.find('%n')
    mark = source.find('(s)', at) if at >= 0 else -1
    if mark < 0:
        singular = source
        for plural, single in PLURAL_ONLY:
            singular = singular.replace(plural, single)
        return singular, source
    head, tail = source[:mark], source[mark + 3:]
    # The verb that agrees with the counted word, within a few words of it ("file(s) before it were imported").
    verbs = dict((plural.strip(), single.strip()) for plural, single in SINGULAR_FIXES)
    m = re.search(r' (were|are|have|wait) ', tail[:30])
    singular_tail = tail[:m.start(1)] + verbs[m.group(1)] + tail[m.end(1):] if m else tail
    return head + singular_tail, head + 's' + tail


def main():
    text = TS.read_text(encoding='utf-8')

    def fill(m):
        singular, plural = forms(m.group(2))
        return (f'{m.group(1)}<translation>\n            <numerusform>{singular}</numerusform>\n'
                f'            <numerusform>{plural}</numerusform>\n        </translation>')

    pattern = re.compile(r'(<message numerus="yes">\s*<source>(.*?)</source>\s*(?:<comment>.*?</comment>\s*)?)'
                         r'<translation[^>]*>.*?</translation>', re.S)
    text, n = pattern.subn(fill, text)
    TS.write_text(text, encoding='utf-8')
    print(f'{n} English numerus messages filled')


if __name__ == '__main__':
    main()

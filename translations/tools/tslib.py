"""Shared helpers for the translation tools: read .ts files and key messages by (context, source)."""
import hashlib, pathlib, xml.etree.ElementTree as ET

ROOT = pathlib.Path(__file__).resolve().parents[2]
LANGS = ('es', 'fr')


def ts_path(lang):
    return ROOT / 'translations' / f'lpdesk_{lang}.ts'


def key(context, source):
    """A short stable key for one (context, source) pair; it survives lupdate reordering the file."""
    return hashlib.sha1(f'{context}\0{source}'.encode()).hexdigest()[:8]


def escape(text):
    return text.replace('\\', '\\\\').replace('\n', '\\n').replace('\t', '\\t')


def unescape(text):
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c == '\\' and i + 1 < len(text):
            n = text[i + 1]
            out.append({'n': '\n', 't': '\t', '\\': '\\'}.get(n, '\\' + n))
            i += 2
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def messages(tree):
    """Yield (context, message element) for every message of a parsed .ts file."""
    for ctx in tree.getroot().iter('context'):
        name = ctx.findtext('name')
        for msg in ctx.iter('message'):
            yield name, msg


def finished(msg):
    tr = msg.find('translation')
    return tr is not None and tr.get('type') not in ('unfinished', 'obsolete', 'vanished')


def text_of(msg):
    """The translation as one string (numerus forms joined with '||')."""
    tr = msg.find('translation')
    forms = [f.text or '' for f in tr.iter('numerusform')]
    return '||'.join(forms) if msg.get('numerus') == 'yes' else (tr.text or '')


def parse(lang):
    return ET.parse(ts_path(lang))

#!/usr/bin/env python3
"""Print finished/unfinished counts for every translations/lpdesk_*.ts."""
from tslib import ROOT, finished, messages
import xml.etree.ElementTree as ET
for path in sorted((ROOT / 'translations').glob('lpdesk_*.ts')):
    msgs = [m for _, m in messages(ET.parse(path))]
    done = sum(finished(m) for m in msgs)
    print(f'{path.name}: {done} finished, {len(msgs) - done} unfinished, {len(msgs)} total')

#!/usr/bin/env python3
"""Prints every regular file under the given folders that contains one of the byte strings read from stdin
(one hex string per line). Usage: find_bytes.py SINCE_EPOCH_S ROOT...; files under /dev/shm (shared with other
programs) are read only if changed since SINCE_EPOCH_S.

Tests scan for plaintext with this separate process on purpose: opening and closing a live SQLite file in the
test's own process would cancel that process's POSIX locks on it, and another process (lpdesk-cli) could then
delete the write-ahead log under the open connection."""
import os
import sys

since = float(sys.argv[1])
needles = [bytes.fromhex(line.strip()) for line in sys.stdin if line.strip()]
found = []
for root in sys.argv[2:]:
    shared = root.rstrip("/") == "/dev/shm"
    for folder, _dirs, files in os.walk(root):
        for name in files:
            path = os.path.join(folder, name)
            try:
                if not os.path.isfile(path) or os.path.islink(path):
                    continue
                if shared and os.path.getmtime(path) < since:
                    continue
                with open(path, "rb") as f:
                    data = f.read()
            except OSError:
                continue
            if any(n in data for n in needles):
                found.append(path)
for path in sorted(set(found)):
    print(path)

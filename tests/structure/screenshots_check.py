#!/usr/bin/env python3
"""The README's and the AppStream data's screenshots: every picture they name is in docs/, a PNG of a sensible size,
written by `lpdesk --screenshots` (the PNG text "Software: LP Desk screenshot mode", which only the screenshot tour
writes: file paths on screen are reduced to file names there), and not the stale pictures of before.

Usage: screenshots_check.py ROOT | --self-test
"""
import re
import struct
import sys
import zlib
from pathlib import Path

MARK = (b"Software", b"LP Desk screenshot mode")
MAX_BYTES = 400 * 1024


def png_info(data):
    """(width, height, {tEXt key: value}) of a PNG, or None when it is not one."""
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        return None
    pos, size, texts = 8, None, {}
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            size = struct.unpack(">II", body[:8])
        elif kind == b"tEXt" and b"\0" in body:
            key, value = body.split(b"\0", 1)
            texts[key] = value
        elif kind == b"zTXt" and b"\0" in body:
            key, rest = body.split(b"\0", 1)
            texts[key] = zlib.decompress(rest[1:])
        pos += 12 + length
    return (size[0], size[1], texts) if size else None


def problems_of(name, data):
    info = png_info(data)
    if info is None:
        return [f"{name}: not a PNG"]
    width, height, texts = info
    out = []
    if texts.get(MARK[0]) != MARK[1]:
        out.append(f"{name}: not written by 'lpdesk --screenshots' (regenerate it: see README.md)")
    if not (800 <= width <= 1920 and 450 <= height <= 1200):
        out.append(f"{name}: {width}x{height}")
    if len(data) > MAX_BYTES:
        out.append(f"{name}: {len(data)} bytes (optimise it: optipng -o2)")
    return out


def referenced(root):
    readme = (root / "README.md").read_text(encoding="utf-8")
    names = set(re.findall(r"!\[[^\]]*\]\(docs/([^)\s]+\.png)\)", readme))
    metainfo = next((root / "packaging" / "linux").glob("*.metainfo.xml")).read_text(encoding="utf-8")
    names |= {Path(u).name for u in re.findall(r"<image>([^<]+)</image>", metainfo)}
    return sorted(names)


def check(root):
    names = referenced(root)
    problems = [] if names else ["README.md and the metainfo name no screenshot"]
    for name in names:
        path = root / "docs" / name
        if not path.is_file():
            problems.append(f"docs/{name}: missing (README.md or the AppStream metainfo names it)")
            continue
        problems += problems_of(f"docs/{name}", path.read_bytes())
    return names, problems


def chunk(kind, body):
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def self_test():
    ihdr = chunk(b"IHDR", struct.pack(">IIBBBBB", 1280, 720, 8, 2, 0, 0, 0))
    good = b"\x89PNG\r\n\x1a\n" + ihdr + chunk(b"tEXt", MARK[0] + b"\0" + MARK[1]) + chunk(b"IEND", b"")
    stale = b"\x89PNG\r\n\x1a\n" + ihdr + chunk(b"IEND", b"")
    assert problems_of("good", good) == [], problems_of("good", good)
    assert any("not written" in p for p in problems_of("stale", stale))
    assert problems_of("text", b"hello") == ["text: not a PNG"]
    print("self-test ok")


if __name__ == "__main__":
    if sys.argv[1:] == ["--self-test"]:
        self_test()
        sys.exit(0)
    names, problems = check(Path(sys.argv[1]))
    print("screenshots:", ", ".join(names))
    for p in problems:
        print(p, file=sys.stderr)
    sys.exit(1 if problems else 0)

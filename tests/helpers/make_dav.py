#!/usr/bin/env python3
"""Wraps an H.264 or H.265 Annex B elementary stream (as the ffmpeg CLI writes it with -f h264 / -f hevc) into a
Dahua DHAV file (.dav), one access unit per DHAV frame, the way FFmpeg's dhav demuxer (libavformat/dhav.c) reads
them. The ffmpeg CLI cannot write .dav, and real DVR exports are not ours to ship, so the tests make their own;
the oracle is the ffmpeg CLI reading it back (ffprobe: codec, size, frame count, start time; framemd5 of the
decoded frames equal to the elementary stream's).

usage: make_dav.py IN.h264 OUT.dav --fps 25 --width 320 --height 240 --start "2026-12-04 09:15:30"
                   [--codec h264|hevc] [--channel 0] [--file-header]

Layout of one frame (little-endian):
  "DHAV"  type (0xFD key frame, 0xFC other video frame)  subtype  channel  frame subnumber
  frame number (4)  frame length (4: header + extension + payload + trailer)
  date (4: seconds 6 bits, minutes 6, hours 5, day 5, month 4, year - 2000 6; the recorder's local time)
  timestamp (2: a free-running millisecond counter)  extension length (1)  checksum (1: sum of the 23 bytes before)
  extension: on key frames 0x82 (width, height) and 0x81 (codec, frame rate); none on other frames
  payload (the access unit)
  "dhav"  frame length (4)
--file-header puts the 1 KiB "DAHUA" file header some exports open with before the first frame.
"""
import argparse
import struct
from datetime import datetime, timedelta

CODEC = {"h264": 0x08, "hevc": 0x0C}


def nal_units(data):
    """(start, end, payload_start) of each NAL unit of an Annex B stream, start codes included."""
    starts = []
    i = 0
    n = len(data)
    while i + 3 <= n:
        if data[i] == 0 and data[i + 1] == 0 and data[i + 2] == 1:
            begin = i - 1 if i > 0 and data[i - 1] == 0 else i
            starts.append((begin, i + 3))
            i += 3
        else:
            i += 1
    out = []
    for k, (begin, payload) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else n
        out.append((begin, end, payload))
    return out


def access_units(data, codec):
    """Splits the stream before each access unit's first NAL: parameter sets, SEI or an access unit delimiter
    after a picture's slices, or a slice that starts a new picture (first_mb_in_slice / first_slice_segment 0)."""
    units = []
    current = []
    seen_slice = False
    key = False
    for begin, end, p in nal_units(data):
        if codec == "h264":
            t = data[p] & 0x1F
            is_slice = t in (1, 5)
            is_prefix = t in (6, 7, 8, 9)
            first = is_slice and p + 1 < end and (data[p + 1] & 0x80) != 0
            is_key = t == 5
        else:
            t = (data[p] >> 1) & 0x3F
            is_slice = t <= 31
            is_prefix = t in (32, 33, 34, 35, 39)
            first = is_slice and p + 2 < end and (data[p + 2] & 0x80) != 0
            is_key = 16 <= t <= 21
        if current and seen_slice and (is_prefix or first):
            units.append((b"".join(current), key))
            current, seen_slice, key = [], False, False
        current.append(data[begin:end])
        seen_slice = seen_slice or is_slice
        key = key or is_key
    if current:
        units.append((b"".join(current), key))
    return units


def packed_date(t):
    return ((t.year - 2000) << 26) | (t.month << 22) | (t.day << 17) | (t.hour << 12) | (t.minute << 6) | t.second


def frame(number, when, millis, payload, key, args):
    if key:
        ext = struct.pack("<B3xHH", 0x82, args.width, args.height) + struct.pack("<BxBB", 0x81, CODEC[args.codec],
                                                                                  args.fps)
    else:
        ext = b""
    length = 24 + len(ext) + len(payload) + 8
    head = b"DHAV" + struct.pack("<BBBBIII H B", 0xFD if key else 0xFC, 0, args.channel, 0, number, length,
                                 packed_date(when), millis & 0xFFFF, len(ext))
    head += bytes([sum(head) & 0xFF])
    assert len(head) == 24
    return head + ext + payload + b"dhav" + struct.pack("<I", length)


def main():
    a = argparse.ArgumentParser()
    a.add_argument("input")
    a.add_argument("output")
    a.add_argument("--fps", type=int, required=True)
    a.add_argument("--width", type=int, required=True)
    a.add_argument("--height", type=int, required=True)
    a.add_argument("--start", required=True, help="the recorder's local time of the first frame")
    a.add_argument("--codec", choices=sorted(CODEC), default="h264")
    a.add_argument("--channel", type=int, default=0)
    a.add_argument("--file-header", action="store_true")
    args = a.parse_args()
    if 1000 % args.fps:
        a.error("the frame rate must divide 1000 (DHAV timestamps are whole milliseconds)")
    start = datetime.strptime(args.start, "%Y-%m-%d %H:%M:%S")
    with open(args.input, "rb") as f:
        data = f.read()
    units = access_units(data, args.codec)
    if not units or not units[0][1]:
        raise SystemExit("the stream does not start with a key frame")
    step = 1000 // args.fps
    counter = 51234  # where the recorder's millisecond counter happened to be
    out = bytearray(b"DAHUA".ljust(0x400, b"\0") if args.file_header else b"")
    for i, (payload, key) in enumerate(units):
        offset = i * step
        out += frame(i + 1, start + timedelta(milliseconds=offset), counter + offset, payload, key, args)
    with open(args.output, "wb") as f:
        f.write(out)
    print(len(units))


if __name__ == "__main__":
    main()

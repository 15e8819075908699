// The start times a native file itself states: container creation time, the DHAV header of Dahua recorders, and
// EXIF (JPEG/TIFF, and HEIF stills whose meta box locates the Exif item). Pure byte parsing; no FFmpeg.
#include "media/NativeMedia.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <functional>

namespace lpdesk {

namespace {

quint32 le32(const char* p)
{
    return quint32(quint8(p[0])) | quint32(quint8(p[1])) << 8 | quint32(quint8(p[2])) << 16
        | quint32(quint8(p[3])) << 24;
}

quint32 be32(const QByteArray& b, qsizetype at)
{
    if (at < 0 || at + 4 > b.size())
        return 0;
    return quint32(quint8(b[at])) << 24 | quint32(quint8(b[at + 1])) << 16 | quint32(quint8(b[at + 2])) << 8
        | quint32(quint8(b[at + 3]));
}

// The DateTimeOriginal (or DateTime) of an EXIF TIFF structure.
QDateTime tiffStart(const QByteArray& tiff, const QTimeZone& zone, bool* hadOffset)
{
    if (tiff.size() < 8)
        return {};
    const bool le = tiff.startsWith("II");
    if (!le && !tiff.startsWith("MM"))
        return {};
    const auto u16 = [&](qsizetype at) -> quint32 {
        if (at < 0 || at + 2 > tiff.size())
            return 0;
        const quint8 a = quint8(tiff[at]), b = quint8(tiff[at + 1]);
        return le ? (a | b << 8) : (a << 8 | b);
    };
    const auto u32
        = [&](qsizetype at) -> quint32 { return le ? (u16(at) | u16(at + 2) << 16) : (u16(at) << 16 | u16(at + 2)); };
    // Reads the ASCII value of `wanted` in the IFD at `ifd`, or the value of a pointer tag.
    const auto find = [&](quint32 ifd, quint32 wanted, bool pointer) -> QByteArray {
        const quint32 count = u16(ifd);
        for (quint32 i = 0; i < count && i < 512; ++i) {
            const qsizetype e = ifd + 2 + qsizetype(i) * 12;
            if (e + 12 > tiff.size())
                break;
            if (u16(e) != wanted)
                continue;
            if (pointer)
                return QByteArray::number(u32(e + 8));
            const quint32 n = u32(e + 4);
            const qsizetype at = n <= 4 ? e + 8 : qsizetype(u32(e + 8));
            if (n > 64 || at + n > tiff.size())
                return {};
            const QByteArray field = tiff.mid(at, n);
            const qsizetype nul = field.indexOf('\0');
            return nul < 0 ? field : field.first(nul); // up to its NUL, or all of it
        }
        return {};
    };
    const quint32 ifd0 = u32(4);
    QByteArray when, offset;
    const QByteArray exifIfd = find(ifd0, 0x8769, true);
    if (!exifIfd.isEmpty()) {
        when = find(exifIfd.toUInt(), 0x9003, false);
        offset = find(exifIfd.toUInt(), 0x9011, false);
    }
    if (when.isEmpty())
        when = find(ifd0, 0x0132, false);
    const QDateTime local = QDateTime::fromString(QString::fromLatin1(when), QStringLiteral("yyyy:MM:dd HH:mm:ss"));
    if (!local.isValid())
        return {};
    static const QRegularExpression offsetRe(QStringLiteral(R"(^([+-])(\d{2}):(\d{2})\z)"));
    const auto m = offsetRe.match(QString::fromLatin1(offset));
    if (m.hasMatch()) {
        if (hadOffset)
            *hadOffset = true;
        const int secs = (m.captured(2).toInt() * 3600 + m.captured(3).toInt() * 60)
            * (m.captured(1) == QLatin1String("-") ? -1 : 1);
        return QDateTime(local.date(), local.time(), QTimeZone(secs)).toUTC();
    }
    return QDateTime(local.date(), local.time(), zone).toUTC();
}

// ISO BMFF boxes inside [from, to) of `data`: calls `each(type, payloadStart, payloadEnd)` until it returns true.
bool forEachBox(const QByteArray& data, qsizetype from, qsizetype to,
                const std::function<bool(const QByteArray&, qsizetype, qsizetype)>& each)
{
    qsizetype at = from;
    while (at + 8 <= to) {
        quint64 size = be32(data, at);
        const QByteArray type = data.mid(at + 4, 4);
        qsizetype header = 8;
        if (size == 1) {
            if (at + 16 > to)
                return false;
            size = quint64(be32(data, at + 8)) << 32 | be32(data, at + 12);
            header = 16;
        } else if (size == 0) {
            size = static_cast<quint64>(to - at);
        }
        if (size < static_cast<quint64>(header))
            return false;
        const qsizetype end = size > static_cast<quint64>(to - at) ? to : at + static_cast<qsizetype>(size);
        if (each(type, at + header, end))
            return true;
        at = end;
    }
    return false;
}

// The item id of the Exif item that the meta box's iinf names; 0 when none.
quint32 heifExifItem(const QByteArray& head, qsizetype metaFrom, qsizetype metaTo)
{
    quint32 exifItem = 0;
    forEachBox(head, metaFrom, metaTo, [&](const QByteArray& type, qsizetype from, qsizetype to) {
        if (type != "iinf")
            return false;
        const int version = quint8(head[from]);
        const qsizetype entries = version == 0 ? 6 : 8;
        forEachBox(head, from + entries, to, [&](const QByteArray& t, qsizetype f, qsizetype) {
            if (t != "infe" || f + 4 > head.size())
                return false;
            const int v = quint8(head[f]);
            if (v < 2)
                return false;
            const quint32 id = v == 2 ? be32(head, f + 4) >> 16 : be32(head, f + 4);
            const qsizetype typeAt = f + (v == 2 ? 8 : 10);
            if (head.mid(typeAt, 4) == "Exif") {
                exifItem = id;
                return true;
            }
            return false;
        });
        return true;
    });
    return exifItem;
}

// Where the meta box's iloc puts the Exif item's bytes (the first extent, construction method 0); offset -1: nowhere.
void heifItemLocation(const QByteArray& head, qsizetype metaFrom, qsizetype metaTo, quint32 exifItem,
                      qint64& exifOffset, qint64& exifLength)
{
    forEachBox(head, metaFrom, metaTo, [&](const QByteArray& type, qsizetype from, qsizetype to) {
        if (type != "iloc" || from + 8 > to)
            return false;
        const int version = quint8(head[from]);
        qsizetype at = from + 4;
        const int offsetSize = quint8(head[at]) >> 4, lengthSize = quint8(head[at]) & 0xF;
        const int baseSize = quint8(head[at + 1]) >> 4;
        const int indexSize = (version == 1 || version == 2) ? quint8(head[at + 1]) & 0xF : 0;
        at += 2;
        const auto uint = [&](int bytes) -> quint64 {
            quint64 v = 0;
            for (int i = 0; i < bytes; ++i, ++at)
                v = v << 8 | (at < to ? quint8(head[at]) : 0);
            return v;
        };
        const quint64 count = uint(version < 2 ? 2 : 4);
        for (quint64 item = 0; item < count && at < to; ++item) {
            const quint64 id = uint(version < 2 ? 2 : 4);
            int method = 0;
            if (version == 1 || version == 2)
                method = static_cast<int>(uint(2) & 0xF);
            uint(2); // data reference index
            const quint64 base = uint(baseSize);
            const quint64 extents = uint(2);
            for (quint64 e = 0; e < extents && at < to; ++e) {
                uint(indexSize);
                const quint64 offset = uint(offsetSize), length = uint(lengthSize);
                if (id == exifItem && e == 0 && method == 0) {
                    exifOffset = static_cast<qint64>(base + offset);
                    exifLength = static_cast<qint64>(length);
                }
            }
        }
        return true;
    });
}

} // namespace

QDateTime NativeMedia::containerStart(const QString& creationTime)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:?\d{2})?\z)"));
    const auto m = re.match(creationTime.trimmed());
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const int ms = m.captured(7).isEmpty() ? 0 : (m.captured(7) + QStringLiteral("00")).left(3).toInt();
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), ms);
    // Muxers write 1904/1970 when nobody set the clock: not a start time.
    if (!date.isValid() || !time.isValid() || date.year() < 1995)
        return {};
    QString zone = m.captured(8);
    int offset = 0;
    if (!zone.isEmpty() && zone != QLatin1String("Z")) {
        zone.remove(QLatin1Char(':'));
        offset = (zone.mid(1, 2).toInt() * 3600 + zone.mid(3, 2).toInt() * 60) * (zone[0] == QLatin1Char('-') ? -1 : 1);
    }
    // MP4/MOV/MKV creation times are UTC when they carry no offset.
    return QDateTime(date, time, QTimeZone(offset)).toUTC();
}

QDateTime NativeMedia::timecodeStart(const QString& timecode, double fps, const QDateTime& notAfter,
                                     const QTimeZone& zone)
{
    // SMPTE "HH:MM:SS:FF" (";" or "." before the frames when drop-frame), as MOV tmcd tracks and MXF/DV write it.
    static const QRegularExpression re(QStringLiteral(R"(^(\d{2}):(\d{2}):(\d{2})[:;.,](\d{2,3})\z)"));
    const auto m = re.match(timecode.trimmed());
    if (!m.hasMatch() || !notAfter.isValid())
        return {};
    const int frame = m.captured(4).toInt();
    if (fps > 0 && frame >= std::ceil(fps))
        return {};
    const int ms = fps > 0 ? std::min(999, static_cast<int>(std::lround(frame * 1000.0 / fps))) : 0;
    const QTime time(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), ms);
    if (!time.isValid())
        return {};
    // A time of day without a date: the recording started before its file was last written, so the day is the last
    // one on which that time of day is not after it.
    const QDate last = notAfter.toTimeZone(zone).date();
    for (int back = 0; back < 2; ++back) {
        const QDateTime t(last.addDays(-back), time, zone);
        if (t.isValid() && t <= notAfter)
            return t.toUTC();
    }
    return {};
}

QDateTime NativeMedia::dhavStart(const QByteArray& head, const QTimeZone& zone)
{
    // DHAV frame header: "DHAV", type, subtype, channel, subnumber, frame number (4), length (4), date (4, LE):
    // seconds 6 bits, minutes 6, hours 5, day 5, month 4, year - 2000 6 — the recorder's local time. Some exports
    // open with a 1 KiB "DAHUA" file header before the first frame (FFmpeg's dhav demuxer skips it the same way).
    const qsizetype at = head.startsWith("DAHUA") ? 0x400 : 0;
    if (head.size() < at + 20 || head.mid(at, 4) != "DHAV")
        return {};
    const quint32 d = le32(head.constData() + at + 16);
    const QDate date(static_cast<int>((d >> 26) & 0x3F) + 2000, static_cast<int>((d >> 22) & 0x0F),
                     static_cast<int>((d >> 17) & 0x1F));
    const QTime time(static_cast<int>((d >> 12) & 0x1F), static_cast<int>((d >> 6) & 0x3F), static_cast<int>(d & 0x3F));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, zone).toUTC();
}

QDateTime NativeMedia::exifStart(const QByteArray& head, const QTimeZone& zone, bool* hadOffset)
{
    if (hadOffset)
        *hadOffset = false;
    // Find the APP1 "Exif" segment of a JPEG.
    if (head.size() < 4 || quint8(head[0]) != 0xFF || quint8(head[1]) != 0xD8)
        return {};
    qsizetype p = 2;
    QByteArray tiff;
    while (p + 4 <= head.size() && quint8(head[p]) == 0xFF) {
        const int marker = quint8(head[p + 1]);
        const int len = (quint8(head[p + 2]) << 8) | quint8(head[p + 3]);
        if (marker == 0xDA || len < 2)
            break;
        if (marker == 0xE1 && head.mid(p + 4, 6) == QByteArray("Exif\0\0", 6)) {
            tiff = head.mid(p + 10, len - 8);
            break;
        }
        p += 2 + len;
    }
    return tiffStart(tiff, zone, hadOffset);
}

bool NativeMedia::isHeif(const QByteArray& head)
{
    if (head.mid(4, 4) != "ftyp" || be32(head, 0) < 16)
        return false;
    static const QList<QByteArray> brands {"heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1"};
    const qsizetype end = std::min<qsizetype>(head.size(), be32(head, 0));
    for (qsizetype at = 8; at + 4 <= end; at += 4)
        if (at != 12 && brands.contains(head.mid(at, 4))) // 12: the minor version
            return true;
    return false;
}

QDateTime NativeMedia::heifExifStart(const QByteArray& head, const std::function<QByteArray(qint64, qint64)>& read,
                                     const QTimeZone& zone, bool* hadOffset)
{
    if (hadOffset)
        *hadOffset = false;
    // meta → iinf names the item of type "Exif", iloc says where its bytes are.
    qsizetype metaFrom = -1, metaTo = -1;
    forEachBox(head, 0, head.size(), [&](const QByteArray& type, qsizetype from, qsizetype to) {
        if (type != "meta")
            return false;
        metaFrom = from + 4; // a full box: version and flags first
        metaTo = to;
        return true;
    });
    if (metaFrom < 0)
        return {};
    const quint32 exifItem = heifExifItem(head, metaFrom, metaTo);
    if (exifItem == 0)
        return {};
    qint64 exifOffset = -1, exifLength = 0;
    heifItemLocation(head, metaFrom, metaTo, exifItem, exifOffset, exifLength);
    if (exifOffset < 0 || exifLength < 8 || exifLength > 1024 * 1024)
        return {};
    // The item: the offset of the TIFF header (after "Exif\0\0" where a writer put one), then EXIF as in a JPEG.
    const QByteArray item = read(exifOffset, exifLength);
    if (item.size() != exifLength)
        return {};
    const quint32 skip = be32(item, 0);
    if (skip > static_cast<quint32>(item.size()) - 4)
        return {};
    return tiffStart(item.mid(4 + skip), zone, hadOffset);
}

} // namespace lpdesk

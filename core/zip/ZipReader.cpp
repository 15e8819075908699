#include "crypto/WinZipAes.h"
#include "zip/ZipArchive.h"
#include "zip/ZipFormat.h"

#include "crypto/Sha256.h"

#include <QFile>
#include <QHash>

#include <openssl/crypto.h>
#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <vector>

namespace lpdesk {

using namespace zip;

// The archive and, while it is opened, what the parse has learnt so far. Opening is a sequence of steps, each
// checking one part of the file before the next trusts it: the end records, the central directory, the local
// headers, and (packages only) every remaining byte against what LP Desk writes.
struct ZipReader::Private
{
    QFile file;
    QList<ZipEntryInfo> entries;
    QHash<QString, int> byName;
    const SecureBytes* password = nullptr;
    bool foreign = false;

    // What the end records say, and the central directory as read.
    quint64 fileSize = 0, count = 0, cdSize = 0, cdOffset = 0;
    std::vector<char> cdBytes;
    QList<EntryFields> canonical; // what LP Desk would have written for each entry

    Error bad(const QString& why) const;
    Status readEndRecords();
    Status readCentralDirectory();
    Status readCentralEntry(quint64 i, qsizetype* p);
    Status checkLocalHeaders();
    Status checkCanonicalBytes();

    Result<QString> inflateEntry(const ZipEntryInfo& entry, const Sink& sink, const std::atomic_bool* cancel);
    Result<QString> readStoredEntry(const ZipEntryInfo& entry, const Sink& sink, const std::atomic_bool* cancel);
};

namespace {

// The ZIP64 extra field (sizes and offset that did not fit in 32 bits) and the AES one, of a central directory entry.
struct ExtraFields
{
    quint64 size = 0, stored = 0, offset = 0;
    bool aes = false;
    quint16 realMethod = 0;
};

bool readExtraFields(const char* extra, quint16 extraLen, const QString& name, ExtraFields* x, QString* why)
{
    for (qsizetype at = 0; at + 4 <= extraLen;) {
        const char* ex = extra + at;
        const quint16 id = get16(ex), len = get16(ex + 2);
        if (at + 4 + len > extraLen) {
            *why = ZipReader::tr("%1 has a damaged extra field").arg(name);
            return false;
        }
        if (id == 0x0001) {
            qsizetype k = 4;
            auto next = [&](quint64* v) -> bool {
                if (k + 8 > 4 + len)
                    return false;
                *v = get64(ex + k);
                k += 8;
                return true;
            };
            if ((x->size == 0xffffffff && !next(&x->size)) || (x->stored == 0xffffffff && !next(&x->stored))
                || (x->offset == 0xffffffff && !next(&x->offset))) {
                *why = ZipReader::tr("%1 has a short ZIP64 field").arg(name);
                return false;
            }
        } else if (id == 0x9901) {
            if (len != 7 || ex[8] != '\x03') {
                *why = ZipReader::tr("%1 uses an AES variant packages never use").arg(name);
                return false;
            }
            x->aes = true;
            x->realMethod = get16(ex + 9);
        }
        at += 4 + len;
    }
    return true;
}

} // namespace

ZipReader::ZipReader() : d(std::make_unique<Private>())
{ }

ZipReader::~ZipReader() = default;

const QList<ZipEntryInfo>& ZipReader::entries() const
{
    return d->entries;
}

const ZipEntryInfo* ZipReader::find(const QString& name) const
{
    const int i = d->byName.value(name, -1);
    return i < 0 ? nullptr : &d->entries[i];
}

bool ZipReader::anyEncrypted() const
{
    for (const ZipEntryInfo& e : d->entries)
        if (e.encrypted)
            return true;
    return false;
}

Result<std::unique_ptr<ZipReader>> ZipReader::open(const QString& path, const SecureBytes* password)
{
    return openArchive(path, password, false);
}

Result<std::unique_ptr<ZipReader>> ZipReader::openForeign(const QString& path)
{
    return openArchive(path, nullptr, true);
}

Result<std::unique_ptr<ZipReader>> ZipReader::openArchive(const QString& path, const SecureBytes* password,
                                                          bool foreign)
{
    std::unique_ptr<ZipReader> r(new ZipReader);
    Private& d = *r->d;
    d.password = password;
    d.foreign = foreign;
    d.file.setFileName(path);
    if (!d.file.open(QIODevice::ReadOnly))
        return failure(ZipReader::tr("Cannot open %1: %2").arg(path, d.file.errorString()));
    d.fileSize = static_cast<quint64>(d.file.size());
    LP_TRY(d.readEndRecords());
    LP_TRY(d.readCentralDirectory());
    LP_TRY(d.checkLocalHeaders());
    if (!foreign) // a foreign archive has any writer's layout: the checks above are what keeps it harmless
        LP_TRY(d.checkCanonicalBytes());
    return r;
}

Error ZipReader::Private::bad(const QString& why) const
{
    return makeError(ErrorKind::Verification,
                     foreign ? ZipReader::tr("Not a safe archive: %1").arg(why)
                             : ZipReader::tr("Not a valid package archive: %1").arg(why));
}

// The end of central directory record (the comment may be up to 64 KiB) and, when its fields overflow, ZIP64's.
Status ZipReader::Private::readEndRecords()
{
    QFile& f = file;
    if (fileSize < 22)
        return bad(ZipReader::tr("the file is too small"));
    const qint64 tailSize = static_cast<qint64>(std::min<quint64>(fileSize, 65536 + 22));
    f.seek(static_cast<qint64>(fileSize) - tailSize);
    std::vector<char> tail(static_cast<size_t>(tailSize));
    if (f.read(tail.data(), tailSize) != tailSize)
        return bad(ZipReader::tr("the end of the file cannot be read"));
    qsizetype eocd = -1;
    for (qsizetype i = tailSize - 22; i >= 0; --i)
        if (get32(tail.data() + i) == EndSig) {
            eocd = i;
            break;
        }
    if (eocd < 0)
        return bad(ZipReader::tr("no end-of-central-directory record"));
    const char* e = tail.data() + eocd;
    if (get16(e + 4) != 0 || get16(e + 6) != 0)
        return bad(ZipReader::tr("multi-volume archives are not packages"));
    count = get16(e + 10);
    cdSize = get32(e + 12);
    cdOffset = get32(e + 16);
    const quint64 eocdPos
        = static_cast<quint64>(f.size()) - static_cast<quint64>(tailSize) + static_cast<quint64>(eocd);
    if (count == 0xffff || cdSize == 0xffffffff || cdOffset == 0xffffffff) {
        if (eocd < 20 || get32(tail.data() + eocd - 20) != Locator64Sig)
            return bad(ZipReader::tr("ZIP64 fields without a ZIP64 locator"));
        const quint64 end64 = get64(tail.data() + eocd - 20 + 8);
        if (end64 + 56 > eocdPos)
            return bad(ZipReader::tr("the ZIP64 end record points outside the file"));
        f.seek(static_cast<qint64>(end64));
        char rec[56];
        if (f.read(rec, sizeof rec) != static_cast<qint64>(sizeof rec) || get32(rec) != End64Sig)
            return bad(ZipReader::tr("the ZIP64 end record is missing"));
        count = get64(rec + 32);
        cdSize = get64(rec + 40);
        cdOffset = get64(rec + 48);
    }
    if (count > MaxEntries)
        return bad(ZipReader::tr("%1 entries (at most %2)").arg(count).arg(MaxEntries));
    return {};
}

Status ZipReader::Private::readCentralDirectory()
{
    if (cdOffset > fileSize || cdSize > fileSize - cdOffset || cdSize > 64ull * 1024 * 1024)
        return bad(ZipReader::tr("the central directory lies outside the file"));
    file.seek(static_cast<qint64>(cdOffset));
    cdBytes.resize(static_cast<size_t>(cdSize));
    if (static_cast<quint64>(file.read(cdBytes.data(), static_cast<qint64>(cdSize))) != cdSize)
        return bad(ZipReader::tr("the central directory is truncated"));
    qsizetype p = 0;
    for (quint64 i = 0; i < count; ++i)
        LP_TRY(readCentralEntry(i, &p));
    return {};
}

// One central directory entry at *p (moved past it): a safe name, a plain file, stored or AES (or, in a foreign
// archive, deflated within MaxRatio), sizes that agree and lie inside the file, and no name twice.
Status ZipReader::Private::readCentralEntry(quint64 i, qsizetype* p)
{
    const qsizetype cdLength = static_cast<qsizetype>(cdBytes.size());
    if (*p + 46 > cdLength || get32(cdBytes.data() + *p) != CentralSig)
        return bad(ZipReader::tr("central directory entry %1 is damaged").arg(i + 1));
    const char* c = cdBytes.data() + *p;
    const quint16 madeBy = get16(c + 4);
    const quint16 flags = get16(c + 8);
    const quint16 method = get16(c + 10);
    ZipEntryInfo info;
    info.crc32 = get32(c + 16);
    ExtraFields x;
    x.stored = get32(c + 20);
    x.size = get32(c + 24);
    x.offset = get32(c + 42);
    x.realMethod = method;
    const quint16 nameLen = get16(c + 28), extraLen = get16(c + 30), commentLen = get16(c + 32);
    const quint32 external = get32(c + 38);
    if (*p + 46 + nameLen + extraLen + commentLen > cdLength)
        return bad(ZipReader::tr("central directory entry %1 is truncated").arg(i + 1));
    *p += 46 + nameLen + extraLen + commentLen;
    const QByteArray rawName(c + 46, nameLen);
    info.name = QString::fromUtf8(rawName);
    if (foreign && rawName.endsWith('/') && get32(c + 24) == 0) { // a folder: nothing to unpack
        if (!ZipWriter::isSafeName(info.name.chopped(1)))
            return bad(
                ZipReader::tr("unsafe folder name \"%1\"").arg(QString::fromLatin1(rawName.left(120)).toHtmlEscaped()));
        return {};
    }
    if (info.name.toUtf8() != rawName || !ZipWriter::isSafeName(info.name))
        return bad(ZipReader::tr("unsafe entry name \"%1\" (absolute, \"..\", backslash or unusual characters)")
                       .arg(QString::fromLatin1(rawName.left(120)).toHtmlEscaped()));
    if ((madeBy >> 8) == 3 && ((external >> 16) & 0170000) == 0120000)
        return bad(ZipReader::tr("%1 is a symbolic link").arg(info.name));
    if (((external >> 16) & 0170000) == 0040000 || (external & 0x10))
        return bad(ZipReader::tr("%1 is a directory entry").arg(info.name));
    if (flags & 0x0040)
        return bad(ZipReader::tr("%1 uses strong encryption, which packages never do").arg(info.name));
    QString why;
    if (!readExtraFields(c + 46 + nameLen, extraLen, info.name, &x, &why))
        return bad(why);
    if (method == MethodAes) {
        if (!x.aes || !(flags & FlagEncrypted))
            return bad(ZipReader::tr("%1 says AES without the AES field").arg(info.name));
        info.encrypted = true;
    } else if (flags & FlagEncrypted) {
        return bad(ZipReader::tr("%1 uses legacy ZIP encryption, which packages never do").arg(info.name));
    }
    info.deflated = foreign && x.realMethod == MethodDeflate && !info.encrypted;
    if (x.realMethod != MethodStored && !info.deflated)
        return bad(
            ZipReader::tr("%1 is compressed (method %2); package entries are stored").arg(info.name).arg(x.realMethod));
    if (info.deflated && x.size > x.stored * MaxRatio + 65536)
        return bad(ZipReader::tr("%1 would expand %2 bytes to %3 (a compression bomb)")
                       .arg(info.name)
                       .arg(x.stored)
                       .arg(x.size));
    const quint64 overhead = info.encrypted ? zip::AesSaltSize + 2 + zip::AesMacSize : 0;
    if (!info.deflated && x.stored != x.size + overhead)
        return bad(ZipReader::tr("%1 declares %2 bytes but stores %3").arg(info.name).arg(x.size).arg(x.stored));
    if (x.offset > fileSize || x.stored > fileSize)
        return bad(ZipReader::tr("%1 declares %2 bytes at offset %3 in a file of %4 bytes")
                       .arg(info.name)
                       .arg(x.size)
                       .arg(x.offset)
                       .arg(fileSize));
    info.size = x.size;
    info.storedSize = x.stored;
    info.dataOffset = x.offset; // the local header, resolved by checkLocalHeaders()
    canonical << EntryFields {rawName,    info.encrypted, get16(c + 12), get16(c + 14),
                              info.crc32, x.size,         x.stored,      x.offset};
    if (byName.contains(info.name))
        return bad(ZipReader::tr("%1 appears twice").arg(info.name));
    byName.insert(info.name, static_cast<int>(entries.size()));
    entries << info;
    return {};
}

// Local headers: same name and method, data inside the file, entries not overlapping each other or the central
// directory (overlapping entries are how "bombs" without compression are built).
Status ZipReader::Private::checkLocalHeaders()
{
    QFile& f = file;
    QList<QPair<quint64, quint64>> ranges;
    for (ZipEntryInfo& info : entries) {
        f.seek(static_cast<qint64>(info.dataOffset));
        char lh[30];
        if (f.read(lh, sizeof lh) != static_cast<qint64>(sizeof lh) || get32(lh) != LocalSig)
            return bad(ZipReader::tr("the local header of %1 is missing").arg(info.name));
        const quint16 nameLen = get16(lh + 26), extraLen = get16(lh + 28);
        const QByteArray name = f.read(nameLen);
        if (name != info.name.toUtf8())
            return bad(
                ZipReader::tr("the local header of %1 names %2").arg(info.name, QString::fromUtf8(name.left(120))));
        if (get16(lh + 8) != (info.encrypted ? MethodAes : (info.deflated ? MethodDeflate : MethodStored)))
            return bad(ZipReader::tr("the local header of %1 disagrees with the central directory").arg(info.name));
        const quint64 start = info.dataOffset;
        const quint64 data = start + 30 + nameLen + extraLen;
        if (data > cdOffset || info.storedSize > cdOffset - data)
            return bad(ZipReader::tr("%1 runs past the end of the data").arg(info.name));
        info.dataOffset = data;
        ranges.append({start, data + info.storedSize});
    }
    std::sort(ranges.begin(), ranges.end());
    for (qsizetype i = 1; i < ranges.size(); ++i)
        if (ranges[i].first < ranges[i - 1].second)
            return bad(ZipReader::tr("two entries overlap"));
    return {};
}

// Every remaining byte: the headers, the central directory and the end records must be exactly what LP Desk writes
// for these entries, back to back with nothing between them and nothing after.
Status ZipReader::Private::checkCanonicalBytes()
{
    QFile& f = file;
    QByteArray expectedCd;
    quint64 next = 0;
    for (qsizetype i = 0; i < canonical.size(); ++i) {
        const EntryFields& e = canonical[i];
        const QString& name = entries[i].name;
        if (e.offset != next)
            return bad(ZipReader::tr("unaccounted bytes before %1").arg(name));
        const QByteArray header = localHeaderBytes(e);
        f.seek(static_cast<qint64>(e.offset));
        if (f.read(header.size()) != header)
            return bad(ZipReader::tr("the local header of %1 has been altered").arg(name));
        next = e.offset + static_cast<quint64>(header.size()) + e.stored;
        expectedCd.append(centralEntryBytes(e));
    }
    if (cdOffset != next)
        return bad(ZipReader::tr("unaccounted bytes before the central directory"));
    if (expectedCd.size() != static_cast<qsizetype>(cdBytes.size())
        || std::memcmp(expectedCd.constData(), cdBytes.data(), cdBytes.size()) != 0)
        return bad(ZipReader::tr("the central directory has been altered"));
    const QByteArray tailExpected = endRecordsBytes(count, cdSize, cdOffset);
    if (fileSize != cdOffset + cdSize + static_cast<quint64>(tailExpected.size()))
        return bad(ZipReader::tr("unaccounted bytes after the central directory"));
    f.seek(static_cast<qint64>(cdOffset + cdSize));
    if (f.read(tailExpected.size()) != tailExpected)
        return bad(ZipReader::tr("the end records have been altered"));
    return {};
}

Result<QString> ZipReader::read(const ZipEntryInfo& entry, const Sink& sink, const std::atomic_bool* cancel)
{
    return entry.deflated ? d->inflateEntry(entry, sink, cancel) : d->readStoredEntry(entry, sink, cancel);
}

// A deflated entry (foreign archives only), inflated in bounded steps; more output than declared (a bomb or a lie)
// stops it at once.
Result<QString> ZipReader::Private::inflateEntry(const ZipEntryInfo& entry, const Sink& sink,
                                                 const std::atomic_bool* cancel)
{
    QFile& f = file;
    auto bad = [&](const QString& why) {
        return makeError(ErrorKind::Verification, ZipReader::tr("%1: %2").arg(entry.name, why));
    };
    if (!f.seek(static_cast<qint64>(entry.dataOffset)))
        return bad(f.errorString());
    z_stream zs {};
    if (inflateInit2(&zs, -MAX_WBITS) != Z_OK)
        return failure(ZipReader::tr("Cannot start inflating."));
    std::unique_ptr<z_stream, void (*)(z_stream*)> guard(&zs, [](z_stream* z) { inflateEnd(z); });
    Sha256 sha;
    uLong crc = crc32(0L, Z_NULL, 0);
    quint64 inLeft = entry.storedSize;
    quint64 produced = 0;
    QByteArray in, out(1 << 20, Qt::Uninitialized);
    int zr = Z_OK;
    while (zr != Z_STREAM_END) {
        if (cancel && cancel->load())
            return makeError(ErrorKind::Cancelled, ZipReader::tr("Cancelled."));
        if (zs.avail_in == 0) {
            if (inLeft == 0)
                return bad(ZipReader::tr("truncated"));
            in = f.read(static_cast<qint64>(std::min<quint64>(inLeft, 1 << 20)));
            if (in.isEmpty())
                return bad(ZipReader::tr("truncated"));
            inLeft -= static_cast<quint64>(in.size());
            zs.next_in = reinterpret_cast<Bytef*>(in.data());
            zs.avail_in = static_cast<uInt>(in.size());
        }
        zs.next_out = reinterpret_cast<Bytef*>(out.data());
        zs.avail_out = static_cast<uInt>(out.size());
        zr = inflate(&zs, Z_NO_FLUSH);
        if (zr != Z_OK && zr != Z_STREAM_END)
            return bad(ZipReader::tr("its compressed data is damaged"));
        const qsizetype n = out.size() - static_cast<qsizetype>(zs.avail_out);
        produced += static_cast<quint64>(n);
        if (produced > entry.size)
            return bad(ZipReader::tr("it inflates past its declared %1 bytes").arg(entry.size));
        const QByteArrayView chunk(out.constData(), n);
        crc = crc32(crc, reinterpret_cast<const Bytef*>(chunk.data()), static_cast<uInt>(n));
        sha.addData(chunk);
        if (sink && n > 0)
            sink(chunk);
    }
    if (produced != entry.size)
        return bad(ZipReader::tr("it inflates to %1 bytes, not the declared %2").arg(produced).arg(entry.size));
    if (static_cast<quint32>(crc) != entry.crc32)
        return bad(ZipReader::tr("its CRC-32 does not match (changed or damaged)"));
    return toHex(sha.result());
}

// A stored entry, plain (CRC-32 checked) or AE-2 (password checked first, HMAC checked at the end).
Result<QString> ZipReader::Private::readStoredEntry(const ZipEntryInfo& entry, const Sink& sink,
                                                    const std::atomic_bool* cancel)
{
    QFile& f = file;
    auto bad = [&](const QString& why) {
        return makeError(ErrorKind::Verification, ZipReader::tr("%1: %2").arg(entry.name, why));
    };
    quint64 pos = entry.dataOffset;
    quint64 left = entry.size;
    std::unique_ptr<WinZipAes> aes;
    if (entry.encrypted) {
        if (!password)
            return makeError(ErrorKind::Auth, ZipReader::tr("The package is encrypted: give its password."));
        f.seek(static_cast<qint64>(pos));
        const QByteArray head = f.read(zip::AesSaltSize + 2);
        if (head.size() != zip::AesSaltSize + 2)
            return bad(ZipReader::tr("truncated"));
        aes = std::make_unique<WinZipAes>();
        if (!aes->init(*password, head.left(zip::AesSaltSize)))
            return failure(ZipReader::tr("Cannot derive the package key."));
        if (aes->verifier() != head.mid(zip::AesSaltSize))
            return makeError(ErrorKind::Auth, ZipReader::tr("Wrong password for the package."));
        pos += zip::AesSaltSize + 2;
    }
    if (!f.seek(static_cast<qint64>(pos)))
        return bad(f.errorString());
    Sha256 sha;
    uLong crc = crc32(0L, Z_NULL, 0);
    QByteArray buf;
    while (left > 0) {
        if (cancel && cancel->load())
            return makeError(ErrorKind::Cancelled, ZipReader::tr("Cancelled."));
        const qint64 n = static_cast<qint64>(std::min<quint64>(left, 4 << 20));
        buf.resize(n);
        if (f.read(buf.data(), n) != n)
            return bad(ZipReader::tr("truncated"));
        if (aes && !aes->decrypt(buf.data(), buf.size()))
            return failure(ZipReader::tr("Decryption failed."));
        if (!aes)
            crc = crc32(crc, reinterpret_cast<const Bytef*>(buf.constData()), static_cast<uInt>(buf.size()));
        sha.addData(buf);
        if (sink)
            sink(buf);
        left -= static_cast<quint64>(n);
    }
    if (aes) {
        const QByteArray mac = f.read(zip::AesMacSize);
        if (mac.size() != zip::AesMacSize
            || CRYPTO_memcmp(mac.constData(), aes->mac().constData(), zip::AesMacSize) != 0)
            return bad(ZipReader::tr("its authentication code does not match (changed or damaged)"));
    } else if (static_cast<quint32>(crc) != entry.crc32) {
        return bad(ZipReader::tr("its CRC-32 does not match (changed or damaged)"));
    }
    return toHex(sha.result());
}

Result<QByteArray> ZipReader::readAll(const QString& name, qint64 limit)
{
    const ZipEntryInfo* e = find(name);
    if (!e)
        return makeError(ErrorKind::Verification, ZipReader::tr("The package has no %1.").arg(name));
    if (e->size > static_cast<quint64>(limit))
        return makeError(ErrorKind::Verification, ZipReader::tr("%1 is larger than %2 bytes.").arg(name).arg(limit));
    QByteArray out;
    out.reserve(static_cast<qsizetype>(e->size));
    auto r = read(*e, [&out](QByteArrayView chunk) { out.append(chunk.data(), chunk.size()); });
    if (!r)
        return r.error();
    return out;
}

} // namespace lpdesk

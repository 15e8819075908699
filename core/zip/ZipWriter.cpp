#include "crypto/WinZipAes.h"
#include "zip/ZipArchive.h"
#include "zip/ZipFormat.h"

#include "crypto/Random.h"
#include "crypto/Sha256.h"

#include <QHash>
#include <QIODevice>
#include <QRegularExpression>

#include <zlib.h>

#include <algorithm>

namespace lpdesk {

using namespace zip;

struct ZipWriter::Private
{
    struct Entry
    {
        QByteArray name;
        quint64 offset = 0;
        quint64 size = 0;
        quint64 stored = 0;
        quint32 crc = 0;
        quint16 time = 0, date = 0;
        EntryFields fields(bool encrypted) const
        {
            return EntryFields {name, encrypted, time, date, crc, size, stored, offset};
        }
    };
    QIODevice* out = nullptr;
    const SecureBytes* password = nullptr;
    QList<Entry> entries;
    QHash<QByteArray, int> names;
    bool inEntry = false;
    Entry current;
    Sha256 sha;
    uLong crc = 0;
    std::unique_ptr<WinZipAes> aes;
    QByteArray buffer;
    quint64 position = 0;

    Status put(const QByteArray& bytes)
    {
        if (out->write(bytes) != bytes.size())
            return failure(ZipWriter::tr("Cannot write the package: %1").arg(out->errorString()));
        position += static_cast<quint64>(bytes.size());
        return {};
    }
};

ZipWriter::ZipWriter() : d(std::make_unique<Private>())
{ }

ZipWriter::~ZipWriter() = default;

bool ZipWriter::isSafeName(const QString& name)
{
    static const QRegularExpression safe(
        QStringLiteral(R"(^[A-Za-z0-9_][A-Za-z0-9._ +()-]*(/[A-Za-z0-9_][A-Za-z0-9._ +()-]*)*\z)"));
    if (name.isEmpty() || name.size() > ZipReader::MaxNameLength || !safe.match(name).hasMatch())
        return false;
    for (const QString& part : name.split(QLatin1Char('/')))
        if (part == QLatin1String(".") || part == QLatin1String("..") || part.endsWith(QLatin1Char('.'))
            || part.endsWith(QLatin1Char(' ')))
            return false;
    return true;
}

Result<std::unique_ptr<ZipWriter>> ZipWriter::create(QIODevice* device, const SecureBytes* password)
{
    if (!device || !device->isWritable() || device->isSequential())
        return failure(tr("The package needs a writable, seekable file."));
    std::unique_ptr<ZipWriter> w(new ZipWriter);
    w->d->out = device;
    w->d->password = password;
    w->d->position = static_cast<quint64>(device->pos());
    return w;
}

quint64 ZipWriter::bytesWritten() const
{
    return d->position;
}

Status ZipWriter::beginEntry(const QString& name, const QDateTime& modified)
{
    if (d->inEntry)
        return failure(tr("An entry is still open."));
    if (!isSafeName(name))
        return makeError(ErrorKind::Usage, tr("Not a safe name for a package entry: %1").arg(name));
    const QByteArray utf8 = name.toUtf8();
    if (d->names.contains(utf8))
        return makeError(ErrorKind::Usage, tr("The package already has an entry %1.").arg(name));
    d->current = Private::Entry();
    d->current.name = utf8;
    d->current.offset = d->position;
    dosTime(modified, &d->current.time, &d->current.date);
    const bool enc = d->password != nullptr;
    EntryFields fields;
    fields.name = utf8;
    fields.encrypted = enc;
    fields.time = d->current.time;
    fields.date = d->current.date;
    const QByteArray h = localHeaderBytes(fields); // CRC and sizes patched after the data
    LP_TRY(d->put(h));
    d->crc = crc32(0L, Z_NULL, 0);
    d->sha.result(); // reset
    d->aes.reset();
    if (enc) {
        const QByteArray salt = randomBytes(AesSaltSize);
        d->aes = std::make_unique<WinZipAes>();
        if (!d->aes->init(*d->password, salt))
            return failure(tr("Cannot derive the package encryption key."));
        LP_TRY(d->put(salt + d->aes->verifier()));
    }
    d->inEntry = true;
    return {};
}

Status ZipWriter::write(QByteArrayView data)
{
    if (!d->inEntry)
        return failure(tr("No entry is open."));
    d->sha.addData(data);
    d->current.size += static_cast<quint64>(data.size());
    if (!d->aes) {
        for (qsizetype done = 0; done < data.size();) {
            const uInt n = static_cast<uInt>(std::min<qsizetype>(data.size() - done, 1 << 30));
            d->crc = crc32(d->crc, reinterpret_cast<const Bytef*>(data.data() + done), n);
            done += n;
        }
        if (d->out->write(data.data(), data.size()) != data.size())
            return failure(tr("Cannot write the package: %1").arg(d->out->errorString()));
        d->position += static_cast<quint64>(data.size());
        return {};
    }
    d->buffer.resize(data.size());
    std::copy(data.begin(), data.end(), d->buffer.begin());
    if (!d->aes->encrypt(d->buffer.data(), d->buffer.size()))
        return failure(tr("Encryption failed."));
    return d->put(d->buffer);
}

Result<ZipEntrySummary> ZipWriter::endEntry()
{
    if (!d->inEntry)
        return failure(tr("No entry is open."));
    const bool enc = d->aes != nullptr;
    if (enc) {
        LP_TRY(d->put(d->aes->mac()));
        d->current.crc = 0; // AE-2 carries no CRC: the HMAC authenticates
    } else {
        d->current.crc = static_cast<quint32>(d->crc);
    }
    const quint64 headerSize = 30 + static_cast<quint64>(d->current.name.size()) + 20 + (enc ? 11 : 0);
    d->current.stored = d->position - d->current.offset - headerSize;
    // Rewrite the local header with the CRC and the ZIP64 sizes (same length as before).
    const qint64 end = d->out->pos();
    const QByteArray header = localHeaderBytes(d->current.fields(enc));
    if (!d->out->seek(static_cast<qint64>(d->current.offset)) || d->out->write(header) != header.size()
        || !d->out->seek(end))
        return failure(tr("Cannot write the package: %1").arg(d->out->errorString()));
    d->inEntry = false;
    d->names.insert(d->current.name, static_cast<int>(d->entries.size()));
    d->entries << d->current;
    return ZipEntrySummary {QString::fromUtf8(d->current.name), d->current.size, toHex(d->sha.result())};
}

Result<ZipEntrySummary> ZipWriter::addEntry(const QString& name, QByteArrayView data)
{
    LP_TRY(beginEntry(name));
    LP_TRY(write(data));
    return endEntry();
}

Status ZipWriter::finish()
{
    if (d->inEntry)
        return failure(tr("An entry is still open."));
    const bool enc = d->password != nullptr;
    const quint64 cdOffset = d->position;
    QByteArray cd;
    for (const Private::Entry& e : std::as_const(d->entries))
        cd.append(centralEntryBytes(e.fields(enc)));
    LP_TRY(d->put(cd));
    return d->put(endRecordsBytes(static_cast<quint64>(d->entries.size()), static_cast<quint64>(cd.size()), cdOffset));
}

} // namespace lpdesk

#include "export/ZipArchive.h"

#include "crypto/Random.h"
#include "crypto/Sha256.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QtEndian>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <zlib.h>

#include <algorithm>
#include <cstring>

namespace lpdesk {

namespace {

constexpr quint32 LocalSig = 0x04034b50;
constexpr quint32 CentralSig = 0x02014b50;
constexpr quint32 EndSig = 0x06054b50;
constexpr quint32 End64Sig = 0x06064b50;
constexpr quint32 Locator64Sig = 0x07064b50;
constexpr quint16 FlagEncrypted = 0x0001;
constexpr quint16 FlagUtf8 = 0x0800;
constexpr quint16 MethodStored = 0;
constexpr quint16 MethodAes = 99;
constexpr quint16 MethodDeflate = 8;
constexpr int AesSaltSize = 16;
constexpr int AesMacSize = 10;
constexpr int AesKeySize = 32;

// WinZip AES (AE-2): PBKDF2-HMAC-SHA1 (1000 rounds) gives the AES key, the HMAC-SHA1 key and a 2-byte password
// check; data is AES-CTR with a little-endian counter starting at 1; the HMAC covers the ciphertext.
class WinZipAes
{
public:
    ~WinZipAes()
    {
        EVP_CIPHER_CTX_free(m_ctx);
        freeMac();
        OPENSSL_cleanse(m_keys, sizeof m_keys);
    }
    bool init(const SecureBytes& password, const QByteArray& salt)
    {
        if (PKCS5_PBKDF2_HMAC_SHA1(password.constChar(), password.isize(),
                                   reinterpret_cast<const unsigned char*>(salt.constData()),
                                   static_cast<int>(salt.size()), 1000, static_cast<int>(sizeof m_keys), m_keys)
            != 1)
            return false;
        m_ctx = EVP_CIPHER_CTX_new();
        if (!m_ctx || EVP_EncryptInit_ex(m_ctx, EVP_aes_256_ecb(), nullptr, m_keys, nullptr) != 1)
            return false;
        EVP_CIPHER_CTX_set_padding(m_ctx, 0);
        m_mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
        m_macCtx = m_mac ? EVP_MAC_CTX_new(m_mac) : nullptr;
        char digest[] = "SHA1";
        OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string("digest", digest, 0), OSSL_PARAM_construct_end()};
        return m_macCtx && EVP_MAC_init(m_macCtx, m_keys + AesKeySize, AesKeySize, params) == 1;
    }
    QByteArray verifier() const { return QByteArray(reinterpret_cast<const char*>(m_keys + 2 * AesKeySize), 2); }

    // Encrypts or decrypts in place (CTR is symmetric); the MAC always covers the ciphertext.
    bool encrypt(char* data, qsizetype size)
    {
        if (!crypt(data, size))
            return false;
        return EVP_MAC_update(m_macCtx, reinterpret_cast<const unsigned char*>(data), static_cast<size_t>(size)) == 1;
    }
    bool decrypt(char* data, qsizetype size)
    {
        if (EVP_MAC_update(m_macCtx, reinterpret_cast<const unsigned char*>(data), static_cast<size_t>(size)) != 1)
            return false;
        return crypt(data, size);
    }
    QByteArray mac()
    {
        unsigned char out[EVP_MAX_MD_SIZE];
        size_t len = 0;
        if (EVP_MAC_final(m_macCtx, out, &len, sizeof out) != 1)
            return {};
        return QByteArray(reinterpret_cast<const char*>(out), AesMacSize);
    }

private:
    void freeMac()
    {
        EVP_MAC_CTX_free(m_macCtx);
        EVP_MAC_free(m_mac);
    }
    bool crypt(char* data, qsizetype size)
    {
        qsizetype done = 0;
        while (done < size) {
            if (m_streamPos == m_stream.size()) {
                // A batch of counter blocks, encrypted in one call.
                constexpr int Blocks = 4096;
                QByteArray counters(Blocks * 16, '\0');
                for (int i = 0; i < Blocks; ++i) {
                    ++m_counter;
                    qToLittleEndian<quint64>(m_counter, counters.data() + i * 16);
                }
                m_stream.resize(counters.size());
                int outLen = 0;
                if (EVP_EncryptUpdate(m_ctx, reinterpret_cast<unsigned char*>(m_stream.data()), &outLen,
                                      reinterpret_cast<const unsigned char*>(counters.constData()),
                                      static_cast<int>(counters.size()))
                        != 1
                    || outLen != counters.size())
                    return false;
                m_streamPos = 0;
            }
            const qsizetype n = std::min(size - done, m_stream.size() - m_streamPos);
            // Plain pointers (QByteArray's non-const operator[] checks for a detach on every byte): the compiler
            // turns this into wide XORs.
            const auto* key = reinterpret_cast<const unsigned char*>(m_stream.constData()) + m_streamPos;
            auto* out = reinterpret_cast<unsigned char*>(data) + done;
            for (qsizetype i = 0; i < n; ++i)
                out[i] ^= key[i];
            done += n;
            m_streamPos += n;
        }
        return true;
    }

    unsigned char m_keys[2 * AesKeySize + 2] {};
    EVP_CIPHER_CTX* m_ctx = nullptr;
    EVP_MAC* m_mac = nullptr;
    EVP_MAC_CTX* m_macCtx = nullptr;
    quint64 m_counter = 0;
    QByteArray m_stream;
    qsizetype m_streamPos = 0;
};

void put16(QByteArray& b, quint16 v)
{
    char x[2];
    qToLittleEndian(v, x);
    b.append(x, 2);
}
void put32(QByteArray& b, quint32 v)
{
    char x[4];
    qToLittleEndian(v, x);
    b.append(x, 4);
}
void put64(QByteArray& b, quint64 v)
{
    char x[8];
    qToLittleEndian(v, x);
    b.append(x, 8);
}
quint16 get16(const char* p)
{
    return qFromLittleEndian<quint16>(p);
}
quint32 get32(const char* p)
{
    return qFromLittleEndian<quint32>(p);
}
quint64 get64(const char* p)
{
    return qFromLittleEndian<quint64>(p);
}

QByteArray aesExtra()
{
    QByteArray e;
    put16(e, 0x9901);
    put16(e, 7);
    put16(e, 2); // AE-2
    e.append("AE", 2);
    e.append('\x03'); // AES-256
    put16(e, MethodStored); // the real method
    return e;
}

// The exact bytes LP Desk writes for a local header, a central directory entry and the end records. The reader
// rebuilds them from what it parsed and compares: a package has no byte that no check covers.
struct EntryFields
{
    QByteArray name;
    bool encrypted = false;
    quint16 time = 0, date = 0;
    quint32 crc = 0;
    quint64 size = 0, stored = 0, offset = 0;
};

QByteArray localHeaderBytes(const EntryFields& e)
{
    QByteArray h;
    put32(h, LocalSig);
    put16(h, e.encrypted ? 51 : 45);
    put16(h, static_cast<quint16>(FlagUtf8 | (e.encrypted ? FlagEncrypted : 0)));
    put16(h, e.encrypted ? MethodAes : MethodStored);
    put16(h, e.time);
    put16(h, e.date);
    put32(h, e.crc);
    put32(h, 0xffffffff);
    put32(h, 0xffffffff);
    put16(h, static_cast<quint16>(e.name.size()));
    put16(h, static_cast<quint16>(20 + (e.encrypted ? 11 : 0)));
    h.append(e.name);
    put16(h, 0x0001); // ZIP64 sizes
    put16(h, 16);
    put64(h, e.size);
    put64(h, e.stored);
    if (e.encrypted)
        h.append(aesExtra());
    return h;
}

QByteArray centralEntryBytes(const EntryFields& e)
{
    QByteArray cd;
    put32(cd, CentralSig);
    put16(cd, (3 << 8) | 45); // made by: Unix
    put16(cd, e.encrypted ? 51 : 45);
    put16(cd, static_cast<quint16>(FlagUtf8 | (e.encrypted ? FlagEncrypted : 0)));
    put16(cd, e.encrypted ? MethodAes : MethodStored);
    put16(cd, e.time);
    put16(cd, e.date);
    put32(cd, e.crc);
    put32(cd, 0xffffffff);
    put32(cd, 0xffffffff);
    put16(cd, static_cast<quint16>(e.name.size()));
    put16(cd, static_cast<quint16>(28 + (e.encrypted ? 11 : 0)));
    put16(cd, 0); // comment
    put16(cd, 0); // disk
    put16(cd, 0); // internal attributes
    put32(cd, 0100644u << 16); // a regular file, rw-r--r--
    put32(cd, 0xffffffff);
    cd.append(e.name);
    put16(cd, 0x0001);
    put16(cd, 24);
    put64(cd, e.size);
    put64(cd, e.stored);
    put64(cd, e.offset);
    if (e.encrypted)
        cd.append(aesExtra());
    return cd;
}

QByteArray endRecordsBytes(quint64 count, quint64 cdSize, quint64 cdOffset)
{
    const quint64 end64 = cdOffset + cdSize;
    QByteArray tail;
    put32(tail, End64Sig);
    put64(tail, 44);
    put16(tail, (3 << 8) | 45);
    put16(tail, 45);
    put32(tail, 0);
    put32(tail, 0);
    put64(tail, count);
    put64(tail, count);
    put64(tail, cdSize);
    put64(tail, cdOffset);
    put32(tail, Locator64Sig);
    put32(tail, 0);
    put64(tail, end64);
    put32(tail, 1);
    put32(tail, EndSig);
    put16(tail, 0);
    put16(tail, 0);
    put16(tail, static_cast<quint16>(std::min<quint64>(count, 0xffff)));
    put16(tail, static_cast<quint16>(std::min<quint64>(count, 0xffff)));
    put32(tail, 0xffffffff);
    put32(tail, 0xffffffff);
    put16(tail, 0);
    return tail;
}

void dosTime(const QDateTime& t, quint16* time, quint16* date)
{
    const QDateTime l = t.toUTC();
    const int year = std::clamp(l.date().year(), 1980, 2107);
    *date = static_cast<quint16>(((year - 1980) << 9) | (l.date().month() << 5) | l.date().day());
    *time = static_cast<quint16>((l.time().hour() << 11) | (l.time().minute() << 5) | (l.time().second() / 2));
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------
// Writer

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

// ---------------------------------------------------------------------------------------------------------------
// Reader

struct ZipReader::Private
{
    QFile file;
    QList<ZipEntryInfo> entries;
    QHash<QString, int> byName;
    const SecureBytes* password = nullptr;
    bool foreign = false;
};

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
    r->d->password = password;
    r->d->foreign = foreign;
    QFile& f = r->d->file;
    f.setFileName(path);
    if (!f.open(QIODevice::ReadOnly))
        return failure(tr("Cannot open %1: %2").arg(path, f.errorString()));
    const quint64 fileSize = static_cast<quint64>(f.size());
    auto bad = [&](const QString& why) {
        return makeError(ErrorKind::Verification,
                         foreign ? tr("Not a safe archive: %1").arg(why)
                                 : tr("Not a valid package archive: %1").arg(why));
    };
    if (fileSize < 22)
        return bad(tr("the file is too small"));
    // End of central directory (the comment may be up to 64 KiB).
    const qint64 tailSize = static_cast<qint64>(std::min<quint64>(fileSize, 65536 + 22));
    f.seek(static_cast<qint64>(fileSize) - tailSize);
    std::vector<char> tail(static_cast<size_t>(tailSize));
    if (f.read(tail.data(), tailSize) != tailSize)
        return bad(tr("the end of the file cannot be read"));
    qsizetype eocd = -1;
    for (qsizetype i = tailSize - 22; i >= 0; --i)
        if (get32(tail.data() + i) == EndSig) {
            eocd = i;
            break;
        }
    if (eocd < 0)
        return bad(tr("no end-of-central-directory record"));
    const char* e = tail.data() + eocd;
    if (get16(e + 4) != 0 || get16(e + 6) != 0)
        return bad(tr("multi-volume archives are not packages"));
    quint64 count = get16(e + 10);
    quint64 cdSize = get32(e + 12);
    quint64 cdOffset = get32(e + 16);
    const quint64 eocdPos
        = static_cast<quint64>(f.size()) - static_cast<quint64>(tailSize) + static_cast<quint64>(eocd);
    if (count == 0xffff || cdSize == 0xffffffff || cdOffset == 0xffffffff) {
        if (eocd < 20 || get32(tail.data() + eocd - 20) != Locator64Sig)
            return bad(tr("ZIP64 fields without a ZIP64 locator"));
        const quint64 end64 = get64(tail.data() + eocd - 20 + 8);
        if (end64 + 56 > eocdPos)
            return bad(tr("the ZIP64 end record points outside the file"));
        f.seek(static_cast<qint64>(end64));
        char rec[56];
        if (f.read(rec, sizeof rec) != static_cast<qint64>(sizeof rec) || get32(rec) != End64Sig)
            return bad(tr("the ZIP64 end record is missing"));
        count = get64(rec + 32);
        cdSize = get64(rec + 40);
        cdOffset = get64(rec + 48);
    }
    if (count > MaxEntries)
        return bad(tr("%1 entries (at most %2)").arg(count).arg(MaxEntries));
    if (cdOffset > fileSize || cdSize > fileSize - cdOffset || cdSize > 64ull * 1024 * 1024)
        return bad(tr("the central directory lies outside the file"));
    f.seek(static_cast<qint64>(cdOffset));
    std::vector<char> cdBytes(static_cast<size_t>(cdSize));
    if (static_cast<quint64>(f.read(cdBytes.data(), static_cast<qint64>(cdSize))) != cdSize)
        return bad(tr("the central directory is truncated"));
    QList<EntryFields> canonical;
    qsizetype p = 0;
    const qsizetype cdLength = static_cast<qsizetype>(cdBytes.size());
    for (quint64 i = 0; i < count; ++i) {
        if (p + 46 > cdLength || get32(cdBytes.data() + p) != CentralSig)
            return bad(tr("central directory entry %1 is damaged").arg(i + 1));
        const char* c = cdBytes.data() + p;
        const quint16 madeBy = get16(c + 4);
        const quint16 flags = get16(c + 8);
        const quint16 method = get16(c + 10);
        ZipEntryInfo info;
        info.crc32 = get32(c + 16);
        quint64 stored = get32(c + 20);
        quint64 size = get32(c + 24);
        const quint16 nameLen = get16(c + 28), extraLen = get16(c + 30), commentLen = get16(c + 32);
        const quint32 external = get32(c + 38);
        quint64 offset = get32(c + 42);
        if (p + 46 + nameLen + extraLen + commentLen > cdLength)
            return bad(tr("central directory entry %1 is truncated").arg(i + 1));
        const QByteArray rawName(c + 46, nameLen);
        info.name = QString::fromUtf8(rawName);
        if (foreign && rawName.endsWith('/') && get32(c + 24) == 0) { // a folder: nothing to unpack
            if (!ZipWriter::isSafeName(info.name.chopped(1)))
                return bad(tr("unsafe folder name \"%1\"").arg(QString::fromLatin1(rawName.left(120)).toHtmlEscaped()));
            p += 46 + nameLen + extraLen + commentLen;
            continue;
        }
        if (info.name.toUtf8() != rawName || !ZipWriter::isSafeName(info.name))
            return bad(tr("unsafe entry name \"%1\" (absolute, \"..\", backslash or unusual characters)")
                           .arg(QString::fromLatin1(rawName.left(120)).toHtmlEscaped()));
        if ((madeBy >> 8) == 3 && ((external >> 16) & 0170000) == 0120000)
            return bad(tr("%1 is a symbolic link").arg(info.name));
        if (((external >> 16) & 0170000) == 0040000 || (external & 0x10))
            return bad(tr("%1 is a directory entry").arg(info.name));
        if (flags & 0x0040)
            return bad(tr("%1 uses strong encryption, which packages never do").arg(info.name));
        // Extra fields: ZIP64 sizes/offset, AES.
        bool aes = false;
        quint16 realMethod = method;
        for (qsizetype x = 0; x + 4 <= extraLen;) {
            const char* ex = c + 46 + nameLen + x;
            const quint16 id = get16(ex), len = get16(ex + 2);
            if (x + 4 + len > extraLen)
                return bad(tr("%1 has a damaged extra field").arg(info.name));
            if (id == 0x0001) {
                qsizetype k = 4;
                auto next = [&](quint64* v) -> bool {
                    if (k + 8 > 4 + len)
                        return false;
                    *v = get64(ex + k);
                    k += 8;
                    return true;
                };
                if ((size == 0xffffffff && !next(&size)) || (stored == 0xffffffff && !next(&stored))
                    || (offset == 0xffffffff && !next(&offset)))
                    return bad(tr("%1 has a short ZIP64 field").arg(info.name));
            } else if (id == 0x9901) {
                if (len != 7 || ex[8] != '\x03')
                    return bad(tr("%1 uses an AES variant packages never use").arg(info.name));
                aes = true;
                realMethod = get16(ex + 9);
            }
            x += 4 + len;
        }
        if (method == MethodAes) {
            if (!aes || !(flags & FlagEncrypted))
                return bad(tr("%1 says AES without the AES field").arg(info.name));
            info.encrypted = true;
        } else if (flags & FlagEncrypted) {
            return bad(tr("%1 uses legacy ZIP encryption, which packages never do").arg(info.name));
        }
        info.deflated = foreign && realMethod == MethodDeflate && !info.encrypted;
        if (realMethod != MethodStored && !info.deflated)
            return bad(tr("%1 is compressed (method %2); package entries are stored").arg(info.name).arg(realMethod));
        if (info.deflated && size > stored * MaxRatio + 65536)
            return bad(tr("%1 would expand %2 bytes to %3 (a compression bomb)").arg(info.name).arg(stored).arg(size));
        const quint64 overhead = info.encrypted ? AesSaltSize + 2 + AesMacSize : 0;
        if (!info.deflated && stored != size + overhead)
            return bad(tr("%1 declares %2 bytes but stores %3").arg(info.name).arg(size).arg(stored));
        if (offset > fileSize || stored > fileSize)
            return bad(tr("%1 declares %2 bytes at offset %3 in a file of %4 bytes")
                           .arg(info.name)
                           .arg(size)
                           .arg(offset)
                           .arg(fileSize));
        info.size = size;
        info.storedSize = stored;
        info.dataOffset = offset; // the local header, resolved below
        canonical << EntryFields {rawName,    info.encrypted, get16(c + 12), get16(c + 14),
                                  info.crc32, size,           stored,        offset};
        if (r->d->byName.contains(info.name))
            return bad(tr("%1 appears twice").arg(info.name));
        r->d->byName.insert(info.name, static_cast<int>(r->d->entries.size()));
        r->d->entries << info;
        p += 46 + nameLen + extraLen + commentLen;
    }
    // Local headers: same name and method, data inside the file, entries not overlapping each other or the
    // central directory (overlapping entries are how "bombs" without compression are built).
    QList<QPair<quint64, quint64>> ranges;
    for (ZipEntryInfo& info : r->d->entries) {
        f.seek(static_cast<qint64>(info.dataOffset));
        char lh[30];
        if (f.read(lh, sizeof lh) != static_cast<qint64>(sizeof lh) || get32(lh) != LocalSig)
            return bad(tr("the local header of %1 is missing").arg(info.name));
        const quint16 nameLen = get16(lh + 26), extraLen = get16(lh + 28);
        const QByteArray name = f.read(nameLen);
        if (name != info.name.toUtf8())
            return bad(tr("the local header of %1 names %2").arg(info.name, QString::fromUtf8(name.left(120))));
        if (get16(lh + 8) != (info.encrypted ? MethodAes : (info.deflated ? MethodDeflate : MethodStored)))
            return bad(tr("the local header of %1 disagrees with the central directory").arg(info.name));
        const quint64 start = info.dataOffset;
        const quint64 data = start + 30 + nameLen + extraLen;
        if (data > cdOffset || info.storedSize > cdOffset - data)
            return bad(tr("%1 runs past the end of the data").arg(info.name));
        info.dataOffset = data;
        ranges.append({start, data + info.storedSize});
    }
    std::sort(ranges.begin(), ranges.end());
    for (qsizetype i = 1; i < ranges.size(); ++i)
        if (ranges[i].first < ranges[i - 1].second)
            return bad(tr("two entries overlap"));
    if (foreign) // any writer's layout: the checks above are what keeps a foreign archive harmless
        return r;

    // Every remaining byte: the headers, the central directory and the end records must be exactly what LP Desk
    // writes for these entries, back to back with nothing between them and nothing after.
    QByteArray expectedCd;
    quint64 next = 0;
    for (qsizetype i = 0; i < canonical.size(); ++i) {
        const EntryFields& e = canonical[i];
        const QString& name = r->d->entries[i].name;
        if (e.offset != next)
            return bad(tr("unaccounted bytes before %1").arg(name));
        const QByteArray header = localHeaderBytes(e);
        f.seek(static_cast<qint64>(e.offset));
        if (f.read(header.size()) != header)
            return bad(tr("the local header of %1 has been altered").arg(name));
        next = e.offset + static_cast<quint64>(header.size()) + e.stored;
        expectedCd.append(centralEntryBytes(e));
    }
    if (cdOffset != next)
        return bad(tr("unaccounted bytes before the central directory"));
    if (expectedCd.size() != cdLength || std::memcmp(expectedCd.constData(), cdBytes.data(), cdBytes.size()) != 0)
        return bad(tr("the central directory has been altered"));
    const QByteArray tailExpected = endRecordsBytes(count, cdSize, cdOffset);
    if (fileSize != cdOffset + cdSize + static_cast<quint64>(tailExpected.size()))
        return bad(tr("unaccounted bytes after the central directory"));
    f.seek(static_cast<qint64>(cdOffset + cdSize));
    if (f.read(tailExpected.size()) != tailExpected)
        return bad(tr("the end records have been altered"));
    return r;
}

Result<QString> ZipReader::read(const ZipEntryInfo& entry, const Sink& sink, const std::atomic_bool* cancel)
{
    QFile& f = d->file;
    auto bad
        = [&](const QString& why) { return makeError(ErrorKind::Verification, tr("%1: %2").arg(entry.name, why)); };
    quint64 pos = entry.dataOffset;
    quint64 left = entry.size;
    if (entry.deflated) {
        // Inflated in bounded steps; more output than declared (a bomb or a lie) stops it at once.
        if (!f.seek(static_cast<qint64>(pos)))
            return bad(f.errorString());
        z_stream zs {};
        if (inflateInit2(&zs, -MAX_WBITS) != Z_OK)
            return failure(tr("Cannot start inflating."));
        std::unique_ptr<z_stream, void (*)(z_stream*)> guard(&zs, [](z_stream* z) { inflateEnd(z); });
        Sha256 sha;
        uLong crc = crc32(0L, Z_NULL, 0);
        quint64 inLeft = entry.storedSize;
        quint64 produced = 0;
        QByteArray in, out(1 << 20, Qt::Uninitialized);
        int zr = Z_OK;
        while (zr != Z_STREAM_END) {
            if (cancel && cancel->load())
                return makeError(ErrorKind::Cancelled, tr("Cancelled."));
            if (zs.avail_in == 0) {
                if (inLeft == 0)
                    return bad(tr("truncated"));
                in = f.read(static_cast<qint64>(std::min<quint64>(inLeft, 1 << 20)));
                if (in.isEmpty())
                    return bad(tr("truncated"));
                inLeft -= static_cast<quint64>(in.size());
                zs.next_in = reinterpret_cast<Bytef*>(in.data());
                zs.avail_in = static_cast<uInt>(in.size());
            }
            zs.next_out = reinterpret_cast<Bytef*>(out.data());
            zs.avail_out = static_cast<uInt>(out.size());
            zr = inflate(&zs, Z_NO_FLUSH);
            if (zr != Z_OK && zr != Z_STREAM_END)
                return bad(tr("its compressed data is damaged"));
            const qsizetype n = out.size() - static_cast<qsizetype>(zs.avail_out);
            produced += static_cast<quint64>(n);
            if (produced > entry.size)
                return bad(tr("it inflates past its declared %1 bytes").arg(entry.size));
            const QByteArrayView chunk(out.constData(), n);
            crc = crc32(crc, reinterpret_cast<const Bytef*>(chunk.data()), static_cast<uInt>(n));
            sha.addData(chunk);
            if (sink && n > 0)
                sink(chunk);
        }
        if (produced != entry.size)
            return bad(tr("it inflates to %1 bytes, not the declared %2").arg(produced).arg(entry.size));
        if (static_cast<quint32>(crc) != entry.crc32)
            return bad(tr("its CRC-32 does not match (changed or damaged)"));
        return toHex(sha.result());
    }
    std::unique_ptr<WinZipAes> aes;
    if (entry.encrypted) {
        if (!d->password)
            return makeError(ErrorKind::Auth, tr("The package is encrypted: give its password."));
        f.seek(static_cast<qint64>(pos));
        const QByteArray head = f.read(AesSaltSize + 2);
        if (head.size() != AesSaltSize + 2)
            return bad(tr("truncated"));
        aes = std::make_unique<WinZipAes>();
        if (!aes->init(*d->password, head.left(AesSaltSize)))
            return failure(tr("Cannot derive the package key."));
        if (aes->verifier() != head.mid(AesSaltSize))
            return makeError(ErrorKind::Auth, tr("Wrong password for the package."));
        pos += AesSaltSize + 2;
    }
    if (!f.seek(static_cast<qint64>(pos)))
        return bad(f.errorString());
    Sha256 sha;
    uLong crc = crc32(0L, Z_NULL, 0);
    QByteArray buf;
    while (left > 0) {
        if (cancel && cancel->load())
            return makeError(ErrorKind::Cancelled, tr("Cancelled."));
        const qint64 n = static_cast<qint64>(std::min<quint64>(left, 4 << 20));
        buf.resize(n);
        if (f.read(buf.data(), n) != n)
            return bad(tr("truncated"));
        if (aes && !aes->decrypt(buf.data(), buf.size()))
            return failure(tr("Decryption failed."));
        if (!aes)
            crc = crc32(crc, reinterpret_cast<const Bytef*>(buf.constData()), static_cast<uInt>(buf.size()));
        sha.addData(buf);
        if (sink)
            sink(buf);
        left -= static_cast<quint64>(n);
    }
    if (aes) {
        const QByteArray mac = f.read(AesMacSize);
        if (mac.size() != AesMacSize || CRYPTO_memcmp(mac.constData(), aes->mac().constData(), AesMacSize) != 0)
            return bad(tr("its authentication code does not match (changed or damaged)"));
    } else if (static_cast<quint32>(crc) != entry.crc32) {
        return bad(tr("its CRC-32 does not match (changed or damaged)"));
    }
    return toHex(sha.result());
}

Result<QByteArray> ZipReader::readAll(const QString& name, qint64 limit)
{
    const ZipEntryInfo* e = find(name);
    if (!e)
        return makeError(ErrorKind::Verification, tr("The package has no %1.").arg(name));
    if (e->size > static_cast<quint64>(limit))
        return makeError(ErrorKind::Verification, tr("%1 is larger than %2 bytes.").arg(name).arg(limit));
    QByteArray out;
    out.reserve(static_cast<qsizetype>(e->size));
    auto r = read(*e, [&out](QByteArrayView chunk) { out.append(chunk.data(), chunk.size()); });
    if (!r)
        return r.error();
    return out;
}

} // namespace lpdesk

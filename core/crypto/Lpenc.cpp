#include "crypto/Lpenc.h"

#include "crypto/AesGcm.h"
#include "crypto/Kdf.h"
#include "crypto/Random.h"
#include "crypto/Sha256.h"

#include <openssl/crypto.h>

#include <QFile>
#include <QSaveFile>
#include <QtEndian>

#include <cstring>

namespace lpdesk {

namespace {

const char Magic[8] = {'L', 'P', 'E', 'N', 'C', '\r', '\n', '\x1a'};

QByteArray kdfInfo(QByteArrayView ephemeral, QByteArrayView recipient)
{
    QByteArray info("lpenc-v1");
    info.append(ephemeral);
    info.append(recipient);
    return info;
}

struct Keys
{
    SecureBytes payload;
    SecureBytes mac;
};

Result<Keys> deriveKeys(const SecureBytes& shared, const LpencHeader& h, QByteArrayView recipientPublic)
{
    auto okm = hkdfSha256(shared.view(), h.salt, kdfInfo(h.ephemeralPublic, recipientPublic), 64);
    if (!okm)
        return okm.error();
    return Keys {SecureBytes(okm->data(), 32), SecureBytes(okm->data() + 32, 32)};
}

void makeNonce(quint64 index, bool last, unsigned char* nonce)
{
    std::memset(nonce, 0, 12);
    for (int i = 0; i < 8; ++i)
        nonce[10 - i] = static_cast<unsigned char>((index >> (8 * i)) & 0xff);
    nonce[11] = last ? 1 : 0;
}

} // namespace

quint64 LpencHeader::chunkCount() const
{
    if (chunkSize == 0)
        return 0;
    return plaintextLength == 0 ? 1 : (plaintextLength + chunkSize - 1) / chunkSize;
}

quint64 LpencHeader::expectedFileSize() const
{
    return lpenc::HeaderSize + chunkCount() * (lpenc::TagPrefixSize + lpenc::GcmTagSize) + plaintextLength;
}

quint64 LpencHeader::chunkOffset(quint64 index) const
{
    return lpenc::HeaderSize + index * (static_cast<quint64>(chunkSize) + lpenc::TagPrefixSize + lpenc::GcmTagSize);
}

QByteArray LpencHeader::serializeWithoutMac() const
{
    QByteArray out;
    out.reserve(lpenc::HeaderSize);
    out.append(Magic, 8);
    out.append(static_cast<char>(version));
    out.append('\0'); // flags
    out.append(2, '\0');
    char be[8];
    qToBigEndian<quint32>(chunkSize, be);
    out.append(be, 4);
    qToBigEndian<quint64>(plaintextLength, be);
    out.append(be, 8);
    out.append(recipientKeyId);
    out.append(ephemeralPublic);
    out.append(salt);
    return out;
}

bool LpencHeader::parse(const QByteArray& bytes, LpencHeader* out, LpencFault* fault)
{
    if (bytes.size() < 8 || std::memcmp(bytes.constData(), Magic, 8) != 0) {
        *fault = LpencFault::NotLpenc;
        return false;
    }
    if (bytes.size() < lpenc::HeaderSize) {
        *fault = LpencFault::Truncated;
        return false;
    }
    LpencHeader h;
    h.version = static_cast<quint8>(bytes[8]);
    if (h.version != 1) {
        *fault = LpencFault::UnsupportedVersion;
        return false;
    }
    h.chunkSize = qFromBigEndian<quint32>(bytes.constData() + 12);
    h.plaintextLength = qFromBigEndian<quint64>(bytes.constData() + 16);
    h.recipientKeyId = bytes.mid(24, 16);
    h.ephemeralPublic = bytes.mid(40, 32);
    h.salt = bytes.mid(72, 32);
    h.mac = bytes.mid(104, 32);
    if (bytes[9] != 0 || bytes[10] != 0 || bytes[11] != 0 || h.chunkSize < 1024 || h.chunkSize > lpenc::MaxChunkSize
        || h.plaintextLength > lpenc::MaxPlaintext) {
        *fault = LpencFault::HeaderCorrupt;
        return false;
    }
    *out = h;
    *fault = LpencFault::None;
    return true;
}

// ---------------------------------------------------------------------------------------------------------------

LpencWriter::LpencWriter() = default;

LpencWriter::~LpencWriter()
{
    cancel();
}

Result<std::unique_ptr<LpencWriter>> LpencWriter::create(const QString& path, QByteArrayView recipientPublicKey,
                                                         quint32 chunkSize)
{
    return createWith(path, recipientPublicKey, X25519::generate(), randomBytes(32), chunkSize);
}

Result<std::unique_ptr<LpencWriter>> LpencWriter::createForTestVector(const QString& path,
                                                                      QByteArrayView recipientPublicKey,
                                                                      const SecureBytes& ephemeralPrivate,
                                                                      const QByteArray& salt, quint32 chunkSize)
{
    X25519KeyPair eph;
    eph.privateKey = ephemeralPrivate.clone();
    auto pub = X25519::publicFromPrivate(ephemeralPrivate);
    if (!pub || salt.size() != 32)
        return failure(tr("Invalid test-vector parameters."));
    eph.publicKey = *pub;
    return createWith(path, recipientPublicKey, std::move(eph), salt, chunkSize);
}

Result<std::unique_ptr<LpencWriter>> LpencWriter::createWith(const QString& path, QByteArrayView recipientPublicKey,
                                                             X25519KeyPair eph, const QByteArray& salt,
                                                             quint32 chunkSize)
{
    if (recipientPublicKey.size() != X25519::KeySize)
        return failure(tr("The recipient key is not an X25519 public key."));
    if (chunkSize < 1024 || chunkSize > lpenc::MaxChunkSize)
        return failure(tr("Chunk size out of range."));
    std::unique_ptr<LpencWriter> w(new LpencWriter);
    w->m_header.chunkSize = chunkSize;
    w->m_header.recipientKeyId = X25519::keyId(recipientPublicKey);
    w->m_header.ephemeralPublic = eph.publicKey;
    w->m_header.salt = salt;
    auto shared = X25519::agree(eph.privateKey, recipientPublicKey);
    if (!shared)
        return shared.error();
    auto keys = deriveKeys(*shared, w->m_header, recipientPublicKey);
    if (!keys)
        return keys.error();
    w->m_gcm = std::make_unique<AesGcm>(keys->payload);
    w->m_macKey = std::move(keys->mac);
    w->m_hash = std::make_unique<Sha256>();
    w->m_file = std::make_unique<QSaveFile>(path);
    if (!w->m_file->open(QIODevice::WriteOnly))
        return failure(tr("Cannot write %1: %2").arg(path, w->m_file->errorString()));
    // Placeholder header; the real one (with length and MAC) is written by finish().
    if (w->m_file->write(QByteArray(lpenc::HeaderSize, '\0')) != lpenc::HeaderSize)
        return failure(tr("Cannot write %1: %2").arg(path, w->m_file->errorString()));
    w->m_buffer.reserve(static_cast<qsizetype>(chunkSize) * 2);
    w->m_out.resize(lpenc::TagPrefixSize + static_cast<qsizetype>(chunkSize) + lpenc::GcmTagSize);
    return w;
}

Status LpencWriter::flushChunk(bool last)
{
    const qsizetype n = last ? m_buffer.size() : static_cast<qsizetype>(m_header.chunkSize);
    unsigned char nonce[12];
    makeNonce(m_chunkIndex, last, nonce);
    auto* out = reinterpret_cast<unsigned char*>(m_out.data());
    std::memcpy(out, m_header.salt.constData(), lpenc::TagPrefixSize);
    if (!m_gcm->seal(nonce, {}, reinterpret_cast<const unsigned char*>(m_buffer.constData()),
                     static_cast<std::size_t>(n), out + lpenc::TagPrefixSize))
        return failure(tr("Encryption failed."));
    const qsizetype recordSize = lpenc::TagPrefixSize + n + lpenc::GcmTagSize;
    if (m_file->write(m_out.constData(), recordSize) != recordSize)
        return failure(tr("Cannot write the encrypted file: %1").arg(m_file->errorString()));
    OPENSSL_cleanse(m_buffer.data(), static_cast<std::size_t>(n));
    m_buffer.remove(0, n);
    ++m_chunkIndex;
    return {};
}

Status LpencWriter::write(QByteArrayView data)
{
    if (!m_file)
        return failure(tr("The encrypted file is already closed."));
    m_hash->addData(data);
    m_total += static_cast<quint64>(data.size());
    qsizetype offset = 0;
    while (offset < data.size()) {
        const qsizetype room = static_cast<qsizetype>(m_header.chunkSize) + 1 - m_buffer.size();
        const qsizetype take = std::min(room, data.size() - offset);
        m_buffer.append(data.data() + offset, take);
        offset += take;
        // A chunk is only known not to be the last once a byte beyond it has arrived.
        if (m_buffer.size() > static_cast<qsizetype>(m_header.chunkSize))
            LP_TRY(flushChunk(false));
    }
    return {};
}

Result<LpencWriter::Summary> LpencWriter::finish()
{
    if (!m_file)
        return failure(tr("The encrypted file is already closed."));
    LP_TRY(flushChunk(true));
    m_header.plaintextLength = m_total;
    QByteArray header = m_header.serializeWithoutMac();
    m_header.mac = hmacSha256(m_macKey.view(), header);
    header.append(m_header.mac);
    if (!m_file->seek(0) || m_file->write(header) != header.size())
        return failure(tr("Cannot write the encrypted file: %1").arg(m_file->errorString()));
    const quint64 fileSize = m_header.expectedFileSize();
    if (!m_file->commit())
        return failure(tr("Cannot save the encrypted file: %1").arg(m_file->errorString()));
    m_file.reset();
    Summary s;
    s.sha256 = toHex(m_hash->result());
    s.plaintextLength = m_total;
    s.fileSize = fileSize;
    return s;
}

void LpencWriter::cancel()
{
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset();
    }
    if (!m_buffer.isEmpty())
        OPENSSL_cleanse(m_buffer.data(), static_cast<std::size_t>(m_buffer.size()));
    m_buffer.clear();
}

// ---------------------------------------------------------------------------------------------------------------

LpencReader::LpencReader() = default;

LpencReader::~LpencReader()
{
    if (!m_cache.isEmpty())
        OPENSSL_cleanse(m_cache.data(), static_cast<std::size_t>(m_cache.size()));
}

QString LpencReader::faultMessage(LpencFault fault)
{
    switch (fault) {
    case LpencFault::None:
        return {};
    case LpencFault::Io:
        return tr("The file cannot be read.");
    case LpencFault::NotLpenc:
        return tr("This is not an .lpenc encrypted file.");
    case LpencFault::UnsupportedVersion:
        return tr("This .lpenc file uses a version this program does not know.");
    case LpencFault::WrongRecipient:
        return tr("The file is encrypted to another recipient key, not to this workstation.");
    case LpencFault::HeaderCorrupt:
        return tr("The file's header is damaged or was altered (header authentication failed).");
    case LpencFault::Truncated:
        return tr("The file is truncated: it is shorter than its header says.");
    case LpencFault::TrailingData:
        return tr("The file has extra bytes after its last chunk.");
    case LpencFault::ChunkFromOtherFile:
        return tr("A chunk of this file comes from another encrypted file (chunks were swapped between files).");
    case LpencFault::ChunkOutOfOrder:
        return tr("The chunks of this file are out of order (reordered).");
    case LpencFault::ChunkCorrupt:
        return tr("A chunk of this file is damaged or was altered (authentication failed).");
    case LpencFault::Cancelled:
        return tr("Cancelled.");
    }
    return {};
}

Error LpencReader::error() const
{
    return makeError(m_fault == LpencFault::Io || m_fault == LpencFault::Cancelled ? ErrorKind::Failed
                                                                                   : ErrorKind::Verification,
                     m_error);
}

Result<LpencHeader> readLpencHeader(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return failure(LpencReader::tr("Cannot read %1: %2").arg(path, f.errorString()));
    LpencHeader h;
    LpencFault fault = LpencFault::None;
    if (!LpencHeader::parse(f.read(lpenc::HeaderSize), &h, &fault))
        return makeError(ErrorKind::Verification, LpencReader::faultMessage(fault));
    return h;
}

Result<std::unique_ptr<LpencReader>> LpencReader::open(const QString& path, const X25519KeyPair& recipient)
{
    std::unique_ptr<LpencReader> r(new LpencReader);
    r->m_path = path;
    r->m_file = std::make_unique<QFile>(path);
    if (!r->m_file->open(QIODevice::ReadOnly))
        return failure(tr("Cannot read %1: %2").arg(path, r->m_file->errorString()));
    LpencFault fault = LpencFault::None;
    if (!LpencHeader::parse(r->m_file->read(lpenc::HeaderSize), &r->m_header, &fault))
        return makeError(ErrorKind::Verification, faultMessage(fault));
    // The current recipient key, or a retired one (files from before a key rotation that were not re-encrypted).
    const X25519KeyPair* key = recipient.forKeyId(r->m_header.recipientKeyId);
    if (!key)
        return makeError(ErrorKind::Verification, faultMessage(LpencFault::WrongRecipient));
    auto shared = X25519::agree(key->privateKey, r->m_header.ephemeralPublic);
    if (!shared)
        return makeError(ErrorKind::Verification, faultMessage(LpencFault::HeaderCorrupt));
    auto keys = deriveKeys(*shared, r->m_header, key->publicKey);
    if (!keys)
        return keys.error();
    const QByteArray mac = hmacSha256(keys->mac.view(), r->m_header.serializeWithoutMac());
    if (mac.size() != r->m_header.mac.size()
        || CRYPTO_memcmp(mac.constData(), r->m_header.mac.constData(), static_cast<std::size_t>(mac.size())) != 0)
        return makeError(ErrorKind::Verification, faultMessage(LpencFault::HeaderCorrupt));
    const quint64 actual = static_cast<quint64>(r->m_file->size());
    const quint64 expected = r->m_header.expectedFileSize();
    if (actual < expected)
        return makeError(ErrorKind::Verification,
                         faultMessage(LpencFault::Truncated)
                             + tr(" (%1 of %2 bytes present)").arg(actual).arg(expected));
    if (actual > expected)
        return makeError(ErrorKind::Verification, faultMessage(LpencFault::TrailingData));
    r->m_gcm = std::make_unique<AesGcm>(keys->payload);
    r->m_record.resize(lpenc::TagPrefixSize + static_cast<qsizetype>(r->m_header.chunkSize) + lpenc::GcmTagSize);
    r->m_cache.resize(static_cast<qsizetype>(r->m_header.chunkSize));
    return r;
}

bool LpencReader::decryptChunk(quint64 index, const unsigned char* record, qsizetype recordSize, unsigned char* out)
{
    const qsizetype ctSize = recordSize - lpenc::TagPrefixSize - lpenc::GcmTagSize;
    unsigned char nonce[12];
    makeNonce(index, index + 1 == m_header.chunkCount(), nonce);
    if (ctSize >= 0 && std::memcmp(record, m_header.salt.constData(), lpenc::TagPrefixSize) == 0
        && m_gcm->open(nonce, {}, record + lpenc::TagPrefixSize, static_cast<std::size_t>(ctSize), out))
        return true;
    diagnose(index, record, recordSize);
    return false;
}

void LpencReader::diagnose(quint64 index, const unsigned char* record, qsizetype recordSize)
{
    const qsizetype ctSize = recordSize - lpenc::TagPrefixSize - lpenc::GcmTagSize;
    if (ctSize < 0 || std::memcmp(record, m_header.salt.constData(), lpenc::TagPrefixSize) != 0) {
        m_fault = LpencFault::ChunkFromOtherFile;
        m_error = faultMessage(m_fault) + tr(" (chunk %1)").arg(index);
        return;
    }
    // Does it authenticate as some other chunk of this file? Then the chunks were reordered.
    QByteArray scratch(ctSize > 0 ? ctSize : 1, '\0');
    auto* out = reinterpret_cast<unsigned char*>(scratch.data());
    const quint64 n = m_header.chunkCount();
    for (quint64 j = 0; j < n; ++j) {
        if (j == index)
            continue;
        unsigned char nonce[12];
        makeNonce(j, j + 1 == n, nonce);
        if (m_gcm->open(nonce, {}, record + lpenc::TagPrefixSize, static_cast<std::size_t>(ctSize), out)) {
            m_fault = LpencFault::ChunkOutOfOrder;
            m_error = faultMessage(m_fault) + tr(" (position %1 holds chunk %2)").arg(index).arg(j);
            OPENSSL_cleanse(out, static_cast<std::size_t>(scratch.size()));
            return;
        }
    }
    m_fault = LpencFault::ChunkCorrupt;
    m_error = faultMessage(m_fault) + tr(" (chunk %1)").arg(index);
}

qint64 LpencReader::read(quint64 pos, char* out, qint64 len)
{
    if (pos >= m_header.plaintextLength || len <= 0)
        return 0;
    const quint64 end = std::min<quint64>(m_header.plaintextLength, pos + static_cast<quint64>(len));
    qint64 written = 0;
    while (pos < end) {
        const quint64 index = pos / m_header.chunkSize;
        const quint64 chunkStart = index * m_header.chunkSize;
        const quint64 chunkLen = std::min<quint64>(m_header.chunkSize, m_header.plaintextLength - chunkStart);
        if (static_cast<qint64>(index) != m_cachedIndex) {
            const qsizetype recordSize = lpenc::TagPrefixSize + static_cast<qsizetype>(chunkLen) + lpenc::GcmTagSize;
            if (!m_file->seek(static_cast<qint64>(m_header.chunkOffset(index)))
                || m_file->read(m_record.data(), recordSize) != recordSize) {
                m_fault = LpencFault::Io;
                m_error = faultMessage(m_fault);
                return -1;
            }
            m_cachedIndex = -1;
            if (!decryptChunk(index, reinterpret_cast<const unsigned char*>(m_record.constData()), recordSize,
                              reinterpret_cast<unsigned char*>(m_cache.data())))
                return -1;
            m_cachedIndex = static_cast<qint64>(index);
        }
        const quint64 offset = pos - chunkStart;
        const quint64 n = std::min<quint64>(chunkLen - offset, end - pos);
        std::memcpy(out + written, m_cache.constData() + offset, n);
        written += static_cast<qint64>(n);
        pos += n;
    }
    return written;
}

Status LpencReader::verifyAll(const std::function<void(const char*, qsizetype)>& sink, const Progress& progress,
                              const std::atomic_bool* cancel)
{
    const quint64 n = m_header.chunkCount();
    const qsizetype fullRecord = lpenc::TagPrefixSize + static_cast<qsizetype>(m_header.chunkSize) + lpenc::GcmTagSize;
    constexpr quint64 batch = 32; // ~2 MiB reads
    // Memory in proportion to the file: a header may declare chunks of up to 16 MiB, so a small file that claims more
    // than it holds is refused as truncated before anything is allocated, and the buffers never exceed what it holds.
    const quint64 records = n == 0 ? 0
                                   : m_header.chunkOffset(n) - lpenc::HeaderSize
            - (static_cast<quint64>(m_header.chunkSize) * n - m_header.plaintextLength);
    if (static_cast<quint64>(m_file->size()) < lpenc::HeaderSize + records) {
        m_fault = LpencFault::Truncated;
        m_error = faultMessage(m_fault);
        return error();
    }
    QByteArray buffer(static_cast<qsizetype>(std::min<quint64>(batch * static_cast<quint64>(fullRecord), records)),
                      Qt::Uninitialized);
    QByteArray plain(static_cast<qsizetype>(std::min<quint64>(m_header.chunkSize, m_header.plaintextLength)),
                     Qt::Uninitialized);
    if (!m_file->seek(lpenc::HeaderSize)) {
        m_fault = LpencFault::Io;
        m_error = faultMessage(m_fault);
        return error();
    }
    for (quint64 first = 0; first < n; first += batch) {
        if (cancel && cancel->load()) {
            m_fault = LpencFault::Cancelled;
            m_error = faultMessage(m_fault);
            return makeError(ErrorKind::Cancelled, m_error);
        }
        const quint64 count = std::min(batch, n - first);
        const quint64 bytes = m_header.chunkOffset(first + count) - m_header.chunkOffset(first)
            - (first + count == n ? (static_cast<quint64>(m_header.chunkSize) * n - m_header.plaintextLength) : 0);
        if (m_file->read(buffer.data(), static_cast<qint64>(bytes)) != static_cast<qint64>(bytes)) {
            m_fault = LpencFault::Truncated;
            m_error = faultMessage(m_fault);
            return error();
        }
        const char* p = buffer.constData();
        for (quint64 i = first; i < first + count; ++i) {
            const quint64 chunkLen
                = std::min<quint64>(m_header.chunkSize, m_header.plaintextLength - i * m_header.chunkSize);
            const qsizetype recordSize = lpenc::TagPrefixSize + static_cast<qsizetype>(chunkLen) + lpenc::GcmTagSize;
            if (!decryptChunk(i, reinterpret_cast<const unsigned char*>(p), recordSize,
                              reinterpret_cast<unsigned char*>(plain.data())))
                return error();
            if (sink)
                sink(plain.constData(), static_cast<qsizetype>(chunkLen));
            p += recordSize;
        }
        if (progress)
            progress(std::min<quint64>((first + count) * m_header.chunkSize, m_header.plaintextLength),
                     m_header.plaintextLength);
    }
    OPENSSL_cleanse(plain.data(), static_cast<std::size_t>(plain.size()));
    return {};
}

} // namespace lpdesk

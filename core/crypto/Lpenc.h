// .lpenc v1: the one encrypted-file format, for media received from stores and every derivative made here.
// X25519 (ephemeral → recipient) + HKDF-SHA256 + AES-256-GCM over 64 KiB chunks (age STREAM style), with an
// authenticated header and chunks at computable offsets, so any byte range decrypts without touching the rest.
// Byte layout and test vectors: docs/lpenc-v1.md.
#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"
#include "crypto/X25519.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QFileDevice;
class QSaveFile;
class QFile;

namespace lpdesk {

class AesGcm;
class Sha256;

namespace lpenc {
constexpr int HeaderSize = 136;
constexpr int TagPrefixSize = 8; // clear per-chunk file tag, to tell a swapped-in chunk from a damaged one
constexpr int GcmTagSize = 16;
constexpr quint32 DefaultChunkSize = 64 * 1024;
constexpr quint32 MaxChunkSize = 16 * 1024 * 1024;
constexpr quint64 MaxPlaintext = 1ull << 46; // 64 TiB; refuses absurd headers
} // namespace lpenc

// Why a file does not decrypt; each has its own clear message.
enum class LpencFault {
    None,
    Io,
    NotLpenc,
    UnsupportedVersion,
    WrongRecipient,
    HeaderCorrupt,
    Truncated,
    TrailingData,
    ChunkFromOtherFile,
    ChunkOutOfOrder,
    ChunkCorrupt,
    Cancelled,
};

struct LpencHeader
{
    quint8 version = 1;
    quint32 chunkSize = lpenc::DefaultChunkSize;
    quint64 plaintextLength = 0;
    QByteArray recipientKeyId; // 16
    QByteArray ephemeralPublic; // 32
    QByteArray salt; // 32
    QByteArray mac; // 32

    quint64 chunkCount() const;
    quint64 expectedFileSize() const;
    quint64 chunkOffset(quint64 index) const;
    QByteArray serializeWithoutMac() const;
    static bool parse(const QByteArray& bytes, LpencHeader* out, LpencFault* fault);
};

class LpencWriter
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::LpencWriter)

public:
    ~LpencWriter();
    // Writes to path atomically (QSaveFile): nothing appears under path unless finish() succeeds.
    static Result<std::unique_ptr<LpencWriter>> create(const QString& path, QByteArrayView recipientPublicKey,
                                                       quint32 chunkSize = lpenc::DefaultChunkSize);
    // Test vectors only (docs/lpenc-v1.md): a caller-chosen ephemeral key and salt. Never use for evidence.
    static Result<std::unique_ptr<LpencWriter>> createForTestVector(const QString& path,
                                                                    QByteArrayView recipientPublicKey,
                                                                    const SecureBytes& ephemeralPrivate,
                                                                    const QByteArray& salt, quint32 chunkSize);
    Status write(QByteArrayView data);
    // Returns the plaintext SHA-256 (hex) and length.
    struct Summary
    {
        QString sha256;
        quint64 plaintextLength = 0;
        quint64 fileSize = 0;
    };
    Result<Summary> finish();
    void cancel();

private:
    LpencWriter();
    static Result<std::unique_ptr<LpencWriter>> createWith(const QString& path, QByteArrayView recipientPublicKey,
                                                           X25519KeyPair ephemeral, const QByteArray& salt,
                                                           quint32 chunkSize);
    Status flushChunk(bool last);

    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<AesGcm> m_gcm;
    std::unique_ptr<Sha256> m_hash;
    LpencHeader m_header;
    SecureBytes m_macKey;
    QByteArray m_buffer;
    QByteArray m_out;
    quint64 m_chunkIndex = 0;
    quint64 m_total = 0;
};

class LpencReader
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::LpencReader)

public:
    ~LpencReader();
    static Result<std::unique_ptr<LpencReader>> open(const QString& path, const X25519KeyPair& recipient);

    const LpencHeader& header() const { return m_header; }
    quint64 size() const { return m_header.plaintextLength; }
    QString path() const { return m_path; }

    // Random access: decrypts only the chunks [pos, pos+len) touches (the last chunk is cached).
    // Returns the number of bytes read (short only at the end of the plaintext) or -1 on error (see fault()).
    qint64 read(quint64 pos, char* out, qint64 len);
    LpencFault fault() const { return m_fault; }
    QString errorString() const { return m_error; }

    using Progress = std::function<void(quint64 done, quint64 total)>;
    // Decrypts every chunk in order, feeding the plaintext to sink (may be empty); the sequential fast path
    // used to verify an ingest. Stops at the first bad chunk with its distinct fault.
    Status verifyAll(const std::function<void(const char*, qsizetype)>& sink, const Progress& progress = {},
                     const std::atomic_bool* cancel = nullptr);

    static QString faultMessage(LpencFault fault);

private:
    LpencReader();
    bool decryptChunk(quint64 index, const unsigned char* record, qsizetype recordSize, unsigned char* out);
    void diagnose(quint64 index, const unsigned char* record, qsizetype recordSize);
    Error error() const;

    QString m_path;
    std::unique_ptr<QFile> m_file;
    std::unique_ptr<AesGcm> m_gcm;
    LpencHeader m_header;
    QByteArray m_record;
    QByteArray m_cache;
    qint64 m_cachedIndex = -1;
    LpencFault m_fault = LpencFault::None;
    QString m_error;
};

// Reads just the header and says whether it is addressed to this key id (no decryption).
Result<LpencHeader> readLpencHeader(const QString& path);

} // namespace lpdesk

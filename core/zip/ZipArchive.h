// ZIP64 archives as LP Desk packages use them: stored (uncompressed) entries — evidence is already compressed
// media — optionally encrypted per entry with WinZip AES-256 (AE-2, what 7-Zip and most unzip tools open with a
// password). Written and read here rather than through QuaZip because QuaZip's minizip refuses compression
// method 99 (AES) in both directions; QuaZip still reads the plain packages in tests as an independent check.
//
// The reader treats every archive as hostile: it never writes anything to disk, accepts only stored or AES
// entries (so no compression bombs), checks every declared size and offset against the file, refuses entries
// that overlap, duplicate names, unsafe paths (absolute, "..", backslashes, control characters) and symlinks.
#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QFile;
class QIODevice;

namespace lpdesk {

struct ZipEntrySummary
{
    QString name;
    quint64 size = 0;
    QString sha256;
};

class ZipWriter
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::ZipWriter)

public:
    ~ZipWriter();
    // device: open for writing and seekable. password: null for plain entries, else AE-2 with AES-256.
    static Result<std::unique_ptr<ZipWriter>> create(QIODevice* device, const SecureBytes* password = nullptr);

    Status beginEntry(const QString& name, const QDateTime& modified = QDateTime::currentDateTimeUtc());
    Status write(QByteArrayView data);
    Result<ZipEntrySummary> endEntry();
    Result<ZipEntrySummary> addEntry(const QString& name, QByteArrayView data);
    Status finish(); // central directory, ZIP64 end records
    quint64 bytesWritten() const;

    static bool isSafeName(const QString& name);

private:
    ZipWriter();
    struct Private;
    std::unique_ptr<Private> d;
};

struct ZipEntryInfo
{
    QString name;
    quint64 size = 0; // uncompressed (as declared)
    quint64 storedSize = 0; // bytes in the archive
    quint64 dataOffset = 0;
    quint32 crc32 = 0;
    bool encrypted = false;
    bool deflated = false; // foreign archives only
};

class ZipReader
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::ZipReader)

public:
    static constexpr int MaxEntries = 100000;
    static constexpr int MaxNameLength = 512;

    ~ZipReader();
    // Parses and checks the structure (no entry data is read yet). password: for AE-2 entries.
    static Result<std::unique_ptr<ZipReader>> open(const QString& path, const SecureBytes* password = nullptr);
    // A foreign archive (an export a DVR, VMS or phone wrote): the same hostile-archive checks (safe names, no
    // links, sizes and offsets inside the file, no overlaps, entry count), but any writer's layout, directory
    // entries skipped, and deflated entries inflated to exactly their declared size, at most MaxRatio times larger.
    static constexpr quint64 MaxRatio = 200;
    static Result<std::unique_ptr<ZipReader>> openForeign(const QString& path);

    const QList<ZipEntryInfo>& entries() const;
    const ZipEntryInfo* find(const QString& name) const;
    bool anyEncrypted() const;

    using Sink = std::function<void(QByteArrayView chunk)>;
    // Streams an entry's plaintext to sink, checking its CRC (plain) or its HMAC and password (AE-2) and that it
    // is exactly the declared size; returns its SHA-256.
    Result<QString> read(const ZipEntryInfo& entry, const Sink& sink = {}, const std::atomic_bool* cancel = nullptr);
    // An entry's bytes in memory (refused over limit).
    Result<QByteArray> readAll(const QString& name, qint64 limit);

private:
    ZipReader();
    static Result<std::unique_ptr<ZipReader>> openArchive(const QString& path, const SecureBytes* password,
                                                          bool foreign);
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace lpdesk

// Where a store drop is read from: a folder (USB stick, network share) or an HTTPS server with a pinned CA and a
// client certificate. Paths are relative to the drop's root and come only from validated ids.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace lpdesk {

struct StoreConnection
{
    QString kind; // folder | https
    QString location;
    QByteArray caPem;
    bool systemTrust = false; // https without caPem: an administrator chose the system's CAs (SystemTrust)
    QByteArray clientCertPem;
    QByteArray clientKeyPem;
};

class DropSource
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::DropSource)

public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    virtual ~DropSource();
    static Result<std::unique_ptr<DropSource>> open(const StoreConnection& connection);

    // A small document, refused (without reading it whole) if larger than maxBytes.
    virtual Result<QByteArray> fetch(const QString& relativePath, qint64 maxBytes) = 0;
    // Appends the remainder of relativePath to localPath (resuming from localPath's current size) until it holds
    // expectedSize bytes. Returns the number of bytes transferred by this call.
    virtual Result<qint64> download(const QString& relativePath, const QString& localPath, qint64 expectedSize,
                                    const Progress& progress, const std::atomic_bool* cancel)
        = 0;
    // Streams a file of at most maxBytes to sink in pieces (used for POS journals, encrypted as they arrive).
    virtual Status stream(const QString& relativePath, qint64 maxBytes,
                          const std::function<Status(const QByteArray&)>& sink, const std::atomic_bool* cancel)
        = 0;
    virtual QString describe() const = 0;

    static bool safeRelativePath(const QString& path);
};

} // namespace lpdesk

// A store drop served over HTTPS by any static server (the store's edge box): pinned CA, client certificate,
// Range requests to resume interrupted downloads, timeouts, and TLS failures explained in plain words.
// Requests run on the calling thread with a local event loop; use it from a worker thread, not the UI thread.
#pragma once

#include "store/DropSource.h"

#include <QSslConfiguration>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace lpdesk {

class HttpsDropSource : public DropSource
{
public:
    ~HttpsDropSource() override;
    static Result<std::unique_ptr<DropSource>> create(const StoreConnection& connection);
    static Result<QSslConfiguration> sslConfiguration(const StoreConnection& connection);

    Result<QByteArray> fetch(const QString& relativePath, qint64 maxBytes) override;
    Result<qint64> download(const QString& relativePath, const QString& localPath, qint64 expectedSize,
                            const Progress& progress, const std::atomic_bool* cancel) override;
    Status stream(const QString& relativePath, qint64 maxBytes, const std::function<Status(const QByteArray&)>& sink,
                  const std::atomic_bool* cancel) override;
    QString describe() const override;

    static constexpr int TimeoutMs = 30000;

private:
    HttpsDropSource() = default;
    QNetworkRequest request(const QString& relativePath) const;
    // Runs the reply to completion; onData sees the body as it arrives and may return false to abort.
    Error explain(QNetworkReply* reply, const QString& relativePath, const QStringList& sslErrors,
                  const QByteArray& errorBody) const;

    QUrl m_base;
    QSslConfiguration m_ssl;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

} // namespace lpdesk

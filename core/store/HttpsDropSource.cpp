#include "store/HttpsDropSource.h"

#include "db/SystemTrust.h"

#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslKey>
#include <QTimer>

namespace lpdesk {

namespace {

// Drives one reply to its end on the calling thread. onHeaders may veto (returns an error message), onData gets
// each piece and may veto. Returns the collected SSL error texts.
struct ReplyRun
{
    QByteArray errorBody; // the start of the body of an HTTP error answer, to explain it
    QStringList sslErrors;
    QString vetoed;
    bool cancelled = false;
};

ReplyRun runReply(QNetworkReply* reply, const std::function<QString()>& onHeaders,
                  const std::function<QString(const QByteArray&)>& onData, const std::atomic_bool* cancel)
{
    ReplyRun run;
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [&run](const QList<QSslError>& errors) {
        for (const QSslError& e : errors)
            run.sslErrors << e.errorString();
    });
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [&] {
        if (!onHeaders)
            return;
        const QString veto = onHeaders();
        if (!veto.isEmpty() && run.vetoed.isEmpty()) {
            run.vetoed = veto;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [&] {
        if (!run.vetoed.isEmpty())
            return;
        const QByteArray data = reply->readAll();
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() >= 400) {
            if (run.errorBody.size() < 4096)
                run.errorBody += data.left(4096);
            return;
        }
        if (onData && !data.isEmpty()) {
            const QString veto = onData(data);
            if (!veto.isEmpty()) {
                run.vetoed = veto;
                reply->abort();
            }
        }
    });
    QTimer cancelPoll;
    if (cancel) {
        QObject::connect(&cancelPoll, &QTimer::timeout, reply, [&] {
            if (cancel->load() && !run.cancelled) {
                run.cancelled = true;
                reply->abort();
            }
        });
        cancelPoll.start(100);
    }
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    // Data that arrived together with "finished".
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() >= 400) {
        run.errorBody += reply->readAll().left(4096);
    } else if (run.vetoed.isEmpty() && !run.cancelled && onData && reply->bytesAvailable() > 0) {
        const QString veto = onData(reply->readAll());
        if (!veto.isEmpty())
            run.vetoed = veto;
    }
    return run;
}

} // namespace

HttpsDropSource::~HttpsDropSource() = default;

Result<QSslConfiguration> HttpsDropSource::sslConfiguration(const StoreConnection& c)
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!c.caPem.isEmpty()) {
        const QList<QSslCertificate> cas = QSslCertificate::fromData(c.caPem, QSsl::Pem);
        if (cas.isEmpty())
            return failure(tr("The store's CA file is not a PEM certificate."));
        ssl.setCaCertificates(cas); // pinned: only this CA, not the system's
    }
    if (!c.clientCertPem.isEmpty() || !c.clientKeyPem.isEmpty()) {
        const QList<QSslCertificate> certs = QSslCertificate::fromData(c.clientCertPem, QSsl::Pem);
        if (certs.isEmpty())
            return failure(tr("The client certificate file is not a PEM certificate."));
        QSslKey key(c.clientKeyPem, QSsl::Ec, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(c.clientKeyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            return failure(tr("The client key file is not an unencrypted PEM EC or RSA private key."));
        ssl.setLocalCertificate(certs.first());
        ssl.setPrivateKey(key);
    }
    return ssl;
}

Result<std::unique_ptr<DropSource>> HttpsDropSource::create(const StoreConnection& c)
{
    const QUrl url(c.location);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
        return failure(tr("The store URL must be https://host[:port]/path (got %1).").arg(c.location));
    LP_TRY(SystemTrust::checkConnect(tr("The store at %1").arg(c.location), !c.caPem.isEmpty(), c.systemTrust));
    auto ssl = sslConfiguration(c);
    if (!ssl)
        return ssl.error();
    std::unique_ptr<HttpsDropSource> s(new HttpsDropSource);
    s->m_base = url;
    if (!s->m_base.path().endsWith(QLatin1Char('/')))
        s->m_base.setPath(s->m_base.path() + QLatin1Char('/'));
    s->m_ssl = *ssl;
    s->m_nam = std::make_unique<QNetworkAccessManager>();
    s->m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    return std::unique_ptr<DropSource>(std::move(s));
}

QString HttpsDropSource::describe() const
{
    return m_base.toString();
}

QNetworkRequest HttpsDropSource::request(const QString& relativePath) const
{
    QNetworkRequest r(m_base.resolved(QUrl(relativePath)));
    r.setSslConfiguration(m_ssl);
    r.setTransferTimeout(TimeoutMs);
    r.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    r.setRawHeader("Accept-Encoding", "identity");
    r.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("LPDesk/%1").arg(QStringLiteral(LPDESK_VERSION)));
    return r;
}

Error HttpsDropSource::explain(QNetworkReply* reply, const QString& relativePath, const QStringList& sslErrors,
                               const QByteArray& errorBody) const
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString host = m_base.host();
    if (!sslErrors.isEmpty()) {
        const QString all = sslErrors.join(QStringLiteral("; "));
        if (all.contains(QLatin1String("host name"), Qt::CaseInsensitive))
            return makeError(ErrorKind::Auth,
                             tr("TLS: the store's certificate is not valid for %1 (%2). Nothing "
                                "was downloaded.")
                                 .arg(host, all));
        return makeError(ErrorKind::Auth,
                         tr("TLS: the store's server certificate is not signed by the pinned CA "
                            "(%1). Refusing to connect; nothing was downloaded.")
                             .arg(all));
    }
    switch (reply->error()) {
    case QNetworkReply::NoError:
        break;
    case QNetworkReply::ConnectionRefusedError:
        return failure(tr("Cannot connect to the store at %1: connection refused.").arg(host));
    case QNetworkReply::HostNotFoundError:
        return failure(tr("Cannot find the store's server %1 (DNS).").arg(host));
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return failure(tr("The store at %1 did not answer within %2 seconds.").arg(host).arg(TimeoutMs / 1000));
    case QNetworkReply::SslHandshakeFailedError:
        return makeError(ErrorKind::Auth,
                         tr("TLS handshake with %1 failed: %2. The store may require a client "
                            "certificate, or ours may not be accepted.")
                             .arg(host, reply->errorString()));
    case QNetworkReply::RemoteHostClosedError:
        return failure(tr("The store at %1 closed the connection while sending %2.").arg(host, relativePath));
    default:
        break;
    }
    if (status == 400 || status == 495 || status == 496) {
        const QString body = QString::fromUtf8(errorBody.left(2000));
        if (body.contains(QLatin1String("SSL certificate"), Qt::CaseInsensitive) || status != 400)
            return makeError(ErrorKind::Auth,
                             tr("The store requires a valid client certificate (HTTP %1). Configure "
                                "the certificate the store issued to this workstation.")
                                 .arg(status));
    }
    if (status == 404)
        return makeError(ErrorKind::NotFound, tr("%1 is missing on the store's server (HTTP 404).").arg(relativePath));
    if (status == 401 || status == 403)
        return makeError(ErrorKind::Auth,
                         tr("The store refused access to %1 (HTTP %2).").arg(relativePath).arg(status));
    if (status >= 300)
        return failure(tr("The store answered HTTP %1 for %2.").arg(status).arg(relativePath));
    return failure(tr("Downloading %1 failed: %2").arg(relativePath, reply->errorString()));
}

Result<QByteArray> HttpsDropSource::fetch(const QString& relativePath, qint64 maxBytes)
{
    if (!safeRelativePath(relativePath))
        return makeError(ErrorKind::Verification, tr("Refused the unsafe path %1.").arg(relativePath.left(100)));
    std::unique_ptr<QNetworkReply> reply(m_nam->get(request(relativePath)));
    QByteArray body;
    const auto run = runReply(
        reply.get(),
        [&]() -> QString {
            const QVariant len = reply->header(QNetworkRequest::ContentLengthHeader);
            if (len.isValid() && len.toLongLong() > maxBytes)
                return tr("%1 is %2 bytes, more than the %3 allowed.")
                    .arg(relativePath)
                    .arg(len.toLongLong())
                    .arg(maxBytes);
            return {};
        },
        [&](const QByteArray& data) -> QString {
            body += data;
            if (body.size() > maxBytes)
                return tr("%1 is larger than the %2 bytes allowed.").arg(relativePath).arg(maxBytes);
            return {};
        },
        nullptr);
    if (!run.vetoed.isEmpty())
        return makeError(ErrorKind::Verification, run.vetoed);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || !run.sslErrors.isEmpty() || status != 200)
        return explain(reply.get(), relativePath, run.sslErrors, run.errorBody);
    return body;
}

Result<qint64> HttpsDropSource::download(const QString& relativePath, const QString& localPath, qint64 expectedSize,
                                         const Progress& progress, const std::atomic_bool* cancel)
{
    if (!safeRelativePath(relativePath))
        return makeError(ErrorKind::Verification, tr("Refused the unsafe path %1.").arg(relativePath.left(100)));
    QFile out(localPath);
    if (!out.open(QIODevice::ReadWrite))
        return failure(tr("Cannot write %1: %2").arg(localPath, out.errorString()));
    qint64 have = out.size();
    if (have > expectedSize) {
        out.resize(0);
        have = 0;
    }
    if (have == expectedSize)
        return qint64(0);
    QNetworkRequest req = request(relativePath);
    if (have > 0)
        req.setRawHeader("Range", "bytes=" + QByteArray::number(have) + '-');
    std::unique_ptr<QNetworkReply> reply(m_nam->get(req));
    qint64 transferred = 0;
    bool headersOk = false;
    const auto run = runReply(
        reply.get(),
        [&]() -> QString {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 206) {
                static const QRegularExpression range(QStringLiteral(R"(^bytes (\d+)-(\d+)/(\d+|\*)\z)"));
                const auto m = range.match(QString::fromLatin1(reply->rawHeader("Content-Range")));
                if (!m.hasMatch() || m.captured(1).toLongLong() != have)
                    return tr("The store answered a resumed download of %1 with the wrong range.").arg(relativePath);
                headersOk = true;
            } else if (status == 200) {
                // The server ignored the Range request: start again from the first byte.
                out.resize(0);
                have = 0;
                headersOk = true;
            }
            const QVariant len = reply->header(QNetworkRequest::ContentLengthHeader);
            if (headersOk && len.isValid() && have + len.toLongLong() > expectedSize)
                return tr("%1 is larger on the server than the incident says (%2 bytes).")
                    .arg(relativePath)
                    .arg(expectedSize);
            return {};
        },
        [&](const QByteArray& data) -> QString {
            if (!headersOk)
                return {};
            if (have + data.size() > expectedSize)
                return tr("%1 is larger on the server than the incident says (%2 bytes).")
                    .arg(relativePath)
                    .arg(expectedSize);
            out.seek(have);
            if (out.write(data) != data.size())
                return tr("Writing %1 failed: %2").arg(localPath, out.errorString());
            have += data.size();
            transferred += data.size();
            if (progress)
                progress(have, expectedSize);
            return {};
        },
        cancel);
    out.flush();
    if (run.cancelled)
        return makeError(
            ErrorKind::Cancelled,
            tr("Cancelled; %1 of %2 bytes of %3 are kept to resume.").arg(have).arg(expectedSize).arg(relativePath));
    if (!run.vetoed.isEmpty())
        return makeError(ErrorKind::Verification, run.vetoed);
    if (!headersOk || reply->error() != QNetworkReply::NoError || !run.sslErrors.isEmpty())
        return explain(reply.get(), relativePath, run.sslErrors, run.errorBody);
    if (have != expectedSize)
        return failure(tr("The download of %1 ended early (%2 of %3 bytes); it will resume.")
                           .arg(relativePath)
                           .arg(have)
                           .arg(expectedSize));
    return transferred;
}

Status HttpsDropSource::stream(const QString& relativePath, qint64 maxBytes,
                               const std::function<Status(const QByteArray&)>& sink, const std::atomic_bool* cancel)
{
    if (!safeRelativePath(relativePath))
        return makeError(ErrorKind::Verification, tr("Refused the unsafe path %1.").arg(relativePath.left(100)));
    std::unique_ptr<QNetworkReply> reply(m_nam->get(request(relativePath)));
    qint64 total = 0;
    Status sinkStatus;
    const auto run = runReply(
        reply.get(),
        [&]() -> QString {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status != 200)
                return {}; // reported by explain() below
            const QVariant len = reply->header(QNetworkRequest::ContentLengthHeader);
            if (len.isValid() && len.toLongLong() > maxBytes)
                return tr("%1 is larger than allowed.").arg(relativePath);
            return {};
        },
        [&](const QByteArray& data) -> QString {
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                return {};
            total += data.size();
            if (total > maxBytes)
                return tr("%1 is larger than allowed.").arg(relativePath);
            sinkStatus = sink(data);
            return sinkStatus ? QString() : sinkStatus.errorMessage();
        },
        cancel);
    if (run.cancelled)
        return makeError(ErrorKind::Cancelled, tr("Cancelled."));
    if (!sinkStatus)
        return sinkStatus;
    if (!run.vetoed.isEmpty())
        return makeError(ErrorKind::Verification, run.vetoed);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || !run.sslErrors.isEmpty() || status != 200)
        return explain(reply.get(), relativePath, run.sslErrors, run.errorBody);
    return {};
}

} // namespace lpdesk

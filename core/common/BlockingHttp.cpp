#include "common/BlockingHttp.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QSslError>
#include <QTimer>

namespace lpdesk {

HttpAnswer blockingHttp(QNetworkAccessManager& nam, const QNetworkRequest& request, const QByteArray& verb,
                        const QByteArray& body, qint64 maxBytes, const std::atomic_bool* cancel)
{
    QNetworkReply* reply = verb == "HEAD" ? nam.head(request) : nam.sendCustomRequest(request, verb, body);
    HttpAnswer h;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [&h](const QList<QSslError>& errors) {
        for (const QSslError& e : errors)
            h.sslErrors << e.errorString();
    });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        h.body += reply->read(maxBytes + 1 - h.body.size());
        if (h.body.size() > maxBytes) {
            h.tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (cancel && cancel->load())
            reply->abort();
    });
    poll.start(100);
    if (!reply->isFinished())
        loop.exec();
    if (h.body.size() <= maxBytes)
        h.body += reply->read(maxBytes + 1 - h.body.size());
    h.tooLarge = h.tooLarge || h.body.size() > maxBytes;
    h.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    h.error = reply->error();
    h.errorText = reply->errorString();
    for (const auto& [name, value] : reply->rawHeaderPairs())
        h.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return h;
}

} // namespace lpdesk

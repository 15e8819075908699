// One blocking HTTP exchange, shared by the RFC 3161 client (crypto/Timestamp) and the agency client
// (submit/SubmissionService): a local event loop, an answer capped in size, and a cancel flag polled every 100 ms.
// The caller sets the request's timeout, TLS and redirect policy; they are not changed here.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QString>
#include <QStringList>

#include <atomic>

class QNetworkAccessManager;

namespace lpdesk {

struct HttpAnswer
{
    int status = 0; // 0: no HTTP answer (transport failure)
    QByteArray body; // at most maxBytes + 1 bytes
    bool tooLarge = false; // the answer had more than maxBytes bytes and was aborted
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorText;
    QStringList sslErrors;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    bool transportFailed() const { return status == 0; }
};

// Sends verb (HEAD, or any verb with body) and waits for the answer; aborts when the answer passes maxBytes or
// *cancel becomes true.
HttpAnswer blockingHttp(QNetworkAccessManager& nam, const QNetworkRequest& request, const QByteArray& verb,
                        const QByteArray& body, qint64 maxBytes, const std::atomic_bool* cancel);

} // namespace lpdesk

#include "TusServer.h"

#include <QSslSocket>

namespace lpdesk::test {

void TusServer::reset()
{
    data.clear();
    length = -1;
    log.clear();
    m_patches = 0;
}

bool TusServer::listen(const QSslConfiguration& ssl)
{
    m_server.setSslConfiguration(ssl);
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket* s = m_server.nextPendingConnection()) {
            connect(s, &QIODevice::readyRead, this, [this, s] { serve(s); });
            // Thousands of fuzzed uploads: a closed connection leaves nothing behind.
            connect(s, &QAbstractSocket::disconnected, this, [this, s] {
                m_buffers.remove(s);
                s->deleteLater();
            });
        }
    });
    return m_server.listen(QHostAddress::LocalHost);
}

void TusServer::serve(QTcpSocket* s)
{
    QByteArray& buffer = m_buffers[s];
    buffer += s->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    QHash<QByteArray, QByteArray> headers;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    const qint64 bodyLength = headers.value("content-length", "0").toLongLong();
    if (buffer.size() < end + 4 + bodyLength)
        return;
    const QByteArray method = lines.first().split(' ').first();
    const QByteArray body = buffer.mid(end + 4, bodyLength);
    buffer.remove(0, end + 4 + bodyLength);
    answer(s, method, headers, body);
}

void TusServer::answer(QTcpSocket* s, const QByteArray& method, const QHash<QByteArray, QByteArray>& headers,
                       const QByteArray& body)
{
    QByteArray status = "400 Bad Request", extra;
    if (method == "POST") {
        log << QStringLiteral("POST");
        length = headers.value("upload-length").toLongLong();
        status = "201 Created";
        if (!location.isEmpty())
            extra = "Location: " + location + "\r\n";
    } else if (method == "HEAD") {
        log << QStringLiteral("HEAD");
        status = "200 OK";
        extra = "Upload-Offset: " + QByteArray::number(headOffset >= 0 ? headOffset : data.size()) + "\r\n";
    } else if (method == "PATCH") {
        const qint64 offset = headers.value("upload-offset").toLongLong();
        log << QStringLiteral("PATCH %1 %2").arg(offset).arg(body.size());
        if (offset != data.size()) {
            status = "409 Conflict";
        } else {
            data += acceptAtMost >= 0 ? body.left(acceptAtMost) : body;
            status = ++m_patches == conflictOnPatch ? "409 Conflict" : "204 No Content";
            extra = "Upload-Offset: " + QByteArray::number(patchOffset >= 0 ? patchOffset : data.size()) + "\r\n";
        }
    }
    if (tamper)
        tamper(method, headers.value("upload-offset", "-1").toLongLong(), body, &status, &extra);
    // One answer per connection: an answer a client cannot parse (a fuzzed status line) ends with the connection
    // instead of leaving it waiting for its transfer timeout.
    s->write("HTTP/1.1 " + status + "\r\nTus-Resumable: 1.0.0\r\n" + extra
             + "Content-Length: 0\r\nConnection: close\r\n\r\n");
    s->disconnectFromHost();
}

QByteArray evidence(qsizetype n)
{
    QByteArray b(n, Qt::Uninitialized);
    for (qsizetype i = 0; i < n; ++i)
        b[i] = static_cast<char>((i * 31 + 7) & 0xff);
    return b;
}

} // namespace lpdesk::test

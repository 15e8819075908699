// A tus 1.0 server on 127.0.0.1 (HTTPS, in the test's own process) holding one upload, with faults a test switches
// on and a hook that rewrites any answer: TestTusUpload scripts it, the fuzzer's tus target fuzzes its answers.
#pragma once

#include <QHash>
#include <QObject>
#include <QSslConfiguration>
#include <QSslServer>
#include <QStringList>

#include <functional>

class QTcpSocket;

namespace lpdesk::test {

class TusServer : public QObject
{
public:
    QByteArray data; // what the server holds
    qint64 length = -1; // Upload-Length of the upload
    QByteArray location = "/api/uploads/1"; // what POST answers in Location (empty: no Location)
    qint64 acceptAtMost = -1; // a PATCH stores at most this many bytes (-1: all)
    int conflictOnPatch = 0; // the nth PATCH is stored but answered 409, as if its answer was lost and it was resent
    qint64 headOffset = -1; // HEAD answers this offset instead of the true one
    qint64 patchOffset = -1; // PATCH acknowledges this offset instead of the true one
    QStringList log; // "POST", "HEAD", "PATCH <offset> <bytes>"
    // Called with every request's method, Upload-Offset (-1: none) and body, and the answer about to go (status line,
    // extra header lines each ending in CRLF), which it may change.
    std::function<void(const QByteArray& method, qint64 offset, const QByteArray& body, QByteArray* status,
                       QByteArray* extra)>
        tamper;

    // Forgets the upload (its bytes, length, log and PATCH count); the faults stay as they are.
    void reset();
    bool listen(const QSslConfiguration& ssl);
    int port() const { return m_server.serverPort(); }

private:
    void serve(QTcpSocket* s);
    void answer(QTcpSocket* s, const QByteArray& method, const QHash<QByteArray, QByteArray>& headers,
                const QByteArray& body);

    QSslServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    int m_patches = 0;
};

// n bytes of a file to upload, in a pattern that shows where each byte came from (a chunk sent from the wrong offset
// does not match).
QByteArray evidence(qsizetype n);

} // namespace lpdesk::test

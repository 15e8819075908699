// TusUpload against a tus server on 127.0.0.1 (HTTPS with a throwaway PKI, in this process, scripted per test): a
// file goes in chunks at the offsets the server acknowledges (also when it takes less than was sent); a 409 offset
// mismatch ends the attempt as a retry, and the next attempt asks with HEAD and sends only what the server lacks; a
// Location on another origin (absolute or scheme-relative) or none at all is refused before any byte is sent; an
// impossible offset from HEAD or PATCH is refused; and 300 runs of fuzzed answers (fixed seed, replayable) break none
// of the upload's rules.
#include "TestServers.h"
#include "TestSupport.h"

#include "agencies/AgencyRegistry.h"
#include "submit/AgencyClient.h"
#include "submit/TusUpload.h"

#include <QRandomGenerator>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace lpdesk;

namespace {

// A tus server holding one upload, with faults a test switches on.
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
    // Called with every request's method and body and the answer about to go (status line, extra headers): the
    // fuzzed answers below change them.
    std::function<void(const QByteArray& method, qint64 offset, const QByteArray& body, QByteArray* status,
                       QByteArray* extra)>
        tamper;

    void reset()
    {
        data.clear();
        length = -1;
        log.clear();
        m_patches = 0;
    }

    bool listen(const QSslConfiguration& ssl)
    {
        m_server.setSslConfiguration(ssl);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection())
                connect(s, &QIODevice::readyRead, this, [this, s] { serve(s); });
        });
        return m_server.listen(QHostAddress::LocalHost);
    }
    int port() const { return m_server.serverPort(); }

private:
    void serve(QTcpSocket* s)
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

    void answer(QTcpSocket* s, const QByteArray& method, const QHash<QByteArray, QByteArray>& headers,
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
        // One answer per connection: an answer a client cannot parse (a fuzzed status line) ends with the
        // connection instead of leaving it waiting for its transfer timeout.
        s->write("HTTP/1.1 " + status + "\r\nTus-Resumable: 1.0.0\r\n" + extra
                 + "Content-Length: 0\r\nConnection: close\r\n\r\n");
        s->disconnectFromHost();
    }

    QSslServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    int m_patches = 0;
};

QByteArray evidence(qsizetype n)
{
    QByteArray b(n, Qt::Uninitialized);
    for (qsizetype i = 0; i < n; ++i)
        b[i] = static_cast<char>((i * 31 + 7) & 0xff);
    return b;
}

} // namespace

class TestTusUpload : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_caFile;
    QSslConfiguration m_ssl;
    std::unique_ptr<TusServer> m_server;
    std::unique_ptr<CaseDatabase> m_db;
    std::unique_ptr<AgencyClient> m_client;

    // What the upload saved and counted, as the submission would keep it.
    QStringList m_savedLocations;
    QList<qint64> m_savedOffsets;
    qint64 m_sent = 0;

    TusFile file(const QByteArray& bytes)
    {
        TusFile t;
        t.size = bytes.size();
        t.metadata = "filename cGFja2FnZS56aXA=";
        t.read = [bytes](qint64 offset, qint64 max) { return bytes.mid(offset, max); };
        t.saveLocation = [this](const QString& l) {
            m_savedLocations << l;
            return Status();
        };
        t.saveOffset = [this](qint64 o) {
            m_savedOffsets << o;
            return Status();
        };
        t.countSent = [this](qint64 n) {
            m_sent += n;
            return Status();
        };
        return t;
    }
    QUrl uploads() const { return QUrl(QStringLiteral("https://127.0.0.1:%1/api/uploads").arg(m_server->port())); }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("LPDESK_UPLOAD_CHUNK", "1024");
        QString error;
        QVERIFY2(test::TestPki::create(m_dir.filePath(QStringLiteral("pki")), &error), qPrintable(error));
        m_caFile = m_dir.filePath(QStringLiteral("pki/ca.pem"));
        m_ssl = QSslConfiguration::defaultConfiguration();
        m_ssl.setLocalCertificate(QSslCertificate(test::readFile(m_dir.filePath(QStringLiteral("pki/server.pem")))));
        m_ssl.setPrivateKey(QSslKey(test::readFile(m_dir.filePath(QStringLiteral("pki/server.key"))), QSsl::Ec));
        QVERIFY(!m_ssl.privateKey().isNull());
        m_db = test::createDatabase(m_dir.filePath(QStringLiteral("db")));
        QVERIFY(m_db);
    }

    // A new server and a client opened on it (the agency registered for the server's port).
    void init()
    {
        m_server = std::make_unique<TusServer>();
        QVERIFY(m_server->listen(m_ssl));
        static int n = 0;
        AgencyProfile p;
        p.id = QStringLiteral("tus-%1").arg(++n);
        p.name = QStringLiteral("Test Police");
        p.baseUrl = QStringLiteral("https://127.0.0.1:%1/api").arg(m_server->port());
        p.caPem = test::readFile(m_caFile);
        QVERIFY(!p.caPem.isEmpty());
        const Status added = AgencyRegistry(*m_db).add(p, {});
        QVERIFY2(added, qPrintable(added.errorMessage()));
        auto stored = AgencyRegistry(*m_db).get(p.id);
        QVERIFY(stored);
        m_client = std::make_unique<AgencyClient>(nullptr);
        const Status opened = m_client->open(*m_db, p.id, {}, AgencyRegistry::endpointFingerprint(*stored));
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        m_savedLocations.clear();
        m_savedOffsets.clear();
        m_sent = 0;
    }

    void chunksAtTheAcknowledgedOffsets()
    {
        const QByteArray bytes = evidence(5000);
        TusFile t = file(bytes);
        const Status done = TusUpload(*m_client, uploads(), nullptr).upload(t);
        QVERIFY2(done, qPrintable(done.errorMessage()));
        QCOMPARE(m_server->data, bytes);
        QCOMPARE(m_server->length, qint64(5000));
        QCOMPARE(m_server->log,
                 QStringList({QStringLiteral("POST"), QStringLiteral("PATCH 0 1024"), QStringLiteral("PATCH 1024 1024"),
                              QStringLiteral("PATCH 2048 1024"), QStringLiteral("PATCH 3072 1024"),
                              QStringLiteral("PATCH 4096 904")}));
        QCOMPARE(m_savedLocations,
                 QStringList {QStringLiteral("https://127.0.0.1:%1/api/uploads/1").arg(m_server->port())});
        QCOMPARE(m_savedOffsets, QList<qint64>({1024, 2048, 3072, 4096, 5000}));
        QCOMPARE(m_sent, qint64(5000));
    }

    void lessAcknowledgedThanSentIsSentAgain()
    {
        m_server->acceptAtMost = 700;
        const QByteArray bytes = evidence(2000);
        TusFile t = file(bytes);
        const Status done = TusUpload(*m_client, uploads(), nullptr).upload(t);
        QVERIFY2(done, qPrintable(done.errorMessage()));
        QCOMPARE(m_server->data, bytes);
        QCOMPARE(m_savedOffsets, QList<qint64>({700, 1400, 2000}));
        QCOMPARE(m_server->log.mid(1),
                 QStringList({QStringLiteral("PATCH 0 1024"), QStringLiteral("PATCH 700 1024"),
                              QStringLiteral("PATCH 1400 600")}));
        QCOMPARE(m_sent, qint64(1024 + 1024 + 600)); // resent bytes count too
    }

    void afterAConflictTheNextAttemptResumesFromTheServersOffset()
    {
        m_server->conflictOnPatch = 2; // the second chunk is stored, but its answer says 409
        const QByteArray bytes = evidence(4000);
        TusFile t = file(bytes);
        const Status first = TusUpload(*m_client, uploads(), nullptr).upload(t);
        QVERIFY(!first);
        QCOMPARE(first.error().kind, ErrorKind::Failed); // a retry, not a final failure
        QVERIFY2(first.errorMessage().contains(QLatin1String("disagree on the upload offset")),
                 qPrintable(first.errorMessage()));
        QCOMPARE(m_savedOffsets, QList<qint64>({1024}));
        QCOMPARE(m_server->data.size(), 2048);
        // The next attempt: the location was saved; HEAD says 2048, and only the rest is sent.
        m_server->log.clear();
        const Status second = TusUpload(*m_client, uploads(), nullptr).upload(t);
        QVERIFY2(second, qPrintable(second.errorMessage()));
        QCOMPARE(
            m_server->log,
            QStringList({QStringLiteral("HEAD"), QStringLiteral("PATCH 2048 1024"), QStringLiteral("PATCH 3072 928")}));
        QCOMPARE(m_server->data, bytes);
        QCOMPARE(m_savedOffsets, QList<qint64>({1024, 2048, 3072, 4000}));
    }

    void aForeignOrMissingLocationIsRefused_data()
    {
        QTest::addColumn<QByteArray>("location");
        QTest::newRow("other host") << QByteArray("https://collector.example/uploads/1");
        QTest::newRow("scheme-relative") << QByteArray("//collector.example/uploads/1");
        QTest::newRow("other port") << QByteArray("https://127.0.0.1:1/uploads/1");
        QTest::newRow("plain http") << QByteArray("http://127.0.0.1/uploads/1");
        QTest::newRow("user info") << QByteArray("https://x:y@127.0.0.1/uploads/1");
        QTest::newRow("none") << QByteArray();
    }
    void aForeignOrMissingLocationIsRefused()
    {
        QFETCH(QByteArray, location);
        if (location.contains("127.0.0.1/"))
            location.replace("127.0.0.1/", "127.0.0.1:" + QByteArray::number(m_server->port()) + "/");
        m_server->location = location;
        TusFile t = file(evidence(3000));
        const Status refused = TusUpload(*m_client, uploads(), nullptr).upload(t);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Usage); // final: no retry sends the evidence there
        QCOMPARE(m_server->log, QStringList {QStringLiteral("POST")}); // not a byte sent
        QVERIFY(m_savedLocations.isEmpty());
        QCOMPARE(m_sent, qint64(0));
        // The refused address is not kept: the next attempt with the same file starts a new upload here rather
        // than asking the other host (with the agency's credentials) where the upload stopped.
        QCOMPARE(t.location, QString());
        m_server->location = "/api/uploads/1";
        const Status again = TusUpload(*m_client, uploads(), nullptr).upload(t);
        QVERIFY2(again, qPrintable(again.errorMessage()));
        QCOMPARE(m_server->log.first(2), QStringList({QStringLiteral("POST"), QStringLiteral("POST")}));
    }

    void impossibleOffsetsAreRefused()
    {
        m_server->patchOffset = 999999; // more than the file
        TusFile t = file(evidence(3000));
        const Status patched = TusUpload(*m_client, uploads(), nullptr).upload(t);
        QVERIFY(!patched);
        QVERIFY2(patched.errorMessage().contains(QLatin1String("acknowledged an impossible upload offset")),
                 qPrintable(patched.errorMessage()));
        QVERIFY(m_savedOffsets.isEmpty());
        m_server->patchOffset = -1;
        m_server->headOffset = 3001; // HEAD on the saved upload: past the end
        const Status asked = TusUpload(*m_client, uploads(), nullptr).upload(t);
        QVERIFY(!asked);
        QVERIFY2(asked.errorMessage().contains(QLatin1String("reports an impossible upload offset")),
                 qPrintable(asked.errorMessage()));
    }

    // Fuzzed answers (fixed seed; LPDESK_TUS_FUZZ_REPLAY=N runs iteration N alone): status codes, Location and
    // Upload-Offset values a broken or hostile agency could send, over up to four attempts per file. Whatever they
    // say, every PATCH carries the file's own bytes from the offset it names, every saved offset lies inside the
    // file, every location saved or kept for the next attempt is on the agency's origin, and an upload that reports
    // success last saved the file's full length. Some uploads must get through (a run where none does fails: the
    // fuzzing went nowhere).
    void fuzzedAnswersNeverBreakTheRules()
    {
        const QByteArray replay = qgetenv("LPDESK_TUS_FUZZ_REPLAY");
        const int first = replay.isEmpty() ? 0 : replay.toInt(), last = replay.isEmpty() ? 300 : first + 1;
        const QString origin = QStringLiteral("https://127.0.0.1:%1/").arg(m_server->port());
        int accepted = 0;
        for (int iteration = first; iteration < last; ++iteration) {
            QRandomGenerator rng(0x7e57u + static_cast<quint32>(iteration));
            const QByteArray bytes = evidence(1 + rng.bounded(4000));
            QString broken;
            m_server->reset();
            m_server->tamper = [&](const QByteArray& method, qint64 offset, const QByteArray& body, QByteArray* status,
                                   QByteArray* extra) {
                if (method == "PATCH" && body != bytes.mid(offset, body.size()))
                    broken = QStringLiteral("PATCH at %1 carried other bytes").arg(offset);
                if (rng.bounded(3) != 0)
                    return; // most answers are the true ones
                static const QList<QByteArray> statuses {
                    "200 OK",       "201 Created", "204 No Content",        "308 Resume", "404 Not Found",
                    "409 Conflict", "410 Gone",    "460 Checksum Mismatch", "503 Busy",   "999 What"};
                static const QList<QByteArray> offsets {"0", "-1",  "1",    "999999999999",        "abc",
                                                        "",  "1e3", " 12 ", "18446744073709551616"};
                static const QList<QByteArray> locations {"/api/uploads/2",
                                                          "https://collector.example/u",
                                                          "//collector.example/u",
                                                          "uploads/3",
                                                          "https://127.0.0.1:1/u",
                                                          "http://127.0.0.1/u",
                                                          "",
                                                          "\x01\x02",
                                                          "https://127.0.0.1/%zz"};
                switch (rng.bounded(3)) {
                case 0:
                    *status = statuses[rng.bounded(static_cast<int>(statuses.size()))];
                    break;
                case 1:
                    *extra = "Upload-Offset: " + offsets[rng.bounded(static_cast<int>(offsets.size()))] + "\r\n";
                    break;
                default:
                    *extra = "Location: " + locations[rng.bounded(static_cast<int>(locations.size()))] + "\r\n";
                    break;
                }
            };
            m_savedLocations.clear();
            m_savedOffsets.clear();
            TusFile t = file(bytes);
            bool done = false;
            for (int attempt = 0; attempt < 4 && !done; ++attempt) {
                done = bool(TusUpload(*m_client, uploads(), nullptr).upload(t));
                if (!t.location.isEmpty() && !t.location.startsWith(origin))
                    broken = QStringLiteral("the next attempt would ask %1").arg(t.location);
            }
            for (const qint64 o : std::as_const(m_savedOffsets))
                if (o < 0 || o > bytes.size())
                    broken = QStringLiteral("saved offset %1 of %2 bytes").arg(o).arg(bytes.size());
            for (const QString& l : std::as_const(m_savedLocations))
                if (!l.startsWith(origin))
                    broken = QStringLiteral("saved location %1").arg(l);
            if (done && (m_savedOffsets.isEmpty() || m_savedOffsets.last() != bytes.size()))
                broken = QStringLiteral("success without the full length acknowledged");
            m_server->tamper = nullptr;
            QVERIFY2(broken.isEmpty(),
                     qPrintable(QStringLiteral("iteration %1: %2 (replay: LPDESK_TUS_FUZZ_REPLAY=%1 "
                                               "TestTusUpload fuzzedAnswersNeverBreakTheRules)")
                                    .arg(iteration)
                                    .arg(broken)));
            accepted += done ? 1 : 0;
        }
        qInfo("%d of %d fuzzed uploads completed", accepted, last - first);
        QVERIFY2(!replay.isEmpty() || accepted > 0, "no fuzzed upload completed");
    }
};

QTEST_GUILESS_MAIN(TestTusUpload)
#include "TestTusUpload.moc"

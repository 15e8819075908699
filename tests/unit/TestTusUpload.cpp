// TusUpload against a tus server on 127.0.0.1 (HTTPS with a throwaway PKI, in this process, scripted per test): a
// file goes in chunks at the offsets the server acknowledges (also when it takes less than was sent); a 409 offset
// mismatch ends the attempt as a retry, and the next attempt asks with HEAD and sends only what the server lacks; a
// Location on another origin (absolute or scheme-relative) or none at all is refused before any byte is sent; an
// impossible offset from HEAD or PATCH is refused. Fuzzed answers are lpdesk-fuzz's tus target (tests/fuzz/FuzzTus.h).
#include "TestServers.h"
#include "TestSupport.h"
#include "TusServer.h"

#include "agencies/AgencyRegistry.h"
#include "submit/AgencyClient.h"
#include "submit/TusUpload.h"

#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace lpdesk;
using test::evidence;

class TestTusUpload : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_caFile;
    QSslConfiguration m_ssl;
    std::unique_ptr<test::TusServer> m_server;
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
        m_server = std::make_unique<test::TusServer>();
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
};

QTEST_GUILESS_MAIN(TestTusUpload)
#include "TestTusUpload.moc"

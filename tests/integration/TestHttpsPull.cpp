// Pulling from a store drop served by nginx on 127.0.0.1 with TLS and ssl_verify_client on: success with the
// client certificate, clear refusals without it or with the wrong CA (nothing changed), and an interrupted
// download resumed with a Range request (only the remainder is transferred) — in process and after kill -9.
#include "TestServers.h"
#include "TestSupport.h"

#include "crypto/Sha256.h"
#include "crypto/SigningIdentity.h"
#include "db/AuditEventCache.h"
#include "db/RecipientRotation.h"
#include "db/UserDirectory.h"
#include "db/WorkstationKeys.h"
#include "sim/StoreSimulator.h"
#include "store/PullService.h"
#include "store/StoreRegistry.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <signal.h>

using namespace lpdesk;

class TestHttpsPull : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::TestPki m_pki;
    test::NginxServer m_fast;
    test::NginxServer m_slow;
    QString m_storeId;
    QByteArray m_recipient;
    SecureBytes m_recipientPrivate;
    qint64 m_mediaTotal = 0;
    int m_incidents = 0;

    QByteArray read(const QString& path)
    {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }

    // A fresh database that shares the workstation key the drop was encrypted to.
    std::unique_ptr<CaseDatabase> freshDatabase(const QString& name)
    {
        const QString dir = m_dir.filePath(name);
        QDir().mkpath(dir);
        auto db = test::createDatabase(dir);
        QSqlDatabase c = db->connection();
        // Recorded as a rotation records it (every reader of the recipient key compares it with the audit log):
        // retiring the key before it, signed by the administrator's personal key.
        auto before = WorkstationKeys::recipientPublicKey(c);
        auto created = AuditEventCache::databaseCreated(c);
        auto admin = db->personalIdentity();
        if (!before || !created || !admin)
            qFatal("cannot read the database's recipient key, creation or administrator");
        auto rotation
            = RecipientRotation::signedDetails(*admin, created->value(QLatin1String("database_id")).toString(),
                                               toHex(X25519::keyId(*before)), toHex(X25519::keyId(m_recipient)));
        QSqlQuery q(c);
        q.prepare(QStringLiteral("UPDATE identity SET public_key = ?, private_key = ? WHERE name = 'recipient'"));
        q.addBindValue(m_recipient);
        q.addBindValue(QByteArray(m_recipientPrivate.constChar(), m_recipientPrivate.isize()));
        q.exec();
        if (!rotation || !db->audit(QStringLiteral("recipient_key_rotated"), *rotation))
            qFatal("cannot record the test recipient key");
        if (!UserDirectory(*db).add(QStringLiteral("ivy"), Role::Investigator, test::secret("ivy-pass")))
            qFatal("cannot add the test user");
        return db;
    }

    StoreConnection connection(const test::NginxServer& server, bool withClient, bool rightCa)
    {
        StoreConnection c;
        c.kind = QStringLiteral("https");
        c.location = server.url() + m_storeId + QLatin1Char('/');
        c.caPem = read(rightCa ? m_pki.caCert : m_pki.otherCaCert);
        if (withClient) {
            c.clientCertPem = read(m_pki.clientCert);
            c.clientKeyPem = read(m_pki.clientKey);
        }
        return c;
    }

    int count(CaseDatabase& db, const char* sql)
    {
        QSqlDatabase c = db.connection();
        QSqlQuery q(c);
        return q.exec(QString::fromLatin1(sql)) && q.next() ? q.value(0).toInt() : -1;
    }

    qint64 partialBytes(const QString& mediaDir)
    {
        qint64 n = 0;
        QDirIterator it(mediaDir + QStringLiteral("/partial"), QDir::Files);
        while (it.hasNext())
            n += QFileInfo(it.next()).size();
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        const QString pki = m_dir.filePath(QStringLiteral("pki"));
        QVERIFY2(test::TestPki::create(pki, &error), qPrintable(error));
        m_pki.caCert = pki + QStringLiteral("/ca.pem");
        m_pki.serverCert = pki + QStringLiteral("/server.pem");
        m_pki.serverKey = pki + QStringLiteral("/server.key");
        m_pki.clientCert = pki + QStringLiteral("/client.pem");
        m_pki.clientKey = pki + QStringLiteral("/client.key");
        m_pki.otherCaCert = pki + QStringLiteral("/other-ca.pem");

        const X25519KeyPair key = X25519::generate();
        m_recipient = key.publicKey;
        m_recipientPrivate = key.privateKey.clone();
        SimulatorOptions o;
        o.outDir = m_dir.filePath(QStringLiteral("drop"));
        o.recipientPublicKey = m_recipient;
        o.stores = 1;
        o.incidentsPerStore = 3;
        o.clipSeconds = 30;
        o.width = 960;
        o.height = 540;
        auto sim = StoreSimulator::run(o);
        QVERIFY2(sim, qPrintable(sim.errorMessage()));
        m_storeId = sim->storeIds.first();
        m_mediaTotal = sim->mediaBytes;
        m_incidents = sim->incidents;
        QVERIFY(m_mediaTotal > 1000000);

        test::NginxOptions n;
        n.root = o.outDir;
        n.serverCert = m_pki.serverCert;
        n.serverKey = m_pki.serverKey;
        n.clientCa = m_pki.caCert;
        QVERIFY2(m_fast.start(m_dir.filePath(QStringLiteral("nginx-fast")), n, &error), qPrintable(error));
        n.rateLimitBytes = 250 * 1024;
        QVERIFY2(m_slow.start(m_dir.filePath(QStringLiteral("nginx-slow")), n, &error), qPrintable(error));
    }

    void pullSucceedsWithClientCertificate()
    {
        auto db = freshDatabase(QStringLiteral("ok"));
        QVERIFY(StoreRegistry(*db).add(m_storeId, connection(m_fast, true, true)));
        auto tested = StoreRegistry(*db).testConnection(m_storeId);
        QVERIFY2(tested, qPrintable(tested.errorMessage()));
        auto summary = PullService(*db).pull({});
        QVERIFY(summary);
        QVERIFY2(summary->complete(), qPrintable(summary->stores.first().error));
        QCOMPARE(summary->newIncidents(), m_incidents);
        QCOMPARE(summary->mediaBytes(), m_mediaTotal);
        QCOMPARE(count(*db, "SELECT count(*) FROM incidents"), m_incidents);
        QCOMPARE(partialBytes(db->mediaDirectory()), 0);
        QVERIFY(db->check()->ok());
        // A second pull fetches nothing new.
        auto again = PullService(*db).pull({});
        QCOMPARE(again->newIncidents(), 0);
        QCOMPARE(again->bytesTransferred(), 0);
    }

    void withoutClientCertificateFailsClearly()
    {
        auto db = freshDatabase(QStringLiteral("nocert"));
        QVERIFY(StoreRegistry(*db).add(m_storeId, connection(m_fast, false, true)));
        const auto before = test::snapshot(db->mediaDirectory());
        auto summary = PullService(*db).pull({});
        QVERIFY(summary);
        const QString error = summary->stores.first().error;
        QVERIFY2(error.contains(QLatin1String("client certificate")), qPrintable(error));
        QCOMPARE(count(*db, "SELECT count(*) FROM incidents"), 0);
        QCOMPARE(count(*db, "SELECT count(*) FROM evidence_files"), 0);
        QCOMPARE(test::snapshot(db->mediaDirectory()), before);
        auto stores = StoreRegistry(*db).list();
        QCOMPARE(stores->first().lastError, error);
    }

    void wrongCaFailsClearly()
    {
        auto db = freshDatabase(QStringLiteral("wrongca"));
        QVERIFY(StoreRegistry(*db).add(m_storeId, connection(m_fast, true, false)));
        const auto before = test::snapshot(db->mediaDirectory());
        auto summary = PullService(*db).pull({});
        const QString error = summary->stores.first().error;
        QVERIFY2(error.contains(QLatin1String("not signed by the pinned CA")), qPrintable(error));
        QCOMPARE(count(*db, "SELECT count(*) FROM incidents"), 0);
        QCOMPARE(test::snapshot(db->mediaDirectory()), before);
    }

    void interruptedDownloadResumesWithRange()
    {
        auto db = freshDatabase(QStringLiteral("resume"));
        QVERIFY(StoreRegistry(*db).add(m_storeId, connection(m_slow, true, true)));
        std::atomic_bool cancel {false};
        qint64 seenTotal = 0;
        auto first = PullService(*db).pull(
            {},
            [&](const PullProgress& p) {
                if (p.stage.startsWith(QLatin1String("downloading")) && p.total > 0 && p.done * 10 >= p.total * 4) {
                    seenTotal = p.total;
                    cancel = true;
                }
            },
            &cancel);
        QVERIFY(first);
        QVERIFY(first->cancelled());
        const qint64 partial = partialBytes(db->mediaDirectory());
        QVERIFY2(partial > 0 && partial < seenTotal,
                 qPrintable(QStringLiteral("%1 of %2").arg(partial).arg(seenTotal)));
        QCOMPARE(count(*db, "SELECT count(*) FROM incidents"), 0); // no half incident

        auto second = PullService(*db).pull({});
        QVERIFY2(second->complete(), qPrintable(second->stores.first().error));
        QCOMPARE(second->newIncidents(), m_incidents);
        // Only the remainder of the interrupted file, and the untouched files, crossed the wire.
        QCOMPARE(second->bytesTransferred(), m_mediaTotal - partial);
        QVERIFY2(m_slow.accessLog().contains(QStringLiteral("|bytes=%1-|206|").arg(partial)),
                 qPrintable(m_slow.accessLog()));
        QCOMPARE(partialBytes(db->mediaDirectory()), 0);
    }

    void killedCliPullResumes()
    {
        auto db = freshDatabase(QStringLiteral("killed"));
        QVERIFY(StoreRegistry(*db).add(m_storeId, connection(m_slow, true, true)));
        const QString path = db->path();
        const QString media = db->mediaDirectory();
        db.reset();
        const QMap<QString, QString> env = test::envAs(path, QStringLiteral("ivy"));
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (auto it = env.cbegin(); it != env.cend(); ++it)
            e.insert(it.key(), it.value());
        p.setProcessEnvironment(e);
        p.start(test::cliPath(), {QStringLiteral("pull")});
        QTRY_VERIFY_WITH_TIMEOUT(partialBytes(media) > 200000, 60000);
        ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
        p.waitForFinished();
        const qint64 partial = partialBytes(media);
        auto before = test::cli({QStringLiteral("--json"), QStringLiteral("incidents"), QStringLiteral("list")}, env);
        QVERIFY2(before.exitCode == 0, qPrintable(before.describe()));
        const int kept = int(QJsonDocument::fromJson(before.out).array().size());
        QVERIFY(kept < m_incidents); // the kill landed inside the pull
        auto r = test::cli({QStringLiteral("--json"), QStringLiteral("pull")}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject store = QJsonDocument::fromJson(r.out).array().first().toObject();
        // Incidents committed before the kill stay; the rest arrive now, none twice.
        QCOMPARE(store.value(QLatin1String("new_incidents")).toInt(), m_incidents - kept);
        QVERIFY(store.value(QLatin1String("bytes_transferred")).toInteger() <= m_mediaTotal - partial);
        auto check = test::cliAs(path, QStringLiteral("admin"), {QStringLiteral("db"), QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, qPrintable(check.describe()));
        auto list = test::cli({QStringLiteral("--json"), QStringLiteral("incidents"), QStringLiteral("list")}, env);
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), m_incidents);
        QCOMPARE(partialBytes(media), 0);
    }
};

QTEST_GUILESS_MAIN(TestHttpsPull)
#include "TestHttpsPull.moc"

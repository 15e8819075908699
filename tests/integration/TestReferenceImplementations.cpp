// The agency protocol against implementations LP Desk did not write: the workstation submits a release to an
// endpoint whose uploads are taken by the reference tus server (npm @tus/server + @tus/file-store, Node.js, on
// 127.0.0.1 over TLS) and whose creation and completion check every request with npm http-message-signatures
// (RFC 9421) and httpbis-digest-headers (RFC 9530) — tests/node/reference_agency.mjs. The connection is cut in
// the middle of the package; the workstation resumes from the offset the tus server reports, and the file the tus
// server stored is byte for byte the sealed package.
#include "TestServers.h"
#include "TestSupport.h"
#include "World.h"

#include "db/UserDirectory.h"
#include "db/WorkstationKeys.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace lpdesk;

namespace {

using test::readFile;
using test::writeFile;

QList<QJsonObject> jsonLines(const QString& path)
{
    QList<QJsonObject> out;
    for (const QByteArray& line : readFile(path).split('\n'))
        if (!line.trimmed().isEmpty())
            out << QJsonDocument::fromJson(line).object();
    return out;
}

} // namespace

class TestReferenceImplementations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_case;
    QString m_agencyDir;
    QProcess m_agency;

    QMap<QString, QString> env(const QString& user) const
    {
        return test::envAs(m_db, user, {{QStringLiteral("LPDESK_UPLOAD_CHUNK"), QStringLiteral("65536")}});
    }
    test::ProcessRun as(const QString& user, const QStringList& args) const { return test::cli(args, env(user)); }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString node() const { return test::sourceDir() + QStringLiteral("/tests/node"); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(node() + QStringLiteral("/node_modules/@tus/server/package.json")),
                 "tests/node/node_modules is missing: run ./packaging/dev.sh build (npm ci)");
        test::World world;
        QVERIFY(
            world.build(m_dir.path(),
                        {.people = {{QStringLiteral("ivy"), Role::Investigator}, {QStringLiteral("lena"), Role::Legal}},
                         .incidents = 3,
                         .clipSeconds = 4,
                         .seed = 9,
                         .puller = QStringLiteral("ivy"),
                         .env = {{QStringLiteral("LPDESK_UPLOAD_CHUNK"), QStringLiteral("65536")}}}));
        m_db = world.db;
        const QByteArray signer = world.signingCertificate();
        QVERIFY(!signer.isEmpty());
        const QString incident
            = test::firstIncident(m_db, QStringLiteral("ivy"), {QStringLiteral("--limit"), QStringLiteral("1")});
        QVERIFY(!incident.isEmpty());
        const auto made = as(QStringLiteral("ivy"),
                             {QStringLiteral("case"), QStringLiteral("new"), QStringLiteral("--title"),
                              QStringLiteral("Reference"), QStringLiteral("--incident"), incident});
        QCOMPARE(made.exitCode, 0);
        m_case = QString::fromUtf8(made.out).trimmed();

        // The endpoint: a throwaway PKI, our signing certificate, an API key; the tus connection is cut once at
        // 100 000 bytes of the package.
        QString error;
        QVERIFY2(test::TestPki::create(path(QStringLiteral("pki")), &error), qPrintable(error));
        m_agencyDir = path(QStringLiteral("agency"));
        QDir().mkpath(m_agencyDir);
        const QString pkiDir = path(QStringLiteral("pki"));
        QVERIFY(QFile::copy(pkiDir + QStringLiteral("/server.pem"), m_agencyDir + QStringLiteral("/server.pem")));
        QVERIFY(QFile::copy(pkiDir + QStringLiteral("/server.key"), m_agencyDir + QStringLiteral("/server.key")));
        QVERIFY(writeFile(m_agencyDir + QStringLiteral("/signer.pem"), signer));
        QVERIFY(writeFile(m_agencyDir + QStringLiteral("/api-key.txt"), "reference-agency-key\n"));
        m_agency.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_agency.setWorkingDirectory(node());
        m_agency.start(QStringLiteral("node"),
                       {node() + QStringLiteral("/reference_agency.mjs"), QStringLiteral("0"), m_agencyDir,
                        QStringLiteral("--drop-after"), QStringLiteral("100000")});
        QVERIFY(m_agency.waitForStarted());
        const int port = test::readyPort(m_agency);
        QVERIFY(port > 0);
        const auto added
            = as(QStringLiteral("admin"),
                 {QStringLiteral("agency"), QStringLiteral("add"), QStringLiteral("ref"), QStringLiteral("--url"),
                  QStringLiteral("https://127.0.0.1:%1/api").arg(port), QStringLiteral("--ca"),
                  pkiDir + QStringLiteral("/ca.pem"), QStringLiteral("--auth"), QStringLiteral("apikey"),
                  QStringLiteral("--api-key-file"), m_agencyDir + QStringLiteral("/api-key.txt")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
    }

    void cleanupTestCase()
    {
        if (m_agency.state() != QProcess::NotRunning) {
            m_agency.terminate();
            m_agency.waitForFinished(5000);
        }
    }

    void droppedUploadResumesAndTheTusServerHoldsThePackage()
    {
        const auto req = as(QStringLiteral("ivy"),
                            {QStringLiteral("release"), QStringLiteral("request"), m_case, QStringLiteral("--all"),
                             QStringLiteral("--purpose"), QStringLiteral("agency:ref"), QStringLiteral("--note"),
                             QStringLiteral("reference")});
        QCOMPARE(req.exitCode, 0);
        const QString id = QString::fromUtf8(req.out).trimmed();
        QCOMPARE(as(QStringLiteral("lena"),
                    {QStringLiteral("release"), QStringLiteral("approve"), id, QStringLiteral("--note"),
                     QStringLiteral("ok")})
                     .exitCode,
                 0);
        auto sent = as(QStringLiteral("ivy"),
                       {QStringLiteral("--json"), QStringLiteral("submit"), id, QStringLiteral("--agency"),
                        QStringLiteral("ref")});
        // A cut connection may leave the submission due for a retry; the outbox delivers it.
        for (int i = 0; i < 5 && sent.exitCode == 0 && !sent.out.contains("\"delivered\""); ++i) {
            QTest::qWait(2500);
            sent = as(QStringLiteral("ivy"),
                      {QStringLiteral("--json"), QStringLiteral("outbox"), QStringLiteral("run")});
        }
        // The endpoint's log outlives the test (in the test's HOME) for whoever has to read a failure.
        QFile::remove(QDir::homePath() + QStringLiteral("/reference-agency-log.jsonl"));
        QFile::copy(m_agencyDir + QStringLiteral("/log.jsonl"),
                    QDir::homePath() + QStringLiteral("/reference-agency-log.jsonl"));
        QVERIFY2(sent.out.contains("\"delivered\""), qPrintable(sent.describe()));

        const QList<QJsonObject> log = jsonLines(m_agencyDir + QStringLiteral("/log.jsonl"));
        QJsonObject create, complete;
        bool dropped = false, headAfterDrop = false;
        for (const QJsonObject& e : log) {
            const QString kind = e.value(QLatin1String("kind")).toString();
            QVERIFY2(kind != QLatin1String("error"), qPrintable(e.value(QLatin1String("error")).toString()));
            QVERIFY2(e.value(QLatin1String("status")).toInt() != 401,
                     qPrintable(e.value(QLatin1String("why")).toString()));
            if (kind == QLatin1String("create") && e.value(QLatin1String("status")).toInt() == 201)
                create = e.value(QLatin1String("body")).toObject();
            if (kind == QLatin1String("complete") && e.value(QLatin1String("status")).toInt() == 200)
                complete = e;
            if (kind == QLatin1String("patch")
                && e.value(QLatin1String("status")).toString() == QLatin1String("dropped"))
                dropped = true;
            if (dropped && kind == QLatin1String("tus-head"))
                headAfterDrop = true;
        }
        QVERIFY2(dropped, "the connection was never cut");
        QVERIFY2(headAfterDrop, readFile(m_agencyDir + QStringLiteral("/log.jsonl")).constData());
        QVERIFY(!create.isEmpty() && !complete.isEmpty());

        // Byte-identical: what the reference tus server stored is the package the workstation sealed and hashed.
        QString packageSha;
        qint64 packageSize = 0;
        for (const QJsonValue& f : create.value(QLatin1String("files")).toArray())
            if (f.toObject().value(QLatin1String("name")).toString() == QLatin1String("package.zip")) {
                packageSha = f.toObject().value(QLatin1String("sha256")).toString();
                packageSize = f.toObject().value(QLatin1String("size")).toInteger();
            }
        QVERIFY(!packageSha.isEmpty());
        QVERIFY2(packageSize > 100000, "the package is too small to be cut at 100 000 bytes");
        const QString stored
            = complete.value(QLatin1String("files")).toObject().value(QLatin1String("package.zip")).toString();
        QCOMPARE(QFileInfo(stored).size(), packageSize);
        QCOMPARE(test::sha256OfFile(stored), packageSha);
        const QJsonObject receipt
            = QJsonDocument::fromJson(sent.out).array().first().toObject().value(QLatin1String("receipt")).toObject();
        QVERIFY2(receipt.value(QLatin1String("report_number")).toString().startsWith(QLatin1String("REF-")),
                 qPrintable(sent.describe()));
        // The outbox copy (encrypted for transport) opens with 7-Zip and the password the body carried.
        const QString password = create.value(QLatin1String("package_password")).toString();
        if (!password.isEmpty()) {
            const auto seven
                = test::run(QStringLiteral("7z"), {QStringLiteral("t"), QStringLiteral("-p") + password, stored});
            QVERIFY2(seven.exitCode == 0, qPrintable(seven.describe()));
        }
    }

    void everySignedRequestVerifiesOfflineToo()
    {
        const QString captured = m_agencyDir + QStringLiteral("/captured.jsonl");
        const auto r = test::run(
            QStringLiteral("node"),
            {node() + QStringLiteral("/verify_captured.mjs"), m_agencyDir + QStringLiteral("/signer.pem"), captured});
        QVERIFY2(r.exitCode == 0 && r.out.contains(" 0 failed"), qPrintable(r.describe()));
        QVERIFY(jsonLines(captured).size() >= 2); // create and complete

        // Not vacuous: one changed byte in a captured body, or another URL, no longer verifies.
        QList<QJsonObject> lines = jsonLines(captured);
        QJsonObject body = lines.first();
        QByteArray bytes = QByteArray::fromBase64(body.value(QLatin1String("body")).toString().toLatin1());
        bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 1);
        body.insert(QLatin1String("body"), QString::fromLatin1(bytes.toBase64()));
        QJsonObject url = lines.first();
        url.insert(QLatin1String("url"), url.value(QLatin1String("url")).toString() + QStringLiteral("x"));
        for (const QJsonObject& forged : {body, url}) {
            QVERIFY(
                writeFile(path(QStringLiteral("forged.jsonl")), QJsonDocument(forged).toJson(QJsonDocument::Compact)));
            const auto f
                = test::run(QStringLiteral("node"),
                            {node() + QStringLiteral("/verify_captured.mjs"),
                             m_agencyDir + QStringLiteral("/signer.pem"), path(QStringLiteral("forged.jsonl"))});
            QVERIFY2(f.exitCode == 1 && f.out.contains("1 failed"), qPrintable(f.describe()));
        }
    }
};

QTEST_GUILESS_MAIN(TestReferenceImplementations)
#include "TestReferenceImplementations.moc"

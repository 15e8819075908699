// Submission of an approved release to a law-enforcement endpoint (tests/integration/agency_server.py: TLS,
// API key, RFC 9421 signature and Content-Digest checks, idempotent creation, tus uploads, receipts) through the
// outbox: clean delivery with a receipt on the release and in custody, and a package the agency can verify with
// the password it was sent; busy answers retried; a connection dropped mid-upload resumed from the agency's
// offset (only the remainder is sent); a client killed mid-upload resumed by `outbox run`, delivering once; a
// lost answer to the creation replayed without a duplicate; forged requests refused by the endpoint; a wrong
// pinned CA refused by the client; guardrailed fields never in any request; a queued submission checked again when
// it is sent (agency removed or changed, approval no longer holding: nothing sent).
#include "TestServers.h"
#include "TestSupport.h"
#include "World.h"

#include "agencies/AgencyRegistry.h"
#include "db/UserDirectory.h"
#include "db/WorkstationKeys.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace lpdesk;

namespace {

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace

class TestSubmission : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_case;
    QString m_agencyDir;
    QProcess m_agency;
    QProcess m_mtlsAgency;
    QString m_url;

    QMap<QString, QString> env(const QString& user) const
    {
        return test::envAs(m_db, user, {{QStringLiteral("LPDESK_UPLOAD_CHUNK"), QStringLiteral("32768")}});
    }
    test::ProcessRun as(const QString& user, const QStringList& args) const { return test::cli(args, env(user)); }
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QList<QJsonObject> agencyLog() const
    {
        QList<QJsonObject> out;
        for (const QByteArray& line : readFile(m_agencyDir + QStringLiteral("/log.jsonl")).split('\n'))
            if (!line.isEmpty())
                out << QJsonDocument::fromJson(line).object();
        return out;
    }
    void control(const QByteArray& json) { QVERIFY(writeFile(m_agencyDir + QStringLiteral("/control.json"), json)); }
    void clearLog() { QFile::remove(m_agencyDir + QStringLiteral("/log.jsonl")); }

    // A release for the agency, approved by lena; its id.
    QString approved(const QString& agency)
    {
        const auto req = as(QStringLiteral("ivy"),
                            {QStringLiteral("release"), QStringLiteral("request"), m_case, QStringLiteral("--all"),
                             QStringLiteral("--purpose"), QStringLiteral("agency:") + agency, QStringLiteral("--note"),
                             QStringLiteral("report to the police")});
        if (req.exitCode != 0)
            return {};
        const QString id = QString::fromUtf8(req.out).trimmed();
        return as(QStringLiteral("lena"),
                  {QStringLiteral("release"), QStringLiteral("approve"), id, QStringLiteral("--note"),
                   QStringLiteral("ok")})
                    .exitCode
                == 0
            ? id
            : QString();
    }
    QString caseStatus() const
    {
        auto admin = CaseDatabase::open(m_db, QStringLiteral("admin"), test::secret("admin-pass"));
        if (!admin)
            return {};
        QSqlDatabase c = (*admin)->connection();
        QSqlQuery q(c);
        q.prepare(QStringLiteral("SELECT status FROM cases WHERE id = ?"));
        q.addBindValue(m_case);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }
    qint64 received(const QList<QJsonObject>& log) const
    {
        qint64 sum = 0;
        for (const QJsonObject& e : log)
            if (e.value(QLatin1String("kind")).toString() == QLatin1String("patch"))
                sum += e.value(QLatin1String("received")).toInteger();
        return sum;
    }
    int count(const QList<QJsonObject>& log, const char* kind, int status = 0) const
    {
        int n = 0;
        for (const QJsonObject& e : log)
            if (e.value(QLatin1String("kind")).toString() == QLatin1String(kind)
                && (status == 0 || e.value(QLatin1String("status")).toInt() == status))
                ++n;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::World world;
        QVERIFY(
            world.build(m_dir.path(),
                        {.people = {{QStringLiteral("ivy"), Role::Investigator}, {QStringLiteral("lena"), Role::Legal}},
                         .incidents = 2,
                         .clipSeconds = 3,
                         .seed = 5,
                         .puller = QStringLiteral("ivy"),
                         .env = {{QStringLiteral("LPDESK_UPLOAD_CHUNK"), QStringLiteral("32768")}}}));
        m_db = world.db;
        const QByteArray signer = world.signingCertificate();
        QVERIFY(!signer.isEmpty());
        const auto adminEnv = test::envAs(m_db, QStringLiteral("admin"));
        const QString incident
            = test::firstIncident(m_db, QStringLiteral("ivy"), {QStringLiteral("--limit"), QStringLiteral("1")});
        QVERIFY(!incident.isEmpty());
        // Special-category data a store might (wrongly) send: it must never reach an agency.
        {
            auto admin = CaseDatabase::open(m_db, QStringLiteral("admin"), test::secret("admin-pass"));
            QVERIFY(admin);
            QSqlDatabase c = (*admin)->connection();
            QSqlQuery q(c);
            q.prepare(QStringLiteral("UPDATE incidents SET suspects_json = ? WHERE id = ?"));
            q.addBindValue(QStringLiteral(
                R"([{"label":"Subject A","height":"about 180 cm","ethnicity":"GUARDRAIL-E","religion":"GUARDRAIL-R",)"
                R"("details":{"health":"GUARDRAIL-H","clothing":"red jacket"}}])"));
            q.addBindValue(incident);
            QVERIFY(q.exec());
        }
        const auto made = as(QStringLiteral("ivy"),
                             {QStringLiteral("case"), QStringLiteral("new"), QStringLiteral("--title"),
                              QStringLiteral("Shoplifting"), QStringLiteral("--incident"), incident});
        QCOMPARE(made.exitCode, 0);
        m_case = QString::fromUtf8(made.out).trimmed();

        // The agency: its own CA and server certificate for 127.0.0.1, our signing certificate, an API key.
        m_agencyDir = path(QStringLiteral("agency"));
        QDir().mkpath(m_agencyDir);
        const QString a = m_agencyDir + QLatin1Char('/');
        QVERIFY(test::makeAgency(m_agencyDir, signer));
        QVERIFY(writeFile(a + QStringLiteral("oauth-client.txt"), "client-1:oauth-secret-77\n"));
        QVERIFY(writeFile(a + QStringLiteral("client-secret.txt"), "oauth-secret-77\n"));
        m_agency.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_agency.start(QStringLiteral("/usr/bin/python3"),
                       {test::sourceDir() + QStringLiteral("/tests/integration/agency_server.py"), QStringLiteral("0"),
                        m_agencyDir});
        QVERIFY(m_agency.waitForStarted());
        const int port = test::readyPort(m_agency);
        QVERIFY(port > 0);
        m_url = QStringLiteral("https://127.0.0.1:%1/api").arg(port);
        QCOMPARE(
            test::cli({QStringLiteral("agency"), QStringLiteral("add"), QStringLiteral("cpd"), QStringLiteral("--url"),
                       m_url, QStringLiteral("--name"), QStringLiteral("Test Police"), QStringLiteral("--ca"),
                       a + QStringLiteral("ca.pem"), QStringLiteral("--auth"), QStringLiteral("apikey"),
                       QStringLiteral("--api-key-file"), a + QStringLiteral("api-key.txt"), QStringLiteral("--allow"),
                       QStringLiteral("narrative,suspects")},
                      adminEnv)
                .exitCode,
            0);
        // The same endpoint with OAuth2 client credentials instead of the API key.
        QCOMPARE(test::cli({QStringLiteral("agency"), QStringLiteral("add"), QStringLiteral("cpd-oauth"),
                            QStringLiteral("--url"), m_url, QStringLiteral("--ca"), a + QStringLiteral("ca.pem"),
                            QStringLiteral("--auth"), QStringLiteral("oauth2"), QStringLiteral("--token-url"),
                            QStringLiteral("https://127.0.0.1:%1/oauth/token").arg(port), QStringLiteral("--client-id"),
                            QStringLiteral("client-1"), QStringLiteral("--client-secret-file"),
                            a + QStringLiteral("client-secret.txt")},
                           adminEnv)
                     .exitCode,
                 0);
        // The same endpoint pinned to the wrong CA (the organisation's own).
        QCOMPARE(test::cli({QStringLiteral("key"), QStringLiteral("export-ca"), path(QStringLiteral("org-ca.pem"))},
                           adminEnv)
                     .exitCode,
                 0);
        QCOMPARE(test::cli({QStringLiteral("agency"), QStringLiteral("add"), QStringLiteral("wrong-ca"),
                            QStringLiteral("--url"), m_url, QStringLiteral("--ca"), path(QStringLiteral("org-ca.pem")),
                            QStringLiteral("--auth"), QStringLiteral("apikey"), QStringLiteral("--api-key-file"),
                            a + QStringLiteral("api-key.txt")},
                           adminEnv)
                     .exitCode,
                 0);
    }

    void cleanupTestCase()
    {
        for (QProcess* p : {&m_agency, &m_mtlsAgency}) {
            p->kill();
            p->waitForFinished();
        }
    }

    void testConnection()
    {
        const auto ok
            = as(QStringLiteral("ivy"), {QStringLiteral("agency"), QStringLiteral("test"), QStringLiteral("cpd")});
        QVERIFY2(ok.exitCode == 0 && ok.out.contains("pinned CA"), qPrintable(ok.describe()));
        const auto wrong
            = as(QStringLiteral("ivy"), {QStringLiteral("agency"), QStringLiteral("test"), QStringLiteral("wrong-ca")});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains("TLS certificate was refused"), qPrintable(wrong.describe()));
    }

    void onlyAnApprovalForThisAgencySubmits()
    {
        const QString usb
            = as(QStringLiteral("ivy"),
                 {QStringLiteral("release"), QStringLiteral("request"), m_case, QStringLiteral("--all"),
                  QStringLiteral("--purpose"), QStringLiteral("usb"), QStringLiteral("--note"), QStringLiteral("x")})
                  .out.trimmed();
        QCOMPARE(as(QStringLiteral("ivy"),
                    {QStringLiteral("submit"), usb, QStringLiteral("--agency"), QStringLiteral("cpd")})
                     .exitCode,
                 3); // pending
        QCOMPARE(as(QStringLiteral("lena"),
                    {QStringLiteral("release"), QStringLiteral("approve"), usb, QStringLiteral("--note"),
                     QStringLiteral("for USB")})
                     .exitCode,
                 0);
        const auto wrongPurpose = as(
            QStringLiteral("ivy"), {QStringLiteral("submit"), usb, QStringLiteral("--agency"), QStringLiteral("cpd")});
        QCOMPARE(wrongPurpose.exitCode, 3);
        QVERIFY(wrongPurpose.err.contains("approved for usb"));
        QCOMPARE(as(QStringLiteral("ivy"),
                    {QStringLiteral("release"), QStringLiteral("request"), m_case, QStringLiteral("--all"),
                     QStringLiteral("--purpose"), QStringLiteral("agency:nobody"), QStringLiteral("--note"),
                     QStringLiteral("x")})
                     .exitCode,
                 2);
        // And the other way round: an agency approval is not a USB export.
        const QString forAgency = approved(QStringLiteral("cpd"));
        QVERIFY(!forAgency.isEmpty());
        const auto usbExport = as(
            QStringLiteral("ivy"),
            {QStringLiteral("export"), forAgency, QStringLiteral("--out"), path(QStringLiteral("agency-to-usb.zip"))});
        QCOMPARE(usbExport.exitCode, 3);
        QVERIFY2(usbExport.err.contains("not for a USB export"), usbExport.err.constData());
        QVERIFY(!QFile::exists(path(QStringLiteral("agency-to-usb.zip"))));
        QVERIFY(agencyLog().isEmpty());
    }

    void cleanDelivery()
    {
        // The endpoint fingerprint legal approves names system trust: the same address without a pinned CA but with
        // the system's authorities is another endpoint.
        AgencyProfile pinnedNone;
        pinnedNone.baseUrl = m_url;
        AgencyProfile system = pinnedNone;
        system.systemTrust = true;
        QVERIFY(AgencyRegistry::endpointFingerprint(system) != AgencyRegistry::endpointFingerprint(pinnedNone));
        QCOMPARE(AgencyRegistry::tlsTrust(system).value(QLatin1String("kind")).toString(), QStringLiteral("system"));
        clearLog();
        const QString id = approved(QStringLiteral("cpd"));
        QVERIFY(!id.isEmpty());
        QCOMPARE(caseStatus(), QStringLiteral("open"));
        const auto sent = as(QStringLiteral("ivy"),
                             {QStringLiteral("--json"), QStringLiteral("submit"), id, QStringLiteral("--agency"),
                              QStringLiteral("cpd")});
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.describe()));
        // Evidence delivered to an agency has left, as an export's has: the case is "released" (custody + audit).
        QCOMPARE(caseStatus(), QStringLiteral("released"));
        const QJsonObject s = QJsonDocument::fromJson(sent.out).array().first().toObject();
        QCOMPARE(s.value(QLatin1String("state")).toString(), QStringLiteral("delivered"));
        const QString report
            = s.value(QLatin1String("receipt")).toObject().value(QLatin1String("report_number")).toString();
        QVERIFY(report.startsWith(QStringLiteral("CPD-2026-")));
        const qint64 size = s.value(QLatin1String("package_size")).toInteger();
        QVERIFY(size > 32768 * 4); // several chunks
        const auto log = agencyLog();
        QCOMPARE(count(log, "create", 201), 1);
        QCOMPARE(received(log), size);
        QCOMPARE(s.value(QLatin1String("bytes_sent")).toInteger(), size);
        // The release is submitted, with the receipt, in custody.
        const auto shown = as(QStringLiteral("lena"),
                              {QStringLiteral("--json"), QStringLiteral("release"), QStringLiteral("show"), id});
        const QJsonObject r = QJsonDocument::fromJson(shown.out).object();
        QCOMPARE(r.value(QLatin1String("state")).toString(), QStringLiteral("submitted"));
        // Which trust accepted the agency's TLS chain is recorded with the delivery: here the pinned CA, by hash.
        const QJsonObject trust
            = r.value(QLatin1String("receipt")).toObject().value(QLatin1String("tls_trust")).toObject();
        QCOMPARE(trust.value(QLatin1String("kind")).toString(), QStringLiteral("pinned-ca"));
        QCOMPARE(trust.value(QLatin1String("ca_sha256")).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(readFile(m_agencyDir + QStringLiteral("/ca.pem")),
                                                              QCryptographicHash::Sha256)
                                         .toHex()));
        QVERIFY(QJsonDocument(r.value(QLatin1String("receipt")).toObject()).toJson().contains(report.toUtf8()));
        const auto custody = as(QStringLiteral("ivy"), {QStringLiteral("custody"), QStringLiteral("show"), m_case});
        QVERIFY(custody.out.contains("submission_queued") && custody.out.contains("submitted"));
        const auto custodyJson
            = as(QStringLiteral("ivy"),
                 {QStringLiteral("--json"), QStringLiteral("custody"), QStringLiteral("show"), m_case});
        QVERIFY2(custodyJson.out.contains("\"tls_trust\"") && custodyJson.out.contains("pinned-ca"),
                 qPrintable(custodyJson.describe()));
        QVERIFY(custody.out.contains("status_changed"));
        QCOMPARE(as(QStringLiteral("ivy"), {QStringLiteral("custody"), QStringLiteral("verify"), m_case}).exitCode, 0);
        // What the agency got verifies with the password it was sent, and nothing guardrailed was in the body.
        QJsonObject body;
        QString file;
        for (const QJsonObject& e : log) {
            if (e.value(QLatin1String("kind")).toString() == QLatin1String("create"))
                body = e.value(QLatin1String("body")).toObject();
            if (e.value(QLatin1String("kind")).toString() == QLatin1String("complete"))
                file = e.value(QLatin1String("file")).toString();
        }
        const QByteArray raw = QJsonDocument(body).toJson();
        QVERIFY(!raw.contains("GUARDRAIL") && !raw.contains("ethnicity") && !raw.contains("religion"));
        QVERIFY(raw.contains("red jacket") && raw.contains("about 180 cm"));
        QCOMPARE(body.value(QLatin1String("incident")).toObject().value(QLatin1String("offenses")).toArray().size(), 1);
        QVERIFY(writeFile(path(QStringLiteral("agency-pw.txt")),
                          body.value(QLatin1String("package_password")).toString().toUtf8()));
        const auto verified
            = test::cli({QStringLiteral("verify"), file, QStringLiteral("--ca"), path(QStringLiteral("org-ca.pem")),
                         QStringLiteral("--password-file"), path(QStringLiteral("agency-pw.txt"))});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.describe()));
        // The outbox no longer holds the package.
        QVERIFY(QDir(m_db + QStringLiteral(".media/outbox")).entryList(QDir::Files).isEmpty());
        // A release goes out once: submitted, it is not queued again (exit 3), and the agency sees nothing more.
        const auto again = as(QStringLiteral("ivy"),
                              {QStringLiteral("submit"), id, QStringLiteral("--agency"), QStringLiteral("cpd")});
        QCOMPARE(again.exitCode, 3);
        QVERIFY2(again.err.contains("submitted to agency cpd already"), qPrintable(again.describe()));
        QCOMPARE(count(agencyLog(), "create"), count(log, "create"));
        QVERIFY(QDir(m_db + QStringLiteral(".media/outbox")).entryList(QDir::Files).isEmpty());
        const auto asUsb
            = as(QStringLiteral("ivy"),
                 {QStringLiteral("export"), id, QStringLiteral("--out"), path(QStringLiteral("submitted-again.zip"))});
        QCOMPARE(asUsb.exitCode, 3);
        QVERIFY(!QFile::exists(path(QStringLiteral("submitted-again.zip"))));
    }

    // Fail closed (issue 12): an upload or completion address, or a tus Location, on another origin (here another
    // port on loopback, listening) is refused, and nothing — no API key, no package — is sent there.
    void addressesOnAnotherOriginGetNothing()
    {
        QTcpServer foreign;
        QVERIFY(foreign.listen(QHostAddress::LocalHost, 0));
        const QString origin = QStringLiteral("https://127.0.0.1:%1").arg(foreign.serverPort());
        for (const char* key : {"foreign_urls", "foreign_location"}) {
            clearLog();
            control(QStringLiteral(R"({"%1": "%2"})").arg(QLatin1String(key), origin).toUtf8());
            const QString id = approved(QStringLiteral("cpd"));
            QVERIFY(!id.isEmpty());
            const auto sent = as(QStringLiteral("ivy"),
                                 {QStringLiteral("--json"), QStringLiteral("submit"), id, QStringLiteral("--agency"),
                                  QStringLiteral("cpd")});
            control("{}");
            const QJsonObject s = QJsonDocument::fromJson(sent.out).array().first().toObject();
            QVERIFY2(s.value(QLatin1String("state")).toString() == QLatin1String("failed"),
                     qPrintable(sent.describe()));
            QVERIFY2(sent.out.contains("not on its own origin"), qPrintable(sent.describe()));
            QVERIFY2(!foreign.waitForNewConnection(300), key);
            QCOMPARE(received(agencyLog()), 0);
        }
    }

    void busyTwiceThenDelivered()
    {
        clearLog();
        control(R"({"create_503": 2})");
        const QString id = approved(QStringLiteral("cpd"));
        const auto sent = as(QStringLiteral("ivy"),
                             {QStringLiteral("--json"), QStringLiteral("submit"), id, QStringLiteral("--agency"),
                              QStringLiteral("cpd"), QStringLiteral("--wait"), QStringLiteral("10")});
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.describe()));
        const QJsonObject s = QJsonDocument::fromJson(sent.out).array().first().toObject();
        QCOMPARE(s.value(QLatin1String("state")).toString(), QStringLiteral("delivered"));
        QCOMPARE(s.value(QLatin1String("attempts")).toInt(), 3);
        QCOMPARE(count(agencyLog(), "create", 503), 2);
        QCOMPARE(count(agencyLog(), "create", 201), 1);
    }

    // The agency's Retry-After decides the next attempt, not the backoff: 30 s is beyond --wait 10, so the
    // submission waits with its next attempt 30 s out (the backoff alone would have retried within 10 s and
    // delivered).
    void agencysRetryAfterIsHonoured()
    {
        clearLog();
        control(R"({"create_503": 1, "retry_after": "30"})");
        const QString id = approved(QStringLiteral("cpd"));
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const auto sent = as(QStringLiteral("ivy"),
                             {QStringLiteral("--json"), QStringLiteral("submit"), id, QStringLiteral("--agency"),
                              QStringLiteral("cpd"), QStringLiteral("--wait"), QStringLiteral("10")});
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.describe()));
        const QJsonObject s = QJsonDocument::fromJson(sent.out).array().first().toObject();
        QCOMPARE(s.value(QLatin1String("state")).toString(), QStringLiteral("waiting"));
        QCOMPARE(s.value(QLatin1String("attempts")).toInt(), 1);
        QVERIFY2(s.value(QLatin1String("last_error")).toString().contains(QLatin1String("HTTP 503")),
                 qPrintable(sent.describe()));
        QVERIFY2(!s.value(QLatin1String("last_error")).toString().contains(QLatin1Char('|')),
                 qPrintable(sent.describe()));
        const QDateTime next
            = QDateTime::fromString(s.value(QLatin1String("next_attempt_at")).toString(), Qt::ISODateWithMs);
        QVERIFY2(next.isValid(), qPrintable(sent.describe()));
        const qint64 wait = before.secsTo(next);
        QVERIFY2(wait >= 29 && wait <= 32, qPrintable(QString::number(wait)));
        QCOMPARE(count(agencyLog(), "create", 503), 1);
        QCOMPARE(count(agencyLog(), "create", 201), 0);
        // Cancel it: the later tests start from a quiet outbox.
        QCOMPARE(as(QStringLiteral("ivy"),
                    {QStringLiteral("outbox"), QStringLiteral("cancel"), s.value(QLatin1String("id")).toString()})
                     .exitCode,
                 0);
    }

    void droppedUploadResumesFromTheOffset()
    {
        clearLog();
        control(R"({"drop_after": 100000})");
        const QString id = approved(QStringLiteral("cpd"));
        const auto sent = as(QStringLiteral("ivy"),
                             {QStringLiteral("--json"), QStringLiteral("submit"), id, QStringLiteral("--agency"),
                              QStringLiteral("cpd"), QStringLiteral("--wait"), QStringLiteral("10")});
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.describe()));
        const QJsonObject s = QJsonDocument::fromJson(sent.out).array().first().toObject();
        QCOMPARE(s.value(QLatin1String("state")).toString(), QStringLiteral("delivered"));
        const auto log = agencyLog();
        // The agency received every byte exactly once; after the drop it was asked where to go on (HEAD) and the
        // next chunk started at 100000.
        QCOMPARE(received(log), s.value(QLatin1String("package_size")).toInteger());
        QCOMPARE(count(log, "head"), 1);
        bool resumed = false;
        for (const QJsonObject& e : log)
            resumed = resumed
                || (e.value(QLatin1String("kind")).toString() == QLatin1String("patch")
                    && e.value(QLatin1String("at")).toInteger() == 100000
                    && e.value(QLatin1String("status")).toInt() == 204);
        QVERIFY(resumed);
        // The client re-sent only the chunk that was cut: bytes sent = size + (that chunk − what got through).
        QVERIFY(s.value(QLatin1String("bytes_sent")).toInteger()
                < s.value(QLatin1String("package_size")).toInteger() + 32768);
    }

    void killedClientResumesAndDeliversOnce()
    {
        clearLog();
        control(R"({"patch_delay_ms": 300})");
        const QString id = approved(QStringLiteral("cpd"));
        QProcess client;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        const auto vars = env(QStringLiteral("ivy"));
        for (auto it = vars.cbegin(); it != vars.cend(); ++it)
            e.insert(it.key(), it.value());
        client.setProcessEnvironment(e);
        client.start(test::cliPath(),
                     {QStringLiteral("submit"), id, QStringLiteral("--agency"), QStringLiteral("cpd")});
        QVERIFY(client.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(count(agencyLog(), "patch", 204) >= 3, 60000);
        client.kill(); // SIGKILL mid-upload
        client.waitForFinished();
        control("{}");
        const auto listed
            = as(QStringLiteral("ivy"), {QStringLiteral("--json"), QStringLiteral("outbox"), QStringLiteral("list")});
        const QJsonObject before = QJsonDocument::fromJson(listed.out).array().first().toObject();
        QCOMPARE(before.value(QLatin1String("state")).toString(), QStringLiteral("sending"));
        QVERIFY(before.value(QLatin1String("uploaded")).toInteger() >= 32768); // the agency may hold more: HEAD tells
        // The killed client's last PATCH may still be in the agency's hands; the resumed client may then get a 409
        // for its first chunk and ask again with HEAD (hence --wait: a retry within this run).
        const auto run = as(QStringLiteral("ivy"),
                            {QStringLiteral("--json"), QStringLiteral("outbox"), QStringLiteral("run"),
                             QStringLiteral("--wait"), QStringLiteral("60")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonObject after = QJsonDocument::fromJson(run.out).array().first().toObject();
        QCOMPARE(after.value(QLatin1String("state")).toString(), QStringLiteral("delivered"));
        const auto log = agencyLog();
        QCOMPARE(count(log, "create", 201), 1);
        QCOMPARE(count(log, "complete", 200), 1);
        qInfo("conflicting PATCHes after the kill: %d", count(log, "patch", 409));
        // Every byte reached the agency exactly once, and the receipt's hash is the package's.
        QCOMPARE(received(log), after.value(QLatin1String("package_size")).toInteger());
    }

    void lostCreationAnswerIsReplayedWithoutDuplicate()
    {
        clearLog();
        control(R"({"create_drop": 1})");
        const QString id = approved(QStringLiteral("cpd"));
        const auto sent = as(QStringLiteral("ivy"),
                             {QStringLiteral("--json"), QStringLiteral("submit"), id, QStringLiteral("--agency"),
                              QStringLiteral("cpd"), QStringLiteral("--wait"), QStringLiteral("10")});
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.describe()));
        const auto log = agencyLog();
        QCOMPARE(count(log, "create", 201), 1); // created once ...
        QCOMPARE(count(log, "create", 200), 1); // ... and the replay answered with the same submission
        QCOMPARE(count(log, "tus-create"), 1);
    }

    void forgedRequestsAreRefusedByTheEndpoint()
    {
        clearLog();
        // Sent with Python's http.client: a body changed after signing, and no signature at all.
        const QString script = m_agencyDir + QStringLiteral("/forge.py");
        QVERIFY(writeFile(script, R"PY(
import base64, hashlib, http.client, ssl, sys
ctx = ssl.create_default_context(cafile=sys.argv[2])
def post(headers, body):
    c = http.client.HTTPSConnection("127.0.0.1", int(sys.argv[1]), context=ctx)
    c.request("POST", "/api/v1/submissions", body=body, headers=headers)
    r = c.getresponse()
    print(r.status, r.read().decode())
body = b'{"submission_id":"x"}'
digest = "sha-256=:" + base64.b64encode(hashlib.sha256(body).digest()).decode() + ":"
post({"X-Api-Key": "agency-key-123", "Content-Digest": digest, "Idempotency-Key": "x",
      "Content-Type": "application/json"}, body)
post({"X-Api-Key": "agency-key-123", "Content-Digest": digest, "Idempotency-Key": "x",
      "Content-Type": "application/json"}, b'{"submission_id":"y"}')
post({"X-Api-Key": "agency-key-123", "Content-Digest": digest, "Idempotency-Key": "x",
      "Signature-Input": 'sig1=("@method");created=1;keyid="k";alg="ecdsa-p256-sha256"',
      "Signature": "sig1=:" + base64.b64encode(bytes(64)).decode() + ":", "Content-Type": "application/json"}, body)
)PY"));
        const auto forged = test::run(QStringLiteral("/usr/bin/python3"),
                                      {script, m_url.section(QLatin1Char(':'), 2, 2).section(QLatin1Char('/'), 0, 0),
                                       m_agencyDir + QStringLiteral("/ca.pem")});
        QVERIFY2(forged.exitCode == 0, qPrintable(forged.describe()));
        const QList<QByteArray> lines = forged.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines[0].startsWith("401") && lines[0].contains("no RFC 9421 signature"), lines[0].constData());
        QVERIFY2(lines[1].startsWith("401") && lines[1].contains("Content-Digest"), lines[1].constData());
        QVERIFY2(lines[2].startsWith("401"), lines[2].constData());
        QCOMPARE(count(agencyLog(), "create", 201), 0);
    }

    void oauth2TokensAreFetchedAndRefreshed()
    {
        clearLog();
        control(R"({"token_uses": 3})"); // a token expires after three requests: the upload needs several
        const QString id = approved(QStringLiteral("cpd-oauth"));
        QVERIFY(!id.isEmpty());
        const auto sent = as(QStringLiteral("ivy"),
                             {QStringLiteral("--json"), QStringLiteral("submit"), id, QStringLiteral("--agency"),
                              QStringLiteral("cpd-oauth")});
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.describe()));
        const QJsonObject s = QJsonDocument::fromJson(sent.out).array().first().toObject();
        QCOMPARE(s.value(QLatin1String("state")).toString(), QStringLiteral("delivered"));
        const auto log = agencyLog();
        QVERIFY2(count(log, "token", 200) >= 3, "expired tokens were refreshed");
        QCOMPARE(count(log, "token", 401), 0);
        QCOMPARE(received(log), s.value(QLatin1String("package_size")).toInteger());
        QCOMPARE(count(log, "create", 201), 1);
        for (const QJsonObject& e : log) {
            QVERIFY(!QJsonDocument(e).toJson().contains("oauth-secret"));
            // This profile allows no optional fields: no narrative, no suspects — only offense, time, place, property.
            if (e.value(QLatin1String("kind")).toString() == QLatin1String("create")) {
                const QJsonObject offense = e.value(QLatin1String("body"))
                                                .toObject()
                                                .value(QLatin1String("incident"))
                                                .toObject()
                                                .value(QLatin1String("offenses"))
                                                .toArray()
                                                .first()
                                                .toObject();
                QVERIFY(!offense.contains(QLatin1String("narrative")) && !offense.contains(QLatin1String("suspects")));
                QVERIFY(!offense.value(QLatin1String("offense_code")).toString().isEmpty());
            }
        }
        control("{}");
    }

    void mutualTlsWithAClientCertificate()
    {
        // A second endpoint that requires a client certificate from its own CA instead of an API key.
        const QString a = m_agencyDir + QLatin1Char('/');
        const QString dir = path(QStringLiteral("agency-mtls"));
        QDir().mkpath(dir);
        for (const char* f : {"server.pem", "server.key", "signer.pem", "api-key.txt"})
            QVERIFY(QFile::copy(a + QLatin1String(f), dir + QLatin1Char('/') + QLatin1String(f)));
        auto ossl = [](const QStringList& args) { return test::run(QStringLiteral("openssl"), args).exitCode; };
        QCOMPARE(
            ossl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                  QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                  a + QStringLiteral("client.key"), QStringLiteral("-out"), a + QStringLiteral("client.csr"),
                  QStringLiteral("-subj"), QStringLiteral("/CN=Demo Retail Group LP desk")}),
            0);
        QVERIFY(writeFile(a + QStringLiteral("client-ext.cnf"), "extendedKeyUsage=clientAuth\n"));
        QCOMPARE(ossl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                       a + QStringLiteral("client.csr"), QStringLiteral("-CA"), a + QStringLiteral("ca.pem"),
                       QStringLiteral("-CAkey"), a + QStringLiteral("ca.key"), QStringLiteral("-set_serial"),
                       QStringLiteral("9"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
                       a + QStringLiteral("client-ext.cnf"), QStringLiteral("-out"), a + QStringLiteral("client.pem")}),
                 0);
        m_mtlsAgency.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_mtlsAgency.start(QStringLiteral("/usr/bin/python3"),
                           {test::sourceDir() + QStringLiteral("/tests/integration/agency_server.py"),
                            QStringLiteral("0"), dir, a + QStringLiteral("ca.pem")});
        QVERIFY(m_mtlsAgency.waitForStarted());
        const int port = test::readyPort(m_mtlsAgency);
        QVERIFY(port > 0);
        const QString url = QStringLiteral("https://127.0.0.1:%1/api").arg(port);
        const auto adminEnv = test::envAs(m_db, QStringLiteral("admin"));
        // The key must match the certificate.
        QCOMPARE(test::cli({QStringLiteral("agency"), QStringLiteral("add"), QStringLiteral("cpd-mtls"),
                            QStringLiteral("--url"), url, QStringLiteral("--ca"), a + QStringLiteral("ca.pem"),
                            QStringLiteral("--auth"), QStringLiteral("mtls"), QStringLiteral("--client-cert"),
                            a + QStringLiteral("server.pem"), QStringLiteral("--client-key"),
                            a + QStringLiteral("client.key")},
                           adminEnv)
                     .exitCode,
                 2);
        QCOMPARE(test::cli({QStringLiteral("agency"), QStringLiteral("add"), QStringLiteral("cpd-mtls"),
                            QStringLiteral("--url"), url, QStringLiteral("--ca"), a + QStringLiteral("ca.pem"),
                            QStringLiteral("--auth"), QStringLiteral("mtls"), QStringLiteral("--client-cert"),
                            a + QStringLiteral("client.pem"), QStringLiteral("--client-key"),
                            a + QStringLiteral("client.key")},
                           adminEnv)
                     .exitCode,
                 0);
        QCOMPARE(test::cli({QStringLiteral("agency"), QStringLiteral("add"), QStringLiteral("cpd-nocert"),
                            QStringLiteral("--url"), url, QStringLiteral("--ca"), a + QStringLiteral("ca.pem")},
                           adminEnv)
                     .exitCode,
                 0);
        QCOMPARE(
            as(QStringLiteral("ivy"), {QStringLiteral("agency"), QStringLiteral("test"), QStringLiteral("cpd-mtls")})
                .exitCode,
            0);
        QCOMPARE(
            as(QStringLiteral("ivy"), {QStringLiteral("agency"), QStringLiteral("test"), QStringLiteral("cpd-nocert")})
                .exitCode,
            1);
        const QString id = approved(QStringLiteral("cpd-mtls"));
        const auto sent = as(QStringLiteral("ivy"),
                             {QStringLiteral("--json"), QStringLiteral("submit"), id, QStringLiteral("--agency"),
                              QStringLiteral("cpd-mtls")});
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.describe()));
        QCOMPARE(QJsonDocument::fromJson(sent.out).array().first().toObject().value(QLatin1String("state")).toString(),
                 QStringLiteral("delivered"));
    }

    void fileTakingAgencyGetsTheIncidentDocuments()
    {
        const auto adminEnv = test::envAs(m_db, QStringLiteral("admin"));
        const QString a = m_agencyDir + QLatin1Char('/');
        QCOMPARE(
            test::cli({QStringLiteral("agency"), QStringLiteral("add"), QStringLiteral("cpd-files"),
                       QStringLiteral("--url"), m_url, QStringLiteral("--ca"), a + QStringLiteral("ca.pem"),
                       QStringLiteral("--auth"), QStringLiteral("apikey"), QStringLiteral("--api-key-file"),
                       a + QStringLiteral("api-key.txt"), QStringLiteral("--profile"), QStringLiteral("nibrs-file")},
                      adminEnv)
                .exitCode,
            0);
        // Without an ORI no valid NIBRS report can be written: the submission is refused, naming the field.
        const QString refused = approved(QStringLiteral("cpd-files"));
        const auto noOri
            = as(QStringLiteral("ivy"),
                 {QStringLiteral("submit"), refused, QStringLiteral("--agency"), QStringLiteral("cpd-files")});
        QVERIFY2(noOri.exitCode == 2 && noOri.err.contains("ReportingAgency ORI"), qPrintable(noOri.describe()));
        QCOMPARE(test::cli({QStringLiteral("agency"), QStringLiteral("add"), QStringLiteral("cpd-files-ori"),
                            QStringLiteral("--url"), m_url, QStringLiteral("--ca"), a + QStringLiteral("ca.pem"),
                            QStringLiteral("--auth"), QStringLiteral("apikey"), QStringLiteral("--api-key-file"),
                            a + QStringLiteral("api-key.txt"), QStringLiteral("--profile"),
                            QStringLiteral("nibrs-file"), QStringLiteral("--ori"), QStringLiteral("IL0160000")},
                           adminEnv)
                     .exitCode,
                 0);
        clearLog();
        const QString id = approved(QStringLiteral("cpd-files-ori"));
        const auto sent = as(QStringLiteral("ivy"),
                             {QStringLiteral("--json"), QStringLiteral("submit"), id, QStringLiteral("--agency"),
                              QStringLiteral("cpd-files-ori")});
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.describe()));
        const QJsonObject s = QJsonDocument::fromJson(sent.out).array().first().toObject();
        QCOMPARE(s.value(QLatin1String("state")).toString(), QStringLiteral("delivered"));
        const QJsonObject hashes
            = s.value(QLatin1String("receipt")).toObject().value(QLatin1String("sha256")).toObject();
        QCOMPARE(hashes.keys(),
                 (QStringList {QStringLiteral("incident.json"), QStringLiteral("incident.xml"),
                               QStringLiteral("package.zip")}));
        // The documents arrived as files of their own: well-formed, with the offense code, nothing guardrailed.
        QString xmlPath, jsonPath;
        for (const QJsonObject& e : agencyLog()) {
            if (e.value(QLatin1String("filename")).toString() == QLatin1String("incident.xml"))
                xmlPath = e.value(QLatin1String("path")).toString();
            if (e.value(QLatin1String("filename")).toString() == QLatin1String("incident.json"))
                jsonPath = e.value(QLatin1String("path")).toString();
        }
        QVERIFY(!xmlPath.isEmpty() && !jsonPath.isEmpty());
        // The XML is a NIBRS IEPD 4.2 Group A incident report the FBI's schema accepts.
        const auto xsd = test::run(
            QStringLiteral("xmllint"),
            {QStringLiteral("--noout"), QStringLiteral("--schema"),
             test::sourceDir() + QStringLiteral("/tests/data/standards/nibrs-4.2/base-xsd/nibrs/4.2/nibrs.xsd"),
             xmlPath});
        QVERIFY2(xsd.exitCode == 0, qPrintable(xsd.describe()));
        QVERIFY(readFile(xmlPath).contains("<nibrs:OffenseUCRCode>"));
        QVERIFY(readFile(xmlPath).contains("<nc:IdentificationID>IL0160000</nc:IdentificationID>"));
        const QJsonObject incident = QJsonDocument::fromJson(readFile(jsonPath)).object();
        QVERIFY(!incident.value(QLatin1String("offenses")).toArray().isEmpty());
        QVERIFY(!readFile(jsonPath).contains("GUARDRAIL") && !readFile(xmlPath).contains("GUARDRAIL"));
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(readFile(xmlPath), QCryptographicHash::Sha256).toHex()),
                 hashes.value(QLatin1String("incident.xml")).toString());
    }

    void wrongPinnedCaIsRefusedByTheClient()
    {
        clearLog();
        const QString id = approved(QStringLiteral("wrong-ca"));
        QVERIFY(!id.isEmpty());
        const auto sent = as(QStringLiteral("ivy"),
                             {QStringLiteral("submit"), id, QStringLiteral("--agency"), QStringLiteral("wrong-ca")});
        QCOMPARE(sent.exitCode, 1);
        QVERIFY2(sent.out.contains("failed") && sent.out.contains("TLS certificate was refused")
                     && sent.out.contains("pinned"),
                 qPrintable(sent.describe()));
        QCOMPARE(count(agencyLog(), "create"), 0); // nothing reached the application
    }

    // Issue 12: a queued submission is checked again when it is sent, not only when it was queued. The agency
    // removed (with the database key: `agency remove` refuses while a submission waits), added again under the same
    // id with another address, another pinned CA (one that still trusts the agency's server) or another
    // authentication, its sealed package changed in the outbox, or legal's approval no longer describing the case:
    // `outbox run` sends nothing, the submission fails naming why, custody and the audit log record it, and its
    // sealed package leaves the outbox. The last row changes the case.
    void queuedSubmissionIsCheckedAgainWhenSent_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("reason");
        QTest::newRow("removed") << QStringLiteral("removed") << QStringLiteral("was removed");
        QTest::newRow("added again, another address")
            << QStringLiteral("url") << QStringLiteral("is not the one legal approved");
        QTest::newRow("added again, another CA")
            << QStringLiteral("ca") << QStringLiteral("is not the one legal approved");
        QTest::newRow("added again, OAuth2")
            << QStringLiteral("auth") << QStringLiteral("is not the one legal approved");
        QTest::newRow("sealed package swapped") << QStringLiteral("package") << QStringLiteral("is not the one queued");
        QTest::newRow("approval no longer holds")
            << QStringLiteral("incident") << QStringLiteral("\"incidents\" changed since legal signed");
    }

    void queuedSubmissionIsCheckedAgainWhenSent()
    {
        QFETCH(QString, change);
        QFETCH(QString, reason);
        const auto adminEnv = test::envAs(m_db, QStringLiteral("admin"));
        const QString a = m_agencyDir + QLatin1Char('/');
        const QString agency = QStringLiteral("gate-") + change;
        const QStringList apiKey {QStringLiteral("--auth"), QStringLiteral("apikey"), QStringLiteral("--api-key-file"),
                                  a + QStringLiteral("api-key.txt")};
        auto add = [&](const QString& url, const QString& ca, const QStringList& auth) {
            return test::cli(QStringList {QStringLiteral("agency"), QStringLiteral("add"), agency,
                                          QStringLiteral("--url"), url, QStringLiteral("--ca"), ca}
                                 + auth,
                             adminEnv);
        };
        QCOMPARE(add(m_url, a + QStringLiteral("ca.pem"), apiKey).exitCode, 0);
        // Queued and tried once (the agency was busy): it waits in the outbox.
        control(R"({"create_503": 1})");
        const QString release = approved(agency);
        QVERIFY(!release.isEmpty());
        const auto queued = as(QStringLiteral("ivy"),
                               {QStringLiteral("--json"), QStringLiteral("submit"), release, QStringLiteral("--agency"),
                                agency, QStringLiteral("--wait"), QStringLiteral("0")});
        control("{}");
        const QJsonObject waiting = QJsonDocument::fromJson(queued.out).array().first().toObject();
        QVERIFY2(waiting.value(QLatin1String("state")).toString() == QLatin1String("waiting"),
                 qPrintable(queued.describe()));
        const QString id = waiting.value(QLatin1String("id")).toString();
        const QString sealed = m_db + QStringLiteral(".media/outbox/") + id + QStringLiteral(".zip");
        QVERIFY(QFile::exists(sealed));
        const auto remove = test::cli({QStringLiteral("agency"), QStringLiteral("remove"), agency}, adminEnv);
        QVERIFY2(remove.exitCode == 2 && remove.err.contains("cancel them first"), qPrintable(remove.describe()));

        QTcpServer foreign;
        QVERIFY(foreign.listen(QHostAddress::LocalHost, 0));
        {
            auto admin = CaseDatabase::open(m_db, QStringLiteral("admin"), test::secret("admin-pass"));
            QVERIFY(admin);
            QSqlDatabase c = (*admin)->connection();
            QSqlQuery q(c);
            if (change == QLatin1String("package")) {
                QByteArray other = readFile(sealed);
                other[other.size() / 2] = static_cast<char>(other[other.size() / 2] ^ 1);
                QVERIFY(writeFile(sealed, other));
            } else if (change == QLatin1String("incident")) {
                QVERIFY(q.exec(QStringLiteral("UPDATE incidents SET narrative = narrative || ' (edited)' WHERE id IN "
                                              "(SELECT incident_id FROM case_incidents WHERE case_id = '%1')")
                                   .arg(m_case)));
            } else {
                QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
                QVERIFY(q.exec(QStringLiteral("DELETE FROM agencies WHERE id = '%1'").arg(agency)));
                QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
            }
            QVERIFY(q.exec(QStringLiteral("UPDATE submissions SET next_attempt_at = NULL WHERE id = '%1'").arg(id)));
        }
        const QString bundle = path(QStringLiteral("agency-and-org-ca.pem"));
        QVERIFY(
            writeFile(bundle, readFile(a + QStringLiteral("ca.pem")) + readFile(path(QStringLiteral("org-ca.pem")))));
        if (change == QLatin1String("url"))
            QCOMPARE(add(QStringLiteral("https://127.0.0.1:%1/api").arg(foreign.serverPort()),
                         a + QStringLiteral("ca.pem"), apiKey)
                         .exitCode,
                     0);
        if (change == QLatin1String("ca"))
            QCOMPARE(add(m_url, bundle, apiKey).exitCode, 0);
        if (change == QLatin1String("auth"))
            QCOMPARE(add(m_url, a + QStringLiteral("ca.pem"),
                         {QStringLiteral("--auth"), QStringLiteral("oauth2"), QStringLiteral("--token-url"),
                          m_url.section(QLatin1Char('/'), 0, 2) + QStringLiteral("/oauth/token"),
                          QStringLiteral("--client-id"), QStringLiteral("client-1"),
                          QStringLiteral("--client-secret-file"), a + QStringLiteral("client-secret.txt")})
                         .exitCode,
                     0);

        clearLog();
        const auto run = as(QStringLiteral("ivy"),
                            {QStringLiteral("--json"), QStringLiteral("outbox"), QStringLiteral("run"),
                             QStringLiteral("--wait"), QStringLiteral("0")});
        QJsonObject after;
        for (const QJsonValue& v : QJsonDocument::fromJson(run.out).array())
            if (v.toObject().value(QLatin1String("id")).toString() == id)
                after = v.toObject();
        QVERIFY2(after.value(QLatin1String("state")).toString() == QLatin1String("failed"), qPrintable(run.describe()));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(after.value(QLatin1String("last_error")).toString().contains(reason), qPrintable(run.describe()));
        // Nothing was sent: not to the agency, not to the address now under its id; the package is gone.
        QVERIFY(agencyLog().isEmpty());
        QVERIFY(!foreign.waitForNewConnection(300));
        QVERIFY(!QFile::exists(sealed));
        const auto custody = as(QStringLiteral("ivy"),
                                {QStringLiteral("--json"), QStringLiteral("custody"), QStringLiteral("show"), m_case});
        QVERIFY2(custody.out.contains("submission_blocked") && custody.out.contains(id.toUtf8()),
                 qPrintable(custody.describe()));
        const auto audit
            = test::cli({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("show")}, adminEnv);
        QVERIFY2(audit.out.contains("submission_blocked"), qPrintable(audit.describe()));
        QCOMPARE(as(QStringLiteral("ivy"), {QStringLiteral("custody"), QStringLiteral("verify"), m_case}).exitCode, 0);
    }

    // Last: every signed request the workstation sent in this test (captured by the endpoints) verifies with
    // independent RFC 9421 and RFC 9530 implementations (npm http-message-signatures, httpbis-digest-headers), and
    // they agree with the endpoint on the forged ones.
    void everySignedRequestVerifiesWithIndependentImplementations()
    {
        const QString node = test::sourceDir() + QStringLiteral("/tests/node");
        QVERIFY2(QFile::exists(node + QStringLiteral("/node_modules/http-message-signatures/package.json")),
                 "tests/node/node_modules is missing: run ./packaging/dev.sh build (npm ci)");
        int checked = 0;
        for (const QString& dir : {m_agencyDir, path(QStringLiteral("agency-mtls"))}) {
            const QString captured = dir + QStringLiteral("/captured.jsonl");
            QVERIFY2(QFile::exists(captured), qPrintable(captured));
            const auto r = test::run(
                QStringLiteral("node"),
                {node + QStringLiteral("/verify_captured.mjs"), dir + QStringLiteral("/signer.pem"), captured});
            QVERIFY2(r.exitCode == 0 && r.out.contains(" 0 failed"), qPrintable(r.describe()));
            checked += static_cast<int>(readFile(captured).count('\n'));
        }
        QVERIFY(checked >= 20);
    }
};

QTEST_GUILESS_MAIN(TestSubmission)
#include "TestSubmission.moc"

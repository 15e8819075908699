// Follow-up from agency responses: a release delivered to the loopback agency (tests/integration/agency_server.py,
// TLS with a pinned CA, API key, signed requests), then `outbox followups` reads the agency's status of the
// submission. While the agency has none (404) nothing is recorded; once it names its case number, the officer and an
// arrest, they become follow-ups of the case with source "agency" — in `followup list`, in custody, in the KPI's
// follow-up rate and outcomes — without anyone typing them, and reading the same status again records nothing twice.
#include "StoreSimCase.h"
#include "TestServers.h"
#include "TestSupport.h"

#include "db/WorkstationKeys.h"

#include <QSqlDatabase>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace lpdesk;

class TestAgencyFollowUps : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_case;
    QString m_agencyDir;
    QProcess m_agency;

    test::ProcessRun as(const char* user, const QStringList& args) const
    {
        return test::cliAs(m_db, QLatin1String(user), args);
    }
    QJsonDocument json(const char* user, const QStringList& args) const
    {
        const test::ProcessRun r = as(user, QStringList {QStringLiteral("--json")} + args);
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.describe()));
        return QJsonDocument::fromJson(r.out);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = test::createDatabaseWith(
            m_dir.filePath(QStringLiteral("db")),
            {{QStringLiteral("ivy"), Role::Investigator}, {QStringLiteral("lena"), Role::Legal}});
        QVERIFY(!m_db.isEmpty());
        const QString drop = m_dir.filePath(QStringLiteral("drop"));
        QVERIFY(test::makeDrop(m_db, drop, m_dir.filePath(QStringLiteral("recipient.txt")),
                               {QStringLiteral("--stores"), QStringLiteral("1"), QStringLiteral("--incidents"),
                                QStringLiteral("1"), QStringLiteral("--clip-seconds"), QStringLiteral("1"),
                                QStringLiteral("--seed"), QStringLiteral("3")}));
        QVERIFY(test::addStore(m_db, drop, test::storesIn(drop).first()));
        QVERIFY(test::pull(m_db, QStringLiteral("ivy")));
        m_case = test::newCase(m_db, QStringLiteral("ivy"), QStringLiteral("Reported"),
                               test::firstIncident(m_db, QStringLiteral("ivy")));
        QVERIFY(!m_case.isEmpty());

        // The agency: a server certificate for 127.0.0.1 from a CA of its own, our signing certificate, an API key.
        m_agencyDir = m_dir.filePath(QStringLiteral("agency"));
        const QString pkiDir = m_dir.filePath(QStringLiteral("pki"));
        QString error;
        QVERIFY(QDir().mkpath(pkiDir) && QDir().mkpath(m_agencyDir));
        QVERIFY2(test::TestPki::create(pkiDir, &error), qPrintable(error));
        {
            auto admin = test::openAs(m_db, QStringLiteral("admin"));
            QVERIFY(admin);
            QSqlDatabase c = admin->connection();
            auto identity = WorkstationKeys::signingIdentity(c);
            QVERIFY(identity);
            QVERIFY(test::writeFile(m_agencyDir + QStringLiteral("/signer.pem"), identity->certificatePem()));
        }
        QVERIFY(QFile::copy(pkiDir + QStringLiteral("/server.pem"), m_agencyDir + QStringLiteral("/server.pem")));
        QVERIFY(QFile::copy(pkiDir + QStringLiteral("/server.key"), m_agencyDir + QStringLiteral("/server.key")));
        QVERIFY(test::writeFile(m_agencyDir + QStringLiteral("/api-key.txt"), "agency-key-9\n"));
        m_agency.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_agency.start(QStringLiteral("/usr/bin/python3"),
                       {test::sourceDir() + QStringLiteral("/tests/integration/agency_server.py"), QStringLiteral("0"),
                        m_agencyDir});
        QVERIFY(m_agency.waitForStarted());
        const int port = test::readyPort(m_agency);
        QVERIFY(port > 0);
        const test::ProcessRun added
            = as("admin",
                 {QStringLiteral("agency"), QStringLiteral("add"), QStringLiteral("cpd"), QStringLiteral("--url"),
                  QStringLiteral("https://127.0.0.1:%1/api").arg(port), QStringLiteral("--ca"),
                  pkiDir + QStringLiteral("/ca.pem"), QStringLiteral("--auth"), QStringLiteral("apikey"),
                  QStringLiteral("--api-key-file"), m_agencyDir + QStringLiteral("/api-key.txt")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));

        // Released to the agency and delivered.
        const test::ProcessRun req
            = as("ivy",
                 {QStringLiteral("release"), QStringLiteral("request"), m_case, QStringLiteral("--all"),
                  QStringLiteral("--purpose"), QStringLiteral("agency:cpd"), QStringLiteral("--note"),
                  QStringLiteral("report")});
        QVERIFY2(req.exitCode == 0, qPrintable(req.describe()));
        const QString release = QString::fromUtf8(req.out).trimmed();
        QCOMPARE(as("lena",
                    {QStringLiteral("release"), QStringLiteral("approve"), release, QStringLiteral("--note"),
                     QStringLiteral("ok")})
                     .exitCode,
                 0);
        const test::ProcessRun sent
            = as("ivy", {QStringLiteral("submit"), release, QStringLiteral("--agency"), QStringLiteral("cpd")});
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.describe()));
    }

    void cleanupTestCase()
    {
        m_agency.kill();
        m_agency.waitForFinished();
    }

    void agencyStatusBecomesFollowUps()
    {
        const QStringList collect {QStringLiteral("outbox"), QStringLiteral("followups")};
        // No status yet: nothing recorded, nothing wrong.
        QJsonObject got = json("ivy", collect).object();
        QCOMPARE(got[QLatin1String("recorded")].toInt(), 0);
        QVERIFY(json("ivy", {QStringLiteral("followup"), QStringLiteral("list"), m_case}).array().isEmpty());

        // The agency assigns its case and an officer, and reports an arrest (now, after the delivery) and an update
        // LP Desk has no word for (not guessed at).
        const QDateTime arrest = QDateTime::currentDateTimeUtc();
        const QString arrestAt = arrest.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
        const QJsonObject status {
            {QLatin1String("agency_case"), QStringLiteral("CPD-26-004711")},
            {QLatin1String("officer"), QStringLiteral("Det. Rivera")},
            {QLatin1String("updates"),
             QJsonArray {QJsonObject {{QLatin1String("kind"), QStringLiteral("arrest")},
                                      {QLatin1String("at"), arrestAt},
                                      {QLatin1String("note"), QStringLiteral("Suspect arrested at home")}},
                         QJsonObject {{QLatin1String("kind"), QStringLiteral("filed_away")},
                                      {QLatin1String("at"), arrestAt}}}}};
        QVERIFY(test::writeFile(m_agencyDir + QStringLiteral("/status.json"), QJsonDocument(status).toJson()));
        got = json("ivy", collect).object();
        QCOMPARE(got[QLatin1String("asked")].toInt(), 1);
        QCOMPARE(got[QLatin1String("recorded")].toInt(), 1);

        const QJsonArray followups = json("ivy", {QStringLiteral("followup"), QStringLiteral("list"), m_case}).array();
        QCOMPARE(followups.size(), 1);
        const QJsonObject f = followups[0].toObject();
        QCOMPARE(f[QLatin1String("kind")].toString(), QStringLiteral("arrest"));
        QCOMPARE(f[QLatin1String("source")].toString(), QStringLiteral("agency"));
        QCOMPARE(f[QLatin1String("agency_case")].toString(), QStringLiteral("CPD-26-004711"));
        QCOMPARE(f[QLatin1String("officer")].toString(), QStringLiteral("Det. Rivera"));
        QCOMPARE(f[QLatin1String("at")].toString(), arrestAt);
        const test::ProcessRun custody = as("ivy", {QStringLiteral("custody"), QStringLiteral("show"), m_case});
        QVERIFY2(custody.out.contains("followup_recorded"), custody.out.constData());
        QCOMPARE(as("ivy", {QStringLiteral("custody"), QStringLiteral("verify"), m_case}).exitCode, 0);

        // Read again: the same status records nothing twice.
        got = json("ivy", collect).object();
        QCOMPARE(got[QLatin1String("recorded")].toInt(), 0);
        QCOMPARE(json("ivy", {QStringLiteral("followup"), QStringLiteral("list"), m_case}).array().size(), 1);

        // The KPI counts it: the one submitted case followed up, one arrest.
        const QJsonObject kpi = json("ivy", {QStringLiteral("kpi")}).object();
        QCOMPARE(kpi[QLatin1String("followup_rate")].toDouble(), 1.0);
        QCOMPARE(kpi[QLatin1String("outcomes")].toObject()[QLatin1String("arrest")].toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAgencyFollowUps)
#include "TestAgencyFollowUps.moc"

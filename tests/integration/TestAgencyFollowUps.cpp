// Follow-up from agency responses: a release delivered to the loopback agency (tests/integration/agency_server.py,
// TLS with a pinned CA, API key, signed requests), then `outbox followups` reads the agency's status of the
// submission. While the agency has none (404) nothing is recorded; once it names its case number, the officer and an
// arrest, they become follow-ups of the case with source "agency" — in `followup list`, in custody, in the KPI's
// follow-up rate and outcomes — without anyone typing them, and reading the same status again records nothing twice.
// `outbox run` asks again by itself once the last answer is older than the follow-up check interval
// (`settings followup-check`, 24 hours unless set), and dates each answer on the submission.
#include "StoreSimCase.h"
#include "TestSupport.h"

#include <QDateTime>
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
        m_agencyDir = m_dir.filePath(QStringLiteral("agency"));
        m_case = test::caseDeliveredToAgency(m_db, m_dir.path(), m_agencyDir, m_agency);
        QVERIFY(!m_case.isEmpty());
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

    void outboxRunAsksAfterTheInterval()
    {
        const QStringList list {QStringLiteral("followup"), QStringLiteral("list"), m_case};
        const QStringList run {QStringLiteral("outbox"), QStringLiteral("run")};
        // The agency adds a charge to what it said before.
        QJsonObject status
            = QJsonDocument::fromJson(test::readFile(m_agencyDir + QStringLiteral("/status.json"))).object();
        QJsonArray updates = status[QLatin1String("updates")].toArray();
        updates << QJsonObject {{QLatin1String("kind"), QStringLiteral("charged")},
                                {QLatin1String("at"),
                                 QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"))}};
        status[QLatin1String("updates")] = updates;
        QVERIFY(test::writeFile(m_agencyDir + QStringLiteral("/status.json"), QJsonDocument(status).toJson()));

        // The last answer is minutes old, the interval 24 hours: outbox run does not ask.
        const QJsonObject settings
            = json("ivy", {QStringLiteral("settings"), QStringLiteral("followup-check")}).object();
        QCOMPARE(settings[QLatin1String("hours")].toInt(), 24);
        const QJsonArray outbox = json("ivy", {QStringLiteral("outbox"), QStringLiteral("list")}).array();
        QCOMPARE(outbox.size(), 1);
        const QString checked = outbox[0].toObject()[QLatin1String("status_checked_at")].toString();
        QVERIFY2(!checked.isEmpty(), QJsonDocument(outbox).toJson().constData());
        test::ProcessRun r = as("ivy", run);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(json("ivy", list).array().size(), 1);

        // An investigator may not change the interval; the administrator sets it to every run.
        QVERIFY(as("ivy", {QStringLiteral("settings"), QStringLiteral("followup-check"), QStringLiteral("0")}).exitCode
                != 0);
        r = as("admin", {QStringLiteral("settings"), QStringLiteral("followup-check"), QStringLiteral("0")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = as("ivy", run);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("1 police follow-up"), r.err.constData());
        const QJsonArray followups = json("ivy", list).array();
        QCOMPARE(followups.size(), 2);
        QStringList kinds;
        for (const QJsonValue& f : followups) {
            kinds << f[QLatin1String("kind")].toString();
            QCOMPARE(f[QLatin1String("source")].toString(), QStringLiteral("agency"));
        }
        kinds.sort();
        QCOMPARE(kinds, (QStringList {QStringLiteral("arrest"), QStringLiteral("charged")}));
        const QString again = json("ivy", {QStringLiteral("outbox"), QStringLiteral("list")})
                                  .array()[0]
                                  .toObject()[QLatin1String("status_checked_at")]
                                  .toString();
        QVERIFY2(again > checked, qPrintable(again + QLatin1Char(' ') + checked));
        // Asked again, nothing new.
        QCOMPARE(as("ivy", run).exitCode, 0);
        QCOMPARE(json("ivy", list).array().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestAgencyFollowUps)
#include "TestAgencyFollowUps.moc"

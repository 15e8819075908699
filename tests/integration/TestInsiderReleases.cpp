// The insider against "a release goes out once" (issue 12): with the database key from their own slot, an
// investigator resets what the releases table says about a release that went out — export_count and state after a
// USB export, state and the outbox row after a delivery to an agency (tests/integration/agency_server.py) — and asks
// for another copy. The refusal rests on the audit chain's record of the export or submission, not on those columns:
// `export` and `submit` refuse (exit 3) and say that the release went out already.
#include "TestServers.h"
#include "TestSupport.h"
#include "World.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace lpdesk;

class TestInsiderReleases : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_case;
    QProcess m_agency;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    test::ProcessRun as(const QString& user, const QStringList& args) { return test::cliAs(m_db, user, args); }
    test::ProcessRun sqlcipher(const QString& sql) { return test::sqlcipherAs(m_db, QStringLiteral("ivy"), sql); }

    // A release for purpose ("usb" or "agency:<id>"), approved by lena; its id.
    QString approved(const QString& purpose)
    {
        const auto req = as(QStringLiteral("ivy"),
                            {QStringLiteral("release"), QStringLiteral("request"), m_case, QStringLiteral("--all"),
                             QStringLiteral("--purpose"), purpose, QStringLiteral("--note"), QStringLiteral("needed")});
        if (req.exitCode != 0)
            return {};
        const QString id = QString::fromUtf8(req.out).trimmed();
        const auto ok = as(
            QStringLiteral("lena"),
            {QStringLiteral("release"), QStringLiteral("approve"), id, QStringLiteral("--note"), QStringLiteral("ok")});
        return ok.exitCode == 0 ? id : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::World world;
        QVERIFY(
            world.build(m_dir.path(),
                        {.people = {{QStringLiteral("ivy"), Role::Investigator}, {QStringLiteral("lena"), Role::Legal}},
                         .incidents = 1,
                         .clipSeconds = 2,
                         .seed = 7,
                         .puller = QStringLiteral("ivy")}));
        m_db = world.db;
        const QString incident = test::firstIncident(m_db, QStringLiteral("ivy"));
        QVERIFY(!incident.isEmpty());
        const auto made = as(QStringLiteral("ivy"),
                             {QStringLiteral("case"), QStringLiteral("new"), QStringLiteral("--title"),
                              QStringLiteral("Insider releases"), QStringLiteral("--incident"), incident});
        QCOMPARE(made.exitCode, 0);
        m_case = QString::fromUtf8(made.out).trimmed();

        const QString agencyDir = path(QStringLiteral("agency"));
        QVERIFY(test::makeAgency(agencyDir, world.signingCertificate()));
        m_agency.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_agency.start(QStringLiteral("/usr/bin/python3"),
                       {test::sourceDir() + QStringLiteral("/tests/integration/agency_server.py"), QStringLiteral("0"),
                        agencyDir});
        QVERIFY(m_agency.waitForStarted());
        const int port = test::readyPort(m_agency);
        QVERIFY(port > 0);
        const auto added
            = as(QStringLiteral("admin"),
                 {QStringLiteral("agency"), QStringLiteral("add"), QStringLiteral("cpd"), QStringLiteral("--url"),
                  QStringLiteral("https://127.0.0.1:%1/api").arg(port), QStringLiteral("--name"),
                  QStringLiteral("Test Police"), QStringLiteral("--ca"), agencyDir + QStringLiteral("/ca.pem"),
                  QStringLiteral("--auth"), QStringLiteral("apikey"), QStringLiteral("--api-key-file"),
                  agencyDir + QStringLiteral("/api-key.txt")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
    }

    void cleanupTestCase()
    {
        m_agency.kill();
        m_agency.waitForFinished();
    }

    // export_count and state reset after a USB export: the second export is refused, naming the audit event.
    void resetExportCountIsNotASecondExport()
    {
        const QString id = approved(QStringLiteral("usb"));
        QVERIFY(!id.isEmpty());
        const auto first
            = as(QStringLiteral("ivy"),
                 {QStringLiteral("export"), id, QStringLiteral("--out"), path(QStringLiteral("first.zip"))});
        QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
        const auto reset = sqlcipher(
            QStringLiteral("UPDATE releases SET export_count = 0, state = 'approved', exported_at = NULL, package_id "
                           "= NULL, manifest_sha256 = NULL WHERE id = '%1';")
                .arg(id));
        QVERIFY2(reset.exitCode == 0 && !reset.err.contains("Error"), qPrintable(reset.describe()));
        const QString out = path(QStringLiteral("second.zip"));
        const auto second = as(QStringLiteral("ivy"), {QStringLiteral("export"), id, QStringLiteral("--out"), out});
        QCOMPARE(second.exitCode, 3);
        QVERIFY2(second.err.contains("was exported already (audit event"), qPrintable(second.describe()));
        QVERIFY(!QFile::exists(out));
    }

    // A release delivered to the agency, flipped back to approved and its outbox row deleted: a second submission
    // is refused before anything is sent.
    void flippedSubmittedReleaseIsNotSubmittedAgain()
    {
        const QString id = approved(QStringLiteral("agency:cpd"));
        QVERIFY(!id.isEmpty());
        const auto sent = as(QStringLiteral("ivy"),
                             {QStringLiteral("--json"), QStringLiteral("submit"), id, QStringLiteral("--agency"),
                              QStringLiteral("cpd")});
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.describe()));
        QCOMPARE(QJsonDocument::fromJson(sent.out).array().first().toObject().value(QLatin1String("state")).toString(),
                 QStringLiteral("delivered"));
        const auto flip = sqlcipher(QStringLiteral("UPDATE releases SET state = 'approved', receipt_json = NULL WHERE "
                                                   "id = '%1'; DELETE FROM submissions WHERE release_id = '%1';")
                                        .arg(id));
        QVERIFY2(flip.exitCode == 0 && !flip.err.contains("Error"), qPrintable(flip.describe()));
        const auto shown = as(QStringLiteral("ivy"),
                              {QStringLiteral("--json"), QStringLiteral("release"), QStringLiteral("show"), id});
        QCOMPARE(QJsonDocument::fromJson(shown.out).object().value(QLatin1String("state")).toString(),
                 QStringLiteral("approved"));
        const auto again = as(QStringLiteral("ivy"),
                              {QStringLiteral("submit"), id, QStringLiteral("--agency"), QStringLiteral("cpd")});
        QCOMPARE(again.exitCode, 3);
        QVERIFY2(again.err.contains("was submitted to agency cpd already"), qPrintable(again.describe()));
    }
};

QTEST_GUILESS_MAIN(TestInsiderReleases)
#include "TestInsiderReleases.moc"

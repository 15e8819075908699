// "A legal grant needs a second administrator" (issue 12), through lpdesk-cli: with the setting on, a grant of legal
// by one administrator decides no release until another administrator confirms it; with it off, nothing changes.
#include "TestSupport.h"
#include "World.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace lpdesk;

class TestLegalGrant : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_case;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    test::ProcessRun as(const QString& user, const QStringList& args) { return test::cliAs(m_db, user, args); }
    QString request()
    {
        const auto r = as(QStringLiteral("ivy"),
                          {QStringLiteral("release"), QStringLiteral("request"), m_case, QStringLiteral("--all"),
                           QStringLiteral("--purpose"), QStringLiteral("usb"), QStringLiteral("--note"),
                           QStringLiteral("for the detective")});
        return r.exitCode == 0 ? QString::fromUtf8(r.out).trimmed() : QString();
    }
    test::ProcessRun decide(const QString& user, const QString& verb, const QString& id)
    {
        return as(user, {QStringLiteral("release"), verb, id, QStringLiteral("--note"), QStringLiteral("decided")});
    }
    // The pending grant `user list --json` shows for name (empty when none).
    QJsonObject pendingGrant(const QString& name)
    {
        const auto listed
            = as(QStringLiteral("admin"), {QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("list")});
        for (const QJsonValue& v : QJsonDocument::fromJson(listed.out).array())
            if (v.toObject().value(QLatin1String("name")).toString() == name)
                return v.toObject().value(QLatin1String("legal_grant_pending")).toObject();
        return {};
    }
    test::ProcessRun setPolicy(const QString& onOff)
    {
        return as(
            QStringLiteral("admin"),
            {QStringLiteral("user"), QStringLiteral("policy"), QStringLiteral("--legal-needs-second-admin"), onOff});
    }
    test::ProcessRun grantLegal(const QString& name)
    {
        return as(QStringLiteral("admin"),
                  {QStringLiteral("user"), QStringLiteral("set-role"), name, QStringLiteral("--role"),
                   QStringLiteral("legal")});
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::World world;
        QVERIFY(world.build(m_dir.path(),
                            {.people = {{QStringLiteral("ivy"), Role::Investigator},
                                        {QStringLiteral("bea"), Role::Admin},
                                        {QStringLiteral("paul"), Role::Investigator},
                                        {QStringLiteral("quinn"), Role::Investigator}},
                             .incidents = 1,
                             .clipSeconds = 2,
                             .seed = 7,
                             .puller = QStringLiteral("ivy")}));
        m_db = world.db;
        const QString incident = test::firstIncident(m_db, QStringLiteral("ivy"));
        QVERIFY(!incident.isEmpty());
        m_case = test::newCase(m_db, QStringLiteral("ivy"), QStringLiteral("Grants"), incident);
        QVERIFY(!m_case.isEmpty());
    }

    void secondAdministratorConfirmsALegalGrant()
    {
        const auto on = setPolicy(QStringLiteral("on"));
        QVERIFY2(on.exitCode == 0, qPrintable(on.describe()));
        QVERIFY2(on.out.contains("needs a second administrator"), on.out.constData());
        const auto granted = grantLegal(QStringLiteral("paul"));
        QVERIFY2(granted.exitCode == 0, qPrintable(granted.describe()));
        QVERIFY2(granted.err.contains("user confirm-role paul"), granted.err.constData());
        QCOMPARE(pendingGrant(QStringLiteral("paul")).value(QLatin1String("requested_by")).toString(),
                 QStringLiteral("admin"));
        const auto listed = as(QStringLiteral("admin"), {QStringLiteral("user"), QStringLiteral("list")});
        QVERIFY2(listed.out.contains("legal grant by admin awaits a second administrator"), listed.out.constData());

        const QString id = request();
        QVERIFY(!id.isEmpty());
        const auto refused = decide(QStringLiteral("paul"), QStringLiteral("approve"), id);
        QVERIFY2(refused.exitCode == 3, qPrintable(refused.describe()));
        QVERIFY2(refused.err.contains("waits for a second administrator"), refused.err.constData());
        QCOMPARE(decide(QStringLiteral("paul"), QStringLiteral("reject"), id).exitCode, 3);

        const QStringList confirm {QStringLiteral("user"), QStringLiteral("confirm-role"), QStringLiteral("paul")};
        const auto own = as(QStringLiteral("admin"), confirm);
        QCOMPARE(own.exitCode, 3);
        QVERIFY2(own.err.contains("another administrator must confirm it"), own.err.constData());
        QCOMPARE(as(QStringLiteral("ivy"), confirm).exitCode, 3);
        const auto confirmed = as(QStringLiteral("bea"), confirm);
        QVERIFY2(confirmed.exitCode == 0, qPrintable(confirmed.describe()));
        QVERIFY(pendingGrant(QStringLiteral("paul")).isEmpty());
        const auto approved = decide(QStringLiteral("paul"), QStringLiteral("approve"), id);
        QVERIFY2(approved.exitCode == 0, qPrintable(approved.describe()));
    }

    // Clearing the settings row with the database key does not switch the setting off: its audited change says on.
    void clearedSettingRowStillHoldsTheGrant()
    {
        const auto key = test::run(test::testkitPath(), {QStringLiteral("master-key"), m_db, QStringLiteral("ivy")},
                                   {{QStringLiteral("LPDESK_PASSPHRASE"), QStringLiteral("ivy-pass")}});
        QVERIFY2(key.exitCode == 0, qPrintable(key.describe()));
        const QByteArray script = QStringLiteral("PRAGMA key = \"x'%1'\";\nPRAGMA cipher_page_size = 4096;\n"
                                                 "UPDATE settings SET value = 'off' WHERE key = "
                                                 "'legal_grant_second_admin';\n")
                                      .arg(QString::fromLatin1(key.out.trimmed()))
                                      .toUtf8();
        const auto cleared = test::run(QStringLiteral("sqlcipher"), {m_db}, {}, script);
        QVERIFY2(cleared.exitCode == 0, qPrintable(cleared.describe()));
        QCOMPARE(grantLegal(QStringLiteral("quinn")).exitCode, 0);
        QVERIFY(!pendingGrant(QStringLiteral("quinn")).isEmpty());
        const QString id = request();
        QVERIFY(!id.isEmpty());
        QCOMPARE(decide(QStringLiteral("quinn"), QStringLiteral("approve"), id).exitCode, 3);
        QCOMPARE(
            as(QStringLiteral("bea"), {QStringLiteral("user"), QStringLiteral("confirm-role"), QStringLiteral("quinn")})
                .exitCode,
            0);
        QCOMPARE(decide(QStringLiteral("quinn"), QStringLiteral("reject"), id).exitCode, 0);
    }

    // Off (the default, and again when an administrator switches it off): a grant of legal takes effect at once.
    void offKeepsTodaysBehaviour()
    {
        const auto off = setPolicy(QStringLiteral("off"));
        QVERIFY2(off.exitCode == 0, qPrintable(off.describe()));
        QVERIFY2(off.out.contains("needs no second administrator"), off.out.constData());
        QCOMPARE(as(QStringLiteral("paul"),
                    {QStringLiteral("user"), QStringLiteral("policy"), QStringLiteral("--legal-needs-second-admin"),
                     QStringLiteral("on")})
                     .exitCode,
                 3);
        QCOMPARE(as(QStringLiteral("admin"),
                    {QStringLiteral("user"), QStringLiteral("set-role"), QStringLiteral("quinn"),
                     QStringLiteral("--role"), QStringLiteral("investigator")})
                     .exitCode,
                 0);
        const auto granted = grantLegal(QStringLiteral("quinn"));
        QVERIFY2(granted.exitCode == 0 && !granted.err.contains("confirm-role"), qPrintable(granted.describe()));
        QVERIFY(pendingGrant(QStringLiteral("quinn")).isEmpty());
        const QString id = request();
        QVERIFY(!id.isEmpty());
        const auto approved = decide(QStringLiteral("quinn"), QStringLiteral("approve"), id);
        QVERIFY2(approved.exitCode == 0, qPrintable(approved.describe()));
    }
};

QTEST_GUILESS_MAIN(TestLegalGrant)
#include "TestLegalGrant.moc"

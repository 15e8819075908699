// Fail closed (issue 12): a pull never changes a store's time zone or clock offset silently (the first pull sets
// them; a later drop that says otherwise is shown in the pull's output and audited, not applied), and input
// validated by anchored patterns cannot slip a trailing newline past them (`\z`, not `$`). The agency-origin check
// lives in TestSubmission (addressesOnAnotherOriginGetNothing), which has the test agency running.
#include "TestSupport.h"
#include "World.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace lpdesk;

class TestFailClosed : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_store;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    test::ProcessRun admin(const QStringList& args) { return test::cliAs(m_db, QStringLiteral("admin"), args); }
    QJsonObject storeRow()
    {
        const auto r = admin({QStringLiteral("--json"), QStringLiteral("store"), QStringLiteral("list")});
        for (const QJsonValue& v : QJsonDocument::fromJson(r.out).array())
            if (v.toObject().value(QLatin1String("id")).toString() == m_store)
                return v.toObject();
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::World world;
        QVERIFY(world.build(m_dir.path(), {.incidents = 1, .clipSeconds = 2, .seed = 11}));
        m_db = world.db;
        m_store = world.store();
    }

    void pullKeepsTimeZoneAndClockOffset()
    {
        const auto first = admin({QStringLiteral("pull")});
        QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
        QVERIFY(!first.out.contains("warning:"));
        const QString zone = storeRow().value(QLatin1String("timezone")).toString();
        QVERIFY(!zone.isEmpty());
        // An investigator's case holds the store's incident: its custody will say what the store claimed.
        const auto added = test::cliAs(m_db, QStringLiteral("admin"),
                                       {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("ivy"),
                                        QStringLiteral("--role"), QStringLiteral("investigator")},
                                       {{QStringLiteral("LPDESK_NEW_PASSPHRASE"), QStringLiteral("ivy-pass")}});
        QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
        const auto ivy = [this](const QStringList& args) { return test::cliAs(m_db, QStringLiteral("ivy"), args); };
        const auto listed = ivy({QStringLiteral("--json"), QStringLiteral("incidents"), QStringLiteral("list")});
        const QJsonArray incidents = QJsonDocument::fromJson(listed.out).array();
        QVERIFY2(incidents.size() == 1, qPrintable(listed.describe()));
        const auto made = ivy({QStringLiteral("case"), QStringLiteral("new"), QStringLiteral("--title"),
                               QStringLiteral("Clock check"), QStringLiteral("--incident"),
                               incidents[0].toObject().value(QLatin1String("id")).toString()});
        QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));
        const QString caseId = QString::fromUtf8(made.out).trimmed().split(u'\n').last().trimmed();
        const auto custodyClaims = [&] {
            const auto shown
                = ivy({QStringLiteral("--json"), QStringLiteral("custody"), QStringLiteral("show"), caseId});
            int n = 0;
            for (const QJsonValue& e : QJsonDocument::fromJson(shown.out).array())
                if (e.toObject().value(QLatin1String("action")).toString() == QLatin1String("store_settings_differ"))
                    ++n;
            return shown.exitCode == 0 ? n : -1;
        };
        QCOMPARE(custodyClaims(), 0);

        // The drop now says another zone and a clock 90 s fast.
        const QString storeJson = path(QStringLiteral("drop/")) + m_store + QStringLiteral("/store.json");
        QJsonObject o = QJsonDocument::fromJson(test::readFile(storeJson)).object();
        const QString other
            = zone == QLatin1String("Asia/Tokyo") ? QStringLiteral("Europe/Paris") : QStringLiteral("Asia/Tokyo");
        o.insert(QLatin1String("timezone"), other);
        o.insert(QLatin1String("clock_offset_seconds"), 90);
        QVERIFY(test::writeFile(storeJson, QJsonDocument(o).toJson()));

        const auto second = admin({QStringLiteral("pull")});
        QVERIFY2(second.exitCode == 0, qPrintable(second.describe()));
        QVERIFY2(second.out.contains(
                     QStringLiteral("the drop says time zone %1, LP Desk keeps %2").arg(other, zone).toUtf8()),
                 qPrintable(second.describe()));
        QVERIFY2(second.out.contains("clock offset of 90 s"), qPrintable(second.describe()));
        // Not applied.
        QCOMPARE(storeRow().value(QLatin1String("timezone")).toString(), zone);
        // Audited, with what the drop said.
        const auto audit = admin({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("show")});
        QVERIFY2(audit.out.contains("store_settings_differ") && audit.out.contains(other.toUtf8()),
                 audit.out.right(2000).constData());
        // In the custody of the case too, once for this claim.
        QCOMPARE(custodyClaims(), 1);
        // The JSON output names the differences too; the same claim again is audited, not put into custody again.
        const auto json = admin({QStringLiteral("--json"), QStringLiteral("pull")});
        const QJsonArray stores = QJsonDocument::fromJson(json.out).array();
        QVERIFY(!stores.isEmpty());
        QCOMPARE(stores.first().toObject().value(QLatin1String("differences")).toArray().size(), 2);
        QCOMPARE(custodyClaims(), 1);
        // A new claim (another offset) is.
        o.insert(QLatin1String("clock_offset_seconds"), -30);
        QVERIFY(test::writeFile(storeJson, QJsonDocument(o).toJson()));
        QCOMPARE(admin({QStringLiteral("pull")}).exitCode, 0);
        QCOMPARE(custodyClaims(), 2);
        const auto verified = ivy({QStringLiteral("custody"), QStringLiteral("verify"), caseId});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.describe()));
    }

    // "^…$" accepts "bob\n"; "^…\z" does not.
    void anchoredPatternsRefuseATrailingNewline()
    {
        const auto added
            = test::cliAs(m_db, QStringLiteral("admin"),
                          {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bob\n"),
                           QStringLiteral("--role"), QStringLiteral("investigator")},
                          {{QStringLiteral("LPDESK_NEW_PASSPHRASE"), QStringLiteral("bob-pass-long-enough")}});
        QCOMPARE(added.exitCode, 2);
        const auto store = admin({QStringLiteral("store"), QStringLiteral("add"), QStringLiteral("shop-2\n"),
                                  QStringLiteral("--path"), path(QStringLiteral("drop"))});
        QCOMPARE(store.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestFailClosed)
#include "TestFailClosed.moc"

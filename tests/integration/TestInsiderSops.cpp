// The insider and the procedures (issue 15, SOPs): an investigator unwraps the raw database key from their own slot
// and changes one published SOP version with the sqlcipher CLI (dropping the append-only trigger and putting it
// back). That version is never used again: its procedure is listed as REFUSED with the reason, the newest sound
// version stands in for it, the other incident types go on working in `sop list/show`, and `db check` names the
// damaged version with exit 4. A type with no sound version left is listed without a procedure, marked, and hides
// nothing else; an admin puts it right by publishing a new version.
#include "StoreSimCase.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace lpdesk;

class TestInsiderSops : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    test::ProcessRun as(const QString& user, const QStringList& args) { return test::cliAs(m_db, user, args); }
    // `sop list --json` by the incident type each entry applies to.
    QHash<QString, QJsonObject> listed()
    {
        const test::ProcessRun r
            = as(QStringLiteral("ivy"), {QStringLiteral("--json"), QStringLiteral("sop"), QStringLiteral("list")});
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.describe()));
        QHash<QString, QJsonObject> out;
        for (const QJsonValue& v : QJsonDocument::fromJson(r.out).array())
            out.insert(v[QLatin1String("applies_to")].toString(), v.toObject());
        return out;
    }
    // One published version changed behind the append-only trigger, which is put back afterwards.
    bool damage(const QString& type, int version, const QString& set)
    {
        // What the insider has: the raw key, unwrapped from the investigator's own slot; then sqlcipher.
        const test::ProcessRun r = test::sqlcipherAs(
            m_db, QStringLiteral("ivy"),
            QStringLiteral("DROP TRIGGER sops_append_only_update;\n"
                           "UPDATE sops SET %1 WHERE type = '%2' AND version = %3;\n"
                           "CREATE TRIGGER sops_append_only_update BEFORE UPDATE ON sops BEGIN SELECT RAISE(ABORT, "
                           "'a published procedure version cannot change'); END;\n"
                           "SELECT changes();")
                .arg(set, type)
                .arg(version));
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.describe()));
        return r.exitCode == 0 && r.out.trimmed().endsWith("1");
    }
    bool publish(const QString& type, const QString& title, const QString& preserve)
    {
        const QString path = m_dir.filePath(type + QStringLiteral(".json"));
        const QByteArray body = QJsonDocument(QJsonObject {{QLatin1String("title"), title},
                                                           {QLatin1String("immediate"), QStringLiteral("Stay safe")},
                                                           {QLatin1String("reporting"), QStringLiteral("Tell LP")},
                                                           {QLatin1String("preserve"), preserve}})
                                    .toJson();
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(body) != body.size())
            return false;
        f.close();
        const test::ProcessRun r
            = as(QStringLiteral("admin"),
                 {QStringLiteral("sop"), QStringLiteral("publish"), type, QStringLiteral("--file"), path});
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.describe()));
        return r.exitCode == 0;
    }
    test::ProcessRun check() { return as(QStringLiteral("admin"), {QStringLiteral("db"), QStringLiteral("check")}); }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = test::createDatabaseWith(m_dir.filePath(QStringLiteral("db")),
                                        {{QStringLiteral("ivy"), Role::Investigator}});
        QVERIFY(!m_db.isEmpty());
        // shoplifting: versions 1 and 2 published; robbery: version 1 only; the other types built in.
        QVERIFY(publish(QStringLiteral("shoplifting"), QStringLiteral("Shoplifting (ours)"),
                        QStringLiteral("Entrance clip, version one")));
        QVERIFY(publish(QStringLiteral("shoplifting"), QStringLiteral("Shoplifting (ours)"),
                        QStringLiteral("Entrance and aisle clips, version two")));
        QVERIFY(publish(QStringLiteral("robbery"), QStringLiteral("Robbery (ours)"), QStringLiteral("Register clip")));
        QCOMPARE(listed().value(QStringLiteral("shoplifting"))[QLatin1String("version")].toInt(), 2);
        QCOMPARE(check().exitCode, 0);
    }

    // The current version of shoplifting (2) changed: version 1 stands in, flagged; the other types are untouched.
    void damagedCurrentVersionFallsBackToTheNewestSoundOne()
    {
        QVERIFY(damage(QStringLiteral("shoplifting"), 2, QStringLiteral("preserve = 'Nothing, delete the clips'")));

        const test::ProcessRun list = as(QStringLiteral("ivy"), {QStringLiteral("sop"), QStringLiteral("list")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
        QVERIFY2(list.out.contains("version 1 stands in; version 2 REFUSED: Version 2 of the procedure for "
                                   "shoplifting was changed after it was published."),
                 qPrintable(list.describe()));
        QVERIFY2(list.out.contains("Robbery (ours)") && list.out.contains("trespass"), qPrintable(list.describe()));
        QCOMPARE(list.out.count("REFUSED"), 1);

        const QHash<QString, QJsonObject> all = listed();
        const QJsonObject s = all.value(QStringLiteral("shoplifting"));
        QCOMPARE(s[QLatin1String("version")].toInt(), 1);
        QCOMPARE(s[QLatin1String("refused_version")].toInt(), 2);
        QCOMPARE(s[QLatin1String("preserve")].toString(), QStringLiteral("Entrance clip, version one"));
        QCOMPARE(s[QLatin1String("verified")].toBool(), false);
        QCOMPARE(s[QLatin1String("usable")].toBool(), true);
        for (const QString& sound : {QStringLiteral("robbery"), QStringLiteral("assault"), QStringLiteral("*")}) {
            QVERIFY2(all.value(sound)[QLatin1String("verified")].toBool(), qPrintable(sound));
            QVERIFY(all.value(sound)[QLatin1String("refused_version")].isNull());
        }

        // show: the version in use with the refusal; the damaged version itself is refused (exit 4).
        const test::ProcessRun show
            = as(QStringLiteral("ivy"), {QStringLiteral("sop"), QStringLiteral("show"), QStringLiteral("shoplifting")});
        QVERIFY2(show.exitCode == 0, qPrintable(show.describe()));
        QVERIFY2(show.out.startsWith("Version 2 REFUSED: Version 2 of the procedure for shoplifting was changed"),
                 qPrintable(show.describe()));
        QVERIFY2(show.out.contains("Entrance clip, version one"), qPrintable(show.describe()));
        QCOMPARE(as(QStringLiteral("ivy"),
                    {QStringLiteral("sop"), QStringLiteral("show"), QStringLiteral("shoplifting"),
                     QStringLiteral("--version"), QStringLiteral("2")})
                     .exitCode,
                 4);

        const test::ProcessRun db = check();
        QCOMPARE(db.exitCode, 4);
        QVERIFY2((db.out + db.err)
                     .contains("Version 2 of the procedure for shoplifting was changed after it was "
                               "published"),
                 qPrintable(db.describe()));
    }

    // robbery's only published version changed: no sound version, the type has no procedure, listed as such (not
    // the built-in one the organisation replaced); everything else goes on working.
    void noSoundVersionLeft()
    {
        QVERIFY(damage(QStringLiteral("robbery"), 1, QStringLiteral("title = 'Forged'")));
        const QHash<QString, QJsonObject> all = listed();
        QCOMPARE(all.size(), 1 + 11);
        const QJsonObject r = all.value(QStringLiteral("robbery"));
        QCOMPARE(r[QLatin1String("usable")].toBool(), false);
        QCOMPARE(r[QLatin1String("refused_version")].toInt(), 1);
        QVERIFY(r[QLatin1String("title")].toString().isEmpty()); // nothing of the damaged row is shown
        QVERIFY(all.value(QStringLiteral("assault"))[QLatin1String("verified")].toBool());

        const test::ProcessRun list = as(QStringLiteral("ivy"), {QStringLiteral("sop"), QStringLiteral("list")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
        QCOMPARE(list.out.count("REFUSED"), 2);
        QVERIFY2(list.out.contains("(no procedure)  version 1 REFUSED: Version 1 of the procedure for robbery"),
                 qPrintable(list.describe()));

        const test::ProcessRun show
            = as(QStringLiteral("ivy"), {QStringLiteral("sop"), QStringLiteral("show"), QStringLiteral("robbery")});
        QCOMPARE(show.exitCode, 4);
        QVERIFY2(show.err.contains("Version 1 of the procedure for robbery was changed"), qPrintable(show.describe()));

        const test::ProcessRun db = check();
        QCOMPARE(db.exitCode, 4);
        for (const char* named :
             {"Version 2 of the procedure for shoplifting", "Version 1 of the procedure for robbery"})
            QVERIFY2((db.out + db.err).contains(named), qPrintable(db.describe()));

        // An admin puts it right by publishing a new version: in force again, nothing refused for it.
        QVERIFY(publish(QStringLiteral("robbery"), QStringLiteral("Robbery (ours)"), QStringLiteral("Register clips")));
        const QJsonObject fixed = listed().value(QStringLiteral("robbery"));
        QCOMPARE(fixed[QLatin1String("version")].toInt(), 2);
        QVERIFY(fixed[QLatin1String("verified")].toBool());
    }
};

QTEST_GUILESS_MAIN(TestInsiderSops)
#include "TestInsiderSops.moc"

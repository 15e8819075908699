// The insider and the police request templates (issue 15): an investigator unwraps the raw database key from their
// own slot and changes one published template version with the sqlcipher CLI (dropping the append-only trigger and
// putting it back). That version is never used again: the template is listed as REFUSED with the reason, the newest
// sound version (or the built-in template) stands in for it and is what a new request records, the other templates
// go on working in `le-request template list/show` and `le-request add --template`, and `db check` names the damaged
// version with exit 4. A template with no sound version left is listed, cannot be used, and hides nothing else.
#include "StoreSimCase.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace lpdesk;

class TestInsiderTemplates : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    test::ProcessRun as(const QString& user, const QStringList& args) { return test::cliAs(m_db, user, args); }
    QJsonValue json(const QString& user, const QStringList& args)
    {
        const test::ProcessRun r = as(user, QStringList {QStringLiteral("--json")} + args);
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.describe()));
        const QJsonDocument d = QJsonDocument::fromJson(r.out);
        return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
    }
    // `le-request template list --json` by name.
    QHash<QString, QJsonObject> listed()
    {
        QHash<QString, QJsonObject> out;
        const QJsonArray all = json(QStringLiteral("ivy"),
                                    {QStringLiteral("le-request"), QStringLiteral("template"), QStringLiteral("list")})
                                   .toArray();
        for (const QJsonValue& v : all)
            out.insert(v[QLatin1String("name")].toString(), v.toObject());
        return out;
    }
    // What the insider has: the raw key, unwrapped from the investigator's own slot; then sqlcipher.
    test::ProcessRun sqlcipher(const QString& sql)
    {
        const auto key = test::run(test::testkitPath(), {QStringLiteral("master-key"), m_db, QStringLiteral("ivy")},
                                   {{QStringLiteral("LPDESK_PASSPHRASE"), QStringLiteral("ivy-pass")}});
        const QByteArray script = QStringLiteral("PRAGMA key = \"x'%1'\";\nPRAGMA cipher_page_size = 4096;\n%2\n")
                                      .arg(QString::fromLatin1(key.out.trimmed()), sql)
                                      .toUtf8();
        return test::run(QStringLiteral("sqlcipher"), {m_db}, {}, script);
    }
    // One published version changed behind the append-only trigger, which is put back afterwards.
    bool damage(const QString& name, int version, const QString& set)
    {
        const test::ProcessRun r = sqlcipher(
            QStringLiteral("DROP TRIGGER le_request_templates_append_only_update;\n"
                           "UPDATE le_request_templates SET %1 WHERE name = '%2' AND version = %3;\n"
                           "CREATE TRIGGER le_request_templates_append_only_update BEFORE UPDATE ON "
                           "le_request_templates BEGIN SELECT RAISE(ABORT, 'a published request template version "
                           "cannot change'); END;\n"
                           "SELECT changes();")
                .arg(set, name)
                .arg(version));
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.describe()));
        return r.exitCode == 0;
    }
    bool publish(const QString& name, const QByteArray& body)
    {
        const QString path = m_dir.filePath(name + QStringLiteral(".json"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(body) != body.size())
            return false;
        f.close();
        const test::ProcessRun r = as(QStringLiteral("admin"),
                                      {QStringLiteral("le-request"), QStringLiteral("template"), QStringLiteral("set"),
                                       name, QStringLiteral("--file"), path});
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.describe()));
        return r.exitCode == 0;
    }
    static QByteArray body(const QString& kind, const QString& title, int dueDays, const QString& basis)
    {
        return QJsonDocument(QJsonObject {{QLatin1String("kind"), kind},
                                          {QLatin1String("title"), title},
                                          {QLatin1String("due_days"), dueDays},
                                          {QLatin1String("legal_basis"), basis},
                                          {QLatin1String("asked"), QStringLiteral("Footage and POS")},
                                          {QLatin1String("letter"),
                                           QStringLiteral("To {agency}: the {kind} received "
                                                          "{received}.\n{releases}")}})
            .toJson();
    }
    static QByteArray subpoena(const QString& basis, int dueDays)
    {
        return body(QStringLiteral("subpoena"), QStringLiteral("County subpoena"), dueDays, basis);
    }
    // `le-request add --template name` as ivy: the new request's `le-request show --json`, or the exit code.
    QJsonObject added(const QString& name, test::ProcessRun* run = nullptr)
    {
        const test::ProcessRun r = as(QStringLiteral("ivy"),
                                      {QStringLiteral("le-request"), QStringLiteral("add"), QStringLiteral("--agency"),
                                       QStringLiteral("Lakeview PD"), QStringLiteral("--received"),
                                       QStringLiteral("2026-03-01"), QStringLiteral("--template"), name});
        if (run)
            *run = r;
        if (r.exitCode != 0)
            return {{QLatin1String("exit"), r.exitCode}};
        return json(QStringLiteral("ivy"),
                    {QStringLiteral("le-request"), QStringLiteral("show"), QString::fromUtf8(r.out).trimmed()})
            .toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = test::createDatabaseWith(m_dir.filePath(QStringLiteral("db")),
                                        {{QStringLiteral("ivy"), Role::Investigator}});
        QVERIFY(!m_db.isEmpty());
        // subpoena: versions 1 and 2 published; county-warrant: version 1 only; warrant: published once.
        QVERIFY(publish(QStringLiteral("subpoena"), subpoena(QStringLiteral("County subpoena, section 12"), 10)));
        QVERIFY(publish(QStringLiteral("subpoena"), subpoena(QStringLiteral("County subpoena, section 14"), 21)));
        QVERIFY(publish(
            QStringLiteral("county-warrant"),
            body(QStringLiteral("warrant"), QStringLiteral("County warrant"), 3, QStringLiteral("County warrant"))));
        QVERIFY(publish(QStringLiteral("warrant"),
                        body(QStringLiteral("warrant"), QStringLiteral("Our warrant"), 5, QStringLiteral("Warrant"))));
        QCOMPARE(listed().size(), 6);
        QCOMPARE(as(QStringLiteral("admin"), {QStringLiteral("db"), QStringLiteral("check")}).exitCode, 0);
    }

    // The current version of subpoena (2) changed: version 1 stands in, flagged; the others are untouched.
    void damagedCurrentVersionFallsBackToTheNewestSoundOne()
    {
        QVERIFY(damage(QStringLiteral("subpoena"), 2, QStringLiteral("due_days = 90")));

        const test::ProcessRun list = as(
            QStringLiteral("ivy"), {QStringLiteral("le-request"), QStringLiteral("template"), QStringLiteral("list")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
        QVERIFY2(list.out.contains("version 1 stands in; version 2 REFUSED: Version 2 of the request template subpoena "
                                   "was changed after it was published."),
                 qPrintable(list.describe()));
        QVERIFY2(list.out.contains("county-warrant") && list.out.contains("court_order"), qPrintable(list.describe()));
        QCOMPARE(list.out.count("REFUSED"), 1);

        const QHash<QString, QJsonObject> all = listed();
        QCOMPARE(all.size(), 6);
        const QJsonObject s = all.value(QStringLiteral("subpoena"));
        QCOMPARE(s[QLatin1String("version")].toInt(), 1);
        QCOMPARE(s[QLatin1String("refused_version")].toInt(), 2);
        QCOMPARE(s[QLatin1String("due_days")].toInt(), 10);
        QCOMPARE(s[QLatin1String("verified")].toBool(), false);
        QVERIFY(s[QLatin1String("problem")].toString().contains(QLatin1String("Version 2 of the request template")));
        for (const QString& sound : {QStringLiteral("warrant"), QStringLiteral("county-warrant"),
                                     QStringLiteral("court_order"), QStringLiteral("exigent")}) {
            QVERIFY2(all.value(sound)[QLatin1String("verified")].toBool(), qPrintable(sound));
            QVERIFY(all.value(sound)[QLatin1String("refused_version")].isNull());
        }

        // show: the version in use with the refusal; the damaged version itself is refused (exit 4).
        const test::ProcessRun show = as(QStringLiteral("ivy"),
                                         {QStringLiteral("le-request"), QStringLiteral("template"),
                                          QStringLiteral("show"), QStringLiteral("subpoena")});
        QVERIFY2(show.exitCode == 0, qPrintable(show.describe()));
        QVERIFY2(show.out.startsWith("Version 2 REFUSED: Version 2 of the request template subpoena was changed"),
                 qPrintable(show.describe()));
        QVERIFY2(show.out.contains("County subpoena, section 12"), qPrintable(show.describe()));
        QCOMPARE(as(QStringLiteral("ivy"),
                    {QStringLiteral("le-request"), QStringLiteral("template"), QStringLiteral("show"),
                     QStringLiteral("subpoena"), QStringLiteral("--version"), QStringLiteral("2")})
                     .exitCode,
                 4);
        QCOMPARE(json(QStringLiteral("ivy"),
                      {QStringLiteral("le-request"), QStringLiteral("template"), QStringLiteral("show"),
                       QStringLiteral("subpoena"), QStringLiteral("--version"),
                       QStringLiteral("1")})[QLatin1String("due_days")]
                     .toInt(),
                 10);
        QCOMPARE(json(QStringLiteral("ivy"),
                      {QStringLiteral("le-request"), QStringLiteral("template"), QStringLiteral("show"),
                       QStringLiteral("warrant")})[QLatin1String("version")]
                     .toInt(),
                 1);

        // add --template: version 1's fields, recorded as version 1, with a warning; another template as before.
        test::ProcessRun run;
        QJsonObject r = added(QStringLiteral("subpoena"), &run);
        QCOMPARE(r[QLatin1String("template")].toObject()[QLatin1String("version")].toInt(), 1);
        QCOMPARE(r[QLatin1String("legal_basis")].toString(), QStringLiteral("County subpoena, section 12"));
        QCOMPARE(r[QLatin1String("due_at")].toString(), QStringLiteral("2026-03-11T00:00:00.000Z"));
        QVERIFY2(run.err.contains("Version 2 of the template subpoena is REFUSED"), qPrintable(run.describe()));
        r = added(QStringLiteral("county-warrant"));
        QCOMPARE(r[QLatin1String("template")].toObject()[QLatin1String("version")].toInt(), 1);
        QCOMPARE(r[QLatin1String("due_at")].toString(), QStringLiteral("2026-03-04T00:00:00.000Z"));

        // db check names the damaged version.
        const test::ProcessRun check = as(QStringLiteral("admin"), {QStringLiteral("db"), QStringLiteral("check")});
        QCOMPARE(check.exitCode, 4);
        QVERIFY2((check.out + check.err)
                     .contains("Version 2 of the request template subpoena was changed after it was "
                               "published"),
                 qPrintable(check.describe()));
    }

    // warrant's only published version changed: LP Desk's built-in warrant template stands in. county-warrant's
    // only version changed: no sound version, listed as not usable, refused by add; the rest goes on working.
    void noSoundVersionLeft()
    {
        QVERIFY(damage(QStringLiteral("warrant"), 1, QStringLiteral("legal_basis = 'Anything we like'")));
        QVERIFY(damage(QStringLiteral("county-warrant"), 1, QStringLiteral("title = 'Forged'")));
        const QHash<QString, QJsonObject> all = listed();
        QCOMPARE(all.size(), 6);
        const QJsonObject w = all.value(QStringLiteral("warrant"));
        QCOMPARE(w[QLatin1String("version")].toInt(), 0);
        QCOMPARE(w[QLatin1String("built_in")].toBool(), true);
        QCOMPARE(w[QLatin1String("refused_version")].toInt(), 1);
        QCOMPARE(w[QLatin1String("due_days")].toInt(), 7);
        const QJsonObject c = all.value(QStringLiteral("county-warrant"));
        QCOMPARE(c[QLatin1String("usable")].toBool(), false);
        QCOMPARE(c[QLatin1String("refused_version")].toInt(), 1);
        QVERIFY(c[QLatin1String("title")].toString().isEmpty()); // nothing of the damaged row is shown
        QVERIFY(all.value(QStringLiteral("court_order"))[QLatin1String("verified")].toBool());

        const test::ProcessRun list = as(
            QStringLiteral("ivy"), {QStringLiteral("le-request"), QStringLiteral("template"), QStringLiteral("list")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
        QCOMPARE(list.out.count("REFUSED"), 3);
        QVERIFY2(list.out.contains("the built-in template stands in; version 1 REFUSED"), qPrintable(list.describe()));

        test::ProcessRun run;
        QCOMPARE(added(QStringLiteral("county-warrant"), &run)[QLatin1String("exit")].toInt(), 4);
        QVERIFY2(run.err.contains("Version 1 of the request template county-warrant was changed"),
                 qPrintable(run.describe()));
        QJsonObject r = added(QStringLiteral("warrant"));
        QCOMPARE(r[QLatin1String("template")].toObject()[QLatin1String("version")].toInt(), 0);
        QVERIFY(r[QLatin1String("legal_basis")].toString().startsWith(QLatin1String("Search warrant issued")));
        r = added(QStringLiteral("court_order"));
        QCOMPARE(r[QLatin1String("template")].toObject()[QLatin1String("version")].toInt(), 0);

        const test::ProcessRun check = as(QStringLiteral("admin"), {QStringLiteral("db"), QStringLiteral("check")});
        QCOMPARE(check.exitCode, 4);
        for (const char* named :
             {"Version 2 of the request template subpoena", "Version 1 of the request template warrant",
              "Version 1 of the request template county-warrant"})
            QVERIFY2((check.out + check.err).contains(named), qPrintable(check.describe()));

        // An admin puts it right by publishing a new version: in force again, nothing refused for it.
        QVERIFY(publish(QStringLiteral("subpoena"), subpoena(QStringLiteral("County subpoena, section 16"), 12)));
        const QJsonObject s = listed().value(QStringLiteral("subpoena"));
        QCOMPARE(s[QLatin1String("version")].toInt(), 3);
        QVERIFY(s[QLatin1String("verified")].toBool());
    }
};

QTEST_GUILESS_MAIN(TestInsiderTemplates)
#include "TestInsiderTemplates.moc"

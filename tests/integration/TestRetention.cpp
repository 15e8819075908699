// Retention and legal hold through lpdesk-cli, each case on a fresh copy of the hand-built history (KpiHistory) with
// rows of its own: an incident on legal hold keeps its clips whether or not they belong to a case, until legal lifts
// the hold; each evidence kind keeps its own period (an original kept for decades while the still taken from it and
// the trim go after 30 days); the purge refuses, by name in the dry-run listing, an item of an open case, of a
// pending release and of a submission still in the outbox; and a package exported (signed, from a real store drop)
// before a purge still verifies after the purge took its clips; imported POS journals have their own period
// (pos_journal), counted from their newest transaction, and one whose transactions are linked to a held case stays.
// `db check` stays clean after every purge.
#include "KpiHistory.h"
#include "TestSupport.h"
#include "World.h"

#include "db/UserDirectory.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lpdesk;

class TestRetention : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CaseDatabase> m_admin;

    test::ProcessRun as(const QString& user, const QStringList& args) const
    {
        return test::cliAs(m_admin->path(), user, args);
    }
    // The dry-run listing by item id.
    QMap<QString, QJsonObject> dryRun() const
    {
        const test::ProcessRun r = as(QStringLiteral("admin"),
                                      {QStringLiteral("--json"), QStringLiteral("retention"), QStringLiteral("purge"),
                                       QStringLiteral("--dry-run")});
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.describe()));
        QMap<QString, QJsonObject> out;
        for (const QJsonValue& v : QJsonDocument::fromJson(r.out).array())
            out.insert(v.toObject()[QLatin1String("id")].toString(), v.toObject());
        return out;
    }
    bool ok(const QString& user, const QStringList& args) const
    {
        const test::ProcessRun r = as(user, args);
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.describe()));
        return r.exitCode == 0;
    }
    bool rule(const QStringList& args) const
    {
        return ok(QStringLiteral("admin"), QStringList {QStringLiteral("retention"), QStringLiteral("set")} + args);
    }
    bool purge() const { return ok(QStringLiteral("admin"), {QStringLiteral("retention"), QStringLiteral("purge")}); }
    bool dbCheckClean() const { return ok(QStringLiteral("admin"), {QStringLiteral("db"), QStringLiteral("check")}); }
    bool fileOf(const char* media) const
    {
        return QFile::exists(m_admin->mediaDirectory() + QStringLiteral("/%1.lpenc").arg(QLatin1String(media)));
    }
    bool sql(const QString& statement) const
    {
        QSqlQuery q(m_admin->connection());
        if (!q.exec(statement)) {
            qWarning("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
            return false;
        }
        return true;
    }
    // An incident of type at 12:00 UTC on day, with an original clip media (a placeholder file) pulled for it, and,
    // when caseId is given, a case of that status on it.
    bool incidentWithClip(const char* incident, const char* type, const char* day, const char* media,
                          const char* caseId = nullptr, int number = 0, const char* status = "closed")
    {
        const QString at = QStringLiteral("%1T12:00:00.000Z").arg(QLatin1String(day));
        QFile f(m_admin->mediaDirectory() + QStringLiteral("/%1.lpenc").arg(QLatin1String(media)));
        bool done
            = QDir().mkpath(m_admin->mediaDirectory()) && f.open(QIODevice::WriteOnly) && f.write("encrypted") == 9;
        f.close();
        done = done
            && sql(QStringLiteral("INSERT INTO incidents (id, store_id, type, severity, trigger, detected_at, "
                                  "detected_at_local, suspects_json, raw_json, raw_sha256, received_at, source) VALUES "
                                  "('%1', 'store-b', '%2', 3, 'staff_report', '%3', '%3', '[]', '{}', '', '%3', "
                                  "'test')")
                       .arg(QLatin1String(incident), QLatin1String(type), at))
            && mediaRow(media, "original", nullptr, nullptr, nullptr)
            && sql(QStringLiteral("INSERT INTO incident_media VALUES ('%1', '%2')")
                       .arg(QLatin1String(incident), QLatin1String(media)));
        if (caseId)
            done = done
                && sql(QStringLiteral("INSERT INTO cases (id, number, title, status, created_at, created_by, "
                                      "updated_at, closed_at) VALUES ('%1', %2, 'case %2', '%3', '%4', 'ivy', '%4', "
                                      "%5)")
                           .arg(QLatin1String(caseId))
                           .arg(number)
                           .arg(QLatin1String(status), at,
                                qstrcmp(status, "closed") == 0 ? QStringLiteral("'%1'").arg(at)
                                                               : QStringLiteral("NULL")))
                && sql(QStringLiteral("INSERT INTO case_incidents VALUES ('%1', '%2', '%3', 'ivy')")
                           .arg(QLatin1String(caseId), QLatin1String(incident), at));
        return done;
    }
    // A media row (no file of its own unless incidentWithClip wrote one): operation 'frame' makes a still.
    bool mediaRow(const char* id, const char* kind, const char* parent, const char* operation, const char* caseId)
    {
        auto quoted
            = [](const char* s) { return s ? QStringLiteral("'%1'").arg(QLatin1String(s)) : QStringLiteral("NULL"); };
        return sql(QStringLiteral("INSERT INTO media (id, kind, parent_id, operation, case_id, sha256, plaintext_size, "
                                  "file, file_size, created_at) VALUES ('%1', '%2', %3, %4, %5, '%6', 9, '%1.lpenc', "
                                  "9, '2026-01-01T00:00:00.000Z')")
                       .arg(QLatin1String(id), QLatin1String(kind), quoted(parent), quoted(operation), quoted(caseId),
                            QString(QLatin1String(id)).repeated(32).left(64)));
    }
    bool derivedFile(const char* id, const char* parent, const char* operation, const char* caseId)
    {
        QFile f(m_admin->mediaDirectory() + QStringLiteral("/%1.lpenc").arg(QLatin1String(id)));
        const bool written = f.open(QIODevice::WriteOnly) && f.write("encrypted") == 9;
        f.close();
        return written && mediaRow(id, "derivative", parent, operation, caseId);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_admin = test::createDatabase(m_dir->path());
        QVERIFY(m_admin);
        UserDirectory users(*m_admin);
        QVERIFY(users.add(QStringLiteral("ivy"), Role::Investigator, test::secret("ivy-pass")));
        QVERIFY(users.add(QStringLiteral("lee"), Role::Legal, test::secret("lee-pass")));
        QVERIFY(test::buildKpiHistory(*m_admin));
    }
    void cleanup()
    {
        m_admin.reset();
        m_dir.reset();
    }

    // A hold on an incident (not on a case) keeps its clip, with or without a case, and its case's trim; lifted by
    // legal, they go.
    void incidentHoldIsNeverPurged()
    {
        QVERIFY(rule({QStringLiteral("shoplifting"), QStringLiteral("30")}));
        // b3 (shoplifting, no case) has m4; a1 (shoplifting, closed case c1 with a2) has m1 and c1's trim m3.
        for (const char* incident : {"b3", "a1"})
            QVERIFY(ok(QStringLiteral("ivy"),
                       {QStringLiteral("incidents"), QStringLiteral("hold"), QLatin1String(incident),
                        QStringLiteral("--reason"), QStringLiteral("insurance claim")}));
        auto plan = dryRun();
        for (const char* m : {"m4", "m1", "m3"}) {
            QVERIFY2(plan.contains(QLatin1String(m)), m);
            QCOMPARE(plan[QLatin1String(m)][QLatin1String("refusal")].toString(), QStringLiteral("incident_held"));
            QCOMPARE(plan[QLatin1String(m)][QLatin1String("blocked")].toString(),
                     QStringLiteral("incident on legal hold"));
        }
        QVERIFY(purge());
        for (const char* m : {"m4", "m1", "m3"})
            QVERIFY2(fileOf(m), m);
        QVERIFY(dbCheckClean());

        // An investigator may not lift it; legal lifts b3's: m4 goes, a1's clips stay.
        QCOMPARE(as(QStringLiteral("ivy"),
                    {QStringLiteral("incidents"), QStringLiteral("unhold"), QStringLiteral("b3"),
                     QStringLiteral("--reason"), QStringLiteral("x")})
                     .exitCode,
                 3);
        QVERIFY(ok(QStringLiteral("lee"),
                   {QStringLiteral("incidents"), QStringLiteral("unhold"), QStringLiteral("b3"),
                    QStringLiteral("--reason"), QStringLiteral("claim paid")}));
        plan = dryRun();
        QVERIFY(plan[QStringLiteral("m4")][QLatin1String("refusal")].isNull());
        QVERIFY(purge());
        QVERIFY(!fileOf("m4"));
        QVERIFY(fileOf("m1"));
        QVERIFY(fileOf("m3"));
        QVERIFY(dbCheckClean());
    }

    // Each evidence kind its own period: originals 100 years, stills 30 days, trims 30 days from the case's closure.
    void evidenceKindsHaveTheirOwnPeriods()
    {
        // A still of m1 in c1 (closed on 2026-01-25), beside m1's trim m3.
        QVERIFY(derivedFile("m5", "m1", "frame", "c1"));
        QVERIFY(rule({QStringLiteral("original"), QStringLiteral("36500"), QStringLiteral("--evidence")}));
        QVERIFY(rule({QStringLiteral("still"), QStringLiteral("30"), QStringLiteral("--evidence")}));
        auto plan = dryRun();
        // Only the still is due: the originals are kept for a century, and trims have no rule (nor has any type).
        QCOMPARE(plan.keys(), QStringList {QStringLiteral("m5")});
        QCOMPARE(plan[QStringLiteral("m5")][QLatin1String("kind")].toString(), QStringLiteral("still"));
        QVERIFY(plan[QStringLiteral("m5")][QLatin1String("refusal")].isNull());
        QCOMPARE(plan[QStringLiteral("m5")][QLatin1String("expired_at")].toString(),
                 QStringLiteral("2026-02-19T18:00:00.000Z")); // c1's last incident (a2, 20 January 18:00) + 30 days
        QVERIFY(purge());
        QVERIFY(!fileOf("m5"));
        for (const char* m : {"m1", "m2", "m3", "m4"})
            QVERIFY2(fileOf(m), m);

        // Trims: 30 days from the case's closure (c1 closed 2026-01-25 16:00); the originals still stay.
        QVERIFY(rule({QStringLiteral("derivative"), QStringLiteral("30"), QStringLiteral("--evidence"),
                      QStringLiteral("--from"), QStringLiteral("closure")}));
        plan = dryRun();
        QCOMPARE(plan.keys(), QStringList {QStringLiteral("m3")});
        QCOMPARE(plan[QStringLiteral("m3")][QLatin1String("expired_at")].toString(),
                 QStringLiteral("2026-02-24T16:00:00.000Z"));
        QVERIFY(purge());
        QVERIFY(!fileOf("m3"));
        for (const char* m : {"m1", "m2", "m4"})
            QVERIFY2(fileOf(m), m);
        QVERIFY(dbCheckClean());
    }

    // What an expired item is kept for is named in the listing: an open case, a pending release, a submission still
    // in the outbox (and a held case); the purge takes none of them, and takes the rest.
    void purgeRefusalsAreNamed()
    {
        QVERIFY(incidentWithClip("o1", "shoplifting", "2025-06-01", "mo1", "c6", 6, "open"));
        QVERIFY(incidentWithClip("p1", "shoplifting", "2025-06-01", "mp1", "c7", 7));
        QVERIFY(incidentWithClip("s1", "shoplifting", "2025-06-01", "ms1", "c8", 8));
        QVERIFY(incidentWithClip("f1", "shoplifting", "2025-06-01", "mf1", "c9", 9));
        const char* const release
            = "INSERT INTO releases (id, case_id, state, purpose, note, items_json, content_sha256, requested_by, "
              "requested_by_id, requested_at, decided_at) VALUES ('%1', '%2', '%3', 'usb', 'n', '[\"%4\"]', '', "
              "'ivy', 'ivy', '2025-06-02T00:00:00.000Z', %5)";
        QVERIFY(
            sql(QString::fromLatin1(release).arg(QStringLiteral("r7"), QStringLiteral("c7"), QStringLiteral("pending"),
                                                 QStringLiteral("mp1"), QStringLiteral("NULL"))));
        QVERIFY(sql(QString::fromLatin1(release).arg(QStringLiteral("r8"), QStringLiteral("c8"),
                                                     QStringLiteral("submitted"), QStringLiteral("ms1"),
                                                     QStringLiteral("'2025-06-02T01:00:00.000Z'"))));
        QVERIFY(sql(QStringLiteral(
            "INSERT INTO agencies (id, name, base_url, auth, payload_profile, max_bytes, created_at, created_by, "
            "updated_at) VALUES ('pd', 'PD', 'https://127.0.0.1:1', 'none', 'lpdesk-v1', 1000000, "
            "'2025-06-01T00:00:00.000Z', 'admin', '2025-06-01T00:00:00.000Z')")));
        QVERIFY(sql(QStringLiteral(
            "INSERT INTO submissions (id, release_id, agency_id, state, package_file, package_password, "
            "package_sha256, package_size, payload_json, created_at, created_by, updated_at) VALUES ('sub8', 'r8', "
            "'pd', 'waiting', 'outbox/sub8.zip', 'x', '00', 1, '{}', '2025-06-02T02:00:00.000Z', 'ivy', "
            "'2025-06-02T02:00:00.000Z')")));
        QVERIFY(rule({QStringLiteral("shoplifting"), QStringLiteral("30")}));
        QVERIFY(ok(QStringLiteral("ivy"),
                   {QStringLiteral("case"), QStringLiteral("hold"), QStringLiteral("c9"), QStringLiteral("--reason"),
                    QStringLiteral("civil suit")}));

        auto plan = dryRun();
        const QMap<QString, QString> refusals {{QStringLiteral("mo1"), QStringLiteral("case_open")},
                                               {QStringLiteral("mp1"), QStringLiteral("pending_release")},
                                               {QStringLiteral("ms1"), QStringLiteral("pending_submission")},
                                               {QStringLiteral("mf1"), QStringLiteral("case_held")}};
        for (auto it = refusals.cbegin(); it != refusals.cend(); ++it) {
            QVERIFY2(plan.contains(it.key()), qPrintable(it.key()));
            QCOMPARE(plan[it.key()][QLatin1String("refusal")].toString(), it.value());
            QVERIFY(!plan[it.key()][QLatin1String("blocked")].toString().isEmpty());
        }
        // The text listing says the same in words.
        const test::ProcessRun text
            = as(QStringLiteral("admin"),
                 {QStringLiteral("retention"), QStringLiteral("purge"), QStringLiteral("--dry-run")});
        for (const char* words : {"kept: case still open", "kept: in a pending release",
                                  "kept: in a submission still in the outbox", "kept: case on legal hold"})
            QVERIFY2(text.out.contains(words), text.out.constData());
        // m4 (b3, no case) and c1's m1 and m3 are free to go.
        for (const char* m : {"m4", "m1", "m3"})
            QVERIFY2(plan[QLatin1String(m)][QLatin1String("refusal")].isNull(), m);

        QVERIFY(purge());
        for (const char* m : {"mo1", "mp1", "ms1", "mf1"})
            QVERIFY2(fileOf(m), m);
        for (const char* m : {"m4", "m1", "m3"})
            QVERIFY2(!fileOf(m), m);
        // Delivered, the submission no longer keeps its clip.
        QVERIFY(sql(QStringLiteral("UPDATE submissions SET state = 'delivered' WHERE id = 'sub8'")));
        QVERIFY(dryRun()[QStringLiteral("ms1")][QLatin1String("refusal")].isNull());
        QVERIFY(dbCheckClean());
    }

    // Imported POS journals under their own rule: the encrypted original of a journal older than its period goes (its
    // evidence row stays as the tombstone, its transactions stay), a newer one stays, and one whose transactions are
    // linked to a held case stays, named in the listing. Without a pos_journal rule no journal is touched.
    void posJournalsUnderRetention()
    {
        // journal(id, newest transaction, case it is linked to or null): an evidence row, its placeholder file, an
        // import and one transaction.
        auto journal = [this](const char* id, const QString& at, const char* caseId) {
            QFile f(m_admin->mediaDirectory() + QStringLiteral("/%1.lpenc").arg(QLatin1String(id)));
            bool done
                = QDir().mkpath(m_admin->mediaDirectory()) && f.open(QIODevice::WriteOnly) && f.write("encrypted") == 9;
            f.close();
            const QString i = QLatin1String(id);
            done = done
                && sql(QStringLiteral("INSERT INTO evidence_files (id, kind, name, sha256, size, file, received_at) "
                                      "VALUES ('%1', 'pos_journal', '%1.csv', '%2', 9, '%1.lpenc', '%3')")
                           .arg(i, i.repeated(32).left(64), at))
                && sql(QStringLiteral("INSERT INTO pos_imports (id, evidence_file_id, format, sha256, transactions, "
                                      "line_items, rejected, imported_at, imported_by) VALUES ('i%1', '%1', 'csv', "
                                      "'%2', 1, 0, 0, '%3', 'ivy')")
                           .arg(i, i.repeated(32).left(64), at))
                && sql(QStringLiteral("INSERT INTO pos_transactions (id, store_id, register_id, sequence, begin_utc, "
                                      "currency, total, kind, voided, import_id, record_ref, business_day, begin_raw, "
                                      "type) VALUES ('t%1', 'store-b', 'r9', '1', '%2', 'USD', 100, 'sale', 0, 'i%1', "
                                      "'line 2', '%3', 'x', 'sale')")
                           .arg(i, at, at.left(10)));
            if (caseId)
                done = done
                    && sql(QStringLiteral("INSERT INTO case_pos (case_id, transaction_id, incident_id, how, linked_at, "
                                          "linked_by) VALUES ('%1', 't%2', NULL, 'manual', '%3', 'ivy')")
                               .arg(QLatin1String(caseId), i, at));
            return done;
        };
        const QString recent = QDateTime::currentDateTimeUtc().addDays(-2).toString(Qt::ISODateWithMs);
        QVERIFY(incidentWithClip("h1", "fraud", "2025-06-01", "mh1", "c10", 10));
        QVERIFY(journal("jold", QStringLiteral("2025-06-01T12:00:00.000Z"), nullptr));
        QVERIFY(journal("jnew", recent, nullptr));
        QVERIFY(journal("jheld", QStringLiteral("2025-06-01T12:00:00.000Z"), "c10"));
        QVERIFY(ok(QStringLiteral("ivy"),
                   {QStringLiteral("case"), QStringLiteral("hold"), QStringLiteral("c10"), QStringLiteral("--reason"),
                    QStringLiteral("civil suit")}));
        // Rules for clips do not reach journals.
        QVERIFY(rule({QStringLiteral("original"), QStringLiteral("30"), QStringLiteral("--evidence")}));
        for (const char* j : {"jold", "jnew", "jheld"})
            QVERIFY2(!dryRun().contains(QLatin1String(j)), j);

        QVERIFY(rule({QStringLiteral("pos_journal"), QStringLiteral("90"), QStringLiteral("--evidence")}));
        auto plan = dryRun();
        QVERIFY(plan.contains(QStringLiteral("jold")));
        QCOMPARE(plan[QStringLiteral("jold")][QLatin1String("kind")].toString(), QStringLiteral("pos_journal"));
        QCOMPARE(plan[QStringLiteral("jold")][QLatin1String("expired_at")].toString(),
                 QStringLiteral("2025-08-30T12:00:00.000Z"));
        QVERIFY(plan[QStringLiteral("jold")][QLatin1String("refusal")].isNull());
        QVERIFY(!plan.contains(QStringLiteral("jnew")));
        QCOMPARE(plan[QStringLiteral("jheld")][QLatin1String("refusal")].toString(), QStringLiteral("case_held"));
        QCOMPARE(plan[QStringLiteral("jheld")][QLatin1String("case_ids")].toArray(),
                 QJsonArray {QStringLiteral("c10")});
        // The history's own journal is linked to c4, still open.
        QCOMPARE(plan[QStringLiteral("ef")][QLatin1String("refusal")].toString(), QStringLiteral("case_open"));

        QVERIFY(purge());
        QVERIFY(!fileOf("jold"));
        QVERIFY(fileOf("jnew"));
        QVERIFY(fileOf("jheld"));
        QSqlQuery q(m_admin->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id, purged_by FROM evidence_files WHERE purged_at IS NOT NULL")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("jold"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("admin"));
        QVERIFY(!q.next());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM pos_transactions WHERE id = 'tjold'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(!dryRun().contains(QStringLiteral("jold"))); // purged once
        QVERIFY(dbCheckClean());

        // Lifted, the held case's journal goes too, recorded in its custody.
        QVERIFY(ok(QStringLiteral("lee"),
                   {QStringLiteral("case"), QStringLiteral("unhold"), QStringLiteral("c10"), QStringLiteral("--reason"),
                    QStringLiteral("settled")}));
        QVERIFY(purge());
        QVERIFY(!fileOf("jheld"));
        QVERIFY(fileOf("jnew"));
        const test::ProcessRun custody
            = as(QStringLiteral("ivy"),
                 {QStringLiteral("--json"), QStringLiteral("custody"), QStringLiteral("show"), QStringLiteral("c10")});
        QVERIFY2(custody.out.contains("jheld"), custody.out.constData());
        QVERIFY(dbCheckClean());
    }

    // A package exported before a purge still verifies after it: the package carries its own hashes, signature and
    // custody; the purge leaves the package alone and the database's chains clean.
    void packageExportedBeforePurgeStillVerifies()
    {
        // Incidents of 15 January 2026: long expired under a 30-day rule.
        test::World world;
        QVERIFY(
            world.build(m_dir->filePath(QStringLiteral("real")),
                        {.people = {{QStringLiteral("ivy"), Role::Investigator}, {QStringLiteral("lena"), Role::Legal}},
                         .incidents = 2,
                         .clipSeconds = 1,
                         .seed = 5,
                         .simOptions = {QStringLiteral("--day"), QStringLiteral("2026-01-15")},
                         .puller = QStringLiteral("ivy")}));
        const QString db = world.db;
        auto run
            = [&db](const char* user, const QStringList& args) { return test::cliAs(db, QLatin1String(user), args); };
        const QString incident = test::firstIncident(db, QStringLiteral("ivy"));
        const QString caseId = test::newCase(db, QStringLiteral("ivy"), QStringLiteral("Purged later"), incident);
        QVERIFY(!caseId.isEmpty());
        const QString ca = m_dir->filePath(QStringLiteral("org-ca.pem"));
        QCOMPARE(run("admin", {QStringLiteral("key"), QStringLiteral("export-ca"), ca}).exitCode, 0);

        const test::ProcessRun req = run("ivy",
                                         {QStringLiteral("release"), QStringLiteral("request"), caseId,
                                          QStringLiteral("--all"), QStringLiteral("--purpose"), QStringLiteral("usb"),
                                          QStringLiteral("--note"), QStringLiteral("for the police")});
        QVERIFY2(req.exitCode == 0, qPrintable(req.describe()));
        const QString releaseId = QString::fromUtf8(req.out).trimmed();
        const test::ProcessRun approved = run("lena",
                                              {QStringLiteral("release"), QStringLiteral("approve"), releaseId,
                                               QStringLiteral("--note"), QStringLiteral("fine")});
        QVERIFY2(approved.exitCode == 0, qPrintable(approved.describe()));
        const QString zip = m_dir->filePath(QStringLiteral("package.zip"));
        const test::ProcessRun exported
            = run("ivy", {QStringLiteral("export"), releaseId, QStringLiteral("--out"), zip});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
        const QString zipSha = test::sha256OfFile(zip);
        const test::ProcessRun before = test::cli({QStringLiteral("verify"), zip, QStringLiteral("--ca"), ca});
        QVERIFY2(before.exitCode == 0, qPrintable(before.describe()));

        // Closed, the case's clips expire under the rule; the purge takes every clip of the drop.
        QCOMPARE(
            run("ivy", {QStringLiteral("case"), QStringLiteral("status"), caseId, QStringLiteral("closed")}).exitCode,
            0);
        QCOMPARE(run("admin",
                     {QStringLiteral("retention"), QStringLiteral("set"), QStringLiteral("original"),
                      QStringLiteral("30"), QStringLiteral("--evidence")})
                     .exitCode,
                 0);
        const QString mediaDir = db + QStringLiteral(".media");
        const QStringList filesBefore = QDir(mediaDir).entryList(QDir::Files);
        const test::ProcessRun purged
            = run("admin", {QStringLiteral("--json"), QStringLiteral("retention"), QStringLiteral("purge")});
        QVERIFY2(purged.exitCode == 0, qPrintable(purged.describe()));
        const QJsonArray items = QJsonDocument::fromJson(purged.out).array();
        QCOMPARE(items.size(), 2);
        QStringList purgedIds;
        for (const QJsonValue& v : items) {
            QVERIFY(v.toObject()[QLatin1String("purged")].toBool());
            purgedIds << v.toObject()[QLatin1String("id")].toString();
        }
        // The clip in the package is one of them: its file is gone, its hash is in the package.
        const QByteArray manifest = [&] {
            for (const auto& [name, bytes] : test::zipEntries(zip))
                if (name == QLatin1String("manifest.json"))
                    return bytes;
            return QByteArray();
        }();
        int inPackage = 0;
        const QJsonArray media
            = QJsonDocument::fromJson(
                  run("ivy", {QStringLiteral("--json"), QStringLiteral("media"), QStringLiteral("list"), caseId}).out)
                  .array();
        for (const QJsonValue& v : media)
            if (purgedIds.contains(v.toObject()[QLatin1String("id")].toString())
                && manifest.contains(v.toObject()[QLatin1String("sha256")].toString().toLatin1()))
                ++inPackage;
        QVERIFY2(inPackage >= 1, manifest.left(400).constData());
        QCOMPARE(QDir(mediaDir).entryList(QDir::Files).size(), filesBefore.size() - 2);

        QCOMPARE(test::sha256OfFile(zip), zipSha);
        const test::ProcessRun after = test::cli({QStringLiteral("verify"), zip, QStringLiteral("--ca"), ca});
        QVERIFY2(after.exitCode == 0, qPrintable(after.describe()));
        const test::ProcessRun check = run("admin", {QStringLiteral("db"), QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, qPrintable(check.describe()));
        QVERIFY2(run("ivy", {QStringLiteral("custody"), QStringLiteral("show"), caseId}).out.contains("purged"),
                 "custody records the purge");
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "TestRetention.moc"

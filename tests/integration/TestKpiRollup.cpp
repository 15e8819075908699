// The KPI rollups (migration 028, KpiRollup): after every write — incidents added and changed, cases opened and
// linked, releases exported, submissions delivered, follow-ups, closures, clips attached and purged, statements,
// legal holds, a store's zone or clock, the checklist — the dashboard's figures from the rollups equal a full scan
// (KpiReporter::computeByScan), and the write left nothing for later: the rollups were kept in its own transaction.
// A rollup edited with the sqlcipher tool is named by `db check`; `kpi rebuild` (admin, audited) puts it right.
#include "TestSupport.h"

#include "db/CaseDatabase.h"
#include "db/UserDirectory.h"
#include "metrics/KpiReport.h"
#include "metrics/KpiRollup.h"
#include "retention/RetentionService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace lpdesk;

namespace {

// Every figure of a report, the groups' details included.
QJsonObject everything(const KpiReport& r)
{
    QJsonObject o = r.overall.toJson(true);
    QJsonArray rows;
    for (const KpiFigures& f : r.rows)
        rows.append(f.toJson(true));
    o.insert(QLatin1String("rows"), rows);
    return o;
}

// Where two reports differ: "repeats30: 3 ≠ 2; rows[4].incidents: …".
QStringList differing(const QJsonObject& a, const QJsonObject& b, const QString& at = {})
{
    QStringList out;
    QStringList keys = a.keys() + b.keys();
    keys.removeDuplicates();
    for (const QString& k : std::as_const(keys)) {
        const QJsonValue x = a.value(k), y = b.value(k);
        if (x == y)
            continue;
        if (k == QLatin1String("rows") && x.isArray() && y.isArray() && x.toArray().size() == y.toArray().size()) {
            for (qsizetype i = 0; i < x.toArray().size(); ++i)
                out << differing(x.toArray()[i].toObject(), y.toArray()[i].toObject(),
                                 QStringLiteral("%1rows[%2].").arg(at).arg(i));
            continue;
        }
        out << QStringLiteral("%1%2: %3 != %4")
                   .arg(at, k, QString::fromUtf8(QJsonDocument(QJsonArray {x}).toJson(QJsonDocument::Compact)),
                        QString::fromUtf8(QJsonDocument(QJsonArray {y}).toJson(QJsonDocument::Compact)));
    }
    return out;
}

QString stamp(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

class RandomHistory
{
public:
    RandomHistory(CaseDatabase& db, quint32 seed) : m_db(db), m_rng(seed) { }

    // One random write in its own transaction; returns what it did, for the failure message.
    QString step()
    {
        const int op = pick(100);
        if (op < 22 || m_incidents.isEmpty())
            return insertIncident();
        if (op < 32)
            return updateIncident();
        if (op < 44)
            return openCase();
        if (m_cases.isEmpty())
            return insertIncident();
        if (op < 50)
            return linkIncident();
        if (op < 58)
            return release();
        if (op < 63 && !m_releases.isEmpty())
            return submit();
        if (op < 71)
            return followUp();
        if (op < 77)
            return closeOrReopen();
        if (op < 84)
            return attachClip();
        if (op < 88 && !m_media.isEmpty())
            return purge();
        if (op < 92)
            return statement();
        if (op < 95)
            return hold();
        if (op < 97)
            return storeChange();
        return checklist();
    }

private:
    int pick(int n) { return static_cast<int>(m_rng.bounded(n)); }
    template<typename T> const T& any(const QList<T>& list) { return list[pick(static_cast<int>(list.size()))]; }
    qint64 someTime() { return m_base + qint64(pick(240 * 24 * 4)) * 15 * 60000 + (pick(4) == 0 ? 0 : pick(60000)); }

    QString write(const QString& what, const QStringList& statements)
    {
        QSqlDatabase db = m_db.connection();
        Transaction tx(db);
        for (const QString& sql : statements) {
            QSqlQuery q(db);
            if (!q.exec(sql))
                return QStringLiteral("FAILED %1: %2 (%3)").arg(what, q.lastError().text(), sql);
        }
        const Status done = tx.commit();
        return done ? what : QStringLiteral("FAILED %1: %2").arg(what, done.errorMessage());
    }

    qint64 detectedOf(const QString& incident)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT detected_at FROM incidents WHERE id = ?"));
        q.addBindValue(incident);
        if (!q.exec() || !q.next())
            return m_base;
        return QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
    }

    QString insertIncident()
    {
        static const char* types[] = {"shoplifting", "robbery", "return_fraud"};
        const QString id = QStringLiteral("i%1").arg(++m_next, 4, 10, QLatin1Char('0'));
        // Now and then at the very moment of an earlier one (ties go by id).
        const QString at = stamp(!m_incidents.isEmpty() && pick(8) == 0 ? detectedOf(any(m_incidents)) : someTime());
        m_incidents << id;
        return write(QStringLiteral("insert %1").arg(id),
                     {QStringLiteral("INSERT INTO incidents (id, store_id, type, severity, trigger, detected_at, "
                                     "detected_at_local, register_id, suspects_json, raw_json, raw_sha256, "
                                     "received_at, source) VALUES ('%1', 'store-%2', '%3', 3, '%4', '%5', '%5', %6, "
                                     "'%7', '{}', '', '%5', 'test')")
                          .arg(id)
                          .arg(pick(3))
                          .arg(QLatin1String(types[pick(3)]),
                               pick(2) ? QStringLiteral("staff_report") : QStringLiteral("pos_exception"))
                          .arg(at, pick(3) == 0 ? QStringLiteral("'R1'") : QStringLiteral("NULL"),
                               pick(2) ? QStringLiteral("[]") : QStringLiteral("[{\"build\":\"tall\"}]"))});
    }

    QString updateIncident()
    {
        const QString id = any(m_incidents);
        const int what = pick(4);
        const QString set = what == 0 ? QStringLiteral("detected_at = '%1'").arg(stamp(someTime()))
            : what == 1               ? QStringLiteral("type = 'robbery'")
            : what == 2               ? QStringLiteral("store_id = 'store-%1'").arg(pick(3))
                                      : QStringLiteral("suspects_json = '[{\"hair\":\"red\"}]', register_id = 'R2'");
        return write(QStringLiteral("update %1: %2").arg(id, set),
                     {QStringLiteral("UPDATE incidents SET %1 WHERE id = '%2'").arg(set, id)});
    }

    QString openCase()
    {
        const QString id = QStringLiteral("c%1").arg(++m_next);
        const QString incident = any(m_incidents);
        const QString opened = stamp(detectedOf(incident) + pick(72) * 3600000LL);
        m_cases << id;
        return write(QStringLiteral("open %1 on %2").arg(id, incident),
                     {QStringLiteral("INSERT INTO cases (id, number, title, status, created_at, created_by, "
                                     "updated_at) VALUES ('%1', %2, 't', 'open', '%3', 'admin', '%3')")
                          .arg(id)
                          .arg(m_next)
                          .arg(opened),
                      QStringLiteral("INSERT INTO case_incidents VALUES ('%1', '%2', '%3', 'admin')")
                          .arg(id, incident, opened)});
    }

    QString linkIncident()
    {
        const QString c = any(m_cases), i = any(m_incidents);
        return write(QStringLiteral("link %1 to %2").arg(i, c),
                     {QStringLiteral("INSERT OR IGNORE INTO case_incidents VALUES ('%1', '%2', '%3', 'admin')")
                          .arg(c, i, stamp(m_base))});
    }

    QString release()
    {
        const QString c = any(m_cases), id = QStringLiteral("r%1").arg(++m_next);
        const qint64 t = someTime();
        const char* state = pick(3) == 0 ? "rejected" : pick(4) == 0 ? "approved" : "exported";
        m_releases << id;
        return write(
            QStringLiteral("release %1 of %2 (%3)").arg(id, c, QLatin1String(state)),
            {QStringLiteral("INSERT INTO releases (id, case_id, state, purpose, note, items_json, "
                            "content_sha256, requested_by, requested_by_id, requested_at, decided_at, "
                            "exported_at) VALUES ('%1', '%2', '%3', 'usb', 'n', '[]', '', 'admin', 'admin', "
                            "'%4', '%5', %6)")
                 .arg(id, c, QLatin1String(state), stamp(t), stamp(t + 3600000),
                      QLatin1String(state) == QLatin1String("exported") ? QStringLiteral("'%1'").arg(stamp(t + 7200000))
                                                                        : QStringLiteral("NULL"))});
    }

    QString submit()
    {
        const QString r = any(m_releases), id = QStringLiteral("s%1").arg(++m_next);
        const QString at = stamp(someTime());
        return write(QStringLiteral("submission %1 of %2 delivered").arg(id, r),
                     {QStringLiteral("INSERT INTO submissions (id, release_id, agency_id, state, package_file, "
                                     "package_password, package_sha256, package_size, payload_json, created_at, "
                                     "created_by, updated_at) VALUES ('%1', '%2', 'pd', 'queued', 'f', 'p', '', 0, "
                                     "'{}', '%3', 'admin', '%3')")
                          .arg(id, r, at),
                      QStringLiteral("UPDATE submissions SET state = 'delivered', updated_at = '%1' WHERE id = '%2'")
                          .arg(stamp(someTime()), id)});
    }

    QString followUp()
    {
        static const char* kinds[] = {"contact", "arrest", "charged", "recovered", "closed"};
        const QString c = any(m_cases), id = QStringLiteral("f%1").arg(++m_next);
        const char* kind = kinds[pick(5)];
        return write(QStringLiteral("follow-up %1 on %2").arg(QLatin1String(kind), c),
                     {QStringLiteral("INSERT INTO followups (id, case_id, kind, at, amount, created_at, created_by) "
                                     "VALUES ('%1', '%2', '%3', '%4', %5, '%4', 'admin')")
                          .arg(id, c, QLatin1String(kind), stamp(someTime()),
                               QLatin1String(kind) == QLatin1String("recovered") ? QStringLiteral("12.5")
                                                                                 : QStringLiteral("NULL"))});
    }

    QString closeOrReopen()
    {
        const QString c = any(m_cases);
        const bool close = pick(4) != 0;
        return write(QStringLiteral("%1 %2").arg(close ? QStringLiteral("close") : QStringLiteral("reopen"), c),
                     {QStringLiteral("UPDATE cases SET status = '%1', updated_at = '%2' WHERE id = '%3'")
                          .arg(close ? QStringLiteral("closed") : QStringLiteral("open"), stamp(someTime()), c)});
    }

    QString attachClip()
    {
        const QString i = any(m_incidents), id = QStringLiteral("m%1").arg(++m_next);
        const qint64 at = detectedOf(i) + (pick(3) - 1) * 600000LL;
        m_media << id;
        return write(QStringLiteral("clip %1 for %2").arg(id, i),
                     {QStringLiteral("INSERT INTO media (id, kind, store_id, camera_id, sha256, plaintext_size, "
                                     "file, file_size, recorded_start, recorded_end, created_at) VALUES ('%1', "
                                     "'original', 'store-0', 'cam-1', '', 1, '%1.lpenc', 1, '%2', '%3', '%2')")
                          .arg(id, stamp(at - 300000), stamp(at + 300000)),
                      QStringLiteral("INSERT INTO incident_media VALUES ('%1', '%2')").arg(i, id)});
    }

    QString purge()
    {
        const QString m = any(m_media);
        return write(QStringLiteral("purge %1").arg(m),
                     {QStringLiteral("UPDATE media SET purged_at = '%1', purged_by = 'admin', purge_reason = 'r' "
                                     "WHERE id = '%2'")
                          .arg(stamp(m_base), m)});
    }

    QString statement()
    {
        const QString c = any(m_cases), id = QStringLiteral("st%1").arg(++m_next);
        return write(QStringLiteral("signed statement on %1").arg(c),
                     {QStringLiteral("INSERT INTO statements (id, case_id, version, author, author_role, taken_at, "
                                     "text, attestation, signed_off_at, signed_off_by, created_at, created_by) "
                                     "VALUES ('%1', '%2', 1, 'a', 'staff', '%3', 't', 'a', '%3', 'admin', '%3', "
                                     "'admin')")
                          .arg(id, c, stamp(m_base))});
    }

    QString hold()
    {
        const QString c = any(m_cases);
        auto held = RetentionService(m_db).hold(QStringLiteral("case"), c, QStringLiteral("litigation"));
        return held ? QStringLiteral("hold %1").arg(c) : QStringLiteral("FAILED hold: %1").arg(held.errorMessage());
    }

    QString storeChange()
    {
        static const char* zones[] = {"UTC", "Asia/Kolkata", "Australia/Lord_Howe", "America/St_Johns"};
        const int s = pick(3);
        if (pick(2))
            return write(QStringLiteral("store-%1 clock").arg(s),
                         {QStringLiteral("UPDATE stores SET clock_offset = %1 WHERE id = 'store-%2'")
                              .arg(pick(900) - 450)
                              .arg(s)});
        const char* zone = zones[pick(4)];
        return write(QStringLiteral("store-%1 in %2").arg(s).arg(QLatin1String(zone)),
                     {QStringLiteral("UPDATE stores SET timezone = '%1' WHERE id = 'store-%2'")
                          .arg(QLatin1String(zone))
                          .arg(s)});
    }

    QString checklist()
    {
        const QStringList items = pick(2) ? QStringList {QStringLiteral("clip"), QStringLiteral("suspect")}
                                          : QStringList {QStringLiteral("statement"), QStringLiteral("pos")};
        const Status set = KpiReporter(m_db).setChecklist(QStringLiteral("robbery"), items);
        return set ? QStringLiteral("checklist robbery %1").arg(items.join(QLatin1Char(' ')))
                   : QStringLiteral("FAILED checklist: %1").arg(set.errorMessage());
    }

    CaseDatabase& m_db;
    QRandomGenerator m_rng;
    qint64 m_base = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    int m_next = 0;
    QStringList m_incidents, m_cases, m_releases, m_media;
};

} // namespace

class TestKpiRollup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CaseDatabase> m_admin;

    void addStores()
    {
        QSqlQuery q(m_admin->connection());
        const char* zones[] = {"America/New_York", "Asia/Kolkata", "Australia/Lord_Howe"};
        for (int s = 0; s < 3; ++s)
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO stores (id, name, timezone, region, source_kind, location, "
                                           "created_at) VALUES ('store-%1', 'S', '%2', 'region-%3', 'folder', '/x', "
                                           "'2025-01-01T00:00:00.000Z')")
                                .arg(s)
                                .arg(QLatin1String(zones[s]))
                                .arg(s % 2)),
                     qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO agencies (id, name, base_url, auth, payload_profile, max_bytes, "
                                       "created_at, created_by, updated_at) VALUES ('pd', 'PD', 'https://pd.example', "
                                       "'none', 'lpdesk-v1', 1, '2025-01-01T00:00:00.000Z', 'admin', "
                                       "'2025-01-01T00:00:00.000Z')")),
                 qPrintable(q.lastError().text()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_admin = test::createDatabase(m_dir.path());
        QVERIFY(m_admin);
        KpiRollup::install();
        addStores();
        QVERIFY(UserDirectory(*m_admin).add(QStringLiteral("aud"), Role::Auditor, test::passphraseOf("aud")));
    }

    // A seeded random history; after each write the rollups are up to date and give the scan's figures.
    void rollupsEqualAFullScanAfterEveryWrite()
    {
        const quint32 seed = qEnvironmentVariableIsSet("LPDESK_ROLLUP_SEED")
            ? static_cast<quint32>(qEnvironmentVariableIntValue("LPDESK_ROLLUP_SEED"))
            : 15u;
        RandomHistory history(*m_admin, seed);
        KpiReporter kpi(*m_admin);
        QSqlDatabase db = m_admin->connection();
        QStringList done;
        for (int step = 0; step < 220; ++step) {
            const QString what = history.step();
            done << what;
            QVERIFY2(!what.startsWith(QLatin1String("FAILED")), qPrintable(what));
            auto pending = KpiRollup::pending(db);
            QVERIFY(pending);
            QVERIFY2(
                !*pending,
                qPrintable(
                    QStringLiteral("seed %1 step %2 (%3) left marks after its commit").arg(seed).arg(step).arg(what)));
            QList<KpiFilter> filters(5);
            filters[1].from = QDate(2026, 1, 1).addDays(step % 200);
            filters[1].to = filters[1].from.addDays(45);
            filters[1].by = QStringLiteral("week");
            filters[2].store = QStringLiteral("store-%1").arg(step % 3);
            filters[2].by = QStringLiteral("day");
            filters[3].by = QStringLiteral("store");
            filters[4].region = QStringLiteral("region-1");
            filters[4].by = QStringLiteral("month");
            filters[4].from = QDate(2026, 2, 1);
            for (const KpiFilter& f : std::as_const(filters)) {
                auto fromRollups = kpi.compute(f);
                auto fromScan = kpi.computeByScan(f);
                QVERIFY2(fromRollups && fromScan, qPrintable(fromRollups.errorMessage() + fromScan.errorMessage()));
                const QStringList diff = differing(everything(*fromRollups), everything(*fromScan));
                if (!diff.isEmpty())
                    QFAIL(qPrintable(QStringLiteral("seed %1 step %2 (%3), filter %4..%5 %6 %7 by %8 — rollups != "
                                                    "scan: %9\nhistory: %10")
                                         .arg(seed)
                                         .arg(step)
                                         .arg(what, f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate), f.store,
                                              f.region, f.by, diff.mid(0, 6).join(QStringLiteral("; ")),
                                              done.join(QStringLiteral("; ")))));
            }
        }
        QVERIFY(test::scalar(*m_admin, QStringLiteral("SELECT count(*) FROM kpi_cases")) > 20);
        QVERIFY(test::scalar(*m_admin, QStringLiteral("SELECT sum(repeats30) FROM kpi_days")) > 0);
        QCOMPARE(KpiRollup::differences(db), QStringList());
    }

    // A database from before migration 28 with incidents and cases: opening it adds the rollups and fills them from
    // the records (the migration's 'all' mark, turned into rows by the first transaction).
    void theMigrationBackFillsExistingRecords()
    {
        QTemporaryDir dir;
        QString path;
        {
            auto db = test::createDatabase(dir.path());
            QVERIFY(db);
            path = db->path();
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT type, name FROM sqlite_master WHERE name LIKE 'kpi%' AND type <> "
                                          "'index' ORDER BY type DESC")));
            QStringList drops {QStringLiteral("DROP INDEX incident_media_media")};
            while (q.next())
                drops.prepend(QStringLiteral("DROP %1 %2").arg(q.value(0).toString().toUpper(), q.value(1).toString()));
            q.finish();
            drops << QStringLiteral("PRAGMA user_version = 27")
                  << QStringLiteral("INSERT INTO stores (id, name, timezone, source_kind, location, created_at) VALUES "
                                    "('store-0', 'S', 'Asia/Kolkata', 'folder', '/x', '2025-01-01T00:00:00.000Z')");
            for (int i = 0; i < 40; ++i)
                drops << QStringLiteral("INSERT INTO incidents (id, store_id, type, severity, trigger, detected_at, "
                                        "detected_at_local, raw_json, raw_sha256, received_at, source) VALUES "
                                        "('i%1', 'store-0', 'robbery', 3, 'staff_report', '%2', '%2', '{}', '', '%2', "
                                        "'test')")
                             .arg(i)
                             .arg(stamp(QDateTime(QDate(2026, 1, 1), QTime(20, 0), QTimeZone::utc())
                                            .addSecs(i * 7 * 3600 * 3)
                                            .toMSecsSinceEpoch()))
                      << QStringLiteral("INSERT INTO cases (id, number, title, status, created_at, created_by, "
                                        "updated_at) VALUES ('c%1', %1, 't', 'open', '2026-03-01T00:00:00.000Z', "
                                        "'admin', '2026-03-01T00:00:00.000Z')")
                             .arg(i)
                      << QStringLiteral("INSERT INTO case_incidents VALUES ('c%1', 'i%1', '2026-03-01T00:00:00.000Z', "
                                        "'admin')")
                             .arg(i);
            for (const QString& sql : std::as_const(drops))
                QVERIFY2(q.exec(sql), qPrintable(sql + QLatin1Char(' ') + q.lastError().text()));
            QVERIFY(!q.exec(QStringLiteral("SELECT 1 FROM kpi_days")));
        }
        auto db = CaseDatabase::open(path, QStringLiteral("admin"), test::secret("admin-pass"));
        QVERIFY2(db, qPrintable(db.errorMessage()));
        QCOMPARE(test::scalar(**db, QStringLiteral("PRAGMA user_version")), qint64(28));
        KpiFilter all;
        all.by = QStringLiteral("week");
        auto fromScan = KpiReporter(**db).computeByScan(all);
        auto fromRollups = KpiReporter(**db).compute(all);
        QVERIFY(fromScan && fromRollups);
        QCOMPARE(fromRollups->overall.incidents, qint64(40));
        QCOMPARE(fromRollups->overall.cases, qint64(40));
        QCOMPARE(differing(everything(*fromRollups), everything(*fromScan)), QStringList());
        QCOMPARE(test::scalar(**db, QStringLiteral("SELECT count(*) FROM kpi_incidents")), qint64(40));
        QSqlDatabase connection = (*db)->connection();
        QCOMPARE(KpiRollup::differences(connection), QStringList());
    }

    // An insider edits a rollup with the sqlcipher tool: `db check` names the table and the row, exit 4; `kpi
    // rebuild` (admin only, audited) recomputes it and the check is clean again.
    void dbCheckNamesAnEditedRollup()
    {
        const QString path = m_admin->path();
        QCOMPARE(test::cliAs(path, QStringLiteral("admin"), {QStringLiteral("db"), QStringLiteral("check")}).exitCode,
                 0);
        const test::ProcessRun edit = test::sqlcipherAs(
            path, QStringLiteral("admin"),
            QStringLiteral("UPDATE kpi_days SET incidents = incidents + 5 WHERE day = (SELECT min(day) FROM kpi_days); "
                           "UPDATE kpi_cases SET followed = 1 - followed WHERE case_id = (SELECT min(case_id) FROM "
                           "kpi_cases);"));
        QVERIFY2(edit.exitCode == 0, qPrintable(edit.describe()));
        const test::ProcessRun check
            = test::cliAs(path, QStringLiteral("admin"), {QStringLiteral("db"), QStringLiteral("check")});
        QCOMPARE(check.exitCode, 4);
        const QString said = QString::fromUtf8(check.out + check.err);
        QVERIFY2(said.contains(QLatin1String("kpi_days")) && said.contains(QLatin1String("kpi_cases")),
                 qPrintable(said));
        QVERIFY2(!said.contains(QLatin1String("kpi_incidents")), qPrintable(said));
        // Only an administrator recomputes.
        QVERIFY(test::cliAs(path, QStringLiteral("aud"), {QStringLiteral("kpi"), QStringLiteral("rebuild")}).exitCode
                != 0);
        const test::ProcessRun rebuild
            = test::cliAs(path, QStringLiteral("admin"), {QStringLiteral("kpi"), QStringLiteral("rebuild")});
        QVERIFY2(rebuild.exitCode == 0, qPrintable(rebuild.describe()));
        QCOMPARE(test::cliAs(path, QStringLiteral("admin"), {QStringLiteral("db"), QStringLiteral("check")}).exitCode,
                 0);
        QCOMPARE(test::scalar(*m_admin,
                              QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'kpi_rollups_rebuilt'")),
                 qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestKpiRollup)
#include "TestKpiRollup.moc"

// KPIs per period and per scope (issue 15): grouping by quarter in the store's own clock (an incident at 23:30 on
// 31 March in a UTC−5 store is Q1 although it is April in UTC; 01:00 on 1 July in Tokyo is Q3 although it is June
// in UTC), the one-store scope (the dashboard's `store:`), and the trend lines of the rates — follow-up, closure
// and repeat-incident rate — per month and per quarter for a seeded history. The expected figures are worked out
// here with QTimeZone and plain counting, not with KpiReporter's own period keys or ZoneOffsets.
#include "TestSupport.h"

#include "db/UserDirectory.h"
#include "metrics/KpiReport.h"
#include "metrics/KpiRollup.h"

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

constexpr qint64 HourMs = 3600 * 1000;
constexpr qint64 DayMs = 24 * HourMs;

struct Seeded
{
    QString id;
    QString store;
    QString type;
    qint64 at = 0; // detected, UTC ms
    bool hasCase = false;
    qint64 reported = -1, closed = -1; // UTC ms, -1: never
    QList<qint64> followups;
};

struct Expected
{
    qint64 incidents = 0, repeats = 0, cases = 0, closed = 0, reported = 0, followed = 0;
    static std::optional<double> share(qint64 part, qint64 whole)
    {
        if (whole == 0)
            return std::nullopt;
        return static_cast<double>(part) / static_cast<double>(whole);
    }
};

QString utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

const QMap<QString, QByteArray>& zones()
{
    // Bogotá: UTC−5 all year; Tokyo: UTC+9; Berlin: UTC+1/+2 with daylight saving.
    static const QMap<QString, QByteArray> z {{QStringLiteral("s-bog"), "America/Bogota"},
                                              {QStringLiteral("s-ber"), "Europe/Berlin"},
                                              {QStringLiteral("s-tyo"), "Asia/Tokyo"}};
    return z;
}

QDate localDate(const Seeded& s)
{
    return QDateTime::fromMSecsSinceEpoch(s.at, QTimeZone::utc()).toTimeZone(QTimeZone(zones()[s.store])).date();
}

QString periodOf(const QDate& d, const QString& by)
{
    if (by == QLatin1String("month"))
        return QStringLiteral("%1-%2").arg(d.year()).arg(d.month(), 2, 10, QLatin1Char('0'));
    const int q = d.month() <= 3 ? 1 : d.month() <= 6 ? 2 : d.month() <= 9 ? 3 : 4;
    return QStringLiteral("%1-Q%2").arg(d.year()).arg(q);
}

} // namespace

class TestKpiPeriods : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CaseDatabase> m_db;
    QList<Seeded> m_incidents;

    bool sql(const QString& text)
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(text)) {
            qWarning("%s: %s", qPrintable(text), qPrintable(q.lastError().text()));
            return false;
        }
        return true;
    }

    bool write(const Seeded& s, int number)
    {
        bool ok = sql(QStringLiteral("INSERT INTO incidents (id, store_id, type, severity, trigger, detected_at, "
                                     "detected_at_local, suspects_json, raw_json, raw_sha256, received_at, source) "
                                     "VALUES ('%1', '%2', '%3', 3, 'staff_report', '%4', '%4', '[]', '{}', '', '%4', "
                                     "'test')")
                          .arg(s.id, s.store, s.type, utc(s.at)));
        if (!s.hasCase)
            return ok;
        const QString caseId = QStringLiteral("c-") + s.id;
        const QString opened = utc(s.at + HourMs);
        ok = ok
            && sql(QStringLiteral("INSERT INTO cases (id, number, title, status, created_at, created_by, updated_at, "
                                  "closed_at) VALUES ('%1', %2, 't', '%3', '%4', 'ivy', '%4', %5)")
                       .arg(caseId)
                       .arg(number)
                       .arg(s.closed >= 0 ? QStringLiteral("closed") : QStringLiteral("open"), opened,
                            s.closed >= 0 ? QStringLiteral("'%1'").arg(utc(s.closed)) : QStringLiteral("NULL")))
            && sql(QStringLiteral("INSERT INTO case_incidents VALUES ('%1', '%2', '%3', 'ivy')")
                       .arg(caseId, s.id, opened));
        if (s.reported >= 0)
            ok = ok
                && sql(QStringLiteral("INSERT INTO releases (id, case_id, state, purpose, note, items_json, "
                                      "content_sha256, requested_by, requested_by_id, requested_at, decided_at, "
                                      "exported_at) VALUES ('r-%1', '%2', 'exported', 'usb', 'n', '[]', '', 'ivy', "
                                      "'ivy', '%3', '%3', '%4')")
                           .arg(s.id, caseId, opened, utc(s.reported)));
        for (int i = 0; i < s.followups.size(); ++i)
            ok = ok
                && sql(QStringLiteral("INSERT INTO followups (id, case_id, kind, at, created_at, created_by) VALUES "
                                      "('f-%1-%2', '%3', 'contact', '%4', '%4', 'ivy')")
                           .arg(s.id)
                           .arg(i)
                           .arg(caseId, utc(s.followups[i])));
        return ok;
    }

    // The figures per period (by "month" or "quarter"), at one store or every store (empty).
    QMap<QString, Expected> expected(const QString& by, const QString& store) const
    {
        QMap<QString, Expected> out;
        for (const Seeded& s : m_incidents) {
            if (!store.isEmpty() && s.store != store)
                continue;
            Expected& e = out[periodOf(localDate(s), by)];
            ++e.incidents;
            // A repeat: an earlier incident of the same type at the same store at most 30 days before.
            for (const Seeded& other : m_incidents)
                if (other.id != s.id && other.store == s.store && other.type == s.type && other.at < s.at
                    && s.at - other.at <= 30 * DayMs) {
                    ++e.repeats;
                    break;
                }
            if (!s.hasCase)
                continue;
            ++e.cases;
            e.closed += s.closed >= 0 ? 1 : 0;
            if (s.reported < 0)
                continue;
            ++e.reported;
            bool followed = false;
            for (qint64 f : s.followups)
                followed = followed || (f >= s.reported && f <= s.reported + 30 * DayMs);
            e.followed += followed ? 1 : 0;
        }
        return out;
    }

    static void compareRows(const KpiReport& report, const QMap<QString, Expected>& want)
    {
        QStringList keys;
        for (const KpiFigures& row : report.rows)
            keys << row.key;
        QCOMPARE(keys, want.keys());
        for (const KpiFigures& row : report.rows) {
            const Expected& e = want[row.key];
            const QByteArray where = row.key.toUtf8();
            QVERIFY2(row.incidents == e.incidents, where.constData());
            QVERIFY2(row.cases == e.cases, where.constData());
            QVERIFY2(row.repeatRate == Expected::share(e.repeats, e.incidents), where.constData());
            QVERIFY2(row.closureRate == Expected::share(e.closed, e.cases), where.constData());
            QVERIFY2(row.followupRate == Expected::share(e.followed, e.reported), where.constData());
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = test::createDatabase(m_dir.path());
        QVERIFY(m_db);
        for (auto it = zones().begin(); it != zones().end(); ++it)
            QVERIFY(
                sql(QStringLiteral("INSERT INTO stores (id, name, timezone, source_kind, location, created_at, "
                                   "region) VALUES ('%1', '%1', '%2', 'folder', '/x', '2025-01-01T00:00:00.000Z', "
                                   "'%3')")
                        .arg(it.key(), QString::fromLatin1(it.value()),
                             it.key() == QLatin1String("s-bog") ? QStringLiteral("south") : QStringLiteral("north"))));
        // The edges: 23:30 on 31 March in Bogotá (04:30 UTC on 1 April) and 01:00 on 1 July in Tokyo (16:00 UTC
        // on 30 June), each with a case reported a day later and followed up within the window.
        const qint64 edgeBog = QDateTime(QDate(2026, 4, 1), QTime(4, 30), QTimeZone::utc()).toMSecsSinceEpoch();
        const qint64 edgeTyo = QDateTime(QDate(2026, 6, 30), QTime(16, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        m_incidents << Seeded {QStringLiteral("edge-bog"),
                               QStringLiteral("s-bog"),
                               QStringLiteral("robbery"),
                               edgeBog,
                               true,
                               edgeBog + DayMs,
                               -1,
                               {edgeBog + 3 * DayMs}};
        m_incidents << Seeded {QStringLiteral("edge-tyo"),
                               QStringLiteral("s-tyo"),
                               QStringLiteral("robbery"),
                               edgeTyo,
                               true,
                               edgeTyo + DayMs,
                               edgeTyo + 2 * DayMs,
                               {}};
        // A seeded year of incidents (October 2025 to September 2026), whole minutes.
        QRandomGenerator rng(15);
        const qint64 start = QDateTime(QDate(2025, 10, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        const QStringList stores = zones().keys();
        const QStringList types {QStringLiteral("shoplifting"), QStringLiteral("fraud"), QStringLiteral("assault")};
        for (int i = 0; i < 90; ++i) {
            Seeded s;
            s.id = QStringLiteral("i%1").arg(i, 3, 10, QLatin1Char('0'));
            s.store = stores[rng.bounded(stores.size())];
            s.type = types[rng.bounded(types.size())];
            s.at = start + static_cast<qint64>(rng.bounded(364 * 24 * 60)) * 60000;
            s.hasCase = rng.bounded(3) != 0;
            if (s.hasCase && rng.bounded(4) != 0)
                s.reported = s.at + (1 + rng.bounded(96)) * HourMs;
            if (s.hasCase && rng.bounded(2) == 0)
                s.closed = s.at + (1 + rng.bounded(60)) * DayMs;
            if (s.reported >= 0)
                switch (rng.bounded(4)) {
                case 0:
                    break; // no follow-up
                case 1:
                    s.followups << s.reported + (1 + rng.bounded(29)) * DayMs;
                    break; // inside the window
                case 2:
                    s.followups << s.reported + 40 * DayMs;
                    break; // too late
                default:
                    s.followups << s.reported - HourMs; // before the report: not a follow-up of it
                }
            m_incidents << s;
        }
        for (int i = 0; i < m_incidents.size(); ++i)
            QVERIFY(write(m_incidents[i], i + 1));
    }

    // The store's clock decides the quarter: both edges land in the quarter their store's calendar shows.
    void quarterIsStoreLocal()
    {
        QCOMPARE(periodOf(localDate(m_incidents[0]), QStringLiteral("quarter")), QStringLiteral("2026-Q1"));
        QCOMPARE(periodOf(localDate(m_incidents[1]), QStringLiteral("quarter")), QStringLiteral("2026-Q3"));
        for (const QString& store : {QStringLiteral("s-bog"), QStringLiteral("s-tyo")}) {
            KpiFilter f;
            f.by = QStringLiteral("quarter");
            f.store = store;
            auto report = KpiReporter(*m_db).compute(f);
            QVERIFY2(report, qPrintable(report.error().message));
            const QString edgeCase = QStringLiteral("c-edge-") + store.mid(2);
            const QString want
                = store == QLatin1String("s-bog") ? QStringLiteral("2026-Q1") : QStringLiteral("2026-Q3");
            QStringList holding;
            for (const KpiFigures& row : report->rows)
                if (row.caseIds.contains(edgeCase))
                    holding << row.key;
            QCOMPARE(holding, QStringList {want});
        }
        // The single local day 31 March at Bogotá holds the edge incident (it is 1 April in UTC).
        KpiFilter day;
        day.from = day.to = QDate(2026, 3, 31);
        day.store = QStringLiteral("s-bog");
        auto report = KpiReporter(*m_db).compute(day);
        QVERIFY(report);
        QVERIFY(report->overall.caseIds.contains(QStringLiteral("c-edge-bog")));
    }

    // Trend lines: the follow-up, closure and repeat-incident rates per quarter and per month, every store.
    void rateTrendsPerPeriod_data()
    {
        QTest::addColumn<QString>("by");
        QTest::addColumn<QString>("store");
        QTest::addColumn<QString>("region");
        QTest::newRow("quarter") << QStringLiteral("quarter") << QString() << QString();
        QTest::newRow("month") << QStringLiteral("month") << QString() << QString();
        QTest::newRow("quarter, store s-bog") << QStringLiteral("quarter") << QStringLiteral("s-bog") << QString();
        QTest::newRow("month, store s-ber") << QStringLiteral("month") << QStringLiteral("s-ber") << QString();
        QTest::newRow("quarter, region south") << QStringLiteral("quarter") << QString() << QStringLiteral("south");
    }
    void rateTrendsPerPeriod()
    {
        QFETCH(QString, by);
        QFETCH(QString, store);
        QFETCH(QString, region);
        KpiFilter f;
        f.by = by;
        f.store = store;
        f.region = region;
        // The region "south" is s-bog alone.
        const QMap<QString, Expected> want = expected(by, region.isEmpty() ? store : QStringLiteral("s-bog"));
        QVERIFY(want.size() >= (by == QLatin1String("month") ? 10 : 4));
        auto fromRollups = KpiReporter(*m_db).compute(f);
        QVERIFY2(fromRollups, qPrintable(fromRollups.error().message));
        compareRows(*fromRollups, want);
        auto byScan = KpiReporter(*m_db).computeByScan(f);
        QVERIFY2(byScan, qPrintable(byScan.error().message));
        compareRows(*byScan, want);
    }

    // The one-store scope counts that store only, overall and in its rows; the rates differ from every store's.
    void storeScopeCountsOneStore()
    {
        for (const QString& store : zones().keys()) {
            KpiFilter f;
            f.store = store;
            auto report = KpiReporter(*m_db).compute(f);
            QVERIFY(report);
            Expected all;
            for (const Expected& e : expected(QStringLiteral("quarter"), store)) {
                all.incidents += e.incidents;
                all.cases += e.cases;
                all.closed += e.closed;
            }
            QCOMPARE(report->overall.incidents, all.incidents);
            QCOMPARE(report->overall.cases, all.cases);
            QCOMPARE(report->overall.closureRate, Expected::share(all.closed, all.cases));
            for (const QString& id : report->overall.caseIds) {
                const QString incident = id.mid(2);
                bool atStore = false;
                for (const Seeded& s : m_incidents)
                    atStore = atStore || (s.id == incident && s.store == store);
                QVERIFY2(atStore, qPrintable(id));
            }
        }
    }

    // `kpi rebuild` repairs derived tables: an administrator's maintenance under a permission of its own (not the
    // one that edits evidence checklists); investigators, legal and auditors are refused with that permission named.
    void kpiRebuildIsAdminMaintenance()
    {
        UserDirectory users(*m_db);
        QVERIFY(users.add(QStringLiteral("ivy"), Role::Investigator, test::secret("ivy-pass")));
        QVERIFY(users.add(QStringLiteral("lee"), Role::Legal, test::secret("lee-pass")));
        QVERIFY(users.add(QStringLiteral("aud"), Role::Auditor, test::secret("aud-pass")));
        const QJsonArray table
            = QJsonDocument::fromJson(test::cliAs(m_db->path(), QStringLiteral("aud"),
                                                  {QStringLiteral("--json"), QStringLiteral("permissions")})
                                          .out)
                  .array();
        QJsonObject rule;
        for (const QJsonValue& r : table)
            if (r[QLatin1String("commands")].toArray().contains(QStringLiteral("kpi rebuild")))
                rule = r.toObject();
        QCOMPARE(rule[QLatin1String("id")].toString(), QStringLiteral("rebuild-kpi-rollups"));
        QCOMPARE(rule[QLatin1String("roles")].toArray(), QJsonArray {QStringLiteral("admin")});
        QVERIFY(!rule[QLatin1String("commands")].toArray().contains(QStringLiteral("kpi checklist")));
        for (const QString& user : {QStringLiteral("ivy"), QStringLiteral("lee"), QStringLiteral("aud")}) {
            const test::ProcessRun r
                = test::cliAs(m_db->path(), user, {QStringLiteral("kpi"), QStringLiteral("rebuild")});
            QVERIFY2(r.exitCode == 3 && r.err.contains("rebuild the KPI rollups"), qPrintable(r.describe()));
        }
        const test::ProcessRun admin
            = test::cliAs(m_db->path(), QStringLiteral("admin"), {QStringLiteral("kpi"), QStringLiteral("rebuild")});
        QVERIFY2(admin.exitCode == 0, qPrintable(admin.describe()));
        // In core too, whoever calls it.
        auto ivy = CaseDatabase::open(m_db->path(), QStringLiteral("ivy"), test::secret("ivy-pass"));
        QVERIFY(ivy);
        const auto refused = KpiRollup::rebuild(**ivy);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Permission);
        QVERIFY(KpiRollup::rebuild(*m_db));
    }
};

QTEST_GUILESS_MAIN(TestKpiPeriods)
#include "TestKpiPeriods.moc"

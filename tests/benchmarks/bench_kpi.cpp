// The program view at scale (issue 15: 1 000 000 incidents and 100 000 cases): a synthetic year of generated rows,
// not clips, bulk-inserted by SQL inside the encrypted database (N incidents at 100 stores in five time zones,
// N/10 cases, half of them released and a third of those followed up; the KPI rollups built as that transaction
// commits). Prints the generation time and the database size, then the times the issue sets targets for — a
// dashboard refresh (the page's default: the 90 days up to the newest incident, by week; < 300 ms) from the rollups,
// beside the same refresh by the full scan in the same run (the ratio; it fails if their figures differ), and a
// filtered `incidents list` (one store and one type, in-process and through lpdesk-cli; < 100 ms), each with this
// thread's CPU time beside the wall time (the machines it runs on are shared) — what one write with its rollups
// costs, the full-year KPIs (overall, by month) beside a sqlcipher GROUP BY baseline, and the dashboard's
// drill-down (KpiCasesBehind: the cases behind a figure, whole period and one group; 100 ms is what the UI thread
// may take) beside sqlcipher reading the same kpi_cases rows. Never fails on time.
// LPDESK_BENCH_INCIDENTS sets N (default 1 000 000, the scale; CI runs a smaller N to stay within its
// budget, and the output says which N was measured).
#include "BenchSupport.h"
#include "TestSupport.h"

#include "db/UserDirectory.h"
#include "inbox/IncidentInbox.h"
#include "metrics/KpiCasesBehind.h"
#include "metrics/KpiReport.h"
#include "metrics/KpiRollup.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace lpdesk;

namespace {

constexpr int kStores = 100;

// The UTC time stamp (as the database writes it) of incident i plus offset seconds, as an SQL expression: spread
// over 2025 by a multiplicative hash of i.
QString stampOf(const QString& i, const QString& offsetSeconds = QStringLiteral("0"))
{
    return QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 1735689600 + ((%1) * 2654435761 % 31536000) + (%2), "
                          "'unixepoch')")
        .arg(i, offsetSeconds);
}

bool exec(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        std::fprintf(stderr, "%s\n%s\n", qPrintable(sql.left(300)), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

// Bulk insert by recursive CTEs: one statement per table, no row crosses the Qt/SQL boundary.
bool generate(CaseDatabase& cdb, int incidents)
{
    QSqlDatabase db = cdb.connection();
    Transaction tx(db);
    const char* zones[]
        = {"America/Chicago", "America/New_York", "America/Los_Angeles", "Europe/Madrid", "Europe/London"};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO stores (id, name, timezone, region, source_kind, location, created_at) "
                             "VALUES (?, ?, ?, ?, 'folder', '/x', '2025-01-01T00:00:00.000Z')"));
    for (int s = 0; s < kStores; ++s) {
        for (const QVariant& v : {QVariant(QStringLiteral("store-%1").arg(s, 3, 10, QLatin1Char('0'))),
                                  QVariant(QStringLiteral("Store %1").arg(s)), QVariant(QLatin1String(zones[s % 5])),
                                  QVariant(QStringLiteral("region-%1").arg(s % 4))})
            q.addBindValue(v);
        if (!q.exec())
            return false;
    }
    const QString seq = QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %1) ")
                            .arg(incidents - 1);
    const QString cases
        = QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 10 FROM n WHERE i < %1) ")
              .arg(incidents - 10);
    const QString at = stampOf(QStringLiteral("i"));
    // Every 10th incident has a case; closed when (i / 10) is even; released when (i / 10) % 4 < 2; a third of those
    // followed up by an arrest.
    return exec(db,
                seq
                    + QStringLiteral(
                          "INSERT INTO incidents (id, store_id, type, severity, trigger, detected_at, "
                          "detected_at_local, priority, raw_json, raw_sha256, received_at, source) SELECT 'i' || i, "
                          "printf('store-%03d', ((i * 2654435761) >> 8) % %1), CASE ((i * 2246822519) >> 12) % 6 WHEN "
                          "0 THEN 'shoplifting' "
                          "WHEN 1 THEN 'organized_retail_crime' WHEN 2 THEN 'robbery' WHEN 3 THEN 'assault' WHEN 4 "
                          "THEN 'return_fraud' ELSE 'threat' END, 1 + (i * 31) % 5, CASE (i * 13) % 4 WHEN 0 THEN "
                          "'staff_report' WHEN 1 THEN 'pos_exception' WHEN 2 THEN 'analytics' ELSE 'door_sensor' END, "
                          "%2, %2, (i * 17) % 100, '{}', '', %2, 'bench' FROM n")
                          .arg(kStores)
                          .arg(at))
        && exec(db,
                cases
                    + QStringLiteral("INSERT INTO cases (id, number, title, status, created_at, created_by, "
                                     "updated_at, closed_at) SELECT 'c' || i, i / 10 + 1, 'c', CASE WHEN (i / 10) "
                                     "% 2 = 0 THEN 'closed' ELSE 'open' END, %1, 'ivy', %1, CASE WHEN (i / 10) % 2 "
                                     "= 0 THEN %2 END FROM n")
                          .arg(stampOf(QStringLiteral("i"), QStringLiteral("3600")),
                               stampOf(QStringLiteral("i"), QStringLiteral("777600"))))
        && exec(db,
                cases
                    + QStringLiteral("INSERT INTO case_incidents SELECT 'c' || i, 'i' || i, %1, 'ivy' FROM n")
                          .arg(stampOf(QStringLiteral("i"), QStringLiteral("3600"))))
        && exec(db,
                cases
                    + QStringLiteral("INSERT INTO releases (id, case_id, state, purpose, note, items_json, "
                                     "content_sha256, requested_by, requested_by_id, requested_at, decided_at, "
                                     "exported_at) SELECT 'r' || i, 'c' || i, 'exported', 'usb', 'n', '[]', '', "
                                     "'ivy', 'ivy', %1, %2, %3 FROM n WHERE (i / 10) % 4 < 2")
                          .arg(stampOf(QStringLiteral("i"), QStringLiteral("7200")),
                               stampOf(QStringLiteral("i"), QStringLiteral("14400")),
                               stampOf(QStringLiteral("i"), QStringLiteral("3600 + (i * 7) % 200000"))))
        && exec(db,
                cases
                    + QStringLiteral("INSERT INTO followups (id, case_id, kind, at, created_at, created_by) "
                                     "SELECT 'f' || i, 'c' || i, 'arrest', %1, %1, 'ivy' FROM n WHERE (i / 10) % 4 "
                                     "< 2 AND (i / 10) % 3 = 0")
                          .arg(stampOf(QStringLiteral("i"), QStringLiteral("432000"))))
        && static_cast<bool>(tx.commit());
}

struct Timing
{
    double wallMs = 1e18;
    double cpuMs = 0; // this thread's CPU time in the same run: what the work costs on a machine that is not shared
};

double threadCpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

// The fastest of runs runs (the first also warms the page cache).
template<typename F> Timing best(F&& run, int runs = 3)
{
    Timing out;
    for (int k = 0; k < runs; ++k) {
        QElapsedTimer t;
        const double cpu = threadCpuMs();
        t.start();
        run();
        const double wall = static_cast<double>(t.nsecsElapsed()) / 1e6;
        if (wall < out.wallMs)
            out = {wall, threadCpuMs() - cpu};
    }
    return out;
}

// "812 ms (CPU 640 ms), target < 300 ms: OVER"
QString verdict(const Timing& t, double target)
{
    return QStringLiteral("%1 ms (CPU %2 ms), target < %3 ms: %4")
        .arg(t.wallMs, 0, 'f', 1)
        .arg(t.cpuMs, 0, 'f', 1)
        .arg(target)
        .arg(t.wallMs < target      ? QStringLiteral("within")
                 : t.cpuMs < target ? QStringLiteral("within on CPU time (the "
                                                     "machine is busy)")
                                    : QStringLiteral("OVER"));
}

qint64 databaseBytes(const QString& path)
{
    qint64 n = 0;
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-journal")})
        n += QFileInfo(path + suffix).size();
    return n;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int n = qEnvironmentVariableIsSet("LPDESK_BENCH_INCIDENTS")
        ? std::max(1000, qEnvironmentVariableIntValue("LPDESK_BENCH_INCIDENTS"))
        : 1000000;
    QTemporaryDir dir;
    auto db = test::createDatabase(dir.path());
    if (!db || !UserDirectory(*db).add(QStringLiteral("ivy"), Role::Investigator, test::secret("ivy-pass")))
        return 1;
    KpiRollup::install(); // the rollups are built as the generating transaction commits, as on any write
    QElapsedTimer t;
    t.start();
    const double generationCpu = threadCpuMs();
    if (!generate(*db, n)) {
        std::fprintf(stderr, "could not generate the history\n");
        return 1;
    }
    std::printf("scale: %d incidents, %d cases at %d stores (the issue asks 1000000 and 100000%s)\n", n, n / 10,
                kStores, n >= 1000000 ? "" : "; set LPDESK_BENCH_INCIDENTS=1000000 for the full scale");
    {
        // The size as it stays on disk: the write-ahead log checkpointed into the database file.
        QSqlQuery checkpoint(db->connection());
        checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    std::printf("generated with its rollups in %.1f s (CPU %.1f s); database %.1f MiB\n", t.nsecsElapsed() / 1e9,
                (threadCpuMs() - generationCpu) / 1e3, static_cast<double>(databaseBytes(db->path())) / (1 << 20));
    std::fflush(stdout);

    // The dashboard's refresh as the page does it: the 90 days up to the newest incident, by week — from the rollups
    // (what the page does) and by the full scan (computeByScan: the same figures, every incident and case read) in
    // the same run.
    KpiReport report;
    auto compute = [&db, &report](const QDate& from, const QDate& to, const QString& by, bool scan = false) {
        KpiFilter f;
        f.from = from;
        f.to = to;
        f.by = by;
        KpiReporter kpi(*db);
        auto r = scan ? kpi.computeByScan(f) : kpi.compute(f);
        if (!r) {
            std::fprintf(stderr, "kpi failed: %s\n", qPrintable(r.errorMessage()));
            std::exit(1);
        }
        report = *r;
    };
    const QDate from(2025, 10, 3), to(2025, 12, 31);
    const Timing scanned = best([&] { compute(from, to, QStringLiteral("week"), true); });
    const QByteArray scanFigures = QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact);
    const Timing refresh = best([&] { compute(from, to, QStringLiteral("week")); });
    const bool same = QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact) == scanFigures;
    std::printf("dashboard refresh (90 days by week, %lld incidents, %lld cases in range) from the rollups: %s\n",
                static_cast<long long>(report.overall.incidents), static_cast<long long>(report.overall.cases),
                qPrintable(verdict(refresh, 300)));
    std::printf("the same refresh by a full scan: %.1f ms (CPU %.1f ms); rollups / scan: %.3f (CPU %.3f), %.1fx "
                "faster on CPU; same figures: %s\n",
                scanned.wallMs, scanned.cpuMs, refresh.wallMs / scanned.wallMs, refresh.cpuMs / scanned.cpuMs,
                scanned.cpuMs / std::max(refresh.cpuMs, 0.001), same ? "yes" : "NO");
    // The store comparison adds a second computation to each refresh: the same period by store, every store.
    const Timing comparison = best([&] { compute(from, to, QStringLiteral("store")); });
    std::printf("the comparison's computation (90 days by store, %lld rows): %.1f ms (CPU %.1f ms); refresh with it: "
                "%s\n",
                static_cast<long long>(report.rows.size()), comparison.wallMs, comparison.cpuMs,
                qPrintable(verdict({refresh.wallMs + comparison.wallMs, refresh.cpuMs + comparison.cpuMs}, 300)));
    std::fflush(stdout);
    if (!same) {
        std::fprintf(stderr, "the rollups and the scan disagree\n");
        return 1;
    }
    {
        // What keeping the rollups costs a write: one incident added to a case's store and a follow-up recorded,
        // each in its own transaction (the triggers mark, the commit turns the marks into rollup rows).
        QSqlDatabase c = db->connection();
        const Timing write = best(
            [&, k = 0]() mutable {
                ++k;
                Transaction tx(c);
                exec(c,
                     QStringLiteral("INSERT INTO incidents (id, store_id, type, severity, trigger, detected_at, "
                                    "detected_at_local, priority, raw_json, raw_sha256, received_at, source) "
                                    "VALUES ('extra-%1', 'store-007', 'robbery', 3, 'staff_report', "
                                    "'2025-12-30T12:00:00.000Z', '2025-12-30T12:00:00.000Z', 1, '{}', '', "
                                    "'2025-12-30T12:00:00.000Z', 'bench')")
                         .arg(k));
                exec(c,
                     QStringLiteral("INSERT INTO followups (id, case_id, kind, at, created_at, created_by) VALUES "
                                    "('extra-f%1', 'c10', 'contact', '2025-12-30T12:00:00.000Z', "
                                    "'2025-12-30T12:00:00.000Z', 'ivy')")
                         .arg(k));
                if (!tx.commit())
                    std::exit(1);
            },
            3);
        std::printf("a write with its rollups (an incident and a follow-up, one transaction): %.1f ms (CPU %.1f ms)\n",
                    write.wallMs, write.cpuMs);
    }
    const Timing overall = best([&] { compute(QDate(2025, 1, 1), QDate(2025, 12, 31), {}); }, 1);
    std::printf("kpi whole year overall: %.0f ms, CPU %.0f ms (mttr median %.0f s, closure %.3f, repeat %.3f)\n",
                overall.wallMs, overall.cpuMs, report.overall.mttrMedian.value_or(-1),
                report.overall.closureRate.value_or(-1), report.overall.repeatRate.value_or(-1));
    const Timing byMonth = best([&] { compute(QDate(2025, 1, 1), QDate(2025, 12, 31), QStringLiteral("month")); }, 1);
    std::printf("kpi whole year by month: %.0f ms, CPU %.0f ms (%lld rows)\n", byMonth.wallMs, byMonth.cpuMs,
                static_cast<long long>(report.rows.size()));
    std::fflush(stdout);

    // `incidents list --store store-007 --type robbery` (the CLI's default order and limit: priority, 1000), in
    // process as an investigator, then through lpdesk-cli (process start, unlock and printing included).
    {
        auto ivy = CaseDatabase::open(db->path(), QStringLiteral("ivy"), test::secret("ivy-pass"));
        if (!ivy) {
            std::fprintf(stderr, "cannot open as ivy: %s\n", qPrintable(ivy.errorMessage()));
            return 1;
        }
        IncidentFilter f;
        f.storeId = QStringLiteral("store-007");
        f.type = QStringLiteral("robbery");
        qsizetype rows = 0;
        const Timing list = best([&] {
            auto r = IncidentInbox(**ivy).list(f, IncidentSort::Priority, 0, 1000);
            rows = r ? r->size() : -1;
        });
        std::printf("incidents list --store --type (in process, %lld rows): %s\n", static_cast<long long>(rows),
                    qPrintable(verdict(list, 100)));
        f.since = QDateTime(QDate(2025, 12, 1), QTime(0, 0), QTimeZone::utc());
        const Timing since = best([&] {
            auto r = IncidentInbox(**ivy).list(f, IncidentSort::Newest, 0, 1000);
            rows = r ? r->size() : -1;
        });
        std::printf("incidents list --store --type --since --sort newest (in process, %lld rows): %s\n",
                    static_cast<long long>(rows), qPrintable(verdict(since, 100)));
    }
    const Timing cliList = best(
        [&] {
            const test::ProcessRun r
                = test::cliAs(db->path(), QStringLiteral("ivy"),
                              {QStringLiteral("--json"), QStringLiteral("incidents"), QStringLiteral("list"),
                               QStringLiteral("--store"), QStringLiteral("store-007"), QStringLiteral("--type"),
                               QStringLiteral("robbery")});
            if (r.exitCode != 0)
                std::fprintf(stderr, "%s\n", qPrintable(r.describe()));
        },
        1);
    std::printf("lpdesk-cli incidents list --store --type (whole process: start, unlock with the test KDF, query, "
                "JSON): %.0f ms\n",
                cliList.wallMs);
    std::fflush(stdout);

    // The drill-down as the page asks it, over the whole filter and for one week's cell: every case (the longest
    // list) and completeness (every reported case with the checklist items it misses); the 90 days, then the year.
    struct Drill
    {
        QString kpi;
        QString label;
        QDate from, to;
        QString group;
        Timing time;
        qsizetype lines = 0;
    };
    const QDate jan1(2025, 1, 1), dec31(2025, 12, 31);
    QList<Drill> drills {{QStringLiteral("cases"), QStringLiteral("90 days, all groups"), from, to, {}, {}, 0},
                         {QStringLiteral("completeness"), QStringLiteral("90 days, all groups"), from, to, {}, {}, 0},
                         {QStringLiteral("completeness"),
                          QStringLiteral("90 days, one week (2025-W50)"),
                          from,
                          to,
                          QStringLiteral("2025-W50"),
                          {},
                          0},
                         {QStringLiteral("cases"), QStringLiteral("whole year, all groups"), jan1, dec31, {}, {}, 0}};
    for (Drill& d : drills) {
        KpiFilter f;
        f.from = d.from;
        f.to = d.to;
        f.by = QStringLiteral("week");
        d.time = best([&] {
            auto r = KpiCasesBehind(*db).list(f, d.kpi, d.group);
            if (!r) {
                std::fprintf(stderr, "kpi cases failed: %s\n", qPrintable(r.errorMessage()));
                std::exit(1);
            }
            d.lines = r->lines.size();
        });
        std::printf("drill-down (%s, %s, %lld cases listed): %s\n", qPrintable(d.kpi), qPrintable(d.label),
                    static_cast<long long>(d.lines), qPrintable(verdict(d.time, 100)));
    }
    std::fflush(stdout);

    // Baseline: the sqlcipher tool doing the SQL part (counts per store and month, cases and releases joined).
    QProcess key;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LPDESK_PASSPHRASE"), QStringLiteral("admin-pass"));
    key.setProcessEnvironment(env);
    key.start(test::testkitPath(), {QStringLiteral("master-key"), db->path(), QStringLiteral("admin")});
    key.waitForFinished(-1);
    const QString hex = QString::fromLatin1(key.readAllStandardOutput()).trimmed();
    if (hex.size() != 64) {
        std::fprintf(stderr, "no master key from the testkit\n");
        return 1;
    }
    // The time the sqlcipher tool takes for `sql` on the database, unlocked with the master key.
    auto sqlcipherTime = [&](const QString& name, const QString& sql) {
        const QString script = dir.filePath(name);
        QFile f(script);
        if (!f.open(QIODevice::WriteOnly))
            std::exit(1);
        f.write(QStringLiteral("PRAGMA key = \"x'%1'\";\nPRAGMA cipher_page_size = 4096;\n%2").arg(hex, sql).toUtf8());
        f.close();
        return bench::timeShell(QStringLiteral("sqlcipher '%1' < '%2' > /dev/null").arg(db->path(), script));
    };
    const double baseline = sqlcipherTime(
        QStringLiteral("baseline.sql"),
        QStringLiteral("SELECT store_id, substr(detected_at, 1, 7), type, count(*) FROM incidents "
                       "WHERE detected_at >= '2025-01-01' GROUP BY 1, 2, 3;\n"
                       "SELECT i.store_id, count(*), sum(c.status = 'closed'), count(r.id) FROM cases c "
                       "JOIN case_incidents ci ON ci.case_id = c.id JOIN incidents i ON i.id = ci.incident_id "
                       "LEFT JOIN releases r ON r.case_id = c.id GROUP BY 1;\n"));
    std::printf(
        "baseline sqlcipher GROUP BY (no medians, no local time): %.0f ms; ratio kpi overall / baseline %.2fx\n",
        baseline * 1000, overall.wallMs / 1000 / baseline);

    // The drill-down's baseline: the same kpi_cases rows of the period, read in the same order by the sqlcipher tool
    // (what the list is left with once the SQL is done: anchors, checklists and the earliest incident per case).
    for (const Drill& d : drills) {
        if (!d.group.isEmpty())
            continue;
        const double drillBase = sqlcipherTime(
            QStringLiteral("drill.sql"),
            QStringLiteral("SELECT case_id, store_id, day, type, detected_ms, reported_ms, closed, need_pos, "
                           "has_pos, has_statement, has_suspect, has_clip, followed FROM kpi_cases WHERE day >= "
                           "'%1' AND day <= '%2'%3 ORDER BY detected_ms, case_id;\n")
                .arg(d.from.toString(Qt::ISODate), d.to.toString(Qt::ISODate),
                     d.kpi == QLatin1String("cases") ? QString() : QStringLiteral(" AND reported_ms >= 0")));
        std::printf("baseline sqlcipher kpi_cases SELECT (%s, %s): %.0f ms; ratio drill-down / baseline %.2fx\n",
                    qPrintable(d.kpi), qPrintable(d.label), drillBase * 1000, d.time.wallMs / 1000 / drillBase);
    }
    return 0;
}

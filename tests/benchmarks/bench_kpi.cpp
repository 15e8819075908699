// KPI refresh on a large synthetic history (generated rows, not clips): N incidents over a year at 20 stores in
// different time zones, N/10 cases, half of them released and some followed up. Prints the database size, the
// time of a full KPI computation (overall, by month, by store) and, as the baseline, the time the sqlcipher tool
// takes for the plain GROUP BY part of the same work (counts per store and month, cases joined to incidents,
// releases) on the same encrypted database. Never fails on time. LPDESK_BENCH_INCIDENTS sets N (default 200 000).
#include "BenchSupport.h"
#include "TestSupport.h"

#include "crypto/Random.h"
#include "metrics/KpiReport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cstdio>

using namespace lpdesk;

namespace {

QString at(qint64 secondsFromStart)
{
    static const QDateTime start(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::utc());
    return start.addSecs(secondsFromStart).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

bool generate(CaseDatabase& cdb, int incidents)
{
    QSqlDatabase db = cdb.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    const char* zones[]
        = {"America/Chicago", "America/New_York", "America/Los_Angeles", "Europe/Madrid", "Europe/London"};
    const char* types[] = {"shoplifting", "organized_retail_crime", "robbery", "assault", "return_fraud", "threat"};
    for (int s = 0; s < 20; ++s) {
        q.prepare(QStringLiteral("INSERT INTO stores (id, name, timezone, region, source_kind, location, created_at) "
                                 "VALUES (?, ?, ?, ?, 'folder', '/x', '2025-01-01T00:00:00.000Z')"));
        for (const QVariant& v : {QVariant(QStringLiteral("store-%1").arg(s, 3, 10, QLatin1Char('0'))),
                                  QVariant(QStringLiteral("Store %1").arg(s)), QVariant(QLatin1String(zones[s % 5])),
                                  QVariant(QStringLiteral("region-%1").arg(s % 4))})
            q.addBindValue(v);
        if (!q.exec())
            return false;
    }
    QSqlQuery inc(db), cas(db), link(db), rel(db), fu(db);
    inc.prepare(QStringLiteral("INSERT INTO incidents (id, store_id, type, severity, trigger, detected_at, "
                               "detected_at_local, raw_json, raw_sha256, received_at, source) VALUES (?, ?, ?, 3, "
                               "'staff_report', ?, ?, '{}', '', ?, 'bench')"));
    cas.prepare(QStringLiteral("INSERT INTO cases (id, number, title, status, created_at, created_by, updated_at, "
                               "closed_at) VALUES (?, ?, 'c', ?, ?, 'ivy', ?, ?)"));
    link.prepare(QStringLiteral("INSERT INTO case_incidents VALUES (?, ?, ?, 'ivy')"));
    rel.prepare(QStringLiteral("INSERT INTO releases (id, case_id, state, purpose, note, items_json, content_sha256, "
                               "requested_by, requested_by_id, requested_at, decided_at, exported_at) VALUES (?, ?, "
                               "'exported', 'usb', 'n', '[]', '', 'ivy', 'ivy', ?, ?, ?)"));
    fu.prepare(QStringLiteral("INSERT INTO followups (id, case_id, kind, at, created_at, created_by) VALUES (?, ?, "
                              "'arrest', ?, ?, 'ivy')"));
    quint32 seed = 12345;
    auto next = [&seed] { return (seed = seed * 1664525u + 1013904223u) >> 8; }; // the low bits of an LCG cycle
    for (int i = 0; i < incidents; ++i) {
        const QString id = QStringLiteral("i%1").arg(i);
        const qint64 t = (static_cast<qint64>(next()) * 256 + next() % 256) % (365LL * 86400);
        const QString when = at(t);
        for (const QVariant& v :
             {QVariant(id), QVariant(QStringLiteral("store-%1").arg(next() % 20, 3, 10, QLatin1Char('0'))),
              QVariant(QLatin1String(types[next() % 6])), QVariant(when), QVariant(when), QVariant(when)})
            inc.addBindValue(v);
        if (!inc.exec())
            return false;
        if (i % 10 != 0)
            continue;
        const QString c = QStringLiteral("c%1").arg(i);
        const bool closed = next() % 2;
        for (const QVariant& v :
             {QVariant(c), QVariant(i + 1), QVariant(QLatin1String(closed ? "closed" : "open")), QVariant(at(t + 3600)),
              QVariant(at(t + 3600)), closed ? QVariant(at(t + 86400 * 9)) : QVariant()})
            cas.addBindValue(v);
        if (!cas.exec())
            return false;
        for (const QVariant& v : {QVariant(c), QVariant(id), QVariant(at(t + 3600))})
            link.addBindValue(v);
        if (!link.exec())
            return false;
        if (next() % 2) {
            for (const QVariant& v :
                 {QVariant(QStringLiteral("r%1").arg(i)), QVariant(c), QVariant(at(t + 7200)), QVariant(at(t + 14400)),
                  QVariant(at(t + 3600 + static_cast<qint64>(next() % 200000)))})
                rel.addBindValue(v);
            if (!rel.exec())
                return false;
            if (next() % 3 == 0) {
                for (const QVariant& v : {QVariant(QStringLiteral("f%1").arg(i)), QVariant(c),
                                          QVariant(at(t + 86400 * 5)), QVariant(at(t + 86400 * 5))})
                    fu.addBindValue(v);
                if (!fu.exec())
                    return false;
            }
        }
    }
    return static_cast<bool>(tx.commit());
}

double timeKpi(CaseDatabase& db, const QString& by, KpiReport* out)
{
    KpiFilter f;
    f.from = QDate(2025, 1, 1);
    f.to = QDate(2025, 12, 31);
    f.by = by;
    QElapsedTimer t;
    t.start();
    auto r = KpiReporter(db).compute(f);
    const double s = t.nsecsElapsed() / 1e9;
    if (!r) {
        std::fprintf(stderr, "kpi failed: %s\n", qPrintable(r.errorMessage()));
        std::exit(1);
    }
    *out = *r;
    return s;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int n = qEnvironmentVariableIsSet("LPDESK_BENCH_INCIDENTS")
        ? qEnvironmentVariableIntValue("LPDESK_BENCH_INCIDENTS")
        : 200000;
    QTemporaryDir dir;
    auto db = test::createDatabase(dir.path());
    if (!db)
        return 1;
    QElapsedTimer t;
    t.start();
    if (!generate(*db, n)) {
        std::fprintf(stderr, "could not generate the history\n");
        return 1;
    }
    std::printf("generated %d incidents, %d cases in %.1f s; database %.1f MiB\n", n, n / 10, t.nsecsElapsed() / 1e9,
                static_cast<double>(QFileInfo(db->path()).size()) / (1 << 20));
    KpiReport report;
    const double overall = timeKpi(*db, {}, &report);
    std::printf("kpi overall: %.0f ms (mttr median %.0f s, closure %.3f, repeat %.3f)\n", overall * 1000,
                report.overall.mttrMedian.value_or(-1), report.overall.closureRate.value_or(-1),
                report.overall.repeatRate.value_or(-1));
    const double byMonth = timeKpi(*db, QStringLiteral("month"), &report);
    std::printf("kpi by month: %.0f ms (%lld rows)\n", byMonth * 1000, static_cast<long long>(report.rows.size()));
    const double byStore = timeKpi(*db, QStringLiteral("store"), &report);
    std::printf("kpi by store: %.0f ms (%lld rows)\n", byStore * 1000, static_cast<long long>(report.rows.size()));

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
    const QString script = dir.filePath(QStringLiteral("baseline.sql"));
    QFile f(script);
    if (!f.open(QIODevice::WriteOnly))
        return 1;
    f.write(QStringLiteral("PRAGMA key = \"x'%1'\";\nPRAGMA cipher_page_size = 4096;\n"
                           "SELECT store_id, substr(detected_at, 1, 7), type, count(*) FROM incidents "
                           "WHERE detected_at >= '2025-01-01' GROUP BY 1, 2, 3;\n"
                           "SELECT i.store_id, count(*), sum(c.status = 'closed'), count(r.id) FROM cases c "
                           "JOIN case_incidents ci ON ci.case_id = c.id JOIN incidents i ON i.id = ci.incident_id "
                           "LEFT JOIN releases r ON r.case_id = c.id GROUP BY 1;\n")
                .arg(hex)
                .toUtf8());
    f.close();
    const double baseline
        = bench::timeShell(QStringLiteral("sqlcipher '%1' < '%2' > /dev/null").arg(db->path(), script));
    std::printf(
        "baseline sqlcipher GROUP BY (no medians, no local time): %.0f ms; ratio kpi overall / baseline %.2fx\n",
        baseline * 1000, overall / baseline);
    return 0;
}

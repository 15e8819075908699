// KpiReporter::compute from the rollups (migration 028, KpiRollup): the period's store-days and cases, a few
// thousand rows where a scan reads every incident of the period and of the 90 days before it. Same figures as
// computeByScan (the property test TestKpiRollup holds them equal after every kind of write).
#include "metrics/KpiReport.h"

#include "auth/Permissions.h"
#include "auth/Session.h"
#include "db/CaseDatabase.h"
#include "metrics/KpiInternal.h"
#include "metrics/KpiRollup.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace lpdesk {

namespace {

using kpi::Accumulator;
using kpi::CaseRow;
using kpi::IncidentRow;
using kpi::KpiScan;

// "name=count,…" as kpi_days and kpi_cases keep counts.
QList<QPair<QString, qint64>> unpackCounts(const QString& text)
{
    QList<QPair<QString, qint64>> out;
    for (QStringView part : QStringView(text).split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.lastIndexOf(u'=');
        if (eq > 0)
            out << qMakePair(part.left(eq).toString(), part.mid(eq + 1).toLongLong());
    }
    return out;
}

// The bounds and store of the filter as SQL on a rollup's day and store_id.
QString rollupWhere(const KpiFilter& f, QVariantList& binds)
{
    QString where = QStringLiteral(" WHERE 1 = 1");
    if (f.from.isValid()) {
        where += QStringLiteral(" AND day >= ?");
        binds << f.from.toString(Qt::ISODate);
    }
    if (f.to.isValid()) {
        where += QStringLiteral(" AND day <= ?");
        binds << f.to.toString(Qt::ISODate);
    }
    if (!f.store.isEmpty()) {
        where += QStringLiteral(" AND store_id = ?");
        binds << f.store;
    }
    return where;
}

// A rollup query read straight from SQLite: a refresh reads tens of thousands of rows, and QSqlQuery's QVariant
// per value costs more than SQLite's reading itself. On the calling thread's own connection (the driver's handle).
class RollupQuery
{
    Q_DISABLE_COPY(RollupQuery)

public:
    RollupQuery(KpiScan& s, const QString& sql) : m_db(static_cast<sqlite3*>(s.db.driver()->handle().value<void*>()))
    {
        QVariantList binds;
        const QByteArray text = sql.arg(rollupWhere(s.filter, binds)).toUtf8();
        if (!m_db
            || sqlite3_prepare_v2(m_db, text.constData(), static_cast<int>(text.size()), &m_stmt, nullptr)
                != SQLITE_OK) {
            m_error = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no connection");
            return;
        }
        for (int i = 0; i < binds.size(); ++i) {
            const QByteArray b = binds[i].toString().toUtf8();
            sqlite3_bind_text(m_stmt, i + 1, b.constData(), static_cast<int>(b.size()), SQLITE_TRANSIENT);
        }
    }
    ~RollupQuery() { sqlite3_finalize(m_stmt); }

    bool next()
    {
        if (!m_stmt || !m_error.isEmpty())
            return false;
        const int rc = sqlite3_step(m_stmt);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return rc == SQLITE_ROW;
    }
    Status status() const { return m_error.isEmpty() ? Status() : failure(m_error); }
    qint64 integer(int c) const { return sqlite3_column_int64(m_stmt, c); }
    double real(int c) const { return sqlite3_column_double(m_stmt, c); }
    QString text(int c) const
    {
        const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, c));
        return QString::fromUtf8(t, sqlite3_column_bytes(m_stmt, c));
    }
    // "YYYY-MM-DD" without QDate's general parser; invalid otherwise.
    QDate date(int c) const
    {
        const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, c));
        if (sqlite3_column_bytes(m_stmt, c) != 10 || t[4] != '-' || t[7] != '-')
            return {};
        auto num = [t](int at, int len) {
            int v = 0;
            for (int i = at; i < at + len; ++i)
                v = t[i] >= '0' && t[i] <= '9' ? v * 10 + (t[i] - '0') : -100000;
            return v;
        };
        return QDate(num(0, 4), num(5, 2), num(8, 2));
    }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_error;
};

// A row's store (an index into s's stores) when it is one the filter wants, else -1.
int wantedStore(const KpiScan& s, const QString& id)
{
    const int st = s.storeIndex.value(id, -1);
    return st >= 0 && s.storeWanted(st) ? st : -1;
}

Status countDays(KpiScan& s)
{
    RollupQuery q(s,
                  QStringLiteral("SELECT day, store_id, incidents, repeats30, repeats90, by_type, by_trigger, "
                                 "by_hour FROM kpi_days%1"));
    while (q.next()) {
        IncidentRow r;
        r.store = wantedStore(s, q.text(1));
        r.localDate = q.date(0);
        if (r.store < 0 || !r.localDate.isValid())
            continue;
        r.weekday = r.localDate.dayOfWeek() - 1;
        const qint64 incidents = q.integer(2), repeats30 = q.integer(3), repeats90 = q.integer(4);
        const auto types = unpackCounts(q.text(5));
        const auto triggers = unpackCounts(q.text(6));
        const QString hourText = q.text(7);
        const auto hours = QStringView(hourText).split(u',');
        s.each(r, [&](Accumulator& a) {
            a.f.incidents += incidents;
            a.f.repeats30 += repeats30;
            a.f.repeats90 += repeats90;
            if (repeats30 > 0)
                a.f.repeatsByStore[s.storeIds[r.store]] += repeats30;
            for (const auto& [type, n] : types)
                a.f.byType[type] += n;
            for (const auto& [trigger, n] : triggers)
                a.f.byTrigger[trigger] += n;
            auto& heat = a.f.heat[static_cast<size_t>(r.weekday)];
            for (qsizetype h = 0; h < std::min<qsizetype>(hours.size(), 24); ++h)
                heat[static_cast<size_t>(h)] += hours[h].toLongLong();
        });
    }
    return q.status();
}

Status readLosses(KpiScan& s)
{
    RollupQuery q(s,
                  QStringLiteral("SELECT l.case_id, l.transaction_id, l.currency, l.amount FROM "
                                 "kpi_case_losses l JOIN (SELECT case_id FROM kpi_cases%1) c ON "
                                 "c.case_id = l.case_id"));
    while (q.next())
        s.losses[q.text(0)] << kpi::PosLoss {q.text(1), q.text(2), q.integer(3)};
    return q.status();
}

Status countCases(KpiScan& s, const QMap<QString, QStringList>& lists)
{
    LP_TRY(readLosses(s));
    RollupQuery q(s,
                  QStringLiteral("SELECT case_id, store_id, day, type, detected_ms, created_ms, decided_ms, "
                                 "reported_ms, closed_ms, closed, need_pos, has_pos, has_statement, has_suspect, "
                                 "has_clip, followed, recovered, outcomes FROM kpi_cases%1 ORDER BY detected_ms, "
                                 "case_id"));
    const QStringList fallback = lists.value(QStringLiteral("*"), KpiReporter::checklistItems());
    QHash<QString, QStringList> itemsByType; // the checklist of each anchor type, looked up once
    while (q.next()) {
        CaseRow c;
        c.anchor.store = wantedStore(s, q.text(1));
        c.anchor.localDate = q.date(2);
        if (c.anchor.store < 0 || !c.anchor.localDate.isValid())
            continue;
        c.id = q.text(0);
        c.anchor.type = q.text(3);
        c.detected = q.integer(4);
        c.createdAt = q.integer(5);
        c.decidedAt = q.integer(6);
        c.reportedAt = q.integer(7);
        c.closedAt = q.integer(8);
        if (q.integer(9) != 0)
            c.status = QStringLiteral("closed");
        c.needPos = q.integer(10) != 0;
        c.hasPos = q.integer(11) != 0;
        c.hasStatement = q.integer(12) != 0;
        c.hasSuspect = q.integer(13) != 0;
        c.hasClip = q.integer(14) != 0;
        const bool followed = q.integer(15) != 0;
        const double recovered = q.real(16);
        QMap<QString, qint64> outcomes;
        for (const auto& [kind, n] : unpackCounts(q.text(17)))
            outcomes.insert(kind, n);
        auto items = itemsByType.constFind(c.anchor.type);
        if (items == itemsByType.constEnd())
            items = itemsByType.insert(c.anchor.type, lists.value(c.anchor.type, fallback));
        const bool complete = kpi::caseComplete(c, *items);
        const QList<kpi::PosLoss> losses = s.losses.value(c.id);
        s.each(c.anchor, [&](Accumulator& a) { a.addCase(c.id, c, complete, followed, outcomes, recovered, losses); });
    }
    return q.status();
}

} // namespace

Result<KpiReport> KpiReporter::compute(const KpiFilter& filter)
{
    LP_TRY(Permissions::require(m_db.session(), Action::ReadKpis));
    KpiScan scan(filter, m_db.connection());
    LP_TRY(kpi::readKpiStores(scan));
    LP_TRY(kpi::checkKpiFilter(scan));
    // Writes made outside a Transaction (a plain statement, the sqlcipher tool) left marks: rollups first.
    LP_TRY(KpiRollup::flushPending(scan.db));
    auto lists = checklists();
    if (!lists)
        return lists.error();
    LP_TRY(countDays(scan));
    LP_TRY(countCases(scan, *lists));
    return kpi::finishKpiReport(scan);
}

} // namespace lpdesk

// KpiReporter::compute from the rollups (migration 028, KpiRollup): the period's store-days and cases, a few
// thousand rows where a scan reads every incident of the period and of the 90 days before it. Same figures as
// computeByScan (the property test TestKpiRollup holds them equal after every kind of write).
#include "metrics/KpiReport.h"

#include "auth/Permissions.h"
#include "auth/Session.h"
#include "db/CaseDatabase.h"
#include "metrics/KpiInternal.h"
#include "metrics/KpiRollup.h"

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

Status selectRollup(KpiScan& s, QSqlQuery& q, const QString& sql)
{
    QVariantList binds;
    q.setForwardOnly(true);
    q.prepare(sql.arg(rollupWhere(s.filter, binds)));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return failure(q.lastError().text());
    return {};
}

// A row's store (an index into s's stores) when it is one the filter wants, else -1.
int wantedStore(const KpiScan& s, const QString& id)
{
    const int st = s.storeIndex.value(id, -1);
    return st >= 0 && s.storeWanted(st) ? st : -1;
}

Status countDays(KpiScan& s)
{
    QSqlQuery q(s.db);
    LP_TRY(selectRollup(s, q,
                        QStringLiteral("SELECT day, store_id, incidents, repeats30, repeats90, by_type, by_trigger, "
                                       "by_hour FROM kpi_days%1")));
    while (q.next()) {
        IncidentRow r;
        r.store = wantedStore(s, q.value(1).toString());
        r.localDate = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        if (r.store < 0 || !r.localDate.isValid())
            continue;
        r.weekday = r.localDate.dayOfWeek() - 1;
        const qint64 incidents = q.value(2).toLongLong(), repeats30 = q.value(3).toLongLong(),
                     repeats90 = q.value(4).toLongLong();
        const auto types = unpackCounts(q.value(5).toString());
        const auto triggers = unpackCounts(q.value(6).toString());
        const QString hourText = q.value(7).toString();
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
    return {};
}

Status readLosses(KpiScan& s)
{
    QSqlQuery q(s.db);
    LP_TRY(selectRollup(s, q,
                        QStringLiteral("SELECT l.case_id, l.transaction_id, l.currency, l.amount FROM "
                                       "kpi_case_losses l JOIN (SELECT case_id FROM kpi_cases%1) c ON "
                                       "c.case_id = l.case_id")));
    while (q.next())
        s.losses[q.value(0).toString()] << kpi::PosLoss {q.value(1).toString(), q.value(2).toString(),
                                                         q.value(3).toLongLong()};
    return {};
}

Status countCases(KpiScan& s, const QMap<QString, QStringList>& lists)
{
    LP_TRY(readLosses(s));
    QSqlQuery q(s.db);
    LP_TRY(selectRollup(s, q,
                        QStringLiteral("SELECT case_id, store_id, day, type, detected_ms, created_ms, decided_ms, "
                                       "reported_ms, closed_ms, closed, need_pos, has_pos, has_statement, "
                                       "has_suspect, has_clip, followed, recovered, outcomes FROM kpi_cases%1 "
                                       "ORDER BY detected_ms, case_id")));
    const QStringList fallback = lists.value(QStringLiteral("*"), KpiReporter::checklistItems());
    QHash<QString, QStringList> itemsByType; // the checklist of each anchor type, looked up once
    while (q.next()) {
        CaseRow c;
        c.anchor.store = wantedStore(s, q.value(1).toString());
        c.anchor.localDate = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        if (c.anchor.store < 0 || !c.anchor.localDate.isValid())
            continue;
        c.id = q.value(0).toString();
        c.anchor.type = q.value(3).toString();
        c.detected = q.value(4).toLongLong();
        c.createdAt = q.value(5).toLongLong();
        c.decidedAt = q.value(6).toLongLong();
        c.reportedAt = q.value(7).toLongLong();
        c.closedAt = q.value(8).toLongLong();
        if (q.value(9).toBool())
            c.status = QStringLiteral("closed");
        c.needPos = q.value(10).toBool();
        c.hasPos = q.value(11).toBool();
        c.hasStatement = q.value(12).toBool();
        c.hasSuspect = q.value(13).toBool();
        c.hasClip = q.value(14).toBool();
        const bool followed = q.value(15).toBool();
        const double recovered = q.value(16).toDouble();
        QMap<QString, qint64> outcomes;
        for (const auto& [kind, n] : unpackCounts(q.value(17).toString()))
            outcomes.insert(kind, n);
        auto items = itemsByType.constFind(c.anchor.type);
        if (items == itemsByType.constEnd())
            items = itemsByType.insert(c.anchor.type, lists.value(c.anchor.type, fallback));
        const bool complete = kpi::caseComplete(c, *items);
        const QList<kpi::PosLoss> losses = s.losses.value(c.id);
        s.each(c.anchor, [&](Accumulator& a) { a.addCase(c.id, c, complete, followed, outcomes, recovered, losses); });
    }
    return {};
}

} // namespace

Result<KpiReport> KpiReporter::compute(const KpiFilter& filter)
{
    LP_TRY(Permissions::require(m_db.session(), Action::ReadKpis));
    KpiScan scan(filter, m_db.connection());
    LP_TRY(kpi::readKpiStores(scan));
    LP_TRY(kpi::checkKpiFilter(scan));
    // Writes made outside a Transaction (a plain statement, the sqlcipher tool) left marks: rollups first.
    auto pending = KpiRollup::pending(scan.db);
    if (!pending)
        return pending.error();
    if (*pending) {
        Transaction tx(scan.db);
        LP_TRY(KpiRollup::flush(scan.db));
        LP_TRY(tx.commit());
    }
    auto lists = checklists();
    if (!lists)
        return lists.error();
    LP_TRY(countDays(scan));
    LP_TRY(countCases(scan, *lists));
    return kpi::finishKpiReport(scan);
}

} // namespace lpdesk

// KpiRollup: keeping the KPI rollups (migration 028) — what the triggers marked, turned into rollup rows before the
// transaction commits; a full recomputation for rebuild and for `db check`. The counting is KpiCompute.cpp's own
// (readIncidentRows, markRepeats, readKpiCases, readKpiCaseFacts), so a rollup holds what a scan would count.
#include "metrics/KpiRollup.h"

#include "auth/Permissions.h"
#include "auth/Session.h"
#include "db/CaseDatabase.h"
#include "db/CommitHook.h"
#include "db/SqlRow.h"
#include "metrics/KpiInternal.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSet>
#include <QSqlRecord>

#include <array>

namespace lpdesk {

namespace {

using kpi::CaseRow;
using kpi::DayMs;
using kpi::IncidentRow;
using kpi::KpiScan;

const QString kMarkedIncidents = QStringLiteral("SELECT id FROM kpi_dirty WHERE kind = 'incident'");
const QString kMarkedCases = QStringLiteral("SELECT id FROM kpi_dirty WHERE kind = 'case'");
// Above this many marked incidents (a bulk import, a store's zone changed) one recomputation is quicker.
constexpr qint64 kRebuildAbove = 20000;

// A rollup table's rows: key → the row's values in column order (what is written and what db check compares).
using RollupRows = QMap<QString, QVariantList>;

struct RollupTable
{
    const char* name;
    const char* columns;
    int keyColumns;
};

const std::array<RollupTable, 4> kRollupTables {{
    {"kpi_incidents", "incident_id, store_id, type, trigger, at_ms, day, hour, repeat30, repeat90", 1},
    {"kpi_days", "day, store_id, incidents, repeats30, repeats90, by_type, by_trigger, by_hour", 2},
    {"kpi_cases",
     "case_id, store_id, day, type, detected_ms, created_ms, decided_ms, reported_ms, closed_ms, closed, need_pos, "
     "has_pos, has_statement, has_suspect, has_clip, followed, recovered, outcomes",
     1},
    {"kpi_case_losses", "case_id, transaction_id, currency, amount", 2},
}};

struct Rollups
{
    std::array<RollupRows, 4> tables; // in kRollupTables' order
};

QString valueText(const QVariant& v)
{
    if (v.typeId() == QMetaType::Double)
        return QString::number(v.toDouble(), 'g', 17);
    return v.toString();
}

QString keyOf(const QVariantList& values, int keyColumns)
{
    QStringList key;
    for (int i = 0; i < keyColumns; ++i)
        key << values[i].toString();
    return key.join(QLatin1Char(' '));
}

void put(RollupRows& rows, const RollupTable& table, const QVariantList& values)
{
    rows.insert(keyOf(values, table.keyColumns), values);
}

QString packCounts(const QMap<QString, qint64>& counts)
{
    QStringList parts;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        parts << it.key() + QLatin1Char('=') + QString::number(it.value());
    return parts.join(QLatin1Char(','));
}

// One store-local day's incidents at one store.
struct DayCounts
{
    qint64 incidents = 0, repeats30 = 0, repeats90 = 0;
    QMap<QString, qint64> types, triggers;
    std::array<qint64, 24> hours {};

    void add(const QString& type, const QString& trigger, int hour, bool repeat30, bool repeat90)
    {
        ++incidents;
        repeats30 += repeat30 ? 1 : 0;
        repeats90 += repeat90 ? 1 : 0;
        ++types[type];
        ++triggers[trigger];
        ++hours[static_cast<size_t>(std::clamp(hour, 0, 23))];
    }

    QVariantList values(const QString& day, const QString& store) const
    {
        QStringList h;
        for (qint64 n : hours)
            h << QString::number(n);
        return {day,
                store,
                incidents,
                repeats30,
                repeats90,
                packCounts(types),
                packCounts(triggers),
                h.join(QLatin1Char(','))};
    }
};

QString dayText(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

QVariantList incidentValues(const KpiScan& s, const IncidentRow& r)
{
    return {r.id,   s.storeIds[r.store], r.type,         r.trigger, r.at, dayText(r.localDate),
            r.hour, int(r.repeat30),     int(r.repeat90)};
}

// The cases s has read, with their facts, as kpi_cases and kpi_case_losses rows.
Status caseRollups(KpiScan& s, Rollups& out)
{
    LP_TRY(kpi::readKpiCases(s));
    LP_TRY(kpi::readKpiCaseFacts(s));
    for (auto it = s.cases.constBegin(); it != s.cases.constEnd(); ++it) {
        const CaseRow& c = *it;
        put(out.tables[2], kRollupTables[2],
            {c.id, c.anchorStore, dayText(c.anchor.localDate), c.anchorType, c.detected, c.createdAt, c.decidedAt,
             c.reportedAt, c.closedAt, int(c.status == QLatin1String("closed")), int(c.needPos), int(c.hasPos),
             int(c.hasStatement), int(c.hasSuspect), int(c.hasClip), int(kpi::followedUpInTime(s, c.id, c)),
             s.recovered.value(c.id), packCounts(kpi::outcomesOf(s, c.id))});
        for (const kpi::PosLoss& l : s.losses.value(c.id))
            put(out.tables[3], kRollupTables[3], {c.id, l.transaction, l.currency, l.amount});
    }
    return {};
}

// Every rollup row, recomputed from the records.
Result<Rollups> recompute(QSqlDatabase& db)
{
    const KpiFilter everything;
    KpiScan s(everything, db);
    LP_TRY(kpi::readKpiStores(s));
    LP_TRY(kpi::readIncidentRows(s, QString(), QString()));
    kpi::markRepeats(s.incidents);
    Rollups out;
    QMap<QPair<QString, QString>, DayCounts> days;
    for (const IncidentRow& r : std::as_const(s.incidents)) {
        put(out.tables[0], kRollupTables[0], incidentValues(s, r));
        days[qMakePair(dayText(r.localDate), s.storeIds[r.store])].add(r.type, r.trigger, r.hour, r.repeat30,
                                                                       r.repeat90);
    }
    for (auto it = days.constBegin(); it != days.constEnd(); ++it)
        put(out.tables[1], kRollupTables[1], it->values(it.key().first, it.key().second));
    LP_TRY(caseRollups(s, out));
    return out;
}

Status execSql(QSqlDatabase& db, const QString& sql, const QVariantList& binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return failure(QStringLiteral("%1: %2").arg(sql.left(80), q.lastError().text()));
    return {};
}

Status writeRows(QSqlDatabase& db, const RollupTable& table, const RollupRows& rows)
{
    if (rows.isEmpty())
        return {};
    const int n = static_cast<int>(QString::fromLatin1(table.columns).count(QLatin1Char(',')) + 1);
    QStringList marks;
    for (int i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO %1 (%2) VALUES (%3)")
                  .arg(QLatin1String(table.name), QLatin1String(table.columns), marks.join(QLatin1Char(','))));
    for (const QVariantList& values : rows) {
        for (int i = 0; i < n; ++i)
            q.bindValue(i, values[i]);
        if (!q.exec())
            return failure(q.lastError().text());
    }
    return {};
}

// An incident's place in its series (store and type, by detection time then id).
struct SeriesPlace
{
    QString store, type, id;
    qint64 at = 0;
};

// Sets repeat30/90 of the incident right after `after` in its series, or of `after` itself (self), from its
// predecessor; notes the day of a row that changed.
Status refreshFlags(QSqlDatabase& db, const SeriesPlace& after, bool self, QSet<QPair<QString, QString>>& touched)
{
    QSqlQuery q(db);
    q.prepare(self ? QStringLiteral("SELECT incident_id, at_ms, day, repeat30, repeat90 FROM kpi_incidents WHERE "
                                    "incident_id = ?")
                   : QStringLiteral("SELECT incident_id, at_ms, day, repeat30, repeat90 FROM kpi_incidents WHERE "
                                    "store_id = ? AND type = ? AND (at_ms, incident_id) > (?, ?) ORDER BY at_ms, "
                                    "incident_id LIMIT 1"));
    if (self)
        q.addBindValue(after.id);
    else
        for (const QVariant& v : {QVariant(after.store), QVariant(after.type), QVariant(after.at), QVariant(after.id)})
            q.addBindValue(v);
    if (!q.exec())
        return failure(q.lastError().text());
    if (!q.next())
        return {};
    const SqlRow row(q);
    const QString id = row.string("incident_id");
    const qint64 at = row.int64("at_ms");
    const QString day = row.string("day");
    const bool was30 = row.boolean("repeat30"), was90 = row.boolean("repeat90");
    q.finish();
    QSqlQuery p(db);
    p.prepare(QStringLiteral("SELECT at_ms FROM kpi_incidents WHERE store_id = ? AND type = ? AND (at_ms, "
                             "incident_id) < (?, ?) ORDER BY at_ms DESC, incident_id DESC LIMIT 1"));
    for (const QVariant& v : {QVariant(after.store), QVariant(after.type), QVariant(at), QVariant(id)})
        p.addBindValue(v);
    if (!p.exec())
        return failure(p.lastError().text());
    const qint64 gap = p.next() ? at - SqlRow(p).int64("at_ms") : -1;
    const bool is30 = gap >= 0 && gap <= 30 * DayMs, is90 = gap >= 0 && gap <= 90 * DayMs;
    if (is30 == was30 && is90 == was90)
        return {};
    touched.insert(qMakePair(day, after.store));
    return execSql(db, QStringLiteral("UPDATE kpi_incidents SET repeat30 = ?, repeat90 = ? WHERE incident_id = ?"),
                   {int(is30), int(is90), id});
}

// A day's row from its incidents' rows.
Status refreshDay(QSqlDatabase& db, const QString& day, const QString& store)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT type, trigger, hour, repeat30, repeat90 FROM kpi_incidents WHERE store_id = ? "
                             "AND day = ?"));
    q.addBindValue(store);
    q.addBindValue(day);
    if (!q.exec())
        return failure(q.lastError().text());
    DayCounts counts;
    const SqlRow incident(q);
    while (q.next())
        counts.add(incident.string("type"), incident.string("trigger"), incident.integer("hour"),
                   incident.boolean("repeat30"), incident.boolean("repeat90"));
    LP_TRY(execSql(db, QStringLiteral("DELETE FROM kpi_days WHERE day = ? AND store_id = ?"), {day, store}));
    if (counts.incidents == 0)
        return {};
    RollupRows row;
    put(row, kRollupTables[1], counts.values(day, store));
    return writeRows(db, kRollupTables[1], row);
}

// The marked incidents: their old rows out, their present rows in, the repeat flags of every row whose predecessor
// changed (each marked incident's and the one after each old and new place), then the days touched.
Status flushIncidents(KpiScan& s)
{
    QSqlDatabase& db = s.db;
    QList<SeriesPlace> places;
    QSet<QPair<QString, QString>> touched;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT incident_id, store_id, type, at_ms, day FROM kpi_incidents WHERE incident_id "
                               "IN (%1)")
                    .arg(kMarkedIncidents)))
        return failure(q.lastError().text());
    const SqlRow row(q);
    while (q.next()) {
        places << SeriesPlace {row.string("store_id"), row.string("type"), row.string("incident_id"),
                               row.int64("at_ms")};
        touched.insert(qMakePair(row.string("day"), row.string("store_id")));
    }
    q.finish();
    LP_TRY(execSql(db, QStringLiteral("DELETE FROM kpi_incidents WHERE incident_id IN (%1)").arg(kMarkedIncidents)));
    LP_TRY(kpi::readIncidentRows(s, QString(), QString(), QStringLiteral("id IN (%1)").arg(kMarkedIncidents)));
    RollupRows added;
    QList<SeriesPlace> fresh;
    for (IncidentRow& r : s.incidents) {
        r.repeat30 = r.repeat90 = false;
        put(added, kRollupTables[0], incidentValues(s, r));
        fresh << SeriesPlace {s.storeIds[r.store], r.type, r.id, r.at};
        touched.insert(qMakePair(dayText(r.localDate), s.storeIds[r.store]));
    }
    LP_TRY(writeRows(db, kRollupTables[0], added));
    for (const SeriesPlace& p : std::as_const(fresh))
        LP_TRY(refreshFlags(db, p, true, touched));
    for (const SeriesPlace& p : std::as_const(places) + fresh)
        LP_TRY(refreshFlags(db, p, false, touched));
    for (const auto& [day, store] : std::as_const(touched))
        LP_TRY(refreshDay(db, day, store));
    return {};
}

Status flushCases(KpiScan& s)
{
    s.caseScope = kMarkedCases;
    Rollups rows;
    LP_TRY(caseRollups(s, rows));
    for (const char* table : {"kpi_cases", "kpi_case_losses"})
        LP_TRY(execSql(s.db,
                       QStringLiteral("DELETE FROM %1 WHERE case_id IN (%2)").arg(QLatin1String(table), kMarkedCases)));
    LP_TRY(writeRows(s.db, kRollupTables[2], rows.tables[2]));
    return writeRows(s.db, kRollupTables[3], rows.tables[3]);
}

Result<RollupRows> storedRows(QSqlDatabase& db, const RollupTable& table)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2").arg(QLatin1String(table.columns), QLatin1String(table.name))))
        return failure(q.lastError().text());
    RollupRows rows;
    const int n = q.record().count();
    while (q.next()) {
        QVariantList values;
        for (int i = 0; i < n; ++i)
            values << q.value(i);
        put(rows, table, values);
    }
    return rows;
}

QString rowText(const QVariantList& values)
{
    QStringList parts;
    for (const QVariant& v : values)
        parts << valueText(v);
    return parts.join(QLatin1Char('|'));
}

// What differs between a table as stored and as recomputed, by row key.
QStringList compareRows(const RollupRows& stored, const RollupRows& expected)
{
    QStringList out;
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
        const auto found = stored.constFind(it.key());
        if (found == stored.constEnd())
            out << KpiRollup::tr("%1 missing").arg(it.key());
        else if (rowText(*found) != rowText(*it))
            out << KpiRollup::tr("%1 is %2, the records give %3").arg(it.key(), rowText(*found), rowText(*it));
    }
    for (auto it = stored.constBegin(); it != stored.constEnd(); ++it)
        if (!expected.contains(it.key()))
            out << KpiRollup::tr("%1 has no records behind it").arg(it.key());
    return out;
}

} // namespace

void KpiRollup::install()
{
    setBeforeCommit(&KpiRollup::flush);
}

Result<bool> KpiRollup::pending(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM kpi_dirty) AS pending")) || !q.next())
        return failure(q.lastError().text());
    return SqlRow(q).boolean("pending");
}

Status KpiRollup::flushPending(QSqlDatabase& db)
{
    auto marked = pending(db);
    if (!marked)
        return marked.error();
    if (!*marked)
        return {};
    Transaction tx(db);
    LP_TRY(flush(db));
    return tx.commit();
}

Status KpiRollup::flush(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT kind, count(*) AS n FROM kpi_dirty GROUP BY kind"))) {
        if (q.lastError().text().contains(QLatin1String("no such table")))
            return {};
        return failure(q.lastError().text());
    }
    QHash<QString, qint64> marks;
    const SqlRow row(q);
    while (q.next())
        marks.insert(row.string("kind"), row.int64("n"));
    q.finish();
    if (marks.isEmpty())
        return {};
    if (marks.contains(QStringLiteral("all")) || marks.value(QStringLiteral("incident")) > kRebuildAbove)
        return rebuildIn(db);
    const KpiFilter everything;
    KpiScan s(everything, db);
    LP_TRY(kpi::readKpiStores(s));
    if (marks.contains(QStringLiteral("incident")))
        LP_TRY(flushIncidents(s));
    if (marks.contains(QStringLiteral("case")))
        LP_TRY(flushCases(s));
    return execSql(db, QStringLiteral("DELETE FROM kpi_dirty"));
}

Status KpiRollup::rebuildIn(QSqlDatabase& db)
{
    for (const RollupTable& t : kRollupTables)
        LP_TRY(execSql(db, QStringLiteral("DELETE FROM %1").arg(QLatin1String(t.name))));
    LP_TRY(execSql(db, QStringLiteral("DELETE FROM kpi_dirty")));
    auto rows = recompute(db);
    if (!rows)
        return rows.error();
    for (size_t i = 0; i < kRollupTables.size(); ++i)
        LP_TRY(writeRows(db, kRollupTables[i], rows->tables[i]));
    return {};
}

QStringList KpiRollup::differences(QSqlDatabase& db)
{
    QSqlQuery sp(db);
    if (!sp.exec(QStringLiteral("SAVEPOINT kpi_check")))
        return {tr("The KPI rollups could not be checked: %1").arg(sp.lastError().text())};
    const auto undo = qScopeGuard([&db] {
        QSqlQuery r(db);
        r.exec(QStringLiteral("ROLLBACK TO kpi_check"));
        r.exec(QStringLiteral("RELEASE kpi_check"));
    });
    if (Status flushed = flush(db); !flushed)
        return {tr("The KPI rollups could not be checked: %1").arg(flushed.errorMessage())};
    auto expected = recompute(db);
    if (!expected)
        return {tr("The KPI rollups could not be checked: %1").arg(expected.errorMessage())};
    QStringList out;
    for (size_t i = 0; i < kRollupTables.size(); ++i) {
        auto stored = storedRows(db, kRollupTables[i]);
        if (!stored) {
            out << tr("The KPI rollup %1 cannot be read: %2")
                       .arg(QLatin1String(kRollupTables[i].name), stored.errorMessage());
            continue;
        }
        const QStringList rows = compareRows(*stored, expected->tables[i]);
        if (!rows.isEmpty())
            out << tr("The KPI rollup %1 does not match the records it sums (%n row(s) differ: %2); an administrator "
                      "recomputes it with `lpdesk-cli kpi rebuild`.",
                      nullptr, static_cast<int>(rows.size()))
                       .arg(QLatin1String(kRollupTables[i].name), rows.mid(0, 3).join(QStringLiteral("; ")));
    }
    return out;
}

Result<QStringList> KpiRollup::rebuild(CaseDatabase& caseDb)
{
    LP_TRY(Permissions::require(caseDb.session(), Action::RebuildKpiRollups));
    QSqlDatabase db = caseDb.connection();
    const QStringList found = differences(db);
    Transaction tx(db);
    LP_TRY(rebuildIn(db));
    LP_TRY(caseDb.auditIn(db, QStringLiteral("kpi_rollups_rebuilt"),
                          QJsonObject {{QLatin1String("differences"), QJsonArray::fromStringList(found)}}));
    LP_TRY(tx.commit());
    return found;
}

void KpiRollup::addCheckTo(CaseDatabase& db)
{
    db.addCheck([](QSqlDatabase& connection, DatabaseCheck& report) { report.problems << differences(connection); });
}

} // namespace lpdesk

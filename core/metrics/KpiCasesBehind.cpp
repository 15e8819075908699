#include "metrics/KpiCasesBehind.h"

#include "auth/Permissions.h"
#include "auth/Session.h"
#include "db/CaseDatabase.h"
#include "db/SqlRow.h"
#include "metrics/KpiInternal.h"
#include "metrics/KpiRollup.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace lpdesk {

// Named rather than anonymous: the unity build puts this file beside KpiReport.cpp's own helpers.
namespace casesbehind {

using kpi::IncidentRow;
using kpi::KpiScan;

QJsonValue opt(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

// The rollup rows of the filter's period and store: " WHERE …" on day and store_id, its values bound in order.
QString periodWhere(const KpiFilter& f, QVariantList& binds)
{
    QStringList terms {QStringLiteral("1 = 1")};
    if (f.from.isValid()) {
        terms << QStringLiteral("day >= ?");
        binds << f.from.toString(Qt::ISODate);
    }
    if (f.to.isValid()) {
        terms << QStringLiteral("day <= ?");
        binds << f.to.toString(Qt::ISODate);
    }
    if (!f.store.isEmpty()) {
        terms << QStringLiteral("store_id = ?");
        binds << f.store;
    }
    return QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

Status execWhere(KpiScan& s, QSqlQuery& q, const QString& sql)
{
    QVariantList binds;
    q.setForwardOnly(true);
    q.prepare(sql.arg(periodWhere(s.filter, binds)));
    for (const QVariant& b : binds)
        q.addBindValue(b);
    return q.exec() ? Status() : failure(q.lastError().text());
}

// The row's anchor (store and store-local day) when the filter wants it and it falls in `group`.
std::optional<IncidentRow> inGroup(const KpiScan& s, const SqlRow& row, const QString& group, QString* key)
{
    IncidentRow r;
    r.store = s.storeIndex.value(row.string("store_id"), -1);
    r.localDate = QDate::fromString(row.string("day"), Qt::ISODate);
    if (r.store < 0 || !s.storeWanted(r.store) || !r.localDate.isValid())
        return std::nullopt;
    *key = s.filter.by.isEmpty() ? QString() : s.groupOf(r);
    if (!group.isEmpty() && *key != group)
        return std::nullopt;
    return r;
}

QStringList missingItems(const SqlRow& row, const QStringList& items)
{
    QStringList missing;
    if (items.contains(QLatin1String("clip")) && !row.boolean("has_clip"))
        missing << QStringLiteral("clip");
    if (items.contains(QLatin1String("pos")) && row.boolean("need_pos") && !row.boolean("has_pos"))
        missing << QStringLiteral("pos");
    if (items.contains(QLatin1String("statement")) && !row.boolean("has_statement"))
        missing << QStringLiteral("statement");
    if (items.contains(QLatin1String("suspect")) && !row.boolean("has_suspect"))
        missing << QStringLiteral("suspect");
    return missing;
}

// One case of kpi_cases as a line of `kpi`'s list; nullopt when the case is not in that KPI's population.
std::optional<KpiCaseLine> caseLine(const SqlRow& row, const QString& kpi, const QStringList& items)
{
    KpiCaseLine line;
    line.caseId = row.string("case_id");
    const qint64 reported = row.int64("reported_ms");
    const bool reportedKpi = kpi == QLatin1String("mttr") || kpi == QLatin1String("mttr_p90")
        || kpi == QLatin1String("completeness") || kpi == QLatin1String("followup");
    if (reportedKpi && reported < 0)
        return std::nullopt;
    if (kpi == QLatin1String("mttr") || kpi == QLatin1String("mttr_p90"))
        line.seconds = static_cast<double>(reported - row.int64("detected_ms")) / 1000.0;
    if (kpi == QLatin1String("completeness")) {
        line.missing = missingItems(row, items);
        line.counted = line.missing.isEmpty();
    } else if (kpi == QLatin1String("followup")) {
        line.counted = row.boolean("followed");
    } else if (kpi == QLatin1String("closure")) {
        line.counted = row.boolean("closed");
    } else {
        line.counted = true; // cases, mttr (mttr_p90 is decided once the p90 is known)
    }
    return line;
}

Status readCaseLines(KpiScan& s, KpiCaseList& out, const QMap<QString, QStringList>& lists)
{
    QSqlQuery q(s.db);
    LP_TRY(execWhere(s, q,
                     QStringLiteral("SELECT case_id, store_id, day, type, detected_ms, reported_ms, closed, need_pos, "
                                    "has_pos, has_statement, has_suspect, has_clip, followed FROM kpi_cases%1 "
                                    "ORDER BY detected_ms, case_id")));
    const SqlRow row(q);
    const QStringList fallback = lists.value(QStringLiteral("*"), KpiReporter::checklistItems());
    while (q.next()) {
        QString key;
        const auto anchor = inGroup(s, row, out.group, &key);
        if (!anchor)
            continue;
        const QString type = row.string("type");
        auto line = caseLine(row, out.kpi, lists.value(type, fallback));
        if (!line)
            continue;
        line->store = s.storeIds[anchor->store];
        line->day = anchor->localDate;
        line->type = type;
        line->group = key;
        out.lines << *line;
    }
    return {};
}

// The period's repeat incidents (30 days) of the group, each with a case holding it, and every incident as the
// population.
Status readRepeatLines(KpiScan& s, KpiCaseList& out)
{
    QSqlQuery q(s.db);
    LP_TRY(
        execWhere(s, q,
                  QStringLiteral("SELECT k.incident_id AS incident_id, k.store_id AS store_id, k.day AS day, k.type AS "
                                 "type, (SELECT MIN(ci.case_id) FROM case_incidents ci WHERE ci.incident_id = "
                                 "k.incident_id) AS case_id FROM "
                                 "(SELECT * FROM kpi_incidents%1) k WHERE k.repeat30 = 1 ORDER BY k.at_ms, "
                                 "k.incident_id")));
    const SqlRow row(q);
    while (q.next()) {
        KpiCaseLine line;
        const auto anchor = inGroup(s, row, out.group, &line.group);
        if (!anchor)
            continue;
        line.caseId = row.string("case_id");
        line.incidentId = row.string("incident_id");
        line.store = s.storeIds[anchor->store];
        line.day = anchor->localDate;
        line.type = row.string("type");
        line.counted = true;
        out.lines << line;
    }
    // The rate is over every incident of the group: kpi_days counts them per store and day.
    QSqlQuery days(s.db);
    LP_TRY(execWhere(s, days, QStringLiteral("SELECT store_id, day, incidents FROM kpi_days%1")));
    const SqlRow dayRow(days);
    while (days.next()) {
        QString key;
        if (inGroup(s, dayRow, out.group, &key))
            out.population += dayRow.int64("incidents");
    }
    return {};
}

// The earliest incident of each listed case (kpi_cases keeps its store, day and type, not its id).
Status readAnchorIncidents(KpiScan& s, KpiCaseList& out)
{
    if (out.kpi == QLatin1String("repeat") || out.lines.isEmpty())
        return {};
    QSqlQuery q(s.db);
    LP_TRY(execWhere(s, q,
                     QStringLiteral("SELECT ci.case_id, i.id AS incident_id, i.detected_at FROM case_incidents ci "
                                    "JOIN incidents i ON i.id = ci.incident_id WHERE ci.case_id IN (SELECT case_id "
                                    "FROM kpi_cases%1)")));
    const SqlRow row(q);
    QHash<QString, QPair<qint64, QString>> earliest;
    while (q.next()) {
        const qint64 at = kpi::utcMs(row.string("detected_at"));
        const QString id = row.string("incident_id");
        auto it = earliest.find(row.string("case_id"));
        if (at < 0)
            continue;
        if (it == earliest.end())
            earliest.insert(row.string("case_id"), qMakePair(at, id));
        else if (at < it->first || (at == it->first && id < it->second))
            *it = qMakePair(at, id);
    }
    for (KpiCaseLine& line : out.lines)
        line.incidentId = earliest.value(line.caseId).second;
    return {};
}

// Counts, and the figure itself from the lines (as KpiReporter computes it from the same rows).
void finish(KpiCaseList& out)
{
    QList<double> times;
    for (const KpiCaseLine& line : std::as_const(out.lines))
        if (line.seconds)
            times << *line.seconds;
    if (out.kpi == QLatin1String("mttr_p90")) {
        out.value = kpi::p90(times);
        for (KpiCaseLine& line : out.lines)
            line.counted = out.value && line.seconds && *line.seconds >= *out.value;
    }
    if (out.kpi != QLatin1String("repeat"))
        out.population = out.lines.size();
    for (const KpiCaseLine& line : std::as_const(out.lines))
        out.counted += line.counted ? 1 : 0;
    if (out.kpi == QLatin1String("mttr"))
        out.value = kpi::median(times);
    else if (out.kpi == QLatin1String("cases"))
        out.value = out.population > 0 ? std::optional<double>(static_cast<double>(out.population)) : std::nullopt;
    else if (out.kpi != QLatin1String("mttr_p90"))
        out.value = kpi::rate(out.counted, out.population);
}

} // namespace casesbehind

QJsonObject KpiCaseLine::toJson() const
{
    QJsonObject o {{QLatin1String("case"), caseId.isEmpty() ? QJsonValue() : QJsonValue(caseId)},
                   {QLatin1String("incident"), incidentId},
                   {QLatin1String("store"), store},
                   {QLatin1String("day"), day.toString(Qt::ISODate)},
                   {QLatin1String("type"), type},
                   {QLatin1String("counted"), counted}};
    if (!group.isEmpty())
        o.insert(QLatin1String("group"), group);
    if (seconds)
        o.insert(QLatin1String("seconds"), *seconds);
    if (!missing.isEmpty())
        o.insert(QLatin1String("missing"), QJsonArray::fromStringList(missing));
    return o;
}

QJsonObject KpiCaseList::toJson() const
{
    QJsonArray arr;
    for (const KpiCaseLine& line : lines)
        arr.append(line.toJson());
    return {{QLatin1String("kpi"), kpi},
            {QLatin1String("group"), group.isEmpty() ? QJsonValue() : QJsonValue(group)},
            {QLatin1String("value"), casesbehind::opt(value)},
            {QLatin1String("counted"), counted},
            {QLatin1String("population"), population},
            {QLatin1String("cases"), arr}};
}

QStringList KpiCasesBehind::kpis()
{
    return {QStringLiteral("cases"),        QStringLiteral("mttr"),     QStringLiteral("mttr_p90"),
            QStringLiteral("completeness"), QStringLiteral("followup"), QStringLiteral("closure"),
            QStringLiteral("repeat")};
}

bool KpiCasesBehind::periodDates(const QString& key, QDate* from, QDate* to)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{4})-(?:(\\d{2})(?:-(\\d{2}))?|W(\\d{2})|Q([1-4]))\\z"));
    const QRegularExpressionMatch m = form.match(key);
    if (!m.hasMatch())
        return false;
    const int year = m.captured(1).toInt();
    if (!m.captured(3).isEmpty()) {
        *from = *to = QDate::fromString(key, Qt::ISODate);
    } else if (!m.captured(2).isEmpty()) {
        *from = QDate(year, m.captured(2).toInt(), 1);
        *to = from->addMonths(1).addDays(-1);
    } else if (!m.captured(4).isEmpty()) {
        const QDate jan4(year, 1, 4); // ISO week 1 holds 4 January
        *from = jan4.addDays(1 - jan4.dayOfWeek() + 7 * (m.captured(4).toInt() - 1));
        *to = from->addDays(6);
        int weekYear = 0;
        if (from->weekNumber(&weekYear) != m.captured(4).toInt() || weekYear != year)
            return false;
    } else {
        *from = QDate(year, 3 * (m.captured(5).toInt() - 1) + 1, 1);
        *to = from->addMonths(3).addDays(-1);
    }
    return from->isValid() && to->isValid();
}

KpiCasesBehind::KpiCasesBehind(CaseDatabase& db) : m_db(db)
{
    KpiRollup::install();
}

Result<KpiCaseList> KpiCasesBehind::list(const KpiFilter& filter, const QString& kpi, const QString& group)
{
    LP_TRY(Permissions::require(m_db.session(), Action::ReadKpis));
    if (!kpis().contains(kpi))
        return makeError(ErrorKind::Usage, tr("The KPI is one of: %1.").arg(kpis().join(QStringLiteral(", "))));
    if (!group.isEmpty() && filter.by.isEmpty())
        return makeError(ErrorKind::Usage, tr("A group needs a grouping (lpdesk-cli: --by)."));
    kpi::KpiScan scan(filter, m_db.connection());
    LP_TRY(kpi::readKpiStores(scan));
    LP_TRY(kpi::checkKpiFilter(scan));
    // Writes made outside a Transaction left marks: rollups first, as KpiReporter::compute does.
    LP_TRY(KpiRollup::flushPending(scan.db));
    auto lists = KpiReporter(m_db).checklists();
    if (!lists)
        return lists.error();
    KpiCaseList out;
    out.kpi = kpi;
    out.group = group;
    LP_TRY(kpi == QLatin1String("repeat") ? casesbehind::readRepeatLines(scan, out)
                                          : casesbehind::readCaseLines(scan, out, *lists));
    LP_TRY(casesbehind::readAnchorIncidents(scan, out));
    casesbehind::finish(out);
    return out;
}

} // namespace lpdesk

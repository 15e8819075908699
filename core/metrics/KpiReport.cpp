#include "metrics/KpiReport.h"

#include "metrics/KpiInternal.h"
#include "metrics/KpiRollup.h"

#include "auth/Permissions.h"
#include "auth/Session.h"
#include "cases/CaseService.h"
#include "common/Time.h"
#include "db/CaseDatabase.h"
#include "model/Currency.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace lpdesk {

namespace {

QJsonValue opt(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

// What a case's checklist is judged on: its earliest incident's type, whether an incident names a register or a
// suspect, and whether a usable clip covers one of its incidents.
struct ChecklistFacts
{
    QString type;
    bool needPos = false;
    bool hasSuspect = false;
    bool hasClip = false;
};

Result<ChecklistFacts> readChecklistFacts(QSqlDatabase& db, const QString& caseId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT i.id, i.type, i.detected_at, i.register_id, i.suspects_json FROM incidents i "
                             "JOIN case_incidents ci ON ci.incident_id = i.id WHERE ci.case_id = ? "
                             "ORDER BY i.detected_at, i.id"));
    q.addBindValue(caseId);
    if (!q.exec())
        return failure(q.lastError().text());
    ChecklistFacts facts;
    QHash<QString, qint64> at;
    qint64 earliest = -1;
    QString earliestId;
    while (q.next()) {
        // The checklist of the earliest incident's type; equal times go by incident id (as the KPI does).
        const QString id = q.value(0).toString();
        const qint64 t = kpi::utcMs(q.value(2).toString());
        if (t >= 0 && (earliest < 0 || t < earliest || (t == earliest && id < earliestId))) {
            earliest = t;
            earliestId = id;
            facts.type = q.value(1).toString();
        }
        at.insert(id, t);
        facts.needPos = facts.needPos || !q.value(3).toString().isEmpty();
        const QString suspects = q.value(4).toString().trimmed();
        facts.hasSuspect = facts.hasSuspect || (!suspects.isEmpty() && suspects != QLatin1String("[]"));
    }
    LP_TRY(kpi::clipCoverage(db, caseId, [&](const QString& incident, qint64 start, qint64 end) {
        const qint64 t = at.value(incident, -1);
        facts.hasClip = facts.hasClip || (t >= 0 && start <= t && t <= end);
    }));
    return facts;
}

// The procedure the case was worked under: the version in force when it was opened, not whatever is current.
Status attachProcedure(CaseDatabase& caseDb, CaseChecklist& out, const QString& createdAt)
{
    out.openedAt = createdAt;
    SopLibrary sops(caseDb);
    const QString sopType = out.type.isEmpty() ? QStringLiteral("*") : out.type;
    auto then = sops.inForceAt(sopType, parseRfc3339(createdAt));
    auto now = sops.current(sopType);
    if (!then || !now) {
        const Error& e = !then ? then.error() : now.error();
        if (e.kind != ErrorKind::Verification)
            return e;
        out.procedureProblem = e.message;
    }
    if (then)
        out.procedure = *then;
    if (then && now && now->sha256 != then->sha256)
        out.newerProcedure = *now;
    return {};
}

} // namespace

QJsonObject KpiLoss::toJson() const
{
    return {{QLatin1String("currency"), currency},
            {QLatin1String("exponent"), exponent},
            {QLatin1String("total"), Currency::toDouble(total, exponent)},
            {QLatin1String("total_minor"), total},
            {QLatin1String("median"), Currency::toDouble(median, exponent)},
            {QLatin1String("median_minor"), median},
            {QLatin1String("cases"), cases},
            {QLatin1String("transactions"), transactions}};
}

QJsonObject KpiFigures::toJson(bool withDetail) const
{
    QJsonObject o {{QLatin1String("incidents"), incidents},
                   {QLatin1String("cases"), cases},
                   {QLatin1String("reported"), reported},
                   {QLatin1String("closed"), closed},
                   {QLatin1String("mttr_median_s"), opt(mttrMedian)},
                   {QLatin1String("mttr_p90_s"), opt(mttrP90)},
                   {QLatin1String("time_to_case_median_s"), opt(toCaseMedian)},
                   {QLatin1String("time_to_decision_median_s"), opt(toDecisionMedian)},
                   {QLatin1String("time_to_close_median_s"), opt(toCloseMedian)},
                   {QLatin1String("evidence_completeness"), opt(evidenceCompleteness)},
                   {QLatin1String("followup_rate"), opt(followupRate)},
                   {QLatin1String("closure_rate"), opt(closureRate)},
                   {QLatin1String("repeat_incident_rate"), opt(repeatRate)},
                   {QLatin1String("repeat_incident_rate_90d"), opt(repeatRate90)},
                   {QLatin1String("recovered_value"), recoveredValue}};
    if (!key.isEmpty())
        o.insert(QLatin1String("key"), key);
    QJsonObject out;
    for (const QString& k : {QStringLiteral("arrest"), QStringLiteral("charged"), QStringLiteral("recovered"),
                             QStringLiteral("closed"), QStringLiteral("contact")})
        out.insert(k, outcomes.value(k));
    o.insert(QLatin1String("outcomes"), out);
    QJsonArray losses;
    for (const KpiLoss& l : loss)
        losses.append(l.toJson());
    o.insert(QLatin1String("loss"), losses);
    if (withDetail) {
        QJsonObject types, triggers;
        for (auto it = byType.constBegin(); it != byType.constEnd(); ++it)
            types.insert(it.key(), it.value());
        for (auto it = byTrigger.constBegin(); it != byTrigger.constEnd(); ++it)
            triggers.insert(it.key(), it.value());
        QJsonArray heatRows;
        for (const auto& row : heat) {
            QJsonArray r;
            for (qint64 v : row)
                r.append(v);
            heatRows.append(r);
        }
        o.insert(QLatin1String("by_type"), types);
        o.insert(QLatin1String("by_trigger"), triggers);
        o.insert(QLatin1String("hour_by_weekday"), heatRows);
        QJsonArray repeatStores;
        for (const auto& [store, repeats] : topRepeatStores())
            repeatStores.append(QJsonObject {{QLatin1String("store"), store}, {QLatin1String("repeats"), repeats}});
        o.insert(QLatin1String("top_repeat_stores"), repeatStores);
        o.insert(QLatin1String("case_ids"), QJsonArray::fromStringList(caseIds));
    }
    return o;
}

QList<QPair<QString, qint64>> KpiFigures::topRepeatStores(int limit) const
{
    QList<QPair<QString, qint64>> out;
    for (auto it = repeatsByStore.constBegin(); it != repeatsByStore.constEnd(); ++it)
        if (it.value() > 0)
            out << qMakePair(it.key(), it.value());
    // The map is ordered by store id: a stable sort by count keeps ties in id order.
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    return out.mid(0, limit);
}

QJsonObject KpiReport::toJson() const
{
    QJsonObject o = overall.toJson();
    if (!by.isEmpty()) {
        QJsonArray arr;
        for (const KpiFigures& r : rows)
            arr.append(r.toJson(false));
        o.insert(QLatin1String("by"), by);
        o.insert(QLatin1String("rows"), arr);
    }
    return o;
}

QStringList KpiReporter::groupings()
{
    return {QStringLiteral("day"),     QStringLiteral("week"),  QStringLiteral("month"),
            QStringLiteral("quarter"), QStringLiteral("store"), QStringLiteral("region")};
}

QStringList KpiReporter::checklistItems()
{
    return {QStringLiteral("clip"), QStringLiteral("pos"), QStringLiteral("statement"), QStringLiteral("suspect")};
}

QString KpiReporter::periodKey(const QDate& d, const QString& by)
{
    if (by == QLatin1String("day"))
        return d.toString(Qt::ISODate);
    if (by == QLatin1String("week")) {
        int year = 0;
        const int week = d.weekNumber(&year);
        return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
    }
    if (by == QLatin1String("month"))
        return d.toString(QStringLiteral("yyyy-MM"));
    if (by == QLatin1String("quarter"))
        return QStringLiteral("%1-Q%2").arg(d.year()).arg((d.month() - 1) / 3 + 1);
    return {};
}

KpiReporter::KpiReporter(CaseDatabase& db) : m_db(db)
{
    KpiRollup::install();
}

QJsonObject CaseChecklist::toJson() const
{
    QJsonArray list;
    for (const Item& i : items)
        list.append(QJsonObject {
            {QLatin1String("item"), i.item}, {QLatin1String("needed"), i.needed}, {QLatin1String("done"), i.done}});
    return {
        {QLatin1String("type"), type},
        {QLatin1String("items"), list},
        {QLatin1String("complete"), complete},
        {QLatin1String("opened_at"), openedAt},
        {QLatin1String("procedure"), procedure ? QJsonValue(procedure->toJson()) : QJsonValue()},
        {QLatin1String("newer_procedure"), newerProcedure ? QJsonValue(newerProcedure->toJson()) : QJsonValue()},
        {QLatin1String("procedure_problem"), procedureProblem.isEmpty() ? QJsonValue() : QJsonValue(procedureProblem)}};
}

Result<CaseChecklist> KpiReporter::caseChecklist(const QString& caseText)
{
    auto info = CaseService(m_db).show(caseText); // investigator, legal
    if (!info)
        return info.error();
    QSqlDatabase db = m_db.connection();
    auto facts = readChecklistFacts(db, info->id);
    if (!facts)
        return facts.error();
    CaseChecklist out;
    out.type = facts->type;
    const bool needPos = facts->needPos, hasSuspect = facts->hasSuspect, hasClip = facts->hasClip;
    auto exists = [&](const QString& sql) -> Result<bool> {
        QSqlQuery e(db);
        e.prepare(sql);
        e.addBindValue(info->id);
        if (!e.exec())
            return failure(e.lastError().text());
        return e.next();
    };
    auto hasPos = exists(QStringLiteral("SELECT 1 FROM case_pos WHERE case_id = ? LIMIT 1"));
    auto hasStatement
        = exists(QStringLiteral("SELECT 1 FROM statements WHERE case_id = ? AND signed_off_at IS NOT NULL LIMIT 1"));
    if (!hasPos)
        return hasPos.error();
    if (!hasStatement)
        return hasStatement.error();
    auto lists = checklists();
    if (!lists)
        return lists.error();
    const QStringList items = lists->value(out.type, lists->value(QStringLiteral("*"), checklistItems()));
    out.complete = true;
    for (const QString& item : checklistItems()) {
        if (!items.contains(item))
            continue;
        CaseChecklist::Item i;
        i.item = item;
        i.needed = item != QLatin1String("pos") || needPos;
        if (item == QLatin1String("clip"))
            i.done = hasClip;
        else if (item == QLatin1String("pos"))
            i.done = *hasPos;
        else if (item == QLatin1String("statement"))
            i.done = *hasStatement;
        else
            i.done = hasSuspect;
        out.complete = out.complete && (!i.needed || i.done);
        out.items << i;
    }
    LP_TRY(attachProcedure(m_db, out, info->createdAt));
    return out;
}

Result<QMap<QString, QStringList>> KpiReporter::checklists()
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT type, items_json FROM evidence_checklists")))
        return failure(q.lastError().text());
    QMap<QString, QStringList> out;
    while (q.next())
        out.insert(q.value(0).toString(),
                   QJsonDocument::fromJson(q.value(1).toString().toUtf8()).toVariant().toStringList());
    return out;
}

Status KpiReporter::setChecklist(const QString& type, const QStringList& items)
{
    LP_TRY(Permissions::require(m_db.session(), Action::ManageChecklists));
    static const QRegularExpression typeRe(QStringLiteral("^([a-z_]{1,40}|\\*)\\z"));
    if (!typeRe.match(type).hasMatch())
        return makeError(ErrorKind::Usage, tr("An incident type is 1–40 lowercase letters or '_' (or * for all)."));
    for (const QString& i : items)
        if (!checklistItems().contains(i))
            return makeError(ErrorKind::Usage,
                             tr("A checklist item is one of: %1.").arg(checklistItems().join(QStringLiteral(", "))));
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT version FROM evidence_checklists WHERE type = ?"));
    q.addBindValue(type);
    if (!q.exec())
        return failure(q.lastError().text());
    const int version = q.next() ? q.value(0).toInt() + 1 : 1;
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO evidence_checklists (type, items_json, version, updated_at, "
                             "updated_by) VALUES (?, ?, ?, ?, ?)"));
    const QString json
        = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(items)).toJson(QJsonDocument::Compact));
    for (const QVariant& v : {QVariant(type), QVariant(json), QVariant(version), QVariant(utcNowString()),
                              QVariant(m_db.session().userName)})
        q.addBindValue(v);
    if (!q.exec())
        return failure(q.lastError().text());
    LP_TRY(m_db.auditIn(db, QStringLiteral("evidence_checklist_changed"),
                        QJsonObject {{QLatin1String("type"), type},
                                     {QLatin1String("items"), QJsonArray::fromStringList(items)},
                                     {QLatin1String("version"), version}}));
    return tx.commit();
}

Result<QStringList> KpiReporter::regions()
{
    LP_TRY(Permissions::require(m_db.session(), Action::ReadKpis));
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT DISTINCT region FROM stores WHERE COALESCE(region, '') <> '' ORDER BY region")))
        return failure(q.lastError().text());
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Status KpiReporter::setRegion(const QString& storeId, const QString& region)
{
    LP_TRY(Permissions::require(m_db.session(), Action::ManageRegions));
    if (region.size() > 100)
        return makeError(ErrorKind::Usage, tr("A region name is at most 100 characters."));
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE stores SET region = ? WHERE id = ?"));
    q.addBindValue(region.trimmed());
    q.addBindValue(storeId);
    if (!q.exec())
        return failure(q.lastError().text());
    if (q.numRowsAffected() != 1)
        return makeError(ErrorKind::NotFound, tr("There is no store %1.").arg(storeId));
    LP_TRY(
        m_db.auditIn(db, QStringLiteral("store_region_changed"),
                     QJsonObject {{QLatin1String("store_id"), storeId}, {QLatin1String("region"), region.trimmed()}}));
    return tx.commit();
}

} // namespace lpdesk

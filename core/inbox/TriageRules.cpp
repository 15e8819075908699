#include "inbox/TriageRules.h"

#include "db/CaseDatabase.h"
#include "db/SqlRow.h"
#include "model/IncidentTaxonomy.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace lpdesk {

TriageRules::TriageRules()
{
    m_typeBoost = {{QStringLiteral("assault"), 100},
                   {QStringLiteral("robbery"), 100},
                   {QStringLiteral("threat"), 40},
                   {QStringLiteral("organized_retail_crime"), 30},
                   {QStringLiteral("burglary"), 20}};
}

TriageRules TriageRules::load(CaseDatabase& db)
{
    const QString json = db.setting(QStringLiteral("triage_rules"));
    if (json.isEmpty())
        return TriageRules();
    auto rules = fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
    return rules ? *rules : TriageRules();
}

Result<TriageRules> TriageRules::fromJson(const QJsonObject& json)
{
    TriageRules r;
    r.m_typeBoost.clear();
    const QJsonObject boosts = json.value(QLatin1String("type_boost")).toObject();
    for (auto it = boosts.constBegin(); it != boosts.constEnd(); ++it) {
        if (!IncidentTaxonomy::types().contains(it.key()) || !it.value().isDouble())
            return makeError(ErrorKind::Usage,
                             tr("Unknown incident type or bad boost in triage rules: %1").arg(it.key()));
        r.m_typeBoost.insert(it.key(), it.value().toInt());
    }
    r.m_severityWeight = json.value(QLatin1String("severity_weight")).toInt(10);
    if (r.m_severityWeight < 0 || r.m_severityWeight > 1000)
        return makeError(ErrorKind::Usage, tr("severity_weight must be 0–1000."));
    return r;
}

QJsonObject TriageRules::toJson() const
{
    QJsonObject boosts;
    for (auto it = m_typeBoost.constBegin(); it != m_typeBoost.constEnd(); ++it)
        boosts.insert(it.key(), it.value());
    return QJsonObject {{QLatin1String("type_boost"), boosts}, {QLatin1String("severity_weight"), m_severityWeight}};
}

int TriageRules::priority(const QString& type, int severity) const
{
    return m_typeBoost.value(type, 0) + severity * m_severityWeight;
}

Status TriageRules::save(CaseDatabase& db, const TriageRules& rules)
{
    LP_TRY(db.setSetting(QStringLiteral("triage_rules"),
                         QString::fromUtf8(QJsonDocument(rules.toJson()).toJson(QJsonDocument::Compact))));
    QSqlDatabase conn = db.connection();
    Transaction tx(conn);
    QSqlQuery q(conn);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, type, severity FROM incidents")))
        return failure(q.lastError().text());
    QList<QPair<QString, int>> updates;
    const SqlRow row(q);
    while (q.next())
        updates.append({row.string("id"), rules.priority(row.string("type"), row.integer("severity"))});
    q.finish();
    QSqlQuery u(conn);
    u.prepare(QStringLiteral("UPDATE incidents SET priority = ? WHERE id = ?"));
    for (const auto& [id, priority] : updates) {
        u.addBindValue(priority);
        u.addBindValue(id);
        if (!u.exec())
            return failure(u.lastError().text());
    }
    return tx.commit();
}

} // namespace lpdesk

// How the inbox ranks incidents: a boost per incident type (assault and robbery go to the top, with a badge)
// plus a weight per severity point. Configurable by an admin (setting "triage_rules", JSON).
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace lpdesk {

class CaseDatabase;

class TriageRules
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::TriageRules)

public:
    static constexpr int UrgentThreshold = 100; // at or above: shown with the "urgent" badge

    TriageRules();
    static TriageRules load(CaseDatabase& db);
    static Result<TriageRules> fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
    int priority(const QString& type, int severity) const;
    // admin: store new rules and re-rank every incident.
    static Status save(CaseDatabase& db, const TriageRules& rules);

private:
    QHash<QString, int> m_typeBoost;
    int m_severityWeight = 10;
};

} // namespace lpdesk

// What the police did with what was submitted: contact, arrest, charges, recovery, their case closed — each with
// the date it happened, the agency's case number and officer, recorded by hand or from an agency's response, and
// written into the case's custody chain. These feed the follow-up rate and the outcomes of the KPIs.
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace lpdesk {

class CaseDatabase;

struct FollowUp
{
    QString id;
    QString caseId;
    QString kind; // contact, arrest, charged, recovered, closed
    QString at; // UTC
    QString agencyCase;
    QString officer;
    std::optional<double> amount; // recovered value
    QString note;
    QString source; // manual, agency
    QString createdAt;
    QString createdBy;
    QJsonObject toJson() const;
};

struct FollowUpSpec
{
    QString caseId; // id or LPD reference
    QString kind;
    QDateTime at;
    QString agencyCase;
    QString officer;
    std::optional<double> amount;
    QString note;
    QString source = QStringLiteral("manual");
};

class FollowUps
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::FollowUps)

public:
    static QStringList kinds();

    explicit FollowUps(CaseDatabase& db);

    Result<QString> add(const FollowUpSpec& spec); // investigator, legal
    Result<QList<FollowUp>> list(const QString& caseId); // investigator, legal, auditor

private:
    CaseDatabase& m_db;
};

} // namespace lpdesk

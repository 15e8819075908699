// Follow-up from the agency's own answers (agency protocol v1, "4. Status"): for each delivered submission, the
// status the agency publishes — its case number, the officer assigned, and dated updates (contact, arrest, charged,
// recovered, closed) — becomes follow-ups of the case with source "agency", in its custody chain, without anyone
// typing them. Each update is recorded once however often the status is read; an agency that has no status yet
// (404) is simply asked again next time.
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace lpdesk {

class CaseDatabase;

class AgencyStatus
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::AgencyStatus)

public:
    explicit AgencyStatus(CaseDatabase& db);

    struct Collected
    {
        int asked = 0; // delivered submissions whose status was read
        int recorded = 0; // follow-ups recorded now
        QStringList problems; // submissions whose status could not be read, and why
    };
    // investigator, legal: reads the status of every delivered submission (or of submissionId only) and records
    // what is new.
    Result<Collected> collect(const QString& submissionId = {});

    // The follow-ups one status answer asks for that caseId does not have yet (recorded by the caller).
    struct Update
    {
        QString kind;
        QDateTime at;
        QString note;
        std::optional<double> amount;
    };
    static QList<Update> updatesOf(const QJsonObject& status, const QDateTime& deliveredAt);

private:
    Result<int> record(const QString& caseId, const QJsonObject& status, const QDateTime& deliveredAt);
    CaseDatabase& m_db;
};

} // namespace lpdesk

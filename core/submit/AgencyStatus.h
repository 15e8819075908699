// Follow-up from the agency's own answers (agency protocol v1, "4. Status"): for each delivered submission, the
// status the agency publishes — its case number, the officer assigned, and dated updates (contact, arrest, charged,
// recovered, closed) — becomes follow-ups of the case with source "agency", in its custody chain, without anyone
// typing them. Each update is recorded once however often the status is read; an agency that has no status yet
// (404) is simply asked again next time. Each answer is dated on the submission (status_checked_at), so that `outbox
// run` asks again only after the organisation's interval.
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace lpdesk {

class CaseDatabase;

class AgencyStatus
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::AgencyStatus)

public:
    explicit AgencyStatus(CaseDatabase& db);

    static constexpr int DefaultCheckHours = 24;
    static constexpr int MaxCheckHours = 24 * 30;
    // How long a delivered submission's status stays fresh before `outbox run` asks again (setting
    // "followup_check_hours"; 0: every run). A missing or damaged value reads as the default.
    static int checkIntervalHours(CaseDatabase& db);
    static Status setCheckIntervalHours(CaseDatabase& db, int hours); // admin, audited

    // A follow-up recorded from an agency's answer.
    struct Recorded
    {
        QString caseId;
        QString agencyId;
        QString kind;
        QString at; // UTC, RFC 3339
        QString agencyCase;
        QString officer;
    };
    struct Collected
    {
        int asked = 0; // delivered submissions whose status was read
        int recorded = 0; // follow-ups recorded now
        QStringList problems; // submissions whose status could not be read, and why
        QList<Recorded> followUps; // what was recorded now
    };
    // progress(done, total): submissions asked so far; cancel stops before the next submission.
    using Progress = std::function<void(int done, int total)>;
    // investigator, legal: reads the status of every delivered submission (or of submissionId only) and records
    // what is new.
    Result<Collected> collect(const QString& submissionId = {});
    // The same for the delivered submissions of one case (the case window's Police tab).
    Result<Collected> collectForCase(const QString& caseId, const Progress& progress = {},
                                     const std::atomic_bool* cancel = nullptr);
    // The same for delivered submissions last asked (never asked: delivered) longer ago than checkIntervalHours():
    // right after a delivery the agency has had no time to act, and an outbox run then sends it nothing more.
    Result<Collected> collectDue(const Progress& progress = {}, const std::atomic_bool* cancel = nullptr);

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
    struct Scope
    {
        QString submissionId;
        QString caseId;
        QString checkedBefore; // UTC; empty: whenever last asked
    };
    Result<Collected> collectWhere(const Scope& scope, const Progress& progress, const std::atomic_bool* cancel);
    Status record(const QString& caseId, const QString& agencyId, const QJsonObject& status,
                  const QDateTime& deliveredAt, Collected& out);
    Status markChecked(const QString& submissionId);
    CaseDatabase& m_db;
};

} // namespace lpdesk

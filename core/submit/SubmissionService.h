// The outbox: an approved, unchanged release submitted to an agency (LP Desk agency protocol v1, see
// docs/agency-protocol.md). Queueing seals the package (AES-256 entries, random password kept in the encrypted
// database) into <db>.media/outbox/; delivery creates the submission with a signed request, uploads the package
// with tus (resuming from the agency's offset after any failure or restart), completes it and stores the
// agency's receipt on the release and in custody. Network errors, 5xx, 408 and 429 are retried with exponential
// backoff and jitter (Retry-After honoured); other 4xx answers and TLS failures fail with the agency's words.
// Delivery runs a local event loop: call it from a worker thread or the command line.
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <atomic>
#include <functional>

namespace lpdesk {

class CaseDatabase;

struct Submission
{
    QString id;
    QString releaseId;
    QString agencyId;
    QString state; // queued, sending, waiting, delivered, failed, cancelled
    int attempts = 0;
    QString nextAttemptAt;
    QString lastError;
    qint64 packageSize = 0;
    qint64 uploaded = 0;
    qint64 bytesSent = 0; // every body byte sent in PATCH requests, retries included
    QJsonObject receipt;
    QString createdAt;
    QString statusCheckedAt; // when the agency was last asked for its status (follow-ups); empty: never
    QJsonObject toJson() const;
};

class SubmissionService
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::SubmissionService)

public:
    using Progress = std::function<void(qint64 done, qint64 total, const QString& stage)>;

    explicit SubmissionService(CaseDatabase& db);

    // investigator, legal: seals the package and queues it; prints nothing, returns the submission id.
    Result<QString> queue(const QString& releaseId, const QString& agencyId, const Progress& progress = {},
                          const std::atomic_bool* cancel = nullptr);
    Result<QList<Submission>> list();
    Result<Submission> get(const QString& id);
    Status cancel(const QString& id);
    // Attempts the submission, waiting between attempts while the next wait is at most maxWaitSeconds; returns
    // it delivered, failed, or waiting in the outbox.
    Result<Submission> deliver(const QString& id, int maxWaitSeconds, const Progress& progress = {},
                               const std::atomic_bool* cancel = nullptr);
    // Every submission that is due (queued, interrupted while sending, or waiting with its time come); then, for
    // whoever may record follow-ups, the agencies' status of delivered submissions not asked within the
    // organisation's interval (AgencyStatus::collectDue), counted in *followUps when given.
    Result<QList<Submission>> runDue(int maxWaitSeconds, const Progress& progress = {},
                                     const std::atomic_bool* cancel = nullptr, int* followUps = nullptr,
                                     QStringList* followUpProblems = nullptr);

    // "Test connection": TLS with the pinned CA (and client certificate) and an HTTP answer from the agency.
    Result<QString> testConnection(const QString& agencyId);

    // Retry-After as delay-seconds or an HTTP-date, in seconds from now (-1: absent or unreadable; at most a day).
    static int retryAfterSeconds(const QByteArray& value, const QDateTime& now);

    // SHA-256 (hex) and size of a sealed package; empty when it cannot be read.
    static QString packageHash(const QString& path, qint64* size);

    // The request body sent to the agency for a release (NIBRS-shaped incident, files), guardrails applied.
    static QJsonObject withoutGuardrailedFields(const QJsonObject& o);

private:
    struct Attempt;
    // One attempt; retryAfter: the agency's Retry-After in seconds when it asked to wait (-1: it did not); blocked:
    // legal's approval or the agency's endpoint no longer allows sending it.
    Status attempt(const QString& id, const Progress& progress, const std::atomic_bool* cancel, int* retryAfter,
                   bool* blocked);
    // At send time: the release is still approved (legal's signature verifies and still describes it) for this
    // agency, and the agency still exists. Returns the endpoint fingerprint legal approved, which the profile the
    // client connects with must have. ErrorKind::Failed: could not tell now (retried); any other kind blocks it.
    Result<QString> stillApproved(const QString& releaseId, const QString& agencyId);
    // A submission that may not be sent: failed with the reason (custody + audit), its sealed package removed.
    Status block(const QString& id, const QString& reason);
    Status update(const QString& id, const QJsonObject& fields);

    CaseDatabase& m_db;
};

} // namespace lpdesk

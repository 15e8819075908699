#include "submit/SubmissionService.h"

#include "agencies/AgencyRegistry.h"
#include "auth/Permissions.h"
#include "common/Time.h"
#include "crypto/Random.h"
#include "custody/CustodyLog.h"
#include "custody/CustodyRecorder.h"
#include "db/CaseDatabase.h"
#include "export/NibrsIncident.h"
#include "export/ReleaseApproval.h"
#include "export/ReleaseService.h"
#include "submit/AgencyClient.h"
#include "submit/AgencyStatus.h"
#include "submit/SubmissionAttempt.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

#include <cmath>

namespace lpdesk {

int SubmissionService::retryAfterSeconds(const QByteArray& value, const QDateTime& now)
{
    return AgencyClient::retryAfterSeconds(value, now);
}

QJsonObject Submission::toJson() const
{
    return QJsonObject {
        {QLatin1String("id"), id},
        {QLatin1String("release_id"), releaseId},
        {QLatin1String("agency_id"), agencyId},
        {QLatin1String("state"), state},
        {QLatin1String("attempts"), attempts},
        {QLatin1String("next_attempt_at"), nextAttemptAt.isEmpty() ? QJsonValue() : QJsonValue(nextAttemptAt)},
        {QLatin1String("last_error"), lastError.isEmpty() ? QJsonValue() : QJsonValue(lastError)},
        {QLatin1String("package_size"), packageSize},
        {QLatin1String("uploaded"), uploaded},
        {QLatin1String("bytes_sent"), bytesSent},
        {QLatin1String("receipt"), receipt.isEmpty() ? QJsonValue() : QJsonValue(receipt)},
        {QLatin1String("created_at"), createdAt},
        {QLatin1String("status_checked_at"), statusCheckedAt.isEmpty() ? QJsonValue() : QJsonValue(statusCheckedAt)}};
}

SubmissionService::SubmissionService(CaseDatabase& db) : m_db(db)
{ }

QJsonObject SubmissionService::withoutGuardrailedFields(const QJsonObject& o)
{
    return NibrsIncident::withoutGuardrailedFields(o);
}

Result<Submission> SubmissionService::get(const QString& id)
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT id, release_id, agency_id, state, attempts, next_attempt_at, last_error, "
        "package_size, uploaded, bytes_sent, receipt_json, created_at, status_checked_at FROM submissions "
        "WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return failure(q.lastError().text());
    if (!q.next())
        return makeError(ErrorKind::NotFound, tr("There is no submission %1.").arg(id));
    Submission s;
    s.id = q.value(0).toString();
    s.releaseId = q.value(1).toString();
    s.agencyId = q.value(2).toString();
    s.state = q.value(3).toString();
    s.attempts = q.value(4).toInt();
    s.nextAttemptAt = q.value(5).toString();
    s.lastError = q.value(6).toString();
    s.packageSize = q.value(7).toLongLong();
    s.uploaded = q.value(8).toLongLong();
    s.bytesSent = q.value(9).toLongLong();
    s.receipt = QJsonDocument::fromJson(q.value(10).toString().toUtf8()).object();
    s.createdAt = q.value(11).toString();
    s.statusCheckedAt = q.value(12).toString();
    return s;
}

Result<QList<Submission>> SubmissionService::list()
{
    LP_TRY(Permissions::require(m_db.session(), Action::SeeOutbox));
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id FROM submissions ORDER BY created_at DESC")))
        return failure(q.lastError().text());
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    QList<Submission> out;
    for (const QString& id : ids) {
        auto s = get(id);
        if (!s)
            return s.error();
        out << *s;
    }
    return out;
}

Status SubmissionService::update(const QString& id, const QJsonObject& fields)
{
    QSqlDatabase db = m_db.connection();
    QStringList sets;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        sets << it.key() + QStringLiteral(" = ?");
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("UPDATE submissions SET %1, updated_at = ? WHERE id = ?").arg(sets.join(QStringLiteral(", "))));
    for (auto it = fields.begin(); it != fields.end(); ++it)
        q.addBindValue(it->isNull() ? QVariant() : it->toVariant());
    q.addBindValue(utcNowString());
    q.addBindValue(id);
    if (!q.exec())
        return failure(q.lastError().text());
    return {};
}

Status SubmissionService::cancel(const QString& id)
{
    LP_TRY(Permissions::require(m_db.session(), Action::SubmitRelease));
    auto s = get(id);
    if (!s)
        return s.error();
    if (s->state == QLatin1String("delivered"))
        return makeError(ErrorKind::Usage, tr("Submission %1 was delivered; it cannot be cancelled.").arg(id));
    LP_TRY(update(
        id, {{QLatin1String("state"), QStringLiteral("cancelled")}, {QLatin1String("next_attempt_at"), QJsonValue()}}));
    return m_db.audit(QStringLiteral("submission_cancelled"), QJsonObject {{QLatin1String("submission_id"), id}});
}

Status SubmissionService::attempt(const QString& id, const Progress& progress, const std::atomic_bool* cancel,
                                  int* retryAfter, bool* blocked)
{
    Attempt a(*this, m_db, id, progress, cancel);
    const Status done = a.run();
    *retryAfter = a.retryAfter();
    *blocked = a.blocked();
    return done;
}

Result<QString> SubmissionService::stillApproved(const QString& releaseId, const QString& agencyId)
{
    auto agency = AgencyRegistry(m_db).get(agencyId);
    if (!agency && agency.error().kind == ErrorKind::NotFound)
        return makeError(ErrorKind::Verification,
                         tr("agency %1 was removed after the submission was queued").arg(agencyId));
    if (!agency)
        return agency.error();
    auto release = ReleaseService(m_db).approvedAndUnchanged(releaseId);
    if (!release)
        return release.error();
    if (release->purpose != QLatin1String("agency") || release->agencyId != agencyId)
        return makeError(ErrorKind::Permission,
                         tr("release %1 is not approved for agency %2").arg(releaseId, agencyId));
    auto approval = ReleaseApproval(m_db).verify(*release);
    if (!approval)
        return approval.error();
    const QJsonObject bound = approval->approval.value(QLatin1String("agency")).toObject();
    const QString endpoint = bound.value(QLatin1String("endpoint_sha256")).toString();
    if (bound.value(QLatin1String("id")).toString() != agencyId
        || endpoint != AgencyRegistry::endpointFingerprint(*agency))
        return makeError(ErrorKind::Verification, AgencyRegistry::endpointNotApproved(agencyId));
    return endpoint;
}

Status SubmissionService::block(const QString& id, const QString& reason)
{
    const QString message = tr("Not sent: %1").arg(reason);
    QSqlDatabase db = m_db.connection();
    QString caseId, releaseId, agencyId, packageFile;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT r.case_id, s.release_id, s.agency_id, s.package_file FROM submissions s "
                                 "JOIN releases r ON r.id = s.release_id WHERE s.id = ?"));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return failure(tr("There is no submission %1.").arg(id));
        caseId = q.value(0).toString();
        releaseId = q.value(1).toString();
        agencyId = q.value(2).toString();
        packageFile = q.value(3).toString();
    }
    const QJsonObject details {{QLatin1String("submission_id"), id},
                               {QLatin1String("release_id"), releaseId},
                               {QLatin1String("agency_id"), agencyId},
                               {QLatin1String("reason"), reason}};
    Transaction tx(db);
    LP_TRY(update(id,
                  {{QLatin1String("state"), QStringLiteral("failed")},
                   {QLatin1String("next_attempt_at"), QJsonValue()},
                   {QLatin1String("last_error"), message}}));
    auto ev = CustodyRecorder(m_db).record(db, CustodyLog::caseChain(caseId), QStringLiteral("submission_blocked"),
                                           details);
    if (!ev)
        return ev.error();
    LP_TRY(m_db.auditIn(db, QStringLiteral("submission_blocked"), details));
    LP_TRY(tx.commit());
    // Nothing may send it any more: the sealed package leaves the outbox.
    if (!packageFile.isEmpty())
        QFile::remove(m_db.mediaDirectory() + QStringLiteral("/outbox/") + packageFile);
    return {};
}

Result<Submission> SubmissionService::deliver(const QString& id, int maxWaitSeconds, const Progress& progress,
                                              const std::atomic_bool* cancel)
{
    LP_TRY(Permissions::require(m_db.session(), Action::SubmitRelease));
    while (true) {
        auto s = get(id);
        if (!s)
            return s.error();
        if (s->state == QLatin1String("delivered") || s->state == QLatin1String("failed")
            || s->state == QLatin1String("cancelled"))
            return s;
        int retryAfter = -1;
        bool blocked = false;
        const Status done = attempt(id, progress, cancel, &retryAfter, &blocked);
        if (done)
            return get(id);
        const QString message = done.errorMessage();
        if (blocked) {
            LP_TRY(block(id, message));
            return get(id);
        }
        if (done.error().kind == ErrorKind::Cancelled) {
            LP_TRY(update(id,
                          {{QLatin1String("state"), QStringLiteral("waiting")},
                           {QLatin1String("next_attempt_at"), utcNowString()},
                           {QLatin1String("last_error"), tr("Interrupted.")}}));
            return get(id);
        }
        if (done.error().kind != ErrorKind::Failed) {
            LP_TRY(update(id,
                          {{QLatin1String("state"), QStringLiteral("failed")},
                           {QLatin1String("next_attempt_at"), QJsonValue()},
                           {QLatin1String("last_error"), message}}));
            (void)m_db.audit(QStringLiteral("submission_failed"),
                             QJsonObject {{QLatin1String("submission_id"), id}, {QLatin1String("reason"), message}});
            return get(id);
        }
        // Exponential backoff with ±20 % jitter, unless the agency said when.
        auto now = get(id);
        const int attempts = now ? now->attempts : 1;
        double delay = retryAfter >= 0 ? retryAfter
                                       : std::min(3600.0, 2.0 * std::pow(2.0, std::max(0, attempts - 1)))
                * (0.8 + 0.4 * (static_cast<quint8>(randomBytes(1)[0]) / 255.0));
        const QString next = toUtcString(QDateTime::currentDateTimeUtc().addMSecs(static_cast<qint64>(delay * 1000)));
        LP_TRY(update(id,
                      {{QLatin1String("state"), QStringLiteral("waiting")},
                       {QLatin1String("next_attempt_at"), next},
                       {QLatin1String("last_error"), message}}));
        if (delay > maxWaitSeconds)
            return get(id);
        if (progress)
            progress(0, 0, tr("Waiting %1 s before trying again: %2").arg(delay, 0, 'f', 1).arg(message));
        for (qint64 waited = 0; waited < static_cast<qint64>(delay * 1000); waited += 100) {
            if (cancel && cancel->load())
                return get(id);
            QThread::msleep(100);
        }
    }
}

Result<QString> SubmissionService::testConnection(const QString& agencyId)
{
    LP_TRY(Permissions::require(m_db.session(), Action::TestAgencies));
    auto agency = AgencyRegistry(m_db).get(agencyId);
    if (!agency)
        return agency.error();
    LP_TRY(AgencyRegistry::checkTrust(*agency));
    auto secrets = AgencyRegistry(m_db).secrets(agencyId);
    if (!secrets)
        return secrets.error();
    QNetworkAccessManager nam;
    const QUrl base(agency->baseUrl.endsWith(QLatin1Char('/')) ? agency->baseUrl : agency->baseUrl + QLatin1Char('/'));
    QNetworkRequest r(base.resolved(QUrl(QStringLiteral("v1/submissions"))));
    r.setSslConfiguration(AgencyClient::sslFor(*agency, *secrets));
    r.setTransferTimeout(15000);
    const HttpAnswer h = AgencyClient::call(nam, r, "HEAD", QByteArray(), nullptr);
    if (h.transportFailed())
        return failure(AgencyOutcome::fromAnswer(h, tr("Connecting to %1").arg(agency->baseUrl)).message);
    if (agency->systemTrust)
        return tr("%1 answered (HTTP %2) over TLS with a certificate from one of the system's certificate authorities "
                  "(no pinned CA).")
            .arg(agency->baseUrl)
            .arg(h.status);
    return tr("%1 answered (HTTP %2) over TLS with a certificate from the pinned CA.")
        .arg(agency->baseUrl)
        .arg(h.status);
}

Result<QList<Submission>> SubmissionService::runDue(int maxWaitSeconds, const Progress& progress,
                                                    const std::atomic_bool* cancel, int* followUps,
                                                    QStringList* followUpProblems)
{
    LP_TRY(Permissions::require(m_db.session(), Action::SubmitRelease));
    QSqlDatabase db = m_db.connection();
    CaseDatabase::testHoldPoint("SubmissionService::runDue");
    if (cancel && cancel->load()) // cancelled before its first delivery: nothing was sent
        return makeError(ErrorKind::Cancelled, tr("Cancelled; nothing was sent."));
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT id FROM submissions WHERE state IN ('queued', 'sending') OR "
        "(state = 'waiting' AND (next_attempt_at IS NULL OR next_attempt_at <= ?)) ORDER BY created_at"));
    q.addBindValue(utcNowString());
    if (!q.exec())
        return failure(q.lastError().text());
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    QList<Submission> out;
    for (const QString& id : ids) {
        auto s = deliver(id, maxWaitSeconds, progress, cancel);
        if (!s)
            return s.error();
        out << *s;
    }
    if (Permissions::allows(m_db.session().role, Action::RecordFollowUps) && !(cancel && *cancel)) {
        if (progress)
            progress(0, 0, tr("Asking the agencies for police follow-up"));
        // The deliveries stand whatever the agencies answer: a status that cannot be read is a problem to report.
        auto collected = AgencyStatus(m_db).collectDue({}, cancel);
        if (followUps)
            *followUps = collected ? collected->recorded : 0;
        if (followUpProblems)
            *followUpProblems = collected ? collected->problems : QStringList {collected.errorMessage()};
    }
    return out;
}

} // namespace lpdesk

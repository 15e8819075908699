#include "export/ReleaseOutings.h"

#include "db/AuditEventCache.h"

#include <QHash>
#include <QJsonObject>

namespace lpdesk {

Result<ReleaseOutings> ReleaseOutings::of(QSqlDatabase& db, const QString& releaseId)
{
    auto events = AuditEventCache::matching(db, AuditEventCache::ReleasesSent);
    if (!events)
        return events.error(); // fail closed: the caller refuses
    ReleaseOutings out;
    QHash<QString, qint64> open; // this release's submissions still in the outbox -> their submission_queued seq
    for (const AuditEventCache::Event& e : std::as_const(*events)) {
        const QString action = e.event.value(QLatin1String("action")).toString();
        const QJsonObject details = e.event.value(QLatin1String("details")).toObject();
        const QString submission = details.value(QLatin1String("submission_id")).toString();
        const bool ofThis = details.value(QLatin1String("release_id")).toString() == releaseId;
        if (action == QLatin1String("exported") && ofThis && out.exportedSeq == 0)
            out.exportedSeq = e.seq;
        else if (action == QLatin1String("submitted") && ofThis && out.submittedSeq == 0)
            out.submittedSeq = e.seq;
        else if (action == QLatin1String("submission_queued") && ofThis)
            open.insert(submission, e.seq);
        else if (action == QLatin1String("submission_failed") || action == QLatin1String("submission_blocked")
                 || action == QLatin1String("submission_cancelled"))
            open.remove(submission);
    }
    for (auto it = open.constBegin(); it != open.constEnd(); ++it)
        if (out.liveSeq == 0 || it.value() < out.liveSeq) {
            out.liveSubmission = it.key();
            out.liveSeq = it.value();
        }
    return out;
}

} // namespace lpdesk

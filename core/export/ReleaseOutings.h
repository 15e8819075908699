// ReleaseOutings: what went out of a release, as the audit chain records it — its exports, and each submission
// queued with how it ended (submitted, failed, blocked or cancelled). "A release goes out once" rests on this, not on
// the releases table's export_count and state, which anyone holding the database key can reset: the audit chain is
// hashed, anchored outside the database at every export and submission and sealed into every person's key slot, so
// removing an event from it is named by `db check` (and by the other people's sign-ins).
#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace lpdesk {

struct ReleaseOutings
{
    qint64 exportedSeq = 0; // the first `exported` event of the release (0: never exported)
    qint64 submittedSeq = 0; // the first `submitted` event (0: never delivered)
    QString liveSubmission; // a submission queued and neither delivered, failed, blocked nor cancelled
    qint64 liveSeq = 0; // its submission_queued event

    static Result<ReleaseOutings> of(QSqlDatabase& db, const QString& releaseId);
};

} // namespace lpdesk

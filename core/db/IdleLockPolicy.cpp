#include "db/IdleLockPolicy.h"

#include "db/CaseDatabase.h"

#include <QJsonObject>

#include <algorithm>

namespace lpdesk {

namespace {
const QString SettingKey = QStringLiteral("idle_lock_minutes");
}

int IdleLockPolicy::organisationMinutes(CaseDatabase& db)
{
    bool ok = false;
    const int minutes = db.setting(SettingKey).toInt(&ok);
    return ok && minutes >= MinMinutes && minutes <= MaxMinutes ? minutes : DefaultMinutes;
}

Status IdleLockPolicy::setOrganisationMinutes(CaseDatabase& db, int minutes)
{
    if (minutes < MinMinutes || minutes > MaxMinutes)
        return makeError(
            ErrorKind::Usage,
            tr("The idle lock takes %1 to %2 minutes (got %3).").arg(MinMinutes).arg(MaxMinutes).arg(minutes));
    return db.setSetting(SettingKey, QString::number(minutes)); // checks change-settings and audits
}

int IdleLockPolicy::effectiveMinutes(int organisation, int personal)
{
    const int limit = std::clamp(organisation, int(MinMinutes), int(MaxMinutes));
    return personal > 0 ? std::min(personal, limit) : limit;
}

Status IdleLockPolicy::recordLock(CaseDatabase& db, LockReason reason, int idleMinutes)
{
    QJsonObject details {
        {QLatin1String("reason"), reason == LockReason::Idle ? QStringLiteral("idle") : QStringLiteral("manual")}};
    if (reason == LockReason::Idle)
        details.insert(QLatin1String("idle_minutes"), idleMinutes);
    return db.audit(QStringLiteral("session_locked"), details);
}

} // namespace lpdesk

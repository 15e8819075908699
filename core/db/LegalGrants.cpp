#include "db/LegalGrants.h"

#include "auth/Permissions.h"
#include "common/Time.h"
#include "db/AuditEventCache.h"
#include "db/CaseDatabase.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace lpdesk {

namespace {

const QString LegalGrantSettingKey = QStringLiteral("legal_grant_second_admin");
const QString LegalGrantPolicyChanged = QStringLiteral("legal_grant_policy_changed");
const QString LegalGrantRequested = QStringLiteral("legal_grant_requested");
const QString LegalGrantConfirmed = QStringLiteral("legal_grant_confirmed");

struct LegalGrantEvents
{
    bool policyOn = false; // the last legal_grant_policy_changed
    QHash<QString, LegalGrants::Pending> pending;
};

// In chain order: a request makes the grant pending; a confirmation clears it only when it names that request and
// comes from someone else than the requester; a later user_added, role_changed or user_removed starts over (a new
// grant of legal with the setting on is followed by its own request in the same transaction).
Result<LegalGrantEvents> readLegalGrantEvents(CaseDatabase& db)
{
    QSqlDatabase conn = db.connection();
    auto events = AuditEventCache::matching(conn, AuditEventCache::LegalGrantEvents);
    if (!events)
        return events.error();
    LegalGrantEvents out;
    for (const AuditEventCache::Event& e : *events) {
        const QString action = e.event.value(QLatin1String("action")).toString();
        const QString actor = e.event.value(QLatin1String("actor")).toString();
        const QJsonObject details = e.event.value(QLatin1String("details")).toObject();
        const QString user = details.value(QLatin1String("user")).toString();
        if (action == LegalGrantPolicyChanged) {
            out.policyOn = details.value(QLatin1String("on")).toBool();
        } else if (action == LegalGrantRequested) {
            out.pending.insert(user, {e.seq, actor, e.event.value(QLatin1String("at")).toString()});
        } else if (action == LegalGrantConfirmed) {
            const auto it = out.pending.constFind(user);
            if (it != out.pending.cend() && it->requestedBy != actor
                && details.value(QLatin1String("request_seq")).toInteger() == it->seq)
                out.pending.remove(user);
        } else if (action == QLatin1String("user_added") || action == QLatin1String("role_changed")
                   || action == QLatin1String("user_removed")) {
            out.pending.remove(user);
        }
    }
    return out;
}

} // namespace

Result<bool> LegalGrants::needsSecondAdmin(CaseDatabase& db)
{
    auto events = readLegalGrantEvents(db);
    if (!events)
        return events.error();
    return events->policyOn || db.setting(LegalGrantSettingKey) == QLatin1String("on");
}

Status LegalGrants::setNeedsSecondAdmin(CaseDatabase& db, bool on)
{
    LP_TRY(Permissions::require(db.session(), Action::ManageUsers));
    QSqlDatabase conn = db.connection();
    Transaction tx(conn);
    QSqlQuery q(conn);
    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?)"));
    q.addBindValue(LegalGrantSettingKey);
    q.addBindValue(on ? QStringLiteral("on") : QStringLiteral("off"));
    q.addBindValue(utcNowString());
    q.addBindValue(db.session().userName);
    if (!q.exec())
        return failure(q.lastError().text());
    LP_TRY(db.auditIn(conn, LegalGrantPolicyChanged, QJsonObject {{QLatin1String("on"), on}}));
    return tx.commit();
}

Result<bool> LegalGrants::recordGrant(CaseDatabase& db, QSqlDatabase& conn, const QString& user)
{
    auto on = needsSecondAdmin(db);
    if (!on)
        return on.error();
    if (!*on)
        return false;
    LP_TRY(db.auditIn(conn, LegalGrantRequested, QJsonObject {{QLatin1String("user"), user}}));
    return true;
}

Result<QHash<QString, LegalGrants::Pending>> LegalGrants::pending(CaseDatabase& db)
{
    auto events = readLegalGrantEvents(db);
    if (!events)
        return events.error();
    return events->pending;
}

Status LegalGrants::confirm(CaseDatabase& db, const QString& user)
{
    LP_TRY(Permissions::require(db.session(), Action::ManageUsers));
    auto events = readLegalGrantEvents(db);
    if (!events)
        return events.error();
    const auto it = events->pending.constFind(user);
    if (it == events->pending.cend())
        return makeError(ErrorKind::Usage, tr("%1 has no legal grant waiting for confirmation.").arg(user));
    if (it->requestedBy == db.session().userName)
        return makeError(ErrorKind::Permission,
                         tr("You granted %1 the legal role; another administrator must confirm it.").arg(user));
    return db.audit(LegalGrantConfirmed,
                    QJsonObject {{QLatin1String("user"), user},
                                 {QLatin1String("request_seq"), it->seq},
                                 {QLatin1String("requested_by"), it->requestedBy}});
}

Status LegalGrants::requireConfirmed(CaseDatabase& db, const QString& user)
{
    auto events = readLegalGrantEvents(db);
    if (!events)
        return makeError(
            ErrorKind::Permission,
            tr("Cannot confirm that your legal role was confirmed (%1); refusing.").arg(events.errorMessage()));
    const auto it = events->pending.constFind(user);
    if (it == events->pending.cend())
        return {};
    return makeError(ErrorKind::Permission,
                     tr("Your legal role, granted by %1 at %2, waits for a second administrator to confirm it (user "
                        "confirm-role %3); until then you cannot approve or reject releases.")
                         .arg(it->requestedBy, it->requestedAt, user));
}

} // namespace lpdesk

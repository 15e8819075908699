#include "retention/RetentionService.h"

#include "auth/Permissions.h"
#include "auth/Session.h"
#include "cases/CaseService.h"
#include "common/Time.h"
#include "crypto/Random.h"
#include "custody/CustodyLog.h"
#include "custody/CustodyRecorder.h"
#include "db/CaseDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace lpdesk {

QJsonObject RetentionRule::toJson() const
{
    return {{QLatin1String("scope"), scope},
            {QLatin1String("name"), name},
            {QLatin1String("days"), days},
            {QLatin1String("counted_from"), countedFrom},
            {QLatin1String("updated_at"), updatedAt},
            {QLatin1String("updated_by"), updatedBy}};
}

QJsonObject LegalHold::toJson() const
{
    auto orNull = [](const QString& s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    return {{QLatin1String("id"), id},
            {QLatin1String("target_kind"), targetKind},
            {QLatin1String("target_id"), targetId},
            {QLatin1String("reason"), reason},
            {QLatin1String("held_at"), heldAt},
            {QLatin1String("held_by"), heldBy},
            {QLatin1String("active"), active()},
            {QLatin1String("lifted_at"), orNull(liftedAt)},
            {QLatin1String("lifted_by"), orNull(liftedBy)},
            {QLatin1String("lift_reason"), orNull(liftReason)}};
}

QJsonObject PurgeItem::toJson() const
{
    return {{QLatin1String("id"), mediaId},
            {QLatin1String("kind"), kind},
            {QLatin1String("sha256"), sha256},
            {QLatin1String("size"), size},
            {QLatin1String("case_ids"), QJsonArray::fromStringList(caseIds)},
            {QLatin1String("incident_ids"), QJsonArray::fromStringList(incidentIds)},
            {QLatin1String("expired_at"), expiredAt},
            {QLatin1String("blocked"), blocked.isEmpty() ? QJsonValue() : QJsonValue(blocked)},
            {QLatin1String("refusal"), refusal.isEmpty() ? QJsonValue() : QJsonValue(refusal)}};
}

int PurgePlan::purgeable() const
{
    int n = 0;
    for (const PurgeItem& i : items)
        n += i.blocked.isEmpty() ? 1 : 0;
    return n;
}

qint64 PurgePlan::purgeableBytes() const
{
    qint64 n = 0;
    for (const PurgeItem& i : items)
        n += i.blocked.isEmpty() ? i.size : 0;
    return n;
}

int PurgePlan::purgeable(const QString& kind, qint64* bytes) const
{
    int n = 0;
    qint64 b = 0;
    for (const PurgeItem& i : items)
        if (i.blocked.isEmpty() && i.kind == kind) {
            ++n;
            b += i.size;
        }
    if (bytes)
        *bytes = b;
    return n;
}

QMap<QString, int> PurgePlan::refusals() const
{
    QMap<QString, int> out;
    for (const PurgeItem& i : items)
        if (!i.refusal.isEmpty())
            ++out[i.refusal];
    return out;
}

QStringList RetentionService::evidenceKinds()
{
    return {QStringLiteral("original"), QStringLiteral("derivative"), QStringLiteral("still"),
            QStringLiteral("pos_journal")};
}

RetentionService::RetentionService(CaseDatabase& db) : m_db(db)
{ }

Status RetentionService::setRule(const QString& scope, const QString& name, int days, const QString& countedFrom)
{
    LP_TRY(Permissions::require(m_db.session(), Action::SetRetention));
    static const QRegularExpression typeRe(QStringLiteral("^[a-z_]{1,40}\\z"));
    if (scope != QLatin1String("type") && scope != QLatin1String("evidence"))
        return makeError(ErrorKind::Usage, tr("A retention rule is for an incident type or an evidence kind."));
    if (scope == QLatin1String("evidence") && !evidenceKinds().contains(name))
        return makeError(ErrorKind::Usage,
                         tr("The evidence kind is one of: %1.").arg(evidenceKinds().join(QStringLiteral(", "))));
    if (!typeRe.match(name).hasMatch())
        return makeError(ErrorKind::Usage, tr("An incident type is 1–40 lowercase letters or '_'."));
    if (days < 1 || days > 36500)
        return makeError(ErrorKind::Usage, tr("A retention period is 1 to 36500 days."));
    if (countedFrom != QLatin1String("incident") && countedFrom != QLatin1String("closure"))
        return makeError(ErrorKind::Usage,
                         tr("A retention period counts from the incident or from the case's closure."));
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO retention_rules (scope, name, days, counted_from, updated_at, "
                             "updated_by) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v : {QVariant(scope), QVariant(name), QVariant(days), QVariant(countedFrom),
                              QVariant(utcNowString()), QVariant(m_db.session().userName)})
        q.addBindValue(v);
    if (!q.exec())
        return failure(q.lastError().text());
    LP_TRY(m_db.auditIn(db, QStringLiteral("retention_set"),
                        QJsonObject {{QLatin1String("scope"), scope},
                                     {QLatin1String("name"), name},
                                     {QLatin1String("days"), days},
                                     {QLatin1String("counted_from"), countedFrom}}));
    return tx.commit();
}

Status RetentionService::removeRule(const QString& scope, const QString& name)
{
    LP_TRY(Permissions::require(m_db.session(), Action::SetRetention));
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM retention_rules WHERE scope = ? AND name = ?"));
    q.addBindValue(scope);
    q.addBindValue(name);
    if (!q.exec())
        return failure(q.lastError().text());
    if (q.numRowsAffected() != 1)
        return makeError(ErrorKind::NotFound, tr("There is no retention rule for %1.").arg(name));
    LP_TRY(m_db.auditIn(db, QStringLiteral("retention_removed"),
                        QJsonObject {{QLatin1String("scope"), scope}, {QLatin1String("name"), name}}));
    return tx.commit();
}

Result<QList<RetentionRule>> RetentionService::rules()
{
    LP_TRY(Permissions::require(m_db.session(), Action::ReadRetention));
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT scope, name, days, counted_from, updated_at, updated_by FROM retention_rules "
                               "ORDER BY scope DESC, name")))
        return failure(q.lastError().text());
    QList<RetentionRule> out;
    while (q.next())
        out << RetentionRule {q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(),
                              q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
    return out;
}

Result<QString> RetentionService::resolveTarget(const QString& kind, const QString& target)
{
    if (kind == QLatin1String("case")) {
        QSqlDatabase db = m_db.connection();
        QSqlQuery q(db);
        // Resolved here rather than through CaseService so that an administrator (who reads no case) can hold.
        q.prepare(QStringLiteral("SELECT id FROM cases WHERE id = ? OR printf('LPD-%s-%04d', substr(created_at, 1, 4), "
                                 "number) = ?"));
        q.addBindValue(target);
        q.addBindValue(target);
        if (!q.exec())
            return failure(q.lastError().text());
        if (!q.next())
            return makeError(ErrorKind::NotFound, tr("There is no case %1.").arg(target.left(64)));
        return q.value(0).toString();
    }
    if (kind == QLatin1String("incident")) {
        QSqlDatabase db = m_db.connection();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id FROM incidents WHERE id = ?"));
        q.addBindValue(target);
        if (!q.exec())
            return failure(q.lastError().text());
        if (!q.next())
            return makeError(ErrorKind::NotFound, tr("There is no incident %1.").arg(target.left(64)));
        return q.value(0).toString();
    }
    return makeError(ErrorKind::Usage, tr("A legal hold is on a case or an incident."));
}

Result<QString> RetentionService::hold(const QString& kind, const QString& target, const QString& reason)
{
    LP_TRY(Permissions::require(m_db.session(), Action::PlaceHold));
    if (reason.trimmed().isEmpty() || reason.size() > 4000)
        return makeError(ErrorKind::Usage, tr("A legal hold needs a reason (up to 4000 characters)."));
    auto id = resolveTarget(kind, target);
    if (!id)
        return id.error();
    const QString holdId = randomUuid();
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO legal_holds (id, target_kind, target_id, reason, held_at, held_by) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v : {QVariant(holdId), QVariant(kind), QVariant(*id), QVariant(reason),
                              QVariant(utcNowString()), QVariant(m_db.session().userName)})
        q.addBindValue(v);
    if (!q.exec())
        return failure(q.lastError().text());
    const QString chain = kind == QLatin1String("case") ? CustodyLog::caseChain(*id) : CustodyLog::incidentChain(*id);
    auto ev = CustodyRecorder(m_db).record(db, chain, QStringLiteral("legal_hold_placed"),
                                           QJsonObject {{QLatin1String("hold_id"), holdId}});
    if (!ev)
        return ev.error();
    LP_TRY(m_db.auditIn(db, QStringLiteral("legal_hold_placed"),
                        QJsonObject {{QLatin1String("hold_id"), holdId},
                                     {QLatin1String("target_kind"), kind},
                                     {QLatin1String("target_id"), *id}}));
    LP_TRY(tx.commit());
    return holdId;
}

Status RetentionService::unhold(const QString& kind, const QString& target, const QString& reason)
{
    LP_TRY(Permissions::require(m_db.session(), Action::LiftHold));
    if (reason.trimmed().isEmpty() || reason.size() > 4000)
        return makeError(ErrorKind::Usage, tr("Lifting a legal hold needs a reason (up to 4000 characters)."));
    auto id = resolveTarget(kind, target);
    if (!id)
        return id.error();
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT id FROM legal_holds WHERE target_kind = ? AND target_id = ? AND lifted_at IS NULL"));
    q.addBindValue(kind);
    q.addBindValue(*id);
    if (!q.exec())
        return failure(q.lastError().text());
    QStringList holdIds;
    while (q.next())
        holdIds << q.value(0).toString();
    if (holdIds.isEmpty())
        return makeError(ErrorKind::NotFound, tr("There is no legal hold on %1.").arg(target.left(64)));
    q.prepare(QStringLiteral("UPDATE legal_holds SET lifted_at = ?, lifted_by = ?, lift_reason = ? "
                             "WHERE target_kind = ? AND target_id = ? AND lifted_at IS NULL"));
    for (const QVariant& v :
         {QVariant(utcNowString()), QVariant(m_db.session().userName), QVariant(reason), QVariant(kind), QVariant(*id)})
        q.addBindValue(v);
    if (!q.exec())
        return failure(q.lastError().text());
    const QString chain = kind == QLatin1String("case") ? CustodyLog::caseChain(*id) : CustodyLog::incidentChain(*id);
    auto ev
        = CustodyRecorder(m_db).record(db, chain, QStringLiteral("legal_hold_lifted"),
                                       QJsonObject {{QLatin1String("hold_ids"), QJsonArray::fromStringList(holdIds)}});
    if (!ev)
        return ev.error();
    LP_TRY(m_db.auditIn(db, QStringLiteral("legal_hold_lifted"),
                        QJsonObject {{QLatin1String("hold_ids"), QJsonArray::fromStringList(holdIds)},
                                     {QLatin1String("target_kind"), kind},
                                     {QLatin1String("target_id"), *id}}));
    return tx.commit();
}

Result<QList<LegalHold>> RetentionService::holds(bool activeOnly)
{
    LP_TRY(Permissions::require(m_db.session(), Action::ReadHolds));
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, target_kind, target_id, reason, held_at, held_by, lifted_at, lifted_by, "
                               "lift_reason FROM legal_holds %1 ORDER BY held_at")
                    .arg(activeOnly ? QStringLiteral("WHERE lifted_at IS NULL") : QString())))
        return failure(q.lastError().text());
    QList<LegalHold> out;
    while (q.next())
        out << LegalHold {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                          q.value(6).toString(), q.value(7).toString(), q.value(8).toString()};
    return out;
}

// A clip, derivative or still loses its file and keeps its media row as the tombstone; a POS journal loses its
// encrypted original and keeps its evidence row (the transactions read from it stay: they are the cases' records).
Status RetentionService::purgeOne(const PurgeItem& item)
{
    const bool journal = item.kind == QLatin1String("pos_journal");
    const QString table = journal ? QStringLiteral("evidence_files") : QStringLiteral("media");
    QSqlDatabase db = m_db.connection();
    QString file;
    {
        Transaction tx(db);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT file FROM %1 WHERE id = ? AND purged_at IS NULL").arg(table));
        q.addBindValue(item.mediaId);
        if (!q.exec())
            return failure(q.lastError().text());
        if (!q.next())
            return {};
        file = q.value(0).toString();
        q.prepare(
            QStringLiteral("UPDATE %1 SET purged_at = ?, purged_by = ?, purge_reason = ? WHERE id = ?").arg(table));
        const QString reason = tr("retention period ended %1").arg(item.expiredAt);
        for (const QVariant& v :
             {QVariant(utcNowString()), QVariant(m_db.session().userName), QVariant(reason), QVariant(item.mediaId)})
            q.addBindValue(v);
        if (!q.exec())
            return failure(q.lastError().text());
        const QJsonObject details {
            {journal ? QLatin1String("evidence_file_id") : QLatin1String("media_id"), item.mediaId},
            {QLatin1String("kind"), item.kind},
            {QLatin1String("sha256"), item.sha256},
            {QLatin1String("size"), item.size},
            {QLatin1String("expired_at"), item.expiredAt}};
        QStringList chains;
        for (const QString& c : item.caseIds)
            chains << CustodyLog::caseChain(c);
        if (journal || item.kind == QLatin1String("original"))
            for (const QString& i : item.incidentIds)
                chains << CustodyLog::incidentChain(i);
        for (const QString& chain : chains) {
            auto ev = CustodyRecorder(m_db).record(db, chain, QStringLiteral("purged"), details);
            if (!ev)
                return ev.error();
        }
        LP_TRY(m_db.auditIn(db, QStringLiteral("evidence_purged"), details));
        LP_TRY(tx.commit());
    }
    // After the commit: a file left behind by a crash here is encrypted and already marked purged.
    const QString path = m_db.mediaDirectory() + QLatin1Char('/') + file;
    if (QFile::exists(path) && !QFile::remove(path))
        return failure(journal
                           ? tr("POS journal %1 is marked purged but its file could not be removed.").arg(item.mediaId)
                           : tr("Clip %1 is marked purged but its file could not be removed.").arg(item.mediaId));
    return {};
}

Result<QList<PurgeItem>> RetentionService::purge(const std::function<bool(int, int)>& progress)
{
    auto p = plan();
    if (!p)
        return p.error();
    QList<PurgeItem> todo;
    for (const PurgeItem& i : p->items)
        if (i.blocked.isEmpty())
            todo << i;
    CaseDatabase::testHoldPoint("retention_purge"); // tests cancel here, before the first item
    QList<PurgeItem> done;
    for (const PurgeItem& i : todo) {
        if (progress && !progress(static_cast<int>(done.size()), static_cast<int>(todo.size())))
            break;
        LP_TRY(purgeOne(i));
        done << i;
    }
    if (progress)
        progress(static_cast<int>(done.size()), static_cast<int>(todo.size()));
    LP_TRY(m_db.audit(QStringLiteral("retention_purge_run"),
                      QJsonObject {{QLatin1String("purged"), static_cast<int>(done.size())},
                                   {QLatin1String("planned"), static_cast<int>(todo.size())}}));
    return done;
}

} // namespace lpdesk

#include "db/AuditEventCache.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace lpdesk {

namespace {

struct Entry
{
    qint64 headSeq = 0;
    QString headHash;
    QList<AuditEventCache::Event> events;
};

QMutex cacheMutex;
QHash<QString, Entry> cache; // database file + kind
std::atomic<qint64> rowsReadTotal {0};

QString predicate(AuditEventCache::Kind kind)
{
    switch (kind) {
    case AuditEventCache::Revocations:
        return QStringLiteral("(instr(event, 'certificate_revoked') > 0 OR instr(event, '\"crl_number\"') > 0)");
    case AuditEventCache::TsaSettings:
        return QStringLiteral("instr(event, '\"settings_changed\"') > 0 AND instr(event, '\"tsa_') > 0");
    case AuditEventCache::AnchorsWritten:
        return QStringLiteral("instr(event, '\"anchor_written\"') > 0");
    case AuditEventCache::LegalGrantEvents:
        return QStringLiteral("(instr(event, '\"legal_grant_') > 0 OR instr(event, '\"user_added\"') > 0 "
                              "OR instr(event, '\"role_changed\"') > 0 OR instr(event, '\"user_removed\"') > 0)");
    case AuditEventCache::CheckpointSigning:
        return QStringLiteral("(instr(event, '\"custody_checkpoints_personal\"') > 0 OR "
                              "instr(event, '\"workstation_key_rotated\"') > 0)");
    case AuditEventCache::RecipientKeys:
        return QStringLiteral("instr(event, '\"recipient_key_id\"') > 0");
    case AuditEventCache::SlotKeys:
        return QStringLiteral("(instr(event, 'slot_public_key\"') > 0 OR instr(event, '\"user_removed\"') > 0 "
                              "OR instr(event, '\"personal_certificate_issued\"') > 0)");
    case AuditEventCache::ReleasesSent:
        return QStringLiteral("(instr(event, '\"exported\"') > 0 OR instr(event, '\"submission_') > 0 "
                              "OR instr(event, '\"submitted\"') > 0)");
    }
    return QStringLiteral("0");
}

QString readError(const QSqlQuery& q)
{
    return QCoreApplication::translate("lpdesk::AuditEventCache", "Cannot read the audit log: %1")
        .arg(q.lastError().text());
}

} // namespace

Result<QList<AuditEventCache::Event>> AuditEventCache::matching(QSqlDatabase& db, Kind kind)
{
    QSqlQuery head(db);
    if (!head.exec(QStringLiteral("SELECT seq, hash FROM audit_log WHERE chain = '' ORDER BY seq DESC LIMIT 1")))
        return failure(readError(head));
    const qint64 headSeq = head.next() ? head.value(0).toLongLong() : 0;
    const QString headHash = headSeq > 0 ? head.value(1).toString() : QString();
    head.finish();

    const QString key = db.databaseName() + QLatin1Char('\n') + QString::number(int(kind));
    QMutexLocker lock(&cacheMutex);
    Entry entry = cache.value(key);
    if (entry.headSeq > 0) {
        // The cached part still counts only if the chain still holds its last event unchanged (no truncation,
        // restore or rollback since): anything else is read again from the start.
        QSqlQuery same(db);
        same.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE chain = '' AND seq = ?"));
        same.addBindValue(entry.headSeq);
        if (!same.exec())
            return failure(readError(same));
        if (!same.next() || same.value(0).toString() != entry.headHash || entry.headSeq > headSeq)
            entry = Entry();
    }
    if (entry.headSeq == headSeq && entry.headHash == headHash)
        return entry.events;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, event FROM audit_log WHERE chain = '' AND seq > ? AND seq <= ? AND %1 "
                             "ORDER BY seq")
                  .arg(predicate(kind)));
    q.addBindValue(entry.headSeq);
    q.addBindValue(headSeq);
    if (!q.exec())
        return failure(readError(q));
    qint64 read = 0;
    while (q.next()) {
        ++read;
        entry.events.append(
            {q.value(0).toLongLong(), QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object()});
    }
    rowsReadTotal += read;
    entry.headSeq = headSeq;
    entry.headHash = headHash;
    cache.insert(key, entry);
    return entry.events;
}

Result<QJsonObject> AuditEventCache::databaseCreated(QSqlDatabase& db)
{
    QSqlQuery first(db);
    if (!first.exec(QStringLiteral("SELECT event FROM audit_log WHERE chain = '' ORDER BY seq LIMIT 1")))
        return failure(QCoreApplication::translate("lpdesk::AuditEventCache", "Cannot read the audit log: %1")
                           .arg(first.lastError().text()));
    if (!first.next())
        return QJsonObject();
    const QJsonObject event = QJsonDocument::fromJson(first.value(0).toString().toUtf8()).object();
    if (event.value(QLatin1String("action")).toString() != QLatin1String("database_created"))
        return QJsonObject();
    return event.value(QLatin1String("details")).toObject();
}

qint64 AuditEventCache::rowsRead()
{
    return rowsReadTotal;
}

void AuditEventCache::forget()
{
    QMutexLocker lock(&cacheMutex);
    cache.clear();
}

} // namespace lpdesk

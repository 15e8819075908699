#include "cases/MarkerService.h"

#include "auth/Permissions.h"
#include "common/Time.h"
#include "crypto/Random.h"
#include "crypto/Sha256.h"
#include "custody/CustodyLog.h"
#include "custody/CustodyRecorder.h"
#include "db/CaseDatabase.h"
#include "db/SqlRow.h"

#include <QSqlError>
#include <QSqlQuery>

namespace lpdesk {

MarkerService::MarkerService(CaseDatabase& db) : m_db(db)
{ }

Result<QString> MarkerService::add(const QString& caseId, const QString& mediaId, double seconds, const QString& note)
{
    LP_TRY(Permissions::require(m_db.session(), Action::WorkOnEvidence));
    if (caseId.isEmpty())
        return makeError(ErrorKind::Usage, tr("Markers belong to a case."));
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    const QString id = randomUuid();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO markers (id, case_id, media_id, at_seconds, note, created_at, created_by) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v : {QVariant(id), QVariant(caseId), QVariant(mediaId), QVariant(seconds),
                              QVariant(note.left(2000)), QVariant(utcNowString()), QVariant(m_db.session().userName)})
        q.addBindValue(v);
    if (!q.exec())
        return failure(q.lastError().text());
    // The note stays in the encrypted markers row; custody (which packages carry) holds its hash and length only.
    const QByteArray text = note.left(2000).toUtf8();
    auto ev
        = CustodyRecorder(m_db).record(db, CustodyLog::caseChain(caseId), QStringLiteral("marker_added"),
                                       QJsonObject {{QLatin1String("marker_id"), id},
                                                    {QLatin1String("media_id"), mediaId},
                                                    {QLatin1String("at"), seconds},
                                                    {QLatin1String("note_sha256"), Sha256::hashHex(text)},
                                                    {QLatin1String("note_length"), static_cast<qint64>(text.size())}});
    if (!ev)
        return ev.error();
    LP_TRY(tx.commit());
    return id;
}

Status MarkerService::remove(const QString& markerId)
{
    LP_TRY(Permissions::require(m_db.session(), Action::WorkOnEvidence));
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT case_id, media_id FROM markers WHERE id = ?"));
    q.addBindValue(markerId);
    if (!q.exec() || !q.next())
        return makeError(ErrorKind::NotFound, tr("There is no marker %1.").arg(markerId));
    const SqlRow row(q);
    const QString caseId = row.string("case_id");
    const QString mediaId = row.string("media_id");
    q.finish();
    q.prepare(QStringLiteral("DELETE FROM markers WHERE id = ?"));
    q.addBindValue(markerId);
    if (!q.exec())
        return failure(q.lastError().text());
    auto ev = CustodyRecorder(m_db).record(
        db, CustodyLog::caseChain(caseId), QStringLiteral("marker_removed"),
        QJsonObject {{QLatin1String("marker_id"), markerId}, {QLatin1String("media_id"), mediaId}});
    if (!ev)
        return ev.error();
    return tx.commit();
}

Result<QList<Marker>> MarkerService::forMedia(const QString& mediaId, const QString& caseId)
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, case_id, media_id, at_seconds, note, created_by, created_at FROM markers "
                             "WHERE media_id = ? AND (? = '' OR case_id = ?) ORDER BY at_seconds"));
    q.addBindValue(mediaId);
    q.addBindValue(caseId);
    q.addBindValue(caseId);
    if (!q.exec())
        return failure(q.lastError().text());
    QList<Marker> out;
    const SqlRow row(q);
    while (q.next())
        out << Marker {row.string("id"),   row.string("case_id"),    row.string("media_id"),  row.real("at_seconds"),
                       row.string("note"), row.string("created_by"), row.string("created_at")};
    return out;
}

} // namespace lpdesk

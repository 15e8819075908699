// Reading statements: their JSON, one statement or a case's, an attachment, full-text search.
#include "statements/StatementRows.h"
#include "statements/StatementService.h"

#include "auth/Permissions.h"
#include "crypto/EncryptedDocument.h"
#include "db/CaseDatabase.h"
#include "inbox/IncidentInbox.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace lpdesk {

QJsonObject Statement::content() const
{
    QJsonArray files;
    for (const StatementAttachment& a : attachments)
        files.append(QJsonObject {{QLatin1String("name"), a.name},
                                  {QLatin1String("media_type"), a.mediaType},
                                  {QLatin1String("sha256"), a.sha256},
                                  {QLatin1String("size"), a.size}});
    return QJsonObject {{QLatin1String("id"), id},
                        {QLatin1String("case_id"), caseId},
                        {QLatin1String("version"), version},
                        {QLatin1String("previous_id"), previousId.isEmpty() ? QJsonValue() : QJsonValue(previousId)},
                        {QLatin1String("author"), author},
                        {QLatin1String("role"), role},
                        {QLatin1String("contact"), contact},
                        {QLatin1String("anonymous"), anonymous},
                        {QLatin1String("pseudonym"), pseudonym},
                        {QLatin1String("taken_at"), takenAt},
                        {QLatin1String("text"), text},
                        {QLatin1String("attestation"), attestation},
                        {QLatin1String("attachments"), files}};
}

QJsonObject Statement::toJson(bool maskPii) const
{
    QJsonObject o = content();
    if (maskPii) {
        o.remove(QLatin1String("contact"));
        if (anonymous)
            o.insert(QLatin1String("author"), pseudonym);
        o.remove(QLatin1String("pseudonym"));
    }
    QJsonArray files;
    for (const StatementAttachment& a : attachments)
        files.append(QJsonObject {{QLatin1String("id"), a.id},
                                  {QLatin1String("name"), a.name},
                                  {QLatin1String("media_type"), a.mediaType},
                                  {QLatin1String("sha256"), a.sha256},
                                  {QLatin1String("size"), a.size}});
    o.insert(QLatin1String("attachments"), files);
    o.insert(QLatin1String("signed_off"), signedOff());
    o.insert(QLatin1String("signed_off_at"), signedOffAt.isEmpty() ? QJsonValue() : QJsonValue(signedOffAt));
    o.insert(QLatin1String("signed_off_by"), signedOffBy.isEmpty() ? QJsonValue() : QJsonValue(signedOffBy));
    o.insert(QLatin1String("content_sha256"), contentSha256.isEmpty() ? QJsonValue() : QJsonValue(contentSha256));
    o.insert(QLatin1String("superseded_by"), supersededBy.isEmpty() ? QJsonValue() : QJsonValue(supersededBy));
    o.insert(QLatin1String("created_at"), createdAt);
    o.insert(QLatin1String("created_by"), createdBy);
    return o;
}

namespace statementrows {

Result<Statement> read(QSqlDatabase& db, const QString& id)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT s.id, s.case_id, s.version, s.previous_id, s.author, s.author_role, s.contact, "
                       "s.anonymous, s.pseudonym, "
                       "s.taken_at, s.text, s.attestation, s.signed_off_at, s.signed_off_by, s.text_sha256, "
                       "s.created_at, s.created_by, "
                       "(SELECT n.id FROM statements n WHERE n.previous_id = s.id) FROM statements s WHERE s.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return failure(q.lastError().text());
    if (!q.next())
        return makeError(ErrorKind::NotFound, StatementService::tr("There is no statement %1.").arg(id));
    Statement s;
    s.id = q.value(0).toString();
    s.caseId = q.value(1).toString();
    s.version = q.value(2).toInt();
    s.previousId = q.value(3).toString();
    s.author = q.value(4).toString();
    s.role = q.value(5).toString();
    s.contact = q.value(6).toString();
    s.anonymous = q.value(7).toBool();
    s.pseudonym = q.value(8).toString();
    s.takenAt = q.value(9).toString();
    s.text = q.value(10).toString();
    s.attestation = q.value(11).toString();
    s.signedOffAt = q.value(12).toString();
    s.signedOffBy = q.value(13).toString();
    s.contentSha256 = q.value(14).toString();
    s.createdAt = q.value(15).toString();
    s.createdBy = q.value(16).toString();
    s.supersededBy = q.value(17).toString();
    q.finish();
    q.prepare(
        QStringLiteral("SELECT id, name, media_type, sha256, size FROM statement_attachments WHERE statement_id = ? "
                       "ORDER BY rowid"));
    q.addBindValue(id);
    q.exec();
    while (q.next())
        s.attachments << StatementAttachment {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                              q.value(3).toString(), q.value(4).toLongLong()};
    return s;
}

} // namespace statementrows

Result<QList<Statement>> StatementService::list(const QString& caseId, bool currentOnly)
{
    LP_TRY(requireReader());
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT s.id FROM statements s WHERE s.case_id = ? %1 ORDER BY s.created_at, s.version")
                  .arg(currentOnly
                           ? QStringLiteral("AND NOT EXISTS (SELECT 1 FROM statements n WHERE n.previous_id = s.id)")
                           : QString()));
    q.addBindValue(caseId);
    if (!q.exec())
        return failure(q.lastError().text());
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    q.finish();
    QList<Statement> out;
    for (const QString& id : ids) {
        auto s = statementrows::read(db, id);
        if (!s)
            return s.error();
        out << *s;
    }
    return out;
}

Result<Statement> StatementService::get(const QString& statementId)
{
    LP_TRY(requireReader());
    QSqlDatabase db = m_db.connection();
    return statementrows::read(db, statementId);
}

Result<QByteArray> StatementService::attachment(const QString& attachmentId)
{
    LP_TRY(requireReader());
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT a.file, a.sha256, a.name, s.case_id FROM statement_attachments a "
                             "JOIN statements s ON s.id = a.statement_id WHERE a.id = ?"));
    q.addBindValue(attachmentId);
    if (!q.exec() || !q.next())
        return makeError(ErrorKind::NotFound, tr("There is no attachment %1.").arg(attachmentId));
    const QString file = q.value(0).toString();
    const QString sha = q.value(1).toString();
    const QString name = q.value(2).toString();
    q.finish();
    auto data = EncryptedDocument::read(db, m_db.mediaDirectory() + QLatin1Char('/') + file, sha,
                                        tr("Attachment %1").arg(name));
    if (!data)
        return data.error();
    LP_TRY(m_db.audit(QStringLiteral("statement_attachment_opened"),
                      QJsonObject {{QLatin1String("attachment_id"), attachmentId}, {QLatin1String("sha256"), sha}}));
    return data;
}

Result<QList<StatementHit>> StatementService::search(const QString& text, int limit)
{
    LP_TRY(requireReader());
    auto fts = IncidentInbox::ftsQuery(text);
    if (!fts)
        return fts.error();
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT statement_id, case_id, author, snippet(statements_fts, '[', ']', '…', 3, 12) "
                             "FROM statements_fts WHERE statements_fts MATCH ? LIMIT ?"));
    q.addBindValue(*fts);
    q.addBindValue(std::clamp(limit, 1, 10000));
    if (!q.exec())
        return failure(q.lastError().text());
    QList<StatementHit> out;
    while (q.next())
        out << StatementHit {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toString()};
    return out;
}

} // namespace lpdesk

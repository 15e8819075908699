// Reading statements: their JSON, one statement or a case's, an attachment, full-text search.
#include "statements/StatementRows.h"
#include "statements/StatementService.h"

#include "auth/Permissions.h"
#include "crypto/EncryptedDocument.h"
#include "db/CaseDatabase.h"
#include "db/SqlRow.h"
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
    q.prepare(QStringLiteral("SELECT s.id, s.case_id, s.version, s.previous_id, s.author, s.author_role, s.contact, "
                             "s.anonymous, s.pseudonym, "
                             "s.taken_at, s.text, s.attestation, s.signed_off_at, s.signed_off_by, s.text_sha256, "
                             "s.created_at, s.created_by, "
                             "(SELECT n.id FROM statements n WHERE n.previous_id = s.id) AS superseded_by "
                             "FROM statements s WHERE s.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return failure(q.lastError().text());
    if (!q.next())
        return makeError(ErrorKind::NotFound, StatementService::tr("There is no statement %1.").arg(id));
    Statement s;
    {
        const SqlRow row(q);
        s.id = row.string("id");
        s.caseId = row.string("case_id");
        s.version = row.integer("version");
        s.previousId = row.string("previous_id");
        s.author = row.string("author");
        s.role = row.string("author_role");
        s.contact = row.string("contact");
        s.anonymous = row.boolean("anonymous");
        s.pseudonym = row.string("pseudonym");
        s.takenAt = row.string("taken_at");
        s.text = row.string("text");
        s.attestation = row.string("attestation");
        s.signedOffAt = row.string("signed_off_at");
        s.signedOffBy = row.string("signed_off_by");
        s.contentSha256 = row.string("text_sha256");
        s.createdAt = row.string("created_at");
        s.createdBy = row.string("created_by");
        s.supersededBy = row.string("superseded_by");
    }
    q.finish();
    q.prepare(
        QStringLiteral("SELECT id, name, media_type, sha256, size FROM statement_attachments WHERE statement_id = ? "
                       "ORDER BY rowid"));
    q.addBindValue(id);
    q.exec();
    const SqlRow attachment(q);
    while (q.next())
        s.attachments << StatementAttachment {attachment.string("id"), attachment.string("name"),
                                              attachment.string("media_type"), attachment.string("sha256"),
                                              attachment.int64("size")};
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
    const SqlRow row(q);
    while (q.next())
        ids << row.string("id");
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
    const SqlRow row(q);
    const QString file = row.string("file");
    const QString sha = row.string("sha256");
    const QString name = row.string("name");
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
    q.prepare(
        QStringLiteral("SELECT statement_id, case_id, author, snippet(statements_fts, '[', ']', '…', 3, 12) AS excerpt "
                       "FROM statements_fts WHERE statements_fts MATCH ? LIMIT ?"));
    q.addBindValue(*fts);
    q.addBindValue(std::clamp(limit, 1, 10000));
    if (!q.exec())
        return failure(q.lastError().text());
    QList<StatementHit> out;
    const SqlRow row(q);
    while (q.next())
        out << StatementHit {row.string("statement_id"), row.string("case_id"), row.string("author"),
                             row.string("excerpt")};
    return out;
}

} // namespace lpdesk

#include "statements/StatementService.h"
#include "statements/StatementRows.h"

#include "auth/Permissions.h"
#include "common/CanonicalJson.h"
#include "common/Time.h"
#include "crypto/EncryptedDocument.h"
#include "crypto/Lpenc.h"
#include "crypto/Random.h"
#include "crypto/Sha256.h"
#include "custody/CustodyLog.h"
#include "custody/CustodyRecorder.h"
#include "db/CaseDatabase.h"
#include "db/SqlRow.h"
#include "db/WorkstationKeys.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace lpdesk {

namespace {

QString sniffMediaType(const QByteArray& head, const QString& name)
{
    if (head.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (head.startsWith("\xff\xd8\xff"))
        return QStringLiteral("image/jpeg");
    if (head.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    if (head.startsWith("RIFF") && head.mid(8, 4) == "WAVE")
        return QStringLiteral("audio/wav");
    if (head.mid(4, 4) == "ftyp")
        return QStringLiteral("video/mp4");
    const QString suffix = QFileInfo(name).suffix().toLower();
    if (suffix == QLatin1String("txt"))
        return QStringLiteral("text/plain");
    return QStringLiteral("application/octet-stream");
}

QString letterFor(int n)
{
    // A, B, … Z, AA, AB, …
    QString s;
    do {
        s.prepend(QChar(u'A' + n % 26));
        n = n / 26 - 1;
    } while (n >= 0);
    return s;
}

QString roleTitle(const QString& role)
{
    if (role == QLatin1String("staff"))
        return QStringLiteral("Staff member");
    if (role == QLatin1String("security"))
        return QStringLiteral("Security officer");
    if (role == QLatin1String("manager"))
        return QStringLiteral("Manager");
    if (role == QLatin1String("investigator"))
        return QStringLiteral("Investigator");
    return QStringLiteral("Witness");
}

} // namespace

QStringList StatementService::roles()
{
    return {QStringLiteral("witness"), QStringLiteral("staff"), QStringLiteral("security"), QStringLiteral("manager"),
            QStringLiteral("investigator")};
}

QString StatementService::standardAttestation()
{
    return QStringLiteral("I declare that this statement is true to the best of my knowledge and belief, and that I "
                          "made it knowing that it may be given to the police and used in court.");
}

StatementService::StatementService(CaseDatabase& db) : m_db(db)
{ }

Status StatementService::requireWriter() const
{
    return Permissions::require(m_db.session(), Action::RecordStatements);
}

Status StatementService::requireReader() const
{
    return Permissions::require(m_db.session(), Action::ReadStatements);
}

namespace {

Status checkDraft(const StatementDraft& d)
{
    if (d.author.trimmed().isEmpty() || d.author.size() > 200)
        return makeError(ErrorKind::Usage, StatementService::tr("A statement needs an author (up to 200 characters)."));
    if (!StatementService::roles().contains(d.role))
        return makeError(ErrorKind::Usage,
                         StatementService::tr("The author's role is one of: %1.")
                             .arg(StatementService::roles().join(QStringLiteral(", "))));
    if (d.text.trimmed().isEmpty() || d.text.size() > StatementService::MaxTextChars)
        return makeError(
            ErrorKind::Usage,
            StatementService::tr("A statement needs text (up to %1 characters).").arg(StatementService::MaxTextChars));
    if (d.contact.size() > 1000 || d.attestation.size() > 2000)
        return makeError(ErrorKind::Usage, StatementService::tr("The contact or attestation is too long."));
    if (!d.takenAt.isEmpty() && !parseRfc3339(d.takenAt).isValid())
        return makeError(ErrorKind::Usage,
                         StatementService::tr("The time taken is not an RFC 3339 time: %1").arg(d.takenAt));
    return {};
}

// Encrypts one attachment into the media folder and records it; the caller's transaction makes it stick.
Status attachIn(CaseDatabase& cdb, QSqlDatabase& db, const QString& statementId, const QString& path,
                QStringList* writtenFiles, QJsonArray* custodyFiles)
{
    const QString id = randomUuid();
    const QString file = QStringLiteral("att-") + id + QStringLiteral(".lpenc");
    auto done = EncryptedDocument::store(db, path, cdb.mediaDirectory() + QLatin1Char('/') + file,
                                         StatementService::MaxAttachmentBytes);
    if (!done)
        return done.error();
    writtenFiles->append(done->path);
    const QByteArray head = done->head;
    const QString name = QFileInfo(path).fileName().left(255);
    const QString type = sniffMediaType(head, name);
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO statement_attachments (id, statement_id, name, media_type, sha256, size, file) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v : {QVariant(id), QVariant(statementId), QVariant(name), QVariant(type),
                              QVariant(done->sha256), QVariant(done->size), QVariant(file)})
        q.addBindValue(v);
    if (!q.exec())
        return failure(q.lastError().text());
    custodyFiles->append(QJsonObject {{QLatin1String("attachment_id"), id},
                                      {QLatin1String("name"), name},
                                      {QLatin1String("sha256"), done->sha256},
                                      {QLatin1String("size"), done->size}});
    return {};
}

void removeFiles(const QStringList& files)
{
    for (const QString& f : files)
        QFile::remove(f);
}

Status indexIn(QSqlDatabase& db, const QString& id, const QString& caseId, const QString& author, const QString& text)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM statements_fts WHERE statement_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return failure(q.lastError().text());
    q.prepare(QStringLiteral("INSERT INTO statements_fts (statement_id, case_id, author, text) VALUES (?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(caseId);
    q.addBindValue(author);
    q.addBindValue(text);
    if (!q.exec())
        return failure(q.lastError().text());
    return {};
}

// A correction, step by step. Only the newest signed-off version is corrected, and never into or out of anonymity.
Status correctable(const Statement& old, const QString& statementId, const StatementDraft& draft)
{
    if (!old.signedOff())
        return makeError(
            ErrorKind::Usage,
            StatementService::tr("Statement %1 is still a draft: edit it instead of correcting it.").arg(statementId));
    if (!old.supersededBy.isEmpty())
        return makeError(ErrorKind::Usage,
                         StatementService::tr("Statement %1 was already corrected by %2; correct the newest version.")
                             .arg(statementId, old.supersededBy));
    if (old.anonymous != draft.anonymous)
        return makeError(ErrorKind::Usage,
                         StatementService::tr("A correction cannot change whether the author stays anonymous."));
    return {};
}

// The new version's row: what the draft says, and what it leaves out kept from the version it corrects.
Status insertCorrection(QSqlDatabase& db, const QString& id, const Statement& old, const QString& statementId,
                        const StatementDraft& draft, const QString& userName)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO statements (id, case_id, version, previous_id, author, author_role, contact, anonymous, "
        "pseudonym, "
        "taken_at, text, attestation, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v :
         {QVariant(id), QVariant(old.caseId), QVariant(old.version + 1), QVariant(statementId),
          QVariant(draft.author.trimmed()), QVariant(draft.role), QVariant(draft.contact),
          QVariant(old.anonymous ? 1 : 0), old.pseudonym.isEmpty() ? QVariant() : QVariant(old.pseudonym),
          QVariant(draft.takenAt.isEmpty() ? old.takenAt : toUtcString(parseRfc3339(draft.takenAt))),
          QVariant(draft.text), QVariant(draft.attestation.isEmpty() ? old.attestation : draft.attestation),
          QVariant(utcNowString()), QVariant(userName)})
        q.addBindValue(v);
    if (!q.exec())
        return failure(q.lastError().text());
    return {};
}

// The previous version's attachments carry over (same encrypted bytes, new rows). The files copied are added to
// written; the caller removes them when this or anything after it fails.
Status carryAttachments(CaseDatabase& cdb, QSqlDatabase& db, const Statement& old, const QString& id,
                        QStringList* written)
{
    QSqlQuery q(db);
    for (const StatementAttachment& a : old.attachments) {
        CaseDatabase::testHoldPoint("StatementService::carryAttachment"); // tests make the next query fail here
        q.prepare(QStringLiteral("SELECT file FROM statement_attachments WHERE id = ?"));
        q.addBindValue(a.id);
        if (!q.exec() || !q.next())
            return failure(q.lastError().text());
        const QString src = cdb.mediaDirectory() + QLatin1Char('/') + SqlRow(q).string("file");
        const QString newId = randomUuid();
        const QString file = QStringLiteral("att-") + newId + QStringLiteral(".lpenc");
        const QString dst = cdb.mediaDirectory() + QLatin1Char('/') + file;
        if (!QFile::copy(src, dst))
            return failure(StatementService::tr("Cannot copy attachment %1.").arg(a.name));
        *written << dst;
        q.prepare(
            QStringLiteral("INSERT INTO statement_attachments (id, statement_id, name, media_type, sha256, size, file) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant& v : {QVariant(newId), QVariant(id), QVariant(a.name), QVariant(a.mediaType),
                                  QVariant(a.sha256), QVariant(a.size), QVariant(file)})
            q.addBindValue(v);
        if (!q.exec())
            return failure(q.lastError().text());
    }
    return {};
}

} // namespace

Result<QString> StatementService::add(const QString& caseId, const StatementDraft& draft)
{
    LP_TRY(requireWriter());
    LP_TRY(checkDraft(draft));
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM cases WHERE id = ?"));
    q.addBindValue(caseId);
    if (!q.exec() || !q.next())
        return makeError(ErrorKind::NotFound, tr("There is no case %1.").arg(caseId));
    QString pseudonym;
    if (draft.anonymous) {
        q.prepare(QStringLiteral(
            "SELECT COUNT(*) AS n FROM statements WHERE case_id = ? AND anonymous = 1 AND previous_id IS NULL"));
        q.addBindValue(caseId);
        q.exec();
        q.next();
        pseudonym = roleTitle(draft.role) + QLatin1Char(' ') + letterFor(SqlRow(q).integer("n"));
    }
    const QString id = randomUuid();
    const QString now = utcNowString();
    q.prepare(QStringLiteral(
        "INSERT INTO statements (id, case_id, version, previous_id, author, author_role, contact, anonymous, "
        "pseudonym, "
        "taken_at, text, attestation, created_at, created_by) VALUES (?, ?, 1, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v :
         {QVariant(id), QVariant(caseId), QVariant(draft.author.trimmed()), QVariant(draft.role),
          QVariant(draft.contact), QVariant(draft.anonymous ? 1 : 0),
          pseudonym.isEmpty() ? QVariant() : QVariant(pseudonym),
          QVariant(draft.takenAt.isEmpty() ? now : toUtcString(parseRfc3339(draft.takenAt))), QVariant(draft.text),
          QVariant(draft.attestation.isEmpty() ? standardAttestation() : draft.attestation), QVariant(now),
          QVariant(m_db.session().userName)})
        q.addBindValue(v);
    if (!q.exec())
        return failure(q.lastError().text());
    QStringList written;
    QJsonArray files;
    for (const QString& path : draft.attachFiles) {
        if (Status s = attachIn(m_db, db, id, path, &written, &files); !s) {
            removeFiles(written);
            return s.error();
        }
    }
    Status s = indexIn(db, id, caseId, draft.author.trimmed(), draft.text);
    if (s) {
        auto ev = CustodyRecorder(m_db).record(
            db, CustodyLog::caseChain(caseId), QStringLiteral("statement_added"),
            QJsonObject {{QLatin1String("statement_id"), id},
                         {QLatin1String("version"), 1},
                         {QLatin1String("role"), draft.role},
                         {QLatin1String("anonymous"), draft.anonymous},
                         {QLatin1String("text_sha256"), Sha256::hashHex(draft.text.toUtf8())},
                         {QLatin1String("attachments"), files}});
        s = ev ? tx.commit() : Status(ev.error());
    }
    if (!s) {
        removeFiles(written);
        return s.error();
    }
    return id;
}

Status StatementService::update(const QString& statementId, const StatementDraft& draft)
{
    LP_TRY(requireWriter());
    LP_TRY(checkDraft(draft));
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    auto current = statementrows::read(db, statementId);
    if (!current)
        return current.error();
    if (current->signedOff())
        return makeError(ErrorKind::Permission,
                         tr("Statement %1 was signed off on %2 and cannot be changed; record a correction instead.")
                             .arg(statementId, current->signedOffAt));
    if (current->anonymous != draft.anonymous)
        return makeError(ErrorKind::Usage,
                         tr("Whether the author stays anonymous is set when the statement is added."));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE statements SET author = ?, author_role = ?, contact = ?, taken_at = ?, text = ?, "
                             "attestation = ? WHERE id = ? AND signed_off_at IS NULL"));
    for (const QVariant& v :
         {QVariant(draft.author.trimmed()), QVariant(draft.role), QVariant(draft.contact),
          QVariant(draft.takenAt.isEmpty() ? current->takenAt : toUtcString(parseRfc3339(draft.takenAt))),
          QVariant(draft.text), QVariant(draft.attestation.isEmpty() ? current->attestation : draft.attestation),
          QVariant(statementId)})
        q.addBindValue(v);
    if (!q.exec())
        return failure(q.lastError().text());
    QStringList written;
    QJsonArray files;
    for (const QString& path : draft.attachFiles) {
        if (Status s = attachIn(m_db, db, statementId, path, &written, &files); !s) {
            removeFiles(written);
            return s;
        }
    }
    Status s = indexIn(db, statementId, current->caseId, draft.author.trimmed(), draft.text);
    if (s) {
        auto ev = CustodyRecorder(m_db).record(
            db, CustodyLog::caseChain(current->caseId), QStringLiteral("statement_edited"),
            QJsonObject {{QLatin1String("statement_id"), statementId},
                         {QLatin1String("version"), current->version},
                         {QLatin1String("text_sha256"), Sha256::hashHex(draft.text.toUtf8())},
                         {QLatin1String("attachments_added"), files}});
        s = ev ? tx.commit() : Status(ev.error());
    }
    if (!s)
        removeFiles(written);
    return s;
}

Status StatementService::signOff(const QString& statementId)
{
    LP_TRY(requireWriter());
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    auto st = statementrows::read(db, statementId);
    if (!st)
        return st.error();
    if (st->signedOff())
        return makeError(ErrorKind::Usage,
                         tr("Statement %1 was already signed off on %2.").arg(statementId, st->signedOffAt));
    const QString hash = Sha256::hashHex(canonicalJson(st->content()));
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("UPDATE statements SET signed_off_at = ?, signed_off_by = ?, text_sha256 = ? WHERE id = ?"));
    q.addBindValue(utcNowString());
    q.addBindValue(m_db.session().userName);
    q.addBindValue(hash);
    q.addBindValue(statementId);
    if (!q.exec())
        return failure(q.lastError().text());
    auto ev = CustodyRecorder(m_db).record(
        db, CustodyLog::caseChain(st->caseId), QStringLiteral("statement_signed"),
        QJsonObject {
            {QLatin1String("statement_id"), statementId},
            {QLatin1String("version"), st->version},
            {QLatin1String("previous_id"), st->previousId.isEmpty() ? QJsonValue() : QJsonValue(st->previousId)},
            {QLatin1String("content_sha256"), hash}});
    if (!ev)
        return ev.error();
    return tx.commit();
}

Result<QString> StatementService::correct(const QString& statementId, const StatementDraft& draft)
{
    LP_TRY(requireWriter());
    LP_TRY(checkDraft(draft));
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    auto old = statementrows::read(db, statementId);
    if (!old)
        return old.error();
    LP_TRY(correctable(*old, statementId, draft));
    const QString id = randomUuid();
    LP_TRY(insertCorrection(db, id, *old, statementId, draft, m_db.session().userName));
    QStringList written;
    if (Status s = carryAttachments(m_db, db, *old, id, &written); !s) {
        removeFiles(written); // a failed query, copy or insert leaves no copied file behind
        return s.error();
    }
    // New files are added.
    QJsonArray files;
    for (const QString& path : draft.attachFiles) {
        if (Status s = attachIn(m_db, db, id, path, &written, &files); !s) {
            removeFiles(written);
            return s.error();
        }
    }
    Status s = indexIn(db, id, old->caseId, draft.author.trimmed(), draft.text);
    if (s) {
        auto ev = CustodyRecorder(m_db).record(
            db, CustodyLog::caseChain(old->caseId), QStringLiteral("statement_corrected"),
            QJsonObject {{QLatin1String("statement_id"), id},
                         {QLatin1String("version"), old->version + 1},
                         {QLatin1String("previous_id"), statementId},
                         {QLatin1String("previous_content_sha256"), old->contentSha256},
                         {QLatin1String("text_sha256"), Sha256::hashHex(draft.text.toUtf8())},
                         {QLatin1String("attachments_added"), files}});
        s = ev ? tx.commit() : Status(ev.error());
    }
    if (!s) {
        removeFiles(written);
        return s.error();
    }
    return id;
}

Status StatementService::removeDraft(const QString& statementId)
{
    LP_TRY(requireWriter());
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    auto st = statementrows::read(db, statementId);
    if (!st)
        return st.error();
    if (st->signedOff())
        return makeError(ErrorKind::Permission,
                         tr("Statement %1 is signed off and cannot be removed.").arg(statementId));
    QSqlQuery q(db);
    QStringList files;
    q.prepare(QStringLiteral("SELECT file FROM statement_attachments WHERE statement_id = ?"));
    q.addBindValue(statementId);
    q.exec();
    const SqlRow row(q);
    while (q.next())
        files << m_db.mediaDirectory() + QLatin1Char('/') + row.string("file");
    for (const char* sql :
         {"DELETE FROM statement_attachments WHERE statement_id = ?",
          "DELETE FROM statements_fts WHERE statement_id = ?", "DELETE FROM statements WHERE id = ?"}) {
        q.prepare(QString::fromLatin1(sql));
        q.addBindValue(statementId);
        if (!q.exec())
            return failure(q.lastError().text());
    }
    auto ev
        = CustodyRecorder(m_db).record(db, CustodyLog::caseChain(st->caseId), QStringLiteral("statement_draft_removed"),
                                       QJsonObject {{QLatin1String("statement_id"), statementId}});
    if (!ev)
        return ev.error();
    LP_TRY(tx.commit());
    removeFiles(files); // after the commit: a crash before it leaves the rows and their files intact
    return {};
}

} // namespace lpdesk

#include "cases/CaseService.h"

#include "auth/Permissions.h"
#include "common/Time.h"
#include "crypto/Random.h"
#include "crypto/Sha256.h"
#include "custody/CustodyLog.h"
#include "custody/CustodyRecorder.h"
#include "db/CaseDatabase.h"
#include "db/SqlRow.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace lpdesk {

QJsonObject CaseInfo::toJson() const
{
    QJsonArray notesJson;
    for (const CaseNote& n : notes)
        notesJson.append(QJsonObject {{QLatin1String("text"), n.text},
                                      {QLatin1String("created_at"), n.createdAt},
                                      {QLatin1String("created_by"), n.createdBy}});
    return QJsonObject {{QLatin1String("id"), id},
                        {QLatin1String("reference"), reference},
                        {QLatin1String("title"), title},
                        {QLatin1String("status"), status},
                        {QLatin1String("assignee"), assignee.isEmpty() ? QJsonValue() : QJsonValue(assignee)},
                        {QLatin1String("tags"), QJsonArray::fromStringList(tags)},
                        {QLatin1String("created_at"), createdAt},
                        {QLatin1String("created_by"), createdBy},
                        {QLatin1String("updated_at"), updatedAt},
                        {QLatin1String("incidents"), QJsonArray::fromStringList(incidentIds)},
                        {QLatin1String("notes"), notesJson}};
}

const QStringList& CaseService::statuses()
{
    static const QStringList s {QStringLiteral("open"), QStringLiteral("ready_for_review"), QStringLiteral("released"),
                                QStringLiteral("closed")};
    return s;
}

CaseService::CaseService(CaseDatabase& db) : m_db(db)
{ }

Status CaseService::requireReader() const
{
    return Permissions::require(m_db.session(), Action::ReadCases);
}

Status CaseService::requireWriter() const
{
    return Permissions::require(m_db.session(), Action::ChangeCases);
}

Status CaseService::touch(QSqlDatabase& db, const QString& caseId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE cases SET updated_at = ? WHERE id = ?"));
    q.addBindValue(utcNowString());
    q.addBindValue(caseId);
    if (!q.exec())
        return failure(q.lastError().text());
    if (q.numRowsAffected() == 0)
        return makeError(ErrorKind::NotFound, tr("There is no case %1.").arg(caseId));
    return {};
}

Status CaseService::linkIn(QSqlDatabase& db, const QString& caseId, const QString& incidentId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT store_id FROM incidents WHERE id = ?"));
    q.addBindValue(incidentId);
    if (!q.exec() || !q.next())
        return makeError(ErrorKind::NotFound, tr("There is no incident %1.").arg(incidentId));
    const QString store = SqlRow(q).string("store_id");
    q.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO case_incidents (case_id, incident_id, added_at, added_by) VALUES (?, ?, ?, ?)"));
    q.addBindValue(caseId);
    q.addBindValue(incidentId);
    q.addBindValue(utcNowString());
    q.addBindValue(m_db.session().userName);
    if (!q.exec())
        return failure(q.lastError().text());
    if (q.numRowsAffected() == 0)
        return {}; // already linked
    auto head = HashChain(QStringLiteral("custody_events"), CustodyLog::incidentChain(incidentId)).head(db);
    if (!head)
        return head.error();
    CustodyRecorder custody(m_db);
    auto ev = custody.record(db, CustodyLog::caseChain(caseId), QStringLiteral("incident_linked"),
                             QJsonObject {{QLatin1String("incident_id"), incidentId},
                                          {QLatin1String("store"), store},
                                          {QLatin1String("incident_chain_seq"), head->seq},
                                          {QLatin1String("incident_chain_head"), head->hash}});
    if (!ev)
        return ev.error();
    auto back = custody.record(db, CustodyLog::incidentChain(incidentId), QStringLiteral("case_linked"),
                               QJsonObject {{QLatin1String("case_id"), caseId}});
    if (!back)
        return back.error();
    return {};
}

Result<QString> CaseService::create(const QString& title, const QStringList& incidentIds)
{
    LP_TRY(requireWriter());
    const QString t = title.trimmed();
    if (t.isEmpty() || t.size() > 200)
        return makeError(ErrorKind::Usage, tr("A case needs a title of 1–200 characters."));
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT coalesce(max(number), 0) + 1 AS next_number FROM cases"));
    const int number = q.next() ? SqlRow(q).integer("next_number") : 1;
    const QString id = randomUuid();
    const QString now = utcNowString();
    q.prepare(
        QStringLiteral("INSERT INTO cases (id, number, title, status, assignee, created_at, created_by, updated_at) "
                       "VALUES (?, ?, ?, 'open', ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(number);
    q.addBindValue(t);
    q.addBindValue(m_db.session().userName);
    q.addBindValue(now);
    q.addBindValue(m_db.session().userName);
    q.addBindValue(now);
    if (!q.exec())
        return failure(q.lastError().text());
    CustodyRecorder custody(m_db);
    auto created = custody.record(
        db, CustodyLog::caseChain(id), QStringLiteral("case_created"),
        QJsonObject {{QLatin1String("case_id"), id},
                     {QLatin1String("reference"),
                      QStringLiteral("LPD-%1-%2").arg(now.left(4)).arg(number, 4, 10, QLatin1Char('0'))},
                     {QLatin1String("title"), t}});
    if (!created)
        return created.error();
    for (const QString& incident : incidentIds)
        LP_TRY(linkIn(db, id, incident));
    LP_TRY(m_db.auditIn(db, QStringLiteral("case_created"),
                        QJsonObject {{QLatin1String("case_id"), id}, {QLatin1String("title"), t}}));
    LP_TRY(tx.commit());
    return id;
}

Result<QList<CaseInfo>> CaseService::list()
{
    LP_TRY(requireReader());
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    if (!q.exec(
            QStringLiteral("SELECT c.id, c.number, c.title, c.status, c.assignee, c.tags, c.created_at, c.created_by, "
                           "c.updated_at, (SELECT group_concat(incident_id) FROM case_incidents ci WHERE ci.case_id = "
                           "c.id) AS incident_ids "
                           "FROM cases c ORDER BY c.number DESC")))
        return failure(q.lastError().text());
    QList<CaseInfo> out;
    const SqlRow row(q);
    while (q.next()) {
        CaseInfo c;
        c.id = row.string("id");
        c.reference = QStringLiteral("LPD-%1-%2")
                          .arg(row.string("created_at").left(4))
                          .arg(row.integer("number"), 4, 10, QLatin1Char('0'));
        c.title = row.string("title");
        c.status = row.string("status");
        c.assignee = row.string("assignee");
        c.tags = row.string("tags").split(QLatin1Char(','), Qt::SkipEmptyParts);
        c.createdAt = row.string("created_at");
        c.createdBy = row.string("created_by");
        c.updatedAt = row.string("updated_at");
        c.incidentIds = row.string("incident_ids").split(QLatin1Char(','), Qt::SkipEmptyParts);
        out << c;
    }
    return out;
}

Result<CaseInfo> CaseService::show(const QString& caseId)
{
    auto all = list();
    if (!all)
        return all.error();
    for (CaseInfo& c : *all) {
        if (c.id != caseId && c.reference != caseId)
            continue;
        QSqlDatabase db = m_db.connection();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT text, created_at, created_by FROM case_notes WHERE case_id = ? ORDER BY id"));
        q.addBindValue(c.id);
        q.exec();
        const SqlRow note(q);
        while (q.next())
            c.notes << CaseNote {note.string("text"), note.string("created_at"), note.string("created_by")};
        return c;
    }
    return makeError(ErrorKind::NotFound, tr("There is no case %1.").arg(caseId));
}

Status CaseService::addIncident(const QString& caseId, const QString& incidentId)
{
    LP_TRY(requireWriter());
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    LP_TRY(touch(db, caseId));
    LP_TRY(linkIn(db, caseId, incidentId));
    return tx.commit();
}

Status CaseService::removeIncident(const QString& caseId, const QString& incidentId)
{
    LP_TRY(requireWriter());
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    LP_TRY(touch(db, caseId));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM case_incidents WHERE case_id = ? AND incident_id = ?"));
    q.addBindValue(caseId);
    q.addBindValue(incidentId);
    if (!q.exec())
        return failure(q.lastError().text());
    if (q.numRowsAffected() == 0)
        return makeError(ErrorKind::NotFound, tr("Incident %1 is not in this case.").arg(incidentId));
    auto ev = CustodyRecorder(m_db).record(db, CustodyLog::caseChain(caseId), QStringLiteral("incident_unlinked"),
                                           QJsonObject {{QLatin1String("incident_id"), incidentId}});
    if (!ev)
        return ev.error();
    return tx.commit();
}

namespace {
Status updateField(CaseDatabase& m_db, const QString& caseId, const char* column, const QVariant& value,
                   const QString& action, const QJsonObject& details)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE cases SET %1 = ?, updated_at = ? WHERE id = ?").arg(QLatin1String(column)));
    q.addBindValue(value);
    q.addBindValue(utcNowString());
    q.addBindValue(caseId);
    if (!q.exec())
        return failure(q.lastError().text());
    if (q.numRowsAffected() == 0)
        return makeError(ErrorKind::NotFound, CaseService::tr("There is no case %1.").arg(caseId));
    auto ev = CustodyRecorder(m_db).record(db, CustodyLog::caseChain(caseId), action, details);
    if (!ev)
        return ev.error();
    return tx.commit();
}
} // namespace

Status CaseService::setStatus(const QString& caseId, const QString& status)
{
    LP_TRY(requireWriter());
    if (!statuses().contains(status))
        return makeError(ErrorKind::Usage, tr("Status must be one of: %1").arg(statuses().join(QStringLiteral(", "))));
    return updateField(m_db, caseId, "status", status, QStringLiteral("status_changed"),
                       QJsonObject {{QLatin1String("status"), status}});
}

Status CaseService::setAssignee(const QString& caseId, const QString& userName)
{
    LP_TRY(requireWriter());
    return updateField(m_db, caseId, "assignee", userName, QStringLiteral("assigned"),
                       QJsonObject {{QLatin1String("assignee"), userName}});
}

Status CaseService::setTags(const QString& caseId, const QStringList& tags)
{
    LP_TRY(requireWriter());
    QStringList clean;
    for (const QString& t : tags)
        if (!t.trimmed().isEmpty())
            clean << t.trimmed().left(40).replace(QLatin1Char(','), QLatin1Char(' '));
    return updateField(m_db, caseId, "tags", clean.join(QLatin1Char(',')), QStringLiteral("tags_changed"),
                       QJsonObject {{QLatin1String("tags"), QJsonArray::fromStringList(clean)}});
}

Status CaseService::setTitle(const QString& caseId, const QString& title)
{
    LP_TRY(requireWriter());
    if (title.trimmed().isEmpty() || title.size() > 200)
        return makeError(ErrorKind::Usage, tr("A case needs a title of 1–200 characters."));
    return updateField(m_db, caseId, "title", title.trimmed(), QStringLiteral("title_changed"),
                       QJsonObject {{QLatin1String("title"), title.trimmed()}});
}

Status CaseService::addNote(const QString& caseId, const QString& text)
{
    LP_TRY(requireWriter());
    if (text.trimmed().isEmpty() || text.size() > 20000)
        return makeError(ErrorKind::Usage, tr("A note needs 1–20000 characters."));
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    LP_TRY(touch(db, caseId));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO case_notes (case_id, text, created_at, created_by) VALUES (?, ?, ?, ?)"));
    q.addBindValue(caseId);
    q.addBindValue(text);
    q.addBindValue(utcNowString());
    q.addBindValue(m_db.session().userName);
    if (!q.exec())
        return failure(q.lastError().text());
    // The note stays in case_notes (encrypted with the database); custody, which leaves in packages, carries only
    // its hash and length, as marker notes and legal's reasons do.
    const QByteArray bytes = text.toUtf8();
    auto ev = CustodyRecorder(m_db).record(db, CustodyLog::caseChain(caseId), QStringLiteral("note_added"),
                                           QJsonObject {{QLatin1String("note_sha256"), Sha256::hashHex(bytes)},
                                                        {QLatin1String("note_length"), qint64(bytes.size())}});
    if (!ev)
        return ev.error();
    return tx.commit();
}

Status CaseService::setClockOffset(const QString& storeId, const QString& cameraId, double seconds,
                                   const QString& reason)
{
    LP_TRY(requireWriter());
    if (!std::isfinite(seconds) || std::abs(seconds) > 86400)
        return makeError(ErrorKind::Usage, tr("A clock offset is between -86400 and 86400 seconds."));
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    double before = 0;
    if (cameraId.isEmpty()) {
        q.prepare(QStringLiteral("SELECT clock_offset FROM stores WHERE id = ?"));
        q.addBindValue(storeId);
    } else {
        q.prepare(QStringLiteral("SELECT clock_offset FROM cameras WHERE store_id = ? AND id = ?"));
        q.addBindValue(storeId);
        q.addBindValue(cameraId);
    }
    if (!q.exec() || !q.next())
        return makeError(ErrorKind::NotFound, tr("There is no camera %1 at store %2.").arg(cameraId, storeId));
    before = SqlRow(q).real("clock_offset");
    if (cameraId.isEmpty()) {
        q.prepare(QStringLiteral("UPDATE stores SET clock_offset = ? WHERE id = ?"));
        q.addBindValue(seconds);
        q.addBindValue(storeId);
    } else {
        q.prepare(QStringLiteral("UPDATE cameras SET clock_offset = ? WHERE store_id = ? AND id = ?"));
        q.addBindValue(seconds);
        q.addBindValue(storeId);
        q.addBindValue(cameraId);
    }
    if (!q.exec())
        return failure(q.lastError().text());
    const QJsonObject details {{QLatin1String("store"), storeId},
                               {QLatin1String("camera"), cameraId.isEmpty() ? QJsonValue() : QJsonValue(cameraId)},
                               {QLatin1String("from_seconds"), before},
                               {QLatin1String("to_seconds"), seconds},
                               {QLatin1String("reason"), reason}};
    LP_TRY(m_db.auditIn(db, QStringLiteral("clock_offset_changed"), details));
    q.prepare(
        QStringLiteral("SELECT DISTINCT ci.case_id FROM case_incidents ci JOIN incidents i ON i.id = ci.incident_id "
                       "WHERE i.store_id = ?"));
    q.addBindValue(storeId);
    q.exec();
    QStringList cases;
    const SqlRow row(q);
    while (q.next())
        cases << row.string("case_id");
    CustodyRecorder custody(m_db);
    for (const QString& c : cases) {
        auto ev = custody.record(db, CustodyLog::caseChain(c), QStringLiteral("clock_offset_changed"), details);
        if (!ev)
            return ev.error();
    }
    return tx.commit();
}

} // namespace lpdesk

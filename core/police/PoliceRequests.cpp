#include "police/PoliceRequests.h"

#include "police/RequestTemplates.h"

#include "auth/Permissions.h"
#include "auth/Session.h"
#include "cases/CaseService.h"
#include "common/Time.h"
#include "crypto/EncryptedDocument.h"
#include "crypto/Random.h"
#include "custody/CustodyLog.h"
#include "custody/CustodyRecorder.h"
#include "db/CaseDatabase.h"
#include "db/SqlRow.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace lpdesk {

namespace {

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QVariant nullable(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

} // namespace

QDateTime parseUserTime(const QString& text)
{
    const QString t = text.trimmed();
    static const QRegularExpression dateOnly(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}\z)"));
    if (dateOnly.match(t).hasMatch()) {
        const QDate d = QDate::fromString(t, Qt::ISODate);
        return d.isValid() ? QDateTime(d, QTime(0, 0), QTimeZone::utc()) : QDateTime();
    }
    return parseRfc3339(t);
}

QJsonObject PoliceRequestDocument::toJson() const
{
    return {{QLatin1String("id"), id},     {QLatin1String("name"), name},        {QLatin1String("sha256"), sha256},
            {QLatin1String("size"), size}, {QLatin1String("added_at"), addedAt}, {QLatin1String("added_by"), addedBy}};
}

bool PoliceRequest::overdue(const QDateTime& now) const
{
    if (state != QLatin1String("open") || dueAt.isEmpty() || !fulfilledBy.isEmpty())
        return false;
    const QDateTime due = parseRfc3339(dueAt);
    return due.isValid() && due < now;
}

bool PoliceRequest::needsSignoff() const
{
    return kind == QLatin1String("exigent") && signedOffAt.isEmpty();
}

bool PoliceRequest::signoffOverdue(const QDateTime& now) const
{
    const QDateTime due = parseRfc3339(signoffDueAt);
    return needsSignoff() && due.isValid() && due < now;
}

bool PoliceRequest::signedLate() const
{
    const QDateTime due = parseRfc3339(signoffDueAt);
    const QDateTime signedAt = parseRfc3339(signedOffAt);
    return due.isValid() && signedAt.isValid() && due < signedAt;
}

QJsonObject PoliceRequest::toJson(const QDateTime& now) const
{
    QJsonArray docs;
    for (const PoliceRequestDocument& d : documents)
        docs.append(d.toJson());
    auto orNull = [](const QString& s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    return {{QLatin1String("id"), id},
            {QLatin1String("kind"), kind},
            {QLatin1String("agency"), agency},
            {QLatin1String("officer"), officer},
            {QLatin1String("reference"), reference},
            {QLatin1String("received_at"), receivedAt},
            {QLatin1String("due_at"), orNull(dueAt)},
            {QLatin1String("asked"), asked},
            {QLatin1String("legal_basis"), legalBasis},
            {QLatin1String("notes"), notes},
            {QLatin1String("state"), state},
            {QLatin1String("closed_at"), orNull(closedAt)},
            {QLatin1String("closed_by"), orNull(closedBy)},
            {QLatin1String("close_reason"), orNull(closeReason)},
            {QLatin1String("overdue"), overdue(now)},
            {QLatin1String("needs_signoff"), needsSignoff()},
            {QLatin1String("signoff_due_at"), orNull(signoffDueAt)},
            {QLatin1String("signoff_overdue"), signoffOverdue(now)},
            {QLatin1String("signoff_late"), signedLate()},
            {QLatin1String("signed_off_at"), orNull(signedOffAt)},
            {QLatin1String("signed_off_by"), orNull(signedOffBy)},
            {QLatin1String("case_ids"), QJsonArray::fromStringList(caseIds)},
            {QLatin1String("release_ids"), QJsonArray::fromStringList(releaseIds)},
            {QLatin1String("fulfilled_by"), QJsonArray::fromStringList(fulfilledBy)},
            {QLatin1String("documents"), docs},
            {QLatin1String("created_at"), createdAt},
            {QLatin1String("created_by"), createdBy},
            {QLatin1String("template"),
             templateName.isEmpty() ? QJsonValue()
                                    : QJsonValue(QJsonObject {{QLatin1String("name"), templateName},
                                                              {QLatin1String("version"), templateVersion}})}};
}

QStringList PoliceRequests::kinds()
{
    return {QStringLiteral("subpoena"), QStringLiteral("court_order"), QStringLiteral("warrant"),
            QStringLiteral("exigent"), QStringLiteral("informal")};
}

PoliceRequests::PoliceRequests(CaseDatabase& db) : m_db(db)
{ }

Status PoliceRequests::requireWriter() const
{
    return Permissions::require(m_db.session(), Action::RecordPoliceRequests);
}

Status PoliceRequests::requireReader() const
{
    return Permissions::require(m_db.session(), Action::ReadPoliceRequests);
}

namespace {

// A request as it is recorded: its template applied to what the fields leave empty, its received time, what is
// asked as JSON.
struct PreparedRequest
{
    PoliceRequestSpec spec;
    RequestTemplate applied;
    QDateTime received;
    QJsonObject asked;
};

Status applyTemplate(CaseDatabase& db, PreparedRequest& p)
{
    PoliceRequestSpec& s = p.spec;
    auto t = RequestTemplates(db).current(s.templateName);
    if (!t)
        return t.error();
    if (!s.kind.isEmpty() && s.kind != t->kind)
        return makeError(ErrorKind::Usage,
                         PoliceRequests::tr("The template %1 is for a %2, not a %3.")
                             .arg(t->name, RequestTemplates::kindName(t->kind), RequestTemplates::kindName(s.kind)));
    p.applied = *t;
    s.kind = t->kind;
    if (s.legalBasis.trimmed().isEmpty())
        s.legalBasis = t->legalBasis;
    if (s.askedText.trimmed().isEmpty())
        s.askedText = t->asked;
    if (!s.dueAt.isValid() && t->dueDays > 0)
        s.dueAt = (s.receivedAt.isValid() ? s.receivedAt.toUTC() : utcNow()).addDays(t->dueDays);
    return {};
}

Status checkRequest(const PoliceRequestSpec& s, const QDateTime& received)
{
    auto usage = [](const QString& why) { return makeError(ErrorKind::Usage, why); };
    if (!PoliceRequests::kinds().contains(s.kind))
        return usage(PoliceRequests::tr("The kind of request is one of: %1.")
                         .arg(PoliceRequests::kinds().join(QStringLiteral(", "))));
    if (s.agency.trimmed().isEmpty() || s.agency.size() > 200)
        return usage(PoliceRequests::tr("Name the requesting agency (at most 200 characters)."));
    if (s.officer.size() > 200 || s.reference.size() > 200)
        return usage(PoliceRequests::tr("The officer and the reference are at most 200 characters each."));
    if (s.legalBasis.size() > 4000 || s.notes.size() > 20000 || s.askedText.size() > 20000)
        return usage(PoliceRequests::tr("The legal basis, what is asked and the notes are too long."));
    if (s.kind != QLatin1String("informal") && s.kind != QLatin1String("exigent") && s.legalBasis.trimmed().isEmpty())
        return usage(PoliceRequests::tr(
            "This request needs its legal basis: the subpoena, court order or warrant it rests on."));
    if (s.dueAt.isValid() && s.dueAt < received)
        return usage(PoliceRequests::tr("The due date lies before the date the request was received."));
    if (s.from.isValid() && s.to.isValid() && s.to < s.from)
        return usage(PoliceRequests::tr("The time range asked for ends before it starts."));
    return {};
}

Result<PreparedRequest> prepareRequest(CaseDatabase& db, const PoliceRequestSpec& spec)
{
    PreparedRequest p;
    p.spec = spec;
    if (!spec.templateName.isEmpty())
        LP_TRY(applyTemplate(db, p));
    const PoliceRequestSpec& s = p.spec;
    p.received = s.receivedAt.isValid() ? s.receivedAt.toUTC() : utcNow();
    LP_TRY(checkRequest(s, p.received));
    if (!s.incidents.isEmpty())
        p.asked.insert(QLatin1String("incidents"), QJsonArray::fromStringList(s.incidents));
    if (!s.stores.isEmpty())
        p.asked.insert(QLatin1String("stores"), QJsonArray::fromStringList(s.stores));
    if (s.from.isValid())
        p.asked.insert(QLatin1String("from"), toUtcString(s.from));
    if (s.to.isValid())
        p.asked.insert(QLatin1String("to"), toUtcString(s.to));
    if (!s.askedText.isEmpty())
        p.asked.insert(QLatin1String("text"), s.askedText);
    return p;
}

const QString SignoffHoursKey = QStringLiteral("exigent_signoff_hours");

} // namespace

int PoliceRequests::signoffHours(CaseDatabase& db)
{
    bool ok = false;
    const int hours = db.setting(SignoffHoursKey).toInt(&ok);
    return ok && hours >= 1 && hours <= MaxSignoffHours ? hours : ExigentSignoffHours;
}

Status PoliceRequests::setSignoffHours(CaseDatabase& db, int hours)
{
    if (hours < 1 || hours > MaxSignoffHours)
        return makeError(ErrorKind::Usage,
                         tr("Legal's sign-off of an exigent disclosure is due 1 to %1 hours after "
                            "the request is received (got %2).")
                             .arg(MaxSignoffHours)
                             .arg(hours));
    return db.setSetting(SignoffHoursKey, QString::number(hours)); // checks change-settings and audits
}

Result<QString> PoliceRequests::add(const PoliceRequestSpec& spec)
{
    LP_TRY(requireWriter());
    auto prepared = prepareRequest(m_db, spec);
    if (!prepared)
        return prepared.error();
    const PoliceRequestSpec& s = prepared->spec;
    const RequestTemplate& applied = prepared->applied;
    // The deadline is fixed when the request is recorded: a later change of the setting does not move it.
    const QString signoffDue = s.kind == QLatin1String("exigent")
        ? toUtcString(prepared->received.addSecs(qint64(signoffHours(m_db)) * 3600))
        : QString();

    const QString id = randomUuid();
    QSqlDatabase db = m_db.connection();
    QStringList written;
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO le_requests (id, kind, agency, officer, reference, received_at, due_at, asked_json, legal_basis, "
        "notes, signoff_due_at, created_at, created_by, template, template_version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v :
         {QVariant(id), QVariant(s.kind), QVariant(s.agency.trimmed()), QVariant(s.officer), QVariant(s.reference),
          QVariant(toUtcString(prepared->received)), s.dueAt.isValid() ? QVariant(toUtcString(s.dueAt)) : QVariant(),
          QVariant(compact(prepared->asked)), QVariant(s.legalBasis), QVariant(s.notes), nullable(signoffDue),
          QVariant(utcNowString()), QVariant(m_db.session().userName), nullable(applied.name),
          applied.name.isEmpty() ? QVariant() : QVariant(applied.version)})
        q.addBindValue(v);
    if (!q.exec())
        return failure(q.lastError().text());
    QJsonArray docs;
    Status st;
    for (const QString& path : s.documents)
        if (st = attachIn(db, id, path, &written, &docs); !st)
            break;
    if (st)
        st = m_db.auditIn(db, QStringLiteral("le_request_added"),
                          QJsonObject {{QLatin1String("request_id"), id},
                                       {QLatin1String("kind"), s.kind},
                                       {QLatin1String("template"), applied.name},
                                       {QLatin1String("template_version"), applied.version},
                                       {QLatin1String("documents"), docs}});
    if (st)
        st = tx.commit();
    if (!st) {
        for (const QString& f : written)
            QFile::remove(f);
        return st.error();
    }
    return id;
}

Status PoliceRequests::attachIn(QSqlDatabase& db, const QString& requestId, const QString& path, QStringList* written,
                                QJsonArray* custody)
{
    const QString id = randomUuid();
    const QString file = QStringLiteral("le-") + id + QStringLiteral(".lpenc");
    auto done = EncryptedDocument::store(db, path, m_db.mediaDirectory() + QLatin1Char('/') + file, MaxDocumentBytes);
    if (!done)
        return done.error();
    written->append(done->path);
    const QString name = QFileInfo(path).fileName().left(255);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO le_request_documents (id, request_id, name, sha256, size, file, added_at, "
                             "added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v :
         {QVariant(id), QVariant(requestId), QVariant(name), QVariant(done->sha256), QVariant(done->size),
          QVariant(file), QVariant(utcNowString()), QVariant(m_db.session().userName)})
        q.addBindValue(v);
    if (!q.exec())
        return failure(q.lastError().text());
    custody->append(QJsonObject {{QLatin1String("document_id"), id},
                                 {QLatin1String("sha256"), done->sha256},
                                 {QLatin1String("size"), done->size}});
    return {};
}

Status PoliceRequests::attach(const QString& requestId, const QStringList& files)
{
    LP_TRY(requireWriter());
    auto r = show(requestId);
    if (!r)
        return r.error();
    QSqlDatabase db = m_db.connection();
    QStringList written;
    QJsonArray docs;
    Transaction tx(db);
    Status st;
    for (const QString& path : files)
        if (st = attachIn(db, r->id, path, &written, &docs); !st)
            break;
    // The documents' hashes go into the custody of every case the request is already linked to (a case linked
    // later gets them with the link).
    for (qsizetype i = 0; st && i < r->caseIds.size(); ++i)
        if (auto ev = CustodyRecorder(m_db).record(
                db, CustodyLog::caseChain(r->caseIds[i]), QStringLiteral("le_request_documents_added"),
                QJsonObject {{QLatin1String("request_id"), r->id}, {QLatin1String("documents"), docs}});
            !ev)
            st = ev.error();
    if (st)
        st = m_db.auditIn(db, QStringLiteral("le_request_documents_added"),
                          QJsonObject {{QLatin1String("request_id"), r->id}, {QLatin1String("documents"), docs}});
    if (st)
        st = tx.commit();
    if (!st)
        for (const QString& f : written)
            QFile::remove(f);
    return st;
}

Status PoliceRequests::link(const QString& requestId, const QString& caseText)
{
    LP_TRY(requireWriter());
    auto r = show(requestId);
    if (!r)
        return r.error();
    auto info = CaseService(m_db).show(caseText);
    if (!info)
        return info.error();
    if (r->caseIds.contains(info->id))
        return {};
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO le_request_cases (request_id, case_id, linked_at, linked_by) VALUES (?, ?, ?, ?)"));
    for (const QVariant& v :
         {QVariant(r->id), QVariant(info->id), QVariant(utcNowString()), QVariant(m_db.session().userName)})
        q.addBindValue(v);
    if (!q.exec())
        return failure(q.lastError().text());
    QJsonArray docs;
    for (const PoliceRequestDocument& d : r->documents)
        docs.append(QJsonObject {{QLatin1String("document_id"), d.id}, {QLatin1String("sha256"), d.sha256}});
    auto ev = CustodyRecorder(m_db).record(db, CustodyLog::caseChain(info->id), QStringLiteral("le_request_linked"),
                                           QJsonObject {{QLatin1String("request_id"), r->id},
                                                        {QLatin1String("kind"), r->kind},
                                                        {QLatin1String("documents"), docs}});
    if (!ev)
        return ev.error();
    LP_TRY(m_db.auditIn(db, QStringLiteral("le_request_linked"),
                        QJsonObject {{QLatin1String("request_id"), r->id}, {QLatin1String("case_id"), info->id}}));
    return tx.commit();
}

Status PoliceRequests::close(const QString& requestId, const QString& reason)
{
    LP_TRY(requireWriter());
    if (reason.trimmed().isEmpty() || reason.size() > 4000)
        return makeError(ErrorKind::Usage, tr("Closing a police request needs a reason (up to 4000 characters)."));
    auto r = show(requestId);
    if (!r)
        return r.error();
    if (r->state != QLatin1String("open"))
        return makeError(ErrorKind::Usage, tr("Police request %1 is already closed.").arg(r->id));
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE le_requests SET state = 'closed', closed_at = ?, closed_by = ?, close_reason = ? "
                             "WHERE id = ? AND state = 'open'"));
    for (const QVariant& v :
         {QVariant(utcNowString()), QVariant(m_db.session().userName), QVariant(reason), QVariant(r->id)})
        q.addBindValue(v);
    if (!q.exec())
        return failure(q.lastError().text());
    LP_TRY(m_db.auditIn(db, QStringLiteral("le_request_closed"),
                        QJsonObject {{QLatin1String("request_id"), r->id},
                                     {QLatin1String("fulfilled_by"), QJsonArray::fromStringList(r->fulfilledBy)}}));
    return tx.commit();
}

Status PoliceRequests::signOff(const QString& requestId, const QString& note)
{
    LP_TRY(Permissions::require(m_db.session(), Action::SignExigentDisclosure));
    if (note.trimmed().isEmpty() || note.size() > 4000)
        return makeError(ErrorKind::Usage, tr("Legal's sign-off needs a note (up to 4000 characters)."));
    auto r = show(requestId);
    if (!r)
        return r.error();
    if (r->kind != QLatin1String("exigent"))
        return makeError(ErrorKind::Usage, tr("Only exigent requests are signed off after the fact."));
    if (!r->signedOffAt.isEmpty())
        return makeError(ErrorKind::Usage, tr("Police request %1 is already signed off.").arg(r->id));
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE le_requests SET signed_off_at = ?, signed_off_by = ?, signoff_note = ? "
                             "WHERE id = ? AND signed_off_at IS NULL"));
    const QString now = utcNowString();
    for (const QVariant& v : {QVariant(now), QVariant(m_db.session().userName), QVariant(note), QVariant(r->id)})
        q.addBindValue(v);
    if (!q.exec())
        return failure(q.lastError().text());
    PoliceRequest signedNow = *r;
    signedNow.signedOffAt = now;
    const bool late = signedNow.signedLate();
    for (const QString& caseId : r->caseIds) {
        auto ev = CustodyRecorder(m_db).record(
            db, CustodyLog::caseChain(caseId), QStringLiteral("exigent_signed_off"),
            QJsonObject {{QLatin1String("request_id"), r->id}, {QLatin1String("late"), late}});
        if (!ev)
            return ev.error();
    }
    LP_TRY(m_db.auditIn(db, QStringLiteral("exigent_signed_off"),
                        QJsonObject {{QLatin1String("request_id"), r->id}, {QLatin1String("late"), late}}));
    return tx.commit();
}

Result<QList<PoliceRequest>> PoliceRequests::list(bool overdueOnly, const QString& caseText)
{
    LP_TRY(requireReader());
    QString caseId;
    if (!caseText.isEmpty()) {
        auto info = CaseService(m_db).show(caseText);
        if (!info)
            return info.error();
        caseId = info->id;
    }
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    if (caseId.isEmpty()) {
        q.prepare(QStringLiteral("SELECT id FROM le_requests ORDER BY state, due_at IS NULL, due_at, received_at"));
    } else {
        q.prepare(QStringLiteral("SELECT r.id FROM le_requests r JOIN le_request_cases c ON c.request_id = r.id "
                                 "WHERE c.case_id = ? ORDER BY r.received_at"));
        q.addBindValue(caseId);
    }
    if (!q.exec())
        return failure(q.lastError().text());
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    const QDateTime now = utcNow();
    QList<PoliceRequest> out;
    for (const QString& id : ids) {
        auto r = show(id);
        if (!r)
            return r.error();
        if (!overdueOnly || r->overdue(now))
            out << *r;
    }
    return out;
}

Result<PoliceRequest> PoliceRequests::show(const QString& requestId)
{
    LP_TRY(requireReader());
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT id, kind, agency, officer, reference, received_at, due_at, asked_json, legal_basis, notes, state, "
        "closed_at, closed_by, close_reason, signoff_due_at, signed_off_at, signed_off_by, signoff_note, created_at, "
        "created_by, template, template_version FROM le_requests WHERE id = ?"));
    q.addBindValue(requestId.trimmed());
    if (!q.exec())
        return failure(q.lastError().text());
    if (!q.next())
        return makeError(ErrorKind::NotFound, tr("There is no police request %1.").arg(requestId.left(64)));
    PoliceRequest r;
    {
        const SqlRow row(q);
        const std::pair<const char*, QString*> fields[] = {{"id", &r.id},
                                                           {"kind", &r.kind},
                                                           {"agency", &r.agency},
                                                           {"officer", &r.officer},
                                                           {"reference", &r.reference},
                                                           {"received_at", &r.receivedAt},
                                                           {"due_at", &r.dueAt},
                                                           {"legal_basis", &r.legalBasis},
                                                           {"notes", &r.notes},
                                                           {"state", &r.state},
                                                           {"closed_at", &r.closedAt},
                                                           {"closed_by", &r.closedBy},
                                                           {"close_reason", &r.closeReason},
                                                           {"signoff_due_at", &r.signoffDueAt},
                                                           {"signed_off_at", &r.signedOffAt},
                                                           {"signed_off_by", &r.signedOffBy},
                                                           {"signoff_note", &r.signoffNote},
                                                           {"created_at", &r.createdAt},
                                                           {"created_by", &r.createdBy},
                                                           {"template", &r.templateName}};
        for (const auto& [column, field] : fields)
            *field = row.string(column);
        r.asked = QJsonDocument::fromJson(row.string("asked_json").toUtf8()).object();
        r.templateVersion = row.integer("template_version");
    }
    q.prepare(QStringLiteral("SELECT case_id FROM le_request_cases WHERE request_id = ? ORDER BY linked_at"));
    q.addBindValue(r.id);
    if (!q.exec())
        return failure(q.lastError().text());
    for (const SqlRow row(q); q.next();)
        r.caseIds << row.string("case_id");
    q.prepare(QStringLiteral("SELECT id, state FROM releases WHERE le_request_id = ? ORDER BY requested_at"));
    q.addBindValue(r.id);
    if (!q.exec())
        return failure(q.lastError().text());
    for (const SqlRow row(q); q.next();) {
        r.releaseIds << row.string("id");
        const QString state = row.string("state");
        if (state == QLatin1String("exported") || state == QLatin1String("submitted"))
            r.fulfilledBy << row.string("id");
    }
    q.prepare(QStringLiteral("SELECT id, name, sha256, size, added_at, added_by FROM le_request_documents "
                             "WHERE request_id = ? ORDER BY added_at, name"));
    q.addBindValue(r.id);
    if (!q.exec())
        return failure(q.lastError().text());
    for (const SqlRow row(q); q.next();)
        r.documents << PoliceRequestDocument {row.string("id"),  row.string("name"),     row.string("sha256"),
                                              row.int64("size"), row.string("added_at"), row.string("added_by")};
    return r;
}

Result<QByteArray> PoliceRequests::document(const QString& documentId)
{
    LP_TRY(Permissions::require(m_db.session(), Action::OpenPoliceDocuments));
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT file, sha256, name, request_id FROM le_request_documents WHERE id = ?"));
    q.addBindValue(documentId);
    if (!q.exec() || !q.next())
        return makeError(ErrorKind::NotFound, tr("There is no police document %1.").arg(documentId.left(64)));
    const QString file = q.value(0).toString();
    const QString sha = q.value(1).toString();
    const QString name = q.value(2).toString();
    const QString requestId = q.value(3).toString();
    q.finish();
    auto data = EncryptedDocument::read(db, m_db.mediaDirectory() + QLatin1Char('/') + file, sha,
                                        tr("Document %1").arg(name));
    if (!data)
        return data.error();
    LP_TRY(m_db.audit(QStringLiteral("le_document_opened"),
                      QJsonObject {{QLatin1String("document_id"), documentId},
                                   {QLatin1String("request_id"), requestId},
                                   {QLatin1String("sha256"), sha}}));
    return data;
}

Status PoliceRequests::checkFulfillable(QSqlDatabase& db, const QString& requestId, const QString& caseId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT r.state, (SELECT COUNT(*) FROM le_request_cases c WHERE c.request_id = r.id "
                             "AND c.case_id = ?) FROM le_requests r WHERE r.id = ?"));
    q.addBindValue(caseId);
    q.addBindValue(requestId);
    if (!q.exec())
        return failure(q.lastError().text());
    if (!q.next())
        return makeError(ErrorKind::Usage, tr("There is no police request %1.").arg(requestId.left(64)));
    if (q.value(0).toString() != QLatin1String("open"))
        return makeError(ErrorKind::Usage, tr("Police request %1 is closed.").arg(requestId));
    if (q.value(1).toInt() == 0)
        return makeError(
            ErrorKind::Usage,
            tr("Police request %1 is not linked to this case; link it first (le-request link).").arg(requestId));
    return {};
}

} // namespace lpdesk

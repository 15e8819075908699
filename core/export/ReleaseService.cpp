#include "export/ReleaseService.h"

#include "agencies/AgencyRegistry.h"
#include "auth/Permissions.h"
#include "cases/CaseService.h"
#include "cases/MediaLibrary.h"
#include "common/CanonicalJson.h"
#include "common/Time.h"
#include "crypto/CmsSignature.h"
#include "crypto/Random.h"
#include "crypto/Sha256.h"
#include "crypto/SigningIdentity.h"
#include "crypto/Timestamp.h"
#include "custody/CustodyLog.h"
#include "custody/CustodyRecorder.h"
#include "db/CaseDatabase.h"
#include "db/LegalGrants.h"
#include "db/TimestampSettings.h"
#include "db/WorkstationKeys.h"
#include "export/ReleaseApproval.h"
#include "police/PoliceRequests.h"
#include "pos/PosService.h"
#include "statements/StatementService.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace lpdesk {

QJsonObject ReleaseItem::toJson() const
{
    return QJsonObject {{QLatin1String("kind"), kind}, {QLatin1String("id"), id}, {QLatin1String("sha256"), sha256}};
}

QJsonObject Release::toJson() const
{
    QJsonArray list;
    for (const ReleaseItem& i : items)
        list.append(i.toJson());
    auto orNull = [](const QString& s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    return QJsonObject {{QLatin1String("id"), id},
                        {QLatin1String("case_id"), caseId},
                        {QLatin1String("state"), state},
                        {QLatin1String("purpose"), purpose},
                        {QLatin1String("agency_id"), orNull(agencyId)},
                        {QLatin1String("recipient"), recipient},
                        {QLatin1String("note"), note},
                        {QLatin1String("items"), list},
                        {QLatin1String("content_sha256"), contentSha256},
                        {QLatin1String("requested_by"), requestedBy},
                        {QLatin1String("requested_at"), requestedAt},
                        {QLatin1String("decided_by"), orNull(decidedBy)},
                        {QLatin1String("decided_at"), orNull(decidedAt)},
                        {QLatin1String("decision_note"), orNull(decisionNote)},
                        {QLatin1String("include"),
                         QJsonObject {{QLatin1String("contacts"), pii.contacts},
                                      {QLatin1String("anonymous_names"), pii.anonymousNames},
                                      {QLatin1String("customer_data"), pii.customerData}}},
                        {QLatin1String("void_reason"), orNull(voidReason)},
                        {QLatin1String("exported_at"), orNull(exportedAt)},
                        {QLatin1String("package_id"), orNull(packageId)},
                        {QLatin1String("manifest_sha256"), orNull(manifestSha256)},
                        {QLatin1String("receipt"), receipt.isEmpty() ? QJsonValue() : QJsonValue(receipt)},
                        {QLatin1String("le_request_id"), orNull(leRequestId)}};
}

ReleaseService::ReleaseService(CaseDatabase& db) : m_db(db)
{ }

QString ReleaseService::contentHash(const QList<ReleaseItem>& items)
{
    QJsonArray list;
    for (const ReleaseItem& i : items)
        list.append(i.toJson());
    return Sha256::hashHex(canonicalJson(QJsonValue(list)));
}

Result<QString> ReleaseService::currentHash(const QString& caseId, const ReleaseItem& item)
{
    if (item.kind == QLatin1String("media")) {
        auto m = MediaLibrary(m_db).get(item.id);
        if (!m)
            return makeError(ErrorKind::NotFound, tr("clip %1 is gone").arg(item.id));
        if (!MediaLibrary(m_db).casesOf(item.id).contains(caseId) && m->kind == QLatin1String("derivative"))
            return failure(tr("derivative %1 no longer belongs to the case").arg(item.id));
        return m->sha256;
    }
    if (item.kind == QLatin1String("statement")) {
        auto s = StatementService(m_db).get(item.id);
        if (!s)
            return makeError(ErrorKind::NotFound, tr("statement %1 is gone").arg(item.id));
        if (!s->signedOff())
            return failure(tr("statement %1 is not signed off").arg(item.id));
        if (!s->supersededBy.isEmpty())
            return failure(tr("statement %1 was corrected by %2").arg(item.id, s->supersededBy));
        return s->contentSha256;
    }
    if (item.kind == QLatin1String("pos")) {
        auto linked = PosService(m_db).linked(caseId);
        if (!linked)
            return linked.error();
        for (const LinkedTransaction& t : *linked)
            if (t.id == item.id) {
                LinkedTransaction bare = t;
                bare.how.clear();
                bare.incidentId.clear();
                return Sha256::hashHex(canonicalJson(bare.toJson(false)));
            }
        return failure(tr("POS transaction %1 is no longer linked to the case").arg(item.id));
    }
    return makeError(ErrorKind::Usage, tr("unknown item kind %1").arg(item.kind));
}

Result<QString> ReleaseService::request(const ReleaseRequestSpec& spec)
{
    LP_TRY(Permissions::require(m_db.session(), Action::RequestRelease));
    if (spec.purpose != QLatin1String("usb") && spec.purpose != QLatin1String("agency"))
        return makeError(ErrorKind::Usage, tr("The purpose is usb or agency."));
    if (spec.purpose == QLatin1String("agency") && spec.agencyId.isEmpty())
        return makeError(ErrorKind::Usage, tr("A release for an agency names the agency (agency:ID)."));
    if (spec.purpose == QLatin1String("agency"))
        if (auto agency = AgencyRegistry(m_db).get(spec.agencyId); !agency)
            return makeError(ErrorKind::Usage, agency.errorMessage());
    if (spec.note.trimmed().isEmpty() || spec.note.size() > 4000)
        return makeError(ErrorKind::Usage,
                         tr("A release request needs a note (up to 4000 characters) saying what it is for."));
    if (spec.recipient.size() > 500)
        return makeError(ErrorKind::Usage, tr("The recipient is too long."));
    auto info = CaseService(m_db).show(spec.caseId);
    if (!info)
        return info.error();
    const QString caseId = info->id;
    if (!spec.leRequestId.isEmpty()) {
        QSqlDatabase rdb = m_db.connection();
        LP_TRY(PoliceRequests::checkFulfillable(rdb, spec.leRequestId, caseId));
    }

    QList<ReleaseItem> items;
    auto add = [&](const QString& kind, const QString& id) -> Status {
        for (const ReleaseItem& i : items)
            if (i.kind == kind && i.id == id)
                return {};
        ReleaseItem item {kind, id, {}};
        auto hash = currentHash(caseId, item);
        if (!hash)
            return makeError(ErrorKind::Usage, tr("Cannot release %1: %2").arg(kind, hash.errorMessage()));
        item.sha256 = *hash;
        items << item;
        return {};
    };
    QStringList mediaIds = spec.mediaIds, statementIds = spec.statementIds, posIds = spec.posIds;
    if (spec.all) {
        auto media = MediaLibrary(m_db).forCase(caseId);
        if (!media)
            return media.error();
        for (const MediaRow& m : *media)
            mediaIds << m.id;
        auto statements = StatementService(m_db).list(caseId, true);
        if (!statements)
            return statements.error();
        for (const Statement& s : *statements)
            if (s.signedOff())
                statementIds << s.id; // drafts are not evidence yet
        auto pos = PosService(m_db).linked(caseId);
        if (!pos)
            return pos.error();
        for (const LinkedTransaction& t : *pos)
            posIds << t.id;
    }
    auto caseMedia = MediaLibrary(m_db).forCase(caseId);
    if (!caseMedia)
        return caseMedia.error();
    for (const QString& id : mediaIds) {
        bool inCase = false;
        for (const MediaRow& m : *caseMedia)
            inCase = inCase || m.id == id;
        if (!inCase)
            return makeError(ErrorKind::Usage, tr("Clip %1 is not evidence of case %2.").arg(id, info->reference));
        LP_TRY(add(QStringLiteral("media"), id));
    }
    for (const QString& id : statementIds) {
        auto s = StatementService(m_db).get(id);
        if (!s || s->caseId != caseId)
            return makeError(ErrorKind::Usage, tr("Statement %1 is not part of case %2.").arg(id, info->reference));
        LP_TRY(add(QStringLiteral("statement"), id));
    }
    for (const QString& id : posIds)
        LP_TRY(add(QStringLiteral("pos"), id));
    if (items.isEmpty())
        return makeError(ErrorKind::Usage, tr("Choose at least one item to release (lpdesk-cli: or --all)."));

    const QString id = randomUuid();
    const QString hash = contentHash(items);
    QJsonArray list;
    for (const ReleaseItem& i : items)
        list.append(i.toJson());
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO releases (id, case_id, state, purpose, agency_id, recipient, note, items_json, "
                       "content_sha256, requested_by, requested_by_id, requested_at, le_request_id) "
                       "VALUES (?, ?, 'pending', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v :
         {QVariant(id), QVariant(caseId), QVariant(spec.purpose),
          spec.agencyId.isEmpty() ? QVariant() : QVariant(spec.agencyId), QVariant(spec.recipient), QVariant(spec.note),
          QVariant(QString::fromUtf8(canonicalJson(QJsonValue(list)))), QVariant(hash),
          QVariant(m_db.session().userName), QVariant(m_db.session().userId), QVariant(utcNowString()),
          spec.leRequestId.isEmpty() ? QVariant() : QVariant(spec.leRequestId)})
        q.addBindValue(v);
    if (!q.exec())
        return failure(q.lastError().text());
    auto ev = CustodyRecorder(m_db).record(
        db, CustodyLog::caseChain(caseId), QStringLiteral("release_requested"),
        QJsonObject {{QLatin1String("release_id"), id},
                     {QLatin1String("purpose"), spec.purpose},
                     {QLatin1String("items"), list},
                     {QLatin1String("content_sha256"), hash},
                     {QLatin1String("le_request_id"),
                      spec.leRequestId.isEmpty() ? QJsonValue() : QJsonValue(spec.leRequestId)}});
    if (!ev)
        return ev.error();
    LP_TRY(m_db.auditIn(db, QStringLiteral("release_requested"),
                        QJsonObject {{QLatin1String("release_id"), id}, {QLatin1String("case_id"), caseId}}));
    LP_TRY(tx.commit());
    return id;
}

Result<Release> ReleaseService::load(const QString& id)
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT id, case_id, state, purpose, agency_id, recipient, note, items_json, content_sha256, requested_by, "
        "requested_at, decided_by, decided_at, decision_note, include_contacts, include_anonymous, include_customer, "
        "void_reason, exported_at, package_id, manifest_sha256, receipt_json, le_request_id "
        "FROM releases WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return failure(q.lastError().text());
    if (!q.next())
        return makeError(ErrorKind::NotFound, tr("There is no release request %1.").arg(id));
    Release r;
    r.id = q.value(0).toString();
    r.caseId = q.value(1).toString();
    r.state = q.value(2).toString();
    r.purpose = q.value(3).toString();
    r.agencyId = q.value(4).toString();
    r.recipient = q.value(5).toString();
    r.note = q.value(6).toString();
    for (const QJsonValue& v : QJsonDocument::fromJson(q.value(7).toString().toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        r.items << ReleaseItem {o.value(QLatin1String("kind")).toString(), o.value(QLatin1String("id")).toString(),
                                o.value(QLatin1String("sha256")).toString()};
    }
    r.contentSha256 = q.value(8).toString();
    r.requestedBy = q.value(9).toString();
    r.requestedAt = q.value(10).toString();
    r.decidedBy = q.value(11).toString();
    r.decidedAt = q.value(12).toString();
    r.decisionNote = q.value(13).toString();
    r.pii = PiiDecision {q.value(14).toBool(), q.value(15).toBool(), q.value(16).toBool()};
    r.voidReason = q.value(17).toString();
    r.exportedAt = q.value(18).toString();
    r.packageId = q.value(19).toString();
    r.manifestSha256 = q.value(20).toString();
    r.receipt = QJsonDocument::fromJson(q.value(21).toString().toUtf8()).object();
    r.leRequestId = q.value(22).toString();
    return r;
}

Result<Release> ReleaseService::refresh(Release r)
{
    if (r.state != QLatin1String("pending") && r.state != QLatin1String("approved")
        && r.state != QLatin1String("exported"))
        return r;
    QStringList changes;
    if (contentHash(r.items) != r.contentSha256)
        changes << tr("the list of items does not match its recorded hash");
    for (const ReleaseItem& item : r.items) {
        auto now = currentHash(r.caseId, item);
        if (!now)
            changes << now.errorMessage();
        else if (*now != item.sha256)
            changes << tr("%1 %2 changed").arg(item.kind, item.id);
    }
    if (changes.isEmpty())
        return r;
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    r.state = QStringLiteral("void");
    r.voidReason = changes.join(QStringLiteral("; "));
    q.prepare(QStringLiteral("UPDATE releases SET state = 'void', void_reason = ? WHERE id = ? AND state != 'void'"));
    q.addBindValue(r.voidReason);
    q.addBindValue(r.id);
    if (!q.exec())
        return failure(q.lastError().text());
    if (q.numRowsAffected() > 0) {
        auto ev = CustodyRecorder(m_db).record(
            db, CustodyLog::caseChain(r.caseId), QStringLiteral("release_voided"),
            QJsonObject {{QLatin1String("release_id"), r.id}, {QLatin1String("reason"), r.voidReason}});
        if (!ev)
            return ev.error();
        LP_TRY(
            m_db.auditIn(db, QStringLiteral("release_voided"),
                         QJsonObject {{QLatin1String("release_id"), r.id}, {QLatin1String("reason"), r.voidReason}}));
    }
    LP_TRY(tx.commit());
    return r;
}

Result<QList<Release>> ReleaseService::list(bool pendingOnly, const QString& caseId)
{
    LP_TRY(Permissions::require(m_db.session(), Action::SeeReleases));
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM releases WHERE (? = 0 OR state = 'pending') AND (? = '' OR case_id = ?) "
                             "ORDER BY requested_at DESC"));
    q.addBindValue(pendingOnly ? 1 : 0);
    q.addBindValue(caseId);
    q.addBindValue(caseId);
    if (!q.exec())
        return failure(q.lastError().text());
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    q.finish();
    QList<Release> out;
    for (const QString& id : ids) {
        auto r = load(id);
        if (!r)
            return r.error();
        if (m_db.session().role != Role::Auditor) {
            auto fresh = refresh(*r);
            if (!fresh)
                return fresh.error();
            r = fresh;
        }
        if (!pendingOnly || r->state == QLatin1String("pending"))
            out << *r;
    }
    return out;
}

Result<Release> ReleaseService::show(const QString& id)
{
    LP_TRY(Permissions::require(m_db.session(), Action::SeeReleases));
    auto r = load(id);
    if (!r || m_db.session().role == Role::Auditor)
        return r;
    return refresh(*r);
}

// Separation of duties, failing closed: the decider is not the requester, nor an account created after the request
// (a second account for the same person), nor a legal grant that waits for a second administrator.
static Status deciderMayDecide(CaseDatabase& db, const QString& id)
{
    QSqlDatabase conn = db.connection();
    QSqlQuery q(conn);
    q.prepare(QStringLiteral("SELECT r.requested_by_id, r.requested_at, u.created_at FROM releases r, users u "
                             "WHERE r.id = ? AND u.id = ?"));
    q.addBindValue(id);
    q.addBindValue(db.session().userId);
    if (!q.exec() || !q.next())
        return makeError(
            ErrorKind::Permission,
            ReleaseService::tr("Cannot confirm that you did not request release %1 (%2); refusing to decide it.")
                .arg(id, q.lastError().text()));
    if (q.value(0).toString() == db.session().userId)
        return makeError(
            ErrorKind::Permission,
            ReleaseService::tr("You requested release %1; another legal reviewer must decide it.").arg(id));
    const QDateTime requestedAt = parseRfc3339(q.value(1).toString());
    const QDateTime accountCreated = parseRfc3339(q.value(2).toString());
    if (!requestedAt.isValid() || !accountCreated.isValid() || accountCreated > requestedAt)
        return makeError(
            ErrorKind::Permission,
            ReleaseService::tr("Your account was created after release %1 was requested; a reviewer whose account "
                               "existed at the time must decide it.")
                .arg(id));
    return LegalGrants::requireConfirmed(db, db.session().userName);
}

Status ReleaseService::decide(const QString& id, bool approve, const QString& note, const PiiDecision& pii,
                              const std::atomic_bool* cancel)
{
    LP_TRY(Permissions::require(m_db.session(), Action::DecideRelease));
    if (note.trimmed().isEmpty() || note.size() > 4000)
        return makeError(ErrorKind::Usage, tr("A decision needs a written reason (up to 4000 characters)."));
    auto r = load(id);
    if (!r)
        return r.error();
    LP_TRY(deciderMayDecide(m_db, id));
    QSqlDatabase db = m_db.connection();
    auto fresh = refresh(*r);
    if (!fresh)
        return fresh.error();
    if (fresh->state != QLatin1String("pending"))
        return makeError(ErrorKind::Usage,
                         fresh->state == QLatin1String("void")
                             ? tr("Release %1 is void: %2").arg(id, fresh->voidReason)
                             : tr("Release %1 is %2, not pending.").arg(id, fresh->state));
    // An approval is legal's signature over approval.json (everything it approves), made with the reviewer's own
    // key; export and submission check that signature, not the state column.
    const QString decidedAt = utcNowString();
    QByteArray approvalJson;
    QByteArray approvalSignature;
    QByteArray approvalToken;
    if (approve) {
        auto document = ReleaseApproval(m_db).document(*fresh, pii, m_db.session().userName, decidedAt, note);
        if (!document)
            return document.error();
        auto identity = m_db.personalIdentity();
        if (!identity)
            return identity.error();
        // Only a certificate the CA issued for the legal role signs an approval (a role column is not enough).
        if (SigningIdentity::roleOf(identity->certificatePem()) != QLatin1String("legal"))
            return makeError(ErrorKind::Permission,
                             tr("Your certificate does not name the legal role; an administrator reissues it by "
                                "setting your role (user set-role)."));
        // A revocation list put back from before a revocation (WorkstationKeys::crlPem refuses it) would make an
        // approval that export then refuses: refuse it now, saying why.
        if (auto crl = WorkstationKeys::crlPem(db); !crl)
            return crl.error();
        auto signature = CmsSignature::signDetached(*identity, *document);
        if (!signature)
            return signature.error();
        approvalJson = *document;
        approvalSignature = *signature;
        // Time-stamped by the organisation's TSA when one is configured: the token, not the signer's clock, says
        // when the approval existed (a certificate revoked later does not undo it; one revoked before refuses it).
        auto tsa = TimestampSettings::trusted(m_db);
        if (!tsa)
            return tsa.error();
        if (!tsa->url.isEmpty()) {
            auto token = Timestamp::request(tsa->url, approvalSignature, tsa->caPem, cancel);
            if (!token && token.error().kind == ErrorKind::Cancelled)
                return makeError(ErrorKind::Cancelled, tr("Cancelled: release %1 was not approved.").arg(id));
            if (!token)
                return makeError(token.error().kind == ErrorKind::Cancelled ? ErrorKind::Cancelled : ErrorKind::Failed,
                                 tr("The approval was not recorded: it needs a time-stamp from %1, which failed (%2). "
                                    "Try again when the time-stamp authority answers.")
                                     .arg(tsa->url.toString(), token.errorMessage()));
            approvalToken = *token;
        }
    }
    // Cancelled after the TSA answered: nothing is written (the token is dropped).
    if (cancel && cancel->load())
        return makeError(ErrorKind::Cancelled, tr("Cancelled: release %1 was not approved.").arg(id));
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("UPDATE releases SET state = ?, decided_by = ?, decided_by_id = ?, decided_at = ?, "
                       "decision_note = ?, include_contacts = ?, include_anonymous = ?, include_customer = ?, "
                       "approval_json = ?, approval_p7s = ?, approval_tsr = ? WHERE id = ? AND state = 'pending'"));
    for (const QVariant& v :
         {QVariant(approve ? QStringLiteral("approved") : QStringLiteral("rejected")),
          QVariant(m_db.session().userName), QVariant(m_db.session().userId), QVariant(decidedAt), QVariant(note),
          QVariant(approve && pii.contacts ? 1 : 0), QVariant(approve && pii.anonymousNames ? 1 : 0),
          QVariant(approve && pii.customerData ? 1 : 0),
          approve ? QVariant(QString::fromUtf8(approvalJson)) : QVariant(QMetaType(QMetaType::QString)),
          approve ? QVariant(approvalSignature) : QVariant(QMetaType(QMetaType::QByteArray)),
          approvalToken.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(approvalToken), QVariant(id)})
        q.addBindValue(v);
    if (!q.exec())
        return failure(q.lastError().text());
    if (q.numRowsAffected() != 1)
        return failure(tr("Release %1 changed while it was being decided; try again.").arg(id));
    // Custody and the audit log (which packages carry) get the reason's hash and length; its text stays in the row.
    QJsonObject details {{QLatin1String("release_id"), id},
                         {QLatin1String("content_sha256"), r->contentSha256},
                         {QLatin1String("note_sha256"), Sha256::hashHex(note.toUtf8())},
                         {QLatin1String("note_length"), static_cast<qint64>(note.toUtf8().size())},
                         {QLatin1String("include"),
                          QJsonObject {{QLatin1String("contacts"), approve && pii.contacts},
                                       {QLatin1String("anonymous_names"), approve && pii.anonymousNames},
                                       {QLatin1String("customer_data"), approve && pii.customerData}}}};
    if (approve) {
        details.insert(QLatin1String("approval_sha256"), toHex(Sha256::hash(approvalJson)));
        details.insert(QLatin1String("time_stamped"), !approvalToken.isEmpty());
    }
    const QString action = approve ? QStringLiteral("release_approved") : QStringLiteral("release_rejected");
    LP_TRY(CustodyRecorder(m_db).record(db, CustodyLog::caseChain(r->caseId), action, details));
    LP_TRY(
        m_db.auditIn(db, approve ? QStringLiteral("release_approved") : QStringLiteral("release_rejected"), details));
    return tx.commit();
}

Status ReleaseService::approve(const QString& id, const QString& note, const PiiDecision& pii,
                               const std::atomic_bool* cancel)
{
    CaseDatabase::testHoldPoint("ReleaseService::approve"); // tests hold an approval here, before it is decided
    return decide(id, true, note, pii, cancel);
}

Status ReleaseService::reject(const QString& id, const QString& note)
{
    return decide(id, false, note, {});
}

Result<Release> ReleaseService::approvedAndUnchanged(const QString& id)
{
    auto r = load(id);
    if (!r)
        return r.error();
    auto fresh = refresh(*r);
    if (!fresh)
        return fresh.error();
    const QString& state = fresh->state;
    if (state == QLatin1String("approved") || state == QLatin1String("exported") || state == QLatin1String("submitted"))
        return fresh;
    if (state == QLatin1String("void"))
        return makeError(ErrorKind::Permission,
                         tr("Release %1 is void: %2. Request a new release.").arg(id, fresh->voidReason));
    if (state == QLatin1String("rejected"))
        return makeError(ErrorKind::Permission,
                         tr("Release %1 was rejected by %2: %3").arg(id, fresh->decidedBy, fresh->decisionNote));
    return makeError(ErrorKind::Permission, tr("Release %1 is %2: legal has not approved it.").arg(id, state));
}

Status ReleaseService::markExported(const QString& id, const QString& packageId, const QString& manifestSha256,
                                    const QString& target, bool encrypted)
{
    auto r = load(id);
    if (!r)
        return r.error();
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE releases SET state = CASE WHEN state = 'approved' THEN 'exported' ELSE state END, "
                             "exported_at = ?, package_id = ?, manifest_sha256 = ?, export_count = export_count + 1 "
                             "WHERE id = ?"));
    q.addBindValue(utcNowString());
    q.addBindValue(packageId);
    q.addBindValue(manifestSha256);
    q.addBindValue(id);
    if (!q.exec())
        return failure(q.lastError().text());
    const QJsonObject details {{QLatin1String("release_id"), id},
                               {QLatin1String("package_id"), packageId},
                               {QLatin1String("manifest_sha256"), manifestSha256},
                               {QLatin1String("target"), target},
                               {QLatin1String("encrypted"), encrypted}};
    auto ev = CustodyRecorder(m_db).record(db, CustodyLog::caseChain(r->caseId), QStringLiteral("exported"), details);
    if (!ev)
        return ev.error();
    LP_TRY(m_db.auditIn(db, QStringLiteral("exported"), details));
    LP_TRY(markCaseReleased(db, r->caseId, id));
    return tx.commit();
}

Status ReleaseService::markCaseReleased(QSqlDatabase& db, const QString& caseId, const QString& releaseId)
{
    // Evidence has left (exported, or delivered to an agency): the case is "released" unless already closed.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE cases SET status = 'released', updated_at = ? WHERE id = ? AND status IN "
                             "('open', 'ready_for_review')"));
    q.addBindValue(utcNowString());
    q.addBindValue(caseId);
    if (!q.exec())
        return failure(q.lastError().text());
    if (q.numRowsAffected() > 0) {
        const QJsonObject status {{QLatin1String("status"), QStringLiteral("released")},
                                  {QLatin1String("release_id"), releaseId}};
        auto changed
            = CustodyRecorder(m_db).record(db, CustodyLog::caseChain(caseId), QStringLiteral("status_changed"), status);
        if (!changed)
            return changed.error();
        LP_TRY(m_db.auditIn(db, QStringLiteral("status_changed"), status));
    }
    return {};
}

Status ReleaseService::markSubmitted(const QString& id, const QJsonObject& receipt)
{
    auto r = load(id);
    if (!r)
        return r.error();
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE releases SET state = 'submitted', receipt_json = ? WHERE id = ?"));
    q.addBindValue(QString::fromUtf8(canonicalJson(receipt)));
    q.addBindValue(id);
    if (!q.exec())
        return failure(q.lastError().text());
    const QJsonObject details {{QLatin1String("release_id"), id}, {QLatin1String("receipt"), receipt}};
    auto ev = CustodyRecorder(m_db).record(db, CustodyLog::caseChain(r->caseId), QStringLiteral("submitted"), details);
    if (!ev)
        return ev.error();
    LP_TRY(m_db.auditIn(db, QStringLiteral("submitted"), details));
    LP_TRY(markCaseReleased(db, r->caseId, id));
    return tx.commit();
}

} // namespace lpdesk

#include "export/ReleaseApproval.h"

#include "agencies/AgencyRegistry.h"
#include "common/CanonicalJson.h"
#include "common/Time.h"
#include "crypto/CmsSignature.h"
#include "crypto/RevocationList.h"
#include "crypto/Sha256.h"
#include "crypto/SigningIdentity.h"
#include "crypto/Timestamp.h"
#include "db/CaseDatabase.h"
#include "db/SqlRow.h"
#include "db/TimestampSettings.h"
#include "db/WorkstationKeys.h"
#include "export/PackageContents.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace lpdesk {

namespace {

QString sha256Text(const QString& text)
{
    return toHex(Sha256::hash(text.toUtf8()));
}

} // namespace

ReleaseApproval::ReleaseApproval(CaseDatabase& db) : m_db(db)
{ }

Result<QString> ReleaseApproval::agencyFingerprint(const QString& agencyId)
{
    auto agency = AgencyRegistry(m_db).get(agencyId);
    if (!agency && agency.error().kind == ErrorKind::NotFound)
        return makeError(ErrorKind::Verification, tr("agency %1 no longer exists (it was removed)").arg(agencyId));
    if (!agency)
        return agency.error();
    return AgencyRegistry::endpointFingerprint(*agency);
}

// What an approval binds, apart from the decision itself.
Result<QJsonObject> ReleaseApproval::facts(const Release& release, const PiiDecision& pii)
{
    // The package's content as it will be written: every file whose bytes are known now. A package whose files
    // differ is refused by export and by verify.
    auto planned = PackageContents(m_db).approvedFiles(release, pii);
    if (!planned)
        return planned.error();
    QJsonArray files;
    for (const PackageFile& f : std::as_const(*planned))
        files.append(QJsonObject {
            {QLatin1String("path"), f.path}, {QLatin1String("size"), f.size}, {QLatin1String("sha256"), f.sha256}});
    QJsonArray items;
    for (const ReleaseItem& item : release.items)
        items.append(item.toJson());
    QJsonArray incidents;
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT i.id, i.raw_sha256, i.narrative, i.suspects_json FROM case_incidents ci JOIN "
                             "incidents i ON i.id = ci.incident_id WHERE ci.case_id = ? ORDER BY i.id"));
    q.addBindValue(release.caseId);
    if (!q.exec())
        return failure(tr("Cannot read the case's incidents: %1").arg(q.lastError().text()));
    const SqlRow row(q);
    while (q.next())
        incidents.append(QJsonObject {
            {QLatin1String("id"), row.string("id")},
            {QLatin1String("raw_sha256"), row.string("raw_sha256")},
            {QLatin1String("narrative_sha256"), sha256Text(row.string("narrative"))},
            {QLatin1String("suspects_sha256"), sha256Text(row.string("suspects_json"))},
        });
    QJsonObject agency;
    if (release.purpose == QLatin1String("agency")) {
        auto fingerprint = agencyFingerprint(release.agencyId);
        if (!fingerprint)
            return fingerprint.error();
        agency
            = QJsonObject {{QLatin1String("id"), release.agencyId}, {QLatin1String("endpoint_sha256"), *fingerprint}};
    }
    return QJsonObject {
        {QLatin1String("format"), QStringLiteral("lpdesk-approval-v2")},
        {QLatin1String("database_id"), m_db.databaseId()},
        {QLatin1String("release_id"), release.id},
        {QLatin1String("case_id"), release.caseId},
        {QLatin1String("requested_by"), release.requestedBy},
        {QLatin1String("requested_at"), release.requestedAt},
        {QLatin1String("purpose"), release.purpose},
        {QLatin1String("recipient"), release.recipient},
        {QLatin1String("agency"), agency.isEmpty() ? QJsonValue() : QJsonValue(agency)},
        {QLatin1String("items"), items},
        {QLatin1String("content_sha256"), release.contentSha256},
        {QLatin1String("incidents"), incidents},
        {QLatin1String("package_files"), files},
    };
}

Result<QByteArray> ReleaseApproval::document(const Release& release, const PiiDecision& pii, const QString& decidedBy,
                                             const QString& decidedAt, const QString& note)
{
    auto f = facts(release, pii);
    if (!f)
        return f.error();
    QJsonObject doc = *f;
    doc.insert(QLatin1String("decision"), QStringLiteral("approved"));
    doc.insert(QLatin1String("decided_by"), decidedBy);
    doc.insert(QLatin1String("decided_at"), decidedAt);
    doc.insert(QLatin1String("note"), note);
    doc.insert(QLatin1String("pii"),
               QJsonObject {{QLatin1String("contacts"), pii.contacts},
                            {QLatin1String("anonymous_names"), pii.anonymousNames},
                            {QLatin1String("customer_data"), pii.customerData}});
    return canonicalJson(doc);
}

namespace {

// The signed approval as stored with the release: its JSON, CMS signature, time-stamp token and export count.
Status readStoredApproval(QSqlDatabase& db, const QString& releaseId, VerifiedApproval& out)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT approval_json, approval_p7s, export_count, approval_tsr FROM releases WHERE id = ?"));
    q.addBindValue(releaseId);
    if (!q.exec() || !q.next())
        return failure(
            ReleaseApproval::tr("Cannot read the approval of release %1: %2").arg(releaseId, q.lastError().text()));
    const SqlRow row(q);
    out.json = row.string("approval_json").toUtf8();
    out.signature = row.value("approval_p7s").toByteArray();
    out.exportCount = row.integer("export_count");
    out.token = row.value("approval_tsr").toByteArray();
    return {};
}

} // namespace

Result<VerifiedApproval> ReleaseApproval::verify(const Release& release)
{
    auto refused = [&](const QString& why) {
        return makeError(ErrorKind::Verification,
                         tr("Release %1: legal's signed approval does not hold: %2").arg(release.id, why));
    };
    QSqlDatabase db = m_db.connection();
    VerifiedApproval out;
    LP_TRY(readStoredApproval(db, release.id, out));
    if (out.json.isEmpty() || out.signature.isEmpty())
        return refused(tr("there is no signed approval (the release is marked approved in the database only)"));
    auto ca = WorkstationKeys::caCertificatePem(db);
    if (!ca)
        return ca.error();
    auto cms = CmsSignature::verifyDetached(out.signature, out.json, *ca);
    if (!cms)
        return refused(cms.errorMessage());
    out.signer = cms->signerCommonName;
    out.approval = QJsonDocument::fromJson(out.json).object();
    const QJsonObject& a = out.approval;
    if (canonicalJson(a) != out.json)
        return refused(tr("approval.json is not canonical"));
    // When the approval was made: its RFC 3161 token (over the signature, from the TSA an administrator signed
    // for) when it has one; otherwise only the signer's own clock, which a revocation check cannot rely on.
    out.time.decidedAt = parseRfc3339(a.value(QLatin1String("decided_at")).toString());
    if (!out.token.isEmpty()) {
        auto tsa = TimestampSettings::trusted(m_db);
        if (!tsa)
            return refused(tsa.errorMessage());
        if (tsa->url.isEmpty())
            return refused(tr("it is time-stamped, but no time-stamp authority is configured to check the token with"));
        auto stamp = Timestamp::verify(out.token, out.signature, tsa->caPem);
        if (!stamp)
            return refused(tr("its time-stamp does not hold: %1").arg(stamp.errorMessage()));
        out.time.stampedAt = parseRfc3339(stamp->genTime);
    }
    // A reviewer whose certificate was revoked (account removed, role changed) before the approval's time cannot
    // have made it.
    {
        auto crl = WorkstationKeys::crlPem(db);
        if (!crl)
            return crl.error();
        // Every database has a signed list from its creation (or from moving a legacy CA key): none is a deletion.
        if (crl->isEmpty())
            return refused(tr("the organisation's revocation list is missing from the database"));
        auto revoked = RevocationList::verify(*crl, *ca);
        if (!revoked)
            return refused(revoked.errorMessage());
        const QString problem
            = revocationProblem(*revoked, RevocationList::serialOf(cms->signerCertificatePem), out.time);
        if (!problem.isEmpty())
            return refused(problem);
    }
    if (out.signer != a.value(QLatin1String("decided_by")).toString() || out.signer != release.decidedBy)
        return refused(
            tr("it was signed by %1, but the release names %2 as the reviewer").arg(out.signer, release.decidedBy));
    if (out.signer == release.requestedBy)
        return refused(tr("the reviewer %1 also requested it").arg(out.signer));
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT role FROM users WHERE name = ?"));
        q.addBindValue(out.signer);
        if (!q.exec() || !q.next() || SqlRow(q).string("role") != QLatin1String("legal"))
            return refused(tr("the signer %1 is not a legal reviewer").arg(out.signer));
    }
    // The role the CA put in the signer's certificate: a role column rewritten with the database key is not enough.
    if (SigningIdentity::roleOf(cms->signerCertificatePem) != QLatin1String("legal"))
        return refused(tr("the signer's certificate does not name the legal role"));
    // It must still describe the release: everything it binds, as it stands now.
    const QString changed = whatChanged(release, a);
    if (!changed.isEmpty())
        return refused(changed);
    return out;
}

QString ReleaseApproval::whatChanged(const Release& release, const QJsonObject& a)
{
    auto now = facts(release, release.pii);
    if (!now)
        return now.errorMessage(); // an agency removed, a clip unreadable: nothing goes out
    for (auto it = now->constBegin(); it != now->constEnd(); ++it)
        if (a.value(it.key()) != it.value())
            return it.key() == QLatin1String("agency") ? AgencyRegistry::endpointNotApproved(release.agencyId)
                                                       : tr("\"%1\" changed since legal signed").arg(it.key());
    const QJsonObject pii = a.value(QLatin1String("pii")).toObject();
    if (pii.value(QLatin1String("contacts")).toBool() != release.pii.contacts
        || pii.value(QLatin1String("anonymous_names")).toBool() != release.pii.anonymousNames
        || pii.value(QLatin1String("customer_data")).toBool() != release.pii.customerData)
        return tr("the personal-data choices in the database differ from what legal signed");
    return {};
}

QString ReleaseApproval::revocationProblem(const QList<RevokedCertificate>& revoked, const QString& serial,
                                           const ApprovalTime& time, bool signerClockAccepted)
{
    if (serial.isEmpty())
        return tr("the reviewer's certificate has no serial number");
    for (const RevokedCertificate& r : revoked) {
        if (r.serial != serial)
            continue;
        if (time.stampedAt.isValid()) {
            if (r.revokedAt <= time.stampedAt)
                return tr("the reviewer's certificate (serial %1) was revoked on %2, before the approval was "
                          "time-stamped (%3)")
                    .arg(serial, toUtcString(r.revokedAt), toUtcString(time.stampedAt));
        } else if (!signerClockAccepted) {
            return tr("the reviewer's certificate (serial %1) was revoked on %2, and no time-stamp proves that the "
                      "approval was made before (the time in it, %3, is the signer's own clock); legal approves "
                      "it again")
                .arg(serial, toUtcString(r.revokedAt),
                     time.decidedAt.isValid() ? toUtcString(time.decidedAt) : tr("none"));
        } else if (!time.decidedAt.isValid() || r.revokedAt <= time.decidedAt) {
            return tr("the reviewer's certificate (serial %1) was revoked on %2, before the approval (%3)")
                .arg(serial, toUtcString(r.revokedAt),
                     time.decidedAt.isValid() ? toUtcString(time.decidedAt) : tr("no time"));
        }
    }
    return {};
}

Result<QStringList> ReleaseApproval::awaitingNewApproval(CaseDatabase& caseDb)
{
    QSqlDatabase db = caseDb.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT r.id, r.agency_id, r.decided_by, r.decided_at, r.approval_json, "
                               "printf('LPD-%s-%04d', substr(c.created_at, 1, 4), c.number) AS case_number "
                               "FROM releases r JOIN cases c ON c.id = r.case_id WHERE r.state = 'approved' AND "
                               "r.purpose = 'agency' AND r.approval_json IS NOT NULL ORDER BY r.decided_at")))
        return failure(tr("Cannot read the releases: %1").arg(q.lastError().text()));
    QStringList out;
    AgencyRegistry agencies(caseDb);
    const SqlRow row(q);
    while (q.next()) {
        const QString agencyId = row.string("agency_id");
        auto agency = agencies.get(agencyId);
        if (!agency || !agency->systemTrust)
            continue;
        const QString approved = QJsonDocument::fromJson(row.value("approval_json").toByteArray())
                                     .object()
                                     .value(QLatin1String("agency"))
                                     .toObject()
                                     .value(QLatin1String("endpoint_sha256"))
                                     .toString();
        AgencyProfile before = *agency;
        before.systemTrust = false; // how the endpoint was fingerprinted then
        if (approved.isEmpty() || approved == AgencyRegistry::endpointFingerprint(*agency)
            || approved != AgencyRegistry::endpointFingerprint(before))
            continue;
        out << tr("release %1 (case %2, for agency %3) was approved by %4 on %5, before an agency's use of the "
                  "system's certificate authorities was part of what legal approves: it cannot be submitted until "
                  "legal approves it again")
                   .arg(row.string("id"), row.string("case_number"), agencyId, row.string("decided_by"),
                        row.string("decided_at"));
    }
    return out;
}

void ReleaseApproval::addCheckTo(CaseDatabase& db)
{
    CaseDatabase* owner = &db;
    db.addCheck([owner](QSqlDatabase&, DatabaseCheck& report) {
        if (auto awaiting = awaitingNewApproval(*owner))
            report.notes << *awaiting;
        else
            report.problems << awaiting.errorMessage();
    });
}

} // namespace lpdesk

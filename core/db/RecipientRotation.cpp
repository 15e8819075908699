#include "db/RecipientRotation.h"

#include "auth/Session.h"
#include "common/Time.h"
#include "crypto/CmsSignature.h"
#include "crypto/RevocationList.h"
#include "crypto/SigningIdentity.h"
#include "db/AuditEventCache.h"
#include "db/CaseDatabase.h"
#include "db/WorkstationKeys.h"

namespace lpdesk {

QByteArray RecipientRotation::message(const QString& databaseId, const QString& retiredKeyId, const QString& keyId)
{
    return QStringLiteral("lpdesk-recipient-key-rotated-v1|%1|%2|%3").arg(databaseId, retiredKeyId, keyId).toUtf8();
}

Result<QJsonObject> RecipientRotation::signedDetails(const SigningIdentity& identity, const QString& databaseId,
                                                     const QString& retiredKeyId, const QString& keyId)
{
    auto p7s = CmsSignature::signDetached(identity, message(databaseId, retiredKeyId, keyId));
    if (!p7s)
        return p7s.error();
    return QJsonObject {{QLatin1String("retired_key_id"), retiredKeyId},
                        {QLatin1String("recipient_key_id"), keyId},
                        {QLatin1String("p7s"), QString::fromLatin1(p7s->toBase64())},
                        {QLatin1String("certificate_sha256"), identity.certificateFingerprint()}};
}

namespace {

// Why a signed rotation does not hold (empty when it does).
QString signatureProblem(QSqlDatabase& db, const QJsonObject& event, const QString& databaseId)
{
    const QJsonObject d = event.value(QLatin1String("details")).toObject();
    auto ca = WorkstationKeys::caCertificatePem(db);
    if (!ca)
        return ca.errorMessage();
    auto cms = CmsSignature::verifyDetached(
        QByteArray::fromBase64(d.value(QLatin1String("p7s")).toString().toLatin1()),
        RecipientRotation::message(databaseId, d.value(QLatin1String("retired_key_id")).toString(),
                                   d.value(QLatin1String("recipient_key_id")).toString()),
        *ca, false);
    if (!cms)
        return RecipientRotation::tr("its signature does not verify with a certificate of the organisation CA (%1)")
            .arg(cms.errorMessage());
    const QString actor = event.value(QLatin1String("actor")).toString();
    if (cms->signerCommonName != actor)
        return RecipientRotation::tr("it names %1, but %2 signed it").arg(actor, cms->signerSubject);
    if (SigningIdentity::roleOf(cms->signerCertificatePem) != roleName(Role::Admin))
        return RecipientRotation::tr("it was signed by %1, whose certificate does not name the administrator role")
            .arg(cms->signerCommonName);
    // A key its owner no longer holds rightfully (a removed administrator's copy) signs nothing after the revocation.
    // A list the audit log contradicts is named by `db check` and refuses exports; here it only cannot help.
    QList<RevokedCertificate> revoked;
    if (auto crl = WorkstationKeys::crlPem(db); crl && !crl->isEmpty())
        if (auto listed = RevocationList::verify(*crl, *ca))
            revoked = *listed;
    const QString serial = RevocationList::serialOf(cms->signerCertificatePem);
    const QDateTime at = parseRfc3339(event.value(QLatin1String("at")).toString());
    for (const RevokedCertificate& r : std::as_const(revoked))
        if (r.serial == serial && (!at.isValid() || r.revokedAt.toSecsSinceEpoch() < at.toSecsSinceEpoch()))
            return RecipientRotation::tr("it was signed by %1 after their certificate (serial %2) was revoked on %3")
                .arg(cms->signerCommonName, serial, toUtcString(r.revokedAt));
    return {};
}

} // namespace

Result<RecipientRotation::Audited> RecipientRotation::audited(QSqlDatabase& db)
{
    auto created = AuditEventCache::databaseCreated(db);
    if (!created)
        return created.error();
    auto events = AuditEventCache::matching(db, AuditEventCache::RecipientKeys);
    if (!events)
        return events.error();
    const QString databaseId = created->value(QLatin1String("database_id")).toString();
    bool signingRequired = created->value(QLatin1String("signed_recipient_rotations")).toBool();
    bool firstCreated = true;
    Audited out;
    for (const AuditEventCache::Event& e : *events) {
        const QString action = e.event.value(QLatin1String("action")).toString();
        const QJsonObject d = e.event.value(QLatin1String("details")).toObject();
        if (action == QLatin1String("database_created")) {
            // Only the chain's first event creates the database: one appended later changes nothing.
            if (firstCreated || created->isEmpty()) {
                out.keyId = d.value(QLatin1String("recipient_key_id")).toString();
                out.seq = e.seq;
            }
            firstCreated = false;
            continue;
        }
        if (action == QLatin1String("recipient_rotations_signed")) {
            // From here on only signed rotations count (appending another one only makes this stricter).
            signingRequired = true;
            continue;
        }
        if (action != QLatin1String("recipient_key_rotated"))
            continue;
        const QString keyId = d.value(QLatin1String("recipient_key_id")).toString();
        const QString retired = d.value(QLatin1String("retired_key_id")).toString();
        QString problem;
        if (!out.keyId.isEmpty() && retired != out.keyId)
            problem = tr("it retires key %1, but the key then current was %2 (audit event %3)")
                          .arg(retired, out.keyId)
                          .arg(out.seq);
        else if (d.contains(QLatin1String("p7s")))
            problem = signatureProblem(db, e.event, databaseId);
        else if (signingRequired)
            problem = tr("no administrator signed it");
        if (!problem.isEmpty())
            return makeError(ErrorKind::Verification,
                             tr("Audit event %1 rotates the recipient key to %2, but %3: it was appended with the "
                                "database key, and footage sealed to that key would be readable by whoever appended "
                                "it. Restore the database from a backup; nothing is pulled or exported until then.")
                                 .arg(e.seq)
                                 .arg(keyId, problem));
        // Once an administrator has signed a rotation, every later one must be signed too.
        signingRequired = signingRequired || d.contains(QLatin1String("p7s"));
        out.keyId = keyId;
        out.seq = e.seq;
    }
    return out;
}

Status RecipientRotation::recordSigningStart(CaseDatabase& db)
{
    QSqlDatabase conn = db.connection();
    auto created = AuditEventCache::databaseCreated(conn);
    if (!created)
        return created.error();
    if (created->value(QLatin1String("signed_recipient_rotations")).toBool())
        return {}; // signed from the start
    auto events = AuditEventCache::matching(conn, AuditEventCache::RecipientKeys);
    if (!events)
        return events.error();
    for (const AuditEventCache::Event& e : *events)
        if (e.event.value(QLatin1String("action")).toString() == QLatin1String("recipient_rotations_signed"))
            return {}; // recorded already
    auto current = audited(conn);
    if (!current)
        return {}; // a refused rotation: every reader of the key names it, and the line waits for a restored log
    return db.audit(
        QStringLiteral("recipient_rotations_signed"),
        QJsonObject {{QLatin1String("recipient_key_id"), current->keyId}, {QLatin1String("after_seq"), current->seq}});
}

} // namespace lpdesk

#include "db/TimestampSettings.h"

#include "auth/Permissions.h"
#include "common/CanonicalJson.h"
#include "crypto/CmsSignature.h"
#include "crypto/RevocationList.h"
#include "crypto/Sha256.h"
#include "crypto/SigningIdentity.h"
#include "crypto/Timestamp.h"
#include "db/CaseDatabase.h"
#include "db/WorkstationKeys.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace lpdesk {

namespace {

const QString UrlKey = QStringLiteral("tsa_url");
const QString CaKey = QStringLiteral("tsa_ca_pem");
const QString SignatureKey = QStringLiteral("tsa_settings_p7s");

// What the administrator signs: this database, the address and the CA certificate (by hash).
QByteArray signedFacts(const QString& databaseId, const QString& url, const QByteArray& caPem)
{
    return canonicalJson(QJsonObject {{QLatin1String("format"), QStringLiteral("lpdesk-tsa-settings-v1")},
                                      {QLatin1String("database_id"), databaseId},
                                      {QLatin1String("url"), url},
                                      {QLatin1String("ca_sha256"), toHex(Sha256::hash(caPem))}});
}

// The value each key had after the last change the audit log records (settings_changed, in chain order): what
// setSetting wrote. Keys never changed through it are absent. Read from the hashed event text of the audit chain,
// not from the action column (which can be rewritten alone, to hide an event, until `db check` runs).
Result<QHash<QString, QString>> lastAuditedValues(QSqlDatabase& db, const QStringList& keys)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT event FROM audit_log WHERE chain = '' AND instr(event, '\"settings_changed\"') > 0 "
                           "AND instr(event, '\"tsa_') > 0 ORDER BY seq")))
        return failure(TimestampSettings::tr("Cannot read the audit log: %1").arg(q.lastError().text()));
    QHash<QString, QString> out;
    while (q.next()) {
        const QJsonObject event = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        if (event.value(QLatin1String("action")).toString() != QLatin1String("settings_changed"))
            continue;
        const QJsonObject details = event.value(QLatin1String("details")).toObject();
        const QString key = details.value(QLatin1String("key")).toString();
        if (keys.contains(key))
            out.insert(key, details.value(QLatin1String("value")).toString());
    }
    return out;
}

} // namespace

Status TimestampSettings::configure(CaseDatabase& db, const QUrl& url, const QByteArray& caPem)
{
    LP_TRY(Permissions::require(db.session(), Action::ChangeSettings));
    QString signature;
    if (!url.isEmpty()) {
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            return makeError(ErrorKind::Usage, tr("The TSA address must be an http:// or https:// URL."));
        if (!url.userInfo().isEmpty())
            return makeError(ErrorKind::Usage, tr("The TSA address must not carry a user name or password."));
        LP_TRY(Timestamp::checkCaPem(caPem));
        auto identity = db.personalIdentity();
        if (!identity)
            return identity.error();
        if (SigningIdentity::roleOf(identity->certificatePem()) != roleName(Role::Admin))
            return makeError(ErrorKind::Permission,
                             tr("Your certificate does not name the administrator role; an administrator whose "
                                "certificate does sets the time-stamp authority."));
        auto signed_ = CmsSignature::signDetached(*identity, signedFacts(db.databaseId(), url.toString(), caPem));
        if (!signed_)
            return signed_.error();
        signature = QString::fromLatin1(signed_->toBase64());
    }
    // Each setSetting is its own audited transaction; the signature is written last, so a half-written change
    // leaves settings whose signature does not hold (refused), never a signed mixture.
    LP_TRY(db.setSetting(SignatureKey, QString()));
    LP_TRY(db.setSetting(CaKey, url.isEmpty() ? QString() : QString::fromUtf8(caPem)));
    LP_TRY(db.setSetting(UrlKey, url.isEmpty() ? QString() : url.toString()));
    return db.setSetting(SignatureKey, signature);
}

TimestampAuthority TimestampSettings::configured(CaseDatabase& db)
{
    TimestampAuthority out;
    const QString url = db.setting(UrlKey);
    if (!url.isEmpty())
        out.url = QUrl(url);
    out.caPem = db.setting(CaKey).toUtf8();
    return out;
}

Result<TimestampAuthority> TimestampSettings::trusted(CaseDatabase& db)
{
    TimestampAuthority out = configured(db);
    auto refused = [](const QString& why) {
        return makeError(ErrorKind::Verification,
                         tr("The time-stamp authority settings are not trusted: %1. An administrator sets them "
                            "again (Tools → Time-stamp authority, or lpdesk-cli tsa).")
                             .arg(why));
    };
    // Written (or emptied, or an earlier signed set put back) with the database key alone, not through configure():
    // the stored values differ from the last ones the audit log records. A cleared TSA would make approvals untimed.
    {
        QSqlDatabase conn = db.connection();
        const QStringList keys {UrlKey, CaKey, SignatureKey};
        auto audited = lastAuditedValues(conn, keys);
        if (!audited)
            return audited.error();
        for (const QString& key : keys)
            if (db.setting(key) != audited->value(key))
                return refused(tr("%1 differs from the last change the audit log records (it was written directly "
                                  "in the database)")
                                   .arg(key));
    }
    if (out.url.isEmpty()) {
        // No TSA: nothing else may be left behind (a CA slipped in beside an emptied address would pin a TSA
        // nobody signed for).
        if (!out.caPem.isEmpty() || !db.setting(SignatureKey).isEmpty())
            return refused(tr("there is no address but a CA certificate or a signature is set"));
        return out;
    }
    const QByteArray signature = QByteArray::fromBase64(db.setting(SignatureKey).toLatin1());
    if (signature.isEmpty())
        return refused(tr("no administrator signed them"));
    QSqlDatabase conn = db.connection();
    auto ca = WorkstationKeys::caCertificatePem(conn);
    if (!ca)
        return ca.error();
    auto cms
        = CmsSignature::verifyDetached(signature, signedFacts(db.databaseId(), out.url.toString(), out.caPem), *ca);
    if (!cms)
        return refused(cms.errorMessage());
    if (SigningIdentity::roleOf(cms->signerCertificatePem) != roleName(Role::Admin))
        return refused(tr("they were signed by %1, whose certificate does not name the administrator role")
                           .arg(cms->signerCommonName));
    auto crl = WorkstationKeys::crlPem(conn);
    if (!crl)
        return crl.error();
    if (crl->isEmpty())
        return refused(tr("the organisation's revocation list is missing from the database"));
    auto revoked = RevocationList::verify(*crl, *ca);
    if (!revoked)
        return refused(revoked.errorMessage());
    const QString serial = RevocationList::serialOf(cms->signerCertificatePem);
    for (const RevokedCertificate& r : *revoked)
        if (r.serial == serial)
            return refused(tr("the certificate of %1, who signed them, is revoked").arg(cms->signerCommonName));
    out.signedBy = cms->signerCommonName;
    return out;
}

} // namespace lpdesk

#include "db/TimestampSettings.h"

#include "auth/Permissions.h"
#include "common/CanonicalJson.h"
#include "crypto/CmsSignature.h"
#include "crypto/RevocationList.h"
#include "crypto/Sha256.h"
#include "crypto/SigningIdentity.h"
#include "crypto/Timestamp.h"
#include "db/AuditEventCache.h"
#include "db/CaseDatabase.h"
#include "db/WorkstationKeys.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <optional>

namespace lpdesk {

namespace {

const QString UrlKey = QStringLiteral("tsa_url");
const QString CaKey = QStringLiteral("tsa_ca_pem");
const QString SignatureKey = QStringLiteral("tsa_settings_p7s");

// What the administrator signs: this database, the address and the CA certificate (by hash), and a version one above
// every signed change before it (so an earlier signed set appended again is older than the current one). Settings
// signed before versions existed (v1) carry none and count as version 0.
QByteArray signedFacts(const QString& databaseId, const QString& url, const QByteArray& caPem, qint64 version)
{
    QJsonObject facts {{QLatin1String("format"), QStringLiteral("lpdesk-tsa-settings-v1")},
                       {QLatin1String("database_id"), databaseId},
                       {QLatin1String("url"), url},
                       {QLatin1String("ca_sha256"), toHex(Sha256::hash(caPem))}};
    if (version > 0) {
        facts.insert(QLatin1String("format"), QStringLiteral("lpdesk-tsa-settings-v2"));
        facts.insert(QLatin1String("version"), version);
    }
    return canonicalJson(facts);
}

// The stored signature value: {"p7s": base64, "version": n} (v2), or the bare base64 of v1.
bool parseSignature(const QString& value, QByteArray& p7s, qint64& version)
{
    version = 0;
    if (value.startsWith(QLatin1Char('{'))) {
        const QJsonObject o = QJsonDocument::fromJson(value.toUtf8()).object();
        version = o.value(QLatin1String("version")).toInteger();
        p7s = QByteArray::fromBase64(o.value(QLatin1String("p7s")).toString().toLatin1());
        return version > 0 && !p7s.isEmpty();
    }
    p7s = QByteArray::fromBase64(value.toLatin1());
    return !p7s.isEmpty();
}

// One change of the TSA settings as the audit chain tells it, and whether an administrator's signature holds it.
struct Change
{
    qint64 seq = 0;
    QString key;
    QString value;
};
struct SignedChange
{
    qint64 seq = 0; // the tsa_settings_p7s event
    qint64 version = 0;
    QString url;
    QString caPem;
    QString signatureValue;
    CmsVerification cms;
};
struct History
{
    std::optional<SignedChange> current; // the signed change with the highest version
    QList<Change> changes; // every tsa_* settings_changed, in chain order
    QHash<qint64, QString> refused; // seq of a tsa_settings_p7s event → why its signature does not hold
    QHash<qint64, qint64> signedVersion; // seq of a tsa_settings_p7s event that holds → its version
};

// Every settings_changed of a TSA key the audit chain records (event text, chain ''), each signature checked against
// the values the chain records just before it. Appending events needs only the database key, so an event counts
// only through an administrator's signature: the current settings are those of the signed change with the highest
// version, however many events follow it.
Result<History> readHistory(CaseDatabase& db, QSqlDatabase& conn)
{
    auto events = AuditEventCache::matching(conn, AuditEventCache::TsaSettings);
    if (!events)
        return events.error();
    History out;
    QByteArray caCert;
    QString url, caPem;
    for (const AuditEventCache::Event& e : *events) {
        if (e.event.value(QLatin1String("action")).toString() != QLatin1String("settings_changed"))
            continue;
        const QJsonObject details = e.event.value(QLatin1String("details")).toObject();
        const Change c {e.seq, details.value(QLatin1String("key")).toString(),
                        details.value(QLatin1String("value")).toString()};
        if (c.key == UrlKey)
            url = c.value;
        else if (c.key == CaKey)
            caPem = c.value;
        else if (c.key != SignatureKey)
            continue;
        out.changes.append(c);
        if (c.key != SignatureKey)
            continue;
        QByteArray p7s;
        qint64 version = 0;
        if (c.value.isEmpty()) {
            out.refused.insert(c.seq, TimestampSettings::tr("no administrator signed it"));
            continue;
        }
        if (!parseSignature(c.value, p7s, version)) {
            out.refused.insert(c.seq, TimestampSettings::tr("its signature cannot be read"));
            continue;
        }
        if (caCert.isEmpty()) {
            auto ca = WorkstationKeys::caCertificatePem(conn);
            if (!ca)
                return ca.error();
            caCert = *ca;
        }
        auto cms
            = CmsSignature::verifyDetached(p7s, signedFacts(db.databaseId(), url, caPem.toUtf8(), version), caCert);
        if (!cms) {
            out.refused.insert(c.seq, cms.errorMessage());
            continue;
        }
        if (SigningIdentity::roleOf(cms->signerCertificatePem) != roleName(Role::Admin)) {
            out.refused.insert(c.seq,
                               TimestampSettings::tr("it was signed by %1, whose certificate does not name the "
                                                     "administrator role")
                                   .arg(cms->signerCommonName));
            continue;
        }
        out.signedVersion.insert(c.seq, version);
        if (!out.current || version >= out.current->version)
            out.current = SignedChange {c.seq, version, url, caPem, c.value, *cms};
    }
    return out;
}

} // namespace

Status TimestampSettings::configure(CaseDatabase& db, const QUrl& url, const QByteArray& caPem)
{
    LP_TRY(Permissions::require(db.session(), Action::ChangeSettings));
    if (!url.isEmpty()) {
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            return makeError(ErrorKind::Usage, tr("The TSA address must be an http:// or https:// URL."));
        if (!url.userInfo().isEmpty())
            return makeError(ErrorKind::Usage, tr("The TSA address must not carry a user name or password."));
        LP_TRY(Timestamp::checkCaPem(caPem));
    }
    // Clearing is signed too: "no TSA" makes approvals untimed, so it must not be a state the database key alone
    // can produce.
    auto identity = db.personalIdentity();
    if (!identity)
        return identity.error();
    if (SigningIdentity::roleOf(identity->certificatePem()) != roleName(Role::Admin))
        return makeError(ErrorKind::Permission,
                         tr("Your certificate does not name the administrator role; an administrator whose "
                            "certificate does sets the time-stamp authority."));
    QSqlDatabase conn = db.connection();
    auto history = readHistory(db, conn);
    if (!history)
        return history.error();
    const qint64 version = (history->current ? history->current->version : 0) + 1;
    const QString storedUrl = url.isEmpty() ? QString() : url.toString();
    const QByteArray storedCa = url.isEmpty() ? QByteArray() : caPem;
    auto signed_ = CmsSignature::signDetached(*identity, signedFacts(db.databaseId(), storedUrl, storedCa, version));
    if (!signed_)
        return signed_.error();
    const QString signature = QString::fromUtf8(canonicalJson(QJsonObject {
        {QLatin1String("p7s"), QString::fromLatin1(signed_->toBase64())}, {QLatin1String("version"), version}}));
    // Each setSetting is its own audited transaction; the signature is written last, so a half-written change leaves
    // settings that differ from the last signed change (refused), never a signed mixture.
    LP_TRY(db.setSetting(CaKey, QString::fromUtf8(storedCa)));
    LP_TRY(db.setSetting(UrlKey, storedUrl));
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

QStringList TimestampSettings::auditProblems(CaseDatabase& db)
{
    QSqlDatabase conn = db.connection();
    auto history = readHistory(db, conn);
    if (!history)
        return {history.errorMessage()};
    QStringList out;
    const qint64 after = history->current ? history->current->seq : 0;
    for (const Change& c : std::as_const(history->changes)) {
        if (c.seq <= after)
            continue;
        if (c.key == SignatureKey) {
            if (history->refused.contains(c.seq))
                out << tr("audit event %1 changes the time-stamp authority settings (%2) but %3: it is not "
                          "counted (forged with the database key, or a clearing from before clearing was signed)")
                           .arg(c.seq)
                           .arg(c.key, history->refused.value(c.seq));
            else if (history->current)
                out << tr("audit event %1 puts back time-stamp authority settings an administrator signed earlier "
                          "(version %2; version %3 is current): replayed with the database key, it is not counted")
                           .arg(c.seq)
                           .arg(history->signedVersion.value(c.seq))
                           .arg(history->current->version);
            continue;
        }
        const QString signedValue = !history->current ? QString()
            : c.key == UrlKey                         ? history->current->url
                                                      : history->current->caPem;
        if (c.value != signedValue)
            out << tr("audit event %1 sets %2 without an administrator's signature: forged with the database key (or "
                      "a change left half-written), it is not counted")
                       .arg(c.seq)
                       .arg(c.key);
    }
    return out; // whether the stored settings are trusted: ChainAnchors::verify names that
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
    // The stored values must be those of the last change an administrator signed (the audit chain's signed change
    // with the highest version): settings written, emptied or put back with the database key alone, even with
    // settings_changed events appended to match, differ from it.
    QSqlDatabase conn = db.connection();
    auto history = readHistory(db, conn);
    if (!history)
        return history.error();
    const QString storedSignature = db.setting(SignatureKey);
    if (!history->current) {
        // Never set by an administrator: only "none" is possible.
        if (!out.url.isEmpty() || !out.caPem.isEmpty() || !storedSignature.isEmpty())
            return refused(tr("no administrator signed them (they were written directly in the database)"));
        return out;
    }
    const SignedChange& current = *history->current;
    const QList<std::pair<QString, QString>> expected {
        {UrlKey, current.url}, {CaKey, current.caPem}, {SignatureKey, current.signatureValue}};
    for (const auto& [key, value] : expected)
        if (db.setting(key) != value)
            return refused(tr("%1 differs from the last change an administrator signed (audit event %2): it was "
                              "written directly in the database")
                               .arg(key)
                               .arg(current.seq));
    if (out.url.isEmpty())
        return out; // an administrator signed "none"
    const CmsVerification* cms = &current.cms;
    auto ca = WorkstationKeys::caCertificatePem(conn);
    if (!ca)
        return ca.error();
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

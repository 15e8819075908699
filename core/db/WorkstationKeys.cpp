#include "db/WorkstationKeys.h"

#include "common/Time.h"
#include "crypto/Sha256.h"
#include "db/AuditEventCache.h"
#include "db/RecipientRotation.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace lpdesk {

namespace {

const QString RetiredPrefix = QStringLiteral("recipient-retired:");

bool store(QSqlDatabase& db, const QString& name, const QByteArray& pub, const SecureBytes& priv,
           const QByteArray& cert)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO identity (name, public_key, private_key, certificate, created_at) "
                             "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(name);
    q.addBindValue(pub.isEmpty() ? QVariant() : QVariant(pub));
    // The QByteArray copy handed to SQLite is wiped right after the insert.
    QByteArray privCopy = priv.isEmpty() ? QByteArray() : QByteArray(priv.constChar(), priv.isize());
    q.addBindValue(privCopy.isEmpty() ? QVariant() : QVariant(privCopy));
    q.addBindValue(cert.isEmpty() ? QVariant() : QVariant(QString::fromLatin1(cert)));
    q.addBindValue(utcNowString());
    const bool ok = q.exec();
    q.finish();
    q.clear();
    wipe(privCopy);
    return ok;
}

struct Row
{
    QByteArray pub;
    SecureBytes priv;
    QByteArray cert;
};

Result<Row> load(QSqlDatabase& db, const QString& name)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT public_key, private_key, certificate FROM identity WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return failure(WorkstationKeys::tr("The workstation key \"%1\" is missing from the database.").arg(name));
    Row r;
    r.pub = q.value(0).toByteArray();
    QByteArray priv = q.value(1).toByteArray();
    r.cert = q.value(2).toString().toLatin1();
    q.finish();
    q.clear(); // drop the result's copy so that priv is the only owner and can be wiped
    r.priv = SecureBytes::takeFrom(priv);
    return r;
}

// Why a list carried by an audit event does not prove its number (empty: it does). The positive answers are
// remembered per list, CA and number: every check reads the same events again, and a signature check is the costly
// part.
QString crlProofProblem(const QByteArray& pem, const QByteArray& caPem, qint64 number, const QString& sha)
{
    static QMutex mutex;
    static QSet<QByteArray> proven;
    const QByteArray key = Sha256::hash(pem + '\n' + caPem + '\n' + QByteArray::number(number) + '\n' + sha.toLatin1());
    {
        QMutexLocker lock(&mutex);
        if (proven.contains(key))
            return {};
    }
    auto listNumber = RevocationList::number(pem);
    if (!RevocationList::verify(pem, caPem))
        return WorkstationKeys::tr("the list it carries is not signed by the organisation CA");
    if (!listNumber || *listNumber != number)
        return WorkstationKeys::tr("the list it carries has another number");
    if (toHex(Sha256::hash(pem)) != sha)
        return WorkstationKeys::tr("the list it carries has another hash");
    QMutexLocker lock(&mutex);
    proven.insert(key);
    return {};
}

} // namespace

Result<CreatedKeys> WorkstationKeys::createIn(QSqlDatabase& db, const QString& organisation, const QString& workstation)
{
    X25519KeyPair recipient = X25519::generate();
    auto ident = SigningIdentity::generate(organisation, workstation);
    if (!ident)
        return ident.error();
    // The CA's private key is not a database row: only its certificate is stored here.
    if (!store(db, QStringLiteral("recipient"), recipient.publicKey, recipient.privateKey, {})
        || !store(db, QStringLiteral("org_ca"), {}, {}, ident->caCertificatePem)
        || !store(db, QStringLiteral("signing"), {}, ident->signingPrivateKeyDer,
                  ident->signingCertificatePem + ident->caCertificatePem))
        return failure(tr("Could not store the workstation keys: %1").arg(db.lastError().text()));
    CreatedKeys out;
    out.recipientKeyId = toHex(X25519::keyId(recipient.publicKey));
    out.caPrivateKeyDer = std::move(ident->caPrivateKeyDer);
    out.caCertificatePem = ident->caCertificatePem;
    return out;
}

Result<SigningIdentity> WorkstationKeys::caIdentity(QSqlDatabase& db, const SecureBytes& caPrivateKeyDer)
{
    if (caPrivateKeyDer.isEmpty())
        return makeError(ErrorKind::Permission,
                         tr("The organisation CA key is sealed to administrators' key slots only; sign in as an "
                            "administrator."));
    auto row = load(db, QStringLiteral("org_ca"));
    if (!row)
        return row.error();
    return SigningIdentity::load(caPrivateKeyDer, row->cert);
}

Result<SecureBytes> WorkstationKeys::legacyCaPrivateKey(QSqlDatabase& db)
{
    auto row = load(db, QStringLiteral("org_ca"));
    if (!row)
        return row.error();
    return std::move(row->priv);
}

Status WorkstationKeys::eraseLegacyCaPrivateKeyIn(QSqlDatabase& db)
{
    // secure_delete is on: the freed cells are overwritten with zeros.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("UPDATE identity SET private_key = NULL WHERE name = 'org_ca'")))
        return failure(tr("Could not erase the CA key from the database: %1").arg(q.lastError().text()));
    return {};
}

Result<QByteArray> WorkstationKeys::recipientPublicKey(QSqlDatabase& db)
{
    auto row = load(db, QStringLiteral("recipient"));
    if (!row)
        return row.error();
    LP_TRY(checkRecipient(db, row->pub, row->priv));
    return row->pub;
}

Status WorkstationKeys::checkRecipient(QSqlDatabase& db, const QByteArray& publicKey, const SecureBytes& privateKey)
{
    const QString keyId = toHex(X25519::keyId(publicKey));
    auto derived = X25519::publicFromPrivate(privateKey);
    if (!derived || *derived != publicKey)
        return makeError(ErrorKind::Verification,
                         tr("The recipient key %1 in the database is not a key pair: its private key belongs to "
                            "another public key (replaced with the database key). Restore the database from a "
                            "backup.")
                             .arg(keyId));
    auto recorded = RecipientRotation::audited(db);
    if (!recorded)
        return recorded.error();
    const QString audited = recorded->keyId;
    const qint64 auditedSeq = recorded->seq;
    // Databases from before the key id was audited record none: nothing to compare with.
    if (!audited.isEmpty() && audited != keyId)
        return makeError(ErrorKind::Verification,
                         tr("The recipient key in the database (%1) is not the one the audit log records (%2, audit "
                            "event %3): it was replaced with the database key, and footage sealed to it would be "
                            "readable by whoever replaced it. Restore the database from a backup; nothing is "
                            "pulled or exported until then.")
                             .arg(keyId, audited)
                             .arg(auditedSeq));
    return {};
}

Result<X25519KeyPair> WorkstationKeys::recipientKeyPair(QSqlDatabase& db)
{
    auto row = load(db, QStringLiteral("recipient"));
    if (!row)
        return row.error();
    X25519KeyPair pair;
    pair.publicKey = row->pub;
    pair.privateKey = std::move(row->priv);
    if (pair.publicKey.size() != 32 || pair.privateKey.size() != 32)
        return failure(tr("The workstation recipient key is damaged."));
    LP_TRY(checkRecipient(db, pair.publicKey, pair.privateKey));
    auto retired = retiredRecipients(db);
    if (!retired)
        return retired.error();
    if (!retired->isEmpty()) {
        auto history = std::make_shared<std::vector<X25519KeyPair>>();
        for (const RetiredRecipient& r : *retired) {
            auto old = load(db, RetiredPrefix + r.keyId);
            if (!old)
                return old.error();
            X25519KeyPair k;
            k.publicKey = old->pub;
            k.privateKey = std::move(old->priv);
            if (k.publicKey.size() != 32 || k.privateKey.size() != 32)
                return failure(tr("The retired recipient key %1 is damaged.").arg(r.keyId));
            history->push_back(std::move(k));
        }
        pair.retired = std::move(history);
    }
    return pair;
}

Result<QByteArray> WorkstationKeys::rotateRecipientIn(QSqlDatabase& db)
{
    auto row = load(db, QStringLiteral("recipient"));
    if (!row)
        return row.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE identity SET name = ? WHERE name = 'recipient'"));
    q.addBindValue(RetiredPrefix + toHex(X25519::keyId(row->pub)));
    if (!q.exec())
        return failure(tr("Could not retire the recipient key: %1").arg(q.lastError().text()));
    X25519KeyPair fresh = X25519::generate();
    if (!store(db, QStringLiteral("recipient"), fresh.publicKey, fresh.privateKey, {}))
        return failure(tr("Could not store the new recipient key: %1").arg(db.lastError().text()));
    return fresh.publicKey;
}

Result<QList<RetiredRecipient>> WorkstationKeys::retiredRecipients(QSqlDatabase& db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name, public_key FROM identity WHERE name LIKE ? ORDER BY created_at"));
    q.addBindValue(RetiredPrefix + QLatin1Char('%'));
    if (!q.exec())
        return failure(tr("Cannot read the recipient key history: %1").arg(q.lastError().text()));
    QList<RetiredRecipient> out;
    while (q.next())
        out.append({q.value(0).toString().mid(RetiredPrefix.size()), q.value(1).toByteArray()});
    return out;
}

Status WorkstationKeys::forgetRetiredRecipientIn(QSqlDatabase& db, const QString& keyId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM identity WHERE name = ?"));
    q.addBindValue(RetiredPrefix + keyId);
    if (!q.exec())
        return failure(q.lastError().text());
    return {};
}

Result<QByteArray> WorkstationKeys::storedCrlPem(QSqlDatabase& db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT certificate FROM identity WHERE name = 'org_crl'"));
    if (!q.exec())
        return failure(tr("Cannot read the revocation list: %1").arg(q.lastError().text()));
    return q.next() ? q.value(0).toString().toLatin1() : QByteArray();
}

Result<WorkstationKeys::CrlCheck> WorkstationKeys::checkCrl(QSqlDatabase& db)
{
    auto stored = storedCrlPem(db);
    if (!stored)
        return stored.error();
    CrlCheck out;
    out.storedPem = *stored;
    QSet<QString> listed;
    if (!stored->isEmpty()) {
        auto entries = RevocationList::entries(*stored);
        if (!entries)
            return entries.error();
        for (const RevokedCertificate& e : *entries)
            listed.insert(e.serial);
        auto number = RevocationList::number(*stored);
        if (!number)
            return number.error();
        out.storedNumber = *number;
    }
    // The event text, not the action column: the text is what the chain hashes, a column can be rewritten alone.
    // Only the audit chain (chain ''), the one `db check` verifies: a row planted under another chain name proves
    // nothing (and `db check` names it).
    auto events = AuditEventCache::matching(db, AuditEventCache::Revocations);
    if (!events)
        return events.error();
    // A number counts only when the event proves it: the CA signed that list (an insider with the database key can
    // append an event, but cannot sign a list). Unproven numbers are kept aside and compared at the end.
    QByteArray caPem; // read once, when an event carries a list
    const auto proofProblem = [&](const QJsonObject& details, qint64 number) -> Result<QString> {
        if (caPem.isEmpty()) {
            auto ca = caCertificatePem(db);
            if (!ca)
                return ca.error();
            caPem = *ca;
        }
        return crlProofProblem(details.value(QLatin1String("crl_pem")).toString().toLatin1(), caPem, number,
                               details.value(QLatin1String("crl_sha256")).toString());
    };
    const QString storedSha = out.storedPem.isEmpty() ? QString() : toHex(Sha256::hash(out.storedPem));
    QList<UnprovenCrlNumber> unproven;
    bool revocationsCarryTheirList = false;
    for (const AuditEventCache::Event& e : *events) {
        const QJsonObject& event = e.event;
        const QJsonObject details = event.value(QLatin1String("details")).toObject();
        const QJsonValue number = details.value(QLatin1String("crl_number"));
        const QString action = event.value(QLatin1String("action")).toString();
        if (number.isDouble() && number.toInteger() > 0) {
            const qint64 n = number.toInteger();
            const QByteArray pem = details.value(QLatin1String("crl_pem")).toString().toLatin1();
            const QString sha = details.value(QLatin1String("crl_sha256")).toString();
            QString why;
            if (!pem.isEmpty()) {
                auto problem = proofProblem(details, n);
                if (!problem)
                    return problem.error();
                why = *problem;
            } else if (storedSha.isEmpty() || sha != storedSha || n != out.storedNumber) {
                why = tr("it carries no list signed by the organisation CA");
            }
            if (why.isEmpty())
                out.highestIssued = std::max(out.highestIssued, n);
            else
                unproven.append({e.seq, action, n, why});
        }
        // A database created since events carry their list (database_created.crl_in_events): every revocation must
        // be proven by the list its event carries, so that a certificate_revoked appended with the database key
        // (naming someone's current certificate) cannot stop every approval either.
        if (e.seq == 1 && action == QLatin1String("database_created"))
            revocationsCarryTheirList = details.value(QLatin1String("crl_in_events")).toBool();
        if (action != QLatin1String("certificate_revoked"))
            continue;
        const QString serial = details.value(QLatin1String("serial")).toString();
        if (serial.isEmpty() || listed.contains(serial))
            continue;
        if (revocationsCarryTheirList) {
            const QByteArray pem = details.value(QLatin1String("crl_pem")).toString().toLatin1();
            bool holds = false;
            if (!pem.isEmpty() && number.isDouble()) {
                auto problem = proofProblem(details, number.toInteger());
                if (!problem)
                    return problem.error();
                if (problem->isEmpty())
                    if (auto entries = RevocationList::entries(pem))
                        for (const RevokedCertificate& r : *entries)
                            holds = holds || r.serial == serial;
            }
            if (!holds) {
                out.unprovenRevocations.append(
                    {e.seq, action, 0,
                     tr("it revokes certificate %1 of %2 but carries no list signed by the organisation CA that holds "
                        "it")
                         .arg(serial, details.value(QLatin1String("user")).toString())});
                continue;
            }
        }
        listed.insert(serial);
        out.missing.append({{serial, parseRfc3339(details.value(QLatin1String("revoked_at")).toString())},
                            details.value(QLatin1String("user")).toString()});
    }
    // An unproven number at or below what is proven changes nothing (events from before lists were recorded in them
    // carry such numbers); one above would, so it is named.
    const qint64 proven = std::max(out.highestIssued, out.storedNumber);
    for (const UnprovenCrlNumber& u : std::as_const(unproven))
        if (u.number > proven)
            out.unproven.append(u);
    return out;
}

Result<QList<WorkstationKeys::MissingRevocation>> WorkstationKeys::revocationsMissingFromCrl(QSqlDatabase& db)
{
    auto checked = checkCrl(db);
    if (!checked)
        return checked.error();
    return checked->missing;
}

Result<QByteArray> WorkstationKeys::crlPem(QSqlDatabase& db)
{
    // The list returned is the one checked (one read of the row).
    auto checked = checkCrl(db);
    if (!checked)
        return checked.error();
    if (!checked->missing.isEmpty()) {
        const MissingRevocation& first = checked->missing.first();
        return makeError(
            ErrorKind::Verification,
            tr("The organisation's revocation list in the database lacks %n certificate(s) that the "
               "audit log records as revoked (the first: %1 of %2, revoked %3): an earlier list was put "
               "back. An administrator restores it in Users and roles (or \"lpdesk-cli key restore-crl\").",
               nullptr, int(checked->missing.size()))
                .arg(first.certificate.serial, first.user.isEmpty() ? tr("unknown") : first.user,
                     toUtcString(first.certificate.revokedAt)));
    }
    if (checked->numberBehind())
        return makeError(ErrorKind::Verification,
                         checked->storedPem.isEmpty()
                             ? tr("The organisation's revocation list is missing from the database, but the audit "
                                  "log records that list number %1 was issued: it was removed. An administrator "
                                  "restores it in Users and roles (or \"lpdesk-cli key restore-crl\").")
                                   .arg(checked->highestIssued)
                             : tr("The organisation's revocation list in the database is number %1, but the audit "
                                  "log records that list number %2 was issued: an earlier list was put back. An "
                                  "administrator restores it in Users and roles (or \"lpdesk-cli key restore-crl\").")
                                   .arg(checked->storedNumber)
                                   .arg(checked->highestIssued));
    return checked->storedPem;
}

Result<QByteArray> WorkstationKeys::issueCrl(QSqlDatabase& db, const SigningIdentity& ca, const QByteArray& previousPem,
                                             const QList<RevokedCertificate>& added)
{
    auto checked = checkCrl(db);
    if (!checked)
        return checked.error();
    return RevocationList::issue(ca, previousPem, added, checked->highestIssued);
}

QJsonObject WorkstationKeys::withCrlDetails(QJsonObject details, const QByteArray& pem)
{
    auto number = RevocationList::number(pem);
    details.insert(QLatin1String("crl_number"), number ? *number : 0);
    details.insert(QLatin1String("crl_sha256"), toHex(Sha256::hash(pem)));
    details.insert(QLatin1String("crl_pem"), QString::fromLatin1(pem));
    return details;
}

Status WorkstationKeys::storeCrlIn(QSqlDatabase& db, const QByteArray& pem)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO identity (name, public_key, private_key, certificate, created_at) "
                             "VALUES ('org_crl', NULL, NULL, ?, ?)"));
    q.addBindValue(QString::fromLatin1(pem));
    q.addBindValue(utcNowString());
    if (!q.exec())
        return failure(tr("Could not store the revocation list: %1").arg(q.lastError().text()));
    return {};
}

Result<SigningIdentity> WorkstationKeys::signingIdentity(QSqlDatabase& db)
{
    auto row = load(db, QStringLiteral("signing"));
    if (!row)
        return row.error();
    return SigningIdentity::load(row->priv, row->cert);
}

Result<QByteArray> WorkstationKeys::rotateSigningIn(QSqlDatabase& db, const SigningIdentity& ca,
                                                    const QString& organisation)
{
    auto current = signingIdentity(db);
    if (!current)
        return current.error();
    // The workstation keeps its name (the certificate's CN).
    const QString subject = current->subject();
    const qsizetype cn = subject.lastIndexOf(QLatin1String("CN="));
    const QString workstation = cn >= 0 ? subject.mid(cn + 3).section(QLatin1Char('/'), 0, 0) : subject;
    auto issued = SigningIdentity::issueWorkstation(ca, organisation, workstation);
    if (!issued)
        return issued.error();
    const QByteArray retired = current->certificatePem();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("DELETE FROM identity WHERE name = 'signing'")))
        return failure(tr("Could not retire the signing key: %1").arg(q.lastError().text()));
    if (!store(db, QStringLiteral("signing"), {}, issued->signingPrivateKeyDer,
               issued->signingCertificatePem + issued->caCertificatePem))
        return failure(tr("Could not store the new signing key: %1").arg(db.lastError().text()));
    return retired;
}

Result<QByteArray> WorkstationKeys::caCertificatePem(QSqlDatabase& db)
{
    auto row = load(db, QStringLiteral("org_ca"));
    if (!row)
        return row.error();
    return row->cert;
}

QString WorkstationKeys::certificateFingerprint(const QByteArray& pem)
{
    const QByteArray begin("-----BEGIN CERTIFICATE-----"), end("-----END CERTIFICATE-----");
    const qsizetype from = pem.indexOf(begin);
    const qsizetype to = from < 0 ? -1 : pem.indexOf(end, from);
    if (to < 0)
        return {};
    const QByteArray der = QByteArray::fromBase64(pem.mid(from + begin.size(), to - from - begin.size()));
    return der.isEmpty() ? QString() : toHex(Sha256::hash(der));
}

Result<QByteArray> WorkstationKeys::signingCertificatePem(QSqlDatabase& db)
{
    auto id = signingIdentity(db);
    if (!id)
        return id.error();
    return id->certificatePem();
}

QByteArray WorkstationKeys::recipientFileContents(const QByteArray& publicKey)
{
    return QByteArray("lpdesk-recipient-v1 ") + publicKey.toBase64() + '\n';
}

Result<QByteArray> WorkstationKeys::parseRecipientFile(const QByteArray& contents)
{
    const QByteArray line = contents.trimmed();
    if (contents.size() > 4096 || !line.startsWith("lpdesk-recipient-v1 "))
        return failure(tr("Not an LP Desk recipient key file."));
    const QByteArray key = QByteArray::fromBase64(line.mid(20), QByteArray::AbortOnBase64DecodingErrors);
    if (key.size() != 32)
        return failure(tr("The recipient key file is damaged."));
    return key;
}

} // namespace lpdesk

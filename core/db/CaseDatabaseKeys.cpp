// CaseDatabase: the key slots and the keys they hold (personal signing keys, the CA key moving to the
// administrators' slots), key derivation, and rotating the master, recipient and workstation keys.
#include "db/CaseDatabase.h"

#include "auth/Permissions.h"
#include "common/Time.h"
#include "crypto/Kdf.h"
#include "crypto/Random.h"
#include "crypto/RevocationList.h"
#include "crypto/Sha256.h"
#include "db/AuditEventCache.h"
#include "db/CaseDatabaseInternal.h"
#include "db/RecipientRotation.h"
#include "db/SlotKeyRecord.h"
#include "db/SqlRow.h"
#include "db/WorkstationKeys.h"

#include <sqlite3.h>

#include <QJsonArray>
#include <QMutexLocker>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace lpdesk {

namespace {

// The organisation's name as the database was created with it (certificates carry it as O=).
QString organisationIn(QSqlDatabase& conn)
{
    QSqlQuery q(conn);
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'organisation'")) && q.next())
        return q.value(0).toString();
    return {};
}

} // namespace

Status CaseDatabase::moveLegacyCaKey()
{
    QSqlDatabase conn = connection();
    auto legacy = WorkstationKeys::legacyCaPrivateKey(conn);
    if (!legacy)
        return legacy.error();
    if (legacy->isEmpty())
        return {};
    // A database from before the CA key left the database: seal it to every active administrator's recorded slot,
    // sign the first revocation list if there is none, then erase the row's copy. Whoever signs in does this (the
    // key was readable by every slot until now; the sooner it moves, the better).
    QSet<QString> admins, everyone;
    QHash<QString, QString> roles;
    {
        QSqlQuery q(conn);
        if (!q.exec(QStringLiteral("SELECT name, slot_public_key, role FROM users WHERE removed_at IS NULL AND "
                                   "slot_public_key IS NOT NULL")))
            return failure(tr("Cannot read the users: %1").arg(q.lastError().text()));
        while (q.next()) {
            const QString key = q.value(0).toString() + QLatin1Char('|') + q.value(1).toString();
            everyone.insert(key);
            roles.insert(key, q.value(2).toString());
            if (q.value(2).toString() == QLatin1String("admin"))
                admins.insert(key);
        }
    }
    auto ca = WorkstationKeys::caIdentity(conn, *legacy);
    if (!ca)
        return ca.error();
    const QString organisation = organisationIn(conn);
    auto crl = WorkstationKeys::crlPem(conn);
    if (!crl)
        return crl.error();
    QByteArray freshCrl;
    if (crl->isEmpty()) {
        auto issued = WorkstationKeys::issueCrl(conn, *ca, {}, {});
        if (!issued)
            return issued.error();
        freshCrl = *issued;
    }
    // People who never signed in yet get their certificate now: without the CA key in the database, their own
    // login could no longer issue it.
    QStringList sealedTo;
    QHash<QString, QByteArray> issued;
    LP_TRY(updateSlots([&](KeySlotFile& f) -> Status {
        for (KeySlot& slot : f.slots) {
            const QString key = slot.user + QLatin1Char('|') + toHex(slot.publicKey);
            if (admins.contains(key)) {
                slot.sealedCaKey
                    = X25519::seal(slot.publicKey, KeySlotFile::caContext(f.databaseId, slot.user), *legacy);
                sealedTo << slot.user;
            }
            if (everyone.contains(key) && slot.sealedSigningKey.isEmpty()) {
                auto personal = SigningIdentity::issuePersonal(*ca, organisation, slot.user, roles.value(key));
                if (!personal)
                    return personal.error();
                slot.sealedSigningKey
                    = X25519::seal(slot.publicKey, KeySlotFile::signingContext(f.databaseId, slot.user),
                                   personal->signingPrivateKeyDer);
                slot.certificatePem = personal->signingCertificatePem;
                issued.insert(slot.user, personal->signingCertificatePem);
                if (slot.user == m_session.userName) {
                    m_signingKey = std::move(personal->signingPrivateKeyDer);
                    m_certificatePem = personal->signingCertificatePem;
                }
            }
        }
        return sealedTo.isEmpty() ? failure(tr("No administrator's key slot could receive the CA key.")) : Status();
    }));
    if (sealedTo.contains(m_session.userName))
        m_caKey = legacy->clone();
    Transaction tx(conn);
    for (auto it = issued.constBegin(); it != issued.constEnd(); ++it) {
        QSqlQuery q(conn);
        q.prepare(QStringLiteral("UPDATE users SET certificate_pem = ? WHERE name = ? AND removed_at IS NULL"));
        q.addBindValue(QString::fromLatin1(it.value()));
        q.addBindValue(it.key());
        if (!q.exec())
            return failure(q.lastError().text());
        LP_TRY(auditIn(conn, QStringLiteral("personal_certificate_issued"),
                       QJsonObject {{QLatin1String("user"), it.key()},
                                    {QLatin1String("serial"), RevocationList::serialOf(it.value())},
                                    {QLatin1String("certificate_sha256"), toHex(Sha256::hash(it.value()))}}));
    }
    QJsonObject moved {{QLatin1String("admins"), QJsonArray::fromStringList(sealedTo)}};
    if (!freshCrl.isEmpty()) {
        LP_TRY(WorkstationKeys::storeCrlIn(conn, freshCrl));
        moved = WorkstationKeys::withCrlDetails(moved, freshCrl);
    }
    LP_TRY(WorkstationKeys::eraseLegacyCaPrivateKeyIn(conn));
    LP_TRY(auditIn(conn, QStringLiteral("ca_key_moved_to_admin_slots"), moved));
    return tx.commit();
}

Result<SigningIdentity> CaseDatabase::caIdentity()
{
    LP_TRY(Permissions::require(m_session, Action::ManageUsers));
    QSqlDatabase conn = connection();
    return WorkstationKeys::caIdentity(conn, m_caKey);
}

Status CaseDatabase::issuePersonalKey()
{
    QSqlDatabase conn = connection();
    if (m_caKey.isEmpty())
        return makeError(ErrorKind::Permission,
                         tr("%1 has no personal signing key; an administrator issues one (the organisation CA key is "
                            "sealed to administrators only).")
                             .arg(m_session.userName));
    auto ca = WorkstationKeys::caIdentity(conn, m_caKey);
    if (!ca)
        return ca.error();
    const QString organisation = organisationIn(conn);
    auto issued = SigningIdentity::issuePersonal(*ca, organisation, m_session.userName, roleName(m_session.role));
    if (!issued)
        return issued.error();
    const QString user = m_session.userName;
    LP_TRY(updateSlots([&](KeySlotFile& f) -> Status {
        KeySlot* slot = f.find(user);
        if (!slot)
            return failure(tr("The key slot of %1 is gone.").arg(user));
        slot->sealedSigningKey = X25519::seal(slot->publicKey, KeySlotFile::signingContext(f.databaseId, user),
                                              issued->signingPrivateKeyDer);
        slot->certificatePem = issued->signingCertificatePem;
        return slot->sealedSigningKey.isEmpty() ? failure(tr("Could not seal the signing key.")) : Status();
    }));
    m_signingKey = std::move(issued->signingPrivateKeyDer);
    m_certificatePem = issued->signingCertificatePem;
    auto identity = personalIdentity();
    if (!identity)
        return identity.error();
    Transaction tx(conn);
    QSqlQuery q(conn);
    q.prepare(QStringLiteral("UPDATE users SET certificate_pem = ? WHERE id = ?"));
    q.addBindValue(QString::fromLatin1(m_certificatePem));
    q.addBindValue(m_session.userId);
    if (!q.exec())
        return failure(q.lastError().text());
    LP_TRY(auditIn(conn, QStringLiteral("personal_certificate_issued"),
                   QJsonObject {{QLatin1String("user"), user},
                                {QLatin1String("serial"), RevocationList::serialOf(m_certificatePem)},
                                {QLatin1String("certificate_sha256"), identity->certificateFingerprint()}}));
    return tx.commit();
}

Result<SigningIdentity> CaseDatabase::personalIdentity()
{
    if (m_signingKey.isEmpty() || m_certificatePem.isEmpty())
        return makeError(ErrorKind::Permission,
                         tr("%1 has no personal signing key yet; sign in again.").arg(m_session.userName));
    QSqlDatabase conn = connection();
    auto ca = WorkstationKeys::caCertificatePem(conn);
    if (!ca)
        return ca.error();
    return SigningIdentity::load(m_signingKey, m_certificatePem + *ca);
}

Result<KeySlotFile> CaseDatabase::readSlots() const
{
    return KeySlotFile::load(slotPath());
}

Status CaseDatabase::updateSlots(const std::function<Status(KeySlotFile&)>& change)
{
    caseDbInternal::SlotLock lock(slotPath());
    if (!lock.locked())
        return failure(tr("The key-slot file is locked by another LP Desk process; try again."));
    auto slots = readSlots();
    if (!slots)
        return slots.error();
    LP_TRY(change(*slots));
    return slots->save(slotPath());
}

SecureBytes CaseDatabase::deriveKey(const QByteArray& purpose) const
{
    auto key = hkdfSha256(m_masterKey.view(), m_databaseId.toUtf8(), purpose, 32);
    return key ? std::move(*key) : SecureBytes();
}

Status CaseDatabase::rekey()
{
    LP_TRY(Permissions::require(m_session, Action::RotateKeys));
    // Every connection closes below: never under a background job (a pull, the admin home's audit check).
    if (!pauseWork(30000))
        return failure(tr("%n background job(s) still use the database; rotate the keys when they have finished.",
                          nullptr, runningWork()));
    const auto resume = qScopeGuard([this] { resumeWork(); });
    {
        // The workstation key is rotated and revoked at the end, on this list: refuse before anything changes.
        QSqlDatabase conn = connection();
        if (auto crl = WorkstationKeys::crlPem(conn); !crl)
            return crl.error();
        // A swapped recipient key would be retired into the key history as if it were the organisation's.
        if (auto recipient = WorkstationKeys::recipientPublicKey(conn); !recipient)
            return recipient.error();
    }
    // The new recipient key is announced by a rotation the administrator signs (RecipientRotation): no signer, no
    // rekey, before anything changes.
    auto signer = rotationSigner();
    if (!signer)
        return signer.error();
    SecureBytes newKey = randomSecret(32);
    // Only the slots the audit log records for active users get the new key (SlotKeyRecord, not the users column
    // an insider can clear): a planted or swapped slot is dropped here, and named in rekey_started.
    QStringList dropped, unrecorded;
    LP_TRY(rekeyableSlots(&dropped, &unrecorded));
    // 1. Seal the new key to every slot beside the current one.
    LP_TRY(updateSlots([&newKey, &dropped](KeySlotFile& f) {
        f.slots.removeIf([&dropped](const KeySlot& s) { return dropped.contains(s.user); });
        return f.prepareRekey(newKey);
    }));
    LP_TRY(audit(QStringLiteral("rekey_started"),
                 QJsonObject {{QLatin1String("dropped_slots"), QJsonArray::fromStringList(dropped)},
                              {QLatin1String("unrecorded_slots"), QJsonArray::fromStringList(unrecorded)}}));
    // 2. Re-encrypt the database. SQLCipher's rekey needs a rollback journal, not WAL, and no other connection.
    QMutexLocker lock(&m_mutex);
    const auto names = m_connections.values();
    m_connections.clear();
    lock.unlock();
    for (const QString& name : names) {
        {
            QSqlDatabase conn = QSqlDatabase::database(name, false);
            conn.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    caseDbInternal::RawHandle h = caseDbInternal::openRaw(m_path, m_masterKey, false);
    if (!h.driver) {
        (void)updateSlots([](KeySlotFile& f) {
            f.abandonRekey();
            return Status();
        });
        return failure(tr("Rekey failed: %1").arg(h.error));
    }
    QString error;
    bool ok = h.driver->execScript("PRAGMA journal_mode = DELETE;", &error);
    if (ok) {
        SecureBytes spec = SqlCipherDriver::rawKeySpec(newKey);
        const int rc = sqlite3_rekey(h.driver->connection(), spec.data(), spec.isize());
        ok = rc == SQLITE_OK;
        if (!ok)
            error = QString::fromUtf8(sqlite3_errmsg(h.driver->connection()));
    }
    h.driver.reset();
    if (!ok) {
        (void)updateSlots([](KeySlotFile& f) {
            f.abandonRekey();
            return Status();
        });
        return failure(tr("Rekey failed; the database still uses the old key: %1").arg(error));
    }
    m_masterKey = std::move(newKey);
    {
        caseDbInternal::RawHandle w = caseDbInternal::openRaw(m_path, m_masterKey, false);
        if (w.driver)
            (void)caseDbInternal::pragmas(*w.driver, &error);
    }
    // 3. Make the new generation current.
    LP_TRY(updateSlots([](KeySlotFile& f) {
        f.commitRekey();
        return Status();
    }));
    LP_TRY(audit(QStringLiteral("rekey_completed"), {}));
    LP_TRY(rotateRecipientKey(*signer));
    // 5. A new workstation signing key (manifests, checkpoints, HTTP signatures) from the CA, and the old
    // certificate revoked from now: whoever copied the old key signs nothing that verifies with the current list.
    LP_TRY(rotateWorkstationKey());
    return writeAnchor();
}

// rekey(): which slots lose the master key (dropped: no active user, or not the slot the audit log records) and
// which keep it without any record of their key (unrecorded: people from before slot keys were recorded).
Status CaseDatabase::rekeyableSlots(QStringList* dropped, QStringList* unrecorded)
{
    QSqlDatabase conn = connection();
    QHash<QString, QString> rowKey; // active users only
    {
        QSqlQuery q(conn);
        if (!q.exec(QStringLiteral("SELECT name, slot_public_key FROM users WHERE removed_at IS NULL")))
            return failure(tr("Cannot read the users: %1").arg(q.lastError().text()));
        while (q.next())
            rowKey.insert(SqlRow(q).string("name"), SqlRow(q).string("slot_public_key"));
    }
    auto records = SlotKeyRecord::read(conn);
    if (!records)
        return records.error();
    auto slots = readSlots();
    if (!slots)
        return slots.error();
    for (const KeySlot& s : slots->slots) {
        const auto judged = records->judge(s.user, toHex(s.publicKey), rowKey.value(s.user));
        if (!rowKey.contains(s.user) || !judged.usable())
            *dropped << s.user;
        else if (judged.verdict == SlotKeyRecord::Verdict::FirstUse)
            *unrecorded << s.user;
    }
    return {};
}

Result<SigningIdentity> CaseDatabase::rotationSigner()
{
    auto signer = personalIdentity();
    if (!signer)
        return signer.error();
    if (SigningIdentity::roleOf(signer->certificatePem()) != roleName(Role::Admin))
        return makeError(ErrorKind::Permission,
                         tr("Your certificate does not name the administrator role; an administrator whose "
                            "certificate does rotates the keys."));
    return signer;
}

// 4. of rekey(): a new recipient key (stores must be given its public key); the old one stays in the key history, now
// under the new master key only, for files that were encrypted to it until `db reencrypt` has run.
Status CaseDatabase::rotateRecipientKey(const SigningIdentity& signer)
{
    QSqlDatabase conn = connection();
    Transaction tx(conn);
    auto before = WorkstationKeys::recipientPublicKey(conn);
    if (!before)
        return before.error();
    auto fresh = WorkstationKeys::rotateRecipientIn(conn);
    if (!fresh)
        return fresh.error();
    auto created = AuditEventCache::databaseCreated(conn);
    if (!created)
        return created.error();
    auto details = RecipientRotation::signedDetails(signer, created->value(QLatin1String("database_id")).toString(),
                                                    toHex(X25519::keyId(*before)), toHex(X25519::keyId(*fresh)));
    if (!details)
        return details.error();
    LP_TRY(auditIn(conn, QStringLiteral("recipient_key_rotated"), *details));
    return tx.commit();
}

Status CaseDatabase::rotateWorkstationKey()
{
    if (m_caKey.isEmpty()) {
        // Only an administrator whose slot holds the CA key can issue the new certificate.
        return audit(QStringLiteral("workstation_key_not_rotated"),
                     QJsonObject {{QLatin1String("reason"), QStringLiteral("the session holds no CA key")}});
    }
    QSqlDatabase conn = connection();
    auto ca = WorkstationKeys::caIdentity(conn, m_caKey);
    if (!ca)
        return ca.error();
    const QString organisation = organisationIn(conn);
    auto currentCrl = WorkstationKeys::crlPem(conn);
    if (!currentCrl)
        return currentCrl.error();
    Transaction tx(conn);
    auto retired = WorkstationKeys::rotateSigningIn(conn, *ca, organisation);
    if (!retired)
        return retired.error();
    const QString retiredSerial = RevocationList::serialOf(*retired);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto crl = WorkstationKeys::issueCrl(conn, *ca, *currentCrl, {{retiredSerial, now}});
    if (!crl)
        return crl.error();
    LP_TRY(WorkstationKeys::storeCrlIn(conn, *crl));
    auto fresh = WorkstationKeys::signingCertificatePem(conn);
    if (!fresh)
        return fresh.error();
    LP_TRY(auditIn(conn, QStringLiteral("workstation_key_rotated"),
                   QJsonObject {{QLatin1String("retired_serial"), retiredSerial},
                                // Kept so the custody checkpoints it sealed still verify (CustodyRecorder::trustFor).
                                {QLatin1String("retired_certificate_pem"), QString::fromLatin1(*retired)},
                                {QLatin1String("serial"), RevocationList::serialOf(*fresh)},
                                {QLatin1String("certificate_sha256"), toHex(Sha256::hash(*fresh))}}));
    LP_TRY(
        auditIn(conn, QStringLiteral("certificate_revoked"),
                WorkstationKeys::withCrlDetails({{QLatin1String("user"), QStringLiteral("workstation")},
                                                 {QLatin1String("serial"), retiredSerial},
                                                 {QLatin1String("revoked_at"), toUtcString(now)},
                                                 {QLatin1String("reason"), QStringLiteral("workstation key rotated")}},
                                                *crl)));
    return tx.commit();
}

} // namespace lpdesk

#include "db/UserDirectory.h"

#include "auth/Permissions.h"
#include "common/Time.h"
#include "crypto/Random.h"
#include "crypto/RevocationList.h"
#include "crypto/Sha256.h"
#include "crypto/SigningIdentity.h"
#include "crypto/X25519.h"
#include "db/CaseDatabase.h"
#include "db/LegalGrants.h"
#include "db/PassphrasePolicy.h"
#include "db/SqlRow.h"
#include "db/WorkstationKeys.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace lpdesk {

UserDirectory::UserDirectory(CaseDatabase& db) : m_db(db)
{ }

bool UserDirectory::validName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral(R"(^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}\z)"));
    return re.match(name).hasMatch();
}

Result<QList<UserInfo>> UserDirectory::list() const
{
    LP_TRY(Permissions::require(m_db.session(), Action::ListUsers));
    auto slots = m_db.readSlots();
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, name, role, created_at, created_by FROM users WHERE removed_at IS NULL "
                               "ORDER BY name")))
        return failure(q.lastError().text());
    QList<UserInfo> out;
    const SqlRow row(q);
    while (q.next()) {
        UserInfo u;
        u.id = row.string("id");
        u.name = row.string("name");
        parseRole(row.string("role"), &u.role);
        u.createdAt = row.string("created_at");
        u.createdBy = row.string("created_by");
        u.hasSlot = slots && slots->find(u.name);
        out.append(u);
    }
    return out;
}

Result<QString> UserDirectory::add(const QString& name, Role role, const SecureBytes& passphrase)
{
    LP_TRY(Permissions::require(m_db.session(), Action::ManageUsers));
    LP_TRY(checkNewName(name));
    LP_TRY(checkNewPassphrase(name, passphrase));
    QSqlDatabase db = m_db.connection();
    // Slot first, then the user row: a kill in between leaves a slot that login refuses (no active user). The
    // row records the slot's public key: login and `db check` refuse any other slot under this name.
    // The administrator issues the person's certificate now (the CA key is in administrators' slots only): the
    // private key is sealed to the new slot alone, and an administrator's slot also receives the CA key.
    auto personal = issuePersonal(name, role);
    if (!personal)
        return personal.error();
    // The slot is pinned to the organisation CA certificate (login refuses a replaced one).
    auto caPem = WorkstationKeys::caCertificatePem(db);
    if (!caPem)
        return caPem.error();
    const QString caSha256 = WorkstationKeys::certificateFingerprint(*caPem);
    QString slotKey;
    LP_TRY(m_db.updateSlots([&](KeySlotFile& f) -> Status {
        auto slot = KeySlotFile::makeSlot(name, passphrase, m_db.m_masterKey, f.databaseId, f.generation,
                                          m_db.kdfTargetMs(), caSha256);
        if (!slot)
            return slot.error();
        if (f.nextGeneration)
            return failure(tr("A master-key rotation is unfinished; reopen the database first."));
        slot->sealedSigningKey = X25519::seal(slot->publicKey, KeySlotFile::signingContext(f.databaseId, name),
                                              personal->signingPrivateKeyDer);
        slot->certificatePem = personal->signingCertificatePem;
        if (role == Role::Admin)
            slot->sealedCaKey = X25519::seal(slot->publicKey, KeySlotFile::caContext(f.databaseId, name), m_db.m_caKey);
        f.remove(name);
        f.slots.append(*slot);
        slotKey = toHex(slot->publicKey);
        return {};
    }));
    const QString id = randomUuid();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO users (id, name, role, created_at, created_by, slot_public_key, "
                             "certificate_pem) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(name);
    q.addBindValue(roleName(role));
    q.addBindValue(utcNowString());
    q.addBindValue(m_db.session().userName);
    q.addBindValue(slotKey);
    q.addBindValue(QString::fromLatin1(personal->signingCertificatePem));
    Status done = q.exec() ? Status() : failure(q.lastError().text());
    if (done)
        done = m_db.auditIn(db, QStringLiteral("user_added"),
                            QJsonObject {{QLatin1String("user"), name},
                                         {QLatin1String("role"), roleName(role)},
                                         {QLatin1String("slot_public_key"), slotKey}});
    if (done && role == Role::Legal)
        if (auto grant = LegalGrants::recordGrant(m_db, db, name); !grant)
            done = grant.error();
    if (done)
        done = m_db.auditIn(
            db, QStringLiteral("personal_certificate_issued"),
            QJsonObject {{QLatin1String("user"), name},
                         {QLatin1String("serial"), RevocationList::serialOf(personal->signingCertificatePem)},
                         {QLatin1String("certificate_sha256"), toHex(Sha256::hash(personal->signingCertificatePem))},
                         {QLatin1String("ca_key_sealed"), role == Role::Admin}});
    if (done)
        done = tx.commit();
    if (!done) {
        (void)m_db.updateSlots([&](KeySlotFile& f) {
            f.remove(name);
            return Status();
        });
        return done.error();
    }
    return id;
}

QString UserDirectory::organisation()
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'organisation'")) && q.next())
        return SqlRow(q).string("value");
    return {};
}

Status UserDirectory::checkNewName(const QString& name)
{
    if (!validName(name))
        return makeError(ErrorKind::Usage, tr("User names are 1–64 letters, digits, '.', '_', '@' or '-'."));
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    // Names are unique for ever (users.name is UNIQUE): a removed person's name stays theirs in the audit trail.
    q.prepare(QStringLiteral("SELECT removed_at IS NOT NULL AS removed FROM users WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return failure(q.lastError().text());
    if (q.next())
        return failure(SqlRow(q).boolean("removed")
                           ? tr("%1 is the name of a removed user; choose another name.").arg(name)
                           : tr("There is already a user called %1.").arg(name));
    return {};
}

Status UserDirectory::checkNewPassphrase(const QString& name, const SecureBytes& passphrase)
{
    return PassphrasePolicy::of(m_db).check(passphrase, PassphrasePolicy::contextWords(name, organisation()));
}

Result<GeneratedIdentity> UserDirectory::issuePersonal(const QString& name, Role role)
{
    auto ca = m_db.caIdentity();
    if (!ca)
        return ca.error();
    return SigningIdentity::issuePersonal(*ca, organisation(), name, roleName(role));
}

QByteArray UserDirectory::certificateOf(const QString& name, const QByteArray& fromRow)
{
    if (!fromRow.isEmpty())
        return fromRow;
    auto slots = m_db.readSlots();
    return slots && slots->find(name) ? slots->find(name)->certificatePem : QByteArray();
}

Result<QByteArray> UserDirectory::revocationListWith(const QString& serial, const QDateTime& at)
{
    if (serial.isEmpty())
        return QByteArray();
    auto ca = m_db.caIdentity();
    if (!ca)
        return ca.error();
    QSqlDatabase db = m_db.connection();
    auto current = WorkstationKeys::crlPem(db);
    if (!current)
        return current.error();
    return WorkstationKeys::issueCrl(db, *ca, *current, {{serial, at}});
}

Result<UserDirectory::RevocationListRestore> UserDirectory::revocationListRestorePlan()
{
    LP_TRY(Permissions::require(m_db.session(), Action::ManageUsers));
    QSqlDatabase db = m_db.connection();
    auto checked = WorkstationKeys::checkCrl(db);
    if (!checked)
        return checked.error();
    RevocationListRestore plan;
    plan.restored = checked->missing;
    plan.storedNumber = checked->storedNumber;
    plan.highestIssued = checked->highestIssued;
    if (plan.restored.isEmpty())
        return plan;
    QHash<QString, QString> current; // serial -> whose current certificate it is
    if (auto workstation = WorkstationKeys::signingCertificatePem(db))
        current.insert(RevocationList::serialOf(*workstation), QStringLiteral("workstation"));
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name, certificate_pem FROM users WHERE removed_at IS NULL")))
        return failure(tr("Cannot read the users: %1").arg(q.lastError().text()));
    const SqlRow row(q);
    while (q.next()) {
        const QString name = row.string("name");
        const QByteArray pem = certificateOf(name, row.string("certificate_pem").toLatin1());
        if (!pem.isEmpty())
            current.insert(RevocationList::serialOf(pem), name);
    }
    for (const WorkstationKeys::MissingRevocation& m : plan.restored)
        if (current.contains(m.certificate.serial))
            return makeError(ErrorKind::Verification,
                             tr("The audit log names certificate %1, the current certificate of %2, as revoked; a "
                                "real revocation replaces or removes it, so that event was not written by LP Desk. "
                                "Nothing was restored: run db check.")
                                 .arg(m.certificate.serial, current.value(m.certificate.serial)));
    return plan;
}

Result<UserDirectory::RevocationListRestore> UserDirectory::restoreRevocationList()
{
    auto plan = revocationListRestorePlan();
    if (!plan || !plan->needed())
        return plan;
    auto ca = m_db.caIdentity();
    if (!ca)
        return ca.error();
    QSqlDatabase db = m_db.connection();
    auto stored = WorkstationKeys::storedCrlPem(db);
    if (!stored)
        return stored.error();
    QList<RevokedCertificate> added;
    QJsonArray serials;
    for (const WorkstationKeys::MissingRevocation& m : plan->restored) {
        added.append(m.certificate);
        serials.append(m.certificate.serial);
    }
    // Numbered above every list the audit log records, not above the list that was put back: a number already
    // published (in packages, in exported lists) is never used again.
    auto crl = WorkstationKeys::issueCrl(db, *ca, *stored, added);
    if (!crl)
        return crl.error();
    auto number = RevocationList::number(*crl);
    if (!number)
        return number.error();
    Transaction tx(db);
    if (!tx.isActive())
        return failure(tr("Cannot write to the database: %1").arg(db.lastError().text()));
    LP_TRY(WorkstationKeys::storeCrlIn(db, *crl));
    LP_TRY(m_db.auditIn(
        db, QStringLiteral("revocation_list_restored"),
        WorkstationKeys::withCrlDetails(
            {{QLatin1String("serials"), serials}, {QLatin1String("previous_crl_number"), plan->storedNumber}}, *crl)));
    LP_TRY(tx.commit());
    plan->newNumber = *number;
    return plan;
}

Status UserDirectory::recordRevocation(QSqlDatabase& db, const QString& name, const QString& serial,
                                       const QDateTime& at, const QByteArray& crl, const QJsonObject& extra)
{
    if (crl.isEmpty())
        return {};
    LP_TRY(WorkstationKeys::storeCrlIn(db, crl));
    QJsonObject details = WorkstationKeys::withCrlDetails({{QLatin1String("user"), name},
                                                           {QLatin1String("serial"), serial},
                                                           {QLatin1String("revoked_at"), toUtcString(at)}},
                                                          crl);
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        details.insert(it.key(), it.value());
    return m_db.auditIn(db, QStringLiteral("certificate_revoked"), details);
}

Status UserDirectory::remove(const QString& name)
{
    LP_TRY(Permissions::require(m_db.session(), Action::ManageUsers));
    if (name == m_db.session().userName)
        return failure(tr("You cannot remove yourself; ask another administrator."));
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT role, certificate_pem FROM users WHERE name = ? AND removed_at IS NULL"));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return makeError(ErrorKind::NotFound, tr("There is no user called %1.").arg(name));
    const SqlRow row(q);
    const QString role = row.string("role");
    QByteArray certificate = row.string("certificate_pem").toLatin1();
    q.finish();
    certificate = certificateOf(name, certificate);
    // Their certificate is revoked in the same step: a new revocation list signed by the CA (administrators only),
    // prepared before anything changes so that a missing CA key refuses the removal.
    const QDateTime now = utcNow();
    const QString serial = RevocationList::serialOf(certificate);
    auto revocation = revocationListWith(serial, now);
    if (!revocation)
        return revocation.error();
    const QByteArray crl = *revocation;
    // Slot first: once it is gone the user cannot unlock, whatever happens next.
    LP_TRY(m_db.updateSlots([&](KeySlotFile& f) {
        f.remove(name);
        return Status();
    }));
    Transaction tx(db);
    q.prepare(QStringLiteral("UPDATE users SET removed_at = ? WHERE name = ? AND removed_at IS NULL"));
    q.addBindValue(toUtcString(now));
    q.addBindValue(name);
    if (!q.exec())
        return failure(q.lastError().text());
    LP_TRY(m_db.auditIn(db, QStringLiteral("user_removed"), QJsonObject {{QLatin1String("user"), name}}));
    // An administrator held the CA key: only a new CA undoes that.
    LP_TRY(recordRevocation(db, name, serial, now, crl,
                            QJsonObject {{QLatin1String("held_ca_key"), role == QLatin1String("admin")}}));
    return tx.commit();
}

Status UserDirectory::setRole(const QString& name, Role role)
{
    LP_TRY(Permissions::require(m_db.session(), Action::ManageUsers));
    if (name == m_db.session().userName && role != Role::Admin)
        return failure(tr("You cannot take away your own administrator role."));
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT role, certificate_pem FROM users WHERE name = ? AND removed_at IS NULL"));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return makeError(ErrorKind::NotFound, tr("There is no user called %1.").arg(name));
    const SqlRow row(q);
    const QString before = row.string("role");
    QByteArray oldCertificate = row.string("certificate_pem").toLatin1();
    q.finish();
    oldCertificate = certificateOf(name, oldCertificate);
    // Nothing to do when the role and the certificate already agree (a certificate from before roles were put in
    // certificates is reissued by setting the same role).
    if (before == roleName(role) && SigningIdentity::roleOf(oldCertificate) == roleName(role))
        return {};
    // The role is in the person's certificate (OU): a new certificate names the new role, sealed to their slot, and
    // the old one is revoked from now (approvals made before stay valid). Prepared before anything changes, so
    // that a missing CA key refuses the change.
    auto personal = issuePersonal(name, role);
    if (!personal)
        return personal.error();
    const QDateTime now = utcNow();
    const QString oldSerial = RevocationList::serialOf(oldCertificate);
    auto revocation = revocationListWith(oldSerial, now);
    if (!revocation)
        return revocation.error();
    const QByteArray crl = *revocation;
    q.prepare(QStringLiteral("UPDATE users SET role = ?, certificate_pem = ? WHERE name = ? AND removed_at IS NULL"));
    q.addBindValue(roleName(role));
    q.addBindValue(QString::fromLatin1(personal->signingCertificatePem));
    q.addBindValue(name);
    if (!q.exec())
        return failure(q.lastError().text());
    // The CA key follows the administrator role: sealed to a new administrator's slot, taken from a former one's.
    const bool becomesAdmin = role == Role::Admin && before != QLatin1String("admin");
    const bool leavesAdmin = role != Role::Admin && before == QLatin1String("admin");
    if (becomesAdmin && m_db.m_caKey.isEmpty())
        return makeError(ErrorKind::Permission, tr("The organisation CA key is not in your key slot."));
    LP_TRY(m_db.updateSlots([&](KeySlotFile& f) -> Status {
        KeySlot* slot = f.find(name);
        if (!slot)
            return failure(tr("%1 has no key slot.").arg(name));
        if (becomesAdmin || leavesAdmin)
            slot->sealedCaKey = becomesAdmin
                ? X25519::seal(slot->publicKey, KeySlotFile::caContext(f.databaseId, name), m_db.m_caKey)
                : QByteArray();
        slot->sealedSigningKey = X25519::seal(slot->publicKey, KeySlotFile::signingContext(f.databaseId, name),
                                              personal->signingPrivateKeyDer);
        slot->certificatePem = personal->signingCertificatePem;
        return slot->sealedSigningKey.isEmpty() ? failure(tr("Could not seal the signing key.")) : Status();
    }));
    LP_TRY(m_db.auditIn(db, QStringLiteral("role_changed"),
                        QJsonObject {{QLatin1String("user"), name},
                                     {QLatin1String("from"), before},
                                     {QLatin1String("to"), roleName(role)},
                                     {QLatin1String("ca_key_sealed"), role == Role::Admin}}));
    if (role == Role::Legal)
        if (auto grant = LegalGrants::recordGrant(m_db, db, name); !grant)
            return grant.error();
    LP_TRY(m_db.auditIn(
        db, QStringLiteral("personal_certificate_issued"),
        QJsonObject {{QLatin1String("user"), name},
                     {QLatin1String("serial"), RevocationList::serialOf(personal->signingCertificatePem)},
                     {QLatin1String("certificate_sha256"), toHex(Sha256::hash(personal->signingCertificatePem))},
                     {QLatin1String("role"), roleName(role)}}));
    LP_TRY(recordRevocation(db, name, oldSerial, now, crl,
                            QJsonObject {{QLatin1String("reason"), QStringLiteral("role changed")}}));
    return tx.commit();
}

Status UserDirectory::changeOwnPassphrase(const SecureBytes& oldPassphrase, const SecureBytes& newPassphrase)
{
    const QString me = m_db.session().userName;
    LP_TRY(checkNewPassphrase(me, newPassphrase));
    const int cost = m_db.kdfTargetMs();
    LP_TRY(
        m_db.updateSlots([&](KeySlotFile& f) { return f.changePassphrase(me, oldPassphrase, newPassphrase, cost); }));
    return m_db.audit(QStringLiteral("passphrase_changed"), QJsonObject {{QLatin1String("user"), me}});
}

} // namespace lpdesk

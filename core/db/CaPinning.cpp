#include "db/CaPinning.h"

#include "crypto/Sha256.h"
#include "crypto/X25519.h"
#include "db/CaseDatabase.h"
#include "db/WorkstationKeys.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <openssl/crypto.h>

namespace lpdesk {

namespace {

QString shortPin(const QString& sha)
{
    return sha.isEmpty() ? CaPinning::tr("no pin") : sha.left(16);
}

} // namespace

QString CaPinning::proofKey(const KeySlot& verifier)
{
    return verifier.user + QLatin1Char('/') + toHex(verifier.publicKey).left(16);
}

QByteArray CaPinning::proof(const QString& databaseId, const KeySlot& prover, const KeySlot& verifier,
                            const SecureBytes& privateKey, const QByteArray& peerPublicKey)
{
    if (prover.caSha256.isEmpty())
        return {};
    auto shared = X25519::agree(privateKey, peerPublicKey);
    if (!shared)
        return {};
    const QByteArray key = hmacSha256(shared->view(), "lpdesk-ca-pin-proof-v1|" + databaseId.toUtf8());
    const QString message = QStringLiteral("%1|%2|%3|%4|%5|%6")
                                .arg(databaseId, prover.user, toHex(prover.publicKey), prover.caSha256, verifier.user,
                                     toHex(verifier.publicKey));
    return hmacSha256(key, message.toUtf8());
}

int CaPinning::proven(const QString& databaseId, const KeySlot& other, const KeySlot& me,
                      const SecureBytes& myPrivateKey)
{
    const QByteArray stated = other.caPinProofs.value(proofKey(me));
    if (stated.isEmpty() || myPrivateKey.isEmpty())
        return 0;
    const QByteArray expected = proof(databaseId, other, me, myPrivateKey, other.publicKey);
    return expected.size() == stated.size() && CRYPTO_memcmp(expected.constData(), stated.constData(), 32) == 0 ? 1
                                                                                                                : -1;
}

bool CaPinning::writeProofs(KeySlotFile& file, const QString& user, const SecureBytes& privateKey)
{
    KeySlot* mine = file.find(user);
    if (!mine)
        return false;
    QMap<QString, QByteArray> proofs;
    for (const KeySlot& other : file.slots) {
        if (other.user == user)
            continue;
        const QByteArray p = proof(file.databaseId, *mine, other, privateKey, other.publicKey);
        if (!p.isEmpty())
            proofs.insert(proofKey(other), p);
    }
    if (proofs == mine->caPinProofs)
        return false;
    mine->caPinProofs = proofs;
    return true;
}

namespace {

QByteArray headProof(const QString& databaseId, const KeySlot& prover, const KeySlot& verifier,
                     const SecureBytes& privateKey, const QByteArray& peerPublicKey)
{
    auto shared = X25519::agree(privateKey, peerPublicKey);
    if (!shared || prover.auditHeadSeq <= 0)
        return {};
    const QByteArray key = hmacSha256(shared->view(), "lpdesk-audit-head-proof-v1|" + databaseId.toUtf8());
    const QString message = QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
                                .arg(databaseId, prover.user, toHex(prover.publicKey))
                                .arg(prover.auditHeadSeq)
                                .arg(prover.auditHeadHash, verifier.user, toHex(verifier.publicKey));
    return hmacSha256(key, message.toUtf8());
}

} // namespace

void CaPinning::writeHeadProofs(KeySlotFile& file, const QString& user, const SecureBytes& privateKey, qint64 seq,
                                const QString& hash)
{
    KeySlot* mine = file.find(user);
    if (!mine || privateKey.isEmpty())
        return;
    mine->auditHeadSeq = seq;
    mine->auditHeadHash = hash;
    mine->auditHeadProofs.clear();
    for (const KeySlot& other : file.slots)
        if (other.user != user)
            if (const QByteArray p = headProof(file.databaseId, *mine, other, privateKey, other.publicKey);
                !p.isEmpty())
                mine->auditHeadProofs.insert(proofKey(other), p);
}

Result<QHash<QString, Role>> CaPinning::activeUsers(QSqlDatabase& db)
{
    QHash<QString, Role> active;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name, role FROM users WHERE removed_at IS NULL")))
        return failure(tr("Cannot read the users: %1").arg(q.lastError().text()));
    while (q.next()) {
        Role role = Role::Auditor;
        parseRole(q.value(1).toString(), &role);
        active.insert(q.value(0).toString(), role);
    }
    return active;
}

QString CaPinning::caReplacedMessage(const QStringList& users, const QString& caSha256)
{
    return tr("The organisation CA certificate in the database (SHA-256 %1) is not the one the key slots of %2 were "
              "sealed with: the certificate row was replaced. Nothing it signs is trusted; restore the database "
              "from a backup (the organisation's certificate is also org-ca.pem in every package).")
        .arg(caSha256.isEmpty() ? tr("none") : caSha256.left(16), users.join(QStringLiteral(", ")));
}

Status CaPinning::checkSealedHead(QSqlDatabase& db, const QString& user, const QPair<qint64, QString>& head,
                                  bool provenToYou)
{
    const QString how = provenToYou ? tr("as their key slot proves to you")
                                    : tr("sealed in their key slot, which only their passphrase opens");
    if (head.first <= 0)
        return {};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE chain = '' AND seq = ?"));
    q.addBindValue(head.first);
    if (!q.exec())
        return failure(tr("Cannot read the audit log: %1").arg(q.lastError().text()));
    if (!q.next())
        return makeError(ErrorKind::Verification,
                         tr("The audit log no longer holds event %1, which %2's last session saw (%3): it was cut or "
                            "rewritten. Restore the database from a backup.")
                             .arg(head.first)
                             .arg(user, how));
    if (q.value(0).toString() != head.second)
        return makeError(ErrorKind::Verification,
                         tr("Audit event %1 is not the one %2's last session saw (hash %3, now %4; %5): the audit log "
                            "was rewritten. Restore the database from a backup.")
                             .arg(head.first)
                             .arg(user, head.second.left(16), q.value(0).toString().left(16), how));
    return {};
}

Result<CaPinning::Decision> CaPinning::atLogin(QSqlDatabase& db, const KeySlotFile& slots, const QString& user,
                                               Role role, const SecureBytes& slotPrivateKey,
                                               const QString& confirmCaSha256)
{
    auto caPem = WorkstationKeys::caCertificatePem(db);
    if (!caPem)
        return caPem.error();
    auto active = activeUsers(db);
    if (!active)
        return active.error();
    const KeySlot* mine = slots.find(user);
    if (!mine)
        return makeError(ErrorKind::Auth, KeySlotFile::authFailedMessage());
    Decision d;
    d.user = user;
    d.caSha256 = WorkstationKeys::certificateFingerprint(*caPem);
    d.previousPin = mine->caSha256;
    if (d.caSha256.isEmpty())
        return makeError(ErrorKind::Verification, tr("The organisation CA certificate in the database is unreadable."));
    QStringList differ, edited;
    for (const KeySlot& s : slots.slots) {
        if (!active->contains(s.user))
            continue;
        if (!s.caSha256.isEmpty() && s.caSha256 != d.caSha256)
            differ << s.user;
        if (s.user != user && proven(slots.databaseId, s, *mine, slotPrivateKey) < 0)
            edited << s.user;
    }

    if (!confirmCaSha256.isEmpty()) {
        // An administrator's word, from the org-ca.pem the organisation keeps outside the database: the one way a
        // slot from before is pinned when nothing vouches, and the one way a pin moves.
        if (role != Role::Admin)
            return makeError(ErrorKind::Permission,
                             tr("Only an administrator confirms the organisation CA certificate."));
        if (confirmCaSha256.compare(d.caSha256, Qt::CaseInsensitive) != 0)
            return makeError(ErrorKind::Verification,
                             tr("The organisation CA certificate in the database (SHA-256 %1) is not the one you "
                                "confirmed (%2): the certificate row was replaced. Nothing was pinned; restore the "
                                "database from a backup.")
                                 .arg(d.caSha256.left(16), confirmCaSha256.left(16)));
        d.confirmed = true;
        d.pin = mine->caSha256 != d.caSha256;
        differ.removeAll(user);
        if (!differ.isEmpty())
            d.warnings << tr("The key slots of %1 are pinned to another CA certificate than the one you confirmed: "
                             "they cannot sign in until they are removed and added again.")
                              .arg(differ.join(QStringLiteral(", ")));
        return d;
    }
    // One's own pin and the administrators' are the authority: another person's differing pin (moved by its owner,
    // who can re-pin only their own slot) is named, and blocks only that person.
    QStringList blocking;
    for (const QString& name : differ)
        if (name == user || active->value(name) == Role::Admin)
            blocking << name;
    if (!blocking.isEmpty())
        return makeError(ErrorKind::Verification, caReplacedMessage(differ, d.caSha256));
    if (!differ.isEmpty())
        d.warnings << tr("The key slots of %1 are pinned to another organisation CA certificate than the one in the "
                         "database (SHA-256 %2): they cannot sign in; an administrator removes and adds them again.")
                          .arg(differ.join(QStringLiteral(", ")), d.caSha256.left(16));
    if (!edited.isEmpty())
        return makeError(ErrorKind::Verification,
                         tr("The CA pin stated in the key slots of %1 is not the one their owners proved to you: "
                            "someone who can write the key-slot file changed it. Login refused; restore the "
                            "key-slot file from a backup.")
                             .arg(edited.join(QStringLiteral(", "))));
    if (!mine->caSha256.isEmpty())
        return d; // pinned when it was made or at an earlier login: the pin is the person's own trust root

    // A slot from before pinning: only an administrator's proven pin vouches for the row.
    QStringList oldSlots, unvouched;
    for (const KeySlot& s : slots.slots) {
        if (!active->contains(s.user) || s.user == user)
            continue;
        if (s.caSha256.isEmpty())
            oldSlots << s.user;
        else if (active->value(s.user) == Role::Admin && proven(slots.databaseId, s, *mine, slotPrivateKey) > 0)
            d.vouchers << s.user;
        else
            unvouched << s.user;
    }
    if (!d.vouchers.isEmpty()) {
        d.pin = true;
        return d;
    }
    QStringList state;
    if (!oldSlots.isEmpty())
        state << tr("the slots of %1 are from before pinning too").arg(oldSlots.join(QStringLiteral(", ")));
    if (!unvouched.isEmpty())
        state << tr("%1 pinned it without an administrator's proof to you").arg(unvouched.join(QStringLiteral(", ")));
    return makeError(ErrorKind::Verification,
                     tr("The key slot of %1 is from before the organisation CA certificate was pinned, and no "
                        "administrator's key slot vouches for the certificate now in the database (SHA-256 %2)%3. "
                        "It is not pinned on the database's word (the row may have been replaced): an administrator "
                        "must confirm it with lpdesk-cli key confirm-ca SHA256, the fingerprint of the org-ca.pem "
                        "the organisation keeps (openssl x509 -in org-ca.pem -outform DER | sha256sum).")
                         .arg(user, d.caSha256.left(16),
                              state.isEmpty() ? QString() : QStringLiteral(": ") + state.join(QStringLiteral("; "))));
}

Status CaPinning::apply(CaseDatabase& db, const Decision& d, const SecureBytes& wrapKey,
                        const SecureBytes& slotPrivateKey)
{
    auto current = db.readSlots();
    if (!current)
        return current.error();
    const KeySlot* mine = current->find(d.user);
    if (!mine)
        return failure(tr("There is no key slot for %1.").arg(d.user));
    KeySlotFile probe = *current;
    const bool pinned = !mine->caSha256.isEmpty();
    if (d.pin || (pinned && mine->caPinBox.isEmpty()) || (pinned && writeProofs(probe, d.user, slotPrivateKey)))
        LP_TRY(db.updateSlots([&](KeySlotFile& f) -> Status {
            if (d.pin)
                LP_TRY(f.pinCa(d.user, wrapKey, d.caSha256));
            else if (const KeySlot* s = f.find(d.user); s && s->caPinBox.isEmpty() && !s->caSha256.isEmpty())
                LP_TRY(f.sealPinBox(d.user, wrapKey));
            writeProofs(f, d.user, slotPrivateKey);
            return Status();
        }));
    if (d.confirmed)
        return db.audit(QStringLiteral("ca_certificate_confirmed"),
                        QJsonObject {{QLatin1String("user"), d.user},
                                     {QLatin1String("ca_sha256"), d.caSha256},
                                     {QLatin1String("previous_pin"), d.previousPin}});
    if (d.pin)
        return db.audit(QStringLiteral("key_slot_ca_pinned"),
                        QJsonObject {{QLatin1String("user"), d.user},
                                     {QLatin1String("ca_sha256"), d.caSha256},
                                     {QLatin1String("vouched_by"), QJsonArray::fromStringList(d.vouchers)}});
    return {};
}

void CaPinning::check(QSqlDatabase& db, const KeySlotFile& slots, const QString& user,
                      const SecureBytes& slotPrivateKey, QStringList& problems, QStringList& notes)
{
    auto caPem = WorkstationKeys::caCertificatePem(db);
    auto active = activeUsers(db);
    if (!caPem || !active) {
        problems << (caPem ? active.errorMessage() : caPem.errorMessage());
        return;
    }
    const QString caSha = WorkstationKeys::certificateFingerprint(*caPem);
    const KeySlot* mine = slots.find(user);
    QStringList differ;
    for (const KeySlot& s : slots.slots) {
        if (!active->contains(s.user))
            continue;
        if (!s.caSha256.isEmpty() && s.caSha256 != caSha)
            differ << s.user;
        if (s.caSha256.isEmpty())
            notes << tr("key slot for %1 is from before CA pinning (pinned at its owner's next login, to the "
                        "certificate an administrator's slot proves to it)")
                         .arg(s.user);
        if (mine && s.user != user && proven(slots.databaseId, s, *mine, slotPrivateKey) < 0)
            problems << tr("key slot for %1: its CA pin (%2) is not the one its owner proved to you; it was "
                           "changed in the slot file")
                            .arg(s.user, shortPin(s.caSha256));
        // The head another person's last session saw, as they proved it to you (a proof that fails is an edit).
        const QByteArray stated = mine ? s.auditHeadProofs.value(proofKey(*mine)) : QByteArray();
        if (s.user == user || stated.isEmpty())
            continue;
        const QByteArray expected = headProof(slots.databaseId, s, *mine, slotPrivateKey, s.publicKey);
        if (expected.size() != stated.size() || CRYPTO_memcmp(expected.constData(), stated.constData(), 32) != 0)
            problems << tr("key slot for %1: the audit head it states is not the one its owner proved to you; it "
                           "was changed in the slot file")
                            .arg(s.user);
        else if (Status held = checkSealedHead(db, s.user, {s.auditHeadSeq, s.auditHeadHash}, true); !held)
            problems << held.errorMessage();
    }
    if (!differ.isEmpty())
        problems << caReplacedMessage(differ, caSha);
}

} // namespace lpdesk

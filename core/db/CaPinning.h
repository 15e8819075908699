// Which organisation CA certificate a key slot may be pinned to. A pin is bound to its owner's passphrase
// (KeySlotFile::wrapContext), so a person's own pin is their trust root; this class decides the pin of a slot from
// before pinning and proves every pin to the other slots (an HMAC under the two slots' X25519 shared secret, which
// only their two owners can compute), so that a pin field edited by a third person is named.
#pragma once

#include "auth/Session.h"
#include "common/Result.h"
#include "crypto/SecureBytes.h"
#include "db/KeySlotFile.h"

#include <QCoreApplication>
#include <QHash>
#include <QPair>
#include <QSqlDatabase>
#include <QStringList>

namespace lpdesk {

class CaseDatabase;

class CaPinning
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::CaPinning)

public:
    // What a login does about its slot's pin (atLogin), carried out by apply() once the session exists.
    struct Decision
    {
        QString user;
        QString caSha256; // the certificate row's fingerprint
        bool pin = false; // pin (or, confirmed, re-pin) the slot to caSha256
        bool confirmed = false; // an administrator confirmed caSha256 (lpdesk-cli key confirm-ca)
        QString previousPin;
        QStringList vouchers; // administrators whose proven pins vouched for caSha256
        QStringList warnings;
    };

    // The rule at login, for user (whose unlocked slot private key is slotPrivateKey):
    // * every active slot's pin must equal the certificate row (fail closed, as before);
    // * another slot's pin must still hold the proof its owner made to this slot (else it was edited);
    // * a slot from before pinning is pinned only to a certificate that an active administrator's slot is pinned
    //   to and proves to this slot — never to the row alone, never on a non-administrator's word. With nothing
    //   vouching, login is refused until an administrator confirms the certificate (confirmCaSha256, which only
    //   an administrator may give and which must equal the row).
    static Result<Decision> atLogin(QSqlDatabase& db, const KeySlotFile& slots, const QString& user, Role role,
                                    const SecureBytes& slotPrivateKey, const QString& confirmCaSha256);
    // Pins the slot if decided, seals its pin box, proves its pin to every other slot, audits.
    static Status apply(CaseDatabase& db, const Decision& decision, const SecureBytes& wrapKey,
                        const SecureBytes& slotPrivateKey);
    // db check, from the checking person's slot.
    static void check(QSqlDatabase& db, const KeySlotFile& slots, const QString& user,
                      const SecureBytes& slotPrivateKey, QStringList& problems, QStringList& notes);

    // prover's pin, proven to verifier: HMAC-SHA256 under their X25519 shared secret (computed with either
    // private key). Empty when prover has no pin or the agreement fails.
    static QByteArray proof(const QString& databaseId, const KeySlot& prover, const KeySlot& verifier,
                            const SecureBytes& privateKey, const QByteArray& peerPublicKey);
    static QString proofKey(const KeySlot& verifier); // "user/first 16 hex digits of its public key"
    // Whether other's stated pin holds the proof its owner made to me: 1 yes, 0 no proof to me, -1 it fails.
    static int proven(const QString& databaseId, const KeySlot& other, const KeySlot& me,
                      const SecureBytes& myPrivateKey);
    // Recomputes user's proofs to every other slot; whether anything changed.
    static bool writeProofs(KeySlotFile& file, const QString& user, const SecureBytes& privateKey);
    // user's session saw the audit head (seq, hash): stated in their slot and proven to every other slot.
    static void writeHeadProofs(KeySlotFile& file, const QString& user, const SecureBytes& privateKey, qint64 seq,
                                const QString& hash);

    static QString caReplacedMessage(const QStringList& users, const QString& caSha256);

    // The audit log must still hold the head (seq, hash) user's last session sealed into their slot (seq 0: none
    // yet). Only their passphrase opens or makes it, so a log rewritten from below it — even with a new anchor
    // file and the key-slot file's position MACed again — fails here (CaseDatabase::verifyAnchor: a warning at
    // their login, a problem in db check and audit verify).
    // provenToYou: the head is another person's, proven to the checker (writeHeadProofs), not their own sealed one.
    static Status checkSealedHead(QSqlDatabase& db, const QString& user, const QPair<qint64, QString>& head,
                                  bool provenToYou = false);

private:
    static Result<QHash<QString, Role>> activeUsers(QSqlDatabase& db);
};

} // namespace lpdesk

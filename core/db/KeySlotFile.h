// The key-slot sidecar ("<database>.keys"): one slot per user, LUKS-style. A slot holds the user's X25519
// private key wrapped with AES-256-GCM under a scrypt key from their passphrase, and the database master key
// sealed to the user's public key. An admin can therefore add users and rotate the master key (rekey) without
// knowing anyone else's passphrase. Written atomically; guarded by a lock file for read-modify-write.
#pragma once

#include <QCoreApplication>

#include "common/Result.h"
#include "crypto/Kdf.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace lpdesk {

struct KeySlot
{
    QString user;
    ScryptParams kdf;
    QByteArray publicKey;
    QByteArray wrappedPrivateKey; // nonce ‖ ciphertext ‖ tag
    QByteArray sealedMasterKey; // sealed to publicKey for the current generation
    QByteArray sealedNextMasterKey; // only while a rekey is in progress
    // The person's own signing key (PKCS #8 DER) sealed to publicKey, and its certificate from the organisation CA:
    // only this slot's passphrase yields it (legal approvals are signed with it).
    QByteArray sealedSigningKey;
    QByteArray certificatePem;
    // Administrators only: the organisation CA's private key (PKCS #8 DER) sealed to publicKey. It is in no
    // database row, so a non-admin's slot (which yields the master key) never yields it.
    QByteArray sealedCaKey;
    // SHA-256 (hex) of the organisation CA certificate this slot was sealed with. Stored in clear but bound to the
    // wrapped private key (part of its AES-GCM context): only this slot's passphrase can change it, so a CA
    // certificate row replaced with the database key no longer matches the slots of everyone else. Empty in slots
    // from before (pinned at the person's next login).
    QString caSha256;
    // The pin again, with the audit log's head as its owner last saw it, AES-GCM-sealed under this slot's
    // key-encryption key: when the clear caSha256 was changed or removed behind its owner's back, their login says
    // so (and to what it was pinned) instead of "wrong passphrase"; a log rewritten below that head is refused.
    QByteArray caPinBox;
    // This slot's pin proven to each other slot (user name -> HMAC under their X25519 shared secret; CaPinning):
    // only the two owners can make or check it, so a pin field edited by a third person no longer holds.
    QMap<QString, QByteArray> caPinProofs;
    // The audit head (seq, hash) its owner's last session saw, proven to each other slot like the pin (CaPinning):
    // another person's db check names a log that no longer holds it.
    qint64 auditHeadSeq = 0;
    QString auditHeadHash;
    QMap<QString, QByteArray> auditHeadProofs;
    QString createdAt;
};

struct FailedLogin
{
    QString user;
    QString at;
};

struct UnlockedKeys
{
    SecureBytes current;
    SecureBytes next; // empty unless a rekey was interrupted
    SecureBytes signingKey; // the person's signing key (DER); empty if the slot has none yet
    SecureBytes caKey; // the organisation CA key (DER); administrators' slots only
    SecureBytes wrapKey; // the slot's key-encryption key: kept only to pin the CA in a slot from before (pinCa)
    SecureBytes slotPrivateKey; // the slot's X25519 private key: proves this slot's CA pin to the others (CaPinning)
    // The audit log's head as this person's last session saw it (sealed in the slot's box; 0 if none yet).
    qint64 sealedAuditSeq = 0;
    QString sealedAuditHash;
};

class KeySlotFile
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::KeySlotFile)

public:
    static constexpr qint64 MaxFileSize = 4 * 1024 * 1024;
    static constexpr int MaxFailedLogins = 1000;

    static QString pathFor(const QString& databasePath) { return databasePath + QStringLiteral(".keys"); }

    static Result<KeySlotFile> load(const QString& path);
    static Result<KeySlotFile> parse(const QByteArray& bytes);
    QByteArray serialize() const;
    // Atomic replace (write a temporary, fsync, rename).
    Status save(const QString& path) const;

    QString databaseId;
    int generation = 1;
    int nextGeneration = 0; // non-zero while a rekey is in progress
    QList<KeySlot> slots;
    QList<FailedLogin> failedLogins;
    // Last audit-log position seen at close, MACed with a key derived from the master key: detects a log
    // truncated behind the program's back.
    qint64 anchorSeq = 0;
    QString anchorHash;
    QString anchorMac;

    const KeySlot* find(const QString& user) const;
    KeySlot* find(const QString& user);
    bool remove(const QString& user);

    static Result<KeySlot> makeSlot(const QString& user, const SecureBytes& passphrase, const SecureBytes& masterKey,
                                    const QString& databaseId, int generation, int kdfTargetMs,
                                    const QString& caSha256 = {}, SecureBytes* wrapKeyOut = nullptr);
    // Binds the slot to the organisation CA certificate (caSha256): the private key is wrapped again under the
    // pinned context. wrapKey is the slot's key-encryption key (UnlockedKeys::wrapKey or makeSlot's).
    Status pinCa(const QString& user, const SecureBytes& wrapKey, const QString& caSha256);
    // Seals the slot's box: its pin (caSha256, or the current one) and, when auditSeq > 0, the head of the audit log
    // as its owner's session last saw it. A slot with a box is wrapped under a context that says so, so the box
    // cannot be removed without locking its owner out (slots pinned before the box get it at their next login).
    Status sealPinBox(const QString& user, const SecureBytes& wrapKey, const QString& caSha256 = {},
                      qint64 auditSeq = 0, const QString& auditHash = {});
    // Same error text for an unknown user and a wrong passphrase; an unknown user still costs one scrypt.
    Result<UnlockedKeys> unlock(const QString& user, const SecureBytes& passphrase) const;
    // Re-wrap the user's private key under a new passphrase (keys unchanged).
    Status changePassphrase(const QString& user, const SecureBytes& oldPassphrase, const SecureBytes& newPassphrase,
                            int kdfTargetMs);
    // Seal a new master key to every slot as the "next" generation (step 1 of rekey).
    Status prepareRekey(const SecureBytes& newMasterKey);
    // Make the next generation current (step 3 of rekey), or drop it when the rekey did not happen.
    void commitRekey();
    void abandonRekey();

    static QByteArray sealContext(const QString& databaseId, int generation);
    // caSha256: the CA the slot is pinned to (empty: a slot from before pinning).
    // boxed: the slot has a caPinBox (v3 context).
    static QByteArray wrapContext(const QString& databaseId, const QString& user, const QString& caSha256 = {},
                                  bool boxed = false);
    static QByteArray wrapContextOf(const QString& databaseId, const KeySlot& slot);
    static QByteArray signingContext(const QString& databaseId, const QString& user);
    static QByteArray caContext(const QString& databaseId, const QString& user);
    static QByteArray pinBoxContext(const QString& databaseId, const QString& user);
    // A slot that opens only under another pin than the one its file states (read from its caPinBox).
    static QString pinRewrittenMessage(const QString& user, const QString& sealedPin, const QString& statedPin);

    static QString authFailedMessage();
};

} // namespace lpdesk

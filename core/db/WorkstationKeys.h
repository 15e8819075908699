// The workstation's identity, kept inside the encrypted database: the X25519 recipient key pair that stores
// encrypt media to, and the organisation's signing identity (ECDSA P-256 key + certificate, issued by an
// organisation CA created at init and replaceable by an imported certificate chain).
#pragma once

#include <QCoreApplication>

#include "common/Result.h"
#include "crypto/RevocationList.h"
#include "crypto/SigningIdentity.h"
#include "crypto/X25519.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace lpdesk {

struct CreatedKeys
{
    QString recipientKeyId; // hex
    // The organisation CA: its key is never stored in the database; the caller seals it to the admin's key slot.
    SecureBytes caPrivateKeyDer;
    QByteArray caCertificatePem;
};

struct RetiredRecipient
{
    QString keyId; // hex
    QByteArray publicKey;
};

class WorkstationKeys
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::WorkstationKeys)

public:
    // Generates and stores the keys; the CA key is returned, not stored. Runs inside the caller's transaction.
    static Result<CreatedKeys> createIn(QSqlDatabase& db, const QString& organisation, const QString& workstation);

    // The current recipient key (checked: checkRecipient).
    static Result<QByteArray> recipientPublicKey(QSqlDatabase& db);
    // The current recipient key pair, with every retired one (for files encrypted before a rotation); checked.
    static Result<X25519KeyPair> recipientKeyPair(QSqlDatabase& db);
    // The recipient row against the audit chain (chain '', hashed event text): its key id must be the one the last
    // database_created or recipient_key_rotated event records, and its private key must be its public key's. A row
    // swapped with the database key (the insider's own key pair, so that stores seal footage to them) is refused
    // (ErrorKind::Verification) by every reader, pulls and `key export-recipient` included; `db check` names it.
    static Status checkRecipient(QSqlDatabase& db, const QByteArray& publicKey, const SecureBytes& privateKey);
    // A new recipient key pair becomes current; the old one moves to the key history (still in the database, so
    // sealed under the master key). Returns the new public key. Runs inside the caller's transaction.
    static Result<QByteArray> rotateRecipientIn(QSqlDatabase& db);
    static Result<QList<RetiredRecipient>> retiredRecipients(QSqlDatabase& db);
    // Drops a retired key once no file needs it any more.
    static Status forgetRetiredRecipientIn(QSqlDatabase& db, const QString& keyId);

    static Result<SigningIdentity> signingIdentity(QSqlDatabase& db);
    // A new workstation signing key and certificate from the CA replace the current ones (the old key is deleted,
    // secure_delete zeroes it). Returns the retired certificate (PEM), which the caller revokes. Runs inside the
    // caller's transaction.
    static Result<QByteArray> rotateSigningIn(QSqlDatabase& db, const SigningIdentity& ca, const QString& organisation);
    static Result<QByteArray> caCertificatePem(QSqlDatabase& db);
    // SHA-256 (hex) of the DER of the first certificate in pem: what key slots pin the organisation CA by.
    static QString certificateFingerprint(const QByteArray& pem);
    // The organisation CA with its key (which comes from an admin's key slot, never from the database).
    static Result<SigningIdentity> caIdentity(QSqlDatabase& db, const SecureBytes& caPrivateKeyDer);
    // Databases from before the CA key left the database still hold it in the identity row: returned (and then
    // moved into the admin slots and erased by CaseDatabase). Empty when the row holds no key.
    static Result<SecureBytes> legacyCaPrivateKey(QSqlDatabase& db);
    static Status eraseLegacyCaPrivateKeyIn(QSqlDatabase& db);
    static Result<QByteArray> signingCertificatePem(QSqlDatabase& db);

    // The organisation CA's current revocation list (PEM); empty if none was made yet. Refused (ErrorKind::
    // Verification) when it lacks a certificate the audit log records as revoked, or when its CRL number is below the
    // highest number the audit log records as issued: an earlier list, signed by the same CA and so valid on its own,
    // put back with the database key to un-revoke someone (or to make the next list repeat a published number).
    static Result<QByteArray> crlPem(QSqlDatabase& db);
    // The stored list as it is, unchecked: what a restored list is issued from.
    static Result<QByteArray> storedCrlPem(QSqlDatabase& db);
    // Revocations the audit log records (certificate_revoked, read from the hashed event text) that the stored list
    // lacks, each with the user it named.
    struct MissingRevocation
    {
        RevokedCertificate certificate;
        QString user;
    };
    // An audit event that records a CRL number it cannot prove: it carries no list signed by the organisation CA
    // with that number (crl_pem) and is not the stored list's own event. Appended with the database key, it would
    // otherwise raise every later number (up to INT64_MAX: no list could be issued again).
    struct UnprovenCrlNumber
    {
        qint64 seq = 0;
        QString action;
        qint64 number = 0;
        QString why;
    };
    // The stored list against the audit chain (chain '', the hashed event text): the revocations it lacks, and its
    // CRL number against the highest one the chain *proves* was issued: details.crl_number counts only when the
    // event carries that very list (crl_pem, verified against the organisation CA) or names the stored list by its
    // hash. Events from before numbers were audited carry none.
    struct CrlCheck
    {
        QByteArray storedPem; // the list that was checked, as stored (empty: none)
        QList<MissingRevocation> missing;
        qint64 storedNumber = 0; // 0: no list stored, or one without a number
        qint64 highestIssued = 0; // proven numbers only
        // Events whose number is above every proven one and cannot be proven (forged, or from before lists were
        // recorded in the events): they count for nothing; db check names them.
        QList<UnprovenCrlNumber> unproven;
        // certificate_revoked events of a database whose revocations carry their list, without a list that proves
        // them: not counted (why names the serial); db check names them.
        QList<UnprovenCrlNumber> unprovenRevocations;
        bool numberBehind() const { return storedNumber < highestIssued; }
        bool rolledBack() const { return !missing.isEmpty() || numberBehind(); }
    };
    static Result<CrlCheck> checkCrl(QSqlDatabase& db);
    static Result<QList<MissingRevocation>> revocationsMissingFromCrl(QSqlDatabase& db);
    // A new list signed by ca: previousPem's entries plus added, numbered above previousPem's number and above every
    // number the audit chain records as issued. The caller stores it and audits its number (crl_number).
    static Result<QByteArray> issueCrl(QSqlDatabase& db, const SigningIdentity& ca, const QByteArray& previousPem,
                                       const QList<RevokedCertificate>& added);
    // The details of the audit event that records a list just issued, with what it records about the list:
    // crl_number, crl_sha256 and the list itself (crl_pem), which proves the number (the CA signed it).
    static QJsonObject withCrlDetails(QJsonObject details, const QByteArray& pem);
    static Status storeCrlIn(QSqlDatabase& db, const QByteArray& pem);

    // The recipient public key file a store is given: a one-line text "lpdesk-recipient-v1 <base64>".
    static QByteArray recipientFileContents(const QByteArray& publicKey);
    static Result<QByteArray> parseRecipientFile(const QByteArray& contents);
};

} // namespace lpdesk

// The organisation's signing identity: an ECDSA P-256 key and its X.509 certificate (plus the issuing
// organisation CA). The workstation's signs packages and HTTP requests; each person's own (issuePersonal) signs their
// approvals, custody checkpoints and anchors. P-256 because OpenSSL 3.0's CMS cannot sign with Ed25519 and police
// verify with `openssl cms`.
#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <memory>

namespace lpdesk {

struct GeneratedIdentity
{
    SecureBytes caPrivateKeyDer;
    QByteArray caCertificatePem;
    SecureBytes signingPrivateKeyDer;
    QByteArray signingCertificatePem;
};

class SigningIdentity
{
public:
    SigningIdentity();
    ~SigningIdentity();
    SigningIdentity(SigningIdentity&&) noexcept;
    SigningIdentity& operator=(SigningIdentity&&) noexcept;
    SigningIdentity(const SigningIdentity&) = delete;
    SigningIdentity& operator=(const SigningIdentity&) = delete;

    // A self-signed organisation CA and a workstation signing certificate it issues.
    static Result<GeneratedIdentity> generate(const QString& organisation, const QString& workstation);
    // A person's own signing key and a certificate for it (CN = their user name, OU = "LP Desk role: " and their
    // role) issued by the organisation CA (ca: the CA's key and certificate). Used for legal approvals; the key
    // lives only in that person's key slot. The role is in the certificate so that only the CA (administrators)
    // can make someone a legal reviewer: a role column changed with the database key does not sign approvals.
    static Result<GeneratedIdentity> issuePersonal(const SigningIdentity& ca, const QString& organisation,
                                                   const QString& userName, const QString& role);
    // A new workstation signing key and certificate (OU "LP Desk workstation") from the organisation CA: a key
    // rotation replaces the one a removed person may have copied.
    static Result<GeneratedIdentity> issueWorkstation(const SigningIdentity& ca, const QString& organisation,
                                                      const QString& workstation);
    // The role a personal certificate names ("legal", ...); empty for any other certificate (the workstation's).
    static QString roleOf(const QByteArray& certificatePem);
    static QString roleUnitPrefix();
    // Whether a certificate is a workstation's (OU "LP Desk workstation"), not a person's.
    static bool isWorkstation(const QByteArray& certificatePem);
    static QString workstationUnit();
    static Result<SigningIdentity> load(const SecureBytes& privateKeyDer, const QByteArray& certificateChainPem);

    bool isValid() const;
    // DER-encoded ECDSA signature over SHA-256(data).
    Result<QByteArray> signDer(QByteArrayView data) const;
    // Raw r‖s (64 bytes) as used by RFC 9421 ecdsa-p256-sha256.
    Result<QByteArray> signRaw(QByteArrayView data) const;
    QByteArray certificatePem() const; // the signing (leaf) certificate
    QByteArray chainPem() const; // leaf then issuers, as loaded
    QString certificateFingerprint() const; // SHA-256 of the leaf's DER, hex
    QString subject() const;

    // Opaque handles for the CMS signer (kept out of this header's includes).
    void* opensslKey() const;
    void* opensslCertificate() const;
    QList<void*> opensslChain() const;

    static bool verifyDer(const QByteArray& certificatePem, QByteArrayView data, QByteArrayView signatureDer);
    static QByteArray rawToDer(QByteArrayView raw);
    static QByteArray derToRaw(QByteArrayView der);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace lpdesk

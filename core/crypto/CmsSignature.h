// CMS (PKCS #7) detached signatures over a package manifest, made with the organisation's signing identity so
// that `openssl cms -verify -binary -inform DER -content manifest.json -in manifest.json.p7s -CAfile org-ca.pem`
// verifies them; and the same verification in process for `lpdesk-cli verify`.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace lpdesk {

class SigningIdentity;

struct CmsVerification
{
    QByteArray signerCertificatePem;
    QString signerSubject;
    QString signerCommonName; // the subject's CN (a person's user name, or the workstation)
    QString signerFingerprint; // SHA-256 of the signer certificate's DER, hex
};

class CmsSignature
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::CmsSignature)

public:
    // DER-encoded detached SignedData over content (binary, SHA-256), with the signer certificate and its chain.
    static Result<QByteArray> signDetached(const SigningIdentity& identity, const QByteArray& content);
    // Verifies against the trusted CA certificates (PEM, one or more); fails with ErrorKind::Verification.
    // Certificate validity periods are checked against the current time unless checkTime is false (custody
    // checkpoints are verified for as long as the chain is kept, long after a personal certificate expired).
    static Result<CmsVerification> verifyDetached(const QByteArray& signatureDer, const QByteArray& content,
                                                  const QByteArray& trustedCaPem, bool checkTime = true);
};

} // namespace lpdesk

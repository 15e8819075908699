// The organisation CA's certificate revocation list (X.509 CRL v2, PEM): removing a person revokes their personal
// certificate. Signed by the CA key (admin sessions only), published in every package as crl.pem and checked by
// the package verifier; `openssl crl -in crl.pem -CAfile org-ca.pem -verify` checks it too.
#pragma once

#include <QCoreApplication>

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace lpdesk {

class SigningIdentity;

struct RevokedCertificate
{
    QString serial; // upper-case hex, as `openssl crl -text` prints it (without colons)
    QDateTime revokedAt; // UTC
};

class RevocationList
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::RevocationList)

public:
    // A new CRL signed by ca: every entry of previous (a CRL this CA signed, or empty) plus the added ones. Its CRL
    // number is one above both previous's and numberAbove (the highest number ever issued, which the caller reads
    // from the audit chain): RFC 5280 §5.2.3 wants the numbers to increase, also after an earlier list was put back.
    static Result<QByteArray> issue(const SigningIdentity& ca, const QByteArray& previousPem,
                                    const QList<RevokedCertificate>& added, qint64 numberAbove);
    // The list's CRL number (0 when it carries none), without checking who signed it.
    static Result<qint64> number(const QByteArray& crlPem);
    // Checks the signature and issuer against the CA certificate (PEM); returns the revoked entries.
    static Result<QList<RevokedCertificate>> verify(const QByteArray& crlPem, const QByteArray& caCertificatePem);
    // The entries of a list, without checking who signed it (to compare lists, never to trust one).
    static Result<QList<RevokedCertificate>> entries(const QByteArray& crlPem);
    // The serial number of a certificate (PEM), upper-case hex; empty if it cannot be parsed.
    static QString serialOf(const QByteArray& certificatePem);
};

} // namespace lpdesk

// HTTP message integrity for the agency protocol: Content-Digest (RFC 9530, sha-256) and HTTP Message
// Signatures (RFC 9421) with ecdsa-p256-sha256 — the signature base built from the covered components, signed
// with the organisation's key as a 64-byte r‖s value — and the verification an agency performs.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace lpdesk {

class SigningIdentity;

struct SignedHeaders
{
    QByteArray signatureInput; // Signature-Input: sig1=("@method" ...);created=...;keyid="...";alg="ecdsa-p256-sha256"
    QByteArray signature; // Signature: sig1=:base64:
};

class HttpSignature
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::HttpSignature)

public:
    // "sha-256=:<base64 of SHA-256(body)>:"
    static QByteArray contentDigest(QByteArrayView body);

    // components: ordered (name, value) pairs; derived components start with '@' ("@method", "@target-uri"),
    // field names are lowercase. params: the serialized signature parameters, e.g.
    // ("@method" "@target-uri");created=1700000000;keyid="k";alg="ecdsa-p256-sha256"
    static QByteArray signatureBase(const QList<QPair<QByteArray, QByteArray>>& components, const QByteArray& params);
    static QByteArray signatureParams(const QList<QPair<QByteArray, QByteArray>>& components, qint64 created,
                                      const QString& keyId);

    static Result<SignedHeaders> sign(const SigningIdentity& identity, const QString& keyId, qint64 created,
                                      const QList<QPair<QByteArray, QByteArray>>& components);
    // Verifies a 64-byte r‖s ECDSA P-256/SHA-256 signature over base with the public key of certificatePem.
    static Status verify(const QByteArray& certificatePem, const QByteArray& base, const QByteArray& rawSignature);
};

} // namespace lpdesk

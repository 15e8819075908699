#include "submit/HttpSignature.h"

#include "crypto/OpenSslPtr.h"
#include "crypto/Sha256.h"
#include "crypto/SigningIdentity.h"

#include <openssl/bn.h>
#include <openssl/ecdsa.h>
#include <openssl/err.h>
#include <openssl/pem.h>

namespace lpdesk {

QByteArray HttpSignature::contentDigest(QByteArrayView body)
{
    return "sha-256=:" + Sha256::hash(body).toBase64() + ':';
}

QByteArray HttpSignature::signatureParams(const QList<QPair<QByteArray, QByteArray>>& components, qint64 created,
                                          const QString& keyId)
{
    QByteArray inner;
    for (const auto& c : components) {
        if (!inner.isEmpty())
            inner += ' ';
        inner += '"' + c.first + '"';
    }
    // keyid is a structured-field string: only printable ASCII, with '"' and '\' escaped.
    QByteArray key;
    for (const char ch : keyId.toLatin1())
        if (ch >= 0x20 && ch < 0x7f) {
            if (ch == '"' || ch == '\\')
                key += '\\';
            key += ch;
        }
    return '(' + inner + ");created=" + QByteArray::number(created) + ";keyid=\"" + key
        + "\";alg=\"ecdsa-p256-sha256\"";
}

QByteArray HttpSignature::signatureBase(const QList<QPair<QByteArray, QByteArray>>& components,
                                        const QByteArray& params)
{
    // RFC 9421 §2.5: one line per covered component, then the signature parameters; no trailing newline.
    QByteArray base;
    for (const auto& [name, value] : components)
        base += '"' + name + "\": " + value.trimmed() + '\n';
    base += "\"@signature-params\": " + params;
    return base;
}

Result<SignedHeaders> HttpSignature::sign(const SigningIdentity& identity, const QString& keyId, qint64 created,
                                          const QList<QPair<QByteArray, QByteArray>>& components)
{
    for (const auto& c : components)
        if (c.first.isEmpty() || c.first != c.first.toLower() || c.second.contains('\n') || c.second.contains('\r'))
            return failure(tr("A covered component is malformed: %1").arg(QString::fromLatin1(c.first)));
    const QByteArray params = signatureParams(components, created, keyId);
    auto raw = identity.signRaw(signatureBase(components, params));
    if (!raw)
        return raw.error();
    return SignedHeaders {"sig1=" + params, "sig1=:" + raw->toBase64() + ':'};
}

Status HttpSignature::verify(const QByteArray& certificatePem, const QByteArray& base, const QByteArray& rawSignature)
{
    if (rawSignature.size() != 64)
        return makeError(ErrorKind::Verification, tr("an ecdsa-p256-sha256 signature is 64 bytes (r‖s)"));
    ossl::Bio bio = ossl::memBio(certificatePem);
    ossl::X509Ptr cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    if (!cert)
        return makeError(ErrorKind::Verification, tr("no certificate to check the signature with"));
    EVP_PKEY* key = X509_get0_pubkey(cert.get());
    if (!key || EVP_PKEY_get_base_id(key) != EVP_PKEY_EC || EVP_PKEY_get_bits(key) != 256)
        return makeError(ErrorKind::Verification, tr("the certificate's key is not ECDSA P-256"));
    // r‖s → DER for EVP.
    ECDSA_SIG* sig = ECDSA_SIG_new();
    const auto* bytes = reinterpret_cast<const unsigned char*>(rawSignature.constData());
    ECDSA_SIG_set0(sig, BN_bin2bn(bytes, 32, nullptr), BN_bin2bn(bytes + 32, 32, nullptr));
    unsigned char* der = nullptr;
    const int derLen = i2d_ECDSA_SIG(sig, &der);
    ECDSA_SIG_free(sig);
    if (derLen <= 0)
        return makeError(ErrorKind::Verification, tr("the signature cannot be encoded"));
    ossl::MdCtx ctx(EVP_MD_CTX_new());
    const bool ok = EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key) == 1
        && EVP_DigestVerify(ctx.get(), der, static_cast<size_t>(derLen),
                            reinterpret_cast<const unsigned char*>(base.constData()), static_cast<size_t>(base.size()))
            == 1;
    OPENSSL_free(der);
    ERR_clear_error();
    if (!ok)
        return makeError(ErrorKind::Verification, tr("the HTTP message signature does not verify"));
    return {};
}

} // namespace lpdesk

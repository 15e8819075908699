#include "crypto/RevocationList.h"

#include "crypto/OpenSslPtr.h"
#include "crypto/SigningIdentity.h"

#include <openssl/bn.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace lpdesk {

namespace {

using CrlPtr = std::unique_ptr<X509_CRL, ossl::Deleter<X509_CRL_free>>;
using Asn1Time = std::unique_ptr<ASN1_TIME, ossl::Deleter<ASN1_TIME_free>>;
using Asn1Int = std::unique_ptr<ASN1_INTEGER, ossl::Deleter<ASN1_INTEGER_free>>;

constexpr int MaxCrlBytes = 4 * 1024 * 1024;

CrlPtr parseCrl(const QByteArray& pem)
{
    if (pem.isEmpty() || pem.size() > MaxCrlBytes)
        return {};
    ossl::Bio bio = ossl::memBio(pem);
    return CrlPtr(PEM_read_bio_X509_CRL(bio.get(), nullptr, nullptr, nullptr));
}

QString serialHex(const ASN1_INTEGER* serial)
{
    BIGNUM* bn = ASN1_INTEGER_to_BN(serial, nullptr);
    if (!bn)
        return {};
    char* hex = BN_bn2hex(bn);
    const QString out = hex ? QString::fromLatin1(hex) : QString();
    OPENSSL_free(hex);
    BN_free(bn);
    return out;
}

QDateTime toDateTime(const ASN1_TIME* t)
{
    struct tm tm = {};
    if (!t || ASN1_TIME_to_tm(t, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday), QTime(tm.tm_hour, tm.tm_min, tm.tm_sec),
                     QTimeZone::utc());
}

QList<RevokedCertificate> entriesOf(X509_CRL* crl)
{
    QList<RevokedCertificate> out;
    STACK_OF(X509_REVOKED)* revoked = X509_CRL_get_REVOKED(crl);
    for (int i = 0; revoked && i < sk_X509_REVOKED_num(revoked); ++i) {
        const X509_REVOKED* r = sk_X509_REVOKED_value(revoked, i);
        out.append({serialHex(X509_REVOKED_get0_serialNumber(r)), toDateTime(X509_REVOKED_get0_revocationDate(r))});
    }
    return out;
}

// 0 when the list has no CRL number; -1 when it has one that does not fit in 63 bits (never one we issue).
qint64 crlNumberOf(X509_CRL* crl)
{
    Asn1Int number(static_cast<ASN1_INTEGER*>(X509_CRL_get_ext_d2i(crl, NID_crl_number, nullptr, nullptr)));
    int64_t n = 0;
    if (number && (ASN1_INTEGER_get_int64(&n, number.get()) != 1 || n < 0))
        return -1;
    return static_cast<qint64>(n);
}

bool addRevoked(X509_CRL* crl, const RevokedCertificate& entry)
{
    BIGNUM* bn = nullptr;
    const QByteArray hex = entry.serial.toLatin1();
    if (hex.isEmpty() || !BN_hex2bn(&bn, hex.constData()))
        return false;
    Asn1Int serial(BN_to_ASN1_INTEGER(bn, nullptr));
    BN_free(bn);
    Asn1Time when(ASN1_TIME_set(nullptr, static_cast<time_t>(entry.revokedAt.toSecsSinceEpoch())));
    X509_REVOKED* r = X509_REVOKED_new();
    if (!serial || !when || !r || X509_REVOKED_set_serialNumber(r, serial.get()) != 1
        || X509_REVOKED_set_revocationDate(r, when.get()) != 1 || X509_CRL_add0_revoked(crl, r) != 1) {
        X509_REVOKED_free(r);
        return false;
    }
    return true;
}

} // namespace

Result<QByteArray> RevocationList::issue(const SigningIdentity& ca, const QByteArray& previousPem,
                                         const QList<RevokedCertificate>& added, qint64 numberAbove)
{
    auto* caCert = static_cast<X509*>(ca.opensslCertificate());
    auto* caKey = static_cast<EVP_PKEY*>(ca.opensslKey());
    if (!caCert || !caKey)
        return failure(tr("The organisation CA key is not available in this session."));
    QList<RevokedCertificate> entries;
    qint64 number = std::max<qint64>(0, numberAbove);
    if (!previousPem.isEmpty()) {
        auto previous = verify(previousPem, ca.certificatePem());
        if (!previous)
            return previous.error();
        entries = *previous;
        CrlPtr old = parseCrl(previousPem);
        const qint64 oldNumber = old ? crlNumberOf(old.get()) : 0;
        if (oldNumber < 0)
            return failure(tr("The revocation list's CRL number is out of range."));
        number = std::max(number, oldNumber);
    }
    if (number == std::numeric_limits<qint64>::max())
        return failure(tr("The revocation list's CRL number is out of range."));
    for (const RevokedCertificate& r : added) {
        bool known = false;
        for (const RevokedCertificate& e : entries)
            known = known || e.serial == r.serial;
        if (!known)
            entries.append(r);
    }
    CrlPtr crl(X509_CRL_new());
    if (!crl || X509_CRL_set_version(crl.get(), 1) != 1
        || X509_CRL_set_issuer_name(crl.get(), X509_get_subject_name(caCert)) != 1)
        return failure(tr("Could not make the revocation list: %1").arg(ossl::lastError()));
    // Packages are verified long after they are written: the list names no near expiry (nextUpdate in 10 years).
    Asn1Time last(ASN1_TIME_set(nullptr, time(nullptr)));
    Asn1Time next(ASN1_TIME_adj(nullptr, time(nullptr), 3650, 0));
    if (!last || !next || X509_CRL_set1_lastUpdate(crl.get(), last.get()) != 1
        || X509_CRL_set1_nextUpdate(crl.get(), next.get()) != 1)
        return failure(tr("Could not make the revocation list: %1").arg(ossl::lastError()));
    for (const RevokedCertificate& r : entries)
        if (!addRevoked(crl.get(), r))
            return failure(tr("Could not add serial %1 to the revocation list: %2").arg(r.serial, ossl::lastError()));
    Asn1Int crlNumber(ASN1_INTEGER_new());
    if (!crlNumber || ASN1_INTEGER_set_int64(crlNumber.get(), static_cast<int64_t>(number + 1)) != 1
        || X509_CRL_add1_ext_i2d(crl.get(), NID_crl_number, crlNumber.get(), 0, 0) != 1)
        return failure(tr("Could not number the revocation list: %1").arg(ossl::lastError()));
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, caCert, nullptr, nullptr, crl.get(), 0);
    X509_EXTENSION* aki = X509V3_EXT_conf_nid(nullptr, &ctx, NID_authority_key_identifier, "keyid:always");
    const bool akiOk = aki && X509_CRL_add_ext(crl.get(), aki, -1) == 1;
    X509_EXTENSION_free(aki);
    if (!akiOk || X509_CRL_sort(crl.get()) != 1 || X509_CRL_sign(crl.get(), caKey, EVP_sha256()) <= 0)
        return failure(tr("Could not sign the revocation list: %1").arg(ossl::lastError()));
    ossl::Bio bio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_X509_CRL(bio.get(), crl.get()) != 1)
        return failure(tr("Could not write the revocation list: %1").arg(ossl::lastError()));
    return ossl::bioToBytes(bio.get());
}

Result<QList<RevokedCertificate>> RevocationList::verify(const QByteArray& crlPem, const QByteArray& caCertificatePem)
{
    CrlPtr crl = parseCrl(crlPem);
    if (!crl)
        return makeError(ErrorKind::Verification, tr("crl.pem is not a certificate revocation list (PEM)."));
    ossl::Bio bio = ossl::memBio(caCertificatePem);
    ossl::X509Ptr ca(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    if (!ca)
        return makeError(ErrorKind::Verification, tr("The CA certificate cannot be read."));
    EVP_PKEY* caKey = X509_get0_pubkey(ca.get());
    if (X509_NAME_cmp(X509_CRL_get_issuer(crl.get()), X509_get_subject_name(ca.get())) != 0 || !caKey
        || X509_CRL_verify(crl.get(), caKey) != 1) {
        ossl::lastError();
        return makeError(ErrorKind::Verification,
                         tr("The revocation list is not signed by the organisation CA (forged or from another CA)."));
    }
    return entriesOf(crl.get());
}

Result<qint64> RevocationList::number(const QByteArray& crlPem)
{
    CrlPtr crl = parseCrl(crlPem);
    if (!crl)
        return makeError(ErrorKind::Verification, tr("crl.pem is not a certificate revocation list (PEM)."));
    const qint64 n = crlNumberOf(crl.get());
    if (n < 0)
        return makeError(ErrorKind::Verification, tr("The revocation list's CRL number is out of range."));
    return n;
}

Result<QList<RevokedCertificate>> RevocationList::entries(const QByteArray& crlPem)
{
    CrlPtr crl = parseCrl(crlPem);
    if (!crl)
        return makeError(ErrorKind::Verification, tr("crl.pem is not a certificate revocation list (PEM)."));
    return entriesOf(crl.get());
}

QString RevocationList::serialOf(const QByteArray& certificatePem)
{
    ossl::Bio bio = ossl::memBio(certificatePem);
    ossl::X509Ptr cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    return cert ? serialHex(X509_get0_serialNumber(cert.get())) : QString();
}

} // namespace lpdesk

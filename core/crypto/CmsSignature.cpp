#include "crypto/CmsSignature.h"

#include "crypto/Sha256.h"
#include "crypto/SigningIdentity.h"

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace lpdesk {

namespace {

QString opensslError()
{
    const unsigned long e = ERR_get_error();
    ERR_clear_error();
    if (e == 0)
        return QString();
    char buf[256];
    ERR_error_string_n(e, buf, sizeof buf);
    return QString::fromLatin1(buf);
}

struct BioFree
{
    void operator()(BIO* b) const { BIO_free(b); }
};
struct CmsFree
{
    void operator()(CMS_ContentInfo* c) const { CMS_ContentInfo_free(c); }
};
struct StoreFree
{
    void operator()(X509_STORE* s) const { X509_STORE_free(s); }
};
using BioPtr = std::unique_ptr<BIO, BioFree>;

BioPtr memory(const QByteArray& bytes)
{
    return BioPtr(BIO_new_mem_buf(bytes.constData(), static_cast<int>(bytes.size())));
}

} // namespace

Result<QByteArray> CmsSignature::signDetached(const SigningIdentity& identity, const QByteArray& content)
{
    auto* key = static_cast<EVP_PKEY*>(identity.opensslKey());
    auto* cert = static_cast<X509*>(identity.opensslCertificate());
    if (!key || !cert)
        return failure(tr("The organisation signing identity is not loaded."));
    STACK_OF(X509)* chain = sk_X509_new_null();
    for (void* c : identity.opensslChain())
        if (c != cert)
            sk_X509_push(chain, static_cast<X509*>(c));
    BioPtr in = memory(content);
    std::unique_ptr<CMS_ContentInfo, CmsFree> cms(
        CMS_sign(cert, key, chain, in.get(), CMS_DETACHED | CMS_BINARY | CMS_NOSMIMECAP));
    sk_X509_free(chain);
    if (!cms)
        return failure(tr("CMS signing failed: %1").arg(opensslError()));
    BioPtr out(BIO_new(BIO_s_mem()));
    if (i2d_CMS_bio(out.get(), cms.get()) != 1)
        return failure(tr("CMS encoding failed: %1").arg(opensslError()));
    char* data = nullptr;
    const long len = BIO_get_mem_data(out.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(len));
}

Result<CmsVerification> CmsSignature::verifyDetached(const QByteArray& signatureDer, const QByteArray& content,
                                                     const QByteArray& trustedCaPem, bool checkTime)
{
    BioPtr sig = memory(signatureDer);
    std::unique_ptr<CMS_ContentInfo, CmsFree> cms(d2i_CMS_bio(sig.get(), nullptr));
    if (!cms)
        return makeError(ErrorKind::Verification, tr("the signature file is not a CMS structure"));
    std::unique_ptr<X509_STORE, StoreFree> store(X509_STORE_new());
    BioPtr caBio = memory(trustedCaPem);
    int cas = 0;
    while (X509* ca = PEM_read_bio_X509(caBio.get(), nullptr, nullptr, nullptr)) {
        X509_STORE_add_cert(store.get(), ca);
        X509_free(ca);
        ++cas;
    }
    ERR_clear_error();
    if (cas == 0)
        return makeError(ErrorKind::Usage, tr("no CA certificate to verify against"));
    if (!checkTime)
        X509_STORE_set_flags(store.get(), X509_V_FLAG_NO_CHECK_TIME);
    BioPtr data = memory(content);
    if (CMS_verify(cms.get(), nullptr, store.get(), data.get(), nullptr, CMS_BINARY) != 1)
        return makeError(ErrorKind::Verification,
                         tr("the manifest signature does not verify (%1)").arg(opensslError()));
    CmsVerification v;
    STACK_OF(X509)* signers = CMS_get0_signers(cms.get());
    if (signers && sk_X509_num(signers) > 0) {
        X509* signer = sk_X509_value(signers, 0);
        BioPtr pem(BIO_new(BIO_s_mem()));
        PEM_write_bio_X509(pem.get(), signer);
        char* p = nullptr;
        const long len = BIO_get_mem_data(pem.get(), &p);
        v.signerCertificatePem = QByteArray(p, static_cast<qsizetype>(len));
        char name[512];
        X509_NAME_oneline(X509_get_subject_name(signer), name, sizeof name);
        v.signerSubject = QString::fromUtf8(name);
        char cn[256];
        if (X509_NAME_get_text_by_NID(X509_get_subject_name(signer), NID_commonName, cn, sizeof cn) > 0)
            v.signerCommonName = QString::fromUtf8(cn);
        unsigned char* der = nullptr;
        const int derLen = i2d_X509(signer, &der);
        if (derLen > 0) {
            v.signerFingerprint = Sha256::hashHex(QByteArray(reinterpret_cast<const char*>(der), derLen));
            OPENSSL_free(der);
        }
    }
    sk_X509_free(signers);
    return v;
}

} // namespace lpdesk

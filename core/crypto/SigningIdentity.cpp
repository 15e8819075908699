#include "crypto/SigningIdentity.h"

#include "crypto/OpenSslPtr.h"
#include "crypto/Random.h"
#include "crypto/Sha256.h"

#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include <QCoreApplication>
#include <QList>

#include <vector>

namespace lpdesk {

namespace ossl {
QString lastError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (!code)
        return QStringLiteral("unknown OpenSSL error");
    char buf[256];
    ERR_error_string_n(code, buf, sizeof buf);
    return QString::fromLatin1(buf);
}
} // namespace ossl

namespace {

bool addExtension(X509* cert, X509* issuer, int nid, const char* value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION* ext = X509V3_EXT_nconf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

ossl::X509Ptr makeCertificate(EVP_PKEY* subjectKey, const QString& organisation, const QString& commonName,
                              X509* issuerCert, EVP_PKEY* issuerKey, int years, bool isCa, const QString& unit = {})
{
    ossl::X509Ptr cert(X509_new());
    if (!cert)
        return {};
    X509_set_version(cert.get(), 2);
    QByteArray serial = randomBytes(16);
    serial[0] = static_cast<char>(serial[0] & 0x7f);
    BIGNUM* bn = BN_bin2bn(reinterpret_cast<const unsigned char*>(serial.constData()), 16, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), static_cast<long>(years) * 365 * 24 * 3600);
    X509_set_pubkey(cert.get(), subjectKey);
    X509_NAME* name = X509_get_subject_name(cert.get());
    const QByteArray org = organisation.toUtf8();
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(org.constData()), -1,
                               -1, 0);
    if (!unit.isEmpty()) {
        const QByteArray ou = unit.toUtf8();
        X509_NAME_add_entry_by_txt(name, "OU", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(ou.constData()),
                                   -1, -1, 0);
    }
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(cn.constData()), -1,
                               -1, 0);
    X509* issuer = issuerCert ? issuerCert : cert.get();
    X509_set_issuer_name(cert.get(), X509_get_subject_name(issuer));
    bool ok = addExtension(cert.get(), issuer, NID_subject_key_identifier, "hash");
    if (isCa) {
        ok = ok && addExtension(cert.get(), issuer, NID_basic_constraints, "critical,CA:TRUE,pathlen:0")
            && addExtension(cert.get(), issuer, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        ok = ok && addExtension(cert.get(), issuer, NID_basic_constraints, "critical,CA:FALSE")
            && addExtension(cert.get(), issuer, NID_key_usage, "critical,digitalSignature,nonRepudiation")
            && addExtension(cert.get(), issuer, NID_ext_key_usage, "emailProtection,codeSigning,clientAuth")
            && addExtension(cert.get(), issuer, NID_authority_key_identifier, "keyid:always");
    }
    if (!ok || X509_sign(cert.get(), issuerKey, EVP_sha256()) <= 0)
        return {};
    return cert;
}

QByteArray certToPem(X509* cert)
{
    ossl::Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert);
    return ossl::bioToBytes(bio.get());
}

SecureBytes keyToDer(EVP_PKEY* key)
{
    unsigned char* der = nullptr;
    const int len = i2d_PrivateKey(key, &der);
    if (len <= 0)
        return {};
    SecureBytes out(der, static_cast<std::size_t>(len));
    OPENSSL_clear_free(der, static_cast<std::size_t>(len));
    return out;
}

} // namespace

struct SigningIdentity::Private
{
    ossl::Pkey key;
    std::vector<ossl::X509Ptr> chain; // [0] = leaf
};

SigningIdentity::SigningIdentity() : d(std::make_unique<Private>())
{ }
SigningIdentity::~SigningIdentity() = default;
SigningIdentity::SigningIdentity(SigningIdentity&&) noexcept = default;
SigningIdentity& SigningIdentity::operator=(SigningIdentity&&) noexcept = default;

Result<GeneratedIdentity> SigningIdentity::generate(const QString& organisation, const QString& workstation)
{
    ossl::Pkey caKey(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    ossl::Pkey leafKey(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    if (!caKey || !leafKey)
        return failure(QStringLiteral("could not generate P-256 keys: ") + ossl::lastError());
    auto ca = makeCertificate(caKey.get(), organisation, organisation + QStringLiteral(" Evidence CA"), nullptr,
                              caKey.get(), 20, true);
    if (!ca)
        return failure(QStringLiteral("could not create the organisation certificate: ") + ossl::lastError());
    auto leaf = makeCertificate(leafKey.get(), organisation, workstation, ca.get(), caKey.get(), 10, false,
                                workstationUnit());
    if (!leaf)
        return failure(QStringLiteral("could not create the signing certificate: ") + ossl::lastError());
    GeneratedIdentity out;
    out.caPrivateKeyDer = keyToDer(caKey.get());
    out.caCertificatePem = certToPem(ca.get());
    out.signingPrivateKeyDer = keyToDer(leafKey.get());
    out.signingCertificatePem = certToPem(leaf.get());
    return out;
}

Result<GeneratedIdentity> SigningIdentity::issuePersonal(const SigningIdentity& ca, const QString& organisation,
                                                         const QString& userName, const QString& role)
{
    if (!ca.isValid())
        return failure(QStringLiteral("the organisation CA is not loaded"));
    ossl::Pkey key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    if (!key)
        return failure(QStringLiteral("could not generate a P-256 key: ") + ossl::lastError());
    X509* caCert = ca.d->chain.front().get();
    auto leaf = makeCertificate(key.get(), organisation, userName, caCert, ca.d->key.get(), 3, false,
                                roleUnitPrefix() + role);
    if (!leaf)
        return failure(QStringLiteral("could not issue the personal certificate: ") + ossl::lastError());
    GeneratedIdentity out;
    out.caCertificatePem = certToPem(caCert);
    out.signingPrivateKeyDer = keyToDer(key.get());
    out.signingCertificatePem = certToPem(leaf.get());
    return out;
}

Result<GeneratedIdentity> SigningIdentity::issueWorkstation(const SigningIdentity& ca, const QString& organisation,
                                                            const QString& workstation)
{
    if (!ca.isValid())
        return failure(QStringLiteral("the organisation CA is not loaded"));
    ossl::Pkey key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    if (!key)
        return failure(QStringLiteral("could not generate a P-256 key: ") + ossl::lastError());
    X509* caCert = ca.d->chain.front().get();
    auto leaf
        = makeCertificate(key.get(), organisation, workstation, caCert, ca.d->key.get(), 10, false, workstationUnit());
    if (!leaf)
        return failure(QStringLiteral("could not issue the workstation certificate: ") + ossl::lastError());
    GeneratedIdentity out;
    out.caCertificatePem = certToPem(caCert);
    out.signingPrivateKeyDer = keyToDer(key.get());
    out.signingCertificatePem = certToPem(leaf.get());
    return out;
}

QString SigningIdentity::roleUnitPrefix()
{
    return QStringLiteral("LP Desk role: ");
}

// The subject's one organisational unit (empty when there is none or more than one).
static QString unitOf(const QByteArray& certificatePem)
{
    ossl::Bio bio = ossl::memBio(certificatePem);
    ossl::X509Ptr cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    ERR_clear_error();
    if (!cert)
        return {};
    X509_NAME* name = X509_get_subject_name(cert.get());
    const int at = X509_NAME_get_index_by_NID(name, NID_organizationalUnitName, -1);
    if (at < 0 || X509_NAME_get_index_by_NID(name, NID_organizationalUnitName, at) >= 0)
        return {};
    unsigned char* utf8 = nullptr;
    const int len = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, at)));
    if (len < 0)
        return {};
    const QString unit = QString::fromUtf8(reinterpret_cast<const char*>(utf8), len);
    OPENSSL_free(utf8);
    return unit;
}

QString SigningIdentity::roleOf(const QByteArray& certificatePem)
{
    // Exactly one organisational unit, and it names a role.
    const QString unit = unitOf(certificatePem);
    return unit.startsWith(roleUnitPrefix()) ? unit.mid(roleUnitPrefix().size()) : QString();
}

bool SigningIdentity::isWorkstation(const QByteArray& certificatePem)
{
    return unitOf(certificatePem) == workstationUnit();
}

QString SigningIdentity::workstationUnit()
{
    return QStringLiteral("LP Desk workstation");
}

Result<SigningIdentity> SigningIdentity::load(const SecureBytes& privateKeyDer, const QByteArray& certificateChainPem)
{
    SigningIdentity id;
    const unsigned char* p = privateKeyDer.data();
    id.d->key.reset(d2i_AutoPrivateKey(nullptr, &p, privateKeyDer.isize()));
    if (!id.d->key)
        return failure(QStringLiteral("the signing key does not load: ") + ossl::lastError());
    ossl::Bio bio = ossl::memBio(certificateChainPem);
    while (X509* cert = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr))
        id.d->chain.emplace_back(cert);
    ERR_clear_error();
    if (id.d->chain.empty())
        return failure(QStringLiteral("the signing certificate does not load"));
    if (X509_check_private_key(id.d->chain.front().get(), id.d->key.get()) != 1)
        return failure(QStringLiteral("the signing certificate does not match the signing key"));
    return id;
}

bool SigningIdentity::isValid() const
{
    return d && d->key && !d->chain.empty();
}

Result<QByteArray> SigningIdentity::signDer(QByteArrayView data) const
{
    if (!isValid())
        return failure(QStringLiteral("no signing identity"));
    ossl::MdCtx ctx(EVP_MD_CTX_new());
    std::size_t len = 0;
    if (EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, d->key.get()) != 1
        || EVP_DigestSign(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char*>(data.data()),
                          static_cast<std::size_t>(data.size()))
            != 1)
        return failure(QStringLiteral("signing failed: ") + ossl::lastError());
    QByteArray sig(static_cast<qsizetype>(len), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(sig.data()), &len,
                       reinterpret_cast<const unsigned char*>(data.data()), static_cast<std::size_t>(data.size()))
        != 1)
        return failure(QStringLiteral("signing failed: ") + ossl::lastError());
    sig.resize(static_cast<qsizetype>(len));
    return sig;
}

Result<QByteArray> SigningIdentity::signRaw(QByteArrayView data) const
{
    auto der = signDer(data);
    if (!der)
        return der.error();
    QByteArray raw = derToRaw(*der);
    if (raw.isEmpty())
        return failure(QStringLiteral("signature conversion failed"));
    return raw;
}

QByteArray SigningIdentity::derToRaw(QByteArrayView der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.data());
    ECDSA_SIG* sig = d2i_ECDSA_SIG(nullptr, &p, static_cast<long>(der.size()));
    if (!sig)
        return {};
    const BIGNUM* r = nullptr;
    const BIGNUM* s = nullptr;
    ECDSA_SIG_get0(sig, &r, &s);
    QByteArray raw(64, '\0');
    BN_bn2binpad(r, reinterpret_cast<unsigned char*>(raw.data()), 32);
    BN_bn2binpad(s, reinterpret_cast<unsigned char*>(raw.data()) + 32, 32);
    ECDSA_SIG_free(sig);
    return raw;
}

QByteArray SigningIdentity::rawToDer(QByteArrayView raw)
{
    if (raw.size() != 64)
        return {};
    ECDSA_SIG* sig = ECDSA_SIG_new();
    BIGNUM* r = BN_bin2bn(reinterpret_cast<const unsigned char*>(raw.data()), 32, nullptr);
    BIGNUM* s = BN_bin2bn(reinterpret_cast<const unsigned char*>(raw.data()) + 32, 32, nullptr);
    ECDSA_SIG_set0(sig, r, s);
    unsigned char* der = nullptr;
    const int len = i2d_ECDSA_SIG(sig, &der);
    QByteArray out = len > 0 ? QByteArray(reinterpret_cast<const char*>(der), len) : QByteArray();
    OPENSSL_free(der);
    ECDSA_SIG_free(sig);
    return out;
}

bool SigningIdentity::verifyDer(const QByteArray& certificatePem, QByteArrayView data, QByteArrayView signatureDer)
{
    ossl::Bio bio = ossl::memBio(certificatePem);
    ossl::X509Ptr cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    if (!cert)
        return false;
    EVP_PKEY* pub = X509_get0_pubkey(cert.get());
    ossl::MdCtx ctx(EVP_MD_CTX_new());
    const bool ok = EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, pub) == 1
        && EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(signatureDer.data()),
                            static_cast<std::size_t>(signatureDer.size()),
                            reinterpret_cast<const unsigned char*>(data.data()), static_cast<std::size_t>(data.size()))
            == 1;
    ERR_clear_error();
    return ok;
}

QByteArray SigningIdentity::certificatePem() const
{
    return isValid() ? certToPem(d->chain.front().get()) : QByteArray();
}

QByteArray SigningIdentity::chainPem() const
{
    QByteArray out;
    for (const auto& cert : d->chain)
        out += certToPem(cert.get());
    return out;
}

QString SigningIdentity::certificateFingerprint() const
{
    if (!isValid())
        return {};
    unsigned char md[32];
    unsigned int len = 0;
    X509_digest(d->chain.front().get(), EVP_sha256(), md, &len);
    return toHex(QByteArrayView(md, len));
}

QString SigningIdentity::subject() const
{
    if (!isValid())
        return {};
    char buf[512];
    X509_NAME_oneline(X509_get_subject_name(d->chain.front().get()), buf, sizeof buf);
    return QString::fromUtf8(buf);
}

void* SigningIdentity::opensslKey() const
{
    return d->key.get();
}

void* SigningIdentity::opensslCertificate() const
{
    return d->chain.empty() ? nullptr : d->chain.front().get();
}

QList<void*> SigningIdentity::opensslChain() const
{
    QList<void*> out;
    for (std::size_t i = 1; i < d->chain.size(); ++i)
        out.append(d->chain[i].get());
    return out;
}

} // namespace lpdesk

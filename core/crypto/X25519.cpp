#include "crypto/X25519.h"

#include "crypto/AesGcm.h"
#include "crypto/Kdf.h"
#include "crypto/Sha256.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <QCoreApplication>

#include <memory>

namespace lpdesk {

namespace {

struct PkeyDeleter
{
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyDeleter>;

QByteArray sealInfo(QByteArrayView context, QByteArrayView ephemeral, QByteArrayView recipient)
{
    QByteArray info("lpdesk-x25519-seal-v1");
    info.append(context);
    info.append(ephemeral);
    info.append(recipient);
    return info;
}

} // namespace

X25519KeyPair X25519::generate()
{
    X25519KeyPair pair;
    PkeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "X25519"));
    if (!key)
        return pair;
    pair.privateKey = SecureBytes(KeySize);
    std::size_t len = KeySize;
    EVP_PKEY_get_raw_private_key(key.get(), pair.privateKey.data(), &len);
    pair.publicKey.resize(KeySize);
    len = KeySize;
    EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char*>(pair.publicKey.data()), &len);
    return pair;
}

Result<QByteArray> X25519::publicFromPrivate(const SecureBytes& privateKey)
{
    if (privateKey.size() != KeySize)
        return failure(QStringLiteral("X25519 private key must be 32 bytes"));
    PkeyPtr key(EVP_PKEY_new_raw_private_key(EVP_PKEY_X25519, nullptr, privateKey.data(), privateKey.size()));
    if (!key)
        return failure(QStringLiteral("invalid X25519 private key"));
    QByteArray pub(KeySize, Qt::Uninitialized);
    std::size_t len = KeySize;
    EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char*>(pub.data()), &len);
    return pub;
}

Result<SecureBytes> X25519::agree(const SecureBytes& privateKey, QByteArrayView peerPublicKey)
{
    if (privateKey.size() != KeySize || peerPublicKey.size() != KeySize)
        return failure(QStringLiteral("X25519 keys must be 32 bytes"));
    PkeyPtr priv(EVP_PKEY_new_raw_private_key(EVP_PKEY_X25519, nullptr, privateKey.data(), privateKey.size()));
    PkeyPtr peer(EVP_PKEY_new_raw_public_key(EVP_PKEY_X25519, nullptr,
                                             reinterpret_cast<const unsigned char*>(peerPublicKey.data()), KeySize));
    if (!priv || !peer)
        return failure(QStringLiteral("invalid X25519 key"));
    EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new(priv.get(), nullptr);
    SecureBytes shared(KeySize);
    std::size_t len = KeySize;
    const bool ok = ctx && EVP_PKEY_derive_init(ctx) == 1 && EVP_PKEY_derive_set_peer(ctx, peer.get()) == 1
        && EVP_PKEY_derive(ctx, shared.data(), &len) == 1 && len == KeySize;
    EVP_PKEY_CTX_free(ctx);
    if (!ok)
        return failure(QStringLiteral("X25519 key agreement failed"));
    static const unsigned char zero[KeySize] = {};
    if (CRYPTO_memcmp(shared.data(), zero, KeySize) == 0)
        return failure(QStringLiteral("X25519 key agreement produced a degenerate secret"));
    return shared;
}

QByteArray X25519::keyId(QByteArrayView publicKey)
{
    return Sha256::hash(publicKey).left(16);
}

QByteArray X25519::seal(QByteArrayView recipientPublicKey, QByteArrayView context, const SecureBytes& secret)
{
    X25519KeyPair eph = generate();
    auto shared = agree(eph.privateKey, recipientPublicKey);
    if (!shared)
        return {};
    auto key = hkdfSha256(shared->view(), {}, sealInfo(context, eph.publicKey, recipientPublicKey), AesGcm::KeySize);
    if (!key)
        return {};
    QByteArray out = eph.publicKey;
    out.append(AesGcm::sealWithRandomNonce(*key, context, secret.view()));
    return out;
}

Result<SecureBytes> X25519::unseal(const X25519KeyPair& recipient, QByteArrayView context, QByteArrayView sealed)
{
    const auto bad = failure(QCoreApplication::translate("X25519", "Sealed key does not open (corrupt or not ours)."));
    if (sealed.size() < KeySize + AesGcm::NonceSize + AesGcm::TagSize)
        return bad;
    const QByteArrayView eph = sealed.first(KeySize);
    auto shared = agree(recipient.privateKey, eph);
    if (!shared)
        return bad;
    auto key = hkdfSha256(shared->view(), {}, sealInfo(context, eph, recipient.publicKey), AesGcm::KeySize);
    if (!key)
        return bad;
    SecureBytes out;
    if (!AesGcm::openCombined(*key, context, sealed.sliced(KeySize), out))
        return bad;
    return out;
}

const X25519KeyPair* X25519KeyPair::forKeyId(QByteArrayView keyId) const
{
    if (X25519::keyId(publicKey) == keyId)
        return this;
    if (retired)
        for (const X25519KeyPair& old : *retired)
            if (X25519::keyId(old.publicKey) == keyId)
                return &old;
    return nullptr;
}

} // namespace lpdesk

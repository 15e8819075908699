// X25519 key agreement (RFC 7748): the recipient keys stores encrypt media to, and the per-user keys that
// hold the database master key inside key slots.
#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>

#include <memory>
#include <vector>

namespace lpdesk {

struct X25519KeyPair
{
    SecureBytes privateKey; // 32 raw bytes
    QByteArray publicKey; // 32 raw bytes
    // Earlier recipient keys (retired by a key rotation), still needed to read files encrypted to them until they
    // are re-encrypted. New files are always encrypted to publicKey. Shared so that copies stay cheap.
    std::shared_ptr<const std::vector<X25519KeyPair>> retired;

    // This key or the retired one whose key id is keyId; null if none.
    const X25519KeyPair* forKeyId(QByteArrayView keyId) const;
};

class X25519
{
public:
    static constexpr int KeySize = 32;

    static X25519KeyPair generate();
    static Result<QByteArray> publicFromPrivate(const SecureBytes& privateKey);
    // Fails on an all-zero shared secret (a low-order peer key).
    static Result<SecureBytes> agree(const SecureBytes& privateKey, QByteArrayView peerPublicKey);
    // First 16 bytes of SHA-256 of the public key: how files name their recipient.
    static QByteArray keyId(QByteArrayView publicKey);

    // Encrypt a small secret to a public key (ephemeral X25519 + HKDF-SHA256 + AES-256-GCM);
    // output: ephemeral public key (32) ‖ nonce (12) ‖ ciphertext ‖ tag (16).
    static QByteArray seal(QByteArrayView recipientPublicKey, QByteArrayView context, const SecureBytes& secret);
    static Result<SecureBytes> unseal(const X25519KeyPair& recipient, QByteArrayView context, QByteArrayView sealed);
};

} // namespace lpdesk

#include "crypto/CryptoSelfTest.h"

#include "crypto/AesGcm.h"
#include "crypto/Kdf.h"
#include "crypto/Sha256.h"
#include "crypto/SigningIdentity.h"
#include "crypto/X25519.h"

#include <openssl/evp.h>

#include <mutex>

namespace lpdesk {

namespace {

QByteArray hex(const char* text)
{
    return QByteArray::fromHex(text);
}

SecureBytes secure(const QByteArray& bytes)
{
    return SecureBytes(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

Error selfTestFailed(const char* what)
{
    return failure(QStringLiteral("crypto self-test failed: %1").arg(QLatin1String(what)));
}

// Known answers, from the standards that define them.
Status selfTestHashes()
{
    // FIPS 180-2 "abc"
    if (Sha256::hash("abc") != hex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"))
        return selfTestFailed("SHA-256");
    // RFC 4231 test case 2
    if (hmacSha256("Jefe", "what do ya want for nothing?")
        != hex("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"))
        return selfTestFailed("HMAC-SHA256");
    // RFC 5869 test case 1
    {
        auto okm = hkdfSha256(hex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"), hex("000102030405060708090a0b0c"),
                              hex("f0f1f2f3f4f5f6f7f8f9"), 42);
        if (!okm
            || okm->view()
                != hex("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"))
            return selfTestFailed("HKDF-SHA256");
    }
    // RFC 7914 §12 first vector (N=16, r=1, p=1, empty password and salt)
    unsigned char out[64];
    if (EVP_PBE_scrypt("", 0, reinterpret_cast<const unsigned char*>(""), 0, 16, 1, 1, 0, out, sizeof out) != 1
        || QByteArrayView(out, 64)
            != hex("77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442fcd0069ded0948f8326a753a0fc81f"
                   "17e8d3e0fb2e0d3628cf35e20c38d18906"))
        return selfTestFailed("scrypt");
    return {};
}

// GCM specification, test case 16 (AES-256, 60-byte plaintext, AAD); a changed byte must fail the tag check.
Status selfTestAesGcm()
{
    const SecureBytes key = secure(hex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308"));
    const QByteArray iv = hex("cafebabefacedbaddecaf888");
    const QByteArray pt = hex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e"
                              "2449a6b525b16aedf5aa0de657ba637b39");
    const QByteArray aad = hex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
    const QByteArray expected = hex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3"
                                    "da7b08b1056828838c5f61e6393ba7a0abcc9f66276fc6ece0f4e1768cddf8853bb2d551b");
    AesGcm gcm(key);
    QByteArray out(pt.size() + AesGcm::TagSize, '\0');
    auto* o = reinterpret_cast<unsigned char*>(out.data());
    if (!gcm.seal(reinterpret_cast<const unsigned char*>(iv.constData()), aad,
                  reinterpret_cast<const unsigned char*>(pt.constData()), static_cast<std::size_t>(pt.size()), o)
        || out != expected)
        return selfTestFailed("AES-256-GCM encrypt");
    QByteArray back(pt.size(), '\0');
    if (!gcm.open(reinterpret_cast<const unsigned char*>(iv.constData()), aad, o, static_cast<std::size_t>(pt.size()),
                  reinterpret_cast<unsigned char*>(back.data()))
        || back != pt)
        return selfTestFailed("AES-256-GCM decrypt");
    out[3] = static_cast<char>(out[3] ^ 1);
    if (gcm.open(reinterpret_cast<const unsigned char*>(iv.constData()), aad, o, static_cast<std::size_t>(pt.size()),
                 reinterpret_cast<unsigned char*>(back.data())))
        return selfTestFailed("AES-256-GCM tag check");
    return {};
}

// RFC 7748 §6.1
Status selfTestX25519()
{
    const SecureBytes alice = secure(hex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a"));
    const QByteArray bobPub = hex("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f");
    auto pub = X25519::publicFromPrivate(alice);
    auto shared = X25519::agree(alice, bobPub);
    if (!pub || *pub != hex("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a") || !shared
        || shared->view() != hex("4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742"))
        return selfTestFailed("X25519");
    return {};
}

// ECDSA P-256 is randomised: pairwise consistency (sign, verify, reject a changed message).
Status selfTestEcdsa()
{
    auto generated = SigningIdentity::generate(QStringLiteral("self-test"), QStringLiteral("self-test"));
    if (!generated)
        return selfTestFailed("ECDSA P-256 key generation");
    auto id = SigningIdentity::load(generated->signingPrivateKeyDer, generated->signingCertificatePem);
    if (!id)
        return selfTestFailed("ECDSA P-256 key load");
    auto sig = id->signDer("lpdesk self-test");
    if (!sig || !SigningIdentity::verifyDer(generated->signingCertificatePem, "lpdesk self-test", *sig)
        || SigningIdentity::verifyDer(generated->signingCertificatePem, "lpdesk self-tesT", *sig))
        return selfTestFailed("ECDSA P-256 sign/verify");
    const QByteArray raw = SigningIdentity::derToRaw(*sig);
    if (raw.size() != 64 || SigningIdentity::rawToDer(raw) != *sig)
        return selfTestFailed("ECDSA signature encoding");
    return {};
}

Status runAll()
{
    for (Status (*step)() : {selfTestHashes, selfTestAesGcm, selfTestX25519, selfTestEcdsa})
        if (Status s = step(); !s)
            return s;
    return {};
}

} // namespace

Status CryptoSelfTest::run()
{
    static std::once_flag once;
    static Status result;
    std::call_once(once, [] { result = runAll(); });
    return result;
}

} // namespace lpdesk

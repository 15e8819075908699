#include "crypto/Kdf.h"
#include "crypto/KdfScaling.h"

#include "crypto/Random.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cmath>

namespace lpdesk {

bool Scrypt::validParams(const ScryptParams& params)
{
    return params.logN >= MinLogN && params.logN <= MaxLogN && params.r == 8 && params.p == 1
        && params.salt.size() >= 16 && params.salt.size() <= 64;
}

Result<SecureBytes> Scrypt::derive(const SecureBytes& passphrase, const ScryptParams& params, int keyLength)
{
    if (!validParams(params))
        return failure(QCoreApplication::translate("Scrypt", "Key derivation parameters are out of range."));
    SecureBytes out(static_cast<std::size_t>(keyLength));
    const quint64 maxmem = params.memoryBytes() + (16u << 20);
    const int rc = EVP_PBE_scrypt(
        passphrase.constChar(), passphrase.size(), reinterpret_cast<const unsigned char*>(params.salt.constData()),
        static_cast<std::size_t>(params.salt.size()), 1ull << params.logN, static_cast<quint64>(params.r),
        static_cast<quint64>(params.p), maxmem, out.data(), out.size());
    if (rc != 1)
        return failure(QCoreApplication::translate("Scrypt", "Key derivation failed (not enough memory?)."));
    return out;
}

ScryptParams Scrypt::tune(int targetMs)
{
    ScryptParams params;
    params.salt = randomBytes(32);
    params.logN = 12;
    SecureBytes probe("lpdesk-kdf-benchmark", 20);
    // Time a small cost and scale: scrypt's time is linear in N.
    QElapsedTimer timer;
    qint64 elapsedUs = 0;
    while (true) {
        timer.start();
        (void)derive(probe, params, 32);
        elapsedUs = std::max<qint64>(1, timer.nsecsElapsed() / 1000);
        if (elapsedUs > 20000 || params.logN >= 16)
            break;
        ++params.logN;
    }
    params.logN = scryptScaledLogN(params.logN, elapsedUs, targetMs);
    return params;
}

int scryptScaledLogN(int measuredLogN, qint64 elapsedUs, int targetMs)
{
    const double factor
        = (static_cast<double>(targetMs) * 1000.0) / static_cast<double>(std::max<qint64>(1, elapsedUs));
    const int extra = static_cast<int>(std::floor(std::log2(std::max(factor, 1e-9)) + 0.5));
    return std::clamp(measuredLogN + extra, Scrypt::MinLogN, Scrypt::MaxLogN);
}

Result<SecureBytes> hkdfSha256(QByteArrayView ikm, QByteArrayView salt, QByteArrayView info, int length)
{
    EVP_KDF* kdf = EVP_KDF_fetch(nullptr, "HKDF", nullptr);
    if (!kdf)
        return failure(QStringLiteral("HKDF unavailable"));
    EVP_KDF_CTX* ctx = EVP_KDF_CTX_new(kdf);
    EVP_KDF_free(kdf);
    if (!ctx)
        return failure(QStringLiteral("HKDF unavailable"));
    char digest[] = "SHA256";
    OSSL_PARAM params[5];
    int n = 0;
    params[n++] = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0);
    params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, const_cast<char*>(ikm.data()),
                                                    static_cast<std::size_t>(ikm.size()));
    if (!salt.isEmpty())
        params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<char*>(salt.data()),
                                                        static_cast<std::size_t>(salt.size()));
    if (!info.isEmpty())
        params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, const_cast<char*>(info.data()),
                                                        static_cast<std::size_t>(info.size()));
    params[n] = OSSL_PARAM_construct_end();
    SecureBytes out(static_cast<std::size_t>(length));
    const int rc = EVP_KDF_derive(ctx, out.data(), out.size(), params);
    EVP_KDF_CTX_free(ctx);
    if (rc != 1)
        return failure(QStringLiteral("HKDF derivation failed"));
    return out;
}

} // namespace lpdesk

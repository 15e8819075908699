// Key derivation: scrypt for passphrases (cost tuned to a target time on this machine) and HKDF-SHA256
// for deriving independent keys from a shared secret.
#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>

namespace lpdesk {

struct ScryptParams
{
    int logN = 15; // N = 2^logN
    int r = 8;
    int p = 1;
    QByteArray salt;

    quint64 memoryBytes() const { return 128ull * static_cast<quint64>(r) * (1ull << logN) * static_cast<quint64>(p); }
};

class Scrypt
{
public:
    // Bounds accepted from a slot file; anything outside is refused as corrupt or hostile.
    static constexpr int MinLogN = 10;
    // The tuned range: tune() never goes past 2^20 with r = 8, p = 1 (1 GiB); a slot asking for more is hostile.
    static constexpr int MaxLogN = 20;

    static Result<SecureBytes> derive(const SecureBytes& passphrase, const ScryptParams& params, int keyLength);
    // Parameters whose derivation takes about targetMs here (r = 8, p = 1, logN within the bounds).
    static ScryptParams tune(int targetMs);
    static bool validParams(const ScryptParams& params);
};

// HKDF-SHA256 (RFC 5869).
Result<SecureBytes> hkdfSha256(QByteArrayView ikm, QByteArrayView salt, QByteArrayView info, int length);

} // namespace lpdesk

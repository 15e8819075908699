// Passwords for encrypted (WinZip AES-256) USB packages. WinZip AE-2 derives the key with only 1,000 PBKDF2
// iterations, so the password itself must carry the strength: LP Desk generates one with 130 bits of randomness
// (26 characters of Crockford base32, in groups of five), shown once, unless the person types a longer one
// (at least MinChosenLength characters).
#pragma once

#include "crypto/SecureBytes.h"

namespace lpdesk {

struct PackagePassword
{
    static constexpr int MinChosenLength = 20;
    // e.g. "7KQ2M-X9D4T-..." (26 symbols, 130 bits, dashes between groups of five).
    static SecureBytes generate();
};

} // namespace lpdesk

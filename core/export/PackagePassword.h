// Passwords for encrypted (WinZip AES-256) USB packages. WinZip AE-2 derives the key with only 1,000 PBKDF2
// iterations, so the password itself must carry the strength: LP Desk generates one with 130 bits of randomness
// (26 characters of Crockford base32, in groups of five), shown once, unless the person types a longer one
// (at least MinChosenLength characters). Only the legal reviewer who approved the release may choose one.
#pragma once

#include "crypto/SecureBytes.h"

#include <QString>

namespace lpdesk {

struct Session;

struct PackagePassword
{
    static constexpr int MinChosenLength = 20;
    // e.g. "7KQ2M-X9D4T-..." (26 symbols, 130 bits, dashes between groups of five).
    static SecureBytes generate();
    // Whether the person signed in may choose the password of a release decided by decidedBy (otherwise one is
    // generated): a role the permission table lets decide releases, and the reviewer who decided it. The export
    // dialog offers its password field only then; PackageBuilder also requires the approval's signer to be them.
    static bool mayChoose(const Session& session, const QString& decidedBy);
};

} // namespace lpdesk

// Cryptographically secure random bytes from OpenSSL's DRBG.
#pragma once

#include "crypto/SecureBytes.h"

#include <QByteArray>

namespace lpdesk {

QByteArray randomBytes(int count);
SecureBytes randomSecret(std::size_t count);
// A random RFC 4122 version-4 UUID in lowercase text form, without braces.
QString randomUuid();

} // namespace lpdesk

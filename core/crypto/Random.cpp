#include "crypto/Random.h"

#include <openssl/rand.h>

#include <QUuid>

#include <stdexcept>

namespace lpdesk {

QByteArray randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (count > 0 && RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), count) != 1)
        throw std::runtime_error("RAND_bytes failed");
    return out;
}

SecureBytes randomSecret(std::size_t count)
{
    SecureBytes out(count);
    if (count > 0 && RAND_bytes(out.data(), static_cast<int>(count)) != 1)
        throw std::runtime_error("RAND_bytes failed");
    return out;
}

QString randomUuid()
{
    QByteArray b = randomBytes(16);
    b[6] = static_cast<char>((b[6] & 0x0f) | 0x40);
    b[8] = static_cast<char>((b[8] & 0x3f) | 0x80);
    return QUuid::fromRfc4122(b).toString(QUuid::WithoutBraces);
}

} // namespace lpdesk

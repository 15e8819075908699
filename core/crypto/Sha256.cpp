#include "crypto/Sha256.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <stdexcept>

namespace lpdesk {

Sha256::Sha256() : m_ctx(EVP_MD_CTX_new())
{
    if (!m_ctx)
        throw std::bad_alloc();
    reset();
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_ctx);
}

void Sha256::reset()
{
    EVP_DigestInit_ex(m_ctx, EVP_sha256(), nullptr);
}

void Sha256::addData(QByteArrayView data)
{
    addData(data.data(), static_cast<std::size_t>(data.size()));
}

void Sha256::addData(const void* data, std::size_t size)
{
    if (size)
        EVP_DigestUpdate(m_ctx, data, size);
}

QByteArray Sha256::result()
{
    QByteArray out(Size, Qt::Uninitialized);
    unsigned int len = 0;
    EVP_DigestFinal_ex(m_ctx, reinterpret_cast<unsigned char*>(out.data()), &len);
    reset();
    return out;
}

QByteArray Sha256::hash(QByteArrayView data)
{
    QByteArray out(Size, Qt::Uninitialized);
    EVP_Digest(data.data(), static_cast<std::size_t>(data.size()), reinterpret_cast<unsigned char*>(out.data()),
               nullptr, EVP_sha256(), nullptr);
    return out;
}

QString Sha256::hashHex(QByteArrayView data)
{
    return toHex(hash(data));
}

QByteArray hmacSha256(QByteArrayView key, QByteArrayView data)
{
    QByteArray out(Sha256::Size, Qt::Uninitialized);
    unsigned int len = 0;
    HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()), reinterpret_cast<const unsigned char*>(data.data()),
         static_cast<std::size_t>(data.size()), reinterpret_cast<unsigned char*>(out.data()), &len);
    return out;
}

QString toHex(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.toByteArray().toHex());
}

QByteArray fromHexStrict(QStringView hex, int expectedBytes)
{
    if (hex.size() != expectedBytes * 2)
        return {};
    QByteArray out;
    out.reserve(expectedBytes);
    auto nibble = [](QChar c) -> int {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9')
            return u - u'0';
        if (u >= u'a' && u <= u'f')
            return u - u'a' + 10;
        if (u >= u'A' && u <= u'F')
            return u - u'A' + 10;
        return -1;
    };
    for (qsizetype i = 0; i < hex.size(); i += 2) {
        const int hi = nibble(hex[i]);
        const int lo = nibble(hex[i + 1]);
        if (hi < 0 || lo < 0)
            return {};
        out.append(static_cast<char>((hi << 4) | lo));
    }
    return out;
}

} // namespace lpdesk

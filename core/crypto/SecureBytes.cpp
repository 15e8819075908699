#include "crypto/SecureBytes.h"

#include <openssl/crypto.h>

#include <sys/mman.h>

#include <cstdlib>
#include <cstring>
#include <new>

namespace lpdesk {

namespace {

unsigned char* allocateLocked(std::size_t size)
{
    if (size == 0)
        return nullptr;
    auto* p = static_cast<unsigned char*>(std::calloc(1, size));
    if (!p)
        throw std::bad_alloc();
    // Keep key material out of swap where the OS allows; failure (RLIMIT_MEMLOCK) is not fatal.
    (void)::mlock(p, size);
    return p;
}

void releaseLocked(unsigned char* p, std::size_t size)
{
    if (!p)
        return;
    OPENSSL_cleanse(p, size);
    (void)::munlock(p, size);
    std::free(p);
}

} // namespace

SecureBytes::SecureBytes(std::size_t size) : m_data(allocateLocked(size)), m_size(size)
{ }

SecureBytes::SecureBytes(const void* data, std::size_t size) : SecureBytes(size)
{
    if (size)
        std::memcpy(m_data, data, size);
}

SecureBytes::~SecureBytes()
{
    clear();
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept : m_data(other.m_data), m_size(other.m_size)
{
    other.m_data = nullptr;
    other.m_size = 0;
}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = other.m_data;
        m_size = other.m_size;
        other.m_data = nullptr;
        other.m_size = 0;
    }
    return *this;
}

SecureBytes SecureBytes::takeFrom(QByteArray& source)
{
    SecureBytes out(source.constData(), static_cast<std::size_t>(source.size()));
    wipe(source);
    source.truncate(0); // keeps the (now zeroed) buffer, so that a test can see it was wiped
    return out;
}

SecureBytes SecureBytes::fromPassphrase(QString& passphrase)
{
    QByteArray utf8 = passphrase.toUtf8();
    SecureBytes out = takeFrom(utf8);
    wipe(passphrase);
    passphrase.truncate(0);
    return out;
}

SecureBytes SecureBytes::clone() const
{
    return SecureBytes(m_data, m_size);
}

void SecureBytes::clear()
{
    releaseLocked(m_data, m_size);
    m_data = nullptr;
    m_size = 0;
}

bool SecureBytes::equals(const SecureBytes& other) const
{
    if (m_size != other.m_size)
        return false;
    return m_size == 0 || CRYPTO_memcmp(m_data, other.m_data, m_size) == 0;
}

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty() && !bytes.isDetached())
        return; // shared storage: wiping would alter other owners' data; nothing we own to wipe
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), static_cast<std::size_t>(bytes.size()));
}

void wipe(QString& text)
{
    if (!text.isEmpty() && text.isDetached())
        OPENSSL_cleanse(text.data(), static_cast<std::size_t>(text.size()) * sizeof(QChar));
}

} // namespace lpdesk

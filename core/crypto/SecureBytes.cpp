#include "crypto/SecureBytes.h"

#include <openssl/crypto.h>

#include <sys/mman.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <new>

namespace lpdesk {

namespace {

std::size_t pagesFor(std::size_t size)
{
    static const std::size_t page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
    return (size + page - 1) / page * page;
}

// Each buffer gets pages of its own (an anonymous mapping), so unlocking one never unlocks another's key
// material: munlock works on whole pages, and two heap allocations can share one. The pages are kept out of swap
// where the OS allows (RLIMIT_MEMLOCK; failure is not fatal) and out of core dumps.
unsigned char* allocateLocked(std::size_t size)
{
    if (size == 0)
        return nullptr;
    void* p = ::mmap(nullptr, pagesFor(size), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        throw std::bad_alloc();
    (void)::mlock(p, pagesFor(size));
    (void)::madvise(p, pagesFor(size), MADV_DONTDUMP);
    return static_cast<unsigned char*>(p); // anonymous pages start as zeros
}

void releaseLocked(unsigned char* p, std::size_t size)
{
    if (!p)
        return;
    OPENSSL_cleanse(p, size);
    (void)::munmap(p, pagesFor(size)); // unlocks and returns only this buffer's own pages
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

SecureBytes SecureBytes::takeFromEnvironment(const char* name, bool* found)
{
    char* value = std::getenv(name);
    if (found)
        *found = value != nullptr;
    if (!value)
        return {};
    const std::size_t length = std::strlen(value);
    SecureBytes out(value, length);
    ::explicit_bzero(value, length);
    ::unsetenv(name);
    // getenv points just past "NAME=" in the entry, which unsetenv only unlinks: the process's environment block
    // would still name the variable. Nothing refers to the entry any more.
    const std::size_t nameLength = std::strlen(name);
    char* entry = value - nameLength - 1;
    if (std::strncmp(entry, name, nameLength) == 0 && entry[nameLength] == '=')
        ::explicit_bzero(entry, nameLength + 1);
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

// SecureBytes: a byte buffer for key material and passphrases that is locked in RAM where the OS allows
// and wiped with OPENSSL_cleanse when freed or resized. Copying is explicit (clone()).
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstddef>

namespace lpdesk {

class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    SecureBytes(const void* data, std::size_t size);
    ~SecureBytes();

    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;

    // Takes the bytes of a QByteArray and wipes the source (its detached copy, if shared).
    static SecureBytes takeFrom(QByteArray& source);
    // UTF-8 of a passphrase; wipes the QString's buffer afterwards where it owns it.
    static SecureBytes fromPassphrase(QString& passphrase);
    // Takes an environment variable's value out of the process environment: the value and the whole "NAME=" entry
    // are overwritten (so /proc/<pid>/environ and child processes carry neither) and the variable is unset.
    // `found` says whether it was set (an empty value is set).
    static SecureBytes takeFromEnvironment(const char* name, bool* found = nullptr);

    SecureBytes clone() const;
    void clear();

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    const char* constChar() const { return reinterpret_cast<const char*>(m_data); }
    std::size_t size() const { return m_size; }
    int isize() const { return static_cast<int>(m_size); }
    bool isEmpty() const { return m_size == 0; }
    QByteArrayView view() const { return QByteArrayView(m_data, static_cast<qsizetype>(m_size)); }

    // Constant-time comparison.
    bool equals(const SecureBytes& other) const;

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

// Wipe a QByteArray's storage in place (best effort: only its own, detached buffer).
void wipe(QByteArray& bytes);
void wipe(QString& text);

} // namespace lpdesk

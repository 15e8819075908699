// WinZip AES (AE-2) for one ZIP entry, shared by the package writer and reader (zip/ZipArchive.h).
#pragma once

#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QtGlobal>

#include <openssl/evp.h>

namespace lpdesk {

namespace zip {
constexpr int AesSaltSize = 16;
constexpr int AesMacSize = 10;
constexpr int AesKeySize = 32;
} // namespace zip

// PBKDF2-HMAC-SHA1 (1000 rounds) gives the AES key, the HMAC-SHA1 key and a 2-byte password check; data is AES-CTR
// with a little-endian counter starting at 1; the HMAC covers the ciphertext.
class WinZipAes
{
public:
    WinZipAes() = default;
    ~WinZipAes();
    Q_DISABLE_COPY(WinZipAes)

    bool init(const SecureBytes& password, const QByteArray& salt);
    QByteArray verifier() const;
    // Encrypts or decrypts in place (CTR is symmetric); the MAC always covers the ciphertext.
    bool encrypt(char* data, qsizetype size);
    bool decrypt(char* data, qsizetype size);
    QByteArray mac();

private:
    bool crypt(char* data, qsizetype size);

    unsigned char m_keys[2 * zip::AesKeySize + 2] {};
    EVP_CIPHER_CTX* m_ctx = nullptr;
    EVP_MAC* m_mac = nullptr;
    EVP_MAC_CTX* m_macCtx = nullptr;
    quint64 m_counter = 0;
    QByteArray m_stream;
    qsizetype m_streamPos = 0;
};

} // namespace lpdesk

#include "crypto/WinZipAes.h"

#include <QtEndian>

#include <openssl/crypto.h>

#include <algorithm>

namespace lpdesk {

using zip::AesKeySize;
using zip::AesMacSize;

WinZipAes::~WinZipAes()
{
    EVP_CIPHER_CTX_free(m_ctx);
    EVP_MAC_CTX_free(m_macCtx);
    EVP_MAC_free(m_mac);
    OPENSSL_cleanse(m_keys, sizeof m_keys);
}

bool WinZipAes::init(const SecureBytes& password, const QByteArray& salt)
{
    if (PKCS5_PBKDF2_HMAC_SHA1(password.constChar(), password.isize(),
                               reinterpret_cast<const unsigned char*>(salt.constData()), static_cast<int>(salt.size()),
                               1000, static_cast<int>(sizeof m_keys), m_keys)
        != 1)
        return false;
    m_ctx = EVP_CIPHER_CTX_new();
    if (!m_ctx || EVP_EncryptInit_ex(m_ctx, EVP_aes_256_ecb(), nullptr, m_keys, nullptr) != 1)
        return false;
    EVP_CIPHER_CTX_set_padding(m_ctx, 0);
    m_mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    m_macCtx = m_mac ? EVP_MAC_CTX_new(m_mac) : nullptr;
    char digest[] = "SHA1";
    OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string("digest", digest, 0), OSSL_PARAM_construct_end()};
    return m_macCtx && EVP_MAC_init(m_macCtx, m_keys + AesKeySize, AesKeySize, params) == 1;
}

QByteArray WinZipAes::verifier() const
{
    return QByteArray(reinterpret_cast<const char*>(m_keys + 2 * AesKeySize), 2);
}

bool WinZipAes::encrypt(char* data, qsizetype size)
{
    if (!crypt(data, size))
        return false;
    return EVP_MAC_update(m_macCtx, reinterpret_cast<const unsigned char*>(data), static_cast<size_t>(size)) == 1;
}

bool WinZipAes::decrypt(char* data, qsizetype size)
{
    if (EVP_MAC_update(m_macCtx, reinterpret_cast<const unsigned char*>(data), static_cast<size_t>(size)) != 1)
        return false;
    return crypt(data, size);
}

QByteArray WinZipAes::mac()
{
    unsigned char out[EVP_MAX_MD_SIZE];
    size_t len = 0;
    if (EVP_MAC_final(m_macCtx, out, &len, sizeof out) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char*>(out), AesMacSize);
}

bool WinZipAes::crypt(char* data, qsizetype size)
{
    qsizetype done = 0;
    while (done < size) {
        if (m_streamPos == m_stream.size()) {
            // A batch of counter blocks, encrypted in one call.
            constexpr int Blocks = 4096;
            QByteArray counters(Blocks * 16, '\0');
            for (int i = 0; i < Blocks; ++i) {
                ++m_counter;
                qToLittleEndian<quint64>(m_counter, counters.data() + i * 16);
            }
            m_stream.resize(counters.size());
            int outLen = 0;
            if (EVP_EncryptUpdate(m_ctx, reinterpret_cast<unsigned char*>(m_stream.data()), &outLen,
                                  reinterpret_cast<const unsigned char*>(counters.constData()),
                                  static_cast<int>(counters.size()))
                    != 1
                || outLen != counters.size())
                return false;
            m_streamPos = 0;
        }
        const qsizetype n = std::min(size - done, m_stream.size() - m_streamPos);
        // Plain pointers (QByteArray's non-const operator[] checks for a detach on every byte): the compiler
        // turns this into wide XORs.
        const auto* key = reinterpret_cast<const unsigned char*>(m_stream.constData()) + m_streamPos;
        auto* out = reinterpret_cast<unsigned char*>(data) + done;
        for (qsizetype i = 0; i < n; ++i)
            out[i] ^= key[i];
        done += n;
        m_streamPos += n;
    }
    return true;
}

} // namespace lpdesk

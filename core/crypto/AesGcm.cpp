#include "crypto/AesGcm.h"

#include "crypto/Random.h"

#include <openssl/evp.h>

namespace lpdesk {

AesGcm::AesGcm(const SecureBytes& key)
{
    if (key.size() != KeySize)
        return;
    m_encCtx = EVP_CIPHER_CTX_new();
    m_decCtx = EVP_CIPHER_CTX_new();
    if (!m_encCtx || !m_decCtx || EVP_EncryptInit_ex(m_encCtx, EVP_aes_256_gcm(), nullptr, key.data(), nullptr) != 1
        || EVP_DecryptInit_ex(m_decCtx, EVP_aes_256_gcm(), nullptr, key.data(), nullptr) != 1) {
        EVP_CIPHER_CTX_free(m_encCtx);
        EVP_CIPHER_CTX_free(m_decCtx);
        m_encCtx = m_decCtx = nullptr;
    }
}

AesGcm::~AesGcm()
{
    EVP_CIPHER_CTX_free(m_encCtx); // OpenSSL cleanses the key schedule on free
    EVP_CIPHER_CTX_free(m_decCtx);
}

bool AesGcm::seal(const unsigned char* nonce, QByteArrayView aad, const unsigned char* in, std::size_t size,
                  unsigned char* out)
{
    if (!isValid() || EVP_EncryptInit_ex(m_encCtx, nullptr, nullptr, nullptr, nonce) != 1)
        return false;
    int len = 0;
    if (!aad.isEmpty()
        && EVP_EncryptUpdate(m_encCtx, nullptr, &len, reinterpret_cast<const unsigned char*>(aad.data()),
                             static_cast<int>(aad.size()))
            != 1)
        return false;
    if (size && EVP_EncryptUpdate(m_encCtx, out, &len, in, static_cast<int>(size)) != 1)
        return false;
    int finalLen = 0;
    if (EVP_EncryptFinal_ex(m_encCtx, out + size, &finalLen) != 1)
        return false;
    return EVP_CIPHER_CTX_ctrl(m_encCtx, EVP_CTRL_GCM_GET_TAG, TagSize, out + size) == 1;
}

bool AesGcm::open(const unsigned char* nonce, QByteArrayView aad, const unsigned char* in, std::size_t size,
                  unsigned char* out)
{
    if (!isValid() || EVP_DecryptInit_ex(m_decCtx, nullptr, nullptr, nullptr, nonce) != 1)
        return false;
    int len = 0;
    if (!aad.isEmpty()
        && EVP_DecryptUpdate(m_decCtx, nullptr, &len, reinterpret_cast<const unsigned char*>(aad.data()),
                             static_cast<int>(aad.size()))
            != 1)
        return false;
    if (size && EVP_DecryptUpdate(m_decCtx, out, &len, in, static_cast<int>(size)) != 1)
        return false;
    if (EVP_CIPHER_CTX_ctrl(m_decCtx, EVP_CTRL_GCM_SET_TAG, TagSize, const_cast<unsigned char*>(in + size)) != 1)
        return false;
    int finalLen = 0;
    return EVP_DecryptFinal_ex(m_decCtx, out + size, &finalLen) == 1;
}

QByteArray AesGcm::sealWithRandomNonce(const SecureBytes& key, QByteArrayView aad, QByteArrayView plaintext)
{
    AesGcm gcm(key);
    if (!gcm.isValid())
        return {};
    QByteArray out = randomBytes(NonceSize);
    out.resize(NonceSize + plaintext.size() + TagSize);
    auto* o = reinterpret_cast<unsigned char*>(out.data());
    if (!gcm.seal(o, aad, reinterpret_cast<const unsigned char*>(plaintext.data()),
                  static_cast<std::size_t>(plaintext.size()), o + NonceSize))
        return {};
    return out;
}

bool AesGcm::openCombined(const SecureBytes& key, QByteArrayView aad, QByteArrayView combined, SecureBytes& out)
{
    if (combined.size() < NonceSize + TagSize)
        return false;
    AesGcm gcm(key);
    const auto size = static_cast<std::size_t>(combined.size() - NonceSize - TagSize);
    SecureBytes plain(size);
    const auto* in = reinterpret_cast<const unsigned char*>(combined.data());
    // open() writes into out before the tag check; a zero-size message still needs a valid pointer.
    unsigned char scratch = 0;
    if (!gcm.open(in, aad, in + NonceSize, size, size ? plain.data() : &scratch))
        return false;
    out = std::move(plain);
    return true;
}

} // namespace lpdesk

// AES-256-GCM with a key set once and a fresh nonce per message: the AEAD behind key slots and .lpenc chunks.
#pragma once

#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QByteArrayView>

struct evp_cipher_ctx_st;

namespace lpdesk {

class AesGcm
{
public:
    static constexpr int KeySize = 32;
    static constexpr int NonceSize = 12;
    static constexpr int TagSize = 16;

    explicit AesGcm(const SecureBytes& key);
    ~AesGcm();
    AesGcm(const AesGcm&) = delete;
    AesGcm& operator=(const AesGcm&) = delete;

    bool isValid() const { return m_encCtx && m_decCtx; }

    // out receives size bytes of ciphertext followed by the 16-byte tag (out must hold size + 16).
    bool seal(const unsigned char* nonce, QByteArrayView aad, const unsigned char* in, std::size_t size,
              unsigned char* out);
    // in holds size bytes of ciphertext followed by the tag; out receives size bytes. False if not authentic.
    bool open(const unsigned char* nonce, QByteArrayView aad, const unsigned char* in, std::size_t size,
              unsigned char* out);

    // Convenience for small messages: nonce ‖ ciphertext ‖ tag.
    static QByteArray sealWithRandomNonce(const SecureBytes& key, QByteArrayView aad, QByteArrayView plaintext);
    static bool openCombined(const SecureBytes& key, QByteArrayView aad, QByteArrayView combined, SecureBytes& out);

private:
    evp_cipher_ctx_st* m_encCtx = nullptr;
    evp_cipher_ctx_st* m_decCtx = nullptr;
};

} // namespace lpdesk

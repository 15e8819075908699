// Streaming SHA-256 and HMAC-SHA256 over OpenSSL's EVP interface, plus hex helpers.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

struct evp_md_ctx_st;

namespace lpdesk {

class Sha256
{
public:
    static constexpr int Size = 32;

    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void addData(QByteArrayView data);
    void addData(const void* data, std::size_t size);
    QByteArray result(); // raw 32 bytes; the object is reset afterwards
    void reset();

    static QByteArray hash(QByteArrayView data);
    static QString hashHex(QByteArrayView data);

private:
    evp_md_ctx_st* m_ctx;
};

QByteArray hmacSha256(QByteArrayView key, QByteArrayView data);

QString toHex(QByteArrayView bytes);
// Strict lowercase/uppercase hex of an exact byte length; empty on any error.
QByteArray fromHexStrict(QStringView hex, int expectedBytes);

} // namespace lpdesk

#include "crypto/Timestamp.h"

#include "common/BlockingHttp.h"
#include "crypto/OpenSslPtr.h"
#include "crypto/Random.h"
#include "crypto/Sha256.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ts.h>

#include <cstring>
#include <memory>

namespace lpdesk {

namespace {

using TsReq = std::unique_ptr<TS_REQ, ossl::Deleter<TS_REQ_free>>;
using TsResp = std::unique_ptr<TS_RESP, ossl::Deleter<TS_RESP_free>>;
using TsVerify = std::unique_ptr<TS_VERIFY_CTX, ossl::Deleter<TS_VERIFY_CTX_free>>;

// A store with every certificate in the PEM text; null when there is none.
ossl::X509Store storeOf(const QByteArray& pem, int* count)
{
    ossl::X509Store store(X509_STORE_new());
    ossl::Bio bio = ossl::memBio(pem);
    *count = 0;
    while (X509* cert = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
        X509_STORE_add_cert(store.get(), cert);
        X509_free(cert);
        ++*count;
    }
    ERR_clear_error();
    return store;
}

QByteArray der(const TS_REQ* req)
{
    unsigned char* out = nullptr;
    const int len = i2d_TS_REQ(req, &out);
    if (len <= 0)
        return {};
    QByteArray bytes(reinterpret_cast<const char*>(out), len);
    OPENSSL_free(out);
    return bytes;
}

QString generalizedTime(const ASN1_GENERALIZEDTIME* t)
{
    struct tm tm
    {
    };
    if (!t || ASN1_TIME_to_tm(t, &tm) != 1)
        return {};
    return QStringLiteral("%1-%2-%3T%4:%5:%6Z")
        .arg(tm.tm_year + 1900, 4, 10, QLatin1Char('0'))
        .arg(tm.tm_mon + 1, 2, 10, QLatin1Char('0'))
        .arg(tm.tm_mday, 2, 10, QLatin1Char('0'))
        .arg(tm.tm_hour, 2, 10, QLatin1Char('0'))
        .arg(tm.tm_min, 2, 10, QLatin1Char('0'))
        .arg(tm.tm_sec, 2, 10, QLatin1Char('0'));
}

TimestampInfo describe(TS_RESP* resp)
{
    TimestampInfo info;
    TS_TST_INFO* tst = TS_RESP_get_tst_info(resp);
    if (!tst)
        return info;
    info.genTime = generalizedTime(TS_TST_INFO_get_time(tst));
    if (const ASN1_INTEGER* serial = TS_TST_INFO_get_serial(tst)) {
        BIGNUM* bn = ASN1_INTEGER_to_BN(serial, nullptr);
        if (bn) {
            char* hex = BN_bn2hex(bn);
            info.serial = QString::fromLatin1(hex);
            OPENSSL_free(hex);
            BN_free(bn);
        }
    }
    if (const ASN1_OBJECT* policy = TS_TST_INFO_get_policy_id(tst)) {
        char buf[128];
        OBJ_obj2txt(buf, sizeof buf, policy, 1);
        info.policy = QString::fromLatin1(buf);
    }
    PKCS7* token = TS_RESP_get_token(resp);
    if (token) {
        STACK_OF(PKCS7_SIGNER_INFO)* signers = PKCS7_get_signer_info(token);
        STACK_OF(X509)* certs = token->d.sign ? token->d.sign->cert : nullptr;
        if (signers && sk_PKCS7_SIGNER_INFO_num(signers) == 1 && certs) {
            PKCS7_ISSUER_AND_SERIAL* ias = sk_PKCS7_SIGNER_INFO_value(signers, 0)->issuer_and_serial;
            X509* signer = X509_find_by_issuer_and_serial(certs, ias->issuer, ias->serial);
            if (signer) {
                char name[512];
                X509_NAME_oneline(X509_get_subject_name(signer), name, sizeof name);
                info.tsaName = QString::fromUtf8(name);
            }
        }
    }
    return info;
}

Result<TimestampInfo> check(const QByteArray& responseDer, TS_VERIFY_CTX* ctx)
{
    const auto* p = reinterpret_cast<const unsigned char*>(responseDer.constData());
    TsResp resp(d2i_TS_RESP(nullptr, &p, static_cast<long>(responseDer.size())));
    if (!resp || p != reinterpret_cast<const unsigned char*>(responseDer.constData()) + responseDer.size())
        return makeError(ErrorKind::Verification, Timestamp::tr("the time-stamp is not an RFC 3161 response"));
    if (TS_RESP_verify_response(ctx, resp.get()) != 1)
        return makeError(ErrorKind::Verification,
                         Timestamp::tr("the time-stamp does not verify (%1)").arg(ossl::lastError()));
    return describe(resp.get());
}

} // namespace

Status Timestamp::checkCaPem(const QByteArray& pem)
{
    int count = 0;
    storeOf(pem, &count);
    if (count == 0)
        return makeError(ErrorKind::Usage, tr("The TSA CA file holds no PEM certificate."));
    return {};
}

Result<QByteArray> Timestamp::request(const QUrl& tsa, const QByteArray& data, const QByteArray& tsaCaPem,
                                      const std::atomic_bool* cancel)
{
    if (!tsa.isValid() || (tsa.scheme() != QLatin1String("http") && tsa.scheme() != QLatin1String("https")))
        return makeError(ErrorKind::Usage, tr("The TSA address must be an http:// or https:// URL."));
    int cas = 0;
    ossl::X509Store store = storeOf(tsaCaPem, &cas);
    if (cas == 0)
        return makeError(ErrorKind::Usage, tr("No TSA CA certificate is configured to check the time-stamp against."));

    // The request: SHA-256 imprint, a random 64-bit nonce, and the TSA's certificate asked for.
    const QByteArray digest = Sha256::hash(data);
    TsReq req(TS_REQ_new());
    TS_MSG_IMPRINT* imprint = TS_MSG_IMPRINT_new();
    X509_ALGOR* algo = X509_ALGOR_new();
    X509_ALGOR_set0(algo, OBJ_nid2obj(NID_sha256), V_ASN1_NULL, nullptr);
    TS_MSG_IMPRINT_set_algo(imprint, algo);
    TS_MSG_IMPRINT_set_msg(imprint, reinterpret_cast<unsigned char*>(const_cast<char*>(digest.constData())),
                           static_cast<int>(digest.size()));
    TS_REQ_set_msg_imprint(req.get(), imprint);
    TS_MSG_IMPRINT_free(imprint);
    X509_ALGOR_free(algo);
    const QByteArray nonceBytes = randomBytes(8);
    BIGNUM* nonceBn = BN_bin2bn(reinterpret_cast<const unsigned char*>(nonceBytes.constData()), 8, nullptr);
    ASN1_INTEGER* nonce = BN_to_ASN1_INTEGER(nonceBn, nullptr);
    BN_free(nonceBn);
    TS_REQ_set_nonce(req.get(), nonce);
    ASN1_INTEGER_free(nonce);
    TS_REQ_set_version(req.get(), 1);
    TS_REQ_set_cert_req(req.get(), 1);
    const QByteArray body = der(req.get());
    if (body.isEmpty())
        return failure(tr("Cannot encode the time-stamp request: %1").arg(ossl::lastError()));

    // POST it and wait (bounded in time and size).
    QNetworkAccessManager nam;
    QNetworkRequest r(tsa);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/timestamp-query"));
    r.setRawHeader("Accept", "application/timestamp-reply");
    r.setTransferTimeout(TimeoutMs);
    const HttpAnswer answered = blockingHttp(nam, r, "POST", body, MaxResponseBytes, cancel);
    const QByteArray& answer = answered.body;
    const int status = answered.status;
    const QNetworkReply::NetworkError error = answered.error;
    const QString& errorText = answered.errorText;
    const bool tooLarge = answered.tooLarge;
    if (cancel && cancel->load())
        return makeError(ErrorKind::Cancelled, tr("Cancelled."));
    if (tooLarge)
        return failure(tr("The time-stamp authority answered with more than %1 bytes.").arg(MaxResponseBytes));
    if (error != QNetworkReply::NoError)
        return failure(tr("The time-stamp authority at %1 did not answer: %2").arg(tsa.toDisplayString(), errorText));
    if (status != 200)
        return failure(tr("The time-stamp authority at %1 answered HTTP %2.").arg(tsa.toDisplayString()).arg(status));

    // The answer must be for this request, granted, and signed by the pinned TSA.
    TsVerify ctx(TS_REQ_to_TS_VERIFY_CTX(req.get(), nullptr));
    if (!ctx)
        return failure(tr("Cannot prepare the time-stamp check: %1").arg(ossl::lastError()));
    TS_VERIFY_CTX_add_flags(ctx.get(), TS_VFY_SIGNATURE);
    TS_VERIFY_CTX_set_store(ctx.get(), store.release());
    auto checked = check(answer, ctx.get());
    if (!checked)
        return checked.error();
    return answer;
}

Result<TimestampInfo> Timestamp::verify(const QByteArray& responseDer, const QByteArray& data,
                                        const QByteArray& tsaCaPem)
{
    if (responseDer.size() > MaxResponseBytes)
        return makeError(ErrorKind::Verification, tr("the time-stamp is larger than any TSA answer"));
    int cas = 0;
    ossl::X509Store store = storeOf(tsaCaPem, &cas);
    if (cas == 0)
        return makeError(ErrorKind::Verification, tr("no TSA CA certificate to check the time-stamp against"));
    TsVerify ctx(TS_VERIFY_CTX_new());
    const QByteArray digest = Sha256::hash(data);
    auto* imprint = static_cast<unsigned char*>(OPENSSL_malloc(static_cast<size_t>(digest.size())));
    std::memcpy(imprint, digest.constData(), static_cast<size_t>(digest.size()));
    TS_VERIFY_CTX_set_imprint(ctx.get(), imprint, static_cast<long>(digest.size())); // takes ownership
    TS_VERIFY_CTX_set_flags(ctx.get(), TS_VFY_VERSION | TS_VFY_IMPRINT | TS_VFY_SIGNATURE);
    TS_VERIFY_CTX_set_store(ctx.get(), store.release());
    return check(responseDer, ctx.get());
}

} // namespace lpdesk

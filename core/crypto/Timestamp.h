// RFC 3161 time-stamp tokens for a package manifest: asking a time-stamp authority (TSA) over HTTP(S) for a token
// over SHA-256(manifest.json), checking its answer (granted, our imprint, our nonce, signed by a certificate that
// chains to the TSA CA we pinned, with the timeStamping key usage), and the same check offline. The answer is
// stored as manifest.json.tsr (a TimeStampResp), which police check with
// `openssl ts -verify -data manifest.json -in manifest.json.tsr -CAfile tsa-ca.pem`.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QUrl>

#include <atomic>

namespace lpdesk {

struct TimestampInfo
{
    QString genTime; // RFC 3339, UTC
    QString tsaName; // the signer's subject
    QString serial; // hex
    QString policy; // OID
};

class Timestamp
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::Timestamp)

public:
    static constexpr int TimeoutMs = 30000;
    static constexpr qint64 MaxResponseBytes = 256 * 1024;

    // Asks the TSA and verifies the answer against the request; returns the DER TimeStampResp.
    // Runs a local event loop: call it from a worker thread or a command-line program.
    static Result<QByteArray> request(const QUrl& tsa, const QByteArray& data, const QByteArray& tsaCaPem,
                                      const std::atomic_bool* cancel = nullptr);
    // Offline: the response is a granted token over SHA-256(data), signed by a certificate that chains to tsaCaPem.
    static Result<TimestampInfo> verify(const QByteArray& responseDer, const QByteArray& data,
                                        const QByteArray& tsaCaPem);
    // The settings an administrator configures (empty URL: no time-stamping).
    static Status checkCaPem(const QByteArray& pem);
};

} // namespace lpdesk

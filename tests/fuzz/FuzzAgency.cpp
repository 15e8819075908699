#include "FuzzAgency.h"

#include "submit/AgencyClient.h"

#include <QMetaEnum>
#include <QNetworkReply>

namespace lpdesk {

namespace {

// An agency's answer as the fuzzer writes it: a status line, lower-case headers (x-fuzz-error: the transport error
// number, x-fuzz-ssl: one TLS error each), an empty line, the body (the error text when the status is 0).
bool parseAgencyAnswer(const QByteArray& input, HttpAnswer* h)
{
    const qsizetype blank = input.indexOf("\n\n");
    const QList<QByteArray> head = input.left(blank < 0 ? input.size() : blank).split('\n');
    bool ok = false;
    h->status = head.first().toInt(&ok);
    if (!ok || h->status < 0 || h->status > 999)
        return false;
    h->body = blank < 0 ? QByteArray() : input.mid(blank + 2);
    for (qsizetype i = 1; i < head.size(); ++i) {
        const qsizetype colon = head[i].indexOf(':');
        const QByteArray name = head[i].left(colon).trimmed().toLower(), value = head[i].mid(colon + 1).trimmed();
        if (name == "x-fuzz-error") {
            // Only values Qt's enum has: anything else is not an answer Qt can give (and loading it is undefined,
            // which UBSan reports).
            const int code = value.toInt();
            if (!QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(code))
                return false;
            h->error = static_cast<QNetworkReply::NetworkError>(code);
        } else if (name == "x-fuzz-ssl")
            h->sslErrors << QString::fromUtf8(value);
        else
            h->headers.insert(name, value);
    }
    if (h->transportFailed())
        h->errorText = QString::fromUtf8(h->body);
    return true;
}

} // namespace

QList<QByteArray> agencyAnswerSeeds()
{
    return {"503\nretry-after: 120\ncontent-type: application/json\n\n{\"error\":\"maintenance\"}",
            "429\nretry-after: Wed, 25 Nov 2026 17:20:00 GMT\n\n{\"error\":\"slow down\"}",
            "408\n\n",
            "500\nretry-after: 99999999999\n\n<html><body>Internal Server Error</body></html>",
            "400\ncontent-type: application/json\n\n{\"error\":\"field 'narrative' is too long\"}",
            "409\n\n{\"error\":\"duplicate\",\"referral_id\":\"r-1\"}",
            "401\nwww-authenticate: Bearer error=\"invalid_token\"\n\n",
            "0\nx-fuzz-error: 99\n\nConnection refused",
            "0\nx-fuzz-error: 6\nx-fuzz-ssl: The issuer certificate of a locally looked up certificate could not be "
            "found\n\nSSL handshake failed"};
}

// Every outcome: a kind; a Retry-After only on a retry the agency asked to delay, within -1..86400 seconds; 408,
// 429, 5xx and network errors retried, TLS refusals and every other status final; the step named in the message.
const char* checkAgencyAnswer(const QByteArray& input, bool* accepted)
{
    HttpAnswer h;
    *accepted = parseAgencyAnswer(input, &h);
    if (!*accepted)
        return nullptr;
    const QString step = QStringLiteral("Uploading");
    const AgencyOutcome o = AgencyOutcome::fromAnswer(h, step);
    if (o.kind != AgencyOutcome::Retry && o.kind != AgencyOutcome::Fail)
        return "an agency outcome without a kind";
    if (o.retryAfter < -1 || o.retryAfter > 86400)
        return "an agency Retry-After outside -1..86400 seconds";
    if (o.kind == AgencyOutcome::Fail && o.retryAfter != -1)
        return "a final agency failure that carries a Retry-After";
    if (o.retryAfter >= 0 && !h.headers.contains("retry-after"))
        return "a Retry-After the agency did not send";
    const bool tls
        = h.transportFailed() && (!h.sslErrors.isEmpty() || h.error == QNetworkReply::SslHandshakeFailedError);
    const bool transient = h.transportFailed() ? !tls : h.status == 408 || h.status == 429 || h.status >= 500;
    if ((o.kind == AgencyOutcome::Retry) != transient)
        return transient ? "a transient agency answer is not retried" : "a final agency answer is retried";
    if (!o.message.startsWith(step + QLatin1Char(':')))
        return "an agency outcome whose message does not name the step";
    return nullptr;
}

} // namespace lpdesk

// The agency's end of a delivery (LP Desk agency protocol v1, docs/agency-protocol.md): TLS with the pinned CA (and
// the client certificate for mTLS), the API key or an OAuth 2 token on every request, RFC 9421 signed requests, and
// the rule that every address the agency hands back is on its own origin. Each answer becomes an AgencyOutcome: a
// typed retry (network errors, 5xx, 408, 429, with the agency's Retry-After) or a final failure.
#pragma once

#include "agencies/AgencyRegistry.h"
#include "common/BlockingHttp.h"
#include "common/Result.h"
#include "crypto/SigningIdentity.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QUrl>

#include <atomic>
#include <functional>

namespace lpdesk {

class CaseDatabase;

// What a step of a delivery came to when it did not succeed.
struct AgencyOutcome
{
    enum Kind { Retry, Fail } kind = Retry; // Retry: transient (backoff, or the agency's Retry-After); Fail: final
    QString message;
    int retryAfter = -1; // seconds, from the agency's Retry-After (-1: it did not say)

    // An answer that is not the one the step expected; step names the step in the message ("Uploading").
    static AgencyOutcome fromAnswer(const HttpAnswer& h, const QString& step);
    static AgencyOutcome fail(const QString& message) { return {Fail, message, -1}; }
};

class AgencyClient
{
public:
    explicit AgencyClient(const std::atomic_bool* cancel);

    // The agency's profile and secrets, the workstation's signing identity and (OAuth 2) an access token. known:
    // addresses an earlier attempt learnt from the agency, which must still be on its origin. endpoint: the
    // fingerprint legal approved (AgencyRegistry::endpointFingerprint); a profile without it is refused
    // (ErrorKind::Verification) before any connection.
    Status open(CaseDatabase& db, const QString& agencyId, const QStringList& known, const QString& endpoint);

    // Sends make()'s request; when an OAuth 2 agency refuses a token that expired meanwhile, fetches one and sends
    // make()'s request again.
    HttpAnswer exchange(const std::function<QNetworkRequest()>& make, const QByteArray& verb, const QByteArray& body);
    // A request with the pinned TLS configuration and the agency's credentials.
    QNetworkRequest request(const QUrl& url) const;
    // A JSON POST signed over the method, the address, the body's digest and the idempotency key.
    QNetworkRequest signedRequest(const QUrl& url, const QByteArray& body, const QByteArray& idempotencyKey) const;

    const QUrl& base() const { return m_base; }
    const AgencyProfile& agency() const { return m_agency; }
    bool sameOrigin(const QUrl& u) const;
    QString foreignOrigin(const QUrl& u) const; // the message for an address that is not

    // Ends a step with o: ErrorKind::Failed for a retry (its Retry-After kept in retryAfter()), Usage for a failure.
    Status stop(const AgencyOutcome& o);
    int retryAfter() const { return m_retryAfter; }

    static QSslConfiguration sslFor(const AgencyProfile& agency, const AgencyCredentials& secrets);
    // Retry-After as delay-seconds or an HTTP-date, in seconds from now (-1: absent or unreadable; at most a day).
    static int retryAfterSeconds(const QByteArray& value, const QDateTime& now);
    // One blocking exchange with the agency (answers capped at 1 MiB).
    static HttpAnswer call(QNetworkAccessManager& nam, const QNetworkRequest& request, const QByteArray& verb,
                           const QByteArray& body, const std::atomic_bool* cancel);

private:
    HttpAnswer fetchToken();

    const std::atomic_bool* m_cancel;
    AgencyProfile m_agency;
    AgencyCredentials m_secrets;
    SigningIdentity m_identity;
    QSslConfiguration m_ssl;
    QUrl m_base;
    QNetworkAccessManager m_nam;
    QByteArray m_bearer;
    int m_retryAfter = -1;
};

} // namespace lpdesk

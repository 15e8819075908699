#include "submit/AgencyClient.h"

#include "db/CaseDatabase.h"
#include "db/WorkstationKeys.h"
#include "submit/HttpSignature.h"
#include "submit/SubmissionService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSslKey>

#include <algorithm>

namespace lpdesk {

// RFC 9110 §10.2.3: delay-seconds or an HTTP-date; -1 when absent or unreadable, at most a day.
int AgencyClient::retryAfterSeconds(const QByteArray& value, const QDateTime& now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const qlonglong seconds = v.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : static_cast<int>(std::min<qlonglong>(seconds, 86400));
    // IMF-fixdate, e.g. "Wed, 25 Nov 2026 17:20:00 GMT"
    QString text = QString::fromLatin1(v);
    if (text.endsWith(QLatin1String(" GMT"))) // Qt's RFC 2822 parser wants a numeric zone
        text = text.chopped(4) + QStringLiteral(" +0000");
    const QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return static_cast<int>(std::clamp<qint64>(now.secsTo(when), 0, 86400));
}

AgencyOutcome AgencyOutcome::fromAnswer(const HttpAnswer& h, const QString& step)
{
    AgencyOutcome o;
    if (h.transportFailed()) {
        if (!h.sslErrors.isEmpty() || h.error == QNetworkReply::SslHandshakeFailedError) {
            o.kind = Fail;
            o.message = SubmissionService::tr("%1: the agency's TLS certificate was refused (%2). Check the CA pinned "
                                              "in the agency profile.")
                            .arg(step, h.sslErrors.isEmpty() ? h.errorText : h.sslErrors.join(QStringLiteral("; ")));
            return o;
        }
        o.message = SubmissionService::tr("%1: %2").arg(step, h.errorText);
        return o;
    }
    QString said = QJsonDocument::fromJson(h.body).object().value(QLatin1String("error")).toString();
    if (said.isEmpty())
        said = QString::fromUtf8(h.body.left(300)).simplified();
    o.message = SubmissionService::tr("%1: the agency answered HTTP %2%3")
                    .arg(step)
                    .arg(h.status)
                    .arg(said.isEmpty() ? QString() : QStringLiteral(": ") + said);
    if (h.status == 408 || h.status == 429 || h.status >= 500) {
        o.retryAfter = AgencyClient::retryAfterSeconds(h.headers.value("retry-after"), QDateTime::currentDateTimeUtc());
        return o;
    }
    o.kind = Fail;
    return o;
}

QSslConfiguration AgencyClient::sslFor(const AgencyProfile& agency, const AgencyCredentials& secrets)
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!agency.caPem.isEmpty())
        ssl.setCaCertificates(QSslCertificate::fromData(agency.caPem)); // pinned: only this CA
    else if (!agency.systemTrust)
        ssl.setCaCertificates({}); // neither: trust nothing (callers refuse such a profile before connecting)
    if (agency.auth == QLatin1String("mtls")) {
        ssl.setLocalCertificate(QSslCertificate(secrets.clientCertPem.view().toByteArray()));
        // QSslKey keeps its own copy (OpenSSL's); the PEM handed to it is wiped.
        QByteArray pem = secrets.clientKeyPem.view().toByteArray();
        QSslKey key(pem, QSsl::Ec);
        if (key.isNull())
            key = QSslKey(pem, QSsl::Rsa);
        wipe(pem);
        ssl.setPrivateKey(key);
    }
    return ssl;
}

HttpAnswer AgencyClient::call(QNetworkAccessManager& nam, const QNetworkRequest& request, const QByteArray& verb,
                              const QByteArray& body, const std::atomic_bool* cancel)
{
    constexpr qint64 MaxAnswerBytes = 1024 * 1024;
    return blockingHttp(nam, request, verb, body, MaxAnswerBytes, cancel);
}

AgencyClient::AgencyClient(const std::atomic_bool* cancel) : m_cancel(cancel)
{ }

Status AgencyClient::open(CaseDatabase& db, const QString& agencyId, const QStringList& known, const QString& endpoint)
{
    auto profile = AgencyRegistry(db).get(agencyId);
    if (!profile)
        return profile.error();
    m_agency = *profile;
    if (AgencyRegistry::endpointFingerprint(m_agency) != endpoint)
        return makeError(ErrorKind::Verification, AgencyRegistry::endpointNotApproved(agencyId));
    if (Status trusted = AgencyRegistry::checkTrust(m_agency); !trusted)
        return stop(AgencyOutcome::fail(trusted.errorMessage())); // fail closed: the submission fails, no retry
    auto stored = AgencyRegistry(db).secrets(agencyId);
    if (!stored)
        return stored.error();
    m_secrets = std::move(*stored);
    QSqlDatabase connection = db.connection();
    auto signer = WorkstationKeys::signingIdentity(connection);
    if (!signer)
        return signer.error();
    m_identity = std::move(*signer);
    m_ssl = sslFor(m_agency, m_secrets);
    m_base = QUrl(m_agency.baseUrl.endsWith(QLatin1Char('/')) ? m_agency.baseUrl : m_agency.baseUrl + QLatin1Char('/'));
    for (const QString& address : known)
        if (!address.isEmpty() && !sameOrigin(QUrl(address)))
            return stop(AgencyOutcome::fail(foreignOrigin(QUrl(address))));
    if (m_agency.auth == QLatin1String("oauth2")) {
        const HttpAnswer h = fetchToken();
        if (h.status != 200)
            return stop(AgencyOutcome::fromAnswer(h, SubmissionService::tr("Getting an access token")));
    }
    return {};
}

Status AgencyClient::stop(const AgencyOutcome& o)
{
    m_retryAfter = o.retryAfter;
    return makeError(o.kind == AgencyOutcome::Fail ? ErrorKind::Usage : ErrorKind::Failed, o.message);
}

QNetworkRequest AgencyClient::request(const QUrl& url) const
{
    QNetworkRequest r(url);
    r.setSslConfiguration(m_ssl);
    r.setTransferTimeout(60000);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (m_agency.auth == QLatin1String("apikey"))
        r.setRawHeader(m_agency.apiKeyHeader.toLatin1(), m_secrets.apiKey.view().toByteArray()); // Qt's copy
    if (!m_bearer.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + m_bearer);
    return r;
}

// RFC 6749 §4.4: client credentials with HTTP Basic client authentication; fetched per attempt and again once when
// the agency refuses a token that has expired meanwhile.
HttpAnswer AgencyClient::fetchToken()
{
    QNetworkRequest r = request(QUrl(m_agency.tokenUrl));
    r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
    QString secret = QString::fromUtf8(m_secrets.clientSecret.view());
    QByteArray encoded = QUrl::toPercentEncoding(secret);
    QByteArray credentials = QUrl::toPercentEncoding(m_agency.clientId) + ':' + encoded;
    QByteArray basic = credentials.toBase64();
    r.setRawHeader("Authorization", "Basic " + basic); // Qt's copy
    for (QByteArray* b : {&encoded, &credentials, &basic})
        wipe(*b);
    wipe(secret);
    HttpAnswer h = call(m_nam, r, "POST", "grant_type=client_credentials", m_cancel);
    m_bearer = QJsonDocument::fromJson(h.body).object().value(QLatin1String("access_token")).toString().toLatin1();
    if (h.status == 200 && m_bearer.isEmpty())
        h.status = 502; // an answer without a token is the agency's fault: retry later
    return h;
}

HttpAnswer AgencyClient::exchange(const std::function<QNetworkRequest()>& make, const QByteArray& verb,
                                  const QByteArray& body)
{
    HttpAnswer h = call(m_nam, make(), verb, body, m_cancel);
    if (h.status == 401 && m_agency.auth == QLatin1String("oauth2") && fetchToken().status == 200)
        h = call(m_nam, make(), verb, body, m_cancel);
    return h;
}

// RFC 9421 message signature over the method, the address, the body's digest and the idempotency key.
QNetworkRequest AgencyClient::signedRequest(const QUrl& url, const QByteArray& body,
                                            const QByteArray& idempotencyKey) const
{
    QNetworkRequest r = request(url);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    const QByteArray digest = HttpSignature::contentDigest(body);
    r.setRawHeader("Content-Digest", digest);
    r.setRawHeader("Idempotency-Key", idempotencyKey);
    auto sig = HttpSignature::sign(m_identity, m_identity.certificateFingerprint(), QDateTime::currentSecsSinceEpoch(),
                                   {{"@method", "POST"},
                                    {"@target-uri", url.toString(QUrl::FullyEncoded).toLatin1()},
                                    {"content-digest", digest},
                                    {"idempotency-key", idempotencyKey}});
    if (sig) {
        r.setRawHeader("Signature-Input", sig->signatureInput);
        r.setRawHeader("Signature", sig->signature);
    }
    return r;
}

// Every address the agency hands back must be on its own origin: credentials never go to another host.
bool AgencyClient::sameOrigin(const QUrl& u) const
{
    return u.isValid() && u.scheme() == m_base.scheme() && u.host().compare(m_base.host(), Qt::CaseInsensitive) == 0
        && u.port(443) == m_base.port(443) && u.userInfo().isEmpty();
}

QString AgencyClient::foreignOrigin(const QUrl& u) const
{
    return SubmissionService::tr(
               "The agency named %1, which is not on its own origin %2; nothing (no credentials) was sent there.")
        .arg(u.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery), m_base.toString(QUrl::RemovePath));
}

} // namespace lpdesk

#include "agencies/AgencyRegistry.h"

#include "auth/Permissions.h"
#include "common/CanonicalJson.h"
#include "common/Time.h"
#include "crypto/OpenSslPtr.h"
#include "crypto/Sha256.h"
#include "db/CaseDatabase.h"
#include "db/SqlRow.h"
#include "db/SystemTrust.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <cstring>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace lpdesk {

namespace {

int certificateCount(const QByteArray& pem)
{
    ossl::Bio bio = ossl::memBio(pem);
    int n = 0;
    while (X509* cert = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
        X509_free(cert);
        ++n;
    }
    ERR_clear_error();
    return n;
}

bool keyMatchesCertificate(const SecureBytes& keyPem, const SecureBytes& certPem)
{
    // Read straight from the wiped buffers (no QByteArray copy of the private key).
    ossl::Bio kb(BIO_new_mem_buf(keyPem.data(), keyPem.isize()));
    ossl::Pkey key(PEM_read_bio_PrivateKey(kb.get(), nullptr, nullptr, nullptr));
    ossl::Bio cb(BIO_new_mem_buf(certPem.data(), certPem.isize()));
    ossl::X509Ptr cert(PEM_read_bio_X509(cb.get(), nullptr, nullptr, nullptr));
    const bool ok = key && cert && X509_check_private_key(cert.get(), key.get()) == 1;
    ERR_clear_error();
    return ok;
}

// The secrets column: each given secret base64-encoded under its name, as compact JSON with sorted keys (the form
// QJsonDocument wrote before), built in wiped memory: each secret encoded by OpenSSL straight into the buffer,
// which is sized once so that it never moves (a move would leave a copy behind).
SecureBytes secretsJson(const AgencySecrets& s)
{
    const std::pair<const char*, const SecureBytes*> fields[] = {{"api_key", &s.apiKey},
                                                                 {"client_cert_pem", &s.clientCertPem},
                                                                 {"client_key_pem", &s.clientKeyPem},
                                                                 {"client_secret", &s.clientSecret}};
    std::size_t size = 2;
    for (const auto& [key, value] : fields)
        size += value->isEmpty() ? 0 : std::strlen(key) + 6 + (value->size() + 2) / 3 * 4 + 1;
    SecureBytes buffer(size);
    std::size_t at = 0;
    auto put = [&](const char* text) {
        std::memcpy(buffer.data() + at, text, std::strlen(text));
        at += std::strlen(text);
    };
    put("{");
    for (const auto& [key, value] : fields) {
        if (value->isEmpty())
            continue;
        put(at > 1 ? ",\"" : "\"");
        put(key);
        put("\":\"");
        at += static_cast<std::size_t>(EVP_EncodeBlock(buffer.data() + at, value->data(), value->isize()));
        put("\"");
    }
    put("}");
    return SecureBytes(buffer.data(), at);
}

bool isHttps(const QString& url)
{
    const QUrl u(url, QUrl::StrictMode);
    return u.isValid() && u.scheme() == QLatin1String("https") && !u.host().isEmpty() && u.userInfo().isEmpty()
        && !u.hasFragment();
}

} // namespace

SecureBytes AgencySecrets::take(QByteArray& source, bool trimLineEnd)
{
    qsizetype n = source.size();
    while (trimLineEnd && n > 0 && (source.at(n - 1) == '\n' || source.at(n - 1) == '\r'))
        --n;
    SecureBytes out(source.constData(), static_cast<std::size_t>(n));
    wipe(source);
    source.truncate(0); // keeps the (now zeroed) buffer
    return out;
}

QJsonObject AgencyProfile::toJson() const
{
    return QJsonObject {{QLatin1String("id"), id},
                        {QLatin1String("name"), name},
                        {QLatin1String("jurisdiction"), jurisdiction},
                        {QLatin1String("ori"), ori},
                        {QLatin1String("base_url"), baseUrl},
                        {QLatin1String("pinned_ca"), !caPem.isEmpty()},
                        {QLatin1String("system_trust"), systemTrust},
                        {QLatin1String("auth"), auth},
                        {QLatin1String("api_key_header"), apiKeyHeader},
                        {QLatin1String("token_url"), tokenUrl},
                        {QLatin1String("client_id"), clientId},
                        {QLatin1String("payload_profile"), payloadProfile},
                        {QLatin1String("max_bytes"), maxBytes},
                        {QLatin1String("allowed_fields"), QJsonArray::fromStringList(allowedFields)},
                        {QLatin1String("has_secret"), hasSecret},
                        {QLatin1String("created_at"), createdAt},
                        {QLatin1String("created_by"), createdBy}};
}

QStringList AgencyRegistry::guardrailedFields()
{
    return {QStringLiteral("ethnicity"),
            QStringLiteral("race"),
            QStringLiteral("religion"),
            QStringLiteral("health"),
            QStringLiteral("medical"),
            QStringLiteral("disability"),
            QStringLiteral("sexual_orientation"),
            QStringLiteral("political_opinion"),
            QStringLiteral("union_membership"),
            QStringLiteral("biometric"),
            QStringLiteral("genetic"),
            QStringLiteral("immigration_status")};
}

QStringList AgencyRegistry::optionalFields()
{
    return {QStringLiteral("narrative"), QStringLiteral("suspects")};
}

QStringList AgencyRegistry::payloadProfiles()
{
    return {QStringLiteral("lpdesk-v1"), QStringLiteral("nibrs-file")};
}

QStringList AgencyRegistry::authKinds()
{
    return {QStringLiteral("none"), QStringLiteral("apikey"), QStringLiteral("oauth2"), QStringLiteral("mtls")};
}

bool AgencyRegistry::isValidOri(const QString& ori)
{
    static const QRegularExpression re(QStringLiteral("^[A-Z]{2}[A-Z0-9]{7}\\z"));
    return re.match(ori).hasMatch();
}

AgencyRegistry::AgencyRegistry(CaseDatabase& db) : m_db(db)
{ }

Status AgencyRegistry::checkAllowedFields(const QStringList& fields)
{
    static const QRegularExpression fieldRe(QStringLiteral("^[a-z_]{1,40}\\z"));
    for (const QString& f : fields) {
        if (!fieldRe.match(f).hasMatch())
            return makeError(ErrorKind::Usage,
                             tr("A field name is 1–40 lowercase letters or '_' (got \"%1\").").arg(f.left(40)));
        if (guardrailedFields().contains(f))
            return makeError(ErrorKind::Usage,
                             tr("\"%1\" is never sent to an agency, whatever the profile says.").arg(f));
        if (!optionalFields().contains(f))
            return makeError(ErrorKind::Usage,
                             tr("\"%1\" is not an optional field; they are: %2.")
                                 .arg(f, optionalFields().join(QStringLiteral(", "))));
    }
    return {};
}

Status AgencyRegistry::add(const AgencyProfile& p, const AgencySecrets& s)
{
    LP_TRY(Permissions::require(m_db.session(), Action::ManageAgencies));
    auto usage = [](const QString& why) { return makeError(ErrorKind::Usage, why); };
    static const QRegularExpression idRe(QStringLiteral("^[a-z0-9][a-z0-9-]{1,39}\\z"));
    static const QRegularExpression headerRe(QStringLiteral("^[A-Za-z0-9-]{1,64}\\z"));
    if (!idRe.match(p.id).hasMatch())
        return usage(tr("An agency id is 2–40 lowercase letters, digits or '-' (got \"%1\").").arg(p.id.left(40)));
    if (p.name.trimmed().isEmpty() || p.name.size() > 200)
        return usage(tr("Give the agency's name (at most 200 characters)."));
    if (!isHttps(p.baseUrl))
        return usage(tr("The agency's address must be an https:// URL without user name or fragment."));
    if (!p.caPem.isEmpty() && certificateCount(p.caPem) == 0)
        return usage(tr("The pinned CA file holds no PEM certificate."));
    LP_TRY(SystemTrust::checkChoice(tr("Agency %1").arg(p.id), true, !p.caPem.isEmpty(), p.systemTrust));
    if (!authKinds().contains(p.auth))
        return usage(tr("Authentication is one of: %1.").arg(authKinds().join(QStringLiteral(", "))));
    if (p.auth == QLatin1String("apikey") && (!headerRe.match(p.apiKeyHeader).hasMatch() || s.apiKey.isEmpty()))
        return usage(tr("API key authentication needs a header name and the key."));
    if (p.auth == QLatin1String("oauth2") && (!isHttps(p.tokenUrl) || p.clientId.isEmpty() || s.clientSecret.isEmpty()))
        return usage(tr("OAuth2 client credentials need an https:// token URL, a client id and its secret."));
    if (p.auth == QLatin1String("mtls") && !keyMatchesCertificate(s.clientKeyPem, s.clientCertPem))
        return usage(tr("Mutual TLS needs a client certificate and its matching private key (PEM, unencrypted)."));
    if (!p.ori.isEmpty() && !isValidOri(p.ori))
        return usage(
            tr("An ORI is two letters for the state and seven letters or digits (got \"%1\").").arg(p.ori.left(20)));
    if (!payloadProfiles().contains(p.payloadProfile))
        return usage(tr("The payload profile is one of: %1.").arg(payloadProfiles().join(QStringLiteral(", "))));
    if (p.maxBytes < 1024 * 1024 || p.maxBytes > (1LL << 40))
        return usage(tr("The size limit must lie between 1 MiB and 1 TiB."));
    LP_TRY(checkAllowedFields(p.allowedFields));
    const SecureBytes secrets = secretsJson(s);
    QString secretsText = QString::fromLatin1(secrets.view());
    const auto wipeText = qScopeGuard([&secretsText] { wipe(secretsText); });
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM agencies WHERE id = ?"));
    q.addBindValue(p.id);
    if (!q.exec())
        return failure(q.lastError().text());
    if (q.next())
        return usage(tr("There already is an agency %1.").arg(p.id));
    q.prepare(QStringLiteral(
        "INSERT INTO agencies (id, name, jurisdiction, base_url, ca_pem, auth, api_key_header, token_url, client_id, "
        "secrets_json, payload_profile, max_bytes, allowed_fields, created_at, created_by, updated_at, ori, "
        "system_trust) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString now = utcNowString();
    for (const QVariant& v :
         {QVariant(p.id), QVariant(p.name.trimmed()), QVariant(p.jurisdiction), QVariant(p.baseUrl),
          QVariant(QString::fromUtf8(p.caPem)), QVariant(p.auth), QVariant(p.apiKeyHeader), QVariant(p.tokenUrl),
          QVariant(p.clientId), QVariant(secretsText), QVariant(p.payloadProfile), QVariant(p.maxBytes),
          QVariant(QString::fromUtf8(
              QJsonDocument(QJsonArray::fromStringList(p.allowedFields)).toJson(QJsonDocument::Compact))),
          QVariant(now), QVariant(m_db.session().userName), QVariant(now), QVariant(p.ori),
          QVariant(p.systemTrust ? 1 : 0)})
        q.addBindValue(v);
    if (!q.exec())
        return failure(q.lastError().text());
    // The audit names what changed, never a secret.
    LP_TRY(m_db.auditIn(db, QStringLiteral("agency_added"),
                        QJsonObject {{QLatin1String("id"), p.id},
                                     {QLatin1String("base_url"), p.baseUrl},
                                     {QLatin1String("auth"), p.auth},
                                     {QLatin1String("payload_profile"), p.payloadProfile},
                                     {QLatin1String("pinned_ca"), !p.caPem.isEmpty()},
                                     {QLatin1String("system_trust"), p.systemTrust}}));
    return tx.commit();
}

Status AgencyRegistry::remove(const QString& id)
{
    LP_TRY(Permissions::require(m_db.session(), Action::ManageAgencies));
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    // A queued submission goes only to the endpoint legal approved: the profile is not removed under it (a profile
    // added again under the same id would receive it), and the record of where delivered ones went stays.
    q.prepare(QStringLiteral("SELECT id, state FROM submissions WHERE agency_id = ? ORDER BY created_at"));
    q.addBindValue(id);
    if (!q.exec())
        return failure(q.lastError().text());
    QStringList waiting;
    int onRecord = 0;
    const SqlRow submission(q);
    while (q.next()) {
        const QString state = submission.string("state");
        if (state == QLatin1String("queued") || state == QLatin1String("sending") || state == QLatin1String("waiting"))
            waiting << submission.string("id");
        ++onRecord;
    }
    if (!waiting.isEmpty())
        return makeError(ErrorKind::Usage,
                         tr("Agency %1 has %n submission(s) in the outbox (%2); cancel them first (outbox cancel).",
                            nullptr, static_cast<int>(waiting.size()))
                             .arg(id, waiting.join(QStringLiteral(", "))));
    if (onRecord > 0)
        return makeError(ErrorKind::Usage,
                         tr("Agency %1 has %n submission(s) on record; its profile stays as the record of where they "
                            "went.",
                            nullptr, onRecord)
                             .arg(id));
    q.prepare(QStringLiteral("DELETE FROM agencies WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return failure(q.lastError().text());
    if (q.numRowsAffected() != 1)
        return makeError(ErrorKind::NotFound, tr("There is no agency %1.").arg(id));
    LP_TRY(m_db.auditIn(db, QStringLiteral("agency_removed"), QJsonObject {{QLatin1String("id"), id}}));
    return tx.commit();
}

Result<QList<AgencyProfile>> AgencyRegistry::list()
{
    LP_TRY(Permissions::require(m_db.session(), Action::SeeAgencies));
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id FROM agencies ORDER BY id")))
        return failure(q.lastError().text());
    QStringList ids;
    const SqlRow row(q);
    while (q.next())
        ids << row.string("id");
    QList<AgencyProfile> out;
    for (const QString& id : ids) {
        auto p = get(id);
        if (!p)
            return p.error();
        out << *p;
    }
    return out;
}

Result<AgencyProfile> AgencyRegistry::get(const QString& id)
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT id, name, jurisdiction, base_url, ca_pem, auth, api_key_header, token_url, client_id, "
        "secrets_json NOT IN ('', '{}') AS has_secret, "
        "payload_profile, max_bytes, allowed_fields, created_at, created_by, ori, system_trust FROM agencies WHERE id "
        "= ?"));
    q.addBindValue(id);
    if (!q.exec())
        return failure(q.lastError().text());
    if (!q.next())
        return makeError(ErrorKind::NotFound, tr("There is no agency %1.").arg(id));
    const SqlRow row(q);
    AgencyProfile p;
    p.id = row.string("id");
    p.name = row.string("name");
    p.jurisdiction = row.string("jurisdiction");
    p.baseUrl = row.string("base_url");
    p.caPem = row.string("ca_pem").toUtf8();
    p.auth = row.string("auth");
    p.apiKeyHeader = row.string("api_key_header");
    p.tokenUrl = row.string("token_url");
    p.clientId = row.string("client_id");
    p.hasSecret = row.integer("has_secret") != 0; // the secrets themselves are read only by secrets()
    p.payloadProfile = row.string("payload_profile");
    p.maxBytes = row.int64("max_bytes");
    for (const QJsonValue& v : QJsonDocument::fromJson(row.string("allowed_fields").toUtf8()).array())
        p.allowedFields << v.toString();
    p.createdAt = row.string("created_at");
    p.createdBy = row.string("created_by");
    p.ori = row.string("ori");
    p.systemTrust = row.integer("system_trust") != 0;
    return p;
}

QString AgencyRegistry::endpointFingerprint(const AgencyProfile& p)
{
    QJsonObject endpoint {{QLatin1String("base_url"), p.baseUrl},
                          {QLatin1String("ca_sha256"), toHex(Sha256::hash(p.caPem))},
                          {QLatin1String("auth"), p.auth},
                          {QLatin1String("token_url"), p.tokenUrl}};
    // System trust named in the fingerprint itself (pinned CAs keep the fingerprint they had: approvals stay valid).
    if (p.systemTrust)
        endpoint.insert(QLatin1String("tls_trust"), QStringLiteral("system"));
    return toHex(Sha256::hash(canonicalJson(endpoint)));
}

QJsonObject AgencyRegistry::tlsTrust(const AgencyProfile& p)
{
    if (!p.caPem.isEmpty()) // sslFor: a pinned CA is the only one trusted, whatever the flag
        return {{QLatin1String("kind"), QStringLiteral("pinned-ca")},
                {QLatin1String("ca_sha256"), toHex(Sha256::hash(p.caPem))}};
    return {{QLatin1String("kind"), p.systemTrust ? QStringLiteral("system") : QStringLiteral("none")}};
}

QString AgencyRegistry::endpointNotApproved(const QString& agencyId)
{
    return tr("agency %1's endpoint (base URL, pinned CA, authentication) is not the one legal approved").arg(agencyId);
}

Status AgencyRegistry::checkTrust(const AgencyProfile& p)
{
    return SystemTrust::checkConnect(tr("Agency %1").arg(p.id), !p.caPem.isEmpty(), p.systemTrust);
}

Result<AgencyCredentials> AgencyRegistry::secrets(const QString& id)
{
    LP_TRY(Permissions::require(m_db.session(), Action::UseAgencyCredentials));
    QString json;
    {
        QSqlDatabase db = m_db.connection();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT secrets_json FROM agencies WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return failure(q.lastError().text());
        if (!q.next())
            return makeError(ErrorKind::NotFound, tr("There is no agency %1.").arg(id));
        json = SqlRow(q).string("secrets_json");
    }
    // Read in place (views into the text, each decoded value taken into wiped memory), not through QJsonObject,
    // whose copies would outlive this call unwiped. The column holds compact JSON of base64 values (secretsJson).
    static const QRegularExpression entry(QStringLiteral("\"([a-z_]{1,40})\":\"([A-Za-z0-9+/=]*)\""));
    AgencyCredentials out;
    for (auto it = entry.globalMatch(json); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QStringView key = m.capturedView(1);
        SecureBytes* target = key == u"api_key" ? &out.apiKey
            : key == u"client_secret"           ? &out.clientSecret
            : key == u"client_cert_pem"         ? &out.clientCertPem
            : key == u"client_key_pem"          ? &out.clientKeyPem
                                                : nullptr;
        if (!target)
            continue;
        QByteArray encoded = m.capturedView(2).toLatin1();
        QByteArray decoded = QByteArray::fromBase64(encoded);
        wipe(encoded);
        *target = SecureBytes::takeFrom(decoded);
    }
    wipe(json);
    return out;
}

} // namespace lpdesk

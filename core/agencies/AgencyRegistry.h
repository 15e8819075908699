// Law-enforcement agency profiles: where submissions go (base URL, pinned CA), how the workstation
// authenticates (API key header, OAuth2 client credentials, mutual TLS), which payload profile the agency takes
// and how large a submission may be. Secrets are stored in the encrypted database and never leave this class
// except to the submission client; list() and the audit log carry only whether a secret is set.
#pragma once

#include "common/Result.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace lpdesk {

class CaseDatabase;

struct AgencyProfile
{
    QString id; // short slug: cpd-19
    QString name; // Chicago Police Department, 19th District
    QString jurisdiction;
    QString ori; // FBI originating agency identifier (NIBRS reporting agency); may be empty
    QString baseUrl; // https://reports.example.gov/api
    QByteArray caPem; // pinned CA (empty: only with systemTrust)
    bool systemTrust = false; // an administrator chose the system's CAs instead of a pinned one (SystemTrust)
    QString auth = QStringLiteral("none"); // none, apikey, oauth2, mtls
    QString apiKeyHeader; // apikey: e.g. X-Api-Key
    QString tokenUrl; // oauth2 client credentials (RFC 6749 §4.4)
    QString clientId;
    QString payloadProfile = QStringLiteral("lpdesk-v1"); // lpdesk-v1 or nibrs-file
    qint64 maxBytes = 2LL * 1024 * 1024 * 1024;
    QStringList allowedFields; // optional fields the agency may receive (narrative, suspects); never guardrailed ones
    QString createdAt;
    QString createdBy;
    bool hasSecret = false; // listing only

    QJsonObject toJson() const; // never the secrets
};

// The secrets as a person gives them when adding a profile: in locked memory of their own, wiped when freed.
struct AgencySecrets
{
    SecureBytes apiKey;
    SecureBytes clientSecret;
    SecureBytes clientCertPem;
    SecureBytes clientKeyPem;

    // A secret as it was read (a file's bytes, a field's UTF-8), its line ends trimmed when trimLineEnd: taken into
    // wiped memory, and the source buffer wiped.
    static SecureBytes take(QByteArray& source, bool trimLineEnd = false);
};

// The stored secrets as the submission client holds them: in locked memory, wiped when freed.
struct AgencyCredentials
{
    SecureBytes apiKey;
    SecureBytes clientSecret;
    SecureBytes clientCertPem;
    SecureBytes clientKeyPem;
};

class AgencyRegistry
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::AgencyRegistry)

public:
    // Fields no profile may ever send, whatever an administrator allows.
    static QStringList guardrailedFields();
    // What a profile may add to the minimum (offense code, time, place, property): sent only when allowed.
    static QStringList optionalFields();
    static QStringList payloadProfiles();
    static QStringList authKinds();
    // ORI (the FBI's originating agency identifier): two letters for the state and seven characters (IL0160000).
    static bool isValidOri(const QString& ori);

    explicit AgencyRegistry(CaseDatabase& db);

    Status add(const AgencyProfile& profile, const AgencySecrets& secrets); // admin
    // admin; refused while a submission to the agency waits in the outbox (it is cancelled first), and while
    // submissions on record name it.
    Status remove(const QString& id);
    Result<QList<AgencyProfile>> list();
    Result<AgencyProfile> get(const QString& id);
    // For the submission client only.
    Result<AgencyCredentials> secrets(const QString& id);
    // Before any connection (test, submit, outbox): a pinned CA or the explicit system-trust choice, else refused.
    static Status checkTrust(const AgencyProfile& profile);
    // SHA-256 over the base URL, pinned CA, auth kind and token URL: what decides where a package and the
    // credentials go. Legal's approval binds it; a submission is sent only while the profile still has it.
    // How the agency's TLS chain is accepted: {"kind": "pinned-ca", "ca_sha256": …} or {"kind": "system"} (an
    // administrator's explicit system trust). Recorded with every delivery (custody `submitted`, the receipt).
    static QJsonObject tlsTrust(const AgencyProfile& p);
    static QString endpointFingerprint(const AgencyProfile& profile);
    static QString endpointNotApproved(const QString& agencyId); // the refusal, in words

private:
    // Each allowed field is well formed, optional and never one of the guardrailed fields.
    static Status checkAllowedFields(const QStringList& fields);

    CaseDatabase& m_db;
};

} // namespace lpdesk

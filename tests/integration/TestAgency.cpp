// Agency profiles and the request-signing primitives of the agency protocol: profiles are validated (https only,
// a CA that parses, complete credentials for the chosen authentication, no guardrailed field allowed), only an
// administrator adds them, secrets stay out of listings and the audit log; a release can only name a known
// agency. Content-Digest matches `openssl dgst`, the RFC 9421 signature base has the specified form, and an
// ecdsa-p256-sha256 signature made with the organisation key verifies with Python's `cryptography` (an
// independent implementation) and fails when any covered component changes.
#include "TestSupport.h"

#include "agencies/AgencyRegistry.h"
#include "crypto/SigningIdentity.h"
#include "db/UserDirectory.h"
#include "db/WorkstationKeys.h"
#include "submit/HttpSignature.h"
#include "submit/SubmissionService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lpdesk;

class TestAgency : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CaseDatabase> m_admin;
    QString m_caPem;

    QString file(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }
    QMap<QString, QString> env(const QString& user) const { return test::envAs(m_admin->path(), user); }
    AgencyProfile valid() const
    {
        AgencyProfile p;
        p.id = QStringLiteral("cpd-19");
        p.name = QStringLiteral("Chicago Police Department, 19th District");
        p.baseUrl = QStringLiteral("https://reports.example.gov/api");
        p.caPem = m_caPem.toUtf8();
        p.auth = QStringLiteral("apikey");
        p.apiKeyHeader = QStringLiteral("X-Api-Key");
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QDir().mkpath(m_dir.filePath(QStringLiteral("db")));
        m_admin = test::createDatabase(m_dir.filePath(QStringLiteral("db")));
        QVERIFY(m_admin);
        QVERIFY(UserDirectory(*m_admin).add(QStringLiteral("ivy"), Role::Investigator, test::secret("ivy-pass")));
        QSqlDatabase c = m_admin->connection();
        auto ca = WorkstationKeys::caCertificatePem(c);
        QVERIFY(ca);
        m_caPem = QString::fromUtf8(*ca);
    }

    void profilesAreValidated()
    {
        AgencyRegistry registry(*m_admin);
        AgencySecrets key;
        key.apiKey = test::secret("s3cr3t-api-key-value");
        auto refused = [&](const AgencyProfile& p, const AgencySecrets& s, const char* words) {
            const Status st = registry.add(p, s);
            QVERIFY2(!st && st.error().kind == ErrorKind::Usage, words);
            QVERIFY2(st.errorMessage().contains(QLatin1String(words), Qt::CaseInsensitive),
                     qPrintable(st.errorMessage()));
        };
        AgencyProfile p = valid();
        p.id = QStringLiteral("Bad Id");
        refused(p, key, "agency id");
        p = valid();
        p.baseUrl = QStringLiteral("http://reports.example.gov/api");
        refused(p, key, "https://");
        p = valid();
        p.baseUrl = QStringLiteral("https://user:pw@reports.example.gov/");
        refused(p, key, "https://");
        p = valid();
        p.caPem = "-----BEGIN CERTIFICATE-----\nnot a certificate\n-----END CERTIFICATE-----\n";
        refused(p, key, "no PEM certificate");
        refused(valid(), {}, "API key");
        p = valid();
        p.auth = QStringLiteral("oauth2");
        p.tokenUrl = QStringLiteral("https://login.example.gov/token");
        refused(p, key, "client id");
        p = valid();
        p.auth = QStringLiteral("mtls");
        auto other = SigningIdentity::generate(QStringLiteral("Other"), QStringLiteral("x"));
        QVERIFY(other);
        AgencySecrets mismatched;
        mismatched.clientCertPem = test::secret(m_caPem.toUtf8().constData());
        mismatched.clientKeyPem = test::secret("-----BEGIN PRIVATE KEY-----\n-----END PRIVATE KEY-----\n");
        refused(p, mismatched, "matching private key");
        p = valid();
        p.allowedFields = {QStringLiteral("suspects"), QStringLiteral("ethnicity")};
        refused(p, key, "never sent");
        p.allowedFields = {QStringLiteral("shoe_size")};
        refused(p, key, "not an optional field");
        p = valid();
        p.payloadProfile = QStringLiteral("email");
        refused(p, key, "payload profile");
        p = valid();
        p.maxBytes = 10;
        refused(p, key, "size limit");
        // Nothing of the refused attempts was stored.
        QCOMPARE(registry.list()->size(), 0);
        QVERIFY(registry.add(valid(), key));
        refused(valid(), key, "already");
        QCOMPARE(registry.list()->size(), 1);
    }

    void secretsStayInside()
    {
        AgencyRegistry registry(*m_admin);
        auto agencies = registry.list();
        QVERIFY(agencies && agencies->size() == 1);
        const QByteArray listed = QJsonDocument(agencies->first().toJson()).toJson();
        QVERIFY(!listed.contains("s3cr3t"));
        QVERIFY(agencies->first().hasSecret);
        auto secrets = registry.secrets(QStringLiteral("cpd-19"));
        QVERIFY(secrets);
        QCOMPARE(secrets->apiKey.view().toByteArray(), QByteArray("s3cr3t-api-key-value"));
        // Held in locked memory that is wiped when freed (issue 12), not in plain QByteArrays.
        static_assert(std::is_same_v<decltype(secrets->apiKey), SecureBytes>
                      && std::is_same_v<decltype(secrets->clientSecret), SecureBytes>
                      && std::is_same_v<decltype(secrets->clientKeyPem), SecureBytes>);
        QSqlDatabase c = m_admin->connection();
        QSqlQuery q(c);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event LIKE '%s3cr3t%'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'agency_added'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void cliAddListAndPermissions()
    {
        const QString key = file(QStringLiteral("key.txt"), "cli-secret-key-42\n");
        const QString ca = file(QStringLiteral("ca.pem"), m_caPem.toUtf8());
        const QStringList add = {QStringLiteral("agency"),
                                 QStringLiteral("add"),
                                 QStringLiteral("met-cam"),
                                 QStringLiteral("--url"),
                                 QStringLiteral("https://met.example.gov/lp"),
                                 QStringLiteral("--name"),
                                 QStringLiteral("Metropolitan Police, Camden"),
                                 QStringLiteral("--ca"),
                                 ca,
                                 QStringLiteral("--auth"),
                                 QStringLiteral("apikey"),
                                 QStringLiteral("--api-key-file"),
                                 key};
        QCOMPARE(test::cli(add, env(QStringLiteral("ivy"))).exitCode, 3);
        const auto added = test::cli(add, env(QStringLiteral("admin")));
        QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
        const auto listed = test::cli({QStringLiteral("--json"), QStringLiteral("agency"), QStringLiteral("list")},
                                      env(QStringLiteral("ivy")));
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(!listed.out.contains("cli-secret-key"));
        const QJsonArray arr = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(arr.size(), 2);
        QCOMPARE(arr[1].toObject().value(QLatin1String("id")).toString(), QStringLiteral("met-cam"));
        QCOMPARE(arr[1].toObject().value(QLatin1String("pinned_ca")).toBool(), true);
        // The key file's newline is not part of the key.
        QCOMPARE(AgencyRegistry(*m_admin).secrets(QStringLiteral("met-cam"))->apiKey.view().toByteArray(),
                 QByteArray("cli-secret-key-42"));
        // A guardrailed field is refused through the CLI as well.
        QCOMPARE(
            test::cli({QStringLiteral("agency"), QStringLiteral("add"), QStringLiteral("x-1"), QStringLiteral("--url"),
                       QStringLiteral("https://x.example.gov"), QStringLiteral("--system-trust"),
                       QStringLiteral("--allow"), QStringLiteral("suspect_height,religion")},
                      env(QStringLiteral("admin")))
                .exitCode,
            2);
        QCOMPARE(test::cli({QStringLiteral("agency"), QStringLiteral("remove"), QStringLiteral("met-cam")},
                           env(QStringLiteral("admin")))
                     .exitCode,
                 0);
        QCOMPARE(AgencyRegistry(*m_admin).list()->size(), 1);
    }

    void contentDigestMatchesOpenssl()
    {
        const QByteArray body = R"({"submission_id":"8d1f","files":[{"name":"package.zip","size":1024}]})";
        const QString path = file(QStringLiteral("body.json"), body);
        const auto ossl
            = test::run(QStringLiteral("/bin/sh"),
                        {QStringLiteral("-c"), QStringLiteral("openssl dgst -sha256 -binary %1 | base64").arg(path)});
        QCOMPARE(ossl.exitCode, 0);
        QCOMPARE(HttpSignature::contentDigest(body), "sha-256=:" + ossl.out.trimmed() + ':');
    }

    void retryAfterInBothForms()
    {
        const QDateTime now = QDateTime(QDate(2026, 11, 25), QTime(17, 20, 0), Qt::UTC);
        QCOMPARE(SubmissionService::retryAfterSeconds("120", now), 120);
        QCOMPARE(SubmissionService::retryAfterSeconds(" 0 ", now), 0);
        QCOMPARE(SubmissionService::retryAfterSeconds("Wed, 25 Nov 2026 17:21:30 GMT", now), 90);
        QCOMPARE(SubmissionService::retryAfterSeconds("Wed, 25 Nov 2026 17:00:00 GMT", now), 0); // in the past
        QCOMPARE(SubmissionService::retryAfterSeconds("99999999", now), 86400);
        QCOMPARE(SubmissionService::retryAfterSeconds("-5", now), -1);
        QCOMPARE(SubmissionService::retryAfterSeconds("soon", now), -1);
        QCOMPARE(SubmissionService::retryAfterSeconds("", now), -1);
    }

    void signatureBaseHasTheSpecifiedForm()
    {
        const QList<QPair<QByteArray, QByteArray>> components {
            {"@method", "POST"},
            {"@target-uri", "https://reports.example.gov/api/v1/submissions"},
            {"content-digest", "sha-256=:abc=:"},
            {"idempotency-key", "5b1c"}};
        const QByteArray params = HttpSignature::signatureParams(components, 1700000000, QStringLiteral("org \"A\""));
        // Written without raw strings: moc cannot read a raw string holding escaped quotes.
        const QByteArray expected = "(\"@method\" \"@target-uri\" \"content-digest\" \"idempotency-key\");"
                                    "created=1700000000;keyid=\"org \\\"A\\\"\";alg=\"ecdsa-p256-sha256\"";
        QCOMPARE(params, expected);
        QCOMPARE(HttpSignature::signatureBase(components, params),
                 QByteArray("\"@method\": POST\n"
                            "\"@target-uri\": https://reports.example.gov/api/v1/submissions\n"
                            "\"content-digest\": sha-256=:abc=:\n"
                            "\"idempotency-key\": 5b1c\n"
                            "\"@signature-params\": ")
                     + params);
    }

    void signatureVerifiesIndependently()
    {
        QSqlDatabase c = m_admin->connection();
        auto identity = WorkstationKeys::signingIdentity(c);
        QVERIFY(identity);
        const QByteArray body = R"({"submission_id":"8d1f"})";
        const QList<QPair<QByteArray, QByteArray>> components {
            {"@method", "POST"},
            {"@target-uri", "https://reports.example.gov/api/v1/submissions"},
            {"content-digest", HttpSignature::contentDigest(body)},
            {"idempotency-key", "8d1f"}};
        const QString keyId = identity->certificateFingerprint();
        auto signed_ = HttpSignature::sign(*identity, keyId, 1764000000, components);
        QVERIFY(signed_);
        QVERIFY(signed_->signatureInput.startsWith("sig1=(\"@method\""));
        QVERIFY(signed_->signature.startsWith("sig1=:") && signed_->signature.endsWith(':'));
        const QByteArray raw = QByteArray::fromBase64(signed_->signature.mid(6).chopped(1));
        QCOMPARE(raw.size(), 64);
        const QByteArray base = HttpSignature::signatureBase(components, signed_->signatureInput.mid(5));
        QVERIFY(HttpSignature::verify(identity->certificatePem(), base, raw));
        // Any change to a covered component breaks it.
        auto changed = components;
        changed[3].second = "8d1g";
        QVERIFY(!HttpSignature::verify(identity->certificatePem(),
                                       HttpSignature::signatureBase(changed, signed_->signatureInput.mid(5)), raw));
        // An independent verifier: Python's cryptography over the same base.
        const QString script = file(QStringLiteral("verify.py"), R"PY(
import base64, sys
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, utils
cert = x509.load_pem_x509_certificate(open(sys.argv[1], 'rb').read())
base = open(sys.argv[2], 'rb').read()
raw = base64.b64decode(sys.argv[3])
der = utils.encode_dss_signature(int.from_bytes(raw[:32], 'big'), int.from_bytes(raw[32:], 'big'))
cert.public_key().verify(der, base, ec.ECDSA(hashes.SHA256()))
print('verified')
)PY");
        const QString certPath = file(QStringLiteral("signer.pem"), identity->certificatePem());
        const QString basePath = file(QStringLiteral("base.txt"), base);
        const auto py = test::run(QStringLiteral("/usr/bin/python3"),
                                  {script, certPath, basePath, QString::fromLatin1(raw.toBase64())});
        QVERIFY2(py.exitCode == 0 && py.out.contains("verified"), qPrintable(py.describe()));
        QByteArray flipped = raw;
        flipped[10] = static_cast<char>(flipped[10] ^ 1);
        QVERIFY(test::run(QStringLiteral("/usr/bin/python3"),
                          {script, certPath, basePath, QString::fromLatin1(flipped.toBase64())})
                    .exitCode
                != 0);
    }
};

QTEST_GUILESS_MAIN(TestAgency)
#include "TestAgency.moc"

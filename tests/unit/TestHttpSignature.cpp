// HttpSignature against outside oracles: the test vectors published in RFC 9530 (Content-Digest) and RFC 9421
// (the signature base and the ecdsa-p256-sha256 signature of Appendix B.2.4), and the openssl CLI verifying what
// LP Desk signs and signing what LP Desk verifies. The r‖s <-> DER conversion is written here again, by hand, so
// that no expected value comes from the code under test.
#include "TestSupport.h"

#include "crypto/SigningIdentity.h"
#include "submit/HttpSignature.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace lpdesk;

namespace {

using Components = QList<QPair<QByteArray, QByteArray>>;

// RFC 9421 Appendix B.1.3, test-key-ecc-p256 (public half).
const char* const rfcEccPublicKey = "-----BEGIN PUBLIC KEY-----\n"
                                    "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEqIVYZVLCrPZHGHjP17CTW0/+D9Lf\n"
                                    "w0EkjqF7xB4FivAxzic30tMM4GF+hR6Dxh71Z50VGGdldkkDXZCnTNnoXQ==\n"
                                    "-----END PUBLIC KEY-----\n";

// RFC 9421 Appendix B.2.4: a response signed with test-key-ecc-p256.
Components rfcB24Components()
{
    return {{"@status", "200"},
            {"content-type", "application/json"},
            {"content-digest",
             "sha-512=:mEWXIS7MaLRuGgxOBdODa3xqM1XdEvxoYhvlCFJ41QJgJc4GTsPp29l5oGX69wWdXymyU0rjJuahq4l5aGgfLQ==:"},
            {"content-length", "23"}};
}
const QByteArray rfcB24Params
    = "(\"@status\" \"content-type\" \"content-digest\" \"content-length\");created=1618884473;"
      "keyid=\"test-key-ecc-p256\"";
const QByteArray rfcB24Signature
    = "wNmSUAhwb5LxtOtOpNa6W5xj067m5hFrj0XQ4fvpaCLx0NKocgPquLgyahnzDnDAUy5eCdlYUEkLIj+32oiasw==";

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// One DER INTEGER from a 32-byte unsigned big-endian value (leading zeros dropped, a 0x00 added before a high bit).
QByteArray derInteger(QByteArray v)
{
    while (v.size() > 1 && v[0] == '\0' && !(static_cast<uchar>(v[1]) & 0x80))
        v.remove(0, 1);
    if (static_cast<uchar>(v[0]) & 0x80)
        v.prepend('\0');
    return QByteArray(1, 0x02) + QByteArray(1, static_cast<char>(v.size())) + v;
}

QByteArray rawToDer(const QByteArray& raw)
{
    const QByteArray body = derInteger(raw.left(32)) + derInteger(raw.mid(32));
    return QByteArray(1, 0x30) + QByteArray(1, static_cast<char>(body.size())) + body;
}

// SEQUENCE { INTEGER r, INTEGER s } (a P-256 signature is always short-form) -> 64 bytes r‖s.
QByteArray derToRaw(const QByteArray& der)
{
    QByteArray raw;
    qsizetype at = 2;
    for (int i = 0; i < 2 && at + 2 <= der.size(); ++i) {
        const int len = static_cast<uchar>(der[at + 1]);
        QByteArray v = der.mid(at + 2, len);
        while (v.size() > 32 && v[0] == '\0')
            v.remove(0, 1);
        raw += QByteArray(32 - v.size(), '\0') + v;
        at += 2 + len;
    }
    return raw;
}

// A certificate for the RFC's public key (only its key matters to verify()): issued by a throwaway CA.
QByteArray certificateFor(const QTemporaryDir& dir, const QString& publicKeyPem)
{
    const auto path = [&dir](const char* n) { return dir.filePath(QString::fromLatin1(n)); };
    const QStringList steps[] = {
        {QStringLiteral("ecparam"), QStringLiteral("-name"), QStringLiteral("prime256v1"), QStringLiteral("-genkey"),
         QStringLiteral("-noout"), QStringLiteral("-out"), path("ca.key")},
        {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"), path("ca.key"), QStringLiteral("-subj"),
         QStringLiteral("/CN=throwaway"), QStringLiteral("-out"), path("ca.csr")},
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-key"), path("ca.key"),
         QStringLiteral("-subj"), QStringLiteral("/CN=throwaway CA"), QStringLiteral("-days"), QStringLiteral("2"),
         QStringLiteral("-out"), path("ca.pem")},
        {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), path("ca.csr"), QStringLiteral("-CA"),
         path("ca.pem"), QStringLiteral("-CAkey"), path("ca.key"), QStringLiteral("-force_pubkey"), publicKeyPem,
         QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-out"), path("leaf.pem")}};
    for (const QStringList& args : steps) {
        auto r = test::run(QStringLiteral("openssl"), args);
        if (r.exitCode != 0) {
            qWarning("%s", qPrintable(r.describe()));
            return {};
        }
    }
    return readFile(path("leaf.pem"));
}

} // namespace

class TestHttpSignature : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // RFC 9530 §2 ({"hello": "world"}) and the empty body.
    void contentDigestMatchesRfc9530()
    {
        QCOMPARE(HttpSignature::contentDigest("{\"hello\": \"world\"}"),
                 QByteArray("sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:"));
        QCOMPARE(HttpSignature::contentDigest(""),
                 QByteArray("sha-256=:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=:"));
    }

    // RFC 9421 §2.5's signature base, byte for byte (one line per component, no trailing newline).
    void signatureBaseMatchesRfc9421()
    {
        const Components components {
            {"@method", "POST"},
            {"@authority", "example.com"},
            {"@path", "/foo"},
            {"content-digest",
             "sha-512=:WZDPaVn/7XgHaAy8pmojAkGWoRx2UFChF41A2svX+TaPm+AbwAgBWnrIiYllu7BNNyealdVLvRwEmTHWXvJwew==:"},
            {"content-length", "18"},
            {"content-type", "application/json"}};
        const QByteArray params = "(\"@method\" \"@authority\" \"@path\" \"content-digest\" \"content-length\" "
                                  "\"content-type\");created=1618884473;keyid=\"test-key-rsa-pss\"";
        QCOMPARE(
            HttpSignature::signatureBase(components, params),
            QByteArray("\"@method\": POST\n"
                       "\"@authority\": example.com\n"
                       "\"@path\": /foo\n"
                       "\"content-digest\": sha-512=:WZDPaVn/7XgHaAy8pmojAkGWoRx2UFChF41A2svX+TaPm+AbwAgBWnrIiYllu7"
                       "BNNyealdVLvRwEmTHWXvJwew==:\n"
                       "\"content-length\": 18\n"
                       "\"content-type\": application/json\n"
                       "\"@signature-params\": (\"@method\" \"@authority\" \"@path\" \"content-digest\" "
                       "\"content-length\" \"content-type\");created=1618884473;keyid=\"test-key-rsa-pss\""));
    }

    // The parameters LP Desk sends: the RFC's serialisation plus alg; keyid escaped as a structured-field string.
    void signatureParamsSerialiseAsTheRfc()
    {
        QCOMPARE(HttpSignature::signatureParams(rfcB24Components(), 1618884473, QStringLiteral("test-key-ecc-p256")),
                 rfcB24Params + ";alg=\"ecdsa-p256-sha256\"");
        QCOMPARE(HttpSignature::signatureParams({{"@method", "GET"}}, 1, QStringLiteral("a\"b\\c\nd")),
                 QByteArray("(\"@method\");created=1;keyid=\"a\\\"b\\\\cd\";alg=\"ecdsa-p256-sha256\""));
    }

    // RFC 9421 B.2.4: the published signature verifies over the base LP Desk builds, with the RFC's public key;
    // one changed byte of the base, or of the signature, does not.
    void verifiesTheRfc9421EcdsaExample()
    {
        QTemporaryDir dir;
        const QString pub = dir.filePath(QStringLiteral("rfc.pub"));
        QVERIFY(writeFile(pub, rfcEccPublicKey));
        const QByteArray cert = certificateFor(dir, pub);
        QVERIFY(!cert.isEmpty());
        const QByteArray base = HttpSignature::signatureBase(rfcB24Components(), rfcB24Params);
        const QByteArray sig = QByteArray::fromBase64(rfcB24Signature);
        QCOMPARE(sig.size(), 64);
        auto ok = HttpSignature::verify(cert, base, sig);
        QVERIFY2(ok, qPrintable(ok.errorMessage()));
        QByteArray otherBase = base;
        otherBase.replace("200", "201");
        QVERIFY(!HttpSignature::verify(cert, otherBase, sig));
        QByteArray otherSig = sig;
        otherSig[40] = static_cast<char>(otherSig[40] ^ 1);
        QVERIFY(!HttpSignature::verify(cert, base, otherSig));
        QVERIFY(!HttpSignature::verify(cert, base, sig.left(63)));
        QVERIFY(!HttpSignature::verify("not a certificate", base, sig));
    }

    // What LP Desk signs, `openssl dgst -sha256 -verify` accepts (and refuses once the base changes).
    void opensslVerifiesWhatLpDeskSigns()
    {
        auto generated = SigningIdentity::generate(QStringLiteral("Test Org"), QStringLiteral("ws-1"));
        QVERIFY(generated);
        auto identity = SigningIdentity::load(std::move(generated->signingPrivateKeyDer),
                                              generated->signingCertificatePem + generated->caCertificatePem);
        QVERIFY2(identity, qPrintable(identity.errorMessage()));
        const Components components {{"@method", "POST"},
                                     {"@target-uri", "https://agency.example/api/v1/referrals"},
                                     {"content-digest", HttpSignature::contentDigest("{\"a\":1}")},
                                     {"content-type", "application/json"}};
        auto headers = HttpSignature::sign(*identity, QStringLiteral("org-key-1"), 1700000000, components);
        QVERIFY2(headers, qPrintable(headers.errorMessage()));
        QVERIFY(headers->signature.startsWith("sig1=:") && headers->signature.endsWith(':'));
        const QByteArray raw = QByteArray::fromBase64(headers->signature.mid(6).chopped(1));
        QCOMPARE(raw.size(), 64);
        QVERIFY(headers->signatureInput.startsWith("sig1=("));
        const QByteArray base = HttpSignature::signatureBase(components, headers->signatureInput.mid(5));

        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("cert.pem")), pub = dir.filePath(QStringLiteral("pub.pem"));
        const QString sig = dir.filePath(QStringLiteral("sig.der")), data = dir.filePath(QStringLiteral("base"));
        QVERIFY(writeFile(cert, identity->certificatePem()) && writeFile(sig, rawToDer(raw)) && writeFile(data, base));
        auto x = test::run(
            QStringLiteral("openssl"),
            {QStringLiteral("x509"), QStringLiteral("-in"), cert, QStringLiteral("-pubkey"), QStringLiteral("-noout")});
        QVERIFY2(x.exitCode == 0 && writeFile(pub, x.out), qPrintable(x.describe()));
        const QStringList verify {QStringLiteral("dgst"),
                                  QStringLiteral("-sha256"),
                                  QStringLiteral("-verify"),
                                  pub,
                                  QStringLiteral("-signature"),
                                  sig,
                                  data};
        auto v = test::run(QStringLiteral("openssl"), verify);
        QVERIFY2(v.exitCode == 0 && v.out.contains("Verified OK"), qPrintable(v.describe()));
        QVERIFY(writeFile(data, base + ' '));
        QCOMPARE(test::run(QStringLiteral("openssl"), verify).exitCode, 1);
    }

    // What `openssl dgst -sha256 -sign` signs, HttpSignature::verify accepts with the key's certificate.
    void verifiesWhatOpensslSigns()
    {
        QTemporaryDir dir;
        const QString key = dir.filePath(QStringLiteral("k.pem")), cert = dir.filePath(QStringLiteral("c.pem"));
        const QString data = dir.filePath(QStringLiteral("base")), sig = dir.filePath(QStringLiteral("sig.der"));
        const QByteArray base = HttpSignature::signatureBase(
            rfcB24Components(), HttpSignature::signatureParams(rfcB24Components(), 1618884473, QStringLiteral("k")));
        QVERIFY(writeFile(data, base));
        for (const QStringList& args :
             {QStringList {QStringLiteral("ecparam"), QStringLiteral("-name"), QStringLiteral("prime256v1"),
                           QStringLiteral("-genkey"), QStringLiteral("-noout"), QStringLiteral("-out"), key},
              QStringList {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-key"), key,
                           QStringLiteral("-subj"), QStringLiteral("/CN=agency test"), QStringLiteral("-days"),
                           QStringLiteral("2"), QStringLiteral("-out"), cert},
              QStringList {QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-sign"), key,
                           QStringLiteral("-out"), sig, data}}) {
            auto r = test::run(QStringLiteral("openssl"), args);
            QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        }
        const QByteArray raw = derToRaw(readFile(sig));
        QCOMPARE(raw.size(), 64);
        auto ok = HttpSignature::verify(readFile(cert), base, raw);
        QVERIFY2(ok, qPrintable(ok.errorMessage()));
        QVERIFY(!HttpSignature::verify(readFile(cert), base.chopped(1), raw));
    }

    // sign() refuses components that would break the base's one-line-per-component shape.
    void refusesMalformedComponents()
    {
        auto generated = SigningIdentity::generate(QStringLiteral("Test Org"), QStringLiteral("ws-1"));
        QVERIFY(generated);
        auto identity
            = SigningIdentity::load(std::move(generated->signingPrivateKeyDer), generated->signingCertificatePem);
        QVERIFY(identity);
        for (const Components& bad : {Components {{"Content-Type", "x"}}, Components {{"", "x"}},
                                      Components {{"x-a", "1\r\n\"@method\": GET"}}, Components {{"x-a", "1\nb"}}})
            QVERIFY(!HttpSignature::sign(*identity, QStringLiteral("k"), 1, bad));
    }
};

QTEST_GUILESS_MAIN(TestHttpSignature)
#include "TestHttpSignature.moc"

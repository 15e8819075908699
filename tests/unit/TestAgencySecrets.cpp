// AgencySecrets (issue 12): the API key, client secret and client key an administrator gives for an agency live in
// wiped memory. What was read (a file's bytes, a field's text) is wiped as it is taken; the secrets sit on pages of
// their own, kept out of core dumps, which are cleansed and returned to the system when the secrets are freed.
#include "agencies/AgencyRegistry.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace lpdesk;

namespace {

// The VmFlags line of the mapping that holds address in /proc/self/smaps, or "(not mapped)".
QByteArray mappingFlags(const void* address)
{
    QFile maps(QStringLiteral("/proc/self/smaps"));
    if (!maps.open(QIODevice::ReadOnly))
        return QByteArray("(no smaps)");
    const auto at = reinterpret_cast<quintptr>(address);
    bool inside = false;
    static const QRegularExpression range(QStringLiteral("^([0-9a-f]+)-([0-9a-f]+) "));
    for (const QByteArray& line : maps.readAll().split('\n')) {
        const auto m = range.match(QString::fromLatin1(line));
        if (m.hasMatch())
            inside = m.captured(1).toULongLong(nullptr, 16) <= at && at < m.captured(2).toULongLong(nullptr, 16);
        if (inside && line.startsWith("VmFlags:"))
            return line;
    }
    return QByteArray("(not mapped)");
}

} // namespace

class TestAgencySecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The bytes as read from an --api-key-file (with its line end) and as a dialog field gives them: taken, trimmed,
    // and the buffer they were read into holds zeros afterwards.
    void takingWipesWhatWasRead()
    {
        QByteArray read("agency-key-123\r\n");
        QVERIFY(read.isDetached());
        const char* storage = read.constData();
        const qsizetype n = read.size();
        AgencySecrets s;
        s.apiKey = AgencySecrets::take(read, true);
        QCOMPARE(s.apiKey.view(), QByteArrayView("agency-key-123"));
        QVERIFY(read.isEmpty());
        QCOMPARE(read.constData(), storage); // the same buffer, kept so that it can be seen
        QCOMPARE(QByteArrayView(storage, n), QByteArrayView(QByteArray(n, '\0')));

        QByteArray typed = QStringLiteral("oauth-secret-77").toUtf8();
        const char* typedStorage = typed.constData();
        const qsizetype typedSize = typed.size();
        s.clientSecret = AgencySecrets::take(typed);
        QCOMPARE(s.clientSecret.view(), QByteArrayView("oauth-secret-77"));
        QCOMPARE(QByteArrayView(typedStorage, typedSize), QByteArrayView(QByteArray(typedSize, '\0')));
    }

    // Each secret on pages of its own, out of core dumps; freeing the secrets returns those pages (cleansed first),
    // so nothing of them stays readable in this process.
    void secretsLiveInWipedPagesOfTheirOwn()
    {
        auto s = std::make_unique<AgencySecrets>();
        QByteArray key("-----BEGIN PRIVATE KEY-----\nnot really\n-----END PRIVATE KEY-----\n");
        s->clientKeyPem = AgencySecrets::take(key);
        QByteArray apiKey("agency-key-123");
        s->apiKey = AgencySecrets::take(apiKey);
        const void* keyAt = s->clientKeyPem.data();
        const void* apiKeyAt = s->apiKey.data();
        QVERIFY2(mappingFlags(keyAt).contains(" dd"), mappingFlags(keyAt).constData());
        QVERIFY2(mappingFlags(apiKeyAt).contains(" dd"), mappingFlags(apiKeyAt).constData());
        s.reset();
        QCOMPARE(mappingFlags(keyAt), QByteArray("(not mapped)"));
        QCOMPARE(mappingFlags(apiKeyAt), QByteArray("(not mapped)"));
    }
};

QTEST_GUILESS_MAIN(TestAgencySecrets)
#include "TestAgencySecrets.moc"

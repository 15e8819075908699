#include "TestSupport.h"

#include "crypto/AesGcm.h"
#include "crypto/CryptoSelfTest.h"
#include "crypto/Kdf.h"
#include "crypto/KdfScaling.h"
#include "crypto/Random.h"
#include "crypto/Sha256.h"
#include "crypto/SigningIdentity.h"
#include "crypto/X25519.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <sys/mman.h>
#include <unistd.h>
#include <vector>

using namespace lpdesk;

class TestCrypto : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void selfTestPasses() { QVERIFY2(CryptoSelfTest::run().ok(), qPrintable(CryptoSelfTest::run().errorMessage())); }

    void sha256StreamingMatchesOneShot()
    {
        const QByteArray data = randomBytes(1 << 20);
        Sha256 h;
        for (int off = 0; off < data.size(); off += 7777)
            h.addData(QByteArrayView(data).sliced(off, std::min<qsizetype>(7777, data.size() - off)));
        QCOMPARE(h.result(), Sha256::hash(data));
        // After result() the object is reset and hashes the empty string.
        QCOMPARE(toHex(h.result()), QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    void hexStrict()
    {
        QCOMPARE(fromHexStrict(u"00ff10", 3), QByteArray::fromHex("00ff10"));
        QVERIFY(fromHexStrict(u"00ff1", 3).isEmpty());
        QVERIFY(fromHexStrict(u"00fg10", 3).isEmpty());
    }

    void aesGcmRejectsAnyChange()
    {
        const SecureBytes key = randomSecret(32);
        const QByteArray sealed = AesGcm::sealWithRandomNonce(key, "context", "attack at dawn");
        SecureBytes out;
        QVERIFY(AesGcm::openCombined(key, "context", sealed, out));
        QCOMPARE(out.view(), QByteArrayView("attack at dawn"));
        for (int i = 0; i < sealed.size(); ++i) {
            QByteArray bad = sealed;
            bad[i] = static_cast<char>(bad[i] ^ 0x01);
            QVERIFY2(!AesGcm::openCombined(key, "context", bad, out), qPrintable(QString::number(i)));
        }
        QVERIFY(!AesGcm::openCombined(key, "other context", sealed, out));
        QVERIFY(!AesGcm::openCombined(randomSecret(32), "context", sealed, out));
        QVERIFY(!AesGcm::openCombined(key, "context", sealed.left(20), out));
    }

    void scryptDeterministicAndBounded()
    {
        ScryptParams p;
        p.logN = 10;
        p.salt = QByteArray(16, 'a');
        auto a = Scrypt::derive(test::secret("pw"), p, 32);
        auto b = Scrypt::derive(test::secret("pw"), p, 32);
        auto c = Scrypt::derive(test::secret("pW"), p, 32);
        QVERIFY(a && b && c);
        QVERIFY(a->equals(*b));
        QVERIFY(!a->equals(*c));
        p.logN = 30; // hostile slot file asking for 128 GiB of memory
        QVERIFY(!Scrypt::derive(test::secret("pw"), p, 32));
        // Anything beyond the tuned range (2^20, r = 8, p = 1: 1 GiB) is refused before any work: a planted slot
        // must not make a login take 16 GiB or minutes.
        p.logN = 21;
        QVERIFY(!Scrypt::validParams(p));
        p.logN = 20;
        QVERIFY(Scrypt::validParams(p));
        for (auto [r, par] : {std::pair {32, 1}, std::pair {8, 4}, std::pair {16, 1}, std::pair {4, 1}}) {
            ScryptParams q = p;
            q.r = r;
            q.p = par;
            QVERIFY2(!Scrypt::validParams(q), qPrintable(QStringLiteral("r=%1 p=%2").arg(r).arg(par)));
            QVERIFY(!Scrypt::derive(test::secret("pw"), q, 32));
        }
        p.logN = 10;
        p.salt = QByteArray(4, 'a');
        QVERIFY(!Scrypt::derive(test::secret("pw"), p, 32));
    }

    // The scaling is checked on fixed measurements (no clock: a busy machine must not change the answer); tune()
    // itself only has to give valid parameters with fresh salts.
    void scryptTuneScalesWithTarget()
    {
        // 2^12 took 20 ms: 5 ms is a quarter (2^10), 400 ms twenty times (2^16: log2 20 = 4.3 rounds to 4).
        QCOMPARE(scryptScaledLogN(12, 20000, 5), 10);
        QCOMPARE(scryptScaledLogN(12, 20000, 20), 12);
        QCOMPARE(scryptScaledLogN(12, 20000, 400), 16);
        QCOMPARE(scryptScaledLogN(12, 20000, 1000000), Scrypt::MaxLogN); // never past the bounds
        QCOMPARE(scryptScaledLogN(12, 20000, 1), Scrypt::MinLogN);
        QCOMPARE(scryptScaledLogN(12, 0, 5), Scrypt::MaxLogN); // a zero measurement is not a division by zero
        const ScryptParams fast = Scrypt::tune(5);
        const ScryptParams slow = Scrypt::tune(400);
        QVERIFY(Scrypt::validParams(fast));
        QVERIFY(Scrypt::validParams(slow));
        QVERIFY(fast.salt != slow.salt);
    }

    void x25519SealIsBoundToContextAndKey()
    {
        X25519KeyPair alice = X25519::generate();
        X25519KeyPair mallory = X25519::generate();
        const QByteArray sealed = X25519::seal(alice.publicKey, "ctx-1", test::secret("master key bytes"));
        auto opened = X25519::unseal(alice, "ctx-1", sealed);
        QVERIFY(opened);
        QCOMPARE(opened->view(), QByteArrayView("master key bytes"));
        QVERIFY(!X25519::unseal(alice, "ctx-2", sealed));
        mallory.publicKey = alice.publicKey; // right public key, wrong private key
        QVERIFY(!X25519::unseal(mallory, "ctx-1", sealed));
        QVERIFY(!X25519::unseal(alice, "ctx-1", sealed.left(40)));
    }

    void x25519RefusesLowOrderPoints()
    {
        const X25519KeyPair a = X25519::generate();
        QVERIFY(!X25519::agree(a.privateKey, QByteArray(32, '\0')));
    }

    void signingIdentityRoundTrip()
    {
        auto gen = SigningIdentity::generate(QStringLiteral("Org"), QStringLiteral("ws1"));
        QVERIFY(gen);
        auto id = SigningIdentity::load(gen->signingPrivateKeyDer, gen->signingCertificatePem + gen->caCertificatePem);
        QVERIFY(id);
        QVERIFY(id->subject().contains(QLatin1String("ws1")));
        QCOMPARE(id->certificateFingerprint().size(), 64);
        auto raw = id->signRaw("message");
        QVERIFY(raw);
        QCOMPARE(raw->size(), 64);
        QVERIFY(SigningIdentity::verifyDer(gen->signingCertificatePem, "message", SigningIdentity::rawToDer(*raw)));
        // A key that does not match the certificate is refused.
        auto other = SigningIdentity::generate(QStringLiteral("Org"), QStringLiteral("ws2"));
        QVERIFY(!SigningIdentity::load(other->signingPrivateKeyDer, gen->signingCertificatePem));
    }

    void secureBytesTakeFromWipesSource()
    {
        QByteArray source("top secret passphrase");
        QVERIFY(source.isDetached());
        const char* storage = source.constData();
        const qsizetype n = source.size();
        SecureBytes s = SecureBytes::takeFrom(source);
        QCOMPARE(s.view(), QByteArrayView("top secret passphrase"));
        QVERIFY(source.isEmpty());
        // The source's own buffer (kept, empty) holds zeros where the secret was.
        QCOMPARE(source.constData(), storage);
        QCOMPARE(QByteArrayView(storage, n), QByteArrayView(QByteArray(n, '\0')));
        QString text = QString::fromLatin1("another secret"); // a heap copy the passphrase code owns
        QVERIFY(text.isDetached());
        const QChar* chars = text.constData();
        const qsizetype length = text.size();
        SecureBytes t = SecureBytes::fromPassphrase(text);
        QVERIFY(text.isEmpty());
        QCOMPARE(text.constData(), chars);
        for (qsizetype i = 0; i < length; ++i)
            QVERIFY2(chars[i].unicode() == 0, qPrintable(QString::number(i)));
        QCOMPARE(t.view(), QByteArrayView("another secret"));
        SecureBytes moved = std::move(t);
        QVERIFY(t.isEmpty());
        QCOMPARE(moved.size(), std::size_t(14));
    }

    // Key material stays locked in memory and out of core dumps while it lives, even when another secret that
    // sat next to it is freed (munlock works on whole pages).
    // A secret handed over in the environment leaves it whole: value and "NAME=" overwritten where they were, the
    // variable unset, no entry of the environment naming it.
    void secretsLeaveTheEnvironmentWhole()
    {
        QVERIFY(::setenv("LPDESK_TEST_SECRET", "hunter2-hunter2", 1) == 0);
        char* value = std::getenv("LPDESK_TEST_SECRET");
        QVERIFY(value);
        char* entry = value - std::strlen("LPDESK_TEST_SECRET=");
        QVERIFY(std::strncmp(entry, "LPDESK_TEST_SECRET=hunter2", 26) == 0);
        bool found = false;
        const SecureBytes secret = SecureBytes::takeFromEnvironment("LPDESK_TEST_SECRET", &found);
        QVERIFY(found);
        QCOMPARE(QByteArray(secret.constChar(), secret.isize()), QByteArray("hunter2-hunter2"));
        QVERIFY(!std::getenv("LPDESK_TEST_SECRET"));
        for (char** e = environ; *e; ++e)
            QVERIFY2(!std::strstr(*e, "LPDESK_TEST_SECRET"), *e);
        const std::size_t whole = std::strlen("LPDESK_TEST_SECRET=hunter2-hunter2");
        QCOMPARE(std::count(entry, entry + whole, '\0'), static_cast<std::ptrdiff_t>(whole));
        QVERIFY(SecureBytes::takeFromEnvironment("LPDESK_TEST_SECRET", &found).isEmpty());
        QVERIFY(!found);
    }

    void secureBytesKeepTheirOwnPagesLocked()
    {
        auto flagsOf = [](const void* address) {
            QFile maps(QStringLiteral("/proc/self/smaps"));
            if (!maps.open(QIODevice::ReadOnly))
                return QByteArray("(no smaps)");
            const auto at = reinterpret_cast<quintptr>(address);
            bool inside = false;
            static const QRegularExpression range(QStringLiteral("^([0-9a-f]+)-([0-9a-f]+) "));
            for (const QByteArray& line : maps.readAll().split('\n')) {
                const auto m = range.match(QString::fromLatin1(line));
                if (m.hasMatch())
                    inside
                        = m.captured(1).toULongLong(nullptr, 16) <= at && at < m.captured(2).toULongLong(nullptr, 16);
                if (inside && line.startsWith("VmFlags:"))
                    return line;
            }
            return QByteArray("(not mapped)");
        };
        // Small secrets side by side (on the heap several would share a page); every other one is freed.
        // Where this process can lock pages at all: AddressSanitizer turns mlock into a no-op (its shadow memory),
        // and so may RLIMIT_MEMLOCK for a user. Then only the core-dump exclusion can be asked for.
        const long page = ::sysconf(_SC_PAGESIZE);
        void* probe = ::mmap(nullptr, page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        QVERIFY(probe != MAP_FAILED);
        const bool locks = ::mlock(probe, page) == 0 && flagsOf(probe).contains(" lo");
        ::munmap(probe, page);
        qInfo("pages can be locked here: %s", locks ? "yes" : "no (sanitizer or memlock limit)");
        std::vector<std::unique_ptr<SecureBytes>> keys;
        for (int i = 0; i < 64; ++i)
            keys.push_back(std::make_unique<SecureBytes>(randomSecret(32)));
        for (std::size_t i = 0; i < keys.size(); i += 2)
            keys[i].reset();
        for (std::size_t i = 1; i < keys.size(); i += 2) {
            const QByteArray flags = flagsOf(keys[i]->data());
            QVERIFY2((!locks || flags.contains(" lo")) && flags.contains(" dd"),
                     qPrintable(QString::number(i) + u' ' + flags));
        }
        const SecureBytes& key = *keys.back();
        QVERIFY(key.view() != QByteArrayView(QByteArray(32, '\0')));
    }

    void randomUuidIsV4()
    {
        const QString u = randomUuid();
        QCOMPARE(u.size(), 36);
        QCOMPARE(u.at(14), QLatin1Char('4'));
        QVERIFY(u != randomUuid());
    }
};

QTEST_GUILESS_MAIN(TestCrypto)
#include "TestCrypto.moc"

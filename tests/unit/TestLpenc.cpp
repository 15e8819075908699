#include "TestSupport.h"

#include "crypto/LpencDevice.h"
#include "crypto/Random.h"
#include "crypto/Sha256.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace lpdesk;

class TestLpenc : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    X25519KeyPair m_key = X25519::generate();

    // The process's address space (VmSize), which a reserved buffer grows even before its pages are touched.
    static qint64 virtualMemoryKiB()
    {
        QFile status(QStringLiteral("/proc/self/status"));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray& line : status.readAll().split('\n'))
            if (line.startsWith("VmSize:"))
                return line.mid(7).trimmed().split(' ').first().toLongLong();
        return -1;
    }

    QString write(const QString& name, const QByteArray& plain, quint32 chunk = 4096, QByteArrayView to = {})
    {
        const QString path = m_dir.filePath(name);
        auto w = LpencWriter::create(path, to.isEmpty() ? QByteArrayView(m_key.publicKey) : to, chunk);
        if (!w)
            return {};
        // Feed in odd-sized pieces to exercise the chunking.
        for (qsizetype off = 0; off < plain.size(); off += 1777)
            if (!(*w)->write(QByteArrayView(plain).sliced(off, std::min<qsizetype>(1777, plain.size() - off))))
                return {};
        auto s = (*w)->finish();
        if (!s || s->sha256 != Sha256::hashHex(plain) || s->plaintextLength != static_cast<quint64>(plain.size()))
            return {};
        return path;
    }

    QByteArray readAll(const QString& path, QString* error = nullptr)
    {
        auto r = LpencReader::open(path, m_key);
        if (!r) {
            if (error)
                *error = r.errorMessage();
            return {};
        }
        QByteArray out;
        Status s = (*r)->verifyAll([&](const char* p, qsizetype n) { out.append(p, n); });
        if (!s) {
            if (error)
                *error = s.errorMessage();
            return {};
        }
        return out;
    }

    void patch(const QString& path, qint64 offset, const QByteArray& bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(offset));
        QCOMPARE(f.write(bytes), bytes.size());
    }

    QByteArray slice(const QString& path, qint64 offset, qint64 n)
    {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        f.seek(offset);
        return f.read(n);
    }

private Q_SLOTS:
    void roundTripSizes_data()
    {
        QTest::addColumn<int>("size");
        for (int n : {0, 1, 4095, 4096, 4097, 3 * 4096, 3 * 4096 + 5, 100000})
            QTest::newRow(qPrintable(QString::number(n))) << n;
    }

    void roundTripSizes()
    {
        QFETCH(int, size);
        const QByteArray plain = randomBytes(size);
        const QString path = write(QStringLiteral("rt-%1.lpenc").arg(size), plain);
        QVERIFY(!path.isEmpty());
        QCOMPARE(QFile(path).size(), qint64(lpenc::HeaderSize + std::max<qint64>(1, (size + 4095) / 4096) * 24 + size));
        QCOMPARE(readAll(path), plain);
        // The ciphertext does not contain the plaintext.
        if (size > 64)
            QVERIFY(!slice(path, 0, QFile(path).size()).contains(plain.mid(10, 32)));
    }

    void randomAccessAndDevice()
    {
        const QByteArray plain = randomBytes(50000);
        const QString path = write(QStringLiteral("ra.lpenc"), plain);
        auto r = LpencReader::open(path, m_key);
        QVERIFY(r);
        for (quint64 pos : {0ull, 1ull, 4095ull, 4096ull, 12345ull, 49990ull}) {
            char buf[7000];
            const qint64 n = (*r)->read(pos, buf, sizeof buf);
            QCOMPARE(n, std::min<qint64>(7000, 50000 - static_cast<qint64>(pos)));
            QCOMPARE(QByteArray(buf, static_cast<int>(n)), plain.mid(static_cast<qsizetype>(pos), n));
        }
        LpencDevice dev(std::move(*r));
        QCOMPARE(dev.size(), 50000);
        QVERIFY(dev.seek(30000));
        QCOMPARE(dev.read(100), plain.mid(30000, 100));
        QVERIFY(dev.seek(0));
        QCOMPARE(dev.readAll(), plain);
    }

    // Each kind of damage gets its own message.
    void distinctFaults()
    {
        const QByteArray plain = randomBytes(5 * 4096);
        const QString good = write(QStringLiteral("good.lpenc"), plain);
        const QString other = write(QStringLiteral("other.lpenc"), randomBytes(5 * 4096));
        const qint64 record = 8 + 4096 + 16;
        QMap<QString, QString> messages;
        auto variant = [&](const QString& name, const std::function<void(const QString&)>& damage) {
            const QString path = m_dir.filePath(name);
            QFile::remove(path);
            QFile::copy(good, path);
            QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            damage(path);
            QString error;
            const QByteArray out = readAll(path, &error);
            QVERIFY2(out.isEmpty() && !error.isEmpty(), qPrintable(name));
            messages.insert(name, error);
        };
        variant(QStringLiteral("truncated"), [](const QString& p) { QFile::resize(p, QFile(p).size() - 100); });
        variant(QStringLiteral("flipped bit"),
                [&](const QString& p) { patch(p, lpenc::HeaderSize + record + 500, QByteArray(1, '\x55')); });
        variant(QStringLiteral("reordered"), [&](const QString& p) {
            const QByteArray c1 = slice(good, lpenc::HeaderSize + record, record);
            const QByteArray c2 = slice(good, lpenc::HeaderSize + 2 * record, record);
            patch(p, lpenc::HeaderSize + record, c2);
            patch(p, lpenc::HeaderSize + 2 * record, c1);
        });
        variant(QStringLiteral("swapped from another file"), [&](const QString& p) {
            patch(p, lpenc::HeaderSize + record, slice(other, lpenc::HeaderSize + record, record));
        });
        variant(QStringLiteral("header length edited"), [&](const QString& p) { patch(p, 23, QByteArray(1, '\x01')); });
        variant(QStringLiteral("not lpenc"), [&](const QString& p) { patch(p, 0, "PK\x03\x04"); });
        QMap<QString, QString> expected {
            {QStringLiteral("truncated"), QStringLiteral("truncated")},
            {QStringLiteral("flipped bit"), QStringLiteral("damaged or was altered")},
            {QStringLiteral("reordered"), QStringLiteral("out of order")},
            {QStringLiteral("swapped from another file"), QStringLiteral("another encrypted file")},
            {QStringLiteral("header length edited"), QStringLiteral("header")},
            {QStringLiteral("not lpenc"), QStringLiteral("not an .lpenc")}};
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QVERIFY2(messages.value(it.key()).contains(it.value()),
                     qPrintable(it.key() + QStringLiteral(": ") + messages.value(it.key())));
        QCOMPARE(QSet<QString>(messages.cbegin(), messages.cend()).size(), messages.size());

        // A file for another recipient: refused before any decryption, with its own message.
        const X25519KeyPair stranger = X25519::generate();
        const QString foreign = write(QStringLiteral("foreign.lpenc"), plain, 4096, stranger.publicKey);
        QString error;
        readAll(foreign, &error);
        QVERIFY2(error.contains(QLatin1String("another recipient")), qPrintable(error));
    }

    // The vectors published in docs/lpenc-v1.md, byte for byte, and they decrypt.
    void publishedTestVectors()
    {
        QByteArray r, e, salt;
        for (int i = 0; i < 32; ++i) {
            r.append(static_cast<char>(i));
            e.append(static_cast<char>(0x20 + i));
            salt.append(static_cast<char>(0x40 + i));
        }
        X25519KeyPair recipient;
        recipient.privateKey = SecureBytes(r.constData(), 32);
        recipient.publicKey = *X25519::publicFromPrivate(recipient.privateKey);
        QByteArray two;
        for (int i = 0; i < 1500; ++i)
            two.append(static_cast<char>(i % 256));
        const QList<QPair<QByteArray, QString>> vectors {
            {QByteArray("LP Desk .lpenc v1"),
             QStringLiteral("3179bf0e3f2acbef7df428041138bf9e9b3988932d72f1a5607aa79af484576f")},
            {two, QStringLiteral("d40e570c8ab9d4f177e4501a4435161cd4967ceb09ef034bbca267e6967eaa6c")}};
        for (const auto& [plain, fileSha] : vectors) {
            const QString path = m_dir.filePath(QStringLiteral("vector.lpenc"));
            QFile::remove(path);
            auto w = LpencWriter::createForTestVector(path, recipient.publicKey, SecureBytes(e.constData(), 32), salt,
                                                      1024);
            QVERIFY((*w)->write(plain));
            QVERIFY((*w)->finish());
            QCOMPARE(test::sha256OfFile(path), fileSha);
            auto reader = LpencReader::open(path, recipient);
            QVERIFY(reader);
            QByteArray out;
            QVERIFY((*reader)->verifyAll([&](const char* p, qsizetype n) { out.append(p, n); }));
            QCOMPARE(out, plain);
        }
    }

    // Memory in proportion to the file: a 100-byte item in 16 MiB chunks (the most a header may declare) is checked
    // with buffers the size of what it holds. Before, 32 records of 16 MiB were reserved whatever the file (512 MiB
    // of address space for 100 bytes), and a small file that claims more than it holds could make a reader do so.
    void verificationAllocatesInProportionToTheFile()
    {
        const QByteArray plain = randomBytes(100);
        const QString path = write(QStringLiteral("big-chunks.lpenc"), plain, lpenc::MaxChunkSize);
        QVERIFY(!path.isEmpty());
        auto r = LpencReader::open(path, m_key);
        QVERIFY(r);
        const qint64 before = virtualMemoryKiB();
        qint64 during = 0;
        QByteArray out;
        QVERIFY((*r)->verifyAll([&](const char* p, qsizetype n) {
            during = std::max(during, virtualMemoryKiB()); // the buffers are live while the sink runs
            out.append(p, n);
        }));
        QCOMPARE(out, plain);
        QVERIFY2(before > 0 && during - before < 32 * 1024,
                 qPrintable(QStringLiteral("%1 KiB more address space to verify 100 bytes").arg(during - before)));

        // A file that holds less than its header declares is refused when it is opened, before any buffer.
        QVERIFY(QFile::resize(path, QFile(path).size() - 10));
        QVERIFY(!LpencReader::open(path, m_key));
    }

    void writerLeavesNothingOnCancel()
    {
        const QString path = m_dir.filePath(QStringLiteral("cancelled.lpenc"));
        {
            auto w = LpencWriter::create(path, m_key.publicKey);
            QVERIFY((*w)->write(randomBytes(100000)));
            (*w)->cancel();
        }
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("cancelled*")}, QDir::Files | QDir::Hidden).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLpenc)
#include "TestLpenc.moc"

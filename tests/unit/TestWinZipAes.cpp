// WinZipAes (AE-2, AES-256) against 7-Zip, a reference implementation: a ZIP 7-Zip encrypted (a committed fixture,
// tests/data/zip/README.md, and one made now with 200 KB crossing the cipher's 64 KiB key-stream batches) gives LP Desk
// the same password verifier, the same plaintext, the same ciphertext when encrypting it again with 7-Zip's salt, and
// the same authentication code; a changed byte of ciphertext changes the code, and a wrong password the verifier.
#include "TestSupport.h"

#include "crypto/WinZipAes.h"

#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace lpdesk;

namespace {

// The first entry of a ZIP as WinZip AES stores it: salt, password verifier, ciphertext, authentication code.
struct AesEntry
{
    QByteArray name, salt, verifier, ciphertext, mac;
    QString problem; // empty when the entry is one
};

AesEntry firstAesEntry(const QByteArray& zip)
{
    AesEntry e;
    if (zip.size() < 30 || qFromLittleEndian<quint32>(zip.constData()) != 0x04034b50) {
        e.problem = QStringLiteral("no local header");
        return e;
    }
    const char* h = zip.constData();
    const quint16 method = qFromLittleEndian<quint16>(h + 8);
    const quint32 stored = qFromLittleEndian<quint32>(h + 18);
    const quint16 nameLen = qFromLittleEndian<quint16>(h + 26), extraLen = qFromLittleEndian<quint16>(h + 28);
    e.name = zip.mid(30, nameLen);
    const QByteArray extra = zip.mid(30 + nameLen, extraLen);
    const qsizetype aes = extra.indexOf(QByteArray("\x01\x99\x07\x00", 4));
    if (method != 99 || aes < 0) {
        e.problem = QStringLiteral("not a WinZip AES entry (method %1)").arg(method);
        return e;
    }
    // Vendor version 2 (AE-2), "AE", strength 3 (AES-256), real method 0 (stored).
    if (extra.mid(aes + 4, 7)
        != QByteArray("\x02\x00"
                      "AE"
                      "\x03\x00\x00",
                      7)) {
        e.problem = QStringLiteral("not AE-2 with AES-256 over stored data: %1")
                        .arg(QString::fromLatin1(extra.mid(aes + 4, 7).toHex()));
        return e;
    }
    const qsizetype data = 30 + nameLen + extraLen;
    if (stored < zip::AesSaltSize + 2 + zip::AesMacSize || data + stored > zip.size()) {
        e.problem = QStringLiteral("entry sizes out of range");
        return e;
    }
    e.salt = zip.mid(data, zip::AesSaltSize);
    e.verifier = zip.mid(data + zip::AesSaltSize, 2);
    e.ciphertext = zip.mid(data + zip::AesSaltSize + 2, stored - zip::AesSaltSize - 2 - zip::AesMacSize);
    e.mac = zip.mid(data + stored - zip::AesMacSize, zip::AesMacSize);
    return e;
}

// Decrypts in pieces of the given sizes (cycled), as the package reader does with its buffers.
QByteArray decryptInPieces(WinZipAes& aes, QByteArray data, const QList<qsizetype>& pieces)
{
    qsizetype at = 0;
    for (int i = 0; at < data.size(); ++i) {
        const qsizetype n = std::min(pieces[i % pieces.size()], data.size() - at);
        if (!aes.decrypt(data.data() + at, n))
            return {};
        at += n;
    }
    return data;
}

QByteArray pattern(qsizetype n)
{
    QByteArray b(n, Qt::Uninitialized);
    for (qsizetype i = 0; i < n; ++i)
        b[i] = static_cast<char>((i * 7 + i / 251) & 0xff);
    return b;
}

} // namespace

class TestWinZipAes : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // The fixture's checks, for an entry 7-Zip made from plaintext with password.
    void checkAgainstReference(const AesEntry& e, const char* password, const QByteArray& plaintext)
    {
        QVERIFY2(e.problem.isEmpty(), qPrintable(e.problem));
        QCOMPARE(e.ciphertext.size(), plaintext.size());
        {
            WinZipAes aes;
            QVERIFY(aes.init(test::secret(password), e.salt));
            QCOMPARE(aes.verifier().toHex(), e.verifier.toHex());
            QCOMPARE(decryptInPieces(aes, e.ciphertext, {1, 15, 17, 4096, 65536, 70001}), plaintext);
            QCOMPARE(aes.mac().toHex(), e.mac.toHex());
        }
        {
            // Encrypting 7-Zip's plaintext again with its salt gives its ciphertext and its code, byte for byte.
            WinZipAes aes;
            QVERIFY(aes.init(test::secret(password), e.salt));
            QByteArray data = plaintext;
            QVERIFY(aes.encrypt(data.data(), data.size()));
            QCOMPARE(data.toHex(), e.ciphertext.toHex());
            QCOMPARE(aes.mac().toHex(), e.mac.toHex());
        }
        {
            // One changed byte of ciphertext: another code.
            WinZipAes aes;
            QVERIFY(aes.init(test::secret(password), e.salt));
            QByteArray data = e.ciphertext;
            data[data.size() / 2] = static_cast<char>(data[data.size() / 2] ^ 0x01);
            QVERIFY(aes.decrypt(data.data(), data.size()));
            QVERIFY(aes.mac() != e.mac);
        }
    }

private Q_SLOTS:
    void knownAnswerFrom7Zip()
    {
        const QByteArray zip
            = test::readFile(test::sourceDir() + QStringLiteral("/tests/data/zip/7z-aes256-stored.zip"));
        QCOMPARE(zip.size(), 255);
        const AesEntry e = firstAesEntry(zip);
        QCOMPARE(e.name, QByteArray("exhibit.txt"));
        checkAgainstReference(e, "correct-horse-7z", "Chain of custody: exhibit 7, clip from camera 2.\n");
        // A wrong password: another verifier (for this salt; 1 in 65 536 passwords would match by chance).
        WinZipAes wrong;
        QVERIFY(wrong.init(test::secret("correct-horse-7Z"), e.salt));
        QVERIFY(wrong.verifier() != e.verifier);
    }

    void largeEntryMadeNowBy7Zip()
    {
        const QString plain = m_dir.filePath(QStringLiteral("evidence.bin"));
        const QByteArray data = pattern(200003);
        QVERIFY(test::writeFile(plain, data));
        const QString zip = m_dir.filePath(QStringLiteral("made.zip"));
        const auto made
            = test::run(QStringLiteral("7z"),
                        {QStringLiteral("a"), QStringLiteral("-tzip"), QStringLiteral("-mem=AES256"),
                         QStringLiteral("-mx=0"), QStringLiteral("-pkey to the evidence room"), zip, plain});
        QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));
        const AesEntry e = firstAesEntry(test::readFile(zip));
        QCOMPARE(e.name, QByteArray("evidence.bin"));
        checkAgainstReference(e, "key to the evidence room", data);
    }
};

QTEST_GUILESS_MAIN(TestWinZipAes)
#include "TestWinZipAes.moc"

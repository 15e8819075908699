// ZipWriter and ZipReader (zip/ZipArchive.h): what the writer makes reads back byte for byte, in LP Desk's reader
// and in independent ones (Python's zipfile, 7-Zip with the password); the writer refuses names that could lead out
// of a folder; the reader refuses hostile archives — built here byte by byte, so each carries exactly one fault — for
// the reason that is wrong (path traversal, absolute paths, backslashes, control characters, duplicated names,
// symbolic links, a compression bomb, a truncated or lying central directory, overlapping entries); and every single
// byte of a package's headers, central directory and end records, flipped, is caught.
#include "TestSupport.h"

#include "zip/ZipArchive.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <zlib.h>

using namespace lpdesk;

namespace {

// Little-endian fields, written here rather than with LP Desk's writer so that the archives are independent of it.
template<typename T> void put(QByteArray& b, T v)
{
    char x[sizeof(T)];
    qToLittleEndian(v, x);
    b.append(x, sizeof(T));
}

quint32 crcOf(const QByteArray& data)
{
    return static_cast<quint32>(
        crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef*>(data.constData()), static_cast<uInt>(data.size())));
}

QByteArray rawDeflate(const QByteArray& data)
{
    z_stream zs {};
    deflateInit2(&zs, 9, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY);
    QByteArray out(static_cast<qsizetype>(deflateBound(&zs, static_cast<uLong>(data.size()))), '\0');
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    zs.avail_in = static_cast<uInt>(data.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    deflate(&zs, Z_FINISH);
    out.truncate(static_cast<qsizetype>(zs.total_out));
    deflateEnd(&zs);
    return out;
}

// One entry of a classic (not ZIP64) archive as a hostile writer could make it: every field the reader looks at.
struct RawEntry
{
    QByteArray name;
    QByteArray stored; // the bytes after the local header
    quint32 size = 0; // declared uncompressed size (set from stored when left 0 and stored)
    quint32 crc = 0;
    quint16 method = 0;
    quint16 flags = 0;
    quint16 madeBy = (3 << 8) | 20;
    quint32 external = 0100644u << 16;
    qint64 at = -1; // >= 0: no local header of its own; the central directory points at this offset (overlaps)
};

RawEntry stored(const QByteArray& name, const QByteArray& data)
{
    RawEntry e;
    e.name = name;
    e.stored = data;
    e.size = static_cast<quint32>(data.size());
    e.crc = crcOf(data);
    return e;
}

// The fields a local header and a central directory entry share, from "version needed" to the extra length.
QByteArray sharedFields(const RawEntry& e)
{
    QByteArray out;
    for (const quint16 v : {quint16(20), e.flags, e.method, quint16(0), quint16(0x5a21)})
        put<quint16>(out, v);
    for (const quint32 v : {e.crc, static_cast<quint32>(e.stored.size()), e.size})
        put<quint32>(out, v);
    put<quint16>(out, static_cast<quint16>(e.name.size()));
    put<quint16>(out, 0);
    return out;
}

QByteArray localHeader(const RawEntry& e)
{
    QByteArray out;
    put<quint32>(out, 0x04034b50);
    return out + sharedFields(e) + e.name;
}

// Local headers and data, the central directory, the end record; cutCd drops that many bytes from the end of the
// central directory (its declared size unchanged).
QByteArray rawZip(const QList<RawEntry>& entries, int cutCd = 0)
{
    QByteArray out, cd;
    for (const RawEntry& e : entries) {
        quint32 offset = static_cast<quint32>(e.at);
        if (e.at < 0) {
            offset = static_cast<quint32>(out.size());
            out.append(localHeader(e) + e.stored);
        }
        put<quint32>(cd, 0x02014b50);
        put<quint16>(cd, e.madeBy);
        cd.append(sharedFields(e));
        for (const quint16 v : {0, 0, 0}) // comment length, disk, internal attributes
            put<quint16>(cd, v);
        put<quint32>(cd, e.external);
        put<quint32>(cd, offset);
        cd.append(e.name);
    }
    const quint32 cdOffset = static_cast<quint32>(out.size());
    const quint32 cdSize = static_cast<quint32>(cd.size());
    out.append(cd.left(cd.size() - cutCd));
    put<quint32>(out, 0x06054b50);
    for (const quint16 v : {quint16(0), quint16(0), quint16(entries.size()), quint16(entries.size())})
        put<quint16>(out, v);
    put<quint32>(out, cdSize);
    put<quint32>(out, cdOffset);
    put<quint16>(out, 0);
    return out;
}

QString sha256Hex(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QByteArray pseudoRandom(qsizetype n, quint32 seed)
{
    QByteArray b(n, Qt::Uninitialized);
    quint32 x = seed;
    for (qsizetype i = 0; i < n; ++i) {
        x = x * 1664525u + 1013904223u;
        b[i] = static_cast<char>(x >> 24);
    }
    return b;
}

const QList<QPair<QString, QByteArray>>& packageEntries()
{
    static const QList<QPair<QString, QByteArray>> entries {
        {QStringLiteral("manifest.json"), QByteArrayLiteral("{\"format\":\"lpdesk-package\"}\n")},
        {QStringLiteral("empty.txt"), QByteArray()},
        {QStringLiteral("media/clip 1 (trim).mp4"), pseudoRandom(200000, 7)},
        {QStringLiteral("statements/s-01.txt"), QByteArrayLiteral("I saw him leave by the north door.\n")}};
    return entries;
}

// Writes packageEntries() to path, plain or with password; false when a step fails.
bool writePackage(const QString& path, const SecureBytes* password = nullptr)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite | QIODevice::Truncate))
        return false;
    auto w = ZipWriter::create(&f, password);
    if (!w)
        return false;
    for (const auto& [name, data] : packageEntries()) {
        auto summary = (*w)->addEntry(name, data);
        if (!summary || summary->sha256 != sha256Hex(data) || summary->size != static_cast<quint64>(data.size()))
            return false;
    }
    return bool((*w)->finish()) && (*w)->bytesWritten() == static_cast<quint64>(f.size());
}

// Opens path (as a package, or foreign) and reads every entry: the first error, empty when all is well.
QString openAndReadAll(const QString& path, bool foreign = false, const SecureBytes* password = nullptr)
{
    auto r = foreign ? ZipReader::openForeign(path) : ZipReader::open(path, password);
    if (!r)
        return r.errorMessage();
    for (const ZipEntryInfo& e : (*r)->entries())
        if (auto read = (*r)->read(e); !read)
            return read.errorMessage();
    return {};
}

} // namespace

class TestZipArchive : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void plainPackageReadsBackHereAndInPythonsZipfile()
    {
        const QString zip = path(QStringLiteral("plain.zip"));
        QVERIFY(writePackage(zip));
        auto r = ZipReader::open(zip);
        QVERIFY2(r, qPrintable(r.errorMessage()));
        QCOMPARE((*r)->entries().size(), packageEntries().size());
        QVERIFY(!(*r)->anyEncrypted());
        for (const auto& [name, data] : packageEntries()) {
            const ZipEntryInfo* e = (*r)->find(name);
            QVERIFY2(e, qPrintable(name));
            QCOMPARE(e->size, static_cast<quint64>(data.size()));
            QCOMPARE(e->crc32, crcOf(data));
            QByteArray streamed;
            auto hash = (*r)->read(*e, [&](QByteArrayView c) { streamed.append(c.data(), c.size()); });
            QVERIFY2(hash, qPrintable(hash.errorMessage()));
            QCOMPARE(*hash, sha256Hex(data));
            QCOMPARE(streamed, data);
        }
        QVERIFY(!(*r)->find(QStringLiteral("missing.txt")));
        QVERIFY(!(*r)->readAll(QStringLiteral("media/clip 1 (trim).mp4"), 1000)); // over the limit
        // An independent reader: Python's zipfile checks every CRC (testzip) and gives the same bytes.
        const auto py = test::run(QStringLiteral("python3"),
                                  {QStringLiteral("-c"),
                                   QStringLiteral("import zipfile,sys,hashlib\nz=zipfile.ZipFile(sys.argv[1])\n"
                                                  "assert z.testzip() is None\n"
                                                  "for i in z.infolist(): print(i.filename, i.compress_type, "
                                                  "hashlib.sha256(z.read(i)).hexdigest())"),
                                   zip});
        QVERIFY2(py.exitCode == 0, qPrintable(py.describe()));
        QStringList expected;
        for (const auto& [name, data] : packageEntries())
            expected << QStringLiteral("%1 0 %2").arg(name, sha256Hex(data));
        QCOMPARE(QString::fromUtf8(py.out).trimmed().split(QLatin1Char('\n')), expected);
    }

    void encryptedPackageNeedsItsPasswordAndOpensIn7Zip()
    {
        const SecureBytes password = test::secret("Tr0ub4dor&3 exhibit");
        const QString zip = path(QStringLiteral("aes.zip"));
        QVERIFY(writePackage(zip, &password));
        QVERIFY(!test::readFile(zip).contains("north door")); // no plaintext in the file
        auto none = ZipReader::open(zip);
        QVERIFY2(none, qPrintable(none.errorMessage()));
        QVERIFY((*none)->anyEncrypted());
        auto unreadable = (*none)->readAll(QStringLiteral("statements/s-01.txt"), 1000);
        QVERIFY(!unreadable);
        QCOMPARE(unreadable.error().kind, ErrorKind::Auth);
        const SecureBytes wrongPassword = test::secret("Tr0ub4dor&3 exhibiT");
        auto wrong = ZipReader::open(zip, &wrongPassword);
        QVERIFY(wrong);
        auto refused = (*wrong)->readAll(QStringLiteral("statements/s-01.txt"), 1000);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Auth);
        auto right = ZipReader::open(zip, &password);
        QVERIFY(right);
        for (const auto& [name, data] : packageEntries()) {
            auto bytes = (*right)->readAll(name, 1 << 20);
            QVERIFY2(bytes, qPrintable(bytes.errorMessage()));
            QCOMPARE(*bytes, data);
        }
        // 7-Zip, with the password, extracts the same bytes.
        const auto x = test::run(QStringLiteral("7z"),
                                 {QStringLiteral("x"), QStringLiteral("-so"), QStringLiteral("-pTr0ub4dor&3 exhibit"),
                                  zip, QStringLiteral("media/clip 1 (trim).mp4")});
        QVERIFY2(x.exitCode == 0, qPrintable(x.describe()));
        QCOMPARE(sha256Hex(x.out), sha256Hex(packageEntries()[2].second));
    }

    void writerRefusesUnsafeNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("parent") << QStringLiteral("../evil.txt");
        QTest::newRow("parent inside") << QStringLiteral("media/../../evil.txt");
        QTest::newRow("absolute") << QStringLiteral("/etc/passwd");
        QTest::newRow("drive") << QStringLiteral("C:/Windows/evil.dll");
        QTest::newRow("backslash") << QStringLiteral("media\\..\\evil.txt");
        QTest::newRow("dot") << QStringLiteral("media/./clip.mp4");
        QTest::newRow("empty part") << QStringLiteral("media//clip.mp4");
        QTest::newRow("trailing dot") << QStringLiteral("media/clip.");
        QTest::newRow("trailing space") << QStringLiteral("clip.mp4 ");
        QTest::newRow("control") << QStringLiteral("clip\x01.mp4");
        QTest::newRow("newline") << QStringLiteral("clip\n.mp4");
        QTest::newRow("empty") << QString();
        QTest::newRow("too long") << QString(ZipReader::MaxNameLength + 1, QLatin1Char('a'));
    }
    void writerRefusesUnsafeNames()
    {
        QFETCH(QString, name);
        QVERIFY(!ZipWriter::isSafeName(name));
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::ReadWrite));
        auto w = ZipWriter::create(&buffer);
        QVERIFY(w);
        const Status begun = (*w)->beginEntry(name);
        QVERIFY(!begun);
        QCOMPARE(begun.error().kind, ErrorKind::Usage);
        QCOMPARE(buffer.size(), 0); // nothing written for a refused name
    }

    void writerRefusesADuplicateAndKeepsOrder()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::ReadWrite));
        auto w = ZipWriter::create(&buffer);
        QVERIFY(w);
        QVERIFY((*w)->addEntry(QStringLiteral("a.txt"), "one"));
        auto twice = (*w)->addEntry(QStringLiteral("a.txt"), "two");
        QVERIFY(!twice);
        QVERIFY2(twice.errorMessage().contains(QLatin1String("already has an entry a.txt")),
                 qPrintable(twice.errorMessage()));
        QVERIFY((*w)->finish());
        const QString file = path(QStringLiteral("dup.zip"));
        QVERIFY(test::writeFile(file, buffer.data()));
        auto r = ZipReader::open(file);
        QVERIFY2(r, qPrintable(r.errorMessage()));
        QCOMPARE((*r)->entries().size(), 1);
        QCOMPARE(*(*r)->readAll(QStringLiteral("a.txt"), 10), QByteArray("one"));
        QVERIFY(ZipWriter::isSafeName(QStringLiteral("media/clip 1 (trim)+x_2.mp4")));
    }

    void readerRefusesHostileArchives_data()
    {
        QTest::addColumn<QByteArray>("zip");
        QTest::addColumn<QString>("why");
        const RawEntry ok = stored("ok.txt", "fine\n");
        auto named = [&](const QByteArray& name) { return rawZip({ok, stored(name, "owned\n")}); };
        QTest::newRow("parent") << named("../evil.sh") << QStringLiteral("unsafe entry name");
        QTest::newRow("parent deep") << named("a/b/../../../evil.sh") << QStringLiteral("unsafe entry name");
        QTest::newRow("absolute") << named("/etc/cron.d/evil") << QStringLiteral("unsafe entry name");
        QTest::newRow("drive") << named("C:/evil.bat") << QStringLiteral("unsafe entry name");
        QTest::newRow("backslash parent") << named("..\\evil.bat") << QStringLiteral("unsafe entry name");
        QTest::newRow("control") << named("evil\x1b[2J.txt") << QStringLiteral("unsafe entry name");
        QTest::newRow("not UTF-8") << named("evil\xff.txt") << QStringLiteral("unsafe entry name");
        QTest::newRow("duplicate") << rawZip({ok, stored("ok.txt", "other\n")}) << QStringLiteral("appears twice");
        RawEntry link = stored("link", "/etc/passwd");
        link.external = 0120777u << 16;
        QTest::newRow("symlink") << rawZip({ok, link}) << QStringLiteral("is a symbolic link");
        RawEntry legacy = stored("secret.txt", "xxxxxxxxxxxxxxxx");
        legacy.flags = 0x0001;
        QTest::newRow("legacy encryption") << rawZip({legacy}) << QStringLiteral("legacy ZIP encryption");
        RawEntry lie = stored("big.bin", "small");
        lie.size = 5000; // stored says 5 bytes, declared 5000
        QTest::newRow("size lie") << rawZip({lie}) << QStringLiteral("declares 5000 bytes but stores 5");
        QTest::newRow("truncated central directory")
            << rawZip({ok, stored("b.txt", "b\n")}, 20) << QStringLiteral("central directory");
        QByteArray noEnd = rawZip({ok});
        noEnd.chop(22);
        QTest::newRow("no end record") << noEnd << QStringLiteral("no end-of-central-directory record");
        QTest::newRow("tiny") << QByteArray("PK\x05\x06", 4) << QStringLiteral("too small");
        QByteArray farCd = rawZip({ok});
        qToLittleEndian<quint32>(0x7fffff00, farCd.data() + farCd.size() - 6); // the directory's offset
        QTest::newRow("directory outside") << farCd << QStringLiteral("central directory lies outside the file");
    }
    void readerRefusesHostileArchives()
    {
        QFETCH(QByteArray, zip);
        QFETCH(QString, why);
        const QString file = path(QStringLiteral("hostile.zip"));
        QVERIFY(test::writeFile(file, zip));
        for (const bool foreign : {false, true}) {
            auto r = foreign ? ZipReader::openForeign(file) : ZipReader::open(file);
            QVERIFY2(!r, foreign ? "opened as a foreign archive" : "opened as a package");
            QCOMPARE(r.error().kind, ErrorKind::Verification);
            QVERIFY2(r.errorMessage().contains(why), qPrintable(r.errorMessage()));
        }
    }

    void overlappingEntriesAreRefused()
    {
        // a.bin's data is b.txt's whole local header and data: two entries over the same bytes, the way bombs
        // without compression are built.
        RawEntry b = stored("b.txt", "the same bytes\n");
        const RawEntry a = stored("a.bin", localHeader(b) + b.stored);
        b.at = 30 + a.name.size();
        const QString file = path(QStringLiteral("overlap.zip"));
        QVERIFY(test::writeFile(file, rawZip({a, b})));
        for (const bool foreign : {false, true}) {
            auto r = foreign ? ZipReader::openForeign(file) : ZipReader::open(file);
            QVERIFY(!r);
            QVERIFY2(r.errorMessage().contains(QLatin1String("two entries overlap")), qPrintable(r.errorMessage()));
        }
        // The same central directory entry pointing at another entry's local header.
        b.at = 0;
        QVERIFY(test::writeFile(file, rawZip({a, b})));
        auto named = ZipReader::openForeign(file);
        QVERIFY(!named);
        QVERIFY2(named.errorMessage().contains(QLatin1String("the local header of b.txt names a.bin")),
                 qPrintable(named.errorMessage()));
    }

    void compressionBombIsRefusedBeforeInflating()
    {
        const QByteArray zeros(8 * 1024 * 1024, '\0');
        RawEntry bomb;
        bomb.name = "zeros.bin";
        bomb.stored = rawDeflate(zeros);
        bomb.method = 8;
        bomb.size = static_cast<quint32>(zeros.size());
        bomb.crc = crcOf(zeros);
        QVERIFY(bomb.stored.size() * ZipReader::MaxRatio + 65536 < static_cast<quint64>(zeros.size()));
        const QString file = path(QStringLiteral("bomb.zip"));
        QVERIFY(test::writeFile(file, rawZip({bomb})));
        auto r = ZipReader::openForeign(file);
        QVERIFY(!r);
        QVERIFY2(r.errorMessage().contains(QLatin1String("(a compression bomb)")), qPrintable(r.errorMessage()));
        // A package never holds a compressed entry at all.
        auto p = ZipReader::open(file);
        QVERIFY(!p);
        QVERIFY2(p.errorMessage().contains(QLatin1String("is compressed (method 8)")), qPrintable(p.errorMessage()));

        // One that lies about its size to pass the ratio: inflating stops at the declared size.
        RawEntry liar = bomb;
        liar.size = static_cast<quint32>(bomb.stored.size() * 100);
        QVERIFY(test::writeFile(file, rawZip({liar})));
        auto opened = ZipReader::openForeign(file);
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        qint64 produced = 0;
        auto read = (*opened)->read((*opened)->entries().first(), [&](QByteArrayView c) { produced += c.size(); });
        QVERIFY(!read);
        QVERIFY2(read.errorMessage().contains(QLatin1String("inflates past its declared")),
                 qPrintable(read.errorMessage()));
        QVERIFY(produced <= static_cast<qint64>(liar.size));
    }

    void foreignDeflatedArchiveFromPythonReads()
    {
        const QString file = path(QStringLiteral("dvr.zip"));
        const auto py
            = test::run(QStringLiteral("python3"),
                        {QStringLiteral("-c"),
                         QStringLiteral("import zipfile,sys\nz=zipfile.ZipFile(sys.argv[1],'w',zipfile.ZIP_DEFLATED)\n"
                                        "z.writestr('export/',b'')\nz.writestr('export/cam 2.txt',b'frame '*5000)\n"
                                        "z.writestr('export/log.txt',b'ok\\n')\nz.close()"),
                         file});
        QVERIFY2(py.exitCode == 0, qPrintable(py.describe()));
        auto r = ZipReader::openForeign(file);
        QVERIFY2(r, qPrintable(r.errorMessage()));
        QCOMPARE((*r)->entries().size(), 2); // the folder entry is skipped
        QVERIFY((*r)->entries().first().deflated);
        auto cam = (*r)->readAll(QStringLiteral("export/cam 2.txt"), 1 << 20);
        QVERIFY2(cam, qPrintable(cam.errorMessage()));
        QCOMPARE(*cam, QByteArray("frame ").repeated(5000));
        // Not a package: its layout is not LP Desk's.
        auto asPackage = ZipReader::open(file);
        QVERIFY(!asPackage);
        // A changed byte of compressed data: the CRC or the inflater says so.
        QByteArray bytes = test::readFile(file);
        const qsizetype data = bytes.indexOf("export/cam 2.txt") + 16 + 10;
        bytes[data] = static_cast<char>(bytes[data] ^ 0x40);
        QVERIFY(test::writeFile(file, bytes));
        QVERIFY(!openAndReadAll(file, true).isEmpty());
    }

    // Every byte that is not entry data — local headers, the central directory, the ZIP64 end records — flipped one
    // at a time; and every byte of the data of the small entries. Each flip must be refused (when opening or reading).
    void everyFlippedStructureByteIsCaught()
    {
        for (const bool encrypted : {false, true}) {
            const SecureBytes password = test::secret("sweep-password");
            const QString zip = path(QStringLiteral("sweep.zip"));
            QFile f(zip);
            QVERIFY(f.open(QIODevice::ReadWrite | QIODevice::Truncate));
            auto w = ZipWriter::create(&f, encrypted ? &password : nullptr);
            QVERIFY(w);
            QVERIFY((*w)->addEntry(QStringLiteral("manifest.json"), "{\"a\":1}"));
            QVERIFY((*w)->addEntry(QStringLiteral("media/x.bin"), pseudoRandom(300, 3)));
            QVERIFY((*w)->addEntry(QStringLiteral("SHA256SUMS"), QByteArray()));
            QVERIFY((*w)->finish());
            f.close();
            const QByteArray good = test::readFile(zip);
            QVERIFY(openAndReadAll(zip, false, &password).isEmpty());
            const QString flipped = path(QStringLiteral("flipped.zip"));
            QStringList missed;
            for (qsizetype i = 0; i < good.size(); ++i) {
                for (const char bit : {'\x01', '\x80'}) {
                    QByteArray bad = good;
                    bad[i] = static_cast<char>(bad[i] ^ bit);
                    QVERIFY(test::writeFile(flipped, bad));
                    if (openAndReadAll(flipped, false, &password).isEmpty())
                        missed << QStringLiteral("%1^%2").arg(i).arg(int(static_cast<uchar>(bit)));
                }
            }
            QVERIFY2(missed.isEmpty(),
                     qPrintable((encrypted ? QStringLiteral("AES: ") : QStringLiteral("plain: "))
                                + missed.join(QLatin1Char(' '))));
            // A byte appended or removed anywhere at the end.
            QVERIFY(test::writeFile(flipped, good + '\0'));
            QVERIFY(!openAndReadAll(flipped, false, &password).isEmpty());
            QVERIFY(test::writeFile(flipped, good.chopped(1)));
            QVERIFY(!openAndReadAll(flipped, false, &password).isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestZipArchive)
#include "TestZipArchive.moc"

// `lpdesk-cli media import` with footage made by the ffmpeg CLI the way DVRs, VMS exports and phones hand it over:
// every kind becomes a native master whose SHA-256 is what sha256sum says and which decrypts bit for bit; custody
// shows the acquisition; containers the player does not take get a working copy with lineage that decodes; a ZIP
// export is unpacked; hostile archives are refused without leaving a row or a file; legal may not import. A Dahua
// DVR's .dav (made by tests/helpers/make_dav.py around an H.264 stream of the ffmpeg CLI, checked against ffprobe and
// framemd5) keeps its master, gets an MP4 working copy with the same frames and takes its start from the DHAV date.
// Raw H.264/H.265 elementary streams take their frame rate from their VUI timing or --fps (none: refused, naming
// --fps) and their working copy holds the framemd5-identical frames at their display times; HEIC stills (heif-enc)
// are kept as documents that say why they cannot be shown, with their EXIF time.
#include "TestSupport.h"

#include "cases/MediaLibrary.h"
#include "crypto/Lpenc.h"
#include "media/VideoDecoder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lpdesk;

namespace {

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// An EXIF APP1 segment (big-endian TIFF) with DateTimeOriginal and OffsetTimeOriginal, as cameras write it.
QByteArray exifSegment(const QByteArray& when, const QByteArray& offset)
{
    QByteArray t("MM\0*\0\0\0\x08", 8);
    const auto u16 = [&t](quint32 v) { t.append(char(v >> 8)).append(char(v)); };
    const auto u32 = [&](quint32 v) { u16(v >> 16), u16(v & 0xffff); };
    u16(1); // IFD0: the Exif IFD pointer
    u16(0x8769), u16(4), u32(1), u32(26);
    u32(0);
    u16(2); // Exif IFD at 26
    u16(0x9003), u16(2), u32(20), u32(56);
    u16(0x9011), u16(2), u32(7), u32(76);
    u32(0);
    t.append(when).append('\0');
    t.append(offset).append('\0');
    QByteArray seg("\xFF\xE1", 2);
    const int len = 2 + 6 + static_cast<int>(t.size());
    seg.append(char(len >> 8)).append(char(len)).append("Exif\0\0", 6).append(t);
    return seg;
}

} // namespace

class TestMediaImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_case;
    QString m_src;

    QMap<QString, QString> env(const QString& user) const
    {
        return test::envAs(m_db, user, {{QStringLiteral("LPDESK_NEW_PASSPHRASE"), QStringLiteral("x")}});
    }
    test::ProcessRun as(const QString& user, const QStringList& args) const { return test::cli(args, env(user)); }
    QString src(const QString& name) const { return m_src + QLatin1Char('/') + name; }

    static bool ffmpeg(const QStringList& args)
    {
        QStringList all {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y")};
        all << args;
        const auto r = test::run(QStringLiteral("ffmpeg"), all);
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.describe()));
        return r.exitCode == 0;
    }
    static QStringList testsrc(double seconds, const QString& rate = QStringLiteral("25"))
    {
        return {QStringLiteral("-f"), QStringLiteral("lavfi"),
                QStringLiteral("-i"), QStringLiteral("testsrc=size=320x240:rate=%1").arg(rate),
                QStringLiteral("-t"), QString::number(seconds)};
    }
    static QStringList sine(double seconds)
    {
        return {QStringLiteral("-f"), QStringLiteral("lavfi"),
                QStringLiteral("-i"), QStringLiteral("sine=frequency=440:sample_rate=48000"),
                QStringLiteral("-t"), QString::number(seconds)};
    }

    // Imports and returns the JSON rows of what was imported.
    QJsonArray import(const QStringList& files, const QStringList& extra = {})
    {
        QStringList args {QStringLiteral("--json"), QStringLiteral("media"), QStringLiteral("import")};
        args << files << QStringLiteral("--case") << m_case << QStringLiteral("--source")
             << QStringLiteral("USB stick from the store manager") << extra;
        const auto r = as(QStringLiteral("ivy"), args);
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.describe()));
        return QJsonDocument::fromJson(r.out).array();
    }

    std::unique_ptr<CaseDatabase> open() const
    {
        auto db = CaseDatabase::open(m_db, QStringLiteral("ivy"), test::secret("ivy-pass"));
        return db ? std::move(db.value()) : nullptr;
    }

    // The master decrypts to exactly the file's bytes.
    void checkMaster(const QJsonObject& row, const QString& file)
    {
        QCOMPARE(row.value(QLatin1String("sha256")).toString(), test::sha256OfFile(file));
        const auto sum = test::run(QStringLiteral("sha256sum"), {file});
        QCOMPARE(row.value(QLatin1String("sha256")).toString(), QString::fromLatin1(sum.out.left(64)));
        QCOMPARE(row.value(QLatin1String("size")).toInteger(), QFileInfo(file).size());
        auto db = open();
        QVERIFY(db);
        MediaLibrary library(*db);
        auto media = library.get(row.value(QLatin1String("id")).toString());
        QVERIFY(media);
        QCOMPARE(media->kind, QStringLiteral("original"));
        const QByteArray plain = plainBytes(library, library.pathOf(*media));
        QVERIFY(!plain.isEmpty());
        QVERIFY(plain == readFile(file));
        QVERIFY(!readFile(library.pathOf(*media)).contains(readFile(file).left(64)));
    }

    // The working copy is a derivative of the master and decodes to as many frames as the ffmpeg CLI counts.
    void checkWorkingCopy(const QJsonObject& row, const QString& file)
    {
        const QString copy = row.value(QLatin1String("working_copy")).toString();
        QVERIFY2(!copy.isEmpty(), qPrintable(QJsonDocument(row).toJson()));
        auto db = open();
        QVERIFY(db);
        MediaLibrary library(*db);
        auto media = library.get(copy);
        QVERIFY(media);
        QCOMPARE(media->kind, QStringLiteral("derivative"));
        QCOMPARE(media->parentId, row.value(QLatin1String("id")).toString());
        QCOMPARE(media->operation, QStringLiteral("working_copy"));
        // Every source clip is 2 s; the copy starts at 0 whatever clock the source's timestamps followed.
        QVERIFY2(qAbs(media->duration - 2.0) < 0.05, qPrintable(QString::number(media->duration)));
        QCOMPARE(media->operationParams.value(QLatin1String("parent_sha256")).toString(),
                 row.value(QLatin1String("sha256")).toString());
        auto key = library.key();
        QVERIFY(key);
        auto decoder = VideoDecoder::open(library.pathOf(*media), *key);
        QVERIFY2(decoder, qPrintable(decoder.errorMessage()));
        const auto count = test::run(QStringLiteral("ffprobe"),
                                     {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-count_frames"),
                                      QStringLiteral("-select_streams"), QStringLiteral("v:0"),
                                      QStringLiteral("-show_entries"), QStringLiteral("stream=nb_read_frames"),
                                      QStringLiteral("-of"), QStringLiteral("csv=p=0"), file});
        // MPEG-TS lists the stream again under its program: the first line is the count.
        QCOMPARE(static_cast<int>((*decoder)->frames().size()), count.out.trimmed().split('\n').first().toInt());
    }

    int mediaRows()
    {
        auto db = open();
        QSqlDatabase c = db->connection();
        QSqlQuery q(c);
        q.exec(QStringLiteral("SELECT count(*) FROM media"));
        q.next();
        return q.value(0).toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("cases.lpdb"));
        m_src = m_dir.filePath(QStringLiteral("usb"));
        QDir().mkpath(m_src);
        QCOMPARE(
            as(QStringLiteral("admin"), {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")})
                .exitCode,
            0);
        for (const auto& [user, role] : {std::pair {"ivy", "investigator"}, std::pair {"lena", "legal"}}) {
            auto e = env(QStringLiteral("admin"));
            e.insert(QStringLiteral("LPDESK_NEW_PASSPHRASE"), QString::fromLatin1(user) + QStringLiteral("-pass"));
            QCOMPARE(test::cli({QStringLiteral("user"), QStringLiteral("add"), QString::fromLatin1(user),
                                QStringLiteral("--role"), QString::fromLatin1(role)},
                               e)
                         .exitCode,
                     0);
        }
        const auto c = as(QStringLiteral("ivy"),
                          {QStringLiteral("case"), QStringLiteral("new"), QStringLiteral("--title"),
                           QStringLiteral("Footage from the store")});
        QCOMPARE(c.exitCode, 0);
        m_case = QString::fromUtf8(c.out.trimmed());

        // What DVRs, VMS exports and phones hand over, made by the ffmpeg CLI.
        const QString x264 = QStringLiteral("libx264");
        QVERIFY(
            ffmpeg(testsrc(2) + sine(2)
                   + QStringList {QStringLiteral("-c:v"), x264, QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"),
                                  QStringLiteral("-c:a"), QStringLiteral("aac"), QStringLiteral("-metadata"),
                                  QStringLiteral("creation_time=2026-12-04T10:11:12.000000Z"), src("phone.mp4")}));
        QVERIFY(ffmpeg({QStringLiteral("-i"), src("phone.mp4"), QStringLiteral("-c"), QStringLiteral("copy"),
                        QStringLiteral("-metadata:s:v:0"), QStringLiteral("rotate=90"), src("iphone.mov")}));
        QVERIFY(ffmpeg(testsrc(2) + QStringList {QStringLiteral("-c:v"), x264, src("vms.mkv")}));
        QVERIFY(ffmpeg(testsrc(2)
                       + QStringList {QStringLiteral("-c:v"), QStringLiteral("mjpeg"), QStringLiteral("-q:v"),
                                      QStringLiteral("5"), src("dvr.avi")}));
        QVERIFY(ffmpeg(testsrc(2) + sine(2)
                       + QStringList {QStringLiteral("-c:v"), x264, QStringLiteral("-c:a"), QStringLiteral("aac"),
                                      QStringLiteral("-f"), QStringLiteral("mpegts"), src("ch01.ts")}));
        QVERIFY(ffmpeg(testsrc(2)
                       + QStringList {QStringLiteral("-c:v"), x264, QStringLiteral("-f"), QStringLiteral("h264"),
                                      src("ch02.h264")}));
        QVERIFY(ffmpeg(sine(1) + QStringList {src("interview.wav")}));
        QVERIFY(ffmpeg(testsrc(1) + QStringList {QStringLiteral("-frames:v"), QStringLiteral("1"), src("plain.jpg")}));
        // A screenshot a member of staff saved from the POS screen or a VMS: a PNG, no EXIF time.
        QVERIFY(ffmpeg(testsrc(1) + QStringList {QStringLiteral("-frames:v"), QStringLiteral("1"), src("screen.png")}));
        QByteArray jpeg = readFile(src("plain.jpg"));
        QVERIFY(jpeg.startsWith("\xFF\xD8"));
        jpeg.insert(2, exifSegment("2026:12:04 09:15:30", "-05:00"));
        QVERIFY(writeFile(src("still.jpg"), jpeg));
        QVERIFY(writeFile(src("statement.pdf"),
                          "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Count 0/Kids[]>>"
                          "endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"));
        QByteArray noise(300000, Qt::Uninitialized);
        for (qsizetype i = 0; i < noise.size(); ++i)
            noise[i] = static_cast<char>((i * 7919 + (i >> 7) * 31) & 0xff);
        QVERIFY(writeFile(src("broken.mp4"), noise));
    }

    void videoContainersKeepTheMasterAndGetWorkingCopies_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("workingCopy");
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("mp4 h264") << "phone.mp4" << false << QStringList {};
        QTest::newRow("mov rotation") << "iphone.mov" << false << QStringList {};
        QTest::newRow("mkv") << "vms.mkv" << true << QStringList {};
        QTest::newRow("avi mjpeg") << "dvr.avi" << true << QStringList {};
        QTest::newRow("mpeg-ts") << "ch01.ts" << true << QStringList {};
        QTest::newRow("raw h264") << "ch02.h264" << true << QStringList {QStringLiteral("--fps"), QStringLiteral("25")};
    }
    void videoContainersKeepTheMasterAndGetWorkingCopies()
    {
        QFETCH(QString, file);
        QFETCH(bool, workingCopy);
        QFETCH(QStringList, extra);
        const QJsonArray rows = import({src(file)}, extra);
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows[0].toObject();
        QCOMPARE(row.value(QLatin1String("media_type")).toString(), QStringLiteral("video"));
        QCOMPARE(row.value(QLatin1String("name")).toString(), file);
        checkMaster(row, src(file));
        if (workingCopy)
            checkWorkingCopy(row, src(file));
        else
            QVERIFY(row.value(QLatin1String("working_copy")).isNull());
    }

    void containerTimesAndRotationAreKept()
    {
        auto db = open();
        QSqlDatabase c = db->connection();
        QSqlQuery q(c);
        q.exec(QStringLiteral("SELECT original_name, recorded_start, info_json FROM media WHERE kind = 'original'"));
        QMap<QString, QPair<QString, QJsonObject>> byName;
        while (q.next())
            byName.insert(q.value(0).toString(),
                          {q.value(1).toString(), QJsonDocument::fromJson(q.value(2).toByteArray()).object()});
        QCOMPARE(byName.value(QStringLiteral("phone.mp4")).first, QStringLiteral("2026-12-04T10:11:12.000Z"));
        const auto probe = test::run(QStringLiteral("ffprobe"),
                                     {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"),
                                      QStringLiteral("stream_side_data=rotation"), QStringLiteral("-of"),
                                      QStringLiteral("csv=p=0"), src("iphone.mov")});
        const int rotation = probe.out.trimmed().toInt();
        QVERIFY(rotation != 0);
        QCOMPARE(byName.value(QStringLiteral("iphone.mov")).second.value(QLatin1String("rotation")).toInt(), rotation);
    }

    void audioStillsDocumentsAndUnreadableFilesAreKept()
    {
        const QJsonArray rows = import(
            {src("interview.wav"), src("still.jpg"), src("statement.pdf"), src("broken.mp4"), src("screen.png")},
            {QStringLiteral("--camera"), QStringLiteral("phone"), QStringLiteral("--offset"), QStringLiteral("2.5")});
        QCOMPARE(rows.size(), 5);
        const QStringList types {QStringLiteral("audio"), QStringLiteral("image"), QStringLiteral("document"),
                                 QStringLiteral("document"), QStringLiteral("image")};
        const QStringList files {src("interview.wav"), src("still.jpg"), src("statement.pdf"), src("broken.mp4"),
                                 src("screen.png")};
        for (int i = 0; i < rows.size(); ++i) {
            const QJsonObject row = rows[i].toObject();
            QCOMPARE(row.value(QLatin1String("media_type")).toString(), types[i]);
            checkMaster(row, files[i]);
        }
        // EXIF DateTimeOriginal with its offset.
        QCOMPARE(rows[1].toObject().value(QLatin1String("recorded_start")).toString(),
                 QStringLiteral("2026-12-04T14:15:30.000Z"));
        // The unreadable file is kept, and says why.
        const QJsonArray notes = rows[3].toObject().value(QLatin1String("notes")).toArray();
        QVERIFY(!notes.isEmpty());
        QVERIFY(notes[0].toString().contains(QLatin1String("kept as a document")));
        // Camera and clock offset are recorded for the true time of the picture.
        auto db = open();
        MediaLibrary library(*db);
        auto still = library.get(rows[1].toObject().value(QLatin1String("id")).toString());
        QVERIFY(still);
        QCOMPARE(still->camera, QStringLiteral("phone"));
        QCOMPARE(library.cameraOffset(*still), 2.5);
        QCOMPARE(library.trueTime(*still, 0).toUTC(),
                 QDateTime::fromString(QStringLiteral("2026-12-04T14:15:27.500Z"), Qt::ISODateWithMs));
    }

    void custodyShowsEveryAcquisition()
    {
        const auto r = as(QStringLiteral("ivy"),
                          {QStringLiteral("--json"), QStringLiteral("custody"), QStringLiteral("show"), m_case});
        QCOMPARE(r.exitCode, 0);
        int acquired = 0, copies = 0;
        for (const QJsonValue& v : QJsonDocument::fromJson(r.out).array()) {
            const QJsonObject e = v.toObject();
            const QJsonObject d = e.value(QLatin1String("details")).toObject();
            if (e.value(QLatin1String("action")).toString() == QLatin1String("acquired")) {
                ++acquired;
                QCOMPARE(e.value(QLatin1String("actor")).toString(), QStringLiteral("ivy"));
                QCOMPARE(d.value(QLatin1String("source")).toString(),
                         QStringLiteral("USB stick from the store manager"));
                QCOMPARE(d.value(QLatin1String("sha256")).toString().size(), 64);
                QVERIFY(!d.value(QLatin1String("acquired_at")).toString().isEmpty());
            } else if (e.value(QLatin1String("action")).toString() == QLatin1String("working_copy_made")) {
                ++copies;
                QVERIFY(!d.value(QLatin1String("parent_sha256")).toString().isEmpty());
            }
        }
        QCOMPARE(acquired, 11);
        QCOMPARE(copies, 4);
        QCOMPARE(as(QStringLiteral("ivy"), {QStringLiteral("custody"), QStringLiteral("verify"), m_case}).exitCode, 0);
    }

    void aZipExportIsUnpacked()
    {
        // A DVR export as a USB stick holds it: footage, the vendor's player and a readme, deflated.
        const QString dir = m_dir.filePath(QStringLiteral("export"));
        QDir().mkpath(dir + QStringLiteral("/Player"));
        QVERIFY(QFile::copy(src("ch01.ts"), dir + QStringLiteral("/ch01_20261204.ts")));
        QVERIFY(writeFile(dir + QStringLiteral("/readme.txt"), "Open Player/SmartPlayer.exe to view.\n"));
        QVERIFY(writeFile(dir + QStringLiteral("/Player/SmartPlayer.exe"), QByteArray(5000, 'M')));
        const auto zip = test::run(
            QStringLiteral("sh"),
            {QStringLiteral("-c"), QStringLiteral("cd '%1' && zip -q -r '%2' .").arg(dir, src("dvr-export.zip"))});
        QCOMPARE(zip.exitCode, 0);
        const QJsonArray rows = import({src("dvr-export.zip")});
        QCOMPARE(rows.size(), 4);
        const QJsonObject archive = rows[0].toObject();
        checkMaster(archive, src("dvr-export.zip"));
        QMap<QString, QJsonObject> byName;
        for (const QJsonValue& v : rows)
            byName.insert(v.toObject().value(QLatin1String("name")).toString(), v.toObject());
        const QJsonObject ts = byName.value(QStringLiteral("dvr-export.zip!ch01_20261204.ts"));
        QCOMPARE(ts.value(QLatin1String("media_type")).toString(), QStringLiteral("video"));
        QCOMPARE(ts.value(QLatin1String("archive")).toString(), archive.value(QLatin1String("id")).toString());
        checkMaster(ts, src("ch01.ts"));
        checkWorkingCopy(ts, src("ch01.ts"));
        QCOMPARE(
            byName.value(QStringLiteral("dvr-export.zip!readme.txt")).value(QLatin1String("media_type")).toString(),
            QStringLiteral("document"));
        checkMaster(byName.value(QStringLiteral("dvr-export.zip!Player/SmartPlayer.exe")),
                    dir + QStringLiteral("/Player/SmartPlayer.exe"));
    }

    void hostileArchivesAreRefusedAndLeaveNothing_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("why");
        QTest::newRow("path traversal") << "z.writestr('../../etc/evil.txt', 'x')"
                                        << "unsafe entry name";
        QTest::newRow("absolute path") << "z.writestr('/tmp/evil.txt', 'x')"
                                       << "unsafe entry name";
        QTest::newRow("zip bomb") << "z.writestr('zeros.bin', bytes(64 * 1024 * 1024))"
                                  << "compression bomb";
        QTest::newRow("symlink") << "i = zipfile.ZipInfo('link'); i.create_system = 3; "
                                    "i.external_attr = (0o120777 << 16); z.writestr(i, '/etc/passwd')"
                                 << "symbolic link";
    }
    void hostileArchivesAreRefusedAndLeaveNothing()
    {
        QFETCH(QString, script);
        QFETCH(QString, why);
        const QString path = m_dir.filePath(QStringLiteral("hostile.zip"));
        QFile::remove(path);
        const auto made
            = test::run(QStringLiteral("/usr/bin/python3"),
                        {QStringLiteral("-c"),
                         QStringLiteral("import zipfile\nz = zipfile.ZipFile('%1', 'w', zipfile.ZIP_DEFLATED)\n"
                                        "%2\nz.close()")
                             .arg(path, script)});
        QCOMPARE(made.exitCode, 0);
        const int before = mediaRows();
        const auto media = test::snapshot(m_db + QStringLiteral(".media"));
        const auto r = as(QStringLiteral("ivy"),
                          {QStringLiteral("media"), QStringLiteral("import"), path, QStringLiteral("--case"), m_case,
                           QStringLiteral("--source"), QStringLiteral("e-mail attachment")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(why.toUtf8()), r.err.constData());
        QCOMPARE(mediaRows(), before);
        QCOMPARE(test::snapshot(m_db + QStringLiteral(".media")), media);
    }

    void legalAndAuditorsMayNotImport()
    {
        const int before = mediaRows();
        const auto r = as(QStringLiteral("lena"),
                          {QStringLiteral("media"), QStringLiteral("import"), src("phone.mp4"),
                           QStringLiteral("--case"), m_case, QStringLiteral("--source"), QStringLiteral("x")});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(mediaRows(), before);
        const auto usage = as(
            QStringLiteral("ivy"),
            {QStringLiteral("media"), QStringLiteral("import"), src("phone.mp4"), QStringLiteral("--case"), m_case});
        QCOMPARE(usage.exitCode, 2); // no --source
        const auto missing = as(QStringLiteral("ivy"),
                                {QStringLiteral("media"), QStringLiteral("import"), src("nothing.mp4"),
                                 QStringLiteral("--case"), m_case, QStringLiteral("--source"), QStringLiteral("x")});
        QCOMPARE(missing.exitCode, 1);
        QCOMPARE(mediaRows(), before);
    }

    // The plaintext of an encrypted media file of the library, every chunk verified; empty if anything fails.
    static QByteArray plainBytes(MediaLibrary& library, const QString& lpencPath)
    {
        auto key = library.key();
        if (!key)
            return {};
        auto reader = LpencReader::open(lpencPath, *key);
        QByteArray plain;
        if (!reader || !(*reader)->verifyAll([&plain](const char* d, qsizetype n) { plain.append(d, n); }))
            return {};
        return plain;
    }

    // The decoded frames of a file as the ffmpeg CLI sees them: size and MD5 of each, in order (timestamps aside,
    // since a .dav counts in milliseconds and a raw stream in frames).
    static QStringList frameHashes(const QString& file)
    {
        const auto r = test::run(QStringLiteral("ffmpeg"),
                                 {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"), file,
                                  QStringLiteral("-map"), QStringLiteral("0:v:0"), QStringLiteral("-f"),
                                  QStringLiteral("framemd5"), QStringLiteral("-")});
        QStringList out;
        for (const QByteArray& line : r.out.split('\n')) {
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const QList<QByteArray> f = line.split(',');
            if (f.size() == 6)
                out << QString::fromLatin1(f[4].trimmed() + ' ' + f[5].trimmed());
        }
        return out;
    }

    void dahuaDavFromADvr_data()
    {
        QTest::addColumn<QString>("codec");
        QTest::addColumn<QStringList>("encoder");
        QTest::addColumn<bool>("fileHeader");
        const QStringList x264 {QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-bf"),
                                QStringLiteral("0"),    QStringLiteral("-g"),      QStringLiteral("25")};
        QTest::newRow("h264") << "h264" << x264 << false;
        QTest::newRow("hevc") << "hevc"
                              << QStringList {QStringLiteral("-c:v"), QStringLiteral("libx265"),
                                              QStringLiteral("-x265-params"),
                                              QStringLiteral("bframes=0:keyint=25:log-level=error")}
                              << false;
        QTest::newRow("h264 after a DAHUA file header") << "h264" << x264 << true;
    }
    void dahuaDavFromADvr()
    {
        QFETCH(QString, codec);
        QFETCH(QStringList, encoder);
        QFETCH(bool, fileHeader);
        // A stream as a DVR records it (no B-frames, a key frame a second), wrapped in DHAV frames stamped with the
        // recorder's local clock.
        const QString name = QStringLiteral("ch03-%1%2").arg(codec, fileHeader ? QStringLiteral("-header") : QString());
        const QString raw = src(name + QLatin1Char('.') + codec), dav = src(name + QStringLiteral(".dav"));
        QVERIFY(ffmpeg(
            testsrc(2) + encoder
            + QStringList {QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), QStringLiteral("-f"), codec, raw}));
        QStringList wrap {test::sourceDir() + QStringLiteral("/tests/helpers/make_dav.py"),
                          raw,
                          dav,
                          QStringLiteral("--codec"),
                          codec,
                          QStringLiteral("--fps"),
                          QStringLiteral("25"),
                          QStringLiteral("--width"),
                          QStringLiteral("320"),
                          QStringLiteral("--height"),
                          QStringLiteral("240"),
                          QStringLiteral("--start"),
                          QStringLiteral("2026-12-04 09:15:30")};
        if (fileHeader)
            wrap << QStringLiteral("--file-header");
        const auto made = test::run(QStringLiteral("/usr/bin/python3"), wrap);
        QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));
        QVERIFY(readFile(dav).mid(fileHeader ? 0x400 : 0).startsWith("DHAV\xfd"));
        QCOMPARE(readFile(dav).startsWith("DAHUA"), fileHeader);

        // The oracle: FFmpeg's own dhav demuxer reads it as the stream it wraps, starting at the DHAV date.
        const auto probe
            = test::run(QStringLiteral("ffprobe"),
                        {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-count_frames"),
                         QStringLiteral("-show_entries"),
                         QStringLiteral("stream=codec_name,width,height,nb_read_frames:format=format_name,start_time"),
                         QStringLiteral("-of"), QStringLiteral("json"), dav});
        QCOMPARE(probe.exitCode, 0);
        const QJsonObject info = QJsonDocument::fromJson(probe.out).object();
        const QJsonObject stream = info.value(QLatin1String("streams")).toArray().first().toObject();
        QCOMPARE(info.value(QLatin1String("format")).toObject().value(QLatin1String("format_name")).toString(),
                 QStringLiteral("dhav"));
        QCOMPARE(stream.value(QLatin1String("codec_name")).toString(), codec);
        QCOMPARE(stream.value(QLatin1String("width")).toInt(), 320);
        QCOMPARE(stream.value(QLatin1String("height")).toInt(), 240);
        QCOMPARE(stream.value(QLatin1String("nb_read_frames")).toString(), QStringLiteral("50"));
        // FFmpeg reads the recorder's local date as if it were UTC.
        const qint64 dhavEpoch = QDateTime(QDate(2026, 12, 4), QTime(9, 15, 30), QTimeZone::utc()).toSecsSinceEpoch();
        QCOMPARE(
            info.value(QLatin1String("format")).toObject().value(QLatin1String("start_time")).toString().toDouble(),
            static_cast<double>(dhavEpoch));
        const QStringList frames = frameHashes(raw);
        QCOMPARE(frames.size(), 50);
        QCOMPARE(frameHashes(dav), frames);

        // The import, on a workstation whose clock is in the store's zone (the DHAV date is local time).
        const int before = mediaRows();
        auto e = env(QStringLiteral("ivy"));
        e.insert(QStringLiteral("TZ"), QStringLiteral("America/Chicago"));
        const auto r = test::cli({QStringLiteral("--json"), QStringLiteral("media"), QStringLiteral("import"), dav,
                                  QStringLiteral("--case"), m_case, QStringLiteral("--source"),
                                  QStringLiteral("Dahua DVR USB export")},
                                 e);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(mediaRows(), before + 2); // the master and its working copy
        const QJsonObject row = rows[0].toObject();
        QCOMPARE(row.value(QLatin1String("media_type")).toString(), QStringLiteral("video"));
        checkMaster(row, dav);
        checkWorkingCopy(row, dav);
        // 09:15:30 in Chicago (CST, -06:00) is 15:15:30 UTC.
        QCOMPARE(row.value(QLatin1String("recorded_start")).toString(), QStringLiteral("2026-12-04T15:15:30.000Z"));
        QVERIFY2(row.value(QLatin1String("start_source")).toString().contains(QLatin1String("DHAV")),
                 qPrintable(row.value(QLatin1String("start_source")).toString()));

        // The working copy holds the very frames of the stream the DVR recorded.
        auto db = open();
        QVERIFY(db);
        MediaLibrary library(*db);
        auto copy = library.get(row.value(QLatin1String("working_copy")).toString());
        QVERIFY(copy);
        const QByteArray mp4 = plainBytes(library, library.pathOf(*copy));
        QVERIFY(!mp4.isEmpty());
        const QString plainCopy = m_dir.filePath(name + QStringLiteral("-working-copy.mp4"));
        QVERIFY(writeFile(plainCopy, mp4));
        QCOMPARE(frameHashes(plainCopy), frames);

        // Custody: acquired, by whom, from where, with the hash.
        const auto custody = as(QStringLiteral("ivy"),
                                {QStringLiteral("--json"), QStringLiteral("custody"), QStringLiteral("show"), m_case});
        QCOMPARE(custody.exitCode, 0);
        bool acquired = false;
        for (const QJsonValue& v : QJsonDocument::fromJson(custody.out).array()) {
            const QJsonObject d = v[QLatin1String("details")].toObject();
            if (v[QLatin1String("action")].toString() == QLatin1String("acquired")
                && d.value(QLatin1String("media_id")).toString() == row.value(QLatin1String("id")).toString()) {
                acquired = true;
                QCOMPARE(v[QLatin1String("actor")].toString(), QStringLiteral("ivy"));
                QCOMPARE(d.value(QLatin1String("source")).toString(), QStringLiteral("Dahua DVR USB export"));
                QCOMPARE(d.value(QLatin1String("sha256")).toString(), row.value(QLatin1String("sha256")).toString());
                QCOMPARE(d.value(QLatin1String("recorded_start")).toString(),
                         QStringLiteral("2026-12-04T15:15:30.000Z"));
            }
        }
        QVERIFY(acquired);
    }

    // The frame rate FFmpeg's raw demuxer reports when told to assume 7 fps: the stream's own when its timing
    // states one (x264/x265 write VUI timing), 7 when it states none.
    static QString rateOverAssumed(const QString& raw)
    {
        const auto r
            = test::run(QStringLiteral("ffprobe"),
                        {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-framerate"),
                         QStringLiteral("7"), QStringLiteral("-show_entries"), QStringLiteral("stream=avg_frame_rate"),
                         QStringLiteral("-of"), QStringLiteral("csv=p=0"), raw});
        return QString::fromLatin1(r.out.trimmed());
    }

    static QStringList x265(bool timing)
    {
        return {QStringLiteral("-c:v"), QStringLiteral("libx265"), QStringLiteral("-x265-params"),
                timing ? QStringLiteral("log-level=error") : QStringLiteral("log-level=error:vui-timing-info=0")};
    }

    // Raw H.264/H.265 elementary streams as DVRs export them (the encoders' default B-frames included): the frame
    // rate is the one the stream's timing states or the one given with --fps; the working copy holds the very
    // frames of the stream (framemd5 of the ffmpeg CLI) at their display times.
    void rawElementaryStreams_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("encoder");
        QTest::addColumn<QString>("stated"); // what ffprobe reads with 7 fps assumed
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<double>("fps");
        QTest::addColumn<QString>("fpsSource");
        const QStringList x264 {QStringLiteral("-c:v"), QStringLiteral("libx264")};
        const QStringList none;
        QTest::newRow("h265 with timing") << "cam1.h265" << x265(true) << "30/1" << none << 30.0 << "stream timing";
        QTest::newRow(".hevc with timing") << "cam2.hevc" << x265(true) << "30/1" << none << 30.0 << "stream timing";
        QTest::newRow(".265 without timing, --fps")
            << "cam3.265" << x265(false) << "7/1" << QStringList {QStringLiteral("--fps"), QStringLiteral("30")} << 30.0
            << "investigator";
        QTest::newRow("h265 timing overruled by --fps")
            << "cam4.h265" << x265(true) << "30/1" << QStringList {QStringLiteral("--fps"), QStringLiteral("15")}
            << 15.0 << "investigator";
        QTest::newRow("h264 with timing") << "cam5.h264" << x264 << "30/1" << none << 30.0 << "stream timing";
        QTest::newRow(".264 with timing") << "cam6.264" << x264 << "30/1" << none << 30.0 << "stream timing";
    }
    void rawElementaryStreams()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, encoder);
        QFETCH(QString, stated);
        QFETCH(QStringList, extra);
        QFETCH(double, fps);
        QFETCH(QString, fpsSource);
        const QString raw = src(file);
        const QString codec = file.contains(QLatin1String("264")) ? QStringLiteral("h264") : QStringLiteral("hevc");
        QVERIFY(ffmpeg(
            testsrc(2, QStringLiteral("30")) + encoder
            + QStringList {QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), QStringLiteral("-f"), codec, raw}));
        QCOMPARE(rateOverAssumed(raw), stated);
        const QStringList frames = frameHashes(raw);
        QCOMPARE(frames.size(), 60);

        const QJsonArray rows = import({raw}, extra);
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows[0].toObject();
        QCOMPARE(row.value(QLatin1String("media_type")).toString(), QStringLiteral("video"));
        checkMaster(row, raw);
        const QString notes = row.value(QLatin1String("notes")).toVariant().toStringList().join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QLatin1String("fps")), qPrintable(notes));

        auto db = open();
        QVERIFY(db);
        MediaLibrary library(*db);
        auto copy = library.get(row.value(QLatin1String("working_copy")).toString());
        QVERIFY2(copy, qPrintable(QJsonDocument(row).toJson()));
        QCOMPARE(copy->parentId, row.value(QLatin1String("id")).toString());
        QCOMPARE(copy->operation, QStringLiteral("working_copy"));
        QCOMPARE(copy->operationParams.value(QLatin1String("parent_sha256")).toString(),
                 row.value(QLatin1String("sha256")).toString());
        QCOMPARE(copy->operationParams.value(QLatin1String("fps")).toDouble(), fps);
        QCOMPARE(copy->operationParams.value(QLatin1String("fps_source")).toString(), fpsSource);
        const QByteArray mp4 = plainBytes(library, library.pathOf(*copy));
        QVERIFY(!mp4.isEmpty());
        const QString plainCopy = m_dir.filePath(file + QStringLiteral("-working-copy.mp4"));
        QVERIFY(writeFile(plainCopy, mp4));
        // The same frames, in the same order, as the ffmpeg CLI decodes from the raw stream.
        QCOMPARE(frameHashes(plainCopy), frames);
        // Shown one after the other at the frame rate, from 0: the B-frames' display times are right.
        const auto times = test::run(QStringLiteral("ffprobe"),
                                     {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-select_streams"),
                                      QStringLiteral("v:0"), QStringLiteral("-show_entries"),
                                      QStringLiteral("frame=best_effort_timestamp_time"), QStringLiteral("-of"),
                                      QStringLiteral("csv=p=0"), plainCopy});
        QList<QByteArray> shown; // one line a frame; a frame with side data is followed by an empty section
        for (const QByteArray& line : times.out.split('\n'))
            if (const QByteArray t = line.trimmed(); !t.isEmpty() && t != ",")
                shown << (t.endsWith(',') ? t.chopped(1) : t);
        QVERIFY2(shown.size() == 60, times.out.constData());
        for (int i = 0; i < shown.size(); ++i)
            QVERIFY2(qAbs(shown[i].toDouble() - i / fps) < 0.001,
                     qPrintable(QStringLiteral("frame %1 shown at %2").arg(i).arg(QString::fromLatin1(shown[i]))));
        QVERIFY2(qAbs(copy->duration - 60 / fps) < 0.05, qPrintable(QString::number(copy->duration)));
        // LP Desk's player finds every frame where the ffmpeg CLI shows it.
        auto key = library.key();
        QVERIFY(key);
        auto decoder = VideoDecoder::open(library.pathOf(*copy), *key);
        QVERIFY2(decoder, qPrintable(decoder.errorMessage()));
        QCOMPARE(static_cast<int>((*decoder)->frames().size()), 60);
        QVERIFY2(qAbs((*decoder)->frames().last().seconds - 59 / fps) < 0.001,
                 qPrintable(QString::number((*decoder)->frames().last().seconds)));
    }

    // A raw stream whose parameter sets carry no timing, without --fps: refused, naming --fps; nothing is kept.
    // (H.265 from libx265 with vui-timing-info=0; H.264: rawH264WithoutTimingNeedsFps.)
    void rawStreamWithoutTimingNeedsFps()
    {
        const QString raw = src(QStringLiteral("cam7.h265"));
        QVERIFY(ffmpeg(testsrc(2, QStringLiteral("30")) + x265(false)
                       + QStringList {QStringLiteral("-f"), QStringLiteral("hevc"), raw}));
        QCOMPARE(rateOverAssumed(raw), QStringLiteral("7/1"));
        const int before = mediaRows();
        const auto media = test::snapshot(m_db + QStringLiteral(".media"));
        const auto r = as(QStringLiteral("ivy"),
                          {QStringLiteral("media"), QStringLiteral("import"), raw, QStringLiteral("--case"), m_case,
                           QStringLiteral("--source"), QStringLiteral("DVR USB export")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--fps") && r.err.contains("frame rate"), r.err.constData());
        QCOMPARE(mediaRows(), before);
        QCOMPARE(test::snapshot(m_db + QStringLiteral(".media")), media);
    }

    // libx264 always writes VUI timing and FFmpeg 5.1's h264_metadata cannot remove it, so the test takes it out of
    // the SPS itself: timing_info_present_flag (at the bit ffmpeg's trace_headers reports) cleared and its 65 bits
    // of fields dropped, in every copy of the SPS in the raw stream.
    static bool withoutH264Timing(const QString& raw)
    {
        const auto trace = test::run(QStringLiteral("ffmpeg"),
                                     {QStringLiteral("-hide_banner"), QStringLiteral("-i"), raw, QStringLiteral("-c"),
                                      QStringLiteral("copy"), QStringLiteral("-bsf:v"), QStringLiteral("trace_headers"),
                                      QStringLiteral("-f"), QStringLiteral("null"), QStringLiteral("-")});
        qsizetype at = -1;
        for (const QByteArray& line : trace.err.split('\n'))
            if (line.contains(" timing_info_present_flag ")) {
                const QList<QByteArray> words = line.mid(line.indexOf(']') + 1).simplified().split(' ');
                if (words.last() == "1")
                    at = words.first().toLongLong();
                break;
            }
        QFile f(raw);
        if (at < 0 || !f.open(QIODevice::ReadOnly))
            return false;
        QByteArray stream = f.readAll();
        f.close();
        const qsizetype start = stream.indexOf(QByteArray("\x00\x00\x01\x67", 4));
        if (start < 0)
            return false;
        qsizetype end = stream.indexOf(QByteArray("\x00\x00\x01", 3), start + 3);
        while (end > start && stream[end - 1] == 0)
            --end;
        const QByteArray sps = stream.mid(start + 3, end - start - 3);
        QList<bool> bits; // of the RBSP (emulation prevention bytes out), which trace_headers counts in
        int run = 0;
        for (const char c : sps) {
            if (run >= 2 && c == 3) {
                run = 0;
                continue;
            }
            run = c == 0 ? run + 1 : 0;
            for (int i = 7; i >= 0; --i)
                bits << (((static_cast<unsigned char>(c) >> i) & 1) != 0);
        }
        if (at + 65 >= bits.size() || !bits[at])
            return false;
        bits[at] = false;
        bits.remove(at + 1, 65); // num_units_in_tick, time_scale, fixed_frame_rate_flag
        while (!bits.isEmpty() && !bits.last())
            bits.removeLast(); // down to rbsp_stop_one_bit
        while (bits.size() % 8)
            bits << false;
        QByteArray rewritten;
        int zeros = 0;
        for (qsizetype i = 0; i < bits.size(); i += 8) {
            int byte = 0;
            for (int j = 0; j < 8; ++j)
                byte = (byte << 1) | (bits[i + j] ? 1 : 0);
            if (zeros >= 2 && byte <= 3) {
                rewritten.append('\x03');
                zeros = 0;
            }
            zeros = byte == 0 ? zeros + 1 : 0;
            rewritten.append(static_cast<char>(byte));
        }
        stream.replace(sps, rewritten);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(stream) == stream.size();
    }

    // The same for raw H.264: a stream whose SPS states no timing is refused without --fps (nothing kept) and
    // imported with it, at that rate, holding the stream's very frames.
    void rawH264WithoutTimingNeedsFps()
    {
        const QString raw = src(QStringLiteral("cam8.h264"));
        QVERIFY(ffmpeg(testsrc(2, QStringLiteral("30"))
                       + QStringList {QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-pix_fmt"),
                                      QStringLiteral("yuv420p"), QStringLiteral("-f"), QStringLiteral("h264"), raw}));
        QCOMPARE(rateOverAssumed(raw), QStringLiteral("30/1"));
        const QStringList frames = frameHashes(raw);
        QVERIFY(withoutH264Timing(raw));
        QCOMPARE(rateOverAssumed(raw), QStringLiteral("7/1")); // no timing left
        QCOMPARE(frameHashes(raw), frames); // and the same pictures
        QCOMPARE(frames.size(), 60);

        const int before = mediaRows();
        const auto media = test::snapshot(m_db + QStringLiteral(".media"));
        const auto refused = as(QStringLiteral("ivy"),
                                {QStringLiteral("media"), QStringLiteral("import"), raw, QStringLiteral("--case"),
                                 m_case, QStringLiteral("--source"), QStringLiteral("DVR USB export")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("--fps") && refused.err.contains("frame rate"), refused.err.constData());
        QCOMPARE(mediaRows(), before);
        QCOMPARE(test::snapshot(m_db + QStringLiteral(".media")), media);

        const QJsonArray rows = import({raw}, {QStringLiteral("--fps"), QStringLiteral("30")});
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows[0].toObject();
        QCOMPARE(row.value(QLatin1String("media_type")).toString(), QStringLiteral("video"));
        checkMaster(row, raw);
        auto db = open();
        QVERIFY(db);
        MediaLibrary library(*db);
        auto copy = library.get(row.value(QLatin1String("working_copy")).toString());
        QVERIFY2(copy, qPrintable(QJsonDocument(row).toJson()));
        QCOMPARE(copy->operationParams.value(QLatin1String("fps")).toDouble(), 30.0);
        QCOMPARE(copy->operationParams.value(QLatin1String("fps_source")).toString(), QStringLiteral("investigator"));
        const QString plainCopy = m_dir.filePath(QStringLiteral("cam8-working-copy.mp4"));
        QVERIFY(writeFile(plainCopy, plainBytes(library, library.pathOf(*copy))));
        QCOMPARE(frameHashes(plainCopy), frames);
        QVERIFY2(qAbs(copy->duration - 2.0) < 0.05, qPrintable(QString::number(copy->duration)));
    }

    // A phone's HEIC still (made by heif-enc from libheif-examples): FFmpeg 5.1 and Qt 6.4 cannot decode it, so it is
    // kept bit for bit as a document that says so, with its EXIF time where it has one and a word where it has none.
    void heicStillsAreKeptAsDocumentsWithTheirExifTime()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("heif-enc")).isEmpty())
            QFAIL("heif-enc is not installed (Debian package libheif-examples, installed by packaging/dev.sh)");
        const QString withExif = src("IMG_0001.HEIC"), withoutExif = src("IMG_0002.heic");
        for (const auto& [from, to] :
             {std::pair {src("still.jpg"), withExif}, std::pair {src("plain.jpg"), withoutExif}}) {
            const auto made = test::run(QStringLiteral("heif-enc"),
                                        {QStringLiteral("-q"), QStringLiteral("50"), from, QStringLiteral("-o"), to});
            QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));
        }
        // The premise: the ffmpeg CLI cannot read it; libheif sees the EXIF of the first only.
        QVERIFY(test::run(QStringLiteral("ffprobe"), {QStringLiteral("-v"), QStringLiteral("error"), withExif}).exitCode
                != 0);
        QVERIFY(test::run(QStringLiteral("heif-info"), {withExif}).out.contains("Exif"));
        QVERIFY(!test::run(QStringLiteral("heif-info"), {withoutExif}).out.contains("Exif"));

        const QJsonArray rows = import({withExif, withoutExif});
        QCOMPARE(rows.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const QJsonObject row = rows[i].toObject();
            QCOMPARE(row.value(QLatin1String("media_type")).toString(), QStringLiteral("document"));
            checkMaster(row, i == 0 ? withExif : withoutExif);
            const QString notes = row.value(QLatin1String("notes")).toVariant().toStringList().join(QLatin1Char('\n'));
            QVERIFY2(notes.contains(QLatin1String("HEIC/HEIF")) && notes.contains(QLatin1String("cannot be shown"))
                         && notes.contains(QLatin1String("bit for bit")),
                     qPrintable(notes));
        }
        // EXIF DateTimeOriginal 09:15:30 with OffsetTimeOriginal -05:00.
        QCOMPARE(rows[0].toObject().value(QLatin1String("recorded_start")).toString(),
                 QStringLiteral("2026-12-04T14:15:30.000Z"));
        QVERIFY2(rows[0].toObject().value(QLatin1String("start_source")).toString().contains(QLatin1String("Exif")),
                 qPrintable(rows[0].toObject().value(QLatin1String("start_source")).toString()));
        QVERIFY(rows[1].toObject().value(QLatin1String("recorded_start")).isNull());
        QVERIFY(rows[1]
                    .toObject()
                    .value(QLatin1String("notes"))
                    .toVariant()
                    .toStringList()
                    .join(' ')
                    .contains(QLatin1String("no EXIF time")));
    }
};

QTEST_GUILESS_MAIN(TestMediaImport)
#include "TestMediaImport.moc"

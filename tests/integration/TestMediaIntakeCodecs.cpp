// `lpdesk-cli media import` of footage whose video cannot simply be remuxed, the recording's start from a container
// timecode, import onto an incident, and copy trims of what was imported, all with clips made by the ffmpeg CLI and
// the ffmpeg CLI's framemd5 as the frame oracle:
// * MPEG-2 from a DVD-style DVR (.mpg, .vob in MPEG-PS), MPEG-4 Part 2 in a MOV and DivX 3 in an AVI get a working copy
//   transcoded to H.264 (libx264) with its parameters and the reason in the lineage and custody; it holds every
//   picture (PSNR against the source's), the sound MP4 can carry is copied, PCM encoded to AAC; the master is the
//   file bit for bit. MJPEG in AVI and H.264 in MKV are still remuxed (the coded frames, framemd5-identical); the
//   MKV's PCM sound, which MP4 cannot carry, is encoded to AAC (TestWorkingCopySound has more).
// * A MOV with a timecode track and no creation time, imported with --incident: linked to the incident, its start is
//   the timecode read in the store's time zone on the last day not after the file's modification time.
// * Copy trims of HEVC with B-frames and open GOPs, VFR H.264 and MJPEG hold exactly the source's frames (and times);
//   so do the working copy and copy and smart trims of VFR H.264 with B-frames in Matroska (no decode times in its
//   packets); its re-encoding trim has the source's frames at their times.
#include "TestSupport.h"
#include "World.h"

#include "cases/MediaLibrary.h"
#include "db/CaseDatabase.h"
#include "media/NativeMedia.h"
#include "media/VideoDecoder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace lpdesk;

namespace {

struct Frames
{
    QList<QByteArray> md5;
    QList<double> seconds;
    QByteArray errors;
};

// The ffmpeg CLI's frames of a file (one decoding thread), in display order, with their times (in the demuxer's time
// base, not rounded to the guessed frame rate).
Frames framesOf(const QString& file)
{
    const auto r
        = test::run(QStringLiteral("ffmpeg"),
                    {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-threads"), QStringLiteral("1"),
                     QStringLiteral("-i"), file, QStringLiteral("-map"), QStringLiteral("0:v:0"),
                     QStringLiteral("-fps_mode"), QStringLiteral("passthrough"), QStringLiteral("-enc_time_base"),
                     QStringLiteral("-1"), QStringLiteral("-f"), QStringLiteral("framemd5"), QStringLiteral("-")});
    Frames f;
    f.errors = r.exitCode != 0 ? r.describe().toUtf8() : r.err.trimmed();
    double tb = 0;
    for (const QByteArray& line : r.out.split('\n')) {
        if (line.startsWith("#tb 0:")) {
            const QList<QByteArray> q = line.mid(6).trimmed().split('/');
            tb = q.value(0).toDouble() / q.value(1).toDouble();
        }
        if (line.startsWith('#') || !line.contains(','))
            continue;
        const QList<QByteArray> c = line.split(',');
        f.md5 << c.last().trimmed();
        f.seconds << c.value(2).trimmed().toLongLong() * tb;
    }
    return f;
}

} // namespace

class TestMediaIntakeCodecs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_case;
    QString m_incident;
    QString m_zone;

    test::ProcessRun as(const QString& user, const QStringList& args) const
    {
        return test::cli(args, test::envAs(m_db, user));
    }
    QString path(const QString& name) const { return m_dir.filePath(name); }

    static bool ffmpeg(const QStringList& args)
    {
        QStringList all {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y")};
        all << args;
        const auto r = test::run(QStringLiteral("ffmpeg"), all);
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.describe()));
        return r.exitCode == 0;
    }
    static QStringList testsrc(double seconds, const QString& filters = {})
    {
        return {QStringLiteral("-f"), QStringLiteral("lavfi"),
                QStringLiteral("-i"), QStringLiteral("testsrc=size=320x240:rate=25") + filters,
                QStringLiteral("-t"), QString::number(seconds)};
    }
    static QStringList sine(double seconds)
    {
        return {QStringLiteral("-f"), QStringLiteral("lavfi"),
                QStringLiteral("-i"), QStringLiteral("sine=frequency=440:sample_rate=48000"),
                QStringLiteral("-t"), QString::number(seconds)};
    }

    // `media import` (--json) onto the case, or onto the incident; the rows, or an empty array on failure.
    QJsonArray import(const QStringList& files, bool onIncident = false)
    {
        QStringList args {QStringLiteral("--json"), QStringLiteral("media"), QStringLiteral("import")};
        args << files << (onIncident ? QStringLiteral("--incident") : QStringLiteral("--case"))
             << (onIncident ? m_incident : m_case) << QStringLiteral("--source")
             << QStringLiteral("DVR export on a USB stick");
        const auto r = as(QStringLiteral("ivy"), args);
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.describe()));
        return QJsonDocument::fromJson(r.out).array();
    }

    // `lpdesk-cli --json trim` of 1.3-2.9 s into the case.
    test::ProcessRun trimOf(const QString& clip, const QString& mode) const
    {
        return as(QStringLiteral("ivy"),
                  {QStringLiteral("--json"), QStringLiteral("trim"), clip, QStringLiteral("--from"),
                   QStringLiteral("1.3"), QStringLiteral("--to"), QStringLiteral("2.9"), QStringLiteral("--mode"), mode,
                   QStringLiteral("--case"), m_case});
    }

    std::unique_ptr<CaseDatabase> open() const { return test::openAs(m_db, QStringLiteral("ivy")); }

    // The plaintext of a library item, written to dir/name (synthetic test footage, not evidence).
    QString decrypted(const QString& mediaId, const QString& name)
    {
        auto db = open();
        return db ? test::writePlainMedia(*db, mediaId, path(name)) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("LPDESK_KEEP_TEST_FILES"));
        if (!m_dir.autoRemove())
            qInfo("test files kept in %s", qPrintable(m_dir.path()));
        test::World world;
        QVERIFY(world.build(m_dir.path(),
                            {.people = {{QStringLiteral("ivy"), Role::Investigator}},
                             .incidents = 1,
                             .clipSeconds = 2,
                             .seed = 1, // store-sim's own
                             .simOptions = {QStringLiteral("--size"), QStringLiteral("160x90")},
                             .puller = QStringLiteral("ivy")}));
        m_db = world.db;
        m_incident = test::firstIncident(m_db, QStringLiteral("ivy"));
        QVERIFY(!m_incident.isEmpty());
        auto db = open();
        QVERIFY(db);
        QSqlDatabase c = db->connection();
        QSqlQuery q(c);
        q.prepare(
            QStringLiteral("SELECT s.timezone FROM incidents i JOIN stores s ON s.id = i.store_id WHERE i.id = ?"));
        q.addBindValue(m_incident);
        QVERIFY(q.exec() && q.next());
        m_zone = q.value(0).toString();
        QVERIFY(QTimeZone(m_zone.toUtf8()).isValid());
        const auto made = as(
            QStringLiteral("ivy"),
            {QStringLiteral("case"), QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("DVR footage")});
        QCOMPARE(made.exitCode, 0);
        m_case = QString::fromUtf8(made.out.trimmed());
    }

    void codecsThatCannotBeRemuxedGetATranscodedWorkingCopy_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("encode");
        QTest::addColumn<QString>("method");
        QTest::addColumn<bool>("sound");
        const QString mpeg2 = QStringLiteral("mpeg2video");
        QTest::newRow("MPEG-2 in MPEG-PS (.mpg)")
            << "dvr.mpg" << QStringList {QStringLiteral("-c:v"), mpeg2,
                                         QStringLiteral("-c:a"), QStringLiteral("mp2"),
                                         QStringLiteral("-f"),   QStringLiteral("dvd")}
            << "transcode" << true;
        QTest::newRow("MPEG-2 in a DVD VOB")
            << "VTS_01_1.VOB" << QStringList {QStringLiteral("-c:v"), mpeg2,
                                              QStringLiteral("-c:a"), QStringLiteral("ac3"),
                                              QStringLiteral("-f"),   QStringLiteral("vob")}
            << "transcode" << true;
        QTest::newRow("MPEG-4 Part 2 in a MOV")
            << "old-phone.mov" << QStringList {QStringLiteral("-c:v"), QStringLiteral("mpeg4")} << "transcode" << true;
        QTest::newRow("DivX 3 in AVI (MP4 cannot carry it)")
            << "divx.avi"
            << QStringList {QStringLiteral("-c:v"), QStringLiteral("msmpeg4"), QStringLiteral("-c:a"),
                            QStringLiteral("pcm_s16le")}
            << "transcode" << true;
        QTest::newRow("H.264 and PCM in MKV (remuxed, the PCM encoded to AAC)")
            << "vms.mkv"
            << QStringList {QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-c:a"),
                            QStringLiteral("pcm_s16le")}
            << "remux" << false;
        QTest::newRow("MJPEG in AVI (remuxed)") << "mjpeg.avi"
                                                << QStringList {QStringLiteral("-c:v"), QStringLiteral("mjpeg"),
                                                                QStringLiteral("-q:v"), QStringLiteral("5")}
                                                << "remux" << false;
    }
    void codecsThatCannotBeRemuxedGetATranscodedWorkingCopy()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, encode);
        QFETCH(QString, method);
        QFETCH(bool, sound);
        const QString source = path(file);
        QVERIFY(ffmpeg(testsrc(2) + sine(2) + encode + QStringList {source}));
        const Frames original = framesOf(source);
        QCOMPARE(original.md5.size(), 50);

        const QJsonArray rows = import({source});
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows[0].toObject();
        QCOMPARE(row.value(QLatin1String("media_type")).toString(), QStringLiteral("video"));
        // The master is the file as it came.
        const auto sum = test::run(QStringLiteral("sha256sum"), {source});
        QCOMPARE(row.value(QLatin1String("sha256")).toString(), QString::fromLatin1(sum.out.left(64)));
        QCOMPARE(row.value(QLatin1String("working_copy_method")).toString(), method);
        const QString notes = row.value(QLatin1String("notes")).toVariant().toStringList().join(QLatin1Char('\n'));

        auto db = open();
        QVERIFY(db);
        MediaLibrary library(*db);
        auto copy = library.get(row.value(QLatin1String("working_copy")).toString());
        QVERIFY2(copy, qPrintable(QJsonDocument(row).toJson()));
        QCOMPARE(copy->operation, QStringLiteral("working_copy"));
        QCOMPARE(copy->parentId, row.value(QLatin1String("id")).toString());
        QCOMPARE(copy->operationParams.value(QLatin1String("parent_sha256")).toString(),
                 row.value(QLatin1String("sha256")).toString());
        const QJsonObject transcode = copy->operationParams.value(QLatin1String("transcode")).toObject();
        const QString plain = decrypted(copy->id, file + QStringLiteral(".working-copy.mp4"));
        QVERIFY(!plain.isEmpty());
        const Frames copied = framesOf(plain);
        QVERIFY2(copied.errors.isEmpty(), copied.errors.constData());
        QCOMPARE(copied.md5.size(), original.md5.size());
        auto key = library.key();
        QVERIFY(key);
        auto decoder = VideoDecoder::open(library.pathOf(*copy), *key);
        QVERIFY2(decoder, qPrintable(decoder.errorMessage()));
        QCOMPARE((*decoder)->frameCount(), original.md5.size());
        QVERIFY2(qAbs(copy->duration - 2.0) < 0.05, qPrintable(QString::number(copy->duration)));
        // PCM sound, which MP4 cannot carry: encoded to AAC by a remux (the video still copied) as by a transcode.
        const bool pcm = encode.contains(QLatin1String("pcm_s16le"));
        QVERIFY2(!notes.contains(QLatin1String("leaves out")), qPrintable(notes));
        if (pcm) {
            const QJsonObject how = method == QLatin1String("remux") ? copy->operationParams : transcode;
            QVERIFY2(how.value(QLatin1String("sound")).toString().contains(QLatin1String("pcm_s16le encoded to AAC")),
                     qPrintable(QJsonDocument(copy->operationParams).toJson()));
            QVERIFY2(
                qAbs(test::meanVolume(plain) - test::meanVolume(source)) < 0.5,
                qPrintable(
                    QStringLiteral("%1 dB, source %2 dB").arg(test::meanVolume(plain)).arg(test::meanVolume(source))));
        }
        if (method == QLatin1String("remux")) {
            QVERIFY(transcode.isEmpty());
            QCOMPARE(copied.md5, original.md5); // the coded frames themselves
            return;
        }
        // Transcoded: H.264 by libx264, with its parameters and the reason in the lineage, and said to the user.
        QCOMPARE(copy->codec, QStringLiteral("h264"));
        QVERIFY2(transcode.value(QLatin1String("encoder")).toString().contains(QLatin1String("libx264")),
                 qPrintable(QJsonDocument(copy->operationParams).toJson()));
        QCOMPARE(transcode.value(QLatin1String("crf")).toInt(), 12);
        QCOMPARE(transcode.value(QLatin1String("source_codec")).toString(),
                 encode[1] == QLatin1String("msmpeg4") ? QStringLiteral("msmpeg4v3") : encode[1]);
        QVERIFY(!transcode.value(QLatin1String("reason")).toString().isEmpty());
        QVERIFY2(notes.contains(QLatin1String("transcoded to H.264")) && notes.contains(QLatin1String("master")),
                 qPrintable(notes));
        QCOMPARE(copy->operationParams.value(QLatin1String("audio_packets")).toInt() > 0, sound);
        // Every picture, close to the source's (libx264 crf 12 on the decoded frames, in display order).
        const auto psnr
            = test::run(QStringLiteral("ffmpeg"),
                        {QStringLiteral("-v"), QStringLiteral("info"), QStringLiteral("-i"), plain,
                         QStringLiteral("-i"), source, QStringLiteral("-lavfi"), QStringLiteral("[0:v][1:v]psnr"),
                         QStringLiteral("-f"), QStringLiteral("null"), QStringLiteral("-")});
        const int at = psnr.err.indexOf("average:");
        QVERIFY2(at > 0, psnr.err.constData());
        const double average = psnr.err.mid(at + 8, psnr.err.indexOf(' ', at + 8) - at - 8).toDouble();
        QVERIFY2(average > 38, psnr.err.mid(at).constData());
        // Custody records how the working copy was made.
        const auto custody = as(QStringLiteral("ivy"),
                                {QStringLiteral("--json"), QStringLiteral("custody"), QStringLiteral("show"), m_case});
        bool found = false;
        for (const QJsonValue& v : QJsonDocument::fromJson(custody.out).array()) {
            const QJsonObject d = v.toObject().value(QLatin1String("details")).toObject();
            if (v.toObject().value(QLatin1String("action")).toString() == QLatin1String("working_copy_made")
                && d.value(QLatin1String("media_id")).toString() == copy->id)
                found = d.value(QLatin1String("parameters"))
                            .toObject()
                            .value(QLatin1String("transcode"))
                            .toObject()
                            .value(QLatin1String("encoder"))
                            .toString()
                            .contains(QLatin1String("libx264"));
        }
        QVERIFY(found);
    }

    // The rule itself: a time of day in the zone, frames at the rate, on the last day not after the file was written.
    void timecodeStartRules_data()
    {
        QTest::addColumn<QString>("timecode");
        QTest::addColumn<double>("fps");
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("expected");
        QTest::newRow("same day") << "09:15:30:12" << 25.0 << "2026-12-04T18:00:00Z"
                                  << "2026-12-04T15:15:30.480Z";
        QTest::newRow("written next morning, before that time") << "09:15:30:12" << 25.0 << "2026-12-05T13:00:00Z"
                                                                << "2026-12-04T15:15:30.480Z";
        QTest::newRow("drop-frame") << "09:15:30;15" << 29.97 << "2026-12-04T18:00:00Z"
                                    << "2026-12-04T15:15:30.501Z";
        QTest::newRow("summer time") << "09:15:30:00" << 25.0 << "2026-07-04T18:00:00Z"
                                     << "2026-07-04T14:15:30.000Z";
        QTest::newRow("frame past the rate") << "09:15:30:25" << 25.0 << "2026-12-04T18:00:00Z"
                                             << "";
        QTest::newRow("not a time of day") << "25:00:00:00" << 25.0 << "2026-12-04T18:00:00Z"
                                           << "";
        QTest::newRow("not a timecode") << "reel 4" << 25.0 << "2026-12-04T18:00:00Z"
                                        << "";
        QTest::newRow("no modification time") << "09:15:30:12" << 25.0 << ""
                                              << "";
    }
    void timecodeStartRules()
    {
        QFETCH(QString, timecode);
        QFETCH(double, fps);
        QFETCH(QString, written);
        QFETCH(QString, expected);
        const QDateTime got = NativeMedia::timecodeStart(timecode, fps, QDateTime::fromString(written, Qt::ISODate),
                                                         QTimeZone("America/Chicago"));
        QCOMPARE(got.isValid() ? got.toUTC().toString(Qt::ISODateWithMs) : QString(), expected);
    }

    // A MOV with a timecode track (09:15:30:12 at 25 fps) and no creation time, brought onto the incident: linked to
    // it, its start the timecode in the store's zone on the last day not after the file's modification time.
    void timecodeGivesTheStartOnAnIncident()
    {
        const QString mov = path(QStringLiteral("cam2.mov")), early = path(QStringLiteral("cam3.mov"));
        QVERIFY(ffmpeg(testsrc(2)
                       + QStringList {QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-timecode"),
                                      QStringLiteral("09:15:30:12"), mov}));
        QVERIFY(QFile::copy(mov, early));
        const QTimeZone zone(m_zone.toUtf8());
        // Written at noon in the store, and (the copy) at 08:00 the next day, before 09:15 on the clock.
        const QDateTime noon(QDate(2026, 12, 4), QTime(12, 0), zone),
            nextMorning(QDate(2026, 12, 5), QTime(8, 0), zone);
        for (const auto& [file, when] : {std::pair {mov, noon}, std::pair {early, nextMorning}}) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(when, QFileDevice::FileModificationTime));
        }
        const auto probe = test::run(QStringLiteral("ffprobe"),
                                     {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"),
                                      QStringLiteral("format_tags=creation_time:stream_tags=timecode"),
                                      QStringLiteral("-of"), QStringLiteral("compact"), mov});
        QVERIFY2(probe.out.contains("timecode=09:15:30:12") && !probe.out.contains("creation_time"),
                 probe.out.constData());

        const QJsonArray rows = import({mov, early}, true);
        QCOMPARE(rows.size(), 2);
        const QDateTime expected = QDateTime(QDate(2026, 12, 4), QTime(9, 15, 30, 480), zone).toUTC();
        for (const QJsonValue& v : rows) {
            const QJsonObject row = v.toObject();
            QCOMPARE(QDateTime::fromString(row.value(QLatin1String("recorded_start")).toString(), Qt::ISODateWithMs),
                     expected);
            const QString source = row.value(QLatin1String("start_source")).toString();
            QVERIFY2(source.contains(QLatin1String("container timecode 09:15:30:12")) && source.contains(m_zone),
                     qPrintable(source));
        }
        // Linked to the incident, and its custody chain holds the acquisition with the start and its source.
        auto db = open();
        QVERIFY(db);
        QSqlDatabase c = db->connection();
        QSqlQuery q(c);
        q.prepare(QStringLiteral("SELECT count(*) FROM incident_media WHERE incident_id = ? AND media_id IN (?, ?)"));
        q.addBindValue(m_incident);
        q.addBindValue(rows[0].toObject().value(QLatin1String("id")).toString());
        q.addBindValue(rows[1].toObject().value(QLatin1String("id")).toString());
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        const auto custody = as(QStringLiteral("ivy"),
                                {QStringLiteral("--json"), QStringLiteral("custody"), QStringLiteral("show"),
                                 QStringLiteral("incident:") + m_incident});
        QVERIFY2(custody.exitCode == 0, qPrintable(custody.describe()));
        int acquired = 0;
        for (const QJsonValue& v : QJsonDocument::fromJson(custody.out).array()) {
            const QJsonObject d = v.toObject().value(QLatin1String("details")).toObject();
            if (v.toObject().value(QLatin1String("action")).toString() == QLatin1String("acquired")
                && d.value(QLatin1String("start_source")).toString().startsWith(QLatin1String("container timecode")))
                ++acquired;
        }
        QCOMPARE(acquired, 2);
        QCOMPARE(as(QStringLiteral("ivy"),
                    {QStringLiteral("custody"), QStringLiteral("verify"), QStringLiteral("incident:") + m_incident})
                     .exitCode,
                 0);
    }

    // An MPEG-PS file onto the incident: its transcoded working copy is in the incident's custody chain too.
    void mpegPsOntoAnIncident()
    {
        const QString vob = path(QStringLiteral("ch04.vob"));
        QVERIFY(ffmpeg(testsrc(2)
                       + QStringList {QStringLiteral("-c:v"), QStringLiteral("mpeg2video"), QStringLiteral("-f"),
                                      QStringLiteral("vob"), vob}));
        const QJsonArray rows = import({vob}, true);
        QCOMPARE(rows.size(), 1);
        const QString copy = rows[0].toObject().value(QLatin1String("working_copy")).toString();
        QVERIFY2(!copy.isEmpty(), qPrintable(QJsonDocument(rows).toJson()));
        QCOMPARE(rows[0].toObject().value(QLatin1String("working_copy_method")).toString(),
                 QStringLiteral("transcode"));
        const auto custody = as(QStringLiteral("ivy"),
                                {QStringLiteral("--json"), QStringLiteral("custody"), QStringLiteral("show"),
                                 QStringLiteral("incident:") + m_incident});
        bool found = false;
        for (const QJsonValue& v : QJsonDocument::fromJson(custody.out).array())
            found = found
                || (v.toObject().value(QLatin1String("action")).toString() == QLatin1String("working_copy_made")
                    && v.toObject().value(QLatin1String("details")).toObject().value(QLatin1String("media_id"))
                        == copy);
        QVERIFY(found);
    }

    void copyTrimsHoldTheSourceFrames_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("filters");
        QTest::addColumn<QStringList>("encode");
        QTest::addColumn<bool>("reencode"); // a re-encoding trim too
        QTest::newRow("HEVC with B-frames and open GOPs")
            << "hevc.mp4" << QString()
            << QStringList {QStringLiteral("-c:v"),
                            QStringLiteral("libx265"),
                            QStringLiteral("-pix_fmt"),
                            QStringLiteral("yuv420p"),
                            QStringLiteral("-tag:v"),
                            QStringLiteral("hvc1"),
                            QStringLiteral("-x265-params"),
                            QStringLiteral("bframes=3:keyint=25:min-keyint=25:scenecut=0:open-gop=1:log-level=error")}
            << false;
        // Frame durations 0.6-1.4 of 40 ms, in milliseconds.
        const QString vfr = QStringLiteral(",settb=1/1000,setpts='floor((N+0.4*sin(N))*40)'");
        const QStringList x264 = QStringLiteral("-fps_mode passthrough -enc_time_base -1 -c:v libx264 -x264-params "
                                                "keyint=25:min-keyint=25:scenecut=0")
                                     .split(QLatin1Char(' '));
        QTest::newRow("VFR H.264") << "vfr.mp4" << vfr
                                   << x264
                + QStringList {QStringLiteral("-video_track_timescale"), QStringLiteral("1000")}
                                   << false;
        // As phones and DVRs write it: VFR and B-frames in Matroska (no decode times or durations in its packets).
        QTest::newRow("VFR H.264 with B-frames in MKV")
            << "vfr-bframes.mkv" << vfr << x264 + QStringList {QStringLiteral("-bf"), QStringLiteral("3")} << true;
        QTest::newRow("MJPEG in AVI (its working copy)")
            << "trim-mjpeg.avi" << QString()
            << QStringList {QStringLiteral("-c:v"), QStringLiteral("mjpeg"), QStringLiteral("-q:v"),
                            QStringLiteral("5")}
            << false;
    }
    void copyTrimsHoldTheSourceFrames()
    {
        QFETCH(QString, file);
        QFETCH(QString, filters);
        QFETCH(QStringList, encode);
        QFETCH(bool, reencode);
        const QString source = path(file);
        QVERIFY(ffmpeg(testsrc(4, filters) + encode + QStringList {source}));
        if (reencode) { // really with B-frames
            const auto probe = test::run(QStringLiteral("ffprobe"),
                                         {QStringLiteral("-v"), QStringLiteral("error"),
                                          QStringLiteral("-show_entries"), QStringLiteral("stream=has_b_frames"),
                                          QStringLiteral("-of"), QStringLiteral("csv=p=0"), source});
            QVERIFY2(probe.out.trimmed().toInt() > 0, qPrintable(probe.describe()));
        }
        const Frames original = framesOf(source);
        QVERIFY2(original.errors.isEmpty(), original.errors.constData());
        QVERIFY(original.md5.size() >= 90);
        if (!filters.isEmpty()) { // really variable
            QList<double> gaps;
            for (int i = 1; i < original.seconds.size(); ++i)
                gaps << original.seconds[i] - original.seconds[i - 1];
            QVERIFY(*std::max_element(gaps.begin(), gaps.end()) - *std::min_element(gaps.begin(), gaps.end()) > 0.015);
        }
        // The source frames the range 1.3-2.9 s asks for: the one shown at 1.3 s to the last that starts before 2.9 s.
        int a = 0, b = 0;
        for (int i = 0; i < original.seconds.size(); ++i) {
            if (original.seconds[i] <= 1.3 + 1e-6)
                a = i;
            if (original.seconds[i] < 2.9 - 1e-6)
                b = i;
        }
        const QJsonArray rows = import({source});
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows[0].toObject();
        const QString clip = row.value(QLatin1String("working_copy")).isString()
            ? row.value(QLatin1String("working_copy")).toString()
            : row.value(QLatin1String("id")).toString();
        if (reencode) { // the working copy made on import: every source frame, at its time (decode times estimated)
            const Frames copy = framesOf(decrypted(clip, file + QStringLiteral(".copy.mp4")));
            QCOMPARE(copy.md5.size(), original.md5.size());
            QVERIFY(sameFrames(copy, original, 0));
        }
        const auto trim = trimOf(clip, QStringLiteral("copy"));
        QVERIFY2(trim.exitCode == 0, qPrintable(trim.describe()));
        const QJsonObject o = QJsonDocument::fromJson(trim.out).object();
        QCOMPARE(o.value(QLatin1String("mode")).toString(), QStringLiteral("copy"));
        const int first = o.value(QLatin1String("first_frame")).toInt();
        const int last = o.value(QLatin1String("last_frame")).toInt();
        qInfo("%s: copy trim 1.3-2.9 s (frames %d-%d) gave frames %d-%d: %s", qPrintable(file), a, b, first, last,
              trim.out.constData());
        QVERIFY(first <= a && last >= a && last <= b);
        const Frames got
            = framesOf(decrypted(o.value(QLatin1String("id")).toString(), file + QStringLiteral(".trim.mp4")));
        QCOMPARE(got.md5.size(), last - first + 1);
        QVERIFY(sameFrames(got, original, first));
        // Where the range asked for more than the copy could hold exactly, the tool says so.
        if (last < b)
            QVERIFY2(!o.value(QLatin1String("notes")).toArray().isEmpty(), trim.out.constData());
        if (reencode) {
            smartOrReencodedTrimHoldsTheSourceFrames(QStringLiteral("smart"), source, clip, original, a, b);
            smartOrReencodedTrimHoldsTheSourceFrames(QStringLiteral("reencode"), source, clip, original, a, b);
        }
    }

private:
    // `got` holds source frames from `first` on, the same pictures (unless re-encoded) at the same times (relative to
    // the first), in order.
    static bool sameFrames(const Frames& got, const Frames& source, int first, bool reencoded = false)
    {
        if (!got.errors.isEmpty() || got.md5.isEmpty() || first + got.md5.size() > source.md5.size()) {
            qWarning("%d frames from %d of %d: %s", static_cast<int>(got.md5.size()), first,
                     static_cast<int>(source.md5.size()), got.errors.constData());
            return false;
        }
        for (int j = 0; j < got.md5.size(); ++j) {
            const double at = got.seconds[j] - got.seconds[0], want = source.seconds[first + j] - source.seconds[first];
            if ((!reencoded && got.md5[j] != source.md5[first + j]) || qAbs(at - want) >= 0.0015
                || (j > 0 && got.seconds[j] <= got.seconds[j - 1])) {
                qWarning("frame %d (%s at %.4f s) is not source frame %d (%s at %.4f s)", j, got.md5[j].constData(), at,
                         first + j, source.md5[first + j].constData(), want);
                return false;
            }
        }
        return true;
    }

    // A smart or re-encoding trim of 1.3-2.9 s: the source frames asked for, at their times; a smart trim's are the
    // source's pictures (lossless edges), a re-encoded one's each nearer its own source frame (the ffmpeg CLI's
    // decoding) than the frames beside it.
    void smartOrReencodedTrimHoldsTheSourceFrames(const QString& mode, const QString& source, const QString& clip,
                                                  const Frames& original, int a, int b)
    {
        const auto trim = trimOf(clip, mode);
        QVERIFY2(trim.exitCode == 0, qPrintable(trim.describe()));
        const QJsonObject o = QJsonDocument::fromJson(trim.out).object();
        qInfo("%s trim 1.3-2.9 s (frames %d-%d): %s", qPrintable(mode), a, b, trim.out.constData());
        QCOMPARE(o.value(QLatin1String("mode")).toString(), mode);
        QCOMPARE(o.value(QLatin1String("first_frame")).toInt(), a);
        QCOMPARE(o.value(QLatin1String("last_frame")).toInt(), b);
        const QString file = decrypted(o.value(QLatin1String("id")).toString(), mode + QStringLiteral(".trim.mp4"));
        const Frames got = framesOf(file);
        QVERIFY2(got.errors.isEmpty(), got.errors.constData());
        QCOMPARE(got.md5.size(), b - a + 1);
        QVERIFY(sameFrames(got, original, a, mode == QLatin1String("reencode")));
        if (mode != QLatin1String("reencode"))
            return;
        const QList<QByteArray> sourceGrey = test::ffmpegGreyFrames(source), trimGrey = test::ffmpegGreyFrames(file);
        QCOMPARE(sourceGrey.size(), original.md5.size());
        QCOMPARE(trimGrey.size(), got.md5.size());
        for (int j = 0; j < trimGrey.size(); ++j) {
            const double own = test::meanDifference(trimGrey[j], sourceGrey[a + j]);
            for (int k : {a + j - 1, a + j + 1})
                if (k >= 0 && k < sourceGrey.size())
                    QVERIFY2(own < test::meanDifference(trimGrey[j], sourceGrey[k]),
                             qPrintable(QStringLiteral("frame %1 of the trim is nearer source frame %2 than %3")
                                            .arg(j)
                                            .arg(k)
                                            .arg(a + j)));
        }
    }
};

QTEST_GUILESS_MAIN(TestMediaIntakeCodecs)
#include "TestMediaIntakeCodecs.moc"

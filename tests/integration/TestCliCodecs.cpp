// lpdesk-cli on a store drop recorded in H.265/HEVC with B-frames and a variable frame rate
// (store-sim --codec h265 --bframes 2 --vfr): pull, smart trim (stays HEVC, re-encoded edges + copied middle),
// still, redaction, release export and offline verification. Bad codec options are usage errors. An H.264 drop with
// B-frames (--codec h264 --bframes 2): the smart trim holds the source's very frames in the ffmpeg CLI, whatever its
// decoding threads.
#include "TestSupport.h"
#include "World.h"

#include "cases/MediaLibrary.h"
#include "db/CaseDatabase.h"
#include "db/UserDirectory.h"
#include "media/VideoDecoder.h"

#include <QCryptographicHash>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace lpdesk;

class TestCliCodecs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_case;
    QString m_clip;

    QMap<QString, QString> env(const QString& user) const { return test::envAs(m_db, user); }
    test::ProcessRun as(const QString& user, const QStringList& args) const { return test::cli(args, env(user)); }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    static QJsonValue json(const test::ProcessRun& r)
    {
        const QJsonDocument d = QJsonDocument::fromJson(r.out);
        return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::World world;
        QVERIFY(
            world.build(m_dir.path(),
                        {.people = {{QStringLiteral("ivy"), Role::Investigator}, {QStringLiteral("lena"), Role::Legal}},
                         .incidents = 2,
                         .clipSeconds = 6,
                         .seed = 1, // store-sim's own
                         .simOptions = {QStringLiteral("--size"), QStringLiteral("320x180"), QStringLiteral("--codec"),
                                        QStringLiteral("h265"), QStringLiteral("--bframes"), QStringLiteral("2"),
                                        QStringLiteral("--vfr")},
                         .puller = QStringLiteral("ivy")}));
        m_db = world.db;
        const QString incident
            = test::firstIncident(m_db, QStringLiteral("ivy"), {QStringLiteral("--limit"), QStringLiteral("1")});
        QVERIFY(!incident.isEmpty());
        m_case = test::newCase(m_db, QStringLiteral("ivy"), QStringLiteral("HEVC"), incident);
        QVERIFY(!m_case.isEmpty());
        const auto media = as(QStringLiteral("ivy"),
                              {QStringLiteral("--json"), QStringLiteral("media"), QStringLiteral("list"), m_case});
        m_clip = json(media).toArray().first().toObject().value(QLatin1String("id")).toString();
        QVERIFY(!m_clip.isEmpty());
    }

    void badCodecOptionsAreUsageErrors()
    {
        const auto bad = as(QStringLiteral("admin"),
                            {QStringLiteral("store-sim"), QStringLiteral("--out"), path(QStringLiteral("x")),
                             QStringLiteral("--recipient"), path(QStringLiteral("recipient.txt")),
                             QStringLiteral("--codec"), QStringLiteral("vp9")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("h264 or h265"));
    }

    void smartTrimStaysHevcAndCopiesTheMiddle()
    {
        const auto trim = as(QStringLiteral("ivy"),
                             {QStringLiteral("--json"), QStringLiteral("trim"), m_clip, QStringLiteral("--from"),
                              QStringLiteral("0.7"), QStringLiteral("--to"), QStringLiteral("5.3"),
                              QStringLiteral("--mode"), QStringLiteral("smart"), QStringLiteral("--case"), m_case});
        QVERIFY2(trim.exitCode == 0, qPrintable(trim.describe()));
        const QJsonObject o = json(trim).toObject();
        QCOMPARE(o.value(QLatin1String("mode")).toString(), QStringLiteral("smart"));
        QVERIFY2(o.value(QLatin1String("encoder")).toString().contains(QStringLiteral("libx265")),
                 qPrintable(QString::fromUtf8(trim.out)));
        QVERIFY(o.value(QLatin1String("copied_video_packets")).toInt() > 0);
        QVERIFY(o.value(QLatin1String("reencoded_frames")).toInt() > 0);
    }

    // The ffmpeg CLI's frames (framemd5) of the decrypted media, decoded with the given threads ("0": its default,
    // frame threads, 3 on a 2-core machine).
    QList<QByteArray> framesOf(const QString& mediaId, const QString& threads)
    {
        auto db = test::openAs(m_db, QStringLiteral("ivy"));
        // A synthetic store-sim clip, not evidence.
        const QString file
            = db ? test::writePlainMedia(*db, mediaId, path(mediaId + QStringLiteral(".mp4"))) : QString();
        if (file.isEmpty())
            return {};
        const auto r = test::run(QStringLiteral("ffmpeg"),
                                 {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-threads"), threads,
                                  QStringLiteral("-i"), file, QStringLiteral("-map"), QStringLiteral("0:v:0"),
                                  QStringLiteral("-fps_mode"), QStringLiteral("passthrough"), QStringLiteral("-f"),
                                  QStringLiteral("framemd5"), QStringLiteral("-")});
        QList<QByteArray> hashes;
        if (r.exitCode != 0 || !r.err.trimmed().isEmpty())
            return hashes;
        for (const QByteArray& line : r.out.split('\n'))
            if (!line.startsWith('#') && line.contains(','))
                hashes << line.split(',').last().trimmed();
        return hashes;
    }

    void smartTrimOfH264WithBFramesIsFrameExact()
    {
        const QString drop = path(QStringLiteral("drop264"));
        QVERIFY(test::storeSim(drop, path(QStringLiteral("recipient.txt")),
                               {QStringLiteral("--stores"), QStringLiteral("2"), QStringLiteral("--incidents"),
                                QStringLiteral("1"), QStringLiteral("--clip-seconds"), QStringLiteral("6"),
                                QStringLiteral("--size"), QStringLiteral("320x180"), QStringLiteral("--codec"),
                                QStringLiteral("h264"), QStringLiteral("--bframes"), QStringLiteral("2"),
                                QStringLiteral("--seed"), QStringLiteral("264")}));
        // A store the HEVC drop does not have (store-sim names its stores the same way in every drop).
        QStringList stores = test::storesIn(drop);
        stores.removeAll(test::storesIn(path(QStringLiteral("drop"))).first());
        QVERIFY(!stores.isEmpty());
        const QString store = stores.first();
        QVERIFY(test::addStore(m_db, drop, store));
        QVERIFY(test::pull(m_db, QStringLiteral("ivy"), {store}));
        const QString incident = test::firstIncident(m_db, QStringLiteral("ivy"), {QStringLiteral("--store"), store});
        QVERIFY(!incident.isEmpty());
        const QString caseId = test::newCase(m_db, QStringLiteral("ivy"), QStringLiteral("H.264"), incident);
        QVERIFY(!caseId.isEmpty());
        const auto media = as(QStringLiteral("ivy"),
                              {QStringLiteral("--json"), QStringLiteral("media"), QStringLiteral("list"), caseId});
        const QString clip = json(media).toArray().first().toObject().value(QLatin1String("id")).toString();
        QVERIFY(!clip.isEmpty());
        const auto trim = as(QStringLiteral("ivy"),
                             {QStringLiteral("--json"), QStringLiteral("trim"), clip, QStringLiteral("--from"),
                              QStringLiteral("0.7"), QStringLiteral("--to"), QStringLiteral("5.0"),
                              QStringLiteral("--case"), caseId});
        QVERIFY2(trim.exitCode == 0, qPrintable(trim.describe()));
        const QJsonObject o = json(trim).toObject();
        QCOMPARE(o.value(QLatin1String("mode")).toString(), QStringLiteral("smart"));
        QVERIFY(o.value(QLatin1String("copied_video_packets")).toInt() > 0);
        const int first = o.value(QLatin1String("first_frame")).toInt();
        const int last = o.value(QLatin1String("last_frame")).toInt();
        // Frames after the copied run exist (B-frames reach past the out-point) and are re-coded.
        QVERIFY2(o.value(QLatin1String("copied_last_frame")).toInt() < last, qPrintable(QString::fromUtf8(trim.out)));
        qInfo("H.264 smart trim: frames %d-%d, copied %d-%d", first, last,
              o.value(QLatin1String("copied_first_frame")).toInt(),
              o.value(QLatin1String("copied_last_frame")).toInt());
        const QList<QByteArray> source = framesOf(clip, QStringLiteral("1"));
        QVERIFY(source.size() > last);
        const QString trimmed = o.value(QLatin1String("id")).toString();
        // Which frame lands on which decoding thread depends on the thread count and the parts' lengths: 1 to 8.
        for (int n = 0; n <= 8; ++n) {
            const QString threads = QString::number(n);
            const QList<QByteArray> got = framesOf(trimmed, threads);
            QCOMPARE(got.size(), last - first + 1);
            for (int j = 0; j < got.size(); ++j)
                QVERIFY2(got[j] == source[first + j],
                         qPrintable(QStringLiteral("-threads %1: frame %2 of the trim is not source frame %3 (%4)")
                                        .arg(threads)
                                        .arg(j)
                                        .arg(first + j)
                                        .arg(QString::fromUtf8(trim.out))));
        }
        // LP Desk's own player, stepping backwards from the last frame (each step back into an earlier GOP is a seek
        // with the same decoder), shows the same frames.
        auto db = CaseDatabase::open(m_db, QStringLiteral("ivy"), test::secret("ivy-pass"));
        QVERIFY(db);
        MediaLibrary library(**db);
        auto derivative = library.get(trimmed);
        auto key = library.key();
        QVERIFY(derivative && key);
        auto decoder = VideoDecoder::open(library.pathOf(*derivative), *key);
        QVERIFY2(decoder, qPrintable(decoder.errorMessage()));
        QCOMPARE((*decoder)->frameCount(), last - first + 1);
        for (int j = (*decoder)->frameCount() - 1; j >= 0; --j) {
            auto planes = (*decoder)->framePlanesAt(j);
            QVERIFY(planes);
            QVERIFY2(QCryptographicHash::hash(*planes, QCryptographicHash::Md5).toHex() == source[first + j],
                     qPrintable(QStringLiteral("LP Desk, stepping back: frame %1").arg(j)));
        }
    }

    void stillAndRedactionWork()
    {
        const QString png = path(QStringLiteral("still.png"));
        const auto still = as(QStringLiteral("ivy"),
                              {QStringLiteral("frame"), m_clip, QStringLiteral("--at"), QStringLiteral("2.5"),
                               QStringLiteral("--out"), png, QStringLiteral("--case"), m_case});
        QVERIFY2(still.exitCode == 0, qPrintable(still.describe()));
        QCOMPARE(QImage(png).size(), QSize(320, 180));
        QFile plan(path(QStringLiteral("plan.json")));
        QVERIFY(plan.open(QIODevice::WriteOnly));
        plan.write(
            R"({"version":1,"regions":[{"id":"r1","style":"pixelate","reason":"bystander",)"
            R"("keyframes":[{"t":0,"x":0.1,"y":0.1,"w":0.3,"h":0.3},{"t":5,"x":0.5,"y":0.1,"w":0.3,"h":0.3}]}]})");
        plan.close();
        const auto redact = as(QStringLiteral("ivy"),
                               {QStringLiteral("redact"), m_clip, QStringLiteral("--plan"), plan.fileName(),
                                QStringLiteral("--case"), m_case});
        QVERIFY2(redact.exitCode == 0, qPrintable(redact.describe()));

        // Smart redaction through the CLI: `--mode smart` re-encodes only the GOP that holds a region in the first
        // half second and copies the rest of this HEVC clip (three GOPs); by default that third of the frames in
        // libx265 would cost more than a full render, so the full render runs and says why; `--mode full` re-encodes
        // everything; stderr says which.
        QFile early(path(QStringLiteral("early.json")));
        QVERIFY(early.open(QIODevice::WriteOnly));
        early.write(
            R"({"version":1,"regions":[{"id":"r1","style":"fill","reason":"bystander","until_end":false,)"
            R"("keyframes":[{"t":0,"x":0.1,"y":0.1,"w":0.2,"h":0.2},{"t":0.5,"x":0.2,"y":0.1,"w":0.2,"h":0.2}]}]})");
        early.close();
        const QStringList base {QStringLiteral("redact"), m_clip, QStringLiteral("--plan"), early.fileName(),
                                QStringLiteral("--case"), m_case};
        const auto automatic = as(QStringLiteral("ivy"), base);
        QVERIFY2(automatic.exitCode == 0, qPrintable(automatic.describe()));
        QVERIFY2(
            automatic.err.contains("Full render: all 90 frames re-encoded. Smart render not used: 30 of 90 frames"),
            qPrintable(automatic.describe()));
        const auto smart
            = as(QStringLiteral("ivy"), base + QStringList {QStringLiteral("--mode"), QStringLiteral("smart")});
        QVERIFY2(smart.exitCode == 0, qPrintable(smart.describe()));
        QVERIFY2(smart.err.contains("Smart render: 1 of 3 GOPs re-encoded") && smart.err.contains("stream-copied"),
                 qPrintable(smart.describe()));
        const auto full = as(QStringLiteral("ivy"),
                             QStringList {QStringLiteral("--json")} + base
                                 + QStringList {QStringLiteral("--mode"), QStringLiteral("full")});
        QVERIFY2(full.exitCode == 0, qPrintable(full.describe()));
        const QJsonObject details = json(full).toObject();
        QVERIFY2(details.value(QLatin1String("render"))
                     .toObject()
                     .value(QLatin1String("summary"))
                     .toString()
                     .contains(QLatin1String("Full render: all 90 frames re-encoded")),
                 qPrintable(full.describe()));
        // The region ends at its last keyframe (0.5 s) while the clip goes on to frame 89: stderr warns, and the
        // redaction log keeps which frames were left uncovered and that nobody confirmed it (the CLI does not ask).
        const QJsonArray log = details.value(QLatin1String("redaction_log")).toArray();
        QCOMPARE(log.size(), 1);
        const QJsonObject ending = log.first().toObject().value(QLatin1String("ends_early")).toObject();
        QVERIFY2(!ending.isEmpty(), qPrintable(full.describe()));
        const int first = ending.value(QLatin1String("uncovered_first_frame")).toInt();
        QVERIFY2(first > 0 && first < 30, qPrintable(QString::number(first)));
        QCOMPARE(ending.value(QLatin1String("uncovered_last_frame")).toInt(), 89);
        QVERIFY(ending.value(QLatin1String("uncovered_to")).toDouble()
                > ending.value(QLatin1String("uncovered_from")).toDouble());
        QCOMPARE(ending.value(QLatin1String("confirmed")).toBool(true), false);
        const QString warning = ending.value(QLatin1String("warning")).toString();
        QVERIFY2(warning.contains(QStringLiteral("frames %1–89").arg(first)), qPrintable(warning));
        QVERIFY2(QString::fromUtf8(full.err).contains(QStringLiteral("warning: ") + warning),
                 qPrintable(full.describe()));
        const auto bogus
            = as(QStringLiteral("ivy"), base + QStringList {QStringLiteral("--mode"), QStringLiteral("quick")});
        QCOMPARE(bogus.exitCode, 2);
    }

    // Must hold: export works on an HEVC clip with B-frames and a variable frame rate. Everything in the case (the
    // original and, from the tests above, its trims, still and redaction) released, exported and verified offline;
    // the package's copy of the original is the pulled clip bit for bit, and the ffmpeg CLI decodes it without a
    // complaint to the frames it decodes from the library's copy. Runs after the tests above (their derivatives are
    // released with it).
    void releaseExportAndVerify()
    {
        const QJsonArray media
            = json(as(QStringLiteral("ivy"),
                      {QStringLiteral("--json"), QStringLiteral("media"), QStringLiteral("list"), m_case}))
                  .toArray();
        QString sha;
        for (const QJsonValue& v : media)
            if (v.toObject().value(QLatin1String("id")).toString() == m_clip)
                sha = v.toObject().value(QLatin1String("sha256")).toString();
        QVERIFY(!sha.isEmpty());
        QVERIFY2(media.size() >= 4, qPrintable(QString::number(media.size()))); // original, trims, still, redaction
        const auto req = as(QStringLiteral("ivy"),
                            {QStringLiteral("release"), QStringLiteral("request"), m_case, QStringLiteral("--all"),
                             QStringLiteral("--purpose"), QStringLiteral("usb"), QStringLiteral("--note"),
                             QStringLiteral("HEVC footage for the police")});
        QVERIFY2(req.exitCode == 0, qPrintable(req.describe()));
        const QString id = QString::fromUtf8(req.out).trimmed();
        const auto ok = as(QStringLiteral("lena"),
                           {QStringLiteral("release"), QStringLiteral("approve"), id, QStringLiteral("--note"),
                            QStringLiteral("fine")});
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.describe()));
        const QString zip = path(QStringLiteral("hevc-package.zip"));
        const auto exported = as(QStringLiteral("ivy"), {QStringLiteral("export"), id, QStringLiteral("--out"), zip});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
        const auto verified = test::cli({QStringLiteral("verify"), zip});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.describe()));
        const QString unpacked = path(QStringLiteral("hevc-package"));
        QCOMPARE(
            test::run(QStringLiteral("unzip"), {QStringLiteral("-q"), zip, QStringLiteral("-d"), unpacked}).exitCode,
            0);
        QString copy;
        QDirIterator it(unpacked, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext() && copy.isEmpty())
            if (const QString f = it.next(); test::sha256OfFile(f) == sha)
                copy = f;
        QVERIFY2(!copy.isEmpty(), "the original is not in the package bit for bit");
        const QList<QByteArray> library = framesOf(m_clip, QStringLiteral("1"));
        QVERIFY(library.size() > 30);
        const auto r = test::run(QStringLiteral("ffmpeg"),
                                 {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-threads"),
                                  QStringLiteral("1"), QStringLiteral("-i"), copy, QStringLiteral("-map"),
                                  QStringLiteral("0:v:0"), QStringLiteral("-fps_mode"), QStringLiteral("passthrough"),
                                  QStringLiteral("-f"), QStringLiteral("framemd5"), QStringLiteral("-")});
        QVERIFY2(r.exitCode == 0 && r.err.trimmed().isEmpty(), qPrintable(r.describe()));
        QList<QByteArray> packaged;
        for (const QByteArray& line : r.out.split('\n'))
            if (!line.startsWith('#') && line.contains(','))
                packaged << line.split(',').last().trimmed();
        QCOMPARE(packaged, library);
    }
};

QTEST_GUILESS_MAIN(TestCliCodecs)
#include "TestCliCodecs.moc"

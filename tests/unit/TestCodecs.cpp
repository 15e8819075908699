// The codecs cameras record, with the ffmpeg CLI as the frame oracle (not LP Desk's own decoder): clips made by the
// ffmpeg CLI inside the test (libx264 with B-frames and open/closed GOPs, libx265 with B-frames and open GOPs,
// variable frame rate, MJPEG 4:2:2, a phone-style MOV with rotation metadata). LP Desk's decoded frames and its
// trims are compared with `ffmpeg -f framemd5` of the same source frames, in the same pixel format.
#include "TestSupport.h"

#include "crypto/Lpenc.h"
#include "media/MediaProbe.h"
#include "media/Trimmer.h"
#include "media/VideoDecoder.h"
#include "redact/RedactionPlan.h"
#include "redact/Redactor.h"

extern "C" {
#include <libavformat/avformat.h>
}

#include <QCryptographicHash>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using namespace lpdesk;

namespace {

struct Clip
{
    QString plain; // the ffmpeg CLI's file (synthetic test clip, not evidence)
    QString lpenc; // the same bytes, encrypted as LP Desk keeps media
    QList<QByteArray> md5; // ffmpeg CLI framemd5, per frame in display order
    QList<double> times; // ffprobe frame times (s)
};

QByteArray md5(const QByteArray& b)
{
    return QCryptographicHash::hash(b, QCryptographicHash::Md5).toHex();
}

// Video packets of a plain file in decode order: (pts, data, key).
struct Pkt
{
    qint64 pts;
    QByteArray data;
    bool key;
};
QList<Pkt> packetsOf(const QString& path, AVRational* tb)
{
    QList<Pkt> out;
    AVFormatContext* fmt = nullptr;
    if (avformat_open_input(&fmt, path.toUtf8().constData(), nullptr, nullptr) < 0)
        return out;
    avformat_find_stream_info(fmt, nullptr);
    const int vs = av_find_best_stream(fmt, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    *tb = fmt->streams[vs]->time_base;
    AVPacket* pkt = av_packet_alloc();
    while (av_read_frame(fmt, pkt) >= 0) {
        if (pkt->stream_index == vs)
            out.append({pkt->pts, QByteArray(reinterpret_cast<const char*>(pkt->data), pkt->size),
                        (pkt->flags & AV_PKT_FLAG_KEY) != 0});
        av_packet_unref(pkt);
    }
    av_packet_free(&pkt);
    avformat_close_input(&fmt);
    return out;
}

} // namespace

class TestCodecs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    X25519KeyPair m_key = X25519::generate();
    QMap<QString, Clip> m_clips;

    QString encrypt(const QByteArray& bytes, const QString& name)
    {
        const QString path = m_dir.filePath(name);
        auto w = LpencWriter::create(path, m_key.publicKey);
        if (!w || !(*w)->write(bytes) || !(*w)->finish())
            return {};
        return path;
    }

    static QList<QByteArray> oracle(const QString& plain, const QString& threads = QStringLiteral("0"))
    {
        auto r = test::run(QStringLiteral("ffmpeg"),
                           {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-threads"), threads,
                            QStringLiteral("-i"), plain, QStringLiteral("-map"), QStringLiteral("0:v:0"),
                            QStringLiteral("-fps_mode"), QStringLiteral("passthrough"), QStringLiteral("-f"),
                            QStringLiteral("framemd5"), QStringLiteral("-")});
        QList<QByteArray> hashes;
        if (r.exitCode != 0 || !r.err.trimmed().isEmpty()) {
            qWarning("ffmpeg: %s", qPrintable(r.describe()));
            return hashes;
        }
        for (const QByteArray& line : r.out.split('\n'))
            if (!line.startsWith('#') && line.contains(','))
                hashes << line.split(',').last().trimmed();
        return hashes;
    }

    static QList<double> oracleTimes(const QString& plain)
    {
        auto r = test::run(QStringLiteral("ffprobe"),
                           {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-select_streams"),
                            QStringLiteral("v:0"), QStringLiteral("-show_entries"),
                            QStringLiteral("frame=best_effort_timestamp_time"), QStringLiteral("-of"),
                            QStringLiteral("csv=p=0"), plain});
        QList<double> times;
        for (const QByteArray& line : r.out.split('\n'))
            if (!line.trimmed().isEmpty())
                times << line.split(',').first().toDouble();
        return times;
    }

    // Makes a clip with the ffmpeg CLI from a lavfi graph, then encrypts it and takes the oracle's frames.
    bool make(const QString& name, const QString& graph, double seconds, const QStringList& encode,
              const QStringList& remux = {})
    {
        Clip c;
        c.plain = m_dir.filePath(name);
        QStringList args {QStringLiteral("-v"),
                          QStringLiteral("error"),
                          QStringLiteral("-y"),
                          QStringLiteral("-f"),
                          QStringLiteral("lavfi"),
                          QStringLiteral("-i"),
                          graph,
                          QStringLiteral("-t"),
                          QString::number(seconds)};
        args << encode;
        const QString encoded = remux.isEmpty() ? c.plain : c.plain + QStringLiteral(".src.mov");
        args << encoded;
        auto r = test::run(QStringLiteral("ffmpeg"), args);
        if (r.exitCode != 0) {
            qWarning("%s", qPrintable(r.describe()));
            return false;
        }
        if (!remux.isEmpty()) {
            QStringList m {
                QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"), QStringLiteral("-i"), encoded,
                QStringLiteral("-c"), QStringLiteral("copy")};
            m << remux << c.plain;
            if (test::run(QStringLiteral("ffmpeg"), m).exitCode != 0)
                return false;
        }
        QFile f(c.plain);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        c.lpenc = encrypt(f.readAll(), name + QStringLiteral(".lpenc"));
        c.md5 = oracle(c.plain);
        c.times = oracleTimes(c.plain);
        m_clips.insert(name, c);
        return !c.md5.isEmpty() && c.md5.size() == c.times.size();
    }

    QList<QByteArray> lpdeskHashes(const QString& lpenc, QList<double>* times = nullptr)
    {
        QList<QByteArray> out;
        auto dec = VideoDecoder::open(lpenc, m_key);
        if (!dec) {
            qWarning("%s", qPrintable(dec.errorMessage()));
            return out;
        }
        for (int i = 0; i < (*dec)->frameCount(); ++i) {
            auto planes = (*dec)->framePlanesAt(i);
            if (!planes) {
                qWarning("%s", qPrintable(planes.errorMessage()));
                return {};
            }
            out << md5(*planes);
            if (times)
                *times << (*dec)->frames()[i].seconds;
        }
        return out;
    }

    QString writePlain(const QByteArray& mp4, const QString& name)
    {
        const QString path = m_dir.filePath(name); // synthetic test clip, not evidence
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(mp4) != mp4.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("LPDESK_KEEP_TEST_FILES"));
        if (!m_dir.autoRemove())
            qInfo("test files kept in %s", qPrintable(m_dir.path()));
        const QString src = QStringLiteral("testsrc2=size=320x240:rate=25");
        const QStringList x264 {QStringLiteral("-c:v"),     QStringLiteral("libx264"),  QStringLiteral("-preset"),
                                QStringLiteral("veryfast"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"),
                                QStringLiteral("-bf"),      QStringLiteral("3")};
        QVERIFY(make(QStringLiteral("h264-bframes-opengop.mp4"), src, 4,
                     x264
                         + QStringList {QStringLiteral("-x264-params"),
                                        QStringLiteral("keyint=25:min-keyint=25:scenecut=0:open-gop=1")}));
        QVERIFY(make(
            QStringLiteral("h264-bframes.mp4"), src, 4,
            x264 + QStringList {QStringLiteral("-x264-params"), QStringLiteral("keyint=25:min-keyint=25:scenecut=0")}));
        QVERIFY(make(QStringLiteral("hevc.mp4"), src, 4,
                     {QStringLiteral("-c:v"), QStringLiteral("libx265"), QStringLiteral("-preset"),
                      QStringLiteral("ultrafast"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"),
                      QStringLiteral("-x265-params"),
                      QStringLiteral("log-level=error:keyint=25:min-keyint=25:bframes=3:scenecut=0")}));
        QVERIFY(make(
            QStringLiteral("vfr.mp4"), src + QStringLiteral(",settb=1/1000,setpts='floor((N+0.4*sin(N))*40)'"), 4,
            x264
                + QStringList {QStringLiteral("-fps_mode"), QStringLiteral("passthrough"),
                               QStringLiteral("-enc_time_base"), QStringLiteral("-1"),
                               QStringLiteral("-video_track_timescale"), QStringLiteral("1000"),
                               QStringLiteral("-x264-params"), QStringLiteral("keyint=25:min-keyint=25:scenecut=0")}));
        QVERIFY(make(QStringLiteral("mjpeg.mov"), src, 3,
                     {QStringLiteral("-c:v"), QStringLiteral("mjpeg"), QStringLiteral("-q:v"), QStringLiteral("4"),
                      QStringLiteral("-pix_fmt"), QStringLiteral("yuvj422p")}));
        QVERIFY(make(
            QStringLiteral("phone.mov"), src, 4,
            x264 + QStringList {QStringLiteral("-x264-params"), QStringLiteral("keyint=25:min-keyint=25:scenecut=0")},
            {QStringLiteral("-metadata:s:v:0"), QStringLiteral("rotate=90")}));
    }

    void decodesEveryFrameLikeTheFfmpegCli_data()
    {
        QTest::addColumn<QString>("clip");
        for (const QString& name : m_clips.keys())
            QTest::newRow(qPrintable(name)) << name;
    }

    void decodesEveryFrameLikeTheFfmpegCli()
    {
        QFETCH(QString, clip);
        const Clip& c = m_clips[clip];
        QList<double> times;
        const QList<QByteArray> got = lpdeskHashes(c.lpenc, &times);
        QCOMPARE(got.size(), c.md5.size());
        for (int i = 0; i < got.size(); ++i) {
            QVERIFY2(got[i] == c.md5[i], qPrintable(QStringLiteral("frame %1 differs from the ffmpeg CLI").arg(i)));
            // Exact timestamps: each frame's time from the first, as ffprobe reports it.
            QVERIFY2(qAbs(times[i] - (c.times[i] - c.times[0])) < 0.0015,
                     qPrintable(QStringLiteral("frame %1 at %2 s, ffprobe %3 s").arg(i).arg(times[i]).arg(c.times[i])));
        }
        // Stepping backwards across GOP boundaries gives the same frames.
        auto dec = VideoDecoder::open(c.lpenc, m_key);
        QVERIFY(dec);
        for (int i = (*dec)->frameCount() - 1; i >= std::max(0, (*dec)->frameCount() - 40); --i)
            QVERIFY2(md5(*(*dec)->framePlanesAt(i)) == c.md5[i], qPrintable(QStringLiteral("back to %1").arg(i)));
        // Stills are shown upright.
        auto image = (*dec)->frameAt(10);
        QVERIFY(image);
        const bool rotated = clip == QLatin1String("phone.mov");
        QCOMPARE(image->size(), rotated ? QSize(240, 320) : QSize(320, 240));
        QVERIFY((*dec)->rotation() == 0 || rotated); // turned as the ffmpeg CLI turns it (the hashes above)
        QCOMPARE((*dec)->rotation() % 180 == 90, rotated);
    }

    void smartTrimsAreFrameExact_data()
    {
        QTest::addColumn<QString>("clip");
        QTest::addColumn<bool>("expectCopied");
        QTest::newRow("h264 B-frames") << QStringLiteral("h264-bframes.mp4") << true;
        QTest::newRow("hevc open GOP") << QStringLiteral("hevc.mp4") << true;
        QTest::newRow("vfr") << QStringLiteral("vfr.mp4") << true;
        QTest::newRow("mjpeg") << QStringLiteral("mjpeg.mov") << true;
        QTest::newRow("phone") << QStringLiteral("phone.mov") << true;
    }

    void smartTrimsAreFrameExact()
    {
        QFETCH(QString, clip);
        QFETCH(bool, expectCopied);
        const Clip& c = m_clips[clip];
        TrimRequest r;
        r.from = 0.5;
        r.to = 2.7;
        r.mode = TrimRequest::Mode::Smart;
        auto t = Trimmer::trim(c.lpenc, m_key, r);
        QVERIFY2(t, qPrintable(t.errorMessage()));
        QCOMPARE(t->modeUsed, QStringLiteral("smart"));
        QCOMPARE(t->copiedVideoPackets > 0, expectCopied);
        const QString out = writePlain(t->mp4, QStringLiteral("smart-") + clip + QStringLiteral(".mp4"));
        // Every frame is the source's with the ffmpeg CLI's default threading (frame threads: 3 on a 2-core machine),
        // with one thread, and with 3 threads on any machine. (An x264 lossless tail after the copied packets, with a
        // second SPS, decoded to a garbage last frame with 3 frame threads.)
        const QList<QByteArray> got = oracle(out);
        for (const QString& threads : {QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("3")}) {
            const QList<QByteArray> decoded = threads == QLatin1String("0") ? got : oracle(out, threads);
            QCOMPARE(decoded.size(), t->lastFrame - t->firstFrame + 1);
            for (int j = 0; j < decoded.size(); ++j)
                QVERIFY2(decoded[j] == c.md5[t->firstFrame + j],
                         qPrintable(QStringLiteral("-threads %1: trimmed frame %2 is not source frame %3 (%4)")
                                        .arg(threads)
                                        .arg(j)
                                        .arg(t->firstFrame + j)
                                        .arg(t->notes.join(QStringLiteral("; ")))));
        }
        // Times are the requested ones to one frame.
        const double first = c.times[t->firstFrame] - c.times[0];
        QVERIFY2(first <= 0.5 + 1e-6 && 0.5 - first < 0.1, qPrintable(QString::number(first)));
        // LP Desk reads its own trim the same way (rotation travels with the stream).
        const QString enc = encrypt(t->mp4, QStringLiteral("smart-") + clip + QStringLiteral(".lpenc"));
        const QList<QByteArray> mine = lpdeskHashes(enc);
        QCOMPARE(mine, got);
        // Stepping backwards from the end (seeks from the copied part back into the re-encoded start) too.
        auto dec = VideoDecoder::open(enc, m_key);
        QVERIFY(dec);
        for (int i = (*dec)->frameCount() - 1; i >= 0; --i)
            QVERIFY2(md5(*(*dec)->framePlanesAt(i)) == got[i], qPrintable(QStringLiteral("back to %1").arg(i)));
    }

    void openGopH264SaysSoAndReencodes()
    {
        const Clip& c = m_clips[QStringLiteral("h264-bframes-opengop.mp4")];
        TrimRequest r;
        r.from = 0.5;
        r.to = 3.3;
        r.mode = TrimRequest::Mode::Smart;
        auto t = Trimmer::trim(c.lpenc, m_key, r);
        QVERIFY(!t);
        QCOMPARE(t.error().kind, ErrorKind::Usage);
        QVERIFY2(t.errorMessage().contains(QStringLiteral("open GOP")), qPrintable(t.errorMessage()));
        QVERIFY2(t.errorMessage().contains(QStringLiteral("re-encode mode")), qPrintable(t.errorMessage()));
        r.mode = TrimRequest::Mode::Reencode;
        t = Trimmer::trim(c.lpenc, m_key, r);
        QVERIFY2(t, qPrintable(t.errorMessage()));
        QCOMPARE(oracle(writePlain(t->mp4, QStringLiteral("re-opengop.mp4"))).size(), t->lastFrame - t->firstFrame + 1);
        // A copy trim starts at the keyframe before and decodes cleanly from there.
        r.mode = TrimRequest::Mode::Copy;
        t = Trimmer::trim(c.lpenc, m_key, r);
        QVERIFY2(t, qPrintable(t.errorMessage()));
        const QList<QByteArray> got = oracle(writePlain(t->mp4, QStringLiteral("copy-opengop.mp4")));
        QVERIFY(!got.isEmpty());
        QCOMPARE(got.first(), c.md5[t->firstFrame]);
    }

    void redactionRendersOnHevcVfrAndPhoneClips_data()
    {
        QTest::addColumn<QString>("clip");
        QTest::newRow("hevc") << QStringLiteral("hevc.mp4");
        QTest::newRow("vfr") << QStringLiteral("vfr.mp4");
        QTest::newRow("phone") << QStringLiteral("phone.mov");
        QTest::newRow("mjpeg") << QStringLiteral("mjpeg.mov");
    }

    void redactionRendersOnHevcVfrAndPhoneClips()
    {
        QFETCH(QString, clip);
        const Clip& c = m_clips[clip];
        auto plan = RedactionPlan::parse(R"({"version":1,"regions":[{"id":"r1","style":"fill","reason":"bystander",
            "keyframes":[{"t":0,"x":0.1,"y":0.1,"w":0.3,"h":0.3},{"t":2.5,"x":0.1,"y":0.1,"w":0.3,"h":0.3}]}]})");
        QVERIFY(plan);
        auto r = Redactor::render(c.lpenc, m_key, *plan, {}, nullptr, "ultrafast");
        QVERIFY2(r, qPrintable(r.errorMessage()));
        const QString out = writePlain(r->mp4, QStringLiteral("redacted-") + clip + QStringLiteral(".mp4"));
        // Every frame, at its own time (VFR kept), upright (rotation applied to the pixels).
        const QList<double> times = oracleTimes(out);
        QCOMPARE(times.size(), c.times.size());
        for (int i = 0; i < times.size(); ++i)
            QVERIFY2(qAbs((times[i] - times[0]) - (c.times[i] - c.times[0])) < 0.0015, qPrintable(QString::number(i)));
        auto dec
            = VideoDecoder::open(encrypt(r->mp4, QStringLiteral("redacted-") + clip + QStringLiteral(".lpenc")), m_key);
        QVERIFY(dec);
        QCOMPARE((*dec)->rotation(), 0);
        auto image = (*dec)->frameAt(20);
        QVERIFY(image);
        const bool rotated = clip == QLatin1String("phone.mov");
        QCOMPARE(image->size(), rotated ? QSize(240, 320) : QSize(320, 240));
        const QPoint inside(image->width() / 4, image->height() / 4);
        QVERIFY2(qGray(image->pixel(inside)) < 24, qPrintable(QString::number(qGray(image->pixel(inside)))));
    }

    // Must hold: a 1080p HEVC clip with B-frames (libx265, open GOPs), trimmed from 10.3 s to 25.7 s. The edges are
    // re-encoded losslessly with libx265 (HEVC stays HEVC), the middle is the source's packets.
    void hevc1080pSmartTrim()
    {
        QVERIFY(make(QStringLiteral("hevc1080.mp4"), QStringLiteral("testsrc2=size=1920x1080:rate=15"), 27,
                     {QStringLiteral("-c:v"), QStringLiteral("libx265"), QStringLiteral("-preset"),
                      QStringLiteral("ultrafast"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"),
                      QStringLiteral("-x265-params"),
                      QStringLiteral("log-level=error:keyint=30:min-keyint=30:bframes=3:scenecut=0")}));
        const Clip& c = m_clips[QStringLiteral("hevc1080.mp4")];
        TrimRequest r;
        r.from = 10.3;
        r.to = 25.7;
        r.mode = TrimRequest::Mode::Smart;
        auto t = Trimmer::trim(c.lpenc, m_key, r);
        QVERIFY2(t, qPrintable(t.errorMessage()));
        QCOMPARE(t->modeUsed, QStringLiteral("smart"));
        QVERIFY2(t->encoder.contains(QStringLiteral("libx265")), qPrintable(t->encoder));
        const double frame = 1.0 / 15;
        QVERIFY(qAbs(c.times[t->firstFrame] - c.times[0] - 10.3) <= frame);
        QVERIFY(qAbs(c.times[t->lastFrame] - c.times[0] + frame - 25.7) <= frame);
        const QString out = writePlain(t->mp4, QStringLiteral("smart-hevc1080.mp4"));
        auto codec
            = test::run(QStringLiteral("ffprobe"),
                        {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-select_streams"),
                         QStringLiteral("v:0"), QStringLiteral("-show_entries"), QStringLiteral("stream=codec_name"),
                         QStringLiteral("-of"), QStringLiteral("csv=p=0"), out});
        QCOMPARE(codec.out.trimmed(), QByteArray("hevc"));
        // The ffmpeg CLI decodes the trim without a complaint, and every frame is the source's (first and last
        // included, so both match the request to one frame).
        const QList<QByteArray> got = oracle(out);
        QCOMPARE(got.size(), t->lastFrame - t->firstFrame + 1);
        QCOMPARE(got.first(), c.md5[t->firstFrame]);
        QCOMPARE(got.last(), c.md5[t->lastFrame]);
        for (int j = 0; j < got.size(); ++j)
            QVERIFY2(got[j] == c.md5[t->firstFrame + j], qPrintable(QString::number(j)));
        // The middle is stream-copied: the source's packets byte for byte; keyframes carry the source's parameter
        // sets in front (and the first copied CRA is marked BLA in its NAL headers), their slices unchanged.
        qInfo("1080p HEVC smart trim: frames %d-%d, %d re-encoded (libx265 lossless), %d packets copied (frames %d-%d)",
              t->firstFrame, t->lastFrame, t->reencodedFrames, t->copiedVideoPackets, t->copiedFirstFrame,
              t->copiedLastFrame);
        QVERIFY(t->copiedVideoPackets > 150);
        QVERIFY(t->reencodedFrames < 80);
        AVRational stb, otb;
        const QList<Pkt> src = packetsOf(c.plain, &stb);
        const QList<Pkt> dst = packetsOf(out, &otb);
        QMap<qint64, Pkt> byPts;
        for (const Pkt& p : src)
            byPts.insert(av_rescale_q(p.pts, stb, AVRational {1, 90000}), p);
        // Output pts start at the first trimmed frame; map back with that frame's source pts.
        QList<qint64> srcPts;
        for (const Pkt& p : src)
            srcPts << p.pts;
        std::sort(srcPts.begin(), srcPts.end());
        const qint64 base = av_rescale_q(srcPts[t->firstFrame], stb, AVRational {1, 90000});
        QVERIFY(t->copiedFirstFrame > t->firstFrame && t->copiedLastFrame <= t->lastFrame);
        const qint64 copiedFrom = av_rescale_q(srcPts[t->copiedFirstFrame], stb, AVRational {1, 90000});
        const qint64 copiedTo = av_rescale_q(srcPts[t->copiedLastFrame], stb, AVRational {1, 90000});
        int identical = 0, keyWithSets = 0;
        for (const Pkt& p : dst) {
            const qint64 at = av_rescale_q(p.pts, otb, AVRational {1, 90000}) + base;
            if (at < copiedFrom || at > copiedTo)
                continue;
            QVERIFY(byPts.contains(at));
            const QByteArray& s = byPts[at].data;
            if (p.data == s) {
                ++identical;
            } else if (p.key && p.data.size() > s.size()) {
                const QByteArray tail = p.data.right(s.size());
                int differing = 0;
                for (qsizetype i = 0; i < s.size(); ++i)
                    differing += tail[i] != s[i];
                QVERIFY2(differing <= 1, qPrintable(QString::number(differing)));
                ++keyWithSets;
            }
        }
        QCOMPARE(identical + keyWithSets, t->copiedVideoPackets);
        QVERIFY(keyWithSets >= 1);
    }
};

QTEST_GUILESS_MAIN(TestCodecs)
#include "TestCodecs.moc"

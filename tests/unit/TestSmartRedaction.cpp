// Smart redaction with the ffmpeg CLI as the oracle: on clips the ffmpeg CLI makes (H.264 with B-frames in closed
// and open GOPs, H.265 with B-frames in closed GOPs and in open GOPs whose CRAs have RASL pictures), a plan with a
// region in the middle of the clip: every frame outside the re-encoded GOPs decodes to the source frame's framemd5,
// the copied packets are the source's bytes, the frames inside are redacted (the box differs from the source, equals
// the full render's) with the source's frame count and timestamps, and the output decodes identically with 1, 3 and
// the default number of threads. A codec smart rendering cannot cut falls back to the full render and says why.
#include "TestSupport.h"

#include "crypto/Lpenc.h"
#include "media/H26xBitstream.h"
#include "media/VideoDecoder.h"
#include "redact/RedactionEffects.h"
#include "redact/Redactor.h"

extern "C" {
#include <libavformat/avformat.h>
#include <libavutil/frame.h>
#include <libavutil/log.h>
}

#include <QFile>
#include <QHash>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace lpdesk;

#define QCOMPARE_RET(a, b)                                                                                             \
    do {                                                                                                               \
        if (!QTest::qCompare(a, b, #a, #b, __FILE__, __LINE__))                                                        \
            return {};                                                                                                 \
    } while (false)
#define QVERIFY2_RET(cond, why)                                                                                        \
    do {                                                                                                               \
        if (!QTest::qVerify(static_cast<bool>(cond), #cond, why, __FILE__, __LINE__))                                  \
            return {};                                                                                                 \
    } while (false)

namespace {

// A region filled from 3.0 s to 4.4 s, moving; a mute of half a second.
const char* const Plan = R"({"version":1,"regions":[{"id":"r1","style":"fill","reason":"bystander",
    "keyframes":[{"t":3.0,"x":0.1,"y":0.1,"w":0.3,"h":0.3},{"t":4.4,"x":0.5,"y":0.4,"w":0.3,"h":0.3}]}],
    "audio_mutes":[{"from":1.0,"to":1.5,"reason":"bystander"}]})";

struct Frame
{
    qint64 pts = 0; // in the time base framemd5 chose
    QByteArray md5;
    bool operator==(const Frame& o) const { return pts == o.pts && md5 == o.md5; }
};

// `ffmpeg -f framemd5` of the video, in display order.
QList<Frame> framemd5(const QString& path, const QString& threads = {})
{
    QStringList args {QStringLiteral("-v"), QStringLiteral("error")};
    if (!threads.isEmpty())
        args << QStringLiteral("-threads") << threads;
    args << QStringLiteral("-i") << path << QStringLiteral("-map") << QStringLiteral("0:v:0")
         << QStringLiteral("-fps_mode") << QStringLiteral("passthrough") << QStringLiteral("-f")
         << QStringLiteral("framemd5") << QStringLiteral("-");
    auto r = test::run(QStringLiteral("ffmpeg"), args);
    QList<Frame> out;
    if (r.exitCode != 0 || !r.err.trimmed().isEmpty()) {
        qWarning("ffmpeg: %s", qPrintable(r.describe()));
        return out;
    }
    for (const QByteArray& line : r.out.split('\n')) {
        const QList<QByteArray> f = line.split(',');
        if (!line.startsWith('#') && f.size() == 6)
            out << Frame {f[2].trimmed().toLongLong(), f[5].trimmed()};
    }
    return out;
}

// Each frame's time in seconds as ffprobe shows it (the output's MP4 time scale may differ from the source's).
QList<QByteArray> frameTimes(const QString& path)
{
    auto r = test::run(QStringLiteral("ffprobe"),
                       {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-select_streams"),
                        QStringLiteral("v:0"), QStringLiteral("-show_entries"),
                        QStringLiteral("frame=best_effort_timestamp_time"), QStringLiteral("-of"),
                        QStringLiteral("csv=p=0"), path});
    QList<QByteArray> times;
    for (const QByteArray& line : r.out.split('\n'))
        if (!line.trimmed().isEmpty())
            times << line.split(',').first().trimmed();
    return times;
}

// Video packets of a plain file: pts in microseconds (the output's MP4 time scale may differ) -> bytes.
QMap<qint64, QByteArray> packetsOf(const QString& path)
{
    QMap<qint64, QByteArray> out;
    AVFormatContext* fmt = nullptr;
    if (avformat_open_input(&fmt, path.toUtf8().constData(), nullptr, nullptr) < 0)
        return out;
    avformat_find_stream_info(fmt, nullptr);
    const int vs = av_find_best_stream(fmt, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    AVPacket* pkt = av_packet_alloc();
    while (av_read_frame(fmt, pkt) >= 0) {
        if (pkt->stream_index == vs)
            out.insert(av_rescale_q(pkt->pts, fmt->streams[vs]->time_base, AVRational {1, 1000000}),
                       QByteArray(reinterpret_cast<const char*>(pkt->data), pkt->size));
        av_packet_unref(pkt);
    }
    av_packet_free(&pkt);
    avformat_close_input(&fmt);
    return out;
}

// A copied HEVC IRAP after re-encoded pictures: the source's parameter sets (VPS/SPS/PPS) in front of the source's
// bytes, a CRA possibly marked BLA_W_LP. True when `out` is `src` spliced that way.
bool splicedHevcIrap(const QByteArray& out, const QByteArray& src)
{
    if (!out.endsWith(src.mid(5)) || out.size() <= src.size())
        return false;
    const qsizetype prefix = out.size() - src.size();
    for (const auto& u : h26x::lengthPrefixedUnits(reinterpret_cast<const uint8_t*>(out.constData()), prefix, 4)) {
        const int type = h26x::hevcNalType(static_cast<unsigned char>(out[u.first]));
        if (type < 32 || type > 34)
            return false;
    }
    const int was = h26x::hevcNalType(static_cast<unsigned char>(src[4]));
    const int now = h26x::hevcNalType(static_cast<unsigned char>(out[prefix + 4]));
    return out.mid(prefix, 4) == src.left(4) && (now == was || (was == 21 && now == 16));
}

} // namespace

class TestSmartRedaction : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    X25519KeyPair m_key = X25519::generate();
    QMap<QString, QString> m_plain; // clip name -> the ffmpeg CLI's file (synthetic test clip, not evidence)

    QString write(const QByteArray& bytes, const QString& name, bool encrypted)
    {
        const QString path = m_dir.filePath(name);
        if (encrypted) {
            auto w = LpencWriter::create(path, m_key.publicKey);
            return w && (*w)->write(bytes) && (*w)->finish() ? path : QString();
        }
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() ? path : QString();
    }

    bool make(const QString& name, const QStringList& video, const QString& timing = {})
    {
        const QString path = m_dir.filePath(name);
        QStringList args {QStringLiteral("-v"),
                          QStringLiteral("error"),
                          QStringLiteral("-y"),
                          QStringLiteral("-f"),
                          QStringLiteral("lavfi"),
                          QStringLiteral("-i"),
                          QStringLiteral("testsrc2=size=320x240:rate=25") + timing,
                          QStringLiteral("-f"),
                          QStringLiteral("lavfi"),
                          QStringLiteral("-i"),
                          QStringLiteral("sine=frequency=440:sample_rate=48000"),
                          QStringLiteral("-t"),
                          QStringLiteral("8"),
                          QStringLiteral("-pix_fmt"),
                          QStringLiteral("yuv420p")};
        args << video << QStringLiteral("-c:a") << QStringLiteral("aac") << QStringLiteral("-shortest") << path;
        auto r = test::run(QStringLiteral("ffmpeg"), args);
        if (r.exitCode != 0) {
            qWarning("%s", qPrintable(r.describe()));
            return false;
        }
        m_plain.insert(name, path);
        return true;
    }

    QString lpencOf(const QString& name)
    {
        QFile f(m_plain.value(name));
        return f.open(QIODevice::ReadOnly) ? write(f.readAll(), name + QStringLiteral(".lpenc"), true) : QString();
    }

    // Luma PSNR of frame i of two decoders (0 when a frame is missing).
    static double lumaPsnr(VideoDecoder& a, VideoDecoder& b, int i)
    {
        auto fa = a.decodedFrame(i);
        if (!fa) {
            qWarning("frame %d, first decoder: %s", i, qPrintable(fa.errorMessage()));
            return 0;
        }
        const int w = (*fa)->width, h = (*fa)->height;
        QByteArray y;
        for (int row = 0; row < h; ++row)
            y.append(reinterpret_cast<const char*>((*fa)->data[0] + row * (*fa)->linesize[0]), w);
        auto fb = b.decodedFrame(i);
        if (!fb || (*fb)->width != w || (*fb)->height != h) {
            qWarning("frame %d, second decoder: %s", i, fb ? "size" : qPrintable(fb.errorMessage()));
            return 0;
        }
        double se = 0;
        for (int row = 0; row < h; ++row)
            for (int x = 0; x < w; ++x) {
                const double d
                    = static_cast<unsigned char>(y[row * w + x]) - (*fb)->data[0][row * (*fb)->linesize[0] + x];
                se += d * d;
            }
        return se == 0 ? 99 : 10 * std::log10(255.0 * 255.0 * w * h / se);
    }

    // Mean luma inside the region's box (2 pixels in from its edges) of frame i.
    static double boxMean(VideoDecoder& dec, int i, const RedactionRegion& region)
    {
        auto f = dec.decodedFrame(i);
        if (!f)
            return -1;
        const double t = dec.frames()[i].seconds;
        const QRect box = RedactionEffects::pixelBox(region.boxAt(t), (*f)->width, (*f)->height).adjusted(2, 2, -2, -2);
        double sum = 0;
        for (int y = box.top(); y <= box.bottom(); ++y)
            for (int x = box.left(); x <= box.right(); ++x)
                sum += (*f)->data[0][y * (*f)->linesize[0] + x];
        return sum / (box.width() * box.height());
    }

    static bool reencoded(const RedactionResult& smart, int frame)
    {
        for (const auto& r : smart.reencodedFrames)
            if (frame >= r.first && frame <= r.second)
                return true;
        return false;
    }

    // Returns the output's frames.
    QList<Frame> checkFrames(const QString& clip, const QString& out, const RedactionResult& smart,
                             const RedactionPlan& plan, VideoDecoder& dec)
    {
        // (c) the source's frame count and timestamps; (a) frames outside the re-encoded GOPs are the source's;
        // frames with the region differ from the source's.
        const QList<Frame> src = framemd5(m_plain.value(clip));
        const QList<Frame> got = framemd5(out);
        if (got.size() != src.size()) {
            qWarning("%lld frames, the source has %lld", static_cast<long long>(got.size()),
                     static_cast<long long>(src.size()));
            QTest::qFail("frame count", __FILE__, __LINE__);
            return {};
        }
        QCOMPARE_RET(frameTimes(out), frameTimes(m_plain.value(clip)));
        int copied = 0, hidden = 0;
        for (int i = 0; i < src.size(); ++i) {
            const bool active = !Redactor::boxesAt(plan, dec.frames()[i].seconds).isEmpty();
            if (active) {
                QVERIFY2_RET(got[i].md5 != src[i].md5, qPrintable(QStringLiteral("frame %1 was not redacted").arg(i)));
                QVERIFY2_RET(reencoded(smart, i), "a frame with a region was copied");
                ++hidden;
            } else if (!reencoded(smart, i)) {
                QVERIFY2_RET(got[i].md5 == src[i].md5, qPrintable(QStringLiteral("copied frame %1 drifted").arg(i)));
                ++copied;
            }
        }
        QCOMPARE_RET(hidden, smart.log.first().frames);
        QVERIFY2_RET(hidden >= 35, "3.00 s to 4.40 s at 25 frames/s");
        QCOMPARE_RET(copied, smart.framesCopied);
        QCOMPARE_RET(smart.framesReencoded + smart.framesCopied, static_cast<int>(src.size()));
        return got;
    }

    void checkPackets(const QString& clip, const QString& out, const RedactionResult& smart, VideoDecoder& dec,
                      bool hevc)
    {
        // (b) copied packets are the source's bytes (a copied HEVC IRAP may carry the source's parameter sets).
        const QMap<qint64, QByteArray> srcPackets = packetsOf(m_plain.value(clip));
        const QMap<qint64, QByteArray> outPackets = packetsOf(out);
        QHash<qint64, int> frameOfPts;
        for (int i = 0; i < dec.frameCount(); ++i)
            frameOfPts.insert(av_rescale_q(dec.frames()[i].pts, dec.timeBase(), AVRational {1, 1000000}), i);
        int same = 0, spliced = 0;
        for (auto it = outPackets.cbegin(); it != outPackets.cend(); ++it) {
            if (reencoded(smart, frameOfPts.value(it.key(), -1)))
                continue;
            if (it.value() == srcPackets.value(it.key()))
                ++same;
            else if (hevc && splicedHevcIrap(it.value(), srcPackets.value(it.key())))
                ++spliced;
            else
                QFAIL(qPrintable(QStringLiteral("copied packet at pts %1 differs from the source's").arg(it.key())));
        }
        QCOMPARE(same + spliced, smart.packetsCopied);
        QVERIFY(spliced <= smart.reencodedFrames.size());
    }

    void checkAgainstFull(const QString& clip, const QString& source, const RedactionResult& smart,
                          const RedactionPlan& plan, VideoDecoder& dec)
    {
        // (e) the box is hidden as in the full render.
        auto full = Redactor::render(source, m_key, plan, {}, nullptr, "ultrafast", RedactionMode::Full);
        QVERIFY2(full, qPrintable(full.errorMessage()));
        QCOMPARE(full->mode, QStringLiteral("full"));
        QVERIFY(full->fallbackReason.isEmpty());
        auto smartDec = VideoDecoder::open(
            write(smart.mp4, QStringLiteral("smart-") + clip + QStringLiteral(".lpenc"), true), m_key);
        auto fullDec = VideoDecoder::open(
            write(full->mp4, QStringLiteral("full-") + clip + QStringLiteral(".lpenc"), true), m_key);
        QVERIFY(smartDec && fullDec);
        const RedactionRegion& region = plan.regions.first();
        for (int i = 0; i < dec.frameCount(); ++i) {
            if (!region.activeAt(dec.frames()[i].seconds))
                continue;
            const double s = boxMean(**smartDec, i, region), f = boxMean(**fullDec, i, region),
                         o = boxMean(dec, i, region);
            QVERIFY2(s >= 0 && s < 24 && qAbs(s - f) < 4 && o > 40,
                     qPrintable(QStringLiteral("frame %1: box %2 (full %3, source %4)").arg(i).arg(s).arg(f).arg(o)));
        } // Every re-encoded frame is the full render's picture within encoder tolerance (leading pictures decoded
        // with their references, nothing outside the box changed).
        for (const auto& range : smart.reencodedFrames)
            for (int i = range.first; i <= range.second; ++i) {
                const double psnr = lumaPsnr(**smartDec, **fullDec, i);
                QVERIFY2(psnr > 32,
                         qPrintable(QStringLiteral("frame %1: %2 dB from the full render").arg(i).arg(psnr)));
            }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("LPDESK_KEEP_TEST_FILES"));
        av_log_set_level(AV_LOG_ERROR);
        const QStringList x264 {QStringLiteral("-c:v"),     QStringLiteral("libx264"), QStringLiteral("-preset"),
                                QStringLiteral("veryfast"), QStringLiteral("-bf"),     QStringLiteral("2")};
        const QStringList x265 {QStringLiteral("-c:v"), QStringLiteral("libx265"), QStringLiteral("-preset"),
                                QStringLiteral("ultrafast"), QStringLiteral("-x265-params")};
        QVERIFY(make(
            QStringLiteral("h264.mp4"),
            x264 + QStringList {QStringLiteral("-x264-params"), QStringLiteral("keyint=25:min-keyint=25:scenecut=0")}));
        QVERIFY(make(QStringLiteral("h264-opengop.mp4"),
                     x264
                         + QStringList {QStringLiteral("-x264-params"),
                                        QStringLiteral("keyint=25:min-keyint=25:scenecut=0:open-gop=1")}));
        QVERIFY(make(QStringLiteral("hevc.mp4"),
                     x265
                         + QStringList {QStringLiteral(
                             "log-level=error:keyint=25:min-keyint=25:bframes=3:scenecut=0:open-gop=0")}));
        // keyint 24 with 3 B-frames: each CRA has three RASL pictures that reference the GOP before it.
        QVERIFY(make(QStringLiteral("hevc-opengop.mp4"),
                     x265
                         + QStringList {QStringLiteral(
                             "log-level=error:keyint=24:min-keyint=24:bframes=3:scenecut=0:open-gop=1")}));
        // GOPs of 17 frames: the run is 51 frames long, so a keyframe every 50 would fall on its last frame, just
        // before the copied IDR.
        QVERIFY(make(
            QStringLiteral("h264-gop17.mp4"),
            x264 + QStringList {QStringLiteral("-x264-params"), QStringLiteral("keyint=17:min-keyint=17:scenecut=0")}));
        // Variable frame rate, and an IDR on the last frame: its duration must survive the copy.
        QVERIFY(make(QStringLiteral("h264-vfr.mp4"),
                     x264
                         + QStringList {QStringLiteral("-fps_mode"), QStringLiteral("passthrough"),
                                        QStringLiteral("-enc_time_base"), QStringLiteral("-1"),
                                        QStringLiteral("-video_track_timescale"), QStringLiteral("1000"),
                                        QStringLiteral("-x264-params"),
                                        QStringLiteral("keyint=25:min-keyint=25:scenecut=0")},
                     QStringLiteral(",settb=1/1000,setpts='floor((N+0.4*sin(N))*40)'")));
        QVERIFY(make(QStringLiteral("mpeg4.mp4"), {QStringLiteral("-c:v"), QStringLiteral("mpeg4")}));
    }

    void copiesGopsWithoutRegionsAndRedactsTheRest_data()
    {
        QTest::addColumn<QString>("clip");
        QTest::addColumn<QString>("encoder");
        QTest::addColumn<int>("gopsReencoded"); // -1: not fixed
        QTest::newRow("h264 closed GOPs, B-frames") << QStringLiteral("h264.mp4") << QStringLiteral("libx264") << 2;
        QTest::newRow("h264 open GOPs: one GOP")
            << QStringLiteral("h264-opengop.mp4") << QStringLiteral("libx264") << 1;
        QTest::newRow("h264 GOPs of 17 frames") << QStringLiteral("h264-gop17.mp4") << QStringLiteral("libx264") << 3;
        QTest::newRow("h264 variable frame rate") << QStringLiteral("h264-vfr.mp4") << QStringLiteral("libx264") << 2;
        QTest::newRow("hevc closed GOPs, B-frames") << QStringLiteral("hevc.mp4") << QStringLiteral("libx265") << 2;
        QTest::newRow("hevc open GOPs, RASL") << QStringLiteral("hevc-opengop.mp4") << QStringLiteral("libx265") << 2;
    }

    void copiesGopsWithoutRegionsAndRedactsTheRest()
    {
        QFETCH(QString, clip);
        QFETCH(QString, encoder);
        QFETCH(int, gopsReencoded);
        auto plan = RedactionPlan::parse(Plan);
        QVERIFY(plan);
        const QString source = lpencOf(clip);
        auto smart = Redactor::render(source, m_key, *plan, {}, nullptr, "ultrafast", RedactionMode::Smart);
        QVERIFY2(smart, qPrintable(smart.errorMessage()));
        QVERIFY2(smart->mode == QLatin1String("smart"), qPrintable(smart->summary()));
        QVERIFY2(smart->encoder.contains(encoder), qPrintable(smart->encoder));
        QCOMPARE(smart->gopsReencoded, gopsReencoded);
        QVERIFY(smart->silencedPackets > 0);
        qInfo("%s", qPrintable(smart->summary()));
        const QString out = write(smart->mp4, QStringLiteral("smart-") + clip, false);
        QVERIFY(!out.isEmpty());
        auto dec = VideoDecoder::open(source, m_key);
        QVERIFY(dec);
        const QList<Frame> got = checkFrames(clip, out, *smart, *plan, **dec);
        if (QTest::currentTestFailed())
            return;
        if (gopsReencoded > 1)
            QVERIFY2(smart->framesCopied >= 100, qPrintable(smart->summary()));
        checkPackets(clip, out, *smart, **dec, encoder == QLatin1String("libx265"));
        if (QTest::currentTestFailed())
            return;
        // (d) the same pictures with 1, 3 and the default number of decoding threads.
        for (const QString& threads : {QStringLiteral("1"), QStringLiteral("3")})
            QVERIFY2(framemd5(out, threads) == got, qPrintable(QStringLiteral("%1 threads").arg(threads)));
        checkAgainstFull(clip, source, *smart, *plan, **dec);
    }

    // A codec that cannot be cut (MPEG-4 Part 2) is rendered in full, and the result says why.
    void fallsBackToTheFullRenderAndSaysWhy()
    {
        auto plan = RedactionPlan::parse(Plan);
        QVERIFY(plan);
        auto r = Redactor::render(lpencOf(QStringLiteral("mpeg4.mp4")), m_key, *plan, {}, nullptr, "ultrafast");
        QVERIFY2(r, qPrintable(r.errorMessage()));
        QCOMPARE(r->mode, QStringLiteral("full"));
        QVERIFY2(r->fallbackReason.contains(QStringLiteral("mpeg4")), qPrintable(r->fallbackReason));
        QVERIFY2(r->summary().contains(QStringLiteral("Smart render not used")), qPrintable(r->summary()));
        QCOMPARE(r->renderJson().value(QLatin1String("mode")).toString(), QStringLiteral("full"));
        QCOMPARE(r->framesReencoded, 200);
    }

    // The automatic choice takes the smart render only where it pays: an H.264 clip that is one GOP has nothing to
    // copy; HEVC GOPs are re-encoded with libx265 (about 4.7 times the full render's libx264 on bench_codecs), so a
    // region on more than a quarter of an HEVC clip's frames gets the full render, and the result says why.
    void automaticChoiceTakesSmartOnlyWhereItPays()
    {
        auto plan = RedactionPlan::parse(Plan);
        QVERIFY(plan);
        auto h264 = Redactor::render(lpencOf(QStringLiteral("h264.mp4")), m_key, *plan, {}, nullptr, "ultrafast");
        QVERIFY2(h264 && h264->mode == QLatin1String("smart"), qPrintable(h264->summary()));
        auto oneGop
            = Redactor::render(lpencOf(QStringLiteral("h264-opengop.mp4")), m_key, *plan, {}, nullptr, "ultrafast");
        QVERIFY2(oneGop && oneGop->mode == QLatin1String("full"), qPrintable(oneGop->summary()));
        QVERIFY2(oneGop->summary().contains(QLatin1String("nothing to copy")), qPrintable(oneGop->summary()));
        // 50 of hevc.mp4's 200 frames (a quarter) are still worth it; a region over its first 6 s is not.
        auto quarter = Redactor::render(lpencOf(QStringLiteral("hevc.mp4")), m_key, *plan, {}, nullptr, "ultrafast");
        QVERIFY2(quarter && quarter->mode == QLatin1String("smart"), qPrintable(quarter->summary()));
        auto longer = RedactionPlan::parse(R"({"version":1,"regions":[{"id":"r1","style":"fill","reason":"bystander",
            "keyframes":[{"t":0.0,"x":0.1,"y":0.1,"w":0.3,"h":0.3},{"t":6.0,"x":0.5,"y":0.4,"w":0.3,"h":0.3}]}]})");
        QVERIFY2(longer, qPrintable(longer.errorMessage()));
        auto hevc = Redactor::render(lpencOf(QStringLiteral("hevc.mp4")), m_key, *longer, {}, nullptr, "ultrafast");
        QVERIFY2(hevc && hevc->mode == QLatin1String("full"), qPrintable(hevc->summary()));
        QVERIFY2(hevc->summary().contains(QLatin1String("libx265 would take longer")), qPrintable(hevc->summary()));
    }

    // Without a region every packet is copied; a mute alone does not touch the video.
    void aPlanWithoutRegionsCopiesEveryPacket()
    {
        auto plan = RedactionPlan::parse(R"({"version":1,"regions":[],
            "audio_mutes":[{"from":1.0,"to":1.5,"reason":"bystander"}]})");
        QVERIFY2(plan, qPrintable(plan.errorMessage()));
        auto r = Redactor::render(lpencOf(QStringLiteral("hevc.mp4")), m_key, *plan);
        QVERIFY2(r, qPrintable(r.errorMessage()));
        QCOMPARE(r->mode, QStringLiteral("smart"));
        QCOMPARE(r->gopsReencoded, 0);
        QCOMPARE(r->framesCopied, 200);
        const QString out = write(r->mp4, QStringLiteral("copied.mp4"), false);
        QCOMPARE(packetsOf(out), packetsOf(m_plain.value(QStringLiteral("hevc.mp4"))));
        QVERIFY(r->silencedPackets > 0);
    }
};

QTEST_GUILESS_MAIN(TestSmartRedaction)
#include "TestSmartRedaction.moc"

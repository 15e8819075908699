// Redaction: plans are validated strictly; rendered fills are solid on every active frame and the rest of the
// picture is untouched; pixelate and blur remove high-frequency detail; boxes follow linear interpolation; audio
// mutes are exact silence without moving the timeline.
#include "TestSupport.h"

#include "crypto/Lpenc.h"
#include "media/AudioDecoder.h"
#include "media/VideoDecoder.h"
#include "redact/RedactionEffects.h"
#include "redact/Redactor.h"
#include "sim/ClipSynthesizer.h"

extern "C" {
#include <libavutil/frame.h>
}

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace lpdesk;

class TestRedactor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    X25519KeyPair m_key = X25519::generate();
    QString m_scene;
    QString m_checker;

    QString encrypt(const QByteArray& mp4, const QString& name)
    {
        const QString path = m_dir.filePath(name);
        auto w = LpencWriter::create(path, m_key.publicKey);
        if (!w || !(*w)->write(mp4) || !(*w)->finish())
            return {};
        return path;
    }

    QString render(const QString& source, const QByteArray& planJson, const QString& name)
    {
        auto plan = RedactionPlan::parse(planJson);
        if (!plan)
            qWarning("%s", qPrintable(plan.errorMessage()));
        auto r = Redactor::render(source, m_key, *plan);
        if (!r)
            qWarning("%s", qPrintable(r.errorMessage()));
        return r ? encrypt(r->mp4, name) : QString();
    }

    struct Luma
    {
        QByteArray y;
        int w = 0, h = 0;
        int at(int x, int yy) const { return static_cast<unsigned char>(y[yy * w + x]); }
    };
    static Luma luma(VideoDecoder& d, int i)
    {
        auto f = d.decodedFrame(i);
        Luma l;
        l.w = (*f)->width;
        l.h = (*f)->height;
        for (int y = 0; y < l.h; ++y)
            l.y.append(reinterpret_cast<const char*>((*f)->data[0] + y * (*f)->linesize[0]), l.w);
        return l;
    }
    static double edgeEnergy(const Luma& l, QRect box)
    {
        double e = 0;
        for (int y = box.top(); y < box.bottom(); ++y)
            for (int x = box.left(); x < box.right(); ++x)
                e += std::abs(l.at(x + 1, y) - l.at(x, y)) + std::abs(l.at(x, y + 1) - l.at(x, y));
        return e;
    }
    static double psnrOutside(const Luma& a, const Luma& b, QRect box)
    {
        double se = 0;
        qint64 n = 0;
        for (int y = 0; y < a.h; ++y)
            for (int x = 0; x < a.w; ++x) {
                if (box.adjusted(-8, -8, 8, 8).contains(x, y))
                    continue;
                const double d = a.at(x, y) - b.at(x, y);
                se += d * d;
                ++n;
            }
        const double mse = se / std::max<qint64>(1, n);
        return mse == 0 ? 99 : 10 * std::log10(255.0 * 255.0 / mse);
    }

private Q_SLOTS:
    void initTestCase()
    {
        ClipSpec spec;
        spec.width = 320;
        spec.height = 240;
        spec.fps = 15;
        spec.seconds = 6;
        spec.crf = 18;
        m_scene = encrypt(ClipSynthesizer::make(spec)->mp4, QStringLiteral("scene.lpenc"));
        spec.pattern = ClipSpec::Pattern::Checker;
        spec.people = 0;
        m_checker = encrypt(ClipSynthesizer::make(spec)->mp4, QStringLiteral("checker.lpenc"));
        QVERIFY(!m_scene.isEmpty() && !m_checker.isEmpty());
    }

    void interpolationIsLinear()
    {
        auto plan = RedactionPlan::parse(R"({"version":1,"regions":[{"id":"r1","style":"fill","reason":"bystander",
            "keyframes":[{"t":0,"x":0.1,"y":0.1,"w":0.2,"h":0.3},{"t":4,"x":0.5,"y":0.1,"w":0.2,"h":0.3}]}],
            "audio_mutes":[{"from":1.0,"to":2.5,"reason":"bystander name spoken"}]})");
        QVERIFY2(plan, qPrintable(plan.errorMessage()));
        const RedactionRegion& r = plan->regions.first();
        for (double t : {0.0, 1.0, 2.0, 3.3, 4.0}) {
            const QRect px = RedactionEffects::pixelBox(r.boxAt(t), 320, 240);
            const double expectedX = (0.1 + 0.4 * t / 4) * 320;
            QVERIFY2(std::abs(px.left() - expectedX) <= 1.0,
                     qPrintable(QStringLiteral("t=%1: %2 vs %3").arg(t).arg(px.left()).arg(expectedX)));
            QVERIFY(std::abs(px.width() - 64) <= 2);
        }
        QVERIFY(r.boxAt(4.5).isEmpty()); // a region exists from its first to its last keyframe
        QCOMPARE(plan->sha256().size(), 64);
    }

    void fillIsSolidAndTheRestUntouched()
    {
        const QByteArray plan = R"({"version":1,"regions":[{"id":"r1","style":"fill","reason":"bystander",
            "keyframes":[{"t":0,"x":0.1,"y":0.1,"w":0.2,"h":0.3},{"t":4,"x":0.5,"y":0.1,"w":0.2,"h":0.3}]}]})";
        const QString out = render(m_scene, plan, QStringLiteral("fill.lpenc"));
        QVERIFY(!out.isEmpty());
        auto original = VideoDecoder::open(m_scene, m_key);
        auto redacted = VideoDecoder::open(out, m_key);
        QCOMPARE((*redacted)->frameCount(), (*original)->frameCount());
        QCOMPARE((*redacted)->width(), 320);
        QVERIFY(qAbs((*redacted)->frameRate() - 15.0) < 1e-6);
        int activeFrames = 0;
        int worstInner = 0;
        QList<int> worstByDepth(8, 0); // the largest |Y - 16| seen 0..7 pixels in from the box's edge
        for (int i = 0; i < (*redacted)->frameCount(); ++i) {
            const Luma a = luma(**original, i);
            const Luma b = luma(**redacted, i);
            // The box the plan asks for, from the plan's own numbers and not from the code under test: frame i is
            // at t = i/15 s; x goes from 0.1 to 0.5 over 4 s, so the left edge is at 320 * (0.1 + 0.1 t) =
            // 32 + 32 i / 15 pixels, the box is 0.2 * 320 = 64 wide, y from 0.1 to 0.4 of 240 (rows 24..95).
            // Every pixel the box touches: columns floor(32 + 32i/15) .. ceil(96 + 32i/15) - 1, in exact integers.
            if (i <= 60) { // t <= 4 s: the region exists from its first to its last keyframe
                ++activeFrames;
                const int left = 32 + (32 * i) / 15;
                const int right = 96 + (32 * i + 14) / 15 - 1;
                const QRect box(QPoint(left, 24), QPoint(right, 95));
                for (int y = box.top(); y <= box.bottom(); ++y)
                    for (int x = box.left(); x <= box.right(); ++x) {
                        const int depth = std::min({x - box.left(), box.right() - x, y - box.top(), box.bottom() - y});
                        const int off = std::abs(b.at(x, y) - 16);
                        if (depth < 8)
                            worstByDepth[depth] = std::max(worstByDepth[depth], off);
                        else
                            worstInner = std::max(worstInner, off);
                    }
                const double p = psnrOutside(a, b, box);
                QVERIFY2(p > 36, qPrintable(QStringLiteral("frame %1 PSNR outside the box %2 dB").arg(i).arg(p)));
            } else {
                QVERIFY(psnrOutside(a, b, QRect(-100, -100, 1, 1)) > 36);
            }
        }
        QString depths;
        for (int d = 0; d < 8; ++d)
            depths += QStringLiteral(" %1").arg(worstByDepth[d]);
        qInfo("worst |Y-16| by depth 0..7:%s; deeper: %d", qPrintable(depths), worstInner);
        // H.264's deblocking filter changes at most three samples on each side of an edge (p0..p2, q0..q2; ITU-T
        // H.264 8.7.2.4), so the outer three pixels of the box may be pulled towards the scene by the encoder
        // (measured: up to 41 levels at crf 18): they must still be dark, i.e. hold no picture. From the fourth
        // pixel in, the fill is exact to 3 levels of quantisation noise.
        for (int d = 0; d < 3; ++d)
            QVERIFY2(worstByDepth[d] <= 64, qPrintable(depths));
        for (int d = 3; d < 8; ++d)
            QVERIFY2(worstByDepth[d] <= 3, qPrintable(depths));
        QVERIFY2(worstInner <= 3, qPrintable(QString::number(worstInner)));
        QCOMPARE(activeFrames, 61); // 0..4 s at 15 fps
    }

    void pixelateAndBlurRemoveDetail_data()
    {
        QTest::addColumn<QString>("style");
        QTest::newRow("pixelate") << QStringLiteral("pixelate");
        QTest::newRow("blur") << QStringLiteral("blur");
    }

    void pixelateAndBlurRemoveDetail()
    {
        QFETCH(QString, style);
        const QByteArray plan = QStringLiteral(R"({"version":1,"regions":[{"id":"face","style":"%1","reason":"minor",
            "keyframes":[{"t":0,"x":0.25,"y":0.25,"w":0.5,"h":0.5},{"t":5.9,"x":0.25,"y":0.25,"w":0.5,"h":0.5}]}]})")
                                    .arg(style)
                                    .toUtf8();
        const QString out = render(m_checker, plan, style + QStringLiteral(".lpenc"));
        auto original = VideoDecoder::open(m_checker, m_key);
        auto redacted = VideoDecoder::open(out, m_key);
        // The plan's box (0.25, 0.25, 0.5, 0.5) of 320x240 is columns 80..239, rows 60..179; the outer three pixels
        // may be deblocked (see fillIsSolidAndTheRestUntouched).
        const QRect box = QRect(QPoint(80, 60), QPoint(239, 179)).adjusted(3, 3, -3, -3);
        for (int i : {0, 40, 80}) {
            const double before = edgeEnergy(luma(**original, i), box);
            const double after = edgeEnergy(luma(**redacted, i), box);
            QVERIFY2(after < before * 0.05,
                     qPrintable(
                         QStringLiteral("%1 frame %2: edge energy %3 -> %4").arg(style).arg(i).arg(before).arg(after)));
        }
    }

    void audioMuteIsExactSilenceAndKeepsDuration()
    {
        const QByteArray plan
            = R"({"version":1,"regions":[],"audio_mutes":[{"from":1.0,"to":2.5,"reason":"name spoken"}]})";
        const QString out = render(m_scene, plan, QStringLiteral("muted.lpenc"));
        auto a = AudioDecoder::open(m_scene, m_key);
        auto b = AudioDecoder::open(out, m_key);
        QVERIFY(a && b);
        const QList<float> before = *(*a)->readAllMono();
        const QList<float> after = *(*b)->readAllMono();
        QVERIFY2(after.size() == before.size(),
                 qPrintable(QStringLiteral("%1 vs %2 samples; audio starts %3 vs %4")
                                .arg(after.size())
                                .arg(before.size())
                                .arg((*b)->startSeconds())
                                .arg((*a)->startSeconds())));
        const int rate = (*a)->sampleRate();
        int loud = 0;
        for (int i = static_cast<int>(1.0 * rate); i < static_cast<int>(2.5 * rate); ++i) {
            QVERIFY2(after[i] == 0.0f, qPrintable(QStringLiteral("sample %1 = %2").arg(i).arg(after[i])));
            loud += before[i] != 0.0f;
        }
        QVERIFY(loud > rate); // there was sound to mute
        int unchanged = 0, outside = 0;
        for (int i = 0; i < before.size(); ++i) {
            const double t = static_cast<double>(i) / rate;
            if (t > 0.9 && t < 2.6)
                continue;
            ++outside;
            unchanged += before[i] == after[i];
        }
        if (unchanged != outside) {
            QStringList ranges;
            int start = -1;
            for (int i = 0; i <= before.size(); ++i) {
                const bool diff = i < before.size() && before[i] != after[i]
                    && !((double(i) / rate) > 0.9 && (double(i) / rate) < 2.6);
                if (diff && start < 0)
                    start = i;
                if (!diff && start >= 0) {
                    ranges << QStringLiteral("%1-%2")
                                  .arg(double(start) / rate, 0, 'f', 3)
                                  .arg(double(i) / rate, 0, 'f', 3);
                    start = -1;
                }
            }
            qWarning("differing outside the mute: %lld ranges, first %s last %s", static_cast<long long>(ranges.size()),
                     qPrintable(ranges.value(0)), qPrintable(ranges.value(ranges.size() - 1)));
            double maxDiff = 0;
            for (int i = 0; i < before.size(); ++i)
                if (!((double(i) / rate) > 0.9 && (double(i) / rate) < 2.6))
                    maxDiff = std::max(maxDiff, double(std::abs(before[i] - after[i])));
            qWarning("max difference %g", maxDiff);
        }
        QCOMPARE(unchanged, outside);
    }

    void badPlansAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray region
            = R"({"id":"r","style":"fill","reason":"bystander","keyframes":[{"t":0,"x":0.1,"y":0.1,"w":0.2,"h":0.2}]})";
        QTest::newRow("box out of range") << QByteArray(
            R"({"version":1,"regions":[{"id":"r","style":"fill","reason":"bystander","keyframes":[{"t":0,"x":0.9,"y":0.1,"w":0.2,"h":0.2}]}]})")
                                          << QStringLiteral("outside the frame");
        QTest::newRow("negative size") << QByteArray(
            R"({"version":1,"regions":[{"id":"r","style":"fill","reason":"bystander","keyframes":[{"t":0,"x":0.1,"y":0.1,"w":-0.2,"h":0.2}]}]})")
                                       << QStringLiteral("out of range");
        QTest::newRow("unknown style") << QByteArray(
            R"({"version":1,"regions":[{"id":"r","style":"smudge","reason":"bystander","keyframes":[{"t":0,"x":0.1,"y":0.1,"w":0.2,"h":0.2}]}]})")
                                       << QStringLiteral("blur, pixelate or fill");
        QTest::newRow("unsorted keyframes") << QByteArray(
            R"({"version":1,"regions":[{"id":"r","style":"fill","reason":"bystander","keyframes":[{"t":2,"x":0.1,"y":0.1,"w":0.2,"h":0.2},{"t":1,"x":0.1,"y":0.1,"w":0.2,"h":0.2}]}]})")
                                            << QStringLiteral("sorted");
        QTest::newRow("future version") << QByteArray(R"({"version":7,"regions":[]})") << QStringLiteral("version 7");
        QTest::newRow("unknown reason") << QByteArray(
            R"({"version":1,"regions":[{"id":"r","style":"fill","reason":"dislike","keyframes":[{"t":0,"x":0.1,"y":0.1,"w":0.2,"h":0.2}]}]})")
                                        << QStringLiteral("must be one of");
        QTest::newRow("other without text") << QByteArray(
            R"({"version":1,"regions":[{"id":"r","style":"fill","reason":"other","keyframes":[{"t":0,"x":0.1,"y":0.1,"w":0.2,"h":0.2}]}]})")
                                            << QStringLiteral("reason_text");
        QTest::newRow("mute ends first") << QByteArray(
            R"({"version":1,"regions":[],"audio_mutes":[{"from":3,"to":1,"reason":"x"}]})")
                                         << QStringLiteral("ends before");
        QTest::newRow("not json") << QByteArray("{regions") << QStringLiteral("not a JSON object");
        // Hostile or careless input in every part of a plan: the region list, a region's origin, its keyframes, the
        // audio mutes. Each is refused, and the message names the part.
        const QByteArray kf = R"("keyframes":[{"t":0,"x":0.1,"y":0.1,"w":0.2,"h":0.2}])";
        auto withRegions = [](const QByteArray& regions) { return "{\"version\":1,\"regions\":[" + regions + "]}"; };
        QTest::newRow("region a string") << withRegions(R"("r")") << QStringLiteral("regions[0]\" must be an object");
        QTest::newRow("repeated region id")
            << withRegions(region + "," + region) << QStringLiteral("regions[1].id\" repeats region id r");
        QTest::newRow("region id a path")
            << withRegions(R"({"id":"../r","style":"fill","reason":"bystander",)" + kf + "}")
            << QStringLiteral("regions[0].id");
        QTest::newRow("until_end a string")
            << withRegions(R"({"id":"r","style":"fill","reason":"bystander","until_end":"yes",)" + kf + "}")
            << QStringLiteral("regions[0].until_end");
        QTest::newRow("unknown region field")
            << withRegions(R"({"id":"r","style":"fill","reason":"bystander","script":"x",)" + kf + "}")
            << QStringLiteral("regions[0].script");
        QTest::newRow("origin a list") << withRegions(R"({"id":"r","style":"fill","reason":"bystander","origin":[1],)"
                                                      + kf + "}")
                                       << QStringLiteral("regions[0].origin\" must be an object");
        QTest::newRow("origin source unknown")
            << withRegions(R"({"id":"r","style":"fill","reason":"bystander","origin":{"source":"oracle"},)" + kf + "}")
            << QStringLiteral("regions[0].origin.source");
        QTest::newRow("origin confidence over 1") << withRegions(
            R"({"id":"r","style":"fill","reason":"bystander","origin":{"source":"detection","confidence":7},)" + kf
            + "}") << QStringLiteral("regions[0].origin.confidence");
        QTest::newRow("origin unknown field") << withRegions(
            R"({"id":"r","style":"fill","reason":"bystander","origin":{"source":"person","x":1},)" + kf + "}")
                                              << QStringLiteral("regions[0].origin.x");
        QTest::newRow("no keyframes") << withRegions(R"({"id":"r","style":"fill","reason":"bystander","keyframes":[]})")
                                      << QStringLiteral("needs at least one keyframe");
        QTest::newRow("keyframe unknown field") << withRegions(
            R"({"id":"r","style":"fill","reason":"bystander","keyframes":[{"t":0,"x":0.1,"y":0.1,"w":0.2,"h":0.2,"z":1}]})")
                                                << QStringLiteral("regions[0].keyframes[0].z");
        QTest::newRow("keyframe time a string") << withRegions(
            R"({"id":"r","style":"fill","reason":"bystander","keyframes":[{"t":"0","x":0.1,"y":0.1,"w":0.2,"h":0.2}]})")
                                                << QStringLiteral("regions[0].keyframes[0].t");
        QTest::newRow("second region's keyframe outside")
            << withRegions(region + R"(,{"id":"s","style":"blur","reason":"minor",)"
                           + R"("keyframes":[{"t":0,"x":0.5,"y":0.9,"w":0.2,"h":0.2}]})")
            << QStringLiteral("regions[1].keyframes[0]\" reaches outside the frame");
        QTest::newRow("mute without reason")
            << QByteArray(R"({"version":1,"regions":[],"audio_mutes":[{"from":1,"to":3,"reason":"  "}]})")
            << QStringLiteral("audio_mutes[0].reason\" is empty");
        QTest::newRow("second mute unknown field") << QByteArray(
            R"({"version":1,"regions":[],"audio_mutes":[{"from":1,"to":3,"reason":"x"},{"from":4,"to":5,"reason":"y","gain":0}]})")
                                                   << QStringLiteral("audio_mutes[1].gain");
        QTest::newRow("mutes an object") << QByteArray(R"({"version":1,"regions":[],"audio_mutes":{}})")
                                         << QStringLiteral("audio_mutes");
        QByteArray many = "{\"version\":1,\"regions\":[";
        for (int i = 0; i < 1000000; ++i) {
            if (i)
                many += ',';
            many += QByteArray(region).replace("\"r\"", "\"r" + QByteArray::number(i) + "\"");
            if (many.size() > RedactionPlan::MaxJsonSize + 100)
                break;
        }
        many += "]}";
        QTest::newRow("a million regions") << many << QStringLiteral("larger than");
        QByteArray six = "{\"version\":1,\"regions\":[";
        for (int i = 0; i < 600; ++i)
            six += (i ? "," : "") + QByteArray(region).replace("\"r\"", "\"r" + QByteArray::number(i) + "\"");
        six += "]}";
        QTest::newRow("too many regions") << six << QStringLiteral("more than 500");
    }

    void badPlansAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        auto plan = RedactionPlan::parse(json);
        QVERIFY(!plan);
        QVERIFY2(plan.errorMessage().contains(expected), qPrintable(plan.errorMessage()));
    }

    // Every part of a full plan is read: region fields, the origin of an accepted detection, keyframes, mutes.
    void fullPlanIsRead()
    {
        auto plan = RedactionPlan::parse(R"({"version":1,"regions":[
            {"id":"r1","style":"pixelate","reason":"other","reason_text":"name badge","label":"clerk",
             "origin":{"source":"detection","kind":"face","model":"yunet","model_sha256":"ab12","confidence":0.75,
                       "accepted_by":"ivan","accepted_at":"2026-03-14T14:02:11Z"},
             "keyframes":[{"t":0,"x":0.1,"y":0.2,"w":0.3,"h":0.4},{"t":1.5,"x":0.2,"y":0.3,"w":0.3,"h":0.4}]},
            {"id":"r2","style":"fill","reason":"minor","until_end":true,"keyframes":[{"t":2,"x":0,"y":0,"w":1,"h":1}]}],
            "audio_mutes":[{"from":1,"to":2.5,"reason":"phone number"}]})");
        QVERIFY2(plan, qPrintable(plan.errorMessage()));
        QCOMPARE(plan->regions.size(), 2);
        const RedactionRegion& r1 = plan->regions[0];
        QCOMPARE(r1.id, QStringLiteral("r1"));
        QCOMPARE(r1.style, RedactionRegion::Style::Pixelate);
        QCOMPARE(r1.reasonText, QStringLiteral("name badge"));
        QCOMPARE(r1.label, QStringLiteral("clerk"));
        QVERIFY(!r1.holdToEnd);
        QCOMPARE(r1.origin.source, QStringLiteral("detection"));
        QCOMPARE(r1.origin.kind, QStringLiteral("face"));
        QCOMPARE(r1.origin.model, QStringLiteral("yunet"));
        QCOMPARE(r1.origin.modelSha256, QStringLiteral("ab12"));
        QCOMPARE(r1.origin.confidence, 0.75);
        QCOMPARE(r1.origin.acceptedBy, QStringLiteral("ivan"));
        QCOMPARE(r1.keyframes.size(), 2);
        QCOMPARE(r1.keyframes[1].t, 1.5);
        QCOMPARE(r1.keyframes[1].h, 0.4);
        QVERIFY(plan->regions[1].holdToEnd);
        QCOMPARE(plan->regions[1].style, RedactionRegion::Style::Fill);
        QCOMPARE(plan->mutes.size(), 1);
        QCOMPARE(plan->mutes[0].to, 2.5);
        QCOMPARE(plan->mutes[0].reason, QStringLiteral("phone number"));
    }

    void regionsThatEndWhileTheClipGoesOnAreListed()
    {
        // 46 frames at 15 fps; r1 ends at its keyframe at frame 38, r2 holds to the end, r3 ends at the last frame.
        QList<double> frames;
        for (int i = 0; i < 46; ++i)
            frames << i / 15.0;
        auto plan = RedactionPlan::parse(R"({"version":1,"regions":[
            {"id":"r1","style":"fill","reason":"bystander","label":"man in red",
             "keyframes":[{"t":0,"x":0.1,"y":0.1,"w":0.2,"h":0.2},{"t":2.5333333333,"x":0.3,"y":0.1,"w":0.2,"h":0.2}]},
            {"id":"r2","style":"blur","reason":"minor","until_end":true,"keyframes":[{"t":1,"x":0.5,"y":0.5,"w":0.1,"h":0.1}]},
            {"id":"r3","style":"blur","reason":"minor","keyframes":[{"t":0,"x":0.5,"y":0.5,"w":0.1,"h":0.1},
             {"t":3,"x":0.5,"y":0.5,"w":0.1,"h":0.1}]}]})");
        QVERIFY2(plan, qPrintable(plan.errorMessage()));
        const QList<RegionEnding> endings = plan->earlyEndings(frames);
        QCOMPARE(endings.size(), 1);
        QCOMPARE(endings.first().regionId, QStringLiteral("r1"));
        QCOMPARE(endings.first().firstFrame, 39);
        QCOMPARE(endings.first().lastFrame, 45);
        QCOMPARE(endings.first().frames(), 7);
        QVERIFY2(endings.first().describe().contains(QStringLiteral("frames 39–45")),
                 qPrintable(endings.first().describe()));
        // Holding to the end: the last keyframe's box stays, and survives a round trip through JSON.
        const RedactionRegion& held = plan->regions[1];
        QVERIFY(held.holdToEnd);
        QVERIFY(held.activeAt(100));
        QCOMPARE(held.boxAt(100), held.keyframes.last().rect());
        QVERIFY(!held.activeAt(0.5));
        auto again = RedactionPlan::parse(QJsonDocument(plan->toJson()).toJson());
        QVERIFY(again && again->regions[1].holdToEnd && !again->regions[0].holdToEnd);
        QVERIFY(!RedactionPlan::parse(R"({"version":1,"regions":[{"id":"r","style":"fill","reason":"bystander",
            "until_end":"yes","keyframes":[{"t":0,"x":0.1,"y":0.1,"w":0.2,"h":0.2}]}]})"));
    }

    void planOutsideTheClipIsRefusedBeforeRendering()
    {
        auto plan = RedactionPlan::parse(
            R"({"version":1,"regions":[{"id":"late","style":"fill","reason":"bystander","keyframes":[{"t":60,"x":0.1,"y":0.1,"w":0.2,"h":0.2}]}]})");
        QVERIFY(plan);
        auto r = Redactor::render(m_scene, m_key, *plan);
        QVERIFY(!r);
        QVERIFY(r.errorMessage().contains(QLatin1String("after the end of the clip")));
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "TestRedactor.moc"

// Assisted redaction against ground truth the team did not draw by hand: real CCTV footage (OpenCV's pedestrian
// video vtest.avi, opencv-doc) with a real photograph's face (scikit-image's astronaut.png, python3-skimage) moved
// along known paths by the ffmpeg CLI, once large and once small. Every frame's true face box is known from the
// overlay expressions. The suggestions are rendered with LP Desk's renderer and the output is read back with the
// ffmpeg CLI: no frame may show an uncovered face. Recall per frame, the IoU of a tracked box and the keyframe count
// are printed.
#include "ComposedFaces.h"
#include "TestSupport.h"

#include "crypto/Lpenc.h"
#include "crypto/X25519.h"
#include "detect/Detection.h"
#include "media/VideoDecoder.h"
#include "redact/Redactor.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace lpdesk;

namespace {

constexpr int Width = 1280, Height = 720, Fps = 25, Seconds = 6;

// Two copies of the face: a large one moving right and down, a small one moving left and up.
const test::FaceMover Large {120, 127, 100, 150, 200, 20};
const test::FaceMover Small {60, 64, 1100, -120, 500, -30};

test::ComposedClip composed()
{
    test::ComposedClip c;
    c.width = Width;
    c.height = Height;
    c.fps = Fps;
    c.seconds = Seconds;
    c.movers = {Large, Small};
    return c;
}

double iou(const QRectF& a, const QRectF& b)
{
    const QRectF i = a.intersected(b);
    const double inter = i.width() * i.height();
    return inter / (a.width() * a.height() + b.width() * b.height() - inter);
}

QRectF pixels(const QRectF& normalised)
{
    return QRectF(normalised.x() * Width, normalised.y() * Height, normalised.width() * Width,
                  normalised.height() * Height);
}

} // namespace

class TestAssistedRedaction : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    X25519KeyPair m_key;
    QString m_clip; // .lpenc of the composed clip

private Q_SLOTS:
    void initTestCase()
    {
        const QString mp4 = m_dir.filePath(QStringLiteral("composed.mp4"));
        const QString error = test::composeFaceClip(mp4, composed());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_key = X25519::generate();
        m_clip = m_dir.filePath(QStringLiteral("composed.lpenc"));
        QFile in(mp4);
        QVERIFY(in.open(QIODevice::ReadOnly));
        auto w = LpencWriter::create(m_clip, m_key.publicKey);
        QVERIFY(w);
        QVERIFY((*w)->write(in.readAll()));
        QVERIFY((*w)->finish());
    }

    // Detection + tracking with the fail-safe: every frame's faces are inside a suggested box, rendered output
    // included.
    void suggestionsCoverEveryFace()
    {
        auto video = VideoDecoder::open(m_clip, m_key);
        QVERIFY(video);
        QCOMPARE((*video)->frameCount(), Fps * Seconds);
        detect::Options options; // faces, detection every 3rd frame, fail-safe on
        auto tracks = detect::Detector::findTracks(**video, options);
        QVERIFY2(tracks, qPrintable(tracks.errorMessage()));
        RedactionPlan plan;
        for (const detect::Track& t : *tracks) {
            RedactionRegion r = detect::Detector::toRegion(t, (*video)->frames(), Width, Height, options.padding);
            r.id = QStringLiteral("face-%1").arg(plan.regions.size() + 1);
            r.style = RedactionRegion::Style::Fill;
            r.reason = QStringLiteral("bystander");
            plan.regions << r;
            qInfo("track %lld: frames %d–%d, %d detections, confidence %.2f, %lld keyframes",
                  static_cast<long long>(plan.regions.size()), t.firstFrame(), t.lastFrame(), t.detections,
                  static_cast<double>(t.confidence), static_cast<long long>(r.keyframes.size()));
        }
        QVERIFY2(plan.regions.size() >= 2, "both faces found");
        QVERIFY2(plan.regions.size() <= 4, "no swarm of false positives on the footage");

        // Per frame: is each true face box inside the union of the plan's boxes (≥ 98 % of its area)?
        const QList<FrameInfo>& frames = (*video)->frames();
        int covered[2] = {0, 0};
        int detectedRecall[2] = {0, 0};
        for (int f = 0; f < frames.size(); ++f) {
            const test::FaceMover* movers[] = {&Large, &Small};
            for (int m = 0; m < 2; ++m) {
                const QRectF truth = movers[m]->faceAt(f, Fps);
                double best = 0;
                for (const RedactionRegion& r : std::as_const(plan.regions)) {
                    const QRectF box = pixels(r.boxAt(frames[f].seconds));
                    const QRectF inter = box.intersected(truth);
                    best = std::max(best, inter.width() * inter.height() / (truth.width() * truth.height()));
                }
                if (best >= 0.98)
                    ++covered[m];
                for (const detect::Track& t : std::as_const(*tracks))
                    if (const detect::TrackBox* b = t.at(f); b && iou(pixels(b->rect), truth) >= 0.4)
                        ++detectedRecall[m];
            }
        }
        const double n = static_cast<double>(frames.size());
        qInfo("large face: covered in %d/%d frames, track recall %.3f", covered[0], static_cast<int>(n),
              detectedRecall[0] / n);
        qInfo("small face: covered in %d/%d frames, track recall %.3f", covered[1], static_cast<int>(n),
              detectedRecall[1] / n);
        QVERIFY(detectedRecall[0] / n >= 0.95);
        QVERIFY(detectedRecall[1] / n >= 0.95);
        QCOMPARE(covered[0], static_cast<int>(n));
        QCOMPARE(covered[1], static_cast<int>(n));

        // Rendered: read back with the ffmpeg CLI, each true face box is flat (filled) in every frame.
        auto rendered = Redactor::render(m_clip, m_key, plan);
        QVERIFY2(rendered, qPrintable(rendered.errorMessage()));
        const QString out = m_dir.filePath(QStringLiteral("redacted.mp4"));
        QFile o(out);
        QVERIFY(o.open(QIODevice::WriteOnly));
        o.write(rendered->mp4);
        o.close();
        const QByteArray gray = test::greyFrames(out);
        QCOMPARE(gray.size(), static_cast<qsizetype>(Width) * Height * frames.size());
        QStringList details;
        const int exposed = test::exposedFaces(gray, composed(), 6, &details);
        for (const QString& d : std::as_const(details))
            qWarning("%s", qPrintable(d));
        QCOMPARE(exposed, 0);
    }

    // "Track this region": a box drawn on the large face at 1 s is followed for the rest of the clip (5 s) with
    // IoU ≥ 0.7 against the truth in every frame, and backwards to the start.
    void followedBoxStaysOnTheFace()
    {
        auto video = VideoDecoder::open(m_clip, m_key);
        QVERIFY(video);
        const int start = Fps;
        const QRectF truth = Large.faceAt(start, Fps);
        detect::Options options;
        options.holdFrames = 0;
        auto track = detect::Detector::followBox(
            **video, start,
            QRectF(truth.x() / Width, truth.y() / Height, truth.width() / Width, truth.height() / Height), options);
        QVERIFY2(track, qPrintable(track.errorMessage()));
        QCOMPARE(track->firstFrame(), 0);
        QCOMPARE(track->lastFrame(), Fps * Seconds - 1);
        double worst = 1, sum = 0;
        for (int f = start; f < Fps * Seconds; ++f) {
            const double v = iou(pixels(track->at(f)->rect), Large.faceAt(f, Fps));
            worst = std::min(worst, v);
            sum += v;
        }
        qInfo("followed box over 5 s: IoU mean %.3f, worst %.3f", sum / (Fps * Seconds - start), worst);
        QVERIFY(worst >= 0.7);
    }

    void refusesNonsense()
    {
        auto video = VideoDecoder::open(m_clip, m_key);
        QVERIFY(video);
        detect::Options bad;
        bad.detectEvery = 0;
        QCOMPARE(detect::Detector::findTracks(**video, bad).error().kind, ErrorKind::Usage);
        detect::Options none;
        none.kinds.clear();
        QCOMPARE(detect::Detector::findTracks(**video, none).error().kind, ErrorKind::Usage);
        QCOMPARE(detect::Detector::followBox(**video, 10, QRectF(2, 2, 0.1, 0.1), {}).error().kind, ErrorKind::Usage);
        QCOMPARE(detect::Detector::followBox(**video, 9999, QRectF(0.1, 0.1, 0.1, 0.1), {}).error().kind,
                 ErrorKind::Usage);
        std::atomic_bool cancel {true};
        QCOMPARE(detect::Detector::findTracks(**video, {}, {}, &cancel).error().kind, ErrorKind::Cancelled);
        QCOMPARE(detect::Detector::faceModelSha256(),
                 QStringLiteral("427cbbe0fc41448d09e1dc9cfabe2423d997cf2faaeab91fadd09a510b63b8e2"));
    }
};

QTEST_GUILESS_MAIN(TestAssistedRedaction)
#include "TestAssistedRedaction.moc"

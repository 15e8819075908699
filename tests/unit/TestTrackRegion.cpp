// A track as a plan region (Detector::toRegion): keyframes only where linear interpolation would be off by more than
// the tolerance, and the box the renderer draws (RedactionRegion::boxAt, interpolated in time) within the tolerance
// of every tracked box and never smaller than it, on a constant and on a changing frame rate.
#include "detect/Detection.h"
#include "media/VideoDecoder.h"
#include "redact/RedactionPlan.h"

#include <QTest>

#include <cmath>
#include <functional>

using namespace lpdesk;

namespace {

constexpr int Width = 1280, Height = 720;
constexpr double Tolerance = 3.0, Padding = 0.15;

// A face-sized track whose box (pixels) at frame i is `at(i)`.
detect::Track trackOf(int frames, const std::function<QPointF(int)>& at)
{
    detect::Track t;
    for (int i = 0; i < frames; ++i) {
        const QPointF p = at(i);
        t.boxes << detect::TrackBox {i, QRectF(p.x() / Width, p.y() / Height, 60.0 / Width, 64.0 / Height), 0.9f,
                                     i % 3 == 0};
    }
    t.confidence = 0.9f;
    t.detections = frames / 3;
    return t;
}

QList<FrameInfo> constantRate(int frames, double fps)
{
    QList<FrameInfo> info;
    for (int i = 0; i < frames; ++i)
        info << FrameInfo {i, i / fps, i == 0};
    return info;
}

QRectF pixels(const QRectF& r)
{
    return QRectF(r.x() * Width, r.y() * Height, r.width() * Width, r.height() * Height);
}

// The worst distance (pixels) between an edge of the rendered box and the same edge of the padded tracked box, over
// every frame; `uncovered`: frames where the rendered box does not hold the whole padded box.
double worstEdge(const detect::Track& track, const RedactionRegion& region, const QList<FrameInfo>& frames,
                 int* uncovered)
{
    double worst = 0;
    *uncovered = 0;
    for (const detect::TrackBox& b : track.boxes) {
        const double dx = b.rect.width() * Padding, dy = b.rect.height() * Padding;
        const QRectF padded = pixels(b.rect.adjusted(-dx, -dy, dx, dy));
        const QRectF drawn = pixels(region.boxAt(frames[b.frame].seconds));
        worst = std::max({worst, std::abs(drawn.left() - padded.left()), std::abs(drawn.right() - padded.right()),
                          std::abs(drawn.top() - padded.top()), std::abs(drawn.bottom() - padded.bottom())});
        if (!drawn.adjusted(-0.01, -0.01, 0.01, 0.01).contains(padded))
            ++*uncovered;
    }
    return worst;
}

} // namespace

class TestTrackRegion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A box moving in a straight line at a steady pace needs its first and last keyframes only.
    void straightLineNeedsTwoKeyframes()
    {
        const detect::Track track = trackOf(100, [](int i) { return QPointF(100 + 7.0 * i, 80 + 2.5 * i); });
        const QList<FrameInfo> frames = constantRate(100, 25);
        const RedactionRegion region = detect::Detector::toRegion(track, frames, Width, Height, Padding, Tolerance);
        int uncovered = 0;
        const double worst = worstEdge(track, region, frames, &uncovered);
        qInfo("straight line: %lld keyframes, worst edge %.2f px", static_cast<long long>(region.keyframes.size()),
              worst);
        QCOMPARE(region.keyframes.size(), 2);
        QCOMPARE(uncovered, 0);
        QVERIFY(worst <= 2 * Tolerance + 0.01);
    }

    // A box on a circle needs more, each frame still within the tolerance; a tighter tolerance, more keyframes.
    void curveNeedsMoreKeyframes()
    {
        const detect::Track track = trackOf(
            100, [](int i) { return QPointF(600 + 250 * std::cos(i * 0.05), 330 + 200 * std::sin(i * 0.05)); });
        const QList<FrameInfo> frames = constantRate(100, 25);
        const RedactionRegion region = detect::Detector::toRegion(track, frames, Width, Height, Padding, Tolerance);
        const RedactionRegion tight = detect::Detector::toRegion(track, frames, Width, Height, Padding, 1.0);
        int uncovered = 0;
        const double worst = worstEdge(track, region, frames, &uncovered);
        qInfo("circle: %lld keyframes at 3 px, %lld at 1 px, worst edge %.2f px",
              static_cast<long long>(region.keyframes.size()), static_cast<long long>(tight.keyframes.size()), worst);
        QVERIFY(region.keyframes.size() > 2);
        QVERIFY2(region.keyframes.size() <= 25, "a keyframe every 4th frame at most on a smooth curve");
        QVERIFY(tight.keyframes.size() > region.keyframes.size());
        QCOMPARE(uncovered, 0);
        QVERIFY(worst <= 2 * Tolerance + 0.01);
    }

    // A clip whose frame rate changes (a DVR at 25 fps for 2 s, then at 5 fps): the renderer interpolates in time, so
    // the error must be judged at each frame's time, not by frame number.
    void changingFrameRate()
    {
        QList<FrameInfo> frames;
        for (int i = 0; i < 100; ++i)
            frames << FrameInfo {i, i < 50 ? i / 25.0 : 2.0 + (i - 50) / 5.0, i == 0};
        // Tracked frame by frame: a steady pace per frame is not a steady pace in time here.
        const detect::Track track = trackOf(100, [](int i) { return QPointF(100 + 4.0 * i, 300); });
        const RedactionRegion region = detect::Detector::toRegion(track, frames, Width, Height, Padding, Tolerance);
        int uncovered = 0;
        const double worst = worstEdge(track, region, frames, &uncovered);
        qInfo("changing frame rate: %lld keyframes, worst edge %.2f px, %d frames not covered",
              static_cast<long long>(region.keyframes.size()), worst, uncovered);
        QCOMPARE(uncovered, 0);
        QVERIFY(worst <= 2 * Tolerance + 0.01);
        QVERIFY(region.keyframes.size() >= 3);
    }
};

QTEST_GUILESS_MAIN(TestTrackRegion)
#include "TestTrackRegion.moc"

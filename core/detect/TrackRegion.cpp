// Tracks as plan regions (Detector::toRegion): the part of assisted redaction that needs no OpenCV.
#include "detect/Detection.h"

#include "media/VideoDecoder.h"
#include "redact/RedactionPlan.h"

#include <algorithm>
#include <cmath>

namespace lpdesk::detect {

RedactionRegion Detector::toRegion(const Track& track, const QList<FrameInfo>& frames, int width, int height,
                                   double padding, double tolerancePx)
{
    RedactionRegion region;
    if (track.boxes.isEmpty() || frames.isEmpty())
        return region;
    QList<QRectF> padded;
    padded.reserve(track.boxes.size());
    for (const TrackBox& b : track.boxes) {
        const double dx = b.rect.width() * padding, dy = b.rect.height() * padding;
        padded << b.rect.adjusted(-dx, -dy, dx, dy).intersected(QRectF(0, 0, 1, 1));
    }
    const auto seconds = [&](int i) {
        const int f = std::clamp(track.boxes[i].frame, 0, static_cast<int>(frames.size()) - 1);
        return frames[f].seconds;
    };
    const auto keyframe = [&](int i) {
        const QRectF& r = padded[i];
        return RedactionKeyframe {seconds(i), r.x(), r.y(), r.width(), r.height()};
    };
    // Greedy simplification: from each keyframe, reach as far as linear interpolation stays within the tolerance
    // for every frame in between (in pixels, on every edge). The renderer interpolates in time, so the error is judged
    // at each frame's time: judged by frame number, a clip whose frame rate changes (a DVR recording at 25 fps, then
    // at 5) got two keyframes for a box that was 130 px off between them.
    const auto fits = [&](int a, int b) {
        const double span = seconds(b) - seconds(a);
        for (int k = a + 1; k < b; ++k) {
            const double u = span > 0 ? (seconds(k) - seconds(a)) / span : static_cast<double>(k - a) / (b - a);
            const QRectF& p = padded[a];
            const QRectF& q = padded[b];
            const QRectF& r = padded[k];
            const double left = p.left() + (q.left() - p.left()) * u;
            const double top = p.top() + (q.top() - p.top()) * u;
            const double right = p.right() + (q.right() - p.right()) * u;
            const double bottom = p.bottom() + (q.bottom() - p.bottom()) * u;
            const double slack = tolerancePx;
            if (std::abs(left - r.left()) * width > slack || std::abs(right - r.right()) * width > slack
                || std::abs(top - r.top()) * height > slack || std::abs(bottom - r.bottom()) * height > slack)
                return false;
        }
        return true;
    };
    int a = 0;
    region.keyframes << keyframe(0);
    const int n = static_cast<int>(padded.size());
    while (a < n - 1) {
        int b = a + 1;
        while (b + 1 < n && fits(a, b + 1))
            ++b;
        // Interpolation error of up to `tolerancePx` could uncover an edge: grow the boxes by it.
        region.keyframes << keyframe(b);
        a = b;
    }
    const double growX = tolerancePx / width, growY = tolerancePx / height;
    for (RedactionKeyframe& k : region.keyframes) {
        const QRectF r
            = QRectF(k.x - growX, k.y - growY, k.w + 2 * growX, k.h + 2 * growY).intersected(QRectF(0, 0, 1, 1));
        k = RedactionKeyframe {k.t, r.x(), r.y(), r.width(), r.height()};
    }
    return region;
}

} // namespace lpdesk::detect

#include "detect/GapBridge.h"

#include "detect/BlazeFace.h"
#include "detect/Detectors.h"
#include "detect/PictureQueue.h"

#include "media/VideoDecoder.h"

#include <algorithm>

namespace lpdesk::detect::internal {

cv::Ptr<cv::Tracker> newFollower()
{
    cv::TrackerCSRT::Params params;
    params.use_segmentation = false;
    return cv::TrackerCSRT::create(params);
}

// Hands `step` the pictures of frames `from`, from − 1, … 0 (B, G, R), until it returns false. A decoder only runs
// forwards from a keyframe, so stepping back one frame at a time would decode from the keyframe again for every
// frame (a 2 s GOP at 30 fps: 30 decodes per frame). Instead each stretch of up to `chunk` frames is decoded once,
// forwards from its keyframe, kept, and handed over backwards; memory stays at `chunk` pictures (about 256 MB).
Status backwards(VideoDecoder& video, int from, const std::atomic_bool* cancel,
                 const std::function<bool(int, const cv::Mat&)>& step)
{
    const int width = video.width(), height = video.height();
    const qint64 bytes = static_cast<qint64>(width) * height * 3;
    const int chunk = static_cast<int>(std::clamp<qint64>((qint64(256) << 20) / std::max<qint64>(bytes, 1), 4, 120));
    std::vector<cv::Mat> kept;
    for (int high = from; high >= 0;) {
        int key = high;
        while (key > 0 && !video.frames()[key].keyframe)
            --key;
        const int low = std::max(key, high - chunk + 1);
        kept.resize(static_cast<size_t>(high - low + 1));
        for (int f = key; f <= high; ++f) {
            if (cancel && cancel->load())
                return makeError(ErrorKind::Cancelled, Detector::tr("Tracking cancelled."));
            if (f < low) {
                if (auto decoded = video.decodedFrame(f); !decoded)
                    return decoded.error();
                continue;
            }
            LP_TRY(readPicture(video, f, kept[static_cast<size_t>(f - low)]));
        }
        for (int f = high; f >= low; --f)
            if (!step(f, kept[static_cast<size_t>(f - low)]))
                return {};
        high = low - 1;
    }
    return {};
}

cv::Rect2f mergeBridged(const cv::Rect2f& f, const cv::Rect2f& b, float u)
{
    if (iou(f, b) < 0.3f)
        return f | b;
    const float v = 1 - u;
    return cv::Rect2f(f.x * v + b.x * u, f.y * v + b.y * u, f.width * v + b.width * u, f.height * v + b.height * u);
}

Status bridgeBackwards(VideoDecoder& video, std::vector<Gap>& gaps, const std::atomic_bool* cancel, Stats* stats)
{
    for (Gap& gap : gaps) {
        cv::Ptr<cv::Tracker> follower;
        // The frames are handed over newest first: the later sighting's picture starts the follower, each frame
        // before it down to the gap's first moves it one step back.
        const Status done = backwards(video, gap.to, cancel, [&](int f, const cv::Mat& picture) {
            if (f == gap.to) {
                const cv::Rect start = cv::Rect(gap.end) & cv::Rect(0, 0, picture.cols, picture.rows);
                if (start.area() <= 16)
                    return false;
                follower = newFollower();
                follower->init(picture, start);
                return true;
            }
            if (f <= gap.from)
                return false;
            const double began = threadCpuSeconds();
            cv::Rect box;
            const bool kept = follower->update(picture, box) && box.area() > 0;
            if (stats) {
                ++stats->backwardUpdates;
                stats->followCpu += threadCpuSeconds() - began;
            }
            if (!kept)
                return false; // lost: the forward boxes stay as they are from here back
            // Like a forward follower's, the box keeps at least the size of the sighting it started from.
            const cv::Point2f centre = (cv::Point2f(box.tl()) + cv::Point2f(box.br())) * 0.5f;
            const cv::Size2f size(std::max(gap.end.width, static_cast<float>(box.width)),
                                  std::max(gap.end.height, static_cast<float>(box.height)));
            const cv::Rect2f back(centre - cv::Point2f(size.width, size.height) * 0.5f, size);
            cv::Rect2f& merged = gap.boxes[static_cast<size_t>(f - gap.from - 1)];
            merged
                = mergeBridged(merged, back, static_cast<float>(f - gap.from) / static_cast<float>(gap.to - gap.from));
            return true;
        });
        if (!done)
            return done;
    }
    return {};
}

} // namespace lpdesk::detect::internal

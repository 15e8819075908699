// Cuts a clip read straight from .lpenc into a new MP4 (in memory; the caller encrypts it):
//   copy     stream copy from the keyframe at or before the start; reports the real range it got
//   smart    frame-accurate, same codec: the frames before the first usable keyframe and after the last run of
//            packets that decodes on its own are re-encoded losslessly (H.264: the head x264 qp 0 with its own SPS/PPS
//            ids, the tail I_PCM pictures under the source's SPS, all parameter sets in the avcC; H.265: x265 lossless
//            with in-band parameter sets, the source's sets repeated on each copied keyframe, a first copied CRA marked
//            BLA); the middle is stream-copied, so every frame decodes to exactly the source's pixels. B-frames, open
//            GOPs (HEVC CRA), VFR and intra-only streams (MJPEG: all copied) work; an H.264 range whose keyframes are
//            all open-GOP I-frames, or another codec needing re-encoded edges, is refused with a message that offers
//            reencode.
//   reencode H.264 (libx264 crf 18) for the requested frames
// Audio packets inside the range are copied; a display matrix (phone rotation) is kept.
#pragma once

#include "common/Result.h"
#include "crypto/X25519.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <atomic>
#include <functional>

namespace lpdesk {

struct TrimRequest
{
    enum class Mode { Copy, Smart, Reencode };
    double from = 0; // seconds from the clip's first frame
    double to = 0; // exclusive
    Mode mode = Mode::Smart;

    static QString modeName(Mode mode);
    static bool parseMode(const QString& text, Mode* mode);
};

struct TrimResult
{
    QByteArray mp4;
    QString modeUsed;
    int firstFrame = 0; // source frame indices, inclusive
    int lastFrame = 0;
    double actualFrom = 0;
    double actualTo = 0;
    int copiedFirstFrame = -1; // source frames whose packets were stream-copied (-1: none)
    int copiedLastFrame = -1;
    int reencodedFrames = 0;
    int copiedVideoPackets = 0;
    int copiedAudioPackets = 0;
    QString encoder;
    QStringList notes;
    QJsonObject toJson() const;
};

class Trimmer
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::Trimmer)

public:
    using Progress = std::function<void(int done, int total)>;
    static Result<TrimResult> trim(const QString& lpencPath, const X25519KeyPair& key, const TrimRequest& request,
                                   const Progress& progress = {}, const std::atomic_bool* cancel = nullptr);

    // avcC helpers (exposed for tests).
    static QList<QByteArray> annexBUnits(const QByteArray& annexB);
    static QByteArray annexBToLengthPrefixed(const QByteArray& annexB, bool dropParameterSets);
};

} // namespace lpdesk

// Frame-accurate decoding straight from an .lpenc file: a frame index (display order, keyframes) from the
// container, exact frame seeks (seek to the keyframe before, decode forward to the exact presentation time),
// cheap sequential stepping, and a small cache so stepping backwards does not re-decode a whole GOP each time.
// Works for H.264 (B-frames, open GOPs), H.265/HEVC, MJPEG and variable frame rates: the index holds each frame's
// own presentation time. Phone rotation (the display matrix) is applied to what is shown (frameAt, displayFrame,
// framePlanesAt); decodedFrame stays in coded orientation for stream-level tools (trims).
#pragma once

#include "common/Result.h"
#include "crypto/X25519.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

#include <memory>

extern "C" {
#include <libavutil/rational.h>
}

struct AVFrame;

namespace lpdesk {

struct FrameInfo
{
    qint64 pts = 0; // in the stream time base
    double seconds = 0; // from the start of the clip
    bool keyframe = false;
};

class VideoDecoder
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::VideoDecoder)

public:
    ~VideoDecoder();
    static Result<std::unique_ptr<VideoDecoder>> open(const QString& lpencPath, const X25519KeyPair& key);

    int frameCount() const { return static_cast<int>(m_frames.size()); }
    const QList<FrameInfo>& frames() const { return m_frames; }
    double frameRate() const { return m_fps; }
    double duration() const;
    // Displayed size (after rotation).
    int width() const;
    int height() const;
    // Clockwise rotation from the container's display matrix: 0, 90, 180 or 270.
    int rotation() const { return m_rotation; }
    // Shown duration of frame `index` (the gap to the next frame; the last takes the gap before it).
    double frameDuration(int index) const;
    // The frame shown at `seconds` (the last frame that starts at or before it).
    int frameIndexAt(double seconds) const;
    // Decodes exactly frame `index`. Sequential calls (index+1) continue the decoder without seeking.
    Result<QImage> frameAt(int index);
    // Raw decode for tools that compare pixels (YUV planes hashed): the displayed frame's planes as bytes, packed
    // like FFmpeg's rawvideo (so an MD5 of it equals `ffmpeg -f framemd5` of the same frame).
    Result<QByteArray> framePlanesAt(int index);
    // The frame as shown: rotated, in yuv420p (what redaction draws on and re-encodes). Valid until the next call.
    Result<const AVFrame*> displayFrame(int index);

    // The frame as shown (rotated), as rows of packed 8-bit B, G, R written into `bgr` (`stride` bytes per row, at
    // least 3 × width(); height() rows). Not cached: for tools that read a clip once, frame by frame (detection).
    Status frameBgr(int index, unsigned char* bgr, qsizetype stride);

    // Decodes exactly frame `index` and returns the decoder's frame (valid until the next call).
    Result<const AVFrame*> decodedFrame(int index);
    AVRational timeBase() const;

private:
    VideoDecoder();
    Status decodeTo(int index);
    struct Private;
    std::unique_ptr<Private> d;
    QList<FrameInfo> m_frames;
    double m_fps = 0;
    int m_rotation = 0;
};

} // namespace lpdesk

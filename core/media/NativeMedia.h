// Footage as DVRs, VMS exports and phones hand it over, read straight from its encrypted native master: what FFmpeg
// makes of it (raw H.264/H.265 elementary streams and Dahua .dav need to be told their format), the recording's
// own start time (container creation time, DHAV header, EXIF, container timecode), and the MP4 working copy for
// containers the player and the trimmer do not take directly (a remux: the coded frames are copied, not re-encoded;
// an H.264 transcode where the video's codec cannot be remuxed or is not one LP Desk is built for).
#pragma once

#include "common/Result.h"
#include "crypto/X25519.h"
#include "media/MediaProbe.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <atomic>
#include <functional>

namespace lpdesk {

struct NativeHints
{
    QString format; // FFmpeg demuxer to force ("h264", "hevc", "dhav"); empty: probe
    double fps = 0; // frame rate of a raw elementary stream; 0: what the stream says, else 25
    // The demuxer and frame rate suggested by the file name (raw streams have no header to probe reliably).
    static NativeHints forFile(const QString& fileName, double fps);
};

struct NativeProbe
{
    enum class Type { Video, Audio, Image, Document };
    Type type = Type::Document;
    QString demuxer;
    MediaInfo info;
    int rotation = 0; // the display matrix's rotation, counter-clockwise degrees as ffprobe prints it (phones)
    QString creationTime; // container tag, as written
    QString timecode; // container or stream tag, as written
    QString problem; // why FFmpeg could not read it (type Document)
    // Raw H.264/H.265 elementary streams have no container clock: the frame rate is the investigator's (hints.fps)
    // or what the stream's own timing (SPS VUI, HEVC VPS) states. FFmpeg would silently assume 25 fps otherwise.
    bool rawStream = false;
    double streamFps = 0; // the rate the stream's timing states; 0: it states none
    QString fpsSource; // "investigator" or "stream timing" for raw streams
    // A sound MP4 cannot carry as it is (PCM, as DVRs and phones write it in MOV, MKV and AVI): trims and the player's
    // MP4s cannot take it, so even a MOV gets a working copy, with the sound encoded to AAC.
    bool soundMp4CannotCarry = false;
    bool needsFrameRate() const { return rawStream && info.fps <= 0; }
    bool needsWorkingCopy() const;
    // The working copy can be a remux: the video is a codec LP Desk's player, trims and redaction are built and
    // tested for (H.264, H.265, MJPEG). Any other (MPEG-2, MPEG-4 Part 2, DivX, ...) is transcoded to H.264.
    bool remuxable() const;
    static QString typeName(Type type); // video, audio, image, document
    QJsonObject toJson() const;
};

struct Remuxed
{
    QByteArray mp4;
    int videoPackets = 0;
    int audioPackets = 0;
    QStringList dropped; // streams MP4 cannot carry
    QJsonObject transcode; // the encoder and its parameters, when the pictures were re-encoded (else empty)
    QString sound; // a remux's sound MP4 cannot carry, encoded to AAC ("#1 pcm_s16le encoded to AAC 128 kb/s")
    QJsonObject toJson() const;
};

class NativeMedia
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::NativeMedia)

public:
    static constexpr qint64 MaxWorkingCopyBytes = qint64(4) * 1024 * 1024 * 1024;
    using Progress = std::function<void(qint64 done, qint64 total)>;

    static NativeProbe probe(const QString& lpencPath, const X25519KeyPair& key, const NativeHints& hints);
    // MP4 in memory (encrypted by the caller), every video and audio stream MP4 can carry copied packet by packet; the
    // first sound it cannot carry (PCM, G.711) encoded to AAC (Remuxed::sound), any other left out and named.
    static Result<Remuxed> remuxToMp4(const QString& lpencPath, const X25519KeyPair& key, const NativeHints& hints,
                                      const Progress& progress = {}, const std::atomic_bool* cancel = nullptr);
    // The fallback where a remux cannot serve: every picture decoded and encoded once with libx264 (crf 12, a
    // keyframe a second, no B-frames, yuv420p) at its own time; sound MP4 can carry is copied, the rest named.
    static Result<Remuxed> transcodeToMp4(const QString& lpencPath, const X25519KeyPair& key, const NativeHints& hints,
                                          const Progress& progress = {}, const std::atomic_bool* cancel = nullptr);

    // Start times the file itself states. Local times without an offset (EXIF, DHAV) are read in `zone`.
    static QDateTime containerStart(const QString& creationTime);
    static QDateTime dhavStart(const QByteArray& head, const QTimeZone& zone);
    // A container timecode ("09:15:30:12", MOV tmcd) is a time of day on the recorder's clock, read in `zone` at
    // `fps` for its frames; its date is the last day on which it is not after `notAfter` (the file's modification
    // time: a recording starts before its file is last written). Invalid when it cannot be read.
    static QDateTime timecodeStart(const QString& timecode, double fps, const QDateTime& notAfter,
                                   const QTimeZone& zone);
    static QDateTime exifStart(const QByteArray& head, const QTimeZone& zone, bool* hadOffset = nullptr);
    // HEIC/HEIF stills (phones): the file type box names a HEIF brand. FFmpeg 5.1 and Qt 6.4 decode none of them.
    static bool isHeif(const QByteArray& head);
    // The EXIF time of a HEIF still: its meta box (in `head`) locates the Exif item, `read(offset, length)` fetches it.
    static QDateTime heifExifStart(const QByteArray& head, const std::function<QByteArray(qint64, qint64)>& read,
                                   const QTimeZone& zone, bool* hadOffset = nullptr);
};

} // namespace lpdesk

// Thin RAII wrappers over libavcodec/libavformat used by the simulator, trims and redaction: an H.264 (libx264)
// video encoder, an AAC audio encoder, and an MP4 muxer that writes into memory (never to a plaintext file).
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <functional>
#include <memory>

extern "C" {
#include <libavutil/rational.h>
}

struct AVCodecContext;
struct AVCodecParameters;
struct AVFormatContext;
struct AVFrame;
struct AVPacket;
struct AVStream;

namespace lpdesk {

class MemoryAvioSink;

struct AvFrameDeleter
{
    void operator()(AVFrame* f) const;
};
struct AvPacketDeleter
{
    void operator()(AVPacket* p) const;
};
using FramePtr = std::unique_ptr<AVFrame, AvFrameDeleter>;
using PacketPtr = std::unique_ptr<AVPacket, AvPacketDeleter>;
FramePtr allocFrame();
PacketPtr allocPacket();

using PacketSink = std::function<Status(AVPacket*)>;

class VideoEncoder
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::VideoEncoder)

public:
    struct Settings
    {
        int width = 0;
        int height = 0;
        AVRational timeBase {1, 25};
        AVRational frameRate {25, 1};
        int gop = 50; // frames between keyframes (fixed: no scene-cut keyframes)
        int crf = 20;
        QByteArray preset = "veryfast";
        bool lossless = false; // x264 qp 0: decodes to exactly the input pixels
        int spsId = -1; // x264 sps-id, for streams that must coexist with another's parameter sets
        int threads = 0;
        bool globalHeader = true; // MP4 wants avcC extradata
        int bFrames = 0;
        int refs = 0; // reference frames (0: the preset's)
        bool hevc = false; // libx265 instead of libx264 (lossless: x265 lossless=1)
        int pixFmt = -1; // AVPixelFormat of the frames (-1: yuv420p)
    };
    ~VideoEncoder();
    static Result<std::unique_ptr<VideoEncoder>> open(const Settings& settings);
    AVCodecContext* context() const { return m_ctx; }
    // frame == nullptr flushes. Each produced packet goes to sink (timestamps in the encoder time base).
    Status encode(AVFrame* frame, const PacketSink& sink);
    QString description() const; // "libx264 preset veryfast crf 20 gop 50"

private:
    VideoEncoder() = default;
    AVCodecContext* m_ctx = nullptr;
    Settings m_settings;
};

class AudioEncoder
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::AudioEncoder)

public:
    ~AudioEncoder();
    static Result<std::unique_ptr<AudioEncoder>> openAac(int sampleRate, int channels, int bitrate);
    AVCodecContext* context() const { return m_ctx; }
    Status encode(AVFrame* frame, const PacketSink& sink);

private:
    AudioEncoder() = default;
    AVCodecContext* m_ctx = nullptr;
};

class Mp4Muxer
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::Mp4Muxer)

public:
    ~Mp4Muxer();
    static Result<std::unique_ptr<Mp4Muxer>> create();
    // Adds a stream for an encoder (parameters copied after the encoder is opened) or copied parameters.
    Result<int> addStream(const AVCodecContext* encoder);
    Result<int> addStream(const AVCodecParameters* params, AVRational timeBase);
    AVStream* stream(int index) const;
    Status begin();
    // Rescales from `from` to the stream's time base and writes interleaved.
    Status write(AVPacket* packet, int streamIndex, AVRational from);
    // Finishes the file and returns its bytes (the caller encrypts and then wipes them).
    Result<QByteArray> finish();

private:
    Mp4Muxer() = default;
    AVFormatContext* m_fmt = nullptr;
    std::unique_ptr<MemoryAvioSink> m_sink;
    bool m_begun = false;
};

} // namespace lpdesk

// NativeMedia::transcodeToMp4: the working copy of footage whose video cannot simply be remuxed (a codec MP4 cannot
// carry, or one LP Desk's player, trims and redaction are not built for: MPEG-2 from a DVD-style DVR, MPEG-4 Part 2,
// DivX): every frame decoded and encoded once with libx264 at a near-lossless quality, on its own timestamps (VFR
// stays VFR); the sound MP4 can carry is copied packet by packet, a sound it cannot (a DVR's PCM) encoded to AAC. The
// native master is only read.
#include "media/Codec.h"
#include "media/NativeInput.h"
#include "media/NativeMedia.h"
#include "media/PictureConverter.h"
#include "media/SoundToAac.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/audio_fifo.h>
#include <libavutil/channel_layout.h>
#include <libavutil/pixdesc.h>
#include <libswresample/swresample.h>
#include <libswscale/swscale.h>
}

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

namespace lpdesk {

namespace {

// A near-lossless H.264 working copy: crf 12 (the trims' re-encode uses 18), a keyframe every second so copy trims
// of the working copy land close to any in-point, no B-frames.
constexpr int TranscodeCrf = 12;
constexpr const char* TranscodePreset = "fast";

struct TranscodeState
{
    AVFormatContext* src = nullptr;
    int video = -1;
    AVCodecContext* decoder = nullptr;
    std::unique_ptr<VideoEncoder> encoder;
    std::unique_ptr<Mp4Muxer> muxer;
    std::vector<int> map; // input stream -> output stream (audio copied); -1: not written
    int videoOut = -1;
    PictureConverter toYuv;
    qint64 shift = 0; // the source's start time in the video stream's time base
    qint64 lastPts = AV_NOPTS_VALUE;
    qint64 lastDuration = 0; // of the last picture decoded, in the video stream's time base
    PacketPtr held; // the last encoded picture, written once the next one gives its duration
    std::vector<qint64> lastDts;
    qint64 bytes = 0;
    Remuxed result;
    SoundToAac sound; // the first sound MP4 cannot carry, encoded to AAC
    int soundOut = -1;
    int decoded = 0;
    bool interlaced = false;
    QString sourcePixFmt;
    ~TranscodeState() { avcodec_free_context(&decoder); }
};

Status writeOut(TranscodeState& t, AVPacket* pkt, int out, AVRational from)
{
    t.bytes += pkt->size;
    if (t.bytes > NativeMedia::MaxWorkingCopyBytes)
        return failure(NativeMedia::tr("The working copy would be larger than %1 GiB.")
                           .arg(NativeMedia::MaxWorkingCopyBytes >> 30));
    return t.muxer->write(pkt, out, from);
}

// The encoder, opened on the first decoded picture (its size and format are only certain then).
Status openEncoder(TranscodeState& t, const AVFrame* frame)
{
    const AVStream* st = t.src->streams[t.video];
    AVRational rate = st->avg_frame_rate.num > 0 ? st->avg_frame_rate : st->r_frame_rate;
    if (rate.num <= 0 || rate.den <= 0)
        rate = AVRational {25, 1};
    VideoEncoder::Settings s;
    s.width = frame->width;
    s.height = frame->height;
    s.timeBase = st->time_base;
    s.frameRate = rate;
    s.gop = std::max(1, static_cast<int>(std::lround(av_q2d(rate))));
    s.crf = TranscodeCrf;
    s.preset = TranscodePreset;
    auto encoder = VideoEncoder::open(s);
    if (!encoder)
        return encoder.error();
    t.encoder = std::move(*encoder);
    auto out = t.muxer->addStream(t.encoder->context());
    if (!out)
        return out.error();
    t.videoOut = *out;
    AVStream* os = t.muxer->stream(t.videoOut);
    // The picture's shape (a DVD-style 720x576 is not square-pixel) and the display matrix (phones) go along.
    const AVRational sar
        = frame->sample_aspect_ratio.num > 0 ? frame->sample_aspect_ratio : st->codecpar->sample_aspect_ratio;
    if (sar.num > 0 && sar.den > 0) {
        os->sample_aspect_ratio = sar;
        os->codecpar->sample_aspect_ratio = sar;
    }
    for (int i = 0; i < st->nb_side_data; ++i)
        if (st->side_data[i].type == AV_PKT_DATA_DISPLAYMATRIX)
            if (uint8_t* copy = av_stream_new_side_data(os, st->side_data[i].type, st->side_data[i].size))
                std::memcpy(copy, st->side_data[i].data, st->side_data[i].size);
    t.sourcePixFmt = QString::fromLatin1(av_get_pix_fmt_name(static_cast<AVPixelFormat>(frame->format)));
    return t.muxer->begin();
}

// Each encoded picture lasts until the next one (no B-frames: they come in display order); the last one as long as
// the source's last picture. Without durations the MP4's edit list would leave the last picture out.
Status writePicture(TranscodeState& t, AVPacket* pkt)
{
    const AVRational tb = t.src->streams[t.video]->time_base;
    if (t.held) {
        t.held->duration = pkt ? std::max<qint64>(1, pkt->pts - t.held->pts) : std::max<qint64>(1, t.lastDuration);
        LP_TRY(writeOut(t, t.held.get(), t.videoOut, tb));
        t.held.reset();
    }
    if (pkt) {
        ++t.result.videoPackets;
        t.held = allocPacket();
        av_packet_move_ref(t.held.get(), pkt);
    }
    return {};
}

Status encodeFrame(TranscodeState& t, AVFrame* frame)
{
    const AVRational tb = t.src->streams[t.video]->time_base;
    const auto sink = [&](AVPacket* pkt) { return writePicture(t, pkt); };
    if (!frame) {
        LP_TRY(t.encoder ? t.encoder->encode(nullptr, sink) : Status {});
        return writePicture(t, nullptr);
    }
    if (!t.encoder)
        LP_TRY(openEncoder(t, frame));
    ++t.decoded;
    t.interlaced = t.interlaced || frame->interlaced_frame;
    // Each picture keeps its own time, from 0 like every clip; strictly increasing for the encoder.
    qint64 pts = frame->best_effort_timestamp;
    if (pts == AV_NOPTS_VALUE)
        pts = t.lastPts == AV_NOPTS_VALUE ? t.shift : t.lastPts + t.shift + 1; // made increasing below
    pts -= t.shift;
    if (t.lastPts != AV_NOPTS_VALUE && pts <= t.lastPts)
        pts = t.lastPts + 1;
    t.lastPts = pts;
    AVFrame* in = frame;
    if (frame->format != AV_PIX_FMT_YUV420P) {
        auto converted = t.toYuv.toFrame(frame, AV_PIX_FMT_YUV420P, SWS_BICUBIC);
        if (!converted)
            return failure(NativeMedia::tr("Cannot convert the pictures for the working copy."));
        in = *converted;
    }
    if (in->width != t.encoder->context()->width || in->height != t.encoder->context()->height)
        return failure(NativeMedia::tr("The picture size changes inside the recording (%1x%2, then %3x%4).")
                           .arg(t.encoder->context()->width)
                           .arg(t.encoder->context()->height)
                           .arg(in->width)
                           .arg(in->height));
    AVRational rate = t.src->streams[t.video]->avg_frame_rate;
    if (rate.num <= 0 || rate.den <= 0)
        rate = AVRational {25, 1};
    t.lastDuration = frame->pkt_duration > 0 ? frame->pkt_duration : av_rescale_q(1, av_inv_q(rate), tb);
    in->pts = pts;
    in->pict_type = AV_PICTURE_TYPE_NONE;
    return t.encoder->encode(in, sink);
}

// Sends one packet (nullptr: flush) to the decoder and encodes every picture that comes out.
Status decodePacket(TranscodeState& t, const AVPacket* pkt)
{
    int rc = avcodec_send_packet(t.decoder, pkt);
    if (rc < 0 && rc != AVERROR_EOF && rc != AVERROR_INVALIDDATA)
        return failure(NativeMedia::tr("Cannot decode the recording: %1").arg(ffmpegError(rc)));
    FramePtr frame = allocFrame();
    while ((rc = avcodec_receive_frame(t.decoder, frame.get())) >= 0) {
        LP_TRY(encodeFrame(t, frame.get()));
        av_frame_unref(frame.get());
    }
    if (rc != AVERROR(EAGAIN) && rc != AVERROR_EOF)
        return failure(NativeMedia::tr("Cannot decode the recording: %1").arg(ffmpegError(rc)));
    return {};
}

// Sets up the AAC encoding of input stream i, a sound MP4 cannot carry (its rate and channels kept).
Status openSoundToAac(TranscodeState& t, unsigned i)
{
    LP_TRY(t.sound.open(t.src, i));
    auto out = t.muxer->addStream(t.sound.encoder());
    if (!out) {
        t.sound.reset();
        return failure(NativeMedia::tr("Cannot add the sound to the working copy."));
    }
    t.soundOut = *out;
    return {};
}

// One packet of the sound encoded to AAC (nullptr: the end).
Status encodeSound(TranscodeState& t, AVPacket* pkt)
{
    const AVRational tb = t.sound.encoder()->time_base;
    return t.sound.encode(pkt, [&t, tb](AVPacket* out) {
        ++t.result.audioPackets;
        return writeOut(t, out, t.soundOut, tb);
    });
}

// The decoder of the first video stream, and the sound MP4 can carry as copied streams (the rest is named; the video
// stream is added with its encoder, on the first picture).
Status openStreams(TranscodeState& t)
{
    t.video = native::firstVideo(t.src);
    if (t.video < 0)
        return failure(NativeMedia::tr("The native file holds no video stream."));
    const AVStream* vst = t.src->streams[t.video];
    const AVCodec* codec = avcodec_find_decoder(vst->codecpar->codec_id);
    if (!codec)
        return failure(NativeMedia::tr("FFmpeg has no decoder for %1.")
                           .arg(QString::fromLatin1(avcodec_get_name(vst->codecpar->codec_id))));
    t.decoder = avcodec_alloc_context3(codec);
    if (!t.decoder || avcodec_parameters_to_context(t.decoder, vst->codecpar) < 0)
        return failure(NativeMedia::tr("Cannot set up the decoder."));
    t.decoder->pkt_timebase = vst->time_base;
    t.decoder->thread_count = 0;
    const int rc = avcodec_open2(t.decoder, codec, nullptr);
    if (rc < 0)
        return failure(
            NativeMedia::tr("Cannot open the %1 decoder: %2").arg(QString::fromLatin1(codec->name), ffmpegError(rc)));
    t.shift = t.src->start_time != AV_NOPTS_VALUE ? av_rescale_q(t.src->start_time, AV_TIME_BASE_Q, vst->time_base) : 0;
    auto muxer = Mp4Muxer::create();
    if (!muxer)
        return muxer.error();
    t.muxer = std::move(*muxer);
    t.map.assign(t.src->nb_streams, -1);
    t.lastDts.assign(t.src->nb_streams, AV_NOPTS_VALUE);
    const AVOutputFormat* mp4Format = av_guess_format("mp4", nullptr, nullptr);
    for (unsigned i = 0; i < t.src->nb_streams; ++i) {
        const AVStream* st = t.src->streams[i];
        if (!native::usable(st) || st->codecpar->codec_type != AVMEDIA_TYPE_AUDIO)
            continue;
        if (avformat_query_codec(mp4Format, st->codecpar->codec_id, FF_COMPLIANCE_NORMAL) != 1) {
            // The first such sound is encoded to AAC; any other (or one that cannot be) is named.
            if (!t.sound.isOpen() && openSoundToAac(t, i))
                t.map[i] = t.soundOut;
            else
                t.result.dropped << QStringLiteral("#%1 %2").arg(i).arg(
                    QString::fromLatin1(avcodec_get_name(st->codecpar->codec_id)));
            continue;
        }
        auto out = t.muxer->addStream(st->codecpar, st->time_base);
        if (!out)
            return out.error();
        t.map[i] = *out;
    }
    return {};
}

// A sound packet as it came, shifted to start with the picture at 0, decode times increasing.
Status copySound(TranscodeState& t, AVPacket* p)
{
    const AVStream* st = t.src->streams[p->stream_index];
    if (p->dts == AV_NOPTS_VALUE)
        p->dts = p->pts;
    if (p->pts == AV_NOPTS_VALUE)
        p->pts = p->dts;
    if (t.src->start_time != AV_NOPTS_VALUE) {
        const int64_t shift = av_rescale_q(t.src->start_time, AV_TIME_BASE_Q, st->time_base);
        p->pts -= shift;
        p->dts -= shift;
    }
    qint64& last = t.lastDts[p->stream_index];
    if (last != AV_NOPTS_VALUE && p->dts <= last) {
        p->dts = last + 1;
        p->pts = std::max(p->pts, p->dts);
    }
    last = p->dts;
    p->pos = -1;
    ++t.result.audioPackets;
    return writeOut(t, p, t.map[p->stream_index], st->time_base);
}

Status writeSound(TranscodeState& t, AVPacket* p)
{
    return p->stream_index == t.sound.stream() ? encodeSound(t, p) : copySound(t, p);
}

// Every packet of the file: pictures decoded and encoded, sound copied (held back until the first picture has opened
// the muxer).
Status transcodeAll(TranscodeState& t, native::NativeInput& in, const NativeMedia::Progress& progress,
                    const std::atomic_bool* cancel)
{
    PacketPtr pkt = allocPacket();
    std::vector<PacketPtr> early;
    const qint64 total = static_cast<qint64>(in.avio->reader().size());
    int rc = 0;
    while ((rc = av_read_frame(t.src, pkt.get())) >= 0) {
        if (cancel && cancel->load())
            return makeError(ErrorKind::Cancelled, NativeMedia::tr("Cancelled."));
        const int si = pkt->stream_index;
        Status s;
        if (si == t.video) {
            s = decodePacket(t, pkt.get());
            for (std::size_t i = 0; s && t.encoder && i < early.size(); ++i)
                s = writeSound(t, early[i].get());
            if (t.encoder)
                early.clear();
        } else if (si >= 0 && si < static_cast<int>(t.map.size()) && t.map[si] >= 0) {
            if (t.encoder) {
                s = writeSound(t, pkt.get());
            } else {
                early.push_back(allocPacket());
                av_packet_move_ref(early.back().get(), pkt.get());
            }
        }
        av_packet_unref(pkt.get());
        LP_TRY(s);
        if (progress)
            progress(std::min(static_cast<qint64>(in.avio->bytesRead()), total), total);
    }
    if (rc != AVERROR_EOF)
        return failure(
            NativeMedia::tr("The native file is damaged after %1 pictures: %2").arg(t.decoded).arg(ffmpegError(rc)));
    LP_TRY(decodePacket(t, nullptr));
    if (!t.encoder)
        return failure(NativeMedia::tr("No picture of the native file could be decoded."));
    LP_TRY(encodeFrame(t, nullptr));
    return t.sound.isOpen() ? encodeSound(t, nullptr) : Status {};
}

} // namespace

Result<Remuxed> NativeMedia::transcodeToMp4(const QString& lpencPath, const X25519KeyPair& key,
                                            const NativeHints& hints, const Progress& progress,
                                            const std::atomic_bool* cancel)
{
    auto in = native::openNative(lpencPath, key, hints);
    if (!in)
        return in.error();
    TranscodeState t;
    t.src = (*in)->fmt;
    LP_TRY(openStreams(t));
    LP_TRY(transcodeAll(t, **in, progress, cancel));
    auto mp4 = t.muxer->finish();
    if (!mp4)
        return mp4.error();
    t.result.mp4 = *mp4;
    const AVCodecContext* enc = t.encoder->context();
    t.result.transcode
        = QJsonObject {{QLatin1String("encoder"), t.encoder->description()},
                       {QLatin1String("codec"), QStringLiteral("h264")},
                       {QLatin1String("crf"), TranscodeCrf},
                       {QLatin1String("preset"), QString::fromLatin1(TranscodePreset)},
                       {QLatin1String("gop"), enc->gop_size},
                       {QLatin1String("b_frames"), 0},
                       {QLatin1String("pix_fmt"), QStringLiteral("yuv420p")},
                       {QLatin1String("source_codec"),
                        QString::fromLatin1(avcodec_get_name(t.src->streams[t.video]->codecpar->codec_id))},
                       {QLatin1String("source_pix_fmt"), t.sourcePixFmt},
                       {QLatin1String("frames_decoded"), t.decoded},
                       {QLatin1String("timestamps"), QStringLiteral("each picture's own presentation time, from 0")},
                       {QLatin1String("interlaced_source"), t.interlaced}};
    if (t.sound.isOpen())
        t.result.transcode.insert(QLatin1String("sound"), t.sound.description());
    return t.result;
}

} // namespace lpdesk

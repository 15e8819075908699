#include "media/Codec.h"

#include "media/EncryptedAvio.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/channel_layout.h>
#include <libavutil/opt.h>
}

#include <QCoreApplication>

namespace lpdesk {

void AvFrameDeleter::operator()(AVFrame* f) const
{
    av_frame_free(&f);
}
void AvPacketDeleter::operator()(AVPacket* p) const
{
    av_packet_free(&p);
}
FramePtr allocFrame()
{
    return FramePtr(av_frame_alloc());
}
PacketPtr allocPacket()
{
    return PacketPtr(av_packet_alloc());
}

namespace {

Status drain(AVCodecContext* ctx, const PacketSink& sink)
{
    PacketPtr pkt = allocPacket();
    while (true) {
        const int rc = avcodec_receive_packet(ctx, pkt.get());
        if (rc == AVERROR(EAGAIN) || rc == AVERROR_EOF)
            return {};
        if (rc < 0)
            return failure(VideoEncoder::tr("Encoding failed: %1").arg(ffmpegError(rc)));
        Status s = sink(pkt.get());
        av_packet_unref(pkt.get());
        if (!s)
            return s;
    }
}

} // namespace

VideoEncoder::~VideoEncoder()
{
    avcodec_free_context(&m_ctx);
}

Result<std::unique_ptr<VideoEncoder>> VideoEncoder::open(const Settings& s)
{
    const AVCodec* codec = avcodec_find_encoder_by_name(s.hevc ? "libx265" : "libx264");
    if (!codec)
        return failure(s.hevc ? tr("The H.265 encoder (libx265) is not available.")
                              : tr("The H.264 encoder (libx264) is not available."));
    std::unique_ptr<VideoEncoder> e(new VideoEncoder);
    e->m_settings = s;
    e->m_ctx = avcodec_alloc_context3(codec);
    AVCodecContext* c = e->m_ctx;
    c->width = s.width;
    c->height = s.height;
    c->time_base = s.timeBase;
    c->framerate = s.frameRate;
    c->pix_fmt = s.pixFmt >= 0 ? static_cast<AVPixelFormat>(s.pixFmt) : AV_PIX_FMT_YUV420P;
    c->gop_size = s.gop;
    c->keyint_min = s.gop;
    c->max_b_frames = s.bFrames;
    c->thread_count = s.threads;
    if (s.globalHeader)
        c->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    av_opt_set(c->priv_data, "preset", s.preset.constData(), 0);
    if (s.hevc) {
        // Fixed GOP, closed (IDR keyframes), no scene cuts; lossless for frame-exact smart trims.
        QByteArray x265 = "log-level=error:scenecut=0:open-gop=0:keyint=" + QByteArray::number(s.gop)
            + ":min-keyint=" + QByteArray::number(s.gop) + ":bframes=" + QByteArray::number(s.bFrames);
        if (!s.globalHeader)
            x265 += ":repeat-headers=1"; // parameter sets in-band on every keyframe
        if (s.lossless)
            x265 += ":lossless=1";
        else
            av_opt_set(c->priv_data, "crf", QByteArray::number(s.crf).constData(), 0);
        av_opt_set(c->priv_data, "x265-params", x265.constData(), 0);
        const int rc = avcodec_open2(c, codec, nullptr);
        if (rc < 0)
            return failure(tr("Cannot open the H.265 encoder: %1").arg(ffmpegError(rc)));
        return e;
    }
    QByteArray x264 = "scenecut=0:open-gop=0";
    if (s.spsId >= 0)
        x264 += ":sps-id=" + QByteArray::number(s.spsId);
    if (s.refs > 0)
        x264 += ":ref=" + QByteArray::number(s.refs);
    if (s.lossless)
        av_opt_set(c->priv_data, "qp", "0", 0);
    else
        av_opt_set(c->priv_data, "crf", QByteArray::number(s.crf).constData(), 0);
    av_opt_set(c->priv_data, "x264-params", x264.constData(), 0);
    const int rc = avcodec_open2(c, codec, nullptr);
    if (rc < 0)
        return failure(tr("Cannot open the H.264 encoder: %1").arg(ffmpegError(rc)));
    return e;
}

QString VideoEncoder::description() const
{
    return QStringLiteral("%7 (%1) preset %2 %3 gop %4 %5x%6")
        .arg(QString::fromLatin1(LIBAVCODEC_IDENT), QString::fromLatin1(m_settings.preset),
             m_settings.lossless ? QStringLiteral("lossless qp 0") : QStringLiteral("crf %1").arg(m_settings.crf))
        .arg(m_settings.gop)
        .arg(m_settings.width)
        .arg(m_settings.height)
        .arg(m_settings.hevc ? QStringLiteral("libx265") : QStringLiteral("libx264"));
}

Status VideoEncoder::encode(AVFrame* frame, const PacketSink& sink)
{
    const int rc = avcodec_send_frame(m_ctx, frame);
    if (rc < 0 && rc != AVERROR_EOF)
        return failure(tr("Encoding failed: %1").arg(ffmpegError(rc)));
    return drain(m_ctx, sink);
}

AudioEncoder::~AudioEncoder()
{
    avcodec_free_context(&m_ctx);
}

Result<std::unique_ptr<AudioEncoder>> AudioEncoder::openAac(int sampleRate, int channels, int bitrate)
{
    const AVCodec* codec = avcodec_find_encoder(AV_CODEC_ID_AAC);
    if (!codec)
        return failure(tr("The AAC encoder is not available."));
    std::unique_ptr<AudioEncoder> e(new AudioEncoder);
    e->m_ctx = avcodec_alloc_context3(codec);
    AVCodecContext* c = e->m_ctx;
    c->sample_rate = sampleRate;
    av_channel_layout_default(&c->ch_layout, channels);
    c->sample_fmt = AV_SAMPLE_FMT_FLTP;
    c->bit_rate = bitrate;
    c->time_base = AVRational {1, sampleRate};
    c->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    // No perceptual noise substitution: its pseudo-random noise makes a decode depend on every earlier packet,
    // which would let a replaced (muted) packet change the sound long after it.
    av_opt_set_int(c->priv_data, "aac_pns", 0, 0);
    const int rc = avcodec_open2(c, codec, nullptr);
    if (rc < 0)
        return failure(tr("Cannot open the AAC encoder: %1").arg(ffmpegError(rc)));
    return e;
}

Status AudioEncoder::encode(AVFrame* frame, const PacketSink& sink)
{
    const int rc = avcodec_send_frame(m_ctx, frame);
    if (rc < 0 && rc != AVERROR_EOF)
        return failure(tr("Audio encoding failed: %1").arg(ffmpegError(rc)));
    return drain(m_ctx, sink);
}

Mp4Muxer::~Mp4Muxer()
{
    if (m_fmt) {
        m_fmt->pb = nullptr;
        avformat_free_context(m_fmt);
    }
}

Result<std::unique_ptr<Mp4Muxer>> Mp4Muxer::create()
{
    std::unique_ptr<Mp4Muxer> m(new Mp4Muxer);
    m->m_sink = std::make_unique<MemoryAvioSink>();
    const int rc = avformat_alloc_output_context2(&m->m_fmt, nullptr, "mp4", nullptr);
    if (rc < 0 || !m->m_fmt)
        return failure(tr("Cannot create the MP4 writer: %1").arg(ffmpegError(rc)));
    m->m_fmt->pb = m->m_sink->context();
    m->m_fmt->flags |= AVFMT_FLAG_CUSTOM_IO | AVFMT_FLAG_BITEXACT;
    return m;
}

Result<int> Mp4Muxer::addStream(const AVCodecContext* encoder)
{
    AVStream* st = avformat_new_stream(m_fmt, nullptr);
    if (!st || avcodec_parameters_from_context(st->codecpar, encoder) < 0)
        return failure(tr("Cannot add a stream to the MP4 writer."));
    st->time_base = encoder->time_base;
    return st->index;
}

Result<int> Mp4Muxer::addStream(const AVCodecParameters* params, AVRational timeBase)
{
    AVStream* st = avformat_new_stream(m_fmt, nullptr);
    if (!st || avcodec_parameters_copy(st->codecpar, params) < 0)
        return failure(tr("Cannot add a stream to the MP4 writer."));
    st->codecpar->codec_tag = 0;
    st->time_base = timeBase;
    return st->index;
}

AVStream* Mp4Muxer::stream(int index) const
{
    return m_fmt->streams[index];
}

Status Mp4Muxer::begin()
{
    const int rc = avformat_write_header(m_fmt, nullptr);
    if (rc < 0)
        return failure(tr("Cannot start the MP4 file: %1").arg(ffmpegError(rc)));
    m_begun = true;
    return {};
}

Status Mp4Muxer::write(AVPacket* packet, int streamIndex, AVRational from)
{
    packet->stream_index = streamIndex;
    av_packet_rescale_ts(packet, from, m_fmt->streams[streamIndex]->time_base);
    const int rc = av_interleaved_write_frame(m_fmt, packet);
    if (rc < 0)
        return failure(tr("Cannot write to the MP4 file: %1").arg(ffmpegError(rc)));
    return {};
}

Result<QByteArray> Mp4Muxer::finish()
{
    if (!m_begun)
        return failure(tr("The MP4 file was never started."));
    const int rc = av_write_trailer(m_fmt);
    if (rc < 0)
        return failure(tr("Cannot finish the MP4 file: %1").arg(ffmpegError(rc)));
    avio_flush(m_fmt->pb);
    QByteArray out = m_sink->data();
    return out;
}

} // namespace lpdesk

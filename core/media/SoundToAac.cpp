#include "media/SoundToAac.h"

#include "media/EncryptedAvio.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/audio_fifo.h>
#include <libavutil/channel_layout.h>
#include <libswresample/swresample.h>
}

#include <algorithm>

namespace lpdesk {

SoundToAac::~SoundToAac()
{
    reset();
}

void SoundToAac::reset()
{
    avcodec_free_context(&m_decoder);
    swr_free(&m_swr);
    if (m_fifo)
        av_audio_fifo_free(m_fifo);
    m_fifo = nullptr;
    m_encoder.reset();
    m_src = nullptr;
    m_stream = -1;
    m_next = -1;
    m_source.clear();
}

Status SoundToAac::open(const AVFormatContext* src, unsigned i)
{
    reset();
    const AVStream* st = src->streams[i];
    const AVCodec* codec = avcodec_find_decoder(st->codecpar->codec_id);
    m_decoder = codec ? avcodec_alloc_context3(codec) : nullptr;
    if (!m_decoder || avcodec_parameters_to_context(m_decoder, st->codecpar) < 0)
        return failure(tr("FFmpeg cannot decode this sound."));
    m_decoder->pkt_timebase = st->time_base;
    if (m_decoder->ch_layout.order == AV_CHANNEL_ORDER_UNSPEC) // AVI and PS say how many, not which
        av_channel_layout_default(&m_decoder->ch_layout, std::max(1, m_decoder->ch_layout.nb_channels));
    if (avcodec_open2(m_decoder, codec, nullptr) < 0)
        return failure(tr("FFmpeg cannot decode this sound."));
    auto encoder
        = AudioEncoder::openAac(m_decoder->sample_rate, std::clamp(m_decoder->ch_layout.nb_channels, 1, 8), Bitrate);
    if (!encoder)
        return encoder.error();
    m_encoder = std::move(*encoder);
    AVCodecContext* e = m_encoder->context();
    if (swr_alloc_set_opts2(&m_swr, &e->ch_layout, e->sample_fmt, e->sample_rate, &m_decoder->ch_layout,
                            m_decoder->sample_fmt, m_decoder->sample_rate, 0, nullptr)
            < 0
        || swr_init(m_swr) < 0)
        return failure(tr("Cannot convert this sound for AAC."));
    m_fifo = av_audio_fifo_alloc(e->sample_fmt, e->ch_layout.nb_channels, std::max(1, e->frame_size));
    if (!m_fifo)
        return failure(tr("Cannot add the sound to the working copy."));
    m_src = src;
    m_stream = static_cast<int>(i);
    m_source = QString::fromLatin1(avcodec_get_name(st->codecpar->codec_id));
    return {};
}

QString SoundToAac::description() const
{
    return QStringLiteral("#%1 %2 encoded to AAC %3 kb/s").arg(m_stream).arg(m_source).arg(Bitrate / 1000);
}

// Encodes what the FIFO holds in whole AAC frames (at the end: all of it, then the encoder's delay).
Status SoundToAac::drain(bool end, const PacketSink& sink)
{
    const AVCodecContext* e = m_encoder->context();
    const int size = e->frame_size > 0 ? e->frame_size : 1024;
    while (av_audio_fifo_size(m_fifo) >= size || (end && av_audio_fifo_size(m_fifo) > 0)) {
        const int n = std::min(size, av_audio_fifo_size(m_fifo));
        FramePtr f = allocFrame();
        f->nb_samples = n;
        f->format = e->sample_fmt;
        f->sample_rate = e->sample_rate;
        if (av_channel_layout_copy(&f->ch_layout, &e->ch_layout) < 0 || av_frame_get_buffer(f.get(), 0) < 0
            || av_audio_fifo_read(m_fifo, reinterpret_cast<void**>(f->data), n) < n)
            return failure(tr("Cannot encode the sound."));
        f->pts = m_next;
        m_next += n;
        LP_TRY(m_encoder->encode(f.get(), sink));
    }
    return end ? m_encoder->encode(nullptr, sink) : Status {};
}

// Its samples follow on from the first one's time (shifted like the pictures, so the copy starts at 0).
Status SoundToAac::encode(const AVPacket* pkt, const PacketSink& sink)
{
    const AVCodecContext* e = m_encoder->context();
    const int rc = avcodec_send_packet(m_decoder, pkt);
    if (rc < 0 && rc != AVERROR_EOF && rc != AVERROR_INVALIDDATA)
        return failure(tr("Cannot decode the sound: %1").arg(ffmpegError(rc)));
    FramePtr frame = allocFrame();
    while (avcodec_receive_frame(m_decoder, frame.get()) >= 0) {
        if (m_next < 0) {
            const AVStream* st = m_src->streams[m_stream];
            qint64 start = frame->best_effort_timestamp != AV_NOPTS_VALUE ? frame->best_effort_timestamp : 0;
            if (m_src->start_time != AV_NOPTS_VALUE)
                start -= av_rescale_q(m_src->start_time, AV_TIME_BASE_Q, st->time_base);
            m_next = std::max<qint64>(0, av_rescale_q(start, st->time_base, AVRational {1, e->sample_rate}));
        }
        uint8_t** buffer = nullptr;
        const int room = swr_get_out_samples(m_swr, frame->nb_samples);
        if (av_samples_alloc_array_and_samples(&buffer, nullptr, e->ch_layout.nb_channels, room, e->sample_fmt, 0) < 0)
            return failure(tr("Cannot encode the sound."));
        const int n
            = swr_convert(m_swr, buffer, room, const_cast<const uint8_t**>(frame->extended_data), frame->nb_samples);
        const int written = n > 0 ? av_audio_fifo_write(m_fifo, reinterpret_cast<void**>(buffer), n) : n;
        av_freep(&buffer[0]);
        av_freep(&buffer);
        av_frame_unref(frame.get());
        if (written < 0)
            return failure(tr("Cannot encode the sound."));
        LP_TRY(drain(false, sink));
    }
    return pkt ? Status {} : drain(true, sink);
}

} // namespace lpdesk

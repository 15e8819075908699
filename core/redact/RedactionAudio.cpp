#include "redact/RedactionAudio.h"

#include "redact/Redactor.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
}

#include <cstring>

namespace lpdesk {

namespace {

// A packet of encoded digital silence matching the source's AAC configuration.
Result<QByteArray> silentAacPacket(const AVCodecParameters* par)
{
    auto enc = AudioEncoder::openAac(par->sample_rate, par->ch_layout.nb_channels, 64000);
    if (!enc)
        return enc.error();
    AVCodecContext* c = (*enc)->context();
    if (c->frame_size != 1024)
        return failure(QStringLiteral("unexpected AAC frame size"));
    FramePtr frame = allocFrame();
    frame->format = c->sample_fmt;
    frame->sample_rate = c->sample_rate;
    av_channel_layout_copy(&frame->ch_layout, &c->ch_layout);
    frame->nb_samples = c->frame_size;
    av_frame_get_buffer(frame.get(), 0);
    QList<QByteArray> packets;
    for (int i = 0; i < 8; ++i) {
        av_frame_make_writable(frame.get());
        for (int ch = 0; ch < c->ch_layout.nb_channels; ++ch)
            std::memset(frame->extended_data[ch], 0, static_cast<std::size_t>(frame->nb_samples) * sizeof(float));
        frame->pts = static_cast<qint64>(i) * c->frame_size;
        LP_TRY((*enc)->encode(frame.get(), [&](AVPacket* p) {
            packets << QByteArray(reinterpret_cast<const char*>(p->data), p->size);
            return Status();
        }));
    }
    if (packets.size() < 4)
        return failure(QStringLiteral("the AAC encoder produced no steady-state packet"));
    return packets[3];
}

} // namespace

Status RedactionAudio::setUp(AVFormatContext* fmt, int as, Mp4Muxer& muxer, const RedactionPlan& plan,
                             double startSeconds)
{
    m_muxer = &muxer;
    m_plan = &plan;
    m_as = as;
    m_start = startSeconds;
    if (as < 0)
        return {};
    AVStream* ast = fmt->streams[as];
    m_atb = ast->time_base;
    auto idx = muxer.addStream(ast->codecpar, m_atb);
    if (!idx)
        return idx.error();
    m_out = *idx;
    if (plan.mutes.isEmpty())
        return {};
    if (ast->codecpar->codec_id != AV_CODEC_ID_AAC
        || (ast->codecpar->profile != FF_PROFILE_AAC_LOW && ast->codecpar->profile != FF_PROFILE_UNKNOWN))
        return failure(Redactor::tr("Audio mutes need an AAC-LC audio track; this clip has %1.")
                           .arg(QString::fromLatin1(avcodec_get_name(ast->codecpar->codec_id))));
    auto packet = silentAacPacket(ast->codecpar);
    if (!packet)
        return packet.error();
    m_silence = *packet;
    m_aacFrame = 1024.0 / ast->codecpar->sample_rate;
    return {};
}

bool RedactionAudio::muted(double t, double duration) const
{
    for (const AudioMute& m : m_plan->mutes)
        if (t + duration > m.from - 2 * m_aacFrame && t < m.to + 2 * m_aacFrame)
            return true;
    return false;
}

Status RedactionAudio::write(AVPacket* pkt)
{
    const double t = static_cast<double>(pkt->pts) * av_q2d(m_atb) - m_start;
    const double d = static_cast<double>(pkt->duration) * av_q2d(m_atb);
    if (m_silence.isEmpty() || !muted(t, d))
        return m_muxer->write(pkt, m_out, m_atb);
    PacketPtr quiet = allocPacket();
    if (av_new_packet(quiet.get(), static_cast<int>(m_silence.size())) < 0)
        return failure(Redactor::tr("Out of memory."));
    std::memcpy(quiet->data, m_silence.constData(), static_cast<std::size_t>(m_silence.size()));
    av_packet_copy_props(quiet.get(), pkt);
    quiet->pts = pkt->pts;
    quiet->dts = pkt->dts;
    quiet->duration = pkt->duration;
    ++m_silenced;
    return m_muxer->write(quiet.get(), m_out, m_atb);
}

QString RedactionAudio::describe() const
{
    if (m_as < 0)
        return QStringLiteral("none");
    return m_silenced ? QStringLiteral("copied; %1 AAC packets replaced by encoded silence").arg(m_silenced)
                      : QStringLiteral("copied");
}

} // namespace lpdesk

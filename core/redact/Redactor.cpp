#include "redact/Redactor.h"

#include "media/Codec.h"
#include "media/EncryptedAvio.h"
#include "media/VideoDecoder.h"
#include "redact/RedactionEffects.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
}

#include <QJsonObject>

#include <cmath>
#include <cstring>

namespace lpdesk {

QJsonArray RedactionResult::logJson() const
{
    QJsonArray out;
    for (const RedactionLogEntry& e : log) {
        QJsonObject o {{QLatin1String("region"), e.regionId}, {QLatin1String("style"), e.style},
                       {QLatin1String("reason"), e.reason},   {QLatin1String("reason_text"), e.reasonText},
                       {QLatin1String("from"), e.from},       {QLatin1String("to"), e.to},
                       {QLatin1String("frames"), e.frames},   {QLatin1String("until_end"), e.untilEnd}};
        // Origin: who or what made the region and who accepted it. A plan rendered as is (a file from the CLI) is
        // accepted by the one who renders it.
        RegionOrigin origin = e.origin;
        if (!origin.isEmpty() && origin.acceptedBy.isEmpty() && !renderedBy.isEmpty()) {
            origin.acceptedBy = renderedBy;
            origin.acceptedAt = renderedAt;
        }
        QJsonObject originJson
            = origin.isEmpty() ? QJsonObject {{QLatin1String("source"), QLatin1String("unknown")}} : origin.toJson();
        originJson.insert(QLatin1String("description"), origin.describe());
        o.insert(QLatin1String("origin"), originJson);
        for (const RegionEnding& end : endings)
            if (end.regionId == e.regionId)
                o.insert(QLatin1String("ends_early"),
                         QJsonObject {{QLatin1String("uncovered_first_frame"), end.firstFrame},
                                      {QLatin1String("uncovered_last_frame"), end.lastFrame},
                                      {QLatin1String("uncovered_from"), end.from},
                                      {QLatin1String("uncovered_to"), end.to},
                                      {QLatin1String("warning"), end.describe()},
                                      {QLatin1String("confirmed"), endingsConfirmed}});
        out.append(o);
    }
    return out;
}

Result<QList<double>> Redactor::frameSeconds(const QString& lpencPath, const X25519KeyPair& key)
{
    auto decoder = VideoDecoder::open(lpencPath, key);
    if (!decoder)
        return decoder.error();
    QList<double> out;
    for (const FrameInfo& f : (*decoder)->frames())
        out << f.seconds;
    return out;
}

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

Result<RedactionResult> Redactor::render(const QString& lpencPath, const X25519KeyPair& key, const RedactionPlan& plan,
                                         const Progress& progress, const std::atomic_bool* cancel,
                                         const QByteArray& preset)
{
    auto decoder = VideoDecoder::open(lpencPath, key);
    if (!decoder)
        return decoder.error();
    VideoDecoder& dec = **decoder;
    LP_TRY(plan.checkAgainst(dec.duration()));

    auto reader = LpencReader::open(lpencPath, key);
    if (!reader)
        return reader.error();
    EncryptedAvio avio(std::move(*reader));
    auto opened = avio.openInput();
    if (!opened)
        return opened.error();
    AVFormatContext* fmt = *opened;
    struct Closer
    {
        AVFormatContext* f;
        ~Closer() { avformat_close_input(&f); }
    } closer {fmt};
    const int vs = av_find_best_stream(fmt, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    const int as = av_find_best_stream(fmt, AVMEDIA_TYPE_AUDIO, -1, -1, nullptr, 0);
    AVStream* vst = fmt->streams[vs];
    const AVRational vtb = vst->time_base;
    const QList<FrameInfo>& frames = dec.frames();
    const qint64 basePts = frames.first().pts;

    VideoEncoder::Settings s;
    s.width = dec.width();
    s.height = dec.height();
    s.timeBase = vtb;
    s.frameRate = vst->avg_frame_rate.num > 0 ? vst->avg_frame_rate
                                              : AVRational {static_cast<int>(std::lround(dec.frameRate())), 1};
    s.gop = std::max(1, static_cast<int>(std::lround(dec.frameRate() * 2)));
    s.crf = 18;
    s.preset = preset;
    auto encoder = VideoEncoder::open(s);
    if (!encoder)
        return encoder.error();
    auto muxer = Mp4Muxer::create();
    if (!muxer)
        return muxer.error();
    auto outVideo = (*muxer)->addStream((*encoder)->context());
    if (!outVideo)
        return outVideo.error();
    RedactionResult result;
    result.encoder = (*encoder)->description();
    int outAudio = -1;
    QByteArray silence;
    AVRational atb {1, 1};
    if (as >= 0) {
        AVStream* ast = fmt->streams[as];
        atb = ast->time_base;
        auto idx = (*muxer)->addStream(ast->codecpar, atb);
        if (!idx)
            return idx.error();
        outAudio = *idx;
        if (!plan.mutes.isEmpty()) {
            if (ast->codecpar->codec_id != AV_CODEC_ID_AAC
                || (ast->codecpar->profile != FF_PROFILE_AAC_LOW && ast->codecpar->profile != FF_PROFILE_UNKNOWN))
                return failure(tr("Audio mutes need an AAC-LC audio track; this clip has %1.")
                                   .arg(QString::fromLatin1(avcodec_get_name(ast->codecpar->codec_id))));
            auto packet = silentAacPacket(ast->codecpar);
            if (!packet)
                return packet.error();
            silence = *packet;
        }
    }
    LP_TRY((*muxer)->begin());

    // Log entries and a per-frame pass.
    for (const RedactionRegion& r : plan.regions)
        result.log << RedactionLogEntry {
            r.id, RedactionRegion::styleName(r.style), r.reason, r.reasonText, -1, -1, 0, r.holdToEnd, r.origin};
    {
        QList<double> seconds;
        for (const FrameInfo& f : frames)
            seconds << f.seconds;
        result.endings = plan.earlyEndings(seconds);
    }
    const double startSeconds = static_cast<double>(basePts) * av_q2d(vtb);
    const double aacFrame = silence.isEmpty() ? 0 : 1024.0 / fmt->streams[as]->codecpar->sample_rate;
    auto muted = [&](double t, double duration) {
        for (const AudioMute& m : plan.mutes)
            if (t + duration > m.from - 2 * aacFrame && t < m.to + 2 * aacFrame)
                return true;
        return false;
    };
    PacketPtr pkt = allocPacket();
    bool audioDone = as < 0;
    // Writes audio packets up to `until` seconds (clip time), keeping the file interleaved.
    auto pumpAudio = [&](double until) -> Status {
        while (!audioDone) {
            const int rc = av_read_frame(fmt, pkt.get());
            if (rc < 0) {
                audioDone = true;
                break;
            }
            if (pkt->stream_index != as) {
                av_packet_unref(pkt.get());
                continue;
            }
            const double t = static_cast<double>(pkt->pts) * av_q2d(atb) - startSeconds;
            const double d = static_cast<double>(pkt->duration) * av_q2d(atb);
            if (!silence.isEmpty() && muted(t, d)) {
                PacketPtr quiet = allocPacket();
                av_new_packet(quiet.get(), static_cast<int>(silence.size()));
                std::memcpy(quiet->data, silence.constData(), static_cast<std::size_t>(silence.size()));
                av_packet_copy_props(quiet.get(), pkt.get());
                quiet->pts = pkt->pts;
                quiet->dts = pkt->dts;
                quiet->duration = pkt->duration;
                av_packet_unref(pkt.get());
                ++result.silencedPackets;
                LP_TRY((*muxer)->write(quiet.get(), outAudio, atb));
            } else {
                Status w = (*muxer)->write(pkt.get(), outAudio, atb);
                av_packet_unref(pkt.get());
                LP_TRY(w);
            }
            if (t > until)
                break;
        }
        return {};
    };
    const qint64 frameTicks = std::max<qint64>(1, av_rescale_q(1, av_inv_q(s.frameRate), vtb));
    auto writeVideo = [&](AVPacket* p) {
        // Each frame keeps its own length (variable frame rate clips).
        const int i = dec.frameIndexAt(static_cast<double>(p->pts) * av_q2d(vtb));
        const qint64 own = i + 1 < dec.frameCount() ? frames[i + 1].pts - frames[i].pts : frameTicks;
        p->pts += basePts; // keep the source's timestamps (the muxer sees the same start as the audio)
        p->dts += basePts;
        p->duration = own > 0 ? own : frameTicks;
        return (*muxer)->write(p, *outVideo, vtb);
    };
    const int total = dec.frameCount();
    for (int i = 0; i < total; ++i) {
        if (cancel && cancel->load())
            return makeError(ErrorKind::Cancelled, tr("Cancelled."));
        auto src = dec.displayFrame(i); // rotated as shown, yuv420p (HEVC, MJPEG and phone clips too)
        if (!src)
            return src.error();
        FramePtr frame(av_frame_clone(*src));
        av_frame_make_writable(frame.get());
        const double t = frames[i].seconds;
        QList<RedactionBox> boxes;
        for (qsizetype r = 0; r < plan.regions.size(); ++r) {
            const RedactionRegion& region = plan.regions[r];
            if (!region.activeAt(t))
                continue;
            boxes << RedactionBox {region.boxAt(t), static_cast<int>(region.style)};
            RedactionLogEntry& e = result.log[r];
            if (e.from < 0)
                e.from = t;
            e.to = t;
            ++e.frames;
        }
        RedactionEffects::apply(frame.get(), boxes);
        frame->pts = frames[i].pts - basePts;
        frame->pict_type = AV_PICTURE_TYPE_NONE;
        LP_TRY((*encoder)->encode(frame.get(), writeVideo));
        LP_TRY(pumpAudio(t + 0.5));
        ++result.frames;
        if (progress)
            progress(i + 1, total);
    }
    LP_TRY((*encoder)->encode(nullptr, writeVideo));
    LP_TRY(pumpAudio(1e12));
    result.audio = as < 0 ? QStringLiteral("none")
        : result.silencedPackets
        ? QStringLiteral("copied; %1 AAC packets replaced by encoded silence").arg(result.silencedPackets)
        : QStringLiteral("copied");
    auto bytes = (*muxer)->finish();
    if (!bytes)
        return bytes.error();
    result.mp4 = std::move(*bytes);
    return result;
}

} // namespace lpdesk

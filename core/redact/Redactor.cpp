#include "redact/Redactor.h"

#include "media/Codec.h"
#include "media/EncryptedAvio.h"
#include "media/VideoDecoder.h"
#include "redact/RedactionAudio.h"
#include "redact/SmartRedaction.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
}

#include <QJsonObject>

#include <cmath>
#include <memory>

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

QString Redactor::modeName(RedactionMode mode)
{
    switch (mode) {
    case RedactionMode::Auto:
        return QStringLiteral("auto");
    case RedactionMode::Smart:
        return QStringLiteral("smart");
    case RedactionMode::Full:
        return QStringLiteral("full");
    }
    return {};
}

bool Redactor::parseMode(const QString& text, RedactionMode* mode)
{
    for (RedactionMode m : {RedactionMode::Auto, RedactionMode::Smart, RedactionMode::Full})
        if (modeName(m) == text) {
            *mode = m;
            return true;
        }
    return false;
}

QList<RedactionBox> Redactor::boxesAt(const RedactionPlan& plan, double t)
{
    QList<RedactionBox> boxes;
    for (const RedactionRegion& region : plan.regions)
        if (region.activeAt(t))
            boxes << RedactionBox {region.boxAt(t), static_cast<int>(region.style)};
    return boxes;
}

QJsonObject RedactionResult::renderJson() const
{
    QJsonArray ranges;
    for (const auto& r : reencodedFrames)
        ranges.append(QJsonArray {r.first, r.second});
    QJsonObject o {{QLatin1String("mode"), mode},
                   {QLatin1String("frames_reencoded"), framesReencoded},
                   {QLatin1String("frames_copied"), framesCopied},
                   {QLatin1String("summary"), summary()}};
    if (mode == QLatin1String("smart")) { // a full render has no GOPs of its own to count
        o.insert(QLatin1String("gops"), gops);
        o.insert(QLatin1String("gops_reencoded"), gopsReencoded);
        o.insert(QLatin1String("gops_copied"), gops - gopsReencoded);
        o.insert(QLatin1String("packets_copied"), packetsCopied);
        o.insert(QLatin1String("reencoded_frame_ranges"), ranges);
    }
    if (!fallbackReason.isEmpty())
        o.insert(QLatin1String("smart_not_used"), fallbackReason);
    return o;
}

QString RedactionResult::summary() const
{
    const int total = framesReencoded + framesCopied;
    if (mode == QLatin1String("smart"))
        return Redactor::tr("Smart render: %1 of %2 GOPs re-encoded (%3 of %4 frames), %5 GOPs (%6 frames) "
                            "stream-copied.")
            .arg(gopsReencoded)
            .arg(gops)
            .arg(framesReencoded)
            .arg(total)
            .arg(gops - gopsReencoded)
            .arg(framesCopied);
    const QString all = Redactor::tr("Full render: all %1 frames re-encoded.").arg(total);
    return fallbackReason.isEmpty() ? all : Redactor::tr("%1 Smart render not used: %2").arg(all, fallbackReason);
}

namespace {

// The redaction log: for every region, the first and last time and the number of frames it covers.
void fillLog(RedactionResult* result, const RedactionPlan& plan, const QList<FrameInfo>& frames)
{
    for (const RedactionRegion& r : plan.regions)
        result->log << RedactionLogEntry {
            r.id, RedactionRegion::styleName(r.style), r.reason, r.reasonText, -1, -1, 0, r.holdToEnd, r.origin};
    QList<double> seconds;
    for (const FrameInfo& f : frames) {
        seconds << f.seconds;
        for (qsizetype r = 0; r < plan.regions.size(); ++r) {
            if (!plan.regions[r].activeAt(f.seconds))
                continue;
            RedactionLogEntry& e = result->log[r];
            if (e.from < 0)
                e.from = f.seconds;
            e.to = f.seconds;
            ++e.frames;
        }
    }
    result->endings = plan.earlyEndings(seconds);
}

// Today's render: every frame decoded, redacted and encoded with libx264.
class FullRender
{
public:
    FullRender(VideoDecoder& dec, const RedactionPlan& plan, RedactionResult& result)
        : m_dec(dec), m_plan(plan), m_result(result)
    { }
    ~FullRender()
    {
        m_muxer.reset();
        if (m_fmt)
            avformat_close_input(&m_fmt);
    }
    FullRender(const FullRender&) = delete;
    FullRender& operator=(const FullRender&) = delete;
    Status run(const QString& lpencPath, const X25519KeyPair& key, const Redactor::Progress& progress,
               const std::atomic_bool* cancel, const QByteArray& preset);

private:
    Status open(const QString& lpencPath, const X25519KeyPair& key, const QByteArray& preset);
    Status pumpAudio(double until);
    Status writeVideo(AVPacket* p);

    VideoDecoder& m_dec;
    const RedactionPlan& m_plan;
    RedactionResult& m_result;
    std::unique_ptr<EncryptedAvio> m_avio;
    AVFormatContext* m_fmt = nullptr;
    AVRational m_vtb {1, 1};
    qint64 m_basePts = 0;
    qint64 m_frameTicks = 1;
    std::unique_ptr<VideoEncoder> m_encoder;
    std::unique_ptr<Mp4Muxer> m_muxer;
    int m_outVideo = -1;
    RedactionAudio m_audio;
    bool m_audioDone = false;
    PacketPtr m_pkt = allocPacket();
};

Status FullRender::open(const QString& lpencPath, const X25519KeyPair& key, const QByteArray& preset)
{
    auto input = EncryptedAvio::openFile(lpencPath, key);
    if (!input)
        return input.error();
    m_avio = std::move(input->avio);
    m_fmt = input->fmt;
    const int vs = av_find_best_stream(m_fmt, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    const int as = av_find_best_stream(m_fmt, AVMEDIA_TYPE_AUDIO, -1, -1, nullptr, 0);
    AVStream* vst = m_fmt->streams[vs];
    m_vtb = vst->time_base;
    m_basePts = m_dec.frames().first().pts;
    VideoEncoder::Settings s;
    s.width = m_dec.width();
    s.height = m_dec.height();
    s.timeBase = m_vtb;
    s.frameRate = vst->avg_frame_rate.num > 0 ? vst->avg_frame_rate
                                              : AVRational {static_cast<int>(std::lround(m_dec.frameRate())), 1};
    s.gop = std::max(1, static_cast<int>(std::lround(m_dec.frameRate() * 2)));
    s.crf = 18;
    s.preset = preset;
    m_frameTicks = std::max<qint64>(1, av_rescale_q(1, av_inv_q(s.frameRate), m_vtb));
    auto encoder = VideoEncoder::open(s);
    if (!encoder)
        return encoder.error();
    m_encoder = std::move(*encoder);
    auto muxer = Mp4Muxer::create();
    if (!muxer)
        return muxer.error();
    m_muxer = std::move(*muxer);
    auto outVideo = m_muxer->addStream(m_encoder->context());
    if (!outVideo)
        return outVideo.error();
    m_outVideo = *outVideo;
    m_result.encoder = m_encoder->description();
    LP_TRY(m_audio.setUp(m_fmt, as, *m_muxer, m_plan, static_cast<double>(m_basePts) * av_q2d(m_vtb)));
    m_audioDone = !m_audio.present();
    return m_muxer->begin();
}

// Writes audio packets up to `until` seconds (clip time), keeping the file interleaved.
Status FullRender::pumpAudio(double until)
{
    const double startSeconds = static_cast<double>(m_basePts) * av_q2d(m_vtb);
    while (!m_audioDone) {
        if (av_read_frame(m_fmt, m_pkt.get()) < 0) {
            m_audioDone = true;
            break;
        }
        if (m_pkt->stream_index != m_audio.streamIndex()) {
            av_packet_unref(m_pkt.get());
            continue;
        }
        const double t
            = static_cast<double>(m_pkt->pts) * av_q2d(m_fmt->streams[m_pkt->stream_index]->time_base) - startSeconds;
        Status w = m_audio.write(m_pkt.get());
        av_packet_unref(m_pkt.get());
        LP_TRY(w);
        if (t > until)
            break;
    }
    return {};
}

Status FullRender::writeVideo(AVPacket* p)
{
    // Each frame keeps its own length (variable frame rate clips).
    const QList<FrameInfo>& frames = m_dec.frames();
    const int i = m_dec.frameIndexAt(static_cast<double>(p->pts) * av_q2d(m_vtb));
    const qint64 own = i + 1 < m_dec.frameCount() ? frames[i + 1].pts - frames[i].pts : m_frameTicks;
    p->pts += m_basePts; // keep the source's timestamps (the muxer sees the same start as the audio)
    p->dts += m_basePts;
    p->duration = own > 0 ? own : m_frameTicks;
    return m_muxer->write(p, m_outVideo, m_vtb);
}

Status FullRender::run(const QString& lpencPath, const X25519KeyPair& key, const Redactor::Progress& progress,
                       const std::atomic_bool* cancel, const QByteArray& preset)
{
    LP_TRY(open(lpencPath, key, preset));
    const QList<FrameInfo>& frames = m_dec.frames();
    auto write = [this](AVPacket* p) { return writeVideo(p); };
    const int total = m_dec.frameCount();
    for (int i = 0; i < total; ++i) {
        if (cancel && cancel->load())
            return makeError(ErrorKind::Cancelled, Redactor::tr("Cancelled."));
        auto src = m_dec.displayFrame(i); // rotated as shown, yuv420p (HEVC, MJPEG and phone clips too)
        if (!src)
            return src.error();
        FramePtr frame(av_frame_clone(*src));
        av_frame_make_writable(frame.get());
        RedactionEffects::apply(frame.get(), Redactor::boxesAt(m_plan, frames[i].seconds));
        frame->pts = frames[i].pts - m_basePts;
        frame->pict_type = AV_PICTURE_TYPE_NONE;
        LP_TRY(m_encoder->encode(frame.get(), write));
        LP_TRY(pumpAudio(frames[i].seconds + 0.5));
        ++m_result.frames;
        if (progress)
            progress(i + 1, total);
    }
    LP_TRY(m_encoder->encode(nullptr, write));
    LP_TRY(pumpAudio(1e12));
    m_result.audio = m_audio.describe();
    m_result.silencedPackets = m_audio.silencedPackets();
    m_result.mode = QStringLiteral("full");
    m_result.framesReencoded = total;
    auto bytes = m_muxer->finish();
    if (!bytes)
        return bytes.error();
    m_result.mp4 = std::move(*bytes);
    return {};
}

} // namespace

Result<RedactionResult> Redactor::render(const QString& lpencPath, const X25519KeyPair& key, const RedactionPlan& plan,
                                         const Progress& progress, const std::atomic_bool* cancel,
                                         const QByteArray& preset, RedactionMode mode)
{
    auto decoder = VideoDecoder::open(lpencPath, key);
    if (!decoder)
        return decoder.error();
    VideoDecoder& dec = **decoder;
    LP_TRY(plan.checkAgainst(dec.duration()));
    RedactionResult base;
    fillLog(&base, plan, dec.frames());
    QString why;
    if (mode != RedactionMode::Full) {
        RedactionResult smart = base;
        Status done = SmartRedaction(dec, plan, smart)
                          .run(lpencPath, key, progress, cancel, preset, mode == RedactionMode::Auto);
        if (done)
            return smart;
        if (done.error().kind == ErrorKind::Cancelled)
            return done.error();
        why = done.errorMessage();
    }
    RedactionResult full = base;
    full.fallbackReason = why;
    LP_TRY(FullRender(dec, plan, full).run(lpencPath, key, progress, cancel, preset));
    return full;
}

} // namespace lpdesk

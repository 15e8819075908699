// SmartRedaction's writing steps: the output streams, the re-encoded runs and the copied packets in decode order.
#include "media/Trimmer.h"
#include "redact/SmartRedaction.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
}

#include <algorithm>
#include <cmath>
#include <cstring>

namespace lpdesk {

// The redaction's own encoder settings (as a full render: crf 18, the preset, no B-frames; one IDR per run) in
// the source's codec; H.264 under an SPS/PPS id the source does not use and as many reference frames as the source.
Result<std::unique_ptr<VideoEncoder>> SmartRedaction::openEncoder() const
{
    VideoEncoder::Settings s;
    s.width = m_vst->codecpar->width;
    s.height = m_vst->codecpar->height;
    s.timeBase = m_vtb;
    s.frameRate = m_vst->avg_frame_rate.num > 0
        ? m_vst->avg_frame_rate
        : AVRational {std::max(1, static_cast<int>(std::lround(m_dec.frameRate()))), 1};
    // encodeRun places the keyframes; the same GOP length for every run keeps x264's SPS (log2_max_frame_num) alike.
    s.gop = std::max(1, static_cast<int>(std::lround(m_dec.frameRate() * 2)));
    for (const Run& run : m_runs)
        s.gop = std::max(s.gop, run.to - run.from + 2);
    s.crf = 18;
    s.preset = m_preset;
    s.hevc = m_hvcc;
    if (m_avcc) {
        for (const QByteArray& x : m_avcConfig.sps)
            s.refs = std::max(s.refs, h26x::spsRefFrames(x));
        s.spsId = m_spsId;
    } else {
        s.globalHeader = false; // x265 writes its parameter sets in-band on each keyframe
    }
    return VideoEncoder::open(s);
}

// The output video stream carries the source's parameters (H.264: its avcC with the encoder's sets added).
Status SmartRedaction::openOutput()
{
    auto muxer = Mp4Muxer::create();
    if (!muxer)
        return muxer.error();
    m_muxer = std::move(*muxer);
    auto idx = m_muxer->addStream(m_vst->codecpar, m_vtb);
    if (!idx)
        return idx.error();
    m_outVideo = *idx;
    if (!m_runs.isEmpty()) {
        QSet<int> used;
        for (const QByteArray& x : m_avcConfig.sps)
            used.insert(h26x::spsId(x));
        for (const QByteArray& x : m_avcConfig.pps)
            used.insert(h26x::ppsId(x));
        m_spsId = 1;
        while (used.contains(m_spsId) && m_spsId < 31)
            ++m_spsId;
        auto probe = openEncoder();
        if (!probe)
            return probe.error();
        m_result.encoder = (*probe)->description();
        const AVCodecContext* c = (*probe)->context();
        m_encoderSets = QByteArray(reinterpret_cast<const char*>(c->extradata), c->extradata_size);
    } else {
        m_result.encoder = QStringLiteral("none (every packet stream-copied)");
    }
    if (m_avcc && !m_runs.isEmpty()) {
        h26x::AvcConfig merged = m_avcConfig;
        for (const QByteArray& nal : Trimmer::annexBUnits(m_encoderSets)) {
            const int type = nal.isEmpty() ? 0 : (static_cast<unsigned char>(nal[0]) & 0x1f);
            if (type == 7)
                merged.sps << nal;
            else if (type == 8)
                merged.pps << nal;
        }
        const QByteArray avcc = h26x::buildAvcc(merged);
        AVCodecParameters* par = m_muxer->stream(m_outVideo)->codecpar;
        av_freep(&par->extradata);
        par->extradata
            = static_cast<uint8_t*>(av_mallocz(static_cast<std::size_t>(avcc.size()) + AV_INPUT_BUFFER_PADDING_SIZE));
        std::memcpy(par->extradata, avcc.constData(), static_cast<std::size_t>(avcc.size()));
        par->extradata_size = static_cast<int>(avcc.size());
    }
    const int as = av_find_best_stream(m_fmt, AVMEDIA_TYPE_AUDIO, -1, -1, nullptr, 0);
    const double start = static_cast<double>(m_dec.frames().first().pts) * av_q2d(m_vtb);
    LP_TRY(m_audio.setUp(m_fmt, as, *m_muxer, m_plan, start));
    m_muxer->stream(m_outVideo)->time_base = m_vtb;
    return m_muxer->begin();
}

// One pass over the source in decode order: copied video packets and audio as they come, each run where its first
// packet was.
Status SmartRedaction::writeAll()
{
    if (avformat_seek_file(m_fmt, -1, INT64_MIN, 0, 0, AVSEEK_FLAG_BACKWARD) < 0)
        av_seek_frame(m_fmt, m_vs, 0, AVSEEK_FLAG_BACKWARD);
    PacketPtr pkt = allocPacket();
    int index = -1;
    int nextRun = 0;
    while (av_read_frame(m_fmt, pkt.get()) >= 0) {
        if (m_cancel && m_cancel->load())
            return makeError(ErrorKind::Cancelled, Redactor::tr("Cancelled."));
        Status written;
        if (pkt->stream_index == m_vs) {
            if (++index >= m_packets.size())
                return failure(Redactor::tr("the clip's packets changed while it was read."));
            while (written && nextRun < m_runs.size() && m_runs[nextRun].atPacket == index)
                written = encodeRun(m_runs[nextRun++]);
            if (written && m_packets[index].copy)
                written = writeCopied(pkt.get(), index);
        } else if (pkt->stream_index == m_audio.streamIndex() && pkt->pts != AV_NOPTS_VALUE) {
            written = m_audio.write(pkt.get());
        }
        av_packet_unref(pkt.get());
        LP_TRY(written);
    }
    if (nextRun != m_runs.size() || index + 1 != m_packets.size())
        return failure(Redactor::tr("the clip's packets changed while it was read."));
    return {};
}

Status SmartRedaction::encodeRun(const Run& run)
{
    auto encoder = openEncoder();
    if (!encoder)
        return encoder.error();
    const AVCodecContext* c = (*encoder)->context();
    if (QByteArray(reinterpret_cast<const char*>(c->extradata), c->extradata_size) != m_encoderSets)
        return failure(Redactor::tr("the encoder's parameter sets changed between re-encoded GOPs."));
    const QList<FrameInfo>& frames = m_dec.frames();
    auto write = [this](AVPacket* p) { return writeEncoded(p); };
    for (int i = run.from; i <= run.to; ++i) {
        if (m_cancel && m_cancel->load())
            return makeError(ErrorKind::Cancelled, Redactor::tr("Cancelled."));
        auto src = m_dec.decodedFrame(i);
        if (!src)
            return src.error();
        FramePtr frame(av_frame_clone(*src));
        if (!frame || av_frame_make_writable(frame.get()) < 0)
            return failure(Redactor::tr("Out of memory."));
        RedactionEffects::apply(frame.get(), Redactor::boxesAt(m_plan, frames[i].seconds));
        frame->pts = frames[i].pts;
        frame->pict_type = keyframeAt(run, i) ? AV_PICTURE_TYPE_I : AV_PICTURE_TYPE_NONE;
        LP_TRY((*encoder)->encode(frame.get(), write));
        advance();
    }
    LP_TRY((*encoder)->encode(nullptr, write));
    m_afterRun = true;
    return {};
}

// An IDR starts each run, and one follows every 2 s as in a full render, but not so close to the copied IRAP after
// the run that the IRAP's decode time comes before the keyframe is shown: seeking to that frame by time would land
// on the IRAP and skip it.
bool SmartRedaction::keyframeAt(const Run& run, int i) const
{
    if (i == run.from)
        return true;
    const QList<FrameInfo>& frames = m_dec.frames();
    const int every = std::max(1, static_cast<int>(std::lround(m_dec.frameRate() * 2)));
    const bool clear = run.to + 1 >= frames.size() || frames[run.to + 1].pts - m_reorderDelay > frames[i].pts;
    return (i - run.from) % every == 0 && clear;
}

// Encoded pictures keep their source timestamps; decode times leave room for the copied packets' reordering delay.
Status SmartRedaction::writeEncoded(AVPacket* pkt)
{
    const QByteArray annexB(reinterpret_cast<const char*>(pkt->data), pkt->size);
    const QByteArray converted
        = m_hvcc ? h26x::hevcAnnexBToLengthPrefixed(annexB) : Trimmer::annexBToLengthPrefixed(annexB, true);
    PacketPtr out = allocPacket();
    if (av_new_packet(out.get(), static_cast<int>(converted.size())) < 0)
        return failure(Redactor::tr("Out of memory."));
    std::memcpy(out->data, converted.constData(), static_cast<std::size_t>(converted.size()));
    out->pts = pkt->pts;
    out->dts = std::max(pkt->pts - m_reorderDelay, m_lastDts + 1);
    if (out->dts > out->pts)
        return failure(Redactor::tr("the re-encoded pictures' decode times do not fit between the copied ones."));
    m_lastDts = out->dts;
    const QList<FrameInfo>& frames = m_dec.frames();
    const auto at = std::lower_bound(frames.begin(), frames.end(), pkt->pts,
                                     [](const FrameInfo& f, qint64 pts) { return f.pts < pts; });
    out->duration
        = durationOf(at == frames.end() ? static_cast<int>(frames.size()) - 1 : static_cast<int>(at - frames.begin()));
    out->flags = pkt->flags;
    return m_muxer->write(out.get(), m_outVideo, m_vtb);
}

Status SmartRedaction::writeCopied(AVPacket* pkt, int index)
{
    if (pkt->dts != AV_NOPTS_VALUE && pkt->dts <= m_lastDts)
        return failure(Redactor::tr("the re-encoded pictures' decode times do not fit between the copied ones."));
    if (pkt->dts != AV_NOPTS_VALUE)
        m_lastDts = pkt->dts;
    if (m_hvcc && m_packets[index].irap && m_afterRun)
        spliceHevcIrap(pkt, index);
    pkt->duration = durationOf(m_packets[index].frame); // the last frame too (else the edit list drops it)
    ++m_result.packetsCopied;
    advance();
    return m_muxer->write(pkt, m_outVideo, m_vtb);
}

// After x265's in-band parameter sets (the same ids as the source's), a copied IRAP carries the source's sets again;
// a CRA whose leading pictures were re-encoded becomes a BLA_W_LP (the same slice header syntax).
void SmartRedaction::spliceHevcIrap(AVPacket* pkt, int index)
{
    m_afterRun = false;
    h26x::prependHevcParameterSets(pkt, m_hvcConfig, m_gops[m_packets[index].gop].afterReencoded);
}

qint64 SmartRedaction::durationOf(int frame) const
{
    const QList<FrameInfo>& frames = m_dec.frames();
    const qint64 next = frame + 1 < frames.size() ? frames[frame + 1].pts - frames[frame].pts : 0;
    return next > 0 ? next : std::max<qint64>(1, std::llround(m_dec.frameDuration(frame) / av_q2d(m_vtb)));
}

void SmartRedaction::advance()
{
    if (*m_progress)
        (*m_progress)(++m_done, m_dec.frameCount());
}

} // namespace lpdesk

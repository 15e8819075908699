// TrimJob's writing steps: encoders for the edges, the output streams, and the packets written in order.
#include "media/TrimJob.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
}

#include <cmath>
#include <cstring>

namespace lpdesk {

// Encoders for the edges (smart: lossless, same codec as the source) or the whole range (reencode: H.264).
Status TrimJob::openEncoders()
{
    for (const QByteArray& x : m_srcConfig.sps)
        m_usedIds.insert(h26x::spsId(x));
    for (const QByteArray& x : m_srcConfig.pps)
        m_usedIds.insert(h26x::ppsId(x));
    m_merged = m_srcConfig;
    if (m_headTo >= m_start) {
        auto e = openEncoder(false);
        if (!e)
            return e.error();
        m_headEncoder = std::move(*e);
        m_result.encoder = m_headEncoder->description();
        if (smart() && m_avcc)
            addAvcSets(m_headEncoder.get());
    }
    planPcmTail();
    if (m_tailFrom <= m_b && !m_pcmTail) {
        auto e = openEncoder(true);
        if (!e)
            return e.error();
        m_tailEncoder = std::move(*e);
        m_result.encoder = m_tailEncoder->description();
        if (m_avcc)
            addAvcSets(m_tailEncoder.get());
    }
    return {};
}

Result<std::unique_ptr<VideoEncoder>> TrimJob::openEncoder(bool tail)
{
    auto first = m_dec->decodedFrame(m_start);
    if (!first)
        return first.error();
    const AVFrame* probe = *first;
    VideoEncoder::Settings s;
    s.width = probe->width;
    s.height = probe->height;
    s.pixFmt = probe->format;
    s.timeBase = m_vtb;
    s.frameRate = m_vst->avg_frame_rate.num > 0
        ? m_vst->avg_frame_rate
        : AVRational {std::max(1, static_cast<int>(std::lround(m_dec->frameRate()))), 1};
    s.gop = std::max(1, static_cast<int>(std::lround(m_dec->frameRate() * 2)));
    if (!smart()) {
        s.crf = 18;
        s.preset = "fast";
        return VideoEncoder::open(s);
    }
    s.lossless = true;
    s.preset = "ultrafast";
    s.hevc = m_hvcc;
    if (m_avcc) {
        // As many reference frames as the source: FFmpeg's frame-threaded H.264 decoder mis-decodes the frames
        // after a switch to an SPS with a smaller decoded picture buffer.
        for (const QByteArray& x : m_srcConfig.sps)
            s.refs = std::max(s.refs, h26x::spsRefFrames(x));
        // Only when the tail cannot be I_PCM pictures (planPcmTail): an intra-only tail.
        if (tail && m_reorderDelay > 0)
            s.gop = 1;
        int id = 1;
        while (m_usedIds.contains(id) && id < 31)
            ++id;
        m_usedIds.insert(id);
        s.spsId = id;
    } else {
        s.globalHeader = false; // x265 writes its parameter sets in-band on each keyframe
    }
    return VideoEncoder::open(s);
}

void TrimJob::addAvcSets(VideoEncoder* e)
{
    const QByteArray extra(reinterpret_cast<const char*>(e->context()->extradata), e->context()->extradata_size);
    for (const QByteArray& nal : Trimmer::annexBUnits(extra)) {
        const int type = nal.isEmpty() ? 0 : (static_cast<unsigned char>(nal[0]) & 0x1f);
        if (type == 7)
            m_merged.sps << nal;
        else if (type == 8)
            m_merged.pps << nal;
    }
}

// H.264 frames after the copied run are I_PCM pictures under the source's own SPS. A tail from x264 lossless needs a
// second SPS (qpprime_y_zero_transform_bypass_flag) right after the copied packets, and FFmpeg's frame-threaded
// decoder (the ffmpeg CLI's default) keeps, in each thread that did not itself see the switch, the qp-0 coefficient
// scan of the SPS that thread last initialised with: with 3 threads the last frame came out as garbage. Without a
// second SPS after the copied run there is nothing to switch.
void TrimJob::planPcmTail()
{
    if (!(m_tailFrom <= m_b && smart() && m_avcc && m_srcConfig.sps.size() == 1))
        return;
    int id = 1;
    while (m_usedIds.contains(id) && id < 255)
        ++id;
    m_usedIds.insert(id);
    QString why;
    m_pcmTail = H264PcmPictures::forSps(m_srcConfig.sps.first(), id, &why);
    if (m_pcmTail) {
        m_merged.pps << m_pcmTail->pps();
        if (!m_headEncoder)
            m_result.encoder = QStringLiteral("H.264 I_PCM");
    } else {
        m_result.notes
            << Trimmer::tr("the last frames are re-encoded with libx264 (the source's SPS uses %1)").arg(why);
    }
}

// Output video stream: parameters of the source (copy, smart) or the encoder (reencode); the display matrix (phone
// rotation) travels with it; every audio stream is copied.
Status TrimJob::addStreams()
{
    if (m_req.mode == TrimRequest::Mode::Reencode) {
        auto idx = m_muxer->addStream(m_headEncoder->context());
        if (!idx)
            return idx.error();
        m_outVideo = *idx;
    } else {
        auto idx = m_muxer->addStream(m_vst->codecpar, m_vtb);
        if (!idx)
            return idx.error();
        m_outVideo = *idx;
        if (m_avcc && (m_headEncoder || m_tailEncoder || m_pcmTail)) {
            const QByteArray avcc = h26x::buildAvcc(m_merged);
            AVCodecParameters* par = m_muxer->stream(m_outVideo)->codecpar;
            av_freep(&par->extradata);
            par->extradata = static_cast<uint8_t*>(
                av_mallocz(static_cast<std::size_t>(avcc.size()) + AV_INPUT_BUFFER_PADDING_SIZE));
            memcpy(par->extradata, avcc.constData(), static_cast<std::size_t>(avcc.size()));
            par->extradata_size = static_cast<int>(avcc.size());
        }
        describeEdges();
    }
    size_t matrixSize = 0;
    if (const uint8_t* matrix = av_stream_get_side_data(m_vst, AV_PKT_DATA_DISPLAYMATRIX, &matrixSize)) {
        uint8_t* dst = av_stream_new_side_data(m_muxer->stream(m_outVideo), AV_PKT_DATA_DISPLAYMATRIX, matrixSize);
        if (dst)
            memcpy(dst, matrix, matrixSize);
    }
    for (unsigned i = 0; i < m_fmt->nb_streams; ++i) {
        if (m_fmt->streams[i]->codecpar->codec_type != AVMEDIA_TYPE_AUDIO)
            continue;
        auto idx = m_muxer->addStream(m_fmt->streams[i]->codecpar, m_fmt->streams[i]->time_base);
        if (!idx)
            return idx.error();
        m_audioOut.insert(static_cast<int>(i), *idx);
    }
    m_muxer->stream(m_outVideo)->time_base = m_vtb;
    LP_TRY(m_muxer->begin());
    const QList<FrameInfo>& frames = m_dec->frames();
    for (int i = m_start; i <= m_b; ++i)
        m_frameOfPts.insert(frames[i].pts, i);
    return {};
}

void TrimJob::describeEdges()
{
    const QString encoder = m_hvcc ? QStringLiteral("libx265") : QStringLiteral("libx264");
    if (m_headEncoder)
        m_result.notes
            << Trimmer::tr("frames %1–%2 re-encoded losslessly (%3)").arg(m_start).arg(m_headTo).arg(encoder);
    if (m_tailEncoder)
        m_result.notes << Trimmer::tr("frames %1–%2 re-encoded losslessly (%3)").arg(m_tailFrom).arg(m_b).arg(encoder);
    if (m_pcmTail)
        m_result.notes
            << Trimmer::tr("frames %1–%2 stored as uncompressed H.264 pictures (I_PCM)").arg(m_tailFrom).arg(m_b);
    if (!m_copied.isEmpty())
        m_result.notes << Trimmer::tr("%1 packets stream-copied").arg(m_copied.size());
}

qint64 TrimJob::durationOf(int i) const
{
    const QList<FrameInfo>& frames = m_dec->frames();
    return std::max<qint64>(1,
                            i < m_b ? frames[i + 1].pts - frames[i].pts
                                    : static_cast<qint64>(std::llround(m_dec->frameDuration(i) / av_q2d(m_vtb))));
}

void TrimJob::advance()
{
    if (m_progress)
        m_progress(++m_done, m_total);
}

// Re-encoded frames (decoded exactly, keeping their own timestamps; decode times leave room for the copied packets'
// reordering delay).
Status TrimJob::encodeRange(VideoEncoder* encoder, int from, int to)
{
    const QList<FrameInfo>& frames = m_dec->frames();
    auto write = [this](AVPacket* pkt) { return writeEncoded(pkt); };
    for (int i = from; i <= to; ++i) {
        if (cancelled())
            return makeError(ErrorKind::Cancelled, Trimmer::tr("Cancelled."));
        auto frame = m_dec->decodedFrame(i);
        if (!frame)
            return frame.error();
        FramePtr copy = allocFrame();
        av_frame_ref(copy.get(), *frame);
        copy->pts = frames[i].pts;
        copy->pict_type = i == from && smart() ? AV_PICTURE_TYPE_I : AV_PICTURE_TYPE_NONE;
        LP_TRY(encoder->encode(copy.get(), write));
        ++m_result.reencodedFrames;
        advance();
    }
    return encoder->encode(nullptr, write);
}

Status TrimJob::writeEncoded(AVPacket* pkt)
{
    pkt->duration = durationOf(m_frameOfPts.value(pkt->pts, m_b));
    if (!smart()) {
        pkt->pts -= m_basePts;
        pkt->dts -= m_basePts;
        return m_muxer->write(pkt, m_outVideo, m_vtb);
    }
    const QByteArray annexB(reinterpret_cast<const char*>(pkt->data), pkt->size);
    const QByteArray converted
        = m_hvcc ? h26x::hevcAnnexBToLengthPrefixed(annexB) : Trimmer::annexBToLengthPrefixed(annexB, true);
    PacketPtr out = allocPacket();
    av_new_packet(out.get(), static_cast<int>(converted.size()));
    memcpy(out->data, converted.constData(), static_cast<std::size_t>(converted.size()));
    out->pts = pkt->pts - m_basePts;
    out->dts = std::max(pkt->pts - m_reorderDelay - m_basePts, m_lastDts + 1);
    m_lastDts = out->dts;
    out->duration = pkt->duration;
    out->flags = pkt->flags;
    return m_muxer->write(out.get(), m_outVideo, m_vtb);
}

// Stream-copied packets, and audio inside the output's time range.
Status TrimJob::copyPackets()
{
    const QList<FrameInfo>& frames = m_dec->frames();
    const double startSeconds = static_cast<double>(m_basePts) * av_q2d(m_vtb);
    const double endSeconds = static_cast<double>(frames[m_b].pts) * av_q2d(m_vtb) + m_dec->frameDuration(m_b);
    if (avformat_seek_file(m_fmt, -1, INT64_MIN, 0, 0, AVSEEK_FLAG_BACKWARD) < 0)
        av_seek_frame(m_fmt, m_vs, 0, AVSEEK_FLAG_BACKWARD);
    PacketPtr pkt = allocPacket();
    int packetIndex = -1;
    while (av_read_frame(m_fmt, pkt.get()) >= 0) {
        if (cancelled())
            return makeError(ErrorKind::Cancelled, Trimmer::tr("Cancelled."));
        const int si = pkt->stream_index;
        Status written;
        if (si == m_vs && m_copied.contains(++packetIndex)) {
            spliceHevcKeyframe(pkt.get(), packetIndex);
            if (m_pcmTail)
                m_lastCopied = QByteArray(reinterpret_cast<const char*>(pkt->data), pkt->size);
            pkt->pts -= m_basePts;
            pkt->dts -= m_basePts;
            // Each picture lasts until the next one shown (VFR): the MP4's edit list ends with the last one's.
            if (const int f = m_packets[packetIndex].frame; f >= 0)
                pkt->duration = f + 1 < frames.size() ? frames[f + 1].pts - frames[f].pts
                                                      : std::llround(m_dec->frameDuration(f) / av_q2d(m_vtb));
            m_lastDts = std::max<qint64>(m_lastDts, pkt->dts);
            written = m_muxer->write(pkt.get(), m_outVideo, m_vtb);
            ++m_result.copiedVideoPackets;
            advance();
        } else if (m_audioOut.contains(si) && pkt->pts != AV_NOPTS_VALUE) {
            const AVRational atb = m_fmt->streams[si]->time_base;
            const double t = static_cast<double>(pkt->pts) * av_q2d(atb);
            if (t >= startSeconds && t < endSeconds) {
                const qint64 shift = av_rescale_q(m_basePts, m_vtb, atb);
                pkt->pts -= shift;
                pkt->dts -= shift;
                written = m_muxer->write(pkt.get(), m_audioOut.value(si), atb);
                ++m_result.copiedAudioPackets;
            }
        }
        av_packet_unref(pkt.get());
        if (!written)
            return written.error();
    }
    return {};
}

// When re-encoded parts with their own parameter sets sit beside copied HEVC, each copied keyframe carries the
// source's sets again, and a CRA that now starts the copied run becomes a BLA (its skipped leading pictures were
// re-encoded).
void TrimJob::spliceHevcKeyframe(AVPacket* pkt, int packetIndex)
{
    const bool hevcSplice = smart() && m_hvcc && (m_headEncoder || m_tailEncoder);
    if (!hevcSplice || !(pkt->flags & AV_PKT_FLAG_KEY))
        return;
    h26x::prependHevcParameterSets(pkt, m_hvcConfig, packetIndex == m_firstCopied && m_headEncoder);
}

// The I_PCM tail: each frame an uncompressed H.264 picture, idr_pic_id counting on from the last copied IDR's.
Status TrimJob::writePcmTail()
{
    int idrPicId = 0;
    for (const auto& u : h26x::lengthPrefixedUnits(reinterpret_cast<const uint8_t*>(m_lastCopied.constData()),
                                                   m_lastCopied.size(), 4)) {
        const QByteArray nal = m_lastCopied.mid(u.first, u.second);
        const int type = static_cast<unsigned char>(nal[0]) & 0x1f;
        if (type == 5)
            idrPicId = m_pcmTail->idrPicIdOf(nal) + 1;
        if (type == 1 || type == 5)
            break;
    }
    const QList<FrameInfo>& frames = m_dec->frames();
    for (int i = m_tailFrom; i <= m_b; ++i, ++idrPicId) {
        if (cancelled())
            return makeError(ErrorKind::Cancelled, Trimmer::tr("Cancelled."));
        auto frame = m_dec->decodedFrame(i);
        if (!frame)
            return frame.error();
        const QByteArray nal = m_pcmTail->picture(*frame, idrPicId & 0xffff);
        if (nal.isEmpty())
            return failure(Trimmer::tr("Frame %1 cannot be stored as an uncompressed H.264 picture: its pixel format "
                                       "does not match the stream's parameter sets.")
                               .arg(i));
        QByteArray data;
        h26x::appendLengthPrefixed(&data, nal);
        PacketPtr out = allocPacket();
        if (av_new_packet(out.get(), static_cast<int>(data.size())) < 0)
            return failure(Trimmer::tr("Out of memory."));
        memcpy(out->data, data.constData(), static_cast<std::size_t>(data.size()));
        out->pts = frames[i].pts - m_basePts;
        out->dts = std::max(out->pts - m_reorderDelay, m_lastDts + 1);
        m_lastDts = out->dts;
        out->duration = durationOf(i);
        out->flags = AV_PKT_FLAG_KEY;
        LP_TRY(m_muxer->write(out.get(), m_outVideo, m_vtb));
        ++m_result.reencodedFrames;
        advance();
    }
    return {};
}

} // namespace lpdesk

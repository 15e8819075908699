// SmartRedaction's planning steps: the source's packets, its GOPs, which frames are re-encoded and where.
#include "redact/SmartRedaction.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/pixdesc.h>
}

#include <QHash>

namespace lpdesk {

SmartRedaction::SmartRedaction(VideoDecoder& dec, const RedactionPlan& plan, RedactionResult& result)
    : m_dec(dec), m_plan(plan), m_result(result)
{ }

SmartRedaction::~SmartRedaction()
{
    m_muxer.reset();
    if (m_fmt)
        avformat_close_input(&m_fmt);
}

Status SmartRedaction::run(const QString& lpencPath, const X25519KeyPair& key, const Redactor::Progress& progress,
                           const std::atomic_bool* cancel, const QByteArray& preset, bool onlyWhenFaster)
{
    m_progress = &progress;
    m_cancel = cancel;
    m_preset = preset;
    LP_TRY(openPackets(lpencPath, key));
    LP_TRY(checkSource());
    indexPackets();
    LP_TRY(planGops());
    if (onlyWhenFaster)
        LP_TRY(worthIt());
    LP_TRY(openOutput());
    LP_TRY(writeAll());
    auto bytes = m_muxer->finish();
    if (!bytes)
        return bytes.error();
    m_result.mp4 = std::move(*bytes);
    m_result.mode = QStringLiteral("smart");
    m_result.frames = m_dec.frameCount();
    m_result.audio = m_audio.describe();
    m_result.silencedPackets = m_audio.silencedPackets();
    return {};
}

Status SmartRedaction::openPackets(const QString& lpencPath, const X25519KeyPair& key)
{
    auto input = EncryptedAvio::openFile(lpencPath, key);
    if (!input)
        return input.error();
    m_avio = std::move(input->avio);
    m_fmt = input->fmt;
    m_vs = av_find_best_stream(m_fmt, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    if (m_vs < 0)
        return failure(Redactor::tr("the clip has no video stream."));
    m_vst = m_fmt->streams[m_vs];
    m_vtb = m_vst->time_base;
    m_codecId = m_vst->codecpar->codec_id;
    const QByteArray extradata(reinterpret_cast<const char*>(m_vst->codecpar->extradata),
                               m_vst->codecpar->extradata_size);
    m_avcc = m_codecId == AV_CODEC_ID_H264 && h26x::parseAvcc(extradata, &m_avcConfig) && m_avcConfig.lengthSize == 4;
    m_hvcc = m_codecId == AV_CODEC_ID_HEVC && h26x::parseHvcc(extradata, &m_hvcConfig) && m_hvcConfig.lengthSize == 4;
    return {};
}

// Whether the smart render pays for itself. An H.264 clip whose every GOP holds a region has nothing to copy: the full
// render does the same work. HEVC GOPs are re-encoded with libx265, which took 4.7 times as long as the full render's
// libx264 on bench_codecs' 1080p clip (4.49 s against 0.96 s, the region on every frame): smart is chosen only when at
// most a quarter of the frames must be re-encoded.
Status SmartRedaction::worthIt() const
{
    int reencoded = 0;
    for (const auto& r : m_result.reencodedFrames)
        reencoded += r.second - r.first + 1;
    const int total = m_dec.frameCount();
    if (m_avcc && reencoded >= total)
        return failure(Redactor::tr("every GOP holds a region, so there is nothing to copy."));
    if (m_hvcc && reencoded * 4 > total)
        return failure(Redactor::tr("%1 of %2 frames hold a region; re-encoding them with libx265 would take longer "
                                    "than the full render (H.264).")
                           .arg(reencoded)
                           .arg(total));
    return {};
}

// The reasons a source is rendered in full instead.
Status SmartRedaction::checkSource()
{
    if (!m_avcc && !m_hvcc)
        return failure(Redactor::tr("only H.264 and H.265 video in MP4/MOV (4-byte NAL lengths) can be cut; this clip "
                                    "is %1.")
                           .arg(QString::fromLatin1(avcodec_get_name(m_codecId))));
    if (m_dec.rotation() != 0)
        return failure(Redactor::tr("the clip is rotated (%1°) and regions are drawn on the picture as shown.")
                           .arg(m_dec.rotation()));
    if (m_dec.frameCount() == 0)
        return failure(Redactor::tr("the clip has no frames."));
    auto first = m_dec.decodedFrame(0);
    if (!first)
        return first.error();
    if ((*first)->format != AV_PIX_FMT_YUV420P)
        return failure(
            Redactor::tr("its pictures are %1, not 8-bit 4:2:0 (yuv420p).")
                .arg(QString::fromLatin1(av_get_pix_fmt_name(static_cast<AVPixelFormat>((*first)->format)))));
    return {};
}

// Every video packet in decode order, with its display index and whether a GOP starts at it.
void SmartRedaction::indexPackets()
{
    const QList<FrameInfo>& frames = m_dec.frames();
    QHash<qint64, int> indexOfPts;
    for (int i = 0; i < frames.size(); ++i)
        indexOfPts.insert(frames[i].pts, i);
    PacketPtr pkt = allocPacket();
    while (av_read_frame(m_fmt, pkt.get()) >= 0) {
        if (pkt->stream_index == m_vs) {
            Packet p;
            p.pts = pkt->pts != AV_NOPTS_VALUE ? pkt->pts : pkt->dts;
            p.dts = pkt->dts != AV_NOPTS_VALUE ? pkt->dts : p.pts;
            p.frame = indexOfPts.value(p.pts, -1);
            if (pkt->flags & AV_PKT_FLAG_KEY) {
                if (m_avcc) {
                    p.irap = h26x::firstSliceIsIdr(pkt.get(), 4);
                } else {
                    p.nalType = h26x::hevcPictureType(pkt.get(), 4);
                    p.irap = p.nalType >= 16 && p.nalType <= 21;
                }
            }
            m_reorderDelay = std::max(m_reorderDelay, p.pts - p.dts);
            m_packets.append(p);
        }
        av_packet_unref(pkt.get());
    }
}

// GOPs from IRAP to IRAP in decode order; a GOP is redacted when a region is active on any of its frames.
Status SmartRedaction::planGops()
{
    const QList<FrameInfo>& frames = m_dec.frames();
    const int n = m_dec.frameCount();
    QList<int> seen(n, 0);
    for (const Packet& p : m_packets)
        if (p.frame >= 0)
            ++seen[p.frame];
    if (m_packets.size() != n || seen.count(1) != n)
        return failure(Redactor::tr("its %1 video packets do not map one to one onto its %2 frames.")
                           .arg(m_packets.size())
                           .arg(n));
    if (!m_packets.first().irap)
        return failure(Redactor::tr("its first picture is not one a stream can start at (IDR)."));
    for (int i = 0; i < m_packets.size(); ++i) {
        Packet& p = m_packets[i];
        if (p.irap)
            m_gops.append(Gop {i, false, false});
        p.gop = static_cast<int>(m_gops.size()) - 1;
        if (!Redactor::boxesAt(m_plan, frames[p.frame].seconds).isEmpty())
            m_gops.last().redacted = true;
    }
    QList<char> reencode(n, 0);
    markReencoded(reencode);
    return planRuns(reencode);
}

// A redacted GOP is re-encoded whole. The leading pictures of the GOP after it (display before its IRAP; HEVC RASL
// may reference the pictures decoded before it) are re-encoded too, never copied.
void SmartRedaction::markReencoded(QList<char>& reencode)
{
    bool previousReencoded = false;
    for (int g = 0; g < m_gops.size(); ++g) {
        Gop& gop = m_gops[g];
        gop.afterReencoded = previousReencoded;
        const int end = g + 1 < m_gops.size() ? m_gops[g + 1].first : static_cast<int>(m_packets.size());
        const int irapFrame = m_packets[gop.first].frame;
        bool trailing = false;
        for (int i = gop.first; i < end; ++i) {
            Packet& p = m_packets[i];
            p.copy = !gop.redacted && !(gop.afterReencoded && p.frame < irapFrame);
            reencode[p.frame] = !p.copy;
            trailing = trailing || p.frame > irapFrame;
        }
        // Trailing pictures never reference leading ones, so after a copied trailing picture the pictures decoded
        // before it are only the copied IRAP and trailing pictures.
        previousReencoded = gop.redacted || (gop.afterReencoded && !trailing);
        if (gop.redacted)
            ++m_result.gopsReencoded;
    }
    m_result.gops = static_cast<int>(m_gops.size());
}

// Re-encoded frames as display ranges, each written where its first packet in decode order was. Copied pictures
// decoded before a range must all be shown before it (otherwise the timestamps could not be kept).
Status SmartRedaction::planRuns(const QList<char>& reencode)
{
    const int n = static_cast<int>(reencode.size());
    for (int f = 0; f < n; ++f) {
        if (!reencode[f])
            continue;
        Run run {f, f, -1};
        while (run.to + 1 < n && reencode[run.to + 1])
            ++run.to;
        f = run.to;
        m_runs.append(run);
    }
    for (Run& run : m_runs) {
        for (int i = 0; i < m_packets.size() && run.atPacket < 0; ++i) {
            const Packet& p = m_packets[i];
            if (p.frame >= run.from && p.frame <= run.to)
                run.atPacket = i;
            else if (p.frame > run.to)
                return failure(Redactor::tr("copied and re-encoded pictures would interleave in display order "
                                            "around frame %1.")
                                   .arg(run.from));
        }
        m_result.reencodedFrames.append(qMakePair(run.from, run.to));
        m_result.framesReencoded += run.to - run.from + 1;
    }
    m_result.framesCopied = n - m_result.framesReencoded;
    return {};
}

} // namespace lpdesk

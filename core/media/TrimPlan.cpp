// TrimJob's planning steps: the range, the source's packets, and which frames are copied or re-encoded.
#include "media/TrimJob.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
}

namespace lpdesk {

TrimJob::TrimJob(const TrimRequest& request, const Trimmer::Progress& progress, const std::atomic_bool* cancel)
    : m_req(request), m_progress(progress), m_cancel(cancel)
{ }

TrimJob::~TrimJob()
{
    if (m_fmt)
        avformat_close_input(&m_fmt);
}

Result<TrimResult> TrimJob::run(const QString& lpencPath, const X25519KeyPair& key)
{
    LP_TRY(openDecoder(lpencPath, key));
    LP_TRY(openPackets(lpencPath, key));
    indexPackets();
    LP_TRY(planCopy());
    auto muxer = Mp4Muxer::create();
    if (!muxer)
        return muxer.error();
    m_muxer = std::move(*muxer);
    LP_TRY(openEncoders());
    LP_TRY(addStreams());
    if (m_headEncoder)
        LP_TRY(encodeRange(m_headEncoder.get(), m_start, m_headTo));
    LP_TRY(copyPackets());
    if (m_tailEncoder)
        LP_TRY(encodeRange(m_tailEncoder.get(), m_tailFrom, m_b));
    if (m_pcmTail)
        LP_TRY(writePcmTail());
    auto bytes = m_muxer->finish();
    if (!bytes)
        return bytes.error();
    m_result.mp4 = std::move(*bytes);
    return std::move(m_result);
}

// The decoder (every frame's time), and the requested range as frames [a, b].
Status TrimJob::openDecoder(const QString& lpencPath, const X25519KeyPair& key)
{
    auto decoder = VideoDecoder::open(lpencPath, key);
    if (!decoder)
        return decoder.error();
    m_dec = std::move(*decoder);
    VideoDecoder& dec = *m_dec;
    const QList<FrameInfo>& frames = dec.frames();
    const double duration = dec.duration();
    const double lastDur = dec.frameDuration(dec.frameCount() - 1);
    if (!(m_req.from >= 0) || !(m_req.to > m_req.from))
        return makeError(ErrorKind::Usage,
                         Trimmer::tr("The trim needs 0 ≤ in < out (got %1 to %2 s).").arg(m_req.from).arg(m_req.to));
    if (m_req.from >= duration - lastDur / 2 || m_req.to > duration + lastDur / 2)
        return makeError(ErrorKind::Usage,
                         Trimmer::tr("The range %1–%2 s is outside the clip (0–%3 s).")
                             .arg(m_req.from)
                             .arg(m_req.to)
                             .arg(duration, 0, 'f', 3));
    m_a = dec.frameIndexAt(m_req.from);
    m_b = dec.frameIndexAt(m_req.to);
    // The out point is exclusive: the last frame is the one shown just before it.
    if (m_b > m_a && frames[m_b].seconds + dec.frameDuration(m_b) / 2 > m_req.to)
        --m_b;
    if (m_b < m_a)
        return makeError(ErrorKind::Usage, Trimmer::tr("The range is shorter than one frame."));
    return {};
}

// A second demuxer for the packets themselves, and the source's avcC or hvcC.
Status TrimJob::openPackets(const QString& lpencPath, const X25519KeyPair& key)
{
    auto input = EncryptedAvio::openFile(lpencPath, key);
    if (!input)
        return input.error();
    m_avio = std::move(input->avio);
    m_fmt = input->fmt;
    m_vs = av_find_best_stream(m_fmt, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    if (m_vs < 0)
        return failure(Trimmer::tr("The clip has no video stream."));
    m_vst = m_fmt->streams[m_vs];
    m_vtb = m_vst->time_base;
    m_codecId = m_vst->codecpar->codec_id;
    const QByteArray srcExtradata(reinterpret_cast<const char*>(m_vst->codecpar->extradata),
                                  m_vst->codecpar->extradata_size);
    m_avcc = m_codecId == AV_CODEC_ID_H264 && h26x::parseAvcc(srcExtradata, &m_srcConfig);
    m_hvcc = m_codecId == AV_CODEC_ID_HEVC && h26x::parseHvcc(srcExtradata, &m_hvcConfig);
    return {};
}

// Every video packet in decode order, with its display index and whether a copied run may start at it.
void TrimJob::indexPackets()
{
    const QList<FrameInfo>& frames = m_dec->frames();
    QHash<qint64, int> indexOfPts;
    for (int i = 0; i < frames.size(); ++i)
        indexOfPts.insert(frames[i].pts, i);
    PacketPtr pkt = allocPacket();
    while (av_read_frame(m_fmt, pkt.get()) >= 0) {
        if (pkt->stream_index == m_vs) {
            SourcePacket sp;
            sp.pts = pkt->pts != AV_NOPTS_VALUE ? pkt->pts : pkt->dts;
            sp.dts = pkt->dts != AV_NOPTS_VALUE ? pkt->dts : sp.pts;
            sp.key = (pkt->flags & AV_PKT_FLAG_KEY) != 0;
            sp.frame = indexOfPts.value(sp.pts, -1);
            if (sp.key) {
                if (m_avcc)
                    sp.spliceable
                        = m_srcConfig.lengthSize == 4 && h26x::firstSliceIsIdr(pkt.get(), m_srcConfig.lengthSize);
                else if (m_hvcc) {
                    const int type = h26x::hevcPictureType(pkt.get(), m_hvcConfig.lengthSize);
                    sp.spliceable = m_hvcConfig.lengthSize == 4 && type >= 16 && type <= 21;
                } else
                    sp.spliceable = m_codecId != AV_CODEC_ID_H264 && m_codecId != AV_CODEC_ID_HEVC;
            }
            m_reorderDelay = std::max(m_reorderDelay, sp.pts - sp.dts);
            m_packets.append(sp);
        }
        av_packet_unref(pkt.get());
    }
}

Status TrimJob::planCopy()
{
    const QList<FrameInfo>& frames = m_dec->frames();
    const TrimRequest::Mode mode = m_req.mode;
    m_result.modeUsed = TrimRequest::modeName(mode);
    m_start = m_a;
    if (mode == TrimRequest::Mode::Copy) {
        while (m_start > 0 && !frames[m_start].keyframe)
            --m_start;
    }
    m_headTo = m_start - 1;
    m_tailFrom = m_b + 1;
    if (mode == TrimRequest::Mode::Reencode) {
        m_headTo = m_b;
    } else {
        const int k = firstCopyableKeyframe();
        if (k >= 0)
            planCopiedRun(k);
        else if (mode == TrimRequest::Mode::Copy)
            return failure(Trimmer::tr(
                "No keyframe at the start of the range, so a lossless cut cannot start there; trim in the smart "
                "or re-encode mode instead."));
        else
            m_headTo = m_b; // no keyframe to copy from: the whole range is re-encoded losslessly
        if (mode == TrimRequest::Mode::Copy) {
            // Copy keeps the run planCopiedRun found: packets in decode order from the keyframe, the display frames
            // from it on without a gap. A B-frame before the out-point whose reference lies past it (decoded after a
            // frame the range leaves out) cannot be copied without that reference, so the copy ends before it.
            const int asked = m_b;
            m_b = m_result.copiedLastFrame;
            m_tailFrom = m_b + 1;
            if (m_b < asked)
                m_result.notes << Trimmer::tr("the copy ends at frame %1, not %2: frames %3–%2 are B-frames that "
                                              "refer to a frame past the out-point; --mode smart keeps them "
                                              "(re-encoded losslessly)")
                                      .arg(m_b)
                                      .arg(asked)
                                      .arg(m_b + 1);
        }
        LP_TRY(refuseUncuttable(k));
    }
    m_result.firstFrame = m_start;
    m_result.lastFrame = m_b;
    m_result.actualFrom = frames[m_start].seconds;
    m_result.actualTo = frames[m_b].seconds + m_dec->frameDuration(m_b);
    m_basePts = frames[m_start].pts;
    m_total = m_b - m_start + 1;
    return {};
}

// The first spliceable keyframe inside the range (copy: the keyframe at `start`), as an index into m_packets.
int TrimJob::firstCopyableKeyframe() const
{
    int k = -1;
    for (int p = 0; p < m_packets.size(); ++p) {
        const SourcePacket& sp = m_packets[p];
        if (!sp.key || sp.frame < m_start || sp.frame > m_b)
            continue;
        if (m_req.mode == TrimRequest::Mode::Copy ? sp.frame == m_start : sp.spliceable)
            if (k < 0 || sp.frame < m_packets[k].frame)
                k = p;
    }
    return k;
}

// The longest run in decode order from k whose frames are exactly the display frames from k's on; leading pictures
// of k (before it in display order) are left out.
void TrimJob::planCopiedRun(int k)
{
    const int kFrame = m_packets[k].frame;
    QList<int> run;
    int maxFrame = -1, count = 0, best = 0;
    for (int p = k; p < m_packets.size(); ++p) {
        const SourcePacket& sp = m_packets[p];
        if (sp.frame < kFrame)
            continue;
        if (sp.frame > m_b || sp.frame < 0)
            break;
        run << p;
        maxFrame = std::max(maxFrame, sp.frame);
        ++count;
        if (maxFrame - kFrame + 1 == count)
            best = count;
    }
    for (int i = 0; i < best; ++i)
        m_copied.insert(run[i]);
    m_firstCopied = k;
    m_headTo = kFrame - 1;
    m_tailFrom = kFrame + best;
    if (best > 0) {
        m_result.copiedFirstFrame = kFrame;
        m_result.copiedLastFrame = kFrame + best - 1;
    }
}

// A smart trim that would need edges this stream cannot have re-encoded losslessly, or that finds only open-GOP
// keyframes, is refused with a message that offers the other modes.
Status TrimJob::refuseUncuttable(int k) const
{
    if (!smart())
        return {};
    const QString codecName = QString::fromLatin1(avcodec_get_name(m_codecId));
    const bool canEncodeEdges = (m_avcc && m_srcConfig.lengthSize == 4) || (m_hvcc && m_hvcConfig.lengthSize == 4);
    const bool needsEncoder = m_headTo >= m_start || m_tailFrom <= m_b;
    if (needsEncoder && !canEncodeEdges) {
        Error e = makeError(
            ErrorKind::Usage,
            Trimmer::tr("A smart trim of this %1 stream cannot be cut losslessly (only H.264 and H.265 in "
                        "MP4/MOV can be); trim in the re-encode mode, or in the copy mode for a cut at keyframes.")
                .arg(codecName));
        e.reason = QStringLiteral("trim.reencode_or_copy"); // the case window offers re-encoding, naming copy
        return e;
    }
    if (k >= 0)
        return {};
    bool openGop = false;
    for (const SourcePacket& sp : m_packets)
        openGop = openGop || (sp.key && !sp.spliceable && sp.frame >= m_a && sp.frame <= m_b);
    if (!openGop)
        return {};
    const QList<FrameInfo>& frames = m_dec->frames();
    Error e = makeError(ErrorKind::Usage,
                        Trimmer::tr("This %1 stream uses open GOPs (its keyframes between %2 and %3 s are not IDR "
                                    "frames), so it cannot be cut losslessly without re-encoding the whole range; "
                                    "trim in the re-encode mode.")
                            .arg(codecName)
                            .arg(frames[m_a].seconds, 0, 'f', 3)
                            .arg(frames[m_b].seconds, 0, 'f', 3));
    e.reason = QStringLiteral("trim.reencode"); // the case window offers re-encoding
    return e;
}

} // namespace lpdesk

#include "media/Trimmer.h"

#include "media/Codec.h"
#include "media/EncryptedAvio.h"
#include "media/H264PcmPictures.h"
#include "media/VideoDecoder.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
}

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <optional>

namespace lpdesk {

QString TrimRequest::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Copy:
        return QStringLiteral("copy");
    case Mode::Smart:
        return QStringLiteral("smart");
    case Mode::Reencode:
        return QStringLiteral("reencode");
    }
    return {};
}

bool TrimRequest::parseMode(const QString& text, Mode* mode)
{
    for (Mode m : {Mode::Copy, Mode::Smart, Mode::Reencode})
        if (modeName(m) == text) {
            *mode = m;
            return true;
        }
    return false;
}

QJsonObject TrimResult::toJson() const
{
    return QJsonObject {{QLatin1String("mode"), modeUsed},
                        {QLatin1String("first_frame"), firstFrame},
                        {QLatin1String("last_frame"), lastFrame},
                        {QLatin1String("actual_from"), actualFrom},
                        {QLatin1String("actual_to"), actualTo},
                        {QLatin1String("reencoded_frames"), reencodedFrames},
                        {QLatin1String("copied_first_frame"), copiedFirstFrame},
                        {QLatin1String("copied_last_frame"), copiedLastFrame},
                        {QLatin1String("copied_video_packets"), copiedVideoPackets},
                        {QLatin1String("copied_audio_packets"), copiedAudioPackets},
                        {QLatin1String("encoder"), encoder},
                        {QLatin1String("notes"), QJsonArray::fromStringList(notes)}};
}

namespace {

struct PacketMeta
{
    qint64 pts = 0;
    qint64 dts = 0;
    bool key = false;
};

// Exp-Golomb reader over an RBSP (emulation-prevention bytes removed).
class BitReader
{
public:
    explicit BitReader(QByteArray rbsp) : m_data(std::move(rbsp)) { }
    int bit()
    {
        if (m_pos >= m_data.size() * 8)
            return 0;
        const int b = (static_cast<unsigned char>(m_data[m_pos / 8]) >> (7 - m_pos % 8)) & 1;
        ++m_pos;
        return b;
    }
    quint32 bits(int n)
    {
        quint32 v = 0;
        while (n--)
            v = (v << 1) | static_cast<quint32>(bit());
        return v;
    }
    quint32 ue()
    {
        int zeros = 0;
        while (bit() == 0 && zeros < 32)
            ++zeros;
        return ((1u << zeros) - 1) + bits(zeros);
    }

private:
    QByteArray m_data;
    qsizetype m_pos = 0;
};

QByteArray rbsp(const QByteArray& nal)
{
    QByteArray out;
    int zeros = 0;
    for (qsizetype i = 1; i < nal.size(); ++i) { // skip the NAL header byte
        const auto c = static_cast<unsigned char>(nal[i]);
        if (zeros >= 2 && c == 3) {
            zeros = 0;
            continue;
        }
        zeros = c == 0 ? zeros + 1 : 0;
        out.append(static_cast<char>(c));
    }
    return out;
}

int spsId(const QByteArray& sps)
{
    BitReader r(rbsp(sps));
    r.bits(24);
    return static_cast<int>(r.ue());
}

// max_num_ref_frames of an H.264 SPS (0 when the SPS uses syntax this reader skips).
int spsRefFrames(const QByteArray& sps)
{
    BitReader r(rbsp(sps));
    const quint32 profile = r.bits(8);
    r.bits(16); // constraint flags, level
    r.ue(); // seq_parameter_set_id
    if (profile == 100 || profile == 110 || profile == 122 || profile == 244 || profile == 44 || profile == 83
        || profile == 86 || profile == 118 || profile == 128 || profile == 138 || profile == 139 || profile == 134) {
        if (r.ue() == 3) // chroma_format_idc
            r.bit();
        r.ue();
        r.ue();
        r.bit();
        if (r.bit()) // seq_scaling_matrix_present_flag
            return 0;
    }
    r.ue(); // log2_max_frame_num_minus4
    const quint32 pocType = r.ue();
    if (pocType == 0)
        r.ue();
    else if (pocType == 1)
        return 0;
    return static_cast<int>(r.ue());
}

int ppsId(const QByteArray& pps)
{
    BitReader r(rbsp(pps));
    return static_cast<int>(r.ue());
}

struct AvcConfig
{
    quint8 profile = 0, compat = 0, level = 0;
    int lengthSize = 4;
    QList<QByteArray> sps, pps;
};

bool parseAvcc(const QByteArray& b, AvcConfig* out)
{
    if (b.size() < 7 || b[0] != 1)
        return false;
    out->profile = static_cast<quint8>(b[1]);
    out->compat = static_cast<quint8>(b[2]);
    out->level = static_cast<quint8>(b[3]);
    out->lengthSize = (static_cast<unsigned char>(b[4]) & 3) + 1;
    qsizetype p = 5;
    auto readSets = [&](int count, QList<QByteArray>* into) {
        for (int i = 0; i < count; ++i) {
            if (p + 2 > b.size())
                return false;
            const int len = (static_cast<unsigned char>(b[p]) << 8) | static_cast<unsigned char>(b[p + 1]);
            p += 2;
            if (p + len > b.size())
                return false;
            into->append(b.mid(p, len));
            p += len;
        }
        return true;
    };
    if (!readSets(static_cast<unsigned char>(b[p++]) & 0x1f, &out->sps) || p >= b.size())
        return false;
    return readSets(static_cast<unsigned char>(b[p++]), &out->pps);
}

QByteArray buildAvcc(const AvcConfig& c)
{
    QByteArray b;
    b.append('\x01');
    b.append(static_cast<char>(c.profile));
    b.append(static_cast<char>(c.compat));
    b.append(static_cast<char>(c.level));
    b.append(static_cast<char>(0xfc | (c.lengthSize - 1)));
    b.append(static_cast<char>(0xe0 | c.sps.size()));
    for (const QByteArray& s : c.sps) {
        b.append(static_cast<char>(s.size() >> 8));
        b.append(static_cast<char>(s.size() & 0xff));
        b.append(s);
    }
    b.append(static_cast<char>(c.pps.size()));
    for (const QByteArray& s : c.pps) {
        b.append(static_cast<char>(s.size() >> 8));
        b.append(static_cast<char>(s.size() & 0xff));
        b.append(s);
    }
    return b;
}

bool firstSliceIsIdr(const AVPacket* pkt, int lengthSize)
{
    qsizetype p = 0;
    while (p + lengthSize <= pkt->size) {
        quint32 len = 0;
        for (int i = 0; i < lengthSize; ++i)
            len = (len << 8) | pkt->data[p + i];
        p += lengthSize;
        if (len == 0 || p + len > static_cast<quint32>(pkt->size))
            return false;
        const int type = pkt->data[p] & 0x1f;
        if (type == 5)
            return true;
        if (type == 1)
            return false;
        p += len;
    }
    return false;
}

} // namespace

QList<QByteArray> Trimmer::annexBUnits(const QByteArray& b)
{
    QList<QByteArray> units;
    qsizetype i = 0, start = -1;
    while (i + 3 <= b.size()) {
        const bool sc3 = b[i] == 0 && b[i + 1] == 0 && b[i + 2] == 1;
        if (sc3) {
            if (start >= 0) {
                qsizetype end = i;
                while (end > start && b[end - 1] == 0)
                    --end; // the zero of a 4-byte start code belongs to the next unit's start code
                units << b.mid(start, end - start);
            }
            i += 3;
            start = i;
        } else {
            ++i;
        }
    }
    if (start >= 0 && start < b.size())
        units << b.mid(start);
    return units;
}

QByteArray Trimmer::annexBToLengthPrefixed(const QByteArray& annexB, bool dropParameterSets)
{
    QByteArray out;
    for (const QByteArray& nal : annexBUnits(annexB)) {
        if (nal.isEmpty())
            continue;
        const int type = static_cast<unsigned char>(nal[0]) & 0x1f;
        if (dropParameterSets && (type == 7 || type == 8 || type == 9))
            continue;
        const quint32 n = static_cast<quint32>(nal.size());
        out.append(static_cast<char>(n >> 24));
        out.append(static_cast<char>((n >> 16) & 0xff));
        out.append(static_cast<char>((n >> 8) & 0xff));
        out.append(static_cast<char>(n & 0xff));
        out.append(nal);
    }
    return out;
}

namespace {

int hevcNalType(unsigned char header)
{
    return (header >> 1) & 0x3f;
}

// The NAL units of a length-prefixed packet: (offset of the NAL header, size).
QList<QPair<qsizetype, qsizetype>> lengthPrefixedUnits(const uint8_t* data, qsizetype size, int lengthSize)
{
    QList<QPair<qsizetype, qsizetype>> units;
    qsizetype p = 0;
    while (p + lengthSize <= size) {
        qsizetype len = 0;
        for (int i = 0; i < lengthSize; ++i)
            len = (len << 8) | data[p + i];
        p += lengthSize;
        if (len <= 0 || p + len > size)
            break;
        units.append({p, len});
        p += len;
    }
    return units;
}

// First VCL NAL type of an HEVC packet (-1 if none).
int hevcPictureType(const AVPacket* pkt, int lengthSize)
{
    for (const auto& u : lengthPrefixedUnits(pkt->data, pkt->size, lengthSize)) {
        const int type = hevcNalType(pkt->data[u.first]);
        if (type < 32)
            return type;
    }
    return -1;
}

struct HvcConfig
{
    int lengthSize = 4;
    QList<QByteArray> parameterSets; // VPS, SPS, PPS (and SEI arrays) in the hvcC's order
};

bool parseHvcc(const QByteArray& b, HvcConfig* out)
{
    if (b.size() < 23 || b[0] != 1)
        return false;
    out->lengthSize = (static_cast<unsigned char>(b[21]) & 3) + 1;
    const int arrays = static_cast<unsigned char>(b[22]);
    qsizetype p = 23;
    for (int a = 0; a < arrays; ++a) {
        if (p + 3 > b.size())
            return false;
        const int type = static_cast<unsigned char>(b[p]) & 0x3f;
        const int count = (static_cast<unsigned char>(b[p + 1]) << 8) | static_cast<unsigned char>(b[p + 2]);
        p += 3;
        for (int i = 0; i < count; ++i) {
            if (p + 2 > b.size())
                return false;
            const int len = (static_cast<unsigned char>(b[p]) << 8) | static_cast<unsigned char>(b[p + 1]);
            p += 2;
            if (p + len > b.size())
                return false;
            if (type >= 32 && type <= 34)
                out->parameterSets << b.mid(p, len);
            p += len;
        }
    }
    return !out->parameterSets.isEmpty();
}

void appendLengthPrefixed(QByteArray* out, const QByteArray& nal)
{
    const quint32 n = static_cast<quint32>(nal.size());
    out->append(static_cast<char>(n >> 24));
    out->append(static_cast<char>((n >> 16) & 0xff));
    out->append(static_cast<char>((n >> 8) & 0xff));
    out->append(static_cast<char>(n & 0xff));
    out->append(nal);
}

// An x265 Annex B packet as 4-byte length-prefixed NAL units; keeps its in-band parameter sets (the source's sets
// use the same ids, so each re-encoded part carries its own), drops access unit delimiters.
QByteArray hevcAnnexBToLengthPrefixed(const QByteArray& annexB)
{
    QByteArray out;
    for (const QByteArray& nal : Trimmer::annexBUnits(annexB))
        if (!nal.isEmpty() && hevcNalType(static_cast<unsigned char>(nal[0])) != 35)
            appendLengthPrefixed(&out, nal);
    return out;
}

struct SourcePacket
{
    qint64 pts = 0;
    qint64 dts = 0;
    bool key = false;
    bool spliceable = false; // a keyframe the output may start a copied run at (IDR; HEVC IDR/CRA/BLA)
    int frame = -1; // display index
};

} // namespace

Result<TrimResult> Trimmer::trim(const QString& lpencPath, const X25519KeyPair& key, const TrimRequest& req,
                                 const Progress& progress, const std::atomic_bool* cancel)
{
    auto cancelled = [cancel] { return cancel && cancel->load(); };
    auto decoder = VideoDecoder::open(lpencPath, key);
    if (!decoder)
        return decoder.error();
    VideoDecoder& dec = **decoder;
    const QList<FrameInfo>& frames = dec.frames();
    const double duration = dec.duration();
    const double lastDur = dec.frameDuration(dec.frameCount() - 1);
    if (!(req.from >= 0) || !(req.to > req.from))
        return makeError(ErrorKind::Usage,
                         tr("The trim needs 0 ≤ in < out (got %1 to %2 s).").arg(req.from).arg(req.to));
    if (req.from >= duration - lastDur / 2 || req.to > duration + lastDur / 2)
        return makeError(
            ErrorKind::Usage,
            tr("The range %1–%2 s is outside the clip (0–%3 s).").arg(req.from).arg(req.to).arg(duration, 0, 'f', 3));
    const int a = dec.frameIndexAt(req.from);
    int b = dec.frameIndexAt(req.to);
    // The out point is exclusive: the last frame is the one shown just before it.
    if (b > a && frames[b].seconds + dec.frameDuration(b) / 2 > req.to)
        --b;
    if (b < a)
        return makeError(ErrorKind::Usage, tr("The range is shorter than one frame."));

    // A second demuxer for the packets themselves.
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
    AVStream* vst = fmt->streams[vs];
    const AVRational vtb = vst->time_base;
    const AVCodecID codecId = vst->codecpar->codec_id;
    const QByteArray srcExtradata(reinterpret_cast<const char*>(vst->codecpar->extradata),
                                  vst->codecpar->extradata_size);
    AvcConfig srcConfig;
    HvcConfig hvcConfig;
    const bool avcc = codecId == AV_CODEC_ID_H264 && parseAvcc(srcExtradata, &srcConfig);
    const bool hvcc = codecId == AV_CODEC_ID_HEVC && parseHvcc(srcExtradata, &hvcConfig);

    // Every video packet in decode order, with its display index.
    QList<SourcePacket> packets;
    qint64 reorderDelay = 0; // largest pts - dts (B-frames)
    {
        QHash<qint64, int> indexOfPts;
        for (int i = 0; i < frames.size(); ++i)
            indexOfPts.insert(frames[i].pts, i);
        PacketPtr pkt = allocPacket();
        while (av_read_frame(fmt, pkt.get()) >= 0) {
            if (pkt->stream_index == vs) {
                SourcePacket sp;
                sp.pts = pkt->pts != AV_NOPTS_VALUE ? pkt->pts : pkt->dts;
                sp.dts = pkt->dts != AV_NOPTS_VALUE ? pkt->dts : sp.pts;
                sp.key = (pkt->flags & AV_PKT_FLAG_KEY) != 0;
                sp.frame = indexOfPts.value(sp.pts, -1);
                if (sp.key) {
                    if (avcc)
                        sp.spliceable = srcConfig.lengthSize == 4 && firstSliceIsIdr(pkt.get(), srcConfig.lengthSize);
                    else if (hvcc) {
                        const int type = hevcPictureType(pkt.get(), hvcConfig.lengthSize);
                        sp.spliceable = hvcConfig.lengthSize == 4 && type >= 16 && type <= 21;
                    } else
                        sp.spliceable = codecId != AV_CODEC_ID_H264 && codecId != AV_CODEC_ID_HEVC;
                }
                reorderDelay = std::max(reorderDelay, sp.pts - sp.dts);
                packets.append(sp);
            }
            av_packet_unref(pkt.get());
        }
    }
    const bool canEncodeEdges = (avcc && srcConfig.lengthSize == 4) || (hvcc && hvcConfig.lengthSize == 4);
    const QString codecName = QString::fromLatin1(avcodec_get_name(codecId));

    TrimResult result;
    const TrimRequest::Mode mode = req.mode;
    result.modeUsed = TrimRequest::modeName(mode);

    int start = a; // first frame in the output
    if (mode == TrimRequest::Mode::Copy) {
        while (start > 0 && !frames[start].keyframe)
            --start;
    }
    // Frames [start, headTo] and [tailFrom, b] are re-encoded; the packets in `copied` (decode order) are copied.
    int headTo = start - 1;
    int tailFrom = b + 1;
    QSet<int> copied; // indices into `packets`
    int firstCopied = -1; // packet index of the first copied (key) packet
    if (mode == TrimRequest::Mode::Reencode) {
        headTo = b;
    } else {
        // The first spliceable keyframe inside the range (copy: the keyframe at `start`).
        int k = -1;
        for (int p = 0; p < packets.size(); ++p) {
            const SourcePacket& sp = packets[p];
            if (!sp.key || sp.frame < start || sp.frame > b)
                continue;
            if (mode == TrimRequest::Mode::Copy ? sp.frame == start : sp.spliceable)
                if (k < 0 || sp.frame < packets[k].frame)
                    k = p;
        }
        if (k >= 0) {
            // The longest run in decode order from k whose frames are exactly the display frames from k's on;
            // leading pictures of k (before it in display order) are left out.
            const int kFrame = packets[k].frame;
            QList<int> run;
            int maxFrame = -1, count = 0, best = 0;
            for (int p = k; p < packets.size(); ++p) {
                const SourcePacket& sp = packets[p];
                if (sp.frame < kFrame)
                    continue;
                if (sp.frame > b || sp.frame < 0)
                    break;
                run << p;
                maxFrame = std::max(maxFrame, sp.frame);
                ++count;
                if (maxFrame - kFrame + 1 == count)
                    best = count;
            }
            for (int i = 0; i < best; ++i)
                copied.insert(run[i]);
            firstCopied = k;
            headTo = kFrame - 1;
            tailFrom = kFrame + best;
            if (best > 0) {
                result.copiedFirstFrame = kFrame;
                result.copiedLastFrame = kFrame + best - 1;
            }
        } else if (mode == TrimRequest::Mode::Copy) {
            return failure(tr("No keyframe at the start of the range; use --mode reencode."));
        } else {
            headTo = b; // no keyframe to copy from: the whole range is re-encoded losslessly
        }
        if (mode == TrimRequest::Mode::Copy) {
            tailFrom = b + 1; // copy keeps whatever decodes up to b
            result.copiedFirstFrame = start;
            result.copiedLastFrame = b;
            copied.clear();
            for (int p = 0; p < packets.size(); ++p)
                if (packets[p].frame >= start && packets[p].frame <= b)
                    copied.insert(p);
        }
        const bool needsEncoder = headTo >= start || tailFrom <= b;
        if (mode == TrimRequest::Mode::Smart && needsEncoder && !canEncodeEdges)
            return makeError(ErrorKind::Usage,
                             tr("A smart trim of this %1 stream cannot be cut losslessly (only H.264 and H.265 in "
                                "MP4/MOV can be); use --mode reencode, or --mode copy for a keyframe-aligned cut.")
                                 .arg(codecName));
        if (mode == TrimRequest::Mode::Smart && k < 0) {
            bool openGop = false;
            for (const SourcePacket& sp : packets)
                openGop = openGop || (sp.key && !sp.spliceable && sp.frame >= a && sp.frame <= b);
            if (openGop)
                return makeError(ErrorKind::Usage,
                                 tr("This %1 stream uses open GOPs (its keyframes between %2 and %3 s are not IDR "
                                    "frames), so it cannot be cut losslessly without re-encoding the whole range; "
                                    "use --mode reencode.")
                                     .arg(codecName)
                                     .arg(frames[a].seconds, 0, 'f', 3)
                                     .arg(frames[b].seconds, 0, 'f', 3));
        }
    }
    result.firstFrame = start;
    result.lastFrame = b;
    result.actualFrom = frames[start].seconds;
    result.actualTo = frames[b].seconds + dec.frameDuration(b);
    const qint64 basePts = frames[start].pts;
    const int total = b - start + 1;

    auto muxer = Mp4Muxer::create();
    if (!muxer)
        return muxer.error();

    // Encoders for the edges (smart: lossless, same codec as the source) or the whole range (reencode: H.264).
    const bool smart = mode == TrimRequest::Mode::Smart;
    auto frameRate = [&] {
        return vst->avg_frame_rate.num > 0
            ? vst->avg_frame_rate
            : AVRational {std::max(1, static_cast<int>(std::lround(dec.frameRate()))), 1};
    };
    QSet<int> usedIds;
    for (const QByteArray& x : srcConfig.sps)
        usedIds.insert(spsId(x));
    for (const QByteArray& x : srcConfig.pps)
        usedIds.insert(ppsId(x));
    auto openEncoder = [&](bool tail) -> Result<std::unique_ptr<VideoEncoder>> {
        const AVFrame* probe = nullptr;
        auto first = dec.decodedFrame(start);
        if (!first)
            return first.error();
        probe = *first;
        VideoEncoder::Settings s;
        s.width = probe->width;
        s.height = probe->height;
        s.pixFmt = probe->format;
        s.timeBase = vtb;
        s.frameRate = frameRate();
        s.gop = std::max(1, static_cast<int>(std::lround(dec.frameRate() * 2)));
        if (smart) {
            s.lossless = true;
            s.preset = "ultrafast";
            s.hevc = hvcc;
            if (avcc) {
                // As many reference frames as the source: FFmpeg's frame-threaded H.264 decoder mis-decodes the
                // frames after a switch to an SPS with a smaller decoded picture buffer.
                for (const QByteArray& x : srcConfig.sps)
                    s.refs = std::max(s.refs, spsRefFrames(x));
                // Only when the tail cannot be I_PCM pictures (below): an intra-only tail.
                if (tail && reorderDelay > 0)
                    s.gop = 1;
                int id = 1;
                while (usedIds.contains(id) && id < 31)
                    ++id;
                usedIds.insert(id);
                s.spsId = id;
            } else {
                s.globalHeader = false; // x265 writes its parameter sets in-band on each keyframe
            }
        } else {
            s.crf = 18;
            s.preset = "fast";
        }
        return VideoEncoder::open(s);
    };
    std::unique_ptr<VideoEncoder> headEncoder, tailEncoder;
    AvcConfig merged = srcConfig;
    auto addAvcSets = [&](VideoEncoder* e) {
        const QByteArray extra(reinterpret_cast<const char*>(e->context()->extradata), e->context()->extradata_size);
        for (const QByteArray& nal : annexBUnits(extra)) {
            const int type = nal.isEmpty() ? 0 : (static_cast<unsigned char>(nal[0]) & 0x1f);
            if (type == 7)
                merged.sps << nal;
            else if (type == 8)
                merged.pps << nal;
        }
    };
    if (headTo >= start) {
        auto e = openEncoder(false);
        if (!e)
            return e.error();
        headEncoder = std::move(*e);
        result.encoder = headEncoder->description();
        if (smart && avcc)
            addAvcSets(headEncoder.get());
    }
    // H.264 frames after the copied run are I_PCM pictures under the source's own SPS. A tail from x264 lossless
    // needs a second SPS (qpprime_y_zero_transform_bypass_flag) right after the copied packets, and FFmpeg's
    // frame-threaded decoder (the ffmpeg CLI's default) keeps, in each thread that did not itself see the switch, the
    // qp-0 coefficient scan of the SPS that thread last initialised with: with 3 threads the last frame came out as
    // garbage. Without a second SPS after the copied run there is nothing to switch.
    std::optional<H264PcmPictures> pcmTail;
    if (tailFrom <= b && smart && avcc && srcConfig.sps.size() == 1) {
        int id = 1;
        while (usedIds.contains(id) && id < 255)
            ++id;
        usedIds.insert(id);
        QString why;
        pcmTail = H264PcmPictures::forSps(srcConfig.sps.first(), id, &why);
        if (pcmTail) {
            merged.pps << pcmTail->pps();
            if (!headEncoder)
                result.encoder = QStringLiteral("H.264 I_PCM");
        } else {
            result.notes << tr("the last frames are re-encoded with libx264 (the source's SPS uses %1)").arg(why);
        }
    }
    if (tailFrom <= b && !pcmTail) {
        auto e = openEncoder(true);
        if (!e)
            return e.error();
        tailEncoder = std::move(*e);
        result.encoder = tailEncoder->description();
        if (avcc)
            addAvcSets(tailEncoder.get());
    }

    // Output video stream: parameters of the source (copy, smart) or the encoder (reencode).
    int outVideo = -1;
    if (mode == TrimRequest::Mode::Reencode) {
        auto idx = (*muxer)->addStream(headEncoder->context());
        if (!idx)
            return idx.error();
        outVideo = *idx;
    } else {
        auto idx = (*muxer)->addStream(vst->codecpar, vtb);
        if (!idx)
            return idx.error();
        outVideo = *idx;
        if (avcc && (headEncoder || tailEncoder || pcmTail)) {
            const QByteArray avcc = buildAvcc(merged);
            AVCodecParameters* par = (*muxer)->stream(outVideo)->codecpar;
            av_freep(&par->extradata);
            par->extradata = static_cast<uint8_t*>(
                av_mallocz(static_cast<std::size_t>(avcc.size()) + AV_INPUT_BUFFER_PADDING_SIZE));
            memcpy(par->extradata, avcc.constData(), static_cast<std::size_t>(avcc.size()));
            par->extradata_size = static_cast<int>(avcc.size());
        }
        if (headEncoder)
            result.notes << tr("frames %1–%2 re-encoded losslessly (%3)")
                                .arg(start)
                                .arg(headTo)
                                .arg(hvcc ? QStringLiteral("libx265") : QStringLiteral("libx264"));
        if (tailEncoder)
            result.notes << tr("frames %1–%2 re-encoded losslessly (%3)")
                                .arg(tailFrom)
                                .arg(b)
                                .arg(hvcc ? QStringLiteral("libx265") : QStringLiteral("libx264"));
        if (pcmTail)
            result.notes << tr("frames %1–%2 stored as uncompressed H.264 pictures (I_PCM)").arg(tailFrom).arg(b);
        if (!copied.isEmpty())
            result.notes << tr("%1 packets stream-copied").arg(copied.size());
    }
    // Phone rotation travels with the stream.
    size_t matrixSize = 0;
    if (const uint8_t* matrix = av_stream_get_side_data(vst, AV_PKT_DATA_DISPLAYMATRIX, &matrixSize)) {
        uint8_t* dst = av_stream_new_side_data((*muxer)->stream(outVideo), AV_PKT_DATA_DISPLAYMATRIX, matrixSize);
        if (dst)
            memcpy(dst, matrix, matrixSize);
    }
    QHash<int, int> audioOut; // source stream -> output stream
    for (unsigned i = 0; i < fmt->nb_streams; ++i) {
        if (fmt->streams[i]->codecpar->codec_type != AVMEDIA_TYPE_AUDIO)
            continue;
        auto idx = (*muxer)->addStream(fmt->streams[i]->codecpar, fmt->streams[i]->time_base);
        if (!idx)
            return idx.error();
        audioOut.insert(static_cast<int>(i), *idx);
    }
    (*muxer)->stream(outVideo)->time_base = vtb;
    LP_TRY((*muxer)->begin());

    int done = 0;
    qint64 lastDts = std::numeric_limits<qint64>::min();
    QHash<qint64, int> frameOfPts;
    for (int i = start; i <= b; ++i)
        frameOfPts.insert(frames[i].pts, i);
    // Re-encoded frames (decoded exactly, keeping their own timestamps; decode times leave room for the copied
    // packets' reordering delay).
    auto durationOf = [&](int i) {
        return std::max<qint64>(1,
                                i < b ? frames[i + 1].pts - frames[i].pts
                                      : static_cast<qint64>(std::llround(dec.frameDuration(i) / av_q2d(vtb))));
    };
    auto encodeRange = [&](VideoEncoder* encoder, int from, int to) -> Status {
        auto write = [&](AVPacket* pkt) -> Status {
            pkt->duration = durationOf(frameOfPts.value(pkt->pts, b));
            if (smart) {
                const QByteArray annexB(reinterpret_cast<const char*>(pkt->data), pkt->size);
                const QByteArray converted
                    = hvcc ? hevcAnnexBToLengthPrefixed(annexB) : annexBToLengthPrefixed(annexB, true);
                PacketPtr out = allocPacket();
                av_new_packet(out.get(), static_cast<int>(converted.size()));
                memcpy(out->data, converted.constData(), static_cast<std::size_t>(converted.size()));
                out->pts = pkt->pts - basePts;
                out->dts = std::max(pkt->pts - reorderDelay - basePts, lastDts + 1);
                lastDts = out->dts;
                out->duration = pkt->duration;
                out->flags = pkt->flags;
                return (*muxer)->write(out.get(), outVideo, vtb);
            }
            pkt->pts -= basePts;
            pkt->dts -= basePts;
            return (*muxer)->write(pkt, outVideo, vtb);
        };
        for (int i = from; i <= to; ++i) {
            if (cancelled())
                return makeError(ErrorKind::Cancelled, tr("Cancelled."));
            auto frame = dec.decodedFrame(i);
            if (!frame)
                return frame.error();
            FramePtr copy = allocFrame();
            av_frame_ref(copy.get(), *frame);
            copy->pts = frames[i].pts;
            copy->pict_type = i == from && smart ? AV_PICTURE_TYPE_I : AV_PICTURE_TYPE_NONE;
            LP_TRY(encoder->encode(copy.get(), write));
            ++result.reencodedFrames;
            if (progress)
                progress(++done, total);
        }
        return encoder->encode(nullptr, write);
    };
    if (headEncoder)
        LP_TRY(encodeRange(headEncoder.get(), start, headTo));

    // Stream-copied packets, and audio inside the output's time range.
    const double startSeconds = static_cast<double>(basePts) * av_q2d(vtb);
    const double endSeconds = static_cast<double>(frames[b].pts) * av_q2d(vtb) + dec.frameDuration(b);
    if (avformat_seek_file(fmt, -1, INT64_MIN, 0, 0, AVSEEK_FLAG_BACKWARD) < 0)
        av_seek_frame(fmt, vs, 0, AVSEEK_FLAG_BACKWARD);
    PacketPtr pkt = allocPacket();
    // When re-encoded parts with their own parameter sets sit beside copied HEVC, each copied keyframe carries the
    // source's sets again, and a CRA that now starts the copied run becomes a BLA (its skipped leading pictures were
    // re-encoded).
    const bool hevcSplice = smart && hvcc && (headEncoder || tailEncoder);
    int packetIndex = -1;
    QByteArray lastCopied; // the last copied video packet (the PCM tail's first idr_pic_id must differ from an IDR's)
    while (av_read_frame(fmt, pkt.get()) >= 0) {
        if (cancelled())
            return makeError(ErrorKind::Cancelled, tr("Cancelled."));
        const int si = pkt->stream_index;
        Status written;
        if (si == vs && copied.contains(++packetIndex)) {
            if (hevcSplice && (pkt->flags & AV_PKT_FLAG_KEY)) {
                QByteArray data;
                for (const QByteArray& ps : hvcConfig.parameterSets)
                    appendLengthPrefixed(&data, ps);
                const qsizetype prefix = data.size();
                data.append(reinterpret_cast<const char*>(pkt->data), pkt->size);
                if (packetIndex == firstCopied && headEncoder)
                    for (const auto& u : lengthPrefixedUnits(
                             reinterpret_cast<const uint8_t*>(data.constData()) + prefix, pkt->size, 4)) {
                        char& header = data[prefix + u.first];
                        if (hevcNalType(static_cast<unsigned char>(header)) == 21) // CRA_NUT -> BLA_W_LP
                            header = static_cast<char>((static_cast<unsigned char>(header) & 0x81) | (16 << 1));
                    }
                PacketPtr out = allocPacket();
                av_new_packet(out.get(), static_cast<int>(data.size()));
                memcpy(out->data, data.constData(), static_cast<std::size_t>(data.size()));
                av_packet_copy_props(out.get(), pkt.get());
                av_packet_unref(pkt.get());
                av_packet_move_ref(pkt.get(), out.get());
            }
            if (pcmTail)
                lastCopied = QByteArray(reinterpret_cast<const char*>(pkt->data), pkt->size);
            pkt->pts -= basePts;
            pkt->dts -= basePts;
            lastDts = std::max<qint64>(lastDts, pkt->dts);
            written = (*muxer)->write(pkt.get(), outVideo, vtb);
            ++result.copiedVideoPackets;
            if (progress)
                progress(++done, total);
        } else if (audioOut.contains(si) && pkt->pts != AV_NOPTS_VALUE) {
            const AVRational atb = fmt->streams[si]->time_base;
            const double t = static_cast<double>(pkt->pts) * av_q2d(atb);
            if (t >= startSeconds && t < endSeconds) {
                const qint64 shift = av_rescale_q(basePts, vtb, atb);
                pkt->pts -= shift;
                pkt->dts -= shift;
                written = (*muxer)->write(pkt.get(), audioOut.value(si), atb);
                ++result.copiedAudioPackets;
            }
        }
        av_packet_unref(pkt.get());
        if (!written)
            return written.error();
    }
    if (tailEncoder)
        LP_TRY(encodeRange(tailEncoder.get(), tailFrom, b));
    if (pcmTail) {
        int idrPicId = 0;
        for (const auto& u :
             lengthPrefixedUnits(reinterpret_cast<const uint8_t*>(lastCopied.constData()), lastCopied.size(), 4)) {
            const QByteArray nal = lastCopied.mid(u.first, u.second);
            const int type = static_cast<unsigned char>(nal[0]) & 0x1f;
            if (type == 5)
                idrPicId = pcmTail->idrPicIdOf(nal) + 1;
            if (type == 1 || type == 5)
                break;
        }
        for (int i = tailFrom; i <= b; ++i, ++idrPicId) {
            if (cancelled())
                return makeError(ErrorKind::Cancelled, tr("Cancelled."));
            auto frame = dec.decodedFrame(i);
            if (!frame)
                return frame.error();
            const QByteArray nal = pcmTail->picture(*frame, idrPicId & 0xffff);
            if (nal.isEmpty())
                return failure(tr("Frame %1 cannot be stored as an uncompressed H.264 picture: its pixel format does "
                                  "not match the stream's parameter sets.")
                                   .arg(i));
            QByteArray data;
            appendLengthPrefixed(&data, nal);
            PacketPtr out = allocPacket();
            if (av_new_packet(out.get(), static_cast<int>(data.size())) < 0)
                return failure(tr("Out of memory."));
            memcpy(out->data, data.constData(), static_cast<std::size_t>(data.size()));
            out->pts = frames[i].pts - basePts;
            out->dts = std::max(out->pts - reorderDelay, lastDts + 1);
            lastDts = out->dts;
            out->duration = durationOf(i);
            out->flags = AV_PKT_FLAG_KEY;
            LP_TRY((*muxer)->write(out.get(), outVideo, vtb));
            ++result.reencodedFrames;
            if (progress)
                progress(++done, total);
        }
    }
    auto bytes = (*muxer)->finish();
    if (!bytes)
        return bytes.error();
    result.mp4 = std::move(*bytes);
    return result;
}

} // namespace lpdesk

#include "media/Trimmer.h"

#include "media/Codec.h"
#include "media/EncryptedAvio.h"
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

Result<TrimResult> Trimmer::trim(const QString& lpencPath, const X25519KeyPair& key, const TrimRequest& req,
                                 const Progress& progress, const std::atomic_bool* cancel)
{
    auto cancelled = [cancel] { return cancel && cancel->load(); };
    auto decoder = VideoDecoder::open(lpencPath, key);
    if (!decoder)
        return decoder.error();
    VideoDecoder& dec = **decoder;
    const QList<FrameInfo>& frames = dec.frames();
    const double frameDur = dec.frameRate() > 0 ? 1.0 / dec.frameRate() : 0.04;
    const double duration = dec.duration();
    if (!(req.from >= 0) || !(req.to > req.from))
        return makeError(ErrorKind::Usage,
                         tr("The trim needs 0 ≤ in < out (got %1 to %2 s).").arg(req.from).arg(req.to));
    if (req.from >= duration - frameDur / 2 || req.to > duration + frameDur / 2)
        return makeError(
            ErrorKind::Usage,
            tr("The range %1–%2 s is outside the clip (0–%3 s).").arg(req.from).arg(req.to).arg(duration, 0, 'f', 3));
    const int a = dec.frameIndexAt(req.from);
    const int b = dec.frameIndexAt(req.to - frameDur / 2);
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
    QSet<qint64> keyframePts;
    bool bFrames = vst->codecpar->video_delay > 0;
    {
        PacketPtr pkt = allocPacket();
        while (av_read_frame(fmt, pkt.get()) >= 0) {
            if (pkt->stream_index == vs) {
                if (pkt->pts != AV_NOPTS_VALUE && pkt->dts != AV_NOPTS_VALUE && pkt->pts != pkt->dts)
                    bFrames = true;
                if (pkt->flags & AV_PKT_FLAG_KEY)
                    keyframePts.insert(pkt->pts);
            }
            av_packet_unref(pkt.get());
        }
    }
    AvcConfig srcConfig;
    const QByteArray srcExtradata(reinterpret_cast<const char*>(vst->codecpar->extradata),
                                  vst->codecpar->extradata_size);
    const bool avcc = vst->codecpar->codec_id == AV_CODEC_ID_H264 && parseAvcc(srcExtradata, &srcConfig);

    TrimResult result;
    TrimRequest::Mode mode = req.mode;
    if (mode == TrimRequest::Mode::Smart && (bFrames || !avcc || srcConfig.lengthSize != 4)) {
        result.notes << tr("smart trim needs H.264 in MP4 without B-frames; re-encoded instead");
        mode = TrimRequest::Mode::Reencode;
    }
    result.modeUsed = TrimRequest::modeName(mode);

    int start = a; // first frame in the output
    if (mode == TrimRequest::Mode::Copy) {
        while (start > 0 && !frames[start].keyframe)
            --start;
    }
    int copyFrom = -1; // first frame copied as packets (-1: none)
    int encodeTo = -1; // last frame re-encoded (-1: none)
    if (mode == TrimRequest::Mode::Copy) {
        copyFrom = start;
    } else if (mode == TrimRequest::Mode::Smart) {
        int ka = a;
        while (ka <= b && !frames[ka].keyframe)
            ++ka;
        if (ka <= b) {
            copyFrom = ka;
            encodeTo = ka - 1;
        } else {
            encodeTo = b;
        }
    } else {
        encodeTo = b;
    }
    result.firstFrame = start;
    result.lastFrame = b;
    result.actualFrom = frames[start].seconds;
    result.actualTo = frames[b].seconds + frameDur;
    const qint64 basePts = frames[start].pts;
    const int total = b - start + 1;

    auto muxer = Mp4Muxer::create();
    if (!muxer)
        return muxer.error();

    // The re-encoder for the head (smart) or the whole range (reencode).
    std::unique_ptr<VideoEncoder> encoder;
    AvcConfig encConfig;
    if (encodeTo >= start) {
        VideoEncoder::Settings s;
        s.width = dec.width();
        s.height = dec.height();
        s.timeBase = vtb;
        s.frameRate = vst->avg_frame_rate.num > 0 ? vst->avg_frame_rate
                                                  : AVRational {static_cast<int>(std::lround(dec.frameRate())), 1};
        s.gop = std::max(1, static_cast<int>(std::lround(dec.frameRate() * 2)));
        if (mode == TrimRequest::Mode::Smart) {
            s.lossless = true;
            s.preset = "veryfast";
            QSet<int> used;
            for (const QByteArray& x : srcConfig.sps)
                used.insert(spsId(x));
            for (const QByteArray& x : srcConfig.pps)
                used.insert(ppsId(x));
            int id = 1;
            while (used.contains(id) && id < 31)
                ++id;
            s.spsId = id;
        } else {
            s.crf = 18;
            s.preset = "fast";
        }
        auto e = VideoEncoder::open(s);
        if (!e)
            return e.error();
        encoder = std::move(*e);
        result.encoder = encoder->description();
        const QByteArray encExtra(reinterpret_cast<const char*>(encoder->context()->extradata),
                                  encoder->context()->extradata_size);
        for (const QByteArray& nal : annexBUnits(encExtra)) {
            const int type = nal.isEmpty() ? 0 : (static_cast<unsigned char>(nal[0]) & 0x1f);
            if (type == 7)
                encConfig.sps << nal;
            else if (type == 8)
                encConfig.pps << nal;
        }
    }

    // Output video stream: parameters of the source (copy, smart) or the encoder (reencode).
    int outVideo = -1;
    if (mode == TrimRequest::Mode::Reencode) {
        auto idx = (*muxer)->addStream(encoder->context());
        if (!idx)
            return idx.error();
        outVideo = *idx;
    } else {
        auto idx = (*muxer)->addStream(vst->codecpar, vtb);
        if (!idx)
            return idx.error();
        outVideo = *idx;
        if (encoder) {
            AvcConfig merged = srcConfig;
            merged.sps << encConfig.sps;
            merged.pps << encConfig.pps;
            const QByteArray avcc = buildAvcc(merged);
            AVCodecParameters* par = (*muxer)->stream(outVideo)->codecpar;
            av_freep(&par->extradata);
            par->extradata = static_cast<uint8_t*>(
                av_mallocz(static_cast<std::size_t>(avcc.size()) + AV_INPUT_BUFFER_PADDING_SIZE));
            memcpy(par->extradata, avcc.constData(), static_cast<std::size_t>(avcc.size()));
            par->extradata_size = static_cast<int>(avcc.size());
            result.notes
                << tr("frames %1–%2 re-encoded losslessly with their own parameter sets; the rest stream-copied")
                       .arg(start)
                       .arg(encodeTo);
        }
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
    // 1. Re-encoded frames (decoded exactly, keeping their original timestamps).
    if (encoder) {
        const qint64 frameTicks = std::max<qint64>(1, av_rescale_q(1, av_inv_q(encoder->context()->framerate), vtb));
        auto writeEncoded = [&](AVPacket* pkt) -> Status {
            pkt->duration = frameTicks;
            if (mode == TrimRequest::Mode::Smart) {
                const QByteArray converted
                    = annexBToLengthPrefixed(QByteArray(reinterpret_cast<const char*>(pkt->data), pkt->size), true);
                PacketPtr out = allocPacket();
                av_new_packet(out.get(), static_cast<int>(converted.size()));
                memcpy(out->data, converted.constData(), static_cast<std::size_t>(converted.size()));
                out->pts = pkt->pts - basePts;
                out->dts = pkt->dts - basePts;
                out->duration = pkt->duration;
                out->flags = pkt->flags;
                return (*muxer)->write(out.get(), outVideo, vtb);
            }
            pkt->pts -= basePts;
            pkt->dts -= basePts;
            return (*muxer)->write(pkt, outVideo, vtb);
        };
        const int last = encodeTo;
        for (int i = start; i <= last; ++i) {
            if (cancelled())
                return makeError(ErrorKind::Cancelled, tr("Cancelled."));
            auto frame = dec.decodedFrame(i);
            if (!frame)
                return frame.error();
            FramePtr copy = allocFrame();
            av_frame_ref(copy.get(), *frame);
            copy->pts = frames[i].pts;
            copy->pict_type = AV_PICTURE_TYPE_NONE;
            if (mode == TrimRequest::Mode::Smart && i == start)
                copy->pict_type = AV_PICTURE_TYPE_I;
            LP_TRY(encoder->encode(copy.get(), writeEncoded));
            ++result.reencodedFrames;
            if (progress)
                progress(++done, total);
        }
        LP_TRY(encoder->encode(nullptr, writeEncoded));
    }

    // 2. Stream-copied packets (video from copyFrom through b, audio inside the output's time range).
    const double startSeconds = static_cast<double>(basePts) * av_q2d(vtb);
    const double endSeconds = static_cast<double>(frames[b].pts) * av_q2d(vtb) + frameDur;
    if (avformat_seek_file(fmt, -1, INT64_MIN, 0, 0, AVSEEK_FLAG_BACKWARD) < 0)
        av_seek_frame(fmt, vs, 0, AVSEEK_FLAG_BACKWARD);
    PacketPtr pkt = allocPacket();
    const qint64 copyFromPts = copyFrom >= 0 ? frames[copyFrom].pts : std::numeric_limits<qint64>::max();
    const qint64 lastPts = frames[b].pts;
    bool checkedIdr = false;
    while (av_read_frame(fmt, pkt.get()) >= 0) {
        if (cancelled())
            return makeError(ErrorKind::Cancelled, tr("Cancelled."));
        const int si = pkt->stream_index;
        Status written;
        if (si == vs && copyFrom >= 0 && pkt->pts >= copyFromPts && pkt->pts <= lastPts) {
            if (!checkedIdr && mode == TrimRequest::Mode::Smart) {
                checkedIdr = true;
                if (!firstSliceIsIdr(pkt.get(), srcConfig.lengthSize))
                    return failure(tr("The keyframe at %1 s is not an IDR frame; use --mode reencode.")
                                       .arg(frames[copyFrom].seconds));
            }
            pkt->pts -= basePts;
            pkt->dts -= basePts;
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
    auto bytes = (*muxer)->finish();
    if (!bytes)
        return bytes.error();
    result.mp4 = std::move(*bytes);
    return result;
}

} // namespace lpdesk

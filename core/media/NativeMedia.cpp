#include "media/NativeMedia.h"

#include "media/EncryptedAvio.h"
#include "media/VideoDecoder.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/display.h>
}

#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <memory>
#include <vector>

namespace lpdesk {

namespace {

// An open demuxer on an encrypted master; closes in the right order (the context before its AVIO).
struct NativeInput
{
    std::unique_ptr<EncryptedAvio> avio;
    AVFormatContext* fmt = nullptr;
    ~NativeInput()
    {
        if (fmt)
            avformat_close_input(&fmt);
    }
};

Result<std::unique_ptr<NativeInput>> openNative(const QString& path, const X25519KeyPair& key, const NativeHints& hints)
{
    auto reader = LpencReader::open(path, key);
    if (!reader)
        return reader.error();
    auto in = std::make_unique<NativeInput>();
    in->avio = std::make_unique<EncryptedAvio>(std::move(*reader));
    AVFormatContext* fmt = avformat_alloc_context();
    fmt->pb = in->avio->context();
    fmt->flags |= AVFMT_FLAG_CUSTOM_IO | AVFMT_FLAG_GENPTS;
    fmt->probesize = 32 * 1024 * 1024; // what a hostile file can make the prober read
    const QByteArray name = hints.format.toLatin1();
    const AVInputFormat* forced = name.isEmpty() ? nullptr : av_find_input_format(name.constData());
    AVDictionary* options = nullptr;
    if (forced && hints.fps > 0 && (name == "h264" || name == "hevc"))
        av_dict_set(&options, "framerate", QByteArray::number(hints.fps, 'g', 10).constData(), 0);
    int rc = avformat_open_input(&fmt, nullptr, forced, &options);
    av_dict_free(&options);
    if (rc < 0)
        return failure(NativeMedia::tr("FFmpeg cannot read it (%1)").arg(ffmpegError(rc)));
    in->fmt = fmt;
    rc = avformat_find_stream_info(fmt, nullptr);
    if (rc < 0)
        return failure(NativeMedia::tr("FFmpeg cannot read its streams (%1)").arg(ffmpegError(rc)));
    return in;
}

QString tag(const AVDictionary* dict, const char* key)
{
    const AVDictionaryEntry* e = av_dict_get(dict, key, nullptr, 0);
    return e ? QString::fromUtf8(e->value) : QString();
}

bool usable(const AVStream* st)
{
    const AVCodecParameters* par = st->codecpar;
    if (st->disposition & AV_DISPOSITION_ATTACHED_PIC)
        return false;
    return (par->codec_type == AVMEDIA_TYPE_VIDEO && par->width > 0)
        || (par->codec_type == AVMEDIA_TYPE_AUDIO && par->codec_id != AV_CODEC_ID_NONE);
}

quint32 le32(const char* p)
{
    return quint32(quint8(p[0])) | quint32(quint8(p[1])) << 8 | quint32(quint8(p[2])) << 16
        | quint32(quint8(p[3])) << 24;
}

quint32 be32(const QByteArray& b, qsizetype at)
{
    if (at < 0 || at + 4 > b.size())
        return 0;
    return quint32(quint8(b[at])) << 24 | quint32(quint8(b[at + 1])) << 16 | quint32(quint8(b[at + 2])) << 8
        | quint32(quint8(b[at + 3]));
}

bool isRawFormat(const QString& format)
{
    return format == QLatin1String("h264") || format == QLatin1String("hevc");
}

// What the codec's parser reads from a raw H.264/H.265 elementary stream, without decoding a picture: the frame rate
// its timing states (SPS VUI, HEVC VPS) and each frame's picture order count, in decode order.
struct RawScan
{
    AVRational timing {0, 1};
    std::vector<int> poc;
    std::vector<bool> key;
};

Result<RawScan> scanRaw(AVFormatContext* fmt, int index, bool wholeStream, const std::atomic_bool* cancel)
{
    const AVCodecParameters* par = fmt->streams[index]->codecpar;
    std::unique_ptr<AVCodecParserContext, void (*)(AVCodecParserContext*)> parser(av_parser_init(par->codec_id),
                                                                                  av_parser_close);
    std::unique_ptr<AVCodecContext, void (*)(AVCodecContext*)> ctx(avcodec_alloc_context3(nullptr),
                                                                   [](AVCodecContext* c) { avcodec_free_context(&c); });
    if (!parser || !ctx || avcodec_parameters_to_context(ctx.get(), par) < 0)
        return failure(
            NativeMedia::tr("FFmpeg has no parser for %1.").arg(QString::fromLatin1(avcodec_get_name(par->codec_id))));
    parser->flags |= PARSER_FLAG_COMPLETE_FRAMES;
    if (par->codec_id == AV_CODEC_ID_H264)
        ctx->ticks_per_frame = 2; // as the H.264 decoder counts: the VUI clock ticks in fields
    std::unique_ptr<AVPacket, void (*)(AVPacket*)> pkt(av_packet_alloc(), [](AVPacket* p) { av_packet_free(&p); });
    RawScan scan;
    int rc = 0;
    while ((rc = av_read_frame(fmt, pkt.get())) >= 0) {
        if (cancel && cancel->load())
            return makeError(ErrorKind::Cancelled, NativeMedia::tr("Cancelled."));
        if (pkt->stream_index == index) {
            uint8_t* out = nullptr;
            int outSize = 0;
            av_parser_parse2(parser.get(), ctx.get(), &out, &outSize, pkt->data, pkt->size, AV_NOPTS_VALUE,
                             AV_NOPTS_VALUE, 0);
            scan.poc.push_back(parser->output_picture_number);
            scan.key.push_back(parser->key_frame == 1 || (pkt->flags & AV_PKT_FLAG_KEY));
        }
        av_packet_unref(pkt.get());
        if (!wholeStream && scan.poc.size() >= 8)
            break;
    }
    if (wholeStream && rc != AVERROR_EOF)
        return failure(NativeMedia::tr("The native file is damaged after %1 video packets: %2")
                           .arg(scan.poc.size())
                           .arg(ffmpegError(rc)));
    if (ctx->framerate.num > 0 && ctx->framerate.den > 0)
        scan.timing = ctx->framerate;
    return scan;
}

// Each frame's place in display order, from its picture order count: the count restarts at every IDR, so it is
// ranked within the run of frames from one such key frame to the next. A raw stream with B-frames has no other
// record of it, and copying its frames with decode-order timestamps would show them shuffled.
std::vector<qint64> presentationOrder(const RawScan& scan)
{
    std::vector<qint64> pts(scan.poc.size());
    std::size_t begin = 0;
    const auto rank = [&](std::size_t end) {
        std::vector<std::size_t> run(end - begin);
        for (std::size_t i = 0; i < run.size(); ++i)
            run[i] = begin + i;
        std::stable_sort(run.begin(), run.end(),
                         [&scan](std::size_t a, std::size_t b) { return scan.poc[a] < scan.poc[b]; });
        for (std::size_t r = 0; r < run.size(); ++r)
            pts[run[r]] = static_cast<qint64>(begin + r);
    };
    int highest = std::numeric_limits<int>::min();
    for (std::size_t i = 0; i < scan.poc.size(); ++i) {
        if (i > begin && scan.key[i] && scan.poc[i] <= highest) {
            rank(i);
            begin = i;
            highest = std::numeric_limits<int>::min();
        }
        highest = std::max(highest, scan.poc[i]);
    }
    rank(scan.poc.size());
    return pts;
}

int firstVideo(const AVFormatContext* fmt)
{
    for (unsigned i = 0; i < fmt->nb_streams; ++i)
        if (fmt->streams[i]->codecpar->codec_type == AVMEDIA_TYPE_VIDEO && usable(fmt->streams[i]))
            return static_cast<int>(i);
    return -1;
}

// The DateTimeOriginal (or DateTime) of an EXIF TIFF structure.
QDateTime tiffStart(const QByteArray& tiff, const QTimeZone& zone, bool* hadOffset)
{
    if (tiff.size() < 8)
        return {};
    const bool le = tiff.startsWith("II");
    if (!le && !tiff.startsWith("MM"))
        return {};
    const auto u16 = [&](qsizetype at) -> quint32 {
        if (at < 0 || at + 2 > tiff.size())
            return 0;
        const quint8 a = quint8(tiff[at]), b = quint8(tiff[at + 1]);
        return le ? (a | b << 8) : (a << 8 | b);
    };
    const auto u32
        = [&](qsizetype at) -> quint32 { return le ? (u16(at) | u16(at + 2) << 16) : (u16(at) << 16 | u16(at + 2)); };
    // Reads the ASCII value of `wanted` in the IFD at `ifd`, or the value of a pointer tag.
    const auto find = [&](quint32 ifd, quint32 wanted, bool pointer) -> QByteArray {
        const quint32 count = u16(ifd);
        for (quint32 i = 0; i < count && i < 512; ++i) {
            const qsizetype e = ifd + 2 + qsizetype(i) * 12;
            if (e + 12 > tiff.size())
                break;
            if (u16(e) != wanted)
                continue;
            if (pointer)
                return QByteArray::number(u32(e + 8));
            const quint32 n = u32(e + 4);
            const qsizetype at = n <= 4 ? e + 8 : qsizetype(u32(e + 8));
            if (n > 64 || at + n > tiff.size())
                return {};
            return tiff.mid(at, n).split('\0').value(0);
        }
        return {};
    };
    const quint32 ifd0 = u32(4);
    QByteArray when, offset;
    const QByteArray exifIfd = find(ifd0, 0x8769, true);
    if (!exifIfd.isEmpty()) {
        when = find(exifIfd.toUInt(), 0x9003, false);
        offset = find(exifIfd.toUInt(), 0x9011, false);
    }
    if (when.isEmpty())
        when = find(ifd0, 0x0132, false);
    const QDateTime local = QDateTime::fromString(QString::fromLatin1(when), QStringLiteral("yyyy:MM:dd HH:mm:ss"));
    if (!local.isValid())
        return {};
    static const QRegularExpression offsetRe(QStringLiteral(R"(^([+-])(\d{2}):(\d{2})\z)"));
    const auto m = offsetRe.match(QString::fromLatin1(offset));
    if (m.hasMatch()) {
        if (hadOffset)
            *hadOffset = true;
        const int secs = (m.captured(2).toInt() * 3600 + m.captured(3).toInt() * 60)
            * (m.captured(1) == QLatin1String("-") ? -1 : 1);
        return QDateTime(local.date(), local.time(), QTimeZone(secs)).toUTC();
    }
    return QDateTime(local.date(), local.time(), zone).toUTC();
}

// ISO BMFF boxes inside [from, to) of `data`: calls `each(type, payloadStart, payloadEnd)` until it returns true.
bool forEachBox(const QByteArray& data, qsizetype from, qsizetype to,
                const std::function<bool(const QByteArray&, qsizetype, qsizetype)>& each)
{
    qsizetype at = from;
    while (at + 8 <= to) {
        quint64 size = be32(data, at);
        const QByteArray type = data.mid(at + 4, 4);
        qsizetype header = 8;
        if (size == 1) {
            if (at + 16 > to)
                return false;
            size = quint64(be32(data, at + 8)) << 32 | be32(data, at + 12);
            header = 16;
        } else if (size == 0) {
            size = static_cast<quint64>(to - at);
        }
        if (size < static_cast<quint64>(header))
            return false;
        const qsizetype end = size > static_cast<quint64>(to - at) ? to : at + static_cast<qsizetype>(size);
        if (each(type, at + header, end))
            return true;
        at = end;
    }
    return false;
}

} // namespace

NativeHints NativeHints::forFile(const QString& fileName, double fps)
{
    const QString ext = QFileInfo(fileName).suffix().toLower();
    NativeHints h;
    h.fps = fps;
    if (ext == QLatin1String("h264") || ext == QLatin1String("264") || ext == QLatin1String("avc"))
        h.format = QStringLiteral("h264");
    else if (ext == QLatin1String("h265") || ext == QLatin1String("265") || ext == QLatin1String("hevc"))
        h.format = QStringLiteral("hevc");
    else if (ext == QLatin1String("dav"))
        h.format = QStringLiteral("dhav");
    return h;
}

QString NativeProbe::typeName(Type type)
{
    switch (type) {
    case Type::Video:
        return QStringLiteral("video");
    case Type::Audio:
        return QStringLiteral("audio");
    case Type::Image:
        return QStringLiteral("image");
    case Type::Document:
        break;
    }
    return QStringLiteral("document");
}

bool NativeProbe::needsWorkingCopy() const
{
    // The player and the trimmer are built around MP4/MOV; everything else is remuxed once, at intake.
    return type == Type::Video && !demuxer.startsWith(QLatin1String("mov,mp4"));
}

QJsonObject NativeProbe::toJson() const
{
    QJsonObject o = info.toJson();
    o.insert(QLatin1String("media_type"), typeName(type));
    o.insert(QLatin1String("demuxer"), demuxer);
    if (rotation)
        o.insert(QLatin1String("rotation"), rotation);
    if (!creationTime.isEmpty())
        o.insert(QLatin1String("creation_time"), creationTime);
    if (!timecode.isEmpty())
        o.insert(QLatin1String("timecode"), timecode);
    if (!problem.isEmpty())
        o.insert(QLatin1String("problem"), problem);
    return o;
}

QJsonObject Remuxed::toJson() const
{
    QJsonObject o {{QLatin1String("video_packets"), videoPackets}, {QLatin1String("audio_packets"), audioPackets}};
    if (!dropped.isEmpty())
        o.insert(QLatin1String("dropped_streams"), dropped.join(QStringLiteral(", ")));
    return o;
}

NativeProbe NativeMedia::probe(const QString& lpencPath, const X25519KeyPair& key, const NativeHints& hints)
{
    NativeProbe p;
    auto in = openNative(lpencPath, key, hints);
    if (!in) {
        p.problem = in.error().message;
        return p;
    }
    const AVFormatContext* fmt = (*in)->fmt;
    p.demuxer = QString::fromLatin1(fmt->iformat->name);
    p.info.container = p.demuxer;
    if (fmt->duration != AV_NOPTS_VALUE && fmt->duration > 0)
        p.info.duration = static_cast<double>(fmt->duration) / AV_TIME_BASE;
    p.creationTime = tag(fmt->metadata, "creation_time");
    p.timecode = tag(fmt->metadata, "timecode");
    for (unsigned i = 0; i < fmt->nb_streams; ++i) {
        const AVStream* st = fmt->streams[i];
        const AVCodecParameters* par = st->codecpar;
        if (!usable(st))
            continue;
        if (p.timecode.isEmpty())
            p.timecode = tag(st->metadata, "timecode");
        if (p.creationTime.isEmpty())
            p.creationTime = tag(st->metadata, "creation_time");
        if (par->codec_type == AVMEDIA_TYPE_VIDEO && p.info.videoCodec.isEmpty()) {
            p.info.videoCodec = QString::fromLatin1(avcodec_get_name(par->codec_id));
            p.info.width = par->width;
            p.info.height = par->height;
            const AVRational rate = st->avg_frame_rate.num > 0 ? st->avg_frame_rate : st->r_frame_rate;
            if (rate.num > 0 && rate.den > 0)
                p.info.fps = av_q2d(rate);
            if (const uint8_t* m = av_stream_get_side_data(st, AV_PKT_DATA_DISPLAYMATRIX, nullptr)) {
                const double ccw = av_display_rotation_get(reinterpret_cast<const int32_t*>(m));
                if (!std::isnan(ccw))
                    p.rotation = static_cast<int>(std::lround(ccw));
            }
        } else if (par->codec_type == AVMEDIA_TYPE_AUDIO && p.info.audioCodec.isEmpty()) {
            p.info.audioCodec = QString::fromLatin1(avcodec_get_name(par->codec_id));
            p.info.sampleRate = par->sample_rate;
            p.info.channels = par->ch_layout.nb_channels;
        }
    }
    if (p.demuxer == QLatin1String("tty")) // FFmpeg reads any text file as ANSI art
        p.problem = tr("FFmpeg sees only text in it");
    else if (p.demuxer == QLatin1String("image2") || p.demuxer.endsWith(QLatin1String("_pipe")))
        p.type = p.info.hasVideo() ? NativeProbe::Type::Image : NativeProbe::Type::Document;
    else if (p.info.hasVideo())
        p.type = NativeProbe::Type::Video;
    else if (!p.info.audioCodec.isEmpty())
        p.type = NativeProbe::Type::Audio;
    else
        p.problem = tr("FFmpeg finds no picture or sound in it");
    if (p.type == NativeProbe::Type::Video && isRawFormat(hints.format) && p.demuxer == hints.format) {
        // FFmpeg's raw demuxers assume 25 fps where the stream states nothing: the rate is the investigator's or
        // the stream's own, never a guess.
        p.rawStream = true;
        p.info.fps = 0;
        if (const int v = firstVideo((*in)->fmt); v >= 0)
            if (auto scan = scanRaw((*in)->fmt, v, false, nullptr); scan && scan->timing.num > 0)
                p.streamFps = av_q2d(scan->timing);
        if (hints.fps > 0) {
            p.info.fps = hints.fps;
            p.fpsSource = QStringLiteral("investigator");
        } else if (p.streamFps > 0) {
            p.info.fps = p.streamFps;
            p.fpsSource = QStringLiteral("stream timing");
        }
    }
    if (p.type == NativeProbe::Type::Video && !p.needsWorkingCopy())
        // Played as it is: listed with the player's duration, to the end of the last frame (a phone's audio
        // track often runs longer than its video).
        if (auto decoder = VideoDecoder::open(lpencPath, key)) {
            p.info.containerDuration = p.info.duration;
            p.info.duration = (*decoder)->duration();
        }
    return p;
}

Result<Remuxed> NativeMedia::remuxToMp4(const QString& lpencPath, const X25519KeyPair& key, const NativeHints& hints,
                                        const Progress& progress, const std::atomic_bool* cancel)
{
    auto in = openNative(lpencPath, key, hints);
    if (!in)
        return in.error();
    AVFormatContext* src = (*in)->fmt;
    // A raw stream is read twice: first for its frames' display order and its timing, then copied.
    const bool raw = isRawFormat(hints.format) && QLatin1String(src->iformat->name) == hints.format;
    const int rawVideo = raw ? firstVideo(src) : -1;
    std::vector<qint64> rawPts;
    qint64 rawDelay = 0;
    AVRational rawStep {0, 1};
    if (rawVideo >= 0) {
        auto first = openNative(lpencPath, key, hints);
        if (!first)
            return first.error();
        auto scan = scanRaw((*first)->fmt, rawVideo, true, cancel);
        if (!scan)
            return scan.error();
        const AVRational rate = hints.fps > 0 ? av_d2q(hints.fps, 1001000) : scan->timing;
        if (rate.num <= 0 || rate.den <= 0)
            return makeError(ErrorKind::Usage, tr("The raw stream does not state its frame rate; give it with --fps."));
        rawStep = av_inv_q(rate);
        rawPts = presentationOrder(*scan);
        for (std::size_t i = 0; i < rawPts.size(); ++i)
            rawDelay = std::max(rawDelay, static_cast<qint64>(i) - rawPts[i]);
    }
    MemoryAvioSink sink;
    AVFormatContext* out = nullptr;
    if (avformat_alloc_output_context2(&out, nullptr, "mp4", nullptr) < 0 || !out)
        return failure(tr("FFmpeg has no MP4 muxer."));
    std::unique_ptr<AVFormatContext, void (*)(AVFormatContext*)> outGuard(out, avformat_free_context);
    out->pb = sink.context();
    out->flags |= AVFMT_FLAG_CUSTOM_IO;
    av_dict_copy(&out->metadata, src->metadata, 0);
    Remuxed r;
    std::vector<int> map(src->nb_streams, -1);
    std::vector<qint64> lastDts(src->nb_streams, AV_NOPTS_VALUE);
    std::vector<qint64> counter(src->nb_streams, 0);
    bool anyVideo = false;
    for (unsigned i = 0; i < src->nb_streams; ++i) {
        AVStream* st = src->streams[i];
        if (!usable(st))
            continue;
        if (avformat_query_codec(out->oformat, st->codecpar->codec_id, FF_COMPLIANCE_NORMAL) != 1) {
            r.dropped << QStringLiteral("#%1 %2").arg(i).arg(
                QString::fromLatin1(avcodec_get_name(st->codecpar->codec_id)));
            continue;
        }
        AVStream* os = avformat_new_stream(out, nullptr);
        if (!os || avcodec_parameters_copy(os->codecpar, st->codecpar) < 0)
            return failure(tr("Cannot set up the working copy's streams."));
        os->codecpar->codec_tag = 0;
        os->time_base = st->time_base;
        av_dict_copy(&os->metadata, st->metadata, 0);
        for (int s = 0; s < st->nb_side_data; ++s) { // keeps the display matrix (rotation) and the like
            const AVPacketSideData& sd = st->side_data[s];
            if (uint8_t* copy = av_stream_new_side_data(os, sd.type, sd.size))
                std::memcpy(copy, sd.data, sd.size);
        }
        anyVideo = anyVideo || st->codecpar->codec_type == AVMEDIA_TYPE_VIDEO;
        map[i] = os->index;
    }
    if (!anyVideo)
        return failure(tr("No video stream that MP4 can carry (%1).").arg(r.dropped.join(QStringLiteral(", "))));
    int rc = avformat_write_header(out, nullptr);
    if (rc < 0)
        return failure(tr("Cannot start the working copy: %1").arg(ffmpegError(rc)));
    AVPacket* pkt = av_packet_alloc();
    std::unique_ptr<AVPacket, void (*)(AVPacket*)> pktGuard(pkt, [](AVPacket* p) { av_packet_free(&p); });
    const qint64 total = static_cast<qint64>((*in)->avio->reader().size());
    while ((rc = av_read_frame(src, pkt)) >= 0) {
        if (cancel && cancel->load())
            return makeError(ErrorKind::Cancelled, tr("Cancelled."));
        const int si = pkt->stream_index;
        if (si < 0 || si >= static_cast<int>(map.size()) || map[si] < 0) {
            av_packet_unref(pkt);
            continue;
        }
        AVStream* st = src->streams[si];
        if (si == rawVideo) {
            // Display order from the picture order counts, decode order behind it by the reordering delay.
            const qint64 n = counter[si];
            const qint64 shown = n < static_cast<qint64>(rawPts.size()) ? rawPts[static_cast<std::size_t>(n)] : n;
            pkt->pts = av_rescale_q(shown, rawStep, st->time_base);
            pkt->dts = av_rescale_q(n - rawDelay, rawStep, st->time_base);
            pkt->duration = av_rescale_q(1, rawStep, st->time_base);
        } else if (pkt->dts == AV_NOPTS_VALUE && pkt->pts == AV_NOPTS_VALUE) {
            // Raw elementary streams carry no timestamps: number the frames at the stream's rate.
            const AVRational rate = st->avg_frame_rate.num > 0 ? st->avg_frame_rate : st->r_frame_rate;
            const AVRational step = rate.num > 0 ? av_inv_q(rate) : AVRational {1, 25};
            pkt->dts = pkt->pts = av_rescale_q(counter[si], step, st->time_base);
        } else {
            if (pkt->dts == AV_NOPTS_VALUE)
                pkt->dts = pkt->pts;
            else if (pkt->pts == AV_NOPTS_VALUE)
                pkt->pts = pkt->dts;
            // The copy starts at 0 like every clip (MPEG-TS and DVR streams start wherever the recorder's clock was).
            if (src->start_time != AV_NOPTS_VALUE) {
                const int64_t shift = av_rescale_q(src->start_time, AV_TIME_BASE_Q, st->time_base);
                pkt->pts -= shift;
                pkt->dts -= shift;
            }
        }
        ++counter[si];
        if (lastDts[si] != AV_NOPTS_VALUE && pkt->dts <= lastDts[si]) {
            pkt->dts = lastDts[si] + 1;
            pkt->pts = std::max(pkt->pts, pkt->dts);
        }
        lastDts[si] = pkt->dts;
        const bool video = st->codecpar->codec_type == AVMEDIA_TYPE_VIDEO;
        AVStream* os = out->streams[map[si]];
        av_packet_rescale_ts(pkt, st->time_base, os->time_base);
        pkt->stream_index = map[si];
        pkt->pos = -1;
        rc = av_interleaved_write_frame(out, pkt);
        if (rc < 0)
            return failure(tr("Cannot write the working copy: %1").arg(ffmpegError(rc)));
        (video ? r.videoPackets : r.audioPackets)++;
        if (sink.data().size() > MaxWorkingCopyBytes)
            return failure(tr("The working copy would be larger than %1 GiB.").arg(MaxWorkingCopyBytes >> 30));
        if (progress)
            progress(std::min(static_cast<qint64>((*in)->avio->bytesRead()), total), total);
    }
    if (rc != AVERROR_EOF)
        return failure(
            tr("The native file is damaged after %1 video packets: %2").arg(r.videoPackets).arg(ffmpegError(rc)));
    if (r.videoPackets == 0)
        return failure(tr("The native file holds no video frames."));
    rc = av_write_trailer(out);
    if (rc < 0)
        return failure(tr("Cannot finish the working copy: %1").arg(ffmpegError(rc)));
    r.mp4 = sink.data();
    return r;
}

QDateTime NativeMedia::containerStart(const QString& creationTime)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:?\d{2})?\z)"));
    const auto m = re.match(creationTime.trimmed());
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const int ms = m.captured(7).isEmpty() ? 0 : (m.captured(7) + QStringLiteral("00")).left(3).toInt();
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), ms);
    // Muxers write 1904/1970 when nobody set the clock: not a start time.
    if (!date.isValid() || !time.isValid() || date.year() < 1995)
        return {};
    QString zone = m.captured(8);
    int offset = 0;
    if (!zone.isEmpty() && zone != QLatin1String("Z")) {
        zone.remove(QLatin1Char(':'));
        offset = (zone.mid(1, 2).toInt() * 3600 + zone.mid(3, 2).toInt() * 60) * (zone[0] == QLatin1Char('-') ? -1 : 1);
    }
    // MP4/MOV/MKV creation times are UTC when they carry no offset.
    return QDateTime(date, time, QTimeZone(offset)).toUTC();
}

QDateTime NativeMedia::dhavStart(const QByteArray& head, const QTimeZone& zone)
{
    // DHAV frame header: "DHAV", type, subtype, channel, subnumber, frame number (4), length (4), date (4, LE):
    // seconds 6 bits, minutes 6, hours 5, day 5, month 4, year - 2000 6 — the recorder's local time. Some exports
    // open with a 1 KiB "DAHUA" file header before the first frame (FFmpeg's dhav demuxer skips it the same way).
    const qsizetype at = head.startsWith("DAHUA") ? 0x400 : 0;
    if (head.size() < at + 20 || head.mid(at, 4) != "DHAV")
        return {};
    const quint32 d = le32(head.constData() + at + 16);
    const QDate date(static_cast<int>((d >> 26) & 0x3F) + 2000, static_cast<int>((d >> 22) & 0x0F),
                     static_cast<int>((d >> 17) & 0x1F));
    const QTime time(static_cast<int>((d >> 12) & 0x1F), static_cast<int>((d >> 6) & 0x3F), static_cast<int>(d & 0x3F));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, zone).toUTC();
}

QDateTime NativeMedia::exifStart(const QByteArray& head, const QTimeZone& zone, bool* hadOffset)
{
    if (hadOffset)
        *hadOffset = false;
    // Find the APP1 "Exif" segment of a JPEG.
    if (head.size() < 4 || quint8(head[0]) != 0xFF || quint8(head[1]) != 0xD8)
        return {};
    qsizetype p = 2;
    QByteArray tiff;
    while (p + 4 <= head.size() && quint8(head[p]) == 0xFF) {
        const int marker = quint8(head[p + 1]);
        const int len = (quint8(head[p + 2]) << 8) | quint8(head[p + 3]);
        if (marker == 0xDA || len < 2)
            break;
        if (marker == 0xE1 && head.mid(p + 4, 6) == QByteArray("Exif\0\0", 6)) {
            tiff = head.mid(p + 10, len - 8);
            break;
        }
        p += 2 + len;
    }
    return tiffStart(tiff, zone, hadOffset);
}

bool NativeMedia::isHeif(const QByteArray& head)
{
    if (head.mid(4, 4) != "ftyp" || be32(head, 0) < 16)
        return false;
    static const QList<QByteArray> brands {"heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1"};
    const qsizetype end = std::min<qsizetype>(head.size(), be32(head, 0));
    for (qsizetype at = 8; at + 4 <= end; at += 4)
        if (at != 12 && brands.contains(head.mid(at, 4))) // 12: the minor version
            return true;
    return false;
}

QDateTime NativeMedia::heifExifStart(const QByteArray& head, const std::function<QByteArray(qint64, qint64)>& read,
                                     const QTimeZone& zone, bool* hadOffset)
{
    if (hadOffset)
        *hadOffset = false;
    // meta → iinf names the item of type "Exif", iloc says where its bytes are.
    qsizetype metaFrom = -1, metaTo = -1;
    forEachBox(head, 0, head.size(), [&](const QByteArray& type, qsizetype from, qsizetype to) {
        if (type != "meta")
            return false;
        metaFrom = from + 4; // a full box: version and flags first
        metaTo = to;
        return true;
    });
    if (metaFrom < 0)
        return {};
    quint32 exifItem = 0;
    qint64 exifOffset = -1, exifLength = 0;
    forEachBox(head, metaFrom, metaTo, [&](const QByteArray& type, qsizetype from, qsizetype to) {
        if (type != "iinf")
            return false;
        const int version = quint8(head[from]);
        const qsizetype entries = version == 0 ? 6 : 8;
        forEachBox(head, from + entries, to, [&](const QByteArray& t, qsizetype f, qsizetype) {
            if (t != "infe" || f + 4 > head.size())
                return false;
            const int v = quint8(head[f]);
            if (v < 2)
                return false;
            const quint32 id = v == 2 ? be32(head, f + 4) >> 16 : be32(head, f + 4);
            const qsizetype typeAt = f + (v == 2 ? 8 : 10);
            if (head.mid(typeAt, 4) == "Exif") {
                exifItem = id;
                return true;
            }
            return false;
        });
        return true;
    });
    if (exifItem == 0)
        return {};
    forEachBox(head, metaFrom, metaTo, [&](const QByteArray& type, qsizetype from, qsizetype to) {
        if (type != "iloc" || from + 8 > to)
            return false;
        const int version = quint8(head[from]);
        qsizetype at = from + 4;
        const int offsetSize = quint8(head[at]) >> 4, lengthSize = quint8(head[at]) & 0xF;
        const int baseSize = quint8(head[at + 1]) >> 4;
        const int indexSize = (version == 1 || version == 2) ? quint8(head[at + 1]) & 0xF : 0;
        at += 2;
        const auto uint = [&](int bytes) -> quint64 {
            quint64 v = 0;
            for (int i = 0; i < bytes; ++i, ++at)
                v = v << 8 | (at < to ? quint8(head[at]) : 0);
            return v;
        };
        const quint64 count = uint(version < 2 ? 2 : 4);
        for (quint64 item = 0; item < count && at < to; ++item) {
            const quint64 id = uint(version < 2 ? 2 : 4);
            int method = 0;
            if (version == 1 || version == 2)
                method = static_cast<int>(uint(2) & 0xF);
            uint(2); // data reference index
            const quint64 base = uint(baseSize);
            const quint64 extents = uint(2);
            for (quint64 e = 0; e < extents && at < to; ++e) {
                uint(indexSize);
                const quint64 offset = uint(offsetSize), length = uint(lengthSize);
                if (id == exifItem && e == 0 && method == 0) {
                    exifOffset = static_cast<qint64>(base + offset);
                    exifLength = static_cast<qint64>(length);
                }
            }
        }
        return true;
    });
    if (exifOffset < 0 || exifLength < 8 || exifLength > 1024 * 1024)
        return {};
    // The item: the offset of the TIFF header (after "Exif\0\0" where a writer put one), then EXIF as in a JPEG.
    const QByteArray item = read(exifOffset, exifLength);
    if (item.size() != exifLength)
        return {};
    const quint32 skip = be32(item, 0);
    if (skip > static_cast<quint32>(item.size()) - 4)
        return {};
    return tiffStart(item.mid(4 + skip), zone, hadOffset);
}

} // namespace lpdesk

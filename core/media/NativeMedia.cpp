#include "media/NativeMedia.h"

#include "media/EncryptedAvio.h"
#include "media/NativeInput.h"
#include "media/SoundToAac.h"
#include "media/VideoDecoder.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/display.h>
}

#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <memory>
#include <vector>

namespace lpdesk {

namespace native {

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

bool usable(const AVStream* st)
{
    const AVCodecParameters* par = st->codecpar;
    if (st->disposition & AV_DISPOSITION_ATTACHED_PIC)
        return false;
    return (par->codec_type == AVMEDIA_TYPE_VIDEO && par->width > 0)
        || (par->codec_type == AVMEDIA_TYPE_AUDIO && par->codec_id != AV_CODEC_ID_NONE);
}

int firstVideo(const AVFormatContext* fmt)
{
    for (unsigned i = 0; i < fmt->nb_streams; ++i)
        if (fmt->streams[i]->codecpar->codec_type == AVMEDIA_TYPE_VIDEO && usable(fmt->streams[i]))
            return static_cast<int>(i);
    return -1;
}

} // namespace native

using native::firstVideo;
using native::NativeInput;
using native::openNative;
using native::usable;

namespace {

QString tag(const AVDictionary* dict, const char* key)
{
    const AVDictionaryEntry* e = av_dict_get(dict, key, nullptr, 0);
    return e ? QString::fromUtf8(e->value) : QString();
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

// A raw stream's timing from a first pass: its frames' display order and the rate to number them at.
struct RawTiming
{
    int video = -1; // the raw video stream's index; -1: not a raw stream
    std::vector<qint64> pts;
    qint64 delay = 0;
    AVRational step {0, 1};
};

Result<RawTiming> rawTiming(const QString& lpencPath, const X25519KeyPair& key, const NativeHints& hints,
                            AVFormatContext* src, const std::atomic_bool* cancel)
{
    RawTiming t;
    const bool raw = isRawFormat(hints.format) && QLatin1String(src->iformat->name) == hints.format;
    t.video = raw ? firstVideo(src) : -1;
    if (t.video < 0)
        return t;
    auto first = openNative(lpencPath, key, hints);
    if (!first)
        return first.error();
    auto scan = scanRaw((*first)->fmt, t.video, true, cancel);
    if (!scan)
        return scan.error();
    const AVRational rate = hints.fps > 0 ? av_d2q(hints.fps, 1001000) : scan->timing;
    if (rate.num <= 0 || rate.den <= 0)
        return makeError(ErrorKind::Usage,
                         NativeMedia::tr("The raw stream does not state its frame rate; give it (Frame rate in Add "
                                         "evidence; --fps for lpdesk-cli)."));
    t.step = av_inv_q(rate);
    t.pts = presentationOrder(*scan);
    for (std::size_t i = 0; i < t.pts.size(); ++i)
        t.delay = std::max(t.delay, static_cast<qint64>(i) - t.pts[i]);
    return t;
}

// The MP4's streams: every usable input stream MP4 can carry (map: input index -> output index, else -1), and the
// first sound it cannot carry as it is (a DVR's or phone's PCM) encoded to AAC; any other is named in dropped.
Status addMp4Streams(AVFormatContext* src, AVFormatContext* out, std::vector<int>& map, QStringList& dropped,
                     SoundToAac& sound)
{
    bool anyVideo = false;
    for (unsigned i = 0; i < src->nb_streams; ++i) {
        AVStream* st = src->streams[i];
        if (!usable(st))
            continue;
        if (avformat_query_codec(out->oformat, st->codecpar->codec_id, FF_COMPLIANCE_NORMAL) != 1) {
            if (st->codecpar->codec_type == AVMEDIA_TYPE_AUDIO && !sound.isOpen() && sound.open(src, i)) {
                AVStream* os = avformat_new_stream(out, nullptr);
                if (!os || avcodec_parameters_from_context(os->codecpar, sound.encoder()) < 0)
                    return failure(NativeMedia::tr("Cannot set up the working copy's streams."));
                os->time_base = sound.encoder()->time_base;
                av_dict_copy(&os->metadata, st->metadata, 0);
                map[i] = os->index;
                continue;
            }
            dropped << QStringLiteral("#%1 %2").arg(i).arg(
                QString::fromLatin1(avcodec_get_name(st->codecpar->codec_id)));
            continue;
        }
        AVStream* os = avformat_new_stream(out, nullptr);
        if (!os || avcodec_parameters_copy(os->codecpar, st->codecpar) < 0)
            return failure(NativeMedia::tr("Cannot set up the working copy's streams."));
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
        return failure(
            NativeMedia::tr("No video stream that MP4 can carry (%1).").arg(dropped.join(QStringLiteral(", "))));
    return {};
}

// What the copy has stamped so far in one stream.
struct StreamClock
{
    qint64 counter = 0;
    qint64 lastDts = AV_NOPTS_VALUE;
    qint64 firstPts = AV_NOPTS_VALUE, maxPts = AV_NOPTS_VALUE; // shown first and last so far, for durations
};

// A video picture without a duration (Matroska writes none but for the last block, often not even that) lasts the
// mean interval of the pictures before it: MP4 ends a track at its latest picture's time plus that picture's
// duration, and a last picture of duration 0 would lie past the end and be dropped by every player.
void estimateDuration(const AVStream* st, AVPacket* pkt, StreamClock& clock)
{
    if (st->codecpar->codec_type != AVMEDIA_TYPE_VIDEO || pkt->pts == AV_NOPTS_VALUE)
        return;
    if (pkt->duration <= 0 && clock.counter > 1 && clock.maxPts > clock.firstPts)
        pkt->duration = std::max<qint64>(1, (clock.maxPts - clock.firstPts) / (clock.counter - 1));
    else if (pkt->duration <= 0) {
        const AVRational rate = st->avg_frame_rate.num > 0 ? st->avg_frame_rate : st->r_frame_rate;
        pkt->duration = rate.num > 0 ? std::max<qint64>(1, av_rescale_q(1, av_inv_q(rate), st->time_base)) : 1;
    }
    clock.firstPts = clock.firstPts == AV_NOPTS_VALUE ? pkt->pts : std::min<qint64>(clock.firstPts, pkt->pts);
    clock.maxPts = clock.maxPts == AV_NOPTS_VALUE ? pkt->pts : std::max<qint64>(clock.maxPts, pkt->pts);
}

// A packet's timestamps for the copy: numbered for raw streams, shifted to start at 0, decode times increasing.
void stampPacket(const AVFormatContext* src, const AVStream* st, AVPacket* pkt, const RawTiming& raw, bool isRaw,
                 StreamClock& clock)
{
    qint64& counter = clock.counter;
    qint64& lastDts = clock.lastDts;
    if (isRaw) {
        // Display order from the picture order counts, decode order behind it by the reordering delay.
        const qint64 n = counter;
        const qint64 shown = n < static_cast<qint64>(raw.pts.size()) ? raw.pts[static_cast<std::size_t>(n)] : n;
        pkt->pts = av_rescale_q(shown, raw.step, st->time_base);
        pkt->dts = av_rescale_q(n - raw.delay, raw.step, st->time_base);
        pkt->duration = av_rescale_q(1, raw.step, st->time_base);
    } else if (pkt->dts == AV_NOPTS_VALUE && pkt->pts == AV_NOPTS_VALUE) {
        // Raw elementary streams carry no timestamps: number the frames at the stream's rate.
        const AVRational rate = st->avg_frame_rate.num > 0 ? st->avg_frame_rate : st->r_frame_rate;
        const AVRational step = rate.num > 0 ? av_inv_q(rate) : AVRational {1, 25};
        pkt->dts = pkt->pts = av_rescale_q(counter, step, st->time_base);
    } else {
        // The copy starts at 0 like every clip (MPEG-TS and DVR streams start wherever the recorder's clock was).
        const int64_t shift
            = src->start_time != AV_NOPTS_VALUE ? av_rescale_q(src->start_time, AV_TIME_BASE_Q, st->time_base) : 0;
        if (pkt->dts == AV_NOPTS_VALUE && pkt->pts != AV_NOPTS_VALUE && st->codecpar->video_delay > 0) {
            // Matroska keeps no decode times. With B-frames they follow one frame apart, the reordering delay behind
            // the first picture (as the ffmpeg CLI predicts them), never after a picture's own time; taking each
            // picture's time instead would push every later one a tick after the last (1 ms apart in an MKV).
            const AVRational rate = st->avg_frame_rate.num > 0 ? st->avg_frame_rate : st->r_frame_rate;
            const qint64 step = pkt->duration > 0 ? pkt->duration
                : rate.num > 0                    ? std::max<qint64>(1, av_rescale_q(1, av_inv_q(rate), st->time_base))
                                                  : 1;
            pkt->dts = std::min<qint64>(pkt->pts,
                                        lastDts == AV_NOPTS_VALUE ? pkt->pts - st->codecpar->video_delay * step
                                                                  : lastDts + shift + step);
        } else if (pkt->dts == AV_NOPTS_VALUE) {
            pkt->dts = pkt->pts;
        } else if (pkt->pts == AV_NOPTS_VALUE) {
            pkt->pts = pkt->dts;
        }
        pkt->pts -= shift;
        pkt->dts -= shift;
    }
    ++counter;
    if (!isRaw)
        estimateDuration(st, pkt, clock);
    if (lastDts != AV_NOPTS_VALUE && pkt->dts <= lastDts) {
        pkt->dts = lastDts + 1;
        pkt->pts = std::max(pkt->pts, pkt->dts);
    }
    lastDts = pkt->dts;
}

// What the probe learns from the streams: the first video's codec, size, rate and rotation, the first sound's codec,
// rate and channels, a sound MP4 cannot carry, and the creation time and timecode tags.
void readStreams(const AVFormatContext* fmt, NativeProbe& p)
{
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
        }
        if (par->codec_type == AVMEDIA_TYPE_AUDIO
            && avformat_query_codec(av_guess_format("mp4", nullptr, nullptr), par->codec_id, FF_COMPLIANCE_NORMAL) != 1)
            p.soundMp4CannotCarry = true;
        if (par->codec_type == AVMEDIA_TYPE_AUDIO && p.info.audioCodec.isEmpty()) {
            p.info.audioCodec = QString::fromLatin1(avcodec_get_name(par->codec_id));
            p.info.sampleRate = par->sample_rate;
            p.info.channels = par->ch_layout.nb_channels;
        }
    }
}

// Writes a packet of the working copy, interleaved.
Status writeInterleaved(AVFormatContext* out, AVPacket* pkt)
{
    const int rc = av_interleaved_write_frame(out, pkt);
    return rc < 0 ? failure(NativeMedia::tr("Cannot write the working copy: %1").arg(ffmpegError(rc))) : Status {};
}

// The MP4 the working copy is written to, in memory (sink), with the source's metadata.
using OutputPtr = std::unique_ptr<AVFormatContext, void (*)(AVFormatContext*)>;
Result<OutputPtr> mp4Output(MemoryAvioSink& sink, const AVFormatContext* src)
{
    AVFormatContext* out = nullptr;
    if (avformat_alloc_output_context2(&out, nullptr, "mp4", nullptr) < 0 || !out)
        return failure(NativeMedia::tr("FFmpeg has no MP4 muxer."));
    OutputPtr guard(out, avformat_free_context);
    out->pb = sink.context();
    out->flags |= AVFMT_FLAG_CUSTOM_IO;
    av_dict_copy(&out->metadata, src->metadata, 0);
    return Result<OutputPtr>(std::move(guard));
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
    // The player and the trimmer are built around MP4/MOV; everything else is remuxed once, at intake, and video in
    // a codec they are not built for is transcoded. A MOV whose sound MP4 cannot carry is remuxed too (the sound
    // encoded to AAC): the trims write MP4.
    return type == Type::Video
        && (!demuxer.startsWith(QLatin1String("mov,mp4")) || !remuxable() || soundMp4CannotCarry);
}

bool NativeProbe::remuxable() const
{
    return info.videoCodec == QLatin1String("h264") || info.videoCodec == QLatin1String("hevc")
        || info.videoCodec == QLatin1String("mjpeg");
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
    if (!transcode.isEmpty())
        o.insert(QLatin1String("transcode"), transcode);
    if (!sound.isEmpty())
        o.insert(QLatin1String("sound"), sound);
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
    readStreams(fmt, p);
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
    auto raw = rawTiming(lpencPath, key, hints, src, cancel);
    if (!raw)
        return raw.error();
    MemoryAvioSink sink;
    auto output = mp4Output(sink, src);
    if (!output)
        return output.error();
    AVFormatContext* out = output->get();
    Remuxed r;
    std::vector<int> map(src->nb_streams, -1);
    std::vector<StreamClock> clocks(src->nb_streams);
    SoundToAac sound;
    LP_TRY(addMp4Streams(src, out, map, r.dropped, sound));
    int rc = avformat_write_header(out, nullptr);
    if (rc < 0)
        return failure(tr("Cannot start the working copy: %1").arg(ffmpegError(rc)));
    AVPacket* pkt = av_packet_alloc();
    std::unique_ptr<AVPacket, void (*)(AVPacket*)> pktGuard(pkt, [](AVPacket* p) { av_packet_free(&p); });
    const qint64 total = static_cast<qint64>((*in)->avio->reader().size());
    // The sound encoded to AAC: its packets in the encoder's time base, interleaved with the copied ones.
    const PacketSink writeSound = [&](AVPacket* p) {
        p->stream_index = map[sound.stream()];
        av_packet_rescale_ts(p, sound.encoder()->time_base, out->streams[p->stream_index]->time_base);
        ++r.audioPackets;
        return writeInterleaved(out, p);
    };
    while ((rc = av_read_frame(src, pkt)) >= 0) {
        if (cancel && cancel->load())
            return makeError(ErrorKind::Cancelled, tr("Cancelled."));
        const int si = pkt->stream_index;
        if (si < 0 || si >= static_cast<int>(map.size()) || map[si] < 0) {
            av_packet_unref(pkt);
            continue;
        }
        AVStream* st = src->streams[si];
        if (si == sound.stream()) {
            const Status encoded = sound.encode(pkt, writeSound);
            av_packet_unref(pkt);
            LP_TRY(encoded);
            continue;
        }
        stampPacket(src, st, pkt, *raw, si == raw->video, clocks[si]);
        const bool video = st->codecpar->codec_type == AVMEDIA_TYPE_VIDEO;
        AVStream* os = out->streams[map[si]];
        av_packet_rescale_ts(pkt, st->time_base, os->time_base);
        pkt->stream_index = map[si];
        pkt->pos = -1;
        LP_TRY(writeInterleaved(out, pkt));
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
    if (sound.isOpen()) {
        LP_TRY(sound.encode(nullptr, writeSound));
        r.sound = sound.description();
    }
    rc = av_write_trailer(out);
    if (rc < 0)
        return failure(tr("Cannot finish the working copy: %1").arg(ffmpegError(rc)));
    r.mp4 = sink.data();
    return r;
}

} // namespace lpdesk

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

#include <cmath>
#include <cstring>
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
        // Raw elementary streams carry no timestamps: number the frames at the stream's rate.
        if (pkt->dts == AV_NOPTS_VALUE && pkt->pts == AV_NOPTS_VALUE) {
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

} // namespace lpdesk

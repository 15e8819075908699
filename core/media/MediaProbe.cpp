#include "media/MediaProbe.h"

#include "media/EncryptedAvio.h"
#include "media/VideoDecoder.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
}

namespace lpdesk {

QJsonObject MediaInfo::toJson() const
{
    QJsonObject o {{QLatin1String("container"), container}, {QLatin1String("duration"), duration}};
    if (containerDuration > 0 && containerDuration != duration)
        o.insert(QLatin1String("container_duration"), containerDuration);
    if (hasVideo())
        o.insert(QLatin1String("video"),
                 QJsonObject {{QLatin1String("codec"), videoCodec},
                              {QLatin1String("width"), width},
                              {QLatin1String("height"), height},
                              {QLatin1String("fps"), fps}});
    if (!audioCodec.isEmpty())
        o.insert(QLatin1String("audio"),
                 QJsonObject {{QLatin1String("codec"), audioCodec},
                              {QLatin1String("sample_rate"), sampleRate},
                              {QLatin1String("channels"), channels}});
    return o;
}

Result<MediaInfo> MediaProbe::probe(const QString& lpencPath, const X25519KeyPair& key)
{
    auto input = EncryptedAvio::openFile(lpencPath, key);
    if (!input)
        return input.error();
    AVFormatContext* fmt = input->fmt;
    MediaInfo info;
    info.container = QString::fromLatin1(fmt->iformat->name);
    if (fmt->duration != AV_NOPTS_VALUE)
        info.duration = static_cast<double>(fmt->duration) / AV_TIME_BASE;
    for (unsigned i = 0; i < fmt->nb_streams; ++i) {
        const AVStream* st = fmt->streams[i];
        const AVCodecParameters* par = st->codecpar;
        if (par->codec_type == AVMEDIA_TYPE_VIDEO && info.videoCodec.isEmpty()) {
            info.videoCodec = QString::fromLatin1(avcodec_get_name(par->codec_id));
            info.width = par->width;
            info.height = par->height;
            if (st->avg_frame_rate.num > 0 && st->avg_frame_rate.den > 0)
                info.fps = av_q2d(st->avg_frame_rate);
        } else if (par->codec_type == AVMEDIA_TYPE_AUDIO && info.audioCodec.isEmpty()) {
            info.audioCodec = QString::fromLatin1(avcodec_get_name(par->codec_id));
            info.sampleRate = par->sample_rate;
            info.channels = par->ch_layout.nb_channels;
        }
    }
    avformat_close_input(&fmt);
    const bool picture = info.container == QLatin1String("image2") || info.container.endsWith(QLatin1String("_pipe"));
    if (info.hasVideo() && !picture) {
        // The frame index the player and the trimmer use: the same figure everywhere the clip is listed.
        if (auto decoder = VideoDecoder::open(lpencPath, key)) {
            info.containerDuration = info.duration;
            info.duration = (*decoder)->duration();
        }
    }
    return info;
}

} // namespace lpdesk

#include "media/AudioDecoder.h"

#include "media/Codec.h"
#include "media/EncryptedAvio.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/channel_layout.h>
#include <libavutil/opt.h>
#include <libswresample/swresample.h>
}

namespace lpdesk {

struct AudioDecoder::Private
{
    std::unique_ptr<EncryptedAvio> avio;
    AVFormatContext* fmt = nullptr;
    AVCodecContext* codec = nullptr;
    SwrContext* swr = nullptr;
    int stream = -1;
    int channels = 0;
    double videoStart = 0;
    qint64 skipSamples = 0; // to discard after a seek, at output rate
    QByteArray pending;
    FramePtr frame = allocFrame();
    PacketPtr packet = allocPacket();
    bool eof = false;

    ~Private()
    {
        swr_free(&swr);
        avcodec_free_context(&codec);
        if (fmt)
            avformat_close_input(&fmt);
    }
};

AudioDecoder::AudioDecoder() : d(std::make_unique<Private>())
{ }

AudioDecoder::~AudioDecoder() = default;

Result<std::unique_ptr<AudioDecoder>> AudioDecoder::open(const QString& lpencPath, const X25519KeyPair& key)
{
    auto input = EncryptedAvio::openFile(lpencPath, key);
    if (!input)
        return input.error();
    std::unique_ptr<AudioDecoder> a(new AudioDecoder);
    a->d->avio = std::move(input->avio);
    a->d->fmt = input->fmt;
    const int s = av_find_best_stream(a->d->fmt, AVMEDIA_TYPE_AUDIO, -1, -1, nullptr, 0);
    if (s < 0)
        return makeError(ErrorKind::NotFound, tr("The clip has no audio track."));
    a->d->stream = s;
    const int vs = av_find_best_stream(a->d->fmt, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    if (vs >= 0 && a->d->fmt->streams[vs]->start_time != AV_NOPTS_VALUE)
        a->d->videoStart
            = static_cast<double>(a->d->fmt->streams[vs]->start_time) * av_q2d(a->d->fmt->streams[vs]->time_base);
    AVStream* st = a->d->fmt->streams[s];
    const AVCodec* dec = avcodec_find_decoder(st->codecpar->codec_id);
    if (!dec)
        return failure(tr("No decoder for the audio track."));
    a->d->codec = avcodec_alloc_context3(dec);
    avcodec_parameters_to_context(a->d->codec, st->codecpar);
    if (avcodec_open2(a->d->codec, dec, nullptr) < 0)
        return failure(tr("Cannot open the audio decoder."));
    a->d->channels = std::min(2, a->d->codec->ch_layout.nb_channels);
    AVChannelLayout out;
    av_channel_layout_default(&out, a->d->channels);
    if (swr_alloc_set_opts2(&a->d->swr, &out, AV_SAMPLE_FMT_S16, a->d->codec->sample_rate, &a->d->codec->ch_layout,
                            a->d->codec->sample_fmt, a->d->codec->sample_rate, 0, nullptr)
            < 0
        || swr_init(a->d->swr) < 0)
        return failure(tr("Cannot set up audio conversion."));
    return a;
}

int AudioDecoder::sampleRate() const
{
    return d->codec->sample_rate;
}

int AudioDecoder::channels() const
{
    return d->channels;
}

double AudioDecoder::startSeconds() const
{
    return d->videoStart;
}

Status AudioDecoder::seek(double seconds)
{
    AVStream* st = d->fmt->streams[d->stream];
    const double target = seconds + d->videoStart;
    const qint64 ts = static_cast<qint64>(target / av_q2d(st->time_base));
    av_seek_frame(d->fmt, d->stream, ts, AVSEEK_FLAG_BACKWARD);
    avcodec_flush_buffers(d->codec);
    d->pending.clear();
    d->eof = false;
    // Decode forward, dropping samples before the target.
    d->skipSamples = -1;
    const qint64 targetSample = static_cast<qint64>(target * d->codec->sample_rate);
    while (true) {
        int rc = avcodec_receive_frame(d->codec, d->frame.get());
        if (rc == 0) {
            const qint64 first = static_cast<qint64>(static_cast<double>(d->frame->pts) * av_q2d(st->time_base)
                                                     * d->codec->sample_rate);
            const qint64 skip = std::max<qint64>(0, targetSample - first);
            if (skip < d->frame->nb_samples) {
                QByteArray pcm(d->frame->nb_samples * d->channels * 2, Qt::Uninitialized);
                uint8_t* outp[1] = {reinterpret_cast<uint8_t*>(pcm.data())};
                const int n = swr_convert(d->swr, outp, d->frame->nb_samples,
                                          const_cast<const uint8_t**>(d->frame->extended_data), d->frame->nb_samples);
                pcm.resize(n * d->channels * 2);
                d->pending = pcm.mid(static_cast<qsizetype>(skip) * d->channels * 2);
                return {};
            }
            continue;
        }
        if (rc != AVERROR(EAGAIN))
            return {};
        if (av_read_frame(d->fmt, d->packet.get()) < 0) {
            d->eof = true;
            return {};
        }
        if (d->packet->stream_index == d->stream)
            avcodec_send_packet(d->codec, d->packet.get());
        av_packet_unref(d->packet.get());
    }
}

QByteArray AudioDecoder::read(int maxBytes)
{
    while (d->pending.size() < maxBytes && !d->eof) {
        int rc = avcodec_receive_frame(d->codec, d->frame.get());
        if (rc == 0) {
            QByteArray pcm(d->frame->nb_samples * d->channels * 2, Qt::Uninitialized);
            uint8_t* outp[1] = {reinterpret_cast<uint8_t*>(pcm.data())};
            const int n = swr_convert(d->swr, outp, d->frame->nb_samples,
                                      const_cast<const uint8_t**>(d->frame->extended_data), d->frame->nb_samples);
            d->pending.append(pcm.constData(), n * d->channels * 2);
            continue;
        }
        if (rc == AVERROR_EOF) {
            d->eof = true;
            break;
        }
        if (av_read_frame(d->fmt, d->packet.get()) < 0) {
            avcodec_send_packet(d->codec, nullptr);
            continue;
        }
        if (d->packet->stream_index == d->stream)
            avcodec_send_packet(d->codec, d->packet.get());
        av_packet_unref(d->packet.get());
    }
    const QByteArray out = d->pending.left(maxBytes);
    d->pending.remove(0, out.size());
    return out;
}

Result<QList<float>> AudioDecoder::readAllMono()
{
    LP_TRY(seek(0));
    QList<float> out;
    while (true) {
        const QByteArray pcm = read(1 << 16);
        if (pcm.isEmpty())
            break;
        const auto* s = reinterpret_cast<const qint16*>(pcm.constData());
        const qsizetype frames = pcm.size() / 2 / d->channels;
        for (qsizetype i = 0; i < frames; ++i) {
            float v = 0;
            for (int c = 0; c < d->channels; ++c)
                v += s[i * d->channels + c];
            out << v / (32768.0f * d->channels);
        }
    }
    return out;
}

} // namespace lpdesk

#include "sim/ClipSynthesizer.h"

#include "media/Codec.h"
#include "sim/BitmapFont.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavutil/frame.h>
#include <libswscale/swscale.h>
}

#include <QImage>
#include <QPainter>
#include <QRandomGenerator>

#include <cmath>

namespace lpdesk {

namespace {

struct Person
{
    QColor shirt;
    QColor trousers;
    double x0, x1, y, speed, phase, scale;
};

QImage background(const ClipSpec& spec, QRandomGenerator& rng)
{
    QImage img(spec.width, spec.height, QImage::Format_RGB32);
    if (spec.pattern == ClipSpec::Pattern::Checker) {
        for (int y = 0; y < img.height(); ++y) {
            auto* line = reinterpret_cast<QRgb*>(img.scanLine(y));
            for (int x = 0; x < img.width(); ++x)
                line[x] = ((x / 2 + y / 2) % 2) ? qRgb(235, 235, 235) : qRgb(20, 20, 20);
        }
        return img;
    }
    QPainter p(&img);
    // Floor and back wall.
    p.fillRect(0, 0, spec.width, spec.height / 3, QColor(188, 192, 198));
    for (int y = spec.height / 3; y < spec.height; ++y) {
        const int shade = 150 + (y * 40) / spec.height;
        p.fillRect(0, y, spec.width, 1, QColor(shade, shade - 8, shade - 20));
    }
    // Shelves with products: textured, which also gives the encoder and redaction tests real detail.
    const int shelves = 4;
    for (int s = 0; s < shelves; ++s) {
        const int x = spec.width * (s * 2 + 1) / (shelves * 2 + 1);
        const int w = spec.width / (shelves * 2 + 1);
        const int top = spec.height / 6;
        const int bottom = spec.height * 3 / 4;
        p.fillRect(x, top, w, bottom - top, QColor(90, 70, 50));
        for (int row = top + 4; row < bottom - 8; row += spec.height / 16) {
            for (int px = x + 2; px < x + w - 4; px += 6) {
                const QColor c
                    = QColor::fromHsv(static_cast<int>(rng.bounded(360)), 160 + static_cast<int>(rng.bounded(80)),
                                      150 + static_cast<int>(rng.bounded(100)));
                p.fillRect(px, row, 4, spec.height / 20, c);
            }
        }
    }
    return img;
}

} // namespace

Result<SynthesizedClip> ClipSynthesizer::make(const ClipSpec& spec)
{
    if (spec.width < 64 || spec.height < 64 || spec.width % 2 || spec.height % 2 || spec.fps < 1 || spec.fps > 120
        || spec.seconds <= 0 || spec.seconds > 3600)
        return failure(QStringLiteral("clip parameters out of range"));
    QRandomGenerator rng(static_cast<quint32>(spec.seed ^ (spec.seed >> 32)));
    const QImage scene = background(spec, rng);
    QList<Person> people;
    for (int i = 0; i < spec.people; ++i) {
        Person person;
        person.shirt = QColor::fromHsv(static_cast<int>(rng.bounded(360)), 200, 200);
        person.trousers = QColor::fromHsv(static_cast<int>(rng.bounded(360)), 120, 90);
        person.x0 = rng.bounded(0.1) + 0.05;
        person.x1 = 0.95 - rng.bounded(0.1);
        person.y = 0.55 + rng.bounded(0.3);
        person.speed = 0.05 + rng.bounded(0.15);
        person.phase = rng.bounded(1.0);
        person.scale = 0.7 + rng.bounded(0.6);
        people << person;
    }

    const int gop = std::max(1, static_cast<int>(std::lround(spec.gopSeconds * spec.fps)));
    VideoEncoder::Settings vs;
    vs.width = spec.width;
    vs.height = spec.height;
    // VFR clips count in milliseconds; constant-rate clips in frames.
    const int ticksPerSecond = spec.vfr ? 1000 : spec.fps;
    vs.timeBase = AVRational {1, ticksPerSecond};
    vs.frameRate = AVRational {spec.fps, 1};
    vs.gop = gop;
    vs.hevc = spec.hevc;
    vs.bFrames = spec.bFrames;
    vs.crf = spec.crf;
    vs.preset = spec.preset;
    auto video = VideoEncoder::open(vs);
    if (!video)
        return video.error();
    std::unique_ptr<AudioEncoder> audio;
    if (spec.audio) {
        auto a = AudioEncoder::openAac(48000, 1, 64000);
        if (!a)
            return a.error();
        audio = std::move(*a);
    }
    auto muxer = Mp4Muxer::create();
    if (!muxer)
        return muxer.error();
    auto vIndex = (*muxer)->addStream((*video)->context());
    if (!vIndex)
        return vIndex.error();
    int aIndex = -1;
    if (audio) {
        auto idx = (*muxer)->addStream(audio->context());
        if (!idx)
            return idx.error();
        aIndex = *idx;
    }
    LP_TRY((*muxer)->begin());

    SwsContext* sws = sws_getContext(spec.width, spec.height, AV_PIX_FMT_BGRA, spec.width, spec.height,
                                     AV_PIX_FMT_YUV420P, SWS_BILINEAR, nullptr, nullptr, nullptr);
    FramePtr yuv = allocFrame();
    yuv->format = AV_PIX_FMT_YUV420P;
    yuv->width = spec.width;
    yuv->height = spec.height;
    av_frame_get_buffer(yuv.get(), 0);

    AVCodecContext* vctx = (*video)->context();
    auto writeVideo = [&](AVPacket* pkt) {
        if (pkt->duration <= 0) // the last frame has a length too
            pkt->duration = std::max(1, ticksPerSecond / spec.fps);
        return (*muxer)->write(pkt, *vIndex, vctx->time_base);
    };
    const int totalFrames = static_cast<int>(std::lround(spec.seconds * spec.fps));
    const QDateTime start
        = spec.startUtc.isValid() ? spec.startUtc : QDateTime(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::utc());
    const int scale = std::max(1, spec.height / 180);

    // Audio runs alongside video, frame by frame.
    FramePtr pcm;
    qint64 audioSamples = 0;
    const qint64 totalSamples = static_cast<qint64>(std::llround(spec.seconds * 48000));
    if (audio) {
        pcm = allocFrame();
        pcm->format = AV_SAMPLE_FMT_FLTP;
        pcm->sample_rate = 48000;
        av_channel_layout_copy(&pcm->ch_layout, &audio->context()->ch_layout);
        pcm->nb_samples = audio->context()->frame_size;
        av_frame_get_buffer(pcm.get(), 0);
    }
    auto writeAudio = [&](AVPacket* pkt) { return (*muxer)->write(pkt, aIndex, audio->context()->time_base); };
    auto pumpAudio = [&](double untilSeconds) -> Status {
        if (!audio)
            return {};
        const qint64 until = std::min(totalSamples, static_cast<qint64>(untilSeconds * 48000));
        while (audioSamples + pcm->nb_samples <= until) {
            av_frame_make_writable(pcm.get());
            auto* s = reinterpret_cast<float*>(pcm->data[0]);
            for (int i = 0; i < pcm->nb_samples; ++i) {
                const double t = static_cast<double>(audioSamples + i) / 48000.0;
                // A store's background: hum, a beep every second (a scanner), a soft changing tone.
                const double beep = std::fmod(t, 1.0) < 0.08 ? 0.25 * std::sin(2 * M_PI * 1850 * t) : 0.0;
                s[i] = static_cast<float>(0.08 * std::sin(2 * M_PI * 120 * t) + beep
                                          + 0.05 * std::sin(2 * M_PI * (300 + 40 * std::sin(t)) * t));
            }
            pcm->pts = audioSamples;
            audioSamples += pcm->nb_samples;
            LP_TRY(audio->encode(pcm.get(), writeAudio));
        }
        return {};
    };

    // VFR: each frame lasts 1/fps times 0.6–1.4, deterministic for the seed, in whole milliseconds.
    QList<qint64> ticks;
    {
        QRandomGenerator jitter(static_cast<quint32>(spec.seed ^ 0x5f3759df));
        qint64 at = 0;
        for (int f = 0; f < totalFrames; ++f) {
            ticks << at;
            const double nominal = 1000.0 / spec.fps;
            at += spec.vfr ? std::max<qint64>(1, std::llround(nominal * (0.6 + jitter.bounded(0.8)))) : 1;
        }
    }
    for (int f = 0; f < totalFrames; ++f) {
        const double t = spec.vfr ? static_cast<double>(ticks[f]) / 1000.0 : static_cast<double>(f) / spec.fps;
        QImage frame = scene.copy();
        {
            QPainter p(&frame);
            p.setRenderHint(QPainter::Antialiasing, false);
            for (const Person& person : people) {
                const double u = std::fmod(person.phase + t * person.speed, 2.0);
                const double along = u < 1.0 ? u : 2.0 - u;
                const int cx = static_cast<int>((person.x0 + (person.x1 - person.x0) * along) * spec.width);
                const int footY = static_cast<int>(person.y * spec.height);
                const int h = static_cast<int>(spec.height * 0.35 * person.scale);
                const int w = h / 3;
                p.setPen(Qt::NoPen);
                p.setBrush(person.trousers);
                p.drawRect(cx - w / 2, footY - h / 2, w, h / 2);
                p.setBrush(person.shirt);
                p.drawRect(cx - w / 2 - 2, footY - h * 5 / 6, w + 4, h / 3 + 2);
                p.setBrush(QColor(224, 180, 150));
                p.drawEllipse(QPoint(cx, footY - h * 5 / 6 - w / 3), w / 3, w / 3);
            }
        }
        const QDateTime local = start.addMSecs(static_cast<qint64>(std::llround(t * 1000))).toTimeZone(spec.zone);
        const int off = local.offsetFromUtc();
        const QString stamp = local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))
            + QStringLiteral(" %1%2:%3")
                  .arg(off < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                  .arg(std::abs(off) / 3600, 2, 10, QLatin1Char('0'))
                  .arg((std::abs(off) % 3600) / 60, 2, 10, QLatin1Char('0'));
        const int pad = 2 * scale;
        const int textH = BitmapFont::height(scale) + 2 * pad;
        {
            QPainter p(&frame);
            p.fillRect(0, 0, BitmapFont::width(spec.camera, scale) + 2 * pad, textH, QColor(0, 0, 0));
            const int sw = BitmapFont::width(stamp, scale) + 2 * pad;
            p.fillRect(spec.width - sw, spec.height - textH, sw, textH, QColor(0, 0, 0));
        }
        BitmapFont::draw(frame, pad, pad, spec.camera, qRgb(255, 255, 255), scale);
        BitmapFont::draw(frame, spec.width - BitmapFont::width(stamp, scale) - pad + scale, spec.height - textH + pad,
                         stamp, qRgb(255, 255, 255), scale);

        av_frame_make_writable(yuv.get());
        const uint8_t* src[1] = {frame.constBits()};
        const int srcStride[1] = {static_cast<int>(frame.bytesPerLine())};
        sws_scale(sws, src, srcStride, 0, spec.height, yuv->data, yuv->linesize);
        yuv->pts = ticks[f];
        Status encoded = (*video)->encode(yuv.get(), writeVideo);
        if (encoded)
            encoded = pumpAudio(t + 1.0 / spec.fps);
        if (!encoded) {
            sws_freeContext(sws);
            return encoded.error();
        }
    }
    sws_freeContext(sws);
    LP_TRY((*video)->encode(nullptr, writeVideo));
    if (audio) {
        LP_TRY(pumpAudio(spec.seconds));
        LP_TRY(audio->encode(nullptr, writeAudio));
    }
    auto bytes = (*muxer)->finish();
    if (!bytes)
        return bytes.error();
    SynthesizedClip clip;
    clip.mp4 = std::move(*bytes);
    clip.frames = totalFrames;
    clip.duration = static_cast<double>(totalFrames) / spec.fps;
    return clip;
}

} // namespace lpdesk

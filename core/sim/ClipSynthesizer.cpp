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

// The people walking the aisles, each on its own path (drawn from rng after the background, as always).
QList<Person> randomPeople(const ClipSpec& spec, QRandomGenerator& rng)
{
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
    return people;
}

// Each frame's time stamp in the stream's ticks. VFR: each frame lasts 1/fps times 0.6–1.4, deterministic for the
// seed, in whole milliseconds; constant rate: one tick a frame.
QList<qint64> frameTicks(const ClipSpec& spec, int totalFrames)
{
    QList<qint64> ticks;
    QRandomGenerator jitter(static_cast<quint32>(spec.seed ^ 0x5f3759df));
    qint64 at = 0;
    for (int f = 0; f < totalFrames; ++f) {
        ticks << at;
        const double nominal = 1000.0 / spec.fps;
        at += spec.vfr ? std::max<qint64>(1, std::llround(nominal * (0.6 + jitter.bounded(0.8)))) : 1;
    }
    return ticks;
}

void drawPeople(QImage& frame, const QList<Person>& people, double t, const ClipSpec& spec)
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

// What a DVR burns in: the camera's name top left, the store-local time with its offset bottom right.
void drawOverlay(QImage& frame, const ClipSpec& spec, const QDateTime& start, double t)
{
    const int scale = std::max(1, spec.height / 180);
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
}

// A store's background: hum, a beep every second (a scanner), a soft changing tone.
float storeSound(double t)
{
    const double beep = std::fmod(t, 1.0) < 0.08 ? 0.25 * std::sin(2 * M_PI * 1850 * t) : 0.0;
    return static_cast<float>(0.08 * std::sin(2 * M_PI * 120 * t) + beep
                              + 0.05 * std::sin(2 * M_PI * (300 + 40 * std::sin(t)) * t));
}

// Encodes the drawn frames, and the store's sound alongside them, into one MP4 in memory.
class ClipEncoder
{
public:
    explicit ClipEncoder(const ClipSpec& spec)
        : m_spec(spec),
          m_ticksPerSecond(spec.vfr ? 1000 : spec.fps) // VFR clips count in milliseconds, constant-rate in frames
          ,
          m_totalSamples(static_cast<qint64>(std::llround(spec.seconds * 48000)))
    { }
    ~ClipEncoder() { sws_freeContext(m_sws); }
    Q_DISABLE_COPY_MOVE(ClipEncoder)

    Status open()
    {
        LP_TRY(openEncoders());
        auto muxer = Mp4Muxer::create();
        if (!muxer)
            return muxer.error();
        m_muxer = std::move(*muxer);
        auto vIndex = m_muxer->addStream(m_video->context());
        if (!vIndex)
            return vIndex.error();
        m_videoIndex = *vIndex;
        if (m_audio) {
            auto idx = m_muxer->addStream(m_audio->context());
            if (!idx)
                return idx.error();
            m_audioIndex = *idx;
        }
        LP_TRY(m_muxer->begin());
        allocFrames();
        return {};
    }

    // One frame at its time stamp, then the sound up to the frame's end.
    Status add(const QImage& frame, qint64 pts, double t)
    {
        av_frame_make_writable(m_yuv.get());
        const uint8_t* src[1] = {frame.constBits()};
        const int srcStride[1] = {static_cast<int>(frame.bytesPerLine())};
        sws_scale(m_sws, src, srcStride, 0, m_spec.height, m_yuv->data, m_yuv->linesize);
        m_yuv->pts = pts;
        LP_TRY(m_video->encode(m_yuv.get(), videoSink()));
        return pumpAudio(t + 1.0 / m_spec.fps);
    }

    Result<QByteArray> finish()
    {
        sws_freeContext(m_sws);
        m_sws = nullptr;
        LP_TRY(m_video->encode(nullptr, videoSink()));
        if (m_audio) {
            LP_TRY(pumpAudio(m_spec.seconds));
            LP_TRY(m_audio->encode(nullptr, audioSink()));
        }
        return m_muxer->finish();
    }

private:
    Status openEncoders()
    {
        VideoEncoder::Settings vs;
        vs.width = m_spec.width;
        vs.height = m_spec.height;
        vs.timeBase = AVRational {1, m_ticksPerSecond};
        vs.frameRate = AVRational {m_spec.fps, 1};
        vs.gop = std::max(1, static_cast<int>(std::lround(m_spec.gopSeconds * m_spec.fps)));
        vs.hevc = m_spec.hevc;
        vs.bFrames = m_spec.bFrames;
        vs.crf = m_spec.crf;
        vs.preset = m_spec.preset;
        auto video = VideoEncoder::open(vs);
        if (!video)
            return video.error();
        m_video = std::move(*video);
        if (m_spec.audio) {
            auto a = AudioEncoder::openAac(48000, 1, 64000);
            if (!a)
                return a.error();
            m_audio = std::move(*a);
        }
        return {};
    }

    void allocFrames()
    {
        m_sws = sws_getContext(m_spec.width, m_spec.height, AV_PIX_FMT_BGRA, m_spec.width, m_spec.height,
                               AV_PIX_FMT_YUV420P, SWS_BILINEAR, nullptr, nullptr, nullptr);
        m_yuv = allocFrame();
        m_yuv->format = AV_PIX_FMT_YUV420P;
        m_yuv->width = m_spec.width;
        m_yuv->height = m_spec.height;
        av_frame_get_buffer(m_yuv.get(), 0);
        if (!m_audio)
            return;
        m_pcm = allocFrame();
        m_pcm->format = AV_SAMPLE_FMT_FLTP;
        m_pcm->sample_rate = 48000;
        av_channel_layout_copy(&m_pcm->ch_layout, &m_audio->context()->ch_layout);
        m_pcm->nb_samples = m_audio->context()->frame_size;
        av_frame_get_buffer(m_pcm.get(), 0);
    }

    PacketSink videoSink()
    {
        return [this](AVPacket* pkt) {
            if (pkt->duration <= 0) // the last frame has a length too
                pkt->duration = std::max(1, m_ticksPerSecond / m_spec.fps);
            return m_muxer->write(pkt, m_videoIndex, m_video->context()->time_base);
        };
    }

    PacketSink audioSink()
    {
        return [this](AVPacket* pkt) { return m_muxer->write(pkt, m_audioIndex, m_audio->context()->time_base); };
    }

    // Audio runs alongside video: every whole AAC frame up to untilSeconds.
    Status pumpAudio(double untilSeconds)
    {
        if (!m_audio)
            return {};
        const qint64 until = std::min(m_totalSamples, static_cast<qint64>(untilSeconds * 48000));
        while (m_audioSamples + m_pcm->nb_samples <= until) {
            av_frame_make_writable(m_pcm.get());
            auto* s = reinterpret_cast<float*>(m_pcm->data[0]);
            for (int i = 0; i < m_pcm->nb_samples; ++i)
                s[i] = storeSound(static_cast<double>(m_audioSamples + i) / 48000.0);
            m_pcm->pts = m_audioSamples;
            m_audioSamples += m_pcm->nb_samples;
            LP_TRY(m_audio->encode(m_pcm.get(), audioSink()));
        }
        return {};
    }

    const ClipSpec& m_spec;
    const int m_ticksPerSecond;
    const qint64 m_totalSamples;
    std::unique_ptr<VideoEncoder> m_video;
    std::unique_ptr<AudioEncoder> m_audio;
    std::unique_ptr<Mp4Muxer> m_muxer;
    int m_videoIndex = -1;
    int m_audioIndex = -1;
    SwsContext* m_sws = nullptr;
    FramePtr m_yuv;
    FramePtr m_pcm;
    qint64 m_audioSamples = 0;
};

} // namespace

Result<SynthesizedClip> ClipSynthesizer::make(const ClipSpec& spec)
{
    if (spec.width < 64 || spec.height < 64 || spec.width % 2 || spec.height % 2 || spec.fps < 1 || spec.fps > 120
        || spec.seconds <= 0 || spec.seconds > 3600)
        return failure(QStringLiteral("clip parameters out of range"));
    QRandomGenerator rng(static_cast<quint32>(spec.seed ^ (spec.seed >> 32)));
    const QImage scene = background(spec, rng);
    const QList<Person> people = randomPeople(spec, rng);
    ClipEncoder encoder(spec);
    LP_TRY(encoder.open());
    const int totalFrames = static_cast<int>(std::lround(spec.seconds * spec.fps));
    const QList<qint64> ticks = frameTicks(spec, totalFrames);
    const QDateTime start
        = spec.startUtc.isValid() ? spec.startUtc : QDateTime(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::utc());
    for (int f = 0; f < totalFrames; ++f) {
        const double t = spec.vfr ? static_cast<double>(ticks[f]) / 1000.0 : static_cast<double>(f) / spec.fps;
        QImage frame = scene.copy();
        drawPeople(frame, people, t, spec);
        drawOverlay(frame, spec, start, t);
        LP_TRY(encoder.add(frame, ticks[f], t));
    }
    auto bytes = encoder.finish();
    if (!bytes)
        return bytes.error();
    SynthesizedClip clip;
    clip.mp4 = std::move(*bytes);
    clip.frames = totalFrames;
    clip.duration = static_cast<double>(totalFrames) / spec.fps;
    return clip;
}

} // namespace lpdesk

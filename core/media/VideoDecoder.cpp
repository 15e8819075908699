#include "media/VideoDecoder.h"

#include "media/Codec.h"
#include "media/EncryptedAvio.h"
#include "media/PictureConverter.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/display.h>
#include <libavutil/imgutils.h>
#include <libavutil/pixdesc.h>
#include <libswscale/swscale.h>
}

#include <QHash>
#include <QTransform>

#include <algorithm>
#include <cmath>

namespace lpdesk {

struct VideoDecoder::Private
{
    std::unique_ptr<EncryptedAvio> avio;
    AVFormatContext* fmt = nullptr;
    AVCodecContext* codec = nullptr;
    int stream = -1;
    AVRational timeBase {1, 1};
    qint64 startPts = 0;
    PictureConverter toRgb32; // frameAt
    PictureConverter toYuv; // displayFrame, from other formats
    PictureConverter toBgr; // frameBgr
    FramePtr display = allocFrame(); // rotated yuv420p copy for displayFrame
    int lastDecoded = -1; // index of the last frame the decoder produced
    QHash<int, QImage> cache;
    QList<int> cacheOrder;
    FramePtr frame = allocFrame();
    PacketPtr packet = allocPacket();

    ~Private()
    {
        avcodec_free_context(&codec);
        if (fmt)
            avformat_close_input(&fmt);
    }
};

VideoDecoder::VideoDecoder() : d(std::make_unique<Private>())
{ }

VideoDecoder::~VideoDecoder() = default;

Result<std::unique_ptr<VideoDecoder>> VideoDecoder::open(const QString& lpencPath, const X25519KeyPair& key)
{
    auto input = EncryptedAvio::openFile(lpencPath, key);
    if (!input)
        return input.error();
    std::unique_ptr<VideoDecoder> v(new VideoDecoder);
    v->d->avio = std::move(input->avio);
    v->d->fmt = input->fmt;
    const int stream = av_find_best_stream(v->d->fmt, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    if (stream < 0)
        return failure(tr("The clip has no video stream."));
    v->d->stream = stream;
    AVStream* st = v->d->fmt->streams[stream];
    v->d->timeBase = st->time_base;
    const AVCodec* dec = avcodec_find_decoder(st->codecpar->codec_id);
    if (!dec)
        return failure(tr("No decoder for %1.").arg(QString::fromLatin1(avcodec_get_name(st->codecpar->codec_id))));
    v->d->codec = avcodec_alloc_context3(dec);
    avcodec_parameters_to_context(v->d->codec, st->codecpar);
    v->d->codec->thread_count = 2;
    if (avcodec_open2(v->d->codec, dec, nullptr) < 0)
        return failure(tr("Cannot open the video decoder."));

    // Frame index by demuxing packets only (no decoding): exact presentation times, in display order.
    while (av_read_frame(v->d->fmt, v->d->packet.get()) >= 0) {
        if (v->d->packet->stream_index == stream) {
            const qint64 pts = v->d->packet->pts != AV_NOPTS_VALUE ? v->d->packet->pts : v->d->packet->dts;
            v->m_frames.append(FrameInfo {pts, 0, (v->d->packet->flags & AV_PKT_FLAG_KEY) != 0});
        }
        av_packet_unref(v->d->packet.get());
    }
    if (v->m_frames.isEmpty())
        return failure(tr("The clip has no video frames."));
    std::sort(v->m_frames.begin(), v->m_frames.end(),
              [](const FrameInfo& a, const FrameInfo& b) { return a.pts < b.pts; });
    v->d->startPts = v->m_frames.first().pts;
    for (FrameInfo& f : v->m_frames)
        f.seconds = static_cast<double>(f.pts - v->d->startPts) * av_q2d(v->d->timeBase);
    const auto* matrix
        = reinterpret_cast<const int32_t*>(av_stream_get_side_data(st, AV_PKT_DATA_DISPLAYMATRIX, nullptr));
    if (matrix) {
        // av_display_rotation_get is counter-clockwise; players turn the picture clockwise by its negation.
        const double ccw = av_display_rotation_get(matrix);
        if (!std::isnan(ccw))
            v->m_rotation = ((static_cast<int>(std::lround(-ccw / 90.0)) % 4 + 4) % 4) * 90;
    }
    if (st->avg_frame_rate.num > 0)
        v->m_fps = av_q2d(st->avg_frame_rate);
    else if (v->m_frames.size() > 1)
        v->m_fps = (v->m_frames.size() - 1) / v->m_frames.last().seconds;
    v->d->lastDecoded = -1;
    av_seek_frame(v->d->fmt, stream, v->m_frames.first().pts, AVSEEK_FLAG_BACKWARD);
    return v;
}

double VideoDecoder::duration() const
{
    if (m_frames.isEmpty())
        return 0;
    return m_frames.last().seconds + frameDuration(frameCount() - 1);
}

double VideoDecoder::frameDuration(int index) const
{
    if (index >= 0 && index + 1 < frameCount())
        return m_frames[index + 1].seconds - m_frames[index].seconds;
    if (frameCount() > 1)
        return m_frames.last().seconds - m_frames[frameCount() - 2].seconds;
    return m_fps > 0 ? 1.0 / m_fps : 0.04;
}

int VideoDecoder::width() const
{
    return m_rotation % 180 ? d->codec->height : d->codec->width;
}

int VideoDecoder::height() const
{
    return m_rotation % 180 ? d->codec->width : d->codec->height;
}

int VideoDecoder::frameIndexAt(double seconds) const
{
    auto it = std::upper_bound(m_frames.cbegin(), m_frames.cend(), seconds + 1e-6,
                               [](double s, const FrameInfo& f) { return s < f.seconds; });
    return std::clamp(static_cast<int>(it - m_frames.cbegin()) - 1, 0, frameCount() - 1);
}

namespace {
int indexOfPts(const QList<FrameInfo>& frames, qint64 pts)
{
    auto it
        = std::lower_bound(frames.cbegin(), frames.cend(), pts, [](const FrameInfo& f, qint64 p) { return f.pts < p; });
    if (it == frames.cend() || it->pts != pts)
        return -1;
    return static_cast<int>(it - frames.cbegin());
}
} // namespace

Result<const AVFrame*> VideoDecoder::decodedFrame(int index)
{
    LP_TRY(decodeTo(index));
    return static_cast<const AVFrame*>(d->frame.get());
}

AVRational VideoDecoder::timeBase() const
{
    return d->timeBase;
}

namespace {

// Rotates the planes of a planar 8-bit frame clockwise by `degrees` into `dst` (allocated here).
void rotatePlanes(const AVFrame* src, AVFrame* dst, int degrees)
{
    const bool swap = degrees % 180 != 0;
    av_frame_unref(dst);
    dst->format = src->format;
    dst->width = swap ? src->height : src->width;
    dst->height = swap ? src->width : src->height;
    av_frame_get_buffer(dst, 0);
    const AVPixFmtDescriptor* desc = av_pix_fmt_desc_get(static_cast<AVPixelFormat>(src->format));
    const int planes = av_pix_fmt_count_planes(static_cast<AVPixelFormat>(src->format));
    for (int p = 0; p < planes; ++p) {
        const bool chroma = p == 1 || p == 2;
        const int w = chroma ? AV_CEIL_RSHIFT(src->width, desc->log2_chroma_w) : src->width;
        const int h = chroma ? AV_CEIL_RSHIFT(src->height, desc->log2_chroma_h) : src->height;
        const uint8_t* s = src->data[p];
        uint8_t* d = dst->data[p];
        const int ss = src->linesize[p], ds = dst->linesize[p];
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x) {
                const uint8_t v = s[y * ss + x];
                if (degrees == 90)
                    d[x * ds + (h - 1 - y)] = v;
                else if (degrees == 180)
                    d[(h - 1 - y) * ds + (w - 1 - x)] = v;
                else
                    d[(w - 1 - x) * ds + y] = v;
            }
    }
}

} // namespace

Result<const AVFrame*> VideoDecoder::displayFrame(int index)
{
    LP_TRY(decodeTo(index));
    const AVFrame* f = d->frame.get();
    if (f->format != AV_PIX_FMT_YUV420P) {
        auto converted = d->toYuv.toFrame(f, AV_PIX_FMT_YUV420P, SWS_BICUBIC);
        if (!converted)
            return converted.error();
        av_frame_copy_props(*converted, f);
        f = *converted;
    }
    if (m_rotation == 0)
        return f;
    rotatePlanes(f, d->display.get(), m_rotation);
    av_frame_copy_props(d->display.get(), f);
    return static_cast<const AVFrame*>(d->display.get());
}

Status VideoDecoder::frameBgr(int index, unsigned char* bgr, qsizetype stride)
{
    auto shown = displayFrame(index);
    if (!shown)
        return shown.error();
    const AVFrame* f = *shown;
    if (!bgr || stride < static_cast<qsizetype>(f->width) * 3)
        return failure(tr("Frame %1: the picture buffer is too small.").arg(index));
    return d->toBgr.toBuffer(f, AV_PIX_FMT_BGR24, SWS_BILINEAR, bgr, stride);
}

Result<QByteArray> VideoDecoder::framePlanesAt(int index)
{
    LP_TRY(decodeTo(index));
    const AVFrame* f = d->frame.get();
    if (m_rotation != 0) {
        rotatePlanes(f, d->display.get(), m_rotation);
        f = d->display.get();
    }
    const auto fmt = static_cast<AVPixelFormat>(f->format);
    const int size = av_image_get_buffer_size(fmt, f->width, f->height, 1);
    if (size < 0)
        return failure(tr("Frame %1 has an unsupported pixel format.").arg(index));
    QByteArray out(size, Qt::Uninitialized);
    av_image_copy_to_buffer(reinterpret_cast<uint8_t*>(out.data()), size, f->data, f->linesize, fmt, f->width,
                            f->height, 1);
    return out;
}

Result<QImage> VideoDecoder::frameAt(int index)
{
    auto cached = d->cache.constFind(index);
    if (cached != d->cache.constEnd())
        return *cached;
    LP_TRY(decodeTo(index));
    const AVFrame* f = d->frame.get();
    QImage image(f->width, f->height, QImage::Format_RGB32);
    if (image.isNull())
        return failure(tr("Out of memory converting frame %1.").arg(index));
    LP_TRY(d->toRgb32.toBuffer(f, AV_PIX_FMT_BGRA, SWS_BILINEAR, image.bits(), image.bytesPerLine()));
    if (m_rotation != 0)
        image = image.transformed(QTransform().rotate(m_rotation));
    d->cache.insert(index, image);
    d->cacheOrder.append(index);
    while (d->cacheOrder.size() > 90)
        d->cache.remove(d->cacheOrder.takeFirst());
    return image;
}

Status VideoDecoder::decodeTo(int index)
{
    if (index < 0 || index >= frameCount())
        return failure(tr("Frame %1 is outside the clip (0–%2).").arg(index).arg(frameCount() - 1));
    if (d->lastDecoded != index || d->frame->format < 0) {
        int key = index;
        while (key > 0 && !m_frames[key].keyframe)
            --key;
        // Continue decoding when the target lies ahead in the GOP already being decoded; otherwise seek to the
        // keyframe at or before the target and decode forward.
        if (!(d->lastDecoded >= key && index > d->lastDecoded)) {
            avcodec_flush_buffers(d->codec);
            if (av_seek_frame(d->fmt, d->stream, m_frames[key].pts, AVSEEK_FLAG_BACKWARD) < 0)
                return failure(tr("Seeking in the clip failed."));
            d->lastDecoded = -1;
        }
        bool got = false;
        bool eof = false;
        while (!got) {
            int rc = avcodec_receive_frame(d->codec, d->frame.get());
            if (rc == 0) {
                const qint64 pts = d->frame->best_effort_timestamp != AV_NOPTS_VALUE ? d->frame->best_effort_timestamp
                                                                                     : d->frame->pts;
                const int i = indexOfPts(m_frames, pts);
                if (i < 0)
                    continue;
                d->lastDecoded = i;
                if (i == index)
                    got = true;
                else if (i > index)
                    return failure(tr("The decoder skipped past frame %1.").arg(index));
                continue;
            }
            if (rc == AVERROR_EOF)
                return failure(tr("Frame %1 could not be decoded (end of stream).").arg(index));
            if (rc != AVERROR(EAGAIN))
                return failure(tr("Decoding failed: %1").arg(ffmpegError(rc)));
            if (eof)
                return failure(tr("Frame %1 could not be decoded.").arg(index));
            rc = av_read_frame(d->fmt, d->packet.get());
            if (rc < 0) {
                eof = true;
                avcodec_send_packet(d->codec, nullptr);
                continue;
            }
            if (d->packet->stream_index == d->stream)
                avcodec_send_packet(d->codec, d->packet.get());
            av_packet_unref(d->packet.get());
        }
    }
    return {};
}

} // namespace lpdesk

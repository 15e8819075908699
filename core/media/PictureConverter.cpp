#include "media/PictureConverter.h"

extern "C" {
#include <libavutil/frame.h>
#include <libavutil/imgutils.h>
#include <libavutil/pixdesc.h>
#include <libswscale/swscale.h>
}

#include <cstring>

namespace lpdesk {

namespace {
// Line sizes of the converted picture: a multiple of 64 bytes (AVX-512's width, more than any converter needs).
constexpr int LineAlign = 64;
} // namespace

PictureConverter::~PictureConverter()
{
    sws_freeContext(m_sws);
}

Result<AVFrame*> PictureConverter::toFrame(const AVFrame* src, AVPixelFormat format, int flags)
{
    const auto from = static_cast<AVPixelFormat>(src->format);
    m_sws = sws_getCachedContext(m_sws, src->width, src->height, from, src->width, src->height, format, flags, nullptr,
                                 nullptr, nullptr);
    if (!m_sws)
        return failure(tr("Pictures in %1 cannot be converted.").arg(QString::fromLatin1(av_get_pix_fmt_name(from))));
    AVFrame* out = m_out.get();
    if (out->format != format || out->width != src->width || out->height != src->height || !av_frame_is_writable(out)) {
        av_frame_unref(out);
        out->format = format;
        out->width = src->width;
        out->height = src->height;
        // av_frame_get_buffer also leaves padding after the last row, for converters that overrun it.
        if (av_frame_get_buffer(out, LineAlign) < 0)
            return failure(tr("Out of memory converting a %1×%2 picture.").arg(src->width).arg(src->height));
    }
    sws_scale(m_sws, src->data, src->linesize, 0, src->height, out->data, out->linesize);
    return out;
}

Status PictureConverter::toBuffer(const AVFrame* src, AVPixelFormat format, int flags, unsigned char* dst,
                                  qsizetype stride)
{
    const int rowBytes = av_image_get_linesize(format, src->width, 0);
    if (!dst || rowBytes <= 0 || av_pix_fmt_count_planes(format) != 1 || stride < rowBytes)
        return failure(tr("The picture buffer is too small for a %1×%2 picture.").arg(src->width).arg(src->height));
    auto out = toFrame(src, format, flags);
    if (!out)
        return out.error();
    const AVFrame* f = *out;
    for (int y = 0; y < f->height; ++y)
        memcpy(dst + y * stride, f->data[0] + static_cast<qsizetype>(y) * f->linesize[0],
               static_cast<size_t>(rowBytes));
    return {};
}

} // namespace lpdesk

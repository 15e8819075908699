// Colour conversion of decoded pictures (swscale), done the one way swscale allows: into a picture allocated with
// aligned line sizes and padding after the last row. swscale's x86 converters write whole blocks of pixels, up to
// 16 pixels past the end of a row (measured on FFmpeg 5.1, yuv420p to BGR24: 24 bytes past a 600-pixel row, 18 past
// 602, 6 past 1918; to BGRA: 32, 24, 8); into a buffer of exactly height × stride bytes the last row's overrun
// corrupts the heap. Every conversion of decoded frames goes through here.
#pragma once

#include "common/Result.h"
#include "media/Codec.h"

#include <QCoreApplication>

extern "C" {
#include <libavutil/pixfmt.h>
}

struct SwsContext;

namespace lpdesk {

class PictureConverter
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::PictureConverter)

public:
    PictureConverter() = default;
    ~PictureConverter();
    PictureConverter(const PictureConverter&) = delete;
    PictureConverter& operator=(const PictureConverter&) = delete;

    // `src` converted to `format` at the same size (`flags`: SWS_BILINEAR, SWS_BICUBIC…), in a picture of this
    // converter's (av_frame_get_buffer: aligned, padded), valid until the next call (no properties copied).
    Result<AVFrame*> toFrame(const AVFrame* src, AVPixelFormat format, int flags);
    // `src` converted to the packed `format` (one plane: BGR24, BGRA…) and copied row by row into `dst`: height rows
    // `stride` bytes apart, of which only the first width × bytes-per-pixel are written, nothing outside them.
    Status toBuffer(const AVFrame* src, AVPixelFormat format, int flags, unsigned char* dst, qsizetype stride);

private:
    SwsContext* m_sws = nullptr;
    FramePtr m_out = allocFrame();
};

} // namespace lpdesk

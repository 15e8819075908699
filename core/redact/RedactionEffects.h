// The pixel operations behind redaction, on any 8-bit plane (planar YUV for rendering, packed RGB for the
// editor's live preview, so the preview is the same code that renders):
//   fill      solid colour
//   pixelate  each block replaced by its mean
//   blur      irreversible: the area is reduced to a coarse grid of cell means and smoothly re-expanded, so no
//             deconvolution can bring back detail that is no longer in the data
#pragma once

#include <QImage>
#include <QList>
#include <QRect>
#include <QRectF>

#include <cstdint>

struct AVFrame;

namespace lpdesk {

struct PlaneView
{
    uint8_t* data = nullptr;
    int stride = 0; // bytes per row
    int width = 0;
    int height = 0;
    int step = 1; // bytes between neighbouring samples of this channel
};

struct RedactionBox
{
    QRectF normalised;
    int style = 0; // RedactionRegion::Style as int
};

class RedactionEffects
{
public:
    static void fill(PlaneView p, QRect box, uint8_t value);
    static void pixelate(PlaneView p, QRect box, int block);
    static void blur(PlaneView p, QRect box, int cell);

    // Block/cell size for a box of this size (strong enough that faces and card numbers are unreadable).
    static int blockSize(const QRect& box);
    // Pixel box for a normalised box in a frame, aligned to even coordinates (chroma subsampling).
    static QRect pixelBox(const QRectF& normalised, int width, int height);

    static void apply(AVFrame* yuv420, const QList<RedactionBox>& boxes);
    static void apply(QImage& rgb32, const QList<RedactionBox>& boxes);
};

} // namespace lpdesk

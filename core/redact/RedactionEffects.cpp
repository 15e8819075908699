#include "redact/RedactionEffects.h"

#include "redact/RedactionPlan.h"

extern "C" {
#include <libavutil/frame.h>
}

#include <algorithm>
#include <cmath>
#include <vector>

namespace lpdesk {

namespace {
QRect clip(QRect box, const PlaneView& p)
{
    return box.intersected(QRect(0, 0, p.width, p.height));
}
} // namespace

void RedactionEffects::fill(PlaneView p, QRect box, uint8_t value)
{
    box = clip(box, p);
    for (int y = box.top(); y <= box.bottom(); ++y) {
        uint8_t* row = p.data + static_cast<qsizetype>(y) * p.stride;
        for (int x = box.left(); x <= box.right(); ++x)
            row[x * p.step] = value;
    }
}

void RedactionEffects::pixelate(PlaneView p, QRect box, int block)
{
    box = clip(box, p);
    block = std::max(1, block);
    for (int by = box.top(); by <= box.bottom(); by += block) {
        for (int bx = box.left(); bx <= box.right(); bx += block) {
            const int y1 = std::min(box.bottom(), by + block - 1);
            const int x1 = std::min(box.right(), bx + block - 1);
            unsigned sum = 0, n = 0;
            for (int y = by; y <= y1; ++y)
                for (int x = bx; x <= x1; ++x, ++n)
                    sum += p.data[static_cast<qsizetype>(y) * p.stride + x * p.step];
            const auto mean = static_cast<uint8_t>((sum + n / 2) / std::max(1u, n));
            for (int y = by; y <= y1; ++y)
                for (int x = bx; x <= x1; ++x)
                    p.data[static_cast<qsizetype>(y) * p.stride + x * p.step] = mean;
        }
    }
}

void RedactionEffects::blur(PlaneView p, QRect box, int cell)
{
    box = clip(box, p);
    if (box.isEmpty())
        return;
    cell = std::max(2, cell);
    const int gw = (box.width() + cell - 1) / cell;
    const int gh = (box.height() + cell - 1) / cell;
    std::vector<float> grid(static_cast<std::size_t>(gw * gh), 0.f);
    for (int gy = 0; gy < gh; ++gy)
        for (int gx = 0; gx < gw; ++gx) {
            unsigned sum = 0, n = 0;
            for (int y = box.top() + gy * cell; y < std::min(box.bottom() + 1, box.top() + (gy + 1) * cell); ++y)
                for (int x = box.left() + gx * cell; x < std::min(box.right() + 1, box.left() + (gx + 1) * cell);
                     ++x, ++n)
                    sum += p.data[static_cast<qsizetype>(y) * p.stride + x * p.step];
            grid[static_cast<std::size_t>(gy * gw + gx)]
                = static_cast<float>(sum) / static_cast<float>(std::max(1u, n));
        }
    // Bilinear re-expansion between cell centres: smooth to the eye, with only gw×gh numbers of information left.
    for (int y = box.top(); y <= box.bottom(); ++y) {
        const float fy = std::clamp((static_cast<float>(y - box.top()) + 0.5f) / static_cast<float>(cell) - 0.5f, 0.f,
                                    static_cast<float>(gh - 1));
        const int y0 = static_cast<int>(fy);
        const int y1 = std::min(gh - 1, y0 + 1);
        const float wy = fy - static_cast<float>(y0);
        for (int x = box.left(); x <= box.right(); ++x) {
            const float fx = std::clamp((static_cast<float>(x - box.left()) + 0.5f) / static_cast<float>(cell) - 0.5f,
                                        0.f, static_cast<float>(gw - 1));
            const int x0 = static_cast<int>(fx);
            const int x1 = std::min(gw - 1, x0 + 1);
            const float wx = fx - static_cast<float>(x0);
            const float top = grid[static_cast<std::size_t>(y0 * gw + x0)] * (1 - wx)
                + grid[static_cast<std::size_t>(y0 * gw + x1)] * wx;
            const float bottom = grid[static_cast<std::size_t>(y1 * gw + x0)] * (1 - wx)
                + grid[static_cast<std::size_t>(y1 * gw + x1)] * wx;
            p.data[static_cast<qsizetype>(y) * p.stride + x * p.step]
                = static_cast<uint8_t>(std::lround(top * (1 - wy) + bottom * wy));
        }
    }
}

int RedactionEffects::blockSize(const QRect& box)
{
    const int side = std::min(box.width(), box.height());
    return std::max(8, (side / 6) & ~1);
}

QRect RedactionEffects::pixelBox(const QRectF& n, int width, int height)
{
    // Every pixel the normalised box touches (so the box never leaves a sliver uncovered).
    const int x0 = std::clamp(static_cast<int>(std::floor(n.left() * width)), 0, width);
    const int y0 = std::clamp(static_cast<int>(std::floor(n.top() * height)), 0, height);
    const int x1 = std::clamp(static_cast<int>(std::ceil(n.right() * width)), 0, width);
    const int y1 = std::clamp(static_cast<int>(std::ceil(n.bottom() * height)), 0, height);
    return QRect(QPoint(x0, y0), QPoint(x1 - 1, y1 - 1));
}

void RedactionEffects::apply(AVFrame* f, const QList<RedactionBox>& boxes)
{
    for (const RedactionBox& b : boxes) {
        const QRect luma = pixelBox(b.normalised, f->width, f->height);
        if (luma.isEmpty())
            continue;
        // The chroma box covers every chroma sample shared with a luma pixel of the box.
        const QRect chroma(QPoint(luma.left() / 2, luma.top() / 2), QPoint(luma.right() / 2, luma.bottom() / 2));
        PlaneView y {f->data[0], f->linesize[0], f->width, f->height, 1};
        PlaneView u {f->data[1], f->linesize[1], (f->width + 1) / 2, (f->height + 1) / 2, 1};
        PlaneView v {f->data[2], f->linesize[2], (f->width + 1) / 2, (f->height + 1) / 2, 1};
        const int block = blockSize(luma);
        switch (static_cast<RedactionRegion::Style>(b.style)) {
        case RedactionRegion::Style::Fill:
            fill(y, luma, 16);
            fill(u, chroma, 128);
            fill(v, chroma, 128);
            break;
        case RedactionRegion::Style::Pixelate:
            pixelate(y, luma, block);
            pixelate(u, chroma, block / 2);
            pixelate(v, chroma, block / 2);
            break;
        case RedactionRegion::Style::Blur:
            blur(y, luma, block);
            blur(u, chroma, block / 2);
            blur(v, chroma, block / 2);
            break;
        }
    }
}

void RedactionEffects::apply(QImage& image, const QList<RedactionBox>& boxes)
{
    if (image.format() != QImage::Format_RGB32 && image.format() != QImage::Format_ARGB32)
        image = image.convertToFormat(QImage::Format_RGB32);
    for (const RedactionBox& b : boxes) {
        const QRect box = pixelBox(b.normalised, image.width(), image.height());
        const int block = blockSize(box);
        for (int channel = 0; channel < 3; ++channel) {
            PlaneView p {image.bits() + channel, static_cast<int>(image.bytesPerLine()), image.width(), image.height(),
                         4};
            switch (static_cast<RedactionRegion::Style>(b.style)) {
            case RedactionRegion::Style::Fill:
                fill(p, box, 0);
                break;
            case RedactionRegion::Style::Pixelate:
                pixelate(p, box, block);
                break;
            case RedactionRegion::Style::Blur:
                blur(p, box, block);
                break;
            }
        }
    }
}

} // namespace lpdesk

// A 5×7 bitmap font for burning camera names and timestamps into synthetic clips: no font files, no
// QGuiApplication, identical pixels on every machine (so simulator output is deterministic for a seed).
#pragma once

#include <QImage>
#include <QString>

namespace lpdesk {

class BitmapFont
{
public:
    // Draws text with its top-left at (x, y); every font pixel becomes a scale×scale block.
    static void draw(QImage& image, int x, int y, const QString& text, QRgb color, int scale);
    static int width(const QString& text, int scale) { return static_cast<int>(text.size()) * 6 * scale; }
    static int height(int scale) { return 7 * scale; }
};

} // namespace lpdesk

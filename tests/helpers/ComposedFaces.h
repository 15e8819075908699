// Clips with faces on known paths, for assisted redaction tests and the detection benchmark: real CCTV footage
// (OpenCV's pedestrian video vtest.avi, opencv-doc) with a real photograph's face (scikit-image's astronaut.png,
// python3-skimage) moved along straight lines by the ffmpeg CLI. Every frame's true face box follows from the
// overlay expressions; rendered output read back with the ffmpeg CLI tells whether a face shows.
#pragma once

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QString>

namespace lpdesk::test {

QString footagePath(); // vtest.avi
QString facePhotoPath(); // astronaut.png

// The head crop of astronaut.png (170×180 at 140,40) holds the face at (38,42) 92×98.
struct FaceMover
{
    int w, h; // the crop scaled to
    double x0, vx, y0, vy; // overlay position: x0 + vx·t, y0 + vy·t
    QRectF faceAt(int frame, int fps) const;
};

struct ComposedClip
{
    int width = 1280, height = 720, fps = 25, seconds = 6;
    QList<FaceMover> movers;
    QString codecArgs = QStringLiteral("-c:v libx264 -preset veryfast -crf 18");
    bool stillBackground = false; // the footage's first frame held for the whole clip (a quiet scene)
    QList<double> appearAt; // per mover: the second it steps in (a mover without an entry is there from the start)
    bool visibleAt(qsizetype mover, int frame) const
    {
        return mover >= appearAt.size() || frame >= appearAt[mover] * fps;
    }
};

// Writes `clip` to `mp4` (the footage looped as needed); returns an error text (also when opencv-doc or
// python3-skimage is missing), empty on success.
QString composeFaceClip(const QString& mp4, const ComposedClip& clip);
// Every frame as 8-bit grey, decoded by the ffmpeg CLI (empty on failure).
QByteArray greyFrames(const QString& video);
// Frames × movers where the inner face box is not flat (grey-level spread above `maxSpread`): an exposed face.
// details: one line per exposure.
int exposedFaces(const QByteArray& grey, const ComposedClip& clip, double maxSpread = 6,
                 QStringList* details = nullptr);

} // namespace lpdesk::test

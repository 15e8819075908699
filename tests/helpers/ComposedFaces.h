// Clips with faces on known paths, for assisted redaction tests and the detection benchmark: real CCTV footage
// (OpenCV's pedestrian video vtest.avi, opencv-doc) with a real photograph's face (scikit-image's astronaut.png,
// python3-skimage), or a real pedestrian cut from the footage itself, moved along straight lines by the ffmpeg CLI.
// Every frame's true box follows from the overlay expressions; rendered output read back with the ffmpeg CLI tells
// whether a face shows.
#pragma once

#include "detect/Detection.h"
#include "redact/RedactionPlan.h"

#include <QByteArray>
#include <QList>
#include <QRect>
#include <QRectF>
#include <QString>

namespace lpdesk {
struct X25519KeyPair;
}

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

// What a mover shows: a crop of a picture and where its subject (a face, a person) lies in that crop, in the crop's
// pixels. The default is the astronaut's head.
struct MoverPicture
{
    QString path; // empty: astronaut.png
    QRect crop {140, 40, 170, 180};
    QRectF subject {38, 42, 92, 98};
};

// The pedestrian standing on the left of vtest.avi's first frame (head to shoes at 254,220 29×88), cut out with the
// road and grass around him. The frame is written to `folder` by the ffmpeg CLI; an empty path if that fails.
MoverPicture pedestrian(const QString& folder);

// A mover hidden by a flat grey card over the top `share` of its subject (a face: the eyes and nose, the chin still
// showing) in frames [from, to]: the card moves with the mover, as a hand or a shelf edge in front of a face would.
// With `fromBelow`, the card rises from the crop's bottom over `share` of the subject instead (a person behind a
// counter, head and shoulders showing).
struct Occlusion
{
    qsizetype mover = 0;
    int from = 0, to = -1;
    double share = 0.7;
    bool fromBelow = false;
};

struct ComposedClip
{
    int width = 1280, height = 720, fps = 25, seconds = 6;
    QList<FaceMover> movers;
    QString codecArgs = QStringLiteral("-c:v libx264 -preset veryfast -crf 18");
    bool stillBackground = false; // the footage's first frame held for the whole clip (a quiet scene)
    QList<double> appearAt; // per mover: the second it steps in (a mover without an entry is there from the start)
    QList<MoverPicture> pictures; // per mover (a mover without an entry shows the astronaut's head)
    QList<Occlusion> occlusions;
    bool visibleAt(qsizetype mover, int frame) const
    {
        return mover >= appearAt.size() || frame >= appearAt[mover] * fps;
    }
    MoverPicture pictureOf(qsizetype mover) const
    {
        return mover < pictures.size() ? pictures[mover] : MoverPicture {};
    }
    // The true box of a mover's subject in `frame`, in pixels of the clip.
    QRectF subjectAt(qsizetype mover, int frame) const;
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

double iou(const QRectF& a, const QRectF& b);
// A box normalised to the frame, in pixels of a width × height frame.
QRectF toPixels(const QRectF& normalised, int width, int height);

// Encrypts a plain clip to `key` (.lpenc), as evidence at rest is.
bool encryptClip(const QString& mp4, const QString& enc, const X25519KeyPair& key);
// Every track as a filled plan region, as accepting all suggestions in the editor does.
RedactionPlan planOf(const QList<detect::Track>& tracks, const QList<FrameInfo>& frames, int width, int height,
                     double padding);
// Renders the plan with LP Desk's renderer to `out` and reads it back with the ffmpeg CLI: frames × movers where a
// true face box is not flat, each named in a warning (-1 when rendering or reading fails).
int exposedAfterRendering(const QString& enc, const X25519KeyPair& key, const RedactionPlan& plan,
                          const ComposedClip& clip, const QString& out);

} // namespace lpdesk::test

#include "ComposedFaces.h"

#include "TestSupport.h"

#include "crypto/Lpenc.h"
#include "crypto/X25519.h"
#include "media/VideoDecoder.h"
#include "redact/Redactor.h"

#include <QFile>
#include <QProcess>
#include <QStringList>

#include <cmath>

namespace lpdesk::test {

QString footagePath()
{
    return QStringLiteral("/usr/share/doc/opencv-doc/examples/data/vtest.avi");
}

QString facePhotoPath()
{
    return QStringLiteral("/usr/lib/python3/dist-packages/skimage/data/astronaut.png");
}

namespace {

// Where a mover's crop lies in `frame`: ffmpeg's overlay truncates the position and aligns it to the chroma grid
// (even, for 4:2:0); then the subject's box within the crop, scaled as the crop is.
QRectF placed(const FaceMover& m, const MoverPicture& p, int frame, int fps)
{
    const double t = static_cast<double>(frame) / fps;
    const int x = static_cast<int>(std::floor(m.x0 + m.vx * t)) & ~1;
    const int y = static_cast<int>(std::floor(m.y0 + m.vy * t)) & ~1;
    const double sx = static_cast<double>(m.w) / p.crop.width(), sy = static_cast<double>(m.h) / p.crop.height();
    return QRectF(x + p.subject.x() * sx, y + p.subject.y() * sy, p.subject.width() * sx, p.subject.height() * sy);
}

} // namespace

QRectF FaceMover::faceAt(int frame, int fps) const
{
    return placed(*this, MoverPicture {}, frame, fps);
}

QRectF ComposedClip::subjectAt(qsizetype mover, int frame) const
{
    return placed(movers[mover], pictureOf(mover), frame, fps);
}

MoverPicture pedestrian(const QString& folder)
{
    MoverPicture p {QStringLiteral("%1/vtest-first-frame.png").arg(folder), QRect(215, 195, 90, 130),
                    QRectF(39, 25, 29, 88)};
    const ProcessRun made
        = run(QStringLiteral("ffmpeg"),
              {QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-y"), QStringLiteral("-i"),
               footagePath(), QStringLiteral("-frames:v"), QStringLiteral("1"), p.path});
    if (made.exitCode != 0)
        p.path.clear();
    return p;
}

QString composeFaceClip(const QString& mp4, const ComposedClip& clip)
{
    if (!QFile::exists(footagePath()))
        return QStringLiteral("opencv-doc is not installed (packaging/deps.txt): no %1").arg(footagePath());
    for (const MoverPicture& p : clip.pictures)
        if (!p.path.isEmpty() && !QFile::exists(p.path))
            return QStringLiteral("no picture %1 for a mover").arg(p.path);
    if (!QFile::exists(facePhotoPath()))
        return QStringLiteral("python3-skimage is not installed (packaging/deps.txt): no %1").arg(facePhotoPath());
    // The footage (about 80 s at 10 fps) loops for longer clips.
    // A still background: the first frame, looped, with fresh timestamps.
    QString filter
        = QStringLiteral("[0:v]%5scale=%1:%2,fps=%3,trim=duration=%4,setpts=PTS-STARTPTS[bg0];")
              .arg(clip.width)
              .arg(clip.height)
              .arg(clip.fps)
              .arg(clip.seconds)
              .arg(clip.stillBackground ? QStringLiteral("trim=end_frame=1,loop=loop=-1:size=1,setpts=N/25/TB,")
                                        : QString());
    // Input 0 is the footage; each picture a mover shows is one looped input after it.
    QStringList photos;
    for (qsizetype i = 0; i < clip.movers.size(); ++i) {
        const MoverPicture p = clip.pictureOf(i);
        const QString path = p.path.isEmpty() ? facePhotoPath() : p.path;
        if (!photos.contains(path))
            photos << path;
        filter += QStringLiteral("[%1:v]crop=%2:%3:%4:%5,scale=%6:%7")
                      .arg(photos.indexOf(path) + 1)
                      .arg(p.crop.width())
                      .arg(p.crop.height())
                      .arg(p.crop.x())
                      .arg(p.crop.y())
                      .arg(clip.movers[i].w)
                      .arg(clip.movers[i].h);
        // The card: from the crop's top down over `share` of the subject (or from its bottom up), for frames
        // [from, to] (the looped picture's frames carry the clip's timestamps, so its t is the frame's).
        const double scale = static_cast<double>(clip.movers[i].h) / p.crop.height();
        for (const Occlusion& o : clip.occlusions) {
            if (o.mover != i)
                continue;
            const double edge = p.subject.y() + p.subject.height() * (o.fromBelow ? 1 - o.share : o.share);
            filter += QStringLiteral(",drawbox=x=0:y=%1:w=iw:h=%2:color=gray:t=fill:enable='between(t,%3,%4)'")
                          .arg(o.fromBelow ? std::floor(edge * scale) : 0)
                          .arg(o.fromBelow ? clip.movers[i].h : std::ceil(edge * scale))
                          .arg((o.from - 0.5) / clip.fps)
                          .arg((o.to + 0.5) / clip.fps);
        }
        filter += QStringLiteral("[f%1];").arg(i);
    }
    for (qsizetype i = 0; i < clip.movers.size(); ++i) {
        const FaceMover& m = clip.movers[i];
        filter += QStringLiteral("[bg%1][f%1]overlay=x='%2+%3*t':y='%4+%5*t':shortest=1")
                      .arg(i)
                      .arg(m.x0)
                      .arg(m.vx)
                      .arg(m.y0)
                      .arg(m.vy);
        if (i < clip.appearAt.size())
            filter += QStringLiteral(":enable='gte(n,%1)'").arg(std::ceil(clip.appearAt[i] * clip.fps));
        if (i + 1 < clip.movers.size())
            filter += QStringLiteral("[bg%1];").arg(i + 1);
    }
    if (clip.movers.isEmpty())
        filter += QStringLiteral("[bg0]null");
    QStringList args {
        QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-y"), QStringLiteral("-stream_loop"),
        QStringLiteral("-1"),        QStringLiteral("-i"),    footagePath()};
    for (const QString& photo : std::as_const(photos))
        args << QStringLiteral("-loop") << QStringLiteral("1") << QStringLiteral("-framerate")
             << QString::number(clip.fps) << QStringLiteral("-i") << photo;
    if (photos.isEmpty())
        args << QStringLiteral("-loop") << QStringLiteral("1") << QStringLiteral("-i") << facePhotoPath();
    args << QStringLiteral("-filter_complex") << filter;
    args << clip.codecArgs.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    args << QStringLiteral("-pix_fmt") << QStringLiteral("yuv420p") << QStringLiteral("-t")
         << QString::number(clip.seconds) << mp4;
    const ProcessRun made = run(QStringLiteral("ffmpeg"), args);
    return made.exitCode == 0 ? QString() : made.describe();
}

QByteArray greyFrames(const QString& video)
{
    QProcess ff;
    ff.start(QStringLiteral("ffmpeg"),
             {QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-i"), video, QStringLiteral("-f"),
              QStringLiteral("rawvideo"), QStringLiteral("-pix_fmt"), QStringLiteral("gray"), QStringLiteral("-")});
    if (!ff.waitForFinished(300000) || ff.exitCode() != 0)
        return {};
    return ff.readAllStandardOutput();
}

int exposedFaces(const QByteArray& grey, const ComposedClip& clip, double maxSpread, QStringList* details)
{
    const qsizetype frameBytes = static_cast<qsizetype>(clip.width) * clip.height;
    const int frames = static_cast<int>(grey.size() / frameBytes);
    int exposed = 0;
    for (int f = 0; f < frames; ++f) {
        for (qsizetype i = 0; i < clip.movers.size(); ++i) {
            if (!clip.visibleAt(i, f))
                continue;
            // The inner part of the face (an encoder's edge ringing aside).
            const QRect r = clip.subjectAt(i, f)
                                .adjusted(2, 2, -2, -2)
                                .toAlignedRect()
                                .intersected(QRect(0, 0, clip.width, clip.height));
            if (r.isEmpty())
                continue;
            double sum = 0, sq = 0;
            for (int y = r.top(); y <= r.bottom(); ++y)
                for (int x = r.left(); x <= r.right(); ++x) {
                    const double v
                        = static_cast<unsigned char>(grey[static_cast<qsizetype>(f) * frameBytes + y * clip.width + x]);
                    sum += v;
                    sq += v * v;
                }
            const double count = static_cast<double>(r.width()) * r.height();
            const double sd = std::sqrt(std::max(0.0, sq / count - (sum / count) * (sum / count)));
            if (sd > maxSpread) {
                ++exposed;
                if (details)
                    *details << QStringLiteral("frame %1: face at %2,%3 %4x%5 not covered (grey-level spread %6)")
                                    .arg(f)
                                    .arg(r.x())
                                    .arg(r.y())
                                    .arg(r.width())
                                    .arg(r.height())
                                    .arg(sd, 0, 'f', 1);
            }
        }
    }
    return exposed;
}

double iou(const QRectF& a, const QRectF& b)
{
    const QRectF i = a.intersected(b);
    const double inter = i.width() * i.height();
    return inter / (a.width() * a.height() + b.width() * b.height() - inter);
}

QRectF toPixels(const QRectF& normalised, int width, int height)
{
    return QRectF(normalised.x() * width, normalised.y() * height, normalised.width() * width,
                  normalised.height() * height);
}

bool encryptClip(const QString& mp4, const QString& enc, const X25519KeyPair& key)
{
    QFile in(mp4);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    auto w = LpencWriter::create(enc, key.publicKey);
    return w && (*w)->write(in.readAll()) && (*w)->finish();
}

RedactionPlan planOf(const QList<detect::Track>& tracks, const QList<FrameInfo>& frames, int width, int height,
                     double padding)
{
    RedactionPlan plan;
    for (const detect::Track& t : tracks) {
        RedactionRegion r = detect::Detector::toRegion(t, frames, width, height, padding);
        r.id = QStringLiteral("%1-%2").arg(detect::kindName(t.kind)).arg(plan.regions.size() + 1);
        r.style = RedactionRegion::Style::Fill;
        r.reason = QStringLiteral("bystander");
        plan.regions << r;
    }
    return plan;
}

int exposedAfterRendering(const QString& enc, const X25519KeyPair& key, const RedactionPlan& plan,
                          const ComposedClip& clip, const QString& out)
{
    auto rendered = Redactor::render(enc, key, plan);
    if (!rendered) {
        qWarning("%s", qPrintable(rendered.errorMessage()));
        return -1;
    }
    if (!writeFile(out, rendered->mp4))
        return -1;
    const QByteArray grey = greyFrames(out);
    if (grey.size() != static_cast<qsizetype>(clip.width) * clip.height * clip.fps * clip.seconds)
        return -1;
    QStringList details;
    const int exposed = exposedFaces(grey, clip, 6, &details);
    for (const QString& d : std::as_const(details))
        qWarning("%s", qPrintable(d));
    return exposed;
}

} // namespace lpdesk::test

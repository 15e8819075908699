#include "ComposedFaces.h"

#include "TestSupport.h"

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

QRectF FaceMover::faceAt(int frame, int fps) const
{
    const double t = static_cast<double>(frame) / fps;
    // ffmpeg's overlay truncates the position and aligns it to the chroma grid (even, for 4:2:0).
    const int x = static_cast<int>(std::floor(x0 + vx * t)) & ~1;
    const int y = static_cast<int>(std::floor(y0 + vy * t)) & ~1;
    const double sx = w / 170.0, sy = h / 180.0;
    return QRectF(x + 38 * sx, y + 42 * sy, 92 * sx, 98 * sy);
}

QString composeFaceClip(const QString& mp4, const ComposedClip& clip)
{
    if (!QFile::exists(footagePath()))
        return QStringLiteral("opencv-doc is not installed (packaging/deps.txt): no %1").arg(footagePath());
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
    for (qsizetype i = 0; i < clip.movers.size(); ++i)
        filter += QStringLiteral("[1:v]crop=170:180:140:40,scale=%1:%2[f%3];")
                      .arg(clip.movers[i].w)
                      .arg(clip.movers[i].h)
                      .arg(i);
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
    QStringList args {QStringLiteral("-loglevel"),
                      QStringLiteral("error"),
                      QStringLiteral("-y"),
                      QStringLiteral("-stream_loop"),
                      QStringLiteral("-1"),
                      QStringLiteral("-i"),
                      footagePath(),
                      QStringLiteral("-loop"),
                      QStringLiteral("1"),
                      QStringLiteral("-i"),
                      facePhotoPath(),
                      QStringLiteral("-filter_complex"),
                      filter};
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
            const FaceMover& m = clip.movers[i];
            if (!clip.visibleAt(i, f))
                continue;
            // The inner part of the face (an encoder's edge ringing aside).
            const QRect r = m.faceAt(f, clip.fps)
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

} // namespace lpdesk::test

// Assisted redaction benchmark: detection (BlazeFace every 3rd frame) + tracking with the fail-safe on a 1080p 30 s
// clip composed from real material (OpenCV's vtest.avi with scikit-image's astronaut face moved by the ffmpeg CLI).
// Prints frames per second beside the clip's real-time rate (30 fps) and beside `ffmpeg -i clip -f null -`
// decoding the same clip (the decode-only baseline), as ratios. Never fails on time.
#include "ComposedFaces.h"

#include "crypto/Lpenc.h"
#include "detect/Detection.h"
#include "media/VideoDecoder.h"

extern "C" {
#include <libavutil/log.h>
}

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

#include <sys/resource.h>

using namespace lpdesk;

namespace {
// CPU seconds this process has used (all its threads, user + system; not the ffmpeg children).
double cpuSeconds()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    const auto sec
        = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
    return sec(u.ru_utime) + sec(u.ru_stime);
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    av_log_set_level(AV_LOG_ERROR);
    test::ComposedClip clip;
    clip.width = 1920;
    clip.height = 1080;
    clip.fps = 30;
    clip.seconds
        = qEnvironmentVariableIsSet("LPDESK_BENCH_SECONDS") ? qEnvironmentVariableIntValue("LPDESK_BENCH_SECONDS") : 30;
    // A large face crossing the picture and a small, distant one (the CCTV case the tiles are for).
    clip.movers = {{150, 159, 100, 50, 300, 5}, {70, 74, 1700, -40, 700, -5}};
    QTemporaryDir dir;
    const QString mp4 = dir.filePath(QStringLiteral("clip.mp4")); // benchmark input, not evidence
    const QString error = test::composeFaceClip(mp4, clip);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "composing the clip failed: %s\n", qPrintable(error));
        return 1;
    }
    const X25519KeyPair key = X25519::generate();
    const QString enc = dir.filePath(QStringLiteral("clip.lpenc"));
    {
        QFile in(mp4);
        if (!in.open(QIODevice::ReadOnly))
            return 1;
        auto w = LpencWriter::create(enc, key.publicKey);
        if (!w || !(*w)->write(in.readAll()) || !(*w)->finish())
            return 1;
    }

    // Baseline: the ffmpeg CLI decoding the same (plain) clip.
    QElapsedTimer timer;
    timer.start();
    QProcess ff;
    ff.start(QStringLiteral("ffmpeg"),
             {QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-i"), mp4, QStringLiteral("-f"),
              QStringLiteral("null"), QStringLiteral("-")});
    if (!ff.waitForFinished(-1) || ff.exitCode() != 0)
        return 1;
    const double decodeSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;

    auto video = VideoDecoder::open(enc, key);
    if (!video) {
        std::fprintf(stderr, "%s\n", qPrintable(video.errorMessage()));
        return 1;
    }
    const int frames = (*video)->frameCount();
    detect::Options options; // faces, detectors every 3rd frame, CSRT between misses, fail-safe hold and padding
    timer.restart();
    const double cpuBefore = cpuSeconds();
    detect::Stats stats;
    auto tracks = detect::Detector::findTracks(**video, options, {}, nullptr, &stats);
    const double detectSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    const double detectCpu = cpuSeconds() - cpuBefore;
    if (!tracks) {
        std::fprintf(stderr, "%s\n", qPrintable(tracks.errorMessage()));
        return 1;
    }
    const double fps = frames / detectSeconds;
    // A digest of every box of every track: two builds that must find the same tracks print the same digest.
    QCryptographicHash digest(QCryptographicHash::Sha256);
    for (const detect::Track& t : *tracks)
        for (const detect::TrackBox& b : t.boxes)
            digest.addData(QStringLiteral("%1 %2 %3 %4 %5 %6;")
                               .arg(b.frame)
                               .arg(b.rect.x(), 0, 'f', 6)
                               .arg(b.rect.y(), 0, 'f', 6)
                               .arg(b.rect.width(), 0, 'f', 6)
                               .arg(b.rect.height(), 0, 'f', 6)
                               .arg(b.detected)
                               .toUtf8());
    const double decodeFps = frames / decodeSeconds;
    std::printf("bench_detect: %dx%d, %d frames (%d s at %d fps), detection every %d frames, %lld tracks\n", clip.width,
                clip.height, frames, clip.seconds, clip.fps, options.detectEvery,
                static_cast<long long>(tracks->size()));
    std::printf("  tracks digest: %s\n", digest.result().toHex().left(16).constData());
    std::printf("  LP Desk detect + track:      %7.2f s  %7.1f fps\n", detectSeconds, fps);
    std::printf("  CPU time of detect + track:  %7.2f s  (all threads; on a busy machine this moves less than the wall "
                "time)\n",
                detectCpu);
    std::printf("  (%d face-model passes, %d tiles skipped by the motion gate, %d waiting their turn, %d tracker "
                "updates)\n",
                stats.patchesRun, stats.tilesSkipped, stats.tilesDeferred, stats.followerUpdates);
    std::printf("  stages (wall s of the run's thread): pictures %.2f, followers %.2f, detectors %.2f, rest %.2f\n",
                stats.pictureWait, stats.followWall, stats.detectWall,
                detectSeconds - stats.pictureWait - stats.followWall - stats.detectWall);
    std::printf("  CPU s on any core: model passes %.2f, follower updates %.2f, everything else %.2f\n", stats.modelCpu,
                stats.followCpu, detectCpu - stats.modelCpu - stats.followCpu);
    std::printf("  real time (playing):         %7.2f s  %7.1f fps  ratio %.2fx (>= 1.0x is faster than real time)\n",
                static_cast<double>(frames) / clip.fps, static_cast<double>(clip.fps), fps / clip.fps);
    std::printf("  ffmpeg -i clip -f null -:    %7.2f s  %7.1f fps  ratio %.3fx (decode-only baseline)\n",
                decodeSeconds, decodeFps, fps / decodeFps);
    return 0;
}

// Codec benchmark on a 30 s (LPDESK_BENCH_SECONDS) 1920x1080 15 fps H.265/HEVC clip with B-frames (what CCTV recorders
// write), same bytes, same run, side by side with the ffmpeg CLI doing the same work on the plaintext clip:
//   copy trim 34–86 %         LP Desk (.lpenc in, encrypted out)   vs  ffmpeg -ss … -to … -c copy
//   smart trim 34–86 %       LP Desk (lossless x265 edges + copy)  vs  ffmpeg frame-accurate cut = libx265 re-encode
//   redaction, whole clip    LP Desk (one fill box, x264 veryfast) vs  ffmpeg -vf drawbox + libx264 veryfast
// Prints times and ratios; never fails on time.
#include "crypto/Lpenc.h"
#include "media/Trimmer.h"
#include "redact/RedactionPlan.h"
#include "redact/Redactor.h"
#include "sim/ClipSynthesizer.h"

extern "C" {
#include <libavutil/log.h>
}

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>
#include <functional>

using namespace lpdesk;

namespace {

double timeIt(const std::function<bool()>& f)
{
    QElapsedTimer t;
    t.start();
    if (!f()) {
        std::fprintf(stderr, "benchmark step failed\n");
        std::exit(1);
    }
    return t.nsecsElapsed() / 1e9;
}

bool ffmpeg(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral("ffmpeg"),
            QStringList {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y")} + args);
    p.waitForFinished(-1);
    if (p.exitCode() != 0)
        std::fprintf(stderr, "%s\n", p.readAllStandardError().constData());
    return p.exitCode() == 0;
}

bool save(const QByteArray& mp4, const QString& out, const X25519KeyPair& key)
{
    auto w = LpencWriter::create(out, key.publicKey);
    return w && (*w)->write(mp4) && (*w)->finish();
}

bool trim(const QString& source, const X25519KeyPair& key, double from, double to, TrimRequest::Mode mode,
          const QString& out, TrimResult* result)
{
    TrimRequest r;
    r.from = from;
    r.to = to;
    r.mode = mode;
    auto t = Trimmer::trim(source, key, r);
    if (!t) {
        std::fprintf(stderr, "%s\n", qPrintable(t.errorMessage()));
        return false;
    }
    *result = *t;
    return save(t->mp4, out, key);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    av_log_set_level(AV_LOG_ERROR);
    QTemporaryDir dir;
    ClipSpec spec;
    spec.width = 1920;
    spec.height = 1080;
    spec.fps = 15;
    spec.seconds
        = qEnvironmentVariableIsSet("LPDESK_BENCH_SECONDS") ? qEnvironmentVariableIntValue("LPDESK_BENCH_SECONDS") : 30;
    spec.gopSeconds = 2;
    spec.hevc = true;
    spec.bFrames = 3;
    spec.preset = "ultrafast";
    auto clip = ClipSynthesizer::make(spec);
    if (!clip) {
        std::fprintf(stderr, "%s\n", qPrintable(clip.errorMessage()));
        return 1;
    }
    const X25519KeyPair key = X25519::generate();
    const QString plain = dir.filePath(QStringLiteral("clip.mp4")); // synthetic benchmark input, not evidence
    QFile f(plain);
    f.open(QIODevice::WriteOnly);
    f.write(clip->mp4);
    f.close();
    const QString enc = dir.filePath(QStringLiteral("clip.lpenc"));
    if (!save(clip->mp4, enc, key))
        return 1;

    // 10.3–25.7 s of the 30 s clip; the same share of a shorter one (neither end on a keyframe).
    const double fromS = std::round(spec.seconds * 10.3 / 30 * 100) / 100;
    const double toS = std::round(spec.seconds * 25.7 / 30 * 100) / 100;
    const QString from = QString::number(fromS, 'f', 2), to = QString::number(toS, 'f', 2);
    TrimResult copy, smart;
    const double ffCopy = timeIt([&] {
        return ffmpeg({QStringLiteral("-ss"), from, QStringLiteral("-to"), to, QStringLiteral("-i"), plain,
                       QStringLiteral("-c"), QStringLiteral("copy"), dir.filePath(QStringLiteral("ff-copy.mp4"))});
    });
    const double lpCopy = timeIt([&] {
        return trim(enc, key, fromS, toS, TrimRequest::Mode::Copy, dir.filePath(QStringLiteral("copy.lpenc")), &copy);
    });
    const double ffCut = timeIt([&] {
        return ffmpeg({QStringLiteral("-ss"), from, QStringLiteral("-to"), to, QStringLiteral("-i"), plain,
                       QStringLiteral("-c:v"), QStringLiteral("libx265"), QStringLiteral("-preset"),
                       QStringLiteral("ultrafast"), QStringLiteral("-x265-params"), QStringLiteral("log-level=error"),
                       QStringLiteral("-c:a"), QStringLiteral("copy"), dir.filePath(QStringLiteral("ff-cut.mp4"))});
    });
    const double lpSmart = timeIt([&] {
        return trim(enc, key, fromS, toS, TrimRequest::Mode::Smart, dir.filePath(QStringLiteral("smart.lpenc")),
                    &smart);
    });

    auto plan = RedactionPlan::parse(QStringLiteral(R"({"version":1,"regions":[{"id":"r1","style":"fill",
        "reason":"bystander","keyframes":[{"t":0,"x":0.25,"y":0.25,"w":0.25,"h":0.3},
        {"t":%1,"x":0.25,"y":0.25,"w":0.25,"h":0.3}]}]})")
                                         .arg(spec.seconds - 0.1)
                                         .toUtf8());
    const double lpRedact = timeIt([&] {
        auto r = Redactor::render(enc, key, *plan, {}, nullptr, "veryfast");
        return r && save(r->mp4, dir.filePath(QStringLiteral("redacted.lpenc")), key);
    });
    const double ffRedact = timeIt([&] {
        return ffmpeg({QStringLiteral("-i"), plain, QStringLiteral("-vf"),
                       QStringLiteral("drawbox=x=iw/4:y=ih/4:w=iw/4:h=ih*0.3:color=black:t=fill"),
                       QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-preset"),
                       QStringLiteral("veryfast"), QStringLiteral("-crf"), QStringLiteral("18"), QStringLiteral("-c:a"),
                       QStringLiteral("copy"), dir.filePath(QStringLiteral("ff-redact.mp4"))});
    });

    std::printf("%g s 1920x1080 15 fps H.265/HEVC clip with B-frames (libx265, 2 s GOPs), trim %s–%s s\n",
                static_cast<double>(spec.seconds), qPrintable(from), qPrintable(to));
    std::printf("  copy:   LP Desk %.3f s   ffmpeg -c copy %.3f s   ratio %.2fx\n", lpCopy, ffCopy, lpCopy / ffCopy);
    std::printf("  smart:  LP Desk %.3f s (%d frames re-encoded losslessly, %d packets copied, stays HEVC)   "
                "ffmpeg libx265 re-encode %.3f s   ratio %.2fx\n",
                lpSmart, smart.reencodedFrames, smart.copiedVideoPackets, ffCut, lpSmart / ffCut);
    std::printf("  redact: LP Desk %.3f s   ffmpeg drawbox + libx264 %.3f s   ratio %.2fx\n", lpRedact, ffRedact,
                lpRedact / ffRedact);
    return 0;
}

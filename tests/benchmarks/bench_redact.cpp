// Redaction benchmark: render a 1080p 30 s clip with 3 moving regions (blur, pixelate, fill) against
// `ffmpeg -vf boxblur` + libx264 with the same preset on the same clip, in the same run. Prints frames per second
// for both and the ratio (target >= 1.0x). Then smart redaction: a 1080p 30 s clip the ffmpeg CLI made (libx264
// veryfast, a keyframe every 2 s) with one region for 5 s, rendered smart, full, and by the ffmpeg CLI (drawbox on
// the same box and time range + libx264 with the same settings); prints the ratios. Never fails on time.
#include "crypto/Lpenc.h"
#include "media/ClipSynthesizer.h"
#include "redact/Redactor.h"

extern "C" {
#include <libavutil/log.h>
}

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace lpdesk;

namespace {

double runFfmpeg(const QStringList& args)
{
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(QStringLiteral("ffmpeg"),
            QStringList {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y")} + args);
    p.waitForFinished(-1);
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0 ? t.nsecsElapsed() / 1e9 : -1;
}

QString encrypt(const QString& plain, const QString& enc, const X25519KeyPair& key)
{
    QFile f(plain);
    auto w = LpencWriter::create(enc, key.publicKey);
    if (!f.open(QIODevice::ReadOnly) || !w || !(*w)->write(f.readAll()) || !(*w)->finish())
        return {};
    return enc;
}

// One region (a filled box, 5 s) on a 30 s 1080p clip: smart vs full vs the ffmpeg CLI.
int smartRedaction(const QTemporaryDir& dir, const X25519KeyPair& key, double seconds)
{
    const QString plain = dir.filePath(QStringLiteral("smart-src.mp4")); // synthetic benchmark input, not evidence
    const QString x264 = QStringLiteral("keyint=50:min-keyint=50:scenecut=0");
    if (runFfmpeg({QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                   QStringLiteral("testsrc2=size=1920x1080:rate=25"), QStringLiteral("-t"), QString::number(seconds),
                   QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-preset"),
                   QStringLiteral("veryfast"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"),
                   QStringLiteral("-x264-params"), x264, plain})
        < 0)
        return 1;
    const QString enc = encrypt(plain, dir.filePath(QStringLiteral("smart-src.lpenc")), key);
    const double from = seconds * 0.4, to = from + std::min(5.0, seconds / 6);
    auto plan = RedactionPlan::parse(
        QStringLiteral(R"({"version":1,"regions":[{"id":"a","style":"fill","reason":"bystander","keyframes":[
            {"t":%1,"x":0.4,"y":0.3,"w":0.2,"h":0.3},{"t":%2,"x":0.4,"y":0.3,"w":0.2,"h":0.3}]}]})")
            .arg(from)
            .arg(to)
            .toUtf8());
    if (enc.isEmpty() || !plan)
        return 1;
    double took[2] = {0, 0};
    RedactionResult results[2];
    for (int m = 0; m < 2; ++m) {
        QElapsedTimer t;
        t.start();
        auto r = Redactor::render(enc, key, *plan, {}, nullptr, "veryfast",
                                  m == 0 ? RedactionMode::Smart : RedactionMode::Full);
        auto out = LpencWriter::create(dir.filePath(QStringLiteral("smart-out.lpenc")), key.publicKey);
        if (!r || !(*out)->write(r->mp4) || !(*out)->finish())
            return 1;
        took[m] = t.nsecsElapsed() / 1e9;
        results[m] = std::move(*r);
    }
    const QString box = QStringLiteral("drawbox=x=768:y=324:w=384:h=324:color=black:t=fill:enable='between(t,%1,%2)'")
                            .arg(from)
                            .arg(to);
    const double ffmpeg = runFfmpeg({QStringLiteral("-i"), plain, QStringLiteral("-vf"), box, QStringLiteral("-c:v"),
                                     QStringLiteral("libx264"), QStringLiteral("-preset"), QStringLiteral("veryfast"),
                                     QStringLiteral("-crf"), QStringLiteral("18"), QStringLiteral("-g"),
                                     QStringLiteral("50"), dir.filePath(QStringLiteral("smart-ff.mp4"))});
    if (ffmpeg < 0)
        return 1;
    std::printf("smart redaction, 1920x1080 %g s (libx264 veryfast, GOP 2 s), one region %.1f-%.1f s\n", seconds, from,
                to);
    std::printf("  %s\n", qPrintable(results[0].summary()));
    std::printf("  LP Desk smart (decrypt, copy + re-encode, encrypt): %.2f s\n", took[0]);
    std::printf("  LP Desk full  (decrypt, redact, encode, encrypt):   %.2f s\n", took[1]);
    std::printf("  ffmpeg -vf drawbox + libx264 (plaintext):           %.2f s\n", ffmpeg);
    std::printf("  ratio (smart speed-up over full): %.2fx\n", took[1] / took[0]);
    std::printf("  ratio (smart speed-up over ffmpeg CLI): %.2fx\n", ffmpeg / took[0]);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    av_log_set_level(AV_LOG_ERROR);
    const double seconds = qEnvironmentVariableIsSet("LPDESK_BENCH_SECONDS")
        ? qEnvironmentVariable("LPDESK_BENCH_SECONDS").toDouble()
        : 30;
    QTemporaryDir dir;
    ClipSpec spec;
    spec.width = 1920;
    spec.height = 1080;
    spec.fps = 25;
    spec.seconds = seconds;
    spec.people = 3;
    auto clip = ClipSynthesizer::make(spec);
    if (!clip)
        return 1;
    const X25519KeyPair key = X25519::generate();
    const QString plain = dir.filePath(QStringLiteral("clip.mp4")); // synthetic benchmark input, not evidence
    QFile f(plain);
    f.open(QIODevice::WriteOnly);
    f.write(clip->mp4);
    f.close();
    const QString enc = dir.filePath(QStringLiteral("clip.lpenc"));
    auto w = LpencWriter::create(enc, key.publicKey);
    (void)(*w)->write(clip->mp4);
    (void)(*w)->finish();
    const QByteArray planJson = QStringLiteral(
                                    R"({"version":1,"regions":[
        {"id":"a","style":"blur","reason":"bystander","keyframes":[{"t":0,"x":0.05,"y":0.2,"w":0.15,"h":0.3},{"t":%1,"x":0.7,"y":0.3,"w":0.15,"h":0.3}]},
        {"id":"b","style":"pixelate","reason":"minor","keyframes":[{"t":0,"x":0.6,"y":0.5,"w":0.2,"h":0.3},{"t":%1,"x":0.1,"y":0.5,"w":0.2,"h":0.3}]},
        {"id":"c","style":"fill","reason":"payment_data","keyframes":[{"t":0,"x":0.4,"y":0.05,"w":0.1,"h":0.1},{"t":%1,"x":0.45,"y":0.1,"w":0.1,"h":0.1}]}]})")
                                    .arg(seconds - 0.1)
                                    .toUtf8();
    auto plan = RedactionPlan::parse(planJson);
    if (!plan) {
        std::fprintf(stderr, "%s\n", qPrintable(plan.errorMessage()));
        return 1;
    }
    QElapsedTimer t;
    t.start();
    auto r = Redactor::render(enc, key, *plan, {}, nullptr, "veryfast", RedactionMode::Full);
    auto out = LpencWriter::create(dir.filePath(QStringLiteral("out.lpenc")), key.publicKey);
    if (!r || !(*out)->write(r->mp4) || !(*out)->finish())
        return 1;
    const double ours = t.nsecsElapsed() / 1e9;
    t.start();
    QProcess p;
    p.start(QStringLiteral("ffmpeg"),
            {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"), QStringLiteral("-i"), plain,
             QStringLiteral("-vf"), QStringLiteral("boxblur=10:2"), QStringLiteral("-c:v"), QStringLiteral("libx264"),
             QStringLiteral("-preset"), QStringLiteral("veryfast"), QStringLiteral("-crf"), QStringLiteral("18"),
             QStringLiteral("-c:a"), QStringLiteral("copy"), dir.filePath(QStringLiteral("ff.mp4"))});
    p.waitForFinished(-1);
    const double theirs = t.nsecsElapsed() / 1e9;
    if (p.exitCode() != 0)
        return 1;
    const double frames = r->frames;
    std::printf("redaction render, 1920x1080 %g s (%d frames), 3 moving regions, libx264 veryfast crf 18\n", seconds,
                r->frames);
    std::printf("  LP Desk (decrypt, redact, encode, encrypt): %.2f s  %.1f frames/s\n", ours, frames / ours);
    std::printf("  ffmpeg -vf boxblur + libx264 (plaintext):   %.2f s  %.1f frames/s\n", theirs, frames / theirs);
    std::printf("  ratio (LP Desk fps / ffmpeg fps): %.2fx (target >= 1.0x)\n", theirs / ours);
    return smartRedaction(dir, key, 30); // always 30 s: the copied GOPs are what it measures
}

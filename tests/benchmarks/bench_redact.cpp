// Redaction benchmark: render a 1080p 30 s clip with 3 moving regions (blur, pixelate, fill) against
// `ffmpeg -vf boxblur` + libx264 with the same preset on the same clip, in the same run. Prints frames per second
// for both and the ratio (target >= 1.0x). Never fails on time.
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

#include <cstdio>

using namespace lpdesk;

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
    auto r = Redactor::render(enc, key, *plan, {}, nullptr, "veryfast");
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
    return 0;
}

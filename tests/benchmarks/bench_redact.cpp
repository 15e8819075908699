// Redaction benchmark: render a 1080p 30 s clip with 3 moving regions (blur, pixelate, fill) against the same work
// in ffmpeg (per region crop -> the same effect -> overlay at the same moving position, libx264 with LP Desk's
// settings) on the same clip, in the same run; the baseline's output is checked to hide the regions. Prints frames per
// second for both and the ratio (target >= 1.0x). Then smart redaction: a 1080p 30 s clip the ffmpeg CLI made (libx264
// veryfast, a keyframe every 2 s) with one region for 5 s, rendered smart, full, and by the ffmpeg CLI (drawbox on
// the same box and time range + libx264 with the same settings); prints the ratios. Never fails on time.
#include "crypto/Lpenc.h"
#include "redact/RedactionEffects.h"
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

#include <algorithm>
#include <cmath>
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

int gop(int fps)
{
    return std::max(1, fps * 2); // FullRender: a keyframe every 2 s
}

// LP Desk's render settings (FullRender + VideoEncoder): libx264 veryfast crf 18, fixed GOP of 2 s, no B-frames,
// no scene-cut keyframes, closed GOPs, automatic threads, yuv420p.
QStringList x264Args(int fps)
{
    const QString g = QString::number(gop(fps));
    return {QStringLiteral("-c:v"),         QStringLiteral("libx264"),
            QStringLiteral("-preset"),      QStringLiteral("veryfast"),
            QStringLiteral("-crf"),         QStringLiteral("18"),
            QStringLiteral("-g"),           g,
            QStringLiteral("-keyint_min"),  g,
            QStringLiteral("-bf"),          QStringLiteral("0"),
            QStringLiteral("-threads"),     QStringLiteral("0"),
            QStringLiteral("-x264-params"), QStringLiteral("scenecut=0:open-gop=0"),
            QStringLiteral("-pix_fmt"),     QStringLiteral("yuv420p")};
}

// One coordinate of a region with two keyframes and a constant size, in pixels, as an ffmpeg expression in t
// (the same linear motion as RedactionRegion::boxAt, floored like RedactionEffects::pixelBox).
QString motion(double a, double b, double t0, double t1, int size)
{
    return QStringLiteral("floor(%1*(%2+(%3)*clip((t-%4)/%5\\,0\\,1)))")
        .arg(size)
        .arg(a, 0, 'g', 12)
        .arg(b - a, 0, 'g', 12)
        .arg(t0, 0, 'g', 12)
        .arg(std::max(1e-9, t1 - t0), 0, 'g', 12);
}

// The filter graph that does LP Desk's work in ffmpeg: per region crop -> the same effect (blur: cell means
// re-expanded bilinearly; pixelate: block means; fill: black) -> overlay at the same moving position while the
// region is active.
QString equalWorkGraph(const RedactionPlan& plan, const ClipSpec& spec)
{
    const qsizetype n = plan.regions.size();
    QString g = QStringLiteral("[0:v]split=%1[base]").arg(n + 1);
    for (qsizetype i = 0; i < n; ++i)
        g += QStringLiteral("[in%1]").arg(i);
    g += QLatin1Char(';');
    QString last = QStringLiteral("base");
    for (qsizetype i = 0; i < n; ++i) {
        const RedactionRegion& region = plan.regions[i];
        const RedactionKeyframe& k0 = region.keyframes.first();
        const RedactionKeyframe& k1 = region.keyframes.last();
        const QRect box = RedactionEffects::pixelBox(k0.rect(), spec.width, spec.height);
        const int w = (box.width() + 1) & ~1, h = (box.height() + 1) & ~1;
        const QString x = motion(k0.x, k1.x, k0.t, k1.t, spec.width);
        const QString y = motion(k0.y, k1.y, k0.t, k1.t, spec.height);
        // Blur and pixelate work on LP Desk's grid of block×block cells from the box's corner: the crop covers whole
        // cells, is reduced to one value per cell and re-expanded, then cut back to the box.
        const int block = RedactionEffects::blockSize(QRect(0, 0, w, h));
        const int gw = (w + block - 1) / block, gh = (h + block - 1) / block;
        int cw = w, ch = h;
        QString effect;
        switch (region.style) {
        case RedactionRegion::Style::Blur:
        case RedactionRegion::Style::Pixelate:
            cw = gw * block;
            ch = gh * block;
            effect = QStringLiteral("scale=%1:%2:flags=area,scale=%3:%4:flags=%5,crop=%6:%7:0:0")
                         .arg(gw)
                         .arg(gh)
                         .arg(cw)
                         .arg(ch)
                         .arg(region.style == RedactionRegion::Style::Blur ? QStringLiteral("bilinear")
                                                                           : QStringLiteral("neighbor"))
                         .arg(w)
                         .arg(h);
            break;
        case RedactionRegion::Style::Fill:
            effect = QStringLiteral("drawbox=c=black:t=fill");
            break;
        }
        const QString next = i + 1 == n ? QStringLiteral("out") : QStringLiteral("o%1").arg(i);
        g += QStringLiteral("[in%1]crop=w=%2:h=%3:x='%4':y='%5',%6[fx%1];").arg(i).arg(cw).arg(ch).arg(x, y, effect);
        g += QStringLiteral("[%1][fx%2]overlay=x='%3':y='%4':enable='between(t,%5,%6)'[%7]")
                 .arg(last)
                 .arg(i)
                 .arg(x, y)
                 .arg(k0.t - 1e-9, 0, 'g', 12)
                 .arg(k1.t + 1e-9, 0, 'g', 12)
                 .arg(next);
        if (i + 1 < n)
            g += QLatin1Char(';');
        last = next;
    }
    return g;
}

int countFrames(const QString& mp4)
{
    QProcess p;
    p.start(QStringLiteral("ffprobe"),
            {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-select_streams"), QStringLiteral("v:0"),
             QStringLiteral("-count_packets"), QStringLiteral("-show_entries"),
             QStringLiteral("stream=nb_read_packets"), QStringLiteral("-of"), QStringLiteral("csv=p=0"), mp4});
    p.waitForFinished(-1);
    return p.exitCode() == 0 ? p.readAllStandardOutput().trimmed().toInt() : -1;
}

// Frame n of a clip as 8-bit luma, decoded by the ffmpeg CLI (an outside decoder).
QByteArray lumaFrame(const QString& mp4, int n)
{
    QProcess p;
    p.start(QStringLiteral("ffmpeg"),
            {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"), mp4, QStringLiteral("-vf"),
             QStringLiteral("select=eq(n\\,%1)").arg(n), QStringLiteral("-fps_mode"), QStringLiteral("passthrough"),
             QStringLiteral("-frames:v"), QStringLiteral("1"), QStringLiteral("-f"), QStringLiteral("rawvideo"),
             QStringLiteral("-pix_fmt"), QStringLiteral("gray"), QStringLiteral("-")});
    p.waitForFinished(-1);
    return p.exitCode() == 0 ? p.readAllStandardOutput() : QByteArray();
}

double meanAbsDiff(const QByteArray& a, const QByteArray& b, const QRect& box, int width)
{
    double sum = 0;
    for (int y = box.top(); y <= box.bottom(); ++y)
        for (int x = box.left(); x <= box.right(); ++x) {
            const qsizetype i = static_cast<qsizetype>(y) * width + x;
            sum += std::abs(static_cast<uint8_t>(a[i]) - static_cast<uint8_t>(b[i]));
        }
    return sum / std::max(1, box.width() * box.height());
}

// In frame n, inside each region (8 px in from its edge), ffmpeg's output must look like LP Desk's redacted output
// (which TestRedactor checks hides the region) and not like the source wherever LP Desk's differs from it.
bool baselineHidesRegions(const RedactionPlan& plan, const ClipSpec& spec, int n, const QString& source,
                          const QString& ours, const QString& theirs)
{
    const QByteArray src = lumaFrame(source, n), lp = lumaFrame(ours, n), ff = lumaFrame(theirs, n);
    const qsizetype size = static_cast<qsizetype>(spec.width) * spec.height;
    if (src.size() != size || lp.size() != size || ff.size() != size)
        return false;
    bool ok = true;
    for (const RedactionBox& b : Redactor::boxesAt(plan, static_cast<double>(n) / spec.fps)) {
        const QRect box = RedactionEffects::pixelBox(b.normalised, spec.width, spec.height).adjusted(8, 8, -8, -8);
        const double ffVsLp = meanAbsDiff(ff, lp, box, spec.width);
        const double ffVsSrc = meanAbsDiff(ff, src, box, spec.width);
        const double lpVsSrc = meanAbsDiff(lp, src, box, spec.width);
        std::printf("  check frame %d, region at %d,%d %dx%d: |ffmpeg-LP Desk| %.1f, |ffmpeg-source| %.1f, "
                    "|LP Desk-source| %.1f (mean luma difference)\n",
                    n, box.x(), box.y(), box.width(), box.height(), ffVsLp, ffVsSrc, lpVsSrc);
        ok = ok && ffVsLp < 6 && ffVsSrc >= lpVsSrc / 2;
    }
    return ok;
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
    // Equal work: the same regions at the same moving positions with the same effects, the same encoder settings
    // and the same frames (issue 18: a whole-frame boxblur flattered LP Desk).
    const QString ffOut = dir.filePath(QStringLiteral("ff.mp4"));
    const QString graph = equalWorkGraph(*plan, spec);
    const QStringList ffArgs = QStringList {QStringLiteral("-i"),
                                            plain,
                                            QStringLiteral("-filter_complex"),
                                            graph,
                                            QStringLiteral("-map"),
                                            QStringLiteral("[out]"),
                                            QStringLiteral("-map"),
                                            QStringLiteral("0:a?"),
                                            QStringLiteral("-fps_mode"),
                                            QStringLiteral("passthrough")}
        + x264Args(spec.fps) + QStringList {QStringLiteral("-c:a"), QStringLiteral("copy"), ffOut};
    const double theirs = runFfmpeg(ffArgs);
    if (theirs < 0)
        return 1;
    // The baseline must really hide the regions: compare one frame with LP Desk's output and with the source.
    const QString ourOut = dir.filePath(QStringLiteral("lp.mp4")); // synthetic benchmark output, not evidence
    QFile lp(ourOut);
    if (!lp.open(QIODevice::WriteOnly) || lp.write(r->mp4) != r->mp4.size())
        return 1;
    lp.close();
    const int ffFrames = countFrames(ffOut);
    if (ffFrames != r->frames || !baselineHidesRegions(*plan, spec, r->frames / 2, plain, ourOut, ffOut)) {
        std::fprintf(stderr, "the ffmpeg baseline is not the same work (%d frames vs %d, or a region not hidden)\n",
                     ffFrames, r->frames);
        return 1;
    }
    const double frames = r->frames;
    std::printf("redaction render, 1920x1080 %g s (%d frames), 3 moving regions, libx264 veryfast crf 18 GOP %d\n",
                seconds, r->frames, gop(spec.fps));
    std::printf("  LP Desk (decrypt, redact, encode, encrypt):       %.2f s  %.1f frames/s\n", ours, frames / ours);
    std::printf("  ffmpeg crop/effect/overlay per region + libx264:  %.2f s  %.1f frames/s\n", theirs, frames / theirs);
    std::printf("  ratio (LP Desk fps / ffmpeg fps): %.2fx (target >= 1.0x)\n", theirs / ours);
    return smartRedaction(dir, key, 30); // always 30 s: the copied GOPs are what it measures
}

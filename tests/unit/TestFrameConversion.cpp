// Colour conversion of decoded frames on widths where swscale's x86 converters write past the end of a row (600,
// 602, 1918 and an odd height), and widths where they do not (598, 1366): every path that converts (frameBgr for
// detection, frameAt for stills, thumbnails, the player and the review, displayFrame from other pixel formats) gives
// the pixels of the ffmpeg CLI's own conversion and writes nothing outside the picture.
#include "TestSupport.h"

#include "crypto/Lpenc.h"
#include "media/VideoDecoder.h"

#include <QRect>
#include <QTemporaryDir>
#include <QTest>

extern "C" {
#include <libavutil/frame.h>
}

#include <algorithm>
#include <cstdlib>

using namespace lpdesk;

namespace {

constexpr int Canary = 0x5A;
constexpr int CanaryBytes = 256;

struct Difference
{
    int worst = 0;
    double mean = 0;
    int off = 0; // channel values more than 3 apart
    QRect where; // of those
    QString describe() const
    {
        return QStringLiteral("worst %1, mean %2, %3 values off by more than 3 in %4,%5 %6x%7")
            .arg(worst)
            .arg(mean, 0, 'f', 4)
            .arg(off)
            .arg(where.x())
            .arg(where.y())
            .arg(where.width())
            .arg(where.height());
    }
};

// B, G, R of each pixel of `got` (rows `stride` apart) against the oracle's packed BGR24.
Difference compareBgr(const uchar* got, qsizetype stride, int pixelBytes, const QByteArray& oracle, int width,
                      int height)
{
    Difference d;
    qint64 sum = 0;
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            for (int c = 0; c < 3; ++c) {
                const int a = got[y * stride + x * pixelBytes + c];
                const int b = static_cast<uchar>(oracle[(y * width + x) * 3 + c]);
                d.worst = std::max(d.worst, std::abs(a - b));
                if (std::abs(a - b) > 3) {
                    ++d.off;
                    d.where |= QRect(x, y, 1, 1);
                }
                sum += std::abs(a - b);
            }
    d.mean = static_cast<double>(sum) / (3.0 * width * height);
    return d;
}

} // namespace

class TestFrameConversion : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    X25519KeyPair m_key = X25519::generate();

    // A clip the ffmpeg CLI makes (testsrc2: colour bars, gradients, moving text), encrypted as LP Desk stores media,
    // and the oracle: the CLI's BGR24 conversion of frame `frame`, bilinear like LP Desk's (on odd widths swscale
    // interpolates the chroma with its general scaler, where the flags count: bicubic is up to 161 apart).
    void makeClip(const QString& name, const QString& source, const QStringList& codec, int frame, QString& lpenc,
                  QByteArray& oracle)
    {
        const QString plain = m_dir.filePath(name);
        auto made = test::run(QStringLiteral("ffmpeg"),
                              QStringList {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-f"),
                                           QStringLiteral("lavfi"), QStringLiteral("-i"), source, QStringLiteral("-t"),
                                           QStringLiteral("0.4")}
                                  + codec + QStringList {QStringLiteral("-y"), plain});
        QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));
        auto raw = test::run(QStringLiteral("ffmpeg"),
                             {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"), plain,
                              QStringLiteral("-vf"),
                              QStringLiteral("select=eq(n\\,%1),scale=flags=bilinear,format=bgr24").arg(frame),
                              QStringLiteral("-frames:v"), QStringLiteral("1"), QStringLiteral("-f"),
                              QStringLiteral("rawvideo"), QStringLiteral("-")});
        QVERIFY2(raw.exitCode == 0, qPrintable(raw.describe()));
        oracle = raw.out;
        lpenc = plain + QStringLiteral(".lpenc");
        auto w = LpencWriter::create(lpenc, m_key.publicKey);
        QVERIFY(w);
        QVERIFY((*w)->write(test::readFile(plain)));
        QVERIFY((*w)->finish());
    }

private Q_SLOTS:
    void matchesFfmpegAndStaysInside_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("codec");
        const QStringList h264 {QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-pix_fmt"),
                                QStringLiteral("yuv420p")};
        // FFV1 takes odd sizes (H.264 in 4:2:0 does not); yuv444p goes through displayFrame's conversion first.
        const QStringList ffv1 {QStringLiteral("-c:v"), QStringLiteral("ffv1"), QStringLiteral("-pix_fmt"),
                                QStringLiteral("yuv420p")};
        const QStringList h264yuv444 {QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-pix_fmt"),
                                      QStringLiteral("yuv444p")};
        const auto bars = [](int w, int h) { return QStringLiteral("testsrc2=size=%1x%2:rate=25").arg(w).arg(h); };
        QTest::newRow("600x480") << 600 << 480 << bars(600, 480) << h264;
        QTest::newRow("602x480") << 602 << 480 << bars(602, 480) << h264;
        QTest::newRow("598x480") << 598 << 480 << bars(598, 480) << h264;
        QTest::newRow("1366x768") << 1366 << 768 << bars(1366, 768) << h264;
        QTest::newRow("1918x1080") << 1918 << 1080 << bars(1918, 1080) << h264;
        // testsrc2 rounds its size down to even numbers: scaled to the odd size.
        QTest::newRow("601x361 ffv1") << 601 << 361 << bars(602, 362) + QStringLiteral(",scale=601:361") << ffv1;
        QTest::newRow("600x482 yuv444p") << 600 << 482 << bars(600, 482) << h264yuv444;
    }

    void matchesFfmpegAndStaysInside()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(QString, source);
        QFETCH(QStringList, codec);
        const int frame = 5;
        QString lpenc;
        QByteArray oracle;
        makeClip(QStringLiteral("%1x%2-%3.mkv").arg(width).arg(height).arg(codec.last()), source, codec, frame, lpenc,
                 oracle);
        QCOMPARE(oracle.size(), width * height * 3);
        auto dec = VideoDecoder::open(lpenc, m_key);
        QVERIFY2(dec, qPrintable(dec.errorMessage()));
        QCOMPARE((*dec)->width(), width);
        QCOMPARE((*dec)->height(), height);

        // Both paths run before anything is judged, so a failure shows each of them.
        QStringList problems;
        // frameBgr (detection): rows packed exactly (stride 3 × width), the bytes after the last row untouched.
        const qsizetype stride = qsizetype(width) * 3;
        QByteArray buffer(stride * height + CanaryBytes, char(Canary));
        auto* bgr = reinterpret_cast<uchar*>(buffer.data());
        QVERIFY((*dec)->frameBgr(frame, bgr, stride));
        const int spoiled = static_cast<int>(
            std::count_if(buffer.cend() - CanaryBytes, buffer.cend(), [](char c) { return c != char(Canary); }));
        if (spoiled)
            problems << QStringLiteral("frameBgr wrote %1 bytes past the picture").arg(spoiled);
        const Difference b = compareBgr(bgr, stride, 3, oracle, width, height);
        // Measured: identical to the CLI on 4:2:0 (worst 0, mean 0). 4:4:4 goes through displayFrame's 4:2:0 first
        // (worst 116, mean 1.76 on colour edges).
        if (!((b.mean < 1.0 && b.worst <= 3) || (codec.last() == QLatin1String("yuv444p") && b.mean < 3.0)))
            problems << QStringLiteral("frameBgr: ") + b.describe();

        // frameAt (stills, thumbnails, the player, the review): 32-bit pixels B, G, R, 0xff in memory.
        auto image = (*dec)->frameAt(frame);
        QVERIFY2(image, qPrintable(image.errorMessage()));
        QCOMPARE(image->size(), QSize(width, height));
        const Difference q = compareBgr(image->constBits(), image->bytesPerLine(), 4, oracle, width, height);
        if (!(q.mean < 1.0 && q.worst <= 3))
            problems << QStringLiteral("frameAt: ") + q.describe();
        qInfo("%dx%d %s: frameBgr %s; frameAt %s", width, height, qPrintable(codec.last()), qPrintable(b.describe()),
              qPrintable(q.describe()));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    }
};

QTEST_GUILESS_MAIN(TestFrameConversion)
#include "TestFrameConversion.moc"

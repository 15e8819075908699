// Trims of a 60 s H.264 clip with 2 s GOPs: smart trims are frame-exact (every output frame decodes to exactly the
// source frame's pixels) and the stream-copied middle is byte-identical; copy trims report the keyframe-aligned
// range they got; bad requests are refused.
#include "TestSupport.h"

#include "crypto/Lpenc.h"
#include "crypto/Sha256.h"
#include "media/EncryptedAvio.h"
#include "media/MediaProbe.h"
#include "media/Trimmer.h"
#include "media/VideoDecoder.h"
#include "sim/ClipSynthesizer.h"

extern "C" {
#include <libavformat/avformat.h>
}

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace lpdesk;

class TestTrimmer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    X25519KeyPair m_key = X25519::generate();
    QString m_source;
    QList<QByteArray> m_sourceFrames; // SHA-256 of each decoded frame's YUV planes
    QList<FrameInfo> m_sourceIndex;
    QList<QByteArray> m_sourceMd5; // the oracle: ffmpeg -f framemd5 of the source

    // ffmpeg's framemd5 of an MP4 the trimmer made (a synthetic test clip, written plain only for the oracle).
    QList<QByteArray> oracle(const QByteArray& mp4, const QString& name)
    {
        const QString plain = m_dir.filePath(name);
        if (!test::writeFile(plain, mp4))
            return {};
        const QList<QByteArray> md5 = test::ffmpegFrameMd5(plain);
        QFile::remove(plain);
        return md5;
    }

    QString encrypt(const QByteArray& mp4, const QString& name)
    {
        const QString path = m_dir.filePath(name);
        auto w = LpencWriter::create(path, m_key.publicKey);
        if (!(*w)->write(mp4) || !(*w)->finish())
            return {};
        return path;
    }

    QList<QByteArray> frameHashes(const QString& path)
    {
        auto dec = VideoDecoder::open(path, m_key);
        QList<QByteArray> out;
        for (int i = 0; dec && i < (*dec)->frameCount(); ++i)
            out << Sha256::hash(*(*dec)->framePlanesAt(i));
        return out;
    }

    // Video packets (data) in presentation order, and whether each is a keyframe.
    QList<QByteArray> videoPackets(const QString& path, QList<bool>* keys = nullptr)
    {
        auto reader = LpencReader::open(path, m_key);
        EncryptedAvio avio(std::move(*reader));
        AVFormatContext* fmt = *avio.openInput();
        const int vs = av_find_best_stream(fmt, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
        AVPacket* pkt = av_packet_alloc();
        QList<QPair<qint64, QByteArray>> list;
        QList<QPair<qint64, bool>> k;
        while (av_read_frame(fmt, pkt) >= 0) {
            if (pkt->stream_index == vs) {
                list.append({pkt->pts, QByteArray(reinterpret_cast<const char*>(pkt->data), pkt->size)});
                k.append({pkt->pts, (pkt->flags & AV_PKT_FLAG_KEY) != 0});
            }
            av_packet_unref(pkt);
        }
        av_packet_free(&pkt);
        avformat_close_input(&fmt);
        std::sort(list.begin(), list.end(), [](auto& x, auto& y) { return x.first < y.first; });
        std::sort(k.begin(), k.end(), [](auto& x, auto& y) { return x.first < y.first; });
        QList<QByteArray> out;
        for (auto& p : list)
            out << p.second;
        if (keys)
            for (auto& p : k)
                *keys << p.second;
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        ClipSpec spec;
        spec.width = 320;
        spec.height = 180;
        spec.fps = 25;
        spec.seconds = 60;
        spec.gopSeconds = 2;
        auto clip = ClipSynthesizer::make(spec);
        QVERIFY(clip);
        m_source = encrypt(clip->mp4, QStringLiteral("source.lpenc"));
        m_sourceFrames = frameHashes(m_source);
        QCOMPARE(m_sourceFrames.size(), 1500);
        m_sourceIndex = (*VideoDecoder::open(m_source, m_key))->frames();
        m_sourceMd5 = oracle(clip->mp4, QStringLiteral("source-synthetic.mp4"));
        QCOMPARE(m_sourceMd5.size(), 1500);
        // LP Desk's decoder agrees with ffmpeg's on every source frame (so the comparisons below mean something).
        auto dec = VideoDecoder::open(m_source, m_key);
        for (int i = 0; i < 1500; i += 7)
            QCOMPARE(test::md5Hex(*(*dec)->framePlanesAt(i)), m_sourceMd5[i]);
    }

    void smartTrimIsFrameExactAndCopiesTheMiddle()
    {
        TrimRequest r;
        r.from = 10.3;
        r.to = 25.7;
        r.mode = TrimRequest::Mode::Smart;
        auto t = Trimmer::trim(m_source, m_key, r);
        QVERIFY2(t, qPrintable(t.errorMessage()));
        QCOMPARE(t->modeUsed, QStringLiteral("smart"));
        // One frame is 40 ms: the first and last frames are where the request says.
        QVERIFY(qAbs(m_sourceIndex[t->firstFrame].seconds - 10.3) <= 0.04);
        QVERIFY(qAbs(m_sourceIndex[t->lastFrame].seconds + 0.04 - 25.7) <= 0.04);
        QCOMPARE(t->firstFrame, 257);
        QCOMPARE(t->lastFrame, 642);
        QCOMPARE(t->reencodedFrames, 300 - 257); // up to the keyframe at 12 s
        const QString out = encrypt(t->mp4, QStringLiteral("smart.lpenc"));
        const QList<QByteArray> got = frameHashes(out);
        QCOMPARE(got.size(), 642 - 257 + 1);
        for (int j = 0; j < got.size(); ++j)
            QVERIFY2(got[j] == m_sourceFrames[257 + j],
                     qPrintable(QStringLiteral("output frame %1 differs from source frame %2").arg(j).arg(257 + j)));
        // The same with ffmpeg decoding both sides: output frame j is source frame 257 + j, pixel for pixel.
        QCOMPARE(oracle(t->mp4, QStringLiteral("smart-oracle.mp4")), m_sourceMd5.mid(257, 642 - 257 + 1));
        // Packets from the keyframe at 12 s on are the source's bytes.
        const QList<QByteArray> src = videoPackets(m_source);
        const QList<QByteArray> dst = videoPackets(out);
        const int copied = 642 - 300 + 1;
        QCOMPARE(t->copiedVideoPackets, copied);
        for (int j = 0; j < copied; ++j)
            QVERIFY2(dst[dst.size() - copied + j] == src[300 + j], qPrintable(QString::number(j)));
        // Audio came along, and the output is a normal, probeable MP4 of the right length.
        QVERIFY(t->copiedAudioPackets > 0);
        auto info = MediaProbe::probe(out, m_key);
        QVERIFY(info);
        QCOMPARE(info->audioCodec, QStringLiteral("aac"));
        QVERIFY2(qAbs(info->duration - 15.44) < 0.1, qPrintable(QString::number(info->duration)));

        // An independent decoder (the ffmpeg tool) reads the smart-cut file without a single error, all frames.
        const QString plain
            = m_dir.filePath(QStringLiteral("smart-synthetic.mp4")); // synthetic test clip, not evidence
        QFile f(plain);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(t->mp4);
        f.close();
        auto decoded = test::run(QStringLiteral("ffmpeg"),
                                 {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"), plain,
                                  QStringLiteral("-f"), QStringLiteral("null"), QStringLiteral("-")});
        QVERIFY2(decoded.exitCode == 0 && decoded.err.trimmed().isEmpty(), qPrintable(decoded.describe()));
        auto counted = test::run(QStringLiteral("ffprobe"),
                                 {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-select_streams"),
                                  QStringLiteral("v:0"), QStringLiteral("-count_frames"),
                                  QStringLiteral("-show_entries"), QStringLiteral("stream=nb_read_frames"),
                                  QStringLiteral("-of"), QStringLiteral("csv=p=0"), plain});
        QCOMPARE(counted.out.trimmed(), QByteArray("386"));
        QFile::remove(plain);
    }

    void copyTrimReportsTheKeyframeAlignedRange()
    {
        TrimRequest r;
        r.from = 10.3;
        r.to = 25.7;
        r.mode = TrimRequest::Mode::Copy;
        auto t = Trimmer::trim(m_source, m_key, r);
        QVERIFY(t);
        QCOMPARE(t->actualFrom, 10.0);
        QCOMPARE(t->firstFrame, 250);
        QCOMPARE(t->reencodedFrames, 0);
        const QList<QByteArray> got = frameHashes(encrypt(t->mp4, QStringLiteral("copy.lpenc")));
        QCOMPARE(got.size(), 642 - 250 + 1);
        QCOMPARE(got.first(), m_sourceFrames[250]);
        QCOMPARE(got.last(), m_sourceFrames[642]);
        QCOMPARE(oracle(t->mp4, QStringLiteral("copy-oracle.mp4")), m_sourceMd5.mid(250, 642 - 250 + 1));
    }

    void reencodeKeepsTheRequestedFrames()
    {
        TrimRequest r;
        r.from = 3.0;
        r.to = 4.0;
        r.mode = TrimRequest::Mode::Reencode;
        auto t = Trimmer::trim(m_source, m_key, r);
        QVERIFY(t);
        QCOMPARE(t->reencodedFrames, 25);
        auto dec = VideoDecoder::open(encrypt(t->mp4, QStringLiteral("re.lpenc")), m_key);
        QCOMPARE((*dec)->frameCount(), 25);
    }

    void badRequestsAreRefused_data()
    {
        QTest::addColumn<double>("from");
        QTest::addColumn<double>("to");
        QTest::newRow("in after out") << 20.0 << 10.0;
        QTest::newRow("in equals out") << 10.0 << 10.0;
        QTest::newRow("negative") << -1.0 << 5.0;
        QTest::newRow("past the end") << 59.5 << 75.0;
        QTest::newRow("entirely outside") << 70.0 << 80.0;
    }

    void badRequestsAreRefused()
    {
        QFETCH(double, from);
        QFETCH(double, to);
        TrimRequest r;
        r.from = from;
        r.to = to;
        auto t = Trimmer::trim(m_source, m_key, r);
        QVERIFY(!t);
        QCOMPARE(t.error().kind, ErrorKind::Usage);
    }

    void corruptClipIsRefused()
    {
        const QString bad = m_dir.filePath(QStringLiteral("bad.lpenc"));
        QFile::copy(m_source, bad);
        QFile f(bad);
        QFile::setPermissions(bad, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(5000);
        f.write("garbage!");
        f.close();
        TrimRequest r;
        r.from = 1;
        r.to = 2;
        auto t = Trimmer::trim(bad, m_key, r);
        QVERIFY(!t);
    }
};

QTEST_GUILESS_MAIN(TestTrimmer)
#include "TestTrimmer.moc"

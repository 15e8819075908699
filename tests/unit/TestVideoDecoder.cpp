#include "TestSupport.h"

#include "crypto/Lpenc.h"
#include "media/VideoDecoder.h"
#include "sim/ClipSynthesizer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace lpdesk;

class TestVideoDecoder : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    X25519KeyPair m_key = X25519::generate();
    QString m_path;
    QList<QImage> m_sequential;
    QList<QByteArray> m_ffmpegMd5; // the oracle: ffmpeg -f framemd5 of the same clip

private Q_SLOTS:
    void initTestCase()
    {
        ClipSpec spec;
        spec.width = 320;
        spec.height = 180;
        spec.fps = 15;
        spec.seconds = 6;
        spec.gopSeconds = 2;
        auto clip = ClipSynthesizer::make(spec);
        QVERIFY(clip);
        m_path = m_dir.filePath(QStringLiteral("c.lpenc"));
        auto w = LpencWriter::create(m_path, m_key.publicKey);
        QVERIFY((*w)->write(clip->mp4));
        QVERIFY((*w)->finish());
        const QString plain = m_dir.filePath(QStringLiteral("synthetic.mp4")); // a synthetic clip, not evidence
        QVERIFY(test::writeFile(plain, clip->mp4));
        m_ffmpegMd5 = test::ffmpegFrameMd5(plain);
        QFile::remove(plain);
        QCOMPARE(m_ffmpegMd5.size(), 90);
        auto dec = VideoDecoder::open(m_path, m_key);
        QVERIFY2(dec, qPrintable(dec.errorMessage()));
        for (int i = 0; i < (*dec)->frameCount(); ++i)
            m_sequential << *(*dec)->frameAt(i);
    }

    void indexMatchesTheClip()
    {
        auto dec = VideoDecoder::open(m_path, m_key);
        QCOMPARE((*dec)->frameCount(), 90);
        QCOMPARE((*dec)->width(), 320);
        QVERIFY(qAbs((*dec)->frameRate() - 15.0) < 1e-6);
        int keys = 0;
        for (const FrameInfo& f : (*dec)->frames())
            keys += f.keyframe;
        QCOMPARE(keys, 3);
        QCOMPARE((*dec)->frameIndexAt(1.0), 15);
        QCOMPARE((*dec)->frameIndexAt(1.05), 15);
        QCOMPARE((*dec)->frameIndexAt(0), 0);
        QCOMPARE((*dec)->frameIndexAt(100), 89);
    }

    // Random access, backwards steps and keyframe boundaries give exactly the frames of a straight decode.
    void randomAccessIsFrameExact()
    {
        auto dec = VideoDecoder::open(m_path, m_key);
        for (int i : {37, 10, 29, 30, 31, 89, 0, 59, 58, 57, 45})
            QVERIFY2(*(*dec)->frameAt(i) == m_sequential[i], qPrintable(QString::number(i)));
        // Consecutive frames really differ (the scene moves and the timestamp overlay changes).
        QVERIFY(m_sequential[10] != m_sequential[11]);
        QVERIFY(!(*dec)->frameAt(90));
        QVERIFY(!(*dec)->frameAt(-1));
    }

    // Every frame, in sequence and by random access, has exactly the pixels ffmpeg's own decoder gives.
    void framesMatchFfmpegFramemd5()
    {
        auto dec = VideoDecoder::open(m_path, m_key);
        QVERIFY(dec);
        for (int i = 0; i < 90; ++i)
            QVERIFY2(test::md5Hex(*(*dec)->framePlanesAt(i)) == m_ffmpegMd5[i], qPrintable(QString::number(i)));
        for (int i : {37, 10, 29, 30, 31, 89, 0, 59, 58, 57, 45})
            QVERIFY2(test::md5Hex(*(*dec)->framePlanesAt(i)) == m_ffmpegMd5[i], qPrintable(QString::number(i)));
    }
};

QTEST_GUILESS_MAIN(TestVideoDecoder)
#include "TestVideoDecoder.moc"

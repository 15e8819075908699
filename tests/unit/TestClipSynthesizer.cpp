#include "TestSupport.h"

#include "crypto/Lpenc.h"
#include "media/EncryptedAvio.h"
#include "media/MediaProbe.h"
#include "sim/ClipSynthesizer.h"

extern "C" {
#include <libavformat/avformat.h>
}

#include <QTemporaryDir>
#include <QTest>

using namespace lpdesk;

class TestClipSynthesizer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    X25519KeyPair m_key = X25519::generate();

    QString encrypt(const QByteArray& mp4, const QString& name)
    {
        const QString path = m_dir.filePath(name);
        auto w = LpencWriter::create(path, m_key.publicKey);
        if (!w || !(*w)->write(mp4) || !(*w)->finish())
            return {};
        return path;
    }

private Q_SLOTS:
    void makesAProbeableClipWithFixedGops()
    {
        ClipSpec spec;
        spec.width = 320;
        spec.height = 240;
        spec.fps = 15;
        spec.seconds = 4;
        spec.gopSeconds = 2;
        spec.camera = QStringLiteral("REG 3 CAM");
        spec.zone = QTimeZone("America/Chicago");
        auto clip = ClipSynthesizer::make(spec);
        QVERIFY2(clip, qPrintable(clip.errorMessage()));
        QCOMPARE(clip->frames, 60);
        const QString path = encrypt(clip->mp4, QStringLiteral("c.lpenc"));
        auto info = MediaProbe::probe(path, m_key);
        QVERIFY2(info, qPrintable(info.errorMessage()));
        QCOMPARE(info->videoCodec, QStringLiteral("h264"));
        QCOMPARE(info->width, 320);
        QCOMPARE(info->audioCodec, QStringLiteral("aac"));
        QVERIFY(qAbs(info->duration - 4.0) < 0.1);
        QVERIFY2(qAbs(info->fps - 15.0) < 0.01, qPrintable(QString::number(info->fps)));

        // Keyframes exactly every 2 s, demuxed straight from the encrypted file.
        auto reader = LpencReader::open(path, m_key);
        EncryptedAvio avio(std::move(*reader));
        auto fmt = avio.openInput();
        QVERIFY(fmt);
        AVPacket* pkt = av_packet_alloc();
        QList<qint64> keyframes;
        int videoPackets = 0;
        while (av_read_frame(*fmt, pkt) >= 0) {
            if ((*fmt)->streams[pkt->stream_index]->codecpar->codec_type == AVMEDIA_TYPE_VIDEO) {
                ++videoPackets;
                if (pkt->flags & AV_PKT_FLAG_KEY)
                    keyframes << av_rescale_q(pkt->pts, (*fmt)->streams[pkt->stream_index]->time_base,
                                              AVRational {1, 15});
            }
            av_packet_unref(pkt);
        }
        av_packet_free(&pkt);
        AVFormatContext* ctx = *fmt;
        avformat_close_input(&ctx);
        QCOMPARE(videoPackets, 60);
        QCOMPARE(keyframes, (QList<qint64> {0, 30}));
    }

    void deterministicForASeed()
    {
        ClipSpec spec;
        spec.width = 160;
        spec.height = 120;
        spec.seconds = 1;
        spec.seed = 7;
        const QByteArray a = ClipSynthesizer::make(spec)->mp4;
        const QByteArray b = ClipSynthesizer::make(spec)->mp4;
        spec.seed = 8;
        const QByteArray c = ClipSynthesizer::make(spec)->mp4;
        QCOMPARE(a, b);
        QVERIFY(a != c);
        QVERIFY(a.mid(4, 4) == "ftyp");
    }

    void rejectsNonsense()
    {
        ClipSpec spec;
        spec.width = 33;
        QVERIFY(!ClipSynthesizer::make(spec));
        spec.width = 320;
        spec.seconds = -1;
        QVERIFY(!ClipSynthesizer::make(spec));
    }
};

QTEST_GUILESS_MAIN(TestClipSynthesizer)
#include "TestClipSynthesizer.moc"

// The sound of footage whose working copy is an MP4 (issue 11): DVRs, VMS exports and phones write PCM
// (pcm_s16le) beside H.264 in MKV, MOV and AVI, and MP4 cannot carry PCM. `lpdesk-cli media import` of an ffmpeg-CLI
// made H.264 + pcm_s16le MKV and MOV gives a working copy that has the sound (AAC, as ffprobe says, at the source's
// loudness) and whose video packets are the master's byte for byte (the ffmpeg CLI's framemd5 of the stream-copied
// packets, and of the decoded frames, equal between master and working copy); the lineage says the sound was encoded
// to AAC and the video copied.
#include "StoreSimCase.h"
#include "TestSupport.h"

#include "cases/MediaLibrary.h"
#include "db/CaseDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace lpdesk;

class TestWorkingCopySound : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_case;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    test::ProcessRun as(const QStringList& args) const
    {
        return test::cli(args, test::envAs(m_db, QStringLiteral("ivy")));
    }

    // The MD5 of each packet (with -c copy) or decoded frame of a file's first video stream, as the ffmpeg CLI's
    // framemd5 prints them; the CLI's complaint instead when it says anything.
    static QStringList videoMd5(const QString& file, bool packets)
    {
        QStringList args {QStringLiteral("-v"),   QStringLiteral("error"), QStringLiteral("-threads"),
                          QStringLiteral("1"),    QStringLiteral("-i"),    file,
                          QStringLiteral("-map"), QStringLiteral("0:v:0")};
        if (packets)
            args << QStringLiteral("-c") << QStringLiteral("copy");
        args << QStringLiteral("-f") << QStringLiteral("framemd5") << QStringLiteral("-");
        const auto r = test::run(QStringLiteral("ffmpeg"), args);
        if (r.exitCode != 0 || !r.err.trimmed().isEmpty())
            return {r.describe()};
        QStringList out;
        for (const QByteArray& line : r.out.split('\n'))
            if (!line.startsWith('#') && line.contains(','))
                out << QString::fromLatin1(line.split(',').last().trimmed());
        return out;
    }

    // ffprobe's codec names of a file's sound streams.
    static QString soundCodecs(const QString& file)
    {
        const auto r
            = test::run(QStringLiteral("ffprobe"),
                        {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-select_streams"),
                         QStringLiteral("a"), QStringLiteral("-show_entries"), QStringLiteral("stream=codec_name"),
                         QStringLiteral("-of"), QStringLiteral("csv=p=0"), file});
        return r.exitCode == 0 ? QString::fromUtf8(r.out).trimmed() : r.describe();
    }

    // The plaintext of a library item, written to a file (synthetic test footage, not evidence).
    QString decrypted(const QString& mediaId, const QString& name)
    {
        auto db = test::openAs(m_db, QStringLiteral("ivy"));
        return db ? test::writePlainMedia(*db, mediaId, path(name)) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = test::createDatabaseWith(path(QStringLiteral("db")), {{QStringLiteral("ivy"), Role::Investigator}});
        QVERIFY(!m_db.isEmpty());
        const auto made = as({QStringLiteral("case"), QStringLiteral("new"), QStringLiteral("--title"),
                              QStringLiteral("Till 4, DVR export")});
        QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));
        m_case = QString::fromUtf8(made.out.trimmed());
    }

    void pcmSoundIsKeptInTheWorkingCopy_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("H.264 + pcm_s16le in MKV (VMS export)") << QStringLiteral("vms-export.mkv");
        QTest::newRow("H.264 + pcm_s16le in MOV (DVR, phone)") << QStringLiteral("dvr-clip.mov");
    }

    void pcmSoundIsKeptInTheWorkingCopy()
    {
        QFETCH(QString, file);
        const QString source = path(file);
        const auto made = test::run(
            QStringLiteral("ffmpeg"),
            {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-f"), QStringLiteral("lavfi"),
             QStringLiteral("-i"), QStringLiteral("testsrc=size=320x240:rate=25"), QStringLiteral("-f"),
             QStringLiteral("lavfi"), QStringLiteral("-i"), QStringLiteral("sine=frequency=440:sample_rate=48000"),
             QStringLiteral("-t"), QStringLiteral("2"), QStringLiteral("-c:v"), QStringLiteral("libx264"),
             QStringLiteral("-g"), QStringLiteral("25"), QStringLiteral("-c:a"), QStringLiteral("pcm_s16le"), source});
        QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));
        QCOMPARE(soundCodecs(source), QStringLiteral("pcm_s16le"));

        const auto imported = as({QStringLiteral("--json"), QStringLiteral("media"), QStringLiteral("import"), source,
                                  QStringLiteral("--case"), m_case, QStringLiteral("--source"),
                                  QStringLiteral("DVR export on a USB stick")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
        const QJsonObject row = QJsonDocument::fromJson(imported.out).array().first().toObject();
        const QString notes = row.value(QLatin1String("notes")).toVariant().toStringList().join(QLatin1Char('\n'));
        qInfo("%s", qPrintable(notes));
        const QString copyId = row.value(QLatin1String("working_copy")).toString();
        QVERIFY2(!copyId.isEmpty(), qPrintable(QString::fromUtf8(imported.out)));
        QCOMPARE(row.value(QLatin1String("working_copy_method")).toString(), QStringLiteral("remux"));
        QVERIFY2(!notes.contains(QLatin1String("leaves out")), qPrintable(notes));

        // The working copy has the sound, at the source's loudness.
        const QString plain = decrypted(copyId, file + QStringLiteral(".working-copy.mp4"));
        QVERIFY(!plain.isEmpty());
        QCOMPARE(soundCodecs(plain), QStringLiteral("aac"));
        QVERIFY2(qAbs(test::meanVolume(plain) - test::meanVolume(source)) < 0.5,
                 qPrintable(
                     QStringLiteral("%1 dB, source %2 dB").arg(test::meanVolume(plain)).arg(test::meanVolume(source))));

        // Its video packets are the master's, byte for byte, and so are the frames they decode to.
        const QStringList packets = videoMd5(source, true);
        QCOMPARE(packets.size(), 50);
        QCOMPARE(videoMd5(plain, true), packets);
        const QStringList frames = videoMd5(source, false);
        QCOMPARE(frames.size(), 50);
        QCOMPARE(videoMd5(plain, false), frames);

        // The lineage says how: the video copied, the sound encoded to AAC.
        auto db = test::openAs(m_db, QStringLiteral("ivy"));
        QVERIFY(db);
        auto copy = MediaLibrary(*db).get(copyId);
        QVERIFY(copy);
        QCOMPARE(copy->operation, QStringLiteral("working_copy"));
        QVERIFY2(copy->operationParams.value(QLatin1String("sound"))
                     .toString()
                     .contains(QLatin1String("pcm_s16le encoded to AAC")),
                 qPrintable(QJsonDocument(copy->operationParams).toJson()));
        QVERIFY(copy->operationParams.value(QLatin1String("transcode")).toObject().isEmpty());
        QVERIFY2(copy->operationParams.value(QLatin1String("method")).toString().contains(QLatin1String("copied")),
                 qPrintable(QJsonDocument(copy->operationParams).toJson()));
        QVERIFY(copy->operationParams.value(QLatin1String("audio_packets")).toInt() > 0);
    }
};

QTEST_GUILESS_MAIN(TestWorkingCopySound)
#include "TestWorkingCopySound.moc"

// "Add evidence…" driven like a person, offscreen, on a case of a simulated store (America/Chicago) in a process whose
// own zone is Asia/Tokyo: a DVR's raw H.265 elementary stream whose parameter sets state no frame rate and a JPEG
// still with an EXIF time and no offset, both made by the ffmpeg CLI. Importing both without a frame rate takes the
// still in and refuses the stream beside the fields, naming the frame rate; the still leaves the list. With 30 typed
// into Frame rate the stream goes in. What the GUI made is checked against `lpdesk-cli --json media list` and
// `custody show`: kind, media type, hash (sha256sum's), the still's start from its EXIF time read in the store's zone,
// the stream's working copy at the frame rate typed (2 s, the very frames framemd5 of the ffmpeg CLI gives), custody
// "acquired" with the source and the hash. HEIC is not part of it: FFmpeg 5.1 and Qt 6.4 here read no HEIF (see
// TestMediaImport::heicStillsAreKeptAsDocumentsWithTheirExifTime).
#include "StoreSimCase.h"

#include "cases/AddEvidenceDialog.h"
#include "cases/CaseWorkspace.h"
#include "cases/MediaLibrary.h"
#include "common/Time.h"
#include "crypto/Lpenc.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QDropEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

using namespace lpdesk;

namespace {

// An EXIF APP1 segment (big-endian TIFF) with DateTimeOriginal only: local time, no OffsetTimeOriginal, as many
// cameras and DVR snapshots write it.
QByteArray exifWithoutOffset(const QByteArray& when)
{
    QByteArray t("MM\0*\0\0\0\x08", 8);
    const auto u16 = [&t](quint32 v) { t.append(char(v >> 8)).append(char(v)); };
    const auto u32 = [&](quint32 v) { u16(v >> 16), u16(v & 0xffff); };
    u16(1); // IFD0: the Exif IFD pointer
    u16(0x8769), u16(4), u32(1), u32(26);
    u32(0);
    u16(1); // Exif IFD at 26: DateTimeOriginal, its value at 44
    u16(0x9003), u16(2), u32(20), u32(44);
    u32(0);
    t.append(when).append('\0');
    QByteArray seg("\xFF\xE1", 2);
    const int len = 2 + 6 + static_cast<int>(t.size());
    seg.append(char(len >> 8)).append(char(len)).append("Exif\0\0", 6).append(t);
    return seg;
}

bool ffmpeg(const QStringList& args)
{
    QStringList all {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y")};
    all << args;
    const auto r = test::run(QStringLiteral("ffmpeg"), all);
    if (r.exitCode != 0)
        qWarning("%s", qPrintable(r.describe()));
    return r.exitCode == 0;
}

} // namespace

class TestGuiAddEvidenceRawAndStill : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CaseDatabase> m_db;
    QString m_case;
    QString m_raw;
    QString m_still;

    QJsonArray cli(const QStringList& args)
    {
        QStringList all {QStringLiteral("--json")};
        all << args;
        const auto r = test::cliAs(m_db->path(), QStringLiteral("ivy"), all);
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.describe()));
        return QJsonDocument::fromJson(r.out).array();
    }
    QJsonObject row(const QJsonArray& rows, const char* key, const QString& value)
    {
        for (const QJsonValue& v : rows)
            if (v.toObject().value(QLatin1String(key)).toString() == value)
                return v.toObject();
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(QTimeZone::systemTimeZoneId(), QByteArray("Asia/Tokyo")); // CMake sets TZ
        m_db = test::simulateAndPull(m_dir.path(), {{QStringLiteral("ivy"), Role::Investigator}},
                                     test::smallDrop(1, 1, 2));
        QVERIFY(m_db);
        const test::CaseOnClip made = test::newCaseOnFirstClip(*m_db, QStringLiteral("Footage from the DVR"));
        QVERIFY(!made.caseId.isEmpty());
        m_case = made.caseId;
        {
            QSqlDatabase c = m_db->connection();
            QSqlQuery q(c);
            QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT s.timezone FROM case_incidents ci JOIN incidents i ON i.id "
                                          "= ci.incident_id JOIN stores s ON s.id = i.store_id")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("America/Chicago"));
        }

        // A DVR channel as a raw H.265 stream whose parameter sets carry no timing (libx265 vui-timing-info=0).
        m_raw = m_dir.filePath(QStringLiteral("ch05.h265"));
        QVERIFY(ffmpeg({QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                        QStringLiteral("testsrc=size=320x240:rate=30"), QStringLiteral("-t"), QStringLiteral("2"),
                        QStringLiteral("-c:v"), QStringLiteral("libx265"), QStringLiteral("-x265-params"),
                        QStringLiteral("log-level=error:vui-timing-info=0"), QStringLiteral("-f"),
                        QStringLiteral("hevc"), m_raw}));
        // A still with EXIF DateTimeOriginal 09:15:30 local time, no offset.
        const QString plain = m_dir.filePath(QStringLiteral("plain.jpg"));
        QVERIFY(ffmpeg({QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                        QStringLiteral("testsrc=size=320x240:rate=1"), QStringLiteral("-frames:v"), QStringLiteral("1"),
                        plain}));
        QByteArray jpeg = test::readFile(plain);
        QVERIFY(jpeg.startsWith("\xFF\xD8"));
        jpeg.insert(2, exifWithoutOffset("2026:12:04 09:15:30"));
        m_still = m_dir.filePath(QStringLiteral("snapshot.jpg"));
        QVERIFY(test::writeFile(m_still, jpeg));
    }

    void rawStreamNeedsTheFrameRateAndTheStillTakesItsExifTime()
    {
        CaseWorkspace workspace(*m_db, m_case);
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        // The person drags both files from the USB stick onto the case.
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(m_still), QUrl::fromLocalFile(m_raw)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&workspace, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&workspace, &drop);
        QPointer<AddEvidenceDialog> dialog; // deleted on close
        QTRY_VERIFY((dialog = workspace.findChild<AddEvidenceDialog*>()) != nullptr);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->files(), (QStringList {m_still, m_raw}));
        const QString source = QStringLiteral("DVR export on USB stick from the store manager");
        QTest::keyClicks(dialog->sourceEdit(), source);
        QTest::keyClicks(dialog->cameraEdit(), QStringLiteral("ch05"));
        QDoubleSpinBox* fps = dialog->frameRateBox();
        QVERIFY(fps && fps->isVisible());
        QCOMPARE(fps->value(), 0.0); // "from the stream"
        QStringList imported;
        connect(dialog, &AddEvidenceDialog::imported, this, [&imported](const QStringList& ids) { imported << ids; });

        // Without a frame rate: the still goes in, the stream is refused and the reason is beside the fields.
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        auto* error = dialog->findChild<QLabel*>(QStringLiteral("evidenceError"));
        QVERIFY(error);
        QTRY_VERIFY_WITH_TIMEOUT(!error->text().isEmpty(), 60000);
        QVERIFY2(error->text().contains(QLatin1String("ch05.h265"))
                     && error->text().contains(QLatin1String("frame "
                                                             "rate")),
                 qPrintable(error->text()));
        QCOMPARE(imported.size(), 1);
        const QString stillId = imported.first();
        QCOMPARE(dialog->files(), QStringList {m_raw}); // the still is not offered twice
        QVERIFY(dialog->isVisible());

        // 30 typed into Frame rate, Import again: the stream goes in and the dialog closes.
        fps->setFocus();
        fps->selectAll();
        QTest::keyClicks(fps, QStringLiteral("30"));
        QTest::keyClick(fps, Qt::Key_Tab);
        QCOMPARE(fps->value(), 30.0);
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(imported.size() == 2, 60000);
        const QString rawId = imported.last();
        QTRY_VERIFY(!dialog || !dialog->isVisible());

        // What the CLI says about the case's evidence.
        const QJsonArray media = cli({QStringLiteral("media"), QStringLiteral("list"), m_case});
        const QJsonObject still = row(media, "id", stillId);
        QVERIFY2(!still.isEmpty(), QJsonDocument(media).toJson().constData());
        QCOMPARE(still.value(QLatin1String("kind")).toString(), QStringLiteral("original"));
        QCOMPARE(still.value(QLatin1String("media_type")).toString(), QStringLiteral("image"));
        QCOMPARE(still.value(QLatin1String("original_name")).toString(), QStringLiteral("snapshot.jpg"));
        QCOMPARE(still.value(QLatin1String("sha256")).toString(), test::sha256OfFile(m_still));
        const auto sum = test::run(QStringLiteral("sha256sum"), {m_still});
        QCOMPARE(still.value(QLatin1String("sha256")).toString(), QString::fromLatin1(sum.out.left(64)));
        // 09:15:30 in Chicago in December (CST, -06:00) — not in the workstation's Tokyo, not UTC.
        const QDateTime exifTime(QDate(2026, 12, 4), QTime(15, 15, 30), QTimeZone::utc());
        QCOMPARE(parseRfc3339(still.value(QLatin1String("recorded_start")).toString()), exifTime);
        QCOMPARE(still.value(QLatin1String("camera")).toString(), QStringLiteral("ch05"));

        const QJsonObject raw = row(media, "id", rawId);
        QVERIFY2(!raw.isEmpty(), QJsonDocument(media).toJson().constData());
        QCOMPARE(raw.value(QLatin1String("kind")).toString(), QStringLiteral("original"));
        QCOMPARE(raw.value(QLatin1String("media_type")).toString(), QStringLiteral("video"));
        QCOMPARE(raw.value(QLatin1String("codec")).toString(), QStringLiteral("hevc"));
        QCOMPARE(raw.value(QLatin1String("sha256")).toString(), test::sha256OfFile(m_raw));
        QVERIFY(raw.value(QLatin1String("recorded_start")).isNull()); // a raw stream does not say when
        const QJsonObject copy = row(media, "parent", rawId);
        QVERIFY2(!copy.isEmpty(), QJsonDocument(media).toJson().constData());
        QCOMPARE(copy.value(QLatin1String("operation")).toString(), QStringLiteral("working_copy"));
        const QJsonObject params = copy.value(QLatin1String("parameters")).toObject();
        QCOMPARE(params.value(QLatin1String("fps")).toDouble(), 30.0);
        QCOMPARE(params.value(QLatin1String("fps_source")).toString(), QStringLiteral("investigator"));
        // 60 frames at the 30 fps typed are 2 s (at FFmpeg's assumed 25 they would be 2.4 s).
        QVERIFY2(qAbs(copy.value(QLatin1String("duration")).toDouble() - 2.0) < 0.05,
                 qPrintable(QString::number(copy.value(QLatin1String("duration")).toDouble())));
        // The working copy holds the stream's very frames, by framemd5 of the ffmpeg CLI.
        {
            MediaLibrary library(*m_db);
            auto key = library.key();
            QVERIFY(key);
            auto copyRow = library.get(copy.value(QLatin1String("id")).toString());
            QVERIFY(copyRow);
            auto reader = LpencReader::open(library.pathOf(*copyRow), *key);
            QByteArray plain;
            QVERIFY(reader && (*reader)->verifyAll([&plain](const char* d, qsizetype n) { plain.append(d, n); }));
            const QString plainCopy = m_dir.filePath(QStringLiteral("ch05-working-copy.mp4"));
            QVERIFY(test::writeFile(plainCopy, plain));
            const QList<QByteArray> frames = test::ffmpegFrameMd5(m_raw);
            QCOMPARE(frames.size(), 60);
            QCOMPARE(test::ffmpegFrameMd5(plainCopy), frames);
        }

        // Custody: one acquisition each, with who, the source typed and the file's hash.
        const QJsonArray events = cli({QStringLiteral("custody"), QStringLiteral("show"), m_case});
        int acquired = 0;
        for (const QJsonValue& v : events) {
            const QJsonObject e = v.toObject();
            if (e.value(QLatin1String("action")).toString() != QLatin1String("acquired"))
                continue;
            ++acquired;
            const QJsonObject d = e.value(QLatin1String("details")).toObject();
            const QString id = d.value(QLatin1String("media_id")).toString();
            QVERIFY(id == stillId || id == rawId);
            QCOMPARE(e.value(QLatin1String("actor")).toString(), QStringLiteral("ivy"));
            QCOMPARE(d.value(QLatin1String("source")).toString(), source);
            QCOMPARE(d.value(QLatin1String("sha256")).toString(), test::sha256OfFile(id == stillId ? m_still : m_raw));
            if (id == stillId) {
                QCOMPARE(parseRfc3339(d.value(QLatin1String("recorded_start")).toString()), exifTime);
                QVERIFY2(d.value(QLatin1String("start_source")).toString().contains(QLatin1String("America/Chicago")),
                         qPrintable(d.value(QLatin1String("start_source")).toString()));
            }
        }
        QCOMPARE(acquired, 2);
    }
};

QTEST_MAIN(TestGuiAddEvidenceRawAndStill)
#include "TestGuiAddEvidenceRawAndStill.moc"

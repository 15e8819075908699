// Stills and durations in the case workspace, offscreen. A still made from a clip ("Export still…") and an imported
// photo show in the player as their pictures — the exact pixels, not a black frame — without a timeline or frame
// stepping; the view is recorded in the custody chain. The duration in the evidence list is the player's (from the
// first frame to the end of the last) for a clip made by the ffmpeg CLI whose audio runs a second past its video,
// and for a trim of it.
#include "TestSupport.h"

#include "cases/CaseService.h"
#include "cases/CaseWorkspace.h"
#include "cases/DerivativeMaker.h"
#include "cases/ExhibitImporter.h"
#include "cases/MediaLibrary.h"
#include "common/Time.h"
#include "custody/CustodyLog.h"
#include "db/UserDirectory.h"
#include "media/VideoDecoder.h"
#include "player/PlayerWidget.h"
#include "player/TimelineWidget.h"
#include "player/VideoView.h"

#include <QDir>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace lpdesk;

class TestGuiEvidenceView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CaseDatabase> m_db;
    QString m_case;
    QString m_clipFile;
    QString m_photoFile;
    QString m_clip; // the imported MP4 (video 2 s, audio 3 s)
    QString m_photo; // the imported JPEG
    QString m_still; // a frame of the clip, made like "Export still…"

    static bool ffmpeg(const QStringList& args)
    {
        const auto r
            = test::run(QStringLiteral("ffmpeg"), QStringList {QStringLiteral("-v"), QStringLiteral("error")} + args);
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.describe()));
        return r.exitCode == 0;
    }

    // What the container says (ffprobe's format duration): the figure the list used to show.
    static double containerDuration(const QString& file)
    {
        const auto r = test::run(QStringLiteral("ffprobe"),
                                 {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"),
                                  QStringLiteral("format=duration"), QStringLiteral("-of"),
                                  QStringLiteral("default=nw=1:nk=1"), file});
        return r.exitCode == 0 ? QString::fromLatin1(r.out).trimmed().toDouble() : -1;
    }

    int viewsOf(const QString& mediaId)
    {
        QSqlDatabase c = m_db->connection();
        auto events = CustodyLog::events(c, CustodyLog::caseChain(m_case));
        if (!events)
            return -1;
        return static_cast<int>(std::count_if(events->cbegin(), events->cend(), [&mediaId](const ChainEvent& e) {
            return e.action == QLatin1String("viewed")
                && e.details.value(QLatin1String("media_id")).toString() == mediaId;
        }));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QDir().mkpath(m_dir.filePath(QStringLiteral("db")));
        auto admin = test::createDatabase(m_dir.filePath(QStringLiteral("db")));
        QVERIFY(UserDirectory(*admin).add(QStringLiteral("ivy"), Role::Investigator, test::secret("ivy-pass")));
        const QString path = admin->path();
        admin.reset();
        auto opened = CaseDatabase::open(path, QStringLiteral("ivy"), test::secret("ivy-pass"));
        QVERIFY(opened);
        m_db = std::move(opened.value());
        auto id = CaseService(*m_db).create(QStringLiteral("Stills and durations"), {});
        QVERIFY(id);
        m_case = *id;

        // 30 frames at 15 fps (2.000 s of video) and 3 s of sound: the container says 3 s.
        m_clipFile = m_dir.filePath(QStringLiteral("phone.mp4"));
        QVERIFY(ffmpeg({QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                        QStringLiteral("testsrc=size=320x180:rate=15:duration=2"), QStringLiteral("-f"),
                        QStringLiteral("lavfi"), QStringLiteral("-i"),
                        QStringLiteral("sine=frequency=440:sample_rate=48000:duration=3"), QStringLiteral("-c:v"),
                        QStringLiteral("libx264"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"),
                        QStringLiteral("-c:a"), QStringLiteral("aac"), m_clipFile}));
        QVERIFY2(containerDuration(m_clipFile) > 2.5, "the fixture's container must run past its video");
        m_photoFile = m_dir.filePath(QStringLiteral("photo.jpg"));
        QVERIFY(ffmpeg({QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                        QStringLiteral("testsrc2=size=320x240:rate=1"), QStringLiteral("-frames:v"),
                        QStringLiteral("1"), m_photoFile}));

        ExhibitRequest request;
        request.caseId = m_case;
        request.source = QStringLiteral("Phone of the store manager");
        request.camera = QStringLiteral("phone");
        auto clip = ExhibitImporter(*m_db).importFile(m_clipFile, request);
        QVERIFY2(clip, qPrintable(clip.errorMessage()));
        QCOMPARE(clip->size(), 1);
        QCOMPARE(clip->first().mediaType, QStringLiteral("video"));
        QVERIFY(clip->first().workingCopyId.isEmpty()); // an MP4 plays as it is
        m_clip = clip->first().mediaId;
        auto photo = ExhibitImporter(*m_db).importFile(m_photoFile, request);
        QVERIFY2(photo, qPrintable(photo.errorMessage()));
        QCOMPARE(photo->first().mediaType, QStringLiteral("image"));
        m_photo = photo->first().mediaId;
        auto still = DerivativeMaker(*m_db).frame(m_clip, 1.0, m_case, QString()); // frame 15
        QVERIFY2(still, qPrintable(still.errorMessage()));
        m_still = still->mediaId;
    }

    void stillsShowAsTheirPictures()
    {
        CaseWorkspace workspace(*m_db, m_case);
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        QTreeWidget* tree = workspace.mediaTree();
        PlayerWidget* player = workspace.player();
        auto* trim = workspace.findChild<QPushButton*>(QStringLiteral("trimButton"));

        // The clip first: a timeline, 30 frames.
        tree->setCurrentItem(workspace.itemFor(m_clip));
        QTRY_COMPARE(player->mediaId(), m_clip);
        QVERIFY(!player->isStill());
        QCOMPARE(player->frameCount(), 30);
        QVERIFY(player->timeline()->isVisible());
        QVERIFY(trim->isEnabled());

        // The still: exactly the clip's frame 15 (PNG is lossless), no timeline, nothing to step or trim.
        const int viewsBefore = viewsOf(m_still);
        QTreeWidgetItem* stillItem = workspace.itemFor(m_still);
        QVERIFY(stillItem);
        QCOMPARE(stillItem->text(1), QStringLiteral("still"));
        tree->setCurrentItem(stillItem);
        QTRY_COMPARE(player->mediaId(), m_still);
        QVERIFY(player->isStill());
        const QImage shown = player->view()->frame();
        QVERIFY2(!shown.isNull(), qPrintable(player->errorText()));
        MediaLibrary library(*m_db);
        auto key = library.key();
        QVERIFY(key);
        auto decoder = VideoDecoder::open(library.pathOf(*library.get(m_clip)), *key);
        QVERIFY(decoder);
        const int index = library.get(m_still)->operationParams.value(QLatin1String("frame_index")).toInt(-1);
        QCOMPARE(index, 15); // 1.0 s at 15 fps
        auto frame15 = (*decoder)->frameAt(index);
        QVERIFY(frame15);
        QCOMPARE(shown.size(), QSize(320, 180));
        QCOMPARE(shown.convertToFormat(QImage::Format_RGB32), frame15->convertToFormat(QImage::Format_RGB32));
        int lit = 0; // the walk-through saw a black picture
        for (int y = 0; y < shown.height(); y += 4)
            for (int x = 0; x < shown.width(); x += 4)
                lit += qGray(shown.pixel(x, y)) > 32 ? 1 : 0;
        QVERIFY2(lit > 100, qPrintable(QString::number(lit)));
        QVERIFY(!player->timeline()->isVisible());
        QVERIFY(!trim->isEnabled());
        player->setFocus();
        QTest::keyClick(player, Qt::Key_Right);
        QTest::keyClick(player, Qt::Key_End);
        QTest::keyClick(player, Qt::Key_I);
        QCOMPARE(player->view()->frame(), shown);
        QCOMPARE(player->inPoint(), -1.0);
        QCOMPARE(viewsOf(m_still), viewsBefore + 1); // a view of evidence, like a clip's

        // The imported photo: the JPEG's own pixels.
        tree->setCurrentItem(workspace.itemFor(m_photo));
        QTRY_COMPARE(player->mediaId(), m_photo);
        QVERIFY(player->isStill());
        QCOMPARE(player->view()->frame().convertToFormat(QImage::Format_RGB32),
                 QImage(m_photoFile).convertToFormat(QImage::Format_RGB32));
        QVERIFY(!player->timeline()->isVisible());

        // Back to the clip: the timeline and the trim are back.
        tree->setCurrentItem(workspace.itemFor(m_clip));
        QTRY_COMPARE(player->mediaId(), m_clip);
        QVERIFY(!player->isStill());
        QVERIFY(player->timeline()->isVisible());
        QVERIFY(trim->isEnabled());
        QCOMPARE(player->frameCount(), 30);
    }

    void theListShowsThePlayersDuration()
    {
        // A trim of the clip (re-encoded, audio kept): its container may run past its frames too.
        TrimRequest request;
        request.from = 0.5;
        request.to = 1.5;
        request.mode = TrimRequest::Mode::Reencode;
        auto trimmed = DerivativeMaker(*m_db).trim(m_clip, request, m_case);
        QVERIFY2(trimmed, qPrintable(trimmed.errorMessage()));

        CaseWorkspace workspace(*m_db, m_case);
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        QTreeWidget* tree = workspace.mediaTree();
        PlayerWidget* player = workspace.player();
        for (const QString& id : {m_clip, trimmed->mediaId}) {
            QTreeWidgetItem* item = workspace.itemFor(id);
            QVERIFY(item);
            tree->setCurrentItem(item);
            QTRY_COMPARE(player->mediaId(), id);
            QVERIFY(player->duration() > 0);
            QCOMPARE(item->text(1), formatClock(player->duration()));
            QCOMPARE(MediaLibrary(*m_db).get(id)->duration, player->duration());
        }
        // The clip: the end of its 30th frame, not the container's 3 s.
        tree->setCurrentItem(workspace.itemFor(m_clip));
        QTRY_COMPARE(player->mediaId(), m_clip);
        QVERIFY(qAbs(player->duration() - 2.0) < 1e-6);
        QCOMPARE(workspace.itemFor(m_clip)->text(1), formatClock(2.0));
        QVERIFY(workspace.itemFor(m_clip)->text(1) != formatClock(containerDuration(m_clipFile)));
    }
};

QTEST_MAIN(TestGuiEvidenceView)
#include "TestGuiEvidenceView.moc"

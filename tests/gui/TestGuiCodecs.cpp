// The player and the redaction editor, offscreen, on a store drop recorded in H.265/HEVC with B-frames and a
// variable frame rate (store-sim --codec h265 --bframes 2 --vfr): the clip opens, frames step both ways to exact
// timestamps (the same pictures either way), a box is drawn and previewed, and the redaction renders; side by side
// with a second camera's copy the clips follow each other in true time, and stills of the shared moment are exact.
#include "StoreSimCase.h"

#include "cases/ExhibitImporter.h"
#include "cases/MediaLibrary.h"
#include "cases/SyncReviewDialog.h"
#include "crypto/Lpenc.h"
#include "media/VideoDecoder.h"
#include "player/PlayerWidget.h"
#include "player/VideoView.h"
#include "redact/RedactionEditor.h"
#include "sim/StoreSimulator.h"

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QMouseEvent>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace lpdesk;

class TestGuiCodecs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CaseDatabase> m_db;
    QString m_case;
    QString m_media;

    static QPoint at(VideoView* v, double x, double y)
    {
        const QRectF r = v->imageRect();
        return QPoint(static_cast<int>(r.left() + x * r.width()), static_cast<int>(r.top() + y * r.height()));
    }
    static void drag(VideoView* v, QPointF from, QPointF to)
    {
        QTest::mousePress(v, Qt::LeftButton, {}, at(v, from.x(), from.y()));
        for (int i = 1; i <= 5; ++i) {
            const QPointF p = from + (to - from) * (i / 5.0);
            QMouseEvent move(QEvent::MouseMove, at(v, p.x(), p.y()), v->mapToGlobal(at(v, p.x(), p.y())), Qt::NoButton,
                             Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(v, &move);
        }
        QTest::mouseRelease(v, Qt::LeftButton, {}, at(v, to.x(), to.y()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        SimulatorOptions o = test::smallDrop(1, 1, 4);
        o.hevc = true; // store-sim --codec h265 --bframes 2 --vfr
        o.bFrames = 2;
        o.vfr = true;
        m_db = test::simulateAndPull(m_dir.path(), {{QStringLiteral("ivy"), Role::Investigator}}, o);
        QVERIFY(m_db);
        const test::CaseOnClip made = test::newCaseOnFirstClip(*m_db, QStringLiteral("Codecs"));
        QVERIFY(!made.caseId.isEmpty());
        m_case = made.caseId;
        m_media = made.mediaId;
    }

    void hevcVfrClipStepsBothWaysAndRendersARedaction()
    {
        auto viewing = MediaLibrary(*m_db).openForViewing(m_media, m_case);
        QVERIFY2(viewing, qPrintable(viewing.errorMessage()));
        VideoDecoder& truth = **viewing;
        // The frame times are the recorder's own, not a fixed 1/15 s grid.
        bool variable = false;
        for (int i = 2; i < truth.frameCount(); ++i)
            variable = variable || qAbs(truth.frameDuration(i) - truth.frameDuration(1)) > 0.002;
        QVERIFY(variable);

        RedactionEditor editor(*m_db, m_case, m_media);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        PlayerWidget* player = editor.player();
        QTRY_VERIFY(player->frameCount() > 0);
        QCOMPARE(player->frameCount(), truth.frameCount());
        VideoView* view = player->view();
        QTRY_VERIFY(!view->imageRect().isEmpty());

        // Step forward across a GOP boundary, then back: exact times, the same pictures.
        QList<QImage> forward;
        for (int i = 0; i < 35; ++i) {
            player->stepFrames(1);
            QCOMPARE(player->currentFrame(), i + 1);
            QVERIFY(qAbs(player->currentSeconds() - truth.frames()[i + 1].seconds) < 1e-6);
            forward << view->frame();
        }
        QCOMPARE(forward.last(), *truth.frameAt(35));
        for (int i = 34; i >= 1; --i) {
            player->stepFrames(-1);
            QCOMPARE(player->currentFrame(), i);
            QVERIFY2(view->frame() == forward[i - 1],
                     qPrintable(QStringLiteral("frame %1 differs stepping back").arg(i)));
        }
        player->seekFrame(0);

        drag(view, {0.2, 0.2}, {0.5, 0.6});
        PlanDocument* doc = editor.document();
        QCOMPARE(doc->plan.regions.size(), 1);
        player->seekFrame(truth.frameCount() - 1);
        drag(view, {0.3, 0.3}, {0.35, 0.3});
        editor.undoStack()->push(new SetRegionPropertiesCommand(
            doc, doc->plan.regions.first().id, RedactionRegion::Style::Fill, QStringLiteral("bystander"), QString()));
        editor.setPreview(true);
        const QImage shown = view->grab().toImage();
        const QPoint inside = at(view, 0.4, 0.45);
        QVERIFY2(qGray(shown.pixel(inside)) < 20, qPrintable(QString::number(qGray(shown.pixel(inside)))));
        editor.setPreview(false);

        QString rendered;
        connect(&editor, &RedactionEditor::rendered, this, [&rendered](const QString& id) { rendered = id; });
        QTest::mouseClick(editor.findChild<QPushButton*>(QStringLiteral("renderButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!rendered.isEmpty(), 120000);
        auto derivative = MediaLibrary(*m_db).get(rendered);
        QCOMPARE(derivative->operation, QStringLiteral("redact"));
        QCOMPARE(derivative->parentId, m_media);
        const QJsonArray log = derivative->operationParams.value(QLatin1String("redaction_log")).toArray();
        QCOMPARE(log.size(), 1);
        QVERIFY(log.first().toObject().value(QLatin1String("frames")).toInt() > 0);
        // The redacted clip has every frame at its own time, and the box is black in it.
        auto redacted = MediaLibrary(*m_db).openForViewing(rendered, m_case);
        QVERIFY2(redacted, qPrintable(redacted.errorMessage()));
        QCOMPARE((*redacted)->frameCount(), truth.frameCount());
        for (int i = 0; i < truth.frameCount(); ++i)
            QVERIFY(qAbs((*redacted)->frames()[i].seconds - truth.frames()[i].seconds) < 0.0015);
        const QImage last = *(*redacted)->frameAt(truth.frameCount() - 1);
        QVERIFY(qGray(last.pixel(last.width() * 2 / 5, last.height() * 9 / 20)) < 24);
    }

    // Side by side and stills on HEVC with a variable frame rate: a second camera's copy of the same HEVC/VFR clip,
    // taken into the case as an exhibit that starts half a second later in true time. Stepping the first moves the
    // second to the picture recorded at that true moment — found from the clip's own irregular frame times — and
    // "Export stills" writes each clip's frame at that moment as a PNG holding those very pixels.
    void hevcVfrSideBySideAndStills()
    {
        MediaLibrary library(*m_db);
        auto original = library.get(m_media);
        QVERIFY(original);
        auto key = library.key();
        QVERIFY(key);
        auto reader = LpencReader::open(library.pathOf(*original), *key);
        QByteArray plain;
        QVERIFY(reader && (*reader)->verifyAll([&plain](const char* d, qsizetype n) { plain.append(d, n); }));
        const QString copy = m_dir.filePath(QStringLiteral("door-camera.mp4")); // synthetic store-sim clip
        QVERIFY(test::writeFile(copy, plain));
        ExhibitRequest request;
        request.caseId = m_case;
        request.source = QStringLiteral("Door camera export");
        request.camera = QStringLiteral("door");
        request.start = library.trueTime(*original, 0).addMSecs(500);
        auto imported = ExhibitImporter(*m_db).importFile(copy, request);
        QVERIFY2(imported, qPrintable(imported.errorMessage()));
        const QString door = imported->first().mediaId;
        auto doorRow = library.get(door);
        QVERIFY(doorRow);
        const double delta
            = library.trueTime(*original, 0).msecsTo(library.trueTime(*doorRow, 0)) / 1000.0; // door starts later
        QVERIFY2(qAbs(delta - 0.5) < 0.002, qPrintable(QString::number(delta)));

        auto viewing = library.openForViewing(m_media, m_case);
        QVERIFY2(viewing, qPrintable(viewing.errorMessage()));
        VideoDecoder& truth = **viewing;
        SyncReviewDialog dialog(*m_db, m_case, {m_media, door});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QList<PlayerWidget*> players = dialog.players();
        QCOMPARE(players.size(), 2);
        QCOMPARE(players[0]->mediaId(), m_media);
        QCOMPARE(players[1]->mediaId(), door);
        QTRY_VERIFY(players[1]->frameCount() == truth.frameCount());
        players[0]->setFocus();
        for (int k = 1; k <= 30; ++k) {
            QTest::keyClick(players[0], Qt::Key_Right);
            QCOMPARE(players[0]->currentFrame(), k);
            const double at = truth.frames()[k].seconds - delta; // the door clip's time of that true moment
            if (at < -0.002) {
                QVERIFY(!dialog.isCovering(1)); // the door camera was not recording yet
                continue;
            }
            if (at < truth.frames()[0].seconds + 0.002)
                continue; // at its very start: within the clock's millisecond
            int j = 0;
            while (j + 1 < truth.frameCount() && truth.frames()[j + 1].seconds <= at + 0.001)
                ++j;
            QVERIFY(dialog.isCovering(1));
            QVERIFY2(players[1]->currentFrame() == j,
                     qPrintable(QStringLiteral("door frame %1, expected %2 (lead frame %3)")
                                    .arg(players[1]->currentFrame())
                                    .arg(j)
                                    .arg(k)));
            QVERIFY(players[1]->view()->frame() == *truth.frameAt(j));
        }

        // Stills of the shared moment: one PNG per clip, each the frame shown.
        QTemporaryDir stills;
        QVERIFY(stills.isValid());
        QSignalSpy stillsDone(&dialog, &SyncReviewDialog::stillsExported);
        QVERIFY(dialog.exportStills(stills.path()));
        QVERIFY(stillsDone.wait(60000));
        QCOMPARE(stillsDone.at(0).at(0).toInt(), 2);
        const QStringList pngs = QDir(stills.path()).entryList({QStringLiteral("*.png")}, QDir::Files);
        QCOMPARE(pngs.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const QString id = players[i]->mediaId();
            QString file;
            for (const QString& f : pngs)
                if (f.contains(id.left(8)))
                    file = QDir(stills.path()).filePath(f);
            QVERIFY2(!file.isEmpty(), qPrintable(pngs.join(QLatin1Char(' '))));
            const QImage png(file);
            const QImage expected = *truth.frameAt(players[i]->currentFrame());
            QCOMPARE(png.size(), expected.size());
            QVERIFY(png.convertToFormat(QImage::Format_RGB32) == expected.convertToFormat(QImage::Format_RGB32));
        }
    }
};

QTEST_MAIN(TestGuiCodecs)
#include "TestGuiCodecs.moc"

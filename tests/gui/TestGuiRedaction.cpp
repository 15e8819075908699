// The redaction editor, offscreen: draw a box with the mouse, move it later in the clip (a second keyframe),
// see the interpolated box in between, undo/redo, preview with the rendering code, review side by side, render.
// A drawn region holds to the end of the 46-frame clip (frames 39–45 covered in the rendered copy); ended on
// purpose, the render dialog warns about frames 39–45 and the redaction log keeps the confirmed warning.
#include "StoreSimCase.h"

#include "cases/MediaLibrary.h"
#include "crypto/Lpenc.h"
#include "media/VideoDecoder.h"
#include "player/PlayerWidget.h"
#include "player/TimelineWidget.h"
#include "player/VideoView.h"
#include "redact/RedactionEditor.h"
#include "sim/ClipSynthesizer.h"
#include "sim/StoreSimulator.h"

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace lpdesk;

class TestGuiRedaction : public QObject
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
        const SimulatorOptions o = test::smallDrop(1, 1, 46.0 / 15); // 46 frames at 15 fps
        m_db = test::simulateAndPull(m_dir.path(), {{QStringLiteral("ivy"), Role::Investigator}}, o);
        QVERIFY(m_db);
        const test::CaseOnClip made = test::newCaseOnFirstClip(*m_db, QStringLiteral("Redaction"));
        QVERIFY(!made.caseId.isEmpty());
        m_case = made.caseId;
        m_media = made.mediaId;
    }

    void drawMoveInterpolateUndoPreviewRender()
    {
        RedactionEditor editor(*m_db, m_case, m_media);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        PlayerWidget* player = editor.player();
        QTRY_VERIFY(player->frameCount() > 0);
        VideoView* view = player->view();
        QTRY_VERIFY(!view->imageRect().isEmpty());

        drag(view, {0.2, 0.2}, {0.4, 0.5});
        PlanDocument* doc = editor.document();
        QCOMPARE(doc->plan.regions.size(), 1);
        const RedactionRegion first = doc->plan.regions.first();
        QCOMPARE(first.keyframes.size(), 1);
        QVERIFY(std::abs(first.keyframes.first().x - 0.2) < 0.01);

        player->stepFrames(30); // t = 2.0 s at 15 fps
        drag(view, {0.3, 0.35}, {0.6, 0.35}); // move the box right by 0.3
        const RedactionRegion& moved = doc->plan.regions.first();
        QCOMPARE(moved.keyframes.size(), 2);
        QVERIFY(std::abs(moved.keyframes[1].t - 2.0) < 1e-6);
        QVERIFY(std::abs(moved.keyframes[1].x - 0.5) < 0.02);
        // Half way, the box is half way (linear interpolation).
        QVERIFY(std::abs(moved.boxAt(1.0).x() - 0.35) < 0.02);
        // The whole drag was one undo step.
        QCOMPARE(editor.undoStack()->count(), 2);
        editor.undoStack()->undo();
        QCOMPARE(doc->plan.regions.first().keyframes.size(), 1);
        editor.undoStack()->redo();
        QCOMPARE(doc->plan.regions.first().keyframes.size(), 2);

        // Fill, previewed with the rendering code: the box on screen is black.
        editor.undoStack()->push(new SetRegionPropertiesCommand(doc, QStringLiteral("r1"), RedactionRegion::Style::Fill,
                                                                QStringLiteral("bystander"), QString()));
        editor.setPreview(true);
        const QImage shown = view->grab().toImage();
        const QPoint inside = at(view, 0.6, 0.35);
        QVERIFY2(qGray(shown.pixel(inside)) < 20, qPrintable(QString::number(qGray(shown.pixel(inside)))));
        editor.setPreview(false);
        QVERIFY(qGray(view->grab().toImage().pixel(inside)) > 20);
        editor.setReviewMode(true);
        editor.setReviewMode(false);

        QString rendered;
        connect(&editor, &RedactionEditor::rendered, this, [&rendered](const QString& id) { rendered = id; });
        QTest::mouseClick(editor.findChild<QPushButton*>(QStringLiteral("renderButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!rendered.isEmpty(), 60000);
        auto derivative = MediaLibrary(*m_db).get(rendered);
        QCOMPARE(derivative->operation, QStringLiteral("redact"));
        QCOMPARE(derivative->parentId, m_media);
        // The editor says how it was rendered (smart or full, what was re-encoded), as the lineage records it.
        const QString how = derivative->operationParams.value(QLatin1String("render"))
                                .toObject()
                                .value(QLatin1String("summary"))
                                .toString();
        QVERIFY(!how.isEmpty());
        const QString status = editor.findChild<QLabel*>(QStringLiteral("redactionStatus"))->text();
        QVERIFY2(status.contains(how), qPrintable(status));
        const QJsonArray log = derivative->operationParams.value(QLatin1String("redaction_log")).toArray();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().toObject().value(QLatin1String("reason")).toString(), QStringLiteral("bystander"));
        // Drawn regions hold to the end: all 46 frames, not 31 (the old, leaking default).
        QCOMPARE(log.first().toObject().value(QLatin1String("frames")).toInt(), 46);
        QVERIFY(!log.first().toObject().contains(QLatin1String("ends_early")));
    }

    // Grey level at (x, y) (normalised) of every frame of a stored clip.
    QList<int> greyAt(const QString& mediaId, double x, double y)
    {
        MediaLibrary library(*m_db);
        auto media = library.get(mediaId);
        auto decoder = VideoDecoder::open(library.pathOf(*media), *library.key());
        QList<int> out;
        if (!decoder)
            return out;
        for (int i = 0; i < (*decoder)->frameCount(); ++i) {
            auto image = (*decoder)->frameAt(i);
            if (!image)
                return {};
            out << qGray(image->pixel(static_cast<int>(x * image->width()), static_cast<int>(y * image->height())));
        }
        return out;
    }

    void regionsHoldToTheEndUnlessEndedOnPurpose()
    {
        RedactionEditor editor(*m_db, m_case, m_media);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        PlanDocument* doc = editor.document();
        doc->plan.regions.clear(); // the previous test's plan is continued; start afresh
        doc->notify();
        PlayerWidget* player = editor.player();
        QTRY_COMPARE(player->frameCount(), 46);
        VideoView* view = player->view();
        QTRY_VERIFY(!view->imageRect().isEmpty());
        player->seekFrame(0);

        // Keyframes at frames 0 and 38 of the 46-frame clip, drawn the ordinary way.
        drag(view, {0.2, 0.2}, {0.4, 0.5});
        player->seekFrame(38);
        drag(view, {0.3, 0.35}, {0.6, 0.35});
        QCOMPARE(doc->plan.regions.size(), 1);
        RedactionRegion region = doc->plan.regions.first();
        QCOMPARE(region.keyframes.size(), 2);
        QVERIFY(region.holdToEnd);
        QVERIFY(doc->plan.earlyEndings(player->frameSeconds()).isEmpty());
        // The timeline shows the span (to the end) and both keyframes.
        QCOMPARE(player->timeline()->spans().size(), 1);
        QVERIFY(player->timeline()->spans().first().toEnd);
        QCOMPARE(player->timeline()->spans().first().keyframes.size(), 2);
        editor.undoStack()->push(new SetRegionPropertiesCommand(doc, region.id, RedactionRegion::Style::Fill,
                                                                QStringLiteral("bystander"), QString()));
        // The lane names the region and why it is hidden, not only its id.
        QCOMPARE(player->timeline()->spans().first().label, QStringLiteral("%1 (bystander)").arg(region.id));

        QString rendered;
        connect(&editor, &RedactionEditor::rendered, this, [&rendered](const QString& id) { rendered = id; });
        QString warning;
        connect(&editor, &RedactionEditor::earlyEndingsShown, this, [&warning](const QString& t) { warning = t; });
        editor.render();
        QTRY_VERIFY_WITH_TIMEOUT(!rendered.isEmpty(), 60000);
        QVERIFY2(warning.isEmpty(), qPrintable(warning));
        // Frames 39–45 of the rendered copy: the box (last keyframe at x 0.5–0.7) is filled black there, where the
        // original is not black.
        const QList<int> original = greyAt(m_media, 0.6, 0.35);
        const QList<int> redacted = greyAt(rendered, 0.6, 0.35);
        QCOMPARE(original.size(), 46);
        QCOMPARE(redacted.size(), 46);
        for (int f = 38; f <= 45; ++f) {
            QVERIFY2(original[f] > 20, qPrintable(QStringLiteral("original frame %1: %2").arg(f).arg(original[f])));
            QVERIFY2(redacted[f] < 20, qPrintable(QStringLiteral("redacted frame %1: %2").arg(f).arg(redacted[f])));
        }

        // Ended on purpose at frame 38: the render dialog lists frames 39–45 and the log keeps the confirmation.
        editor.selectRegion(region.id);
        player->seekFrame(38);
        editor.endHere();
        QVERIFY(!doc->plan.regions.first().holdToEnd);
        QVERIFY(!player->timeline()->spans().first().toEnd);
        const QList<RegionEnding> endings = doc->plan.earlyEndings(player->frameSeconds());
        QCOMPARE(endings.size(), 1);
        QCOMPARE(endings.first().firstFrame, 39);
        QCOMPARE(endings.first().lastFrame, 45);
        rendered.clear();
        editor.render();
        QTRY_VERIFY(!warning.isEmpty());
        QVERIFY2(warning.contains(QStringLiteral("39–45")), qPrintable(warning));
        auto* box = editor.findChild<QMessageBox*>(QStringLiteral("earlyEndingsWarning"));
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QVERIFY(rendered.isEmpty()); // nothing renders until the investigator confirms
        QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("renderAnyway")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!rendered.isEmpty(), 60000);
        const QJsonArray log
            = MediaLibrary(*m_db).get(rendered)->operationParams.value(QLatin1String("redaction_log")).toArray();
        QCOMPARE(log.size(), 1);
        const QJsonObject early = log.first().toObject().value(QLatin1String("ends_early")).toObject();
        QCOMPARE(early.value(QLatin1String("uncovered_first_frame")).toInt(), 39);
        QCOMPARE(early.value(QLatin1String("uncovered_last_frame")).toInt(), 45);
        QCOMPARE(early.value(QLatin1String("confirmed")).toBool(), true);
        const QList<int> ended = greyAt(rendered, 0.6, 0.35);
        QVERIFY(ended[38] < 20);
        QVERIFY(ended[40] > 20); // ended on purpose: uncovered, as the warning said

        // Extend to start / hold to end are one undo step each.
        editor.holdToEnd();
        QVERIFY(doc->plan.regions.first().holdToEnd);
        editor.undoStack()->undo();
        QVERIFY(!doc->plan.regions.first().holdToEnd);
    }
};

QTEST_MAIN(TestGuiRedaction)
#include "TestGuiRedaction.moc"

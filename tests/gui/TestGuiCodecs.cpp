// The player and the redaction editor, offscreen, on a store drop recorded in H.265/HEVC with B-frames and a
// variable frame rate (store-sim --codec h265 --bframes 2 --vfr): the clip opens, frames step both ways to exact
// timestamps (the same pictures either way), a box is drawn and previewed, and the redaction renders.
#include "StoreSimCase.h"

#include "cases/MediaLibrary.h"
#include "crypto/Lpenc.h"
#include "media/VideoDecoder.h"
#include "player/PlayerWidget.h"
#include "player/VideoView.h"
#include "redact/RedactionEditor.h"
#include "store/StoreSimulator.h"

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QMouseEvent>
#include <QPushButton>
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
};

QTEST_MAIN(TestGuiCodecs)
#include "TestGuiCodecs.moc"

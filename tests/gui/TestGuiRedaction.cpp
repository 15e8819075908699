// The redaction editor, offscreen: draw a box with the mouse, move it later in the clip (a second keyframe),
// see the interpolated box in between, undo/redo, preview with the rendering code, review side by side, render.
#include "TestSupport.h"

#include "cases/CaseService.h"
#include "cases/MediaLibrary.h"
#include "crypto/Lpenc.h"
#include "db/UserDirectory.h"
#include "db/WorkstationKeys.h"
#include "media/ClipSynthesizer.h"
#include "player/PlayerWidget.h"
#include "player/VideoView.h"
#include "redact/RedactionEditor.h"
#include "store/PullService.h"
#include "store/StoreRegistry.h"
#include "store/StoreSimulator.h"

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QMouseEvent>
#include <QPushButton>
#include <QSqlQuery>
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
        QDir().mkpath(m_dir.filePath(QStringLiteral("db")));
        auto admin = test::createDatabase(m_dir.filePath(QStringLiteral("db")));
        QVERIFY(UserDirectory(*admin).add(QStringLiteral("ivy"), Role::Investigator, test::secret("ivy")));
        QSqlDatabase c = admin->connection();
        SimulatorOptions o;
        o.outDir = m_dir.filePath(QStringLiteral("drop"));
        o.recipientPublicKey = *WorkstationKeys::recipientPublicKey(c);
        o.stores = 1;
        o.incidentsPerStore = 1;
        o.clipSeconds = 4;
        o.width = 320;
        o.height = 180;
        auto sim = StoreSimulator::run(o);
        QVERIFY(sim);
        StoreConnection sc;
        sc.kind = QStringLiteral("folder");
        sc.location = o.outDir + QLatin1Char('/') + sim->storeIds.first();
        QVERIFY(StoreRegistry(*admin).add(sim->storeIds.first(), sc));
        const QString path = admin->path();
        admin.reset();
        auto opened = CaseDatabase::open(path, QStringLiteral("ivy"), test::secret("ivy"));
        m_db = std::move(opened.value());
        QVERIFY(PullService(*m_db).pull({})->complete());
        QSqlDatabase conn = m_db->connection();
        QSqlQuery q(conn);
        q.exec(QStringLiteral("SELECT incident_id, media_id FROM incident_media LIMIT 1"));
        QVERIFY(q.next());
        m_case = *CaseService(*m_db).create(QStringLiteral("Redaction"), {q.value(0).toString()});
        m_media = q.value(1).toString();
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
        const QJsonArray log = derivative->operationParams.value(QLatin1String("redaction_log")).toArray();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().toObject().value(QLatin1String("reason")).toString(), QStringLiteral("bystander"));
        QCOMPARE(log.first().toObject().value(QLatin1String("frames")).toInt(), 31);
    }
};

QTEST_MAIN(TestGuiRedaction)
#include "TestGuiRedaction.moc"

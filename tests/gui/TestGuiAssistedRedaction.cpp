// Assisted redaction in the editor, offscreen, on a clip composed like TestAssistedRedaction's (OpenCV's vtest.avi
// with scikit-image's astronaut face moved along a known path by the ffmpeg CLI, imported as an exhibit):
// Cancel leaves the plan as it was; Find lists the tracks with thumbnails, a double-click jumps to a track, accept
// all goes through the undo stack; with the face's track rejected the render dialog lists the uncovered frames and
// the confirmation is kept with the copy; accepted again, the rendered copy (read back by the ffmpeg CLI) hides the
// true face box in every frame, and the redaction log (derivative, package manifest, report) names each region's
// origin and who accepted it. "Track this region" follows a box drawn on the face.
#include "ComposedFaces.h"
#include "TestSupport.h"

#include "cases/CaseService.h"
#include "cases/ExhibitImporter.h"
#include "cases/MediaLibrary.h"
#include "common/JobQueue.h"
#include "common/JobsPanel.h"
#include "crypto/Lpenc.h"
#include "db/UserDirectory.h"
#include "detect/Detection.h"
#include "player/PlayerWidget.h"
#include "player/VideoView.h"
#include "redact/RedactionCommands.h"
#include "redact/RedactionEditor.h"
#include "redact/SuggestionPanel.h"
#include "report/CaseReport.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace lpdesk;

namespace {

constexpr int Width = 640, Height = 360, Fps = 25, Seconds = 4;
const test::FaceMover Face {100, 106, 60, 90, 80, 15};

test::ComposedClip composed()
{
    test::ComposedClip c;
    c.width = Width;
    c.height = Height;
    c.fps = Fps;
    c.seconds = Seconds;
    c.movers = {Face};
    return c;
}

double iou(const QRectF& a, const QRectF& b)
{
    const QRectF i = a.intersected(b);
    const double inter = i.width() * i.height();
    return inter / (a.width() * a.height() + b.width() * b.height() - inter);
}

} // namespace

class TestGuiAssistedRedaction : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CaseDatabase> m_db;
    QString m_case;
    QString m_media;

    static void pressShortcut(RedactionEditor& editor, Qt::Key key, Qt::KeyboardModifiers modifiers)
    {
        editor.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        editor.player()->setFocus();
        QTest::keyClick(&editor, key, modifiers);
    }

    template<typename T> static T* visibleChild(QWidget* parent, const QString& name)
    {
        for (T* w : parent->findChildren<T*>(name))
            if (w->isVisible())
                return w;
        return nullptr;
    }

    // Renders and answers the dialogs on the way: early endings and uncovered detections are confirmed when
    // `confirmUncovered`; returns the rendered media id, or empty when the uncovered warning stopped it.
    QString render(RedactionEditor& editor, bool confirmUncovered, QList<int>* uncoveredShown)
    {
        QString rendered;
        bool stopped = false;
        auto c1 = connect(&editor, &RedactionEditor::rendered, this, [&rendered](const QString& id) { rendered = id; });
        auto c2 = connect(&editor, &RedactionEditor::uncoveredDetectionsShown, this,
                          [uncoveredShown](const QList<int>& frames) {
                              if (uncoveredShown)
                                  *uncoveredShown = frames;
                          });
        auto c3 = connect(&editor, &RedactionEditor::earlyEndingsShown, this, [&editor] {
            QMetaObject::invokeMethod(
                &editor,
                [&editor] {
                    if (auto* b = visibleChild<QPushButton>(&editor, QStringLiteral("renderAnyway")))
                        b->click();
                },
                Qt::QueuedConnection);
        });
        auto c4
            = connect(&editor, &RedactionEditor::uncoveredDetectionsShown, this, [&editor, confirmUncovered, &stopped] {
                  QMetaObject::invokeMethod(
                      &editor,
                      [&editor, confirmUncovered, &stopped] {
                          auto* box = visibleChild<QMessageBox>(&editor, QStringLiteral("uncoveredDetectionsWarning"));
                          if (!box)
                              return;
                          if (confirmUncovered) {
                              box->findChild<QPushButton*>(QStringLiteral("renderAnywayUncovered"))->click();
                          } else {
                              box->button(QMessageBox::Cancel)->click();
                              stopped = true;
                          }
                      },
                      Qt::QueuedConnection);
              });
        editor.findChild<QPushButton*>(QStringLiteral("renderButton"))->click();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(!rendered.isEmpty() || stopped, 300000); }();
        for (const auto& c : {c1, c2, c3, c4})
            disconnect(c);
        return rendered;
    }

    // Find faces and people…: the editor's button, then Find (faces only, people take longer on two cores) in the
    // options it asks for. The job it started, from the editor's queue.
    static QueuedJob* startFind(RedactionEditor& editor)
    {
        editor.findChild<QPushButton*>(QStringLiteral("findFacesAndPeople"))->click();
        auto* options = editor.findChild<QDialog*>(QStringLiteral("findOptions"));
        if (!options)
            return nullptr;
        for (QCheckBox* box : options->findChildren<QCheckBox*>())
            box->setChecked(box->text() == QLatin1String("&Faces"));
        options->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        for (QueuedJob* job : editor.findChildren<QueuedJob*>())
            if (job->objectName() == QLatin1String("findSuggestionsJob") && job->isActive())
                return job;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString mp4 = m_dir.filePath(QStringLiteral("composed.mp4"));
        const QString error = test::composeFaceClip(mp4, composed());
        QVERIFY2(error.isEmpty(), qPrintable(error));

        QDir().mkpath(m_dir.filePath(QStringLiteral("db")));
        auto admin = test::createDatabase(m_dir.filePath(QStringLiteral("db")));
        QVERIFY(UserDirectory(*admin).add(QStringLiteral("ivy"), Role::Investigator, test::secret("ivy-pass")));
        const QString path = admin->path();
        admin.reset();
        auto opened = CaseDatabase::open(path, QStringLiteral("ivy"), test::secret("ivy-pass"));
        QVERIFY(opened);
        m_db = std::move(opened.value());
        auto created = CaseService(*m_db).create(QStringLiteral("Assisted redaction"), {});
        QVERIFY2(created, qPrintable(created.errorMessage()));
        m_case = *created;
        ExhibitRequest request;
        request.caseId = m_case;
        request.source = QStringLiteral("composed test clip");
        auto imported = ExhibitImporter(*m_db).importFile(mp4, request);
        QVERIFY2(imported, qPrintable(imported.errorMessage()));
        QCOMPARE(imported->size(), 1);
        m_media
            = imported->first().workingCopyId.isEmpty() ? imported->first().mediaId : imported->first().workingCopyId;
    }

    // Find faces and people…, from the editor's button: a job of the queue (no modal dialog; the editor stays
    // usable), listed in the Jobs panel. Cancel there while the detectors run: no suggestion, no change to the plan
    // or the undo stack, and the editor says it stopped.
    void cancelLeavesThePlanUnchanged()
    {
        RedactionEditor editor(*m_db, m_case, m_media);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTRY_VERIFY(editor.player()->frameCount() == Fps * Seconds);
        const QByteArray before = editor.document()->plan.canonical();
        const int steps = editor.undoStack()->count();
        QueuedJob* job = startFind(editor);
        QVERIFY2(job, "finding faces and people is not a job of the queue");
        QVERIFY(!QApplication::activeModalWidget());
        JobsPanel panel(*JobQueue::of(&editor, *m_db));
        panel.show();
        QTRY_VERIFY(job->state() == QueuedJob::State::Running);
        auto* cancel = panel.rowOf(job)->findChild<QPushButton*>(QStringLiteral("cancelJob"));
        QVERIFY(cancel && cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!job->isActive(), 60000);
        QCOMPARE(job->state(), QueuedJob::State::Cancelled);
        QCOMPARE(editor.suggestions()->count(), 0);
        QCOMPARE(editor.document()->plan.canonical(), before);
        QCOMPARE(editor.undoStack()->count(), steps);
        const QString said = editor.findChild<QLabel*>(QStringLiteral("redactionStatus"))->text();
        QVERIFY2(said.startsWith(QLatin1String("Finding faces and people stopped")), qPrintable(said));
    }

    // A search that cannot run (here: its database is closing) fails in words, in the editor and the Jobs panel.
    void failureIsSaid()
    {
        auto opened = CaseDatabase::open(m_db->path(), QStringLiteral("ivy"), test::secret("ivy-pass"));
        QVERIFY(opened);
        std::unique_ptr<CaseDatabase> other = std::move(opened.value());
        RedactionEditor editor(*other, m_case, m_media);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTRY_VERIFY(editor.player()->frameCount() == Fps * Seconds);
        other->stopWork();
        QueuedJob* job = startFind(editor);
        QVERIFY(job);
        QTRY_VERIFY_WITH_TIMEOUT(!job->isActive(), 60000);
        QVERIFY(job->state() != QueuedJob::State::Done);
        JobsPanel panel(*JobQueue::of(&editor, *other));
        const QString row = panel.rowOf(job)->findChild<QLabel*>(QStringLiteral("jobText"))->text();
        QVERIFY2(row.contains(QLatin1String("closing")), qPrintable(row));
        const QString said = editor.findChild<QLabel*>(QStringLiteral("redactionStatus"))->text();
        QVERIFY2(said.contains(QLatin1String("closing")), qPrintable(said));
    }

    void findReviewRenderAndLog()
    {
        RedactionEditor editor(*m_db, m_case, m_media);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        PlayerWidget* player = editor.player();
        QTRY_VERIFY(player->frameCount() == Fps * Seconds);
        QCOMPARE(editor.document()->plan.regions.size(), 0);

        // Ctrl+Shift+F asks what to look for; the test runs faces only (people take longer on two cores).
        QSignalSpy ready(&editor, &RedactionEditor::suggestionsReady);
        editor.findSuggestions({detect::Kind::Face});
        QVERIFY(ready.wait(600000) || ready.count() == 1);
        // The job's end filled the Suggestions tab and said so.
        const QString said = editor.findChild<QLabel*>(QStringLiteral("redactionStatus"))->text();
        QVERIFY2(said.contains(QLatin1String("found: review them in Suggestions")), qPrintable(said));
        SuggestionPanel* panel = editor.suggestions();
        QVERIFY2(panel->count() >= 1, "the face is found");
        QVERIFY2(panel->count() <= 3, "no swarm of false positives");
        QCOMPARE(editor.document()->plan.regions.size(), 0); // nothing until accepted

        // The track on the true face: the one whose boxes best match the ground truth.
        int faceRow = -1;
        double best = 0;
        for (int row = 0; row < panel->count(); ++row) {
            const detect::Track& t = panel->tracks()[row];
            double sum = 0;
            for (const detect::TrackBox& b : t.boxes)
                sum += iou(
                    QRectF(b.rect.x() * Width, b.rect.y() * Height, b.rect.width() * Width, b.rect.height() * Height),
                    Face.faceAt(b.frame, Fps));
            if (sum > best) {
                best = sum;
                faceRow = row;
            }
        }
        QVERIFY(faceRow >= 0);
        QTableWidget* table = panel->table();
        QCOMPARE(table->rowCount(), panel->count());
        // A thumbnail strip of real crops.
        const QPixmap strip = table->item(faceRow, 1)->data(Qt::DecorationRole).value<QPixmap>();
        QVERIFY(!strip.isNull());
        QVERIFY(strip.toImage().pixelColor(24, 24).alpha() > 0);
        QVERIFY(!table->item(faceRow, 2)->text().isEmpty());
        QCOMPARE(table->item(faceRow, 3)->text().toDouble(),
                 QString::number(static_cast<double>(panel->tracks()[faceRow].confidence), 'f', 2).toDouble());

        // Double-click jumps to the track's first frame.
        player->seekFrame(Fps * Seconds - 1);
        QTRY_VERIFY(player->currentSeconds() > 3.0);
        QTRY_VERIFY(table->isVisible());
        table->scrollToItem(table->item(faceRow, 0));
        QTest::qWait(100); // the tab just came to the front: let it lay out its rows
        QSignalSpy jumped(panel, &SuggestionPanel::jumpRequested);
        const QRect cell = table->visualItemRect(table->item(faceRow, 0));
        QVERIFY2(table->viewport()->rect().contains(cell.center()), "the track's row is on screen");
        // A real double-click is a click and a second press; QTest::mouseDClick alone (Qt 6.4) sends only the second.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTRY_COMPARE(jumped.count(), 1);
        qInfo("jumped to %.3f s; track from frame %d", jumped.first().first().toDouble(),
              panel->tracks()[faceRow].firstFrame());
        QTRY_COMPARE(player->currentSeconds() <= panel->tracks()[faceRow].firstFrame() / double(Fps) + 0.05, true);

        // Accept all (the button), through the undo stack.
        const int steps = editor.undoStack()->count();
        editor.findChild<QPushButton*>(QStringLiteral("acceptAllSuggestions"))->click();
        QCOMPARE(editor.document()->plan.regions.size(), panel->count());
        QCOMPARE(editor.undoStack()->count(), steps + 1); // one macro
        editor.undoStack()->undo();
        QCOMPARE(editor.document()->plan.regions.size(), 0);
        QVERIFY(panel->state(faceRow) == SuggestionPanel::State::Pending);
        editor.undoStack()->redo();
        QCOMPARE(editor.document()->plan.regions.size(), panel->count());
        QVERIFY(panel->state(faceRow) == SuggestionPanel::State::Accepted);
        for (const RedactionRegion& r : std::as_const(editor.document()->plan.regions)) {
            QCOMPARE(r.origin.source, QStringLiteral("detection"));
            QCOMPARE(r.origin.acceptedBy, QStringLiteral("ivy"));
            QCOMPARE(r.origin.modelSha256, detect::Detector::faceModelSha256());
        }

        // Reject the face's track: rendering lists the frames where the face shows, and stops on Cancel.
        table->clearSelection();
        table->selectRow(faceRow);
        editor.findChild<QPushButton*>(QStringLiteral("rejectSuggestion"))->click();
        QVERIFY(panel->state(faceRow) == SuggestionPanel::State::Rejected);
        QCOMPARE(editor.document()->plan.regions.size(), panel->count() - 1);
        QList<int> uncovered;
        QVERIFY(render(editor, false, &uncovered).isEmpty());
        QVERIFY2(uncovered.size() >= Fps * Seconds / 4, "the face's detected frames are listed");
        for (int f : std::as_const(uncovered))
            QVERIFY(f >= 0 && f < Fps * Seconds);

        // Render anyway: the confirmation and the frames are kept with the redacted copy.
        uncovered.clear();
        const QString exposedCopy = render(editor, true, &uncovered);
        QVERIFY(!exposedCopy.isEmpty());
        {
            auto row = MediaLibrary(*m_db).get(exposedCopy);
            QVERIFY(row);
            const QJsonObject u = row->operationParams.value(QLatin1String("uncovered_detections")).toObject();
            QCOMPARE(u.value(QLatin1String("frames")).toArray().size(), uncovered.size());
            QCOMPARE(u.value(QLatin1String("confirmed_by")).toString(), QStringLiteral("ivy"));
        }

        // Accept it again (Ctrl+Shift+A on the selected row): no warning, and no frame shows the face.
        table->selectRow(faceRow);
        pressShortcut(editor, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(panel->state(faceRow) == SuggestionPanel::State::Accepted);
        // Fill (a flat box) rather than the default blur, so that "covered" can be read from the pixels.
        for (const RedactionRegion& r : QList<RedactionRegion>(editor.document()->plan.regions))
            editor.undoStack()->push(
                new SetRegionPropertiesCommand(editor.document(), r.id, RedactionRegion::Style::Fill, r.reason, {}));
        uncovered.clear();
        const QString rendered = render(editor, false, &uncovered);
        QVERIFY(uncovered.isEmpty());
        QVERIFY(!rendered.isEmpty());

        MediaLibrary library(*m_db);
        auto row = library.get(rendered);
        QVERIFY(row);
        auto key = library.key();
        QVERIFY(key);
        auto reader = LpencReader::open(library.pathOf(*row), *key);
        QVERIFY(reader);
        QByteArray mp4;
        QVERIFY((*reader)->verifyAll([&mp4](const char* d, qsizetype n) { mp4.append(d, n); }));
        const QString out = m_dir.filePath(QStringLiteral("redacted.mp4"));
        QFile file(out);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(mp4);
        file.close();
        const QByteArray grey = test::greyFrames(out);
        QCOMPARE(grey.size(), static_cast<qsizetype>(Width) * Height * Fps * Seconds);
        QStringList details;
        const int exposed = test::exposedFaces(grey, composed(), 6, &details);
        for (const QString& d : std::as_const(details))
            qWarning("%s", qPrintable(d));
        QCOMPARE(exposed, 0);

        // The redaction log names each region's origin: with the derivative, in the package manifest, in the report.
        const QJsonArray log = row->operationParams.value(QLatin1String("redaction_log")).toArray();
        QCOMPARE(log.size(), panel->count());
        for (const QJsonValue& v : log) {
            const QJsonObject origin = v.toObject().value(QLatin1String("origin")).toObject();
            QCOMPARE(origin.value(QLatin1String("source")).toString(), QStringLiteral("detection"));
            QCOMPARE(origin.value(QLatin1String("kind")).toString(), QStringLiteral("face"));
            QCOMPARE(origin.value(QLatin1String("model_sha256")).toString(), detect::Detector::faceModelSha256());
            QVERIFY(origin.value(QLatin1String("confidence")).toDouble() >= 0.7);
            QCOMPARE(origin.value(QLatin1String("accepted_by")).toString(), QStringLiteral("ivy"));
            QVERIFY(!origin.value(QLatin1String("accepted_at")).toString().isEmpty());
        }
        PackageModel model;
        PackageFile f;
        f.exhibit = QStringLiteral("E01");
        f.operation = row->operation;
        f.parameters = row->operationParams;
        f.description = QStringLiteral("redacted copy");
        model.files << f;
        const QJsonObject manifest = f.toJson();
        QCOMPARE(manifest.value(QLatin1String("parameters"))
                     .toObject()
                     .value(QLatin1String("redaction_log"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("origin"))
                     .toObject()
                     .value(QLatin1String("source"))
                     .toString(),
                 QStringLiteral("detection"));
        const QString html = CaseReport::html(model);
        QVERIFY(html.contains(QStringLiteral("accepted by ivy")));
        QVERIFY(html.contains(detect::Detector::faceModelSha256().left(16)));
    }

    // A box drawn by hand on the face and tracked: the region follows the face (forwards and backwards) and is
    // logged as drawn by a person.
    void trackThisRegion()
    {
        RedactionEditor editor(*m_db, m_case, m_media);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        PlayerWidget* player = editor.player();
        QTRY_VERIFY(player->frameCount() == Fps * Seconds);
        // Start from an empty plan (the editor continues the latest one).
        while (!editor.document()->plan.regions.isEmpty())
            editor.undoStack()->push(
                new RemoveRegionCommand(editor.document(), editor.document()->plan.regions.first().id));
        player->seekFrame(Fps); // 1 s
        QTRY_VERIFY(std::abs(player->currentSeconds() - 1.0) < 0.02);
        VideoView* view = player->view();
        QTRY_VERIFY(!view->imageRect().isEmpty());
        const QRectF truth = Face.faceAt(Fps, Fps);
        const QRectF r = view->imageRect();
        auto at = [&r](double x, double y) {
            return QPoint(static_cast<int>(r.left() + x / Width * r.width()),
                          static_cast<int>(r.top() + y / Height * r.height()));
        };
        QTest::mousePress(view, Qt::LeftButton, {}, at(truth.left(), truth.top()));
        for (int i = 1; i <= 5; ++i) {
            const QPointF p = truth.topLeft() + (truth.bottomRight() - truth.topLeft()) * (i / 5.0);
            QMouseEvent move(QEvent::MouseMove, at(p.x(), p.y()), view->mapToGlobal(at(p.x(), p.y())), Qt::NoButton,
                             Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(view, &move);
        }
        QTest::mouseRelease(view, Qt::LeftButton, {}, at(truth.right(), truth.bottom()));
        QCOMPARE(editor.document()->plan.regions.size(), 1);
        const QString id = editor.document()->plan.regions.first().id;
        QCOMPARE(editor.document()->plan.regions.first().origin.source, QStringLiteral("person"));

        QSignalSpy tracked(&editor, &RedactionEditor::regionTracked);
        pressShortcut(editor, Qt::Key_T, Qt::ControlModifier);
        QVERIFY(tracked.wait(600000) || tracked.count() == 1);
        const RedactionRegion& region = editor.document()->plan.regions.first();
        QCOMPARE(region.id, id);
        QVERIFY(region.keyframes.size() > 1);
        QVERIFY(region.start() < 0.05); // followed backwards to the start
        QCOMPARE(region.origin.kind, QStringLiteral("region"));
        // The tracked (padded) box contains most of the true face at the end of the clip.
        const int last = Fps * Seconds - 1;
        const QRectF box = region.boxAt(player->frameSeconds().at(last));
        const QRectF px(box.x() * Width, box.y() * Height, box.width() * Width, box.height() * Height);
        const QRectF face = Face.faceAt(last, Fps);
        const QRectF inter = px.intersected(face);
        QVERIFY2(inter.width() * inter.height() >= 0.8 * face.width() * face.height(), "the box followed the face");
        editor.undoStack()->undo();
        QCOMPARE(editor.document()->plan.regions.first().keyframes.size(), 1);
    }
};

QTEST_MAIN(TestGuiAssistedRedaction)
#include "TestGuiAssistedRedaction.moc"

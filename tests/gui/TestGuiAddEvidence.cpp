// "Add evidence…" in the case workspace, offscreen: files dropped on the case open the dialog with them; the
// import runs as a job of the queue (cancel and failure said in the dialog and the Jobs panel); the native master and
// its working copy appear in the evidence tree, and the custody chain records the acquisition with the source typed in
// the dialog.
#include "QueueTestKit.h"
#include "TestSupport.h"

#include "cases/AddEvidenceDialog.h"
#include "cases/CaseService.h"
#include "cases/CaseWorkspace.h"
#include "cases/MediaLibrary.h"
#include "custody/CustodyLog.h"
#include "db/UserDirectory.h"

#include <QApplication>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

using namespace lpdesk;

class TestGuiAddEvidence : public QObject
{
    Q_OBJECT

    // The dialog's newest import, from its queue.
    QueuedJob* importJob(AddEvidenceDialog* dialog)
    {
        QueuedJob* found = nullptr;
        for (QueuedJob* job : JobQueue::of(dialog, *m_db)->jobs())
            if (job->objectName() == QLatin1String("addEvidenceJob"))
                found = job;
        return found;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<CaseDatabase> m_db;
    QString m_case;
    QString m_clip;

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
        auto id = CaseService(*m_db).create(QStringLiteral("Phone footage"), {});
        QVERIFY(id);
        m_case = *id;
        m_clip = m_dir.filePath(QStringLiteral("ch03.ts"));
        const auto r
            = test::run(QStringLiteral("ffmpeg"),
                        {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-f"), QStringLiteral("lavfi"),
                         QStringLiteral("-i"), QStringLiteral("testsrc=size=320x240:rate=25"), QStringLiteral("-t"),
                         QStringLiteral("2"), QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-f"),
                         QStringLiteral("mpegts"), m_clip});
        QCOMPARE(r.exitCode, 0);
    }

    void dropFilesAndImportThem()
    {
        CaseWorkspace workspace(*m_db, m_case);
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        auto* button = workspace.findChild<QPushButton*>(QStringLiteral("addEvidenceButton"));
        QVERIFY(button && button->isEnabled());

        // A drop opens the dialog with the dropped files.
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(m_clip)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&workspace, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&workspace, &drop);
        AddEvidenceDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = workspace.findChild<AddEvidenceDialog*>()) != nullptr);
        QCOMPARE(dialog->files(), QStringList {m_clip});
        QVERIFY(!dialog->importButton()->isEnabled()); // the source is required
        QTest::keyClicks(dialog->sourceEdit(), QStringLiteral("Phone of the store manager, AirDrop"));
        QTest::keyClicks(dialog->cameraEdit(), QStringLiteral("phone"));
        QVERIFY(dialog->importButton()->isEnabled());
        QStringList imported;
        connect(dialog, &AddEvidenceDialog::imported, this, [&imported](const QStringList& ids) { imported = ids; });
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        QPointer<QueuedJob> job = importJob(dialog);
        QVERIFY2(job, "the import is not a job of the queue");
        // No job window in front: the dialog (window-modal to the case) is the only one.
        QWidget* modal = QApplication::activeModalWidget();
        QVERIFY2(!modal || modal == dialog, qPrintable(modal->objectName()));
        QVERIFY(!dialog->importButton()->isEnabled()); // not twice at once
        QTRY_VERIFY_WITH_TIMEOUT(!imported.isEmpty(), 60000);
        QCOMPARE(imported.size(), 1);

        // The master and its working copy in the evidence tree; the master's hash is the file's.
        QTreeWidget* tree = workspace.mediaTree();
        QTRY_COMPARE(tree->topLevelItemCount(), 1);
        QTreeWidgetItem* master = tree->topLevelItem(0);
        QCOMPARE(master->data(0, Qt::UserRole).toString(), imported.first());
        QVERIFY(master->text(0).contains(QLatin1String("ch03.ts")));
        QCOMPARE(master->text(2), test::sha256OfFile(m_clip));
        QCOMPARE(master->childCount(), 1);
        auto copy = MediaLibrary(*m_db).get(master->child(0)->data(0, Qt::UserRole).toString());
        QVERIFY(copy);
        QCOMPARE(copy->operation, QStringLiteral("working_copy"));

        QSqlDatabase c = m_db->connection();
        auto events = CustodyLog::events(c, CustodyLog::caseChain(m_case));
        QVERIFY(events);
        bool acquired = false;
        for (const ChainEvent& e : *events)
            if (e.action == QLatin1String("acquired")) {
                acquired = true;
                QCOMPARE(e.details.value(QLatin1String("source")).toString(),
                         QStringLiteral("Phone of the store manager, AirDrop"));
                QCOMPARE(e.details.value(QLatin1String("sha256")).toString(), test::sha256OfFile(m_clip));
            }
        QVERIFY(acquired);
    }

    void theButtonOpensAnEmptyDialogThatRefusesBadTimes()
    {
        CaseWorkspace workspace(*m_db, m_case);
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        QTest::mouseClick(workspace.findChild<QPushButton*>(QStringLiteral("addEvidenceButton")), Qt::LeftButton);
        AddEvidenceDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = workspace.findChild<AddEvidenceDialog*>()) != nullptr);
        QVERIFY(dialog->files().isEmpty());
        dialog->addFiles({m_clip});
        QTest::keyClicks(dialog->sourceEdit(), QStringLiteral("USB"));
        QTest::keyClicks(dialog->startEdit(), QStringLiteral("yesterday"));
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        auto* error = dialog->findChild<QLabel*>(QStringLiteral("evidenceError"));
        QVERIFY(error && error->text().contains(QLatin1String("RFC 3339")));
        QVERIFY(dialog->importedIds().isEmpty());
    }

    // Cancelled in the Jobs panel (here while it waits its turn behind another job), the import takes nothing and
    // the dialog says so, its fields kept; a file gone before its turn fails the import, said in the dialog (which
    // stays, with the file listed) and in the Jobs panel.
    void cancelAndFailureAreSaid()
    {
        const QString copy = m_dir.filePath(QStringLiteral("ch09.ts"));
        QVERIFY(QFile::copy(m_clip, copy));
        CaseWorkspace workspace(*m_db, m_case);
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        const int before = static_cast<int>(MediaLibrary(*m_db).forCase(m_case)->size());
        AddEvidenceDialog* dialog = workspace.addEvidence({copy});
        QTest::keyClicks(dialog->sourceEdit(), QStringLiteral("USB stick"));
        JobQueue* queue = JobQueue::of(dialog, *m_db);
        test::QueueBlocker blocker(*queue); // the import waits its turn
        QTRY_VERIFY(blocker.holding());
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        QueuedJob* job = importJob(dialog);
        QVERIFY2(job, "the import is not a job of the queue");
        JobsPanel panel(*queue);
        panel.show();
        QVERIFY(test::cancelInPanel(panel, job));
        QTRY_VERIFY(!job->isActive());
        QCOMPARE(job->state(), QueuedJob::State::Cancelled);
        auto* error = dialog->findChild<QLabel*>(QStringLiteral("evidenceError"));
        QTRY_VERIFY2(error->text().startsWith(QLatin1String("Cancelled")), qPrintable(error->text()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->files(), QStringList {copy});
        QVERIFY(dialog->importButton()->isEnabled());

        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        job = importJob(dialog);
        QVERIFY(job && job->state() == QueuedJob::State::Queued);
        QVERIFY(QFile::remove(copy));
        blocker.release();
        QTRY_VERIFY_WITH_TIMEOUT(!job->isActive(), 60000);
        QCOMPARE(job->state(), QueuedJob::State::Failed);
        QVERIFY2(error->text().contains(QLatin1String("ch09.ts")), qPrintable(error->text()));
        const QString row = test::rowText(panel, job);
        QVERIFY2(row.startsWith(QLatin1String("Failed:")), qPrintable(row));
        QVERIFY(dialog->isVisible());
        QCOMPARE(static_cast<int>(MediaLibrary(*m_db).forCase(m_case)->size()), before);
    }
};

QTEST_MAIN(TestGuiAddEvidence)
#include "TestGuiAddEvidence.moc"

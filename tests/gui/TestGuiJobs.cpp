// Background jobs never outlive the case database. A job is held at a test hold point while it still uses its
// connection (CaseDatabase::testHoldPoint); then the main window closes, as sign-out, lock and quit close it. The
// window must wait, visibly and with the event loop running, until the job has ended, and only then close the
// database; past its bounded wait, or when deleted outright, it leaves the database to close once the job ends.
// Never a crash, never Qt's "connection ... is still in use", and `db check` stays clean.
#include "HoldPoint.h"
#include "StoreSimCase.h"
#include "TestSupport.h"

#include "common/ClosingDatabase.h"
#include "common/JobDialog.h"
#include "common/JobQueue.h"
#include "db/CaseDatabase.h"
#include "shell/IdleLock.h"
#include "shell/MainWindow.h"
#include "submit/OutboxDialog.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPointer>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>
#include <thread>

using namespace lpdesk;

namespace {

// What Qt says when a connection is removed while a thread still uses it, or is used from the wrong thread.
QStringList g_sqlWarnings;
QtMessageHandler g_previousHandler = nullptr;

void recordSqlWarnings(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.contains(QLatin1String("is still in use"))
        || message.contains(QLatin1String("does not belong to the calling thread")))
        g_sqlWarnings << message;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

class TestGuiJobs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    MainWindow* openWindow(const QString& user)
    {
        auto* window = new MainWindow(test::openAs(m_path, user));
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        return window;
    }

    static QAction* action(QWidget* window, const char* name)
    {
        return window->findChild<QAction*>(QString::fromLatin1(name));
    }

    // The window waits for the held job: still there, saying so, and the event loop goes on.
    static void verifyWaiting(MainWindow* window, const QPointer<MainWindow>& alive)
    {
        QVERIFY2(alive && window->isVisible(), "the window closed (and the database with it) under a running job");
        auto* stopping = window->findChild<QProgressDialog*>(QStringLiteral("stoppingJobs"));
        QVERIFY(stopping);
        QVERIFY(stopping->isVisible());
        QVERIFY2(stopping->labelText().contains(QLatin1String("background job")), qPrintable(stopping->labelText()));
        bool ticked = false;
        QTimer::singleShot(0, window, [&ticked] { ticked = true; });
        QTRY_VERIFY(ticked);
        QCOMPARE(ClosingDatabase::waiting(), 0);
    }

    // The database was closed cleanly: it opens again and its check finds nothing.
    void verifyDatabaseClean()
    {
        QVERIFY2(g_sqlWarnings.isEmpty(), qPrintable(g_sqlWarnings.join(u'\n')));
        auto admin = test::openAs(m_path, QStringLiteral("admin"));
        QVERIFY(admin);
        auto report = admin->check();
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QVERIFY2(report->ok(), qPrintable((report->problems + report->notes).join(u'\n')));
    }

    // A job in a window-modal dialog (JobDialog): here Tools → Check
    // database's work, held at its hold point. The dialog blocks every shortcut of the windows below it.
    static JobDialog* heldModalJob(MainWindow* window)
    {
        CaseDatabase* db = &window->database();
        auto* job = new JobDialog(
            *db, QStringLiteral("Checking"),
            [db](const JobDialog::ProgressFn&, const std::atomic_bool*) -> Status {
                auto report = db->check();
                return report ? Status() : Status(report.error());
            },
            window);
        job->setAttribute(Qt::WA_DeleteOnClose);
        job->setWindowModality(Qt::WindowModal);
        job->open();
        job->start();
        return job;
    }

private Q_SLOTS:
    void initTestCase()
    {
        g_previousHandler = qInstallMessageHandler(recordSqlWarnings);
        auto ivy = test::simulateAndPull(m_dir.path(), {{QStringLiteral("ivy"), Role::Investigator}},
                                         test::smallDrop(1, 2, 1.0));
        QVERIFY(ivy);
        m_path = ivy->path();
    }

    void init() { g_sqlWarnings.clear(); }

    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }

    // Tools → Check database (runOnDatabase in the main window), then the window closes.
    void closeWaitsForCheckDatabase()
    {
        test::HoldPoint hold("CaseDatabase::check");
        MainWindow* window = openWindow(QStringLiteral("admin"));
        QPointer<MainWindow> alive(window);
        action(window, "actionCheckDatabase")->trigger();
        QTRY_VERIFY(hold.reached());
        window->close();
        verifyWaiting(window, alive);
        if (QTest::currentTestFailed())
            return;
        // Closing again (the user insists) still waits; no new job starts meanwhile.
        window->close();
        QVERIFY(alive && window->isVisible());
        hold.release();
        QTRY_VERIFY(!alive);
        QCOMPARE(ClosingDatabase::waiting(), 0);
        verifyDatabaseClean();
    }

    // A job of the queue (the outbox's "Send due") started in a dialog of the window; a job asked for while the
    // window closes does not start, and says so, in the outbox and in the job's words.
    void closeWaitsForOutboxJob()
    {
        test::HoldPoint hold("SubmissionService::runDue");
        MainWindow* window = openWindow(QStringLiteral("ivy"));
        QPointer<MainWindow> alive(window);
        auto* outbox = new OutboxDialog(window->database(), window);
        outbox->show();
        outbox->sendDue();
        QTRY_VERIFY(hold.reached());
        window->close();
        verifyWaiting(window, alive);
        if (QTest::currentTestFailed())
            return;
        outbox->sendDue();
        QueuedJob* refused = nullptr;
        for (QueuedJob* job : window->jobQueue()->jobs())
            if (job->objectName() == QLatin1String("sendOutboxJob"))
                refused = job; // the newest
        QVERIFY(refused);
        QTRY_VERIFY(!refused->isActive());
        QVERIFY(!refused->hasStarted());
        QVERIFY2(refused->text().contains(QLatin1String("closing")), qPrintable(refused->text()));
        QTRY_VERIFY2(outbox->resultLabel()->text().contains(QLatin1String("closing")),
                     qPrintable(outbox->resultLabel()->text()));
        hold.release();
        QTRY_VERIFY(!alive);
        verifyDatabaseClean();
    }

    // Ctrl+L while a job runs in its window-modal dialog: the dialog blocks every shortcut of the windows below it,
    // the lock's included, yet the lock acts (as the application's controller does, it closes the main window):
    // the job is cancelled and waited for like at sign-out, then everything goes.
    void lockActsThroughAModalJobDialog()
    {
        test::HoldPoint hold("CaseDatabase::check");
        MainWindow* window = openWindow(QStringLiteral("admin"));
        QPointer<MainWindow> alive(window);
        connect(window, &MainWindow::lockRequested, window, &QWidget::close);
        QSignalSpy asked(window, &MainWindow::lockRequested);
        JobDialog* job = heldModalJob(window);
        QTRY_VERIFY(hold.reached());
        QVERIFY(job && job->isRunning() && job->isVisible());
        QVERIFY(job->isModal());
        job->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(job));
        QTest::keySequence(job, QKeySequence(Qt::CTRL | Qt::Key_L));
        if (!QTest::qWaitFor([&asked] {
                return asked.count() == 1;
            })) { // not locked: end the job and the window, so that the next tests have the database
            hold.release();
            delete window;
            QTRY_COMPARE(ClosingDatabase::waiting(), 0);
        }
        QCOMPARE(asked.count(), 1);
        verifyWaiting(window, alive);
        if (QTest::currentTestFailed())
            return;
        hold.release();
        QTRY_VERIFY(!alive);
        QCOMPARE(ClosingDatabase::waiting(), 0);
        verifyDatabaseClean();
    }

    // Left alone while a job runs in its window-modal dialog, the workstation locks as Ctrl+L locks it: the job is
    // cancelled and waited for, then the window and the database go.
    void idleLockStopsAJobInItsModalDialog()
    {
        test::HoldPoint hold("CaseDatabase::check");
        MainWindow* window = openWindow(QStringLiteral("admin"));
        QPointer<MainWindow> alive(window);
        connect(window, &MainWindow::lockRequested, window, &QWidget::close);
        QSignalSpy asked(window, &MainWindow::lockRequested);
        JobDialog* job = heldModalJob(window);
        QTRY_VERIFY(hold.reached());
        QVERIFY(job && job->isRunning() && job->isVisible() && job->isModal());
        window->idleLock()->setTimeout(1000, 500);
        if (!QTest::qWaitFor([&asked] { return asked.count() == 1; }, 20000)) {
            hold.release();
            delete window;
            QTRY_COMPARE(ClosingDatabase::waiting(), 0);
        }
        QCOMPARE(asked.count(), 1);
        verifyWaiting(window, alive);
        if (QTest::currentTestFailed())
            return;
        hold.release();
        QTRY_VERIFY(!alive);
        QCOMPARE(asked.count(), 1); // once, though the window waited for the job past another timeout
        QCOMPARE(ClosingDatabase::waiting(), 0);
        verifyDatabaseClean();
    }

    // Past the bounded wait the window goes; the database stays open until the job has ended, then closes.
    void boundedWaitLeavesTheDatabaseToTheJob()
    {
        test::HoldPoint hold("CaseDatabase::check");
        MainWindow* window = openWindow(QStringLiteral("admin"));
        QPointer<MainWindow> alive(window);
        window->setJobStopTimeout(300);
        action(window, "actionCheckDatabase")->trigger();
        QTRY_VERIFY(hold.reached());
        window->close();
        verifyWaiting(window, alive);
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY(!alive);
        QCOMPARE(ClosingDatabase::waiting(), 1);
        hold.release();
        QTRY_COMPARE(ClosingDatabase::waiting(), 0);
        verifyDatabaseClean();
    }

    // A window deleted outright (no close event: the application's controller at exit, a test's scope) with a job
    // running leaves the database to close after it.
    void deletedWindowLeavesTheDatabaseToTheJob()
    {
        test::HoldPoint hold("CaseDatabase::check");
        MainWindow* window = openWindow(QStringLiteral("admin"));
        action(window, "actionCheckDatabase")->trigger();
        QTRY_VERIFY(hold.reached());
        delete window;
        QCOMPARE(ClosingDatabase::waiting(), 1);
        hold.release();
        QTRY_COMPARE(ClosingDatabase::waiting(), 0);
        verifyDatabaseClean();
    }

    // Without a window (the CLI, a test): a dialog's job outlives the dialog, and closing the database waits for
    // it instead of pulling the connection from under it.
    void databaseClosedUnderAJobWaitsForIt()
    {
        test::HoldPoint hold("SubmissionService::runDue");
        auto db = test::openAs(m_path, QStringLiteral("ivy"));
        QVERIFY(db);
        auto* outbox = new OutboxDialog(*db);
        outbox->show();
        outbox->sendDue();
        QTRY_VERIFY(hold.reached());
        delete outbox;
        // Released from another thread, since closing blocks this one until the job has ended.
        std::atomic_bool released {false};
        std::thread releaser([&hold, &released] {
            QThread::msleep(300);
            released = true;
            hold.release();
        });
        db.reset();
        const bool waited = released;
        releaser.join();
        QVERIFY2(waited, "the database closed while a job still used it");
        verifyDatabaseClean();
    }

    // Rotating the keys closes every connection (Users → remove and rotate): it waits for a running job first.
    void keyRotationWaitsForARunningJob()
    {
        test::HoldPoint hold("CaseDatabase::check");
        MainWindow* window = openWindow(QStringLiteral("admin"));
        QPointer<MainWindow> alive(window);
        action(window, "actionCheckDatabase")->trigger();
        QTRY_VERIFY(hold.reached());
        std::atomic_bool released {false};
        std::thread releaser([&hold, &released] {
            QThread::msleep(300);
            released = true;
            hold.release();
        });
        const Status rotated = window->database().rekey();
        const bool waited = released;
        releaser.join();
        QVERIFY2(rotated, qPrintable(rotated.errorMessage()));
        QVERIFY2(waited, "the keys were rotated while a job still used its connection");
        window->close();
        QTRY_VERIFY(!alive);
        verifyDatabaseClean();
    }
};

QTEST_MAIN(TestGuiJobs)
#include "TestGuiJobs.moc"

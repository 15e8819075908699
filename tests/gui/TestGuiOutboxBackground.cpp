// The outbox's once-a-minute background run (MainWindow::runOutbox, on the window's timer) as a quiet job of the
// window's queue (issue 18): listed in the Jobs panel with Cancel, nothing popping up and no modal dialog; never two
// runs at once, and none while the outbox's "Send due now" runs; a run that delivers nothing says nothing in the
// status bar, and a failed run stays in sight (its row in the Jobs panel, the jobs button's count, the status bar).
// Jobs are held at the SubmissionService::runDue hold point while the test acts.
#include "HoldPoint.h"
#include "QueueTestKit.h"
#include "StoreSimCase.h"
#include "TestSupport.h"

#include "common/JobQueue.h"
#include "common/JobsPanel.h"
#include "shell/MainWindow.h"
#include "submit/OutboxDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace lpdesk;

namespace {

QList<QueuedJob*> jobsNamed(MainWindow* window, const char* name)
{
    QList<QueuedJob*> found;
    for (QueuedJob* job : window->jobQueue()->jobs())
        if (job->objectName() == QLatin1String(name))
            found << job;
    return found;
}

QueuedJob* background(MainWindow* window)
{
    const QList<QueuedJob*> jobs = jobsNamed(window, "outboxBackgroundJob");
    return jobs.isEmpty() ? nullptr : jobs.last();
}

bool panelShown(MainWindow* window)
{
    auto* panel = window->findChild<JobsPanel*>();
    return panel && panel->isVisible();
}

} // namespace

class TestGuiOutboxBackground : public QObject
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

private Q_SLOTS:
    void initTestCase()
    {
        m_path = test::createDatabaseWith(
            m_dir.filePath(QStringLiteral("db")),
            {{QStringLiteral("ivy"), Role::Investigator}, {QStringLiteral("otto"), Role::Auditor}});
        QVERIFY(!m_path.isEmpty());
    }

    // The timer's run is a job of the queue, quiet, cancelled from the Jobs panel; a second run is not started while
    // one runs, nor while "Send due now" runs; a run that delivers nothing ends done, without a word in the status bar.
    void backgroundRunIsAQuietJobOfTheQueue()
    {
        QPointer<MainWindow> window = openWindow(QStringLiteral("ivy"));
        {
            test::HoldPoint hold("SubmissionService::runDue");
            window->runOutbox();
            QueuedJob* job = background(window);
            QVERIFY2(job, "the outbox's background run is not a job of the queue");
            QTRY_VERIFY2(hold.reached(), qPrintable(job->text()));
            QVERIFY(QApplication::activeModalWidget() == nullptr);
            QVERIFY2(!panelShown(window), "the background run popped the Jobs panel up");
            window->runOutbox(); // the timer again while it runs: not a second run
            QCOMPARE(jobsNamed(window, "outboxBackgroundJob").size(), 1);
            QVERIFY(test::cancelInPanel(*window->showJobs(), job));
            hold.release();
            QTRY_VERIFY_WITH_TIMEOUT(!job->isActive(), 30000);
            QCOMPARE(job->state(), QueuedJob::State::Cancelled);
            window->showJobs()->close();
        }
        window->findChild<QAction*>(QStringLiteral("actionOutbox"))->trigger();
        auto* outbox = window->findChild<OutboxDialog*>();
        QVERIFY(outbox);
        {
            test::HoldPoint hold("SubmissionService::runDue");
            QueuedJob* manual = outbox->sendDue();
            QVERIFY(manual);
            QTRY_VERIFY(hold.reached());
            window->runOutbox(); // not while "Send due now" runs
            QCOMPARE(jobsNamed(window, "outboxBackgroundJob").size(), 1);
            hold.release();
            QTRY_VERIFY_WITH_TIMEOUT(!manual->isActive(), 30000);
        }
        outbox->close();
        QTRY_VERIFY2(window->statusBar()->currentMessage().startsWith(QLatin1String("Sending the outbox")),
                     qPrintable(window->statusBar()->currentMessage())); // the manual run's end, told
        window->statusBar()->clearMessage();
        window->runOutbox();
        QCOMPARE(jobsNamed(window, "outboxBackgroundJob").size(), 2);
        QueuedJob* job = background(window);
        QTRY_VERIFY_WITH_TIMEOUT(!job->isActive(), 30000);
        QCOMPARE(job->state(), QueuedJob::State::Done);
        QCOMPARE(job->text(), QStringLiteral("Nothing was due."));
        QTest::qWait(50); // the end's notice is posted; a quiet run posts none
        QVERIFY2(window->statusBar()->currentMessage().isEmpty(), qPrintable(window->statusBar()->currentMessage()));
        QVERIFY(!panelShown(window));
        window->close();
        QTRY_VERIFY(!window);
    }

    // A run that fails (here: the person may not submit releases) says so: its row in the Jobs panel, the jobs
    // button's failed count and the status bar; still nothing popped up.
    void aFailedBackgroundRunStaysInSight()
    {
        QPointer<MainWindow> window = openWindow(QStringLiteral("otto"));
        window->runOutbox();
        QueuedJob* job = background(window);
        QVERIFY2(job, "the outbox's background run is not a job of the queue");
        QTRY_VERIFY_WITH_TIMEOUT(!job->isActive(), 30000);
        QCOMPARE(job->state(), QueuedJob::State::Failed);
        QVERIFY(QApplication::activeModalWidget() == nullptr);
        QVERIFY(!panelShown(window));
        auto* jobs = window->findChild<QAbstractButton*>(QStringLiteral("jobsButton"));
        QTRY_VERIFY2(jobs->text().contains(QLatin1String("1 failed")), qPrintable(jobs->text()));
        QTRY_VERIFY2(window->statusBar()->currentMessage().contains(QLatin1String("failed")),
                     qPrintable(window->statusBar()->currentMessage()));
        const QString said = test::rowText(*window->showJobs(), job);
        QVERIFY2(said.startsWith(QLatin1String("Failed:")), qPrintable(said));
        window->close();
        QTRY_VERIFY(!window);
    }
};

QTEST_MAIN(TestGuiOutboxBackground)
#include "TestGuiOutboxBackground.moc"

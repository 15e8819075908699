// The main window's job queue (split from MainWindow.cpp): View → Jobs (Ctrl+J from every window of LP Desk), the
// status bar's jobs button, which says how many jobs run, wait or failed and opens the Jobs panel, the notice of
// every job's end, and the question before quitting or closing while jobs run (wait for them, cancel them, or stay).
#include "shell/MainWindow.h"

#include "common/JobQueue.h"
#include "common/JobsPanel.h"
#include "common/Theme.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QToolButton>

namespace lpdesk {

void MainWindow::createJobs()
{
    m_jobs = new JobQueue(*m_db, this);
    auto* jobs = new QAction(tr("&Jobs…"), this);
    jobs->setObjectName(QStringLiteral("actionJobs"));
    jobs->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    // From the case window and the editors too, where trims and renders are started.
    jobs->setShortcutContext(Qt::ApplicationShortcut);
    connect(jobs, &QAction::triggered, this, &MainWindow::showJobs);
    if (auto* view = menuBar()->findChild<QMenu*>(QStringLiteral("viewMenu")))
        view->addAction(jobs);
    else
        addAction(jobs);
    auto* button = new QToolButton(this);
    button->setObjectName(QStringLiteral("jobsButton"));
    button->setAutoRaise(true);
    button->setToolTip(tr("Show the jobs (Ctrl+J)"));
    connect(button, &QToolButton::clicked, this, &MainWindow::showJobs);
    m_jobsButton = button;
    connect(m_jobs, &JobQueue::countsChanged, this, &MainWindow::showJobCounts);
    connect(m_jobs, &JobQueue::jobAdded, this, &MainWindow::announceJobEnds);
    showJobCounts();
}

void MainWindow::showJobCounts()
{
    const int running = m_jobs->running();
    const int waiting = m_jobs->waiting();
    const int failed = m_jobs->failed();
    QStringList parts;
    if (running > 0)
        parts << tr("%n job(s) running", nullptr, running);
    if (waiting > 0)
        parts << tr("%n waiting", nullptr, waiting);
    // A failed job stays in sight until the person has seen it (Clear ended in the Jobs panel).
    if (failed > 0)
        parts << tr("%n failed", nullptr, failed);
    m_jobsButton->setText(parts.join(QStringLiteral(", ")));
    m_jobsButton->setAccessibleName(m_jobsButton->text());
    // Progress changes the counts often; the colour only when a failure comes or goes.
    if (m_jobsButton->property("failed").toBool() != (failed > 0)) {
        m_jobsButton->setProperty("failed", failed > 0);
        Theme::setStatus(m_jobsButton, failed > 0 ? Theme::Status::Alert : Theme::Status::Normal);
    }
    m_jobsButton->setVisible(!parts.isEmpty());
}

JobsPanel* MainWindow::showJobs()
{
    auto* panel = findChild<JobsPanel*>(QString(), Qt::FindDirectChildrenOnly);
    if (!panel) {
        panel = new JobsPanel(*m_jobs, this);
        panel->setAttribute(Qt::WA_DeleteOnClose);
    }
    panel->show();
    panel->raise();
    panel->activateWindow();
    return panel;
}

void MainWindow::announceJobEnds(QueuedJob* job)
{
    // Queued: whoever started the job has said its last word (setDoneText) before the notice is made. Every end
    // is told, in the status bar, and a failure stays counted on the jobs button until it is cleared.
    connect(
        job, &QueuedJob::finished, this,
        [this, job](bool ok) {
            // The outbox's background run says nothing when it ran well and delivered nothing.
            if (ok && job->property("quiet").toBool())
                return;
            const QString said = ok || job->state() == QueuedJob::State::Cancelled
                ? tr("%1 — %2").arg(job->title(), job->text())
                : tr("%1 — failed: %2").arg(job->title(), job->text());
            statusBar()->showMessage(said, ok ? 30000 : 0);
        },
        Qt::QueuedConnection);
}

void MainWindow::quit()
{
    if (!m_jobsConfirmed && m_jobs->running() + m_jobs->waiting() > 0) {
        m_quitting = true;
        askBeforeCancellingJobs();
        return;
    }
    QApplication::closeAllWindows();
}

void MainWindow::closeAfterJobsQuestion()
{
    m_jobsConfirmed = true;
    // Once the question has gone: closing closes this window's own windows first.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_quitting)
                QApplication::closeAllWindows();
            else
                close();
        },
        Qt::QueuedConnection);
}

void MainWindow::askBeforeCancellingJobs()
{
    // Asked already (a question answered a moment ago may still be there, hidden, until it is deleted).
    if (auto* asked = findChild<QMessageBox*>(QStringLiteral("cancelJobsQuestion")); asked && asked->isVisible())
        return;
    QStringList active;
    for (QueuedJob* job : m_jobs->jobs())
        if (job->isActive())
            active << QStringLiteral("• ") + job->title();
    auto* box = new QMessageBox(QMessageBox::Question, m_quitting ? tr("Quit LP Desk") : tr("Close LP Desk"),
                                tr("%n job(s) still running or waiting:", nullptr, static_cast<int>(active.size()))
                                    + QLatin1Char('\n') + active.join(QLatin1Char('\n')),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("cancelJobsQuestion"));
    box->setInformativeText(tr("Wait for them and LP Desk closes when the last one ends. Or cancel them: a cancelled "
                               "pull resumes at the next pull; a cancelled trim, render, still or export makes "
                               "nothing, and a cancelled submission stays in the outbox."));
    QPushButton* wait = box->addButton(tr("&Wait for them, then close"), QMessageBox::ActionRole);
    wait->setObjectName(QStringLiteral("waitForJobs"));
    QPushButton* cancelAndClose = box->addButton(tr("&Cancel the jobs and close"), QMessageBox::AcceptRole);
    cancelAndClose->setObjectName(QStringLiteral("cancelJobsAndClose"));
    QPushButton* keep = box->addButton(tr("&Keep working"), QMessageBox::RejectRole);
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, cancelAndClose, wait](QAbstractButton* clicked) {
        if (clicked == cancelAndClose)
            closeAfterJobsQuestion();
        else if (clicked == wait)
            closeWhenJobsEnd();
        else
            m_quitting = false;
    });
    box->open();
}

void MainWindow::closeWhenJobsEnd()
{
    // The jobs go on in sight; the window closes (or LP Desk quits) once none runs or waits. Starting new work
    // meanwhile only makes the wait longer.
    showJobs();
    statusBar()->showMessage(tr("LP Desk closes when the running jobs have ended."));
    auto* watch = new QObject(this);
    auto check = [this, watch] {
        if (m_jobs->running() + m_jobs->waiting() > 0)
            return;
        disconnect(m_jobs, nullptr, watch, nullptr); // once
        watch->deleteLater();
        closeAfterJobsQuestion();
    };
    connect(m_jobs, &JobQueue::countsChanged, watch, check);
    check();
}

} // namespace lpdesk

// The main window's job queue (split from MainWindow.cpp): View → Jobs (Ctrl+J from every window of LP Desk) and the
// status bar's jobs button, which says how many jobs run, wait or failed and opens the Jobs panel.
#include "shell/MainWindow.h"

#include "common/JobQueue.h"
#include "common/JobsPanel.h"
#include "common/Theme.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
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

void MainWindow::askBeforeCancellingJobs()
{
    if (findChild<QMessageBox*>(QStringLiteral("cancelJobsQuestion")))
        return; // asked already
    const int active = m_jobs->running() + m_jobs->waiting();
    auto* box
        = new QMessageBox(QMessageBox::Question, tr("Close LP Desk"),
                          tr("%n job(s) still running or waiting.", nullptr, active), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("cancelJobsQuestion"));
    box->setInformativeText(tr("Closing cancels them: a cancelled pull resumes at the next pull; a cancelled trim, "
                               "render or still makes nothing."));
    QPushButton* cancelAndClose = box->addButton(tr("&Cancel the jobs and close"), QMessageBox::AcceptRole);
    QPushButton* keep = box->addButton(tr("&Keep working"), QMessageBox::RejectRole);
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, cancelAndClose](QAbstractButton* clicked) {
        if (clicked != cancelAndClose)
            return;
        m_jobsConfirmed = true;
        // Once the question has gone: closing closes this window's own windows first.
        QMetaObject::invokeMethod(
            this, [this] { close(); }, Qt::QueuedConnection);
    });
    box->open();
}

} // namespace lpdesk

// The main window's job queue (split from MainWindow.cpp): View → Jobs (Ctrl+J from every window of LP Desk) and the
// status bar's jobs button, which says how many jobs run, wait or failed and opens the Jobs panel.
#include "shell/MainWindow.h"

#include "common/JobQueue.h"
#include "common/JobsPanel.h"
#include "common/Theme.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
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

} // namespace lpdesk

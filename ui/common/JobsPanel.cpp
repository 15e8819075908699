#include "common/JobsPanel.h"

#include "common/JobQueue.h"
#include "common/Theme.h"
#include "common/WindowSize.h"

#include <QDialogButtonBox>
#include <QFrame>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace lpdesk {

JobsPanel::JobsPanel(JobQueue& queue, QWidget* parent)
    : QDialog(parent), m_queue(queue), m_list(new QVBoxLayout), m_empty(new QLabel(tr("No jobs."), this))
{
    setObjectName(QStringLiteral("jobsPanel"));
    setWindowTitle(tr("Jobs"));
    resizeToFit(this, QSize(520, 420));
    auto* area = new QScrollArea(this);
    area->setWidgetResizable(true);
    auto* inner = new QWidget(area);
    auto* innerLayout = new QVBoxLayout(inner);
    m_empty->setObjectName(QStringLiteral("noJobs"));
    innerLayout->addWidget(m_empty);
    innerLayout->addLayout(m_list);
    innerLayout->addStretch();
    area->setWidget(inner);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_clear = buttons->addButton(tr("Clear &ended"), QDialogButtonBox::ActionRole);
    m_clear->setObjectName(QStringLiteral("clearEndedJobs"));
    m_clear->setToolTip(tr("Take the jobs that have ended off this list"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(area, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_clear, &QPushButton::clicked, &m_queue, &JobQueue::clearEnded);
    for (QueuedJob* job : m_queue.jobs())
        addRow(job);
    connect(&m_queue, &JobQueue::jobAdded, this, &JobsPanel::addRow);
    connect(&m_queue, &JobQueue::jobRemoved, this, &JobsPanel::removeRow);
    m_empty->setVisible(m_rows.isEmpty());
}

void JobsPanel::addRow(QueuedJob* job)
{
    auto* row = new QFrame(this);
    row->setObjectName(QStringLiteral("jobRow"));
    row->setFrameShape(QFrame::StyledPanel);
    auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(job->title().toHtmlEscaped()), row);
    title->setWordWrap(true);
    auto* bar = new QProgressBar(row);
    bar->setObjectName(QStringLiteral("jobProgress"));
    bar->setAccessibleName(job->title());
    auto* text = new QLabel(row);
    text->setObjectName(QStringLiteral("jobText"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // No accelerator: one Cancel per job, and Alt+letter must name one control of the window.
    auto* cancel = new QPushButton(tr("Cancel"), row);
    cancel->setObjectName(QStringLiteral("cancelJob"));
    cancel->setAccessibleName(tr("Cancel %1").arg(job->title()));
    auto* layout = new QVBoxLayout(row);
    layout->addWidget(title);
    auto* line = new QHBoxLayout;
    line->addWidget(bar, 1);
    line->addWidget(cancel);
    layout->addLayout(line);
    layout->addWidget(text);
    m_list->addWidget(row);
    row->show(); // now, not when the layout gets to it: its Cancel is there from the start
    m_rows.insert(job, row);
    m_empty->hide();
    connect(cancel, &QPushButton::clicked, job, &QueuedJob::cancel);
    connect(job, &QueuedJob::changed, row, [row, job] { showState(row, job); });
    showState(row, job);
}

void JobsPanel::removeRow(QueuedJob* job)
{
    if (QWidget* row = m_rows.take(job))
        row->deleteLater();
    m_empty->setVisible(m_rows.isEmpty());
}

void JobsPanel::showState(QWidget* row, const QueuedJob* job)
{
    auto* bar = row->findChild<QProgressBar*>(QStringLiteral("jobProgress"));
    auto* text = row->findChild<QLabel*>(QStringLiteral("jobText"));
    auto* cancel = row->findChild<QPushButton*>(QStringLiteral("cancelJob"));
    cancel->setVisible(job->isActive());
    switch (job->state()) {
    case QueuedJob::State::Queued:
        bar->setRange(0, 1);
        bar->setValue(0);
        break;
    case QueuedJob::State::Running:
        bar->setRange(0, job->progressTotal()); // 0: busy, the total is not known yet
        bar->setValue(job->progressDone());
        break;
    default:
        bar->setRange(0, 1);
        bar->setValue(job->state() == QueuedJob::State::Done ? 1 : 0);
        break;
    }
    // How it ended is said in words, a failure in the alert colour: a job never fails silently.
    const bool failed = job->state() == QueuedJob::State::Failed;
    if (failed) // once failed, always failed
        Theme::setStatus(text, Theme::Status::Alert);
    text->setText(failed ? tr("Failed: %1").arg(job->text()) : job->text());
    text->setAccessibleName(text->text());
}

} // namespace lpdesk

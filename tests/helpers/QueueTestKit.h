// GUI tests of jobs of the queue (JobQueue, JobsPanel): a job of the test's that holds the queue's only slot, so that
// the next job waits its turn (to be cancelled before it starts, or to find the world changed when it runs); Cancel
// pressed on a job's row of the Jobs panel, as the person does it; and what the row says.
#pragma once

#include "common/JobQueue.h"
#include "common/JobsPanel.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

namespace lpdesk::test {

class QueueBlocker
{
public:
    explicit QueueBlocker(JobQueue& queue) : m_queue(queue)
    {
        queue.setMaxRunning(1);
        m_job = queue.add(QStringLiteral("Held by the test"),
                          [go = m_go](const QueuedJob::ProgressFn&, const std::atomic_bool*) {
                              while (!go->load())
                                  QThread::msleep(10);
                              return Status {};
                          });
    }
    ~QueueBlocker()
    {
        release();
        m_queue.setMaxRunning(2);
    }
    QueueBlocker(const QueueBlocker&) = delete;
    QueueBlocker& operator=(const QueueBlocker&) = delete;

    // The blocking job has the slot (the next job waits).
    bool holding() const { return m_job->state() == QueuedJob::State::Running; }
    // Lets it end, and the queue start the next.
    void release() { m_go->store(true); }
    bool ended() const { return !m_job->isActive(); }

private:
    JobQueue& m_queue;
    std::shared_ptr<std::atomic_bool> m_go = std::make_shared<std::atomic_bool>(false);
    QueuedJob* m_job = nullptr;
};

// Clicks Cancel on job's row of panel; false when the row or a visible Cancel is missing.
inline bool cancelInPanel(JobsPanel& panel, QueuedJob* job)
{
    QWidget* row = panel.rowOf(job);
    auto* cancel = row ? row->findChild<QPushButton*>(QStringLiteral("cancelJob")) : nullptr;
    if (!cancel || !cancel->isVisible())
        return false;
    QTest::mouseClick(cancel, Qt::LeftButton);
    return true;
}

// What job's row of panel says ("Failed: …" for a failed job).
inline QString rowText(JobsPanel& panel, QueuedJob* job)
{
    QWidget* row = panel.rowOf(job);
    auto* text = row ? row->findChild<QLabel*>(QStringLiteral("jobText")) : nullptr;
    return text ? text->text() : QString();
}

} // namespace lpdesk::test

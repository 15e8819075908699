// A pull from the stores as a job of the queue (JobQueue), so that other work (a trim, a render) goes on beside it:
// overall progress (stores), the current store's stage with byte progress, Cancel (keeps partial downloads so the
// next pull resumes), and a summary at the end. Not modal; closing it while the pull runs leaves the pull running
// (the Jobs panel shows it and can cancel it).
#pragma once

#include "common/JobQueue.h"
#include "store/PullService.h"

#include <QDialog>

#include <QPointer>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTextBrowser;

namespace lpdesk {

class CaseDatabase;

class PullDialog : public QDialog
{
    Q_OBJECT
public:
    PullDialog(CaseDatabase& db, QStringList storeIds, QWidget* parent = nullptr);

    void start();
    bool isRunning() const { return m_running; }
    QueuedJob* job() const { return m_job; } // the pull's job once started
    const PullSummary& summary() const { return m_summary; }

Q_SIGNALS:
    void finished(bool complete);

private:
    void onProgress(const PullProgress& p);
    void onDone(const std::shared_ptr<Result<PullSummary>>& result);

    CaseDatabase& m_db;
    QStringList m_storeIds;
    QLabel* m_storeLabel;
    QLabel* m_stageLabel;
    QProgressBar* m_overall;
    QProgressBar* m_current;
    QTextBrowser* m_summaryView;
    QPushButton* m_cancel;
    QPushButton* m_close;
    QPointer<QueuedJob> m_job;
    bool m_running = false;
    PullSummary m_summary;
};

} // namespace lpdesk

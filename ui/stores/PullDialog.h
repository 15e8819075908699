// Runs a pull off the UI thread: overall progress (stores), the current store's stage with byte progress,
// Cancel (keeps partial downloads so the next pull resumes), and a summary at the end.
#pragma once

#include "store/PullService.h"

#include <QDialog>

#include <atomic>
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
    ~PullDialog() override;

    void start();
    bool isRunning() const { return m_running; }
    const PullSummary& summary() const { return m_summary; }

Q_SIGNALS:
    void finished(bool complete);

protected:
    void reject() override;

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
    std::shared_ptr<std::atomic_bool> m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    bool m_running = false;
    PullSummary m_summary;
};

} // namespace lpdesk

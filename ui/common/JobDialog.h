// A job that can take more than a second (trim, render, export): runs off the UI thread, shows progress and a
// Cancel button, and reports how it ended. The work function gets a progress callback and a cancel flag. A job given
// the case database holds it open while it runs (runOnDatabase): closing the database cancels the job and waits.
#pragma once

#include "common/Result.h"

#include <QDialog>

#include <atomic>
#include <functional>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;

namespace lpdesk {

class CaseDatabase;

class JobDialog : public QDialog
{
    Q_OBJECT
public:
    using ProgressFn = std::function<void(int done, int total, const QString& text)>;
    using Work = std::function<Status(const ProgressFn& progress, const std::atomic_bool* cancel)>;

    JobDialog(const QString& title, Work work, QWidget* parent = nullptr);
    // Work that uses db from the worker thread.
    JobDialog(CaseDatabase& db, const QString& title, Work work, QWidget* parent = nullptr);
    ~JobDialog() override;

    // What the dialog says while the work runs ("Working…" unless set before start()).
    void setWorkingText(const QString& text) { m_workingText = text; }
    void start();
    bool isRunning() const { return m_running; }
    const Status& result() const { return m_result; }

Q_SIGNALS:
    void finished(bool ok);

protected:
    void reject() override;

private:
    void done(const Status& status);

    CaseDatabase* m_db = nullptr;
    Work m_work;
    QLabel* m_text;
    QProgressBar* m_bar;
    QPushButton* m_cancel;
    QPushButton* m_close;
    std::shared_ptr<std::atomic_bool> m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    bool m_running = false;
    QString m_workingText;
    Status m_result;
};

} // namespace lpdesk

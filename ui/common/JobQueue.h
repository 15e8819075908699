// Long work on the case database (a pull, a trim, a redaction render) as jobs in one queue per database: a few run
// at once on worker threads, the rest wait their turn, so a pull goes on while a trim renders. Every job reports
// progress, can be cancelled (a queued one then never starts) and ends in words: done, failed with its reason, or
// cancelled. The main window owns the queue of its database; its windows find it with JobQueue::of(), and the Jobs
// panel (JobsPanel) shows it. A running job holds the database open (CaseDatabase::startWork) from its start to its
// end, so closing the database cancels it and waits; a queued job holds nothing and is dropped.
#pragma once

#include "common/Result.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QThreadPool;
class QWidget;

namespace lpdesk {

class CaseDatabase;

class QueuedJob : public QObject
{
    Q_OBJECT
public:
    enum class State { Queued, Running, Done, Failed, Cancelled };
    using ProgressFn = std::function<void(int done, int total, const QString& text)>;
    // Runs on a worker thread; cancel is set by Cancel and when the database closes.
    using Work = std::function<Status(const ProgressFn& progress, const std::atomic_bool* cancel)>;

    QString title() const { return m_title; }
    State state() const { return m_state; }
    bool isActive() const { return m_state == State::Queued || m_state == State::Running; }
    // Whether its work was ever given a thread (false for a job cancelled while queued).
    bool hasStarted() const { return m_started; }
    int progressDone() const { return m_done; }
    int progressTotal() const { return m_total; } // 0 while the total is unknown
    // What the job says now: its last progress text while it runs, how it ended once it has.
    QString text() const { return m_text; }
    const Status& result() const { return m_result; }
    // What "done" says for this job ("3 new incidents…"), before or after it ends ("Done." unless set).
    void setDoneText(const QString& text);

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void changed(); // state, progress or text
    void started();
    void finished(bool ok);

private:
    friend class JobQueue;
    QueuedJob(const QString& title, Work work, QObject* parent);
    void setProgress(int done, int total, const QString& text);
    void end(const Status& status);

    QString m_title;
    Work m_work;
    State m_state = State::Queued;
    bool m_started = false;
    int m_done = 0;
    int m_total = 0;
    QString m_text;
    QString m_doneText;
    Status m_result;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
};

class JobQueue : public QObject
{
    Q_OBJECT
public:
    JobQueue(CaseDatabase& db, QObject* parent = nullptr);
    ~JobQueue() override;

    // The queue of db that widget belongs to: the nearest one among its ancestors (the main window's), else a new
    // one owned by widget's window (a window made without a main window, as tests make them).
    static JobQueue* of(QWidget* widget, CaseDatabase& db);

    CaseDatabase& database() const { return m_db; }
    // Queues work; it starts at once when fewer than maxRunning() jobs run. The job belongs to the queue.
    QueuedJob* add(const QString& title, QueuedJob::Work work);
    QList<QueuedJob*> jobs() const { return m_jobs; }
    int running() const;
    int waiting() const;
    int failed() const; // ended failed and not yet cleared
    int maxRunning() const { return m_maxRunning; }
    void setMaxRunning(int n);
    // Every queued job is dropped (it never runs) and every running one told to stop.
    void cancelAll();
    // Forgets the jobs that have ended.
    void clearEnded();

Q_SIGNALS:
    void jobAdded(QueuedJob* job);
    void jobRemoved(QueuedJob* job);
    void countsChanged();

private:
    void startNext();
    void start(QueuedJob* job);

    CaseDatabase& m_db;
    QList<QueuedJob*> m_jobs;
    int m_maxRunning = 2;
    bool m_cancelling = false;
};

} // namespace lpdesk

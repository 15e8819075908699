#include "common/JobQueue.h"

#include "db/CaseDatabase.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPointer>
#include <QScopeGuard>
#include <QThreadPool>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace lpdesk {

namespace {

// The jobs' own threads: a long pull or render never takes the global pool's threads from the short background
// work of the windows (and from work that core itself spreads over the global pool). Each queue bounds how many of
// its jobs run; this only bounds all queues together.
QThreadPool* jobThreads()
{
    static QPointer<QThreadPool> pool;
    if (!pool) {
        pool = new QThreadPool(qApp);
        pool->setObjectName(QStringLiteral("jobThreads"));
        pool->setMaxThreadCount(8);
    }
    return pool;
}

// Ended jobs the panel still lists; older ones are forgotten.
constexpr int keptEndedJobs = 20;

} // namespace

QueuedJob::QueuedJob(const QString& title, Work work, QObject* parent)
    : QObject(parent), m_title(title), m_work(std::move(work)), m_text(tr("Waiting for another job to end…"))
{ }

void QueuedJob::setDoneText(const QString& text)
{
    if (m_state == State::Done)
        m_text = text;
    else
        m_doneText = text;
    Q_EMIT changed();
}

void QueuedJob::cancel()
{
    if (!isActive())
        return;
    m_cancel->store(true);
    if (m_state == State::Queued) {
        end(failure(tr("Cancelled before it started.")));
        return;
    }
    m_text = tr("Cancelling…");
    Q_EMIT changed();
}

void QueuedJob::setProgress(int done, int total, const QString& text)
{
    if (m_state != State::Running)
        return;
    m_done = done;
    m_total = std::max(0, total);
    if (!text.isEmpty() && !m_cancel->load())
        m_text = text;
    Q_EMIT changed();
}

void QueuedJob::end(const Status& status)
{
    m_result = status;
    // A job told to stop that stopped says so; one that ended anyway (it was done) keeps its result.
    if (status)
        m_state = State::Done;
    else
        m_state = m_cancel->load() ? State::Cancelled : State::Failed;
    if (m_state == State::Done)
        m_text = m_doneText.isEmpty() ? tr("Done.") : m_doneText;
    else
        m_text = status.errorMessage().isEmpty() ? tr("Cancelled.") : status.errorMessage();
    Q_EMIT changed();
    Q_EMIT finished(m_state == State::Done);
}

JobQueue::JobQueue(CaseDatabase& db, QObject* parent) : QObject(parent), m_db(db)
{
    setObjectName(QStringLiteral("jobQueue"));
}

JobQueue::~JobQueue()
{
    // The running jobs' results have no one to go to: they stop, and hold the database until they have.
    for (QueuedJob* job : std::as_const(m_jobs))
        job->m_cancel->store(true);
}

JobQueue* JobQueue::of(QWidget* widget, CaseDatabase& db)
{
    for (QWidget* w = widget; w; w = w->parentWidget())
        for (JobQueue* q : w->findChildren<JobQueue*>(QString(), Qt::FindDirectChildrenOnly))
            if (&q->database() == &db)
                return q;
    return new JobQueue(db, widget->window());
}

QueuedJob* JobQueue::add(const QString& title, QueuedJob::Work work)
{
    auto* job = new QueuedJob(title, std::move(work), this);
    m_jobs << job;
    connect(job, &QueuedJob::changed, this, &JobQueue::countsChanged);
    connect(job, &QueuedJob::finished, this, [this] {
        Q_EMIT countsChanged();
        startNext();
    });
    Q_EMIT jobAdded(job);
    startNext();
    Q_EMIT countsChanged();
    return job;
}

int JobQueue::running() const
{
    return static_cast<int>(std::count_if(m_jobs.cbegin(), m_jobs.cend(),
                                          [](QueuedJob* j) { return j->state() == QueuedJob::State::Running; }));
}

int JobQueue::waiting() const
{
    return static_cast<int>(std::count_if(m_jobs.cbegin(), m_jobs.cend(),
                                          [](QueuedJob* j) { return j->state() == QueuedJob::State::Queued; }));
}

int JobQueue::failed() const
{
    return static_cast<int>(std::count_if(m_jobs.cbegin(), m_jobs.cend(),
                                          [](QueuedJob* j) { return j->state() == QueuedJob::State::Failed; }));
}

void JobQueue::setMaxRunning(int n)
{
    m_maxRunning = std::max(1, n);
    startNext();
}

void JobQueue::cancelAll()
{
    // The queued ones first, and none starts meanwhile: each end would otherwise start the next.
    m_cancelling = true;
    for (QueuedJob* job : QList<QueuedJob*>(m_jobs))
        if (job->state() == QueuedJob::State::Queued)
            job->cancel();
    for (QueuedJob* job : QList<QueuedJob*>(m_jobs))
        job->cancel();
    m_cancelling = false;
}

void JobQueue::clearEnded()
{
    for (QueuedJob* job : QList<QueuedJob*>(m_jobs)) {
        if (job->isActive())
            continue;
        m_jobs.removeOne(job);
        Q_EMIT jobRemoved(job);
        job->deleteLater();
    }
    Q_EMIT countsChanged();
}

void JobQueue::startNext()
{
    for (QueuedJob* job : QList<QueuedJob*>(m_jobs))
        if (!m_cancelling && job->state() == QueuedJob::State::Queued && running() < m_maxRunning)
            start(job);
    // Forget the oldest ended jobs past what the panel keeps.
    int ended = 0;
    for (int i = static_cast<int>(m_jobs.size()) - 1; i >= 0; --i) {
        QueuedJob* job = m_jobs[i];
        if (job->isActive() || ++ended <= keptEndedJobs)
            continue;
        m_jobs.removeAt(i);
        Q_EMIT jobRemoved(job);
        job->deleteLater();
    }
}

void JobQueue::start(QueuedJob* job)
{
    // The job's own cancel flag is the one the database sets when it closes.
    std::shared_ptr<DatabaseWork> work = m_db.startWork(job->m_cancel);
    job->m_state = QueuedJob::State::Running;
    if (!work) {
        job->m_cancel->store(true);
        // Later, as every end: whoever added the job connects to it first.
        QMetaObject::invokeMethod(
            job, [job] { job->end(failure(tr("The database is closing; the job was not started."))); },
            Qt::QueuedConnection);
        return;
    }
    job->m_started = true;
    job->m_text = tr("Working…");
    Q_EMIT job->started();
    Q_EMIT job->changed();
    QPointer<QueuedJob> self(job);
    QueuedJob::ProgressFn progress = [self](int done, int total, const QString& text) {
        // Hop to the UI thread; dropped when the job is gone.
        QMetaObject::invokeMethod(
            qApp,
            [self, done, total, text] {
                if (self)
                    self->setProgress(done, total, text);
            },
            Qt::QueuedConnection);
    };
    auto* watcher = new QFutureWatcher<std::shared_ptr<Status>>(job);
    connect(watcher, &QFutureWatcherBase::finished, job, [job, watcher] {
        job->end(*watcher->future().takeResult());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(jobThreads(), [work, run = job->m_work, progress]() {
        // On every way out: this thread's connection goes, then the database may close.
        const auto finished = qScopeGuard([&work] { work->finish(); });
        return std::make_shared<Status>(run(progress, &work->cancelFlag()));
    }));
}

} // namespace lpdesk

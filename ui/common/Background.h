// Run a function on the thread pool and deliver its result to a receiver on the UI thread, so that slow work
// (scrypt, hashing, media) never blocks the event loop. If the receiver is destroyed first, the result is dropped.
#pragma once

#include "db/CaseDatabase.h"

#include <QFutureWatcher>
#include <QObject>
#include <QScopeGuard>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>
#include <memory>

namespace lpdesk {

template<typename T> void runInBackground(QObject* receiver, std::function<T()> work, std::function<void(T)> done)
{
    auto* watcher = new QFutureWatcher<T>(receiver);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, receiver, [watcher, done = std::move(done)]() mutable {
        done(watcher->future().takeResult());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

// The same for work that uses the case database. Every such job goes through here (or JobDialog, which calls it):
// it holds a DatabaseWork from now, on the UI thread, until its work is done, so the database cannot close under it
// (sign-out, lock and quit cancel the jobs and wait for them, see MainWindow), and the worker thread's connection is
// released when the work ends. The work gets the job's cancel flag (cancel when given, a new one otherwise), set
// when the database is closing. False, and nothing runs, when the database is already closing.
template<typename T>
bool runOnDatabase(CaseDatabase& db, QObject* receiver, std::function<T(const std::atomic_bool& cancel)> work,
                   std::function<void(T)> done, std::shared_ptr<std::atomic_bool> cancel = {})
{
    std::shared_ptr<DatabaseWork> job = db.startWork(std::move(cancel));
    if (!job)
        return false;
    runInBackground<T>(
        receiver,
        [job, work = std::move(work)]() {
            // On every way out of the work: this thread's connection goes, then the database may close.
            const auto finished = qScopeGuard([&job] { job->finish(); });
            return work(job->cancelFlag());
        },
        std::move(done));
    return true;
}

} // namespace lpdesk

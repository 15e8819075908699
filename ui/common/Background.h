// Run a function on the thread pool and deliver its result to a receiver on the UI thread, so that slow work
// (scrypt, hashing, media) never blocks the event loop. If the receiver is destroyed first, the result is dropped.
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

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

} // namespace lpdesk

#include "common/ClosingDatabase.h"

#include "db/CaseDatabase.h"

#include <QCoreApplication>
#include <QPointer>

namespace lpdesk {

namespace {
int g_waiting = 0; // UI thread only
} // namespace

void ClosingDatabase::closeWhenIdle(std::unique_ptr<CaseDatabase> db)
{
    if (!db)
        return;
    db->stopWork();
    if (db->runningWork() == 0 || !QCoreApplication::instance())
        return; // db closes here (its destructor waits for a job that has just ended)
    // Owned by the application: at exit it goes after the thread pool has finished every job.
    auto* closing = new ClosingDatabase(std::move(db));
    closing->setParent(QCoreApplication::instance());
    // Posted from the worker as the last job ends; deleteLater twice (here and below) is harmless.
    closing->m_db->setWorkEndedHandler(
        [closing] { QMetaObject::invokeMethod(closing, &QObject::deleteLater, Qt::QueuedConnection); });
    if (closing->m_db->runningWork() == 0)
        closing->deleteLater();
}

int ClosingDatabase::waiting()
{
    return g_waiting;
}

ClosingDatabase::ClosingDatabase(std::unique_ptr<CaseDatabase> db) : m_db(std::move(db))
{
    ++g_waiting;
}

ClosingDatabase::~ClosingDatabase()
{
    m_db->setWorkEndedHandler({});
    m_db.reset();
    --g_waiting;
}

} // namespace lpdesk

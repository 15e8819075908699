// CaseDatabase: per-thread connections, background work (DatabaseWork) and Transaction.
#include "db/CaseDatabase.h"

#include "db/CommitHook.h"
#include "db/SqlCipherDriver.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QMutexLocker>
#include <QPointer>
#include <QSqlError>
#include <QThread>

#include <atomic>

namespace lpdesk {

namespace {

// Which thread made each connection. A pool thread can end while its connection is still listed, and a new thread
// can then get the same address: that connection is not the new thread's (Qt would warn "requested database does
// not belong to the calling thread") and is replaced. Kept here so that CaseDatabase.h does not change.
QMutex g_ownersMutex;
QHash<QString, QPointer<QThread>>& connectionOwners()
{
    static QHash<QString, QPointer<QThread>> owners;
    return owners;
}

} // namespace

CaseDatabase::~CaseDatabase()
{
    // The last line of defence (the GUI stops and waits visibly before it gets here): no job outlives the database.
    stopWork();
    if (!waitForWork(5000)) {
        qWarning("lpdesk: the case database waits for %d background job(s) to end before it closes", runningWork());
        (void)waitForWork(-1);
    }
    if (!m_databaseId.isEmpty() && !m_masterKey.isEmpty())
        (void)writeAnchor();
    QMutexLocker lock(&m_mutex);
    const auto names = m_connections.values();
    m_connections.clear();
    lock.unlock();
    for (const QString& name : names) {
        // removeDatabase closes the connection without asking for it from this thread (which warns when another
        // thread made it).
        QSqlDatabase::removeDatabase(name);
        QMutexLocker owners(&g_ownersMutex);
        connectionOwners().remove(name);
    }
}

QSqlDatabase CaseDatabase::connection()
{
    QThread* thread = QThread::currentThread();
    QMutexLocker lock(&m_mutex);
    auto it = m_connections.constFind(thread);
    if (it != m_connections.constEnd()) {
        QMutexLocker owners(&g_ownersMutex);
        if (connectionOwners().value(*it) == thread)
            return QSqlDatabase::database(*it, false);
        // Made by a thread that has ended (this one has its address): drop it, make a new one.
        const QString stale = *it;
        connectionOwners().remove(stale);
        m_connections.remove(thread);
        QSqlDatabase::removeDatabase(stale);
    }
    const QString name = QStringLiteral("lpdesk-%1-%2")
                             .arg(reinterpret_cast<quintptr>(this), 0, 16)
                             .arg(reinterpret_cast<quintptr>(thread), 0, 16);
    auto* driver = new SqlCipherDriver;
    driver->setRawKey(m_masterKey.clone());
    QSqlDatabase conn = QSqlDatabase::addDatabase(driver, name);
    conn.setDatabaseName(m_path);
    if (conn.open()) {
        QString ignored;
        driver->execScript("PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;", &ignored);
    }
    m_connections.insert(thread, name);
    {
        QMutexLocker owners(&g_ownersMutex);
        connectionOwners().insert(name, QPointer<QThread>(thread));
    }
    return conn;
}

void CaseDatabase::releaseThreadConnection()
{
    QMutexLocker lock(&m_mutex);
    const QString name = m_connections.take(QThread::currentThread());
    lock.unlock();
    if (name.isEmpty())
        return;
    {
        QSqlDatabase conn = QSqlDatabase::database(name, false);
        conn.close();
    }
    QSqlDatabase::removeDatabase(name);
    QMutexLocker owners(&g_ownersMutex);
    connectionOwners().remove(name);
}

DatabaseWork::~DatabaseWork()
{
    end();
}

void DatabaseWork::finish()
{
    if (m_ended.load())
        return;
    m_db->releaseThreadConnection();
    end();
}

void DatabaseWork::end()
{
    if (!m_ended.exchange(true))
        m_db->endWork(this);
}

std::shared_ptr<DatabaseWork> CaseDatabase::startWork(std::shared_ptr<std::atomic_bool> cancel)
{
    QMutexLocker lock(&m_workMutex);
    if (m_workStopped || m_workPaused)
        return {};
    if (!cancel)
        cancel = std::make_shared<std::atomic_bool>(false);
    auto work = std::make_shared<DatabaseWork>(this, cancel);
    m_work.insert(work.get(), std::move(cancel));
    return work;
}

void CaseDatabase::stopWork()
{
    QMutexLocker lock(&m_workMutex);
    m_workStopped = true;
    for (const auto& cancel : std::as_const(m_work))
        cancel->store(true);
}

int CaseDatabase::runningWork() const
{
    QMutexLocker lock(&m_workMutex);
    return static_cast<int>(m_work.size());
}

bool CaseDatabase::waitForWork(int msecs)
{
    QMutexLocker lock(&m_workMutex);
    QDeadlineTimer deadline(msecs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(msecs));
    while (!m_work.isEmpty())
        if (!m_workEnded.wait(&m_workMutex, deadline))
            return m_work.isEmpty();
    return true;
}

bool CaseDatabase::pauseWork(int msecs)
{
    QMutexLocker lock(&m_workMutex);
    m_workPaused = true;
    const QDeadlineTimer deadline(msecs);
    while (!m_work.isEmpty())
        if (!m_workEnded.wait(&m_workMutex, deadline) && !m_work.isEmpty()) {
            m_workPaused = false;
            return false;
        }
    return true;
}

void CaseDatabase::resumeWork()
{
    QMutexLocker lock(&m_workMutex);
    m_workPaused = false;
}

void CaseDatabase::setWorkEndedHandler(std::function<void()> handler)
{
    QMutexLocker lock(&m_workMutex);
    m_workEndedHandler = std::move(handler);
}

void CaseDatabase::endWork(DatabaseWork* work)
{
    QMutexLocker lock(&m_workMutex);
    m_work.remove(work);
    // Under the lock, so that the handler's owner cannot go (it clears the handler first) while it runs.
    if (m_work.isEmpty() && m_workEndedHandler)
        m_workEndedHandler();
    m_workEnded.wakeAll();
}

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    m_active = m_db.transaction();
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

namespace {
std::atomic<BeforeCommit> g_beforeCommit {nullptr};
}

void setBeforeCommit(BeforeCommit hook)
{
    g_beforeCommit.store(hook);
}

Status Transaction::commit()
{
    if (!m_active)
        return failure(CaseDatabase::tr("No transaction to commit."));
    if (const BeforeCommit hook = g_beforeCommit.load()) {
        if (Status done = hook(m_db); !done) {
            m_active = false;
            m_db.rollback();
            return done;
        }
    }
    m_active = false;
    if (!m_db.commit()) {
        const QString err = m_db.lastError().text();
        m_db.rollback();
        return failure(CaseDatabase::tr("Could not save: %1").arg(err));
    }
    return {};
}

} // namespace lpdesk

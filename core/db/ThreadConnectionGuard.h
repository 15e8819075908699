// The calling thread's connection to the case database, released when the guard goes out of scope: on every way
// out of a worker (the end, an early return, an error). Pool threads outlive their jobs, and a connection left on
// one keeps the database file open and makes Qt report it "still in use" when the database closes.
#pragma once

#include <QtGlobal>

namespace lpdesk {

class CaseDatabase;

class ThreadConnectionGuard
{
public:
    // Made and destroyed on the worker's own thread. db may be null (nothing to release, e.g. an open that failed).
    explicit ThreadConnectionGuard(CaseDatabase* db) : m_db(db) { }
    ~ThreadConnectionGuard();
    Q_DISABLE_COPY_MOVE(ThreadConnectionGuard)

private:
    CaseDatabase* m_db;
};

} // namespace lpdesk

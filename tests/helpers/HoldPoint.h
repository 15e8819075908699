// Test builds (LPDESK_TEST_HOOKS): holds background jobs that reach named hold points
// (CaseDatabase::testHoldPoint) until the test releases them, so that a test can act while the jobs are in flight.
#pragma once

#include "db/CaseDatabase.h"

#include <QHash>
#include <QMutex>
#include <QStringList>
#include <QWaitCondition>

#include <memory>

namespace lpdesk::test {

// Holds the first job that reaches a hold point (or, given several points, every job that reaches one of them) until
// released, and counts the arrivals at each. The state is shared with the handler, which runs on the worker thread
// and may still be waking up when the test is done with the hold.
class HoldPoint
{
public:
    explicit HoldPoint(const char* point) : HoldPoint(QStringList {QString::fromLatin1(point)}, false) { }
    // Every job at any of points is held: all of them held at once means the jobs ran at the same time.
    explicit HoldPoint(const QStringList& points) : HoldPoint(points, true) { }
    ~HoldPoint()
    {
        release();
        CaseDatabase::setTestHoldHandler({});
    }
    HoldPoint(const HoldPoint&) = delete;
    HoldPoint& operator=(const HoldPoint&) = delete;

    bool reached() const
    {
        QMutexLocker lock(&m_state->mutex);
        return !m_state->arrivals.isEmpty();
    }
    int arrivals(const QString& point) const
    {
        QMutexLocker lock(&m_state->mutex);
        return m_state->arrivals.value(point);
    }
    // A job is held at every point now.
    bool allHeld() const
    {
        QMutexLocker lock(&m_state->mutex);
        for (const QString& p : m_state->points)
            if (m_state->arrivals.value(p) == 0)
                return false;
        return !m_state->released;
    }
    void release()
    {
        QMutexLocker lock(&m_state->mutex);
        m_state->released = true;
        m_state->wake.wakeAll();
    }

private:
    HoldPoint(const QStringList& points, bool holdEvery) : m_state(std::make_shared<State>())
    {
        m_state->points = points;
        CaseDatabase::setTestHoldHandler([state = m_state, holdEvery](const char* name) {
            const QString point = QString::fromLatin1(name);
            if (!state->points.contains(point))
                return;
            QMutexLocker lock(&state->mutex);
            const bool first = state->arrivals.isEmpty();
            ++state->arrivals[point];
            if (!holdEvery && !first)
                return; // only the first job
            while (!state->released)
                state->wake.wait(&state->mutex);
        });
    }

    struct State
    {
        QStringList points;
        QMutex mutex;
        QWaitCondition wake;
        QHash<QString, int> arrivals;
        bool released = false;
    };
    std::shared_ptr<State> m_state;
};

} // namespace lpdesk::test

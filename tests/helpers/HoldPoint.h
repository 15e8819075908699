// Test builds (LPDESK_TEST_HOOKS): holds the first background job that reaches a named hold point
// (CaseDatabase::testHoldPoint) until the test releases it, so that a test can act while the job is in flight.
#pragma once

#include "db/CaseDatabase.h"

#include <QMutex>
#include <QWaitCondition>

#include <memory>

namespace lpdesk::test {

// Holds the first job that reaches a hold point until released. The state is shared with the handler, which runs
// on the worker thread and may still be waking up when the test is done with the hold.
class HoldPoint
{
public:
    explicit HoldPoint(const char* point) : m_state(std::make_shared<State>())
    {
        m_state->point = point;
        CaseDatabase::setTestHoldHandler([state = m_state](const char* name) {
            if (qstrcmp(name, state->point) != 0)
                return;
            QMutexLocker lock(&state->mutex);
            if (state->reached)
                return; // only the first job
            state->reached = true;
            while (!state->released)
                state->wake.wait(&state->mutex);
        });
    }
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
        return m_state->reached;
    }
    void release()
    {
        QMutexLocker lock(&m_state->mutex);
        m_state->released = true;
        m_state->wake.wakeAll();
    }

private:
    struct State
    {
        const char* point = nullptr;
        QMutex mutex;
        QWaitCondition wake;
        bool reached = false;
        bool released = false;
    };
    std::shared_ptr<State> m_state;
};

} // namespace lpdesk::test

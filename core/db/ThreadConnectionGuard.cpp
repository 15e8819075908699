#include "db/ThreadConnectionGuard.h"

#include "db/CaseDatabase.h"

namespace lpdesk {

ThreadConnectionGuard::~ThreadConnectionGuard()
{
    if (m_db)
        m_db->releaseThreadConnection();
}

} // namespace lpdesk

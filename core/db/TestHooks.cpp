// The test-only hooks of CaseDatabase: a cheap key derivation (LPDESK_KDF_MS) and named hold points where a test
// stops a background job. This one file is compiled twice (core/CMakeLists.txt): with LPDESK_TEST_HOOKS into
// lpdesk_test_hooks, which every program of the build tree links (tests drive lpdesk-cli with LPDESK_KDF_MS=20),
// and without it into the programs the Debian package ships, which then do not even contain the variable's name
// (tests/packaging/check_deb.sh looks for it in the packaged binaries).
#include "db/TestHooks.h"
#include "db/CaseDatabase.h"
#include "db/SqlRow.h"

#include <QMutex>
#include <QMutexLocker>

#include <functional>

namespace lpdesk {

int CaseDatabase::defaultKdfTargetMs()
{
    // LPDESK_KDF_MS in test builds only (TestKdfHooks and TestKdfHooksRelease compile db/TestHooks.h both ways).
    return testHooks::kdfTargetMs();
}

bool SqlRow::missingColumnIsFatal()
{
    // A column read by a name the query does not return stops a test build (the test that ran it fails), and is
    // logged in the shipped programs (db/SqlRow.h).
#ifdef LPDESK_TEST_HOOKS
    return true;
#else
    return false;
#endif
}

namespace {
QMutex g_holdMutex;
std::function<void(const char*)> g_holdHandler;
} // namespace

void CaseDatabase::testHoldPoint([[maybe_unused]] const char* name)
{
#ifdef LPDESK_TEST_HOOKS
    std::function<void(const char*)> handler;
    {
        QMutexLocker lock(&g_holdMutex);
        handler = g_holdHandler;
    }
    if (handler)
        handler(name);
#endif
}

void CaseDatabase::setTestHoldHandler([[maybe_unused]] std::function<void(const char*)> handler)
{
#ifdef LPDESK_TEST_HOOKS
    QMutexLocker lock(&g_holdMutex);
    g_holdHandler = std::move(handler);
#endif
}

} // namespace lpdesk

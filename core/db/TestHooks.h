// Test-only environment hooks. They count only where LPDESK_TEST_HOOKS is defined: CMake defines it for
// db/TestHooks.cpp in lpdesk_test_hooks alone, in builds configured with -DLPDESK_TEST_HOOKS=ON; the programs the
// Debian package installs link the same file compiled without it (core/CMakeLists.txt).
// Inline in a header so that TestKdfHooks compiles this very code both ways.
#pragma once

#include <QtGlobal>

#include <algorithm>

namespace lpdesk::testHooks {

// The KDF's target time in milliseconds: LPDESK_KDF_MS (1 to 5000) in test builds (a cheap KDF for tests), 500
// otherwise, whatever the environment says.
static inline int kdfTargetMs()
{
#ifdef LPDESK_TEST_HOOKS
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("LPDESK_KDF_MS", &ok);
    return ok && ms > 0 ? std::min(ms, 5000) : 500;
#else
    return 500;
#endif
}

} // namespace lpdesk::testHooks

// Known-answer tests for every primitive LP Desk relies on; both programs refuse to start if one fails.
#pragma once

#include "common/Result.h"

namespace lpdesk {

class CryptoSelfTest
{
public:
    // Runs once per process; later calls return the first result.
    static Status run();
};

} // namespace lpdesk

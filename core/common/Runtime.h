// Process start-up shared by lpdesk and lpdesk-cli: no core dumps (they could hold keys or evidence),
// translations for the user's language, and the crypto known-answer self-tests.
#pragma once

#include "common/Result.h"

class QCoreApplication;

namespace lpdesk {

class Runtime
{
public:
    // Call right after constructing the application object. A failed self-test must stop the program.
    static Status initialise(QCoreApplication& app);
    static QString version();
    static QString ffmpegVersion();
};

} // namespace lpdesk

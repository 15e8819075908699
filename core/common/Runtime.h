// Process start-up shared by lpdesk and lpdesk-cli: no core dumps (they could hold keys or evidence),
// translations for the user's language (the GUI; lpdesk-cli stays English). The crypto known-answer self-tests
// (crypto/CryptoSelfTest) are the caller's next step: common/ is below crypto/ and does not include it.
#pragma once

#include "common/Result.h"

class QCoreApplication;

namespace lpdesk {

class Runtime
{
public:
    // User: the interface follows LPDESK_LANG or the system language (translations, dates, numbers).
    // English: no translation at all, whatever the locale; lpdesk-cli's output is read by scripts.
    enum class Language { User, English };
    // Call right after constructing the application object, then CryptoSelfTest::run(): a failed self-test must
    // stop the program.
    static Status initialise(QCoreApplication& app, Language language = Language::User);
    static QString version();
    static QString ffmpegVersion();
};

} // namespace lpdesk

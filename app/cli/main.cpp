#include "Cli.h"

#include "common/Runtime.h"
#include "crypto/CryptoSelfTest.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QTextStream>

#include <memory>

#include <unistd.h>

namespace {

// Only `export` and `submit` draw (the case report PDF needs fonts, never a display); every other command stays a plain
// QCoreApplication so that scripts do not pay for, or hear about, a GUI platform.
bool needsGui(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "export") == 0 || qstrcmp(argv[i], "submit") == 0)
            return true;
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (needsGui(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            // Root shells and CI have none; Qt would warn and fall back to a shared path.
            const QString runtime = QDir::tempPath() + QStringLiteral("/lpdesk-runtime-%1").arg(getuid());
            QDir().mkpath(runtime);
            QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // English whatever the locale: scripts and the bash completion read this output (docs/ARCHITECTURE.md).
    lpdesk::Status ready = lpdesk::Runtime::initialise(*app, lpdesk::Runtime::Language::English);
    if (ready)
        ready = lpdesk::CryptoSelfTest::run();
    if (!ready) {
        QTextStream(stderr) << "lpdesk-cli: " << ready.errorMessage() << " — refusing to run.\n";
        return lpdesk::ExitFailed;
    }
    lpdesk::Cli cli;
    return cli.run(app->arguments().mid(1));
}

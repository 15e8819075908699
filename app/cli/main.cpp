#include "Cli.h"

#include "common/Runtime.h"
#include "crypto/CryptoSelfTest.h"
#include "report/CaseReport.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QTextStream>

#include <memory>

#include <unistd.h>

namespace {

// Whether the command writes a PDF (Command::writesPdf: `export`, `submit`, `audit export`) or may run one
// (Command::runsCommands: `shell`). Those get a QGuiApplication on the offscreen platform: QPdfWriter and
// QTextDocument lay text out with Qt's font database, which exists only under a QGuiApplication (fonts, never a
// display), and the application's kind cannot change once made. Every other command stays a plain QCoreApplication,
// so that scripts do not pay for, or hear about, a GUI platform.
bool needsGui(int argc, char* argv[])
{
    QStringList words; // the command's words come first, after the global options and their values
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--db" || a == "--user" || a == "--passphrase-file")
            ++i;
        else if (!a.startsWith("--"))
            words << QString::fromLocal8Bit(a);
    }
    QList<lpdesk::Command> commands;
    lpdesk::Cli::registerCommands(commands);
    int matched = 0;
    const lpdesk::Command* command = lpdesk::Cli::findCommand(commands, words, &matched);
    return command && (command->writesPdf || command->runsCommands);
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
    lpdesk::CaseReport::install(); // export and submit seal packages with their report.pdf
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

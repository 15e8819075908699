#include "Cli.h"

#include "common/Runtime.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (auto ready = lpdesk::Runtime::initialise(app); !ready) {
        QTextStream(stderr) << "lpdesk-cli: " << ready.errorMessage() << " — refusing to run.\n";
        return lpdesk::ExitFailed;
    }
    lpdesk::Cli cli;
    return cli.run(app.arguments().mid(1));
}

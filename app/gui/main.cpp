// lpdesk: the investigator's workstation (GUI). Little more than start-up; everything lives in ui/ and core/.
#include "common/Runtime.h"
#include "db/CaseDatabase.h"
#include "shell/AppController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    // The installed menu entry and icon (packaging/linux): window managers match windows to them by these names.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.lpdesk.LPDesk"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.lpdesk.LPDesk")));
    if (auto ready = lpdesk::Runtime::initialise(app); !ready) {
        QMessageBox::critical(nullptr, QObject::tr("LP Desk"),
                              QObject::tr("LP Desk cannot start: %1").arg(ready.errorMessage()));
        return 1;
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("LP Desk investigation workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dbOption(QStringLiteral("db"), QObject::tr("Case database to open."), QStringLiteral("FILE"));
    parser.addOption(dbOption);
    parser.process(app);

    QString path = parser.value(dbOption);
    if (path.isEmpty())
        path = qEnvironmentVariable("LPDESK_DB");
    if (path.isEmpty())
        path = QSettings().value(QStringLiteral("database/path"), lpdesk::CaseDatabase::defaultPath()).toString();

    lpdesk::AppController controller(path);
    if (!controller.start())
        return 0;
    return app.exec();
}

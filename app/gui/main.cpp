// lpdesk: the investigator's workstation (GUI). Little more than start-up; everything lives in ui/ and core/.
#include "common/AppIcon.h"
#include "common/Runtime.h"
#include "common/ScreenshotMode.h"
#include "common/Theme.h"
#include "common/WindowWatcher.h"
#include "crypto/CryptoSelfTest.h"
#include "db/CaseDatabase.h"
#include "program/StartPage.h"
#include "report/CaseReport.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "shell/ScreenshotTour.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>

#include <cstdio>

namespace {

// --screenshots DIR: the README and AppStream pictures of the database (user and passphrase from the environment).
int takeScreenshots(QApplication& app, const QString& path, const QString& folder)
{
    // The passphrase leaves the environment at once, as with lpdesk-cli.
    lpdesk::SecureBytes passphrase = lpdesk::SecureBytes::takeFromEnvironment("LPDESK_PASSPHRASE");
    auto db = lpdesk::CaseDatabase::open(path, qEnvironmentVariable("LPDESK_USER"), passphrase);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorMessage()));
        return 1;
    }
    lpdesk::ScreenshotMode::setOn(true); // before the windows are made: they show paths as they are built
    // The pictures show the program as installed, not this person's saved window layouts (nor change them).
    lpdesk::WindowWatcher::setRememberLayouts(false);
    lpdesk::MainWindow window(std::move(*db));
    lpdesk::ScreenshotTour tour(window, folder);
    int code = 0;
    QObject::connect(&tour, &lpdesk::ScreenshotTour::finished, &app, [&](const lpdesk::Status& status) {
        if (!status) {
            std::fprintf(stderr, "%s\n", qPrintable(status.errorMessage()));
            code = 1;
        }
        for (const QString& f : tour.written())
            std::printf("%s\n", qPrintable(f));
        QApplication::closeAllWindows();
        QApplication::exit(code);
    });
    tour.start();
    return app.exec();
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    // The installed menu entry and icon (packaging/linux): window managers match windows to them by these names.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.lpdesk.LPDesk"));
    QApplication::setWindowIcon(lpdesk::appIcon());
    lpdesk::CaseReport::install(); // the report.pdf of the packages this workstation seals
    lpdesk::Status ready = lpdesk::Runtime::initialise(app);
    if (ready)
        ready = lpdesk::CryptoSelfTest::run();
    if (!ready) {
        QMessageBox::critical(nullptr, QObject::tr("LP Desk"),
                              QObject::tr("LP Desk cannot start: %1").arg(ready.errorMessage()));
        return 1;
    }
    // Accessible names and tooltips everywhere; windows and splitters as the user left them.
    lpdesk::WindowWatcher::install();
    lpdesk::WindowWatcher::setRememberLayouts(true);
    lpdesk::Theme::apply(lpdesk::Theme::saved());
    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("LP Desk investigation workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dbOption(QStringLiteral("db"), QObject::tr("Case database to open."), QStringLiteral("FILE"));
    parser.addOption(dbOption);
    QCommandLineOption screenshotsOption(
        QStringLiteral("screenshots"),
        QObject::tr("Save the README and AppStream screenshots of the database into DIR and quit (user and "
                    "passphrase from LPDESK_USER and LPDESK_PASSPHRASE; file paths are not shown)."),
        QStringLiteral("DIR"));
    parser.addOption(screenshotsOption);
    QCommandLineOption pageOption(QStringLiteral("page"),
                                  QObject::tr("Open PAGE once the database is unlocked (one of: %1).")
                                      .arg(lpdesk::StartPage::names().join(QStringLiteral(", "))),
                                  QStringLiteral("PAGE"));
    parser.addOption(pageOption);
    parser.process(app);
    const QString page = parser.value(pageOption);
    if (!page.isEmpty() && !lpdesk::StartPage::names().contains(page)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QObject::tr("lpdesk: --page takes one of: %1")
                                    .arg(lpdesk::StartPage::names().join(QStringLiteral(", ")))));
        return 2;
    }

    QString path = parser.value(dbOption);
    if (path.isEmpty())
        path = qEnvironmentVariable("LPDESK_DB");
    if (path.isEmpty())
        path = QSettings().value(QStringLiteral("database/path"), lpdesk::CaseDatabase::defaultPath()).toString();

    if (parser.isSet(screenshotsOption))
        return takeScreenshots(app, path, parser.value(screenshotsOption));

    lpdesk::AppController controller(path);
    if (!controller.start())
        return 0;
    if (!page.isEmpty() && controller.mainWindow())
        lpdesk::StartPage::open(*controller.mainWindow(), page);
    return app.exec();
}

#include "shell/AppController.h"

#include "shell/FirstRunWizard.h"
#include "shell/MainWindow.h"
#include "shell/UnlockDialog.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>

namespace lpdesk {

AppController::AppController(QString databasePath, QObject* parent) : QObject(parent), m_path(std::move(databasePath))
{ }

AppController::~AppController()
{
    delete m_main;
}

bool AppController::start()
{
    return unlockOrCreate();
}

bool AppController::runFirstRun(const QString& suggested)
{
    FirstRunWizard wizard(suggested);
    if (wizard.exec() != QDialog::Accepted)
        return false;
    auto db = wizard.takeDatabase();
    if (!db)
        return false;
    m_path = db->path();
    QSettings().setValue(QStringLiteral("database/path"), m_path);
    m_main = new MainWindow(std::move(db));
    m_main->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_main, &MainWindow::lockRequested, this, &AppController::lock);
    connect(m_main, &MainWindow::openOtherRequested, this, &AppController::openOther);
    connect(m_main, &MainWindow::newDatabaseRequested, this, &AppController::createNew);
    m_main->show();
    return true;
}

bool AppController::unlockOrCreate()
{
    while (true) {
        if (!QFileInfo::exists(m_path))
            return runFirstRun(m_path);
        UnlockDialog dialog(m_path);
        bool wantNew = false;
        bool wantOther = false;
        connect(&dialog, &UnlockDialog::createNewRequested, &dialog, [&] {
            wantNew = true;
            dialog.reject();
        });
        connect(&dialog, &UnlockDialog::openOtherRequested, &dialog, [&] {
            wantOther = true;
            dialog.reject();
        });
        if (dialog.exec() == QDialog::Accepted) {
            QSettings().setValue(QStringLiteral("database/path"), m_path);
            m_main = new MainWindow(dialog.takeDatabase());
            m_main->setAttribute(Qt::WA_DeleteOnClose);
            connect(m_main, &MainWindow::lockRequested, this, &AppController::lock);
            connect(m_main, &MainWindow::openOtherRequested, this, &AppController::openOther);
            connect(m_main, &MainWindow::newDatabaseRequested, this, &AppController::createNew);
            m_main->show();
            return true;
        }
        if (wantNew) {
            const QString suggested = QFileInfo(m_path).absolutePath() + QStringLiteral("/new-cases.lpdb");
            if (runFirstRun(suggested))
                return true;
            continue;
        }
        if (wantOther) {
            const QString f = QFileDialog::getOpenFileName(nullptr, QObject::tr("Open case database"), m_path,
                                                           QObject::tr("LP Desk databases (*.lpdb)"));
            if (!f.isEmpty())
                m_path = f;
            continue;
        }
        return false;
    }
}

void AppController::lock()
{
    // Closing deletes the window and, with it, the unlocked database and its key. While background jobs stop the
    // window stays; the unlock dialog comes once it has closed.
    if (m_main && !m_main->close()) {
        // Waiting for background jobs: go on once the window has closed. Otherwise one of its windows refused (an
        // editor's Cancel) and everything stays as it was.
        if (m_main->isClosing())
            connect(m_main, &MainWindow::closed, this, &AppController::unlockAfterClose,
                    static_cast<Qt::ConnectionType>(Qt::QueuedConnection | Qt::SingleShotConnection));
        return;
    }
    unlockAfterClose();
}

void AppController::unlockAfterClose()
{
    if (!unlockOrCreate())
        QApplication::quit();
}

void AppController::openOther()
{
    const QString f = QFileDialog::getOpenFileName(m_main, QObject::tr("Open case database"), m_path,
                                                   QObject::tr("LP Desk databases (*.lpdb)"));
    if (f.isEmpty())
        return;
    m_path = f;
    lock();
}

void AppController::createNew()
{
    if (m_main && !m_main->close()) {
        // Waiting for background jobs: go on once the window has closed. Otherwise one of its windows refused (an
        // editor's Cancel) and everything stays as it was.
        if (m_main->isClosing())
            connect(m_main, &MainWindow::closed, this, &AppController::createAfterClose,
                    static_cast<Qt::ConnectionType>(Qt::QueuedConnection | Qt::SingleShotConnection));
        return;
    }
    createAfterClose();
}

void AppController::createAfterClose()
{
    if (!runFirstRun(QFileInfo(m_path).absolutePath() + QStringLiteral("/new-cases.lpdb")) && !unlockOrCreate())
        QApplication::quit();
}

} // namespace lpdesk

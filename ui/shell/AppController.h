// Start-up flow of the GUI: first-run wizard when there is no database, unlock dialog when there is one,
// then the main window; Lock returns to the unlock dialog. Owns the top-level windows.
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include "shell/MainWindow.h"

namespace lpdesk {

class AppController : public QObject
{
    Q_OBJECT
public:
    explicit AppController(QString databasePath, QObject* parent = nullptr);
    ~AppController() override;

    // Shows the first window; false if the user cancelled before any window appeared.
    bool start();
    MainWindow* mainWindow() const { return m_main; }

private:
    bool unlockOrCreate();
    bool runFirstRun(const QString& suggested);
    void lock();
    void unlockAfterClose();
    void openOther();
    void createNew();
    void createAfterClose();

    QString m_path;
    QPointer<MainWindow> m_main;
};

} // namespace lpdesk

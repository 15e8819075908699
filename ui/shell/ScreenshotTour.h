// The screenshots of the README and the AppStream data, taken by the program itself from a database (the demo's):
// the inbox with its first incident open, then the first case with its first clip. Screenshot mode is on before
// the main window is made (ScreenshotMode::setOn), so the pictures show file names, not the machine's paths. Runs on
// the event loop (content loads in the background) and says when it is done.
#pragma once

#include "common/Result.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace lpdesk {

class MainWindow;

class ScreenshotTour : public QObject
{
    Q_OBJECT
public:
    // Writes screenshot-inbox.png and, when the database has a case, screenshot-case.png into `dir`.
    ScreenshotTour(MainWindow& window, QString dir, QObject* parent = nullptr);
    void start();
    QStringList written() const { return m_written; }

Q_SIGNALS:
    void finished(const lpdesk::Status& status);

private:
    void grabInbox();
    void openCase();
    void grabCase();
    bool save(QWidget* w, const QString& name);

    MainWindow& m_window;
    QString m_dir;
    QPointer<QWidget> m_case;
    QStringList m_written;
};

} // namespace lpdesk

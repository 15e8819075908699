// The screenshots of the README and the AppStream data, taken by the program itself from a database (the demo's):
// My work (the home page, when anything waits for the user), the inbox with its first incident open, then the first
// case with its first clip; every window at 1280×720. Screenshot mode is on before
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
    // Writes screenshot-my-work.png (when My work has something), screenshot-inbox.png and, when the database has a
    // case, screenshot-case.png into `dir`. Each picture carries the PNG text "Software: LP Desk screenshot mode"
    // (packaging/check_screenshots.py checks the README's and AppStream's pictures for it).
    ScreenshotTour(MainWindow& window, QString dir, QObject* parent = nullptr);
    void start();
    QStringList written() const { return m_written; }
    static constexpr int Width = 1280;
    static constexpr int Height = 720;

Q_SIGNALS:
    void finished(const lpdesk::Status& status);

private:
    void grabMyWork();
    void showInbox();
    void grabInbox();
    void openCase();
    void grabCase();
    bool save(QWidget* w, const QString& name); // false: finished has said why

    MainWindow& m_window;
    QString m_dir;
    QPointer<QWidget> m_case;
    QStringList m_written;
};

} // namespace lpdesk

// One application-wide event filter for what every window should do without code of its own: controls get
// accessible names and tooltips as they are shown (AccessibleNames); dialogs close with Ctrl+W as with Esc
// (installDialogCloseKeys); when the application asks for it, windows
// and their splitters come back at the size and positions they were left in (QSettings, by object name).
#pragma once

#include <QObject>

class QWidget;

namespace lpdesk {

class WindowWatcher : public QObject
{
    Q_OBJECT
public:
    // Installs the watcher on the application once; later calls do nothing.
    static void install();
    // The application remembers window layouts (lpdesk does; tests that need the code's own sizes do not).
    static void setRememberLayouts(bool remember);
    static bool remembersLayouts();

    // The settings keys a window's layout is kept under: "windows/<objectName>/…".
    static void saveLayout(QWidget* window);
    static void restoreLayout(QWidget* window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

} // namespace lpdesk

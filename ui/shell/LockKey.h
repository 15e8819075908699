// Ctrl+L locks even while a job runs in its window-modal dialog (a long export, a render). Qt does not deliver a
// window's shortcuts, application-wide ones included, to a window that a modal dialog blocks, so the lock action
// of the main window never fired there. This filter sees the key in a job's dialog of that window and triggers the
// lock action; the lock then closes the main window, which cancels the job and waits for it, as sign-out does.
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace lpdesk {

class LockKey : public QObject
{
    Q_OBJECT
public:
    // Watches the application's key presses for `lock`'s shortcut in the modal job dialogs of `window`.
    LockKey(QWidget* window, QAction* lock);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool isOurs(const QWidget* dialog) const;

    QPointer<QWidget> m_window;
    QPointer<QAction> m_lock;
};

} // namespace lpdesk

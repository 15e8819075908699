// A workstation holding evidence locks itself when left alone: no key press, click, wheel or mouse movement in any
// LP Desk window for the idle limit (the organisation's, or the person's own when shorter) triggers the main
// window's Lock action, exactly as Ctrl+L does — also over a modal dialog and while a job runs (closing the window
// cancels the job and waits for it). A non-modal banner counts down the last 30 seconds; any input hides it.
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <utility>

class QAction;
class QLabel;
class QMenu;
class QWidget;

namespace lpdesk {

class CaseDatabase;

class IdleLock : public QObject
{
    Q_OBJECT
public:
    // Watches the whole application for input; `lock` is the main window's Lock action, `window` owns this.
    IdleLock(QWidget* window, QAction* lock, CaseDatabase& db);

    // The limit that applies now, from the organisation's setting and this workstation's choice (QSettings).
    static int minutesFor(CaseDatabase& db);
    // File → "Lock when idle": the person's choice (never past the organisation's limit) and, for an
    // administrator, the organisation's limit.
    void addMenu(QMenu* file);

    // The idle time before locking and how long before it the banner shows (tests shorten both).
    void setTimeout(int msecs, int warningMsecs = 30000);
    int timeout() const { return m_timeoutMs; }
    int remainingTime() const { return m_lock.remainingTime(); }
    QLabel* banner() const { return m_banner; }
    // Whether the Lock action now running was triggered by this (idle) rather than by a person; asking clears it.
    bool takeTrigger() { return std::exchange(m_triggered, false); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void restart();
    void warn();
    void updateBanner();
    void lockNow();
    void choosePersonal(int minutes);
    void setOrganisationLimit();

    QPointer<QWidget> m_window;
    QPointer<QAction> m_action;
    CaseDatabase& m_db;
    QTimer m_lock;
    QTimer m_warn;
    QTimer m_countdown;
    QLabel* m_banner;
    int m_timeoutMs = 0;
    int m_warningMs = 30000;
    bool m_triggered = false;
};

} // namespace lpdesk

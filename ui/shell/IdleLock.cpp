#include "shell/IdleLock.h"

#include "auth/Permissions.h"
#include "common/CloseKeys.h"
#include "common/Theme.h"
#include "db/CaseDatabase.h"
#include "db/IdleLockPolicy.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace lpdesk {

namespace {

const QString PersonalKey = QStringLiteral("lock/idleMinutes");

int personalMinutes()
{
    return QSettings().value(PersonalKey, 0).toInt();
}

bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
        return true;
    default:
        return false;
    }
}

} // namespace

IdleLock::IdleLock(QWidget* window, QAction* lock, CaseDatabase& db)
    : QObject(window), m_window(window), m_action(lock), m_db(db), m_banner(new QLabel(window))
{
    setObjectName(QStringLiteral("idleLock"));
    setClosingUnattended(false);
    m_lock.setSingleShot(true);
    m_warn.setSingleShot(true);
    m_countdown.setInterval(1000);
    connect(&m_warn, &QTimer::timeout, this, &IdleLock::warn);
    connect(&m_lock, &QTimer::timeout, this, &IdleLock::lockNow);
    connect(&m_countdown, &QTimer::timeout, this, &IdleLock::updateBanner);
    // Its own small window on top, never taking the focus or blocking anything: moving the mouse is the answer.
    m_banner->setObjectName(QStringLiteral("idleLockBanner"));
    m_banner->setWindowFlags(Qt::Tool | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint
                             | Qt::WindowDoesNotAcceptFocus);
    m_banner->setAttribute(Qt::WA_ShowWithoutActivating);
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setMargin(12);
    Theme::setBanner(m_banner, true);
    m_banner->hide();
    qApp->installEventFilter(this);
    setTimeout(minutesFor(db) * 60000);
}

int IdleLock::minutesFor(CaseDatabase& db)
{
    return IdleLockPolicy::effectiveMinutes(IdleLockPolicy::organisationMinutes(db), personalMinutes());
}

void IdleLock::setTimeout(int msecs, int warningMsecs)
{
    m_timeoutMs = std::max(1, msecs);
    m_warningMs = std::clamp(warningMsecs, 0, m_timeoutMs);
    restart();
}

void IdleLock::restart()
{
    setClosingUnattended(false); // someone is here: a window may ask them again
    m_triggered = false;
    if (m_banner->isVisible()) {
        m_banner->hide();
        m_countdown.stop();
    }
    m_warn.start(m_timeoutMs - m_warningMs);
    m_lock.start(m_timeoutMs);
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    // Every window of the application counts (case windows, the player, dialogs), not only the main window.
    // MouseMove arrives for every widget under the pointer: restarting two timers is cheap.
    if (isInput(event->type()) && (watched->isWidgetType() || watched->isWindowType()))
        restart();
    return false;
}

void IdleLock::warn()
{
    if (!m_window)
        return;
    updateBanner();
    m_banner->adjustSize();
    const QScreen* screen = m_window->screen();
    const QRect area = screen ? screen->availableGeometry() : m_window->geometry();
    m_banner->move(area.center().x() - m_banner->width() / 2, area.top() + 24);
    m_banner->show();
    m_banner->raise();
    m_countdown.start();
}

void IdleLock::updateBanner()
{
    const int seconds = static_cast<int>(std::ceil(std::max(0, m_lock.remainingTime()) / 1000.0));
    m_banner->setText(tr("Locking in %n s — move the mouse to stay signed in", nullptr, seconds));
    m_banner->setAccessibleName(m_banner->text());
}

void IdleLock::lockNow()
{
    m_banner->hide();
    m_countdown.stop();
    // Once: a window already closing (waiting for its jobs to stop) is not asked again.
    auto* main = qobject_cast<MainWindow*>(m_window.data());
    if (!m_action || !m_action->isEnabled() || (main && main->isClosing()))
        return;
    // No one is there to answer a window's "save your changes?": windows keep their work without asking.
    setClosingUnattended(true);
    // The same action as Ctrl+L, queued as LockKey queues it: the lock closes windows, a modal dialog's among them.
    // Should it not happen (an editor's question answered with Cancel), that answer is input: the count restarts.
    m_triggered = true; // the Lock action's event says "idle"
    QMetaObject::invokeMethod(m_action.data(), &QAction::trigger, Qt::QueuedConnection);
}

void IdleLock::addMenu(QMenu* file)
{
    QMenu* menu = file->addMenu(tr("Lock when &idle"));
    menu->setObjectName(QStringLiteral("idleLockMenu"));
    auto fill = [this, menu] {
        menu->clear();
        const int limit = IdleLockPolicy::organisationMinutes(m_db);
        const int chosen = minutesFor(m_db);
        auto* group = new QActionGroup(menu);
        for (int minutes : {1, 2, 5, 10, 15, 30, 60}) {
            if (minutes > limit)
                break;
            QAction* a = menu->addAction(tr("After %n minute(s)", nullptr, minutes));
            a->setCheckable(true);
            a->setChecked(minutes == chosen);
            a->setActionGroup(group);
            connect(a, &QAction::triggered, this, [this, minutes] { choosePersonal(minutes); });
        }
        if (chosen != limit && !group->checkedAction()) { // an organisation limit between the steps
            QAction* a = menu->addAction(tr("After %n minute(s)", nullptr, chosen));
            a->setCheckable(true);
            a->setChecked(true);
            a->setActionGroup(group);
        }
        menu->addSeparator();
        menu->addAction(tr("The organisation allows at most %n minute(s)", nullptr, limit))->setEnabled(false);
        if (Permissions::allows(m_db.session().role, Action::ChangeSettings)) {
            QAction* set = menu->addAction(tr("Set the organisation's limit…"), this, &IdleLock::setOrganisationLimit);
            set->setObjectName(QStringLiteral("actionIdleLockLimit"));
        }
    };
    connect(menu, &QMenu::aboutToShow, this, fill);
    fill();
}

void IdleLock::choosePersonal(int minutes)
{
    QSettings().setValue(PersonalKey, minutes);
    setTimeout(minutesFor(m_db) * 60000, m_warningMs);
}

void IdleLock::setOrganisationLimit()
{
    bool ok = false;
    const int minutes = QInputDialog::getInt(
        m_window, tr("Lock when idle"),
        tr("Every workstation of the organisation locks after at most this many minutes without input:"),
        IdleLockPolicy::organisationMinutes(m_db), IdleLockPolicy::MinMinutes, IdleLockPolicy::MaxMinutes, 1, &ok);
    if (!ok)
        return;
    if (Status s = IdleLockPolicy::setOrganisationMinutes(m_db, minutes); !s) {
        QMessageBox::warning(m_window, tr("Lock when idle"), s.errorMessage());
        return;
    }
    setTimeout(minutesFor(m_db) * 60000, m_warningMs);
}

} // namespace lpdesk

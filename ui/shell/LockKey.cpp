#include "shell/LockKey.h"

#include "common/JobDialog.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QWidget>

namespace lpdesk {

LockKey::LockKey(QWidget* window, QAction* lock) : QObject(window), m_window(window), m_lock(lock)
{
    qApp->installEventFilter(this);
}

bool LockKey::isOurs(const QWidget* dialog) const
{
    for (const QWidget* w = dialog; w; w = w->parentWidget())
        if (w == m_window)
            return true;
    return false;
}

bool LockKey::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress || !m_lock || !m_lock->isEnabled() || !watched->isWidgetType())
        return false;
    const auto* key = static_cast<QKeyEvent*>(event);
    if (QKeySequence(key->keyCombination()) != m_lock->shortcut())
        return false;
    // Only where the shortcut itself cannot act: a modal job dialog of this window (elsewhere Qt delivers it).
    auto* job = qobject_cast<JobDialog*>(static_cast<QWidget*>(watched)->window());
    if (!job || !job->isModal() || !isOurs(job))
        return false;
    // Queued: the lock closes windows, this dialog's among them, which must not go while it handles its key.
    QMetaObject::invokeMethod(m_lock.data(), &QAction::trigger, Qt::QueuedConnection);
    return true;
}

} // namespace lpdesk

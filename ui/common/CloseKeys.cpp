#include "common/CloseKeys.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QKeySequence>
#include <QMessageBox>
#include <QShortcut>
#include <QWidget>

namespace lpdesk {

namespace {

constexpr char kDialogCloseKeys[] = "lpdeskDialogCloseKeys";
bool g_unattended = false;

QList<QKeySequence> closeKeys()
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Close);
    if (!keys.contains(QKeySequence(Qt::CTRL | Qt::Key_W)))
        keys << QKeySequence(Qt::CTRL | Qt::Key_W);
    return keys;
}

// Whether a shortcut or action of `window` already owns one of `keys` (a second owner would make both ambiguous).
bool bindsAny(const QWidget* window, const QList<QKeySequence>& keys)
{
    for (const QShortcut* s : window->findChildren<QShortcut*>())
        for (const QKeySequence& k : s->keys())
            if (keys.contains(k))
                return true;
    for (const QAction* a : window->findChildren<QAction*>())
        for (const QKeySequence& k : a->shortcuts())
            if (keys.contains(k))
                return true;
    return false;
}

} // namespace

void setClosingUnattended(bool unattended)
{
    g_unattended = unattended;
}

bool closingUnattended()
{
    return g_unattended;
}

void installDialogCloseKeys(QDialog* dialog)
{
    if (!dialog || !dialog->isWindow() || dialog->property(kDialogCloseKeys).toBool()
        || qobject_cast<QMessageBox*>(dialog))
        return;
    dialog->setProperty(kDialogCloseKeys, true);
    const QList<QKeySequence> keys = closeKeys();
    if (bindsAny(dialog, keys))
        return;
    auto* shortcut = new QShortcut(dialog);
    shortcut->setKeys(keys);
    shortcut->setContext(Qt::WindowShortcut);
    shortcut->setWhatsThis(QCoreApplication::translate("lpdesk::CloseKeys", "Close this window"));
    QObject::connect(shortcut, &QShortcut::activated, dialog, &QDialog::reject);
}

QShortcut* installCloseKeys(QWidget* window, const QString& what)
{
    QList<QKeySequence> keys = closeKeys();
    if (!keys.contains(QKeySequence(Qt::Key_Escape)))
        keys << QKeySequence(Qt::Key_Escape);
    auto* shortcut = new QShortcut(window);
    shortcut->setKeys(keys);
    shortcut->setContext(Qt::WindowShortcut);
    shortcut->setWhatsThis(what);
    QObject::connect(shortcut, &QShortcut::activated, window, &QWidget::close);
    return shortcut;
}

} // namespace lpdesk

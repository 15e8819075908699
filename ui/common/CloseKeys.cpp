#include "common/CloseKeys.h"

#include <QKeySequence>
#include <QShortcut>
#include <QWidget>

namespace lpdesk {

QShortcut* installCloseKeys(QWidget* window, const QString& what)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Close);
    for (const QKeySequence& k : {QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence(Qt::Key_Escape)})
        if (!keys.contains(k))
            keys << k;
    auto* shortcut = new QShortcut(window);
    shortcut->setKeys(keys);
    shortcut->setContext(Qt::WindowShortcut);
    shortcut->setWhatsThis(what);
    QObject::connect(shortcut, &QShortcut::activated, window, &QWidget::close);
    return shortcut;
}

} // namespace lpdesk

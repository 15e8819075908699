#include "common/WindowWatcher.h"

#include "common/AccessibleNames.h"
#include "common/CloseKeys.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QWidget>

namespace lpdesk {

namespace {

bool g_remember = false;
bool g_applying = false; // AccessibleNames::apply changes tooltips, which sends events back here
constexpr char kRestored[] = "lpdeskLayoutRestored";

bool isRememberedWindow(const QWidget* w)
{
    const Qt::WindowType type = w->windowType();
    return w->isWindow() && (type == Qt::Window || type == Qt::Dialog);
}

// By object name, else by class: one layout per kind of window.
QString keyOf(const QWidget* window)
{
    const QString name = window->objectName().isEmpty() ? QString::fromLatin1(window->metaObject()->className())
                                                        : window->objectName();
    return QStringLiteral("windows/%1").arg(name);
}

// The window's own splitters (not those of windows inside it), each with a stable key: its object name, else
// its place in creation order.
QList<std::pair<QString, QSplitter*>> splittersOf(QWidget* window)
{
    QList<std::pair<QString, QSplitter*>> out;
    int i = 0;
    for (QSplitter* s : window->findChildren<QSplitter*>()) {
        if (s->window() != window)
            continue;
        out.append({s->objectName().isEmpty() ? QStringLiteral("splitter%1").arg(i) : s->objectName(), s});
        ++i;
    }
    return out;
}

} // namespace

void WindowWatcher::install()
{
    static WindowWatcher* watcher = nullptr;
    if (watcher || !qApp)
        return;
    watcher = new WindowWatcher(qApp);
    qApp->installEventFilter(watcher);
}

void WindowWatcher::setRememberLayouts(bool remember)
{
    g_remember = remember;
}

bool WindowWatcher::remembersLayouts()
{
    return g_remember;
}

void WindowWatcher::saveLayout(QWidget* window)
{
    QSettings settings;
    const QString key = keyOf(window);
    settings.setValue(key + QStringLiteral("/geometry"), window->saveGeometry());
    for (const auto& [name, splitter] : splittersOf(window))
        settings.setValue(key + QStringLiteral("/splitter/") + name, splitter->saveState());
}

void WindowWatcher::restoreLayout(QWidget* window)
{
    const QSettings settings;
    const QString key = keyOf(window);
    const QByteArray geometry = settings.value(key + QStringLiteral("/geometry")).toByteArray();
    if (!geometry.isEmpty() && window->restoreGeometry(geometry)) {
        // A layout left on a larger screen still has to fit this one.
        if (const QScreen* screen = window->screen()) {
            const QRect room = screen->availableGeometry();
            const QSize size = window->size().boundedTo(room.size() * 0.95);
            if (size != window->size())
                window->resize(size);
            if (!room.contains(window->frameGeometry()))
                window->move(room.topLeft());
        }
    }
    for (const auto& [name, splitter] : splittersOf(window)) {
        const QByteArray state = settings.value(key + QStringLiteral("/splitter/") + name).toByteArray();
        if (!state.isEmpty())
            splitter->restoreState(state);
    }
}

bool WindowWatcher::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    if ((type != QEvent::Show && type != QEvent::Hide && type != QEvent::ToolTip && type != QEvent::ToolTipChange)
        || g_applying || !watched->isWidgetType())
        return false;
    auto* w = static_cast<QWidget*>(watched);
    if (type == QEvent::Hide) {
        if (g_remember && isRememberedWindow(w) && w->property(kRestored).toBool())
            saveLayout(w);
        return false;
    }
    if (type == QEvent::Show && w->isWindow())
        installDialogCloseKeys(qobject_cast<QDialog*>(w));
    if (type == QEvent::Show && g_remember && isRememberedWindow(w) && !w->property(kRestored).toBool()) {
        w->setProperty(kRestored, true);
        restoreLayout(w);
    }
    g_applying = true;
    AccessibleNames::apply(w);
    g_applying = false;
    return false;
}

} // namespace lpdesk

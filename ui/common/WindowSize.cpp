#include "common/WindowSize.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace lpdesk {

void resizeToFit(QWidget* window, QSize preferred)
{
    QScreen* screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (screen) {
        const QSize room = screen->availableGeometry().size() * 0.95;
        preferred = preferred.boundedTo(room);
    }
    window->resize(preferred);
}

} // namespace lpdesk

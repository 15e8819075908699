#include "releases/ReleaseBanner.h"

#include <QResizeEvent>

namespace lpdesk {

ReleaseBanner::ReleaseBanner(QWidget* parent) : QLabel(parent)
{
    setWordWrap(true);
    setMargin(4);
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
}

int ReleaseBanner::availableWidth() const
{
    // Before its first layout the banner has no width of its own: the window's is the one it will get.
    int w = width();
    if (w <= 1 && parentWidget())
        w = parentWidget()->contentsRect().width();
    return std::max(w, 200);
}

QSize ReleaseBanner::sizeHint() const
{
    const int w = availableWidth();
    return {std::min(QLabel::sizeHint().width(), w), heightForWidth(w)};
}

QSize ReleaseBanner::minimumSizeHint() const
{
    return {100, heightForWidth(availableWidth())};
}

void ReleaseBanner::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    if (event->oldSize().width() != event->size().width())
        updateGeometry(); // another width wraps into another number of lines
}

} // namespace lpdesk

// A window's first size: what it would like, but never more than the screen it opens on can show (a 1280×720
// laptop included), so that no button ends up off-screen and nothing has to be dragged into view.
#pragma once

#include <QSize>

class QWidget;

namespace lpdesk {

// Resizes `window` to `preferred`, clamped to 95 % of its screen's available area.
void resizeToFit(QWidget* window, QSize preferred);

} // namespace lpdesk

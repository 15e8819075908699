#pragma once
// The application's icon: the desktop theme's (installed by the package as org.lpdesk.LPDesk in hicolor), else the
// same picture compiled into the program at 16 to 256 px, so a window from the build tree (dev.sh demo) has it too
// and high-DPI screens get a sharp one.
#include <QIcon>

namespace lpdesk {

QIcon appIcon();

} // namespace lpdesk

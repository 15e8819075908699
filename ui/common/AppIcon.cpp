#include "common/AppIcon.h"

namespace lpdesk {

QIcon appIcon()
{
    QIcon compiledIn;
    // Rendered from resources/icons/lpdesk.svg at build time (ui/CMakeLists.txt).
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        compiledIn.addFile(QStringLiteral(":/lpdesk/icons/lpdesk-%1.png").arg(size), QSize(size, size));
    return QIcon::fromTheme(QStringLiteral("org.lpdesk.LPDesk"), compiledIn);
}

} // namespace lpdesk

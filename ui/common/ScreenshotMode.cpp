#include "common/ScreenshotMode.h"

#include <QFileInfo>

namespace lpdesk::ScreenshotMode {

namespace {
bool& flag()
{
    static bool on = qEnvironmentVariableIntValue("LPDESK_SCREENSHOT_MODE") == 1;
    return on;
}
} // namespace

bool isOn()
{
    return flag();
}

void setOn(bool on)
{
    flag() = on;
}

QString shownPath(const QString& path)
{
    return isOn() ? QFileInfo(path).fileName() : path;
}

QString shownSource(const QString& source)
{
    const QString folder = QStringLiteral("folder:");
    return isOn() && source.startsWith(folder) ? folder + shownPath(source.mid(folder.size())) : source;
}

} // namespace lpdesk::ScreenshotMode

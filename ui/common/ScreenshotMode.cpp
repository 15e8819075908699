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

} // namespace lpdesk::ScreenshotMode

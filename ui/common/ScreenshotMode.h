// Screenshots for the README and the AppStream data show the interface, not the machine they were taken on:
// in screenshot mode, file paths on screen (status bar, titles, dialogs) are reduced to the file's name.
#pragma once

#include <QString>

namespace lpdesk::ScreenshotMode {

// On when lpdesk runs with --screenshots, or when LPDESK_SCREENSHOT_MODE=1.
bool isOn();
void setOn(bool on);
// `path` as the interface shows it: all of it normally, only the file name in screenshot mode.
QString shownPath(const QString& path);
// Where an incident came from ("folder:/media/usb/drop/store-017", "https://…") as the interface shows it: a folder
// drop's path reduced to the folder's name in screenshot mode.
QString shownSource(const QString& source);

} // namespace lpdesk::ScreenshotMode

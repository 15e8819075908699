// The layout check the window tests share (a 1280×720 offscreen screen, tests/gui/screen-1280x720.json).
#pragma once

#include <QString>

class QWidget;

namespace lpdesk::test {

// Shows w if it is not yet shown and checks that it fits the 1280×720 screen, keeps its size while its content
// arrives through the event loop, and has every visible button of its own on the screen and inside itself. Records
// a Qt test failure when it does not (callers check QTest::currentTestFailed()).
void checkFitsScreen(QWidget* w, const QString& name);

} // namespace lpdesk::test

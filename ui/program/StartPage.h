// The page the GUI opens on when lpdesk is started with --page NAME: the demo opens its simulated quarter on the
// dashboard, so that a person sees the program view without knowing the menu or the dates of the data.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QMainWindow;

namespace lpdesk {

class DashboardPage;

class StartPage
{
    Q_DECLARE_TR_FUNCTIONS(lpdesk::StartPage)

public:
    static QStringList names(); // what --page accepts
    // Shows `page` in the main window with the window's own menu action (as a person would); false when there is
    // no such page or the window has no action for it. The dashboard, when its usual range (the 90 days up to today)
    // holds no incident but the database has some, moves to all of them once: the figures appear at once, and any
    // other range is one change of the dates away.
    static bool open(QMainWindow& window, const QString& page);
    // The dashboard page of `window`, once it has been shown.
    static DashboardPage* dashboard(QMainWindow& window);
};

} // namespace lpdesk

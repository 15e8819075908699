#include "program/StartPage.h"

#include "program/DashboardPage.h"

#include <QAction>
#include <QMainWindow>
#include <QPushButton>

#include <memory>

namespace lpdesk {

QStringList StartPage::names()
{
    return {QStringLiteral("dashboard")};
}

DashboardPage* StartPage::dashboard(QMainWindow& window)
{
    return window.findChild<DashboardPage*>(QStringLiteral("dashboard"));
}

bool StartPage::open(QMainWindow& window, const QString& page)
{
    if (page != QLatin1String("dashboard"))
        return false;
    // The Program menu's action (MainWindowActions.cpp), so that the page is the one Ctrl+5 opens.
    auto* action = window.findChild<QAction*>(QStringLiteral("actionDashboard"));
    if (!action || !action->isEnabled())
        return false;
    action->trigger();
    DashboardPage* shown = dashboard(window);
    if (!shown)
        return false;
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = QObject::connect(shown, &DashboardPage::refreshed, shown, [shown, once] {
        QObject::disconnect(*once);
        // Shown (with the empty-range hint) only when the range is empty and incidents exist on other days.
        if (shown->report().overall.incidents == 0 && shown->showAllButton()->isVisibleTo(shown))
            shown->showAllButton()->click();
    });
    return true;
}

} // namespace lpdesk

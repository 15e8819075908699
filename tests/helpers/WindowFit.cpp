#include "WindowFit.h"

#include <QAbstractButton>
#include <QScreen>
#include <QTest>
#include <QWidget>

namespace lpdesk::test {

void checkFitsScreen(QWidget* w, const QString& name)
{
    QVERIFY2(w, qPrintable(name));
    if (!w->isVisible())
        w->show();
    QVERIFY2(QTest::qWaitForWindowExposed(w), qPrintable(name));
    const QRect screen = w->screen()->availableGeometry();
    QCOMPARE(screen.size(), QSize(1280, 720));
    const QSize before = w->size();
    QVERIFY2(w->frameGeometry().width() <= screen.width() && w->frameGeometry().height() <= screen.height(),
             qPrintable(QStringLiteral("%1 is %2×%3 on a 1280×720 screen")
                            .arg(name)
                            .arg(w->frameGeometry().width())
                            .arg(w->frameGeometry().height())));
    // Content arrives through the event loop (lists, thumbnails, frames): let it, then compare.
    for (int i = 0; i < 5; ++i)
        QTest::qWait(20);
    QVERIFY2(w->size() == before,
             qPrintable(QStringLiteral("%1 grew by itself from %2×%3 to %4×%5")
                            .arg(name)
                            .arg(before.width())
                            .arg(before.height())
                            .arg(w->width())
                            .arg(w->height())));
    const QRect onScreen(w->mapToGlobal(QPoint(0, 0)), w->size());
    for (QAbstractButton* b : w->findChildren<QAbstractButton*>()) {
        if (!b->isVisible() || b->window() != w)
            continue;
        const QRect r(b->mapToGlobal(QPoint(0, 0)), b->size());
        QVERIFY2(screen.contains(r) && onScreen.contains(r),
                 qPrintable(QStringLiteral("%1: button \"%2\" is off-screen").arg(name, b->text())));
    }
}

} // namespace lpdesk::test

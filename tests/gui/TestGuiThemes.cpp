// Light and dark themes: the palettes and the colours the palette has no role for (the URGENT badge, alert text,
// timeline marks, labels over video) meet WCAG contrast in both (4.5:1 for text, 3:1 for marks); the timeline and
// the labels over video are painted with them; the View → Theme choice applies at once and is kept in QSettings;
// System goes back to the desktop's own palette.
#include "common/Theme.h"
#include "player/TimelineWidget.h"

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QMenu>
#include <QPainter>
#include <QSettings>
#include <QTest>

using namespace lpdesk;

class TestGuiThemes : public QObject
{
    Q_OBJECT

    static QString describe(const char* what, const QColor& a, const QColor& b, double ratio)
    {
        return QStringLiteral("%1: %2 on %3 is %4:1")
            .arg(QLatin1String(what), a.name(), b.name())
            .arg(ratio, 0, 'f', 2);
    }

    static void atLeast(const char* what, const QColor& text, const QColor& background, double minimum)
    {
        const double ratio = Theme::contrast(text, background);
        QVERIFY2(ratio >= minimum, qPrintable(describe(what, text, background, ratio)));
    }

    // Whether any pixel of column x has the colour c (the marks are dashed or a few pixels wide).
    static bool columnHas(const QImage& image, int x, const QColor& c)
    {
        for (int y = 0; y < image.height(); ++y)
            if (image.pixelColor(x, y).rgb() == c.rgb())
                return true;
        return false;
    }

private Q_SLOTS:
    void initTestCase() { QSettings().remove(QStringLiteral("view/theme")); }

    void contrast_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void contrast()
    {
        QFETCH(bool, dark);
        const QPalette p = dark ? Theme::darkPalette() : Theme::lightPalette();
        QCOMPARE(Theme::isDark(p), dark);
        atLeast("window text", p.color(QPalette::WindowText), p.color(QPalette::Window), 4.5);
        atLeast("text (timeline axis and ticks)", p.color(QPalette::Text), p.color(QPalette::Base), 4.5);
        atLeast("button text", p.color(QPalette::ButtonText), p.color(QPalette::Button), 4.5);
        atLeast("selected text", p.color(QPalette::HighlightedText), p.color(QPalette::Highlight), 3.0);
        const Theme::Pair badge = Theme::urgentBadge(p);
        atLeast("URGENT badge", badge.text, badge.background, 4.5);
        atLeast("alert text on a list", Theme::alertText(p), p.color(QPalette::Base), 4.5);
        atLeast("alert text on a window", Theme::alertText(p), p.color(QPalette::Window), 4.5);
        atLeast("timeline in/out", Theme::timelineRange(p), p.color(QPalette::Base), 3.0);
        atLeast("timeline trigger", Theme::timelineTrigger(p), p.color(QPalette::Base), 3.0);
        // Labels over video: readable over the brightest and the darkest picture.
        const Theme::Pair label = Theme::overVideo();
        atLeast("label over white video", label.text, Theme::composite(label.background, Qt::white), 4.5);
        atLeast("label over black video", label.text, Theme::composite(label.background, Qt::black), 4.5);
        // The check itself: the colours the themes replaced would fail it.
        QVERIFY(Theme::contrast(QColor(176, 0, 32), Theme::darkPalette().color(QPalette::Base)) < 4.5);
    }

    // The timeline paints its in/out marks and trigger with the theme's colours, on the palette's Base.
    void timelineUsesTheTheme_data() { contrast_data(); }
    void timelineUsesTheTheme()
    {
        QFETCH(bool, dark);
        Theme::apply(dark ? Theme::Choice::Dark : Theme::Choice::Light);
        TimelineWidget timeline;
        timeline.resize(416, 100);
        timeline.setDuration(10);
        timeline.setPosition(9.5);
        timeline.setInOut(2, 8);
        timeline.setTrigger(5);
        const QImage image = timeline.grab().toImage();
        const QPalette p = QApplication::palette();
        QCOMPARE(Theme::isDark(p), dark);
        QCOMPARE(image.pixelColor(2, image.height() / 2).rgb(), p.color(QPalette::Base).rgb());
        const int x = [&](double t) { return 8 + static_cast<int>(t / 10 * (416 - 16)); }(2);
        bool range = false;
        for (int dx = -2; dx <= 2 && !range; ++dx)
            range = columnHas(image, x + dx, Theme::timelineRange(p));
        QVERIFY2(range, "the in point is not drawn in the theme's colour");
        bool trigger = false;
        const int xt = 8 + static_cast<int>(0.5 * (416 - 16));
        for (int dx = -2; dx <= 2 && !trigger; ++dx)
            trigger = columnHas(image, xt + dx, Theme::timelineTrigger(p));
        QVERIFY2(trigger, "the trigger is not drawn in the theme's colour");
    }

    // Region names over video sit on the backing the contrast check assumed.
    void labelsOverVideo()
    {
        for (const QColor under : {QColor(Qt::white), QColor(Qt::black)}) {
            QImage picture(120, 40, QImage::Format_RGB32);
            picture.fill(under);
            {
                QPainter p(&picture);
                Theme::drawLabelOverVideo(p, QPointF(0, 0), QStringLiteral("R1"));
            }
            const QColor expected = Theme::composite(Theme::overVideo().background, under);
            const QColor corner = picture.pixelColor(1, 1);
            QVERIFY2(std::abs(corner.red() - expected.red()) <= 1 && std::abs(corner.green() - expected.green()) <= 1,
                     qPrintable(corner.name() + QStringLiteral(" instead of ") + expected.name()));
        }
    }

    // View → Theme: the choice applies at once, is saved, and System gives the desktop's palette back.
    void menuChoosesAndRemembers()
    {
        Theme::apply(Theme::Choice::System);
        const QPalette desktop = Theme::systemPalette();
        QMenu view;
        Theme::addMenu(&view);
        auto* darkAction = view.findChild<QAction*>(QStringLiteral("actionThemeDark"));
        auto* lightAction = view.findChild<QAction*>(QStringLiteral("actionThemeLight"));
        auto* systemAction = view.findChild<QAction*>(QStringLiteral("actionThemeSystem"));
        QVERIFY(darkAction && lightAction && systemAction);
        QVERIFY(systemAction->isChecked());
        darkAction->trigger();
        QVERIFY(Theme::isDark(QApplication::palette()));
        QCOMPARE(Theme::saved(), Theme::Choice::Dark);
        QCOMPARE(QSettings().value(QStringLiteral("view/theme")).toString(), QStringLiteral("dark"));
        lightAction->trigger();
        QVERIFY(!Theme::isDark(QApplication::palette()));
        QCOMPARE(Theme::saved(), Theme::Choice::Light);
        systemAction->trigger();
        QCOMPARE(QApplication::palette().color(QPalette::Window), desktop.color(QPalette::Window));
        QCOMPARE(Theme::saved(), Theme::Choice::System);
        // A new menu shows the saved choice.
        darkAction->trigger();
        QMenu again;
        Theme::addMenu(&again);
        QVERIFY(again.findChild<QAction*>(QStringLiteral("actionThemeDark"))->isChecked());
        systemAction->trigger();
    }
};

QTEST_MAIN(TestGuiThemes)
#include "TestGuiThemes.moc"

// Light and dark themes: the palettes and the colours the palette has no role for (the URGENT badge, alert, ok and
// warning text, banners, timeline marks, labels over video) meet WCAG contrast in both (4.5:1 for text, 3:1 for
// marks); the timeline (its bookmarks and POS marks measured as drawn), the labels over video and the status text of
// real dialogs are painted with them, and status text follows a theme change; no fixed status colour is left in the
// sources; the View → Theme choice applies at once and is kept in QSettings; System goes back to the desktop's own
// palette.
#include "TestSupport.h"
#include "common/ResultSheet.h"
#include "common/Theme.h"
#include "player/TimelineWidget.h"
#include "releases/VerifyPackageDialog.h"

#include <QAction>
#include <QApplication>
#include <QDirIterator>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

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

    // What a label shows on screen: the colour behind it (the commonest pixel of its area in the window) and the
    // pixel that stands out most from it (the core of a glyph).
    struct Drawn
    {
        QColor background;
        QColor text;
    };
    static Drawn drawn(QLabel* label)
    {
        QWidget* window = label->window();
        const QImage shot = window->grab().toImage();
        const qreal dpr = shot.devicePixelRatio();
        const QRect area(label->mapTo(window, QPoint(0, 0)) * dpr, label->size() * dpr);
        QHash<QRgb, int> counts;
        for (int y = area.top(); y <= area.bottom(); ++y)
            for (int x = area.left(); x <= area.right(); ++x)
                ++counts[shot.pixel(x, y)];
        QRgb commonest = 0;
        int most = -1;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            if (it.value() > most) {
                most = it.value();
                commonest = it.key();
            }
        Drawn d {QColor(commonest), QColor(commonest)};
        double best = 1;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            const double ratio = Theme::contrast(QColor(it.key()), d.background);
            if (ratio > best) {
                best = ratio;
                d.text = QColor(it.key());
            }
        }
        return d;
    }

    // The label is drawn in `expected` on its window's background, readable (4.5:1 between the glyphs and what is
    // behind them), and the glyphs are in that colour (give or take antialiasing).
    static void readableIn(QLabel* label, const QColor& expected)
    {
        QVERIFY(!label->text().isEmpty());
        QCOMPARE(label->palette().color(label->foregroundRole()), expected);
        const Drawn d = drawn(label);
        QCOMPARE(d.background, label->window()->palette().color(QPalette::Window));
        atLeast("status text as drawn", d.text, d.background, 4.5);
        const int off = std::max({std::abs(d.text.red() - expected.red()), std::abs(d.text.green() - expected.green()),
                                  std::abs(d.text.blue() - expected.blue())});
        QVERIFY2(off <= 48, qPrintable(d.text.name() + QStringLiteral(" drawn, ") + expected.name() + " expected"));
    }

    // Fixed colours that were unreadable in the dark theme (or on a dark fill), and any colour written into a style
    // sheet or a table cell by value: status colours come from Theme, chosen for the palette in use.
    static QList<QRegularExpression> fixedColourPatterns()
    {
        const auto i = QRegularExpression::CaseInsensitiveOption;
        return {
            QRegularExpression(QStringLiteral("#(b00020|1b5e20|8a5a00|8a5300|fde2c4|fde2c8|fde2e1|7a1010|5a2d00)\\b"),
                               i),
            QRegularExpression(QStringLiteral("QColor\\(\\s*(176|0xb0)\\s*,\\s*(0|0x00)\\s*,\\s*(32|0x20)\\s*\\)"), i),
            QRegularExpression(QStringLiteral("QColor\\(\\s*200\\s*,\\s*30\\s*,\\s*30\\s*\\)")),
            QRegularExpression(QStringLiteral("QColor\\(\\s*20\\s*,\\s*130\\s*,\\s*40\\s*\\)")),
            QRegularExpression(
                QStringLiteral("(?<![\\w-])(color|background|background-color)\\s*:\\s*(#[0-9a-f]{3,8}|rgba?\\s*\\()"),
                i),
            QRegularExpression(QStringLiteral("set(Foreground|Background)\\([^;]*QColor\\(\\s*(0x[0-9a-f]+|\\d+)\\s*,"),
                               i),
        };
    }

    // A 10 s timeline, 416 px wide, trimmed to 2–8 s.
    static void trimTimeline(TimelineWidget& timeline, double position)
    {
        timeline.resize(416, 100);
        timeline.setDuration(10);
        timeline.setPosition(position);
        timeline.setInOut(2, 8);
    }

    // Applies a theme and waits until the open window `shown` has it (widgets take a new palette from the event loop).
    static void switchTo(Theme::Choice choice, QWidget* shown)
    {
        Theme::apply(choice);
        QTRY_COMPARE(Theme::isDark(shown->palette()), choice == Theme::Choice::Dark);
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
        // Status text in lists (Base, and AlternateBase on striped rows), rich text (Base) and labels (Window).
        const std::pair<const char*, QColor> statuses[] = {{"alert text", Theme::alertText(p)},
                                                           {"ok text", Theme::okText(p)},
                                                           {"warning text", Theme::warningText(p)},
                                                           {"muted text", Theme::mutedText(p)}};
        for (const auto& [what, colour] : statuses)
            for (const QPalette::ColorRole role : {QPalette::Base, QPalette::Window, QPalette::AlternateBase})
                atLeast(what, colour, p.color(role), 4.5);
        QCOMPARE(Theme::statusText(Theme::Status::Ok, p), Theme::okText(p));
        QCOMPARE(Theme::statusText(Theme::Status::Warning, p), Theme::warningText(p));
        QCOMPARE(Theme::statusText(Theme::Status::Alert, p), Theme::alertText(p));
        QCOMPARE(Theme::statusText(Theme::Status::Normal, p), p.color(QPalette::WindowText));
        QCOMPARE(Theme::css(Theme::Status::Warning, p), QStringLiteral("color:") + Theme::warningText(p).name());
        QVERIFY(Theme::css(Theme::Status::Normal, p).isEmpty());
        const Theme::Pair warningBanner = Theme::warningBanner(p);
        atLeast("warning banner", warningBanner.text, warningBanner.background, 4.5);
        const Theme::Pair alertBanner = Theme::alertBanner(p);
        atLeast("alert banner", alertBanner.text, alertBanner.background, 4.5);
        for (int i = 0; i <= 20; ++i) {
            const Theme::Pair cell = Theme::heat(p, i / 20.0);
            atLeast("heat map cell", cell.text, cell.background, 4.5);
        }
        QCOMPARE(Theme::heat(p, 0).background, dark ? p.color(QPalette::Base) : QColor(Qt::white));
        atLeast("timeline in/out", Theme::timelineRange(p), p.color(QPalette::Base), 3.0);
        atLeast("timeline trigger", Theme::timelineTrigger(p), p.color(QPalette::Base), 3.0);
        // Bookmarks and POS transactions sit on the Base, or inside the trimmed range on its translucent fill.
        const QColor base = p.color(QPalette::Base);
        const QColor inRange = Theme::composite(Theme::timelineRangeFill(p), base);
        for (const QColor& under : {base, inRange}) {
            atLeast("timeline bookmark", Theme::timelineBookmark(p), under, 3.0);
            atLeast("timeline POS transaction", Theme::timelinePos(p), under, 3.0);
        }
        QVERIFY(Theme::timelineBookmark(p) != Theme::timelinePos(p));
        // Labels over video: readable over the brightest and the darkest picture.
        const Theme::Pair label = Theme::overVideo();
        atLeast("label over white video", label.text, Theme::composite(label.background, Qt::white), 4.5);
        atLeast("label over black video", label.text, Theme::composite(label.background, Qt::black), 4.5);
        // The check itself: the colours the themes replaced would fail it.
        QVERIFY(Theme::contrast(QColor(176, 0, 32), Theme::darkPalette().color(QPalette::Base)) < 4.5);
        QVERIFY(Theme::contrast(QColor(0x1b, 0x5e, 0x20), Theme::darkPalette().color(QPalette::Window)) < 4.5);
        QVERIFY(Theme::contrast(QColor(0x8a, 0x53, 0x00), Theme::darkPalette().color(QPalette::Window)) < 4.5);
        // The fixed timeline marks of before: the bookmark (2.2:1 on white) and the POS transaction (3.2:1 on white,
        // 2.3:1 inside the trimmed range).
        const QPalette light = Theme::lightPalette();
        const QColor lightBase = light.color(QPalette::Base);
        QVERIFY(Theme::contrast(QColor(230, 160, 0), lightBase) < 3.0);
        QVERIFY(Theme::contrast(QColor(0xe0, 0x70, 0x00), Theme::composite(Theme::timelineRangeFill(light), lightBase))
                < 3.0);
    }

    // No source file of the programs writes a status colour by value (Theme.cpp is where they are chosen).
    void noFixedColoursInSources()
    {
        const QList<QRegularExpression> patterns = fixedColourPatterns();
        // The scan itself: each way the colours used to be written is caught.
        const QStringList before {QStringLiteral("error->setStyleSheet(QStringLiteral(\"color:#b00020\"));"),
                                  QStringLiteral("QStringLiteral(\"<p style='color:#8a5300'>%1</p>\")"),
                                  QStringLiteral("m_table->item(r, 6)->setForeground(QColor(176, 0, 32));"),
                                  QStringLiteral("item->setForeground(4, QColor(0xb0, 0x00, 0x20));"),
                                  QStringLiteral("item->setForeground(QColor(20, 130, 40));"),
                                  QStringLiteral("\"QLabel { background: #fde2e1; color: #7a1010; padding: 4px; }\""),
                                  QStringLiteral("<span style='color:#555'>"),
                                  QStringLiteral("style='background-color: rgb(250, 0, 0)'")};
        for (const QString& line : before) {
            bool caught = false;
            for (const QRegularExpression& re : patterns)
                caught = caught || re.match(line).hasMatch();
            QVERIFY2(caught, qPrintable(line));
        }
        // What status colours are written as now passes.
        for (const QRegularExpression& re : patterns) {
            QVERIFY(!re.match(QStringLiteral("QStringLiteral(\"<p style='%1'>%2</p>\")")).hasMatch());
            QVERIFY(!re.match(QStringLiteral("item->setForeground(Theme::alertText(m_table->palette()));")).hasMatch());
            QVERIFY(!re.match(QStringLiteral("\"<span style='color:%1;background:%2'>\"")).hasMatch());
        }
        const QString root = test::sourceDir();
        const QString theme = QDir(root).filePath(QStringLiteral("ui/common/Theme.cpp"));
        QStringList found;
        int files = 0;
        for (const QString& top : {QStringLiteral("ui"), QStringLiteral("app")}) {
            QDirIterator it(QDir(root).filePath(top), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (path == theme)
                    continue;
                QFile f(path);
                QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
                ++files;
                const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
                for (int n = 0; n < lines.size(); ++n)
                    if (std::any_of(patterns.cbegin(), patterns.cend(),
                                    [&](const QRegularExpression& re) { return re.match(lines[n]).hasMatch(); }))
                        found << QStringLiteral("%1:%2: %3")
                                     .arg(QDir(root).relativeFilePath(path))
                                     .arg(n + 1)
                                     .arg(lines[n].trimmed());
            }
        }
        QVERIFY2(files > 100, qPrintable(QStringLiteral("only %1 source files under %2").arg(files).arg(root)));
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("fixed colours (use Theme): \n") + found.join(u'\n')));
    }

    // The timeline paints its in/out marks and trigger with the theme's colours, on the palette's Base.
    void timelineUsesTheTheme_data() { contrast_data(); }
    void timelineUsesTheTheme()
    {
        QFETCH(bool, dark);
        Theme::apply(dark ? Theme::Choice::Dark : Theme::Choice::Light); // before the widget: it takes the palette
        TimelineWidget timeline;
        trimTimeline(timeline, 9.5);
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

    // Bookmarks and POS transactions are drawn in the theme's colours, and as drawn they stand out 3:1 from what is
    // around them: the Base outside the trimmed range, the range's fill inside it.
    void timelineMarksAsDrawn_data() { contrast_data(); }
    void timelineMarksAsDrawn()
    {
        QFETCH(bool, dark);
        Theme::apply(dark ? Theme::Choice::Dark : Theme::Choice::Light); // before the widget: it takes the palette
        TimelineWidget timeline;
        trimTimeline(timeline, 9.8);
        using Kind = TimelineWidget::MarkKind;
        const struct
        {
            double seconds;
            Kind kind;
            bool inRange;
        } marks[]
            = {{1, Kind::Bookmark, false}, {3, Kind::Bookmark, true}, {6, Kind::Pos, true}, {9, Kind::Pos, false}};
        QList<TimelineWidget::Mark> list;
        for (const auto& m : marks)
            list << TimelineWidget::Mark {m.seconds, QStringLiteral("mark"), m.kind};
        timeline.setMarks(list);
        const QImage image = timeline.grab().toImage();
        const QPalette p = QApplication::palette();
        QCOMPARE(Theme::isDark(p), dark);
        const int y = 48 + 14 + 9; // inside the triangle under the axis
        for (const auto& m : marks) {
            const int x = 8 + static_cast<int>(std::lround(m.seconds / 10 * (416 - 16)));
            const QColor expected = m.kind == Kind::Pos ? Theme::timelinePos(p) : Theme::timelineBookmark(p);
            const QColor mark = image.pixelColor(x, y);
            const QColor around = image.pixelColor(x - 9, y);
            QCOMPARE(mark.name(), expected.name());
            const QColor base = p.color(QPalette::Base);
            if (m.inRange)
                QVERIFY2(around != base, "the mark is not drawn inside the trimmed range");
            else
                QCOMPARE(around.name(), base.name());
            atLeast(m.kind == Kind::Pos ? "POS mark as drawn" : "bookmark as drawn", mark, around, 3.0);
        }
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

    // A status label takes its colour from the palette it inherits, and again when the theme changes; Normal gives
    // the inherited colour back; a banner fills its label with its own pair.
    void statusFollowsTheTheme()
    {
        Theme::apply(Theme::Choice::Dark);
        QWidget window;
        auto* ok = new QLabel(QStringLiteral("Intact"), &window);
        auto* banner = new QLabel(QStringLiteral("No footage"), &window);
        auto* layout = new QVBoxLayout(&window);
        layout->addWidget(ok);
        layout->addWidget(banner);
        Theme::setStatus(ok, Theme::Status::Ok);
        Theme::setBanner(banner, false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QPalette dark = Theme::darkPalette();
        QCOMPARE(ok->palette().color(QPalette::WindowText), Theme::okText(dark));
        QCOMPARE(ok->palette().color(QPalette::Text), Theme::okText(dark));
        QCOMPARE(banner->palette().color(QPalette::WindowText), Theme::warningBanner(dark).text);
        QCOMPARE(banner->palette().color(QPalette::Window), Theme::warningBanner(dark).background);
        QVERIFY(banner->autoFillBackground());
        readableIn(ok, Theme::okText(dark));
        switchTo(Theme::Choice::Light, &window);
        const QPalette light = Theme::lightPalette();
        QCOMPARE(ok->palette().color(QPalette::WindowText), Theme::okText(light));
        QCOMPARE(banner->palette().color(QPalette::WindowText), Theme::warningBanner(light).text);
        QCOMPARE(banner->palette().color(QPalette::Window), Theme::warningBanner(light).background);
        // The rest of the palette still follows the theme.
        QCOMPARE(ok->palette().color(QPalette::Window), light.color(QPalette::Window));
        readableIn(ok, Theme::okText(light));
        Theme::setStatus(ok, Theme::Status::Warning);
        readableIn(ok, Theme::warningText(light));
        Theme::setStatus(ok, Theme::Status::Normal);
        Theme::setStatus(banner, Theme::Status::Normal);
        QCOMPARE(ok->palette().color(QPalette::WindowText), light.color(QPalette::WindowText));
        QCOMPARE(banner->palette().color(QPalette::Window), light.color(QPalette::Window));
        QVERIFY(!banner->autoFillBackground());
        switchTo(Theme::Choice::Dark, &window);
        QCOMPARE(ok->palette().color(QPalette::WindowText), dark.color(QPalette::WindowText));
        // A label coloured before it has a parent takes the colour of the palette it ends up in.
        auto* late = new QLabel(QStringLiteral("Failed"));
        Theme::setStatus(late, Theme::Status::Alert);
        layout->addWidget(late);
        QCOMPARE(late->palette().color(QPalette::WindowText), Theme::alertText(dark));
    }

    // Verifying a file that is not a package in the dark theme: the verdict is drawn in the dark theme's alert colour,
    // readable on the dialog, and turns to the light theme's when the theme changes while the dialog is open.
    void verifyVerdictIsReadable()
    {
        Theme::apply(Theme::Choice::Dark);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("not-a-package.zip"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(QByteArray("this is not a zip archive\n").repeated(64)) > 0);
        f.close();
        VerifyPackageDialog dialog(path);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy done(&dialog, &VerifyPackageDialog::verified);
        dialog.verify();
        QTRY_VERIFY_WITH_TIMEOUT(done.size() == 1, 60000);
        QCOMPARE(done.first().first().toBool(), false); // problems found, or an error: both in the alert colour
        QVERIFY(Theme::isDark(dialog.palette()));
        readableIn(dialog.verdict(), Theme::alertText(Theme::darkPalette()));
        switchTo(Theme::Choice::Light, &dialog);
        readableIn(dialog.verdict(), Theme::alertText(Theme::lightPalette()));
    }

    // A result sheet that reports a failure (check database) in the dark theme.
    void resultSheetIsReadable()
    {
        Theme::apply(Theme::Choice::Dark);
        ResultSheet failed(QStringLiteral("Check database"), QStringLiteral("Problems found: 2"),
                           QStringLiteral("details"), false);
        failed.show();
        QVERIFY(QTest::qWaitForWindowExposed(&failed));
        readableIn(failed.verdict(), Theme::alertText(Theme::darkPalette()));
        ResultSheet passed(QStringLiteral("Check database"), QStringLiteral("No problems"), QString(), true);
        passed.show();
        QVERIFY(QTest::qWaitForWindowExposed(&passed));
        readableIn(passed.verdict(), Theme::darkPalette().color(QPalette::WindowText));
        Theme::apply(Theme::Choice::Light);
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
        QVERIFY(QCoreApplication::testAttribute(Qt::AA_SetPalette)); // a desktop switch does not undo the choice
        QCOMPARE(Theme::saved(), Theme::Choice::Dark);
        QCOMPARE(QSettings().value(QStringLiteral("view/theme")).toString(), QStringLiteral("dark"));
        lightAction->trigger();
        QVERIFY(!Theme::isDark(QApplication::palette()));
        QCOMPARE(Theme::saved(), Theme::Choice::Light);
        systemAction->trigger();
        QCOMPARE(QApplication::palette().color(QPalette::Window), desktop.color(QPalette::Window));
        QCOMPARE(Theme::saved(), Theme::Choice::System);
        // System gives the palette back to the platform (no role set by the application), so Qt follows the
        // desktop's own light/dark switch again; after Dark the flag was set and the desktop could not override it.
        QVERIFY(!QCoreApplication::testAttribute(Qt::AA_SetPalette));
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
